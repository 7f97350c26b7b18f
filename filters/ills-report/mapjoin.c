/*
 * mapjoin.c - the outlines a map draws and the regions on them: the
 * county outlines of about 2016 (county-shapes.csv.gz, found beside
 * the program) of the regions' provinces or of the whole country,
 * each region joined on the code it had in 2016, reached through the
 * division history (county-history.csv) from code_then or, backwards,
 * from today's code.  What cannot be joined is kept, to be listed
 * (mapnotes.c).
 */
#include <stdlib.h>
#include <string.h>

#include "map.h"

#define MAX_PROVINCES 64

struct provinces {
	char code[MAX_PROVINCES][3];
	size_t n;
};

/* Codes to places in m->county, plus one (0: none). */
static struct lt_hash *bycode;

static void
add_province(struct provinces *p, const char *code, size_t len)
{
	size_t i;

	if (len < 2 || lt_code_level(code, len) == LT_LEVEL_NONE)
		return;
	for (i = 0; i < p->n; i++)
		if (memcmp(p->code[i], code, 2) == 0)
			return;
	if (p->n < MAX_PROVINCES) {
		memcpy(p->code[p->n], code, 2);
		p->code[p->n++][2] = '\0';
	}
}

static int
wanted(const struct map_data *m, const struct provinces *p,
    const char *code)
{
	size_t i;

	if (m->china)
		return 1;
	for (i = 0; i < p->n; i++)
		if (memcmp(p->code[i], code, 2) == 0)
			return 1;
	return 0;
}

/* Is ring i, in lon/lat, wholly south of MAP_INSET_LAT? */
static int
ring_south(const struct geo_shape *s, size_t i)
{
	const struct geo_pt *p;
	size_t j, n = geo_ring(s, i, &p);

	for (j = 0; j < n; j++)
		if (p[j].y >= MAP_INSET_LAT)
			return 0;
	return 1;
}

/* The outlines of the extent, projected. */
static void
load_counties(struct map_data *m, const struct provinces *p)
{
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_row *row;
	char *files[1] = { m->path };
	const char *err;
	size_t j;
	int col_code, col_name, col_wkt, isnew;

	lt_cli_init(&cli, "", "");
	cli.progress = 0;
	in = lt_in_open(&cli, 1, files);
	bycode = lt_hash_new(sizeof(size_t));
	col_code = lt_header_find(lt_in_header(in), "code");
	col_name = lt_header_find(lt_in_header(in), "name");
	col_wkt = lt_header_find(lt_in_header(in), "wkt");
	if (col_code < 0 || col_name < 0 || col_wkt < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: county outlines need the "
		    "columns code, name and wkt", m->path);
	while (lt_in_next(in, &row)) {
		struct county *c;

		if (row->f[col_code].len > 6 || row->f[col_code].len < 2 ||
		    !wanted(m, p, row->f[col_code].s))
			continue;
		if (m->ncounties == m->cap) {
			m->cap = m->cap ? m->cap * 2 : 256;
			m->county = lt_realloc(m->county, m->cap *
			    sizeof(*m->county));
		}
		c = &m->county[m->ncounties];
		memset(c, 0, sizeof(*c));
		memcpy(c->code, row->f[col_code].s, row->f[col_code].len);
		c->name = lt_strdup(row->f[col_name].s);
		if (!geo_wkt_read(&c->shape, row->f[col_wkt].s, &err))
			lt_die(LT_EXIT_DATA, "%s:%ld: column 'wkt': %s",
			    m->path, row->line, err);
		c->south = lt_malloc(c->shape.nring ? c->shape.nring : 1);
		for (j = 0; j < c->shape.nring; j++)
			c->south[j] = ring_south(&c->shape, j);
		geo_project(&c->shape);
		m->ncounties++;
		*(size_t *)lt_hash_get(bycode, c->code, strlen(c->code),
		    &isnew) = m->ncounties;
	}
	lt_in_close(in);
}

static long
find_county(const struct map_data *m, const char *code)
{
	size_t *i = bycode ? lt_hash_find(bycode, code, strlen(code)) : NULL;

	(void)m;
	return i ? (long)*i - 1 : -1;
}

/* The history, loaded when first needed; NULL when not shipped. */
static struct lt_hist *
history(void)
{
	static struct lt_hist *h;
	static int tried;
	char *path;

	if (!tried) {
		tried = 1;
		if ((path = lt_data_path("county-history.csv")) != NULL) {
			h = lt_hist_load(path);
			free(path);
		}
	}
	return h;
}

static int
in_use_2016(const struct lt_hrec *r)
{
	return r && r->from <= MAP_YEAR && (r->to == 0 || r->to >= MAP_YEAR);
}

/* Outlines of 2016 whose way through the history leads to today's
 * code: a code begun after 2016, or a merger of several. */
