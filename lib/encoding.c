/*
 * encoding.c - the encodings of raw exports: their names, detection
 * (UTF-8 at large, else GB18030), the delimiter of their first lines,
 * newlines counted 16 bytes at a time.  rawread.c reads them.
 */
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string.h>
#include <strings.h>

#include "litu.h"

static const struct {
	const char *name;
	enum lt_enc enc;
} enc_names[] = {
	{ "utf-8", LT_ENC_UTF8 },
	{ "utf8", LT_ENC_UTF8 },
	{ "gbk", LT_ENC_GBK },
	{ "cp936", LT_ENC_GBK },
	{ "gb2312", LT_ENC_GBK },
	{ "gb18030", LT_ENC_GB18030 },
};

int
lt_enc_parse(const char *name, enum lt_enc *e)
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
lt_enc_name(enum lt_enc e)
{
	switch (e) {
	case LT_ENC_UTF8:
		return "UTF-8";
	case LT_ENC_GBK:
		return "GBK";
	case LT_ENC_GB18030:
		return "GB18030";
	default:
		return "auto";
	}
}

/*
 * UTF-8 at large: no invalid sequence; or its first one after a run of
 * UTF-8 text (16 characters of three or four bytes: GBK's pairs often
 * look like a two-byte UTF-8 character, seldom like a run of three-byte
 * ones); or fewer than one in 1,000 of the multi-byte sequences.  The
 * bad bytes of UTF-8 are then bad data, with their line.  Only the rest
 * is GB18030.  A cut character is allowed only at the end of a full
 * block.
 */
#define UTF8_RUN 16

enum lt_enc
lt_enc_detect(const char *str, size_t len, int at_end, int *ascii)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, valid = 0, bad = 0, run = 0;
	int n;

	while (i < len) {
		if (s[i] < 0x80 && s[i] != 0) {
			i++;
			continue;
		}
		if ((n = lt_utf8_char(s + i, len - i)) > 0) {
			valid++;
			if (n >= 3 && bad == 0)
				run++;
			i += (size_t)n;
		} else if (n < 0 && !at_end) {
			break;
		} else {
			bad++;
			i++;
		}
	}
	*ascii = valid == 0 && bad == 0;
	if (bad == 0 || run >= UTF8_RUN || bad * 1000 < valid)
		return LT_ENC_UTF8;
	return LT_ENC_GB18030;
}

unsigned char
lt_guess_delim(const char *s, size_t len)
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
lt_count_lines(const char *s, size_t len)
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

