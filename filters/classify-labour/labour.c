/*
 * labour.c - classify-labour's rules (docs/design.md section 7).  A
 * person is reduced to a few facts, each true, false or unknown; the
 * classes are an ordered table of rules over those facts, first match
 * wins.  A rule whose facts are unknown might have matched, so when one
 * comes before the rule that holds and names another class, the class
 * is NA: the answer is never a guess.
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

#define W(s, v) { s, sizeof(s) - 1, v }
#define NWORDS(a) (sizeof(a) / sizeof(a[0]))

static const struct word hukou_words[] = {
	W("agri", HUKOU_AGRI),
	W("nonagri", HUKOU_NONAGRI),
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
	hukou_words, NWORDS(hukou_words), "agri or nonagri",
	{ ['a'] = 1, ['n'] = 2 }
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

int
word_lookup(const struct word_table *t, const char *s, size_t len)
{
	const struct word *w;
	size_t k;
	int i;

	if (len == 0)
		return WORD_NA;
	if ((i = t->first[(unsigned char)s[0]]) == 0)
		return WORD_BAD;
	w = &t->w[i - 1];
	if (w->len != len)
		return WORD_BAD;
	/* Words are short: a loop beats a call to memcmp, per row. */
	for (k = 1; k < len && w->s[k] == s[k]; k++)
		;
	return k == len ? w->value : WORD_BAD;
}

static const struct word class_words[LC_NCLASSES] = {
	W("inactive", LC_INACTIVE),
	W("urban", LC_URBAN),
	W("away_farm", LC_AWAY_FARM),
	W("farm", LC_FARM),
	W("migrant", LC_MIGRANT),
	W("local", LC_LOCAL),
	W("amphibian", LC_AMPHIBIAN),
};

const char *
labour_class_name(enum labour_class c, size_t *len)
{
	if (c < 0 || c >= LC_NCLASSES) {
		*len = 0;
		return "";
	}
	*len = class_words[c].len;
	return class_words[c].s;
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
	if (*end != '-' || end[1] < '0' || end[1] > '9')
		return 0;
	b = strtol(end + 1, &end, 10);
	if (*end != '\0' || a > b || b > 150)
		return 0;
	*min = a;
	*max = b;
	return 1;
}

int
same_township(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i, n = alen < blen ? alen : blen;

	if (n > 9)
		n = 9;
	if (alen == 0 || blen == 0)
		return -1;
	/* Codes that differ within the digits both have differ for good:
	 * a county code tells that a township is elsewhere. */
	if (n == 9) {
		uint64_t x, y;

		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y || a[8] != b[8])
			return 0;
		return 1;
	}
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return -1;
}

#define BIT(f) (1u << (f))

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
	if (p->industry >= 0) {
		set_fact(&f, F_IDLE, p->industry == IND_NONE);
		set_fact(&f, F_FARMING, p->industry == IND_AGRI);
	}
	if (p->hukou >= 0)
		set_fact(&f, F_NONAGRI, p->hukou == HUKOU_NONAGRI);
	if (p->months_away >= 0) {
		set_fact(&f, F_AWAY, p->months_away >= o->away_months);
		set_fact(&f, F_NEVER_AWAY, p->months_away == 0);
	}
	if (p->lodging >= 0)
		set_fact(&f, F_HOME, p->lodging == LODGE_HOME);
	same = same_township(where, where_len, p->hukou_code, p->hukou_len);
	if (same >= 0)
		set_fact(&f, F_SAME_TOWNSHIP, same);
	return f;
}

/*
 * The table of docs/design.md section 7.1 (and classify-labour(1),
 * Rules), in order: a rule holds when every fact of need is true and
 * every fact of deny is false.  Rule 1's "or" is two rows of the same
 * class.  The last rule is the rest: by then the person is of working
 * age, works, holds a rural hukou and is not farming.
 */
static const struct rule {
	enum labour_class cls;
	unsigned need;
	unsigned deny;
} rules[] = {
	{ LC_INACTIVE, BIT(F_AGE_OUT), 0 },
	{ LC_INACTIVE, BIT(F_IDLE), 0 },
	{ LC_URBAN, BIT(F_NONAGRI), 0 },
	{ LC_AWAY_FARM, BIT(F_FARMING) | BIT(F_AWAY), 0 },
	{ LC_FARM, BIT(F_FARMING), BIT(F_AWAY) },
	{ LC_MIGRANT, BIT(F_AWAY), BIT(F_FARMING) },
	{ LC_LOCAL, BIT(F_NEVER_AWAY) | BIT(F_HOME) | BIT(F_SAME_TOWNSHIP),
	    BIT(F_FARMING) },
	{ LC_AMPHIBIAN, 0, 0 },
};

