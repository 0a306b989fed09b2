/* imgmeta.h — image headers without decoding pixels: declared dimensions, and the removal of
 * every metadata segment or chunk that can carry a location or an identity (照片元数据清除).
 *
 * Pure functions over (pointer, length): no database, no HTTP, no allocation, so that the
 * fuzzers link this file alone. Each walk is bounded by the length it is given and by
 * LIM_IMAGE_SEGMENTS segments or chunks. The strippers work in place (the result is never
 * longer than the input) and leave the pixel data (JPEG tables, frame and scans; PNG IDAT;
 * WebP VP8/VP8L/ALPH/ANMF) byte-identical.
 */
#ifndef PA_IMGMETA_H
#define PA_IMGMETA_H

#include <stddef.h>
#include <stdint.h>

#include "../pingan.h"

enum img_status {
	IMG_OK = 0,
	IMG_UNKNOWN,       /* not a JPEG, PNG or WebP */
	IMG_TRUNCATED,     /* the structure runs past the end of the bytes */
	IMG_DAMAGED,       /* garbage where a marker, chunk or header must be */
	IMG_NO_PIXELS,     /* headers only: no image data at all */
	IMG_NO_SIZE,       /* no usable width and height declared */
	IMG_TOO_COMPLEX,   /* more than LIM_IMAGE_SEGMENTS segments or chunks */
};

/* "image/jpeg", "image/png", "image/webp" from the leading bytes, or NULL. */
const char *img_sniff(const unsigned char *p, size_t n);

/* The width and height the headers declare (JPEG SOFn, PNG IHDR, WebP VP8X canvas / VP8 /
 * VP8L / ANMF, the largest of these). For a WebP it also checks that some image data follows
 * the headers (IMG_NO_PIXELS otherwise). */
enum img_status img_dimensions(const unsigned char *p, size_t n, uint32_t *w, uint32_t *h);

/* JPEG: keeps SOI, the tables, frames, scans and EOI, the JFIF APP0 (cut to its 14-byte core,
 * no thumbnail), ICC APP2 and the 12-byte Adobe APP14 (colour transform); drops every other
 * APPn (Exif, XMP, IPTC/APP13, ...), COM, reserved markers, anything between scans of that kind
 * and everything after EOI. */
enum img_status img_strip_jpeg(unsigned char *p, size_t n, size_t *out_n);
/* PNG: keeps the critical chunks and the colour and layout chunks (tRNS cHRM gAMA iCCP sBIT
 * sRGB cICP mDCv cLLi bKGD hIST pHYs sPLT, APNG acTL fcTL fdAT); drops tEXt zTXt iTXt eXIf tIME
 * and every other ancillary chunk, and any bytes after IEND. */
enum img_status img_strip_png(unsigned char *p, size_t n, size_t *out_n);
/* WebP: keeps VP8X ICCP ANIM ANMF ALPH VP8 VP8L; drops EXIF, XMP and unknown chunks, clears the
 * VP8X flags that announce EXIF and XMP, fixes the RIFF size, drops bytes after the RIFF. */
enum img_status img_strip_webp(unsigned char *p, size_t n, size_t *out_n);
/* By the sniffed type. */
enum img_status img_strip(unsigned char *p, size_t n, size_t *out_n);

#endif
