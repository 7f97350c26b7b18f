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

/* The year of the file when no column gives it. */
static int
file_year(const struct file *f)
{
	if (opt.year)
		return opt.year;
	return f->title_year ? f->title_year : f->time_year;
}

/* The code of a region name from --divisions; NULL when none. */
static const char *
division_code(struct file *f, long line, const char *name, size_t len,
    const char *parent_name, size_t plen)
{
	const char *parent = f->parent ? f->parent : "", *code;
	int amb;

	if (len == 0)
		return NULL;
	if (plen > 0) {
		const char *p = pc_div_match(opt.div, parent, parent_name, plen,
		    &amb);

		if (p)
			parent = p;
	}
	if ((code = pc_div_match(opt.div, parent, name, len, &amb)))
		return code;
	if (++run.unmatched <= 10)
		lt_warn("%s:%ld: --divisions: %s division named \"%.*s\"%s%s; "
		    "code left empty", f->fname, line, amb ? "more than one" :
		    "no", (int)len, name, *parent ? " under " : "", parent);
	return NULL;
}

/* The code and level cells of a row. */
void
code_and_level(struct file *f, long line, struct cell *code_cell,
    struct cell *level_cell, const struct cell *name_cell,
    const struct cell *parent_cell)
{
	size_t len;

	if (code_cell && code_cell->len == 0 && opt.div && name_cell)
		set_text(code_cell, division_code(f, line,
		    cell_str(name_cell), name_cell->len, parent_cell ?
		    cell_str(parent_cell) : "", parent_cell ?
		    parent_cell->len : 0));
	if (!level_cell)
		return;
	len = code_cell ? code_cell->len : 0;
	set_text(level_cell, len ? lt_level_name(lt_code_level(
	    cell_str(code_cell), len)) : NULL);
}

/* Every value of a row cleaned into in[] and a (cleared) arena; 0 with
 * msg when one is bad. */
static int
clean_row(const struct file *f, const struct lt_record *rec, struct arena *a,
    struct cell *in, char *msg, size_t msize)
{
	size_t i;

	a->len = 0;
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

/* One data row of an ordinary table. */
void
table_row(struct file *f, struct lt_record *rec)
{
	struct cell *in = f->cells + f->noc;
	struct cell *code = NULL, *level = NULL;
	char msg[600];
	size_t i;

	if (!clean_row(f, rec, &run.arena, in, msg, sizeof(msg))) {
		reject(f, rec->line, rec->f, rec->n, "%s", msg);
		return;
	}
	for (i = 0; i < f->noc; i++) {
		struct ocol *o = &f->oc[i];

		switch (o->src) {
		case S_IN:
			f->cells[i] = in[o->in];
			if (o->in == f->col_code)
				code = &f->cells[i];
			if (f->col[o->in].kind == K_YEAR &&
			    f->cells[i].len == 0 && opt.year)
				set_year(&f->cells[i], opt.year);
			break;
		case S_CODE:
			set_text(&f->cells[i], NULL);
			code = &f->cells[i];
			break;
		case S_LEVEL:
			level = &f->cells[i];
			break;
		case S_YEAR:
			set_year(&f->cells[i], file_year(f));
			break;
		default:
			break;
		}
	}
	code_and_level(f, rec->line, code, level, f->col_name >= 0 ?
	    &in[f->col_name] : NULL, f->col_parent >= 0 ?
	    &in[f->col_parent] : NULL);
	emit(f);
}
