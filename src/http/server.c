/* server.c — libmicrohttpd glue: request lifecycle, body cap, authentication, CSRF,
 * dispatch through the route table, JSON responses.
 *
 * MHD calls on_request several times per request: once with the headers, once per body
 * chunk, and a final time with no data. We answer only on the final call: queueing earlier
 * makes MHD close the connection (measured: keep-alive throughput falls from ~100k to ~20k
 * req/s, DESIGN.md §4).
 */
#include "http.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <microhttpd.h>
#include <netdb.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../db/db.h"
#include "match.h"
#include "../util/util.h"

/* Set by http_start from its options. */
const struct route *http_routes;
static size_t upload_max;

#define COOKIE_NAME "pingan_session"
#define SHUTDOWN_GRACE_MS 10000
#define SWEEP_MS 250            /* how often stale request heads are looked for */
#define XFF_HEADERS_MAX 8       /* X-Forwarded-For headers looked at (the last ones) */

/* An IP address, IPv4-mapped IPv6 addresses folded to IPv4. */
struct ip_addr {
	int family;                     /* AF_INET, AF_INET6; 0 = unknown */
	unsigned char ip[16];
};

/* One per open connection (连接): where it comes from and whether it owes a request head.
 * Slots are taken in the MHD connection-started callback and freed in connection-closed,
 * which MHD calls before it closes the socket, so fd is open while the slot is in use. */
struct conn_slot {
	struct MHD_Connection *conn;    /* NULL: the slot is free */
	int fd;
	struct ip_addr ip;
	bool trusted;                   /* the peer is a --trusted-proxy */
	bool swept;                     /* already shut down by the sweeper */
	atomic_int_fast64_t head_since; /* monotonic ms since a request head is awaited; 0 none */
	char addr[INET6_ADDRSTRLEN];
};

struct http_server {
	struct MHD_Daemon *d;
	struct db *db;
	int port;
	atomic_int inflight;
	/* set by http_stop: new connections are refused (on_accept) while in-flight requests
	 * finish. MHD_quiesce_daemon would do it, but with a thread pool on epoll it races each
	 * worker removing the listening socket from its own epoll set and aborts the process
	 * ("Failed to remove listen FD from epoll set": libmicrohttpd 0.9.75, seen at shutdown
	 * with event streams open) */
	atomic_bool closing;
	/* connection bookkeeping: per-address caps, head deadline (slowloris) */
	pthread_mutex_t cmu;
	pthread_cond_t cwake;
	bool stopping, sweeper_running;
	pthread_t sweeper;
	int nconn, next_slot;
	struct conn_slot slots[LIM_CONNECTIONS];
	int ntrusted;
	struct ip_addr trusted[LIM_TRUSTED_PROXIES];
};

/* ------------------------------------------------------------------ helpers for handlers */

void http_reply(struct http_req *r, int status, json_t *obj)
{
	if (r->done) {
		json_decref(obj);
		return;
	}
	r->status = status;
	r->resp = obj;
	r->done = true;
}

void http_reply_text(struct http_req *r, int status, char *text)
{
	if (r->done) {
		free(text);
		return;
	}
	if (text == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "response too large");
		return;
	}
	r->status = status;
	r->raw = text;
	r->done = true;
}

void http_reply_response(struct http_req *r, int status, struct MHD_Response *resp)
{
	if (r->done) {
		MHD_destroy_response(resp);
		return;
	}
	r->status = status;
	r->mhd_resp = resp;
	r->resp_bytes = -1;             /* a stream: its length is not known here */
	r->done = true;
}

static void free_wiped(void *p)
{
	if (p) {
		sodium_memzero(p, strlen(p));
		free(p);
	}
}

