/* campaign_api.c — the campaign page's data (专项整治): the campaigns a user may see, one
 * campaign with its units, checklist and totals, its items table (filters, keyset pages,
 * export) and the progress per covered unit (各单位整改进度, export), which the closing report
 * prints. The rate is verified ÷ found (docs/indicators.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "campaign.h"
#include "desk2.h"
#include "governance.h"

static const char *const campaign_statuses[] = { "running", "closed", NULL };
static const char *const item_statuses[] = { "open", "rectified", "verified", NULL };
static const char *const yes_no[] = { "true", "false", NULL };

/* The items of a campaign that user ?1 may see (可见的整改事项): the case scope, the same rule
 * as opening one (SCOPE_CASE_SQL: the owner unit or the verifying unit in the user's grants,
 * or an item the user reported or is assigned). One definition for everything that shows
 * items: the items table lists these rows, and the progress table, the campaign's totals and
 * the campaign list count these rows, so a count always equals the list it leads to. Aliases:
 * i (campaign_item_details), c (the item's case), o and un (its unit and assigned unit);
 * `campaign` is the SQL of the campaign's id. */
#define ITEMS_SEEN_FROM \
    "FROM campaign_item_details i JOIN cases c ON c.id = i.case_id " \
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
#define ITEMS_SEEN_WHERE(campaign) "i.campaign_id = " campaign " AND " SCOPE_CASE_SQL

static void db_fail(struct http_req *r)
{
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}

/* The end of a list that is either exported (x) or answered as JSON: sends the export, or the
 * database error; true when the answer went out (the caller frees its JSON and returns). */
static bool list_done(struct http_req *r, struct export *x, int rc)
{
	if (x) {
		if (rc != DB_FAIL) {
			export_finish(x);
			return true;
		}
		export_abort(x);
	}
	if (rc == DB_FAIL) {
		db_fail(r);
		return true;
	}
	return false;
}

/* The campaign of path parameter 0, visible to the caller; false (404 sent) otherwise. */
static bool campaign_param(struct http_req *r, struct db_conn *c, int64_t *id)
{
	if (!http_param_id(r, 0, id))
		return false;
	if (c == NULL) {
		db_fail(r);
		return false;
	}
	if (!campaign_visible(c, *id, r->user)) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such campaign");
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------ list */

static const char SQL_LIST[] =
    "SELECT c.id, c.code, c.title, c.status, c.org_id, o.name, d.period_from, d.period_to, "
    "d.units, (SELECT COUNT(*) " ITEMS_SEEN_FROM "WHERE " ITEMS_SEEN_WHERE("d.case_id") "), "
    "(SELECT COUNT(*) " ITEMS_SEEN_FROM "WHERE " ITEMS_SEEN_WHERE("d.case_id")
    " AND c.status = 'verified'), COALESCE(c.closed_at, 0) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN campaign_details d ON d.case_id = c.id "
    "WHERE c.type = 'campaign' AND (" SCOPE_CASE_SQL " OR " CAMPAIGN_UNITS_SEEN_SQL ") "
    "AND (?2 IS NULL OR c.status = ?2) AND (?3 IS NULL OR c.id < ?3) "
    "ORDER BY c.id DESC LIMIT ?4";

static const struct export_col list_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "名称", "Name", EXK_TEXT },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "org", "牵头单位", "Running unit", EXK_TEXT },
	{ "period_from", "开始日期", "From", EXK_TIME },
	{ "period_to", "结束日期", "To", EXK_TIME },
	{ "units", "覆盖单位数", "Units", EXK_INT },
	{ "found", "发现问题", "Found", EXK_INT },
	{ "verified", "已验收", "Verified", EXK_INT },
	EXPORT_COLS_END
};

