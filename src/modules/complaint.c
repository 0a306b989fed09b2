/* complaint.c — complaints about a unit (投诉, case type "complaint").
 *
 * A citizen (from the app) or a desk officer (at the 阳光坐席, for a visitor) registers a
 * complaint against an org unit — the case's org unit is the unit complained about — and
 * optionally against a staff member of it (`staff_id`, from the staff picker), with what it
 * is about (`about`: 态度, 不作为, 办事拖延, 乱作为, 其他). The complainant is a person of the
 * persons registry (role "complainant", masked as everywhere); a desk officer must name one,
 * a citizen is the complainant themselves (the reporter) and may add their contact.
 *
 * The unit complained about (被投诉单位) is a police bureau, station or office (公安分局, 派出所,
 * 警务区), a department (职能部门), a township (乡镇/街道) or a community (社区/村): the units that
 * serve people directly. A grid is part of its community; a county, city or province is not a
 * unit one files a grassroots complaint against (422 org_id). GET /complaint-units lists, by
 * name only, the units of those kinds where the caller may file one (the citizen's area; the
 * desk's own station), for the form's picker.
 *
 * Who investigates (调查核实): a leader of the unit complained about or of a unit above it (an
 * admin too). A leader may not conclude a complaint that names them (403). The conclusion is
 * `uphold` (属实) or `reject` (不属实) with the findings; it is due COMPLAINT_CONCLUDE_DAYS after
 * registration (deadline stage "conclude": the scheduler warns at 70 % and when overdue, like
 * event deadlines). The unit's leaders are told when it is filed (a to-do until concluded)
 * and when it is concluded; the citizen who filed it is told the outcome.
 *
 * The appraisal counts complaints upheld per unit and per staff member (appraisal.c); the
 * monitoring counts complaints about one unit (monitor.c, indicator complaint_unit).
 */
#include <stdio.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../core/person.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk.h"
#include "governance.h"

extern const struct case_type complaint_type;

/* The kinds of unit a complaint may be against, in the order the picker lists them (police,
 * departments, then the places). SQL_UNITS names the same kinds. */
static const char *const target_kinds[] = { "police_bureau", "police_station", "police_area",
	"department", "township", "community", NULL };

static bool target_kind(const char *kind)
{
	for (int i = 0; target_kinds[i]; i++)
		if (strcmp(kind, target_kinds[i]) == 0)
			return true;
	return false;
}

static const char *const about_codes[] = { "attitude", "inaction", "delay", "misconduct",
	"other", NULL };
static const struct tf_choice about_choices[] = {
	{ "attitude", "态度", "Attitude" },
	{ "inaction", "不作为", "Inaction" },
	{ "delay", "办事拖延", "Delay" },
	{ "misconduct", "乱作为", "Misconduct" },
	{ "other", "其他", "Other" },
	{ NULL, NULL, NULL },
};
static const struct tf_choice outcome_choices[] = {
	{ "upheld", "属实", "Upheld" },
	{ "rejected", "不属实", "Not upheld" },
	{ NULL, NULL, NULL },
};

static const struct val_field create_fields[] = {
	{ "about", VT_STRING, VF_REQUIRED, 1, 16, about_codes, NULL },
	{ "staff_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

/* An active staff member with a grant on the unit or below it (the staff picker's rule). */
static const char SQL_STAFF_OF[] =
    "SELECT 1 FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role <> 'citizen' "
    "AND substr(o.path, 1, length(?2)) = ?2";

static pa_err staff_check(struct create_ctx *x, int64_t uid, const char *path)
{
	struct db_stmt *s = db_prepare(x->conn, SQL_STAFF_OF);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, uid);
	db_bind_text(s, 2, path);
	r = db_step(s);
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "staff_id",
		    "the staff member complained about is not an active staff member of that unit");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

static pa_err on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request, *p;
	int64_t staff = val_int(q, "staff_id", 0);
	bool staff_creator, complainant = false;
	struct org o;
	size_t i;
	pa_err rc;

	if (x->n->org_id == 0 || org_get(x->conn, x->n->org_id, &o) != PA_OK) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "choose the unit complained about");
		return PA_ERR_INVALID;
	}
	if (strcmp(o.kind, "grid") == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "a grid is not a unit one complains about; name its community");
		return PA_ERR_INVALID;
	}
	if (!target_kind(o.kind)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit complained about must be a police station or office, a department, a township or a community");
		return PA_ERR_INVALID;
	}
	staff_creator = (scope_roles_at(x->user, o.path) & ROLE_STAFF) != 0;
	if (staff) {
		if (!staff_creator) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "staff_id",
			    "the staff member complained about is named by the officer who registers the complaint");
			return PA_ERR_INVALID;
		}
		if ((rc = staff_check(x, staff, o.path)) != PA_OK)
			return rc;
		json_object_set_new(x->attrs, "staff_id", json_integer(staff));
	}
	json_array_foreach(x->persons, i, p)
		complainant = complainant || (val_str(p, "role") &&
		    strcmp(val_str(p, "role"), "complainant") == 0);
	if (staff_creator && !complainant) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "persons",
		    "persons must name the complainant (role complainant)");
		return PA_ERR_INVALID;
	}
	json_object_set_new(x->attrs, "about", json_string(val_str(q, "about")));
	x->n->due_at = x->now + COMPLAINT_CONCLUDE_DAYS * GOV_DAY_MS;
	x->n->stage = "conclude";
	x->n->stage_started_at = x->now;
	return PA_OK;
}

