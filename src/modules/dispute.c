/* dispute.c — disputes and mediation (矛盾纠纷调解, case type "dispute"), the 枫桥经验:
 * 小事不出村、大事不出镇、矛盾不上交.
 *
 * A dispute starts at the lowest level above where it arose: village (the community's 调委会),
 * township (司法所/综治中心), county (矛调中心); court referral (诉调对接) is the last level.
 * The level's unit holds it (the case's assigned unit), so its mediators act on it
 * (WF_AT_UNIT). It moves up only by `escalate` with a reason and the level above may
 * `send_back` down. Mediation sessions (`record_session`) lead to an outcome: `agree` with
 * the terms (then follow-up visits 回访 at 7 and 30 days, `follow_up` kept or broken; broken
 * reopens it), `partial`, `fail`, `refer`. `flag_risk` marks the risk of turning violent or
 * criminal (民转刑风险) and links a risk; a risk created with "dispute_id" flags and links it in
 * the same write (risk.c). A grid event of the 矛盾纠纷 category becomes a dispute by a create
 * with "event_id"; the two stay linked (case_links).
 *
 * Parties (当事人) are persons of the platform's registry, given in the generic "persons"
 * array: the side of each is its role, applicant (申请人) or respondent (被申请人), at least one
 * of each, so two or more parties. Nothing about them is stored here; the agreement shows
 * them masked. A dispute turned from an event takes the event's caller as applicant and its
 * parties as respondents when the request names no persons.
 */
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "governance.h"

/* ------------------------------------------------------------------ helpers */

static const char *attr_str(const json_t *attrs, const char *k)
{
	return json_string_value(json_object_get(attrs, k));
}

static int64_t attr_int(const json_t *attrs, const char *k)
{
	return json_integer_value(json_object_get(attrs, k));
}

static void stage_set(struct case_rec *c, const char *stage, int64_t start, int64_t due)
{
	c->stage = stage;
	c->stage_started_at = stage ? start : 0;
	c->warn = NULL;
	c->due_at = stage ? due : 0;
}

static int level_of(const struct case_rec *c)
{
	return gov_level_index(attr_str(c->attrs, "level"));
}

/* Appends obj to the list attrs[k] (created when absent). */
static void list_append(json_t *attrs, const char *k, json_t *obj)
{
	json_t *l = json_object_get(attrs, k);

	if (!json_is_array(l)) {
		l = json_array();
		json_object_set_new(attrs, k, l);
	}
	json_array_append_new(l, obj);
}

/* Moves the dispute to level l: its unit holds it, nobody is assigned yet. */
static pa_err move_to(struct wf_ctx *x, int l)
{
	int64_t unit = gov_level_unit(x->conn, x->c->org_id, l);

	if (unit == 0) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "action",
		    "there is no unit at that level above this dispute");
		return PA_ERR_CONFLICT;
	}
	x->c->unit_id = unit;
	x->c->assignee_id = 0;
	json_object_set_new(x->c->attrs, "level", json_string(gov_level_codes[l]));
	return PA_OK;
}

/* The first mediator who records a session (or agrees) takes the dispute. */
static void take(struct wf_ctx *x)
{
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
}

/* ------------------------------------------------------------------ create */

/* The parties (当事人) with their side. */
static const struct person_role person_roles[] = {
	{ "applicant", "申请人", "Applicant", 1, 10 },
	{ "respondent", "被申请人", "Respondent", 1, 10 },
	{ NULL, NULL, NULL, 0, 0 },
};

static const char SQL_EVENT_LINKED[] =
    "SELECT 1 FROM case_links WHERE (a = ?1 OR b = ?1) AND kind = 'from_event'";

/* The dispute kind of a 矛盾纠纷 sub-category of the event catalogue. */
static const char *kind_of_event_category(const char *cat)
{
	static const char *const map[][2] = {
		{ "MD01", "neighbour" }, { "MD02", "family" }, { "MD03", "labour" },
		{ "MD04", "property" },
	};

	for (size_t i = 0; cat && i < sizeof map / sizeof map[0]; i++)
		if (strcmp(cat, map[i][0]) == 0)
			return map[i][1];
	return "other";
}

