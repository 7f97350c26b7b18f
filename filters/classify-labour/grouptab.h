/*
 * grouptab.h - the groups of the --by roll-up: one entry per code and
 * year, found by a hash of the code as a number.  lt_hash does the same
 * for any key; this table is its specialisation for division codes,
 * because at the township level (41,000 groups, up to two look-ups a
 * row) the groups outgrow the cache: the keys sit in the index itself,
 * so that a look-up reads only the index (fetched ahead, see rollup.h),
 * and the entries sit in chunks that never move.  lt_hash takes three
 * dependent cache misses a look-up; what this table gained is measured
 * in docs/performance.md (classify-labour --by township).
 */
#ifndef GROUPTAB_H
#define GROUPTAB_H

#include <stddef.h>
#include <stdint.h>

#include "labour.h"

struct group_entry {
	uint64_t code;		/* the digits as a number */
	int64_t year;		/* 0 when NA */
	unsigned char code_len;
	unsigned char year_na;
	struct group g;
};

struct grouptab;

struct grouptab *grouptab_new(void);
/* The group of a code (digits only, at most 12) and year, created
 * zeroed when new. */
struct group *grouptab_get(struct grouptab *t, const char *code,
    size_t len, int year_na, int64_t year);
/* A key, hashed once: made by grouptab_key, which also starts bringing
 * its index slot into the cache; found by grouptab_find. */
struct group_key {
	uint64_t key;		/* code | length << 48 | year NA << 56 */
	int64_t year;		/* 0 when NA */
	uint64_t hash;
};

void grouptab_key(const struct grouptab *t, struct group_key *k,
    const char *code, size_t len, int year_na, int64_t year);
struct group *grouptab_find(struct grouptab *t, const struct group_key *k);
size_t grouptab_count(const struct grouptab *t);
/* The entries sorted by code (as text: a parent before its children),
 * then NA year, then year; an array the caller frees. */
struct group_entry **grouptab_sorted(struct grouptab *t);
/* The code's digits into buf (at least 13 bytes); their number. */
size_t group_entry_code(const struct group_entry *e, char *buf);
void grouptab_free(struct grouptab *t);

#endif
