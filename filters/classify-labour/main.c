/*
 * classify-labour - who has left the soil, and who has left the village?
 *
 * Person rows (a census sample) get labour_class by the ordered rules of
 * docs/design.md section 7; with --by LEVEL they are summed into one
 * region row per code prefix and year instead (exact weighted sums,
 * --partial and --merge for split input).  Region rows with labour
 * counts get labour_local when it is missing and the shares of rural
 * labour.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "labour.h"
#include "rollup.h"

static const char usage_line[] =
    "[-Mp] [-a months] [-b level] [-m mode] [-s scheme] [-w ages] "
    "[-o file] [--header spec] [--plain] [--rejects file] [file ...]";

static const char help_text[] =
    "Adds labour_class (inactive, unemployed, urban, away_farm, farm,\n"
    "migrant, local, amphibian), destination and destination_kind to\n"
    "person rows; with --by, writes one region row per code and year with\n"
    "the weighted class counts and shares instead.  Region rows with\n"
    "labour_rural get labour_local (when missing and its terms exist) and\n"
    "share_farm, share_local, share_amphibian, share_migrant.\n\n"
    "  -a, --away-months N   away: months_away of N or more (default 6)\n"
    "  -b, --by LEVEL        sum persons by hukou_code (and labour_inflow\n"
    "                        by work_code, else code) at LEVEL: province,\n"
    "                        prefecture, county or township\n"
    "  -M, --merge           add up --partial outputs (repeated identical\n"
    "                        header lines are skipped)\n"
    "  -m, --mode MODE       person or region (default: by the columns)\n"
    "  -p, --partial         with --by or --merge: write the exact sums\n"
    "                        only, for a later --merge\n"
    "  -s, --scheme SCHEME   paper (default) or nbs: nbs_local and\n"
    "                        nbs_outside by place of work (person rows)\n"
    "  -w, --working-age A-[B] ages of working age (default 16-: from 16,\n"
    "                        no upper bound)\n";

enum mode { MODE_AUTO, MODE_PERSON, MODE_REGION };

/* The person columns, -1 when absent, found once before the loop. */
struct person_cols {
	int age, months_away, hukou_type, industry, lodging, activity, sex;
	int hukou_code, work_code, code, weight, year, work_name;
};

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

static void
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
static int
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

static void
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

