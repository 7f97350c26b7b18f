/*
 * norms.h - farm-labour norms (absorb --norms FILE): labour-days per
 * sown hectare by crop and region, and working days a year, each a low
 * and a high value with its source.
 */
#ifndef NORMS_H
#define NORMS_H

#include <stddef.h>

struct norms;
struct lt_header;

/* Read FILE; exits 66 when it cannot be opened, 65 when it is bad. */
struct norms *norms_load(const char *path);
void norms_free(struct norms *n);
/*
 * The sown-area columns of the header the norms apply to: the per-crop
 * sown_ha_CROP columns that have a norm, or, when there is none, sown_ha
 * with the norm of crop "all".  Sets cols[i] (the header column) for
 * i < returned count, at most max; names[i] is the column's name.
 */
size_t norms_bind(struct norms *n, const struct lt_header *h, int *cols,
    const char **names, size_t max);
/*
 * The farm labour (persons) the bound sown areas need on a row of code:
 * low = sum sown x days_low / working_days_high, high = sum sown x
 * days_high / working_days_low, with each crop's norm of the longest
 * region prefix of code ("*" matches every code).  NaN when a sown area
 * is NA or a crop has no norm for the code.
 */
void norms_need(const struct norms *n, const char *code, size_t len,
    const double *sown, double *low, double *high);

#endif
