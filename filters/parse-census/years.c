/*
 * years.c - the years a raw export writes: a year cell or label (1987,
 * 1987年, full-width digits), a year leading a label (1986年女), and the
 * years a title names: its data year or range of years, a constant-price
 * year that is none of them, and a yearbook's edition and owner.
 */
#define _GNU_SOURCE
#include <string.h>

#include "values.h"

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

int
pc_year_tail(const char *str, size_t len, size_t *head)
{
	const char *t = str;
	const unsigned char *s;
	size_t k, d, at;
	int y;

	pc_trim(&t, &len);
	s = (const unsigned char *)t;
	if (len < 7 || !is_nian(s + len - 3, 3))
		return 0;
	/* Four ASCII digits, or four full-width ones. */
	for (d = 4; d <= 12; d += 8) {
		if (len < 3 + d)
			continue;
		at = len - 3 - d;
		if ((y = year_at(s + at, d, &k)) != 0 && k == d &&
		    (at == 0 || pc_digit_at(s + at - 1, 1, &k) < 0)) {
			*head = (size_t)(t - str) + at;
			return y;
		}
	}
	return 0;
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