static void
by_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h,
    const struct labour_opts *opt, enum lt_level level, int partial)
{
	struct person_cols c;
	struct lt_row *row;
	struct grouptab *groups = grouptab_new();
	struct rollup counts;
	long rows = 0, na = 0, no_origin = 0, no_dest = 0, no_where = 0;
	long farm_no_sex = 0;
	unsigned na_sums = 0;
	char msg[768];
	size_t off;

	rollup_init(&counts, groups);
	find_person_cols(h, &c);
	if (c.hukou_code < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: --by needs column "
		    "hukou_code (the origin of each person)", lt_in_file(in));
	while (lt_in_next(in, &row)) {
		struct person p;
		enum labour_class cls;
		enum destination d;
		lt_micro weight = 1000000;	/* 1 when absent */
		int64_t year = 0;
		int year_na = 1;
		size_t hl, dl;

		if (!read_person(in, row, &c, &p))
			continue;
		if (c.weight >= 0) {
			const struct lt_field *f = &row->f[c.weight];
			enum lt_status st = parse_weight(f->s, f->len,
			    &weight);

			/* An unknown weight is an unknown count: no guess. */
			if (st == LT_NA) {
				lt_in_reject(in, row, c.weight, "missing (--by "
				    "needs the weight of every person)");
				continue;
			}
			/* Up to a billion persons a row: no sum of a
			 * census comes near 64-bit overflow. */
			if (st != LT_OK || weight < 0 ||
			    weight > (lt_micro)1000000000 * 1000000) {
				lt_in_reject(in, row, c.weight, "\"%.*s\" is not "
				    "a weight (0 to 1e9 persons)",
				    (int)(f->len > 60 ? 60 : f->len), f->s);
				continue;
			}
		}
		if (c.year >= 0 && !row->v[c.year].na) {
			year = row->v[c.year].u.i;
			year_na = 0;
		}
		cls = classify_person(&p, opt);
		rows++;
		if (cls == LC_NA)
			na++;
		hl = lt_code_prefix(p.hukou_code, p.hukou_len, level);
		if (!rural_worker(cls)) {
			if (hl > 0)
				rollup_count(&counts, p.hukou_code, hl,
				    year_na, year, origin_sums(&p, cls,
				    DEST_NA), (group_sum)weight);
			else
				no_origin++;
			continue;
		}
		d = person_destination(&p);
		if (d == DEST_NA)
			no_where++;
		if (cls == LC_FARM && p.sex < 0)
			farm_no_sex++;
		if (hl > 0)
			rollup_count(&counts, p.hukou_code, hl, year_na, year,
			    origin_sums(&p, cls, d), (group_sum)weight);
		else
			no_origin++;
		if (p.work_len)
			dl = lt_code_prefix(p.work_code, p.work_len, level);
		else
			dl = lt_code_prefix(p.code, p.code_len, level);
		if (dl == 0 || hl == 0) {
			no_dest++;
			continue;
		}
		if (memcmp(p.hukou_code, p.work_len ? p.work_code : p.code,
		    hl) != 0)
			rollup_count(&counts, p.work_len ? p.work_code : p.code,
			    dl, year_na, year, inflow_sums(cls),
			    (group_sum)weight);
	}
	rollup_finish(&counts);
	/* A count whose column is absent is NA, never a false 0. */
	if (c.activity < 0) {
		na_sums |= 1u << S_UNEMPLOYED;
		lt_warn("labour_unemployed NA: no column activity (without "
		    "it the unemployed cannot be told from the inactive)");
	}
	if (c.age < 0) {
		na_sums |= 1u << S_FARM_OLD;
		lt_warn("labour_farm_old NA: no column age");
	}
	if (c.sex < 0) {
		na_sums |= 1u << S_FARM_FEMALE;
		lt_warn("labour_farm_female NA: no column sex");
	}
	/* One line on stderr: what could not be counted, and why. */
	if (na + no_origin + no_dest + no_where +
	    (c.sex >= 0 ? farm_no_sex : 0) > 0) {
		const char *sep = ", ";

		off = (size_t)snprintf(msg, sizeof(msg), "of %ld row%s", rows,
		    rows == 1 ? "" : "s");
		if (na) {
			off += (size_t)snprintf(msg + off, sizeof(msg) - off,
			    "%s%ld: labour_class NA (a field the deciding rule "
			    "needs is missing)", sep, na);
			sep = "; ";
		}
		if (no_origin) {
			off += (size_t)snprintf(msg + off, sizeof(msg) - off,
			    "%s%ld: no hukou_code at the %s level (left out of "
			    "the origin counts)", sep, no_origin,
			    lt_level_name(level));
			sep = "; ";
		}
		if (no_dest) {
			off += (size_t)snprintf(msg + off, sizeof(msg) - off,
			    "%s%ld: rural worker%s with no hukou_code, or "
			    "neither work_code nor code, at the %s level (left "
			    "out of labour_inflow)", sep, no_dest,
			    no_dest == 1 ? "" : "s", lt_level_name(level));
			sep = "; ";
		}
		if (off < sizeof(msg) && no_where)
			off += (size_t)snprintf(msg + off, sizeof(msg) - off,
			    "%s%ld: rural worker%s whose codes cannot tell the "
			    "destination (left out of workers_*)", sep,
			    no_where, no_where == 1 ? "" : "s");
		if (no_where)
			sep = "; ";
		if (off < sizeof(msg) && farm_no_sex && c.sex >= 0)
			snprintf(msg + off, sizeof(msg) - off, "%s%ld: farm "
			    "worker%s with no sex (left out of "
			    "labour_farm_female)", sep, farm_no_sex,
			    farm_no_sex == 1 ? "" : "s");
		lt_warn("%s", msg);
	}
	rollup_write(out, groups, c.year >= 0, partial, na_sums);
	grouptab_free(groups);
}

