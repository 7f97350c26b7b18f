/*
 * geo.c - WKT outlines, their projection and their areas, for the
 * maps of map.c.  The reader takes what county-shapes.csv.gz holds
 * (MULTIPOLYGON, POLYGON or EMPTY, two coordinates a point) and says
 * where other text goes wrong; the projection is the Albers equal-area
 * conic that maps of China use, so that a county's colour covers an
 * area in proportion to its land.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "geo.h"

#define DEG (M_PI / 180)

static const char *
skip_space(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* The keyword at *s, case as WKT allows. */
static int
keyword(const char **s, const char *word)
{
	size_t n = strlen(word);

	if (strncasecmp(*s, word, n) != 0)
		return 0;
	*s = skip_space(*s + n);
	return 1;
}

static void
add_point(struct geo_shape *s, double x, double y)
{
	if (s->npt == s->ptcap) {
		s->ptcap = s->ptcap ? s->ptcap * 2 : 64;
		s->pt = lt_realloc(s->pt, s->ptcap * sizeof(*s->pt));
	}
	s->pt[s->npt].x = x;
	s->pt[s->npt++].y = y;
}

static void
add_ring(struct geo_shape *s, int hole)
{
	if (s->nring == s->ringcap) {
		s->ringcap = s->ringcap ? s->ringcap * 2 : 8;
		s->ring = lt_realloc(s->ring, s->ringcap * sizeof(*s->ring));
		s->hole = lt_realloc(s->hole, s->ringcap);
	}
	s->ring[s->nring] = s->npt;
	s->hole[s->nring++] = (unsigned char)hole;
}

/* "(x y, x y, ...)": a ring of at least 4 points, closed. */
static const char *
read_ring(struct geo_shape *s, const char *p, int hole, const char **err)
{
	size_t first;

	if (*p != '(') {
		*err = "a ring does not start with '('";
		return NULL;
	}
	add_ring(s, hole);
	first = s->npt;
	do {
		char *end;
		double x, y;

		p = skip_space(p + 1);
		x = strtod(p, &end);
		if (end == p) {
			*err = "a coordinate is not a number";
			return NULL;
		}
		y = strtod(end, (char **)&p);
		if ((const char *)end == p || !isfinite(x) || !isfinite(y)) {
			*err = "a point does not have two numbers";
			return NULL;
		}
		add_point(s, x, y);
		p = skip_space(p);
	} while (*p == ',');
	if (*p != ')') {
		*err = "a ring does not end with ')'";
		return NULL;
	}
	if (s->npt - first < 4 || s->pt[first].x != s->pt[s->npt - 1].x ||
	    s->pt[first].y != s->pt[s->npt - 1].y) {
		*err = "a ring is not closed or has fewer than 4 points";
		return NULL;
	}
	return skip_space(p + 1);
}

/* "((ring), (hole), ...)". */
static const char *
read_polygon(struct geo_shape *s, const char *p, const char **err)
{
	int hole = 0;

	if (*p != '(') {
		*err = "a polygon does not start with '('";
		return NULL;
	}
	do {
		p = skip_space(p + 1);
		if ((p = read_ring(s, p, hole, err)) == NULL)
			return NULL;
		hole = 1;
	} while (*p == ',');
	if (*p != ')') {
		*err = "a polygon does not end with ')'";
		return NULL;
	}
	return skip_space(p + 1);
}

int
geo_wkt_read(struct geo_shape *s, const char *wkt, const char **err)
{
	const char *p = skip_space(wkt);
	int multi;

	if (keyword(&p, "MULTIPOLYGON"))
		multi = 1;
	else if (keyword(&p, "POLYGON"))
		multi = 0;
	else {
		*err = "not a WKT MULTIPOLYGON or POLYGON";
		return 0;
	}
	if (keyword(&p, "EMPTY"))
		return *p == '\0' || (*err = "text after EMPTY", 0);
	if (!multi)
		p = read_polygon(s, p, err);
	else if (*p != '(')
		p = (*err = "a MULTIPOLYGON does not start with '('", NULL);
	else
		do {
			p = read_polygon(s, skip_space(p + 1), err);
		} while (p && *p == ',');
	if (p && multi && *p++ != ')')
		p = (*err = "a MULTIPOLYGON does not end with ')'", NULL);
	if (p && *skip_space(p) != '\0')
		p = (*err = "text after the geometry", NULL);
	return p != NULL;
}

