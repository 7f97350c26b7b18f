/*
 * test_history.c - county-level divisions since 1981 (lib/history.c)
 * on the shipped county-history.csv: the 1980s names of the paper's
 * counties get the codes of their year and of today, splits are
 * followed by the stem of the name, partial transfers give the year the
 * territory changed and the codes that took part of it; a unit is
 * followed to another year through renames, and not through a merger;
 * territory gained changes the boundary too (lib/lineage.c).  The expected
 * codes are read off the file by hand (and from issue 13).
 */
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"

#ifndef LT_SRCDIR
#define LT_SRCDIR "."
#endif

static struct lt_hist *h;

static void
setup(void)
{
	h = lt_hist_load(LT_SRCDIR "/sample-data/divisions/county-history.csv");
}

static void
teardown(void)
{
	lt_hist_free(h);
}

TestSuite(history, .init = setup, .fini = teardown);

static const struct {
	const char *name;
	int year;
	const char *prefix;
	const char *then, *today;
	int boundary;
} cases[] = {
	{ "武进县", 1987, "32", "320421", "320412", 2002 },
	{ "江阴县", 1987, "32", "320221", "320281", 0 },
	{ "江阴市", 1987, "32", "329005", "320281", 0 },
	{ "张家港市", 1987, "32", "329004", "320582", 0 },
	{ "沙洲县", 1985, "32", "320521", "320582", 0 },
	{ "宜兴县", 1987, "", "320223", "320282", 0 },
	{ "吴江县", 1987, "", "320525", "320509", 0 },
	{ "无锡县", 1985, "", "320222", "320205", 2000 },
	{ "乾安县", 1987, "22", "222328", "220723", 0 },
	{ "榆树县", 1987, "22", "220121", "220182", 0 },
	{ "苍南县", 1987, "33", "330327", "330327", 2019 },
	{ "江苏省", 1987, "", "32", "32", 0 },
	{ "常州市", 1987, "32", "3204", "3204", 0 },
};

Test(history, paper_counties_then_and_now)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct lt_hrec *r[4];
		struct lt_hfollow f;
		size_t n = lt_hist_named(h, cases[i].name,
		    strlen(cases[i].name), cases[i].year, cases[i].prefix, r, 4);

		cr_assert_eq(n, 1, "%s %d: %zu records", cases[i].name,
		    cases[i].year, n);
		cr_expect_str_eq(r[0]->code, cases[i].then, "%s", cases[i].name);
		lt_hist_follow(h, r[0], cases[i].year, &f);
		cr_assert_not_null(f.today, "%s: lost", cases[i].name);
		cr_expect_str_eq(f.today->code, cases[i].today, "%s",
		    cases[i].name);
		cr_expect_eq(f.boundary, cases[i].boundary, "%s: %d",
		    cases[i].name, f.boundary);
	}
}

Test(history, change_year_has_both_names)
{
	const struct lt_hrec *r[2];

	/* 沙洲县 1983-1986, then 张家港市 from 1986. */
	cr_expect_eq(lt_hist_named(h, "沙洲县", 9, 1986, "", r, 2), 1);
	cr_expect_eq(lt_hist_named(h, "张家港市", 12, 1986, "", r, 2), 1);
	cr_expect_eq(lt_hist_named(h, "沙洲县", 9, 1987, "", r, 2), 0);
	/* 宜兴市 is in use from 1988 only. */
	cr_expect_eq(lt_hist_named(h, "宜兴市", 9, 1987, "", r, 2), 0);
	cr_expect_eq(lt_hist_named(h, "宜兴市", 9, 1988, "", r, 2), 1);
	cr_expect_str_eq(r[0]->code, "329011");
}

Test(history, wujin_recipients)
{
	const struct lt_hrec *r = lt_hist_code(h, "320421", 6, 1987);
	struct lt_hfollow f;
	const char *want[] = { "320402", "320404", "320411" };
	size_t i, j;

	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "武进县");
	lt_hist_follow(h, r, 1987, &f);
	for (i = 0; i < 3; i++) {
		for (j = 0; j < f.nrecip; j++)
			if (strcmp(f.recip[j], want[i]) == 0)
				break;
		cr_expect_lt(j, f.nrecip, "%s not a recipient", want[i]);
	}
	for (j = 0; j < f.nrecip; j++)
		cr_expect_eq(strncmp(f.recip[j], "3204", 4), 0, "%s",
		    f.recip[j]);
}

