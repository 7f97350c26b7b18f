/*
 * test_ills.c - ills-report's indicators, thresholds, levels, the
 * year-on-year changes, Krugman's index and the text escapes, on values
 * worked out by hand (the counties are those of
 * tests/cmd/data/ills-report-regions.csv, 1987).
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
	/* Wujin: (3100 + 8150) / 12500 = 0.9; (0.9 - 0.5) / 0.4 = 1. */
	{ "small_enterprise_share", { 12500, 3100, 8150 }, 0.9, 1 },
	/* Half: (0.7 - 0.5) / 0.4 = 0.5. */
	{ "small_enterprise_share", { 10, 3, 4 }, 0.7, 0.5 },
	{ "small_enterprise_share", { 0, 0, 0 }, NA, NA },
	/* Wujin: 350000 / 12500 = 28; lower is worse: (30 - 28) / 25. */
	{ "workers_per_enterprise", { 350000, 12500 }, 28, 0.08 },
	{ "workers_per_enterprise", { 6000, 1200 }, 5, 1 },
	{ "workers_per_enterprise", { 5, 0 }, NA, NA },
	/* Wujin: 280000 / 700000 = 0.4; (0.7 - 0.4) / 0.5 = 0.6. */
	{ "farm_labour_share", { 280000, 700000 }, 0.4, 0.6 },
	/* The paper's 70% and 20%: 0 and 1. */
	{ "farm_labour_share", { 70, 100 }, 0.7, 0 },
	{ "farm_labour_share", { 20, 100 }, 0.2, 1 },
	{ "farm_labour_share", { NA, 100 }, NA, NA },
	/* 0.435 ha: (0.67 - 0.435) / 0.47 = 0.5. */
	{ "farmland_per_farm_worker", { 435, 1000 }, 0.435, 0.5 },
	{ "farmland_per_farm_worker", { 150000, 95000 }, 150000.0 / 95000, 0 },
	/* Wujin: 8250000 t / 750000 (10^4 yuan) = 11; (11 - 5) / 25. */
	{ "wastewater_per_10k_yuan", { 8250000, 7500000000 }, 11, 0.24 },
	{ "wastewater_per_10k_yuan", { 1, 0 }, NA, NA },
	/* Cangnan: 420000 / 150000 = 2.8; (2.8 - 1) / 4 = 0.45. */
	{ "solid_waste_per_10k_yuan", { 420000, 1500000000 }, 2.8, 0.45 },
	/* 5.5 per km2: (5.5 - 1) / 9 = 0.5. */
	{ "enterprise_density", { 550, 100 }, 5.5, 0.5 },
	/* Wenzhou: 87 towns on 11800 km2 = 0.737 per 100 km2. */
	{ "town_density", { 87, 11800 }, 8700.0 / 11800,
	    (8700.0 / 11800 - 0.5) / 1.5 },
	{ "town_density", { 3, 200 }, 1.5, 2.0 / 3 },
	/* Wujin: 46.2 km2 for 330000 people = 140 m2; (140 - 100) / 50. */
	{ "builtup_per_town_resident", { 46.2, 330000 }, 140, 0.8 },
	{ "builtup_per_town_resident", { 8, 40000 }, 200, 1 },
	{ "builtup_per_town_resident", { 8, 0 }, NA, NA },
	/* Qian'an: 9000 / 15000 = 0.6; (0.6 - 0.2) / 0.4 = 1. */
	{ "amphibian_share", { 3000, 6000, 110000, 95000 }, 0.6, 1 },
	/* Wujin: 70000 / 420000 = 1/6, below 0.2: 0. */
	{ "amphibian_share", { 45000, 25000, 700000, 280000 }, 1.0 / 6, 0 },
	/* No non-farm labour: NA, not a division by zero. */
	{ "amphibian_share", { 0, 0, 100, 100 }, NA, NA },
	{ "amphibian_share", { NA, 90000, 510000, 255000 }, NA, NA },
	/* (1250000 - 1210000) / 1250000 = 0.032, below 0.05: 0. */
	{ "unregistered_share", { 1250000, 1210000 }, 0.032, 0 },
	{ "unregistered_share", { 1000, 825 }, 0.175, 0.5 },
	/* Hollowing, cut-offs 10% and 20%: 15% is halfway. */
	{ "hollowing", { 1000, 850 }, 0.15, 0.5 },
	{ "hollowing", { 280000, 250000 }, 30000.0 / 280000,
	    (30000.0 / 280000 - 0.1) / 0.1 },
	{ "hollowing", { 1000, 1100 }, -0.1, 0 },
	{ "hollowing", { 1000, 750 }, 0.25, 1 }
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

