/*
 * ahead.c - records read ahead by a thread of their own, so that
 * reading, UTF-8 checks or conversion and splitting run on one core
 * while the filter works on the other.  Records come over in batches of
 * about 256 kB (four of them), each record's fields copied whole.  When
 * the reading function reports an error, the thread stops until the
 * caller has asked the CSV reader about it and asks for the next
 * record.
 *
 * It pays where reading is heavy (parse-census checks UTF-8 or converts
 * GBK, then splits): for typed CSV, which the lib splits much faster,
 * the copy and the hand-over between cores cost more than they save,
 * and handing over typed values or cleaned cells too, several times the
 * bytes of the record, was slower still (docs/performance.md, "Tried,
 * kept and dropped").
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

#define NBATCH 4
#define BATCH_BYTES (256 * 1024)

struct batch {
	char *bytes;		/* never moved while it holds records */
	size_t nbytes, cap;
	struct lt_field *f;
	size_t nf, fcap;
	struct lt_record *r;	/* their f index the batch's fields */
	size_t nr, rcap;
	int status;		/* after the records: 1 more, 0 end, -1 error */
	uint64_t pos;		/* the position function's value by then */
};

struct lt_ahead {
	lt_next_fn *next;
	lt_pos_fn *pos;
	void *ctx;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t filled, emptied, resumed;
	struct batch b[NBATCH];
	int queue[NBATCH], free[NBATCH];
	size_t qhead, qlen, nfree;
	int paused;		/* the thread waits after an error */
	int quit;
	/* The caller's side: */
	int resume;		/* an error was returned: let the thread go on */
	int cur;		/* batch being read, -1 none */
	size_t next_rec;	/* its next record */
};

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap ? 2 * *cap : 64;
	return lt_realloc(p, *cap * size);
}

/*
 * Copy a record into a batch: its fields lie one after the other, each
 * NUL-terminated, whether split in place or by libcsv.  0 when the
 * batch has no room left for its bytes (it grows only while empty).
 */
static int
batch_add(struct batch *b, const struct lt_record *rec)
{
	const char *base = rec->n ? rec->f[0].s : NULL;
	size_t span = rec->n ? (size_t)(rec->f[rec->n - 1].s - base) +
	    rec->f[rec->n - 1].len + 1 : 0, i;
	struct lt_record *br;

	if (b->cap - b->nbytes < span) {
		if (b->nr > 0)
			return 0;
		b->bytes = grow(b->bytes, &b->cap, span, 1);
	}
	b->f = grow(b->f, &b->fcap, b->nf + rec->n, sizeof(*b->f));
	b->r = grow(b->r, &b->rcap, b->nr + 1, sizeof(*b->r));
	memcpy(b->bytes + b->nbytes, base, span);
	for (i = 0; i < rec->n; i++) {
		b->f[b->nf + i].s = b->bytes + b->nbytes +
		    (rec->f[i].s - base);
		b->f[b->nf + i].len = rec->f[i].len;
	}
	br = &b->r[b->nr++];
	*br = *rec;
	br->f = (struct lt_field *)(uintptr_t)b->nf;	/* an index, for now */
	b->nf += rec->n;
	b->nbytes += span;
	return 1;
}

