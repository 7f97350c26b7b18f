/*
 * rollup.c - absorb --level, --partial and --merge.  Count columns are
 * summed per code prefix and year as integers of millionths, each value
 * rounded on its own from its decimal text (docs/design.md section 11),
 * so that neither row order nor the split of the input can change an
 * output byte.  A sum with a missing member is missing: NA is never
 * taken as 0.  Shares, rates and year-on-year changes are computed from
 * the sums, never summed.  A partial ends in a count row (code NA, the
 * rows it read in rows_read), which --merge adds up for --expect-rows.
 * The groups are written by sums.c.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"
#include "rollup.h"

static void
add_out(struct rollup *ru, enum rollup_kind kind, int idx, const char *name,
    enum lt_type type)
{
	struct rollup_col *c;

	ru->out = lt_realloc(ru->out, (ru->nout + 1) * sizeof(*ru->out));
	c = &ru->out[ru->nout++];
	c->kind = kind;
	c->idx = idx;
	c->name = name;
	c->type = type;
}

/* The sums of the sown areas the norms cover (NA when the column is
 * not summed: not a canonical count). */
static void
bind_norms(struct rollup *ru, const struct lt_header *h)
{
	int cols[ROLLUP_MAX_CROPS];
	const char *names[ROLLUP_MAX_CROPS];
	int has[ABSORB_NIN];
	size_t i, k;

	for (k = 0; k < ABSORB_NIN; k++)
		has[k] = ru->fsum[k] >= 0;
	if (!ru->partial)
		absorb_note_missing(has, ru->opt, ru->norms != NULL);
	ru->nsown = 0;
	if (ru->norms == NULL)
		return;
	ru->nsown = norms_bind(ru->norms, h, cols, names, ROLLUP_MAX_CROPS);
	for (k = 0; k < ru->nsown; k++) {
		ru->sown_sum[k] = -1;
		for (i = 0; i < ru->nsum; i++)
			if (ru->sum_col[i] == cols[k])
				ru->sown_sum[k] = (int)i;
	}
}

void
rollup_init(struct rollup *ru, const struct lt_header *h, const char *fname)
{
	int placed[ABSORB_NOUT] = { 0 };
	size_t i, k;

	ru->hdr = h;
	ru->col_code = lt_header_find(h, "code");
	ru->col_year = lt_header_find(h, "year");
	ru->col_name = lt_header_find(h, "name");
	ru->col_rows = ru->merge ? lt_header_find(h, LT_ROWS_READ) : -1;
	if (ru->col_code < 0 || ru->col_year < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs the columns code and "
		    "year", fname);
	ru->sum_col = lt_calloc(h->n + 1, sizeof(*ru->sum_col));
	for (i = 0; i < h->n; i++) {
		const char *name = h->col[i].name;

		if ((int)i == ru->col_code) {
			add_out(ru, RK_CODE, 0, name, LT_CODE);
			if (ru->col_name < 0 && ru->divisions)
				add_out(ru, RK_NAME, 0, "name", LT_STR);
		} else if ((int)i == ru->col_name) {
			add_out(ru, RK_NAME, 0, name, LT_STR);
		} else if ((int)i == ru->col_year) {
			add_out(ru, RK_YEAR, 0, name, LT_INT);
		} else if (strcmp(name, "level") == 0) {
			add_out(ru, RK_LEVEL, 0, name, LT_STR);
		} else if (absorb_is_output(name)) {
			for (k = 0; k < ABSORB_NOUT; k++)
				if (strcmp(name, absorb_outputs[k].name) == 0)
					break;
			placed[k] = 1;
			add_out(ru, RK_OUTPUT, (int)k, name,
			    (enum lt_type)absorb_outputs[k].type);
		} else if (absorb_is_count(name)) {
			ru->sum_col[ru->nsum] = (int)i;
			add_out(ru, RK_SUM, (int)ru->nsum++, name,
			    h->col[i].type);
		}
	}
	/* A partial has no formulas (merging computes them), but the
	 * count of the rows it read. */
	if (!ru->partial)
		for (k = 0; k < ABSORB_NOUT; k++)
			if (!placed[k])
				add_out(ru, RK_OUTPUT, (int)k,
				    absorb_outputs[k].name,
				    (enum lt_type)absorb_outputs[k].type);
	if (ru->partial)
		add_out(ru, RK_ROWS, 0, LT_ROWS_READ, LT_INT);
	for (k = 0; k < ABSORB_NIN; k++) {
		ru->fcol[k] = lt_header_find(h, absorb_inputs[k].name);
		ru->fsum[k] = -1;
		for (i = 0; i < ru->nsum; i++)
			if (ru->sum_col[i] == ru->fcol[k])
				ru->fsum[k] = (int)i;
	}
	bind_norms(ru, h);
	ru->valsize = sizeof(struct rollup_group) + ru->nsum * (sizeof(lt_micro) + 1);
	ru->groups = lt_hash_new(ru->valsize);
	ru->tmp = lt_calloc(ru->nsum + 1, sizeof(lt_micro) + 1);
}

/* Check a row and read its sums into ru->tmp; 0 with msg and *col when
 * it is bad. */
