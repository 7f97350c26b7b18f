/*
 * report.c - ills-report's three writers.  CSV is the data: one row per
 * region, year and indicator, and one score row per ill.  Markdown and
 * HTML are for people: a summary of regions by ills, the worst regions
 * per ill, the evidence per region, the missing columns and the
 * thresholds.  The HTML page is one file with no scripts and nothing
 * fetched: inline CSS and SVG; every text from the data is escaped.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Names longer than this are clipped in charts (whole in tables). */
#define LABEL_CHARS 28

double
report_value(const struct report *rep, size_t i, uint32_t r)
{
	if (rep->slot[i] < 0)
		return NAN;
	return rep->val[(size_t)r * rep->stride + (size_t)rep->slot[i]];
}

double
report_score(const struct report *rep, size_t i, uint32_t r)
{
	const struct indicator *ind = &ills_indicators[i];

	return ills_score(report_value(rep, i, r), ind->low, ind->high,
	    ind->worse);
}

/* Does the input have any indicator of ill k? */
static int
ill_available(const struct report *rep, enum ill_id k)
{
	size_t i;

	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].ill == k && rep->slot[i] >= 0)
			return 1;
	return 0;
}

enum level
report_ill_level(const struct report *rep, enum ill_id k, uint32_t r)
{
	if (!ill_available(rep, k))
		return LEVEL_MISSING;
	return ills_level(rep->rec[r].ill[k]);
}

/* The level of indicator i of record r. */
static enum level
ind_level(const struct report *rep, size_t i, uint32_t r)
{
	if (rep->slot[i] < 0)
		return LEVEL_MISSING;
	return ills_level(report_score(rep, i, r));
}

/* CSV */

/*
 * One long row per region, year and indicator: the code, name and year
 * of a region-year are made CSV once and copied into each of its rows,
 * and so are the ill and indicator names and the levels (lt_text, which
 * applies --excel-safe as lt_out_field does).
 */
struct csv_texts {
	struct lt_text *region;		/* code, name, year */
	struct lt_text *names[ILLS_MAXIND];	/* ill, indicator */
	struct lt_text *score_names[NILLS];	/* ill, "score" */
	struct lt_text *level[LEVEL_MISSING + 1];
	struct lt_text *num;		/* an ill's score, its value too */
};

static void
csv_row(struct lt_out *o, struct csv_texts *tx, const struct lt_text *names,
    double value, double score, enum level l)
{
	lt_out_text(o, tx->region);
	lt_out_text(o, names);
	if (score == value) {
		/* An ill's row, whose value is its score: formatted once. */
		struct lt_value v = lt_num(value);

		lt_text_clear(tx->num);
		lt_text_value(tx->num, &v);
		lt_out_text(o, tx->num);
		lt_out_text(o, tx->num);
	} else {
		lt_out_num(o, value);
		lt_out_num(o, score);
	}
	lt_out_text(o, tx->level[l]);
	lt_out_endrow(o);
}

static void
csv_texts_new(struct csv_texts *tx, struct lt_out *o)
{
	const char *name;
	size_t i;
	int k;

	tx->region = lt_text_new(o);
	tx->num = lt_text_new(o);
	for (i = 0; i < ills_nindicators; i++) {
		tx->names[i] = lt_text_new(o);
		name = ills[ills_indicators[i].ill].name;
		lt_text_field(tx->names[i], name, strlen(name));
		name = ills_indicators[i].name;
		lt_text_field(tx->names[i], name, strlen(name));
	}
	for (k = 0; k < NILLS; k++) {
		tx->score_names[k] = lt_text_new(o);
		lt_text_field(tx->score_names[k], ills[k].name,
		    strlen(ills[k].name));
		lt_text_field(tx->score_names[k], "score", 5);
	}
	for (k = 0; k <= LEVEL_MISSING; k++) {
		tx->level[k] = lt_text_new(o);
		name = ills_level_name(k);
		lt_text_field(tx->level[k], name, strlen(name));
	}
}

static void
csv_texts_free(struct csv_texts *tx)
{
	size_t i;
	int k;

	lt_text_free(tx->region);
	lt_text_free(tx->num);
	for (i = 0; i < ills_nindicators; i++)
		lt_text_free(tx->names[i]);
	for (k = 0; k < NILLS; k++)
		lt_text_free(tx->score_names[k]);
	for (k = 0; k <= LEVEL_MISSING; k++)
		lt_text_free(tx->level[k]);
}

