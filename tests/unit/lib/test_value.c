/*
 * test_value.c - typed values (lib/value.c): int, num, bool and code
 * parsing with exact verdicts, the shortest num output, exact decimal
 * sums in millionths, and the UTF-8 check.  Expected values are worked
 * out by hand; the random tests check properties against strtod and
 * printf.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "internal.h"

static const char *const status_names[] = {
	"LT_OK", "LT_NA", "LT_EBAD", "LT_ERANGE"
};

static uint64_t rng = 0x243f6a8885a308d3ULL;

static uint64_t
next_rand(void)
{
	/* xorshift64* */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dULL;
}

/* int */

static const struct {
	const char *in;
	enum lt_status st;
	int64_t want;
} int_cases[] = {
	{ "0", LT_OK, 0 },
	{ "7", LT_OK, 7 },
	{ "-7", LT_OK, -7 },
	{ "+5", LT_OK, 5 },
	{ "-0", LT_OK, 0 },
	{ "007", LT_OK, 7 },
	{ "1987", LT_OK, 1987 },
	{ "9223372036854775807", LT_OK, INT64_MAX },
	{ "-9223372036854775808", LT_OK, INT64_MIN },
	{ "+9223372036854775807", LT_OK, INT64_MAX },
	{ "00000000000000000000009223372036854775807", LT_OK, INT64_MAX },
	{ "9223372036854775808", LT_ERANGE, 0 },
	{ "-9223372036854775809", LT_ERANGE, 0 },
	{ "9223372036854775810", LT_ERANGE, 0 },
	{ "18446744073709551616", LT_ERANGE, 0 },
	{ "-18446744073709551617", LT_ERANGE, 0 },
	{ "99999999999999999999999999999", LT_ERANGE, 0 },
	{ "", LT_NA, 0 },
	{ " 1", LT_EBAD, 0 },
	{ "1 ", LT_EBAD, 0 },
	{ "1.0", LT_EBAD, 0 },
	{ "12x", LT_EBAD, 0 },
	{ "x12", LT_EBAD, 0 },
	{ "-", LT_EBAD, 0 },
	{ "+", LT_EBAD, 0 },
	{ "--1", LT_EBAD, 0 },
	{ "+-1", LT_EBAD, 0 },
	{ "1e3", LT_EBAD, 0 },
	{ "0x10", LT_EBAD, 0 },
	{ "1,000", LT_EBAD, 0 },
	{ "99999999999999999999x", LT_EBAD, 0 },
	{ "\xef\xbc\x91", LT_EBAD, 0 },	/* a fullwidth digit one */
};

Test(value, parse_int)
{
	size_t i;

	for (i = 0; i < sizeof(int_cases) / sizeof(int_cases[0]); i++) {
		int64_t got = 12345;
		enum lt_status st = lt_parse_int(int_cases[i].in,
		    strlen(int_cases[i].in), &got);

		cr_expect_eq(st, int_cases[i].st, "\"%s\" -- %s, want %s",
		    int_cases[i].in, status_names[st],
		    status_names[int_cases[i].st]);
		if (st == LT_OK && int_cases[i].st == LT_OK)
			cr_expect_eq(got, int_cases[i].want,
			    "\"%s\" -- %lld, want %lld", int_cases[i].in,
			    (long long)got, (long long)int_cases[i].want);
	}
}

/* The length counts: the bytes after it are not read. */
Test(value, parse_int_counted)
{
	int64_t got = 0;

	cr_expect_eq(lt_parse_int("12x", 2, &got), LT_OK);
	cr_expect_eq(got, 12);
	cr_expect_eq(lt_parse_int("5", 0, &got), LT_NA);
}

/* num */

