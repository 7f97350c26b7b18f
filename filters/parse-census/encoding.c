/*
 * encoding.c - raw bytes to UTF-8 records.  UTF-8 input is checked in
 * place, eight bytes at a time while they are ASCII, and read straight
 * into the CSV reader's buffer; GBK and GB18030 go through iconv(3) a
 * block at a time.  A character cut at a block's end waits for the
 * next block.  Invalid bytes are never replaced: they stop the program
 * with the byte offset and the line.
 */
#include <errno.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "encoding.h"
#include "internal.h"	/* lt_ahead_*, for now */

#define BLOCK (256 * 1024)

static const struct {
	const char *name;
	enum pc_enc enc;
} enc_names[] = {
	{ "utf-8", PC_ENC_UTF8 },
	{ "utf8", PC_ENC_UTF8 },
	{ "gbk", PC_ENC_GBK },
	{ "cp936", PC_ENC_GBK },
	{ "gb2312", PC_ENC_GBK },
	{ "gb18030", PC_ENC_GB18030 },
};

int
pc_enc_parse(const char *name, enum pc_enc *e)
{
	size_t i;

	for (i = 0; i < sizeof(enc_names) / sizeof(enc_names[0]); i++)
		if (strcasecmp(name, enc_names[i].name) == 0) {
			*e = enc_names[i].enc;
			return 1;
		}
	return 0;
}

const char *
pc_enc_name(enum pc_enc e)
{
	switch (e) {
	case PC_ENC_UTF8:
		return "UTF-8";
	case PC_ENC_GBK:
		return "GBK";
	case PC_ENC_GB18030:
		return "GB18030";
	default:
		return "auto";
	}
}

/*
 * UTF-8 at large: no invalid sequence, or its first one after a valid
 * multi-byte one, or fewer than one in 1,000 of the multi-byte ones (the
 * bad bytes are then bad data, with their line).  Only the rest is
 * GB18030.  A cut character is allowed only at the end of a full block.
 */
enum pc_enc
pc_enc_detect(const char *str, size_t len, int at_end, int *ascii)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, valid = 0, bad = 0;
	int n, bad_first = 0;

	while (i < len) {
		if (s[i] < 0x80 && s[i] != 0) {
			i++;
			continue;
		}
		if ((n = lt_utf8_char(s + i, len - i)) > 0) {
			valid++;
			i += (size_t)n;
		} else if (n < 0 && !at_end) {
			break;
		} else {
			if (bad++ == 0 && valid == 0)
				bad_first = 1;
			i++;
		}
	}
	*ascii = valid == 0 && bad == 0;
	if (bad == 0 || !bad_first || bad * 1000 < valid)
		return PC_ENC_UTF8;
	return PC_ENC_GB18030;
}

unsigned char
pc_guess_delim(const char *s, size_t len)
{
	size_t i, tabs = 0, commas = 0;
	int tab = 0, comma = 0, lines = 0, quoted = 0;

	for (i = 0; i < len && lines < 50; i++) {
		switch (s[i]) {
		case '"':
			quoted = !quoted;
			break;
		case '\t':
			tab |= !quoted;
			break;
		case ',':
			comma |= !quoted;
			break;
		case '\n':
			if (quoted)
				break;
			tabs += tab;
			commas += comma;
			tab = comma = 0;
			lines++;
			break;
		}
	}
	tabs += tab;
	commas += comma;
	return tabs > commas ? '\t' : ',';
}

size_t
pc_count_lines(const char *s, size_t len)
{
	size_t i = 0, n = 0;
#ifdef __SSE2__
	/* Sixteen bytes at a time: each newline takes one off a byte
	 * counter (a match is -1), summed before any could wrap. */
	const __m128i nl = _mm_set1_epi8('\n');

	while (i + 16 <= len) {
		__m128i acc = _mm_setzero_si128(), sum;
		size_t stop = i + 16 * 255;

		for (; i + 16 <= len && i < stop; i += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128(
			    (const __m128i *)(const void *)(s + i)), nl));
		sum = _mm_sad_epu8(acc, _mm_setzero_si128());
		n += (size_t)_mm_cvtsi128_si32(sum) +
		    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	}
#endif
	for (; i < len; i++)
		n += s[i] == '\n';
	return n;
}

