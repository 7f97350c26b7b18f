/*
 * src.c - bytes of one input: a file or stdin ("-"), plain or gzip.
 * gzip is recognised by its magic bytes, so it works on stdin too, and
 * members that follow one another (cat a.gz b.gz) are all read.  Plain
 * input is read straight into the caller's buffer.  gzip is inflated by
 * a second thread, a few buffers ahead of the reader, so that a filter
 * parsing a .gz keeps both cores busy; its errors are reported when the
 * reader reaches the point where they happened.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "litu.h"

#define ZBUF_SIZE (256 * 1024)
#define SLOT_SIZE (1024 * 1024)
#define NSLOTS 4

struct lt_src {
	int fd;
	const char *name;
	int at_start;
	uint64_t consumed;	/* raw bytes read from the file (atomic) */

	int gz;
	z_stream z;
	unsigned char *zbuf;
	int zend;		/* a gzip member just ended */

	/* An error met by the inflating thread, for the reader. */
	int err_status;
	char err[256];

	/* The inflating thread and its ring of filled buffers. */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t filled, emptied;
	char *slot[NSLOTS];
	size_t slot_len[NSLOTS];
	int head, count, done, stop;
	size_t off;		/* bytes of slot[head] already taken */
};

struct lt_src *
lt_src_open(const char *path)
{
	struct lt_src *s = lt_calloc(1, sizeof(*s));
	struct stat st;

	s->at_start = 1;
	if (strcmp(path, "-") == 0) {
		s->fd = 0;
		s->name = lt_stdin_name();
	} else {
		s->name = path;
		if ((s->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
			lt_die(LT_EXIT_NOINPUT, "cannot open %s:", path);
	}
	if (fstat(s->fd, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			lt_die(LT_EXIT_NOINPUT, "%s: is a directory, not a "
			    "file", s->name);
#ifdef F_SETPIPE_SZ
		if (S_ISFIFO(st.st_mode))
			(void)fcntl(s->fd, F_SETPIPE_SZ, 1024 * 1024);
#endif
	}
	return s;
}

const char *
lt_stdin_name(void)
{
	const char *name = getenv("LITU_STDIN_NAME");

	return name != NULL && *name != '\0' ? name : "<stdin>";
}

const char *
lt_src_name(const struct lt_src *s)
{
	return s->name;
}

uint64_t
lt_src_consumed(const struct lt_src *s)
{
	return __atomic_load_n(&s->consumed, __ATOMIC_RELAXED);
}

/* Set the error for the reader; returns -1. */
static long
fail(struct lt_src *s, int status, const char *fmt, const char *detail)
{
	s->err_status = status;
	snprintf(s->err, sizeof(s->err), fmt, s->name, detail);
	return -1;
}

/* Raw bytes; -1 and s->err on an error. */
static long
read_raw(struct lt_src *s, void *buf, size_t size)
{
	ssize_t n;

	do
		n = read(s->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (errno == EISDIR)
			return fail(s, LT_EXIT_NOINPUT, "%s: is a directory, "
			    "not a file%s", "");
		return fail(s, LT_EXIT_IO, "%s: read error: %s",
		    strerror(errno));
	}
	__atomic_add_fetch(&s->consumed, (uint64_t)n, __ATOMIC_RELAXED);
	return n;
}

static void
die_with(struct lt_src *s)
{
	lt_die(s->err_status, "%s", s->err);
}

/* Inflated bytes; 0 at the end, -1 and s->err on an error. */
static long
inflate_some(struct lt_src *s, void *buf, size_t size)
{
	for (;;) {
		long n;
		int rc;

		if (s->z.avail_in == 0) {
			if ((n = read_raw(s, s->zbuf, ZBUF_SIZE)) < 0)
				return -1;
			if (n == 0) {
				if (!s->zend)
					return fail(s, LT_EXIT_DATA, "%s: "
					    "truncated gzip data (the file "
					    "ends inside the compressed "
					    "stream)%s", "");
				return 0;
			}
			s->z.next_in = s->zbuf;
			s->z.avail_in = (uInt)n;
		}
		if (s->zend) {
			/* Another member follows, as after cat a.gz b.gz. */
			if (s->z.next_in[0] != 0x1f)
				return fail(s, LT_EXIT_DATA, "%s: data after "
				    "the end of the gzip stream%s", "");
			inflateReset(&s->z);
			s->zend = 0;
		}
		s->z.next_out = buf;
		s->z.avail_out = (uInt)(size > UINT32_MAX ? UINT32_MAX : size);
		rc = inflate(&s->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END)
			s->zend = 1;
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
			return fail(s, LT_EXIT_DATA, "%s: corrupt gzip data: "
			    "%s", s->z.msg ? s->z.msg : zError(rc));
		n = (long)(size - s->z.avail_out);
		if (n > 0)
			return n;
	}
}

/* The inflating thread: fills free slots until the end, an error, or
 * the reader closing early. */
static void *
inflater(void *arg)
{
	struct lt_src *s = arg;

	for (;;) {
		int tail;
		long n;

		pthread_mutex_lock(&s->mu);
		while (s->count == NSLOTS && !s->stop)
			pthread_cond_wait(&s->emptied, &s->mu);
		if (s->stop) {
			pthread_mutex_unlock(&s->mu);
			return NULL;
		}
		tail = (s->head + s->count) % NSLOTS;
		pthread_mutex_unlock(&s->mu);
		/* The slot is the thread's own until it is counted. */
		n = inflate_some(s, s->slot[tail], SLOT_SIZE);
		pthread_mutex_lock(&s->mu);
		if (n <= 0) {
			s->done = 1;
			pthread_cond_signal(&s->filled);
			pthread_mutex_unlock(&s->mu);
			return NULL;
		}
		s->slot_len[tail] = (size_t)n;
		s->count++;
		pthread_cond_signal(&s->filled);
		pthread_mutex_unlock(&s->mu);
	}
}

static void
start_gzip(struct lt_src *s, const void *bytes, size_t n)
{
	int i;

	s->gz = 1;
	s->zbuf = lt_malloc(ZBUF_SIZE > n ? ZBUF_SIZE : n);
	if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK)
		lt_die(LT_EXIT_IO, "cannot set up zlib");
	memcpy(s->zbuf, bytes, n);
	s->z.next_in = s->zbuf;
	s->z.avail_in = (uInt)n;
	for (i = 0; i < NSLOTS; i++)
		s->slot[i] = lt_malloc(SLOT_SIZE);
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->filled, NULL);
	pthread_cond_init(&s->emptied, NULL);
	if (pthread_create(&s->thread, NULL, inflater, s) != 0)
		lt_die(LT_EXIT_IO, "cannot start the gzip thread");
}

static size_t
read_gzip(struct lt_src *s, void *buf, size_t size)
{
	size_t n;

	pthread_mutex_lock(&s->mu);
	while (s->count == 0 && !s->done)
		pthread_cond_wait(&s->filled, &s->mu);
	if (s->count == 0) {
		pthread_mutex_unlock(&s->mu);
		if (s->err_status) {
			/* The thread has ended: joined, nothing is left. */
			pthread_join(s->thread, NULL);
			s->gz = 0;
			die_with(s);
		}
		return 0;
	}
	pthread_mutex_unlock(&s->mu);
	/* slot[head] is the reader's until it is given back. */
	n = s->slot_len[s->head] - s->off;
	if (n > size)
		n = size;
	memcpy(buf, s->slot[s->head] + s->off, n);
	s->off += n;
	if (s->off == s->slot_len[s->head]) {
		pthread_mutex_lock(&s->mu);
		s->head = (s->head + 1) % NSLOTS;
		s->count--;
		s->off = 0;
		pthread_cond_signal(&s->emptied);
		pthread_mutex_unlock(&s->mu);
	}
	return n;
}

size_t
lt_src_read(struct lt_src *s, void *buf, size_t size)
{
	unsigned char *b = buf;
	long n;

	if (s->gz)
		return read_gzip(s, buf, size);
	if ((n = read_raw(s, buf, size)) < 0)
		die_with(s);
	if (s->at_start && n > 0) {
		s->at_start = 0;
		/* gzip's magic bytes; a lone first byte waits for one more. */
		if (n == 1 && size > 1) {
			long more = read_raw(s, b + 1, size - 1);

			if (more < 0)
				die_with(s);
			n += more;
		}
		if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
			start_gzip(s, buf, (size_t)n);
			return read_gzip(s, buf, size);
		}
	}
	return (size_t)n;
}

