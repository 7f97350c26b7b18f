/*
 * values.c - the cells of a raw export.  Numbers are read into their
 * decimal digits and an exponent and scaled there: 3.21 in a 万人
 * column is the digits 321 times 10^(-2+4), exactly 32100, never the
 * double 32100.000000000004.  Only 亩 (÷ 15) needs a division; it is
 * done in 128-bit integers and rounded half away from zero to
 * PC_DIV_PLACES decimals.
 */
#include <string.h>

#include "values.h"

static const char *const missing_names[PC_NMISSING] = {
	[PC_PRESENT] = "",
	[PC_BLANK] = "blank",
	[PC_BELOW] = "below_unit",
	[PC_NONE] = "none",
	[PC_WITHHELD] = "withheld",
};

/* The marks that stand for a missing value, and what each means. */
static const struct {
	const char *mark;
	enum pc_missing why;
} marks[] = {
	{ "\xe2\x80\xa6", PC_BELOW },			/* … */
	{ "\xe2\x80\xa6\xe2\x80\xa6", PC_BELOW },	/* …… */
	{ "...", PC_BELOW },
	{ "\xc2\xb7\xc2\xb7\xc2\xb7", PC_BELOW },	/* ··· */
	{ "\xe2\x8b\xaf", PC_BELOW },			/* ⋯ */
	{ "\xe3\x80\x82\xe3\x80\x82\xe3\x80\x82", PC_BELOW }, /* 。。。 */
	{ "\xe2\x80\x94", PC_NONE },			/* — */
	{ "\xe2\x80\x94\xe2\x80\x94", PC_NONE },	/* —— */
	{ "\xe2\x80\x93", PC_NONE },			/* – */
	{ "\xef\xbc\x8d", PC_NONE },			/* － */
	{ "\xe4\xb8\x80", PC_NONE },			/* 一 */
	{ "-", PC_NONE },
	{ "--", PC_NONE },
	{ "***", PC_WITHHELD },
	{ "\xef\xbc\x8a\xef\xbc\x8a\xef\xbc\x8a", PC_WITHHELD }, /* ＊＊＊ */
};

/* The first bytes of the marks. */
static const unsigned char mark_start[256] = {
	['.'] = 1, ['-'] = 1, ['*'] = 1, [0xc2] = 1, [0xe2] = 1, [0xe3] = 1,
	[0xe4] = 1, [0xef] = 1,
};

const char *
pc_missing_name(enum pc_missing m)
{
	return missing_names[m];
}

/* The length of the space character at s (ASCII, U+3000, U+00A0,
 * U+2002 to U+200A, U+202F), or 0. */
static size_t
space_len(const unsigned char *s, size_t len)
{
	if (len >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' ||
	    s[0] == '\n'))
		return 1;
	if (len >= 2 && s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	if (len >= 3 && s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (len >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    ((s[2] >= 0x82 && s[2] <= 0x8a) || s[2] == 0xaf))
		return 3;
	return 0;
}

/* Can a space character (as space_len knows them) start with byte c,
 * or end with it? */
static inline int
space_first(unsigned char c)
{
	return c <= ' ' || c == 0xc2 || c == 0xe2 || c == 0xe3;
}

static inline int
space_last(unsigned char c)
{
	return c <= ' ' || c == 0xa0 || c == 0x80 || (c >= 0x82 &&
	    c <= 0x8a) || c == 0xaf;
}

/* The length of the space character that ends s, or 0. */
static size_t
space_len_back(const unsigned char *s, size_t len)
{
	if (len >= 1 && space_len(s + len - 1, 1) == 1)
		return 1;
	if (len >= 2 && space_len(s + len - 2, 2) == 2)
		return 2;
	if (len >= 3 && space_len(s + len - 3, 3) == 3)
		return 3;
	return 0;
}

void
pc_trim(const char **s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)*s;
	size_t n = *len, k;

	/* Most cells start and end with no byte a space can start or
	 * end with. */
	if (n == 0 || (!space_first(p[0]) && !space_last(p[n - 1])))
		return;
	while (n > 0 && (k = space_len(p, n)) > 0) {
		p += k;
		n -= k;
	}
	while (n > 0 && (k = space_len_back(p, n)) > 0)
		n -= k;
	*s = (const char *)p;
	*len = n;
}

void
pc_strip_marks(const char *str, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = *len;

	for (;;) {
		if (n >= 1 && s[n - 1] == '*')
			n--;
		else if (n >= 3 && s[n - 3] == 0xef && s[n - 2] == 0xbc &&
		    s[n - 1] == 0x8a)
			n -= 3;		/* ＊ */
		else if (n >= 3 && s[n - 3] == 0xe2 && s[n - 2] == 0x91 &&
		    s[n - 1] >= 0xa0 && s[n - 1] <= 0xb3)
			n -= 3;		/* ① to ⑳ */
		else
			break;
	}
	/* "***" alone is a mark of its own, not three footnotes. */
	if (n == 0 && *len >= 3 && memcmp(str + *len - 3, "***", 3) == 0)
		return;
	*len = n;
}

