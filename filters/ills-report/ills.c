/*
 * ills.c - the five rural ills as a table of indicators.  Each row of
 * the table names an indicator, the ill it measures, the input columns
 * it needs, how it is computed, which end of it is the ill, and the two
 * thresholds between which its score runs from 0 to 1.  The thresholds
 * are judgements; each cites what it rests on, and --thresholds FILE
 * changes them.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ills.h"

const struct ill_def ills[NILLS] = {
	[ILL_PAROCHIAL] = { "parochial_industry", "Parochial industry" },
	[ILL_PERIPHERAL] = { "peripheral_agriculture",
	    "Peripheral agriculture" },
	[ILL_ENVIRONMENT] = { "environment", "Environment" },
	[ILL_TOWNS] = { "disorderly_towns", "Disorderly towns" },
	[ILL_AMPHIBIAN] = { "amphibian_labour", "Amphibian labour" }
};

/* a / b, NaN when b is 0 (or NaN). */
static double
ratio(double a, double b)
{
	if (b == 0 || isnan(b))
		return NAN;
	return a / b;
}

/* a / b for a denominator that must be positive to mean anything. */
static double
ratio_pos(double a, double b)
{
	if (!(b > 0))
		return NAN;
	return a / b;
}

/* x: enterprises, enterprises_village, enterprises_household */
static double
small_enterprise_share(const double *x)
{
	return ratio(x[1] + x[2], x[0]);
}

/*
 * x: the first column over the second, as the table's "needs" lists
 * them: labour_local per enterprise, farm share of rural labour,
 * farmland per farm worker, grain yield in tonnes per hectare.
 */
static double
quotient(const double *x)
{
	return ratio(x[0], x[1]);
}

/* x: waste (t), output_industry (yuan): tonnes per 10,000 yuan. */
static double
per_10k_yuan(const double *x)
{
	return ratio(x[0], x[1] / 1e4);
}

/* x: enterprises, area_km2 */
static double
enterprise_density(const double *x)
{
	return ratio(x[0], x[1]);
}

/* x: towns, area_km2: per 100 km^2. */
static double
town_density(const double *x)
{
	return ratio(x[0], x[1]) * 100;
}

/* x: builtup_km2, pop_town: m^2 per person. */
static double
builtup_per_town_resident(const double *x)
{
	return ratio(x[0] * 1e6, x[1]);
}

/* x: farmland_ha */
static double
farmland(const double *x)
{
	return x[0];
}

/* x: labour_amphibian, labour_migrant, labour_rural, labour_farm:
 * of the rural labour that has left farming, the share that shuttles
 * or has left the village; NaN unless some has left farming. */
static double
amphibian_share(const double *x)
{
	return ratio_pos(x[0] + x[1], x[2] - x[3]);
}

/* x: pop_resident, pop_total: residents not registered here. */
static double
unregistered_share(const double *x)
{
	return ratio(x[0] - x[1], x[0]);
}

/* x: pop_total, pop_resident: registered people living elsewhere. */
static double
hollowing(const double *x)
{
	return ratio(x[0] - x[1], x[0]);
}

