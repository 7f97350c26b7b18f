/*
 * parse-census - real yearbook and census exports in, clean typed CSV
 * out.
 *
 * Reads CSV or tab-separated exports, plain or gzip, in UTF-8 or
 * GBK/GB18030; drops the title, the 数据库/指标/地区/时间/单位 lines and
 * the notes after the table; maps the labels to canonical fields;
 * scales the values into base units on their decimal digits; turns
 * missing-value marks into empty fields; validates division codes and
 * adds their level; finds the year; pivots wide year tables.  Typed
 * CSV, its own output included, passes through unchanged.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "litu.h"
#include "divisions.h"
#include "encoding.h"
#include "labels.h"
#include "values.h"

static const char usage_line[] =
    "[--flags] [--long] [--strict-columns] [--divisions file] "
    "[--encoding enc] [--map file] [--skip n] [--year year] [-o file] "
    "[--header spec] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Turns yearbook and census exports (CSV or TSV, gzip, UTF-8 or\n"
    "GBK/GB18030, with title, unit and note lines) into typed CSV with\n"
    "canonical field names, base units and empty missing values.\n\n"
    "      --divisions FILE  attach codes to names from FILE (code,name\n"
    "                        columns, e.g. streets.csv); may be repeated\n"
    "      --encoding ENC    utf-8, gbk or gb18030 (default: detected)\n"
    "      --flags           add NAME_flag saying why a value is missing\n"
    "                        (blank, below_unit, none, withheld)\n"
    "      --long            one row per indicator: indicator, value\n"
    "      --map FILE        CSV of label,name,type,scale that adds to or\n"
    "                        overrides the built-in labels\n"
    "      --skip N          the header is the line after the first N\n"
    "      --strict-columns  a column with no canonical name is an error\n"
    "      --year YEAR       the year, when no column gives it\n";

enum {
	OPT_DIVISIONS = LT_OPT_FILTER,
	OPT_ENCODING,
	OPT_FLAGS,
	OPT_LONG,
	OPT_MAP,
	OPT_SKIP,
	OPT_STRICT,
	OPT_YEAR
};

/* What a column of the export holds. */
enum kind {
	K_STR,		/* text, trimmed */
	K_NAME,		/* a region name */
	K_PARENT,	/* the name of the parent region */
	K_CODE,
	K_LEVEL,	/* recomputed from the code */
	K_YEAR,
	K_NUM,
	K_INT,
	K_BOOL,
	K_DROP		/* an empty column at the end of the header */
};

/* A column of the export, as read. */
struct incol {
	char *name;
	enum lt_type type;
	enum kind kind;
	struct pc_scale sc;
	int has_flag_col;	/* NAME_flag is in the input too */
};

/* A column written: from an input column, or computed. */
enum src { S_IN, S_CODE, S_LEVEL, S_YEAR, S_IND };

struct ocol {
	char *name;
	enum lt_type type;
	enum src src;
	int in;			/* input column, or indicator number */
	int ind;		/* a value (melted by --long) */
	int flag;		/* followed by NAME_flag */
};

/* A value of an output column. */
struct cell {
	const char *p;		/* the value, when not in the arena */
	size_t off, len;	/* in the arena */
	enum pc_missing why;
	int plain;		/* needs no quoting: a number, code or year */
};

static struct {
	enum pc_enc enc;
	long skip;
	int year;
	int long_form;
	int strict;
	int flags;
	struct pc_map map;
	struct pc_div *div;
} opt;

static struct lt_cli cli;
static struct lt_out *out;
static struct lt_out *rej;
static char *first_header;	/* the header written, for later files */
static long rows_read, rows_rejected, unmatched;
static struct lt_progress prog;
static double done_mb;		/* read of the files before this one */

/* The arena of one row's cleaned values. */
struct arena {
	char *s;
	size_t len, cap;
};

static struct arena arena;

static size_t
arena_put(struct arena *a, const char *s, size_t len)
{
	size_t off = a->len;

	if (a->len + len + 1 > a->cap) {
		while (a->len + len + 1 > a->cap)
			a->cap = a->cap ? 2 * a->cap : 65536;
		a->s = lt_realloc(a->s, a->cap);
	}
	memcpy(a->s + a->len, s, len);
	a->len += len;
	a->s[a->len++] = '\0';
	return off;
}

/* Everything known about the file being read. */
struct file {
	const char *fname;
	struct pc_reader *r;
	char *title;
	int title_year, time_year;
	char *region;			/* 地区：… */
	char *indicator;		/* 指标：… */
	const struct pc_unit *units[PC_NDIMS];
	const char *parent;		/* code of the title's division */
	long header_line, before, notes;

	struct incol *col;
	size_t ncol;			/* columns kept */
	size_t nraw;			/* header cells */
	struct ocol *oc;
	size_t noc;
	struct cell *cells;
	int col_code, col_name, col_parent, col_year;

