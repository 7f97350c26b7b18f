/*
 * select.c - which records and ills each output shows: the year the
 * report covers, the ills that pass --level, and the worst N per ill.
 */
#include <math.h>
#include <stdlib.h>

#include "report.h"

/* The report (qsort's comparison reads it). */
static struct report *rep;

int
report_by_code_year(const struct report *r, uint32_t a, uint32_t b)
{
	const struct rec *ra = &r->rec[a], *rb = &r->rec[b];

	if (ra->place->rank != rb->place->rank)
		return ra->place->rank < rb->place->rank ? -1 : 1;
	return (ra->year > rb->year) - (ra->year < rb->year);
}

static int
by_code_year(const void *a, const void *b)
{
	return report_by_code_year(rep, *(const uint32_t *)a,
	    *(const uint32_t *)b);
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
void
report_select(struct report *r)
{
	size_t k, n;
	long top;
	int i;

	rep = r;
	top = rep->top ? rep->top : 10;
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
		/* A county's summed townships is for the map alone. */
		rc->mapsel = rc->sel;
		if (rc->county_sum)
			rc->mapsel = rep->year_given ? rc->year == rep->year :
			    k + 1 == rep->nrec ||
			    rep->rec[rep->order[k + 1]].place != rc->place;
		if (rc->county_sum)
			rc->sel = 0;
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


/* By code and year, for report_compute. */
void
select_order(struct report *r)
{
	size_t i;

	rep = r;
	rep->order = lt_malloc((rep->nrec ? rep->nrec : 1) *
	    sizeof(*rep->order));
	for (i = 0; i < rep->nrec; i++)
		rep->order[i] = (uint32_t)i;
	qsort(rep->order, rep->nrec, sizeof(*rep->order), by_code_year);
}
