/*
 * history.c - province, prefecture and county codes in use since 1981
 * (county-history.csv: code, name, level, first and last year, the
 * codes that took over).  A record is in use from its first year to its
 * last, both inclusive: in a year of change both names occur.  Loaded
 * here and looked up by name, code and text; followed through the years
 * in lineage.c.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "internal.h"


/* The columns of county-history.csv, as published. */
enum { C_CODE, C_NAME, C_LEVEL, C_FROM, C_TO, C_SUCC, NCOLS };
static const char *const colnames[NCOLS] = {
	"代码", "名称", "级别", "启用时间", "变更/弃用时间", "新代码"
};

static const char *const stem_ends[] = { "自治县", "自治旗", "自治州",
	"特区", "林区", "矿区", "地区", "县", "市", "区", "旗", "盟", NULL };

size_t
lt_name_stem(const char *name, size_t len)
{
	size_t i, n;

	for (i = 0; stem_ends[i]; i++) {
		n = strlen(stem_ends[i]);
		if (len > n && memcmp(name + len - n, stem_ends[i], n) == 0)
			return len - n;
	}
	return len;
}

static int
year_of(const struct lt_field *f)
{
	int64_t y;

	if (f->len == 0)
		return 0;
	if (lt_parse_int(f->s, f->len, &y) != LT_OK || y < 1900 || y > 2100)
		return -1;
	return (int)y;
}

/* 新代码: codes separated by ';', each maybe with [YEAR]; 0 when bad. */
static int
read_successors(struct lt_hrec *r, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		struct lt_hsucc *x;
		size_t j = i;

		while (j < len && s[j] != ';')
			j++;
		r->succ = lt_realloc(r->succ, (r->nsucc + 1) * sizeof(*r->succ));
		x = &r->succ[r->nsucc++];
		if (j - i < 6 || !lt_code_valid(s + i, 6))
			return 0;
		memcpy(x->code, s + i, 6);
		x->code[6] = '\0';
		x->year = 0;
		if (j - i == 12 && s[i + 6] == '[' && s[i + 11] == ']')
			x->year = atoi(s + i + 7);
		else if (j - i != 6)
			return 0;
		i = j + 1;
	}
	return 1;
}

static enum lt_level
level_of(const struct lt_field *f)
{
	if (strcmp(f->s, "省级") == 0)
		return LT_LEVEL_PROVINCE;
	if (strcmp(f->s, "地级") == 0)
		return LT_LEVEL_PREFECTURE;
	if (strcmp(f->s, "县级") == 0)
		return LT_LEVEL_COUNTY;
	return LT_LEVEL_NONE;
}

static void
add(struct lt_hist *h, struct lt_in *in, const struct lt_row *row,
    const int *col)
{
	struct lt_hrec *r;
	const struct lt_field *f = row->f;
	long *first;
	size_t digits;
	int isnew;

	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 8192;
		h->r = lt_realloc(h->r, h->cap * sizeof(*h->r));
		h->next_name = lt_realloc(h->next_name, h->cap * sizeof(long));
		h->next_code = lt_realloc(h->next_code, h->cap * sizeof(long));
	}
	r = &h->r[h->n];
	memset(r, 0, sizeof(*r));
	r->level = level_of(&f[col[C_LEVEL]]);
	digits = lt_level_digits(r->level);
	if (f[col[C_CODE]].len != 6 || !lt_code_valid(f[col[C_CODE]].s, 6) ||
	    digits == 0) {
		lt_in_reject(in, row, col[digits ? C_CODE : C_LEVEL], "\"%s\" "
		    "is not a 6-digit code of a 省级, 地级 or 县级 division",
		    f[col[digits ? C_CODE : C_LEVEL]].s);
		return;
	}
	memcpy(r->raw, f[col[C_CODE]].s, 6);
	memcpy(r->code, r->raw, digits);
	r->from = year_of(&f[col[C_FROM]]);
	r->to = year_of(&f[col[C_TO]]);
	if (r->from <= 0 || r->to < 0 || (r->to && r->to < r->from)) {
		lt_in_reject(in, row, col[C_FROM], "the years \"%s\" to \"%s\" "
		    "are not a span from 1900 to 2100", f[col[C_FROM]].s,
		    f[col[C_TO]].s);
		return;
	}
	if (!read_successors(r, f[col[C_SUCC]].s, f[col[C_SUCC]].len)) {
		lt_in_reject(in, row, col[C_SUCC], "\"%s\" is not codes of 6 "
		    "digits, each maybe with [YEAR], separated by ';'",
		    f[col[C_SUCC]].s);
		free(r->succ);
		return;
	}
	r->name = lt_strndup(f[col[C_NAME]].s, f[col[C_NAME]].len);
	first = lt_hash_get(h->byname, r->name, strlen(r->name), &isnew);
	h->next_name[h->n] = isnew ? -1 : *first - 1;
	*first = (long)h->n + 1;
	first = lt_hash_get(h->bycode, r->raw, 6, &isnew);
	h->next_code[h->n] = isnew ? -1 : *first - 1;
	*first = (long)h->n + 1;
	h->n++;
}