struct indicator ills_indicators[] = {
	{ ILL_PAROCHIAL, "small_enterprise_share", KIND_ROW,
	    { "enterprises", "enterprises_village", "enterprises_household",
	    NULL }, small_enterprise_share, NULL, WORSE_HIGH, 0.5, 0.9,
	    "ratio",
	    "(enterprises_village + enterprises_household) / enterprises",
	    "village- and household-run plants are the smallest and most "
	    "scattered (DESIGN 1, ill 1); 0.9 and over is industry in every "
	    "village" },
	{ ILL_PAROCHIAL, "workers_per_enterprise", KIND_ROW,
	    { "labour_local", "enterprises", NULL }, quotient,
	    NULL, WORSE_LOW, 5, 30, "persons",
	    "labour_local / enterprises",
	    "labour_local counts township-enterprise workers (乡镇企业从业人员); "
	    "5 or fewer is a workshop, 30 or more a factory" },
	{ ILL_PAROCHIAL, "sector_dissimilarity", KIND_SECTOR,
	    { NULL }, NULL, NULL, WORSE_LOW, 0.2, 0.6, "index",
	    "Krugman: sum over sectors of |share here - share in the other "
	    "regions of the same parent code and year|",
	    "Krugman (1991), Geography and Trade; 0 is the same industry mix "
	    "as the neighbours (duplication), 2 none in common" },
	{ ILL_PERIPHERAL, "farm_labour_share", KIND_ROW,
	    { "labour_farm", "labour_rural", NULL }, quotient, NULL,
	    WORSE_LOW, 0.2, 0.7, "ratio",
	    "labour_farm / labour_rural",
	    "farm labour fell from 70% to 20% of rural labour in southern "
	    "Jiangsu (DESIGN 1): farming becomes a sideline" },
	{ ILL_PERIPHERAL, "farmland_per_farm_worker", KIND_ROW,
	    { "farmland_ha", "labour_farm", NULL }, quotient,
	    NULL, WORSE_LOW, 0.2, 0.67, "ha",
	    "farmland_ha / labour_farm",
	    "plots of 3 mu (0.2 ha) or less are part-time farming; 10 mu "
	    "(0.67 ha) the scale-farming aim of southern Jiangsu" },
	{ ILL_PERIPHERAL, "grain_yield_change", KIND_YOY,
	    { "grain_t", "farmland_ha", NULL }, quotient, ills_growth,
	    WORSE_LOW, -0.03, 0.03, "ratio/year",
	    "change of grain_t / farmland_ha since the previous year, per year",
	    "stagnating agriculture (DESIGN 1, ill 2): a yield that does not "
	    "grow scores 0.5, 3% a year lost scores 1" },
	{ ILL_ENVIRONMENT, "wastewater_per_10k_yuan", KIND_ROW,
	    { "wastewater_t", "output_industry", NULL }, per_10k_yuan, NULL,
	    WORSE_HIGH, 5, 30, "t",
	    "wastewater_t / (output_industry / 10000)",
	    "the order of China's industry in the late 1980s (some 15-20 t "
	    "per 10,000 yuan, from national totals); scattered low-tech "
	    "plants discharge more" },
	{ ILL_ENVIRONMENT, "solid_waste_per_10k_yuan", KIND_ROW,
	    { "solid_waste_t", "output_industry", NULL }, per_10k_yuan, NULL,
	    WORSE_HIGH, 1, 5, "t",
	    "solid_waste_t / (output_industry / 10000)",
	    "the order of China's industry in the late 1980s (some 4 t per "
	    "10,000 yuan, from national totals)" },
	{ ILL_ENVIRONMENT, "wastewater_change", KIND_YOY,
	    { "wastewater_t", "output_industry", NULL }, per_10k_yuan,
	    ills_growth, WORSE_HIGH, -0.05, 0.05, "ratio/year",
	    "change of wastewater_per_10k_yuan since the previous year, per "
	    "year",
	    "intensity should fall as plants modernise: falling 5% a year "
	    "scores 0, rising 5% scores 1" },
	{ ILL_ENVIRONMENT, "solid_waste_change", KIND_YOY,
	    { "solid_waste_t", "output_industry", NULL }, per_10k_yuan,
	    ills_growth, WORSE_HIGH, -0.05, 0.05, "ratio/year",
	    "change of solid_waste_per_10k_yuan since the previous year, per "
	    "year",
	    "as wastewater_change" },
	{ ILL_ENVIRONMENT, "enterprise_density", KIND_ROW,
	    { "enterprises", "area_km2", NULL }, enterprise_density, NULL,
	    WORSE_HIGH, 1, 10, "per km2",
	    "enterprises / area_km2",
	    "plants scattered over the countryside rather than grouped in "
	    "towns (DESIGN 1, ill 3); 10 per km2 is one every 300 m" },
	{ ILL_TOWNS, "town_density", KIND_ROW,
	    { "towns", "area_km2", NULL }, town_density, NULL, WORSE_HIGH,
	    0.5, 2, "per 100 km2",
	    "towns / area_km2 * 100",
	    "Wenzhou's 87 towns on 11,800 km2 are 0.74 per 100 km2; 2 per "
	    "100 km2 is a town every 7.6 km, too many to grow into real towns" },
	{ ILL_TOWNS, "builtup_per_town_resident", KIND_ROW,
	    { "builtup_km2", "pop_town", NULL }, builtup_per_town_resident,
	    NULL, WORSE_HIGH, 100, 150, "m2",
	    "builtup_km2 * 1e6 / pop_town",
	    "the planning cap of 150 m2 of built land per town resident "
	    "(GB 50188-93, class V 120-150 m2); the score is 1 at the cap" },
	{ ILL_TOWNS, "farmland_lost", KIND_YOY,
	    { "farmland_ha", NULL }, farmland, ills_loss, WORSE_HIGH,
	    0, 0.02, "ratio/year",
	    "share of farmland_ha lost since the previous year, per year",
	    "China's net loss of farmland came near 1% a year in the "
	    "mid-1980s; 2% a year scores 1" },
	{ ILL_AMPHIBIAN, "amphibian_share", KIND_ROW,
	    { "labour_amphibian", "labour_migrant", "labour_rural",
	    "labour_farm", NULL }, amphibian_share, NULL, WORSE_HIGH, 0.2, 0.6,
	    "ratio",
	    "(labour_amphibian + labour_migrant) / (labour_rural - "
	    "labour_farm)",
	    "non-farm workers still registered as peasants who shuttle or "
	    "live away (DESIGN 1, ill 5)" },
	{ ILL_AMPHIBIAN, "unregistered_share", KIND_ROW,
	    { "pop_resident", "pop_total", NULL }, unregistered_share, NULL,
	    WORSE_HIGH, 0.05, 0.3, "ratio",
	    "(pop_resident - pop_total) / pop_resident",
	    "residents without local hukou, in temporary lodging (Wuxi "
	    "county recruited 50,000 outside workers in 1985)" },
	{ ILL_AMPHIBIAN, "hollowing", KIND_ROW,
	    { "pop_total", "pop_resident", NULL }, hollowing, NULL,
	    WORSE_HIGH, 0.1, 0.2, "ratio",
	    "(pop_total - pop_resident) / pop_total",
	    "the usual 10% and 20% cut-offs of a hollowing village" }
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

static const char *const level_names[] = {
	[LEVEL_NA] = "",
	[LEVEL_LOW] = "low",
	[LEVEL_MEDIUM] = "medium",
	[LEVEL_HIGH] = "high",
	[LEVEL_MISSING] = "missing"
};

const char *
ills_level_name(enum level l)
{
	return level_names[l];
}

enum level
ills_level_parse(const char *s)
{
	enum level l;

	for (l = LEVEL_LOW; l <= LEVEL_HIGH; l++)
		if (strcmp(s, level_names[l]) == 0)
			return l;
	return LEVEL_NA;
}

double
ills_score(double v, double low, double high, int worse)
{
	double s;

	if (isnan(v))
		return NAN;
	if (worse == WORSE_HIGH)
		s = (v - low) / (high - low);
	else
		s = (high - v) / (high - low);
	if (s < 0)
		return 0;
	if (s > 1)
		return 1;
	return s;
}

/* Compared as 3s < 1 and 3s < 2, so that a mean of thirds such as
 * (0 + 1 + 0) / 3 lands on the level above, as written. */
enum level
ills_level(double score)
{
	if (isnan(score))
		return LEVEL_NA;
	if (3 * score < 1)
		return LEVEL_LOW;
	if (3 * score < 2)
		return LEVEL_MEDIUM;
	return LEVEL_HIGH;
}

double
ills_mean(const double *scores, size_t n)
{
	double sum = 0;
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!isnan(scores[i])) {
			sum += scores[i];
			k++;
		}
	return k ? sum / k : NAN;
}

