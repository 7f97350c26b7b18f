/*
 * book.c - a workbook's sheets as records: the sheet --sheet names,
 * and its rows as a CSV export of it gives them (parse-census(1),
 * WORKBOOKS): text per cell, a row per sheet row from the first to the
 * last that holds a value, the blank ones between kept as rows of empty
 * cells, every row as wide as the widest used column.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

/* Rows read ahead for the width of a sheet whose reader does not know
 * it (an .xlsx without a dimension, as streaming writers leave it):
 * its title, header and first rows are among them, and rows after them
 * are as wide as the widest so far. */
#define LOOKAHEAD 512

/* The largest sheet Excel makes: XFD1048576. */
#define MAX_COLS 16384
#define MAX_ROWS 1048576

long
book_cellref(const char *s, long *line)
{
	long col = 0, row = 0;
	size_t i = 0;

	for (; s[i] >= 'A' && s[i] <= 'Z'; i++)
		if ((col = col * 26 + (s[i] - 'A' + 1)) > MAX_COLS)
			return -1;
	if (i == 0)
		return -1;
	for (; s[i] >= '0' && s[i] <= '9'; i++)
		if ((row = row * 10 + (s[i] - '0')) > MAX_ROWS)
			return -1;
	if (s[i] != '\0')
		return -1;
	*line = row;
	return col - 1;
}

/* "乡镇", "县 (chart sheet)", ... for messages. */
static char *
sheet_list(const struct pc_book *b)
{
	char *text = NULL;
	size_t len = 0, i;
	FILE *mem = open_memstream(&text, &len);

	for (i = 0; i < b->nsheet; i++)
		fprintf(mem, "%s\"%s\"%s", i ? ", " : "", b->sheet[i].name,
		    b->sheet[i].worksheet ? "" : " (a chart sheet)");
	if (b->nsheet == 0)
		fprintf(mem, "none");
	fclose(mem);
	return text;
}

static void
no_sheet(const struct pc_book *b, const char *fmt, const char *want)
{
	char *list = sheet_list(b);
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, want);
	lt_die(LT_EXIT_DATA, "%s: %s; its sheets: %s", b->fname, msg, list);
}

size_t
book_pick(const struct pc_book *b, const char *want)
{
	size_t i, n = 0;
	const char *p;

	if (want == NULL) {
		for (i = 0; i < b->nsheet; i++)
			if (b->sheet[i].worksheet)
				return i;
		no_sheet(b, "no worksheet%s", "");
	}
	for (i = 0; i < b->nsheet; i++)
		if (strcmp(b->sheet[i].name, want) == 0)
			break;
	if (i == b->nsheet) {
		for (p = want; *p >= '0' && *p <= '9' && n <= b->nsheet; p++)
			n = n * 10 + (size_t)(*p - '0');
		if (*p != '\0' || p == want || n < 1 || n > b->nsheet)
			no_sheet(b, "--sheet %s: no such sheet", want);
		i = n - 1;
	}
	if (!b->sheet[i].worksheet)
		no_sheet(b, "--sheet %s: a chart sheet, not a worksheet (it "
		    "holds no table)", want);
	return i;
}

void
book_sheet(struct pc_book *b, size_t i)
{
	size_t len = strlen(b->fname) + strlen(b->sheet[i].name) + 3;

	free(b->tablename);
	b->tablename = lt_malloc(len);
	snprintf(b->tablename, len, "%s[%s]", b->fname, b->sheet[i].name);
	b->cur = i;
	b->width = 0;
	b->measure = 0;
	b->nahead = b->ahead_pos = 0;
	b->errors = 0;
	b->last_line = 0;
	b->holding = 0;
	b->ops->open_sheet(b, i);
}

void
row_start(struct pc_row *r)
{
	r->len = 0;
	r->any = 0;
	if (r->ncell > 0)
		memset(r->off, 0, r->ncell * sizeof(*r->off));
	r->ncell = 0;
}

void
row_cell(struct pc_row *r, size_t col, const char *s, size_t len)
{
	if (col >= r->cellcap) {
		size_t cap = r->cellcap ? r->cellcap : 16;

		while (cap <= col)
			cap *= 2;
		r->off = lt_realloc(r->off, cap * sizeof(*r->off));
		memset(r->off + r->cellcap, 0, (cap - r->cellcap) *
		    sizeof(*r->off));
		r->cellcap = cap;
	}
	if (len == 0)
		return;
	if (r->len + len + 1 > r->cap) {
		r->cap = (r->len + len + 1) * 2;
		r->buf = lt_realloc(r->buf, r->cap);
	}
	memcpy(r->buf + r->len, s, len);
	r->buf[r->len + len] = '\0';
	r->off[col] = r->len + 1;
	r->len += len + 1;
	if (col + 1 > r->ncell)
		r->ncell = col + 1;
	r->any = 1;
}

void
book_error_cell(struct pc_book *b, size_t col, long line)
{
	if (b->errors++ == 0) {
		char ref[8];
		size_t n = 0, c = col + 1, i;

		for (; c > 0 && n < sizeof(ref); c = (c - 1) / 26)
			ref[n++] = (char)('A' + (c - 1) % 26);
		for (i = 0; i < n; i++)
			b->first_error[i] = ref[n - 1 - i];
		snprintf(b->first_error + n, sizeof(b->first_error) - n, "%ld",
		    line);
	}
}

