/*
 * test_writer.c - the writer (lib/output.c, outfield.c, quote.c):
 * minimal quoting, LF line ends, NA for NaN and infinities, header
 * cells with and without --plain, each type of value, -o FILE through
 * a temporary file, and --excel-safe on every path a field takes
 * (lt_out_field, lt_out_plain, lt_text, pass-through runs).
 * Each test writes a file in a fresh temporary folder and reads it
 * back.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "internal.h"

static char dir[64];
static char path[128];

static void
setup(void)
{
	strcpy(dir, "/tmp/litu-writer-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/out.csv", dir);
}

static void
teardown(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[512];

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

/* The whole file at p, NUL-terminated; NULL when it does not exist. */
static char *
slurp(const char *p, size_t *len)
{
	FILE *fp = fopen(p, "rb");
	char *s;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	s = malloc((size_t)n + 1);
	cr_assert_not_null(s);
	cr_assert_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
	s[n] = '\0';
	fclose(fp);
	if (len)
		*len = (size_t)n;
	return s;
}

/* Files in the folder, for the -o tests. */
static int
files_in_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	cr_assert_not_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* Compare texts; the message shows LF as '/': prove's TAP parser stops
 * at a failure message that spans lines. */
static void
expect_text(const char *got, const char *want)
{
	char *g = strdup(got ? got : "(no file)"), *w = strdup(want), *p;

	cr_assert(g != NULL && w != NULL);
	for (p = g; *p != '\0'; p++)
		if (*p == '\n')
			*p = '/';
	for (p = w; *p != '\0'; p++)
		if (*p == '\n')
			*p = '/';
	cr_expect(got != NULL && strcmp(got, want) == 0, "got \"%s\" want "
	    "\"%s\"", g, w);
	free(g);
	free(w);
}

static const struct {
	const char *in;
	size_t len;
	const char *want;
} field_cases[] = {
#define F(s, w) { s, sizeof(s) - 1, w }
	F("abc", "abc"),
	F("", ""),
	F(" a b ", " a b "),
	F("\t", "\t"),
	F("a,b", "\"a,b\""),
	F(",", "\",\""),
	F("a\"b", "\"a\"\"b\""),
	F("\"", "\"\"\"\""),
	F("\"\"", "\"\"\"\"\"\""),
	F("a\nb", "\"a\nb\""),
	F("a\rb", "\"a\rb\""),
	F("a\r\nb", "\"a\r\nb\""),
	F("\xe6\xad\xa6\xe8\xbf\x9b", "\xe6\xad\xa6\xe8\xbf\x9b"),
	F("Qian'an", "Qian'an"),
	F("a;b|c\\d", "a;b|c\\d"),
	F("=1+2", "=1+2"),
#undef F
};

/* Each field alone on a row: only , " CR LF force quotes. */
Test(writer, minimal_quoting, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	char want[1024] = "";
	size_t i, n = sizeof(field_cases) / sizeof(field_cases[0]);
	char *got;

	for (i = 0; i < n; i++) {
		lt_out_field(o, field_cases[i].in, field_cases[i].len);
		lt_out_endrow(o);
		strcat(want, field_cases[i].want);
		strcat(want, "\n");
	}
	lt_out_close(o);
	got = slurp(path, NULL);
	cr_assert_not_null(got);
	expect_text(got, want);
	free(got);
}

/* Every byte that is not , " CR LF passes unquoted. */
Test(writer, no_quotes_for_other_bytes, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	char all[256], want[300];
	size_t n = 0, len;
	int c;
	char *got;

	for (c = 1; c < 256; c++)
		if (c != ',' && c != '"' && c != '\r' && c != '\n')
			all[n++] = (char)c;
	lt_out_field(o, all, n);
	lt_out_endrow(o);
	lt_out_close(o);
	memcpy(want, all, n);
	want[n] = '\n';
	got = slurp(path, &len);
	cr_assert_eq(len, n + 1);
	cr_expect(memcmp(got, want, n + 1) == 0);
	free(got);
}