Test(history, reused_code_by_year)
{
	const struct lt_hrec *r;

	/* 220121 was 榆树县 1981-1982 and again 1983-1990. */
	r = lt_hist_code(h, "220121", 6, 1982);
	cr_assert_not_null(r);
	cr_expect_eq(r->from, 1981);
	r = lt_hist_code(h, "220121", 6, 1987);
	cr_assert_not_null(r);
	cr_expect_eq(r->from, 1983);
	cr_expect_null(lt_hist_code(h, "220121", 6, 1995));
	r = lt_hist_code(h, "32", 2, 1987);
	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "江苏省");
}

Test(history, split_without_heir_is_lost)
{
	const struct lt_hrec *r = lt_hist_code(h, "320403", 6, 1985);
	struct lt_hfollow f;

	/* 广化区 was split into 天宁区 and 钟楼区 in 1986: no stem. */
	cr_assert_not_null(r);
	lt_hist_follow(h, r, 1985, &f);
	cr_expect_null(f.today);
	cr_expect_eq(f.stuck, r);
	cr_expect_eq(f.boundary, 1986);
}

Test(history, name_stems)
{
	cr_expect_eq(lt_name_stem("武进县", 9), 6);
	cr_expect_eq(lt_name_stem("武进区", 9), 6);
	cr_expect_eq(lt_name_stem("锡山市", 9), 6);
	cr_expect_eq(lt_name_stem("鄂伦春自治旗", 18), 9);
	cr_expect_eq(lt_name_stem("县", 3), 3);
}

static const char *
then_code(const char *code, int year, int to)
{
	const struct lt_hrec *r = lt_hist_code(h, code, strlen(code), year);

	cr_assert_not_null(r, "%s in %d", code, year);
	r = lt_hist_then(h, r, to);
	return r ? r->code : "none";
}

Test(history, unit_through_renames)
{
	/* 瑞安县 330325 to 1987, 瑞安市 339004 1987-1990, 330381 since. */
	cr_expect_str_eq(then_code("339004", 1987, 1985), "330325");
	cr_expect_str_eq(then_code("330325", 1985, 1989), "339004");
	cr_expect_str_eq(then_code("330325", 1985, 1995), "330381");
	cr_expect_str_eq(then_code("330381", 2000, 1984), "330325");
	cr_expect_str_eq(then_code("330381", 2000, 2000), "330381");
	/* 沙洲县 320521 became 张家港市 329004 in 1986. */
	cr_expect_str_eq(then_code("329004", 1987, 1983), "320521");
	/* ... and 沙洲县 322723 of 苏州地区 before 1983. */
	cr_expect_str_eq(then_code("329004", 1987, 1982), "322723");
}

Test(history, unit_not_through_a_merger)
{
	/* 房山区 110111 (1986) was 燕山区 and 房山县 together; either of
	 * them is part of it after. */
	cr_expect_str_eq(then_code("110111", 1990, 1985), "none");
	cr_expect_str_eq(then_code("110110", 1985, 1987), "none");
	/* 滨海新区 120116 (2009): 塘沽, 汉沽 and 大港. */
	cr_expect_str_eq(then_code("120116", 2010, 2000), "none");
	/* Before the history begins. */
	cr_expect_str_eq(then_code("330325", 1985, 1975), "none");
}

static int
boundary(const char *code, int year)
{
	const struct lt_hrec *r = lt_hist_code(h, code, strlen(code), year);
	struct lt_hfollow f;

	cr_assert_not_null(r, "%s in %d", code, year);
	lt_hist_follow(h, r, year, &f);
	return f.boundary;
}

Test(history, territory_gained_changes_the_boundary)
{
	/* 房山县 1985 is 房山区 110111, made in 1986 with 燕山区. */
	cr_expect_eq(boundary("110225", 1985), 1986);
	/* 白城市 222301 of 1987 is 洮北区 220802, which in 1993 took part
	 * of 洮南市 (split into 220802 and 220881) and in 2005 part of
	 * 镇赉县 (220802[2005]). */
	cr_expect_eq(boundary("222301", 1987), 1993);
	cr_expect_eq(boundary("220802", 1994), 2005);
	/* A rename alone changes nothing: 张家港市 of 1987. */
	cr_expect_eq(boundary("329004", 1987), 0);
	/* 戚墅堰区 went into 武进区 (320412) in 2015: its change is 2015,
	 * not 武进区's own of 2002, before it joined. */
	cr_expect_eq(boundary("320405", 1987), 2015);
}

Test(history, split_heir_keeps_the_code)
{
	/* 常州's 郊区 320411 split in 2002 (320402;320404;320411): no
	 * successor has its stem, 新北区 keeps its code. */
	const struct lt_hrec *r = lt_hist_code(h, "320411", 6, 1987);
	struct lt_hfollow f;

	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "郊区");
	lt_hist_follow(h, r, 1987, &f);
	cr_assert_not_null(f.today);
	cr_expect_str_eq(f.today->code, "320411");
	cr_expect_eq(f.boundary, 2002);
}