/* The row built as a record of width fields (more when it is wider). */
static struct lt_record *
row_record(struct pc_book *b, long line)
{
	struct pc_row *r = &b->row;
	size_t n = r->ncell > b->width ? r->ncell : b->width, i;
	static char empty[1];

	if (n + 1 > r->fcap) {
		r->fcap = n + 1;
		r->f = lt_realloc(r->f, r->fcap * sizeof(*r->f));
	}
	for (i = 0; i < n; i++) {
		if (i < r->ncell && r->off[i] > 0) {
			r->f[i].s = r->buf + r->off[i] - 1;
			r->f[i].len = strlen(r->f[i].s);
		} else {
			r->f[i].s = empty;
			r->f[i].len = 0;
		}
	}
	r->rec.f = r->f;
	r->rec.n = n;
	r->rec.line = line;
	r->rec.quoted = 1;
	r->rec.checked = 0;
	return &r->rec;
}

static struct lt_record *
blank_record(struct pc_book *b, long line)
{
	static char empty[1];
	size_t i;

	if (b->blank.n < b->width) {
		b->blank.f = lt_realloc(b->blank.f, (b->width + 1) *
		    sizeof(*b->blank.f));
		for (i = 0; i < b->width; i++) {
			b->blank.f[i].s = empty;
			b->blank.f[i].len = 0;
		}
	}
	b->blank.n = b->width > 0 ? b->width : 1;
	if (b->blank.f == NULL)
		b->blank.f = lt_calloc(2, sizeof(*b->blank.f));
	if (b->width == 0) {
		b->blank.f[0].s = empty;
		b->blank.f[0].len = 0;
	}
	b->blank.line = line;
	return &b->blank;
}

/* The next row of the reader that holds a value (blank rows wait for
 * one after them: those at the end are no part of the table). */
static int
next_valued(struct pc_book *b, long *line)
{
	do {
		if (!b->ops->next_row(b, line))
			return 0;
	} while (!b->row.any);
	if (b->row.ncell > b->width)
		b->width = b->row.ncell;
	return 1;
}

static void
held_free(struct pc_book *b)
{
	size_t i;

	for (i = 0; i < b->nahead; i++) {
		free(b->ahead[i].buf);
		free(b->ahead[i].off);
	}
	b->nahead = b->ahead_pos = 0;
}

/* Read the first rows ahead, for the width. */
static void
read_ahead(struct pc_book *b)
{
	struct pc_row *r = &b->row;
	struct pc_heldrow *h;
	long line;

	b->measure = 0;
	if (b->ahead == NULL)
		b->ahead = lt_calloc(LOOKAHEAD, sizeof(*b->ahead));
	while (b->nahead < LOOKAHEAD && next_valued(b, &line)) {
		h = &b->ahead[b->nahead++];
		h->line = line;
		h->len = r->len;
		h->ncell = r->ncell;
		h->buf = lt_malloc(r->len + 1);
		memcpy(h->buf, r->buf, r->len);
		h->off = lt_malloc((r->ncell + 1) * sizeof(*h->off));
		memcpy(h->off, r->off, r->ncell * sizeof(*h->off));
	}
}

/* The next row with a value: read ahead, or from the reader. */
static int
next_row(struct pc_book *b, long *line)
{
	struct pc_row *r = &b->row;
	struct pc_heldrow *h;

	if (b->measure)
		read_ahead(b);
	if (b->ahead_pos == b->nahead) {
		held_free(b);
		return next_valued(b, line);
	}
	h = &b->ahead[b->ahead_pos++];
	row_start(r);
	if (h->ncell > 0)
		row_cell(r, h->ncell - 1, "", 0);
	if (h->len > r->cap) {
		r->cap = h->len;
		r->buf = lt_realloc(r->buf, r->cap);
	}
	memcpy(r->buf, h->buf, h->len);
	memcpy(r->off, h->off, h->ncell * sizeof(*r->off));
	r->len = h->len;
	r->ncell = h->ncell;
	r->any = 1;
	*line = h->line;
	return 1;
}

int
book_next(struct pc_book *b, struct lt_record **rec)
{
	long line;

	if (!b->holding) {
		if (!next_row(b, &line))
			return 0;
		if (line <= b->last_line)
			lt_die(LT_EXIT_DATA, "%s:%ld: row %ld comes after row "
			    "%ld (rows out of order: the file is corrupt)",
			    b->tablename, line, line, b->last_line);
		b->held_line = line;
		b->holding = 1;
	}
	if (b->last_line + 1 < b->held_line) {
		*rec = blank_record(b, ++b->last_line);
		return 1;
	}
	b->holding = 0;
	b->last_line = b->held_line;
	*rec = row_record(b, b->held_line);
	return 1;
}

void
book_free(struct pc_book *b)
{
	size_t i;

	if (b->ops)
		b->ops->close(b);
	held_free(b);
	free(b->ahead);
	for (i = 0; i < b->nsheet; i++) {
		free(b->sheet[i].name);
		free(b->sheet[i].part);
	}
	free(b->sheet);
	free(b->tablename);
	free(b->row.buf);
	free(b->row.off);
	free(b->row.f);
	free(b->blank.f);
}