/* The rows of record r: its indicators and score, ill by ill. */
static void
csv_record(struct lt_out *o, struct csv_texts *tx, const struct report *rep,
    uint32_t r)
{
	const struct rec *rc = &rep->rec[r];
	struct lt_value year = rep->has_year ? lt_int(rc->year) : lt_na();
	size_t i;
	int ill;

	lt_text_clear(tx->region);
	lt_text_field(tx->region, rc->place->code, rc->place->codelen);
	lt_text_field(tx->region, rc->name, rc->namelen);
	lt_text_value(tx->region, &year);
	for (ill = 0; ill < NILLS; ill++) {
		if (!(rc->show >> ill & 1))
			continue;
		for (i = 0; i < ills_nindicators; i++)
			if (ills_indicators[i].ill == (enum ill_id)ill)
				csv_row(o, tx, tx->names[i],
				    report_value(rep, i, r),
				    report_score(rep, i, r),
				    ind_level(rep, i, r));
		csv_row(o, tx, tx->score_names[ill], rc->ill[ill],
		    rc->ill[ill], report_ill_level(rep, ill, r));
	}
}

void
report_csv(struct lt_out *o, const struct report *rep)
{
	struct csv_texts tx;
	size_t k;

	csv_texts_new(&tx, o);
	lt_out_column(o, "code", LT_CODE);
	lt_out_column(o, "name", LT_STR);
	lt_out_column(o, "year", LT_INT);
	lt_out_column(o, "ill", LT_STR);
	lt_out_column(o, "indicator", LT_STR);
	lt_out_column(o, "value", LT_NUM);
	lt_out_column(o, "score", LT_NUM);
	lt_out_column(o, "level", LT_STR);
	lt_out_endrow(o);
	for (k = 0; k < rep->nrec; k++)
		if (rep->rec[rep->order[k]].sel)
			csv_record(o, &tx, rep, rep->order[k]);
	csv_texts_free(&tx);
}

/* Text output for the reports. */

static void
put(struct lt_out *o, const char *s)
{
	lt_out_bytes(o, s, strlen(s));
}

