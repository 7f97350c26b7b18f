/*
 * map.h - what the maps of map.c stand on: the county outlines of
 * about 2016 (county-shapes.csv.gz) within the map's extent, and each
 * region of the report joined to them (mapjoin.c).
 */
#ifndef MAP_H
#define MAP_H

#include "report.h"
#include "geo.h"

/* The year of the outlines. */
#define MAP_YEAR 2016
/* The map's width in SVG units; its height follows the extent. */
#define MAP_W 600
/* Rings wholly south of it (the South China Sea islands, not Hainan)
 * go to the inset of the whole country's map. */
#define MAP_INSET_LAT 17.9
/* The most outlines a region is drawn on (a merger's parts). */
#define MAP_MAXPARTS 8

struct county {
	char code[8];
	char *name;
	struct geo_shape shape;	/* projected, km */
	unsigned char *south;	/* per ring: south of MAP_INSET_LAT */
	char *d;		/* the SVG path data, once scaled */
	char *d_south;		/* of its rings in the inset, or NULL */
	int region;		/* some region is drawn on it */
	char today[8];		/* the code it leads to today, "" unknown */
	int followed;
};

/* Why a region is drawn where it is, or not drawn. */
enum join {
	JOIN_CODE,		/* its code is the outline's */
	JOIN_THEN,		/* its code_then is, in use in 2016 */
	JOIN_HISTORY,		/* outlines of 2016 that lead to its code */
	JOIN_TOWNSHIP,		/* not drawn: a township or village row */
	JOIN_SUMMED,		/* a township row drawn in its county's sum */
	JOIN_LEVEL,		/* not drawn: a province or prefecture */
	JOIN_MISS		/* not drawn: no outline found */
};

enum label { LABEL_NONE, LABEL_NAME, LABEL_NUMBER };

struct region {
	uint32_t r;		/* its record */
	enum label label;	/* on the maps: its name, a number or none */
	double lx, ly;		/* where, in SVG units */
	int number;
	enum join join;
	size_t part[MAP_MAXPARTS];	/* its outlines in counties */
	size_t nparts;
	int changed;		/* territory changed by MAP_YEAR */
};

struct map_data {
	struct county *county;
	size_t ncounties, cap;
	struct region *region;
	size_t nregions;
	int china;		/* the whole country */
	char *path;		/* the outlines' file, NULL when not found */
};

/* mapframe.c: km to SVG units. */
struct frame {
	double minx, maxy, scale;	/* the main map's */
	int height;
	int inset;			/* the islands boxed at the lower right */
	double iminx, imaxy, iscale;	/* the inset's */
	double ix, iy, iw, ih;		/* its box, in units */
};

/* The frame of the outlines in m. */
void map_frame(const struct map_data *m, struct frame *f);
/* The SVG path data of an outline, or of its rings in the inset when
 * south (malloc'd). */
char *map_path_data(const struct county *c, const struct frame *f,
    int south);
/* Where a county's label goes: the middle of its largest ring's box,
 * and the half width and height of the box. */
void map_label_point(const struct county *c, const struct frame *f,
    double *x, double *y, double *hw, double *hh);

/* maplabel.c: where each region's name (or number) goes, the same on
 * every map; the labels; the key of the numbers. */
void map_place_labels(struct map_data *m, const struct report *rep,
    const struct frame *f);
void map_draw_labels(struct lt_out *o, const struct report *rep,
    const struct map_data *m);
void map_key(struct lt_out *o, const struct report *rep,
    const struct map_data *m);

/* mapjoin.c: the report's regions joined to the outlines of their provinces (or
 * of the whole country), loaded and projected; m->path NULL when the
 * file is not there. */
void map_join(struct map_data *m, const struct report *rep);
void map_data_free(struct map_data *m);
/* A region's name: its row's, or for a county's summed townships the
 * outline's. */
const char *map_region_name(const struct report *rep,
    const struct map_data *m, const struct region *g, size_t *len);
/* Under the maps: their source and projection, and every region not
 * drawn, drawn through the history, or drawn on an outline whose
 * territory changed since its year. */
void map_notes(struct lt_out *o, const struct report *rep,
    const struct map_data *m);

#endif