Test(writer, rows_and_separators, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	char *got;

	lt_out_cstr(o, "a");
	lt_out_na(o);
	lt_out_cstr(o, "b,c");
	lt_out_endrow(o);
	lt_out_na(o);
	lt_out_na(o);
	lt_out_endrow(o);
	lt_out_int(o, -7);
	lt_out_num(o, 0.1);
	lt_out_endrow(o);
	lt_out_endrow(o);	/* an empty row: a lone LF */
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, "a,,\"b,c\"\n,\n-7,0.1\n\n");
	free(got);
}

Test(writer, num_and_int, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	char *got;

	lt_out_num(o, NAN);
	lt_out_num(o, INFINITY);
	lt_out_num(o, -INFINITY);
	lt_out_num(o, 1.0 / 3.0);
	lt_out_num(o, -0.0);
	lt_out_num(o, 1e21);
	lt_out_num(o, 0.0 / 0.0 * 0);
	lt_out_endrow(o);
	lt_out_int(o, INT64_MIN);
	lt_out_int(o, INT64_MAX);
	lt_out_int(o, 0);
	lt_out_endrow(o);
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, ",,,0.3333333333333333,0,1e+21,\n"
	    "-9223372036854775808,9223372036854775807,0\n");
	free(got);
}

Test(writer, values, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	struct lt_value v[12];
	size_t i, n = 0;
	char *got;

	v[n++] = lt_int(1987);
	v[n++] = lt_int(-5);
	v[n++] = lt_num(0.495);
	v[n++] = lt_num(NAN);
	v[n++] = lt_bool(1);
	v[n++] = lt_bool(0);
	v[n++] = lt_str("Wujin, \"the\" county",
	    strlen("Wujin, \"the\" county"));
	v[n++] = lt_str("", 0);
	v[n++] = lt_na();
	v[n] = lt_str("320412", 6);
	v[n++].type = LT_CODE;
	v[n] = lt_int(3);
	v[n++].na = 1;			/* NA of any type is empty */
	v[n] = lt_bool(1);
	v[n++].na = 1;
	for (i = 0; i < n; i++)
		lt_out_value(o, &v[i]);
	lt_out_endrow(o);
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, "1987,-5,0.495,,true,false,"
	    "\"Wujin, \"\"the\"\" county\",,,320412,,\n");
	free(got);
}

/* Values parsed from text are written back as the same text, when the
 * text is in the shortest form. */
Test(writer, parsed_values_round_trip, .init = setup, .fini = teardown)
{
	static const struct {
		enum lt_type t;
		const char *s;
	} c[] = {
		{ LT_INT, "-42" }, { LT_NUM, "0.1" }, { LT_NUM, "3.21" },
		{ LT_NUM, "1763" }, { LT_BOOL, "true" }, { LT_CODE, "3204" },
		{ LT_STR, "a b" }, { LT_NUM, "" }, { LT_INT, "" },
	};
	struct lt_out *o = lt_out_open_path(path);
	char want[256] = "", *got;
	size_t i, n = sizeof(c) / sizeof(c[0]);

	for (i = 0; i < n; i++) {
		struct lt_value v;

		lt_parse_value(c[i].t, c[i].s, strlen(c[i].s), &v);
		lt_out_value(o, &v);
		if (i > 0)
			strcat(want, ",");
		strcat(want, c[i].s);
	}
	lt_out_endrow(o);
	strcat(want, "\n");
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, want);
	free(got);
}

/* lt_out_open_path (the rejects file) writes plain header cells. */
Test(writer, column_path_is_plain, .init = setup, .fini = teardown)
{
	struct lt_out *o = lt_out_open_path(path);
	char *got;

	lt_out_column(o, "_line", LT_INT);
	lt_out_column(o, "_error", LT_STR);
	lt_out_endrow(o);
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, "_line,_error\n");
	free(got);
}

