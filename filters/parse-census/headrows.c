/*
 * headrows.c - a header of several rows: yearbooks print a head over
 * its sub-labels (乡村从业人员 over 合计 / 农林牧渔业 / 工业), merged
 * cells over two or three rows, the region column spanning them all,
 * sometimes a row of units under the labels.  The rows are found
 * (those right after the header line that cannot be data), the merged
 * (blank) cells filled, and each column's parts joined into the label
 * a one-row header would use (headjoin.c).  The rule is parse-census(1)'s "Headers
 * of several rows"; docs/design.md section 6 gives its place in the
 * reading.
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "headrows.h"

/* Without --header-rows, a header is at most this many rows. */
#define HR_AUTO 4
/* --header-rows at most. */
#define HR_MAX 10

/* The rows of the header read so far, as copies. */
struct pc_hblock {
	char **cell[HR_MAX];
	size_t width[HR_MAX];
	long line, last;	/* where the first and last rows are */
	size_t n;
	struct lt_field first;	/* the last row's first cell */
};


int
pc_hr_continues(const struct lt_record *above, const struct lt_record *rec)
{
	static const struct pc_scale one = { 0, 1 };
	char buf[PC_NUMBUF];
	enum pc_missing why;
	enum pc_vstatus st;
	const char *s, *a;
	size_t i, len, alen, n = 0;

	for (i = 0; i < rec->n; i++) {
		if (cell_empty(&rec->f[i]))
			continue;
		n++;
		st = pc_number(rec->f[i].s, rec->f[i].len, one, 0, buf, &len,
		    &why);
		if (st == PC_V_OK || st == PC_V_NA)
			return 0;
	}
	/* English labels under the header are not joined: they go as
	 * before (not_data). */
	if (n == 0 || english_labels(rec))
		return 0;
	s = field_at(rec, 0)->s;
	len = field_at(rec, 0)->len;
	a = field_at(above, 0)->s;
	alen = field_at(above, 0)->len;
	pc_trim(&s, &len);
	pc_trim(&a, &alen);
	return len == 0 || (len == alen && memcmp(s, a, len) == 0);
}

int
pc_hr_is_known(const char *s, size_t len, void *arg)
{
	(void)arg;
	return pc_label_known(s, len, &opt.map);
}

static void
add_row(struct pc_hblock *b, const struct lt_record *rec)
{
	size_t i;

	b->cell[b->n] = lt_calloc(rec->n + 1, sizeof(**b->cell));
	for (i = 0; i < rec->n; i++)
		b->cell[b->n][i] = lt_strndup(rec->f[i].s, rec->f[i].len);
	b->width[b->n] = rec->n;
	b->first.s = rec->n > 0 ? b->cell[b->n][0] : "";
	b->first.len = rec->n > 0 ? rec->f[0].len : 0;
	b->n++;
}

void
hr_begin(struct file *f, const struct lt_record *rec)
{
	f->hrows = lt_calloc(1, sizeof(*f->hrows));
	f->hrows->line = f->hrows->last = rec->line;
	add_row(f->hrows, rec);
}

int
hr_more(struct file *f, const struct lt_record *rec)
{
	struct pc_hblock *b = f->hrows;
	struct lt_record above = { &b->first, 1, 0, 0, 0 };

	if (is_blank(rec))
		return 1;
	if (opt.header_rows > 0 ? b->n < (size_t)opt.header_rows :
	    b->n < HR_AUTO && pc_hr_continues(&above, rec)) {
		add_row(b, rec);
		b->last = rec->line;
		return 1;
	}
	return 0;
}

struct lt_record *
hr_joined(struct file *f)
{
	struct pc_hblock *b = f->hrows;
	struct lt_record *rec = lt_calloc(1, sizeof(*rec));
	const char **cells;
	char **labels;
	size_t r, i, ncol = 0;

	if (opt.header_rows > 0 && b->n < (size_t)opt.header_rows)
		lt_die(LT_EXIT_DATA, "%s:%ld: --header-rows %d: the input ends "
		    "after %zu header row%s; give the rows the header has",
		    f->fname, b->line, opt.header_rows, b->n,
		    b->n == 1 ? "" : "s");
	for (r = 0; r < b->n; r++)
		if (b->width[r] > ncol)
			ncol = b->width[r];
	rec->line = b->line;
	f->header_last = b->last;
	rec->n = ncol;
	rec->f = lt_calloc(ncol + 1, sizeof(*rec->f));
	if (b->n == 1) {
		/* One row: the header as it was read. */
		for (i = 0; i < ncol; i++) {
			rec->f[i].s = b->cell[0][i];
			rec->f[i].len = strlen(b->cell[0][i]);
			b->cell[0][i] = NULL;
		}
		return rec;
	}
	cells = lt_calloc(b->n * ncol + 1, sizeof(*cells));
	for (r = 0; r < b->n; r++)
		for (i = 0; i < b->width[r]; i++) {
			const char *s = b->cell[r][i];
			size_t len = strlen(s);

			pc_trim(&s, &len);
			cells[r * ncol + i] = lt_strndup(s, len);
		}
	labels = lt_calloc(ncol + 1, sizeof(*labels));
	pc_hr_join(cells, b->n, ncol, labels, pc_hr_is_known, NULL);
	for (i = 0; i < ncol; i++) {
		rec->f[i].s = labels[i] ? labels[i] : lt_strdup("");
		rec->f[i].len = strlen(rec->f[i].s);
	}
	for (i = 0; i < b->n * ncol; i++)
		free((char *)cells[i]);
	free(cells);
	free(labels);
	return rec;
}

void
hr_free(struct file *f, struct lt_record *joined)
{
	struct pc_hblock *b = f->hrows;
	size_t r, i;

	for (r = 0; r < b->n; r++) {
		for (i = 0; i < b->width[r]; i++)
			free(b->cell[r][i]);
		free(b->cell[r]);
	}
	free(b);
	f->hrows = NULL;
	for (i = 0; joined && i < joined->n; i++)
		free(joined->f[i].s);
	if (joined)
		free(joined->f);
	free(joined);
}