struct pc_reader {
	struct lt_src *src;
	struct lt_ahead *ahead;	/* a reading thread, when started */
	struct lt_csv *csv;
	enum pc_enc enc;
	iconv_t cd;
	int eof, done, tab;
	int ascii;		/* detected, and no byte above 0x7f yet */
	int cr_only;		/* lines end in CR alone (old Macs) */
	char pend[2 * BLOCK];	/* raw bytes not yet converted */
	size_t npend;
	uint64_t offset;	/* input bytes before pend */
	long lines;		/* newlines before pend */
};

static void
bad_bytes(struct pc_reader *r, const char *s, size_t at, size_t len)
{
	char hex[40];
	size_t i, o = 0;

	for (i = at; i < len && i < at + 4; i++)
		o += (size_t)snprintf(hex + o, sizeof(hex) - o, "%s\\x%02x",
		    "", (unsigned char)s[i]);
	lt_die(LT_EXIT_DATA, "%s:%ld: invalid %s at byte %llu (%s%s); use "
	    "--encoding if the file is in another encoding", lt_src_name(r->src),
	    r->lines + 1 + (long)pc_count_lines(s, at),
	    r->enc == PC_ENC_UTF8 ? "UTF-8 (or a NUL byte)" :
	    r->enc == PC_ENC_GBK ? "GBK bytes" : "GB18030 bytes",
	    (unsigned long long)(r->offset + at + 1), hex,
	    i < len ? "..." : "");
}

static void
open_iconv(struct pc_reader *r)
{
	r->cd = iconv_open("UTF-8", r->enc == PC_ENC_GBK ? "GBK" : "GB18030");
	if (r->cd == (iconv_t)-1)
		lt_die(LT_EXIT_IO, "iconv cannot convert from %s:",
		    pc_enc_name(r->enc));
}

/* Input that was ASCII so far, detected as UTF-8: at its first other
 * byte the encoding is decided again, from there on, and said. */
static void
redecide(struct pc_reader *r)
{
	const unsigned char *s = (const unsigned char *)r->pend;
	size_t i;
	int ascii;

	for (i = 0; i < r->npend && s[i] < 0x80; i++)
		;
	if (i == r->npend)
		return;
	r->ascii = 0;
	if (pc_enc_detect(r->pend + i, r->npend - i, r->eof, &ascii) ==
	    PC_ENC_UTF8)
		return;
	r->enc = PC_ENC_GB18030;
	open_iconv(r);
	lt_warn("%s: ASCII up to byte %llu, then not UTF-8: read as GB18030 "
	    "(--encoding says otherwise)", lt_src_name(r->src),
	    (unsigned long long)(r->offset + i + 1));
}

/* Convert pend into the CSV buffer, keeping a cut character. */
static void
push(struct pc_reader *r)
{
	size_t room, take, bad, keep;
	char *out;

	/* CR is 0x0d in GB18030 too, and in no other character. */
	if (r->cr_only)
		lt_cr_to_lf(r->pend, r->npend);
	if (r->enc == PC_ENC_UTF8 && r->ascii)
		redecide(r);
	if (r->enc == PC_ENC_UTF8) {
		if (!lt_utf8_check(r->pend, r->npend, &take, &bad))
			bad_bytes(r, r->pend, bad, r->npend);
		if (r->eof && take < r->npend)
			bad_bytes(r, r->pend, take, r->npend);
		out = lt_csv_space(r->csv, take, &room);
		memcpy(out, r->pend, take);
		lt_csv_fill(r->csv, take);
	} else {
		char *in = r->pend, *o;
		size_t inleft = r->npend, outleft;

		out = lt_csv_space(r->csv, 2 * r->npend + 8, &room);
		o = out;
		outleft = room;
		if (iconv(r->cd, &in, &inleft, &o, &outleft) == (size_t)-1 &&
		    (errno == EILSEQ || (errno == EINVAL && r->eof)))
			bad_bytes(r, r->pend, (size_t)(in - r->pend), r->npend);
		take = (size_t)(in - r->pend);
		if (memchr(out, '\0', (size_t)(o - out)))
			bad_bytes(r, r->pend, (size_t)((char *)memchr(r->pend,
			    '\0', r->npend) - r->pend), r->npend);
		lt_csv_fill(r->csv, (size_t)(o - out));
	}
	r->lines += (long)pc_count_lines(r->pend, take);
	r->offset += take;
	keep = r->npend - take;
	memmove(r->pend, r->pend + take, keep);
	r->npend = keep;
}

