/*
 * ills-report - where are the rural ills, and how bad?
 *
 * Region-year rows become the five rural ills of DESIGN section 1 as
 * scored indicators: each indicator of the table in ills.c that the
 * input has the columns for is computed per region and year, mapped to
 * a score in [0, 1] by its thresholds, and each ill scores the mean of
 * its indicators.  Year-on-year indicators compare a region with its
 * previous year, so the report holds one small record per region and
 * year (the numbers it needs, not the rows) and writes everything
 * sorted by code then year: long typed CSV, Markdown or HTML.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "ills.h"
#include "report.h"

static const char usage_line[] =
    "[-f csv|md|html] [-l level] [-n top] [-t thresholds] [-y year] "
    "[-o file] [--header spec] [--indicators] [--plain] [--rejects file] "
    "[file ...]";

static const char help_text[] =
    "Scores the five rural ills (parochial industry, peripheral\n"
    "agriculture, environment, disorderly towns, amphibian labour) from\n"
    "region-year rows, with the indicator values as evidence.\n\n"
    "  -f, --format FORMAT   csv (default: code, name, year, ill,\n"
    "                        indicator, value, score, level), md or html\n"
    "  -l, --level LEVEL     only ills at LEVEL or worse: low, medium, high\n"
    "  -n, --top N           only the N worst regions per ill (md and\n"
    "                        html list the 10 worst without it)\n"
    "  -t, --thresholds FILE CSV indicator,low,high overriding the\n"
    "                        default thresholds\n"
    "  -y, --year YEAR       only YEAR (md and html: by default each\n"
    "                        region's latest year)\n"
    "      --indicators      print the indicator table and exit\n";

enum { OPT_INDICATORS = LT_OPT_FILTER };

/* static, so that what the records point to stays reachable. */
static struct report rep;
static struct lt_hash *places;

/* Every used numeric column's value of the current row, NaN for NA. */
static double *colval;

/* Columns of each indicator's needs; -1 ends. */
static int need_col[ILLS_MAXIND][IND_MAXNEEDS];
static int *sector_col;

/* The name of a code until a row gives one. */
static char no_name[1];

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
static void
read_thresholds(const char *path)
{
	struct lt_cli tcli;
	struct lt_in *tin;
	const struct lt_header *h;
	struct lt_row *row;
	char *files[1];
	int c_ind, c_low, c_high;

	lt_cli_init(&tcli, usage_line, help_text);
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
static void
print_indicators(struct lt_out *o)
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

static int
has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Sector columns for the Krugman index: sector_* columns (which must be
 * numeric), or else the numeric output_* columns other than the totals
 * output_industry and output_agri.  Two or more make a mix.
 */
static size_t
find_sectors(struct lt_in *in, int *cols)
{
	const struct lt_header *h = lt_in_header(in);
	size_t i, n = 0;

	for (i = 0; i < h->n; i++)
		if (has_prefix(h->col[i].name, "sector_"))
			cols[n++] = lt_in_numeric(in, h->col[i].name);
	if (n == 0)
		for (i = 0; i < h->n; i++)
			if (has_prefix(h->col[i].name, "output_") &&
			    strcmp(h->col[i].name, "output_industry") != 0 &&
			    strcmp(h->col[i].name, "output_agri") != 0 &&
			    (h->col[i].type == LT_INT ||
			    h->col[i].type == LT_NUM))
				cols[n++] = (int)i;
	return n >= 2 ? n : 0;
}

/* Which indicators the header allows; the note for the others. */
static void
plan_indicators(struct lt_in *in, int *used)
{
	size_t i, j;

	rep.stride = 0;
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];
		char note[256];
		size_t n = 0;

		note[0] = '\0';
		for (j = 0; ind->needs[j]; j++) {
			int col = lt_in_numeric(in, ind->needs[j]);

			need_col[i][j] = col;
			if (col < 0)
				n += (size_t)snprintf(note + n, sizeof(note) - n,
				    "%s%s", n ? ", " : "", ind->needs[j]);
			else
				used[col] = 1;
		}
		if (ind->kind == KIND_YOY && !rep.has_year)
			n += (size_t)snprintf(note + n, sizeof(note) - n,
			    "%syear (and two years of a code)", n ? ", " : "");
		if (ind->kind == KIND_SECTOR && rep.nsectors == 0)
			n += (size_t)snprintf(note + n, sizeof(note) - n,
			    "two or more sector_* columns (or output_* columns "
			    "of sectors), and regions that share a parent code");
		if (n > 0) {
			rep.slot[i] = -1;
			rep.missing[i] = lt_strdup(note);
			rep.nmissing++;
		} else {
			rep.slot[i] = (int)rep.stride++;
		}
	}
}

