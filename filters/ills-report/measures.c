/*
 * measures.c - the measures ills-report computes across records:
 * year-on-year changes, trends as least-squares slopes, and Krugman's
 * dissimilarity index of a sector mix against its peers.
 */
#include <math.h>

#include "litu.h"
#include "ills.h"

double
ills_growth(double cur, double prev, double years)
{
	if (!(years > 0))
		return NAN;
	return lt_ratio(cur - prev, prev) / years;
}

double
ills_loss(double cur, double prev, double years)
{
	if (!(years > 0))
		return NAN;
	return lt_ratio(prev - cur, prev) / years;
}

double
ills_trend(const double *t, const double *y, size_t n)
{
	double mt = 0, my = 0, sxy = 0, sxx = 0;
	size_t i;

	if (n < 2)
		return NAN;
	for (i = 0; i < n; i++) {
		if (isnan(y[i]))
			return NAN;
		mt += t[i];
		my += y[i];
	}
	mt /= (double)n;
	my /= (double)n;
	for (i = 0; i < n; i++) {
		sxy += (t[i] - mt) * (y[i] - my);
		sxx += (t[i] - mt) * (t[i] - mt);
	}
	if (!(sxx > 0) || !(my > 0))
		return NAN;
	return sxy / sxx / my;
}

double
ills_krugman(const double *x, const double *rest, size_t k)
{
	double xt = 0, rt = 0, sum = 0;
	size_t i;

	for (i = 0; i < k; i++) {
		xt += x[i];
		rt += rest[i];
	}
	if (!(xt > 0) || !(rt > 0))
		return NAN;
	for (i = 0; i < k; i++)
		sum += fabs(x[i] / xt - rest[i] / rt);
	return sum;
}
