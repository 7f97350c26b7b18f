/*
 * value.c - typed values: parsing with exact verdicts, and formatting
 * in the C locale.  num is written in the shortest form that reads back
 * to the same double; sums use exact millionths (DESIGN section 3).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"

/* Not isdigit(3): no locale, and no promotion of a byte to a negative
 * int that would pass a "<= '9'" test. */
static inline int
is_digit(char c)
{
	return (unsigned)((unsigned char)c - '0') <= 9;
}

static const struct {
	const char *name;
	const char *expect;
} types[LT_NTYPES] = {
	[LT_STR] = { "str", "text" },
	[LT_INT] = { "int", "an integer" },
	[LT_NUM] = { "num", "a number" },
	[LT_BOOL] = { "bool", "true or false" },
	[LT_CODE] = { "code", "a division code (2, 4, 6, 9 or 12 digits)" },
};

const char *
lt_type_name(enum lt_type t)
{
	return types[t].name;
}

const char *
lt_type_expect(enum lt_type t)
{
	return types[t].expect;
}

int
lt_type_parse(const char *s, size_t len, enum lt_type *t)
{
	int i;

	for (i = 0; i < LT_NTYPES; i++)
		if (strlen(types[i].name) == len &&
		    memcmp(types[i].name, s, len) == 0) {
			*t = (enum lt_type)i;
			return 1;
		}
	return 0;
}

enum lt_status
lt_parse_int(const char *s, size_t len, int64_t *out)
{
	const char *end = s + len;
	uint64_t limit = INT64_MAX, v = 0;
	int neg = 0;

	if (len == 0)
		return LT_NA;
	if (*s == '-' || *s == '+') {
		neg = *s == '-';
		limit += neg;
		s++;
	}
	if (s == end)
		return LT_EBAD;
	for (; s < end; s++) {
		unsigned d = (unsigned char)*s - '0';

		if (d > 9)
			return LT_EBAD;
		if (v > (limit - d) / 10) {
			/* Keep reading: "99999999999999999999x" is not an
			 * integer at all, rather than out of range. */
			for (s++; s < end; s++)
				if (!is_digit(*s))
					return LT_EBAD;
			return LT_ERANGE;
		}
		v = v * 10 + d;
	}
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return LT_OK;
}

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/*
 * A decimal number: [+-] digits [. digits] [e [+-] digits], at least one
 * digit in the mantissa.  No spaces, no hex, no inf or nan.  Most values
 * take Clinger's fast path (an exact mantissa below 2^53 times an exact
 * power of ten is correctly rounded by one IEEE operation); the rest go
 * to strtod, which in the C locale is correctly rounded too.
 */
