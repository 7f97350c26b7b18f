/*
 * whole - the whole-program fuzz driver (issue 20): a filter's own
 * main(), its options, its reading, writing, exits and threads, on
 * mutated input under ASan and UBSan.  Linked with one filter, whose
 * main.c is compiled with -Dmain=lt_filter_main (LT_FUZZ_PROG names it).
 *
 * Why AFL++ and this driver rather than libFuzzer in-process: a filter
 * ends by exit() (lt_die, --help, the end of main), keeps its options
 * and tables in statics, starts the writing thread and the gzip
 * read-ahead, and writes -o and --rejects files through rename.  Run
 * in one process many times, each of those would need a hook or a
 * reset that the real program does not have, so the harness would test
 * another program.  AFL++'s fork server runs the real main path once
 * per input, fresh, with coverage from afl-clang-fast; ASan and UBSan
 * abort on a finding, which AFL counts as a crash.
 *
 * The input's first byte picks one of a few fixed option sets of the
 * filter (below), so mutations explore the options too without ever
 * naming a file outside the folder it runs in; the rest of the input
 * is the filter's input, given as a file operand (a memfd, no disk) or
 * on standard input.
 *
 *   whole-NAME -1 FILE    run the filter on FILE in this process (afl-fuzz
 *                         ... -- whole-NAME -1 @@)
 *   whole-NAME -n         the number of option sets (for the seeds)
 *   whole-NAME FILE...    each FILE in a child of its own: exit 1 when a
 *                         child is killed by a signal or ends with a
 *                         status no filter uses (a sanitizer's 1
 *                         included); make check replays
 *                         tests/fuzz/regress/whole-NAME/ so
 *
 * LT_SRCDIR is the tree, for the shipped division lists (LITU_DATA) and
 * the few data files an option names.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef LT_FUZZ_PROG
#error "LT_FUZZ_PROG must name the filter"
#endif
#ifndef LT_SRCDIR
#define LT_SRCDIR "."
#endif
#define D LT_SRCDIR "/tests/cmd/data/"

int lt_filter_main(int argc, char *argv[]);

/* An option set: the filter, its arguments, and whether the input is
 * on standard input rather than a file operand. */
struct optset {
	const char *prog;
	int on_stdin;
	const char *args[12];
};

static const struct optset sets[] = {
	{ "parse-census", 0, { NULL } },
	{ "parse-census", 1, { "--no-divisions", NULL } },
	{ "parse-census", 0, { "--long", NULL } },
	{ "parse-census", 0, { "--flags", "--rejects", "rej.csv", NULL } },
	{ "parse-census", 0, { "--long", "--flags", "-o", "out.csv",
	    NULL } },
	{ "parse-census", 0, { "--strict-columns", "--year", "1987",
	    NULL } },
	{ "parse-census", 0, { "--map", D "parse-census-map.csv",
	    "--map", D "parse-census-map-values.csv", NULL } },
	{ "parse-census", 1, { "--encoding", "gbk", "--parent", "3204",
	    NULL } },
	{ "parse-census", 0, { "--nationwide", "--skip", "1", NULL } },
	{ "parse-census", 0, { "--header", "地区,乡村人口(人),code",
	    "--plain", "--excel-safe", NULL } },
	{ "parse-census", 0, { "--industry-scheme", "1984",
	    "--divisions", D "counties.csv", NULL } },

	{ "classify-labour", 0, { NULL } },
	{ "classify-labour", 1, { "--partial", "--by", "county", NULL } },
	{ "classify-labour", 0, { "--by", "township", "--rejects",
	    "rej.csv", NULL } },
	{ "classify-labour", 0, { "--merge", NULL } },
	{ "classify-labour", 0, { "--merge", "--partial", NULL } },
	{ "classify-labour", 0, { "-m", "person", "-s", "nbs", "-a", "3",
	    "-w", "15-64", NULL } },
	{ "classify-labour", 1, { "-m", "region", "-o", "out.csv",
	    "--plain", NULL } },

	{ "commute-check", 0, { NULL } },
	{ "commute-check", 1, { "--rejects", "rej.csv", NULL } },
	{ "commute-check", 0, { "-c", "1.4", "-m", "45", "-s", "4",
	    NULL } },
	{ "commute-check", 0, { "--centres", "townships", "--min-pool",
	    "100", "--min-reach", "0.2", "-o", "out.csv", NULL } },
	{ "commute-check", 0, { "--plain", "--excel-safe", NULL } },

	{ "absorb", 0, { NULL } },
	{ "absorb", 1, { "-l", "county", NULL } },
	{ "absorb", 0, { "--partial", "-l", "prefecture", NULL } },
	{ "absorb", 0, { "--merge", "-d", D "counties.csv", NULL } },
	{ "absorb", 0, { "--sorted", "-w", "0.5", "-t", "0.5", NULL } },
	{ "absorb", 0, { "--norms", LT_SRCDIR "/sample-data/norms.csv",
	    "--base", "agri", "--natural-rate", "8", "--rejects",
	    "rej.csv", NULL } },
	{ "absorb", 1, { "-l", "province", "-o", "out.csv", NULL } },

	{ "ills-report", 0, { NULL } },
	{ "ills-report", 1, { "-f", "html", NULL } },
	{ "ills-report", 0, { "-f", "md", "-n", "3", "-l", "medium",
	    NULL } },
	{ "ills-report", 0, { "-f", "html", "--map-extent", "auto",
	    "--map-figure", "pop_total", NULL } },
	{ "ills-report", 0, { "-f", "md", "-y", "1987", "-p", "province",
	    "--map-extent", "china", NULL } },
	{ "ills-report", 0, { "-t", D "ills-report-thresholds.csv",
	    "--industry-floor", "0.05", "--rejects", "rej.csv", NULL } },
	{ "ills-report", 1, { "-f", "csv", "--plain", "-o", "out.csv",
	    NULL } },
};

