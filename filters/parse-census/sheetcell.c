/*
 * sheetcell.c - a workbook cell's value as the text of a CSV export:
 * numbers as Excel stored them, in plain decimal (no exponent, no
 * locale, every digit), and serial dates as ISO 8601.  The date rules
 * are those of ECMA-376 Part 1, 18.17.4 (the 1900 and 1904 date
 * systems, the 1900 leap-year bug) and 18.8.30 (built-in number
 * formats 14-22 and 45-47 are dates and times).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

/* Exponents beyond this are not a cell's number (a double's is 308). */
#define MAX_EXP 400

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The digits of s (int part, then fraction) into d; *point the digits
 * before the decimal point, *neg the sign; 0 when s is not a number. */
static size_t
mantissa(const char *s, size_t len, char *d, long *point, int *neg,
    size_t *used)
{
	size_t i = 0, n = 0;
	int seen = 0;

	*neg = 0;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		*neg = s[i++] == '-';
	for (; i < len && digit(s[i]); i++, seen = 1)
		d[n++] = s[i];
	*point = (long)n;
	if (i < len && s[i] == '.')
		for (i++; i < len && digit(s[i]); i++, seen = 1)
			d[n++] = s[i];
	*used = i;
	return seen ? n : 0;
}

size_t
pc_plain_number(const char *s, size_t len, char *out, size_t size)
{
	char *d = malloc(len + 1);
	size_t n, used, o = 0, lead = 0, i;
	long point, exp = 0;
	int neg;

	if (d == NULL || (n = mantissa(s, len, d, &point, &neg, &used)) == 0)
		goto bad;
	if (used < len && (s[used] == 'e' || s[used] == 'E')) {
		int eneg = 0;

		if (++used < len && (s[used] == '+' || s[used] == '-'))
			eneg = s[used++] == '-';
		if (used == len)
			goto bad;
		for (; used < len && digit(s[used]); used++)
			if ((exp = exp * 10 + (s[used] - '0')) > MAX_EXP)
				goto bad;
		exp = eneg ? -exp : exp;
	}
	if (used != len)
		goto bad;
	point += exp;
	while (lead < n && d[lead] == '0')
		lead++, point--;
	while (n > lead && d[n - 1] == '0')
		n--;
	if (lead == n) {
		free(d);
		return size > 1 ? (out[0] = '0', out[1] = '\0', 1) : 0;
	}
	/* Sign, "0.", zeros, digits, zeros, NUL. */
	if ((size_t)labs(point) + (n - lead) + 4 > size)
		goto bad;
	if (neg)
		out[o++] = '-';
	if (point <= 0) {
		out[o++] = '0';
		out[o++] = '.';
		for (i = 0; i < (size_t)-point; i++)
			out[o++] = '0';
	}
	for (i = lead; i < n; i++) {
		if (point > 0 && (long)(i - lead) == point)
			out[o++] = '.';
		out[o++] = d[i];
	}
	for (i = n - lead; point > 0 && (long)i < point; i++)
		out[o++] = '0';
	out[o] = '\0';
	free(d);
	return o;
bad:
	free(d);
	return 0;
}

size_t
pc_plain_double(double v, char *out, size_t size)
{
	char buf[64];
	int prec;

	if (isnan(v) || isinf(v))
		return 0;
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, sizeof(buf), "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return pc_plain_number(buf, strlen(buf), out, size);
}

size_t
pc_stored_number(const char *s, size_t len, char *out, size_t size)
{
	size_t n = pc_plain_number(s, len, out, size), i, sig = 0;
	int lead = 1;

	for (i = 0; i < n; i++)
		if (digit(out[i]) && (out[i] != '0' || !lead)) {
			lead = 0;
			sig++;
		}
	/* Up to 15 digits, the text is the shortest for its double. */
	if (n == 0 || sig <= 15)
		return n;
	return pc_plain_double(strtod(out, NULL), out, size);
}

/* A format code's sections shown for a number: its date and time
 * letters, outside "quoted text", [colours and elapsed times], \x
 * and the _x and *x of spacing. */
static enum pc_datekind
code_kind(const char *s)
{
	int date = 0, time = 0, month = 0;

	for (; *s; s++) {
		switch (*s) {
		case '"':
			while (s[1] && s[1] != '"')
				s++;
			if (s[1])
				s++;
			continue;
		case '[':
			while (s[1] && s[1] != ']')
				s++;
			continue;
		case '\\': case '_': case '*':
			if (s[1])
				s++;
			continue;
		case 'y': case 'Y': case 'd': case 'D':
			date = 1;
			continue;
		case 'h': case 'H': case 's': case 'S':
			time = 1;
			continue;
		case 'm': case 'M':
			month = 1;
			continue;
		case 'A': case 'a':
			/* AM/PM and A/P: the time's, not a month. */
			if (strncasecmp(s, "am/pm", 5) == 0)
				s += 4, time = 1;
			else if (strncasecmp(s, "a/p", 3) == 0)
				s += 2, time = 1;
			continue;
		default:
			continue;
		}
	}
	/* m is minutes beside h or s, else a month. */
	if (month && !time)
		date = 1;
	return date && time ? PC_DATETIME : date ? PC_DATE :
	    time ? PC_TIME : PC_NOTDATE;
}

enum pc_datekind
pc_format_kind(int id, const char *code)
{
	if (code != NULL)
		return code_kind(code);
	if (id >= 14 && id <= 17)
		return PC_DATE;
	if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
		return PC_TIME;
	if (id == 22)
		return PC_DATETIME;
	/* 27-36 and 50-58 are dates in the East Asian editions. */
	if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
		return PC_DATE;
	return PC_NOTDATE;
}

/* Days since 1970-01-01 as a civil date (H. Hinnant's algorithm,
 * proleptic Gregorian). */
static void
civil(long z, long *y, int *m, int *d)
{
	long era, yoe, doe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

size_t
pc_serial_date(double serial, int date1904, enum pc_datekind k,
    char *out, size_t size)
{
	long long secs;
	long days, y;
	int m, d, n;

	/* 9999-12-31 is the last day either system shows. */
	if (!(serial >= 0 && serial < 2958466) || size < 24)
		return 0;
	secs = llround(serial * 86400.0);
	days = (long)(secs / 86400);
	secs %= 86400;
	if (k == PC_TIME)
		return (size_t)snprintf(out, size, "%02d:%02d:%02d",
		    (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
	if (date1904)
		civil(days - 24107, &y, &m, &d);
	else if (days == 60) {
		/* The day Lotus 1-2-3 had and Excel keeps. */
		y = 1900, m = 2, d = 29;
	} else if (days >= 1)
		civil(days - (days < 60 ? 25568 : 25569), &y, &m, &d);
	else
		return 0;
	n = snprintf(out, size, "%04ld-%02d-%02d", y, m, d);
	if (k == PC_DATETIME)
		n += snprintf(out + n, size - (size_t)n, "T%02d:%02d:%02d",
		    (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
	return (size_t)n;
}
