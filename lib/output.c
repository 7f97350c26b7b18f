/*
 * output.c - the writer: minimal quoting (a field is quoted only when it
 * holds a comma, a quote, CR or LF), LF line ends, big buffered writes,
 * every write error caught (sbase's fshut).  -o FILE goes through a
 * temporary file in the same folder that is renamed into place only
 * when everything is written, so a report is whole or absent.
 *
 * Once an output has filled its first buffer with at least 16 nums a
 * kB, a second thread takes over the writing: the filter hands it full
 * buffers in which every num is still a double (a slot), and the thread
 * lays the numbers out as text and writes, while the filter goes on
 * with the next rows.  Its write errors are reported by the filter at
 * the next hand-over.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "litu.h"

#define OUT_SIZE (256 * 1024)
#define OUT_SLOTS (16 * 1024)	/* numbers a buffer may leave to the thread */
#define OUT_CHUNKS 3

/* A number the writing thread formats, at byte off of its buffer. */
struct slot {
	size_t off;
	double d;
};

/* A buffer, full or being filled. */
struct chunk {
	char *buf;
	size_t len, cap;
	struct slot *slot;
	size_t nslot;
};

/* The thread that formats the slots and writes. */
struct writer {
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

struct lt_out {
	int fd;
	char *buf;
	size_t len, cap;
	struct slot *slot;	/* with a writer: the current buffer's */
	size_t nslot;
	struct writer *w;
	int cur;		/* the writer's chunk being filled */
	size_t col;		/* fields written in the current row */
	int sync;		/* no writing thread (any more) */
	size_t nums;		/* nums written into the first buffer */
	int plain;
	int excel_safe;
	const char *name;	/* for messages */
	char *path, *tmp;	/* -o FILE and its temporary */
};

/* The temporary -o file, removed when the program dies. */
static char *pending_tmp;

static void
remove_pending(void)
{
	if (pending_tmp) {
		unlink(pending_tmp);
		pending_tmp = NULL;
	}
}

static void
on_signal(int sig)
{
	/* unlink(2) is async-signal-safe. */
	if (pending_tmp)
		unlink(pending_tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* A table of bytes that force quoting. */
static unsigned char special[256];

static void
init_special(void)
{
	special[','] = special['"'] = special['\r'] = special['\n'] = 1;
}

static struct lt_out *
out_new(int fd, const char *name)
{
	struct lt_out *o = lt_calloc(1, sizeof(*o));

	o->fd = fd;
	o->cap = OUT_SIZE;
	o->buf = lt_malloc(o->cap);
	o->name = name;
	init_special();
	return o;
}

struct lt_out *
lt_out_open(const struct lt_cli *cli)
{
	struct lt_out *o;
	struct stat st;

	if (cli->out_path && stat(cli->out_path, &st) == 0 &&
	    !S_ISREG(st.st_mode)) {
		/* A device or a pipe (-o /dev/stdout): written in place,
		 * never renamed over. */
		int fd = open(cli->out_path, O_WRONLY | O_CLOEXEC);

		if (fd < 0)
			lt_die(LT_EXIT_IO, "cannot open %s:", cli->out_path);
		o = out_new(fd, cli->out_path);
	} else if (cli->out_path) {
		size_t n = strlen(cli->out_path);
		char *tmp = lt_malloc(n + 16);
		int fd;

		memcpy(tmp, cli->out_path, n);
		memcpy(tmp + n, ".tmpXXXXXX", 11);
		if ((fd = mkstemp(tmp)) < 0)
			lt_die(LT_EXIT_IO, "cannot create %s:", tmp);
		/* mkstemp makes 0600; a report is for others to read. */
		(void)fchmod(fd, 0644 & ~umask(umask(0)));
		pending_tmp = tmp;
		lt_atdie(remove_pending);
		signal(SIGTERM, on_signal);
		signal(SIGINT, on_signal);
		signal(SIGHUP, on_signal);
		o = out_new(fd, cli->out_path);
		o->path = lt_strdup(cli->out_path);
		o->tmp = tmp;
	} else {
		o = out_new(1, "<stdout>");
#ifdef F_SETPIPE_SZ
		/* A bigger pipe lets both stages of a pipeline run
		 * without waiting on each other as often. */
		if (fstat(1, &st) == 0 && S_ISFIFO(st.st_mode))
			(void)fcntl(1, F_SETPIPE_SZ, 1024 * 1024);
#endif
	}
	(void)st;
	o->plain = cli->plain;
	o->excel_safe = cli->excel_safe;
	return o;
}

struct lt_out *
lt_out_open_path(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	struct lt_out *o;

	if (fd < 0)
		lt_die(LT_EXIT_IO, "cannot create %s:", path);
	o = out_new(fd, path);
	o->path = NULL;
	o->plain = 1;
	return o;
}

/* Write it all: 0, or the errno of the failure. */
static int
write_all(int fd, const char *buf, size_t len)
{
	size_t off = 0;

	while (off < len) {
		ssize_t n = write(fd, buf + off, len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EPIPE) {
			/* The reader went away (| head): end quietly,
			 * as cat does. */
			remove_pending();
			signal(SIGPIPE, SIG_DFL);
			raise(SIGPIPE);
			_exit(LT_EXIT_IO);
		}
		if (n <= 0)
			return n < 0 ? errno : EIO;
		off += (size_t)n;
	}
	return 0;
}

static void
write_failed(struct lt_out *o, int err)
{
	errno = err;
	lt_die(LT_EXIT_IO, "%s: write error:", o->name);
}

/* The chunk as text, numbers laid out; its length. */
static size_t
chunk_text(struct writer *w, const struct chunk *c)
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
	struct writer *w = o->w;
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
			err = write_all(o->fd, w->text, chunk_text(w, &w->ch[i]));
		pthread_mutex_lock(&w->mu);
		w->err = err;
		w->busy = 0;
		w->free[w->nfree++] = i;
		pthread_cond_signal(&w->done);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

/* Start the writing thread, the current buffer its first chunk; stay
 * without one when it cannot start, or when LITU_SYNC_WRITE is set. */
static void
writer_start(struct lt_out *o)
{
	struct writer *w;
	const char *env = getenv("LITU_SYNC_WRITE");
	char tmpnum[LT_NUMBUF];
	int i;

	if (env != NULL && *env != '\0' && strcmp(env, "0") != 0)
		return;
	/* What lt_fmt_num finds out once about long double, found out
	 * here before the thread can ask too. */
	(void)lt_fmt_num(tmpnum, 1e-300);	/* past the exact path */
	w = lt_calloc(1, sizeof(*w));
	for (i = 0; i < OUT_CHUNKS; i++) {
		w->ch[i].cap = i == 0 ? o->cap : OUT_SIZE;
		w->ch[i].buf = i == 0 ? o->buf : lt_malloc(OUT_SIZE);
		w->ch[i].slot = lt_malloc(OUT_SLOTS * sizeof(struct slot));
		if (i > 0)
			w->free[w->nfree++] = i;
	}
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->done, NULL);
	o->w = w;
	if (pthread_create(&w->thread, NULL, writer_main, o) != 0) {
		for (i = 1; i < OUT_CHUNKS; i++)
			free(w->ch[i].buf);
		for (i = 0; i < OUT_CHUNKS; i++)
			free(w->ch[i].slot);
		free(w);
		o->w = NULL;
		return;
	}
	o->cur = 0;
	o->slot = w->ch[0].slot;
	o->nslot = 0;
}

/* Give the current buffer to the thread and take an empty one. */
static void
hand_over(struct lt_out *o)
{
	struct writer *w = o->w;
	struct chunk *c = &w->ch[o->cur];
	int err;

	c->buf = o->buf;
	c->cap = o->cap;
	c->len = o->len;
	c->nslot = o->nslot;
	pthread_mutex_lock(&w->mu);
	w->queue[(w->qhead + w->qlen++) % OUT_CHUNKS] = o->cur;
	pthread_cond_signal(&w->work);
	while (w->nfree == 0)
		pthread_cond_wait(&w->done, &w->mu);
	o->cur = w->free[--w->nfree];
	err = w->err;
	pthread_mutex_unlock(&w->mu);
	if (err != 0)
		write_failed(o, err);
	c = &w->ch[o->cur];
	o->buf = c->buf;
	o->cap = c->cap;
	o->len = 0;
	o->slot = c->slot;
	o->nslot = 0;
}

/* Everything so far written, by the thread or here. */
static void
flush(struct lt_out *o)
{
	struct writer *w = o->w;
	int err;

	if (w == NULL) {
		if ((err = write_all(o->fd, o->buf, o->len)) != 0)
			write_failed(o, err);
		o->len = 0;
		return;
	}
	if (o->len > 0)
		hand_over(o);
	pthread_mutex_lock(&w->mu);
	while (w->qlen > 0 || w->busy)
		pthread_cond_wait(&w->done, &w->mu);
	err = w->err;
	pthread_mutex_unlock(&w->mu);
	if (err != 0)
		write_failed(o, err);
}

/* A full buffer: to the thread (started on the first), or written. */
static void
make_room(struct lt_out *o, size_t n)
{
	if (o->w == NULL && !o->sync) {
		/* One try, on the first full buffer, and only if it held
		 * enough nums to pay for the hand-over: absorb writes 45 a
		 * kB (0.49 s on the 1M-row panel with the thread, 0.67
		 * without), commute-check 20 (0.74 s, 0.82), ills-report's
		 * CSV 7 (1.3 s, 1.0), classify-labour and parse-census none
		 * (1.0 s, 0.75; 0.44 s, 0.39). */
		o->sync = 1;
		if (o->nums * 64 >= o->len)
			writer_start(o);
	}
	if (o->w != NULL)
		hand_over(o);
	else
		flush(o);
	if (o->cap < n) {
		o->cap = n;
		o->buf = lt_realloc(o->buf, o->cap);
	}
}

static void
writer_stop(struct lt_out *o)
{
	struct writer *w = o->w;
	int i;

	flush(o);
	pthread_mutex_lock(&w->mu);
	w->quit = 1;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL);
	w->ch[o->cur].buf = o->buf;
	for (i = 0; i < OUT_CHUNKS; i++) {
		free(w->ch[i].buf);
		free(w->ch[i].slot);
	}
	o->buf = NULL;
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->work);
	pthread_cond_destroy(&w->done);
	free(w->text);
	free(w);
	o->w = NULL;
}

