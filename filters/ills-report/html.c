/*
 * html.c - ills-report's HTML page: the Markdown report's sections as
 * one file with no scripts and nothing fetched (inline CSS, and the
 * SVG charts of charts.c); every text from the data is escaped.
 */
#include <string.h>

#include "report.h"

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

static void
html_region_cells(struct lt_out *o, const struct rec *rc,
    const struct report *rep)
{
	text_putf(o, "<td>%.*s</td><td>", (int)rc->place->codelen,
	    rc->place->code);
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
		text_putf(o, "<h3>%s</h3>\n<table>\n<tr><th>#</th><th>code</th>"
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

static void
html_evidence(struct lt_out *o, const struct report *rep)
{
	size_t k, i;
	int ill;
	char color[8];

	text_put(o, "<h2>Evidence</h2>\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!report_in_summary(rep, r))
			continue;
		text_putf(o, "<h3>%.*s ", (int)rc->place->codelen, rc->place->code);
		text_esc(o, FORMAT_HTML, rc->name, rc->namelen);
		if (rep->has_year)
			text_putf(o, ", %lld", (long long)rc->year);
		text_put(o, "</h3>\n<table>\n<tr><th>ill</th><th>indicator</th>"
		    "<th>value</th><th>unit</th><th>score</th><th>level</th>"
		    "</tr>\n");
		for (ill = 0; ill < NILLS; ill++) {
			if (!report_ill_available(rep, ill))
				continue;
			for (i = 0; i < ills_nindicators; i++) {
				double s;

				if (ills_indicators[i].ill != (enum ill_id)ill ||
				    rep->slot[i] < 0)
					continue;
				s = report_score(rep, i, r);
				ills_color(color, s);
				text_putf(o, "<tr><td>%s</td><td>%s</td>"
				    "<td class=\"n\">", ills[ill].title,
				    ills_indicators[i].name);
				text_num(o, report_value(rep, i, r));
				text_putf(o, "</td><td>%s</td><td class=\"n\" "
				    "style=\"background:%s\">",
				    ills_indicators[i].unit, color);
				text_score(o, s);
				text_putf(o, "</td><td>%s</td></tr>\n",
				    text_level(report_ind_level(rep, i, r)));
			}
			ills_color(color, rc->ill[ill]);
			text_putf(o, "<tr><th>%s</th><th>score</th><td></td><td></td>"
			    "<td class=\"n\" style=\"background:%s\"><b>",
			    ills[ill].title, color);
			text_score(o, rc->ill[ill]);
			text_putf(o, "</b></td><td><b>%s</b></td></tr>\n",
			    text_level(report_ill_level(rep, ill, r)));
		}
		text_put(o, "</table>\n");
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
	    "them; an ill scores the mean of its indicators: low below 1/3, "
	    "medium below 2/3, high from 2/3.</p>\n<table>\n<tr><th>ill</th>"
	    "<th>indicator</th><th>formula</th><th>unit</th>"
	    "<th>score 0 at</th><th>score 1 at</th><th>source</th></tr>\n");
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		lt_fmt_num(lo, ind->low);
		lt_fmt_num(hi, ind->high);
		text_putf(o, "<tr><td>%s</td><td>%s</td><td>", ills[ind->ill].title,
		    ind->name);
		text_esc(o, FORMAT_HTML, ind->formula, strlen(ind->formula));
		text_putf(o, "</td><td>%s</td><td class=\"n\">%s</td>"
		    "<td class=\"n\">%s</td><td>", ind->unit,
		    ind->worse == WORSE_HIGH ? lo : hi,
		    ind->worse == WORSE_HIGH ? hi : lo);
		text_esc(o, FORMAT_HTML, ind->source, strlen(ind->source));
		text_put(o, "</td></tr>\n");
	}
	text_put(o, "</table>\n");
}

void
report_html(struct lt_out *o, const struct report *rep)
{
	text_put(o, html_head);
	text_put(o, "<h1>Rural ills</h1>\n<p>");
	text_scope(o, rep);
	text_put(o, " Each ill's score is the mean of its indicators' scores "
	    "(0 best, 1 worst).</p>\n<h2>Summary</h2>\n");
	chart_heat(o, rep);
	html_worst(o, rep);
	html_evidence(o, rep);
	html_missing(o, rep);
	html_thresholds(o);
	text_put(o, "</body>\n</html>\n");
}
