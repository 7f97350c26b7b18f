/*
 * peers.c - the relative indicator: each region's sector mix against
 * the mix of its peers, the regions of the same level and year that
 * share its code at the --peers level (all regions of its level when
 * that level is not above it).  Fewer than 3 peers with a sector mix,
 * the region not counted, make it NA with that reason
 * (docs/design.md section 10).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* The report computed (qsort's comparison reads it). */
static struct report *rep;

size_t
peer_prefix(const struct report *r, const struct place *p)
{
	size_t n = lt_level_digits(r->peers);

	return n < p->codelen ? n : 0;
}

static int
by_group(const void *a, const void *b)
{
	const struct rec *ra = &rep->rec[*(const uint32_t *)a];
	const struct rec *rb = &rep->rec[*(const uint32_t *)b];
	size_t n = peer_prefix(rep, ra->place);
	int c;

	if (ra->place->codelen != rb->place->codelen)
		return ra->place->codelen < rb->place->codelen ? -1 : 1;
	if ((c = memcmp(ra->place->code, rb->place->code, n)) != 0)
		return c;
	if (ra->year != rb->year)
		return ra->year < rb->year ? -1 : 1;
	return report_by_code_year(rep, *(const uint32_t *)a,
	    *(const uint32_t *)b);
}

static int
same_group(uint32_t a, uint32_t b)
{
	const struct rec *ra = &rep->rec[a], *rb = &rep->rec[b];

	return ra->place->codelen == rb->place->codelen &&
	    memcmp(ra->place->code, rb->place->code,
	    peer_prefix(rep, ra->place)) == 0 && ra->year == rb->year;
}

static int
sectors_valid(const double *x)
{
	double total = 0;
	size_t k;

	for (k = 0; k < rep->nsectors; k++) {
		if (isnan(x[k]))
			return 0;
		total += x[k];
	}
	return total > 0;
}

/* The records of one group, idx[a..b): each against the sum of the
 * others. */
static void
krugman_group(const uint32_t *idx, size_t a, size_t b, int slot,
    double *sum, double *rest)
{
	size_t i, k, valid = 0;

	for (k = 0; k < rep->nsectors; k++)
		sum[k] = 0;
	for (i = a; i < b; i++) {
		const double *x = rep->sector + idx[i] * rep->nsectors;

		if (sectors_valid(x)) {
			valid++;
			for (k = 0; k < rep->nsectors; k++)
				sum[k] += x[k];
		}
	}
	for (i = a; i < b; i++) {
		const double *x = rep->sector + idx[i] * rep->nsectors;
		size_t at = idx[i] * rep->stride + (size_t)slot;
		int own = sectors_valid(x);

		rep->rec[idx[i]].peers = (uint32_t)(valid - (own ? 1 : 0));
		rep->val[at] = NAN;
		if (rep->rec[idx[i]].peers < ILLS_MIN_PEERS)
			rep->why[at] = WHY_BYTE(WHY_FEW_PEERS, 0);
		else if (!own)
			rep->why[at] = WHY_BYTE(WHY_MISSING, 0);
		else {
			for (k = 0; k < rep->nsectors; k++)
				rest[k] = sum[k] - x[k];
			rep->val[at] = ills_krugman(x, rest, rep->nsectors);
			rep->why[at] = WHY_BYTE(isnan(rep->val[at]) ?
			    WHY_UNDEFINED : WHY_NONE, 0);
		}
	}
}

void
peers_krugman(struct report *r, int slot)
{
	uint32_t *idx;
	double *sum, *rest;
	size_t a, b, i;

	rep = r;
	idx = lt_malloc((rep->nrec ? rep->nrec : 1) * sizeof(*idx));
	sum = lt_calloc(rep->nsectors, sizeof(*sum));
	rest = lt_calloc(rep->nsectors, sizeof(*rest));
	for (i = 0; i < rep->nrec; i++)
		idx[i] = (uint32_t)i;
	qsort(idx, rep->nrec, sizeof(*idx), by_group);
	for (a = 0; a < rep->nrec; a = b) {
		for (b = a; b < rep->nrec && same_group(idx[a], idx[b]); b++)
			;
		krugman_group(idx, a, b, slot, sum, rest);
	}
	free(idx);
	free(sum);
	free(rest);
}
