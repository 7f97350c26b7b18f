/*
 * absorb - how much surplus rural labour do the towns absorb, and when
 * does it run out?
 *
 * Region-year rows get the labour redeployed out of farming, the farm
 * labour the land needs and the surplus beyond it, and, against the
 * previous year of the same code that came before in the stream, the
 * yearly intake of the towns and the years until they hold a target
 * share of the people.  Every input column is passed through, in order,
 * and so are the rows.  --level sums the count columns to a code prefix
 * per year first (rollup.c); --partial and --merge split that work.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"
#include "rollup.h"

static const char usage_line[] =
    "[-mps] [-d file] [-l level] [-t share] [-w ha] [-o file] "
    "[--header spec] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Adds redeployed, absorption_rate, farm_share, farm_need, surplus,\n"
    "shortage, intake, intake_per_town, farm_share_change,\n"
    "labour_inflow_change and years_to_target to region-year rows (code,\n"
    "year, labour_rural, labour_farm, farmland_ha, pop_rural, pop_town,\n"
    "towns, labour_inflow).\n\n"
    "  -d, --divisions FILE  names of the codes (columns code, name) for\n"
    "                        --level and --merge; may be repeated\n"
    "  -l, --level LEVEL     sum the count columns to province,\n"
    "                        prefecture, county or township per year\n"
    "                        first; the output is in code-year order\n"
    "  -m, --merge           sum partial sums (--partial outputs, header\n"
    "                        lines repeated) and compute\n"
    "  -p, --partial         with --level or --merge: write the exact sums\n"
    "                        only, for a later --merge\n"
    "  -s, --sorted          the input is in code-year order: constant\n"
    "                        memory; a row out of order is an error\n"
    "  -t, --target SHARE    town share of pop_rural + pop_town for\n"
    "                        years_to_target (default 0.5)\n"
    "  -w, --ha-per-worker HA  farmland one farm worker works, an\n"
    "                        assumption to set from local farm-cost\n"
    "                        surveys (default 0.5)\n";

/* What the row-by-row mode remembers of the last row (--sorted). */
struct last_row {
	char code[16];
	size_t len;
	int have;
	struct absorb_prev prev;
};

/*
 * Find the previous year of the row's code, or say why there is none
 * that can be used: 1 with *prev (NULL when there is no earlier year),
 * 0 when the row was rejected.
 */
static int
previous_year(struct lt_in *in, const struct lt_row *row, int col_code,
    int col_year, struct absorb_hist *h, const struct absorb_prev **prev)
{
	const struct lt_value *vc = &row->v[col_code];
	int64_t year = row->v[col_year].u.i;

	switch (absorb_hist_find(h, year, prev)) {
	case HIST_DUPLICATE:
		lt_in_reject(in, row, col_year, "%lld comes again for code "
		    "%.*s (one row per code and year)", (long long)year,
		    (int)vc->u.str.len, vc->u.str.s);
		return 0;
	case HIST_FORGOTTEN:
		lt_in_reject(in, row, col_year, "%lld of code %.*s comes "
		    "after %d later years of that code, more than absorb "
		    "remembers: sort the input by code and year", (long long)year,
		    (int)vc->u.str.len, vc->u.str.s, ABSORB_HIST_MAX);
		return 0;
	default:
		return 1;
	}
}

/* --sorted: the previous year is the last row's, if of the same code. */
static int
previous_sorted(struct lt_in *in, const struct lt_row *row, int col_code,
    int col_year, struct last_row *last, const struct absorb_prev **prev)
{
	const struct lt_value *vc = &row->v[col_code];
	int64_t year = row->v[col_year].u.i;
	size_t n = vc->u.str.len < last->len ? vc->u.str.len : last->len;
	int c;

	*prev = NULL;
	if (!last->have)
		return 1;
	c = memcmp(vc->u.str.s, last->code, n);
	if (c == 0)
		c = (vc->u.str.len > last->len) - (vc->u.str.len < last->len);
	if (c < 0 || (c == 0 && year <= last->prev.year)) {
		lt_in_reject(in, row, c < 0 ? col_code : col_year,
		    "%.*s %lld comes after %.*s %lld: not in code-year order "
		    "(--sorted)", (int)vc->u.str.len, vc->u.str.s,
		    (long long)year, (int)last->len, last->code,
		    (long long)last->prev.year);
		return 0;
	}
	if (c == 0)
		*prev = &last->prev;
	return 1;
}

