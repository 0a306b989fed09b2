/* fuzz_route.c — libFuzzer target for path_match (src/http/match.c), the route matcher every
 * request goes through. The input is "pattern NUL url" (without a NUL the pattern is one of
 * the real shapes below and the input the url); both are copied into buffers of their own
 * size. It aborts when a match:
 *   - reports more parameters than allowed, or a parameter that is empty, holds a '/' or lies
 *     outside the url;
 *   - does not rebuild the url: the pattern with each {..} replaced by its parameter is the
 *     url, or the url without one trailing '/'. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/match.h"
#include "pingan.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

static const char *const shapes[] = {
	"/api/v1/cases/{id}", "/api/v1/cases/{id}/actions", "/api/v1/users/{id}/grants/{gid}",
	"/api/v1/attachments/{id}", "/api/v1/health", "/{a}/{b}/{c}/{d}/{e}",
};

static void one(const char *pattern, const char *url)
{
	struct path_param pp[LIM_PATH_PARAMS];
	size_t ul = strlen(url), rl = 0;
	int np = path_match(pattern, url, pp, LIM_PATH_PARAMS);
	char *rebuilt;
	const char *p = pattern;
	int k = 0;

	check(np >= -1 && np <= LIM_PATH_PARAMS, "parameter count");
	if (np < 0)
		return;
	rebuilt = malloc(strlen(pattern) + ul + 1);
	if (rebuilt == NULL)
		return;
	for (int i = 0; i < np; i++) {
		check(pp[i].len > 0, "a parameter is not empty");
		check(pp[i].s >= url && pp[i].s + pp[i].len <= url + ul, "a parameter inside the url");
		check(memchr(pp[i].s, '/', pp[i].len) == NULL, "a parameter is one segment");
	}
	while (*p) {
		if (*p == '{') {
			const char *e = strchr(p, '}');
			check(e != NULL && k < np, "a {..} for each parameter");
			memcpy(rebuilt + rl, pp[k].s, pp[k].len);
			rl += pp[k++].len;
			p = e + 1;
			continue;
		}
		rebuilt[rl++] = *p++;
	}
	check(k == np, "each parameter from a {..}");
	check((rl == ul && memcmp(rebuilt, url, ul) == 0) ||
	    (rl + 1 == ul && url[rl] == '/' && memcmp(rebuilt, url, rl) == 0), "rebuilds the url");
	free(rebuilt);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	char *a, *b;

	if (nul == NULL) {
		if ((b = malloc(size + 1)) == NULL)
			return 0;
		memcpy(b, data, size);
		b[size] = '\0';
		for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
			one(shapes[i], b);
		free(b);
		return 0;
	}
	a = malloc((size_t)(nul - data) + 1);
	b = malloc(size - (size_t)(nul - data));
	if (a && b) {
		memcpy(a, data, (size_t)(nul - data));
		a[nul - data] = '\0';
		memcpy(b, nul + 1, size - (size_t)(nul - data) - 1);
		b[size - (size_t)(nul - data) - 1] = '\0';
		one(a, b);
	}
	free(a);
	free(b);
	return 0;
}
