/*
 * rollup.c - the --by region rows, written from exact sums, and
 * --merge, which adds up --partial output.
 *
 * --merge reads a concatenation of partial outputs, which holds the
 * header line again wherever a part begins: the lib's reader skips
 * those (repeated_headers).  Beyond the types, every row is checked:
 * the level of its code, and each sum read back exactly with
 * lt_parse_micro.  A partial ends in its count row (code NA, the
 * rows it read in rows_read): --merge adds them up, and --expect-rows
 * checks the total, so that a lost or empty block is never silent.
 */
#include <stdlib.h>
#include <string.h>

#include "rollup.h"

/* The fixed columns before the sums. */
enum { COL_CODE, COL_LEVEL, COL_YEAR };

static const struct lt_column fixed_column[] = {
	{ "code", LT_CODE },
	{ "level", LT_STR },
	{ "year", LT_INT },
};

void
rollup_init(struct rollup *r, struct grouptab *groups)
{
	memset(r, 0, sizeof(*r));
	r->groups = groups;
}

/* Stage two: find the group (its index slot is in the cache by now)
 * and fetch it. */
static void
resolve(struct rollup *r, struct pending *p)
{
	const char *g;

	p->g = grouptab_find(r->groups, &p->key);
	g = (const char *)p->g;
	/* A group spans up to three cache lines. */
	__builtin_prefetch(g, 1);
	__builtin_prefetch(g + sizeof(*p->g) / 2, 1);
	__builtin_prefetch(g + sizeof(*p->g) - 1, 1);
}

/* Stage three: count. */
static void
apply(struct pending *p)
{
	count_sums(p->g, p->sums, p->weight);
}

void
rollup_count(struct rollup *r, const char *code, size_t len, int year_na,
    int64_t year, unsigned sums, group_sum weight)
{
	uint64_t s = r->seq++;
	struct pending *p = &r->ring[s % ROLLUP_PIPE];

	if (s >= ROLLUP_PIPE)
		apply(p);
	if (s >= ROLLUP_PIPE / 2)
		resolve(r, &r->ring[(s - ROLLUP_PIPE / 2) % ROLLUP_PIPE]);
	/* Stage one: note the count and fetch its index slot. */
	grouptab_key(r->groups, &p->key, code, len, year_na, year);
	p->sums = sums;
	p->weight = weight;
	p->g = NULL;
}

void
rollup_finish(struct rollup *r)
{
	uint64_t first = r->seq > ROLLUP_PIPE ? r->seq - ROLLUP_PIPE : 0, s;

	for (s = first; s < r->seq; s++) {
		struct pending *p = &r->ring[s % ROLLUP_PIPE];

		if (!p->g)
			resolve(r, p);
		apply(p);
	}
	r->seq = 0;
}

static void
rollup_header(struct lt_out *o, int has_year, int partial)
{
	size_t i;

	for (i = 0; i <= COL_YEAR; i++)
		if (i != COL_YEAR || has_year)
			lt_out_column(o, fixed_column[i].name,
			    fixed_column[i].type);
	for (i = 0; i < S_NSUMS; i++)
		lt_out_column(o, sum_column[i], LT_NUM);
	if (!partial)
		for (i = 0; i < SH_NSHARES; i++)
			lt_out_column(o, share_column[i], LT_NUM);
	else
		lt_out_column(o, LT_ROWS_READ, LT_INT);
	lt_out_endrow(o);
}

/* The last row of a partial: NA but for the rows read. */
static void
count_row(struct lt_out *o, int has_year, int64_t rows_read)
{
	size_t i, n = (has_year ? 3 : 2) + S_NSUMS;

	for (i = 0; i < n; i++)
		lt_out_na(o);
	lt_out_int(o, rows_read);
	lt_out_endrow(o);
}

