/*
 * match.c - the rules that give a region name of a row its division
 * code (parse-census(1), DIVISION CODES; docs/design.md, section 4):
 *
 * - a total is the parent when its word names the parent's level
 *   (全县, 全省合计); 合计 or 总计 alone is the sum of the rows, which
 *   need not be the whole parent (温州市各县（市）: no city districts),
 *   and gets no code;
 * - a province, prefecture or county is a record of the history in use
 *   in the row's year under the parent (or the parent itself); failing
 *   that, in the year after (a yearbook gives the names of its edition)
 *   and then the year before; its code then is followed to today's
 *   (a wide table's row names one division through its years: lineage.c);
 * - a township is in today's list under the parent's code today and
 *   the codes that took part of its territory since: the name as it
 *   is, then with the 1980s changes of ending 乡 → 镇, 乡 → 街道,
 *   镇 → 街道; of two candidates a rural 乡 prefers a 镇 or 乡 to a 街道,
 *   when that leaves one; a township that is a county-level unit today
 *   (龙港镇, 龙港市 330383) gets that unit's code.
 *
 * Two candidates are never chosen between: the code stays empty and the
 * candidates are listed.
 */
#include <stdio.h>
#include <string.h>

#include "divisions.h"

#define MAXCAND 8

/* The totals, and the levels each may stand for (bits of lt_level);
 * 0: the sum of the table's rows, no level named. */
#define L(x) (1 << LT_LEVEL_##x)
static const struct {
	const char *word;
	int levels;
} totals[] = {
	{ "合计", 0 }, { "总计", 0 }, { "总体", 0 }, { "全部", 0 },
	{ "全县", L(COUNTY) }, { "全旗", L(COUNTY) },
	{ "全区", L(COUNTY) | L(PREFECTURE) | L(PROVINCE) },
	{ "全市", L(COUNTY) | L(PREFECTURE) | L(PROVINCE) },
	{ "全地区", L(PREFECTURE) }, { "全盟", L(PREFECTURE) },
	{ "全州", L(PREFECTURE) }, { "全省", L(PROVINCE) },
	{ "全自治区", L(PROVINCE) },
};
#undef L

static const char *const town_ends[] = { "街道办事处", "街道", "镇", "乡",
	NULL };

int
pc_div_total(const char *name, size_t len, int *levels)
{
	size_t i, n;

	for (i = 0; i < sizeof(totals) / sizeof(totals[0]); i++)
		if (strlen(totals[i].word) == len &&
		    memcmp(totals[i].word, name, len) == 0) {
			*levels = totals[i].levels;
			return 1;
		}
	n = strlen("合计");
	if (len > n && (memcmp(name + len - n, "合计", n) == 0 ||
	    memcmp(name + len - n, "总计", n) == 0) &&
	    pc_div_total(name, len - n, levels) && *levels != 0)
		return 1;
	return 0;
}

size_t
pc_town_base(const char *name, size_t len, const char **end)
{
	size_t i, n;

	for (i = 0; town_ends[i]; i++) {
		n = strlen(town_ends[i]);
		if (len > n && memcmp(name + len - n, town_ends[i], n) == 0) {
			*end = town_ends[i];
			return len - n;
		}
	}
	*end = "";
	return len;
}

static void
list_codes(struct pc_match *m, const char *const *codes, size_t n)
{
	size_t i, o = 0;

	m->successors[0] = '\0';
	for (i = 0; i < n && i < MAXCAND; i++) {
		size_t k = strlen(codes[i]);

		if (o + k + 2 >= sizeof(m->successors))
			break;
		if (o > 0)
			m->successors[o++] = ';';
		memcpy(m->successors + o, codes[i], k + 1);
		o += k;
	}
}

void
pc_div_follow(struct pc_div *d, const struct lt_hrec *r, int year,
    struct pc_match *m)
{
	struct lt_hfollow f;
	const char *succ[MAXCAND];
	size_t i, n = 0;

	lt_hist_follow(pc_div_hist(d), r, year, &f);
	m->boundary = f.boundary;
	if (f.today) {
		strcpy(m->code, f.today->code);
		if (strcmp(f.today->code, r->code) != 0)
			strcpy(m->then, r->code);
		m->status = PC_M_OK;
		return;
	}
	strcpy(m->then, r->code);
	for (i = 0; i < f.stuck->nsucc && n < MAXCAND; i++)
		succ[n++] = f.stuck->succ[i].code;
	list_codes(m, succ, n);
	m->status = PC_M_LOST;
}

