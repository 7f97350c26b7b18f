/*
 * units.c - the units of a raw export (万人, 亩, 平方公里...): the
 * quantity each measures and its power of ten, the conversion into a
 * field's base unit, the units of a 单位 line.
 */
#include <string.h>

#include "labels.h"

static const struct pc_unit units[] = {
	{ "人", PC_DIM_PERSONS, 0, 1 },
	{ "千人", PC_DIM_PERSONS, 3, 1 },
	{ "万人", PC_DIM_PERSONS, 4, 1 },
	{ "户", PC_DIM_HOUSEHOLDS, 0, 1 },
	{ "万户", PC_DIM_HOUSEHOLDS, 4, 1 },
	{ "个", PC_DIM_COUNT, 0, 1 },
	{ "家", PC_DIM_COUNT, 0, 1 },
	{ "处", PC_DIM_COUNT, 0, 1 },
	{ "公顷", PC_DIM_AREA, 0, 1 },
	{ "千公顷", PC_DIM_AREA, 3, 1 },
	{ "万公顷", PC_DIM_AREA, 4, 1 },
	{ "亩", PC_DIM_AREA, 0, 15 },
	{ "万亩", PC_DIM_AREA, 4, 15 },
	{ "平方公里", PC_DIM_AREA, 2, 1 },
	{ "平方千米", PC_DIM_AREA, 2, 1 },
	{ "km2", PC_DIM_AREA, 2, 1 },
	{ "km²", PC_DIM_AREA, 2, 1 },
	{ "平方米", PC_DIM_AREA, -4, 1 },
	{ "元", PC_DIM_YUAN, 0, 1 },
	{ "千元", PC_DIM_YUAN, 3, 1 },
	{ "万元", PC_DIM_YUAN, 4, 1 },
	{ "亿元", PC_DIM_YUAN, 8, 1 },
	{ "吨", PC_DIM_TONNES, 0, 1 },
	{ "万吨", PC_DIM_TONNES, 4, 1 },
	{ "公斤", PC_DIM_TONNES, -3, 1 },
	{ "千克", PC_DIM_TONNES, -3, 1 },
};

/* The dictionary's base units, in their dimension's base. */
static const struct {
	const char *unit;
	enum pc_dim dim;
	int k;
} bases[] = {
	{ "persons", PC_DIM_PERSONS, 0 },
	{ "households", PC_DIM_HOUSEHOLDS, 0 },
	{ "count", PC_DIM_COUNT, 0 },
	{ "ha", PC_DIM_AREA, 0 },
	{ "km2", PC_DIM_AREA, 2 },
	{ "yuan", PC_DIM_YUAN, 0 },
	{ "t", PC_DIM_TONNES, 0 },
};

const struct pc_unit *
pc_unit_find(const char *s, size_t len)
{
	size_t i;

	pc_trim(&s, &len);
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strlen(units[i].word) == len &&
		    memcmp(units[i].word, s, len) == 0)
			return &units[i];
	return NULL;
}

enum pc_dim
pc_base_dim(const char *unit, int *k)
{
	size_t i;

	for (i = 0; i < sizeof(bases) / sizeof(bases[0]); i++)
		if (strcmp(bases[i].unit, unit) == 0) {
			*k = bases[i].k;
			return bases[i].dim;
		}
	*k = 0;
	return PC_DIM_NONE;
}

int
pc_unit_scale(const struct pc_unit *u, const char *base,
    struct pc_scale *sc)
{
	int k;

	if (pc_base_dim(base, &k) != u->dim || u->dim == PC_DIM_NONE)
		return 0;
	sc->k = u->k - k;
	sc->div = u->div;
	return 1;
}

int
pc_unit_line(const char *s, size_t len,
    const struct pc_unit *found[PC_NDIMS])
{
	static const char *const seps[] = { "\xe3\x80\x81", "\xef\xbc\x8c",
		",", "/", ";", "\xef\xbc\x9b", " ", NULL };
	size_t i = 0, start = 0, k;
	int n = 0;

	for (;;) {
		k = i < len ? pc_prefix_len(s + i, len - i, seps) : 0;
		if (i == len || k > 0) {
			const struct pc_unit *u = pc_unit_find(s + start,
			    i - start);

			if (u && !found[u->dim]) {
				found[u->dim] = u;
				n++;
			}
			if (i == len)
				break;
			i += k;
			start = i;
		} else {
			i++;
		}
	}
	return n;
}
