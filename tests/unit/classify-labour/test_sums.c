/*
 * test_sums.c - the --by counts (origin and destination views, weights
 * kept exactly in millionths), the shares, labour_local of region rows,
 * and the order of the group table's output.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "labour.h"
#include "grouptab.h"

static lt_micro
micro(const char *s)
{
	lt_micro v = 0;

	cr_assert_eq(lt_parse_micro(s, strlen(s), &v), LT_OK, "%s", s);
	return v;
}

/* A 30-year-old man of rural hukou, counted as class c working in his
 * hukou township. */
static void
count_origin(struct group *g, enum labour_class c, lt_micro w)
{
	struct person p;

	memset(&p, 0, sizeof(p));
	p.age = 30;
	p.sex = SEX_M;
	p.hukou = HUKOU_AGRI;
	count_sums(g, origin_sums(&p, c, DEST_SAME_TOWNSHIP), w);
}

Test(sums, origin_counts_by_class)
{
	struct group g;
	static const lt_micro zero = 0;

	memset(&g, 0, sizeof(g));
	count_origin(&g, LC_LOCAL, micro("1.5"));
	count_origin(&g, LC_URBAN, micro("2"));
	count_origin(&g, LC_INACTIVE, micro("10"));
	count_origin(&g, LC_NA, micro("0.25"));
	count_origin(&g, LC_MIGRANT, micro("3"));
	count_origin(&g, LC_AWAY_FARM, micro("0.5"));
	count_origin(&g, LC_FARM, micro("4"));
	count_origin(&g, LC_AMPHIBIAN, micro("0.125"));
	count_origin(&g, LC_UNEMPLOYED, micro("0.75"));
	/* Everyone registered: 1.5+2+10+0.25+3+0.5+4+0.125+0.75 = 22.125. */
	cr_expect(g.sum[S_POP_TOTAL] == micro("22.125"));
	cr_expect(g.sum[S_UNEMPLOYED] == micro("0.75"));
	/* Every rural worker here works in the hukou township. */
	cr_expect(g.sum[S_SAME_TOWNSHIP] == micro("9.125"));
	cr_expect(g.sum[S_SAME_COUNTY] == zero);
	/* 30-year-old men: no old or female farm labour. */
	cr_expect(g.sum[S_FARM_OLD] == zero);
	cr_expect(g.sum[S_FARM_FEMALE] == zero);
	/* Rural work: local, migrant, away_farm, farm, amphibian. */
	cr_expect(g.sum[S_RURAL] == micro("9.125"));
	cr_expect(g.sum[S_LOCAL] == micro("1.5"));
	cr_expect(g.sum[S_URBAN] == micro("2"));
	cr_expect(g.sum[S_MIGRANT] == micro("3"));
	cr_expect(g.sum[S_AWAY_FARM] == micro("0.5"));
	cr_expect(g.sum[S_FARM] == micro("4"));
	cr_expect(g.sum[S_AMPHIBIAN] == micro("0.125"));
	cr_expect(g.sum[S_INFLOW] == zero);
}

Test(sums, inflow_counts_rural_workers_only)
{
	struct group g;
	int c;

	memset(&g, 0, sizeof(g));
	for (c = LC_NA; c < LC_NCLASSES; c++)
		count_sums(&g, inflow_sums((enum labour_class)c), micro("1"));
	/* away_farm, farm, migrant, local, amphibian; not urban, inactive,
	 * unemployed, the NBS classes, NA. */
	cr_expect(g.sum[S_INFLOW] == micro("5"));
	cr_expect(g.sum[S_POP_TOTAL] == 0);
	cr_expect(rural_worker(LC_FARM));
	cr_expect_not(rural_worker(LC_URBAN));
	cr_expect_not(rural_worker(LC_INACTIVE));
	cr_expect_not(rural_worker(LC_NA));
	cr_expect_not(rural_worker(LC_UNEMPLOYED));
}

/* The ill-2 and destination counts of a hand-made group: a woman of
 * 62 farming (old and female), a man of 59 farming, a man of 60
 * farming away (not labour_farm, so neither), an unemployed rural
 * woman and an unemployed urban man (not counted: labour_unemployed is
 * rural hukou), and workers by destination. */
