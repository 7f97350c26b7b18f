/*
 * geo.h - county outlines: WKT polygons read into rings of points, the
 * Albers equal-area conic projection of maps of China, and areas.
 */
#ifndef GEO_H
#define GEO_H

#include <stddef.h>

/* The authalic radius of WGS84, km. */
#define GEO_RADIUS 6371.0072

struct geo_pt {
	double x, y;		/* lon, lat in degrees; or km projected */
};

/* A MULTIPOLYGON: rings of points, each polygon's outer ring first and
 * its holes after it. */
struct geo_shape {
	struct geo_pt *pt;
	size_t npt, ptcap;
	size_t *ring;		/* where each ring starts in pt */
	unsigned char *hole;	/* per ring: 1 for a hole */
	size_t nring, ringcap;
};

/* Read WKT MULTIPOLYGON or POLYGON text (EMPTY too) into s, after what
 * it holds.  Returns 1, or 0 with a message in *err. */
int geo_wkt_read(struct geo_shape *s, const char *wkt, const char **err);
void geo_shape_free(struct geo_shape *s);
/* The points of ring i: their number, the first in *p. */
size_t geo_ring(const struct geo_shape *s, size_t i, const struct geo_pt **p);

/* Albers equal-area conic on the sphere (Snyder, Map Projections - A
 * Working Manual, 1987, eq. 14-1 to 14-4): standard parallels 25 and
 * 47 N, central meridian 105 E, origin at the equator; km, north up. */
struct geo_pt geo_albers(double lon, double lat);
/* Every point of s projected in place. */
void geo_project(struct geo_shape *s);

/* The area of s in its own plane units squared (outer rings less
 * holes, whichever way they wind). */
double geo_area_plane(const struct geo_shape *s);
/* The area on the sphere, km^2, of s in lon/lat (each edge taken as
 * straight in lon/lat, as the projection's test compares). */
double geo_area_sphere(const struct geo_shape *s);
/* Is the point inside s (even-odd over every ring)? */
int geo_inside(const struct geo_shape *s, struct geo_pt p);

#endif
