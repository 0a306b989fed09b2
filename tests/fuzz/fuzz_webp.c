/* fuzz_webp.c — libFuzzer target for img_strip_webp (src/core/imgmeta.c), the WebP metadata
 * stripper of photo uploads. See strip_check.h for the invariants; besides them, the RIFF size
 * covers exactly the result, no EXIF or XMP chunk is left and the VP8X flags do not announce
 * them. */
#define STRIP img_strip_webp
#define MIME "image/webp"
#include "strip_check.h"

static size_t le32(const unsigned char *p)
{
	return (size_t)p[0] | ((size_t)p[1] << 8) | ((size_t)p[2] << 16) | ((size_t)p[3] << 24);
}

static void check_clean(const unsigned char *p, size_t n)
{
	size_t r = 12;

	check(le32(p + 4) + 8 == n, "the RIFF size is the result's");
	if (n >= 21 && memcmp(p + 12, "VP8X", 4) == 0)
		check((p[20] & 0x0C) == 0, "VP8X announces no EXIF or XMP");
	while (r + 8 <= n) {
		size_t len = le32(p + r + 4);
		check(memcmp(p + r, "EXIF", 4) != 0 && memcmp(p + r, "XMP ", 4) != 0,
		    "no EXIF or XMP chunk");
		r += 8 + len + (len & 1);
	}
}
