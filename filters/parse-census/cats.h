/*
 * cats.h - the category values of census extracts (男, 农业, 制造业,
 * 集体户, 半年至一年 ...) and their canonical values (m, agri, industry,
 * dorm, 6), FIELDS.md "Category values" and the person-row table.
 */
#ifndef PC_CATS_H
#define PC_CATS_H

#include <stddef.h>

struct pc_catval {
	const char *raw;	/* as written, punctuation and spaces out */
	const char *canon;
};

/* The values of one field. */
struct pc_catmap {
	const char *field;
	const char *canon;	/* the canonical values, ", "-separated */
	const struct pc_catval *vals;
	size_t n;
	int numeric;		/* months_away: numbers 0-12 pass */
};

/* A value added by --map (value:FIELD,RAW,CANONICAL). */
struct pc_uservals {
	struct pc_catval *v;
	const struct pc_catmap **of;	/* the field of each */
	size_t n;
};

/* The category values of a field, or NULL when it has none. */
const struct pc_catmap *pc_cat_find(const char *field);
/* Is s one of m's canonical values? */
int pc_cat_is_canon(const struct pc_catmap *m, const char *s, size_t len);
/* An industry section letter under a GB/T 4754 scheme (1984, 1994,
 * 2002, 2011); NULL when the scheme has no such section. */
const char *pc_cat_letter(char letter, int scheme);
/* The scheme of a census or survey year; 0 when none. */
int pc_cat_scheme_of_year(int year);
/* The canonical value of a value s that is not canonical: the user's,
 * the table's or (industry) a section letter under scheme; NULL when
 * unknown.  "" for months_away means NA (a 1990 status that cannot
 * tell). */
const char *pc_cat_value(const struct pc_catmap *m, const char *s,
    size_t len, int scheme, const struct pc_uservals *user);

#endif
