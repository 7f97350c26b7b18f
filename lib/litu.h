/*
 * litu.h - the one header of the litu library: typed CSV in and out,
 * values and NA, errors and exit codes, the field dictionary and
 * division codes.  One section per source file of lib/; what filters
 * must not call (the pool, the read-ahead thread, test hooks) is in
 * lib/internal.h.
 */
#ifndef LITU_H
#define LITU_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <stdio.h>

#define LT_VERSION "0.1.0"

/* error.c: exit codes, messages, allocation that cannot fail */

enum {
	LT_EXIT_OK = 0,
	LT_EXIT_USAGE = 64,	/* EX_USAGE */
	LT_EXIT_DATA = 65,	/* EX_DATAERR */
	LT_EXIT_NOINPUT = 66,	/* EX_NOINPUT */
	LT_EXIT_IO = 74		/* EX_IOERR */
};

extern const char *lt_prog;
/* Standard output was closed when the program started. */
extern int lt_stdout_closed;

/* Name the program after argv[0]'s last part (getopt's messages too);
 * open a closed standard stream on /dev/null. */
void lt_setprog(char **argv);
/* Print "prog: message" and exit with status; a format ending in ':'
 * gets ": strerror(errno)" appended, as in sbase's eprintf. */
void lt_die(int status, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 2, 3)));
void lt_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Called by lt_die before exiting (removes the temporary -o file). */
void lt_atdie(void (*fn)(void));
void *lt_malloc(size_t n);
void *lt_calloc(size_t n, size_t size);
void *lt_realloc(void *p, size_t n);
char *lt_strdup(const char *s);
char *lt_strndup(const char *s, size_t n);

/* value.c: types, and values parsed from text */

enum lt_type { LT_STR, LT_INT, LT_NUM, LT_BOOL, LT_CODE, LT_NTYPES };

enum lt_status {
	LT_OK = 0,
	LT_NA,		/* empty field: a missing value */
	LT_EBAD,	/* not a value of the type */
	LT_ERANGE	/* an integer outside int64 */
};

struct lt_value {
	unsigned char na;	/* 1 when missing */
	unsigned char type;	/* enum lt_type */
	union {
		int64_t i;
		double d;
		int b;
		struct {
			const char *s;
			size_t len;
		} str;
	} u;
};

const char *lt_type_name(enum lt_type t);
int lt_type_parse(const char *s, size_t len, enum lt_type *t);
/* What a value of the type must look like, for messages: "an integer". */
const char *lt_type_expect(enum lt_type t);

enum lt_status lt_parse_int(const char *s, size_t len, int64_t *out);
enum lt_status lt_parse_num(const char *s, size_t len, double *out);
enum lt_status lt_parse_bool(const char *s, size_t len, int *out);
enum lt_status lt_parse_code(const char *s, size_t len);
/* Parse s as the type into v (which keeps pointers into s for str and
 * code). */
enum lt_status lt_parse_value(enum lt_type t, const char *s, size_t len,
    struct lt_value *v);

/* a / b, NaN (NA) when b is 0 or either is NaN: every ratio of the
 * filters. */
static inline double
lt_ratio(double a, double b)
{
	if (b == 0 || b != b || a != a)
		return 0.0 / 0.0;
	return a / b;
}

static inline struct lt_value
lt_na(void)
{
	struct lt_value v = { 1, LT_NUM, { 0 } };

	return v;
}

static inline struct lt_value
lt_num(double d)
{
	struct lt_value v = { 0, LT_NUM, { 0 } };

	v.u.d = d;
	return v;
}

static inline struct lt_value
lt_int(int64_t i)
{
	struct lt_value v = { 0, LT_INT, { 0 } };

	v.u.i = i;
	return v;
}

static inline struct lt_value
lt_bool(int b)
{
	struct lt_value v = { 0, LT_BOOL, { 0 } };

	v.u.b = b != 0;
	return v;
}

static inline struct lt_value
lt_str(const char *s, size_t len)
{
	struct lt_value v = { 0, LT_STR, { 0 } };

	v.u.str.s = s;
	v.u.str.len = len;
	v.na = len == 0;
	return v;
}

/* numfmt.c: numbers as text (C locale) */