/* GET /api/v1/campaigns?status=running|closed&limit=&cursor=&format= */
void campaign_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const struct case_type *t = case_type_find("campaign");
	int64_t limit, cursor = 0, last = 0, n = 0;
	const char *status;
	struct export *x = NULL;
	struct db_stmt *s;
	json_t *items = NULL;
	int rc;

	if (fmt == EXPORT_BAD || !gov_query_choice(r, "status", campaign_statuses, &status) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	if (c == NULL || (s = db_prepare(c, SQL_LIST)) == NULL) {
		db_fail(r);
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, status);
	if (cursor && fmt == EXPORT_JSON)
		db_bind_int(s, 3, cursor);
	db_bind_int(s, 4, fmt == EXPORT_JSON ? limit : -1);
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "campaigns")) == NULL) {
			db_reset(s);
			return;
		}
		export_sheet(x, "专项整治", "Campaigns", list_cols);
	} else if ((items = json_array()) == NULL) {
		db_reset(s);
		db_fail(r);
		return;
	}
	while ((rc = db_step(s)) == DB_ROW) {
		const struct wf_status *st = wf_status_find(t, db_col_text(s, 3));
		int64_t found = db_col_int(s, 9), verified = db_col_int(s, 10);
		char from[TIME_STR_MAX], to[TIME_STR_MAX];
		if (x) {
			export_row(x);
			export_text(x, db_col_text(s, 1));
			export_text(x, db_col_text(s, 2));
			export_text(x, st ? (export_english(x) ? st->name_en : st->name_zh) : "");
			export_text(x, db_col_text(s, 5));
			export_time(x, db_col_int(s, 6));
			export_time(x, db_col_int(s, 7));
			export_int(x, db_col_int(s, 8));
			export_int(x, found);
			export_int(x, verified);
			continue;
		}
		time_format(db_col_int(s, 6), from);
		time_format(db_col_int(s, 7), to);
		json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:s, "
		    "s:I, s:I, s:I, s:o}", "id", (json_int_t)db_col_int(s, 0), "code",
		    db_col_text(s, 1), "title", db_col_text(s, 2), "status", db_col_text(s, 3),
		    "org_id", (json_int_t)db_col_int(s, 4), "org_name", db_col_text(s, 5),
		    "period_from", from, "period_to", to, "units", (json_int_t)db_col_int(s, 8),
		    "found", (json_int_t)found, "verified", (json_int_t)verified, "rate",
		    found ? json_real((double)verified / (double)found) : json_null()));
		last = db_col_int(s, 0);
		n++;
	}
	db_reset(s);
	if (list_done(r, x, rc)) {
		json_decref(items);
		return;
	}
	http_reply(r, 200, json_pack("{s:o, s:o}", "items", items, "next_cursor",
	    desk_cursor_json(n == limit ? last : 0)));
}

/* ------------------------------------------------------------------ progress */

struct prog_row {
	int64_t org_id, found, rectified, verified, overdue;
	char name[AUTH_NAME_MAX];
};

/* Per covered unit, of the items user ?1 sees (ITEMS_SEEN) of campaign ?2: found, rectified
 * (reported done: rectified or verified), verified, overdue (still open past the deadline
 * ?3); ?4 one covered unit. A covered unit has a row when the user sees one of its items, or
 * holds a staff grant at, above or inside it (their own unit, even with nothing found yet);
 * the others' figures are not theirs to read, as their items are not. */
static const char SQL_PROGRESS[] =
    "SELECT cu.org_id, uo.name, COUNT(v.status), "
    "COALESCE(SUM(v.status IN ('rectified', 'verified')), 0), "
    "COALESCE(SUM(v.status = 'verified'), 0), "
    "COALESCE(SUM(v.status = 'open' AND v.deadline < ?3), 0) "
    "FROM campaign_units cu JOIN orgs uo ON uo.id = cu.org_id "
    "LEFT JOIN (SELECT i.owner_unit_id AS unit, c.status AS status, i.deadline AS deadline "
    ITEMS_SEEN_FROM "WHERE " ITEMS_SEEN_WHERE("?2") ") v ON v.unit = cu.org_id "
    "WHERE cu.campaign_id = ?2 AND (?4 IS NULL OR cu.org_id = ?4) "
    "GROUP BY cu.org_id, uo.name, uo.path "
    "HAVING COUNT(v.status) > 0 OR EXISTS (SELECT 1 FROM grants g JOIN orgs go ON go.id = g.org_id "
    "WHERE g.user_id = ?1 AND g.role <> 'citizen' AND (substr(uo.path, 1, length(go.path)) = go.path "
    "OR substr(go.path, 1, length(uo.path)) = uo.path)) "
    "ORDER BY uo.path";
