/*
 * division.c - statistical division codes.  Codes are hierarchical by
 * prefix: province 2, prefecture 4, county 6, township 9, village 12
 * digits (NBS statistical division codes).
 */
#include <string.h>

#include "litu.h"

static const struct {
	const char *name;
	size_t digits;
} levels[] = {
	{ "province", 2 },
	{ "prefecture", 4 },
	{ "county", 6 },
	{ "township", 9 },
	{ "village", 12 },
};

#define NLEVELS (sizeof(levels) / sizeof(levels[0]))

enum lt_level
lt_code_level(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return LT_LEVEL_NONE;
	for (i = 0; i < NLEVELS; i++)
		if (levels[i].digits == len)
			return (enum lt_level)i;
	return LT_LEVEL_NONE;
}

int
lt_code_valid(const char *s, size_t len)
{
	return lt_code_level(s, len) != LT_LEVEL_NONE;
}

size_t
lt_level_digits(enum lt_level l)
{
	if (l < 0 || (size_t)l >= NLEVELS)
		return 0;
	return levels[l].digits;
}

const char *
lt_level_name(enum lt_level l)
{
	if (l < 0 || (size_t)l >= NLEVELS)
		return "";
	return levels[l].name;
}

enum lt_level
lt_level_parse(const char *s)
{
	size_t i;

	for (i = 0; i < NLEVELS; i++)
		if (strcmp(s, levels[i].name) == 0)
			return (enum lt_level)i;
	return LT_LEVEL_NONE;
}

size_t
lt_code_prefix(const char *s, size_t len, enum lt_level l)
{
	size_t digits = lt_level_digits(l);

	(void)s;
	if (digits == 0 || len < digits)
		return 0;
	return digits;
}

size_t
lt_code_canon(const char *s, size_t n)
{
	for (;;) {
		if ((n == 12 || n == 9) && memcmp(s + n - 3, "000", 3) == 0)
			n -= 3;
		else if ((n == 6 || n == 4) && memcmp(s + n - 2, "00", 2) == 0)
			n -= 2;
		else
			return n;
	}
}
