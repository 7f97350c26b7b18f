/*
 * test_reader.c - the CSV reader (lib/reader.c): records, fields and the
 * line each record starts on, from bytes pushed in with lt_csv_space,
 * lt_csv_fill and lt_csv_eof.
 *
 * Every record is turned into one line of text, "L<line>:[f1][f2]...",
 * with CR, LF, '\', '[' and ']' escaped, and a syntax error into
 * "E<line>", so a case is an input and the text it must give, worked out
 * by hand.  Each case is also fed in pieces of 1, 2, 3 and 7 bytes and
 * read with the in-place fast path turned off (libcsv alone): all must
 * give the same text.  A differential test does the same over a few
 * thousand random inputs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "internal.h"

struct text {
	char *s;
	size_t len, cap;
};

static void
put(struct text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		while (t->len + n + 1 > t->cap)
			t->cap = t->cap ? t->cap * 2 : 256;
		t->s = realloc(t->s, t->cap);
		cr_assert_not_null(t->s);
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void
put_field(struct text *t, const struct lt_field *f)
{
	size_t i;
	char esc[8];

	put(t, "[", 1);
	for (i = 0; i < f->len; i++) {
		unsigned char c = (unsigned char)f->s[i];

		if (c == '\n')
			put(t, "\\n", 2);
		else if (c == '\r')
			put(t, "\\r", 2);
		else if (c == '\\' || c == '[' || c == ']') {
			esc[0] = '\\';
			esc[1] = (char)c;
			put(t, esc, 2);
		} else if (c < 0x20 && c != '\t') {
			snprintf(esc, sizeof(esc), "\\x%02x", c);
			put(t, esc, 4);
		} else
			put(t, (const char *)&c, 1);
	}
	put(t, "]", 1);
	/* The header promises NUL-terminated fields. */
	if (f->s[f->len] != '\0')
		put(t, "!NOTNUL", 7);
}

/*
 * What a record says of itself must hold: checked means every byte is
 * ASCII and not NUL (no UTF-8 check follows); not quoted means the
 * fields lie one after the other, one delimiter apart, so that a run
 * of them can be copied at once.
 */
static void
check_flags(const struct lt_record *rec)
{
	size_t i, k;

	for (i = 0; rec->checked && i < rec->n; i++)
		for (k = 0; k < rec->f[i].len; k++)
			cr_assert(rec->f[i].s[k] > 0, "record on line %ld "
			    "checked as ASCII, but field %zu has byte %#x",
			    rec->line, i, (unsigned char)rec->f[i].s[k]);
	for (i = 0; !rec->quoted && i + 1 < rec->n; i++)
		cr_assert(rec->f[i + 1].s == rec->f[i].s + rec->f[i].len + 1,
		    "record on line %ld not quoted, but fields %zu and %zu "
		    "are not one byte apart", rec->line, i, i + 1);
}

/*
 * Read all of in (len bytes), chunk bytes at a time, through a reader
 * with the given delimiter and fast path; the records as text.
 */
static char *
read_all(const char *in, size_t len, size_t chunk, int fast,
    unsigned char delim)
{
	struct lt_csv *c = lt_csv_new(delim);
	struct lt_record *rec;
	struct text t = { NULL, 0, 0 };
	size_t off = 0, i;
	int rc, eof = 0;
	char num[48];

	lt_csv_set_fast(c, fast);
	put(&t, "", 0);
	for (;;) {
		while ((rc = lt_csv_next(c, &rec)) == 1) {
			snprintf(num, sizeof(num), "L%ld:", rec->line);
			put(&t, num, strlen(num));
			for (i = 0; i < rec->n; i++)
				put_field(&t, &rec->f[i]);
			put(&t, "\n", 1);
			check_flags(rec);
		}
		if (rc < 0) {
			long line = -99;
			const char *msg = lt_csv_error(c, &line, NULL);

			snprintf(num, sizeof(num), "E%ld", line);
			put(&t, num, strlen(num));
			if (msg == NULL || *msg == '\0')
				put(&t, "!NOMSG", 6);
			break;
		}
		if (off == len) {
			if (eof)
				break;
			lt_csv_eof(c);
			eof = 1;
			continue;
		}
		{
			size_t n = len - off < chunk ? len - off : chunk, room;
			char *p = lt_csv_space(c, n, &room);

			cr_assert_geq(room, n, "lt_csv_space gave less room "
			    "than asked for");
			memcpy(p, in + off, n);
			lt_csv_fill(c, n);
			off += n;
		}
	}
	lt_csv_free(c);
	return t.s;
}