void http_reply_secret(struct http_req *r, int status, char *text)
{
	struct MHD_Response *resp;

	if (text == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	if (r->done) {
		free_wiped(text);
		return;
	}
	resp = MHD_create_response_from_buffer_with_free_callback(strlen(text), text, free_wiped);
	if (resp == NULL) {
		free_wiped(text);
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json; charset=utf-8");
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	{
		int64_t len = (int64_t)strlen(text);
		http_reply_response(r, status, resp);
		r->resp_bytes = len;
	}
}

void http_reply_bytes(struct http_req *r, int status, const char *mime, void *data, size_t len,
    const char *disposition, const char *cache_control)
{
	struct MHD_Response *resp;

	if (r->done) {
		free(data);
		return;
	}
	resp = MHD_create_response_from_buffer(len, data ? data : (void *)"",
	    data ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (resp == NULL) {
		free(data);
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, mime);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL,
	    cache_control ? cache_control : "no-store");
	if (disposition)
		MHD_add_response_header(resp, "Content-Disposition", disposition);
	http_reply_response(r, status, resp);
	r->resp_bytes = (int64_t)len;
}

/* ------------------------------------------------------------------ streams */

struct http_stream {
	struct MHD_Connection *conn;
	struct MHD_Response *resp;
	http_stream_reader read;
	void *ctx;
	void (*free_ctx)(void *ctx);
	pthread_mutex_t mu;             /* guards suspended and woken */
	bool suspended, woken;
};

/* MHD's content reader: asks the stream's reader; with nothing to send it suspends the
 * connection, unless a resume arrived while the reader ran (then it asks again), so that a
 * wake-up between "nothing yet" and the suspend is never lost. */
static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct http_stream *s = cls;
	long n;

	for (;;) {
		pthread_mutex_lock(&s->mu);
		s->woken = false;
		pthread_mutex_unlock(&s->mu);
		n = s->read(s->ctx, buf, max);
		if (n > 0)
			return (ssize_t)n;
		if (n < 0)
			return MHD_CONTENT_READER_END_OF_STREAM;
		pthread_mutex_lock(&s->mu);
		if (!s->woken) {
			s->suspended = true;
			MHD_suspend_connection(s->conn);
			pthread_mutex_unlock(&s->mu);
			return 0;
		}
		pthread_mutex_unlock(&s->mu);
	}
}

static void stream_free(void *cls)
{
	struct http_stream *s = cls;

	if (s->free_ctx)
		s->free_ctx(s->ctx);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

struct http_stream *http_stream_new(struct http_req *r, const char *mime, http_stream_reader read,
    void *ctx, void (*free_ctx)(void *ctx))
{
	struct http_stream *s = calloc(1, sizeof *s);

	if (s == NULL) {
		if (free_ctx)
			free_ctx(ctx);
		return NULL;
	}
	s->conn = r->conn;
	s->read = read;
	s->ctx = ctx;
	s->free_ctx = free_ctx;
	pthread_mutex_init(&s->mu, NULL);
	s->resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096, stream_read, s,
	    stream_free);
	if (s->resp == NULL) {
		stream_free(s);
		return NULL;
	}
	MHD_add_response_header(s->resp, MHD_HTTP_HEADER_CONTENT_TYPE, mime);
	MHD_add_response_header(s->resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(s->resp, "X-Accel-Buffering", "no");
	return s;
}

void http_stream_reply(struct http_req *r, struct http_stream *s)
{
	http_reply_response(r, 200, s->resp);
}

void http_stream_discard(struct http_stream *s)
{
	MHD_destroy_response(s->resp);     /* runs stream_free */
}

void http_stream_resume(struct http_stream *s)
{
	pthread_mutex_lock(&s->mu);
	s->woken = true;
	if (s->suspended) {
		s->suspended = false;
		MHD_resume_connection(s->conn);
	}
	pthread_mutex_unlock(&s->mu);
}

void http_fail(struct http_req *r, struct pa_error *e)
{
	json_t *err = json_pack("{s:s, s:s}", "code", e->code ? e->code : "internal", "message",
	    pa_error_message(e, http_lang(r) == LANG_ZH));

	if (e->field[0])
		json_object_set_new(err, "field", json_string(e->field));
	if (e->extra) {
		json_object_update(err, (json_t *)e->extra);
		json_decref((json_t *)e->extra);
		e->extra = NULL;
	}
	if (e->err == PA_ERR_RATE)
		r->retry_after = e->retry_after > 0 ? e->retry_after : 1;
	if (pa_err_status(e->err) >= 500)
		log_msg(LOG_ERROR, "%s %s: %s", e->code ? e->code : "?", r->url, e->message);
	http_reply(r, pa_err_status(e->err), json_pack("{s:o}", "error", err));
}

void http_error(struct http_req *r, pa_err err, const char *code, const char *field,
    const char *fmt, ...)
{
	struct pa_error e = { 0 };
	va_list ap;

	va_start(ap, fmt);
	pa_error_setv(&e, err, code, field, fmt, ap);
	va_end(ap);
	http_fail(r, &e);
}

bool http_query_cursor(struct http_req *r, int64_t *out)
{
	const char *cur = http_query(r, "cursor");
	unsigned char raw[24];
	long len;

	*out = 0;
	if (cur == NULL || *cur == '\0')
		return true;
	len = b64url_decode(cur, raw, sizeof raw - 1);
	if (len > 2 && raw[0] == 'c' && raw[1] == ':') {
		raw[len] = '\0';
		if (parse_i64((const char *)raw + 2, 1, INT64_MAX, out))
			return true;
	}
	http_error(r, PA_ERR_MALFORMED, "bad_request", "cursor", "cursor is not valid");
	return false;
}

/* The cursor after id (id > 0): base64url of "c:<id>". */
static void cursor_encode(int64_t id, char enc[64])
{
	char raw[32];
	int l = snprintf(raw, sizeof raw, "c:%lld", (long long)id);

	b64url_encode((const unsigned char *)raw, (size_t)l, enc, 64);
}

void http_cursor_json(struct sb *b, int64_t id)
{
	char enc[64];

	if (id <= 0) {
		sb_adds(b, "null");
		return;
	}
	cursor_encode(id, enc);
	sb_json_str(b, enc);
}

json_t *http_cursor_value(int64_t id)
{
	char enc[64];
	json_t *v;

	if (id <= 0)
		return json_null();
	cursor_encode(id, enc);
	v = json_string(enc);
	return v ? v : json_null();
}

enum http_lang http_lang(struct http_req *r)
{
	const char *h = http_header(r, "Accept-Language");

	while (h && (*h == ' ' || *h == '\t'))
		h++;
	return h && (h[0] == 'e' || h[0] == 'E') && (h[1] == 'n' || h[1] == 'N') &&
	    (h[2] == '\0' || h[2] == '-' || h[2] == ',' || h[2] == ';' || h[2] == ' ') ?
	    LANG_EN : LANG_ZH;
}

const char *http_query(struct http_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_header(struct http_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

bool http_query_int(struct http_req *r, const char *name, int64_t min, int64_t max,
    int64_t dflt, int64_t *out)
{
	const char *v = http_query(r, name);

	*out = dflt;
	if (v == NULL || *v == '\0')
		return true;
	if (!parse_i64(v, INT64_MIN, INT64_MAX, out)) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", name, "%s must be an integer", name);
		return false;
	}
	if (*out < min || *out > max) {
		http_error(r, PA_ERR_INVALID, "invalid_value", name, "%s must be %lld-%lld", name,
		    (long long)min, (long long)max);
		return false;
	}
	return true;
}

bool http_query_time(struct http_req *r, const char *name, int64_t *out)
{
	const char *v = http_query(r, name);

	*out = 0;
	if (v == NULL || *v == '\0' || time_parse(v, out))
		return true;
	http_error(r, PA_ERR_MALFORMED, "bad_request", name,
	    "%s must be a time in RFC 3339 or YYYY-MM-DD", name);
	return false;
}

bool http_param_id(struct http_req *r, int i, int64_t *out)
{
	if (i < r->nparams && parse_i64(r->params[i], 1, INT64_MAX, out))
		return true;
	http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such resource");
	return false;
}

bool http_body_valid(struct http_req *r, const struct val_field *table)
{
	struct pa_error e = { 0 };

	if (val_check(r->json, table, "", &e) == PA_OK)
		return true;
	http_fail(r, &e);
	return false;
}

/* ------------------------------------------------------------------ routing */

static unsigned method_bit(const char *m)
{
	if (strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0)
		return HM_GET;
	if (strcmp(m, "POST") == 0)
		return HM_POST;
	if (strcmp(m, "PATCH") == 0)
		return HM_PATCH;
	if (strcmp(m, "DELETE") == 0)
		return HM_DELETE;
	if (strcmp(m, "PUT") == 0)
		return HM_PUT;
	return 0;
}

/* Matches url against pattern (path_match, match.c) and keeps the parameters. */
static bool route_match(struct http_req *r, const char *pattern, const char *url)
{
	struct path_param pp[LIM_PATH_PARAMS];
	int np = path_match(pattern, url, pp, LIM_PATH_PARAMS);

	if (np < 0)
		return false;
	for (int i = 0; i < np; i++)
		r->params[i] = arena_strndup(r->arena, pp[i].s, pp[i].len);
	r->nparams = np;
	return true;
}

/* Finds the route; *path_known tells a 405 from a 404. */
static const struct route *route_find(struct http_req *r, unsigned mbit, bool *path_known)
{
	*path_known = false;
	for (const struct route *rt = http_routes; rt->pattern; rt++) {
		if (!route_match(r, rt->pattern, r->url))
			continue;
		*path_known = true;
		if (rt->method & mbit)
			return rt;
	}
	return NULL;
}

/* ------------------------------------------------------------------ authentication */

/* A public route, or one whose sign-in is optional (RF_SIGNIN_OPTIONAL) asked without any
 * credentials: it runs without a user. A credential that is sent is always checked. */
static bool signin_skipped(struct http_req *r, const struct route *rt)
{
	if (rt->flags & RF_PUBLIC)
		return true;
	return (rt->flags & RF_SIGNIN_OPTIONAL) &&
	    http_header(r, MHD_HTTP_HEADER_AUTHORIZATION) == NULL &&
	    MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, COOKIE_NAME) == NULL;
}

static bool authenticate(struct http_req *r, unsigned mbit)
{
	const char *h = http_header(r, MHD_HTTP_HEADER_AUTHORIZATION);
	const char *token = NULL, *csrf;
	struct auth_user *u;
	pa_err rc;

	if (h && strncasecmp(h, "Bearer ", 7) == 0) {
		token = h + 7;
		while (*token == ' ')
			token++;
	} else {
		token = MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, COOKIE_NAME);
		r->via_cookie = token != NULL;
	}
	if (token == NULL || *token == '\0') {
		http_error(r, PA_ERR_UNAUTH, "unauthorized", NULL, "sign in first");
		return false;
	}
	/* not zeroed whole: LIM_GRANTS_PER_USER grants are ~10 KB, and the session lookup
	 * writes the head and each grant it holds (auth.h: AUTH_USER_USED); nothing reads a
	 * grant past ngrants */
	u = arena_alloc_raw(r->arena, sizeof *u);
	if (u == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return false;
	}
	memset(u, 0, offsetof(struct auth_user, grants));
	rc = auth_session_user(r->db, token, u);
	if (rc == PA_ERR_UNAUTH) {
		http_error(r, PA_ERR_UNAUTH, "unauthorized", NULL,
		    "your session has expired or is not valid; sign in again");
		return false;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot check the session");
		return false;
	}
	if (r->via_cookie && mbit != HM_GET) {
		csrf = http_header(r, "X-CSRF-Token");
		if (csrf == NULL || strlen(csrf) != AUTH_CSRF_LEN ||
		    sodium_memcmp(csrf, u->csrf, AUTH_CSRF_LEN) != 0) {
			http_error(r, PA_ERR_FORBIDDEN, "csrf_failed", "X-CSRF-Token",
			    "missing or wrong X-CSRF-Token header");
			return false;
		}
	}
	r->user = u;
	r->token = arena_strdup(r->arena, token);
	return true;
}

static bool content_type_json(struct http_req *r)
{
	const char *ct = http_header(r, MHD_HTTP_HEADER_CONTENT_TYPE);
	size_t n = strlen("application/json");

	if (ct == NULL || strncasecmp(ct, "application/json", n) != 0)
		return false;
	ct += n;
	while (*ct == ' ')
		ct++;
	return *ct == '\0' || *ct == ';';
}

static const struct val_field no_fields[] = { VAL_END };

static void dispatch_api(struct http_req *r, unsigned mbit)
{
	const struct route *rt = r->route;
	struct pa_error e = { 0 };
	bool known = r->path_known;

	if (rt == NULL) {
		if (known)
			http_error(r, PA_ERR_CONFLICT, "method_not_allowed", NULL,
			    "method not allowed here");
		else
			http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such resource");
		if (known)
			r->status = 405;
		return;
	}
	r->route = rt;
	if (!signin_skipped(r, rt) && r->user == NULL && !authenticate(r, mbit))
		return;
	if (rt->roles && !(scope_roles_any(r->user) & rt->roles)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL, "your role does not allow this");
		return;
	}
	if ((rt->flags & RF_BODY) || (mbit != HM_GET && !(rt->flags & RF_UPLOAD) &&
	    (r->body_len > 0 || r->body_too_large))) {
		/* a write that takes no body accepts none but an empty object: a body it would
		 * silently ignore is refused like any other (tests/api/badinput.test.mjs) */
		if (r->body_too_large) {
			http_error(r, PA_ERR_TOO_LARGE, "too_large", NULL,
			    "request body is larger than %zu bytes", r->body_max);
			return;
		}
		if (!content_type_json(r)) {
			http_error(r, PA_ERR_MEDIA, "unsupported_media_type", "Content-Type",
			    "send the body as Content-Type: application/json");
			return;
		}
		r->json = val_parse_body(r->body, r->body_len, &e);
		if (r->json == NULL) {
			http_fail(r, &e);
			return;
		}
		if (!(rt->flags & RF_BODY) && !http_body_valid(r, no_fields))
			return;
	}
	rt->handler(r);
	if (!r->done)
		http_error(r, PA_ERR_INTERNAL, "internal", NULL, "no response");
}

