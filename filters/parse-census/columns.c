/*
 * columns.c - the header of an export: each cell mapped to a column
 * (a typed cell kept, a label to its canonical name, type and scale),
 * the code, name, parent and year columns found, then the output
 * planned.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* The type a typed header cell declares ("x:num"); -1 when none. */
int
declared_type(const char *s, size_t len, size_t *namelen)
{
	const char *colon = NULL;
	enum lt_type t;
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ':')
			colon = s + i;
	if (!colon || !lt_type_parse(colon + 1, len - (size_t)(colon + 1 - s),
	    &t))
		return -1;
	*namelen = (size_t)(colon - s);
	return (int)t;
}

static enum kind
kind_of(const char *name, enum lt_type t)
{
	if (strcmp(name, "name") == 0)
		return K_NAME;
	if (strcmp(name, "year") == 0)
		return K_YEAR;
	if (strcmp(name, "level") == 0)
		return K_LEVEL;
	switch (t) {
	case LT_CODE:
		return K_CODE;
	case LT_NUM:
		return K_NUM;
	case LT_INT:
		return K_INT;
	case LT_BOOL:
		return K_BOOL;
	default:
		return K_STR;
	}
}

/* The scale of a column: its own unit, the --map's, or the unit
 * line's for its dimension. */
static void
column_scale(struct file *f, const struct pc_label *l,
    const struct pc_target *t, struct incol *c, long line)
{
	const struct pc_unit *u = l->unit;
	int k;

	c->sc.k = 0;
	c->sc.div = 1;
	if (t->map && t->map->has_scale) {
		if (t->map->unit)
			u = t->map->unit;
		else {
			c->sc.k = t->map->k;
			return;
		}
	}
	if (!t->def || pc_base_dim(t->def->unit, &k) == PC_DIM_NONE)
		return;
	if (!u)
		u = f->units[pc_base_dim(t->def->unit, &k)];
	if (u && !pc_unit_scale(u, t->def->unit, &c->sc))
		lt_die(LT_EXIT_DATA, "%s:%ld: header: column '%s': the unit %s "
		    "does not measure %s", f->fname, line, l->text, u->word,
		    t->def->unit);
}

static void unknown_with_unit(struct file *f, const struct pc_label *l,
    struct incol *c, long line);

int
has_unit_line(const struct file *f)
{
	size_t i;

	for (i = 0; i < PC_NDIMS; i++)
		if (f->units[i])
			return 1;
	return 0;
}

/* An unknown label in a table with a 单位 line: its text is kept as
 * printed, in a unit the line may name but no label tells; said, as a
 * user would take the line to cover every column. */
static void
unit_line_unused(const struct file *f, const struct incol *c, long line)
{
	/* A wide table's 指标 column holds the indicators' names. */
	if (!has_unit_line(f) || strcmp(c->name, "name") == 0 || f->wide == 1)
		return;
	lt_warn("%s:%ld: header: column '%s' is not a canonical field: kept "
	    "as text, as printed; the 单位 line's units are not applied to "
	    "it (name it with --map, or put its unit in its label)", f->fname,
	    line, c->name);
}

int
region_key(const char *s, size_t len)
{
	struct pc_label l;
	struct pc_target t;
	struct lt_column col;
	char err[256];
	size_t namelen;
	enum kind k;

	pc_trim(&s, &len);
	if (declared_type(s, len, &namelen) >= 0) {
		if (!lt_header_cell(s, len, &col, err, sizeof(err)))
			return 0;
		k = kind_of(col.name, col.type);
		free(col.name);
	} else {
		pc_label_clean(s, len, &l);
		if (!pc_label_lookup(&l, &opt.map, &t))
			return 0;
		k = kind_of(t.name, t.type);
	}
	return k == K_NAME || k == K_CODE;
}

