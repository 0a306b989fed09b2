/* risk_api.c — the risk register as a table (风险台账, 表格化管理): every column filters and
 * sorts, and the export carries the same filters; the heat map of open risks by org unit and
 * level; the leaders' watch list of disputes at risk of turning violent (民转刑风险). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "governance.h"

static const char *const risk_statuses[] = { "identified", "assessed", "controlled", "resolved",
	"open", NULL };
static const char *const risk_levels[] = { "red", "orange", "yellow", "blue", NULL };
static const char *const risk_categories[] = { "political", "public_order", "public_safety",
	"economic", "social_conflict", "cyber", NULL };
static const char *const risk_sources[] = { "patrol", "dispute", "event", "report", "warning",
	NULL };
static const char *const yes_no[] = { "true", "false", NULL };
static const char *const sort_keys[] = { "code", "title", "category", "status", "org", "source",
	"likelihood", "impact", "score", "level", "owner_unit", "review_at", "open_measures",
	"created_at", NULL };
static const char *const orders[] = { "asc", "desc", NULL };

static const char SQL_RISKS[] =
    "SELECT c.id, c.code, c.title, c.category, c.status, o.name, c.org_id, r.source, "
    "r.likelihood, r.impact, r.level, r.owner_unit_id, ou.name, r.review_at, r.open_measures, "
    "c.created_at, COALESCE(c.closed_at, 0), c.warn, "
    /* seen only through a share (单案共享: a measure of the caller's unit) */
    "NOT " CASE_OWN_SCOPE_AT("17") " "
    "FROM cases c JOIN risk_details r ON r.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id LEFT JOIN orgs ou ON ou.id = r.owner_unit_id "
    "WHERE c.type = 'risk' AND " CASE_SCOPE_AT("17")
    " AND (?2 IS NULL OR c.status = ?2 OR (?2 = 'open' AND c.closed_at IS NULL)) "
    "AND (?3 IS NULL OR r.level = ?3) AND (?4 IS NULL OR c.category = ?4) "
    "AND (?5 IS NULL OR r.source = ?5) AND (?6 IS NULL OR substr(o.path, 1, length(?6)) = ?6) "
    "AND (?7 IS NULL OR r.owner_unit_id = ?7) AND (?8 IS NULL OR r.likelihood = ?8) "
    "AND (?9 IS NULL OR r.impact = ?9) AND (?10 IS NULL OR r.review_at <= ?10) "
    "AND (?11 IS NULL OR (?11 = 1 AND r.open_measures > 0) OR (?11 = 0 AND r.open_measures = 0)) "
    "AND (?12 IS NULL OR instr(c.title, ?12) > 0 OR instr(c.code, ?12) > 0) "
    "AND (?13 IS NULL OR c.created_at >= ?13) AND (?14 IS NULL OR c.created_at < ?14) "
    "AND (?15 IS NULL OR r.review_at >= ?15) "
    "ORDER BY c.id DESC LIMIT ?16";

struct risk_row {
	int64_t id, org_id, likelihood, impact, owner, review_at, open_measures, created_at,
	    closed_at;
	bool shared;            /* in the list only through a share (单案共享) */
	char code[32], title[LIM_TITLE_CHARS * 4 + 1], category[32], status[24], org[256],
	    source[16], level[16], owner_name[256], warn[16];
};

static int level_order(const char *l)
{
	for (int i = 0; risk_levels[i]; i++)
		if (strcmp(l, risk_levels[i]) == 0)
			return 4 - i;   /* red highest */
	return 0;
}

static int status_order(const char *s)
{
	for (int i = 0; risk_statuses[i]; i++)
		if (strcmp(s, risk_statuses[i]) == 0)
			return i;
	return 9;
}

