/*
 * absorb.c - how much surplus rural labour the towns absorb, and when
 * it runs out (docs/design.md section 9).  Southern Jiangsu redeployed
 * 41% of its rural labour out of farming by 1987 (Suzhou 61%, Wuxi
 * 68%); Wenzhou's 87 towns held 1.52 million people and each took in
 * about 2,665 peasants a year.
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"

const struct absorb_input absorb_inputs[ABSORB_NIN] = {
	{ "labour_rural", offsetof(struct absorb_in, labour_rural) },
	{ "labour_farm", offsetof(struct absorb_in, labour_farm) },
	{ "farmland_ha", offsetof(struct absorb_in, farmland_ha) },
	{ "pop_rural", offsetof(struct absorb_in, pop_rural) },
	{ "pop_town", offsetof(struct absorb_in, pop_town) },
	{ "towns", offsetof(struct absorb_in, towns) },
	{ "labour_inflow", offsetof(struct absorb_in, labour_inflow) },
};

const struct absorb_output absorb_outputs[ABSORB_NOUT] = {
	{ "redeployed", LT_NUM },
	{ "absorption_rate", LT_NUM },
	{ "farm_share", LT_NUM },
	{ "farm_need", LT_NUM },
	{ "surplus", LT_NUM },
	{ "shortage", LT_BOOL },
	{ "intake", LT_NUM },
	{ "intake_per_town", LT_NUM },
	{ "farm_share_change", LT_NUM },
	{ "labour_inflow_change", LT_NUM },
	{ "years_to_target", LT_NUM },
};

/* A ratio: NA when either side is NA or the denominator is 0. */
double
absorb_ratio(double num, double den)
{
	if (isnan(num) || isnan(den) || den == 0)
		return NAN;
	return num / den;
}

int
absorb_shortage(double surplus)
{
	if (isnan(surplus))
		return -1;
	return surplus <= 0;
}

/* Growth of the town population per year, over a gap of any years. */
double
absorb_intake(double pop_town, int64_t year, double prev_pop_town,
    int64_t prev_year)
{
	if (year <= prev_year)
		return NAN;
	return (pop_town - prev_pop_town) / (double)(year - prev_year);
}

/*
 * Years until pop_town reaches target of pop_rural + pop_town, each
 * year moving intake persons from the one to the other (so their sum
 * stays).  0 when the towns already hold the target share; NA when
 * they do not and the intake is missing or not positive.
 */
double
absorb_years_to_target(double pop_rural, double pop_town, double intake,
    double target)
{
	double gap;

	if (isnan(pop_rural) || isnan(pop_town))
		return NAN;
	gap = target * (pop_rural + pop_town) - pop_town;
	if (gap <= 0)
		return 0;
	if (!(intake > 0))
		return NAN;
	return gap / intake;
}

void
absorb_compute(const struct absorb_in *r, const struct absorb_prev *prev,
    const struct absorb_opts *opt, struct absorb_out *o)
{
	o->redeployed = r->labour_rural - r->labour_farm;
	o->absorption_rate = absorb_ratio(o->redeployed, r->labour_rural);
	o->farm_share = absorb_ratio(r->labour_farm, r->labour_rural);
	o->farm_need = absorb_ratio(r->farmland_ha, opt->ha_per_worker);
	o->surplus = r->labour_farm - o->farm_need;
	o->shortage = absorb_shortage(o->surplus);
	if (prev != NULL) {
		o->intake = absorb_intake(r->pop_town, r->year, prev->pop_town,
		    prev->year);
		o->farm_share_change = o->farm_share - prev->farm_share;
		o->labour_inflow_change = r->labour_inflow -
		    prev->labour_inflow;
	} else {
		o->intake = o->farm_share_change = NAN;
		o->labour_inflow_change = NAN;
	}
	o->intake_per_town = absorb_ratio(o->intake, r->towns);
	o->years_to_target = absorb_years_to_target(r->pop_rural, r->pop_town,
	    o->intake, opt->target);
}

void
absorb_remember(const struct absorb_in *r, const struct absorb_out *o,
    struct absorb_prev *p)
{
	p->year = r->year;
	p->pop_town = r->pop_town;
	p->farm_share = o->farm_share;
	p->labour_inflow = r->labour_inflow;
}

/* Set field by field: a whole struct built on the stack and copied
 * stalls on its partly written bytes, 11 times a row. */
static inline void
set_num(struct lt_value *v, double d)
{
	v->na = isnan(d) != 0;
	v->type = LT_NUM;
	v->u.d = d;
}

