/*
 * values.c - the text cells of a raw export: spaces and footnote marks
 * trimmed, the marks of a missing value, region names, division codes
 * and years.  Numbers are in numbers.c.
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

/* Four digits (ASCII or full-width) at s as a year from 1900 to 2100,
 * with their length in *k; 0 when not. */
static int
year_at(const unsigned char *s, size_t len, size_t *k)
{
	size_t i = 0, dk;
	int y = 0, j, v;

	for (j = 0; j < 4; j++) {
		if (i >= len || (v = pc_digit_at(s + i, len - i, &dk)) < 0)
			return 0;
		y = y * 10 + v;
		i += dk;
	}
	/* Not part of a longer number. */
	if (i < len && pc_digit_at(s + i, len - i, &dk) >= 0)
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
pc_year_lead(const char *str, size_t len, size_t *rest)
{
	const char *t = str;
	const unsigned char *s;
	size_t k;
	int y;

	pc_trim(&t, &len);
	s = (const unsigned char *)t;
	if ((y = year_at(s, len, &k)) == 0 || !is_nian(s + k, len - k))
		return 0;
	*rest = (size_t)(t - str) + k + 3;
	return y;
}

/* A range's dash at s: - ~ – — － ～ 至 到; its length, 0 when none. */
static size_t
range_dash(const unsigned char *s, size_t len)
{
	static const char *const dash[] = { "-", "~", "\xe2\x80\x93",
	    "\xe2\x80\x94", "\xef\xbc\x8d", "\xef\xbd\x9e", "\xe8\x87\xb3",
	    "\xe5\x88\xb0" };
	size_t i, n;

	for (i = 0; i < sizeof(dash) / sizeof(dash[0]); i++) {
		n = strlen(dash[i]);
		if (len >= n && memcmp(s, dash[i], n) == 0)
			return n;
	}
	return 0;
}

/* The year ending a range that starts with the year first at s (its k
 * bytes): 1987 of "1985-1987", "1985年至1987年"; 0 when none. */
static int
range_end(const unsigned char *s, size_t len, size_t k, int first)
{
	size_t d, k2;
	int y;

	if (is_nian(s + k, len - k))
		k += 3;
	if ((d = range_dash(s + k, len - k)) == 0)
		return 0;
	k += d;
	y = year_at(s + k, len - k, &k2);
	return y > first ? y : 0;
}

/* Is the year at s (k bytes, then 年 or not) a price base, not the
 * data's year: 按1980年不变价, 1980年可比价, 以1980年为基期? */
static int
price_base(const unsigned char *s, size_t len, size_t k, size_t i)
{
	static const char *const after[] = { "不变价", "可比价", "价格",
	    "为基期", "=100" };
	size_t j, n;

	if (i >= 3 && (memcmp(s - 3, "按", 3) == 0 || memcmp(s - 3, "以",
	    3) == 0))
		return 1;
	if (is_nian(s + k, len - k))
		k += 3;
	for (j = 0; j < sizeof(after) / sizeof(after[0]); j++) {
		n = strlen(after[j]);
		if (len - k >= n && memcmp(s + k, after[j], n) == 0)
			return 1;
	}
	return 0;
}

int
pc_title_price(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, k, dk;
	int y;

	for (i = 0; i < len; i++) {
		if (i > 0 && pc_digit_at(s + i - 1, 1, &dk) >= 0)
			continue;
		if ((y = year_at(s + i, len - i, &k)) > 0 &&
		    price_base(s + i, len - i, k, i) &&
		    (memmem(str, len, "不变价", strlen("不变价")) ||
		    memmem(str, len, "可比价", strlen("可比价"))))
			return y;
	}
	return 0;
}

int
pc_title_year(const char *str, size_t len, int range[2])
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, k, dk;
	int y;

	range[0] = range[1] = 0;
	for (i = 0; i < len; i++) {
		if (i > 0 && pc_digit_at(s + i - 1, 1, &dk) >= 0)
			continue;
		if ((y = year_at(s + i, len - i, &k)) == 0 ||
		    price_base(s + i, len - i, k, i))
			continue;
		if ((range[1] = range_end(s + i, len - i, k, y)) > 0) {
			range[0] = y;
			return range[1];
		}
		if (is_nian(s + i + k, len - i - k))
			return y;
	}
	for (i = 0; i < len; i++) {
		int open = s[i] == '(' || (len - i >= 3 && s[i] == 0xef &&
		    s[i + 1] == 0xbc && s[i + 2] == 0x88);

		if (!open)
			continue;
		i += s[i] == '(' ? 1 : 3;
		if ((y = year_at(s + i, len - i, &k)) > 0 &&
		    !price_base(s + i, len - i, k, i))
			return y;
	}
	return 0;
}

size_t
pc_edition_name(const char *str, size_t len, const char **name)
{
	const char *open = memmem(str, len, "《", 3), *end;

	if (!open)
		return 0;
	open += 3;
	end = memmem(open, len - (size_t)(open - str), "统计年鉴", 12);
	if (!end || memchr(open, ' ', (size_t)(end - open)) ||
	    memmem(open, (size_t)(end - open), "》", 3))
		return 0;
	*name = open;
	return (size_t)(end - open);
}

int
pc_edition_year(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	const char *p = memmem(str, len, "年鉴", 6);
	size_t i, k;

	if (!p)
		return 0;
	i = (size_t)(p - str) + 6;
	while (i < len && s[i] == ' ')
		i++;
	return i < len ? year_at(s + i, len - i, &k) : 0;
}