static int cmp_i64(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

struct sort_by {
	int key;        /* index in sort_keys */
	bool desc;
};

static int risk_cmp(const void *pa, const void *pb, void *ctx)
{
	const struct risk_row *a = pa, *b = pb;
	const struct sort_by *s = ctx;
	int r = 0;

	switch (s->key) {
	case 0: r = strcmp(a->code, b->code); break;
	case 1: r = strcmp(a->title, b->title); break;
	case 2: r = strcmp(a->category, b->category); break;
	case 3: r = cmp_i64(status_order(a->status), status_order(b->status)); break;
	case 4: r = strcmp(a->org, b->org); break;
	case 5: r = strcmp(a->source, b->source); break;
	case 6: r = cmp_i64(a->likelihood, b->likelihood); break;
	case 7: r = cmp_i64(a->impact, b->impact); break;
	case 8: r = cmp_i64(a->likelihood * a->impact, b->likelihood * b->impact); break;
	case 9: r = cmp_i64(level_order(a->level), level_order(b->level)); break;
	case 10: r = strcmp(a->owner_name, b->owner_name); break;
	case 11: r = cmp_i64(a->review_at, b->review_at); break;
	case 12: r = cmp_i64(a->open_measures, b->open_measures); break;
	default: r = cmp_i64(a->created_at, b->created_at); break;
	}
	if (r == 0)
		r = cmp_i64(a->id, b->id);
	return s->desc ? -r : r;
}

static const struct export_col risk_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "风险名称", "Risk", EXK_TEXT },
	{ "category", "类别", "Category", EXK_TEXT },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "org", "所在单位", "Org unit", EXK_TEXT },
	{ "source", "来源", "Source", EXK_TEXT },
	{ "likelihood", "可能性", "Likelihood", EXK_INT },
	{ "impact", "影响程度", "Impact", EXK_INT },
	{ "score", "风险值", "Score", EXK_INT },
	{ "level", "风险等级", "Level", EXK_TEXT },
	{ "owner_unit", "责任单位", "Owner unit", EXK_TEXT },
	{ "review_at", "复核日期", "Review by", EXK_TIME },
	{ "open_measures", "未完成措施", "Open measures", EXK_INT },
	{ "created_at", "登记时间", "Registered", EXK_TIME },
	EXPORT_COLS_END
};

/* The Chinese or English name of a choice code of a field of type t. */
static const char *choice_name(const char *type, const char *field, const char *code, bool en)
{
	const struct case_type *t = case_type_find(type);
	const struct type_field *f = t ? type_field_find(t, field) : NULL;

	return f ? tf_choice_name(f, code, en) : code;
}

static const char *status_name(const char *code, bool en)
{
	const struct case_type *t = case_type_find("risk");
	const struct wf_status *s = t ? wf_status_find(t, code) : NULL;

	return s ? (en ? s->name_en : s->name_zh) : code;
}

static void risk_export(struct http_req *r, enum export_format fmt, const struct risk_row *rows,
    size_t n)
{
	struct export *x = export_begin(r, fmt, "risks");
	const struct case_type *t = case_type_find("risk");
	bool en;

	if (x == NULL)
		return;
	en = export_english(x);
	export_sheet(x, "风险台账", "Risk register", risk_cols);
	for (size_t i = 0; i < n; i++) {
		const struct risk_row *w = &rows[i];
		char cat[64];
		if (!export_row(x))
			break;
		export_text(x, w->code);
		export_text(x, w->title);
		if (!(t && t->category_name && t->category_name(NULL, w->category, en, cat,
		    sizeof cat)))
			snprintf(cat, sizeof cat, "%s", w->category);
		export_text(x, cat);
		export_text(x, status_name(w->status, en));
		export_text(x, w->org);
		export_text(x, choice_name("risk", "source", w->source, en));
		export_int(x, w->likelihood);
		export_int(x, w->impact);
		export_int(x, w->likelihood * w->impact);
		export_text(x, choice_name("risk", "level", w->level, en));
		export_text(x, w->owner_name);
		export_time(x, w->review_at);
		export_int(x, w->open_measures);
		export_time(x, w->created_at);
	}
	export_finish(x);
}

static void copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

/* GET /api/v1/risks?status=&level=&category=&source=&org_id=&owner_unit_id=&likelihood=
 * &impact=&review_before=&review_after=&open_measures=true|false&q=&created_from=&created_to=
 * &sort=&order=asc|desc&format=csv|xlsx — the register, every column filtered and sorted. */
