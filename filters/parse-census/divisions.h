/*
 * divisions.h - division codes by name (--divisions FILE): files with
 * code and name columns, such as sample-data/divisions/streets.csv.
 */
#ifndef PC_DIVISIONS_H
#define PC_DIVISIONS_H

#include <stddef.h>

struct pc_div;

struct pc_div *pc_div_new(void);
/* Add the rows of a CSV file with a header naming code and name. */
void pc_div_load(struct pc_div *d, const char *path);
/* Add one division (for the tests). */
void pc_div_add(struct pc_div *d, const char *code, const char *name);
size_t pc_div_count(const struct pc_div *d);
/*
 * The code of the division called name below parent (a code prefix;
 * "" for anywhere): the one of the fewest digits; NULL when none or
 * several (*ambiguous set).  A name without its 镇, 乡 or 街道 ending,
 * or with 乡 where the list has 镇 (or the other way), is tried next.
 * A total (合计, 总计, 全县, 全区, 全市...) is the parent itself.
 */
const char *pc_div_match(struct pc_div *d, const char *parent,
    const char *name, size_t len, int *ambiguous);
/* The deepest division whose name appears in a title; NULL when none
 * (or two of the same depth that disagree). */
const char *pc_div_in_text(struct pc_div *d, const char *s, size_t len);
void pc_div_free(struct pc_div *d);

#endif