struct lt_hist *
lt_hist_load(const char *path)
{
	struct lt_hist *h = lt_calloc(1, sizeof(*h));
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_row *row;
	char *files[1];
	int col[NCOLS], i;

	files[0] = (char *)path;
	lt_cli_init(&cli, "", "");
	cli.progress = 0;
	in = lt_in_open(&cli, 1, files);
	for (i = 0; i < NCOLS; i++)
		if ((col[i] = lt_header_find(lt_in_header(in), colnames[i])) < 0)
			lt_die(LT_EXIT_DATA, "%s:1: header: a division history "
			    "needs the column %s (as county-history.csv has)",
			    lt_in_file(in), colnames[i]);
	h->byname = lt_hash_new(sizeof(long));
	h->bycode = lt_hash_new(sizeof(long));
	while (lt_in_next(in, &row))
		add(h, in, row, col);
	lt_in_close(in);
	lt_hist_gains(h);
	return h;
}

void
lt_hist_free(struct lt_hist *h)
{
	size_t i;

	if (!h)
		return;
	for (i = 0; i < h->n; i++) {
		free(h->r[i].name);
		free(h->r[i].succ);
	}
	free(h->r);
	free(h->next_name);
	free(h->next_code);
	lt_hash_free(h->byname);
	lt_hash_free(h->bycode);
	if (h->bygain)
		lt_hash_free(h->bygain);
	free(h->gain);
	free(h);
}

int
lt_hist_in_use(const struct lt_hrec *r, int year)
{
	return r->from <= year && (r->to == 0 || year <= r->to);
}

size_t
lt_hist_named(const struct lt_hist *h, const char *name, size_t len,
    int year, const char *prefix, const struct lt_hrec **out, size_t max)
{
	long *first = lt_hash_find(h->byname, name, len), i;
	size_t n = 0, plen = strlen(prefix);

	if (!first)
		return 0;
	for (i = *first - 1; i >= 0; i = h->next_name[i]) {
		const struct lt_hrec *r = &h->r[i];

		if (!lt_hist_in_use(r, year) ||
		    strncmp(r->code, prefix, plen) != 0)
			continue;
		if (n < max)
			out[n] = r;
		n++;
	}
	return n;
}

const struct lt_hrec *
lt_hist_at(const struct lt_hist *h, const char *raw, int year,
    const struct lt_hrec *skip)
{
	long *first = lt_hash_find(h->bycode, raw, 6), i;
	const struct lt_hrec *best = NULL;

	if (!first)
		return NULL;
	for (i = *first - 1; i >= 0; i = h->next_code[i]) {
		const struct lt_hrec *r = &h->r[i];

		if (r != skip && lt_hist_in_use(r, year) && (!best ||
		    r->from > best->from))
			best = r;
	}
	return best;
}

const struct lt_hrec *
lt_hist_code(const struct lt_hist *h, const char *code, size_t len,
    int year)
{
	char raw[7] = "000000";

	if (len != 2 && len != 4 && len != 6)
		return NULL;
	memcpy(raw, code, len);
	return lt_hist_at(h, raw, year, NULL);
}

int
lt_hist_latest_in_text(const struct lt_hist *h, const char *s, size_t len,
    int (*findable)(const char *, size_t))
{
	size_t i, nlen;
	int latest = 0, to, level = -1;

	for (i = 0; i < h->n; i++) {
		const struct lt_hrec *r = &h->r[i];

		to = r->to == 0 ? LT_HIST_TODAY : r->to;
		nlen = strlen(r->name);
		if ((int)r->level < level || ((int)r->level == level &&
		    to <= latest) || nlen > len || !findable(r->name, nlen) ||
		    !memmem(s, len, r->name, nlen))
			continue;
		latest = to;
		level = (int)r->level;
	}
	return latest;
}

size_t
lt_hist_in_text(const struct lt_hist *h, const char *s, size_t len,
    int year, int (*findable)(const char *, size_t),
    const struct lt_hrec **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < h->n; i++) {
		const struct lt_hrec *r = &h->r[i];
		size_t nlen = strlen(r->name);

		if (!lt_hist_in_use(r, year) || nlen > len ||
		    !findable(r->name, nlen) || !memmem(s, len, r->name, nlen))
			continue;
		if (n < max)
			out[n] = r;
		n++;
	}
	return n;
}