/* "event_id": a grid event of the 矛盾纠纷 category (MD..) in the caller's scope, not turned
 * into a dispute before; the dispute takes its place, kind and text unless given. */
static pa_err from_event(struct create_ctx *x, int64_t event_id)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec ev = { 0 };
	struct db_stmt *s;
	pa_err rc;
	int r;

	if (a == NULL)
		return PA_ERR_NOMEM;
	rc = case_get_visible(x->conn, a, event_id, x->user, &ev);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(ev.type->code, "event") != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "event_id",
		    "the source event is not a grid event you may see");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if (rc != PA_OK)
		goto out;
	if (ev.category == NULL || strncmp(ev.category, "MD", 2) != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "event_id",
		    "only an event of the dispute category can become a dispute");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if ((s = db_prepare(x->conn, SQL_EVENT_LINKED)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, event_id);
	r = db_step(s);
	db_reset(s);
	if (r == DB_ROW) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "event_id",
		    "this event was already turned into a dispute");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	x->n->org_id = ev.org_id;
	/* no persons given: the event's caller applies, its parties respond */
	if (json_array_size(x->persons) == 0) {
		json_t *p;
		size_t i;
		json_array_foreach(ev.persons, i, p) {
			const char *role = json_string_value(json_object_get(p, "role"));
			json_int_t pid = json_integer_value(json_object_get(p, "id"));
			if (role && pid)
				json_array_append_new(x->persons, json_pack("{s:s, s:I}", "role",
				    strcmp(role, "caller") == 0 ? "applicant" : "respondent", "person_id",
				    pid));
		}
	}
	if (x->n->category == NULL)
		x->n->category = kind_of_event_category(ev.category);
	json_object_set_new(x->attrs, "event_id", json_integer(event_id));
	json_object_set_new(x->attrs, "event_code", json_string(ev.code));
	rc = PA_OK;
out:
	case_rec_clear(&ev);
	arena_free(a);
	return rc;
}

static pa_err on_create(struct create_ctx *x)
{
	int64_t event_id = val_int(x->n->request, "event_id", 0);
	int l;
	pa_err rc;

	if (event_id && (rc = from_event(x, event_id)) != PA_OK)
		return rc;
	if (x->n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required: the kind of dispute");
		return PA_ERR_INVALID;
	}
	if ((l = gov_start_level(x->conn, x->n->org_id)) < 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit of a dispute must be a grid, community, township or county");
		return PA_ERR_INVALID;
	}
	x->n->unit_id = gov_level_unit(x->conn, x->n->org_id, l);
	json_object_set_new(x->attrs, "level", json_string(gov_level_codes[l]));
	json_object_set_new(x->attrs, "start_level", json_string(gov_level_codes[l]));
	json_object_set_new(x->attrs, "escalations", json_integer(0));
	json_object_set_new(x->attrs, "reopened", json_integer(0));
	json_object_set_new(x->attrs, "violent_risk", json_false());
	json_object_set_new(x->attrs, "sessions", json_array());
	json_object_set_new(x->attrs, "follow_ups", json_array());
	return PA_OK;
}

static pa_err after_create(struct create_ctx *x)
{
	int64_t event_id = attr_int(x->attrs, "event_id");
	char data[64];
	pa_err rc;

	if (event_id == 0)
		return PA_OK;
	if ((rc = gov_link(x->conn, x->id, event_id, "from_event", x->now)) != PA_OK)
		return rc;
	snprintf(data, sizeof data, "{\"dispute_id\":%lld}", (long long)x->id);
	return gov_note(x->conn, event_id, x->user->id, x->now, "已转为矛盾纠纷调解", data);
}

/* ------------------------------------------------------------------ guards */

