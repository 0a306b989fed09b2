/* test_imgmeta.c — photo metadata removal and declared dimensions (src/core/imgmeta.c), and the
 * scheduler's sweep of uploads no case took (attach_sweep, src/core/attach.c).
 *
 * The images are built here from bytes: a 2x2 baseline JPEG, the demo's 1x1 PNG and a 2x2
 * lossless WebP, each with a GPS position put in every place the format can carry one. The
 * tests assert that no byte of the position is left and that the pixel data (JPEG tables,
 * frame and scan, PNG IDAT, WebP VP8L) comes out byte-identical. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/attach.h"
#include "core/imgmeta.h"
#include "db/db.h"
#include "util/util.h"

#include "support.h"

#define GPS "GPS 29.08N 119.65E"

/* A 2x2 baseline JPEG (JFIF, no metadata). */
static const char jpeg_b64[] =
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsL"
    "EBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU"
    "FBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAACAAIDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAA"
    "AAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhED"
    "EQA/ADoDFU3/2Q==";
/* A 2x2 lossless WebP (RIFF, VP8L). */
static const char webp_b64[] = "UklGRhwAAABXRUJQVlA4TA8AAAAvAUAAAAcQ0f/+ByKi/wEA";

struct buf {
	unsigned char d[4096];
	size_t n;
};

static void put(struct buf *b, const void *p, size_t n)
{
	assert_true(b->n + n <= sizeof b->d);
	memcpy(b->d + b->n, p, n);
	b->n += n;
}

static void put_str(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static size_t decode(const char *b64, unsigned char *out, size_t cap)
{
	size_t n = 0;

	assert_int_equal(sodium_base642bin(out, cap, b64, strlen(b64), NULL, &n, NULL,
	    sodium_base64_VARIANT_ORIGINAL), 0);
	return n;
}

static bool contains(const unsigned char *p, size_t n, const char *s)
{
	return memmem(p, n, s, strlen(s)) != NULL;
}

/* A JPEG segment: marker, length, payload. */
static void jpeg_seg(struct buf *b, unsigned char m, const void *p, size_t n)
{
	unsigned char h[4] = { 0xFF, m, (unsigned char)((n + 2) >> 8), (unsigned char)(n + 2) };
	put(b, h, 4);
	put(b, p, n);
}

/* An Exif payload: "Exif\0\0", a big-endian TIFF header and a GPS text. */
static void exif_payload(struct buf *b)
{
	put(b, "Exif\0\0MM\0\x2a\0\0\0\x08", 14);
	put_str(b, GPS);
}

/* Where the scan starts (the 0xFF of SOS). */
static size_t jpeg_sos(const unsigned char *p, size_t n)
{
	for (size_t i = 2; i + 1 < n; i++)
		if (p[i] == 0xFF && p[i + 1] == 0xDA)
			return i;
	fail_msg("no SOS");
	return 0;
}

static void jpeg_every_place(void **state)
{
	unsigned char plain[512];
	size_t pn = decode(jpeg_b64, plain, sizeof plain), out, sos_in, sos_out;
	struct buf b = { .n = 0 }, ex = { .n = 0 };
	static const char icc[] = "ICC_PROFILE\0\1\1 colour profile";
	static const char xmp[] = "http://ns.adobe.com/xap/1.0/\0<exif:GPSLatitude>" GPS;
	static const char iptc[] = "Photoshop 3.0\0" "8BIM\4\4" GPS;

	exif_payload(&ex);
	put(&b, plain, 2);                                   /* SOI */
	jpeg_seg(&b, 0xE1, ex.d, ex.n);                      /* Exif APP1 */
	jpeg_seg(&b, 0xE1, xmp, sizeof xmp - 1);             /* XMP APP1 */
	jpeg_seg(&b, 0xED, iptc, sizeof iptc - 1);           /* IPTC APP13 */
	jpeg_seg(&b, 0xFE, GPS, strlen(GPS));                /* COM */
	jpeg_seg(&b, 0xE5, GPS, strlen(GPS));                /* some other APPn */
	jpeg_seg(&b, 0xE2, icc, sizeof icc - 1);             /* ICC APP2: kept */
	put(&b, plain + 2, pn - 4);                          /* JFIF APP0, tables, frame, scan */
	jpeg_seg(&b, 0xE1, ex.d, ex.n);                      /* APP1 after the scan start */
	put(&b, plain + pn - 2, 2);                          /* EOI */
	put_str(&b, GPS);                                    /* after EOI */
	assert_true(contains(b.d, b.n, GPS));

	assert_int_equal(img_strip_jpeg(b.d, b.n, &out), IMG_OK);
	assert_false(contains(b.d, out, "GPS"));
	assert_false(contains(b.d, out, "Exif"));
	assert_false(contains(b.d, out, "Photoshop"));
	assert_false(contains(b.d, out, "xap/1.0"));
	assert_true(contains(b.d, out, "ICC_PROFILE"));
	/* without the ICC segment, the result is the plain JPEG byte for byte */
	sos_in = jpeg_sos(plain, pn);
	sos_out = jpeg_sos(b.d, out);
	assert_int_equal(out - sos_out, pn - sos_in);
	assert_memory_equal(b.d + sos_out, plain + sos_in, pn - sos_in);
	assert_int_equal(out, 2 + 4 + (sizeof icc - 1) + (pn - 2));
	assert_memory_equal(b.d, plain, 2);
	assert_memory_equal(b.d + 2 + 4 + sizeof icc - 1, plain + 2, pn - 2);
	/* stripping again changes nothing */
	{
		size_t again;
		unsigned char copy[4096];
		memcpy(copy, b.d, out);
		assert_int_equal(img_strip_jpeg(copy, out, &again), IMG_OK);
		assert_int_equal(again, out);
		assert_memory_equal(copy, b.d, out);
	}
}

static void jpeg_jfif_thumbnail_dropped(void **state)
{
	unsigned char plain[512];
	size_t pn = decode(jpeg_b64, plain, sizeof plain), out;
	struct buf b = { .n = 0 };
	/* the JFIF APP0 of the plain image, with a 1x1 thumbnail of RGB bytes "GPS" */
	unsigned char app0[14 + 3];
	size_t app0_len = ((size_t)plain[4] << 8 | plain[5]) - 2;

	assert_int_equal(app0_len, 14);
	memcpy(app0, plain + 6, 14);
	app0[12] = app0[13] = 1;
	memcpy(app0 + 14, "GPS", 3);
	put(&b, plain, 2);
	jpeg_seg(&b, 0xE0, app0, sizeof app0);
	put(&b, plain + 2 + 2 + 2 + 14, pn - 20);
	assert_int_equal(img_strip_jpeg(b.d, b.n, &out), IMG_OK);
	assert_int_equal(out, pn);
	assert_memory_equal(b.d, plain, pn);
}

/* ---- PNG */

static uint32_t crc32_png(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;

	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
	}
	return c ^ 0xFFFFFFFFu;
}

