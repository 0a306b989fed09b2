/* commendation.c — commendations (锦旗/表扬, case type "commendation") and the front desk's
 * statistics of custody and commendations.
 *
 * A commendation records when it came, from whom (a person — role "giver" of the persons
 * registry — or an organisation by name), to which unit (the case's unit) and optionally which
 * officer, its form (锦旗, 感谢信, 电话表扬, 网络留言), what for (the title and body) and the
 * case it thanks for. It is recorded closed; a leader may void it (作废) with a reason.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "../core/person.h"
#include "desk2.h"

#define DAY_MS (24LL * 3600 * 1000)
#define DESK (ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER)

static const struct tf_choice forms[] = {
	{ "banner", "锦旗", "Banner" },
	{ "letter", "感谢信", "Letter of thanks" },
	{ "phone", "电话表扬", "Praise by phone" },
	{ "online", "网络留言", "Online message" },
	{ NULL, NULL, NULL },
};
static const char *const form_codes[] = { "banner", "letter", "phone", "online", NULL };
static const struct tf_choice giver_kinds[] = {
	{ "person", "个人", "A person" },
	{ "organisation", "单位", "An organisation" },
	{ NULL, NULL, NULL },
};
static const char *const giver_kind_codes[] = { "person", "organisation", NULL };

static const struct val_field create_fields[] = {
	{ "received_on", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "form", VT_STRING, VF_REQUIRED, 1, 16, form_codes, NULL },
	{ "giver_kind", VT_STRING, VF_REQUIRED, 1, 16, giver_kind_codes, NULL },
	{ "giver_org", VT_STRING, VF_NULLABLE, 1, LIM_TITLE_CHARS, NULL, NULL },
	{ "officer_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "linked_case_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

/* A staff member with a grant on the unit (or above or below it). */
static const char SQL_OFFICER_OF[] =
    "SELECT 1 FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role <> 'citizen' "
    "AND (substr(?2, 1, length(o.path)) = o.path OR substr(o.path, 1, length(?2)) = ?2)";

static pa_err on_create(struct create_ctx *x)
{
	const json_t *rq = x->n->request;
	int64_t at = 0, officer = val_int(rq, "officer_id", 0), linked = val_int(rq,
	    "linked_case_id", 0);
	char path[LIM_ORG_PATH];
	bool org = strcmp(val_str(rq, "giver_kind"), "organisation") == 0;

	if (x->n->org_id == 0 || !org_path(x->conn, x->n->org_id, path)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit does not exist");
		return PA_ERR_INVALID;
	}
	time_parse(val_str(rq, "received_on"), &at);
	if (at > x->now) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "received_on",
		    "the date received may not be in the future");
		return PA_ERR_INVALID;
	}
	if (org && val_str(rq, "giver_org") == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "giver_org",
		    "give the name of the organisation that gave the commendation");
		return PA_ERR_INVALID;
	}
	if (officer) {
		struct db_stmt *s = db_prepare(x->conn, SQL_OFFICER_OF);
		int r;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, officer);
		db_bind_text(s, 2, path);
		r = db_step(s);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		if (r != DB_ROW) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "officer_id",
			    "the officer commended is not a staff member of this unit");
			return PA_ERR_INVALID;
		}
	}
	if (linked) {
		struct arena *a = arena_new(LIM_ARENA_BYTES);
		struct case_rec c = { 0 };
		pa_err rc = a ? case_get_visible(x->conn, a, linked, x->user, &c) : PA_ERR_NOMEM;
		case_rec_clear(&c);
		arena_free(a);
		if (rc == PA_ERR_NOT_FOUND) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "linked_case_id",
			    "the related case is not a case you may see");
			return PA_ERR_INVALID;
		}
		if (rc != PA_OK)
			return rc;
		json_object_set_new(x->attrs, "linked_case_id", json_integer(linked));
	}
	json_object_set_new(x->attrs, "received_on", json_integer(at));
	json_object_set_new(x->attrs, "form", json_string(val_str(rq, "form")));
	json_object_set_new(x->attrs, "giver_kind", json_string(val_str(rq, "giver_kind")));
	if (org)
		json_object_set_new(x->attrs, "giver_org", json_string(val_str(rq, "giver_org")));
	if (officer)
		json_object_set_new(x->attrs, "officer_id", json_integer(officer));
	return PA_OK;
}

