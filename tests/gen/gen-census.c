/*
 * gen-census: write a synthetic census person sample as typed CSV on stdout.
 *
 * Usage: gen-census [-n ROWS] [-s SEED] [-y YEAR] STREETS_CSV
 * (YEAR defaults to 2020; a year before 1990 draws the 1980s mix below)
 *
 * Each row is one person of a 1% long-form census sample, with real 9-digit
 * township codes taken from STREETS_CSV (sample-data/divisions/streets.csv):
 * where the person's hukou is registered, where he or she lives, where he or
 * she works, and the labour-market facts that classify-labour reads
 * (activity last, added after the others from a hash of the row number).  The
 * mix of farmers, local non-farm workers (离土不离乡), shuttlers and migrants
 * (离土又离乡) differs between coastal and interior provinces, so roll-ups
 * by province show the contrast the reports are about.
 *
 * The mix is that of the census year (-y): from 1990 on, the migration of
 * the 1990s-2020s (a quarter of interior rural labour away); before 1990,
 * the 1980s, when about 2% of rural labour worked away from home
 * nationally: Jiangsu redeploying its labour at home (many local and
 * commuting workers, about 2% away), Zhejiang and Fujian with Wenzhou's
 * traders and craftsmen on the road (about 17% away, up to the 20% of a
 * few places), the interior still farming (under 2% away), a younger age
 * pyramid and fewer non-agricultural hukou.  These mixes are judgements
 * shaped after the magnitudes above, not official figures.
 *
 * The tests run it at a few thousand rows; `make bench` writes 1 GB (about
 * the 14 million rows of a real 1% sample) to time every filter at scale.
 * Hence the hand-rolled number formatting and the big output buffer.  The
 * output depends only on the options and the streets file: the generator has
 * its own PRNG (splitmix64) and uses integer arithmetic only, so every
 * machine writes the same bytes, and a shorter run is a prefix of a longer.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EX_USAGE	64
#define EX_DATAERR	65
#define EX_NOINPUT	66
#define EX_IOERR	74

#define CODE_LEN	9
#define OUTBUF_SIZE	(1 << 20)
#define ROW_MAX		512	/* no row comes near this */
#define NO_TOWNSHIP	UINT32_MAX

static const char *prog = "gen-census";

/* Township types, from digits 7-9 of the code (GB/T 10114). */
enum township_type { TT_STREET, TT_TOWN, TT_XIANG, TT_OTHER, TT_COUNT };

/*
 * Provinces by their place in the labour market of the 1990s-2020s, and
 * (R80_*) in that of the 1980s, used when the census year is before 1990.
 */
enum region { REGION_MIDDLE, REGION_COASTAL, REGION_INTERIOR,
	R80_MIDDLE, R80_JIANGSU, R80_ZHEJIANG, R80_INTERIOR, REGION_COUNT };

/* The census year is of the 1980s (set from -y in main). */
static int period_1980s;

/*
 * Latent classes a person is drawn in; the output never names them, it only
 * carries the facts (industry, months away, lodging, codes) from which
 * classify-labour should find them again.
 */
enum person_class {
	PC_NONE,		/* child, student, retired, at home */
	PC_CHILD_AWAY,		/* child living with migrant parents */
	PC_FARM,		/* farming at home */
	PC_LOCAL,		/* non-farm work in the hukou township */
	PC_SHUTTLE,		/* non-farm work elsewhere in the county */
	PC_MIGRANT,		/* non-farm work far away, half a year or more */
	PC_AWAY_FARM,		/* farming far away (share-croppers) */
	PC_URBAN_HOME,		/* non-agricultural hukou, work in township */
	PC_URBAN_COUNTY,	/* non-agricultural hukou, work in county */
	PC_URBAN_AWAY		/* non-agricultural hukou, work far away */
};

enum industry { IND_NONE, IND_AGRI, IND_INDUSTRY, IND_CONSTRUCTION,
	IND_SERVICES };
enum lodging { LODGE_NA, LODGE_HOME, LODGE_DORM, LODGE_RENTED, LODGE_OTHER };

static const char *const industry_name[] = {
	"none", "agri", "industry", "construction", "services"
};
static const char *const lodging_name[] = {
	"", "home", "dorm", "rented", "other"
};

struct choice {
	int		value;
	unsigned	weight;
};

#define NCHOICE(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Age pyramid: shares per mille of the 2020 census (National Bureau of
 * Statistics, Tabulation of the 2020 Population Census, table 1-7), in
 * five-year groups; the last group is 90-95.
 */
