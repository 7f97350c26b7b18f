/*
 * gen-panel: write a synthetic township-year panel as typed CSV on stdout.
 *
 * Usage: gen-panel [-n ROWS] [-s SEED] [-y FIRST_YEAR] [-Y YEARS] STREETS_CSV
 *
 * One row per township and year, over the real 9-digit township codes and
 * names of STREETS_CSV (sample-data/divisions/streets.csv), in file order:
 * YEARS consecutive years per township (code-major, years ascending) until
 * ROWS rows are written.  When the townships run out before ROWS, the file
 * is walked again with the next YEARS years, each township's series carrying
 * on where it stopped, so (code, year) stays unique.
 *
 * The columns are what a county yearbook's township table gives and what
 * commute-check and absorb read: area, towns, villages, population, the
 * rural labour force and how much of it farms or has left, farmland,
 * enterprises and industrial output.  Coastal townships (Jiangsu, Zhejiang,
 * Guangdong ...) leave farming faster and draw outside workers; interior
 * ones send migrants away.
 *
 * The tests run it at a few thousand rows; `make bench` writes it at scale
 * to time the region-year filters.  Each township's series is a function of
 * the seed, its place in the file and the year only: the generator has its
 * own PRNG (splitmix64) and uses integer arithmetic only, so every machine
 * writes the same bytes, and a shorter run is a prefix of a longer.
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
#define NAME_MAX_LEN	1024
#define ROW_MAX		(2 * NAME_MAX_LEN + 512)
#define PPM		1000000

static const char *prog = "gen-panel";

/* Township types, from digits 7-9 of the code (GB/T 10114). */
enum township_type { TT_STREET, TT_TOWN, TT_XIANG, TT_OTHER, TT_COUNT };

/* Provinces by their place in the labour market; SPARSE are the big ones. */
enum region { REGION_MIDDLE, REGION_COASTAL, REGION_INTERIOR, REGION_SPARSE,
	REGION_COUNT };

struct range {
	int64_t	lo, hi;
};

/*
 * Per township type: area in hundredths of km², hukou population in
 * persons, share of residents living in the town (ppm), farmland per rural
 * person (hundredths of ha), share of rural labour farming above the 0.3
 * it tends to in the first year (ppm), chance (per mille) of a town.
 */
static const struct {
	struct range	area;
	struct range	pop;
	struct range	town_share;
	struct range	farmland_per_person;
	struct range	farm_excess;	/* farm share above 0.3, ppm */
	int		towns_permille;	/* chance of towns = 1 */
} type_table[TT_COUNT] = {
	[TT_STREET] = { { 2000, 6000 }, { 30000, 120000 }, { 600000, 900000 },
		{ 2, 4 }, { 100000, 250000 }, 300 },
	[TT_TOWN] = { { 4000, 20000 }, { 20000, 90000 }, { 150000, 350000 },
		{ 6, 12 }, { 300000, 500000 }, 1000 },
	[TT_XIANG] = { { 6000, 30000 }, { 10000, 40000 }, { 30000, 100000 },
		{ 6, 12 }, { 350000, 500000 }, 100 },
	[TT_OTHER] = { { 3000, 30000 }, { 10000, 50000 }, { 200000, 500000 },
		{ 4, 12 }, { 200000, 450000 }, 500 }
};

/*
 * Per region: villages per 100 km² (hundredths), yearly growth of hukou
 * population (ppm), yearly change of the resident/hukou ratio (ppm), yearly
 * fall of the excess farm share (ppm), migrant share at the start and its
 * yearly rise (ppm), inflow share at the start and its yearly rise (ppm),
 * enterprises per million persons, output per resident (yuan).
 */
static const struct {
	struct range	village_density;
	int64_t		pop_growth;
	int64_t		resident_step;
	int64_t		farm_decay;
	struct range	migrant_share;
	int64_t		migrant_step;
	struct range	inflow_share;
	int64_t		inflow_step;
	struct range	enterprise_rate;
	struct range	output_per_person;
} region_table[REGION_COUNT] = {
	[REGION_MIDDLE] = { { 800, 1800 }, 3000, -3000, 60000,
		{ 80000, 120000 }, 6000, { 10000, 60000 }, 1000,
		{ 1000, 3000 }, { 5000, 15000 } },
	[REGION_COASTAL] = { { 1200, 2500 }, 8000, 8000, 100000,
		{ 20000, 60000 }, 1000, { 100000, 500000 }, 15000,
		{ 3000, 8000 }, { 20000, 60000 } },
	[REGION_INTERIOR] = { { 600, 1500 }, -2000, -8000, 40000,
		{ 120000, 180000 }, 9000, { 0, 20000 }, 500,
		{ 300, 1500 }, { 1000, 5000 } },
	[REGION_SPARSE] = { { 300, 800 }, -3000, -6000, 50000,
		{ 60000, 120000 }, 7000, { 0, 20000 }, 500,
		{ 300, 1500 }, { 2000, 8000 } }
};

