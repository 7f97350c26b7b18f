/*
 * reader.c - records from CSV bytes.  libcsv (strict, spaces kept) does
 * the parsing; we feed it one line at a time so that every record knows
 * the line it starts on, which libcsv cannot tell.  A line with no quote
 * and no stray CR cannot hold anything but plain fields, so it is split
 * in place with memchr instead: the same fields libcsv would give (the
 * differential test in tests/unit checks it), several times faster.
 */
#include <csv.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

struct queued {
	size_t first;	/* index of the first field in foff */
	size_t n;
	long line;
};

struct lt_csv {
	struct csv_parser parser;
	unsigned char delim;
	int fast;		/* the in-place split is allowed */

	char *buf;		/* input bytes: [start, end) not yet read */
	size_t cap, start, end;
	int eof, done;
	long line;		/* lines consumed so far */

	/* Fields of the record being returned. */
	struct lt_field *f;
	size_t fcap;
	struct lt_record rec;

	/* Records that came out of libcsv: their bytes in the arena. */
	char *arena;
	size_t alen, acap;
	size_t *foff, *flen;
	size_t nfoff, foffcap;
	struct queued *q;
	size_t qhead, qlen, qcap;
	size_t cur_fields;	/* fields of the unfinished record */
	long rec_line;		/* line the unfinished record starts on */
	long feed_line;

	/* Where the unfinished record's first line starts in buf: kept
	 * across reads, for the rejects file. */
	size_t rec_off;

	char err[160];
	long err_line;
	size_t err_field;
};

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
parser_init(struct lt_csv *c)
{
	if (csv_init(&c->parser, CSV_STRICT | CSV_STRICT_FINI |
	    CSV_APPEND_NULL) != 0)
		lt_die(LT_EXIT_IO, "cannot set up the CSV parser");
	csv_set_space_func(&c->parser, no_space);
	csv_set_delim(&c->parser, c->delim);
	csv_set_realloc_func(&c->parser, lt_realloc);
}

struct lt_csv *
lt_csv_new(unsigned char delim)
{
	struct lt_csv *c = lt_calloc(1, sizeof(*c));

	c->delim = delim;
	c->fast = 1;
	/* Never NULL, even before the first bytes come: buf + start is
	 * then a valid (empty) line. */
	c->cap = 1;
	c->buf = lt_malloc(c->cap);
	parser_init(c);
	return c;
}

void
lt_csv_set_fast(struct lt_csv *c, int fast)
{
	c->fast = fast;
}

void
lt_csv_free(struct lt_csv *c)
{
	if (!c)
		return;
	csv_free(&c->parser);
	free(c->buf);
	free(c->f);
	free(c->arena);
	free(c->foff);
	free(c->flen);
	free(c->q);
	free(c);
}

char *
lt_csv_space(struct lt_csv *c, size_t want, size_t *room)
{
	if (c->start > 0 && c->cap - c->end < want + 1) {
		/* Keep the lines of a record libcsv is still reading. */
		size_t from = c->parser.pstate != 0 || c->cur_fields > 0 ?
		    c->rec_off : c->start;

		memmove(c->buf, c->buf + from, c->end - from);
		c->end -= from;
		c->start -= from;
		c->rec_off -= from;
	}
	if (c->cap - c->end < want + 1) {
		size_t cap = c->cap ? c->cap : want + 1;

		while (cap - c->end < want + 1)
			cap *= 2;
		c->buf = lt_realloc(c->buf, cap);
		c->cap = cap;
	}
	/* One byte is kept free to end the last line with a NUL. */
	*room = c->cap - c->end - 1;
	return c->buf + c->end;
}

size_t
lt_csv_pending(const struct lt_csv *c)
{
	return c->end - c->start;
}

void
lt_cr_to_lf(char *s, size_t n)
{
	char *p = s, *end = s + n;

	while ((p = memchr(p, '\r', (size_t)(end - p))) != NULL)
		*p++ = '\n';
}

void
lt_csv_fill(struct lt_csv *c, size_t n)
{
	c->end += n;
}

void
lt_csv_eof(struct lt_csv *c)
{
	c->eof = 1;
}

static struct lt_field *
field_grow(struct lt_csv *c, size_t i)
{
	c->fcap = c->fcap ? c->fcap * 2 : 64;
	while (c->fcap <= i)
		c->fcap *= 2;
	c->f = lt_realloc(c->f, c->fcap * sizeof(*c->f));
	return &c->f[i];
}

static inline struct lt_field *
field_slot(struct lt_csv *c, size_t i)
{
	return i < c->fcap ? &c->f[i] : field_grow(c, i);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct lt_csv *c = data;

	if (c->alen + len + 1 > c->acap) {
		while (c->alen + len + 1 > c->acap)
			c->acap = c->acap ? c->acap * 2 : 4096;
		c->arena = lt_realloc(c->arena, c->acap);
	}
	if (c->nfoff == c->foffcap) {
		c->foffcap = c->foffcap ? c->foffcap * 2 : 256;
		c->foff = lt_realloc(c->foff, c->foffcap * sizeof(*c->foff));
		c->flen = lt_realloc(c->flen, c->foffcap * sizeof(*c->flen));
	}
	memcpy(c->arena + c->alen, s, len);
	c->arena[c->alen + len] = '\0';
	c->foff[c->nfoff] = c->alen;
	c->flen[c->nfoff] = len;
	c->nfoff++;
	c->alen += len + 1;
	c->cur_fields++;
}