void
rollup_write(struct lt_out *o, struct grouptab *groups, int has_year,
    int partial, unsigned na_sums, int64_t rows_read)
{
	struct group_entry **all = grouptab_sorted(groups);
	size_t i, j, n = grouptab_count(groups);
	char buf[64];

	/* Nothing is written when a sum overflowed. */
	for (i = 0; i < n; i++)
		if (all[i]->g.overflow) {
			group_entry_code(all[i], buf);
			lt_die(LT_EXIT_DATA, "%s: a sum is beyond 9.2e12 "
			    "persons (64-bit millionths)", buf);
		}
	rollup_header(o, has_year, partial);
	for (i = 0; i < n; i++) {
		const struct group *g = &all[i]->g;
		size_t len = group_entry_code(all[i], buf), blen;

		lt_out_field(o, buf, len);
		lt_out_cstr(o, lt_level_name(lt_code_level(buf, len)));
		if (has_year) {
			if (!all[i]->year_na)
				lt_out_int(o, all[i]->year);
			else
				lt_out_na(o);
		}
		for (j = 0; j < S_NSUMS; j++) {
			if ((na_sums | g->na) & 1u << j) {
				lt_out_na(o);
				continue;
			}
			blen = lt_fmt_micro(buf, g->sum[j]);
			lt_out_field(o, buf, blen);
		}
		if (!partial)
			for (j = 0; j < SH_NSHARES; j++)
				lt_out_num(o, share_of_sums(
				    g->sum[share_sum[j]], g->sum[S_RURAL]));
		else
			lt_out_na(o);
		lt_out_endrow(o);
	}
	if (partial)
		count_row(o, has_year, rows_read);
	free(all);
}

/* The reading state of --merge. */
struct merge {
	const char *fname;
	struct grouptab *groups;
	int have_header;	/* the first header has been read */
	int has_year;
	int has_rows;		/* column rows_read, last */
	size_t ncols;		/* without rows_read */
	unsigned na;		/* bit per sum: NA in some row */
	int64_t rows_read;	/* the sum of the count rows */
};

/* The type a column of the partial format must have, by position. */
static const struct lt_column *
expected_column(const struct merge *m, size_t i, struct lt_column *tmp)
{
	size_t nfixed = m->has_year ? 3 : 2;

	if (i < nfixed)
		return &fixed_column[i];
	if (i == m->ncols) {
		tmp->name = (char *)LT_ROWS_READ;
		tmp->type = LT_INT;
		return tmp;
	}
	tmp->name = (char *)sum_column[i - nfixed];
	tmp->type = LT_NUM;
	return tmp;
}

/* The header must be that of --by LEVEL --partial, with or without
 * a year. */
static void
merge_header(struct merge *m, const struct lt_header *h)
{
	struct lt_column tmp;
	size_t i;

	m->has_year = h->n > COL_YEAR &&
	    strcmp(h->col[COL_YEAR].name, "year") == 0;
	m->ncols = (m->has_year ? 3 : 2) + S_NSUMS;
	for (i = 0; i < h->n && i < m->ncols; i++) {
		const struct lt_column *want = expected_column(m, i, &tmp);

		if (strcmp(h->col[i].name, want->name) != 0)
			break;
		/* A --plain sum the dictionary does not type reads as str;
		 * its values are checked as numbers below. */
		if (h->col[i].type != want->type && !(i >= (m->has_year ? 3 :
		    2) && h->col[i].type == LT_STR))
			break;
	}
	/* rows_read, int (or str: --plain), after the sums. */
	m->has_rows = i == m->ncols && h->n == m->ncols + 1 &&
	    strcmp(h->col[i].name, LT_ROWS_READ) == 0 &&
	    (h->col[i].type == LT_INT || h->col[i].type == LT_STR);
	if (i == m->ncols && h->n > m->ncols && !m->has_rows)
		lt_die(LT_EXIT_DATA, "%s:1: header: %zu columns, not the %zu "
		    "of --by LEVEL --partial (is it output without "
		    "--partial?)", m->fname, h->n, m->ncols);
	if (i < m->ncols)
		lt_die(LT_EXIT_DATA, "%s:1: header: not the output of "
		    "--by LEVEL --partial (column %zu should be '%s')",
		    m->fname, i + 1, expected_column(m, i, &tmp)->name);
}

static void __attribute__((noreturn))
bad_field(const struct merge *m, long line, size_t i, const char *value,
    size_t len, const char *what)
{
	struct lt_column tmp;
	const struct lt_column *c = expected_column(m, i, &tmp);

	lt_die(LT_EXIT_DATA, "%s:%ld: column '%s%s%s': \"%.*s\" %s", m->fname,
	    line, c->name, c->type == LT_STR ? "" : ":",
	    c->type == LT_STR ? "" : lt_type_name(c->type),
	    (int)(len > 60 ? 60 : len), value, what);
}

/* A partial's count row: NA but for its rows_read, added up. */
static void
count_row_read(struct merge *m, struct lt_field *f, long line)
{
	size_t i;

	for (i = 1; i < m->ncols; i++)
		if (f[i].len > 0)
			bad_field(m, line, i, f[i].s, f[i].len, "is not NA (in "
			    "a count row, where code is NA, only rows_read "
			    "has a value)");
	if (!lt_rows_add(&m->rows_read, f[m->ncols].s, f[m->ncols].len))
		bad_field(m, line, m->ncols, f[m->ncols].s, f[m->ncols].len,
		    "is not a count of rows (an integer from 0; the total "
		    "below 9.2e18)");
}

