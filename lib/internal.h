/*
 * internal.h - what lib/ shares between its files and with its tests,
 * and filters must not call (mblaze's blaze822_priv.h): the pool, the
 * read-ahead thread, test hooks.  One section per source file, as in
 * litu.h.
 */
#ifndef LITU_INTERNAL_H
#define LITU_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "litu.h"

/* value.c, micro.c */

/* The digit test of their parsers.  Not isdigit(3): no locale, and no
 * promotion of a byte to a negative int that would pass a "<= '9'"
 * test. */
static inline int
lt_is_digit(char c)
{
	return (unsigned)((unsigned char)c - '0') <= 9;
}

/* pool.c */

/* Small zeroed blocks for per-group tables (main thread only); free and
 * realloc take the size the block was asked with.  lt_hash_block is
 * what filters use. */
void *lt_pool_alloc(size_t n);
void lt_pool_free(void *p, size_t n);
void *lt_pool_realloc(void *p, size_t old, size_t n);

/* ahead.c */

/*
 * Records read ahead by a thread (parse-census reads through it; typed
 * CSV, which the lib splits faster than it could hand over, does not).
 * next reads a record as lt_csv_next does (1, 0 at the end, -1 on an
 * error, after which the thread waits until the next lt_ahead_next);
 * pos, if given, is asked after each batch (bytes read, for progress).
 * A record from lt_ahead_next stays valid until the next call.
 */
typedef int lt_next_fn(void *ctx, struct lt_record **rec);
typedef uint64_t lt_pos_fn(void *ctx);
struct lt_ahead;

/* NULL when no thread can be started: read in place then. */
struct lt_ahead *lt_ahead_start(lt_next_fn *next, lt_pos_fn *pos, void *ctx);
int lt_ahead_next(struct lt_ahead *a, struct lt_record **rec);
/* pos as of the batch of that record. */
uint64_t lt_ahead_pos(const struct lt_ahead *a);
void lt_ahead_stop(struct lt_ahead *a);

/* test hooks */

/* 0 turns off the in-place split of quote-free lines (reader.c; for the
 * differential test: libcsv alone must give the same records). */
void lt_csv_set_fast(struct lt_csv *c, int fast);
/* lt_fmt_num by printf and strtod alone (numfmt.c; its fallback, and
 * the reference for the tests). */
size_t lt_fmt_num_printf(char *buf, double v);

#endif
