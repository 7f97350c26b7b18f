/*
 * input.c - typed rows from files and stdin.  Bytes come from src.c
 * (which inflates gzip) straight into the parser's buffer, 256 KiB at
 * a time.  Every row is checked: its field count against the
 * header, its bytes as UTF-8, and every typed column as its type.  A
 * bad row stops the program (exit 65) or, with --rejects, is written
 * there with its line and reason.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "litu.h"
#include "internal.h"

#define READ_SIZE (256 * 1024)

struct lt_in {
	const struct lt_cli *cli;
	char **files;
	int nfiles, fi;
	const char *fname;	/* for messages */
	struct lt_src *src;
	int file_eof;
	int file_start;		/* no byte of the file read yet */
	int cr_only;		/* its lines end in CR alone (old Macs) */

	struct lt_csv *csv;
	struct lt_header hdr;
	int from_spec;
	struct lt_row row;
	size_t vcap;

	long rows;
	struct lt_rejects *rej;

	int progress;
	double read_mb;		/* of the files done */
	struct lt_progress prog;

	/* The columns the filter asked for and the header lacks: a column
	 * a letter or two off is taken for a typo, and said. */
	const char *missing[32];
	size_t nmissing;
	int typos_told;
};

static void
show_progress(struct lt_in *in, int final)
{
	lt_progress_show(&in->prog, in->rows, in->read_mb + (in->src ?
	    (double)lt_src_consumed(in->src) / 1e6 : 0), final);
}

static void
open_file(struct lt_in *in)
{
	in->src = lt_src_open(in->files[in->fi]);
	in->fname = lt_src_name(in->src);
	in->file_eof = 0;
	in->file_start = 1;
}

/* Put more bytes of the current file into the parser; 0 at its end. */
static int
fill(struct lt_in *in)
{
	size_t room, n;
	char *space = lt_csv_space(in->csv, READ_SIZE, &room);

	if (in->progress)
		show_progress(in, 0);
	n = lt_src_read(in->src, space, room);
	if (n == 0)
		return 0;
	/* /dev/zero is not text: no line end ever comes. */
	if (lt_csv_pending(in->csv) > LT_LINE_MAX && memchr(space, '\0', n))
		lt_die(LT_EXIT_DATA, "%s:%ld: NUL bytes in a line of more than "
		    "%d MB: not CSV text", in->fname, lt_csv_line(in->csv) + 1,
		    LT_LINE_MAX >> 20);
	/* A UTF-8 byte order mark, as spreadsheets, R and pandas write,
	 * is not part of the first cell (which may be quoted). */
	if (in->file_start && n >= 3 && memcmp(space, "\xef\xbb\xbf", 3) == 0) {
		memmove(space, space + 3, n - 3);
		n -= 3;
	}
	if (in->file_start)
		in->cr_only = memchr(space, '\r', n) && !memchr(space, '\n', n);
	in->file_start = 0;
	if (in->cr_only)
		lt_cr_to_lf(space, n);
	if (n == 0)
		return fill(in);
	lt_csv_fill(in->csv, n);
	return 1;
}

static void
close_file(struct lt_in *in)
{
	if (in->src) {
		in->read_mb += (double)lt_src_consumed(in->src) / 1e6;
		lt_src_close(in->src);
		in->src = NULL;
	}
}

/* Next record of the current file; 0 at its end. */
static int
next_record(struct lt_in *in, struct lt_record **rec)
{
	for (;;) {
		int rc = lt_csv_next(in->csv, rec);

		if (rc != 0)
			return rc;
		if (in->file_eof)
			return 0;
		if (!fill(in)) {
			in->file_eof = 1;
			lt_csv_eof(in->csv);
		}
	}
}

int
lt_in_numeric(struct lt_in *in, const char *name)
{
	const struct lt_header *h = &in->hdr;
	int col = lt_header_find(h, name);

	if (col < 0 && in->nmissing < sizeof(in->missing) /
	    sizeof(in->missing[0]))
		in->missing[in->nmissing++] = name;
	if (col >= 0 && h->col[col].type != LT_INT &&
	    h->col[col].type != LT_NUM)
		lt_die(LT_EXIT_DATA, "%s:1: header: column '%s:%s' must be int "
		    "or num", in->fname, name, lt_type_name(h->col[col].type));
	return col;
}

static void
csv_error_die_or_reject(struct lt_in *in);

/* Read the header line of the current file into h; 0 when empty. */
static int
read_header(struct lt_in *in, struct lt_header *h)
{
	struct lt_record *rec;
	int rc = next_record(in, &rec);

	if (rc < 0) {
		long line;
		const char *msg = lt_csv_error(in->csv, &line, NULL);

		lt_die(LT_EXIT_DATA, "%s:%ld: header: %s", in->fname, line,
		    msg);
	}
	if (rc == 0)
		return 0;
	lt_header_parse(h, rec->f, rec->n, in->fname, rec->line);
	return 1;
}

static void
spec_header(struct lt_in *in, const char *spec)
{
	struct lt_field *f;
	size_t n;
	char *copy = lt_header_split(spec, &f, &n);

	in->fname = "--header";
	lt_header_parse(&in->hdr, f, n, in->fname, 1);
	free(f);
	free(copy);
}

static void
open_rejects(struct lt_in *in)
{
	const char **names = lt_calloc(in->hdr.n + 1, sizeof(*names));
	size_t i;

	for (i = 0; i < in->hdr.n; i++)
		names[i] = in->hdr.col[i].name;
	in->rej = lt_rejects_open(in->cli->rejects_path, names, in->hdr.n);
	free(names);
}