/* ------------------------------------------------------------------ responses */

static void add_common_headers(struct MHD_Response *resp)
{
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
}

static enum MHD_Result send_json(struct http_req *r)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	char *text, num[16];

	if (r->mhd_resp) {
		resp = r->mhd_resp;
		r->mhd_resp = NULL;
		add_common_headers(resp);
		ret = MHD_queue_response(r->conn, (unsigned)r->status, resp);
		MHD_destroy_response(resp);
		return ret;
	}
	if (r->status == 204) {
		text = NULL;
		r->resp_bytes = 0;
		resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	} else {
		if (r->raw) {
			text = r->raw;
			r->raw = NULL;    /* MHD frees it with the response */
		} else {
			text = json_dumps(r->resp ? r->resp : json_null(), JSON_COMPACT | JSON_ENCODE_ANY);
		}
		if (text == NULL)
			return MHD_NO;
		r->resp_bytes = (int64_t)strlen(text);
		resp = MHD_create_response_from_buffer((size_t)r->resp_bytes, text,
		    MHD_RESPMEM_MUST_FREE);
	}
	if (resp == NULL) {
		free(text);
		return MHD_NO;
	}
	if (text)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
		    "application/json; charset=utf-8");
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	add_common_headers(resp);
	if (r->set_cookie)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, r->set_cookie);
	if (r->retry_after > 0) {
		snprintf(num, sizeof num, "%d", r->retry_after);
		MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, num);
	}
	if (r->status == 405)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, POST, PATCH, DELETE");
	ret = MHD_queue_response(r->conn, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result send_static(struct http_req *r, unsigned mbit)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;
	int status = 404;

	if (mbit != HM_GET) {
		http_error(r, PA_ERR_CONFLICT, "method_not_allowed", NULL, "method not allowed here");
		r->status = 405;
		return send_json(r);
	}
	resp = http_static_response(r->url, http_header(r, MHD_HTTP_HEADER_IF_NONE_MATCH),
	    &status, &r->resp_bytes);
	if (resp == NULL)
		return MHD_NO;
	add_common_headers(resp);
	r->status = status;
	ret = MHD_queue_response(r->conn, (unsigned)status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* ------------------------------------------------------------------ MHD callbacks */

/* Each worker thread keeps one reset arena for its next request: no malloc per request. */
static pthread_key_t arena_key;
static pthread_once_t arena_once = PTHREAD_ONCE_INIT;
static void arena_key_free(void *a) { arena_free(a); }
static void arena_key_init(void) { pthread_key_create(&arena_key, arena_key_free); }

static struct arena *req_arena_get(void)
{
	struct arena *a;

	pthread_once(&arena_once, arena_key_init);
	a = pthread_getspecific(arena_key);
	if (a) {
		pthread_setspecific(arena_key, NULL);
		return a;
	}
	return arena_new(LIM_ARENA_BYTES);
}

static void req_arena_put(struct arena *a)
{
	if (pthread_getspecific(arena_key) == NULL) {
		arena_reset(a);
		pthread_setspecific(arena_key, a);
	} else {
		arena_free(a);
	}
}

/* ------------------------------------------------------------------ connections and addresses */

static int64_t mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static bool ip_from_sockaddr(const struct sockaddr *sa, struct ip_addr *out)
{
	memset(out, 0, sizeof *out);
	if (sa && sa->sa_family == AF_INET) {
		out->family = AF_INET;
		memcpy(out->ip, &((const struct sockaddr_in *)sa)->sin_addr, 4);
		return true;
	}
	if (sa && sa->sa_family == AF_INET6) {
		const struct in6_addr *a = &((const struct sockaddr_in6 *)sa)->sin6_addr;
		if (IN6_IS_ADDR_V4MAPPED(a)) {
			out->family = AF_INET;
			memcpy(out->ip, a->s6_addr + 12, 4);
		} else {
			out->family = AF_INET6;
			memcpy(out->ip, a->s6_addr, 16);
		}
		return true;
	}
	return false;
}

/* Parses one address of n bytes (spaces around it allowed): exact IPv4 or IPv6, no port. */
static bool ip_parse(const char *s, size_t n, struct ip_addr *out)
{
	char buf[INET6_ADDRSTRLEN];
	struct in6_addr a6;

	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	memset(out, 0, sizeof *out);
	if (inet_pton(AF_INET, buf, out->ip) == 1) {
		out->family = AF_INET;
		return true;
	}
	if (inet_pton(AF_INET6, buf, &a6) != 1)
		return false;
	if (IN6_IS_ADDR_V4MAPPED(&a6)) {
		out->family = AF_INET;
		memcpy(out->ip, a6.s6_addr + 12, 4);
	} else {
		out->family = AF_INET6;
		memcpy(out->ip, a6.s6_addr, 16);
	}
	return true;
}

static void ip_format(const struct ip_addr *a, char *out, size_t n)
{
	if (a->family == 0 || inet_ntop(a->family, a->ip, out, (socklen_t)n) == NULL)
		snprintf(out, n, "?");
}

static bool ip_eq(const struct ip_addr *a, const struct ip_addr *b)
{
	return a->family == b->family && memcmp(a->ip, b->ip, a->family == AF_INET ? 4 : 16) == 0;
}

static bool ip_trusted(const struct http_server *s, const struct ip_addr *a)
{
	for (int i = 0; i < s->ntrusted; i++)
		if (ip_eq(&s->trusted[i], a))
			return true;
	return false;
}

/* Whether one more connection from an address holding mine of total open ones is too many:
 * LIM_CONNECTIONS_PER_IP, or LIM_CONNECTIONS_PER_IP_BUSY while fewer than
 * LIM_CONNECTIONS_RESERVED slots are free. So one address, or a few, cannot take every slot,
 * and new addresses still get in. (cmu held.) */
static bool over_share(int mine, int total)
{
	return mine >= LIM_CONNECTIONS_PER_IP ||
	    (total >= LIM_CONNECTIONS - LIM_CONNECTIONS_RESERVED &&
	    mine >= LIM_CONNECTIONS_PER_IP_BUSY);
}

static int held_by(const struct http_server *s, const struct ip_addr *a)
{
	int n = 0;

	for (int i = 0; i < LIM_CONNECTIONS; i++)
		if (s->slots[i].conn && ip_eq(&s->slots[i].ip, a))
			n++;
	return n;
}

/* MHD's accept policy: a connection over its address's share is refused (closed at once,
 * before MHD allocates anything for it). A trusted proxy carries many clients and is not
 * capped. Worker threads accept in parallel, so on_connection checks again exactly. */
static enum MHD_Result on_accept(void *cls, const struct sockaddr *sa, socklen_t len)
{
	struct http_server *s = cls;
	struct ip_addr a;
	bool over;

	if (atomic_load(&s->closing))
		return MHD_NO;
	if (!ip_from_sockaddr(sa, &a) || ip_trusted(s, &a))
		return MHD_YES;
	pthread_mutex_lock(&s->cmu);
	over = over_share(held_by(s, &a), s->nconn);
	pthread_mutex_unlock(&s->cmu);
	if (over) {
		log_msg(LOG_DEBUG, "refused a connection over its address's share");
		return MHD_NO;
	}
	return MHD_YES;
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
    enum MHD_ConnectionNotificationCode code)
{
	struct http_server *s = cls;
	struct conn_slot *slot = *socket_context;

	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fi =
		    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		const union MHD_ConnectionInfo *ai =
		    MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		struct ip_addr a = { 0 };
		bool known = ai && ip_from_sockaddr(ai->client_addr, &a), over;

		slot = NULL;
		pthread_mutex_lock(&s->cmu);
		/* the exact check: between on_accept and here another worker may have taken a slot
		 * for the same address; such a connection is shut down at once */
		over = known && !ip_trusted(s, &a) && over_share(held_by(s, &a), s->nconn);
		for (int i = 0; i < LIM_CONNECTIONS; i++) {
			int k = (s->next_slot + i) % LIM_CONNECTIONS;
			if (s->slots[k].conn == NULL) {
				slot = &s->slots[k];
				s->next_slot = k + 1;
				break;
			}
		}
		if (slot) {
			slot->conn = c;
			slot->fd = fi ? fi->connect_fd : -1;
			slot->ip = a;
			slot->trusted = known && ip_trusted(s, &a);
			slot->swept = over;
			if (over && slot->fd >= 0)
				shutdown(slot->fd, SHUT_RDWR);
			ip_format(&slot->ip, slot->addr, sizeof slot->addr);
			atomic_store(&slot->head_since, mono_us() / 1000);
			s->nconn++;
		}
		pthread_mutex_unlock(&s->cmu);
		*socket_context = slot;
		return;
	}
	if (slot) {
		pthread_mutex_lock(&s->cmu);
		slot->conn = NULL;
		s->nconn--;
		pthread_mutex_unlock(&s->cmu);
		*socket_context = NULL;
	}
}

/* The sweeper: a connection that has not delivered a complete request head LIM_HEAD_MS after
 * it opened (or after its previous answer) is shut down; MHD then sees the end of the stream
 * and closes it. MHD itself knows only an idle timeout, which one header line every 20 s
 * resets forever. It also flushes the access log's per-thread buffers. */
static void *sweeper_main(void *arg)
{
	struct http_server *s = arg;
	struct timespec ts;

	pthread_mutex_lock(&s->cmu);
	while (!s->stopping) {
		int64_t now = mono_us() / 1000;
		int n = 0;

		for (int i = 0; i < LIM_CONNECTIONS; i++) {
			struct conn_slot *c = &s->slots[i];
			int64_t since;

			if (c->conn == NULL || c->swept || c->fd < 0)
				continue;
			since = atomic_load(&c->head_since);
			if (since != 0 && now - since > LIM_HEAD_MS) {
				shutdown(c->fd, SHUT_RDWR);
				c->swept = true;
				n++;
			}
		}
		pthread_mutex_unlock(&s->cmu);
		if (n)
			log_msg(LOG_INFO, "closed %d connection%s without a complete request head in %d s",
			    n, n == 1 ? "" : "s", LIM_HEAD_MS / 1000);
		http_access_log_flush();
		pthread_mutex_lock(&s->cmu);
		if (s->stopping)
			break;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_nsec += SWEEP_MS * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&s->cwake, &s->cmu, &ts);
	}
	pthread_mutex_unlock(&s->cmu);
	return NULL;
}

