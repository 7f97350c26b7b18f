/*
 * wide.c - wide year tables, the years as columns: indicators as rows
 * (one region, from the 地区 line; a row per year is written at the
 * end) or regions as rows (one indicator, from the 指标 line or the
 * title; a row per region and year).  Columns computed from the years
 * (增长, 指数) are dropped, and said.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* A column computed from the year columns, not a year of its own:
 * 1987年比1986年增长(%), 平均增长速度, 发展指数. */
static int
derived(const struct lt_field *c)
{
	static const char *const mark[] = { "增长", "增减", "比上年", "指数",
	    "平均", "%", "％" };
	size_t i;

	for (i = 0; i < sizeof(mark) / sizeof(mark[0]); i++)
		if (memmem(c->s, c->len, mark[i], strlen(mark[i])))
			return 1;
	return 0;
}

/* A header that is not a wide year table, with columns of two or more
 * years, some labelled with more than a year (1985年, 1985年女, 1986年,
 * 1986年女: several columns a year): said, as no row gets those years. */
static void
say_years_across(const struct file *f, const struct lt_record *rec)
{
	size_t i, at = 0;
	int y, range[2], y0 = 0, years = 0;

	for (i = 1; i < rec->n; i++) {
		if ((y = pc_year(rec->f[i].s, rec->f[i].len)) == 0 &&
		    !derived(&rec->f[i]) &&
		    (y = pc_title_year(rec->f[i].s, rec->f[i].len, range)) &&
		    at == 0)
			at = i;
		if (y && y != y0) {
			years++;
			y0 = y;
		}
	}
	if (at > 0 && years >= 2)
		lt_warn("%s:%ld: header: columns of several years, some with "
		    "more than a year in the label (column %zu, '%.*s'): not "
		    "read as a wide year table, so no row gets their years; "
		    "the columns are kept as labelled (a table of one column "
		    "a year reads as wide)", f->fname, rec->line, at + 1,
		    (int)rec->f[at].len, rec->f[at].s);
}

/* Is every header cell from the first year on a year, or a column
 * derived from the years (dropped, and said)?  Sets years. */
int
is_wide(struct file *f, const struct lt_record *rec)
{
	size_t i, first = rec->n, n = 0;

	f->years = lt_calloc(rec->n + 1, sizeof(int));
	for (i = 0; i < rec->n; i++) {
		f->years[i] = pc_year(rec->f[i].s, rec->f[i].len);
		if (f->years[i] && first == rec->n)
			first = i;
		if (f->years[i])
			n++;
	}
	if (first != 1 || n == 0) {
		say_years_across(f, rec);
		return 0;
	}
	for (i = first; i < rec->n; i++)
		if (!f->years[i] && !cell_empty(&rec->f[i]) &&
		    !derived(&rec->f[i])) {
			say_years_across(f, rec);
			return 0;
		}
	for (i = first; i < rec->n; i++)
		if (!f->years[i] && !cell_empty(&rec->f[i]))
			lt_warn("%s:%ld: header: column '%.*s' dropped: it is "
			    "computed from the years, which a wide year table "
			    "keeps (compute it again from the rows)", f->fname,
			    rec->line, (int)rec->f[i].len, rec->f[i].s);
	return 1;
}

/* A year column for the sort: its year, then its place. */
struct yearcol {
	int year, col;
};

/* Years ascending, a year's columns in their order (qsort is not
 * stable; the sort was a bubble sort, 43 s for 80,000 columns). */