struct age_group {
	int		lo, hi;
	unsigned	weight;
};

static const struct age_group age_groups[] = {
	{ 0, 4, 58 }, { 5, 9, 65 }, { 10, 14, 61 }, { 15, 19, 53 },
	{ 20, 24, 53 }, { 25, 29, 65 }, { 30, 34, 89 }, { 35, 39, 70 },
	{ 40, 44, 68 }, { 45, 49, 83 }, { 50, 54, 87 }, { 55, 59, 72 },
	{ 60, 64, 52 }, { 65, 69, 52 }, { 70, 74, 36 }, { 75, 79, 22 },
	{ 80, 84, 14 }, { 85, 89, 7 }, { 90, 95, 2 }
};

/*
 * The pyramid of a 1980s year: the young population of the 1982 census
 * (a third under 15, 5% aged 65 and over) aged five years, rounded per
 * mille; approximate, a judgement, not a tabulation.
 */
static const struct age_group age_groups_1980s[] = {
	{ 0, 4, 95 }, { 5, 9, 94 }, { 10, 14, 106 }, { 15, 19, 129 },
	{ 20, 24, 122 }, { 25, 29, 76 }, { 30, 34, 92 }, { 35, 39, 72 },
	{ 40, 44, 55 }, { 45, 49, 52 }, { 50, 54, 48 }, { 55, 59, 42 },
	{ 60, 64, 35 }, { 65, 69, 28 }, { 70, 74, 20 }, { 75, 79, 12 },
	{ 80, 84, 6 }, { 85, 89, 2 }, { 90, 95, 1 }
};

/*
 * How likely a township is to be somebody's hukou place (origin) or a
 * migrant's destination, in relative units per township type: subdistricts
 * are the most populous, and migrants go to cities and industrial towns.
 */
static const unsigned origin_weight[TT_COUNT] = { 20, 10, 7, 6 };
static const unsigned destination_weight[TT_COUNT] = { 40, 20, 5, 10 };

/* Per mille holding a non-agricultural hukou, by township type (~41%). */
static const unsigned nonagri_permille[TT_COUNT] = { 780, 200, 60, 300 };
/* The same in the 1980s (about 20% nationally; most of today's towns
 * were then 乡). */
static const unsigned nonagri_permille_1980s[TT_COUNT] = { 700, 110, 40, 250 };

/* Working-age rural-hukou persons, per mille, by region. */
static const struct choice rural_work[REGION_COUNT][6] = {
	[REGION_MIDDLE] = {
		{ PC_FARM, 330 }, { PC_LOCAL, 200 }, { PC_SHUTTLE, 130 },
		{ PC_MIGRANT, 180 }, { PC_AWAY_FARM, 20 }, { PC_NONE, 140 }
	},
	[REGION_COASTAL] = {
		{ PC_FARM, 200 }, { PC_LOCAL, 360 }, { PC_SHUTTLE, 200 },
		{ PC_MIGRANT, 60 }, { PC_AWAY_FARM, 10 }, { PC_NONE, 170 }
	},
	[REGION_INTERIOR] = {
		{ PC_FARM, 400 }, { PC_LOCAL, 100 }, { PC_SHUTTLE, 80 },
		{ PC_MIGRANT, 270 }, { PC_AWAY_FARM, 30 }, { PC_NONE, 120 }
	},
	[R80_MIDDLE] = {
		{ PC_FARM, 600 }, { PC_LOCAL, 120 }, { PC_SHUTTLE, 80 },
		{ PC_MIGRANT, 17 }, { PC_AWAY_FARM, 5 }, { PC_NONE, 178 }
	},
	[R80_JIANGSU] = {
		{ PC_FARM, 380 }, { PC_LOCAL, 300 }, { PC_SHUTTLE, 150 },
		{ PC_MIGRANT, 12 }, { PC_AWAY_FARM, 3 }, { PC_NONE, 155 }
	},
	[R80_ZHEJIANG] = {
		{ PC_FARM, 420 }, { PC_LOCAL, 180 }, { PC_SHUTTLE, 110 },
		{ PC_MIGRANT, 130 }, { PC_AWAY_FARM, 15 }, { PC_NONE, 145 }
	},
	[R80_INTERIOR] = {
		{ PC_FARM, 720 }, { PC_LOCAL, 50 }, { PC_SHUTTLE, 40 },
		{ PC_MIGRANT, 6 }, { PC_AWAY_FARM, 3 }, { PC_NONE, 181 }
	}
};

