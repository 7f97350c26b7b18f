/*
 * internal.h - what the files of lib/ share and filters must not call.
 */
#ifndef LITU_INTERNAL_H
#define LITU_INTERNAL_H

#include "litu.h"

/* header.c */

/* Parse a header line into h (exit 65 naming fname and line when a
 * cell is bad or a name comes twice); free it with lt_header_free. */
void lt_header_parse(struct lt_header *h, const struct lt_field *f,
    size_t n, const char *fname, long line);
void lt_header_free(struct lt_header *h);
int lt_header_same(const struct lt_header *a, const struct lt_header *b);
/* Is the record the header line h again (0), a header line that differs
 * (its column, from 1), or a row (-1)?  It is a header line when its
 * first field names the first column; it is the same when every cell
 * means the same column and type (a --plain header of canonical names
 * is the typed one).  The first column (a code, say) must so never hold
 * its own name. */
long lt_header_again(const struct lt_header *h, const struct lt_record *rec);

#endif