/* A count, area or amount: NA stays NaN; a negative value is bad
 * data. */
static int
read_columns(struct lt_in *in, const struct lt_row *row, const int *used,
    size_t ncols)
{
	size_t i;

	for (i = 0; i < ncols; i++) {
		const struct lt_value *v;
		double d;

		if (!used[i])
			continue;
		v = &row->v[i];
		if (v->na) {
			colval[i] = NAN;
			continue;
		}
		d = v->type == LT_INT ? (double)v->u.i : v->u.d;
		if (d < 0) {
			lt_in_reject(in, row, (int)i, "%s is negative (it must "
			    "be 0 or more)", row->f[i].s);
			return 0;
		}
		colval[i] = d;
	}
	return 1;
}

static struct rec *
new_rec(void)
{
	if (rep.nrec == rep.cap) {
		rep.cap = rep.cap ? rep.cap * 2 : 1024;
		rep.rec = lt_realloc(rep.rec, rep.cap * sizeof(*rep.rec));
		rep.val = lt_realloc(rep.val, rep.cap * (rep.stride ?
		    rep.stride : 1) * sizeof(*rep.val));
		if (rep.nsectors)
			rep.sector = lt_realloc(rep.sector, rep.cap *
			    rep.nsectors * sizeof(*rep.sector));
	}
	return &rep.rec[rep.nrec];
}

/* Store the row's numbers: row indicators, the quantities whose change
 * the year-on-year ones measure, and the sector values. */
static void
store_values(size_t r)
{
	double *val = rep.val + r * rep.stride, x[IND_MAXNEEDS];
	size_t i, j;

	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		if (rep.slot[i] < 0 || ind->kind == KIND_SECTOR)
			continue;
		for (j = 0; ind->needs[j]; j++)
			x[j] = colval[need_col[i][j]];
		val[rep.slot[i]] = ind->value(x);
	}
	for (i = 0; i < rep.nsectors; i++)
		rep.sector[r * rep.nsectors + i] = colval[sector_col[i]];
}

static int
by_code_year(const void *a, const void *b)
{
	const struct rec *ra = &rep.rec[*(const uint32_t *)a];
	const struct rec *rb = &rep.rec[*(const uint32_t *)b];

	if (ra->place->rank != rb->place->rank)
		return ra->place->rank < rb->place->rank ? -1 : 1;
	return (ra->year > rb->year) - (ra->year < rb->year);
}

/* The length of the parent code (0 for a province). */
static size_t
parent_len(const struct place *p)
{
	enum lt_level l = lt_code_level(p->code, p->codelen);

	return l > LT_LEVEL_PROVINCE ? lt_level_digits(l - 1) : 0;
}

/* Groups for the Krugman index: same code length, parent and year. */
static int
by_group(const void *a, const void *b)
{
	const struct rec *ra = &rep.rec[*(const uint32_t *)a];
	const struct rec *rb = &rep.rec[*(const uint32_t *)b];
	int c;

	if (ra->place->codelen != rb->place->codelen)
		return ra->place->codelen < rb->place->codelen ? -1 : 1;
	if ((c = memcmp(ra->place->code, rb->place->code,
	    parent_len(ra->place))) != 0)
		return c;
	if (ra->year != rb->year)
		return ra->year < rb->year ? -1 : 1;
	return by_code_year(a, b);
}

static int
same_group(uint32_t a, uint32_t b)
{
	const struct rec *ra = &rep.rec[a], *rb = &rep.rec[b];

	return ra->place->codelen == rb->place->codelen &&
	    memcmp(ra->place->code, rb->place->code,
	    parent_len(ra->place)) == 0 && ra->year == rb->year;
}

static int
sectors_valid(const double *x)
{
	double total = 0;
	size_t k;

	for (k = 0; k < rep.nsectors; k++) {
		if (isnan(x[k]))
			return 0;
		total += x[k];
	}
	return total > 0;
}

/* Krugman dissimilarity of each region's sector mix from the rest of
 * its group; regions with an NA sector value, or none, are out. */
