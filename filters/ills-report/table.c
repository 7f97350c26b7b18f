/*
 * table.c - the five rural ills as a table of indicators
 * (docs/design.md section 10, ills-report(1)).  Each row names an
 * indicator, the ill it measures, the input columns it needs, how it
 * is computed, which end of it is the ill, and the two thresholds
 * between which its score runs from 0 to 1.  Each threshold names its
 * source or says it is a judgement or a convention; --thresholds FILE
 * changes them.
 */
#include <math.h>
#include <string.h>

#include "litu.h"
#include "ills.h"

/* a / b for a denominator that must be positive to mean anything. */
static double
ratio_pos(double a, double b)
{
	if (!(b > 0))
		return NAN;
	return a / b;
}

/* x: the first column over the second, as the table's needs list
 * them. */
static double
quotient(const double *x)
{
	return lt_ratio(x[0], x[1]);
}

/* x: tve_employment_tv, enterprises_township, enterprises_village. */
static double
workers_per_tv_enterprise(const double *x)
{
	return lt_ratio(x[0], x[1] + x[2]);
}

/* x: labour_inflow, tve_employment_tv: the share of the collective
 * firms' jobs held by people of the place, at least 0.  Household
 * firms are not in it, so that more of them never raise the score. */
static double
local_recruitment(const double *x)
{
	double inflow_share = ratio_pos(x[0], x[1]);

	return inflow_share >= 1 ? 0 : 1 - inflow_share;
}

/* x: waste (t), output_industry (yuan): tonnes per 10,000 yuan. */
static double
per_10k_yuan(const double *x)
{
	return lt_ratio(x[0], x[1] / 1e4);
}

/* x: a count, a population: per 10,000 people. */
static double
per_10k_people(const double *x)
{
	return lt_ratio(x[0], x[1]) * 1e4;
}

/* x: builtup_km2, pop_town_proper: m^2 per person. */
static double
builtup_per_town_resident(const double *x)
{
	return lt_ratio(x[0] * 1e6, x[1]);
}

/* x: growth_new_towns, town_pop_growth: the share of the towns'
 * growth that new designations brought; NA unless they grew. */
static double
designation_share(const double *x)
{
	return ratio_pos(x[0], x[1]);
}

/* x: farmland_ha */
static double
first(const double *x)
{
	return x[0];
}

/* x: labour_amphibian, labour_migrant, labour_local, labour_rural. */
static double
nonfarm_rural_share(const double *x)
{
	return lt_ratio(x[0] + x[1] + x[2], x[3]);
}

#define JUDGEMENT "judgement: "

