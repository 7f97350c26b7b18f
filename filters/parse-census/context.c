/*
 * context.c - what a label means in its table (FIELDS.md, "Words that
 * differ"): 乡村人口 is the complement of 城镇人口 only beside it, bare
 * 从业人员 is rural labour only under a 乡村/农村 title, 年末总人口 from
 * 2000 on needs 户籍 or 常住, a constant-price label sets price_basis,
 * and pop_urban and tve_employment get the definition and scope they
 * were counted under (urban_def, tve_scope), from the label, the title
 * or the year.  --map entries are never second-guessed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* Does the title or the 指标 line contain word? */
static int
heading_has(const struct file *f, const char *word)
{
	return (f->title && strstr(f->title, word)) ||
	    (f->indicator && strstr(f->indicator, word));
}

/* Bare labels that are rural labour only in a rural table. */
static const char *const bare_labour[] = {
	"从业人员", "从业人员数", "劳动力", "劳动力数", "劳动者", NULL
};

static int
in_list(const char *s, const char *const *list)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return 1;
	return 0;
}

/*
 * A constant-price label, 工业总产值(按1980年不变价): the bracket (or a
 * trailing 按…不变价) removed from l, the year into *year.  0 when the
 * label names no constant price.
 */
int
ctx_price(struct pc_label *l, int *year)
{
	static const char *const words[] = { "不变价", "当年价", "现行价",
		NULL };
	char *p = NULL, *open = NULL, *close, *s;
	size_t i;

	*year = 0;
	for (i = 0; words[i] && !p; i++)
		p = strstr(l->text, words[i]);
	if (!p)
		return 0;
	/* Current prices: -1; else the first year before the word. */
	if (strncmp(p, "不变价", strlen("不变价")) != 0)
		*year = -1;
	for (s = l->text; *year == 0 && s + 4 <= p; s++)
		*year = pc_year(s, 4);
	for (s = l->text; s < p; s++)
		if (*s == '(')
			open = s;
	close = strchr(p, ')');
	if (open && close)
		memmove(open, close + 1, strlen(close + 1) + 1);
	else if ((open = strstr(l->text, "按")) != NULL && open < p)
		*open = '\0';
	else
		return 0;
	l->len = strlen(l->text);
	return *year != 0;
}

/*
 * A label in its table: t as the dictionary found it (found), changed
 * where the table decides; the return is whether the label is known
 * now.
 */
int
ctx_label(struct file *f, const struct pc_label *l, struct pc_target *t,
    int found, long line)
{
	if (found && t->map)
		return 1;
	if (!found && in_list(l->text, bare_labour)) {
		if (heading_has(f, "乡村") || heading_has(f, "农村")) {
			pc_target_set(t, "labour_rural");
			return 1;
		}
		lt_warn("%s:%ld: header: column '%s' kept as it is: bare %s is "
		    "rural labour (labour_rural) only in a table whose title "
		    "says 乡村 or 农村, elsewhere total employment; name it "
		    "with --map", f->fname, line, l->text, l->text);
		return 0;
	}
	if (found && strcmp(t->name, "pop_total") == 0 &&
	    !strstr(l->text, "户籍") && !heading_has(f, "户籍")) {
		if (heading_has(f, "常住"))
			pc_target_set(t, "pop_resident");
		else
			f->pt_check = 1;
	}
	return found;
}

/* The year of the 1980s definitions (FIELDS.md, urban_def). */
static const char *
urban_by_year(int y)
{
	if (y == 0)
		return NULL;
	if (y < 1982)
		return "nonagri_1963";
	if (y < 1984)
		return "census_1982";
	if (y < 1990)
		return "juris_1984";
	if (y < 2000)
		return "census_1990";
	if (y < 2008)
		return "resid_2000";
	return "code_2008";
}

static const char *
tve_by_year(int y)
{
	if (y == 0)
		return NULL;
	return y < 1984 ? "collective_1983" : "all_1984";
}

/* The definition of a pop_urban or tve_employment column from its
 * label or the title; NULL when only the year can tell. */
static const char *
stated_def(const struct file *f, const struct incol *c, int urban)
{
	/* A range of years (1982—1990年) states no one census: each row's
	 * year decides. */
	int y = f->title_range[0] ? 0 : f->title_year;

	if (urban) {
		if (c->label && strcmp(c->label, "市镇总人口") == 0)
			return "juris_1984";
		if (heading_has(f, "普查") && (y == 1982 || y == 1990 ||
		    y == 2000 || y == 2010 || y == 2020))
			return urban_by_year(y);
		return NULL;
	}
	if (c->label && strncmp(c->label, "社队企业", strlen("社队企业")) == 0)
		return "collective_1983";
	if (heading_has(f, "乡村两级"))
		return "township_village";
	return NULL;
}

