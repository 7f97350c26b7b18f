/*
 * test_ills.c - ills-report's indicators, thresholds, levels, the
 * year-on-year changes and trends, Krugman's index and the text
 * escapes, on values worked out by hand (the counties are those of
 * tests/cmd/data/ills-report-regions.csv, 1987: synthetic figures with
 * the paper's contrasts, southern Jiangsu's collective industry,
 * Wenzhou's household industry, Jilin's agriculture).
 */
#include <math.h>
#include <string.h>

#include <criterion/criterion.h>

/* By path: the Makefile's -Ifilters/NAME for unit tests names the
 * wrong folder (its $* is the whole stem of the %.o rule). */
#include "../../../filters/ills-report/ills.h"

#define NA NAN

static const struct indicator *
find(const char *name)
{
	const struct indicator *ind = ills_find(name, strlen(name));

	cr_assert_not_null(ind, "no indicator %s", name);
	return ind;
}

/* Each row indicator on its inputs (in the table's order of needs),
 * its value, and its score with the default thresholds. */
static const struct {
	const char *name;
	double x[4];
	double value, score;
} row_cases[] = {
	/* Parochial industry, the paper's contrast, 1987 rows of
	 * tests/cmd/data/ills-report-regions.csv (synthetic figures).
	 * Wujin: 380000 / 420000 = 0.905, above 0.9: 1. */
	{ "tv_employment_share", { 380000, 420000 }, 380000.0 / 420000, 1 },
	/* Cangnan (Wenzhou household industry): 30000 / 150000 = 0.2,
	 * below 0.3: 0. */
	{ "tv_employment_share", { 30000, 150000 }, 0.2, 0 },
	/* Twice Cangnan's household jobs: 30000 / 270000, still 0: more
	 * household firms never raise it. */
	{ "tv_employment_share", { 30000, 270000 }, 30000.0 / 270000, 0 },
	/* 0.6: (0.6 - 0.3) / 0.6 = 0.5. */
	{ "tv_employment_share", { 60, 100 }, 0.6, 0.5 },
	/* Wujin 3100 / 600 = 5.17: 1; Cangnan 300 / 800 = 0.375:
	 * (0.375 - 0.25) / 0.75 = 1/6. */
	{ "village_enterprises_per_village", { 3100, 600 }, 3100.0 / 600, 1 },
	{ "village_enterprises_per_village", { 300, 800 }, 0.375, 1.0 / 6 },
	{ "village_enterprises_per_village", { 5, 0 }, NA, NA },
	/* Cangnan 100 / 36 = 2.78: (2.78 - 2) / 8 = 0.0972. */
	{ "township_enterprises_per_township", { 100, 36 }, 100.0 / 36,
	    (100.0 / 36 - 2) / 8 },
	/* Wujin 380000 / (600 + 3100) = 102.7: (200 - 102.7) / 180 =
	 * 0.5405; Cangnan 30000 / 400 = 75: 125 / 180 = 0.694. */
	{ "workers_per_tv_enterprise", { 380000, 600, 3100 }, 380000.0 / 3700,
	    (200 - 380000.0 / 3700) / 180 },
	{ "workers_per_tv_enterprise", { 30000, 100, 300 }, 75, 125.0 / 180 },
	/* Wujin 1 - 30000 / 380000 = 0.921: (0.921 - 0.5) / 0.45 = 0.936. */
	{ "local_recruitment", { 30000, 380000 }, 1 - 30000.0 / 380000,
	    (0.5 - 30000.0 / 380000) / 0.45 },
	/* More outsiders than collective jobs: 0, not below. */
	{ "local_recruitment", { 500, 400 }, 0, 0 },
	{ "local_recruitment", { 5, 0 }, NA, NA },
	/* Old and women: Wujin 35000 / 140000 = 0.25: 0.75; 90000 /
	 * 140000 = 0.643: (0.643 - 0.5) / 0.2 = 0.714. */
	{ "old_farm_share", { 35000, 140000 }, 0.25, 0.75 },
	{ "female_farm_share", { 90000, 140000 }, 90000.0 / 140000,
	    (90000.0 / 140000 - 0.5) / 0.2 },
	/* Wujin: 8250000 t / 750000 (10^4 yuan) = 11; (11 - 5) / 25. */
	{ "wastewater_per_10k_yuan", { 8250000, 7500000000 }, 11, 0.24 },
	{ "wastewater_per_10k_yuan", { 1, 0 }, NA, NA },
	/* Cangnan: 420000 / 150000 = 2.8; (2.8 - 1) / 4 = 0.45. */
	{ "solid_waste_per_10k_yuan", { 420000, 1500000000 }, 2.8, 0.45 },
	/* 5500 t per km2: (5500 - 1000) / 9000 = 0.5. */
	{ "wastewater_per_km2", { 550000, 100 }, 5500, 0.5 },
	/* 5.5 per km2: (5.5 - 1) / 9 = 0.5. */
	{ "enterprise_density", { 550, 100 }, 5.5, 0.5 },
	/* Town size on the non-agricultural population: 6,000 is
	 * halfway between the 1984 standard's 2,000 and 10,000. */
	{ "town_size", { 60000, 10 }, 6000, 0.5 },
	{ "town_size", { 15000, 10 }, 1500, 1 },
	/* Cangnan: 22 towns for 930000 rural people = 0.2366 per 10^4:
	 * (0.2366 - 0.1) / 0.4 = 0.341. */
	{ "towns_per_10k_rural", { 22, 930000 }, 22e4 / 930000,
	    (22e4 / 930000 - 0.1) / 0.4 },
	/* 5500 of 10000 from new towns: (0.55 - 0.3) / 0.5 = 0.5; no
	 * growth: NA. */
	{ "designation_share", { 5500, 10000 }, 0.55, 0.5 },
	{ "designation_share", { 5500, -100 }, NA, NA },
	/* Wujin: 46.2 km2 for 330000 people in the town proper = 140 m2;
	 * (140 - 100) / 50. */
	{ "builtup_per_town_resident", { 46.2, 330000 }, 140, 0.8 },
	{ "builtup_per_town_resident", { 8, 0 }, NA, NA },
	/* The daily commuters count: Wujin (45000 + 25000 + 420000) /
	 * 700000 = 0.7: 1; without the commuters it would be 0.1: 0. */
	{ "nonfarm_rural_share", { 45000, 25000, 420000, 700000 }, 0.7, 1 },
	{ "nonfarm_rural_share", { 45000, 25000, 0, 700000 }, 0.1, 0 },
	{ "nonfarm_rural_share", { NA, 90000, 120000, 510000 }, NA, NA },
	{ "amphibian_gap", { 0.125 }, 0.125, 0.5 },
	/* 1987's national 0.23 (88 of 390 million): (0.23 - 0.1) / 0.4. */
	{ "tve_per_rural_labour", { 88, 390 }, 88.0 / 390,
	    (88.0 / 390 - 0.1) / 0.4 },
	{ "temporary_share", { 11000, 100000 }, 0.11, 0.5 },
	/* Outsiders equal to the rural labour: past 0.5, so 1. */
	{ "inflow_ratio", { 100, 100 }, 1, 1 }
};

