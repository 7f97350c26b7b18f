/*
 * sums.c - a roll-up's groups written out: absorb's formulas on each
 * group's exact sums (shares, rates and changes from the sums, never
 * summed themselves; the year before from the group before, of the
 * same code), one row per code and year in code-year order, and a
 * partial's count row.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"
#include "rollup.h"

void
rollup_header(const struct rollup *ru, struct lt_out *out)
{
	size_t i;

	for (i = 0; i < ru->nout; i++)
		lt_out_column(out, ru->out[i].name, ru->out[i].type);
	lt_out_endrow(out);
}

static void
write_group(struct rollup *ru, struct lt_out *out, const char *code,
    size_t len, int64_t year, struct rollup_group *g, const struct lt_value *val)
{
	unsigned char *na = rollup_group_na(ru, g);
	char buf[64];
	size_t i;

	for (i = 0; i < ru->nout; i++) {
		const struct rollup_col *c = &ru->out[i];
		const char *name = NULL;

		switch (c->kind) {
		case RK_CODE:
			lt_out_field(out, code, len);
			break;
		case RK_NAME:
			if (ru->divisions)
				name = lt_divlist_name(ru->divisions, code, len);
			else if (ru->merge)
				name = g->name;
			lt_out_cstr(out, name ? name : "");
			break;
		case RK_YEAR:
			lt_out_int(out, year);
			break;
		case RK_LEVEL:
			lt_out_cstr(out, lt_level_name(lt_code_level(code,
			    len)));
			break;
		case RK_SUM:
			if (na[c->idx]) {
				lt_out_na(out);
			} else {
				size_t n = lt_fmt_micro(buf, g->sum[c->idx]);

				lt_out_field(out, buf, n);
			}
			break;
		case RK_ROWS:
			lt_out_na(out);
			break;
		case RK_OUTPUT:
			if (ru->partial)
				lt_out_na(out);
			else
				lt_out_value(out, &val[c->idx]);
			break;
		case RK_DROP:
			break;
		}
	}
	lt_out_endrow(out);
}

static double
sum_value(const struct rollup *ru, const struct rollup_group *g,
    const unsigned char *na, int s)
{
	(void)ru;
	return s < 0 || na[s] ? NAN : lt_micro_to_num(g->sum[s]);
}

/* What is not a sum: the norms' need, the urban definition (unknown
 * after a roll-up: the year decides), whether a township. */
static void
group_extras(const struct rollup *ru, const struct rollup_group *g,
    const unsigned char *na, const char *code, size_t len, struct absorb_in *r)
{
	double sown[ROLLUP_MAX_CROPS];
	size_t k;

	r->need_low = r->need_high = NAN;
	if (ru->nsown > 0) {
		for (k = 0; k < ru->nsown; k++)
			sown[k] = sum_value(ru, g, na, ru->sown_sum[k]);
		norms_need(ru->norms, code, len, sown, &r->need_low,
		    &r->need_high);
	}
	r->urban_resid = -1;
	r->township_row = len == 9;
}

void
rollup_flush(struct rollup *ru, struct lt_out *out)
{
	const char **keys;
	void **vals;
	struct absorb_prev prev;
	size_t i, n = lt_hash_count(ru->groups);

	lt_hash_sorted(ru->groups, &keys, &vals);
	for (i = 0; i < n; i++) {
		struct rollup_group *g = vals[i];
		unsigned char *na = rollup_group_na(ru, g);
		struct absorb_in r;
		struct absorb_out o;
		struct lt_value val[ABSORB_NOUT];
		const char *code;
		size_t len = absorb_key_code(keys[i], &code);
		int k, same = i > 0 && memcmp(keys[i], keys[i - 1], 12) == 0;

		r.year = absorb_key_year(keys[i]);
		for (k = 0; k < ABSORB_NIN; k++)
			*(double *)((char *)&r + absorb_inputs[k].off) =
			    sum_value(ru, g, na, ru->fsum[k]);
		group_extras(ru, g, na, code, len, &r);
		absorb_compute(&r, same ? &prev : NULL, ru->opt, &o);
		absorb_note_row(&ru->notes, &o);
		absorb_remember(&r, &o, &prev);
		absorb_values(&o, val);
		write_group(ru, out, code, len, r.year, g, val);
		free(g->name);
	}
	free(keys);
	free(vals);
	lt_hash_free(ru->groups);
	ru->groups = lt_hash_new(ru->valsize);
}

void
rollup_count_row(const struct rollup *ru, struct lt_out *out,
    int64_t rows_read)
{
	size_t i;

	for (i = 0; i < ru->nout; i++)
		if (ru->out[i].kind == RK_ROWS)
			lt_out_int(out, rows_read);
		else if (ru->out[i].kind != RK_DROP)
			lt_out_na(out);
	lt_out_endrow(out);
}
