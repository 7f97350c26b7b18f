/*
 * xlsxpart.c - the parts of an .xlsx package (ECMA-376 Part 2): a part
 * found in the ZIP and parsed by expat as it inflates, XLSX_CHUNK bytes
 * at a time; names and attributes without their namespace prefix; and
 * the errors, which name the workbook and the part.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx.h"

const char *
xlsx_local(const char *name)
{
	const char *c = strrchr(name, ':');

	return c ? c + 1 : name;
}

const char *
xlsx_attr(const char **attr, const char *name)
{
	for (; attr[0]; attr += 2)
		if (strcmp(xlsx_local(attr[0]), name) == 0)
			return attr[1];
	return NULL;
}

void
xlsx_fail(struct xlsx *x, const char *part, const char *what)
{
	lt_die(LT_EXIT_DATA, "%s: %s: %s (the workbook is truncated or "
	    "corrupt; save it again from the spreadsheet)", x->b->fname, part,
	    what);
}

void
xlsx_stop(struct xlsx *x, XML_Parser p, const char *what)
{
	if (x->err[0] == '\0')
		snprintf(x->err, sizeof(x->err), "%s", what);
	XML_StopParser(p, XML_FALSE);
}

int
xlsx_open_part(struct xlsx *x, const char *name, int needed)
{
	unz_file_info64 info;

	if (unzLocateFile(x->zf, name, 2) != UNZ_OK) {
		if (needed)
			xlsx_fail(x, name, "part missing");
		return 0;
	}
	if (unzGetCurrentFileInfo64(x->zf, &info, NULL, 0, NULL, 0, NULL,
	    0) != UNZ_OK || unzOpenCurrentFile(x->zf) != UNZ_OK)
		xlsx_fail(x, name, "cannot read the ZIP entry");
	if (info.flag & 1)
		lt_die(LT_EXIT_DATA, "%s: %s: encrypted ZIP entry; save the "
		    "workbook without a password", x->b->fname, name);
	return 1;
}

void
xlsx_parse_part(struct xlsx *x, const char *name, int needed,
    XML_StartElementHandler start, XML_EndElementHandler end,
    XML_CharacterDataHandler text, void *ud)
{
	XML_Parser p;
	char *buf;
	int n;

	if (!xlsx_open_part(x, name, needed))
		return;
	p = x->mp = XML_ParserCreate(NULL);
	buf = x->mbuf = lt_malloc(XLSX_CHUNK);
	XML_SetUserData(p, ud);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, text);
	do {
		if ((n = unzReadCurrentFile(x->zf, buf, XLSX_CHUNK)) < 0)
			xlsx_fail(x, name, "corrupt compressed data");
		if (XML_Parse(p, buf, n, n == 0) == XML_STATUS_ERROR) {
			char what[200];

			if (x->err[0] != '\0')
				xlsx_fail(x, name, x->err);
			snprintf(what, sizeof(what), "XML line %lu: %s",
			    XML_GetCurrentLineNumber(p),
			    XML_ErrorString(XML_GetErrorCode(p)));
			xlsx_fail(x, name, what);
		}
	} while (n > 0);
	if (unzCloseCurrentFile(x->zf) != UNZ_OK)
		xlsx_fail(x, name, "CRC error");
	XML_ParserFree(p);
	free(buf);
	x->mp = NULL;
	x->mbuf = NULL;
}
