/*
 * headrows.h - a header of several rows (merged cells over two or three
 * rows, as yearbooks print them) joined into one label per column; the
 * rule is in parse-census(1), "Headers of several rows".
 */
#ifndef PC_HEADROWS_H
#define PC_HEADROWS_H

#include <stddef.h>

#include "litu.h"

/* Is the cleaned label s known (the dictionary, the extra labels,
 * --map)? */
typedef int (*pc_hr_known)(const char *s, size_t len, void *arg);
/* 合计, 总计, 小计: under a head, the head itself (NULL-ended). */
extern const char *const pc_hr_totals[];
/* The known labels of parse-census: the built-in ones and --map. */
int pc_hr_is_known(const char *s, size_t len, void *arg);

/* Can rec, right after the header row above, not be data: no cell a
 * number or a missing-value mark, at least one cell not empty, and its
 * first cell empty or the same as the one above? */
int pc_hr_continues(const struct lt_record *above,
    const struct lt_record *rec);

/*
 * The label of a sub-label under a head: sub followed by the longest
 * suffix of head that makes a known label (乡村从业人员, 农林牧渔业:
 * 农林牧渔业从业人员), down to sub alone; else sub and noun, the head
 * noun a sibling found (NULL when none); else head then sub.  *noun
 * gets the suffix found, when one of head's is.  out has PC_LABEL_MAX
 * bytes; the length is returned.
 */
size_t pc_hr_sub(const char *head, const char *sub, const char *noun,
    pc_hr_known known, void *arg, char *out, const char **found);

/*
 * The rows of a header block joined: cells[r * ncol + i] is cell i of
 * row r (NULL or "" when blank).  In the top row a blank cell takes the
 * label on its left, in a lower row the one above; then each column's
 * parts are joined (pc_hr_sub).  labels[i] gets a label to free, NULL
 * when the column is blank in every row.
 */
void pc_hr_join(const char *const *cells, size_t nrows, size_t ncol,
    char **labels, pc_hr_known known, void *arg);

struct file;

/* parse.c's side: hold rec as the first row of the header. */
void hr_begin(struct file *f, const struct lt_record *rec);
/* 1 when rec is one more header row (or a blank line among them), 0
 * when it is the first after the header. */
int hr_more(struct file *f, const struct lt_record *rec);
/* The header rows as one record (to free with hr_free). */
struct lt_record *hr_joined(struct file *f);
void hr_free(struct file *f, struct lt_record *joined);

#endif
