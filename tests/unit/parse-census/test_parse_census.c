/*
 * test_parse_census.c - the pure functions of parse-census: values,
 * labels and units, encodings, division names.  Expected values are
 * worked out by hand.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "../../../filters/parse-census/divisions.h"
#include "../../../filters/parse-census/labels.h"
#include "../../../filters/parse-census/values.h"

static const struct pc_scale one = { 0, 1 };

/* pc_number into a string; "NA:reason" or "ERR:status" otherwise. */
static const char *
num(const char *s, struct pc_scale sc, int integer)
{
	static char buf[PC_NUMBUF + 16];
	enum pc_missing why;
	size_t n;
	enum pc_vstatus st = pc_number(s, strlen(s), sc, integer, buf, &n,
	    &why);

	if (st == PC_V_NA)
		snprintf(buf, sizeof(buf), "NA:%s", pc_missing_name(why));
	else if (st != PC_V_OK)
		snprintf(buf, sizeof(buf), "ERR:%d", (int)st);
	else
		buf[n] = '\0';
	return buf;
}

Test(values, scaling_is_exact)
{
	struct pc_scale wan = { 4, 1 }, mu = { 0, 15 }, ha_km2 = { -2, 1 };

	cr_assert_str_eq(num("3.21", wan, 0), "32100");
	cr_assert_str_eq(num("123.45", wan, 0), "1234500");
	cr_assert_str_eq(num("0.00015", wan, 0), "1.5");
	cr_assert_str_eq(num("-2.5", wan, 0), "-25000");
	cr_assert_str_eq(num("58320", mu, 0), "3888");
	cr_assert_str_eq(num("100", mu, 0), "6.666667");
	cr_assert_str_eq(num("1", mu, 0), "0.066667");
	cr_assert_str_eq(num("250", ha_km2, 0), "2.5");
	cr_assert_str_eq(num("3.21", wan, 1), "32100");
	cr_assert_str_eq(num("1.23456", wan, 1), "ERR:4");
}

Test(values, canonical_form)
{
	cr_assert_str_eq(num("12.50", one, 0), "12.5");
	cr_assert_str_eq(num("007", one, 0), "7");
	cr_assert_str_eq(num("-0", one, 0), "0");
	cr_assert_str_eq(num("0.0", one, 0), "0");
	cr_assert_str_eq(num("1.2E+05", one, 0), "120000");
	cr_assert_str_eq(num("12.5", one, 1), "ERR:4");
	cr_assert_str_eq(num("12a", one, 0), "ERR:2");
	cr_assert_str_eq(num("1e99", one, 0), "ERR:3");
}

Test(values, separators_and_full_width)
{
	cr_assert_str_eq(num("1,234,567", one, 1), "1234567");
	cr_assert_str_eq(num("1，234.5", one, 0), "1234.5");
	cr_assert_str_eq(num("10\xe2\x80\x89" "000", one, 1), "10000");
	cr_assert_str_eq(num("10 000", one, 1), "10000");
	cr_assert_str_eq(num("１２３．４", one, 0), "123.4");
	cr_assert_str_eq(num("－５", one, 1), "-5");
	cr_assert_str_eq(num("12,34", one, 1), "ERR:2");
	cr_assert_str_eq(num("1,2345", one, 1), "ERR:2");
	cr_assert_str_eq(num("　 42 ", one, 1), "42");
	cr_assert_str_eq(num("42①", one, 1), "42");
	cr_assert_str_eq(num("42*", one, 1), "42");
}

Test(values, missing_marks)
{
	cr_assert_str_eq(num("", one, 0), "NA:blank");
	cr_assert_str_eq(num("  ", one, 0), "NA:blank");
	cr_assert_str_eq(num("…", one, 0), "NA:below_unit");
	cr_assert_str_eq(num("...", one, 0), "NA:below_unit");
	cr_assert_str_eq(num("···", one, 0), "NA:below_unit");
	cr_assert_str_eq(num("—", one, 0), "NA:none");
	cr_assert_str_eq(num("——", one, 0), "NA:none");
	cr_assert_str_eq(num("－", one, 0), "NA:none");
	cr_assert_str_eq(num("一", one, 0), "NA:none");
	cr_assert_str_eq(num("***", one, 0), "NA:withheld");
	cr_assert_str_eq(num("一二", one, 0), "ERR:2");
}

