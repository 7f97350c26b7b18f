/*
 * mapframe.c - where the outlines go on the map: the frame that takes
 * projected km to SVG units (a map MAP_W units wide, north up), with
 * the South China Sea islands in an inset at the lower right when the
 * whole country is drawn, and each outline's path data in it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "map.h"

/* Points closer than this to the last one kept are dropped. */
#define MAP_STEP 0.4
/* The inset's box at most: a share of the map's width and height. */
#define INSET_W 0.22
#define INSET_H 0.34
#define INSET_PAD 4

struct buf {
	char *s;
	size_t n, cap;
};

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = lt_realloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

/* A coordinate in tenths, "12.3" or "12", after c (a letter or a
 * space). */
static void
buf_coord(struct buf *b, char c, double v)
{
	char tmp[32];
	long t = lround(v * 10);
	int n;

	if (t % 10 == 0)
		n = snprintf(tmp, sizeof(tmp), "%c%ld", c, t / 10);
	else
		n = snprintf(tmp, sizeof(tmp), "%c%s%ld.%ld", c, t < 0 &&
		    t > -10 ? "-" : "", t / 10, labs(t % 10));
	buf_add(b, tmp, (size_t)n);
}

struct box {
	double x0, x1, y0, y1;
};

static void
box_add(struct box *b, const struct geo_pt *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		b->x0 = fmin(b->x0, p[i].x), b->x1 = fmax(b->x1, p[i].x);
		b->y0 = fmin(b->y0, p[i].y), b->y1 = fmax(b->y1, p[i].y);
	}
}

/* The boxes of the rings on the main map and of those in the inset. */
static void
boxes(const struct map_data *m, struct box *main, struct box *inset)
{
	const struct geo_pt *p;
	size_t i, j, n;

	main->x0 = main->y0 = inset->x0 = inset->y0 = HUGE_VAL;
	main->x1 = main->y1 = inset->x1 = inset->y1 = -HUGE_VAL;
	for (i = 0; i < m->ncounties; i++)
		for (j = 0; j < m->county[i].shape.nring; j++) {
			n = geo_ring(&m->county[i].shape, j, &p);
			box_add(m->china && m->county[i].south[j] ? inset :
			    main, p, n);
		}
}

/* The lowest point (in units) of the main map's rings right of x. */
static double
lowest_right_of(const struct map_data *m, const struct frame *f, double x)
{
	const struct geo_pt *p;
	double low = 0;
	size_t i, j, k, n;

	for (i = 0; i < m->ncounties; i++)
		for (j = 0; j < m->county[i].shape.nring; j++) {
			if (m->county[i].south[j])
				continue;
			n = geo_ring(&m->county[i].shape, j, &p);
			for (k = 0; k < n; k++)
				if ((p[k].x - f->minx) * f->scale >= x)
					low = fmax(low, (f->maxy - p[k].y) *
					    f->scale);
		}
	return low;
}

/* The main map fills MAP_W; the inset goes to the lower right, below
 * whatever of the main map is above it (Taiwan), the map made taller
 * when it must be. */
void
map_frame(const struct map_data *m, struct frame *f)
{
	struct box b, in;
	double w, h;

	memset(f, 0, sizeof(*f));
	boxes(m, &b, &in);
	if (b.x0 > b.x1)
		b = in;
	f->minx = b.x0;
	f->maxy = b.y1;
	f->scale = b.x1 > b.x0 ? MAP_W / (b.x1 - b.x0) : 1;
	f->height = (int)ceil((b.y1 - b.y0) * f->scale) + 1;
	if (!m->china || in.x0 > in.x1)
		return;
	w = in.x1 - in.x0, h = in.y1 - in.y0;
	f->inset = 1;
	f->iscale = fmin((INSET_W * MAP_W - 2 * INSET_PAD) / w,
	    (INSET_H * f->height - 2 * INSET_PAD) / h);
	f->iw = w * f->iscale + 2 * INSET_PAD;
	f->ih = h * f->iscale + 2 * INSET_PAD;
	f->ix = MAP_W - f->iw - 1;
	f->iy = fmax(f->height - f->ih - 1, lowest_right_of(m, f, f->ix) +
	    INSET_PAD);
	f->height = (int)fmax(f->height, ceil(f->iy + f->ih + 1));
	f->iminx = in.x0;
	f->imaxy = in.y1;
}

/* A point of a ring in SVG units. */
static void
to_units(const struct frame *f, int south, struct geo_pt p, double *x,
    double *y)
{
	if (south && f->inset) {
		*x = f->ix + INSET_PAD + (p.x - f->iminx) * f->iscale;
		*y = f->iy + INSET_PAD + (f->imaxy - p.y) * f->iscale;
	} else {
		*x = (p.x - f->minx) * f->scale;
		*y = (f->maxy - p.y) * f->scale;
	}
}

/* One ring's path data into b, points within step of the last kept
 * dropped; nothing when fewer than 3 are left, too small to see. */
static void
ring_data(struct buf *b, struct buf *ring, const struct county *c,
    size_t i, const struct frame *f, double step)
{
	const struct geo_pt *p;
	double x, y, lx = 0, ly = 0;
	size_t j, n, kept;

	n = geo_ring(&c->shape, i, &p);
	ring->n = 0;
	for (j = kept = 0; j + 1 < n; j++) {
		to_units(f, c->south[i], p[j], &x, &y);
		if (kept && fabs(x - lx) < step && fabs(y - ly) < step)
			continue;
		buf_coord(ring, kept ? ' ' : 'M', x);
		buf_coord(ring, ' ', y);
		lx = x, ly = y, kept++;
	}
	if (kept >= 3) {
		buf_add(b, ring->s, ring->n);
		buf_add(b, "Z", 1);
	}
}

/* A county too small for the map (Macao's parishes on the whole
 * country's) is drawn with every point it has. */
char *
map_path_data(const struct county *c, const struct frame *f, int south)
{
	struct buf b = { NULL, 0, 0 }, ring = { NULL, 0, 0 };
	size_t i;

	buf_add(&b, "", 0);
	for (i = 0; i < c->shape.nring; i++)
		if (!south || c->south[i])
			ring_data(&b, &ring, c, i, f, MAP_STEP);
	for (i = 0; b.n == 0 && i < c->shape.nring; i++)
		if (!south || c->south[i])
			ring_data(&b, &ring, c, i, f, 0);
	free(ring.s);
	return b.s;
}

void
map_label_point(const struct county *c, const struct frame *f, double *x,
    double *y, double *hw, double *hh)
{
	const struct geo_pt *p;
	struct box b;
	double best = -1;
	size_t i, n;

	*x = *y = 0;
	for (i = 0; i < c->shape.nring; i++) {
		b.x0 = b.y0 = HUGE_VAL;
		b.x1 = b.y1 = -HUGE_VAL;
		n = geo_ring(&c->shape, i, &p);
		box_add(&b, p, n);
		if (!c->shape.hole[i] && (b.x1 - b.x0) * (b.y1 - b.y0) > best) {
			best = (b.x1 - b.x0) * (b.y1 - b.y0);
			to_units(f, c->south[i], (struct geo_pt){ (b.x0 + b.x1) /
			    2, (b.y0 + b.y1) / 2 }, x, y);
			*hw = (b.x1 - b.x0) / 2 * f->scale;
			*hh = (b.y1 - b.y0) / 2 * f->scale;
		}
	}
}
