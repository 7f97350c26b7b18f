/*
 * fuzz_values - libFuzzer harness for lib/value.c: every parser on any
 * bytes (no crash, a verdict), and for every number that parses, the
 * shortest form written must read back to the same double, agree with
 * the printf reference, and exact millionths must print and read back
 * to themselves.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char buf[LT_NUMBUF], ref[LT_NUMBUF], mbuf[64];
	int64_t i;
	double d, back;
	int b;
	lt_micro m, m2;
	size_t bad;

	(void)lt_parse_int(s, size, &i);
	(void)lt_parse_bool(s, size, &b);
	(void)lt_parse_code(s, size);
	(void)lt_utf8_valid(s, size, &bad);
	if (lt_parse_num(s, size, &d) == LT_OK && isfinite(d)) {
		size_t n = lt_fmt_num(buf, d);

		lt_fmt_num_printf(ref, d);
		if (lt_parse_num(buf, n, &back) != LT_OK || back != d ||
		    strcmp(buf, ref) != 0)
			abort();
	}
	if (size >= 8) {
		/* The bytes as a double, for values no text would give. */
		memcpy(&d, data, 8);
		if (isfinite(d)) {
			size_t n = lt_fmt_num(buf, d);

			lt_fmt_num_printf(ref, d);
			if (lt_parse_num(buf, n, &back) != LT_OK ||
			    back != d || strcmp(buf, ref) != 0)
				abort();
		}
	}
	if (lt_parse_micro(s, size, &m) == LT_OK) {
		size_t n = lt_fmt_micro(mbuf, m);

		if (lt_parse_micro(mbuf, n, &m2) != LT_OK || m2 != m)
			abort();
	}
	return 0;
}