/* A name without its ending, as yearbooks write prefectures (南京 for
 * 南京市): the divisions of the year whose name is it and an ending. */
static size_t
bare_named(struct lt_hist *h, const char *name, size_t len, int year,
    const char *prefix, const struct lt_hrec **r)
{
	static const char *const ends[] = { "省", "自治区", "市", "县", "区",
		"旗", "地区", "盟", "自治州", "自治县", "自治旗", NULL };
	char alt[300];
	size_t n = 0, i, k;

	if (len + 16 > sizeof(alt))
		return 0;
	memcpy(alt, name, len);
	for (i = 0; ends[i]; i++) {
		k = strlen(ends[i]);
		memcpy(alt + len, ends[i], k);
		n += lt_hist_named(h, alt, len + k, year, prefix,
		    n < MAXCAND ? r + n : r, n < MAXCAND ? MAXCAND - n : 0);
	}
	return n;
}

/* A county-level city the province's code list held directly (张家港市
 * 329004, 1986-1995) though a prefecture administered it: found under
 * that prefecture when its code today is under the prefecture's.  The
 * records of the name in the province's 90 block, in *r; their count. */
static size_t
direct_under(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, int year, const struct lt_hrec **r)
{
	struct lt_hist *h = pc_div_hist(d);
	struct lt_hfollow f;
	char direct[8];
	size_t n, i, j, kept = 0;

	if (!p || p->level != LT_LEVEL_PREFECTURE || strlen(p->code) < 2)
		return 0;
	snprintf(direct, sizeof(direct), "%.2s90", p->code);
	n = lt_hist_named(h, name, len, year, direct, r, MAXCAND);
	for (i = 0; i < n && i < MAXCAND; i++) {
		lt_hist_follow(h, r[i], year, &f);
		for (j = 0; f.today && j < p->nprefix; j++)
			if (strncmp(f.today->code, p->prefix[j],
			    strlen(p->prefix[j])) == 0) {
				r[kept++] = r[i];
				break;
			}
	}
	return kept;
}

/* The history's divisions of the name under the parent in the year,
 * then in the year after and the year before; 0 when none. */
static int
match_history(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, int year, struct pc_match *m)
{
	static const int tries[] = { 0, 1, -1 };
	const struct lt_hrec *r[MAXCAND], *now;
	struct lt_hist *h = pc_div_hist(d);
	const char *codes[MAXCAND];
	size_t n = 0, i, k;

	if (!h)
		return 0;
	for (k = 0; k < 3 && n == 0; k++) {
		if (k > 0 && year == LT_HIST_TODAY)
			break;
		n = lt_hist_named(h, name, len, year + tries[k], p ? p->code : "",
		    r, MAXCAND);
		if (n == 0)
			n = direct_under(d, p, name, len, year + tries[k], r);
		if (n > 0 && k > 0)
			m->window = year + tries[k];
	}
	if (n == 0 && lt_name_stem(name, len) == len)
		n = bare_named(h, name, len, year, p ? p->code : "", r);
	if (n == 0)
		return 0;
	if (n > 1 && n <= MAXCAND)
		n = pc_one_division(h, r, n);
	if (n > 1) {
		for (i = 0; i < n && i < MAXCAND; i++)
			codes[i] = r[i]->code;
		list_codes(m, codes, n);
		m->status = PC_M_AMBIGUOUS;
		return 1;
	}
	if (m->window) {
		/* The division of the name in the year beside, with its
		 * code of the row's year; none when it was no one division
		 * then (a merger, a split). */
		strcpy(m->wcode, r[0]->code);
		if ((now = lt_hist_then(h, r[0], year)) == NULL) {
			m->status = PC_M_NONE;
			return 1;
		}
		pc_div_follow(d, now, year, m);
		return 1;
	}
	/* In its year of change, a name with a new code is of the later
	 * (常熟市 in 1986: 329003, whatever the parent's list). */
	if (r[0]->to == year && (now = lt_hist_then(h, r[0], year + 1)) &&
	    now->from <= year && strcmp(now->name, r[0]->name) == 0)
		r[0] = now;
	pc_div_follow(d, r[0], year, m);
	return 1;
}

/* Today's divisions named name under the parent's prefixes. */
static size_t
named_today(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, const char **out, size_t n)
{
	struct lt_divlist *l = pc_div_today(d);
	size_t i;

	if (!p)
		return n + lt_divlist_named(l, name, len, "", out + n,
		    MAXCAND - n);
	for (i = 0; i < p->nprefix && n < MAXCAND; i++)
		n += lt_divlist_named(l, name, len, p->prefix[i], out + n,
		    MAXCAND - n);
	return n;
}

