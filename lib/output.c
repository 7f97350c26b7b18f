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
/* Standard output, whose whole rows are written when the program
 * dies (litu(7): rows written before a filter stops stay there), and
 * it ends at a row's end. */
static struct lt_out *stdout_out;

static void
remove_pending(void)
{
	if (pending_tmp) {
		unlink(pending_tmp);
		pending_tmp = NULL;
	}
}

static void
on_die(void)
{
	struct lt_out *o = stdout_out;

	remove_pending();
	/* Once: a write that fails here dies no second time. */
	stdout_out = NULL;
	if (o)
		lt_out_die_flush(o);
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
	if (fd == 1)
		stdout_out = o;
	lt_atdie(on_die);
	/* Past a file size limit, a write fails (74), not the program. */
	signal(SIGXFSZ, SIG_IGN);
	return o;
}

/* Remove the temporary file on a signal, unless the parent had the
 * signal ignored (nohup, a background job): then it stays ignored. */
static void
catch(int sig)
{
	struct sigaction sa;

	if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
		return;
	signal(sig, on_signal);
}

/*
 * -o FILE through a temporary file beside it (beside the file a symlink
 * points to), removed if the program dies.  The temporary name is
 * short, so that any name that fits the folder works; an existing
 * target's mode and owner are kept, and the data is on disk before the
 * rename.
 */
static struct lt_out *
open_tmp(const char *path)
{
	struct lt_out *o;
	struct stat st;
	char *target = realpath(path, NULL), *tmp, *slash;
	const char *dir;
	size_t n;
	int fd, existed;

	if (target == NULL)
		target = lt_strdup(path);
	existed = stat(target, &st) == 0;
	slash = strrchr(target, '/');
	dir = slash ? target : ".";
	n = slash ? (size_t)(slash - target) : 1;
	tmp = lt_malloc(n + 16);
	memcpy(tmp, dir, n);
	memcpy(tmp + n, "/.litu.XXXXXX", 14);
	if ((fd = mkstemp(tmp)) < 0)
		lt_die(LT_EXIT_IO, "cannot create a temporary file beside %s:",
		    path);
	if (existed) {
		(void)fchmod(fd, st.st_mode & 07777);
		(void)fchown(fd, st.st_uid, st.st_gid);
	} else {
		/* mkstemp makes 0600; a report is for others to read. */
		(void)fchmod(fd, 0644 & ~umask(umask(0)));
	}
	pending_tmp = tmp;
	catch(SIGTERM);
	catch(SIGINT);
	catch(SIGHUP);
	o = out_new(fd, path);
	o->path = target;
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
		if (lt_stdout_closed)
			lt_die(LT_EXIT_IO, "standard output is closed; give -o "
			    "FILE");
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
		o->len = o->row = 0;
		return;
	}
	if (o->len > 0)
		lt_out_hand_over(o);
	if ((err = lt_out_drain(o)) != 0)
		lt_out_write_failed(o, err);
}

/* The whole rows of the buffer written, the row begun kept (a row
 * longer than the buffer goes as it is). */
static void
flush_rows(struct lt_out *o)
{
	size_t end = o->row > 0 ? o->row : o->len;
	int err;

	if ((err = lt_out_write_all(o->fd, o->buf, end)) != 0)
		lt_out_write_failed(o, err);
	memmove(o->buf, o->buf + end, o->len - end);
	o->len -= end;
	o->row = 0;
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
		 * enough nums to pay for the hand-over (16 a kB: the
		 * measurements are in docs/performance.md). */
		o->sync = 1;
		if (o->want_thread || o->nums * 64 >= o->len)
			lt_out_start(o);
	}
	if (o->w != NULL)
		lt_out_hand_over(o);
	else
		flush_rows(o);
	if (o->cap - o->len < n) {
		o->cap = o->len + n + OUT_SIZE;
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
	if (o == stdout_out)
		stdout_out = NULL;
	if (o->fd == 1) {
		/* Errors of a delayed write show up at close (NFS). */
		if (close(1) != 0 && errno != EINTR)
			lt_die(LT_EXIT_IO, "%s: write error:", o->name);
	} else if ((o->tmp && fsync(o->fd) != 0) || close(o->fd) != 0) {
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
