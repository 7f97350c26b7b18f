/*
 * codes.c - the division codes of a table's rows: each row's name
 * matched in the row's year under the table's parent (parent.c), or its
 * code followed from the row's year to today's; what could not be
 * matched listed (the first ten in all) and counted.  The rules are in
 * match.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* A problem of a row: the first ten of the run are listed. */
static void
listed(struct file *f, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
listed(struct file *f, long line, const char *fmt, ...)
{
	char msg[600];
	va_list ap;

	if (++run.listed > 10)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lt_warn("%s:%ld: %s", f->fname, line, msg);
}

/* The parent of a row with a parent name column (县 then 乡镇). */
static const struct pc_parent *
row_parent(struct file *f, const struct cell *pn, int year)
{
	struct pc_match m;
	const char *s = cell_str(pn);

	if (f->rp_name && strcmp(f->rp_name, s) == 0 && f->rp_year == year)
		return f->rp_ok ? &f->row_parent : NULL;
	free(f->rp_name);
	f->rp_name = lt_strndup(s, pn->len);
	f->rp_year = year;
	pc_div_match(opt.div, f->has_parent ? &f->parent : NULL, s, pn->len,
	    year, &m);
	f->rp_ok = m.status == PC_M_OK && pc_div_parent_code(opt.div,
	    *m.then ? m.then : m.code, m.window ? m.window : year,
	    &f->row_parent);
	return f->rp_ok ? &f->row_parent : NULL;
}

/* "in 1987" (or "of 1987"); "in today's list" for a row of no year. */
static const char *
in_year(const char *prep, int year, char *buf, size_t size)
{
	if (year == 0 || year == LT_HIST_TODAY)
		snprintf(buf, size, "in today's list (the row has no year)");
	else
		snprintf(buf, size, "%s %d", prep, year);
	return buf;
}

/* A township found under another ending (乐成镇, today 乐成街道):
 * counted, the first kept for the summary (the rule is the man page's;
 * most 1980s 乡 are 镇 today, a line each would drown the misses). */
static void
other_end(struct file *f, long line, const char *name, size_t len,
    const char *code)
{
	const char *now;

	/* A wide table's row is one township in every year. */
	if (f->ends > 0 && line == f->ends_last)
		return;
	f->ends_last = line;
	if (f->ends++ > 0)
		return;
	now = lt_divlist_name(pc_div_today(opt.div), code, strlen(code));
	f->ends_line = line;
	snprintf(f->ends_text, sizeof(f->ends_text), "%.*s, today %s %s",
	    (int)len, name, now ? now : "", code);
}

static void
say_match(struct file *f, long line, const char *name, size_t len,
    const struct pc_parent *p, int year, const struct pc_match *m)
{
	char ptext[200] = "", under[220] = "", in[64];

	if (p) {
		pc_parent_text(p, ptext, sizeof(ptext));
		snprintf(under, sizeof(under), " under %s", ptext);
	}
	switch (m->status) {
	case PC_M_NONE:
		if (*m->wcode) {
			listed(f, line, "\"%.*s\" is not a name %s, and "
			    "the %.*s of %d (%s) was no one division then "
			    "(merged or split); code left empty", (int)len,
			    name, in_year("of", year, in, sizeof(in)),
			    (int)len, name, m->window, m->wcode);
			break;
		}
		listed(f, line, "no division named \"%.*s\"%s %s; code left "
		    "empty", (int)len, name, under, in_year("in", year,
		    in, sizeof(in)));
		break;
	case PC_M_AMBIGUOUS:
		listed(f, line, "more than one division named \"%.*s\"%s: %s; "
		    "code left empty", (int)len, name, under, m->successors);
		break;
	case PC_M_LOST:
		if (*m->successors)
			listed(f, line, "\"%.*s\" (%s %s) was split or "
			    "retired with no successor of its name: code left "
			    "empty (code_successors %s)", (int)len, name,
			    m->then, in_year("in", year, in, sizeof(in)),
			    m->successors);
		else
			listed(f, line, "\"%.*s\" (%s %s) was abolished with "
			    "no successor: code left empty", (int)len, name,
			    m->then, in_year("in", year, in, sizeof(in)));
		break;
	case PC_M_TOTAL_SUM:
		listed(f, line, "\"%.*s\" is the sum of the table's rows, "
		    "which need not be all of %s; code left empty (a word "
		    "naming the level, 全县 or 全市, gets its code)", (int)len,
		    name, ptext);
		break;
	case PC_M_TOTAL_LEVEL:
		listed(f, line, "\"%.*s\" names another level than the "
		    "table's division, %s; code left empty", (int)len, name,
		    ptext);
		break;
	case PC_M_OK:
		if (m->window && *m->wcode && strcmp(m->wcode, *m->then ?
		    m->then : m->code) != 0)
			listed(f, line, "\"%.*s\" is not a name %s; matched "
			    "with the names of %d (%s), the division's code "
			    "in %d being %s", (int)len, name, in_year("of",
			    year, in, sizeof(in)), m->window, m->wcode, year,
			    *m->then ? m->then : m->code);
		else if (m->window)
			listed(f, line, "\"%.*s\" is not a name %s; matched "
			    "with the names of %d (%s)", (int)len, name,
			    in_year("of", year, in, sizeof(in)), m->window,
			    *m->then ? m->then : m->code);
		if (m->town_county)
			listed(f, line, "\"%.*s\" is today the county-level "
			    "division %s; given that code", (int)len, name,
			    m->code);
		if (m->other_end)
			other_end(f, line, name, len, m->code);
		break;
	default:
		break;
	}
}

static void
put_match(struct codecells *cc, const struct pc_match *m)
{
	char buf[LT_NUMBUF];

	if (cc->code)
		set_text(cc->code, *m->code ? m->code : NULL);
	if (cc->then)
		set_text(cc->then, *m->then ? m->then : NULL);
	if (cc->boundary) {
		buf[lt_fmt_int(buf, m->boundary)] = '\0';
		set_text(cc->boundary, m->boundary ? buf : NULL);
		cc->boundary->plain = 1;
	}
	if (cc->succ)
		set_text(cc->succ, *m->successors && m->status !=
		    PC_M_AMBIGUOUS ? m->successors : NULL);
}

/* A township matched across the country: is it in the first one's
 * county?  A table of townships is of one county (a table of counties
 * may span provinces, as the paper's does). */
static void
nationwide_where(struct file *f, long line, const char *code)
{
	size_t len = strlen(code);

	if (len != 9 && len != 12)
		return;
	if (f->nw_where[0] == '\0') {
		memcpy(f->nw_where, code, 6);
		f->nw_where[6] = '\0';
	} else if (strncmp(f->nw_where, code, 6) != 0 &&
	    f->nw_other++ == 0) {
		f->nw_other_line = line;
		snprintf(f->nw_other_code, sizeof(f->nw_other_code), "%s",
		    code);
	}
}

/* A wide table's row not named in its year: the division of its name
 * in another of the table's years, followed to this year (lineage.c);
 * 1 when it said why. */
static int
by_unit(struct file *f, long line, const struct pc_parent *p,
    const struct cell *name, int year, struct pc_match *m)
{
	const struct lt_hrec *was = NULL, *now;
	int years[64], wyear;
	size_t i, n = 0;

	for (i = 0; i < f->nyears && n < 64; i++)
		years[n++] = f->years[f->order[i]];
	if (pc_div_match_unit(opt.div, p, cell_str(name), name->len, year,
	    years, n, m, &was, &wyear, &now)) {
		listed(f, line, "\"%.*s\" is not a name in %d: the row's "
		    "division, %s (%s) in %d, was %s (%s) in %d; given its "
		    "code", (int)name->len, cell_str(name), year, was->name,
		    was->code, wyear, now->name, now->code, year);
		return 1;
	}
	if (was)
		listed(f, line, "\"%.*s\" is not a name in %d, and %s (%s) "
		    "of %d was no one division in %d (merged or split); code "
		    "left empty", (int)name->len, cell_str(name), year,
		    was->name, was->code, wyear, year);
	return was != NULL;
}

/* A row with a name and no code: match the name. */
static void
by_name(struct file *f, long line, struct codecells *cc)
{
	const struct pc_parent *p = f->has_parent ? &f->parent : NULL;
	const char *name = cell_str(cc->name);
	struct pc_match m;

	file_parent(f);
	p = f->has_parent ? &f->parent : NULL;
	if (cc->parent && cc->parent->len > 0 && (p ||
	    opt.nationwide) && (p = row_parent(f, cc->parent,
	    cc->year)) == NULL) {
		/* Under no division: not matched under the table's. */
		char in[64];

		listed(f, line, "the row's parent_name \"%.*s\" is no single "
		    "division %s%s; code of \"%s\" left empty",
		    (int)cc->parent->len, cell_str(cc->parent),
		    in_year("in", cc->year, in, sizeof(in)), f->has_parent ?
		    " under the table's" : "", name);
		f->unmatched++;
		memset(&m, 0, sizeof(m));
		put_match(cc, &m);
		return;
	}
	pc_div_match(opt.div, p, name, cc->name->len, cc->year, &m);
	if (!(m.status == PC_M_NONE && f->wide == 2 && f->nyears > 1 &&
	    by_unit(f, line, p, cc->name, cc->year, &m)))
		say_match(f, line, name, cc->name->len, p, cc->year ?
		    cc->year : LT_HIST_TODAY, &m);
	put_match(cc, &m);
	if (*m.code) {
		f->matched++;
		if (!p)
			nationwide_where(f, line, m.code);
	} else {
		f->unmatched++;
	}
}

/* Is the name that of a township's or village's code (today's)?  Once
 * for a run of rows of one code and name, as a panel has them. */
static int
town_name_ok(struct file *f, const char *code, size_t len,
    const struct cell *name)
{
	struct pc_match m;
	const char *s = cell_str(name);
	int ok;

	if (len == f->ck_clen && name->len == f->ck_nlen &&
	    memcmp(code, f->ck_code, len) == 0 &&
	    memcmp(s, f->ck_name, name->len) == 0)
		return f->ck_ok;
	pc_div_code(opt.div, code, len, 0, s, name->len, &m, &ok);
	if (len < sizeof(f->ck_code) && name->len < sizeof(f->ck_name)) {
		memcpy(f->ck_code, code, len);
		memcpy(f->ck_name, s, name->len);
		f->ck_clen = len;
		f->ck_nlen = name->len;
		f->ck_ok = ok;
	}
	return ok;
}

/* A row with a code of its year: follow it to today's. */
static void
by_code(struct file *f, long line, struct codecells *cc)
{
	struct pc_match m;
	char code[16];
	int name_ok = 1;
	size_t len = cc->code->len;

	memcpy(code, cell_str(cc->code), len);
	if (len > 6) {
		/* A township or village: today's code, no history. */
		if (cc->name && cc->name->len > 0)
			name_ok = town_name_ok(f, code, len, cc->name);
	} else {
		pc_div_code(opt.div, code, len, cc->year, cc->name ?
		    cell_str(cc->name) : "", cc->name ? cc->name->len : 0,
		    &m, &name_ok);
		put_match(cc, &m);
		if (m.status == PC_M_LOST)
			say_match(f, line, code, len, NULL, cc->year, &m);
		else if (m.status == PC_M_NONE)
			listed(f, line, "%.*s is the code of no province, "
			    "prefecture or county in %d, the years beside it, "
			    "nor today; it is kept", (int)len, code, cc->year ?
			    cc->year : LT_HIST_TODAY);
		else if (m.window)
			listed(f, line, "%.*s is not a code of %d; taken as "
			    "of %d (today %s)", (int)len, code, cc->year,
			    m.window, *m.code ? m.code : "none");
	}
	if (name_ok)
		return;
	if (opt.strict)
		lt_die(LT_EXIT_DATA, "%s:%ld: \"%.*s\" is not the name of %.*s "
		    "(--strict-columns)", f->fname, line, (int)cc->name->len,
		    cell_str(cc->name), (int)len, code);
	if (cc->year && len <= 6)
		listed(f, line, "\"%.*s\" is not the name of %.*s in %d nor "
		    "today; the code is kept", (int)cc->name->len,
		    cell_str(cc->name), (int)len, code, cc->year);
	else
		listed(f, line, "\"%.*s\" is not the name of %.*s today; the "
		    "code is kept", (int)cc->name->len, cell_str(cc->name),
		    (int)len, code);
}

void
row_codes(struct file *f, long line, struct codecells *cc)
{
	size_t len;

	if (cc->code && f->codes && cc->code->len == 0 && cc->name &&
	    cc->name->len > 0)
		by_name(f, line, cc);
	else if (cc->code && f->follow && cc->code->len > 0)
		by_code(f, line, cc);
	if (!cc->level)
		return;
	len = cc->code ? cc->code->len : 0;
	set_text(cc->level, len ? lt_level_name(lt_code_level(
	    cell_str(cc->code), len)) : NULL);
}

void
file_codes_end(struct file *f)
{
	if (f->matched + f->unmatched == 0 || (!f->has_parent &&
	    !opt.nationwide))
		return;
	lt_warn("%s: %ld of %ld named row%s got a division code, %ld not%s",
	    f->fname, f->matched, f->matched + f->unmatched,
	    f->matched + f->unmatched == 1 ? "" : "s", f->unmatched,
	    f->unmatched && f->has_parent ? " (listed above, the first ten "
	    "of the run)" : "");
	if (f->ends > 0)
		lt_warn("%s: %ld township%s found under another ending, as "
		    "named today (乡 → 镇, 乡 → 街道, 镇 → 街道; the first, line "
		    "%ld: %s)", f->fname, f->ends, f->ends == 1 ? "" : "s",
		    f->ends_line, f->ends_text);
	if (f->nw_other > 0)
		lt_warn("%s: townships matched across the country "
		    "(--nationwide) lie in more than one county: %ld row%s "
		    "outside %s, the first line %ld (%s); check them, or give "
		    "--parent CODE", f->fname, f->nw_other, f->nw_other == 1 ?
		    "" : "s", f->nw_where, f->nw_other_line, f->nw_other_code);
}