static int
check_row(struct rollup *ru, const struct lt_row *row, char *msg,
    size_t size, int *col)
{
	const struct lt_value *vc = &row->v[ru->col_code];
	const struct lt_value *vy = &row->v[ru->col_year];
	unsigned char *tmpna = (unsigned char *)&ru->tmp[ru->nsum];
	const char *code = vc->u.str.s;
	size_t len = vc->u.str.len, j;
	int k, c;

	if (vc->na || vy->na) {
		*col = vc->na ? ru->col_code : ru->col_year;
		snprintf(msg, size, "missing (every row needs a code and a "
		    "year)");
		return 0;
	}
	if (ru->level != LT_LEVEL_NONE &&
	    lt_code_prefix(code, len, ru->level) == 0) {
		*col = ru->col_code;
		snprintf(msg, size, "\"%.*s\" is a %s code, above the %s level",
		    (int)len, code, lt_level_name(lt_code_level(code, len)),
		    lt_level_name(ru->level));
		return 0;
	}
	if (ru->sorted && ru->have_last && (c = absorb_order(code, len,
	    vy->u.i, ru->last_code, ru->last_len, ru->last_year, msg,
	    size)) < 0) {
		*col = c == -1 ? ru->col_code : ru->col_year;
		return 0;
	}
	for (k = 0; k < ABSORB_NIN; k++) {
		int f = ru->fcol[k];

		if (f >= 0 && !row->v[f].na && lt_value_num(&row->v[f]) < 0) {
			*col = f;
			snprintf(msg, size, "\"%s\" is negative (it must be 0 "
			    "or more)", row->f[f].s);
			return 0;
		}
	}
	for (j = 0; j < ru->nsum; j++) {
		const struct lt_field *f = &row->f[ru->sum_col[j]];
		enum lt_status st = lt_parse_micro(f->s, f->len, &ru->tmp[j]);

		tmpna[j] = st == LT_NA;
		if (st == LT_EBAD || st == LT_ERANGE) {
			*col = ru->sum_col[j];
			snprintf(msg, size, "\"%.40s\" cannot be summed exactly "
			    "(it must be a decimal below 10^30)", f->s);
			return 0;
		}
	}
	return 1;
}

/* --merge: a partial's count row (code NA) is added up; a group's row
 * must have rows_read NA.  1 when the row was a count row, -1 when it is
 * bad (msg, *col), 0 for a group's row. */
static int
count_row(struct rollup *ru, const struct lt_row *row, char *msg,
    size_t size, int *col)
{
	const struct lt_field *f = &row->f[ru->col_rows];
	size_t i;

	if (!row->v[ru->col_code].na) {
		if (f->len == 0)
			return 0;
		*col = ru->col_rows;
		snprintf(msg, size, "\"%.40s\" is not NA (rows_read is "
		    "counted in the count row only, where code is NA)", f->s);
		return -1;
	}
	for (i = 0; i < row->n; i++)
		if ((int)i != ru->col_rows && row->f[i].len > 0) {
			*col = (int)i;
			snprintf(msg, size, "\"%.40s\" is not NA (in a count "
			    "row, where code is NA, only rows_read has a "
			    "value)", row->f[i].s);
			return -1;
		}
	if (!lt_rows_add(&ru->rows_read, f->s, f->len)) {
		*col = ru->col_rows;
		snprintf(msg, size, "\"%.40s\" is not a count of rows (an "
		    "integer from 0; the total below 9.2e18)", f->s);
		return -1;
	}
	return 1;
}

int
rollup_add(struct rollup *ru, const struct lt_row *row, struct lt_out *out,
    char *msg, size_t size, int *col)
{
	const struct lt_value *vc = &row->v[ru->col_code];
	const unsigned char *tmpna = (unsigned char *)&ru->tmp[ru->nsum];
	const char *code = vc->u.str.s;
	size_t len = vc->u.str.len, plen = len, j;
	int64_t year = row->v[ru->col_year].u.i;
	char key[ABSORB_KEY_LEN];
	struct rollup_group *g;
	unsigned char *na;
	int counted;

	if (ru->col_rows >= 0 && (counted = count_row(ru, row, msg, size,
	    col)) != 0)
		return counted > 0;
	if (!check_row(ru, row, msg, size, col))
		return 0;
	if (ru->level != LT_LEVEL_NONE)
		plen = lt_code_prefix(code, len, ru->level);
	if (ru->sorted) {
		if (ru->prefix_len > 0 && (plen != ru->prefix_len ||
		    memcmp(code, ru->prefix, plen) != 0))
			rollup_flush(ru, out);
		memcpy(ru->prefix, code, plen);
		ru->prefix_len = plen;
		memcpy(ru->last_code, code, len);
		ru->last_len = len;
		ru->last_year = year;
		ru->have_last = 1;
	}
	absorb_key(key, code, plen, year);
	g = lt_hash_get(ru->groups, key, sizeof(key), NULL);
	na = rollup_group_na(ru, g);
	for (j = 0; j < ru->nsum; j++) {
		na[j] |= tmpna[j];
		/* A sum past 128 bits is no count: bad data, never a
		 * wrapped negative population. */
		if (__builtin_add_overflow(g->sum[j], ru->tmp[j], &g->sum[j]))
			lt_die(LT_EXIT_DATA, "the sum of %s for %.*s %lld does "
			    "not fit in 128 bits (past 10^32): not a count",
			    ru->hdr->col[ru->sum_col[j]].name, (int)plen, code,
			    (long long)year);
	}
	if (ru->merge && ru->col_name >= 0 && g->name == NULL &&
	    row->f[ru->col_name].len > 0)
		g->name = lt_strndup(row->f[ru->col_name].s,
		    row->f[ru->col_name].len);
	return 1;
}

void
rollup_free(struct rollup *ru)
{
	if (!ru->partial)
		absorb_notes_print(&ru->notes);
	lt_hash_free(ru->groups);
	free(ru->sum_col);
	free(ru->out);
	free(ru->tmp);
	ru->groups = NULL;
	ru->sum_col = NULL;
	ru->out = NULL;
	ru->tmp = NULL;
}
