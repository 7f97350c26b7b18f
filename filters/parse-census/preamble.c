/*
 * preamble.c - the lines around the table: the title (its year, its
 * division, the indicator it names), the 数据库/指标/地区/时间/单位 lines
 * before the header, a line of English labels under it, the notes
 * after the table.
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static size_t
nonempty_cells(const struct lt_record *rec, size_t *first)
{
	size_t i, n = 0;

	/* Only none, one or more matter: stop at two. */
	*first = 0;
	for (i = 0; i < rec->n && n < 2; i++)
		if (!cell_empty(&rec->f[i])) {
			if (n++ == 0)
				*first = i;
		}
	return n;
}

/* Is this one-cell record the header of a one-column table? */
static int
known_label(const struct lt_field *fld)
{
	size_t namelen;

	return declared_type(fld->s, fld->len, &namelen) >= 0 ||
	    pc_label_known(fld->s, fld->len, &opt.map);
}

/* The title: its year, or its edition's. */
static void
set_title(struct file *f, char *title)
{
	f->title = title;
	f->title_year = pc_title_year(f->title, strlen(f->title),
	    f->title_range);
	f->title_price = pc_title_price(f->title, strlen(f->title));
	/* 《江苏统计年鉴1988》 gives the data of 1987. */
	if (!f->title_year && !f->title_range[0] &&
	    (f->edition = pc_edition_year(f->title, strlen(f->title))) > 0)
		f->title_year = f->edition - 1;
}

/* A line before the header: title, meta line, blank.  0 when it is
 * the header. */
int
preamble(struct file *f, const struct lt_record *rec, int forced)
{
	const char *val;
	size_t first, vlen, n = nonempty_cells(rec, &first);
	enum pc_meta m;

	if (n == 0)
		return 1;
	m = pc_meta_line(rec->f[first].s, rec->f[first].len, &val, &vlen);
	if (m != PC_META_NO && n == 1) {
		f->before++;
		switch (m) {
		case PC_META_UNIT:
			pc_unit_line(val, vlen, f->units);
			break;
		case PC_META_REGION:
			free(f->region);
			f->region = lt_malloc(vlen + 1);
			f->region[pc_name(val, vlen, f->region)] = '\0';
			break;
		case PC_META_INDICATOR:
			free(f->indicator);
			f->indicator = lt_strndup(val, vlen);
			break;
		case PC_META_TIME:
			if (!f->time_year)
				f->time_year = pc_year(val, vlen);
			break;
		default:
			break;
		}
		return 1;
	}
	if (forced || (n == 1 && !known_label(&rec->f[first]))) {
		f->before++;
		if (n == 1 && !f->title)
			set_title(f, dup_trimmed(&rec->f[first]));
		return 1;
	}
	return 0;
}

int
is_blank(const struct lt_record *rec)
{
	size_t first;

	return nonempty_cells(rec, &first) == 0;
}

static size_t
count_cells(const struct lt_record *rec, int *numbers, int *years)
{
	static const struct pc_scale one = { 0, 1 };
	char buf[PC_NUMBUF];
	enum pc_missing why;
	size_t i, n = 0, len;

	*numbers = *years = 0;
	for (i = 0; i < rec->n; i++) {
		if (cell_empty(&rec->f[i]))
			continue;
		n++;
		*years += pc_year(rec->f[i].s, rec->f[i].len) != 0;
		*numbers += pc_number(rec->f[i].s, rec->f[i].len, one, 0, buf,
		    &len, &why) == PC_V_OK;
	}
	return n;
}

int
unknown_header(struct file *f, const struct lt_record *rec)
{
	int numbers, years;
	size_t i;

	if (opt.skip > 0 || f->title || count_cells(rec, &numbers,
	    &years) < 2 || years >= 2)
		return 0;
	for (i = 0; i < rec->n; i++)
		if (!cell_empty(&rec->f[i]) && known_label(&rec->f[i]))
			return 0;
	return 1;
}

int
title_like(struct file *f, const struct lt_record *held,
    const struct lt_record *next)
{
	const char *val;
	size_t vlen, first;
	int numbers, years;

	(void)f;
	if (nonempty_cells(next, &first) == 1 && pc_meta_line(
	    next->f[first].s, next->f[first].len, &val, &vlen) != PC_META_NO)
		return 1;
	return count_cells(next, &numbers, &years) > count_cells(held,
	    &numbers, &years) && count_cells(next, &numbers, &years) > 0 &&
	    numbers == 0;
}