static pa_err escalate_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)u;
	(void)now;
	if (level_of(c) >= GOV_COURT) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "the dispute is already referred to the court; it cannot be escalated further");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err send_back_guard(const struct case_rec *c, const struct auth_user *u,
    int64_t now, struct pa_error *err)
{
	(void)u;
	(void)now;
	if (level_of(c) <= gov_level_index(attr_str(c->attrs, "start_level")) ||
	    level_of(c) <= GOV_VILLAGE) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "the dispute is at the level where it arose; it cannot be sent further down");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err agree_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)u;
	(void)now;
	if (json_array_size(json_object_get(c->attrs, "sessions")) == 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "record a mediation session before the outcome");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ apply hooks */

static pa_err escalate_apply(struct wf_ctx *x)
{
	pa_err rc = move_to(x, level_of(x->c) + 1);

	if (rc == PA_OK)
		json_object_set_new(x->c->attrs, "escalations",
		    json_integer(attr_int(x->c->attrs, "escalations") + 1));
	return rc;
}

static pa_err send_back_apply(struct wf_ctx *x)
{
	return move_to(x, level_of(x->c) - 1);
}

static pa_err session_apply(struct wf_ctx *x)
{
	json_t *s = json_pack("{s:I, s:s, s:s, s:s, s:s, s:I, s:s}",
	    "n", (json_int_t)json_array_size(json_object_get(x->c->attrs, "sessions")) + 1,
	    "date", val_str(x->fields, "date"), "place", val_str(x->fields, "place"),
	    "attendees", val_str(x->fields, "attendees"), "notes", val_str(x->fields, "notes"),
	    "by", (json_int_t)x->user->id, "level", attr_str(x->c->attrs, "level"));

	if (s == NULL)
		return PA_ERR_NOMEM;
	list_append(x->c->attrs, "sessions", s);
	take(x);
	return PA_OK;
}

static pa_err outcome_set(struct wf_ctx *x, const char *outcome)
{
	json_object_set_new(x->c->attrs, "outcome", json_string(outcome));
	if (val_str(x->fields, "terms"))
		json_object_set_new(x->c->attrs, "terms", json_string(val_str(x->fields, "terms")));
	take(x);
	return PA_OK;
}

static pa_err agree_apply(struct wf_ctx *x)
{
	outcome_set(x, "agree");
	json_object_set_new(x->c->attrs, "agreed_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "resolved_level", json_string(attr_str(x->c->attrs,
	    "level")));
	json_object_set_new(x->c->attrs, "follow7", json_null());
	json_object_set_new(x->c->attrs, "follow30", json_null());
	stage_set(x->c, "follow7", x->now, x->now + DISPUTE_FOLLOW1_DAYS * GOV_DAY_MS);
	return PA_OK;
}

static pa_err partial_apply(struct wf_ctx *x)
{
	return outcome_set(x, "partial");
}

static pa_err fail_apply(struct wf_ctx *x)
{
	return outcome_set(x, "fail");
}

static pa_err refer_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "referred_to", json_string(val_str(x->fields, "referred_to")));
	return outcome_set(x, "refer");
}

/* A follow-up visit (回访): the 7-day one first, then the 30-day one. Kept at 30 days closes
 * the dispute (化解); broken at either reopens the mediation. */
