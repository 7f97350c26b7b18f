/*
 * lt-cat - the lib's read and write path alone: every row is read,
 * checked and typed, then written back unchanged.  make bench measures
 * it beside cat(1) and the filters; it is the ceiling of any filter.
 */
#include <getopt.h>

#include "litu.h"

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	struct lt_plan plan;
	struct lt_row *row;
	int c;

	lt_setprog(argv);
	lt_cli_init(&cli, "[-o file] [file ...]", "");
	while ((c = getopt_long(argc, argv, LT_SHORTOPTS, longopts, NULL)) != -1)
		if (!lt_cli_option(&cli, c, optarg))
			lt_usage(&cli);
	in = lt_in_open(&cli, argc - optind, argv + optind);
	out = lt_out_open(&cli);
	lt_plan_init(&plan, lt_in_header(in));
	if (plan.out.n > 0)
		lt_out_header(out, &plan.out);
	while (lt_in_next(in, &row)) {
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	lt_in_close(in);
	lt_out_close(out);
	lt_plan_free(&plan);
	return 0;
}
