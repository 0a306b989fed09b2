/* search_api.c — full-text search over HTTP (全文检索): q= on the case list, and
 * GET /api/v1/search across every type the caller may see, with the matching words marked.
 *
 * Every query drives from the index newest first (case_fts rowid = case id, walked in rowid
 * order DESC), joins the case by its key and applies the same scope (CASE_LIST_SCOPE) and
 * filters as the plain list (core/case.h CASE_LIST_FILTERS, where q= as a case number is
 * ?11), so a page of 50 reads about 50 / (share of matches in scope) index entries. */
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/case.h"
#include "../core/case_export.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"

#define SEARCH_RESPONSE_BYTES (4 * 1024 * 1024)
#define SEARCH_SNIPPET_TOKENS 24        /* words (positions) of one snippet */
#define SNIP_OPEN  "\x01"               /* snippet markers: control characters, which q= and */
#define SNIP_CLOSE "\x02"               /* stored text never hold, cut into segments below */
#define SEARCH_LINE_MAX 256             /* a category's name; a longer snippet line is kept whole */

/* The type and status of the case list (?2, ?3) in their any-type shape; the other filters,
 * the q= case number (?11) included, are the list's own CASE_LIST_FILTERS (core/case.h). */
#define Q_WHERE \
    " AND (?2 IS NULL OR c.type = ?2)" \
    " AND (?3 IS NULL OR (',' || ?3 || ',') LIKE ('%,' || c.status || ',%'))" \
    " AND " CASE_LIST_SCOPE CASE_LIST_FILTERS

/* q= as words (?12): the index first (CROSS JOIN keeps it the outer loop), newest first; the
 * cursor is repeated on the index's rowid so that a later page starts inside the index. */
static const char SQL_Q_TEXT[] =
    "SELECT " CASE_COLUMNS ", snippet(case_fts, -1, char(1), char(2), '…', 24) "
    "FROM case_fts CROSS JOIN cases c ON c.id = case_fts.rowid" CASE_JOINS
    " WHERE case_fts MATCH ?12" Q_WHERE
    " AND (?9 IS NULL OR case_fts.rowid < ?9) ORDER BY case_fts.rowid DESC LIMIT ?10";
/* q= as a case number (案件编号, ?11): the unique code index drives (the filter list's
 * "?11 IS NULL OR" form cannot use it). */
static const char SQL_Q_CODE[] =
    "SELECT " CASE_COLUMNS ", NULL FROM cases c" CASE_JOINS
    " WHERE c.code = ?11" Q_WHERE CASE_LIST_ORDER;
/* /search without q: the newest cases in scope (the plain list's any-type statement). */
static const char SQL_Q_ALL[] =
    "SELECT " CASE_COLUMNS ", NULL FROM cases c" CASE_JOINS CASE_LIST_WHERE_ANY;

/* The parameters of a list, parsed the way case_api_list parses them. */
struct q_params {
	struct search_q q;
	const char *type, *status;
	char org_path[LIM_ORG_PATH];
	int64_t org_id, assignee, reporter, from, to, limit, cursor;
	enum export_format fmt;
};

/* A user filter: a positive id or "me". */
static bool user_param(struct http_req *r, const char *name, int64_t *out)
{
	const char *v = http_query(r, name);

	if (v && strcmp(v, "me") == 0) {
		*out = r->user->id;
		return true;
	}
	return http_query_int(r, name, 1, INT64_MAX, 0, out);
}

/* Parses q and the list filters; false when an answer (an error) was sent. */
static bool params_parse(struct http_req *r, struct q_params *p)
{
	struct pa_error e = { 0 };

	memset(p, 0, sizeof *p);
	p->fmt = http_export_format(r);
	if (p->fmt == EXPORT_BAD)
		return false;
	if (search_q_parse(http_query(r, "q"), &p->q, &e) != PA_OK) {
		http_fail(r, &e);
		pa_error_clear(&e);
		return false;
	}
	p->type = http_query(r, "type");
	p->status = http_query(r, "status");
	if (p->type && !*p->type)
		p->type = NULL;
	if (p->status && !*p->status)
		p->status = NULL;
	if (p->type && case_type_find(p->type) == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type is not a known case type");
		return false;
	}
	for (const char *s = p->status; s && *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || *s == '_' || *s == ',')) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "status",
			    "status must be a comma-separated list of status codes");
			return false;
		}
	return org_query(r, false, &p->org_id, p->org_path) &&
	    http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &p->limit) &&
	    http_query_cursor(r, &p->cursor) &&
	    user_param(r, "assignee", &p->assignee) && user_param(r, "reporter", &p->reporter) &&
	    http_query_time(r, "created_from", &p->from) && http_query_time(r, "created_to", &p->to);
}