static const struct {
	const char *in;
	enum lt_status st;
	double want;
} num_cases[] = {
	{ "0", LT_OK, 0.0 },
	{ "1", LT_OK, 1.0 },
	{ "-1", LT_OK, -1.0 },
	{ "+1", LT_OK, 1.0 },
	{ "0.1", LT_OK, 0.1 },
	{ "3.21", LT_OK, 3.21 },
	{ "-3.21", LT_OK, -3.21 },
	{ "1763", LT_OK, 1763.0 },
	{ "0.495", LT_OK, 0.495 },
	{ ".5", LT_OK, 0.5 },
	{ "5.", LT_OK, 5.0 },
	{ "-.5", LT_OK, -0.5 },
	{ "1e3", LT_OK, 1000.0 },
	{ "1E3", LT_OK, 1000.0 },
	{ "1e+3", LT_OK, 1000.0 },
	{ "2.5e-3", LT_OK, 0.0025 },
	{ "3.21e4", LT_OK, 32100.0 },
	{ "1e22", LT_OK, 1e22 },
	{ "1e23", LT_OK, 1e23 },
	{ "1e-22", LT_OK, 1e-22 },
	{ "1e-23", LT_OK, 1e-23 },
	{ "123456789012345678", LT_OK, 123456789012345678.0 },
	{ "0.30000000000000004", LT_OK, 0.30000000000000004 },
	{ "9007199254740993", LT_OK, 9007199254740992.0 },
	{ "1.7976931348623157e308", LT_OK, DBL_MAX },
	{ "2.2250738585072014e-308", LT_OK, DBL_MIN },
	{ "5e-324", LT_OK, 5e-324 },
	{ "1e-400", LT_OK, 0.0 },
	{ "000000000000000000000000001.5", LT_OK, 1.5 },
	{ "0.000000000000000000000000015", LT_OK, 1.5e-26 },
	{ "1e400", LT_ERANGE, 0 },
	{ "-1e400", LT_ERANGE, 0 },
	{ "1e99999999999999999999", LT_ERANGE, 0 },
	{ "", LT_NA, 0 },
	{ "-", LT_EBAD, 0 },
	{ "+", LT_EBAD, 0 },
	{ ".", LT_EBAD, 0 },
	{ "-.", LT_EBAD, 0 },
	{ "e5", LT_EBAD, 0 },
	{ ".e5", LT_EBAD, 0 },
	{ "1e", LT_EBAD, 0 },
	{ "1e+", LT_EBAD, 0 },
	{ "1e5.0", LT_EBAD, 0 },
	{ "1.2.3", LT_EBAD, 0 },
	{ "inf", LT_EBAD, 0 },
	{ "-inf", LT_EBAD, 0 },
	{ "infinity", LT_EBAD, 0 },
	{ "nan", LT_EBAD, 0 },
	{ "NaN", LT_EBAD, 0 },
	{ "0x10", LT_EBAD, 0 },
	{ " 1", LT_EBAD, 0 },
	{ "1 ", LT_EBAD, 0 },
	{ "1 000", LT_EBAD, 0 },
	{ "1,5", LT_EBAD, 0 },
	{ "12x", LT_EBAD, 0 },
	{ "--1", LT_EBAD, 0 },
	{ "1d", LT_EBAD, 0 },
};

static int
same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

Test(value, parse_num)
{
	size_t i;

	for (i = 0; i < sizeof(num_cases) / sizeof(num_cases[0]); i++) {
		double got = -12345;
		enum lt_status st = lt_parse_num(num_cases[i].in,
		    strlen(num_cases[i].in), &got);

		cr_expect_eq(st, num_cases[i].st, "\"%s\" -- %s, want %s",
		    num_cases[i].in, status_names[st],
		    status_names[num_cases[i].st]);
		if (st == LT_OK && num_cases[i].st == LT_OK)
			cr_expect(same_double(got, num_cases[i].want),
			    "\"%s\" -- %.17g, want %.17g", num_cases[i].in, got,
			    num_cases[i].want);
	}
}

Test(value, parse_num_signed_zero)
{
	double d = 1;

	cr_assert_eq(lt_parse_num("-0", 2, &d), LT_OK);
	cr_expect(d == 0);
	cr_assert_eq(lt_parse_num("0.000", 5, &d), LT_OK);
	cr_expect(d == 0 && !signbit(d));
}

/* A random decimal, in the shapes a yearbook or census has. */
static size_t
random_decimal(char *buf)
{
	size_t n = 0, i, k;

	if (next_rand() % 4 == 0)
		buf[n++] = '-';
	k = 1 + next_rand() % 20;
	for (i = 0; i < k; i++)
		buf[n++] = (char)('0' + next_rand() % 10);
	if (next_rand() % 4 != 0) {
		buf[n++] = '.';
		k = next_rand() % 22;
		for (i = 0; i < k; i++)
			buf[n++] = (char)('0' + next_rand() % 10);
	}
	if (next_rand() % 3 == 0) {
		int e = (int)(next_rand() % 80) - 40;

		n += (size_t)sprintf(buf + n, "e%d", e);
	}
	buf[n] = '\0';
	return n;
}

/* lt_parse_num is exact: the same double as strtod, bit for bit. */
Test(value, parse_num_matches_strtod)
{
	char buf[96];
	int k;

	for (k = 0; k < 20000; k++) {
		size_t n = random_decimal(buf);
		double got, want = strtod(buf, NULL);

		cr_assert_eq(lt_parse_num(buf, n, &got), LT_OK, "\"%s\"", buf);
		cr_expect(same_double(got, want) || (got == 0 && want == 0),
		    "\"%s\" -- %.17g, strtod %.17g", buf, got, want);
	}
}

