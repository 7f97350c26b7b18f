/*
 * growth.c - how the towns grow (docs/design.md section 9): the net
 * growth of the town population a year, which mixes natural increase,
 * migration and new designations (Wenzhou went from 18 to 87 towns),
 * split into its parts; and the years until the towns hold a target
 * share of a stated base.
 */
#include <math.h>

#include "litu.h"
#include "absorb.h"

/* Change of a level per year, over a gap of any years. */
double
absorb_growth(double now, int64_t year, double prev, int64_t prev_year)
{
	if (year <= prev_year)
		return NAN;
	return (now - prev) / (double)(year - prev_year);
}

/*
 * The population the new towns brought, per year.  Exact on a township
 * row: a unit that is a town now and was not the year before brought
 * its whole population.  Otherwise towns_change times the previous
 * year's mean population of the townships that were not towns (a new
 * town of 1984-87 was a whole former township), or, without those
 * columns, times the previous mean town population.
 */
static double
new_towns(const struct absorb_in *r, const struct absorb_prev *p,
    double towns_change, double gap, enum absorb_new_towns *how)
{
	double v;

	*how = NEW_NA;
	if (r->township_row && !isnan(r->towns) && !isnan(p->towns)) {
		v = r->towns > 0 && p->towns == 0 ? r->pop_town / gap : 0;
		*how = isnan(v) ? NEW_NA : NEW_EXACT;
		return v;
	}
	v = towns_change * lt_ratio(p->pop_total - p->pop_town,
	    p->townships - p->towns);
	if (!isnan(v)) {
		*how = NEW_NONTOWN_MEAN;
		return v;
	}
	v = towns_change * lt_ratio(p->pop_town, p->towns);
	if (!isnan(v))
		*how = NEW_TOWN_MEAN;
	return v;
}

/*
 * Wenzhou: 1,288,145 town people in 80 towns in 1986, 1,520,000 in 87
 * in 1987: 231,855 a year, 2,665 a town (an arithmetic check on the
 * paper's figure, not a reproduction of it).
 */
void
absorb_town_growth(const struct absorb_in *r, const struct absorb_prev *p,
    const struct absorb_opts *opt, struct absorb_out *o)
{
	double gap;

	o->new_towns = NEW_NA;
	if (p == NULL || r->year <= p->year) {
		o->town_pop_growth = o->towns_change = NAN;
		o->growth_new_towns = o->growth_natural = NAN;
		o->growth_residual = o->town_nonagri_growth = NAN;
		o->growth_per_town = NAN;
		return;
	}
	gap = (double)(r->year - p->year);
	o->town_pop_growth = absorb_growth(r->pop_town, r->year, p->pop_town,
	    p->year);
	o->towns_change = absorb_growth(r->towns, r->year, p->towns, p->year);
	o->growth_new_towns = new_towns(r, p, o->towns_change, gap,
	    &o->new_towns);
	/* Per mille of the previous year's town population. */
	o->growth_natural = p->pop_town * opt->natural_rate / 1000;
	/* Net migration plus boundary changes of continuing towns; natural
	 * increase too when no rate is given. */
	o->growth_residual = o->town_pop_growth - o->growth_new_towns -
	    (isnan(opt->natural_rate) ? 0 : o->growth_natural);
	o->town_nonagri_growth = absorb_growth(r->pop_town_nonagri, r->year,
	    p->pop_town_nonagri, p->year);
	o->growth_per_town = lt_ratio(o->town_pop_growth, r->towns);
}

/*
 * Years until pop_town reaches target of base, growth and base held at
 * this year's: (target base - pop_town) / growth.  0 when reached; NA
 * when not and the growth is missing or not positive.
 */
double
absorb_years_to_target(double base, double pop_town, double growth,
    double target)
{
	double gap;

	if (isnan(base) || isnan(pop_town))
		return NAN;
	gap = target * base - pop_town;
	if (gap <= 0)
		return 0;
	if (!(growth > 0))
		return NAN;
	return gap / growth;
}

/*
 * The base: pop_total; pop_agri (the paper's "half of the rural
 * population" is of the agricultural population); or pop_rural +
 * pop_town, only where pop_rural is the complement of pop_urban (they
 * add up to pop_total, to half a person) and pop_rural + pop_town
 * does not exceed pop_total: the 农村基本情况 pop_rural counts the
 * towns' farmers too, and would count them twice.
 */
void
absorb_target(const struct absorb_in *r, const struct absorb_opts *opt,
    struct absorb_out *o)
{
	double base = NAN;

	o->target_why = WHY_NONE;
	switch (opt->base) {
	case BASE_TOTAL:
		base = r->pop_total;
		break;
	case BASE_AGRI:
		base = r->pop_agri;
		break;
	case BASE_RURAL_TOWN:
		if (isnan(r->pop_rural) || isnan(r->pop_town) ||
		    isnan(r->pop_urban) || isnan(r->pop_total))
			break;
		if (fabs(r->pop_rural + r->pop_urban - r->pop_total) <= 0.5 &&
		    r->pop_rural + r->pop_town <= r->pop_total)
			base = r->pop_rural + r->pop_town;
		else
			o->target_why = WHY_NOT_COMPLEMENT;
		break;
	}
	o->years_to_target = absorb_years_to_target(base, r->pop_town,
	    o->town_pop_growth, opt->target);
}
