/*
 * mergein.c - the rows of absorb --merge.  Its input is the output of
 * several `absorb --partial` jobs one after another (GNU parallel
 * --pipe --header : ... | absorb --merge), so the header line comes
 * again at the start of each job's part.  The lib's reader would type
 * that line as a row and fail ("code:code" is not a code), so --merge
 * reads records itself (lt_src, lt_csv) and types them only after it
 * has told a repeated header from a row: a record whose code field is
 * the header's code cell is a header line, skipped when it is the same
 * header, an error when it differs.  A code field is digits, so a row
 * can never be taken for a header.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "litu.h"
#include "rollup.h"

#define READ_SIZE (256 * 1024)

struct merge_in {
	const struct lt_cli *cli;
	char **files;
	int nfiles, fi;
	struct lt_src *src;
	const char *fname;
	int file_eof;
	struct lt_csv *csv;

	struct lt_header hdr;
	char **cell;		/* the header's cells as written */
	size_t *cell_len;
	int code_col;

	struct lt_row row;
	struct lt_out *rej;
	long rows, rejected;
};

static int
next_record(struct merge_in *m, struct lt_record **rec)
{
	for (;;) {
		int rc = lt_csv_next(m->csv, rec);
		size_t room, n;
		char *space;

		if (rc != 0 || m->file_eof)
			return rc;
		space = lt_csv_space(m->csv, READ_SIZE, &room);
		n = lt_src_read(m->src, space, room);
		if (n == 0) {
			m->file_eof = 1;
			lt_csv_eof(m->csv);
		} else {
			lt_csv_fill(m->csv, n);
		}
	}
}

static void
open_file(struct merge_in *m)
{
	m->src = lt_src_open(m->files[m->fi]);
	m->fname = lt_src_name(m->src);
	m->file_eof = 0;
	if (m->csv)
		lt_csv_free(m->csv);
	m->csv = lt_csv_new(',');
}

static void
close_file(struct merge_in *m)
{
	if (m->src) {
		lt_src_close(m->src);
		m->src = NULL;
	}
}

/* A field without a UTF-8 byte order mark. */
static void
strip_bom(const char **s, size_t *len)
{
	if (*len >= 3 && memcmp(*s, "\xef\xbb\xbf", 3) == 0) {
		*s += 3;
		*len -= 3;
	}
}

static void
set_header(struct merge_in *m, struct lt_field *f, size_t n, long line)
{
	char err[256];
	size_t i, j;

	m->hdr.n = n;
	m->hdr.col = lt_calloc(n, sizeof(*m->hdr.col));
	m->cell = lt_calloc(n, sizeof(*m->cell));
	m->cell_len = lt_calloc(n, sizeof(*m->cell_len));
	for (i = 0; i < n; i++) {
		const char *s = f[i].s;
		size_t len = f[i].len, bad;

		if (i == 0)
			strip_bom(&s, &len);
		if (!lt_utf8_valid(s, len, &bad))
			lt_die(LT_EXIT_DATA, "%s:%ld: header column %zu: "
			    "invalid UTF-8 (or NUL) at byte %zu", m->fname,
			    line, i + 1, bad + 1);
		if (!lt_header_cell(s, len, &m->hdr.col[i], err, sizeof(err)))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: %s", m->fname,
			    line, err);
		for (j = 0; j < i; j++)
			if (strcmp(m->hdr.col[j].name, m->hdr.col[i].name) == 0)
				lt_die(LT_EXIT_DATA, "%s:%ld: header: column "
				    "'%s' appears twice", m->fname, line,
				    m->hdr.col[i].name);
		m->cell[i] = lt_strndup(s, len);
		m->cell_len[i] = len;
	}
	m->code_col = lt_header_find(&m->hdr, "code");
	if (m->code_col < 0)
		m->code_col = 0;
}

static void
spec_header(struct merge_in *m, const char *spec)
{
	struct lt_field *f = NULL;
	char *copy = lt_strdup(spec), *p = copy, *comma;
	size_t n = 0;

	for (;;) {
		f = lt_realloc(f, (n + 1) * sizeof(*f));
		comma = strchr(p, ',');
		f[n].s = p;
		f[n].len = comma ? (size_t)(comma - p) : strlen(p);
		n++;
		if (!comma)
			break;
		*comma = '\0';
		p = comma + 1;
	}
	m->fname = "--header";
	set_header(m, f, n, 1);
	free(f);
	free(copy);
}

