/*
 * lineage.c - a division through the years.  A code of a row's year is
 * followed to today's, and the name beside it checked against the
 * code's of that year or of today.  A wide table's region row (地区 ×
 * 1985年 1987年 1989年) is one division through its years, named once,
 * in the names of one year, most often the yearbook's own; in another
 * year it may have had another name (瑞安县, a 市 from 1987).  Such a
 * name is matched in the nearest year of the row that has it, and that
 * division followed through the history to the year of the value:
 * forward through renames and upgrades, back through the one record
 * renamed into it.  A merger or a split without an heir of its stem
 * forks the way: no code.  Two records of one name in its year of a new
 * code are one division (docs/design.md, section 4).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "divisions.h"

/* The division of the name in year y, when one is, found by name (not
 * in a window year nor as a township). */
static const struct lt_hrec *
named_in(struct pc_div *d, const struct pc_parent *p, const char *name,
    size_t len, int y)
{
	struct pc_match m;
	const char *code;

	pc_div_match(d, p, name, len, y, &m);
	if (m.status != PC_M_OK || m.window || m.town_county)
		return NULL;
	code = *m.then ? m.then : m.code;
	return lt_hist_code(pc_div_hist(d), code, strlen(code), y);
}

/* Is y one of the row's years? */
static int
has_year(const int *years, size_t n, int y)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (years[i] == y)
			return 1;
	return 0;
}

int
pc_div_match_unit(struct pc_div *d, const struct pc_parent *p,
    const char *name, size_t len, int year, const int *years, size_t n,
    struct pc_match *m, const struct lt_hrec **was, int *wyear,
    const struct lt_hrec **now)
{
	struct lt_hist *h = pc_div_hist(d);
	int dist, maxdist = 0, y, k;
	size_t i;

	if (!h || year == 0 || year == LT_HIST_TODAY)
		return 0;
	for (i = 0; i < n; i++)
		if (abs(years[i] - year) > maxdist)
			maxdist = abs(years[i] - year);
	/* The nearest year first, the later of two as near. */
	for (dist = 1; dist <= maxdist; dist++)
		for (k = 0; k < 2; k++) {
			y = k == 0 ? year + dist : year - dist;
			if (!has_year(years, n, y) ||
			    (*was = named_in(d, p, name, len, y)) == NULL)
				continue;
			*wyear = y;
			if ((*now = lt_hist_then(h, *was, year)) == NULL)
				return 0;
			memset(m, 0, sizeof(*m));
			pc_div_follow(d, *now, year, m);
			return 1;
		}
	return 0;
}

/* Does a name given in a table stand for the division named ref? */
static int
same_name(const char *name, size_t len, const char *ref)
{
	size_t rlen = strlen(ref), s1, s2;
	const char *e1, *e2;

	if (rlen == len && memcmp(name, ref, len) == 0)
		return 1;
	/* 武进县 for 武进区, 南京 for 南京市. */
	s1 = lt_name_stem(name, len);
	s2 = lt_name_stem(ref, rlen);
	if (s1 == s2 && memcmp(name, ref, s1) == 0)
		return 1;
	s1 = pc_town_base(name, len, &e1);
	s2 = pc_town_base(ref, rlen, &e2);
	return s1 == s2 && memcmp(name, ref, s1) == 0;
}

void
pc_div_code(struct pc_div *d, const char *code, size_t len, int year,
    const char *name, size_t nlen, struct pc_match *m, int *name_ok)
{
	struct lt_hist *h = len <= 6 ? pc_div_hist(d) : NULL;
	const struct lt_hrec *r = NULL, *now;
	const char *ref;
	int levels;

	memset(m, 0, sizeof(*m));
	m->status = PC_M_OK;
	memcpy(m->code, code, len);
	*name_ok = 1;
	if (year == 0)
		year = LT_HIST_TODAY;
	if (h && len <= 6) {
		/* The year's codes, then the year after's and before's. */
		if ((r = lt_hist_code(h, code, len, year)) == NULL &&
		    year != LT_HIST_TODAY) {
			if ((r = lt_hist_code(h, code, len, year + 1)) != NULL)
				m->window = year + 1;
			else if ((r = lt_hist_code(h, code, len, year - 1)))
				m->window = year - 1;
		}
		if (r)
			pc_div_follow(d, r, m->window ? m->window : year, m);
	}
	if (nlen == 0 || pc_div_total(name, nlen, &levels))
		return;
	if (h && len <= 6) {
		now = lt_hist_code(h, code, len, LT_HIST_TODAY);
		if (!r && !now)
			m->status = PC_M_NONE;
		*name_ok = !r && !now ? 1 : (r && same_name(name, nlen,
		    r->name)) || (now && same_name(name, nlen, now->name));
		return;
	}
	if ((ref = lt_divlist_name(pc_div_today(d), code, len)) != NULL)
		*name_ok = same_name(name, nlen, ref);
}

size_t
pc_one_division(struct lt_hist *h, const struct lt_hrec **r, size_t n)
{
	size_t i, j, kept = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++)
			if (j != i && r[i]->to != 0 &&
			    lt_hist_then(h, r[i], r[i]->to + 1) == r[j])
				break;
		if (j == n)
			r[kept++] = r[i];
	}
	return kept;
}
