/*
 * test_rules.c - classify-labour's ordered rules (docs/design.md section
 * 7.1) at every boundary: working age 15/16 and no upper bound, activity
 * (and an empty one inferred from industry), months away 5/6, lodging
 * and its stand-in (residence in the hukou township), selfgrain hukou,
 * the NBS scheme by place of work, destination and destination_kind, and
 * the NA cases: a missing fact gives NA only when the class depends on
 * it.  The persons of issue 14's first acceptance item, classified by
 * hand, are the test acceptance_persons.
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
	p.activity = WORD_NA;
	p.sex = SEX_M;
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
	/* Rule 1: working age 16- and not working. */
	{ "age 15", 15, K, K, K, K, NULL, NULL, NULL, LC_INACTIVE },
	{ "age 16", 16, K, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "age 64", 64, K, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "age 65: no upper bound", 65, K, K, K, K, NULL, NULL, NULL,
	    LC_LOCAL },
	{ "age 0", 0, K, K, K, K, NULL, NULL, NULL, LC_INACTIVE },
	{ "industry none", K, K, K, IND_NONE, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "age 68 farming", 68, K, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_FARM },
	{ "age 13 farming", 13, K, K, IND_AGRI, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "age 14, industry NA: age decides", 14, K, K, WORD_NA, K, NULL,
	    NULL, NULL, LC_INACTIVE },
	{ "age NA, industry none: idle decides", NA_INT, K, K, IND_NONE, K,
	    NULL, NULL, NULL, LC_INACTIVE },
	{ "age NA, working", NA_INT, K, K, K, K, NULL, NULL, NULL, LC_NA },
	{ "industry NA at 30", K, K, K, WORD_NA, K, NULL, NULL, NULL, LC_NA },
	/* Rule 3: non-agricultural hukou. */
	{ "nonagri", K, K, HUKOU_NONAGRI, K, K, NULL, NULL, NULL, LC_URBAN },
	{ "nonagri farming away", K, 12, HUKOU_NONAGRI, IND_AGRI, K, NULL,
	    NULL, NULL, LC_URBAN },
	{ "nonagri at 15", 15, K, HUKOU_NONAGRI, K, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	{ "hukou NA, working", K, K, WORD_NA, K, K, NULL, NULL, NULL, LC_NA },
	{ "hukou NA at 12", 12, K, WORD_NA, K, K, NULL, NULL, NULL,
	    LC_INACTIVE },
	/* Rules 4 and 5: farming, away or not. */
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
	{ "farming selfgrain", K, 0, HUKOU_SELFGRAIN, IND_AGRI, K, NULL,
	    NULL, NULL, LC_FARM },
	/* Rule 6: non-farm and away, or selfgrain. */
	{ "services 6 months", K, 6, K, IND_SERVICES, K, NULL, NULL, NULL,
	    LC_MIGRANT },
	{ "construction 12 months", K, 12, K, IND_CONSTRUCTION, K, NULL,
	    NULL, NULL, LC_MIGRANT },
	{ "selfgrain, never away, at home", K, 0, HUKOU_SELFGRAIN, K, K,
	    NULL, NULL, NULL, LC_MIGRANT },
	{ "industry 5 months", K, 5, K, K, K, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "industry 1 month", K, 1, K, K, K, NULL, NULL, NULL, LC_AMPHIBIAN },
	{ "non-farm, months NA", K, NA_INT, K, K, K, NULL, NULL, NULL,
	    LC_NA },
	/* Rule 7: never away, living at home, wherever the factory. */
	{ "local", K, 0, K, K, K, NULL, NULL, NULL, LC_LOCAL },
	{ "dorm", K, 0, K, K, LODGE_DORM, NULL, NULL, NULL, LC_AMPHIBIAN },
	{ "rented", K, 0, K, K, LODGE_RENTED, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "other lodging", K, 0, K, K, LODGE_OTHER, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "lodging NA, lives in the hukou township", K, 0, K, K, WORD_NA,
	    NULL, NULL, NULL, LC_LOCAL },
	{ "lodging NA, lives in a village of it", K, 0, K, K, WORD_NA, NULL,
	    "320412101205", NULL, LC_LOCAL },
	{ "lodging NA, lives in the next township", K, 0, K, K, WORD_NA,
	    NULL, "320412102", NULL, LC_AMPHIBIAN },
	{ "lodging NA, lives in the same county: cannot tell", K, 0, K, K,
	    WORD_NA, NULL, "320412", NULL, LC_NA },
	{ "lodging NA, residence NA", K, 0, K, K, WORD_NA, NULL, "", NULL,
	    LC_NA },
	{ "lodging NA, 3 months away", K, 3, K, K, WORD_NA, NULL, NULL, NULL,
	    LC_AMPHIBIAN },
	{ "lodging home, works in the next township", K, 0, K, K, K,
	    "320412102", NULL, NULL, LC_LOCAL },
	{ "lodging home, works in another province", K, 0, K, K, K,
	    "440306001", NULL, NULL, LC_LOCAL },
	{ "lodging NA, works in the next township, lives at home", K, 0, K,
	    K, WORD_NA, "320412102", NULL, NULL, LC_LOCAL },
	{ "work_code and code NA, lodging home", K, 0, K, K, K, "", "", NULL,
	    LC_LOCAL },
	{ "hukou_code NA, lodging home", K, 0, K, K, K, NULL, NULL, "",
	    LC_LOCAL },
	{ "hukou_code NA, lodging NA", K, 0, K, K, WORD_NA, NULL, NULL, "",
	    LC_NA },
};
#undef K

