/*
 * fields.c - the dictionary of canonical fields: every column name that
 * the litu filters read or write, with its type, base unit, meaning and
 * the Chinese labels that parse-census maps to it.
 *
 * One table serves the whole suite: an untyped header cell that uses a
 * canonical name takes its type from here, so typed headers agree from
 * one filter to the next.  It holds the region-year fields, the person
 * fields of a census sample, and the fields that the filters compute.
 * docs/fields.md is the same table for users, and tests/unit/test_fields.c
 * checks that the two agree.
 *
 * The table is sorted by name (bytewise, as strcmp) for bsearch; keep it
 * so when adding a field.  Labels are written as they read after
 * parse-census has removed spaces, '#', "其中：", footnote marks and the
 * unit in brackets; several are separated by '|'.  Units are base units:
 * parse-census converts 万人, 亩, 公顷, 万元, 亿元 and 万吨 into them.
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"

const struct lt_fielddef lt_fields[] = {
	{ "absorption_rate", LT_NUM, "ratio",
	    "share of rural labour redeployed out of farming", "" },
	{ "activity", LT_STR, "",
	    "employed, unemployed, inactive (when the source says)",
	    "就业状况|在业状况|活动状况" },
	{ "age", LT_INT, "years",
	    "age in completed years", "年龄|周岁" },
	{ "amphibian_gap", LT_NUM, "ratio",
	    "rural-hukou population living in urban areas, as a "
	    "share of pop_total (residence-based urban definitions "
	    "only)", "" },
	{ "area_km2", LT_NUM, "km2",
	    "administrative area", "行政区域面积|行政区域土地面积|土地面积|区域面积|面积" },
	{ "boundary_changed", LT_INT, "",
	    "the first year from the row's on in which the division's "
	    "territory changed: it lost part (a split, a transfer) or "
	    "took some (a merger, a share of a split, a neighbour's "
	    "part)", "" },
	{ "builtup_km2", LT_NUM, "km2",
	    "built-up area of towns", "建成区面积|城镇建成区面积" },
	{ "catchment_labour", LT_NUM, "persons/centre",
	    "rural labour of the settlements within reach of a "
	    "centre: the pool a factory there can draw on daily", "" },
	{ "catchment_villages", LT_NUM, "settlements/centre",
	    "settlements within reach_km of a centre", "" },
	{ "code", LT_CODE, "",
	    "statistical division code, 2/4/6/9/12 digits (for a "
	    "person, the place of usual residence)",
	    "统计用区划代码|行政区划代码|地址代码|区划代码|代码" },
	{ "code_successors", LT_STR, "",
	    "the codes a division was split into, when none has its "
	    "name (code is then empty), ';'-separated", "" },
	{ "code_then", LT_CODE, "",
	    "the division's code in the row's year, where it differs "
	    "from today's code", "" },
	{ "communities", LT_INT, "count",
	    "residents' committees", "居民委员会|居委会|社区" },
	{ "commute_km", LT_NUM, "km",
	    "one-way journey to work, when known", "" },
	{ "commute_min", LT_NUM, "minutes",
	    "minutes of the one-way journey: by road to the nearest centre "
	    "(region rows), or to work (person rows)", "" },
	{ "commute_ok", LT_BOOL, "",
	    "the daily journey works: enough villagers within reach and "
	    "enough workers for a centre (region rows), or the journey "
	    "within the allowed minutes (person rows)", "" },
	{ "destination", LT_STR, "",
	    "where a worker works against the hukou place: "
	    "same_township, same_county, other_county, other_province", "" },
	{ "destination_kind", LT_STR, "",
	    "the work place's type in the data's year: village, "
	    "township_seat, town, county_seat, city", "" },
	{ "enterprises", LT_INT, "count",
	    "township and village enterprises, all", "乡镇企业个数|乡镇企业数|企业个数" },
	{ "enterprises_household", LT_INT, "count",
	    "of which household / individual enterprises", "个体企业|户办企业" },
	{ "enterprises_joint", LT_INT, "count",
	    "of which joint-household enterprises", "联户企业|联户办企业" },
	{ "enterprises_township", LT_INT, "count",
	    "of which township-run enterprises", "乡办企业|镇办企业|乡镇办企业" },
	{ "enterprises_village", LT_INT, "count",
	    "of which village-run enterprises", "村办企业" },
	{ "farm_need", LT_NUM, "persons",
	    "farm workers the cultivated land needs, against a stated norm",
	    "" },
	{ "farm_share", LT_NUM, "ratio",
	    "share of rural labour in farming, as absorb computes it", "" },
	{ "farm_share_change", LT_NUM, "ratio",
	    "change in farm_share since the previous year of the same code",
	    "" },
	{ "farmland_ha", LT_NUM, "ha",
	    "cultivated land", "耕地面积|常用耕地面积|年末耕地面积" },
	{ "farmland_per_farm_worker", LT_NUM, "ha/person",
	    "cultivated land per farm worker, observed", "" },
	{ "grain_t", LT_NUM, "t",
	    "grain output", "粮食产量|粮食总产量" },
	{ "growth_natural", LT_NUM, "persons/year",
	    "natural increase of the town population at the stated "
	    "rate", "" },
	{ "growth_new_towns", LT_NUM, "persons/year",
	    "growth of the town population brought by newly "
	    "designated towns", "" },
	{ "growth_per_town", LT_NUM, "persons/year",
	    "town_pop_growth per designated town", "" },
	{ "growth_residual", LT_NUM, "persons/year",
	    "town_pop_growth less new towns and natural increase: net "
	    "migration plus boundary changes of continuing towns", "" },
	{ "households", LT_INT, "households",
	    "households", "年末总户数|户数" },
	{ "households_rural", LT_INT, "households",
	    "rural households (rural reporting system)", "乡村户数|农村户数|乡村总户数" },
	{ "hukou_code", LT_CODE, "",
	    "township (9) or village (12) of household registration",
	    "户口登记地|户口所在地" },
	{ "hukou_type", LT_STR, "",
	    "hukou type: agri, nonagri, selfgrain (自理口粮)", "户口性质|户口类型" },
	{ "indicators_total", LT_INT, "indicators",
	    "indicators of an ill that the input has (ills-report)", "" },
	{ "indicators_used", LT_INT, "indicators",
	    "indicators an ill's score stands on (ills-report)", "" },
	{ "industry", LT_STR, "",
	    "industry of work: agri, industry, construction, services, "
	    "none", "行业|行业门类" },
	{ "inflow_ratio", LT_NUM, "ratio",
	    "outside workers per rural worker of the region", "" },
	{ "inflow_share_tve", LT_NUM, "ratio",
	    "share of TVE jobs held by outside workers", "" },
	{ "labour_amphibian", LT_NUM, "persons",
	    "rural labour shuttling to work or in temporary lodging", "" },
	{ "labour_away_farm", LT_NUM, "persons",
	    "rural labour away, but farming elsewhere (share-croppers)", "" },
	{ "labour_class", LT_STR, "",
	    "labour class: inactive, unemployed, urban, away_farm, "
	    "farm, migrant, local, amphibian (nbs_local, nbs_outside "
	    "under --scheme nbs)", "" },
	{ "labour_construction", LT_NUM, "persons",
	    "rural labour in construction", "建筑业从业人员|建筑业劳动力" },
	{ "labour_farm", LT_NUM, "persons",
	    "rural labour in farming",
	    "农林牧渔业从业人员|农、林、牧、渔业从业人员|第一产业从业人员|农业劳动力|"
	    "农林牧渔业劳动力" },
	{ "labour_farm_female", LT_NUM, "persons",
	    "of labour_farm, women (classify-labour --by)", "" },
	{ "labour_farm_old", LT_NUM, "persons",
	    "of labour_farm, aged 60 and over (classify-labour --by)", "" },
	{ "labour_industry", LT_NUM, "persons",
	    "rural labour in industry", "工业从业人员|工业劳动力" },
	{ "labour_inflow", LT_NUM, "persons",
	    "outside workers employed here", "外来劳动力|外来务工人员" },
	{ "labour_inflow_change", LT_NUM, "persons",
	    "change in labour_inflow since the previous year of the same code",
	    "" },
	{ "labour_local", LT_NUM, "persons",
	    "non-farm workers who live at home and go to work daily "
	    "(离土不离乡), wherever the workplace is (no yearbook "
	    "label: from classify-labour)", "" },
	{ "labour_migrant", LT_NUM, "persons",
	    "rural labour working outside its home township as the "
	    "source reports it (离土又离乡)", "外出从业人员|外出劳动力|外出务工人员" },
	{ "labour_resources", LT_NUM, "persons",
	    "rural labour resources (able-bodied working age plus "
	    "others who regularly work)", "劳动力资源|乡村劳动力资源|农村劳动力资源|劳动力资源数" },
	{ "labour_rural", LT_NUM, "persons",
	    "rural employed labour of the rural reporting system "
	    "(乡村劳动力 until the late 1990s, 乡村从业人员 "
	    "since); bare 从业人员 or 劳动力 only under a "
	    "乡村/农村 title", "乡村从业人员|农村从业人员|乡村劳动力|农村劳动力|乡村社会劳动者|农村社会劳动者" },
	{ "labour_shortage", LT_BOOL, "",
	    "no surplus farm labour is left against the norm", "" },
	{ "labour_unemployed", LT_NUM, "persons",
	    "rural-hukou persons without work, seeking it "
	    "(classify-labour --by)", "" },
	{ "labour_urban", LT_NUM, "persons",
	    "working persons with non-agricultural hukou", "" },
	{ "level", LT_STR, "",
	    "division level: province, prefecture, county, township, "
	    "village (from the code's length); in ills-report's output, "
	    "the score's level: low, medium, high, missing", "" },
	{ "lodging", LT_STR, "",
	    "lodging: home, dorm, rented, other", "户别|户类别" },
	{ "months_away", LT_INT, "months",
	    "months in the past year away from the hukou township "
	    "(0-12); census time-away bands as their lower bound",
	    "离开户口登记地时间|离开户口登记地时长|常住户口登记状况|户口登记状况" },
	{ "name", LT_STR, "",
	    "region name, spaces (U+3000 too) and footnote marks "
	    "removed",
	    "地区|地区名称|乡镇|乡镇名称|乡镇街道|县(市、区)|单位名称|名称|乡(镇)|乡镇(街道)|县(市)|市县|县市区|区县|县别" },
	{ "natural_villages", LT_INT, "count",
	    "natural villages (自然村): the settlements themselves",
	    "自然村|自然村数|自然村个数" },
	{ "nbs_local_workers", LT_NUM, "persons",
	    "NBS migrant-worker survey (from 2008): rural-hukou workers "
	    "with 6 months or more of non-farm work inside their hukou "
	    "township", "本地农民工" },
	{ "nbs_outside_workers", LT_NUM, "persons",
	    "NBS (from 2008): rural-hukou workers with 6 months or more "
	    "of work outside their hukou township, any industry", "外出农民工" },
	{ "nonagri_share", LT_NUM, "ratio",
	    "share of the population with non-agricultural hukou", "" },
	{ "note", LT_STR, "",
	    "why a value of ills-report is NA, or how it was found", "" },
	{ "output_agri", LT_NUM, "yuan",
	    "gross output of farming, forestry, animal husbandry, "
	    "fishery", "农林牧渔业总产值|农业总产值" },
	{ "output_industry", LT_NUM, "yuan",
	    "gross value of industrial output", "工业总产值" },
	{ "output_tve", LT_NUM, "yuan",
	    "gross output of township and village enterprises", "乡镇企业总产值" },
	{ "persons_per_village", LT_NUM, "persons/settlement",
	    "rural population per settlement", "" },
	{ "pid", LT_STR, "",
	    "person id", "" },
	{ "pop_agri", LT_NUM, "persons",
	    "agricultural-hukou population (by registration, wherever "
	    "they live)", "农业人口|农业人口数" },
	{ "pop_nonagri", LT_NUM, "persons",
	    "non-agricultural-hukou population: the 1980s urbanization "
	    "series (自理口粮 settlers included in many places from "
	    "1984)", "非农业人口|非农业人口数" },
	{ "pop_resident", LT_NUM, "persons",
	    "usual residents (half-year rule)", "常住人口|年末常住人口" },
	{ "pop_rural", LT_NUM, "persons",
	    "rural population as the complement of pop_urban under the "
	    "same definition (乡村人口 in a table that also has "
	    "城镇人口 or 市镇人口)", "" },
	{ "pop_rural_hh", LT_NUM, "persons",
	    "population of rural households (rural reporting system, by "
	    "registration; the agricultural population of towns "
	    "included): the denominator of labour_rural",
	    "乡村人口|乡村总人口|农村人口|乡村人口数|年末乡村人口" },
	{ "pop_total", LT_NUM, "persons",
	    "registered (hukou) population (from 2000, 年末总人口 "
	    "needs 户籍 or 常住 in the label or title)",
	    "年末总人口|户籍人口|总人口|户籍人口数|年末户籍人口" },
	{ "pop_town", LT_NUM, "persons",
	    "total population under the jurisdiction of designated "
	    "towns (after 1984 including the villages they administer)",
	    "镇人口|建制镇人口|镇总人口" },
	{ "pop_town_nonagri", LT_NUM, "persons",
	    "non-agricultural population of designated towns", "镇非农业人口" },
	{ "pop_town_proper", LT_NUM, "persons",
	    "population of the town proper (镇区, residents' "
	    "committees)", "镇区人口|镇区常住人口" },
	{ "pop_urban", LT_NUM, "persons",
	    "urban population under its source's definition (see "
	    "urban_def)", "城镇人口|市镇人口|市镇总人口" },
	{ "price_basis", LT_STR, "",
	    "current, or the constant-price year (1970, 1980, 1990 ...) "
	    "of the output columns", "" },
	{ "reach_km", LT_NUM, "km",
	    "straight-line radius of a daily journey", "" },
	{ "reach_share", LT_NUM, "ratio",
	    "share of a centre's cell within reach_km of it: the "
	    "villagers who can commute daily", "" },
	{ "redeployed", LT_NUM, "persons",
	    "rural labour redeployed out of farming", "" },
	{ "rows_read", LT_INT, "rows",
	    "input rows a --partial run read, in its count row (where "
	    "code is NA); NA in every other row", "" },
	{ "settlement", LT_STR, "",
	    "the input column commute-check's settlement figures used: "
	    "natural_villages or villages", "" },
	{ "sex", LT_STR, "",
	    "sex: m, f", "性别" },
	{ "share_amphibian", LT_NUM, "ratio",
	    "share of rural labour that is amphibian", "" },
	{ "share_farm", LT_NUM, "ratio",
	    "share of rural labour in farming", "" },
	{ "share_local", LT_NUM, "ratio",
	    "share of rural labour in non-farm work at home", "" },
	{ "share_migrant", LT_NUM, "ratio",
	    "share of rural labour away (migrant)", "" },
	{ "solid_waste_t", LT_NUM, "t",
	    "industrial solid waste produced", "工业固体废物产生量" },
	{ "sown_ha", LT_NUM, "ha",
	    "sown area of all crops (per crop as sown_ha_rice, "
	    "sown_ha_wheat ...)", "农作物播种面积|播种面积|农作物总播种面积" },
	{ "surplus", LT_NUM, "persons",
	    "farm labour beyond farm_need", "" },
	{ "surplus_high", LT_NUM, "persons",
	    "farm labour beyond the low need of the norms", "" },
	{ "surplus_low", LT_NUM, "persons",
	    "farm labour beyond the high need of the norms", "" },
	{ "town_distance_km", LT_NUM, "km",
	    "mean straight-line distance to the nearest centre (township "
	    "seat or designated town, --centres)", "" },
	{ "town_nonagri_growth", LT_NUM, "persons/year",
	    "growth of the non-agricultural population of "
	    "designated towns per year", "" },
	{ "town_pop_growth", LT_NUM, "persons/year",
	    "net growth of the town population per year since the "
	    "previous year", "" },
	{ "town_share", LT_NUM, "ratio",
	    "share of the population in designated towns", "" },
	{ "towns", LT_INT, "count",
	    "designated towns (镇)", "镇数|建制镇" },
	{ "towns_change", LT_NUM, "count/year",
	    "change in the number of designated towns per year", "" },
	{ "townships", LT_INT, "count",
	    "township-level units", "乡镇数|乡镇个数" },
	{ "tve_employment", LT_NUM, "persons",
	    "employment in township and village enterprises, counted "
	    "where the enterprise is (outside workers included); scope "
	    "in tve_scope", "乡镇企业从业人员|乡镇企业职工|社队企业职工|乡镇企业从业人数" },
	{ "tve_employment_tv", LT_NUM, "persons",
	    "of which in township- and village-run enterprises",
	    "乡村两级企业从业人员|乡办和村办企业从业人员" },
	{ "tve_scope", LT_STR, "",
	    "the scope of tve_employment: collective_1983 "
	    "(社队企业, before 1984), all_1984 (乡镇企业 with "
	    "joint and individual firms), township_village "
	    "(乡村两级 only)", "" },
	{ "urban_def", LT_STR, "",
	    "the definition behind pop_urban: nonagri_1963, "
	    "census_1982, juris_1984, census_1990, resid_2000, "
	    "code_2008", "" },
	{ "urban_share", LT_NUM, "ratio",
	    "urban population share under its urban_def", "" },
	{ "village_density", LT_NUM, "per 100 km2",
	    "settlements (the column in settlement) per 100 km2", "" },
	{ "village_groups", LT_INT, "count",
	    "villagers' groups (the former production teams)", "村民小组|村民小组数" },
	{ "village_road_km", LT_NUM, "km",
	    "road distance between neighbouring settlements", "" },
	{ "village_spacing_km", LT_NUM, "km",
	    "straight-line distance between neighbouring settlements", "" },
	{ "villages", LT_INT, "count",
	    "village committees (administrative villages), not "
	    "settlements: in most provinces the former production "
	    "brigades; not comparable across provinces or across the "
	    "1998-2000 reorganisations", "村民委员会|村委会|行政村" },
	{ "wastewater_t", LT_NUM, "t",
	    "industrial waste water discharged", "工业废水排放量" },
	{ "weight", LT_NUM, "persons",
	    "sampling weight (persons represented); 1 when absent", "权数|权重" },
	{ "work_code", LT_CODE, "",
	    "township or village of work, when known", "工作地点" },
	{ "workers_other_county", LT_NUM, "persons",
	    "rural-hukou workers working in another county of their "
	    "hukou province (classify-labour --by)", "" },
	{ "workers_other_province", LT_NUM, "persons",
	    "rural-hukou workers working in another province "
	    "(classify-labour --by)", "" },
	{ "workers_same_county", LT_NUM, "persons",
	    "rural-hukou workers working in another township of their "
	    "hukou county (classify-labour --by)", "" },
	{ "workers_same_township", LT_NUM, "persons",
	    "rural-hukou workers working in their hukou township "
	    "(classify-labour --by)", "" },
	{ "year", LT_INT, "",
	    "statistical, census or survey year", "年份|年度|年" },
	{ "years_to_target", LT_NUM, "years",
	    "years until the towns hold the target share of the base, "
	    "at this year's town population growth", "" },
};

const size_t lt_nfields = sizeof(lt_fields) / sizeof(lt_fields[0]);

struct field_key {
	const char *s;
	size_t len;
};

/*
 * Compare a counted name with a table entry as strcmp would compare the
 * name if it were NUL-terminated.  The name need not be: it may end
 * inside a larger buffer (a header cell before its ":type").
 */
