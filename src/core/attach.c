/* attach.c — photos: the type sniffed from the bytes, the declared size checked and every
 * metadata segment that can carry a position or an identity removed (imgmeta.c), a quota per
 * user per 24 hours, stored once per SHA-256, served only to who may see a case they belong
 * to, and removed by the scheduler when no case took them within a day. */
#include "attach.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../auth/auth.h"
#include "../util/util.h"
#include "imgmeta.h"

size_t attach_max_bytes = ATTACH_MAX_DEFAULT;
int64_t attach_quota_count = UPLOAD_QUOTA_COUNT;
int64_t attach_quota_bytes = (int64_t)UPLOAD_QUOTA_MB * 1024 * 1024;

const char *attach_sniff(const unsigned char *p, size_t n)
{
	return img_sniff(p, n);
}

static const char SQL_BLOB_PUT[] =
    "INSERT INTO blobs (sha256, mime, size, data) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (sha256) DO NOTHING";
static const char SQL_ATT_PUT[] =
    "INSERT INTO attachments (sha256, uploader_id, created_at) VALUES (?1, ?2, ?3)";

/* What the user uploaded in the window: count, bytes and the oldest upload's time. */
static const char SQL_ATT_QUOTA[] =
    "SELECT count(*), coalesce(sum(b.size), 0), min(a.created_at) FROM attachments a "
    "JOIN blobs b ON b.sha256 = a.sha256 WHERE a.uploader_id = ?1 AND a.created_at > ?2";

struct upload_job {
	const unsigned char *data;
	size_t len;
	const char *mime;
	char sha[65];
	int64_t user, id;
	bool quota;             /* check the user's quota (uploads through the API) */
	int retry_after;        /* seconds, when the quota refused it */
};

/* Inside the write, so that two concurrent uploads cannot both take the last place. */
static pa_err quota_check(struct db_conn *c, struct upload_job *j, int64_t now)
{
	struct db_stmt *s = db_prepare(c, SQL_ATT_QUOTA);
	int64_t count, bytes, oldest;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->user);
	db_bind_int(s, 2, now - UPLOAD_QUOTA_WINDOW_MS);
	if (db_step(s) != DB_ROW) {
		db_reset(s);
		return PA_ERR_DB;
	}
	count = db_col_int(s, 0);
	bytes = db_col_int(s, 1);
	oldest = db_col_null(s, 2) ? now : db_col_int(s, 2);
	db_reset(s);
	if (count + 1 <= attach_quota_count && bytes + (int64_t)j->len <= attach_quota_bytes)
		return PA_OK;
	/* the earliest moment a place frees: when the oldest upload leaves the window */
	j->retry_after = (int)((oldest + UPLOAD_QUOTA_WINDOW_MS - now + 999) / 1000);
	if (j->retry_after < 1)
		j->retry_after = 1;
	return PA_ERR_RATE;
}

