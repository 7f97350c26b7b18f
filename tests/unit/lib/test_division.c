/*
 * test_division.c - statistical division codes (lib/division.c): the
 * level from the length (province 2, prefecture 4, county 6, township
 * 9, village 12 digits), the prefix at a level, level names.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"

static const struct {
	const char *code;
	enum lt_level level;
} level_cases[] = {
	{ "32", LT_LEVEL_PROVINCE },
	{ "3204", LT_LEVEL_PREFECTURE },
	{ "320412", LT_LEVEL_COUNTY },
	{ "320412100", LT_LEVEL_TOWNSHIP },
	{ "320412100200", LT_LEVEL_VILLAGE },
	{ "00", LT_LEVEL_PROVINCE },
	{ "", LT_LEVEL_NONE },
	{ "3", LT_LEVEL_NONE },
	{ "320", LT_LEVEL_NONE },
	{ "32041", LT_LEVEL_NONE },
	{ "3204121", LT_LEVEL_NONE },
	{ "32041210", LT_LEVEL_NONE },
	{ "3204121002", LT_LEVEL_NONE },
	{ "32041210020", LT_LEVEL_NONE },
	{ "3204121002001", LT_LEVEL_NONE },
	{ "32041x", LT_LEVEL_NONE },
	{ "3x", LT_LEVEL_NONE },
	{ " 32", LT_LEVEL_NONE },
	{ "-3", LT_LEVEL_NONE },
	{ "3204.1", LT_LEVEL_NONE },
	{ "\xef\xbc\x93\xef\xbc\x92", LT_LEVEL_NONE },	/* fullwidth 32 */
};

Test(division, levels_by_length)
{
	size_t i;

	for (i = 0; i < sizeof(level_cases) / sizeof(level_cases[0]); i++) {
		const char *s = level_cases[i].code;
		enum lt_level l = lt_code_level(s, strlen(s));

		cr_expect_eq(l, level_cases[i].level, "\"%s\" -- %d, want %d", s,
		    (int)l, (int)level_cases[i].level);
		cr_expect_eq(lt_code_valid(s, strlen(s)),
		    level_cases[i].level != LT_LEVEL_NONE, "\"%s\" valid", s);
	}
}

/* The length counts, not the NUL. */
Test(division, counted)
{
	cr_expect_eq(lt_code_level("320412", 4), LT_LEVEL_PREFECTURE);
	cr_expect_eq(lt_code_level("32x", 2), LT_LEVEL_PROVINCE);
	cr_expect_not(lt_code_valid("320412", 5));
}

Test(division, digits_and_names)
{
	static const struct {
		enum lt_level l;
		size_t digits;
		const char *name;
	} c[] = {
		{ LT_LEVEL_PROVINCE, 2, "province" },
		{ LT_LEVEL_PREFECTURE, 4, "prefecture" },
		{ LT_LEVEL_COUNTY, 6, "county" },
		{ LT_LEVEL_TOWNSHIP, 9, "township" },
		{ LT_LEVEL_VILLAGE, 12, "village" },
	};
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		cr_expect_eq(lt_level_digits(c[i].l), c[i].digits);
		cr_expect_str_eq(lt_level_name(c[i].l), c[i].name);
		cr_expect_eq(lt_level_parse(c[i].name), c[i].l);
	}
	cr_expect_eq(lt_level_digits(LT_LEVEL_NONE), 0);
	cr_expect_eq(lt_level_digits((enum lt_level)5), 0);
	cr_expect_str_eq(lt_level_name(LT_LEVEL_NONE), "");
	cr_expect_str_eq(lt_level_name((enum lt_level)5), "");
}

Test(division, level_parse_rejects)
{
	static const char *const bad[] = {
		"", "County", "COUNTY", "counties", "count", " county",
		"county ", "town", "2", "none",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_expect_eq(lt_level_parse(bad[i]), LT_LEVEL_NONE, "\"%s\"",
		    bad[i]);
}

static const struct {
	const char *code;
	enum lt_level l;
	size_t want;
} prefix_cases[] = {
	{ "320412100200", LT_LEVEL_PROVINCE, 2 },
	{ "320412100200", LT_LEVEL_PREFECTURE, 4 },
	{ "320412100200", LT_LEVEL_COUNTY, 6 },
	{ "320412100200", LT_LEVEL_TOWNSHIP, 9 },
	{ "320412100200", LT_LEVEL_VILLAGE, 12 },
	{ "320412100", LT_LEVEL_COUNTY, 6 },
	{ "320412100", LT_LEVEL_TOWNSHIP, 9 },
	{ "320412100", LT_LEVEL_VILLAGE, 0 },
	{ "320412", LT_LEVEL_PREFECTURE, 4 },
	{ "320412", LT_LEVEL_TOWNSHIP, 0 },
	{ "32", LT_LEVEL_PROVINCE, 2 },
	{ "32", LT_LEVEL_PREFECTURE, 0 },
	{ "", LT_LEVEL_PROVINCE, 0 },
	{ "320412", LT_LEVEL_NONE, 0 },
};

Test(division, prefix)
{
	size_t i;

	for (i = 0; i < sizeof(prefix_cases) / sizeof(prefix_cases[0]); i++) {
		const char *s = prefix_cases[i].code;
		size_t got = lt_code_prefix(s, strlen(s), prefix_cases[i].l);

		cr_expect_eq(got, prefix_cases[i].want, "\"%s\" at %s -- %zu, "
		    "want %zu", s, lt_level_name(prefix_cases[i].l), got,
		    prefix_cases[i].want);
	}
}

/* Roll-up: the prefixes of a village code name its township, county,
 * prefecture and province. */
Test(division, prefix_chain)
{
	static const char code[] = "320412100200";
	static const char *const want[] = {
		"32", "3204", "320412", "320412100", "320412100200"
	};
	int l;

	for (l = LT_LEVEL_PROVINCE; l <= LT_LEVEL_VILLAGE; l++) {
		size_t n = lt_code_prefix(code, 12, (enum lt_level)l);

		cr_expect_eq(n, strlen(want[l]));
		cr_expect(strncmp(code, want[l], n) == 0);
		cr_expect_eq(lt_code_level(code, n), (enum lt_level)l);
	}
}
