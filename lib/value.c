/*
 * value.c - the types of a column, and values parsed from text with
 * exact verdicts: an int outside int64 is out of range, never clipped,
 * and a num is the double strtod would give, bit for bit.  A typed
 * value as a number, and a count column's, a negative one rejected.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

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
				if (!lt_is_digit(*s))
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
 * Most cells: at most 15 digits, maybe a point, nothing else (leading
 * zeros counted as digits do no harm there).  Returns 1 with *out set,
 * or 0 when the long way must decide.
 */
static inline int
parse_short_num(const char *p, const char *end, int neg, double *out)
{
	const char *q = p, *point = NULL;
	uint64_t mant = 0;
	int ndigits;
	double d;

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
	if (q != end || ndigits == 0 || ndigits > 15)
		return 0;
	d = (double)mant;
	if (point != NULL)
		d /= pow10_exact[end - point - 1];
	*out = neg ? -d : d;
	return 1;
}

/* A number Clinger's fast path cannot take, by strtod, which in the C
 * locale is correctly rounded too. */
static enum lt_status
parse_num_strtod(const char *s, size_t len, double *out)
{
	char small[64], *copy;
	double d;

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

/*
 * A decimal number: [+-] digits [. digits] [e [+-] digits], at least one
 * digit in the mantissa.  No spaces, no hex, no inf or nan.  Most values
 * take Clinger's fast path (an exact mantissa below 2^53 times an exact
 * power of ten is correctly rounded by one IEEE operation); the rest go
 * to strtod.
 */
enum lt_status
lt_parse_num(const char *s, size_t len, double *out)
{
	const char *p = s, *end = s + len;
	uint64_t mant = 0;
	int ndigits = 0, mantdigits = 0, scale = 0, neg = 0;
	long exp10 = 0;
	double d;

	if (len == 0)
		return LT_NA;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (end - p <= 16 && parse_short_num(p, end, neg, out))
		return LT_OK;
	for (; p < end && lt_is_digit(*p); p++, ndigits++)
		if (mant || *p != '0') {
			if (mantdigits < 19)
				mant = mant * 10 + (unsigned)(*p - '0');
			else
				scale++;
			mantdigits++;
		}
	if (p < end && *p == '.') {
		for (p++; p < end && lt_is_digit(*p);
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
		for (; p < end && lt_is_digit(*p); p++, edigits++)
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
	return parse_num_strtod(s, len, out);
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

double
lt_value_num(const struct lt_value *v)
{
	if (v->na)
		return NAN;
	return v->type == LT_INT ? (double)v->u.i : v->u.d;
}

double
lt_row_count(struct lt_in *in, const struct lt_row *row, int col, int *bad)
{
	double d;

	if (col < 0)
		return NAN;
	d = lt_value_num(&row->v[col]);
	if (d < 0 && !*bad) {
		lt_in_reject(in, row, col, "\"%s\" is negative (it must be 0 "
		    "or more)", row->f[col].s);
		*bad = 1;
	}
	return d;
}
