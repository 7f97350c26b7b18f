/*
 * xlsx.c - the rows of an .xlsx worksheet (ECMA-376 Part 1, 18.3),
 * streamed: the sheet's XML is inflated 64 KiB at a time and parsed by
 * expat, which is suspended after each row, so memory stays flat
 * however long the sheet.  A cell's text: the shared or inline string,
 * true or false, the number as written (plain decimal), a number in a
 * date style as ISO 8601, an error (#N/A) as empty; a formula's cached
 * value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx.h"

static const struct pc_bookops xlsx_ops;

/* The elements of a sheet that are read. */
enum elem { E_OTHER, E_V, E_IS, E_T, E_RPH, E_C, E_ROW, E_DATA, E_DIM };

/* Which element a name is, prefix or none ("x:row" is a row): one
 * comparison at most, as this runs for every element of the sheet. */
static enum elem
elem_of(const char *el)
{
	const char *n = el;

	for (; *el; el++)
		if (*el == ':')
			n = el + 1;
	switch (n[0]) {
	case 'c':
		return n[1] == '\0' ? E_C : E_OTHER;
	case 'v':
		return n[1] == '\0' ? E_V : E_OTHER;
	case 't':
		return n[1] == '\0' ? E_T : E_OTHER;
	case 'i':
		return n[1] == 's' && n[2] == '\0' ? E_IS : E_OTHER;
	case 'r':
		return strcmp(n, "row") == 0 ? E_ROW : strcmp(n, "rPh") == 0 ?
		    E_RPH : E_OTHER;
	case 's':
		return strcmp(n, "sheetData") == 0 ? E_DATA : E_OTHER;
	case 'd':
		return strcmp(n, "dimension") == 0 ? E_DIM : E_OTHER;
	default:
		return E_OTHER;
	}
}

static void
text_add(struct xlsx *x, const char *s, size_t len)
{
	if (x->tlen + len + 1 > x->tcap) {
		x->tcap = (x->tlen + len + 1) * 2;
		x->text = lt_realloc(x->text, x->tcap);
	}
	memcpy(x->text + x->tlen, s, len);
	x->tlen += len;
	x->text[x->tlen] = '\0';
}

/* The widest column of a dimension ref "A1:H20"; 0 when it says
 * nothing (absent, or "A1" as some writers leave it). */
static size_t
dimension_width(const char *ref)
{
	const char *c = strchr(ref, ':');
	char last[32];
	long line, col;

	if (c == NULL)
		return 0;
	snprintf(last, sizeof(last), "%s", c + 1);
	col = book_cellref(last, &line);
	return col < 0 ? 0 : (size_t)col + 1;
}

static void
cell_start(struct xlsx *x, const char **attr)
{
	const char *r = NULL, *t = NULL, *s = NULL;
	long line;

	/* One pass over the attributes: r, t and s, unprefixed. */
	for (; attr[0]; attr += 2)
		if (attr[0][0] != '\0' && attr[0][1] == '\0') {
			if (attr[0][0] == 'r')
				r = attr[1];
			else if (attr[0][0] == 't')
				t = attr[1];
			else if (attr[0][0] == 's')
				s = attr[1];
		}

	x->col = (long)x->next_col;
	if (r && (x->col = book_cellref(r, &line)) < 0) {
		char what[80];

		snprintf(what, sizeof(what), "bad cell reference \"%.20s\"",
		    r);
		xlsx_stop(x, x->p, what);
		x->col = 0;
	}
	x->next_col = (size_t)x->col + 1;
	x->type = t == NULL ? 'n' : strcmp(t, "inlineStr") == 0 ? 'i' :
	    strcmp(t, "str") == 0 ? 't' : t[0];
	x->style = s ? atoi(s) : 0;
	x->in_cell = 1;
	x->has_value = 0;
	x->tlen = 0;
}