static void
on_record(int term, void *data)
{
	struct lt_csv *c = data;

	(void)term;
	if (c->qlen == c->qcap) {
		c->qcap = c->qcap ? c->qcap * 2 : 16;
		c->q = lt_realloc(c->q, c->qcap * sizeof(*c->q));
	}
	c->q[c->qlen].first = c->nfoff - c->cur_fields;
	c->q[c->qlen].n = c->cur_fields;
	c->q[c->qlen].line = c->rec_line;
	c->qlen++;
	c->cur_fields = 0;
	/* A lone CR ends a record in the middle of a line. */
	c->rec_line = c->feed_line;
}

static int
pop_queued(struct lt_csv *c, struct lt_record **rec)
{
	struct queued *q;
	size_t i;

	if (c->qhead == c->qlen)
		return 0;
	q = &c->q[c->qhead++];
	for (i = 0; i < q->n; i++) {
		struct lt_field *f = field_slot(c, i);

		f->s = c->arena + c->foff[q->first + i];
		f->len = c->flen[q->first + i];
	}
	c->rec.f = c->f;
	c->rec.n = q->n;
	c->rec.line = q->line;
	c->rec.quoted = 1;
	c->rec.checked = 0;
	*rec = &c->rec;
	return 1;
}

static int
fail(struct lt_csv *c, long line, const char *msg)
{
	snprintf(c->err, sizeof(c->err), "%s", msg);
	c->err_line = line;
	c->err_field = c->cur_fields;
	return -1;
}

/* Keep only the fields of the unfinished record, moved to the front. */
static void
compact_arena(struct lt_csv *c)
{
	size_t first = c->nfoff - c->cur_fields, base, i;

	if (c->cur_fields == 0) {
		c->nfoff = c->alen = 0;
		return;
	}
	base = c->foff[first];
	memmove(c->arena, c->arena + base, c->alen - base);
	c->alen -= base;
	for (i = 0; i < c->cur_fields; i++) {
		c->foff[i] = c->foff[first + i] - base;
		c->flen[i] = c->flen[first + i];
	}
	c->nfoff = c->cur_fields;
}

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
			f = field_slot(c, (*n)++);
			f->s = p + 1;
			f->len = (size_t)(q - p - 1);
			p = q + 1;
		} else {
			q = next_special(p, e, c->delim, ascii);
			if (q < e && *q != (char)c->delim)
				return 0;	/* a quote inside, or a CR */
			f = field_slot(c, (*n)++);
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
static int
split_line(struct lt_csv *c, char *p, char *e, long line,
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
			f = field_slot(c, n++);
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
			f = field_slot(c, n++);
			f->s = start;
			f->len = (size_t)(p + i - start);
			p[i] = '\0';
			start = p + i + 1;
		}
	}
	f = field_slot(c, n++);
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

int
lt_csv_next(struct lt_csv *c, struct lt_record **rec)
{
	if (pop_queued(c, rec))
		return 1;
	if (c->done)
		return 0;
	/* Every queued record has been read: the arena can be reused. */
	c->qhead = c->qlen = 0;
	compact_arena(c);
	for (;;) {
		char *line = c->buf + c->start, *nl, *e;
		size_t len, avail = c->end - c->start;

		nl = avail ? memchr(line, '\n', avail) : NULL;
		if (nl) {
			len = (size_t)(nl - line) + 1;
			e = nl;
		} else if (!c->eof) {
			return 0;
		} else if (avail) {
			len = avail;
			e = line + len;
		} else {
			c->done = 1;
			if (csv_fini(&c->parser, on_field, on_record, c) != 0)
				return fail(c, c->rec_line,
				    "unterminated quoted field (no closing '\"' "
				    "before the end of the input)");
			return pop_queued(c, rec);
		}
		c->start += len;
		c->line++;
		if (c->parser.pstate == 0 && c->cur_fields == 0) {
			if (e > line && e[-1] == '\r')
				e--;
			if (c->fast) {
				if (e == line)
					continue;	/* a blank line */
				if (split_line(c, line, e, c->line, rec))
					return 1;
			}
			c->rec_line = c->line;
			c->rec_off = (size_t)(line - c->buf);
		}
		c->feed_line = c->line;
		if (csv_parse(&c->parser, line, len, on_field, on_record, c) !=
		    len)
			return fail(c, c->line, "bad quoting: a '\"' inside "
			    "an unquoted field, or text after a closing '\"' "
			    "(a '\"' inside a quoted field is written twice)");
		if (pop_queued(c, rec))
			return 1;
	}
}

const char *
lt_csv_error(const struct lt_csv *c, long *line, size_t *field)
{
	if (line)
		*line = c->err_line;
	if (field)
		*field = c->err_field;
	return c->err;
}

void
lt_csv_recover(struct lt_csv *c, const char **raw, size_t *len)
{
	*raw = c->buf + c->rec_off;
	*len = c->start - c->rec_off;
	while (*len > 0 && ((*raw)[*len - 1] == '\n' ||
	    (*raw)[*len - 1] == '\r'))
		(*len)--;
	csv_free(&c->parser);
	parser_init(c);
	c->nfoff -= c->cur_fields;
	c->cur_fields = 0;
	c->done = 0;
}

long
lt_csv_line(const struct lt_csv *c)
{
	return c->line;
}
