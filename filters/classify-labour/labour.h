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
	LC_UNEMPLOYED,
	LC_URBAN,
	LC_AWAY_FARM,
	LC_FARM,
	LC_MIGRANT,
	LC_LOCAL,
	LC_AMPHIBIAN,
	LC_NBS_LOCAL,		/* --scheme nbs only */
	LC_NBS_OUTSIDE,
	LC_NCLASSES
};

/* The two views: the paper's (离土不离乡 by living at home) and the
 * NBS migrant-worker monitoring survey's (by place of work). */
enum scheme { SCHEME_PAPER, SCHEME_NBS };

/* Where a person works against the hukou place (the destination
 * column), DEST_NA when the codes cannot tell. */
enum destination { DEST_NA = -1, DEST_SAME_TOWNSHIP, DEST_SAME_COUNTY,
	DEST_OTHER_COUNTY, DEST_OTHER_PROVINCE, DEST_N };

/* The type of the work place in the data's year (destination_kind). */
enum place_kind { KIND_NA = -1, KIND_VILLAGE, KIND_TOWNSHIP_SEAT,
	KIND_TOWN, KIND_COUNTY_SEAT, KIND_CITY, KIND_N };

/* Words of the person fields; NA is an empty field, BAD any other word. */
#define WORD_NA (-1)
#define WORD_BAD (-2)

enum hukou { HUKOU_AGRI, HUKOU_NONAGRI, HUKOU_SELFGRAIN };
enum activity { ACT_EMPLOYED, ACT_UNEMPLOYED, ACT_INACTIVE };
enum sex { SEX_M, SEX_F };
enum industry { IND_AGRI, IND_INDUSTRY, IND_CONSTRUCTION, IND_SERVICES,
	IND_NONE };
enum lodging { LODGE_HOME, LODGE_DORM, LODGE_RENTED, LODGE_OTHER };

/* A word table's entry, its length and bits. */
#define W(s, v) { s, sizeof(s) - 1, v }
#define NWORDS(a) (sizeof(a) / sizeof(a[0]))
#define BIT(f) (1u << (f))

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

extern const struct word_table hukou_table, industry_table, lodging_table,
    activity_table, sex_table;

/* The word's value, WORD_NA when empty, WORD_BAD when not a word of
 * the table.  Inline: it runs for five columns of every row. */
/* The word of value v in a table of n words indexed by value; "" when
 * v is outside it. */
static inline const char *
word_name(const struct word *w, int n, int v, size_t *len)
{
	if (v < 0 || v >= n) {
		*len = 0;
		return "";
	}
	*len = w[v].len;
	return w[v].s;
}

static inline int
word_lookup(const struct word_table *t, const char *s, size_t len)
{
	const struct word *w;
	size_t k;
	int i;

	if (len == 0)
		return WORD_NA;
	if ((i = t->first[(unsigned char)s[0]]) == 0)
		return WORD_BAD;
	w = &t->w[i - 1];
	if (w->len != len)
		return WORD_BAD;
	/* Words are short: a loop beats a call to memcmp, per row. */
	for (k = 1; k < len && w->s[k] == s[k]; k++)
		;
	return k == len ? w->value : WORD_BAD;
}

/* The class's name and its length; "" for LC_NA. */
const char *labour_class_name(enum labour_class c, size_t *len);
/* The class of a name, or LC_NA. */
enum labour_class labour_class_parse(const char *s, size_t len);

struct labour_opts {
	int64_t away_months;	/* away: months_away >= this (default 6) */
	int64_t age_min;	/* working age, inclusive (default 16-) */
	int64_t age_max;	/* AGE_NO_MAX: no upper bound */
	enum scheme scheme;
};

#define AGE_NO_MAX INT64_MAX

/* "A-" or "A-B" into the working-age bounds; 0 when it is not that. */
int parse_working_age(const char *s, int64_t *min, int64_t *max);

/*
 * One person's fields, already checked: age and months_away are -1 when
 * NA; hukou, industry, lodging, activity and sex are WORD_NA or an enum
 * value (an empty activity is NA, as an absent column); a code of
 * length 0 is NA.
 */
struct person {
	int64_t age;
	int64_t months_away;
	int hukou;
	int industry;
	int lodging;
	int activity;
	int sex;
	const char *hukou_code, *work_code, *code;
	size_t hukou_len, work_len, code_len;
};

/* The facts the rules test, each true, false or unknown (NA). */
enum fact {
	F_AGE_OUT,		/* age outside the working age */
	F_IDLE,			/* activity inactive; without one, industry
				 * none */
	F_UNEMPLOYED,		/* activity unemployed */
	F_NONAGRI,		/* non-agricultural hukou */
	F_SELFGRAIN,		/* self-supplied-grain hukou (自理口粮) */
	F_FARMING,		/* industry agri */
	F_AWAY,			/* months_away >= away_months */
	F_NEVER_AWAY,		/* months_away == 0 */
	F_HOME,			/* lodging home; without lodging, living
				 * (code) in the hukou township */
	F_WORKS_IN_TOWNSHIP,	/* works (work_code, else code) in the
				 * hukou township */
	F_NFACTS
};