Test(rules, every_boundary)
{
	struct labour_opts o = { 6, 16, AGE_NO_MAX, SCHEME_PAPER };
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
	struct labour_opts o = { 3, 16, 60, SCHEME_PAPER };
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
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_NA);
	cr_expect_eq(facts_working(f), -1);
	/* Out of working age decides alone. */
	f.known = f.value = 1u << F_AGE_OUT;
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_INACTIVE);
	cr_expect_eq(facts_working(f), 0);
	/* In working age, working, rural, non-farm, away: migrant. */
	f.known = (1u << F_AGE_OUT) | (1u << F_IDLE) | (1u << F_UNEMPLOYED) |
	    (1u << F_NONAGRI) | (1u << F_SELFGRAIN) | (1u << F_FARMING) |
	    (1u << F_AWAY);
	f.value = 1u << F_AWAY;
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_MIGRANT);
	cr_expect_eq(facts_working(f), 1);
	/* The same, not away, nothing else known: local or amphibian. */
	f.value = 0;
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_NA);
	/* Known to be away at least once (not never away): amphibian. */
	f.known |= 1u << F_NEVER_AWAY;
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_AMPHIBIAN);
	/* Unemployed unknown: the unemployed rule might hold. */
	f.known &= ~(1u << F_UNEMPLOYED);
	cr_expect_eq(classify_facts(f, SCHEME_PAPER), LC_NA);
	cr_expect_eq(facts_working(f), -1);
}

/* A person of the acceptance cases: rural hukou of Hutang township
 * (320412101), living there, activity and lodging not recorded. */
static struct person
acceptance_base(void)
{
	struct person p = base();

	p.lodging = WORD_NA;
	p.activity = WORD_NA;
	p.work_code = "";
	p.work_len = 0;
	return p;
}

static void
expect_class(const struct person *p, const struct labour_opts *o,
    enum labour_class want, const char *what)
{
	enum labour_class got = classify_person(p, o);
	size_t l1, l2;

	cr_expect_eq(got, want, "%s: got %s, want %s", what,
	    got == LC_NA ? "NA" : labour_class_name(got, &l1),
	    want == LC_NA ? "NA" : labour_class_name(want, &l2));
}

/* Issue 14, Acceptance, first item: persons classified by hand. */
Test(rules, acceptance_persons)
{
	struct labour_opts o = { 6, 16, AGE_NO_MAX, SCHEME_PAPER };
	struct labour_opts all_ages = { 6, 0, AGE_NO_MAX, SCHEME_PAPER };
	struct labour_opts nbs = { 6, 16, AGE_NO_MAX, SCHEME_NBS };
	struct person farmer68, farmer13, jobless, local, settler, commuter,
	    dorm;

	farmer68 = acceptance_base();
	farmer68.age = 68;
	farmer68.industry = IND_AGRI;
	expect_class(&farmer68, &o, LC_FARM, "68-year-old farmer");

	farmer13 = acceptance_base();
	farmer13.age = 13;
	farmer13.industry = IND_AGRI;
	expect_class(&farmer13, &o, LC_INACTIVE, "13-year-old farmer");
	expect_class(&farmer13, &all_ages, LC_FARM,
	    "13-year-old farmer, --working-age 0-");

	jobless = acceptance_base();
	jobless.activity = ACT_UNEMPLOYED;
	jobless.industry = WORD_NA;
	expect_class(&jobless, &o, LC_UNEMPLOYED, "unemployed 30-year-old");

	/* Never away, no lodging recorded, living in his hukou township. */
	local = acceptance_base();
	expect_class(&local, &o, LC_LOCAL, "non-farm worker at home");

	/* A 自理口粮 settler working in the town: Longgang (330327101). */
	settler = acceptance_base();
	settler.hukou = HUKOU_SELFGRAIN;
	settler.industry = IND_SERVICES;
	settler.hukou_code = settler.code = "330327101";
	expect_class(&settler, &o, LC_MIGRANT, "selfgrain settler");

	/* Lives at home, cycles daily to the next township's factory. */
	commuter = acceptance_base();
	commuter.lodging = LODGE_HOME;
	commuter.work_code = "320412102";
	commuter.work_len = 9;
	expect_class(&commuter, &o, LC_LOCAL, "daily commuter");
	cr_expect_eq(person_destination(&commuter), DEST_SAME_COUNTY);
	expect_class(&commuter, &nbs, LC_NBS_OUTSIDE, "commuter, nbs");

	/* In a dormitory in his own township. */
	dorm = acceptance_base();
	dorm.lodging = LODGE_DORM;
	dorm.work_code = "320412101";
	dorm.work_len = 9;
	expect_class(&dorm, &o, LC_AMPHIBIAN, "dormitory worker");
	cr_expect_eq(person_destination(&dorm), DEST_SAME_TOWNSHIP);
	expect_class(&dorm, &nbs, LC_NBS_LOCAL, "dormitory worker, nbs");
}