static void
compute_krugman(int slot)
{
	uint32_t *idx = lt_malloc(rep.nrec * sizeof(*idx));
	double *sum = lt_calloc(rep.nsectors, sizeof(*sum));
	double *rest = lt_calloc(rep.nsectors, sizeof(*rest));
	size_t a, b, i, k;

	for (i = 0; i < rep.nrec; i++)
		idx[i] = (uint32_t)i;
	qsort(idx, rep.nrec, sizeof(*idx), by_group);
	for (a = 0; a < rep.nrec; a = b) {
		for (k = 0; k < rep.nsectors; k++)
			sum[k] = 0;
		for (b = a; b < rep.nrec && same_group(idx[a], idx[b]); b++) {
			const double *x = rep.sector + idx[b] * rep.nsectors;

			if (sectors_valid(x))
				for (k = 0; k < rep.nsectors; k++)
					sum[k] += x[k];
		}
		for (i = a; i < b; i++) {
			const double *x = rep.sector + idx[i] * rep.nsectors;
			double v = NAN;

			if (sectors_valid(x)) {
				for (k = 0; k < rep.nsectors; k++)
					rest[k] = sum[k] - x[k];
				v = ills_krugman(x, rest, rep.nsectors);
			}
			rep.val[idx[i] * rep.stride + slot] = v;
		}
	}
	free(idx);
	free(sum);
	free(rest);
}

/* Year-on-year indicators: backwards, so that the previous record still
 * holds its quantity when the change replaces the current one's. */
static void
compute_changes(void)
{
	size_t k, i;

	for (k = rep.nrec; k-- > 0;) {
		uint32_t r = rep.order[k], p = k > 0 ? rep.order[k - 1] : r;
		int has_prev = k > 0 && rep.rec[p].place == rep.rec[r].place;

		for (i = 0; i < ills_nindicators; i++) {
			const struct indicator *ind = &ills_indicators[i];
			double *cur;

			if (rep.slot[i] < 0 || ind->kind != KIND_YOY)
				continue;
			cur = &rep.val[r * rep.stride + rep.slot[i]];
			*cur = has_prev ? ind->change(*cur,
			    rep.val[p * rep.stride + rep.slot[i]],
			    (double)(rep.rec[r].year - rep.rec[p].year)) : NAN;
		}
	}
}

static void
compute_ill_scores(void)
{
	double scores[ILLS_MAXIND];
	size_t r, i, n;
	int k;

	for (r = 0; r < rep.nrec; r++)
		for (k = 0; k < NILLS; k++) {
			n = 0;
			for (i = 0; i < ills_nindicators; i++)
				if (ills_indicators[i].ill == (enum ill_id)k &&
				    rep.slot[i] >= 0)
					scores[n++] = report_score(&rep, i,
					    (uint32_t)r);
			rep.rec[r].ill[k] = ills_mean(scores, n);
		}
}

static int worst_ill;

static int
by_worst(const void *a, const void *b)
{
	uint32_t ra = *(const uint32_t *)a, rb = *(const uint32_t *)b;
	double sa = rep.rec[ra].ill[worst_ill], sb = rep.rec[rb].ill[worst_ill];

	if (sa != sb)
		return sa > sb ? -1 : 1;
	return by_code_year(a, b);
}

/* The worst top of w[0..n), in order, at the front of w: one pass
 * with insertion into the kept few when top is small, else a sort. */
static size_t
keep_worst(uint32_t *w, size_t n, size_t top)
{
	size_t k, j, kept = 0;

	if (top > 1000) {
		qsort(w, n, sizeof(*w), by_worst);
		return n < top ? n : top;
	}
	for (k = 0; k < n; k++) {
		uint32_t r = w[k];

		if (kept == top && by_worst(&r, &w[kept - 1]) >= 0)
			continue;
		j = kept < top ? kept++ : kept - 1;
		for (; j > 0 && by_worst(&r, &w[j - 1]) < 0; j--)
			w[j] = w[j - 1];
		w[j] = r;
	}
	return kept;
}

/* Which records the report covers (sel), which ills pass --level, and
 * the worst N per ill (all of them for CSV without --top). */