/* Year-on-year: the quantity, then its change. */
Test(indicators, year_on_year)
{
	const struct indicator *yield = find("grain_yield_change");
	const struct indicator *ww = find("wastewater_change");
	const struct indicator *sw = find("solid_waste_change");
	const struct indicator *lost = find("farmland_lost");
	double a[] = { 300000, 150000 }, b[] = { 270000, 150000 };
	double c[] = { 68000 }, d[] = { 67320 };
	double v;

	/* Qian'an: 2 t/ha to 1.8 t/ha is -10%: the worst score. */
	expect_close(yield->value(a), 2, "yield 1986");
	v = yield->change(yield->value(b), yield->value(a), 1);
	expect_close(v, -0.1, "yield change");
	expect_close(ills_score(v, yield->low, yield->high, yield->worse), 1,
	    "yield score");
	/* A yield that stands still scores 0.5. */
	expect_close(ills_score(0, yield->low, yield->high, yield->worse), 0.5,
	    "flat yield");
	/* 12 t to 11 t per 10^4 yuan: -1/12 a year, below -0.05: 0. */
	v = ww->change(11, 12, 1);
	expect_close(v, -1.0 / 12, "wastewater change");
	expect_close(ills_score(v, ww->low, ww->high, ww->worse), 0, "ww");
	expect_close(ills_score(0.025, sw->low, sw->high, sw->worse), 0.75,
	    "sw");
	/* Wujin: 68000 ha to 67320 ha is 1% lost: half of 2%. */
	v = lost->change(lost->value(d), lost->value(c), 1);
	expect_close(v, 0.01, "farmland lost");
	expect_close(ills_score(v, lost->low, lost->high, lost->worse), 0.5,
	    "lost score");
	/* Gaining farmland is no loss. */
	expect_close(ills_score(ills_loss(110, 100, 1), lost->low, lost->high,
	    lost->worse), 0, "gain");
}

Test(changes, per_year_and_na)
{
	expect_close(ills_growth(110, 100, 1), 0.1, "growth");
	/* Two years apart: per year. */
	expect_close(ills_growth(120, 100, 2), 0.1, "growth over 2 years");
	expect_close(ills_loss(96, 100, 2), 0.02, "loss over 2 years");
	expect_close(ills_growth(1, 0, 1), NA, "from zero");
	expect_close(ills_growth(NA, 1, 1), NA, "NA");
	expect_close(ills_growth(1, 1, 0), NA, "no years");
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
	/* Duplication (low) is the ill. */
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
 * and 1 at the bad end, and clamped beyond. */
Test(thresholds, every_indicator)
{
	size_t i;

	cr_assert_eq(ills_nindicators, 17);
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
		cr_expect(ills_find(ind->name, strlen(ind->name)) == ind);
	}
	cr_expect_null(ills_find("hollow", 6));
}

/* The defaults, as the man page documents them. */
Test(thresholds, defaults)
{
	static const struct {
		const char *name;
		double low, high;
		int worse;
	} want[] = {
		{ "small_enterprise_share", 0.5, 0.9, WORSE_HIGH },
		{ "workers_per_enterprise", 5, 30, WORSE_LOW },
		{ "sector_dissimilarity", 0.2, 0.6, WORSE_LOW },
		{ "farm_labour_share", 0.2, 0.7, WORSE_LOW },
		{ "farmland_per_farm_worker", 0.2, 0.67, WORSE_LOW },
		{ "grain_yield_change", -0.03, 0.03, WORSE_LOW },
		{ "wastewater_per_10k_yuan", 5, 30, WORSE_HIGH },
		{ "solid_waste_per_10k_yuan", 1, 5, WORSE_HIGH },
		{ "wastewater_change", -0.05, 0.05, WORSE_HIGH },
		{ "solid_waste_change", -0.05, 0.05, WORSE_HIGH },
		{ "enterprise_density", 1, 10, WORSE_HIGH },
		{ "town_density", 0.5, 2, WORSE_HIGH },
		{ "builtup_per_town_resident", 100, 150, WORSE_HIGH },
		{ "farmland_lost", 0, 0.02, WORSE_HIGH },
		{ "amphibian_share", 0.2, 0.6, WORSE_HIGH },
		{ "unregistered_share", 0.05, 0.3, WORSE_HIGH },
		{ "hollowing", 0.1, 0.2, WORSE_HIGH }
	};
	size_t i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct indicator *ind = find(want[i].name);

		cr_expect_eq(ind->low, want[i].low, "%s", ind->name);
		cr_expect_eq(ind->high, want[i].high, "%s", ind->name);
		cr_expect_eq(ind->worse, want[i].worse, "%s", ind->name);
		cr_expect_eq(ind, &ills_indicators[i], "order: %s", ind->name);
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

Test(levels, ill_mean_skips_na)
{
	double wujin_towns[] = { 32 / 17.63 / 1.5 - 0.5 / 1.5, 0.8, 0.5 };
	double some[] = { NA, 1, 0, NA };
	double none[] = { NA, NA };

	expect_close(ills_mean(wujin_towns, 3),
	    (wujin_towns[0] + 1.3) / 3, "mean");
	expect_close(ills_mean(some, 4), 0.5, "NA skipped");
	expect_close(ills_mean(none, 2), NA, "none");
	expect_close(ills_mean(none, 0), NA, "empty");
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