enum lt_status
lt_parse_num(const char *s, size_t len, double *out)
{
	const char *p = s, *end = s + len;
	uint64_t mant = 0;
	int ndigits = 0, mantdigits = 0, scale = 0, neg = 0;
	long exp10 = 0;
	char small[64], *copy;
	double d;

	if (len == 0)
		return LT_NA;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	/* Most cells: at most 15 digits, maybe a point, nothing else;
	 * leading zeros counted as digits do no harm there. */
	if (end - p <= 16) {
		const char *q = p, *point = NULL;

		for (; q < end; q++) {
			unsigned dig = (unsigned)(unsigned char)*q - '0';

			if (dig < 10)
				mant = mant * 10 + dig;
			else if (*q == '.' && point == NULL)
				point = q;
			else
				break;
		}
		ndigits = (int)(end - p) - (point != NULL);
		if (q == end && ndigits > 0 && ndigits <= 15) {
			d = (double)mant;
			if (point != NULL)
				d /= pow10_exact[end - point - 1];
			*out = neg ? -d : d;
			return LT_OK;
		}
		mant = 0;
		ndigits = 0;
	}
	for (; p < end && is_digit(*p); p++, ndigits++)
		if (mant || *p != '0') {
			if (mantdigits < 19)
				mant = mant * 10 + (unsigned)(*p - '0');
			else
				scale++;
			mantdigits++;
		}
	if (p < end && *p == '.') {
		for (p++; p < end && is_digit(*p);
		    p++, ndigits++) {
			if (mant || *p != '0') {
				if (mantdigits < 19) {
					mant = mant * 10 + (unsigned)(*p - '0');
					scale--;
				}
				mantdigits++;
			} else {
				scale--;
			}
		}
	}
	if (ndigits == 0)
		return LT_EBAD;
	if (p < end && (*p == 'e' || *p == 'E')) {
		int eneg = 0, edigits = 0;

		p++;
		if (p < end && (*p == '-' || *p == '+'))
			eneg = *p++ == '-';
		for (; p < end && is_digit(*p); p++, edigits++)
			if (exp10 < 100000)
				exp10 = exp10 * 10 + (*p - '0');
		if (edigits == 0)
			return LT_EBAD;
		if (eneg)
			exp10 = -exp10;
	}
	if (p != end)
		return LT_EBAD;
	exp10 += scale;
	if (mant == 0) {
		*out = neg ? -0.0 : 0.0;
		return LT_OK;
	}
	if (mantdigits <= 15 && exp10 >= -22 && exp10 <= 22) {
		d = (double)mant;
		d = exp10 < 0 ? d / pow10_exact[-exp10] : d * pow10_exact[exp10];
		*out = neg ? -d : d;
		return LT_OK;
	}
	copy = len < sizeof(small) ? small : lt_malloc(len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	errno = 0;
	d = strtod(copy, NULL);
	if (copy != small)
		free(copy);
	if (errno == ERANGE && isinf(d))
		return LT_ERANGE;
	*out = d;
	return LT_OK;
}

enum lt_status
lt_parse_bool(const char *s, size_t len, int *out)
{
	if (len == 0)
		return LT_NA;
	if (len == 4 && memcmp(s, "true", 4) == 0)
		*out = 1;
	else if (len == 5 && memcmp(s, "false", 5) == 0)
		*out = 0;
	else
		return LT_EBAD;
	return LT_OK;
}

enum lt_status
lt_parse_code(const char *s, size_t len)
{
	if (len == 0)
		return LT_NA;
	return lt_code_valid(s, len) ? LT_OK : LT_EBAD;
}

enum lt_status
lt_parse_value(enum lt_type t, const char *s, size_t len,
    struct lt_value *v)
{
	enum lt_status st = LT_OK;

	v->type = (unsigned char)t;
	switch (t) {
	case LT_INT:
		st = lt_parse_int(s, len, &v->u.i);
		break;
	case LT_NUM:
		st = lt_parse_num(s, len, &v->u.d);
		break;
	case LT_BOOL:
		st = lt_parse_bool(s, len, &v->u.b);
		break;
	case LT_CODE:
		st = lt_parse_code(s, len);
		/* FALLTHROUGH */
	default:
		v->u.str.s = s;
		v->u.str.len = len;
		if (len == 0)
			st = LT_NA;
		break;
	}
	v->na = st == LT_NA;
	return st;
}

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
	/* Constant, not filled on first use: the writing thread of
	 * lt_out formats numbers too. */
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

enum lt_status
lt_parse_micro(const char *s, size_t len, lt_micro *out)
{
	const char *p = s, *end = s + len;
	lt_micro mant = 0, pow = 1, q, r;
	int ndigits = 0, mantdigits = 0, neg = 0;
	long exp10 = 6, i;

	if (len == 0)
		return LT_NA;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	for (; p < end && is_digit(*p); p++, ndigits++) {
		if (mant == 0 && *p == '0')
			continue;
		if (++mantdigits > 36)
			return LT_ERANGE;
		mant = mant * 10 + (*p - '0');
	}
	if (p < end && *p == '.') {
		for (p++; p < end && is_digit(*p);
		    p++, ndigits++) {
			/* Digits past 36 can only lower the value below
			 * the next millionth, never across a half: they
			 * change no rounding, and are dropped. */
			if (mantdigits >= 36)
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
		for (; p < end && is_digit(*p); p++, edigits++)
			if (e < 100000)
				e = e * 10 + (*p - '0');
		if (edigits == 0)
			return LT_EBAD;
		exp10 += eneg ? -e : e;
	}
	if (p != end)
		return LT_EBAD;
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
		/* Round half away from zero on the digits themselves. */
		if (r * 2 >= pow)
			q++;
		mant = q;
	}
	*out = neg ? -mant : mant;
	return LT_OK;
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

/*
 * UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates,
 * nothing above U+10FFFF; and no NUL, which no CSV tool downstream
 * handles the same way.  Eight ASCII bytes are checked at a time.
 */
int
lt_utf8_valid(const char *str, size_t len, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		if (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (((w - 0x0101010101010101ULL) & ~w &
			    0x8080808080808080ULL) == 0 &&
			    (w & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		unsigned char c = s[i];
		size_t n, k;
		uint32_t cp;

		if (c == 0)
			goto fail;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			goto fail;
		}
		for (k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
				goto fail;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			goto fail;
		i += n + 1;
	}
	return 1;
fail:
	*bad = i;
	return 0;
}