/* The name part of a header cell: "code" of "code:code". */
static size_t
cell_name_len(const char *s, size_t len)
{
	size_t n = len;

	while (n > 0 && s[n - 1] != ':')
		n--;
	return n > 0 ? n - 1 : len;
}

/*
 * Is the record a header line: 0 no, 1 the same header, -1 another?
 * It is one when its code field names the code column, typed or not.
 */
static int
header_line(const struct merge_in *m, const struct lt_record *rec)
{
	const char *s, *name;
	size_t i, len;

	if ((size_t)m->code_col >= rec->n)
		return 0;
	s = rec->f[m->code_col].s;
	len = rec->f[m->code_col].len;
	if (m->code_col == 0)
		strip_bom(&s, &len);
	len = cell_name_len(s, len);
	name = m->hdr.col[m->code_col].name;
	if (len != strlen(name) || memcmp(s, name, len) != 0)
		return 0;
	if (rec->n != m->hdr.n)
		return -1;
	for (i = 0; i < rec->n; i++) {
		s = rec->f[i].s;
		len = rec->f[i].len;
		if (i == 0)
			strip_bom(&s, &len);
		if (len != m->cell_len[i] || memcmp(s, m->cell[i], len) != 0)
			return -1;
	}
	return 1;
}

static void
open_rejects(struct merge_in *m)
{
	size_t i;

	m->rej = lt_out_open_path(m->cli->rejects_path);
	lt_out_column(m->rej, "_line", LT_INT);
	lt_out_column(m->rej, "_error", LT_STR);
	for (i = 0; i < m->hdr.n; i++)
		lt_out_cstr(m->rej, m->hdr.col[i].name);
	lt_out_endrow(m->rej);
}

struct merge_in *
merge_open(const struct lt_cli *cli, int nfiles, char **files)
{
	static char *stdin_only[] = { "-" };
	struct merge_in *m = lt_calloc(1, sizeof(*m));
	struct lt_record *rec;
	int i;

	m->cli = cli;
	m->files = nfiles > 0 ? files : stdin_only;
	m->nfiles = nfiles > 0 ? nfiles : 1;
	/* Every file must open before any output is written. */
	for (i = 0; i < m->nfiles; i++)
		if (strcmp(m->files[i], "-") != 0 &&
		    access(m->files[i], R_OK) != 0)
			lt_die(LT_EXIT_NOINPUT, "cannot open %s:", m->files[i]);
	if (cli->header_spec)
		spec_header(m, cli->header_spec);
	open_file(m);
	while (!cli->header_spec) {
		int rc = next_record(m, &rec);

		if (rc < 0) {
			long line;
			const char *msg = lt_csv_error(m->csv, &line, NULL);

			lt_die(LT_EXIT_DATA, "%s:%ld: header: %s", m->fname,
			    line, msg);
		}
		if (rc > 0) {
			set_header(m, rec->f, rec->n, rec->line);
			break;
		}
		/* An empty file: the header is in the next one. */
		close_file(m);
		if (m->fi + 1 >= m->nfiles)
			break;
		m->fi++;
		open_file(m);
	}
	m->row.v = lt_calloc(m->hdr.n + 1, sizeof(*m->row.v));
	if (cli->rejects_path)
		open_rejects(m);
	return m;
}

const struct lt_header *
merge_header(struct merge_in *m)
{
	return &m->hdr;
}

const char *
merge_file(const struct merge_in *m)
{
	return m->fname;
}

static void
reject_fields(struct merge_in *m, long line, const struct lt_field *f,
    size_t n, const char *msg)
{
	size_t i;

	if (!m->rej)
		lt_die(LT_EXIT_DATA, "%s:%ld: %s", m->fname, line, msg);
	m->rejected++;
	lt_out_int(m->rej, line);
	lt_out_cstr(m->rej, msg);
	for (i = 0; i < n; i++)
		lt_out_field(m->rej, f[i].s, f[i].len);
	lt_out_endrow(m->rej);
}