/* Format into buf (at least LT_NUMBUF bytes); return the length. */
#define LT_NUMBUF 40
size_t lt_fmt_int(char *buf, int64_t v);
/* The shortest decimal that reads back to the same double. */
size_t lt_fmt_num(char *buf, double v);

/* micro.c: exact decimal sums, a value in millionths rounded half away
 * from zero from its decimal text (docs/design.md section 11; tcsv(5)) */

__extension__ typedef __int128 lt_micro;
__extension__ typedef unsigned __int128 lt_umicro;
enum lt_status lt_parse_micro(const char *s, size_t len, lt_micro *out);
size_t lt_fmt_micro(char *buf, lt_micro v);
double lt_micro_to_num(lt_micro v);

/* utf8.c: text checks */

/* Checks that s holds valid UTF-8 and no NUL byte; on failure sets
 * *bad to the offset of the first offending byte and returns 0. */
int lt_utf8_valid(const char *s, size_t len, size_t *bad);
/* The same for a block of a stream: 1 when valid, *whole the length
 * that ends on a whole character (a cut one may follow); 0 with *bad
 * the offset of the first bad byte. */
int lt_utf8_check(const char *s, size_t len, size_t *whole, size_t *bad);
/* The length of the character at s: 0 when invalid (or NUL), -1 when
 * cut short by the end of s. */
int lt_utf8_char(const unsigned char *s, size_t len);

/* fields.c: the dictionary of canonical fields */

struct lt_fielddef {
	const char *name;
	enum lt_type type;
	const char *unit;	/* base unit, "" when none */
	const char *meaning;
	const char *labels;	/* Chinese labels, separated by '|' */
};

extern const struct lt_fielddef lt_fields[];
extern const size_t lt_nfields;
const struct lt_fielddef *lt_field_find(const char *name);
const struct lt_fielddef *lt_field_find_n(const char *name, size_t len);
/* A field of the dictionary that adds up over regions: an int or num
 * counted in persons, households, units, km2, ha, yuan or t (what absorb
 * --level and ills-report's county maps sum). */
int lt_field_is_count(const char *name);

/* division.c: statistical division codes */

enum lt_level {
	LT_LEVEL_NONE = -1,
	LT_LEVEL_PROVINCE,	/* 2 digits */
	LT_LEVEL_PREFECTURE,	/* 4 */
	LT_LEVEL_COUNTY,	/* 6 */
	LT_LEVEL_TOWNSHIP,	/* 9 */
	LT_LEVEL_VILLAGE	/* 12 */
};

int lt_code_valid(const char *s, size_t len);
enum lt_level lt_code_level(const char *s, size_t len);
size_t lt_level_digits(enum lt_level l);
const char *lt_level_name(enum lt_level l);
enum lt_level lt_level_parse(const char *s);
/* The prefix of code at level: its length, or 0 when the code is
 * shorter than the level. */
size_t lt_code_prefix(const char *s, size_t len, enum lt_level l);
/* The length of a code without the padding of a longer form: 320000
 * is 32, 320412100000 is 320412100. */
size_t lt_code_canon(const char *s, size_t len);

/* cli.c: the options every filter shares */

struct lt_cli {
	const char *usage;	/* the SYNOPSIS, without "usage: prog " */
	const char *help;	/* the filter's own option lines */
	int plain;
	int excel_safe;		/* --excel-safe: no formulas in cells */
	int progress;		/* -1: automatic */
	const char *header_spec;
	const char *rejects_path;
	const char *out_path;
	/* Set by a filter before lt_in_open: the header line may come
	 * again in the input (as when GNU parallel jobs each write one);
	 * such a line is skipped, and one that differs is an error. */
	int repeated_headers;
};

enum {
	LT_OPT_HELP = 0x100,
	LT_OPT_VERSION,
	LT_OPT_PLAIN,
	LT_OPT_HEADER,
	LT_OPT_REJECTS,
	LT_OPT_PROGRESS,
	LT_OPT_NO_PROGRESS,
	LT_OPT_EXCEL_SAFE,
	LT_OPT_FILTER		/* first value free for a filter's own */
};