static inline void
reserve(struct lt_out *o, size_t n)
{
	if (o->cap - o->len < n)
		make_room(o, n);
}

void
lt_out_bytes(struct lt_out *o, const char *s, size_t len)
{
	reserve(o, len);
	memcpy(o->buf + o->len, s, len);
	o->len += len;
}

static inline void
separator(struct lt_out *o)
{
	if (o->col++ > 0)
		o->buf[o->len++] = ',';
}

int
lt_out_spans_ok(const struct lt_out *o)
{
	return !o->excel_safe;
}

/*
 * A spreadsheet runs a cell that starts with = + - or @ as a formula
 * (OWASP's "CSV injection"); a ' before it makes it text.  Numbers such
 * as -5 stay numbers.  Cells starting with a tab or CR, which some
 * spreadsheets also strip and run, are not covered.
 */
static int
formula_like(const char *s, size_t len)
{
	double d;

	if (len == 0 || (s[0] != '=' && s[0] != '+' && s[0] != '-' &&
	    s[0] != '@'))
		return 0;
	return lt_parse_num(s, len, &d) == LT_EBAD;
}

/* Whether the 8 bytes of w hold the byte that fills every byte of c. */
static inline uint64_t
has_byte(uint64_t w, uint64_t c)
{
	uint64_t x = w ^ c;

	return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}

