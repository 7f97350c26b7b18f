/*
 * place.c - where a worker works against his hukou place: the
 * destination from the codes (same township, county, province or
 * other), and the kind of the work place from its name in the data's
 * year (docs/design.md section 7).
 */
#include <stdlib.h>
#include <string.h>

#include "labour.h"

int
same_township(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i, n = alen < blen ? alen : blen;

	if (n > 9)
		n = 9;
	if (alen == 0 || blen == 0)
		return -1;
	/* Codes that differ within the digits both have differ for good:
	 * a county code tells that a township is elsewhere. */
	if (n == 9) {
		uint64_t x, y;

		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y || a[8] != b[8])
			return 0;
		return 1;
	}
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return -1;
}

enum destination
destination_of(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i, n = alen < blen ? alen : blen;

	if (alen == 0 || blen == 0)
		return DEST_NA;
	if (n >= 9) {
		uint64_t x, y;

		/* Township codes: the first 8 digits in one comparison. */
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x == y)
			return a[8] == b[8] ? DEST_SAME_TOWNSHIP :
			    DEST_SAME_COUNTY;
		n = 8;
	}
	for (i = 0; i < n && a[i] == b[i]; i++)
		;
	if (i == 9)
		return DEST_SAME_TOWNSHIP;
	if (i == n)
		return DEST_NA;		/* too few digits to tell */
	/* The first digit that differs: province (2), county (6: another
	 * prefecture of the province is another county too), township. */
	if (i < 2)
		return DEST_OTHER_PROVINCE;
	if (i < 6)
		return DEST_OTHER_COUNTY;
	return DEST_SAME_COUNTY;
}

enum destination
person_destination(const struct person *p)
{
	if (p->work_len)
		return destination_of(p->work_code, p->work_len,
		    p->hukou_code, p->hukou_len);
	return destination_of(p->code, p->code_len, p->hukou_code,
	    p->hukou_len);
}

static const struct word destination_words[DEST_N] = {
	W("same_township", DEST_SAME_TOWNSHIP),
	W("same_county", DEST_SAME_COUNTY),
	W("other_county", DEST_OTHER_COUNTY),
	W("other_province", DEST_OTHER_PROVINCE),
};

const char *
destination_name(enum destination d, size_t *len)
{
	return word_name(destination_words, DEST_N, (int)d, len);
}

/*
 * The endings of a place's name in the data's year and the kind they
 * tell, longest first (城关镇 before 镇).  A 1980s census names the
 * township where a person works; today's code digits would call a
 * 1987 township (乡) that became a town in 1992 a town, so the digits
 * are never read (docs/design.md section 7.4).
 */
static const struct word kind_endings[] = {
	W("街道办事处", KIND_CITY),
	W("街道", KIND_CITY),
	W("办事处", KIND_CITY),
	W("城关镇", KIND_COUNTY_SEAT),
	W("城厢镇", KIND_COUNTY_SEAT),
	W("城关", KIND_COUNTY_SEAT),
	W("村委会", KIND_VILLAGE),
	W("村民委员会", KIND_VILLAGE),
	W("嘎查", KIND_VILLAGE),
	W("村", KIND_VILLAGE),
	W("镇", KIND_TOWN),
	W("苏木", KIND_TOWNSHIP_SEAT),
	W("乡", KIND_TOWNSHIP_SEAT),
};

enum place_kind
place_kind_of_name(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < NWORDS(kind_endings); i++) {
		const struct word *w = &kind_endings[i];

		if (len >= w->len && memcmp(s + len - w->len, w->s,
		    w->len) == 0)
			return (enum place_kind)w->value;
	}
	return KIND_NA;
}

static const struct word kind_words[KIND_N] = {
	W("village", KIND_VILLAGE),
	W("township_seat", KIND_TOWNSHIP_SEAT),
	W("town", KIND_TOWN),
	W("county_seat", KIND_COUNTY_SEAT),
	W("city", KIND_CITY),
};

const char *
place_kind_name(enum place_kind k, size_t *len)
{
	return word_name(kind_words, KIND_N, (int)k, len);
}
