/*
 * regions.c - region rows with labour counts: labour_local as the
 * residual when its terms are all there, and the shares of rural labour
 * (docs/design.md section 7.3).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "labour.h"
#include "rollup.h"
#include "modes.h"

/* The terms of the residual labour_local of a row, exact; 0 when one is
 * too large (the row is rejected). */
static int
row_terms(struct lt_in *in, const struct lt_row *row, const int *term_col,
    lt_micro *term, int *na)
{
	const struct lt_field *f;
	enum lt_status st;
	int i;

	for (i = 0; i < TERM_NTERMS; i++) {
		term[i] = 0;
		na[i] = i != TERM_AWAY_FARM;
		if (term_col[i] < 0)
			continue;	/* absent: NA, or 0 */
		f = &row->f[term_col[i]];
		st = lt_parse_micro(f->s, f->len, &term[i]);
		na[i] = st == LT_NA;
		if (st != LT_OK && st != LT_NA) {
			lt_in_reject(in, row, term_col[i], "\"%.*s\" is too "
			    "large for an exact sum", (int)(f->len > 60 ? 60 :
			    f->len), f->s);
			return 0;
		}
	}
	return 1;
}

void
region_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h)
{
	struct lt_plan plan;
	struct lt_row *row;
	int term_col[TERM_NTERMS], share_col[SH_NSHARES], col_local;
	size_t s_local, s_share[SH_NSHARES];
	char localbuf[64];
	int i;

	char missing[128] = "";
	long residual_na = 0;

	for (i = 0; i < TERM_NTERMS; i++) {
		term_col[i] = lt_in_numeric(in, local_term_column[i]);
		/* Without one of these the residual would count its people
		 * as local; labour_away_farm alone may be absent (0). */
		if (term_col[i] < 0 && i != TERM_AWAY_FARM)
			snprintf(missing + strlen(missing), sizeof(missing) -
			    strlen(missing), "%s%s", missing[0] ? ", " : "",
			    local_term_column[i]);
	}
	col_local = lt_in_numeric(in, "labour_local");
	/* The numerator of each share: labour_local is computed here. */
	for (i = 0; i < SH_NSHARES; i++)
		share_col[i] = lt_in_numeric(in, sum_column[share_sum[i]]);
	lt_plan_init(&plan, h);
	s_local = lt_plan_add(&plan, "labour_local", LT_NUM);
	for (i = 0; i < SH_NSHARES; i++)
		s_share[i] = lt_plan_add(&plan, share_column[i], LT_NUM);
	lt_out_header(out, &plan.out);
	while (lt_in_next(in, &row)) {
		lt_micro term[TERM_NTERMS], local;
		int na[TERM_NTERMS];
		double rural, local_d;

		if (col_local >= 0 && !row->v[col_local].na) {
			/* Given: kept as written. */
			plan.val[s_local] = lt_str(row->f[col_local].s,
			    row->f[col_local].len);
			local_d = lt_value_num(&row->v[col_local]);
		} else {
			if (!row_terms(in, row, term_col, term, na))
				continue;
			if (derive_local(term, na, &local)) {
				size_t n = lt_fmt_micro(localbuf, local);

				plan.val[s_local] = lt_str(localbuf, n);
				local_d = lt_micro_to_num(local);
			} else {
				plan.val[s_local] = lt_na();
				local_d = 0.0 / 0.0;
				residual_na++;
			}
		}
		rural = lt_value_num(&row->v[term_col[TERM_RURAL]]);
		for (i = 0; i < SH_NSHARES; i++) {
			double part;

			if (share_sum[i] == S_LOCAL)
				part = local_d;
			else if (share_col[i] >= 0)
				part = lt_value_num(&row->v[share_col[i]]);
			else
				part = 0.0 / 0.0;
			plan.val[s_share[i]] = lt_num(lt_ratio(part, rural));
			if (plan.val[s_share[i]].u.d != plan.val[s_share[i]].u.d)
				plan.val[s_share[i]] = lt_na();
		}
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	if (residual_na > 0 && missing[0])
		lt_warn("labour_local NA where not given: the residual needs "
		    "column%s %s (it would count those people as local)",
		    strchr(missing, ',') ? "s" : "", missing);
	lt_plan_free(&plan);
}