/* Whether user ?1 sees every item of campaign ?2 (the counts are the whole campaign's). */
static const char SQL_COMPLETE[] =
    "SELECT (SELECT COUNT(*) FROM campaign_item_details WHERE campaign_id = ?2) = "
    "(SELECT COUNT(*) " ITEMS_SEEN_FROM "WHERE " ITEMS_SEEN_WHERE("?2") ")";

/* Reads the progress rows of campaign id as user sees it (unit 0: every unit) into rows
 * (LIM_CAMPAIGN_UNITS), and whether the user sees every item of it (*complete). */
static pa_err progress_load(struct db_conn *c, int64_t user, int64_t id, int64_t unit,
    int64_t now, struct prog_row *rows, size_t *n, bool *complete)
{
	struct db_stmt *s = db_prepare(c, SQL_COMPLETE);
	int rc;

	*n = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user);
	db_bind_int(s, 2, id);
	rc = db_step(s);
	*complete = rc == DB_ROW && db_col_int(s, 0) != 0;
	db_reset(s);
	if (rc == DB_FAIL || (s = db_prepare(c, SQL_PROGRESS)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user);
	db_bind_int(s, 2, id);
	db_bind_int(s, 3, now);
	if (unit)
		db_bind_int(s, 4, unit);
	while ((rc = db_step(s)) == DB_ROW && *n < LIM_CAMPAIGN_UNITS) {
		struct prog_row *w = &rows[(*n)++];
		w->org_id = db_col_int(s, 0);
		snprintf(w->name, sizeof w->name, "%s", db_col_text(s, 1) ? db_col_text(s, 1) : "");
		w->found = db_col_int(s, 2);
		w->rectified = db_col_int(s, 3);
		w->verified = db_col_int(s, 4);
		w->overdue = db_col_int(s, 5);
	}
	db_reset(s);
	return rc == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static json_t *prog_json(const struct prog_row *w)
{
	return json_pack("{s:I, s:I, s:I, s:I, s:I, s:o}", "found", (json_int_t)w->found,
	    "rectified", (json_int_t)w->rectified, "verified", (json_int_t)w->verified, "open",
	    (json_int_t)(w->found - w->rectified), "overdue", (json_int_t)w->overdue, "rate",
	    w->found ? json_real((double)w->verified / (double)w->found) : json_null());
}

static void prog_sum(const struct prog_row *rows, size_t n, struct prog_row *t)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < n; i++) {
		t->found += rows[i].found;
		t->rectified += rows[i].rectified;
		t->verified += rows[i].verified;
		t->overdue += rows[i].overdue;
	}
}

static const char SQL_COVERED[] =
    "SELECT 1 FROM campaign_units WHERE campaign_id = ?1 AND org_id = ?2";

/* The unit_id query parameter: one of the campaign's covered units (422 otherwise). */
static bool unit_param(struct http_req *r, struct db_conn *c, int64_t id, int64_t *unit)
{
	struct db_stmt *s;
	bool yes;

	if (!http_query_int(r, "unit_id", 1, INT64_MAX, 0, unit))
		return false;
	if (*unit == 0)
		return true;
	if ((s = db_prepare(c, SQL_COVERED)) == NULL) {
		db_fail(r);
		return false;
	}
	db_bind_int(s, 1, id);
	db_bind_int(s, 2, *unit);
	yes = db_step(s) == DB_ROW;
	db_reset(s);
	if (!yes)
		http_error(r, PA_ERR_INVALID, "invalid_value", "unit_id",
		    "the unit is not one the campaign covers");
	return yes;
}

static const struct export_col prog_cols[] = {
	{ "unit", "责任单位", "Unit", EXK_TEXT },
	{ "found", "发现问题", "Found", EXK_INT },
	{ "rectified", "已整改", "Rectified", EXK_INT },
	{ "verified", "已验收", "Verified", EXK_INT },
	{ "open", "未整改", "Open", EXK_INT },
	{ "overdue", "超期未整改", "Overdue", EXK_INT },
	{ "rate", "整改完成率", "Rate", EXK_PERCENT },
	EXPORT_COLS_END
};