/* What one pass over the request headers finds: the framing headers and the proxy chain. */
struct head_scan {
	int ncl, nte, nhost, nxff;
	const char *cl, *te;
	bool cl_differs, want_xff;
	const char *xff[XFF_HEADERS_MAX];       /* the last ones, in order */
};

static enum MHD_Result scan_header(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	struct head_scan *h = cls;

	if (value == NULL)
		value = "";
	switch (key[0]) {
	case 'C': case 'c':
		if (strcasecmp(key, "Content-Length") == 0) {
			if (h->ncl++ == 0)
				h->cl = value;
			else if (strcmp(h->cl, value) != 0)
				h->cl_differs = true;
		}
		break;
	case 'T': case 't':
		if (strcasecmp(key, "Transfer-Encoding") == 0 && h->nte++ == 0)
			h->te = value;
		break;
	case 'H': case 'h':
		if (strcasecmp(key, "Host") == 0)
			h->nhost++;
		break;
	case 'X': case 'x':
		if (h->want_xff && strcasecmp(key, "X-Forwarded-For") == 0) {
			if (h->nxff == XFF_HEADERS_MAX) {
				memmove(h->xff, h->xff + 1, sizeof h->xff - sizeof h->xff[0]);
				h->nxff--;
			}
			h->xff[h->nxff++] = value;
		}
		break;
	}
	return MHD_YES;
}

