/*
 * parse.h - what the files of parse-census share: the options, the
 * state of the run, the table being read (its columns, its output plan,
 * the cells of a row) and the functions of each file.
 */
#ifndef PC_PARSE_H
#define PC_PARSE_H

#include "litu.h"
#include "divisions.h"
#include "cats.h"
#include "labels.h"
#include "values.h"
#include "source.h"

/* What a column of the export holds. */
enum kind {
	K_STR,		/* text, trimmed */
	K_NAME,		/* a region name */
	K_PARENT,	/* the name of the parent region */
	K_CODE,
	K_LEVEL,	/* recomputed from the code */
	K_YEAR,
	K_NUM,
	K_INT,
	K_BOOL,
	K_DROP		/* an empty column at the end of the header */
};

/* A column of the export, as read. */
struct incol {
	char *name;
	enum lt_type type;
	enum kind kind;
	struct pc_scale sc;
	int has_flag_col;	/* NAME_flag is in the input too */
	int typed;		/* its header cell is typed ("code:code") */
	char *label;		/* the label cleaned, when mapped from one */
	int price_year;		/* a constant-price label's year, -1 for
				 * current prices, 0 when it says none */
	const struct pc_catmap *cat;	/* category values (cats.c) */
};

/* A column written: from an input column, or computed. */
enum src {
	S_IN, S_CODE, S_LEVEL, S_YEAR, S_IND,
	S_REGION,			/* the title's division, every row */
	S_THEN, S_BOUNDARY, S_SUCC,	/* code_then, boundary_changed,
					 * code_successors */
	S_CTX				/* urban_def, tve_scope,
					 * price_basis (context.c) */
};

/* How a computed column of context.c gets its value. */
enum ctx_kind {
	CTX_STATED,	/* the text the label or title decided */
	CTX_URBAN,	/* urban_def by the row's year */
	CTX_TVE,	/* tve_scope by the row's year */
	CTX_PRICE	/* price_basis of the table */
};

struct ocol {
	char *name;
	enum lt_type type;
	enum src src;
	int in;			/* input column, or indicator number */
	int ind;		/* a value (melted by --long) */
	int flag;		/* followed by NAME_flag */
	enum ctx_kind ctx;	/* S_CTX: how */
	const char *text;	/* CTX_STATED: the value */
};

/* A value of an output column. */
struct cell {
	const char *p;		/* the value, when not in the arena */
	size_t off, len;	/* in the arena */
	enum pc_missing why;
	int plain;		/* needs no quoting: a number, code or year */
};

/* The arena of one row's cleaned values. */
struct arena {
	char *s;
	size_t len, cap;
};

/* The options (main.c). */
struct pc_opt {
	enum lt_enc enc;
	long skip;
	int header_rows;	/* --header-rows; 0: found (headrows.c) */
	int year;
	int long_form;
	int strict;
	int flags;
	struct pc_map map;
	struct pc_uservals values;	/* --map value: lines */
	int industry_scheme;		/* --industry-scheme */
	struct pc_div *div;
	const char *parent;	/* --parent CODE */
	int nationwide;
	const char *sheet;	/* --sheet NAME|N */
	int all_sheets;		/* --all-sheets: a leading sheet column */
};

/* What lasts from one input to the next (parse.c). */
struct pc_run {
	struct lt_cli cli;
	struct lt_out *out;
	struct lt_rejects *rej;
	char *first_header;	/* the header written, for later files */
	long rows_read;
	long listed;		/* division problems, the first ten listed */
	struct lt_progress prog;
	double done_mb;		/* read of the files before this one */
	struct arena arena;
	int scheme;		/* the industry scheme of the row */
	const char *sheet;	/* the sheet read, for --all-sheets */
};

extern struct pc_opt opt;
extern struct pc_run run;

/* A wide table's labels beside each year, at most. */
#define PC_MAXSUB 64

/* Everything known about the file being read. */
struct file {
	const char *fname;
	struct pc_source *src;
	char *title;
	int title_year, time_year;
	int title_range[2];		/* （1985-1987年）: 1985, 1987 */
	int title_price;		/* 按1980年不变价: 1980 */
	char *region;			/* 地区：… */
	char *indicator;		/* 指标：… */
	const struct pc_unit *units[PC_NDIMS];
	int edition;			/* 《…年鉴1988》: 1988 */
	long header_line, before, notes;
	long header_last;	/* the header's last row, when several */
	struct pc_hblock *hrows;	/* the header's rows, until the
					 * table starts (headrows.c) */