void risk_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const char *status, *level, *category, *source, *open, *sort, *order;
	int64_t org_id = 0, owner, like, impact, before, after, from, to;
	char path[LIM_ORG_PATH] = "";
	struct risk_row *rows = NULL;
	size_t n = 0;
	bool cut = false;
	struct db_stmt *s;
	struct sort_by by = { 13, true };
	int rc;

	if (fmt == EXPORT_BAD)
		return;
	if (!gov_query_choice(r, "status", risk_statuses, &status) ||
	    !gov_query_choice(r, "level", risk_levels, &level) ||
	    !gov_query_choice(r, "category", risk_categories, &category) ||
	    !gov_query_choice(r, "source", risk_sources, &source) ||
	    !gov_query_choice(r, "open_measures", yes_no, &open) ||
	    !gov_query_choice(r, "sort", sort_keys, &sort) ||
	    !gov_query_choice(r, "order", orders, &order) ||
	    !http_query_int(r, "owner_unit_id", 1, INT64_MAX, 0, &owner) ||
	    !http_query_int(r, "likelihood", 1, 5, 0, &like) ||
	    !http_query_int(r, "impact", 1, 5, 0, &impact) ||
	    !http_query_time(r, "review_before", &before) ||
	    !http_query_time(r, "review_after", &after) ||
	    !http_query_time(r, "created_from", &from) ||
	    !http_query_time(r, "created_to", &to) ||
	    !org_query(r, false, &org_id, path))
		return;
	for (int i = 0; sort && sort_keys[i]; i++)
		if (strcmp(sort, sort_keys[i]) == 0)
			by.key = i;
	by.desc = order ? strcmp(order, "desc") == 0 : (sort == NULL);
	if (c == NULL || (rows = calloc(LIM_RISK_ROWS, sizeof *rows)) == NULL ||
	    (s = db_prepare(c, SQL_RISKS)) == NULL) {
		free(rows);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, status);
	db_bind_text(s, 3, level);
	db_bind_text(s, 4, category);
	db_bind_text(s, 5, source);
	db_bind_text(s, 6, org_id ? path : NULL);
	if (owner)
		db_bind_int(s, 7, owner);
	if (like)
		db_bind_int(s, 8, like);
	if (impact)
		db_bind_int(s, 9, impact);
	if (before)
		db_bind_int(s, 10, before);
	if (open)
		db_bind_int(s, 11, strcmp(open, "true") == 0);
	if (http_query(r, "q") && *http_query(r, "q"))
		db_bind_text(s, 12, http_query(r, "q"));
	if (from)
		db_bind_int(s, 13, from);
	if (to)
		db_bind_int(s, 14, to);
	if (after)
		db_bind_int(s, 15, after);
	db_bind_int(s, 16, LIM_RISK_ROWS + 1);
	db_bind_user(s, 17, r->user);     /* the scope: shared risks included (core/case.h) */
	while ((rc = db_step(s)) == DB_ROW) {
		struct risk_row *w = &rows[n];
		if (n == LIM_RISK_ROWS) {
			cut = true;
			break;
		}
		w->id = db_col_int(s, 0);
		copy(w->code, sizeof w->code, db_col_text(s, 1));
		copy(w->title, sizeof w->title, db_col_text(s, 2));
		copy(w->category, sizeof w->category, db_col_text(s, 3));
		copy(w->status, sizeof w->status, db_col_text(s, 4));
		copy(w->org, sizeof w->org, db_col_text(s, 5));
		w->org_id = db_col_int(s, 6);
		copy(w->source, sizeof w->source, db_col_text(s, 7));
		w->likelihood = db_col_int(s, 8);
		w->impact = db_col_int(s, 9);
		copy(w->level, sizeof w->level, db_col_text(s, 10));
		w->owner = db_col_int(s, 11);
		copy(w->owner_name, sizeof w->owner_name, db_col_text(s, 12));
		w->review_at = db_col_int(s, 13);
		w->open_measures = db_col_int(s, 14);
		w->created_at = db_col_int(s, 15);
		w->closed_at = db_col_int(s, 16);
		copy(w->warn, sizeof w->warn, db_col_text(s, 17));
		w->shared = db_col_int(s, 18) != 0;
		n++;
	}
	db_reset(s);
	qsort_r(rows, n, sizeof *rows, risk_cmp, &by);
	if (fmt != EXPORT_JSON) {
		risk_export(r, fmt, rows, n);
		free(rows);
		return;
	}
	struct sb b;
	sb_init(&b, LIM_GOV_RESPONSE_BYTES);
	sb_adds(&b, "{\"items\":[");
	for (size_t i = 0; i < n; i++) {
		const struct risk_row *w = &rows[i];
		char cat[64] = "";
		const struct case_type *t = case_type_find("risk");
		if (t && t->category_name)
			t->category_name(NULL, w->category, false, cat, sizeof cat);
		sb_printf(&b, "%s{\"id\":%lld,\"code\":", i ? "," : "", (long long)w->id);
		sb_json_str(&b, w->code);
		sb_adds(&b, ",\"title\":");
		sb_json_str(&b, w->title);
		sb_adds(&b, ",\"category\":");
		sb_json_str(&b, w->category);
		sb_adds(&b, ",\"category_name\":");
		sb_json_str(&b, cat);
		sb_adds(&b, ",\"status\":");
		sb_json_str(&b, w->status);
		sb_printf(&b, ",\"org_id\":%lld,\"org_name\":", (long long)w->org_id);
		sb_json_str(&b, w->org);
		sb_adds(&b, ",\"source\":");
		sb_json_str(&b, w->source);
		sb_printf(&b, ",\"likelihood\":%lld,\"impact\":%lld,\"score\":%lld,\"level\":",
		    (long long)w->likelihood, (long long)w->impact,
		    (long long)(w->likelihood * w->impact));
		sb_json_str(&b, w->level);
		sb_printf(&b, ",\"owner_unit_id\":%lld,\"owner_unit_name\":", (long long)w->owner);
		sb_json_str(&b, w->owner_name);
		sb_adds(&b, ",\"review_at\":");
		sb_json_time(&b, w->review_at);
		sb_printf(&b, ",\"open_measures\":%lld,\"created_at\":", (long long)w->open_measures);
		sb_json_time(&b, w->created_at);
		sb_adds(&b, ",\"closed_at\":");
		sb_json_time(&b, w->closed_at);
		sb_adds(&b, ",\"warn\":");
		sb_json_str(&b, w->warn[0] ? w->warn : NULL);
		sb_adds(&b, w->shared ? ",\"shared\":true}" : ",\"shared\":false}");
	}
	sb_printf(&b, "],\"total\":%zu,\"truncated\":%s}", n, cut ? "true" : "false");
	free(rows);
	http_reply_text(r, 200, sb_finish(&b));
}

