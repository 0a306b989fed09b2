/* static.c — the web app's files, embedded in the binary at build time (build/gen/assets.c). */
#include <microhttpd.h>
#include <stdio.h>
#include <string.h>

#include "../util/embed.h"
#include "http.h"

static const struct {
	const char *ext, *type;
} content_types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".mjs", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".svg", "image/svg+xml" },
	{ ".png", "image/png" },
	{ ".ico", "image/x-icon" },
	{ ".json", "application/json; charset=utf-8" },
	{ ".webmanifest", "application/manifest+json" },
	{ NULL, NULL },
};

static const char *content_type(const char *name)
{
	const char *dot = strrchr(name, '.');

	for (int i = 0; dot && content_types[i].ext; i++)
		if (strcmp(dot, content_types[i].ext) == 0)
			return content_types[i].type;
	return "application/octet-stream";
}

/* FNV-1a of the content: the ETag changes whenever a build changes the file. */
static void etag_of(const struct embedded_file *f, char out[24])
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < f->len; i++) {
		h ^= f->data[i];
		h *= 1099511628211ULL;
	}
	snprintf(out, 24, "\"%016llx\"", (unsigned long long)h);
}

#define CSP "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; " \
	"script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; " \
	"form-action 'self'"

/* A path that names no file: a page in the interface's language with a way home (it was the
 * English words "not found"). */
static const char NOT_FOUND_PAGE[] =
    "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    "<title>页面不存在 - 平安</title></head><body><h1>页面不存在</h1>"
    "<p>您访问的地址没有对应的页面。</p><p><a href=\"/\">返回首页</a></p></body></html>\n";

struct MHD_Response *http_static_response(const char *url, const char *if_none_match,
    int *status, int64_t *bytes)
{
	const char *name = url[0] == '/' ? url + 1 : url;
	struct MHD_Response *resp;
	char etag[24];

	if (*name == '\0')
		name = "index.html";
	for (size_t i = 0; i < pa_assets_count; i++) {
		const struct embedded_file *f = &pa_assets[i];
		if (strcmp(f->name, name) != 0)
			continue;
		etag_of(f, etag);
		if (if_none_match && strcmp(if_none_match, etag) == 0) {
			resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
			*status = 304;
			*bytes = 0;
		} else {
			resp = MHD_create_response_from_buffer(f->len, (void *)f->data,
			    MHD_RESPMEM_PERSISTENT);
			*status = 200;
			*bytes = (int64_t)f->len;
		}
		if (resp == NULL)
			return NULL;
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, content_type(name));
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, etag);
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
		MHD_add_response_header(resp, "Content-Security-Policy", CSP);
		return resp;
	}
	*status = 404;
	*bytes = (int64_t)strlen(NOT_FOUND_PAGE);
	resp = MHD_create_response_from_buffer(strlen(NOT_FOUND_PAGE), (void *)NOT_FOUND_PAGE,
	    MHD_RESPMEM_PERSISTENT);
	if (resp) {
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "text/html; charset=utf-8");
		MHD_add_response_header(resp, "Content-Security-Policy", CSP);
	}
	return resp;
}
