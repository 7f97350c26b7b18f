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

/* The names and codes, in blocks that never move. */
struct block {
	struct block *next;
	size_t used;
	char s[];
};

#define BLOCK_SIZE (256 * 1024)

struct lt_divlist {
	struct div *d;
	size_t n, cap;
	struct block *blocks;
	int sorted;		/* by code, as the NBS lists come */
	/* Made when first asked: */
	struct lt_hash *byname;	/* name -> long: first division + 1 */
	struct lt_hash *bycode;	/* code -> long: its first division + 1 */
};

struct lt_divlist *
lt_divlist_new(void)
{
	struct lt_divlist *l = lt_calloc(1, sizeof(*l));

	l->sorted = 1;
	return l;
}

static char *
keep(struct lt_divlist *l, const char *s, size_t len)
{
	struct block *b = l->blocks;
	char *p;

	if (!b || b->used + len + 1 > BLOCK_SIZE) {
		size_t size = len + 1 > BLOCK_SIZE ? len + 1 : BLOCK_SIZE;

		b = lt_malloc(sizeof(*b) + size);
		b->next = l->blocks;
		b->used = 0;
		l->blocks = b;
	}
	p = b->s + b->used;
	memcpy(p, s, len);
	p[len] = '\0';
	/* A block bigger than the size is full at once. */
	b->used += len + 1 > BLOCK_SIZE ? BLOCK_SIZE : len + 1;
	return p;
}

static void
add(struct lt_divlist *l, const char *code, size_t clen, const char *name,
    size_t nlen)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 4096;
		l->d = lt_realloc(l->d, l->cap * sizeof(*l->d));
	}
	l->d[l->n].code = keep(l, code, clen);
	l->d[l->n].name = keep(l, name, nlen);
	if (l->n > 0 && strcmp(l->d[l->n - 1].code, l->d[l->n].code) >= 0)
		l->sorted = 0;
	l->n++;
	/* A list added later is indexed again when asked. */
	lt_hash_free(l->byname);
	lt_hash_free(l->bycode);
	l->byname = l->bycode = NULL;
}

static void
index_names(struct lt_divlist *l)
{
	long *first;
	size_t i;
	int isnew;

	l->byname = lt_hash_new(sizeof(long));
	for (i = 0; i < l->n; i++) {
		first = lt_hash_get(l->byname, l->d[i].name,
		    strlen(l->d[i].name), &isnew);
		l->d[i].next = isnew ? -1 : *first - 1;
		*first = (long)i + 1;
	}
}

static void
index_codes(struct lt_divlist *l)
{
	long *first;
	size_t i;
	int isnew;

	l->bycode = lt_hash_new(sizeof(long));
	for (i = 0; i < l->n; i++) {
		/* The first name of a code wins. */
		first = lt_hash_get(l->bycode, l->d[i].code,
		    strlen(l->d[i].code), &isnew);
		if (isnew)
			*first = (long)i + 1;
	}
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

/* A code of a list sorted by code: by bisection, no index needed. */
static const char *
bisect(const struct lt_divlist *l, const char *code, size_t len)
{
	size_t lo = 0, hi = l->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(l->d[mid].code, code, len);

		if (c == 0 && l->d[mid].code[len] != '\0')
			c = 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < l->n && strncmp(l->d[lo].code, code, len) == 0 &&
	    l->d[lo].code[len] == '\0' ? l->d[lo].name : NULL;
}

const char *
lt_divlist_name(struct lt_divlist *l, const char *code, size_t len)
{
	long *first;

	if (l->sorted)
		return bisect(l, code, len);
	if (!l->bycode)
		index_codes(l);
	first = lt_hash_find(l->bycode, code, len);
	return first ? l->d[*first - 1].name : NULL;
}

size_t
lt_divlist_named(struct lt_divlist *l, const char *name, size_t len,
    const char *prefix, const char **out, size_t max)
{
	long *first, i;
	size_t n = 0, plen = strlen(prefix), k;

	if (!l->byname)
		index_names(l);
	if (!(first = lt_hash_find(l->byname, name, len)))
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
	struct block *b;

	if (!l)
		return;
	while ((b = l->blocks) != NULL) {
		l->blocks = b->next;
		free(b);
	}
	free(l->d);
	lt_hash_free(l->byname);
	lt_hash_free(l->bycode);
	free(l);
}
