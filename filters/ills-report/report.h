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

/* indicators.c: the indicator table's side files */

/* --thresholds FILE: rows of indicator,low,high replace the defaults
 * (a bad row stops the program, or goes to --rejects as cli says). */
void report_thresholds(const struct lt_cli *cli, const char *path);
/* --indicators: the table, as typed CSV. */
void report_indicators(struct lt_out *o);

/* rows.c: the region-year rows read into rep (which says the format
 * and filters), one small record each */
void report_read(struct report *rep, struct lt_in *in);

/* compute.c: year-on-year changes, the Krugman index, the ill scores,
 * and the records each output shows */
void report_compute(struct report *rep);

/* report.c: what the writers ask of a report */

/* The score of indicator i of record r. */
double report_score(const struct report *rep, size_t i, uint32_t r);
double report_value(const struct report *rep, size_t i, uint32_t r);
/* Does the input have any indicator of ill k? */
int report_ill_available(const struct report *rep, enum ill_id k);
/* The level of ill k of record r: missing when the input has none of
 * its indicators. */
enum level report_ill_level(const struct report *rep, enum ill_id k,
    uint32_t r);
/* The level of indicator i of record r. */
enum level report_ind_level(const struct report *rep, size_t i,
    uint32_t r);

/* csv.c, markdown.c, html.c: the three writers */
void report_csv(struct lt_out *o, const struct report *rep);
void report_md(struct lt_out *o, const struct report *rep);
void report_html(struct lt_out *o, const struct report *rep);

/* text.c: text for people (Markdown and HTML) */
void text_put(struct lt_out *o, const char *s);
void text_putf(struct lt_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Data text, escaped for the format. */
void text_esc(struct lt_out *o, enum format f, const char *s, size_t len);
/* A name clipped for a chart label, HTML-escaped. */
void text_label(struct lt_out *o, const char *s, size_t len);
void text_num(struct lt_out *o, double v);
/* A score with two decimals, or NA. */
void text_score(struct lt_out *o, double s);
const char *text_level(enum level l);
/* What the report covers: regions, years, filters; one sentence. */
void text_scope(struct lt_out *o, const struct report *rep);
/* Is record r in the summary?  With --level or --top, when one of its
 * ills passes them. */
int report_in_summary(const struct report *rep, uint32_t r);

/* charts.c: the HTML page's SVG charts */
void chart_heat(struct lt_out *o, const struct report *rep);
void chart_bars(struct lt_out *o, const struct report *rep, enum ill_id ill);

#endif
