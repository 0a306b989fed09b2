/* visit.c — reception at the desk (坐堂接待, case type "visit").
 *
 * The desk officer (坐堂民警) registers each visitor: the purpose, what was done and how many
 * minutes it took; `finish` records the outcome. A visit starts a help request or an incident
 * in one step: POST /api/v1/cases of that type with "links": [visit id] (the platform links
 * both ways, docs/api.md "Case links").
 *
 * Persons (当事人): role "visitor" (来访人), at most one (a visitor who only asks may stay
 * anonymous), through the generic "persons" of POST /cases — never in visit_details.
 */
#include <string.h>

#include "../core/person.h"
#include "../db/db.h"
#include "../util/util.h"
#include "desk.h"

static const char *const purposes[] = { "consult", "certificate", "report", "help", "complaint",
	"inform", "other", NULL };
static const struct tf_choice purpose_choices[] = {
	{ "consult", "咨询", "Enquiry" },
	{ "certificate", "办证", "Certificates" },
	{ "report", "报案", "Reporting an offence" },
	{ "help", "求助", "Asking for help" },
	{ "complaint", "投诉", "Complaint" },
	{ "inform", "反映情况", "Reporting a situation" },
	{ "other", "其他", "Other" },
	{ NULL, NULL, NULL },
};

static const struct val_field create_fields[] = {
	{ "purpose", VT_STRING, VF_REQUIRED, 1, 16, purposes, NULL },
	{ "handling", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	{ "minutes", VT_INT, VF_NULLABLE, 1, DESK_MINUTES_MAX, NULL, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;
	pa_err rc;

	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	json_object_set_new(x->attrs, "purpose", json_string(val_str(q, "purpose")));
	if (val_str(q, "handling"))
		json_object_set_new(x->attrs, "handling", json_string(val_str(q, "handling")));
	if (val_has(q, "minutes"))
		json_object_set_new(x->attrs, "minutes", json_integer(val_int(q, "minutes", 0)));
	return PA_OK;
}

/* finish: the outcome (required), the minutes and what was done. */
static pa_err finish_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "outcome", json_string(val_str(x->fields, "outcome")));
	json_object_set_new(x->c->attrs, "minutes",
	    json_integer(val_int(x->fields, "minutes", 0)));
	if (val_str(x->fields, "handling"))
		json_object_set_new(x->c->attrs, "handling",
		    json_string(val_str(x->fields, "handling")));
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
	return PA_OK;
}

static const struct val_field finish_fields[] = {
	{ "outcome", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "minutes", VT_INT, VF_REQUIRED, 1, DESK_MINUTES_MAX, NULL, NULL },
	{ "handling", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", NULL };

static const struct wf_status statuses[] = {
	{ "open", "接待中", "In progress", false },
	{ "finished", "已结束", "Finished", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "finish", "结束接待", "Finish", from_open, "finished", DESK_REGISTER, false,
	  finish_fields, NULL, finish_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of visit_details, in this order. */
static const struct type_field fields[] = {
	{ "purpose", "来访事由", "Purpose", TF_CHOICE, TF_STORED | TF_LIST, purpose_choices },
	{ "handling", "接待处理情况", "What was done", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "minutes", "接待时长（分钟）", "Minutes", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "outcome", "接待结果", "Outcome", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT purpose, handling, minutes, outcome FROM visit_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO visit_details (case_id, purpose, handling, minutes, outcome) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (case_id) DO UPDATE SET purpose = ?2, "
    "handling = ?3, minutes = ?4, outcome = ?5";

/* The persons a visit may carry (当事人角色). */
static const struct person_role person_roles[] = {
	{ "visitor", "来访人", "Visitor", 0, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "handling", "接待处理情况", "handling of the visit", NULL, NULL },
	{ "minutes", "接待时长", "minutes of the visit", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type visit_type = {
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.code = "visit",
	.name_zh = "坐堂接待",
	.name_en = "Reception",
	.code_prefix = "JD",
	.initial = "open",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.person_roles = person_roles,
	.labels = labels,
};
