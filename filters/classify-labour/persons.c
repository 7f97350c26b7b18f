/*
 * persons.c - person rows (a census sample): the columns a person is
 * read from, each checked, and its labour_class, destination and
 * destination_kind written (docs/design.md section 7.1).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "labour.h"
#include "rollup.h"
#include "modes.h"

static const struct {
	const char *name;
	size_t off;
} person_col_names[] = {
	{ "age", offsetof(struct person_cols, age) },
	{ "months_away", offsetof(struct person_cols, months_away) },
	{ "hukou_type", offsetof(struct person_cols, hukou_type) },
	{ "industry", offsetof(struct person_cols, industry) },
	{ "lodging", offsetof(struct person_cols, lodging) },
	{ "activity", offsetof(struct person_cols, activity) },
	{ "sex", offsetof(struct person_cols, sex) },
	{ "work_name", offsetof(struct person_cols, work_name) },
	{ "hukou_code", offsetof(struct person_cols, hukou_code) },
	{ "work_code", offsetof(struct person_cols, work_code) },
	{ "code", offsetof(struct person_cols, code) },
	{ "weight", offsetof(struct person_cols, weight) },
	{ "year", offsetof(struct person_cols, year) },
};

void
find_person_cols(const struct lt_header *h, struct person_cols *c)
{
	size_t i;

	for (i = 0; i < sizeof(person_col_names) /
	    sizeof(person_col_names[0]); i++)
		*(int *)((char *)c + person_col_names[i].off) =
		    lt_header_find(h, person_col_names[i].name);
}

/* A word column: its value, WORD_NA when absent or empty; a word
 * outside the list rejects the row (returns WORD_BAD). */
static inline int
get_word(struct lt_in *in, const struct lt_row *row, int col,
    const struct word_table *t)
{
	int v;

	if (col < 0)
		return WORD_NA;
	v = word_lookup(t, row->f[col].s, row->f[col].len);
	if (v == WORD_BAD)
		lt_in_reject(in, row, col, "\"%.*s\" is not %s",
		    (int)(row->f[col].len > 60 ? 60 : row->f[col].len),
		    row->f[col].s, t->list);
	return v;
}

/* An int column: -1 when absent or NA; outside [0, max] rejects. */
static int64_t
get_count(struct lt_in *in, const struct lt_row *row, int col, int64_t max,
    const char *what, int *bad)
{
	int64_t i;

	if (col < 0 || row->v[col].na)
		return -1;
	i = row->v[col].u.i;
	if (i < 0 || i > max) {
		lt_in_reject(in, row, col, "%lld is not %s", (long long)i,
		    what);
		*bad = 1;
	}
	return i;
}

static void
get_code(const struct lt_row *row, int col, const char **s, size_t *len)
{
	if (col < 0) {
		*s = "";
		*len = 0;
	} else {
		*s = row->f[col].s;
		*len = row->f[col].len;
	}
}

/* The person of a row; 0 when the row was rejected. */
int
read_person(struct lt_in *in, const struct lt_row *row,
    const struct person_cols *c, struct person *p)
{
	int bad = 0;

	p->age = get_count(in, row, c->age, 200, "an age (0 to 200)", &bad);
	if (bad)
		return 0;
	p->months_away = get_count(in, row, c->months_away, 12,
	    "a number of months (0 to 12)", &bad);
	if (bad)
		return 0;
	if ((p->hukou = get_word(in, row, c->hukou_type, &hukou_table)) ==
	    WORD_BAD ||
	    (p->industry = get_word(in, row, c->industry, &industry_table)) ==
	    WORD_BAD ||
	    (p->lodging = get_word(in, row, c->lodging, &lodging_table)) ==
	    WORD_BAD ||
	    (p->activity = get_word(in, row, c->activity, &activity_table)) ==
	    WORD_BAD ||
	    (p->sex = get_word(in, row, c->sex, &sex_table)) == WORD_BAD)
		return 0;
	get_code(row, c->hukou_code, &p->hukou_code, &p->hukou_len);
	get_code(row, c->work_code, &p->work_code, &p->work_len);
	get_code(row, c->code, &p->code, &p->code_len);
	return 1;
}

void
person_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h,
    const struct labour_opts *opt)
{
	struct person_cols c;
	struct lt_plan plan;
	struct lt_row *row;
	struct lt_value names[LC_NCLASSES], dests[DEST_N], kinds[KIND_N];
	size_t slot, s_dest, s_kind, len;
	long rows = 0, na = 0, kind_unknown = 0;
	int i;

	find_person_cols(h, &c);
	for (i = 0; i < LC_NCLASSES; i++) {
		const char *s = labour_class_name((enum labour_class)i, &len);

		names[i] = lt_str(s, len);
	}
	for (i = 0; i < DEST_N; i++) {
		const char *s = destination_name((enum destination)i, &len);

		dests[i] = lt_str(s, len);
	}
	for (i = 0; i < KIND_N; i++) {
		const char *s = place_kind_name((enum place_kind)i, &len);

		kinds[i] = lt_str(s, len);
	}
	lt_plan_init(&plan, h);
	slot = lt_plan_add(&plan, "labour_class", LT_STR);
	s_dest = lt_plan_add(&plan, "destination", LT_STR);
	s_kind = lt_plan_add(&plan, "destination_kind", LT_STR);
	lt_out_header(out, &plan.out);
	while (lt_in_next(in, &row)) {
		struct person p;
		struct facts f;
		enum labour_class cls;
		enum destination d = DEST_NA;
		enum place_kind k = KIND_NA;

		if (!read_person(in, row, &c, &p))
			continue;
		f = person_facts(&p, opt);
		cls = classify_facts_cached(f, opt->scheme);
		rows++;
		if (cls == LC_NA) {
			na++;
			plan.val[slot] = lt_na();
		} else {
			plan.val[slot] = names[cls];
		}
		/* Where a working person works; NA for the others. */
		if (facts_working(f) == 1) {
			d = person_destination(&p);
			if (c.work_name >= 0) {
				k = place_kind_of_name(row->f[c.work_name].s,
				    row->f[c.work_name].len);
				if (k == KIND_NA && row->f[c.work_name].len)
					kind_unknown++;
			}
		}
		plan.val[s_dest] = d == DEST_NA ? lt_na() : dests[d];
		plan.val[s_kind] = k == KIND_NA ? lt_na() : kinds[k];
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	if (na > 0)
		lt_warn("of %ld row%s, %ld: labour_class NA (a field the "
		    "deciding rule needs is missing)", rows,
		    rows == 1 ? "" : "s", na);
	if (rows > 0 && c.work_name < 0)
		lt_warn("destination_kind NA: no column work_name (the kind "
		    "of the work place in the data's year is read from its "
		    "name; today's code digits cannot tell it)");
	else if (kind_unknown > 0)
		lt_warn("of %ld row%s, %ld: destination_kind NA (a work_name "
		    "with no known ending: 街道, 城关镇, 镇, 乡, 村 ...)", rows,
		    rows == 1 ? "" : "s", kind_unknown);
	lt_plan_free(&plan);
}
