/*
 * outthread.c - the writing thread.  Once an output has filled its
 * first buffer with at least 16 nums a kB, a second thread takes over
 * the writing: the filter hands it full buffers in which every num is
 * still a double (a slot), and the thread lays the numbers out as text
 * and writes, while the filter goes on with the next rows.  Its write
 * errors are reported by the filter at the next hand-over.
 * LITU_SYNC_WRITE=1 keeps every write in the filter's own thread.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define OUT_CHUNKS 3

/* A buffer, full or being filled. */
struct chunk {
	char *buf;
	size_t len, cap;
	struct lt_slot *slot;
	size_t nslot;
};

/* The thread that formats the slots and writes. */
struct lt_writer {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct chunk ch[OUT_CHUNKS];
	int queue[OUT_CHUNKS], free[OUT_CHUNKS];
	size_t qhead, qlen, nfree;
	int busy, quit;
	int err;		/* errno of a failed write */
	char *text;		/* a buffer with its numbers laid out */
	size_t textcap;
};

/* The chunk as text, numbers laid out; its length. */
static size_t
chunk_text(struct lt_writer *w, const struct chunk *c)
{
	size_t need = c->len + c->nslot * LT_NUMBUF, i, from = 0, n = 0;

	if (w->textcap < need) {
		free(w->text);
		w->textcap = need;
		w->text = lt_malloc(need);
	}
	for (i = 0; i < c->nslot; i++) {
		size_t seg = c->slot[i].off - from;

		memcpy(w->text + n, c->buf + from, seg);
		n += seg;
		n += lt_fmt_num(w->text + n, c->slot[i].d);
		from = c->slot[i].off;
	}
	memcpy(w->text + n, c->buf + from, c->len - from);
	return n + c->len - from;
}

static void *
writer_main(void *arg)
{
	struct lt_out *o = arg;
	struct lt_writer *w = o->w;
	int i, err;

	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (w->qlen == 0 && !w->quit)
			pthread_cond_wait(&w->work, &w->mu);
		if (w->qlen == 0)
			break;
		i = w->queue[w->qhead];
		w->qhead = (w->qhead + 1) % OUT_CHUNKS;
		w->qlen--;
		w->busy = 1;
		err = w->err;
		pthread_mutex_unlock(&w->mu);
		/* After a failure the rest is dropped: the filter dies at
		 * its next hand-over. */
		if (err == 0)
			err = lt_out_write_all(o->fd, w->text,
			    chunk_text(w, &w->ch[i]));
		pthread_mutex_lock(&w->mu);
		w->err = err;
		w->busy = 0;
		w->free[w->nfree++] = i;
		pthread_cond_signal(&w->done);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

static void
free_chunks(struct lt_writer *w, int from)
{
	int i;

	for (i = from; i < OUT_CHUNKS; i++)
		free(w->ch[i].buf);
	for (i = 0; i < OUT_CHUNKS; i++)
		free(w->ch[i].slot);
}

/* Start the writing thread, the current buffer its first chunk; stay
 * without one when it cannot start, or when LITU_SYNC_WRITE is set. */
void
lt_out_start(struct lt_out *o)
{
	struct lt_writer *w;
	const char *env = getenv("LITU_SYNC_WRITE");
	int i;

	if (env != NULL && *env != '\0' && strcmp(env, "0") != 0)
		return;
	w = lt_calloc(1, sizeof(*w));
	for (i = 0; i < OUT_CHUNKS; i++) {
		w->ch[i].cap = i == 0 ? o->cap : OUT_SIZE;
		w->ch[i].buf = i == 0 ? o->buf : lt_malloc(OUT_SIZE);
		w->ch[i].slot = lt_malloc(OUT_SLOTS * sizeof(struct lt_slot));
		if (i > 0)
			w->free[w->nfree++] = i;
	}
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->done, NULL);
	o->w = w;
	if (pthread_create(&w->thread, NULL, writer_main, o) != 0) {
		free_chunks(w, 1);
		free(w);
		o->w = NULL;
		return;
	}
	o->cur = 0;
	o->slot = w->ch[0].slot;
	o->nslot = 0;
}

