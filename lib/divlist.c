/*
 * divlist.c - lists of divisions as they are today (the 2023 lists,
 * and the user's --divisions): code and name, found by code or by name
 * under a code prefix.  Codes padded to a longer form (320000) are
 * read as their own level (32).
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"

struct div {
	char *code;
	char *name;
	long next;		/* another division of the same name, or -1 */
};

struct lt_divlist {
	struct div *d;
	size_t n, cap;
	struct lt_hash *byname;	/* name -> long: first division + 1 */
	struct lt_hash *bycode;	/* code -> long: its first division + 1 */
};

struct lt_divlist *
lt_divlist_new(void)
{
	struct lt_divlist *l = lt_calloc(1, sizeof(*l));

	l->byname = lt_hash_new(sizeof(long));
	l->bycode = lt_hash_new(sizeof(long));
	return l;
}

static void
add(struct lt_divlist *l, const char *code, size_t clen, const char *name,
    size_t nlen)
{
	long *first;
	int isnew;

	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4096;
		l->d = lt_realloc(l->d, l->cap * sizeof(*l->d));
	}
	l->d[l->n].code = lt_strndup(code, clen);
	l->d[l->n].name = lt_strndup(name, nlen);
	first = lt_hash_get(l->byname, name, nlen, &isnew);
	l->d[l->n].next = isnew ? -1 : *first - 1;
	*first = (long)l->n + 1;
	/* The first name of a code wins. */
	first = lt_hash_get(l->bycode, code, clen, &isnew);
	if (isnew)
		*first = (long)l->n + 1;
	l->n++;
}

void
lt_divlist_load(struct lt_divlist *l, const char *path)
{
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_row *row;
	const struct lt_header *h;
	char *files[1];
	int col_code, col_name;

	files[0] = (char *)path;
	lt_cli_init(&cli, "", "");
	cli.progress = 0;
	in = lt_in_open(&cli, 1, files);
	h = lt_in_header(in);
	col_code = lt_header_find(h, "code");
	col_name = lt_header_find(h, "name");
	if (h->n > 0 && (col_code < 0 || col_name < 0 ||
	    h->col[col_code].type != LT_CODE))
		lt_die(LT_EXIT_DATA, "%s:1: header: a division list needs the "
		    "columns code (of type code) and name", lt_in_file(in));
	while (h->n > 0 && lt_in_next(in, &row)) {
		const struct lt_value *v = &row->v[col_code];

		if (v->na || row->f[col_name].len == 0)
			continue;
		add(l, v->u.str.s, lt_code_canon(v->u.str.s, v->u.str.len),
		    row->f[col_name].s, row->f[col_name].len);
	}
	lt_in_close(in);
}

size_t
lt_divlist_count(const struct lt_divlist *l)
{
	return l->n;
}

const char *
lt_divlist_name(const struct lt_divlist *l, const char *code, size_t len)
{
	long *first = lt_hash_find(l->bycode, code, len);

	return first ? l->d[*first - 1].name : NULL;
}

size_t
lt_divlist_named(const struct lt_divlist *l, const char *name, size_t len,
    const char *prefix, const char **out, size_t max)
{
	long *first = lt_hash_find(l->byname, name, len), i;
	size_t n = 0, plen = strlen(prefix), k;

	if (!first)
		return 0;
	for (i = *first - 1; i >= 0; i = l->d[i].next) {
		if (strncmp(l->d[i].code, prefix, plen) != 0)
			continue;
		/* The same division from two lists counts once. */
		for (k = 0; k < n && k < max; k++)
			if (strcmp(out[k], l->d[i].code) == 0)
				break;
		if (k < n && k < max)
			continue;
		if (n < max)
			out[n] = l->d[i].code;
		n++;
	}
	return n;
}

void
lt_divlist_free(struct lt_divlist *l)
{
	size_t i;

	if (!l)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->d[i].code);
		free(l->d[i].name);
	}
	free(l->d);
	lt_hash_free(l->byname);
	lt_hash_free(l->bycode);
	free(l);
}
