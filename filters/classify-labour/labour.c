/*
 * labour.c - classify-labour's rules (docs/design.md section 7).  A
 * person is reduced to a few facts, each true, false or unknown; the
 * classes are an ordered table of rules over those facts, first match
 * wins (one table per scheme: the paper's and the NBS's).  A rule whose
 * facts are unknown might have matched, so when one comes before the
 * rule that holds and names another class, the class is NA: the answer
 * is never a guess.  The destination of a worker and the kind of
 * the work place are in place.c, the sums each person counts in under
 * --by in sums.c.
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

static const struct word hukou_words[] = {
	W("agri", HUKOU_AGRI),
	W("nonagri", HUKOU_NONAGRI),
	W("selfgrain", HUKOU_SELFGRAIN),
};
static const struct word activity_words[] = {
	W("employed", ACT_EMPLOYED),
	W("unemployed", ACT_UNEMPLOYED),
	W("inactive", ACT_INACTIVE),
};
static const struct word sex_words[] = {
	W("m", SEX_M),
	W("f", SEX_F),
};
static const struct word industry_words[] = {
	W("agri", IND_AGRI),
	W("industry", IND_INDUSTRY),
	W("construction", IND_CONSTRUCTION),
	W("services", IND_SERVICES),
	W("none", IND_NONE),
};
static const struct word lodging_words[] = {
	W("home", LODGE_HOME),
	W("dorm", LODGE_DORM),
	W("rented", LODGE_RENTED),
	W("other", LODGE_OTHER),
};

const struct word_table hukou_table = {
	hukou_words, NWORDS(hukou_words), "agri, nonagri or selfgrain",
	{ ['a'] = 1, ['n'] = 2, ['s'] = 3 }
};
const struct word_table activity_table = {
	activity_words, NWORDS(activity_words),
	"employed, unemployed or inactive",
	{ ['e'] = 1, ['u'] = 2, ['i'] = 3 }
};
const struct word_table sex_table = {
	sex_words, NWORDS(sex_words), "m or f",
	{ ['m'] = 1, ['f'] = 2 }
};
const struct word_table industry_table = {
	industry_words, NWORDS(industry_words),
	"agri, industry, construction, services or none",
	{ ['a'] = 1, ['i'] = 2, ['c'] = 3, ['s'] = 4, ['n'] = 5 }
};
const struct word_table lodging_table = {
	lodging_words, NWORDS(lodging_words), "home, dorm, rented or other",
	{ ['h'] = 1, ['d'] = 2, ['r'] = 3, ['o'] = 4 }
};

static const struct word class_words[LC_NCLASSES] = {
	W("inactive", LC_INACTIVE),
	W("unemployed", LC_UNEMPLOYED),
	W("urban", LC_URBAN),
	W("away_farm", LC_AWAY_FARM),
	W("farm", LC_FARM),
	W("migrant", LC_MIGRANT),
	W("local", LC_LOCAL),
	W("amphibian", LC_AMPHIBIAN),
	W("nbs_local", LC_NBS_LOCAL),
	W("nbs_outside", LC_NBS_OUTSIDE),
};

const char *
labour_class_name(enum labour_class c, size_t *len)
{
	return word_name(class_words, LC_NCLASSES, (int)c, len);
}

enum labour_class
labour_class_parse(const char *s, size_t len)
{
	int i;

	for (i = 0; i < LC_NCLASSES; i++)
		if (class_words[i].len == len &&
		    memcmp(class_words[i].s, s, len) == 0)
			return (enum labour_class)i;
	return LC_NA;
}

int
parse_working_age(const char *s, int64_t *min, int64_t *max)
{
	char *end;
	long a, b;

	if (*s < '0' || *s > '9')
		return 0;
	a = strtol(s, &end, 10);
	if (*end != '-' || a > 150)
		return 0;
	if (end[1] == '\0') {
		/* "A-": no upper bound. */
		*min = a;
		*max = AGE_NO_MAX;
		return 1;
	}
	if (end[1] < '0' || end[1] > '9')
		return 0;
	b = strtol(end + 1, &end, 10);
	if (*end != '\0' || a > b || b > 150)
		return 0;
	*min = a;
	*max = b;
	return 1;
}

static void
set_fact(struct facts *f, enum fact which, int value)
{
	f->known |= BIT(which);
	if (value)
		f->value |= BIT(which);
}

struct facts
person_facts(const struct person *p, const struct labour_opts *o)
{
	struct facts f = { 0, 0 };
	const char *where = p->work_len ? p->work_code : p->code;
	size_t where_len = p->work_len ? p->work_len : p->code_len;
	int same;

	if (p->age >= 0)
		set_fact(&f, F_AGE_OUT, p->age < o->age_min ||
		    p->age > o->age_max);
	if (p->industry >= 0 && p->industry != IND_NONE)
		set_fact(&f, F_FARMING, p->industry == IND_AGRI);
	if (p->activity >= 0) {
		/* The source says: it decides, whatever the industry. */
		set_fact(&f, F_IDLE, p->activity == ACT_INACTIVE);
		set_fact(&f, F_UNEMPLOYED, p->activity == ACT_UNEMPLOYED);
	} else if (p->industry >= 0) {
		/* Inferred: an industry is work, none is not; the
		 * unemployed are not told apart without an activity. */
		set_fact(&f, F_IDLE, p->industry == IND_NONE);
		set_fact(&f, F_UNEMPLOYED, 0);
	}
	if (p->hukou >= 0) {
		set_fact(&f, F_NONAGRI, p->hukou == HUKOU_NONAGRI);
		set_fact(&f, F_SELFGRAIN, p->hukou == HUKOU_SELFGRAIN);
	}
	if (p->months_away >= 0) {
		set_fact(&f, F_AWAY, p->months_away >= o->away_months);
		set_fact(&f, F_NEVER_AWAY, p->months_away == 0);
	}
	if (p->lodging >= 0) {
		set_fact(&f, F_HOME, p->lodging == LODGE_HOME);
	} else {
		/* No lodging (every family household of a census): usual
		 * residence in the hukou township stands in for home. */
		same = same_township(p->code, p->code_len, p->hukou_code,
		    p->hukou_len);
		if (same >= 0)
			set_fact(&f, F_HOME, same);
	}
	/* Only the NBS's rules ask where the work is. */
	if (o->scheme == SCHEME_NBS) {
		same = same_township(where, where_len, p->hukou_code,
		    p->hukou_len);
		if (same >= 0)
			set_fact(&f, F_WORKS_IN_TOWNSHIP, same);
	}
	return f;
}

