/*
 * ills.h - ills-report's indicator table and formulas (docs/design.md
 * sections 1 and 10, ills-report(1)), as functions of values so that
 * the unit tests can call them.  NA is NaN here: it propagates through
 * the arithmetic, a ratio with a zero denominator is NaN, and NaN is
 * written as an empty field.
 */
#ifndef ILLS_H
#define ILLS_H

#include <stddef.h>

/* The five rural ills of docs/design.md section 1, in report order. */
enum ill_id {
	ILL_PAROCHIAL,
	ILL_PERIPHERAL,
	ILL_ENVIRONMENT,
	ILL_TOWNS,
	ILL_AMPHIBIAN,
	NILLS
};

struct ill_def {
	const char *name;	/* the CSV's ill column */
	const char *title;	/* for the reports */
	const char *about;	/* what the paper means by it, one paragraph */
};

extern const struct ill_def ills[NILLS];

/*
 * How an indicator is computed: from its row alone; from its row and
 * the previous year of the same code (the table's function gives the
 * quantity whose change is measured); as the least-squares slope of
 * that quantity over the code's last 3 years, relative to their mean;
 * or from the sector columns of its row and of its peers (Krugman
 * dissimilarity, a relative indicator).
 */
enum ind_kind { KIND_ROW, KIND_YOY, KIND_TREND, KIND_SECTOR };

/* Which end of an indicator is the ill. */
enum { WORSE_LOW = -1, WORSE_HIGH = 1 };

/* NA where rural industry is below the industry floor. */
#define IND_INDUSTRY 1u
/* NA before 2000: it needs a residence-based urban definition. */
#define IND_RESIDENCE 2u
/* A trend that is the ill only while its needs[1] falls: where that
 * does not fall over the same years, the score is 0. */
#define IND_FALLING 4u

#define IND_MAXNEEDS 4

/* Trends: the slope over this many years of a code. */
#define ILLS_TREND_YEARS 3
/* Relative indicators: at least this many peers, the region not
 * counted. */
#define ILLS_MIN_PEERS 3

struct indicator {
	enum ill_id ill;
	const char *name;
	enum ind_kind kind;
	unsigned flags;		/* IND_INDUSTRY, IND_RESIDENCE */
	const char *needs[IND_MAXNEEDS + 1];	/* input columns, NULL ends */
	/* KIND_ROW: the value from x[i] = needs[i]; KIND_YOY and
	 * KIND_TREND: the quantity that changes. */
	double (*value)(const double *x);
	/* KIND_YOY: the change from prev to cur over years. */
	double (*change)(double cur, double prev, double years);
	int worse;		/* WORSE_HIGH or WORSE_LOW */
	double low, high;	/* score 0 to 1 between them */
	const char *unit;
	const char *formula;	/* one line, for --indicators and the man page */
	const char *source;	/* why these thresholds */
	/* The indicator this one stands in for where that one is NA (or
	 * not in the input): the two count once in an ill's coverage. */
	const char *alt_for;
};

/* Not const: --thresholds changes low and high. */
extern struct indicator ills_indicators[];
extern const size_t ills_nindicators;

const struct indicator *ills_find(const char *name, size_t len);
/* The index of the indicator that indicator i stands in for, or -1. */
int ills_primary(size_t i);

/* Levels of a score; LEVEL_NA when it has none. */
enum level { LEVEL_NA, LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH, LEVEL_MISSING };

const char *ills_level_name(enum level l);
/* "low", "medium" or "high"; LEVEL_NA when none of them. */
enum level ills_level_parse(const char *s);

/* The score of value v in [0, 1]: 0 at the good threshold, 1 at the
 * bad one, linear between, clamped outside; NaN for NaN. */
double ills_score(double v, double low, double high, int worse);
/* low below 1/3, medium below 2/3, high from 2/3; NaN is LEVEL_NA. */
enum level ills_level(double score);
/* The mean of n scores when every one has a value (the fixed set of
 * docs/design.md section 10); NaN when one is NaN or n is 0. */
double ills_mean(const double *scores, size_t n);

/* Year-on-year changes, per year when years > 1. */
double ills_growth(double cur, double prev, double years);
double ills_loss(double cur, double prev, double years);
/* The least-squares slope of y over t (n points), over the mean of y:
 * the relative change per year; NaN with fewer than 2 points, an NA
 * among them, one year twice or a mean that is not positive. */
double ills_trend(const double *t, const double *y, size_t n);

/* Krugman's dissimilarity index between the sector mix x[0..k) of a
 * region and the mix rest[0..k) of its peers: the sum of
 * |x_i / X - rest_i / R|, from 0 (the same mix) to 2. */
double ills_krugman(const double *x, const double *rest, size_t k);

/* Text for the reports.  dst holds at least ILLS_ESC_MAX(len) bytes;
 * returns the length written (no NUL). */
#define ILLS_ESC_MAX(len) ((len) * 6 + 1)
size_t ills_escape_html(char *dst, const char *s, size_t len);
size_t ills_escape_md(char *dst, const char *s, size_t len);
/* At most max code points of s (UTF-8), cut before a whole character
 * and marked with an ellipsis; returns the length in dst. */
size_t ills_clip_utf8(char *dst, const char *s, size_t len, size_t max);

/* A number for people: NA, or 3 significant digits (whole numbers from
 * 1000).  buf holds at least 40 bytes. */
size_t ills_fmt_human(char *buf, double v);
/* The colour of a score, "#rrggbb": green at 0, yellow at 1/2, red at
 * 1; grey for NaN. */
void ills_color(char buf[8], double score);

#endif
