/*
 * charts.c - the inline SVG charts of the HTML page: the heat table of
 * regions by ills and a bar chart of the worst regions per ill.  No
 * scripts and nothing fetched; names are escaped.
 */
#include <math.h>

#include "report.h"

/* The heat table: a row per region, a column per ill, each cell
 * coloured by the ill's score. */
#define HEAT_LABEL 300
#define HEAT_CELL 150
#define HEAT_ROW 24
#define HEAT_TOP 34

void
chart_heat(struct lt_out *o, const struct report *rep)
{
	size_t k, nrows = 0, y;
	int ill, width = HEAT_LABEL + NILLS * HEAT_CELL;
	char color[8];

	for (k = 0; k < rep->nrec; k++)
		nrows += report_in_summary(rep, rep->order[k]);
	text_putf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"Heat table of regions "
	    "by ills\">\n", width, HEAT_TOP + nrows * HEAT_ROW + 2);
	for (ill = 0; ill < NILLS; ill++)
		text_putf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		    "font-weight=\"bold\">%s</text>\n", HEAT_LABEL + ill *
		    HEAT_CELL + HEAT_CELL / 2, HEAT_TOP - 12, ills[ill].title);
	y = HEAT_TOP;
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!report_in_summary(rep, r))
			continue;
		text_putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\"><title>",
		    HEAT_LABEL - 8, y + 16);
		text_esc(o, FORMAT_HTML, rc->name, rc->namelen);
		text_putf(o, "</title>%.*s ", (int)rc->place->codelen,
		    rc->place->code);
		text_label(o, rc->name, rc->namelen);
		if (rep->has_year)
			text_putf(o, " %lld", (long long)rc->year);
		text_put(o, "</text>\n");
		for (ill = 0; ill < NILLS; ill++) {
			enum level l = report_ill_level(rep, ill, r);
			int x = HEAT_LABEL + ill * HEAT_CELL;

			ills_color(color, l == LEVEL_MISSING ? NAN :
			    rc->ill[ill]);
			text_putf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%d\" "
			    "height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>"
			    "<text x=\"%d\" y=\"%zu\" text-anchor=\"middle\">"
			    "%s", x, y, HEAT_CELL, HEAT_ROW, color,
			    x + HEAT_CELL / 2, y + 16, text_level(l));
			if (l != LEVEL_MISSING && l != LEVEL_NA) {
				text_put(o, " ");
				text_score(o, rc->ill[ill]);
			}
			text_put(o, "</text>\n");
		}
		y += HEAT_ROW;
	}
	text_put(o, "</svg>\n");
}

/* A bar chart of the worst regions of an ill. */
#define BAR_LABEL 250
#define BAR_WIDTH 250
#define BAR_ROW 20

void
chart_bars(struct lt_out *o, const struct report *rep, enum ill_id ill)
{
	size_t k, n = rep->nworst[ill];
	char color[8];

	text_putf(o, "<figure>\n<figcaption><b>%s</b></figcaption>\n",
	    ills[ill].title);
	if (!report_ill_available(rep, ill) || n == 0) {
		text_put(o, report_ill_available(rep, ill) ? "<p>No region.</p>\n" :
		    "<p>Missing: the input has none of its indicators.</p>\n");
		text_put(o, "</figure>\n");
		return;
	}
	text_putf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
	    "height=\"%zu\" role=\"img\" aria-label=\"Worst regions: %s\">\n",
	    BAR_LABEL + BAR_WIDTH + 50, n * BAR_ROW + 4, ills[ill].title);
	for (k = 0; k < n; k++) {
		uint32_t r = rep->worst[ill][k];
		const struct rec *rc = &rep->rec[r];
		double s = rc->ill[ill];
		size_t y = k * BAR_ROW + 2;

		ills_color(color, s);
		text_putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">",
		    BAR_LABEL - 6, y + 14);
		text_label(o, rc->name, rc->namelen);
		text_putf(o, " %.*s</text>", (int)rc->place->codelen,
		    rc->place->code);
		text_putf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%.1f\" height=\"%d\" "
		    "fill=\"%s\"/><text x=\"%.1f\" y=\"%zu\">", BAR_LABEL, y,
		    s * BAR_WIDTH, BAR_ROW - 4, color,
		    BAR_LABEL + s * BAR_WIDTH + 4, y + 14);
		text_score(o, s);
		text_put(o, "</text>\n");
	}
	text_put(o, "</svg>\n</figure>\n");
}
