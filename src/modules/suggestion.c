/* suggestion.c — the 我爱我家 board (case type "suggestion").
 *
 * Staff of a unit post problems and suggestions ("三楼楼道灯坏了"); everyone in the unit sees
 * every post and how it was handled. A leader accepts and assigns it, or declines it with a
 * reason; the assignee reports the result; the poster may reopen it within 7 days.
 */
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../search/search.h"
#include "../util/util.h"
#include "modules.h"

#define SUGGESTION_REOPEN_MS (7LL * 24 * 3600 * 1000)   /* the poster's window to reopen */

static const char SQL_ASSIGNABLE[] =
    "SELECT 1 FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role <> 'citizen' "
    "AND (substr(?2, 1, length(o.path)) = o.path OR substr(o.path, 1, length(?2)) = ?2)";

/* accept: assign to a staff member of the unit (a grant on it, above or below it). */
static pa_err accept_apply(struct wf_ctx *x)
{
	int64_t uid = val_int(x->fields, "assignee_id", 0);
	struct db_stmt *s = db_prepare(x->conn, SQL_ASSIGNABLE);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, uid);
	db_bind_text(s, 2, x->c->org_path);
	r = db_step(s);
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.assignee_id",
		    "the assignee is not an active staff member of this unit");
		return PA_ERR_INVALID;
	}
	x->c->assignee_id = uid;
	return PA_OK;
}

static pa_err done_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	return PA_OK;
}

static pa_err decline_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "decline_reason", json_string(x->note));
	return PA_OK;
}

static pa_err reopen_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (c->closed_at && now - c->closed_at > SUGGESTION_REOPEN_MS) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "a post can be reopened only within 7 days of being done");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err reopen_apply(struct wf_ctx *x)
{
	json_t *n = json_object_get(x->c->attrs, "reopened");

	json_object_set_new(x->c->attrs, "reopened",
	    json_integer(json_is_integer(n) ? json_integer_value(n) + 1 : 1));
	return PA_OK;
}