/* The statement for p, bound; NULL on a database failure. An export takes every row. */
static struct db_stmt *params_stmt(struct http_req *r, struct db_conn *c,
    const struct q_params *p)
{
	struct db_stmt *s = db_prepare(c, p->q.kind == SEARCH_TEXT ? SQL_Q_TEXT :
	    p->q.kind == SEARCH_NONE ? SQL_Q_ALL : SQL_Q_CODE);

	if (s == NULL)
		return NULL;
	case_list_bind(s, r->user, &(struct case_list_params){ .type = p->type,
	    .status = p->status, .org_path = p->org_id ? p->org_path : NULL,
	    .assignee = p->assignee, .reporter = p->reporter, .from = p->from, .to = p->to,
	    .cursor = p->fmt == EXPORT_JSON ? p->cursor : 0,
	    .limit = p->fmt == EXPORT_JSON ? p->limit : -1 });
	/* a word list without a searchable character looks for the code "", which no case has */
	if (p->q.kind == SEARCH_TEXT)
		db_bind_text(s, 12, p->q.match);
	else if (p->q.kind == SEARCH_CODE || p->q.kind == SEARCH_NOTHING)
		db_bind_text(s, 11, p->q.kind == SEARCH_CODE ? p->q.code : "");
	return s;
}

/* The words of q as typed, to narrow the index's marks (see mark_words). */
struct q_words {
	const char *w[LIM_SEARCH_TERMS];
	size_t n[LIM_SEARCH_TERMS];
	int count;
};

static void q_words_split(const char *q, struct q_words *out)
{
	out->count = 0;
	while (q && *q && out->count < LIM_SEARCH_TERMS) {
		size_t l = 0;
		if (*q == ' ' || *q == '\t') {
			q++;
			continue;
		}
		if (strncmp(q, "\xE3\x80\x80", 3) == 0) {     /* the full-width space */
			q += 3;
			continue;
		}
		while (q[l] && q[l] != ' ' && q[l] != '\t' && strncmp(q + l, "\xE3\x80\x80", 3) != 0)
			l++;
		out->w[out->count] = q;
		out->n[out->count++] = l;
		q += l;
	}
}

/* Appends one segment {"text":...,"mark":bool}; newlines between the text's fields read as
 * spaces. */
static void seg_json(struct sb *b, bool *first, const char *p, size_t n, bool mark)
{
	char *seg;

	if (n == 0)
		return;
	if ((seg = strndup(p, n)) == NULL) {
		b->failed = true;
		return;
	}
	for (char *k = seg; *k; k++)
		if (*k == '\n')
			*k = ' ';
	sb_adds(b, *first ? "{\"text\":" : ",{\"text\":");
	sb_json_str(b, seg);
	sb_adds(b, mark ? ",\"mark\":true}" : ",\"mark\":false}");
	free(seg);
	*first = false;
}

/* A span the index marked. The index marks whole tokens, and a token of Chinese text is a
 * bigram, so a one-character word marks two characters: where the span holds the typed words
 * as they are (ASCII case aside), only those are marked; otherwise the whole span. */
static void mark_words(struct sb *b, bool *first, const char *p, size_t n,
    const struct q_words *qw)
{
	size_t i = 0, plain = 0;
	bool found = false;

	for (int k = 0; k < qw->count && !found; k++)
		for (size_t j = 0; j + qw->n[k] <= n && !found; j++)
			found = strncasecmp(p + j, qw->w[k], qw->n[k]) == 0;
	if (!found) {
		seg_json(b, first, p, n, true);
		return;
	}
	while (i < n) {
		size_t hit = 0;
		for (int k = 0; k < qw->count; k++)
			if (qw->n[k] > hit && i + qw->n[k] <= n &&
			    strncasecmp(p + i, qw->w[k], qw->n[k]) == 0)
				hit = qw->n[k];
		if (hit) {
			seg_json(b, first, p + plain, i - plain, false);
			seg_json(b, first, p + i, hit, true);
			i += hit;
			plain = i;
		} else {
			i++;
		}
	}
	seg_json(b, first, p + plain, n - plain, false);
}

/* Writes a snippet with SNIP_OPEN/SNIP_CLOSE markers as [{"text":...,"mark":bool},...]. */
static void snippet_json(struct sb *b, const char *snip, const struct q_words *qw)
{
	bool mark = false, first = true;
	const char *p = snip;

	sb_add(b, "[", 1);
	while (p && *p) {
		size_t n = strcspn(p, SNIP_OPEN SNIP_CLOSE);
		if (mark)
			mark_words(b, &first, p, n, qw);
		else
			seg_json(b, &first, p, n, false);
		p += n;
		if (*p) {
			mark = *p == SNIP_OPEN[0];
			p++;
		}
	}
	sb_add(b, "]", 1);
}

#define SNIP_CUT "\xe2\x80\xa6"             /* the ellipsis snippet() puts where it cut */

/* Whether line (n bytes, markers and cut marks removed into out) is the name other or the part
 * of it that a snippet cut at its start (a suffix) or at its end (a prefix). */
