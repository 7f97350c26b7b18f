/*
 * compute.c - ills-report's numbers once every row is read
 * (docs/design.md section 10): the year-on-year changes and trends of
 * each region, the relative indicator (peers.c), the industry floor,
 * and each ill's score on its fixed set of indicators.
 */
#include <math.h>
#include <stdlib.h>

#include "report.h"

/* The report computed. */
static struct report *rep;

/* For each indicator, the one in the input that stands in for it, or
 * -1; and whether it is itself a stand-in for one in the input. */
static int stand_in[ILLS_MAXIND];
static unsigned char replaces[ILLS_MAXIND];

/* The change or trend of indicator i at position k of the order, from
 * the quantities of the records of the same code before it (still
 * quantities: the caller goes backwards). */
static void
change_at(size_t i, size_t k)
{
	const struct indicator *ind = &ills_indicators[i];
	size_t s = (size_t)rep->slot[i], n = 0, j;
	uint32_t r = rep->order[k];
	double t[ILLS_TREND_YEARS], y[ILLS_TREND_YEARS], f[ILLS_TREND_YEARS];
	double v;
	unsigned char why = WHY_BYTE(WHY_NONE, 0);
	size_t want = ind->kind == KIND_TREND ? ILLS_TREND_YEARS : 2;

	for (j = k + 1; j-- > 0 && n < want;) {
		uint32_t q = rep->order[j];

		if (rep->rec[q].place != rep->rec[r].place)
			break;
		t[n] = (double)rep->rec[q].year;
		y[n] = rep->val[q * rep->stride + s];
		f[n] = rep->falling[q];
		/* The reason of the latest NA quantity. */
		if (isnan(y[n]) && WHY(why) == WHY_NONE)
			why = rep->why[q * rep->stride + s];
		n++;
	}
	if (n == 1)
		why = WHY_BYTE(WHY_FIRST_YEAR, 0);
	else if (n < want)
		why = WHY_BYTE(WHY_FEW_YEARS, 0);
	if (n < want)
		v = NAN;
	else if (ind->kind == KIND_TREND)
		v = ills_trend(t, y, n);
	else
		v = ind->change(y[0], y[1], t[0] - t[1]);
	if (isnan(v) && WHY(why) == WHY_NONE)
		why = WHY_BYTE(WHY_UNDEFINED, 0);
	rep->val[r * rep->stride + s] = v;
	rep->why[r * rep->stride + s] = isnan(v) ? why : 0;
	/* Not the ill where farm labour did not fall (ills-report(1)). */
	if (!isnan(v) && (ind->flags & IND_FALLING) &&
	    !(ills_trend(t, f, n) < 0))
		rep->why[r * rep->stride + s] = WHY_BYTE(WHY_NOT_FALLING, 0);
}

/* Year-on-year indicators and trends: backwards, so that the records
 * before still hold their quantities when the change replaces the
 * current one's. */
static void
compute_changes(void)
{
	size_t k, i;

	for (k = rep->nrec; k-- > 0;)
		for (i = 0; i < ills_nindicators; i++)
			if (rep->slot[i] >= 0 &&
			    (ills_indicators[i].kind == KIND_YOY ||
			    ills_indicators[i].kind == KIND_TREND))
				change_at(i, k);
}

/* Industry indicators below the floor, or where it cannot be tested,
 * are NA (a relative indicator short of peers keeps that reason). */
static void
apply_floor(void)
{
	size_t r, i;

	for (r = 0; r < rep->nrec; r++) {
		const struct rec *rc = &rep->rec[r];
		unsigned char why;

		if (rc->floor == FLOOR_BELOW)
			why = WHY_BYTE(WHY_BELOW_FLOOR, 0);
		else if (rc->floor == FLOOR_NA)
			why = WHY_BYTE(WHY_FLOOR_MISSING, rc->floor_na);
		else
			continue;
		for (i = 0; i < ills_nindicators; i++) {
			size_t at = r * rep->stride + (size_t)rep->slot[i];

			if (rep->slot[i] < 0 ||
			    !(ills_indicators[i].flags & IND_INDUSTRY) ||
			    WHY(rep->why[at]) == WHY_FEW_PEERS)
				continue;
			rep->val[at] = NAN;
			rep->why[at] = why;
		}
	}
}

/* An indicator that stands in for another takes its place where that
 * one is NA or not in the input; where it has a value the stand-in is
 * NA, reason WHY_ALT_USED.  Returns the indicator that counts. */
static size_t
counted(size_t i, uint32_t r)
{
	size_t j, at;

	if (stand_in[i] < 0)
		return i;
	j = (size_t)stand_in[i];
	at = r * rep->stride + (size_t)rep->slot[i];
	if (rep->slot[i] < 0 || isnan(rep->val[at]))
		return j;
	rep->val[r * rep->stride + (size_t)rep->slot[j]] = NAN;
	rep->why[r * rep->stride + (size_t)rep->slot[j]] =
	    WHY_BYTE(WHY_ALT_USED, 0);
	return i;
}

/* The fixed set of each ill: the indicators whose columns the input
 * has, an indicator and its stand-in counted once. */
static void
count_totals(void)
{
	size_t i;
	int a;

	for (i = 0; i < ills_nindicators; i++)
		stand_in[i] = -1;
	for (i = 0; i < ills_nindicators; i++) {
		if (rep->slot[i] < 0)
			continue;
		a = ills_primary(i);
		if (a >= 0 && rep->slot[a] >= 0) {
			stand_in[a] = (int)i;
			replaces[i] = 1;
			continue;
		}
		rep->total[ills_indicators[i].ill]++;
	}
}

/* Each ill's score: the mean over its fixed set, NA unless every one
 * has a value; the note names the NA of highest precedence. */
static void
score_record(uint32_t r)
{
	double scores[NILLS][ILLS_MAXIND];
	size_t n[NILLS] = { 0 }, i;
	int worst[NILLS], k;
	struct rec *rc = &rep->rec[r];

	for (k = 0; k < NILLS; k++)
		worst[k] = -1;
	for (i = 0; i < ills_nindicators; i++) {
		size_t c;
		int ill = ills_indicators[i].ill;
		double s;

		if (rep->slot[i] < 0 || replaces[i])
			continue;
		c = counted(i, r);
		s = report_score(rep, c, r);
		scores[ill][n[ill]++] = s;
		if (!isnan(s))
			rc->used[ill]++;
		else if (worst[ill] < 0 || WHY(rep->why[r * rep->stride +
		    (size_t)rep->slot[c]]) > WHY(rep->why[r * rep->stride +
		    (size_t)rep->slot[worst[ill]]]))
			worst[ill] = (int)c;
	}
	for (k = 0; k < NILLS; k++) {
		rc->ill[k] = ills_mean(scores[k], n[k]);
		rc->why_ill[k] = (signed char)worst[k];
	}
}

void
report_compute(struct report *r)
{
	size_t i;

	rep = r;
	select_order(rep);
	compute_changes();
	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].kind == KIND_SECTOR && rep->slot[i] >= 0)
			peers_krugman(rep, rep->slot[i]);
	apply_floor();
	count_totals();
	for (i = 0; i < rep->nrec; i++)
		score_record((uint32_t)i);
	report_select(rep);
}
