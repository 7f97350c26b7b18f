/*
 * rowcount.c - the rows --partial outputs read, and --merge
 * --expect-rows: a merge of partials must account for every row of
 * the input, or a block was lost (a job that died, a host that went
 * away, a retried job given empty input) and the sums are short.
 */
#include <stdint.h>
#include <string.h>

#include "litu.h"

/* v (0 or more) with a comma between thousands: 59,812. */
static const char *
thousands(char *buf, size_t size, int64_t v)
{
	char digits[LT_NUMBUF];
	size_t n = lt_fmt_int(digits, v), i, o = 0;

	for (i = 0; i < n && o + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
	return buf;
}

void
lt_rows_check(int64_t read, int64_t expected)
{
	char r[40], e[40], d[40];

	if (read < expected)
		lt_die(LT_EXIT_DATA, "merged partials read %s row%s, expected "
		    "%s: %s row%s missing; a block was lost (rerun the "
		    "partials)", thousands(r, sizeof(r), read), read == 1 ?
		    "" : "s", thousands(e, sizeof(e), expected),
		    thousands(d, sizeof(d), expected - read),
		    expected - read == 1 ? "" : "s");
	if (read > expected)
		lt_die(LT_EXIT_DATA, "merged partials read %s row%s, expected "
		    "%s: %s row%s too many; a block was merged twice, or the "
		    "count is not this input's", thousands(r, sizeof(r), read),
		    read == 1 ? "" : "s", thousands(e, sizeof(e), expected),
		    thousands(d, sizeof(d), read - expected),
		    read - expected == 1 ? "" : "s");
}

void
lt_rows_missing(const char *file)
{
	lt_die(LT_EXIT_DATA, "%s:1: header: no column rows_read: "
	    "--expect-rows needs partials that carry the rows they read "
	    "(rerun the partials with this %s)", file, lt_prog);
}

int
lt_rows_add(int64_t *total, const char *s, size_t len)
{
	int64_t v;

	if (lt_parse_int(s, len, &v) != LT_OK || v < 0)
		return 0;
	return !__builtin_add_overflow(*total, v, total);
}
