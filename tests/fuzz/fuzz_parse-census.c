/*
 * fuzz_parse-census - libFuzzer harness for parse-census's handling of
 * what precedes and labels a table: meta and unit lines, labels with
 * units and marks, names, codes, years, and numbers with scaling.  Any
 * bytes must get a verdict without a crash; a number it accepts must be
 * a num the lib reads back, and scaling by 10^k then 10^-k must give
 * the same digits.  The input split at newlines and commas is also a
 * header of several rows to join (headrows.c).
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "headrows.h"
#include "labels.h"
#include "values.h"

static int
known(const char *s, size_t len, void *arg)
{
	struct pc_label l;
	struct pc_target t;

	(void)arg;
	pc_label_clean(s, len, &l);
	return pc_label_lookup(&l, NULL, &t);
}

/* The input as a header of at most 3 rows of 4 cells, joined (short
 * inputs only: each sub-label tries every ending of its head). */
static void
join_rows(const char *s, size_t size)
{
	enum { ROWS = 3, COLS = 4 };
	const char *cells[ROWS * COLS];
	char *copy = malloc(size + 1), *labels[COLS];
	size_t r = 0, i = 0, k, start = 0;

	memcpy(copy, s, size);
	copy[size] = '\0';
	memset(cells, 0, sizeof(cells));
	for (k = 0; k <= size && r < ROWS; k++) {
		if (k < size && copy[k] != ',' && copy[k] != '\n' &&
		    copy[k] != '\0')
			continue;
		if (i < COLS)
			cells[r * COLS + i++] = copy + start;
		if (k < size && copy[k] == '\n') {
			r++;
			i = 0;
		}
		if (k < size)
			copy[k] = '\0';
		start = k + 1;
	}
	pc_hr_join(cells, ROWS, COLS, labels, known, NULL);
	for (i = 0; i < COLS; i++)
		free(labels[i]);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *val, *p;
	const struct pc_unit *units[PC_NDIMS];
	struct pc_label label;
	struct pc_scale up = { 4, 1 }, none = { 0, 1 };
	enum pc_missing why;
	int ascii, range[2];
	char out[PC_NUMBUF], snake[256], *name = malloc(size + 1);
	char code[64];
	size_t vlen, outlen, len, whole, bad;
	double d;

	(void)pc_meta_line(s, size, &val, &vlen);
	(void)pc_unit_line(s, size, units);
	pc_label_clean(s, size, &label);
	(void)pc_snake(s, size, snake, sizeof(snake));
	(void)pc_name(s, size, name);
	(void)pc_code(s, size, code, sizeof(code));
	(void)pc_year(s, size);
	(void)pc_title_year(s, size, range);
	(void)pc_missing_mark(s, size);
	(void)lt_enc_detect(s, size, 1, &ascii);
	(void)lt_utf8_check(s, size, &whole, &bad);
	(void)lt_guess_delim(s, size);
	p = s;
	len = size;
	pc_trim(&p, &len);
	pc_strip_marks(p, &len);
	if (pc_number(s, size, none, 0, out, &outlen, &why) == PC_V_OK &&
	    outlen > 0) {
		char back[PC_NUMBUF];
		size_t backlen;

		if (lt_parse_num(out, outlen, &d) != LT_OK)
			abort();
		/* 10^4 up then the plain value: the same digits scaled. */
		if (pc_number(s, size, up, 0, back, &backlen, &why) ==
		    PC_V_OK && lt_parse_num(back, backlen, &d) != LT_OK)
			abort();
	}
	if (size <= 160)
		join_rows(s, size);
	free(name);
	return 0;
}
