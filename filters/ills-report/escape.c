/*
 * escape.c - text for the reports: data text escaped for HTML and
 * Markdown, names clipped for chart labels, numbers for people and the
 * colour of a score.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ills.h"

size_t
ills_escape_html(char *dst, const char *s, size_t len)
{
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		const char *e = NULL;

		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		}
		if (e) {
			memcpy(dst + o, e, strlen(e));
			o += strlen(e);
		} else {
			dst[o++] = s[i];
		}
	}
	return o;
}

/* A backslash before the punctuation that Markdown (CommonMark and
 * the code hosts' tables) would read as markup; line breaks become
 * spaces, as a table cell is one line. */
size_t
ills_escape_md(char *dst, const char *s, size_t len)
{
	static const char special[] = "\\`*_[]<>|#!~&";
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n' || s[i] == '\r') {
			dst[o++] = ' ';
			continue;
		}
		if (s[i] != '\0' && strchr(special, s[i]))
			dst[o++] = '\\';
		dst[o++] = s[i];
	}
	return o;
}

size_t
ills_clip_utf8(char *dst, const char *s, size_t len, size_t max)
{
	size_t i, chars = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && chars++ == max)
			break;
	if (i == len) {
		memcpy(dst, s, len);
		return len;
	}
	/* Room for the ellipsis: cut one more character. */
	while (i > 0 && ((unsigned char)s[--i] & 0xc0) == 0x80)
		;
	memcpy(dst, s, i);
	memcpy(dst + i, "\xe2\x80\xa6", 3);
	return i + 3;
}

size_t
ills_fmt_human(char *buf, double v)
{
	if (isnan(v))
		return (size_t)snprintf(buf, 40, "NA");
	if (v == 0)
		v = 0;	/* no "-0" */
	if (fabs(v) >= 1000)
		return (size_t)snprintf(buf, 40, "%.0f", v);
	return (size_t)snprintf(buf, 40, "%.3g", v);
}

void
ills_color(char buf[8], double score)
{
	/* Green (26,152,80) to yellow (254,224,139) to red (215,48,39):
	 * ColorBrewer's RdYlGn ends and middle. */
	static const int stop[3][3] = {
		{ 26, 152, 80 }, { 254, 224, 139 }, { 215, 48, 39 }
	};
	const int *a, *b;
	double t;
	int rgb[3], i;

	if (isnan(score)) {
		snprintf(buf, 8, "#d9d9d9");
		return;
	}
	if (score < 0.5) {
		a = stop[0];
		b = stop[1];
		t = score * 2;
	} else {
		a = stop[1];
		b = stop[2];
		t = (score - 0.5) * 2;
	}
	for (i = 0; i < 3; i++)
		rgb[i] = (int)lround(a[i] + (b[i] - a[i]) * t);
	snprintf(buf, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
}
