/*
 * labour.c - classify-labour's rules (docs/design.md section 7).  A
 * person is reduced to a few facts, each true, false or unknown; the
 * classes are an ordered table of rules over those facts, first match
 * wins (one table per scheme: the paper's and the NBS's).  A rule whose
 * facts are unknown might have matched, so when one comes before the
 * rule that holds and names another class, the class is NA: the answer
 * is never a guess.  Also here: the destination of a worker (codes
 * against codes), the kind of the work place (from its name), and the
 * sums each person counts in under --by.
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

#define W(s, v) { s, sizeof(s) - 1, v }
#define NWORDS(a) (sizeof(a) / sizeof(a[0]))

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

enum destination
destination_of(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i, n = alen < blen ? alen : blen;

	if (alen == 0 || blen == 0)
		return DEST_NA;
	if (n >= 9) {
		uint64_t x, y;

		/* Township codes: the first 8 digits in one comparison. */
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x == y)
			return a[8] == b[8] ? DEST_SAME_TOWNSHIP :
			    DEST_SAME_COUNTY;
		n = 8;
	}
	for (i = 0; i < n && a[i] == b[i]; i++)
		;
	if (i == 9)
		return DEST_SAME_TOWNSHIP;
	if (i == n)
		return DEST_NA;		/* too few digits to tell */
	/* The first digit that differs: province (2), county (6: another
	 * prefecture of the province is another county too), township. */
	if (i < 2)
		return DEST_OTHER_PROVINCE;
	if (i < 6)
		return DEST_OTHER_COUNTY;
	return DEST_SAME_COUNTY;
}

enum destination
person_destination(const struct person *p)
{
	if (p->work_len)
		return destination_of(p->work_code, p->work_len,
		    p->hukou_code, p->hukou_len);
	return destination_of(p->code, p->code_len, p->hukou_code,
	    p->hukou_len);
}

static const struct word destination_words[DEST_N] = {
	W("same_township", DEST_SAME_TOWNSHIP),
	W("same_county", DEST_SAME_COUNTY),
	W("other_county", DEST_OTHER_COUNTY),
	W("other_province", DEST_OTHER_PROVINCE),
};

const char *
destination_name(enum destination d, size_t *len)
{
	if (d < 0 || d >= DEST_N) {
		*len = 0;
		return "";
	}
	*len = destination_words[d].len;
	return destination_words[d].s;
}

/*
 * The endings of a place's name in the data's year and the kind they
 * tell, longest first (城关镇 before 镇).  A 1980s census names the
 * township where a person works; today's code digits would call a
 * 1987 township (乡) that became a town in 1992 a town, so the digits
 * are never read (docs/design.md section 7.4).
 */
static const struct word kind_endings[] = {
	W("街道办事处", KIND_CITY),
	W("街道", KIND_CITY),
	W("办事处", KIND_CITY),
	W("城关镇", KIND_COUNTY_SEAT),
	W("城厢镇", KIND_COUNTY_SEAT),
	W("城关", KIND_COUNTY_SEAT),
	W("村委会", KIND_VILLAGE),
	W("村民委员会", KIND_VILLAGE),
	W("嘎查", KIND_VILLAGE),
	W("村", KIND_VILLAGE),
	W("镇", KIND_TOWN),
	W("苏木", KIND_TOWNSHIP_SEAT),
	W("乡", KIND_TOWNSHIP_SEAT),
};

enum place_kind
place_kind_of_name(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < NWORDS(kind_endings); i++) {
		const struct word *w = &kind_endings[i];

		if (len >= w->len && memcmp(s + len - w->len, w->s,
		    w->len) == 0)
			return (enum place_kind)w->value;
	}
	return KIND_NA;
}

static const struct word kind_words[KIND_N] = {
	W("village", KIND_VILLAGE),
	W("township_seat", KIND_TOWNSHIP_SEAT),
	W("town", KIND_TOWN),
	W("county_seat", KIND_COUNTY_SEAT),
	W("city", KIND_CITY),
};

const char *
place_kind_name(enum place_kind k, size_t *len)
{
	if (k < 0 || k >= KIND_N) {
		*len = 0;
		return "";
	}
	*len = kind_words[k].len;
	return kind_words[k].s;
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

const char *const sum_column[S_NSUMS] = {
	"pop_total", "labour_rural", "labour_farm", "labour_local",
	"labour_amphibian", "labour_migrant", "labour_away_farm",
	"labour_urban", "labour_inflow", "labour_unemployed",
	"labour_farm_old", "labour_farm_female", "workers_same_township",
	"workers_same_county", "workers_other_county",
	"workers_other_province"
};

/* The sum each class counts in (-1 none), and whether it is rural
 * work (labour_rural is their total).  The NBS classes are never
 * summed: --by counts the paper's view. */
static const struct {
	int sum;
	int rural;
} class_count[LC_NCLASSES] = {
	[LC_INACTIVE] = { -1, 0 },
	[LC_UNEMPLOYED] = { -1, 0 },
	[LC_URBAN] = { S_URBAN, 0 },
	[LC_AWAY_FARM] = { S_AWAY_FARM, 1 },
	[LC_FARM] = { S_FARM, 1 },
	[LC_MIGRANT] = { S_MIGRANT, 1 },
	[LC_LOCAL] = { S_LOCAL, 1 },
	[LC_AMPHIBIAN] = { S_AMPHIBIAN, 1 },
	[LC_NBS_LOCAL] = { -1, 0 },
	[LC_NBS_OUTSIDE] = { -1, 0 },
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

unsigned
origin_sums(const struct person *p, enum labour_class c, enum destination d)
{
	unsigned m = BIT(S_POP_TOTAL);

	if (c < 0 || c >= LC_NCLASSES)
		return m;
	if (class_count[c].sum >= 0)
		m |= BIT(class_count[c].sum);
	if (class_count[c].rural) {
		m |= BIT(S_RURAL);
		if (d >= 0)
			m |= BIT(S_SAME_TOWNSHIP + d);
	}
	if (c == LC_FARM) {
		if (p->age >= FARM_OLD_AGE)
			m |= BIT(S_FARM_OLD);
		if (p->sex == SEX_F)
			m |= BIT(S_FARM_FEMALE);
	}
	/* labour_unemployed counts rural hukou only, as labour_rural. */
	if (c == LC_UNEMPLOYED && (p->hukou == HUKOU_AGRI ||
	    p->hukou == HUKOU_SELFGRAIN))
		m |= BIT(S_UNEMPLOYED);
	return m;
}

unsigned
inflow_sums(enum labour_class c)
{
	return rural_worker(c) ? BIT(S_INFLOW) : 0;
}

void
count_sums(struct group *g, unsigned mask, group_sum weight)
{
	while (mask) {
		int i = __builtin_ctz(mask);

		group_add(g, (enum sum)i, weight);
		mask &= mask - 1;
	}
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
