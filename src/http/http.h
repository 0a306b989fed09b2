/* http.h — the HTTP server (libmicrohttpd), the route table and the request/response helpers
 * that handlers use. */
#ifndef PA_HTTP_H
#define PA_HTTP_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../auth/auth.h"
#include "../pingan.h"
#include "validate.h"

struct db;
struct arena;
struct MHD_Connection;

enum http_method { HM_GET = 1, HM_POST = 2, HM_PATCH = 4, HM_DELETE = 8, HM_PUT = 16 };

struct http_req;
typedef void (*http_handler)(struct http_req *r);

#define RF_PUBLIC   0x1u   /* no authentication */
#define RF_BODY     0x2u   /* expects a JSON object body */
#define RF_UPLOAD   0x4u   /* takes a raw body up to attach_max_bytes (the handler checks it) */

struct route {
	unsigned method;
	const char *pattern;    /* "/api/v1/cases/{id}/actions": {x} matches one segment */
	http_handler handler;
	unsigned flags;
	unsigned roles;         /* the caller must hold one of these roles somewhere; 0 = any */
};

struct http_req {
	struct arena *arena;              /* freed when the request ends */
	struct MHD_Connection *conn;
	struct db *db;
	enum http_method method;
	const char *url;
	const struct route *route;
	const char *params[LIM_PATH_PARAMS];
	int nparams;
	/* body */
	char *body;
	size_t body_len, body_cap, body_max;
	bool body_too_large, path_known;
	json_t *json;                     /* parsed body, owned */
	/* caller */
	struct auth_user *user;           /* NULL when anonymous; arena-owned */
	const char *token;                /* raw session token as presented */
	bool via_cookie;
	char addr[64];
	/* response */
	int status;
	json_t *resp;                     /* owned until sent */
	char *raw;                        /* or JSON text, malloc'd, owned until sent */
	struct MHD_Response *mhd_resp;    /* or a response built by the handler (streams, files) */
	const char *set_cookie;           /* arena-owned */
	int retry_after;
	bool done;
};

struct http_server;
struct http_options {
	const char *listen;               /* HOST:PORT; port 0 picks a free one */
	int threads;
};
pa_err http_start(struct db *db, const struct http_options *opt, struct http_server **out,
    char *err, size_t errlen);
int http_port(struct http_server *s);
void http_stop(struct http_server *s);

/* ---- used by handlers ---- */
/* Sends obj (reference stolen) with status. */
void http_reply(struct http_req *r, int status, json_t *obj);
/* Sends JSON text already written (malloc'd; taken). NULL text means out of memory: 500. */
void http_reply_text(struct http_req *r, int status, char *text);
/* Sends a response the handler built (a stream, a file); headers common to all are added. */
struct MHD_Response;
void http_reply_response(struct http_req *r, int status, struct MHD_Response *resp);
/* Sends bytes (malloc'd; taken, freed also on failure) as mime. disposition (e.g.
 * "attachment; filename=\"x.csv\"") and cache_control may be NULL (then "no-store"). */
void http_reply_bytes(struct http_req *r, int status, const char *mime, void *data, size_t len,
    const char *disposition, const char *cache_control);
/* Sends the error object of e (status from e->err). */
void http_fail(struct http_req *r, struct pa_error *e);
/* Shorthand for http_fail with a fresh error. */
void http_error(struct http_req *r, pa_err err, const char *code, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The language of the answer (用户语言): the first tag of Accept-Language; "en..." gives
 * English, anything else (or none) Chinese. The web app sends the language the user chose. */
enum http_lang { LANG_ZH = 0, LANG_EN = 1 };
enum http_lang http_lang(struct http_req *r);
/* Query parameter or NULL. */
const char *http_query(struct http_req *r, const char *name);
const char *http_header(struct http_req *r, const char *name);
/* Query parameter as an integer in [min, max]; absent or empty gives dflt. Not an integer
 * answers 400 bad_request, out of range 422 invalid_value; both name the parameter. */
bool http_query_int(struct http_req *r, const char *name, int64_t min, int64_t max,
    int64_t dflt, int64_t *out);
/* Query parameter as a time (RFC 3339 or YYYY-MM-DD); absent gives 0; unparsable → 400. */
bool http_query_time(struct http_req *r, const char *name, int64_t *out);
/* The opaque keyset cursor of a list page ("cursor" parameter): the last id of the page
 * before, 0 when absent; unparsable → 400 naming cursor. */
bool http_query_cursor(struct http_req *r, int64_t *out);
struct sb;
/* Writes the next page's cursor after id as a JSON string, or null when id is 0. */
void http_cursor_json(struct sb *b, int64_t id);
/* Path parameter i as an id; false (and a 404 sent) if it is not a positive integer. */
bool http_param_id(struct http_req *r, int i, int64_t *out);
/* Validates the body against table; on failure sends 422 and returns false. */
bool http_body_valid(struct http_req *r, const struct val_field *table);

/* Routes (routes.c) */
extern const struct route http_routes[];
/* Static files (static.c): serves GET for paths outside /api/. */
struct MHD_Response;
struct MHD_Response *http_static_response(const char *url, const char *if_none_match,
    int *status);

#endif
