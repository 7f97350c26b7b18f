/*
 * fuzz_workbook - libFuzzer harness for parse-census's workbook readers
 * (.xlsx: minizip, expat; .xls: FreeXL).  The bytes are written to a
 * file, read as the workbook their first bytes say (as source.c does),
 * and every worksheet is read to its end, every field of every record
 * touched.  A bad workbook must get a verdict (lt_die, caught here
 * through lt_atdie and longjmp, everything freed by book_free) and
 * never a crash, a hang or a leak.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "litu.h"
#include "source.h"

/* FreeXL's own over-read is not this harness's finding (the file says
 * why); the Makefile gives its absolute path. */
#ifndef FUZZ_SUPP
#define FUZZ_SUPP "tests/fuzz/freexl.supp"
#endif
const char *__asan_default_options(void);

const char *
__asan_default_options(void)
{
	return "suppressions=" FUZZ_SUPP;
}

/* FreeXL 1.0.6 also leaks a block on some BIFF files it opens and
 * closes without error (freexl_open and freexl_close alone do). */
const char *__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void)
{
	return "leak:libfreexl.so.1\n";
}

static jmp_buf died;
static char path[64];

static void
on_die(void)
{
	longjmp(died, 1);
}

static void
read_book(struct pc_book *b, int xlsx)
{
	struct lt_record *rec;
	size_t i, k, sum = 0;

	if (xlsx)
		xlsx_open(b, path);
	else
		xls_open(b, path);
	for (i = 0; i < b->nsheet; i++) {
		if (!b->sheet[i].worksheet)
			continue;
		book_sheet(b, i);
		while (book_next(b, &rec))
			for (k = 0; k < rec->n; k++)
				sum += rec->f[k].len + (unsigned char)(rec->f[k].len ?
				    rec->f[k].s[rec->f[k].len - 1] : 0);
	}
	if (sum == 1)
		fputc('\0', stderr);	/* keep the loop */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct pc_book b;
	FILE *fp;
	volatile int xlsx;

	if (size < 8)
		return 0;
	if (memcmp(data, "PK\3\4", 4) == 0)
		xlsx = 1;
	else if (memcmp(data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
		xlsx = 0;
	else
		return 0;
	if (path[0] == '\0') {
		int fd;

		snprintf(path, sizeof(path), "/tmp/fuzz_workbook.XXXXXX");
		if ((fd = mkstemp(path)) < 0)
			abort();
		close(fd);
		lt_atdie(on_die);
	}
	if ((fp = fopen(path, "wb")) == NULL)
		abort();
	fwrite(data, 1, size, fp);
	fclose(fp);
	memset(&b, 0, sizeof(b));
	b.path = path;
	b.fname = "fuzz";
	if (setjmp(died) == 0)
		read_book(&b, xlsx);
	book_free(&b);
	return 0;
}