static void
write_header(int plain, const char *name, enum lt_type t, const char *want)
{
	struct lt_cli cli;
	struct lt_out *o;
	char *got;

	lt_cli_init(&cli, "", "");
	cli.plain = plain;
	cli.out_path = path;
	o = lt_out_open(&cli);
	lt_out_column(o, name, t);
	lt_out_endrow(o);
	lt_out_close(o);
	got = slurp(path, NULL);
	cr_assert_not_null(got);
	/* The message names lengths only: a long name would flood it. */
	cr_expect(strcmp(got, want) == 0, "plain %d, a name of %zu bytes -- "
	    "%zu bytes written, want %zu", plain, strlen(name), strlen(got),
	    strlen(want));
	free(got);
	unlink(path);
}

Test(writer, column, .init = setup, .fini = teardown)
{
	write_header(0, "age", LT_INT, "age:int\n");
	write_header(0, "area_km2", LT_NUM, "area_km2:num\n");
	write_header(0, "commute_ok", LT_BOOL, "commute_ok:bool\n");
	write_header(0, "code", LT_CODE, "code:code\n");
	write_header(0, "name", LT_STR, "name\n");
	write_header(0, "a,b", LT_INT, "\"a,b:int\"\n");
	write_header(1, "age", LT_INT, "age\n");
	write_header(1, "code", LT_CODE, "code\n");
	write_header(1, "name", LT_STR, "name\n");
}

/* A long name keeps all its bytes, typed or not. */
Test(writer, column_long_name, .init = setup, .fini = teardown)
{
	char name[400], want[420];

	memset(name, 'x', 300);
	name[300] = '\0';
	snprintf(want, sizeof(want), "%s:int\n", name);
	write_header(0, name, LT_INT, want);
	snprintf(want, sizeof(want), "%s\n", name);
	write_header(1, name, LT_INT, want);
}

Test(writer, header, .init = setup, .fini = teardown)
{
	struct lt_column col[] = {
		{ "code", LT_CODE }, { "name", LT_STR }, { "villages", LT_INT },
	};
	struct lt_header h = { col, 3 };
	struct lt_cli cli;
	struct lt_out *o;
	char *got;

	lt_cli_init(&cli, "", "");
	cli.out_path = path;
	o = lt_out_open(&cli);
	lt_out_header(o, &h);
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, "code:code,name,villages:int\n");
	free(got);
}

/* -o FILE: nothing at FILE until the close, a temporary beside it. */
Test(writer, output_file_atomic, .init = setup, .fini = teardown)
{
	struct lt_cli cli;
	struct lt_out *o;
	size_t i;
	char *got;

	lt_cli_init(&cli, "", "");
	cli.out_path = path;
	o = lt_out_open(&cli);
	for (i = 0; i < 100000; i++) {
		lt_out_int(o, (int64_t)i);
		lt_out_endrow(o);
	}
	cr_expect_eq(access(path, F_OK), -1, "%s exists before the close",
	    path);
	cr_expect_eq(files_in_dir(), 1, "no temporary file beside it");
	lt_out_close(o);
	cr_expect_eq(files_in_dir(), 1, "the temporary file is left");
	got = slurp(path, NULL);
	cr_assert_not_null(got);
	cr_expect(strncmp(got, "0\n1\n2\n", 6) == 0);
	cr_expect_eq(strlen(got), 588890, "bytes of 0..99999, one a line");
	free(got);
}

/* A field bigger than the buffer, quoted, and raw bytes. */
Test(writer, big_field_and_bytes, .init = setup, .fini = teardown)
{
	size_t n = 1000000, len;
	char *s = malloc(n), *got;
	struct lt_out *o = lt_out_open_path(path);

	cr_assert_not_null(s);
	memset(s, 'y', n);
	s[n / 2] = '"';
	lt_out_cstr(o, "x");
	lt_out_field(o, s, n);
	lt_out_endrow(o);
	lt_out_bytes(o, "raw,\"bytes\"\n", 12);
	lt_out_close(o);
	got = slurp(path, &len);
	cr_assert_eq(len, 2 + 1 + n + 1 + 1 + 1 + 12);
	cr_expect(memcmp(got, "x,\"yyy", 6) == 0);
	cr_expect(memcmp(got + 3 + n / 2, "\"\"", 2) == 0);
	cr_expect(memcmp(got + len - 14, "\"\nraw,\"bytes\"\n", 14) == 0);
	free(got);
	free(s);
}