	/* Wide year tables. */
	int wide;			/* 1: indicators, 2: regions as rows */
	int *years;			/* per input column, 0 when not */
	int *order;			/* year columns, ascending */
	size_t nyears;
	char **ind_name;		/* indicators, for wide 1 */
	enum lt_type *ind_type;
	char ***ind_val;		/* [indicator][year] */
	enum pc_missing **ind_why;
	size_t nind, indcap;
	struct incol wcol;		/* the one indicator of wide 2 */
};

/* The message for a bad row: stop, or write it to --rejects. */
static void
reject(struct file *f, long line, const struct lt_field *fld, size_t n,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
reject(struct file *f, long line, const struct lt_field *fld, size_t n,
    const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	size_t i;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!rej)
		lt_die(LT_EXIT_DATA, "%s:%ld: %s", f->fname, line, msg);
	rows_rejected++;
	lt_out_int(rej, line);
	lt_out_cstr(rej, msg);
	for (i = 0; i < n; i++)
		lt_out_field(rej, fld[i].s, fld[i].len);
	lt_out_endrow(rej);
}

static int
cell_empty(const struct lt_field *fld)
{
	const char *s = fld->s;
	size_t len = fld->len;

	pc_trim(&s, &len);
	return len == 0;
}

static size_t
nonempty_cells(const struct lt_record *rec, size_t *first)
{
	size_t i, n = 0;

	/* Only none, one or more matter: stop at two. */
	*first = 0;
	for (i = 0; i < rec->n && n < 2; i++)
		if (!cell_empty(&rec->f[i])) {
			if (n++ == 0)
				*first = i;
		}
	return n;
}

static char *
dup_trimmed(const struct lt_field *fld)
{
	const char *s = fld->s;
	size_t len = fld->len;

	pc_trim(&s, &len);
	return lt_strndup(s, len);
}

/* The type a typed header cell declares ("x:num"); -1 when none. */
static int
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

/* Map one header cell to a column. */
static void
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
		return;
	}
	pc_label_clean(s, len, &l);
	if (pc_label_lookup(&l, &opt.map, &t)) {
		c->name = lt_strdup(t.name);
		c->type = t.type;
		column_scale(f, &l, &t, c, line);
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
	}
	c->kind = kind_of(c->name, c->type);
}

static void
add_out(struct file *f, const char *name, enum lt_type t, enum src src,
    int in, int ind)
{
	struct ocol *o;

	f->oc = lt_realloc(f->oc, (f->noc + 1) * sizeof(*f->oc));
	o = &f->oc[f->noc++];
	o->name = lt_strdup(name);
	o->type = t;
	o->src = src;
	o->in = in;
	o->ind = ind;
	o->flag = ind && opt.flags;
}

/* Has the input a column called name? */
static int
find_col(const struct file *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->ncol; i++)
		if (f->col[i].kind != K_DROP && strcmp(f->col[i].name,
		    name) == 0)
			return (int)i;
	return -1;
}

/* Keys before the values: code and level, name, year. */
static int
year_known(const struct file *f)
{
	return opt.year || f->title_year || f->time_year;
}

/* The output columns of an ordinary table, in input order. */
static void
plan_table(struct file *f)
{
	int add_code = opt.div && f->col_code < 0 && f->col_name >= 0;
	int add_year = f->col_year < 0 && year_known(f);
	int has_level = find_col(f, "level") >= 0;
	size_t i;

	if (add_year && f->col_name < 0 && f->col_code < 0)
		add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	for (i = 0; i < f->ncol; i++) {
		struct incol *c = &f->col[i];

		if (c->kind == K_DROP)
			continue;
		if ((int)i == f->col_name && add_code) {
			add_out(f, "code", LT_CODE, S_CODE, -1, 0);
			if (!has_level)
				add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
		}
		if (c->kind == K_LEVEL) {
			add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
			continue;
		}
		add_out(f, c->name, c->type, S_IN, (int)i, c->kind == K_NUM ||
		    c->kind == K_INT);
		if (c->has_flag_col)
			f->oc[f->noc - 1].flag = 0;
		if ((int)i == f->col_code && !has_level)
			add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
		if (add_year && ((int)i == f->col_name || (f->col_name < 0 &&
		    (int)i == f->col_code)))
			add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	}
}

/* The header of the output, written once for all files. */
static void
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
	}
	fprintf(mem, "%d", opt.long_form);
	fclose(mem);
	if (first_header) {
		if (strcmp(first_header, text) != 0)
			lt_die(LT_EXIT_DATA, "%s:%ld: header: the columns differ "
			    "from the first file's", f->fname, f->header_line);
		free(text);
		return;
	}
	first_header = text;
	o = out;
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

static const char *
cell_str(const struct cell *c)
{
	return c->p ? c->p : arena.s + c->off;
}

static void
put_cell(const struct cell *c)
{
	if (c->len == 0)
		lt_out_na(out);
	else if (c->plain)
		lt_out_plain(out, cell_str(c), c->len);
	else
		lt_out_field(out, cell_str(c), c->len);
}

