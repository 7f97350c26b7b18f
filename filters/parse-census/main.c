/*
 * parse-census - real yearbook and census exports in, clean typed CSV
 * out.
 *
 * Reads CSV or tab-separated exports, plain or gzip, in UTF-8 or
 * GBK/GB18030, and Excel workbooks (.xlsx, .xls) sheet by sheet; drops the title, the 数据库/指标/地区/时间/单位 lines and
 * the notes after the table; maps the labels to canonical fields;
 * scales the values into base units on their decimal digits; turns
 * missing-value marks into empty fields; validates division codes and
 * adds their level; finds the year; pivots wide year tables.  Typed
 * CSV, its own output included, passes through unchanged.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static const char usage_line[] =
    "[--all-sheets] [--flags] [--long] [--strict-columns] [--divisions file] "
    "[--no-divisions] [--parent code] [--nationwide] "
    "[--encoding enc] [--header-rows n] [--industry-scheme year] "
    "[--map file] [--sheet name|n] [--skip n] "
    "[--year year] [-o file] "
    "[--header spec] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Turns yearbook and census exports (CSV or TSV, gzip, UTF-8 or\n"
    "GBK/GB18030, or an Excel workbook's sheet, .xlsx or .xls; with\n"
    "title, unit and note lines) into typed CSV with canonical field\n"
    "names, base units and empty missing values.\n\n"
    "      --all-sheets      every worksheet of a workbook, one table,\n"
    "                        the sheet's name in a first column sheet\n"
    "      --divisions FILE  a list of today's divisions (code,name\n"
    "                        columns) besides the shipped ones; may be\n"
    "                        repeated\n"
    "      --encoding ENC    utf-8, gbk or gb18030 (default: detected)\n"
    "      --flags           add NAME_flag saying why a value is missing\n"
    "                        (blank, below_unit, none, withheld)\n"
    "      --header-rows N   the header is N rows (1 to 10), merged cells\n"
    "                        joined into one label per column (default:\n"
    "                        the rows under the header line that cannot\n"
    "                        be data)\n"
    "      --industry-scheme YEAR\n"
    "                        the GB/T 4754 version of industry section\n"
    "                        letters: 1984, 1994, 2002 or 2011 (default:\n"
    "                        the census year's)\n"
    "      --long            one row per indicator: indicator, value\n"
    "      --nationwide      match region names across the country when\n"
    "                        the table states no parent division\n"
    "      --no-divisions    attach no codes to region names, follow no\n"
    "                        codes to today's\n"
    "      --parent CODE     the division the table is about (a code of\n"
    "                        its year or of today), instead of its title\n"
    "      --map FILE        CSV of label,name,type,scale that adds to or\n"
    "                        overrides the built-in labels, and of\n"
    "                        value:FIELD,RAW,CANONICAL adding category\n"
    "                        values\n"
    "      --sheet NAME|N    the workbook's sheet of that name, or the\n"
    "                        Nth from 1 (default: the first worksheet)\n"
    "      --skip N          the header is the line after the first N\n"
    "      --strict-columns  a column with no canonical name is an error\n"
    "      --year YEAR       the year, when no column gives it\n";

enum {
	OPT_ALL_SHEETS = LT_OPT_FILTER,
	OPT_DIVISIONS,
	OPT_ENCODING,
	OPT_FLAGS,
	OPT_HEADER_ROWS,
	OPT_INDUSTRY_SCHEME,
	OPT_LONG,
	OPT_MAP,
	OPT_NATIONWIDE,
	OPT_NO_DIVISIONS,
	OPT_PARENT,
	OPT_SHEET,
	OPT_SKIP,
	OPT_STRICT,
	OPT_YEAR
};

/* One option of parse-census's own. */
static void
option(int c, const char *arg)
{
	switch (c) {
	case OPT_ALL_SHEETS:
		opt.all_sheets = 1;
		break;
	case OPT_DIVISIONS:
		pc_div_add_list(opt.div, arg);
		break;
	case OPT_ENCODING:
		if (!lt_enc_parse(arg, &opt.enc))
			lt_opt_bad("--encoding", arg, "utf-8, gbk or gb18030");
		break;
	case OPT_FLAGS:
		opt.flags = 1;
		break;
	case OPT_HEADER_ROWS:
		opt.header_rows = (int)lt_opt_int("--header-rows", arg, 1, 10);
		break;
	case OPT_INDUSTRY_SCHEME:
		opt.industry_scheme = (int)lt_opt_int("--industry-scheme", arg,
		    1984, 2011);
		if (!pc_cat_letter('A', opt.industry_scheme))
			lt_opt_bad("--industry-scheme", arg,
			    "1984, 1994, 2002 or 2011");
		break;
	case OPT_LONG:
		opt.long_form = 1;
		break;
	case OPT_MAP:
		read_map(arg);
		break;
	case OPT_NATIONWIDE:
		opt.nationwide = 1;
		pc_div_nationwide(opt.div, 1);
		break;
	case OPT_NO_DIVISIONS:
		pc_div_use_shipped(opt.div, 0);
		break;
	case OPT_PARENT:
		if (!lt_code_valid(arg, strlen(arg)))
			lt_opt_bad("--parent", arg, "a division code (2, 4, 6, "
			    "9 or 12 digits)");
		opt.parent = arg;
		break;
	case OPT_SHEET:
		opt.sheet = arg;
		break;
	case OPT_SKIP:
		opt.skip = (long)lt_opt_int("--skip", arg, 0, 1000000);
		break;
	case OPT_STRICT:
		opt.strict = 1;
		break;
	case OPT_YEAR:
		opt.year = (int)lt_opt_int("--year", arg, 1900, 2100);
		break;
	default:
		if (!lt_cli_option(&run.cli, c, arg))
			lt_usage(&run.cli);
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "all-sheets", no_argument, NULL, OPT_ALL_SHEETS },
		{ "divisions", required_argument, NULL, OPT_DIVISIONS },
		{ "encoding", required_argument, NULL, OPT_ENCODING },
		{ "flags", no_argument, NULL, OPT_FLAGS },
		{ "header-rows", required_argument, NULL, OPT_HEADER_ROWS },
		{ "industry-scheme", required_argument, NULL,
		    OPT_INDUSTRY_SCHEME },
		{ "long", no_argument, NULL, OPT_LONG },
		{ "map", required_argument, NULL, OPT_MAP },
		{ "nationwide", no_argument, NULL, OPT_NATIONWIDE },
		{ "no-divisions", no_argument, NULL, OPT_NO_DIVISIONS },
		{ "parent", required_argument, NULL, OPT_PARENT },
		{ "sheet", required_argument, NULL, OPT_SHEET },
		{ "skip", required_argument, NULL, OPT_SKIP },
		{ "strict-columns", no_argument, NULL, OPT_STRICT },
		{ "year", required_argument, NULL, OPT_YEAR },
		{ NULL, 0, NULL, 0 }
	};
	static char *stdin_only[] = { "-", NULL };
	char **files;
	int c, i, nfiles;

	lt_setprog(argv);
	lt_cli_init(&run.cli, usage_line, help_text);
	opt.div = pc_div_new();
	while ((c = getopt_long(argc, argv, LT_SHORTOPTS, longopts, NULL)) !=
	    -1)
		option(c, optarg);
	if (opt.header_rows > 0 && run.cli.header_spec)
		lt_die(LT_EXIT_USAGE, "--header-rows with --header: the header "
		    "--header gives is one row; leave out one of them");
	if (opt.all_sheets && opt.sheet)
		lt_die(LT_EXIT_USAGE, "--sheet with --all-sheets: "
		    "--all-sheets reads every worksheet; leave out one of "
		    "them");
	nfiles = argc - optind;
	files = nfiles > 0 ? argv + optind : stdin_only;
	if (nfiles == 0)
		nfiles = 1;
	lt_src_check(&run.cli, nfiles, files);
	run.out = lt_out_open(&run.cli);
	lt_progress_start(&run.prog, &run.cli, nfiles, files);
	for (i = 0; i < nfiles; i++)
		parse_file(files[i]);
	parse_end();
	return LT_EXIT_OK;
}
