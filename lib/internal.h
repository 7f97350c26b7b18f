/*
 * internal.h - what the files of lib/ share, with each other and with
 * the tests, and filters must not call (mblaze's blaze822_priv.h): the
 * header line's internals, the layout of the writer, its thread and its
 * fast paths, the pool, the read-ahead thread, test hooks.  One section
 * per concern; litu.h is the public face.
 */
#ifndef LITU_INTERNAL_H
#define LITU_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "litu.h"

/* header.c */

/* Parse a header line into h (exit 65 naming fname and line when a
 * cell is bad or a name comes twice); free it with lt_header_free. */
void lt_header_parse(struct lt_header *h, const struct lt_field *f,
    size_t n, const char *fname, long line);
void lt_header_free(struct lt_header *h);
int lt_header_same(const struct lt_header *a, const struct lt_header *b);
/* Is the record the header line h again (0), a header line that differs
 * (its column, from 1), or a row (-1)?  It is a header line when its
 * first field names the first column; it is the same when every cell
 * means the same column and type (a --plain header of canonical names
 * is the typed one).  The first column (a code, say) must so never hold
 * its own name. */
long lt_header_again(const struct lt_header *h, const struct lt_record *rec);

/* header.c: a later file's header unlike the first's (exit 65 naming
 * the column); the columns that look like a missing one misspelt, said. */
void lt_header_differs(const char *fname, const char *first,
    const struct lt_header *a, const struct lt_header *b)
    __attribute__((noreturn));
void lt_header_typos(const char *fname, const struct lt_header *h,
    const char *const *missing, size_t nmissing);

/* typing.c */

/* Check and type one record against the header into v; 0 and a message
 * (naming the column, quoting the value) when it is bad. */
int lt_record_type(const struct lt_header *h, const struct lt_record *rec,
    struct lt_value *v, char *msg, size_t size);
/* "column 'name:type'" (or "column N" past the header), for messages. */
void lt_column_label(char *out, size_t size, const struct lt_header *h,
    size_t col);

/* reader.c, split.c: the record reader's state */

#include <csv.h>

struct queued {
	size_t first;	/* index of the first field in foff */
	size_t n;
	long line;
};

struct lt_csv {
	struct csv_parser parser;
	unsigned char delim;
	int fast;		/* the in-place split is allowed */

	char *buf;		/* input bytes: [start, end) not yet read */
	size_t cap, start, end;
	int eof, done;
	long line;		/* lines consumed so far */

	/* Fields of the record being returned. */
	struct lt_field *f;
	size_t fcap;
	struct lt_record rec;

	/* Records that came out of libcsv: their bytes in the arena. */
	char *arena;
	size_t alen, acap;
	size_t *foff, *flen;
	size_t nfoff, foffcap;
	struct queued *q;
	size_t qhead, qlen, qcap;
	size_t cur_fields;	/* fields of the unfinished record */
	long rec_line;		/* line the unfinished record starts on */
	long feed_line;

	/* Where the unfinished record's first line starts in buf: kept
	 * across reads, for the rejects file. */
	size_t rec_off;

	char err[160];
	long err_line;
	size_t err_field;
};

struct lt_field *lt_csv_field_grow(struct lt_csv *c, size_t i);
/* split.c: a line split in place into c's record (1), or 0 when it must
 * go through libcsv. */
int lt_csv_split_line(struct lt_csv *c, char *p, char *e, long line,
    struct lt_record **rec);

/* Field i of the record being made. */
static inline struct lt_field *
lt_csv_field(struct lt_csv *c, size_t i)
{
	return i < c->fcap ? &c->f[i] : lt_csv_field_grow(c, i);
}

/* output */

/* The writer, in four files: output.c opens, flushes and closes;
 * outthread.c is the writing thread; outfield.c writes fields and
 * rows; quote.c makes the CSV text of a field. */

#define OUT_SIZE (256 * 1024)
#define OUT_SLOTS (16 * 1024)	/* numbers a buffer may leave to the thread */

/* A number the writing thread formats, at byte off of its buffer. */
struct lt_slot {
	size_t off;
	double d;
};

struct lt_writer;

struct lt_out {
	int fd;
	char *buf;
	size_t len, cap;
	struct lt_slot *slot;	/* with a writer: the current buffer's */
	size_t nslot;
	struct lt_writer *w;
	int cur;		/* the writer's chunk being filled */
	size_t col;		/* fields written in the current row */
	size_t row, row_nslot;	/* len and nslot where the row began: a
				 * buffer is handed on at a row's end,
				 * so that output never stops mid-row */
	int sync;		/* no writing thread (any more) */
	size_t nums;		/* nums written into the first buffer */
	int want_thread;	/* the filter asked for the writing thread */
	int plain;
	int excel_safe;
	const char *name;	/* for messages */
	char *path, *tmp;	/* -o FILE and its temporary */
};

/* Fields made CSV once (litu.h): for out only. */
struct lt_text {
	char *s;
	size_t len, cap;
	size_t nfields;
	const struct lt_out *out;
};

/* output.c: a full buffer handed on (to the thread, or written) with
 * room for n bytes after it; everything written so far. */
