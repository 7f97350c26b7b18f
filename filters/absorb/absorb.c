/*
 * absorb.c - how much rural labour the towns absorb (docs/design.md
 * section 9): redeployment, the land per farm worker, the farm-side
 * surplus against a norm, and the inflow of outside workers, which is
 * where the paper sees southern Jiangsu's shortage of transferable
 * labour.  Urbanization rates are in urban.c, town growth and the
 * projection in growth.c, the norms in norms.c.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "absorb.h"

#define IN(f) { #f, offsetof(struct absorb_in, f) }
const struct absorb_input absorb_inputs[ABSORB_NIN] = {
	IN(labour_rural), IN(labour_farm), IN(farmland_ha), IN(pop_rural),
	IN(pop_town), IN(towns), IN(labour_inflow), IN(pop_total),
	IN(pop_urban), IN(pop_nonagri), IN(pop_agri), IN(pop_town_nonagri),
	IN(townships), IN(tve_employment),
};
#undef IN

const struct absorb_output absorb_outputs[ABSORB_NOUT] = {
	{ "redeployed", LT_NUM },
	{ "absorption_rate", LT_NUM },
	{ "farm_share", LT_NUM },
	{ "farmland_per_farm_worker", LT_NUM },
	{ "farm_need", LT_NUM },
	{ "surplus", LT_NUM },
	{ "surplus_low", LT_NUM },
	{ "surplus_high", LT_NUM },
	{ "labour_shortage", LT_BOOL },
	{ "inflow_ratio", LT_NUM },
	{ "inflow_share_tve", LT_NUM },
	{ "urban_share", LT_NUM },
	{ "nonagri_share", LT_NUM },
	{ "town_share", LT_NUM },
	{ "amphibian_gap", LT_NUM },
	{ "town_pop_growth", LT_NUM },
	{ "towns_change", LT_NUM },
	{ "growth_new_towns", LT_NUM },
	{ "growth_natural", LT_NUM },
	{ "growth_residual", LT_NUM },
	{ "town_nonagri_growth", LT_NUM },
	{ "growth_per_town", LT_NUM },
	{ "farm_share_change", LT_NUM },
	{ "labour_inflow_change", LT_NUM },
	{ "years_to_target", LT_NUM },
};

int
absorb_shortage(double surplus)
{
	if (isnan(surplus))
		return -1;
	return surplus <= 0;
}

/*
 * The farm side: the labour the land needs, from -w (farmland / HA) or
 * from the norms (need_low and need_high, norms.c), and the surplus
 * beyond it.  surplus is against the middle of the range, surplus_low
 * against the high need, surplus_high against the low one.
 */
static void
farm_side(const struct absorb_in *r, const struct absorb_opts *opt,
    struct absorb_out *o)
{
	double low = r->need_low, high = r->need_high;

	if (!isnan(opt->ha_per_worker))
		low = high = lt_ratio(r->farmland_ha, opt->ha_per_worker);
	o->farmland_per_farm_worker = lt_ratio(r->farmland_ha,
	    r->labour_farm);
	o->farm_need = (low + high) / 2;
	o->surplus = r->labour_farm - o->farm_need;
	o->surplus_low = r->labour_farm - high;
	o->surplus_high = r->labour_farm - low;
	o->labour_shortage = absorb_shortage(o->surplus);
}

void
absorb_compute(const struct absorb_in *r, const struct absorb_prev *prev,
    const struct absorb_opts *opt, struct absorb_out *o)
{
	o->redeployed = r->labour_rural - r->labour_farm;
	o->absorption_rate = lt_ratio(o->redeployed, r->labour_rural);
	o->farm_share = lt_ratio(r->labour_farm, r->labour_rural);
	farm_side(r, opt, o);
	/* Above 1, "the local labour force has been exceeded by
	 * outsiders" (the paper on Wuxi). */
	o->inflow_ratio = lt_ratio(r->labour_inflow, r->labour_rural);
	o->inflow_share_tve = lt_ratio(r->labour_inflow,
	    r->tve_employment);
	absorb_urban(r, o);
	absorb_town_growth(r, prev, opt, o);
	if (prev != NULL) {
		o->farm_share_change = o->farm_share - prev->farm_share;
		o->labour_inflow_change = r->labour_inflow -
		    prev->labour_inflow;
	} else {
		o->farm_share_change = o->labour_inflow_change = NAN;
	}
	absorb_target(r, opt, o);
}

