/*
 * commute-check - can villagers reach town factories daily?
 *
 * Region rows (area_km2 and villages, towns optional) get the village
 * density and spacing, the road distance between villages, the mean
 * distance to the nearest town and the minutes it takes; person rows
 * (commute_km) get the minutes of their own journey.  Every input
 * column is passed through unchanged and in order.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "commute.h"

static const char usage_line[] =
    "[-c circuity] [-m minutes] [-s km/h] [-o file] [--header spec] "
    "[--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Adds village_density, village_spacing_km, village_road_km,\n"
    "town_distance_km, commute_min and commute_ok to region rows\n"
    "(area_km2, villages, towns), or commute_min and commute_ok to person\n"
    "rows (commute_km).\n\n"
    "  -c, --circuity R      road length over straight-line distance\n"
    "                        (default 1.3)\n"
    "  -m, --max-minutes M   longest daily one-way journey (default 30)\n"
    "  -s, --speed KMH       travel speed in km/h (default 12, a bicycle)\n";

enum mode { MODE_REGION, MODE_PERSON };

static void
set_num(struct lt_plan *p, size_t slot, double d)
{
	p->val[slot] = isnan(d) ? lt_na() : lt_num(d);
}

static void
set_ok(struct lt_plan *p, size_t slot, int ok)
{
	p->val[slot] = ok < 0 ? lt_na() : lt_bool(ok);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "circuity", required_argument, NULL, 'c' },
		{ "max-minutes", required_argument, NULL, 'm' },
		{ "speed", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct commute_opts opt = { 1.3, 12, 30 };
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	struct lt_plan plan;
	struct lt_row *row;
	const struct lt_header *h;
	enum mode mode;
	int c, col_area = -1, col_villages = -1, col_towns = -1, col_km = -1;
	size_t s_density = 0, s_spacing = 0, s_road = 0, s_town = 0, s_min,
	    s_ok;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	while ((c = getopt_long(argc, argv, "c:m:o:s:", longopts, NULL)) != -1)
		switch (c) {
		case 'c':
			opt.circuity = lt_opt_num("--circuity", optarg, 1, 10);
			break;
		case 'm':
			opt.max_minutes = lt_opt_num("--max-minutes", optarg, 0,
			    1440);
			break;
		case 's':
			opt.speed_kmh = lt_opt_num("--speed", optarg, 0.1, 1000);
			break;
		default:
			if (!lt_cli_option(&cli, c, optarg))
				lt_usage(&cli);
		}

	in = lt_in_open(&cli, argc - optind, argv + optind);
	h = lt_in_header(in);
	out = lt_out_open(&cli);
	if (h->n == 0) {
		/* Empty input: empty output. */
		lt_in_close(in);
		lt_out_close(out);
		return LT_EXIT_OK;
	}
	if ((col_km = lt_in_numeric(in, "commute_km")) >= 0) {
		mode = MODE_PERSON;
	} else {
		mode = MODE_REGION;
		col_area = lt_in_numeric(in, "area_km2");
		col_villages = lt_in_numeric(in, "villages");
		col_towns = lt_in_numeric(in, "towns");
		if (col_area < 0 || col_villages < 0)
			lt_die(LT_EXIT_DATA, "%s:1: header: needs region rows (columns "
			    "area_km2 and villages, towns optional) or person "
			    "rows (column commute_km)", lt_in_file(in));
	}

	lt_plan_init(&plan, h);
	if (mode == MODE_REGION) {
		s_density = lt_plan_add(&plan, "village_density", LT_NUM);
		s_spacing = lt_plan_add(&plan, "village_spacing_km", LT_NUM);
		s_road = lt_plan_add(&plan, "village_road_km", LT_NUM);
		s_town = lt_plan_add(&plan, "town_distance_km", LT_NUM);
	}
	s_min = lt_plan_add(&plan, "commute_min", LT_NUM);
	s_ok = lt_plan_add(&plan, "commute_ok", LT_BOOL);
	lt_out_header(out, &plan.out);

	while (lt_in_next(in, &row)) {
		int bad = 0;
		double minutes;

		if (mode == MODE_PERSON) {
			/* commute_km is the journey itself: no circuity. */
			double km = lt_row_count(in, row, col_km, &bad);

			if (bad)
				continue;
			minutes = commute_minutes(km, opt.speed_kmh);
		} else {
			double area = lt_row_count(in, row, col_area, &bad);
			double villages = lt_row_count(in, row, col_villages,
			    &bad);
			double towns = lt_row_count(in, row, col_towns, &bad);
			double spacing, town_km;

			if (bad)
				continue;
			spacing = village_spacing_km(villages, area);
			town_km = town_distance_km(towns, area);
			set_num(&plan, s_density, village_density(villages,
			    area));
			set_num(&plan, s_spacing, spacing);
			set_num(&plan, s_road, spacing * opt.circuity);
			set_num(&plan, s_town, town_km);
			minutes = commute_minutes(town_km * opt.circuity,
			    opt.speed_kmh);
		}
		set_num(&plan, s_min, minutes);
		set_ok(&plan, s_ok, commute_ok(minutes, opt.max_minutes));
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	lt_in_close(in);
	lt_out_close(out);
	lt_plan_free(&plan);
	return LT_EXIT_OK;
}