/* Write one logical row: wide, or one row per value with --long. */
static void
emit(struct file *f)
{
	size_t i, j;

	if (!opt.long_form) {
		for (i = 0; i < f->noc; i++) {
			put_cell(&f->cells[i]);
			if (f->oc[i].flag)
				lt_out_cstr(out, pc_missing_name(
				    f->cells[i].why));
		}
		lt_out_endrow(out);
		return;
	}
	for (j = 0; j < f->noc; j++) {
		if (!f->oc[j].ind)
			continue;
		for (i = 0; i < f->noc; i++)
			if (!f->oc[i].ind)
				put_cell(&f->cells[i]);
		lt_out_cstr(out, f->oc[j].name);
		put_cell(&f->cells[j]);
		if (opt.flags)
			lt_out_cstr(out, pc_missing_name(f->cells[j].why));
		lt_out_endrow(out);
	}
}

static const char *const status_text[] = {
	[PC_V_BAD] = "is not a number",
	[PC_V_RANGE] = "is out of range",
	[PC_V_FRACTION] = "is not a whole number",
};

/* Is s a code as pc_code would write it: ASCII digits, 2, 4, 6, 9 or
 * 12 of them, no padding of a shorter code at the end? */
static int
code_as_is(const char *s, size_t len)
{
	size_t i;

	if (len != 9 && len != 6 && len != 12 && len != 4 && len != 2)
		return 0;
	for (i = 0; i < len; i++)
		if ((unsigned char)(s[i] - '0') > 9)
			return 0;
	if (len >= 9)
		return memcmp(s + len - 3, "000", 3) != 0;
	if (len >= 4)
		return memcmp(s + len - 2, "00", 2) != 0;
	return 1;
}

/* Clean one value of a column into the arena; 0 with msg when bad. */
static int
clean_value(struct arena *a, const struct incol *c,
    const struct lt_field *fld, struct cell *cell, char *msg, size_t msize)
{
	const char *s = fld->s;
	size_t len = fld->len, n;
	char buf[PC_NUMBUF];
	enum pc_vstatus st;
	int y;

	cell->why = PC_PRESENT;
	cell->len = 0;
	cell->off = 0;
	cell->p = NULL;
	cell->plain = 0;
	switch (c->kind) {
	case K_NUM:
	case K_INT:
		cell->plain = 1;
		/* Unscaled and already as written: from the record itself. */
		if (c->sc.k == 0 && c->sc.div == 1 && pc_canonical(s, len) &&
		    (c->kind == K_NUM || memchr(s, '.', len) == NULL)) {
			cell->p = s;
			cell->len = len;
			return 1;
		}
		st = pc_number(s, len, c->sc, c->kind == K_INT, buf, &n,
		    &cell->why);
		if (st == PC_V_NA)
			return 1;
		if (st != PC_V_OK) {
			snprintf(msg, msize, "column '%s:%s': \"%.*s\" %s",
			    c->name, lt_type_name(c->type), (int)(len > 60 ?
			    60 : len), s, st == PC_V_BAD && c->kind == K_INT ?
			    "is not an integer" : status_text[st]);
			return 0;
		}
		/* An unchanged value is written from the record itself. */
		if (n == len && memcmp(buf, s, n) == 0)
			cell->p = s;
		else
			cell->off = arena_put(a, buf, n);
		cell->len = n;
		return 1;
	case K_DROP:
	case K_LEVEL:
		return 1;
	default:
		break;
	}
	pc_trim(&s, &len);
	if ((cell->why = pc_missing_mark(s, len)) != PC_PRESENT)
		return 1;
	switch (c->kind) {
	case K_NAME:
	case K_PARENT:
		/* pc_name writes no more than it reads. */
		cell->off = arena_put(a, s, len);
		n = pc_name(a->s + cell->off, len, a->s + cell->off);
		a->s[cell->off + n] = '\0';
		cell->len = n;
		return 1;
	case K_CODE:
		if (code_as_is(s, len)) {
			cell->p = s;
			cell->len = len;
			cell->plain = 1;
			return 1;
		}
		if ((n = pc_code(s, len, buf, sizeof(buf))) == 0) {
			snprintf(msg, msize, "column '%s:code': \"%.*s\" is not "
			    "a division code (2, 4, 6, 9 or 12 digits)",
			    c->name, (int)(len > 60 ? 60 : len), s);
			return 0;
		}
		cell->off = arena_put(a, buf, n);
		cell->len = n;
		cell->plain = 1;
		return 1;
	case K_YEAR:
		if ((y = pc_year(s, len)) == 0) {
			snprintf(msg, msize, "column 'year:int': \"%.*s\" is not "
			    "a year (1900 to 2100)", (int)(len > 60 ? 60 : len),
			    s);
			return 0;
		}
		n = lt_fmt_int(buf, y);
		cell->off = arena_put(a, buf, n);
		cell->len = n;
		cell->plain = 1;
		return 1;
	case K_BOOL:
		if (!(len == 4 && memcmp(s, "true", 4) == 0) &&
		    !(len == 5 && memcmp(s, "false", 5) == 0)) {
			snprintf(msg, msize, "column '%s:bool': \"%.*s\" is not "
			    "true or false", c->name, (int)(len > 60 ? 60 : len),
			    s);
			return 0;
		}
		break;
	default:
		break;
	}
	cell->p = s;
	cell->len = len;
	return 1;
}

