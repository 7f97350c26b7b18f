/*
 * sums.c - the sums of classify-labour --by: which a person counts in,
 * by class and destination, their exact weights, the shares, and the
 * residual labour_local of region rows (docs/design.md section 7).
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

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
