/*
 * source.c - one input of parse-census, as records: a CSV or TSV
 * export through the lib's raw reader (read ahead in a thread: the
 * fast path, untouched), or a workbook, known by its first bytes as
 * gzip is (PK\3\4: .xlsx; D0 CF 11 E0 A1 B1 1A E1: .xls), whose sheet
 * (--sheet) or worksheets (--all-sheets) are tables in turn.  A
 * workbook must be read from a file that can seek: one on standard
 * input (or gzipped) is copied to a temporary file first, unlinked at
 * once so that nothing is left behind.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "source.h"

enum format { F_CSV, F_XLSX, F_XLS };

struct pc_source {
	struct lt_raw *raw;		/* CSV; NULL for a workbook */
	struct pc_book book;
	const char *sheet;		/* --sheet */
	int all;			/* --all-sheets */
	int tables;			/* tables started */
	int spool_fd;
	uint64_t size;
};

static const unsigned char zip_magic[4] = { 'P', 'K', 3, 4 };
static const unsigned char ole_magic[8] = {
	0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1
};

static enum format
format_of(const char *s, size_t len)
{
	if (len >= 4 && memcmp(s, zip_magic, 4) == 0)
		return F_XLSX;
	if (len >= 8 && memcmp(s, ole_magic, 8) == 0)
		return F_XLS;
	return F_CSV;
}

/* Is the file itself (not its gunzipped bytes) the workbook? */
static int
file_is(const char *path, enum format fmt)
{
	char head[8];
	size_t n = 0;
	FILE *fp;

	if (strcmp(path, "-") == 0 || (fp = fopen(path, "rb")) == NULL)
		return 0;
	n = fread(head, 1, sizeof(head), fp);
	fclose(fp);
	return format_of(head, n) == fmt;
}

/* The path to read the workbook from: its own, or a temporary copy. */
static const char *
workbook_path(struct pc_source *s, const char *path, enum format fmt,
    char *buf, size_t size)
{
	const char *dir = getenv("TMPDIR");
	char tmpl[4096];
	off_t end;

	if (file_is(path, fmt)) {
		struct stat st;

		lt_raw_close(s->raw);
		s->raw = NULL;
		if (stat(path, &st) == 0)
			s->size = (uint64_t)st.st_size;
		return path;
	}
	snprintf(tmpl, sizeof(tmpl), "%s/parse-census.XXXXXX",
	    dir && *dir ? dir : "/tmp");
	if ((s->spool_fd = mkstemp(tmpl)) < 0)
		lt_die(LT_EXIT_IO, "cannot make a temporary file in %s for "
		    "the workbook on %s:", dir && *dir ? dir : "/tmp",
		    lt_raw_name(s->raw));
	unlink(tmpl);
	lt_raw_spool(s->raw, s->spool_fd);
	lt_raw_close(s->raw);
	s->raw = NULL;
	if ((end = lseek(s->spool_fd, 0, SEEK_END)) > 0)
		s->size = (uint64_t)end;
	snprintf(buf, size, "/dev/fd/%d", s->spool_fd);
	return buf;
}

struct pc_source *
src_open(const char *path, enum lt_enc enc, const char *sheet, int all)
{
	struct pc_source *s = lt_calloc(1, sizeof(*s));
	const char *head, *file;
	char fdpath[64];
	enum format fmt;
	size_t n;

	s->raw = lt_raw_open(path, enc, 0);
	s->spool_fd = -1;
	s->sheet = sheet;
	s->all = all;
	head = lt_raw_head(s->raw, &n);
	if ((fmt = format_of(head, n)) == F_CSV) {
		lt_raw_ahead(s->raw);
		return s;
	}
	s->book.path = path;
	s->book.fname = lt_strdup(lt_raw_name(s->raw));
	file = workbook_path(s, path, fmt, fdpath, sizeof(fdpath));
	if (fmt == F_XLSX)
		xlsx_open(&s->book, file);
	else
		xls_open(&s->book, file);
	return s;
}

/* Say how many error cells the sheet read had. */
static void
sheet_end(struct pc_book *b)
{
	if (b->errors > 0)
		lt_warn("%s: %ld error cell%s (#N/A, #DIV/0!, ...) read as "
		    "empty, the first at %s", b->tablename, b->errors,
		    b->errors == 1 ? "" : "s", b->first_error);
	b->errors = 0;
}

int
src_table(struct pc_source *s, const char **fname, const char **sheet)
{
	struct pc_book *b = &s->book;
	size_t i;

	if (s->raw) {
		*fname = lt_raw_name(s->raw);
		*sheet = NULL;
		return s->tables++ == 0;
	}
	if (s->tables > 0)
		sheet_end(b);
	if (!s->all) {
		if (s->tables++ > 0)
			return 0;
		i = book_pick(b, s->sheet);
	} else {
		i = s->tables == 0 ? 0 : b->cur + 1;
		while (i < b->nsheet && !b->sheet[i].worksheet)
			i++;
		if (i == b->nsheet) {
			if (s->tables == 0)
				(void)book_pick(b, NULL);
			return 0;
		}
		s->tables++;
	}
	book_sheet(b, i);
	*fname = b->tablename;
	*sheet = b->sheet[i].name;
	return 1;
}

int
src_next(struct pc_source *s, struct lt_record **rec)
{
	if (s->raw)
		return lt_raw_next(s->raw, rec);
	return book_next(&s->book, rec);
}

struct lt_csv *
src_csv(struct pc_source *s)
{
	return s->raw ? lt_raw_csv(s->raw) : NULL;
}

uint64_t
src_bytes(const struct pc_source *s)
{
	return s->raw ? lt_raw_bytes(s->raw) : s->size;
}

void
src_close(struct pc_source *s)
{
	if (s->raw)
		lt_raw_close(s->raw);
	else {
		sheet_end(&s->book);
		book_free(&s->book);
		free((char *)s->book.fname);
	}
	if (s->spool_fd >= 0)
		close(s->spool_fd);
	free(s);
}
