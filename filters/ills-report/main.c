/*
 * ills-report - where are the rural ills, and how bad?
 *
 * Region-year rows become the five rural ills of docs/design.md
 * section 1 as scored indicators: each indicator of the table in
 * table.c that the input has the columns for is computed per region
 * and year, mapped to
 * a score in [0, 1] by its thresholds, and each ill scores the mean of
 * its fixed set of indicators (NA, with the reason, unless each has a
 * value).  Year-on-year indicators compare a region with its
 * previous year, so the report holds one small record per region and
 * year (the numbers it needs, not the rows) and writes everything
 * sorted by code then year: long typed CSV, Markdown or HTML.
 *
 * Here the options; table.c is the indicator table, ills.c the ills
 * and scoring, measures.c the changes, trends and Krugman's index;
 * indicators.c has the side files, rows.c reads the rows, compute.c
 * (with peers.c) scores them, note.c says why a value is NA, select.c
 * picks what is shown, and csv.c, markdown.c and html.c (with text.c
 * and charts.c) write the report.  The HTML page's county maps:
 * rowsmap.c takes what they need of the rows, geo.c reads and projects
 * the outlines, mapjoin.c joins the regions to them, mapframe.c and
 * maplabel.c place outlines and names, map.c draws and mapnotes.c
 * lists what is not drawn as it is.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "ills.h"
#include "report.h"

static const char usage_line[] =
    "[-f csv|md|html] [-l level] [-n top] [-p level] [-t thresholds] "
    "[-y year] [-o file] [--header spec] [--indicators] "
    "[--industry-floor share] [--map-extent auto|china|none] "
    "[--map-figure column] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Scores the five rural ills (parochial industry, peripheral\n"
    "agriculture, environment, disorderly towns, amphibian labour) from\n"
    "region-year rows, with the indicator values as evidence.\n\n"
    "  -f, --format FORMAT   csv (default: code, name, year, ill,\n"
    "                        indicator, value, score, level,\n"
    "                        indicators_used, indicators_total, note),\n"
    "                        md or html\n"
    "  -l, --level LEVEL     only ills at LEVEL or worse: low, medium, high\n"
    "  -n, --top N           only the N worst regions per ill (md and\n"
    "                        html list the 10 worst without it)\n"
    "  -p, --peers LEVEL     peers of the relative indicator: regions of\n"
    "                        the same level and year sharing the code of\n"
    "                        LEVEL (province, prefecture, county,\n"
    "                        township; default province, a judgement)\n"
    "  -t, --thresholds FILE CSV indicator,low,high overriding the\n"
    "                        default thresholds\n"
    "  -y, --year YEAR       only YEAR (md and html: by default each\n"
    "                        region's latest year)\n"
    "      --indicators      print the indicator table and exit\n"
    "      --industry-floor SHARE  industry ills NA where TVE jobs per\n"
    "                        rural labour are below SHARE (default 0.1,\n"
    "                        a judgement)\n"
    "      --map-extent EXTENT  html (md when given): a county map per\n"
    "                        ill of auto (the regions' provinces, the\n"
    "                        whole country past 5 provinces), china, or\n"
    "                        none\n"
    "      --map-figure COLUMN  html and md: map the numeric COLUMN\n"
    "                        instead of the ills\n";

enum { OPT_INDICATORS = LT_OPT_FILTER, OPT_FLOOR, OPT_MAP_EXTENT,
	OPT_MAP_FIGURE };

/* static, so that what the records point to stays reachable. */
static struct report rep;

static enum format
parse_format(const struct lt_cli *cli, const char *s)
{
	static const struct {
		const char *name;
		enum format format;
	} formats[] = {
		{ "csv", FORMAT_CSV }, { "md", FORMAT_MD },
		{ "html", FORMAT_HTML }
	};
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(s, formats[i].name) == 0)
			return formats[i].format;
	fprintf(stderr, "%s: option --format: \"%s\" is not csv, md or html\n",
	    lt_prog, s);
	lt_usage(cli);
}