struct lt_in *
lt_in_open(const struct lt_cli *cli, int nfiles, char **files)
{
	static char *stdin_only[] = { "-" };
	struct lt_in *in = lt_calloc(1, sizeof(*in));

	in->cli = cli;
	in->files = nfiles > 0 ? files : stdin_only;
	in->nfiles = nfiles > 0 ? nfiles : 1;
	in->csv = lt_csv_new(',');
	lt_src_check(cli, in->nfiles, in->files);
	lt_progress_start(&in->prog, cli, nfiles, files);
	in->progress = in->prog.on;
	if (cli->header_spec)
		spec_header(in, cli->header_spec);
	in->fi = 0;
	open_file(in);
	if (!cli->header_spec) {
		/* Files that are empty (no header) are skipped. */
		while (!read_header(in, &in->hdr)) {
			close_file(in);
			if (++in->fi == in->nfiles) {
				in->fi--;
				break;
			}
			lt_csv_free(in->csv);
			in->csv = lt_csv_new(',');
			open_file(in);
		}
	}
	in->vcap = in->hdr.n ? in->hdr.n : 1;
	in->row.v = lt_calloc(in->vcap, sizeof(*in->row.v));
	if (cli->rejects_path)
		open_rejects(in);
	return in;
}

const struct lt_header *
lt_in_header(struct lt_in *in)
{
	return &in->hdr;
}

const char *
lt_in_file(const struct lt_in *in)
{
	return in->fname;
}

long
lt_in_rejected(const struct lt_in *in)
{
	return lt_rejects_count(in->rej);
}

long
lt_in_rows(const struct lt_in *in)
{
	return in->rows;
}

static void
reject(struct lt_in *in, long line, struct lt_field *f, size_t n,
    const char *msg)
{
	lt_rejects_row(in->rej, in->fname, line, f, n, msg);
}

void
lt_in_reject(struct lt_in *in, const struct lt_row *row, int col,
    const char *fmt, ...)
{
	char msg[512], label[160];
	size_t off = 0;
	va_list ap;

	if (col >= 0) {
		lt_column_label(label, sizeof(label), &in->hdr, (size_t)col);
		off = (size_t)snprintf(msg, sizeof(msg), "%s: ", label);
	}
	va_start(ap, fmt);
	vsnprintf(msg + off, sizeof(msg) - off, fmt, ap);
	va_end(ap);
	reject(in, row->line, row->f, row->n, msg);
}

static void
csv_error_die_or_reject(struct lt_in *in)
{
	long line;
	size_t field;
	const char *msg = lt_csv_error(in->csv, &line, &field);
	char text[512], label[160];
	struct lt_field raw;
	const char *s;
	size_t len;

	lt_column_label(label, sizeof(label), &in->hdr, field);
	snprintf(text, sizeof(text), "%s: %s", label, msg);
	/* Without --rejects this stops the program. */
	if (!in->rej)
		reject(in, line, NULL, 0, text);
	/* The rejects file gets the text of the line as one field. */
	lt_csv_recover(in->csv, &s, &len);
	raw.s = (char *)s;
	raw.len = len;
	in->rows++;
	reject(in, line, &raw, 1, text);
}

/* Go on to the next file; 0 when there is none. */
static int
next_file(struct lt_in *in)
{
	struct lt_header h = { NULL, 0 };

	close_file(in);
	if (in->fi + 1 >= in->nfiles)
		return 0;
	in->fi++;
	lt_csv_free(in->csv);
	in->csv = lt_csv_new(',');
	open_file(in);
	if (in->cli->header_spec)
		return 1;
	if (!read_header(in, &h))
		return 1;	/* an empty file */
	if (!lt_header_same(&h, &in->hdr))
		lt_header_differs(in->fname, in->files[0], &in->hdr, &h);
	lt_header_free(&h);
	return 1;
}

int
lt_in_next(struct lt_in *in, struct lt_row **row)
{
	struct lt_record *rec;
	char msg[512];

	if (!in->typos_told) {
		in->typos_told = 1;
		lt_header_typos(in->fname, &in->hdr, in->missing,
		    in->nmissing);
	}

	for (;;) {
		int rc = next_record(in, &rec);

		if (rc < 0) {
			csv_error_die_or_reject(in);
			continue;
		}
		if (rc == 0) {
			if (!next_file(in))
				return 0;
			continue;
		}
		if (in->cli->repeated_headers) {
			long col = lt_header_again(&in->hdr, rec);

			if (col == 0)
				continue;
			if (col > 0)
				lt_die(LT_EXIT_DATA, "%s:%ld: header differs from "
				    "the first one (column %ld)", in->fname,
				    rec->line, col);
		}
		in->rows++;
		if (!lt_record_type(&in->hdr, rec, in->row.v, msg, sizeof(msg))) {
			reject(in, rec->line, rec->f, rec->n, msg);
			continue;
		}
		in->row.f = rec->f;
		in->row.n = rec->n;
		in->row.line = rec->line;
		in->row.quoted = rec->quoted;
		*row = &in->row;
		return 1;
	}
}

long
lt_in_close(struct lt_in *in)
{
	long rows = in->rows;

	if (in->progress)
		show_progress(in, 1);
	close_file(in);
	lt_rejects_close(in->rej, in->rows);
	lt_csv_free(in->csv);
	lt_header_free(&in->hdr);
	free(in->row.v);
	free(in);
	return rows;
}
