/*
 * parse.c - one input from start to end: the lines before the header,
 * the header, the rows, the notes; and the state that lasts across
 * inputs.
 */
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "headrows.h"

struct pc_opt opt;
struct pc_run run;

/* The rejects file names the columns as they were read. */
static void
open_rejects(struct file *f)
{
	const char **names;
	size_t i;

	if (!run.cli.rejects_path || run.rej)
		return;
	names = lt_calloc(f->ncol + 1, sizeof(*names));
	for (i = 0; i < f->ncol; i++)
		names[i] = f->col[i].name;
	run.rej = lt_rejects_open(run.cli.rejects_path, names, f->ncol);
	free(names);
}

static void
free_file(struct file *f)
{
	size_t i, k;

	for (i = 0; i < f->ncol; i++) {
		free(f->col[i].name);
		free(f->col[i].label);
	}
	for (i = 0; i < f->noc; i++)
		free(f->oc[i].name);
	for (k = 0; k < f->nind; k++) {
		for (i = 0; i < f->nyears; i++)
			free(f->ind_val[k][i]);
		free(f->ind_val[k]);
		free(f->ind_why[k]);
		free(f->ind_name[k]);
		free(f->ind_label[k]);
	}
	free(f->ind_label);
	for (k = 0; k < f->nsub; k++) {
		if (f->subs)
			free(f->subs[k]);
		if (f->wcols) {
			free(f->wcols[k].label);
			free(f->wcols[k].name);
		}
	}
	free(f->subs);
	free(f->sub);
	free(f->wcols);
	free(f->ind_name);
	free(f->ind_type);
	free(f->ind_val);
	free(f->ind_why);
	free(f->col);
	if (f->colidx)
		lt_hash_free(f->colidx);
	free(f->oc);
	free(f->okey);
	free(f->cells);
	free(f->years);
	free(f->order);
	free(f->title);
	free(f->region);
	free(f->indicator);
	free(f->rp_name);
}

/* A copy of a record that must outlive the reader's next one. */
static struct lt_record *
rec_copy(const struct lt_record *rec)
{
	struct lt_record *c = lt_calloc(1, sizeof(*c));
	size_t i;

	*c = *rec;
	c->f = lt_calloc(rec->n + 1, sizeof(*c->f));
	for (i = 0; i < rec->n; i++) {
		c->f[i].s = lt_strndup(rec->f[i].s, rec->f[i].len);
		c->f[i].len = rec->f[i].len;
	}
	return c;
}

static void
rec_free(struct lt_record *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		free(c->f[i].s);
	free(c->f);
	free(c);
}

/* The header is rec: wide or not, its columns mapped, the output
 * planned. */
static void
start_table(struct file *f, const struct lt_record *rec)
{
	if ((f->wide = wide_kind(f, rec)) != 0) {
		f->header_line = rec->line;
		sort_years(f, rec->n);
	}
	read_header(f, rec->f, rec->n, rec->line);
	open_rejects(f);
}

/* The header's rows are read: the table starts. */
static void
header_done(struct file *f)
{
	struct lt_record *h = hr_joined(f);

	start_table(f, h);
	hr_free(f, h);
}

/*
 * A line before the table: 1 when it is not the header.  A header of
 * no known label is held (*held) until the next line that is not blank
 * tells whether it was a title split at an ASCII comma (issue 17).
 */
static int
before_table(struct file *f, struct lt_record *rec, long nrec,
    struct lt_record **held)
{
	if (*held) {
		if (is_blank(rec))
			return 1;
		if (pc_hr_continues(*held, rec) || !title_like(f, *held,
		    rec)) {
			hr_begin(f, *held);
			rec_free(*held);
			*held = NULL;
			return 0;
		}
		take_title(f, *held);
		rec_free(*held);
		*held = NULL;
	}
	if (preamble(f, rec, nrec <= opt.skip))
		return 1;
	if (unknown_header(f, rec)) {
		*held = rec_copy(rec);
		return 1;
	}
	hr_begin(f, rec);
	return 2;
}

