/*
 * urban.c - urbanization under the Chinese definitions the input allows
 * (docs/design.md section 9): the urban share by its urban_def, the
 * non-agricultural-hukou share (the 1980s series), the designated
 * towns' share, and the gap between the first two, the rural-hukou
 * population living in urban areas, the paper's "amphibians" in
 * aggregate: only where the urban population is counted by residence
 * (2000 and later).  Under the 1982 and 1984-89 definitions the gap is
 * mostly farmers inside city and town bounds, and is not written.
 */
#include <math.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"

/* urban_def values (FIELDS.md) and whether each counts by residence. */
static const struct {
	const char *name;
	int resid;
} defs[] = {
	{ "nonagri_1963", 0 },
	{ "census_1982", 0 },
	{ "juris_1984", 0 },
	{ "census_1990", 0 },
	{ "resid_2000", 1 },
	{ "code_2008", 1 },
};

/* 1 residence-based, 0 not, -1 empty or unknown (the year decides). */
int
absorb_urban_resid(const char *def, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(defs) / sizeof(defs[0]); i++)
		if (strlen(defs[i].name) == len &&
		    memcmp(defs[i].name, def, len) == 0)
			return defs[i].resid;
	return -1;
}

/*
 * China 1982: pop_urban 206, pop_total 1000 -> urban_share 0.206 (the
 * paper's 20.6/79.4), amphibian_gap NA; a 2010 row with pop_urban 500
 * and pop_nonagri 350 of 1000 -> 0.15.
 */
void
absorb_urban(const struct absorb_in *r, struct absorb_out *o)
{
	int resid = r->urban_resid >= 0 ? r->urban_resid : r->year >= 2000;

	o->urban_share = lt_ratio(r->pop_urban, r->pop_total);
	o->nonagri_share = lt_ratio(r->pop_nonagri, r->pop_total);
	o->town_share = lt_ratio(r->pop_town, r->pop_total);
	o->gap_why = WHY_NONE;
	if (resid) {
		/* One division: 0.5 - 0.35 is not 0.15 in binary. */
		o->amphibian_gap = lt_ratio(r->pop_urban - r->pop_nonagri,
		    r->pop_total);
	} else {
		o->amphibian_gap = NAN;
		if (!isnan(o->urban_share) && !isnan(o->nonagri_share))
			o->gap_why = WHY_NOT_RESID;
	}
}
