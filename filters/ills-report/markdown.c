/*
 * markdown.c - ills-report's Markdown, for people: a summary of regions
 * by ills, the worst regions per ill, the evidence per region, the
 * missing indicators and the thresholds.  Every text from the data is
 * escaped.
 */
#include <string.h>

#include "report.h"

static void
md_region(struct lt_out *o, const struct rec *rc, const struct report *rep)
{
	text_putf(o, "%.*s | ", (int)rc->place->codelen, rc->place->code);
	text_esc(o, FORMAT_MD, rc->name, rc->namelen);
	if (rep->has_year)
		text_putf(o, " | %lld", (long long)rc->year);
	else
		text_put(o, " | NA");
}

static void
md_summary(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	text_put(o, "## Summary\n\nEach ill's score is the mean of its indicators' "
	    "scores (0 best, 1 worst), NA unless every indicator of the ill "
	    "in the input has a value: low below 1/3, medium below 2/3, high "
	    "from 2/3.\n\n| code | name | year |");
	for (ill = 0; ill < NILLS; ill++)
		text_putf(o, " %s |", ills[ill].title);
	text_put(o, "\n|---|---|---:|");
	for (ill = 0; ill < NILLS; ill++)
		text_put(o, "---|");
	text_put(o, "\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];

		if (!report_in_summary(rep, r))
			continue;
		text_put(o, "| ");
		md_region(o, &rep->rec[r], rep);
		text_put(o, " |");
		for (ill = 0; ill < NILLS; ill++) {
			enum level l = report_ill_level(rep, ill, r);

			if (l == LEVEL_HIGH)
				text_put(o, " **high**");
			else
				text_putf(o, " %s", text_level(l));
			if (l != LEVEL_MISSING && l != LEVEL_NA) {
				text_put(o, " ");
				text_score(o, rep->rec[r].ill[ill]);
			}
			text_put(o, " |");
		}
		text_put(o, "\n");
	}
	text_put(o, "\n");
}

static void
md_worst(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	text_put(o, "## Worst regions per ill\n\n");
	for (ill = 0; ill < NILLS; ill++) {
		text_putf(o, "### %s\n\n", ills[ill].title);
		if (!report_ill_available(rep, ill)) {
			text_put(o, "Missing: the input has none of its indicators "
			    "(see below).\n\n");
			continue;
		}
		if (rep->nworst[ill] == 0) {
			text_put(o, "No region.\n\n");
			continue;
		}
		text_put(o, "| # | code | name | year | score | level |\n"
		    "|---:|---|---|---:|---:|---|\n");
		for (k = 0; k < rep->nworst[ill]; k++) {
			uint32_t r = rep->worst[ill][k];

			text_putf(o, "| %zu | ", k + 1);
			md_region(o, &rep->rec[r], rep);
			text_put(o, " | ");
			text_score(o, rep->rec[r].ill[ill]);
			text_putf(o, " | %s |\n",
			    text_level(report_ill_level(rep, ill, r)));
		}
		text_put(o, "\n");
	}
}

static void
md_ill_rows(struct lt_out *o, const struct report *rep, enum ill_id ill,
    uint32_t r)
{
	const struct rec *rc = &rep->rec[r];
	char note[NOTE_MAX];
	size_t i, n;

	text_putf(o, "| %s | **score** (%u of %zu indicators) | | | ",
	    ills[ill].title, rc->used[ill], rep->total[ill]);
	text_score(o, rc->ill[ill]);
	text_putf(o, " | **%s** | ", text_level(report_ill_level(rep, ill, r)));
	n = report_ill_note(rep, ill, r, note);
	text_esc(o, FORMAT_MD, note, n);
	text_put(o, " |\n");
	for (i = 0; i < ills_nindicators; i++) {
		if (ills_indicators[i].ill != ill || rep->slot[i] < 0)
			continue;
		text_put(o, "| | ");
		text_indicator(o, ills_indicators[i].name);
		text_put(o, " | ");
		text_num(o, report_value(rep, i, r));
		text_putf(o, " | %s | ", ills_indicators[i].unit);
		text_score(o, report_score(rep, i, r));
		text_putf(o, " | %s | ", text_level(report_ind_level(rep, i, r)));
		n = report_note(rep, i, r, note);
		text_esc(o, FORMAT_MD, note, n);
		text_put(o, " |\n");
	}
}

