/* risk.c — the risk register (风险台账, case type "risk"): 风险排查发现 → 监测管控 → 化解处置,
 * run as a table (表格化管理).
 *
 * A risk has a category (政治安全 ...), an org unit and place, a source, likelihood and impact
 * (1-5 each) from which the level is derived (risk_level(), the matrix of docs/indicators.md),
 * an owner unit (the case's assigned unit) and a review date. States: identified → assessed →
 * controlled → resolved (销号, a leader's sign-off, refused with 409 while a measure is open).
 * Control measures are added and completed by actions and listed in the risk's JSON with their
 * ids and state; the earliest open measure's due date or the review date, whichever comes
 * first, is the running deadline stage, so the scheduler raises warnings and notices for them
 * like for event deadlines. A risk created with "dispute_id" flags that dispute (民转刑风险)
 * and links it; with "warning_id" it closes that monitoring warning as turned into a risk —
 * both in the create's own write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../core/notify.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "governance.h"

static const int review_days[] = { 7, 15, 30, 90 };   /* red, orange, yellow, blue */

static int level_rank(const char *level)
{
	static const char *const order[] = { "red", "orange", "yellow", "blue", NULL };

	for (int i = 0; level && order[i]; i++)
		if (strcmp(level, order[i]) == 0)
			return i;
	return 3;
}

static int64_t attr_int(const json_t *attrs, const char *k)
{
	return json_integer_value(json_object_get(attrs, k));
}

/* The running deadline: the earliest open measure's due date or the review date. Restarts
 * the stage (and its warning) only when the deadline or its kind changed. */
static void deadline_update(struct case_rec *c, int64_t now)
{
	int64_t due = attr_int(c->attrs, "review_at"), m;
	const char *stage = due ? "review" : NULL;
	json_t *l = json_object_get(c->attrs, "measures"), *v;
	size_t i;
	int open = 0;

	json_array_foreach(l, i, v) {
		if (json_is_true(json_object_get(v, "done")))
			continue;
		open++;
		if (time_parse(json_string_value(json_object_get(v, "due_at")), &m) &&
		    (due == 0 || m < due)) {
			due = m;
			stage = "measure";
		}
	}
	json_object_set_new(c->attrs, "open_measures", json_integer(open));
	if (stage == NULL) {
		c->stage = NULL;
		c->due_at = 0;
		c->stage_started_at = 0;
		c->warn = NULL;
		return;
	}
	if (c->stage && strcmp(c->stage, stage) == 0 && c->due_at == due)
		return;
	c->stage = stage;
	c->stage_started_at = now < due ? now : due;
	c->due_at = due;
	c->warn = NULL;
}

/* ------------------------------------------------------------------ create */

static const char SQL_OPEN_WARNING[] =
    "SELECT 1 FROM cases WHERE id = ?1 AND type = 'warning' AND closed_at IS NULL";

/* A case of type `type` that the creator may see: 422 naming field otherwise. */
static pa_err source_case(struct create_ctx *x, int64_t id, const char *type, const char *field,
    int64_t *org_id)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c = { 0 };
	pa_err rc;

	if (a == NULL)
		return PA_ERR_NOMEM;
	rc = case_get_visible(x->conn, a, id, x->user, &c);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(c.type->code, type) != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
		    "%s does not name a case of the right type that you may see", field);
		rc = PA_ERR_INVALID;
	} else if (rc == PA_OK && c.closed_at) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", field,
		    "%s names a case that is already closed", field);
		rc = PA_ERR_CONFLICT;
	} else if (rc == PA_OK) {
		*org_id = c.org_id;
	}
	case_rec_clear(&c);
	arena_free(a);
	return rc;
}

