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
#define RF_SIGNIN_OPTIONAL 0x8u /* a session, when sent, is checked as usual; without one the
                                 * handler runs with user NULL and decides (roles must be 0) */

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
	char addr[64];                    /* the client: the peer, or behind a trusted proxy the
	                                   * address it saw (X-Forwarded-For) */
	const char *method_name;
	int64_t t0_us;                    /* monotonic, when the head was complete */
	int64_t resp_bytes;               /* body bytes answered; -1 unknown (streams) */
	void *slot;                       /* the connection's bookkeeping (server.c) */
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
	/* serve --trusted-proxy: exact IPv4/IPv6 addresses whose X-Forwarded-For is believed;
	 * they are also exempt from the per-address connection cap */
	const char *trusted_proxies[LIM_TRUSTED_PROXIES];
	int ntrusted;
	/* The route table (the application's, terminated by pattern NULL) and the largest raw
	 * upload body a RF_UPLOAD route takes. The layers above hand them in: http names no
	 * handler of theirs. */
	const struct route *routes;
	size_t upload_max;
};
pa_err http_start(struct db *db, const struct http_options *opt, struct http_server **out,
    char *err, size_t errlen);
int http_port(struct http_server *s);
void http_stop(struct http_server *s);

/* The access log (access_log.c): one line per request, see docs/operations.md. path "-" is
 * standard error; NULL or "" leaves it off. max_bytes > 0 rotates PATH to PATH.1 beyond it. */
pa_err http_access_log_open(const char *path, int64_t max_bytes, char *err, size_t errlen);
bool http_access_log_on(void);
void http_access_log_reopen(void);          /* SIGHUP: after logrotate moved the file */
void http_access_log_write(const char *line, size_t len);     /* one whole line, buffered */
void http_access_log_flush(void);           /* the server's sweeper calls it every 250 ms */
void http_access_log_close(void);

/* ---- used by handlers ---- */
/* Sends obj (reference stolen) with status. */
void http_reply(struct http_req *r, int status, json_t *obj);
/* Sends JSON text already written (malloc'd; taken). NULL text means out of memory: 500. */
void http_reply_text(struct http_req *r, int status, char *text);
/* Sends JSON text (malloc'd; taken) that holds a secret (a revealed value): the buffer is
 * wiped (sodium_memzero) before it is freed, once sent or refused. NULL text: 500. */
void http_reply_secret(struct http_req *r, int status, char *text);
/* Sends a response built inside src/http (static files); headers common to all are added. */
struct MHD_Response;
void http_reply_response(struct http_req *r, int status, struct MHD_Response *resp);
/* Sends bytes (malloc'd; taken, freed also on failure) as mime. disposition (e.g.
 * "attachment; filename=\"x.csv\"") and cache_control may be NULL (then "no-store"). */
void http_reply_bytes(struct http_req *r, int status, const char *mime, void *data, size_t len,
    const char *disposition, const char *cache_control);
/* Sends the error object of e (status from e->err), its message in the language http_lang()
 * gives: e->message_zh (Chinese, from src/util/msg_zh.c) or e->message (English). */
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
/* The same cursor as a JSON value (a string, or null when id is 0), for json_pack's "o". */
json_t *http_cursor_value(int64_t id);
/* Path parameter i as an id; false (and a 404 sent) if it is not a positive integer. */
bool http_param_id(struct http_req *r, int i, int64_t *out);
/* Validates the body against table; on failure sends 422 and returns false. */
bool http_body_valid(struct http_req *r, const struct val_field *table);

/* ---- streams (Server-Sent Events and the like) ----
 * A stream's reader is called whenever the connection can take bytes. It returns the bytes it
 * put into buf (> 0), HTTP_STREAM_WAIT when it has nothing yet (the connection is then
 * suspended, no thread waits on it, until http_stream_resume), or HTTP_STREAM_END. */
#define HTTP_STREAM_WAIT 0
#define HTTP_STREAM_END  (-1)
typedef long (*http_stream_reader)(void *ctx, char *buf, size_t max);
struct http_stream;
/* Makes a stream of mime (sent with Cache-Control: no-store and X-Accel-Buffering: no) over
 * the request's connection. free_ctx(ctx) runs when the stream ends, also when it is never
 * sent. NULL (free_ctx already run) when out of memory. */
struct http_stream *http_stream_new(struct http_req *r, const char *mime, http_stream_reader read,
    void *ctx, void (*free_ctx)(void *ctx));