/* The client's address. From a trusted proxy: the rightmost X-Forwarded-For entry that is not
 * itself a trusted proxy, which is the address the nearest untrusted hop was seen from (the
 * entries left of it are whatever the client chose to send). Anyone else: the peer. */
static void client_addr(struct http_server *s, struct http_req *r, const struct head_scan *h)
{
	const struct conn_slot *slot = r->slot;
	struct ip_addr a;

	if (slot == NULL) {
		const union MHD_ConnectionInfo *ci =
		    MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		if (!ci || !ip_from_sockaddr(ci->client_addr, &a))
			memset(&a, 0, sizeof a);
		ip_format(&a, r->addr, sizeof r->addr);
		return;
	}
	snprintf(r->addr, sizeof r->addr, "%s", slot->addr);
	if (!slot->trusted)
		return;
	for (int i = h->nxff - 1; i >= 0; i--) {
		const char *v = h->xff[i], *end = v + strlen(v);

		while (end > v) {
			const char *comma = memrchr(v, ',', (size_t)(end - v));
			const char *start = comma ? comma + 1 : v;

			if (!ip_parse(start, (size_t)(end - start), &a)) {
				/* not an address: trust nothing left of it, keep the last good one */
				return;
			}
			ip_format(&a, r->addr, sizeof r->addr);
			if (!ip_trusted(s, &a))
				return;
			end = comma ? comma : v;
		}
	}
}

