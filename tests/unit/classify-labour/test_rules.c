/*
 * test_rules.c - classify-labour's ordered rules (DESIGN section 6) at
 * every boundary: working age 14/15/64/65, months away 5/6, lodging,
 * same and other township (work_code, else code), and the NA cases: a
 * missing fact gives NA only when the class depends on it.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "labour.h"

/* The base person: rural hukou, 30, in industry, never away, lodging
 * at home, working in the hukou township (Wujin's Hutang, 320412101). */
static struct person
base(void)
{
	struct person p;

	memset(&p, 0, sizeof(p));
	p.age = 30;
	p.months_away = 0;
	p.hukou = HUKOU_AGRI;
	p.industry = IND_INDUSTRY;
	p.lodging = LODGE_HOME;
	p.hukou_code = "320412101";
	p.hukou_len = 9;
	p.work_code = "320412101";
	p.work_len = 9;
	p.code = "320412101";
	p.code_len = 9;
	return p;
}

#define NA_INT (-1)
#define KEEP (-9)		/* leave the base value */

struct rule_case {
	const char *what;
	int64_t age, months;
	int hukou, industry, lodging;
	const char *work_code, *code, *hukou_code;	/* NULL: keep */
	enum labour_class want;
};

static void
apply(struct person *p, const struct rule_case *c)
{
	if (c->age != KEEP)
		p->age = c->age;
	if (c->months != KEEP)
		p->months_away = c->months;
	if (c->hukou != KEEP)
		p->hukou = c->hukou;
	if (c->industry != KEEP)
		p->industry = c->industry;
	if (c->lodging != KEEP)
		p->lodging = c->lodging;
	if (c->work_code) {
		p->work_code = c->work_code;
		p->work_len = strlen(c->work_code);
	}
	if (c->code) {
		p->code = c->code;
		p->code_len = strlen(c->code);
	}
	if (c->hukou_code) {
		p->hukou_code = c->hukou_code;
		p->hukou_len = strlen(c->hukou_code);
	}
}

