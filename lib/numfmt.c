/*
 * numfmt.c - numbers as text in the C locale: an int as its digits, a
 * num in the shortest form that reads back to the same double (a whole
 * one as an int), decided in exact integer arithmetic.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

size_t
lt_fmt_int(char *buf, int64_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	size_t n;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	n = (size_t)(tmp + sizeof(tmp) - p);
	memcpy(buf, p, n);
	buf[n] = '\0';
	return n;
}

/*
 * The 8 decimal digits of x < 10^8 as byte values 0 to 9, the first
 * digit in the lowest byte: the halves, quarters and eighths of the
 * number are split in every lane of the word at once (x / 100 is
 * x * 10486 >> 20 below 43,699, x / 10 is x * 103 >> 10 below 100).
 */
static inline uint64_t
digits8(uint32_t x)
{
	uint64_t v = x / 10000 | (uint64_t)(x % 10000) << 32, q;

	q = (v * 10486 >> 20) & 0x0000007F0000007FULL;
	v = q | (v - q * 100) << 16;
	q = (v * 103 >> 10) & 0x000F000F000F000FULL;
	return q | (v - q * 10) << 8;
}

/* Lay out P digits (trailing zeros cut) with decimal exponent e as
 * printf's %.Pg does. */
static size_t
layout(char *buf, int neg, uint64_t digits, int prec, int e)
{
	static const uint64_t scale[] = { 100, 10, 1 };
	char d[24];
	uint64_t d17, rest, hi, lo;
	int n, i;
	size_t o = 0;

	/* All 17 digits, then the trailing zeros off: the zero bytes at
	 * the top of the last word that has a digit. */
	d17 = digits * scale[prec - 15];
	rest = d17 % 10000000000000000ULL;
	d[0] = (char)('0' + d17 / 10000000000000000ULL);
	hi = digits8((uint32_t)(rest / 100000000));
	lo = digits8((uint32_t)(rest % 100000000));
	if (lo != 0)
		n = 17 - __builtin_clzll(lo) / 8;
	else if (hi != 0)
		n = 9 - __builtin_clzll(hi) / 8;
	else
		n = 1;
	hi += 0x3030303030303030ULL;
	lo += 0x3030303030303030ULL;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	hi = __builtin_bswap64(hi);
	lo = __builtin_bswap64(lo);
#endif
	memcpy(d + 1, &hi, 8);
	memcpy(d + 9, &lo, 8);
	if (neg)
		buf[o++] = '-';
	if (e < -4 || e >= prec) {
		buf[o++] = d[0];
		if (n > 1) {
			buf[o++] = '.';
			memcpy(buf + o, d + 1, (size_t)n - 1);
			o += (size_t)n - 1;
		}
		o += (size_t)snprintf(buf + o, 8, "e%c%02d", e < 0 ? '-' : '+',
		    e < 0 ? -e : e);
		return o;
	}
	if (e < 0) {
		buf[o++] = '0';
		buf[o++] = '.';
		for (i = -1; i > e; i--)
			buf[o++] = '0';
		memcpy(buf + o, d, (size_t)n);
		o += (size_t)n;
	} else {
		for (i = 0; i <= e; i++)
			buf[o++] = i < n ? d[i] : '0';
		if (n > e + 1) {
			buf[o++] = '.';
			memcpy(buf + o, d + e + 1, (size_t)(n - e - 1));
			o += (size_t)(n - e - 1);
		}
	}
	buf[o] = '\0';
	return o;
}

/* Powers of ten to 10^22, exact in 128 bits.  Constant, not filled on
 * first use: the writing thread of lt_out formats numbers too. */
#define P19 ((lt_umicro)10000000000000000000ULL)
static const lt_umicro pow10_u[23] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL,
	10000000000000000ULL, 100000000000000000ULL,
	1000000000000000000ULL, P19, P19 * 10, P19 * 100, P19 * 1000,
};
#undef P19

