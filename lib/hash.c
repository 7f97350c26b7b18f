/*
 * hash.c - a string-keyed table for roll-ups: one entry per group, so
 * memory grows with the number of groups, never with rows.  Open
 * addressing with linear probing (FNV-1a hashes); keys and values live
 * in one block per entry (from pool.c), which never moves once made.
 * What a value points to and grows with its group (absorb's history of
 * years) comes from the same pool through lt_hash_block.
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

struct entry {
	uint64_t hash;
	size_t len;
	/* the key (NUL-terminated), padding, then the value */
	char key[];
};

struct lt_hash {
	struct entry **slot;
	size_t cap, count, valsize;
};

static uint64_t
fnv1a(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static size_t
value_offset(size_t len)
{
	/* After the key and its NUL, aligned for any value. */
	return (offsetof(struct entry, key) + len + 1 + 15) & ~(size_t)15;
}

static void *
value_of(struct entry *e)
{
	return (char *)e + value_offset(e->len);
}

struct lt_hash *
lt_hash_new(size_t valsize)
{
	struct lt_hash *h = lt_calloc(1, sizeof(*h));

	h->cap = 1024;
	h->slot = lt_calloc(h->cap, sizeof(*h->slot));
	h->valsize = valsize;
	return h;
}

static void
grow(struct lt_hash *h)
{
	struct entry **old = h->slot;
	size_t oldcap = h->cap, i;

	h->cap *= 2;
	h->slot = lt_calloc(h->cap, sizeof(*h->slot));
	for (i = 0; i < oldcap; i++)
		if (old[i]) {
			size_t j = old[i]->hash & (h->cap - 1);

			while (h->slot[j])
				j = (j + 1) & (h->cap - 1);
			h->slot[j] = old[i];
		}
	free(old);
}

static struct entry **
lookup(struct lt_hash *h, const char *key, size_t len, uint64_t hash)
{
	size_t j = hash & (h->cap - 1);

	for (;;) {
		struct entry *e = h->slot[j];

		if (!e || (e->hash == hash && e->len == len &&
		    memcmp(e->key, key, len) == 0))
			return &h->slot[j];
		j = (j + 1) & (h->cap - 1);
	}
}

void *
lt_hash_find(struct lt_hash *h, const char *key, size_t len)
{
	struct entry **e = lookup(h, key, len, fnv1a(key, len));

	return *e ? value_of(*e) : NULL;
}

void *
lt_hash_get(struct lt_hash *h, const char *key, size_t len, int *isnew)
{
	uint64_t hash = fnv1a(key, len);
	struct entry **e = lookup(h, key, len, hash);

	if (isnew)
		*isnew = *e == NULL;
	if (*e)
		return value_of(*e);
	if ((h->count + 1) * 4 > h->cap * 3) {
		grow(h);
		e = lookup(h, key, len, hash);
	}
	*e = lt_pool_alloc(value_offset(len) + h->valsize);
	(*e)->hash = hash;
	(*e)->len = len;
	memcpy((*e)->key, key, len);
	h->count++;
	return value_of(*e);
}

size_t
lt_hash_count(const struct lt_hash *h)
{
	return h->count;
}

static int
by_key(const void *a, const void *b)
{
	const struct entry *x = *(struct entry *const *)a;
	const struct entry *y = *(struct entry *const *)b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->key, y->key, n);

	if (c)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

void
lt_hash_sorted(struct lt_hash *h, const char ***keys, void ***vals)
{
	struct entry **all = lt_malloc((h->count + 1) * sizeof(*all));
	size_t i, n = 0;

	for (i = 0; i < h->cap; i++)
		if (h->slot[i])
			all[n++] = h->slot[i];
	qsort(all, n, sizeof(*all), by_key);
	*keys = lt_malloc((n + 1) * sizeof(**keys));
	*vals = lt_malloc((n + 1) * sizeof(**vals));
	for (i = 0; i < n; i++) {
		(*keys)[i] = all[i]->key;
		(*vals)[i] = value_of(all[i]);
	}
	free(all);
}

void
lt_hash_free(struct lt_hash *h)
{
	size_t i;

	if (!h)
		return;
	for (i = 0; i < h->cap; i++)
		if (h->slot[i])
			lt_pool_free(h->slot[i], value_offset(h->slot[i]->len) +
			    h->valsize);
	free(h->slot);
	free(h);
}

void *
lt_hash_block(void *p, size_t old, size_t n)
{
	if (n == 0) {
		lt_pool_free(p, old);
		return NULL;
	}
	return lt_pool_realloc(p, old, n);
}
