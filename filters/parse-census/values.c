/*
 * values.c - the text cells of a raw export: spaces and footnote marks
 * trimmed, the marks of a missing value, region names and division
 * codes.  Numbers are in numbers.c, years in years.c.
 */
#define _GNU_SOURCE
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
	if (len >= 1 && pc_space_len(s + len - 1, 1) == 1)
		return 1;
	if (len >= 2 && pc_space_len(s + len - 2, 2) == 2)
		return 2;
	if (len >= 3 && pc_space_len(s + len - 3, 3) == 3)
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
	while (n > 0 && (k = pc_space_len(p, n)) > 0) {
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
		if ((k = pc_space_len(s + i, len - i)) == 0) {
			out[o++] = (char)s[i++];
			continue;
		}
		/* Keep one space between ASCII words ("New Town"). */
		while (i < len && (k = pc_space_len(s + i, len - i)) > 0)
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
		if ((v = pc_digit_at(s + i, len - i, &k)) < 0 || n + 1 >= outsize)
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
