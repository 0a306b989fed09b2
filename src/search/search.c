/* search.c — the tokenizer as the database's full-text tokenizer, and q= parsing. */
#include "search.h"

#include <string.h>

#include "../db/db.h"

/* The db layer's tokenizer signature over search_tokenize. */
static int db_tokenize(const char *text, size_t len, bool query, db_token_fn emit, void *ctx)
{
	return search_tokenize(text, len, query ? SEARCH_TOK_QUERY : SEARCH_TOK_DOCUMENT,
	    (search_tok_fn)emit, ctx);
}

void search_init(void)
{
	db_fts_tokenizer(SEARCH_TOKENIZER, db_tokenize);
}

/* Length in bytes of the UTF-8 sequence at p (n bytes left), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	size_t need = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3 :
	    (p[0] & 0xF8) == 0xF0 ? 4 : 0;

	if (need == 0 || need > n)
		return 0;
	for (size_t i = 1; i < need; i++)
		if ((p[i] & 0xC0) != 0x80)
			return 0;
	return need;
}

/* A space between words: ASCII white space or the ideographic space U+3000. */
static size_t space_len(const char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		return 1;
	if ((unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0x80)
		return 3;
	return 0;
}

/* True if w (n bytes) looks like a case number: 1-4 ASCII letters, then 6-16 digits. */
static bool code_shaped(const char *w, size_t n)
{
	size_t i = 0, d;

	while (i < n && ((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z')))
		i++;
	if (i < 1 || i > 4)
		return false;
	d = n - i;
	if (d < 6 || d > 16)
		return false;
	for (; i < n; i++)
		if (w[i] < '0' || w[i] > '9')
			return false;
	return true;
}

pa_err search_q_parse(const char *q, struct search_q *out, struct pa_error *err)
{
	const char *words[LIM_SEARCH_TERMS];
	size_t lens[LIM_SEARCH_TERMS], n = 0, chars = 0, len = q ? strlen(q) : 0, o = 0;
	const char *p = q, *end = q + len;

	memset(out, 0, sizeof *out);
	out->kind = SEARCH_NONE;
	/* characters and validity first, then words */
	for (size_t i = 0; i < len; chars++) {
		size_t l = utf8_len((const unsigned char *)q + i, len - i);
		if (l == 0 || (unsigned char)q[i] < 0x20) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", "q",
			    "q must be text without control characters");
			return PA_ERR_INVALID;
		}
		i += l;
	}
	if (chars > LIM_SEARCH_CHARS) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "q",
		    "q is longer than %d characters", LIM_SEARCH_CHARS);
		return PA_ERR_INVALID;
	}
	while (p && p < end) {
		size_t s, l = 0;
		while (p < end && (s = space_len(p)) > 0)
			p += s;
		if (p >= end)
			break;
		while (p + l < end && space_len(p + l) == 0)
			l++;
		if (n == LIM_SEARCH_TERMS) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", "q",
			    "q has more than %d words", LIM_SEARCH_TERMS);
			return PA_ERR_INVALID;
		}
		words[n] = p;
		lens[n++] = l;
		p += l;
	}
	if (n == 0)
		return PA_OK;
	if (n == 1 && code_shaped(words[0], lens[0]) && lens[0] < sizeof out->code) {
		for (size_t i = 0; i < lens[0]; i++)
			out->code[i] = (char)(words[0][i] >= 'a' && words[0][i] <= 'z' ?
			    words[0][i] - 32 : words[0][i]);
		out->kind = SEARCH_CODE;
		return PA_OK;
	}
	/* "w1" AND "w2" ...: each word a quoted string ('"' doubled), so that no character of q
	 * is ever read as the index's query syntax; a word without tokens is left out */
	for (size_t w = 0; w < n; w++) {
		if (search_token_count(words[w], lens[w], SEARCH_TOK_QUERY) == 0)
			continue;
		if (o) {
			memcpy(out->match + o, " AND ", 5);
			o += 5;
		}
		out->match[o++] = '"';
		for (size_t i = 0; i < lens[w]; i++) {
			if (words[w][i] == '"')
				out->match[o++] = '"';
			out->match[o++] = words[w][i];
		}
		out->match[o++] = '"';
	}
	out->match[o] = '\0';
	out->kind = o ? SEARCH_TEXT : SEARCH_NOTHING;
	return PA_OK;
}
