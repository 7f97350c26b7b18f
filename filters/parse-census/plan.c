/*
 * plan.c - the output: which columns are written (the input's, with
 * code, level and year added where they are known), the header, once
 * for all files, and a row by that plan, wide or one row per value with
 * --long.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

void
add_out(struct file *f, const char *name, enum lt_type t, enum src src,
    int in, int ind)
{
	struct ocol *o;

	/* Doubled, not one more: a realloc that copies (ASan's) made
	 * 80,000 columns quadratic. */
	if (f->noc == f->occap) {
		f->occap = f->occap ? 2 * f->occap : 16;
		f->oc = lt_realloc(f->oc, f->occap * sizeof(*f->oc));
	}
	o = &f->oc[f->noc++];
	o->name = lt_strdup(name);
	o->type = t;
	o->src = src;
	o->in = in;
	o->ind = ind;
	o->flag = ind && opt.flags;
}

/* A title's range of years is no row's year (it was once taken as
 * the last): said when no column gives the rows' year. */
static void
say_range(const struct file *f)
{
	char names[64] = "";

	if (f->codes)
		snprintf(names, sizeof(names), ", names matched with those of "
		    "%d", f->title_range[1]);
	lt_warn("%s: the title names the years %d-%d and no column gives a "
	    "row's year: rows written without a year%s (give --year YEAR "
	    "when the table is of one year)", f->fname, f->title_range[0],
	    f->title_range[1], names);
}

/* A value (melted by --long, flagged by --flags), not a key: a number
 * but the year a division's territory changed. */
static int
is_value(const struct incol *c)
{
	return (c->kind == K_NUM || c->kind == K_INT) &&
	    strcmp(c->name, "boundary_changed") != 0;
}

/* The columns of the history, unless the input has them. */
static void
add_history_columns(struct file *f)
{
	if (find_col(f, "code_then") >= 0)
		return;
	add_out(f, "code_then", LT_CODE, S_THEN, -1, 0);
	add_out(f, "boundary_changed", LT_INT, S_BOUNDARY, -1, 0);
	add_out(f, "code_successors", LT_STR, S_SUCC, -1, 0);
}

void
add_code_columns(struct file *f, int code)
{
	if (code)
		add_out(f, "code", LT_CODE, S_CODE, -1, 0);
	if (find_col(f, "level") < 0)
		add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
	if (f->codes || f->follow)
		add_history_columns(f);
}

/* Which rows get codes: a table's names, unless its codes are typed
 * (litu's own output passes through); a raw table's codes are followed
 * to today's. */
static void
plan_codes(struct file *f)
{
	int raw = f->col_code < 0 || !f->col[f->col_code].typed;

	if (!pc_div_active(opt.div))
		return;
	if (f->col_name < 0 && pc_div_given(opt.div) > 0)
		lt_warn("%s:%ld: header: --divisions: no column of region "
		    "names (such as 地区, 乡镇名称, 县(市、区)); no codes "
		    "attached", f->fname, f->header_line);
	f->codes = f->col_name >= 0 && raw;
	f->follow = f->col_code >= 0 && raw;
}

/* The output columns of an ordinary table, in input order. */
void
plan_table(struct file *f)
{
	int add_year = f->col_year < 0 && rows_year(f) != 0;
	const char *named;
	size_t i;

	plan_codes(f);
	if (f->col_year < 0 && !add_year && f->title_range[0])
		say_range(f);
	/* No column of regions: the rows are the division the title
	 * names (榆树县农村经济基本情况, a row a year). */
	if (f->col_name < 0 && f->col_code < 0 &&
	    (named = title_division(f)) != NULL) {
		free(f->region);
		f->region = lt_strdup(named);
		lt_warn("%s: no column of regions: every row is the title's "
		    "%s", f->fname, f->region);
		f->codes = 1;
		add_code_columns(f, 1);
		add_out(f, "name", LT_STR, S_REGION, -1, 0);
		if (add_year)
			add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	} else if (add_year && f->col_name < 0 && f->col_code < 0)
		add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	for (i = 0; i < f->ncol; i++) {
		struct incol *c = &f->col[i];

		if (c->kind == K_DROP)
			continue;
		if ((int)i == f->col_name && f->codes && f->col_code < 0)
			add_code_columns(f, 1);
		if (c->kind == K_LEVEL) {
			add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
			continue;
		}
		add_out(f, c->name, c->type, S_IN, (int)i, is_value(c));
		if (c->has_flag_col)
			f->oc[f->noc - 1].flag = 0;
		ctx_plan(f, i);
		if ((int)i == f->col_code)
			add_code_columns(f, 0);
		if (add_year && ((int)i == f->col_name || (f->col_name < 0 &&
		    (int)i == f->col_code)))
			add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	}
}

