/*
 * rows.c - absorb row by row: each row's previous year of its code
 * (remembered per code, or the last row's with --sorted), its inputs,
 * and the formulas added to it, in input order (docs/design.md
 * section 9).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"
#include "norms.h"
#include "rows.h"

/* What the row-by-row mode remembers of the last row (--sorted). */
struct last_row {
	char code[16];
	size_t len;
	int have;
	struct absorb_prev prev;
};

/*
 * Find the previous year of the row's code, or say why there is none
 * that can be used: 1 with *prev (NULL when there is no earlier year),
 * 0 when the row was rejected.
 */
static int
previous_year(struct lt_in *in, const struct lt_row *row, int col_code,
    int col_year, struct absorb_hist *h, const struct absorb_prev **prev)
{
	const struct lt_value *vc = &row->v[col_code];
	int64_t year = row->v[col_year].u.i;

	switch (absorb_hist_find(h, year, prev)) {
	case HIST_DUPLICATE:
		lt_in_reject(in, row, col_year, "%lld comes again for code "
		    "%.*s (one row per code and year)", (long long)year,
		    (int)vc->u.str.len, vc->u.str.s);
		return 0;
	case HIST_FORGOTTEN:
		lt_in_reject(in, row, col_year, "%lld of code %.*s comes "
		    "after %d later years of that code, more than absorb "
		    "remembers: sort the input by code and year", (long long)year,
		    (int)vc->u.str.len, vc->u.str.s, ABSORB_HIST_MAX);
		return 0;
	default:
		return 1;
	}
}

/* --sorted: the previous year is the last row's, if of the same code. */
static int
previous_sorted(struct lt_in *in, const struct lt_row *row, int col_code,
    int col_year, struct last_row *last, const struct absorb_prev **prev)
{
	const struct lt_value *vc = &row->v[col_code];
	char msg[256];
	int c;

	*prev = NULL;
	if (!last->have)
		return 1;
	c = absorb_order(vc->u.str.s, vc->u.str.len, row->v[col_year].u.i,
	    last->code, last->len, last->prev.year, msg, sizeof(msg));
	if (c < 0) {
		lt_in_reject(in, row, c == -1 ? col_code : col_year, "%s", msg);
		return 0;
	}
	if (c == 1)
		*prev = &last->prev;
	return 1;
}

static void
free_hists(struct lt_hash *hists)
{
	const char **keys;
	void **vals;
	size_t i, n = lt_hash_count(hists);

	lt_hash_sorted(hists, &keys, &vals);
	for (i = 0; i < n; i++)
		absorb_hist_free(vals[i]);
	free(keys);
	free(vals);
	lt_hash_free(hists);
}

/* The columns a row's inputs come from. */
#define MAX_CROPS 32
struct row_cols {
	int code, year, urban_def;
	int in[ABSORB_NIN];
	/* The inputs the header has (the rest stay NaN in blank). */
	size_t present[ABSORB_NIN], npresent;
	struct absorb_in blank;
	struct norms *norms;
	int sown[MAX_CROPS];
	size_t nsown;
};

static void
row_columns(struct lt_in *in, struct norms *norms,
    const struct absorb_opts *opt, struct row_cols *rc)
{
	const struct lt_header *h = lt_in_header(in);
	const char *fname = lt_in_file(in);
	const char *names[MAX_CROPS];
	int has[ABSORB_NIN];
	size_t k;

	rc->code = lt_header_find(h, "code");
	rc->year = lt_header_find(h, "year");
	if (rc->code < 0 || rc->year < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs the columns code and "
		    "year", fname);
	rc->urban_def = lt_header_find(h, "urban_def");
	rc->npresent = 0;
	for (k = 0; k < ABSORB_NIN; k++) {
		rc->in[k] = lt_in_numeric(in, absorb_inputs[k].name);
		has[k] = rc->in[k] >= 0;
		*(double *)((char *)&rc->blank + absorb_inputs[k].off) = NAN;
		if (has[k])
			rc->present[rc->npresent++] = k;
	}
	rc->norms = norms;
	rc->nsown = 0;
	if (norms != NULL) {
		rc->nsown = norms_bind(norms, h, rc->sown, names, MAX_CROPS);
		for (k = 0; k < rc->nsown; k++)
			lt_in_numeric(in, names[k]);
		if (rc->nsown == 0)
			lt_warn("no sown_ha column that the norms cover "
			    "(sown_ha_CROP, or sown_ha with a norm of crop all): "
			    "farm_need, surplus, surplus_low, surplus_high and "
			    "labour_shortage NA");
	}
	absorb_note_missing(has, opt, norms != NULL);
}

