/*
 * test_geo.c - ills-report's WKT reader, the Albers equal-area conic
 * projection and areas: hand-made shapes, known points of the
 * projection, and the real outlines of sample-data/divisions (county
 * seats inside their counties, projected areas against spherical
 * ones).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include <criterion/criterion.h>

#include "../../../filters/ills-report/geo.h"

#define DEG (M_PI / 180)

Test(geo, wkt_multipolygon)
{
	struct geo_shape s = { 0 };
	const char *err = NULL;

	cr_assert(geo_wkt_read(&s, "MULTIPOLYGON(((0 0,2 0,2 2,0 2,0 0),"
	    "(0.5 0.5, 1 0.5, 1 1, 0.5 1, 0.5 0.5)), ((3 3,4 3,4 4,3 3)))",
	    &err), "%s", err);
	cr_assert_eq(s.nring, 3);
	cr_assert_eq(s.npt, 14);
	cr_assert_eq(s.hole[0], 0);
	cr_assert_eq(s.hole[1], 1);
	cr_assert_eq(s.hole[2], 0);
	cr_assert_float_eq(s.pt[5].x, 0.5, 1e-12);
	/* 4 less the hole's 0.25, and the triangle's 0.5. */
	cr_assert_float_eq(geo_area_plane(&s), 4.25, 1e-12);
	cr_assert(geo_inside(&s, (struct geo_pt){ 1.5, 1.5 }));
	cr_assert(!geo_inside(&s, (struct geo_pt){ 0.75, 0.75 }));
	cr_assert(geo_inside(&s, (struct geo_pt){ 3.8, 3.5 }));
	cr_assert(!geo_inside(&s, (struct geo_pt){ 3.2, 3.5 }));
	geo_shape_free(&s);
	cr_assert(geo_wkt_read(&s, " polygon ((0 0, 1 0, 1 1, 0 0)) ", &err));
	cr_assert_eq(s.nring, 1);
	geo_shape_free(&s);
	cr_assert(geo_wkt_read(&s, "MULTIPOLYGON EMPTY", &err));
	cr_assert_eq(s.nring, 0);
}

Test(geo, wkt_errors)
{
	static const struct {
		const char *wkt, *err;
	} bad[] = {
		{ "LINESTRING(0 0,1 1)", "not a WKT MULTIPOLYGON or POLYGON" },
		{ "POLYGON((0 0,1 0,1 1,0 1))", "a ring is not closed or has "
		    "fewer than 4 points" },
		{ "POLYGON((0 0,1 0,0 0))", "a ring is not closed or has fewer "
		    "than 4 points" },
		{ "POLYGON((0 0,1 x,1 1,0 0))", "a point does not have two "
		    "numbers" },
		{ "MULTIPOLYGON(((0 0,1 0,1 1,0 0))", "a MULTIPOLYGON does not "
		    "end with ')'" },
		{ "POLYGON((0 0,1 0,1 1,0 0)) x", "text after the geometry" },
		{ "POLYGON(0 0,1 0,1 1,0 0)", "a ring does not start with '('" },
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct geo_shape s = { 0 };
		const char *err = NULL;

		cr_assert(!geo_wkt_read(&s, bad[i].wkt, &err), "%s",
		    bad[i].wkt);
		cr_assert_str_eq(err, bad[i].err, "%s", bad[i].wkt);
		geo_shape_free(&s);
	}
}

/* The origin, the central meridian, and the true scale along both
 * standard parallels (Snyder: k = h = 1 there). */
Test(geo, albers_known_points)
{
	struct geo_pt o = geo_albers(105, 0), a, b;
	double lat[] = { 25, 47 };
	size_t i;

	cr_assert_float_eq(o.x, 0, 1e-9);
	cr_assert_float_eq(o.y, 0, 1e-9);
	a = geo_albers(105, 40);
	cr_assert_float_eq(a.x, 0, 1e-9);
	cr_assert_gt(a.y, 4000);
	/* East of the meridian is right, north is up. */
	cr_assert_gt(geo_albers(120, 30).x, 0);
	cr_assert_lt(geo_albers(90, 30).x, 0);
	for (i = 0; i < 2; i++) {
		double along = GEO_RADIUS * cos(lat[i] * DEG) * 0.02 * DEG;
		double meridian = GEO_RADIUS * 0.02 * DEG;

		a = geo_albers(104.99, lat[i]);
		b = geo_albers(105.01, lat[i]);
		cr_assert_float_eq(hypot(b.x - a.x, b.y - a.y), along,
		    along * 1e-6);
		a = geo_albers(105, lat[i] - 0.01);
		b = geo_albers(105, lat[i] + 0.01);
		cr_assert_float_eq(hypot(b.x - a.x, b.y - a.y), meridian,
		    meridian * 1e-6);
	}
}

/* A 1-degree cell at 30 N: its area on the sphere by the formula
 * R^2 (lon2 - lon1)(sin lat2 - sin lat1), projected the same. */