/* Working-age urban-hukou persons, per mille. */
static const struct choice urban_work[] = {
	{ PC_URBAN_HOME, 520 }, { PC_URBAN_COUNTY, 250 },
	{ PC_URBAN_AWAY, 80 }, { PC_NONE, 150 }
};

/* Children of rural hukou living with migrant parents, per mille. */
static const unsigned child_away_permille[REGION_COUNT] = {
	60, 20, 100, 3, 2, 15, 1
};

/* Rural-hukou elders still farming, per mille, 65-74 and 75-79. */
static const unsigned old_farm_permille[REGION_COUNT][2] = {
	{ 550, 300 }, { 450, 200 }, { 600, 350 },
	{ 550, 300 }, { 450, 200 }, { 500, 250 }, { 600, 350 }
};

static const struct choice local_industry[REGION_COUNT][3] = {
	[REGION_MIDDLE] = { { IND_INDUSTRY, 480 }, { IND_CONSTRUCTION, 170 },
		{ IND_SERVICES, 350 } },
	[REGION_COASTAL] = { { IND_INDUSTRY, 550 }, { IND_CONSTRUCTION, 150 },
		{ IND_SERVICES, 300 } },
	[REGION_INTERIOR] = { { IND_INDUSTRY, 380 }, { IND_CONSTRUCTION, 220 },
		{ IND_SERVICES, 400 } },
	[R80_MIDDLE] = { { IND_INDUSTRY, 480 }, { IND_CONSTRUCTION, 200 },
		{ IND_SERVICES, 320 } },
	[R80_JIANGSU] = { { IND_INDUSTRY, 700 }, { IND_CONSTRUCTION, 150 },
		{ IND_SERVICES, 150 } },
	[R80_ZHEJIANG] = { { IND_INDUSTRY, 550 }, { IND_CONSTRUCTION, 150 },
		{ IND_SERVICES, 300 } },
	[R80_INTERIOR] = { { IND_INDUSTRY, 380 }, { IND_CONSTRUCTION, 250 },
		{ IND_SERVICES, 370 } }
};
static const struct choice shuttle_industry[] = {
	{ IND_INDUSTRY, 450 }, { IND_CONSTRUCTION, 250 }, { IND_SERVICES, 300 }
};
static const struct choice migrant_industry[] = {
	{ IND_INDUSTRY, 430 }, { IND_CONSTRUCTION, 270 }, { IND_SERVICES, 300 }
};
static const struct choice urban_industry[] = {
	{ IND_AGRI, 30 }, { IND_INDUSTRY, 280 }, { IND_CONSTRUCTION, 80 },
	{ IND_SERVICES, 610 }
};

/* Months away for those away half a year or more. */
static const struct choice months_long[] = {
	{ 6, 50 }, { 7, 50 }, { 8, 80 }, { 9, 100 }, { 10, 170 }, { 11, 200 },
	{ 12, 350 }
};

static const struct choice lodging_local[] = {
	{ LODGE_HOME, 950 }, { LODGE_OTHER, 50 }
};
static const struct choice lodging_shuttle_daily[] = {
	{ LODGE_HOME, 700 }, { LODGE_DORM, 200 }, { LODGE_RENTED, 80 },
	{ LODGE_OTHER, 20 }
};
static const struct choice lodging_shuttle_weekly[] = {
	{ LODGE_HOME, 100 }, { LODGE_DORM, 500 }, { LODGE_RENTED, 350 },
	{ LODGE_OTHER, 50 }
};
static const struct choice lodging_migrant[] = {
	{ LODGE_DORM, 450 }, { LODGE_RENTED, 450 }, { LODGE_OTHER, 100 }
};
static const struct choice lodging_away_farm[] = {
	{ LODGE_RENTED, 500 }, { LODGE_OTHER, 400 }, { LODGE_DORM, 100 }
};
static const struct choice lodging_urban_county[] = {
	{ LODGE_HOME, 900 }, { LODGE_RENTED, 70 }, { LODGE_DORM, 30 }
};
static const struct choice lodging_urban_away[] = {
	{ LODGE_RENTED, 600 }, { LODGE_DORM, 300 }, { LODGE_OTHER, 100 }
};
static const struct choice lodging_child_away[] = {
	{ LODGE_RENTED, 700 }, { LODGE_OTHER, 300 }
};