/* The option sets of this filter: *n of them from the first. */
static const struct optset *
prog_sets(size_t *n)
{
	size_t i, first = 0;

	*n = 0;
	for (i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		if (strcmp(sets[i].prog, LT_FUZZ_PROG) == 0) {
			if (*n == 0)
				first = i;
			++*n;
		}
	if (*n == 0) {
		fprintf(stderr, "whole: no option sets for %s\n",
		    LT_FUZZ_PROG);
		exit(2);
	}
	return &sets[first];
}

/* The whole file, or exit 2. */
static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t cap = 0, n;

	*len = 0;
	if (!fp) {
		perror(path);
		exit(2);
	}
	do {
		if (*len == cap && !(buf = realloc(buf, cap = cap ? 2 * cap :
		    65536))) {
			perror("whole");
			exit(2);
		}
		n = fread(buf + *len, 1, cap - *len, fp);
		*len += n;
	} while (n > 0);
	fclose(fp);
	return buf;
}

/* Run the filter on one input in this process; it exits. */
static int
run_one(const char *path)
{
	static char fdpath[64];
	const struct optset *s;
	char *argv[20];
	unsigned char *data;
	size_t len, nsets, k;
	int argc = 0, fd;

	s = prog_sets(&nsets);
	data = slurp(path, &len);
	s += len > 0 ? data[0] % nsets : 0;
	fd = memfd_create("input", 0);
	if (fd < 0 || (len > 1 && write(fd, data + 1, len - 1) !=
	    (ssize_t)(len - 1)) || lseek(fd, 0, SEEK_SET) != 0) {
		perror("whole: memfd");
		exit(2);
	}
	free(data);
	setenv("LITU_DATA", LT_SRCDIR "/sample-data/divisions", 1);
	argv[argc++] = (char *)LT_FUZZ_PROG;
	argv[argc++] = (char *)"--no-progress";
	for (k = 0; s->args[k]; k++)
		argv[argc++] = (char *)s->args[k];
	if (s->on_stdin) {
		if (dup2(fd, 0) < 0) {
			perror("whole: dup2");
			exit(2);
		}
		close(fd);
	} else {
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", fd);
		argv[argc++] = fdpath;
	}
	argv[argc] = NULL;
	return lt_filter_main(argc, argv);
}

/* A status a filter may end with: anything else is a finding. */
static int
status_ok(int st)
{
	return st == 0 || st == 64 || st == 65 || st == 66 || st == 74;
}

int
main(int argc, char *argv[])
{
	int i, bad = 0, st;
	pid_t pid;

	if (argc == 3 && strcmp(argv[1], "-1") == 0)
		return run_one(argv[2]);
	if (argc == 2 && strcmp(argv[1], "-n") == 0) {
		size_t n;

		prog_sets(&n);
		printf("%zu\n", n);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		fflush(NULL);
		if ((pid = fork()) < 0) {
			perror("whole: fork");
			return 2;
		}
		if (pid == 0) {
			/* The filter's output is not the point. */
			if (!freopen("/dev/null", "w", stdout))
				_exit(2);
			exit(run_one(argv[i]));
		}
		while (waitpid(pid, &st, 0) < 0)
			if (errno != EINTR) {
				perror("whole: waitpid");
				return 2;
			}
		if (WIFSIGNALED(st) || !status_ok(WEXITSTATUS(st))) {
			fprintf(stderr, "whole: %s %s: %s %d\n", LT_FUZZ_PROG,
			    argv[i], WIFSIGNALED(st) ? "killed by signal" :
			    "exit status", WIFSIGNALED(st) ? WTERMSIG(st) :
			    WEXITSTATUS(st));
			bad = 1;
		}
	}
	return bad;
}
