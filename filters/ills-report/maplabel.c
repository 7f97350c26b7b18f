/*
 * maplabel.c - names on the maps: each region's name where it fits
 * without covering another's (tried at its middle, then above, below,
 * right and left of it); a region whose name does not fit gets a
 * number instead, and the numbers are keyed under the maps.  The same
 * places serve every map of the page.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"

/* The labels' font size in SVG units. */
#define FONT 16

/* The width of a label: a CJK character an em, others about 0.6. */
static double
text_width(const char *s, size_t len)
{
	double w = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0xe0)
			w += FONT;
		else if (c < 0x80)
			w += 0.6 * FONT;
	}
	return w;
}

struct rect {
	double x0, y0, x1, y1;
};

static int
overlaps(const struct rect *a, const struct rect *placed, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a->x0 < placed[i].x1 && placed[i].x0 < a->x1 &&
		    a->y0 < placed[i].y1 && placed[i].y0 < a->y1)
			return 1;
	return 0;
}

/* The name's box centred at x, baseline at y. */
static struct rect
name_box(double x, double y, double w)
{
	struct rect r = { x - w / 2 - 1, y - FONT + 2, x + w / 2 + 1, y + 3 };

	return r;
}

/* Try the name of region g at its middle when it fits inside the
 * county, else beside it: right, left, above, below (a small county's
 * colour stays in sight). */
static int
place_name(struct region *g, const double at[4], double w,
    const struct frame *f, struct rect *placed, size_t *n)
{
	const double dx[] = { 0, 1, -1, 0, 0 }, dy[] = { 0, 0, 0, -1, 1 };
	double x = at[0], y = at[1], hw = at[2], hh = at[3];
	size_t i;

	for (i = hw > w / 2 && hh > FONT ? 0 : 1; i < 5; i++) {
		double lx = x + dx[i] * (hw + w / 2 + 2);
		double ly = y + FONT / 3 + dy[i] * (hh + FONT / 2 + 1);
		struct rect r = name_box(lx, ly, w);

		if (r.x0 < 0 || r.x1 > MAP_W || r.y0 < 0 || r.y1 > f->height ||
		    overlaps(&r, placed, *n))
			continue;
		placed[(*n)++] = r;
		g->label = LABEL_NAME;
		g->lx = lx, g->ly = ly;
		return 1;
	}
	return 0;
}

void
map_place_labels(struct map_data *m, const struct report *rep,
    const struct frame *f)
{
	struct rect *placed = lt_malloc((m->nregions + 1) * sizeof(*placed));
	size_t k, n = 0;
	int number = 0;
	double at[4];
	char *buf;

	for (k = 0; k < m->nregions; k++) {
		struct region *g = &m->region[k];
		const char *name;
		size_t len;

		g->label = LABEL_NONE;
		if (g->nparts == 0)
			continue;
		map_label_point(&m->county[g->part[0]], f, &at[0], &at[1],
		    &at[2], &at[3]);
		name = map_region_name(rep, m, g, &len);
		buf = lt_malloc(len + 4);
		g->lx = at[0], g->ly = at[1] + FONT / 3;
		if (!place_name(g, at, text_width(buf, ills_clip_utf8(buf,
		    name, len, LABEL_CHARS)), f, placed, &n)) {
			g->label = LABEL_NUMBER;
			g->number = ++number;
		}
		free(buf);
	}
	free(placed);
}

void
map_draw_labels(struct lt_out *o, const struct report *rep,
    const struct map_data *m)
{
	size_t k;

	/* A white halo, so that names read over the outlines. */
	text_putf(o, "<g class=\"labels\" text-anchor=\"middle\" "
	    "font-size=\"%d\" paint-order=\"stroke\" stroke=\"#fff\" "
	    "stroke-width=\"2\" lang=\"zh-Hans\">\n", FONT);
	for (k = 0; k < m->nregions; k++) {
		const struct region *g = &m->region[k];
		const char *name;
		size_t len;

		if (g->label == LABEL_NONE)
			continue;
		name = map_region_name(rep, m, g, &len);
		text_putf(o, "<text x=\"%.1f\" y=\"%.1f\">", g->lx, g->ly);
		if (g->label == LABEL_NAME)
			text_label(o, name, len);
		else
			text_putf(o, "%d", g->number);
		text_put(o, "</text>\n");
	}
	text_put(o, "</g>\n");
}

void
map_key(struct lt_out *o, const struct report *rep,
    const struct map_data *m)
{
	size_t k;
	int any = 0;

	for (k = 0; k < m->nregions; k++) {
		const struct region *g = &m->region[k];
		const struct rec *rc = &rep->rec[g->r];
		const char *name;
		size_t len;

		if (g->label != LABEL_NUMBER)
			continue;
		name = map_region_name(rep, m, g, &len);
		text_put(o, any++ ? "; " : "<p>Numbered on the maps, their "
		    "names having no room: ");
		text_putf(o, "%d <span lang=\"zh-Hans\">", g->number);
		text_esc(o, FORMAT_HTML, name, len);
		text_putf(o, "</span> %.*s", (int)rc->place->codelen,
		    rc->place->code);
	}
	if (any)
		text_put(o, ".</p>\n");
}
