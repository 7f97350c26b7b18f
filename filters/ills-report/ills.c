/*
 * ills.c - the five rural ills (docs/design.md section 1), what the
 * paper means by each, and how indicator values become scores and
 * levels (docs/design.md section 10, ills-report(1)).
 */
#include <math.h>
#include <string.h>

#include "ills.h"

const struct ill_def ills[NILLS] = {
	[ILL_PAROCHIAL] = { "parochial_industry", "Parochial industry",
	    "Community-bound industry in every community: each township and "
	    "village runs its own enterprises, hires its own people and makes "
	    "what its neighbours make. The critics' target is the collective "
	    "township- and village-run enterprises of southern Jiangsu; "
	    "household firms (Wenzhou) are not counted against a region, and "
	    "a region with little rural industry (Jilin) is below the "
	    "industry floor, not parochial." },
	[ILL_PERIPHERAL] = { "peripheral_agriculture",
	    "Peripheral agriculture",
	    "Farming left as a sideline to the old and the women while the "
	    "able-bodied work in factories: plots that do not grow as farm "
	    "labour leaves, and stagnating yields. The fall of farm labour "
	    "itself (from 70% to 20% of rural labour in southern Jiangsu) is "
	    "the model's success, not this ill." },
	[ILL_ENVIRONMENT] = { "environment", "Environment",
	    "Damage from scattered, low-tech plants: waste discharged per "
	    "unit of industrial output and per km2, and plants spread over "
	    "the countryside instead of grouped in towns." },
	[ILL_TOWNS] = { "disorderly_towns", "Disorderly towns",
	    "Too many small towns, growing by designation rather than by "
	    "people, built loosely on farmland: town size on the "
	    "non-agricultural population (never the jurisdictional 镇人口), "
	    "towns per 10,000 rural people, growth by designation, built-up "
	    "land per town resident, farmland lost." },
	[ILL_AMPHIBIAN] = { "amphibian_labour", "Amphibian labour",
	    "\"Amphibian\" workers: in town jobs while registered as "
	    "peasants, whether they ride to the factory daily (离土不离乡), "
	    "shuttle, lodge near it, or came from outside (离土又离乡) to live "
	    "in temporary lodging." }
};

static const char *const level_names[] = {
	[LEVEL_NA] = "",
	[LEVEL_LOW] = "low",
	[LEVEL_MEDIUM] = "medium",
	[LEVEL_HIGH] = "high",
	[LEVEL_MISSING] = "missing"
};

const char *
ills_level_name(enum level l)
{
	return level_names[l];
}

enum level
ills_level_parse(const char *s)
{
	enum level l;

	for (l = LEVEL_LOW; l <= LEVEL_HIGH; l++)
		if (strcmp(s, level_names[l]) == 0)
			return l;
	return LEVEL_NA;
}

double
ills_score(double v, double low, double high, int worse)
{
	double s;

	if (isnan(v))
		return NAN;
	if (worse == WORSE_HIGH)
		s = (v - low) / (high - low);
	else
		s = (high - v) / (high - low);
	if (s < 0)
		return 0;
	if (s > 1)
		return 1;
	return s;
}

/* Compared as 3s < 1 and 3s < 2, so that a mean of thirds such as
 * (0 + 1 + 0) / 3 lands on the level above, as written. */
enum level
ills_level(double score)
{
	if (isnan(score))
		return LEVEL_NA;
	if (3 * score < 1)
		return LEVEL_LOW;
	if (3 * score < 2)
		return LEVEL_MEDIUM;
	return LEVEL_HIGH;
}

/* A fixed set: one NA makes the mean NA, so that a score never moves
 * because an indicator joined or left it (docs/design.md section 10). */
double
ills_mean(const double *scores, size_t n)
{
	double sum = 0;
	size_t i;

	if (n == 0)
		return NAN;
	for (i = 0; i < n; i++) {
		if (isnan(scores[i]))
			return NAN;
		sum += scores[i];
	}
	return sum / (double)n;
}