static const char *
name(const char *s)
{
	static char buf[256];

	buf[pc_name(s, strlen(s), buf)] = '\0';
	return buf;
}

Test(values, names)
{
	cr_assert_str_eq(name("北  京"), "北京");
	cr_assert_str_eq(name("内 蒙 古"), "内蒙古");
	cr_assert_str_eq(name("　　湖塘镇"), "湖塘镇");
	cr_assert_str_eq(name("全　　省"), "全省");
	cr_assert_str_eq(name("无锡县①"), "无锡县");
	cr_assert_str_eq(name("New  Town"), "New Town");
}

static const char *
code(const char *s)
{
	static char buf[32];

	if (pc_code(s, strlen(s), buf, sizeof(buf)) == 0)
		return "BAD";
	return buf;
}

Test(values, codes)
{
	cr_assert_str_eq(code("320412"), "320412");
	cr_assert_str_eq(code("320000"), "32");
	cr_assert_str_eq(code("320500"), "3205");
	cr_assert_str_eq(code("320412100000"), "320412100");
	cr_assert_str_eq(code("320412000000"), "320412");
	cr_assert_str_eq(code("320412100201"), "320412100201");
	cr_assert_str_eq(code("３２"), "32");
	cr_assert_str_eq(code("32041"), "BAD");
	cr_assert_str_eq(code("32a412"), "BAD");
}

Test(values, years)
{
	const char *t1 = "江苏省各市农村劳动力（1987年）";
	const char *t2 = "常住人口 (2020)";
	const char *t3 = "1985-1987年";
	const char *t4 = "部分县农村经济基本情况（1985—1987年）";
	const char *t5 = "武进县乡镇企业（1985年至1987年）";
	const char *t6 = "表3-1 1987年各乡镇（与1985-1986年比较）";
	const char *t7 = "表1987-1 农村劳动力（1987年）";
	const char *t8 = "各乡镇工业总产值（按1980年不变价计算，1987年）";
	const char *t9 = "1970年不变价工业产值（1987年）";
	int r[2];

	cr_assert_eq(pc_year("1987", 4), 1987);
	cr_assert_eq(pc_year("2024年", strlen("2024年")), 2024);
	cr_assert_eq(pc_year("１９８７年", strlen("１９８７年")), 1987);
	cr_assert_eq(pc_year("19871", 5), 0);
	cr_assert_eq(pc_year("1850", 4), 0);
	cr_assert_eq(pc_title_year(t1, strlen(t1), r), 1987);
	cr_assert_eq(r[0], 0);
	cr_assert_eq(pc_title_year(t2, strlen(t2), r), 2020);
	cr_assert_eq(r[1], 0);
	/* A range: its last year (the divisions' names of its end), and
	 * the range, which is no row's year. */
	cr_assert_eq(pc_title_year(t3, strlen(t3), r), 1987);
	cr_assert(r[0] == 1985 && r[1] == 1987);
	cr_assert_eq(pc_title_year(t4, strlen(t4), r), 1987);
	cr_assert(r[0] == 1985 && r[1] == 1987);
	cr_assert_eq(pc_title_year(t5, strlen(t5), r), 1987);
	cr_assert(r[0] == 1985 && r[1] == 1987);
	/* Not a range: a later year first, a table number, one year. */
	cr_assert_eq(pc_title_year(t6, strlen(t6), r), 1987);
	cr_assert_eq(r[0], 0);
	cr_assert_eq(pc_title_year(t7, strlen(t7), r), 1987);
	cr_assert_eq(r[0], 0);
	cr_assert_eq(pc_title_year("乡村人口", strlen("乡村人口"), r), 0);
	/* A price base is no data year. */
	cr_assert_eq(pc_title_year(t8, strlen(t8), r), 1987);
	cr_assert_eq(pc_title_price(t8, strlen(t8)), 1980);
	cr_assert_eq(pc_title_year(t9, strlen(t9), r), 1987);
	cr_assert_eq(pc_title_price(t9, strlen(t9)), 1970);
	cr_assert_eq(pc_title_price(t1, strlen(t1)), 0);
}

static struct pc_label
label(const char *s)
{
	struct pc_label l;

	pc_label_clean(s, strlen(s), &l);
	return l;
}