static pa_err upload_run(struct db_conn *c, void *ctx)
{
	struct upload_job *j = ctx;
	int64_t now = clock_now_ms();
	struct db_stmt *s;
	pa_err rc;

	if (j->quota && (rc = quota_check(c, j, now)) != PA_OK)
		return rc;
	if ((s = db_prepare(c, SQL_BLOB_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->sha);
	db_bind_text(s, 2, j->mime);
	db_bind_int(s, 3, (int64_t)j->len);
	db_bind_blob(s, 4, j->data, j->len);
	if (db_run(s) != PA_OK || (s = db_prepare(c, SQL_ATT_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->sha);
	db_bind_int(s, 2, j->user);
	db_bind_int(s, 3, now);
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

/* Answers 422 for an image whose structure the checks refused. */
static void image_refused(struct http_req *r, enum img_status st)
{
	switch (st) {
	case IMG_TRUNCATED:
		http_error(r, PA_ERR_INVALID, "invalid_image", "image",
		    "the image is cut short: its data ends inside a header or segment");
		break;
	case IMG_NO_PIXELS:
		http_error(r, PA_ERR_INVALID, "invalid_image", "image",
		    "the image has headers but no picture data");
		break;
	case IMG_NO_SIZE:
		http_error(r, PA_ERR_INVALID, "invalid_image", "image",
		    "the image does not declare its width and height");
		break;
	case IMG_TOO_COMPLEX:
		http_error(r, PA_ERR_INVALID, "invalid_image", "image",
		    "the image has more than %d segments or chunks", LIM_IMAGE_SEGMENTS);
		break;
	default:
		http_error(r, PA_ERR_INVALID, "invalid_image", "image",
		    "the image is damaged: its headers cannot be read");
		break;
	}
}

/* POST /api/v1/attachments — the image is the raw body. */
void attach_api_upload(struct http_req *r)
{
	const char *ct = http_header(r, "Content-Type"), *mime;
	struct upload_job j = { .user = r->user->id, .quota = true };
	unsigned char h[crypto_hash_sha256_BYTES];
	char declared[32];
	enum img_status st;
	uint32_t width, height;
	size_t len;
	pa_err rc;

	if (r->body_too_large) {
		http_error(r, PA_ERR_TOO_LARGE, "too_large", NULL, "a photo may be at most %zu bytes",
		    attach_max_bytes);
		return;
	}
	snprintf(declared, sizeof declared, "%.*s", ct ? (int)strcspn(ct, "; ") : 0, ct ? ct : "");
	mime = img_sniff((const unsigned char *)r->body, r->body_len);
	if (mime == NULL || strcasecmp(declared, mime) != 0) {
		http_error(r, PA_ERR_MEDIA, "unsupported_media_type", "Content-Type",
		    "send a JPEG, PNG or WebP image with its own Content-Type");
		return;
	}
	/* the declared size first: a decompression bomb is refused before anything else */
	st = img_dimensions((const unsigned char *)r->body, r->body_len, &width, &height);
	if (st != IMG_OK) {
		image_refused(r, st);
		return;
	}
	if ((int64_t)width * height > LIM_IMAGE_PIXELS) {
		http_error(r, PA_ERR_INVALID, "image_too_large", "image",
		    "the image is %u x %u pixels; at most %lld million pixels are accepted",
		    (unsigned)width, (unsigned)height, (long long)(LIM_IMAGE_PIXELS / 1000000));
		return;
	}
	st = img_strip((unsigned char *)r->body, r->body_len, &len);
	if (st != IMG_OK) {
		image_refused(r, st);
		return;
	}
	r->body_len = len;
	if ((int64_t)len > attach_quota_bytes) {
		http_error(r, PA_ERR_TOO_LARGE, "too_large", NULL,
		    "a photo may not be larger than the daily upload quota of %lld MB",
		    (long long)(attach_quota_bytes / (1024 * 1024)));
		return;
	}
	j.data = (const unsigned char *)r->body;
	j.len = len;
	j.mime = mime;
	crypto_hash_sha256(h, j.data, j.len);
	sodium_bin2hex(j.sha, sizeof j.sha, h, sizeof h);
	rc = db_write(r->db, upload_run, &j);
	if (rc == PA_ERR_RATE) {
		struct pa_error e = { 0 };
		pa_error_set(&e, PA_ERR_RATE, "upload_quota", NULL,
		    "upload quota reached: at most %lld photos and %lld MB in 24 hours; try again later",
		    (long long)attach_quota_count, (long long)(attach_quota_bytes / (1024 * 1024)));
		e.retry_after = j.retry_after;
		http_fail(r, &e);
		return;
	}
	if (rc != PA_OK) {
		http_error(r, PA_ERR_DB, "internal", NULL, "cannot store the photo");
		return;
	}
	http_reply(r, 201, json_pack("{s:I, s:s, s:s, s:I, s:i, s:i}", "id", (json_int_t)j.id,
	    "sha256", j.sha, "mime", mime, "size", (json_int_t)j.len, "width", (int)width,
	    "height", (int)height));
}

static const char SQL_ATT_GET[] =
    "SELECT a.uploader_id, b.mime, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 "
    "WHERE a.id = ?1";
/* Whether any case the photo is attached to is visible to the user (?1): the scope rule of
 * lists, over all the photo's cases at once. */
static const char SQL_ATT_VISIBLE[] =
    "SELECT 1 FROM case_attachments ca JOIN cases c ON c.id = ca.case_id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE ca.attachment_id = ?2 AND " SCOPE_CASE_SQL " LIMIT 1";

/* GET /api/v1/attachments/{id} */
void attach_api_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	int64_t id;
	bool ok;
	const void *data;
	size_t n;
	char mime[32];
	void *copy;

	if (!http_param_id(r, 0, &id))
		return;
	if (c == NULL || (s = db_prepare(c, SQL_ATT_VISIBLE)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, id);
	ok = db_step(s) == DB_ROW;
	db_reset(s);
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
	/* no-store: a browser keeps no copy once the user may no longer see the case */
	http_reply_bytes(r, 200, mime, copy, n, "inline", "private, no-store");
}

static const char SQL_ATT_OWNER[] = "SELECT uploader_id FROM attachments WHERE id = ?1";
static const char SQL_ATT_LINK[] =
    "INSERT INTO case_attachments (case_id, attachment_id) VALUES (?1, ?2) "
    "ON CONFLICT (case_id, attachment_id) DO NOTHING";
static const char SQL_ATT_LINKED[] = "UPDATE attachments SET linked = 1 WHERE id = ?1";

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
			    "%s: photo %zu is not one you uploaded", field, i + 1);
			return PA_ERR_INVALID;
		}
		if ((s = db_prepare(c, SQL_ATT_LINK)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, case_id);
		db_bind_int(s, 2, id);
		if (db_run(s) != PA_OK || (s = db_prepare(c, SQL_ATT_LINKED)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);   /* the scheduler's sweep leaves it alone from now on */
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
	}
	return PA_OK;
}

/* Uploads no case took within UPLOAD_UNATTACHED_MS (partial index attachments_unlinked), a
 * batch at a time, and each one's stored image once no upload refers to it. */
static const char SQL_ATT_STALE[] =
    "SELECT id, sha256 FROM attachments WHERE linked = 0 AND created_at < ?1 "
    "ORDER BY created_at LIMIT ?2";
static const char SQL_ATT_DEL[] = "DELETE FROM attachments WHERE id = ?1 AND linked = 0";
static const char SQL_BLOB_DEL[] =
    "DELETE FROM blobs WHERE sha256 = ?1 AND NOT EXISTS "
    "(SELECT 1 FROM attachments a WHERE a.sha256 = ?1)";

#define SWEEP_BATCH 256

struct sweep_job {
	int64_t before;
	int attachments, blobs, found;
};

static pa_err sweep_run(struct db_conn *c, void *ctx)
{
	struct sweep_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_ATT_STALE), *d;
	int64_t ids[SWEEP_BATCH];
	char shas[SWEEP_BATCH][65];
	int n = 0;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->before);
	db_bind_int(s, 2, SWEEP_BATCH);
	while (n < SWEEP_BATCH && db_step(s) == DB_ROW) {
		ids[n] = db_col_int(s, 0);
		snprintf(shas[n], sizeof shas[n], "%s", db_col_text(s, 1));
		n++;
	}
	db_reset(s);
	j->found = n;
	for (int i = 0; i < n; i++) {
		if ((d = db_prepare(c, SQL_ATT_DEL)) == NULL)
			return PA_ERR_DB;
		db_bind_int(d, 1, ids[i]);
		if (db_run(d) != PA_OK)
			return PA_ERR_DB;
		j->attachments += db_changes(c);
		if ((d = db_prepare(c, SQL_BLOB_DEL)) == NULL)
			return PA_ERR_DB;
		db_bind_text(d, 1, shas[i]);
		if (db_run(d) != PA_OK)
			return PA_ERR_DB;
		j->blobs += db_changes(c);
	}
	return PA_OK;
}

pa_err attach_sweep(struct db *db, int64_t now)
{
	struct sweep_job j = { .before = now - UPLOAD_UNATTACHED_MS };
	pa_err rc;

	do {
		j.found = 0;
		rc = db_write(db, sweep_run, &j);
	} while (rc == PA_OK && j.found == SWEEP_BATCH);
	if (j.attachments > 0)
		log_msg(LOG_INFO, "uploads: removed %d photos no case took within a day (%d stored images)",
		    j.attachments, j.blobs);
	return rc;
}