static int
cmp_year(const void *a, const void *b)
{
	const struct yearcol *x = a, *y = b;

	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

void
sort_years(struct file *f, size_t n)
{
	struct yearcol *yc = lt_calloc(n, sizeof(*yc));
	size_t i;

	f->order = lt_calloc(n, sizeof(int));
	for (i = 0; i < n; i++)
		if (f->years[i]) {
			yc[f->nyears].year = f->years[i];
			yc[f->nyears++].col = (int)i;
		}
	qsort(yc, f->nyears, sizeof(*yc), cmp_year);
	for (i = 0; i < f->nyears; i++)
		f->order[i] = yc[i].col;
	free(yc);
	for (i = 1; i < f->nyears; i++)
		if (f->years[f->order[i]] == f->years[f->order[i - 1]])
			lt_die(LT_EXIT_DATA, "%s:%ld: header: the year %d appears "
			    "twice", f->fname, f->header_line,
			    f->years[f->order[i]]);
}

/* The region of a wide table: its 地区 line. */
static void
region_keys(struct file *f, int name)
{
	f->codes = name && pc_div_active(opt.div);
	if (f->codes)
		add_code_columns(f, 1);
	if (name)
		add_out(f, "name", LT_STR, S_IN, -1, 0);
	add_out(f, "year", LT_INT, S_YEAR, -1, 0);
}

/* A wide table with indicators as rows: remember one row. */
void
wide_ind_row(struct file *f, struct lt_record *rec)
{
	struct incol c;
	char msg[600];
	struct cell cell;
	size_t i, k;

	map_column(f, rec->f[0].s, rec->f[0].len, &c, rec->line);
	if (c.kind != K_NUM && c.kind != K_INT)
		c.kind = K_STR;
	for (k = 0; k < f->nind; k++)
		if (strcmp(f->ind_name[k], c.name) == 0) {
			reject(f, rec->line, rec->f, rec->n, "indicator '%s' "
			    "appears twice", c.name);
			free(c.name);
			free(c.label);
			return;
		}
	run.arena.len = 0;
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];

		if (!clean_value(&run.arena, &c, field_at(rec, col), &cell,
		    msg, sizeof(msg))) {
			reject(f, rec->line, rec->f, rec->n, "%s", msg);
			free(c.name);
			free(c.label);
			return;
		}
	}
	if (f->nind == f->indcap) {
		f->indcap = f->indcap ? 2 * f->indcap : 16;
		f->ind_name = lt_realloc(f->ind_name, f->indcap *
		    sizeof(*f->ind_name));
		f->ind_type = lt_realloc(f->ind_type, f->indcap *
		    sizeof(*f->ind_type));
		f->ind_val = lt_realloc(f->ind_val, f->indcap *
		    sizeof(*f->ind_val));
		f->ind_why = lt_realloc(f->ind_why, f->indcap *
		    sizeof(*f->ind_why));
		f->ind_label = lt_realloc(f->ind_label, f->indcap *
		    sizeof(*f->ind_label));
	}
	f->ind_name[f->nind] = c.name;
	f->ind_label[f->nind] = c.label;
	f->ind_type[f->nind] = c.type;
	f->ind_val[f->nind] = lt_calloc(f->nyears, sizeof(char *));
	f->ind_why[f->nind] = lt_calloc(f->nyears, sizeof(enum pc_missing));
	run.arena.len = 0;
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];

		clean_value(&run.arena, &c, field_at(rec, col),
		    &cell, msg, sizeof(msg));
		f->ind_val[f->nind][i] = lt_strndup(cell_str(&cell),
		    cell.len);
		f->ind_why[f->nind][i] = cell.why;
	}
	f->nind++;
}

/* The end of a wide table with indicators as rows: a row per year. */
void
wide_ind_end(struct file *f)
{
	size_t i, k, first;
	const char *named;

	ctx_indicators(f->ind_name, f->ind_label, f->nind);
	/* No 地区 line: the division the title names is the region. */
	if (!f->region && (named = title_division(f)) != NULL) {
		f->region = lt_strdup(named);
		lt_warn("%s: no 地区 line: the region is the title's, %s",
		    f->fname, f->region);
	}
	region_keys(f, f->region != NULL);
	first = f->noc;
	for (k = 0; k < f->nind; k++)
		add_out(f, f->ind_name[k], f->ind_type[k], S_IND, (int)k,
		    f->ind_type[k] == LT_NUM || f->ind_type[k] == LT_INT);
	f->cells = lt_calloc(f->noc, sizeof(*f->cells));
	write_header(f);
	for (i = 0; i < f->nyears; i++) {
		struct codecells cc;

		run.arena.len = 0;
		memset(&cc, 0, sizeof(cc));
		for (k = 0; k < f->noc; k++) {
			struct cell *c = &f->cells[k];

			switch (f->oc[k].src) {
			case S_IN:
				set_text(c, f->region);
				cc.name = c;
				break;
			case S_YEAR:
				set_year(c, f->years[f->order[i]]);
				break;
			case S_IND:
				set_text(c, f->ind_val[k - first][i]);
				c->why = f->ind_why[k - first][i];
				break;
			default:
				code_cell(&cc, f->oc[k].src, c);
				break;
			}
		}
		cc.year = f->years[f->order[i]];
		row_codes(f, f->header_line, &cc);
		emit(f);
	}
}