static void
select_records(void)
{
	size_t k, n;
	long top = rep.top ? rep.top : 10;
	int i;

	for (k = 0; k < rep.nrec; k++) {
		uint32_t r = rep.order[k];
		struct rec *rc = &rep.rec[r];

		if (rep.year_given)
			rc->sel = rc->year == rep.year;
		else if (rep.format == FORMAT_CSV)
			rc->sel = 1;
		else
			rc->sel = k + 1 == rep.nrec ||
			    rep.rec[rep.order[k + 1]].place != rc->place;
		rc->show = 0;
		for (i = 0; i < NILLS; i++)
			if (rep.min_level == LEVEL_NA || ills_level(rc->ill[i])
			    >= rep.min_level)
				rc->show |= 1u << i;
	}
	/* CSV without --top needs no ranking. */
	for (i = 0; i < NILLS && (rep.format != FORMAT_CSV || rep.top); i++) {
		uint32_t *w = lt_malloc((rep.nrec ? rep.nrec : 1) * sizeof(*w));

		n = 0;
		for (k = 0; k < rep.nrec; k++) {
			struct rec *rc = &rep.rec[rep.order[k]];

			if (rc->sel && (rc->show >> i & 1) &&
			    !isnan(rc->ill[i]))
				w[n++] = rep.order[k];
		}
		worst_ill = i;
		n = keep_worst(w, n, (size_t)top);
		for (k = 0; k < n; k++)
			rep.rec[w[k]].top |= 1u << i;
		rep.worst[i] = w;
		rep.nworst[i] = n;
	}
	if (rep.top)
		for (k = 0; k < rep.nrec; k++)
			rep.rec[k].show &= rep.rec[k].top;
}

/* A second row of the same code: the same year (or no year column)
 * makes it a duplicate. */
static int
duplicate(const struct place *p, int64_t year, uint32_t *line_rec)
{
	uint32_t r;

	if (p->last == UINT32_MAX)
		return 0;
	if (rep.has_year && year > p->max_year)
		return 0;
	for (r = p->last; r != UINT32_MAX; r = rep.rec[r].prev)
		if (!rep.has_year || rep.rec[r].year == year) {
			*line_rec = r;
			return 1;
		}
	return 0;
}

static void
read_rows(struct lt_in *in, int col_code, int col_name, int col_year,
    int *used)
{
	const struct lt_header *h = lt_in_header(in);
	struct lt_row *row;

	while (lt_in_next(in, &row)) {
		const struct lt_field *code;
		struct place *p;
		struct rec *rc;
		int64_t year = 0;
		uint32_t dup;
		int isnew;

		if (row->v[col_code].na) {
			lt_in_reject(in, row, col_code, "the code is missing");
			continue;
		}
		if (col_year >= 0) {
			if (row->v[col_year].na) {
				lt_in_reject(in, row, col_year, "the year is "
				    "missing");
				continue;
			}
			year = row->v[col_year].u.i;
		}
		if (!read_columns(in, row, used, h->n))
			continue;
		code = &row->f[col_code];
		p = lt_hash_get(places, code->s, code->len, &isnew);
		if (isnew) {
			p->code = lt_strndup(code->s, code->len);
			p->codelen = code->len;
			p->name = no_name;
			p->last = UINT32_MAX;
		}
		if (duplicate(p, year, &dup)) {
			if (rep.has_year)
				lt_in_reject(in, row, col_code, "%s appears "
				    "twice in year %lld", p->code,
				    (long long)year);
			else
				lt_in_reject(in, row, col_code, "%s appears "
				    "twice (and there is no year column)",
				    p->code);
			continue;
		}
		if (col_name >= 0 && (row->f[col_name].len != p->namelen ||
		    memcmp(row->f[col_name].s, p->name, p->namelen) != 0)) {
			/* The old name stays with the records that have it. */
			p->name = lt_strndup(row->f[col_name].s,
			    row->f[col_name].len);
			p->namelen = row->f[col_name].len;
		}
		rc = new_rec();
		memset(rc, 0, sizeof(*rc));
		rc->place = p;
		rc->name = p->name;
		rc->namelen = p->namelen;
		rc->year = year;
		rc->prev = p->last;
		if (p->last == UINT32_MAX || year > p->max_year)
			p->max_year = year;
		p->last = (uint32_t)rep.nrec;
		store_values(rep.nrec);
		rep.nrec++;
	}
}

