/*
 * map.c - the HTML page's maps: a county choropleth per ill (or one of
 * --map-figure's column) in inline SVG, projected in C (geo.c), with no
 * script.  Each region is one <path class="county" data-code="CODE">
 * in the colour of its score, the charts' colours, with a <title> of
 * NAME CODE SCORE; the other counties of the extent are grey <path
 * class="context">.  Under the maps, every region not drawn and every
 * one drawn on an outline whose territory changed since its year.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"

/* Above this many regions, names are left to the titles. */
#define MAP_MAXLABELS 40

/* The value a map colours region g by, and its colour. */
static double
region_value(const struct report *rep, const struct region *g, int ill)
{
	const struct rec *rc = &rep->rec[g->r];

	if (ill < 0)
		return rc->figure;
	return report_ill_level(rep, ill, g->r) == LEVEL_MISSING ? NAN :
	    rc->ill[ill];
}

struct scale {
	double lo, hi;		/* --map-figure's range; 0 and 1 for ills */
};

static void
region_color(char color[8], const struct scale *sc, double v)
{
	ills_color(color, isnan(v) ? v : sc->hi > sc->lo ? (v - sc->lo) /
	    (sc->hi - sc->lo) : 0.5);
}

static void
draw_region(struct lt_out *o, const struct report *rep,
    const struct map_data *m, const struct region *g, int ill,
    const struct scale *sc)
{
	const struct rec *rc = &rep->rec[g->r];
	double v = region_value(rep, g, ill);
	const char *name;
	char color[8];
	size_t j, len;

	region_color(color, sc, v);
	text_putf(o, "<path class=\"county\" data-code=\"%.*s\" fill=\"%s\" "
	    "d=\"", (int)rc->place->codelen, rc->place->code, color);
	for (j = 0; j < g->nparts; j++)
		text_put(o, m->county[g->part[j]].d);
	text_put(o, "\"><title>");
	name = map_region_name(rep, m, g, &len);
	text_esc(o, FORMAT_HTML, name, len);
	text_putf(o, " %.*s ", (int)rc->place->codelen, rc->place->code);
	if (ill >= 0)
		text_score(o, v);
	else
		text_num(o, v);
	text_put(o, "</title></path>\n");
	if (g->changed) {
		text_put(o, "<path class=\"changed\" fill=\"url(#map-hatch)\" "
		    "d=\"");
		for (j = 0; j < g->nparts; j++)
			text_put(o, m->county[g->part[j]].d);
		text_put(o, "\"/>\n");
	}
}

/* Are the regions few enough to name on the map? */
static int
labelled(const struct map_data *m)
{
	size_t k, drawn = 0;

	for (k = 0; k < m->nregions; k++)
		drawn += m->region[k].nparts > 0;
	return drawn <= MAP_MAXLABELS;
}

/* The grey counties: drawn in the page's first map, and used again
 * by the others (one copy in the file). */
static void
draw_context(struct lt_out *o, const struct map_data *m, int first)
{
	size_t i, any;

	if (!first) {
		text_put(o, "<use href=\"#map-context\"/>\n");
		return;
	}
	text_put(o, "<g id=\"map-context\" fill=\"#e8e8e8\" stroke=\"#fff\" "
	    "stroke-width=\"0.4\">\n");
	for (i = 0; i < m->ncounties; i++)
		if (!m->county[i].region && m->county[i].d[0]) {
			text_put(o, "<path class=\"context\" d=\"");
			text_put(o, m->county[i].d);
			text_put(o, "\"/>\n");
		}
	/* The islands of the inset are smaller than a unit: outlined to
	 * show. */
	for (i = 0, any = 0; i < m->ncounties; i++)
		if (m->county[i].d_south && m->county[i].d_south[0]) {
			if (!any++)
				text_put(o, "<g class=\"islands\" fill=\"#999\" "
				    "stroke=\"#999\" stroke-width=\"0.8\">\n");
			text_put(o, "<path d=\"");
			text_put(o, m->county[i].d_south);
			text_put(o, "\"/>\n");
		}
	text_put(o, any ? "</g>\n</g>\n" : "</g>\n");
}

/* One map: ill, or the figure when ill is -1; the first of the page
 * when first. */
