/*
 * replay - runs a libFuzzer harness on files, without libFuzzer: make
 * check uses it to replay every input in tests/fuzz/regress/, so a
 * crash once found stays fixed.  Built with gcc, as any test.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
main(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, n;

		if (!fp) {
			perror(argv[i]);
			return 66;
		}
		do {
			if (len == cap)
				buf = realloc(buf, cap = cap ? cap * 2 : 4096);
			n = fread(buf + len, 1, cap - len, fp);
			len += n;
		} while (n > 0);
		fclose(fp);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
	}
	return 0;
}