static pa_err on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;
	int l = (int)val_int(q, "likelihood", 0), i = (int)val_int(q, "impact", 0);
	int64_t owner = val_int(q, "owner_unit_id", 0), review = 0, dispute = val_int(q,
	    "dispute_id", 0), warning = val_int(q, "warning_id", 0), org = 0;
	const char *level = risk_level(l, i), *source = val_str(q, "source");
	struct org o;
	pa_err rc;

	(void)SQL_OPEN_WARNING;
	if (x->n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required: the kind of risk");
		return PA_ERR_INVALID;
	}
	if ((dispute || warning) && val_has(q, "patrol_id")) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "patrol_id",
		    "give one source case: a dispute, a warning or a patrol");
		return PA_ERR_INVALID;
	}
	if ((rc = patrol_finding_check(x, &org)) != PA_OK)
		return rc;
	if (org)
		source = "patrol";
	if (dispute && warning) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "warning_id",
		    "give a source dispute or a source warning, not both");
		return PA_ERR_INVALID;
	}
	if (dispute) {
		if ((rc = source_case(x, dispute, "dispute", "dispute_id", &org)) != PA_OK)
			return rc;
		source = "dispute";
	}
	if (warning) {
		if ((rc = source_case(x, warning, "warning", "warning_id", &org)) != PA_OK)
			return rc;
		source = "warning";
	}
	if (source == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "source",
		    "source is required: patrol, dispute, event, report or warning");
		return PA_ERR_INVALID;
	}
	if (x->n->org_id == 0 || (org && !val_has(q, "org_id")))
		x->n->org_id = org;
	if (owner == 0)
		owner = x->n->org_id;
	if (org_get(x->conn, owner, &o) != PA_OK) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "owner_unit_id",
		    "the responsible unit does not exist");
		return PA_ERR_INVALID;
	}
	if (val_has(q, "review_at"))
		time_parse(val_str(q, "review_at"), &review);
	else
		review = x->now + review_days[level_rank(level)] * GOV_DAY_MS;
	x->n->unit_id = owner;
	json_object_set_new(x->attrs, "source", json_string(source));
	json_object_set_new(x->attrs, "likelihood", json_integer(l));
	json_object_set_new(x->attrs, "impact", json_integer(i));
	json_object_set_new(x->attrs, "level", json_string(level));
	json_object_set_new(x->attrs, "owner_unit_id", json_integer(owner));
	json_object_set_new(x->attrs, "review_at", json_integer(review));
	json_object_set_new(x->attrs, "open_measures", json_integer(0));
	json_object_set_new(x->attrs, "measures", json_array());
	if (dispute || warning || val_has(q, "patrol_id"))
		json_object_set_new(x->attrs, "source_case_id", json_integer(dispute ? dispute :
		    warning ? warning : val_int(q, "patrol_id", 0)));
	x->n->due_at = review;
	x->n->stage = "review";
	x->n->stage_started_at = x->now < review ? x->now : review;
	return PA_OK;
}

static const char SQL_FLAG_DISPUTE[] =
    "UPDATE dispute_details SET violent_risk = 1, risk_id = ?2 WHERE case_id = ?1";
static const char SQL_WARNING_RISK[] =
    "UPDATE warning_details SET risk_id = ?2 WHERE case_id = ?1";

/* In the create's write: link and flag the dispute, or close the warning as turned into a
 * risk (each with its own timeline row). */
