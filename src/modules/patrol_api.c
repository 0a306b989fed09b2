/* patrol_api.c — the list of patrols (排查记录) with its filters, pages and exports, and the
 * catalogue of patrol kinds (排查类别) with their default checklists (检查项), which admins
 * extend like the other catalogues. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk2.h"
#include "event.h"
#include "governance.h"

/* ------------------------------------------------------------------ the list */

static const char SQL_PATROLS[] =
    "SELECT c.id, c.code, c.title, c.category, c.status, c.org_id, o.name, d.patrolled_at, "
    "d.items, d.problems, d.open_findings, d.campaign_id, r.name, c.created_at, k.name, "
    "COALESCE(k.name_en, k.name) FROM cases c JOIN patrol_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id LEFT JOIN users r ON r.id = c.reporter_id "
    "LEFT JOIN categories k ON k.code = c.category "
    "WHERE c.type = 'patrol' AND " SCOPE_CASE_SQL
    " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2) AND (?3 IS NULL OR c.org_id = ?3) "
    "AND (?4 IS NULL OR d.patrolled_at >= ?4) AND (?5 IS NULL OR d.patrolled_at < ?5) "
    "AND (?6 IS NULL OR (?6 = 1 AND d.problems > 0) OR (?6 = 0 AND d.problems = 0)) "
    "AND (?7 IS NULL OR d.campaign_id = ?7) AND (?8 IS NULL OR c.category = ?8) "
    "AND (?9 IS NULL OR c.id < ?9) ORDER BY c.id DESC LIMIT ?10";

static const struct export_col patrol_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "排查", "Patrol", EXK_TEXT },
	{ "kind", "排查类别", "Kind", EXK_TEXT },
	{ "grid", "网格", "Grid", EXK_TEXT },
	{ "patrolled_at", "排查时间", "Patrolled at", EXK_TIME },
	{ "by", "网格员", "Grid worker", EXK_TEXT },
	{ "items", "检查项", "Items", EXK_INT },
	{ "problems", "发现问题", "Problems", EXK_INT },
	{ "open_findings", "待转办问题", "Findings not yet acted on", EXK_INT },
	{ "status", "状态", "Status", EXK_TEXT },
	EXPORT_COLS_END
};

/* What a row of the list needs besides the row: the type, and the reader's language. */
struct patrol_list_ctx {
	const struct case_type *t;
	bool en;
};

/* A row of SQL_PATROLS: a line of the export, or a patrol of the page (ctx: patrol_list_ctx).
 * The kind's name is the English one for an English reader where the catalogue has one. */
static bool patrol_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	const struct patrol_list_ctx *lc = ctx;
	const struct case_type *t = lc->t;
	const struct wf_status *st = wf_status_find(t, db_col_text(s, 4));
	char at[TIME_STR_MAX];

	if (x) {
		bool en = export_english(x);
		export_text(x, db_col_text(s, 1));
		export_text(x, db_col_text(s, 2));
		export_text(x, db_col_text(s, en ? 15 : 14));
		export_text(x, db_col_text(s, 6));
		export_time(x, db_col_int(s, 7));
		export_text(x, db_col_text(s, 12));
		export_int(x, db_col_int(s, 8));
		export_int(x, db_col_int(s, 9));
		export_int(x, db_col_int(s, 10));
		export_text(x, st ? (en ? st->name_en : st->name_zh) : db_col_text(s, 4));
		return true;
	}
	time_format(db_col_int(s, 7), at);
	json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:s?, s:s?, s:s, s:s?, s:I, "
	    "s:s, s:s, s:I, s:I, s:I, s:o, s:s?, s:b}",
	    "id", (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1),
	    "title", db_col_text(s, 2), "category", db_col_text(s, 3),
	    "category_name", db_col_text(s, lc->en ? 15 : 14), "status", db_col_text(s, 4),
	    "status_name", st ? st->name_zh : NULL, "org_id", (json_int_t)db_col_int(s, 5),
	    "org_name", db_col_text(s, 6), "patrolled_at", at,
	    "items", (json_int_t)db_col_int(s, 8), "problems", (json_int_t)db_col_int(s, 9),
	    "open_findings", (json_int_t)db_col_int(s, 10),
	    "campaign_id", db_col_null(s, 11) ? json_null() : json_integer(db_col_int(s, 11)),
	    "reporter_name", db_col_text(s, 12), "has_problems", db_col_int(s, 9) > 0));
	return true;
}

static const struct export_list patrol_list = {
	"patrols", "排查记录", "Patrol checks", patrol_cols, patrol_row
};

