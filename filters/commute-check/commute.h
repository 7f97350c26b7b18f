/*
 * commute.h - commute-check's formulas (docs/design.md section 8), as
 * functions of values so that the unit tests can call them.  NA is NaN
 * here: it propagates through the arithmetic and is written as an empty
 * field.
 */
#ifndef COMMUTE_H
#define COMMUTE_H

struct commute_opts {
	double circuity;	/* road length / straight line */
	double speed_kmh;
	double max_minutes;
	double min_reach;	/* share of villagers within reach */
	double min_pool;	/* rural labour within reach of a centre */
};

/* reach.c: the lattice geometry */
extern const double hexagon_mean_distance;
double village_spacing_km(double settlements, double area_km2);
double town_distance_km(double centres, double area_km2);
double reach_km(const struct commute_opts *opt);
double circle_hexagon_area(double r, double apothem);
double reach_share(double reach, double centres, double area_km2);

/* commute.c: densities, the catchment, the journey and the verdict */
double village_density(double settlements, double area_km2);
double catchment_villages(double reach, double settlements,
    double area_km2);
double catchment_labour(double villages, double labour_rural,
    double settlements);
double commute_minutes(double road_km, double speed_kmh);
/* Person rows: 1 yes, 0 no, -1 NA. */
int commute_ok(double minutes, double max_minutes);
/* Region rows, from reach_share and catchment_labour: 1, 0, -1 NA. */
int commute_ok_region(double share, double pool,
    const struct commute_opts *opt);

#endif