/*
 * The tables of docs/design.md section 7.1 (and classify-labour(1),
 * Rules), in order: a rule holds when every fact of need is true and
 * every fact of deny is false.  An "or" is two rows of the same class.
 * The last rule is the rest: by then the person is of working age,
 * works, holds a rural hukou and (in the paper's table) is not farming.
 */
struct rule {
	enum labour_class cls;
	unsigned need;
	unsigned deny;
};

/* The paper's view: who still lives at home (离土不离乡) and who has
 * left the village too (离土又离乡). */
static const struct rule paper_rules[] = {
	{ LC_INACTIVE, BIT(F_AGE_OUT), 0 },
	{ LC_INACTIVE, BIT(F_IDLE), 0 },
	{ LC_UNEMPLOYED, BIT(F_UNEMPLOYED), 0 },
	{ LC_URBAN, BIT(F_NONAGRI), 0 },
	{ LC_AWAY_FARM, BIT(F_FARMING) | BIT(F_AWAY), 0 },
	{ LC_FARM, BIT(F_FARMING), BIT(F_AWAY) },
	{ LC_MIGRANT, BIT(F_AWAY), BIT(F_FARMING) },
	{ LC_MIGRANT, BIT(F_SELFGRAIN), BIT(F_FARMING) },
	{ LC_LOCAL, BIT(F_NEVER_AWAY) | BIT(F_HOME), BIT(F_FARMING) },
	{ LC_AMPHIBIAN, 0, 0 },
};

/* The NBS migrant-worker monitoring view: by place of work against
 * the hukou township, any industry outside it, non-farm work inside. */
static const struct rule nbs_rules[] = {
	{ LC_INACTIVE, BIT(F_AGE_OUT), 0 },
	{ LC_INACTIVE, BIT(F_IDLE), 0 },
	{ LC_UNEMPLOYED, BIT(F_UNEMPLOYED), 0 },
	{ LC_URBAN, BIT(F_NONAGRI), 0 },
	{ LC_NBS_OUTSIDE, 0, BIT(F_WORKS_IN_TOWNSHIP) },
	{ LC_FARM, BIT(F_FARMING), 0 },
	{ LC_NBS_LOCAL, 0, 0 },
};

static const struct {
	const struct rule *r;
	size_t n;
} rule_tables[] = {
	[SCHEME_PAPER] = { paper_rules, NWORDS(paper_rules) },
	[SCHEME_NBS] = { nbs_rules, NWORDS(nbs_rules) },
};

enum labour_class
classify_facts(struct facts f, enum scheme scheme)
{
	unsigned pending = 0, yes = f.known & f.value, no = f.known & ~f.value;
	const struct rule *rules = rule_tables[scheme].r;
	size_t i, n = rule_tables[scheme].n;

	for (i = 0; i < n; i++) {
		const struct rule *r = &rules[i];

		if ((yes & r->deny) || (no & r->need))
			continue;
		if ((r->need | r->deny) & ~f.known) {
			/* It might hold: its class stays possible. */
			pending |= BIT(r->cls);
			continue;
		}
		return pending & ~BIT(r->cls) ? LC_NA : r->cls;
	}
	return LC_NA;
}

int
facts_working(struct facts f)
{
	const unsigned out = BIT(F_AGE_OUT) | BIT(F_IDLE) | BIT(F_UNEMPLOYED);

	if (f.known & f.value & out)
		return 0;
	return (f.known & out) == out ? 1 : -1;
}

/*
 * The class of a set of facts, remembered: a census repeats a few
 * hundred combinations of facts millions of times, and a look-up here
 * costs less than the walk down the table (docs/performance.md).  The
 * key is the known and value bits and the scheme; 0 is an empty slot.
 */
#define MEMO_SIZE 1024

static struct {
	uint32_t key;
	signed char cls;
} memo[MEMO_SIZE];

enum labour_class
classify_facts_cached(struct facts f, enum scheme scheme)
{
	uint32_t key = ((f.known << F_NFACTS | f.value) << 1 | scheme) + 1;
	size_t slot = (key * 2654435761u) >> 22 & (MEMO_SIZE - 1);

	if (memo[slot].key != key) {
		memo[slot].key = key;
		memo[slot].cls = (signed char)classify_facts(f, scheme);
	}
	return (enum labour_class)memo[slot].cls;
}

enum labour_class
classify_person(const struct person *p, const struct labour_opts *o)
{
	return classify_facts_cached(person_facts(p, o), o->scheme);
}