/* A row's inputs; 0 when the row was rejected. */
static int
row_inputs(struct lt_in *in, const struct lt_row *row,
    const struct row_cols *rc, struct absorb_in *r)
{
	const struct lt_value *vc = &row->v[rc->code];
	double sown[MAX_CROPS];
	int bad = 0;
	size_t k;

	if (vc->na || row->v[rc->year].na) {
		lt_in_reject(in, row, vc->na ? rc->code : rc->year,
		    "missing (every row needs a code and a year)");
		return 0;
	}
	*r = rc->blank;
	r->year = row->v[rc->year].u.i;
	for (k = 0; k < rc->npresent; k++) {
		size_t i = rc->present[k];

		*(double *)((char *)r + absorb_inputs[i].off) =
		    lt_row_count(in, row, rc->in[i], &bad);
	}
	for (k = 0; k < rc->nsown; k++)
		sown[k] = lt_row_count(in, row, rc->sown[k], &bad);
	if (bad)
		return 0;
	r->need_low = r->need_high = NAN;
	if (rc->nsown > 0)
		norms_need(rc->norms, vc->u.str.s, vc->u.str.len, sown,
		    &r->need_low, &r->need_high);
	r->urban_resid = -1;
	if (rc->urban_def >= 0)
		r->urban_resid = absorb_urban_resid(row->f[rc->urban_def].s,
		    row->f[rc->urban_def].len);
	r->township_row = vc->u.str.len == 9;
	return 1;
}

/* Row by row: every row out as it came in, with the formulas added. */
void
absorb_by_row(struct lt_in *in, struct lt_out *out, const struct absorb_opts *opt,
    struct norms *norms, int sorted)
{
	struct lt_plan plan;
	struct lt_row *row;
	struct lt_hash *hists = sorted ? NULL :
	    lt_hash_new(sizeof(struct absorb_hist));
	struct absorb_hist *hist = NULL;
	struct absorb_notes notes;
	struct last_row last;
	struct row_cols rc;
	size_t k;

	row_columns(in, norms, opt, &rc);
	lt_plan_init(&plan, lt_in_header(in));
	for (k = 0; k < ABSORB_NOUT; k++)
		if (lt_plan_add(&plan, absorb_outputs[k].name,
		    (enum lt_type)absorb_outputs[k].type) != k)
			lt_die(LT_EXIT_DATA, "internal error: plan slots");
	lt_out_header(out, &plan.out);
	memset(&last, 0, sizeof(last));
	memset(&notes, 0, sizeof(notes));

	while (lt_in_next(in, &row)) {
		const struct lt_value *vc = &row->v[rc.code];
		const struct absorb_prev *prev;
		struct absorb_prev mine;
		struct absorb_in r;
		struct absorb_out o;

		if (!row_inputs(in, row, &rc, &r))
			continue;
		if (sorted) {
			if (!previous_sorted(in, row, rc.code, rc.year, &last,
			    &prev))
				continue;
		} else {
			/* Rows of one code mostly come together. */
			if (hist == NULL || vc->u.str.len != last.len ||
			    memcmp(vc->u.str.s, last.code, last.len) != 0) {
				hist = lt_hash_get(hists, vc->u.str.s,
				    vc->u.str.len, NULL);
				memcpy(last.code, vc->u.str.s, vc->u.str.len);
				last.len = vc->u.str.len;
			}
			if (!previous_year(in, row, rc.code, rc.year, hist,
			    &prev))
				continue;
		}
		absorb_compute(&r, prev, opt, &o);
		absorb_note_row(&notes, &o);
		absorb_remember(&r, &o, &mine);
		if (sorted) {
			memcpy(last.code, vc->u.str.s, vc->u.str.len);
			last.len = vc->u.str.len;
			last.have = 1;
			last.prev = mine;
		} else {
			absorb_hist_add(hist, &mine);
		}
		/* The slots were added first to last: 0 to ABSORB_NOUT - 1. */
		absorb_values(&o, plan.val);
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	absorb_notes_print(&notes);
	lt_plan_free(&plan);
	if (hists)
		free_hists(hists);
}

int
absorb_order(const char *code, size_t len, int64_t year, const char *last,
    size_t llen, int64_t lyear, char *msg, size_t size)
{
	int c = memcmp(code, last, len < llen ? len : llen);

	if (c == 0)
		c = (len > llen) - (len < llen);
	if (c > 0)
		return 0;
	if (c == 0 && year > lyear)
		return 1;
	snprintf(msg, size, "%.*s %lld comes after %.*s %lld: not in "
	    "code-year order (--sorted)", (int)len, code, (long long)year,
	    (int)llen, last, (long long)lyear);
	return c < 0 ? -1 : -2;
}