Test(sums, ill2_and_destination_counts)
{
	static const struct {
		int64_t age;
		int sex, hukou;
		enum labour_class c;
		enum destination d;
		const char *w;
	} t[] = {
		{ 62, SEX_F, HUKOU_AGRI, LC_FARM, DEST_SAME_TOWNSHIP, "2" },
		{ 59, SEX_M, HUKOU_AGRI, LC_FARM, DEST_SAME_TOWNSHIP, "1" },
		{ 60, SEX_M, HUKOU_AGRI, LC_AWAY_FARM, DEST_OTHER_PROVINCE,
		    "0.5" },
		{ 70, WORD_NA, HUKOU_AGRI, LC_FARM, DEST_NA, "1.25" },
		{ 30, SEX_F, HUKOU_AGRI, LC_UNEMPLOYED, DEST_NA, "3" },
		{ 30, SEX_M, HUKOU_NONAGRI, LC_UNEMPLOYED, DEST_NA, "7" },
		{ 30, SEX_M, HUKOU_SELFGRAIN, LC_MIGRANT, DEST_SAME_COUNTY,
		    "4" },
		{ 30, SEX_M, HUKOU_AGRI, LC_LOCAL, DEST_SAME_COUNTY, "0.125" },
		{ 30, SEX_M, HUKOU_AGRI, LC_AMPHIBIAN, DEST_OTHER_COUNTY,
		    "0.25" },
		{ 30, SEX_M, HUKOU_NONAGRI, LC_URBAN, DEST_OTHER_COUNTY, "9" },
	};
	struct group g;
	size_t i;

	memset(&g, 0, sizeof(g));
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct person p;

		memset(&p, 0, sizeof(p));
		p.age = t[i].age;
		p.sex = t[i].sex;
		p.hukou = t[i].hukou;
		count_sums(&g, origin_sums(&p, t[i].c, t[i].d), micro(t[i].w));
	}
	cr_expect(g.sum[S_FARM] == micro("4.25"));
	cr_expect(g.sum[S_FARM_OLD] == micro("3.25"));	/* 62 and 70 */
	cr_expect(g.sum[S_FARM_FEMALE] == micro("2"));	/* sex NA not */
	cr_expect(g.sum[S_UNEMPLOYED] == micro("3"));
	cr_expect(g.sum[S_SAME_TOWNSHIP] == micro("3"));
	cr_expect(g.sum[S_SAME_COUNTY] == micro("4.125"));
	/* The urban worker is not a rural worker. */
	cr_expect(g.sum[S_OTHER_COUNTY] == micro("0.25"));
	cr_expect(g.sum[S_OTHER_PROVINCE] == micro("0.5"));
	/* labour_rural 2+1+0.5+1.25+4+0.125+0.25 = 9.125: the destination
	 * counts leave out the 1.25 whose codes cannot tell. */
	cr_expect(g.sum[S_RURAL] == micro("9.125"));
	cr_expect_str_eq(sum_column[S_FARM_OLD], "labour_farm_old");
	cr_expect_str_eq(sum_column[S_OTHER_PROVINCE],
	    "workers_other_province");
}

Test(sums, weights_exact)
{
	struct group g;
	char buf[64];
	int i;

	/* Ten persons of weight 0.1 are exactly 1, whatever the order;
	 * 1/3 rounds to 0.333333 each time, before it is added. */
	memset(&g, 0, sizeof(g));
	for (i = 0; i < 10; i++)
		count_origin(&g, LC_FARM, micro("0.1"));
	cr_expect(g.sum[S_FARM] == 1000000);
	for (i = 0; i < 3; i++)
		count_origin(&g, LC_FARM, micro("0.3333333"));
	lt_fmt_micro(buf, g.sum[S_FARM]);
	cr_expect_str_eq(buf, "1.999999");
	lt_fmt_micro(buf, g.sum[S_POP_TOTAL]);
	cr_expect_str_eq(buf, "1.999999");
}

Test(sums, shares)
{
	cr_expect(share_of_sums(micro("1"), micro("4")) == 0.25);
	cr_expect(isnan(share_of_sums(micro("1"), 0)));
	cr_expect(share_of_sums(0, micro("3")) == 0);
	/* The ratio of the exact sums: 0.7/2.1 is 1/3, correctly rounded
	 * (0.7/2.1 in doubles is 0.33333333333333326). */
	cr_expect(share_of_sums(micro("0.7"), micro("2.1")) == 1.0 / 3);
	/* Beyond 2^53 millionths, through decimal text. */
	cr_expect(share_of_sums((group_sum)1 << 60, (group_sum)1 << 61) ==
	    0.5);
	cr_expect_float_eq(lt_ratio(68, 100), 0.68, 1e-15);
	cr_expect(isnan(lt_ratio(1, 0)));
	cr_expect(isnan(lt_ratio(NAN, 10)));
	cr_expect(isnan(lt_ratio(1, NAN)));
	/* Each share divides its own sum by labour_rural. */
	cr_expect_eq(share_sum[SH_FARM], S_FARM);
	cr_expect_eq(share_sum[SH_LOCAL], S_LOCAL);
	cr_expect_eq(share_sum[SH_AMPHIBIAN], S_AMPHIBIAN);
	cr_expect_eq(share_sum[SH_MIGRANT], S_MIGRANT);
	cr_expect_str_eq(share_column[SH_MIGRANT], "share_migrant");
}

