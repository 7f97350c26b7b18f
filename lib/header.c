/*
 * header.c - the header line of typed CSV: its cells as name and type,
 * a header given with --header, a header line met again in the input.
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

int
lt_header_find(const struct lt_header *h, const char *name)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (strcmp(h->col[i].name, name) == 0)
			return (int)i;
	return -1;
}

int
lt_header_cell(const char *s, size_t len, struct lt_column *col, char *err,
    size_t errsize)
{
	const char *colon = memchr(s, ':', len);
	const struct lt_fielddef *def;
	size_t namelen = len;
	enum lt_type t = LT_STR;
	int declared = 0;

	if (colon) {
		/* The type follows the last colon. */
		const char *c2;

		while ((c2 = memchr(colon + 1, ':', len -
		    (size_t)(colon + 1 - s))) != NULL)
			colon = c2;
		namelen = (size_t)(colon - s);
		if (!lt_type_parse(colon + 1, len - namelen - 1, &t)) {
			snprintf(err, errsize, "column '%.*s': unknown type "
			    "'%.*s' (str, int, num, bool or code)", (int)len, s,
			    (int)(len - namelen - 1), colon + 1);
			return 0;
		}
		declared = 1;
	}
	if (namelen == 0) {
		snprintf(err, errsize, "column %s: empty name",
		    len ? "with a type only" : "with no name");
		return 0;
	}
	def = lt_field_find_n(s, namelen);
	if (def) {
		if (declared && def->type != t) {
			snprintf(err, errsize, "column '%.*s': '%s' is a "
			    "canonical field of type %s", (int)len, s,
			    def->name, lt_type_name(def->type));
			return 0;
		}
		t = def->type;
	}
	col->name = lt_strndup(s, namelen);
	col->type = t;
	return 1;
}

/* A UTF-8 byte order mark, as spreadsheets write, before the first
 * cell. */
static void
strip_bom(size_t i, const char **s, size_t *len)
{
	if (i == 0 && *len >= 3 && memcmp(*s, "\xef\xbb\xbf", 3) == 0) {
		*s += 3;
		*len -= 3;
	}
}

void
lt_header_parse(struct lt_header *h, const struct lt_field *f, size_t n,
    const char *fname, long line)
{
	char err[256];
	struct lt_hash *seen = lt_hash_new(1);
	size_t i;

	h->n = n;
	h->col = lt_calloc(n, sizeof(*h->col));
	for (i = 0; i < n; i++) {
		const char *s = f[i].s;
		size_t len = f[i].len, bad;

		strip_bom(i, &s, &len);
		if (!lt_utf8_valid(s, len, &bad))
			lt_die(LT_EXIT_DATA, "%s:%ld: header column %zu: "
			    "invalid UTF-8 (or NUL) at byte %zu", fname,
			    line, i + 1, bad + 1);
		if (!lt_header_cell(s, len, &h->col[i], err, sizeof(err)))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: %s", fname,
			    line, err);
		if (lt_hash_find(seen, h->col[i].name,
		    strlen(h->col[i].name)))
			lt_die(LT_EXIT_DATA, "%s:%ld: header: column '%s' "
			    "appears twice", fname, line, h->col[i].name);
		lt_hash_get(seen, h->col[i].name, strlen(h->col[i].name),
		    NULL);
	}
	lt_hash_free(seen);
}

