/* event.c — grid events (网格事件, case type "event"): report → accept / reject / settle on
 * the spot → dispatch to a department → sign → handle → verify on site (pass closes, fail is
 * rework 返工) → rating by the reporter; return, escalation, extensions; deadlines per stage. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../org/grids.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"
#include "governance.h"

#define HOUR_MS (3600LL * 1000)

static const char *const ratings[] = { "satisfied", "basically_satisfied", "unsatisfied", NULL };

/* ------------------------------------------------------------------ helpers */

static int64_t attr_int(const json_t *attrs, const char *k)
{
	return json_integer_value(json_object_get(attrs, k));
}

static void attr_set_int(json_t *attrs, const char *k, int64_t v)
{
	json_object_set_new(attrs, k, json_integer(v));
}

/* Starts a stage with a deadline, or clears the deadline (stage NULL). The warning starts
 * afresh with every stage. */
static void stage_set(struct case_rec *c, const char *stage, int64_t start, int64_t due)
{
	c->stage = stage;
	c->stage_started_at = stage ? start : 0;
	c->warn = NULL;
	c->due_at = stage ? due : 0;
}

static pa_err category_of(struct wf_ctx *x, struct category *k)
{
	pa_err rc = catalog_get(x->conn, x->c->category ? x->c->category : "", k);

	if (rc == PA_ERR_NOT_FOUND) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "category",
		    "the event's category no longer exists");
		return PA_ERR_CONFLICT;
	}
	return rc;
}

/* The accept deadline stays readable once the stage has moved on (due_at then holds the next
 * stage's deadline, or 0). */
static void handle_due_set(struct case_rec *c, int64_t due)
{
	attr_set_int(c->attrs, "handle_due_at", due);
}

/* ------------------------------------------------------------------ create */

static const struct val_field create_fields[] = {
	{ "photos", VT_ARRAY, VF_NULLABLE, 0, 9, NULL, NULL },
	{ "caller_name", VT_STRING, VF_NULLABLE, 1, 40, NULL, NULL },
	{ "caller_phone", VT_STRING, VF_NULLABLE, 3, 20, NULL, NULL },
	/* a patrol's finding (排查发现) the event is made from (patrol.c) */
	{ "patrol_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	{ "patrol_item", VT_STRING, 0, 1, LIM_PATROL_CODE_CHARS, NULL, NULL },
	VAL_END
};

/* The persons an event may carry (当事人): the caller an operator registers (来电人), who
 * may also come as caller_name/caller_phone, and parties to the matter (涉事人). */
static const struct person_role person_roles[] = {
	{ "caller", "来电人", "Caller", 0, 1 },
	{ "party", "涉事人", "Party", 0, 5 },
	{ NULL, NULL, NULL, 0, 0 },
};

/* caller_name / caller_phone of older clients become a caller person in the registry
 * (encrypted); the event keeps no copy of them. Events created before the registry keep the
 * masked values they had in event_details. */
static pa_err caller_person(struct create_ctx *x, const char *source)
{
	const char *name = val_str(x->n->request, "caller_name");
	const char *phone = val_str(x->n->request, "caller_phone");
	char norm[PERSON_PHONE_MAX];
	json_t *p;

	if (strcmp(source, "operator") != 0)
		name = NULL;     /* only the platform registers a caller by name */
	if (phone && val_blank(phone))
		phone = NULL;
	if (phone && !person_phone_norm(phone, norm)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "caller_phone",
		    "%s must be a mainland mobile number (11 digits starting with 1) or a landline "
		    "with its area code", "caller_phone");
		return PA_ERR_INVALID;
	}
	if ((name == NULL || val_blank(name)) && phone == NULL)
		return PA_OK;
	p = json_pack("{s:s}", "role", "caller");
	if (name && !val_blank(name))
		json_object_set_new(p, "name", json_string(name));
	if (phone)
		json_object_set_new(p, "phone", json_string(phone));
	json_array_append_new(x->persons, p);
	return PA_OK;
}

/* Adds photo ids to the case's photos list. */
static void photos_add(json_t *attrs, const json_t *ids)
{
	json_t *list = json_object_get(attrs, "photos"), *v;
	size_t i;

	if (!json_is_array(list)) {
		list = json_array();
		json_object_set_new(attrs, "photos", list);
	}
	json_array_foreach(ids, i, v)
		json_array_append(list, (json_t *)v);
}