static void
expect_close(double got, double want, const char *what)
{
	if (isnan(want))
		cr_expect(isnan(got), "%s: %g, not NA", what, got);
	else
		cr_expect(fabs(got - want) <= 1e-12 * fmax(1, fabs(want)),
		    "%s: %.17g, not %.17g", what, got, want);
}

Test(indicators, row_values_and_scores)
{
	size_t i;

	for (i = 0; i < sizeof(row_cases) / sizeof(row_cases[0]); i++) {
		const struct indicator *ind = find(row_cases[i].name);
		double v;

		cr_assert_eq(ind->kind, KIND_ROW, "%s", ind->name);
		v = ind->value(row_cases[i].x);
		expect_close(v, row_cases[i].value, ind->name);
		expect_close(ills_score(v, ind->low, ind->high, ind->worse),
		    row_cases[i].score, ind->name);
	}
}

/* The paper's contrast on parochial industry, the mean of the five
 * scores above: Wujin (1 + 1 + 1 + 0.5405 + 0.9357) / 5 = 0.8952,
 * Cangnan (0 + 1/6 + 0.0972 + 0.6944 + 0.7407) / 5 = 0.3398, with
 * Cangnan's local recruitment 1 - 5000 / 30000 = 0.8333, scored
 * (0.8333 - 0.5) / 0.45 = 0.7407. */