/* The text on one line, for messages: prove's TAP parser stops at a
 * failure message that spans lines. */
static char *
flat(const char *s)
{
	char *t = strdup(s), *p;

	cr_assert_not_null(t);
	for (p = t; *p != '\0'; p++)
		if (*p == '\n')
			*p = '/';
	return t;
}

struct rcase {
	const char *name;
	const char *in;
	const char *want;
};

static const struct rcase cases[] = {
	{ "plain", "a,b,c\n", "L1:[a][b][c]\n" },
	{ "two rows", "a,b\nc,d\n", "L1:[a][b]\nL2:[c][d]\n" },
	{ "quoted", "\"a\",\"b c\"\n", "L1:[a][b c]\n" },
	{ "comma in quotes", "\"a,b\",c\n", "L1:[a,b][c]\n" },
	{ "LF in quotes", "\"a\nb\",c\nd\n", "L1:[a\\nb][c]\nL3:[d]\n" },
	{ "CRLF in quotes", "\"a\r\nb\",c\r\nd\r\n",
	    "L1:[a\\r\\nb][c]\nL3:[d]\n" },
	{ "CR in quotes", "\"a\rb\",c\n", "L1:[a\\rb][c]\n" },
	{ "doubled quotes", "\"a\"\"b\",\"\"\"\"\n", "L1:[a\"b][\"]\n" },
	{ "quotes only at ends", "\"\"\"a\"\"\"\n", "L1:[\"a\"]\n" },
	{ "CRLF input", "a,b\r\nc,d\r\n", "L1:[a][b]\nL2:[c][d]\n" },
	{ "CRLF, quoted", "\"a\",b\r\n\"c\",d\r\n",
	    "L1:[a][b]\nL2:[c][d]\n" },
	/* libcsv ends a record at a lone CR; lines are counted by LF. */
	{ "lone CR", "a,b\rc,d\n", "L1:[a][b]\nL1:[c][d]\n" },
	{ "lone CR at end", "a\rb", "L1:[a]\nL1:[b]\n" },
	{ "CR CR LF", "a\r\r\nb\n", "L1:[a]\nL2:[b]\n" },
	{ "blank lines skipped", "a\n\nb\n\r\n\nc\n",
	    "L1:[a]\nL3:[b]\nL6:[c]\n" },
	{ "leading blank lines", "\n\n\"x\"\n", "L3:[x]\n" },
	{ "only blank lines", "\n\r\n\n", "" },
	{ "empty input", "", "" },
	{ "empty field", "a,,b\n", "L1:[a][][b]\n" },
	{ "empty quoted field", "a,\"\",b\n", "L1:[a][][b]\n" },
	{ "missing field", "a,b\n", "L1:[a][b]\n" },
	{ "trailing comma", "a,\n", "L1:[a][]\n" },
	{ "lone comma", ",\n", "L1:[][]\n" },
	{ "one empty quoted field", "\"\"\n", "L1:[]\n" },
	{ "spaces kept", " a , b \n", "L1:[ a ][ b ]\n" },
	{ "spaces kept, quoted", "\" a \", b\n", "L1:[ a ][ b]\n" },
	{ "tabs kept", "\ta\t,b\n", "L1:[\ta\t][b]\n" },
	{ "only spaces", "   \n", "L1:[   ]\n" },
	{ "last line without LF", "a,b\nc,d", "L1:[a][b]\nL2:[c][d]\n" },
	{ "last line without LF, quoted", "a\n\"c\nd\",e",
	    "L1:[a]\nL2:[c\\nd][e]\n" },
	{ "last line ends in CR", "a,b\r", "L1:[a][b]\n" },
	{ "start lines after multi-line field",
	    "h\n\"x\ny\nz\",1\nnext,2\n\"p\"\nq\n",
	    "L1:[h]\nL2:[x\\ny\\nz][1]\nL5:[next][2]\nL6:[p]\nL7:[q]\n" },
	{ "start line after blank and multi-line",
	    "\n\"a\n\nb\"\n\nc\n", "L2:[a\\n\\nb]\nL6:[c]\n" },
	{ "UTF-8 bytes", "\xe4\xb8\xad,\"\xe6\x96\x87,x\"\n",
	    "L1:[\xe4\xb8\xad][\xe6\x96\x87,x]\n" },
	{ "backslash is data", "a\\,b\n", "L1:[a\\\\][b]\n" },
	/* Bad quoting: the line of the offending byte. */
	{ "quote in unquoted field", "a\"b\n", "E1" },
	{ "quote in unquoted field, line 2", "ok\na\"b\n", "L1:[ok]\nE2" },
	{ "text after closing quote", "\"a\"b\n", "E1" },
	{ "space after closing quote", "\"a\" ,b\n", "E1" },
	{ "space before opening quote", "a, \"b\"\n", "E1" },
	{ "text after closing quote, line 3", "h\n\"a\nb\"x\n",
	    "L1:[h]\nE3" },
	/* An unterminated quote: the line where the record starts. */
	{ "unterminated quote", "\"abc\n", "E1" },
	{ "unterminated quote, line 2", "h\n\"abc\n", "L1:[h]\nE2" },
	{ "unterminated quote, no LF", "h\nx\n\"abc\ndef\nghi",
	    "L1:[h]\nL2:[x]\nE3" },
	{ "unterminated quote after fields", "h\na,\"b,c\n\nd\n",
	    "L1:[h]\nE2" },
};

