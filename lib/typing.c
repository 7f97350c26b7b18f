/*
 * typing.c - a record checked against the header and typed: its field
 * count, its bytes as UTF-8, every typed column as its type; the
 * message of a bad value names its column and quotes it.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The value, quoted for a message and cut when long. */
static void
quote_value(char *out, size_t size, const char *s, size_t len)
{
	size_t i, o = 0, bad;
	int utf8 = lt_utf8_valid(s, len, &bad);

	out[o++] = '"';
	for (i = 0; i < len && o + 8 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			out[o++] = '\\';
			out[o++] = (char)c;
		} else if (c < 0x20 || c == 0x7f || (c >= 0x80 && !utf8)) {
			o += (size_t)snprintf(out + o, size - o, "\\x%02x", c);
		} else {
			out[o++] = (char)c;
		}
	}
	if (i < len) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o++] = '"';
	out[o] = '\0';
}

void
lt_column_label(char *out, size_t size, const struct lt_header *h, size_t col)
{
	if (col >= h->n)
		snprintf(out, size, "column %zu", col + 1);
	else if (h->col[col].type == LT_STR)
		snprintf(out, size, "column '%s'", h->col[col].name);
	else
		snprintf(out, size, "column '%s:%s'", h->col[col].name,
		    lt_type_name(h->col[col].type));
}

int
lt_record_type(const struct lt_header *h, const struct lt_record *rec,
    struct lt_value *v, char *msg, size_t size)
{
	size_t i, bad;

	if (rec->n != h->n) {
		snprintf(msg, size, "row has %zu field%s, the header has %zu",
		    rec->n, rec->n == 1 ? "" : "s", h->n);
		return 0;
	}
	for (i = 0; i < rec->n; i++) {
		const char *s = rec->f[i].s;
		size_t len = rec->f[i].len;
		enum lt_status st;

		/* Typed values are ASCII by their syntax: only text needs
		 * the UTF-8 check. */
		if (!rec->checked && h->col[i].type == LT_STR &&
		    !lt_utf8_valid(s, len, &bad)) {
			char label[160];

			lt_column_label(label, sizeof(label), h, i);
			snprintf(msg, size, "%s: invalid UTF-8 (or a NUL byte) "
			    "at byte %zu of the field", label, bad + 1);
			return 0;
		}
		st = lt_parse_value(h->col[i].type, s, len, &v[i]);
		if (st == LT_EBAD || st == LT_ERANGE) {
			char label[160], value[96];

			lt_column_label(label, sizeof(label), h, i);
			quote_value(value, sizeof(value), s, len);
			snprintf(msg, size, "%s: %s %s", label, value,
			    st == LT_ERANGE ? (h->col[i].type == LT_INT ?
			    "is out of range for a 64-bit integer" :
			    "is out of range for a number") :
			    h->col[i].type == LT_INT ? "is not an integer" :
			    h->col[i].type == LT_NUM ? "is not a number" :
			    h->col[i].type == LT_BOOL ? "is not true or false" :
			    "is not a division code (2, 4, 6, 9 or 12 digits)");
			return 0;
		}
	}
	return 1;
}
