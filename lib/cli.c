/*
 * cli.c - the options every filter shares, and parsing of option
 * values.  Following style(9) and datamash: the usage line is the man
 * page's SYNOPSIS, --help adds a line per option, a bad option exits 64.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"

static const char common_help[] =
    "  -o, --output FILE  write to FILE through a temporary file, renamed\n"
    "                     into place only when the output is whole\n"
    "      --header SPEC  the input has no header line; use SPEC\n"
    "                     (comma-separated name or name:type cells)\n"
    "      --plain        write the header without :type suffixes\n"
    "      --excel-safe   with --plain (implied): a cell that starts with\n"
    "                     = + - @ and is not a number gets a ' before it\n"
    "      --rejects FILE write bad rows to FILE (with _line and _error)\n"
    "                     and go on; their count is printed on stderr\n"
    "      --progress     print rows, MB, MB/s and ETA on stderr\n"
    "                     (default when stderr is a terminal and the\n"
    "                     input is a regular file); --no-progress: never\n"
    "      --help         print this help and exit\n"
    "      --version      print the version and exit\n";

/* The program's options, for the usage line of a bad option value. */
static const struct lt_cli *the_cli;

void
lt_cli_init(struct lt_cli *cli, const char *usage, const char *help)
{
	the_cli = cli;
	memset(cli, 0, sizeof(*cli));
	cli->usage = usage;
	cli->help = help;
	cli->progress = -1;
}

void
lt_usage(const struct lt_cli *cli)
{
	fprintf(stderr, "usage: %s %s\n", lt_prog, cli->usage);
	exit(LT_EXIT_USAGE);
}

void
lt_help(const struct lt_cli *cli)
{
	printf("usage: %s %s\n\n", lt_prog, cli->usage);
	if (cli->help && *cli->help)
		fputs(cli->help, stdout);
	fputs(common_help, stdout);
	printf("\nExit status: 0 ok, 64 usage, 65 bad data, 66 cannot open "
	    "input, 74 read or write error.\nSee %s(1).\n", lt_prog);
	if (fflush(stdout) == EOF || ferror(stdout))
		lt_die(LT_EXIT_IO, "write error:");
	exit(LT_EXIT_OK);
}

int
lt_cli_option(struct lt_cli *cli, int c, const char *arg)
{
	switch (c) {
	case LT_OPT_HELP:
		lt_help(cli);
	case LT_OPT_VERSION:
		printf("%s (litu) %s\n", lt_prog, LT_VERSION);
		if (fflush(stdout) == EOF || ferror(stdout))
			lt_die(LT_EXIT_IO, "write error:");
		exit(LT_EXIT_OK);
	case LT_OPT_PLAIN:
		cli->plain = 1;
		return 1;
	case LT_OPT_EXCEL_SAFE:
		cli->excel_safe = cli->plain = 1;
		return 1;
	case LT_OPT_HEADER:
		cli->header_spec = arg;
		return 1;
	case LT_OPT_REJECTS:
		cli->rejects_path = arg;
		return 1;
	case LT_OPT_PROGRESS:
		cli->progress = 1;
		return 1;
	case LT_OPT_NO_PROGRESS:
		cli->progress = 0;
		return 1;
	case 'o':
		cli->out_path = arg;
		return 1;
	case '?':
	case ':':
		lt_usage(cli);
	}
	return 0;
}

double
lt_opt_num(const char *opt, const char *arg, double min, double max)
{
	double d;

	char what[80];

	if (lt_parse_num(arg, strlen(arg), &d) != LT_OK || d < min ||
	    d > max) {
		snprintf(what, sizeof(what), "a number from %g to %g", min, max);
		lt_opt_bad(opt, arg, what);
	}
	return d;
}

int64_t
lt_opt_int(const char *opt, const char *arg, int64_t min, int64_t max)
{
	int64_t i;

	char what[80];

	if (lt_parse_int(arg, strlen(arg), &i) != LT_OK || i < min ||
	    i > max) {
		snprintf(what, sizeof(what), "an integer from %lld to %lld",
		    (long long)min, (long long)max);
		lt_opt_bad(opt, arg, what);
	}
	return i;
}

void
lt_opt_bad(const char *opt, const char *arg, const char *expected)
{
	fprintf(stderr, "%s: option %s: \"%s\" is not %s\n", lt_prog, opt,
	    arg, expected);
	if (the_cli)
		lt_usage(the_cli);
	exit(LT_EXIT_USAGE);
}
