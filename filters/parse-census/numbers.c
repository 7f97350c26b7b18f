/*
 * numbers.c - the number cells of a raw export.  Numbers are read into
 * their decimal digits and an exponent and scaled there: 3.21 in a 万人
 * column is the digits 321 times 10^(-2+4), exactly 32100, never the
 * double 32100.000000000004.  Only 亩 (÷ 15) needs a division; it is
 * done in 128-bit integers and rounded half away from zero to
 * PC_DIV_PLACES decimals.
 */
#include <string.h>

#include "values.h"

/* A thousands separator at s: ',' '，', a thin or ordinary space. */
static size_t
separator_len(const unsigned char *s, size_t len)
{
	if (s[0] == ',')
		return 1;
	if (len >= 3 && s[0] == 0xef && s[1] == 0xbc && s[2] == 0x8c)
		return 3;
	return pc_space_len(s, len);
}

/* The decimal form of a number: digits times 10^exp. */
struct decimal {
	int neg;
	char dig[48];
	int n;
	long exp;
};

/* Digit v of a number into d (after the point or not); 0 when there
 * are too many. */
static int
put_digit(struct decimal *d, int v, int point)
{
	if (point)
		d->exp--;
	if (d->n == 0 && v == 0)
		return 1;	/* a leading zero */
	if (d->n == (int)sizeof(d->dig))
		return 0;
	d->dig[d->n++] = (char)('0' + v);
	return 1;
}

/* Trailing zeros into the exponent; zero has no sign. */
static void
normalize(struct decimal *d)
{
	while (d->n > 0 && d->dig[d->n - 1] == '0') {
		d->n--;
		d->exp++;
	}
	if (d->n == 0)
		d->neg = 0;
}

/* Read a number cell into d; 0 when it is not one. */
static int
read_decimal(const unsigned char *s, size_t len, struct decimal *d)
{
	size_t i = 0, k;
	int v, group = -1, point = 0, any = 0;

	d->neg = 0;
	d->n = 0;
	d->exp = 0;
	if (len >= 1 && (s[0] == '-' || s[0] == '+')) {
		d->neg = s[0] == '-';
		i = 1;
	} else if (len >= 3 && ((s[0] == 0xef && s[1] == 0xbc &&
	    (s[2] == 0x8d || s[2] == 0x8b)) ||
	    (s[0] == 0xe2 && s[1] == 0x88 && s[2] == 0x92))) {
		d->neg = s[2] != 0x8b;	/* － and −, not ＋ */
		i = 3;
	}
	while (i < len) {
		if ((v = pc_digit_at(s + i, len - i, &k)) >= 0) {
			i += k;
			any = 1;
			if (group >= 0 && ++group > 3)
				return 0;
			if (!put_digit(d, v, point))
				return 0;
		} else if (s[i] == '.' || (len - i >= 3 && s[i] == 0xef &&
		    s[i + 1] == 0xbc && s[i + 2] == 0x8e)) {
			if (point || (group >= 0 && group != 3))
				return 0;
			point = 1;
			group = -1;
			i += s[i] == '.' ? 1 : 3;
		} else if (!point && any && (k = separator_len(s + i,
		    len - i)) > 0) {
			/* Groups of three digits after each separator. */
			if (group >= 0 && group != 3)
				return 0;
			group = 0;
			i += k;
		} else {
			break;
		}
	}
	if (!any || (group >= 0 && group != 3))
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		long e = 0;
		int eneg = 0, edig = 0;

		if (++i < len && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, edig++)
			if (e < 10000)
				e = e * 10 + (s[i] - '0');
		if (edig == 0)
			return 0;
		d->exp += eneg ? -e : e;
	}
	if (i != len)
		return 0;
	normalize(d);
	return 1;
}

/*
 * The common cell, [-]digits[.digits] in ASCII, read as read_decimal
 * would but without its look for full-width digits, separators and
 * exponents; 0 when the cell is anything else.
 */
static int
read_plain(const char *s, size_t len, struct decimal *d)
{
	size_t i = 0;
	int point = 0, any = 0;

	d->neg = 0;
	d->n = 0;
	d->exp = 0;
	if (len > 0 && s[0] == '-') {
		d->neg = 1;
		i = 1;
	}
	for (; i < len; i++) {
		unsigned v = (unsigned)(unsigned char)s[i] - '0';

		if (v < 10) {
			any = 1;
			if (!put_digit(d, (int)v, point))
				return 0;
		} else if (s[i] == '.' && !point) {
			point = 1;
		} else {
			return 0;
		}
	}
	if (!any)
		return 0;
	normalize(d);
	return 1;
}