/* Jiangsu, the densest: Wujin has a village every half kilometre. */
static const struct range jiangsu_village_density = { 2000, 3500 };

/* Missing values, per mille of rows, in each optional column. */
#define NA_PERMILLE	10

struct township {
	char		code[CODE_LEN];
	unsigned char	type;
	unsigned char	region;
	size_t		name_off;	/* into names, already CSV-escaped */
	size_t		name_len;
};

/* A township's series: the constants and the state of the current year. */
struct series {
	int64_t	area;			/* hundredths of km² */
	int	towns;
	int	villages;
	int64_t	pop_total;		/* persons (hukou) */
	int64_t	pop_growth;		/* ppm per year */
	int64_t	resident_ratio;		/* residents / hukou, ppm */
	int64_t	resident_step;		/* ppm per year */
	int64_t	resident_floor, resident_ceil;
	int64_t	town_share;		/* pop_town / residents, ppm */
	int64_t	town_growth;		/* logistic rate, ppm per year */
	int64_t	labour_ratio;		/* labour_rural / pop_rural, ppm */
	int64_t	farm_excess;		/* farm share above 0.3, ppm */
	int64_t	farm_decay;		/* ppm per year */
	int64_t	migrant_share, migrant_step;	/* ppm */
	int64_t	inflow_share, inflow_step;	/* ppm */
	int64_t	farmland;		/* hundredths of ha */
	int64_t	farmland_cap;
	int64_t	enterprises;		/* thousandths */
	int64_t	enterprise_growth;	/* ppm per year */
	int64_t	output;			/* thousands of yuan */
	int64_t	output_growth;		/* ppm per year */
};

/* One year's draws that do not carry over into the next year. */
struct noise {
	int64_t	labour, farm;		/* ppm */
	int	na_farmland, na_inflow, na_output;
};

struct rng {
	uint64_t	state;
};

static char outbuf[OUTBUF_SIZE];
static size_t outpos;