static pa_err follow_up_apply(struct wf_ctx *x)
{
	const char *result = val_str(x->fields, "visit_result");
	bool first = !json_is_string(json_object_get(x->c->attrs, "follow7"));
	int64_t agreed = attr_int(x->c->attrs, "agreed_at");
	json_t *f = json_pack("{s:s, s:s, s:I, s:s}", "visit", first ? "7" : "30",
	    "result", result, "by", (json_int_t)x->user->id, "note", x->note ? x->note : "");
	char at[TIME_STR_MAX];

	if (f == NULL)
		return PA_ERR_NOMEM;
	time_format(x->now, at);
	json_object_set_new(f, "at", json_string(at));
	list_append(x->c->attrs, "follow_ups", f);
	json_object_set_new(x->c->attrs, first ? "follow7" : "follow30", json_string(result));
	if (strcmp(result, "broken") == 0) {
		x->to = "mediating";
		json_object_set_new(x->c->attrs, "outcome", json_null());
		json_object_set_new(x->c->attrs, "resolved_level", json_null());
		json_object_set_new(x->c->attrs, "reopened",
		    json_integer(attr_int(x->c->attrs, "reopened") + 1));
		stage_set(x->c, NULL, 0, 0);
		return PA_OK;
	}
	if (first) {
		stage_set(x->c, "follow30", agreed, agreed + DISPUTE_FOLLOW2_DAYS * GOV_DAY_MS);
		return PA_OK;
	}
	x->to = "resolved";
	return PA_OK;
}

/* 民转刑风险: on the leaders' watch list, linked to an existing risk (a new risk is created
 * with "dispute_id", which flags the dispute in the same write). */
static pa_err flag_risk_apply(struct wf_ctx *x)
{
	int64_t risk = val_int(x->fields, "risk_id", 0);
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec rc_ = { 0 };
	pa_err rc;

	if (a == NULL)
		return PA_ERR_NOMEM;
	rc = case_get_visible(x->conn, a, risk, x->user, &rc_);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(rc_.type->code, "risk") != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.risk_id",
		    "the related risk is not a risk you may see");
		rc = PA_ERR_INVALID;
	}
	case_rec_clear(&rc_);
	arena_free(a);
	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "violent_risk", json_true());
	json_object_set_new(x->c->attrs, "risk_id", json_integer(risk));
	return PA_OK;
}

static const char SQL_ASSIGNABLE[] =
    "SELECT 1 FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role = 'mediator' "
    "AND substr(?2, 1, length(o.path)) = o.path";

/* assign: a mediator whose grant covers the unit that holds the dispute. */
static pa_err assign_apply(struct wf_ctx *x)
{
	int64_t uid = val_int(x->fields, "assignee_id", 0);
	struct db_stmt *s = db_prepare(x->conn, SQL_ASSIGNABLE);
	char path[LIM_ORG_PATH];
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	if (!org_path(x->conn, x->c->unit_id ? x->c->unit_id : x->c->org_id, path)) {
		db_reset(s);
		return PA_ERR_DB;
	}
	db_bind_int(s, 1, uid);
	db_bind_text(s, 2, path);
	r = db_step(s);
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.assignee_id",
		    "the assignee is not a mediator of the unit that holds the dispute");
		return PA_ERR_INVALID;
	}
	x->c->assignee_id = uid;
	return PA_OK;
}

/* ------------------------------------------------------------------ tables */

static const char *const follow_results[] = { "kept", "broken", NULL };
static const char *const refer_to[] = { "court", "arbitration", "department", "police", NULL };

