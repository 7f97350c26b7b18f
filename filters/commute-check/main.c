/*
 * commute-check - can villagers reach town factories daily?
 *
 * Region rows (area_km2 and natural_villages or villages; towns,
 * townships, pop_rural and labour_rural optional) get the settlement
 * density and spacing, the persons a settlement, the mean distance to
 * the nearest centre, the share of villagers within a daily ride of it,
 * the worker pool within that ride, and the verdict; person rows
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
    "[-c circuity] [-m minutes] [-s km/h] [--centres towns|townships] "
    "[--min-pool workers] [--min-reach share] [-o file] [--header spec] "
    "[--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Adds settlement, village_density, persons_per_village,\n"
    "village_spacing_km, village_road_km, town_distance_km, reach_km,\n"
    "reach_share, catchment_villages, catchment_labour, commute_min and\n"
    "commute_ok to region rows (area_km2, natural_villages or villages;\n"
    "towns, townships, pop_rural, labour_rural), or commute_min and\n"
    "commute_ok to person rows (commute_km).\n\n"
    "  -c, --circuity R      road length over straight-line distance\n"
    "                        (default 1.3, a convention)\n"
    "      --centres WHAT    towns (designated towns) or townships (every\n"
    "                        township seat); default townships when that\n"
    "                        column is there, else towns\n"
    "  -m, --max-minutes M   longest daily one-way journey (default 30,\n"
    "                        a judgement)\n"
    "      --min-pool N      rural labour a centre must reach for\n"
    "                        commute_ok (default 5000, a judgement)\n"
    "      --min-reach S     share of villagers within reach for\n"
    "                        commute_ok (default 0.5, a judgement)\n"
    "  -s, --speed KMH       travel speed in km/h (default 12, a bicycle:\n"
    "                        a convention)\n";

enum mode { MODE_REGION, MODE_PERSON };
enum centres { CENTRES_DEFAULT, CENTRES_TOWNS, CENTRES_TOWNSHIPS };

/* The input columns of region rows. */
struct region_cols {
	int area, settlements, centres, pop_rural, labour_rural;
	const char *settlement;		/* the settlement column's name */
};

/* The output slots of region rows, in order. */
enum {
	S_SETTLEMENT, S_DENSITY, S_PERSONS, S_SPACING, S_ROAD, S_TOWN,
	S_REACH, S_SHARE, S_CATCH_V, S_CATCH_L, S_NREGION
};
static const char *const region_names[S_NREGION] = {
	"settlement", "village_density", "persons_per_village",
	"village_spacing_km", "village_road_km", "town_distance_km",
	"reach_km", "reach_share", "catchment_villages", "catchment_labour"
};

static void
set_num(struct lt_plan *p, size_t slot, double d)
{
	p->val[slot] = isnan(d) ? lt_na() : lt_num(d);
}

/*
 * The text of a column's last value, written again while the value
 * stays the same: a panel's rows of one code share their area and
 * settlements year after year, and reach_km is the same on every row,
 * so most of the region columns repeat (docs/performance.md).  A number
 * without sign, comma or quote needs no quoting, so the text goes out
 * as it is.
 */
struct num_memo {
	double v;
	size_t n;
	char s[LT_NUMBUF];
};

static void
set_num_memo(struct lt_plan *p, size_t slot, double d, struct num_memo *m)
{
	if (isnan(d) || d < 0) {
		set_num(p, slot, d);
		return;
	}
	if (m->n == 0 || d != m->v) {
		m->v = d;
		m->n = lt_fmt_num(m->s, d);
	}
	p->val[slot] = lt_str(m->s, m->n);
}

static void
set_ok(struct lt_plan *p, size_t slot, int ok)
{
	p->val[slot] = ok < 0 ? lt_na() : lt_bool(ok);
}

/*
 * The columns of region rows; what is absent is said once on stderr,
 * naming the columns left NA.
 */