/* Refuses a request whose framing two parties could read differently (request smuggling):
 * conflicting Content-Length, Content-Length with Transfer-Encoding, a transfer coding other
 * than chunked, an HTTP/1.1 request without exactly one Host. A chunked request body is
 * refused too (411): libmicrohttpd neither shows the declared chunk size nor lets an answer
 * go out in the middle of a body, so a chunk larger than the cap would otherwise hold the
 * connection until the idle timeout. Returns false with the error set. */
static bool head_valid(struct http_req *r, const char *version, const struct head_scan *h)
{
	if (strcmp(version, "HTTP/1.1") == 0 && h->nhost != 1) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", "Host",
		    "an HTTP/1.1 request needs exactly one Host header");
		return false;
	}
	if (h->cl_differs) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", "Content-Length",
		    "conflicting Content-Length headers");
		return false;
	}
	if (h->nte == 0)
		return true;
	if (h->ncl) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", "Transfer-Encoding",
		    "Content-Length and Transfer-Encoding together are ambiguous");
		return false;
	}
	if (h->nte > 1 || strcasecmp(h->te, "chunked") != 0) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", "Transfer-Encoding",
		    "unsupported Transfer-Encoding");
		return false;
	}
	http_error(r, PA_ERR_MALFORMED, "length_required", "Content-Length",
	    "send the body with a Content-Length header; chunked request bodies are not accepted");
	r->status = 411;
	return false;
}

/* ------------------------------------------------------------------ the access log */

/* Appends s to buf (at *n, below cap), percent-encoding bytes that would break the line or
 * that the reader could not tell apart: controls, space, non-ASCII, % and those in extra. */
static void log_escaped(char *buf, size_t *n, size_t cap, const char *s, const char *extra)
{
	static const char hex[] = "0123456789ABCDEF";

	for (; *s && *n + 4 < cap; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch <= 0x20 || ch >= 0x7f || ch == '%' || ch == '"' || ch == '\\' ||
		    strchr(extra, ch)) {
			buf[(*n)++] = '%';
			buf[(*n)++] = hex[ch >> 4];
			buf[(*n)++] = hex[ch & 15];
		} else {
			buf[(*n)++] = (char)ch;
		}
	}
}

struct log_query {
	char *buf;
	size_t *n, cap;
	int count;
};

/* Query parameters are logged by name only: "?phone=" — values may be personal data. */
static enum MHD_Result log_query_name(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	struct log_query *q = cls;

	if (*q->n + 2 >= q->cap)
		return MHD_NO;
	q->buf[(*q->n)++] = q->count++ ? '&' : '?';
	log_escaped(q->buf, q->n, q->cap, key, "&=?#");
	if (*q->n + 1 < q->cap)
		q->buf[(*q->n)++] = '=';
	return MHD_YES;
}

/* One line: time address user method path?names status bytes microseconds. Never headers,
 * tokens, cookies, bodies or query values. */