/* --scheme nbs: by place of work, any industry outside the hukou
 * township; the classes before it as in the paper's view. */
Test(rules, nbs_scheme)
{
	struct labour_opts nbs = { 6, 16, AGE_NO_MAX, SCHEME_NBS };
	struct person p;

	p = base();
	expect_class(&p, &nbs, LC_NBS_LOCAL, "non-farm at home");
	p.months_away = 12;
	p.lodging = LODGE_DORM;
	expect_class(&p, &nbs, LC_NBS_LOCAL, "away, but works in township");
	p.industry = IND_AGRI;
	expect_class(&p, &nbs, LC_FARM, "farming in the township");
	p.work_code = "440306001";
	expect_class(&p, &nbs, LC_NBS_OUTSIDE, "farming in Shenzhen");
	p.industry = IND_INDUSTRY;
	expect_class(&p, &nbs, LC_NBS_OUTSIDE, "factory in Shenzhen");
	p.hukou = HUKOU_NONAGRI;
	expect_class(&p, &nbs, LC_URBAN, "urban hukou");
	p.hukou = HUKOU_SELFGRAIN;
	expect_class(&p, &nbs, LC_NBS_OUTSIDE, "selfgrain: rural hukou");
	p.work_code = "320412";
	p.work_len = 6;
	expect_class(&p, &nbs, LC_NA, "work place the county: cannot tell");
	p.age = 15;
	expect_class(&p, &nbs, LC_INACTIVE, "age 15");
}

/* activity decides where the source gives it; an empty one is as an
 * absent column (work inferred from industry). */
Test(rules, activity)
{
	struct labour_opts o = { 6, 16, AGE_NO_MAX, SCHEME_PAPER };
	struct person p;

	p = base();
	p.activity = ACT_EMPLOYED;
	expect_class(&p, &o, LC_LOCAL, "employed");
	p.activity = ACT_INACTIVE;
	expect_class(&p, &o, LC_INACTIVE, "inactive with an industry");
	p.activity = ACT_UNEMPLOYED;
	expect_class(&p, &o, LC_UNEMPLOYED, "unemployed with an industry");
	p.hukou = HUKOU_NONAGRI;
	expect_class(&p, &o, LC_UNEMPLOYED, "unemployed urban hukou");
	p.age = 15;
	expect_class(&p, &o, LC_INACTIVE, "unemployed at 15");
	p = base();
	p.activity = WORD_NA;
	p.industry = IND_NONE;
	expect_class(&p, &o, LC_INACTIVE, "no activity, industry none");
	p.activity = ACT_EMPLOYED;
	expect_class(&p, &o, LC_NA, "employed, industry none: unknown");
	p.hukou = HUKOU_NONAGRI;
	expect_class(&p, &o, LC_URBAN, "employed urban, industry none");
	p = base();
	p.activity = WORD_NA;
	p.industry = WORD_NA;
	expect_class(&p, &o, LC_NA, "neither activity nor industry");
}