static void
free_hists(struct lt_hash *hists)
{
	const char **keys;
	void **vals;
	size_t i, n = lt_hash_count(hists);

	lt_hash_sorted(hists, &keys, &vals);
	for (i = 0; i < n; i++)
		absorb_hist_free(vals[i]);
	free(keys);
	free(vals);
	lt_hash_free(hists);
}

/* Row by row: every row out as it came in, with the formulas added. */
static void
by_row(struct lt_in *in, struct lt_out *out, const struct absorb_opts *opt,
    int sorted)
{
	const struct lt_header *h = lt_in_header(in);
	const char *fname = lt_in_file(in);
	struct lt_plan plan;
	struct lt_row *row;
	struct lt_hash *hists = sorted ? NULL :
	    lt_hash_new(sizeof(struct absorb_hist));
	struct absorb_hist *hist = NULL;
	struct last_row last;
	int col_code = lt_header_find(h, "code");
	int col_year = lt_header_find(h, "year");
	int col[ABSORB_NIN];
	size_t k;

	if (col_code < 0 || col_year < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs the columns code and "
		    "year", fname);
	for (k = 0; k < ABSORB_NIN; k++)
		col[k] = lt_in_numeric(in, absorb_inputs[k].name);
	lt_plan_init(&plan, h);
	for (k = 0; k < ABSORB_NOUT; k++)
		if (lt_plan_add(&plan, absorb_outputs[k].name,
		    (enum lt_type)absorb_outputs[k].type) != k)
			lt_die(LT_EXIT_DATA, "internal error: plan slots");
	lt_out_header(out, &plan.out);
	memset(&last, 0, sizeof(last));

	while (lt_in_next(in, &row)) {
		const struct lt_value *vc = &row->v[col_code];
		const struct absorb_prev *prev;
		struct absorb_prev mine;
		struct absorb_in r;
		struct absorb_out o;
		int bad = 0;

		if (vc->na || row->v[col_year].na) {
			lt_in_reject(in, row, vc->na ? col_code : col_year,
			    "missing (every row needs a code and a year)");
			continue;
		}
		r.year = row->v[col_year].u.i;
		for (k = 0; k < ABSORB_NIN; k++)
			*(double *)((char *)&r + absorb_inputs[k].off) =
			    lt_row_count(in, row, col[k], &bad);
		if (bad)
			continue;
		if (sorted) {
			if (!previous_sorted(in, row, col_code, col_year,
			    &last, &prev))
				continue;
		} else {
			/* Rows of one code mostly come together. */
			if (hist == NULL || vc->u.str.len != last.len ||
			    memcmp(vc->u.str.s, last.code, last.len) != 0) {
				hist = lt_hash_get(hists, vc->u.str.s,
				    vc->u.str.len, NULL);
				memcpy(last.code, vc->u.str.s, vc->u.str.len);
				last.len = vc->u.str.len;
			}
			if (!previous_year(in, row, col_code, col_year, hist,
			    &prev))
				continue;
		}
		absorb_compute(&r, prev, opt, &o);
		absorb_remember(&r, &o, &mine);
		if (sorted) {
			memcpy(last.code, vc->u.str.s, vc->u.str.len);
			last.len = vc->u.str.len;
			last.have = 1;
			last.prev = mine;
		} else {
			absorb_hist_add(hist, &mine);
		}
		/* The slots were added first to last: 0 to ABSORB_NOUT - 1. */
		absorb_values(&o, plan.val);
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	lt_plan_free(&plan);
	if (hists)
		free_hists(hists);
}

/* --level or --merge: sums per prefix and year, then the formulas. */
static void
by_group(struct rollup *ru, struct lt_in *in, struct lt_out *out)
{
	struct lt_row *row;
	char msg[512];
	int col;

	rollup_init(ru, lt_in_header(in), lt_in_file(in));
	rollup_header(ru, out);
	while (lt_in_next(in, &row))
		if (!rollup_add(ru, row, out, msg, sizeof(msg), &col))
			lt_in_reject(in, row, col, "%s", msg);
	rollup_flush(ru, out);
	rollup_free(ru);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "divisions", required_argument, NULL, 'd' },
		{ "ha-per-worker", required_argument, NULL, 'w' },
		{ "level", required_argument, NULL, 'l' },
		{ "merge", no_argument, NULL, 'm' },
		{ "partial", no_argument, NULL, 'p' },
		{ "sorted", no_argument, NULL, 's' },
		{ "target", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	struct absorb_opts opt = { 0.5, 0.5 };
	struct rollup ru;
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	const char *level_name = NULL;
	char **divisions = NULL;
	int c, ndivisions = 0, i;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	memset(&ru, 0, sizeof(ru));
	ru.level = LT_LEVEL_NONE;
	ru.opt = &opt;
	while ((c = getopt_long(argc, argv, "d:l:mo:pst:w:", longopts,
	    NULL)) != -1)
		switch (c) {
		case 'd':
			divisions = lt_realloc(divisions, (size_t)(ndivisions +
			    1) * sizeof(*divisions));
			divisions[ndivisions++] = optarg;
			break;
		case 'l':
			level_name = optarg;
			break;
		case 'm':
			ru.merge = 1;
			break;
		case 'p':
			ru.partial = 1;
			break;
		case 's':
			ru.sorted = 1;
			break;
		case 't':
			opt.target = lt_opt_num("--target", optarg, 0, 1);
			break;
		case 'w':
			opt.ha_per_worker = lt_opt_num("--ha-per-worker",
			    optarg, 0.001, 1000);
			break;
		default:
			if (!lt_cli_option(&cli, c, optarg))
				lt_usage(&cli);
		}
	if (level_name && ((ru.level = lt_level_parse(level_name)) ==
	    LT_LEVEL_NONE || ru.level == LT_LEVEL_VILLAGE)) {
		fprintf(stderr, "%s: option --level: \"%s\" is not province, "
		    "prefecture, county or township\n", lt_prog, level_name);
		return LT_EXIT_USAGE;
	}
	if ((ru.partial || ndivisions > 0) && !level_name && !ru.merge) {
		fprintf(stderr, "%s: option %s needs --level or --merge\n",
		    lt_prog, ru.partial ? "--partial" : "--divisions");
		return LT_EXIT_USAGE;
	}
	if (ru.sorted && ru.merge) {
		fprintf(stderr, "%s: options --sorted and --merge: the parts "
		    "of a split run are not in one order\n", lt_prog);
		return LT_EXIT_USAGE;
	}

	/* --merge reads the parts of GNU parallel jobs, each with its
	 * header line. */
	cli.repeated_headers = ru.merge;
	in = lt_in_open(&cli, argc - optind, argv + optind);
	if (ndivisions > 0)
		ru.divisions = lt_divlist_new();
	for (i = 0; i < ndivisions; i++)
		lt_divlist_load(ru.divisions, divisions[i]);
	out = lt_out_open(&cli);
	if (lt_in_header(in)->n == 0) {
		/* Empty input: empty output. */
	} else if (level_name || ru.merge) {
		by_group(&ru, in, out);
	} else {
		by_row(in, out, &opt, ru.sorted);
	}
	lt_in_close(in);
	lt_out_close(out);
	lt_divlist_free(ru.divisions);
	free(divisions);
	return LT_EXIT_OK;
}