/* Sends the stream as the answer (status 200); from then on it belongs to the connection. */
void http_stream_reply(struct http_req *r, struct http_stream *s);
/* Drops a stream that was never sent (free_ctx runs). */
void http_stream_discard(struct http_stream *s);
/* Wakes a stream whose reader said HTTP_STREAM_WAIT: the reader is called again. Safe from any
 * thread, also while the reader runs (it is then called once more before suspending). */
void http_stream_resume(struct http_stream *s);

/* ---- exports (export.c): every list as a table, CSV or Excel (表格化管理) ---- */
enum export_format { EXPORT_BAD = -1, EXPORT_JSON = 0, EXPORT_CSV, EXPORT_XLSX };
enum export_kind { EXK_TEXT, EXK_INT, EXK_NUM, EXK_PERCENT, EXK_TIME, EXK_BOOL };
struct export_col {
	const char *key;            /* stable name (docs/api.md), not shown */
	const char *zh, *en;        /* the header, by http_lang() */
	enum export_kind kind;
};
#define EXPORT_COLS_END { NULL, NULL, NULL, EXK_TEXT }
/* format= of the request: absent or json → EXPORT_JSON; csv; xlsx; anything else sends 422
 * invalid_value naming format and gives EXPORT_BAD. */
enum export_format http_export_format(struct http_req *r);
/* The most rows one export holds: LIM_EXPORT_ROWS, or PINGAN_EXPORT_MAX if lower. */
int export_max_rows(void);
struct export;
/* Starts an export named name ("cases" → cases-20261201.csv). NULL (error sent) on failure. */
struct export *export_begin(struct http_req *r, enum export_format fmt, const char *name);
/* Starts a table: a worksheet of the workbook, or (CSV) the header row; later tables of a
 * CSV follow after a blank line and their title. cols ends with EXPORT_COLS_END. */
bool export_sheet(struct export *x, const char *title_zh, const char *title_en,
    const struct export_col *cols);
/* Starts a row. False once the cap is passed (keep calling it to count the rows: the error
 * says how many) or on failure; the cell writers then do nothing. */
bool export_row(struct export *x);
/* Cells, in column order. Empty text, time 0 and a negative ratio are empty cells. */
void export_text(struct export *x, const char *s);
void export_int(struct export *x, int64_t v);
void export_num(struct export *x, double v, int decimals);
void export_percent(struct export *x, double ratio);      /* 0.857 → 85.7% */
void export_time(struct export *x, int64_t ms);           /* 2026-12-01 09:30, China time */
void export_bool(struct export *x, bool v);               /* 是/否, Yes/No */
/* True when headers and values are in English. */
bool export_english(const struct export *x);
/* Sends the file, or 413 export_too_large {count, limit} past the cap; frees x. */
void export_finish(struct export *x);
/* Frees x without answering (the caller answers). NULL is fine. */
void export_abort(struct export *x);

/* A list handler's loop (docs/architecture.md, "Exports"): the same statement read as a JSON
 * page or written as an export. The handler checks its parameters, prepares and binds s (for
 * csv/xlsx without the page limit and the cursor) and describes the list: */
struct db_stmt;
/* One row of s. For an export x is set (export_row already called: past the cap the row is
 * only counted and this is not called) and items NULL: write the row's cells in column order.
 * For JSON x is NULL: append the row to items (or to the handler's ctx). False stops reading
 * (a JSON list cut at its limit). */
typedef bool (*export_list_row)(struct db_stmt *s, struct export *x, json_t *items, void *ctx);
struct export_list {
	const char *name;                  /* export_begin's name: "handovers" */
	const char *title_zh, *title_en;   /* the sheet's title */
	const struct export_col *cols;     /* its columns, ending with EXPORT_COLS_END */
	export_list_row row;
};
/* Reads s through l->row and resets it. csv/xlsx: sends the file (or its error), returns
 * NULL. JSON: returns the items array for the handler to answer with (it owns it); NULL when
 * a database error was sent. */
json_t *export_list_run(struct http_req *r, enum export_format fmt, struct db_stmt *s,
    const struct export_list *l, void *ctx);
/* A keyset page (LIMIT limit, column 0 the row id the cursor continues after): as
 * export_list_run, then answers JSON {"items": [...], "next_cursor"} — the cursor after the
 * last row when the page is full, else null. Always answers. */
void export_list_page(struct http_req *r, enum export_format fmt, struct db_stmt *s,
    const struct export_list *l, int64_t limit, void *ctx);

/* The route table in use (http_options.routes), for route listings. */
extern const struct route *http_routes;
/* Static files (static.c): serves GET for paths outside /api/. */
struct MHD_Response;
struct MHD_Response *http_static_response(const char *url, const char *if_none_match,
    int *status, int64_t *bytes);

#endif