Test(geo, albers_equal_area)
{
	struct geo_shape s = { 0 };
	const char *err;
	double want = GEO_RADIUS * GEO_RADIUS * DEG * (sin(31 * DEG) -
	    sin(30 * DEG));

	cr_assert(geo_wkt_read(&s, "POLYGON((120 30,121 30,121 31,120 31,"
	    "120 30))", &err));
	cr_assert_float_eq(geo_area_sphere(&s), want, want * 1e-9);
	geo_project(&s);
	/* Chords for the arcs of the parallels: within 0.01%. */
	cr_assert_float_eq(geo_area_plane(&s), want, want * 1e-4);
	geo_shape_free(&s);
}

/* The outline of code from the shipped outlines, in s. */
static void
read_county(const char *code, struct geo_shape *s)
{
	static char line[1 << 20];
	gzFile f = gzopen(LT_SRCDIR "/sample-data/divisions/county-shapes.csv.gz",
	    "rb");
	size_t n = strlen(code);
	const char *err = NULL;
	char *q;

	cr_assert_not_null(f);
	while (gzgets(f, line, sizeof(line)))
		if (strncmp(line, code, n) == 0 && line[n] == ',') {
			q = strchr(line, '"');
			cr_assert_not_null(q);
			*strrchr(line, '"') = '\0';
			cr_assert(geo_wkt_read(s, q + 1, &err), "%s", err);
			gzclose(f);
			return;
		}
	gzclose(f);
	cr_assert_fail("no outline of %s", code);
}

/* County seats, by their published coordinates, fall inside their
 * county's outline once both are projected: Wujin's at Hutang (武进区
 * 湖塘, 119.97 E 31.71 N), Qian'an's (乾安镇, 124.03 E 45.01 N); and
 * Jiangyin's does not fall in Wujin. */
Test(geo, county_seats_inside)
{
	static const struct {
		const char *code;
		double lon, lat;
		int inside;
	} seats[] = {
		{ "320412", 119.97, 31.71, 1 },
		{ "220723", 124.03, 45.01, 1 },
		{ "320412", 120.28, 31.91, 0 },
		{ "320281", 120.28, 31.91, 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(seats) / sizeof(seats[0]); i++) {
		struct geo_shape s = { 0 };

		read_county(seats[i].code, &s);
		geo_project(&s);
		cr_assert_eq(geo_inside(&s, geo_albers(seats[i].lon,
		    seats[i].lat)), seats[i].inside, "%s %g %g",
		    seats[i].code, seats[i].lon, seats[i].lat);
		geo_shape_free(&s);
	}
}

/* Equal area: a county's projected area within 0.5% of the spherical
 * area of the same outline (Wujin, Qian'an, Sansha's islands in the
 * south, Mohe in the far north). */
Test(geo, county_areas)
{
	static const char *const codes[] = { "320412", "220723", "460300",
	    "232723" };
	size_t i;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		struct geo_shape s = { 0 };
		double sphere, plane;

		read_county(codes[i], &s);
		sphere = geo_area_sphere(&s);
		geo_project(&s);
		plane = geo_area_plane(&s);
		cr_assert_gt(sphere, 0);
		cr_assert_lt(fabs(plane - sphere) / sphere, 0.005,
		    "%s: %g km2 projected, %g on the sphere", codes[i], plane,
		    sphere);
		geo_shape_free(&s);
	}
}

/* Every outline shipped, 2,868 of them, reads and keeps its area
 * within 0.5% projected (the worst, with long edges in Xinjiang, is
 * about 0.14%); Wujin's is the 1,091 km2 docs/design.md gives for
 * today's 武进区. */
Test(geo, every_outline)
{
	static char line[1 << 22];
	gzFile f = gzopen(LT_SRCDIR "/sample-data/divisions/county-shapes.csv.gz",
	    "rb");
	size_t n = 0;

	cr_assert_not_null(f);
	cr_assert_not_null(gzgets(f, line, sizeof(line)));
	while (gzgets(f, line, sizeof(line))) {
		struct geo_shape s = { 0 };
		const char *err = NULL;
		double sphere, plane;
		char *q = strchr(line, '"');

		cr_assert_not_null(q, "%.20s", line);
		*strrchr(line, '"') = '\0';
		cr_assert(geo_wkt_read(&s, q + 1, &err), "%.20s: %s", line, err);
		sphere = geo_area_sphere(&s);
		geo_project(&s);
		plane = geo_area_plane(&s);
		cr_assert_lt(fabs(plane - sphere) / sphere, 0.005, "%.20s", line);
		if (strncmp(line, "320412,", 7) == 0)
			cr_assert_float_eq(plane, 1091, 1091 * 0.01);
		geo_shape_free(&s);
		n++;
	}
	gzclose(f);
	cr_assert_eq(n, 2868);
}