void
lt_src_close(struct lt_src *s)
{
	int i;

	if (s->gz) {
		pthread_mutex_lock(&s->mu);
		s->stop = 1;
		pthread_cond_signal(&s->emptied);
		pthread_mutex_unlock(&s->mu);
		pthread_join(s->thread, NULL);
		pthread_mutex_destroy(&s->mu);
		pthread_cond_destroy(&s->filled);
		pthread_cond_destroy(&s->emptied);
		inflateEnd(&s->z);
		for (i = 0; i < NSLOTS; i++)
			free(s->slot[i]);
	}
	if (s->fd > 0 && close(s->fd) != 0)
		lt_die(LT_EXIT_IO, "%s: close:", s->name);
	free(s->zbuf);
	free(s);
}

/* Do two paths name one regular file ("-": standard input)?  A file
 * not there yet is the same when its path is. */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	int ha = strcmp(a, "-") == 0 ? fstat(0, &sa) : stat(a, &sa);
	int hb = strcmp(b, "-") == 0 ? fstat(0, &sb) : stat(b, &sb);

	if (ha != 0 || hb != 0)
		return strcmp(a, b) == 0;
	return S_ISREG(sa.st_mode) && S_ISREG(sb.st_mode) &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void
lt_src_check(const struct lt_cli *cli, int nfiles, char **files)
{
	const char *out[2] = { cli->out_path, cli->rejects_path };
	const char *opt[2] = { "-o", "--rejects" };
	int i, k;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") != 0 && access(files[i], R_OK) != 0)
			lt_die(LT_EXIT_NOINPUT, "cannot open %s:", files[i]);
	for (k = 0; k < 2; k++) {
		if (!out[k])
			continue;
		for (i = 0; i < nfiles; i++)
			if (same_file(out[k], files[i])) {
				fprintf(stderr, "%s: option %s: \"%s\" is an input "
				    "(%s), which writing it would destroy\n",
				    lt_prog, opt[k], out[k], strcmp(files[i],
				    "-") == 0 ? "standard input" : files[i]);
				lt_usage(cli);
			}
	}
	if (out[0] && out[1] && same_file(out[0], out[1])) {
		fprintf(stderr, "%s: options -o and --rejects: both name "
		    "\"%s\"\n", lt_prog, out[0]);
		lt_usage(cli);
	}
}
