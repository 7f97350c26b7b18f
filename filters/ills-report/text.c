/*
 * text.c - text for people, shared by the Markdown and HTML writers:
 * raw text, data text escaped for the format, numbers and scores, and
 * the sentence that says what the report covers.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Names longer than this are clipped in charts (whole in tables). */

void
text_put(struct lt_out *o, const char *s)
{
	lt_out_bytes(o, s, strlen(s));
}

void
text_putf(struct lt_out *o, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		lt_out_bytes(o, buf, (size_t)n < sizeof(buf) ? (size_t)n :
		    sizeof(buf) - 1);
}

/* Data text, escaped for the format. */
void
text_esc(struct lt_out *o, enum format f, const char *s, size_t len)
{
	char small[512], *buf = small;
	size_t n;

	if (ILLS_ESC_MAX(len) > sizeof(small))
		buf = lt_malloc(ILLS_ESC_MAX(len));
	n = f == FORMAT_HTML ? ills_escape_html(buf, s, len) :
	    ills_escape_md(buf, s, len);
	lt_out_bytes(o, buf, n);
	if (buf != small)
		free(buf);
}

/* A name clipped for a chart label, HTML-escaped. */
void
text_label(struct lt_out *o, const char *s, size_t len)
{
	char *buf = lt_malloc(len + 4);
	size_t n = ills_clip_utf8(buf, s, len, LABEL_CHARS);

	text_esc(o, FORMAT_HTML, buf, n);
	free(buf);
}

void
text_num(struct lt_out *o, double v)
{
	char buf[40];

	lt_out_bytes(o, buf, ills_fmt_human(buf, v));
}

void
text_score(struct lt_out *o, double s)
{
	if (isnan(s))
		text_put(o, "NA");
	else
		text_putf(o, "%.2f", s);
}

/* An indicator's name for people: words for the underscores, and the
 * abbreviations spelt out (tv_employment_share: "TV employment
 * share", wastewater_per_km2: "wastewater per km²"). */
void
text_indicator(struct lt_out *o, const char *name)
{
	static const struct {
		const char *word, *text;
	} words[] = {
		{ "tv", "TV" }, { "tve", "TVE" }, { "10k", "10,000" },
		{ "km2", "km\xc2\xb2" }, { "nonfarm", "non-farm" }
	};
	const char *p = name;

	while (*p) {
		size_t n = strcspn(p, "_"), i;

		for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
			if (strlen(words[i].word) == n &&
			    memcmp(words[i].word, p, n) == 0)
				break;
		if (i < sizeof(words) / sizeof(words[0]))
			text_put(o, words[i].text);
		else
			lt_out_bytes(o, p, n);
		p += n;
		if (*p == '_') {
			text_put(o, " ");
			p++;
		}
	}
}

const char *
text_level(enum level l)
{
	return l == LEVEL_NA ? "NA" : ills_level_name(l);
}

/* Counts for the heading: regions covered and their years. */
struct cover {
	size_t regions;
	int64_t first, last;
};

static struct cover
covered(const struct report *rep)
{
	struct cover c = { 0, 0, 0 };
	size_t k;

	for (k = 0; k < rep->nrec; k++) {
		const struct rec *rc = &rep->rec[k];

		if (!rc->sel)
			continue;
		if (c.regions == 0 || rc->year < c.first)
			c.first = rc->year;
		if (c.regions == 0 || rc->year > c.last)
			c.last = rc->year;
		c.regions++;
	}
	return c;
}

/* Is record r in the summary?  With --level or --top, when one of its
 * ills passes them. */
int
report_in_summary(const struct report *rep, uint32_t r)
{
	const struct rec *rc = &rep->rec[r];

	if (!rc->sel)
		return 0;
	if (rep->min_level == LEVEL_NA && rep->top == 0)
		return 1;
	return rc->show != 0;
}

void
text_scope(struct lt_out *o, const struct report *rep)
{
	struct cover c = covered(rep);

	text_putf(o, "%zu region-year%s", c.regions, c.regions == 1 ? "" : "s");
	if (!rep->has_year)
		text_put(o, " (no year column)");
	else if (rep->year_given)
		text_putf(o, ", year %lld", (long long)rep->year);
	else if (c.regions > 0 && c.first == c.last)
		text_putf(o, ", each region's latest year: %lld",
		    (long long)c.last);
	else if (c.regions > 0)
		text_putf(o, ", each region's latest year (%lld to %lld)",
		    (long long)c.first, (long long)c.last);
	if (rep->min_level != LEVEL_NA)
		text_putf(o, "; regions with an ill at level %s or worse",
		    ills_level_name(rep->min_level));
	if (rep->top)
		text_putf(o, "; the %ld worst per ill", rep->top);
	text_put(o, ".");
}

/* Where the data come from, and the options that shape the scores. */
void
text_source(struct lt_out *o, enum format f, const struct report *rep)
{
	char floor[LT_NUMBUF];

	lt_fmt_num(floor, rep->floor);
	text_put(o, "Data: ");
	text_esc(o, f, rep->source, strlen(rep->source));
	text_putf(o, ". Industry ills are NA where TVE jobs are below %s of "
	    "rural labour (the industry floor); a relative indicator compares "
	    "a region with the regions of its level and year in its %s.",
	    floor, lt_level_name(rep->peers));
}
