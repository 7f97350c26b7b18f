/*
 * output.c - the writer: open, flush and close, with big buffered
 * writes and every write error caught (sbase's fshut).  -o FILE goes
 * through a temporary file in the same folder that is renamed into
 * place only when everything is written, so a report is whole or
 * absent.  Fields and rows are outfield.c's, the writing thread that
 * takes over the writes of outputs rich in numbers outthread.c's.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

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

static struct lt_out *
out_new(int fd, const char *name)
{
	struct lt_out *o = lt_calloc(1, sizeof(*o));

	o->fd = fd;
	o->cap = OUT_SIZE;
	o->buf = lt_malloc(o->cap);
	o->name = name;
	return o;
}

/* -o FILE through a temporary beside it, removed if the program dies. */
static struct lt_out *
open_tmp(const char *path)
{
	struct lt_out *o;
	size_t n = strlen(path);
	char *tmp = lt_malloc(n + 16);
	int fd;

	memcpy(tmp, path, n);
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
	o = out_new(fd, path);
	o->path = lt_strdup(path);
	o->tmp = tmp;
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
		o = open_tmp(cli->out_path);
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

int
lt_out_write_all(int fd, const char *buf, size_t len)
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

void
lt_out_write_failed(struct lt_out *o, int err)
{
	errno = err;
	lt_die(LT_EXIT_IO, "%s: write error:", o->name);
}

/* Everything so far written, by the thread or here. */
void
lt_out_flush(struct lt_out *o)
{
	int err;

	if (o->w == NULL) {
		if ((err = lt_out_write_all(o->fd, o->buf, o->len)) != 0)
			lt_out_write_failed(o, err);
		o->len = 0;
		return;
	}
	if (o->len > 0)
		lt_out_hand_over(o);
	if ((err = lt_out_drain(o)) != 0)
		lt_out_write_failed(o, err);
}

void
lt_out_prefer_thread(struct lt_out *o)
{
	o->want_thread = 1;
}

/* A full buffer: to the thread (started on the first), or written. */
void
lt_out_make_room(struct lt_out *o, size_t n)
{
	if (o->w == NULL && !o->sync) {
		/* One try, on the first full buffer, and only if it held
		 * enough nums to pay for the hand-over: absorb writes 45 a
		 * kB (0.49 s on the 1M-row panel with the thread, 0.67
		 * without), commute-check 20 (0.74 s, 0.82), ills-report's
		 * CSV 7 (1.3 s, 1.0), classify-labour and parse-census none
		 * (1.0 s, 0.75; 0.44 s, 0.39). */
		o->sync = 1;
		if (o->want_thread || o->nums * 64 >= o->len)
			lt_out_start(o);
	}
	if (o->w != NULL)
		lt_out_hand_over(o);
	else
		lt_out_flush(o);
	if (o->cap < n) {
		o->cap = n;
		o->buf = lt_realloc(o->buf, o->cap);
	}
}

void
lt_out_close(struct lt_out *o)
{
	if (o->w != NULL)
		lt_out_stop(o);
	else
		lt_out_flush(o);
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
