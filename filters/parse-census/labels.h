/*
 * labels.h - column labels of a raw export: their marks, units and
 * English translations removed, matched to canonical fields through
 * the dictionary, an extra label table and --map; units and the
 * preamble and trailer lines (title, 单位, 注, 数据来源).
 */
#ifndef PC_LABELS_H
#define PC_LABELS_H

#include <stddef.h>

#include "litu.h"
#include "values.h"

/* The quantity a unit measures; each has a base (persons, households,
 * count, ha, yuan, t). */
enum pc_dim {
	PC_DIM_NONE,
	PC_DIM_PERSONS,
	PC_DIM_HOUSEHOLDS,
	PC_DIM_COUNT,
	PC_DIM_AREA,		/* base ha; km2 is 10^2 ha */
	PC_DIM_YUAN,
	PC_DIM_TONNES,
	PC_NDIMS
};

struct pc_unit {
	const char *word;
	enum pc_dim dim;
	int k;			/* 10^k of the dimension's base */
	int div;		/* and divided by div (亩: 15) */
};

/* A unit word (万人, 亩, 平方公里...), or NULL. */
const struct pc_unit *pc_unit_find(const char *s, size_t len);
/* The dimension of a dictionary base unit ("persons", "km2"...), with
 * the power of ten of that base unit in the dimension's base. */
enum pc_dim pc_base_dim(const char *unit, int *k);
/* The conversion of values in unit u into a field of base unit base;
 * 0 when they do not measure the same thing. */
int pc_unit_scale(const struct pc_unit *u, const char *base,
    struct pc_scale *sc);

#define PC_LABEL_MAX 512

struct pc_label {
	char text[PC_LABEL_MAX];	/* the label, cleaned */
	size_t len;
	char english[PC_LABEL_MAX];	/* an English translation after it */
	size_t elen;
	const struct pc_unit *unit;	/* the unit in brackets, or NULL */
};

/* Clean a label: spaces, '#', 其中：, footnote marks removed, the unit
 * in brackets read and removed, an English translation cut off. */
void pc_label_clean(const char *s, size_t len, struct pc_label *l);

/* One --map entry: a label, the name it maps to, maybe a type and a
 * unit or power of ten. */
struct pc_mapent {
	char *label;
	char *name;
	enum lt_type type;
	int has_type;
	const struct pc_unit *unit;
	int has_scale;
	int k;			/* a power of ten, when no unit */
};

struct pc_map {
	struct pc_mapent *e;
	size_t n, cap;
	struct lt_hash *idx;	/* a label: its first entry's number */
};

/* What a label maps to. */
struct pc_target {
	char name[PC_LABEL_MAX];
	enum lt_type type;
	const struct lt_fielddef *def;	/* a canonical field, or NULL */
	const struct pc_mapent *map;	/* the --map entry, or NULL */
};

/* Set t to the canonical field name. */
void pc_target_set(struct pc_target *t, const char *name);
/* Map a cleaned label to a canonical field (through map, the
 * dictionary, the extra table, the canonical names, and the label
 * without a trailing 数 or 个数); 0 when unknown. */
int pc_label_lookup(const struct pc_label *l, const struct pc_map *map,
    struct pc_target *t);
/* Is the label, as printed, one pc_label_lookup maps? */
int pc_label_known(const char *s, size_t len, const struct pc_map *map);
/* An unknown label as a column name: ASCII lowercased, other ASCII
 * runs turned into '_', non-ASCII kept. */
size_t pc_snake(const char *s, size_t len, char *out, size_t outsize);

/* The length of the prefix at s when it is one of list (ended by
 * NULL), or 0. */
size_t pc_prefix_len(const char *s, size_t len, const char *const *list);

/* Lines before and after the table. */
enum pc_meta {
	PC_META_NO,
	PC_META_DB,		/* 数据库：年度数据 */
	PC_META_INDICATOR,	/* 指标：… */
	PC_META_REGION,		/* 地区：… */
	PC_META_TIME,		/* 时间：… */
	PC_META_UNIT,		/* 单位：万人 */
	PC_META_NOTE		/* 注：, 数据来源：, 资料来源：, 说明： */
};

/* Which kind of line a first cell starts, and the text after the
 * colon in *val. */
enum pc_meta pc_meta_line(const char *s, size_t len, const char **val,
    size_t *vlen);
/* The units of a unit line ("万人", "万人、个") into units[dim]; the
 * number of units read. */
int pc_unit_line(const char *s, size_t len,
    const struct pc_unit *units[PC_NDIMS]);

#endif