/* Map one header cell to a column. */
void
map_column(struct file *f, const char *s, size_t len, struct incol *c,
    long line)
{
	struct pc_label l;
	struct pc_target t;
	char name[PC_LABEL_MAX];
	size_t namelen;
	int dt;

	memset(c, 0, sizeof(*c));
	c->sc.div = 1;
	pc_trim(&s, &len);
	if ((dt = declared_type(s, len, &namelen)) >= 0) {
		/* A typed header cell: its name is kept as it is. */
		char err[256];
		struct lt_column col;

		if (!lt_header_cell(s, len, &col, err, sizeof(err)))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: %s", f->fname,
			    line, err);
		c->name = col.name;
		c->type = col.type;
		c->kind = kind_of(c->name, c->type);
		c->typed = 1;
		return;
	}
	pc_label_clean(s, len, &l);
	ctx_price(&l, &c->price_year);
	if (ctx_label(f, &l, &t, pc_label_lookup(&l, &opt.map, &t), line)) {
		c->name = lt_strdup(t.name);
		c->type = t.type;
		c->label = lt_strndup(l.text, l.len);
		column_scale(f, &l, &t, c, line);
		if ((c->cat = pc_cat_find(c->name)) != NULL)
			f->has_cats = 1;
	} else if (l.unit && !opt.strict) {
		unknown_with_unit(f, &l, c, line);
		return;
	} else {
		if (opt.strict && !(l.len > 5 && strcmp(l.text + l.len - 5,
		    "_flag") == 0))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: column '%.*s' is "
			    "not a canonical field (--strict-columns; see "
			    "--map)", f->fname, line, (int)len, s);
		namelen = pc_snake(l.text, l.len, name, sizeof(name));
		if (namelen == 0)
			namelen = pc_snake(l.english, l.elen, name,
			    sizeof(name));
		c->name = lt_strndup(name, namelen);
		c->type = LT_STR;
		unit_line_unused(f, c, line);
	}
	c->kind = kind_of(c->name, c->type);
}

/*
 * An unknown label with a unit (非农业人口(万人) before the dictionary
 * had it): its values are numbers in that unit, so they are scaled into
 * the unit's base (persons, households, count, ha or km2, yuan, t) and
 * the column is num, and stderr says so (issue 17).
 */
static void
unknown_with_unit(struct file *f, const struct pc_label *l, struct incol *c,
    long line)
{
	static const char *const base[PC_NDIMS] = {
		[PC_DIM_PERSONS] = "persons",
		[PC_DIM_HOUSEHOLDS] = "households",
		[PC_DIM_COUNT] = "count", [PC_DIM_AREA] = "ha",
		[PC_DIM_YUAN] = "yuan", [PC_DIM_TONNES] = "t"
	};
	char name[PC_LABEL_MAX];
	const char *b = base[l->unit->dim];

	if (l->unit->dim == PC_DIM_AREA && l->unit->k == 2)
		b = "km2";
	pc_unit_scale(l->unit, b, &c->sc);
	c->name = lt_strndup(name, pc_snake(l->text, l->len, name,
	    sizeof(name)));
	c->type = LT_NUM;
	c->kind = K_NUM;
	lt_warn("%s:%ld: header: column '%s' is not a canonical field; its "
	    "unit %s is applied (num, in %s); name it with --map", f->fname,
	    line, l->text, l->unit->word, b);
}

/* Has the input a column called name?  Through the index once the
 * header's names are settled (a header of 80,000 columns asked this of
 * each, 43 s when each question was a scan), by a scan before. */
int
find_col(const struct file *f, const char *name)
{
	const int *at;
	size_t i;

	if (f->colidx) {
		at = lt_hash_find(f->colidx, name, strlen(name));
		return at ? *at : -1;
	}
	for (i = 0; i < f->ncol; i++)
		if (f->col[i].kind != K_DROP && strcmp(f->col[i].name,
		    name) == 0)
			return (int)i;
	return -1;
}

/* Column i by its name into the index: 0 when an earlier column has
 * the name (that column's index in *first). */
