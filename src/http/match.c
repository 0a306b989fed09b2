/* match.c — the route matcher and the If-Match parser (pure; see match.h). */
#include "match.h"

#include <string.h>

#include "../util/util.h"

int path_match(const char *pattern, const char *url, struct path_param *params, int max)
{
	const char *p = pattern, *u = url;
	int np = 0;

	while (*p && *u) {
		if (*p == '{') {
			const char *pe = strchr(p, '}'), *ue = strchr(u, '/');
			if (pe == NULL)
				return -1;
			if (ue == NULL)
				ue = u + strlen(u);
			if (ue == u || np == max)
				return -1;
			params[np].s = u;
			params[np].len = (size_t)(ue - u);
			np++;
			p = pe + 1;
			u = ue;
			continue;
		}
		if (*p != *u)
			return -1;
		p++;
		u++;
	}
	if (*p || (*u && strcmp(u, "/") != 0))
		return -1;
	return np;
}

bool if_match_version(const char *h, int64_t *version)
{
	char buf[24];
	size_t l = strlen(h);

	if (l >= 2 && h[0] == 'W' && h[1] == '/')
		h += 2, l -= 2;
	if (l >= 2 && h[0] == '"' && h[l - 1] == '"')
		h++, l -= 2;
	if (l == 0 || l >= sizeof buf)   /* longer than any int64: never cut it to fit */
		return false;
	memcpy(buf, h, l);
	buf[l] = '\0';
	return parse_i64(buf, 1, INT64_MAX, version);
}
