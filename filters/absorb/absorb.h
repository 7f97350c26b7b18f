/*
 * absorb.h - absorb's formulas (docs/design.md section 9) and the small
 * records it keeps, as functions of values so that the unit tests can
 * call them.  NA is NaN here: it propagates through the arithmetic and
 * is written as an empty field.
 */
#ifndef ABSORB_H
#define ABSORB_H

#include <stddef.h>
#include <stdint.h>

struct absorb_opts {
	double ha_per_worker;	/* farmland one farm worker can work */
	double target;		/* town share of pop_rural + pop_town */
};

/* One region-year's inputs; NaN where missing. */
struct absorb_in {
	int64_t year;
	double labour_rural, labour_farm, farmland_ha;
	double pop_rural, pop_town, towns, labour_inflow;
};

/* What a later year needs of an earlier one. */
struct absorb_prev {
	int64_t year;
	double pop_town, farm_share, labour_inflow;
};

struct absorb_out {
	double redeployed, absorption_rate, farm_share, farm_need, surplus;
	int shortage;		/* 1 yes, 0 no, -1 NA */
	double intake, intake_per_town, farm_share_change;
	double labour_inflow_change, years_to_target;
};

/* The columns the formulas read, and where they go in absorb_in. */
#define ABSORB_NIN 7
struct absorb_input {
	const char *name;
	size_t off;
};
extern const struct absorb_input absorb_inputs[ABSORB_NIN];

/* The columns absorb writes, in order. */
#define ABSORB_NOUT 11
struct absorb_output {
	const char *name;
	int type;		/* enum lt_type */
};
extern const struct absorb_output absorb_outputs[ABSORB_NOUT];

double absorb_ratio(double num, double den);
int absorb_shortage(double surplus);
double absorb_intake(double pop_town, int64_t year, double prev_pop_town,
    int64_t prev_year);
double absorb_years_to_target(double pop_rural, double pop_town,
    double intake, double target);
/* Every output of a row; prev is NULL when no earlier year is known. */
void absorb_compute(const struct absorb_in *r, const struct absorb_prev *prev,
    const struct absorb_opts *opt, struct absorb_out *o);
/* The outputs as typed values, in absorb_outputs order (NaN is NA). */
struct lt_value;
void absorb_values(const struct absorb_out *o, struct lt_value *v);
/* The record a later year of the same code compares with. */
void absorb_remember(const struct absorb_in *r, const struct absorb_out *o,
    struct absorb_prev *p);

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