/* Read a block; 0 at the end. */
static int
read_block(struct pc_reader *r)
{
	size_t n = lt_src_read(r->src, r->pend + r->npend,
	    sizeof(r->pend) - r->npend < BLOCK ? sizeof(r->pend) - r->npend :
	    BLOCK);

	r->npend += n;
	if (n == 0)
		r->eof = 1;
	return n > 0;
}

struct pc_reader *
pc_reader_open(const char *path, enum pc_enc enc, int tab)
{
	struct pc_reader *r = lt_calloc(1, sizeof(*r));

	r->src = lt_src_open(path);
	r->enc = enc;
	r->tab = tab;
	r->cd = (iconv_t)-1;
	/* The first block decides the encoding and the delimiter. */
	while (r->npend < BLOCK && read_block(r))
		;
	if (r->npend >= 3 && memcmp(r->pend, "\xef\xbb\xbf", 3) == 0) {
		memmove(r->pend, r->pend + 3, r->npend - 3);
		r->npend -= 3;
		r->offset = 3;
		if (r->enc == PC_ENC_AUTO)
			r->enc = PC_ENC_UTF8;
	}
	if (r->enc == PC_ENC_AUTO)
		r->enc = pc_enc_detect(r->pend, r->npend, r->eof, &r->ascii);
	r->cr_only = memchr(r->pend, '\r', r->npend) &&
	    !memchr(r->pend, '\n', r->npend);
	if (r->enc != PC_ENC_UTF8)
		open_iconv(r);
	return r;
}

static void
start_csv(struct pc_reader *r)
{
	unsigned char delim = r->tab ? '\t' : ',';

	if (r->enc == PC_ENC_UTF8) {
		if (!r->tab)
			delim = pc_guess_delim(r->pend, r->npend);
	} else {
		/* Tabs and commas are the same bytes in GBK. */
		if (!r->tab)
			delim = pc_guess_delim(r->pend, r->npend);
	}
	r->csv = lt_csv_new(delim);
	push(r);
	if (r->eof)
		lt_csv_eof(r->csv);
}

/* The next record, read here. */
static int
read_next(struct pc_reader *r, struct lt_record **rec)
{
	int rc;

	if (!r->csv)
		start_csv(r);
	for (;;) {
		if ((rc = lt_csv_next(r->csv, rec)) != 0)
			return rc;
		if (r->done)
			return 0;
		if (r->eof) {
			r->done = 1;
			continue;
		}
		read_block(r);
		push(r);
		if (r->eof)
			lt_csv_eof(r->csv);
	}
}

static int
next_cb(void *ctx, struct lt_record **rec)
{
	return read_next(ctx, rec);
}

static uint64_t
pos_cb(void *ctx)
{
	struct pc_reader *r = ctx;

	return lt_src_consumed(r->src);
}

void
pc_reader_ahead(struct pc_reader *r)
{
	/* The encoding and delimiter are known before the thread runs. */
	if (!r->csv)
		start_csv(r);
	r->ahead = lt_ahead_start(next_cb, pos_cb, r);
}

int
pc_reader_next(struct pc_reader *r, struct lt_record **rec)
{
	if (r->ahead)
		return lt_ahead_next(r->ahead, rec);
	return read_next(r, rec);
}

const char *
pc_reader_name(const struct pc_reader *r)
{
	return lt_src_name(r->src);
}

struct lt_csv *
pc_reader_csv(struct pc_reader *r)
{
	return r->csv;
}

enum pc_enc
pc_reader_enc(const struct pc_reader *r)
{
	return r->enc;
}

uint64_t
pc_reader_bytes(const struct pc_reader *r)
{
	/* The reading thread's count as of the batch being read. */
	if (r->ahead != NULL)
		return lt_ahead_pos(r->ahead);
	return lt_src_consumed(r->src);
}

void
pc_reader_close(struct pc_reader *r)
{
	lt_ahead_stop(r->ahead);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	lt_csv_free(r->csv);
	lt_src_close(r->src);
	free(r);
}
