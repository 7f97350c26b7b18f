/*
 * rows.c - ills-report's input: which indicators the header allows
 * (and what the others would need), then one small record per region
 * and year, with the numbers its indicators need rather than the row.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* The report being read into. */
static struct report *rep;

/* static, so that what the records point to stays reachable. */
static struct lt_hash *places;

/* Every used numeric column's value of the current row, NaN for NA. */
static double *colval;

/* Columns of each indicator's needs; -1 ends. */
static int need_col[ILLS_MAXIND][IND_MAXNEEDS];
static int *sector_col;
/* The industry floor's columns: tve_employment, labour_rural. */
static int floor_col[2];

/* The input's columns (colval's length). */
static size_t ncols;

/* The name of a code until a row gives one. */
static char no_name[1];

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

	rep->stride = 0;
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
		if (ind->kind == KIND_YOY && !rep->has_year)
			n += (size_t)snprintf(note + n, sizeof(note) - n,
			    "%syear (and two years of a code)", n ? ", " : "");
		if (ind->kind == KIND_SECTOR && rep->nsectors == 0)
			n += (size_t)snprintf(note + n, sizeof(note) - n,
			    "two or more sector_* columns (or output_* columns "
			    "of sectors)");
		if (n > 0) {
			rep->slot[i] = -1;
			rep->missing[i] = lt_strdup(note);
			rep->nmissing++;
		} else {
			rep->slot[i] = (int)rep->stride++;
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
		int bad = 0;

		if (!used[i])
			continue;
		/* NA is NaN; a negative count rejects the row. */
		colval[i] = lt_row_count(in, row, (int)i, &bad);
		if (bad)
			return 0;
	}
	return 1;
}

static struct rec *
new_rec(void)
{
	if (rep->nrec == rep->cap) {
		rep->cap = rep->cap ? rep->cap * 2 : 1024;
		rep->rec = lt_realloc(rep->rec, rep->cap * sizeof(*rep->rec));
		rep->val = lt_realloc(rep->val, rep->cap * (rep->stride ?
		    rep->stride : 1) * sizeof(*rep->val));
		rep->why = lt_realloc(rep->why, rep->cap * (rep->stride ?
		    rep->stride : 1));
		rep->falling = lt_realloc(rep->falling, rep->cap *
		    sizeof(*rep->falling));
		if (rep->nsectors)
			rep->sector = lt_realloc(rep->sector, rep->cap *
			    rep->nsectors * sizeof(*rep->sector));
	}
	return &rep->rec[rep->nrec];
}

/* The value of indicator i from the current row, and why it is NA:
 * which of its needs are NA, else an undefined ratio. */
static double
row_value(size_t i, int64_t year, unsigned char *why)
{
	const struct indicator *ind = &ills_indicators[i];
	double x[IND_MAXNEEDS], v;
	unsigned mask = 0;
	size_t j;

	for (j = 0; ind->needs[j]; j++)
		if (isnan(x[j] = colval[need_col[i][j]]))
			mask |= 1u << j;
	v = ind->value(x);
	*why = WHY_BYTE(WHY_NONE, 0);
	if ((ind->flags & IND_RESIDENCE) && rep->has_year && year < 2000) {
		*why = WHY_BYTE(WHY_DEFINITION, 0);
		return NAN;
	}
	if (isnan(v))
		*why = mask ? WHY_BYTE(WHY_MISSING, mask) :
		    WHY_BYTE(WHY_UNDEFINED, 0);
	return v;
}

/* The industry floor of the current row (docs/design.md section 10):
 * TVE jobs per rural labour against --industry-floor. */
static void
floor_of(struct rec *rc)
{
	double tve, labour;

	/* A column the input lacks is NA in every row: the floor cannot
	 * be tested, and the industry ills are NA, never guessed. */
	tve = floor_col[0] < 0 ? NAN : colval[floor_col[0]];
	labour = floor_col[1] < 0 ? NAN : colval[floor_col[1]];
	rc->floor_na = (unsigned char)(isnan(tve) | isnan(labour) << 1);
	if (rc->floor_na)
		rc->floor = FLOOR_NA;
	else if (labour > 0 && tve / labour >= rep->floor)
		rc->floor = FLOOR_ABOVE;
	else
		rc->floor = FLOOR_BELOW;
}

/* Store the row's numbers: row indicators, the quantities whose change
 * the year-on-year and trend ones measure, and the sector values. */