void
take_title(struct file *f, const struct lt_record *held)
{
	size_t i, len = 0;
	char *t = lt_malloc(1);

	t[0] = '\0';
	for (i = 0; i < held->n; i++) {
		if (cell_empty(&held->f[i]))
			continue;
		t = lt_realloc(t, len + held->f[i].len + 2);
		if (len > 0)
			t[len++] = ',';
		memcpy(t + len, held->f[i].s, held->f[i].len);
		len += held->f[i].len;
		t[len] = '\0';
	}
	f->before++;
	lt_warn("%s:%ld: a title with a comma, not the header: \"%s\"",
	    f->fname, held->line, t);
	set_title(f, t);
}

/* A line after the header that is not data: 0 when it is data. */
int
not_data(struct file *f, const struct lt_record *rec, int *english)
{
	const char *val;
	size_t first, vlen, n = nonempty_cells(rec, &first);

	if (n == 0)
		return 1;
	if (n == 1 && pc_meta_line(rec->f[first].s, rec->f[first].len, &val,
	    &vlen) == PC_META_NOTE) {
		f->notes++;
		return 1;
	}
	if (f->notes > 0 && n == 1) {
		/* The lines of a note go on. */
		f->notes++;
		return 1;
	}
	if (*english) {
		/* A line of English labels under the Chinese ones. */
		*english = 0;
		if (!english_labels(rec))
			return 0;
		f->before++;
		return 1;
	}
	return 0;
}

int
english_labels(const struct lt_record *rec)
{
	size_t i;

	for (i = 0; i < rec->n; i++) {
		const unsigned char *s = (const unsigned char *)rec->f[i].s;
		size_t k;
		int letter = 0;

		for (k = 0; k < rec->f[i].len; k++) {
			if (s[k] >= 0x80 || (s[k] >= '0' && s[k] <= '9'))
				return 0;
			letter |= (s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z';
		}
		if (!letter && rec->f[i].len > 0)
			return 0;
	}
	return 1;
}

/* Cut the last bracket group of s (its len bytes) when it names a year:
 * 乡村劳动力（1987年） to 乡村劳动力; 1 when one was cut. */
static int
cut_year_group(const char *s, size_t *len)
{
	size_t i;
	int range[2];

	for (i = *len; i > 0; i--)
		if (s[i - 1] == '(' || (i >= 3 && memcmp(s + i - 3, "（",
		    3) == 0)) {
			size_t at = s[i - 1] == '(' ? i - 1 : i - 3;

			if (pc_title_year(s + at, *len - at, range) == 0)
				return 0;
			*len = at;
			return 1;
		}
	return 0;
}

int
title_indicator(const struct file *f, char *buf, size_t size)
{
	/* The set of regions a title lists, the indicator after it. */
	static const char *const set[] = { "各县", "各市", "各区", "各乡",
	    "各镇", "各地", "各旗", "各盟", "各州", "分县", "分市", "分旗",
	    "分地区", "分乡镇" };
	const char *t = f->title, *from = NULL, *p;
	size_t i, len, k;

	if (t == NULL)
		return 0;
	for (i = 0; i < sizeof(set) / sizeof(set[0]); i++)
		for (p = t; (p = strstr(p, set[i])) != NULL; p++)
			if (from == NULL || p + strlen(set[i]) > from)
				from = p + strlen(set[i]);
	if (from == NULL)
		return 0;
	/* 各县（市、区）: the set's bracket; 各乡镇, 各地区, 各市县, 各旗县:
	 * one more character of the set's name (各旗县（市）: both). */
	for (k = 0; k < 4; k++) {
		if (strncmp(from, "（", 3) == 0 && (p = strstr(from, "）")) &&
		    p - from <= 15)
			from = p + 3;
		else if (*from == '(' && (p = strchr(from, ')')) &&
		    p - from <= 13)
			from = p + 1;
		else if (k == 0 && (strncmp(from, "镇", 3) == 0 ||
		    strncmp(from, "区", 3) == 0 || strncmp(from, "市", 3) == 0 ||
		    strncmp(from, "县", 3) == 0))
			from += 3;
		else
			break;
	}
	len = strlen(from);
	while (cut_year_group(from, &len))
		;
	for (k = 0; k < 2; k++) {
		static const char *const tail[] = { "基本情况", "情况",
		    "统计" };
		size_t j, n;

		for (j = 0; j < sizeof(tail) / sizeof(tail[0]); j++) {
			n = strlen(tail[j]);
			if (len > n && memcmp(from + len - n, tail[j], n) == 0)
				len -= n;
		}
	}
	if (len == 0 || len >= size)
		return 0;
	if (!pc_label_known(from, len, &opt.map))
		return 0;
	memcpy(buf, from, len);
	buf[len] = '\0';
	return 1;
}
