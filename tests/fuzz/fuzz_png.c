/* fuzz_png.c — libFuzzer target for img_strip_png (src/core/imgmeta.c), the PNG metadata
 * stripper of photo uploads. See strip_check.h for the invariants; besides them, the result
 * holds no tEXt, zTXt, iTXt, eXIf or tIME chunk, starts with IHDR and ends with IEND. */
#define STRIP img_strip_png
#define MIME "image/png"
#include "strip_check.h"

static void check_clean(const unsigned char *p, size_t n)
{
	static const char gone[][5] = { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" };
	size_t r = 8;

	check(n >= 8 + 25 + 12 && memcmp(p + 12, "IHDR", 4) == 0, "IHDR first");
	while (r + 12 <= n) {
		size_t len = ((size_t)p[r] << 24) | ((size_t)p[r + 1] << 16) |
		    ((size_t)p[r + 2] << 8) | p[r + 3];
		for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
			check(memcmp(p + r + 4, gone[i], 4) != 0, "no text, eXIf or tIME chunk");
		if (memcmp(p + r + 4, "IEND", 4) == 0) {
			check(r + 12 + len == n, "IEND is last");
			return;
		}
		r += 12 + len;
	}
	check(0, "a chunk walk that reaches IEND");
}