static enum map_extent
parse_extent(const char *s)
{
	static const char *const names[] = { "auto", "china", "none" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0)
			return (enum map_extent)i;
	lt_opt_bad("--map-extent", s, "auto, china or none");
}

/* The options into cli and rep; --thresholds FILE into *thresholds.
 * Returns 1 for --indicators. */
static int
options(int argc, char *argv[], struct lt_cli *cli, const char **thresholds)
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "format", required_argument, NULL, 'f' },
		{ "indicators", no_argument, NULL, OPT_INDICATORS },
		{ "industry-floor", required_argument, NULL, OPT_FLOOR },
		{ "level", required_argument, NULL, 'l' },
		{ "map-extent", required_argument, NULL, OPT_MAP_EXTENT },
		{ "map-figure", required_argument, NULL, OPT_MAP_FIGURE },
		{ "peers", required_argument, NULL, 'p' },
		{ "top", required_argument, NULL, 'n' },
		{ "thresholds", required_argument, NULL, 't' },
		{ "year", required_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 }
	};
	int c, list = 0;

	while ((c = getopt_long(argc, argv, "f:l:n:o:p:t:y:", longopts,
	    NULL)) != -1)
		switch (c) {
		case 'f':
			rep.format = parse_format(cli, optarg);
			break;
		case 'l':
			if ((rep.min_level = ills_level_parse(optarg)) ==
			    LEVEL_NA) {
				fprintf(stderr, "%s: option --level: \"%s\" is "
				    "not low, medium or high\n", lt_prog, optarg);
				lt_usage(cli);
			}
			break;
		case 'n':
			rep.top = (long)lt_opt_int("--top", optarg, 1,
			    1000000000);
			break;
		case 'p':
			rep.peers = lt_level_parse(optarg);
			if (rep.peers == LT_LEVEL_NONE ||
			    rep.peers == LT_LEVEL_VILLAGE) {
				fprintf(stderr, "%s: option --peers: \"%s\" is "
				    "not province, prefecture, county or "
				    "township\n", lt_prog, optarg);
				lt_usage(cli);
			}
			break;
		case 't':
			*thresholds = optarg;
			break;
		case 'y':
			rep.year = lt_opt_int("--year", optarg, -100000, 100000);
			rep.year_given = 1;
			break;
		case OPT_INDICATORS:
			list = 1;
			break;
		case OPT_FLOOR:
			rep.floor = lt_opt_num("--industry-floor", optarg, 0, 1);
			break;
		case OPT_MAP_EXTENT:
			rep.map_extent = parse_extent(optarg);
			rep.map_extent_given = 1;
			break;
		case OPT_MAP_FIGURE:
			rep.map_figure = optarg;
			break;
		default:
			if (!lt_cli_option(cli, c, optarg))
				lt_usage(cli);
		}
	return list;
}

int
main(int argc, char *argv[])
{
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	const struct lt_header *h;
	const char *thresholds = NULL;
	int list;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	rep.min_level = LEVEL_NA;
	rep.floor = ILLS_FLOOR;
	rep.peers = LT_LEVEL_PROVINCE;
	list = options(argc, argv, &cli, &thresholds);
	rep.plain = cli.plain;
	if (ills_nindicators > ILLS_MAXIND)
		lt_die(LT_EXIT_USAGE, "too many indicators");
	if (thresholds)
		report_thresholds(&cli, thresholds);
	if (list) {
		out = lt_out_open(&cli);
		report_indicators(out);
		lt_out_close(out);
		return LT_EXIT_OK;
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
	report_read(&rep, in);
	lt_in_close(in);
	report_compute(&rep);

	switch (rep.format) {
	case FORMAT_CSV:
		report_csv(out, &rep);
		break;
	case FORMAT_MD:
		report_md(out, &rep);
		break;
	case FORMAT_HTML:
		report_html(out, &rep);
		break;
	}
	/* After the report, so that a closed pipe or a write error ends
	 * the program before it explains NAs nobody reads. */
	report_warn(&rep);
	lt_out_close(out);
	return LT_EXIT_OK;
}