struct facts {
	unsigned known;		/* bit per fact: its value is known */
	unsigned value;		/* bit per fact: true (when known) */
};

/* 1 the same township, 0 another, -1 unknown (a code NA or too short
 * to tell; a township is the first 9 digits). */
int same_township(const char *a, size_t alen, const char *b, size_t blen);
/* Where code a (the work place) is against code b (the hukou place):
 * the first digit that differs decides (province 2, county 6, township
 * 9); DEST_NA when a code is NA or agreeing digits are too few. */
enum destination destination_of(const char *a, size_t alen, const char *b,
    size_t blen);
/* The destination of a working person: work_code, else code, against
 * hukou_code. */
enum destination person_destination(const struct person *p);
const char *destination_name(enum destination d, size_t *len);
/* The kind of a place from its name in the data's year (UTF-8):
 * 街道/办事处 city, 城关镇/城厢镇/城关 county_seat, 镇 town, 乡/苏木
 * township_seat, 村/嘎查 village; KIND_NA for anything else. */
enum place_kind place_kind_of_name(const char *s, size_t len);
const char *place_kind_name(enum place_kind k, size_t *len);
struct facts person_facts(const struct person *p,
    const struct labour_opts *o);
/* The first rule that holds decides; an earlier rule whose facts are
 * unknown and whose class differs makes the answer NA. */
enum labour_class classify_facts(struct facts f, enum scheme scheme);
/* The same, remembered for the combinations of facts seen. */
enum labour_class classify_facts_cached(struct facts f, enum scheme scheme);
/* 1 when the person works (working age, not idle, not unemployed), 0
 * when not, -1 unknown. */
int facts_working(struct facts f);
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
	S_UNEMPLOYED,		/* rural hukou, class unemployed */
	S_FARM_OLD,		/* class farm, aged 60 and over */
	S_FARM_FEMALE,		/* class farm, women */
	S_SAME_TOWNSHIP,	/* rural workers by destination */
	S_SAME_COUNTY,
	S_OTHER_COUNTY,
	S_OTHER_PROVINCE,
	S_NSUMS
};

/* The sums that can be NA (a column they need is absent); the others
 * are never NA. */
#define SUMS_MAYBE_NA ((1u << S_UNEMPLOYED) | (1u << S_FARM_OLD) | \
	(1u << S_FARM_FEMALE))
#define FARM_OLD_AGE 60

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
	unsigned na;		/* bit per sum: NA (from --merge input) */
	int overflow;
};

/* 1 when the class is rural-hukou work (it counts in labour_rural and,
 * registered elsewhere, in labour_inflow). */
int rural_worker(enum labour_class c);
/* The sums a person counts in, in the origin view (the region of the
 * hukou place), as a bit per sum: pop_total, the class's, labour_rural,
 * and the unemployed, old and female farm and destination counts. */
unsigned origin_sums(const struct person *p, enum labour_class c,
    enum destination d);
/* The sums of the destination view: labour_inflow for a rural worker
 * registered outside the region. */
unsigned inflow_sums(enum labour_class c);
/* Add weight to every sum of the mask. */
void count_sums(struct group *g, unsigned mask, group_sum weight);

/* The shares of the --by and region rows, in share_column order. */
enum share { SH_FARM, SH_LOCAL, SH_AMPHIBIAN, SH_MIGRANT, SH_NSHARES };

extern const char *const share_column[SH_NSHARES];
/* The sum or region column each share divides by labour_rural. */
extern const enum sum share_sum[SH_NSHARES];

/* lt_parse_micro, with a fast path for the usual weight: up to 12
 * digits, a point and up to 6 more. */
enum lt_status parse_weight(const char *s, size_t len, lt_micro *out);

/* g->sum[i] += v, or g->overflow set. */
void group_add(struct group *g, enum sum i, group_sum v);
/* The ratio of two exact sums, correctly rounded: NaN (NA) when whole
 * is 0. */
double share_of_sums(group_sum part, group_sum whole);

/*
 * Region rows: labour_local = labour_rural - labour_farm -
 * labour_migrant - labour_amphibian - labour_away_farm, exactly in
 * millionths; na[i] marks an NA term (an absent column is NA, but for
 * labour_away_farm, which counts 0: see classify-labour(1)).  Returns
 * 0 when the result is NA.
 */
enum local_term { TERM_RURAL, TERM_FARM, TERM_MIGRANT, TERM_AMPHIBIAN,
	TERM_AWAY_FARM, TERM_NTERMS };
extern const char *const local_term_column[TERM_NTERMS];
int derive_local(const lt_micro *term, const int *na, lt_micro *local);

#endif
