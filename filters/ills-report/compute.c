/*
 * compute.c - ills-report's numbers once every row is read: the
 * records in code-year order, the year-on-year changes, the Krugman
 * index of each group of sibling regions, the ill scores, and which
 * records and ills each output shows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* The report computed (qsort's comparisons read it). */
static struct report *rep;

static int
by_code_year(const void *a, const void *b)
{
	const struct rec *ra = &rep->rec[*(const uint32_t *)a];
	const struct rec *rb = &rep->rec[*(const uint32_t *)b];

	if (ra->place->rank != rb->place->rank)
		return ra->place->rank < rb->place->rank ? -1 : 1;
	return (ra->year > rb->year) - (ra->year < rb->year);
}

/* The length of the parent code (0 for a province). */
static size_t
parent_len(const struct place *p)
{
	enum lt_level l = lt_code_level(p->code, p->codelen);

	return l > LT_LEVEL_PROVINCE ? lt_level_digits(l - 1) : 0;
}

/* Groups for the Krugman index: same code length, parent and year. */
static int
by_group(const void *a, const void *b)
{
	const struct rec *ra = &rep->rec[*(const uint32_t *)a];
	const struct rec *rb = &rep->rec[*(const uint32_t *)b];
	int c;

	if (ra->place->codelen != rb->place->codelen)
		return ra->place->codelen < rb->place->codelen ? -1 : 1;
	if ((c = memcmp(ra->place->code, rb->place->code,
	    parent_len(ra->place))) != 0)
		return c;
	if (ra->year != rb->year)
		return ra->year < rb->year ? -1 : 1;
	return by_code_year(a, b);
}

