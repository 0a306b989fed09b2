/* fuzz_tokenize.c — libFuzzer target for search_tokenize (src/search/tokenize.c), the Chinese
 * tokenizer of the full-text index. The input is any bytes, in both modes. It aborts when a
 * token:
 *   - is empty, longer than SEARCH_TOKEN_MAX_BYTES, or not valid UTF-8;
 *   - has a byte range that is empty, outside the input, or before the previous token's start;
 *   - is colocated while nothing came before it, or in a query (queries are one phrase);
 *   - holds a capital ASCII letter, a full-width ASCII form or a separator byte;
 * and when the count of search_token_count differs from the tokens seen. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search/tokenize.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

struct st {
	size_t size, last_start, n;
	int query;
};

/* Strict UTF-8 check of one token; also refuses folded-away forms. */
static int token_ok(const unsigned char *p, size_t n)
{
	size_t i = 0, need, j;
	unsigned c, min;

	while (i < n) {
		c = p[i];
		if (c < 0x80) {
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
				return 0;
			i++;
			continue;
		}
		if ((c & 0xE0) == 0xC0) { need = 2; min = 0x80; c &= 0x1F; }
		else if ((c & 0xF0) == 0xE0) { need = 3; min = 0x800; c &= 0x0F; }
		else if ((c & 0xF8) == 0xF0) { need = 4; min = 0x10000; c &= 0x07; }
		else return 0;
		if (i + need > n)
			return 0;
		for (j = 1; j < need; j++) {
			if ((p[i + j] & 0xC0) != 0x80)
				return 0;
			c = (c << 6) | (p[i + j] & 0x3F);
		}
		if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
			return 0;
		if (c >= 0xFF01 && c <= 0xFF5E)
			return 0;
		i += need;
	}
	return 1;
}

static int cb(void *ctx, int flags, const char *tok, size_t len, size_t start, size_t end)
{
	struct st *s = ctx;

	check(len > 0 && len <= SEARCH_TOKEN_MAX_BYTES, "token length");
	check(token_ok((const unsigned char *)tok, len), "token bytes");
	check(start < end && end <= s->size, "byte range");
	check(s->n == 0 || start >= s->last_start, "ranges in order");
	if (flags & SEARCH_TOK_COLOCATED)
		check(s->n > 0 && !s->query, "colocated token");
	s->last_start = start;
	s->n++;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct st s;
	int mode;

	for (mode = 0; mode < 2; mode++) {
		memset(&s, 0, sizeof s);
		s.size = size;
		s.query = mode == SEARCH_TOK_QUERY;
		check(search_tokenize((const char *)data, size, (enum search_tok_mode)mode, cb,
		    &s) == 0, "return value");
		check(search_token_count((const char *)data, size, (enum search_tok_mode)mode) ==
		    s.n, "count");
	}
	return 0;
}
