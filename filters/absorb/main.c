/*
 * absorb - how much rural labour do the towns absorb, how do they grow,
 * and when will they hold half the people?
 *
 * Region-year rows get the labour redeployed out of farming, the land
 * per farm worker, the surplus against a stated norm (--norms or -w,
 * never a default), the inflow of outside workers, the urbanization
 * rates under their definitions, and, against the previous year of the
 * same code that came before in the stream, the growth of the town
 * population and its parts and the years until the towns hold a target
 * share of a stated base.  Every input column is passed through, in
 * order, and so are the rows.  --level sums the count columns to a code
 * prefix per year first (rollup.c); --partial and --merge split that
 * work.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"
#include "norms.h"
#include "rollup.h"
#include "rows.h"

static const char usage_line[] =
    "[-mps] [-d file] [-l level] [-t share] [-w ha | --norms file] "
    "[--base total|agri|rural+town] [--expect-rows n] "
    "[--natural-rate permille] [-o file] "
    "[--header spec] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Adds redeployed, absorption_rate, farm_share,\n"
    "farmland_per_farm_worker, farm_need, surplus, surplus_low,\n"
    "surplus_high, labour_shortage, inflow_ratio, inflow_share_tve,\n"
    "urban_share, nonagri_share, town_share, amphibian_gap,\n"
    "town_pop_growth, towns_change, growth_new_towns, growth_natural,\n"
    "growth_residual, town_nonagri_growth, growth_per_town,\n"
    "farm_share_change, labour_inflow_change and years_to_target to\n"
    "region-year rows (code, year and the columns absorb(1) lists).\n\n"
    "      --base BASE       of years_to_target: total (pop_total, the\n"
    "                        default), agri (pop_agri) or rural+town\n"
    "  -d, --divisions FILE  names of the codes (columns code, name) for\n"
    "                        --level and --merge; may be repeated\n"
    "      --expect-rows N   with --merge: the partials must have read N\n"
    "                        rows in all (their rows_read), else exit 65:\n"
    "                        a block was lost\n"
    "  -l, --level LEVEL     sum the count columns to province,\n"
    "                        prefecture, county or township per year\n"
    "                        first; the output is in code-year order\n"
    "  -m, --merge           sum partial sums (--partial outputs, header\n"
    "                        lines repeated) and compute\n"
    "      --natural-rate R  natural increase of the towns, per mille a\n"
    "                        year, for growth_natural (no default)\n"
    "      --norms FILE      labour-days per sown hectare by crop and\n"
    "                        region and working days a year, low and\n"
    "                        high, each with its source: the surplus\n"
    "  -p, --partial         with --level or --merge: write the exact sums\n"
    "                        only, and a count row of the rows read, for\n"
    "                        a later --merge; input with no header line\n"
    "                        is an error (65)\n"
    "  -s, --sorted          the input is in code-year order: constant\n"
    "                        memory; a row out of order is an error\n"
    "  -t, --target SHARE    town share of the base for years_to_target\n"
    "                        (default 0.5, the paper's \"half\")\n"
    "  -w, --ha-per-worker HA  hectares one farm worker can work: the\n"
    "                        surplus against one value (no default)\n"
    "Without --norms or -w, surplus is NA: no single national norm.\n";

/* --level or --merge: sums per prefix and year, then the formulas;
 * expect_rows (or -1) the rows the merged partials must have read. */
static void
by_group(struct rollup *ru, struct lt_in *in, struct lt_out *out,
    int64_t expect_rows)
{
	struct lt_row *row;
	char msg[512];
	int col;

	rollup_init(ru, lt_in_header(in), lt_in_file(in));
	if (expect_rows >= 0 && ru->col_rows < 0)
		lt_rows_missing(lt_in_file(in));
	rollup_header(ru, out);
	while (lt_in_next(in, &row))
		if (!rollup_add(ru, row, out, msg, sizeof(msg), &col))
			lt_in_reject(in, row, col, "%s", msg);
	/* Before a group is written: a short merge writes no table. */
	if (expect_rows >= 0)
		lt_rows_check(ru->rows_read, expect_rows);
	rollup_flush(ru, out);
	if (ru->partial)
		rollup_count_row(ru, out, ru->merge ? ru->rows_read :
		    lt_in_rows(in));
	rollup_free(ru);
}

/* What the command line asks for. */
struct args {
	struct absorb_opts opt;
	const char *level_name, *norms_path;
	char **divisions;
	int ndivisions, merge, partial, sorted;
	int64_t expect_rows;	/* --expect-rows, or -1 */
};

/* A usage error without the usage line: prog: message, exit 64. */
static void
usage_error(const char *fmt, const char *what)
{
	fprintf(stderr, "%s: ", lt_prog);
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	exit(LT_EXIT_USAGE);
}

static void
parse_base(struct lt_cli *cli, const char *arg, enum absorb_base *base)
{
	if (strcmp(arg, "total") == 0)
		*base = BASE_TOTAL;
	else if (strcmp(arg, "agri") == 0)
		*base = BASE_AGRI;
	else if (strcmp(arg, "rural+town") == 0)
		*base = BASE_RURAL_TOWN;
	else {
		fprintf(stderr, "%s: option --base: \"%s\" is not total, agri "
		    "or rural+town\n", lt_prog, arg);
		lt_usage(cli);
	}
}