static void png_chunk(struct buf *b, const char *type, const void *p, size_t n)
{
	unsigned char h[8] = { (unsigned char)(n >> 24), (unsigned char)(n >> 16),
		(unsigned char)(n >> 8), (unsigned char)n };
	unsigned char td[512];
	uint32_t c;

	memcpy(h + 4, type, 4);
	put(b, h, 8);
	put(b, p, n);
	memcpy(td, type, 4);
	memcpy(td + 4, p, n);
	c = crc32_png(td, n + 4);
	h[0] = (unsigned char)(c >> 24);
	h[1] = (unsigned char)(c >> 16);
	h[2] = (unsigned char)(c >> 8);
	h[3] = (unsigned char)c;
	put(b, h, 4);
}

static void png_every_place(void **state)
{
	const unsigned char *plain = support_png;
	size_t pn = support_png_size, ihdr_end = 8 + 25, iend = pn - 12, out;
	struct buf b = { .n = 0 }, ex = { .n = 0 };
	static const unsigned char gama[4] = { 0, 0, 0xB1, 0x8F };
	static const unsigned char time[7] = { 0x07, 0xEA, 12, 1, 8, 30, 0 };

	assert_memory_equal(plain + 12, "IHDR", 4);
	assert_memory_equal(plain + iend + 4, "IEND", 4);
	exif_payload(&ex);
	put(&b, plain, ihdr_end);
	png_chunk(&b, "tEXt", "Comment\0" GPS, 8 + strlen(GPS));
	png_chunk(&b, "zTXt", "Location\0\0" GPS, 10 + strlen(GPS));
	png_chunk(&b, "iTXt", "XML:com.adobe.xmp\0\0\0\0\0" GPS, 22 + strlen(GPS));
	png_chunk(&b, "eXIf", ex.d + 6, ex.n - 6);
	png_chunk(&b, "prVt", GPS, strlen(GPS));          /* a private ancillary chunk */
	png_chunk(&b, "gAMA", gama, 4);                   /* colour: kept */
	put(&b, plain + ihdr_end, iend - ihdr_end);       /* IDAT */
	png_chunk(&b, "tIME", time, 7);
	png_chunk(&b, "eXIf", ex.d + 6, ex.n - 6);
	put(&b, plain + iend, 12);                        /* IEND */
	put_str(&b, GPS);                                 /* after IEND */

	assert_int_equal(img_strip_png(b.d, b.n, &out), IMG_OK);
	assert_false(contains(b.d, out, "GPS"));
	for (const char *t = "tEXt\0zTXt\0iTXt\0eXIf\0tIME\0"; *t; t += 5)
		assert_false(contains(b.d, out, t));
	/* the plain PNG with the gAMA chunk (16 bytes) after IHDR, byte for byte */
	assert_int_equal(out, pn + 16);
	assert_memory_equal(b.d, plain, ihdr_end);
	assert_memory_equal(b.d + ihdr_end + 8, gama, 4);
	assert_memory_equal(b.d + ihdr_end + 16, plain + ihdr_end, pn - ihdr_end);
}