/* The length of the start of s that needs no quoting, 8 bytes at a
 * time while it can. */
static size_t
plain_prefix(const char *s, size_t len)
{
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (has_byte(w, 0x2c2c2c2c2c2c2c2cULL) |
		    has_byte(w, 0x2222222222222222ULL) |
		    has_byte(w, 0x0d0d0d0d0d0d0d0dULL) |
		    has_byte(w, 0x0a0a0a0a0a0a0a0aULL))
			break;
	}
	for (; i < len; i++)
		if (special[(unsigned char)s[i]])
			break;
	return i;
}

void
lt_out_field(struct lt_out *o, const char *s, size_t len)
{
	size_t i;

	if (o->excel_safe && formula_like(s, len)) {
		char *p = lt_malloc(len + 1);

		p[0] = '\'';
		memcpy(p + 1, s, len);
		o->excel_safe = 0;
		lt_out_field(o, p, len + 1);
		o->excel_safe = 1;
		free(p);
		return;
	}

	i = plain_prefix(s, len);
	if (i == len) {
		reserve(o, len + 1);
		separator(o);
		memcpy(o->buf + o->len, s, len);
		o->len += len;
		return;
	}
	reserve(o, 2 * len + 3);
	separator(o);
	o->buf[o->len++] = '"';
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			o->buf[o->len++] = '"';
		o->buf[o->len++] = s[i];
	}
	o->buf[o->len++] = '"';
}

void
lt_out_plain(struct lt_out *o, const char *s, size_t len)
{
	reserve(o, len + 1);
	separator(o);
	memcpy(o->buf + o->len, s, len);
	o->len += len;
}

