/*
 * rollup.h - the --by region rows: their columns, how they are written,
 * and --merge, which reads --partial output back.
 */
#ifndef ROLLUP_H
#define ROLLUP_H

#include "litu.h"
#include "labour.h"
#include "grouptab.h"

/*
 * The counting of --by, pipelined: each count waits ROLLUP_PIPE counts
 * before it is made, so that the memory of its group is fetched (in two
 * stages, the index slot and then the group) while later rows are read.
 * At the township level the groups do not fit in the cache and every
 * count would otherwise wait for memory twice.
 */
#define ROLLUP_PIPE 16

struct pending {
	struct group_key key;
	unsigned sums;		/* bit per sum (origin_sums, inflow_sums) */
	group_sum weight;
	struct group *g;
};

struct rollup {
	struct grouptab *groups;
	struct pending ring[ROLLUP_PIPE];
	uint64_t seq;		/* counts added so far */
};

void rollup_init(struct rollup *r, struct grouptab *groups);
/* Add weight to the sums of the mask in the group of code and year. */
void rollup_count(struct rollup *r, const char *code, size_t len,
    int year_na, int64_t year, unsigned sums, group_sum weight);
/* Make every count still waiting. */
void rollup_finish(struct rollup *r);

/* The header of --by output (code, level, year when the input has one,
 * the sums and, unless partial, the shares), then every group, sorted
 * by code then year (NA year first).  The sums of na_sums (a bit per
 * sum) are NA in every row, as are those a group's na marks.  A partial
 * ends in column rows_read, NA in the groups' rows, and in its count
 * row: code NA, every other field NA, rows_read the input rows read
 * (tcsv(5), Partial sums). */
void rollup_write(struct lt_out *o, struct grouptab *groups, int has_year,
    int partial, unsigned na_sums, int64_t rows_read);

/* What --merge found beside the groups. */
struct merged {
	int has_year;
	int has_rows;		/* the partials carry rows_read */
	int64_t rows_read;	/* the sum of their count rows */
};

/*
 * Add up --partial output (files, or stdin) into groups.  Repeated
 * header lines equal to the first are skipped, as GNU parallel jobs
 * each write one; any other header, and any bad row, stops with exit
 * 65.  Returns 0 when the input is empty (no header), else 1 with *res
 * set.
 */
int rollup_merge(const struct lt_cli *cli, int nfiles, char **files,
    struct grouptab *groups, struct merged *res);

#endif
