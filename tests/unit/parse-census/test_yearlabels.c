/*
 * test_yearlabels.c - the years in labels and titles that decide how a
 * table is read (values.c): a year leading a column's label (1986年女,
 * 1987年末总人口: the wide tables of widereg.c), and whose yearbook a
 * title names (《江苏统计年鉴1988》: the parent, parent.c).
 */
#include <string.h>

#include <criterion/criterion.h>

#include "../../../filters/parse-census/parse.h"

static void
lead(const char *s, int year, const char *rest)
{
	size_t at = 99;
	int y = pc_year_lead(s, strlen(s), &at);

	cr_assert_eq(y, year, "%s: %d", s, y);
	if (year)
		cr_assert_str_eq(s + at, rest, "%s", s);
}

Test(yearlabels, year_leads_label)
{
	lead("1986年女", 1986, "女");
	lead("1986年", 1986, "");
	lead(" 1987年末总人口", 1987, "末总人口");
	lead("１９８７年合计", 1987, "合计");
	/* No 年, or no year at the start: no lead. */
	lead("1986", 0, "");
	lead("1986女", 0, "");
	lead("乡村人口1986年", 0, "");
	lead("1850年", 0, "");
}

static void
tail(const char *s, int year, const char *head)
{
	size_t at = 99;
	int y = pc_year_tail(s, strlen(s), &at);

	cr_assert_eq(y, year, "%s: %d", s, y);
	if (year)
		cr_assert(at == strlen(head) && memcmp(s, head, at) == 0,
		    "%s: %zu", s, at);
}

Test(yearlabels, year_ends_label)
{
	tail("乡村劳动力1986年", 1986, "乡村劳动力");
	tail("乡村人口１９８７年", 1987, "乡村人口");
	/* No 年, part of a longer number, no year. */
	tail("乡村劳动力1986", 0, "");
	tail("代码21986年", 0, "");
	tail("乡村劳动力", 0, "");
	tail("年", 0, "");
}

static void
edition(const char *title, const char *name)
{
	const char *at = NULL;
	size_t n = pc_edition_name(title, strlen(title), &at);

	if (!name) {
		cr_assert_eq(n, 0, "%s", title);
		return;
	}
	cr_assert_eq(n, strlen(name), "%s: %zu", title, n);
	cr_assert(memcmp(at, name, n) == 0, "%s", title);
}

Test(yearlabels, yearbook_named)
{
	edition("《江苏统计年鉴1988》各县农村基本情况", "江苏");
	edition("《吉林市统计年鉴》", "吉林市");
	edition("资料来源：《中国统计年鉴1988》", "中国");
	/* No yearbook, or none in the brackets. */
	edition("各县农村基本情况（1987年）", NULL);
	edition("《农村经济》江苏统计年鉴", NULL);
	edition("江苏统计年鉴1988", NULL);
}
