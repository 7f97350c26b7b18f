/*
 * pool.c - small blocks for tables that grow with the number of groups
 * (one entry or one history per code).  They are cut from big regions
 * that the kernel may back with 2 MB pages: absorb's codes touch tens of
 * MB, and faulting that in 4 KB page by page cost a tenth of its run
 * (docs/performance.md).  Freed blocks go to a list per size class (16-byte steps) and
 * are handed out again; the regions are kept until the process ends.
 * For the filter's own thread only.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "litu.h"
#include "internal.h"

/* gcc says AddressSanitizer with __SANITIZE_ADDRESS__, clang (the
 * fuzzers' builds) with __has_feature. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ASAN 1
#endif
#endif

#ifdef POOL_ASAN
/*
 * Under AddressSanitizer every block is its own: overflows are caught
 * at the block's edge, and LeakSanitizer, which does not look into
 * mmap regions, still sees what the blocks point to.
 */
void *
lt_pool_alloc(size_t n)
{
	/* The whole 16-byte class is the caller's, as without. */
	return lt_calloc(1, n > 0 && n <= 4096 ? (n + 15) & ~(size_t)15 :
	    n ? n : 1);
}

void
lt_pool_free(void *p, size_t n)
{
	(void)n;
	free(p);
}
#else
#define POOL_STEP 16
#define POOL_MAX 4096		/* larger blocks come from malloc */
#define POOL_HUGE (2u * 1024 * 1024)
#define POOL_REGION (8u * 1024 * 1024)

static char *next, *end;	/* what is left of the current region */
static void *freed[POOL_MAX / POOL_STEP + 1];

static size_t
class_of(size_t n)
{
	return (n + POOL_STEP - 1) / POOL_STEP;
}

/* A region aligned to the huge page size, or NULL. */
static char *
region(void)
{
	size_t len = POOL_REGION + POOL_HUGE;
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), *q;
	uintptr_t a;

	if (p == MAP_FAILED)
		return NULL;
	/* Trim to an aligned POOL_REGION: the kernel backs only whole,
	 * aligned 2 MB spans with huge pages. */
	a = ((uintptr_t)p + POOL_HUGE - 1) & ~(uintptr_t)(POOL_HUGE - 1);
	q = (char *)a;
	if (q > p)
		munmap(p, (size_t)(q - p));
	if (q + POOL_REGION < p + len)
		munmap(q + POOL_REGION, (size_t)(p + len - (q +
		    POOL_REGION)));
#ifdef MADV_HUGEPAGE
	(void)madvise(q, POOL_REGION, MADV_HUGEPAGE);
#endif
	return q;
}

void *
lt_pool_alloc(size_t n)
{
	size_t c = class_of(n), size = c * POOL_STEP;
	void *p;

	if (n == 0 || n > POOL_MAX)
		return lt_calloc(1, n ? n : 1);
	if ((p = freed[c]) != NULL) {
		memcpy(&freed[c], p, sizeof(void *));
		memset(p, 0, size);
		return p;
	}
	if ((size_t)(end - next) < size) {
		if ((next = region()) == NULL) {
			end = NULL;
			return lt_calloc(1, size);
		}
		end = next + POOL_REGION;
	}
	p = next;	/* fresh from mmap: already zero */
	next += size;
	return p;
}

void
lt_pool_free(void *p, size_t n)
{
	size_t c = class_of(n);

	if (p == NULL)
		return;
	if (n == 0 || n > POOL_MAX) {
		free(p);
		return;
	}
	memcpy(p, &freed[c], sizeof(void *));
	freed[c] = p;
}
#endif

void *
lt_pool_realloc(void *p, size_t old, size_t n)
{
	void *q;

#ifndef POOL_ASAN
	if (p != NULL && n <= POOL_MAX && old <= POOL_MAX && old > 0 &&
	    class_of(n) == class_of(old))
		return p;
#endif
	q = lt_pool_alloc(n);
	if (p != NULL) {
		memcpy(q, p, old < n ? old : n);
		lt_pool_free(p, old);
	}
	return q;
}
