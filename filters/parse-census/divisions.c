/*
 * divisions.c - the lists of divisions parse-census matches against and
 * the parent a table states.  The shipped lists (county-history.csv,
 * streets.csv) are read the first time a table needs them.  The parent
 * is the deepest division a title names in the table's year: 江苏省武进县
 * in 1987 is 武进县 320421, under 江苏省 32.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "divisions.h"

struct pc_div {
	int shipped;		/* use the shipped lists */
	int nationwide;
	int hist_read;
	char **lists;		/* --divisions FILE */
	size_t nlists;
	struct lt_hist *hist;
	struct lt_divlist *today;
};

struct pc_div *
pc_div_new(void)
{
	struct pc_div *d = lt_calloc(1, sizeof(*d));

	d->shipped = 1;
	return d;
}

void
pc_div_add_list(struct pc_div *d, const char *path)
{
	d->lists = lt_realloc(d->lists, (d->nlists + 1) * sizeof(*d->lists));
	d->lists[d->nlists++] = lt_strdup(path);
}

void
pc_div_use_shipped(struct pc_div *d, int on)
{
	d->shipped = on;
}

void
pc_div_nationwide(struct pc_div *d, int on)
{
	d->nationwide = on;
}

int
pc_div_nationwide_on(const struct pc_div *d)
{
	return d->nationwide;
}

size_t
pc_div_given(const struct pc_div *d)
{
	return d->nlists;
}

int
pc_div_active(const struct pc_div *d)
{
	return d->shipped || d->nlists > 0;
}

/* The shipped file name, or NULL with a warning (once). */
static char *
shipped(const char *name)
{
	static int warned;
	char *path = lt_data_path(name);

	if (!path && !warned++)
		lt_warn("the division list %s is not in $LITU_DATA nor beside "
		    "the program (../share/litu, or the tree's "
		    "sample-data/divisions): region names are not matched; "
		    "reinstall, set LITU_DATA, or give --divisions FILE",
		    name);
	return path;
}

/* The lists are read the first time a row needs each. */
struct lt_hist *
pc_div_hist(struct pc_div *d)
{
	char *path;

	if (!d->hist_read) {
		d->hist_read = 1;
		if (d->shipped && (path = shipped("county-history.csv"))) {
			d->hist = lt_hist_load(path);
			free(path);
		}
	}
	return d->hist;
}

struct lt_divlist *
pc_div_today(struct pc_div *d)
{
	char *path;
	size_t i;

	if (!d->today) {
		d->today = lt_divlist_new();
		if (d->shipped && (path = shipped("streets.csv"))) {
			lt_divlist_load(d->today, path);
			free(path);
		}
		for (i = 0; i < d->nlists; i++)
			lt_divlist_load(d->today, d->lists[i]);
	}
	return d->today;
}

void
pc_div_free(struct pc_div *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->nlists; i++)
		free(d->lists[i]);
	free(d->lists);
	lt_hist_free(d->hist);
	lt_divlist_free(d->today);
	free(d);
}

static void
add_prefix(struct pc_parent *p, const char *code)
{
	size_t i;

	for (i = 0; i < p->nprefix; i++)
		if (strcmp(p->prefix[i], code) == 0)
			return;
	if (p->nprefix < PC_MAXPREFIX)
		strcpy(p->prefix[p->nprefix++], code);
}

void
pc_parent_from(struct pc_div *d, const struct lt_hrec *r, int year,
    struct pc_parent *p)
{
	struct lt_hfollow f;
	size_t i;

	memset(p, 0, sizeof(*p));
	p->then = r;
	p->name = r->name;
	p->level = r->level;
	p->year = year;
	strcpy(p->code, r->code);
	lt_hist_follow(pc_div_hist(d), r, year, &f);
	p->boundary = f.boundary;
	if (f.today) {
		strcpy(p->today, f.today->code);
		add_prefix(p, f.today->code);
	}
	for (i = 0; i < f.nrecip; i++)
		add_prefix(p, f.recip[i]);
}

/* Can a name be looked for inside a title?  Two-character names (城区,
 * 郊区) hide in other words; two-character counties (吴县, 沛县) not. */
static int
findable(const char *name, size_t len)
{
	return len > 6 || (len == 6 && memcmp(name + 3, "县", 3) == 0);
}