#define K KEEP
static const struct rule_case cases[] = {
	/* Rule 1: working age 15-64 and industry none. */
	{ "age 14", 14, K, K, K, K, NULL, NULL, NULL, LC_INACTIVE },
	{ "age 15", 15, K, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "age 64", 64, K, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "age 65", 65, K, K, K, K, NULL, NULL, NULL, LC_INACTIVE },
	{ "age 0", 0, K, K, K, K, NULL, NULL, NULL, LC_INACTIVE },
	{ "industry none", K, K, K, IND_NONE, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "age 65 farming", 65, K, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "age 14, industry NA: age decides", 14, K, K, WORD_NA, K, NULL,
	    NULL, NULL, LC_INACTIVE },
	{ "age NA, industry none: idle decides", NA_INT, K, K, IND_NONE, K,
	    NULL, NULL, NULL, LC_INACTIVE },
	{ "age NA, working", NA_INT, K, K, K, K, NULL, NULL, NULL, LC_NA },
	{ "industry NA at 30", K, K, K, WORD_NA, K, NULL, NULL, NULL, LC_NA },
	/* Rule 2: non-agricultural hukou. */
	{ "nonagri", K, K, HUKOU_NONAGRI, K, K, NULL, NULL, NULL, LC_URBAN },
	{ "nonagri farming away", K, 12, HUKOU_NONAGRI, IND_AGRI, K, NULL,
	    NULL, NULL, LC_URBAN },
	{ "nonagri at 65", 65, K, HUKOU_NONAGRI, K, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "hukou NA, working", K, K, WORD_NA, K, K, NULL, NULL, NULL, LC_NA },
	{ "hukou NA at 70", 70, K, WORD_NA, K, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	/* Rules 3 and 4: farming, away or not. */
	{ "farming 0 months", K, 0, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_FARM },
	{ "farming 5 months", K, 5, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_FARM },
	{ "farming 6 months", K, 6, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_AWAY_FARM },
	{ "farming 12 months", K, 12, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_AWAY_FARM },
	{ "farming, months NA", K, NA_INT, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_NA },
	{ "farming in a dorm elsewhere", K, 2, K, IND_AGRI, LODGE_DORM,
	    "320413100", NULL, NULL, LC_FARM },
	{ "farming, lodging and township NA", K, 0, K, IND_AGRI, WORD_NA, "",
	    "", NULL, LC_FARM },
	/* Rule 5: non-farm and away. */
	{ "services 6 months", K, 6, K, IND_SERVICES, K, NULL, NULL, NULL,
	    LC_MIGRANT },
	{ "construction 12 months", K, 12, K, IND_CONSTRUCTION, K, NULL,
	    NULL, NULL, LC_MIGRANT },
	{ "industry 5 months", K, 5, K, K, K, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "industry 1 month", K, 1, K, K, K, NULL, NULL, NULL, LC_AMPHIBIAN },
	{ "non-farm, months NA", K, NA_INT, K, K, K, NULL, NULL, NULL,
	    LC_NA },
	/* Rule 6: never away, home, the hukou township. */
	{ "local", K, 0, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "dorm", K, 0, K, K, LODGE_DORM, NULL, NULL, NULL, LC_AMPHIBIAN },
	{ "rented", K, 0, K, K, LODGE_RENTED, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "other lodging", K, 0, K, K, LODGE_OTHER, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "lodging NA, never away, same township", K, 0, K, K, WORD_NA, NULL,
	    NULL, NULL, LC_NA },
	{ "lodging NA, 3 months away", K, 3, K, K, WORD_NA, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "lodging NA, other township", K, 0, K, K, WORD_NA, "320412102",
	    NULL, NULL, LC_AMPHIBIAN },
	{ "works in the next township", K, 0, K, K, K, "320412102", NULL,
	    NULL, LC_AMPHIBIAN },
	{ "works in a village of the township", K, 0, K, K, K,
	    "320412101205", NULL, NULL, LC_LOCAL },
	{ "hukou in a village, works in its township", K, 0, K, K, K, NULL,
	    NULL, "320412101205", LC_LOCAL },
	{ "work_code NA, lives in the township", K, 0, K, K, K, "",
	    "320412101", NULL, LC_LOCAL },
	{ "work_code NA, lives in the next township", K, 0, K, K, K, "",
	    "320412102", NULL, LC_AMPHIBIAN },
	{ "work_code decides over code", K, 0, K, K, K, "320412101",
	    "320412102", NULL, LC_LOCAL },
	{ "work_code and code NA", K, 0, K, K, K, "", "", NULL, LC_NA },
	{ "hukou_code NA", K, 0, K, K, K, NULL, NULL, "", LC_NA },
	{ "work county differs: another township", K, 0, K, K, K, "320413",
	    NULL, NULL, LC_AMPHIBIAN },
	{ "work county the same: cannot tell", K, 0, K, K, K, "320412", NULL,
	    NULL, LC_NA },
};
#undef K

Test(rules, every_boundary)
{
	struct labour_opts o = { 6, 15, 64 };
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct person p = base();
		enum labour_class got;
		size_t l1, l2;

		apply(&p, &cases[i]);
		got = classify_person(&p, &o);
		cr_expect_eq(got, cases[i].want, "%s: got %s, want %s",
		    cases[i].what, got == LC_NA ? "NA" :
		    labour_class_name(got, &l1), cases[i].want == LC_NA ?
		    "NA" : labour_class_name(cases[i].want, &l2));
	}
}

Test(rules, options_move_the_boundaries)
{
	struct labour_opts o = { 3, 16, 60 };
	static const struct {
		int64_t age, months;
		int industry;
		enum labour_class want;
	} t[] = {
		{ 15, 0, IND_INDUSTRY, LC_INACTIVE },
		{ 16, 0, IND_INDUSTRY, LC_LOCAL },
		{ 60, 0, IND_INDUSTRY, LC_LOCAL },
		{ 61, 0, IND_INDUSTRY, LC_INACTIVE },
		{ 30, 2, IND_INDUSTRY, LC_AMPHIBIAN },
		{ 30, 3, IND_INDUSTRY, LC_MIGRANT },
		{ 30, 2, IND_AGRI, LC_FARM },
		{ 30, 3, IND_AGRI, LC_AWAY_FARM },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct person p = base();

		p.age = t[i].age;
		p.months_away = t[i].months;
		p.industry = t[i].industry;
		cr_expect_eq(classify_person(&p, &o), t[i].want,
		    "case %zu: age %lld, %lld months", i, (long long)t[i].age,
		    (long long)t[i].months);
	}
}

Test(rules, facts_three_valued)
{
	struct facts f = { 0, 0 };

	/* Nothing known: rule 1 might hold, and so might others. */
	cr_expect_eq(classify_facts(f), LC_NA);
	/* Out of working age decides alone. */
	f.known = f.value = 1u << F_AGE_OUT;
	cr_expect_eq(classify_facts(f), LC_INACTIVE);
	/* In working age, working, rural, non-farm, away: migrant. */
	f.known = (1u << F_AGE_OUT) | (1u << F_IDLE) | (1u << F_NONAGRI) |
	    (1u << F_FARMING) | (1u << F_AWAY);
	f.value = 1u << F_AWAY;
	cr_expect_eq(classify_facts(f), LC_MIGRANT);
	/* The same, not away, nothing else known: local or amphibian. */
	f.value = 0;
	cr_expect_eq(classify_facts(f), LC_NA);
	/* Known to be away at least once (not never away): amphibian. */
	f.known |= 1u << F_NEVER_AWAY;
	cr_expect_eq(classify_facts(f), LC_AMPHIBIAN);
}

