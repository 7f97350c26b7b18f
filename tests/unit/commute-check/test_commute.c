/*
 * test_commute.c - commute-check's geometry and verdicts, with values
 * worked out by hand and the paper's own figures (Wujin 8,303 natural
 * villages on 1,763 km^2; Qian'an 292 on 3,430 km^2).
 */
#include <math.h>

#include <criterion/criterion.h>

#include "commute.h"

static const struct commute_opts defaults = { 1.3, 12, 30, 0.5, 5000 };

Test(commute, paper_density_and_spacing)
{
	cr_expect_float_eq(village_density(8303, 1763), 470.9585933068633,
	    1e-9);
	cr_expect_float_eq(village_spacing_km(8303, 1763), 0.495157, 1e-6);
	cr_expect_float_eq(village_density(292, 3430), 8.513119533527696,
	    1e-12);
	cr_expect_float_eq(village_spacing_km(292, 3430), 3.682903, 1e-6);
	cr_expect(isnan(village_spacing_km(0, 3430)));
	cr_expect(isnan(village_density(292, 0)));
}

/* (4 + 3 ln 3) / (6 sqrt 2 3^(3/4)) = 0.377197, to 5 places 0.37720. */
Test(commute, hexagon_constant)
{
	double c = (4 + 3 * log(3)) / (6 * sqrt(2) * pow(3, 0.75));

	cr_expect_float_eq(hexagon_mean_distance, c, 5e-6);
	cr_expect_float_eq(town_distance_km(1, 100), 3.772, 1e-12);
}

/* 30 / 60 x 12 / 1.3 = 4.615 km. */
Test(commute, reach)
{
	cr_expect_float_eq(reach_km(&defaults), 6 / 1.3, 1e-12);
}

/*
 * The circle inside the hexagon (r <= apothem): the whole disc; beyond
 * the circumradius 2a / sqrt 3: the whole hexagon 2 sqrt(3) a^2; between
 * them continuous at both ends.
 */
Test(commute, circle_hexagon_edges)
{
	double a = 2, hex = 2 * sqrt(3) * a * a, R = 2 * a / sqrt(3);

	cr_expect_float_eq(circle_hexagon_area(1, a), M_PI, 1e-12);
	cr_expect_float_eq(circle_hexagon_area(a, a), M_PI * 4, 1e-12);
	cr_expect_float_eq(circle_hexagon_area(a + 1e-9, a), M_PI * 4, 1e-6);
	cr_expect_float_eq(circle_hexagon_area(R - 1e-9, a), hex, 1e-6);
	cr_expect_float_eq(circle_hexagon_area(R, a), hex, 1e-12);
	cr_expect_float_eq(circle_hexagon_area(10, a), hex, 1e-12);
	cr_expect(circle_hexagon_area(2.1, a) < hex);
	cr_expect(circle_hexagon_area(2.1, a) < M_PI * 2.1 * 2.1);
	cr_expect(isnan(circle_hexagon_area(NAN, a)));
}

/*
 * Wujin, 30 towns: cell 58.767 km^2, apothem 4.119, circumradius 4.756;
 * r = 4.615: pi r^2 = 66.921 less six segments of 21.302 acos(4.119 /
 * 4.615) - 4.119 sqrt(21.302 - 16.965) = 1.3564: 58.783 / 58.767 would
 * be over 1 by rounding; exactly 0.99639.  Qian'an's 14 seats: cell
 * 245 km^2, apothem 8.41 > r: 66.921 / 245 = 0.27315.
 */
Test(commute, reach_share_paper)
{
	double r = reach_km(&defaults);

	cr_expect_float_eq(reach_share(r, 30, 1763), 0.99639, 1e-5);
	cr_expect_float_eq(reach_share(r, 14, 3430), M_PI * r * r / 245,
	    1e-12);
	cr_expect(isnan(reach_share(r, 0, 3430)));
}

/* Wujin 315 villages and 24,294 workers; Qian'an 5.7 and 1,951. */
Test(commute, catchment_paper)
{
	double r = reach_km(&defaults);
	double w = catchment_villages(r, 8303, 1763);
	double q = catchment_villages(r, 292, 3430);

	cr_expect_float_eq(w, 315.17, 0.01);
	cr_expect_float_eq(catchment_labour(w, 640000, 8303), 24293.68, 0.01);
	cr_expect_float_eq(q, 5.697, 0.001);
	cr_expect_float_eq(catchment_labour(q, 100000, 292), 1951.06, 0.01);
	/* At most the region's own settlements. */
	cr_expect_eq(catchment_villages(r, 10, 20), 10);
}

Test(commute, verdicts)
{
	cr_expect_eq(commute_ok_region(0.996, 24294, &defaults), 1);
	cr_expect_eq(commute_ok_region(0.996, 1951, &defaults), 0);
	cr_expect_eq(commute_ok_region(0.273, 1951, &defaults), 0);
	cr_expect_eq(commute_ok_region(0.273, 99999, &defaults), 0);
	cr_expect_eq(commute_ok_region(NAN, 24294, &defaults), 1);
	cr_expect_eq(commute_ok_region(0.996, NAN, &defaults), 1);
	cr_expect_eq(commute_ok_region(NAN, NAN, &defaults), -1);
	cr_expect_eq(commute_ok(30, 30), 1);
	cr_expect_eq(commute_ok(NAN, 30), -1);
}
