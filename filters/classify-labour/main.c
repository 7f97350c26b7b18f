/*
 * classify-labour - who has left the soil, and who has left the village?
 *
 * Person rows (a census sample) get labour_class by the ordered rules of
 * docs/design.md section 7; with --by LEVEL they are summed into one
 * region row per code prefix and year instead (exact weighted sums,
 * --partial and --merge for split input).  Region rows with labour
 * counts get labour_local when it is missing and the shares of rural
 * labour.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "labour.h"
#include "rollup.h"
#include "modes.h"

static const char usage_line[] =
    "[-Mp] [-a months] [-b level] [-m mode] [-s scheme] [-w ages] "
    "[--expect-rows n] [-o file] [--header spec] [--plain] [--rejects file] "
    "[file ...]";

static const char help_text[] =
    "Adds labour_class (inactive, unemployed, urban, away_farm, farm,\n"
    "migrant, local, amphibian), destination and destination_kind to\n"
    "person rows; with --by, writes one region row per code and year with\n"
    "the weighted class counts and shares instead.  Region rows with\n"
    "labour_rural get labour_local (when missing and its terms exist) and\n"
    "share_farm, share_local, share_amphibian, share_migrant.\n\n"
    "  -a, --away-months N   away: months_away of N or more (default 6)\n"
    "  -b, --by LEVEL        sum persons by hukou_code (and labour_inflow\n"
    "                        by work_code, else code) at LEVEL: province,\n"
    "                        prefecture, county or township\n"
    "      --expect-rows N   with --merge: the partials must have read N\n"
    "                        rows in all (their rows_read), else exit 65:\n"
    "                        a block was lost\n"
    "  -M, --merge           add up --partial outputs (repeated identical\n"
    "                        header lines are skipped)\n"
    "  -m, --mode MODE       person or region (default: by the columns)\n"
    "  -p, --partial         with --by or --merge: write the exact sums\n"
    "                        only, and a count row of the rows read, for\n"
    "                        a later --merge; input with no header line\n"
    "                        is an error (65)\n"
    "  -s, --scheme SCHEME   paper (default) or nbs: nbs_local and\n"
    "                        nbs_outside by place of work (person rows)\n"
    "  -w, --working-age A-[B] ages of working age (default 16-: from 16,\n"
    "                        no upper bound)\n";

enum mode { MODE_AUTO, MODE_PERSON, MODE_REGION };
enum { OPT_EXPECT_ROWS = LT_OPT_FILTER };

/* What the options ask for. */
struct run {
	struct labour_opts opt;
	enum lt_level level;
	enum mode mode;
	int merge, partial, class_opts;
	int64_t expect_rows;	/* --expect-rows, or -1 */
};

static void
option(struct run *r, struct lt_cli *cli, int c, const char *arg)
{
	switch (c) {
	case 'M':
		r->merge = 1;
		break;
	case OPT_EXPECT_ROWS:
		r->expect_rows = lt_opt_int("--expect-rows", arg, 0,
		    INT64_MAX);
		break;
	case 'a':
		r->opt.away_months = lt_opt_int("--away-months", arg, 1, 12);
		r->class_opts = 1;
		break;
	case 'b':
		r->level = lt_level_parse(arg);
		if (r->level == LT_LEVEL_NONE || r->level == LT_LEVEL_VILLAGE)
			lt_opt_bad("--by", arg, "province, prefecture, county "
			    "or township");
		break;
	case 'm':
		if (strcmp(arg, "person") == 0)
			r->mode = MODE_PERSON;
		else if (strcmp(arg, "region") == 0)
			r->mode = MODE_REGION;
		else
			lt_opt_bad("--mode", arg, "person or region");
		break;
	case 'p':
		r->partial = 1;
		break;
	case 's':
		if (strcmp(arg, "paper") == 0)
			r->opt.scheme = SCHEME_PAPER;
		else if (strcmp(arg, "nbs") == 0)
			r->opt.scheme = SCHEME_NBS;
		else
			lt_opt_bad("--scheme", arg, "paper or nbs");
		r->class_opts = 1;
		break;
	case 'w':
		if (!parse_working_age(arg, &r->opt.age_min, &r->opt.age_max))
			lt_opt_bad("--working-age", arg, "A- or A-B (ages, 0 <= "
			    "A <= B <= 150)");
		r->class_opts = 1;
		break;
	default:
		if (!lt_cli_option(cli, c, arg))
			lt_usage(cli);
	}
}

