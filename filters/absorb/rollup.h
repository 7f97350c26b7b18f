/*
 * rollup.h - absorb --level, --partial and --merge: exact sums of the
 * count columns per code prefix and year, then the formulas on the
 * sums, written in code-year order.
 */
#ifndef ROLLUP_H
#define ROLLUP_H

#include "litu.h"
#include "absorb.h"
#include "norms.h"

#define ROLLUP_MAX_CROPS 32

enum rollup_kind {
	RK_DROP,		/* not written */
	RK_CODE,
	RK_NAME,
	RK_YEAR,
	RK_LEVEL,		/* the level's name */
	RK_SUM,			/* a count column, summed */
	RK_OUTPUT,		/* one of absorb's own, recomputed */
	RK_ROWS			/* rows_read, last in a partial: NA but in
				 * the count row */
};

struct rollup_col {
	enum rollup_kind kind;
	int idx;		/* RK_SUM: the sum; RK_OUTPUT: the output */
	const char *name;
	enum lt_type type;
};

/* One code prefix and year: its name (--merge) and sums, followed by
 * one NA flag per sum (rollup_group_na). */
struct rollup_group {
	char *name;
	lt_micro sum[];
};

struct rollup {
	const struct absorb_opts *opt;
	enum lt_level level;	/* LT_LEVEL_NONE: the whole code */
	int partial, merge, sorted;
	struct lt_divlist *divisions;	/* names of the codes, or NULL */
	struct norms *norms;		/* --norms, or NULL */
	struct absorb_notes notes;

	/* Input columns. */
	const struct lt_header *hdr;
	int col_code, col_year, col_name;
	int col_rows;		/* --merge: rows_read, or -1 */
	int64_t rows_read;	/* --merge: the sum of the count rows */
	size_t nsum;
	int *sum_col;		/* the input column of each sum */
	int fsum[ABSORB_NIN];	/* the sum of each formula input, or -1 */
	int fcol[ABSORB_NIN];	/* its input column, or -1 */
	int sown_sum[ROLLUP_MAX_CROPS];	/* the sum of each sown area the
					 * norms cover, or -1 */
	size_t nsown;

	/* Output columns. */
	struct rollup_col *out;
	size_t nout;

	/* Groups: key (absorb_key) -> struct group and its sums. */
	struct lt_hash *groups;
	size_t valsize;
	lt_micro *tmp;

	/* --sorted: the last row's code and year, the open prefix. */
	char last_code[16];
	size_t last_len;
	int64_t last_year;
	int have_last;
	char prefix[16];
	size_t prefix_len;
};

static inline unsigned char *
rollup_group_na(const struct rollup *ru, struct rollup_group *g)
{
	return (unsigned char *)&g->sum[ru->nsum];
}

/* Columns from the input header; exits 65 when code or year is
 * missing. */
void rollup_init(struct rollup *ru, const struct lt_header *h,
    const char *fname);
void rollup_header(const struct rollup *ru, struct lt_out *out);
/* Add a typed row: 1, or 0 with a message in msg and its column in
 * *col (-1 for the row) when it is bad. */
int rollup_add(struct rollup *ru, const struct lt_row *row,
    struct lt_out *out, char *msg, size_t size, int *col);
/* Write every group left, in code-year order. */
void rollup_flush(struct rollup *ru, struct lt_out *out);
/* A partial's last row: code NA, every field NA but rows_read, the
 * rows read (tcsv(5), Partial sums). */
void rollup_count_row(const struct rollup *ru, struct lt_out *out,
    int64_t rows_read);
void rollup_free(struct rollup *ru);

#endif
