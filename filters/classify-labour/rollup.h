/*
 * rollup.h - the --by region rows: their columns, how they are written,
 * and --merge, which reads --partial output back.
 */
#ifndef ROLLUP_H
#define ROLLUP_H

#include "litu.h"
#include "labour.h"

/* The header of --by output: code, level, year (when the input has
 * one), the sums and, unless partial, the shares. */
void rollup_header(struct lt_out *o, int has_year, int partial);
/* Every group, sorted by code then year (NA year first). */
void rollup_write(struct lt_out *o, struct lt_hash *groups, int has_year,
    int partial);

/*
 * Add up --partial output (files, or stdin) into groups.  Repeated
 * header lines equal to the first are skipped, as GNU parallel jobs
 * each write one; any other header, and any bad row, stops with exit
 * 65.  Returns 0 when the input is empty (no header), else 1 with
 * *has_year set from the header.
 */
int rollup_merge(const struct lt_cli *cli, int nfiles, char **files,
    struct lt_hash *groups, int *has_year);

#endif