static void *
ahead_main(void *arg)
{
	struct lt_ahead *a = arg;
	struct lt_record *rec = NULL;
	struct batch *b;
	size_t j;
	int i, rc, held = 0;

	for (;;) {
		pthread_mutex_lock(&a->mu);
		while (a->nfree == 0 && !a->quit)
			pthread_cond_wait(&a->emptied, &a->mu);
		if (a->quit) {
			pthread_mutex_unlock(&a->mu);
			return NULL;
		}
		i = a->free[--a->nfree];
		pthread_mutex_unlock(&a->mu);
		b = &a->b[i];
		b->nbytes = b->nf = b->nr = 0;
		if (b->cap < BATCH_BYTES)
			b->bytes = grow(b->bytes, &b->cap, BATCH_BYTES, 1);
		rc = 1;
		if (held) {
			/* The record that did not fit the last batch. */
			held = 0;
			batch_add(b, rec);
		}
		while ((rc = a->next(a->ctx, &rec)) == 1)
			if (!batch_add(b, rec)) {
				held = 1;
				break;
			}
		/* The fields array is final: the records' f from indexes
		 * to pointers. */
		for (j = 0; j < b->nr; j++)
			b->r[j].f = b->f + (uintptr_t)b->r[j].f;
		b->status = rc;
		b->pos = a->pos != NULL ? a->pos(a->ctx) : 0;
		pthread_mutex_lock(&a->mu);
		a->queue[(a->qhead + a->qlen++) % NBATCH] = i;
		pthread_cond_signal(&a->filled);
		if (rc < 0) {
			a->paused = 1;
			while (a->paused && !a->quit)
				pthread_cond_wait(&a->resumed, &a->mu);
		}
		pthread_mutex_unlock(&a->mu);
		if (rc == 0)
			return NULL;
	}
}

struct lt_ahead *
lt_ahead_start(lt_next_fn *next, lt_pos_fn *pos, void *ctx)
{
	struct lt_ahead *a = lt_calloc(1, sizeof(*a));
	int i;

	a->next = next;
	a->pos = pos;
	a->ctx = ctx;
	pthread_mutex_init(&a->mu, NULL);
	pthread_cond_init(&a->filled, NULL);
	pthread_cond_init(&a->emptied, NULL);
	pthread_cond_init(&a->resumed, NULL);
	for (i = 0; i < NBATCH; i++)
		a->free[a->nfree++] = i;
	a->cur = -1;
	if (pthread_create(&a->thread, NULL, ahead_main, a) != 0) {
		pthread_mutex_destroy(&a->mu);
		pthread_cond_destroy(&a->filled);
		pthread_cond_destroy(&a->emptied);
		pthread_cond_destroy(&a->resumed);
		free(a);
		return NULL;
	}
	return a;
}

int
lt_ahead_next(struct lt_ahead *a, struct lt_record **rec)
{
	struct batch *b = NULL;

	for (;;) {
		if (a->cur >= 0) {
			b = &a->b[a->cur];
			if (a->next_rec < b->nr)
				break;
			if (b->status != 1) {
				int status = b->status;

				if (status < 0) {
					/* Asked once: the next call lets the
					 * thread go on. */
					b->status = 1;
					a->resume = 1;
				}
				return status;
			}
		}
		pthread_mutex_lock(&a->mu);
		if (a->resume) {
			/* The error was asked about: the thread may go on. */
			a->resume = 0;
			a->paused = 0;
			pthread_cond_signal(&a->resumed);
		}
		if (a->cur >= 0) {
			a->free[a->nfree++] = a->cur;
			pthread_cond_signal(&a->emptied);
		}
		while (a->qlen == 0)
			pthread_cond_wait(&a->filled, &a->mu);
		a->cur = a->queue[a->qhead];
		a->qhead = (a->qhead + 1) % NBATCH;
		a->qlen--;
		pthread_mutex_unlock(&a->mu);
		a->next_rec = 0;
	}
	*rec = &b->r[a->next_rec++];
	return 1;
}

uint64_t
lt_ahead_pos(const struct lt_ahead *a)
{
	return a->cur >= 0 ? a->b[a->cur].pos : 0;
}

void
lt_ahead_stop(struct lt_ahead *a)
{
	int i;

	if (a == NULL)
		return;
	pthread_mutex_lock(&a->mu);
	a->quit = 1;
	pthread_cond_signal(&a->emptied);
	pthread_cond_signal(&a->resumed);
	pthread_mutex_unlock(&a->mu);
	pthread_join(a->thread, NULL);
	for (i = 0; i < NBATCH; i++) {
		free(a->b[i].bytes);
		free(a->b[i].f);
		free(a->b[i].r);
	}
	pthread_mutex_destroy(&a->mu);
	pthread_cond_destroy(&a->filled);
	pthread_cond_destroy(&a->emptied);
	pthread_cond_destroy(&a->resumed);
	free(a);
}