void
geo_shape_free(struct geo_shape *s)
{
	free(s->pt);
	free(s->ring);
	free(s->hole);
	memset(s, 0, sizeof(*s));
}

size_t
geo_ring(const struct geo_shape *s, size_t i, const struct geo_pt **p)
{
	size_t end = i + 1 < s->nring ? s->ring[i + 1] : s->npt;

	*p = s->pt + s->ring[i];
	return end - s->ring[i];
}

/* Snyder's constants for the standard parallels 25 and 47 N. */
static void
albers_constants(double *n, double *c, double *rho0)
{
	double phi1 = 25 * DEG, phi2 = 47 * DEG;

	*n = (sin(phi1) + sin(phi2)) / 2;
	*c = cos(phi1) * cos(phi1) + 2 * *n * sin(phi1);
	*rho0 = GEO_RADIUS * sqrt(*c) / *n;
}

struct geo_pt
geo_albers(double lon, double lat)
{
	static double n, c, rho0;
	struct geo_pt p;
	double rho, theta;

	if (n == 0)
		albers_constants(&n, &c, &rho0);
	rho = GEO_RADIUS * sqrt(c - 2 * n * sin(lat * DEG)) / n;
	theta = n * (lon - 105) * DEG;
	p.x = rho * sin(theta);
	p.y = rho0 - rho * cos(theta);
	return p;
}

void
geo_project(struct geo_shape *s)
{
	size_t i;

	for (i = 0; i < s->npt; i++)
		s->pt[i] = geo_albers(s->pt[i].x, s->pt[i].y);
}

/* Outer rings add, holes take away, whichever way they wind. */
static double
rings_total(const struct geo_shape *s, double (*ring_area)(const
    struct geo_pt *, size_t))
{
	const struct geo_pt *p;
	double total = 0;
	size_t i, n;

	for (i = 0; i < s->nring; i++) {
		n = geo_ring(s, i, &p);
		total += (s->hole[i] ? -1 : 1) * fabs(ring_area(p, n));
	}
	return total;
}

/* The shoelace formula. */
static double
plane_ring(const struct geo_pt *p, size_t n)
{
	double a = 0;
	size_t i;

	for (i = 0; i + 1 < n; i++)
		a += p[i].x * p[i + 1].y - p[i + 1].x * p[i].y;
	return a / 2;
}

/* R^2 times the integral of sin(lat) d(lon) round the ring, each edge
 * with lat linear in lon: (lon2 - lon1)(cos lat1 - cos lat2) / (lat2 -
 * lat1), or (lon2 - lon1) sin lat on a parallel. */
static double
sphere_ring(const struct geo_pt *p, size_t n)
{
	double a = 0;
	size_t i;

	for (i = 0; i + 1 < n; i++) {
		double l1 = p[i].x * DEG, l2 = p[i + 1].x * DEG;
		double f1 = p[i].y * DEG, f2 = p[i + 1].y * DEG;

		if (fabs(f2 - f1) < 1e-9)
			a += (l2 - l1) * sin((f1 + f2) / 2);
		else
			a += (l2 - l1) * (cos(f1) - cos(f2)) / (f2 - f1);
	}
	return a * GEO_RADIUS * GEO_RADIUS;
}

double
geo_area_plane(const struct geo_shape *s)
{
	return rings_total(s, plane_ring);
}

double
geo_area_sphere(const struct geo_shape *s)
{
	return rings_total(s, sphere_ring);
}

int
geo_inside(const struct geo_shape *s, struct geo_pt q)
{
	const struct geo_pt *p;
	size_t i, j, n;
	int in = 0;

	for (i = 0; i < s->nring; i++) {
		n = geo_ring(s, i, &p);
		for (j = 0; j + 1 < n; j++)
			if ((p[j].y > q.y) != (p[j + 1].y > q.y) &&
			    q.x < p[j].x + (q.y - p[j].y) * (p[j + 1].x -
			    p[j].x) / (p[j + 1].y - p[j].y))
				in = !in;
	}
	return in;
}