static pa_err on_create(struct create_ctx *x)
{
	struct case_new *n = x->n;
	struct category k;
	struct org o;
	unsigned roles;
	const char *source;
	int64_t patrol_org;
	pa_err rc;

	if ((rc = patrol_finding_check(x, &patrol_org)) != PA_OK)
		return rc;
	if (n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required: the code of a sub-category");
		return PA_ERR_INVALID;
	}
	rc = catalog_get(x->conn, n->category, &k);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && !k.has_parent)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "category",
		    "category must be the code of a sub-category of the event catalogue");
		return PA_ERR_INVALID;
	}
	if (rc != PA_OK)
		return rc;
	if (n->has_location) {
		n->org_id = grids_locate(x->conn, n->lon, n->lat);
		if (n->org_id == 0) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "lat",
			    "the location is outside every grid");
			return PA_ERR_INVALID;
		}
	}
	if (n->org_id == 0 || org_get(x->conn, n->org_id, &o) != PA_OK ||
	    strcmp(o.kind, "grid") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "choose a grid, or mark the place on the map");
		return PA_ERR_INVALID;
	}
	roles = scope_roles_at(x->user, o.path);
	source = roles & ROLE_GRID_WORKER ? "grid_worker" :
	    roles & (ROLE_OPERATOR | ROLE_LEADER | ROLE_ADMIN) ? "operator" : "citizen";
	json_object_set_new(x->attrs, "source", json_string(source));
	json_object_set_new(x->attrs, "platform", json_string(k.platform));
	json_object_set_new(x->attrs, "settle_allowed", json_boolean(k.settle_on_spot));
	attr_set_int(x->attrs, "rework_count", 0);
	attr_set_int(x->attrs, "extension_days", 0);
	attr_set_int(x->attrs, "returned", 0);
	if ((rc = caller_person(x, source)) != PA_OK)
		return rc;
	if (json_array_size(json_object_get(n->request, "photos")))
		json_object_set(x->attrs, "photos", json_object_get(n->request, "photos"));
	n->due_at = x->now + (int64_t)k.accept_hours * HOUR_MS;
	n->stage = "accept";
	n->stage_started_at = x->now;
	attr_set_int(x->attrs, "accept_due_at", n->due_at);
	return PA_OK;
}

static pa_err after_create(struct create_ctx *x)
{
	const json_t *photos = json_object_get(x->n->request, "photos");
	pa_err rc;

	if ((rc = patrol_finding_turn(x)) != PA_OK || json_array_size(photos) == 0)
		return rc;
	return attach_link(x->conn, x->id, photos, x->user->id, "photos", x->err);
}

/* ------------------------------------------------------------------ guards */

/* An escalated event is accepted by the platform above: county level or higher. */
static pa_err accept_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (strcmp(c->status, "escalated") != 0)
		return PA_OK;
	for (int i = 0; i < u->ngrants; i++) {
		const struct grant *g = &u->grants[i];
		if ((g->role & (ROLE_OPERATOR | ROLE_LEADER | ROLE_ADMIN)) &&
		    (strcmp(g->org_kind, "county") == 0 || strcmp(g->org_kind, "city") == 0 ||
		    strcmp(g->org_kind, "province") == 0) &&
		    strncmp(c->org_path, g->org_path, strlen(g->org_path)) == 0)
			return PA_OK;
	}
	pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
	    "an escalated event is accepted by the county platform");
	return PA_ERR_CONFLICT;
}

static pa_err extension_none_guard(const struct case_rec *c, const struct auth_user *u,
    int64_t now, struct pa_error *err)
{
	if (json_is_object(json_object_get(c->attrs, "extension_pending"))) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "an extension request is already waiting for the operator");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err extension_pending_guard(const struct case_rec *c, const struct auth_user *u,
    int64_t now, struct pa_error *err)
{
	if (!json_is_object(json_object_get(c->attrs, "extension_pending"))) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "no extension request is waiting");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err rate_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (case_attr_str(c, "rating") != NULL) {   /* stored: c->side when viewed */
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "this event has been rated already");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* Settling on the spot (就地解决) is for categories that allow it. */
static pa_err settle_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (!case_attr_true(c, "settle_allowed")) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "this category cannot be settled on the spot");
		return PA_ERR_CONFLICT;
	}
	if (!(scope_roles_at(u, c->org_path) & ROLE_GRID_WORKER)) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "only the grid worker of this grid settles on the spot");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ apply hooks */

static pa_err accept_apply(struct wf_ctx *x)
{
	attr_set_int(x->c->attrs, "accepted_at", x->now);
	stage_set(x->c, NULL, 0, 0);
	return PA_OK;
}

static pa_err close_apply(struct wf_ctx *x)
{
	stage_set(x->c, NULL, 0, 0);
	return PA_OK;
}

static pa_err settle_apply(struct wf_ctx *x)
{
	const json_t *photos = json_object_get(x->fields, "photos");

	if (json_array_size(photos) == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.photos",
		    "settling on the spot needs at least one photo");
		return PA_ERR_INVALID;
	}
	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	stage_set(x->c, NULL, 0, 0);
	photos_add(x->c->attrs, photos);
	x->link_photos = photos;
	return PA_OK;
}