Test(rules, destination)
{
	struct person p = base();

	cr_expect_eq(destination_of("320412101", 9, "320412101", 9),
	    DEST_SAME_TOWNSHIP);
	cr_expect_eq(destination_of("320412101205", 12, "320412101", 9),
	    DEST_SAME_TOWNSHIP);
	cr_expect_eq(destination_of("320412102", 9, "320412101", 9),
	    DEST_SAME_COUNTY);
	cr_expect_eq(destination_of("320413100", 9, "320412101", 9),
	    DEST_OTHER_COUNTY);
	cr_expect_eq(destination_of("320582100", 9, "320412101", 9),
	    DEST_OTHER_COUNTY);
	cr_expect_eq(destination_of("440306001", 9, "320412101", 9),
	    DEST_OTHER_PROVINCE);
	cr_expect_eq(destination_of("330327101", 9, "320412101", 9),
	    DEST_OTHER_PROVINCE);
	cr_expect_eq(destination_of("44", 2, "320412101", 9),
	    DEST_OTHER_PROVINCE);
	cr_expect_eq(destination_of("320413", 6, "320412101", 9),
	    DEST_OTHER_COUNTY);
	cr_expect_eq(destination_of("320412", 6, "320412101", 9), DEST_NA);
	cr_expect_eq(destination_of("32", 2, "320412101", 9), DEST_NA);
	cr_expect_eq(destination_of("", 0, "320412101", 9), DEST_NA);
	cr_expect_eq(destination_of("320412101", 9, "", 0), DEST_NA);
	/* work_code, else code. */
	p.work_code = "320412102";
	cr_expect_eq(person_destination(&p), DEST_SAME_COUNTY);
	p.work_code = "";
	p.work_len = 0;
	p.code = "440306001";
	cr_expect_eq(person_destination(&p), DEST_OTHER_PROVINCE);
}

Test(rules, destination_kind)
{
	static const struct {
		const char *name;
		enum place_kind want;
	} t[] = {
		{ "湖塘乡", KIND_TOWNSHIP_SEAT },
		{ "湖塘镇", KIND_TOWN },
		{ "城关镇", KIND_COUNTY_SEAT },
		{ "乾安县城关镇", KIND_COUNTY_SEAT },
		{ "南大街街道", KIND_CITY },
		{ "南大街街道办事处", KIND_CITY },
		{ "前黄村", KIND_VILLAGE },
		{ "前黄村委会", KIND_VILLAGE },
		{ "巴彦嘎查", KIND_VILLAGE },
		{ "巴彦苏木", KIND_TOWNSHIP_SEAT },
		{ "鄂温克族乡", KIND_TOWNSHIP_SEAT },
		{ "武进县", KIND_NA },
		{ "", KIND_NA },
	};
	size_t i, len;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		cr_expect_eq(place_kind_of_name(t[i].name, strlen(t[i].name)),
		    t[i].want, "%s", t[i].name);
	cr_expect_str_eq(place_kind_name(KIND_COUNTY_SEAT, &len),
	    "county_seat");
	cr_expect_str_eq(destination_name(DEST_OTHER_PROVINCE, &len),
	    "other_province");
	cr_expect_eq(len, 14);
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
		&industry_table, &lodging_table, &activity_table, &sex_table };
	size_t i, j;

	/* Every word is found by its first byte, and is itself. */
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
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
	cr_expect_eq(word_lookup(&hukou_table, "selfgrain", 9),
	    HUKOU_SELFGRAIN);
	cr_expect_eq(word_lookup(&activity_table, "unemployed", 10),
	    ACT_UNEMPLOYED);
	cr_expect_eq(word_lookup(&activity_table, "employed", 8),
	    ACT_EMPLOYED);
	cr_expect_eq(word_lookup(&sex_table, "f", 1), SEX_F);
	cr_expect_eq(word_lookup(&sex_table, "\xe5\xa5\xb3", 3), WORD_BAD);
}

Test(rules, class_names)
{
	static const char *const names[] = { "inactive", "unemployed",
		"urban", "away_farm", "farm", "migrant", "local", "amphibian",
		"nbs_local", "nbs_outside" };
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
	cr_expect(parse_working_age("16-", &a, &b));
	cr_expect_eq(a, 16);
	cr_expect_eq(b, AGE_NO_MAX);
	cr_expect(parse_working_age("0-", &a, &b));
	cr_expect_eq(a, 0);
	cr_expect_not(parse_working_age("151-", &a, &b));
	cr_expect_not(parse_working_age("15", &a, &b));
	cr_expect_not(parse_working_age("15--", &a, &b));
	cr_expect_not(parse_working_age("-5-64", &a, &b));
	cr_expect_not(parse_working_age("15-151", &a, &b));
	cr_expect_not(parse_working_age("15-64x", &a, &b));
	cr_expect_not(parse_working_age("a-b", &a, &b));
}
