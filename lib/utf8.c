/*
 * utf8.c - whether text is valid UTF-8 with no NUL byte.
 */
#include <stdint.h>
#include <string.h>

#include "litu.h"

/*
 * UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates,
 * nothing above U+10FFFF; and no NUL, which no CSV tool downstream
 * handles the same way.  Eight ASCII bytes are checked at a time.
 */
int
lt_utf8_valid(const char *str, size_t len, size_t *bad)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		if (i + 8 <= len) {
			uint64_t w;

			memcpy(&w, s + i, 8);
			if (((w - 0x0101010101010101ULL) & ~w &
			    0x8080808080808080ULL) == 0 &&
			    (w & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		unsigned char c = s[i];
		size_t n, k;
		uint32_t cp;

		if (c == 0)
			goto fail;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			goto fail;
		}
		for (k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
				goto fail;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			goto fail;
		i += n + 1;
	}
	return 1;
fail:
	*bad = i;
	return 0;
}