static void
putf(struct lt_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
putf(struct lt_out *o, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		lt_out_bytes(o, buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

/* Data text, escaped for the format. */
static void
put_esc(struct lt_out *o, enum format f, const char *s, size_t len)
{
	char small[512], *buf = small;
	size_t n;

	if (ILLS_ESC_MAX(len) > sizeof(small))
		buf = lt_malloc(ILLS_ESC_MAX(len));
	n = f == FORMAT_HTML ? ills_escape_html(buf, s, len) :
	    ills_escape_md(buf, s, len);
	lt_out_bytes(o, buf, n);
	if (buf != small)
		free(buf);
}

/* A name clipped for a chart label, HTML-escaped. */
static void
put_label(struct lt_out *o, const char *s, size_t len)
{
	char *buf = lt_malloc(len + 4);
	size_t n = ills_clip_utf8(buf, s, len, LABEL_CHARS);

	put_esc(o, FORMAT_HTML, buf, n);
	free(buf);
}

static void
put_num(struct lt_out *o, double v)
{
	char buf[40];

	lt_out_bytes(o, buf, ills_fmt_human(buf, v));
}

static void
put_score(struct lt_out *o, double s)
{
	if (isnan(s))
		put(o, "NA");
	else
		putf(o, "%.2f", s);
}

static const char *
level_text(enum level l)
{
	return l == LEVEL_NA ? "NA" : ills_level_name(l);
}

/* Counts for the heading: regions covered and their years. */
struct cover {
	size_t regions;
	int64_t first, last;
};

static struct cover
covered(const struct report *rep)
{
	struct cover c = { 0, 0, 0 };
	size_t k;

	for (k = 0; k < rep->nrec; k++) {
		const struct rec *rc = &rep->rec[k];

		if (!rc->sel)
			continue;
		if (c.regions == 0 || rc->year < c.first)
			c.first = rc->year;
		if (c.regions == 0 || rc->year > c.last)
			c.last = rc->year;
		c.regions++;
	}
	return c;
}

/* Is record r in the summary?  With --level or --top, when one of its
 * ills passes them. */
static int
in_summary(const struct report *rep, uint32_t r)
{
	const struct rec *rc = &rep->rec[r];

	if (!rc->sel)
		return 0;
	if (rep->min_level == LEVEL_NA && rep->top == 0)
		return 1;
	return rc->show != 0;
}

static void
scope_text(struct lt_out *o, const struct report *rep)
{
	struct cover c = covered(rep);

	putf(o, "%zu region-year%s", c.regions, c.regions == 1 ? "" : "s");
	if (!rep->has_year)
		put(o, " (no year column)");
	else if (rep->year_given)
		putf(o, ", year %lld", (long long)rep->year);
	else if (c.regions > 0 && c.first == c.last)
		putf(o, ", each region's latest year: %lld",
		    (long long)c.last);
	else if (c.regions > 0)
		putf(o, ", each region's latest year (%lld to %lld)",
		    (long long)c.first, (long long)c.last);
	if (rep->min_level != LEVEL_NA)
		putf(o, "; regions with an ill at level %s or worse",
		    ills_level_name(rep->min_level));
	if (rep->top)
		putf(o, "; the %ld worst per ill", rep->top);
	put(o, ".");
}

/* Markdown */

static void
md_region(struct lt_out *o, const struct rec *rc, const struct report *rep)
{
	putf(o, "%.*s | ", (int)rc->place->codelen, rc->place->code);
	put_esc(o, FORMAT_MD, rc->name, rc->namelen);
	if (rep->has_year)
		putf(o, " | %lld", (long long)rc->year);
	else
		put(o, " | NA");
}

static void
md_summary(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	put(o, "## Summary\n\nEach ill's score is the mean of its indicators' "
	    "scores (0 best, 1 worst): low below 1/3, medium below 2/3, high "
	    "from 2/3.\n\n| code | name | year |");
	for (ill = 0; ill < NILLS; ill++)
		putf(o, " %s |", ills[ill].title);
	put(o, "\n|---|---|---:|");
	for (ill = 0; ill < NILLS; ill++)
		put(o, "---|");
	put(o, "\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];

		if (!in_summary(rep, r))
			continue;
		put(o, "| ");
		md_region(o, &rep->rec[r], rep);
		put(o, " |");
		for (ill = 0; ill < NILLS; ill++) {
			enum level l = report_ill_level(rep, ill, r);

			if (l == LEVEL_HIGH)
				put(o, " **high**");
			else
				putf(o, " %s", level_text(l));
			if (l != LEVEL_MISSING && l != LEVEL_NA) {
				put(o, " ");
				put_score(o, rep->rec[r].ill[ill]);
			}
			put(o, " |");
		}
		put(o, "\n");
	}
	put(o, "\n");
}

static void
md_worst(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	put(o, "## Worst regions per ill\n\n");
	for (ill = 0; ill < NILLS; ill++) {
		putf(o, "### %s\n\n", ills[ill].title);
		if (!ill_available(rep, ill)) {
			put(o, "Missing: the input has none of its indicators "
			    "(see below).\n\n");
			continue;
		}
		if (rep->nworst[ill] == 0) {
			put(o, "No region.\n\n");
			continue;
		}
		put(o, "| # | code | name | year | score | level |\n"
		    "|---:|---|---|---:|---:|---|\n");
		for (k = 0; k < rep->nworst[ill]; k++) {
			uint32_t r = rep->worst[ill][k];

			putf(o, "| %zu | ", k + 1);
			md_region(o, &rep->rec[r], rep);
			put(o, " | ");
			put_score(o, rep->rec[r].ill[ill]);
			putf(o, " | %s |\n",
			    level_text(report_ill_level(rep, ill, r)));
		}
		put(o, "\n");
	}
}

static void
md_evidence(struct lt_out *o, const struct report *rep)
{
	size_t k, i;
	int ill;

	put(o, "## Evidence\n\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!in_summary(rep, r))
			continue;
		putf(o, "### %.*s ", (int)rc->place->codelen, rc->place->code);
		put_esc(o, FORMAT_MD, rc->name, rc->namelen);
		if (rep->has_year)
			putf(o, ", %lld", (long long)rc->year);
		put(o, "\n\n| ill | indicator | value | unit | score | level |\n"
		    "|---|---|---:|---|---:|---|\n");
		for (ill = 0; ill < NILLS; ill++) {
			if (!ill_available(rep, ill))
				continue;
			for (i = 0; i < ills_nindicators; i++) {
				if (ills_indicators[i].ill != (enum ill_id)ill ||
				    rep->slot[i] < 0)
					continue;
				putf(o, "| %s | %s | ", ills[ill].title,
				    ills_indicators[i].name);
				put_num(o, report_value(rep, i, r));
				putf(o, " | %s | ", ills_indicators[i].unit);
				put_score(o, report_score(rep, i, r));
				putf(o, " | %s |\n",
				    level_text(ind_level(rep, i, r)));
			}
			putf(o, "| %s | **score** | | | ", ills[ill].title);
			put_score(o, rc->ill[ill]);
			putf(o, " | **%s** |\n",
			    level_text(report_ill_level(rep, ill, r)));
		}
		put(o, "\n");
	}
}

static void
md_missing(struct lt_out *o, const struct report *rep)
{
	size_t i;

	put(o, "## Missing indicators\n\n");
	if (rep->nmissing == 0) {
		put(o, "None: the input has the columns of every indicator.\n\n");
		return;
	}
	put(o, "The input lacks the columns of these indicators; they are "
	    "left out of the scores, never guessed.\n\n");
	for (i = 0; i < ills_nindicators; i++)
		if (rep->slot[i] < 0)
			putf(o, "- `%s` (%s): needs %s\n",
			    ills_indicators[i].name,
			    ills[ills_indicators[i].ill].title, rep->missing[i]);
	put(o, "\n");
}

static void
md_thresholds(struct lt_out *o)
{
	char lo[LT_NUMBUF], hi[LT_NUMBUF];
	size_t i;

	put(o, "## Indicators and thresholds\n\n"
	    "An indicator scores 0 at its good threshold and 1 at its bad "
	    "one, linearly between them.\n\n"
	    "| ill | indicator | formula | unit | score 0 at | score 1 at |\n"
	    "|---|---|---|---|---:|---:|\n");
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		lt_fmt_num(lo, ind->low);
		lt_fmt_num(hi, ind->high);
		putf(o, "| %s | %s | ", ills[ind->ill].title, ind->name);
		put_esc(o, FORMAT_MD, ind->formula, strlen(ind->formula));
		putf(o, " | %s | %s | %s |\n", ind->unit,
		    ind->worse == WORSE_HIGH ? lo : hi,
		    ind->worse == WORSE_HIGH ? hi : lo);
	}
}

void
report_md(struct lt_out *o, const struct report *rep)
{
	put(o, "# Rural ills\n\n");
	scope_text(o, rep);
	put(o, "\n\n");
	md_summary(o, rep);
	md_worst(o, rep);
	md_evidence(o, rep);
	md_missing(o, rep);
	md_thresholds(o);
}

/* HTML */

static const char html_head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width\">\n"
    "<title>Rural ills</title>\n<style>\n"
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;"
    "max-width:1180px;padding:0 1em;color:#222}\n"
    "h1{font-size:1.6em;margin:0 0 .2em}\n"
    "h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.6em}\n"
    "h3{font-size:1.05em}\n"
    "table{border-collapse:collapse;margin:.5em 0}\n"
    "th,td{border:1px solid #ddd;padding:2px 8px;text-align:left}\n"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "th{background:#f3f3f3}\n"
    "svg text{font:12px system-ui,sans-serif}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:1em}\n"
    "code{background:#f3f3f3;padding:0 3px}\n"
    "</style>\n</head>\n<body>\n";

/* The heat table: a row per region, a column per ill, each cell
 * coloured by the ill's score. */
#define HEAT_LABEL 300
#define HEAT_CELL 150
#define HEAT_ROW 24
#define HEAT_TOP 34

static void
html_heat(struct lt_out *o, const struct report *rep)
{
	size_t k, nrows = 0, y;
	int ill, width = HEAT_LABEL + NILLS * HEAT_CELL;
	char color[8];

	for (k = 0; k < rep->nrec; k++)
		nrows += in_summary(rep, rep->order[k]);
	putf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"Heat table of regions "
	    "by ills\">\n", width, HEAT_TOP + nrows * HEAT_ROW + 2);
	for (ill = 0; ill < NILLS; ill++)
		putf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		    "font-weight=\"bold\">%s</text>\n", HEAT_LABEL + ill *
		    HEAT_CELL + HEAT_CELL / 2, HEAT_TOP - 12, ills[ill].title);
	y = HEAT_TOP;
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!in_summary(rep, r))
			continue;
		putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\"><title>",
		    HEAT_LABEL - 8, y + 16);
		put_esc(o, FORMAT_HTML, rc->name, rc->namelen);
		putf(o, "</title>%.*s ", (int)rc->place->codelen,
		    rc->place->code);
		put_label(o, rc->name, rc->namelen);
		if (rep->has_year)
			putf(o, " %lld", (long long)rc->year);
		put(o, "</text>\n");
		for (ill = 0; ill < NILLS; ill++) {
			enum level l = report_ill_level(rep, ill, r);
			int x = HEAT_LABEL + ill * HEAT_CELL;

			ills_color(color, l == LEVEL_MISSING ? NAN :
			    rc->ill[ill]);
			putf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%d\" "
			    "height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>"
			    "<text x=\"%d\" y=\"%zu\" text-anchor=\"middle\">"
			    "%s", x, y, HEAT_CELL, HEAT_ROW, color,
			    x + HEAT_CELL / 2, y + 16, level_text(l));
			if (l != LEVEL_MISSING && l != LEVEL_NA) {
				put(o, " ");
				put_score(o, rc->ill[ill]);
			}
			put(o, "</text>\n");
		}
		y += HEAT_ROW;
	}
	put(o, "</svg>\n");
}

