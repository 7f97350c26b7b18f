/*
 * labour.c - classify-labour's rules (DESIGN section 6).  A person is
 * reduced to a few facts, each true, false or unknown; the classes are
 * an ordered table of rules over those facts, first match wins.  A rule
 * whose facts are unknown might have matched, so when one comes before
 * the rule that holds and names another class, the class is NA: the
 * answer is never a guess.
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

#define W(s, v) { s, sizeof(s) - 1, v }

const struct word hukou_words[] = {
	W("agri", HUKOU_AGRI),
	W("nonagri", HUKOU_NONAGRI),
};
const struct word industry_words[] = {
	W("agri", IND_AGRI),
	W("industry", IND_INDUSTRY),
	W("construction", IND_CONSTRUCTION),
	W("services", IND_SERVICES),
	W("none", IND_NONE),
};
const struct word lodging_words[] = {
	W("home", LODGE_HOME),
	W("dorm", LODGE_DORM),
	W("rented", LODGE_RENTED),
	W("other", LODGE_OTHER),
};
const size_t n_hukou_words = sizeof(hukou_words) / sizeof(hukou_words[0]);
const size_t n_industry_words = sizeof(industry_words) /
    sizeof(industry_words[0]);
const size_t n_lodging_words = sizeof(lodging_words) /
    sizeof(lodging_words[0]);
const char hukou_list[] = "agri or nonagri";
const char industry_list[] = "agri, industry, construction, services or "
    "none";
const char lodging_list[] = "home, dorm, rented or other";

int
word_lookup(const struct word *t, size_t n, const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return WORD_NA;
	for (i = 0; i < n; i++)
		if (t[i].len == len && memcmp(t[i].s, s, len) == 0)
			return t[i].value;
	return WORD_BAD;
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
	int v = word_lookup(class_words, LC_NCLASSES, s, len);

	return v < 0 ? LC_NA : (enum labour_class)v;
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
	size_t n = alen < blen ? alen : blen;

	if (n > 9)
		n = 9;
	if (alen == 0 || blen == 0)
		return -1;
	/* Codes that differ within the digits both have differ for good:
	 * a county code tells that a township is elsewhere. */
	if (memcmp(a, b, n) != 0)
		return 0;
	return alen >= 9 && blen >= 9 ? 1 : -1;
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
 * DESIGN section 6, in order: a rule holds when every fact of need is
 * true and every fact of deny is false.  Rule 1's "or" is two rows of
 * the same class.  The last rule is the rest: by then the person is of
 * working age, works, holds a rural hukou and is not farming.
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
count_origin(struct group *g, enum labour_class c, lt_micro weight)
{
	g->sum[S_POP_TOTAL] += weight;
	if (c < 0 || c >= LC_NCLASSES)
		return;
	if (class_count[c].sum >= 0)
		g->sum[class_count[c].sum] += weight;
	if (class_count[c].rural)
		g->sum[S_RURAL] += weight;
}

void
count_inflow(struct group *g, enum labour_class c, lt_micro weight)
{
	if (rural_worker(c))
		g->sum[S_INFLOW] += weight;
}

const char *const share_column[SH_NSHARES] = {
	"share_farm", "share_local", "share_amphibian", "share_migrant"
};
const enum sum share_sum[SH_NSHARES] = {
	S_FARM, S_LOCAL, S_AMPHIBIAN, S_MIGRANT
};

double
share_of(double part, double whole)
{
	/* NaN compares false, so an NA on either side gives NaN. */
	if (!(whole != 0) || part != part)
		return 0.0 / 0.0;
	return part / whole;
}

double
share_of_micro(lt_micro part, lt_micro whole)
{
	if (whole == 0)
		return 0.0 / 0.0;
	return lt_micro_to_num(part) / lt_micro_to_num(whole);
}

void
group_key(char *key, const char *code, size_t len, int year_na,
    int64_t year)
{
	uint64_t u = (uint64_t)year ^ ((uint64_t)1 << 63);
	int i;

	memset(key, 0, GROUP_KEYLEN);
	memcpy(key, code, len > 12 ? 12 : len);
	if (year_na)
		return;
	key[12] = 1;
	for (i = 0; i < 8; i++)
		key[13 + i] = (char)(u >> (56 - 8 * i));
}

size_t
group_key_code(const char *key)
{
	size_t n = 0;

	while (n < 12 && key[n] != '\0')
		n++;
	return n;
}

int
group_key_year(const char *key, int64_t *year)
{
	uint64_t u = 0;
	int i;

	if (key[12] == 0)
		return 0;
	for (i = 0; i < 8; i++)
		u = u << 8 | (unsigned char)key[13 + i];
	*year = (int64_t)(u ^ ((uint64_t)1 << 63));
	return 1;
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