/* ---- WebP */

static void riff_chunk(struct buf *b, const char *cc, const void *p, size_t n)
{
	unsigned char h[8] = { 0, 0, 0, 0, (unsigned char)n, (unsigned char)(n >> 8),
		(unsigned char)(n >> 16), (unsigned char)(n >> 24) };

	memcpy(h, cc, 4);
	put(b, h, 8);
	put(b, p, n);
	if (n & 1)
		put(b, "", 1);
}

static void riff_close(struct buf *b)
{
	size_t n = b->n - 8;

	b->d[4] = (unsigned char)n;
	b->d[5] = (unsigned char)(n >> 8);
	b->d[6] = (unsigned char)(n >> 16);
	b->d[7] = (unsigned char)(n >> 24);
}

static void webp_every_place(void **state)
{
	unsigned char plain[64];
	size_t pn = decode(webp_b64, plain, sizeof plain), vl, out;
	struct buf b = { .n = 0 }, ex = { .n = 0 };
	unsigned char vp8x[10] = { 0x08 | 0x04 | 0x20, 0, 0, 0, 1, 0, 0, 1, 0, 0 };
	static const char icc[] = "a colour profile";
	static const char xmp[] = "<x:xmpmeta><exif:GPSLatitude>" GPS;
	uint32_t w, h;

	assert_memory_equal(plain + 12, "VP8L", 4);
	vl = plain[16] | (size_t)plain[17] << 8;
	assert_true(20 + vl <= pn);
	exif_payload(&ex);
	put(&b, "RIFF\0\0\0\0WEBP", 12);
	riff_chunk(&b, "VP8X", vp8x, sizeof vp8x);
	riff_chunk(&b, "ICCP", icc, sizeof icc - 1);
	riff_chunk(&b, "VP8L", plain + 20, vl);
	riff_chunk(&b, "EXIF", ex.d + 6, ex.n - 6);
	riff_chunk(&b, "XMP ", xmp, sizeof xmp - 1);
	riff_chunk(&b, "prVt", GPS, strlen(GPS));
	riff_close(&b);
	put_str(&b, GPS);                                 /* after the RIFF */
	assert_int_equal(img_dimensions(b.d, b.n, &w, &h), IMG_OK);
	assert_int_equal(w, 2);
	assert_int_equal(h, 2);

	assert_int_equal(img_strip_webp(b.d, b.n, &out), IMG_OK);
	assert_false(contains(b.d, out, "GPS"));
	assert_false(contains(b.d, out, "EXIF"));
	assert_false(contains(b.d, out, "XMP "));
	assert_int_equal(b.d[20], 0x20);                  /* only the ICC flag is left */
	assert_int_equal(out, 12 + 18 + 8 + 16 + 8 + vl + (vl & 1));
	assert_int_equal(b.d[4] | b.d[5] << 8 | b.d[6] << 16 | (size_t)b.d[7] << 24, out - 8);
	assert_memory_equal(b.d + 12 + 18 + 24 + 8, plain + 20, vl);   /* the VP8L bitstream */
}