/* The shared long options, to put first in a filter's option table. */
#define LT_LONGOPTS \
	{ "help", no_argument, NULL, LT_OPT_HELP }, \
	{ "version", no_argument, NULL, LT_OPT_VERSION }, \
	{ "plain", no_argument, NULL, LT_OPT_PLAIN }, \
	{ "header", required_argument, NULL, LT_OPT_HEADER }, \
	{ "rejects", required_argument, NULL, LT_OPT_REJECTS }, \
	{ "progress", no_argument, NULL, LT_OPT_PROGRESS }, \
	{ "no-progress", no_argument, NULL, LT_OPT_NO_PROGRESS }, \
	{ "excel-safe", no_argument, NULL, LT_OPT_EXCEL_SAFE }, \
	{ "output", required_argument, NULL, 'o' }
#define LT_SHORTOPTS "o:"

void lt_cli_init(struct lt_cli *cli, const char *usage, const char *help);
/* Handle a shared option; returns 0 when c is not one.  --help and
 * --version print and exit 0; '?' prints usage and exits 64. */
int lt_cli_option(struct lt_cli *cli, int c, const char *arg);
void lt_usage(const struct lt_cli *cli) __attribute__((noreturn));
void lt_help(const struct lt_cli *cli) __attribute__((noreturn));
/* A bad option value: "prog: option OPT: "ARG" is not EXPECTED", the
 * usage line, exit 64 (every filter says it so). */
void lt_opt_bad(const char *opt, const char *arg, const char *expected)
    __attribute__((noreturn));
/* Parse a number option or exit 64 naming it (lt_opt_bad). */
double lt_opt_num(const char *opt, const char *arg, double min, double max);
int64_t lt_opt_int(const char *opt, const char *arg, int64_t min,
    int64_t max);

/* reader.c: records from CSV bytes (libcsv, strict) */

struct lt_field {
	char *s;		/* NUL-terminated */
	size_t len;
};

struct lt_record {
	struct lt_field *f;
	size_t n;
	long line;		/* where the record starts, from 1 */
	int quoted;		/* some field may need quoting on output */
	int checked;		/* known to be ASCII: no UTF-8 check needed */
};

struct lt_csv;

/* delim is ',' for CSV, '\t' for TSV. */
struct lt_csv *lt_csv_new(unsigned char delim);
void lt_csv_free(struct lt_csv *c);
/* Next record from bytes pushed in with lt_csv_feed; the record stays
 * valid until the next call.  Returns 1 with *rec set, 0 when more
 * bytes are needed (or at the end), -1 on a syntax error (message in
 * lt_csv_error, line in *line). */
int lt_csv_next(struct lt_csv *c, struct lt_record **rec);
/* Input bytes: lt_csv_space gives room for at least want bytes, and
 * lt_csv_fill says how many were put there; lt_csv_eof marks the end. */
char *lt_csv_space(struct lt_csv *c, size_t want, size_t *room);
void lt_csv_fill(struct lt_csv *c, size_t n);
void lt_csv_eof(struct lt_csv *c);
const char *lt_csv_error(const struct lt_csv *c, long *line,
    size_t *field);
/* Lines consumed so far. */
long lt_csv_line(const struct lt_csv *c);
/* Bytes fed and not yet read into records: a line longer than
 * LT_LINE_MAX of NUL bytes is not text (/dev/zero). */
size_t lt_csv_pending(const struct lt_csv *c);
#define LT_LINE_MAX (64 << 20)
/* Lines that end in CR alone (old Macs, the first block has no LF)
 * are made to end in LF. */
void lt_cr_to_lf(char *s, size_t n);
/* Skip the rest of a record that failed to parse, to go on with
 * --rejects; the raw text of its lines is in *raw. */
void lt_csv_recover(struct lt_csv *c, const char **raw, size_t *len);

/* src.c: the bytes of one input, gunzipped when they are gzip */

struct lt_src;

/* "-" is stdin; a file that cannot be opened exits 66. */
struct lt_src *lt_src_open(const char *path);
/* Up to size bytes into buf; 0 at the end.  Read errors exit 74,
 * corrupt or truncated gzip 65. */
size_t lt_src_read(struct lt_src *s, void *buf, size_t size);
const char *lt_src_name(const struct lt_src *s);
/* What messages call stdin: $LITU_STDIN_NAME when set and not empty
 * (a pipeline that feeds a file through a pipe names it so), else
 * "<stdin>". */
