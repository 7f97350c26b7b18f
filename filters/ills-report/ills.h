/*
 * ills.h - ills-report's indicator table and formulas (DESIGN sections 1
 * and 6), as functions of values so that the unit tests can call them.
 * NA is NaN here: it propagates through the arithmetic, a ratio with a
 * zero denominator is NaN, and NaN is written as an empty field.
 */
#ifndef ILLS_H
#define ILLS_H

#include <stddef.h>

/* The five rural ills of DESIGN section 1, in report order. */
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
};

extern const struct ill_def ills[NILLS];

/*
 * How an indicator is computed: from its row alone; from its row and
 * the previous year of the same code (the table's function gives the
 * quantity whose change is measured); or from the sector columns of its
 * row and of the other regions of its group (Krugman dissimilarity).
 */
enum ind_kind { KIND_ROW, KIND_YOY, KIND_SECTOR };

/* Which end of an indicator is the ill. */
enum { WORSE_LOW = -1, WORSE_HIGH = 1 };

#define IND_MAXNEEDS 4

struct indicator {
	enum ill_id ill;
	const char *name;
	enum ind_kind kind;
	const char *needs[IND_MAXNEEDS + 1];	/* input columns, NULL ends */
	/* KIND_ROW: the value from x[i] = needs[i]; KIND_YOY: the
	 * quantity that changes. */
	double (*value)(const double *x);
	/* KIND_YOY: the change from prev to cur over years. */
	double (*change)(double cur, double prev, double years);
	int worse;		/* WORSE_HIGH or WORSE_LOW */
	double low, high;	/* score 0 to 1 between them */
	const char *unit;
	const char *formula;	/* one line, for --indicators and the man page */
	const char *source;	/* why these thresholds */
};

/* Not const: --thresholds changes low and high. */
extern struct indicator ills_indicators[];
extern const size_t ills_nindicators;

const struct indicator *ills_find(const char *name, size_t len);

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
/* The mean of the scores that are not NaN; NaN when there are none. */
double ills_mean(const double *scores, size_t n);

/* Year-on-year changes, per year when years > 1. */
double ills_growth(double cur, double prev, double years);
double ills_loss(double cur, double prev, double years);

/* Krugman's dissimilarity index between the sector mix x[0..k) of a
 * region and the mix rest[0..k) of the other regions of its group:
 * the sum of |x_i / X - rest_i / R|, from 0 (the same mix) to 2. */
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