Test(indicators, parochial_contrast)
{
	double wujin[] = { 1, 1, 1, (200 - 380000.0 / 3700) / 180,
	    (0.5 - 30000.0 / 380000) / 0.45 };
	double cangnan[] = { 0, 1.0 / 6, (100.0 / 36 - 2) / 8, 125.0 / 180,
	    (1 - 5000.0 / 30000 - 0.5) / 0.45 };

	expect_close(ills_mean(wujin, 5), 0.8952426110320847, "Wujin");
	expect_close(ills_mean(cangnan, 5), 0.33981481481481485, "Cangnan");
	cr_expect_gt(ills_mean(wujin, 5), ills_mean(cangnan, 5));
}

/* Year-on-year and trends: the quantity, then its change. */
Test(indicators, year_on_year_and_trends)
{
	const struct indicator *yield = find("grain_yield_trend");
	const struct indicator *land = find("farmland_per_farm_worker_trend");
	const struct indicator *lost = find("farmland_lost");
	double c[] = { 68000 }, d[] = { 67320 };
	double t[] = { 1987, 1986, 1985 };
	/* Qian'an: 300000, 270000, 300000 t on 150000 ha: slope 0. */
	double qy[] = { 2, 1.8, 2 };
	/* 2.2, 2.1, 2.0 t/ha: slope -0.1 a year over the mean 2.1. */
	double fall[] = { 2.0, 2.1, 2.2 };
	double v;

	cr_expect_eq(yield->kind, KIND_TREND);
	cr_expect_eq(land->kind, KIND_TREND);
	cr_expect(land->flags & IND_FALLING);
	expect_close(ills_trend(t, qy, 3), 0, "flat yield");
	expect_close(ills_score(0, yield->low, yield->high, yield->worse), 0.5,
	    "flat yield scores 0.5");
	v = ills_trend(t, fall, 3);
	expect_close(v, -0.1 / 2.1, "falling yield");
	expect_close(ills_score(v, yield->low, yield->high, yield->worse), 1,
	    "falling yield score");
	/* No growth of land per farm worker scores 1, 2.5% a year 0.5. */
	expect_close(ills_score(0, land->low, land->high, land->worse), 1,
	    "land flat");
	expect_close(ills_score(0.025, land->low, land->high, land->worse),
	    0.5, "land 2.5%");
	/* Wujin: 68000 ha to 67320 ha is 1% lost: half of 2%. */
	v = lost->change(lost->value(d), lost->value(c), 1);
	expect_close(v, 0.01, "farmland lost");
	expect_close(ills_score(v, lost->low, lost->high, lost->worse), 0.5,
	    "lost score");
	expect_close(ills_score(ills_loss(110, 100, 1), lost->low, lost->high,
	    lost->worse), 0, "gain");
}