/* Missing values, per mille of the rows where the field would be known. */
#define NA_WORK_CODE_PERMILLE	30
#define NA_COMMUTE_PERMILLE	40
#define NA_LODGING_PERMILLE	30

/* Share of migrants heading for the coastal provinces, per mille. */
#define COASTAL_DEST_PERMILLE	700

struct townships {
	size_t		count;
	char		(*code)[CODE_LEN];
	unsigned char	*type;
	unsigned char	*region;
	uint32_t	*county_first;	/* first township of its county */
	uint32_t	*county_count;	/* townships in its county */
	uint32_t	*origin_cum;	/* cumulative origin weights */
	uint32_t	*coastal_index;	/* coastal townships ... */
	uint32_t	*coastal_cum;	/* ... and their destination weights */
	size_t		coastal_count;
	uint32_t	*dest_cum;	/* destination weights, all townships */
};

static uint64_t rng_state;

static char outbuf[OUTBUF_SIZE];
static size_t outpos;

static void
usage(void)
{
	fprintf(stderr, "usage: %s [-n rows] [-s seed] [-y year] streets.csv\n",
	    prog);
	exit(EX_USAGE);
}

static void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (p == NULL) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(EX_IOERR);
	}
	return p;
}

static void *
xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(EX_IOERR);
	}
	p = realloc(p, n * size);
	if (p == NULL) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(EX_IOERR);
	}
	return p;
}