/* Short decimals with few digits, all of which take the fast path. */
Test(value, parse_num_short_decimals)
{
	char buf[64];
	int k;

	for (k = 0; k < 20000; k++) {
		int frac = (int)(next_rand() % 9), i;
		size_t n;
		double got, want;

		n = (size_t)snprintf(buf, sizeof(buf), "%s%lu",
		    next_rand() % 3 == 0 ? "-" : "",
		    (unsigned long)(next_rand() % 10000000));
		if (frac > 0)
			buf[n++] = '.';
		for (i = 0; i < frac; i++)
			buf[n++] = (char)('0' + next_rand() % 10);
		buf[n] = '\0';
		want = strtod(buf, NULL);
		cr_assert_eq(lt_parse_num(buf, strlen(buf), &got), LT_OK,
		    "\"%s\"", buf);
		cr_expect(same_double(got, want), "\"%s\" -- %.17g, strtod "
		    "%.17g", buf, got, want);
	}
}

/* bool and code */

static const struct {
	const char *in;
	enum lt_status st;
	int want;
} bool_cases[] = {
	{ "true", LT_OK, 1 },
	{ "false", LT_OK, 0 },
	{ "", LT_NA, 0 },
	{ "TRUE", LT_EBAD, 0 },
	{ "True", LT_EBAD, 0 },
	{ "1", LT_EBAD, 0 },
	{ "0", LT_EBAD, 0 },
	{ "yes", LT_EBAD, 0 },
	{ "t", LT_EBAD, 0 },
	{ " true", LT_EBAD, 0 },
	{ "true ", LT_EBAD, 0 },
	{ "truex", LT_EBAD, 0 },
	{ "fals", LT_EBAD, 0 },
};

Test(value, parse_bool)
{
	size_t i;

	for (i = 0; i < sizeof(bool_cases) / sizeof(bool_cases[0]); i++) {
		int got = -1;
		enum lt_status st = lt_parse_bool(bool_cases[i].in,
		    strlen(bool_cases[i].in), &got);

		cr_expect_eq(st, bool_cases[i].st, "\"%s\" -- %s, want %s",
		    bool_cases[i].in, status_names[st],
		    status_names[bool_cases[i].st]);
		if (st == LT_OK)
			cr_expect_eq(got, bool_cases[i].want, "\"%s\"",
			    bool_cases[i].in);
	}
}

static const struct {
	const char *in;
	enum lt_status st;
} code_cases[] = {
	{ "32", LT_OK },
	{ "3204", LT_OK },
	{ "320412", LT_OK },
	{ "320412100", LT_OK },
	{ "320412100200", LT_OK },
	{ "000000", LT_OK },
	{ "", LT_NA },
	{ "3", LT_EBAD },
	{ "320", LT_EBAD },
	{ "32041", LT_EBAD },
	{ "3204121", LT_EBAD },
	{ "32041210", LT_EBAD },
	{ "3204121002", LT_EBAD },
	{ "32041210020", LT_EBAD },
	{ "3204121002001", LT_EBAD },
	{ "32041a", LT_EBAD },
	{ "ab", LT_EBAD },
	{ "-32041", LT_EBAD },
	{ "+32041", LT_EBAD },
	{ " 32041", LT_EBAD },
	{ "3204 ", LT_EBAD },
	{ "32.0", LT_EBAD },
};

Test(value, parse_code)
{
	size_t i;

	for (i = 0; i < sizeof(code_cases) / sizeof(code_cases[0]); i++) {
		enum lt_status st = lt_parse_code(code_cases[i].in,
		    strlen(code_cases[i].in));

		cr_expect_eq(st, code_cases[i].st, "\"%s\" -- %s, want %s",
		    code_cases[i].in, status_names[st],
		    status_names[code_cases[i].st]);
	}
}

Test(value, parse_value)
{
	struct lt_value v;

	cr_expect_eq(lt_parse_value(LT_INT, "42", 2, &v), LT_OK);
	cr_expect(v.type == LT_INT && !v.na && v.u.i == 42);
	cr_expect_eq(lt_parse_value(LT_INT, "", 0, &v), LT_NA);
	cr_expect(v.na);
	cr_expect_eq(lt_parse_value(LT_NUM, "0.1", 3, &v), LT_OK);
	cr_expect(v.type == LT_NUM && !v.na && v.u.d == 0.1);
	cr_expect_eq(lt_parse_value(LT_BOOL, "false", 5, &v), LT_OK);
	cr_expect(v.type == LT_BOOL && !v.na && v.u.b == 0);
	cr_expect_eq(lt_parse_value(LT_CODE, "320412", 6, &v), LT_OK);
	cr_expect(v.type == LT_CODE && !v.na && v.u.str.len == 6);
	cr_expect_eq(lt_parse_value(LT_CODE, "3204x", 5, &v), LT_EBAD);
	cr_expect_eq(lt_parse_value(LT_CODE, "", 0, &v), LT_NA);
	cr_expect(v.na);
	cr_expect_eq(lt_parse_value(LT_STR, "a,b", 3, &v), LT_OK);
	cr_expect(v.type == LT_STR && !v.na && v.u.str.len == 3);
	cr_expect_eq(lt_parse_value(LT_STR, "", 0, &v), LT_NA);
	cr_expect(v.na);
	cr_expect_eq(lt_parse_value(LT_INT, "4x", 2, &v), LT_EBAD);
	cr_expect_eq(lt_parse_value(LT_INT, "9223372036854775808", 19, &v),
	    LT_ERANGE);
}

