/* incident.c — incidents (警情, case type "incident").
 *
 * Registered with a sub-category of the incident catalogue (desk.c: 刑事 盗窃手机, 盗窃电动车 ...;
 * 治安; 交通; 纠纷; 求助; 举报; 投诉), when and where it happened and the officer in charge.
 * `file` (立案) makes it a criminal or administrative case: its date is 发案; `no_case`
 * (不予立案) needs a reason; `solve` (破案) carries the date and how; `close` ends it. The
 * dates drive GET /api/v1/stats/incidents (docs/indicators.md "Incidents").
 *
 * Persons (当事人): roles "reporter" (报案人, at most one) and "victim" (被害人, up to five),
 * through the generic "persons" of POST /cases and of actions.
 */
#include <stdio.h>
#include <string.h>

#include "../core/person.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk.h"

/* The sub-categories of the catalogue (desk.c), the codes a case may carry. */
static const char *const categories[] = { "XS01", "XS02", "XS03", "XS04", "XS05", "XS06",
	"XS99", "ZA01", "ZA02", "ZA03", "ZA99", "JT01", "JT02", "JF01", "JF02", "JF03", "QZ01",
	"JB01", "TS01", NULL };

static const struct val_field create_fields[] = {
	{ "occurred_at", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "officer_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	const struct incident_cat *k = incident_cat_find(x->n->category);
	int64_t occurred = desk_time(x->n->request, "occurred_at");
	pa_err rc;

	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	if (k == NULL || k->parent == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, x->n->category ? "invalid_value" :
		    "missing_field", "category",
		    "category must be the code of a sub-category of the incident catalogue");
		return PA_ERR_INVALID;
	}
	if (occurred > x->now) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "occurred_at",
		    "the time it happened may not be in the future");
		return PA_ERR_INVALID;
	}
	if (occurred)
		json_object_set_new(x->attrs, "occurred_at", json_integer(occurred));
	if (val_has(x->n->request, "officer_id")) {
		char path[LIM_ORG_PATH];
		int64_t uid = val_int(x->n->request, "officer_id", 0);
		if (!org_path(x->conn, x->n->org_id, path)) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
			    "the unit does not exist");
			return PA_ERR_INVALID;
		}
		if ((rc = desk_staff_check(x->conn, uid, path, "officer_id", x->err)) != PA_OK)
			return rc;
		json_object_set_new(x->attrs, "officer_id", json_integer(uid));
	}
	return PA_OK;
}

/* The officer in charge (主办民警) becomes the assignee. */
static pa_err after_create(struct create_ctx *x)
{
	static const char SQL_ASSIGN[] = "UPDATE cases SET assignee_id = ?2 WHERE id = ?1";
	json_t *v = json_object_get(x->attrs, "officer_id");
	struct db_stmt *s;

	if (!json_is_integer(v))
		return PA_OK;
	if ((s = db_prepare(x->conn, SQL_ASSIGN)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, x->id);
	db_bind_int(s, 2, json_integer_value(v));
	return db_run(s);
}

/* A date given by the officer: not in the future, not before bound (ms, 0 none). */
static pa_err date_check(struct wf_ctx *x, const char *name, int64_t bound, int64_t *out)
{
	int64_t t = desk_time(x->fields, name);
	char field[48];

	snprintf(field, sizeof field, "fields.%s", name);
	if (t == 0)
		t = x->now;
	if (t > x->now) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
		    "%s may not be in the future", field);
		return PA_ERR_INVALID;
	}
	if (bound && t < bound) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
		    "%s may not be before the case was filed", field);
		return PA_ERR_INVALID;
	}
	*out = t;
	return PA_OK;
}

static pa_err file_apply(struct wf_ctx *x)
{
	int64_t t;
	pa_err rc = date_check(x, "filed_at", 0, &t);

	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "filed_at", json_integer(t));
	if (val_str(x->fields, "case_no"))
		json_object_set_new(x->c->attrs, "case_no", json_string(val_str(x->fields, "case_no")));
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
	return PA_OK;
}

static pa_err no_case_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "no_case_reason", json_string(x->note));
	return PA_OK;
}