/* splitmix64 (Steele, Lea and Flood 2014). */
static uint64_t
rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform integer in [0, n), n < 2^32 (Lemire's multiply-shift). */
static uint32_t
rng_below(uint32_t n)
{
	return (uint32_t)(((rng_next() >> 32) * (uint64_t)n) >> 32);
}

static int
rng_permille(unsigned permille)
{
	return rng_below(1000) < permille;
}

static int
pick(const struct choice *c, size_t n)
{
	unsigned total = 0, r;
	size_t i;

	for (i = 0; i < n; i++)
		total += c[i].weight;
	r = rng_below(total);
	for (i = 0; i + 1 < n; i++) {
		if (r < c[i].weight)
			break;
		r -= c[i].weight;
	}
	return c[i].value;
}

/* Index of the first entry of cum[0..n) greater than r. */
static size_t
search_cum(const uint32_t *cum, size_t n, uint32_t r)
{
	size_t lo = 0, hi = n - 1;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cum[mid] > r)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static int
region_of(int province)
{
	if (period_1980s) {
		switch (province) {
		case 32: case 31:
			return R80_JIANGSU;
		case 33: case 35:
			return R80_ZHEJIANG;
		case 22: case 23: case 15: case 52: case 53: case 62:
		case 63: case 64: case 65: case 54: case 45: case 51:
		case 50:
			return R80_INTERIOR;
		default:
			return R80_MIDDLE;
		}
	}
	switch (province) {
	case 11: case 12: case 31: case 32: case 33: case 35: case 44:
		return REGION_COASTAL;
	case 22: case 23: case 34: case 36: case 41: case 42: case 43:
	case 45: case 50: case 51: case 52: case 53: case 62:
		return REGION_INTERIOR;
	default:
		return REGION_MIDDLE;
	}
}

static int
township_type(const char *code)
{
	int n = (code[6] - '0') * 100 + (code[7] - '0') * 10 + (code[8] - '0');

	if (n < 100)
		return TT_STREET;
	if (n < 200)
		return TT_TOWN;
	if (n < 400)
		return TT_XIANG;
	return TT_OTHER;
}

/*
 * Split one CSV line in place into at most nf fields; quoted fields may hold
 * commas and doubled quotes.  Returns the number of fields, or -1.
 */
static int
split_csv(char *line, char **field, int nf)
{
	char *r = line, *w;
	int n = 0;

	for (;;) {
		if (n == nf)
			return -1;
		field[n++] = w = r;
		if (*r == '"') {
			r++;
			for (;;) {
				if (*r == '\0')
					return -1;
				if (*r == '"') {
					if (r[1] != '"')
						break;
					r++;
				}
				*w++ = *r++;
			}
			r++;
			if (*r != ',' && *r != '\0')
				return -1;
		} else {
			while (*r != ',' && *r != '\0')
				*w++ = *r++;
		}
		if (*r == '\0') {
			*w = '\0';
			return n;
		}
		*w = '\0';
		r++;
	}
}

static int
all_digits(const char *s, size_t len)
{
	size_t i;

	if (strlen(s) != len)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static void
load_townships(const char *path, struct townships *tw)
{
	FILE *fp;
	char line[4096], *field[16];
	int nf, col_code = -1, col_area = -1, i;
	size_t cap = 0, lineno = 0, n = 0, t, first;
	char (*area)[6] = NULL;

	if ((fp = fopen(path, "r")) == NULL) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		exit(EX_NOINPUT);
	}
	memset(tw, 0, sizeof(*tw));
	while (fgets(line, sizeof(line), fp) != NULL) {
		size_t len = strlen(line);

		lineno++;
		if (len && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len && line[len - 1] == '\r')
			line[--len] = '\0';
		if (lineno == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
			memmove(line, line + 3, len - 2);
		if (line[0] == '\0')
			continue;
		nf = split_csv(line, field, 16);
		if (nf < 0)
			goto bad;
		if (lineno == 1) {
			for (i = 0; i < nf; i++) {
				if (strcmp(field[i], "code") == 0)
					col_code = i;
				else if (strcmp(field[i], "areaCode") == 0)
					col_area = i;
			}
			if (col_code < 0 || col_area < 0) {
				fprintf(stderr, "%s: %s:1: no 'code' and "
				    "'areaCode' columns\n", prog, path);
				exit(EX_DATAERR);
			}
			continue;
		}
		if (nf <= col_code || nf <= col_area ||
		    !all_digits(field[col_code], CODE_LEN) ||
		    !all_digits(field[col_area], 6) ||
		    memcmp(field[col_code], field[col_area], 6) != 0)
			goto bad;
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			tw->code = xrealloc(tw->code, cap, sizeof(*tw->code));
			area = xrealloc(area, cap, sizeof(*area));
		}
		memcpy(tw->code[n], field[col_code], CODE_LEN);
		memcpy(area[n], field[col_area], 6);
		n++;
	}
	if (ferror(fp)) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		exit(EX_IOERR);
	}
	fclose(fp);
	if (n == 0) {
		fprintf(stderr, "%s: %s: no townships\n", prog, path);
		exit(EX_DATAERR);
	}
	if (n >= UINT32_MAX / 64) {
		fprintf(stderr, "%s: %s: too many townships\n", prog, path);
		exit(EX_DATAERR);
	}

	tw->count = n;
	tw->type = xcalloc(n, 1);
	tw->region = xcalloc(n, 1);
	tw->county_first = xcalloc(n, sizeof(uint32_t));
	tw->county_count = xcalloc(n, sizeof(uint32_t));
	tw->origin_cum = xcalloc(n, sizeof(uint32_t));
	tw->dest_cum = xcalloc(n, sizeof(uint32_t));
	tw->coastal_index = xcalloc(n, sizeof(uint32_t));
	tw->coastal_cum = xcalloc(n, sizeof(uint32_t));

	/* Counties are runs of one areaCode; the file is in code order. */
	for (first = 0; first < n; first = t) {
		for (t = first; t < n && memcmp(area[t], area[first], 6) == 0;
		    t++)
			;
		for (size_t k = first; k < t; k++) {
			tw->county_first[k] = (uint32_t)first;
			tw->county_count[k] = (uint32_t)(t - first);
		}
	}
	free(area);

	for (t = 0; t < n; t++) {
		int prov = (tw->code[t][0] - '0') * 10 + (tw->code[t][1] - '0');
		int type = township_type(tw->code[t]);
		uint32_t prev_origin = t ? tw->origin_cum[t - 1] : 0;
		uint32_t prev_dest = t ? tw->dest_cum[t - 1] : 0;

		tw->type[t] = (unsigned char)type;
		tw->region[t] = (unsigned char)region_of(prov);
		tw->origin_cum[t] = prev_origin + origin_weight[type];
		tw->dest_cum[t] = prev_dest + destination_weight[type];
		if (tw->region[t] == REGION_COASTAL ||
		    tw->region[t] == R80_JIANGSU ||
		    tw->region[t] == R80_ZHEJIANG) {
			size_t c = tw->coastal_count++;

			tw->coastal_index[c] = (uint32_t)t;
			tw->coastal_cum[c] = (c ? tw->coastal_cum[c - 1] : 0) +
			    destination_weight[type];
		}
	}
	return;
bad:
	fprintf(stderr, "%s: %s:%zu: not a township row\n", prog, path, lineno);
	exit(EX_DATAERR);
}

static uint32_t
pick_origin(const struct townships *tw)
{
	uint32_t r = rng_below(tw->origin_cum[tw->count - 1]);

	return (uint32_t)search_cum(tw->origin_cum, tw->count, r);
}

