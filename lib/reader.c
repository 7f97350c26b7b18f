/*
 * reader.c - records from CSV bytes.  libcsv (strict, spaces kept) does
 * the parsing; we feed it one line at a time so that every record knows
 * the line it starts on, which libcsv cannot tell.  Most lines never
 * reach it: split.c splits plain ones in place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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

struct lt_field *
lt_csv_field_grow(struct lt_csv *c, size_t i)
{
	c->fcap = c->fcap ? c->fcap * 2 : 64;
	while (c->fcap <= i)
		c->fcap *= 2;
	c->f = lt_realloc(c->f, c->fcap * sizeof(*c->f));
	return &c->f[i];
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
		struct lt_field *f = lt_csv_field(c, i);

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
				if (lt_csv_split_line(c, line, e, c->line, rec))
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