enum pc_missing
pc_missing_mark(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return PC_BLANK;
	if (len > 9 || !mark_start[(unsigned char)s[0]])
		return PC_PRESENT;
	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (strlen(marks[i].mark) == len &&
		    memcmp(marks[i].mark, s, len) == 0)
			return marks[i].why;
	return PC_PRESENT;
}

/* A digit at s (ASCII or full-width): its value, and its length. */
static int
digit_at(const unsigned char *s, size_t len, size_t *k)
{
	if (s[0] >= '0' && s[0] <= '9') {
		*k = 1;
		return s[0] - '0';
	}
	if (len >= 3 && s[0] == 0xef && s[1] == 0xbc && s[2] >= 0x90 &&
	    s[2] <= 0x99) {
		*k = 3;
		return s[2] - 0x90;
	}
	return -1;
}

/* A thousands separator at s: ',' '，', a thin or ordinary space. */
static size_t
separator_len(const unsigned char *s, size_t len)
{
	if (s[0] == ',')
		return 1;
	if (len >= 3 && s[0] == 0xef && s[1] == 0xbc && s[2] == 0x8c)
		return 3;
	return space_len(s, len);
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
		if ((v = digit_at(s + i, len - i, &k)) >= 0) {
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

static int
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

size_t
pc_name(const char *str, size_t len, char *out)
{
	const unsigned char *s;
	size_t i, k, o = 0;

	pc_trim(&str, &len);
	pc_strip_marks(str, &len);
	pc_trim(&str, &len);
	s = (const unsigned char *)str;
	/* Most names hold no space at all. */
	for (i = 0; i < len && !space_first(s[i]); i++)
		;
	if (i == len) {
		memmove(out, s, len);
		return len;
	}
	for (i = 0; i < len; ) {
		if ((k = space_len(s + i, len - i)) == 0) {
			out[o++] = (char)s[i++];
			continue;
		}
		/* Keep one space between ASCII words ("New Town"). */
		while (i < len && (k = space_len(s + i, len - i)) > 0)
			i += k;
		if (o > 0 && i < len && ascii_alnum((unsigned char)out[o - 1]) &&
		    ascii_alnum(s[i]))
			out[o++] = ' ';
	}
	return o;
}

size_t
pc_code(const char *str, size_t len, char *out, size_t outsize)
{
	const unsigned char *s;
	size_t i, k, n = 0;
	int v;

	pc_trim(&str, &len);
	s = (const unsigned char *)str;
	for (i = 0; i < len; i += k) {
		if ((v = digit_at(s + i, len - i, &k)) < 0 || n + 1 >= outsize)
			return 0;
		out[n++] = (char)('0' + v);
	}
	/* Padding of a longer form: 12 → 9 → 6 → 4 → 2 digits. */
	for (;;) {
		if ((n == 12 || n == 9) && memcmp(out + n - 3, "000", 3) == 0)
			n -= 3;
		else if ((n == 6 || n == 4) && memcmp(out + n - 2, "00", 2) == 0)
			n -= 2;
		else
			break;
	}
	if (n != 2 && n != 4 && n != 6 && n != 9 && n != 12)
		return 0;
	out[n] = '\0';
	return n;
}

/* Four digits (ASCII or full-width) at s as a year from 1900 to 2100,
 * with their length in *k; 0 when not. */
static int
year_at(const unsigned char *s, size_t len, size_t *k)
{
	size_t i = 0, dk;
	int y = 0, j, v;

	for (j = 0; j < 4; j++) {
		if (i >= len || (v = digit_at(s + i, len - i, &dk)) < 0)
			return 0;
		y = y * 10 + v;
		i += dk;
	}
	/* Not part of a longer number. */
	if (i < len && digit_at(s + i, len - i, &dk) >= 0)
		return 0;
	*k = i;
	return y >= 1900 && y <= 2100 ? y : 0;
}

static int
is_nian(const unsigned char *s, size_t len)
{
	return len >= 3 && s[0] == 0xe5 && s[1] == 0xb9 && s[2] == 0xb4;
}

int
pc_year(const char *str, size_t len)
{
	const unsigned char *s;
	size_t k;
	int y;

	pc_trim(&str, &len);
	s = (const unsigned char *)str;
	if ((y = year_at(s, len, &k)) == 0)
		return 0;
	if (k == len || (len - k == 3 && is_nian(s + k, 3)))
		return y;
	return 0;
}

int
pc_title_year(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, k, dk;
	int y;

	for (i = 0; i < len; i++) {
		if (i > 0 && digit_at(s + i - 1, 1, &dk) >= 0)
			continue;
		if ((y = year_at(s + i, len - i, &k)) > 0 &&
		    is_nian(s + i + k, len - i - k))
			return y;
	}
	for (i = 0; i < len; i++) {
		int open = s[i] == '(' || (len - i >= 3 && s[i] == 0xef &&
		    s[i + 1] == 0xbc && s[i + 2] == 0x88);

		if (!open)
			continue;
		i += s[i] == '(' ? 1 : 3;
		if ((y = year_at(s + i, len - i, &k)) > 0)
			return y;
	}
	return 0;
}
