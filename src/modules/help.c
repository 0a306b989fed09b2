/* help.c — help requests (群众求助, case type "help").
 *
 * Registered at the desk (often from a visit, linked both ways), with a category and an
 * urgency; `assign` names who went (出警/处置人), `resolve` records the result (required).
 * The time to resolve (created → resolved) is what the desk statistics average.
 *
 * Persons (当事人): role "requester" (求助人), at most one, through the generic "persons" of
 * POST /cases (often the visitor of the visit it came from).
 */
#include <stdio.h>
#include <string.h>

#include "../core/person.h"
#include "../db/db.h"
#include "../util/util.h"
#include "desk.h"

static const char *const categories[] = { "seek_person", "seek_item", "lost_elder_child",
	"drunk_unwell", "unlock_hardship", "traffic", "other", NULL };
static const struct tf_choice category_choices[] = {
	{ "seek_person", "寻人", "Finding a person" },
	{ "seek_item", "寻物", "Finding an item" },
	{ "lost_elder_child", "老人儿童走失", "Lost elder or child" },
	{ "drunk_unwell", "醉酒或身体不适", "Drunk or unwell" },
	{ "unlock_hardship", "开锁或生活困难", "Locked out or hardship" },
	{ "traffic", "交通求助", "Traffic help" },
	{ "other", "其他", "Other" },
	{ NULL, NULL, NULL },
};
static const char *const urgencies[] = { "normal", "urgent", "critical", NULL };
static const struct tf_choice urgency_choices[] = {
	{ "normal", "一般", "Normal" },
	{ "urgent", "紧急", "Urgent" },
	{ "critical", "特急", "Critical" },
	{ NULL, NULL, NULL },
};

static const struct val_field create_fields[] = {
	{ "urgency", VT_STRING, VF_NULLABLE, 1, 16, urgencies, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	pa_err rc;

	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	if (x->n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required for a help request");
		return PA_ERR_INVALID;
	}
	json_object_set_new(x->attrs, "urgency", json_string(val_str(x->n->request, "urgency") ?
	    val_str(x->n->request, "urgency") : "normal"));
	return PA_OK;
}

/* assign: who went; an active staff member of the station. */
static pa_err assign_apply(struct wf_ctx *x)
{
	int64_t uid = val_int(x->fields, "assignee_id", 0);
	pa_err rc = desk_staff_check(x->conn, uid, x->c->org_path, "fields.assignee_id", x->err);

	if (rc == PA_OK)
		x->c->assignee_id = uid;
	return rc;
}

static pa_err resolve_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	json_object_set_new(x->c->attrs, "resolved_at", json_integer(x->now));
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
	return PA_OK;
}

static const struct val_field assign_fields[] = {
	{ "assignee_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field resolve_fields[] = {
	{ "result", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", "in_progress", NULL };
static const char *const from_working[] = { "open", "in_progress", NULL };

static const struct wf_status statuses[] = {
	{ "open", "待处置", "Open", false },
	{ "in_progress", "处置中", "In progress", false },
	{ "resolved", "已解决", "Resolved", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "assign", "指派处置", "Assign", from_open, "in_progress", DESK_REGISTER, false,
	  assign_fields, NULL, assign_apply },
	{ "resolve", "办结", "Resolve", from_working, "resolved",
	  DESK_REGISTER | WF_ASSIGNEE, false, resolve_fields, NULL, resolve_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of help_details, in this order. */
static const struct type_field fields[] = {
	{ "urgency", "紧急程度", "Urgency", TF_CHOICE, TF_STORED | TF_LIST, urgency_choices },
	{ "result", "处置结果", "Result", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH, NULL },
	{ "resolved_at", "解决时间", "Resolved at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT urgency, result, resolved_at FROM help_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO help_details (case_id, urgency, result, resolved_at) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (case_id) DO UPDATE SET urgency = ?2, result = ?3, resolved_at = ?4";

static const char *const done_by_resolve[] = { "resolve", NULL };
static const struct notify_rule notify_rules[] = {
	{ "assign", NR_ASSIGNEE, "assigned", "群众求助：请您前往处置「%s」",
	  "Help request: please attend to \"%s\"", done_by_resolve },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	for (const struct tf_choice *k = category_choices; k->code; k++)
		if (strcmp(code, k->code) == 0) {
			snprintf(out, outlen, "%s", en ? k->name_en : k->name_zh);
			return true;
		}
	return false;
}

/* The persons a help request may carry (当事人角色). */
static const struct person_role person_roles[] = {
	{ "requester", "求助人", "Requester", 0, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "category is required for a help request", "请选择求助类别" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "urgency", "紧急程度", "urgency", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type help_type = {
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.code = "help",
	.name_zh = "群众求助",
	.name_en = "Help request",
	.code_prefix = "QZ",
	.initial = "open",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER,
	.categories = categories,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.person_roles = person_roles,
	.notify = notify_rules,
	.category_name = category_name,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