/* The table's columns in their context: 乡村人口 beside 城镇人口 is
 * pop_rural.  Called once the header is mapped. */
void
ctx_table(struct file *f)
{
	size_t i;

	if (find_col(f, "pop_urban") < 0 || find_col(f, "pop_rural") >= 0)
		return;
	for (i = 0; i < f->ncol; i++) {
		struct incol *c = &f->col[i];

		if (c->typed || !c->label || strcmp(c->name,
		    "pop_rural_hh") != 0 || strcmp(c->label, "农村人口") == 0)
			continue;
		free(c->name);
		c->name = lt_strdup("pop_rural");
	}
}

/* The same for the indicators of a wide table (names[n], labels[n]). */
void
ctx_indicators(char **names, char **labels, size_t n)
{
	size_t i;
	int urban = 0, rural = 0;

	for (i = 0; i < n; i++) {
		urban |= strcmp(names[i], "pop_urban") == 0;
		rural |= strcmp(names[i], "pop_rural") == 0;
	}
	if (!urban || rural)
		return;
	for (i = 0; i < n; i++)
		if (labels[i] && strcmp(names[i], "pop_rural_hh") == 0 &&
		    strcmp(labels[i], "农村人口") != 0) {
			free(names[i]);
			names[i] = lt_strdup("pop_rural");
		}
}

/*
 * The computed columns after column i of an ordinary table: urban_def
 * after pop_urban, tve_scope after tve_employment, price_basis after
 * the first constant-price column, unless the input has them.  Says
 * on stderr when only the year decides.
 */
void
ctx_plan(struct file *f, size_t i)
{
	const struct incol *c = &f->col[i];
	const struct lt_fielddef *fd = lt_field_find(c->name);
	const char *what = NULL, *def;
	int urban = strcmp(c->name, "pop_urban") == 0;
	/* A money column takes the title's constant price when its label
	 * names none (工业总产值 under …（按1980年不变价）). */
	int price = c->price_year ? c->price_year : fd &&
	    strcmp(fd->unit, "yuan") == 0 ? f->title_price : 0;

	if (c->typed)
		return;
	if (price && find_col(f, "price_basis") < 0 && !f->price) {
		if (price < 0)
			strcpy(f->price_text, "current");
		else
			snprintf(f->price_text, sizeof(f->price_text), "%d",
			    price);
		f->price = 1;
		add_out(f, "price_basis", LT_STR, S_CTX, (int)i, 0);
		f->oc[f->noc - 1].ctx = CTX_PRICE;
	}
	if (urban && find_col(f, "urban_def") < 0)
		what = "urban_def";
	else if (strcmp(c->name, "tve_employment") == 0 &&
	    find_col(f, "tve_scope") < 0)
		what = "tve_scope";
	if (!what)
		return;
	def = stated_def(f, c, urban);
	add_out(f, what, LT_STR, S_CTX, (int)i, 0);
	f->oc[f->noc - 1].ctx = def ? CTX_STATED : urban ? CTX_URBAN : CTX_TVE;
	f->oc[f->noc - 1].text = def;
	if (!def)
		lt_warn("%s:%ld: header: %s of column '%s' guessed from each "
		    "row's year (the label and title do not say); a column %s "
		    "in the input overrides it", f->fname, f->header_line, what,
		    c->label ? c->label : c->name, what);
}

/* The value of a computed column in a row of year y. */
void
ctx_value(const struct file *f, const struct ocol *o, int y, struct cell *c)
{
	const char *s = NULL;

	switch (o->ctx) {
	case CTX_PRICE:
		s = f->price_text;
		break;
	case CTX_STATED:
		s = o->text;
		break;
	case CTX_URBAN:
		s = urban_by_year(y);
		break;
	case CTX_TVE:
		s = tve_by_year(y);
		break;
	}
	c->p = s ? s : "";
	c->len = s ? strlen(s) : 0;
	c->off = 0;
	c->why = PC_PRESENT;
	c->plain = 1;
}

/* 年末总人口 of a year from 2000 with no 户籍 or 常住: said once. */
void
ctx_row_year(struct file *f, long line, int y)
{
	if (y < 2000)
		return;
	f->pt_check = 0;
	lt_warn("%s:%ld: 年末总人口 of %d taken as the registered population "
	    "(pop_total), though from 2000 it is often the resident estimate "
	    "(常住); say 户籍 or 常住 in the label or title, or use --map",
	    f->fname, line, y);
}