Test(labels, cleaning)
{
	struct pc_label l = label("乡村人口数 (万人) Number of Rural Population "
	    "(10 000 persons)");

	cr_assert_str_eq(l.text, "乡村人口数");
	cr_assert_str_eq(l.unit->word, "万人");
	cr_assert_str_eq(l.english, "Number of Rural Population (10 000 "
	    "persons)");
	l = label("#农林牧渔业从业人员①");
	cr_assert_str_eq(l.text, "农林牧渔业从业人员");
	cr_assert_null(l.unit);
	l = label("其中：乡村人口（万人）");
	cr_assert_str_eq(l.text, "乡村人口");
	cr_assert_str_eq(l.unit->word, "万人");
	l = label("县(市、区)");
	cr_assert_str_eq(l.text, "县(市、区)");
	l = label("行 政 村 *");
	cr_assert_str_eq(l.text, "行政村");
	l = label("地区GDP(亿元)");
	cr_assert_str_eq(l.text, "地区GDP");
	cr_assert_eq(l.elen, 0);
}

static const char *
lookup(const char *s)
{
	static struct pc_target t;
	struct pc_label l = label(s);

	return pc_label_lookup(&l, NULL, &t) ? t.name : "?";
}

Test(labels, lookup)
{
	cr_assert_str_eq(lookup("乡村人口(万人)"), "pop_rural_hh");
	cr_assert_str_eq(lookup("乡村人口数 (万人) Number of Rural Population"),
	    "pop_rural_hh");
	cr_assert_str_eq(lookup("村民委员会个数"), "villages");
	cr_assert_str_eq(lookup("行政村数"), "villages");
	cr_assert_str_eq(lookup("县(市、区)"), "name");
	cr_assert_str_eq(lookup("pop_total"), "pop_total");
	cr_assert_str_eq(lookup("总面积 Total Area"), "area_km2");
	cr_assert_str_eq(lookup("备注"), "?");
}

Test(labels, map_wins)
{
	struct pc_mapent e = { "从业人员", "labour_farm", LT_NUM, 1, NULL, 0,
		0 };
	struct pc_map map = { &e, 1, 1, NULL };
	struct pc_label l = label("从业人员");
	struct pc_target t;

	cr_assert(pc_label_lookup(&l, &map, &t));
	cr_assert_str_eq(t.name, "labour_farm");
	cr_assert_eq(t.map, &e);
}

Test(labels, units)
{
	struct pc_scale sc;

	cr_assert(pc_unit_scale(pc_unit_find("万人", strlen("万人")), "persons",
	    &sc));
	cr_assert_eq(sc.k, 4);
	cr_assert(pc_unit_scale(pc_unit_find("公顷", strlen("公顷")), "km2",
	    &sc));
	cr_assert_eq(sc.k, -2);
	cr_assert(pc_unit_scale(pc_unit_find("亩", strlen("亩")), "ha", &sc));
	cr_assert_eq(sc.k, 0);
	cr_assert_eq(sc.div, 15);
	cr_assert(pc_unit_scale(pc_unit_find("亿元", strlen("亿元")), "yuan",
	    &sc));
	cr_assert_eq(sc.k, 8);
	cr_assert_not(pc_unit_scale(pc_unit_find("万元", strlen("万元")),
	    "persons", &sc));
}

Test(labels, meta_lines)
{
	const struct pc_unit *u[PC_NDIMS] = { NULL };
	const char *v;
	size_t n;

	cr_assert_eq(pc_meta_line("单位：万人", strlen("单位：万人"), &v, &n),
	    PC_META_UNIT);
	cr_assert_eq(n, strlen("万人"));
	cr_assert_eq(pc_meta_line("单位:户", strlen("单位:户"), &v, &n),
	    PC_META_UNIT);
	cr_assert_eq(pc_meta_line("注1：含…", strlen("注1：含…"), &v, &n),
	    PC_META_NOTE);
	cr_assert_eq(pc_meta_line("数据来源：国家统计局",
	    strlen("数据来源：国家统计局"), &v, &n), PC_META_NOTE);
	cr_assert_eq(pc_meta_line("地区：江苏省", strlen("地区：江苏省"), &v,
	    &n), PC_META_REGION);
	cr_assert_eq(pc_meta_line("地区", strlen("地区"), &v, &n), PC_META_NO);
	cr_assert_eq(pc_unit_line("万人、个", strlen("万人、个"), u), 2);
	cr_assert_str_eq(u[PC_DIM_PERSONS]->word, "万人");
	cr_assert_str_eq(u[PC_DIM_COUNT]->word, "个");
}

