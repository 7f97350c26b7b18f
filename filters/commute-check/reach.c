/*
 * reach.c - the hexagonal-lattice geometry of commute-check
 * (docs/design.md section 8): the spacing of settlements, the mean
 * distance to a centre, and the share of a centre's cell within a daily
 * ride of it.  Settlements and centres are taken as spread evenly, on a
 * regular hexagonal lattice: each owns the hexagon of places nearer to
 * it than to its six neighbours.  The lattice is the most even spread,
 * so its nearest-neighbour spacing is an upper bound of the mean
 * spacing of any pattern of that density (a random one gives
 * 0.5 / sqrt(rho), Clark and Evans 1954).
 */
#include <math.h>

#include "commute.h"

/*
 * (4 + 3 ln 3) / (6 sqrt 2 3^(3/4)): the mean distance from a point of
 * a regular hexagon of area A to its centre is this times sqrt(A).
 */
const double hexagon_mean_distance = 0.37720;

/*
 * A hexagon of a lattice of spacing d has area sqrt(3)/2 d^2, so
 * rho = 2 / (sqrt(3) d^2).  Wujin: 8303 on 1763 km^2 -> 0.495 km (the
 * paper's "under 500 m"); Qian'an: 292 on 3430 km^2 -> 3.68 km.
 */
double
village_spacing_km(double settlements, double area_km2)
{
	double rho;

	if (!(area_km2 > 0) || !(settlements > 0))
		return NAN;
	rho = settlements / area_km2;
	return sqrt(2 / (sqrt(3) * rho));
}

/* Mean straight-line distance to the centre of one's cell. */
double
town_distance_km(double centres, double area_km2)
{
	if (!(area_km2 > 0) || !(centres > 0))
		return NAN;
	return hexagon_mean_distance * sqrt(area_km2 / centres);
}

/* The straight-line radius of a daily journey of max_minutes. */
double
reach_km(const struct commute_opts *opt)
{
	return opt->max_minutes / 60 * opt->speed_kmh / opt->circuity;
}

/*
 * Area of a circle of radius r about the centre of a regular hexagon of
 * apothem a (circumradius R = 2a / sqrt 3): the whole disc while r <= a;
 * between a and R the disc less the six segments beyond the sides, each
 * r^2 acos(a/r) - a sqrt(r^2 - a^2) (they do not overlap below R); the
 * whole hexagon, 2 sqrt(3) a^2, from R on.
 */
double
circle_hexagon_area(double r, double apothem)
{
	double a = apothem, hex = 2 * sqrt(3) * a * a, seg;

	if (isnan(r) || isnan(a) || r < 0 || a < 0)
		return NAN;
	if (r <= a)
		return M_PI * r * r;
	if (r >= 2 * a / sqrt(3))
		return hex;
	seg = r * r * acos(a / r) - a * sqrt(r * r - a * a);
	return M_PI * r * r - 6 * seg;
}

/*
 * The share of a centre's hexagonal cell (area_km2 / centres) within
 * reach of the centre: the share of the villagers who can go to work
 * there daily.
 */
double
reach_share(double reach, double centres, double area_km2)
{
	double cell, apothem;

	if (!(area_km2 > 0) || !(centres > 0) || isnan(reach))
		return NAN;
	cell = area_km2 / centres;
	/* A hexagon of apothem a has area 2 sqrt(3) a^2. */
	apothem = sqrt(cell / (2 * sqrt(3)));
	return circle_hexagon_area(reach, apothem) / cell;
}
