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
};

double village_density(double villages, double area_km2);
double village_spacing_km(double villages, double area_km2);
double town_distance_km(double towns, double area_km2);
double commute_minutes(double road_km, double speed_kmh);
/* 1 yes, 0 no, -1 NA */
int commute_ok(double minutes, double max_minutes);

#endif