/* A leader may not judge a complaint about themselves. */
static pa_err conclude_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	json_t *v = json_object_get(c->attrs, "staff_id");

	(void)now;
	if (json_is_integer(v) && json_integer_value(v) == u->id) {
		pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", "action",
		    "you may not conclude a complaint about yourself");
		return PA_ERR_FORBIDDEN;
	}
	return PA_OK;
}

static pa_err conclude(struct wf_ctx *x, const char *outcome)
{
	json_object_set_new(x->c->attrs, "outcome", json_string(outcome));
	json_object_set_new(x->c->attrs, "findings", json_string(val_str(x->fields, "findings")));
	json_object_set_new(x->c->attrs, "concluded_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "concluded_by", json_integer(x->user->id));
	json_object_set_new(x->c->attrs, "on_time", json_boolean(x->c->due_at == 0 ||
	    x->now <= x->c->due_at));
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
	return PA_OK;
}

static pa_err uphold_apply(struct wf_ctx *x)
{
	return conclude(x, "upheld");
}

static pa_err reject_apply(struct wf_ctx *x)
{
	return conclude(x, "rejected");
}

static const struct val_field conclude_fields[] = {
	{ "findings", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", NULL };

static const struct wf_status statuses[] = {
	{ "open", "待调查", "To investigate", false },
	{ "upheld", "属实", "Upheld", true },
	{ "rejected", "不属实", "Not upheld", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "uphold", "属实", "Uphold", from_open, "upheld", ROLE_LEADER | ROLE_ADMIN, false,
	  conclude_fields, conclude_guard, uphold_apply },
	{ "reject", "不属实", "Not upheld", from_open, "rejected", ROLE_LEADER | ROLE_ADMIN, false,
	  conclude_fields, conclude_guard, reject_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* Columns of complaint_details, in this order. */
static const struct type_field fields[] = {
	{ "about", "投诉事项", "About", TF_CHOICE, TF_STORED | TF_LIST, about_choices },
	{ "staff_id", "被投诉人员", "Staff member", TF_USER, TF_STORED | TF_LIST, NULL },
	{ "outcome", "调查结论", "Conclusion", TF_CHOICE, TF_STORED | TF_LIST, outcome_choices },
	{ "findings", "调查情况", "Findings", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "concluded_at", "办结时间", "Concluded at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "concluded_by", "调查人", "Investigated by", TF_USER, TF_STORED, NULL },
	{ "on_time", "按期办结", "Concluded on time", TF_BOOL, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT about, staff_id, outcome, findings, concluded_at, concluded_by, on_time "
    "FROM complaint_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO complaint_details (case_id, about, staff_id, outcome, findings, concluded_at, "
    "concluded_by, on_time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (case_id) "
    "DO UPDATE SET about = ?2, staff_id = ?3, outcome = ?4, findings = ?5, concluded_at = ?6, "
    "concluded_by = ?7, on_time = ?8";

static const struct stage_def stages[] = {
	{ "conclude", "调查办结", "Conclusion" },
	{ NULL, NULL, NULL },
};

static const char *const done_conclude[] = { "uphold", "reject", NULL };

/* Who is told: the leaders of the unit complained about when it is filed (a to-do until it is
 * concluded), when it is almost due or overdue, and of the conclusion; the citizen who filed
 * it of the outcome (a desk-registered complainant is told by the desk). */
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_ORG | ROLE_LEADER, "complaint_new", "本单位收到投诉，请调查处理：%s",
	  "A complaint about your unit to investigate: %s", done_conclude },
	{ "warn_yellow", NR_AT_ORG | ROLE_LEADER, "warning", "投诉即将到期，请及时办结：%s",
	  "A complaint is almost due: %s", NULL },
	{ "warn_red", NR_AT_ORG | ROLE_LEADER, "warning", "投诉已超期未办结：%s",
	  "A complaint is overdue: %s", NULL },
	{ "uphold", NR_AT_ORG | ROLE_LEADER, "complaint_concluded", "投诉经调查属实：%s",
	  "A complaint was upheld: %s", NULL },
	{ "reject", NR_AT_ORG | ROLE_LEADER, "complaint_concluded", "投诉经调查不属实：%s",
	  "A complaint was not upheld: %s", NULL },
	{ "uphold", NR_REPORTER, "complaint_result", "您的投诉已办结，经调查属实：%s",
	  "Your complaint was concluded and upheld: %s", NULL },
	{ "reject", NR_REPORTER, "complaint_result", "您的投诉已办结，经调查不属实：%s",
	  "Your complaint was concluded and not upheld: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

/* 当事人: the complainant (投诉人), at most one. */
static const struct person_role person_roles[] = {
	{ "complainant", "投诉人", "Complainant", 0, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};

/* The deadline light of an open complaint, as the risk register shows it. */
static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	int64_t due = c->stage ? c->due_at : 0;

	sb_adds(b, ",\"warn\":");
	sb_json_str(b, c->closed_at || due == 0 ? NULL : now >= due ? "red" :
	    now >= c->stage_started_at + (due - c->stage_started_at) * 7 / 10 ? "yellow" : "normal");
}


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "complaint_new", "新投诉", "New complaint" },
	{ "complaint_concluded", "投诉已办结", "Complaint concluded" },
	{ "complaint_result", "投诉处理结果", "Complaint outcome" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "choose the unit complained about", "请选择被投诉单位" },
	{ "a grid is not a unit one complains about; name its community",
	  "网格不能作为被投诉单位，请选择所在社区" },
	{ "the unit complained about must be a police station or office, a department, a township or a community",
	  "被投诉单位须为公安机关、职能部门、乡镇街道或社区" },
	{ "the staff member complained about is not an active staff member of that unit",
	  "被投诉人员不是被投诉单位的在岗人员" },
	{ "the staff member complained about is named by the officer who registers the complaint",
	  "被投诉人员由受理民警登记，群众投诉时请在内容中说明" },
	{ "persons must name the complainant (role complainant)", "请登记投诉人" },
	{ "you may not conclude a complaint about yourself", "不能办结针对本人的投诉" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "about", "投诉事项", "complaint", NULL, NULL },
	{ "staff_id", "被投诉人员", "staff member complained about", NULL, NULL },
	{ "findings", "调查情况", "findings", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

/* ---- the units one may complain about (被投诉单位选择) ---- */

/* Units of the target kinds in the subtree of any of the user's grants, police first; the
 * ORDER is target_kinds' order, then the tree. */
static const char SQL_UNITS[] =
    "SELECT o.id, o.name, o.kind, o.path, COALESCE(p.name, '') "
    "FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id "
    "WHERE o.kind IN ('police_bureau', 'police_station', 'police_area', 'department', "
    "'township', 'community') AND EXISTS (SELECT 1 FROM grants g JOIN orgs go ON go.id = g.org_id "
    "WHERE g.user_id = ?1 AND substr(o.path, 1, length(go.path)) = go.path) "
    "ORDER BY CASE o.kind WHEN 'police_bureau' THEN 0 WHEN 'police_station' THEN 1 "
    "WHEN 'police_area' THEN 2 WHEN 'department' THEN 3 WHEN 'township' THEN 4 ELSE 5 END, "
    "o.path";

/* GET /api/v1/complaint-units — {"items": [{id, name, kind_name, parent_name}], "truncated"}:
 * the units of the kinds a complaint may be against where the caller may file one (their
 * roles there include the type's create roles: a citizen's area, the desk's station, an
 * operator's township). Names only: no codes, no paths. */
void complaint_api_units(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	json_t *items;
	bool en = http_lang(r) == LANG_EN;
	int n = 0, rc;

	if (c == NULL || (s = db_prepare(c, SQL_UNITS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	items = json_array();
	db_bind_int(s, 1, r->user->id);
	while ((rc = db_step(s)) == DB_ROW) {
		if (!(scope_roles_at(r->user, db_col_text(s, 3)) & complaint_type.who_create))
			continue;         /* e.g. a grid worker's community: they cannot file there */
		if (++n > COMPLAINT_UNITS_MAX)
			break;        /* cut after the roles test, not by SQL (the rows it drops must not
			               * fill the list: a wide grant without the create roles) */
		json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:s}",
		    "id", (json_int_t)db_col_int(s, 0), "name", db_col_text(s, 1),
		    "kind_name", org_kind_name(db_col_text(s, 2), en), "parent_name", db_col_text(s, 4)));
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	http_reply(r, 200, json_pack("{s:o, s:b}", "items", items, "truncated",
	    n > COMPLAINT_UNITS_MAX));
}

const struct case_type complaint_type = {
	.code = "complaint",
	.name_zh = "投诉",
	.name_en = "Complaint",
	.code_prefix = "TS",
	.initial = "open",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK_REGISTER | ROLE_OPERATOR | ROLE_ADMIN | ROLE_CITIZEN,
	.create_fields = create_fields,
	.on_create = on_create,
	.extra_json = extra_json,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.stages = stages,
	.notify = notify_rules,
	.person_roles = person_roles,
	.desk = true,                /* 阳光坐席: a quick-register button and a section */
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