const char *lt_stdin_name(void);
/* Raw (compressed) bytes read so far, for progress. */
uint64_t lt_src_consumed(const struct lt_src *s);
void lt_src_close(struct lt_src *s);
/* Before any output is written: exit 66 naming the first file that
 * cannot be read ("-" is stdin); 64 when -o or --rejects names an input
 * (which writing would destroy) or both name one file. */
void lt_src_check(const struct lt_cli *cli, int nfiles, char **files);

/* header.c: the header line, its cells as name and type */

struct lt_column {
	char *name;
	enum lt_type type;
};

struct lt_header {
	struct lt_column *col;
	size_t n;
};

int lt_header_find(const struct lt_header *h, const char *name);
/* Parse one header cell "name" or "name:type"; untyped canonical names
 * take the dictionary type.  Returns 0 and a message in err on error. */
int lt_header_cell(const char *s, size_t len, struct lt_column *col,
    char *err, size_t errsize);
/* Is name a likely misspelling of want: one edit (a letter changed,
 * added, dropped or two swapped) in a name of up to 6, two in a longer
 * one?  Not when they are equal, or longer than LT_NAME_NEAR_MAX. */
#define LT_NAME_NEAR_MAX 64
int lt_name_near(const char *name, const char *want);
/* Split a --header spec at its commas: fields in *f (free it) pointing
 * into the copy returned (free it too). */
char *lt_header_split(const char *spec, struct lt_field **f, size_t *n);

/* rejects.c: the --rejects file */

struct lt_rejects;

/* Open path for bad rows: the header _line, _error, then the input's
 * column names. */
struct lt_rejects *lt_rejects_open(const char *path,
    const char *const *names, size_t n);
/* A bad row: written to r, or with no rejects file (r NULL) the
 * program stops, exit 65, naming file and line. */
void lt_rejects_row(struct lt_rejects *r, const char *fname, long line,
    const struct lt_field *f, size_t n, const char *msg);
long lt_rejects_count(const struct lt_rejects *r);
/* Close; say on stderr how many of the rows read were rejected. */
void lt_rejects_close(struct lt_rejects *r, long rows);

/* encoding.c, rawread.c: raw exports (GBK or UTF-8, comma or tab)
 * as UTF-8 records */

enum lt_enc {
	LT_ENC_AUTO,
	LT_ENC_UTF8,
	LT_ENC_GBK,
	LT_ENC_GB18030
};

/* An --encoding name (utf-8, utf8, gbk, cp936, gb2312, gb18030, any
 * case); 0 when unknown. */
int lt_enc_parse(const char *name, enum lt_enc *e);
const char *lt_enc_name(enum lt_enc e);
/* The encoding of the first bytes of an input: UTF-8 when they are
 * UTF-8 at large (no invalid sequence, or the first after a run of
 * UTF-8 text, or fewer than 1 in 1,000; a character cut at the end is
 * allowed unless at_end), else GB18030; *ascii when they hold no byte
 * above 0x7f. */
enum lt_enc lt_enc_detect(const char *s, size_t len, int at_end,
    int *ascii);
/* ',' or '\t': tab when more of the first lines hold a tab than a
 * comma. */
unsigned char lt_guess_delim(const char *s, size_t len);
/* Newlines in s. */
size_t lt_count_lines(const char *s, size_t len);

struct lt_raw;

/* Open an input (as lt_src_open: exit 66 when missing). */
struct lt_raw *lt_raw_open(const char *path, enum lt_enc enc,
    int tab);
/* Read ahead in a thread of its own from now on: the records come in
 * batches, while the caller works on the last. */
void lt_raw_ahead(struct lt_raw *r);
/* The next record, as lt_csv_next: 1, 0 at the end, -1 on a syntax
 * error.  Bad encoding stops the program (exit 65). */
int lt_raw_next(struct lt_raw *r, struct lt_record **rec);
const char *lt_raw_name(const struct lt_raw *r);
struct lt_csv *lt_raw_csv(struct lt_raw *r);
enum lt_enc lt_raw_enc(const struct lt_raw *r);
uint64_t lt_raw_bytes(const struct lt_raw *r);
void lt_raw_close(struct lt_raw *r);
/* The first bytes of the input as read (gunzipped, not decoded), before
 * any record: a filter may know another format by them (parse-census's
 * workbooks). */