static void
set_text(struct cell *c, const char *s)
{
	c->len = s ? strlen(s) : 0;
	c->off = c->len ? arena_put(&arena, s, c->len) : 0;
	c->p = NULL;
	c->why = PC_PRESENT;
	c->plain = 0;
}

static void
set_year(struct cell *c, int year)
{
	char buf[LT_NUMBUF];

	if (!year) {
		set_text(c, NULL);
		return;
	}
	buf[lt_fmt_int(buf, year)] = '\0';
	set_text(c, buf);
	c->plain = 1;
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
	if (++unmatched <= 10)
		lt_warn("%s:%ld: --divisions: %s division named \"%.*s\"%s%s; "
		    "code left empty", f->fname, line, amb ? "more than one" :
		    "no", (int)len, name, *parent ? " under " : "", parent);
	return NULL;
}

/* The code and level cells of a row. */
static void
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
	static struct lt_field none = { "", 0 };
	size_t i;

	a->len = 0;
	for (i = 0; i < f->ncol; i++)
		if (!clean_value(a, &f->col[i], i < rec->n ? &rec->f[i] : &none,
		    &in[i], msg, msize))
			return 0;
	return 1;
}

/* One data row of an ordinary table. */
static void
table_row(struct file *f, struct lt_record *rec)
{
	struct cell *in = f->cells + f->noc;
	struct cell *code = NULL, *level = NULL;
	char msg[600];
	size_t i;

	if (!clean_row(f, rec, &arena, in, msg, sizeof(msg))) {
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

/* Is every header cell from the first year on a year?  Sets years. */
static int
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
	if (first != 1 || n == 0)
		return 0;
	for (i = first; i < rec->n; i++)
		if (!f->years[i] && !cell_empty(&rec->f[i]))
			return 0;
	return 1;
}

static int
cmp_year(const void *a, const void *b, void *years)
{
	const int *y = years;

	return y[*(const int *)a] - y[*(const int *)b];
}

static void
sort_years(struct file *f, size_t n)
{
	size_t i, j;

	f->order = lt_calloc(n, sizeof(int));
	for (i = 0; i < n; i++)
		if (f->years[i])
			f->order[f->nyears++] = (int)i;
	for (i = 0; i < f->nyears; i++)
		for (j = f->nyears; j-- > i + 1; )
			if (cmp_year(&f->order[j - 1], &f->order[j],
			    f->years) > 0) {
				int t = f->order[j];

				f->order[j] = f->order[j - 1];
				f->order[j - 1] = t;
			}
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
	if (opt.div)
		add_out(f, "code", LT_CODE, S_CODE, -1, 0);
	if (opt.div)
		add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
	if (name)
		add_out(f, "name", LT_STR, S_IN, -1, 0);
	add_out(f, "year", LT_INT, S_YEAR, -1, 0);
}

/* A wide table with indicators as rows: remember one row. */
static void
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
			return;
		}
	arena.len = 0;
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];
		static struct lt_field none = { "", 0 };

		if (!clean_value(&arena, &c, (size_t)col < rec->n ? &rec->f[col] :
		    &none, &cell, msg, sizeof(msg))) {
			reject(f, rec->line, rec->f, rec->n, "%s", msg);
			free(c.name);
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
	}
	f->ind_name[f->nind] = c.name;
	f->ind_type[f->nind] = c.type;
	f->ind_val[f->nind] = lt_calloc(f->nyears, sizeof(char *));
	f->ind_why[f->nind] = lt_calloc(f->nyears, sizeof(enum pc_missing));
	arena.len = 0;
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];
		static struct lt_field none = { "", 0 };

		clean_value(&arena, &c, (size_t)col < rec->n ? &rec->f[col] : &none,
		    &cell, msg, sizeof(msg));
		f->ind_val[f->nind][i] = lt_strndup(cell_str(&cell),
		    cell.len);
		f->ind_why[f->nind][i] = cell.why;
	}
	f->nind++;
}

