/*
 * test_pool.c - the block pool (lib/pool.c): blocks are zeroed whether
 * fresh from a region or handed out again after a free, a freed block
 * comes back for the next request of its size class (16-byte steps) and
 * of no other, realloc keeps the contents and stays in place within a
 * class, blocks above 4096 bytes and of 0 bytes work, and more blocks
 * than one 8 MB region holds are distinct and writable.
 *
 * Criterion runs each test in a process of its own, so each starts with
 * an empty pool.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"
#include "internal.h"

/*
 * Under AddressSanitizer the pool gives every block to calloc and free
 * (lib/pool.c), so which block comes back is not the pool's to say:
 * only contents and sizes are checked then.
 */
#ifdef __SANITIZE_ADDRESS__
#define expect_same(q, p, msg) ((void)(q), (void)(p))
#else
#define expect_same(q, p, msg) cr_expect_eq(q, p, msg)
#endif

/* The index of the first byte of p[0..n) that is not c, or n. */
static size_t
first_not(const void *p, int c, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] != (unsigned char)c)
			break;
	return i;
}

/* Byte i of a block's test pattern: never 0, different for a
 * different seed. */
static unsigned char
pattern(size_t i, unsigned seed)
{
	return (unsigned char)(1 + (i * 31 + seed) % 255);
}

static void
fill(void *p, size_t n, unsigned seed)
{
	unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		b[i] = pattern(i, seed);
}

/* The index of the first byte of p[0..n) that is not the pattern, or n. */
static size_t
first_unlike(const void *p, size_t n, unsigned seed)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		if (b[i] != pattern(i, seed))
			break;
	return i;
}

Test(pool, fresh_blocks_zeroed_and_aligned)
{
	static const size_t sizes[] = { 1, 15, 16, 17, 48, 100, 1000, 4095,
	    4096 };
	size_t i;

	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		size_t n = sizes[i];
		unsigned char *p = lt_pool_alloc(n);

		cr_assert_not_null(p, "alloc(%zu)", n);
		cr_expect_eq((uintptr_t)p % 16, 0, "alloc(%zu) aligned to 16",
		    n);
		cr_expect_eq(first_not(p, 0, n), n, "alloc(%zu) zeroed", n);
		/* Written to its last byte without harm to the others. */
		fill(p, n, (unsigned)i);
	}
}

/* A freed block is the next one of its class, zeroed again over the
 * whole class (16 bytes for 1..16, 48 for 33..48). */
Test(pool, freed_block_reused_and_zeroed)
{
	unsigned char *p, *q, *r;

	p = lt_pool_alloc(40);
	cr_assert_not_null(p);
	fill(p, 48, 1);		/* the class is 48 bytes: all of it is ours */
	lt_pool_free(p, 40);
	q = lt_pool_alloc(48);
	expect_same(q, p, "a block of the same class comes back");
	cr_expect_eq(first_not(q, 0, 48), 48, "reused block zeroed");

	fill(q, 48, 2);
	lt_pool_free(q, 48);
	r = lt_pool_alloc(33);
	expect_same(r, p, "33 bytes are of the class of 48");
	cr_expect_eq(first_not(r, 0, 48), 48, "reused block zeroed");

	/* Small blocks too, and the last class. */
	p = lt_pool_alloc(1);
	fill(p, 16, 3);
	lt_pool_free(p, 1);
	q = lt_pool_alloc(16);
	expect_same(q, p, "the same class");
	cr_expect_eq(first_not(q, 0, 16), 16);
	p = lt_pool_alloc(4096);
	fill(p, 4096, 4);
	lt_pool_free(p, 4096);
	q = lt_pool_alloc(4081);
	expect_same(q, p, "the same class");
	cr_expect_eq(first_not(q, 0, 4096), 4096);
}

/* Freed blocks are kept per class: another class does not get them, and
 * the last freed comes back first. */