/* ---- dimensions and refusals */

static void dimensions_and_bombs(void **state)
{
	unsigned char jpeg[512], webp[64];
	size_t jn = decode(jpeg_b64, jpeg, sizeof jpeg), wn = decode(webp_b64, webp, sizeof webp);
	unsigned char png[128];
	uint32_t w, h;
	size_t sof, out;

	memcpy(png, support_png, support_png_size);
	assert_int_equal(img_dimensions(jpeg, jn, &w, &h), IMG_OK);
	assert_true(w == 2 && h == 2);
	assert_int_equal(img_dimensions(png, support_png_size, &w, &h), IMG_OK);
	assert_true(w == 1 && h == 1);
	assert_int_equal(img_dimensions(webp, wn, &w, &h), IMG_OK);
	assert_true(w == 2 && h == 2);

	/* 20000 x 20000 declared in the JPEG frame header and the PNG IHDR */
	for (sof = 2; !(jpeg[sof] == 0xFF && jpeg[sof + 1] == 0xC0); sof++)
		;
	jpeg[sof + 5] = 20000 >> 8; jpeg[sof + 6] = 20000 & 0xFF;
	jpeg[sof + 7] = 20000 >> 8; jpeg[sof + 8] = 20000 & 0xFF;
	assert_int_equal(img_dimensions(jpeg, jn, &w, &h), IMG_OK);
	assert_true(w == 20000 && h == 20000);
	assert_true((int64_t)w * h > LIM_IMAGE_PIXELS);
	png[16] = 0; png[17] = 0; png[18] = 20000 >> 8; png[19] = 20000 & 0xFF;
	png[20] = 0; png[21] = 0; png[22] = 20000 >> 8; png[23] = 20000 & 0xFF;
	assert_int_equal(img_dimensions(png, support_png_size, &w, &h), IMG_OK);
	assert_true(w == 20000 && h == 20000);

	/* a WebP that is only a header: VP8X with a canvas and nothing else */
	{
		struct buf b = { .n = 0 };
		unsigned char vp8x[10] = { 0, 0, 0, 0, 0x1F, 0x4E, 0, 0x1F, 0x4E, 0 };
		put(&b, "RIFF\0\0\0\0WEBP", 12);
		riff_chunk(&b, "VP8X", vp8x, sizeof vp8x);
		riff_close(&b);
		assert_int_equal(img_dimensions(b.d, b.n, &w, &h), IMG_NO_PIXELS);
		assert_int_equal(img_strip_webp(b.d, b.n, &out), IMG_NO_PIXELS);
		/* and a VP8L chunk of only its 5-byte header */
		b.n = 0;
		put(&b, "RIFF\0\0\0\0WEBP", 12);
		riff_chunk(&b, "VP8L", webp + 20, 5);
		riff_close(&b);
		assert_int_equal(img_dimensions(b.d, b.n, &w, &h), IMG_NO_PIXELS);
	}
	/* truncated and garbage */
	assert_int_equal(img_dimensions(webp, wn - 4, &w, &h), IMG_TRUNCATED);
	assert_int_equal(img_dimensions(support_png, 30, &w, &h), IMG_TRUNCATED);
	memcpy(png, support_png, support_png_size);
	assert_int_equal(img_strip_png(png, support_png_size - 12, &out), IMG_TRUNCATED);
	memcpy(png + 12, "I\x01DR", 4);
	assert_int_equal(img_dimensions(png, support_png_size, &w, &h), IMG_DAMAGED);
	decode(jpeg_b64, jpeg, sizeof jpeg);
	assert_int_equal(img_strip_jpeg(jpeg, jn - 2, &out), IMG_TRUNCATED);   /* no EOI */
	assert_int_equal(img_strip_jpeg(jpeg, 100, &out), IMG_TRUNCATED);
	jpeg[2 + 2 + 16] = 0x12;                                               /* not a marker */
	assert_int_equal(img_strip_jpeg(jpeg, jn, &out), IMG_DAMAGED);
	assert_int_equal(img_dimensions((const unsigned char *)"GIF89a", 6, &w, &h), IMG_UNKNOWN);
}

/* ---- the sweep of uploads no case took within a day */

struct link_job {
	int64_t case_id, att, user;
	struct pa_error err;
};