static const char *const yes_no[] = { "true", "false", NULL };
static const char SQL_KIND_OK[] =
    "SELECT 1 FROM categories WHERE code = ?1 AND case_type = 'patrol'";
static const char SQL_CAMPAIGN_OK[] = "SELECT 1 FROM cases WHERE id = ?1 AND type = 'campaign'";

/* GET /api/v1/patrols?org_id=&grid_id=&from=&to=&has_problems=true|false&campaign_id=
 * &category=&limit=&cursor=&format=csv|xlsx — newest first; `to` is exclusive, a date alone
 * counts its whole day. */
void patrol_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const struct case_type *t = case_type_find("patrol");
	const char *has, *kind = http_query(r, "category");
	int64_t org_id = 0, grid = 0, from, to, campaign, limit, cursor = 0;
	char path[LIM_ORG_PATH] = "";
	struct patrol_list_ctx lc;
	struct db_stmt *s;
	struct org o;
	int rc;

	if (fmt == EXPORT_BAD || !org_query(r, false, &org_id, path) ||
	    !http_query_int(r, "grid_id", 1, INT64_MAX, 0, &grid) ||
	    !http_query_time(r, "from", &from) || !http_query_time(r, "to", &to) ||
	    !gov_query_choice(r, "has_problems", yes_no, &has) ||
	    !http_query_int(r, "campaign_id", 1, INT64_MAX, 0, &campaign) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (grid && (org_get(c, grid, &o) != PA_OK || strcmp(o.kind, "grid") != 0)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "grid_id", "the grid chosen is not a grid");
		return;
	}
	if (to && strlen(http_query(r, "to")) == 10)
		to += GOV_DAY_MS;       /* a date alone: to the end of that day */
	if (kind && *kind) {
		if ((s = db_prepare(c, SQL_KIND_OK)) == NULL) {
			http_error(r, PA_ERR_DB, "internal", NULL, "database error");
			return;
		}
		db_bind_text(s, 1, kind);
		rc = db_step(s);
		db_reset(s);
		if (rc != DB_ROW) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "category",
			    "category must be a kind of patrol from the catalogue");
			return;
		}
	} else {
		kind = NULL;
	}
	if (campaign) {
		if ((s = db_prepare(c, SQL_CAMPAIGN_OK)) == NULL) {
			http_error(r, PA_ERR_DB, "internal", NULL, "database error");
			return;
		}
		db_bind_int(s, 1, campaign);
		rc = db_step(s);
		db_reset(s);
		if (rc != DB_ROW) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "campaign_id",
			    "the campaign is not a rectification campaign");
			return;
		}
	}
	if ((s = db_prepare(c, SQL_PATROLS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_id ? path : NULL);
	if (grid)
		db_bind_int(s, 3, grid);
	if (from)
		db_bind_int(s, 4, from);
	if (to)
		db_bind_int(s, 5, to);
	if (has)
		db_bind_int(s, 6, strcmp(has, "true") == 0);
	if (campaign)
		db_bind_int(s, 7, campaign);
	db_bind_text(s, 8, kind);
	if (cursor && fmt == EXPORT_JSON)
		db_bind_int(s, 9, cursor);
	db_bind_int(s, 10, fmt == EXPORT_JSON ? limit : LIM_EXPORT_ROWS + 1);
	lc = (struct patrol_list_ctx){ t, http_lang(r) == LANG_EN };
	export_list_page(r, fmt, s, &patrol_list, limit, &lc);
}

/* ------------------------------------------------------------------ the kinds */

/* The kinds with their checklists in one cell each, in either language, for the files (the
 * labels in checklist order: the ordered subquery is not flattened into the aggregate). */
static const char SQL_KINDS[] =
    "SELECT k.code, k.name, k.name_en, "
    "(SELECT group_concat(label, '；') FROM (SELECT label FROM patrol_checklists "
    "WHERE kind = k.code ORDER BY sort, item)), "
    "(SELECT group_concat(label, '; ') FROM (SELECT COALESCE(label_en, label) AS label "
    "FROM patrol_checklists WHERE kind = k.code ORDER BY sort, item)) "
    "FROM categories k WHERE k.case_type = 'patrol' ORDER BY k.sort, k.code LIMIT ?1";
static const char SQL_KIND_ITEMS[] =
    "SELECT item, label, COALESCE(label_en, label) FROM patrol_checklists WHERE kind = ?1 "
    "ORDER BY sort, item LIMIT ?2";

/* The catalogue's export (表格化管理): what its page shows, a kind a row, with its checklist. */
static const struct export_col kind_cols[] = {
	{ "code", "代码", "Code", EXK_TEXT },
	{ "name_zh", "中文名称", "Chinese name", EXK_TEXT },
	{ "name_en", "英文名称", "English name", EXK_TEXT },
	{ "checklist", "检查项", "Checklist", EXK_TEXT },
	EXPORT_COLS_END
};

struct kinds_ctx {
	struct db_conn *c;
	bool en, failed;          /* English names; a checklist could not be read */
};

/* A row of SQL_KINDS: a line of the file, or a kind with its checklist for the JSON list
 * (name in the reader's language; name_zh and name_en, null when none, for the admin's page). */
static bool kind_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	struct kinds_ctx *kc = ctx;
	struct db_stmt *t;
	json_t *list;
	int rc;

	if (x) {
		export_text(x, db_col_text(s, 0));
		export_text(x, db_col_text(s, 1));
		export_text(x, db_col_null(s, 2) ? "" : db_col_text(s, 2));
		export_text(x, db_col_null(s, 3) ? "" : db_col_text(s, export_english(x) ? 4 : 3));
		return true;
	}
	if ((list = json_array()) == NULL || (t = db_prepare(kc->c, SQL_KIND_ITEMS)) == NULL) {
		json_decref(list);
		kc->failed = true;
		return false;
	}
	db_bind_text(t, 1, db_col_text(s, 0));
	db_bind_int(t, 2, LIM_PATROL_ITEMS);
	while ((rc = db_step(t)) == DB_ROW)
		json_array_append_new(list, json_pack("{s:s, s:s, s:s}", "item",
		    db_col_text(t, 0), "label", db_col_text(t, 1), "label_en", db_col_text(t, 2)));
	db_reset(t);
	json_array_append_new(items, json_pack("{s:s, s:s, s:s, s:o, s:o}", "code",
	    db_col_text(s, 0), "name", kc->en && !db_col_null(s, 2) ? db_col_text(s, 2) :
	    db_col_text(s, 1), "name_zh", db_col_text(s, 1), "name_en", db_col_null(s, 2) ?
	    json_null() : json_string(db_col_text(s, 2)), "items", list));
	kc->failed = rc == DB_FAIL;
	return !kc->failed;
}