static void
region_columns(struct lt_in *in, enum centres centres, struct region_cols *rc)
{
	const char *fname = lt_in_file(in);
	int towns = lt_in_numeric(in, "towns");
	int townships = lt_in_numeric(in, "townships");

	rc->area = lt_in_numeric(in, "area_km2");
	rc->settlement = "natural_villages";
	if ((rc->settlements = lt_in_numeric(in, "natural_villages")) < 0) {
		rc->settlement = "villages";
		rc->settlements = lt_in_numeric(in, "villages");
	}
	if (rc->area < 0 || rc->settlements < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs region rows (columns "
		    "area_km2 and natural_villages or villages) or person rows "
		    "(column commute_km)", fname);
	if (centres == CENTRES_DEFAULT)
		centres = townships >= 0 ? CENTRES_TOWNSHIPS : CENTRES_TOWNS;
	rc->centres = centres == CENTRES_TOWNSHIPS ? townships : towns;
	rc->pop_rural = lt_in_numeric(in, "pop_rural");
	rc->labour_rural = lt_in_numeric(in, "labour_rural");
	if (rc->centres < 0)
		lt_warn("no column %s (--centres): town_distance_km, "
		    "reach_share and commute_min NA, and commute_ok rests on "
		    "catchment_labour alone",
		    centres == CENTRES_TOWNSHIPS ? "townships" : "towns");
	if (rc->pop_rural < 0)
		lt_warn("no column pop_rural: persons_per_village NA");
	if (rc->labour_rural < 0)
		lt_warn("no column labour_rural: catchment_labour NA, and "
		    "commute_ok rests on reach_share alone");
}

/* The region columns of one row; 0 when the row was rejected. */
static int
region_row(struct lt_in *in, const struct lt_row *row,
    const struct region_cols *rc, const struct commute_opts *opt,
    struct lt_plan *plan, const size_t *slot, double *minutes, int *ok)
{
	static struct num_memo memo[S_NREGION];
	int bad = 0;
	double area = lt_row_count(in, row, rc->area, &bad);
	double settlements = lt_row_count(in, row, rc->settlements, &bad);
	double centres = lt_row_count(in, row, rc->centres, &bad);
	double pop_rural = lt_row_count(in, row, rc->pop_rural, &bad);
	double labour = lt_row_count(in, row, rc->labour_rural, &bad);
	double spacing, town_km, reach = reach_km(opt), share, villages, pool;

	if (bad)
		return 0;
	spacing = village_spacing_km(settlements, area);
	town_km = town_distance_km(centres, area);
	share = reach_share(reach, centres, area);
	villages = catchment_villages(reach, settlements, area);
	pool = catchment_labour(villages, labour, settlements);
	plan->val[slot[S_SETTLEMENT]] = lt_str(rc->settlement,
	    strlen(rc->settlement));
	set_num_memo(plan, slot[S_DENSITY], village_density(settlements, area),
	    &memo[S_DENSITY]);
	set_num(plan, slot[S_PERSONS], settlements > 0 ?
	    pop_rural / settlements : NAN);
	set_num_memo(plan, slot[S_SPACING], spacing,
	    &memo[S_SPACING]);
	set_num_memo(plan, slot[S_ROAD], spacing * opt->circuity,
	    &memo[S_ROAD]);
	set_num_memo(plan, slot[S_TOWN], town_km,
	    &memo[S_TOWN]);
	set_num_memo(plan, slot[S_REACH], reach,
	    &memo[S_REACH]);
	set_num_memo(plan, slot[S_SHARE], share,
	    &memo[S_SHARE]);
	set_num_memo(plan, slot[S_CATCH_V], villages,
	    &memo[S_CATCH_V]);
	/* Its labour changes every year: the thread formats it. */
	set_num(plan, slot[S_CATCH_L], pool);
	*minutes = commute_minutes(town_km * opt->circuity, opt->speed_kmh);
	*ok = commute_ok_region(share, pool, opt);
	return 1;
}

/* The options; a bad one exits 64. */
static void
parse_args(int argc, char *argv[], struct lt_cli *cli,
    struct commute_opts *opt, enum centres *centres)
{
	enum { OPT_CENTRES = LT_OPT_FILTER, OPT_MIN_POOL, OPT_MIN_REACH };
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "centres", required_argument, NULL, OPT_CENTRES },
		{ "circuity", required_argument, NULL, 'c' },
		{ "max-minutes", required_argument, NULL, 'm' },
		{ "min-pool", required_argument, NULL, OPT_MIN_POOL },
		{ "min-reach", required_argument, NULL, OPT_MIN_REACH },
		{ "speed", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "c:m:o:s:", longopts, NULL)) != -1)
		switch (c) {
		case 'c':
			opt->circuity = lt_opt_num("--circuity", optarg, 1, 10);
			break;
		case 'm':
			opt->max_minutes = lt_opt_num("--max-minutes", optarg, 0,
			    1440);
			break;
		case 's':
			opt->speed_kmh = lt_opt_num("--speed", optarg, 0.1, 1000);
			break;
		case OPT_CENTRES:
			if (strcmp(optarg, "towns") == 0)
				*centres = CENTRES_TOWNS;
			else if (strcmp(optarg, "townships") == 0)
				*centres = CENTRES_TOWNSHIPS;
			else {
				fprintf(stderr, "%s: option --centres: \"%s\" is "
				    "not towns or townships\n", lt_prog, optarg);
				lt_usage(cli);
			}
			break;
		case OPT_MIN_POOL:
			opt->min_pool = lt_opt_num("--min-pool", optarg, 0,
			    100000);
			break;
		case OPT_MIN_REACH:
			opt->min_reach = lt_opt_num("--min-reach", optarg, 0, 1);
			break;
		default:
			if (!lt_cli_option(cli, c, optarg))
				lt_usage(cli);
		}
}