/* ------------------------------------------------------------------ heat map */

static const char SQL_HEAT[] =
    "SELECT o.id, o.name, o.kind, r.level, COUNT(*) FROM cases c "
    "JOIN risk_details r ON r.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'risk' AND c.closed_at IS NULL AND " SCOPE_CASE_SQL
    " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2) "
    "GROUP BY o.id, o.name, o.kind, r.level ORDER BY o.path";

static const struct export_col heat_cols[] = {
	{ "org", "单位", "Org unit", EXK_TEXT },
	{ "red", "红", "Red", EXK_INT },
	{ "orange", "橙", "Orange", EXK_INT },
	{ "yellow", "黄", "Yellow", EXK_INT },
	{ "blue", "蓝", "Blue", EXK_INT },
	{ "total", "合计", "Total", EXK_INT },
	EXPORT_COLS_END
};

/* GET /api/v1/risks/heatmap?org_id= — open risks per org unit and level. */
void risk_api_heatmap(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	char path[LIM_ORG_PATH] = "";
	int64_t org_id = 0;
	json_t *items = json_array(), *last = NULL, *v;
	struct db_stmt *s;
	size_t i;

	if (fmt == EXPORT_BAD || !org_query(r, false, &org_id, path)) {
		json_decref(items);
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_HEAT)) == NULL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_id ? path : NULL);
	while (db_step(s) == DB_ROW) {
		int64_t id = db_col_int(s, 0), k = db_col_int(s, 4);
		const char *lv = db_col_text(s, 3);
		if (last == NULL || json_integer_value(json_object_get(last, "org_id")) != id) {
			last = json_pack("{s:I, s:s, s:s, s:i, s:i, s:i, s:i, s:i}", "org_id",
			    (json_int_t)id, "org_name", db_col_text(s, 1), "org_kind", db_col_text(s, 2),
			    "red", 0, "orange", 0, "yellow", 0, "blue", 0, "total", 0);
			json_array_append_new(items, last);
		}
		if (lv && json_object_get(last, lv))
			json_object_set_new(last, lv, json_integer(k));
		json_object_set_new(last, "total", json_integer(json_integer_value(json_object_get(
		    last, "total")) + k));
	}
	db_reset(s);
	if (fmt != EXPORT_JSON) {
		struct export *x = export_begin(r, fmt, "risk-heatmap");
		if (x == NULL) {
			json_decref(items);
			return;
		}
		export_sheet(x, "风险热力图", "Risk heat map", heat_cols);
		json_array_foreach(items, i, v) {
			if (!export_row(x))
				break;
			export_text(x, json_string_value(json_object_get(v, "org_name")));
			for (int l = 0; risk_levels[l]; l++)
				export_int(x, json_integer_value(json_object_get(v, risk_levels[l])));
			export_int(x, json_integer_value(json_object_get(v, "total")));
		}
		json_decref(items);
		export_finish(x);
		return;
	}
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}