/* The header of the output, written once for all files. */
void
write_header(struct file *f)
{
	struct lt_out *o;
	char *text = NULL;
	size_t len = 0, i;
	FILE *mem = open_memstream(&text, &len);
	int wrote_keys = 0;

	/* The same text decides whether later files fit the first. */
	for (i = 0; i < f->noc; i++) {
		fprintf(mem, "%s:%d,", f->oc[i].name, f->oc[i].type);
		wrote_keys |= f->oc[i].ind;
		/* --long adds indicator and value: a key of either name
		 * would make two columns of one name. */
		if (opt.long_form && !f->oc[i].ind &&
		    (strcmp(f->oc[i].name, "indicator") == 0 ||
		    strcmp(f->oc[i].name, "value") == 0 ||
		    strcmp(f->oc[i].name, "value_flag") == 0))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: --long writes the "
			    "columns indicator and value, and the input has a "
			    "column '%s' (rename it with --map)", f->fname,
			    f->header_line, f->oc[i].name);
	}
	fprintf(mem, "%d", opt.long_form);
	fclose(mem);
	if (run.first_header) {
		if (strcmp(run.first_header, text) != 0)
			lt_die(LT_EXIT_DATA, "%s:%ld: header: the columns differ "
			    "from the first file's", f->fname, f->header_line);
		free(text);
		return;
	}
	run.first_header = text;
	o = run.out;
	if (opt.all_sheets)
		lt_out_column(o, "sheet", LT_STR);
	for (i = 0; i < f->noc; i++) {
		if (opt.long_form && f->oc[i].ind)
			continue;
		lt_out_column(o, f->oc[i].name, f->oc[i].type);
		if (!opt.long_form && f->oc[i].flag) {
			char name[PC_LABEL_MAX + 8];

			snprintf(name, sizeof(name), "%s_flag", f->oc[i].name);
			lt_out_column(o, name, LT_STR);
		}
	}
	if (opt.long_form) {
		lt_out_column(o, "indicator", LT_STR);
		lt_out_column(o, "value", LT_NUM);
		if (opt.flags)
			lt_out_column(o, "value_flag", LT_STR);
	}
	lt_out_endrow(o);
	(void)wrote_keys;
}

static void
put_cell(const struct cell *c)
{
	if (c->len == 0)
		lt_out_na(run.out);
	else if (c->plain)
		lt_out_plain(run.out, cell_str(c), c->len);
	else
		lt_out_field(run.out, cell_str(c), c->len);
}

/* With --all-sheets, each row starts with its sheet's name. */
static void
put_sheet(void)
{
	if (!opt.all_sheets)
		return;
	if (run.sheet)
		lt_out_field(run.out, run.sheet, strlen(run.sheet));
	else
		lt_out_na(run.out);
}

/* The key columns of --long, in order: each row of a table of 80,000
 * values looked for them among all columns (40 s). */
static void
plan_keys(struct file *f)
{
	size_t i;

	f->okey = lt_calloc(f->noc + 1, sizeof(*f->okey));
	for (i = 0; i < f->noc; i++)
		if (!f->oc[i].ind)
			f->okey[f->nokey++] = i;
}

/* Write one logical row: wide, or one row per value with --long. */
void
emit(struct file *f)
{
	size_t i, j;

	if (!opt.long_form) {
		put_sheet();
		for (i = 0; i < f->noc; i++) {
			put_cell(&f->cells[i]);
			if (f->oc[i].flag)
				lt_out_cstr(run.out, pc_missing_name(
				    f->cells[i].why));
		}
		lt_out_endrow(run.out);
		return;
	}
	if (!f->okey)
		plan_keys(f);
	for (j = 0; j < f->noc; j++) {
		if (!f->oc[j].ind)
			continue;
		put_sheet();
		for (i = 0; i < f->nokey; i++)
			put_cell(&f->cells[f->okey[i]]);
		lt_out_cstr(run.out, f->oc[j].name);
		put_cell(&f->cells[j]);
		if (opt.flags)
			lt_out_cstr(run.out, pc_missing_name(f->cells[j].why));
		lt_out_endrow(run.out);
	}
}