static pa_err link_run(struct db_conn *c, void *ctx)
{
	struct link_job *j = ctx;
	json_t *ids = json_pack("[I]", (json_int_t)j->att);
	pa_err rc = attach_link(c, j->case_id, ids, j->user, "photos", &j->err);

	json_decref(ids);
	return rc;
}

static int64_t rows(struct db *db, const char *sql, int64_t id)
{
	return support_count_with(db, sql, &id, 1, NULL);
}

static const char SQL_ATT_N[] = "SELECT count(*) FROM attachments WHERE id = ?1";
static const char SQL_BLOB_N[] =
    "SELECT count(*) FROM blobs WHERE sha256 = (SELECT sha256 FROM attachments WHERE id = ?1)";
static const char SQL_BLOBS[] = "SELECT count(*) FROM blobs WHERE ?1 = ?1";
static const char SQL_DEMO_PHOTO[] = "SELECT min(attachment_id) FROM case_attachments WHERE ?1 = ?1";
static const char SQL_CASE[] = "SELECT min(id) FROM cases WHERE ?1 = ?1";

static void sweep_removes_only_stale_unlinked(void **state)
{
	struct support_db *d = *state;
	struct auth_user u;
	int64_t t0 = support_time("2026-12-01T08:00:00+08:00"), lone, shared, linked, demo, blobs;
	unsigned char img[2][8] = { "lone.im", "link.im" };
	struct link_job lj = { 0 };

	support_user(d->db, "grid-worker", &u);
	demo = rows(d->db, SQL_DEMO_PHOTO, 0);
	assert_true(demo > 0);
	clock_set_fixed(t0);
	assert_int_equal(attach_store(d->db, u.id, img[0], sizeof img[0], "image/png", &lone), PA_OK);
	/* the same bytes as the demo photo: its stored image is shared with a linked upload */
	assert_int_equal(attach_store(d->db, u.id, support_png, support_png_size, "image/png",
	    &shared), PA_OK);
	assert_int_equal(attach_store(d->db, u.id, img[1], sizeof img[1], "image/png", &linked),
	    PA_OK);
	lj.case_id = rows(d->db, SQL_CASE, 0);
	lj.att = linked;
	lj.user = u.id;
	assert_int_equal(db_write(d->db, link_run, &lj), PA_OK);
	blobs = rows(d->db, SQL_BLOBS, 0);

	/* 23 hours later: nothing goes */
	assert_int_equal(attach_sweep(d->db, t0 + 23LL * 3600 * 1000), PA_OK);
	assert_int_equal(rows(d->db, SQL_ATT_N, lone), 1);
	assert_int_equal(rows(d->db, SQL_ATT_N, shared), 1);
	assert_int_equal(rows(d->db, SQL_BLOBS, 0), blobs);

	/* 25 hours later: the two unlinked uploads go; the lone one's image with it, the shared
	 * image stays for the demo's linked photo; the linked upload and the demo photo stay */
	assert_int_equal(rows(d->db, SQL_BLOB_N, lone), 1);
	assert_int_equal(attach_sweep(d->db, t0 + 25LL * 3600 * 1000), PA_OK);
	assert_int_equal(rows(d->db, SQL_ATT_N, lone), 0);
	assert_int_equal(rows(d->db, SQL_ATT_N, shared), 0);
	assert_int_equal(rows(d->db, SQL_ATT_N, linked), 1);
	assert_int_equal(rows(d->db, SQL_ATT_N, demo), 1);
	assert_int_equal(rows(d->db, SQL_BLOB_N, demo), 1);
	assert_int_equal(rows(d->db, SQL_BLOB_N, linked), 1);
	assert_int_equal(rows(d->db, SQL_BLOBS, 0), blobs - 1);
}

static int demo_setup(void **state)
{
	static struct support_db d;

	if (support_demo_db("imgmeta", true, &d) != 0)
		return -1;
	*state = &d;
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(jpeg_every_place),
		cmocka_unit_test(jpeg_jfif_thumbnail_dropped),
		cmocka_unit_test(png_every_place),
		cmocka_unit_test(webp_every_place),
		cmocka_unit_test(dimensions_and_bombs),
		cmocka_unit_test_teardown(sweep_removes_only_stale_unlinked, support_end),
	};

	return cmocka_run_group_tests(tests, demo_setup, support_group_teardown);
}
