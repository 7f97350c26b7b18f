/*
 * html.c - ills-report's HTML page: the Markdown report's sections as
 * one file with no scripts and nothing fetched (inline CSS, and the
 * SVG charts of charts.c); every text from the data is escaped.
 */
#include <string.h>

#include "report.h"

static const char html_head[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width\">\n"
    "<style>\n"
    /* Chinese names need a CJK font: the usual ones of Linux, macOS
     * and Windows before the generic family. */
    "body{font:14px/1.4 \"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\","
    "\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:1.5em auto;"
    "max-width:1100px;padding:0 1em;color:#222}\n"
    "h1{font-size:1.6em;margin:0 0 .2em}\n"
    "h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:1.6em}\n"
    "h3{font-size:1.05em}\n"
    "table{border-collapse:collapse;margin:.5em 0;max-width:100%}\n"
    "th,td{border:1px solid #ddd;padding:2px 8px;text-align:left;"
    "overflow-wrap:anywhere}\n"
    ".wide{overflow-x:auto}\n"
    "svg{width:100%;height:auto;display:block}\n"
    "figure{margin:0;flex:1 1 360px;min-width:0}\n"
    "dt{font-weight:bold}\n"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "th{background:#f3f3f3;white-space:nowrap}\n"
    "svg text{font-size:12px}\n"
    ".charts{display:flex;flex-wrap:wrap;gap:1em}\n"
    "code{background:#f3f3f3;padding:0 3px}\n"
    /* The maps' names at the size maplabel.c places them for. */
    ".map svg text{font-size:16px}\n"

    "</style>\n";

static void
html_region_cells(struct lt_out *o, const struct rec *rc,
    const struct report *rep)
{
	text_putf(o, "<td>%.*s</td><td lang=\"zh-Hans\">",
	    (int)rc->place->codelen, rc->place->code);
	text_esc(o, FORMAT_HTML, rc->name, rc->namelen);
	if (rep->has_year)
		text_putf(o, "</td><td class=\"n\">%lld</td>", (long long)rc->year);
	else
		text_put(o, "</td><td>NA</td>");
}

static void
html_worst(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	text_put(o, "<h2>Worst regions per ill</h2>\n<div class=\"charts\">\n");
	for (ill = 0; ill < NILLS; ill++)
		chart_bars(o, rep, ill);
	text_put(o, "</div>\n");
	for (ill = 0; ill < NILLS; ill++) {
		if (rep->nworst[ill] == 0)
			continue;
		text_putf(o, "<h3>%s: the worst</h3>\n<table>\n<tr><th>#</th><th>code</th>"
		    "<th>name</th><th>year</th><th>score</th><th>level</th>"
		    "</tr>\n", ills[ill].title);
		for (k = 0; k < rep->nworst[ill]; k++) {
			uint32_t r = rep->worst[ill][k];

			text_putf(o, "<tr><td class=\"n\">%zu</td>", k + 1);
			html_region_cells(o, &rep->rec[r], rep);
			text_put(o, "<td class=\"n\">");
			text_score(o, rep->rec[r].ill[ill]);
			text_putf(o, "</td><td>%s</td></tr>\n",
			    text_level(report_ill_level(rep, ill, r)));
		}
		text_put(o, "</table>\n");
	}
}

/* An indicator's row of the evidence: value, score and note. */
static void
html_indicator_row(struct lt_out *o, const struct report *rep, size_t i,
    uint32_t r)
{
	char color[8], note[NOTE_MAX];
	double s = report_score(rep, i, r);
	size_t n = report_note(rep, i, r, note);

	ills_color(color, s);
	text_put(o, "<tr><td></td><td>");
	text_indicator(o, ills_indicators[i].name);
	text_put(o, "</td><td class=\"n\">");
	text_num(o, report_value(rep, i, r));
	text_putf(o, "</td><td>%s</td><td class=\"n\" style=\"background:%s\">",
	    ills_indicators[i].unit, color);
	text_score(o, s);
	text_putf(o, "</td><td>%s</td><td>",
	    text_level(report_ind_level(rep, i, r)));
	text_esc(o, FORMAT_HTML, note, n);
	text_put(o, "</td></tr>\n");
}

static void
html_ill_rows(struct lt_out *o, const struct report *rep, enum ill_id ill,
    uint32_t r)
{
	const struct rec *rc = &rep->rec[r];
	char color[8], note[NOTE_MAX];
	size_t i, n;

	ills_color(color, rc->ill[ill]);
	text_putf(o, "<tr><th>%s</th><th>score (%u of %zu indicators)</th>"
	    "<td></td><td></td><td class=\"n\" style=\"background:%s\"><b>",
	    ills[ill].title, rc->used[ill], rep->total[ill], color);
	text_score(o, rc->ill[ill]);
	text_putf(o, "</b></td><td><b>%s</b></td><td>",
	    text_level(report_ill_level(rep, ill, r)));
	n = report_ill_note(rep, ill, r, note);
	text_esc(o, FORMAT_HTML, note, n);
	text_put(o, "</td></tr>\n");
	for (i = 0; i < ills_nindicators; i++)
		if (ills_indicators[i].ill == ill && rep->slot[i] >= 0)
			html_indicator_row(o, rep, i, r);
}

static void
html_evidence(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	text_put(o, "<h2>Evidence per region</h2>\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!report_in_summary(rep, r))
			continue;
		text_putf(o, "<h3>%.*s <span lang=\"zh-Hans\">",
		    (int)rc->place->codelen, rc->place->code);
		text_esc(o, FORMAT_HTML, rc->name, rc->namelen);
		text_put(o, "</span>");
		if (rep->has_year)
			text_putf(o, ", %lld", (long long)rc->year);
		text_put(o, "</h3>\n<div class=\"wide\"><table>\n<tr><th>ill</th>"
		    "<th>indicator</th><th>value</th><th>unit</th><th>score</th>"
		    "<th>level</th><th>note</th></tr>\n");
		for (ill = 0; ill < NILLS; ill++)
			if (report_ill_available(rep, ill))
				html_ill_rows(o, rep, ill, r);
		text_put(o, "</table></div>\n");
	}
}

static void
html_missing(struct lt_out *o, const struct report *rep)
{
	size_t i;

	text_put(o, "<h2>Missing indicators</h2>\n");
	if (rep->nmissing == 0) {
		text_put(o, "<p>None: the input has the columns of every "
		    "indicator.</p>\n");
		return;
	}
	text_put(o, "<p>The input lacks the columns of these indicators; they are "
	    "left out of the scores, never guessed.</p>\n<ul>\n");
	for (i = 0; i < ills_nindicators; i++)
		if (rep->slot[i] < 0) {
			text_putf(o, "<li><code>%s</code> (%s): needs ",
			    ills_indicators[i].name,
			    ills[ills_indicators[i].ill].title);
			text_esc(o, FORMAT_HTML, rep->missing[i],
			    strlen(rep->missing[i]));
			text_put(o, "</li>\n");
		}
	text_put(o, "</ul>\n");
}

static void
html_thresholds(struct lt_out *o)
{
	char lo[LT_NUMBUF], hi[LT_NUMBUF];
	size_t i;

	text_put(o, "<h2>Indicators and thresholds</h2>\n<p>An indicator scores 0 "
	    "at its good threshold and 1 at its bad one, linearly between "
	    "them; an ill scores the mean of its indicators in the input, NA "
	    "unless every one has a value: low below 1/3, medium below 2/3, "
	    "high from 2/3.</p>\n<div class=\"wide\"><table>\n<tr><th>ill</th>"
	    "<th>indicator</th><th>formula</th><th>unit</th>"
	    "<th>score 0 at</th><th>score 1 at</th><th>source</th></tr>\n");
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		lt_fmt_num(lo, ind->low);
		lt_fmt_num(hi, ind->high);
		text_putf(o, "<tr><td>%s</td><td>", ills[ind->ill].title);
		text_indicator(o, ind->name);
		text_putf(o, " (<code>%s</code>)</td><td>", ind->name);
		text_esc(o, FORMAT_HTML, ind->formula, strlen(ind->formula));
		text_putf(o, "</td><td>%s</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%s</td><td>", ind->unit,
		    ind->worse == WORSE_HIGH ? lo : hi,
		    ind->worse == WORSE_HIGH ? hi : lo);
		text_esc(o, FORMAT_HTML, ind->source, strlen(ind->source));
		text_put(o, "</td></tr>\n");
	}
	text_put(o, "</table></div>\n");
}