#define NCASES (sizeof(cases) / sizeof(cases[0]))

static const size_t chunks[] = { 1, 2, 3, 7, 1 << 20 };

Test(reader, cases)
{
	size_t i, j;
	int fast;

	for (i = 0; i < NCASES; i++)
		for (fast = 1; fast >= 0; fast--)
			for (j = 0; j < sizeof(chunks) / sizeof(chunks[0]);
			    j++) {
				char *got = read_all(cases[i].in,
				    strlen(cases[i].in), chunks[j], fast, ',');

				char *g = flat(got), *w = flat(cases[i].want);

				cr_expect(strcmp(got, cases[i].want) == 0,
				    "case \"%s\" (fast %d, pieces of %zu) -- "
				    "got %s want %s", cases[i].name, fast,
				    chunks[j], g, w);
				free(g);
				free(w);
				free(got);
			}
}

Test(reader, error_messages)
{
	static const struct {
		const char *in;
		long line;
		const char *words;
	} errs[] = {
		{ "h\n\"abc\n", 2, "unterminated" },
		{ "h\nx\na\"b\n", 3, "quot" },
	};
	size_t i;

	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++) {
		struct lt_csv *c = lt_csv_new(',');
		struct lt_record *rec;
		size_t room, len = strlen(errs[i].in);
		char *p = lt_csv_space(c, len, &room);
		const char *msg;
		long line = 0;
		int rc;

		memcpy(p, errs[i].in, len);
		lt_csv_fill(c, len);
		lt_csv_eof(c);
		while ((rc = lt_csv_next(c, &rec)) == 1)
			;
		cr_assert_eq(rc, -1, "case %zu -- no error", i);
		msg = lt_csv_error(c, &line, NULL);
		cr_expect_eq(line, errs[i].line, "case %zu -- line %ld, want %ld",
		    i, line, errs[i].line);
		cr_expect_not_null(strstr(msg, errs[i].words),
		    "case %zu -- message \"%s\" lacks \"%s\"", i, msg,
		    errs[i].words);
		lt_csv_free(c);
	}
}

/* The record stays usable until the next call, and lt_csv_line counts
 * the lines consumed. */
