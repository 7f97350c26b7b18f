/*
 * absorb.h - absorb's formulas (docs/design.md section 9) and the small
 * records it keeps, as functions of values so that the unit tests can
 * call them.  NA is NaN here: it propagates through the arithmetic and
 * is written as an empty field.
 */
#ifndef ABSORB_H
#define ABSORB_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

/* The base of years_to_target (--base). */
enum absorb_base { BASE_TOTAL, BASE_AGRI, BASE_RURAL_TOWN };

struct absorb_opts {
	double ha_per_worker;	/* -w: farmland a farm worker works; NaN */
	double target;		/* town share of the base */
	enum absorb_base base;
	double natural_rate;	/* per mille a year; NaN when not given */
};

/* One region-year's inputs; NaN where missing. */
struct absorb_in {
	int64_t year;
	double labour_rural, labour_farm, farmland_ha;
	double pop_rural, pop_town, towns, labour_inflow;
	double pop_total, pop_urban, pop_nonagri, pop_agri;
	double pop_town_nonagri, townships, tve_employment;
	/* Not columns: the farm labour the norms need (NaN without
	 * --norms), whether the urban definition is residence-based (1, 0,
	 * -1 when unknown: the year decides), a township row. */
	double need_low, need_high;
	int urban_resid, township_row;
};

/* What a later year needs of an earlier one. */
struct absorb_prev {
	int64_t year;
	double pop_town, farm_share, labour_inflow, towns, pop_total;
	double townships, pop_town_nonagri;
};

/* How growth_new_towns was found (the note on stderr). */
enum absorb_new_towns {
	NEW_NA, NEW_EXACT, NEW_NONTOWN_MEAN, NEW_TOWN_MEAN, NEW_NKINDS
};
/* Why years_to_target or amphibian_gap is NA where its inputs are there. */
enum absorb_why { WHY_NONE, WHY_NOT_RESID, WHY_NOT_COMPLEMENT };

struct absorb_out {
	double redeployed, absorption_rate, farm_share;
	double farmland_per_farm_worker, farm_need, surplus;
	double surplus_low, surplus_high;
	int labour_shortage;	/* 1 yes, 0 no, -1 NA */
	double inflow_ratio, inflow_share_tve;
	double urban_share, nonagri_share, town_share, amphibian_gap;
	double town_pop_growth, towns_change, growth_new_towns;
	double growth_natural, growth_residual, town_nonagri_growth;
	double growth_per_town, farm_share_change;
	double labour_inflow_change, years_to_target;
	enum absorb_new_towns new_towns;
	enum absorb_why gap_why, target_why;
};

/* The columns the formulas read, and where they go in absorb_in. */
#define ABSORB_NIN 14
struct absorb_input {
	const char *name;
	size_t off;
};
extern const struct absorb_input absorb_inputs[ABSORB_NIN];

/* The columns absorb writes, in order. */
#define ABSORB_NOUT 25
struct absorb_output {
	const char *name;
	int type;		/* enum lt_type */
};
extern const struct absorb_output absorb_outputs[ABSORB_NOUT];

/* A ratio: NA when either side is NA or the denominator is 0. */
int absorb_shortage(double surplus);
/* The order of --sorted input: a row after the last one seen, 0 with a
 * new code, 1 with the same code and a later year; -1 (the code) or -2
 * (the year) when out of order, with the message in msg. */
int absorb_order(const char *code, size_t len, int64_t year,
    const char *last, size_t llen, int64_t lyear, char *msg, size_t size);
/* Every output of a row; prev is NULL when no earlier year is known. */
void absorb_compute(const struct absorb_in *r, const struct absorb_prev *prev,
    const struct absorb_opts *opt, struct absorb_out *o);
/* The outputs as typed values, in absorb_outputs order (NaN is NA). */
struct lt_value;
void absorb_values(const struct absorb_out *o, struct lt_value *v);
/* The record a later year of the same code compares with. */
void absorb_remember(const struct absorb_in *r, const struct absorb_out *o,
    struct absorb_prev *p);
/* Say once on stderr which outputs are NA for want of an input column
 * (has[k]: absorb_inputs[k] is in the input). */
void absorb_note_missing(const int *has,
    const struct absorb_opts *opt, int norms);

/* The notes a run gathers, said on stderr at its end. */
struct absorb_notes {
	long new_towns[NEW_NKINDS], not_resid, not_complement;
};
void absorb_note_row(struct absorb_notes *n, const struct absorb_out *o);
void absorb_notes_print(const struct absorb_notes *n);

/* urban.c: urbanization under its Chinese definitions */
int absorb_urban_resid(const char *def, size_t len);
void absorb_urban(const struct absorb_in *r, struct absorb_out *o);

/* growth.c: town growth and its parts, and years_to_target */
double absorb_growth(double now, int64_t year, double prev, int64_t prev_year);
void absorb_town_growth(const struct absorb_in *r,
    const struct absorb_prev *prev, const struct absorb_opts *opt,
    struct absorb_out *o);
double absorb_years_to_target(double base, double pop_town, double growth,
    double target);
void absorb_target(const struct absorb_in *r, const struct absorb_opts *opt,
    struct absorb_out *o);

/*
 * The years seen of one code, sorted, at most ABSORB_HIST_MAX of them:
 * when full, the earliest is forgotten.  A row whose previous year may
 * have been forgotten is an error, never a wrong answer.
 */
#define ABSORB_HIST_MAX 32

struct absorb_hist {
	struct absorb_prev *r;
	uint32_t n, cap;
	int evicted;		/* some year was forgotten */
	int64_t min_seen;	/* the earliest year ever seen */
};

enum absorb_find {
	HIST_NONE,		/* no earlier year: prev NA */
	HIST_FOUND,		/* *prev is the previous year */
	HIST_DUPLICATE,		/* the year was seen before */
	HIST_FORGOTTEN		/* the previous year was forgotten */
};

enum absorb_find absorb_hist_find(const struct absorb_hist *h, int64_t year,
    const struct absorb_prev **prev);
/* Add a year (not already there); grows or forgets the earliest. */
void absorb_hist_add(struct absorb_hist *h, const struct absorb_prev *p);
void absorb_hist_free(struct absorb_hist *h);

/*
 * Which input columns --level sums: canonical fields counted in
 * persons, households, places or units, km2, ha, yuan or tonnes, other
 * than absorb's own outputs.
 */
int absorb_is_count(const char *name);
/* Is name one of the columns absorb writes? */
int absorb_is_output(const char *name);

/* Group keys of the roll-ups: the code padded with NULs to 12 bytes,
 * then the year big-endian with its sign bit flipped, so that bytewise
 * order is code order (shorter first), then year order. */
#define ABSORB_KEY_LEN 20
void absorb_key(char *key, const char *code, size_t len, int64_t year);
size_t absorb_key_code(const char *key, const char **code);
int64_t absorb_key_year(const char *key);

#endif
