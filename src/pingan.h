/* pingan.h — the one error enum and every input limit of the application.
 *
 * Every fallible function returns pa_err. Where an error goes back to an HTTP client it also
 * carries a struct pa_error with the snake_case code, a human message and the offending field.
 */
#ifndef PINGAN_H
#define PINGAN_H

#include <stddef.h>
#include <stdint.h>

#define PINGAN_VERSION "0.1.0"

typedef enum {
	PA_OK = 0,
	PA_ERR_NOMEM,      /* allocation or arena cap reached */
	PA_ERR_IO,         /* file system */
	PA_ERR_DB,         /* database failure (500) */
	PA_ERR_MALFORMED,  /* 400: unparsable input */
	PA_ERR_UNAUTH,     /* 401 */
	PA_ERR_FORBIDDEN,  /* 403 */
	PA_ERR_NOT_FOUND,  /* 404: absent or outside scope */
	PA_ERR_CONFLICT,   /* 409: illegal transition, stale version, duplicate */
	PA_ERR_TOO_LARGE,  /* 413 */
	PA_ERR_MEDIA,      /* 415 */
	PA_ERR_INVALID,    /* 422: validation */
	PA_ERR_RATE,       /* 429 */
	PA_ERR_INTERNAL,   /* 500: a bug or an impossible state */
} pa_err;

/* An error as the client sees it. code is a static snake_case string. */
struct pa_error {
	pa_err err;
	const char *code;
	char message[256];
	char field[64];
	int retry_after;        /* seconds, for PA_ERR_RATE */
	void *extra;            /* json_t * merged into the error object, owned here */
};

void pa_error_set(struct pa_error *e, pa_err err, const char *code, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void pa_error_clear(struct pa_error *e);
int pa_err_status(pa_err err);
const char *pa_err_str(pa_err err);

/* Input limits (OpenBSD style: every one named, all in one place). */
#define LIM_BODY_BYTES          (1024 * 1024)       /* JSON request body */
#define LIM_BODY_DRAIN_BYTES    (16 * 1024 * 1024)  /* beyond this, close instead of draining */
#define LIM_ARENA_BYTES         (8 * 1024 * 1024)   /* per-request arena cap */
#define LIM_JSON_DEPTH          16
#define LIM_URL_BYTES           2048
#define LIM_PATH_PARAMS         4
#define LIM_LIST_DEFAULT        50
#define LIM_LIST_MAX            200
#define LIM_TITLE_CHARS         200
#define LIM_TEXT_CHARS          2000                /* note, result, comment */
#define LIM_BODY_CHARS          10000               /* case body */
#define LIM_NAME_CHARS          64
#define LIM_LOGIN_MIN           2
#define LIM_LOGIN_MAX           64
#define LIM_PASSWORD_MIN        8
#define LIM_PASSWORD_MAX        128
#define LIM_IDEMPOTENCY_KEY     128
#define LIM_GRANTS_PER_USER     16
#define LIM_ORG_PATH            256
#define LIM_CONNECTIONS         1024
#define LIM_CONNECTIONS_PER_IP  256
#define LIM_CONNECTION_TIMEOUT  30                  /* seconds idle */
#define LIM_THREADS_MAX         64
#define LIM_PWHASH_CONCURRENT   2                   /* argon2id hashes at a time */
#define LIM_IMAGE_PIXELS        (40LL * 1000 * 1000) /* width x height an upload may declare */
#define LIM_IMAGE_SEGMENTS      65536               /* JPEG segments / PNG, WebP chunks walked */

/* Uploads per user in any 24 hours (serve --upload-quota-count / --upload-quota-mb). */
#define UPLOAD_QUOTA_COUNT      200
#define UPLOAD_QUOTA_MB         500
#define UPLOAD_QUOTA_WINDOW_MS  (24LL * 3600 * 1000)
#define UPLOAD_UNATTACHED_MS    (24LL * 3600 * 1000) /* then the scheduler removes the upload */

/* Sessions and login throttling. */
#define SESSION_IDLE_MS         (2LL * 3600 * 1000)
#define SESSION_ABSOLUTE_MS     (12LL * 3600 * 1000)
#define SESSION_TOUCH_MS        (60LL * 1000)       /* refresh last_seen at most this often */
#define LOGIN_WINDOW_MS         (15LL * 60 * 1000)
#define LOGIN_MAX_PER_ACCOUNT   5
#define LOGIN_MAX_PER_ADDRESS   20

/* Writer thread: transactions committed together at most. */
#define DB_GROUP_MAX            64

/* Display zone: China Standard Time, no daylight saving. */
#define PA_TZ_OFFSET_S          (8 * 3600)

#endif
