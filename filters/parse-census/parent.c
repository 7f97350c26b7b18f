/*
 * parent.c - the division a table is about: --parent, else the one its
 * title names (in the table's year, or the last year of its name when
 * the title has none), else its 地区 line; found when a row first needs
 * it and stated on stderr once, with the notes that go with it (a
 * yearbook's edition, no year to match names in).
 */
#include <stdio.h>
#include <string.h>

#include "parse.h"

void
pc_parent_text(const struct pc_parent *p, char *buf, size_t size)
{
	if (!p->then)
		snprintf(buf, size, "%s (%s)", p->name, p->code);
	else if (!*p->today)
		snprintf(buf, size, "%s (%s in %d, without one code today)",
		    p->name, p->code, p->year);
	else if (strcmp(p->code, p->today) != 0)
		snprintf(buf, size, "%s (%s in %d, today %s)", p->name, p->code,
		    p->year, p->today);
	else
		snprintf(buf, size, "%s (%s)", p->name, p->code);
}

/* A yearbook names its province or city without the ending:
 * 《江苏统计年鉴》 is 江苏省's, 《吉林统计年鉴》 吉林省's (吉林市's is
 * 《吉林市统计年鉴》), 《无锡统计年鉴》 无锡市's.  The division the name
 * stands for in year y, tried as a province, then as a city. */
static int
edition_parent(struct file *f, int y, struct pc_parent *p)
{
	static const char *const regions[][2] = {
		{ "内蒙古", "内蒙古自治区" }, { "广西", "广西壮族自治区" },
		{ "西藏", "西藏自治区" }, { "宁夏", "宁夏回族自治区" },
		{ "新疆", "新疆维吾尔自治区" },
	};
	static const char *const ends[] = { "省", "市", "地区", "盟" };
	const char *name, *why;
	char text[128];
	size_t len = pc_edition_name(f->title, strlen(f->title), &name), i;

	if (len == 0 || len > 60)
		return 0;
	for (i = 0; i < sizeof(regions) / sizeof(regions[0]); i++)
		if (strlen(regions[i][0]) == len &&
		    memcmp(regions[i][0], name, len) == 0)
			return pc_div_parent_text(opt.div, regions[i][1],
			    strlen(regions[i][1]), y, p, &why);
	if (pc_div_parent_text(opt.div, name, len, y, p, &why) &&
	    strlen(p->name) == len)
		return 1;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		snprintf(text, sizeof(text), "%.*s%s", (int)len, name,
		    ends[i]);
		if (pc_div_parent_text(opt.div, text, strlen(text), y, p,
		    &why) && strcmp(p->name, text) == 0)
			return 1;
	}
	return 0;
}

/* The division the title names in year y, or when no year is stated
 * (a 年份 column gives the rows') in the latest year that has its name
 * (榆树县, a 市 since 1990); else (2) the one whose yearbook it names. */
static int
title_parent(struct file *f, int y, struct pc_parent *p, const char **why)
{
	size_t len = strlen(f->title);
	int latest;

	if (y == 0 && (latest = pc_div_latest_in_text(opt.div, f->title,
	    len)) > 0)
		y = latest;
	if (pc_div_parent_text(opt.div, f->title, len, y, p, why))
		return 1;
	return edition_parent(f, y, p) ? 2 : 0;
}

void
file_parent(struct file *f)
{
	const char *why = "", *from;
	char text[200];
	int year = file_year(f);

	if (f->parent_done++)
		return;
	if (opt.parent) {
		if (!pc_div_parent_code(opt.div, opt.parent, year, &f->parent))
			lt_die(LT_EXIT_USAGE, "--parent %s: no division of this "
			    "code in %d nor today", opt.parent, year);
		f->has_parent = 1;
		from = "--parent";
	} else if (f->title && (f->has_parent = title_parent(f, year,
	    &f->parent, &why)) != 0) {
		from = f->has_parent == 2 ? "the yearbook the title names" :
		    "the title";
	} else if (f->region && pc_div_parent_text(opt.div, f->region,
	    strlen(f->region), year, &f->parent, &why)) {
		f->has_parent = 1;
		from = "the 地区 line";
	} else {
		from = f->title ? "the title" : "no title";
	}
	if (f->has_parent) {
		pc_parent_text(&f->parent, text, sizeof(text));
		lt_warn("%s: region names matched under %s, from %s",
		    f->fname, text, from);
	} else if (opt.nationwide) {
		lt_warn("%s: no parent division (%s%s%s); region names matched "
		    "across the country (--nationwide)", f->fname, from,
		    f->title ? ": " : "", f->title ? why : "");
	} else {
		lt_warn("%s: no parent division (%s%s%s): region names are not "
		    "matched; give --parent CODE, or --nationwide", f->fname,
		    from, f->title ? ": " : "", f->title ? why : "");
	}
	/* Rows with years of their own do not take the edition's. */
	if (f->edition && !f->wide && f->col_year < 0)
		lt_warn("%s: the title names the %d edition of a yearbook: "
		    "its data are taken as of %d", f->fname, f->edition,
		    f->edition - 1);
	if ((f->has_parent || opt.nationwide) && !f->wide &&
	    f->col_year < 0 && file_year(f) == 0)
		lt_warn("%s: no year column, and no one year stated (title, "
		    "时间 line): region names matched with today's divisions "
		    "(give --year YEAR to match the names of the table's "
		    "year)", f->fname);
}

const char *
title_division(struct file *f)
{
	const char *why;
	struct pc_parent p;	/* p.name is the history's, kept */

	if (!f->title || !pc_div_active(opt.div) ||
	    !title_parent(f, file_year(f), &p, &why))
		return NULL;
	return p.name;
}