/* A bar chart of the worst regions of an ill. */
#define BAR_LABEL 250
#define BAR_WIDTH 250
#define BAR_ROW 20

static void
html_bars(struct lt_out *o, const struct report *rep, enum ill_id ill)
{
	size_t k, n = rep->nworst[ill];
	char color[8];

	putf(o, "<figure>\n<figcaption><b>%s</b></figcaption>\n",
	    ills[ill].title);
	if (!ill_available(rep, ill) || n == 0) {
		put(o, ill_available(rep, ill) ? "<p>No region.</p>\n" :
		    "<p>Missing: the input has none of its indicators.</p>\n");
		put(o, "</figure>\n");
		return;
	}
	putf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"Worst regions: %s\">\n",
	    BAR_LABEL + BAR_WIDTH + 50, n * BAR_ROW + 4, ills[ill].title);
	for (k = 0; k < n; k++) {
		uint32_t r = rep->worst[ill][k];
		const struct rec *rc = &rep->rec[r];
		double s = rc->ill[ill];
		size_t y = k * BAR_ROW + 2;

		ills_color(color, s);
		putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">",
		    BAR_LABEL - 6, y + 14);
		put_label(o, rc->name, rc->namelen);
		putf(o, " %.*s</text>", (int)rc->place->codelen,
		    rc->place->code);
		putf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%.1f\" height=\"%d\" "
		    "fill=\"%s\"/><text x=\"%.1f\" y=\"%zu\">", BAR_LABEL, y,
		    s * BAR_WIDTH, BAR_ROW - 4, color,
		    BAR_LABEL + s * BAR_WIDTH + 4, y + 14);
		put_score(o, s);
		put(o, "</text>\n");
	}
	put(o, "</svg>\n</figure>\n");
}

