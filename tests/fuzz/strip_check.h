/* strip_check.h — the checks shared by the three metadata-stripper targets (fuzz_jpeg.c,
 * fuzz_png.c, fuzz_webp.c). Each target defines STRIP (the stripper), MIME and
 * check_clean(out, n), which walks the result and aborts on a segment or chunk that should be
 * gone. The input is copied into a buffer of exactly its size (ASan sees any access past it)
 * and stripped in place; on IMG_OK it aborts when:
 *   - the result is longer than the input, or no longer sniffs as the same type;
 *   - stripping the result again changes it (the stripper is idempotent);
 *   - the dimensions the input declared differ from those of the result;
 *   - check_clean finds metadata left. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/imgmeta.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

static void check_clean(const unsigned char *p, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = malloc(size ? size : 1), *again;
	size_t out = 0, out2 = 0;
	uint32_t w0 = 0, h0 = 0, w1 = 0, h1 = 0;
	enum img_status dims, st;

	if (buf == NULL)
		return 0;
	memcpy(buf, data, size);
	dims = img_dimensions(buf, size, &w0, &h0);
	st = STRIP(buf, size, &out);
	check(st >= IMG_OK && st <= IMG_TOO_COMPLEX, "a known status");
	if (st == IMG_OK) {
		const char *t = img_sniff(buf, out);
		check(out <= size, "not longer than the input");
		check(t != NULL && strcmp(t, MIME) == 0, "still the same type");
		check_clean(buf, out);
		if (dims == IMG_OK) {
			check(img_dimensions(buf, out, &w1, &h1) == IMG_OK, "dimensions still readable");
			check(w0 == w1 && h0 == h1, "the same dimensions");
		}
		again = malloc(out);
		if (again) {
			memcpy(again, buf, out);
			check(STRIP(again, out, &out2) == IMG_OK, "the result strips again");
			check(out2 == out && memcmp(again, buf, out) == 0, "stripping is idempotent");
			free(again);
		}
	}
	free(buf);
	return 0;
}
