/* event.c — grid events (网格事件, case type "event"): report → accept / reject / settle on
 * the spot → dispatch to a department → sign → handle → verify on site (pass closes, fail is
 * rework 返工) → rating by the reporter; return, escalation, extensions; deadlines per stage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../org/grids.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

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

/* Starts a stage with a deadline, or clears the deadline (due 0). */
static void stage_set(struct case_rec *c, const char *stage, int64_t start, int64_t due)
{
	json_object_set_new(c->attrs, "stage", stage ? json_string(stage) : json_null());
	attr_set_int(c->attrs, "stage_started_at", stage ? start : 0);
	json_object_set_new(c->attrs, "warn", json_string("normal"));
	c->due_at = due;
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
static void accept_due_set(json_t *attrs, int64_t due)
{
	char t[TIME_STR_MAX];

	time_format(due, t);
	json_object_set_new(attrs, "accept_due_at", json_string(t));
}

static void handle_due_set(struct case_rec *c, int64_t due)
{
	char t[TIME_STR_MAX];

	attr_set_int(c->attrs, "handle_due_ms", due);
	time_format(due, t);
	json_object_set_new(c->attrs, "handle_due_at", json_string(t));
}

const char *event_warn_text(const char *attrs_json, int64_t due_at, int64_t now)
{
	json_error_t je;
	json_t *a = attrs_json ? json_loads(attrs_json, 0, &je) : NULL;
	enum sla_level l = sla_level_at(attr_int(a, "stage_started_at"), due_at, now);

	json_decref(a);
	return l == SLA_RED ? "red" : l == SLA_YELLOW ? "yellow" : "normal";
}

/* ------------------------------------------------------------------ create */

static const struct val_field create_fields[] = {
	{ "photos", VT_ARRAY, VF_NULLABLE, 0, 9, NULL, NULL },
	{ "caller_name", VT_STRING, VF_NULLABLE, 1, 40, NULL, NULL },
	{ "caller_phone", VT_STRING, VF_NULLABLE, 3, 20, NULL, NULL },
	VAL_END
};

/* Personal data is kept masked (138****5678) until encrypted storage of personal data lands:
 * the operator sees enough to recognise a caller, a leak gives nothing away. */
static json_t *phone_masked(const char *p)
{
	char out[32];
	size_t n = strlen(p);

	for (size_t i = 0; i < n; i++)
		if (!((p[i] >= '0' && p[i] <= '9') || p[i] == '+' || p[i] == '-' || p[i] == ' '))
			return NULL;
	if (n <= 7)
		snprintf(out, sizeof out, "****");
	else
		snprintf(out, sizeof out, "%.3s****%s", p, p + n - 4);
	return json_string(out);
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
	pa_err rc;

	if (n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required: the code of a sub-category (小类)");
		return PA_ERR_INVALID;
	}
	rc = catalog_get(x->conn, n->category, &k);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && !k.has_parent)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "category",
		    "category must be the code of a sub-category (小类) of the event catalogue");
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
		    "org_id must be a grid (网格), or give lat and lon");
		return PA_ERR_INVALID;
	}
	roles = scope_roles_at(x->user, o.path);
	source = roles & ROLE_GRID_WORKER ? "grid_worker" :
	    roles & (ROLE_OPERATOR | ROLE_LEADER | ROLE_ADMIN) ? "operator" : "citizen";
	json_object_set_new(x->attrs, "source", json_string(source));
	json_object_set_new(x->attrs, "platform", json_string(k.platform));
	json_object_set_new(x->attrs, "stage", json_string("accept"));
	attr_set_int(x->attrs, "stage_started_at", x->now);
	json_object_set_new(x->attrs, "warn", json_string("normal"));
	attr_set_int(x->attrs, "rework_count", 0);
	attr_set_int(x->attrs, "extension_days", 0);
	if (strcmp(source, "operator") == 0 && val_str(n->request, "caller_name"))
		json_object_set_new(x->attrs, "caller_name",
		    json_string(val_str(n->request, "caller_name")));
	if (val_str(n->request, "caller_phone")) {
		json_t *m = phone_masked(val_str(n->request, "caller_phone"));
		if (m == NULL) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "caller_phone",
			    "caller_phone may hold only digits, '+', '-' and spaces");
			return PA_ERR_INVALID;
		}
		json_object_set_new(x->attrs, "caller_phone", m);
	}
	if (json_array_size(json_object_get(n->request, "photos")))
		json_object_set(x->attrs, "photos", json_object_get(n->request, "photos"));
	n->due_at = x->now + (int64_t)k.accept_hours * HOUR_MS;
	accept_due_set(x->attrs, n->due_at);
	return PA_OK;
}

