/*
 * indicators.c - the indicator table's side files: --thresholds reads
 * indicator,low,high rows that replace the default thresholds, and
 * --indicators writes the table as typed CSV.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* The number in a typed or untyped (str) cell of a side file. */
static int
cell_num(const struct lt_row *row, int col, double *d)
{
	const struct lt_value *v = &row->v[col];

	if (v->na)
		return 0;
	if (v->type == LT_NUM) {
		*d = v->u.d;
		return 1;
	}
	if (v->type == LT_INT) {
		*d = (double)v->u.i;
		return 1;
	}
	return lt_parse_num(row->f[col].s, row->f[col].len, d) == LT_OK;
}

/* --thresholds FILE: rows of indicator,low,high replace the defaults.
 * Read with the lib, so that a bad file stops with FILE:LINE (65). */
void
report_thresholds(const struct lt_cli *cli, const char *path)
{
	struct lt_cli tcli;
	struct lt_in *tin;
	const struct lt_header *h;
	struct lt_row *row;
	char *files[1];
	int c_ind, c_low, c_high;

	lt_cli_init(&tcli, cli->usage, cli->help);
	tcli.progress = 0;
	files[0] = (char *)path;
	tin = lt_in_open(&tcli, 1, files);
	h = lt_in_header(tin);
	if (h->n == 0) {
		lt_in_close(tin);
		return;
	}
	c_ind = lt_header_find(h, "indicator");
	c_low = lt_header_find(h, "low");
	c_high = lt_header_find(h, "high");
	if (c_ind < 0 || c_low < 0 || c_high < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs the columns indicator, "
		    "low and high", path);
	while (lt_in_next(tin, &row)) {
		const struct indicator *cind = ills_find(row->f[c_ind].s,
		    row->f[c_ind].len);
		double low, high;

		if (cind == NULL) {
			lt_in_reject(tin, row, c_ind, "\"%s\" is not an "
			    "indicator (see ills-report --indicators)",
			    row->f[c_ind].s);
			continue;
		}
		if (!cell_num(row, c_low, &low) || !isfinite(low)) {
			lt_in_reject(tin, row, c_low, "\"%s\" is not a number",
			    row->f[c_low].s);
			continue;
		}
		if (!cell_num(row, c_high, &high) || !isfinite(high)) {
			lt_in_reject(tin, row, c_high, "\"%s\" is not a number",
			    row->f[c_high].s);
			continue;
		}
		if (!(low < high)) {
			lt_in_reject(tin, row, c_high, "\"%s\" is not above "
			    "low %s (the ill's end is set by the indicator, "
			    "not by the order)", row->f[c_high].s,
			    row->f[c_low].s);
			continue;
		}
		((struct indicator *)cind)->low = low;
		((struct indicator *)cind)->high = high;
	}
	lt_in_close(tin);
}

/* --indicators: the table, as typed CSV. */
void
report_indicators(struct lt_out *o)
{
	size_t i, j;

	lt_out_column(o, "ill", LT_STR);
	lt_out_column(o, "indicator", LT_STR);
	lt_out_column(o, "worse", LT_STR);
	lt_out_column(o, "low", LT_NUM);
	lt_out_column(o, "high", LT_NUM);
	lt_out_column(o, "unit", LT_STR);
	lt_out_column(o, "needs", LT_STR);
	lt_out_column(o, "formula", LT_STR);
	lt_out_column(o, "source", LT_STR);
	lt_out_endrow(o);
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];
		char needs[256];
		size_t n = 0;

		needs[0] = '\0';
		for (j = 0; ind->needs[j]; j++)
			n += (size_t)snprintf(needs + n, sizeof(needs) - n,
			    "%s%s", j ? " " : "", ind->needs[j]);
		if (ind->kind == KIND_SECTOR)
			snprintf(needs, sizeof(needs), "sector_*");
		else if (ind->kind == KIND_YOY)
			snprintf(needs + n, sizeof(needs) - n, " year");
		lt_out_cstr(o, ills[ind->ill].name);
		lt_out_cstr(o, ind->name);
		lt_out_cstr(o, ind->worse == WORSE_HIGH ? "high" : "low");
		lt_out_num(o, ind->low);
		lt_out_num(o, ind->high);
		lt_out_cstr(o, ind->unit);
		lt_out_cstr(o, needs);
		lt_out_cstr(o, ind->formula);
		lt_out_cstr(o, ind->source);
		lt_out_endrow(o);
	}
}
