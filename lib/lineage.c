/*
 * lineage.c - a division followed through the years of the history
 * (history.c loads it).  One successor is a rename or upgrade; several
 * are a split, followed to the one whose name has the same stem, else
 * the one keeping the code; a successor marked [YEAR] took part of the
 * territory only, and the unit goes on.  A code that took territory (a merger, a share of a split,
 * another's part) changed too: those gains are indexed at load.
 * Backwards, the one record renamed into a unit is what it was before
 * (see docs/design.md, section 4).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A code that took over part of the territory, as 2, 4 or 6 digits. */
static void
add_recipient(struct lt_hfollow *f, const char *raw)
{
	char code[7];
	size_t i, n = 6;

	while (n > 2 && raw[n - 1] == '0' && raw[n - 2] == '0')
		n -= 2;
	memcpy(code, raw, n);
	code[n] = '\0';
	for (i = 0; i < f->nrecip; i++)
		if (strcmp(f->recip[i], code) == 0)
			return;
	if (f->nrecip < LT_HIST_MAXRECIP)
		memcpy(f->recip[f->nrecip++], code, n + 1);
}

static void
changed(struct lt_hfollow *f, int when, int year)
{
	if (when >= year && (f->boundary == 0 || when < f->boundary))
		f->boundary = when;
}

/* The successor of a split whose name has the stem of r's, else the
 * one that keeps r's code (常州's 郊区 320411, 新北区 320411 from 2002);
 * NULL when none or several. */
static const struct lt_hrec *
split_heir(const struct lt_hist *h, const struct lt_hrec *r)
{
	const struct lt_hrec *heir = NULL, *same = NULL, *s;
	size_t i, stem = lt_name_stem(r->name, strlen(r->name)), n = 0;

	for (i = 0; i < r->nsucc; i++) {
		if (r->succ[i].year != 0 ||
		    (s = lt_hist_at(h, r->succ[i].code, r->to, r)) == NULL)
			continue;
		if (lt_name_stem(s->name, strlen(s->name)) == stem &&
		    memcmp(s->name, r->name, stem) == 0) {
			heir = s;
			n++;
		}
		if (memcmp(s->raw, r->raw, 6) == 0)
			same = s;
	}
	if (n == 0)
		return same;
	return n == 1 ? heir : NULL;
}

/* The one record of r's next year that r leads to whole (a rename, or
 * a split's heir); NULL when none. */
static const struct lt_hrec *
next_of(const struct lt_hist *h, const struct lt_hrec *r)
{
	size_t i, whole = 0, at = 0;

	for (i = 0; i < r->nsucc; i++)
		if (!r->succ[i].year) {
			whole++;
			at = i;
		}
	if (whole == 1)
		return lt_hist_at(h, r->succ[at].code, r->to, r);
	return whole > 1 ? split_heir(h, r) : NULL;
}

static void
add_gain(struct lt_hist *h, const char *raw, int year, int merger)
{
	long *first;
	int isnew;

	h->gain = lt_realloc(h->gain, (h->ngain + 1) * sizeof(*h->gain));
	first = lt_hash_get(h->bygain, raw, 6, &isnew);
	h->gain[h->ngain].year = year;
	h->gain[h->ngain].merger = merger;
	h->gain[h->ngain].next = isnew ? -1 : *first - 1;
	*first = (long)++h->ngain;
}

/* The key of a whole succession: the code taking over and the year. */
static size_t
into(char *key, const char *raw, int year)
{
	memcpy(key, raw, 6);
	key[6] = (char)(year >> 8);
	key[7] = (char)(year & 0xff);
	return 8;
}