static void export_prog(struct export *x, const char *name, const struct prog_row *w)
{
	export_row(x);
	export_text(x, name);
	export_int(x, w->found);
	export_int(x, w->rectified);
	export_int(x, w->verified);
	export_int(x, w->found - w->rectified);
	export_int(x, w->overdue);
	if (w->found)
		export_percent(x, (double)w->verified / (double)w->found);
	else
		export_text(x, "");
}

/* GET /api/v1/campaigns/{id}/progress?unit_id=&format= — one row per covered unit the caller
 * has in view and the totals, of the items the caller sees (the items table's rows);
 * `complete` says whether that is every item of the campaign. */
void campaign_api_progress(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	struct prog_row *rows = NULL, total;
	int64_t id, unit = 0;
	json_t *items, *o;
	size_t n = 0;
	bool complete;

	if (fmt == EXPORT_BAD || !campaign_param(r, c, &id) || !unit_param(r, c, id, &unit))
		return;
	if ((rows = calloc(LIM_CAMPAIGN_UNITS, sizeof *rows)) == NULL ||
	    progress_load(c, r->user->id, id, unit, clock_now_ms(), rows, &n, &complete) != PA_OK) {
		free(rows);
		db_fail(r);
		return;
	}
	prog_sum(rows, n, &total);
	if (fmt != EXPORT_JSON) {
		struct export *x = export_begin(r, fmt, "campaign-progress");
		if (x != NULL) {
			export_sheet(x, "各单位整改进度", "Progress by unit", prog_cols);
			for (size_t i = 0; i < n; i++)
				export_prog(x, rows[i].name, &rows[i]);
			export_prog(x, export_english(x) ? "Total" : "合计", &total);
			export_finish(x);
		}
		free(rows);
		return;
	}
	items = json_array();
	for (size_t i = 0; i < n; i++) {
		o = prog_json(&rows[i]);
		json_object_set_new(o, "org_id", json_integer(rows[i].org_id));
		json_object_set_new(o, "org_name", json_string(rows[i].name));
		json_array_append_new(items, o);
	}
	free(rows);
	http_reply(r, 200, json_pack("{s:o, s:o, s:b}", "items", items, "total", prog_json(&total),
	    "complete", complete));
}

/* ------------------------------------------------------------------ one campaign */

static const char SQL_UNITS[] =
    "SELECT cu.org_id, o.name FROM campaign_units cu JOIN orgs o ON o.id = cu.org_id "
    "WHERE cu.campaign_id = ?1 ORDER BY o.path";

/* GET /api/v1/campaigns/{id} — the campaign's case JSON with its covered units (units:
 * [{id, name}]), checklist (checklist: [{seq, item}]), totals, allowed actions and whether the
 * caller may add items (can_add_item). */
void campaign_api_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const struct case_type *it = case_type_find("campaign_item");
	struct prog_row *rows = NULL, total;
	struct case_rec rec = { 0 };
	struct db_stmt *s;
	json_t *list = NULL, *v;
	bool can_add = false, complete;
	int64_t id;
	size_t n = 0, i;
	struct sb b;

	if (!campaign_param(r, c, &id))
		return;
	if (case_load(c, r->arena, id, &rec) != PA_OK ||
	    campaign_checklist(c, id, &list) != PA_OK ||
	    (rows = calloc(LIM_CAMPAIGN_UNITS, sizeof *rows)) == NULL ||
	    progress_load(c, r->user->id, id, 0, clock_now_ms(), rows, &n, &complete) != PA_OK ||
	    (s = db_prepare(c, SQL_UNITS)) == NULL) {
		case_rec_clear(&rec);
		json_decref(list);
		free(rows);
		db_fail(r);
		return;
	}
	sb_init(&b, LIM_GOV_RESPONSE_BYTES);
	case_json(&b, &rec, r->user);
	sb_adds(&b, ",\"units\":[");
	db_bind_int(s, 1, id);
	for (i = 0; db_step(s) == DB_ROW; i++) {
		int64_t uid = db_col_int(s, 0);
		sb_printf(&b, "%s{\"id\":%lld,\"name\":", i ? "," : "", (long long)uid);
		sb_json_str(&b, db_col_text(s, 1));
		sb_adds(&b, "}");
		/* may add items: a creating role of the item type over a covered unit */
		for (int g = 0; g < r->user->ngrants && !can_add; g++) {
			char path[LIM_ORG_PATH];
			if ((r->user->grants[g].role & it->who_create) && org_path(c, uid, path) &&
			    strncmp(path, r->user->grants[g].org_path,
			    strlen(r->user->grants[g].org_path)) == 0)
				can_add = true;
		}
	}
	db_reset(s);
	sb_adds(&b, "],\"checklist\":[");
	json_array_foreach(list, i, v) {
		sb_printf(&b, "%s{\"seq\":%zu,\"item\":", i ? "," : "", i + 1);
		sb_json_str(&b, json_string_value(v));
		sb_adds(&b, "}");
	}
	prog_sum(rows, n, &total);
	v = prog_json(&total);
	char *t = json_dumps(v, JSON_COMPACT);
	sb_adds(&b, "],\"totals\":");
	sb_adds(&b, t ? t : "null");
	free(t);
	json_decref(v);
	sb_printf(&b, ",\"totals_complete\":%s,\"can_add_item\":%s,\"allowed_actions\":",
	    complete ? "true" : "false", can_add && !rec.closed_at ? "true" : "false");
	wf_allowed_sb(&b, &rec, r->user, clock_now_ms());
	sb_add(&b, "}", 1);
	case_rec_clear(&rec);
	json_decref(list);
	free(rows);
	http_reply_text(r, 200, sb_finish(&b));
}