Test(labels, snake_case)
{
	char buf[64];

	pc_snake("Village Head (name)", strlen("Village Head (name)"), buf,
	    sizeof(buf));
	cr_assert_str_eq(buf, "village_head_name");
	pc_snake("备注", strlen("备注"), buf, sizeof(buf));
	cr_assert_str_eq(buf, "备注");
}

Test(encoding, detection)
{
	const char gbk[] = "\xb5\xd8\xc7\xf8,1\n";	/* 地区 in GBK */
	const char utf[] = "地区,1\n";
	const char cut[] = "地区\xe5\x9c";		/* 地 cut short */

	const char gbk_quan[] = "\xc8\xab\xb9\xfa\xb8\xf7\xcf\xe7,1\n";
	const char run[] = "江苏省武进县各乡镇农村基本情况一九八七年\n\xff,2\n";
	const char ascii[] = "code,name\n";
	int a;

	cr_assert_eq(lt_enc_detect(gbk, strlen(gbk), 1, &a), LT_ENC_GB18030);
	cr_assert_eq(lt_enc_detect(utf, strlen(utf), 1, &a), LT_ENC_UTF8);
	cr_assert_not(a);
	cr_assert_eq(lt_enc_detect(cut, strlen(cut), 0, &a), LT_ENC_UTF8);
	/* Two characters, then a bad sequence: too little to call it
	 * UTF-8 text. */
	cr_assert_eq(lt_enc_detect(cut, strlen(cut), 1, &a), LT_ENC_GB18030);
	/* GBK whose first pair looks like UTF-8 (全 is C8 AB). */
	cr_assert_eq(lt_enc_detect(gbk_quan, strlen(gbk_quan), 1, &a),
	    LT_ENC_GB18030);
	/* A run of UTF-8 text, then one bad byte: UTF-8, the byte bad data
	 * when read (issue 20). */
	cr_assert_eq(lt_enc_detect(run, strlen(run), 1, &a), LT_ENC_UTF8);
	cr_assert_eq(lt_enc_detect(ascii, strlen(ascii), 1, &a), LT_ENC_UTF8);
	cr_assert(a);
}

Test(encoding, utf8_check)
{
	size_t whole, bad;
	const char ok[] = "abcdefghij地区";
	const char overlong[] = "abc\xc0\xaf";
	const char nul[] = "abcdefgh\0ijk";

	cr_assert(lt_utf8_check(ok, strlen(ok), &whole, &bad));
	cr_assert_eq(whole, strlen(ok));
	cr_assert(lt_utf8_check(ok, strlen(ok) - 1, &whole, &bad));
	cr_assert_eq(whole, strlen(ok) - 3);
	cr_assert_not(lt_utf8_check(overlong, 5, &whole, &bad));
	cr_assert_eq(bad, 3);
	cr_assert_not(lt_utf8_check(nul, 12, &whole, &bad));
	cr_assert_eq(bad, 8);
}

Test(encoding, delimiter_and_lines)
{
	const char tsv[] = "标题\n地区\t人口\n北京\t\"1,234\"\n";
	const char csv[] = "标题\n地区,人口\n北京,\"1\t2\"\n";
	const char lines[] = "a\nb\n\nccccccccccccccccccc\nd\n";

	cr_assert_eq(lt_guess_delim(tsv, strlen(tsv)), '\t');
	cr_assert_eq(lt_guess_delim(csv, strlen(csv)), ',');
	cr_assert_eq(lt_count_lines(lines, strlen(lines)), 5);
	cr_assert_eq(lt_enc_parse("GBK", &(enum lt_enc){ 0 }), 1);
	cr_assert_eq(lt_enc_parse("latin1", &(enum lt_enc){ 0 }), 0);
}

#ifndef LT_SRCDIR
#define LT_SRCDIR "."
#endif

/* The shipped lists of the tree. */
static struct pc_div *
shipped_divisions(void)
{
	setenv("LITU_DATA", LT_SRCDIR "/sample-data/divisions", 1);
	return pc_div_new();
}