	/* Division codes. */
	int codes;			/* names get codes */
	int follow;			/* codes are followed to today's */
	struct pc_parent parent;
	int has_parent, parent_done;
	struct pc_parent row_parent;	/* of a parent name column */
	char *rp_name;
	int rp_year, rp_ok;
	long matched, unmatched;
	/* --nationwide with no parent: the county of the first township
	 * matched, the townships matched elsewhere. */
	char nw_where[7];
	long nw_other, nw_other_line;
	char nw_other_code[13];
	/* Townships found under another ending (乡 → 镇): how many, and the
	 * first, for the summary. */
	long ends, ends_line, ends_last;
	char ends_text[160];
	char ck_code[16], ck_name[256];	/* the last township name checked */
	size_t ck_clen, ck_nlen;
	int ck_ok;

	struct incol *col;
	size_t ncol;			/* columns kept */
	struct lt_hash *colidx;		/* a kept column's name: its index */
	size_t nraw;			/* header cells */
	struct ocol *oc;
	size_t *okey, nokey;		/* --long: the key columns of oc */
	size_t noc, occap;
	struct cell *cells;
	int col_code, col_name, col_parent, col_year;

	/* Wide year tables. */
	int wide;			/* 1: indicators, 2: regions as rows */
	int *years;			/* per input column, 0 when not */
	int *order;			/* year columns, ascending */
	size_t nyears;
	char **ind_name;		/* indicators, for wide 1 */
	enum lt_type *ind_type;
	char ***ind_val;		/* [indicator][year] */
	enum pc_missing **ind_why;
	size_t nind, indcap;
	/* Wide 2: a year's columns (1986年, 1986年男, 1986年女), the same
	 * for every year: their labels after the year, and an indicator
	 * each. */
	size_t nsub;			/* at most PC_MAXSUB */
	int *sub;			/* per input column: its place */
	char **subs;
	struct incol *wcols;
	char **ind_label;		/* their labels, for context.c */

	/* Context (context.c). */
	int has_cats;			/* a column of category values */
	int pt_check;			/* 年末总人口: 户籍/常住 from 2000? */
	int price;			/* price_basis planned */
	char price_text[16];
};

/* parse.c */
void parse_file(const char *path);
/* Close the outputs and say what was rejected or not matched. */
void parse_end(void);

/* map.c */
void read_map(const char *path);

/* preamble.c: 1 when a line before the header is not the header (it is
 * read, when a title or meta line); forced: within --skip. */
int preamble(struct file *f, const struct lt_record *rec, int forced);
/* Is a record blank? */
int is_blank(const struct lt_record *rec);
/* The indicator a title names after its set of regions, when it is a
 * known label (各县乡村劳动力（万人）（1987年）: 乡村劳动力（万人）), in buf;
 * 0 when none. */
int title_indicator(const struct file *f, char *buf, size_t size);
/* A header candidate of two or more cells, none a known label: it may
 * be a title split at an ASCII comma. */
int unknown_header(struct file *f, const struct lt_record *rec);
/* Is held, given the line after it, a title rather than the header:
 * that line has more non-empty cells, none a number? */
int title_like(struct file *f, const struct lt_record *held,
    const struct lt_record *next);
/* held, a title split at commas, read as the title. */
void take_title(struct file *f, const struct lt_record *held);
/* 1 when a line after the header is not data: blank, a note, English
 * labels right under the header. */
int not_data(struct file *f, const struct lt_record *rec, int *english);
/* Is rec a line of English labels: ASCII letters in every cell not
 * empty, no digit? */
int english_labels(const struct lt_record *rec);

/* columns.c */
/* The type a typed header cell declares ("x:num"); -1 when none. */
int declared_type(const char *s, size_t len, size_t *namelen);
void map_column(struct file *f, const char *s, size_t len, struct incol *c,
    long line);
int find_col(const struct file *f, const char *name);
void read_header(struct file *f, const struct lt_field *cells, size_t n,
    long line);
/* The header from --header. */
void spec_header(struct file *f);

/* plan.c */
void add_out(struct file *f, const char *name, enum lt_type t, enum src src,
    int in, int ind);
void plan_table(struct file *f);
/* code and level, and code_then, boundary_changed, code_successors
 * when names are matched or codes followed. */
void add_code_columns(struct file *f, int code);
void write_header(struct file *f);
void emit(struct file *f);

/* context.c */
/* A constant-price label: the price words removed, the year (or -1,
 * current) in *year; 0 when none. */
