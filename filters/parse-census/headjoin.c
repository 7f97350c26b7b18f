/*
 * headjoin.c - the rows of a header block joined into one label per
 * column: merged (blank) cells filled from the left and from above, a
 * sub-label joined with its head's noun (乡村从业人员 over 工业:
 * 工业从业人员), 合计 and English under a head meaning the head, a unit
 * anywhere the column's.  The rule is parse-census(1)'s "Headers of
 * several rows".
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "headrows.h"

/* Under a head, these mean the head itself (and beside a year, the
 * year's column of the indicator: wide.c). */
const char *const pc_hr_totals[] = { "合计", "总计", "小计", NULL };

/* Copy at most len bytes and a NUL into out of PC_LABEL_MAX bytes. */
static size_t
put(char *out, size_t at, const char *s, size_t len)
{
	if (at + len >= PC_LABEL_MAX)
		len = at < PC_LABEL_MAX - 1 ? PC_LABEL_MAX - 1 - at : 0;
	memcpy(out + at, s, len);
	out[at + len] = '\0';
	return at + len;
}

/* May the head lose its first k bytes when a sub-label joins it?  Only
 * the words of the rural universe, which the joined label's field keeps
 * (乡村从业人员 over 工业: 工业从业人员, labour_industry), or all of it
 * (the sub-label a label of its own).  乡镇企业从业人员 over 工业 is no
 * 工业从业人员: TVE jobs are not rural labour. */
static int
droppable(const char *head, size_t k, size_t hlen)
{
	static const char *const universe[] = { "乡村", "农村", "乡村社会",
		"农村社会" };
	size_t i;

	if (k == 0 || k == hlen)
		return 1;
	for (i = 0; i < sizeof(universe) / sizeof(universe[0]); i++)
		if (strlen(universe[i]) == k && memcmp(head, universe[i],
		    k) == 0)
			return 1;
	return 0;
}

size_t
pc_hr_sub(const char *head, const char *sub, const char *noun,
    pc_hr_known known, void *arg, char *out, const char **found)
{
	size_t k, hlen = strlen(head), slen = strlen(sub), n;

	*found = NULL;
	/* Each suffix at a character boundary, longest first, down to
	 * the empty one: sub alone. */
	for (k = 0; k <= hlen; k++) {
		if ((k < hlen && ((unsigned char)head[k] & 0xc0) == 0x80) ||
		    !droppable(head, k, hlen))
			continue;
		n = put(out, put(out, 0, sub, slen), head + k, hlen - k);
		if (known(out, n, arg)) {
			if (k < hlen)
				*found = head + k;
			return n;
		}
	}
	if (noun)
		return put(out, put(out, 0, sub, slen), noun, strlen(noun));
	return put(out, put(out, 0, head, hlen), sub, slen);
}

/* The head nouns found: under head, the suffix noun. */
struct nouns {
	char **head, **noun;
	size_t n;
};

static const char *
noun_of(const struct nouns *nt, const char *head)
{
	size_t i;

	for (i = 0; i < nt->n; i++)
		if (strcmp(nt->head[i], head) == 0)
			return nt->noun[i];
	return NULL;
}

/* A part of a column: the label cleaned (其中 and # removed), its
 * unit; a unit alone below the top row ("万人", "(万人)") is a unit. */
static void
read_part(const char *s, int top, struct pc_label *l)
{
	const struct pc_unit *u;

	pc_label_clean(s, strlen(s), l);
	if (!top && !l->unit && l->len > 0 && (u = pc_unit_find(l->text,
	    l->len)) != NULL) {
		l->unit = u;
		l->len = 0;
		l->text[0] = '\0';
	}
}

/* An English translation: ASCII, a letter, no digit. */
static int
english(const char *s)
{
	int letter = 0;

	for (; *s != '\0'; s++) {
		if ((unsigned char)*s >= 0x80 || (*s >= '0' && *s <= '9'))
			return 0;
		letter |= (*s | 0x20) >= 'a' && (*s | 0x20) <= 'z';
	}
	return letter;
}