/* Another township of the same county, or the same one if it is alone. */
static uint32_t
pick_in_county(const struct townships *tw, uint32_t t)
{
	uint32_t first = tw->county_first[t], count = tw->county_count[t], k;

	if (count < 2)
		return t;
	k = first + rng_below(count - 1);
	return k >= t ? k + 1 : k;
}

/* A destination outside the county of t: mostly the coastal provinces. */
static uint32_t
pick_far(const struct townships *tw, uint32_t t)
{
	uint32_t d = t;
	int tries;

	for (tries = 0; tries < 8; tries++) {
		if (tw->coastal_count && rng_permille(COASTAL_DEST_PERMILLE)) {
			size_t n = tw->coastal_count;
			uint32_t r = rng_below(tw->coastal_cum[n - 1]);

			d = tw->coastal_index[search_cum(tw->coastal_cum, n,
			    r)];
		} else {
			uint32_t r = rng_below(tw->dest_cum[tw->count - 1]);

			d = (uint32_t)search_cum(tw->dest_cum, tw->count, r);
		}
		if (tw->county_first[d] != tw->county_first[t])
			break;
	}
	return d;
}

/* A uniform-ish draw in [lo, hi] skewed towards lo: short trips are common. */
static unsigned
skewed(unsigned lo, unsigned hi)
{
	uint64_t u = rng_below(65536);

	return lo + (unsigned)(((uint64_t)(hi - lo + 1) * u * u) >> 32);
}

static void
flush_out(void)
{
	if (outpos && fwrite(outbuf, 1, outpos, stdout) != outpos) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(errno));
		exit(EX_IOERR);
	}
	outpos = 0;
}

static void
put_char(char c)
{
	outbuf[outpos++] = c;
}

static void
put_str(const char *s)
{
	size_t len = strlen(s);

	memcpy(outbuf + outpos, s, len);
	outpos += len;
}

static void
put_uint(uint64_t v)
{
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		outbuf[outpos++] = tmp[--n];
}

/* v / 10^decimals with exactly that many decimals. */
static void
put_fixed(uint64_t v, int decimals)
{
	uint64_t scale = 1;
	int i;

	for (i = 0; i < decimals; i++)
		scale *= 10;
	put_uint(v / scale);
	if (decimals) {
		put_char('.');
		for (i = decimals - 1; i >= 0; i--) {
			uint64_t s = 1;
			int j;

			for (j = 0; j < i; j++)
				s *= 10;
			put_char((char)('0' + v / s % 10));
		}
	}
}

static void
put_code(const struct townships *tw, uint32_t t)
{
	memcpy(outbuf + outpos, tw->code[t], CODE_LEN);
	outpos += CODE_LEN;
}

static int
draw_age(void)
{
	static unsigned total;
	const struct age_group *g = period_1980s ? age_groups_1980s :
	    age_groups;
	size_t n = period_1980s ? NCHOICE(age_groups_1980s) :
	    NCHOICE(age_groups);
	unsigned r;
	size_t i;

	if (total == 0)
		for (i = 0; i < n; i++)
			total += g[i].weight;
	r = rng_below(total);
	for (i = 0; i + 1 < n; i++) {
		if (r < g[i].weight)
			break;
		r -= g[i].weight;
	}
	return g[i].lo + (int)rng_below((uint32_t)(g[i].hi - g[i].lo + 1));
}

/* The latent class of a person, from age, hukou and region. */
static int
draw_class(int age, int nonagri, int region)
{
	int cls;

	if (age < 15) {
		if (!nonagri && rng_permille(child_away_permille[region]))
			return PC_CHILD_AWAY;
		return PC_NONE;
	}
	if (age < 20 && rng_permille(700))
		return PC_NONE;			/* at school */
	if (nonagri) {
		if (age >= 65)
			return rng_permille(60) ? PC_URBAN_HOME : PC_NONE;
		if (age >= 60 && rng_permille(600))
			return PC_NONE;		/* retired */
		return pick(urban_work, NCHOICE(urban_work));
	}
	if (age >= 80)
		return PC_NONE;
	if (age >= 65)
		return rng_permille(old_farm_permille[region][age >= 75]) ?
		    PC_FARM : PC_NONE;
	cls = pick(rural_work[region], NCHOICE(rural_work[region]));
	if (age >= 55 && (cls == PC_MIGRANT || cls == PC_AWAY_FARM) &&
	    rng_permille(500))
		cls = PC_FARM;			/* older migrants come home */
	return cls;
}