int ctx_price(struct pc_label *l, int *year);
/* A label in its table: whether it is known, t changed where the
 * table decides. */
int ctx_label(struct file *f, const struct pc_label *l, struct pc_target *t,
    int found, long line);
void ctx_table(struct file *f);
void ctx_indicators(char **names, char **labels, size_t n);
void ctx_plan(struct file *f, size_t i);
void ctx_value(const struct file *f, const struct ocol *o, int y,
    struct cell *c);
void ctx_row_year(struct file *f, long line, int y);

/* cells.c */
int cell_empty(const struct lt_field *fld);
char *dup_trimmed(const struct lt_field *fld);
/* Clean one value of a column into the arena; 0 with msg when bad. */
int clean_value(struct arena *a, const struct incol *c,
    const struct lt_field *fld, struct cell *cell, char *msg, size_t msize);
void set_text(struct cell *c, const char *s);
void set_year(struct cell *c, int year);

/* parent.c */
/* The division a title names (in the table's year), or NULL. */
const char *title_division(struct file *f);
/* The table's parent, found and stated when a row first needs it. */
void file_parent(struct file *f);
/* "武进县 (320421 in 1987, today 320412)" */
void pc_parent_text(const struct pc_parent *p, char *buf, size_t size);

/* codes.c */
/* The cells a row's division code goes to (NULL: not written). */
struct codecells {
	struct cell *code, *level, *then, *boundary, *succ;
	const struct cell *name, *parent;
	int year;			/* the row's; 0 when unknown */
};
/* Fill the code cells of a row (its name matched, its code followed),
 * and the level from the code. */
void row_codes(struct file *f, long line, struct codecells *cc);
void file_codes_end(struct file *f);

/* rows.c */
/* The year the rows are of when no column gives it: --year, the
 * title's one year, the 时间 line's; 0 when none (a title's range of
 * years is no row's year). */
int rows_year(const struct file *f);
/* The year of the division names when no column gives it: --year,
 * the title's year (the last of a range), the 时间 line's, a wide
 * table's last year; 0 when none. */
int file_year(const struct file *f);
/* The message for a bad row: stop, or write it to --rejects. */
void reject(struct file *f, long line, const struct lt_field *fld, size_t n,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* 1 when a row of an ordinary table has the wrong field count (it is
 * rejected). */
int ragged(struct file *f, struct lt_record *rec);
void table_row(struct file *f, struct lt_record *rec);

/* Has the table a 单位 line naming a unit (columns.c)? */
int has_unit_line(const struct file *f);
/* Is a header cell a region's name or code (a wide table's key)?  As
 * map_column finds it, without its notes (columns.c). */
int region_key(const char *s, size_t len);

/* wide.c */
/* Is the header a wide year table: 0 not, 1 indicators as rows, 2
 * regions as rows?  Every header cell from the second on a year, or
 * (regions as rows) a year and a label the same for every year
 * (1986年, 1986年女); columns derived from the years dropped, and said.
 * Sets years, and sub and subs. */
int wide_kind(struct file *f, const struct lt_record *rec);
void sort_years(struct file *f, size_t n);
void wide_ind_row(struct file *f, struct lt_record *rec);
void wide_ind_end(struct file *f);

/* widereg.c */
void wide_reg_row(struct file *f, struct lt_record *rec);
void wide_reg_plan(struct file *f);

/* Inline for the loop over rows. */

/* An empty cell is "", never the arena's NULL before a row put anything
 * there (a code beside an empty name handed NULL to memcpy). */
static inline const char *
cell_str(const struct cell *c)
{
	if (c->p)
		return c->p;
	return c->len ? run.arena.s + c->off : "";
}

/* Field i of a record, or an empty one when the record is shorter. */
static inline const struct lt_field *
field_at(const struct lt_record *rec, size_t i)
{
	static const struct lt_field none = { "", 0 };

	return i < rec->n ? &rec->f[i] : &none;
}

/* Note cell c of a plan's source src among the code cells. */
static inline void
code_cell(struct codecells *cc, enum src src, struct cell *c)
{
	switch (src) {
	case S_CODE:
		set_text(c, NULL);
		cc->code = c;
		break;
	case S_LEVEL:
		cc->level = c;
		break;
	case S_THEN:
		c->len = 0;
		cc->then = c;
		break;
	case S_BOUNDARY:
		c->len = 0;
		cc->boundary = c;
		break;
	case S_SUCC:
		c->len = 0;
		cc->succ = c;
		break;
	default:
		break;
	}
}

#endif
