/*
 * rejects.c - the --rejects file: every bad row, with its line and the
 * reason, under a header naming the input's columns; without one, the
 * first bad row stops the program.
 */
#include <stdlib.h>

#include "litu.h"

struct lt_rejects {
	struct lt_out *out;
	const char *path;
	long count;
};

struct lt_rejects *
lt_rejects_open(const char *path, const char *const *names, size_t n)
{
	struct lt_rejects *r = lt_calloc(1, sizeof(*r));
	size_t i;

	r->path = path;
	r->out = lt_out_open_path(path);
	lt_out_column(r->out, "_line", LT_INT);
	lt_out_column(r->out, "_error", LT_STR);
	for (i = 0; i < n; i++)
		lt_out_cstr(r->out, names[i]);
	lt_out_endrow(r->out);
	return r;
}

void
lt_rejects_row(struct lt_rejects *r, const char *fname, long line,
    const struct lt_field *f, size_t n, const char *msg)
{
	size_t i;

	if (!r)
		lt_die(LT_EXIT_DATA, "%s:%ld: %s", fname, line, msg);
	r->count++;
	lt_out_int(r->out, line);
	lt_out_cstr(r->out, msg);
	for (i = 0; i < n; i++)
		lt_out_field(r->out, f[i].s, f[i].len);
	lt_out_endrow(r->out);
}

long
lt_rejects_count(const struct lt_rejects *r)
{
	return r ? r->count : 0;
}

void
lt_rejects_close(struct lt_rejects *r, long rows)
{
	if (!r)
		return;
	lt_out_close(r->out);
	if (r->count > 0)
		lt_warn("%ld of %ld row%s rejected, written to %s", r->count,
		    rows, rows == 1 ? "" : "s", r->path);
	free(r);
}
