/*
 * history.c - what absorb remembers of each code (the years seen, for
 * year-on-year work), which columns --level sums, and the group keys of
 * the roll-ups (docs/design.md section 9).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"

/* The first kept year not before year. */
static uint32_t
hist_lower(const struct absorb_hist *h, int64_t year)
{
	uint32_t lo = 0, hi = h->n;

	/* Rows mostly come in year order: try the end first. */
	if (h->n == 0 || h->r[h->n - 1].year < year)
		return h->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (h->r[mid].year < year)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

enum absorb_find
absorb_hist_find(const struct absorb_hist *h, int64_t year,
    const struct absorb_prev **prev)
{
	uint32_t i = hist_lower(h, year);

	*prev = NULL;
	if (i < h->n && h->r[i].year == year)
		return HIST_DUPLICATE;
	if (h->evicted && year == h->min_seen)
		return HIST_DUPLICATE;
	if (i > 0) {
		*prev = &h->r[i - 1];
		return HIST_FOUND;
	}
	/* Before every kept year: an earlier one may have been dropped. */
	if (h->evicted && year > h->min_seen)
		return HIST_FORGOTTEN;
	return HIST_NONE;
}

void
absorb_hist_add(struct absorb_hist *h, const struct absorb_prev *p)
{
	uint32_t i = hist_lower(h, p->year);

	if (h->n == 0 && !h->evicted)
		h->min_seen = p->year;
	else if (p->year < h->min_seen)
		h->min_seen = p->year;
	if (h->n == ABSORB_HIST_MAX) {
		/* Forget the earliest year, which may be this one. */
		h->evicted = 1;
		if (i == 0)
			return;
		memmove(h->r, h->r + 1, (i - 1) * sizeof(*h->r));
		h->r[i - 1] = *p;
		return;
	}
	if (h->n == h->cap) {
		/* From one (a cross-section of 620,000 villages keeps one
		 * record a code), half as much again each time: 25 years
		 * take 26 records, not 32. */
		uint32_t cap = h->cap + h->cap / 2 + 1;

		if (cap > ABSORB_HIST_MAX)
			cap = ABSORB_HIST_MAX;
		h->r = lt_hash_block(h->r, h->cap * sizeof(*h->r),
		    cap * sizeof(*h->r));
		h->cap = cap;
	}
	memmove(h->r + i + 1, h->r + i, (h->n - i) * sizeof(*h->r));
	h->r[i] = *p;
	h->n++;
}

void
absorb_hist_free(struct absorb_hist *h)
{
	lt_hash_block(h->r, h->cap * sizeof(*h->r), 0);
	memset(h, 0, sizeof(*h));
}


int
absorb_is_output(const char *name)
{
	size_t i;

	for (i = 0; i < ABSORB_NOUT; i++)
		if (strcmp(name, absorb_outputs[i].name) == 0)
			return 1;
	return 0;
}

int
absorb_is_count(const char *name)
{
	return !absorb_is_output(name) && lt_field_is_count(name);
}

void
absorb_key(char *key, const char *code, size_t len, int64_t year)
{
	uint64_t y = (uint64_t)year ^ (UINT64_C(1) << 63);
	int i;

	if (len > 12)
		len = 12;
	memset(key, 0, 12);
	memcpy(key, code, len);
	for (i = 0; i < 8; i++)
		key[12 + i] = (char)(y >> (56 - 8 * i));
}

size_t
absorb_key_code(const char *key, const char **code)
{
	size_t n = 0;

	while (n < 12 && key[n] != '\0')
		n++;
	*code = key;
	return n;
}

int64_t
absorb_key_year(const char *key)
{
	uint64_t y = 0;
	int i;

	for (i = 0; i < 8; i++)
		y = y << 8 | (unsigned char)key[12 + i];
	return (int64_t)(y ^ (UINT64_C(1) << 63));
}
