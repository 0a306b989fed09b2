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
#include <pthread.h>
#include <microhttpd.h>
#include <netdb.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/attach.h"
#include "../db/db.h"
#include "match.h"
#include "../util/util.h"

#define COOKIE_NAME "pingan_session"
#define SHUTDOWN_GRACE_MS 10000

struct http_server {
	struct MHD_Daemon *d;
	struct db *db;
	int port;
	atomic_int inflight;
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
	r->done = true;
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
}

void http_fail(struct http_req *r, struct pa_error *e)
{
	json_t *err = json_pack("{s:s, s:s}", "code", e->code ? e->code : "internal", "message",
	    e->message);

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

	e.err = err;
	e.code = code;
	snprintf(e.field, sizeof e.field, "%s", field ? field : "");
	va_start(ap, fmt);
	vsnprintf(e.message, sizeof e.message, fmt, ap);
	va_end(ap);
	http_fail(r, &e);
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
	u = arena_alloc(r->arena, sizeof *u);
	if (u == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return false;
	}
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
	if (!(rt->flags & RF_PUBLIC) && r->user == NULL && !authenticate(r, mbit))
		return;
	if (rt->roles && !(scope_roles_any(r->user) & rt->roles)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL, "your role does not allow this");
		return;
	}
	if (rt->flags & RF_BODY) {
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
		resp = MHD_create_response_from_buffer(strlen(text), text, MHD_RESPMEM_MUST_FREE);
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
	    &status);
	if (resp == NULL)
		return MHD_NO;
	add_common_headers(resp);
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

static void client_addr(struct http_req *r)
{
	const union MHD_ConnectionInfo *ci =
	    MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	const struct sockaddr *sa = ci ? ci->client_addr : NULL;

	snprintf(r->addr, sizeof r->addr, "?");
	if (sa && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, r->addr, sizeof r->addr);
	else if (sa && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, r->addr,
		    sizeof r->addr);
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
		*con_cls = r;
		atomic_fetch_add(&srv->inflight, 1);
		/* the route decides how much body it takes */
		r->body_max = LIM_BODY_BYTES;
		if (strncmp(url, "/api/", 5) == 0 && strlen(url) <= LIM_URL_BYTES) {
			r->route = route_find(r, method_bit(method), &r->path_known);
			/* who is asking is known from the headers: refuse a stranger before taking in
			 * a body, so that nobody can make the server buffer uploads unauthenticated */
			if (r->route && !(r->route->flags & RF_PUBLIC)) {
				client_addr(r);
				if (!authenticate(r, method_bit(method))) {
					r->body_too_large = true;     /* drop whatever body follows */
					return send_json(r);
				}
			}
			if (r->route && (r->route->flags & RF_UPLOAD))
				r->body_max = attach_max_bytes;
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
	client_addr(r);
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

	if (parse_listen(opt->listen, &ss, err, errlen) != PA_OK)
		return PA_ERR_INVALID;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	if (threads < 1 || threads > LIM_THREADS_MAX) {
		snprintf(err, errlen, "--threads must be 1-%d", LIM_THREADS_MAX);
		return PA_ERR_INVALID;
	}
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return PA_ERR_NOMEM;
	s->db = db;
	s->d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, s,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)LIM_CONNECTION_TIMEOUT,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)LIM_CONNECTIONS,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)LIM_CONNECTIONS_PER_IP,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
	    MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
	    MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
	    MHD_OPTION_END);
	if (s->d == NULL) {
		snprintf(err, errlen, "cannot listen on %s (address in use or not allowed)",
		    opt->listen);
		free(s);
		return PA_ERR_IO;
	}
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
	MHD_quiesce_daemon(s->d);
	while (atomic_load(&s->inflight) > 0 && waited < SHUTDOWN_GRACE_MS) {
		nanosleep(&ts, NULL);
		waited += 20;
	}
	MHD_stop_daemon(s->d);
	free(s);
}
