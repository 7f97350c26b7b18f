/*
 * xlsx.h - what xlsx.c (the sheets, streamed), xlsxmeta.c (the
 * workbook's list of sheets, its styles and shared strings) and
 * xlsxpart.c (a part of the ZIP parsed) share.
 */
#ifndef PC_XLSX_H
#define PC_XLSX_H

#include <expat.h>
#include <minizip/unzip.h>

#include "source.h"

#define XLSX_CHUNK (64 * 1024)

/* How a sheet's XML is being read. */
enum xlsx_mode {
	XM_HEAD,	/* up to its rows: the dimension */
	XM_ROWS		/* row by row, suspended after each */
};

struct xlsx {
	struct pc_book *b;
	unzFile zf;
	int date1904;
	char **sst;			/* the shared strings */
	size_t *sstlen, nsst;
	unsigned char *xfkind;		/* per cell style: enum pc_datekind */
	size_t nxf;
	/* A part being read whole, and what is read of the workbook's:
	 * here, so that xlsx_close frees them after an error too. */
	XML_Parser mp;
	char *mbuf;
	struct meta *meta;
	/* An error met in a handler: the parser is stopped, and the
	 * error said when it returns (never from inside expat). */
	char err[200];

	/* The sheet being read. */
	XML_Parser p;
	enum xlsx_mode mode;
	const char *part;
	char *chunk;
	int file_open, final, suspended, stopped;
	int in_data;			/* inside sheetData */
	long row_line, next_row;
	size_t next_col;
	/* The cell being read. */
	int in_cell, in_v, in_is, in_t, in_rph, has_value;
	long col;
	char type;			/* n, s, b, e, i(nlineStr), d, t(str) */
	int style;
	char *text;
	size_t tlen, tcap;
};

/* xlsxpart.c */
/* The local part of an XML name ("x:row": "row"). */
const char *xlsx_local(const char *name);
const char *xlsx_attr(const char **attr, const char *name);
/* Open part name of the ZIP (exit 65 when it is missing and needed):
 * 1, or 0 when it is not there. */
int xlsx_open_part(struct xlsx *x, const char *name, int needed);
/* In a handler: stop parser p with the error what (xlsx_fail says it
 * once p has returned). */
void xlsx_stop(struct xlsx *x, XML_Parser p, const char *what);
/* Die naming the part: corrupt ZIP data or XML. */
void xlsx_fail(struct xlsx *x, const char *part, const char *what)
    __attribute__((noreturn));
/* Read a whole part through handlers with ud as user data. */
void xlsx_parse_part(struct xlsx *x, const char *name, int needed,
    XML_StartElementHandler start, XML_EndElementHandler end,
    XML_CharacterDataHandler text, void *ud);

/* xlsxmeta.c */
void xlsx_read_meta(struct xlsx *x);
void xlsx_free_meta(struct xlsx *x);

#endif