static pa_err after_create(struct create_ctx *x)
{
	int64_t dispute = val_int(x->n->request, "dispute_id", 0);
	int64_t warning = val_int(x->n->request, "warning_id", 0);
	struct db_stmt *s;
	char data[64];
	pa_err rc;

	if ((rc = patrol_finding_turn(x)) != PA_OK)
		return rc;
	snprintf(data, sizeof data, "{\"risk_id\":%lld}", (long long)x->id);
	if (dispute) {
		if ((s = db_prepare(x->conn, SQL_FLAG_DISPUTE)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, dispute);
		db_bind_int(s, 2, x->id);
		if ((rc = db_run(s)) != PA_OK ||
		    (rc = gov_link(x->conn, x->id, dispute, "from_dispute", x->now)) != PA_OK)
			return rc;
		return gov_note(x->conn, dispute, x->user->id, x->now,
		    "标记民转刑风险，已登记风险", data);
	}
	if (warning) {
		if ((s = db_prepare(x->conn, SQL_WARNING_RISK)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, warning);
		db_bind_int(s, 2, x->id);
		if ((rc = db_run(s)) != PA_OK ||
		    (rc = gov_link(x->conn, x->id, warning, "from_warning", x->now)) != PA_OK)
			return rc;
		return gov_close(x->conn, warning, x->user->id, x->now, "to_risk", "converted",
		    "已转为风险");
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ actions */

static pa_err control_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)u;
	(void)now;
	if (json_array_size(json_object_get(c->attrs, "measures")) == 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "add a control measure before putting the risk under control");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err resolve_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)u;
	(void)now;
	if (attr_int(c->attrs, "open_measures") > 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "measures_open", "action",
		    "the risk still has %lld open control measures; complete them before resolving",
		    (long long)attr_int(c->attrs, "open_measures"));
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err assess_apply(struct wf_ctx *x)
{
	int l = (int)val_int(x->fields, "likelihood", 0), i = (int)val_int(x->fields, "impact", 0);

	json_object_set_new(x->c->attrs, "likelihood", json_integer(l));
	json_object_set_new(x->c->attrs, "impact", json_integer(i));
	json_object_set_new(x->c->attrs, "level", json_string(risk_level(l, i)));
	if (strcmp(x->c->status, "identified") == 0)
		x->to = "assessed";
	return PA_OK;
}

/* ---- measure notices (措施通知): the measure's own owner unit, not the risk's ---- */

#define MEASURE_ROLES (ROLE_LEADER | ROLE_HANDLER | ROLE_OPERATOR)
/* who keeps a risk's register (its assessment, measures, reviews) */
#define KEEPERS (ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN)

/* One notice about one measure, sent (or marked done) in the action's write. */
struct measure_note {
	int64_t case_id, unit_id, now;
	bool done;                   /* complete_measure: mark the measure's to-do done */
	char zh[LIM_TEXT_CHARS * 4 + LIM_TITLE_CHARS * 4 + 96];
	char en[LIM_TEXT_CHARS * 4 + LIM_TITLE_CHARS * 4 + 96];
};

static const char SQL_MEASURE_NOTICE_DONE[] =
    "UPDATE notifications SET done_at = ?3, read_at = COALESCE(read_at, ?3) "
    "WHERE case_id = ?1 AND kind = 'risk_measure' AND message = ?2 AND done_at IS NULL";

/* The to-do text of a measure: its text and due date, and the risk's title. */
static void measure_text(struct measure_note *n, const struct case_rec *c, const json_t *m)
{
	const char *text = json_string_value(json_object_get(m, "text"));
	const char *due = json_string_value(json_object_get(m, "due_at"));
	char day[11] = "";

	if (due)
		snprintf(day, sizeof day, "%.10s", due);
	snprintf(n->zh, sizeof n->zh, "请落实风险管控措施：%s（%s前完成；风险：%s）", text ? text : "",
	    day, c->title ? c->title : "");
	snprintf(n->en, sizeof n->en, "A risk control measure to carry out: %s (due %s; risk: %s)",
	    text ? text : "", day, c->title ? c->title : "");
	utf8_clip(n->zh);
	utf8_clip(n->en);
}

static pa_err measure_note_run(struct db_conn *conn, void *data)
{
	struct measure_note *n = data;
	struct db_stmt *s;

	pa_err rc;

	/* the owner unit may lie outside the risk's subtree: the risk is shared with it (单案共享)
	 * so that its people open the risk from the notice and complete their measure */
	if (!n->done) {
		if ((rc = case_share(conn, n->case_id, n->unit_id, n->now)) != PA_OK)
			return rc;
		return notify_unit(conn, n->unit_id, MEASURE_ROLES, n->case_id, "risk_measure", n->zh,
		    n->en, n->now);
	}
	if ((s = db_prepare(conn, SQL_MEASURE_NOTICE_DONE)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, n->case_id);
	db_bind_text(s, 2, n->zh);
	db_bind_int(s, 3, n->now);
	return db_run(s);
}

static pa_err measure_note_set(struct wf_ctx *x, const json_t *m, bool done)
{
	struct measure_note *n = calloc(1, sizeof *n);

	if (n == NULL)
		return PA_ERR_NOMEM;
	n->case_id = x->c->id;
	n->unit_id = json_integer_value(json_object_get(m, "owner_unit_id"));
	n->now = x->now;
	n->done = done;
	measure_text(n, x->c, m);
	x->write_hook = measure_note_run;
	x->write_data = n;
	x->write_free = free;
	return PA_OK;
}

static pa_err add_measure_apply(struct wf_ctx *x)
{
	json_t *l = json_object_get(x->c->attrs, "measures"), *m;
	int64_t owner = val_int(x->fields, "owner_unit_id", 0), due;
	struct org o;
	char at[TIME_STR_MAX];

	if (org_get(x->conn, owner, &o) != PA_OK) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.owner_unit_id",
		    "the unit responsible for the measure does not exist");
		return PA_ERR_INVALID;
	}
	time_parse(val_str(x->fields, "due_at"), &due);
	time_format(due, at);
	if (!json_is_array(l)) {
		l = json_array();
		json_object_set_new(x->c->attrs, "measures", l);
	}
	m = json_pack("{s:I, s:s, s:I, s:s, s:s, s:s, s:b}", "id",
	    (json_int_t)json_array_size(l) + 1, "text", val_str(x->fields, "text"),
	    "owner_unit_id", (json_int_t)owner, "owner_unit_name", o.name, "due_at", at,
	    "state", "open", "done", 0);
	if (m == NULL)
		return PA_ERR_NOMEM;
	json_array_append_new(l, m);
	deadline_update(x->c, x->now);
	return measure_note_set(x, m, false);   /* the measure's owner unit gets its to-do */
}

static pa_err complete_measure_apply(struct wf_ctx *x)
{
	int64_t id = val_int(x->fields, "measure_id", 0), due = 0;
	json_t *l = json_object_get(x->c->attrs, "measures"), *m;
	char at[TIME_STR_MAX];

	if (id < 1 || (size_t)id > json_array_size(l)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.measure_id",
		    "the control measure is not one of this risk's");
		return PA_ERR_INVALID;
	}
	m = json_array_get(l, (size_t)id - 1);
	/* someone who may act only through the risk's sharing (the owner unit of a measure,
	 * outside the risk's subtree) completes only measures their own unit owns */
	if (!(scope_roles_at(x->user, x->c->org_path) & (KEEPERS | ROLE_HANDLER)) &&
	    !(x->c->unit_path && (scope_roles_at(x->user, x->c->unit_path) &
	    (KEEPERS | ROLE_HANDLER))) && x->c->assignee_id != x->user->id) {
		struct org o;
		if (org_get(x->conn, json_integer_value(json_object_get(m, "owner_unit_id")), &o) !=
		    PA_OK || !scope_covers(x->user, o.path)) {
			pa_error_set(x->err, PA_ERR_FORBIDDEN, "forbidden", "fields.measure_id",
			    "only the owner unit of this measure may complete it");
			return PA_ERR_FORBIDDEN;
		}
	}
	if (json_is_true(json_object_get(m, "done"))) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "fields.measure_id",
		    "this measure is already complete");
		return PA_ERR_CONFLICT;
	}
	time_format(x->now, at);
	time_parse(json_string_value(json_object_get(m, "due_at")), &due);
	json_object_set_new(m, "done", json_true());
	json_object_set_new(m, "state", json_string("done"));
	json_object_set_new(m, "done_at", json_string(at));
	json_object_set_new(m, "done_by", json_integer(x->user->id));
	json_object_set_new(m, "late", json_boolean(due && x->now > due));
	deadline_update(x->c, x->now);
	return measure_note_set(x, m, true);    /* its to-do is done */
}

