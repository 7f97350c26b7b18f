/*
 * byrows.c - classify-labour --by LEVEL: person rows summed into one
 * region row per code prefix and year, exactly, with --partial for a
 * block of split input (docs/design.md section 7.2).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "labour.h"
#include "rollup.h"
#include "modes.h"

/* What --by could not count, said in one line at the end. */
struct tally {
	long rows, na, no_origin, no_dest, no_where, farm_no_sex;
};

/* The weight of a person row (millionths of a person; 1 when there is
 * no weight column); 0 when the row was rejected. */
static int
row_weight(struct lt_in *in, const struct lt_row *row,
    const struct person_cols *c, lt_micro *weight)
{
	const struct lt_field *f;
	enum lt_status st;

	*weight = 1000000;
	if (c->weight < 0)
		return 1;
	f = &row->f[c->weight];
	st = parse_weight(f->s, f->len, weight);
	/* An unknown weight is an unknown count: no guess. */
	if (st == LT_NA) {
		lt_in_reject(in, row, c->weight, "missing (--by needs the "
		    "weight of every person)");
		return 0;
	}
	/* Up to a billion persons a row: no sum of a census comes near
	 * 64-bit overflow. */
	if (st != LT_OK || *weight < 0 ||
	    *weight > (lt_micro)1000000000 * 1000000) {
		lt_in_reject(in, row, c->weight, "\"%.*s\" is not a weight "
		    "(0 to 1e9 persons)", (int)(f->len > 60 ? 60 : f->len),
		    f->s);
		return 0;
	}
	return 1;
}

/* A person counted at the origin (its hukou place) and, working
 * elsewhere, in the inflow of where it works. */
static void
count_person(struct rollup *counts, const struct person *p,
    enum labour_class cls, enum lt_level level, int year_na, int64_t year,
    lt_micro weight, struct tally *t)
{
	size_t hl = lt_code_prefix(p->hukou_code, p->hukou_len, level), dl;
	enum destination d;
	const char *work;

	if (!rural_worker(cls)) {
		if (hl > 0)
			rollup_count(counts, p->hukou_code, hl, year_na, year,
			    origin_sums(p, cls, DEST_NA), (group_sum)weight);
		else
			t->no_origin++;
		return;
	}
	d = person_destination(p);
	if (d == DEST_NA)
		t->no_where++;
	if (cls == LC_FARM && p->sex < 0)
		t->farm_no_sex++;
	if (hl > 0)
		rollup_count(counts, p->hukou_code, hl, year_na, year,
		    origin_sums(p, cls, d), (group_sum)weight);
	else
		t->no_origin++;
	work = p->work_len ? p->work_code : p->code;
	dl = lt_code_prefix(work, p->work_len ? p->work_len : p->code_len,
	    level);
	if (dl == 0 || hl == 0) {
		t->no_dest++;
		return;
	}
	if (memcmp(p->hukou_code, work, hl) != 0)
		rollup_count(counts, work, dl, year_na, year, inflow_sums(cls),
		    (group_sum)weight);
}

/* A count whose column is absent is NA, never a false 0. */
static unsigned
absent_sums(const struct person_cols *c)
{
	unsigned na_sums = 0;

	if (c->activity < 0) {
		na_sums |= 1u << S_UNEMPLOYED;
		lt_warn("labour_unemployed NA: no column activity (without "
		    "it the unemployed cannot be told from the inactive)");
	}
	if (c->age < 0) {
		na_sums |= 1u << S_FARM_OLD;
		lt_warn("labour_farm_old NA: no column age");
	}
	if (c->sex < 0) {
		na_sums |= 1u << S_FARM_FEMALE;
		lt_warn("labour_farm_female NA: no column sex");
	}
	return na_sums;
}

/* One line on stderr: what could not be counted, and why. */
static void
say_tally(const struct tally *t, const struct person_cols *c,
    enum lt_level level)
{
	const char *sep = ", ";
	char msg[768];
	size_t off;

	if (t->na + t->no_origin + t->no_dest + t->no_where +
	    (c->sex >= 0 ? t->farm_no_sex : 0) == 0)
		return;
	off = (size_t)snprintf(msg, sizeof(msg), "of %ld row%s", t->rows,
	    t->rows == 1 ? "" : "s");
	if (t->na) {
		off += (size_t)snprintf(msg + off, sizeof(msg) - off,
		    "%s%ld: labour_class NA (a field the deciding rule needs "
		    "is missing)", sep, t->na);
		sep = "; ";
	}
	if (t->no_origin) {
		off += (size_t)snprintf(msg + off, sizeof(msg) - off,
		    "%s%ld: no hukou_code at the %s level (left out of the "
		    "origin counts)", sep, t->no_origin,
		    lt_level_name(level));
		sep = "; ";
	}
	if (t->no_dest) {
		off += (size_t)snprintf(msg + off, sizeof(msg) - off,
		    "%s%ld: rural worker%s with no hukou_code, or neither "
		    "work_code nor code, at the %s level (left out of "
		    "labour_inflow)", sep, t->no_dest, t->no_dest == 1 ? "" :
		    "s", lt_level_name(level));
		sep = "; ";
	}
	if (off < sizeof(msg) && t->no_where)
		off += (size_t)snprintf(msg + off, sizeof(msg) - off,
		    "%s%ld: rural worker%s whose codes cannot tell the "
		    "destination (left out of workers_*)", sep, t->no_where,
		    t->no_where == 1 ? "" : "s");
	if (t->no_where)
		sep = "; ";
	if (off < sizeof(msg) && t->farm_no_sex && c->sex >= 0)
		snprintf(msg + off, sizeof(msg) - off, "%s%ld: farm worker%s "
		    "with no sex (left out of labour_farm_female)", sep,
		    t->farm_no_sex, t->farm_no_sex == 1 ? "" : "s");
	lt_warn("%s", msg);
}

void
by_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h,
    const struct labour_opts *opt, enum lt_level level, int partial)
{
	struct person_cols c;
	struct lt_row *row;
	struct grouptab *groups = grouptab_new();
	struct rollup counts;
	struct tally t = { 0, 0, 0, 0, 0, 0 };
	unsigned na_sums;

	rollup_init(&counts, groups);
	find_person_cols(h, &c);
	if (c.hukou_code < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: --by needs column "
		    "hukou_code (the origin of each person)", lt_in_file(in));
	while (lt_in_next(in, &row)) {
		struct person p;
		enum labour_class cls;
		lt_micro weight;
		int64_t year = 0;
		int year_na = 1;

		if (!read_person(in, row, &c, &p) ||
		    !row_weight(in, row, &c, &weight))
			continue;
		if (c.year >= 0 && !row->v[c.year].na) {
			year = row->v[c.year].u.i;
			year_na = 0;
		}
		cls = classify_person(&p, opt);
		t.rows++;
		if (cls == LC_NA)
			t.na++;
		count_person(&counts, &p, cls, level, year_na, year, weight,
		    &t);
	}
	rollup_finish(&counts);
	na_sums = absent_sums(&c);
	say_tally(&t, &c, level);
	rollup_write(out, groups, c.year >= 0, partial, na_sums,
	    lt_in_rows(in));
	grouptab_free(groups);
}
