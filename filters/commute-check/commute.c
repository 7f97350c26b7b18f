/*
 * commute.c - can "leaving the soil but not the village" work here?
 * Both halves of the paper's argument: villagers reaching factories
 * (reach_share, reach.c) and factories finding enough commuters
 * (catchment_labour).  docs/design.md section 8.
 */
#include <math.h>

#include "commute.h"

/* Settlements per 100 km^2 (Wujin 471, Qian'an 8.5). */
double
village_density(double settlements, double area_km2)
{
	if (!(area_km2 > 0) || isnan(settlements))
		return NAN;
	return settlements / area_km2 * 100;
}

/*
 * The settlements within reach of a centre: pi reach^2 rho, at most the
 * region's own.  Wujin: pi 4.615^2 4.7096 = 315; Qian'an 5.7.
 */
double
catchment_villages(double reach, double settlements, double area_km2)
{
	double n;

	if (!(area_km2 > 0) || isnan(settlements) || isnan(reach))
		return NAN;
	n = M_PI * reach * reach * settlements / area_km2;
	return n < settlements ? n : settlements;
}

/*
 * The rural labour of those settlements: the pool a factory in a centre
 * can draw on daily.  The settlement count cancels (pi reach^2
 * labour_rural / area) unless the cap applied.
 */
double
catchment_labour(double villages, double labour_rural, double settlements)
{
	if (!(settlements > 0))
		return NAN;
	return villages * labour_rural / settlements;
}

double
commute_minutes(double road_km, double speed_kmh)
{
	if (isnan(road_km) || !(speed_kmh > 0))
		return NAN;
	return road_km / speed_kmh * 60;
}

int
commute_ok(double minutes, double max_minutes)
{
	if (isnan(minutes))
		return -1;
	return minutes <= max_minutes;
}

/*
 * Both sides must hold where known: false as soon as one known side
 * fails, true when every known side holds and at least one is known.
 */
int
commute_ok_region(double share, double pool, const struct commute_opts *opt)
{
	if (!isnan(share) && share < opt->min_reach)
		return 0;
	if (!isnan(pool) && pool < opt->min_pool)
		return 0;
	if (isnan(share) && isnan(pool))
		return -1;
	return 1;
}