/* Of two records found in a text, is a the better parent? */
static int
deeper(const struct lt_hrec *a, const struct lt_hrec *b)
{
	return a->level > b->level;
}

/* Times needle occurs in s (len bytes), not overlapping. */
static size_t
occurs(const char *s, size_t len, const char *needle)
{
	size_t n = 0, k = strlen(needle);
	const char *p = s, *end = s + len;

	while (p < end && (p = memmem(p, (size_t)(end - p), needle, k))) {
		n++;
		p += k;
	}
	return n;
}

/* Is a's name found only inside b's, as 兴县 inside 宜兴县 (Shanxi's
 * 兴县 is not in a title naming Jiangsu's 宜兴县)? */
static int
inside(const struct lt_hrec *a, const struct lt_hrec *b, const char *s,
    size_t len)
{
	size_t k = strlen(b->name);

	return strlen(a->name) < k && strstr(b->name, a->name) &&
	    occurs(s, len, a->name) <= occurs(s, len, b->name) *
	    occurs(b->name, k, a->name);
}

int
pc_div_parent_text(struct pc_div *d, const char *s, size_t len, int year,
    struct pc_parent *p, const char **why)
{
	const struct lt_hrec *found[64], *best = NULL;
	struct lt_hist *h = pc_div_hist(d);
	size_t nfound = 0, i, j;
	int tie = 0;

	*why = "no division of the year is named in it";
	if (!h)
		return 0;
	nfound = lt_hist_in_text(h, s, len, year ? year : LT_HIST_TODAY, findable,
	    found, 64);
	if (nfound > 64)
		nfound = 64;
	/* A name found only inside a longer one found is not named. */
	for (i = 0; i < nfound; i++)
		for (j = 0; j < nfound; j++)
			if (found[i] && found[j] && i != j &&
			    inside(found[i], found[j], s, len)) {
				found[i] = NULL;
				break;
			}
	for (i = j = 0; i < nfound; i++)
		if (found[i])
			found[j++] = found[i];
	nfound = j;
	for (i = 0; i < nfound && i < 64; i++) {
		/* A division under another found is the deeper one. */
		if (!best || deeper(found[i], best)) {
			best = found[i];
			tie = 0;
		} else if (found[i]->level == best->level &&
		    strcmp(found[i]->code, best->code) != 0) {
			tie = 1;
		}
	}
	if (best && tie) {
		/* Keep those under a shallower division found too. */
		const struct lt_hrec *under = NULL;
		size_t n = 0;

		for (i = 0; i < nfound && i < 64; i++) {
			if (found[i]->level != best->level)
				continue;
			for (j = 0; j < nfound && j < 64; j++)
				if (found[j]->level < best->level &&
				    strncmp(found[i]->code, found[j]->code,
				    strlen(found[j]->code)) == 0)
					break;
			if (j < nfound && j < 64 && (!under ||
			    strcmp(under->code, found[i]->code) != 0)) {
				under = found[i];
				n++;
			}
		}
		if (n != 1) {
			*why = "it names several divisions of the same level";
			return 0;
		}
		best = under;
	}
	if (!best)
		return 0;
	pc_parent_from(d, best, year ? year : LT_HIST_TODAY, p);
	return 1;
}

int
pc_div_latest_in_text(struct pc_div *d, const char *s, size_t len)
{
	struct lt_hist *h = pc_div_hist(d);

	return h ? lt_hist_latest_in_text(h, s, len, findable) : 0;
}

int
pc_div_parent_code(struct pc_div *d, const char *code, int year,
    struct pc_parent *p)
{
	struct lt_hist *h = pc_div_hist(d);
	const struct lt_hrec *r = NULL;
	size_t len = strlen(code);

	if (h && (r = lt_hist_code(h, code, len, year ? year : LT_HIST_TODAY)) == NULL)
		r = lt_hist_code(h, code, len, LT_HIST_TODAY);
	if (r) {
		pc_parent_from(d, r, year ? year : LT_HIST_TODAY, p);
		return 1;
	}
	/* A township of today's list, or a code only the user's lists
	 * have. */
	memset(p, 0, sizeof(*p));
	p->name = lt_divlist_name(pc_div_today(d), code, len);
	if (!p->name)
		return 0;
	p->level = lt_code_level(code, len);
	p->year = year;
	strcpy(p->code, code);
	strcpy(p->today, code);
	add_prefix(p, code);
	return 1;
}
