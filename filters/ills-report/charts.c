/*
 * charts.c - the inline SVG charts of the HTML page: the heat table of
 * regions by ills, a bar chart of the worst regions per ill with its
 * 0-1 axis, and the colour legend.  Each scales to the page's width
 * (a viewBox, no fixed pixels); no scripts and nothing fetched; names
 * are escaped and marked as Chinese.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* The heat table: a row per region, a column per ill, each cell
 * coloured by the ill's score; 760 units wide, to fit an 800 px page
 * at full size. */
#define HEAT_LABEL 220
#define HEAT_CELL 108
#define HEAT_ROW 24
#define HEAT_TOP 44

static void
svg_open(struct lt_out *o, int width, size_t height, const char *label)
{
	text_putf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
	    "%d %zu\" style=\"max-width:%dpx\" role=\"img\" aria-label=\"%s\">\n",
	    width, height, width, label);
}

static void
heat_row(struct lt_out *o, const struct report *rep, uint32_t r, size_t y)
{
	const struct rec *rc = &rep->rec[r];
	char color[8];
	int ill;

	text_putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\" "
	    "lang=\"zh-Hans\"><title>", HEAT_LABEL - 8, y + 16);
	text_esc(o, FORMAT_HTML, rc->name, rc->namelen);
	text_putf(o, "</title>%.*s ", (int)rc->place->codelen, rc->place->code);
	text_label(o, rc->name, rc->namelen);
	if (rep->has_year)
		text_putf(o, " %lld", (long long)rc->year);
	text_put(o, "</text>\n");
	for (ill = 0; ill < NILLS; ill++) {
		enum level l = report_ill_level(rep, ill, r);
		int x = HEAT_LABEL + ill * HEAT_CELL;

		ills_color(color, l == LEVEL_MISSING ? NAN : rc->ill[ill]);
		text_putf(o, "<rect x=\"%d\" y=\"%zu\" width=\"%d\" "
		    "height=\"%d\" fill=\"%s\" stroke=\"#fff\"/>"
		    "<text x=\"%d\" y=\"%zu\" text-anchor=\"middle\">%s", x, y,
		    HEAT_CELL, HEAT_ROW, color, x + HEAT_CELL / 2, y + 16,
		    text_level(l));
		if (l != LEVEL_MISSING && l != LEVEL_NA) {
			text_put(o, " ");
			text_score(o, rc->ill[ill]);
		}
		text_put(o, "</text>\n");
	}
}

void
chart_heat(struct lt_out *o, const struct report *rep)
{
	size_t k, nrows = 0, y;
	int ill;

	for (k = 0; k < rep->nrec; k++)
		nrows += report_in_summary(rep, rep->order[k]);
	svg_open(o, HEAT_LABEL + NILLS * HEAT_CELL, HEAT_TOP + nrows *
	    HEAT_ROW + 2, "Heat table of regions by ills");
	/* Each title on two lines, its first word and the rest. */
	for (ill = 0; ill < NILLS; ill++) {
		const char *t = ills[ill].title;
		int x = HEAT_LABEL + ill * HEAT_CELL + HEAT_CELL / 2;
		int n = (int)strcspn(t, " ");

		text_putf(o, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		    "font-weight=\"bold\">%.*s<tspan x=\"%d\" dy=\"14\">%s"
		    "</tspan></text>\n", x, HEAT_TOP - 22, n, t, x,
		    t[n] ? t + n + 1 : "");
	}
	y = HEAT_TOP;
	for (k = 0; k < rep->nrec; k++)
		if (report_in_summary(rep, rep->order[k])) {
			heat_row(o, rep, rep->order[k], y);
			y += HEAT_ROW;
		}
	text_put(o, "</svg>\n");
}

/* The legend: the colour ramp from 0 to 1 with the level cut-offs,
 * and the grey of NA. */
#define LEGEND_X 10
#define LEGEND_W 300