static void
usage(void)
{
	fprintf(stderr, "usage: %s [-n rows] [-s seed] [-y first_year] "
	    "[-Y years] streets.csv\n", prog);
	exit(EX_USAGE);
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
rng_next(struct rng *r)
{
	uint64_t z = (r->state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A generator for (seed, township, year offset), independent of the rest. */
static void
rng_init(struct rng *r, uint64_t seed, uint64_t township, uint64_t offset)
{
	r->state = seed;
	r->state = rng_next(r) ^ (township * 0xd1b54a32d192ed03ULL);
	r->state = rng_next(r) ^ (offset * 0x8cb92ba72f3d8dd7ULL);
	(void)rng_next(r);
}

/* A uniform integer in [0, n), n < 2^32 (Lemire's multiply-shift). */
static uint32_t
rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int64_t
rng_range(struct rng *r, struct range rg)
{
	return rg.lo + (int64_t)rng_below(r, (uint32_t)(rg.hi - rg.lo + 1));
}

/* A uniform integer in [-spread, spread]. */
static int64_t
rng_jitter(struct rng *r, int64_t spread)
{
	return (int64_t)rng_below(r, (uint32_t)(2 * spread + 1)) - spread;
}

static int
rng_permille(struct rng *r, unsigned permille)
{
	return rng_below(r, 1000) < permille;
}

/* x × ppm / 10⁶, rounded half up; x and ppm are small enough not to wrap. */
static int64_t
mul_ppm(int64_t x, int64_t ppm)
{
	int64_t p = x * ppm;

	return p >= 0 ? (p + PPM / 2) / PPM : -((-p + PPM / 2) / PPM);
}

static int64_t
clamp(int64_t v, int64_t lo, int64_t hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static int
region_of(int province)
{
	switch (province) {
	case 11: case 12: case 31: case 32: case 33: case 35: case 44:
		return REGION_COASTAL;
	case 15: case 22: case 23: case 54: case 63: case 65:
		return REGION_SPARSE;
	case 34: case 36: case 41: case 42: case 43: case 45: case 50:
	case 51: case 52: case 53: case 62:
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

/* Append name to the pool, CSV-quoted only if it needs it. */
static size_t
add_name(char **pool, size_t *len, size_t *cap, const char *name)
{
	size_t need = 2 * strlen(name) + 3, start = *len;
	int quote = strpbrk(name, ",\"\r\n") != NULL;
	const char *s;

	while (*len + need > *cap) {
		*cap = *cap ? *cap * 2 : 1 << 20;
		*pool = xrealloc(*pool, *cap, 1);
	}
	if (quote)
		(*pool)[(*len)++] = '"';
	for (s = name; *s; s++) {
		if (*s == '"')
			(*pool)[(*len)++] = '"';
		(*pool)[(*len)++] = *s;
	}
	if (quote)
		(*pool)[(*len)++] = '"';
	return *len - start;
}

static struct township *
load_townships(const char *path, size_t *count, char **names)
{
	FILE *fp;
	char line[4096], *field[16];
	int nf, col_code = -1, col_name = -1, i;
	size_t cap = 0, lineno = 0, n = 0, pool_len = 0, pool_cap = 0;
	struct township *tw = NULL;

	if ((fp = fopen(path, "r")) == NULL) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		exit(EX_NOINPUT);
	}
	*names = NULL;
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
				else if (strcmp(field[i], "name") == 0)
					col_name = i;
			}
			if (col_code < 0 || col_name < 0) {
				fprintf(stderr, "%s: %s:1: no 'code' and "
				    "'name' columns\n", prog, path);
				exit(EX_DATAERR);
			}
			continue;
		}
		if (nf <= col_code || nf <= col_name ||
		    !all_digits(field[col_code], CODE_LEN) ||
		    strlen(field[col_name]) > NAME_MAX_LEN)
			goto bad;
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			tw = xrealloc(tw, cap, sizeof(*tw));
		}
		memcpy(tw[n].code, field[col_code], CODE_LEN);
		tw[n].type = (unsigned char)township_type(field[col_code]);
		tw[n].region = (unsigned char)region_of(
		    (field[col_code][0] - '0') * 10 + (field[col_code][1] - '0'));
		tw[n].name_off = pool_len;
		tw[n].name_len = add_name(names, &pool_len, &pool_cap,
		    field[col_name]);
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
	*count = n;
	return tw;
bad:
	fprintf(stderr, "%s: %s:%zu: not a township row\n", prog, path, lineno);
	exit(EX_DATAERR);
}

/* The first year of township number index. */
static void
series_init(struct series *s, const struct township *t, uint64_t seed,
    uint64_t index)
{
	struct rng r;
	int type = t->type, region = t->region;
	int64_t resident, rural, village_density;

	rng_init(&r, seed, index, UINT64_MAX);

	s->area = rng_range(&r, type_table[type].area);
	if (region == REGION_SPARSE)
		s->area = clamp(s->area * 3 / 2, 2000, 30000);
	s->towns = rng_permille(&r, (unsigned)type_table[type].towns_permille);
	village_density = memcmp(t->code, "32", 2) == 0 ?
	    rng_range(&r, jiangsu_village_density) :
	    rng_range(&r, region_table[region].village_density);
	s->villages = (int)clamp(s->area * village_density / 1000000, 5,
	    type == TT_STREET ? 15 : 60);

	s->pop_total = rng_range(&r, type_table[type].pop);
	s->pop_growth = region_table[region].pop_growth;
	if (region == REGION_COASTAL) {
		s->resident_ratio = 1000000 + rng_below(&r, 100001);
		s->resident_floor = 1000000;
		s->resident_ceil = 1600000;
	} else {
		s->resident_ratio = 950000 + rng_below(&r, 50001);
		s->resident_floor = 600000;
		s->resident_ceil = 1050000;
	}
	s->resident_step = region_table[region].resident_step;
	resident = mul_ppm(s->pop_total, s->resident_ratio);
	s->town_share = rng_range(&r, type_table[type].town_share);
	s->town_growth = 30000 + rng_below(&r, 30001);

	s->labour_ratio = 500000 + rng_below(&r, 100001);
	s->farm_excess = rng_range(&r, type_table[type].farm_excess);
	s->farm_decay = region_table[region].farm_decay;
	s->migrant_share = rng_range(&r, region_table[region].migrant_share);
	s->migrant_step = region_table[region].migrant_step;
	s->inflow_share = rng_range(&r, region_table[region].inflow_share);
	s->inflow_step = region_table[region].inflow_step;
	if (type == TT_STREET)
		s->inflow_share *= 2;

	/* Farmland: at most 70% of the area (1 km² = 100 ha). */
	rural = resident - mul_ppm(resident, s->town_share);
	s->farmland_cap = s->area * 70;
	s->farmland = clamp(rural * rng_range(&r,
	    type_table[type].farmland_per_person) + rng_below(&r, 100), 100,
	    s->farmland_cap);

	s->enterprises = s->pop_total *
	    rng_range(&r, region_table[region].enterprise_rate) / 1000;
	s->enterprise_growth = 30000 + rng_below(&r, 30001);
	s->output = resident *
	    rng_range(&r, region_table[region].output_per_person) / 1000;
	if (type == TT_STREET)
		s->output = s->output * 3 / 2;
	s->output_growth = 80000 + rng_below(&r, 40001);
}

/* On to the next year; r draws the year's shocks. */
static void
series_step(struct series *s, struct rng *r)
{
	s->pop_total = mul_ppm(s->pop_total, PPM + s->pop_growth +
	    rng_jitter(r, 3000));
	s->resident_ratio = clamp(s->resident_ratio + s->resident_step +
	    rng_jitter(r, 3000), s->resident_floor, s->resident_ceil);
	/*
	 * The town's share of residents grows logistically: a few per cent a
	 * year where it is small, slower as the township fills up.
	 */
	s->town_share = clamp(s->town_share + mul_ppm(mul_ppm(s->town_share,
	    s->town_growth + rng_jitter(r, 10000)), PPM - s->town_share),
	    0, 950000);

	/* Villages merged now and then (the 2000s reforms). */
	if (rng_permille(r, 30) && s->villages > 5)
		s->villages -= 1 + (int)rng_below(r,
		    (uint32_t)(s->villages - 5 < 3 ? s->villages - 5 : 3));

	s->farm_excess = mul_ppm(s->farm_excess, PPM - s->farm_decay);
	s->migrant_share = clamp(s->migrant_share + s->migrant_step +
	    rng_jitter(r, 3000), 0, 450000);
	s->inflow_share = clamp(s->inflow_share + s->inflow_step +
	    rng_jitter(r, 3000), 0, 1500000);
	s->farmland = clamp(mul_ppm(s->farmland, PPM - 4000 +
	    rng_jitter(r, 2000)), 100, s->farmland_cap);

	/* Growth stops at absurd sizes, which only very long runs reach. */
	if (s->enterprises < 1000000000000LL)
		s->enterprises = mul_ppm(s->enterprises, PPM +
		    s->enterprise_growth + rng_jitter(r, 20000));
	if (s->output < 1000000000000LL)
		s->output = mul_ppm(s->output, PPM + s->output_growth +
		    rng_jitter(r, 30000));
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
put_mem(const char *s, size_t len)
{
	memcpy(outbuf + outpos, s, len);
	outpos += len;
}

static void
put_int(int64_t v)
{
	char tmp[24];
	uint64_t u;
	int n = 0;

	if (v < 0) {
		put_char('-');
		u = (uint64_t)0 - (uint64_t)v;
	} else
		u = (uint64_t)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (n)
		outbuf[outpos++] = tmp[--n];
}

/* v / 100 with two decimals, v ≥ 0. */
static void
put_cents(int64_t v)
{
	put_int(v / 100);
	put_char('.');
	put_char((char)('0' + v / 10 % 10));
	put_char((char)('0' + v % 10));
}

static void
write_header(void)
{
	static const char header[] = "code:code,name,year:int,area_km2:num,"
	    "towns:int,villages:int,pop_total:num,pop_resident:num,"
	    "pop_rural:num,pop_town:num,labour_rural:num,labour_farm:num,"
	    "labour_migrant:num,labour_inflow:num,farmland_ha:num,"
	    "enterprises:int,output_industry:num\n";

	put_mem(header, sizeof(header) - 1);
}

static void
write_row(const struct township *t, const char *names,
    const struct series *s, const struct noise *z, long year)
{
	int64_t resident, rural, town, labour, farm_share, farm, migrant;

	resident = mul_ppm(s->pop_total, s->resident_ratio);
	town = mul_ppm(resident, s->town_share);
	rural = resident - town;
	labour = mul_ppm(rural, s->labour_ratio + z->labour);
	farm_share = 300000 + s->farm_excess + z->farm;
	farm = mul_ppm(labour, farm_share);
	migrant = mul_ppm(labour, s->migrant_share < PPM - farm_share - 50000 ?
	    s->migrant_share : PPM - farm_share - 50000);

	put_mem(t->code, CODE_LEN);
	put_char(',');
	put_mem(names + t->name_off, t->name_len);
	put_char(',');
	put_int(year);
	put_char(',');
	put_cents(s->area);
	put_char(',');
	put_int(s->towns);
	put_char(',');
	put_int(s->villages);
	put_char(',');
	put_int(s->pop_total);
	put_char(',');
	put_int(resident);
	put_char(',');
	put_int(rural);
	put_char(',');
	put_int(town);
	put_char(',');
	put_int(labour);
	put_char(',');
	put_int(farm);
	put_char(',');
	put_int(migrant);
	put_char(',');
	if (!z->na_inflow)
		put_int(mul_ppm(labour, s->inflow_share));
	put_char(',');
	if (!z->na_farmland)
		put_cents(s->farmland);
	put_char(',');
	put_int(s->enterprises / 1000);
	put_char(',');
	if (!z->na_output) {
		/* Yearbooks give 万元 with one decimal: whole thousands. */
		put_int(s->output);
		put_mem("000", 3);
	}
	put_char('\n');
}

static unsigned long long
parse_number(const char *s, const char *what, unsigned long long min,
    unsigned long long max)
{
	char *end;
	unsigned long long v;

	errno = 0;
	if (*s < '0' || *s > '9')
		goto bad;
	v = strtoull(s, &end, 10);
	if (errno || *end != '\0' || v < min || v > max)
		goto bad;
	return v;
bad:
	fprintf(stderr, "%s: bad %s: %s\n", prog, what, s);
	exit(EX_USAGE);
}

int
main(int argc, char *argv[])
{
	struct township *tw;
	struct series s;
	struct noise z;
	struct rng r;
	char *names;
	size_t count, t;
	unsigned long long rows = 1000, seed = 1, written = 0, pass, y;
	long first_year = 1999, years = 25;
	int c;

	while ((c = getopt(argc, argv, "n:s:Y:y:")) != -1) {
		switch (c) {
		case 'n':
			rows = parse_number(optarg, "row count", 0,
			    999999999999ULL);
			break;
		case 's':
			seed = parse_number(optarg, "seed", 0, ULLONG_MAX);
			break;
		case 'Y':
			years = (long)parse_number(optarg, "year count", 1,
			    1000);
			break;
		case 'y':
			first_year = (long)parse_number(optarg, "first year",
			    0, 9999);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 1)
		usage();

	tw = load_townships(argv[0], &count, &names);

	write_header();
	for (pass = 0; written < rows; pass++) {
		for (t = 0; t < count && written < rows; t++) {
			series_init(&s, &tw[t], seed, t);
			for (y = 0; written < rows &&
			    y < (pass + 1) * (unsigned long long)years; y++) {
				rng_init(&r, seed, t, y);
				if (y > 0)
					series_step(&s, &r);
				if (y < pass * (unsigned long long)years)
					continue;
				z.labour = rng_jitter(&r, 20000);
				z.farm = rng_jitter(&r, 15000);
				z.na_farmland = rng_permille(&r, NA_PERMILLE);
				z.na_inflow = rng_permille(&r, NA_PERMILLE);
				z.na_output = rng_permille(&r, NA_PERMILLE);
				write_row(&tw[t], names, &s, &z,
				    first_year + (long)y);
				written++;
				if (outpos > OUTBUF_SIZE - ROW_MAX)
					flush_out();
			}
		}
	}
	flush_out();
	free(tw);
	free(names);
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", prog, strerror(errno));
		exit(EX_IOERR);
	}
	return 0;
}