/*
 * A record the CSV reader refused: fatal before the header or without
 * --rejects, else its raw line goes to the rejects and the table goes on.
 */
static void
bad_record(struct file *f, int have_header)
{
	long line;
	size_t field;
	const char *msg = lt_csv_error(src_csv(f->src), &line, &field);
	struct lt_field raw;
	const char *s;

	if (f->hrows)
		header_done(f);
	if (!have_header || !run.rej)
		lt_die(LT_EXIT_DATA, "%s:%ld: %s", f->fname, line, msg);
	lt_csv_recover(src_csv(f->src), &s, &raw.len);
	raw.s = (char *)s;
	run.rows_read++;
	reject(f, line, &raw, 1, "%s", msg);
}

/* The table's end: a header still open, the codes' summary, the lines
 * dropped around the table. */
static void
table_end(struct file *f)
{
	if (f->hrows)
		header_done(f);
	if (f->wide == 1)
		wide_ind_end(f);
	file_codes_end(f);
	if (f->before > 0 || f->notes > 0) {
		char where[64];

		if (f->header_last > f->header_line)
			snprintf(where, sizeof(where), "lines %ld-%ld",
			    f->header_line, f->header_last);
		else
			snprintf(where, sizeof(where), "line %ld",
			    f->header_line);
		lt_warn("%s: header on %s; %ld line%s before it and %ld "
		    "note line%s after the table dropped", f->fname, where,
		    f->before, f->before == 1 ? "" : "s", f->notes,
		    f->notes == 1 ? "" : "s");
	}
	run.done_mb += (double)src_bytes(f->src) / 1e6;
	free_file(f);
}

/* One table: a CSV input, or a workbook's sheet. */
static void
parse_table(struct pc_source *src, const char *fname, const char *sheet)
{
	struct file f;
	struct lt_record *rec, *held = NULL;
	long nrec = 0;
	int rc, english = 0, have_header = 0;

	memset(&f, 0, sizeof(f));
	f.src = src;
	run.sheet = sheet;
	if (run.cli.header_spec) {
		spec_header(&f);
		have_header = 1;
	}
	f.fname = fname;
	while ((rc = src_next(f.src, &rec)) != 0) {
		if (rc < 0) {
			bad_record(&f, have_header);
			continue;
		}
		/* --skip N with --header: the first N lines go. */
		if (++nrec <= opt.skip && run.cli.header_spec)
			continue;
		if (!have_header) {
			int b = before_table(&f, rec, nrec, &held);

			if (b == 1)
				continue;
			have_header = 1;
			english = 1;
			if (b == 2)
				continue;
		}
		if (f.hrows) {
			if (hr_more(&f, rec))
				continue;
			header_done(&f);
		}
		if (not_data(&f, rec, &english))
			continue;
		if ((++run.rows_read & 4095) == 0 && run.prog.on)
			lt_progress_show(&run.prog, run.rows_read, run.done_mb +
			    (double)src_bytes(f.src) / 1e6, 0);
		/* Wide tables too: a value past the years or a year
		 * missing is no row to pad or cut. */
		if (ragged(&f, rec))
			continue;
		if (f.wide == 1)
			wide_ind_row(&f, rec);
		else if (f.wide == 2)
			wide_reg_row(&f, rec);
		else
			table_row(&f, rec);
	}
	if (held) {
		hr_begin(&f, held);
		rec_free(held);
	}
	table_end(&f);
}

void
parse_file(const char *path)
{
	struct pc_source *src = src_open(path, opt.enc, opt.sheet,
	    opt.all_sheets);
	const char *fname, *sheet;

	while (src_table(src, &fname, &sheet))
		parse_table(src, fname, sheet);
	src_close(src);
}

void
parse_end(void)
{
	lt_progress_show(&run.prog, run.rows_read, run.done_mb, 1);
	lt_rejects_close(run.rej, run.rows_read);
	if (run.listed > 10)
		lt_warn("%ld more division notes like those above, not listed",
		    run.listed - 10);
	lt_out_close(run.out);
	pc_div_free(opt.div);
	free(run.arena.s);
	free(run.first_header);
}