void
absorb_values(const struct absorb_out *o, struct lt_value *v)
{
	set_num(&v[0], o->redeployed);
	set_num(&v[1], o->absorption_rate);
	set_num(&v[2], o->farm_share);
	set_num(&v[3], o->farm_need);
	set_num(&v[4], o->surplus);
	v[5].na = o->shortage < 0;
	v[5].type = LT_BOOL;
	v[5].u.b = o->shortage > 0;
	set_num(&v[6], o->intake);
	set_num(&v[7], o->intake_per_town);
	set_num(&v[8], o->farm_share_change);
	set_num(&v[9], o->labour_inflow_change);
	set_num(&v[10], o->years_to_target);
}

/* The first kept year not before year. */
static uint32_t
hist_lower(const struct absorb_hist *h, int64_t year)
{
	uint32_t lo = 0, hi = h->n;

	/* Rows mostly come in year order: try the end first. */
	if (h->n == 0 || h->r[h->n - 1].year < year)
		return h->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (h->r[mid].year < year)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

enum absorb_find
absorb_hist_find(const struct absorb_hist *h, int64_t year,
    const struct absorb_prev **prev)
{
	uint32_t i = hist_lower(h, year);

	*prev = NULL;
	if (i < h->n && h->r[i].year == year)
		return HIST_DUPLICATE;
	if (h->evicted && year == h->min_seen)
		return HIST_DUPLICATE;
	if (i > 0) {
		*prev = &h->r[i - 1];
		return HIST_FOUND;
	}
	/* Before every kept year: an earlier one may have been dropped. */
	if (h->evicted && year > h->min_seen)
		return HIST_FORGOTTEN;
	return HIST_NONE;
}

void
absorb_hist_add(struct absorb_hist *h, const struct absorb_prev *p)
{
	uint32_t i = hist_lower(h, p->year);

	if (h->n == 0 && !h->evicted)
		h->min_seen = p->year;
	else if (p->year < h->min_seen)
		h->min_seen = p->year;
	if (h->n == ABSORB_HIST_MAX) {
		/* Forget the earliest year, which may be this one. */
		h->evicted = 1;
		if (i == 0)
			return;
		memmove(h->r, h->r + 1, (i - 1) * sizeof(*h->r));
		h->r[i - 1] = *p;
		return;
	}
	if (h->n == h->cap) {
		/* From one (a cross-section of 620,000 villages keeps one
		 * record a code), half as much again each time: 25 years
		 * take 26 records, not 32. */
		uint32_t cap = h->cap + h->cap / 2 + 1;

		if (cap > ABSORB_HIST_MAX)
			cap = ABSORB_HIST_MAX;
		h->r = lt_hash_block(h->r, h->cap * sizeof(*h->r),
		    cap * sizeof(*h->r));
		h->cap = cap;
	}
	memmove(h->r + i + 1, h->r + i, (h->n - i) * sizeof(*h->r));
	h->r[i] = *p;
	h->n++;
}

void
absorb_hist_free(struct absorb_hist *h)
{
	lt_hash_block(h->r, h->cap * sizeof(*h->r), 0);
	memset(h, 0, sizeof(*h));
}


/* Units of quantities that add up over regions. */
static const char *const count_units[] = {
	"persons", "households", "count", "km2", "ha", "yuan", "t"
};

int
absorb_is_output(const char *name)
{
	size_t i;

	for (i = 0; i < ABSORB_NOUT; i++)
		if (strcmp(name, absorb_outputs[i].name) == 0)
			return 1;
	return 0;
}

int
absorb_is_count(const char *name)
{
	const struct lt_fielddef *def = lt_field_find(name);
	size_t i;

	if (def == NULL || absorb_is_output(name) ||
	    (def->type != LT_INT && def->type != LT_NUM))
		return 0;
	for (i = 0; i < sizeof(count_units) / sizeof(count_units[0]); i++)
		if (strcmp(def->unit, count_units[i]) == 0)
			return 1;
	return 0;
}

void
absorb_key(char *key, const char *code, size_t len, int64_t year)
{
	uint64_t y = (uint64_t)year ^ (UINT64_C(1) << 63);
	int i;

	if (len > 12)
		len = 12;
	memset(key, 0, 12);
	memcpy(key, code, len);
	for (i = 0; i < 8; i++)
		key[12 + i] = (char)(y >> (56 - 8 * i));
}

size_t
absorb_key_code(const char *key, const char **code)
{
	size_t n = 0;

	while (n < 12 && key[n] != '\0')
		n++;
	*code = key;
	return n;
}

int64_t
absorb_key_year(const char *key)
{
	uint64_t y = 0;
	int i;

	for (i = 0; i < 8; i++)
		y = y << 8 | (unsigned char)key[12 + i];
	return (int64_t)(y ^ (UINT64_C(1) << 63));
}