static int
same_group(uint32_t a, uint32_t b)
{
	const struct rec *ra = &rep->rec[a], *rb = &rep->rec[b];

	return ra->place->codelen == rb->place->codelen &&
	    memcmp(ra->place->code, rb->place->code,
	    parent_len(ra->place)) == 0 && ra->year == rb->year;
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

/* Krugman dissimilarity of each region's sector mix from the rest of
 * its group; regions with an NA sector value, or none, are out. */
static void
compute_krugman(int slot)
{
	uint32_t *idx = lt_malloc(rep->nrec * sizeof(*idx));
	double *sum = lt_calloc(rep->nsectors, sizeof(*sum));
	double *rest = lt_calloc(rep->nsectors, sizeof(*rest));
	size_t a, b, i, k;

	for (i = 0; i < rep->nrec; i++)
		idx[i] = (uint32_t)i;
	qsort(idx, rep->nrec, sizeof(*idx), by_group);
	for (a = 0; a < rep->nrec; a = b) {
		for (k = 0; k < rep->nsectors; k++)
			sum[k] = 0;
		for (b = a; b < rep->nrec && same_group(idx[a], idx[b]); b++) {
			const double *x = rep->sector + idx[b] * rep->nsectors;

			if (sectors_valid(x))
				for (k = 0; k < rep->nsectors; k++)
					sum[k] += x[k];
		}
		for (i = a; i < b; i++) {
			const double *x = rep->sector + idx[i] * rep->nsectors;
			double v = NAN;

			if (sectors_valid(x)) {
				for (k = 0; k < rep->nsectors; k++)
					rest[k] = sum[k] - x[k];
				v = ills_krugman(x, rest, rep->nsectors);
			}
			rep->val[idx[i] * rep->stride + slot] = v;
		}
	}
	free(idx);
	free(sum);
	free(rest);
}

/* Year-on-year indicators: backwards, so that the previous record still
 * holds its quantity when the change replaces the current one's. */
static void
compute_changes(void)
{
	size_t k, i;

	for (k = rep->nrec; k-- > 0;) {
		uint32_t r = rep->order[k], p = k > 0 ? rep->order[k - 1] : r;
		int has_prev = k > 0 && rep->rec[p].place == rep->rec[r].place;

		for (i = 0; i < ills_nindicators; i++) {
			const struct indicator *ind = &ills_indicators[i];
			double *cur;

			if (rep->slot[i] < 0 || ind->kind != KIND_YOY)
				continue;
			cur = &rep->val[r * rep->stride + rep->slot[i]];
			*cur = has_prev ? ind->change(*cur,
			    rep->val[p * rep->stride + rep->slot[i]],
			    (double)(rep->rec[r].year - rep->rec[p].year)) : NAN;
		}
	}
}

static void
compute_ill_scores(void)
{
	double scores[ILLS_MAXIND];
	size_t r, i, n;
	int k;

	for (r = 0; r < rep->nrec; r++)
		for (k = 0; k < NILLS; k++) {
			n = 0;
			for (i = 0; i < ills_nindicators; i++)
				if (ills_indicators[i].ill == (enum ill_id)k &&
				    rep->slot[i] >= 0)
					scores[n++] = report_score(rep, i,
					    (uint32_t)r);
			rep->rec[r].ill[k] = ills_mean(scores, n);
		}
}

static int worst_ill;

static int
by_worst(const void *a, const void *b)
{
	uint32_t ra = *(const uint32_t *)a, rb = *(const uint32_t *)b;
	double sa = rep->rec[ra].ill[worst_ill], sb = rep->rec[rb].ill[worst_ill];

	if (sa != sb)
		return sa > sb ? -1 : 1;
	return by_code_year(a, b);
}

/* The worst top of w[0..n), in order, at the front of w: one pass
 * with insertion into the kept few when top is small, else a sort. */
static size_t
keep_worst(uint32_t *w, size_t n, size_t top)
{
	size_t k, j, kept = 0;

	if (top > 1000) {
		qsort(w, n, sizeof(*w), by_worst);
		return n < top ? n : top;
	}
	for (k = 0; k < n; k++) {
		uint32_t r = w[k];

		if (kept == top && by_worst(&r, &w[kept - 1]) >= 0)
			continue;
		j = kept < top ? kept++ : kept - 1;
		for (; j > 0 && by_worst(&r, &w[j - 1]) < 0; j--)
			w[j] = w[j - 1];
		w[j] = r;
	}
	return kept;
}

/* Which records the report covers (sel), which ills pass --level, and
 * the worst N per ill (all of them for CSV without --top). */
static void
select_records(void)
{
	size_t k, n;
	long top = rep->top ? rep->top : 10;
	int i;

	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		struct rec *rc = &rep->rec[r];

		if (rep->year_given)
			rc->sel = rc->year == rep->year;
		else if (rep->format == FORMAT_CSV)
			rc->sel = 1;
		else
			rc->sel = k + 1 == rep->nrec ||
			    rep->rec[rep->order[k + 1]].place != rc->place;
		rc->show = 0;
		for (i = 0; i < NILLS; i++)
			if (rep->min_level == LEVEL_NA || ills_level(rc->ill[i])
			    >= rep->min_level)
				rc->show |= 1u << i;
	}
	/* CSV without --top needs no ranking. */
	for (i = 0; i < NILLS && (rep->format != FORMAT_CSV || rep->top); i++) {
		uint32_t *w = lt_malloc((rep->nrec ? rep->nrec : 1) * sizeof(*w));

		n = 0;
		for (k = 0; k < rep->nrec; k++) {
			struct rec *rc = &rep->rec[rep->order[k]];

			if (rc->sel && (rc->show >> i & 1) &&
			    !isnan(rc->ill[i]))
				w[n++] = rep->order[k];
		}
		worst_ill = i;
		n = keep_worst(w, n, (size_t)top);
		for (k = 0; k < n; k++)
			rep->rec[w[k]].top |= 1u << i;
		rep->worst[i] = w;
		rep->nworst[i] = n;
	}
	if (rep->top)
		for (k = 0; k < rep->nrec; k++)
			rep->rec[k].show &= rep->rec[k].top;
}

void
report_compute(struct report *r)
{
	size_t i;

	rep = r;
	rep->order = lt_malloc((rep->nrec ? rep->nrec : 1) *
	    sizeof(*rep->order));
	for (i = 0; i < rep->nrec; i++)
		rep->order[i] = (uint32_t)i;
	qsort(rep->order, rep->nrec, sizeof(*rep->order), by_code_year);
	compute_changes();
	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].kind == KIND_SECTOR && rep->slot[i] >= 0)
			compute_krugman(rep->slot[i]);
	compute_ill_scores();
	select_records();
}