static pa_err escalate_apply(struct wf_ctx *x)
{
	struct category k;
	pa_err rc = category_of(x, &k);

	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "escalated", json_true());
	stage_set(x->c, "accept", x->now, x->now + (int64_t)k.accept_hours * HOUR_MS);
	attr_set_int(x->c->attrs, "accept_due_at", x->c->due_at);
	return PA_OK;
}

/* Dispatch (分流交办) goes to a department the event's unit may task: one attached to a
 * township or county above the event, or the category's own department. */
static pa_err dispatch_apply(struct wf_ctx *x)
{
	int64_t unit = val_int(x->fields, "unit_id", 0), due;
	const struct sla_calendar *cal;
	struct category k;
	struct org o, parent;
	pa_err rc;

	if (org_get(x->conn, unit, &o) != PA_OK || strcmp(o.kind, "department") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.unit_id",
		    "the handling unit must be a department");
		return PA_ERR_INVALID;
	}
	if ((rc = category_of(x, &k)) != PA_OK)
		return rc;
	if (k.department_id != unit && (o.parent_id == 0 ||
	    org_get(x->conn, o.parent_id, &parent) != PA_OK ||
	    strncmp(x->c->org_path, parent.path, strlen(parent.path)) != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.unit_id",
		    "this department does not serve the event's township or county");
		return PA_ERR_INVALID;
	}
	if ((cal = sla_calendar_get(x->conn)) == NULL)
		return PA_ERR_NOMEM;
	due = sla_add_workdays(cal, x->now, k.handle_days);
	sla_calendar_put(cal);
	x->c->unit_id = unit;
	x->c->assignee_id = 0;
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	attr_set_int(x->c->attrs, "extension_days", 0);
	stage_set(x->c, "handle", x->now, due);
	handle_due_set(x->c, due);
	return PA_OK;
}

static pa_err sign_apply(struct wf_ctx *x)
{
	x->c->assignee_id = x->user->id;
	return PA_OK;
}

static pa_err return_apply(struct wf_ctx *x)
{
	x->c->unit_id = 0;
	x->c->assignee_id = 0;
	attr_set_int(x->c->attrs, "returned", attr_int(x->c->attrs, "returned") + 1);
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	stage_set(x->c, NULL, 0, 0);
	return PA_OK;
}

static pa_err request_extension_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "extension_pending", json_pack("{s:I, s:s}", "days",
	    (json_int_t)val_int(x->fields, "days", 1), "reason", x->note ? x->note : ""));
	return PA_OK;
}

static pa_err grant_extension_apply(struct wf_ctx *x)
{
	json_t *p = json_object_get(x->c->attrs, "extension_pending");
	int days = (int)json_integer_value(json_object_get(p, "days"));
	int64_t due = attr_int(x->c->attrs, "handle_due_at");
	const struct sla_calendar *cal = sla_calendar_get(x->conn);

	if (cal == NULL)
		return PA_ERR_NOMEM;
	due = sla_add_workdays(cal, due ? due : x->now, days);
	sla_calendar_put(cal);
	attr_set_int(x->c->attrs, "extension_days", attr_int(x->c->attrs, "extension_days") + days);
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	handle_due_set(x->c, due);
	x->c->due_at = due;
	x->c->warn = NULL;       /* the new deadline starts without a warning */
	return PA_OK;
}

static pa_err refuse_extension_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	return PA_OK;
}

static pa_err handle_apply(struct wf_ctx *x)
{
	const json_t *photos = json_object_get(x->fields, "photos");

	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	attr_set_int(x->c->attrs, "handled_at", x->now);
	/* verification has no deadline of its own; the handling stage's start and warning are
	 * kept for a rework */
	x->c->stage = NULL;
	x->c->due_at = 0;
	if (json_array_size(photos)) {
		photos_add(x->c->attrs, photos);
		x->link_photos = photos;
	}
	return PA_OK;
}

static pa_err verify_pass_apply(struct wf_ctx *x)
{
	int64_t due = attr_int(x->c->attrs, "handle_due_at");

	json_object_set_new(x->c->attrs, "closed_on_time", json_boolean(due && x->now <= due));
	stage_set(x->c, NULL, 0, 0);
	return PA_OK;
}

static pa_err verify_fail_apply(struct wf_ctx *x)
{
	attr_set_int(x->c->attrs, "rework_count", attr_int(x->c->attrs, "rework_count") + 1);
	/* rework (返工) runs against the same handling deadline and stage start */
	x->c->stage = "handle";
	x->c->due_at = attr_int(x->c->attrs, "handle_due_at");
	return PA_OK;
}