Test(value, type_names)
{
	static const char *const names[] = {
		"str", "int", "num", "bool", "code"
	};
	enum lt_type t;
	int i;

	for (i = 0; i < LT_NTYPES; i++) {
		cr_expect_str_eq(lt_type_name((enum lt_type)i), names[i]);
		cr_expect(lt_type_parse(names[i], strlen(names[i]), &t));
		cr_expect_eq((int)t, i);
	}
	cr_expect_not(lt_type_parse("integer", 7, &t));
	cr_expect_not(lt_type_parse("in", 2, &t));
	cr_expect_not(lt_type_parse("", 0, &t));
	cr_expect_not(lt_type_parse("INT", 3, &t));
	cr_expect_str_eq(lt_type_expect(LT_INT), "an integer");
}

/* Output of num and int */

static const struct {
	double in;
	const char *want;
} fmt_cases[] = {
	{ 0.0, "0" },
	{ -0.0, "0" },
	{ 1.0, "1" },
	{ -1.0, "-1" },
	{ 100.0, "100" },
	{ 1763.0, "1763" },
	{ 0.1, "0.1" },
	{ 0.5, "0.5" },
	{ -2.5, "-2.5" },
	{ 3.21, "3.21" },
	{ 0.3, "0.3" },
	{ 0.1 + 0.2, "0.30000000000000004" },
	{ 1.0 / 3.0, "0.3333333333333333" },
	{ 2.0 / 3.0, "0.6666666666666666" },
	{ 123456.789, "123456.789" },
	{ 0.0001, "0.0001" },
	/* printf's %g exponent form: a sign and at least two digits. */
	{ 1e-5, "1e-05" },
	{ 1e-7, "1e-07" },
	{ 1e21, "1e+21" },
	{ 1e100, "1e+100" },
	{ -1e-100, "-1e-100" },
	{ 999999999999999.0, "999999999999999" },
	/* Whole numbers below 10^17 are written as integers. */
	{ 1e15, "1000000000000000" },
	{ 1234567890123450.0, "1234567890123450" },
	{ 1e17, "1e+17" },
	{ 9007199254740992.0, "9007199254740992" },
	{ 1234567890123456.0, "1234567890123456" },
	{ 123456789012345678.0, "1.2345678901234568e+17" },
	{ DBL_MAX, "1.7976931348623157e+308" },
	{ DBL_MIN, "2.2250738585072014e-308" },
	{ 470.9585933068633, "470.9585933068633" },
	{ 0.49515745414110407, "0.49515745414110407" },
};

Test(value, fmt_num)
{
	size_t i;
	char buf[LT_NUMBUF];

	for (i = 0; i < sizeof(fmt_cases) / sizeof(fmt_cases[0]); i++) {
		size_t n = lt_fmt_num(buf, fmt_cases[i].in);

		cr_expect_str_eq(buf, fmt_cases[i].want, "%.17g -- \"%s\", "
		    "want \"%s\"", fmt_cases[i].in, buf, fmt_cases[i].want);
		cr_expect_eq(n, strlen(buf), "%.17g -- length", fmt_cases[i].in);
	}
}

/*
 * The shortest form, and never longer than %.17g: these integers of 16
 * or 17 digits have a form of 15 significant digits that %.15g writes
 * with an exponent, longer than the plain digits.
 */
Test(value, fmt_num_not_longer_than_17g)
{
	static const struct {
		double in;
		const char *want;
	} c[] = {
		{ 1234567890123450.0, "1234567890123450" },
		{ 12345678901234500.0, "12345678901234500" },
		{ 1000000000000001.0, "1000000000000001" },
	};
	char buf[LT_NUMBUF];
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		lt_fmt_num(buf, c[i].in);
		cr_expect_str_eq(buf, c[i].want, "%.17g -- \"%s\", want \"%s\"",
		    c[i].in, buf, c[i].want);
	}
}

/* Below DBL_MIN doubles have fewer digits: the shortest form of the
 * smallest subnormal is 5e-324, which reads back to it. */
Test(value, fmt_num_shortest_subnormal)
{
	char buf[LT_NUMBUF];

	cr_assert(strtod("5e-324", NULL) == 5e-324);
	lt_fmt_num(buf, 5e-324);
	cr_expect_str_eq(buf, "5e-324");
	lt_fmt_num(buf, 1e-310);
	cr_expect_str_eq(buf, "1e-310");
}

/* ~100,000 random finite doubles (random bit patterns): the text reads
 * back to the same double and is no longer than %.17g. */