static const struct val_field session_fields[] = {
	{ "date", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "place", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "attendees", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "notes", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field terms_fields[] = {
	{ "terms", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field refer_fields[] = {
	{ "referred_to", VT_STRING, VF_REQUIRED, 0, 0, refer_to, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field follow_fields[] = {
	{ "visit_result", VT_STRING, VF_REQUIRED, 0, 0, follow_results, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field flag_fields[] = {
	{ "risk_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field assign_fields[] = {
	{ "assignee_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field create_fields[] = {
	{ "event_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "mediating", "partial", NULL };
static const char *const from_mediating[] = { "mediating", NULL };
static const char *const from_agreed[] = { "agreed", NULL };
static const char *const from_live[] = { "mediating", "partial", "agreed", NULL };

static const struct wf_status statuses[] = {
	{ "mediating", "调解中", "Mediating", false },
	{ "partial", "部分达成", "Partly agreed", false },
	{ "agreed", "已达成协议", "Agreed", false },
	{ "resolved", "已化解", "Resolved", true },
	{ "failed", "调解不成", "Failed", true },
	{ "referred", "已移交", "Referred", true },
	{ NULL, NULL, NULL, false },
};

#define MEDIATORS (WF_AT_UNIT | ROLE_MEDIATOR | ROLE_LEADER | ROLE_ADMIN)

static const struct wf_action actions[] = {
	{ "assign", "指定调解员", "Assign a mediator", from_open, NULL,
	  WF_AT_UNIT | ROLE_LEADER | ROLE_ADMIN | ROLE_MEDIATOR, false, assign_fields, NULL,
	  assign_apply },
	{ "record_session", "记录调解", "Record a session", from_open, NULL, MEDIATORS, false,
	  session_fields, NULL, session_apply },
	{ "agree", "达成协议", "Agreement reached", from_open, "agreed", MEDIATORS, false,
	  terms_fields, agree_guard, agree_apply },
	{ "partial", "部分达成", "Partly agreed", from_mediating, "partial", MEDIATORS, false,
	  terms_fields, agree_guard, partial_apply },
	{ "fail", "调解不成", "Mediation failed", from_open, "failed", MEDIATORS, true,
	  reason_fields, agree_guard, fail_apply },
	{ "refer", "移交", "Refer", from_open, "referred", MEDIATORS, true, refer_fields, NULL,
	  refer_apply },
	{ "escalate", "上报上级", "Escalate", from_open, NULL, MEDIATORS, true, reason_fields,
	  escalate_guard, escalate_apply },
	{ "send_back", "发回下级", "Send back down", from_open, NULL, MEDIATORS, true,
	  reason_fields, send_back_guard, send_back_apply },
	{ "follow_up", "回访", "Follow-up visit", from_agreed, NULL, MEDIATORS, false,
	  follow_fields, NULL, follow_up_apply },
	{ "flag_risk", "标记民转刑风险", "Flag violence risk", from_live, NULL,
	  MEDIATORS | ROLE_OPERATOR, true, flag_fields, NULL, flag_risk_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct tf_choice levels[] = {
	{ "village", "村（社区）调委会", "Village committee" },
	{ "township", "乡镇（街道）", "Township" },
	{ "county", "县（区）矛调中心", "County centre" },
	{ "court", "诉调对接", "Court referral" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice outcomes[] = {
	{ "agree", "达成协议", "Agreed" },
	{ "partial", "部分达成", "Partly agreed" },
	{ "fail", "调解不成", "Failed" },
	{ "refer", "移交", "Referred" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice follow_choices[] = {
	{ "kept", "已履行", "Kept" },
	{ "broken", "未履行", "Broken" },
	{ NULL, NULL, NULL },
};

static const struct tf_choice refer_choices[] = {
	{ "court", "人民法院", "Court" },
	{ "arbitration", "仲裁机构", "Arbitration" },
	{ "department", "行政主管部门", "Government department" },
	{ "police", "公安机关", "Police" },
	{ NULL, NULL, NULL },
};

/* The dispute's own fields: the TF_STORED ones are the columns of dispute_details, in order. */
static const struct type_field fields[] = {
	{ "level", "调解层级", "Level", TF_CHOICE, TF_STORED | TF_LIST, levels },
	{ "start_level", "受理层级", "Started at", TF_CHOICE, TF_STORED, levels },
	{ "outcome", "调解结果", "Outcome", TF_CHOICE, TF_STORED | TF_LIST, outcomes },
	{ "terms", "协议内容", "Terms", TF_TEXT, TF_STORED, NULL },
	{ "agreed_at", "达成协议时间", "Agreed at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "follow7", "7日回访", "7-day visit", TF_CHOICE, TF_STORED | TF_LIST, follow_choices },
	{ "follow30", "30日回访", "30-day visit", TF_CHOICE, TF_STORED | TF_LIST, follow_choices },
	{ "escalations", "上报次数", "Escalations", TF_INT, TF_STORED, NULL },
	{ "reopened", "重新调解次数", "Reopened", TF_INT, TF_STORED, NULL },
	{ "violent_risk", "民转刑风险", "Violence risk", TF_BOOL, TF_STORED | TF_LIST, NULL },
	{ "risk_id", "关联风险", "Linked risk", TF_INT, TF_STORED, NULL },
	{ "event_id", "来源事件", "From event", TF_INT, TF_STORED, NULL },
	{ "resolved_level", "化解层级", "Resolved at", TF_CHOICE, TF_STORED, levels },
	/* not columns: where a referral went (an extra in attrs) and a visit's result (the
	 * label and choices of follow_up's field) */
	{ "referred_to", "移交去向", "Referred to", TF_CHOICE, 0, refer_choices },
	{ "visit_result", "回访结果", "Visit result", TF_CHOICE, TF_INTERNAL, follow_choices },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT level, start_level, outcome, terms, agreed_at, follow7, follow30, escalations, "
    "reopened, violent_risk, risk_id, event_id, resolved_level FROM dispute_details "
    "WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO dispute_details (case_id, level, start_level, outcome, terms, agreed_at, "
    "follow7, follow30, escalations, reopened, violent_risk, risk_id, event_id, "
    "resolved_level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
    "ON CONFLICT (case_id) DO UPDATE SET level = ?2, start_level = ?3, outcome = ?4, "
    "terms = ?5, agreed_at = ?6, follow7 = ?7, follow30 = ?8, escalations = ?9, "
    "reopened = ?10, violent_risk = ?11, risk_id = ?12, event_id = ?13, resolved_level = ?14";

/* Free-form extras kept in attrs: the sessions, the follow-up visits, where it was referred. */
static const char *const attr_names[] = { "sessions", "follow_ups", "event_code", NULL };

static const struct stage_def stages[] = {
	{ "follow7", "7日回访", "7-day follow-up" },
	{ "follow30", "30日回访", "30-day follow-up" },
	{ NULL, NULL, NULL },
};

static const char *const done_session[] = { "record_session", "agree", "partial", "fail",
	"refer", "escalate", "send_back", NULL };
static const char *const done_follow[] = { "follow_up", NULL };

/* Who is told: the unit that holds it when it arrives (create, escalate, send back, reopened);
 * the mediator and the unit's mediators when a follow-up is due (yellow) or overdue (red, the
 * leaders too); the leaders of the dispute's place on a 民转刑 flag. */
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_UNIT | ROLE_MEDIATOR, "dispute_new", "新的矛盾纠纷待调解：%s",
	  "A new dispute to mediate: %s", done_session },
	{ "escalate", NR_AT_UNIT | ROLE_MEDIATOR | ROLE_LEADER, "dispute_escalated",
	  "下级上报矛盾纠纷，请调处：%s", "A dispute was escalated to you: %s", done_session },
	{ "send_back", NR_AT_UNIT | ROLE_MEDIATOR, "dispute_sent_back",
	  "上级发回矛盾纠纷，请继续调解：%s", "A dispute was sent back to you: %s", done_session },
	{ "agree", NR_ASSIGNEE, "follow_up_due", "请按期回访：%s", "Follow-up visits due: %s",
	  done_follow },
	{ ">mediating", NR_AT_UNIT | ROLE_MEDIATOR | ROLE_LEADER, "dispute_reopened",
	  "协议未履行，纠纷重新调解：%s", "The agreement was broken, mediation reopened: %s",
	  done_session },
	{ "flag_risk", NR_AT_ORG | ROLE_LEADER, "violent_risk", "民转刑风险，请关注：%s",
	  "Risk of violence, on your watch list: %s", NULL },
	{ "warn_yellow", NR_ASSIGNEE | NR_AT_UNIT | ROLE_MEDIATOR, "warning",
	  "回访即将到期：%s", "A follow-up visit is almost due: %s", NULL },
	{ "warn_red", NR_ASSIGNEE | NR_AT_UNIT | ROLE_MEDIATOR | ROLE_LEADER, "warning",
	  "回访已超期：%s", "A follow-up visit is overdue: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

static const char *const categories[] = { "neighbour", "family", "land", "labour", "property",
	"consumer", "traffic", "medical", "other", NULL };

static const char *const kind_names[][3] = {
	{ "neighbour", "邻里纠纷", "Neighbours" }, { "family", "婚姻家庭纠纷", "Marriage and family" },
	{ "land", "土地山林纠纷", "Land and forest" }, { "labour", "劳动争议", "Labour" },
	{ "property", "物业纠纷", "Property management" }, { "consumer", "消费纠纷", "Consumer" },
	{ "traffic", "交通事故纠纷", "Traffic accident" }, { "medical", "医疗纠纷", "Medical" },
	{ "other", "其他纠纷", "Other" },
};

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	(void)c;
	for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
		if (strcmp(code, kind_names[i][0]) == 0) {
			snprintf(out, outlen, "%s", kind_names[i][en ? 2 : 1]);
			return true;
		}
	return false;
}

/* The follow-up warning at read time, and the kind's name. */
static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	char name[64] = "";

	sb_adds(b, ",\"warn\":");
	sb_json_str(b, gov_warn(c, now));
	if (c->category)
		category_name(NULL, c->category, false, name, sizeof name);
	sb_adds(b, ",\"kind_name\":");
	sb_json_str(b, name[0] ? name : NULL);
}


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "dispute_new", "新纠纷", "New dispute" },
	{ "dispute_escalated", "纠纷上交", "Dispute escalated" },
	{ "dispute_sent_back", "纠纷发回", "Dispute sent back" },
	{ "follow_up_due", "待回访", "Follow-up due" },
	{ "violent_risk", "民转刑风险", "Risk of violence" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "there is no unit at that level above this dispute", "该纠纷上级没有对应层级的调解单位" },
	{ "the source event is not a grid event you may see", "来源事件不存在或不在您的权限范围内" },
	{ "only an event of the dispute category can become a dispute",
	    "只有矛盾纠纷类事件可以转为纠纷调解" },
	{ "this event was already turned into a dispute", "该事件已转为纠纷调解" },
	{ "category is required: the kind of dispute", "请选择纠纷类型" },
	{ "the unit of a dispute must be a grid, community, township or county",
	    "纠纷所在单位须为网格、村（社区）、乡镇（街道）或县（区）" },
	{ "the dispute is already referred to the court; it cannot be escalated further",
	    "该纠纷已进入诉调对接，不能再上报" },
	{ "the dispute is at the level where it arose; it cannot be sent further down",
	    "该纠纷已在受理层级，不能再发回下级" },
	{ "record a mediation session before the outcome", "请先记录调解过程，再登记调解结果" },
	{ "the related risk is not a risk you may see", "关联风险不存在或不在您的权限范围内" },
	{ "the assignee is not a mediator of the unit that holds the dispute",
	    "所选人员不是受理该纠纷单位的调解员" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "attendees", "参加人员", "attendees", "attendee", "位参加人员" },
	{ "referred_to", "移交去向", "referred to", NULL, NULL },
	{ "visit_result", "回访结果", "follow-up result", NULL, NULL },
	{ "event_id", "来源事件", "source event", NULL, NULL },
	{ "terms", "协议内容", "terms of agreement", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type dispute_type = {
	.code = "dispute",
	.name_zh = "矛盾纠纷",
	.name_en = "Dispute",
	.code_prefix = "MJ",
	.initial = "mediating",
	.statuses = statuses,
	.actions = actions,
	.who_create = ROLE_MEDIATOR | ROLE_OPERATOR | ROLE_GRID_WORKER | ROLE_LEADER | ROLE_ADMIN,
	.attr_names = attr_names,
	.categories = categories,
	.create_fields = create_fields,
	.on_create = on_create,
	.after_create = after_create,
	.extra_json = extra_json,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.stages = stages,
	.notify = notify_rules,
	.category_name = category_name,
	.person_roles = person_roles,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
