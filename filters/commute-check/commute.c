/*
 * commute.c - can "leaving the soil but not the village" work here?
 * Villages and towns are taken as spread evenly over the area, on a
 * regular hexagonal lattice: the densest even spread, and the figure
 * the paper's "4 or 5 km apart" for Qian'an county matches.
 */
#include <math.h>

#include "commute.h"

/* Villages per 100 km^2 (Wujin 471, Qian'an 9). */
double
village_density(double villages, double area_km2)
{
	if (!(area_km2 > 0) || isnan(villages))
		return NAN;
	return villages / area_km2 * 100;
}

/*
 * On a hexagonal lattice of density rho the nearest neighbours are
 * sqrt(2 / (sqrt(3) rho)) apart: each point owns a hexagon of area
 * sqrt(3)/2 d^2.  Wujin: 8303 villages on 1763 km^2 -> 0.495 km;
 * Qian'an: 292 on 3430 km^2 -> 3.68 km.
 */
double
village_spacing_km(double villages, double area_km2)
{
	double rho;

	if (!(area_km2 > 0) || !(villages > 0))
		return NAN;
	rho = villages / area_km2;
	return sqrt(2 / (sqrt(3) * rho));
}

/*
 * Mean straight-line distance from a random point of a regular hexagon
 * of area A to its centre is 0.3773 sqrt(A): each town serves a cell of
 * area_km2 / towns.
 */
double
town_distance_km(double towns, double area_km2)
{
	if (!(area_km2 > 0) || !(towns > 0))
		return NAN;
	return 0.3773 * sqrt(area_km2 / towns);
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