static void
html_region_cells(struct lt_out *o, const struct rec *rc,
    const struct report *rep)
{
	putf(o, "<td>%.*s</td><td>", (int)rc->place->codelen,
	    rc->place->code);
	put_esc(o, FORMAT_HTML, rc->name, rc->namelen);
	if (rep->has_year)
		putf(o, "</td><td class=\"n\">%lld</td>", (long long)rc->year);
	else
		put(o, "</td><td>NA</td>");
}

static void
html_worst(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	put(o, "<h2>Worst regions per ill</h2>\n<div class=\"charts\">\n");
	for (ill = 0; ill < NILLS; ill++)
		html_bars(o, rep, ill);
	put(o, "</div>\n");
	for (ill = 0; ill < NILLS; ill++) {
		if (rep->nworst[ill] == 0)
			continue;
		putf(o, "<h3>%s</h3>\n<table>\n<tr><th>#</th><th>code</th>"
		    "<th>name</th><th>year</th><th>score</th><th>level</th>"
		    "</tr>\n", ills[ill].title);
		for (k = 0; k < rep->nworst[ill]; k++) {
			uint32_t r = rep->worst[ill][k];

			putf(o, "<tr><td class=\"n\">%zu</td>", k + 1);
			html_region_cells(o, &rep->rec[r], rep);
			put(o, "<td class=\"n\">");
			put_score(o, rep->rec[r].ill[ill]);
			putf(o, "</td><td>%s</td></tr>\n",
			    level_text(report_ill_level(rep, ill, r)));
		}
		put(o, "</table>\n");
	}
}