Test(value, fmt_num_round_trip)
{
	char buf[LT_NUMBUF], ref[64];
	int k, n = 0, longer = 0;

	for (k = 0; k < 100000; k++) {
		uint64_t bits = next_rand();
		double d, back;

		memcpy(&d, &bits, sizeof(d));
		if (!isfinite(d))
			continue;
		n++;
		lt_fmt_num(buf, d);
		back = strtod(buf, NULL);
		cr_expect(back == d, "%.17g -- \"%s\" reads back as %.17g", d,
		    buf, back);
		snprintf(ref, sizeof(ref), "%.17g", d);
		if (strlen(buf) > strlen(ref) && longer++ < 5)
			cr_expect(0, "%.17g -- \"%s\" is longer than \"%s\"", d,
			    buf, ref);
	}
	cr_expect_leq(longer, 0, "%d of %d longer than %%.17g", longer, n);
	cr_expect_gt(n, 99000);
}

/* Doubles that are decimals of few digits, as data has them. */
Test(value, fmt_num_round_trip_decimals)
{
	char buf[LT_NUMBUF], in[96];
	int k;

	for (k = 0; k < 20000; k++) {
		size_t n = random_decimal(in);
		double d = strtod(in, NULL), back;

		(void)n;
		if (!isfinite(d))
			continue;
		lt_fmt_num(buf, d);
		back = strtod(buf, NULL);
		cr_expect(back == d, "%s -- \"%s\" reads back as %.17g", in, buf,
		    back);
	}
}

/*
 * A double as filters make them: random bits, a decimal as data has it,
 * a ratio of two counts, or a whole number (below 2^53, up to 10^17 and
 * past it).
 */
static double
random_double(int kind)
{
	char in[96];
	uint64_t bits;
	double d;

	switch (kind) {
	case 0:
		bits = next_rand();
		memcpy(&d, &bits, sizeof(d));
		return d;
	case 1:
		random_decimal(in);
		return strtod(in, NULL);
	case 2:
		return (double)(next_rand() % 1000000) /
		    (double)(1 + next_rand() % 1000000);
	case 3:
		bits = next_rand() >> (11 + next_rand() % 50);
		return (double)(int64_t)bits;
	default:
		d = (double)(next_rand() >> 11) * pow(10, (double)(next_rand() %
		    6));
		return next_rand() % 2 ? -d : d;
	}
}

/* lt_fmt_num and the printf reference give the same text on a million
 * doubles; whole numbers below 10^17 are their digits, as %.0f has them. */
Test(value, fmt_num_matches_printf)
{
	char got[LT_NUMBUF], ref[LT_NUMBUF], whole[400];
	int k, bad = 0;

	for (k = 0; k < 1000000; k++) {
		double d = random_double(k % 5);

		if (!isfinite(d))
			continue;
		lt_fmt_num(got, d);
		lt_fmt_num_printf(ref, d);
		if (strcmp(got, ref) != 0 && bad++ < 10)
			cr_expect_str_eq(got, ref, "%.17g", d);
		if (d == floor(d) && fabs(d) < 1e17) {
			snprintf(whole, sizeof(whole), "%.0f", d == 0 ? 0 : d);
			if (strcmp(got, whole) != 0 && bad++ < 10)
				cr_expect_str_eq(got, whole, "%.17g", d);
		}
	}
	cr_expect_eq(bad, 0, "%d differ", bad);
}

Test(value, fmt_int)
{
	static const struct {
		int64_t in;
		const char *want;
	} c[] = {
		{ 0, "0" },
		{ 7, "7" },
		{ -7, "-7" },
		{ 1987, "1987" },
		{ INT64_MAX, "9223372036854775807" },
		{ INT64_MIN, "-9223372036854775808" },
		{ INT64_MIN + 1, "-9223372036854775807" },
	};
	char buf[LT_NUMBUF];
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		size_t n = lt_fmt_int(buf, c[i].in);

		cr_expect_str_eq(buf, c[i].want);
		cr_expect_eq(n, strlen(c[i].want));
	}
}

/* Exact sums in millionths */

static lt_micro
micro(long long units, long long millionths)
{
	return (lt_micro)units * 1000000 + millionths;
}