Test(rules, same_township)
{
	cr_expect_eq(same_township("320412101", 9, "320412101", 9), 1);
	cr_expect_eq(same_township("320412101205", 12, "320412101", 9), 1);
	cr_expect_eq(same_township("320412101205", 12, "320412101206", 12),
	    1);
	cr_expect_eq(same_township("320412102", 9, "320412101", 9), 0);
	cr_expect_eq(same_township("32", 2, "330412101", 9), 0);
	cr_expect_eq(same_township("320412", 6, "320412101", 9), -1);
	cr_expect_eq(same_township("320412101", 9, "320412101", 9), 1);
	cr_expect_eq(same_township("320412101", 9, "320412109", 9), 0);
	cr_expect_eq(same_township("420412101", 9, "320412101", 9), 0);
	cr_expect_eq(same_township("", 0, "320412101", 9), -1);
	cr_expect_eq(same_township("320412101", 9, "", 0), -1);
}

Test(rules, words)
{
	static const struct word_table *const tables[] = { &hukou_table,
		&industry_table, &lodging_table };
	size_t i, j;

	/* Every word is found by its first byte, and is itself. */
	for (i = 0; i < 3; i++)
		for (j = 0; j < tables[i]->n; j++) {
			const struct word *w = &tables[i]->w[j];

			cr_expect_eq(word_lookup(tables[i], w->s, w->len),
			    w->value, "%s", w->s);
			cr_expect_neq(strstr(tables[i]->list, w->s), NULL,
			    "%s in the list", w->s);
		}
	cr_expect_eq(word_lookup(&industry_table, "agri", 4), IND_AGRI);
	cr_expect_eq(word_lookup(&industry_table, "none", 4), IND_NONE);
	cr_expect_eq(word_lookup(&industry_table, "", 0), WORD_NA);
	cr_expect_eq(word_lookup(&industry_table, "Agri", 4), WORD_BAD);
	cr_expect_eq(word_lookup(&industry_table, "agr", 3), WORD_BAD);
	cr_expect_eq(word_lookup(&industry_table, "agrx", 4), WORD_BAD);
	cr_expect_eq(word_lookup(&industry_table, "agriculture", 11),
	    WORD_BAD);
	cr_expect_eq(word_lookup(&industry_table, "x", 1), WORD_BAD);
	cr_expect_eq(word_lookup(&hukou_table, "nonagri", 7), HUKOU_NONAGRI);
	cr_expect_eq(word_lookup(&lodging_table, "rented", 6), LODGE_RENTED);
	cr_expect_eq(word_lookup(&lodging_table, "\xe5\xae\xb6", 3),
	    WORD_BAD);
}

Test(rules, class_names)
{
	static const char *const names[] = { "inactive", "urban",
		"away_farm", "farm", "migrant", "local", "amphibian" };
	size_t i, len;

	for (i = 0; i < LC_NCLASSES; i++) {
		const char *s = labour_class_name((enum labour_class)i, &len);

		cr_expect_str_eq(s, names[i]);
		cr_expect_eq(len, strlen(names[i]));
		cr_expect_eq(labour_class_parse(s, len), (enum labour_class)i);
	}
	cr_expect_str_eq(labour_class_name(LC_NA, &len), "");
	cr_expect_eq(len, 0);
}

Test(rules, working_age_option)
{
	int64_t a = -1, b = -1;

	cr_expect(parse_working_age("15-64", &a, &b));
	cr_expect_eq(a, 15);
	cr_expect_eq(b, 64);
	cr_expect(parse_working_age("0-0", &a, &b));
	cr_expect_eq(a, 0);
	cr_expect_eq(b, 0);
	cr_expect_not(parse_working_age("64-15", &a, &b));
	cr_expect_not(parse_working_age("15", &a, &b));
	cr_expect_not(parse_working_age("15-", &a, &b));
	cr_expect_not(parse_working_age("-5-64", &a, &b));
	cr_expect_not(parse_working_age("15-151", &a, &b));
	cr_expect_not(parse_working_age("15-64x", &a, &b));
	cr_expect_not(parse_working_age("a-b", &a, &b));
}
