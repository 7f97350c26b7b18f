/*
 * source.h - where parse-census's records come from: a CSV or TSV
 * export (the lib's raw reader, the fast path), or the sheets of an
 * Excel workbook (.xlsx, .xls), each sheet giving the records a CSV
 * export of it would (docs/parse-census.1, WORKBOOKS).
 */
#ifndef PC_SOURCE_H
#define PC_SOURCE_H

#include "litu.h"

/* A sheet of a workbook, as its list names it. */
struct pc_sheetinfo {
	char *name;
	int worksheet;		/* 0: a chart or dialog sheet */
	char *part;		/* .xlsx: the sheet's part in the ZIP */
};

struct pc_book;

/* What a workbook format does (xlsx.c, xls.c). */
struct pc_bookops {
	/* Start reading sheet i. */
	void (*open_sheet)(struct pc_book *b, size_t i);
	/* The next row of the sheet into b->row (row_start, row_cell),
	 * its number in *line: 1, or 0 at the end of the sheet. */
	int (*next_row)(struct pc_book *b, long *line);
	void (*close)(struct pc_book *b);
};

/* A row being built from cells, and the record it becomes. */
struct pc_row {
	char *buf;		/* the cells' text, NUL after each */
	size_t len, cap;
	size_t *off;		/* per column: offset + 1 in buf, 0 empty */
	size_t ncell, cellcap;	/* columns of this row */
	int any;		/* a cell holds text */
	struct lt_field *f;
	size_t fcap;
	struct lt_record rec;
};

/* A row read ahead, with its cells' text. */
struct pc_heldrow {
	long line;
	char *buf;
	size_t len, *off, ncell;
};

struct pc_book {
	const char *path;	/* as named; "-" for stdin */
	const char *fname;	/* for messages */
	char *tablename;	/* fname[sheet] */
	struct pc_sheetinfo *sheet;
	size_t nsheet;
	size_t cur;		/* the sheet being read */
	size_t width;		/* its widest used column */
	int measure;		/* width unknown: found from the first rows */
	struct pc_heldrow *ahead;	/* those rows */
	size_t nahead, ahead_pos;
	long errors;		/* error cells read as empty */
	char first_error[32];	/* where the first was, e.g. B12 */
	const struct pc_bookops *ops;
	void *impl;
	struct pc_row row;
	/* Rows handed out: blank ones up to the row held. */
	long last_line, held_line;
	int holding;
	struct lt_record blank;
};

/* source.c: one input, CSV or workbook */

struct pc_source;

/* Open an input (exit 66 when missing): a workbook when its first
 * bytes say so (PK\3\4 .xlsx, D0 CF 11 E0 .xls), else CSV in enc.
 * sheet: --sheet (NULL: the first worksheet); all: --all-sheets. */
struct pc_source *src_open(const char *path, enum lt_enc enc,
    const char *sheet, int all);
/* The next table of the input: 1 (its name for messages in *fname,
 * the sheet's name or NULL in *sheet), or 0 when there are no more. */
int src_table(struct pc_source *s, const char **fname, const char **sheet);
int src_next(struct pc_source *s, struct lt_record **rec);
/* For a CSV syntax error (src_next -1). */
struct lt_csv *src_csv(struct pc_source *s);
uint64_t src_bytes(const struct pc_source *s);
void src_close(struct pc_source *s);

/* book.c: sheets, chosen by --sheet, and their rows as records */

/* The sheet --sheet names (a name, else a number from 1), or the first
 * worksheet: its index; exit 65 listing the sheets when there is no
 * such worksheet. */
size_t book_pick(const struct pc_book *b, const char *want);
/* Start sheet i: the name for messages, width unknown. */
void book_sheet(struct pc_book *b, size_t i);
/* The next record of the sheet: 1, or 0 at its end. */
int book_next(struct pc_book *b, struct lt_record **rec);
void book_free(struct pc_book *b);
void row_start(struct pc_row *r);
/* Cell col (from 0) of the row being built. */
void row_cell(struct pc_row *r, size_t col, const char *s, size_t len);
/* An error cell (#N/A, #DIV/0!): empty, counted, said once a sheet. */
void book_error_cell(struct pc_book *b, size_t col, long line);
/* The column of a cell reference (A1: 0), its row in *line (0 when the
 * reference has none); -1 when it is not a reference. */
long book_cellref(const char *s, long *line);

/* xlsx.c, xls.c: open a workbook file (a path, maybe /dev/fd/N) and
 * list its sheets; a file that is not one exits 65. */
void xlsx_open(struct pc_book *b, const char *file);
void xls_open(struct pc_book *b, const char *file);

/* sheetcell.c: cell values as text */

#define PC_CELLBUF 1200
/* A number as Excel wrote it (1.2E+5, -0.5, 8504) in plain decimal
 * (120000, -0.5, 8504): its length, 0 when s is not such a number. */
size_t pc_plain_number(const char *s, size_t len, char *out, size_t size);
/* A double as the shortest decimal that reads back to it, plain. */
size_t pc_plain_double(double d, char *out, size_t size);
/* A number cell's text (an .xlsx <v>) as the double it stores, in
 * plain decimal: 66.400000000000006 is 66.4, as pc_plain_double gives
 * the same double from an .xls. */
size_t pc_stored_number(const char *s, size_t len, char *out,
    size_t size);

enum pc_datekind { PC_NOTDATE, PC_DATE, PC_TIME, PC_DATETIME };

/* What a number format shows: a built-in id (14-22, 45-47 are dates
 * and times) or a format code (y, m, d, h, s outside quotes and
 * brackets). */
enum pc_datekind pc_format_kind(int id, const char *code);
/* A serial date (days since 1899-12-30, or 1904-01-01) as ISO 8601:
 * YYYY-MM-DD, HH:MM:SS or YYYY-MM-DDTHH:MM:SS; 0 when out of range. */
size_t pc_serial_date(double serial, int date1904, enum pc_datekind k,
    char *out, size_t size);

#endif
