/*
 * norms.c - farm-labour norms for absorb --norms (docs/design.md
 * section 9).  The labour a farm needs depends on what it grows: Wujin
 * works 0.345 ha per farm worker, Qian'an 1.58, and no single national
 * value fits both.  A norms file gives, by crop and region, the
 * labour-days a sown hectare takes (as the national farm-product cost
 * survey, 全国农产品成本收益资料汇编, publishes them per mu) and the
 * working days of a farm worker's year, each as a low and a high value
 * with its source.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "norms.h"

struct norm {
	char *crop, *region;	/* region: "*" or a code prefix */
	double low, high;
};

struct norms {
	struct norm *r;
	size_t n;
	const char *path;
	/* The crops bound to the header's columns, in column order. */
	const char **crop;
	size_t ncrop;
};

static int
column(const struct lt_header *h, const char *name, const char *path)
{
	int c = lt_header_find(h, name);

	if (c < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: a norms file needs the "
		    "columns crop, region, days_low, days_high and source",
		    path);
	return c;
}

/* One row: the values, checked (0 <= low <= high, a source given). */
static void
add_row(struct norms *n, struct lt_in *in, const struct lt_row *row,
    const int *c)
{
	struct norm *x;
	double low = NAN, high = NAN;

	if (lt_parse_num(row->f[c[2]].s, row->f[c[2]].len, &low) != LT_OK)
		low = NAN;
	if (lt_parse_num(row->f[c[3]].s, row->f[c[3]].len, &high) != LT_OK)
		high = NAN;

	if (!(low >= 0) || !(high >= low) || row->f[c[0]].len == 0 ||
	    row->f[c[1]].len == 0)
		lt_die(LT_EXIT_DATA, "%s: a norm needs a crop, a region and "
		    "0 <= days_low <= days_high: %s, %s, %s, %s", lt_in_file(in),
		    row->f[c[0]].s, row->f[c[1]].s, row->f[c[2]].s,
		    row->f[c[3]].s);
	if (row->f[c[4]].len == 0)
		lt_die(LT_EXIT_DATA, "%s: the norm of %s in %s names no source "
		    "(a source, or \"illustrative\" and why)", lt_in_file(in),
		    row->f[c[0]].s, row->f[c[1]].s);
	n->r = lt_realloc(n->r, (n->n + 1) * sizeof(*n->r));
	x = &n->r[n->n++];
	x->crop = lt_strndup(row->f[c[0]].s, row->f[c[0]].len);
	x->region = lt_strndup(row->f[c[1]].s, row->f[c[1]].len);
	x->low = low;
	x->high = high;
}

struct norms *
norms_load(const char *path)
{
	static const char *const names[] = {
		"crop", "region", "days_low", "days_high", "source"
	};
	struct norms *n = lt_calloc(1, sizeof(*n));
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_row *row;
	const struct lt_header *h;
	char *files[1];
	int c[5];
	size_t i;

	files[0] = (char *)path;
	n->path = path;
	lt_cli_init(&cli, "", "");
	cli.progress = 0;
	in = lt_in_open(&cli, 1, files);
	h = lt_in_header(in);
	for (i = 0; i < 5; i++)
		c[i] = column(h, names[i], path);
	while (lt_in_next(in, &row))
		add_row(n, in, row, c);
	lt_in_close(in);
	return n;
}

void
norms_free(struct norms *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->n; i++) {
		free(n->r[i].crop);
		free(n->r[i].region);
	}
	free(n->r);
	free(n->crop);
	free(n);
}

static int
has_crop(const struct norms *n, const char *crop)
{
	size_t i;

	for (i = 0; i < n->n; i++)
		if (strcmp(n->r[i].crop, crop) == 0)
			return 1;
	return 0;
}

size_t
norms_bind(struct norms *n, const struct lt_header *h, int *cols,
    const char **names, size_t max)
{
	size_t i, k = 0;

	free(n->crop);
	n->crop = lt_calloc(max + 1, sizeof(*n->crop));
	for (i = 0; i < h->n && k < max; i++) {
		const char *name = h->col[i].name;

		if (strncmp(name, "sown_ha_", 8) != 0 || !has_crop(n, name + 8))
			continue;
		n->crop[k] = name + 8;
		names[k] = name;
		cols[k++] = (int)i;
	}
	if (k == 0 && max > 0 && has_crop(n, "all") &&
	    (cols[0] = lt_header_find(h, "sown_ha")) >= 0) {
		n->crop[0] = "all";
		names[0] = "sown_ha";
		k = 1;
	}
	n->ncrop = k;
	return k;
}

/* The norm of crop for code: the longest matching region prefix. */
static const struct norm *
find(const struct norms *n, const char *crop, const char *code, size_t len)
{
	const struct norm *best = NULL;
	size_t i, blen = 0;

	for (i = 0; i < n->n; i++) {
		const struct norm *x = &n->r[i];
		size_t rl = strlen(x->region);

		if (strcmp(x->crop, crop) != 0)
			continue;
		if (strcmp(x->region, "*") == 0)
			rl = 0;
		else if (rl > len || memcmp(x->region, code, rl) != 0)
			continue;
		if (best == NULL || rl > blen) {
			best = x;
			blen = rl;
		}
	}
	return best;
}

void
norms_need(const struct norms *n, const char *code, size_t len,
    const double *sown, double *low, double *high)
{
	const struct norm *wd = find(n, "working_days", code, len);
	double days_low = 0, days_high = 0;
	size_t i;

	*low = *high = NAN;
	if (wd == NULL || !(wd->low > 0) || n->ncrop == 0)
		return;
	for (i = 0; i < n->ncrop; i++) {
		const struct norm *x = find(n, n->crop[i], code, len);

		if (x == NULL || isnan(sown[i]))
			return;
		days_low += sown[i] * x->low;
		days_high += sown[i] * x->high;
	}
	*low = days_low / wd->high;
	*high = days_high / wd->low;
}