static const struct {
	const char *in;
	enum lt_status st;
	lt_micro want;
} micro_cases[] = {
	{ "0", LT_OK, 0 },
	{ "1", LT_OK, 1000000 },
	{ "-1", LT_OK, -1000000 },
	{ "1.5", LT_OK, 1500000 },
	{ "0.1", LT_OK, 100000 },
	{ "0.000001", LT_OK, 1 },
	{ "-0.000001", LT_OK, -1 },
	/* Rounded half away from zero at the 7th decimal. */
	{ "0.0000005", LT_OK, 1 },
	{ "-0.0000005", LT_OK, -1 },
	{ "0.00000049", LT_OK, 0 },
	{ "-0.00000049", LT_OK, 0 },
	{ "0.00000051", LT_OK, 1 },
	{ "0.0000004999999999", LT_OK, 0 },
	{ "0.0000015", LT_OK, 2 },
	{ "0.0000025", LT_OK, 3 },
	{ "-0.0000025", LT_OK, -3 },
	{ "2.5e-6", LT_OK, 3 },
	{ "1.23456749", LT_OK, 1234567 },
	{ "1.2345675", LT_OK, 1234568 },
	{ "3.21e4", LT_OK, 32100000000 },
	{ "3.21E+4", LT_OK, 32100000000 },
	{ "-3.21e-4", LT_OK, -321 },
	{ "1e-6", LT_OK, 1 },
	{ "1e-7", LT_OK, 0 },
	{ "5e-7", LT_OK, 1 },
	{ "1e-100", LT_OK, 0 },
	{ "5e-39", LT_OK, 0 },
	{ ".5", LT_OK, 500000 },
	{ "5.", LT_OK, 5000000 },
	{ "+2", LT_OK, 2000000 },
	{ "-0", LT_OK, 0 },
	{ "-0.0000001", LT_OK, 0 },
	{ "0001.000", LT_OK, 1000000 },
	{ "9223372036854775807", LT_OK, (lt_micro)INT64_MAX * 1000000 },
	{ "9223372036854775807.999999", LT_OK,
	    (lt_micro)INT64_MAX * 1000000 + 999999 },
	{ "1000000000000000000000000000000", LT_OK,
	    (lt_micro)1000000000000000000LL * 1000000000000000000LL },
	{ "1e30", LT_OK,
	    (lt_micro)1000000000000000000LL * 1000000000000000000LL },
	{ "1e31", LT_ERANGE, 0 },
	/* 2^120 millionths is the largest; past it out of range, with six
	 * decimals too (32 digits and .977580 were taken, the 7th decimal
	 * dropped: fuzz_values). */
	{ "1329227995784915872903807060280.344576", LT_OK,
	    (lt_micro)1 << 120 },
	{ "1329227995784915872903807060280.3445755", LT_OK,
	    (lt_micro)1 << 120 },
	{ "1329227995784915872903807060280.3445765", LT_ERANGE, 0 },
	{ "1329227995784915872903807060280.344577", LT_ERANGE, 0 },
	{ "99999999999999999999999999999999.9775806", LT_ERANGE, 0 },
	{ "99999999999999999999999999999999.977580", LT_ERANGE, 0 },
	/* Divided by 10^38: the remainder doubled no longer overflows. */
	{ "8999999999999999999999999999999999.77580e-40", LT_OK, 1 },
	{ "4999999999999999999999999999999999.99999e-40", LT_OK, 0 },
	{ "5000000000000000000000000000000000.00000e-40", LT_OK, 1 },
	{ "1e-38", LT_OK, 0 },
	{ "1e400", LT_ERANGE, 0 },
	{ "", LT_NA, 0 },
	{ "-", LT_EBAD, 0 },
	{ ".", LT_EBAD, 0 },
	{ "e5", LT_EBAD, 0 },
	{ "1e", LT_EBAD, 0 },
	{ "1x", LT_EBAD, 0 },
	{ " 1", LT_EBAD, 0 },
	{ "inf", LT_EBAD, 0 },
	{ "nan", LT_EBAD, 0 },
	{ "0x10", LT_EBAD, 0 },
};

static const char *
micro_text(char *buf, lt_micro v)
{
	lt_fmt_micro(buf, v);
	return buf;
}

Test(value, parse_micro)
{
	char got_s[64], want_s[64];
	size_t i;

	for (i = 0; i < sizeof(micro_cases) / sizeof(micro_cases[0]); i++) {
		lt_micro got = 12345;
		enum lt_status st = lt_parse_micro(micro_cases[i].in,
		    strlen(micro_cases[i].in), &got);

		cr_expect_eq(st, micro_cases[i].st, "\"%s\" -- %s, want %s",
		    micro_cases[i].in, status_names[st],
		    status_names[micro_cases[i].st]);
		if (st == LT_OK && micro_cases[i].st == LT_OK)
			cr_expect(got == micro_cases[i].want,
			    "\"%s\" -- %s, want %s (in units)",
			    micro_cases[i].in, micro_text(got_s, got),
			    micro_text(want_s, micro_cases[i].want));
	}
}

/*
 * A decimal is rounded to the nearest millionth however many digits it
 * has: 38 significant digits are still one number (0.123456|789... is
 * 0.123457).
 */
/* The seventh decimal of a long value still decides the rounding
 * (issue 20: it was dropped past 36 digits). */
Test(value, parse_micro_seventh_decimal)
{
	const char *s = "123456789012345678901234567890.1234565";
	lt_micro v, want = 0;
	const char *d;

	cr_assert_eq(lt_parse_micro(s, strlen(s), &v), LT_OK);
	for (d = "123456789012345678901234567890123457"; *d; d++)
		want = want * 10 + (*d - '0');
	cr_assert(v == want, "30 digits .1234565 rounds up to .123457");
	s = "123456789012345678901234567890.12345649999";
	cr_assert_eq(lt_parse_micro(s, strlen(s), &v), LT_OK);
	cr_assert(v == want - 1, "and .12345649999 down to .123456");
}

