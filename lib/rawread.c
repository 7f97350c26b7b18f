/*
 * rawread.c - raw exports as UTF-8 records.  UTF-8 input is checked in
 * place, eight bytes at a time while they are ASCII, and read straight
 * into the CSV reader's buffer; GBK and GB18030 go through iconv(3) a
 * block at a time.  A character cut at a block's end waits for the
 * next block.  Invalid bytes are never replaced: they stop the program
 * with the byte offset and the line.  Records may be read ahead by a
 * thread of their own (ahead.c).
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

#define BLOCK (256 * 1024)

struct lt_raw {
	struct lt_src *src;
	struct lt_ahead *ahead;	/* a reading thread, when started */
	struct lt_csv *csv;
	enum lt_enc enc;
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
bad_bytes(struct lt_raw *r, const char *s, size_t at, size_t len)
{
	char hex[40];
	size_t i, o = 0;

	for (i = at; i < len && i < at + 4; i++)
		o += (size_t)snprintf(hex + o, sizeof(hex) - o, "%s\\x%02x",
		    "", (unsigned char)s[i]);
	lt_die(LT_EXIT_DATA, "%s:%ld: invalid %s at byte %llu (%s%s); use "
	    "--encoding if the file is in another encoding", lt_src_name(r->src),
	    r->lines + 1 + (long)lt_count_lines(s, at),
	    r->enc == LT_ENC_UTF8 ? "UTF-8 (or a NUL byte)" :
	    r->enc == LT_ENC_GBK ? "GBK bytes" : "GB18030 bytes",
	    (unsigned long long)(r->offset + at + 1), hex,
	    i < len ? "..." : "");
}

static void
open_iconv(struct lt_raw *r)
{
	r->cd = iconv_open("UTF-8", r->enc == LT_ENC_GBK ? "GBK" : "GB18030");
	if (r->cd == (iconv_t)-1)
		lt_die(LT_EXIT_IO, "iconv cannot convert from %s:",
		    lt_enc_name(r->enc));
}

/* Input that was ASCII so far, detected as UTF-8: at its first other
 * byte the encoding is decided again, from there on, and said. */
static void
redecide(struct lt_raw *r)
{
	const unsigned char *s = (const unsigned char *)r->pend;
	size_t i;
	int ascii;

	for (i = 0; i < r->npend && s[i] < 0x80; i++)
		;
	if (i == r->npend)
		return;
	r->ascii = 0;
	if (lt_enc_detect(r->pend + i, r->npend - i, r->eof, &ascii) ==
	    LT_ENC_UTF8)
		return;
	r->enc = LT_ENC_GB18030;
	open_iconv(r);
	lt_warn("%s: ASCII up to byte %llu, then not UTF-8: read as GB18030 "
	    "(--encoding says otherwise)", lt_src_name(r->src),
	    (unsigned long long)(r->offset + i + 1));
}

/* Convert pend into the CSV buffer, keeping a cut character. */
static void
push(struct lt_raw *r)
{
	size_t room, take, bad, keep;
	char *out;

	/* CR is 0x0d in GB18030 too, and in no other character. */
	if (r->cr_only)
		lt_cr_to_lf(r->pend, r->npend);
	if (r->enc == LT_ENC_UTF8 && r->ascii)
		redecide(r);
	if (r->enc == LT_ENC_UTF8) {
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
	r->lines += (long)lt_count_lines(r->pend, take);
	r->offset += take;
	keep = r->npend - take;
	memmove(r->pend, r->pend + take, keep);
	r->npend = keep;
}

/* Read a block; 0 at the end. */
static int
read_block(struct lt_raw *r)
{
	size_t n = lt_src_read(r->src, r->pend + r->npend,
	    sizeof(r->pend) - r->npend < BLOCK ? sizeof(r->pend) - r->npend :
	    BLOCK);

	r->npend += n;
	if (n == 0)
		r->eof = 1;
	return n > 0;
}

struct lt_raw *
lt_raw_open(const char *path, enum lt_enc enc, int tab)
{
	struct lt_raw *r = lt_calloc(1, sizeof(*r));

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
		if (r->enc == LT_ENC_AUTO)
			r->enc = LT_ENC_UTF8;
	}
	if (r->enc == LT_ENC_AUTO)
		r->enc = lt_enc_detect(r->pend, r->npend, r->eof, &r->ascii);
	r->cr_only = memchr(r->pend, '\r', r->npend) &&
	    !memchr(r->pend, '\n', r->npend);
	if (r->enc != LT_ENC_UTF8)
		open_iconv(r);
	return r;
}

static void
start_csv(struct lt_raw *r)
{
	unsigned char delim = r->tab ? '\t' : ',';

	if (r->enc == LT_ENC_UTF8) {
		if (!r->tab)
			delim = lt_guess_delim(r->pend, r->npend);
	} else {
		/* Tabs and commas are the same bytes in GBK. */
		if (!r->tab)
			delim = lt_guess_delim(r->pend, r->npend);
	}
	r->csv = lt_csv_new(delim);
	push(r);
	if (r->eof)
		lt_csv_eof(r->csv);
}

/* The next record, read here. */
static int
read_next(struct lt_raw *r, struct lt_record **rec)
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
	struct lt_raw *r = ctx;

	return lt_src_consumed(r->src);
}

void
lt_raw_ahead(struct lt_raw *r)
{
	/* The encoding and delimiter are known before the thread runs. */
	if (!r->csv)
		start_csv(r);
	r->ahead = lt_ahead_start(next_cb, pos_cb, r);
}

int
lt_raw_next(struct lt_raw *r, struct lt_record **rec)
{
	if (r->ahead)
		return lt_ahead_next(r->ahead, rec);
	return read_next(r, rec);
}

const char *
lt_raw_name(const struct lt_raw *r)
{
	return lt_src_name(r->src);
}

struct lt_csv *
lt_raw_csv(struct lt_raw *r)
{
	return r->csv;
}

enum lt_enc
lt_raw_enc(const struct lt_raw *r)
{
	return r->enc;
}

uint64_t
lt_raw_bytes(const struct lt_raw *r)
{
	/* The reading thread's count as of the batch being read. */
	if (r->ahead != NULL)
		return lt_ahead_pos(r->ahead);
	return lt_src_consumed(r->src);
}

const char *
lt_raw_head(const struct lt_raw *r, size_t *len)
{
	*len = r->npend;
	return r->pend;
}

void
lt_raw_spool(struct lt_raw *r, int fd)
{
	char *buf = lt_malloc(BLOCK);
	const char *p = r->pend;
	size_t n = r->npend;
	ssize_t w;

	for (;;) {
		for (; n > 0; n -= (size_t)w, p += w)
			if ((w = write(fd, p, n)) < 0) {
				if (errno == EINTR) {
					w = 0;
					continue;
				}
				lt_die(LT_EXIT_IO, "%s: cannot write a temporary "
				    "copy:", lt_src_name(r->src));
			}
		if (r->eof || (n = lt_src_read(r->src, buf, BLOCK)) == 0)
			break;
		p = buf;
	}
	r->npend = 0;
	r->eof = r->done = 1;
	free(buf);
}

void
lt_raw_close(struct lt_raw *r)
{
	lt_ahead_stop(r->ahead);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	lt_csv_free(r->csv);
	lt_src_close(r->src);
	free(r);
}