static void
region_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h)
{
	struct lt_plan plan;
	struct lt_row *row;
	int term_col[TERM_NTERMS], share_col[SH_NSHARES], col_local;
	size_t s_local, s_share[SH_NSHARES];
	char localbuf[64];
	int i;

	char missing[128] = "";
	long residual_na = 0;

	for (i = 0; i < TERM_NTERMS; i++) {
		term_col[i] = lt_in_numeric(in, local_term_column[i]);
		/* Without one of these the residual would count its people
		 * as local; labour_away_farm alone may be absent (0). */
		if (term_col[i] < 0 && i != TERM_AWAY_FARM)
			snprintf(missing + strlen(missing), sizeof(missing) -
			    strlen(missing), "%s%s", missing[0] ? ", " : "",
			    local_term_column[i]);
	}
	col_local = lt_in_numeric(in, "labour_local");
	/* The numerator of each share: labour_local is computed here. */
	for (i = 0; i < SH_NSHARES; i++)
		share_col[i] = lt_in_numeric(in, sum_column[share_sum[i]]);
	lt_plan_init(&plan, h);
	s_local = lt_plan_add(&plan, "labour_local", LT_NUM);
	for (i = 0; i < SH_NSHARES; i++)
		s_share[i] = lt_plan_add(&plan, share_column[i], LT_NUM);
	lt_out_header(out, &plan.out);
	while (lt_in_next(in, &row)) {
		lt_micro term[TERM_NTERMS], local;
		int na[TERM_NTERMS], bad = 0;
		double rural, local_d;

		if (col_local >= 0 && !row->v[col_local].na) {
			/* Given: kept as written. */
			plan.val[s_local] = lt_str(row->f[col_local].s,
			    row->f[col_local].len);
			local_d = lt_value_num(&row->v[col_local]);
		} else {
			for (i = 0; i < TERM_NTERMS && !bad; i++) {
				const struct lt_field *f;
				enum lt_status st;

				term[i] = 0;
				na[i] = i != TERM_AWAY_FARM;
				if (term_col[i] < 0)
					continue;	/* absent: NA, or 0 */
				f = &row->f[term_col[i]];
				st = lt_parse_micro(f->s, f->len, &term[i]);
				na[i] = st == LT_NA;
				if (st != LT_OK && st != LT_NA) {
					lt_in_reject(in, row, term_col[i],
					    "\"%.*s\" is too large for an exact "
					    "sum", (int)(f->len > 60 ? 60 :
					    f->len), f->s);
					bad = 1;
				}
			}
			if (bad)
				continue;
			if (derive_local(term, na, &local)) {
				size_t n = lt_fmt_micro(localbuf, local);

				plan.val[s_local] = lt_str(localbuf, n);
				local_d = lt_micro_to_num(local);
			} else {
				plan.val[s_local] = lt_na();
				local_d = 0.0 / 0.0;
				residual_na++;
			}
		}
		rural = lt_value_num(&row->v[term_col[TERM_RURAL]]);
		for (i = 0; i < SH_NSHARES; i++) {
			double part;

			if (share_sum[i] == S_LOCAL)
				part = local_d;
			else if (share_col[i] >= 0)
				part = lt_value_num(&row->v[share_col[i]]);
			else
				part = 0.0 / 0.0;
			plan.val[s_share[i]] = lt_num(share_of(part, rural));
			if (plan.val[s_share[i]].u.d != plan.val[s_share[i]].u.d)
				plan.val[s_share[i]] = lt_na();
		}
		lt_plan_write(out, &plan, row);
		lt_out_endrow(out);
	}
	if (residual_na > 0 && missing[0])
		lt_warn("labour_local NA where not given: the residual needs "
		    "column%s %s (it would count those people as local)",
		    strchr(missing, ',') ? "s" : "", missing);
	lt_plan_free(&plan);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		LT_LONGOPTS,
		{ "away-months", required_argument, NULL, 'a' },
		{ "by", required_argument, NULL, 'b' },
		{ "merge", no_argument, NULL, 'M' },
		{ "mode", required_argument, NULL, 'm' },
		{ "partial", no_argument, NULL, 'p' },
		{ "scheme", required_argument, NULL, 's' },
		{ "working-age", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 }
	};
	/* Defaults: docs/design.md section 7.1, sources in the man page. */
	struct labour_opts opt = { 6, 16, AGE_NO_MAX, SCHEME_PAPER };
	struct lt_cli cli;
	struct lt_in *in;
	struct lt_out *out;
	const struct lt_header *h;
	enum lt_level level = LT_LEVEL_NONE;
	enum mode mode = MODE_AUTO;
	int c, merge = 0, partial = 0, class_opts = 0;

	lt_setprog(argv);
	lt_cli_init(&cli, usage_line, help_text);
	while ((c = getopt_long(argc, argv, "Ma:b:m:o:ps:w:", longopts,
	    NULL)) != -1)
		switch (c) {
		case 'M':
			merge = 1;
			break;
		case 'a':
			opt.away_months = lt_opt_int("--away-months", optarg, 1,
			    12);
			class_opts = 1;
			break;
		case 'b':
			level = lt_level_parse(optarg);
			if (level == LT_LEVEL_NONE || level == LT_LEVEL_VILLAGE) {
				lt_warn("--by: \"%s\" is not province, "
				    "prefecture, county or township", optarg);
				lt_usage(&cli);
			}
			break;
		case 'm':
			if (strcmp(optarg, "person") == 0)
				mode = MODE_PERSON;
			else if (strcmp(optarg, "region") == 0)
				mode = MODE_REGION;
			else {
				lt_warn("--mode: \"%s\" is not person or region",
				    optarg);
				lt_usage(&cli);
			}
			break;
		case 'p':
			partial = 1;
			break;
		case 's':
			if (strcmp(optarg, "paper") == 0)
				opt.scheme = SCHEME_PAPER;
			else if (strcmp(optarg, "nbs") == 0)
				opt.scheme = SCHEME_NBS;
			else {
				lt_warn("--scheme: \"%s\" is not paper or nbs",
				    optarg);
				lt_usage(&cli);
			}
			class_opts = 1;
			break;
		case 'w':
			if (!parse_working_age(optarg, &opt.age_min,
			    &opt.age_max)) {
				lt_warn("--working-age: \"%s\" is not A- or A-B "
				    "(ages, 0 <= A <= B <= 150)", optarg);
				lt_usage(&cli);
			}
			class_opts = 1;
			break;
		default:
			if (!lt_cli_option(&cli, c, optarg))
				lt_usage(&cli);
		}
	if (partial && !merge && level == LT_LEVEL_NONE) {
		lt_warn("--partial goes with --by or --merge");
		lt_usage(&cli);
	}
	if (opt.scheme == SCHEME_NBS && (level != LT_LEVEL_NONE || merge)) {
		lt_warn("--scheme nbs classifies person rows; --by counts the "
		    "paper's classes and the destinations (workers_*)");
		lt_usage(&cli);
	}
	if (level != LT_LEVEL_NONE && mode == MODE_REGION) {
		lt_warn("--by sums person rows, not region rows");
		lt_usage(&cli);
	}
	if (merge) {
		struct grouptab *groups;
		int has_year;

		if (level != LT_LEVEL_NONE || mode != MODE_AUTO || class_opts ||
		    cli.rejects_path) {
			lt_warn("--merge takes no --by, --mode, --away-months, "
			    "--scheme, --working-age or --rejects (its input "
			    "is already summed)");
			lt_usage(&cli);
		}
		groups = grouptab_new();
		out = lt_out_open(&cli);
		if (rollup_merge(&cli, argc - optind, argv + optind, groups,
		    &has_year))
			rollup_write(out, groups, has_year, partial, 0);
		grouptab_free(groups);
		lt_out_close(out);
		return LT_EXIT_OK;
	}

	in = lt_in_open(&cli, argc - optind, argv + optind);
	h = lt_in_header(in);
	out = lt_out_open(&cli);
	if (h->n == 0) {
		/* Empty input: empty output. */
		lt_in_close(in);
		lt_out_close(out);
		return LT_EXIT_OK;
	}
	if (mode == MODE_AUTO) {
		if (lt_header_find(h, "age") >= 0 ||
		    lt_header_find(h, "hukou_type") >= 0)
			mode = MODE_PERSON;
		else if (lt_header_find(h, "labour_rural") >= 0)
			mode = MODE_REGION;
		else
			lt_die(LT_EXIT_DATA, "%s:1: header: needs person rows "
			    "(column age or hukou_type) or region rows (column "
			    "labour_rural)", lt_in_file(in));
	}
	if (mode == MODE_REGION && lt_header_find(h, "labour_rural") < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: region rows need column "
		    "labour_rural", lt_in_file(in));
	if (mode == MODE_PERSON && lt_header_find(h, "age") < 0 &&
	    lt_header_find(h, "hukou_type") < 0)
		lt_die(LT_EXIT_DATA, "%s:1: header: person rows need column age "
		    "or hukou_type", lt_in_file(in));
	if (level != LT_LEVEL_NONE)
		by_mode(in, out, h, &opt, level, partial);
	else if (mode == MODE_PERSON)
		person_mode(in, out, h, &opt);
	else
		region_mode(in, out, h);
	lt_in_close(in);
	lt_out_close(out);
	return LT_EXIT_OK;
}