/*
 * The census activity (在业, 失业, 不在业): employed with an industry;
 * of those without one, aged 16-59 and not at school, a few seeking
 * work; and a few rows with no answer (an empty activity, which
 * classify-labour reads as an absent one).  Drawn from a hash of the
 * row number, not from the generator's stream, so that every other
 * column is what it was before this column was added.
 */
#define UNEMPLOYED_PERMILLE	60
#define NA_ACTIVITY_PERMILLE	20

static const char *
activity_of(uint64_t rowno, int age, int industry)
{
	uint64_t z = rowno * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	if (z % 1000 < NA_ACTIVITY_PERMILLE)
		return "";
	if (industry != IND_NONE)
		return "employed";
	if (age >= 20 && age < 60 && (z >> 20) % 1000 < UNEMPLOYED_PERMILLE)
		return "unemployed";
	return "inactive";
}

static void
write_header(void)
{
	put_str("pid,year:int,weight:num,sex,age:int,hukou_type,"
	    "hukou_code:code,code:code,work_code:code,industry,"
	    "months_away:int,lodging,commute_km:num,activity\n");
}

static void
write_row(const struct townships *tw, uint64_t rowno, int year)
{
	uint32_t hukou, home, work = NO_TOWNSHIP, r;
	int region, sex_male, age, nonagri, cls, industry = IND_NONE;
	int months = 0, lodging = LODGE_HOME;
	long commute = -1;		/* tenths of a km, -1 for none */
	char pid[16];
	int n;

	hukou = pick_origin(tw);
	home = hukou;
	region = tw->region[hukou];
	sex_male = rng_permille(512);
	age = draw_age();
	nonagri = rng_permille((period_1980s ? nonagri_permille_1980s :
	    nonagri_permille)[tw->type[hukou]]);
	cls = draw_class(age, nonagri, region);

	switch (cls) {
	case PC_NONE:
		if (nonagri && rng_permille(120))
			home = pick_in_county(tw, hukou);
		break;
	case PC_CHILD_AWAY:
		home = pick_far(tw, hukou);
		months = pick(months_long, NCHOICE(months_long));
		lodging = pick(lodging_child_away, NCHOICE(lodging_child_away));
		break;
	case PC_FARM:
		industry = IND_AGRI;
		work = hukou;
		commute = skewed(3, 40);
		break;
	case PC_LOCAL:
		industry = pick(local_industry[region],
		    NCHOICE(local_industry[region]));
		work = hukou;
		lodging = pick(lodging_local, NCHOICE(lodging_local));
		commute = skewed(4, 80);
		break;
	case PC_SHUTTLE:
		industry = pick(shuttle_industry, NCHOICE(shuttle_industry));
		work = pick_in_county(tw, hukou);
		if (rng_permille(600)) {
			lodging = pick(lodging_shuttle_daily,
			    NCHOICE(lodging_shuttle_daily));
		} else {
			months = 1 + (int)rng_below(5);
			lodging = pick(lodging_shuttle_weekly,
			    NCHOICE(lodging_shuttle_weekly));
		}
		if ((lodging == LODGE_DORM || lodging == LODGE_RENTED) &&
		    rng_permille(300))
			home = work;
		commute = skewed(30, 250);
		break;
	case PC_MIGRANT:
		industry = pick(migrant_industry, NCHOICE(migrant_industry));
		home = pick_far(tw, hukou);
		work = rng_permille(750) ? home : pick_in_county(tw, home);
		months = pick(months_long, NCHOICE(months_long));
		lodging = pick(lodging_migrant, NCHOICE(lodging_migrant));
		commute = lodging == LODGE_DORM ? skewed(1, 20) :
		    skewed(4, 150);
		break;
	case PC_AWAY_FARM:
		industry = IND_AGRI;
		home = pick_far(tw, hukou);
		work = home;
		months = pick(months_long, NCHOICE(months_long));
		lodging = pick(lodging_away_farm, NCHOICE(lodging_away_farm));
		commute = skewed(3, 50);
		break;
	case PC_URBAN_HOME:
		industry = age >= 65 ? IND_SERVICES :
		    pick(urban_industry, NCHOICE(urban_industry));
		work = hukou;
		if (rng_permille(120))
			home = pick_in_county(tw, hukou);
		commute = skewed(5, 120);
		break;
	case PC_URBAN_COUNTY:
		industry = pick(urban_industry, NCHOICE(urban_industry));
		work = pick_in_county(tw, hukou);
		if (rng_permille(120))
			home = work;
		lodging = pick(lodging_urban_county,
		    NCHOICE(lodging_urban_county));
		commute = skewed(30, 250);
		break;
	case PC_URBAN_AWAY:
		industry = pick(urban_industry, NCHOICE(urban_industry));
		home = pick_far(tw, hukou);
		work = home;
		months = pick(months_long, NCHOICE(months_long));
		lodging = pick(lodging_urban_away, NCHOICE(lodging_urban_away));
		commute = skewed(5, 150);
		break;
	}
	/* Few women on building sites: most of them are in services. */
	if (industry == IND_CONSTRUCTION && !sex_male && rng_permille(800))
		industry = IND_SERVICES;

	/* Missing answers. */
	if (work != NO_TOWNSHIP && rng_permille(NA_WORK_CODE_PERMILLE))
		work = NO_TOWNSHIP;
	if (commute >= 0 && rng_permille(NA_COMMUTE_PERMILLE))
		commute = -1;
	if (rng_permille(NA_LODGING_PERMILLE))
		lodging = LODGE_NA;

	/* pid, zero-padded to nine digits. */
	n = 0;
	pid[n++] = 'P';
	{
		char tmp[24];
		int k = 0;
		uint64_t v = rowno;

		do {
			tmp[k++] = (char)('0' + v % 10);
			v /= 10;
		} while (v);
		while (k < 9)
			tmp[k++] = '0';
		while (k)
			pid[n++] = tmp[--k];
	}
	memcpy(outbuf + outpos, pid, (size_t)n);
	outpos += (size_t)n;
	put_char(',');
	put_uint((uint64_t)year);
	put_char(',');

	/* Weight: a 1% sample, so about 100; some are calibrated. */
	r = rng_below(1000);
	if (r < 700)
		put_str("100");
	else if (r < 900)
		put_fixed(950 + rng_below(101), 1);
	else
		put_fixed(9000 + rng_below(2001), 2);
	put_char(',');
	put_char(sex_male ? 'm' : 'f');
	put_char(',');
	put_uint((uint64_t)age);
	put_char(',');
	put_str(nonagri ? "nonagri" : "agri");
	put_char(',');
	put_code(tw, hukou);
	put_char(',');
	put_code(tw, home);
	put_char(',');
	if (work != NO_TOWNSHIP)
		put_code(tw, work);
	put_char(',');
	put_str(industry_name[industry]);
	put_char(',');
	put_uint((uint64_t)months);
	put_char(',');
	put_str(lodging_name[lodging]);
	put_char(',');
	if (commute >= 0)
		put_fixed((uint64_t)commute, 1);
	put_char(',');
	put_str(activity_of(rowno, age, industry));
	put_char('\n');
}