Test(reader, line_count)
{
	static const char in[] = "a\n\"b\nc\"\n\nd";
	struct lt_csv *c = lt_csv_new(',');
	struct lt_record *rec;
	size_t room;
	char *p = lt_csv_space(c, sizeof(in) - 1, &room);

	memcpy(p, in, sizeof(in) - 1);
	lt_csv_fill(c, sizeof(in) - 1);
	lt_csv_eof(c);
	cr_assert_eq(lt_csv_next(c, &rec), 1);
	cr_expect_eq(lt_csv_line(c), 1);
	cr_assert_eq(lt_csv_next(c, &rec), 1);
	cr_expect_eq(rec->line, 2);
	cr_expect_eq(lt_csv_line(c), 3);
	cr_assert_eq(lt_csv_next(c, &rec), 1);
	cr_expect_str_eq(rec->f[0].s, "d");
	cr_expect_eq(rec->line, 5);
	cr_expect_eq(lt_csv_line(c), 5);
	cr_expect_eq(lt_csv_next(c, &rec), 0);
	cr_expect_eq(lt_csv_next(c, &rec), 0, "stays at the end");
	lt_csv_free(c);
}

/* Without the end marked, a line without LF is not a record yet. */
Test(reader, waits_for_line_end)
{
	struct lt_csv *c = lt_csv_new(',');
	struct lt_record *rec;
	size_t room;
	char *p = lt_csv_space(c, 3, &room);

	memcpy(p, "a,b", 3);
	lt_csv_fill(c, 3);
	cr_expect_eq(lt_csv_next(c, &rec), 0);
	p = lt_csv_space(c, 1, &room);
	*p = '\n';
	lt_csv_fill(c, 1);
	cr_assert_eq(lt_csv_next(c, &rec), 1);
	cr_expect_eq(rec->n, 2);
	cr_expect_eq(lt_csv_next(c, &rec), 0);
	lt_csv_eof(c);
	cr_expect_eq(lt_csv_next(c, &rec), 0);
	lt_csv_free(c);
}

static const struct rcase tsv_cases[] = {
	{ "tsv plain", "a\tb\tc\n", "L1:[a][b][c]\n" },
	{ "tsv comma is data", "a,b\tc\n", "L1:[a,b][c]\n" },
	{ "tsv quoted tab", "\"a\tb\"\tc\n", "L1:[a\tb][c]\n" },
	{ "tsv empty", "a\t\tb\n", "L1:[a][][b]\n" },
	{ "tsv CRLF", "a\tb\r\nc\td\r\n", "L1:[a][b]\nL2:[c][d]\n" },
};

Test(reader, tsv)
{
	size_t i, j;
	int fast;

	for (i = 0; i < sizeof(tsv_cases) / sizeof(tsv_cases[0]); i++)
		for (fast = 1; fast >= 0; fast--)
			for (j = 0; j < sizeof(chunks) / sizeof(chunks[0]);
			    j++) {
				char *got = read_all(tsv_cases[i].in,
				    strlen(tsv_cases[i].in), chunks[j], fast,
				    '\t');

				char *g = flat(got);

				cr_expect(strcmp(got, tsv_cases[i].want) == 0,
				    "case \"%s\" (fast %d, pieces of %zu) -- "
				    "got %s", tsv_cases[i].name, fast,
				    chunks[j], g);
				free(g);
				free(got);
			}
}

/* A big record, fed in pieces: the buffer grows and moves. */
Test(reader, long_field)
{
	size_t n = 300000, i;
	char *in = malloc(n + 16), *want = malloc(n + 32), *got;

	cr_assert_not_null(in);
	cr_assert_not_null(want);
	memcpy(in, "x,", 2);
	for (i = 0; i < n; i++)
		in[2 + i] = (char)('a' + i % 26);
	memcpy(in + 2 + n, "\ny\n", 4);
	strcpy(want, "L1:[x][");
	memcpy(want + 7, in + 2, n);
	strcpy(want + 7 + n, "]\nL2:[y]\n");
	got = read_all(in, n + 5, 65536, 1, ',');
	cr_expect(strcmp(got, want) == 0, "long plain field differs");
	free(got);
	got = read_all(in, n + 5, 4093, 0, ',');
	cr_expect(strcmp(got, want) == 0, "long field, libcsv, differs");
	free(got);
	free(in);
	free(want);
}