/* ------------------------------------------------------------------ items */

/* the items user ?1 sees (ITEMS_SEEN) of campaign ?2, with the filters */
static const char SQL_ITEMS[] =
    "SELECT c.id, c.code, c.title, c.address, c.status, i.owner_unit_id, ou.name, "
    "i.checklist_seq, cl.item, i.deadline, i.rectified_at, i.verified_at, i.rejections, "
    "c.created_at, c.warn " ITEMS_SEEN_FROM
    "JOIN orgs ou ON ou.id = i.owner_unit_id "
    "LEFT JOIN campaign_checklist cl ON cl.campaign_id = i.campaign_id AND cl.seq = i.checklist_seq "
    "WHERE " ITEMS_SEEN_WHERE("?2")
    " AND (?3 IS NULL OR c.status = ?3) AND (?4 IS NULL OR i.owner_unit_id = ?4) "
    "AND (?5 IS NULL OR (?5 = 1 AND c.status = 'open' AND i.deadline < ?6) "
    "OR (?5 = 0 AND NOT (c.status = 'open' AND i.deadline < ?6))) "
    "AND (?7 IS NULL OR i.checklist_seq = ?7) AND (?8 IS NULL OR c.id < ?8) "
    "ORDER BY c.id DESC LIMIT ?9";

static const struct export_col item_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "问题或点位", "Problem or place", EXK_TEXT },
	{ "address", "地址", "Address", EXK_TEXT },
	{ "check", "排查要点", "Checklist item", EXK_TEXT },
	{ "unit", "责任单位", "Owner unit", EXK_TEXT },
	{ "deadline", "整改期限", "Deadline", EXK_TIME },
	{ "status", "整改状态", "Status", EXK_TEXT },
	{ "overdue", "超期", "Overdue", EXK_BOOL },
	{ "rectified_at", "整改时间", "Rectified at", EXK_TIME },
	{ "verified_at", "验收时间", "Verified at", EXK_TIME },
	{ "rejections", "退回次数", "Rejections", EXK_INT },
	EXPORT_COLS_END
};

/* GET /api/v1/campaigns/{id}/items?status=open|rectified|verified&unit_id=&overdue=true|false
 * &checklist_seq=&limit=&cursor=&format= — the items the caller may see, newest first. */