char *
lt_out_span(struct lt_out *o, size_t len, size_t nfields)
{
	char *dst;

	reserve(o, len + 1);
	separator(o);
	dst = o->buf + o->len;
	o->len += len;
	o->col += nfields - 1;
	return dst;
}

size_t
lt_field_text(char *dst, const char *s, size_t len)
{
	size_t i, n = 0;

	if (plain_prefix(s, len) == len) {
		memcpy(dst, s, len);
		return len;
	}
	dst[n++] = '"';
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			dst[n++] = '"';
		dst[n++] = s[i];
	}
	dst[n++] = '"';
	return n;
}

void
lt_out_cstr(struct lt_out *o, const char *s)
{
	lt_out_field(o, s, strlen(s));
}

void
lt_out_na(struct lt_out *o)
{
	reserve(o, 1);
	separator(o);
}

void
lt_out_num(struct lt_out *o, double d)
{
	char buf[LT_NUMBUF];
	size_t n;

	/* A ratio over zero is NA, never inf or nan. */
	if (d != d || d - d != 0) {
		lt_out_na(o);
		return;
	}
	if (o->w != NULL) {
		/* Laid out by the writing thread. */
		if (o->nslot == OUT_SLOTS)
			hand_over(o);
		reserve(o, 1);
		separator(o);
		o->slot[o->nslot].off = o->len;
		o->slot[o->nslot++].d = d;
		return;
	}
	o->nums++;
	n = lt_fmt_num(buf, d);
	reserve(o, n + 1);
	separator(o);
	memcpy(o->buf + o->len, buf, n);
	o->len += n;
}

void
lt_out_int(struct lt_out *o, int64_t i)
{
	reserve(o, 24);
	separator(o);
	o->len += lt_fmt_int(o->buf + o->len, i);
}

void
lt_out_value(struct lt_out *o, const struct lt_value *v)
{
	if (v->na) {
		lt_out_na(o);
		return;
	}
	switch (v->type) {
	case LT_INT:
		lt_out_int(o, v->u.i);
		break;
	case LT_NUM:
		lt_out_num(o, v->u.d);
		break;
	case LT_BOOL:
		/* Never quoted, never formula-like. */
		reserve(o, 6);
		separator(o);
		memcpy(o->buf + o->len, v->u.b ? "true" : "false",
		    v->u.b ? 4 : 5);
		o->len += v->u.b ? 4 : 5;
		break;
	default:
		lt_out_field(o, v->u.str.s, v->u.str.len);
		break;
	}
}

void
lt_out_endrow(struct lt_out *o)
{
	reserve(o, 1);
	o->buf[o->len++] = '\n';
	o->col = 0;
}

void
lt_out_column(struct lt_out *o, const char *name, enum lt_type t)
{
	size_t n = strlen(name), tn;
	char *cell;

	if (o->plain || t == LT_STR) {
		lt_out_field(o, name, n);
		return;
	}
	tn = strlen(lt_type_name(t));
	cell = lt_malloc(n + tn + 2);
	memcpy(cell, name, n);
	cell[n] = ':';
	memcpy(cell + n + 1, lt_type_name(t), tn + 1);
	lt_out_field(o, cell, n + tn + 1);
	free(cell);
}

void
lt_out_header(struct lt_out *o, const struct lt_header *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		lt_out_column(o, h->col[i].name, h->col[i].type);
	lt_out_endrow(o);
	/* Written at once: the next stage of a pipeline can start, and
	 * an output that cannot be written (a full disk) stops the filter
	 * before any row is read. */
	flush(o);
}

void
lt_out_close(struct lt_out *o)
{
	if (o->w != NULL)
		writer_stop(o);
	else
		flush(o);
	if (o->fd == 1) {
		/* Errors of a delayed write show up at close (NFS). */
		if (close(1) != 0 && errno != EINTR)
			lt_die(LT_EXIT_IO, "%s: write error:", o->name);
	} else if (close(o->fd) != 0) {
		lt_die(LT_EXIT_IO, "%s: write error:", o->name);
	}
	if (o->tmp) {
		if (rename(o->tmp, o->path) != 0)
			lt_die(LT_EXIT_IO, "cannot rename %s to %s:", o->tmp,
			    o->path);
		if (pending_tmp == o->tmp)
			pending_tmp = NULL;
		free(o->tmp);
		free(o->path);
	}
	free(o->buf);
	free(o);
}