Test(changes, per_year_and_na)
{
	double t2[] = { 1987, 1985 }, y2[] = { 120, 100 };
	double t1[] = { 1987, 1987 }, yna[] = { 1, NA };

	expect_close(ills_growth(110, 100, 1), 0.1, "growth");
	expect_close(ills_growth(120, 100, 2), 0.1, "growth over 2 years");
	expect_close(ills_loss(96, 100, 2), 0.02, "loss over 2 years");
	expect_close(ills_growth(1, 0, 1), NA, "from zero");
	expect_close(ills_growth(NA, 1, 1), NA, "NA");
	expect_close(ills_growth(1, 1, 0), NA, "no years");
	/* Slope 10 a year over the mean 110. */
	expect_close(ills_trend(t2, y2, 2), 10.0 / 110, "trend of 2");
	expect_close(ills_trend(t2, y2, 1), NA, "one point");
	expect_close(ills_trend(t1, y2, 2), NA, "one year twice");
	expect_close(ills_trend(t2, yna, 2), NA, "an NA");
}

Test(krugman, hand_computed)
{
	/* (60, 30, 10) against (60, 50, 90): 0.3 + 0.05 + 0.35. */
	double x[] = { 60, 30, 10 }, rest[] = { 60, 50, 90 };
	double same[] = { 6, 3, 1 }, other[] = { 0, 0, 5 }, zero[] = { 0, 0, 0 };
	double y[] = { 10, 10, 80 }, rest_y[] = { 110, 70, 20 };

	expect_close(ills_krugman(x, rest, 3), 0.7, "K");
	expect_close(ills_krugman(y, rest_y, 3), 1.4, "K 1.4");
	expect_close(ills_krugman(x, same, 3), 0, "same mix");
	expect_close(ills_krugman(x, other, 3), 1.8, "little in common");
	expect_close(ills_krugman(x, zero, 3), NA, "no rest");
	expect_close(ills_krugman(zero, x, 3), NA, "no sectors here");
	{
		const struct indicator *k = find("sector_dissimilarity");

		cr_expect_eq(k->kind, KIND_SECTOR);
		expect_close(ills_score(0.7, k->low, k->high, k->worse), 0,
		    "0.7");
		expect_close(ills_score(0.4, k->low, k->high, k->worse), 0.5,
		    "0.4");
		expect_close(ills_score(0.1, k->low, k->high, k->worse), 1,
		    "0.1");
	}
}

/* Every indicator's thresholds: ordered, its score 0 at the good end
 * and 1 at the bad end, and clamped beyond; every source says where it
 * comes from or that it is a judgement, never "DESIGN". */
Test(thresholds, every_indicator)
{
	size_t i;

	cr_assert_eq(ills_nindicators, 24);
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];
		double good = ind->worse == WORSE_HIGH ? ind->low : ind->high;
		double bad = ind->worse == WORSE_HIGH ? ind->high : ind->low;
		double mid = (ind->low + ind->high) / 2;

		cr_expect_lt(ind->low, ind->high, "%s", ind->name);
		cr_expect(ind->worse == WORSE_HIGH || ind->worse == WORSE_LOW);
		expect_close(ills_score(good, ind->low, ind->high, ind->worse),
		    0, ind->name);
		expect_close(ills_score(bad, ind->low, ind->high, ind->worse),
		    1, ind->name);
		expect_close(ills_score(mid, ind->low, ind->high, ind->worse),
		    0.5, ind->name);
		expect_close(ills_score(bad + (bad - good), ind->low, ind->high,
		    ind->worse), 1, ind->name);
		expect_close(ills_score(good - (bad - good), ind->low,
		    ind->high, ind->worse), 0, ind->name);
		cr_expect(ind->source && *ind->source, "%s", ind->name);
		cr_expect(strstr(ind->source, "DESIGN") == NULL, "%s",
		    ind->name);
		cr_expect(strstr(ind->source, "judgement") ||
		    strstr(ind->source, "convention") ||
		    strstr(ind->source, "(19") || strstr(ind->source, "GB "),
		    "%s: no source", ind->name);
		cr_expect(ills_find(ind->name, strlen(ind->name)) == ind);
	}
	cr_expect_null(ills_find("hollowing", 9));
	cr_expect_null(ills_find("farm_labour_share", 17));
	cr_expect_eq(ills_primary(20), -1);
	cr_expect_eq(ills_primary(21), 20, "tve_per_rural_labour stands in "
	    "for amphibian_gap");
}

