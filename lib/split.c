/*
 * split.c - a line with no quote and no stray CR cannot hold anything
 * but plain fields, so it is split in place with memchr (SSE2 where
 * there is one) instead of through libcsv: the same fields libcsv
 * would give (the differential test in tests/unit checks it), several
 * times faster.  A line whose fields are all wholly quoted ("8,504") is
 * split in place too.
 */
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string.h>

#include "internal.h"

/*
 * The first delimiter, quote or CR in [p, e), or e; *ascii is cleared
 * when a byte before it is not ASCII (or is NUL).
 */
static char *
next_special(char *p, char *e, unsigned char delim, int *ascii)
{
#ifdef __SSE2__
	const __m128i vd = _mm_set1_epi8((char)delim);
	const __m128i vq = _mm_set1_epi8('"');
	const __m128i vr = _mm_set1_epi8('\r');
	const __m128i vz = _mm_setzero_si128();

	for (; e - p >= 16; p += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(void *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, vd), _mm_cmpeq_epi8(x, vq)),
		    _mm_cmpeq_epi8(x, vr)));
		unsigned wide = (unsigned)(_mm_movemask_epi8(x) |
		    _mm_movemask_epi8(_mm_cmpeq_epi8(x, vz)));

		if (m) {
			if (wide & ((m & -m) - 1))
				*ascii = 0;
			return p + __builtin_ctz(m);
		}
		if (wide)
			*ascii = 0;
	}
#endif
	for (; p < e; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch == delim || ch == '"' || ch == '\r')
			return p;
		if (ch >= 0x80 || ch == 0)
			*ascii = 0;
	}
	return e;
}

/*
 * The rest of a line that has quotes, from the field at p on: a field
 * quoted whole ("8,504") with no quote or CR inside is taken in place,
 * between its quotes; anything else is left to libcsv (0).  No byte
 * is changed until the whole line is known to be fine.
 */
static int
split_quoted(struct lt_csv *c, char *p, char *e, size_t *n, int *ascii)
{
	struct lt_field *f;
	size_t first = *n, k;
	char *q;

	for (;;) {
		if (p < e && *p == '"') {
			q = memchr(p + 1, '"', (size_t)(e - p - 1));
			if (q == NULL || (q + 1 < e && q[1] != (char)c->delim) ||
			    next_special(p + 1, q, '"', ascii) != q)
				return 0;
			f = lt_csv_field(c, (*n)++);
			f->s = p + 1;
			f->len = (size_t)(q - p - 1);
			p = q + 1;
		} else {
			q = next_special(p, e, c->delim, ascii);
			if (q < e && *q != (char)c->delim)
				return 0;	/* a quote inside, or a CR */
			f = lt_csv_field(c, (*n)++);
			f->s = p;
			f->len = (size_t)(q - p);
			p = q;
		}
		if (p == e)
			break;
		p++;	/* the delimiter */
	}
	for (k = first; k < *n; k++)
		c->f[k].s[c->f[k].len] = '\0';
	return 1;
}

/*
 * Split a line in place: NULs replace the delimiters.  Sixteen bytes
 * are looked at a time (SSE2, in every x86-64); the same pass tells
 * whether the line is plain ASCII, which needs no UTF-8 check.  From
 * the first quote or CR on, split_quoted takes over.  Returns 0, the
 * line untouched, when libcsv must parse it.
 */
int
lt_csv_split_line(struct lt_csv *c, char *p, char *e, long line,
    struct lt_record **rec)
{
	size_t n = 0, len = (size_t)(e - p), i = 0, k;
	char *start = p;
	int ascii = 1, quoted = 0;
	struct lt_field *f;

#ifdef __SSE2__
	const __m128i vd = _mm_set1_epi8((char)c->delim);
	const __m128i vq = _mm_set1_epi8('"');
	const __m128i vr = _mm_set1_epi8('\r');
	const __m128i vz = _mm_setzero_si128();

	for (; i + 16 <= len; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(void *)(p + i));
		unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(x, vq), _mm_cmpeq_epi8(x, vr)));
		unsigned d;

		if (bad)
			goto quotes;
		if (_mm_movemask_epi8(x) | _mm_movemask_epi8(_mm_cmpeq_epi8(x,
		    vz)))
			ascii = 0;
		d = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, vd));
		while (d) {
			char *q = p + i + __builtin_ctz(d);

			d &= d - 1;
			f = lt_csv_field(c, n++);
			f->s = start;
			f->len = (size_t)(q - start);
			*q = '\0';
			start = q + 1;
		}
	}
#endif
	for (; i < len; i++) {
		unsigned char ch = (unsigned char)p[i];

		if (ch == '"' || ch == '\r')
			goto quotes;
		if (ch >= 0x80 || ch == 0)
			ascii = 0;
		if (ch == c->delim) {
			f = lt_csv_field(c, n++);
			f->s = start;
			f->len = (size_t)(p + i - start);
			p[i] = '\0';
			start = p + i + 1;
		}
	}
	f = lt_csv_field(c, n++);
	f->s = start;
	f->len = (size_t)(e - start);
	*e = '\0';
	goto done;
quotes:
	/* The fields before start are split; the rest from start on. */
	k = n;
	if (!split_quoted(c, start, e, &n, &ascii)) {
		/* Put the delimiters back for libcsv. */
		for (n = 0; n < k; n++)
			c->f[n].s[c->f[n].len] = (char)c->delim;
		return 0;
	}
	quoted = 1;
done:
	c->rec.f = c->f;
	c->rec.n = n;
	c->rec.line = line;
	c->rec.quoted = quoted;
	c->rec.checked = ascii;
	*rec = &c->rec;
	return 1;
}