static struct pc_parent *
title_parent(struct pc_div *d, const char *title, int year)
{
	static struct pc_parent p;
	const char *why;

	cr_assert(pc_div_parent_text(d, title, strlen(title), year, &p, &why),
	    "%s: %s", title, why);
	return &p;
}

static void
match(struct pc_div *d, const struct pc_parent *p, const char *name,
    int year, struct pc_match *m)
{
	pc_div_match(d, p, name, strlen(name), year, m);
}

Test(divisions, wujin_1987)
{
	struct pc_div *d = shipped_divisions();
	struct pc_parent *p = title_parent(d,
	    "江苏省武进县各乡镇农村基本情况（1987年）", 1987);
	const char *want[] = { "320412", "320402", "320404", "320411" };
	struct pc_match m;
	size_t i, j;

	cr_expect_str_eq(p->code, "320421");
	cr_expect_str_eq(p->today, "320412");
	for (i = 0; i < 4; i++) {
		for (j = 0; j < p->nprefix; j++)
			if (strcmp(p->prefix[j], want[i]) == 0)
				break;
		cr_expect_lt(j, p->nprefix, "%s not a prefix", want[i]);
	}
	/* The total is the county, then and now. */
	match(d, p, "全县", 1987, &m);
	cr_expect_eq(m.status, PC_M_OK);
	cr_expect_str_eq(m.code, "320412");
	cr_expect_str_eq(m.then, "320421");
	cr_expect_eq(m.boundary, 2002);
	/* 全市 names no county. */
	match(d, p, "全省", 1987, &m);
	cr_expect_eq(m.status, PC_M_TOTAL_LEVEL);
	cr_expect_str_eq(m.code, "");
	/* A 乡 of 1987 is a 镇 today. */
	match(d, p, "湖塘乡", 1987, &m);
	cr_expect_str_eq(m.code, "320412100");
	/* The county itself, by its name of the year. */
	match(d, p, "武进县", 1987, &m);
	cr_expect_str_eq(m.code, "320412");
	/* Not a township of Wujin: never one of Jilin (新安乡). */
	match(d, p, "新安乡", 1987, &m);
	cr_expect_str_eq(m.code, "");
	cr_expect_eq(m.status, PC_M_NONE);
	pc_div_free(d);
}

Test(divisions, counties_1987_then_and_now)
{
	struct pc_div *d = shipped_divisions();
	struct pc_parent *p = title_parent(d, "江苏省各县基本情况（1987年）",
	    1987);
	struct pc_match m;

	cr_expect_str_eq(p->code, "32");
	match(d, p, "江阴县", 1987, &m);
	cr_expect_str_eq(m.code, "320281");
	cr_expect_str_eq(m.then, "320221");
	match(d, p, "张家港市", 1987, &m);
	cr_expect_str_eq(m.code, "320582");
	cr_expect_str_eq(m.then, "329004");
	/* 宜兴市 from 1988: the edition's names, and in 1987 宜兴县's code
	 * (code_then is the code of the row's year). */
	match(d, p, "宜兴市", 1987, &m);
	cr_expect_str_eq(m.then, "320223");
	cr_expect_str_eq(m.wcode, "329011");
	cr_expect_eq(m.window, 1988);
	/* 常熟市 in 1986, its year of a new code: one division, the
	 * later code. */
	match(d, p, "常熟市", 1986, &m);
	cr_expect_eq(m.status, PC_M_OK);
	cr_expect_str_eq(m.code, "320581");
	cr_expect_str_eq(m.then, "329003");
	/* 武进区 is a name of 2002 on: not a free match of 武进县. */
	match(d, p, "武进区", 1987, &m);
	cr_expect_str_eq(m.code, "");
	match(d, p, "沙洲县", 1985, &m);
	cr_expect_str_eq(m.then, "320521");
	cr_expect_str_eq(m.code, "320582");
	match(d, p, "无锡县", 1985, &m);
	cr_expect_str_eq(m.then, "320222");
	cr_expect_str_eq(m.code, "320205");
	cr_expect_eq(m.boundary, 2000);
	/* A county of another province is not under 江苏省. */
	match(d, p, "乾安县", 1987, &m);
	cr_expect_str_eq(m.code, "");
	pc_div_free(d);
}