/* The defaults, as the man page documents them. */
Test(thresholds, defaults)
{
	static const struct {
		const char *name;
		double low, high;
		int worse;
	} want[] = {
		{ "tv_employment_share", 0.3, 0.9, WORSE_HIGH },
		{ "village_enterprises_per_village", 0.25, 1, WORSE_HIGH },
		{ "township_enterprises_per_township", 2, 10, WORSE_HIGH },
		{ "workers_per_tv_enterprise", 20, 200, WORSE_LOW },
		{ "local_recruitment", 0.5, 0.95, WORSE_HIGH },
		{ "sector_dissimilarity", 0.2, 0.6, WORSE_LOW },
		{ "farmland_per_farm_worker_trend", 0, 0.05, WORSE_LOW },
		{ "old_farm_share", 0.1, 0.3, WORSE_HIGH },
		{ "female_farm_share", 0.5, 0.7, WORSE_HIGH },
		{ "grain_yield_trend", -0.03, 0.03, WORSE_LOW },
		{ "wastewater_per_10k_yuan", 5, 30, WORSE_HIGH },
		{ "solid_waste_per_10k_yuan", 1, 5, WORSE_HIGH },
		{ "wastewater_per_km2", 1000, 10000, WORSE_HIGH },
		{ "enterprise_density", 1, 10, WORSE_HIGH },
		{ "town_size", 2000, 10000, WORSE_LOW },
		{ "towns_per_10k_rural", 0.1, 0.5, WORSE_HIGH },
		{ "designation_share", 0.3, 0.8, WORSE_HIGH },
		{ "builtup_per_town_resident", 100, 150, WORSE_HIGH },
		{ "farmland_lost", 0, 0.02, WORSE_HIGH },
		{ "nonfarm_rural_share", 0.2, 0.7, WORSE_HIGH },
		{ "amphibian_gap", 0.05, 0.2, WORSE_HIGH },
		{ "tve_per_rural_labour", 0.1, 0.5, WORSE_HIGH },
		{ "temporary_share", 0.02, 0.2, WORSE_HIGH },
		{ "inflow_ratio", 0.05, 0.5, WORSE_HIGH }
	};
	size_t i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct indicator *ind = find(want[i].name);

		cr_expect_eq(ind->low, want[i].low, "%s", ind->name);
		cr_expect_eq(ind->high, want[i].high, "%s", ind->name);
		cr_expect_eq(ind->worse, want[i].worse, "%s", ind->name);
		cr_expect_eq(ind, &ills_indicators[i], "order: %s", ind->name);
	}
	/* Nothing counts firms over all TVEs, household firms included,
	 * in ill 1 (docs/design.md section 10). */
	for (i = 0; i < ills_nindicators; i++) {
		size_t j;

		if (ills_indicators[i].ill != ILL_PAROCHIAL)
			continue;
		for (j = 0; ills_indicators[i].needs[j]; j++) {
			cr_expect_str_neq(ills_indicators[i].needs[j],
			    "enterprises", "%s", ills_indicators[i].name);
			cr_expect_str_neq(ills_indicators[i].needs[j],
			    "enterprises_household", "%s",
			    ills_indicators[i].name);
		}
	}
}