static void access_log(struct http_req *r)
{
	static _Thread_local int64_t cached_s = -1;
	static _Thread_local char when[TIME_STR_MAX];
	char line[LIM_LOG_PATH_BYTES + 384], num[96];
	size_t n, pathcap;
	int64_t ms = clock_now_ms(), us = mono_us() - r->t0_us;
	struct log_query q;
	int k;

	if (ms / 1000 != cached_s) {
		cached_s = ms / 1000;
		time_format(cached_s * 1000, when);
	}
	n = (size_t)snprintf(line, sizeof line, "%s %s ", when, r->addr);
	if (r->user)
		n += (size_t)snprintf(line + n, sizeof line - n, "%lld ", (long long)r->user->id);
	else
		line[n++] = '-', line[n++] = ' ';
	log_escaped(line, &n, n + 24, r->method_name ? r->method_name : "-", "");
	line[n++] = ' ';
	pathcap = n + LIM_LOG_PATH_BYTES;
	log_escaped(line, &n, pathcap, r->url ? r->url : "-", "?#");
	q = (struct log_query){ line, &n, pathcap, 0 };
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, log_query_name, &q);
	if (r->resp_bytes >= 0)
		k = snprintf(num, sizeof num, " %d %lld %lld\n", r->status, (long long)r->resp_bytes,
		    (long long)us);
	else
		k = snprintf(num, sizeof num, " %d - %lld\n", r->status, (long long)us);
	memcpy(line + n, num, (size_t)k);
	n += (size_t)k;
	http_access_log_write(line, n);
}

static struct conn_slot *slot_of(struct MHD_Connection *conn)
{
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);

	return ci ? ci->socket_context : NULL;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
    const char *method, const char *version, const char *upload_data, size_t *upload_size,
    void **con_cls)
{
	struct http_server *srv = cls;
	struct http_req *r = *con_cls;
	unsigned mbit;

	if (r == NULL) {
		struct arena *a = req_arena_get();
		struct head_scan h = { 0 };
		const char *cl;
		int64_t len;

		if (a == NULL || (r = arena_alloc(a, sizeof *r)) == NULL) {
			arena_free(a);
			return MHD_NO;
		}
		r->arena = a;
		r->conn = conn;
		r->db = srv->db;
		r->url = url;
		r->method_name = method;
		r->t0_us = mono_us();
		r->slot = slot_of(conn);
		*con_cls = r;
		atomic_fetch_add(&srv->inflight, 1);
		if (r->slot)        /* the head is complete: the head deadline stops */
			atomic_store(&((struct conn_slot *)r->slot)->head_since, 0);
		h.want_xff = r->slot && ((struct conn_slot *)r->slot)->trusted;
		MHD_get_connection_values(conn, MHD_HEADER_KIND, scan_header, &h);
		client_addr(srv, r, &h);
		if (!head_valid(r, version, &h)) {
			r->body_too_large = true;             /* read nothing more of it */
			return send_json(r);
		}
		/* the route decides how much body it takes */
		r->body_max = LIM_BODY_BYTES;
		if (strncmp(url, "/api/", 5) == 0 && strlen(url) <= LIM_URL_BYTES) {
			r->route = route_find(r, method_bit(method), &r->path_known);
			/* who is asking is known from the headers: refuse a stranger before taking in
			 * a body, so that nobody can make the server buffer uploads unauthenticated */
			if (r->route && !signin_skipped(r, r->route)) {
				if (!authenticate(r, method_bit(method))) {
					r->body_too_large = true;     /* drop whatever body follows */
					return send_json(r);
				}
			}
			if (r->route && (r->route->flags & RF_UPLOAD))
				r->body_max = upload_max;
		}
		cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl && parse_i64(cl, 0, INT64_MAX, &len) && (uint64_t)len > r->body_max) {
			r->body_too_large = true;
			if ((uint64_t)len > LIM_BODY_DRAIN_BYTES + r->body_max) {
				/* too big to drain: answer now and let MHD close the connection */
				http_error(r, PA_ERR_TOO_LARGE, "too_large", NULL,
				    "request body is larger than %zu bytes", r->body_max);
				return send_json(r);
			}
		}
		return MHD_YES;
	}
	if (*upload_size > 0) {
		size_t n = *upload_size;
		if (!r->body_too_large) {
			if (r->body_len + n > r->body_max) {
				r->body_too_large = true;
			} else {
				if (r->body_len + n + 1 > r->body_cap) {
					size_t cap = r->body_cap ? r->body_cap : 4096;
					while (cap < r->body_len + n + 1)
						cap *= 2;
					char *nb = realloc(r->body, cap);
					if (nb == NULL)
						return MHD_NO;
					r->body = nb;
					r->body_cap = cap;
				}
				memcpy(r->body + r->body_len, upload_data, n);
				r->body_len += n;
				r->body[r->body_len] = '\0';
			}
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (r->done)        /* already answered (oversized body) */
		return MHD_YES;

	/* the final call: dispatch and answer */
	mbit = method_bit(method);
	if (strlen(url) > LIM_URL_BYTES) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", NULL, "URL too long");
		return send_json(r);
	}
	if (strncmp(url, "/api/", 5) == 0) {
		if (mbit == 0) {
			http_error(r, PA_ERR_CONFLICT, "method_not_allowed", NULL, "method not allowed");
			r->status = 405;
		} else {
			db_read_begin(r->db);
			dispatch_api(r, mbit);
			db_read_end(r->db);
		}
		return send_json(r);
	}
	return send_static(r, mbit);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct http_server *srv = cls;
	struct http_req *r = *con_cls;

	if (r == NULL)
		return;
	if (r->slot)        /* kept alive: the next request head is awaited from now */
		atomic_store(&((struct conn_slot *)r->slot)->head_since, mono_us() / 1000);
	if (http_access_log_on() && r->status)
		access_log(r);
	json_decref(r->json);
	json_decref(r->resp);
	free(r->raw);
	if (r->mhd_resp)
		MHD_destroy_response(r->mhd_resp);
	free(r->body);
	req_arena_put(r->arena);
	*con_cls = NULL;
	atomic_fetch_sub(&srv->inflight, 1);
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char buf[512];

	vsnprintf(buf, sizeof buf, fmt, ap);
	buf[strcspn(buf, "\n")] = '\0';
	log_msg(LOG_DEBUG, "mhd: %s", buf);
}