static pa_err rate_apply(struct wf_ctx *x)
{
	const char *rating = val_str(x->fields, "rating");
	const char *comment = val_str(x->fields, "comment");

	json_object_set_new(x->c->attrs, "rating", json_string(rating));
	json_object_set_new(x->c->attrs, "rating_comment", comment ? json_string(comment) :
	    json_null());
	attr_set_int(x->c->attrs, "rated_at", x->now);
	if (strcmp(rating, "unsatisfied") == 0 && !json_is_true(json_object_get(x->c->attrs,
	    "reviewed"))) {
		/* 不满意: back to the operator for review, once (the rule ">reviewing" tells them) */
		json_object_set_new(x->c->attrs, "reviewed", json_true());
		x->to = "reviewing";
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ the workflow */

static const struct val_field dispatch_fields[] = {
	{ "unit_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field result_fields[] = {
	{ "result", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "photos", VT_ARRAY, VF_NULLABLE, 0, 9, NULL, NULL },
	VAL_END
};
static const struct val_field settle_fields[] = {
	{ "result", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "photos", VT_ARRAY, VF_REQUIRED, 1, 9, NULL, NULL },
	VAL_END
};
static const struct val_field extension_fields[] = {
	{ "days", VT_INT, VF_REQUIRED, 1, 30, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field rate_fields[] = {
	{ "rating", VT_STRING, VF_REQUIRED, 1, 32, ratings, NULL },
	{ "comment", VT_STRING, VF_NULLABLE, 0, 500, NULL, NULL },
	VAL_END
};

static const char *const from_reported[] = { "reported", NULL };
static const char *const from_accept[] = { "reported", "escalated", NULL };
static const char *const from_escalate[] = { "reported", "accepted", NULL };
static const char *const from_dispatch[] = { "accepted", "reviewing", NULL };
static const char *const from_dispatched[] = { "dispatched", NULL };
static const char *const from_in_dept[] = { "dispatched", "signed", NULL };
static const char *const from_signed[] = { "signed", NULL };
static const char *const from_handled[] = { "handled", NULL };
static const char *const from_done[] = { "closed", "settled", NULL };
static const char *const from_reviewing[] = { "reviewing", NULL };

#define PLATFORM (ROLE_OPERATOR | ROLE_LEADER | ROLE_ADMIN)
#define DEPT (ROLE_HANDLER | ROLE_LEADER | WF_AT_UNIT)
/* Who verifies on site (核查): the grid's worker; a leader of the grid's community or street
 * too, so that a grid without a worker (a vacant post) still closes: the "verify" notice goes
 * to the nearest of them (the grid's own worker where there is one). */
#define VERIFIER (ROLE_GRID_WORKER | ROLE_LEADER)

static const struct wf_status statuses[] = {
	{ "reported", "已上报", "Reported", false },
	{ "accepted", "已受理", "Accepted", false },
	{ "rejected", "不予受理", "Not accepted", true },
	{ "settled", "就地解决", "Settled on the spot", true },
	{ "escalated", "已上报上级", "Escalated", false },
	{ "dispatched", "已交办", "Dispatched", false },
	{ "signed", "处置中", "Being handled", false },
	{ "handled", "待核查", "Awaiting verification", false },
	{ "closed", "已办结", "Closed", true },
	{ "reviewing", "待复核", "Under review", false },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "accept", "受理", "Accept", from_accept, "accepted", PLATFORM, false, NULL,
	  accept_guard, accept_apply },
	{ "reject", "不予受理", "Reject", from_reported, "rejected", PLATFORM, true, reason_fields,
	  NULL, close_apply },
	{ "settle", "就地解决", "Settle on the spot", from_reported, "settled", WF_REPORTER, false,
	  settle_fields, settle_guard, settle_apply },
	{ "escalate", "上报上级", "Escalate", from_escalate, "escalated", PLATFORM, true,
	  reason_fields, NULL, escalate_apply },
	{ "dispatch", "分流交办", "Dispatch", from_dispatch, "dispatched", PLATFORM, false,
	  dispatch_fields, NULL, dispatch_apply },
	{ "sign", "签收", "Sign for", from_dispatched, "signed", DEPT, false, NULL, NULL,
	  sign_apply },
	{ "return", "退回", "Return", from_in_dept, "accepted", DEPT, true, reason_fields, NULL,
	  return_apply },
	{ "request_extension", "延期申请", "Ask for an extension", from_in_dept, NULL, DEPT, true,
	  extension_fields, extension_none_guard, request_extension_apply },
	{ "grant_extension", "同意延期", "Grant the extension", from_in_dept, NULL, PLATFORM, false,
	  NULL, extension_pending_guard, grant_extension_apply },
	{ "refuse_extension", "不同意延期", "Refuse the extension", from_in_dept, NULL, PLATFORM,
	  true, reason_fields, extension_pending_guard, refuse_extension_apply },
	{ "handle", "处置反馈", "Report the result", from_signed, "handled", DEPT, false,
	  result_fields, NULL, handle_apply },
	{ "verify_pass", "核查通过", "Verified", from_handled, "closed", VERIFIER, false,
	  NULL, NULL, verify_pass_apply },
	{ "verify_fail", "核查不通过", "Not fixed (rework)", from_handled, "signed", VERIFIER,
	  true, reason_fields, NULL, verify_fail_apply },
	{ "rate", "评价", "Rate", from_done, NULL, WF_REPORTER, false, rate_fields, rate_guard,
	  rate_apply },
	{ "confirm", "维持办结", "Confirm the result", from_reviewing, "closed", PLATFORM, true,
	  reason_fields, NULL, close_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const char *const locked_fields[] = { "category", "lat", "lon", "due_at", NULL };

/* Free-form extras kept in the case's attrs (not filtered on). */
static const char *const attr_names[] = { "extension_pending", "photos", NULL };

static const struct tf_choice sources[] = {
	{ "citizen", "群众上报", "Citizen" },
	{ "grid_worker", "网格员上报", "Grid worker" },
	{ "operator", "平台登记", "Platform operator" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice platform_choices[] = {
	{ "zongzhi", "综治工作", "Comprehensive governance" },
	{ "shichang", "市场监管", "Market supervision" },
	{ "zonghe_zhifa", "综合执法", "Law enforcement" },
	{ "bianmin", "便民服务", "Public services" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice rating_choices[] = {
	{ "satisfied", "满意", "Satisfied" },
	{ "basically_satisfied", "基本满意", "Basically satisfied" },
	{ "unsatisfied", "不满意", "Unsatisfied" },
	{ NULL, NULL, NULL },
};

/* The event's own fields: the TF_STORED ones are the columns of event_details, in order. */
static const struct type_field fields[] = {
	{ "source", "来源", "Source", TF_CHOICE, TF_STORED | TF_LIST, sources },
	{ "platform", "平台", "Platform", TF_CHOICE, TF_STORED | TF_LIST | TF_PUBLIC,
	  platform_choices },
	{ "accept_due_at", "受理时限", "Accept by", TF_TIME, TF_STORED, NULL },
	{ "accepted_at", "受理时间", "Accepted at", TF_TIME, TF_STORED, NULL },
	{ "handle_due_at", "办理时限", "Handle by", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "handled_at", "反馈时间", "Reported back at", TF_TIME, TF_STORED, NULL },
	{ "rework_count", "返工次数", "Rework", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "extension_days", "延期天数", "Extension days", TF_INT, TF_STORED, NULL },
	{ "returned", "退回次数", "Returned", TF_INT, TF_STORED, NULL },
	{ "result", "处置结果", "Result", TF_TEXT, TF_STORED | TF_PUBLIC | TF_SEARCH, NULL },
	{ "rating", "评价", "Rating", TF_CHOICE, TF_STORED | TF_LIST | TF_PUBLIC, rating_choices },
	{ "rating_comment", "评价意见", "Rating comment", TF_TEXT, TF_STORED | TF_PUBLIC, NULL },
	{ "rated_at", "评价时间", "Rated at", TF_TIME, TF_STORED, NULL },
	{ "reviewed", "已复核", "Reviewed", TF_BOOL, TF_STORED, NULL },
	{ "escalated", "已上报上级", "Escalated", TF_BOOL, TF_STORED, NULL },
	{ "settle_allowed", "可就地解决", "May be settled on the spot", TF_BOOL, TF_STORED, NULL },
	{ "closed_on_time", "按期办结", "Closed on time", TF_BOOL, TF_STORED | TF_LIST, NULL },
	{ "caller_name", "来电人", "Caller", TF_TEXT, TF_STORED, NULL },
	{ "caller_phone", "来电号码", "Caller phone", TF_TEXT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};

/* The TF_STORED columns above, in order. */
#define SIDE_COLS \
    "d.source, d.platform, d.accept_due_at, d.accepted_at, d.handle_due_at, d.handled_at, " \
    "d.rework_count, d.extension_days, d.returned, d.result, d.rating, d.rating_comment, " \
    "d.rated_at, d.reviewed, d.escalated, d.settle_allowed, d.closed_on_time, " \
    "d.caller_name, d.caller_phone"
static const char SQL_SIDE_SELECT[] =
    "SELECT " SIDE_COLS " FROM event_details d WHERE d.case_id = ?1";
/* The case list with event_details joined (case.h CASE_LIST_WHERE_*). */
#define LIST_SELECT "SELECT " CASE_COLS ", " CASE_PERSONS_PROBE ", d.case_id, " SIDE_COLS " " CASE_FROM \
    " LEFT JOIN event_details d ON d.case_id = c.id"
static const char SQL_LIST_TS[] = LIST_SELECT CASE_LIST_WHERE_TS;
static const char SQL_LIST_T[] = LIST_SELECT CASE_LIST_WHERE_T;
static const char SQL_LIST_ROWS[] = LIST_SELECT CASE_ROWS_WHERE;
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO event_details (case_id, source, platform, accept_due_at, accepted_at, "
    "handle_due_at, handled_at, rework_count, extension_days, returned, result, rating, "
    "rating_comment, rated_at, reviewed, escalated, settle_allowed, closed_on_time, "
    "caller_name, caller_phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20) ON CONFLICT (case_id) DO UPDATE SET "
    "source = ?2, platform = ?3, accept_due_at = ?4, accepted_at = ?5, handle_due_at = ?6, "
    "handled_at = ?7, rework_count = ?8, extension_days = ?9, returned = ?10, result = ?11, "
    "rating = ?12, rating_comment = ?13, rated_at = ?14, reviewed = ?15, escalated = ?16, "
    "settle_allowed = ?17, closed_on_time = ?18, caller_name = ?19, caller_phone = ?20";

static const struct stage_def stages[] = {
	{ "accept", "受理", "Acceptance" },
	{ "handle", "处置", "Handling" },
	{ NULL, NULL, NULL },
};

static const char *const done_verify[] = { "verify_pass", "verify_fail", NULL };
static const char *const done_sign[] = { "sign", "return", NULL };
static const char *const done_review[] = { "dispatch", "confirm", NULL };
static const char *const done_rework[] = { "handle", NULL };

/* Who is told (通知规则): the reporter on 受理, 交办 and 办结 (请评价); the department on
 * dispatch; the grid worker to verify (the nearest leader where the grid has none); the county platform on escalation; the unit's leader
 * on a red warning. */
static const struct notify_rule notify_rules[] = {
	{ "accept", NR_REPORTER, "accepted", "您上报的事件已受理：%s", "Your report was accepted: %s",
	  NULL },
	{ "dispatch", NR_REPORTER, "dispatched_reporter", "您上报的事件已交办职能部门：%s",
	  "Your report was passed to a department: %s", NULL },
	{ "dispatch", NR_AT_UNIT | ROLE_HANDLER | ROLE_LEADER, "dispatched", "新交办事件：%s",
	  "New event to handle: %s", done_sign },
	{ "handle", NR_AT_ORG | VERIFIER, "verify", "待核查：%s",
	  "To verify on site: %s", done_verify },
	{ "verify_fail", NR_ASSIGNEE, "rework", "核查不通过，请返工：%s",
	  "Not fixed, please rework: %s", done_rework },
	{ ">closed", NR_REPORTER, "closed", "事件已办结，请评价：%s",
	  "Your report was closed, please rate it: %s", NULL },
	{ ">settled", NR_REPORTER, "closed", "事件已就地解决，请评价：%s",
	  "Your report was settled on the spot, please rate it: %s", NULL },
	{ ">reviewing", NR_AT_ORG | ROLE_OPERATOR, "review", "群众不满意，请复核：%s",
	  "The reporter is not satisfied, please review: %s", done_review },
	{ "escalate", NR_AT_COUNTY | ROLE_OPERATOR, "escalated", "下级平台上报事件，请受理：%s",
	  "An event was escalated to you, please accept it: %s", NULL },
	{ "warn_yellow", NR_ASSIGNEE | NR_AT_UNIT | NR_AT_ORG | ROLE_OPERATOR | ROLE_HANDLER,
	  "warning", "黄色预警：「%s」时限已用七成", "Yellow warning: 70%% of the time is used: %s",
	  NULL },
	{ "warn_red", NR_ASSIGNEE | NR_AT_UNIT | NR_AT_ORG | ROLE_OPERATOR | ROLE_HANDLER,
	  "warning", "红色预警：「%s」已超期", "Red warning: overdue: %s", NULL },
	/* the leader apart: the nearest leader (a community's own) and the platform's operators
	 * are both told, one does not hide the other */
	{ "warn_red", NR_AT_ORG | ROLE_LEADER, "warning", "红色预警：「%s」已超期",
	  "Red warning: overdue: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

/* The appraisal numbers (formulas in docs/indicators.md; computed in indicators.c). */
const struct indicator_def event_indicators[] = {
	{ "reported", "上报数", "Reported", IND_COUNT },
	{ "acceptance_rate", "受理率", "Acceptance rate", IND_RATIO },
	{ "settled_rate", "就地解决率", "Settled on the spot", IND_RATIO },
	{ "on_time_rate", "按期办结率", "Closed on time", IND_RATIO },
	{ "closure_rate", "结案率", "Closure rate", IND_RATIO },
	{ "rework_rate", "返工率", "Rework rate", IND_RATIO },
	{ "extension_rate", "延期率", "Extension rate", IND_RATIO },
	{ "satisfaction_rate", "满意率", "Satisfaction rate", IND_RATIO },
	{ "avg_close_hours", "平均办结时长（小时）", "Average hours to close", IND_HOURS },
	{ NULL, NULL, NULL, IND_COUNT },
};

/* The warning is computed at read time, so that a page shows red the moment it is overdue. */
static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	enum sla_level l = c->closed_at ? SLA_NONE :
	    sla_level_at(c->stage_started_at, c->stage ? c->due_at : 0, now);

	sb_adds(b, ",\"warn\":");
	sb_json_str(b, l == SLA_RED ? "red" : l == SLA_YELLOW ? "yellow" :
	    l == SLA_NORMAL ? "normal" : NULL);
	sb_adds(b, ",\"platform_name\":");
	sb_json_str(b, platform_name(case_attr_str(c, "platform")));
}

/* Until when extra_json writes what it writes at now: the next instant the warning level
 * changes (sla_level_at is a step function of the time with steps at the yellow mark, at
 * the deadline and just after it), or never. */
static int64_t json_until(const struct case_rec *c, int64_t now)
{
	int64_t start = c->stage_started_at, due = c->stage ? c->due_at : 0, at[3];
	enum sla_level l;

	if (c->closed_at || due <= 0)
		return INT64_MAX;
	l = sla_level_at(start, due, now);
	at[0] = due > start ? case_next_warn_at(start, due, NULL, 0) : due;
	at[1] = due;
	at[2] = due + 1;
	for (int i = 0; i < 3; i++)
		if (at[i] > now && sla_level_at(start, due, at[i]) != l)
			return at[i];
	return INT64_MAX;
}

/* Exports show a sub-category as "大类 / 小类" from the catalogue, in the reader's language. */
static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	struct category k, p;

	if (catalog_get(c, code, &k) != PA_OK)
		return false;
	if (k.has_parent && catalog_get(c, k.parent, &p) == PA_OK)
		snprintf(out, outlen, "%s / %s", catalog_name(&p, en), catalog_name(&k, en));
	else
		snprintf(out, outlen, "%s", catalog_name(&k, en));
	utf8_clip(out);
	return true;
}


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "this department does not serve the event's township or county",
	    "该职能部门不承办本事件所在乡镇（街道）或区县的事务" },
	{ "the event's category no longer exists", "该事件的分类已不存在" },
	{ "category is required: the code of a sub-category", "请选择事件分类（小类）" },
	{ "category must be the code of a sub-category of the event catalogue",
	    "事件分类必须是事件目录中的小类" },
	{ "the location is outside every grid", "该位置不在任何网格内" },
	{ "choose a grid, or mark the place on the map", "请选择所属网格，或在地图上标出位置" },
	{ "an escalated event is accepted by the county platform", "已上报上级的事件由县级平台受理" },
	{ "an extension request is already waiting for the operator", "已有延期申请正在等待审核" },
	{ "no extension request is waiting", "没有待审核的延期申请" },
	{ "this event has been rated already", "该事件已评价" },
	{ "this category cannot be settled on the spot", "该类事件不能就地解决" },
	{ "only the grid worker of this grid settles on the spot", "只有本网格的网格员可以就地解决" },
	{ "settling on the spot needs at least one photo", "就地解决须上传至少一张照片" },
	{ "the handling unit must be a department", "承办单位必须是职能部门" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "caller_phone", "来电号码", "caller's phone number", NULL, NULL },
	{ "caller_name", "来电人姓名", "caller's name", NULL, NULL },
	{ "rating", "评价", "rating", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type event_type = {
	.code = "event",
	.name_zh = "网格事件",
	.name_en = "Grid event",
	.code_prefix = "SJ",
	.initial = "reported",
	.statuses = statuses,
	.actions = actions,
	.who_create = ROLE_GRID_WORKER | ROLE_OPERATOR | ROLE_LEADER | ROLE_ADMIN | ROLE_CITIZEN,
	.attr_names = attr_names,
	.categories = NULL,
	.locked_fields = locked_fields,
	.create_fields = create_fields,
	.on_create = on_create,
	.after_create = after_create,
	.extra_json = extra_json,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.list_sql_ts = SQL_LIST_TS,
	.list_sql_t = SQL_LIST_T,
	.row_sql = SQL_LIST_ROWS,
	.side_table = "event_details",
	.json_until = json_until,
	.stages = stages,
	.notify = notify_rules,
	.indicators = event_indicators,
	.catalog = true,
	.map_layer = true,
	.category_name = category_name,
	.person_roles = person_roles,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ------------------------------------------------------------------ old callers */

/* Events registered before the persons registry kept the caller's name in plain text in
 * event_details.caller_name (and the phone masked in caller_phone). event_callers_move makes
 * each such name a `caller` person of its case (encrypted, blind-indexed) and clears the
 * column, CALLERS_MOVE_BATCH cases per transaction; a cleared row is the progress, so a run
 * stopped half way continues where it stopped. The masked phone cannot be turned back into a
 * number: it stays as it was. */
#define CALLERS_MOVE_BATCH 200

static const char SQL_CALLERS_NEXT[] =
    "SELECT d.case_id, d.caller_name, c.reporter_id, c.created_at FROM event_details d "
    "JOIN cases c ON c.id = d.case_id WHERE d.case_id > ?1 AND d.caller_name IS NOT NULL "
    "ORDER BY d.case_id LIMIT ?2";
static const char SQL_CALLER_CLEAR[] =
    "UPDATE event_details SET caller_name = NULL WHERE case_id = ?1";

struct callers_job {
	int n;
	int64_t case_id[CALLERS_MOVE_BATCH], user_id[CALLERS_MOVE_BATCH], at[CALLERS_MOVE_BATCH];
	struct person_batch *b[CALLERS_MOVE_BATCH];   /* NULL: a blank name, only cleared */
};

static pa_err callers_run(struct db_conn *w, void *ctx)
{
	struct callers_job *j = ctx;
	struct db_stmt *s;
	pa_err rc;

	for (int i = 0; i < j->n; i++) {
		if (j->b[i] && (rc = person_batch_write(w, j->b[i], j->case_id[i], j->user_id[i],
		    j->at[i])) != PA_OK)
			return rc;
		if ((s = db_prepare(w, SQL_CALLER_CLEAR)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->case_id[i]);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

pa_err event_callers_move(struct db *db, FILE *progress)
{
	struct db_conn *rd = db_reader(db);
	struct callers_job *j = calloc(1, sizeof *j);
	int64_t after = 0, moved = 0;
	pa_err rc = PA_OK;

	if (rd == NULL || j == NULL) {
		rc = rd == NULL ? PA_ERR_DB : PA_ERR_NOMEM;
		goto out;
	}
	for (;;) {
		struct db_stmt *s = db_prepare(rd, SQL_CALLERS_NEXT);
		int r;
		if (s == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, after);
		db_bind_int(s, 2, CALLERS_MOVE_BATCH);
		j->n = 0;
		while (rc == PA_OK && j->n < CALLERS_MOVE_BATCH && (r = db_step(s)) == DB_ROW) {
			const char *name = db_col_text(s, 1);
			struct pa_error err = { 0 };
			int i = j->n++;
			j->case_id[i] = db_col_int(s, 0);
			j->user_id[i] = db_col_int(s, 2);
			j->at[i] = db_col_int(s, 3);
			j->b[i] = NULL;
			after = j->case_id[i];
			if (name == NULL || val_blank(name))
				continue;
			{
				json_t *arr = json_pack("[{s:s, s:s}]", "role", "caller", "name", name);
				rc = arr ? person_batch_prepare(rd, &event_type, arr, "caller_name", false,
				    NULL, j->at[i], &j->b[i], &err) : PA_ERR_NOMEM;
				if (arr) {   /* the name's copy in the JSON goes too */
					json_t *v = json_object_get(json_array_get(arr, 0), "name");
					sodium_memzero((char *)json_string_value(v), json_string_length(v));
				}
				json_decref(arr);
			}
			if (rc == PA_ERR_INVALID) {
				/* a name the registry refuses (never longer than the old limit, so not
				 * expected): not kept in plain text either, the column is cleared */
				if (progress)
					fprintf(progress, "  callers: case %lld: name not taken (%s)\n",
					    (long long)j->case_id[i], err.message[0] ? err.message : "invalid");
				rc = PA_OK;
			}
			pa_error_clear(&err);
		}
		db_reset(s);
		if (rc == PA_OK && j->n > 0)
			rc = db_write(db, callers_run, j);
		for (int i = 0; i < j->n; i++) {
			moved += j->b[i] != NULL;
			person_batch_free(j->b[i]);
			j->b[i] = NULL;
		}
		if (rc != PA_OK || j->n < CALLERS_MOVE_BATCH)
			break;
	}
	if (rc == PA_OK && moved > 0) {
		/* the cleared names must not stay in old WAL frames either (secure_delete zeroes the
		 * freed space of the pages themselves) */
		db_checkpoint_truncate(db);
		if (progress)
			fprintf(progress, "  callers: %lld old caller names moved into the persons "
			    "registry\n", (long long)moved);
	}
out:
	free(j);
	return rc;
}
