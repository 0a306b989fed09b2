/* archive.c — archive queries (档案查询, case type "archive").
 *
 * A person asks at the desk for a record (户籍证明, 无犯罪记录证明, 出入境记录, 其他) for a
 * purpose; the leader is told (a to-do) and must `approve` it or `refuse` with a reason; the
 * officer then `answer`s with the result and `close`s it.
 *
 * Persons (当事人): role "requester" (申请人), exactly one: an archive query is always about a
 * person, registered through the generic "persons" of POST /cases.
 */
#include <string.h>

#include "../core/person.h"
#include "../db/db.h"
#include "../util/util.h"
#include "desk.h"

static const char *const asked_codes[] = { "household", "no_crime", "exit_entry", "other",
	NULL };
static const struct tf_choice asked_choices[] = {
	{ "household", "户籍证明", "Household registration" },
	{ "no_crime", "无犯罪记录证明", "No criminal record" },
	{ "exit_entry", "出入境记录", "Exit and entry records" },
	{ "other", "其他", "Other" },
	{ NULL, NULL, NULL },
};

static const struct val_field create_fields[] = {
	{ "purpose", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "asked", VT_STRING, VF_REQUIRED, 1, 16, asked_codes, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	pa_err rc;

	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	json_object_set_new(x->attrs, "purpose", json_string(val_str(x->n->request, "purpose")));
	json_object_set_new(x->attrs, "asked", json_string(val_str(x->n->request, "asked")));
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

static pa_err answer_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	return PA_OK;
}

static const struct val_field answer_fields[] = {
	{ "result", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_pending[] = { "pending", NULL };
static const char *const from_approved[] = { "approved", NULL };
static const char *const from_answered[] = { "answered", NULL };

static const struct wf_status statuses[] = {
	{ "pending", "待审批", "Awaiting approval", false },
	{ "approved", "已批准", "Approved", false },
	{ "answered", "已答复", "Answered", false },
	{ "refused", "不予批准", "Refused", true },
	{ "closed", "已办结", "Closed", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "approve", "批准查询", "Approve", from_pending, "approved", ROLE_LEADER, false, NULL,
	  NULL, approve_apply },
	{ "refuse", "不予批准", "Refuse", from_pending, "refused", ROLE_LEADER, true, reason_fields,
	  NULL, refuse_apply },
	{ "answer", "答复结果", "Answer", from_approved, "answered", DESK_REGISTER | WF_REPORTER,
	  false, answer_fields, NULL, answer_apply },
	{ "close", "办结", "Close", from_answered, "closed", DESK_REGISTER | WF_REPORTER, false,
	  NULL, NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of archive_details, in this order. */
static const struct type_field fields[] = {
	{ "purpose", "查询用途", "Purpose", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "asked", "查询内容", "Asked for", TF_CHOICE, TF_STORED | TF_LIST, asked_choices },
	{ "approved_by", "审批人", "Approved by", TF_USER, TF_STORED, NULL },
	{ "refuse_reason", "不予批准理由", "Reason for refusal", TF_TEXT, TF_STORED, NULL },
	{ "result", "查询结果", "Result", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT purpose, asked, approved_by, refuse_reason, result FROM archive_details "
    "WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO archive_details (case_id, purpose, asked, approved_by, refuse_reason, result) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (case_id) DO UPDATE SET purpose = ?2, "
    "asked = ?3, approved_by = ?4, refuse_reason = ?5, result = ?6";

static const char *const done_by_decision[] = { "approve", "refuse", NULL };
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_ORG | ROLE_LEADER, "approval", "档案查询待审批：%s",
	  "Archive query awaiting your approval: %s", done_by_decision },
	{ "approve", NR_REPORTER, "approved", "档案查询已批准：%s", "Archive query approved: %s",
	  NULL },
	{ "refuse", NR_REPORTER, "refused", "档案查询未获批准：%s", "Archive query refused: %s",
	  NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

/* The person an archive query is for (当事人角色): required. */
static const struct person_role person_roles[] = {
	{ "requester", "申请人", "Requester", 1, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};

/* The actions that approve (审批): a case waits for a leader while it may take one. */
static const char *const approvals[] = { "approve", NULL };

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "asked", "查询内容", "enquiry", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type archive_type = {
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.approvals = approvals,
	.code = "archive",
	.name_zh = "档案查询",
	.name_en = "Archive query",
	.code_prefix = "DA",
	.initial = "pending",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.person_roles = person_roles,
	.notify = notify_rules,
	.labels = labels,
};