/*
 * The shortest of %.15g, %.16g and %.17g that reads back to v, in
 * exact integer arithmetic, for 1e-6 <= |v| < 1e17 (nearly every value
 * a filter computes; it returns 0 for the rest, and printf decides):
 * v = M * 2^E exactly, so v * 10^k = M * 10^k / 2^s with s = -E, and
 * M * 10^k fits 128 bits for k <= 22.  Every rounding and every
 * read-back test is then decided on integers, with no error to allow
 * for; an exact tie (where printf's and strtod's round-half-even would
 * have a say) returns 0.
 */
static size_t
fmt_num_exact(char *buf, double v)
{
	double a = fabs(v);
	uint64_t bits, m, q, r17;
	lt_umicro n, r, one, half;
	int biased, e, k, s, prec, tries;

	memcpy(&bits, &a, sizeof(bits));
	biased = (int)(bits >> 52);
	if (biased == 0 || biased == 2047)
		return 0;
	m = (bits & ((1ULL << 52) - 1)) | 1ULL << 52;
	s = 1075 - biased;		/* a = m / 2^s */
	if (s < 1 || s > 72)
		return 0;
	/* floor(log2(a) * log10(2)), or one less: 78913 / 2^18 is log10(2)
	 * to within what 11-bit exponents need. */
	e = (biased - 1023) * 78913 >> 18;
	for (tries = 0; tries < 3; tries++) {
		k = 16 - e;
		if (k < 0 || k > 22)
			return 0;
		n = (lt_umicro)m * pow10_u[k];
		q = (uint64_t)(n >> s);
		if (q >= 100000000000000000ULL)
			e++;
		else if (q < 10000000000000000ULL)
			e--;
		else
			break;
	}
	if (tries == 3)
		return 0;
	r = n & (((lt_umicro)1 << s) - 1);	/* v * 10^k = q + r / 2^s */
	for (prec = 15; prec <= 17; prec++) {
		/* Division by constants, which compile to multiplications. */
		uint64_t div = prec == 15 ? 100 : prec == 16 ? 10 : 1;
		uint64_t d = prec == 15 ? q / 100 : prec == 16 ? q / 10 : q;
		lt_umicro rem = (lt_umicro)(q - d * div) << s | r;
		lt_umicro den = (lt_umicro)div << s, diff, gap;

		half = den / 2;
		if (rem == half)
			return 0;		/* a tie: printf decides */
		if (rem > half)
			d++;
		if (prec < 17) {
			/* |d * div - v * 10^k| against half the gap to the
			 * next double, all times 2^s: the gap is 10^k then
			 * (2^-s of v's ulp), half as wide below a power
			 * of two. */
			r17 = d * div;
			if (r17 > q)
				diff = ((lt_umicro)(r17 - q) << s) - r;
			else
				diff = ((lt_umicro)(q - r17) << s) + r;
			gap = pow10_u[k];
			one = r17 > q || m != 1ULL << 52 ? gap : gap / 2;
			if (2 * diff == one)
				return 0;	/* on the edge */
			if (2 * diff > one)
				continue;
		}
		if (d >= (uint64_t)pow10_u[prec])
			return layout(buf, v < 0, d / 10, prec, e + 1);
		return layout(buf, v < 0, d, prec, e);
	}
	return 0;
}

size_t
lt_fmt_num(char *buf, double v)
{
	size_t n;

	if (v == 0)
		v = 0;	/* no "-0" */
	/* Whole numbers below 10^17 as integers: never longer than
	 * %.17g, and easier to read than 1.23456789012345e+15. */
	if (fabs(v) < 1e17 && v == (double)(int64_t)v)
		return lt_fmt_int(buf, (int64_t)v);
	if ((n = fmt_num_exact(buf, v)) > 0)
		return n;
	return lt_fmt_num_printf(buf, v);
}

size_t
lt_fmt_num_printf(char *buf, double v)
{
	int prec;

	if (v == 0)
		v = 0;
	if (fabs(v) < 1e17 && v == (double)(int64_t)v)
		return lt_fmt_int(buf, (int64_t)v);
	/* A subnormal has fewer digits of its own: try them all. */
	for (prec = fabs(v) < DBL_MIN ? 1 : 15; prec < 17; prec++) {
		snprintf(buf, LT_NUMBUF, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return (size_t)snprintf(buf, LT_NUMBUF, "%.*g", prec, v);
}