Test(sums, derive_local)
{
	lt_micro t[TERM_NTERMS], local = 0;
	int na[TERM_NTERMS] = { 0 };
	char buf[64];

	/* Suzhou-like: 100 rural, 39 farm, 20 migrant, 10 amphibian, 1
	 * away farming: 30 local. */
	t[TERM_RURAL] = micro("100");
	t[TERM_FARM] = micro("39");
	t[TERM_MIGRANT] = micro("20");
	t[TERM_AMPHIBIAN] = micro("10");
	t[TERM_AWAY_FARM] = micro("1");
	cr_expect(derive_local(t, na, &local));
	cr_expect(local == micro("30"));
	/* Exact in decimals: 0.3 - 0.1 - 0.1 - 0 - 0 is 0.1, not
	 * 0.09999999999999998. */
	t[TERM_RURAL] = micro("0.3");
	t[TERM_FARM] = micro("0.1");
	t[TERM_MIGRANT] = micro("0.1");
	t[TERM_AMPHIBIAN] = 0;	/* an absent column: 0 */
	t[TERM_AWAY_FARM] = 0;
	cr_expect(derive_local(t, na, &local));
	lt_fmt_micro(buf, local);
	cr_expect_str_eq(buf, "0.1");
	/* An NA term makes it NA. */
	na[TERM_MIGRANT] = 1;
	cr_expect_not(derive_local(t, na, &local));
	na[TERM_MIGRANT] = 0;
	na[TERM_RURAL] = 1;
	cr_expect_not(derive_local(t, na, &local));
}

Test(grouptab, one_entry_per_key_sorted)
{
	struct grouptab *t = grouptab_new();
	struct group *a, *b;
	struct group_entry **all;
	static const struct {
		const char *code;
		int year_na;
		int64_t year;
	} keys[] = {
		{ "12", 0, 2020 },
		{ "1101", 0, 2020 },
		{ "11", 0, 2020 },
		{ "1101", 1, 0 },
		{ "1101", 0, 2019 },
		{ "0101", 0, -5 },
		{ "1101", 0, 2020 },	/* again */
	};
	static const char *const want[] = { "0101/-5", "11/2020", "1101/NA",
		"1101/2019", "1101/2020", "12/2020" };
	char code[13], got[32];
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		grouptab_get(t, keys[i].code, strlen(keys[i].code),
		    keys[i].year_na, keys[i].year)->sum[S_POP_TOTAL] += 1;
	cr_assert_eq(grouptab_count(t), 6);
	a = grouptab_get(t, "1101", 4, 0, 2020);
	b = grouptab_get(t, "1101", 4, 0, 2020);
	cr_expect(a == b);
	cr_expect(a->sum[S_POP_TOTAL] == 2);
	all = grouptab_sorted(t);
	for (i = 0; i < 6; i++) {
		group_entry_code(all[i], code);
		if (all[i]->year_na)
			snprintf(got, sizeof(got), "%s/NA", code);
		else
			snprintf(got, sizeof(got), "%s/%lld", code,
			    (long long)all[i]->year);
		cr_expect_str_eq(got, want[i], "entry %zu", i);
	}
	free(all);
	grouptab_free(t);
}

Test(grouptab, grows_and_keeps_pointers)
{
	struct grouptab *t = grouptab_new();
	struct group *first;
	char code[10];
	int i;

	first = grouptab_get(t, "110101001", 9, 0, 2020);
	first->sum[S_FARM] = 7;
	for (i = 0; i < 50000; i++) {
		snprintf(code, sizeof(code), "%09d", 200000000 + i);
		grouptab_get(t, code, 9, 0, 2020)->sum[S_FARM] += i;
	}
	cr_expect_eq(grouptab_count(t), 50001);
	cr_expect(grouptab_get(t, "110101001", 9, 0, 2020) == first);
	cr_expect(first->sum[S_FARM] == 7);
	cr_expect(grouptab_get(t, "200049999", 9, 0, 2020)->sum[S_FARM] ==
	    49999);
	grouptab_free(t);
}

Test(sums, parse_weight_is_lt_parse_micro)
{
	static const char *const w[] = { "100", "97.9", "105.82", "0",
		"0.000001", "1.0000005", "12.", "123456789012", "1234567890123",
		"1e2", "-3", "+4", ".5", "1.2345678", "x", "", "1.5x", "007.50" };
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		lt_micro a = -7, b = -7;
		enum lt_status sa = parse_weight(w[i], strlen(w[i]), &a);
		enum lt_status sb = lt_parse_micro(w[i], strlen(w[i]), &b);

		cr_expect_eq(sa, sb, "\"%s\": status", w[i]);
		if (sa == LT_OK)
			cr_expect(a == b, "\"%s\": value", w[i]);
	}
}