/* Options that do not go together: 64. */
static void
check_options(const struct run *r, const struct lt_cli *cli)
{
	const char *why = NULL;

	if (r->partial && !r->merge && r->level == LT_LEVEL_NONE)
		why = "--partial goes with --by or --merge";
	else if (r->expect_rows >= 0 && !r->merge)
		why = "--expect-rows goes with --merge (it checks the rows the "
		    "partials read)";
	else if (r->opt.scheme == SCHEME_NBS && (r->level != LT_LEVEL_NONE ||
	    r->merge))
		why = "--scheme nbs classifies person rows; --by counts the "
		    "paper's classes and the destinations (workers_*)";
	else if (r->level != LT_LEVEL_NONE && r->mode == MODE_REGION)
		why = "--by sums person rows, not region rows";
	else if (r->merge && (r->level != LT_LEVEL_NONE ||
	    r->mode != MODE_AUTO || r->class_opts || cli->rejects_path))
		why = "--merge takes no --by, --mode, --away-months, --scheme, "
		    "--working-age or --rejects (its input is already summed)";
	if (why) {
		lt_warn("%s", why);
		lt_usage(cli);
	}
}

/* --merge: partial sums in, the whole sums out. */
static int
merge(const struct run *r, struct lt_cli *cli, int nfiles, char **files)
{
	struct grouptab *groups = grouptab_new();
	struct lt_out *out = lt_out_open(cli);
	struct merged m = { 0, 0, 0 };
	int any = rollup_merge(cli, nfiles, files, groups, &m);

	if (r->expect_rows >= 0) {
		if (any && !m.has_rows)
			lt_rows_missing(nfiles > 0 ? files[0] : lt_stdin_name());
		lt_rows_check(m.rows_read, r->expect_rows);
	}
	if (any)
		rollup_write(out, groups, m.has_year, r->partial, 0,
		    m.rows_read);
	grouptab_free(groups);
	lt_out_close(out);
	return LT_EXIT_OK;
}

/* Person rows or region rows, by the header when not said. */
static enum mode
input_mode(struct lt_in *in, const struct lt_header *h, enum mode mode)
{
	int person = lt_header_find(h, "age") >= 0 ||
	    lt_header_find(h, "hukou_type") >= 0;
	int region = lt_header_find(h, "labour_rural") >= 0;

	if (mode == MODE_AUTO && !person && !region)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs person rows (column "
		    "age or hukou_type) or region rows (column labour_rural)",
		    lt_in_file(in));
	if (mode == MODE_AUTO)
		return person ? MODE_PERSON : MODE_REGION;
	if (mode == MODE_REGION && !region)
		lt_die(LT_EXIT_DATA, "%s:1: header: region rows need column "
		    "labour_rural", lt_in_file(in));
	if (mode == MODE_PERSON && !person)
		lt_die(LT_EXIT_DATA, "%s:1: header: person rows need column age "
		    "or hukou_type", lt_in_file(in));
	return mode;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "away-months", required_argument, NULL, 'a' },
		{ "by", required_argument, NULL, 'b' },
		{ "expect-rows", required_argument, NULL, OPT_EXPECT_ROWS },
		{ "merge", no_argument, NULL, 'M' },
		{ "mode", required_argument, NULL, 'm' },
		{ "partial", no_argument, NULL, 'p' },
		{ "scheme", required_argument, NULL, 's' },
		{ "working-age", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	/* Defaults: docs/design.md section 7.1, sources in the man page. */
	struct run r = { { 6, 16, AGE_NO_MAX, SCHEME_PAPER }, LT_LEVEL_NONE,
		MODE_AUTO, 0, 0, 0, -1 };
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	const struct lt_header *h;
	int c;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	while ((c = getopt_long(argc, argv, "Ma:b:m:o:ps:w:", longopts,
	    NULL)) != -1)
		option(&r, &cli, c, optarg);
	check_options(&r, &cli);
	if (r.merge)
		return merge(&r, &cli, argc - optind, argv + optind);
	in = lt_in_open(&cli, argc - optind, argv + optind);
	h = lt_in_header(in);
	out = lt_out_open(&cli);
	/* Empty input: empty output, but for a partial, whose count must
	 * reach --merge: with no header it cannot write its own. */
	if (h->n == 0 && r.partial)
		lt_die(LT_EXIT_DATA, "%s: empty input (no header line): "
		    "--partial needs the input's header to write its own and "
		    "the count of rows it read; give it with --header SPEC "
		    "(as for the blocks of parallel --pipe)", lt_in_file(in));
	if (h->n > 0) {
		enum mode mode = input_mode(in, h, r.mode);

		if (r.level != LT_LEVEL_NONE)
			by_mode(in, out, h, &r.opt, r.level, r.partial);
		else if (mode == MODE_PERSON)
			person_mode(in, out, h, &r.opt);
		else
			region_mode(in, out, h);
	}
	lt_in_close(in);
	lt_out_close(out);
	return LT_EXIT_OK;
}
