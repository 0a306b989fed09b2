/* fuzz_ifmatch.c — libFuzzer target for if_match_version (src/http/match.c), the If-Match
 * header of POST /api/v1/cases/{id}/actions. The input is the header value (cut at a NUL, as
 * libmicrohttpd hands it over), copied into a buffer of its own size. It aborts when an
 * accepted value:
 *   - is not positive;
 *   - is not exactly its digits, bare, quoted or W/-quoted: the value printed back, after
 *     leading zeros, must be what is left of the header once W/ and the quotes are taken off
 *     (so that nothing is ever cut to fit or ignored). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/match.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = strnlen((const char *)data, size), l;
	char *h = malloc(n + 1), num[32];
	const char *s;
	int64_t v = 0;

	if (h == NULL)
		return 0;
	memcpy(h, data, n);
	h[n] = '\0';
	if (if_match_version(h, &v)) {
		check(v > 0, "positive");
		s = h;
		l = n;
		if (l >= 2 && s[0] == 'W' && s[1] == '/')
			s += 2, l -= 2;
		if (l >= 2 && s[0] == '"' && s[l - 1] == '"')
			s++, l -= 2;
		while (l > 1 && *s == '0')
			s++, l--;
		snprintf(num, sizeof num, "%" PRId64, v);
		check(strlen(num) == l && memcmp(num, s, l) == 0, "exactly the digits");
	}
	free(h);
	return 0;
}
