/* imgmeta.c — declared image dimensions and metadata removal for JPEG, PNG and WebP, reading
 * only the container structure (markers, chunks), never decoding pixels. See imgmeta.h. */
#include "imgmeta.h"

#include <stdbool.h>
#include <string.h>

static uint32_t be16(const unsigned char *p)
{
	return ((uint32_t)p[0] << 8) | p[1];
}

static uint32_t be32(const unsigned char *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8);
}

static uint32_t le24(const unsigned char *p)
{
	return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16);
}

static uint32_t le32(const unsigned char *p)
{
	return le24(p) | ((uint32_t)p[3] << 24);
}

static void put_le32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

const char *img_sniff(const unsigned char *p, size_t n)
{
	if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
		return "image/jpeg";
	if (n >= 8 && memcmp(p, png_sig, 8) == 0)
		return "image/png";
	if (n >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
		return "image/webp";
	return NULL;
}

/* ------------------------------------------------------------------ JPEG */

/* Start of frame: C0-CF except DHT (C4), JPG (C8) and DAC (CC). */
static bool jpeg_is_sof(unsigned m)
{
	return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

/* Markers without a length: TEM, RSTn, SOI, EOI. */
static bool jpeg_standalone(unsigned m)
{
	return m == 0x01 || (m >= 0xD0 && m <= 0xD9);
}

/* Reads the marker at *r (skipping fill bytes 0xFF); *m is the marker, *len its segment
 * length (0 for a standalone marker). On success *r points at the 0xFF of the marker. */
static enum img_status jpeg_marker(const unsigned char *p, size_t n, size_t *r, unsigned *m,
    size_t *len)
{
	size_t i = *r;

	if (i >= n)
		return IMG_TRUNCATED;
	if (p[i] != 0xFF)
		return IMG_DAMAGED;
	while (i + 1 < n && p[i + 1] == 0xFF)
		i++;
	if (i + 1 >= n)
		return IMG_TRUNCATED;
	*r = i;
	*m = p[i + 1];
	*len = 0;
	if (*m == 0x00)
		return IMG_DAMAGED;
	if (jpeg_standalone(*m))
		return IMG_OK;
	if (i + 4 > n)
		return IMG_TRUNCATED;
	*len = be16(p + i + 2);
	if (*len < 2)
		return IMG_DAMAGED;
	if (*len > n - i - 2)
		return IMG_TRUNCATED;
	return IMG_OK;
}

/* The end of the entropy-coded data that starts at s: the 0xFF of the next marker that is not
 * a stuffed zero or a restart marker. */
static enum img_status jpeg_scan_end(const unsigned char *p, size_t n, size_t s, size_t *end)
{
	size_t r = s;

	while (r < n) {
		const unsigned char *f = memchr(p + r, 0xFF, n - r);
		if (f == NULL)
			return IMG_TRUNCATED;
		r = (size_t)(f - p);
		if (r + 1 >= n)
			return IMG_TRUNCATED;
		if (p[r + 1] == 0x00 || (p[r + 1] >= 0xD0 && p[r + 1] <= 0xD7)) {
			r += 2;
			continue;
		}
		if (p[r + 1] == 0xFF) {          /* fill byte before a marker */
			r++;
			continue;
		}
		*end = r;
		return IMG_OK;
	}
	return IMG_TRUNCATED;
}

static enum img_status jpeg_dimensions(const unsigned char *p, size_t n, uint32_t *w,
    uint32_t *h)
{
	size_t r = 2;

	for (int seg = 0; seg < LIM_IMAGE_SEGMENTS; seg++) {
		unsigned m;
		size_t len;
		enum img_status st = jpeg_marker(p, n, &r, &m, &len);
		if (st != IMG_OK)
			return st;
		if (m == 0xD9 || m == 0xDA || m == 0xD8)
			return IMG_NO_SIZE;
		if (jpeg_is_sof(m)) {
			if (len < 8)
				return IMG_DAMAGED;
			*h = be16(p + r + 5);
			*w = be16(p + r + 7);
			return *w && *h ? IMG_OK : IMG_NO_SIZE;
		}
		r += 2 + len;
	}
	return IMG_TOO_COMPLEX;
}

/* Whether a segment before or between scans is kept; *cut is set to the length of data to
 * keep when the segment is shortened (the JFIF APP0 loses its thumbnail). */
static bool jpeg_keep(unsigned m, const unsigned char *d, size_t dlen, bool *jfif_seen,
    size_t *cut)
{
	*cut = dlen;
	if (m == 0xE0) {                 /* APP0: only the first JFIF, without thumbnail */
		if (*jfif_seen || dlen < 14 || memcmp(d, "JFIF\0", 5) != 0)
			return false;
		*jfif_seen = true;
		*cut = 14;
		return true;
	}
	if (m == 0xE2)                   /* APP2: only an ICC profile */
		return dlen >= 14 && memcmp(d, "ICC_PROFILE\0", 12) == 0;
	if (m == 0xEE)                   /* APP14: only the fixed-size Adobe colour transform */
		return dlen == 12 && memcmp(d, "Adobe", 5) == 0;
	/* tables, frames, restart interval, DNL, hierarchical: DQT DHT DAC SOFn DRI DNL DHP EXP */
	return (m >= 0xC0 && m <= 0xCF) || (m >= 0xDB && m <= 0xDF);
}

enum img_status img_strip_jpeg(unsigned char *p, size_t n, size_t *out_n)
{
	size_t r = 2, w = 2, scan_bytes = 0;
	bool sof = false, jfif = false;

	if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
		return IMG_DAMAGED;
	for (int seg = 0; seg < LIM_IMAGE_SEGMENTS; seg++) {
		unsigned m;
		size_t len, cut, end;
		enum img_status st = jpeg_marker(p, n, &r, &m, &len);
		if (st != IMG_OK)
			return st;
		if (m == 0xD9) {                 /* EOI: whatever follows is dropped */
			if (!sof || scan_bytes == 0)
				return IMG_NO_PIXELS;
			p[w++] = 0xFF;
			p[w++] = 0xD9;
			*out_n = w;
			return IMG_OK;
		}
		if (len == 0) {                  /* TEM, RSTn or SOI outside a scan */
			if (m != 0x01)
				return IMG_DAMAGED;
			r += 2;
			continue;
		}
		if (m == 0xDA) {                 /* start of scan: header, then entropy-coded data */
			if (!sof)
				return IMG_DAMAGED;
			if ((st = jpeg_scan_end(p, n, r + 2 + len, &end)) != IMG_OK)
				return st;
			scan_bytes += end - (r + 2 + len);
			memmove(p + w, p + r, end - r);
			w += end - r;
			r = end;
			continue;
		}
		if (jpeg_keep(m, p + r + 4, len - 2, &jfif, &cut)) {
			if (jpeg_is_sof(m))
				sof = true;
			memmove(p + w, p + r, 4 + cut);
			if (cut != len - 2) {    /* the JFIF core: no thumbnail */
				p[w + 2] = (unsigned char)((cut + 2) >> 8);
				p[w + 3] = (unsigned char)(cut + 2);
				p[w + 4 + 12] = 0;
				p[w + 4 + 13] = 0;
			}
			w += 4 + cut;
		}
		r += 2 + len;
	}
	return IMG_TOO_COMPLEX;
}

/* ------------------------------------------------------------------ PNG */

/* Chunks kept besides the critical ones: colour, transparency, physical size, animation. */
static const char png_keep[][5] = {
	"tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi", "bKGD", "hIST",
	"pHYs", "sPLT", "acTL", "fcTL", "fdAT",
};

static bool png_type_ok(const unsigned char *t)
{
	for (int i = 0; i < 4; i++)
		if (!((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')))
			return false;
	return true;
}

/* Reads the chunk at r: *len its data length, *type its four letters. */
static enum img_status png_chunk(const unsigned char *p, size_t n, size_t r, size_t *len)
{
	if (r > n || n - r < 12)
		return IMG_TRUNCATED;
	*len = be32(p + r);
	if (*len > 0x7FFFFFFFu || !png_type_ok(p + r + 4))
		return IMG_DAMAGED;
	if (*len > n - r - 12)
		return IMG_TRUNCATED;
	return IMG_OK;
}

static enum img_status png_dimensions(const unsigned char *p, size_t n, uint32_t *w,
    uint32_t *h)
{
	size_t len;
	enum img_status st = png_chunk(p, n, 8, &len);

	if (st != IMG_OK)
		return st;
	if (memcmp(p + 12, "IHDR", 4) != 0 || len != 13)
		return IMG_DAMAGED;
	*w = be32(p + 16);
	*h = be32(p + 20);
	if (*w == 0 || *h == 0 || *w > 0x7FFFFFFFu || *h > 0x7FFFFFFFu)
		return IMG_NO_SIZE;
	return IMG_OK;
}

enum img_status img_strip_png(unsigned char *p, size_t n, size_t *out_n)
{
	size_t r = 8, w = 8, pixels = 0;

	if (n < 8 || memcmp(p, png_sig, 8) != 0)
		return IMG_DAMAGED;
	for (int seg = 0; seg < LIM_IMAGE_SEGMENTS; seg++) {
		size_t len;
		const unsigned char *t;
		bool keep = false;
		enum img_status st = png_chunk(p, n, r, &len);
		if (st != IMG_OK)
			return st;
		t = p + r + 4;
		if ((seg == 0) != (memcmp(t, "IHDR", 4) == 0))
			return IMG_DAMAGED;      /* IHDR first and only once */
		if (memcmp(t, "IEND", 4) == 0) {
			if (pixels == 0)
				return IMG_NO_PIXELS;
			memmove(p + w, p + r, 12 + len);
			*out_n = w + 12 + len;   /* bytes after IEND are dropped */
			return IMG_OK;
		}
		if (t[0] >= 'A' && t[0] <= 'Z') {
			/* critical: IHDR, PLTE, IDAT; an unknown one makes the image unreadable */
			if (memcmp(t, "IHDR", 4) != 0 && memcmp(t, "PLTE", 4) != 0 &&
			    memcmp(t, "IDAT", 4) != 0)
				return IMG_DAMAGED;
			keep = true;
		} else {
			for (size_t i = 0; i < sizeof png_keep / sizeof png_keep[0] && !keep; i++)
				keep = memcmp(t, png_keep[i], 4) == 0;
		}
		if (memcmp(t, "IDAT", 4) == 0 || memcmp(t, "fdAT", 4) == 0)
			pixels += len;
		if (keep) {
			memmove(p + w, p + r, 12 + len);
			w += 12 + len;
		}
		r += 12 + len;
	}
	return IMG_TOO_COMPLEX;
}

/* ------------------------------------------------------------------ WebP */

#define VP8X_ICC   0x20
#define VP8X_EXIF  0x08
#define VP8X_XMP   0x04

/* The end of the RIFF payload, bounded by n. */
static enum img_status webp_riff(const unsigned char *p, size_t n, size_t *end)
{
	uint32_t size;

	if (n < 12 || memcmp(p, "RIFF", 4) != 0 || memcmp(p + 8, "WEBP", 4) != 0)
		return IMG_DAMAGED;
	size = le32(p + 4);
	if (size < 4)
		return IMG_DAMAGED;
	if (size > n - 8)
		return IMG_TRUNCATED;
	*end = 8 + (size_t)size;
	return IMG_OK;
}

/* The chunk at r inside [.., end): *len its data length, *next where the next chunk starts
 * (after the pad byte; a missing pad at the very end is tolerated). */
static enum img_status webp_chunk(const unsigned char *p, size_t end, size_t r, size_t *len,
    size_t *next)
{
	if (r > end || end - r < 8)
		return IMG_TRUNCATED;
	*len = le32(p + r + 4);
	if (*len > end - r - 8)
		return IMG_TRUNCATED;
	*next = r + 8 + *len;
	if ((*len & 1) && *next < end)
		(*next)++;
	return IMG_OK;
}

/* Dimensions of a VP8 (lossy) or VP8L (lossless) bitstream header; false if it is not one. */
static bool webp_frame_size(const unsigned char *cc, const unsigned char *d, size_t len,
    uint32_t *w, uint32_t *h)
{
	if (memcmp(cc, "VP8 ", 4) == 0) {
		if (len <= 10 || (d[0] & 1) != 0 || d[3] != 0x9D || d[4] != 0x01 || d[5] != 0x2A)
			return false;
		*w = le16(d + 6) & 0x3FFF;
		*h = le16(d + 8) & 0x3FFF;
		return *w && *h;
	}
	if (memcmp(cc, "VP8L", 4) == 0) {
		uint32_t b;
		if (len <= 5 || d[0] != 0x2F)
			return false;
		b = le32(d + 1);
		*w = (b & 0x3FFF) + 1;
		*h = ((b >> 14) & 0x3FFF) + 1;
		return true;
	}
	return false;
}

static void keep_largest(uint32_t fw, uint32_t fh, uint32_t *w, uint32_t *h)
{
	if ((uint64_t)fw * fh > (uint64_t)*w * *h) {
		*w = fw;
		*h = fh;
	}
}

/* Inside an ANMF frame (16 bytes of frame header, then ALPH/VP8/VP8L): whether it holds a
 * bitstream with pixel data, and its size. */
static bool webp_anmf_frame(const unsigned char *p, size_t r, size_t end, uint32_t *w,
    uint32_t *h)
{
	bool pixels = false;

	for (int seg = 0; r < end && seg < LIM_IMAGE_SEGMENTS; seg++) {
		size_t len, next;
		uint32_t fw, fh;
		if (webp_chunk(p, end, r, &len, &next) != IMG_OK)
			return false;
		if (webp_frame_size(p + r, p + r + 8, len, &fw, &fh)) {
			keep_largest(fw, fh, w, h);
			pixels = true;
		}
		r = next;
	}
	return pixels;
}

static enum img_status webp_dimensions(const unsigned char *p, size_t n, uint32_t *w,
    uint32_t *h)
{
	size_t end, r = 12;
	bool pixels = false;
	enum img_status st = webp_riff(p, n, &end);

	if (st != IMG_OK)
		return st;
	*w = *h = 0;
	for (int seg = 0; r < end; seg++) {
		size_t len, next;
		const unsigned char *cc = p + r, *d = p + r + 8;
		uint32_t fw, fh;
		if (seg == LIM_IMAGE_SEGMENTS)
			return IMG_TOO_COMPLEX;
		if ((st = webp_chunk(p, end, r, &len, &next)) != IMG_OK)
			return st;
		if (memcmp(cc, "VP8X", 4) == 0) {
			if (seg != 0 || len < 10)
				return IMG_DAMAGED;
			keep_largest(le24(d + 4) + 1, le24(d + 7) + 1, w, h);
		} else if (memcmp(cc, "VP8 ", 4) == 0 || memcmp(cc, "VP8L", 4) == 0) {
			if (!webp_frame_size(cc, d, len, &fw, &fh))
				return len <= 10 ? IMG_NO_PIXELS : IMG_DAMAGED;
			keep_largest(fw, fh, w, h);
			pixels = true;
		} else if (memcmp(cc, "ANMF", 4) == 0) {
			if (len < 16)
				return IMG_DAMAGED;
			keep_largest(le24(d + 6) + 1, le24(d + 9) + 1, w, h);
			if (webp_anmf_frame(p, r + 8 + 16, r + 8 + len, w, h))
				pixels = true;
		}
		r = next;
	}
	if (!pixels)
		return IMG_NO_PIXELS;
	return *w && *h ? IMG_OK : IMG_NO_SIZE;
}

enum img_status img_strip_webp(unsigned char *p, size_t n, size_t *out_n)
{
	static const char keep[][5] = { "VP8X", "ICCP", "ANIM", "ANMF", "ALPH", "VP8 ", "VP8L" };
	size_t end, r = 12, w = 12, vp8x = 0;
	bool pixels = false;
	enum img_status st = webp_riff(p, n, &end);

	if (st != IMG_OK)
		return st;
	for (int seg = 0; r < end; seg++) {
		size_t len, next;
		bool k = false;
		uint32_t fw, fh;
		if (seg == LIM_IMAGE_SEGMENTS)
			return IMG_TOO_COMPLEX;
		if ((st = webp_chunk(p, end, r, &len, &next)) != IMG_OK)
			return st;
		for (size_t i = 0; i < sizeof keep / sizeof keep[0] && !k; i++)
			k = memcmp(p + r, keep[i], 4) == 0;
		if (memcmp(p + r, "VP8X", 4) == 0) {
			if (seg != 0 || len < 10)
				return IMG_DAMAGED;
			vp8x = w + 8;
		}
		if (webp_frame_size(p + r, p + r + 8, len, &fw, &fh) ||
		    (memcmp(p + r, "ANMF", 4) == 0 && len > 16 &&
		    webp_anmf_frame(p, r + 8 + 16, r + 8 + len, &fw, &fh)))
			pixels = true;
		if (k) {
			memmove(p + w, p + r, next - r);
			w += next - r;
		}
		r = next;
	}
	if (!pixels)
		return IMG_NO_PIXELS;
	if (vp8x)
		p[vp8x] &= (unsigned char)~(VP8X_EXIF | VP8X_XMP);
	put_le32(p + 4, (uint32_t)(w - 8));
	*out_n = w;
	return IMG_OK;
}

/* ------------------------------------------------------------------ by type */

enum img_status img_dimensions(const unsigned char *p, size_t n, uint32_t *w, uint32_t *h)
{
	const char *t = img_sniff(p, n);

	*w = *h = 0;
	if (t == NULL)
		return IMG_UNKNOWN;
	if (t[6] == 'j')
		return jpeg_dimensions(p, n, w, h);
	if (t[6] == 'p')
		return png_dimensions(p, n, w, h);
	return webp_dimensions(p, n, w, h);
}

enum img_status img_strip(unsigned char *p, size_t n, size_t *out_n)
{
	const char *t = img_sniff(p, n);

	if (t == NULL)
		return IMG_UNKNOWN;
	if (t[6] == 'j')
		return img_strip_jpeg(p, n, out_n);
	if (t[6] == 'p')
		return img_strip_png(p, n, out_n);
	return img_strip_webp(p, n, out_n);
}
