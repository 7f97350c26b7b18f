/*
 * divisions.h - division codes for region names and for the codes of
 * a table's year: the county-level history since 1981, today's
 * township list and the user's --divisions lists (shipped lists found
 * beside the program, read only when a table needs them).  Names are
 * matched under a parent that the title, a 地区 line or --parent
 * states, in the year of the row; the rules are in match.c and in
 * parse-census(1), DIVISION CODES.
 */
#ifndef PC_DIVISIONS_H
#define PC_DIVISIONS_H

#include <stddef.h>

#include "litu.h"

#define PC_MAXPREFIX (LT_HIST_MAXRECIP + 1)

/* The division a table is about. */
struct pc_parent {
	const struct lt_hrec *then;	/* its record in the table's year */
	char code[13];			/* its code then (or today's) */
	char today[13];			/* "" when the way was lost */
	enum lt_level level;
	const char *name;
	int year;			/* the year it was found for */
	int boundary;
	/* Where its townships are today: its code and those that took
	 * over part of it since. */
	char prefix[PC_MAXPREFIX][13];
	size_t nprefix;
};

enum pc_mstatus {
	PC_M_OK,
	PC_M_NONE,		/* no division of the name */
	PC_M_AMBIGUOUS,		/* several: the candidates in successors */
	PC_M_LOST,		/* split or retired: code empty */
	PC_M_TOTAL_LEVEL,	/* a total whose word names another level */
	PC_M_TOTAL_SUM,		/* 合计: the rows' sum, no level named */
	PC_M_NOPARENT		/* not matched: no parent, no --nationwide */
};

/* What a name or a code of a row leads to. */
struct pc_match {
	enum pc_mstatus status;
	char code[13];		/* today's code, "" when none */
	char then[13];		/* the code of the row's year, when other */
	int boundary;		/* boundary_changed, 0 when none */
	char successors[128];	/* codes, ';'-separated */
	int window;		/* the year whose names matched, when other */
	char wcode[13];		/* the code matched in that year, when the
				 * row's year has another */
	int town_county;	/* a township name that is a county today */
	int other_end;		/* a township found with another ending */
};

struct pc_div;

struct pc_div *pc_div_new(void);
/* --divisions FILE: a list of today's divisions (code, name). */
void pc_div_add_list(struct pc_div *d, const char *path);
/* Use the shipped lists (the default; 0 with --no-divisions). */
void pc_div_use_shipped(struct pc_div *d, int on);
/* --nationwide: match names without a parent, across the country. */
void pc_div_nationwide(struct pc_div *d, int on);
/* The number of --divisions lists. */
size_t pc_div_given(const struct pc_div *d);
/* Any list to match against: shipped or given. */
int pc_div_active(const struct pc_div *d);
void pc_div_free(struct pc_div *d);

/* The parent a text (a title, a 地区 line) names in a year (0: today):
 * the deepest division in use then, under the shallower ones found; 0
 * when none or two that disagree (*why says which). */
/* The last year in which the deepest division named in s was in use
 * (LT_HIST_TODAY: still is); 0 when none. */
int pc_div_latest_in_text(struct pc_div *d, const char *s, size_t len);
int pc_div_parent_text(struct pc_div *d, const char *s, size_t len,
    int year, struct pc_parent *p, const char **why);
/* The parent --parent CODE gives: a code of the year or of today. */
int pc_div_parent_code(struct pc_div *d, const char *code, int year,
    struct pc_parent *p);

/* The division a row names, in its year (0: today), under the parent
 * (NULL when none). */
void pc_div_match(struct pc_div *d, const struct pc_parent *p,
    const char *name, size_t len, int year, struct pc_match *m);
/* A code of the row's year followed to today's; *name_ok 0 when the
 * name given does not match the code's. */
void pc_div_code(struct pc_div *d, const char *code, size_t len, int year,
    const char *name, size_t nlen, struct pc_match *m, int *name_ok);

/* A row that is one division through the years (a wide table's)
 * whose name is not one of its year: the name matched in the nearest
 * other year of years[] (as pc_div_match, not in a window), and that
 * division followed to the row's year (renamed, upgraded: 瑞安市 of
 * 1987 was 瑞安县 in 1985).  0 when none; *was the record matched, of
 * year *wyear, and *now its unit's in the row's year. */
int pc_div_match_unit(struct pc_div *d, const struct pc_parent *p,
    const char *name, size_t len, int year, const int *years, size_t n,
    struct pc_match *m, const struct lt_hrec **was, int *wyear,
    const struct lt_hrec **now);

/* lineage.c, for match.c: records of one division in its year of
 * change, a new code for the same name (常熟市: 320520 to 1986, 329003
 * from 1986), the later kept; their number. */
size_t pc_one_division(struct lt_hist *h, const struct lt_hrec **r,
    size_t n);

/* match.c, for divisions.c and lineage.c */
/* 1 when the name is a total word (or a level's word before 合计 or
 * 总计: 全省合计), with its levels in *levels. */
int pc_div_total(const char *name, size_t len, int *levels);
/* The length of a township name without its ending; *end the ending
 * ("" when none). */
size_t pc_town_base(const char *name, size_t len, const char **end);
/* Today's code of a record of the year, into m. */
void pc_div_follow(struct pc_div *d, const struct lt_hrec *r, int year,
    struct pc_match *m);
struct lt_hist *pc_div_hist(struct pc_div *d);
struct lt_divlist *pc_div_today(struct pc_div *d);
int pc_div_nationwide_on(const struct pc_div *d);
/* Fill p from a record of the year. */
void pc_parent_from(struct pc_div *d, const struct lt_hrec *r, int year,
    struct pc_parent *p);

#endif