static void
html_evidence(struct lt_out *o, const struct report *rep)
{
	size_t k, i;
	int ill;
	char color[8];

	put(o, "<h2>Evidence</h2>\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!in_summary(rep, r))
			continue;
		putf(o, "<h3>%.*s ", (int)rc->place->codelen, rc->place->code);
		put_esc(o, FORMAT_HTML, rc->name, rc->namelen);
		if (rep->has_year)
			putf(o, ", %lld", (long long)rc->year);
		put(o, "</h3>\n<table>\n<tr><th>ill</th><th>indicator</th>"
		    "<th>value</th><th>unit</th><th>score</th><th>level</th>"
		    "</tr>\n");
		for (ill = 0; ill < NILLS; ill++) {
			if (!ill_available(rep, ill))
				continue;
			for (i = 0; i < ills_nindicators; i++) {
				double s;

				if (ills_indicators[i].ill != (enum ill_id)ill ||
				    rep->slot[i] < 0)
					continue;
				s = report_score(rep, i, r);
				ills_color(color, s);
				putf(o, "<tr><td>%s</td><td>%s</td>"
				    "<td class=\"n\">", ills[ill].title,
				    ills_indicators[i].name);
				put_num(o, report_value(rep, i, r));
				putf(o, "</td><td>%s</td><td class=\"n\" "
				    "style=\"background:%s\">",
				    ills_indicators[i].unit, color);
				put_score(o, s);
				putf(o, "</td><td>%s</td></tr>\n",
				    level_text(ind_level(rep, i, r)));
			}
			ills_color(color, rc->ill[ill]);
			putf(o, "<tr><th>%s</th><th>score</th><td></td><td></td>"
			    "<td class=\"n\" style=\"background:%s\"><b>",
			    ills[ill].title, color);
			put_score(o, rc->ill[ill]);
			putf(o, "</b></td><td><b>%s</b></td></tr>\n",
			    level_text(report_ill_level(rep, ill, r)));
		}
		put(o, "</table>\n");
	}
}

static void
html_missing(struct lt_out *o, const struct report *rep)
{
	size_t i;

	put(o, "<h2>Missing indicators</h2>\n");
	if (rep->nmissing == 0) {
		put(o, "<p>None: the input has the columns of every "
		    "indicator.</p>\n");
		return;
	}
	put(o, "<p>The input lacks the columns of these indicators; they are "
	    "left out of the scores, never guessed.</p>\n<ul>\n");
	for (i = 0; i < ills_nindicators; i++)
		if (rep->slot[i] < 0) {
			putf(o, "<li><code>%s</code> (%s): needs ",
			    ills_indicators[i].name,
			    ills[ills_indicators[i].ill].title);
			put_esc(o, FORMAT_HTML, rep->missing[i],
			    strlen(rep->missing[i]));
			put(o, "</li>\n");
		}
	put(o, "</ul>\n");
}

static void
html_thresholds(struct lt_out *o)
{
	char lo[LT_NUMBUF], hi[LT_NUMBUF];
	size_t i;

	put(o, "<h2>Indicators and thresholds</h2>\n<p>An indicator scores 0 "
	    "at its good threshold and 1 at its bad one, linearly between "
	    "them; an ill scores the mean of its indicators: low below 1/3, "
	    "medium below 2/3, high from 2/3.</p>\n<table>\n<tr><th>ill</th>"
	    "<th>indicator</th><th>formula</th><th>unit</th>"
	    "<th>score 0 at</th><th>score 1 at</th><th>source</th></tr>\n");
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		lt_fmt_num(lo, ind->low);
		lt_fmt_num(hi, ind->high);
		putf(o, "<tr><td>%s</td><td>%s</td><td>", ills[ind->ill].title,
		    ind->name);
		put_esc(o, FORMAT_HTML, ind->formula, strlen(ind->formula));
		putf(o, "</td><td>%s</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%s</td><td>", ind->unit,
		    ind->worse == WORSE_HIGH ? lo : hi,
		    ind->worse == WORSE_HIGH ? hi : lo);
		put_esc(o, FORMAT_HTML, ind->source, strlen(ind->source));
		put(o, "</td></tr>\n");
	}
	put(o, "</table>\n");
}

void
report_html(struct lt_out *o, const struct report *rep)
{
	put(o, html_head);
	put(o, "<h1>Rural ills</h1>\n<p>");
	scope_text(o, rep);
	put(o, " Each ill's score is the mean of its indicators' scores "
	    "(0 best, 1 worst).</p>\n<h2>Summary</h2>\n");
	html_heat(o, rep);
	html_worst(o, rep);
	html_evidence(o, rep);
	html_missing(o, rep);
	html_thresholds(o);
	put(o, "</body>\n</html>\n");
}