static void
join_backwards(struct map_data *m, struct region *g, const char *code)
{
	struct lt_hist *h = history();
	struct lt_hfollow f;
	size_t i;

	for (i = 0; h && i < m->ncounties && g->nparts < MAP_MAXPARTS; i++) {
		struct county *c = &m->county[i];

		if (!c->followed) {
			const struct lt_hrec *r = lt_hist_code(h, c->code,
			    strlen(c->code), MAP_YEAR);

			c->followed = 1;
			if (r && (lt_hist_follow(h, r, MAP_YEAR, &f), f.today))
				strcpy(c->today, f.today->code);
		}
		if (strcmp(c->today, code) == 0)
			g->part[g->nparts++] = i;
	}
	g->join = g->nparts ? JOIN_HISTORY : JOIN_MISS;
}

/* code_then when it was in use in 2016; else the code itself when an
 * outline has it (prefecture-level cities without counties, Taiwan,
 * Hong Kong's and Macao's districts too); else, for a county, the
 * outlines of 2016 that lead to it. */
static void
join_region(struct map_data *m, struct region *g, const struct rec *rc)
{
	const char *code = rc->place->code, *then = rc->code_then;
	size_t len = lt_code_canon(code, rc->place->codelen);
	struct lt_hist *h;
	long i;

	g->changed = rc->boundary > 0 && rc->boundary <= MAP_YEAR;
	if (len > 6) {
		g->join = JOIN_TOWNSHIP;
		return;
	}
	h = history();
	if (then && strlen(then) == 6 && (i = find_county(m, then)) >= 0 &&
	    (!h || in_use_2016(lt_hist_code(h, then, 6, (int)rc->year)))) {
		g->join = JOIN_THEN;
		g->part[g->nparts++] = (size_t)i;
	} else if ((i = find_county(m, code)) >= 0) {
		g->join = JOIN_CODE;
		g->part[g->nparts++] = (size_t)i;
	} else if (len < 6) {
		g->join = JOIN_LEVEL;
	} else {
		join_backwards(m, g, code);
	}
}

/* The county sum drawn for the county of a township code, or NULL. */
static const struct region *
summed(const struct report *rep, const struct map_data *m,
    const char *code)
{
	size_t k;

	for (k = 0; k < m->nregions; k++)
		if (rep->rec[m->region[k].r].county_sum &&
		    memcmp(rep->rec[m->region[k].r].place->code, code, 6) == 0)
			return &m->region[k];
	return NULL;
}

void
map_join(struct map_data *m, const struct report *rep)
{
	struct provinces p = { .n = 0 };
	size_t k, j;

	memset(m, 0, sizeof(*m));
	m->region = lt_calloc(rep->nrec ? rep->nrec : 1, sizeof(*m->region));
	for (k = 0; k < rep->nrec; k++) {
		const struct rec *rc = &rep->rec[rep->order[k]];

		if (!rc->mapsel)
			continue;
		m->region[m->nregions++].r = rep->order[k];
		add_province(&p, rc->place->code, rc->place->codelen);
		if (rc->code_then)
			add_province(&p, rc->code_then, strlen(rc->code_then));
	}
	m->china = rep->map_extent == MAP_CHINA || p.n > MAP_MAX_PROVINCES;
	if (m->nregions == 0 || (m->path =
	    lt_data_path("county-shapes.csv.gz")) == NULL)
		return;
	load_counties(m, &p);
	for (k = 0; k < m->nregions; k++) {
		struct region *g = &m->region[k];

		join_region(m, g, &rep->rec[g->r]);
		for (j = 0; j < g->nparts; j++)
			m->county[g->part[j]].region = 1;
	}
	for (k = 0; k < m->nregions; k++)
		if (m->region[k].join == JOIN_TOWNSHIP &&
		    summed(rep, m, rep->rec[m->region[k].r].place->code))
			m->region[k].join = JOIN_SUMMED;
}

const char *
map_region_name(const struct report *rep, const struct map_data *m,
    const struct region *g, size_t *len)
{
	const struct rec *rc = &rep->rec[g->r];

	if (rc->namelen > 0 || g->nparts == 0) {
		*len = rc->namelen;
		return rc->name;
	}
	*len = strlen(m->county[g->part[0]].name);
	return m->county[g->part[0]].name;
}

void
map_data_free(struct map_data *m)
{
	size_t i;

	for (i = 0; i < m->ncounties; i++) {
		free(m->county[i].name);
		free(m->county[i].d);
		free(m->county[i].south);
		free(m->county[i].d_south);
		geo_shape_free(&m->county[i].shape);
	}
	free(m->county);
	free(m->region);
	free(m->path);
	if (bycode)
		lt_hash_free(bycode);
	bycode = NULL;
}