/* The end of a wide table with indicators as rows: a row per year. */
static void
wide_ind_end(struct file *f)
{
	size_t i, k, first;

	region_keys(f, f->region != NULL);
	first = f->noc;
	for (k = 0; k < f->nind; k++)
		add_out(f, f->ind_name[k], f->ind_type[k], S_IND, (int)k,
		    f->ind_type[k] == LT_NUM || f->ind_type[k] == LT_INT);
	f->cells = lt_calloc(f->noc, sizeof(*f->cells));
	write_header(f);
	for (i = 0; i < f->nyears; i++) {
		struct cell *code = NULL, *level = NULL, *name = NULL;

		arena.len = 0;
		for (k = 0; k < f->noc; k++) {
			struct cell *c = &f->cells[k];

			switch (f->oc[k].src) {
			case S_CODE:
				set_text(c, NULL);
				code = c;
				break;
			case S_LEVEL:
				level = c;
				break;
			case S_IN:
				set_text(c, f->region);
				name = c;
				break;
			case S_YEAR:
				set_year(c, f->years[f->order[i]]);
				break;
			case S_IND:
				set_text(c, f->ind_val[k - first][i]);
				c->why = f->ind_why[k - first][i];
				break;
			}
		}
		code_and_level(f, f->header_line, code, level, name, NULL);
		emit(f);
	}
}

/* A wide table with regions as rows: a row per region and year. */
static void
wide_reg_row(struct file *f, struct lt_record *rec)
{
	struct cell region, *code = NULL, *level = NULL, *name = NULL;
	struct incol key = f->col[0];
	char msg[600];
	size_t i, k;

	arena.len = 0;
	if (!clean_value(&arena, &key, &rec->f[0], &region, msg, sizeof(msg))) {
		reject(f, rec->line, rec->f, rec->n, "%s", msg);
		return;
	}
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];
		static struct lt_field none = { "", 0 };
		struct cell v;

		if (!clean_value(&arena, &f->wcol, (size_t)col < rec->n ?
		    &rec->f[col] : &none, &v, msg, sizeof(msg))) {
			reject(f, rec->line, rec->f, rec->n, "%s", msg);
			return;
		}
	}
	for (i = 0; i < f->nyears; i++) {
		int col = f->order[i];
		static struct lt_field none = { "", 0 };

		arena.len = 0;
		clean_value(&arena, &key, &rec->f[0], &region, msg, sizeof(msg));
		for (k = 0; k < f->noc; k++) {
			struct cell *c = &f->cells[k];

			switch (f->oc[k].src) {
			case S_CODE:
				if (key.kind == K_CODE)
					*c = region;
				else
					set_text(c, NULL);
				code = c;
				break;
			case S_LEVEL:
				level = c;
				break;
			case S_IN:
				*c = region;
				name = c;
				break;
			case S_YEAR:
				set_year(c, f->years[col]);
				break;
			case S_IND:
				clean_value(&arena, &f->wcol, (size_t)col < rec->n ?
				    &rec->f[col] : &none, c, msg, sizeof(msg));
				break;
			}
		}
		code_and_level(f, rec->line, code, level, name, NULL);
		emit(f);
	}
}

/* Set up a wide table with regions as rows: the 指标 line names the
 * indicator. */
static void
wide_reg_plan(struct file *f)
{
	struct incol *c = &f->wcol;

	if (f->indicator)
		map_column(f, f->indicator, strlen(f->indicator), c,
		    f->header_line);
	else {
		memset(c, 0, sizeof(*c));
		c->name = lt_strdup("value");
		c->type = LT_NUM;
		c->sc.div = 1;
		c->kind = K_NUM;
	}
	if (c->kind != K_NUM && c->kind != K_INT)
		c->kind = K_STR;
	if (f->col[0].kind == K_CODE) {
		add_out(f, "code", LT_CODE, S_CODE, -1, 0);
		add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
	} else {
		if (opt.div) {
			add_out(f, "code", LT_CODE, S_CODE, -1, 0);
			add_out(f, "level", LT_STR, S_LEVEL, -1, 0);
		}
		add_out(f, "name", LT_STR, S_IN, 0, 0);
	}
	add_out(f, "year", LT_INT, S_YEAR, -1, 0);
	add_out(f, c->name, c->type, S_IND, 0, c->kind != K_STR);
	f->cells = lt_calloc(f->noc, sizeof(*f->cells));
	write_header(f);
}

