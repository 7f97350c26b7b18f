/*
 * labour.h - classify-labour's rules (docs/design.md section 7) as
 * functions of values, so that the unit tests can call them: the
 * person's facts, the ordered rule table that turns facts into a labour
 * class, the sums of the --by roll-up and the derived columns of region
 * rows.
 */
#ifndef LABOUR_H
#define LABOUR_H

#include <stddef.h>
#include <stdint.h>

#include "litu.h"

enum labour_class {
	LC_NA = -1,		/* a fact the deciding rule needs is missing */
	LC_INACTIVE,
	LC_URBAN,
	LC_AWAY_FARM,
	LC_FARM,
	LC_MIGRANT,
	LC_LOCAL,
	LC_AMPHIBIAN,
	LC_NCLASSES
};

/* Words of the person fields; NA is an empty field, BAD any other word. */
#define WORD_NA (-1)
#define WORD_BAD (-2)

enum hukou { HUKOU_AGRI, HUKOU_NONAGRI };
enum industry { IND_AGRI, IND_INDUSTRY, IND_CONSTRUCTION, IND_SERVICES,
	IND_NONE };
enum lodging { LODGE_HOME, LODGE_DORM, LODGE_RENTED, LODGE_OTHER };

struct word {
	const char *s;
	size_t len;
	int value;
};

/* The words of a field, found by their first byte (unique in each
 * table) and then checked whole: one guess, no search, per row. */
struct word_table {
	const struct word *w;
	size_t n;
	const char *list;	/* the words as "a, b or c", for messages */
	signed char first[256];	/* by first byte: word index + 1; 0 none */
};

extern const struct word_table hukou_table, industry_table, lodging_table;

int word_lookup(const struct word_table *t, const char *s, size_t len);

/* The class's name and its length; "" for LC_NA. */
const char *labour_class_name(enum labour_class c, size_t *len);
/* The class of a name, or LC_NA. */
enum labour_class labour_class_parse(const char *s, size_t len);

struct labour_opts {
	int64_t away_months;	/* away: months_away >= this (default 6) */
	int64_t age_min;	/* working age, inclusive (default 15-64) */
	int64_t age_max;
};

/* "A-B" into the working-age bounds; 0 when it is not that. */
int parse_working_age(const char *s, int64_t *min, int64_t *max);

/*
 * One person's fields, already checked: age and months_away are -1 when
 * NA; hukou, industry and lodging are WORD_NA or an enum value; a code
 * of length 0 is NA.
 */
struct person {
	int64_t age;
	int64_t months_away;
	int hukou;
	int industry;
	int lodging;
	const char *hukou_code, *work_code, *code;
	size_t hukou_len, work_len, code_len;
};

/* The facts the rules test, each true, false or unknown (NA). */
enum fact {
	F_AGE_OUT,		/* age outside the working age */
	F_IDLE,			/* industry none */
	F_NONAGRI,		/* non-agricultural hukou */
	F_FARMING,		/* industry agri */
	F_AWAY,			/* months_away >= away_months */
	F_NEVER_AWAY,		/* months_away == 0 */
	F_HOME,			/* lodging home */
	F_SAME_TOWNSHIP,	/* works (else lives) in the hukou township */
	F_NFACTS
};

struct facts {
	unsigned known;		/* bit per fact: its value is known */
	unsigned value;		/* bit per fact: true (when known) */
};

/* 1 the same township, 0 another, -1 unknown (a code NA or too short
 * to tell; a township is the first 9 digits). */
int same_township(const char *a, size_t alen, const char *b, size_t blen);
struct facts person_facts(const struct person *p,
    const struct labour_opts *o);
/* The first rule that holds decides; an earlier rule whose facts are
 * unknown and whose class differs makes the answer NA. */
enum labour_class classify_facts(struct facts f);
enum labour_class classify_person(const struct person *p,
    const struct labour_opts *o);

/* The sums of one --by group (region and year). */
enum sum {
	S_POP_TOTAL,
	S_RURAL,
	S_FARM,
	S_LOCAL,
	S_AMPHIBIAN,
	S_MIGRANT,
	S_AWAY_FARM,
	S_URBAN,
	S_INFLOW,
	S_NSUMS
};

extern const char *const sum_column[S_NSUMS];

/*
 * Sums in millionths as 64-bit integers (docs/design.md section 11:
 * the lib's lt_micro is 128 bits): 9.2 trillion persons at most, far
 * above any census, and a group half the size of 128-bit sums, which
 * matters when there are more groups than the cache holds.  An addition
 * that would overflow sets overflow instead (the program then stops).
 */
typedef int64_t group_sum;

struct group {
	group_sum sum[S_NSUMS];
	int overflow;
};

/* 1 when the class is rural-hukou work (it counts in labour_rural and,
 * registered elsewhere, in labour_inflow). */
int rural_worker(enum labour_class c);
/* The origin view: the person registered in g's region. */
void count_origin(struct group *g, enum labour_class c, group_sum weight);
/* The destination view: a rural worker registered outside g's region. */
void count_inflow(struct group *g, enum labour_class c, group_sum weight);

/* The shares of the --by and region rows, in share_column order. */
enum share { SH_FARM, SH_LOCAL, SH_AMPHIBIAN, SH_MIGRANT, SH_NSHARES };

extern const char *const share_column[SH_NSHARES];
/* The sum or region column each share divides by labour_rural. */
extern const enum sum share_sum[SH_NSHARES];

/* lt_parse_micro, with a fast path for the usual weight: up to 12
 * digits, a point and up to 6 more. */
enum lt_status parse_weight(const char *s, size_t len, lt_micro *out);

/* part / whole; NaN (NA) when either is NaN or whole is 0. */
double share_of(double part, double whole);
/* g->sum[i] += v, or g->overflow set. */
void group_add(struct group *g, enum sum i, group_sum v);
/* The ratio of two exact sums, correctly rounded: NaN (NA) when whole
 * is 0. */
double share_of_sums(group_sum part, group_sum whole);

/*
 * Region rows: labour_local = labour_rural - labour_farm -
 * labour_migrant - labour_amphibian - labour_away_farm, exactly in
 * millionths; na[i] marks an NA term (an absent column is a 0 term
 * with na 0).  Returns 0 when the result is NA.
 */
enum local_term { TERM_RURAL, TERM_FARM, TERM_MIGRANT, TERM_AMPHIBIAN,
	TERM_AWAY_FARM, TERM_NTERMS };
extern const char *const local_term_column[TERM_NTERMS];
int derive_local(const lt_micro *term, const int *na, lt_micro *local);

#endif
