/* fuzz_jpeg.c — libFuzzer target for img_strip_jpeg (src/core/imgmeta.c), the JPEG metadata
 * stripper of photo uploads. See strip_check.h for the invariants; besides them, the result's
 * segments up to the first scan may only be tables, frames, DRI, the JFIF APP0 (14-byte core),
 * an ICC APP2 and the 12-byte Adobe APP14 — no Exif/XMP APP1, no COM, no other APPn — and
 * the result ends with EOI. */
#define STRIP img_strip_jpeg
#define MIME "image/jpeg"
#include "strip_check.h"

static void check_clean(const unsigned char *p, size_t n)
{
	size_t r = 2;

	check(n >= 4 && p[n - 2] == 0xFF && p[n - 1] == 0xD9, "ends with EOI");
	while (r + 4 <= n && p[r] == 0xFF) {
		unsigned m = p[r + 1];
		size_t len;
		if (m == 0xFF) {
			r++;
			continue;
		}
		if (m == 0xDA || m == 0xD9)
			return;
		if (m == 0x01 || (m >= 0xD0 && m <= 0xD8))
			abort();                 /* the stripper refuses or drops these */
		len = ((size_t)p[r + 2] << 8) | p[r + 3];
		check(!(m == 0xE0) || (len == 16 && memcmp(p + r + 4, "JFIF\0", 5) == 0),
		    "APP0 is only the JFIF core");
		check(!(m == 0xE2) || memcmp(p + r + 4, "ICC_PROFILE\0", 12) == 0, "APP2 is ICC");
		check(!(m == 0xEE) || len == 14, "APP14 is the Adobe segment");
		check(m != 0xFE && !(m >= 0xE0 && m <= 0xEF && m != 0xE0 && m != 0xE2 && m != 0xEE) &&
		    !(m >= 0xF0 && m <= 0xFD), "no COM, Exif, XMP or other APPn");
		r += 2 + len;
	}
}