/* lt_text: fields made CSV once, written with a separator before them,
 * quoted, and protected with --excel-safe as lt_out_field does. */
Test(writer, text, .init = setup, .fini = teardown)
{
	struct lt_cli cli;
	struct lt_out *o;
	struct lt_text *t, *e;
	struct lt_value v = lt_int(1987);
	char *got;
	int safe;

	for (safe = 0; safe <= 1; safe++) {
		lt_cli_init(&cli, "", "");
		cli.out_path = path;
		cli.excel_safe = safe;
		o = lt_out_open(&cli);
		t = lt_text_new(o);
		e = lt_text_new(o);
		lt_text_field(t, "=1+2", 4);
		lt_text_field(t, "a,b", 3);
		lt_text_value(t, &v);
		lt_text_field(t, "-5", 2);
		lt_text_field(t, "@x,\"y\"", 6);
		lt_out_cstr(o, "a");
		lt_out_text(o, t);
		lt_out_text(o, e);
		lt_out_cstr(o, "d");
		lt_out_endrow(o);
		lt_out_text(o, t);
		lt_out_endrow(o);
		lt_text_clear(t);
		v = lt_na();
		lt_text_value(t, &v);
		lt_text_field(t, "+x", 2);
		lt_out_text(o, t);
		lt_out_endrow(o);
		lt_text_free(t);
		lt_text_free(e);
		lt_out_close(o);
		got = slurp(path, NULL);
		expect_text(got, safe ?
		    "a,'=1+2,\"a,b\",1987,-5,\"'@x,\"\"y\"\"\",d\n"
		    "'=1+2,\"a,b\",1987,-5,\"'@x,\"\"y\"\"\"\n"
		    ",'+x\n" :
		    "a,=1+2,\"a,b\",1987,-5,\"@x,\"\"y\"\"\",d\n"
		    "=1+2,\"a,b\",1987,-5,\"@x,\"\"y\"\"\"\n"
		    ",+x\n");
		free(got);
		v = lt_int(1987);
	}
}

/* lt_out_plain with --excel-safe: a number stays, a formula does not. */
Test(writer, plain_excel_safe, .init = setup, .fini = teardown)
{
	struct lt_cli cli;
	struct lt_out *o;
	char *got;

	lt_cli_init(&cli, "", "");
	cli.out_path = path;
	cli.excel_safe = 1;
	o = lt_out_open(&cli);
	lt_out_plain(o, "-5", 2);
	lt_out_plain(o, "-x", 2);
	lt_out_plain(o, "110101", 6);
	lt_out_endrow(o);
	lt_out_close(o);
	got = slurp(path, NULL);
	expect_text(got, "-5,'-x,110101\n");
	free(got);
}

/* lt_out_run: a quote-free line's fields, side by side with NULs
 * between them, copied at once; with --excel-safe one by one, and
 * protected. */
Test(writer, run, .init = setup, .fini = teardown)
{
	char line[] = "=1+2\0-5\0x";
	struct lt_field f[3] = { { line, 4 }, { line + 5, 2 }, { line + 8, 1 } };
	struct lt_cli cli;
	struct lt_out *o;
	char *got;
	int safe;

	for (safe = 0; safe <= 1; safe++) {
		lt_cli_init(&cli, "", "");
		cli.out_path = path;
		cli.excel_safe = safe;
		o = lt_out_open(&cli);
		lt_out_cstr(o, "a");
		lt_out_run(o, f, 3, 1);
		lt_out_endrow(o);
		lt_out_run(o, f, 2, 0);
		lt_out_endrow(o);
		lt_out_close(o);
		got = slurp(path, NULL);
		expect_text(got, safe ? "a,'=1+2,-5,x\n'=1+2,-5\n" :
		    "a,=1+2,-5,x\n=1+2,-5\n");
		free(got);
	}
}
