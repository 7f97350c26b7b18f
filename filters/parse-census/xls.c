/*
 * xls.c - the rows of an .xls worksheet (Excel 97-2003, BIFF8) through
 * FreeXL, which loads a sheet whole.  A cell's text: the string, the
 * integer, the double as the shortest decimal that reads back to it
 * (plain, no exponent), a date or time as ISO 8601 (FreeXL's DATE,
 * DATETIME and TIME cells).  FreeXL 1.0.6 reads no boolean or error
 * cells (they come out empty) and has no merged-cell list: a merged
 * range's anchor holds the value, as in .xlsx.
 */
#include <freexl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

struct xls {
	const void *h;
	unsigned int rows;	/* of the sheet */
	unsigned int last;	/* rows up to the last with a value */
	unsigned int next;	/* the next row to read, from 0 */
};

static const struct pc_bookops xls_ops;

static const char *
xls_error(int rc)
{
	switch (rc) {
	case FREEXL_INSUFFICIENT_MEMORY:
		return "out of memory";
	case FREEXL_INVALID_CFBF_HEADER:
	case FREEXL_CFBF_INVALID_SIGNATURE:
		return "not an OLE2 compound file";
	case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
		return "no Workbook stream: encrypted, or not an Excel "
		    "97-2003 workbook";
	case FREEXL_BIFF_INVALID_BOF:
		return "not a BIFF8 workbook (Excel 97-2003)";
	case FREEXL_CRAFTED_FILE:
		return "severely corrupt";
	default:
		return "truncated or corrupt";
	}
}

static void
xls_fail(struct pc_book *b, int rc)
{
	lt_die(LT_EXIT_DATA, "%s: cannot read the .xls workbook: %s (FreeXL "
	    "error %d); save it again from the spreadsheet", b->fname,
	    xls_error(rc), rc);
}

/* The cell's text into the row; 0 when empty. */
static int
xls_cell(struct pc_book *b, struct xls *x, unsigned int row,
    unsigned short col)
{
	FreeXL_CellValue v;
	char out[PC_CELLBUF], *t;
	const char *s;
	size_t n, bad;
	int rc;

	if ((rc = freexl_get_cell_value(x->h, row, col, &v)) != FREEXL_OK)
		xls_fail(b, rc);
	switch (v.type) {
	case FREEXL_CELL_INT:
		n = (size_t)snprintf(out, sizeof(out), "%d", v.value.int_value);
		break;
	case FREEXL_CELL_DOUBLE:
		if ((n = pc_plain_double(v.value.double_value, out,
		    sizeof(out))) == 0) {
			book_error_cell(b, col, (long)row + 1);
			return 1;
		}
		break;
	case FREEXL_CELL_TEXT:
	case FREEXL_CELL_SST_TEXT:
	case FREEXL_CELL_DATE:
	case FREEXL_CELL_DATETIME:
	case FREEXL_CELL_TIME:
		s = v.value.text_value ? v.value.text_value : "";
		n = strlen(s);
		if (!lt_utf8_valid(s, n, &bad))
			lt_die(LT_EXIT_DATA, "%s:%u: a cell's text is not "
			    "valid UTF-8 (byte %zu)", b->tablename, row + 1,
			    bad + 1);
		if (v.type != FREEXL_CELL_DATETIME || n >= sizeof(out)) {
			if (n > 0)
				row_cell(&b->row, col, s, n);
			return n > 0;
		}
		memcpy(out, s, n);
		if ((t = memchr(out, ' ', n)) != NULL)
			*t = 'T';
		break;
	default:
		return 0;
	}
	row_cell(&b->row, col, out, n);
	return 1;
}

static void
xls_sheet(struct pc_book *b, size_t i)
{
	struct xls *x = b->impl;
	unsigned short cols, c;
	unsigned int r;
	int rc;

	if ((rc = freexl_select_active_worksheet(x->h, (unsigned short)i)) !=
	    FREEXL_OK || (rc = freexl_worksheet_dimensions(x->h, &x->rows,
	    &cols)) != FREEXL_OK)
		xls_fail(b, rc);
	/* The sheet is in memory: the widest used column and the last
	 * row with a value, found first. */
	x->last = 0;
	x->next = 0;
	for (r = 0; r < x->rows; r++) {
		row_start(&b->row);
		for (c = 0; c < cols; c++)
			if (xls_cell(b, x, r, c) && (size_t)c + 1 > b->width)
				b->width = (size_t)c + 1;
		if (b->row.any)
			x->last = r + 1;
	}
	b->errors = 0;
	x->rows = cols > 0 ? x->last : 0;
	b->impl = x;
}

static int
xls_row(struct pc_book *b, long *line)
{
	struct xls *x = b->impl;
	unsigned short c;

	if (x->next >= x->rows)
		return 0;
	row_start(&b->row);
	for (c = 0; c < b->width; c++)
		(void)xls_cell(b, x, x->next, c);
	*line = (long)++x->next;
	return 1;
}

static void
xls_close(struct pc_book *b)
{
	struct xls *x = b->impl;

	if (x == NULL)
		return;
	if (x->h)
		freexl_close(x->h);
	free(x);
	b->impl = NULL;
}

void
xls_open(struct pc_book *b, const char *file)
{
	struct xls *x = lt_calloc(1, sizeof(*x));
	unsigned int n, pw, i;
	const char *name;
	int rc;

	b->impl = x;
	b->ops = &xls_ops;
	if ((rc = freexl_open(file, &x->h)) != FREEXL_OK)
		xls_fail(b, rc);
	if (freexl_get_info(x->h, FREEXL_BIFF_PASSWORD, &pw) == FREEXL_OK &&
	    pw == FREEXL_BIFF_OBFUSCATED)
		lt_die(LT_EXIT_DATA, "%s: the workbook is encrypted (password "
		    "protected); save it without a password", b->fname);
	if ((rc = freexl_get_info(x->h, FREEXL_BIFF_SHEET_COUNT, &n)) !=
	    FREEXL_OK)
		xls_fail(b, rc);
	b->sheet = lt_calloc(n + 1, sizeof(*b->sheet));
	for (i = 0; i < n; i++) {
		if ((rc = freexl_get_worksheet_name(x->h, (unsigned short)i,
		    &name)) != FREEXL_OK)
			xls_fail(b, rc);
		b->sheet[i].name = lt_strdup(name ? name : "");
		b->sheet[i].worksheet = 1;
		b->nsheet = i + 1;
	}
}

static const struct pc_bookops xls_ops = {
	xls_sheet, xls_row, xls_close
};
