/*
 * plan.c - a filter's output columns: every input column in order, then
 * the filter's own; one that is already in the input is recomputed in
 * place (docs/design.md section 2; litu(7)).  Pass-through fields are written as they
 * came: a row split in place still has its fields side by side in the
 * read buffer, so a run of them is copied at once.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

void
lt_plan_init(struct lt_plan *p, const struct lt_header *in)
{
	size_t i;

	memset(p, 0, sizeof(*p));
	p->nin = in->n;
	p->out.n = in->n;
	p->out.col = lt_calloc(in->n + 1, sizeof(*p->out.col));
	p->slot = lt_calloc(in->n + 1, sizeof(*p->slot));
	for (i = 0; i < in->n; i++) {
		p->out.col[i].name = lt_strdup(in->col[i].name);
		p->out.col[i].type = in->col[i].type;
		p->slot[i] = -1;
	}
}

size_t
lt_plan_add(struct lt_plan *p, const char *name, enum lt_type t)
{
	size_t i, s = p->nslots++;

	p->val = lt_realloc(p->val, p->nslots * sizeof(*p->val));
	p->val[s] = lt_na();
	p->val[s].type = (unsigned char)t;
	for (i = 0; i < p->out.n; i++)
		if (strcmp(p->out.col[i].name, name) == 0) {
			p->out.col[i].type = t;
			p->slot[i] = (int)s;
			p->inplace = 1;
			return s;
		}
	p->out.col = lt_realloc(p->out.col, (p->out.n + 1) *
	    sizeof(*p->out.col));
	p->slot = lt_realloc(p->slot, (p->out.n + 1) * sizeof(*p->slot));
	p->out.col[p->out.n].name = lt_strdup(name);
	p->out.col[p->out.n].type = t;
	p->slot[p->out.n] = (int)s;
	p->out.n++;
	return s;
}

void
lt_plan_write(struct lt_out *o, const struct lt_plan *p,
    const struct lt_row *row)
{
	size_t i = 0, j;

	if (!p->inplace && p->nin > 0) {
		/* The input's fields, then the filter's, in slot order. */
		lt_out_run(o, row->f, p->nin, !row->quoted);
		for (i = 0; i < p->nslots; i++)
			lt_out_value_fast(o, &p->val[i]);
		return;
	}
	while (i < p->out.n) {
		if (p->slot[i] >= 0) {
			lt_out_value_fast(o, &p->val[p->slot[i]]);
			i++;
			continue;
		}
		/* A run of pass-through fields, from one quote-free line
		 * when the row has no quotes. */
		for (j = i + 1; j < p->nin && p->slot[j] < 0; j++)
			;
		lt_out_run(o, row->f + i, j - i, !row->quoted);
		i = j;
	}
}

void
lt_plan_write_plain(struct lt_out *o, const struct lt_plan *p,
    const struct lt_row *row)
{
	size_t i = 0, j;

	if (!p->inplace && p->nin > 0) {
		lt_out_run(o, row->f, p->nin, !row->quoted);
		for (i = 0; i < p->nslots; i++) {
			const struct lt_value *v = &p->val[i];

			if (v->type == LT_STR && !v->na)
				lt_out_plain(o, v->u.str.s, v->u.str.len);
			else
				lt_out_value_fast(o, v);
		}
		return;
	}
	while (i < p->out.n) {
		if (p->slot[i] >= 0) {
			const struct lt_value *v = &p->val[p->slot[i]];

			/* lt_out_plain still protects a formula-like text
			 * under --excel-safe. */
			if (v->type == LT_STR && !v->na)
				lt_out_plain(o, v->u.str.s, v->u.str.len);
			else
				lt_out_value_fast(o, v);
			i++;
			continue;
		}
		for (j = i + 1; j < p->nin && p->slot[j] < 0; j++)
			;
		lt_out_run(o, row->f + i, j - i, !row->quoted);
		i = j;
	}
}

void
lt_plan_free(struct lt_plan *p)
{
	size_t i;

	for (i = 0; i < p->out.n; i++)
		free(p->out.col[i].name);
	free(p->out.col);
	free(p->slot);
	free(p->val);
	memset(p, 0, sizeof(*p));
}