static unsigned long long
parse_number(const char *s, const char *what, unsigned long long max)
{
	char *end;
	unsigned long long v;

	errno = 0;
	if (*s < '0' || *s > '9')
		goto bad;
	v = strtoull(s, &end, 10);
	if (errno || *end != '\0' || v > max)
		goto bad;
	return v;
bad:
	fprintf(stderr, "%s: bad %s: %s\n", prog, what, s);
	exit(EX_USAGE);
}

int
main(int argc, char *argv[])
{
	struct townships tw;
	unsigned long long rows = 1000, seed = 1, i;
	int year = 2020, c;

	while ((c = getopt(argc, argv, "n:s:y:")) != -1) {
		switch (c) {
		case 'n':
			rows = parse_number(optarg, "row count",
			    999999999999ULL);
			break;
		case 's':
			seed = parse_number(optarg, "seed", ULLONG_MAX);
			break;
		case 'y':
			year = (int)parse_number(optarg, "year", 9999);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		usage();

	period_1980s = year < 1990;
	load_townships(argv[0], &tw);
	rng_state = seed;

	write_header();
	for (i = 1; i <= rows; i++) {
		write_row(&tw, i, year);
		if (outpos > OUTBUF_SIZE - ROW_MAX)
			flush_out();
	}
	flush_out();
	free(tw.code);
	free(tw.type);
	free(tw.region);
	free(tw.county_first);
	free(tw.county_count);
	free(tw.origin_cum);
	free(tw.dest_cum);
	free(tw.coastal_index);
	free(tw.coastal_cum);
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(errno));
		exit(EX_IOERR);
	}
	return 0;
}
