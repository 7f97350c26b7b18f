/*
 * data.c - the data files shipped with litu (the division lists), found
 * beside the program itself: ../share/litu when installed, the tree's
 * sample-data/divisions in a clone, or $LITU_DATA when set.  So an
 * installed copy needs no rebuild for another PREFIX or DESTDIR.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "litu.h"

static const char *const beside[] = {
	"../share/litu",		/* PREFIX/bin -> PREFIX/share/litu */
	"../sample-data/divisions",	/* bin/ of the tree */
	"../../sample-data/divisions",	/* tests/gen, tests/bench */
	NULL
};

/* The folder the running program is in, into dir; 0 when unknown. */
static int
exe_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	char *slash;

	if (n <= 0)
		return 0;
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) == NULL)
		return 0;
	*slash = '\0';
	return 1;
}

char *
lt_data_path(const char *name)
{
	const char *env = getenv("LITU_DATA");
	char dir[PATH_MAX], path[PATH_MAX + 64];
	size_t i;

	if (env && *env) {
		snprintf(path, sizeof(path), "%s/%s", env, name);
		return access(path, R_OK) == 0 ? lt_strdup(path) : NULL;
	}
	if (!exe_dir(dir, sizeof(dir)))
		return NULL;
	for (i = 0; beside[i]; i++) {
		snprintf(path, sizeof(path), "%s/%s/%s", dir, beside[i], name);
		if (access(path, R_OK) == 0)
			return lt_strdup(path);
	}
	return NULL;
}