/* With repeated_headers (see internal.h). */
long
lt_header_again(const struct lt_header *h, const struct lt_record *rec)
{
	struct lt_column col;
	char err[256];
	const char *s;
	size_t i, len, name;

	if (rec->n == 0 || h->n == 0)
		return -1;
	s = rec->f[0].s;
	len = rec->f[0].len;
	strip_bom(0, &s, &len);
	for (name = len; name > 0 && s[name - 1] != ':'; name--)
		;
	name = name > 0 ? name - 1 : len;
	if (name != strlen(h->col[0].name) ||
	    memcmp(s, h->col[0].name, name) != 0)
		return -1;
	for (i = 0; i < rec->n && i < h->n; i++) {
		int same;

		s = rec->f[i].s;
		len = rec->f[i].len;
		strip_bom(i, &s, &len);
		if (!lt_header_cell(s, len, &col, err, sizeof(err)))
			return (long)i + 1;
		same = col.type == h->col[i].type &&
		    strcmp(col.name, h->col[i].name) == 0;
		free(col.name);
		if (!same)
			return (long)i + 1;
	}
	return rec->n == h->n ? 0 : (long)i + 1;
}

void
lt_header_free(struct lt_header *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		free(h->col[i].name);
	free(h->col);
	h->col = NULL;
	h->n = 0;
}

char *
lt_header_split(const char *spec, struct lt_field **f, size_t *n)
{
	char *copy = lt_strdup(spec), *p = copy, *comma;
	size_t cap = 1;

	/* As many fields as commas and one: no realloc per field. */
	for (comma = copy; (comma = strchr(comma, ',')); comma++)
		cap++;
	*f = lt_malloc(cap * sizeof(**f));
	*n = 0;
	for (;;) {
		comma = strchr(p, ',');
		(*f)[*n].s = p;
		(*f)[*n].len = comma ? (size_t)(comma - p) : strlen(p);
		(*n)++;
		if (!comma)
			break;
		*comma = '\0';
		p = comma + 1;
	}
	return copy;
}

int
lt_header_same(const struct lt_header *a, const struct lt_header *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->col[i].type != b->col[i].type ||
		    strcmp(a->col[i].name, b->col[i].name) != 0)
			return 0;
	return 1;
}

int
lt_name_near(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t d[3][LT_NAME_NEAR_MAX + 1];
	size_t *prev2 = d[0], *prev = d[1], *cur = d[2], *t;

	if (la > LT_NAME_NEAR_MAX || lb > LT_NAME_NEAR_MAX ||
	    (la > lb ? la - lb : lb - la) > 2 || strcmp(a, b) == 0)
		return 0;
	/* Edit distance with transpositions, three rows. */
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1], v = prev[j] + 1;

			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (prev[j - 1] + cost < v)
				v = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	/* One edit in a short name, two in a longer one. */
	return prev[lb] <= (lb <= 6 ? 1 : 2);
}

/* Which column of a later file's header differs from the first's. */
void
lt_header_differs(const char *fname, const char *first,
    const struct lt_header *a0, const struct lt_header *h)
{
	const struct lt_column *a, *b;
	size_t i;

	for (i = 0; i < h->n && i < a0->n; i++) {
		a = &a0->col[i];
		b = &h->col[i];
		if (a->type != b->type || strcmp(a->name, b->name) != 0)
			lt_die(LT_EXIT_DATA, "%s:1: header differs from the first "
			    "file's (%s) in column %zu: '%s:%s' there, '%s:%s' "
			    "here", fname, first, i + 1, a->name,
			    lt_type_name(a->type), b->name,
			    lt_type_name(b->type));
	}
	lt_die(LT_EXIT_DATA, "%s:1: header differs from the first file's (%s): "
	    "%zu columns there, %zu here", fname, first, a0->n,
	    h->n);
}

/* Columns of the header that look like a missing one misspelt. */
void
lt_header_typos(const char *fname, const struct lt_header *h,
    const char *const *missing, size_t nmissing)
{
	size_t i, k;

	for (i = 0; i < h->n; i++) {
		const char *name = h->col[i].name;

		if (lt_field_find(name))
			continue;
		for (k = 0; k < nmissing; k++)
			if (lt_name_near(name, missing[k]))
				lt_warn("%s:1: header: column '%s' is not read; "
				    "did you mean '%s'? (without it, what %s "
				    "computes from %s is empty)", fname,
				    name, missing[k], lt_prog,
				    missing[k]);
	}
}