static void
column_label(char *out, size_t size, const struct lt_header *h, int col)
{
	if (col < 0 || (size_t)col >= h->n)
		out[0] = '\0';
	else if (h->col[col].type == LT_STR)
		snprintf(out, size, "column '%s': ", h->col[col].name);
	else
		snprintf(out, size, "column '%s:%s': ", h->col[col].name,
		    lt_type_name(h->col[col].type));
}

void
merge_reject(struct merge_in *m, const struct lt_row *row, int col,
    const char *msg)
{
	char text[768], label[160];

	column_label(label, sizeof(label), &m->hdr, col);
	snprintf(text, sizeof(text), "%s%s", label, msg);
	reject_fields(m, row->line, row->f, row->n, text);
}

/* Type a record as lt_in does; 0 and a message when it is bad. */
static int
type_record(struct merge_in *m, struct lt_record *rec, char *msg,
    size_t size)
{
	char label[160];
	size_t i, bad;

	if (rec->n != m->hdr.n) {
		snprintf(msg, size, "row has %zu field%s, the header has %zu",
		    rec->n, rec->n == 1 ? "" : "s", m->hdr.n);
		return 0;
	}
	for (i = 0; i < rec->n; i++) {
		const char *s = rec->f[i].s;
		size_t len = rec->f[i].len;
		enum lt_type t = m->hdr.col[i].type;
		enum lt_status st;

		column_label(label, sizeof(label), &m->hdr, (int)i);
		if (!lt_utf8_valid(s, len, &bad)) {
			snprintf(msg, size, "%sinvalid UTF-8 (or a NUL byte) "
			    "at byte %zu of the field", label, bad + 1);
			return 0;
		}
		st = lt_parse_value(t, s, len, &m->row.v[i]);
		if (st == LT_EBAD || st == LT_ERANGE) {
			snprintf(msg, size, "%s\"%.40s\" is not %s", label, s,
			    lt_type_expect(t));
			return 0;
		}
	}
	return 1;
}

int
merge_next(struct merge_in *m, struct lt_row **row)
{
	struct lt_record *rec;
	char msg[512];

	if (m->hdr.n == 0)
		return 0;
	for (;;) {
		int rc = next_record(m, &rec);

		if (rc < 0) {
			long line;
			size_t field;
			const char *err = lt_csv_error(m->csv, &line, &field);
			struct lt_field raw;
			const char *s;
			size_t len;

			snprintf(msg, sizeof(msg), "%s", err);
			if (!m->rej)
				lt_die(LT_EXIT_DATA, "%s:%ld: %s", m->fname,
				    line, msg);
			lt_csv_recover(m->csv, &s, &len);
			raw.s = (char *)s;
			raw.len = len;
			m->rows++;
			reject_fields(m, line, &raw, 1, msg);
			continue;
		}
		if (rc == 0) {
			close_file(m);
			if (m->fi + 1 >= m->nfiles)
				return 0;
			m->fi++;
			open_file(m);
			continue;
		}
		switch (header_line(m, rec)) {
		case 1:
			continue;
		case -1:
			lt_die(LT_EXIT_DATA, "%s:%ld: header differs from the "
			    "first one", m->fname, rec->line);
		}
		m->rows++;
		if (!type_record(m, rec, msg, sizeof(msg))) {
			reject_fields(m, rec->line, rec->f, rec->n, msg);
			continue;
		}
		m->row.f = rec->f;
		m->row.n = rec->n;
		m->row.line = rec->line;
		m->row.quoted = rec->quoted;
		*row = &m->row;
		return 1;
	}
}

void
merge_close(struct merge_in *m)
{
	size_t i;

	close_file(m);
	if (m->rej) {
		lt_out_close(m->rej);
		if (m->rejected > 0)
			lt_warn("%ld of %ld row%s rejected, written to %s",
			    m->rejected, m->rows, m->rows == 1 ? "" : "s",
			    m->cli->rejects_path);
	}
	if (m->csv)
		lt_csv_free(m->csv);
	for (i = 0; i < m->hdr.n; i++) {
		free(m->hdr.col[i].name);
		free(m->cell[i]);
	}
	free(m->hdr.col);
	free(m->cell);
	free(m->cell_len);
	free(m->row.v);
	free(m);
}