static int
field_cmp(const void *k, const void *e)
{
	const struct field_key *key = k;
	const struct lt_fielddef *def = e;
	const unsigned char *s = (const unsigned char *)key->s;
	const unsigned char *name = (const unsigned char *)def->name;
	size_t i;

	for (i = 0; i < key->len; i++) {
		/* The key is longer (a NUL in the key counts as longer). */
		if (name[i] == '\0')
			return 1;
		if (s[i] != name[i])
			return s[i] < name[i] ? -1 : 1;
	}
	return name[i] == '\0' ? 0 : -1;
}

const struct lt_fielddef *
lt_field_find_n(const char *name, size_t len)
{
	struct field_key key;

	if (name == NULL)
		return NULL;
	key.s = name;
	key.len = len;
	return bsearch(&key, lt_fields, lt_nfields, sizeof(lt_fields[0]),
	    field_cmp);
}

const struct lt_fielddef *
lt_field_find(const char *name)
{
	if (name == NULL)
		return NULL;
	return lt_field_find_n(name, strlen(name));
}

/* Units of quantities that add up over regions. */
static const char *const count_units[] = {
	"persons", "households", "count", "km2", "ha", "yuan", "t"
};

int
lt_field_is_count(const char *name)
{
	const struct lt_fielddef *def = lt_field_find(name);
	size_t i;

	if (def == NULL || (def->type != LT_INT && def->type != LT_NUM))
		return 0;
	for (i = 0; i < sizeof(count_units) / sizeof(count_units[0]); i++)
		if (strcmp(def->unit, count_units[i]) == 0)
			return 1;
	return 0;
}