static pa_err review_apply(struct wf_ctx *x)
{
	int64_t next = 0;

	time_parse(val_str(x->fields, "next_review_at"), &next);
	json_object_set_new(x->c->attrs, "review_at", json_integer(next));
	deadline_update(x->c, x->now);
	return PA_OK;
}

/* 销号: on time when no measure was completed late and the review was not overdue. */
static pa_err resolve_apply(struct wf_ctx *x)
{
	json_t *l = json_object_get(x->c->attrs, "measures"), *v;
	bool on_time = attr_int(x->c->attrs, "review_at") == 0 ||
	    x->now <= attr_int(x->c->attrs, "review_at");
	size_t i;

	json_array_foreach(l, i, v)
		if (json_is_true(json_object_get(v, "late")))
			on_time = false;
	json_object_set_new(x->c->attrs, "resolved_on_time", json_boolean(on_time));
	return PA_OK;
}

/* ------------------------------------------------------------------ tables */

static const struct val_field assess_fields[] = {
	{ "likelihood", VT_INT, VF_REQUIRED, 1, 5, NULL, NULL },
	{ "impact", VT_INT, VF_REQUIRED, 1, 5, NULL, NULL },
	VAL_END
};
static const struct val_field measure_fields[] = {
	{ "text", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "owner_unit_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "due_at", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field complete_fields[] = {
	{ "measure_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field review_fields[] = {
	{ "next_review_at", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const char *const sources_c[] = { "patrol", "dispute", "event", "report", "warning",
	NULL };
static const struct val_field create_fields[] = {
	{ "likelihood", VT_INT, VF_REQUIRED, 1, 5, NULL, NULL },
	{ "impact", VT_INT, VF_REQUIRED, 1, 5, NULL, NULL },
	{ "source", VT_STRING, 0, 0, 0, sources_c, NULL },
	{ "owner_unit_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	{ "review_at", VT_TIME, 0, 0, 0, NULL, NULL },
	{ "dispute_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	{ "warning_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	/* a patrol's finding (排查发现) the risk is registered from (patrol.c) */
	{ "patrol_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	{ "patrol_item", VT_STRING, 0, 1, LIM_PATROL_CODE_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "identified", "assessed", "controlled", NULL };
static const char *const from_assessed[] = { "assessed", NULL };
static const char *const from_resolvable[] = { "assessed", "controlled", NULL };

static const struct wf_status statuses[] = {
	{ "identified", "已识别", "Identified", false },
	{ "assessed", "已评估", "Assessed", false },
	{ "controlled", "管控中", "Under control", false },
	{ "resolved", "已销号", "Resolved", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "assess", "评估", "Assess", from_open, NULL, KEEPERS, false, assess_fields, NULL,
	  assess_apply },
	{ "add_measure", "添加管控措施", "Add a measure", from_open, NULL, KEEPERS, false,
	  measure_fields, NULL, add_measure_apply },
	{ "complete_measure", "措施完成", "Measure done", from_open, NULL,
	  KEEPERS | ROLE_HANDLER | WF_ASSIGNEE | WF_SHARED, false, complete_fields, NULL,
	  complete_measure_apply },
	{ "control", "纳入管控", "Put under control", from_assessed, "controlled", KEEPERS, false,
	  NULL, control_guard, NULL },
	{ "review", "复核", "Review", from_open, NULL, KEEPERS, false, review_fields, NULL,
	  review_apply },
	{ "resolve", "销号", "Resolve", from_resolvable, "resolved", ROLE_LEADER | ROLE_ADMIN, true,
	  reason_fields, resolve_guard, resolve_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct tf_choice sources[] = {
	{ "patrol", "排查发现", "Patrol" },
	{ "dispute", "矛盾纠纷", "Dispute" },
	{ "event", "网格事件", "Grid event" },
	{ "report", "群众反映", "Report" },
	{ "warning", "监测预警", "Warning" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice levels[] = {
	{ "red", "红色（重大）", "Red" },
	{ "orange", "橙色（较大）", "Orange" },
	{ "yellow", "黄色（一般）", "Yellow" },
	{ "blue", "蓝色（较小）", "Blue" },
	{ NULL, NULL, NULL },
};

/* The risk's own fields: the TF_STORED ones are the columns of risk_details, in order. */
static const struct type_field fields[] = {
	{ "source", "来源", "Source", TF_CHOICE, TF_STORED | TF_LIST, sources },
	{ "likelihood", "可能性", "Likelihood", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "impact", "影响程度", "Impact", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "level", "风险等级", "Level", TF_CHOICE, TF_STORED | TF_LIST, levels },
	{ "owner_unit_id", "责任单位", "Owner unit", TF_UNIT, TF_STORED, NULL },
	{ "review_at", "复核日期", "Review by", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "open_measures", "未完成措施", "Open measures", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "resolved_on_time", "按期化解", "Resolved on time", TF_BOOL, TF_STORED, NULL },
	{ "source_case_id", "来源案件", "Source case", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT source, likelihood, impact, level, owner_unit_id, review_at, open_measures, "
    "resolved_on_time, source_case_id FROM risk_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO risk_details (case_id, source, likelihood, impact, level, owner_unit_id, "
    "review_at, open_measures, resolved_on_time, source_case_id) VALUES (?1, ?2, ?3, ?4, ?5, "
    "?6, ?7, ?8, ?9, ?10) ON CONFLICT (case_id) DO UPDATE SET source = ?2, likelihood = ?3, "
    "impact = ?4, level = ?5, owner_unit_id = ?6, review_at = ?7, open_measures = ?8, "
    "resolved_on_time = ?9, source_case_id = ?10";

static const char *const attr_names[] = { "measures", NULL };

static const struct stage_def stages[] = {
	{ "review", "风险复核", "Review" },
	{ "measure", "措施落实", "Control measure" },
	{ NULL, NULL, NULL },
};

static const char *const done_resolve[] = { "resolve", NULL };

/* Who is told: the leaders of the place on a new risk; the risk's owner unit and the place on
 * a due (yellow) or overdue (red) review or measure; the risk's owner unit when a measure is
 * completed; the operators of the place when it is resolved. A measure's own owner unit is
 * told by the measure hooks (measure_note_set, on_warn), not by a rule: it is not a unit of
 * the case — when the measure is assigned to it (a to-do until it is completed) and when it
 * is almost due or overdue. */
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_ORG | ROLE_LEADER, "risk_new", "新登记风险：%s", "A new risk: %s",
	  done_resolve },
	/* leaders and operators apart: the nearest of each (a community's own leader, the
	 * street's operators) */
	{ "complete_measure", NR_AT_UNIT | ROLE_OPERATOR, "risk_measure_done",
	  "风险管控措施已完成：%s", "A risk control measure was completed: %s", NULL },
	{ "complete_measure", NR_AT_UNIT | ROLE_LEADER, "risk_measure_done",
	  "风险管控措施已完成：%s", "A risk control measure was completed: %s", NULL },
	{ "warn_yellow", NR_AT_UNIT | NR_AT_ORG | ROLE_OPERATOR, "warning",
	  "风险复核或管控措施即将到期：%s", "A risk review or measure is almost due: %s", NULL },
	{ "warn_yellow", NR_AT_UNIT | NR_AT_ORG | ROLE_LEADER, "warning",
	  "风险复核或管控措施即将到期：%s", "A risk review or measure is almost due: %s", NULL },
	{ "warn_red", NR_AT_UNIT | NR_AT_ORG | ROLE_OPERATOR, "warning",
	  "风险复核或管控措施已超期：%s", "A risk review or measure is overdue: %s", NULL },
	{ "warn_red", NR_AT_UNIT | NR_AT_ORG | ROLE_LEADER, "warning",
	  "风险复核或管控措施已超期：%s", "A risk review or measure is overdue: %s", NULL },
	{ "resolve", NR_AT_ORG | ROLE_OPERATOR, "risk_resolved", "风险已销号：%s",
	  "A risk was resolved: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

static const char *const categories[] = { "political", "public_order", "public_safety",
	"economic", "social_conflict", "cyber", NULL };
static const char *const category_names[][3] = {
	{ "political", "政治安全", "Political security" },
	{ "public_order", "社会治安", "Public order" },
	{ "public_safety", "公共安全", "Public safety" },
	{ "economic", "经济金融", "Economy and finance" },
	{ "social_conflict", "社会矛盾", "Social conflict" },
	{ "cyber", "网络安全", "Cyber security" },
};

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	(void)c;
	for (size_t i = 0; i < sizeof category_names / sizeof category_names[0]; i++)
		if (strcmp(code, category_names[i][0]) == 0) {
			snprintf(out, outlen, "%s", category_names[i][en ? 2 : 1]);
			return true;
		}
	return false;
}

static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	sb_adds(b, ",\"warn\":");
	sb_json_str(b, gov_warn(c, now));
	sb_printf(b, ",\"score\":%lld", (long long)(attr_int(c->attrs, "likelihood") *
	    attr_int(c->attrs, "impact")));
}

/* After the scheduler marked a yellow or red warning (in its write, after the rules): when the
 * running deadline is a measure's, the owner units of the open measures due then are told
 * too (kind "warning", so a person of both units gets one notice). */
static pa_err on_warn(struct db_conn *conn, const struct case_rec *c, const char *level,
    int64_t now)
{
	json_t *l = json_object_get(c->attrs, "measures"), *m;
	bool red = strcmp(level, "red") == 0;
	size_t i;
	pa_err rc = PA_OK;

	if (c->stage == NULL || strcmp(c->stage, "measure") != 0)
		return PA_OK;
	json_array_foreach(l, i, m) {
		struct measure_note n = { 0 };
		int64_t due = 0;
		const char *text = json_string_value(json_object_get(m, "text"));
		if (json_is_true(json_object_get(m, "done")) ||
		    !time_parse(json_string_value(json_object_get(m, "due_at")), &due) ||
		    due != c->due_at)
			continue;
		snprintf(n.zh, sizeof n.zh, red ? "风险管控措施已超期：%s（风险：%s）" :
		    "风险管控措施即将到期：%s（风险：%s）", text ? text : "", c->title ? c->title : "");
		snprintf(n.en, sizeof n.en, red ? "A risk control measure is overdue: %s (risk: %s)" :
		    "A risk control measure is almost due: %s (risk: %s)", text ? text : "",
		    c->title ? c->title : "");
		utf8_clip(n.zh);
		utf8_clip(n.en);
		rc = notify_unit(conn, json_integer_value(json_object_get(m, "owner_unit_id")),
		    MEASURE_ROLES, c->id, "warning", n.zh, n.en, now);
		if (rc != PA_OK)
			break;
	}
	return rc;
}

/* The grid map's heat layer (风险热力): each open risk in scope at its place, by level. */
static const char SQL_HEAT[] =
    "SELECT c.org_id, d.level FROM cases c JOIN risk_details d ON d.case_id = c.id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'risk' AND c.closed_at IS NULL AND " SCOPE_CASE_SQL;
static const struct map_heat heat = { "level", SQL_HEAT };


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "risk_new", "新风险", "New risk" },
	{ "risk_resolved", "风险销号", "Risk resolved" },
	{ "risk_measure", "管控措施交办", "Control measure assigned" },
	{ "risk_measure_done", "管控措施已完成", "Control measure done" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "only the owner unit of this measure may complete it", "只有该措施的责任单位才能确认完成" },
	{ "give one source case: a dispute, a warning or a patrol",
	    "来源案件只能填写一个：矛盾纠纷、预警或排查记录" },
	{ "%s does not name a case of the right type that you may see",
	    "%s不存在或不在您的权限范围内" },
	{ "%s names a case that is already closed", "%s已办结" },
	{ "category is required: the kind of risk", "请选择风险类别" },
	{ "give a source dispute or a source warning, not both", "来源纠纷和来源预警只能填写一项" },
	{ "source is required: patrol, dispute, event, report or warning", "请选择风险来源" },
	{ "the responsible unit does not exist", "责任单位不存在" },
	{ "add a control measure before putting the risk under control", "请先添加管控措施，再纳入管控" },
	{ "the risk still has %lld open control measures; complete them before resolving",
	    "该风险还有 %lld 项管控措施未完成，完成后才能销号" },
	{ "the unit responsible for the measure does not exist", "措施责任单位不存在" },
	{ "the control measure is not one of this risk's", "该风险没有这项管控措施" },
	{ "this measure is already complete", "该措施已完成" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "dispute_id", "来源纠纷", "source dispute", NULL, NULL },
	{ "impact", "影响程度", "impact", NULL, NULL },
	{ "likelihood", "可能性", "likelihood", NULL, NULL },
	{ "measure_id", "管控措施", "control measure", NULL, NULL },
	{ "next_review_at", "下次复核日期", "next review date", NULL, NULL },
	{ "review_after", "复核日期起", "review date from", NULL, NULL },
	{ "review_at", "复核日期", "review date", NULL, NULL },
	{ "review_before", "复核日期止", "review date until", NULL, NULL },
	{ "warning_id", "来源预警", "source warning", NULL, NULL },
	{ "open_measures", "未完成措施", "open measures", NULL, NULL },
	{ "sort", "排序", "sort", NULL, NULL },
	{ "order", "排序方向", "sort order", NULL, NULL },
	{ "risk_id", "关联风险", "related risk", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type risk_type = {
	.code = "risk",
	.name_zh = "风险",
	.name_en = "Risk",
	.code_prefix = "FX",
	.initial = "identified",
	.statuses = statuses,
	.actions = actions,
	.who_create = ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN | ROLE_GRID_WORKER | ROLE_MEDIATOR |
	    ROLE_OFFICER,
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
	.on_warn = on_warn,
	.map_heat = &heat,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
