/*
 * outfield.c - fields and rows into the writer: minimal quoting (see
 * quote.c), LF line ends, NA as an empty field, numbers in the
 * shortest form that reads back, and with --excel-safe no field a
 * spreadsheet would run as a formula, whichever call writes it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void
lt_out_bytes(struct lt_out *o, const char *s, size_t len)
{
	lt_out_reserve(o, len);
	memcpy(o->buf + o->len, s, len);
	o->len += len;
}

void
lt_out_field(struct lt_out *o, const char *s, size_t len)
{
	if (o->excel_safe && lt_formula_like(s, len)) {
		lt_out_reserve(o, 2 * len + 4);
		lt_out_separator(o);
		o->len += lt_quote(o->buf + o->len, s, len, 1);
		return;
	}
	if (lt_plain_prefix(s, len) == len) {
		lt_out_reserve(o, len + 1);
		lt_out_separator(o);
		memcpy(o->buf + o->len, s, len);
		o->len += len;
		return;
	}
	lt_out_reserve(o, 2 * len + 3);
	lt_out_separator(o);
	o->len += lt_quoted(o->buf + o->len, s, len, 0);
}

void
lt_out_plain(struct lt_out *o, const char *s, size_t len)
{
	if (o->excel_safe && lt_formula_like(s, len)) {
		/* Not the number the caller took it for. */
		lt_out_field(o, s, len);
		return;
	}
	lt_out_reserve(o, len + 1);
	lt_out_separator(o);
	memcpy(o->buf + o->len, s, len);
	o->len += len;
}

void
lt_out_run(struct lt_out *o, const struct lt_field *f, size_t n,
    int inplace)
{
	const char *start, *end;
	size_t k, len;
	char *dst;

	if (!inplace || o->excel_safe) {
		for (k = 0; k < n; k++)
			lt_out_field(o, f[k].s, f[k].len);
		return;
	}
	/* Copied at once, the NULs between the fields put back as
	 * commas. */
	start = f[0].s;
	end = f[n - 1].s + f[n - 1].len;
	len = (size_t)(end - start);
	lt_out_reserve(o, len + 1);
	lt_out_separator(o);
	dst = o->buf + o->len;
	memcpy(dst, start, len);
	for (k = 0; k + 1 < n; k++)
		dst[f[k].s + f[k].len - start] = ',';
	o->len += len;
	o->col += n - 1;
}

void
lt_out_cstr(struct lt_out *o, const char *s)
{
	lt_out_field(o, s, strlen(s));
}

void
lt_out_na(struct lt_out *o)
{
	lt_out_reserve(o, 1);
	lt_out_separator(o);
}

void
lt_out_num(struct lt_out *o, double d)
{
	char buf[LT_NUMBUF];
	size_t n;

	/* A ratio over zero is NA, never inf or nan. */
	if (d != d || d - d != 0) {
		lt_out_na(o);
		return;
	}
	if (o->w != NULL) {
		/* Laid out by the writing thread. */
		if (o->nslot == OUT_SLOTS)
			lt_out_hand_over(o);
		lt_out_reserve(o, 1);
		lt_out_separator(o);
		o->slot[o->nslot].off = o->len;
		o->slot[o->nslot++].d = d;
		return;
	}
	o->nums++;
	n = lt_fmt_num(buf, d);
	lt_out_reserve(o, n + 1);
	lt_out_separator(o);
	memcpy(o->buf + o->len, buf, n);
	o->len += n;
}

void
lt_out_int(struct lt_out *o, int64_t i)
{
	lt_out_reserve(o, 24);
	lt_out_separator(o);
	o->len += lt_fmt_int(o->buf + o->len, i);
}

void
lt_out_value(struct lt_out *o, const struct lt_value *v)
{
	if (v->na) {
		lt_out_na(o);
		return;
	}
	switch (v->type) {
	case LT_INT:
		lt_out_int(o, v->u.i);
		break;
	case LT_NUM:
		lt_out_num(o, v->u.d);
		break;
	case LT_BOOL:
		/* Never quoted, never formula-like. */
		lt_out_reserve(o, 6);
		lt_out_separator(o);
		memcpy(o->buf + o->len, v->u.b ? "true" : "false",
		    v->u.b ? 4 : 5);
		o->len += v->u.b ? 4 : 5;
		break;
	default:
		lt_out_field(o, v->u.str.s, v->u.str.len);
		break;
	}
}

void
lt_out_endrow(struct lt_out *o)
{
	lt_out_reserve(o, 1);
	o->buf[o->len++] = '\n';
	o->col = 0;
	o->row = o->len;
	o->row_nslot = o->nslot;
}

void
lt_out_column(struct lt_out *o, const char *name, enum lt_type t)
{
	size_t n = strlen(name), tn;
	char *cell;

	/* A name with a colon keeps its type, str too: "a:b" would read
	 * as the column a of type b. */
	if (o->plain || (t == LT_STR && !memchr(name, ':', n))) {
		lt_out_field(o, name, n);
		return;
	}
	tn = strlen(lt_type_name(t));
	cell = lt_malloc(n + tn + 2);
	memcpy(cell, name, n);
	cell[n] = ':';
	memcpy(cell + n + 1, lt_type_name(t), tn + 1);
	lt_out_field(o, cell, n + tn + 1);
	free(cell);
}

void
lt_out_header(struct lt_out *o, const struct lt_header *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		lt_out_column(o, h->col[i].name, h->col[i].type);
	lt_out_endrow(o);
	/* Written at once: the next stage of a pipeline can start, and
	 * an output that cannot be written (a full disk) stops the filter
	 * before any row is read. */
	lt_out_flush(o);
}
