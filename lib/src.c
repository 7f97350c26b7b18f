/*
 * src.c - bytes of one input: a file or stdin ("-"), plain or gzip.
 * gzip is recognised by its magic bytes, so it works on stdin too, and
 * members that follow one another (cat a.gz b.gz) are all read.  Plain
 * input is read straight into the caller's buffer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "litu.h"

#define ZBUF_SIZE (256 * 1024)

struct lt_src {
	int fd;
	const char *name;
	int at_start;
	uint64_t consumed;	/* raw bytes read from the file */

	int gz;
	z_stream z;
	unsigned char *zbuf;
	int zend;		/* a gzip member just ended */
};

struct lt_src *
lt_src_open(const char *path)
{
	struct lt_src *s = lt_calloc(1, sizeof(*s));
	struct stat st;

	s->at_start = 1;
	if (strcmp(path, "-") == 0) {
		s->fd = 0;
		s->name = "<stdin>";
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
lt_src_name(const struct lt_src *s)
{
	return s->name;
}

uint64_t
lt_src_consumed(const struct lt_src *s)
{
	return s->consumed;
}

static size_t
read_raw(struct lt_src *s, void *buf, size_t size)
{
	ssize_t n;

	do
		n = read(s->fd, buf, size);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (errno == EISDIR)
			lt_die(LT_EXIT_NOINPUT, "%s: is a directory, not a file",
			    s->name);
		lt_die(LT_EXIT_IO, "%s: read error:", s->name);
	}
	s->consumed += (uint64_t)n;
	return (size_t)n;
}

static void
start_gzip(struct lt_src *s, const void *bytes, size_t n)
{
	s->gz = 1;
	s->zbuf = lt_malloc(ZBUF_SIZE > n ? ZBUF_SIZE : n);
	if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK)
		lt_die(LT_EXIT_IO, "cannot set up zlib");
	memcpy(s->zbuf, bytes, n);
	s->z.next_in = s->zbuf;
	s->z.avail_in = (uInt)n;
}

static size_t
read_gzip(struct lt_src *s, void *buf, size_t size)
{
	for (;;) {
		size_t n;
		int rc;

		if (s->z.avail_in == 0) {
			n = read_raw(s, s->zbuf, ZBUF_SIZE);
			if (n == 0) {
				if (!s->zend)
					lt_die(LT_EXIT_DATA, "%s: truncated gzip "
					    "data (the file ends inside the "
					    "compressed stream)", s->name);
				return 0;
			}
			s->z.next_in = s->zbuf;
			s->z.avail_in = (uInt)n;
		}
		if (s->zend) {
			/* Another member follows, as after cat a.gz b.gz. */
			if (s->z.next_in[0] != 0x1f)
				lt_die(LT_EXIT_DATA, "%s: data after the end of "
				    "the gzip stream", s->name);
			inflateReset(&s->z);
			s->zend = 0;
		}
		s->z.next_out = buf;
		s->z.avail_out = (uInt)(size > UINT32_MAX ? UINT32_MAX : size);
		rc = inflate(&s->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END)
			s->zend = 1;
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
			lt_die(LT_EXIT_DATA, "%s: corrupt gzip data: %s",
			    s->name, s->z.msg ? s->z.msg : zError(rc));
		n = size - s->z.avail_out;
		if (n > 0)
			return n;
	}
}

size_t
lt_src_read(struct lt_src *s, void *buf, size_t size)
{
	unsigned char *b = buf;
	size_t n;

	if (s->gz)
		return read_gzip(s, buf, size);
	n = read_raw(s, buf, size);
	if (s->at_start && n > 0) {
		s->at_start = 0;
		/* gzip's magic bytes; a lone first byte waits for one more. */
		if (n == 1 && size > 1)
			n += read_raw(s, b + 1, size - 1);
		if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
			start_gzip(s, buf, n);
			return read_gzip(s, buf, size);
		}
	}
	return n;
}

void
lt_src_close(struct lt_src *s)
{
	if (s->fd > 0 && close(s->fd) != 0)
		lt_die(LT_EXIT_IO, "%s: close:", s->name);
	if (s->gz)
		inflateEnd(&s->z);
	free(s->zbuf);
	free(s);
}