/* A wide table with regions as rows: a row per region and year. */
void
wide_reg_row(struct file *f, struct lt_record *rec)
{
	struct cell region;
	struct codecells cc;
	struct incol key = f->col[0];
	char msg[600];
	size_t i, k;

	run.arena.len = 0;
	if (!clean_value(&run.arena, &key, &rec->f[0], &region, msg,
	    sizeof(msg))) {
		reject(f, rec->line, rec->f, rec->n, "%s", msg);
		return;
	}
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];
		struct cell v;

		if (!clean_value(&run.arena, &f->wcol, field_at(rec, col),
		    &v, msg, sizeof(msg))) {
			reject(f, rec->line, rec->f, rec->n, "%s", msg);
			return;
		}
	}
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];

		run.arena.len = 0;
		clean_value(&run.arena, &key, &rec->f[0], &region, msg,
		    sizeof(msg));
		memset(&cc, 0, sizeof(cc));
		for (k = 0; k < f->noc; k++) {
			struct cell *c = &f->cells[k];

			switch (f->oc[k].src) {
			case S_CODE:
				code_cell(&cc, S_CODE, c);
				if (key.kind == K_CODE)
					*c = region;
				break;
			case S_IN:
				*c = region;
				cc.name = c;
				break;
			case S_YEAR:
				set_year(c, f->years[col]);
				break;
			case S_IND:
				clean_value(&run.arena, &f->wcol,
				    field_at(rec, col), c, msg, sizeof(msg));
				break;
			default:
				code_cell(&cc, f->oc[k].src, c);
				break;
			}
		}
		cc.year = f->years[col];
		row_codes(f, rec->line, &cc);
		emit(f);
	}
}

/* Set up a wide table with regions as rows: the 指标 line names the
 * indicator. */
void
wide_reg_plan(struct file *f)
{
	struct incol *c = &f->wcol;
	char ind[PC_LABEL_MAX];

	if (f->indicator) {
		map_column(f, f->indicator, strlen(f->indicator), c,
		    f->header_line);
	} else if (title_indicator(f, ind, sizeof(ind))) {
		map_column(f, ind, strlen(ind), c, f->header_line);
		lt_warn("%s: no 指标 line: the indicator is the title's, %s "
		    "(%s)", f->fname, ind, c->name);
	} else {
		lt_warn("%s: no 指标 line, and the title names no known "
		    "indicator: the values go in a column 'value' (a line "
		    "指标：LABEL before the header names them)", f->fname);
		memset(c, 0, sizeof(*c));
		c->name = lt_strdup("value");
		c->type = LT_NUM;
		c->sc.div = 1;
		c->kind = K_NUM;
	}
	if (c->kind != K_NUM && c->kind != K_INT)
		c->kind = K_STR;
	if (f->col[0].kind == K_CODE) {
		f->follow = !f->col[0].typed && pc_div_active(opt.div);
		add_out(f, "code", LT_CODE, S_CODE, -1, 0);
		add_code_columns(f, 0);
	} else {
		f->codes = pc_div_active(opt.div);
		if (f->codes)
			add_code_columns(f, 1);
		add_out(f, "name", LT_STR, S_IN, 0, 0);
	}
	add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	add_out(f, c->name, c->type, S_IND, 0, c->kind != K_STR);
	f->cells = lt_calloc(f->noc, sizeof(*f->cells));
	write_header(f);
}