void
absorb_remember(const struct absorb_in *r, const struct absorb_out *o,
    struct absorb_prev *p)
{
	p->year = r->year;
	p->pop_town = r->pop_town;
	p->farm_share = o->farm_share;
	p->labour_inflow = r->labour_inflow;
	p->towns = r->towns;
	p->pop_total = r->pop_total;
	p->townships = r->townships;
	p->pop_town_nonagri = r->pop_town_nonagri;
}

/* Set field by field: a whole struct built on the stack and copied
 * stalls on its partly written bytes, 25 times a row. */
static inline void
set_num(struct lt_value *v, double d)
{
	v->na = isnan(d) != 0;
	v->type = LT_NUM;
	v->u.d = d;
}

void
absorb_values(const struct absorb_out *o, struct lt_value *v)
{
	set_num(&v[0], o->redeployed);
	set_num(&v[1], o->absorption_rate);
	set_num(&v[2], o->farm_share);
	set_num(&v[3], o->farmland_per_farm_worker);
	set_num(&v[4], o->farm_need);
	set_num(&v[5], o->surplus);
	set_num(&v[6], o->surplus_low);
	set_num(&v[7], o->surplus_high);
	v[8].na = o->labour_shortage < 0;
	v[8].type = LT_BOOL;
	v[8].u.b = o->labour_shortage > 0;
	set_num(&v[9], o->inflow_ratio);
	set_num(&v[10], o->inflow_share_tve);
	set_num(&v[11], o->urban_share);
	set_num(&v[12], o->nonagri_share);
	set_num(&v[13], o->town_share);
	set_num(&v[14], o->amphibian_gap);
	set_num(&v[15], o->town_pop_growth);
	set_num(&v[16], o->towns_change);
	set_num(&v[17], o->growth_new_towns);
	set_num(&v[18], o->growth_natural);
	set_num(&v[19], o->growth_residual);
	set_num(&v[20], o->town_nonagri_growth);
	set_num(&v[21], o->growth_per_town);
	set_num(&v[22], o->farm_share_change);
	set_num(&v[23], o->labour_inflow_change);
	set_num(&v[24], o->years_to_target);
}

/* The input columns each output needs (years_to_target's base aside),
 * for the note on stderr. */
#define NDEP 3
static const struct {
	const char *output, *input[NDEP];
} needs[] = {
	{ "redeployed", { "labour_rural", "labour_farm" } },
	{ "absorption_rate", { "labour_rural", "labour_farm" } },
	{ "farm_share", { "labour_rural", "labour_farm" } },
	{ "farmland_per_farm_worker", { "farmland_ha", "labour_farm" } },
	{ "inflow_ratio", { "labour_inflow", "labour_rural" } },
	{ "inflow_share_tve", { "labour_inflow", "tve_employment" } },
	{ "urban_share", { "pop_urban", "pop_total" } },
	{ "nonagri_share", { "pop_nonagri", "pop_total" } },
	{ "town_share", { "pop_town", "pop_total" } },
	{ "amphibian_gap", { "pop_urban", "pop_nonagri", "pop_total" } },
	{ "town_pop_growth", { "pop_town" } },
	{ "towns_change", { "towns" } },
	{ "growth_new_towns", { "towns", "pop_town" } },
	{ "growth_residual", { "towns", "pop_town" } },
	{ "town_nonagri_growth", { "pop_town_nonagri" } },
	{ "growth_per_town", { "pop_town", "towns" } },
	{ "farm_share_change", { "labour_rural", "labour_farm" } },
	{ "labour_inflow_change", { "labour_inflow" } },
};

