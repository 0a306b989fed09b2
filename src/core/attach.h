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
/* The image type of the bytes (image/jpeg, image/png, image/webp) or NULL. */
const char *attach_sniff(const unsigned char *p, size_t n);
/* True when a PNG or WebP is whole: a PNG with its IHDR and an IEND chunk, a WebP whose RIFF size
 * is the byte count and whose first chunk is image data that fits (a header alone is not an
 * image). JPEGs are checked by attach_strip_jpeg. */
bool attach_complete(const char *mime, const unsigned char *p, size_t n);
/* Removes APP1 (EXIF/XMP: GPS positions) segments from a JPEG; returns the new length. */
size_t attach_strip_jpeg(unsigned char *p, size_t n);
/* Inside a write: links attachment ids (a JSON array) to a case; each must be the user's own
 * upload or already visible. */
pa_err attach_link(struct db_conn *c, int64_t case_id, const json_t *ids, int64_t user_id,
    const char *field, struct pa_error *err);
struct db;
/* Stores an image already sniffed (and stripped) for user; *out_id is the attachment. */
pa_err attach_store(struct db *db, int64_t user, const unsigned char *data, size_t len,
    const char *mime, int64_t *out_id);
void attach_api_upload(struct http_req *r);
void attach_api_get(struct http_req *r);

#endif