void campaign_api_items(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const struct case_type *t = case_type_find("campaign_item");
	int64_t id, unit = 0, seq, limit, cursor = 0, last = 0, n = 0, now = clock_now_ms();
	const char *status, *overdue;
	struct export *x = NULL;
	struct db_stmt *s;
	struct sb b;
	int rc;

	if (fmt == EXPORT_BAD || !campaign_param(r, c, &id) ||
	    !gov_query_choice(r, "status", item_statuses, &status) ||
	    !gov_query_choice(r, "overdue", yes_no, &overdue) ||
	    !http_query_int(r, "checklist_seq", 1, LIM_CAMPAIGN_CHECKLIST, 0, &seq) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor) || !unit_param(r, c, id, &unit))
		return;
	if ((s = db_prepare(c, SQL_ITEMS)) == NULL) {
		db_fail(r);
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, id);
	db_bind_text(s, 3, status);
	if (unit)
		db_bind_int(s, 4, unit);
	if (overdue)
		db_bind_int(s, 5, strcmp(overdue, "true") == 0);
	db_bind_int(s, 6, now);
	if (seq)
		db_bind_int(s, 7, seq);
	if (cursor && fmt == EXPORT_JSON)
		db_bind_int(s, 8, cursor);
	db_bind_int(s, 9, fmt == EXPORT_JSON ? limit : -1);
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "campaign-items")) == NULL) {
			db_reset(s);
			return;
		}
		export_sheet(x, "整改事项", "Campaign items", item_cols);
	} else {
		sb_init(&b, LIM_GOV_RESPONSE_BYTES);
		sb_adds(&b, "{\"items\":[");
	}
	while ((rc = db_step(s)) == DB_ROW) {
		const struct wf_status *st = wf_status_find(t, db_col_text(s, 4));
		bool late = strcmp(db_col_text(s, 4), "open") == 0 && db_col_int(s, 9) < now;
		if (x) {
			export_row(x);
			export_text(x, db_col_text(s, 1));
			export_text(x, db_col_text(s, 2));
			export_text(x, db_col_text(s, 3) ? db_col_text(s, 3) : "");
			export_text(x, db_col_text(s, 8) ? db_col_text(s, 8) : "");
			export_text(x, db_col_text(s, 6));
			export_time(x, db_col_int(s, 9));
			export_text(x, st ? (export_english(x) ? st->name_en : st->name_zh) : "");
			export_bool(x, late);
			export_time(x, db_col_int(s, 10));
			export_time(x, db_col_int(s, 11));
			export_int(x, db_col_int(s, 12));
			continue;
		}
		sb_printf(&b, "%s{\"id\":%lld,\"code\":", n ? "," : "", (long long)db_col_int(s, 0));
		sb_json_str(&b, db_col_text(s, 1));
		sb_adds(&b, ",\"title\":");
		sb_json_str(&b, db_col_text(s, 2));
		sb_adds(&b, ",\"address\":");
		sb_json_str(&b, db_col_text(s, 3));
		sb_adds(&b, ",\"status\":");
		sb_json_str(&b, db_col_text(s, 4));
		sb_adds(&b, ",\"status_name\":");
		sb_json_str(&b, st ? st->name_zh : NULL);
		sb_printf(&b, ",\"owner_unit_id\":%lld,\"owner_unit_name\":",
		    (long long)db_col_int(s, 5));
		sb_json_str(&b, db_col_text(s, 6));
		if (db_col_null(s, 7))
			sb_adds(&b, ",\"checklist_seq\":null");
		else
			sb_printf(&b, ",\"checklist_seq\":%lld", (long long)db_col_int(s, 7));
		sb_adds(&b, ",\"checklist_item\":");
		sb_json_str(&b, db_col_text(s, 8));
		sb_adds(&b, ",\"deadline\":");
		sb_json_time(&b, db_col_int(s, 9));
		sb_adds(&b, ",\"rectified_at\":");
		sb_json_time(&b, db_col_int(s, 10));
		sb_adds(&b, ",\"verified_at\":");
		sb_json_time(&b, db_col_int(s, 11));
		sb_printf(&b, ",\"rejections\":%lld,\"overdue\":%s,\"created_at\":",
		    (long long)db_col_int(s, 12), late ? "true" : "false");
		sb_json_time(&b, db_col_int(s, 13));
		sb_adds(&b, "}");
		last = db_col_int(s, 0);
		n++;
	}
	db_reset(s);
	if (list_done(r, x, rc)) {
		if (!x)
			sb_free(&b);
		return;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, n == limit ? last : 0);
	sb_adds(&b, "}");
	http_reply_text(r, 200, sb_finish(&b));
}
