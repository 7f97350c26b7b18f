/*
 * modes.h - classify-labour's three modes (person rows, --by, region
 * rows) and what they share: the person columns of a header.
 */
#ifndef CL_MODES_H
#define CL_MODES_H

#include "litu.h"
#include "labour.h"

/* The person columns, -1 when absent, found once before the loop. */
struct person_cols {
	int age, months_away, hukou_type, industry, lodging, activity, sex;
	int hukou_code, work_code, code, weight, year, work_name;
};

void find_person_cols(const struct lt_header *h, struct person_cols *c);
int read_person(struct lt_in *in, const struct lt_row *row,
    const struct person_cols *c, struct person *p);
void person_mode(struct lt_in *in, struct lt_out *out,
    const struct lt_header *h, const struct labour_opts *opt);
void by_mode(struct lt_in *in, struct lt_out *out, const struct lt_header *h,
    const struct labour_opts *opt, enum lt_level level, int partial);
void region_mode(struct lt_in *in, struct lt_out *out,
    const struct lt_header *h);

#endif
