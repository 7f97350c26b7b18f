/*
 * fuzz_reader - libFuzzer harness for lib/reader.c.  The input is fed to
 * two readers, one with the in-place split of quote-free lines and one
 * with libcsv alone, in pieces whose sizes come from the first byte;
 * both must give the same records (fields, line numbers) and the same
 * verdict.  A difference or a crash is a bug.
 */
#include <stdlib.h>
#include <string.h>

#include "litu.h"
#include "internal.h"

struct rec {
	size_t n;
	long line;
	char *bytes;	/* the fields, each followed by a NUL */
	size_t len;
};

static size_t
read_all(const uint8_t *data, size_t size, size_t piece, int fast,
    struct rec **out, int *err, long *errline)
{
	struct lt_csv *c = lt_csv_new(',');
	struct lt_record *r;
	size_t off = 0, n = 0, cap = 16, i;
	int rc;

	lt_csv_set_fast(c, fast);
	*out = malloc(cap * sizeof(**out));
	*err = 0;
	for (;;) {
		rc = lt_csv_next(c, &r);
		if (rc < 0) {
			lt_csv_error(c, errline, NULL);
			*err = 1;
			break;
		}
		if (rc == 0) {
			size_t room, take;
			char *space;

			if (off == size) {
				if (lt_csv_line(c) < 0)
					break;
				lt_csv_eof(c);
				rc = lt_csv_next(c, &r);
				if (rc < 0) {
					lt_csv_error(c, errline, NULL);
					*err = 1;
					break;
				}
				if (rc == 0)
					break;
			} else {
				space = lt_csv_space(c, piece, &room);
				take = size - off < piece ? size - off : piece;
				if (take > room)
					take = room;
				memcpy(space, data + off, take);
				lt_csv_fill(c, take);
				off += take;
				continue;
			}
		}
		if (n == cap)
			*out = realloc(*out, (cap *= 2) * sizeof(**out));
		(*out)[n].n = r->n;
		(*out)[n].line = r->line;
		(*out)[n].len = 0;
		for (i = 0; i < r->n; i++)
			(*out)[n].len += r->f[i].len + 1;
		(*out)[n].bytes = malloc((*out)[n].len + 1);
		{
			char *p = (*out)[n].bytes;

			for (i = 0; i < r->n; i++) {
				memcpy(p, r->f[i].s, r->f[i].len);
				p += r->f[i].len;
				*p++ = '\0';
			}
		}
		n++;
	}
	lt_csv_free(c);
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rec *a, *b;
	size_t na, nb, i, piece;
	int ea, eb;
	long la = 0, lb = 0;

	if (size == 0)
		return 0;
	piece = 1 + data[0] % 64;
	data++;
	size--;
	na = read_all(data, size, piece, 1, &a, &ea, &la);
	nb = read_all(data, size, 4096, 0, &b, &eb, &lb);
	if (ea != eb || (ea && la != lb))
		abort();
	if (!ea && na != nb)
		abort();
	for (i = 0; i < na && i < nb; i++) {
		if (a[i].n != b[i].n || a[i].line != b[i].line ||
		    a[i].len != b[i].len || memcmp(a[i].bytes, b[i].bytes,
		    a[i].len) != 0)
			abort();
	}
	for (i = 0; i < na; i++)
		free(a[i].bytes);
	for (i = 0; i < nb; i++)
		free(b[i].bytes);
	free(a);
	free(b);
	return 0;
}