static pa_err solve_apply(struct wf_ctx *x)
{
	json_t *f = json_object_get(x->c->attrs, "filed_at");
	int64_t t;
	pa_err rc = date_check(x, "solved_at", json_is_integer(f) ? json_integer_value(f) : 0, &t);

	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "solved_at", json_integer(t));
	json_object_set_new(x->c->attrs, "solve_method", json_string(val_str(x->fields, "method")));
	return PA_OK;
}

static pa_err close_apply(struct wf_ctx *x)
{
	if (x->note)
		json_object_set_new(x->c->attrs, "close_note", json_string(x->note));
	return PA_OK;
}

static const struct val_field file_fields[] = {
	{ "filed_at", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "case_no", VT_STRING, VF_NULLABLE, 1, 64, NULL, NULL },
	VAL_END
};
static const struct val_field solve_fields[] = {
	{ "solved_at", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "method", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_reported[] = { "reported", NULL };
static const char *const from_filed[] = { "filed", NULL };
static const char *const from_closable[] = { "reported", "filed", "solved", NULL };

static const struct wf_status statuses[] = {
	{ "reported", "已接报", "Reported", false },
	{ "filed", "已立案", "Filed", false },
	{ "solved", "已破案", "Solved", false },
	{ "not_filed", "不予立案", "Not filed", true },
	{ "closed", "已结案", "Closed", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "file", "立案", "File as a case", from_reported, "filed", DESK_OFFICERS, false,
	  file_fields, NULL, file_apply },
	{ "no_case", "不予立案", "Do not file", from_reported, "not_filed", DESK_OFFICERS, true,
	  reason_fields, NULL, no_case_apply },
	{ "solve", "破案", "Solve", from_filed, "solved", DESK_OFFICERS, false, solve_fields, NULL,
	  solve_apply },
	{ "close", "结案", "Close", from_closable, "closed", DESK_OFFICERS, false, reason_fields,
	  NULL, close_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of incident_details, in this order (officer_id is kept in the case's assignee). */
static const struct type_field fields[] = {
	{ "occurred_at", "发生时间", "Occurred at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "filed_at", "立案日期", "Filed on", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "case_no", "案件编号", "Case number", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "no_case_reason", "不予立案理由", "Reason for not filing", TF_TEXT, TF_STORED, NULL },
	{ "solved_at", "破案日期", "Solved on", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "solve_method", "破案方式", "How it was solved", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "close_note", "结案说明", "Closing note", TF_TEXT, TF_STORED, NULL },
	{ "officer_id", "主办民警", "Officer in charge", TF_USER, TF_INTERNAL, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT occurred_at, filed_at, case_no, no_case_reason, solved_at, solve_method, close_note "
    "FROM incident_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO incident_details (case_id, occurred_at, filed_at, case_no, no_case_reason, "
    "solved_at, solve_method, close_note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (case_id) DO UPDATE SET occurred_at = ?2, filed_at = ?3, case_no = ?4, "
    "no_case_reason = ?5, solved_at = ?6, solve_method = ?7, close_note = ?8";

/* "大类 / 小类" in the language asked for. */
static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	return incident_cat_name(code, en, out, outlen);
}

/* The persons an incident may carry (当事人角色). */
static const struct person_role person_roles[] = {
	{ "reporter", "报案人", "Reporter", 0, 1 },
	{ "victim", "被害人", "Victim", 0, 5 },
	{ NULL, NULL, NULL, 0, 0 },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "category must be the code of a sub-category of the incident catalogue",
	    "请选择警情分类中的具体小类" },
	{ "the time it happened may not be in the future", "发生时间不能晚于现在" },
	{ "%s may not be in the future", "%s不能晚于现在" },
	{ "%s may not be before the case was filed", "%s不能早于立案日期" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "case_no", "案件编号", "case number", NULL, NULL },
	{ "filed_at", "立案日期", "date filed", NULL, NULL },
	{ "occurred_at", "发生时间", "time it happened", NULL, NULL },
	{ "solved_at", "破案日期", "date solved", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type incident_type = {
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.code = "incident",
	.name_zh = "警情",
	.name_en = "Incident",
	.code_prefix = "JQ",
	.initial = "reported",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER,
	.create_fields = create_fields,
	.on_create = on_create,
	.after_create = after_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.person_roles = person_roles,
	.categories = categories,
	.category_name = category_name,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