static int
has_input(const int *has, const char *name)
{
	size_t k;

	for (k = 0; k < ABSORB_NIN; k++)
		if (strcmp(absorb_inputs[k].name, name) == 0)
			return has[k];
	return 0;
}

/* Append name to a ", "-separated list in buf once. */
static void
list_add(char *buf, size_t size, const char *name)
{
	size_t n = strlen(name), len = strlen(buf);
	const char *p = buf;

	while ((p = strstr(p, name)) != NULL) {
		if ((p == buf || p[-1] == ' ') && (p[n] == ',' || p[n] == '\0'))
			return;
		p += n;
	}
	snprintf(buf + len, size - len, "%s%s", len ? ", " : "", name);
}

/* The inputs years_to_target needs under the base. */
static const char *const base_inputs[][NDEP] = {
	[BASE_TOTAL] = { "pop_total", "pop_town" },
	[BASE_AGRI] = { "pop_agri", "pop_town" },
	[BASE_RURAL_TOWN] = { "pop_rural", "pop_urban", "pop_total" },
};

static void
note_outputs(const int *has, const struct absorb_opts *opt)
{
	char missing[512] = "", outputs[1024] = "";
	size_t i, j;

	for (i = 0; i <= sizeof(needs) / sizeof(needs[0]); i++) {
		const char *const *in = i < sizeof(needs) / sizeof(needs[0]) ?
		    needs[i].input : base_inputs[opt->base];
		int miss = 0;

		for (j = 0; j < NDEP && in[j] != NULL; j++)
			if (!has_input(has, in[j])) {
				list_add(missing, sizeof(missing), in[j]);
				miss = 1;
			}
		if (miss)
			list_add(outputs, sizeof(outputs), i < sizeof(needs) /
			    sizeof(needs[0]) ? needs[i].output :
			    "years_to_target");
	}
	if (*missing)
		lt_warn("no column %s: %s NA", missing, outputs);
}

void
absorb_note_missing(const int *has,
    const struct absorb_opts *opt, int norms)
{
	if (!norms && isnan(opt->ha_per_worker))
		lt_warn("no --norms or -w given: farm_need, surplus, surplus_low, "
		    "surplus_high and labour_shortage NA (no single national "
		    "norm; see absorb(1))");
	else if (!norms && !has_input(has, "farmland_ha"))
		lt_warn("no column farmland_ha: farm_need, surplus, "
		    "surplus_low, surplus_high and labour_shortage NA");
	if (isnan(opt->natural_rate))
		lt_warn("no --natural-rate given: growth_natural NA, and "
		    "growth_residual includes natural increase");
	note_outputs(has, opt);
}

void
absorb_note_row(struct absorb_notes *n, const struct absorb_out *o)
{
	n->new_towns[o->new_towns]++;
	n->not_resid += o->gap_why == WHY_NOT_RESID;
	n->not_complement += o->target_why == WHY_NOT_COMPLEMENT;
}

void
absorb_notes_print(const struct absorb_notes *n)
{
	static const char *const how[NEW_NKINDS] = {
		NULL, "exact, from township rows (towns 0 the year before, 1 "
		"now)", "towns_change times the previous mean population of "
		"non-town townships", "towns_change times the previous mean "
		"town population"
	};
	int k;

	for (k = NEW_EXACT; k < NEW_NKINDS; k++)
		if (n->new_towns[k] > 0)
			lt_warn("growth_new_towns on %ld row%s: %s", n->new_towns[k],
			    n->new_towns[k] == 1 ? "" : "s", how[k]);
	if (n->not_resid > 0)
		lt_warn("amphibian_gap NA on %ld row%s: the urban definition is "
		    "not residence-based (urban_def before resid_2000, or a year "
		    "before 2000 without urban_def)", n->not_resid,
		    n->not_resid == 1 ? "" : "s");
	if (n->not_complement > 0)
		lt_warn("years_to_target (--base rural+town) NA on %ld row%s: "
		    "pop_rural is not the complement of pop_urban, or pop_rural "
		    "+ pop_town exceeds pop_total", n->not_complement,
		    n->not_complement == 1 ? "" : "s");
}
