/*
 * test_headrows.c - the join of a header of several rows (headrows.c):
 * the head noun of a sub-label, the fills, 合计, 其中, units.  The
 * known labels are a small set here, so each expected label can be
 * worked out by hand.
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "../../../filters/parse-census/headrows.h"
#include "../../../filters/parse-census/labels.h"

static const char *const known_set[] = {
	"乡村从业人员", "农林牧渔业从业人员", "工业从业人员",
	"外出从业人员", "乡村人口", "地区", NULL
};

static int
known(const char *s, size_t len, void *arg)
{
	size_t i;

	(void)arg;
	for (i = 0; known_set[i]; i++)
		if (strlen(known_set[i]) == len && memcmp(known_set[i], s,
		    len) == 0)
			return 1;
	return 0;
}

static const char *
sub(const char *head, const char *s, const char *noun, const char **found)
{
	static char out[PC_LABEL_MAX];

	pc_hr_sub(head, s, noun, known, NULL, out, found);
	return out;
}

Test(headrows, sub_label_takes_the_head_noun)
{
	const char *found;

	/* 农林牧渔业 + 乡村从业人员, 村从业人员: unknown; + 从业人员:
	 * known. */
	cr_assert_str_eq(sub("乡村从业人员", "农林牧渔业", NULL, &found),
	    "农林牧渔业从业人员");
	cr_assert_str_eq(found, "从业人员");
	cr_assert_str_eq(sub("乡村从业人员", "工业", NULL, &found),
	    "工业从业人员");
	/* Known alone: the empty suffix, no noun found. */
	cr_assert_str_eq(sub("乡村从业人员", "外出从业人员", NULL, &found),
	    "外出从业人员");
	cr_assert_null(found);
}

Test(headrows, sub_label_unknown)
{
	const char *found;

	/* No suffix known: the sibling's noun, else head then sub. */
	cr_assert_str_eq(sub("乡村从业人员", "建筑业", "从业人员", &found),
	    "建筑业从业人员");
	cr_assert_null(found);
	cr_assert_str_eq(sub("乡村人口", "男", NULL, &found), "乡村人口男");
	cr_assert_null(found);
}

/* Join rows of ncol cells; label i as a string ("(null)" for NULL). */
static char **
join(const char *const *cells, size_t nrows, size_t ncol)
{
	char **labels = calloc(ncol, sizeof(*labels));

	pc_hr_join(cells, nrows, ncol, labels, known, NULL);
	return labels;
}

static void
free_labels(char **labels, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(labels[i]);
	free(labels);
}

Test(headrows, two_rows_merged)
{
	/* 地区 spans both rows; 乡村从业人员 four columns; 建筑业 finds
	 * no label of its own and takes the noun 农林牧渔业 found, left
	 * of it or right; the last column is blank in both rows. */
	static const char *const cells[] = {
		"地区", "乡村从业人员", "", "", "", "外出从业人员", "",
		"", "合计", "建筑业", "农林牧渔业", "工业", "", "",
	};
	char **l = join(cells, 2, 7);

	cr_assert_str_eq(l[0], "地区");
	cr_assert_str_eq(l[1], "乡村从业人员");
	cr_assert_str_eq(l[2], "建筑业从业人员");
	cr_assert_str_eq(l[3], "农林牧渔业从业人员");
	cr_assert_str_eq(l[4], "工业从业人员");
	cr_assert_str_eq(l[5], "外出从业人员");
	cr_assert_null(l[6]);
	free_labels(l, 7);
}

Test(headrows, three_rows_qizhong_and_units)
{
	/* Head / 其中 / sub-labels, a unit row; the head's own unit goes
	 * to every column under it, a lower unit wins. */
	static const char *const cells[] = {
		"地区", "乡村从业人员（万人）", "", "乡村人口",
		"", "合计", "其中：", "",
		"", "", "工业", "男",
		"", "", "", "(人)",
	};
	char **l = join(cells, 4, 4);

	cr_assert_str_eq(l[0], "地区");
	cr_assert_str_eq(l[1], "乡村从业人员(万人)");
	cr_assert_str_eq(l[2], "工业从业人员(万人)");
	cr_assert_str_eq(l[3], "乡村人口男(人)");
	free_labels(l, 4);
}

Test(headrows, marks_and_repeats)
{
	/* A repeated head (merged cells written out in full), # marking
	 * a sub-item, 总计 and 小计 as the head itself. */
	static const char *const cells[] = {
		"地区", "乡村从业人员", "乡村从业人员", "乡村从业人员",
		"地区", "总计", "#工业", "小计",
	};
	char **l = join(cells, 2, 4);

	cr_assert_str_eq(l[0], "地区");
	cr_assert_str_eq(l[1], "乡村从业人员");
	cr_assert_str_eq(l[2], "工业从业人员");
	cr_assert_str_eq(l[3], "乡村从业人员");
	free_labels(l, 4);
}

Test(headrows, english_under_chinese)
{
	/* An English row under the labels (--header-rows) adds nothing;
	 * an English head keeps its English sub-label. */
	static const char *const cells[] = {
		"地区", "乡村人口", "", "Rural",
		"", "合计", "男", "",
		"Region", "Rural Population", "Male", "Male",
	};
	char **l = join(cells, 3, 4);

	cr_assert_str_eq(l[0], "地区");
	cr_assert_str_eq(l[1], "乡村人口");
	cr_assert_str_eq(l[2], "乡村人口男");
	cr_assert_str_eq(l[3], "RuralMale");
	free_labels(l, 4);
}

/* A record of n cells from strings. */
static struct lt_record *
rec(const char *const *s, size_t n)
{
	struct lt_record *r = calloc(1, sizeof(*r));
	size_t i;

	r->f = calloc(n + 1, sizeof(*r->f));
	r->n = n;
	for (i = 0; i < n; i++) {
		r->f[i].s = (char *)s[i];
		r->f[i].len = strlen(s[i]);
	}
	return r;
}

Test(headrows, continuation_rule)
{
	static const char *const head[] = { "地区", "乡村从业人员", "" };
	static const char *const sub[] = { "", "合计", "工业" };
	static const char *const again[] = { "地区", "合计", "工业" };
	static const char *const num[] = { "", "合计", "12" };
	static const char *const mark[] = { "", "合计", "…" };
	static const char *const named[] = { "武进县", "合计", "工业" };
	static const char *const blank[] = { "", " ", "" };
	struct lt_record *h = rec(head, 3), *r;

	cr_assert(pc_hr_continues(h, r = rec(sub, 3)));
	free(r->f), free(r);
	cr_assert(pc_hr_continues(h, r = rec(again, 3)));
	free(r->f), free(r);
	cr_assert_not(pc_hr_continues(h, r = rec(num, 3)));
	free(r->f), free(r);
	cr_assert_not(pc_hr_continues(h, r = rec(mark, 3)));
	free(r->f), free(r);
	cr_assert_not(pc_hr_continues(h, r = rec(named, 3)));
	free(r->f), free(r);
	cr_assert_not(pc_hr_continues(h, r = rec(blank, 3)));
	free(r->f), free(r);
	free(h->f);
	free(h);
}
