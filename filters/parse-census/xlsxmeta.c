/*
 * xlsxmeta.c - what an .xlsx workbook says before its sheets are read
 * (ECMA-376 Part 1): the parts its relationships name, the sheets of
 * xl/workbook.xml (worksheets, chart and dialog sheets), the 1904 date
 * system, the cell styles that show a number as a date (styles.xml,
 * 18.8) and the shared strings (sharedStrings.xml, 18.4, loaded whole;
 * phonetic runs left out).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx.h"

/* A relationship: Id, Type, Target. */
struct rel {
	char *id, *type, *target;
};

struct rels {
	struct rel *r;
	size_t n;
};

/* The workbook's parts, as the parsers collect them. */
struct meta {
	struct xlsx *x;
	struct rels rels;
	char *wb;			/* the workbook part's name */
	char *part;			/* the part being read */
	char **rid;			/* per sheet */
	int in_numfmts, in_cellxfs, in_si, in_t, in_rph;
	char **fmt_code;		/* custom formats, by id */
	int *fmt_id;
	size_t nfmt;
	char *text;
	size_t tlen, tcap;
};

static void
rels_start(void *ud, const char *el, const char **attr)
{
	struct meta *m = ud;
	const char *id = xlsx_attr(attr, "Id"), *type = xlsx_attr(attr, "Type"),
	    *target = xlsx_attr(attr, "Target");
	struct rel *r;

	if (strcmp(xlsx_local(el), "Relationship") != 0 || !id || !type ||
	    !target)
		return;
	m->rels.r = lt_realloc(m->rels.r, (m->rels.n + 1) * sizeof(*r));
	r = &m->rels.r[m->rels.n++];
	r->id = lt_strdup(id);
	r->type = lt_strdup(type);
	r->target = lt_strdup(target);
}

static void
rels_free(struct rels *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++) {
		free(rs->r[i].id);
		free(rs->r[i].type);
		free(rs->r[i].target);
	}
	free(rs->r);
	rs->r = NULL;
	rs->n = 0;
}

/* The relationship whose Type ends in kind ("/styles"), or of id. */
static struct rel *
rel_find(struct rels *rs, const char *kind, const char *id)
{
	size_t i, k = kind ? strlen(kind) : 0;

	for (i = 0; i < rs->n; i++) {
		size_t t = strlen(rs->r[i].type);

		if (id ? strcmp(rs->r[i].id, id) == 0 :
		    t >= k && strcmp(rs->r[i].type + t - k, kind) == 0)
			return &rs->r[i];
	}
	return NULL;
}

/* A target as a part name: "/xl/x.xml" or relative to dir. */
static char *
part_name(const char *dir, const char *target)
{
	size_t len;
	char *s;

	if (target[0] == '/')
		return lt_strdup(target + 1);
	len = strlen(dir) + strlen(target) + 1;
	s = lt_malloc(len);
	snprintf(s, len, "%s%s", dir, target);
	return s;
}

static void
book_start(void *ud, const char *el, const char **attr)
{
	struct meta *m = ud;
	struct pc_book *b = m->x->b;
	const char *name = xlsx_local(el), *v;

	if (strcmp(name, "workbookPr") == 0 && (v = xlsx_attr(attr,
	    "date1904")) != NULL)
		m->x->date1904 = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
	if (strcmp(name, "sheet") != 0)
		return;
	if ((v = xlsx_attr(attr, "name")) == NULL || !xlsx_attr(attr, "id")) {
		xlsx_stop(m->x, m->x->mp, "a sheet without a name or id");
		return;
	}
	b->sheet = lt_realloc(b->sheet, (b->nsheet + 1) * sizeof(*b->sheet));
	m->rid = lt_realloc(m->rid, (b->nsheet + 1) * sizeof(*m->rid));
	memset(&b->sheet[b->nsheet], 0, sizeof(*b->sheet));
	b->sheet[b->nsheet].name = lt_strdup(v);
	m->rid[b->nsheet++] = lt_strdup(xlsx_attr(attr, "id"));
}

static void
nop_end(void *ud, const char *el)
{
	(void)ud;
	(void)el;
}

static void
nop_text(void *ud, const char *s, int len)
{
	(void)ud;
	(void)s;
	(void)len;
}

/* The sheets of the workbook part wb, and where their parts are. */
static void
read_sheets(struct meta *m, const char *wb)
{
	struct pc_book *b = m->x->b;
	const char *slash = strrchr(wb, '/');
	char dir[256], relsname[600];
	size_t i;

	snprintf(dir, sizeof(dir), "%.*s", slash ? (int)(slash - wb + 1) : 0,
	    wb);
	snprintf(relsname, sizeof(relsname), "%s_rels/%s.rels", dir,
	    slash ? slash + 1 : wb);
	xlsx_parse_part(m->x, wb, 1, book_start, nop_end, nop_text, m);
	xlsx_parse_part(m->x, relsname, 1, rels_start, nop_end, nop_text, m);
	for (i = 0; i < b->nsheet; i++) {
		struct rel *r = rel_find(&m->rels, NULL, m->rid[i]);
		size_t t;

		if (r == NULL)
			xlsx_fail(m->x, relsname, "a sheet's relationship is "
			    "missing");
		t = strlen(r->type);
		b->sheet[i].worksheet = t >= 10 &&
		    strcmp(r->type + t - 10, "/worksheet") == 0;
		b->sheet[i].part = part_name(dir, r->target);
	}
}

