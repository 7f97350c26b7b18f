/*
 * rowsmap.c - what the maps need of the rows: each row's code_then,
 * boundary_changed and --map-figure's column; and for a township panel
 * (no county row in it), its rows summed to their counties and years,
 * the count columns only, as absorb --level county sums them (a sum
 * with an NA member is NA; shares and other columns are NA, never
 * summed), so that rows.c can score the counties for the map.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* code_then, boundary_changed and --map-figure's column; -1 none. */
static int map_col[3];
/* Per column: summed to counties. */
static unsigned char *summable;
static size_t ncols;
/* County and year -> sums: ncols doubles, then ncols NA flags. */
static struct lt_hash *sums;
static int county_rows;

void
rows_map_init(const struct report *rep, struct lt_in *in, const int *used)
{
	const struct lt_header *h = lt_in_header(in);
	size_t i;

	map_col[0] = lt_header_find(h, "code_then");
	map_col[1] = lt_in_numeric(in, "boundary_changed");
	map_col[2] = -1;
	if (!report_maps(rep))
		return;
	if (rep->map_figure && (map_col[2] = lt_in_numeric(in,
	    rep->map_figure)) < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: no column %s for "
		    "--map-figure", lt_in_file(in), rep->map_figure);
	ncols = h->n;
	summable = lt_calloc(ncols + 1, 1);
	for (i = 0; i < ncols; i++)
		summable[i] = (used[i] || (int)i == map_col[2]) &&
		    lt_field_is_count(h->col[i].name);
	sums = lt_hash_new((sizeof(double) + 1) * (ncols + 1));
}

/* A township row's counts into its county's sums. */
static void
add_to_county(const char *code, size_t len, int64_t year,
    const double *colval)
{
	char key[6 + 8];
	double *sum;
	unsigned char *na;
	size_t i;
	int isnew;

	memcpy(key, code, 6);
	for (i = 0; i < 8; i++)
		key[6 + i] = (char)(((uint64_t)year ^ UINT64_C(1) << 63) >>
		    (56 - 8 * i));
	(void)len;
	sum = lt_hash_get(sums, key, sizeof(key), &isnew);
	na = (unsigned char *)(sum + ncols);
	for (i = 0; i < ncols; i++)
		if (!summable[i] || isnan(colval[i]))
			na[i] = 1;
		else
			sum[i] += colval[i];
}

void
rows_map_values(struct rec *rc, const struct lt_row *row,
    const double *colval)
{
	const struct place *p = rc->place;
	size_t len = lt_code_canon(p->code, p->codelen);

	rc->figure = NAN;
	if (map_col[0] >= 0 && !row->v[map_col[0]].na &&
	    (row->f[map_col[0]].len != p->codelen ||
	    memcmp(row->f[map_col[0]].s, p->code, p->codelen) != 0))
		rc->code_then = lt_strndup(row->f[map_col[0]].s,
		    row->f[map_col[0]].len);
	if (map_col[1] >= 0 && !row->v[map_col[1]].na)
		rc->boundary = (int64_t)lt_value_num(&row->v[map_col[1]]);
	if (map_col[2] >= 0)
		rc->figure = lt_value_num(&row->v[map_col[2]]);
	if (!sums)
		return;
	if (len == 9 && lt_code_level(p->code, p->codelen) ==
	    LT_LEVEL_TOWNSHIP)
		add_to_county(p->code, p->codelen, rc->year, colval);
	else
		county_rows = 1;
}

void
rows_map_counties(void (*add)(const char *county, int64_t year,
    const double *vals, int figure_col))
{
	const char **keys;
	void **vals;
	size_t i, j, n;

	if (!sums || county_rows || (n = lt_hash_count(sums)) == 0)
		return;
	lt_hash_sorted(sums, &keys, &vals);
	for (i = 0; i < n; i++) {
		double *sum = vals[i];
		unsigned char *na = (unsigned char *)(sum + ncols);
		char county[7];
		uint64_t y = 0;

		for (j = 0; j < ncols; j++)
			if (na[j])
				sum[j] = NAN;
		memcpy(county, keys[i], 6);
		county[6] = '\0';
		for (j = 0; j < 8; j++)
			y = y << 8 | (unsigned char)keys[i][6 + j];
		add(county, (int64_t)(y ^ UINT64_C(1) << 63), sum, map_col[2]);
	}
	free(keys);
	free(vals);
}
