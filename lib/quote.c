/*
 * quote.c - the CSV text of a field: quoted only when it holds a comma,
 * a quote, CR or LF (RFC 4180's minimum), and with --excel-safe a '
 * before a formula.  Fields a filter writes many times (a region's
 * code and name on each of its rows) are made CSV once, as an lt_text
 * bound to the output, so that they too are protected.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const unsigned char lt_csv_special[256] = {
	[','] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1
};

/*
 * A spreadsheet runs a cell that starts with = + - or @ as a formula
 * (OWASP's "CSV injection"); a ' before it makes it text.  Numbers such
 * as -5 stay numbers.  Cells starting with a tab or CR, which some
 * spreadsheets also strip and run, are not covered.
 */
int
lt_formula_like(const char *s, size_t len)
{
	double d;

	if (len == 0 || (s[0] != '=' && s[0] != '+' && s[0] != '-' &&
	    s[0] != '@'))
		return 0;
	return lt_parse_num(s, len, &d) == LT_EBAD;
}

size_t
lt_quoted(char *dst, const char *s, size_t len, int tick)
{
	size_t i, n = 0;

	dst[n++] = '"';
	if (tick)
		dst[n++] = '\'';
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			dst[n++] = '"';
		dst[n++] = s[i];
	}
	dst[n++] = '"';
	return n;
}

size_t
lt_quote(char *dst, const char *s, size_t len, int excel_safe)
{
	int tick = excel_safe && lt_formula_like(s, len);

	if (lt_plain_prefix(s, len) != len)
		return lt_quoted(dst, s, len, tick);
	if (tick)
		*dst++ = '\'';
	memcpy(dst, s, len);
	return len + (size_t)tick;
}

struct lt_text *
lt_text_new(const struct lt_out *o)
{
	struct lt_text *t = lt_calloc(1, sizeof(*t));

	t->cap = 64;
	t->s = lt_malloc(t->cap);
	t->out = o;
	return t;
}

/* Room for a comma and n bytes. */
static char *
text_room(struct lt_text *t, size_t n)
{
	if (t->cap - t->len < n + 1) {
		while (t->cap - t->len < n + 1)
			t->cap *= 2;
		t->s = lt_realloc(t->s, t->cap);
	}
	if (t->nfields++ > 0)
		t->s[t->len++] = ',';
	return t->s + t->len;
}

void
lt_text_field(struct lt_text *t, const char *s, size_t len)
{
	char *dst = text_room(t, 2 * len + 3);

	t->len += lt_quote(dst, s, len, t->out->excel_safe);
}

void
lt_text_value(struct lt_text *t, const struct lt_value *v)
{
	char *dst;

	if (v->na || (v->type == LT_NUM && v->u.d - v->u.d != 0)) {
		/* NA, and a ratio over zero (never inf or nan). */
		(void)text_room(t, 0);
		return;
	}
	switch (v->type) {
	case LT_INT:
		dst = text_room(t, LT_NUMBUF);
		t->len += lt_fmt_int(dst, v->u.i);
		break;
	case LT_NUM:
		dst = text_room(t, LT_NUMBUF);
		t->len += lt_fmt_num(dst, v->u.d);
		break;
	case LT_BOOL:
		dst = text_room(t, 5);
		memcpy(dst, v->u.b ? "true" : "false", v->u.b ? 4 : 5);
		t->len += v->u.b ? 4 : 5;
		break;
	default:
		lt_text_field(t, v->u.str.s, v->u.str.len);
		break;
	}
}

void
lt_text_clear(struct lt_text *t)
{
	t->len = 0;
	t->nfields = 0;
}

void
lt_text_free(struct lt_text *t)
{
	if (t == NULL)
		return;
	free(t->s);
	free(t);
}

void
lt_out_text(struct lt_out *o, const struct lt_text *t)
{
	/* Made for another output, it may lack this one's protection. */
	assert(t->out == o);
	if (t->nfields == 0)
		return;
	lt_out_reserve(o, t->len + 1);
	lt_out_separator(o);
	memcpy(o->buf + o->len, t->s, t->len);
	o->len += t->len;
	o->col += t->nfields - 1;
}
