/*
 * utf8.c - whether text is valid UTF-8 with no NUL byte.
 */
#include <stdint.h>
#include <string.h>

#include "litu.h"

static inline int
utf8_char(const unsigned char *s, size_t len)
{
	unsigned char c = s[0];
	int n, i;

	if (c < 0x80)
		return c == 0 ? 0 : 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((size_t)i >= len)
			return -1;
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	}
	/* No overlong forms, no surrogates, nothing above U+10FFFF. */
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
		return 0;
	return n;
}

int
lt_utf8_char(const unsigned char *s, size_t len)
{
	return utf8_char(s, len);
}

/*
 * UTF-8 as RFC 3629 defines it, and no NUL, which no CSV tool
 * downstream handles the same way.  Eight ASCII bytes are checked at a
 * time.
 */
int
lt_utf8_check(const char *str, size_t len, size_t *whole, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int n;

	while (i < len) {
		while (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) != 0 ||
			    ((w - 0x0101010101010101ULL) & ~w &
			    0x8080808080808080ULL) != 0)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((n = utf8_char(s + i, len - i)) == 0) {
			*bad = i;
			*whole = i;
			return 0;
		}
		if (n < 0) {
			*whole = i;
			return 1;
		}
		i += (size_t)n;
	}
	*whole = len;
	return 1;
}

int
lt_utf8_valid(const char *s, size_t len, size_t *bad)
{
	size_t whole;

	if (!lt_utf8_check(s, len, &whole, bad))
		return 0;
	if (whole < len) {
		/* A character cut short at the end. */
		*bad = whole;
		return 0;
	}
	return 1;
}