/* What the paper means by each ill. */
static void
html_ills(struct lt_out *o)
{
	int ill;

	text_put(o, "<h2>The five rural ills</h2>\n<p>The critics of the "
	    "small-town model of rural industrialisation named five ills; "
	    "each is scored here from 0 (none) to 1 (worst).</p>\n<dl>\n");
	for (ill = 0; ill < NILLS; ill++) {
		text_putf(o, "<dt>%d. %s</dt><dd>", ill + 1, ills[ill].title);
		text_esc(o, FORMAT_HTML, ills[ill].about,
		    strlen(ills[ill].about));
		text_put(o, "</dd>\n");
	}
	text_put(o, "</dl>\n");
}

void
report_html(struct lt_out *o, const struct report *rep)
{
	text_put(o, html_head);
	text_put(o, "<title>Rural ills: ");
	text_esc(o, FORMAT_HTML, rep->source, strlen(rep->source));
	text_put(o, "</title>\n</head>\n<body lang=\"en\">\n"
	    "<h1>Rural ills, scored</h1>\n<p>");
	text_scope(o, rep);
	text_put(o, " ");
	text_source(o, FORMAT_HTML, rep);
	text_put(o, "</p>\n");
	html_ills(o);
	text_put(o, "<h2>Summary: regions by ills</h2>\n<p>Each cell is an ill's "
	    "score (0 best, 1 worst), coloured by it:</p>\n");
	chart_legend(o);
	chart_heat(o, rep);
	map_section(o, rep);
	html_worst(o, rep);
	html_evidence(o, rep);
	html_missing(o, rep);
	html_thresholds(o);
	text_put(o, "</body>\n</html>\n");
}