struct indicator ills_indicators[] = {
	/* 1. Parochial industry: community-bound collective industry. */
	{ ILL_PAROCHIAL, "tv_employment_share", KIND_ROW, IND_INDUSTRY,
	    { "tve_employment_tv", "tve_employment", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.3, 0.9, "ratio",
	    "tve_employment_tv / tve_employment",
	    JUDGEMENT "the share of TVE jobs in township- and village-run "
	    "enterprises, the community-bound collective firms of southern "
	    "Jiangsu (docs/design.md section 1); 0.9 is all but the "
	    "household firms, 0.3 a household-industry county such as "
	    "Wenzhou's", NULL },
	{ ILL_PAROCHIAL, "village_enterprises_per_village", KIND_ROW,
	    IND_INDUSTRY, { "enterprises_village", "villages", NULL },
	    quotient, NULL, WORSE_HIGH, 0.25, 1, "per village committee",
	    "enterprises_village / villages",
	    JUDGEMENT "siting in every community: one village-run enterprise "
	    "per village committee is industry in every village, one in four "
	    "villages is not", NULL },
	{ ILL_PAROCHIAL, "township_enterprises_per_township", KIND_ROW,
	    IND_INDUSTRY, { "enterprises_township", "townships", NULL },
	    quotient, NULL, WORSE_HIGH, 2, 10, "per township",
	    "enterprises_township / townships",
	    JUDGEMENT "siting in every community: ten or more township-run "
	    "plants in each township duplicate one another, two do not",
	    NULL },
	{ ILL_PAROCHIAL, "workers_per_tv_enterprise", KIND_ROW,
	    IND_INDUSTRY, { "tve_employment_tv", "enterprises_township",
	    "enterprises_village", NULL }, workers_per_tv_enterprise, NULL,
	    WORSE_LOW, 20, 200, "persons",
	    "tve_employment_tv / (enterprises_township + enterprises_village)",
	    JUDGEMENT "fragmented collective industry: 20 workers is a "
	    "workshop, 200 a factory; household firms are not counted",
	    NULL },
	{ ILL_PAROCHIAL, "local_recruitment", KIND_ROW, IND_INDUSTRY,
	    { "labour_inflow", "tve_employment_tv", NULL }, local_recruitment,
	    NULL, WORSE_HIGH, 0.5, 0.95, "ratio",
	    "max(0, 1 - labour_inflow / tve_employment_tv)",
	    JUDGEMENT "community-bound hiring: 0.95 and over is jobs for the "
	    "community's own people only; Wuxi county's 50,000 outside "
	    "workers of 1985 (docs/design.md section 1) were the opening "
	    "beyond it", NULL },
	{ ILL_PAROCHIAL, "sector_dissimilarity", KIND_SECTOR, IND_INDUSTRY,
	    { NULL }, NULL, NULL, WORSE_LOW, 0.2, 0.6, "index",
	    "Krugman: sum over sectors of |share here - share of the peers| "
	    "(regions of the same level and year under the --peers code)",
	    "Krugman (1991), Geography and Trade, for the index; "
	    JUDGEMENT "0.2 or less is duplication of the peers' mix, 0.6 a "
	    "mix of its own", NULL },

	/* 2. Peripheral agriculture: never the fall of farm labour. */
	{ ILL_PERIPHERAL, "farmland_per_farm_worker_trend", KIND_TREND,
	    IND_FALLING,
	    { "farmland_ha", "labour_farm", NULL }, quotient, NULL,
	    WORSE_LOW, 0, 0.05, "ratio/year",
	    "least-squares slope of farmland_ha / labour_farm over the last "
	    "3 years, over its mean; scores 0 where labour_farm did not fall",
	    JUDGEMENT "plots that do not grow while labour leaves farming "
	    "stay part-time plots (docs/design.md section 1, ill 2): no "
	    "growth scores 1, 5% a year scores 0; the fall of farm labour "
	    "itself is never scored", NULL },
	{ ILL_PERIPHERAL, "old_farm_share", KIND_ROW, 0,
	    { "labour_farm_old", "labour_farm", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.1, 0.3, "ratio",
	    "labour_farm_old / labour_farm (aged 60 and over)",
	    JUDGEMENT "farming by the old: one farm worker in ten aged 60 "
	    "or over is the age structure of a working population, three in "
	    "ten farming left to the old", NULL },
	{ ILL_PERIPHERAL, "female_farm_share", KIND_ROW, 0,
	    { "labour_farm_female", "labour_farm", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.5, 0.7, "ratio",
	    "labour_farm_female / labour_farm",
	    JUDGEMENT "farming left to the women: half is parity, 0.7 the "
	    "men gone to the factories", NULL },
	{ ILL_PERIPHERAL, "grain_yield_trend", KIND_TREND, 0,
	    { "grain_t", "farmland_ha", NULL }, quotient, NULL,
	    WORSE_LOW, -0.03, 0.03, "ratio/year",
	    "least-squares slope of grain_t / farmland_ha over the last 3 "
	    "years, over its mean",
	    JUDGEMENT "stagnating agriculture (docs/design.md section 1, "
	    "ill 2): a yield that does not grow scores 0.5, 3% a year lost "
	    "scores 1", NULL },

	/* 3. Environment. */
	{ ILL_ENVIRONMENT, "wastewater_per_10k_yuan", KIND_ROW, IND_INDUSTRY,
	    { "wastewater_t", "output_industry", NULL }, per_10k_yuan, NULL,
	    WORSE_HIGH, 5, 30, "t",
	    "wastewater_t / (output_industry / 10000)",
	    JUDGEMENT "around the intensity of China's industry in the late "
	    "1980s (some 15-20 t per 10,000 yuan, from national totals); "
	    "scattered low-tech plants discharge more", NULL },
	{ ILL_ENVIRONMENT, "solid_waste_per_10k_yuan", KIND_ROW, IND_INDUSTRY,
	    { "solid_waste_t", "output_industry", NULL }, per_10k_yuan, NULL,
	    WORSE_HIGH, 1, 5, "t",
	    "solid_waste_t / (output_industry / 10000)",
	    JUDGEMENT "around the intensity of China's industry in the late "
	    "1980s (some 4 t per 10,000 yuan, from national totals)", NULL },
	{ ILL_ENVIRONMENT, "wastewater_per_km2", KIND_ROW, IND_INDUSTRY,
	    { "wastewater_t", "area_km2", NULL }, quotient, NULL,
	    WORSE_HIGH, 1000, 10000, "t per km2",
	    "wastewater_t / area_km2",
	    JUDGEMENT "a load on the land: 1,000 t a year per km2 is 1 mm of "
	    "waste water over it, 10,000 t is 1 cm", NULL },
	{ ILL_ENVIRONMENT, "enterprise_density", KIND_ROW, IND_INDUSTRY,
	    { "enterprises", "area_km2", NULL }, quotient, NULL,
	    WORSE_HIGH, 1, 10, "per km2",
	    "enterprises / area_km2",
	    JUDGEMENT "plants scattered over the countryside rather than "
	    "grouped in towns (docs/design.md section 1, ill 3); 10 per km2 "
	    "is one every 300 m", NULL },

	/* 4. Disorderly towns: never the jurisdictional pop_town. */
	{ ILL_TOWNS, "town_size", KIND_ROW, 0,
	    { "pop_town_nonagri", "towns", NULL }, quotient, NULL,
	    WORSE_LOW, 2000, 10000, "persons",
	    "pop_town_nonagri / towns",
	    "the State Council's 1984 standard for designating a town (a "
	    "township seat of over 2,000 non-agricultural people) scores 1; "
	    JUDGEMENT "10,000 scores 0", NULL },
	{ ILL_TOWNS, "towns_per_10k_rural", KIND_ROW, 0,
	    { "towns", "pop_rural_hh", NULL }, per_10k_people, NULL,
	    WORSE_HIGH, 0.1, 0.5, "per 10,000",
	    "towns / pop_rural_hh * 10000",
	    JUDGEMENT "Wenzhou's 87 towns of 1987 (docs/design.md section 1) "
	    "for some 5.5 million rural people are 0.16; 0.5 is a town for "
	    "every 20,000, too many to grow into real towns", NULL },
	{ ILL_TOWNS, "designation_share", KIND_ROW, 0,
	    { "growth_new_towns", "town_pop_growth", NULL },
	    designation_share, NULL, WORSE_HIGH, 0.3, 0.8, "ratio",
	    "growth_new_towns / town_pop_growth (absorb), where the towns "
	    "grew",
	    JUDGEMENT "towns growing by designation rather than by people: "
	    "0.8 of the growth from new towns scores 1", NULL },
	{ ILL_TOWNS, "builtup_per_town_resident", KIND_ROW, 0,
	    { "builtup_km2", "pop_town_proper", NULL },
	    builtup_per_town_resident, NULL, WORSE_HIGH, 100, 150, "m2",
	    "builtup_km2 * 1e6 / pop_town_proper",
	    "the planning cap of 150 m2 of built land per town resident "
	    "(GB 50188-93, class V 120-150 m2) scores 1; " JUDGEMENT
	    "100 m2 scores 0", NULL },
	{ ILL_TOWNS, "farmland_lost", KIND_YOY, 0,
	    { "farmland_ha", NULL }, first, ills_loss, WORSE_HIGH,
	    0, 0.02, "ratio/year",
	    "share of farmland_ha lost since the previous year, per year",
	    JUDGEMENT "China's net loss of farmland came near 1% a year in "
	    "the mid-1980s; none scores 0, 2% a year scores 1", NULL },

	/* 5. Amphibian labour. */
	{ ILL_AMPHIBIAN, "nonfarm_rural_share", KIND_ROW, 0,
	    { "labour_amphibian", "labour_migrant", "labour_local",
	    "labour_rural", NULL }, nonfarm_rural_share, NULL,
	    WORSE_HIGH, 0.2, 0.7, "ratio",
	    "(labour_amphibian + labour_migrant + labour_local) / "
	    "labour_rural",
	    JUDGEMENT "rural-hukou workers in non-farm work, the daily "
	    "commuters included; 0.7 is about Wuxi's 68% of 1987 "
	    "(docs/design.md section 1)", NULL },
	{ ILL_AMPHIBIAN, "amphibian_gap", KIND_ROW, IND_RESIDENCE,
	    { "amphibian_gap", NULL }, first, NULL,
	    WORSE_HIGH, 0.05, 0.2, "ratio",
	    "amphibian_gap (absorb: urban_share - nonagri_share), from 2000 "
	    "only",
	    JUDGEMENT "rural-hukou people living in urban areas, under a "
	    "residence-based urban definition only", NULL },
	{ ILL_AMPHIBIAN, "tve_per_rural_labour", KIND_ROW, 0,
	    { "tve_employment", "labour_rural", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.1, 0.5, "ratio",
	    "tve_employment / labour_rural, where amphibian_gap is NA",
	    JUDGEMENT "the 1980s stand-in for the amphibian gap: TVE jobs, "
	    "held by peasants, per rural labour; 1987's national 0.23 (88 "
	    "million TVE jobs, 390 million rural labour) lies between",
	    "amphibian_gap" },
	{ ILL_AMPHIBIAN, "temporary_share", KIND_ROW, 0,
	    { "pop_temporary", "pop_total", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.02, 0.2, "ratio",
	    "pop_temporary / pop_total (registered temporary residents, "
	    "暂住人口, where published)",
	    JUDGEMENT "people in temporary lodging: 2% is ordinary "
	    "movement, a fifth a place run on outside labour", NULL },
	{ ILL_AMPHIBIAN, "inflow_ratio", KIND_ROW, 0,
	    { "labour_inflow", "labour_rural", NULL }, quotient, NULL,
	    WORSE_HIGH, 0.05, 0.5, "ratio",
	    "labour_inflow / labour_rural",
	    JUDGEMENT "outside workers who left the soil and the village; at "
	    "1 the local labour force is exceeded by outsiders (the paper's "
	    "Wuxi, docs/design.md section 1)", NULL }
};

const size_t ills_nindicators =
    sizeof(ills_indicators) / sizeof(ills_indicators[0]);

const struct indicator *
ills_find(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < ills_nindicators; i++)
		if (strlen(ills_indicators[i].name) == len &&
		    memcmp(ills_indicators[i].name, name, len) == 0)
			return &ills_indicators[i];
	return NULL;
}

/* Found once: the scoring asks for every record. */
int
ills_primary(size_t i)
{
	static int primary[64];
	static int known;
	size_t j;

	if (!known) {
		for (j = 0; j < ills_nindicators && j < 64; j++) {
			const char *p = ills_indicators[j].alt_for;
			const struct indicator *ind = p ? ills_find(p,
			    strlen(p)) : NULL;

			primary[j] = ind ? (int)(ind - ills_indicators) : -1;
		}
		known = 1;
	}
	return i < 64 ? primary[i] : -1;
}