static int
index_col(struct file *f, size_t i, int *first)
{
	int isnew, *at = lt_hash_get(f->colidx, f->col[i].name,
	    strlen(f->col[i].name), &isnew);

	if (isnew)
		*at = (int)i;
	*first = *at;
	return isnew;
}

/* The index of the kept columns' names, each name once: 县(市、区) then
 * 乡镇, two names, make the first the parent; any other name twice is an
 * error. */
static void
index_columns(struct file *f, long line)
{
	size_t i;
	int j, k;

	f->colidx = lt_hash_new(sizeof(int));
	for (i = 0; i < f->ncol; i++) {
		struct incol *c = &f->col[i];

		if (c->kind == K_DROP || index_col(f, i, &j))
			continue;
		if (c->kind != K_NAME || f->col_parent >= 0)
			lt_die(LT_EXIT_DATA, "%s:%ld: header: columns %d and %zu "
			    "both map to '%s' (see --map)", f->fname, line,
			    j + 1, i + 1, c->name);
		free(f->col[j].name);
		f->col[j].name = lt_strdup("parent_name");
		f->col[j].kind = K_PARENT;
		f->col_parent = j;
		*(int *)lt_hash_find(f->colidx, c->name, strlen(c->name)) =
		    (int)i;
		if (!index_col(f, (size_t)j, &k))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: columns %d and %d "
			    "both map to 'parent_name' (see --map)", f->fname,
			    line, k < j ? k + 1 : j + 1, k < j ? j + 1 : k + 1);
	}
}

/* The header: columns, their canonical names and units. */
void
read_header(struct file *f, const struct lt_field *cells, size_t n,
    long line)
{
	size_t i, last = n;
	char name[PC_LABEL_MAX + 8];

	f->header_line = line;
	while (last > 0 && cell_empty(&cells[last - 1]))
		last--;
	f->nraw = n;
	f->ncol = last;
	f->col = lt_calloc(last + 1, sizeof(*f->col));
	f->col_code = f->col_name = f->col_parent = f->col_year = -1;
	for (i = 0; i < last; i++) {
		if (cell_empty(&cells[i])) {
			snprintf(name, sizeof(name), "column_%zu", i + 1);
			f->col[i].name = lt_strdup(name);
			f->col[i].type = LT_STR;
			f->col[i].kind = K_STR;
			f->col[i].sc.div = 1;
			continue;
		}
		if (f->wide && i > 0) {
			f->col[i].name = lt_strndup(cells[i].s, cells[i].len);
			f->col[i].kind = K_DROP;
			continue;
		}
		map_column(f, cells[i].s, cells[i].len, &f->col[i], line);
	}
	if (!f->wide)
		ctx_table(f);
	index_columns(f, line);
	for (i = 0; i < last; i++) {
		struct incol *c = &f->col[i];

		if (c->kind == K_DROP)
			continue;
		if (c->kind == K_CODE && f->col_code < 0 &&
		    strcmp(c->name, "code") == 0)
			f->col_code = (int)i;
		if (c->kind == K_NAME)
			f->col_name = (int)i;
		if (c->kind == K_YEAR)
			f->col_year = (int)i;
	}
	for (i = 0; i < last; i++) {
		if (f->col[i].kind == K_DROP)
			continue;
		snprintf(name, sizeof(name), "%s_flag", f->col[i].name);
		if (find_col(f, name) >= 0)
			f->col[i].has_flag_col = 1;
	}
	if (f->wide == 2) {
		wide_reg_plan(f);
		return;
	}
	if (f->wide == 1)
		return;
	run.scheme = opt.industry_scheme ? opt.industry_scheme :
	    pc_cat_scheme_of_year(rows_year(f));
	plan_table(f);
	f->cells = lt_calloc(f->noc + f->ncol, sizeof(*f->cells));
	write_header(f);
}

void
spec_header(struct file *f)
{
	struct lt_field *fld;
	size_t n;
	char *copy = lt_header_split(run.cli.header_spec, &fld, &n);

	f->fname = "--header";
	read_header(f, fld, n, 0);
	free(fld);
	free(copy);
}