static void
compute(void)
{
	const char **keys;
	void **vals;
	size_t i, n = lt_hash_count(places);

	lt_hash_sorted(places, &keys, &vals);
	for (i = 0; i < n; i++)
		((struct place *)vals[i])->rank = (uint32_t)i;
	free(keys);
	free(vals);
	rep.order = lt_malloc((rep.nrec ? rep.nrec : 1) * sizeof(*rep.order));
	for (i = 0; i < rep.nrec; i++)
		rep.order[i] = (uint32_t)i;
	qsort(rep.order, rep.nrec, sizeof(*rep.order), by_code_year);
	compute_changes();
	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].kind == KIND_SECTOR && rep.slot[i] >= 0)
			compute_krugman(rep.slot[i]);
	compute_ill_scores();
	select_records();
}

static enum format
parse_format(const struct lt_cli *cli, const char *s)
{
	static const struct {
		const char *name;
		enum format format;
	} formats[] = {
		{ "csv", FORMAT_CSV }, { "md", FORMAT_MD },
		{ "html", FORMAT_HTML }
	};
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (strcmp(s, formats[i].name) == 0)
			return formats[i].format;
	fprintf(stderr, "%s: option --format: \"%s\" is not csv, md or html\n",
	    lt_prog, s);
	lt_usage(cli);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "format", required_argument, NULL, 'f' },
		{ "indicators", no_argument, NULL, OPT_INDICATORS },
		{ "level", required_argument, NULL, 'l' },
		{ "top", required_argument, NULL, 'n' },
		{ "thresholds", required_argument, NULL, 't' },
		{ "year", required_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 }
	};
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	const struct lt_header *h;
	const char *thresholds = NULL;
	int c, list = 0, col_code, col_name, col_year, *used;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	rep.min_level = LEVEL_NA;
	while ((c = getopt_long(argc, argv, "f:l:n:o:t:y:", longopts,
	    NULL)) != -1)
		switch (c) {
		case 'f':
			rep.format = parse_format(&cli, optarg);
			break;
		case 'l':
			if ((rep.min_level = ills_level_parse(optarg)) ==
			    LEVEL_NA) {
				fprintf(stderr, "%s: option --level: \"%s\" is "
				    "not low, medium or high\n", lt_prog, optarg);
				lt_usage(&cli);
			}
			break;
		case 'n':
			rep.top = (long)lt_opt_int("--top", optarg, 1,
			    1000000000);
			break;
		case 't':
			thresholds = optarg;
			break;
		case 'y':
			rep.year = lt_opt_int("--year", optarg, -100000, 100000);
			rep.year_given = 1;
			break;
		case OPT_INDICATORS:
			list = 1;
			break;
		default:
			if (!lt_cli_option(&cli, c, optarg))
				lt_usage(&cli);
		}
	rep.plain = cli.plain;
	if (ills_nindicators > ILLS_MAXIND)
		lt_die(LT_EXIT_USAGE, "too many indicators");
	if (thresholds)
		read_thresholds(thresholds);
	if (list) {
		out = lt_out_open(&cli);
		print_indicators(out);
		lt_out_close(out);
		return LT_EXIT_OK;
	}

	in = lt_in_open(&cli, argc - optind, argv + optind);
	h = lt_in_header(in);
	out = lt_out_open(&cli);
	if (h->n == 0) {
		/* Empty input: empty output. */
		lt_in_close(in);
		lt_out_close(out);
		return LT_EXIT_OK;
	}
	if ((col_code = lt_header_find(h, "code")) < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs region-year rows with "
		    "a code column (name, year and the indicators' columns; "
		    "see --indicators)", lt_in_file(in));
	col_name = lt_header_find(h, "name");
	col_year = lt_in_numeric(in, "year");
	rep.has_year = col_year >= 0;
	used = lt_calloc(h->n, sizeof(*used));
	colval = lt_calloc(h->n, sizeof(*colval));
	sector_col = lt_calloc(h->n, sizeof(*sector_col));
	rep.nsectors = find_sectors(in, sector_col);
	for (c = 0; c < (int)rep.nsectors; c++)
		used[sector_col[c]] = 1;
	plan_indicators(in, used);
	places = lt_hash_new(sizeof(struct place));

	read_rows(in, col_code, col_name, col_year, used);
	lt_in_close(in);
	compute();

	switch (rep.format) {
	case FORMAT_CSV:
		report_csv(out, &rep);
		break;
	case FORMAT_MD:
		report_md(out, &rep);
		break;
	case FORMAT_HTML:
		report_html(out, &rep);
		break;
	}
	lt_out_close(out);
	free(used);
	return LT_EXIT_OK;
}
