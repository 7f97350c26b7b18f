/*
 * csv.c - ills-report's CSV, the data: one long typed row per region,
 * year and indicator, and one score row per ill.
 */
#include <string.h>

#include "report.h"

/*
 * One long row per region, year and indicator: the code, name and year
 * of a region-year are made CSV once and copied into each of its rows,
 * and so are the ill and indicator names and the levels (lt_text, which
 * applies --excel-safe as lt_out_field does).
 */
struct csv_texts {
	struct lt_text *region;		/* code, name, year */
	struct lt_text *names[ILLS_MAXIND];	/* ill, indicator */
	struct lt_text *score_names[NILLS];	/* ill, "score" */
	struct lt_text *level[LEVEL_MISSING + 1];
	struct lt_text *num;		/* an ill's score, its value too */
	/* The note of an indicator the input lacks, the same in every
	 * row: made CSV once. */
	struct lt_text *absent[ILLS_MAXIND];
};

/* The coverage of the ill and the note of one row (absent: the note
 * made CSV, or NULL). */
struct csv_extra {
	struct lt_value used, total;
	const char *note;
	size_t notelen;
	const struct lt_text *absent;
};

static void
csv_row(struct lt_out *o, struct csv_texts *tx, const struct lt_text *names,
    double value, double score, enum level l, const struct csv_extra *x)
{
	lt_out_text(o, tx->region);
	lt_out_text(o, names);
	if (score == value) {
		/* An ill's row, whose value is its score: formatted once. */
		struct lt_value v = lt_num(value);

		lt_text_clear(tx->num);
		lt_text_value(tx->num, &v);
		lt_out_text(o, tx->num);
		lt_out_text(o, tx->num);
	} else {
		lt_out_num(o, value);
		lt_out_num(o, score);
	}
	lt_out_text(o, tx->level[l]);
	lt_out_value(o, &x->used);
	lt_out_value(o, &x->total);
	if (x->absent)
		lt_out_text(o, x->absent);
	else
		lt_out_field(o, x->note, x->notelen);
	lt_out_endrow(o);
}

static void
csv_texts_new(struct csv_texts *tx, struct lt_out *o,
    const struct report *rep)
{
	char note[NOTE_MAX];
	const char *name;
	size_t i;
	int k;

	tx->region = lt_text_new(o);
	tx->num = lt_text_new(o);
	for (i = 0; i < ills_nindicators; i++) {
		tx->names[i] = lt_text_new(o);
		name = ills[ills_indicators[i].ill].name;
		lt_text_field(tx->names[i], name, strlen(name));
		name = ills_indicators[i].name;
		lt_text_field(tx->names[i], name, strlen(name));
		tx->absent[i] = NULL;
		if (rep->slot[i] < 0) {
			tx->absent[i] = lt_text_new(o);
			lt_text_field(tx->absent[i], note,
			    report_note(rep, i, 0, note));
		}
	}
	for (k = 0; k < NILLS; k++) {
		tx->score_names[k] = lt_text_new(o);
		lt_text_field(tx->score_names[k], ills[k].name,
		    strlen(ills[k].name));
		lt_text_field(tx->score_names[k], "score", 5);
	}
	for (k = 0; k <= LEVEL_MISSING; k++) {
		tx->level[k] = lt_text_new(o);
		name = ills_level_name(k);
		lt_text_field(tx->level[k], name, strlen(name));
	}
}

static void
csv_texts_free(struct csv_texts *tx)
{
	size_t i;
	int k;

	lt_text_free(tx->region);
	lt_text_free(tx->num);
	for (i = 0; i < ills_nindicators; i++) {
		lt_text_free(tx->names[i]);
		if (tx->absent[i])
			lt_text_free(tx->absent[i]);
	}
	for (k = 0; k < NILLS; k++)
		lt_text_free(tx->score_names[k]);
	for (k = 0; k <= LEVEL_MISSING; k++)
		lt_text_free(tx->level[k]);
}

/* The rows of record r: its indicators and score, ill by ill. */
static void
csv_record(struct lt_out *o, struct csv_texts *tx, const struct report *rep,
    uint32_t r)
{
	const struct rec *rc = &rep->rec[r];
	struct lt_value year = rep->has_year ? lt_int(rc->year) : lt_na();
	struct csv_extra x;
	char note[NOTE_MAX];
	size_t i;
	int ill;

	lt_text_clear(tx->region);
	lt_text_field(tx->region, rc->place->code, rc->place->codelen);
	lt_text_field(tx->region, rc->name, rc->namelen);
	lt_text_value(tx->region, &year);
	for (ill = 0; ill < NILLS; ill++) {
		if (!(rc->show >> ill & 1))
			continue;
		x.used = lt_int(rc->used[ill]);
		x.total = lt_int((int64_t)rep->total[ill]);
		x.note = note;
		for (i = 0; i < ills_nindicators; i++)
			if (ills_indicators[i].ill == (enum ill_id)ill) {
				x.absent = tx->absent[i];
				x.notelen = x.absent ? 0 :
				    report_note(rep, i, r, note);
				csv_row(o, tx, tx->names[i],
				    report_value(rep, i, r),
				    report_score(rep, i, r),
				    report_ind_level(rep, i, r), &x);
			}
		x.absent = NULL;
		x.notelen = report_ill_note(rep, ill, r, note);
		csv_row(o, tx, tx->score_names[ill], rc->ill[ill],
		    rc->ill[ill], report_ill_level(rep, ill, r), &x);
	}
}

void
report_csv(struct lt_out *o, const struct report *rep)
{
	struct csv_texts tx;
	size_t k;

	csv_texts_new(&tx, o, rep);
	lt_out_column(o, "code", LT_CODE);
	lt_out_column(o, "name", LT_STR);
	lt_out_column(o, "year", LT_INT);
	lt_out_column(o, "ill", LT_STR);
	lt_out_column(o, "indicator", LT_STR);
	lt_out_column(o, "value", LT_NUM);
	lt_out_column(o, "score", LT_NUM);
	lt_out_column(o, "level", LT_STR);
	lt_out_column(o, "indicators_used", LT_INT);
	lt_out_column(o, "indicators_total", LT_INT);
	lt_out_column(o, "note", LT_STR);
	lt_out_endrow(o);
	for (k = 0; k < rep->nrec; k++)
		if (rep->rec[rep->order[k]].sel)
			csv_record(o, &tx, rep, rep->order[k]);
	csv_texts_free(&tx);
}