Test(value, parse_micro_many_digits)
{
	static const char in[] = "0.12345678901234567890123456789012345678";
	lt_micro got = 0;
	enum lt_status st = lt_parse_micro(in, strlen(in), &got);

	cr_expect_eq(st, LT_OK, "\"%s\" -- %s", in, status_names[st]);
	cr_expect(got == 123457);
}

Test(value, fmt_micro)
{
	static const struct {
		lt_micro in;
		const char *want;
	} c[] = {
		{ 0, "0" },
		{ 1, "0.000001" },
		{ -1, "-0.000001" },
		{ 10, "0.00001" },
		{ 100000, "0.1" },
		{ 1500000, "1.5" },
		{ -1500000, "-1.5" },
		{ 1000000, "1" },
		{ 32100000000, "32100" },
		{ 1234567, "1.234567" },
		{ -999999, "-0.999999" },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		size_t n = lt_fmt_micro(buf, c[i].in);

		cr_expect_str_eq(buf, c[i].want);
		cr_expect_eq(n, strlen(c[i].want));
	}
	lt_fmt_micro(buf, micro(INT64_MAX, 999999));
	cr_expect_str_eq(buf, "9223372036854775807.999999");
	lt_fmt_micro(buf, (lt_micro)1000000000000000000LL *
	    1000000000000000000LL);
	cr_expect_str_eq(buf, "1000000000000000000000000000000");
	lt_fmt_micro(buf, -(lt_micro)1000000000000000000LL *
	    1000000000000000000LL - 1);
	cr_expect_str_eq(buf, "-1000000000000000000000000000000.000001");
	cr_expect(lt_micro_to_num(1500000) == 1.5);
	cr_expect(lt_micro_to_num(100000) == 0.1);
	cr_expect(lt_micro_to_num(-1) == -0.000001);
}

/* The text of a micro value parses back to it. */
Test(value, micro_round_trip)
{
	char buf[64];
	int k;

	for (k = 0; k < 20000; k++) {
		lt_micro v = (lt_micro)(int64_t)next_rand() *
		    (lt_micro)(next_rand() % 1000000 + 1);
		lt_micro back = 0;

		lt_fmt_micro(buf, v);
		cr_assert_eq(lt_parse_micro(buf, strlen(buf), &back), LT_OK,
		    "\"%s\"", buf);
		cr_expect(back == v, "\"%s\" reads back differently", buf);
	}
}

/* Sums of the same values in any order are the same, to the byte. */
Test(value, micro_sums_any_order)
{
	static const char *const vals[] = {
		"0.1", "0.2", "0.3", "1e-7", "0.0000005", "-0.0000005",
		"3.21e4", "-1234.5678905", "0.33333333", "1e15", "-1e15",
		"0.00000049", "2.5e-6", "7",
	};
	/* By hand, in millionths: 100000 + 200000 + 300000 + 0 + 1 - 1
	 * + 32100000000 - 1234567891 + 333333 + 1e21 - 1e21 + 0 + 3
	 * + 7000000 = 30873365445, that is 30873.365445. */
	const lt_micro want = 100000 + 200000 + 300000 + 0 + 1 - 1 +
	    32100000000LL - 1234567891 + 333333 + 0 + 3 + 7000000;
	size_t n = sizeof(vals) / sizeof(vals[0]), i, order[16];
	char buf[64];
	int k;

	for (k = 0; k < 1000; k++) {
		lt_micro sum = 0;

		for (i = 0; i < n; i++)
			order[i] = i;
		for (i = n - 1; k > 0 && i > 0; i--) {
			size_t j = (size_t)(next_rand() % (i + 1)), t = order[i];

			order[i] = order[j];
			order[j] = t;
		}
		for (i = 0; i < n; i++) {
			lt_micro v;

			cr_assert_eq(lt_parse_micro(vals[order[i]],
			    strlen(vals[order[i]]), &v), LT_OK);
			sum += v;
		}
		cr_assert(sum == want, "order %d -- %s", k, micro_text(buf, sum));
	}
	cr_expect_str_eq(micro_text(buf, want), "30873.365445");
	/* Doubles are not: 0.1 + 0.2 + 0.3 != 0.3 + 0.2 + 0.1. */
	cr_expect((0.1 + 0.2) + 0.3 != (0.3 + 0.2) + 0.1);
}

/* UTF-8 */