/* The endings a township of the 1980s may have today. */
static const char *const *
later_ends(const char *end)
{
	static const char *const from_xiang[] = { "镇", "街道", NULL };
	static const char *const from_zhen[] = { "街道", NULL };
	static const char *const from_office[] = { "街道", NULL };
	static const char *const from_none[] = { "镇", "乡", "街道", NULL };
	static const char *const none[] = { NULL };

	if (strcmp(end, "乡") == 0)
		return from_xiang;
	if (strcmp(end, "镇") == 0)
		return from_zhen;
	if (strcmp(end, "街道办事处") == 0)
		return from_office;
	return *end ? none : from_none;
}

/* Township candidates: the name, else its later endings. */
static size_t
town_candidates(struct pc_div *d, const struct pc_parent *p,
    const char *name, size_t len, const char **out, int *other_end)
{
	const char *const *later, *end;
	char alt[300];
	size_t n, base = pc_town_base(name, len, &end), i, k;

	*other_end = 0;
	if ((n = named_today(d, p, name, len, out, 0)) > 0 ||
	    base + 16 > sizeof(alt))
		return n;
	*other_end = 1;
	memcpy(alt, name, base);
	later = later_ends(end);
	for (i = 0; later[i]; i++) {
		k = strlen(later[i]);
		memcpy(alt + base, later[i], k);
		n = named_today(d, p, alt, base + k, out, n);
	}
	if (n > 1 && strcmp(end, "乡") == 0) {
		/* A rural 乡 went on as a 镇 rather than a 街道. */
		size_t kept = 0;

		for (i = 0; i < n && i < MAXCAND; i++)
			if (lt_code_level(out[i], strlen(out[i])) !=
			    LT_LEVEL_TOWNSHIP || out[i][6] != '0')
				out[kept++] = out[i];
		if (kept == 1)
			n = 1;
	}
	return n;
}

/* A township name that is a county-level unit of the parent today. */
static int
town_county(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, struct pc_match *m)
{
	const char *end;
	size_t base = pc_town_base(name, len, &end), i;
	struct lt_hist *h = pc_div_hist(d);

	if (!p || !h || !*end)
		return 0;
	for (i = 0; i < p->nprefix; i++) {
		const struct lt_hrec *r = lt_hist_code(h, p->prefix[i],
		    strlen(p->prefix[i]), LT_HIST_TODAY);

		if (r && r->level == LT_LEVEL_COUNTY &&
		    lt_name_stem(r->name, strlen(r->name)) == base &&
		    memcmp(r->name, name, base) == 0) {
			strcpy(m->code, r->code);
			m->town_county = 1;
			m->status = PC_M_OK;
			return 1;
		}
	}
	return 0;
}

void
pc_div_match(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, int year, struct pc_match *m)
{
	const char *cand[MAXCAND];
	size_t n;
	int levels, other_end;

	memset(m, 0, sizeof(*m));
	m->status = PC_M_NONE;
	if (year == 0)
		year = LT_HIST_TODAY;
	if (pc_div_total(name, len, &levels)) {
		if (!p)
			m->status = PC_M_NOPARENT;
		else if (!levels)
			m->status = PC_M_TOTAL_SUM;
		else if (!(levels & (1 << p->level)))
			m->status = PC_M_TOTAL_LEVEL;
		else if (!*p->today) {
			strcpy(m->then, p->code);
			m->boundary = p->boundary;
			m->status = PC_M_LOST;
		} else {
			strcpy(m->code, p->today);
			if (strcmp(p->today, p->code) != 0)
				strcpy(m->then, p->code);
			m->boundary = p->boundary;
			m->status = PC_M_OK;
		}
		return;
	}
	if (!p && !pc_div_nationwide_on(d)) {
		m->status = PC_M_NOPARENT;
		return;
	}
	if (match_history(d, p, name, len, year, m))
		return;
	n = town_candidates(d, p, name, len, cand, &other_end);
	if (n == 1) {
		strcpy(m->code, cand[0]);
		m->other_end = other_end;
		m->status = PC_M_OK;
	} else if (n > 1) {
		list_codes(m, cand, n);
		m->status = PC_M_AMBIGUOUS;
	} else {
		town_county(d, p, name, len, m);
	}
}
