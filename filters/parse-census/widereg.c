/*
 * widereg.c - a wide year table with regions as rows: a row per region
 * and year.  The indicator is the 指标 line's, else the title's; a year
 * with several columns (1986年, 1986年男, 1986年女: the same every year)
 * gives a column each, its label the indicator's and the column's
 * (乡村人口, 乡村人口男, 乡村人口女), mapped as any header label.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "headrows.h"

/* The table's indicator, from the 指标 line or the title; 0 when none
 * (said). */
static int
indicator(struct file *f, char *buf, size_t size)
{
	int units = has_unit_line(f);

	if (f->indicator) {
		snprintf(buf, size, "%s", f->indicator);
		return 1;
	}
	if (title_indicator(f, buf, size))
		return 1;
	lt_warn("%s: no 指标 line, and the title names no known indicator: "
	    "%s%s (a line 指标：LABEL before the header names them)", f->fname,
	    f->nsub > 1 ? "the columns are named by their labels after the "
	    "year" : "the values go in a column 'value'", !units ? "" :
	    f->nsub > 1 ? " (those of no field keep their values as "
	    "printed)" : ", as printed: the 单位 line's units are not "
	    "applied");
	return 0;
}

/* Is a year's label no more than a unit (1985年（万人）, or 万人 under
 * 1985年)?  Then it is the total's, in that unit. */
static int
unit_only(const char *sub)
{
	struct pc_label l;

	pc_label_clean(sub, strlen(sub), &l);
	return l.len == 0 && l.elen == 0;
}

/* Does the label after a year name a field: as it is (外出劳动力), with
 * the 年 (末总人口: 年末总人口), or without the 末, 底 or 初 of 年末, 年底,
 * 年初 (末农业人口: 农业人口)?  The label in out; 0 when none. */
static int
own_field(const char *sub, char *out, size_t size)
{
	static const char *const part[] = { "末", "底", "初" };
	size_t i;

	if (!*sub || unit_only(sub))
		return 0;
	snprintf(out, size, "%s", sub);
	if (pc_label_known(out, strlen(out), &opt.map))
		return 1;
	snprintf(out, size, "年%s", sub);
	if (pc_label_known(out, strlen(out), &opt.map))
		return 1;
	for (i = 0; i < sizeof(part) / sizeof(part[0]); i++)
		if (strncmp(sub, part[i], 3) == 0 && sub[3] != '\0') {
			snprintf(out, size, "%s", sub + 3);
			if (pc_label_known(out, strlen(out), &opt.map))
				return 1;
		}
	return 0;
}

/* Does the label after a year begin with the rest of 年末, 年底, 年初? */
static int
year_part(const char *sub)
{
	return strncmp(sub, "末", 3) == 0 || strncmp(sub, "底", 3) == 0 ||
	    strncmp(sub, "初", 3) == 0;
}

/* The column of a year's k-th label: a field's label (own_field), else
 * the indicator's and the label's joined as a sub-label joins its head
 * (农村劳动力 and 工业: 工业劳动力; and 女: 农村劳动力女); a unit alone, or
 * the total (1986年 alone), is the indicator's.  Without an indicator
 * the label as printed, its 年 kept (年末农户数). */
static void
sub_column(struct file *f, const char *ind, size_t k, struct incol *c)
{
	const char *sub = f->subs ? f->subs[k] : "", *noun;
	char label[PC_LABEL_MAX];
	struct pc_label l;
	size_t n;

	pc_label_clean(sub, strlen(sub), &l);
	if (own_field(sub, label, sizeof(label))) {
		/* label is the field's */
	} else if (ind && l.len > 0) {
		n = pc_hr_sub(ind, l.text, NULL, pc_hr_is_known, NULL, label,
		    &noun);
		if (l.unit)
			snprintf(label + n, sizeof(label) - n, "(%s)",
			    l.unit->word);
	} else if (ind || !*sub) {
		snprintf(label, sizeof(label), "%s%s", ind ? ind : "", sub);
	} else {
		snprintf(label, sizeof(label), "%s%s", unit_only(sub) ?
		    "value" : year_part(sub) ? "年" : "", sub);
	}
	if (*label) {
		map_column(f, label, strlen(label), c, f->header_line);
	} else {
		memset(c, 0, sizeof(*c));
		c->name = lt_strdup("value");
		c->type = LT_NUM;
		c->sc.div = 1;
		c->kind = K_NUM;
	}
	if (c->kind == K_YEAR || c->kind == K_NAME || c->kind == K_CODE)
		lt_die(LT_EXIT_DATA, "%s:%ld: header: the years' column '%s' "
		    "maps to '%s', a key of the rows (name it with --map)",
		    f->fname, f->header_line, label, c->name);
	if (c->kind != K_NUM && c->kind != K_INT)
		c->kind = K_STR;
}