static void
merge_row(struct merge *m, struct lt_field *f, size_t n, long line)
{
	struct group *g;
	enum lt_level level;
	int64_t year = 0;
	lt_micro sum[S_NSUMS];
	size_t i, nfixed = m->has_year ? 3 : 2;
	int year_na = 1;
	unsigned na = 0;

	if (n != m->ncols + (size_t)m->has_rows)
		lt_die(LT_EXIT_DATA, "%s:%ld: row has %zu field%s, the header "
		    "has %zu", m->fname, line, n, n == 1 ? "" : "s", m->ncols +
		    (size_t)m->has_rows);
	if (m->has_rows && f[COL_CODE].len == 0) {
		count_row_read(m, f, line);
		return;
	}
	if (m->has_rows && f[m->ncols].len > 0)
		bad_field(m, line, m->ncols, f[m->ncols].s, f[m->ncols].len,
		    "is not NA (rows_read is counted in the count row only, "
		    "where code is NA)");
	level = lt_code_level(f[COL_CODE].s, f[COL_CODE].len);
	if (level == LT_LEVEL_NONE)
		bad_field(m, line, COL_CODE, f[COL_CODE].s, f[COL_CODE].len,
		    "is not a division code (2, 4, 6, 9 or 12 digits)");
	if (strcmp(f[COL_LEVEL].s, lt_level_name(level)) != 0)
		bad_field(m, line, COL_LEVEL, f[COL_LEVEL].s, f[COL_LEVEL].len,
		    "is not the level of the code");
	if (m->has_year) {
		enum lt_status st = lt_parse_int(f[COL_YEAR].s,
		    f[COL_YEAR].len, &year);

		if (st != LT_OK && st != LT_NA)
			bad_field(m, line, COL_YEAR, f[COL_YEAR].s,
			    f[COL_YEAR].len, "is not an integer");
		year_na = st == LT_NA;
	}
	for (i = 0; i < S_NSUMS; i++) {
		const struct lt_field *s = &f[nfixed + i];
		enum lt_status st = lt_parse_micro(s->s, s->len, &sum[i]);

		if (st == LT_NA && (SUMS_MAYBE_NA & 1u << i)) {
			/* A column the partial run could not count. */
			na |= 1u << i;
			sum[i] = 0;
			continue;
		}
		if (st != LT_OK)
			bad_field(m, line, nfixed + i, s->s, s->len,
			    st == LT_NA ? "is missing (this partial sum is "
			    "never NA)" : "is not a number");
		if (sum[i] < 0 || sum[i] > INT64_MAX)
			bad_field(m, line, nfixed + i, s->s, s->len,
			    "is not a sum of persons (0 to 9.2e12)");
	}
	g = grouptab_get(m->groups, f[COL_CODE].s, f[COL_CODE].len, year_na,
	    year);
	for (i = 0; i < S_NSUMS; i++)
		group_add(g, (enum sum)i, (group_sum)sum[i]);
	g->na |= na;
	m->na |= na;
}

int
rollup_merge(const struct lt_cli *cli, int nfiles, char **files,
    struct grouptab *groups, struct merged *res)
{
	struct lt_cli merge_cli = *cli;
	struct lt_in *in;
	struct lt_row *row;
	struct merge m;
	size_t i;

	memset(&m, 0, sizeof(m));
	m.groups = groups;
	/* The parts of GNU parallel jobs, each with its header line. */
	merge_cli.repeated_headers = 1;
	in = lt_in_open(&merge_cli, nfiles, files);
	m.fname = lt_in_file(in);
	if (lt_in_header(in)->n == 0) {
		lt_in_close(in);
		return 0;
	}
	merge_header(&m, lt_in_header(in));
	while (lt_in_next(in, &row)) {
		m.fname = lt_in_file(in);
		merge_row(&m, row->f, row->n, row->line);
	}
	lt_in_close(in);
	res->has_year = m.has_year;
	res->has_rows = m.has_rows;
	res->rows_read = m.rows_read;
	for (i = 0; i < S_NSUMS; i++)
		if (m.na & 1u << i)
			lt_warn("%s: NA where a partial input row has it NA (a "
			    "partial run without the column it needs)",
			    sum_column[i]);
	return 1;
}
