/*
 * encoding.h - the bytes of a raw export as UTF-8: detection (a BOM,
 * valid UTF-8, else GB18030), conversion with iconv in big blocks,
 * invalid bytes reported with their offset and line; the delimiter
 * (comma or tab) guessed from the first lines; records through the
 * lib's strict CSV reader.
 */
#ifndef PC_ENCODING_H
#define PC_ENCODING_H

#include <stddef.h>
#include <stdint.h>

#include "litu.h"

enum pc_enc {
	PC_ENC_AUTO,
	PC_ENC_UTF8,
	PC_ENC_GBK,
	PC_ENC_GB18030
};

/* An --encoding name (utf-8, utf8, gbk, cp936, gb2312, gb18030, any
 * case); 0 when unknown. */
int pc_enc_parse(const char *name, enum pc_enc *e);
const char *pc_enc_name(enum pc_enc e);
/* The encoding of the first bytes of an input: UTF-8 when they are
 * UTF-8 at large (no invalid sequence, or the first after a valid
 * multi-byte one, or fewer than 1 in 1,000; a character cut at the end
 * is allowed unless at_end), else GB18030; *ascii when they hold no
 * byte above 0x7f. */
enum pc_enc pc_enc_detect(const char *s, size_t len, int at_end,
    int *ascii);
/* ',' or '\t': tab when more of the first lines hold a tab than a
 * comma. */
unsigned char pc_guess_delim(const char *s, size_t len);
/* Newlines in s. */
size_t pc_count_lines(const char *s, size_t len);

struct pc_reader;

/* Open an input (as lt_src_open: exit 66 when missing). */
struct pc_reader *pc_reader_open(const char *path, enum pc_enc enc,
    int tab);
/* Read ahead in a thread of its own from now on: the records come in
 * batches, while the caller works on the last. */
void pc_reader_ahead(struct pc_reader *r);
/* The next record, as lt_csv_next: 1, 0 at the end, -1 on a syntax
 * error.  Bad encoding stops the program (exit 65). */
int pc_reader_next(struct pc_reader *r, struct lt_record **rec);
const char *pc_reader_name(const struct pc_reader *r);
struct lt_csv *pc_reader_csv(struct pc_reader *r);
enum pc_enc pc_reader_enc(const struct pc_reader *r);
uint64_t pc_reader_bytes(const struct pc_reader *r);
void pc_reader_close(struct pc_reader *r);

#endif