Test(levels, cut_offs)
{
	cr_expect_eq(ills_level(0), LEVEL_LOW);
	cr_expect_eq(ills_level(0.33), LEVEL_LOW);
	/* A mean of thirds lands on the level above. */
	cr_expect_eq(ills_level((0.0 + 1 + 0) / 3), LEVEL_MEDIUM);
	cr_expect_eq(ills_level(0.5), LEVEL_MEDIUM);
	cr_expect_eq(ills_level(0.66), LEVEL_MEDIUM);
	cr_expect_eq(ills_level((1.0 + 1 + 0) / 3), LEVEL_HIGH);
	cr_expect_eq(ills_level(1), LEVEL_HIGH);
	cr_expect_eq(ills_level(NA), LEVEL_NA);
	cr_expect_str_eq(ills_level_name(LEVEL_MEDIUM), "medium");
	cr_expect_str_eq(ills_level_name(LEVEL_MISSING), "missing");
	cr_expect_eq(ills_level_parse("high"), LEVEL_HIGH);
	cr_expect_eq(ills_level_parse("low"), LEVEL_LOW);
	cr_expect_eq(ills_level_parse("missing"), LEVEL_NA);
	cr_expect_eq(ills_level_parse("HIGH"), LEVEL_NA);
}

/* A fixed set: one NA makes the ill NA, so that a score never moves
 * because an indicator joined or left the mean. */
Test(levels, ill_mean_fixed_set)
{
	double three[] = { 0.2, 0.8, 0.5 };
	double some[] = { NA, 1, 0, NA };

	expect_close(ills_mean(three, 3), 0.5, "mean");
	expect_close(ills_mean(some, 4), NA, "an NA makes it NA");
	expect_close(ills_mean(some + 1, 2), 0.5, "the two with values");
	expect_close(ills_mean(three, 0), NA, "empty");
}

Test(text, escape_html)
{
	char buf[256];
	const char *s = "<script>alert(1)</script> & \"Rui'an\"";
	size_t n = ills_escape_html(buf, s, strlen(s));

	buf[n] = '\0';
	cr_expect_str_eq(buf, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
	    "&quot;Rui&#39;an&quot;");
	n = ills_escape_html(buf, "武进县", strlen("武进县"));
	buf[n] = '\0';
	cr_expect_str_eq(buf, "武进县");
}

Test(text, escape_md)
{
	char buf[256];
	const char *s = "a|b *c* <x>\nd_e";
	size_t n = ills_escape_md(buf, s, strlen(s));

	buf[n] = '\0';
	cr_expect_str_eq(buf, "a\\|b \\*c\\* \\<x\\> d\\_e");
}

Test(text, clip_utf8)
{
	char buf[64];
	size_t n;

	n = ills_clip_utf8(buf, "武进县 Wujin", strlen("武进县 Wujin"), 4);
	buf[n] = '\0';
	cr_expect_str_eq(buf, "武进县\xe2\x80\xa6");
	n = ills_clip_utf8(buf, "abc", 3, 3);
	buf[n] = '\0';
	cr_expect_str_eq(buf, "abc");
	n = ills_clip_utf8(buf, "abcdef", 6, 3);
	buf[n] = '\0';
	cr_expect_str_eq(buf, "ab\xe2\x80\xa6");
}

Test(text, human_numbers_and_colours)
{
	char buf[40];

	ills_fmt_human(buf, NA);
	cr_expect_str_eq(buf, "NA");
	ills_fmt_human(buf, 0.24042857142857144);
	cr_expect_str_eq(buf, "0.24");
	ills_fmt_human(buf, 7.090187180941577);
	cr_expect_str_eq(buf, "7.09");
	ills_fmt_human(buf, 186.7);
	cr_expect_str_eq(buf, "187");
	ills_fmt_human(buf, 1210000);
	cr_expect_str_eq(buf, "1210000");
	ills_fmt_human(buf, -0.0);
	cr_expect_str_eq(buf, "0");
	ills_color(buf, 0);
	cr_expect_str_eq(buf, "#1a9850");
	ills_color(buf, 0.5);
	cr_expect_str_eq(buf, "#fee08b");
	ills_color(buf, 1);
	cr_expect_str_eq(buf, "#d73027");
	ills_color(buf, NA);
	cr_expect_str_eq(buf, "#d9d9d9");
}