Test(pool, free_lists_per_class)
{
	unsigned char *a = lt_pool_alloc(48), *b = lt_pool_alloc(48);
	unsigned char *c, *d, *e;

	cr_assert(a != NULL && b != NULL && a != b);
	fill(a, 48, 5);
	fill(b, 48, 6);
	lt_pool_free(a, 48);
	lt_pool_free(b, 48);
	c = lt_pool_alloc(64);
	cr_expect(c != a && c != b, "a block of 64 is not one of 48");
	cr_expect_eq(first_not(c, 0, 64), 64);
	c = lt_pool_alloc(32);
	cr_expect(c != a && c != b, "a block of 32 is not one of 48");
	d = lt_pool_alloc(48);
	e = lt_pool_alloc(48);
	expect_same(d, b, "the last freed comes back first");
	expect_same(e, a, "then the one before");
	cr_expect_eq(first_not(d, 0, 48), 48);
	cr_expect_eq(first_not(e, 0, 48), 48);
}

Test(pool, realloc_within_class_stays)
{
	unsigned char *p = lt_pool_alloc(33), *q;

	cr_assert_not_null(p);
	fill(p, 33, 7);
	q = lt_pool_realloc(p, 33, 48);
	expect_same(q, p, "33 to 48 bytes: the same block");
	cr_expect_eq(first_unlike(q, 33, 7), 33, "contents kept");
	cr_expect_eq(first_not(q + 33, 0, 15), 15, "the new bytes zero");
	q = lt_pool_realloc(q, 48, 40);
	expect_same(q, p, "48 to 40 bytes: the same block");
	cr_expect_eq(first_unlike(q, 33, 7), 33, "contents kept");
	p = lt_pool_alloc(4081);
	fill(p, 4081, 8);
	q = lt_pool_realloc(p, 4081, 4096);
	expect_same(q, p, "4081 to 4096 bytes: the same block");
	cr_expect_eq(first_unlike(q, 4081, 8), 4081);
}

/* Doubling from one record, as absorb grows a code's history: each step
 * to another class keeps what was written, the new part zero; the
 * block given up is the next of its class. */
Test(pool, realloc_grows_across_classes)
{
	size_t n = 24, m;
	unsigned char *p = lt_pool_realloc(NULL, 0, n), *q, *r;

	cr_assert_not_null(p);
	cr_expect_eq(first_not(p, 0, n), n, "realloc of NULL is alloc");
	fill(p, n, 9);
	for (m = 2 * n; m <= 24 * 1024; n = m, m *= 2) {
		q = lt_pool_realloc(p, n, m);
		cr_assert_not_null(q);
		cr_expect_neq(q, p, "%zu to %zu bytes: another class", n, m);
		cr_expect_eq(first_unlike(q, n, 9), n,
		    "%zu to %zu bytes: contents kept", n, m);
		cr_expect_eq(first_not(q + n, 0, m - n), m - n,
		    "%zu to %zu bytes: new part zero", n, m);
		fill(q, m, 9);
		if (n <= 4096) {
			r = lt_pool_alloc(n);
			expect_same(r, p, "the old block reused");
			cr_expect_eq(first_not(r, 0, n), n);
			lt_pool_free(r, n);
		}
		p = q;
	}
	/* And back down below the pool's limit. */
	q = lt_pool_realloc(p, n, 100);
	cr_assert_not_null(q);
	cr_expect_eq(first_unlike(q, 100, 9), 100, "shrunk: the start kept");
	lt_pool_free(q, 100);
}

