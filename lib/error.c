/*
 * error.c - messages, exit statuses and allocation that cannot fail.
 * As in sbase's eprintf: a format that ends in ':' gets the system's
 * reason appended.  Only programs exit; lt_die runs the handler set by
 * lt_atdie first, so an unfinished -o file never stays behind.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "litu.h"

const char *lt_prog = "litu";
int lt_stdout_closed;
/* The pipeline stage a message comes from (LITU_STAGE), so that two
 * runs of one filter in a pipeline say different things. */
static const char *stage;
static void (*die_hook)(void);

void
lt_setprog(char **argv)
{
	char *slash;
	int fd;

	/* A closed standard stream is opened on /dev/null, so that no
	 * file the program opens takes its number (the rejects file as
	 * standard output); output to a closed stdout is an error. */
	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			if (open("/dev/null", O_RDWR) != fd)
				exit(LT_EXIT_IO);
			if (fd == 1)
				lt_stdout_closed = 1;
		}

	if ((stage = getenv("LITU_STAGE")) != NULL && *stage == '\0')
		stage = NULL;
	if (!argv[0])
		return;
	slash = strrchr(argv[0], '/');
	lt_prog = argv[0] = slash ? slash + 1 : argv[0];
}

void
lt_atdie(void (*fn)(void))
{
	die_hook = fn;
}

static void
vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t len = strlen(fmt);

	fflush(stdout);
	lt_progress_interrupt();
	if (stage)
		fprintf(stderr, "%s (%s): ", lt_prog, stage);
	else
		fprintf(stderr, "%s: ", lt_prog);
	vfprintf(stderr, fmt, ap);
	if (len > 0 && fmt[len - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
lt_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
	if (die_hook)
		die_hook();
	exit(status);
}

void
lt_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(fmt, ap);
	va_end(ap);
}

void *
lt_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		lt_die(LT_EXIT_IO, "out of memory:");
	return p;
}

void *
lt_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		lt_die(LT_EXIT_IO, "out of memory:");
	return p;
}

void *
lt_realloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		lt_die(LT_EXIT_IO, "out of memory:");
	return p;
}

char *
lt_strndup(const char *s, size_t n)
{
	char *d = lt_malloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *
lt_strdup(const char *s)
{
	return lt_strndup(s, strlen(s));
}