static pa_err after_create(struct create_ctx *x)
{
	const json_t *photos = json_object_get(x->n->request, "photos");

	if (json_array_size(photos) == 0)
		return PA_OK;
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
	if (json_object_get(c->attrs, "rating")) {
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
	if (!json_is_true(json_object_get(c->attrs, "settle_allowed"))) {
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
	return attach_link(x->conn, x->c->id, photos, x->user->id, "fields.photos", x->err);
}

static pa_err escalate_apply(struct wf_ctx *x)
{
	struct category k;
	pa_err rc = category_of(x, &k);

	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "escalated", json_true());
	stage_set(x->c, "accept", x->now, x->now + (int64_t)k.accept_hours * HOUR_MS);
	accept_due_set(x->c->attrs, x->c->due_at);
	return PA_OK;
}

static pa_err dispatch_apply(struct wf_ctx *x)
{
	int64_t unit = val_int(x->fields, "unit_id", 0), due;
	struct sla_calendar *cal;
	struct category k;
	struct org o;
	char msg[LIM_TITLE_CHARS * 4 + 64];
	pa_err rc;

	if (org_get(x->conn, unit, &o) != PA_OK || strcmp(o.kind, "department") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.unit_id",
		    "fields.unit_id must be a department (职能部门)");
		return PA_ERR_INVALID;
	}
	if ((rc = category_of(x, &k)) != PA_OK)
		return rc;
	cal = sla_calendar_load(x->conn);
	due = sla_add_workdays(cal, x->now, k.handle_days);
	sla_calendar_free(cal);
	x->c->unit_id = unit;
	x->c->assignee_id = 0;
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	attr_set_int(x->c->attrs, "extension_days", 0);
	stage_set(x->c, "handle", x->now, due);
	handle_due_set(x->c, due);
	snprintf(msg, sizeof msg, "新交办事件：%s", x->c->title);
	utf8_clip(msg);
	return notify_unit(x->conn, unit, ROLE_HANDLER | ROLE_LEADER, x->c->id, "dispatched", msg,
	    x->now);
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
	int64_t due = attr_int(x->c->attrs, "handle_due_ms");
	struct sla_calendar *cal = sla_calendar_load(x->conn);

	due = sla_add_workdays(cal, due ? due : x->now, days);
	sla_calendar_free(cal);
	attr_set_int(x->c->attrs, "extension_days", attr_int(x->c->attrs, "extension_days") + days);
	json_object_set_new(x->c->attrs, "extension_pending", json_null());
	handle_due_set(x->c, due);
	x->c->due_at = due;
	json_object_set_new(x->c->attrs, "warn", json_string("normal"));
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
	char msg[LIM_TITLE_CHARS * 4 + 64];
	pa_err rc;

	json_object_set_new(x->c->attrs, "result", json_string(val_str(x->fields, "result")));
	attr_set_int(x->c->attrs, "handled_at", x->now);
	x->c->due_at = 0;                 /* verification has no deadline of its own */
	json_object_set_new(x->c->attrs, "stage", json_null());
	if (json_array_size(photos)) {
		photos_add(x->c->attrs, photos);
		if ((rc = attach_link(x->conn, x->c->id, photos, x->user->id, "fields.photos",
		    x->err)) != PA_OK)
			return rc;
	}
	snprintf(msg, sizeof msg, "待核查：%s", x->c->title);
	utf8_clip(msg);
	return notify_unit(x->conn, x->c->org_id, ROLE_GRID_WORKER, x->c->id, "verify", msg, x->now);
}