/* Above 4096 bytes the pool passes to calloc and free. */
Test(pool, large_blocks)
{
	size_t n = 5000, m = 300000;
	unsigned char *p, *q;

	/* Leave a dirty block of that size to malloc first. */
	p = malloc(n);
	cr_assert_not_null(p);
	memset(p, 0xaa, n);
	/* Keep the compiler from dropping the memset and the malloc. */
	__asm__ volatile("" : : "r"(p) : "memory");
	free(p);
	p = lt_pool_alloc(n);
	cr_assert_not_null(p);
	cr_expect_eq(first_not(p, 0, n), n, "large block zeroed");
	fill(p, n, 10);
	q = lt_pool_realloc(p, n, m);
	cr_assert_not_null(q);
	cr_expect_eq(first_unlike(q, n, 10), n, "contents kept");
	cr_expect_eq(first_not(q + n, 0, m - n), m - n, "new part zero");
	fill(q, m, 11);
	q = lt_pool_realloc(q, m, 4097);
	cr_assert_not_null(q);
	cr_expect_eq(first_unlike(q, 4097, 11), 4097);
	lt_pool_free(q, 4097);
	/* A large block freed does not turn up as a pool block. */
	p = lt_pool_alloc(8192);
	fill(p, 8192, 12);
	lt_pool_free(p, 8192);
	q = lt_pool_alloc(4096);
	cr_expect_eq(first_not(q, 0, 4096), 4096);
	lt_pool_free(q, 4096);
}

Test(pool, zero_bytes)
{
	void *p = lt_pool_alloc(0), *q = lt_pool_alloc(0);
	unsigned char *r;

	cr_expect_not_null(p, "alloc(0) is not NULL");
	cr_expect_not_null(q);
	cr_expect_neq(p, q, "two blocks of 0 bytes are distinct");
	lt_pool_free(p, 0);
	r = lt_pool_realloc(q, 0, 20);
	cr_assert_not_null(r);
	cr_expect_eq(first_not(r, 0, 20), 20);
	fill(r, 20, 13);
	r = lt_pool_realloc(r, 20, 0);
	cr_expect_not_null(r, "realloc to 0 bytes is not NULL");
	lt_pool_free(r, 0);
	lt_pool_free(NULL, 48);	/* nothing */
}

static int
by_address(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(void *const *)a;
	uintptr_t y = (uintptr_t)*(void *const *)b;

	return (x > y) - (x < y);
}

/* 200,000 blocks of 48 bytes, 9.6 MB: more than one 8 MB region.  Each
 * is zeroed, holds what was written to it, and overlaps no other. */
Test(pool, many_blocks_distinct)
{
	enum { N = 200000, SIZE = 48 };
	unsigned char **p = malloc(N * sizeof(*p)), *again[1000];
	size_t i, bad = 0;

	cr_assert_not_null(p);
	for (i = 0; i < N; i++) {
		p[i] = lt_pool_alloc(SIZE);
		cr_assert_not_null(p[i]);
		if (first_not(p[i], 0, SIZE) != SIZE)
			bad++;
		fill(p[i], SIZE, (unsigned)i);
	}
	cr_expect_eq(bad, 0, "%zu blocks not zeroed", bad);
	for (i = 0; i < N; i++)
		if (first_unlike(p[i], SIZE, (unsigned)i) != SIZE)
			bad++;
	cr_expect_eq(bad, 0, "%zu blocks overwritten", bad);
	qsort(p, N, sizeof(*p), by_address);
	for (i = 1; i < N; i++)
		if ((uintptr_t)p[i] - (uintptr_t)p[i - 1] < SIZE)
			bad++;
	cr_expect_eq(bad, 0, "%zu blocks overlap the next", bad);
	/* Freed, they come back (in some order) before any new block;
	 * under AddressSanitizer (calloc and free) only zeroed. */
	for (i = 0; i < N; i++)
		lt_pool_free(p[i], SIZE);
	for (i = 0; i < 1000; i++) {
		unsigned char *q = lt_pool_alloc(SIZE);

#ifndef __SANITIZE_ADDRESS__
		if (bsearch(&q, p, N, sizeof(*p), by_address) == NULL)
			bad++;
#endif
		if (first_not(q, 0, SIZE) != SIZE)
			bad++;
		again[i] = q;
	}
	cr_expect_eq(bad, 0, "%zu blocks not reused or not zeroed", bad);
	for (i = 0; i < 1000; i++)
		lt_pool_free(again[i], SIZE);
	free(p);
}