const char *lt_raw_head(const struct lt_raw *r, size_t *len);
/* Instead of records: the whole input, from its first byte, written to
 * fd (a format that must seek is read from that copy); exit 74 when it
 * cannot be written. */
void lt_raw_spool(struct lt_raw *r, int fd);

/* input.c: typed rows from files and stdin */

struct lt_row {
	struct lt_field *f;	/* the raw fields */
	struct lt_value *v;	/* the typed values, one per column */
	size_t n;
	long line;
	int quoted;
};

struct lt_in;

struct lt_in *lt_in_open(const struct lt_cli *cli, int nfiles,
    char **files);
const struct lt_header *lt_in_header(struct lt_in *in);
/* Returns 1 with *row set, 0 at the end of all input.  A bad row stops
 * the program (exit 65) or, with --rejects, is written there. */
int lt_in_next(struct lt_in *in, struct lt_row **row);
/* The current file name and the line of the current row. */
const char *lt_in_file(const struct lt_in *in);
/* A filter's own verdict on a row: stop, or with --rejects write it
 * there and go on.  The message names file, line and column. */
void lt_in_reject(struct lt_in *in, const struct lt_row *row, int col,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Close the input; report rejects and progress.  Returns the number of
 * rows read (written + rejected). */
long lt_in_close(struct lt_in *in);
long lt_in_rejected(const struct lt_in *in);
/* Rows read so far (typed + rejected): at the end, what a --partial
 * carries in its rows_read (docs/tcsv.5). */
long lt_in_rows(const struct lt_in *in);

/* The column of name, which must be int or num (else exit 65 naming
 * it); -1 when the input has none. */
int lt_in_numeric(struct lt_in *in, const char *name);
/* value.c: an int or num value as a double; NA is NaN, which
 * propagates. */
double lt_value_num(const struct lt_value *v);
/* value.c: a count or area of a row (col < 0: NaN): a negative one
 * rejects the row, once (*bad is set; the caller skips the row). */
double lt_row_count(struct lt_in *in, const struct lt_row *row, int col,
    int *bad);

/* rowcount.c: the rows --partial outputs read, checked by --merge
 * --expect-rows (tcsv(5), Partial sums) */

/* The column that carries them, last in a partial. */
#define LT_ROWS_READ "rows_read"
/* Exit 65 unless read == expected, naming the shortfall or the
 * excess: "merged partials read 59,812 rows, expected 100,000: 40,188
 * rows missing; a block was lost". */
void lt_rows_check(int64_t read, int64_t expected);
/* Exit 65: file's partials have no rows_read column, which
 * --expect-rows needs. */
void lt_rows_missing(const char *file);
/* Add a count row's rows_read (text) to *total: 0 when it is not a
 * count of rows (an integer from 0) or the total would overflow. */
int lt_rows_add(int64_t *total, const char *s, size_t len);

/* output.c: the writer (outthread.c: its thread, LITU_SYNC_WRITE=1 none) */

struct lt_out;

/* Output to -o FILE (atomically) or stdout. */
struct lt_out *lt_out_open(const struct lt_cli *cli);
/* An extra output file (the rejects file), written directly. */
struct lt_out *lt_out_open_path(const char *path);
/* Flush, close, rename the -o file into place; exit 74 on any error. */
void lt_out_close(struct lt_out *o);
/* Start the writing thread on the first full buffer even when it holds
 * few nums: for a filter that formats its repeating numbers itself and
 * leaves the thread the rest and the writes (LITU_SYNC_WRITE=1 still
 * keeps it off). */
void lt_out_prefer_thread(struct lt_out *o);

/* outfield.c: fields and rows; with --excel-safe every call puts a '
 * before a field a spreadsheet would run as a formula */

void lt_out_field(struct lt_out *o, const char *s, size_t len);
void lt_out_cstr(struct lt_out *o, const char *s);
/* A field known to need no quoting: a number as text, a code, a year. */
void lt_out_plain(struct lt_out *o, const char *s, size_t len);
void lt_out_value(struct lt_out *o, const struct lt_value *v);
void lt_out_num(struct lt_out *o, double d);
void lt_out_int(struct lt_out *o, int64_t i);
void lt_out_na(struct lt_out *o);
void lt_out_endrow(struct lt_out *o);
/* A header cell: "name:type", or "name" for str and with --plain. */
void lt_out_column(struct lt_out *o, const char *name, enum lt_type t);
void lt_out_header(struct lt_out *o, const struct lt_header *h);
/* Text of another format (Markdown, HTML), as it is: not CSV. */
void lt_out_bytes(struct lt_out *o, const char *s, size_t len);

/* quote.c: fields made CSV once and written many times (the code and
 * name on each of a region's rows), quoted and protected as outfield.c
 * does for the output they are made for */

struct lt_text;

struct lt_text *lt_text_new(const struct lt_out *o);
/* Add a field after those already in the text. */
void lt_text_field(struct lt_text *t, const char *s, size_t len);
void lt_text_value(struct lt_text *t, const struct lt_value *v);
/* Empty it, for other fields. */
void lt_text_clear(struct lt_text *t);
void lt_text_free(struct lt_text *t);
/* Write its fields, as many as were added. */
void lt_out_text(struct lt_out *o, const struct lt_text *t);

/* plan.c: output columns = input columns + the filter's own */

struct lt_plan {
	struct lt_header out;	/* output header */
	int *slot;		/* per output column: -1 input, else slot */
	size_t nin;		/* input columns */
	size_t nslots;
	struct lt_value *val;	/* the filter's values, one per slot */
	int inplace;		/* some slot replaces an input column */
};

void lt_plan_init(struct lt_plan *p, const struct lt_header *in);
/* Add an output column; one of the same name in the input is replaced
 * in place.  Returns its slot. */
size_t lt_plan_add(struct lt_plan *p, const char *name, enum lt_type t);
void lt_plan_write(struct lt_out *o, const struct lt_plan *p,
    const struct lt_row *row);
/* The same, the filter's text values written without the quoting scan:
 * only for texts known to need none (numbers formatted by the filter,
 * column names). */
void lt_plan_write_plain(struct lt_out *o, const struct lt_plan *p,
    const struct lt_row *row);
void lt_plan_free(struct lt_plan *p);

/* progress.c: the --progress line (rows, MB, MB/s, ETA) on stderr */
struct lt_progress {
	int on;
	int drawn;		/* a line is on the screen, not ended */
	double total_mb;	/* of the regular files among the inputs */
	struct timespec t0, tlast;
};

/* On as cli says (automatic: stderr a terminal and every input a
 * regular file); files as given to the program, none for stdin. */
void lt_progress_start(struct lt_progress *p, const struct lt_cli *cli,
    int nfiles, char **files);
/* Redraw, at most twice a second unless final (which ends the line). */
void lt_progress_show(struct lt_progress *p, long rows, double mb,
    int final);
/* End a line being drawn (lt_warn and lt_die call it first). */
void lt_progress_interrupt(void);

/* hash.c: a string-keyed table for groups (one entry per key), and
 * storage that grows with a group */

struct lt_hash;

/* Values stay where they are until lt_hash_free. */
struct lt_hash *lt_hash_new(size_t valsize);
/* The value of key, created zeroed when new (*isnew set). */
void *lt_hash_get(struct lt_hash *h, const char *key, size_t len,
    int *isnew);
void *lt_hash_find(struct lt_hash *h, const char *key, size_t len);
size_t lt_hash_count(const struct lt_hash *h);
/* Entries sorted by key (bytewise, shorter first on a common prefix):
 * keys[i] and vals[i]; arrays owned by the caller (free them). */
void lt_hash_sorted(struct lt_hash *h, const char ***keys, void ***vals);
void lt_hash_free(struct lt_hash *h);
/* A block a group's value points to, such as a history that grows:
 * p of old bytes (NULL and 0 for a new one) resized to n bytes, the
 * first of them kept, a new block zeroed; n = 0 frees it.  Blocks come
 * from the pool the table's entries come from (main thread only). */
void *lt_hash_block(void *p, size_t old, size_t n);

/* data.c: the data files shipped with litu */

/* The path of the shipped file name (county-history.csv, streets.csv...):
 * in $LITU_DATA when set, else beside the program (../share/litu, or
 * the tree's sample-data/divisions); NULL when it is not there.  Free
 * it. */
char *lt_data_path(const char *name);


/* divlist.c: divisions as they are today (the 2023 lists, --divisions) */

struct lt_divlist;

struct lt_divlist *lt_divlist_new(void);
/* Add the divisions of a list with columns code and name (typed CSV,
 * UTF-8); a bad row exits 65. */
void lt_divlist_load(struct lt_divlist *l, const char *path);
size_t lt_divlist_count(const struct lt_divlist *l);
/* The name of a code (the first one listed), or NULL. */
const char *lt_divlist_name(struct lt_divlist *l, const char *code,
    size_t len);
/* The codes named name that start with prefix: their number, the first
 * max of them in out. */
size_t lt_divlist_named(struct lt_divlist *l, const char *name,
    size_t len, const char *prefix, const char **out, size_t max);
void lt_divlist_free(struct lt_divlist *l);

/* history.c: province, prefecture and county codes since 1981 */

struct lt_hsucc {
	char code[7];		/* 6 digits, as the history writes them */
	int year;		/* 0: took over the unit, else part of it */
};

struct lt_hrec {
	char code[7];		/* 2, 4 or 6 digits */
	char raw[7];		/* the 6 digits of the history */
	char *name;
	enum lt_level level;
	int from, to;		/* in use, both inclusive; to 0: today */
	struct lt_hsucc *succ;
	size_t nsucc;
};

#define LT_HIST_MAXRECIP 32
/* The year that stands for today: records still in use. */
#define LT_HIST_TODAY 9999

/* Where a record leads today. */
struct lt_hfollow {
	const struct lt_hrec *today;	/* NULL when the way is lost: */
	const struct lt_hrec *stuck;	/* retired with no successor, or
					 * split with no heir of its stem */
	int boundary;	/* the first year from the year followed on in
			 * which a split or partial transfer changed the
			 * territory; 0 when none */
	char recip[LT_HIST_MAXRECIP][7];	/* codes that took over
						 * part of it since */
	size_t nrecip;
};

struct lt_hist;

/* Load county-history.csv (its Chinese header); a bad row exits 65. */
struct lt_hist *lt_hist_load(const char *path);
void lt_hist_free(struct lt_hist *h);
/* The records named name in use in year whose code starts with prefix
 * ("" for any): their number, the first max of them in out. */
size_t lt_hist_named(const struct lt_hist *h, const char *name,
    size_t len, int year, const char *prefix, const struct lt_hrec **out,
    size_t max);
/* The record of a code (2, 4 or 6 digits) in use in year, or NULL. */
const struct lt_hrec *lt_hist_code(const struct lt_hist *h,
    const char *code, size_t len, int year);
/* The records in use in year whose name is in the text s and passes
 * findable: their number, the first max in out. */
size_t lt_hist_in_text(const struct lt_hist *h, const char *s, size_t len,
    int year, int (*findable)(const char *, size_t),
    const struct lt_hrec **out, size_t max);
/* The last year in which a record of the deepest level whose name is
 * in the text s (and passes findable) was in use (LT_HIST_TODAY: still
 * is); 0 when none. */
int lt_hist_latest_in_text(const struct lt_hist *h, const char *s,
    size_t len, int (*findable)(const char *, size_t));
/* Follow a record of the year to today's code. */
void lt_hist_follow(const struct lt_hist *h, const struct lt_hrec *r,
    int year, struct lt_hfollow *f);
/* The record of r's unit in use in year: r followed forward through
 * renames and a split's heir, or back through the one record renamed
 * into it (瑞安市 339004 of 1987 was 瑞安县 330325 in 1985); NULL when the
 * way forks (a merger) or ends. */
const struct lt_hrec *lt_hist_then(const struct lt_hist *h,
    const struct lt_hrec *r, int year);
/* The length of a county-level name without its 县, 市, 区, 旗,
 * 自治县... ending: 武进县 and 武进区 share the stem 武进. */
size_t lt_name_stem(const char *name, size_t len);

#endif
