/* fuzz_imgdims.c — libFuzzer target for img_dimensions and img_sniff (src/core/imgmeta.c):
 * the width and height a JPEG (SOFn), PNG (IHDR) or WebP (VP8X, VP8, VP8L, ANMF) declares,
 * read before an upload is accepted (decompression bombs). The input is copied into a buffer
 * of exactly its size. It aborts when:
 *   - the status is not one of the enum, or OK with a zero width or height;
 *   - a type img_sniff does not know is anything but IMG_UNKNOWN;
 *   - a dimension is beyond what its format can express (JPEG 65535, PNG 2^31-1, WebP 2^24);
 *   - img_strip of the same bytes succeeds but the dimensions change. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf = malloc(size ? size : 1);
	uint32_t w = 0, h = 0, w2 = 0, h2 = 0, max;
	const char *t;
	enum img_status st;
	size_t out;

	if (buf == NULL)
		return 0;
	memcpy(buf, data, size);
	t = img_sniff(buf, size);
	st = img_dimensions(buf, size, &w, &h);
	check(st >= IMG_OK && st <= IMG_TOO_COMPLEX, "a known status");
	check((t == NULL) == (st == IMG_UNKNOWN), "unknown exactly when not sniffed");
	if (st == IMG_OK) {
		check(w > 0 && h > 0, "a positive size");
		max = t[6] == 'j' ? 65535u : t[6] == 'p' ? 0x7FFFFFFFu : 1u << 24;
		check(w <= max && h <= max, "within what the format can express");
		if (img_strip(buf, size, &out) == IMG_OK) {
			check(img_dimensions(buf, out, &w2, &h2) == IMG_OK, "still readable after strip");
			check(w == w2 && h == h2, "the same size after strip");
		}
	}
	free(buf);
	return 0;
}