/* Give the current buffer to the thread, up to the end of its last
 * row, and take an empty one with the row begun in it. */
void
lt_out_hand_over(struct lt_out *o)
{
	struct lt_writer *w = o->w;
	struct chunk *c = &w->ch[o->cur];
	static char *tail;
	static struct lt_slot *tslot;
	static size_t tcap, tscap;
	size_t tlen, tn, i;
	int err;

	/* A row that fills a buffer on its own goes as it is. */
	if (o->row == 0 && o->row_nslot == 0)
		o->row = o->len, o->row_nslot = o->nslot;
	tlen = o->len - o->row;
	tn = o->nslot - o->row_nslot;
	if (tcap < tlen)
		tail = lt_realloc(tail, tcap = tlen);
	if (tscap < tn)
		tslot = lt_realloc(tslot, (tscap = tn) * sizeof(*tslot));
	if (tlen > 0)
		memcpy(tail, o->buf + o->row, tlen);
	for (i = 0; i < tn; i++) {
		tslot[i] = o->slot[o->row_nslot + i];
		tslot[i].off -= o->row;
	}
	c->buf = o->buf;
	c->cap = o->cap;
	c->len = o->row;
	c->nslot = o->row_nslot;
	pthread_mutex_lock(&w->mu);
	w->queue[(w->qhead + w->qlen++) % OUT_CHUNKS] = o->cur;
	pthread_cond_signal(&w->work);
	while (w->nfree == 0)
		pthread_cond_wait(&w->done, &w->mu);
	o->cur = w->free[--w->nfree];
	err = w->err;
	pthread_mutex_unlock(&w->mu);
	if (err != 0)
		lt_out_write_failed(o, err);
	c = &w->ch[o->cur];
	if (c->cap < tlen + OUT_SIZE / 2)
		c->buf = lt_realloc(c->buf, c->cap = tlen + OUT_SIZE);
	o->buf = c->buf;
	o->cap = c->cap;
	o->slot = c->slot;
	/* memcpy from NULL is undefined even for 0 bytes. */
	if (tlen > 0)
		memcpy(o->buf, tail, tlen);
	if (tn > 0)
		memcpy(o->slot, tslot, tn * sizeof(*tslot));
	o->len = tlen;
	o->nslot = tn;
	o->row = o->row_nslot = 0;
}

int
lt_out_drain(struct lt_out *o)
{
	struct lt_writer *w = o->w;
	int err;

	pthread_mutex_lock(&w->mu);
	while (w->qlen > 0 || w->busy)
		pthread_cond_wait(&w->done, &w->mu);
	err = w->err;
	pthread_mutex_unlock(&w->mu);
	return err;
}

/* Flush, end the thread, and free its buffers (the current one too). */
void
lt_out_stop(struct lt_out *o)
{
	struct lt_writer *w = o->w;

	lt_out_flush(o);
	pthread_mutex_lock(&w->mu);
	w->quit = 1;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL);
	w->ch[o->cur].buf = o->buf;
	free_chunks(w, 0);
	o->buf = NULL;
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->work);
	pthread_cond_destroy(&w->done);
	free(w->text);
	free(w);
	o->w = NULL;
}

void
lt_out_die_flush(struct lt_out *o)
{
	struct lt_writer *w = o->w;
	struct chunk c;

	if (w == NULL) {
		(void)lt_out_write_all(o->fd, o->buf, o->row);
		return;
	}
	if (lt_out_drain(o) != 0)
		return;
	/* The thread is idle: the whole rows of the current buffer are
	 * laid out and written here. */
	c.buf = o->buf;
	c.len = o->row;
	c.slot = o->slot;
	c.nslot = o->row_nslot;
	(void)lt_out_write_all(o->fd, w->text, chunk_text(w, &c));
}