static void
parse_args(int argc, char *argv[], struct lt_cli *cli, struct args *a)
{
	enum { OPT_BASE = LT_OPT_FILTER, OPT_EXPECT, OPT_NATURAL, OPT_NORMS };
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "base", required_argument, NULL, OPT_BASE },
		{ "divisions", required_argument, NULL, 'd' },
		{ "expect-rows", required_argument, NULL, OPT_EXPECT },
		{ "ha-per-worker", required_argument, NULL, 'w' },
		{ "level", required_argument, NULL, 'l' },
		{ "merge", no_argument, NULL, 'm' },
		{ "natural-rate", required_argument, NULL, OPT_NATURAL },
		{ "norms", required_argument, NULL, OPT_NORMS },
		{ "partial", no_argument, NULL, 'p' },
		{ "sorted", no_argument, NULL, 's' },
		{ "target", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "d:l:mo:pst:w:", longopts,
	    NULL)) != -1)
		switch (c) {
		case 'd':
			a->divisions = lt_realloc(a->divisions,
			    (size_t)(a->ndivisions + 1) * sizeof(*a->divisions));
			a->divisions[a->ndivisions++] = optarg;
			break;
		case 'l':
			a->level_name = optarg;
			break;
		case 'm':
			a->merge = 1;
			break;
		case 'p':
			a->partial = 1;
			break;
		case 's':
			a->sorted = 1;
			break;
		case 't':
			a->opt.target = lt_opt_num("--target", optarg, 0, 1);
			break;
		case 'w':
			a->opt.ha_per_worker = lt_opt_num("--ha-per-worker",
			    optarg, 0.001, 1000);
			break;
		case OPT_BASE:
			parse_base(cli, optarg, &a->opt.base);
			break;
		case OPT_EXPECT:
			a->expect_rows = lt_opt_int("--expect-rows", optarg, 0,
			    INT64_MAX);
			break;
		case OPT_NATURAL:
			a->opt.natural_rate = lt_opt_num("--natural-rate",
			    optarg, -100, 100);
			break;
		case OPT_NORMS:
			a->norms_path = optarg;
			break;
		default:
			if (!lt_cli_option(cli, c, optarg))
				lt_usage(cli);
		}
}

/* The combinations that make no sense exit 64. */
static void
check_args(const struct args *a, struct rollup *ru)
{
	if (a->level_name && ((ru->level = lt_level_parse(a->level_name)) ==
	    LT_LEVEL_NONE || ru->level == LT_LEVEL_VILLAGE))
		usage_error("option --level: \"%s\" is not province, "
		    "prefecture, county or township", a->level_name);
	if ((a->partial || a->ndivisions > 0) && !a->level_name && !a->merge)
		usage_error("option %s needs --level or --merge",
		    a->partial ? "--partial" : "--divisions");
	if (a->expect_rows >= 0 && !a->merge)
		usage_error("%s", "option --expect-rows needs --merge (it "
		    "checks the rows the partials read)");
	if (a->sorted && a->merge)
		usage_error("%s", "options --sorted and --merge: the parts "
		    "of a split run are not in one order");
	if (a->norms_path && !isnan(a->opt.ha_per_worker))
		usage_error("%s", "options --norms and -w: give one farm "
		    "labour norm, not two");
}

int
main(int argc, char *argv[])
{
	struct args a;
	struct rollup ru;
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	struct norms *norms = NULL;
	int i;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	memset(&a, 0, sizeof(a));
	a.opt.ha_per_worker = NAN;
	a.opt.target = 0.5;
	a.opt.base = BASE_TOTAL;
	a.opt.natural_rate = NAN;
	a.expect_rows = -1;
	parse_args(argc, argv, &cli, &a);
	memset(&ru, 0, sizeof(ru));
	ru.level = LT_LEVEL_NONE;
	check_args(&a, &ru);
	ru.opt = &a.opt;
	ru.merge = a.merge;
	ru.partial = a.partial;
	ru.sorted = a.sorted;

	/* --merge reads the parts of GNU parallel jobs, each with its
	 * header line. */
	cli.repeated_headers = ru.merge;
	if (a.norms_path)
		norms = norms_load(a.norms_path);
	ru.norms = norms;
	in = lt_in_open(&cli, argc - optind, argv + optind);
	if (a.ndivisions > 0)
		ru.divisions = lt_divlist_new();
	for (i = 0; i < a.ndivisions; i++)
		lt_divlist_load(ru.divisions, a.divisions[i]);
	out = lt_out_open(&cli);
	if (lt_in_header(in)->n == 0) {
		/* Empty input: empty output, but for a partial, whose count
		 * must reach --merge, and a merge that expects rows. */
		if (ru.partial && !ru.merge)
			lt_die(LT_EXIT_DATA, "%s: empty input (no header line): "
			    "--partial needs the input's header to write its "
			    "own and the count of rows it read; give it with "
			    "--header SPEC (as for the blocks of parallel "
			    "--pipe)", lt_in_file(in));
		if (a.expect_rows >= 0)
			lt_rows_check(0, a.expect_rows);
	} else if (a.level_name || ru.merge) {
		by_group(&ru, in, out, a.expect_rows);
	} else {
		absorb_by_row(in, out, &a.opt, norms, ru.sorted);
	}
	lt_in_close(in);
	lt_out_close(out);
	lt_divlist_free(ru.divisions);
	norms_free(norms);
	free(a.divisions);
	return LT_EXIT_OK;
}