static void XMLCALL
on_start(void *ud, const char *el, const char **attr)
{
	struct xlsx *x = ud;
	enum elem e = elem_of(el);
	const char *v;

	if (x->in_cell) {
		if (e == E_V)
			x->in_v = x->has_value = 1;
		else if (e == E_IS)
			x->in_is = x->has_value = 1;
		else if (e == E_T)
			x->in_t = 1;
		else if (e == E_RPH)
			x->in_rph = 1;
	} else if (e == E_C && x->in_data)
		cell_start(x, attr);
	else if (e == E_ROW && x->in_data) {
		x->row_line = x->next_row;
		if ((v = xlsx_attr(attr, "r")) != NULL)
			x->row_line = atol(v);
		if (x->row_line < 1 || x->row_line > 1048576) {
			xlsx_stop(x, x->p, "bad row number");
			x->row_line = 1;
		}
		x->next_row = x->row_line + 1;
		x->next_col = 0;
		if (x->mode == XM_ROWS)
			row_start(&x->b->row);
	} else if (e == E_DATA) {
		x->in_data = 1;
		if (x->mode == XM_HEAD)
			XML_StopParser(x->p, XML_FALSE);
	} else if (e == E_DIM && x->mode == XM_HEAD &&
	    (v = xlsx_attr(attr, "ref")) != NULL)
		x->b->width = dimension_width(v);
}

/* The text of the cell just read, into the row. */
static void
cell_end(struct xlsx *x)
{
	struct pc_book *b = x->b;
	char out[PC_CELLBUF];
	size_t n;
	unsigned long i;
	char *end;

	switch (x->type) {
	case 's':
		i = strtoul(x->text ? x->text : "", &end, 10);
		if (x->tlen == 0 || *end != '\0' || i >= x->nsst) {
			xlsx_stop(x, x->p, "a shared string that is not there");
			return;
		}
		row_cell(&b->row, (size_t)x->col, x->sst[i], x->sstlen[i]);
		return;
	case 'b':
		if (x->tlen > 0)
			row_cell(&b->row, (size_t)x->col, x->text[0] == '1' ?
			    "true" : "false", x->text[0] == '1' ? 4 : 5);
		return;
	case 'e':
		book_error_cell(b, (size_t)x->col, x->row_line);
		return;
	case 'n':
		if (x->tlen == 0)
			return;
		if (x->style >= 0 && (size_t)x->style < x->nxf &&
		    x->xfkind[x->style] != PC_NOTDATE && (n = pc_serial_date(
		    strtod(x->text, NULL), x->date1904, x->xfkind[x->style],
		    out, sizeof(out))) > 0) {
			row_cell(&b->row, (size_t)x->col, out, n);
			return;
		}
		if ((n = pc_stored_number(x->text, x->tlen, out,
		    sizeof(out))) > 0) {
			row_cell(&b->row, (size_t)x->col, out, n);
			return;
		}
		break;
	default:
		break;
	}
	row_cell(&b->row, (size_t)x->col, x->text, x->tlen);
}

static void XMLCALL
on_end(void *ud, const char *el)
{
	struct xlsx *x = ud;
	enum elem e = elem_of(el);

	if (x->in_cell) {
		if (e == E_V)
			x->in_v = 0;
		else if (e == E_IS)
			x->in_is = 0;
		else if (e == E_T)
			x->in_t = 0;
		else if (e == E_RPH)
			x->in_rph = 0;
		else if (e == E_C) {
			x->in_cell = 0;
			cell_end(x);
		}
	} else if (e == E_ROW && x->mode == XM_ROWS)
		XML_StopParser(x->p, XML_TRUE);
	else if (e == E_DATA)
		x->in_data = 0;
}

static void XMLCALL
on_text(void *ud, const char *s, int len)
{
	struct xlsx *x = ud;

	if (x->in_v || (x->in_is && x->in_t && !x->in_rph))
		text_add(x, s, (size_t)len);
}