/* Join one column's parts, top to bottom, into out. */
static void
join_column(const char *const *part, size_t nrows, struct nouns *nt,
    pc_hr_known known, void *arg, char *out)
{
	char label[PC_LABEL_MAX], above[PC_LABEL_MAX] = "";
	const struct pc_unit *unit = NULL;
	const char *found;
	struct pc_label l;
	size_t r, len = 0;

	label[0] = '\0';
	for (r = 0; r < nrows; r++) {
		if (!part[r] || part[r][0] == '\0')
			continue;
		read_part(part[r], r == 0, &l);
		if (l.unit)
			unit = l.unit;
		/* 其中 alone, a unit, or the part above repeated. */
		if (l.len == 0 || strcmp(l.text, above) == 0)
			continue;
		memcpy(above, l.text, l.len + 1);
		/* 合计 under a head, English under Chinese: nothing new. */
		if (len > 0 && (pc_prefix_len(l.text, l.len, pc_hr_totals) ==
		    l.len || (english(l.text) && !english(label))))
			continue;
		if (len == 0) {
			len = put(label, 0, l.text, l.len);
			continue;
		}
		len = pc_hr_sub(label, l.text, noun_of(nt, label), known, arg,
		    out, &found);
		if (found && !noun_of(nt, label)) {
			nt->head = lt_realloc(nt->head, (nt->n + 1) *
			    sizeof(*nt->head));
			nt->noun = lt_realloc(nt->noun, (nt->n + 1) *
			    sizeof(*nt->noun));
			nt->head[nt->n] = lt_strdup(label);
			nt->noun[nt->n++] = lt_strdup(found);
		}
		memcpy(label, out, len + 1);
	}
	len = put(out, 0, label, len);
	if (unit) {
		len = put(out, len, "(", 1);
		len = put(out, len, unit->word, strlen(unit->word));
		put(out, len, ")", 1);
	}
}

/* The only text of a column, its other cells blank or the same; NULL
 * when it has two, "" when none. */
static const char *
only_text(const char *const *part, size_t nrows)
{
	const char *t = "";
	size_t r;

	for (r = 0; r < nrows; r++) {
		if (!part[r] || part[r][0] == '\0')
			continue;
		if (t[0] != '\0' && strcmp(t, part[r]) != 0)
			return NULL;
		t = part[r];
	}
	return t;
}

/* Blank cells filled: in the top row from the left, up to the last
 * column with a label in any row; in lower rows from above. */
static void
fill(const char **c, size_t nrows, size_t ncol)
{
	size_t r, i, last = 0;

	for (i = 0; i < ncol; i++)
		for (r = 0; r < nrows; r++)
			if (c[r * ncol + i] && c[r * ncol + i][0] != '\0')
				last = i + 1;
	for (i = 1; i < last; i++)
		if (!c[i] || c[i][0] == '\0')
			c[i] = c[i - 1];
	for (r = 1; r < nrows; r++)
		for (i = 0; i < last; i++)
			if (!c[r * ncol + i] || c[r * ncol + i][0] == '\0')
				c[r * ncol + i] = c[(r - 1) * ncol + i];
}

void
pc_hr_join(const char *const *cells, size_t nrows, size_t ncol,
    char **labels, pc_hr_known known, void *arg)
{
	const char **c = lt_calloc(nrows * ncol + 1, sizeof(*c));
	const char **part = lt_calloc(nrows + 1, sizeof(*part));
	struct nouns nt = { NULL, NULL, 0 };
	char out[PC_LABEL_MAX];
	const char *t;
	size_t r, i, pass;

	memcpy(c, cells, nrows * ncol * sizeof(*c));
	fill(c, nrows, ncol);
	/* Twice: a head noun one sub-label finds serves those left of
	 * it too. */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < ncol; i++) {
			for (r = 0; r < nrows; r++)
				part[r] = c[r * ncol + i];
			if (pass == 0)
				labels[i] = NULL;
			else
				free(labels[i]);
			if ((t = only_text(part, nrows)) != NULL) {
				labels[i] = t[0] != '\0' ? lt_strdup(t) : NULL;
				continue;
			}
			join_column(part, nrows, &nt, known, arg, out);
			labels[i] = lt_strdup(out);
		}
	for (i = 0; i < nt.n; i++) {
		free(nt.head[i]);
		free(nt.noun[i]);
	}
	free(nt.head);
	free(nt.noun);
	free(part);
	free(c);
}
