/* match.h — pure parsers of the request line and headers, kept apart from the server so that
 * the fuzzers link them alone: the route pattern matcher and the If-Match version. */
#ifndef PA_MATCH_H
#define PA_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct path_param {
	const char *s;      /* points into the url; not NUL-terminated */
	size_t len;
};

/* Matches url against a route pattern segment by segment; "{x}" takes one non-empty segment
 * (no '/'), a single trailing '/' on the url is ignored. Returns the number of parameters
 * (at most max, else no match), or -1 when the url does not match. */
int path_match(const char *pattern, const char *url, struct path_param *params, int max);

/* The case version in an If-Match header: 3, "3" or W/"3" (a positive integer, nothing else).
 * False when the header is anything else. */
bool if_match_version(const char *h, int64_t *version);

#endif
