/*
 * wide.c - wide year tables, the years as columns: indicators as rows
 * (one region, from the 地区 line; a row per year is written at the
 * end) or regions as rows (widereg.c).  Columns computed from the years
 * (增长, 指数) are dropped, and said.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "headrows.h"

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
		    "the columns are kept as labelled (a table of regions as "
		    "rows with the same columns every year, or of one column "
		    "a year, reads as wide)", f->fname, rec->line, at + 1,
		    (int)rec->f[at].len, rec->f[at].s);
}

/* Every header cell from the second on a year, or derived. */
static int
years_only(struct file *f, const struct lt_record *rec)
{
	size_t i;

	for (i = 0; i < rec->n; i++)
		f->years[i] = pc_year(rec->f[i].s, rec->f[i].len);
	if (f->years[0] || !f->years[1])
		return 0;
	for (i = 1; i < rec->n; i++)
		if (!f->years[i] && !cell_empty(&rec->f[i]) &&
		    !derived(&rec->f[i]))
			return 0;
	f->nsub = 1;
	return 1;
}

/* A label beside a year, trimmed, a total's word as none. */
static void
sub_text(const char **s, size_t *len)
{
	pc_trim(s, len);
	if (*len > 0 && pc_prefix_len(*s, *len, pc_hr_totals) == *len)
		*len = 0;
}

/* Do two labels map to one field? */
static int
same_field(const char *a, size_t alen, const char *b, size_t blen)
{
	struct pc_label la, lb;
	struct pc_target ta, tb;

	pc_label_clean(a, alen, &la);
	pc_label_clean(b, blen, &lb);
	return la.len > 0 && lb.len > 0 && pc_label_lookup(&la, &opt.map,
	    &ta) && pc_label_lookup(&lb, &opt.map, &tb) &&
	    strcmp(ta.name, tb.name) == 0 && la.unit == lb.unit;
}

/* The place of a label among the table's (as written, else another
 * wording of the field of one the year has not: *other set), added when
 * new; -1 when there are too many for a yearbook table. */
static int
sub_of(struct file *f, const char *s, size_t len, const unsigned char *seen,
    int *other)
{
	size_t k;

	*other = 0;
	for (k = 0; k < f->nsub; k++)
		if (strlen(f->subs[k]) == len && memcmp(f->subs[k], s,
		    len) == 0)
			return (int)k;
	for (k = 0; k < f->nsub; k++)
		if (!seen[k] && same_field(f->subs[k], strlen(f->subs[k]), s,
		    len)) {
			*other = 1;
			return (int)k;
		}
	if (f->nsub == PC_MAXSUB)
		return -1;
	f->subs = lt_realloc(f->subs, (f->nsub + 1) * sizeof(*f->subs));
	f->subs[f->nsub] = lt_strndup(s, len);
	return (int)f->nsub++;
}

/* The year of a header cell and its label beside: 1986年女 (the year
 * first) or 乡村劳动力1986年 (a head over its years); 0 when neither. */
static int
year_label(const struct lt_field *c, const char **s, size_t *len)
{
	size_t rest;
	int y;

	if ((y = pc_year_lead(c->s, c->len, &rest)) != 0) {
		*s = c->s + rest;
		*len = c->len - rest;
	} else if ((y = pc_year_tail(c->s, c->len, len)) != 0) {
		*s = c->s;
	}
	if (y)
		sub_text(s, len);
	return y;
}

/* Every header cell from the second on a year and a label beside it,
 * or derived; every year with the same labels, each once (1986年,
 * 1986年男, 1986年女, 1987年, ...; or 乡村劳动力1986年, 乡村劳动力1987年,
 * 乡村人口1986年, ...). */
static int
year_groups(struct file *f, const struct lt_record *rec)
{
	static unsigned char seen[201][PC_MAXSUB];
	size_t i, len, cells = 0, years = 0, other = 0;
	const char *s;
	int y, k, named = 0, o;

	memset(seen, 0, sizeof(seen));
	f->years[0] = 0;
	for (i = 1; i < rec->n; i++) {
		const struct lt_field *c = &rec->f[i];

		f->years[i] = 0;
		if (cell_empty(c) || derived(c))
			continue;
		if ((y = year_label(c, &s, &len)) == 0 ||
		    (k = sub_of(f, s, len, seen[y - 1900], &o)) < 0 ||
		    seen[y - 1900][k]++)
			return 0;
		if (o && !other)
			other = i;
		named |= len > 0;
		f->years[i] = y;
		f->sub[i] = k;
		cells++;
	}
	for (y = 0; y < 201; y++)
		for (k = 0; k < (int)f->nsub; k++)
			if (seen[y][k]) {
				years++;
				break;
			}
	if (!named || cells == 0 || cells != years * f->nsub)
		return 0;
	if (other)
		lt_warn("%s:%ld: header: column %zu, '%.*s', is read as the "
		    "field of '%s' (another wording of it)", f->fname,
		    rec->line, other + 1, (int)rec->f[other].len,
		    rec->f[other].s, f->subs[f->sub[other]]);
	return 1;
}

static void
drop_derived(const struct file *f, const struct lt_record *rec)
{
	size_t i;

	for (i = 1; i < rec->n; i++)
		if (!f->years[i] && !cell_empty(&rec->f[i]))
			lt_warn("%s:%ld: header: column '%.*s' dropped: it is "
			    "computed from the years, which a wide year table "
			    "keeps (compute it again from the rows)", f->fname,
			    rec->line, (int)rec->f[i].len, rec->f[i].s);
}

int
wide_kind(struct file *f, const struct lt_record *rec)
{
	int kind = 0;

	if (rec->n < 2)
		return 0;
	f->years = lt_calloc(rec->n + 1, sizeof(int));
	f->sub = lt_calloc(rec->n + 1, sizeof(int));
	if (years_only(f, rec) || year_groups(f, rec))
		kind = region_key(rec->f[0].s, rec->f[0].len) ? 2 : 1;
	if (kind == 0 || (kind == 1 && f->subs)) {
		memset(f->years, 0, (rec->n + 1) * sizeof(int));
		while (f->nsub > 0)
			free(f->subs[--f->nsub]);
		free(f->subs);
		f->subs = NULL;
		say_years_across(f, rec);
		return 0;
	}
	drop_derived(f, rec);
	if (opt.year)
		lt_warn("%s:%ld: header: --year %d is not used: the rows of a "
		    "wide year table take the years of its columns", f->fname,
		    rec->line, opt.year);
	return kind;
}

/* A year column for the sort: its year, its label's place, then its
 * own place. */
struct yearcol {
	int year, sub, col;
};

/* Years ascending, a year's columns in their order (qsort is not
 * stable; the sort was a bubble sort, 43 s for 80,000 columns). */
static int
cmp_year(const void *a, const void *b)
{
	const struct yearcol *x = a, *y = b;

	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if (x->sub != y->sub)
		return x->sub < y->sub ? -1 : 1;
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
			yc[f->nyears].sub = f->sub ? f->sub[i] : 0;
			yc[f->nyears++].col = (int)i;
		}
	qsort(yc, f->nyears, sizeof(*yc), cmp_year);
	for (i = 0; i < f->nyears; i++)
		f->order[i] = yc[i].col;
	free(yc);
	for (i = 1; i < f->nyears && f->nsub == 1; i++)
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