static const struct {
	const char *name;
	const char *in;
	size_t len;
	int ok;
	size_t bad;
} utf8_cases[] = {
#define U(name, s, ok, bad) { name, s, sizeof(s) - 1, ok, bad }
	U("empty", "", 1, 0),
	U("ASCII", "village", 1, 0),
	U("long ASCII", "abcdefghijklmnopqrstuvwxyz0123456789", 1, 0),
	U("CJK", "\xe6\xad\xa6\xe8\xbf\x9b\xe5\x8e\xbf Wujin", 1, 0),
	U("CJK after 8 ASCII", "12345678\xe4\xb9\xa1", 1, 0),
	U("2 bytes", "caf\xc3\xa9", 1, 0),
	U("4 bytes", "\xf0\x9f\x98\x80", 1, 0),
	U("U+10FFFF", "\xf4\x8f\xbf\xbf", 1, 0),
	U("U+D7FF", "\xed\x9f\xbf", 1, 0),
	U("U+E000", "\xee\x80\x80", 1, 0),
	U("U+0800", "\xe0\xa0\x80", 1, 0),
	U("U+10000", "\xf0\x90\x80\x80", 1, 0),
	U("overlong 2", "a\xc0\xaf", 0, 1),
	U("overlong 2, C1", "a\xc1\xbf", 0, 1),
	U("overlong 3", "ab\xe0\x80\xaf", 0, 2),
	U("overlong 3, U+07FF", "\xe0\x9f\xbf", 0, 0),
	U("overlong 4", "\xf0\x80\x80\xaf", 0, 0),
	U("overlong 4, U+FFFF", "\xf0\x8f\xbf\xbf", 0, 0),
	U("surrogate high", "x\xed\xa0\x80", 0, 1),
	U("surrogate low", "\xed\xbf\xbf", 0, 0),
	U("above U+10FFFF", "\xf4\x90\x80\x80", 0, 0),
	U("F5 lead", "\xf5\x80\x80\x80", 0, 0),
	U("FF byte", "abc\xff", 0, 3),
	U("FE byte", "\xfe", 0, 0),
	U("lone continuation", "ab\x80", 0, 2),
	U("truncated 3 at end", "ab\xe4\xb8", 0, 2),
	U("truncated 4 at end", "\xf0\x9f\x98", 0, 0),
	U("truncated then ASCII", "\xe4\xb8x", 0, 0),
	U("lead then lead", "\xc3\xc3\xa9", 0, 0),
	U("NUL", "a\0b", 0, 1),
	U("NUL first", "\0", 0, 0),
	U("NUL after 8", "12345678\0", 0, 8),
	U("NUL in a word", "abc\0defghijk", 0, 3),
	U("bad after 16 ASCII", "0123456789abcdef\x80", 0, 16),
	U("Latin-1", "caf\xe9", 0, 3),
	U("GBK", "\xce\xe4\xbd\xf8", 0, 0),
#undef U
};

Test(value, utf8_valid)
{
	size_t i;

	for (i = 0; i < sizeof(utf8_cases) / sizeof(utf8_cases[0]); i++) {
		size_t bad = 9999;
		int ok = lt_utf8_valid(utf8_cases[i].in, utf8_cases[i].len,
		    &bad);

		cr_expect_eq(ok, utf8_cases[i].ok, "%s -- %d, want %d",
		    utf8_cases[i].name, ok, utf8_cases[i].ok);
		if (!ok && !utf8_cases[i].ok)
			cr_expect_eq(bad, utf8_cases[i].bad, "%s -- offset %zu, "
			    "want %zu", utf8_cases[i].name, bad,
			    utf8_cases[i].bad);
	}
}

/* A length short of a multi-byte character makes it truncated. */
Test(value, utf8_counted)
{
	size_t bad = 9999;

	cr_expect(lt_utf8_valid("\xe4\xb8\xad", 3, &bad));
	cr_expect_not(lt_utf8_valid("\xe4\xb8\xad", 2, &bad));
	cr_expect_eq(bad, 0);
	cr_expect(lt_utf8_valid("ab\0", 2, &bad));
}

/* Either side of 64 bits, where lt_fmt_micro changes its arithmetic. */
Test(value, fmt_micro_both_widths)
{
	static const struct {
		lt_micro v;
		const char *want;
	} cases[] = {
		{ 0, "0" },
		{ -1500000, "-1.5" },
		{ 123456789012, "123456.789012" },
		{ INT64_MAX, "9223372036854.775807" },
		{ -(lt_micro)INT64_MAX, "-9223372036854.775807" },
		{ (lt_micro)UINT64_MAX, "18446744073709.551615" },
		{ (lt_micro)UINT64_MAX + 1, "18446744073709.551616" },
		{ -((lt_micro)UINT64_MAX + 1), "-18446744073709.551616" },
		{ (lt_micro)UINT64_MAX * 1000000, "18446744073709551615" },
	};
	char buf[64];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = lt_fmt_micro(buf, cases[i].v);

		cr_expect_str_eq(buf, cases[i].want);
		cr_expect_eq(n, strlen(cases[i].want));
	}
}