static void
md_evidence(struct lt_out *o, const struct report *rep)
{
	size_t k;
	int ill;

	text_put(o, "## Evidence per region\n\n");
	for (k = 0; k < rep->nrec; k++) {
		uint32_t r = rep->order[k];
		const struct rec *rc = &rep->rec[r];

		if (!report_in_summary(rep, r))
			continue;
		text_putf(o, "### %.*s ", (int)rc->place->codelen, rc->place->code);
		text_esc(o, FORMAT_MD, rc->name, rc->namelen);
		if (rep->has_year)
			text_putf(o, ", %lld", (long long)rc->year);
		text_put(o, "\n\n| ill | indicator | value | unit | score | level "
		    "| note |\n|---|---|---:|---|---:|---|---|\n");
		for (ill = 0; ill < NILLS; ill++)
			if (report_ill_available(rep, ill))
				md_ill_rows(o, rep, ill, r);
		text_put(o, "\n");
	}
}

/* What the paper means by each ill. */
static void
md_ills(struct lt_out *o)
{
	int ill;

	text_put(o, "## The five rural ills\n\n");
	for (ill = 0; ill < NILLS; ill++) {
		text_putf(o, "%d. **%s**: ", ill + 1, ills[ill].title);
		text_esc(o, FORMAT_MD, ills[ill].about, strlen(ills[ill].about));
		text_put(o, "\n");
	}
	text_put(o, "\n");
}

static void
md_missing(struct lt_out *o, const struct report *rep)
{
	size_t i;

	text_put(o, "## Missing indicators\n\n");
	if (rep->nmissing == 0) {
		text_put(o, "None: the input has the columns of every indicator.\n\n");
		return;
	}
	text_put(o, "The input lacks the columns of these indicators; they are "
	    "left out of the scores, never guessed.\n\n");
	for (i = 0; i < ills_nindicators; i++)
		if (rep->slot[i] < 0)
			text_putf(o, "- `%s` (%s): needs %s\n",
			    ills_indicators[i].name,
			    ills[ills_indicators[i].ill].title, rep->missing[i]);
	text_put(o, "\n");
}

static void
md_thresholds(struct lt_out *o)
{
	char lo[LT_NUMBUF], hi[LT_NUMBUF];
	size_t i;

	text_put(o, "## Indicators and thresholds\n\n"
	    "An indicator scores 0 at its good threshold and 1 at its bad "
	    "one, linearly between them.\n\n"
	    "| ill | indicator | formula | unit | score 0 at | score 1 at |\n"
	    "|---|---|---|---|---:|---:|\n");
	for (i = 0; i < ills_nindicators; i++) {
		const struct indicator *ind = &ills_indicators[i];

		lt_fmt_num(lo, ind->low);
		lt_fmt_num(hi, ind->high);
		text_putf(o, "| %s | ", ills[ind->ill].title);
		text_indicator(o, ind->name);
		text_putf(o, " (`%s`) | ", ind->name);
		text_esc(o, FORMAT_MD, ind->formula, strlen(ind->formula));
		text_putf(o, " | %s | %s | %s |\n", ind->unit,
		    ind->worse == WORSE_HIGH ? lo : hi,
		    ind->worse == WORSE_HIGH ? hi : lo);
	}
}

void
report_md(struct lt_out *o, const struct report *rep)
{
	text_put(o, "# Rural ills, scored\n\n");
	text_scope(o, rep);
	text_put(o, " ");
	text_source(o, FORMAT_MD, rep);
	text_put(o, "\n\n");
	md_ills(o);
	md_summary(o, rep);
	map_section(o, rep);
	md_worst(o, rep);
	md_evidence(o, rep);
	md_missing(o, rep);
	md_thresholds(o);
}
