/*
 * divisions.c - division codes by name.  Names are hashed; a name
 * shared by several divisions (many towns are called 新城镇) is told
 * apart by the parent code given by the title or a column.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "divisions.h"
#include "encoding.h"
#include "values.h"

struct entry {
	char *code;
	char *name;
	long next;		/* another entry of the same name, or -1 */
};

struct pc_div {
	struct entry *e;
	size_t n, cap;
	struct lt_hash *byname;	/* name -> long: first entry + 1 */
};

struct pc_div *
pc_div_new(void)
{
	struct pc_div *d = lt_calloc(1, sizeof(*d));

	d->byname = lt_hash_new(sizeof(long));
	return d;
}

size_t
pc_div_count(const struct pc_div *d)
{
	return d->n;
}

void
pc_div_add(struct pc_div *d, const char *code, const char *name)
{
	long *first;
	int isnew;

	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 1024;
		d->e = lt_realloc(d->e, d->cap * sizeof(*d->e));
	}
	d->e[d->n].code = lt_strdup(code);
	d->e[d->n].name = lt_strdup(name);
	first = lt_hash_get(d->byname, name, strlen(name), &isnew);
	d->e[d->n].next = isnew ? -1 : *first - 1;
	*first = (long)d->n + 1;
	d->n++;
}

void
pc_div_load(struct pc_div *d, const char *path)
{
	struct pc_reader *r = pc_reader_open(path, PC_ENC_AUTO, 0);
	struct lt_record *rec;
	long ccode = -1, cname = -1;
	char code[16], name[256];
	int rc;
	size_t i;

	while ((rc = pc_reader_next(r, &rec)) != 0) {
		if (rc < 0) {
			long line;
			const char *msg = lt_csv_error(pc_reader_csv(r), &line,
			    NULL);

			lt_die(LT_EXIT_DATA, "%s:%ld: %s", path, line, msg);
		}
		if (ccode < 0) {
			for (i = 0; i < rec->n; i++) {
				if (strcmp(rec->f[i].s, "code") == 0 ||
				    strcmp(rec->f[i].s, "code:code") == 0)
					ccode = (long)i;
				if (strcmp(rec->f[i].s, "name") == 0)
					cname = (long)i;
			}
			if (ccode < 0 || cname < 0)
				lt_die(LT_EXIT_DATA, "%s:%ld: --divisions: the "
				    "header needs columns code and name", path,
				    rec->line);
			continue;
		}
		if ((size_t)ccode >= rec->n || (size_t)cname >= rec->n)
			lt_die(LT_EXIT_DATA, "%s:%ld: --divisions: row has %zu "
			    "fields", path, rec->line, rec->n);
		if (pc_code(rec->f[ccode].s, rec->f[ccode].len, code,
		    sizeof(code)) == 0)
			lt_die(LT_EXIT_DATA, "%s:%ld: --divisions: \"%s\" is not "
			    "a division code", path, rec->line,
			    rec->f[ccode].s);
		if (rec->f[cname].len >= sizeof(name))
			continue;
		name[pc_name(rec->f[cname].s, rec->f[cname].len, name)] =
		    '\0';
		pc_div_add(d, code, name);
	}
	pc_reader_close(r);
}

/* The one entry of the fewest digits named s: parent itself or below. */
static const char *
lookup(struct pc_div *d, const char *parent, const char *s, size_t len,
    int *ambiguous)
{
	long *first = lt_hash_find(d->byname, s, len), i;
	size_t plen = strlen(parent), best = 0;
	const char *code = NULL;
	int count = 0;

	if (!first)
		return NULL;
	for (i = *first - 1; i >= 0; i = d->e[i].next) {
		size_t clen = strlen(d->e[i].code);

		if (clen < plen || strncmp(d->e[i].code, parent, plen) != 0)
			continue;
		if (!code || clen < best) {
			code = d->e[i].code;
			best = clen;
			count = 1;
		} else if (clen == best) {
			count++;
		}
	}
	if (count > 1) {
		*ambiguous = 1;
		return NULL;
	}
	return code;
}

static const char *const totals[] = { "合计", "总计", "全县", "全区",
	"全市", "全省", "全国", "全旗", "总体", NULL };
static const char *const endings[] = { "街道办事处", "街道", "镇", "乡",
	NULL };

const char *
pc_div_match(struct pc_div *d, const char *parent, const char *name,
    size_t len, int *ambiguous)
{
	char alt[300];
	const char *code;
	size_t i, j, base;

	*ambiguous = 0;
	for (i = 0; totals[i]; i++)
		if (strlen(totals[i]) == len && memcmp(totals[i], name,
		    len) == 0)
			return *parent ? parent : NULL;
	if ((code = lookup(d, parent, name, len, ambiguous)) || *ambiguous)
		return code;
	if (len + 16 > sizeof(alt))
		return NULL;
	/* The name without its ending, then with each ending. */
	base = len;
	for (i = 0; endings[i]; i++) {
		size_t n = strlen(endings[i]);

		if (len > n && memcmp(name + len - n, endings[i], n) == 0) {
			base = len - n;
			break;
		}
	}
	memcpy(alt, name, base);
	if (base < len && (code = lookup(d, parent, alt, base, ambiguous)))
		return code;
	for (j = 0; endings[j]; j++) {
		size_t n = strlen(endings[j]);

		if (base + n == len && memcmp(name + base, endings[j], n) == 0)
			continue;
		memcpy(alt + base, endings[j], n);
		if ((code = lookup(d, parent, alt, base + n, ambiguous)) ||
		    *ambiguous)
			return code;
	}
	return NULL;
}

const char *
pc_div_in_text(struct pc_div *d, const char *s, size_t len)
{
	const char *best = NULL;
	size_t i, blen = 0;
	int tie = 0;

	for (i = 0; i < d->n; i++) {
		size_t clen = strlen(d->e[i].code), nlen = strlen(d->e[i].name);

		/* Two-character names (城区, 郊区) are too easily found
		 * inside other words. */
		if (nlen < 7 || nlen > len || clen < blen)
			continue;
		if (!memmem(s, len, d->e[i].name, nlen))
			continue;
		if (clen > blen) {
			best = d->e[i].code;
			blen = clen;
			tie = 0;
		} else if (strcmp(best, d->e[i].code) != 0) {
			tie = 1;
		}
	}
	return tie ? NULL : best;
}

void
pc_div_free(struct pc_div *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->e[i].code);
		free(d->e[i].name);
	}
	free(d->e);
	lt_hash_free(d->byname);
	free(d);
}