/* ------------------------------------------------------------------ watch list */

static const char SQL_WATCH[] =
    "SELECT c.id, c.code, c.title, c.status, o.name, d.level, COALESCE(d.risk_id, 0), "
    "c.created_at, c.category FROM cases c JOIN dispute_details d ON d.case_id = c.id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'dispute' AND d.violent_risk = 1 AND c.closed_at IS NULL AND "
    SCOPE_CASE_SQL " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2) "
    "ORDER BY c.id DESC LIMIT ?3";

static const struct export_col watch_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "纠纷", "Dispute", EXK_TEXT },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "org", "所在单位", "Org unit", EXK_TEXT },
	{ "level", "调解层级", "Level", EXK_TEXT },
	{ "created_at", "登记时间", "Registered", EXK_TIME },
	EXPORT_COLS_END
};

/* GET /api/v1/disputes/watch?org_id= — open disputes flagged 民转刑风险 (leaders' watch
 * list), newest first, at most LIM_RISK_ROWS (then "truncated"). */
void dispute_api_watch(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	char path[LIM_ORG_PATH] = "";
	int64_t org_id = 0;
	json_t *items = json_array(), *v;
	struct db_stmt *s;
	bool cut = false;
	size_t i;

	if (fmt == EXPORT_BAD || !org_query(r, false, &org_id, path)) {
		json_decref(items);
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_WATCH)) == NULL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_id ? path : NULL);
	db_bind_int(s, 3, LIM_RISK_ROWS + 1);
	while (db_step(s) == DB_ROW) {
		char at[TIME_STR_MAX];
		if (json_array_size(items) == LIM_RISK_ROWS) {
			cut = true;
			break;
		}
		time_format(db_col_int(s, 7), at);
		json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s?, s:I, s:s, s:s?}",
		    "id", (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1), "title",
		    db_col_text(s, 2), "status", db_col_text(s, 3), "org_name", db_col_text(s, 4),
		    "level", db_col_text(s, 5), "risk_id", (json_int_t)db_col_int(s, 6), "created_at",
		    at, "category", db_col_text(s, 8)));
	}
	db_reset(s);
	if (fmt != EXPORT_JSON) {
		struct export *x = export_begin(r, fmt, "dispute-watch");
		bool en;
		if (x == NULL) {
			json_decref(items);
			return;
		}
		en = export_english(x);
		export_sheet(x, "民转刑风险关注", "Violence risk watch list", watch_cols);
		json_array_foreach(items, i, v) {
			const struct case_type *t = case_type_find("dispute");
			const struct wf_status *st = wf_status_find(t,
			    json_string_value(json_object_get(v, "status")));
			int64_t ms = 0;
			if (!export_row(x))
				break;
			export_text(x, json_string_value(json_object_get(v, "code")));
			export_text(x, json_string_value(json_object_get(v, "title")));
			export_text(x, st ? (en ? st->name_en : st->name_zh) : "");
			export_text(x, json_string_value(json_object_get(v, "org_name")));
			export_text(x, choice_name("dispute", "level",
			    json_string_value(json_object_get(v, "level")), en));
			time_parse(json_string_value(json_object_get(v, "created_at")), &ms);
			export_time(x, ms);
		}
		json_decref(items);
		export_finish(x);
		return;
	}
	http_reply(r, 200, json_pack("{s:o, s:b}", "items", items, "truncated", cut));
}
