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

static const struct absorb_opts defaults = { 0.5, 0.5 };

static struct absorb_in
row(int64_t year, double rural, double farm, double farmland)
{
	struct absorb_in r;

	r.year = year;
	r.labour_rural = rural;
	r.labour_farm = farm;
	r.farmland_ha = farmland;
	r.pop_rural = r.pop_town = r.towns = r.labour_inflow = NAN;
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

/* Surplus: farmland / 0.5 ha per worker is the labour the land needs. */
Test(absorb, surplus_and_shortage)
{
	static const struct {
		double farm, farmland, ha_per_worker, need, surplus;
		int shortage;
	} cases[] = {
		{ 590, 100, 0.5, 200, 390, 0 },	/* 390 workers too many */
		{ 150, 400, 0.5, 800, -650, 1 },	/* short of 650 */
		{ 200, 100, 0.5, 200, 0, 1 },		/* exactly enough */
		{ 590, 100, 0.25, 400, 190, 0 },	/* --ha-per-worker 0.25 */
		{ 590, NAN, 0.5, NAN, NAN, -1 },	/* no farmland: NA */
		{ NAN, 100, 0.5, 200, NAN, -1 },	/* no farm labour: NA */
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct absorb_opts opt = { cases[i].ha_per_worker, 0.5 };
		struct absorb_in r = row(1987, 1000, cases[i].farm,
		    cases[i].farmland);
		struct absorb_out o;

		absorb_compute(&r, NULL, &opt, &o);
		if (isnan(cases[i].need))
			cr_expect(isnan(o.farm_need), "case %zu", i);
		else
			cr_expect_eq(o.farm_need, cases[i].need, "case %zu", i);
		if (isnan(cases[i].surplus))
			cr_expect(isnan(o.surplus), "case %zu", i);
		else
			cr_expect_eq(o.surplus, cases[i].surplus, "case %zu", i);
		cr_expect_eq(o.shortage, cases[i].shortage, "case %zu", i);
	}
}

/* NA propagates and a zero denominator gives NA, never inf or 0. */
Test(absorb, na_propagation)
{
	struct absorb_in r = row(1987, NAN, 300, 100);
	struct absorb_out o;

	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect(isnan(o.redeployed));
	cr_expect(isnan(o.absorption_rate));
	cr_expect(isnan(o.farm_share));
	cr_expect_eq(o.farm_need, 200);
	cr_expect_eq(o.surplus, 100);
	cr_expect(isnan(o.intake));
	cr_expect(isnan(o.intake_per_town));
	cr_expect(isnan(o.farm_share_change));
	cr_expect(isnan(o.labour_inflow_change));
	cr_expect(isnan(o.years_to_target));

	r = row(1987, 0, 0, NAN);
	absorb_compute(&r, NULL, &defaults, &o);
	cr_expect_eq(o.redeployed, 0);
	cr_expect(isnan(o.absorption_rate), "0 / 0 is NA");
	cr_expect(isnan(o.farm_share));
	cr_expect_eq(o.shortage, -1);
}

/*
 * Year on year over a gap: 1990 -> 1993, pop_town 10,000 -> 13,000 is
 * 1,000 a year (not 3,000); 4 towns take 250 each.  farm_share 0.5 ->
 * 0.44 and labour_inflow 100 -> 160 are plain differences.
 */
Test(absorb, intake_over_a_gap)
{
	struct absorb_in r1 = row(1990, 1000, 500, NAN);
	struct absorb_in r2 = row(1993, 1000, 440, NAN);
	struct absorb_out o1, o2;
	struct absorb_prev p;

	r1.pop_town = 10000;
	r1.labour_inflow = 100;
	r2.pop_town = 13000;
	r2.labour_inflow = 160;
	r2.towns = 4;
	absorb_compute(&r1, NULL, &defaults, &o1);
	absorb_remember(&r1, &o1, &p);
	cr_expect_eq(p.year, 1990);
	cr_expect_eq(p.farm_share, 0.5);
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect_eq(o2.intake, 1000);
	cr_expect_eq(o2.intake_per_town, 250);
	cr_expect_float_eq(o2.farm_share_change, -0.06, 1e-15);
	cr_expect_eq(o2.labour_inflow_change, 60);

	/* No towns: intake_per_town is NA, intake is not. */
	r2.towns = 0;
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect_eq(o2.intake, 1000);
	cr_expect(isnan(o2.intake_per_town));
	/* A missing pop_town on either side: NA. */
	p.pop_town = NAN;
	absorb_compute(&r2, &p, &defaults, &o2);
	cr_expect(isnan(o2.intake));
	cr_expect(isnan(absorb_intake(100, 1990, 50, 1990)), "no gap");
}

/*
 * Wenzhou 1987: 87 towns held 1.52 million people and each took in
 * about 2,665 peasants a year, 231,855 in all.  With 4 million rural
 * people outside the towns (an assumption: the paper gives no total),
 * half of the 5.52 million is 2.76 million, 1.24 million more than the
 * towns hold: 1,240,000 / 231,855 = 5.348170192577257 years, the
 * paper's "almost half ... within 5 years".
 */
Test(absorb, wenzhou_projection)
{
	struct absorb_in r86 = row(1986, NAN, NAN, NAN);
	struct absorb_in r87 = row(1987, NAN, NAN, NAN);
	struct absorb_out o86, o87;
	struct absorb_prev p;

	r86.pop_town = 1520000 - 231855;
	r87.pop_town = 1520000;
	r87.pop_rural = 4000000;
	r87.towns = 87;
	absorb_compute(&r86, NULL, &defaults, &o86);
	absorb_remember(&r86, &o86, &p);
	absorb_compute(&r87, &p, &defaults, &o87);
	cr_expect_eq(o87.intake, 231855);
	cr_expect_eq(o87.intake_per_town, 2665);
	cr_expect_float_eq(o87.years_to_target, 5.348170192577257, 1e-12);
	cr_expect(o87.years_to_target > 5 && o87.years_to_target < 6);
}

Test(absorb, years_to_target_edges)
{
	/* Already at or over the target: 0, whatever the intake. */
	cr_expect_eq(absorb_years_to_target(400, 600, NAN, 0.5), 0);
	cr_expect_eq(absorb_years_to_target(500, 500, -10, 0.5), 0);
	/* Not there, and no positive intake: NA. */
	cr_expect(isnan(absorb_years_to_target(600, 400, 0, 0.5)));
	cr_expect(isnan(absorb_years_to_target(600, 400, -5, 0.5)));
	cr_expect(isnan(absorb_years_to_target(600, 400, NAN, 0.5)));
	cr_expect(isnan(absorb_years_to_target(NAN, 400, 50, 0.5)));
	/* 0.7 of 1000 is 700: 300 to go at 50 a year. */
	cr_expect_eq(absorb_years_to_target(600, 400, 50, 0.7), 6);
}

static struct absorb_prev
rec(int64_t year)
{
	struct absorb_prev p = { year, (double)year, 0, 0 };

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
		{ "redeployed", 0 }, { "surplus", 0 }, { "share_farm", 0 },
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