enum labour_class
classify_facts(struct facts f)
{
	unsigned pending = 0, yes = f.known & f.value, no = f.known & ~f.value;
	size_t i;

	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
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

enum labour_class
classify_person(const struct person *p, const struct labour_opts *o)
{
	return classify_facts(person_facts(p, o));
}

const char *const sum_column[S_NSUMS] = {
	"pop_total", "labour_rural", "labour_farm", "labour_local",
	"labour_amphibian", "labour_migrant", "labour_away_farm",
	"labour_urban", "labour_inflow"
};

/* The sum each class counts in (-1 none), and whether it is rural
 * work (labour_rural is their total). */
static const struct {
	int sum;
	int rural;
} class_count[LC_NCLASSES] = {
	[LC_INACTIVE] = { -1, 0 },
	[LC_URBAN] = { S_URBAN, 0 },
	[LC_AWAY_FARM] = { S_AWAY_FARM, 1 },
	[LC_FARM] = { S_FARM, 1 },
	[LC_MIGRANT] = { S_MIGRANT, 1 },
	[LC_LOCAL] = { S_LOCAL, 1 },
	[LC_AMPHIBIAN] = { S_AMPHIBIAN, 1 },
};

int
rural_worker(enum labour_class c)
{
	return c >= 0 && c < LC_NCLASSES && class_count[c].rural;
}

void
group_add(struct group *g, enum sum i, group_sum v)
{
	if (__builtin_add_overflow(g->sum[i], v, &g->sum[i]))
		g->overflow = 1;
}

void
count_origin(struct group *g, enum labour_class c, group_sum weight)
{
	group_add(g, S_POP_TOTAL, weight);
	if (c < 0 || c >= LC_NCLASSES)
		return;
	if (class_count[c].sum >= 0)
		group_add(g, (enum sum)class_count[c].sum, weight);
	if (class_count[c].rural)
		group_add(g, S_RURAL, weight);
}

void
count_inflow(struct group *g, enum labour_class c, group_sum weight)
{
	if (rural_worker(c))
		group_add(g, S_INFLOW, weight);
}

const char *const share_column[SH_NSHARES] = {
	"share_farm", "share_local", "share_amphibian", "share_migrant"
};
const enum sum share_sum[SH_NSHARES] = {
	S_FARM, S_LOCAL, S_AMPHIBIAN, S_MIGRANT
};

enum lt_status
parse_weight(const char *s, size_t len, lt_micro *out)
{
	static const int64_t scale[7] = { 1000000, 100000, 10000, 1000, 100,
		10, 1 };
	int64_t ip = 0, fp = 0;
	size_t i = 0, nf;

	if (len == 0 || len > 19)
		return lt_parse_micro(s, len, out);
	for (; i < len && (unsigned char)(s[i] - '0') <= 9; i++)
		ip = ip * 10 + (s[i] - '0');
	if (i == 0 || i > 12)
		return lt_parse_micro(s, len, out);
	if (i < len) {
		if (s[i] != '.' || len - i - 1 > 6)
			return lt_parse_micro(s, len, out);
		for (nf = 0, i++; i < len; i++, nf++) {
			if ((unsigned char)(s[i] - '0') > 9)
				return lt_parse_micro(s, len, out);
			fp = fp * 10 + (s[i] - '0');
		}
		fp *= scale[nf];
	}
	*out = (lt_micro)ip * 1000000 + fp;
	return LT_OK;
}

double
share_of(double part, double whole)
{
	/* NaN compares false, so an NA on either side gives NaN. */
	if (!(whole != 0) || part != part)
		return 0.0 / 0.0;
	return part / whole;
}

double
share_of_sums(group_sum part, group_sum whole)
{
	const group_sum exact = (group_sum)1 << 53;

	if (whole == 0)
		return 0.0 / 0.0;
	/* Below 2^53 both convert exactly: one rounding, in the division. */
	if (part < exact && part > -exact && whole < exact && whole > -exact)
		return (double)part / (double)whole;
	return lt_micro_to_num(part) / lt_micro_to_num(whole);
}

const char *const local_term_column[TERM_NTERMS] = {
	"labour_rural", "labour_farm", "labour_migrant", "labour_amphibian",
	"labour_away_farm"
};

int
derive_local(const lt_micro *term, const int *na, lt_micro *local)
{
	lt_micro v;
	int i;

	for (i = 0; i < TERM_NTERMS; i++)
		if (na[i])
			return 0;
	v = term[TERM_RURAL];
	for (i = TERM_FARM; i < TERM_NTERMS; i++)
		v -= term[i];
	*local = v;
	return 1;
}
