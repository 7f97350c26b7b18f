/*
 * test_hash.c - the string-keyed table (lib/hash.c): many keys, values
 * that stay where they are while the table grows, and the sorted order
 * (bytewise, shorter first on a common prefix).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"

struct group {
	long count;
	double sum;
	char tag[40];
};

Test(hash, new_is_zeroed_and_found)
{
	struct lt_hash *h = lt_hash_new(sizeof(struct group));
	struct group *g, *g2;
	int isnew = -1;

	cr_expect_eq(lt_hash_count(h), 0);
	cr_expect_null(lt_hash_find(h, "320412", 6));
	g = lt_hash_get(h, "320412", 6, &isnew);
	cr_assert_not_null(g);
	cr_expect_eq(isnew, 1);
	cr_expect(g->count == 0 && g->sum == 0 && g->tag[0] == '\0');
	g->count = 5;
	g2 = lt_hash_get(h, "320412", 6, &isnew);
	cr_expect_eq(isnew, 0);
	cr_expect_eq(g2, g);
	cr_expect_eq(g2->count, 5);
	cr_expect_eq(lt_hash_find(h, "320412", 6), g);
	/* Keys are counted bytes: a prefix is another key. */
	cr_expect_null(lt_hash_find(h, "320412", 4));
	cr_expect_null(lt_hash_find(h, "3204120", 7));
	cr_expect_eq(lt_hash_get(h, "320412xyz", 6, NULL), g);
	cr_expect_eq(lt_hash_count(h), 1);
	/* The empty key is a key. */
	g2 = lt_hash_get(h, "", 0, &isnew);
	cr_expect_eq(isnew, 1);
	cr_expect_neq(g2, g);
	cr_expect_eq(lt_hash_count(h), 2);
	lt_hash_free(h);
}

/* 200,000 keys: each found with its own value; values do not move when
 * the table grows, and are aligned for any type. */
Test(hash, many_keys_values_stable)
{
	enum { N = 200000 };
	struct lt_hash *h = lt_hash_new(sizeof(struct group));
	struct group **first = malloc(N * sizeof(*first));
	char key[32];
	size_t i;
	int isnew;

	cr_assert_not_null(first);
	for (i = 0; i < N; i++) {
		int n = snprintf(key, sizeof(key), "%012zu", i * 7919 % 1000003);

		first[i] = lt_hash_get(h, key, (size_t)n, &isnew);
		cr_assert_eq(isnew, 1, "key %s is new", key);
		cr_assert_eq((uintptr_t)first[i] % 16, 0, "value aligned");
		first[i]->count = (long)i;
		snprintf(first[i]->tag, sizeof(first[i]->tag), "%s", key);
	}
	cr_expect_eq(lt_hash_count(h), N);
	for (i = 0; i < N; i++) {
		int n = snprintf(key, sizeof(key), "%012zu", i * 7919 % 1000003);
		struct group *g = lt_hash_find(h, key, (size_t)n);

		cr_assert_eq(g, first[i], "key %s moved", key);
		cr_assert_eq(g->count, (long)i);
		cr_assert_str_eq(g->tag, key);
		cr_assert_eq(lt_hash_get(h, key, (size_t)n, &isnew), g);
		cr_assert_eq(isnew, 0);
	}
	cr_expect_eq(lt_hash_count(h), N);
	cr_expect_null(lt_hash_find(h, "999999999999", 12));
	free(first);
	lt_hash_free(h);
}

Test(hash, sorted_order)
{
	/* Inserted in a scrambled order. */
	static const char *const keys[] = {
		"b", "a\xff", "ab", "", "a", "a\x01", "320412", "32",
		"3204", "320412100", "32041", "B", "\xe4\xb9\xa1",
	};
	/* Bytewise (unsigned), shorter first on a common prefix. */
	static const char *const want[] = {
		"", "32", "3204", "32041", "320412", "320412100", "B", "a",
		"a\x01", "ab", "a\xff", "b", "\xe4\xb9\xa1",
	};
	size_t n = sizeof(keys) / sizeof(keys[0]), i;
	struct lt_hash *h = lt_hash_new(sizeof(long));
	const char **k;
	void **v;

	for (i = 0; i < n; i++)
		*(long *)lt_hash_get(h, keys[i], strlen(keys[i]), NULL) =
		    (long)i;
	cr_assert_eq(lt_hash_count(h), n);
	lt_hash_sorted(h, &k, &v);
	for (i = 0; i < n; i++) {
		size_t j;

		cr_expect_str_eq(k[i], want[i], "position %zu", i);
		/* The value that went in with the key. */
		for (j = 0; j < n && strcmp(keys[j], want[i]) != 0; j++)
			;
		cr_expect_eq(*(long *)v[i], (long)j, "value of \"%s\"",
		    want[i]);
		cr_expect_eq(lt_hash_find(h, k[i], strlen(k[i])), v[i]);
	}
	free(k);
	free(v);
	lt_hash_free(h);
}

/* Sorted order over many keys: each key after the one before. */
Test(hash, sorted_many)
{
	enum { N = 50000 };
	struct lt_hash *h = lt_hash_new(sizeof(int));
	const char **k;
	void **v;
	char key[32];
	size_t i;

	for (i = 0; i < N; i++) {
		/* Lengths 1 to 8: many keys are prefixes of others. */
		int n = snprintf(key, sizeof(key), "%zu", i * 2654435761u %
		    100000000);

		*(int *)lt_hash_get(h, key, (size_t)n, NULL) += 1;
	}
	lt_hash_sorted(h, &k, &v);
	for (i = 1; i < lt_hash_count(h); i++) {
		size_t a = strlen(k[i - 1]), b = strlen(k[i]);
		int c = memcmp(k[i - 1], k[i], a < b ? a : b);

		cr_assert(c < 0 || (c == 0 && a < b), "\"%s\" before \"%s\"",
		    k[i - 1], k[i]);
	}
	for (i = 0; i < lt_hash_count(h); i++)
		cr_assert_eq(*(int *)v[i], 1);
	free(k);
	free(v);
	lt_hash_free(h);
}

Test(hash, sorted_empty)
{
	struct lt_hash *h = lt_hash_new(8);
	const char **k;
	void **v;

	lt_hash_sorted(h, &k, &v);
	cr_expect_not_null(k);
	cr_expect_not_null(v);
	free(k);
	free(v);
	lt_hash_free(h);
	lt_hash_free(NULL);
}

/* A block that grows with its group: new ones zeroed, the first bytes
 * kept as it grows past the pool's sizes and shrinks back, 0 frees. */
Test(hash, block_grows_keeps_and_frees)
{
	static const size_t sizes[] = { 24, 40, 64, 4000, 5000, 48, 8 };
	unsigned char *p = lt_hash_block(NULL, 0, 16);
	size_t i, k, old = 16;

	for (k = 0; k < 16; k++)
		cr_assert_eq(p[k], 0);
	memset(p, 0xa5, 16);
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		size_t keep = old < sizes[i] ? old : sizes[i];

		p = lt_hash_block(p, old, sizes[i]);
		for (k = 0; k < keep && k < 16; k++)
			cr_assert_eq(p[k], 0xa5, "size %zu, byte %zu", sizes[i],
			    k);
		old = sizes[i];
	}
	cr_expect_null(lt_hash_block(p, old, 0));
	cr_expect_null(lt_hash_block(NULL, 0, 0));
}