double
ills_growth(double cur, double prev, double years)
{
	if (!(years > 0))
		return NAN;
	return ratio(cur - prev, prev) / years;
}

double
ills_loss(double cur, double prev, double years)
{
	if (!(years > 0))
		return NAN;
	return ratio(prev - cur, prev) / years;
}

double
ills_krugman(const double *x, const double *rest, size_t k)
{
	double xt = 0, rt = 0, sum = 0;
	size_t i;

	for (i = 0; i < k; i++) {
		xt += x[i];
		rt += rest[i];
	}
	if (!(xt > 0) || !(rt > 0))
		return NAN;
	for (i = 0; i < k; i++)
		sum += fabs(x[i] / xt - rest[i] / rt);
	return sum;
}

size_t
ills_escape_html(char *dst, const char *s, size_t len)
{
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		const char *e = NULL;

		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		}
		if (e) {
			memcpy(dst + o, e, strlen(e));
			o += strlen(e);
		} else {
			dst[o++] = s[i];
		}
	}
	return o;
}

/* A backslash before the punctuation that Markdown (CommonMark and
 * the code hosts' tables) would read as markup; line breaks become
 * spaces, as a table cell is one line. */
size_t
ills_escape_md(char *dst, const char *s, size_t len)
{
	static const char special[] = "\\`*_[]<>|#!~&";
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n' || s[i] == '\r') {
			dst[o++] = ' ';
			continue;
		}
		if (s[i] != '\0' && strchr(special, s[i]))
			dst[o++] = '\\';
		dst[o++] = s[i];
	}
	return o;
}

size_t
ills_clip_utf8(char *dst, const char *s, size_t len, size_t max)
{
	size_t i, chars = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && chars++ == max)
			break;
	if (i == len) {
		memcpy(dst, s, len);
		return len;
	}
	/* Room for the ellipsis: cut one more character. */
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	memcpy(dst, s, i);
	memcpy(dst + i, "\xe2\x80\xa6", 3);
	return i + 3;
}

size_t
ills_fmt_human(char *buf, double v)
{
	if (isnan(v))
		return (size_t)snprintf(buf, 40, "NA");
	if (v == 0)
		v = 0;	/* no "-0" */
	if (fabs(v) >= 1000)
		return (size_t)snprintf(buf, 40, "%.0f", v);
	return (size_t)snprintf(buf, 40, "%.3g", v);
}

void
ills_color(char buf[8], double score)
{
	/* Green (26,152,80) to yellow (254,224,139) to red (215,48,39):
	 * ColorBrewer's RdYlGn ends and middle. */
	static const int stop[3][3] = {
		{ 26, 152, 80 }, { 254, 224, 139 }, { 215, 48, 39 }
	};
	const int *a, *b;
	double t;
	int rgb[3], i;

	if (isnan(score)) {
		snprintf(buf, 8, "#d9d9d9");
		return;
	}
	if (score < 0.5) {
		a = stop[0];
		b = stop[1];
		t = score * 2;
	} else {
		a = stop[1];
		b = stop[2];
		t = (score - 0.5) * 2;
	}
	for (i = 0; i < 3; i++)
		rgb[i] = (int)lround(a[i] + (b[i] - a[i]) * t);
	snprintf(buf, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
}