int
main(int argc, char *argv[])
{
	struct commute_opts opt = { 1.3, 12, 30, 0.5, 5000 };
	struct num_memo min_memo = { 0, 0, "" };
	enum centres centres = CENTRES_DEFAULT;
	struct region_cols rc;
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	struct lt_plan plan;
	struct lt_row *row;
	const struct lt_header *h;
	enum mode mode;
	int col_km = -1;
	size_t slot[S_NREGION], s_min, s_ok, k;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	parse_args(argc, argv, &cli, &opt, &centres);

	in = lt_in_open(&cli, argc - optind, argv + optind);
	h = lt_in_header(in);
	out = lt_out_open(&cli);
	/* Its repeating numbers go out as text (set_num_memo): the thread
	 * still formats the others and writes. */
	lt_out_prefer_thread(out);
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
		region_columns(in, centres, &rc);
	}

	lt_plan_init(&plan, h);
	if (mode == MODE_REGION)
		for (k = 0; k < S_NREGION; k++)
			slot[k] = lt_plan_add(&plan, region_names[k],
			    k == S_SETTLEMENT ? LT_STR : LT_NUM);
	s_min = lt_plan_add(&plan, "commute_min", LT_NUM);
	s_ok = lt_plan_add(&plan, "commute_ok", LT_BOOL);
	lt_out_header(out, &plan.out);

	while (lt_in_next(in, &row)) {
		double minutes;
		int ok;

		if (mode == MODE_PERSON) {
			/* commute_km is the journey itself: no circuity. */
			int bad = 0;
			double km = lt_row_count(in, row, col_km, &bad);

			if (bad)
				continue;
			minutes = commute_minutes(km, opt.speed_kmh);
			ok = commute_ok(minutes, opt.max_minutes);
		} else if (!region_row(in, row, &rc, &opt, &plan, slot,
		    &minutes, &ok)) {
			continue;
		}
		if (mode == MODE_REGION)
			set_num_memo(&plan, s_min, minutes, &min_memo);
		else
			set_num(&plan, s_min, minutes);
		set_ok(&plan, s_ok, ok);
		/* The text values are numbers and column names. */
		lt_plan_write_plain(out, &plan, row);
		lt_out_endrow(out);
	}
	lt_in_close(in);
	lt_out_close(out);
	lt_plan_free(&plan);
	return LT_EXIT_OK;
}
