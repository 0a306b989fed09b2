/* search.h — Chinese full-text search (全文检索): the tokenizer plugged into the database, the
 * q= parameter turned into an index query, and the search endpoints.
 *
 * Layers: tokenize.c and the query builder here are pure C (no database, no HTTP), callable
 * from anywhere; search_api.c sits above the case engine (it reads cases through core and
 * answers HTTP). The index rows are written by the engine's own jobs (src/core/case_index.c). */
#ifndef PA_SEARCH_H
#define PA_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "../pingan.h"
#include "tokenize.h"

#define SEARCH_TOKENIZER "pingan"   /* the tokenizer's name in migration 007 */
#define SEARCH_CODE_MAX  32         /* a case number (案件编号), bytes */

/* Registers the tokenizer with the db layer (db_fts_tokenizer); before any db_open. */
void search_init(void);

/* What a q= asks for. */
enum search_kind {
	SEARCH_NONE,      /* empty or blank: no filter */
	SEARCH_CODE,      /* a case number: code holds it, upper-cased */
	SEARCH_TEXT,      /* match holds the index expression */
	SEARCH_NOTHING,   /* words without a searchable character ("！？"): matches no case */
};
struct search_q {
	enum search_kind kind;
	char code[SEARCH_CODE_MAX];
	char match[LIM_SEARCH_CHARS * 4 * 2 + LIM_SEARCH_TERMS * 8 + 16];
};

/* Parses q (NULL is empty). Words are split at spaces (also the full-width space); each word
 * becomes one quoted phrase of the index's query syntax (the tokenizer makes a CJK run a chain
 * of bigrams, so a word matches contiguous text only) and the words are ANDed. A word shaped
 * like a case number (1-4 letters then 6-16 digits, e.g. JY2026120100002) alone is a lookup by
 * number. Over LIM_SEARCH_CHARS characters or LIM_SEARCH_TERMS words, or not UTF-8:
 * PA_ERR_INVALID with err set (field q). */
pa_err search_q_parse(const char *q, struct search_q *out, struct pa_error *err);

struct http_req;
/* GET /api/v1/cases: with a non-blank q= the full-text list (search_api.c), else the plain
 * list (case_api_list). */
void search_api_cases(struct http_req *r);
/* GET /api/v1/search?q=: cases of every type the caller may see, newest first, with the
 * matching words marked. */
void search_api_search(struct http_req *r);

#endif
