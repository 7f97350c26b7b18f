/*
 * rows.c - one data row of an ordinary table: its field count checked,
 * its values cleaned, the code attached from --divisions and the level
 * from the code; a bad row stops or goes to --rejects.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "parse.h"

void
reject(struct file *f, long line, const struct lt_field *fld, size_t n,
    const char *fmt, ...)
{
	char msg[600];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lt_rejects_row(run.rej, f->fname, line, fld, n, msg);
}

int
rows_year(const struct file *f)
{
	if (opt.year)
		return opt.year;
	if (f->title_year && !f->title_range[0])
		return f->title_year;
	return f->time_year;
}

int
file_year(const struct file *f)
{
	if (opt.year)
		return opt.year;
	if (f->title_year || f->time_year)
		return f->title_year ? f->title_year : f->time_year;
	/* A wide year table: its last year. */
	return f->nyears > 0 ? f->years[f->order[f->nyears - 1]] : 0;
}

static int row_year(const struct file *f, const struct cell *in);

/* Every value of a row cleaned into in[] and a (cleared) arena; 0 with
 * msg when one is bad. */
static int
clean_row(const struct file *f, const struct lt_record *rec, struct arena *a,
    struct cell *in, char *msg, size_t msize)
{
	size_t i;

	a->len = 0;
	if (f->has_cats && !opt.industry_scheme && f->col_year >= 0) {
		/* The industry letters of the row's census year. */
		if (!clean_value(a, &f->col[f->col_year], field_at(rec,
		    f->col_year), &in[f->col_year], msg, msize))
			return 0;
		run.scheme = pc_cat_scheme_of_year(row_year(f, in));
	}
	for (i = 0; i < f->ncol; i++)
		if (!clean_value(a, &f->col[i], field_at(rec, i),
		    &in[i], msg, msize))
			return 0;
	return 1;
}

/* Rows with more cells than the header: only empty ones may follow. */
int
ragged(struct file *f, struct lt_record *rec)
{
	size_t i;

	if (rec->n < f->ncol) {
		reject(f, rec->line, rec->f, rec->n, "row has %zu field%s, the "
		    "header has %zu", rec->n, rec->n == 1 ? "" : "s", f->ncol);
		return 1;
	}
	for (i = f->ncol; i < rec->n; i++)
		if (!cell_empty(&rec->f[i])) {
			reject(f, rec->line, rec->f, rec->n, "row has %zu "
			    "fields, the header has %zu (field %zu is not "
			    "empty)", rec->n, f->ncol, i + 1);
			return 1;
		}
	return 0;
}

/* The year of a row: its year column, else the file's. */
static int
row_year(const struct file *f, const struct cell *in)
{
	const char *s;

	/* A year cell is cleaned to four digits. */
	if (f->col_year >= 0 && in[f->col_year].len == 4) {
		s = cell_str(&in[f->col_year]);
		return ((s[0] - '0') * 10 + s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + s[3] - '0';
	}
	return file_year(f);
}

/* One data row of an ordinary table. */
void
table_row(struct file *f, struct lt_record *rec)
{
	struct cell *in = f->cells + f->noc, *region = NULL;
	struct codecells cc;
	char msg[600];
	size_t i;

	if (!clean_row(f, rec, &run.arena, in, msg, sizeof(msg))) {
		reject(f, rec->line, rec->f, rec->n, "%s", msg);
		return;
	}
	memset(&cc, 0, sizeof(cc));
	cc.year = row_year(f, in);
	if (f->pt_check)
		ctx_row_year(f, rec->line, cc.year);
	for (i = 0; i < f->noc; i++) {
		struct ocol *o = &f->oc[i];

		switch (o->src) {
		case S_IN:
			f->cells[i] = in[o->in];
			if (o->in == f->col_code)
				cc.code = &f->cells[i];
			if (f->col[o->in].kind == K_YEAR &&
			    f->cells[i].len == 0 && opt.year)
				set_year(&f->cells[i], opt.year);
			break;
		case S_YEAR:
			set_year(&f->cells[i], rows_year(f));
			break;
		case S_REGION:
			set_text(&f->cells[i], f->region);
			region = &f->cells[i];
			break;
		case S_CTX:
			ctx_value(f, o, cc.year, &f->cells[i]);
			break;
		default:
			code_cell(&cc, o->src, &f->cells[i]);
			break;
		}
	}
	cc.name = f->col_name >= 0 ? &in[f->col_name] : region;
	cc.parent = f->col_parent >= 0 ? &in[f->col_parent] : NULL;
	row_codes(f, rec->line, &cc);
	emit(f);
}