/* Start reading the sheet's part (again) in mode. */
static void
part_begin(struct xlsx *x, enum xlsx_mode mode)
{
	if (x->file_open)
		unzCloseCurrentFile(x->zf);
	if (x->p)
		XML_ParserFree(x->p);
	x->p = NULL;
	xlsx_open_part(x, x->part, 1);
	x->file_open = 1;
	x->p = XML_ParserCreate(NULL);
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, on_start, on_end);
	XML_SetCharacterDataHandler(x->p, on_text);
	x->mode = mode;
	x->final = x->suspended = x->stopped = 0;
	x->in_data = x->in_cell = x->in_v = x->in_is = x->in_t = 0;
	x->in_rph = 0;
	x->next_row = 1;
}

/* Parse on: 1 when suspended after a row, 0 at the end (or stopped). */
static int
part_step(struct xlsx *x)
{
	enum XML_Status st;
	int n;

	for (;;) {
		if (x->suspended) {
			x->suspended = 0;
			st = XML_ResumeParser(x->p);
		} else if (x->final) {
			return 0;
		} else {
			if ((n = unzReadCurrentFile(x->zf, x->chunk,
			    XLSX_CHUNK)) < 0)
				xlsx_fail(x, x->part, "corrupt compressed data");
			x->final = n == 0;
			if (x->final && unzCloseCurrentFile(x->zf) != UNZ_OK)
				xlsx_fail(x, x->part, "CRC error");
			x->file_open = !x->final;
			st = XML_Parse(x->p, x->chunk, n, x->final);
		}
		if (st == XML_STATUS_SUSPENDED) {
			x->suspended = 1;
			return 1;
		}
		if (st == XML_STATUS_ERROR) {
			char what[200];

			if (x->err[0] != '\0')
				xlsx_fail(x, x->part, x->err);
			if (XML_GetErrorCode(x->p) == XML_ERROR_ABORTED)
				return 0;
			snprintf(what, sizeof(what), "XML line %lu: %s",
			    XML_GetCurrentLineNumber(x->p),
			    XML_ErrorString(XML_GetErrorCode(x->p)));
			xlsx_fail(x, x->part, what);
		}
	}
}

static void
xlsx_sheet(struct pc_book *b, size_t i)
{
	struct xlsx *x = b->impl;

	x->part = b->sheet[i].part;
	part_begin(x, XM_HEAD);
	(void)part_step(x);
	if (b->width == 0 || b->width > 4096) {
		/* No width to trust: found from the first rows. */
		b->width = 0;
		b->measure = 1;
	}
	part_begin(x, XM_ROWS);
}

static int
xlsx_row(struct pc_book *b, long *line)
{
	struct xlsx *x = b->impl;

	if (!part_step(x))
		return 0;
	*line = x->row_line;
	return 1;
}

static void
xlsx_close(struct pc_book *b)
{
	struct xlsx *x = b->impl;

	if (x == NULL)
		return;
	if (x->p)
		XML_ParserFree(x->p);
	if (x->zf) {
		if (x->file_open)
			unzCloseCurrentFile(x->zf);
		unzClose(x->zf);
	}
	xlsx_free_meta(x);
	free(x->chunk);
	free(x->text);
	free(x);
	b->impl = NULL;
}

void
xlsx_open(struct pc_book *b, const char *file)
{
	struct xlsx *x = lt_calloc(1, sizeof(*x));

	x->b = b;
	b->impl = x;
	b->ops = &xlsx_ops;
	x->chunk = lt_malloc(XLSX_CHUNK);
	if ((x->zf = unzOpen64(file)) == NULL)
		lt_die(LT_EXIT_DATA, "%s: not a readable .xlsx workbook: its "
		    "ZIP directory is missing (the file is truncated or "
		    "corrupt)", b->fname);
	xlsx_read_meta(x);
}

static const struct pc_bookops xlsx_ops = {
	xlsx_sheet, xlsx_row, xlsx_close
};
