/*
 * rows.h - absorb's row-by-row mode (rows.c).
 */
#ifndef ROWS_H
#define ROWS_H

#include "litu.h"
#include "absorb.h"
#include "norms.h"

void absorb_by_row(struct lt_in *in, struct lt_out *out,
    const struct absorb_opts *opt, struct norms *norms, int sorted);

#endif