static const struct export_list kinds_list = {
	"patrol-kinds", "排查类别", "Patrol kinds", kind_cols, kind_row
};

/* GET /api/v1/patrol-kinds[?format=csv|xlsx] — every kind with its checklist, as JSON or as a
 * file (all kinds; the JSON list at most LIM_PATROL_KINDS). */
void patrol_api_kinds(struct http_req *r)
{
	struct kinds_ctx kc = { .c = db_reader(r->db), .en = http_lang(r) == LANG_EN };
	enum export_format fmt;
	struct db_stmt *s;
	json_t *items;

	if ((fmt = http_export_format(r)) == EXPORT_BAD)
		return;
	if (kc.c == NULL || (s = db_prepare(kc.c, SQL_KINDS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, fmt == EXPORT_JSON ? LIM_PATROL_KINDS : -1);
	if ((items = export_list_run(r, fmt, s, &kinds_list, &kc)) == NULL)
		return;
	if (kc.failed) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}

static const struct val_field item_fields[] = {
	{ "item", VT_STRING, VF_REQUIRED, 1, LIM_PATROL_CODE_CHARS, NULL, NULL },
	{ "label", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "label_en", VT_STRING, VF_NULLABLE, 1, LIM_NAME_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field kind_fields[] = {
	{ "name", VT_STRING, VF_REQUIRED, 1, 40, NULL, NULL },
	{ "name_en", VT_STRING, VF_NULLABLE, 1, CAT_NAME_EN_CHARS, NULL, NULL },  /* English, optional */
	{ "items", VT_ARRAY, VF_REQUIRED, 1, LIM_PATROL_ITEMS, NULL, NULL },
	VAL_END
};

static bool code_ok(const char *s)
{
	size_t n = 0;

	for (; s[n]; n++)
		if (!isalnum((unsigned char)s[n]) && s[n] != '_' && s[n] != '-')
			return false;
	return n >= 1 && n <= LIM_PATROL_CODE_CHARS;
}

struct kind_job {
	const char *code, *name, *name_en;     /* name_en NULL: none */
	const json_t *items;
	struct pa_error *err;
};

static const char SQL_KIND_TYPE[] = "SELECT case_type FROM categories WHERE code = ?1";
static const char SQL_KIND_PUT[] =
    "INSERT INTO categories (code, case_type, name, platform, sort, name_en) "
    "VALUES (?1, 'patrol', ?2, '', 1000, ?3) ON CONFLICT (code) DO UPDATE SET name = ?2, "
    "name_en = ?3";
static const char SQL_KIND_CLEAR[] = "DELETE FROM patrol_checklists WHERE kind = ?1";
static const char SQL_ITEM_PUT[] =
    "INSERT INTO patrol_checklists (kind, item, label, label_en, sort) VALUES (?1, ?2, ?3, ?4, ?5)";

/* The writer's part: the kind and its checklist replaced in one transaction. A code of
 * another catalogue (an event category ...) is refused. */
static pa_err kind_run(struct db_conn *w, void *ctx)
{
	struct kind_job *j = ctx;
	struct db_stmt *s = db_prepare(w, SQL_KIND_TYPE);
	size_t i;
	json_t *v;
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->code);
	if (db_step(s) == DB_ROW && strcmp(db_col_text(s, 0), "patrol") != 0) {
		db_reset(s);
		pa_error_set(j->err, PA_ERR_CONFLICT, "conflict", "code",
		    "this code belongs to another catalogue");
		return PA_ERR_CONFLICT;
	}
	db_reset(s);
	if ((s = db_prepare(w, SQL_KIND_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, j->code);
	db_bind_text(s, 2, j->name);
	db_bind_text(s, 3, j->name_en);
	if ((rc = db_run(s)) != PA_OK || (s = db_prepare(w, SQL_KIND_CLEAR)) == NULL)
		return rc != PA_OK ? rc : PA_ERR_DB;
	db_bind_text(s, 1, j->code);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	json_array_foreach(j->items, i, v) {
		if ((s = db_prepare(w, SQL_ITEM_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, j->code);
		db_bind_text(s, 2, val_str(v, "item"));
		db_bind_text(s, 3, val_str(v, "label"));
		db_bind_text(s, 4, val_str(v, "label_en"));
		db_bind_int(s, 5, (int64_t)i + 1);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* PUT /api/v1/patrol-kinds/{code} {"name", "name_en", "items": [{"item", "label", "label_en"}]} — an
 * admin of the whole tree adds a kind or replaces its checklist. Patrols already recorded
 * keep the items they answered. */
void patrol_api_kind_put(struct http_req *r)
{
	struct pa_error err = { 0 };
	struct kind_job j = { .err = &err };
	char field[40];
	size_t i, k;
	json_t *v;
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, kind_fields))
		return;
	if (r->nparams < 1 || !code_ok(r->params[0])) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "code",
		    "code may hold only letters, digits, '_' and '-'");
		return;
	}
	j.code = r->params[0];
	j.name = val_str(r->json, "name");
	j.name_en = val_str(r->json, "name_en");
	j.items = json_object_get(r->json, "items");
	if (json_array_size(j.items) == 0) {
		http_error(r, PA_ERR_INVALID, "missing_field", "items",
		    "items must list at least one checklist item");
		return;
	}
	json_array_foreach(j.items, i, v) {
		snprintf(field, sizeof field, "items[%zu].", i);
		if (!json_is_object(v)) {
			snprintf(field, sizeof field, "items[%zu]", i);
			http_error(r, PA_ERR_INVALID, "invalid_value", field, "%s must be an object",
			    field);
			return;
		}
		if ((rc = val_check(v, item_fields, field, &err)) != PA_OK) {
			http_fail(r, &err);
			return;
		}
		snprintf(field, sizeof field, "items[%zu].item", i);
		if (!code_ok(val_str(v, "item"))) {
			http_error(r, PA_ERR_INVALID, "invalid_value", field,
			    "%s may hold only letters, digits, '_' and '-'", field);
			return;
		}
		for (k = 0; k < i; k++)
			if (strcmp(val_str(json_array_get(j.items, k), "item"), val_str(v, "item")) == 0) {
				http_error(r, PA_ERR_INVALID, "invalid_value", field,
				    "%s names an item a second time", field);
				return;
			}
	}
	rc = db_write(r->db, kind_run, &j);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot store the patrol kind");
		http_fail(r, &err);
		return;
	}
	http_reply(r, 200, json_pack("{s:s, s:s, s:s, s:o, s:O}", "code", j.code, "name",
	    http_lang(r) == LANG_EN && j.name_en ? j.name_en : j.name, "name_zh", j.name,
	    "name_en", j.name_en ? json_string(j.name_en) : json_null(), "items", j.items));
}
