/*
 * progress.c - the --progress line on stderr: rows, MB read, MB/s and,
 * when the size of the input is known, the time left.  Redrawn at most
 * twice a second; on by default only when stderr is a terminal and
 * every input is a regular file.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "litu.h"

/* The line being drawn, which a message must not run into. */
static struct lt_progress *active;

static void
now(struct timespec *t)
{
	clock_gettime(CLOCK_MONOTONIC, t);
}

static double
seconds(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) +
	    (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static int
stat_input(const char *path, struct stat *st)
{
	return strcmp(path, "-") == 0 ? fstat(0, st) : stat(path, st);
}

void
lt_progress_start(struct lt_progress *p, const struct lt_cli *cli,
    int nfiles, char **files)
{
	static char *stdin_only[] = { "-" };
	struct stat st;
	int i;

	memset(p, 0, sizeof(*p));
	if (nfiles == 0) {
		nfiles = 1;
		files = stdin_only;
	}
	p->on = cli->progress;
	if (p->on < 0) {
		p->on = isatty(2);
		for (i = 0; i < nfiles && p->on; i++)
			if (stat_input(files[i], &st) != 0 ||
			    !S_ISREG(st.st_mode))
				p->on = 0;
	}
	if (!p->on)
		return;
	for (i = 0; i < nfiles; i++)
		if (stat_input(files[i], &st) == 0 && S_ISREG(st.st_mode))
			p->total_mb += (double)st.st_size / 1e6;
	now(&p->t0);
	p->tlast = p->t0;
	active = p;
}

void
lt_progress_show(struct lt_progress *p, long rows, double mb, int final)
{
	struct timespec t;
	double el, rate;

	if (!p->on)
		return;
	now(&t);
	if (!final && seconds(&p->tlast, &t) < 0.5)
		return;
	p->tlast = t;
	el = seconds(&p->t0, &t);
	rate = el > 0 ? mb / el : 0;
	fprintf(stderr, "\r%s: %ld rows, %.1f MB, %.1f MB/s", lt_prog, rows,
	    mb, rate);
	if (p->total_mb > 0 && rate > 0 && !final) {
		double left = (p->total_mb - mb) / rate;

		if (left < 0)
			left = 0;
		fprintf(stderr, ", ETA %d:%02d", (int)left / 60,
		    (int)left % 60);
	}
	fputs(final ? "\n" : "   ", stderr);
	p->drawn = !final;
	/* A final line is ended: later messages need not look at p, which
	 * its owner may free (lt_in_close does). */
	if (final && active == p)
		active = NULL;
}

void
lt_progress_interrupt(void)
{
	if (active != NULL && active->drawn) {
		fputc('\n', stderr);
		active->drawn = 0;
	}
}
