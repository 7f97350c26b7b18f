/*
 * report.h - what ills-report holds after reading its input (one small
 * record per region and year), and the three writers: long typed CSV,
 * Markdown and a self-contained HTML page.
 */
#ifndef REPORT_H
#define REPORT_H

#include <stdint.h>

#include "litu.h"
#include "ills.h"

#define ILLS_MAXIND 32

enum format { FORMAT_CSV, FORMAT_MD, FORMAT_HTML };

/* One per code: the hash table's value. */
struct place {
	char *code;
	size_t codelen;
	char *name;		/* the latest name read */
	size_t namelen;
	uint32_t rank;		/* place in code order */
	uint32_t last;		/* its last record read, for duplicates */
	int64_t max_year;
};

/* One per region and year. */
struct rec {
	struct place *place;
	const char *name;
	size_t namelen;
	int64_t year;
	uint32_t prev;		/* the record read before, same code */
	double ill[NILLS];	/* ill scores */
	unsigned char sel;	/* in the year the report covers */
	unsigned char show;	/* bit per ill: passes --level and --top */
	unsigned char top;	/* bit per ill: in the worst N */
};

struct report {
	enum format format;
	int plain;
	int has_year;		/* the input has a year column */
	int64_t year;		/* --year */
	int year_given;
	long top;		/* --top, 0 when not given */
	enum level min_level;	/* --level, LEVEL_NA when not given */

	struct rec *rec;
	size_t nrec, cap;
	uint32_t *order;	/* records by code then year */
	double *val;		/* nrec x stride indicator values */
	size_t stride;
	int slot[ILLS_MAXIND];	/* indicator -> column of val, -1 missing */
	char *missing[ILLS_MAXIND];	/* what would enable it */
	size_t nmissing;
	double *sector;		/* nrec x nsectors sector values */
	size_t nsectors;

	uint32_t *worst[NILLS];	/* per ill, the worst records */
	size_t nworst[NILLS];
};

/* The score of indicator i of record r. */
double report_score(const struct report *rep, size_t i, uint32_t r);
double report_value(const struct report *rep, size_t i, uint32_t r);
/* The level of ill k of record r: missing when the input has none of
 * its indicators. */
enum level report_ill_level(const struct report *rep, enum ill_id k,
    uint32_t r);

void report_csv(struct lt_out *o, const struct report *rep);
void report_md(struct lt_out *o, const struct report *rep);
void report_html(struct lt_out *o, const struct report *rep);

#endif
