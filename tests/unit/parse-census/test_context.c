/*
 * test_context.c - labels in their table (context.c) and census
 * category values (cats.c).  Expected values are worked out by hand
 * from FIELDS.md and GB/T 4754.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "../../../filters/parse-census/parse.h"

/* The field a label maps to in a table of the given title; "?" when
 * unknown.  Warnings go to stderr. */
static const char *
in_table(const char *title, const char *text)
{
	static struct pc_target t;
	struct file f;
	struct pc_label l;
	int found;

	memset(&f, 0, sizeof(f));
	f.fname = "t.csv";
	f.title = title ? strdup(title) : NULL;
	pc_label_clean(text, strlen(text), &l);
	found = pc_label_lookup(&l, NULL, &t);
	found = ctx_label(&f, &l, &t, found, 1);
	free(f.title);
	return found ? t.name : "?";
}

Test(context, bare_labour)
{
	cr_assert_str_eq(in_table("江苏省各县农村基本情况（1987年）", "从业人员"),
	    "labour_rural");
	cr_assert_str_eq(in_table("乡村劳动力情况", "劳动力(万人)"),
	    "labour_rural");
	cr_assert_str_eq(in_table("各县基本情况（1987年）", "从业人员"), "?");
	cr_assert_str_eq(in_table(NULL, "劳动力"), "?");
	/* The dictionary's own wordings need no title. */
	cr_assert_str_eq(in_table(NULL, "乡村劳动力"), "labour_rural");
	cr_assert_str_eq(in_table(NULL, "乡村劳动力资源"), "labour_resources");
}

Test(context, pop_total)
{
	cr_assert_str_eq(in_table("各市常住人口（2010年）", "年末总人口"),
	    "pop_resident");
	cr_assert_str_eq(in_table("各市户籍人口常住人口（2010年）",
	    "年末总人口"), "pop_total");
	cr_assert_str_eq(in_table(NULL, "户籍人口"), "pop_total");
	cr_assert_str_eq(in_table(NULL, "年末总人口"), "pop_total");
}

Test(context, moved_labels)
{
	cr_assert_str_eq(in_table(NULL, "城镇人口(万人)"), "pop_urban");
	cr_assert_str_eq(in_table(NULL, "镇人口"), "pop_town");
	cr_assert_str_eq(in_table(NULL, "农业人口"), "pop_agri");
	cr_assert_str_eq(in_table(NULL, "非农业人口(万人)"), "pop_nonagri");
	cr_assert_str_eq(in_table(NULL, "乡镇企业从业人员"), "tve_employment");
	cr_assert_str_eq(in_table(NULL, "自然村(个)"), "natural_villages");
	cr_assert_str_eq(in_table(NULL, "村民委员会(个)"), "villages");
	cr_assert_str_eq(in_table(NULL, "本地农民工"), "nbs_local_workers");
	cr_assert_str_eq(in_table(NULL, "外出农民工"), "nbs_outside_workers");
	cr_assert_str_eq(in_table(NULL, "农、林、牧、渔业从业人员"),
	    "labour_farm");
	cr_assert_str_eq(in_table(NULL, "乡镇企业数"), "enterprises");
	cr_assert_str_eq(in_table(NULL, "农业总产值"), "output_agri");
	cr_assert_str_eq(in_table(NULL, "农村劳动力"), "labour_rural");
	cr_assert_str_eq(in_table(NULL, "县（市、区）"), "name");
	cr_assert_str_eq(in_table(NULL, "乡村户数"), "households_rural");
}

Test(context, price)
{
	struct pc_label l;
	int y;

	pc_label_clean("工业总产值(按1980年不变价)(万元)",
	    strlen("工业总产值(按1980年不变价)(万元)"), &l);
	cr_assert(ctx_price(&l, &y));
	cr_assert_eq(y, 1980);
	cr_assert_str_eq(l.text, "工业总产值");
	cr_assert_str_eq(l.unit->word, "万元");

	pc_label_clean("工业总产值按1990年不变价", strlen(
	    "工业总产值按1990年不变价"), &l);
	cr_assert(ctx_price(&l, &y));
	cr_assert_eq(y, 1990);
	cr_assert_str_eq(l.text, "工业总产值");

	pc_label_clean("农业总产值（当年价）", strlen("农业总产值（当年价）"),
	    &l);
	cr_assert(ctx_price(&l, &y));
	cr_assert_eq(y, -1);
	cr_assert_str_eq(l.text, "农业总产值");

	pc_label_clean("工业总产值", strlen("工业总产值"), &l);
	cr_assert_not(ctx_price(&l, &y));
	cr_assert_str_eq(l.text, "工业总产值");
}

/* 乡村人口 beside 城镇人口, in a wide table's indicators. */
Test(context, rural_beside_urban)
{
	char *names[3], *labels[3];
	size_t i;

	names[0] = strdup("pop_urban");
	labels[0] = strdup("城镇人口");
	names[1] = strdup("pop_rural_hh");
	labels[1] = strdup("乡村人口");
	names[2] = strdup("pop_rural_hh");
	labels[2] = strdup("农村人口");
	ctx_indicators(names, labels, 3);
	cr_assert_str_eq(names[1], "pop_rural");
	cr_assert_str_eq(names[2], "pop_rural_hh");
	free(names[0]);
	names[0] = strdup("pop_town");
	free(names[1]);
	names[1] = strdup("pop_rural_hh");
	ctx_indicators(names, labels, 2);
	cr_assert_str_eq(names[1], "pop_rural_hh");
	for (i = 0; i < 3; i++) {
		free(names[i]);
		free(labels[i]);
	}
}

