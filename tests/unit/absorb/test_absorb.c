/*
 * test_absorb.c - absorb's formulas, its per-code memory of years, the
 * roll-up keys and the exact decimal parsing, with values worked out by
 * hand and the paper's own figures (Jiangsu 1987; Wenzhou 1987).
 */
#include <math.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "absorb.h"

/* No norm (-w NaN), target 0.5 of pop_total, no natural rate. */
static const struct absorb_opts defaults = { NAN, 0.5, BASE_TOTAL, NAN };

static struct absorb_in
row(int64_t year, double rural, double farm, double farmland)
{
	struct absorb_in r;

	r.year = year;
	r.labour_rural = rural;
	r.labour_farm = farm;
	r.farmland_ha = farmland;
	r.pop_rural = r.pop_town = r.towns = r.labour_inflow = NAN;
	r.pop_total = r.pop_urban = r.pop_nonagri = r.pop_agri = NAN;
	r.pop_town_nonagri = r.townships = r.tve_employment = NAN;
	r.need_low = r.need_high = NAN;
	r.urban_resid = -1;
	r.township_row = 0;
	return r;
}

/* Redeployment: the paper's 1987 shares of rural labour out of farming. */
Test(absorb, redeployment_paper_shares)
{
	static const struct {
		const char *where;
		double rural, farm, redeployed, rate, farm_share;
	} cases[] = {
		{ "Jiangsu", 1000, 590, 410, 0.41, 0.59 },
		{ "Suzhou", 1000, 390, 610, 0.61, 0.39 },
		{ "Wuxi", 2500, 800, 1700, 0.68, 0.32 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct absorb_in r = row(1987, cases[i].rural, cases[i].farm,
		    NAN);
		struct absorb_out o;

		absorb_compute(&r, NULL, &defaults, &o);
		cr_expect_eq(o.redeployed, cases[i].redeployed, "%s",
		    cases[i].where);
		cr_expect_float_eq(o.absorption_rate, cases[i].rate, 1e-15,
		    "%s", cases[i].where);
		cr_expect_float_eq(o.farm_share, cases[i].farm_share, 1e-15,
		    "%s", cases[i].where);
	}
}

/* -w: farmland / HA per worker is the labour the land needs. */
Test(absorb, surplus_with_w)
{
	static const struct {
		double farm, farmland, ha_per_worker, need, surplus;
		int shortage;
	} cases[] = {
		{ 590, 100, 0.5, 200, 390, 0 },	/* 390 workers too many */
		{ 150, 400, 0.5, 800, -650, 1 },	/* short of 650 */
		{ 200, 100, 0.5, 200, 0, 1 },		/* exactly enough */
		{ 590, 100, 0.25, 400, 190, 0 },	/* -w 0.25 */
		{ 590, NAN, 0.5, NAN, NAN, -1 },	/* no farmland: NA */
		{ NAN, 100, 0.5, 200, NAN, -1 },	/* no farm labour: NA */
		{ 590, 100, NAN, NAN, NAN, -1 },	/* no norm: NA */
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct absorb_opts opt = defaults;
		struct absorb_in r = row(1987, 1000, cases[i].farm,
		    cases[i].farmland);
		struct absorb_out o;

		opt.ha_per_worker = cases[i].ha_per_worker;
		absorb_compute(&r, NULL, &opt, &o);
		if (isnan(cases[i].need))
			cr_expect(isnan(o.farm_need), "case %zu", i);
		else
			cr_expect_eq(o.farm_need, cases[i].need, "case %zu", i);
		if (isnan(cases[i].surplus)) {
			cr_expect(isnan(o.surplus), "case %zu", i);
		} else {
			cr_expect_eq(o.surplus, cases[i].surplus, "case %zu", i);
			cr_expect_eq(o.surplus_low, o.surplus_high);
		}
		cr_expect_eq(o.labour_shortage, cases[i].shortage, "case %zu",
		    i);
	}
}

/* Norms: the low need gives surplus_high, the high need surplus_low;
 * farm_need is their mean.  Wujin 0.345 ha per farm worker. */
Test(absorb, surplus_with_norms)
{
	struct absorb_in r = row(1987, 617800, 230000, 79350);
	struct absorb_out o;

	r.need_low = 48500;
	r.need_high = 142500;
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect_eq(o.farm_need, 95500);
	cr_expect_eq(o.surplus, 134500);
	cr_expect_eq(o.surplus_low, 87500);
	cr_expect_eq(o.surplus_high, 181500);
	cr_expect_eq(o.labour_shortage, 0);
	cr_expect_float_eq(o.farmland_per_farm_worker, 0.345, 1e-15);
}

/* Inflow: 5,200 outsiders on 4,800 local workers is 1.083 (the paper's
 * "local labour force exceeded by outsiders"); of 9,500 TVE jobs. */
Test(absorb, inflow)
{
	struct absorb_in r = row(1987, 4800, 900, NAN);
	struct absorb_out o;

	r.labour_inflow = 5200;
	r.tve_employment = 9500;
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect_float_eq(o.inflow_ratio, 5200.0 / 4800, 1e-15);
	cr_expect(o.inflow_ratio > 1);
	cr_expect_float_eq(o.inflow_share_tve, 5200.0 / 9500, 1e-15);
}

/* China 1982: 206 of 1000 urban, the paper's 20.6%; no gap under the
 * 1982 definition.  2010: (500 - 350) / 1000 = 0.15 exactly. */
Test(absorb, urban_definitions)
{
	struct absorb_in r = row(1982, NAN, NAN, NAN);
	struct absorb_out o;

	r.pop_total = 1000;
	r.pop_urban = 206;
	r.pop_nonagri = 144;
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect_float_eq(o.urban_share, 0.206, 1e-15);
	cr_expect(isnan(o.amphibian_gap));
	cr_expect_eq(o.gap_why, WHY_NOT_RESID);
	r.urban_resid = absorb_urban_resid("census_1982", 11);
	cr_expect_eq(r.urban_resid, 0);
	r.year = 2010;
	r.pop_urban = 500;
	r.pop_nonagri = 350;
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect(isnan(o.amphibian_gap), "urban_def decides, not the year");
	r.urban_resid = -1;
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect_eq(o.amphibian_gap, 0.15);
	cr_expect_eq(absorb_urban_resid("resid_2000", 10), 1);
	cr_expect_eq(absorb_urban_resid("code_2008", 9), 1);
	cr_expect_eq(absorb_urban_resid("", 0), -1);
}

/*
 * Year on year over a gap: 1990 -> 1993, pop_town 10,000 -> 13,000 is
 * 1,000 a year (not 3,000); 4 towns give 250 each.  farm_share 0.5 ->
 * 0.44 and labour_inflow 100 -> 160 are plain differences.
 */
Test(absorb, growth_over_a_gap)
{
	struct absorb_in r1 = row(1990, 1000, 500, NAN);
	struct absorb_in r2 = row(1993, 1000, 440, NAN);
	struct absorb_out o1, o2;
	struct absorb_prev p;

	r1.pop_town = 10000;
	r1.labour_inflow = 100;
	r1.towns = 4;
	r2.pop_town = 13000;
	r2.labour_inflow = 160;
	r2.towns = 4;
	absorb_compute(&r1, NULL, &defaults, &o1);
	absorb_remember(&r1, &o1, &p);
	cr_expect_eq(p.year, 1990);
	cr_expect_eq(p.farm_share, 0.5);
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect_eq(o2.town_pop_growth, 1000);
	cr_expect_eq(o2.growth_per_town, 250);
	cr_expect_eq(o2.towns_change, 0);
	cr_expect_eq(o2.growth_new_towns, 0);
	cr_expect_eq(o2.growth_residual, 1000);
	cr_expect(isnan(o2.growth_natural));
	cr_expect_float_eq(o2.farm_share_change, -0.06, 1e-15);
	cr_expect_eq(o2.labour_inflow_change, 60);

	/* No towns: growth_per_town is NA, town_pop_growth is not. */
	r2.towns = 0;
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect_eq(o2.town_pop_growth, 1000);
	cr_expect(isnan(o2.growth_per_town));
	/* A missing pop_town on either side: NA. */
	p.pop_town = NAN;
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect(isnan(o2.town_pop_growth));
	cr_expect(isnan(absorb_growth(100, 1990, 50, 1990)), "no gap");
}

/*
 * Wenzhou 1986 -> 1987: 1,288,145 -> 1,520,000 town people, 80 -> 87
 * towns of 380 townships, pop_total 5,520,000 then 5,600,000: 231,855 a
 * year, 2,665 a town; new towns 7 x (5,520,000 - 1,288,145) / 300 =
 * 98,743.28; natural increase at 12 per mille 15,457.74; the residual
 * 231,855 - 98,743.28 - 15,457.74 = 117,653.98.  To half of pop_total:
 * (2,800,000 - 1,520,000) / 231,855 = 5.5207 years; of pop_agri
 * 4,900,000: 930,000 / 231,855 = 4.0111; of pop_rural + pop_town
 * (4,000,000 + 1,600,000 urban = pop_total): 1,240,000 / 231,855 =
 * 5.3482.
 */
Test(absorb, wenzhou_growth_and_bases)
{
	struct absorb_in r86 = row(1986, NAN, NAN, NAN);
	struct absorb_in r87 = row(1987, NAN, NAN, NAN);
	struct absorb_opts opt = defaults;
	struct absorb_out o86, o87;
	struct absorb_prev p;

	r86.pop_town = 1288145;
	r86.towns = 80;
	r86.townships = 380;
	r86.pop_total = 5520000;
	r87.pop_town = 1520000;
	r87.towns = 87;
	r87.townships = 380;
	r87.pop_total = 5600000;
	r87.pop_agri = 4900000;
	r87.pop_rural = 4000000;
	r87.pop_urban = 1600000;
	opt.natural_rate = 12;
	absorb_compute(&r86, NULL, &opt, &o86);
	absorb_remember(&r86, &o86, &p);
	absorb_compute(&r87, &p, &opt, &o87);
	cr_expect_eq(o87.town_pop_growth, 231855);
	cr_expect_eq(o87.growth_per_town, 2665);
	cr_expect_eq(o87.towns_change, 7);
	cr_expect_float_eq(o87.growth_new_towns, 7 * 4231855.0 / 300, 1e-9);
	cr_expect_eq(o87.new_towns, NEW_NONTOWN_MEAN);
	cr_expect_float_eq(o87.growth_natural, 15457.74, 1e-9);
	cr_expect_float_eq(o87.growth_residual, 117653.9766666667, 1e-6);
	cr_expect_float_eq(o87.years_to_target, 1280000.0 / 231855, 1e-12);
	opt.base = BASE_AGRI;
	absorb_compute(&r87, &p, &opt, &o87);
	cr_expect_float_eq(o87.years_to_target, 930000.0 / 231855, 1e-12);
	opt.base = BASE_RURAL_TOWN;
	absorb_compute(&r87, &p, &opt, &o87);
	cr_expect_float_eq(o87.years_to_target, 1240000.0 / 231855, 1e-12);
	/* pop_rural not the complement of pop_urban: NA, with the reason. */
	r87.pop_urban = 1700000;
	absorb_compute(&r87, &p, &opt, &o87);
	cr_expect(isnan(o87.years_to_target));
	cr_expect_eq(o87.target_why, WHY_NOT_COMPLEMENT);
}

/* A township row that became a town brought its whole population. */
Test(absorb, new_town_exact)
{
	struct absorb_in r83 = row(1983, NAN, NAN, NAN);
	struct absorb_in r84 = row(1984, NAN, NAN, NAN);
	struct absorb_out o;
	struct absorb_prev p;

	r83.township_row = r84.township_row = 1;
	r83.pop_town = 0;
	r83.towns = 0;
	r84.pop_town = 31000;
	r84.towns = 1;
	absorb_compute(&r83, NULL, &defaults, &o);
	absorb_remember(&r83, &o, &p);
	absorb_compute(&r84, &p, &defaults, &o);
	cr_expect_eq(o.growth_new_towns, 31000);
	cr_expect_eq(o.new_towns, NEW_EXACT);
	cr_expect_eq(o.growth_residual, 0);
}

Test(absorb, years_to_target_edges)
{
	/* Already at or over the target: 0, whatever the growth. */
	cr_expect_eq(absorb_years_to_target(1000, 600, NAN, 0.5), 0);
	cr_expect_eq(absorb_years_to_target(1000, 500, -10, 0.5), 0);
	/* Not there, and no positive growth: NA. */
	cr_expect(isnan(absorb_years_to_target(1000, 400, 0, 0.5)));
	cr_expect(isnan(absorb_years_to_target(1000, 400, -5, 0.5)));
	cr_expect(isnan(absorb_years_to_target(1000, 400, NAN, 0.5)));
	cr_expect(isnan(absorb_years_to_target(NAN, 400, 50, 0.5)));
	/* 0.7 of 1000 is 700: 300 to go at 50 a year. */
	cr_expect_eq(absorb_years_to_target(1000, 400, 50, 0.7), 6);
}

static struct absorb_prev
rec(int64_t year)
{
	struct absorb_prev p;

	memset(&p, 0, sizeof(p));
	p.year = year;
	p.pop_town = (double)year;

	return p;
}

/* Years in any order: the previous year is the latest earlier one seen. */
Test(absorb, history_out_of_order)
{
	struct absorb_hist h;
	const struct absorb_prev *prev;
	struct absorb_prev p;

	memset(&h, 0, sizeof(h));
	cr_expect_eq(absorb_hist_find(&h, 1990, &prev), HIST_NONE);
	p = rec(1990);
	absorb_hist_add(&h, &p);
	cr_expect_eq(absorb_hist_find(&h, 1988, &prev), HIST_NONE);
	p = rec(1988);
	absorb_hist_add(&h, &p);
	cr_expect_eq(absorb_hist_find(&h, 1989, &prev), HIST_FOUND);
	cr_expect_eq(prev->year, 1988);
	cr_expect_eq(prev->pop_town, 1988);
	cr_expect_eq(absorb_hist_find(&h, 1995, &prev), HIST_FOUND);
	cr_expect_eq(prev->year, 1990);
	cr_expect_eq(absorb_hist_find(&h, 1988, &prev), HIST_DUPLICATE);
	cr_expect_eq(absorb_hist_find(&h, 1987, &prev), HIST_NONE);
	absorb_hist_free(&h);
}

/* Full: the earliest year is forgotten, and a row that needs it is an
 * error, never compared with the wrong year. */
Test(absorb, history_forgets_the_earliest)
{
	struct absorb_hist h;
	const struct absorb_prev *prev;
	struct absorb_prev p;
	int64_t y;

	memset(&h, 0, sizeof(h));
	p = rec(2000);
	absorb_hist_add(&h, &p);
	for (y = 2002; y < 2002 + ABSORB_HIST_MAX - 1; y++) {
		p = rec(y);
		absorb_hist_add(&h, &p);
	}
	cr_assert_eq(h.n, ABSORB_HIST_MAX);
	cr_expect_eq(absorb_hist_find(&h, 2001, &prev), HIST_FOUND);
	cr_expect_eq(prev->year, 2000);
	p = rec(y);
	absorb_hist_add(&h, &p);	/* forgets 2000 */
	cr_expect_eq(h.n, ABSORB_HIST_MAX);
	cr_expect_eq(h.r[0].year, 2002);
	cr_expect_eq(absorb_hist_find(&h, 2001, &prev), HIST_FORGOTTEN);
	cr_expect_eq(absorb_hist_find(&h, 2000, &prev), HIST_DUPLICATE);
	cr_expect_eq(absorb_hist_find(&h, 1999, &prev), HIST_NONE);
	cr_expect_eq(absorb_hist_find(&h, 2010, &prev), HIST_DUPLICATE);
	cr_expect_eq(absorb_hist_find(&h, 2040, &prev), HIST_FOUND);
	cr_expect_eq(prev->year, 2002 + ABSORB_HIST_MAX - 1);
	absorb_hist_free(&h);
}

/* Keys sort by code (shorter first), then year, negative years too. */
Test(absorb, keys_order_and_round_trip)
{
	char a[ABSORB_KEY_LEN], b[ABSORB_KEY_LEN];
	const char *code;

	absorb_key(a, "3204", 4, 1987);
	absorb_key(b, "320412", 6, 1900);
	cr_expect_lt(memcmp(a, b, ABSORB_KEY_LEN), 0);
	absorb_key(a, "320412", 6, 1986);
	absorb_key(b, "320412", 6, 1987);
	cr_expect_lt(memcmp(a, b, ABSORB_KEY_LEN), 0);
	absorb_key(a, "32", 2, -5);
	absorb_key(b, "32", 2, 3);
	cr_expect_lt(memcmp(a, b, ABSORB_KEY_LEN), 0);
	cr_expect_eq(absorb_key_year(a), -5);
	cr_expect_eq(absorb_key_code(b, &code), 2);
	cr_expect_eq(memcmp(code, "32", 2), 0);
}

Test(absorb, count_columns)
{
	static const struct {
		const char *name;
		int count;
	} cases[] = {
		{ "pop_town", 1 }, { "labour_inflow", 1 }, { "towns", 1 },
		{ "farmland_ha", 1 }, { "area_km2", 1 }, { "households", 1 },
		{ "output_industry", 1 }, { "grain_t", 1 },
		{ "redeployed", 0 }, { "surplus", 0 }, { "town_pop_growth", 0 }, { "share_farm", 0 },
		{ "village_density", 0 }, { "year", 0 }, { "name", 0 },
		{ "pop_male", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_expect_eq(absorb_is_count(cases[i].name), cases[i].count,
		    "%s", cases[i].name);
}

/* The exact sums of --level read decimals as lt_parse_micro does. */
Test(absorb, parse_micro)
{
	static const struct {
		const char *s;
		long long micro;
	} cases[] = {
		{ "29.31", 29310000 }, { "456.86", 456860000 },
		{ "-1.5", -1500000 }, { "1e3", 1000000000 },
		{ "0.0000005", 1 }, { "0.0000004", 0 }, { "7", 7000000 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		lt_micro m = 0;

		cr_expect_eq(lt_parse_micro(cases[i].s,
		    strlen(cases[i].s), &m), LT_OK, "%s", cases[i].s);
		cr_expect_eq((long long)m, cases[i].micro, "%s", cases[i].s);
	}
	cr_expect_eq(lt_parse_micro("", 0, NULL), LT_NA);
}
