/*
 * grouptab.c - the --by groups: open addressing with linear probing
 * over an index of keys and entry numbers; entries live in chunks
 * of ENTRIES_PER_CHUNK that never move, so a group pointer stays good.
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "grouptab.h"

#define ENTRIES_PER_CHUNK 4096

/* The key lives in the index: a look-up that finds its group reads
 * only the index, and the update of the sums it leads to waits for
 * nobody. */
struct slot {
	uint64_t key;		/* code | length << 48 | year NA << 56 */
	int64_t year;
	uint32_t entry;		/* entry number + 1; 0: empty */
};

struct grouptab {
	struct slot *slot;
	size_t cap;		/* a power of two */
	size_t count;
	struct group_entry **chunk;
	size_t nchunks;
};

static uint64_t
slot_key(uint64_t code, size_t len, int year_na)
{
	return code | (uint64_t)len << 48 | (uint64_t)(year_na != 0) << 56;
}

static uint64_t
mix(uint64_t key, int64_t year)
{
	uint64_t h = key * 0x9e3779b97f4a7c15ULL;

	h ^= (uint64_t)year * 0xc2b2ae3d27d4eb4fULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h;
}

static struct group_entry *
entry_at(const struct grouptab *t, uint32_t n)
{
	return &t->chunk[n / ENTRIES_PER_CHUNK][n % ENTRIES_PER_CHUNK];
}

struct grouptab *
grouptab_new(void)
{
	struct grouptab *t = lt_calloc(1, sizeof(*t));

	t->cap = 1024;
	t->slot = lt_calloc(t->cap, sizeof(*t->slot));
	return t;
}

static void
grow(struct grouptab *t)
{
	struct slot *old = t->slot;
	size_t oldcap = t->cap, i;

	t->cap *= 2;
	t->slot = lt_calloc(t->cap, sizeof(*t->slot));
	for (i = 0; i < oldcap; i++)
		if (old[i].entry) {
			uint64_t h = mix(old[i].key, old[i].year);
			size_t j = h & (t->cap - 1);

			while (t->slot[j].entry)
				j = (j + 1) & (t->cap - 1);
			t->slot[j] = old[i];
		}
	free(old);
}

static uint64_t
code_number(const char *code, size_t len)
{
	uint64_t num = 0;
	size_t i;

	for (i = 0; i < len; i++)
		num = num * 10 + (uint64_t)(code[i] - '0');
	return num;
}

void
grouptab_key(const struct grouptab *t, struct group_key *k,
    const char *code, size_t len, int year_na, int64_t year)
{
	k->key = slot_key(code_number(code, len), len, year_na);
	k->year = year_na ? 0 : year;
	k->hash = mix(k->key, k->year);
	__builtin_prefetch(&t->slot[k->hash & (t->cap - 1)]);
}

struct group *
grouptab_get(struct grouptab *t, const char *code, size_t len, int year_na,
    int64_t year)
{
	struct group_key k;

	grouptab_key(t, &k, code, len, year_na, year);
	return grouptab_find(t, &k);
}

struct group *
grouptab_find(struct grouptab *t, const struct group_key *k)
{
	struct group_entry *e;
	uint64_t key = k->key, h = k->hash;
	int64_t year = k->year;
	size_t j;

	for (j = h & (t->cap - 1); t->slot[j].entry; j = (j + 1) &
	    (t->cap - 1))
		if (t->slot[j].key == key && t->slot[j].year == year)
			return &entry_at(t, t->slot[j].entry - 1)->g;
	if ((t->count + 1) * 4 > t->cap * 3) {
		grow(t);
		for (j = h & (t->cap - 1); t->slot[j].entry; j = (j + 1) &
		    (t->cap - 1))
			;
	}
	if (t->count % ENTRIES_PER_CHUNK == 0) {
		t->chunk = lt_realloc(t->chunk, (t->nchunks + 1) *
		    sizeof(*t->chunk));
		t->chunk[t->nchunks++] = lt_calloc(ENTRIES_PER_CHUNK,
		    sizeof(struct group_entry));
	}
	e = entry_at(t, (uint32_t)t->count);
	e->code = key & (((uint64_t)1 << 48) - 1);
	e->code_len = (unsigned char)(key >> 48 & 0xff);
	e->year_na = (unsigned char)(key >> 56);
	e->year = year;
	t->slot[j].key = key;
	t->slot[j].year = year;
	t->slot[j].entry = (uint32_t)++t->count;
	return &e->g;
}

size_t
grouptab_count(const struct grouptab *t)
{
	return t->count;
}

size_t
group_entry_code(const struct group_entry *e, char *buf)
{
	uint64_t v = e->code;
	size_t i;

	for (i = e->code_len; i > 0; i--) {
		buf[i - 1] = (char)('0' + v % 10);
		v /= 10;
	}
	buf[e->code_len] = '\0';
	return e->code_len;
}

static int
by_code_year(const void *a, const void *b)
{
	const struct group_entry *x = *(struct group_entry *const *)a;
	const struct group_entry *y = *(struct group_entry *const *)b;
	char cx[13], cy[13];
	int c;

	if (x->code_len != y->code_len) {
		/* As text: "11" before "1101" before "12". */
		group_entry_code(x, cx);
		group_entry_code(y, cy);
		if ((c = strcmp(cx, cy)) != 0)
			return c;
	} else if (x->code != y->code) {
		return x->code < y->code ? -1 : 1;
	}
	if (x->year_na != y->year_na)
		return x->year_na ? -1 : 1;
	return (x->year > y->year) - (x->year < y->year);
}

struct group_entry **
grouptab_sorted(struct grouptab *t)
{
	struct group_entry **all = lt_malloc((t->count + 1) * sizeof(*all));
	size_t i;

	for (i = 0; i < t->count; i++)
		all[i] = entry_at(t, (uint32_t)i);
	qsort(all, t->count, sizeof(*all), by_code_year);
	return all;
}

void
grouptab_free(struct grouptab *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nchunks; i++)
		free(t->chunk[i]);
	free(t->chunk);
	free(t->slot);
	free(t);
}