/* Set up a wide table with regions as rows. */
void
wide_reg_plan(struct file *f)
{
	char ind[PC_LABEL_MAX];
	int has = 0;
	size_t k, j;

	/* The indicator, when a column needs it. */
	for (k = 0; k < f->nsub && !has; k++)
		has = !f->subs || !own_field(f->subs[k], ind, sizeof(ind));
	has = has && indicator(f, ind, sizeof(ind));

	f->wcols = lt_calloc(f->nsub, sizeof(*f->wcols));
	for (k = 0; k < f->nsub; k++)
		sub_column(f, has ? ind : NULL, k, &f->wcols[k]);
	if (has && !f->indicator) {
		struct pc_label l;
		struct pc_target t;

		pc_label_clean(ind, strlen(ind), &l);
		lt_warn("%s: no 指标 line: the indicator is the title's, %s "
		    "(%s)", f->fname, ind, pc_label_lookup(&l, &opt.map, &t) ?
		    t.name : f->wcols[0].name);
	}
	for (k = 0; k < f->nsub; k++)
		for (j = 0; j < k; j++)
			if (strcmp(f->wcols[j].name, f->wcols[k].name) == 0)
				lt_die(LT_EXIT_DATA, "%s:%ld: header: the "
				    "columns '%s' and '%s' of a year both map "
				    "to '%s' (see --map)", f->fname,
				    f->header_line, f->subs[j], f->subs[k],
				    f->wcols[k].name);
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
	for (k = 0; k < f->nsub; k++)
		add_out(f, f->wcols[k].name, f->wcols[k].type, S_IND, (int)k,
		    f->wcols[k].kind != K_STR);
	f->cells = lt_calloc(f->noc, sizeof(*f->cells));
	write_header(f);
}

/* Every value of the row clean, else the row is rejected (0). */
static int
row_clean(struct file *f, struct lt_record *rec)
{
	char msg[600];
	struct cell v;
	size_t i;

	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];

		run.arena.len = 0;
		if (!clean_value(&run.arena, &f->wcols[f->sub[col]],
		    field_at(rec, col), &v, msg, sizeof(msg))) {
			reject(f, rec->line, rec->f, rec->n, "%s", msg);
			return 0;
		}
	}
	return 1;
}

/* The row of one year: its first column in order is at. */
static void
year_row(struct file *f, struct lt_record *rec, const struct cell *region,
    const struct incol *key, size_t at)
{
	struct codecells cc;
	char msg[600];
	int year = f->years[f->order[at]];
	size_t k;

	memset(&cc, 0, sizeof(cc));
	for (k = 0; k < f->noc; k++) {
		struct cell *c = &f->cells[k];
		int col;

		switch (f->oc[k].src) {
		case S_CODE:
			code_cell(&cc, S_CODE, c);
			if (key->kind == K_CODE)
				*c = *region;
			break;
		case S_IN:
			*c = *region;
			cc.name = c;
			break;
		case S_YEAR:
			set_year(c, year);
			break;
		case S_IND:
			col = f->order[at + (size_t)f->oc[k].in];
			clean_value(&run.arena, &f->wcols[f->oc[k].in],
			    field_at(rec, col), c, msg, sizeof(msg));
			break;
		default:
			code_cell(&cc, f->oc[k].src, c);
			break;
		}
	}
	cc.year = year;
	row_codes(f, rec->line, &cc);
	emit(f);
}

/* A row per region and year. */
void
wide_reg_row(struct file *f, struct lt_record *rec)
{
	struct cell region;
	struct incol key = f->col[0];
	char msg[600];
	size_t i;

	run.arena.len = 0;
	if (!clean_value(&run.arena, &key, &rec->f[0], &region, msg,
	    sizeof(msg))) {
		reject(f, rec->line, rec->f, rec->n, "%s", msg);
		return;
	}
	if (!row_clean(f, rec))
		return;
	for (i = 0; i < f->nyears; i += f->nsub) {
		run.arena.len = 0;
		clean_value(&run.arena, &key, &rec->f[0], &region, msg,
		    sizeof(msg));
		year_row(f, rec, &region, &key, i);
	}
}