static const char *
value(const char *field, const char *s, int scheme)
{
	const struct pc_catmap *m = pc_cat_find(field);
	const char *v;

	cr_assert_not_null(m, "%s", field);
	if (pc_cat_is_canon(m, s, strlen(s)))
		return s;
	v = pc_cat_value(m, s, strlen(s), scheme, NULL);
	return v ? v : "?";
}

Test(cats, values)
{
	cr_assert_str_eq(value("sex", "男", 0), "m");
	cr_assert_str_eq(value("sex", "2", 0), "f");
	cr_assert_str_eq(value("sex", "f", 0), "f");
	cr_assert_str_eq(value("sex", "男的", 0), "?");
	cr_assert_str_eq(value("hukou_type", "非农业", 0), "nonagri");
	cr_assert_str_eq(value("hukou_type", "自理口粮", 0), "selfgrain");
	cr_assert_str_eq(value("hukou_type", "1", 0), "agri");
	cr_assert_str_eq(value("lodging", "集体户", 0), "dorm");
	cr_assert_str_eq(value("lodging", "家庭户", 0), "home");
	cr_assert_str_eq(value("activity", "待业", 0), "unemployed");
	cr_assert_str_eq(value("activity", "料理家务", 0), "inactive");
	cr_assert_str_eq(value("activity", "在业", 0), "employed");
	cr_assert_str_eq(value("industry", "农、林、牧、渔业", 0), "agri");
	cr_assert_str_eq(value("industry", " 制造业 ", 0), "industry");
	cr_assert_str_eq(value("industry", "电力、燃气及水的生产和供应业", 0),
	    "industry");
	cr_assert_str_eq(value("industry", "建筑业", 0), "construction");
	cr_assert_str_eq(value("industry", "批发和零售业", 0), "services");
	cr_assert_str_eq(value("industry", "不在业", 0), "none");
	cr_assert_str_eq(value("industry", "乡镇企业", 0), "?");
}

/* The time away as the band's lower bound in months, at most 12;
 * "under half a year" is 1; the 1990 status 12 or NA (""). */
Test(cats, months)
{
	cr_assert_str_eq(value("months_away", "没有离开户口登记地", 0), "0");
	cr_assert_str_eq(value("months_away", "半年以下", 0), "1");
	cr_assert_str_eq(value("months_away", "半年至一年", 0), "6");
	cr_assert_str_eq(value("months_away", "一年至二年", 0), "12");
	cr_assert_str_eq(value("months_away", "六年以上", 0), "12");
	cr_assert_str_eq(value("months_away", "居住本县市一年以上，户口在外县市",
	    0), "12");
	cr_assert_str_eq(value("months_away", "居住本县市，户口在本县市", 0), "");
	cr_assert_str_eq(value("months_away", "7", 0), "7");
	cr_assert_str_eq(value("months_away", "13", 0), "?");
}

/* GB/T 4754: D is construction in 1984, utilities from 1994. */
Test(cats, letters)
{
	cr_assert_str_eq(value("industry", "D", 0), "?");
	cr_assert_str_eq(value("industry", "D", 1984), "construction");
	cr_assert_str_eq(value("industry", "B", 1984), "industry");
	cr_assert_str_eq(value("industry", "C", 1984), "services");
	cr_assert_str_eq(value("industry", "M", 1984), "services");
	cr_assert_str_eq(value("industry", "N", 1984), "?");
	cr_assert_str_eq(value("industry", "D", 1994), "industry");
	cr_assert_str_eq(value("industry", "E", 2002), "construction");
	cr_assert_str_eq(value("industry", "a", 2011), "agri");
	cr_assert_str_eq(value("industry", "Q", 1994), "?");
	cr_assert_str_eq(value("industry", "T", 2002), "services");
	cr_assert_eq(pc_cat_scheme_of_year(1990), 1984);
	cr_assert_eq(pc_cat_scheme_of_year(1987), 1984);
	cr_assert_eq(pc_cat_scheme_of_year(2000), 1994);
	cr_assert_eq(pc_cat_scheme_of_year(2010), 2002);
	cr_assert_eq(pc_cat_scheme_of_year(2020), 2011);
	cr_assert_eq(pc_cat_scheme_of_year(1982), 0);
}

/* The indicator a title names after its set of regions; "" when none. */
static const char *
title_ind(const char *title)
{
	static char buf[PC_LABEL_MAX];
	struct file f;

	memset(&f, 0, sizeof(f));
	f.title = (char *)title;
	if (!title_indicator(&f, buf, sizeof(buf)))
		buf[0] = '\0';
	return buf;
}

Test(context, title_indicator)
{
	cr_assert_str_eq(title_ind("各县乡村劳动力（万人）"), "乡村劳动力（万人）");
	cr_assert_str_eq(title_ind("各县乡村劳动力（1987年）"), "乡村劳动力");
	cr_assert_str_eq(title_ind("江苏省各县（市、区）乡村人口（1985—1987年）"),
	    "乡村人口");
	cr_assert_str_eq(title_ind("1987年各乡镇耕地面积"), "耕地面积");
	cr_assert_str_eq(title_ind("各地区乡镇企业从业人员情况"),
	    "乡镇企业从业人员");
	cr_assert_str_eq(title_ind("分县乡村劳动力（1985年至1987年）"),
	    "乡村劳动力");
	/* No set of regions, or nothing known after it. */
	cr_assert_str_eq(title_ind("武进县农村基本情况"), "");
	cr_assert_str_eq(title_ind("表5 分县数据"), "");
	cr_assert_str_eq(title_ind("各县主要指标（1987年）"), "");
	cr_assert_str_eq(title_ind(NULL), "");
}
