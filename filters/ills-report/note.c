/*
 * note.c - the note column (docs/design.md section 10): why a value or
 * a score is NA, and the peer group of the relative indicator; and the
 * lines on stderr that say the same for the whole input, so that no
 * NA is silent.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

/* "county, 32": the level of the region and the code its peers share
 * ("all" when they share none). */
static size_t
peer_group(const struct report *rep, const struct place *p, char *buf,
    size_t size)
{
	size_t n = peer_prefix(rep, p);

	return (size_t)snprintf(buf, size, "%s, %.*s",
	    lt_level_name(lt_code_level(p->code, p->codelen)), (int)(n ? n : 3),
	    n ? p->code : "all");
}

/* The names of the needs of indicator i in mask, ", "-separated. */
static size_t
needs_named(size_t i, unsigned mask, char *buf, size_t size)
{
	const struct indicator *ind = &ills_indicators[i];
	size_t n = 0, j;

	buf[0] = '\0';
	for (j = 0; ind->needs[j] && n < size; j++)
		if (mask >> j & 1)
			n += (size_t)snprintf(buf + n, size - n, "%s%s",
			    n ? ", " : "", ind->needs[j]);
	if (n == 0 && ind->kind == KIND_SECTOR)
		n = (size_t)snprintf(buf, size, "sector mix");
	return n < size ? n : size - 1;
}

static size_t
why_text(const struct report *rep, size_t i, uint32_t r, unsigned char b,
    char *buf)
{
	const struct rec *rc = &rep->rec[r];
	const struct indicator *ind = &ills_indicators[i];
	char group[64], names[256];

	switch (WHY(b)) {
	case WHY_NONE:
		break;
	case WHY_NOT_FALLING:
		return (size_t)snprintf(buf, NOTE_MAX, "%s did not fall: "
		    "scored 0", ind->needs[1]);
	case WHY_UNDEFINED:
		return (size_t)snprintf(buf, NOTE_MAX, "not defined (a zero "
		    "denominator%s)", ind->kind == KIND_TREND ? " or mean" : "");
	case WHY_MISSING:
		needs_named(i, WHY_MASK(b), names, sizeof(names));
		return (size_t)snprintf(buf, NOTE_MAX, "missing: %s", names);
	case WHY_ALT_USED:
		return (size_t)snprintf(buf, NOTE_MAX, "%s used instead",
		    ind->alt_for);
	case WHY_DEFINITION:
		return (size_t)snprintf(buf, NOTE_MAX, "urban definition not "
		    "residence-based (before 2000)");
	case WHY_FEW_YEARS:
		return (size_t)snprintf(buf, NOTE_MAX, "fewer than %d years",
		    ILLS_TREND_YEARS);
	case WHY_FIRST_YEAR:
		return (size_t)snprintf(buf, NOTE_MAX, "first year");
	case WHY_FLOOR_MISSING:
		return (size_t)snprintf(buf, NOTE_MAX, "missing: %s%s%s "
		    "(industry floor)", WHY_MASK(b) & 1 ? "tve_employment" : "",
		    WHY_MASK(b) == 3 ? ", " : "",
		    WHY_MASK(b) & 2 ? "labour_rural" : "");
	case WHY_BELOW_FLOOR:
		return (size_t)snprintf(buf, NOTE_MAX, "below industry floor");
	case WHY_FEW_PEERS:
		peer_group(rep, rc->place, group, sizeof(group));
		return (size_t)snprintf(buf, NOTE_MAX, "fewer than %d peers "
		    "(%s)", ILLS_MIN_PEERS, group);
	}
	buf[0] = '\0';
	return 0;
}

size_t
report_note(const struct report *rep, size_t i, uint32_t r, char *buf)
{
	char group[64];
	size_t at;

	buf[0] = '\0';
	if (rep->slot[i] < 0)
		return (size_t)snprintf(buf, NOTE_MAX, "not in the input: needs "
		    "%s", rep->missing[i]);
	at = (size_t)r * rep->stride + (size_t)rep->slot[i];
	if (WHY(rep->why[at]) != WHY_NONE)
		return why_text(rep, i, r, rep->why[at], buf);
	if (ills_indicators[i].kind != KIND_SECTOR)
		return 0;
	peer_group(rep, rep->rec[r].place, group, sizeof(group));
	return (size_t)snprintf(buf, NOTE_MAX, "%u peers (%s)",
	    rep->rec[r].peers, group);
}

size_t
report_ill_note(const struct report *rep, enum ill_id k, uint32_t r,
    char *buf)
{
	const struct rec *rc = &rep->rec[r];

	buf[0] = '\0';
	if (rep->total[k] == 0)
		return (size_t)snprintf(buf, NOTE_MAX, "no indicator in the "
		    "input");
	if (!isnan(rc->ill[k]) || rc->why_ill[k] < 0)
		return 0;
	return report_note(rep, (size_t)rc->why_ill[k], r, buf);
}

/* The commonest note of ill k's NA scores among the selected records;
 * returns how many there are. */
static size_t
commonest(const struct report *rep, enum ill_id k, char *best)
{
	char note[NOTE_MAX], seen[4][NOTE_MAX];
	size_t count[4] = { 0 }, nseen = 0, na = 0, r, j, top = 0;

	best[0] = '\0';
	for (r = 0; r < rep->nrec; r++) {
		if (!rep->rec[r].sel || !isnan(rep->rec[r].ill[k]))
			continue;
		na++;
		report_ill_note(rep, k, (uint32_t)r, note);
		/* Peer notes differ by group: one kind is enough. */
		if (strncmp(note, "fewer than 3 peers", 18) == 0)
			note[18] = '\0';
		for (j = 0; j < nseen && strcmp(seen[j], note) != 0; j++)
			;
		if (j == nseen && nseen < 4)
			strcpy(seen[nseen++], note);
		if (j < nseen && ++count[j] > top) {
			top = count[j];
			strcpy(best, note);
		}
	}
	return na;
}

void
report_warn(const struct report *rep)
{
	char best[NOTE_MAX];
	size_t sel = 0, r, na;
	int k;

	for (r = 0; r < rep->nrec; r++)
		sel += rep->rec[r].sel;
	for (k = 0; k < NILLS; k++) {
		if (rep->total[k] == 0) {
			if (sel > 0)
				lt_warn("%s: no indicator in the input (see "
				    "--indicators)", ills[k].name);
			continue;
		}
		if ((na = commonest(rep, k, best)) > 0)
			lt_warn("%s: %zu of %zu scores NA (most often: %s)",
			    ills[k].name, na, sel, best);
	}
}