void lt_out_make_room(struct lt_out *o, size_t n);
void lt_out_flush(struct lt_out *o);
/* Write it all: 0, or the errno of the failure (EPIPE ends quietly). */
int lt_out_write_all(int fd, const char *buf, size_t len);
void lt_out_write_failed(struct lt_out *o, int err)
    __attribute__((noreturn));

/* outthread.c: the writing thread, which formats the nums (slots) of
 * full buffers and writes them while the filter goes on.  lt_out_start
 * leaves o->w NULL when it cannot start or LITU_SYNC_WRITE is set. */
void lt_out_start(struct lt_out *o);
void lt_out_hand_over(struct lt_out *o);
/* When the program dies: the rows handed on and the whole rows of the
 * buffer written, errors ignored (standard output ends at a row's
 * end). */
void lt_out_die_flush(struct lt_out *o);
/* Wait until every handed buffer is written; its errno or 0. */
int lt_out_drain(struct lt_out *o);
void lt_out_stop(struct lt_out *o);

/* outfield.c: n pass-through fields of a record; side by side in one
 * quote-free line (inplace: the reader split it in place, NULs between
 * them), they are copied at once unless the output is --excel-safe. */
void lt_out_run(struct lt_out *o, const struct lt_field *f, size_t n,
    int inplace);

/* quote.c: the CSV text of a field into dst (room for 2 * len + 3
 * bytes), quoted only when it must be and, with excel_safe, a ' before
 * a formula; its length.  lt_quoted quotes always. */
size_t lt_quote(char *dst, const char *s, size_t len, int excel_safe);
size_t lt_quoted(char *dst, const char *s, size_t len, int tick);
/* A spreadsheet would run it as a formula (--excel-safe). */
int lt_formula_like(const char *s, size_t len);

/* The bytes that force quoting: , " CR LF. */
extern const unsigned char lt_csv_special[256];

/* Whether the 8 bytes of w hold the byte that fills every byte of c. */
static inline uint64_t
lt_has_byte(uint64_t w, uint64_t c)
{
	uint64_t x = w ^ c;

	return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

/* The length of the start of s that needs no quoting, 8 bytes at a
 * time while it can. */
static inline size_t
lt_plain_prefix(const char *s, size_t len)
{
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (lt_has_byte(w, 0x2c2c2c2c2c2c2c2cULL) |
		    lt_has_byte(w, 0x2222222222222222ULL) |
		    lt_has_byte(w, 0x0d0d0d0d0d0d0d0dULL) |
		    lt_has_byte(w, 0x0a0a0a0a0a0a0a0aULL))
			break;
	}
	for (; i < len; i++)
		if (lt_csv_special[(unsigned char)s[i]])
			break;
	return i;
}

/* Room for n more bytes. */
static inline void
lt_out_reserve(struct lt_out *o, size_t n)
{
	if (o->cap - o->len < n)
		lt_out_make_room(o, n);
}

/* The comma before every field but a row's first. */
static inline void
lt_out_separator(struct lt_out *o)
{
	if (o->col++ > 0)
		o->buf[o->len++] = ',';
}

/*
 * A typed value as lt_out_value writes it, the common cases inline (an
 * NA, a num left to the writing thread): plan.c writes a filter's
 * columns through it, row after row.
 */
static inline void
lt_out_value_fast(struct lt_out *o, const struct lt_value *v)
{
	if (v->na) {
		lt_out_reserve(o, 1);
		lt_out_separator(o);
		return;
	}
	if (v->type == LT_NUM && o->w != NULL && o->nslot < OUT_SLOTS &&
	    v->u.d - v->u.d == 0) {
		lt_out_reserve(o, 1);
		lt_out_separator(o);
		o->slot[o->nslot].off = o->len;
		o->slot[o->nslot++].d = v->u.d;
		return;
	}
	lt_out_value(o, v);
}

/* value.c, micro.c */

/* The digit test of their parsers.  Not isdigit(3): no locale, and no
 * promotion of a byte to a negative int that would pass a "<= '9'"
 * test. */
static inline int
lt_is_digit(char c)
{
	return (unsigned)((unsigned char)c - '0') <= 9;
}

/* history.c, for lineage.c */

struct lt_hist {
	struct lt_hrec *r;
	size_t n, cap;
	struct lt_hash *byname;	/* name -> long: first record + 1 */
	struct lt_hash *bycode;	/* 6-digit code -> long: first record + 1 */
	long *next_name, *next_code;
	/* Territory a code took from others (a part, a share of a split,
	 * a merger): code -> long, first gain + 1; chained. */
	struct lt_hash *bygain;
	struct lt_gain {
		int year;
		int merger;	/* it took two or more whole */
		long next;
	} *gain;
	size_t ngain;
};

int lt_hist_in_use(const struct lt_hrec *r, int year);
/* The record of a 6-digit code in use in year, the latest begun first;
 * not skip. */
const struct lt_hrec *lt_hist_at(const struct lt_hist *h, const char *raw,
    int year, const struct lt_hrec *skip);
/* lineage.c: the gains, once the records are loaded. */
void lt_hist_gains(struct lt_hist *h);

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