static const struct val_field accept_fields[] = {
	{ "assignee_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field done_fields[] = {
	{ "result", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", NULL };
static const char *const from_progress[] = { "in_progress", NULL };
static const char *const from_done[] = { "done", NULL };

static const struct wf_status statuses[] = {
	{ "open", "待处理", "Open", false },
	{ "in_progress", "处理中", "In progress", false },
	{ "done", "已办结", "Done", true },
	{ "declined", "不采纳", "Declined", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "accept", "受理并指派", "Accept & assign", from_open, "in_progress",
	  ROLE_LEADER | ROLE_ADMIN, false, accept_fields, NULL, accept_apply },
	{ "decline", "不采纳", "Decline", from_open, "declined",
	  ROLE_LEADER | ROLE_ADMIN, true, reason_fields, NULL, decline_apply },
	{ "done", "办结", "Mark done", from_progress, "done",
	  WF_ASSIGNEE | ROLE_LEADER | ROLE_ADMIN, false, done_fields, NULL, done_apply },
	{ "reopen", "重新打开", "Reopen", from_done, "in_progress",
	  WF_REPORTER, true, reason_fields, reopen_guard, reopen_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* The post's own fields: columns of suggestion_details, in this order. */
static const struct type_field fields[] = {
	{ "result", "办理结果", "Result", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH, NULL },
	{ "decline_reason", "不采纳理由", "Reason for declining", TF_TEXT, TF_STORED, NULL },
	{ "reopened", "重新打开次数", "Reopened", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT result, decline_reason, reopened FROM suggestion_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO suggestion_details (case_id, result, decline_reason, reopened) "
    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (case_id) DO UPDATE SET result = ?2, "
    "decline_reason = ?3, reopened = ?4";

static const char *const done_by_done[] = { "done", NULL };

/* The board's notices: the assignee when a post is given to them; the poster when it is done
 * or declined. */
static const struct notify_rule notify_rules[] = {
	{ "accept", NR_ASSIGNEE, "assigned", "我爱我家：请您办理「%s」",
	  "Suggestion board: please take care of \"%s\"", done_by_done },
	{ "done", NR_REPORTER, "done", "您发布的事项已办结：%s", "Your post was done: %s", NULL },
	{ "decline", NR_REPORTER, "declined", "您发布的事项未被采纳：%s",
	  "Your post was declined: %s", NULL },
	{ "reopen", NR_ASSIGNEE, "reopened", "事项被重新打开：%s", "A post was reopened: %s",
	  done_by_done },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};
static const char *const categories[] = { "facility", "management", "service", "safety",
	"welfare", "other", NULL };

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	static const char *const names[][3] = {
		{ "facility", "设施设备", "Facilities" }, { "management", "内部管理", "Management" },
		{ "service", "服务群众", "Public service" }, { "safety", "安全隐患", "Safety" },
		{ "welfare", "后勤福利", "Welfare" }, { "other", "其他", "Other" },
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(code, names[i][0]) == 0) {
			snprintf(out, outlen, "%s", names[i][en ? 2 : 1]);
			return true;
		}
	return false;
}


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "the assignee is not an active staff member of this unit",
	    "承办人不是本单位的在岗人员" },
	{ "a post can be reopened only within 7 days of being done", "办结 7 天内才能重新打开" },
	{ NULL, NULL },
};

const struct case_type suggestion_type = {
	.code = "suggestion",
	.name_zh = "我爱我家",
	.name_en = "Suggestion board",
	.code_prefix = "JY",
	.initial = "open",
	.statuses = statuses,
	.actions = actions,
	.who_create = ROLE_STAFF,
	.categories = categories,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.side_table = "suggestion_details",   /* GET one post is kept (case_one.c) */
	.notify = notify_rules,
	.category_name = category_name,
	.msgs_zh = msgs_zh,
};

/* ------------------------------------------------------------------ board counts */

static const char SQL_BOARD[] =
    "SELECT COALESCE(SUM(CASE WHEN c.status = 'open' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN c.status = 'in_progress' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN c.status = 'declined' THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN c.status = 'done' AND c.closed_at >= ?2 THEN 1 ELSE 0 END), 0), "
    "AVG(CASE WHEN c.status = 'done' THEN c.closed_at - c.created_at END), "
    "COALESCE(SUM(CASE WHEN c.status = 'done' THEN 1 ELSE 0 END), 0) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'suggestion' AND " SCOPE_CASE_SQL
    " AND (?3 IS NULL OR substr(o.path, 1, length(?3)) = ?3)";

/* The board narrowed by q= (全文检索): the same counts over the cases the index finds (?4 the
 * index expression) or the one case a case number names (?4 the code). Apart from SQL_BOARD so
 * that the plain board keeps its plan. */
#define BOARD_COUNTS \
    "SELECT COALESCE(SUM(CASE WHEN c.status = 'open' THEN 1 ELSE 0 END), 0), " \
    "COALESCE(SUM(CASE WHEN c.status = 'in_progress' THEN 1 ELSE 0 END), 0), " \
    "COALESCE(SUM(CASE WHEN c.status = 'declined' THEN 1 ELSE 0 END), 0), " \
    "COALESCE(SUM(CASE WHEN c.status = 'done' AND c.closed_at >= ?2 THEN 1 ELSE 0 END), 0), " \
    "AVG(CASE WHEN c.status = 'done' THEN c.closed_at - c.created_at END), " \
    "COALESCE(SUM(CASE WHEN c.status = 'done' THEN 1 ELSE 0 END), 0) "
#define BOARD_WHERE \
    " c.type = 'suggestion' AND " SCOPE_CASE_SQL \
    " AND (?3 IS NULL OR substr(o.path, 1, length(?3)) = ?3)"
static const char SQL_BOARD_TEXT[] = BOARD_COUNTS
    "FROM case_fts CROSS JOIN cases c ON c.id = case_fts.rowid JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE case_fts MATCH ?4 AND" BOARD_WHERE;
static const char SQL_BOARD_CODE[] = BOARD_COUNTS
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.code = ?4 AND" BOARD_WHERE;

static const struct export_col board_cols[] = {
	{ "open", "待处理", "Open", EXK_INT },
	{ "in_progress", "处理中", "In progress", EXK_INT },
	{ "declined", "不采纳", "Declined", EXK_INT },
	{ "done_this_week", "本周办结", "Done this week", EXK_INT },
	{ "done_total", "累计办结", "Done in total", EXK_INT },
	{ "avg_hours_to_done", "平均办结时长（小时）", "Average hours to done", EXK_NUM },
	EXPORT_COLS_END
};

/* The board's counts as a one-row table, from the row of SQL_BOARD. */
static void board_export(struct http_req *r, enum export_format fmt, struct db_stmt *s)
{
	struct export *x = export_begin(r, fmt, "board");

	if (x == NULL)
		return;
	export_sheet(x, "我爱我家", "Suggestion board", board_cols);
	export_row(x);
	for (int i = 0; i < 4; i++)
		export_int(x, db_col_int(s, i));
	export_int(x, db_col_int(s, 5));
	if (db_col_null(s, 4))
		export_text(x, "");
	else
		export_num(x, db_col_double(s, 4) / 3600000.0, 2);
	export_finish(x);
}

/* GET /api/v1/board?org_id=&q= — the board at a glance (一目了然): open, in progress, declined,
 * done this week (Monday 00:00 China time) and the mean hours from post to done. */
void suggestion_api_board(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH] = "";
	int64_t org_id = 0;
	struct db_stmt *s;
	enum export_format fmt = http_export_format(r);
	struct search_q q;
	struct pa_error qe = { 0 };
	json_t *o;

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (!org_query(r, true, &org_id, path))
		return;
	/* q=: the counts of the matching posts; blank is no filter, too long 422 */
	if (search_q_parse(http_query(r, "q"), &q, &qe) != PA_OK) {
		http_fail(r, &qe);
		pa_error_clear(&qe);
		return;
	}
	if ((s = db_prepare(c, q.kind == SEARCH_NONE ? SQL_BOARD : q.kind == SEARCH_TEXT ?
	    SQL_BOARD_TEXT : SQL_BOARD_CODE)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, time_week_start(clock_now_ms()));
	db_bind_text(s, 3, org_id ? path : NULL);
	if (q.kind != SEARCH_NONE)   /* no searchable character: the code "", no case */
		db_bind_text(s, 4, q.kind == SEARCH_TEXT ? q.match : q.kind == SEARCH_CODE ?
		    q.code : "");
	if (db_step(s) != DB_ROW) {
		db_reset(s);
		goto dberr;
	}
	if (fmt != EXPORT_JSON) {
		board_export(r, fmt, s);
		db_reset(s);
		return;
	}
	o = json_pack("{s:I, s:I, s:I, s:I, s:I}",
	    "open", (json_int_t)db_col_int(s, 0), "in_progress", (json_int_t)db_col_int(s, 1),
	    "declined", (json_int_t)db_col_int(s, 2), "done_this_week", (json_int_t)db_col_int(s, 3),
	    "done_total", (json_int_t)db_col_int(s, 5));
	json_object_set_new(o, "avg_hours_to_done", db_col_null(s, 4) ? json_null() :
	    json_real((double)((int64_t)(db_col_double(s, 4) / 36000.0)) / 100.0));
	db_reset(s);
	http_reply(r, 200, o);
	return;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}