/* Percent-decoding of the path and query, in place. An escape that would decode to NUL stays
 * as it is written ("%00"): a NUL would silently cut "/cases/1%00x" down to "/cases/1". */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
	char *w = s;
	const char *r = s;

	while (*r) {
		if (r[0] == '%' && isxdigit((unsigned char)r[1]) && isxdigit((unsigned char)r[2])) {
			char hex[3] = { r[1], r[2], 0 };
			char v = (char)strtol(hex, NULL, 16);
			if (v != 0) {
				*w++ = v;
				r += 3;
				continue;
			}
		}
		*w++ = *r++;
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* ------------------------------------------------------------------ start/stop */

static pa_err parse_listen(const char *listen, struct sockaddr_storage *ss, char *err,
    size_t errlen)
{
	char host[256];
	const char *colon = strrchr(listen, ':');
	int64_t port;
	struct addrinfo hints = { 0 }, *res = NULL;

	if (colon == NULL || (size_t)(colon - listen) >= sizeof host ||
	    !parse_i64(colon + 1, 0, 65535, &port)) {
		snprintf(err, errlen, "--listen must be HOST:PORT, not %s", listen);
		return PA_ERR_INVALID;
	}
	snprintf(host, sizeof host, "%.*s", (int)(colon - listen), listen);
	if (host[0] == '[' && host[strlen(host) - 1] == ']') {
		memmove(host, host + 1, strlen(host));
		host[strlen(host) - 1] = '\0';
	}
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE;
	if (getaddrinfo(host[0] ? host : NULL, colon + 1, &hints, &res) != 0 || res == NULL) {
		snprintf(err, errlen, "cannot resolve listen address %s", listen);
		return PA_ERR_INVALID;
	}
	memcpy(ss, res->ai_addr, res->ai_addrlen);
	freeaddrinfo(res);
	return PA_OK;
}

pa_err http_start(struct db *db, const struct http_options *opt, struct http_server **out,
    char *err, size_t errlen)
{
	struct http_server *s;
	struct sockaddr_storage ss = { 0 };
	const union MHD_DaemonInfo *info;
	unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC |
	    MHD_ALLOW_SUSPEND_RESUME;
	int threads = opt->threads;

	http_routes = opt->routes;
	upload_max = opt->upload_max;
	if (http_routes == NULL) {
		snprintf(err, errlen, "no route table");
		return PA_ERR_INTERNAL;
	}

	if (parse_listen(opt->listen, &ss, err, errlen) != PA_OK)
		return PA_ERR_INVALID;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	if (threads < 1 || threads > LIM_THREADS_MAX) {
		snprintf(err, errlen, "--threads must be 1-%d", LIM_THREADS_MAX);
		return PA_ERR_INVALID;
	}
	if (opt->ntrusted < 0 || opt->ntrusted > LIM_TRUSTED_PROXIES) {
		snprintf(err, errlen, "at most %d --trusted-proxy", LIM_TRUSTED_PROXIES);
		return PA_ERR_INVALID;
	}
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return PA_ERR_NOMEM;
	s->db = db;
	for (int i = 0; i < opt->ntrusted; i++) {
		const char *t = opt->trusted_proxies[i];
		if (!ip_parse(t, strlen(t), &s->trusted[s->ntrusted++])) {
			snprintf(err, errlen, "--trusted-proxy must be an IPv4 or IPv6 address, not %s", t);
			free(s);
			return PA_ERR_INVALID;
		}
	}
	pthread_mutex_init(&s->cmu, NULL);
	{
		pthread_condattr_t ca;
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&s->cwake, &ca);
		pthread_condattr_destroy(&ca);
	}
	/* per-address caps are on_accept's (MHD's own cap would also cap a trusted proxy) */
	s->d = MHD_start_daemon(flags, 0, on_accept, s, on_request, s,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)LIM_CONNECTION_TIMEOUT,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)LIM_CONNECTIONS,
	    MHD_OPTION_NOTIFY_CONNECTION, on_connection, s,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
	    MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
	    MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
	    MHD_OPTION_END);
	if (s->d == NULL) {
		snprintf(err, errlen, "cannot listen on %s (address in use or not allowed)",
		    opt->listen);
		pthread_cond_destroy(&s->cwake);
		pthread_mutex_destroy(&s->cmu);
		free(s);
		return PA_ERR_IO;
	}
	s->sweeper_running = pthread_create(&s->sweeper, NULL, sweeper_main, s) == 0;
	if (!s->sweeper_running)
		log_msg(LOG_ERROR, "cannot start the connection sweeper: %s", strerror(errno));
	info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : 0;
	*out = s;
	return PA_OK;
}

int http_port(struct http_server *s)
{
	return s->port;
}

/* Stops accepting, lets in-flight requests finish (up to a grace period), then stops. */
void http_stop(struct http_server *s)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	int waited = 0;

	if (s == NULL)
		return;
	atomic_store(&s->closing, true);
	while (atomic_load(&s->inflight) > 0 && waited < SHUTDOWN_GRACE_MS) {
		nanosleep(&ts, NULL);
		waited += 20;
	}
	pthread_mutex_lock(&s->cmu);
	s->stopping = true;
	pthread_cond_signal(&s->cwake);
	pthread_mutex_unlock(&s->cmu);
	if (s->sweeper_running)
		pthread_join(s->sweeper, NULL);
	MHD_stop_daemon(s->d);
	pthread_cond_destroy(&s->cwake);
	pthread_mutex_destroy(&s->cmu);
	free(s);
}