static pa_err verify_pass_apply(struct wf_ctx *x)
{
	int64_t due = attr_int(x->c->attrs, "handle_due_ms");

	json_object_set_new(x->c->attrs, "closed_on_time", json_boolean(due && x->now <= due));
	stage_set(x->c, NULL, 0, 0);
	return PA_OK;
}

static pa_err verify_fail_apply(struct wf_ctx *x)
{
	int64_t due = attr_int(x->c->attrs, "handle_due_ms");
	char msg[LIM_TITLE_CHARS * 4 + 64];

	attr_set_int(x->c->attrs, "rework_count", attr_int(x->c->attrs, "rework_count") + 1);
	/* rework (返工) runs against the same handling deadline */
	json_object_set_new(x->c->attrs, "stage", json_string("handle"));
	x->c->due_at = due;
	snprintf(msg, sizeof msg, "核查不通过，请返工：%s", x->c->title);
	utf8_clip(msg);
	if (x->c->assignee_id)
		return notify_user(x->conn, x->c->assignee_id, x->c->id, "rework", msg, x->now);
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
		/* 不满意: back to the operator for review, once */
		json_object_set_new(x->c->attrs, "reviewed", json_true());
		x->to = "reviewing";
		return notify_unit(x->conn, x->c->org_id, ROLE_OPERATOR, x->c->id, "review",
		    "群众不满意，请复核", x->now);
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
	{ "verify_pass", "核查通过", "Verified", from_handled, "closed", ROLE_GRID_WORKER, false,
	  NULL, NULL, verify_pass_apply },
	{ "verify_fail", "核查不通过", "Not fixed (rework)", from_handled, "signed", ROLE_GRID_WORKER,
	  true, reason_fields, NULL, verify_fail_apply },
	{ "rate", "评价", "Rate", from_done, NULL, WF_REPORTER, false, rate_fields, rate_guard,
	  rate_apply },
	{ "confirm", "维持办结", "Confirm the result", from_reviewing, "closed", PLATFORM, true,
	  reason_fields, NULL, close_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const char *const locked_fields[] = { "category", "lat", "lon", "due_at", NULL };

static const char *const attr_names[] = { "source", "platform", "stage", "rework_count",
	"extension_days", "extension_pending", "result", "rating", "rating_comment", "reviewed",
	"escalated", "photos", "caller_name", "caller_phone", "accept_due_at", "handle_due_at", "closed_on_time", NULL };

/* The warning is computed at read time, so that a page shows red the moment it is overdue. */
static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	enum sla_level l = c->closed_at ? SLA_NONE :
	    sla_level_at(attr_int(c->attrs, "stage_started_at"), c->due_at, now);

	sb_adds(b, ",\"warn\":");
	sb_json_str(b, l == SLA_RED ? "red" : l == SLA_YELLOW ? "yellow" :
	    l == SLA_NORMAL ? "normal" : NULL);
	sb_adds(b, ",\"platform_name\":");
	sb_json_str(b, platform_name(json_string_value(json_object_get(c->attrs, "platform"))));
}

static pa_err on_create_with_settle(struct create_ctx *x)
{
	struct category k;
	pa_err rc = on_create(x);

	if (rc == PA_OK && catalog_get(x->conn, x->n->category, &k) == PA_OK && k.settle_on_spot)
		json_object_set_new(x->attrs, "settle_allowed", json_true());
	return rc;
}

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
	.on_create = on_create_with_settle,
	.after_create = after_create,
	.extra_json = extra_json,
};