static void
store_values(size_t r)
{
	double *val = rep->val + r * rep->stride;
	unsigned char *why = rep->why + r * rep->stride;
	size_t i;

	for (i = 0; i < ills_nindicators; i++) {
		int s = rep->slot[i];

		if (s < 0)
			continue;
		if (ills_indicators[i].kind == KIND_SECTOR) {
			val[s] = NAN;
			why[s] = WHY_BYTE(WHY_NONE, 0);
			continue;
		}
		val[s] = row_value(i, rep->rec[r].year, &why[s]);
		if (ills_indicators[i].flags & IND_FALLING)
			rep->falling[r] = colval[need_col[i][1]];
	}
	for (i = 0; i < rep->nsectors; i++)
		rep->sector[r * rep->nsectors + i] = colval[sector_col[i]];
	floor_of(&rep->rec[r]);
}

/* A second row of the same code: the same year (or no year column)
 * makes it a duplicate. */
static int
duplicate(const struct place *p, int64_t year, uint32_t *line_rec)
{
	uint32_t r;

	if (p->last == UINT32_MAX)
		return 0;
	if (rep->has_year && year > p->max_year)
		return 0;
	for (r = p->last; r != UINT32_MAX; r = rep->rec[r].prev)
		if (!rep->has_year || rep->rec[r].year == year) {
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
			if (rep->has_year)
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
		p->last = (uint32_t)rep->nrec;
		store_values(rep->nrec);
		rows_map_values(rc, row, colval);
		rep->nrec++;
	}
}

/* A county's summed township rows (rowsmap.c), scored for the map
 * only: no row of the input has its code. */
static void
add_county(const char *county, int64_t year, const double *vals,
    int figure_col)
{
	struct place *p;
	struct rec *rc;
	int isnew;

	p = lt_hash_get(places, county, 6, &isnew);
	if (isnew) {
		p->code = lt_strdup(county);
		p->codelen = 6;
		p->name = no_name;
		p->last = UINT32_MAX;
	}
	memcpy(colval, vals, ncols * sizeof(*colval));
	rc = new_rec();
	memset(rc, 0, sizeof(*rc));
	rc->place = p;
	rc->name = p->name;
	rc->year = year;
	rc->prev = p->last;
	rc->county_sum = 1;
	rc->figure = figure_col >= 0 ? vals[figure_col] : NAN;
	if (p->last == UINT32_MAX || year > p->max_year)
		p->max_year = year;
	p->last = (uint32_t)rep->nrec;
	store_values(rep->nrec);
	rep->nrec++;
}

/* Each place's rank in code order, for the sort by code and year. */
static void
rank_places(void)
{
	const char **keys;
	void **vals;
	size_t i, n = lt_hash_count(places);

	lt_hash_sorted(places, &keys, &vals);
	for (i = 0; i < n; i++)
		((struct place *)vals[i])->rank = (uint32_t)i;
	free(keys);
	free(vals);
}

void
report_read(struct report *r, struct lt_in *in)
{
	const struct lt_header *h = lt_in_header(in);
	int c, col_code, col_name, col_year, *used;

	rep = r;
	if ((col_code = lt_header_find(h, "code")) < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: needs region-year rows with "
		    "a code column (name, year and the indicators' columns; "
		    "see --indicators)", lt_in_file(in));
	col_name = lt_header_find(h, "name");
	col_year = lt_in_numeric(in, "year");
	rep->has_year = col_year >= 0;
	used = lt_calloc(h->n, sizeof(*used));
	colval = lt_calloc(h->n, sizeof(*colval));
	sector_col = lt_calloc(h->n, sizeof(*sector_col));
	rep->nsectors = find_sectors(in, sector_col);
	for (c = 0; c < (int)rep->nsectors; c++)
		used[sector_col[c]] = 1;
	plan_indicators(in, used);
	for (c = 0; c < 2; c++)
		if ((floor_col[c] = lt_in_numeric(in, c ? "labour_rural" :
		    "tve_employment")) >= 0)
			used[floor_col[c]] = 1;
	rows_map_init(rep, in, used);
	rep->source = lt_strdup(lt_in_file(in));
	/* The file's name, not the folder, which may be a temporary one. */
	if (strrchr(rep->source, '/'))
		rep->source = strrchr(rep->source, '/') + 1;
	places = lt_hash_new(sizeof(struct place));
	read_rows(in, col_code, col_name, col_year, used);
	ncols = h->n;
	rows_map_counties(add_county);
	rank_places();
	free(used);
}
