/* attach.h — photos attached to cases: upload, type sniffing, EXIF removal, access. */
#ifndef PA_ATTACH_H
#define PA_ATTACH_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../pingan.h"

struct db_conn;
struct http_req;

#define ATTACH_MAX_DEFAULT (8 * 1024 * 1024)
extern size_t attach_max_bytes;
/* Per user in any 24 hours (serve --upload-quota-count, --upload-quota-mb). */
extern int64_t attach_quota_count;
extern int64_t attach_quota_bytes;
/* The image type of the bytes (image/jpeg, image/png, image/webp) or NULL (img_sniff). */
const char *attach_sniff(const unsigned char *p, size_t n);
/* Inside a write: links attachment ids (a JSON array) to a case; each must be the user's own
 * upload or already visible. */
pa_err attach_link(struct db_conn *c, int64_t case_id, const json_t *ids, int64_t user_id,
    const char *field, struct pa_error *err);
struct db;
/* Stores an image already sniffed (and stripped) for user; *out_id is the attachment. */
pa_err attach_store(struct db *db, int64_t user, const unsigned char *data, size_t len,
    const char *mime, int64_t *out_id);
/* Removes uploads older than UPLOAD_UNATTACHED_MS (at now) that no case refers to, and the
 * stored images no upload refers to any more; the scheduler calls it (sla.c). */
pa_err attach_sweep(struct db *db, int64_t now);
void attach_api_upload(struct http_req *r);
void attach_api_get(struct http_req *r);

#endif
