/*
 * micro.c - exact decimal sums: a value in millionths (an lt_micro, 128
 * bits), rounded half away from zero on its decimal digits, so that a
 * sum of many cells is the sum of what they say (docs/design.md section 11).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

/*
 * The digits read, MANT times 10^EXP10 millionths, to millionths:
 * rounded half away from zero where EXP10 is negative; LT_ERANGE past
 * 2^120 millionths.
 */
static enum lt_status
scale(lt_micro mant, long exp10, int neg, lt_micro *out)
{
	lt_micro pow = 1, q, r;
	long i;

	if (mant == 0) {
		*out = 0;
		return LT_OK;
	}
	if (exp10 >= 0) {
		for (i = 0; i < exp10; i++) {
			if (mant > ((lt_micro)1 << 120) / 10)
				return LT_ERANGE;
			mant *= 10;
		}
	} else {
		if (exp10 < -38) {
			*out = 0;
			return LT_OK;
		}
		for (i = 0; i < -exp10; i++)
			pow *= 10;
		q = mant / pow;
		r = mant % pow;
		/* Round half away from zero on the digits themselves
		 * (r * 2 >= pow, without r * 2 past 2^127 when pow is
		 * 10^38: fuzz_values). */
		if (r >= pow - r)
			q++;
		mant = q;
	}
	/* Past 2^120 millionths with no scaling too: 32 digits and six
	 * decimals were taken, their seventh dropped (fuzz_values). */
	if (mant > (lt_micro)1 << 120)
		return LT_ERANGE;
	*out = neg ? -mant : mant;
	return LT_OK;
}

enum lt_status
lt_parse_micro(const char *s, size_t len, lt_micro *out)
{
	const char *p = s, *end = s + len;
	lt_micro mant = 0;
	int ndigits = 0, mantdigits = 0, neg = 0;
	long exp10 = 6;

	if (len == 0)
		return LT_NA;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; p < end && lt_is_digit(*p); p++, ndigits++) {
		if (mant == 0 && *p == '0')
			continue;
		if (++mantdigits > 36)
			return LT_ERANGE;
		mant = mant * 10 + (*p - '0');
	}
	if (p < end && *p == '.') {
		for (p++; p < end && lt_is_digit(*p);
		    p++, ndigits++) {
			/* The seventh decimal decides the rounding to
			 * millionths; those after it never cross a half,
			 * and are dropped.  38 digits fit in 128 bits: a
			 * value that needs more to reach its seventh
			 * decimal is past 2^120 millionths, out of range
			 * below. */
			if (exp10 < 0 || mantdigits >= 38)
				continue;
			exp10--;
			if (mant == 0 && *p == '0')
				continue;
			mantdigits++;
			mant = mant * 10 + (*p - '0');
		}
	}
	if (ndigits == 0)
		return LT_EBAD;
	if (p < end && (*p == 'e' || *p == 'E')) {
		long e = 0;
		int eneg = 0, edigits = 0;

		p++;
		if (p < end && (*p == '-' || *p == '+'))
			eneg = *p++ == '-';
		for (; p < end && lt_is_digit(*p); p++, edigits++)
			if (e < 100000)
				e = e * 10 + (*p - '0');
		if (edigits == 0)
			return LT_EBAD;
		exp10 += eneg ? -e : e;
	}
	if (p != end)
		return LT_EBAD;
	return scale(mant, exp10, neg, out);
}

size_t
lt_fmt_micro(char *buf, lt_micro v)
{
	char tmp[64], *p = tmp + sizeof(tmp);
	lt_umicro u = v < 0 ? -(lt_umicro)v : (lt_umicro)v;
	uint64_t small = (uint64_t)u, frac;
	int i, any = 0, fits = u <= UINT64_MAX;
	size_t n;

	/* Sums of persons fit 64 bits, whose division is much cheaper. */
	if (fits) {
		frac = small % 1000000;
		small /= 1000000;
	} else {
		frac = (uint64_t)(u % 1000000);
		u /= 1000000;
	}
	/* Fraction digits, least significant first, trailing zeros cut. */
	for (i = 0; i < 6; i++, frac /= 10) {
		if (!any && frac % 10 == 0)
			continue;
		any = 1;
		*--p = (char)('0' + frac % 10);
	}
	if (any)
		*--p = '.';
	if (fits) {
		do
			*--p = (char)('0' + small % 10);
		while (small /= 10);
	} else {
		do
			*--p = (char)('0' + (unsigned)(u % 10));
		while (u /= 10);
	}
	if (v < 0)
		*--p = '-';
	n = (size_t)(tmp + sizeof(tmp) - p);
	memcpy(buf, p, n);
	buf[n] = '\0';
	return n;
}

double
lt_micro_to_num(lt_micro v)
{
	char buf[64];

	/* Both exact, so one IEEE division rounds the exact quotient, as
	 * strtod would round the decimal text. */
	if (v > -((lt_micro)1 << 53) && v < ((lt_micro)1 << 53))
		return (double)(int64_t)v / 1e6;

	lt_fmt_micro(buf, v);
	return strtod(buf, NULL);
}