void
chart_legend(struct lt_out *o)
{
	static const double ticks[] = { 0, 1.0 / 3, 2.0 / 3, 1 };
	static const char *const tick_text[] = { "0", "1/3", "2/3", "1" };
	char color[8];
	int i;

	svg_open(o, 460, 48, "Colour legend of scores");
	/* Thirty steps, the first at 0 and the last at 1. */
	for (i = 0; i < 30; i++) {
		ills_color(color, i / 29.0);
		text_putf(o, "<rect x=\"%d\" y=\"4\" width=\"%d\" height=\"14\" "
		    "fill=\"%s\"/>", LEGEND_X + i * LEGEND_W / 30, LEGEND_W / 30 +
		    1, color);
	}
	text_put(o, "\n");
	for (i = 0; i < 4; i++) {
		int x = LEGEND_X + (int)lround(ticks[i] * LEGEND_W);

		text_putf(o, "<line x1=\"%d\" y1=\"18\" x2=\"%d\" y2=\"23\" "
		    "stroke=\"#333\"/><text x=\"%d\" y=\"35\" "
		    "text-anchor=\"middle\">%s</text>\n", x, x, x,
		    tick_text[i]);
	}
	text_putf(o, "<text x=\"%d\" y=\"46\" text-anchor=\"middle\">low"
	    "</text><text x=\"%d\" y=\"46\" text-anchor=\"middle\">medium"
	    "</text><text x=\"%d\" y=\"46\" text-anchor=\"middle\">high"
	    "</text>\n", LEGEND_X + LEGEND_W / 6, LEGEND_X + LEGEND_W / 2,
	    LEGEND_X + 5 * LEGEND_W / 6);
	ills_color(color, NAN);
	text_putf(o, "<rect x=\"%d\" y=\"4\" width=\"24\" height=\"14\" "
	    "fill=\"%s\"/><text x=\"%d\" y=\"16\">NA or missing</text>\n",
	    LEGEND_X + LEGEND_W + 20, color, LEGEND_X + LEGEND_W + 50);
	text_put(o, "</svg>\n");
}

/* A bar chart of the worst regions of an ill, on a 0-1 axis. */
#define BAR_LABEL 170
#define BAR_WIDTH 200
#define BAR_ROW 20
#define BAR_AXIS 26

static void
bar_axis(struct lt_out *o, size_t y)
{
	int i;

	text_putf(o, "<line x1=\"%d\" y1=\"%zu\" x2=\"%d\" y2=\"%zu\" "
	    "stroke=\"#333\"/>\n", BAR_LABEL, y, BAR_LABEL + BAR_WIDTH, y);
	for (i = 0; i <= 4; i++) {
		int x = BAR_LABEL + i * BAR_WIDTH / 4;

		text_putf(o, "<line x1=\"%d\" y1=\"%zu\" x2=\"%d\" y2=\"%zu\" "
		    "stroke=\"#333\"/><text x=\"%d\" y=\"%zu\" "
		    "text-anchor=\"middle\">%s</text>\n", x, y, x, y + 4, x,
		    y + 16, (const char *[]){ "0", "0.25", "0.5", "0.75",
		    "1" }[i]);
	}
	text_putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">score"
	    "</text>\n", BAR_LABEL - 6, y + 16);
}

void
chart_bars(struct lt_out *o, const struct report *rep, enum ill_id ill)
{
	size_t k, n = rep->nworst[ill];
	char color[8], label[128];

	text_putf(o, "<figure>\n<figcaption><b>%s</b></figcaption>\n",
	    ills[ill].title);
	if (!report_ill_available(rep, ill) || n == 0) {
		text_put(o, report_ill_available(rep, ill) ? "<p>No region.</p>\n" :
		    "<p>Missing: the input has none of its indicators.</p>\n");
		text_put(o, "</figure>\n");
		return;
	}
	snprintf(label, sizeof(label), "Worst regions: %s", ills[ill].title);
	svg_open(o, BAR_LABEL + BAR_WIDTH + 40, n * BAR_ROW + 4 + BAR_AXIS,
	    label);
	for (k = 0; k < n; k++) {
		uint32_t r = rep->worst[ill][k];
		const struct rec *rc = &rep->rec[r];
		double s = rc->ill[ill];
		size_t y = k * BAR_ROW + 2;

		ills_color(color, s);
		text_putf(o, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\" "
		    "lang=\"zh-Hans\">", BAR_LABEL - 6, y + 14);
		text_label(o, rc->name, rc->namelen);
		text_putf(o, "</text><rect x=\"%d\" y=\"%zu\" width=\"%.1f\" "
		    "height=\"%d\" fill=\"%s\"/><text x=\"%.1f\" y=\"%zu\">",
		    BAR_LABEL, y, s * BAR_WIDTH, BAR_ROW - 4, color,
		    BAR_LABEL + s * BAR_WIDTH + 4, y + 14);
		text_score(o, s);
		text_put(o, "</text>\n");
	}
	bar_axis(o, n * BAR_ROW + 4);
	text_put(o, "</svg>\n</figure>\n");
}
