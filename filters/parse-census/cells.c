/*
 * cells.c - the values of a row cleaned: numbers into base units on
 * their decimal digits, missing-value marks into empty values, names,
 * codes, years and booleans checked; the arena that holds them.
 */
#include <stdio.h>
#include <string.h>

#include "parse.h"

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

int
cell_empty(const struct lt_field *fld)
{
	const char *s = fld->s;
	size_t len = fld->len;

	pc_trim(&s, &len);
	return len == 0;
}

char *
dup_trimmed(const struct lt_field *fld)
{
	const char *s = fld->s;
	size_t len = fld->len;

	pc_trim(&s, &len);
	return lt_strndup(s, len);
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

/* The value shown in a message: its first 60 bytes. */
#define SHOWN(len) ((int)((len) > 60 ? 60 : (len)))

/* A number, scaled into its base unit. */
static int
clean_number(struct arena *a, const struct incol *c, const char *s,
    size_t len, struct cell *cell, char *msg, size_t msize)
{
	char buf[PC_NUMBUF];
	enum pc_vstatus st;
	size_t n;

	cell->plain = 1;
	/* Unscaled and already as written: from the record itself. */
	if (c->sc.k == 0 && c->sc.div == 1 && pc_canonical(s, len) &&
	    (c->kind == K_NUM || memchr(s, '.', len) == NULL)) {
		cell->p = s;
		cell->len = len;
		return 1;
	}
	st = pc_number(s, len, c->sc, c->kind == K_INT, buf, &n, &cell->why);
	if (st == PC_V_NA)
		return 1;
	if (st != PC_V_OK) {
		snprintf(msg, msize, "column '%s:%s': \"%.*s\" %s", c->name,
		    lt_type_name(c->type), SHOWN(len), s, st == PC_V_BAD &&
		    c->kind == K_INT ? "is not an integer" : status_text[st]);
		return 0;
	}
	/* An unchanged value is written from the record itself. */
	if (n == len && memcmp(buf, s, n) == 0)
		cell->p = s;
	else
		cell->off = arena_put(a, buf, n);
	cell->len = n;
	return 1;
}

/* A code, a year: written as the canonical digits. */
static int
clean_code(struct arena *a, const struct incol *c, const char *s,
    size_t len, struct cell *cell, char *msg, size_t msize)
{
	char buf[PC_NUMBUF];
	size_t n;
	int y;

	cell->plain = 1;
	if (c->kind == K_YEAR) {
		if ((y = pc_year(s, len)) == 0) {
			snprintf(msg, msize, "column 'year:int': \"%.*s\" is "
			    "not a year (1900 to 2100)", SHOWN(len), s);
			return 0;
		}
		n = lt_fmt_int(buf, y);
	} else if (code_as_is(s, len)) {
		cell->p = s;
		cell->len = len;
		return 1;
	} else if ((n = pc_code(s, len, buf, sizeof(buf))) == 0) {
		snprintf(msg, msize, "column '%s:code': \"%.*s\" is not a "
		    "division code (2, 4, 6, 9 or 12 digits)", c->name,
		    SHOWN(len), s);
		return 0;
	}
	cell->off = arena_put(a, buf, n);
	cell->len = n;
	return 1;
}

/* A category value (cats.c): canonical, or mapped to its canonical
 * value; one not known is bad data, never passed through. */
static int
clean_cat(struct arena *a, const struct incol *c, const char *s, size_t len,
    struct cell *cell, char *msg, size_t msize)
{
	static const struct pc_scale one = { 0, 1 };
	char buf[PC_NUMBUF];
	const char *v;
	size_t n;

	pc_trim(&s, &len);
	if ((cell->why = pc_missing_mark(s, len)) != PC_PRESENT)
		return 1;
	if (c->kind == K_INT && pc_number(s, len, one, 1, buf, &n,
	    &cell->why) == PC_V_OK) {
		if (!pc_cat_is_canon(c->cat, buf, n)) {
			snprintf(msg, msize, "column '%s:int': \"%.*s\" is not "
			    "a number of months (0 to 12)", c->name,
			    SHOWN(len), s);
			return 0;
		}
		cell->off = arena_put(a, buf, n);
		cell->len = n;
		cell->plain = 1;
		return 1;
	}
	if (c->kind != K_INT && pc_cat_is_canon(c->cat, s, len)) {
		cell->p = s;
		cell->len = len;
		return 1;
	}
	if ((v = pc_cat_value(c->cat, s, len, run.scheme, &opt.values))) {
		cell->p = v;
		cell->len = strlen(v);
		cell->plain = 1;
		return 1;
	}
	if (len == 1 && !run.scheme && strcmp(c->name, "industry") == 0 &&
	    ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
		snprintf(msg, msize, "column 'industry': \"%c\" is a section "
		    "letter, whose meaning changed between GB/T 4754 versions: "
		    "give --industry-scheme (1984, 1994, 2002, 2011) or the "
		    "census year", s[0]);
	else
		snprintf(msg, msize, "column '%s:%s': \"%.*s\" is not a known "
		    "value (%s); add it with --map as value:%s,RAW,CANONICAL",
		    c->name, lt_type_name(c->type), SHOWN(len), s,
		    c->cat->canon, c->name);
	return 0;
}

int
clean_value(struct arena *a, const struct incol *c,
    const struct lt_field *fld, struct cell *cell, char *msg, size_t msize)
{
	const char *s = fld->s;
	size_t len = fld->len, n;

	cell->why = PC_PRESENT;
	cell->len = 0;
	cell->off = 0;
	cell->p = NULL;
	cell->plain = 0;
	if (c->cat)
		return clean_cat(a, c, s, len, cell, msg, msize);
	if (c->kind == K_NUM || c->kind == K_INT)
		return clean_number(a, c, s, len, cell, msg, msize);
	if (c->kind == K_DROP || c->kind == K_LEVEL)
		return 1;
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
	case K_YEAR:
		return clean_code(a, c, s, len, cell, msg, msize);
	case K_BOOL:
		if (!(len == 4 && memcmp(s, "true", 4) == 0) &&
		    !(len == 5 && memcmp(s, "false", 5) == 0)) {
			snprintf(msg, msize, "column '%s:bool': \"%.*s\" is not "
			    "true or false", c->name, SHOWN(len), s);
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

void
set_text(struct cell *c, const char *s)
{
	c->len = s ? strlen(s) : 0;
	c->off = c->len ? arena_put(&run.arena, s, c->len) : 0;
	c->p = NULL;
	c->why = PC_PRESENT;
	c->plain = 0;
}

void
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