/* Write digits times 10^exp as plain decimal text; 0 when too long. */
static size_t
write_decimal(const struct decimal *d, long exp, char *out)
{
	char *o = out;
	long i, intdigits;

	if (d->n == 0) {
		out[0] = '0';
		return 1;
	}
	intdigits = d->n + exp;
	if (intdigits > 40 || intdigits < -30)
		return 0;
	if (d->neg)
		*o++ = '-';
	if (intdigits <= 0) {
		*o++ = '0';
		*o++ = '.';
		for (i = 0; i < -intdigits; i++)
			*o++ = '0';
		memcpy(o, d->dig, (size_t)d->n);
		o += d->n;
	} else if (exp >= 0) {
		memcpy(o, d->dig, (size_t)d->n);
		o += d->n;
		for (i = 0; i < exp; i++)
			*o++ = '0';
	} else {
		memcpy(o, d->dig, (size_t)intdigits);
		o += intdigits;
		*o++ = '.';
		memcpy(o, d->dig + intdigits, (size_t)(d->n - intdigits));
		o += d->n - intdigits;
	}
	return (size_t)(o - out);
}

/* digits times 10^exp divided by div, rounded half away from zero to
 * PC_DIV_PLACES decimals, back into d. */
static int
divide_decimal(struct decimal *d, int div)
{
	__extension__ unsigned __int128 m = 0, den = (unsigned)div, q, r;
	long shift = d->exp + PC_DIV_PLACES, i;
	char tmp[48];
	int n = 0;

	for (i = 0; i < d->n; i++)
		m = m * 10 + (unsigned)(d->dig[i] - '0');
	if (shift >= 0) {
		if (d->n + shift > 36)
			return 0;
		for (i = 0; i < shift; i++)
			m *= 10;
	} else {
		if (-shift > 30)
			return d->n = 0, 1;
		for (i = 0; i < -shift; i++)
			den *= 10;
	}
	q = m / den;
	r = m % den;
	if (2 * r >= den)
		q++;
	while (q > 0) {
		tmp[n++] = (char)('0' + (int)(q % 10));
		q /= 10;
	}
	d->n = 0;
	d->exp = -PC_DIV_PLACES;
	for (i = n - 1; i >= 0; i--)
		d->dig[d->n++] = tmp[i];
	normalize(d);
	return 1;
}

/* Is s already canonical: [-]digits[.digits], no leading zero (but
 * "0" or "0.x"), no trailing fraction zero? */
int
pc_canonical(const char *s, size_t len)
{
	size_t i = 0, start, point = 0;

	if (len > 0 && s[0] == '-')
		i = 1;
	start = i;
	for (; i < len; i++) {
		if (s[i] == '.') {
			if (point || i == start || i + 1 == len)
				return 0;
			point = i;
		} else if ((unsigned char)(s[i] - '0') > 9) {
			return 0;
		}
	}
	if (i == start || i - start > 18)
		return 0;
	if (s[start] == '0' && i - start > 1 && s[start + 1] != '.')
		return 0;
	if (point && s[len - 1] == '0')
		return 0;
	/* "-0" and "-0.0…" are not canonical: zero has no sign. */
	if (start == 1 && s[1] == '0' && (len == 2 || !point))
		return 0;
	return 1;
}

enum pc_vstatus
pc_number(const char *s, size_t len, struct pc_scale sc, int integer,
    char *out, size_t *outlen, enum pc_missing *why)
{
	struct decimal d;
	size_t n;

	*why = PC_PRESENT;
	if (sc.k == 0 && sc.div == 1 && pc_canonical(s, len)) {
		if (integer && memchr(s, '.', len))
			return PC_V_FRACTION;
		memcpy(out, s, len);
		*outlen = len;
		return PC_V_OK;
	}
	if (!read_plain(s, len, &d)) {
		pc_trim(&s, &len);
		pc_strip_marks(s, &len);
		if ((*why = pc_missing_mark(s, len)) != PC_PRESENT)
			return PC_V_NA;
		if (!read_decimal((const unsigned char *)s, len, &d))
			return PC_V_BAD;
	}
	d.exp += sc.k;
	if (sc.div > 1 && !divide_decimal(&d, sc.div))
		return PC_V_RANGE;
	if (integer) {
		if (d.n > 0 && d.exp < 0)
			return PC_V_FRACTION;
		if (d.n > 0 && d.n + d.exp > 18)
			return PC_V_RANGE;
	}
	if ((n = write_decimal(&d, d.exp, out)) == 0)
		return PC_V_RANGE;
	*outlen = n;
	return PC_V_OK;
}

