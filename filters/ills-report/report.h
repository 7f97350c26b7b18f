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
/* --industry-floor's default (ills-report(1): a judgement). */
#define ILLS_FLOOR 0.1

enum format { FORMAT_CSV, FORMAT_MD, FORMAT_HTML };

/*
 * Why a value is NA, in rising order of precedence: the note of an
 * indicator or an ill gives the reason of highest precedence (fewer
 * than 3 peers whatever else is missing).  A byte per record and
 * indicator: the reason in the low 4 bits, and for WHY_MISSING the
 * indicator's needs that are NA (bit j for needs[j]) or for
 * WHY_FLOOR_MISSING the floor's columns that are NA in the high 4.
 */
enum why {
	WHY_NONE,
	WHY_NOT_FALLING,	/* a value, scored 0: see IND_FALLING */
	WHY_UNDEFINED,		/* a zero denominator, a mean not positive */
	WHY_MISSING,		/* an input value is NA */
	WHY_ALT_USED,		/* an alternative's primary has a value */
	WHY_DEFINITION,		/* not a residence-based urban definition */
	WHY_FEW_YEARS,		/* a trend with fewer than 3 years */
	WHY_FIRST_YEAR,		/* no previous year of the code */
	WHY_FLOOR_MISSING,	/* the industry floor cannot be tested */
	WHY_BELOW_FLOOR,	/* rural industry below the floor */
	WHY_FEW_PEERS		/* a relative indicator with < 3 peers */
};
#define WHY(b) ((enum why)((b) & 0x0f))
#define WHY_MASK(b) ((unsigned)(b) >> 4)
#define WHY_BYTE(w, mask) ((unsigned char)((w) | (mask) << 4))

/* The industry floor of a record (rec.floor). */
enum floor { FLOOR_ABOVE, FLOOR_BELOW, FLOOR_NA };

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
	uint32_t peers;		/* peers of the relative indicator */
	unsigned char used[NILLS];	/* indicators an ill's score stands on */
	signed char why_ill[NILLS];	/* indicator giving an NA score's reason */
	unsigned char floor;	/* enum floor */
	unsigned char floor_na;	/* bit 0 tve_employment, 1 labour_rural */
	unsigned char sel;	/* in the year the report covers */
	unsigned char show;	/* bit per ill: passes --level and --top */
	unsigned char top;	/* bit per ill: in the worst N */
	char *code_then;	/* the code of its year when it differs, or
				 * NULL */
	int64_t boundary;	/* boundary_changed, 0 when none or NA */
	double figure;		/* --map-figure's column, NaN for NA */
	unsigned char county_sum;	/* a county's summed township rows,
					 * for the map only (never sel) */
	unsigned char mapsel;	/* on the map: sel, or for a county_sum
				 * its latest year (or --year) */
};

/* --map-extent: the provinces of the regions (the whole country when
 * they span more than MAP_MAX_PROVINCES), the whole country, or no
 * map. */
enum map_extent { MAP_AUTO, MAP_CHINA, MAP_NONE };
#define MAP_MAX_PROVINCES 5

struct report {
	enum format format;
	int plain;
	int has_year;		/* the input has a year column */
	int64_t year;		/* --year */
	int year_given;
	long top;		/* --top, 0 when not given */
	enum level min_level;	/* --level, LEVEL_NA when not given */
	double floor;		/* --industry-floor */
	enum lt_level peers;	/* --peers */
	const char *source;	/* the input, for the reports */
	enum map_extent map_extent;	/* --map-extent */
	int map_extent_given;
	const char *map_figure;	/* --map-figure, NULL for the ills */

	struct rec *rec;
	size_t nrec, cap;
	uint32_t *order;	/* records by code then year */
	double *val;		/* nrec x stride indicator values */
	unsigned char *why;	/* nrec x stride: why a value is NA */
	double *falling;	/* nrec: needs[1] of the IND_FALLING trend */
	size_t total[NILLS];	/* indicators of each ill in the input */
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

/* rowsmap.c: what the maps need of the rows (rows.c calls it) */
void rows_map_init(const struct report *rep, struct lt_in *in,
    const int *used);
void rows_map_values(struct rec *rc, const struct lt_row *row,
    const double *colval);
/* Each county and year of a township panel's summed rows, in order, to
 * add (vals: a value per input column, NaN when NA or not summed). */
void rows_map_counties(void (*add)(const char *county, int64_t year,
    const double *vals, int figure_col));

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

/* note.c: the note column, and what is said on stderr */

#define NOTE_MAX 512
/* The note of indicator i of record r: why it is NA, or the peer group
 * of a relative indicator; returns its length. */
size_t report_note(const struct report *rep, size_t i, uint32_t r,
    char *buf);
/* The note of ill k's score: the reason of highest precedence among
 * its NA indicators. */
size_t report_ill_note(const struct report *rep, enum ill_id k, uint32_t r,
    char *buf);
/* One line on stderr per ill with NA scores among the selected
 * records (how many, and the commonest reason), and one for an
 * industry floor the input cannot test. */
void report_warn(const struct report *rep);

/* peers.c: the relative indicator's peer groups */

/* The length of the code prefix that r's peers share (0: all regions
 * of its level). */
size_t peer_prefix(const struct report *rep, const struct place *p);
/* The Krugman index of each record against its peers, into slot. */
void peers_krugman(struct report *rep, int slot);

/* select.c: which records and ills each output shows */
void report_select(struct report *rep);
/* rep->order: the records by code, then year. */
void select_order(struct report *rep);
int report_by_code_year(const struct report *rep, uint32_t a, uint32_t b);

/* csv.c, markdown.c, html.c: the three writers */
void report_csv(struct lt_out *o, const struct report *rep);
void report_md(struct lt_out *o, const struct report *rep);
void report_html(struct lt_out *o, const struct report *rep);

/* text.c: text for people (Markdown and HTML) */
/* A chart's or map's label is clipped to this many characters. */
#define LABEL_CHARS 16
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
/* An indicator's name for people. */
void text_indicator(struct lt_out *o, const char *name);
/* The data source and the floor and peers in force; one sentence. */
void text_source(struct lt_out *o, enum format f, const struct report *rep);
/* What the report covers: regions, years, filters; one sentence. */
void text_scope(struct lt_out *o, const struct report *rep);
/* Is record r in the summary?  With --level or --top, when one of its
 * ills passes them. */
int report_in_summary(const struct report *rep, uint32_t r);

/* map.c: the HTML page's county maps, a choropleth per ill (or of
 * --map-figure's column), with what could not be drawn listed */
void map_section(struct lt_out *o, const struct report *rep);
/* Does the report draw maps?  HTML unless --map-extent none; Markdown
 * (inline SVG) only when --map-extent or --map-figure asks. */
int report_maps(const struct report *rep);

/* charts.c: the HTML page's SVG charts */
void chart_heat(struct lt_out *o, const struct report *rep);
void chart_bars(struct lt_out *o, const struct report *rep, enum ill_id ill);
/* The colour legend of scores, with the levels and NA. */
void chart_legend(struct lt_out *o);

#endif