static bool line_is_name(const char *line, size_t n, const char *other, bool cut_start,
    bool cut_end, char *out, size_t cap)
{
	size_t m = 0, lo = strlen(other), k = 0;
	bool marked = false;

	for (size_t i = 0; i < n; i++) {
		if (line[i] == SNIP_OPEN[0] || line[i] == SNIP_CLOSE[0]) {
			marked = true;
			continue;
		}
		if (m + 1 >= cap)
			return false;
		out[m++] = line[i];
	}
	out[m] = '\0';
	/* a line that holds a match stays: it is why the case was found */
	if (marked)
		return false;
	if (cut_start && m >= 3 && memcmp(out, SNIP_CUT, 3) == 0)
		k = 3;
	if (cut_end && m >= k + 3 && memcmp(out + m - 3, SNIP_CUT, 3) == 0)
		m -= 3;
	m -= k;
	if (m == 0 || m > lo)
		return false;
	if (m == lo)
		return memcmp(out + k, other, m) == 0;
	return (k && memcmp(out + k, other + lo - m, m) == 0) ||
	    (cut_end && memcmp(out + k, other, m) == 0);
}

/* The snippet snip without its lines that are the category's name in the language the reader
 * does not read (other): the index holds both names (case_search_text), a page shows one.
 * Answers snip itself when nothing is left out; else a copy in arena a. */
static const char *snippet_own_lang(struct arena *a, const char *snip, const char *other)
{
	char line[SEARCH_LINE_MAX];
	size_t len, w = 0;
	char *out;
	bool dropped = false;

	if (snip == NULL || other == NULL || *other == '\0')
		return snip;
	len = strlen(snip);
	if ((out = arena_alloc(a, len + 1)) == NULL)
		return snip;
	for (const char *p = snip; *p;) {
		size_t n = strcspn(p, "\n");
		bool last = p[n] == '\0';
		if (line_is_name(p, n, other, p == snip, last, line, sizeof line)) {
			dropped = true;
		} else {
			memcpy(out + w, p, n);
			w += n;
			if (!last)
				out[w++] = '\n';
		}
		p += last ? n : n + 1;
	}
	out[w] = '\0';
	return dropped ? out : snip;
}

/* Runs the page of s and answers it: items as case_json (with_snippet: plus the type's and
 * status's names and the snippet), and next_cursor. */
static void reply_page(struct http_req *r, struct db_conn *c, struct db_stmt *s,
    const struct q_params *p, bool with_snippet)
{
	bool en = http_lang(r) == LANG_EN;
	int64_t last = 0, n = 0;
	char other[SEARCH_LINE_MAX];    /* the category's name in the language not shown */
	struct q_words qw;
	struct sb b;
	int rc;

	q_words_split(http_query(r, "q"), &qw);
	sb_init(&b, SEARCH_RESPONSE_BYTES);
	sb_grow(&b, LIST_PAGE_RESERVE((size_t)p->limit));
	sb_adds(&b, "{\"items\":[");
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec rec;
		if (case_row_load(c, s, r->arena, &rec) != PA_OK)
			continue;
		if (n)
			sb_add(&b, ",", 1);
		case_json_lang(&b, &rec, r->user, en);
		if (with_snippet) {
			const struct wf_status *st = wf_status_find(rec.type, rec.status);
			sb_adds(&b, ",\"type_name\":");
			sb_json_str(&b, en ? rec.type->name_en : rec.type->name_zh);
			sb_adds(&b, ",\"status_name\":");
			sb_json_str(&b, st ? (en ? st->name_en : st->name_zh) : rec.status);
			sb_adds(&b, ",\"snippet\":");
			other[0] = '\0';
			if (rec.category && *rec.category && rec.type->category_name)
				if (!rec.type->category_name(c, rec.category, !en, other, sizeof other))
					other[0] = '\0';
			snippet_json(&b, snippet_own_lang(r->arena, db_col_null(s, 30) ? NULL :
			    db_col_text(s, 30), other), &qw);
		}
		sb_add(&b, "}", 1);
		last = rec.id;
		n++;
		case_rec_clear(&rec);
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, n == p->limit ? last : 0);
	sb_add(&b, "}", 1);
	http_reply_text(r, 200, sb_finish(&b));
}

/* Answers a list or search for parsed p (JSON page or export). */
static void run(struct http_req *r, const struct q_params *p, const char *export_name,
    bool with_snippet)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;

	if (c == NULL || (s = params_stmt(r, c, p)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (p->fmt != EXPORT_JSON) {
		case_export_stmt(r, p->fmt, export_name, c, s,
		    p->type && *p->type ? case_type_find(p->type) : NULL);
		return;
	}
	reply_page(r, c, s, p, with_snippet);
}

void search_api_cases(struct http_req *r)
{
	struct q_params p;
	struct search_q q;
	struct pa_error e = { 0 };

	/* q= absent or blank: the plain list, untouched */
	if (search_q_parse(http_query(r, "q"), &q, &e) == PA_OK && q.kind == SEARCH_NONE) {
		case_api_list(r);
		return;
	}
	pa_error_clear(&e);
	if (!params_parse(r, &p))
		return;
	run(r, &p, "cases", false);
}

void search_api_search(struct http_req *r)
{
	struct q_params p;

	if (!params_parse(r, &p))
		return;
	run(r, &p, "search", true);
}
