/* attach.c — photos: the type sniffed from the bytes, JPEG metadata (EXIF with GPS positions)
 * removed, stored once per SHA-256, served only to who may see a case they belong to. */
#include "attach.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../util/util.h"
#include "case.h"

size_t attach_max_bytes = ATTACH_MAX_DEFAULT;

const char *attach_sniff(const unsigned char *p, size_t n)
{
	static const unsigned char png[8] = { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
		return "image/jpeg";
	if (n >= 8 && memcmp(p, png, 8) == 0)
		return "image/png";
	if (n >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
		return "image/webp";
	return NULL;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

bool attach_complete(const char *mime, const unsigned char *p, size_t n)
{
	static const unsigned char iend[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60,
		0x82 };

	if (strcmp(mime, "image/png") == 0)
		return n >= 8 + 25 + 12 && be32(p + 8) == 13 && memcmp(p + 12, "IHDR", 4) == 0 &&
		    memmem(p + 33, n - 33, iend, sizeof iend) != NULL;
	if (strcmp(mime, "image/webp") == 0)
		return n >= 20 && le32(p + 4) == n - 8 && (memcmp(p + 12, "VP8 ", 4) == 0 ||
		    memcmp(p + 12, "VP8L", 4) == 0 || memcmp(p + 12, "VP8X", 4) == 0) &&
		    le32(p + 16) > 0 && le32(p + 16) <= n - 20;
	return true;
}

/* Walks the JPEG segments before the scan and drops every APP1 (Exif, XMP) segment. Returns the
 * new length, or 0 if the segment structure is broken. */
size_t attach_strip_jpeg(unsigned char *p, size_t n)
{
	size_t r = 2, w = 2;

	if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
		return 0;
	while (r + 1 < n) {
		unsigned char m;
		size_t len;
		if (p[r] != 0xFF)
			return 0;
		m = p[r + 1];
		if (m == 0xFF) {                 /* fill byte */
			r++;
			continue;
		}
		if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {   /* no length */
			p[w++] = p[r];
			p[w++] = p[r + 1];
			r += 2;
			continue;
		}
		if (m == 0xD9) {                 /* end of image */
			p[w++] = 0xFF;
			p[w++] = 0xD9;
			return w;
		}
		if (r + 4 > n)
			return 0;
		len = ((size_t)p[r + 2] << 8) | p[r + 3];
		if (len < 2 || r + 2 + len > n)
			return 0;
		if (m == 0xDA) {                 /* start of scan: the rest is image data */
			memmove(p + w, p + r, n - r);
			return w + (n - r);
		}
		if (m != 0xE1) {                 /* keep everything but APP1 */
			memmove(p + w, p + r, 2 + len);
			w += 2 + len;
		}
		r += 2 + len;
	}
	return 0;
}

static const char SQL_BLOB_PUT[] =
    "INSERT INTO blobs (sha256, mime, size, data) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (sha256) DO NOTHING";
static const char SQL_ATT_PUT[] =
    "INSERT INTO attachments (sha256, uploader_id, created_at) VALUES (?1, ?2, ?3)";

struct upload_job {
	const unsigned char *data;
	size_t len;
	const char *mime;
	char sha[65];
	int64_t user, id;
};

static pa_err upload_run(struct db_conn *c, void *ctx)
{
	struct upload_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_BLOB_PUT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->sha);
	db_bind_text(s, 2, j->mime);
	db_bind_int(s, 3, (int64_t)j->len);
	db_bind_blob(s, 4, j->data, j->len);
	if (db_run(s) != PA_OK || (s = db_prepare(c, SQL_ATT_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->sha);
	db_bind_int(s, 2, j->user);
	db_bind_int(s, 3, clock_now_ms());
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	j->id = db_last_id(c);
	return PA_OK;
}

pa_err attach_store(struct db *db, int64_t user, const unsigned char *data, size_t len,
    const char *mime, int64_t *out_id)
{
	struct upload_job j = { .user = user, .data = data, .len = len, .mime = mime };
	unsigned char h[crypto_hash_sha256_BYTES];
	pa_err rc;

	crypto_hash_sha256(h, data, len);
	sodium_bin2hex(j.sha, sizeof j.sha, h, sizeof h);
	rc = db_write(db, upload_run, &j);
	if (rc == PA_OK)
		*out_id = j.id;
	return rc;
}

/* POST /api/v1/attachments — the image is the raw body. */
void attach_api_upload(struct http_req *r)
{
	const char *ct = http_header(r, "Content-Type"), *mime;
	struct upload_job j = { .user = r->user->id };
	unsigned char h[crypto_hash_sha256_BYTES];
	char declared[32];

	if (r->body_too_large) {
		http_error(r, PA_ERR_TOO_LARGE, "too_large", NULL, "a photo may be at most %zu bytes",
		    attach_max_bytes);
		return;
	}
	snprintf(declared, sizeof declared, "%.*s", ct ? (int)strcspn(ct, "; ") : 0, ct ? ct : "");
	mime = attach_sniff((const unsigned char *)r->body, r->body_len);
	if (mime == NULL || strcasecmp(declared, mime) != 0) {
		http_error(r, PA_ERR_MEDIA, "unsupported_media_type", "Content-Type",
		    "send a JPEG, PNG or WebP image with its own Content-Type");
		return;
	}
	if (strcmp(mime, "image/jpeg") == 0) {
		r->body_len = attach_strip_jpeg((unsigned char *)r->body, r->body_len);
		if (r->body_len == 0) {
			http_error(r, PA_ERR_MEDIA, "unsupported_media_type", "Content-Type",
			    "the JPEG is damaged");
			return;
		}
	}
	if (!attach_complete(mime, (const unsigned char *)r->body, r->body_len)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", NULL,
		    "the image is truncated or damaged");
		return;
	}
	j.data = (const unsigned char *)r->body;
	j.len = r->body_len;
	j.mime = mime;
	crypto_hash_sha256(h, j.data, j.len);
	sodium_bin2hex(j.sha, sizeof j.sha, h, sizeof h);
	if (db_write(r->db, upload_run, &j) != PA_OK) {
		http_error(r, PA_ERR_DB, "internal", NULL, "cannot store the photo");
		return;
	}
	http_reply(r, 201, json_pack("{s:I, s:s, s:s, s:I}", "id", (json_int_t)j.id, "sha256", j.sha,
	    "mime", mime, "size", (json_int_t)j.len));
}

static const char SQL_ATT_GET[] =
    "SELECT a.uploader_id, b.mime, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 "
    "WHERE a.id = ?1";
static const char SQL_ATT_CASES[] =
    "SELECT case_id FROM case_attachments WHERE attachment_id = ?1";

/* GET /api/v1/attachments/{id} */
void attach_api_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	int64_t id, cases[16];
	int ncases = 0;
	bool ok = false;
	const void *data;
	size_t n;
	char mime[32];
	void *copy;

	if (!http_param_id(r, 0, &id))
		return;
	if (c == NULL || (s = db_prepare(c, SQL_ATT_CASES)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, id);
	while (db_step(s) == DB_ROW && ncases < 16)
		cases[ncases++] = db_col_int(s, 0);
	db_reset(s);
	for (int i = 0; i < ncases && !ok; i++) {
		struct case_rec rec;
		if (case_get_visible(c, r->arena, cases[i], r->user, &rec) == PA_OK) {
			ok = true;
			case_rec_clear(&rec);
		}
	}
	if ((s = db_prepare(c, SQL_ATT_GET)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, id);
	if (db_step(s) != DB_ROW || !(ok || db_col_int(s, 0) == r->user->id)) {
		db_reset(s);
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such photo");
		return;
	}
	snprintf(mime, sizeof mime, "%s", db_col_text(s, 1));
	data = db_col_blob(s, 2, &n);
	copy = malloc(n ? n : 1);
	if (copy)
		memcpy(copy, data, n);
	db_reset(s);
	if (copy == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	http_reply_bytes(r, 200, mime, copy, n, "inline", "private, max-age=86400");
}

static const char SQL_ATT_OWNER[] = "SELECT uploader_id FROM attachments WHERE id = ?1";
static const char SQL_ATT_LINK[] =
    "INSERT INTO case_attachments (case_id, attachment_id) VALUES (?1, ?2) "
    "ON CONFLICT (case_id, attachment_id) DO NOTHING";

pa_err attach_link(struct db_conn *c, int64_t case_id, const json_t *ids, int64_t user_id,
    const char *field, struct pa_error *err)
{
	const json_t *v;
	size_t i;

	json_array_foreach(ids, i, v) {
		struct db_stmt *s = db_prepare(c, SQL_ATT_OWNER);
		int64_t id = json_integer_value(v), owner = 0;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		if (db_step(s) == DB_ROW)
			owner = db_col_int(s, 0);
		db_reset(s);
		if (!json_is_integer(v) || owner == 0 || owner != user_id) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
			    "%s[%zu] is not a photo you uploaded", field, i);
			return PA_ERR_INVALID;
		}
		if ((s = db_prepare(c, SQL_ATT_LINK)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, case_id);
		db_bind_int(s, 2, id);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
	}
	return PA_OK;
}
