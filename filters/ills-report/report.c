/*
 * report.c - what the writers ask of a report: an indicator's value
 * and score, an ill's level, whether the input has an ill at all.
 */
#include <math.h>

#include "report.h"


double
report_value(const struct report *rep, size_t i, uint32_t r)
{
	if (rep->slot[i] < 0)
		return NAN;
	return rep->val[(size_t)r * rep->stride + (size_t)rep->slot[i]];
}

double
report_score(const struct report *rep, size_t i, uint32_t r)
{
	const struct indicator *ind = &ills_indicators[i];

	if (rep->slot[i] >= 0 && WHY(rep->why[(size_t)r * rep->stride +
	    (size_t)rep->slot[i]]) == WHY_NOT_FALLING)
		return 0;
	return ills_score(report_value(rep, i, r), ind->low, ind->high,
	    ind->worse);
}

/* Does the input have any indicator of ill k? */
int
report_ill_available(const struct report *rep, enum ill_id k)
{
	size_t i;

	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].ill == k && rep->slot[i] >= 0)
			return 1;
	return 0;
}

enum level
report_ill_level(const struct report *rep, enum ill_id k, uint32_t r)
{
	if (!report_ill_available(rep, k))
		return LEVEL_MISSING;
	return ills_level(rep->rec[r].ill[k]);
}

/* The level of indicator i of record r. */
enum level
report_ind_level(const struct report *rep, size_t i, uint32_t r)
{
	if (rep->slot[i] < 0)
		return LEVEL_MISSING;
	return ills_level(report_score(rep, i, r));
}