void
lt_hist_gains(struct lt_hist *h)
{
	struct lt_hash *led = lt_hash_new(sizeof(long));
	size_t i, j, whole, k;
	char key[8];
	int isnew;

	/* How many records each code took over whole in a year: two or
	 * more are a merger. */
	for (i = 0; i < h->n; i++)
		for (j = 0; j < h->r[i].nsucc; j++)
			if (!h->r[i].succ[j].year) {
				k = into(key, h->r[i].succ[j].code, h->r[i].to);
				(*(long *)lt_hash_get(led, key, k, &isnew))++;
			}
	h->bygain = lt_hash_new(sizeof(long));
	for (i = 0; i < h->n; i++) {
		const struct lt_hrec *r = &h->r[i];

		for (j = whole = 0; j < r->nsucc; j++)
			whole += !r->succ[j].year;
		for (j = 0; j < r->nsucc; j++) {
			long *n = lt_hash_find(led, key, into(key,
			    r->succ[j].code, r->to));

			if (r->succ[j].year)
				add_gain(h, r->succ[j].code, r->succ[j].year, 0);
			else if (whole > 1 || *n > 1)
				add_gain(h, r->succ[j].code, r->to, *n > 1);
		}
	}
	lt_hash_free(led);
}

/* The first year from year on in which r's code took territory while
 * r was in use; 0 when none. */
static int
gained(const struct lt_hist *h, const struct lt_hrec *r, int year)
{
	long *first = lt_hash_find(h->bygain, r->raw, 6), i;
	int best = 0;

	for (i = first ? *first - 1 : -1; i >= 0; i = h->gain[i].next) {
		int g = h->gain[i].year;

		if (g >= year && g >= r->from && (r->to == 0 || g <= r->to) &&
		    (best == 0 || g < best))
			best = g;
	}
	return best;
}

void
lt_hist_follow(const struct lt_hist *h, const struct lt_hrec *r, int year,
    struct lt_hfollow *f)
{
	const struct lt_hrec *next;
	size_t i, whole;
	int step, g, since = year;

	memset(f, 0, sizeof(*f));
	for (step = 0; step < 64; step++) {
		/* What r's code took from when the unit is r's. */
		if ((g = gained(h, r, since)) != 0)
			changed(f, g, year);
		for (i = whole = 0; i < r->nsucc; i++)
			if (r->succ[i].year) {
				changed(f, r->succ[i].year, year);
				add_recipient(f, r->succ[i].code);
			} else {
				whole++;
			}
		if (r->to == 0) {
			f->today = r;
			return;
		}
		if (whole > 1) {
			changed(f, r->to, year);
			for (i = 0; i < r->nsucc; i++)
				if (!r->succ[i].year)
					add_recipient(f, r->succ[i].code);
		}
		if ((next = next_of(h, r)) == NULL) {
			f->stuck = r;
			return;
		}
		/* Into a division that was there before: a change too. */
		if (next->from < r->to)
			changed(f, r->to, year);
		since = r->to > year ? r->to : year;
		r = next;
	}
	f->stuck = r;
}


/* The one record that leads to r whole, ending as r begins; NULL when
 * none or several (a merger). */
static const struct lt_hrec *
before_of(const struct lt_hist *h, const struct lt_hrec *r)
{
	const struct lt_hrec *found = NULL;
	size_t i, j;

	for (i = 0; i < h->n; i++) {
		const struct lt_hrec *p = &h->r[i];

		if (p == r || p->to == 0 || p->to > r->from ||
		    p->to < r->from - 1)
			continue;
		for (j = 0; j < p->nsucc; j++)
			if (!p->succ[j].year &&
			    memcmp(p->succ[j].code, r->raw, 6) == 0)
				break;
		if (j == p->nsucc || next_of(h, p) != r)
			continue;
		if (found)
			return NULL;
		found = p;
	}
	return found;
}

/* Did raw take two or more divisions whole in year? */
static int
merged_in(const struct lt_hist *h, const char *raw, int year)
{
	long *first = lt_hash_find(h->bygain, raw, 6), i;

	for (i = first ? *first - 1 : -1; i >= 0; i = h->gain[i].next)
		if (h->gain[i].year == year && h->gain[i].merger)
			return 1;
	return 0;
}

const struct lt_hrec *
lt_hist_then(const struct lt_hist *h, const struct lt_hrec *r, int year)
{
	const struct lt_hrec *next;
	int step;

	for (step = 0; r && !lt_hist_in_use(r, year) && step < 64; step++) {
		if (year < r->from) {
			r = before_of(h, r);
			continue;
		}
		/* Into a merger the unit is part of another. */
		next = next_of(h, r);
		r = next && merged_in(h, next->raw, r->to) ? NULL : next;
	}
	return r && lt_hist_in_use(r, year) ? r : NULL;
}