/*
 * The differential test: the in-place split and libcsv alone give the
 * same records, lines and verdict, on random inputs over the bytes that
 * matter to CSV, fed whole and byte by byte.
 */
static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next_rand(void)
{
	/* xorshift64* */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 0x2545f4914f6cdd1dULL;
}

static void
show(char *out, size_t size, const char *in, size_t len)
{
	size_t i, o = 0;

	for (i = 0; i < len && o + 5 < size; i++) {
		if (in[i] == '\r')
			o += (size_t)snprintf(out + o, size - o, "\\r");
		else if (in[i] == '\n')
			o += (size_t)snprintf(out + o, size - o, "\\n");
		else if (in[i] == '"')
			o += (size_t)snprintf(out + o, size - o, "\\\"");
		else
			out[o++] = in[i];
	}
	out[o] = '\0';
}

static void
differ(const char *in, size_t len)
{
	char *fast = read_all(in, len, 1 << 20, 1, ',');
	char *slow = read_all(in, len, 1 << 20, 0, ',');
	char *fast1 = read_all(in, len, 1, 1, ',');
	char *slow1 = read_all(in, len, 1, 0, ',');
	char *f = flat(fast), *sl = flat(slow), *f1 = flat(fast1);
	char *s1 = flat(slow1), shown[512];

	show(shown, sizeof(shown), in, len);

	cr_expect(strcmp(fast, slow) == 0, "input \"%s\" -- fast path %s "
	    "libcsv alone %s", shown, f, sl);
	cr_expect(strcmp(fast1, fast) == 0, "input \"%s\" -- byte by byte %s "
	    "whole %s", shown, f1, f);
	cr_expect(strcmp(slow1, slow) == 0, "input \"%s\" -- libcsv byte by "
	    "byte %s whole %s", shown, s1, sl);
	free(f);
	free(sl);
	free(f1);
	free(s1);
	free(fast);
	free(slow);
	free(fast1);
	free(slow1);
}

Test(reader, differential_cases)
{
	size_t i;

	for (i = 0; i < NCASES; i++)
		differ(cases[i].in, strlen(cases[i].in));
}

Test(reader, differential_random)
{
	static const char alphabet[] = "a,\"\r\n ";
	char in[48];
	int k;

	for (k = 0; k < 4000; k++) {
		size_t len = (size_t)(next_rand() % 40), i;

		for (i = 0; i < len; i++)
			in[i] = alphabet[next_rand() % 6];
		differ(in, len);
	}
}

/* Mostly well-formed inputs reach deeper: fields, quoted or not. */
Test(reader, differential_random_wellformed)
{
	static const char *const parts[] = {
		"a", "bc", " ", "", "\"x\"", "\"a,b\"", "\"a\nb\"",
		"\"\"\"\"", "\"\r\n\"", "\"\"",
		"\"8,504\"", "long field of twenty", "\"a quoted field, long\"",
		"\xe4\xb9\xa1", "\"\xe4\xb9\xa1,\xe9\x95\x87\"", "\"a\"b",
	};
	char in[512];
	int k;

	for (k = 0; k < 3000; k++) {
		size_t len = 0, nrec = next_rand() % 5, r;

		for (r = 0; r < nrec; r++) {
			size_t nf = 1 + next_rand() % 4, f;

			for (f = 0; f < nf; f++) {
				const char *p = parts[next_rand() %
				    (sizeof(parts) / sizeof(parts[0]))];

				if (f > 0)
					in[len++] = ',';
				memcpy(in + len, p, strlen(p));
				len += strlen(p);
			}
			switch (next_rand() % 4) {
			case 0:
				in[len++] = '\r';
				/* FALLTHROUGH */
			case 1:
			case 2:
				in[len++] = '\n';
				break;
			default:
				if (r + 1 < nrec)
					in[len++] = '\n';
				break;
			}
		}
		differ(in, len);
	}
}