Test(divisions, longgang_is_a_county_today)
{
	struct pc_div *d = shipped_divisions();
	struct pc_parent *p = title_parent(d,
	    "浙江省苍南县各乡镇基本情况（1987年）", 1987);
	struct pc_match m;

	cr_expect_str_eq(p->code, "330327");
	match(d, p, "龙港镇", 1987, &m);
	cr_expect_str_eq(m.code, "330383");
	cr_expect(m.town_county);
	pc_div_free(d);
}

Test(divisions, no_parent_no_code)
{
	struct pc_div *d = shipped_divisions();
	struct pc_parent p;
	struct pc_match m;
	const char *why;

	cr_expect_not(pc_div_parent_text(d, "各乡镇基本情况（1987年）",
	    strlen("各乡镇基本情况（1987年）"), 1987, &p, &why));
	match(d, NULL, "湖塘乡", 1987, &m);
	cr_expect_eq(m.status, PC_M_NOPARENT);
	cr_expect_str_eq(m.code, "");
	/* Across the country only when asked: 新城镇 is in many counties. */
	pc_div_nationwide(d, 1);
	match(d, NULL, "新城镇", 0, &m);
	cr_expect_eq(m.status, PC_M_AMBIGUOUS);
	cr_expect_str_eq(m.code, "");
	pc_div_free(d);
}

Test(divisions, codes_followed)
{
	struct pc_div *d = shipped_divisions();
	struct pc_match m;
	int ok;

	pc_div_code(d, "320421", 6, 1987, "武进县", strlen("武进县"), &m, &ok);
	cr_expect_str_eq(m.code, "320412");
	cr_expect_str_eq(m.then, "320421");
	cr_expect(ok);
	pc_div_code(d, "320421", 6, 1987, "沙洲县", strlen("沙洲县"), &m, &ok);
	cr_expect_not(ok);
	/* Today's code on a table of 1987: kept, its name checked. */
	pc_div_code(d, "320412", 6, 1987, "武进县", strlen("武进县"), &m, &ok);
	cr_expect_str_eq(m.code, "320412");
	cr_expect_str_eq(m.then, "");
	cr_expect(ok);
	pc_div_code(d, "320412100", 9, 1987, "湖塘乡", strlen("湖塘乡"), &m,
	    &ok);
	cr_expect_str_eq(m.code, "320412100");
	cr_expect(ok);
	pc_div_free(d);
}

/* No township of a Jiangsu county's list, under its 1980s ending, is
 * given a code outside the county or what took part of it since. */
Test(divisions, townships_stay_in_their_county)
{
	struct pc_div *d = shipped_divisions();
	FILE *fp = fopen(LT_SRCDIR "/sample-data/divisions/streets.csv", "r");
	char line[512];
	long checked = 0;

	cr_assert_not_null(fp);
	while (fgets(line, sizeof(line), fp)) {
		char code[16], name[256], county[8];
		struct pc_parent p;
		struct pc_match m;
		size_t n, i, k;

		if (sscanf(line, "%15[0-9],\"%255[^\"]\"", code, name) != 2 ||
		    strncmp(code, "32", 2) != 0)
			continue;
		memcpy(county, code, 6);
		county[6] = '\0';
		if (!pc_div_parent_code(d, county, 1987, &p))
			continue;
		/* As the list has it, then as a 乡 of the 1980s. */
		for (k = 0; k < 2; k++) {
			n = strlen(name);
			if (k == 1) {
				if (n > 3 && strcmp(name + n - 3, "镇") == 0)
					strcpy(name + n - 3, "乡");
				else
					break;
			}
			pc_div_match(d, &p, name, strlen(name), 1987, &m);
			if (!*m.code)
				continue;
			for (i = 0; i < p.nprefix; i++)
				if (strncmp(m.code, p.prefix[i],
				    strlen(p.prefix[i])) == 0)
					break;
			cr_expect_lt(i, p.nprefix, "%s in %s got %s", name,
			    county, m.code);
			checked++;
		}
	}
	fclose(fp);
	cr_expect_gt(checked, 1000);
	pc_div_free(d);
}

Test(values, edition_year)
{
	const char *t = "《江苏统计年鉴1988》";

	cr_expect_eq(pc_edition_year(t, strlen(t)), 1988);
	cr_expect_eq(pc_edition_year("1987年", 7), 0);
}