static const char *const from_recorded[] = { "recorded", NULL };
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const struct wf_status statuses[] = {
	{ "recorded", "已登记", "Recorded", true },
	{ "voided", "已作废", "Voided", true },
	{ NULL, NULL, NULL, false },
};
static const struct wf_action actions[] = {
	{ "void", "作废", "Void", from_recorded, "voided", ROLE_LEADER, true, reason_fields, NULL,
	  NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct type_field fields[] = {
	{ "received_on", "日期", "Date", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "form", "形式", "Form", TF_CHOICE, TF_STORED | TF_LIST, forms },
	{ "giver_kind", "赠送方", "From", TF_CHOICE, TF_STORED | TF_LIST, giver_kinds },
	{ "giver_org", "赠送单位", "Organisation", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "officer_id", "受表扬民警", "Officer", TF_USER, TF_STORED | TF_LIST, NULL },
	{ "linked_case_id", "相关案件", "Linked case", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT received_on, form, giver_kind, giver_org, officer_id, linked_case_id "
    "FROM commendation_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO commendation_details (case_id, received_on, form, giver_kind, giver_org, "
    "officer_id, linked_case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (case_id) "
    "DO UPDATE SET received_on = ?2, form = ?3, giver_kind = ?4, giver_org = ?5, "
    "officer_id = ?6, linked_case_id = ?7";

/* No notice: a commendation is a record, not a task; the station sees it in the desk page's
 * numbers and the statistics (a notice per 锦旗 would bury the leaders' to-dos). */

/* 当事人: the person who gave it (赠送人), when it came from a person. */
static const struct person_role person_roles[] = {
	{ "giver", "赠送人", "Given by", 0, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "the date received may not be in the future", "日期不能晚于今天" },
	{ "give the name of the organisation that gave the commendation", "请填写赠送单位的名称" },
	{ "the officer commended is not a staff member of this unit", "受表扬民警不是本单位人员" },
	{ "the related case is not a case you may see", "相关案件不存在或无权查看" },
	{ "group must be unit or officer", "分组只能是按单位或按民警" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "linked_case_id", "相关案件", "related case", NULL, NULL },
	{ "form", "表扬形式", "form of commendation", NULL, NULL },
	{ "giver_kind", "赠送方", "giver", NULL, NULL },
	{ "giver_org", "赠送单位", "giving organisation", NULL, NULL },
	{ "received_on", "日期", "date received", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type commendation_type = {
	.code = "commendation",
	.name_zh = "锦旗表扬",
	.name_en = "Commendation",
	.code_prefix = "BY",
	.initial = "recorded",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK | ROLE_ADMIN,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.person_roles = person_roles,
	.desk = true,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ------------------------------------------------------------------ statistics */

/* The unit and period filters of a statistics request: org_id (in scope, default: all the
 * caller sees), from and to (default: the last 365 days). Sends the error on false. */
static bool stats_params(struct http_req *r, char path[LIM_ORG_PATH], int64_t *from,
    int64_t *to)
{
	int64_t org_id = 0;

	if (!org_query(r, true, &org_id, path) || !http_query_time(r, "from", from) ||
	    !http_query_time(r, "to", to))
		return false;
	if (org_id == 0)
		snprintf(path, LIM_ORG_PATH, "/");
	if (*to == 0)
		*to = clock_now_ms();
	if (*from == 0)
		*from = *to - 365 * DAY_MS;
	if (*from >= *to) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "from", "from must be before to");
		return false;
	}
	return true;
}

/* Commendations not voided whose date is in [from, to), per unit or per officer. */
static const char SQL_COMM_BY_UNIT[] =
    "SELECT o.id, o.name, COUNT(*), "
    "SUM(CASE WHEN d.form = 'banner' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'letter' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'phone' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'online' THEN 1 ELSE 0 END) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN commendation_details d ON d.case_id = c.id "
    "WHERE c.type = 'commendation' AND c.status = 'recorded' AND d.received_on >= ?3 "
    "AND d.received_on < ?4 AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " GROUP BY o.id, o.name ORDER BY COUNT(*) DESC, o.id";
static const char SQL_COMM_BY_OFFICER[] =
    "SELECT COALESCE(d.officer_id, 0), u.name, COUNT(*), "
    "SUM(CASE WHEN d.form = 'banner' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'letter' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'phone' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN d.form = 'online' THEN 1 ELSE 0 END) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN commendation_details d ON d.case_id = c.id LEFT JOIN users u ON u.id = d.officer_id "
    "WHERE c.type = 'commendation' AND c.status = 'recorded' AND d.received_on >= ?3 "
    "AND d.received_on < ?4 AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " GROUP BY COALESCE(d.officer_id, 0), u.name ORDER BY COUNT(*) DESC, 1";

static const struct export_col comm_cols[] = {
	{ "name", "单位或民警", "Unit or officer", EXK_TEXT },
	{ "total", "合计", "Total", EXK_INT },
	{ "banner", "锦旗", "Banners", EXK_INT },
	{ "letter", "感谢信", "Letters", EXK_INT },
	{ "phone", "电话表扬", "By phone", EXK_INT },
	{ "online", "网络留言", "Online", EXK_INT },
	EXPORT_COLS_END
};

struct comm_ctx {
	bool by_officer, en;
	int64_t total;          /* commendations over all rows (JSON) */
};

/* A row of SQL_COMM_BY_UNIT / _BY_OFFICER: a line of the export, or a unit's or officer's
 * counts. */
static bool comm_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	struct comm_ctx *cc = ctx;
	const char *name = db_col_text(s, 1);
	bool none = cc->by_officer && db_col_int(s, 0) == 0;

	if (none)
		name = cc->en ? "(no officer named)" : "（未指明民警）";
	if (x) {
		export_text(x, name);
		for (int i = 2; i <= 6; i++)
			export_int(x, db_col_int(s, i));
		return true;
	}
	cc->total += db_col_int(s, 2);
	json_array_append_new(items, json_pack("{s:o, s:s?, s:I, s:{s:I, s:I, s:I, s:I}}",
	    cc->by_officer ? "officer_id" : "org_id", none ? json_null() :
	    json_integer(db_col_int(s, 0)), "name", name, "total",
	    (json_int_t)db_col_int(s, 2), "by_form", "banner", (json_int_t)db_col_int(s, 3),
	    "letter", (json_int_t)db_col_int(s, 4), "phone", (json_int_t)db_col_int(s, 5),
	    "online", (json_int_t)db_col_int(s, 6)));
	return true;
}

static const struct export_list comm_list = {
	"commendations", "表扬统计", "Commendations", comm_cols, comm_row
};

/* GET /api/v1/stats/commendations?org_id=&from=&to=&group=unit|officer — commendations by
 * unit or by officer (definitions: docs/indicators.md). */
void commendation_api_stats(struct http_req *r)
{
	static const char *const groups[] = { "unit", "officer", NULL };
	struct db_conn *c = db_reader(r->db);
	const char *group = http_query(r, "group");
	enum export_format fmt = http_export_format(r);
	char path[LIM_ORG_PATH];
	int64_t from = 0, to = 0;
	struct comm_ctx cc = { .en = http_lang(r) == LANG_EN };
	struct db_stmt *s;
	json_t *items;

	if (fmt == EXPORT_BAD)
		return;
	if (group && !desk_choice_ok(group, groups)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "group", "group must be unit or officer");
		return;
	}
	cc.by_officer = group && strcmp(group, "officer") == 0;
	if (!stats_params(r, path, &from, &to))
		return;
	if (c == NULL || (s = db_prepare(c, cc.by_officer ? SQL_COMM_BY_OFFICER :
	    SQL_COMM_BY_UNIT)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, from);
	db_bind_int(s, 4, to);
	if ((items = export_list_run(r, fmt, s, &comm_list, &cc)) == NULL)
		return;
	char f[TIME_STR_MAX], t[TIME_STR_MAX];
	time_format(from, f);
	time_format(to, t);
	http_reply(r, 200, json_pack("{s:s, s:s, s:s, s:I, s:o}", "group", cc.by_officer ?
	    "officer" : "unit", "from", f, "to", t, "total", (json_int_t)cc.total, "items", items));
}

/* Custody per unit: on hand now (in store), on loan now, held past their period now, loans
 * past due now; registered, released and disposed of within [from, to). */
static const char SQL_CUSTODY_STATS[] =
    "SELECT o.id, o.name, "
    "SUM(CASE WHEN c.status IN ('stored', 'disposal_pending', 'disposal_approved') "
    "THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.status = 'on_loan' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.closed_at IS NULL AND c.status <> 'registered' AND d.stored_at IS NOT NULL "
    "AND ?5 - d.stored_at > COALESCE(d.hold_days, ?6) * 86400000 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.status = 'on_loan' AND d.loan_due_at < ?5 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.created_at >= ?3 AND c.created_at < ?4 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.status = 'released' AND c.closed_at >= ?3 AND c.closed_at < ?4 "
    "THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN c.status = 'disposed' AND c.closed_at >= ?3 AND c.closed_at < ?4 "
    "THEN 1 ELSE 0 END) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN custody_details d ON d.case_id = c.id "
    "WHERE c.type = 'custody' AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " GROUP BY o.id, o.name ORDER BY o.id";

static const struct export_col custody_cols[] = {
	{ "name", "单位", "Unit", EXK_TEXT },
	{ "on_hand", "在库", "On hand", EXK_INT },
	{ "on_loan", "借出", "On loan", EXK_INT },
	{ "overdue", "超期保管", "Held past the period", EXK_INT },
	{ "loan_overdue", "借出逾期", "Loans overdue", EXK_INT },
	{ "registered", "期间登记", "Registered in the period", EXK_INT },
	{ "released", "期间发还", "Released in the period", EXK_INT },
	{ "disposed", "期间处置", "Disposed of in the period", EXK_INT },
	EXPORT_COLS_END
};

static const char *const custody_keys[] = { "on_hand", "on_loan", "overdue", "loan_overdue",
	"registered", "released", "disposed" };

/* A row of SQL_CUSTODY_STATS: a line of the export, or a unit's figures; ctx sums them (JSON). */
static bool custody_stats_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	int64_t *sum = ctx;
	json_t *o = NULL;

	if (x)
		export_text(x, db_col_text(s, 1));
	else
		o = json_pack("{s:I, s:s}", "org_id", (json_int_t)db_col_int(s, 0), "name",
		    db_col_text(s, 1));
	for (int i = 0; i < 7; i++) {
		int64_t v = db_col_int(s, i + 2);
		if (x) {
			export_int(x, v);
		} else {
			sum[i] += v;
			json_object_set_new(o, custody_keys[i], json_integer(v));
		}
	}
	if (o)
		json_array_append_new(items, o);
	return true;
}

static const struct export_list custody_stats_list = {
	"custody-stats", "非涉案物品统计", "Custody", custody_cols, custody_stats_row
};

/* GET /api/v1/stats/custody?org_id=&from=&to= — custody per unit (docs/indicators.md). */
void custody_api_stats(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	char path[LIM_ORG_PATH];
	int64_t from = 0, to = 0, now = clock_now_ms(), sum[7] = { 0 };
	struct db_stmt *s;
	json_t *items, *totals;

	if (fmt == EXPORT_BAD || !stats_params(r, path, &from, &to))
		return;
	if (c == NULL || (s = db_prepare(c, SQL_CUSTODY_STATS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, from);
	db_bind_int(s, 4, to);
	db_bind_int(s, 5, now);
	db_bind_int(s, 6, CUSTODY_HOLD_DAYS_DEFAULT);
	if ((items = export_list_run(r, fmt, s, &custody_stats_list, sum)) == NULL)
		return;
	totals = json_object();
	for (int i = 0; i < 7; i++)
		json_object_set_new(totals, custody_keys[i], json_integer(sum[i]));
	char f[TIME_STR_MAX], t[TIME_STR_MAX];
	time_format(from, f);
	time_format(to, t);
	http_reply(r, 200, json_pack("{s:s, s:s, s:o, s:o}", "from", f, "to", t, "totals", totals,
	    "items", items));
}
