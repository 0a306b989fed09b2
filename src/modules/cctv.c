/* cctv.c — CCTV reviews (视频调阅, case type "cctv").
 *
 * An officer asks to review cameras or places over a time window, with a reason and usually a
 * linked case ("links" at creation: the help request or incident it serves). The station's
 * leader is told (a to-do) and must `approve` it, or `refuse` with a reason, before anyone may
 * `record_view`: a viewing before approval is refused with 409. Every viewing (who, when, which
 * cameras) is an action on the timeline. `conclude` records found or not found and notes.
 */
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"
#include "desk.h"

static const struct val_field create_fields[] = {
	{ "cameras", VT_STRING, VF_REQUIRED, 1, DESK_CAMERAS_CHARS, NULL, NULL },
	{ "window_from", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "window_to", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "reason", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;
	int64_t from = desk_time(q, "window_from"), to = desk_time(q, "window_to");
	pa_err rc;

	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	if (to <= from) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "window_to",
		    "the footage must end after it starts");
		return PA_ERR_INVALID;
	}
	json_object_set_new(x->attrs, "cameras", json_string(val_str(q, "cameras")));
	json_object_set_new(x->attrs, "window_from", json_integer(from));
	json_object_set_new(x->attrs, "window_to", json_integer(to));
	json_object_set_new(x->attrs, "reason", json_string(val_str(q, "reason")));
	json_object_set_new(x->attrs, "views", json_integer(0));
	return PA_OK;
}

static pa_err approve_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "approved_by", json_integer(x->user->id));
	return PA_OK;
}

static pa_err refuse_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "refuse_reason", json_string(x->note));
	return PA_OK;
}

/* Viewing is for an approved review only: before approval it is a 409 naming the rule. */
static pa_err view_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (strcmp(c->status, "approved") != 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "not_approved", "action",
		    "the footage may be viewed only after a leader approved the review");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static int64_t views_of(const struct case_rec *c)
{
	json_t *v = json_object_get(c->attrs, "views");

	return json_is_integer(v) ? json_integer_value(v) : 0;
}

static pa_err view_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "views", json_integer(views_of(x->c) + 1));
	return PA_OK;
}

static pa_err conclude_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (views_of(c) == 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "record at least one viewing before concluding the review");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err conclude_apply(struct wf_ctx *x)
{
	json_object_set(x->c->attrs, "found", json_object_get(x->fields, "found"));
	if (val_str(x->fields, "notes"))
		json_object_set_new(x->c->attrs, "conclusion", json_string(val_str(x->fields, "notes")));
	return PA_OK;
}

static const struct val_field view_fields[] = {
	{ "cameras", VT_STRING, VF_REQUIRED, 1, DESK_CAMERAS_CHARS, NULL, NULL },
	{ "viewed_from", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "viewed_to", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field conclude_fields[] = {
	{ "found", VT_BOOL, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "notes", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_pending[] = { "pending", NULL };
static const char *const from_viewable[] = { "pending", "approved", NULL };
static const char *const from_approved[] = { "approved", NULL };

static const struct wf_status statuses[] = {
	{ "pending", "待审批", "Awaiting approval", false },
	{ "approved", "已批准", "Approved", false },
	{ "refused", "不予批准", "Refused", true },
	{ "concluded", "已完成", "Concluded", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "approve", "批准调阅", "Approve", from_pending, "approved", ROLE_LEADER, false, NULL,
	  NULL, approve_apply },
	{ "refuse", "不予批准", "Refuse", from_pending, "refused", ROLE_LEADER, true, reason_fields,
	  NULL, refuse_apply },
	{ "record_view", "登记调阅", "Record a viewing", from_viewable, NULL,
	  DESK_REGISTER | WF_REPORTER, false, view_fields, view_guard, view_apply },
	{ "conclude", "调阅结论", "Conclude", from_approved, "concluded",
	  DESK_REGISTER | WF_REPORTER, false, conclude_fields, conclude_guard, conclude_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of cctv_details, in this order. */
static const struct type_field fields[] = {
	{ "cameras", "调阅点位", "Cameras or places", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "window_from", "调阅起始时间", "Footage from", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "window_to", "调阅截止时间", "Footage to", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "reason", "调阅事由", "Reason", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "approved_by", "审批人", "Approved by", TF_USER, TF_STORED, NULL },
	{ "refuse_reason", "不予批准理由", "Reason for refusal", TF_TEXT, TF_STORED, NULL },
	{ "views", "调阅次数", "Viewings", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "found", "是否发现线索", "Found", TF_BOOL, TF_STORED | TF_LIST, NULL },
	{ "conclusion", "调阅结论", "Conclusion", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT cameras, window_from, window_to, reason, approved_by, refuse_reason, views, found, "
    "conclusion FROM cctv_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO cctv_details (case_id, cameras, window_from, window_to, reason, approved_by, "
    "refuse_reason, views, found, conclusion) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (case_id) DO UPDATE SET cameras = ?2, window_from = ?3, window_to = ?4, "
    "reason = ?5, approved_by = ?6, refuse_reason = ?7, views = ?8, found = ?9, conclusion = ?10";

static const char *const done_by_decision[] = { "approve", "refuse", NULL };
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_ORG | ROLE_LEADER, "approval", "视频调阅待审批：%s",
	  "CCTV review awaiting your approval: %s", done_by_decision },
	{ "approve", NR_REPORTER, "approved", "视频调阅已批准：%s", "CCTV review approved: %s",
	  NULL },
	{ "refuse", NR_REPORTER, "refused", "视频调阅未获批准：%s", "CCTV review refused: %s",
	  NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

/* The actions that approve (审批): a case waits for a leader while it may take one. */
static const char *const approvals[] = { "approve", NULL };


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "the footage must end after it starts", "调阅截止时间必须晚于起始时间" },
	{ "the footage may be viewed only after a leader approved the review",
	    "视频调阅须经所领导批准后方可查看录像" },
	{ "record at least one viewing before concluding the review",
	    "请先登记至少一次调阅，再填写调阅结论" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "viewed_from", "查看起始时间", "viewed from", NULL, NULL },
	{ "viewed_to", "查看截止时间", "viewed until", NULL, NULL },
	{ "cameras", "调阅点位", "cameras", "camera", "个调阅点位" },
	{ "found", "是否发现线索", "clue found", NULL, NULL },
	{ "window_from", "调阅起始时间", "footage from", NULL, NULL },
	{ "window_to", "调阅截止时间", "footage until", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type cctv_type = {
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.approvals = approvals,
	.code = "cctv",
	.name_zh = "视频调阅",
	.name_en = "CCTV review",
	.code_prefix = "SP",
	.initial = "pending",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.notify = notify_rules,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