static void
draw_map(struct lt_out *o, const struct report *rep,
    const struct map_data *m, const struct frame *f, int ill,
    const struct scale *sc, int first)
{
	const char *title = ill >= 0 ? ills[ill].title : rep->map_figure;
	size_t k;

	text_put(o, "<figure class=\"map\">\n<figcaption><b>");
	text_esc(o, FORMAT_HTML, title, strlen(title));
	text_putf(o, "</b></figcaption>\n<svg xmlns=\"http://www.w3.org/2000/"
	    "svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
	    "aria-label=\"Map: ", MAP_W, f->height);
	text_esc(o, FORMAT_HTML, title, strlen(title));
	text_put(o, "\">\n");
	if (f->inset)
		text_putf(o, "<rect class=\"inset\" x=\"%.1f\" y=\"%.1f\" "
		    "width=\"%.1f\" height=\"%.1f\" fill=\"#f4f8fb\" "
		    "stroke=\"#999\"/>\n", f->ix, f->iy, f->iw, f->ih);
	draw_context(o, m, first);
	text_put(o, "<g stroke=\"#333\" stroke-width=\"0.6\">\n");
	for (k = 0; k < m->nregions; k++)
		if (m->region[k].nparts > 0)
			draw_region(o, rep, m, &m->region[k], ill, sc);
	text_put(o, "</g>\n");
	if (labelled(m))
		map_draw_labels(o, rep, m);
	text_put(o, "</svg>\n</figure>\n");
}

/* --map-figure's range over the regions drawn. */
static void
figure_scale(const struct report *rep, const struct map_data *m,
    struct scale *sc)
{
	size_t k;

	sc->lo = HUGE_VAL;
	sc->hi = -HUGE_VAL;
	for (k = 0; k < m->nregions; k++) {
		double v = rep->rec[m->region[k].r].figure;

		if (m->region[k].nparts && !isnan(v)) {
			sc->lo = fmin(sc->lo, v);
			sc->hi = fmax(sc->hi, v);
		}
	}
	if (sc->lo > sc->hi)
		sc->lo = sc->hi = 0;
}

static void
figure_legend(struct lt_out *o, const struct report *rep,
    const struct scale *sc)
{
	char color[8];
	int i;

	text_put(o, "<p>");
	text_esc(o, FORMAT_HTML, rep->map_figure, strlen(rep->map_figure));
	text_put(o, " from ");
	text_num(o, sc->lo);
	for (i = 0; i <= 4; i++) {
		ills_color(color, i / 4.0);
		text_putf(o, " <span style=\"background:%s\">&#160;&#160;&#160;"
		    "</span>", color);
	}
	text_put(o, " to ");
	text_num(o, sc->hi);
	ills_color(color, NAN);
	text_putf(o, "; <span style=\"background:%s\">&#160;&#160;&#160;"
	    "</span> NA.</p>\n", color);
}

int
report_maps(const struct report *rep)
{
	if (rep->map_extent == MAP_NONE)
		return 0;
	if (rep->format == FORMAT_HTML)
		return 1;
	return rep->format == FORMAT_MD && (rep->map_extent_given ||
	    rep->map_figure);
}

void
map_section(struct lt_out *o, const struct report *rep)
{
	static const struct scale ill_scale = { 0, 1 };
	struct map_data m;
	struct frame f;
	struct scale sc;
	size_t i;
	int ill, first;

	if (!report_maps(rep))
		return;
	/* In Markdown, one block of HTML (no blank line in it). */
	text_put(o, rep->format == FORMAT_MD ? "## Maps\n\n<div>\n" :
	    "<h2>Maps</h2>\n");
	map_join(&m, rep);
	if (m.path && m.ncounties > 0) {
		map_frame(&m, &f);
		for (i = 0; i < m.ncounties; i++) {
			m.county[i].d = map_path_data(&m.county[i], &f, 0);
			if (f.inset)
				m.county[i].d_south = map_path_data(
				    &m.county[i], &f, 1);
		}
		text_put(o, "<svg style=\"position:absolute;width:0;height:0\" "
		    "aria-hidden=\"true\">"
		    "<defs><pattern id=\"map-hatch\" width=\"4\" height=\"4\" "
		    "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate"
		    "(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke="
		    "\"#000\" stroke-width=\"1\"/></pattern></defs></svg>\n");
		if (labelled(&m))
			map_place_labels(&m, rep, &f);
		if (rep->map_figure) {
			figure_scale(rep, &m, &sc);
			figure_legend(o, rep, &sc);
		}
		text_put(o, "<div class=\"charts\">\n");
		if (rep->map_figure)
			draw_map(o, rep, &m, &f, -1, &sc, 1);
		else
			for (ill = 0, first = 1; ill < NILLS; ill++)
				if (report_ill_available(rep, ill)) {
					draw_map(o, rep, &m, &f, ill,
					    &ill_scale, first);
					first = 0;
				}
		text_put(o, "</div>\n");
		if (labelled(&m))
			map_key(o, rep, &m);
	}
	map_notes(o, rep, &m);
	if (rep->format == FORMAT_MD)
		text_put(o, "</div>\n\n");
	map_data_free(&m);
}