static void
style_start(void *ud, const char *el, const char **attr)
{
	struct meta *m = ud;
	struct xlsx *x = m->x;
	const char *name = xlsx_local(el), *id = xlsx_attr(attr, "numFmtId");
	size_t i;

	if (strcmp(name, "numFmts") == 0 || strcmp(name, "cellXfs") == 0) {
		m->in_numfmts = name[0] == 'n';
		m->in_cellxfs = name[0] == 'c';
	} else if (m->in_numfmts && strcmp(name, "numFmt") == 0 && id) {
		const char *code = xlsx_attr(attr, "formatCode");

		m->fmt_id = lt_realloc(m->fmt_id, (m->nfmt + 1) * sizeof(int));
		m->fmt_code = lt_realloc(m->fmt_code, (m->nfmt + 1) *
		    sizeof(char *));
		m->fmt_id[m->nfmt] = atoi(id);
		m->fmt_code[m->nfmt++] = lt_strdup(code ? code : "");
	} else if (m->in_cellxfs && strcmp(name, "xf") == 0) {
		int n = id ? atoi(id) : 0;
		enum pc_datekind k = PC_NOTDATE;

		for (i = 0; i < m->nfmt && m->fmt_id[i] != n; i++)
			;
		k = pc_format_kind(n, i < m->nfmt ? m->fmt_code[i] : NULL);
		x->xfkind = lt_realloc(x->xfkind, x->nxf + 1);
		x->xfkind[x->nxf++] = (unsigned char)k;
	}
}

static void
style_end(void *ud, const char *el)
{
	struct meta *m = ud;
	const char *name = xlsx_local(el);

	if (strcmp(name, "numFmts") == 0)
		m->in_numfmts = 0;
	else if (strcmp(name, "cellXfs") == 0)
		m->in_cellxfs = 0;
}

static void
sst_start(void *ud, const char *el, const char **attr)
{
	struct meta *m = ud;
	const char *name = xlsx_local(el);

	(void)attr;
	if (strcmp(name, "si") == 0) {
		m->in_si = 1;
		m->tlen = 0;
	} else if (strcmp(name, "rPh") == 0)
		m->in_rph = 1;
	else if (strcmp(name, "t") == 0)
		m->in_t = 1;
}

static void
sst_end(void *ud, const char *el)
{
	struct meta *m = ud;
	struct xlsx *x = m->x;
	const char *name = xlsx_local(el);

	if (strcmp(name, "t") == 0)
		m->in_t = 0;
	else if (strcmp(name, "rPh") == 0)
		m->in_rph = 0;
	else if (strcmp(name, "si") == 0) {
		m->in_si = 0;
		x->sst = lt_realloc(x->sst, (x->nsst + 1) * sizeof(char *));
		x->sstlen = lt_realloc(x->sstlen, (x->nsst + 1) *
		    sizeof(size_t));
		x->sst[x->nsst] = lt_strndup(m->text ? m->text : "", m->tlen);
		x->sstlen[x->nsst++] = m->tlen;
	}
}

static void
sst_text(void *ud, const char *s, int len)
{
	struct meta *m = ud;

	if (!m->in_si || !m->in_t || m->in_rph)
		return;
	if (m->tlen + (size_t)len + 1 > m->tcap) {
		m->tcap = (m->tlen + (size_t)len + 1) * 2;
		m->text = lt_realloc(m->text, m->tcap);
	}
	memcpy(m->text + m->tlen, s, (size_t)len);
	m->tlen += (size_t)len;
}

static void
meta_free(struct meta *m)
{
	size_t i;

	rels_free(&m->rels);
	for (i = 0; i < m->nfmt; i++)
		free(m->fmt_code[i]);
	free(m->fmt_code);
	free(m->fmt_id);
	free(m->text);
	free(m->wb);
	free(m->part);
	if (m->rid)
		for (i = 0; i < m->x->b->nsheet; i++)
			free(m->rid[i]);
	free(m->rid);
	free(m);
}

void
xlsx_read_meta(struct xlsx *x)
{
	struct meta *m = lt_calloc(1, sizeof(*m));
	struct rel *r;
	char *slash;

	x->meta = m;
	m->x = x;
	xlsx_parse_part(x, "_rels/.rels", 0, rels_start, nop_end, nop_text,
	    m);
	r = rel_find(&m->rels, "/officeDocument", NULL);
	m->wb = part_name("", r ? r->target : "xl/workbook.xml");
	rels_free(&m->rels);
	read_sheets(m, m->wb);
	/* Styles and strings beside the workbook part. */
	slash = strrchr(m->wb, '/');
	m->wb[slash ? slash - m->wb + 1 : 0] = '\0';
	r = rel_find(&m->rels, "/styles", NULL);
	m->part = part_name(m->wb, r ? r->target : "styles.xml");
	xlsx_parse_part(x, m->part, 0, style_start, style_end, nop_text, m);
	free(m->part);
	r = rel_find(&m->rels, "/sharedStrings", NULL);
	m->part = part_name(m->wb, r ? r->target : "sharedStrings.xml");
	xlsx_parse_part(x, m->part, 0, sst_start, sst_end, sst_text, m);
	meta_free(m);
	x->meta = NULL;
}

void
xlsx_free_meta(struct xlsx *x)
{
	size_t i;

	if (x->meta)
		meta_free(x->meta);
	if (x->mp)
		XML_ParserFree(x->mp);
	free(x->mbuf);
	for (i = 0; i < x->nsst; i++)
		free(x->sst[i]);
	free(x->sst);
	free(x->sstlen);
	free(x->xfkind);
}