/* The header: columns, their canonical names and units. */
static void
read_header(struct file *f, const struct lt_field *cells, size_t n,
    long line)
{
	size_t i, j, last = n;
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
	for (i = 0; i < last; i++) {
		struct incol *c = &f->col[i];

		if (c->kind == K_DROP)
			continue;
		for (j = 0; j < i; j++) {
			if (f->col[j].kind == K_DROP ||
			    strcmp(f->col[j].name, c->name) != 0)
				continue;
			/* 县(市、区) then 乡镇: the first is the parent. */
			if (c->kind == K_NAME && f->col_parent < 0) {
				free(f->col[j].name);
				f->col[j].name = lt_strdup("parent_name");
				f->col[j].kind = K_PARENT;
				f->col_parent = (int)j;
				continue;
			}
			lt_die(LT_EXIT_DATA, "%s:%ld: header: columns %zu and %zu "
			    "both map to '%s' (see --map)", f->fname, line,
			    j + 1, i + 1, c->name);
		}
		snprintf(name, sizeof(name), "%s_flag", c->name);
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
	plan_table(f);
	f->cells = lt_calloc(f->noc + f->ncol, sizeof(*f->cells));
	write_header(f);
}

/* The rejects file names the columns as they were read. */
static void
open_rejects(struct file *f)
{
	size_t i;

	if (!cli.rejects_path || rej)
		return;
	rej = lt_out_open_path(cli.rejects_path);
	lt_out_column(rej, "_line", LT_INT);
	lt_out_column(rej, "_error", LT_STR);
	for (i = 0; i < f->ncol; i++)
		lt_out_cstr(rej, f->col[i].name);
	lt_out_endrow(rej);
}

/* Is this one-cell record the header of a one-column table? */
static int
known_label(const struct lt_field *fld)
{
	struct pc_label l;
	struct pc_target t;
	size_t namelen;

	if (declared_type(fld->s, fld->len, &namelen) >= 0)
		return 1;
	pc_label_clean(fld->s, fld->len, &l);
	return pc_label_lookup(&l, &opt.map, &t);
}

/* A line before the header: title, meta line, blank.  0 when it is
 * the header. */
static int
preamble(struct file *f, const struct lt_record *rec, int forced)
{
	const char *val;
	size_t first, vlen, n = nonempty_cells(rec, &first);
	enum pc_meta m;

	if (n == 0)
		return 1;
	m = pc_meta_line(rec->f[first].s, rec->f[first].len, &val, &vlen);
	if (m != PC_META_NO && n == 1) {
		f->before++;
		switch (m) {
		case PC_META_UNIT:
			pc_unit_line(val, vlen, f->units);
			break;
		case PC_META_REGION:
			free(f->region);
			f->region = lt_malloc(vlen + 1);
			f->region[pc_name(val, vlen, f->region)] = '\0';
			if (opt.div && !f->parent)
				f->parent = pc_div_in_text(opt.div, val, vlen);
			break;
		case PC_META_INDICATOR:
			free(f->indicator);
			f->indicator = lt_strndup(val, vlen);
			break;
		case PC_META_TIME:
			if (!f->time_year)
				f->time_year = pc_year(val, vlen);
			break;
		default:
			break;
		}
		return 1;
	}
	if (forced || (n == 1 && !known_label(&rec->f[first]))) {
		f->before++;
		if (n == 1 && !f->title) {
			f->title = dup_trimmed(&rec->f[first]);
			f->title_year = pc_title_year(f->title,
			    strlen(f->title));
			if (opt.div && !f->parent)
				f->parent = pc_div_in_text(opt.div, f->title,
				    strlen(f->title));
		}
		return 1;
	}
	return 0;
}

/* A line after the header that is not data: 0 when it is data. */
static int
not_data(struct file *f, const struct lt_record *rec, int *english)
{
	const char *val;
	size_t first, vlen, i, n = nonempty_cells(rec, &first);

	if (n == 0)
		return 1;
	if (n == 1 && pc_meta_line(rec->f[first].s, rec->f[first].len, &val,
	    &vlen) == PC_META_NOTE) {
		f->notes++;
		return 1;
	}
	if (f->notes > 0 && n == 1) {
		/* The lines of a note go on. */
		f->notes++;
		return 1;
	}
	if (*english) {
		/* A line of English labels under the Chinese ones. */
		*english = 0;
		for (i = 0; i < rec->n; i++) {
			const unsigned char *s = (const unsigned char *)
			    rec->f[i].s;
			size_t k;
			int letter = 0;

			for (k = 0; k < rec->f[i].len; k++) {
				if (s[k] >= 0x80 || (s[k] >= '0' && s[k] <= '9'))
					return 0;
				letter |= (s[k] | 0x20) >= 'a' &&
				    (s[k] | 0x20) <= 'z';
			}
			if (!letter && rec->f[i].len > 0)
				return 0;
		}
		f->before++;
		return 1;
	}
	return 0;
}

/* Rows with more cells than the header: only empty ones may follow. */
static int
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

static void
spec_header(struct file *f)
{
	struct lt_field *fld = NULL;
	size_t n = 0;
	char *copy = lt_strdup(cli.header_spec), *p = copy, *comma;

	for (;;) {
		fld = lt_realloc(fld, (n + 1) * sizeof(*fld));
		comma = strchr(p, ',');
		fld[n].s = p;
		fld[n].len = comma ? (size_t)(comma - p) : strlen(p);
		n++;
		if (!comma)
			break;
		*comma = '\0';
		p = comma + 1;
	}
	f->fname = "--header";
	read_header(f, fld, n, 0);
	free(fld);
	free(copy);
}

static void
free_file(struct file *f)
{
	size_t i, k;

	for (i = 0; i < f->ncol; i++)
		free(f->col[i].name);
	for (i = 0; i < f->noc; i++)
		free(f->oc[i].name);
	for (k = 0; k < f->nind; k++) {
		for (i = 0; i < f->nyears; i++)
			free(f->ind_val[k][i]);
		free(f->ind_val[k]);
		free(f->ind_why[k]);
		free(f->ind_name[k]);
	}
	free(f->wcol.name);
	free(f->ind_name);
	free(f->ind_type);
	free(f->ind_val);
	free(f->ind_why);
	free(f->col);
	free(f->oc);
	free(f->cells);
	free(f->years);
	free(f->order);
	free(f->title);
	free(f->region);
	free(f->indicator);
}

static void
parse_file(const char *path)
{
	struct file f;
	struct lt_record *rec;
	long nrec = 0;
	int rc, english = 0, have_header = 0;

	memset(&f, 0, sizeof(f));
	f.r = pc_reader_open(path, opt.enc, 0);
	pc_reader_ahead(f.r);
	if (cli.header_spec) {
		spec_header(&f);
		have_header = 1;
	}
	f.fname = pc_reader_name(f.r);
	while ((rc = pc_reader_next(f.r, &rec)) != 0) {
		if (rc < 0) {
			long line;
			size_t field;
			const char *msg = lt_csv_error(pc_reader_csv(f.r), &line,
			    &field);
			struct lt_field raw;
			const char *s;

			if (!have_header || !rej)
				lt_die(LT_EXIT_DATA, "%s:%ld: %s", f.fname, line,
				    msg);
			lt_csv_recover(pc_reader_csv(f.r), &s, &raw.len);
			raw.s = (char *)s;
			rows_read++;
			reject(&f, line, &raw, 1, "%s", msg);
			continue;
		}
		nrec++;
		if (!have_header) {
			if (preamble(&f, rec, nrec <= opt.skip))
				continue;
			if (is_wide(&f, rec)) {
				struct incol key;

				map_column(&f, rec->f[0].s, rec->f[0].len, &key,
				    rec->line);
				f.wide = key.kind == K_NAME || key.kind ==
				    K_CODE ? 2 : 1;
				free(key.name);
				sort_years(&f, rec->n);
			}
			read_header(&f, rec->f, rec->n, rec->line);
			open_rejects(&f);
			have_header = 1;
			english = 1;
			continue;
		}
		if (not_data(&f, rec, &english))
			continue;
		if ((++rows_read & 4095) == 0 && prog.on)
			lt_progress_show(&prog, rows_read, done_mb +
			    (double)pc_reader_bytes(f.r) / 1e6, 0);
		if (f.wide == 0 && ragged(&f, rec))
			continue;
		if (f.wide == 1)
			wide_ind_row(&f, rec);
		else if (f.wide == 2)
			wide_reg_row(&f, rec);
		else
			table_row(&f, rec);
	}
	if (f.wide == 1)
		wide_ind_end(&f);
	if (f.before > 0 || f.notes > 0)
		lt_warn("%s: header on line %ld; %ld line%s before it and %ld "
		    "note line%s after the table dropped", f.fname,
		    f.header_line, f.before, f.before == 1 ? "" : "s",
		    f.notes, f.notes == 1 ? "" : "s");
	done_mb += (double)pc_reader_bytes(f.r) / 1e6;
	pc_reader_close(f.r);
	free_file(&f);
}

/* --map FILE: label,name[,type[,scale]] per line. */
static void
read_map(const char *path)
{
	struct pc_reader *r = pc_reader_open(path, PC_ENC_AUTO, 0);
	struct lt_record *rec;
	struct pc_label l;
	int rc;

	while ((rc = pc_reader_next(r, &rec)) != 0) {
		struct pc_mapent *e;
		const struct lt_fielddef *def;

		if (rc < 0) {
			long line;
			const char *msg = lt_csv_error(pc_reader_csv(r), &line,
			    NULL);

			lt_die(LT_EXIT_DATA, "%s:%ld: %s", path, line, msg);
		}
		if (rec->line == 1 && (strcmp(rec->f[0].s, "label") == 0 ||
		    strcmp(rec->f[0].s, "source") == 0))
			continue;
		if (rec->n < 2 || rec->n > 4)
			lt_die(LT_EXIT_DATA, "%s:%ld: --map: a line is label,"
			    "name[,type[,scale]]", path, rec->line);
		opt.map.e = lt_realloc(opt.map.e, (opt.map.n + 1) *
		    sizeof(*opt.map.e));
		e = &opt.map.e[opt.map.n++];
		memset(e, 0, sizeof(*e));
		pc_label_clean(rec->f[0].s, rec->f[0].len, &l);
		e->label = lt_strndup(l.text, l.len);
		e->name = dup_trimmed(&rec->f[1]);
		def = lt_field_find(e->name);
		if (rec->n > 2 && !cell_empty(&rec->f[2])) {
			if (!lt_type_parse(rec->f[2].s, rec->f[2].len, &e->type))
				lt_die(LT_EXIT_DATA, "%s:%ld: --map: unknown type "
				    "\"%s\" (str, int, num, bool or code)", path,
				    rec->line, rec->f[2].s);
			if (def && def->type != e->type)
				lt_die(LT_EXIT_DATA, "%s:%ld: --map: '%s' is a "
				    "canonical field of type %s", path,
				    rec->line, e->name, lt_type_name(def->type));
			e->has_type = 1;
		}
		if (rec->n > 3 && !cell_empty(&rec->f[3])) {
			const char *s = rec->f[3].s;
			size_t len = rec->f[3].len, i;

			e->has_scale = 1;
			if (!(e->unit = pc_unit_find(s, len))) {
				/* A power of ten: 1, 10, 10000, 0.01. */
				char buf[PC_NUMBUF];
				size_t n;
				enum pc_missing why;
				struct pc_scale one = { 0, 1 };

				if (pc_number(s, len, one, 0, buf, &n, &why) !=
				    PC_V_OK)
					n = 0;
				buf[n] = '\0';
				if (strcmp(buf, "1") == 0)
					e->k = 0;
				else if (n > 1 && buf[0] == '1' &&
				    strspn(buf + 1, "0") == n - 1)
					e->k = (int)n - 1;
				else if (n > 2 && strncmp(buf, "0.", 2) == 0 &&
				    buf[n - 1] == '1' &&
				    strspn(buf + 2, "0") == n - 3)
					e->k = -(int)(n - 2);
				else
					lt_die(LT_EXIT_DATA, "%s:%ld: --map: scale "
					    "\"%s\" is not a unit (万人, 亩...) nor "
					    "a power of ten", path, rec->line, s);
				(void)i;
			}
		}
		if (!e->has_type && !def)
			e->type = e->has_scale ? LT_NUM : LT_STR;
		else if (!e->has_type)
			e->type = def->type;
		e->has_type = 1;
	}
	pc_reader_close(r);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "divisions", required_argument, NULL, OPT_DIVISIONS },
		{ "encoding", required_argument, NULL, OPT_ENCODING },
		{ "flags", no_argument, NULL, OPT_FLAGS },
		{ "long", no_argument, NULL, OPT_LONG },
		{ "map", required_argument, NULL, OPT_MAP },
		{ "skip", required_argument, NULL, OPT_SKIP },
		{ "strict-columns", no_argument, NULL, OPT_STRICT },
		{ "year", required_argument, NULL, OPT_YEAR },
		{ NULL, 0, NULL, 0 }
	};
	static char *stdin_only[] = { "-", NULL };
	char **files;
	int c, i, nfiles;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	while ((c = getopt_long(argc, argv, LT_SHORTOPTS, longopts, NULL)) !=
	    -1)
		switch (c) {
		case OPT_DIVISIONS:
			if (!opt.div)
				opt.div = pc_div_new();
			pc_div_load(opt.div, optarg);
			break;
		case OPT_ENCODING:
			if (!pc_enc_parse(optarg, &opt.enc)) {
				fprintf(stderr, "%s: option --encoding: \"%s\" is "
				    "not utf-8, gbk or gb18030\n", lt_prog,
				    optarg);
				exit(LT_EXIT_USAGE);
			}
			break;
		case OPT_FLAGS:
			opt.flags = 1;
			break;
		case OPT_LONG:
			opt.long_form = 1;
			break;
		case OPT_MAP:
			read_map(optarg);
			break;
		case OPT_SKIP:
			opt.skip = (long)lt_opt_int("--skip", optarg, 0,
			    1000000);
			break;
		case OPT_STRICT:
			opt.strict = 1;
			break;
		case OPT_YEAR:
			opt.year = (int)lt_opt_int("--year", optarg, 1900, 2100);
			break;
		default:
			if (!lt_cli_option(&cli, c, optarg))
				lt_usage(&cli);
		}
	nfiles = argc - optind;
	files = nfiles > 0 ? argv + optind : stdin_only;
	if (nfiles == 0)
		nfiles = 1;
	/* Every file must open before any output is written. */
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") != 0 && access(files[i], R_OK) != 0)
			lt_die(LT_EXIT_NOINPUT, "cannot open %s:", files[i]);
	out = lt_out_open(&cli);
	lt_progress_start(&prog, &cli, nfiles, files);
	for (i = 0; i < nfiles; i++)
		parse_file(files[i]);
	lt_progress_show(&prog, rows_read, done_mb, 1);
	if (rej) {
		lt_out_close(rej);
		if (rows_rejected > 0)
			lt_warn("%ld of %ld row%s rejected, written to %s",
			    rows_rejected, rows_read, rows_read == 1 ? "" : "s",
			    cli.rejects_path);
	}
	if (unmatched > 10)
		lt_warn("--divisions: %ld names in all not matched", unmatched);
	lt_out_close(out);
	if (opt.div)
		pc_div_free(opt.div);
	free(arena.s);
	free(first_header);
	return LT_EXIT_OK;
}
