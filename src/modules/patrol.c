/* patrol.c — patrol checks (排查, case type "patrol"), the 风险排查发现 of issue #12 §2.
 *
 * A grid worker (网格员) records a patrol of one of their grids: the grid (the case's org
 * unit), when it was done, its kind (the category: 消防安全, 出租屋 ... from the catalogue of
 * patrol kinds, each with a default checklist, table patrol_checklists) and the checklist
 * answered item by item — ok, problem or not applicable, with a note — and what was found
 * (the body). A problem (发现问题) is a finding; a finding becomes a grid event or a risk in one
 * step: POST /cases of type event or risk with "patrol_id" and "patrol_item" (the same
 * mechanism as a dispute made from an event): the new case's on_create checks the finding
 * (patrol_finding_check), its after_create marks it turned on the patrol, links both cases
 * (case_links, kind from_patrol) and notes it on the patrol's timeline (patrol_finding_turn),
 * all in the create's own write; a finding turned twice is 409.
 *
 * Scope is the platform's: the grid worker sees the patrols of their grids, the community and
 * township those of their units. A patrol that records problems tells the community (the
 * nearest unit above the grid with a leader or operator) with a to-do that `review` (已阅)
 * marks done.
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
#include "campaign.h"
#include "event.h"
#include "governance.h"

#define PATROL_FUTURE_SLACK_MS (10LL * 60 * 1000)   /* clocks of phones run a little ahead */

static const char *const answers[] = { "ok", "problem", "na", NULL };

/* ------------------------------------------------------------------ checklists */

static const char SQL_CHECKLIST[] =
    "SELECT item, label, COALESCE(label_en, label) FROM patrol_checklists WHERE kind = ?1 "
    "ORDER BY sort, item LIMIT ?2";

/* The checklist of patrol kind `kind` as a JSON array of {item, label, label_en}; NULL on a
 * database error. */
static json_t *checklist_of_kind(struct db_conn *c, const char *kind)
{
	struct db_stmt *s = db_prepare(c, SQL_CHECKLIST);
	json_t *l;
	int r;

	if (s == NULL || (l = json_array()) == NULL)
		return NULL;
	db_bind_text(s, 1, kind);
	db_bind_int(s, 2, LIM_PATROL_ITEMS);
	while ((r = db_step(s)) == DB_ROW)
		json_array_append_new(l, json_pack("{s:s, s:s, s:s}", "item", db_col_text(s, 0),
		    "label", db_col_text(s, 1), "label_en", db_col_text(s, 2)));
	db_reset(s);
	if (r == DB_FAIL) {
		json_decref(l);
		return NULL;
	}
	return l;
}

/* The entry of item `code` in a checklist array, or NULL. */
static json_t *checklist_find(const json_t *list, const char *code)
{
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v)
		if (code && strcmp(json_string_value(json_object_get(v, "item")), code) == 0)
			return v;
	return NULL;
}

static const char SQL_CAMPAIGN_COVERS[] =
    "SELECT 1 FROM campaign_units cu JOIN orgs o ON o.id = cu.org_id "
    "WHERE cu.campaign_id = ?1 AND substr(?2, 1, length(o.path)) = o.path";
static const char SQL_CAMPAIGN_OPEN[] =
    "SELECT 1 FROM cases WHERE id = ?1 AND type = 'campaign' AND closed_at IS NULL";

/* The checklist (排查要点) of the rectification campaign (专项整治) a patrol is done under, as
 * items c1, c2 ... in its order (campaign.c's campaign_checklist): the campaign must exist
 * (422), be running (409) and cover the grid of org path `path` (422 naming org_id). */
static pa_err checklist_of_campaign(struct create_ctx *x, int64_t campaign, const char *path,
    json_t **out)
{
	struct db_stmt *s;
	json_t *texts = NULL, *l;
	char code[24];
	size_t i;
	json_t *v;
	pa_err rc = campaign_checklist(x->conn, campaign, &texts);
	int r;

	*out = NULL;
	if (rc == PA_ERR_NOT_FOUND) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "campaign_id",
		    "the campaign is not a rectification campaign");
		return PA_ERR_INVALID;
	}
	if (rc != PA_OK)
		return rc;
	if ((s = db_prepare(x->conn, SQL_CAMPAIGN_OPEN)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, campaign);
	r = db_step(s);
	db_reset(s);
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "campaign_id",
		    "the campaign is closed; patrols under it are no longer recorded");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	if ((s = db_prepare(x->conn, SQL_CAMPAIGN_COVERS)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, campaign);
	db_bind_text(s, 2, path);
	r = db_step(s);
	db_reset(s);
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the campaign does not cover this grid");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if ((l = json_array()) == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	json_array_foreach(texts, i, v) {
		snprintf(code, sizeof code, "c%zu", i + 1);
		json_array_append_new(l, json_pack("{s:s, s:O, s:O}", "item", code, "label", v,
		    "label_en", v));
	}
	*out = l;
out:
	json_decref(texts);
	return rc;
}

/* ------------------------------------------------------------------ create */

static const struct val_field answer_fields[] = {
	{ "item", VT_STRING, VF_REQUIRED, 1, LIM_PATROL_CODE_CHARS, NULL, NULL },
	{ "answer", VT_STRING, VF_REQUIRED, 0, 0, answers, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

/* Answers the checklist `want` (the kind's or the campaign's) from the request's "checklist":
 * each entry an item of it, once, every item answered, a problem with its note. Fills
 * attrs.checklist and the counts. */
static pa_err checklist_answer(struct create_ctx *x, const json_t *want)
{
	const json_t *given = json_object_get(x->n->request, "checklist");
	json_t *out = json_array();
	int problems = 0;
	char field[48];
	size_t i;
	json_t *v;
	pa_err rc = PA_OK;

	if (out == NULL)
		return PA_ERR_NOMEM;
	json_array_foreach(given, i, v) {
		const char *code, *note;
		json_t *w, *e;
		snprintf(field, sizeof field, "checklist[%zu].", i);
		if (!json_is_object(v)) {
			snprintf(field, sizeof field, "checklist[%zu]", i);
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
			    "%s must be an object", field);
			rc = PA_ERR_INVALID;
			goto out;
		}
		if ((rc = val_check(v, answer_fields, field, x->err)) != PA_OK)
			goto out;
		code = val_str(v, "item");
		note = val_str(v, "note");
		snprintf(field, sizeof field, "checklist[%zu].item", i);
		if ((w = checklist_find(want, code)) == NULL) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
			    "%s is not an item of this patrol's checklist", field);
			rc = PA_ERR_INVALID;
			goto out;
		}
		if (checklist_find(out, code)) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
			    "%s answers an item a second time", field);
			rc = PA_ERR_INVALID;
			goto out;
		}
		if (strcmp(val_str(v, "answer"), "problem") == 0) {
			problems++;
			if (note == NULL || val_blank(note)) {
				snprintf(field, sizeof field, "checklist[%zu].note", i);
				pa_error_set(x->err, PA_ERR_INVALID, "missing_field", field,
				    "%s is required: say what the problem is", field);
				rc = PA_ERR_INVALID;
				goto out;
			}
		}
		e = json_pack("{s:s, s:O, s:O, s:s, s:s}", "item", code,
		    "label", json_object_get(w, "label"), "label_en", json_object_get(w, "label_en"),
		    "answer", val_str(v, "answer"), "note", note ? note : "");
		if (e == NULL) {
			rc = PA_ERR_NOMEM;
			goto out;
		}
		json_array_append_new(out, e);
	}
	if (json_array_size(out) != json_array_size(want)) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "checklist",
		    "checklist must answer every item (%d of %d answered)", (int)json_array_size(out),
		    (int)json_array_size(want));
		rc = PA_ERR_INVALID;
		goto out;
	}
	json_object_set_new(x->attrs, "items", json_integer((json_int_t)json_array_size(out)));
	json_object_set_new(x->attrs, "problems", json_integer(problems));
	json_object_set_new(x->attrs, "open_findings", json_integer(problems));
	json_object_set(x->attrs, "checklist", out);
out:
	json_decref(out);
	return rc;
}

static pa_err on_create(struct create_ctx *x)
{
	struct case_new *n = x->n;
	struct category k = { 0 };
	json_t *want = NULL;
	int64_t at = x->now, campaign;
	struct org o;
	char title[LIM_TITLE_CHARS * 4 + 1];
	pa_err rc;

	if (n->org_id == 0 || org_get(x->conn, n->org_id, &o) != PA_OK ||
	    strcmp(o.kind, "grid") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a grid");
		return PA_ERR_INVALID;
	}
	/* one of their own grids: a grid worker's grant covers it */
	if (x->user != &case_system_user &&
	    (scope_roles_at(x->user, o.path) & ROLE_GRID_WORKER) == 0) {
		pa_error_set(x->err, PA_ERR_FORBIDDEN, "forbidden", "org_id",
		    "only a grid worker of this grid may record its patrols");
		return PA_ERR_FORBIDDEN;
	}
	campaign = val_int(n->request, "campaign_id", 0);
	if (n->category == NULL && campaign == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category",
		    "category is required: the kind of patrol");
		return PA_ERR_INVALID;
	}
	if (n->category) {
		rc = catalog_get(x->conn, n->category, &k);
		if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(k.case_type, "patrol") != 0)) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "category",
			    "category must be a kind of patrol from the catalogue");
			return PA_ERR_INVALID;
		}
		if (rc != PA_OK)
			return rc;
	}
	if (val_has(n->request, "patrolled_at")) {
		time_parse(val_str(n->request, "patrolled_at"), &at);
		if (at > x->now + PATROL_FUTURE_SLACK_MS) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "patrolled_at",
			    "the time of the patrol must not be in the future");
			return PA_ERR_INVALID;
		}
	}
	/* the checklist: the campaign's when done under one, else the kind's */
	if (campaign) {
		if ((rc = checklist_of_campaign(x, campaign, o.path, &want)) != PA_OK)
			return rc;
		json_object_set_new(x->attrs, "campaign_id", json_integer(campaign));
	} else if ((want = checklist_of_kind(x->conn, n->category)) == NULL) {
		return PA_ERR_DB;
	}
	rc = checklist_answer(x, want);
	json_decref(want);
	if (rc != PA_OK)
		return rc;
	json_object_set_new(x->attrs, "patrolled_at", json_integer(at));
	/* no title given: "<grid>·<kind>排查", kept in type_data until the create ends */
	if (n->title == NULL || val_blank(n->title)) {
		const char *what = n->category ? k.name : "专项整治";
		size_t wl = strlen(what), sl = strlen("排查");
		snprintf(title, sizeof title, "%s·%s%s", o.name, what,
		    wl >= sl && strcmp(what + wl - sl, "排查") == 0 ? "" : "排查");
		utf8_clip(title);
		if ((x->type_data = strdup(title)) == NULL)
			return PA_ERR_NOMEM;
		x->type_free = free;
		n->title = x->type_data;
	}
	return PA_OK;
}

/* In the create's write: a patrol that recorded problems tells the community (rule
 * "problems", fired only then). */
static pa_err after_create(struct create_ctx *x)
{
	struct case_rec rec = { .id = x->id, .type = x->n->type, .org_id = x->n->org_id,
		.unit_id = x->n->unit_id, .reporter_id = x->user->id, .title = x->n->title };

	if (json_integer_value(json_object_get(x->attrs, "problems")) == 0)
		return PA_OK;
	return notify_rules_fire(x->conn, &rec, "problems", NULL, x->user->id, x->now);
}

/* ------------------------------------------------------------------ findings → cases */

/* The finding (发现问题) of the request's "patrol_id" and "patrol_item", for the on_create of
 * the case it becomes (event.c, risk.c): a patrol the creator may see, an item of its
 * checklist answered "problem" and not turned before (409). Without patrol_id nothing is
 * done. Sets the case's place (when not given), a title and body from the finding (when not
 * given) and attrs patrol_id, patrol_item. */
pa_err patrol_finding_check(struct create_ctx *x, int64_t *patrol_org)
{
	const json_t *q = x->n->request;
	int64_t id = val_int(q, "patrol_id", 0);
	const char *item = val_str(q, "patrol_item");
	struct arena *a;
	struct case_rec p = { 0 };
	json_t *f;
	char title[LIM_TITLE_CHARS * 4 + 1];
	pa_err rc;

	*patrol_org = 0;
	if (id == 0 && item == NULL)
		return PA_OK;
	if (id == 0 || item == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", id ? "patrol_item" : "patrol_id",
		    "%s is required: the patrol and its check item go together",
		    id ? "patrol_item" : "patrol_id");
		return PA_ERR_INVALID;
	}
	if ((a = arena_new(LIM_ARENA_BYTES)) == NULL)
		return PA_ERR_NOMEM;
	rc = case_get_visible(x->conn, a, id, x->user, &p);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(p.type->code, "patrol") != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "patrol_id",
		    "the patrol does not exist or is not one you may see");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if (rc != PA_OK)
		goto out;
	f = checklist_find(json_object_get(p.attrs, "checklist"), item);
	if (f == NULL || strcmp(json_string_value(json_object_get(f, "answer")), "problem") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "patrol_item",
		    "the check item is not one this patrol found a problem with");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if (json_object_get(f, "case_id")) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "patrol_item",
		    "this finding was already turned into a case");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	*patrol_org = p.org_id;
	if (x->n->org_id == 0 && !x->n->has_location)
		x->n->org_id = p.org_id;
	json_object_set_new(x->attrs, "patrol_id", json_integer(id));
	json_object_set_new(x->attrs, "patrol_item", json_string(item));
	json_object_set_new(x->attrs, "patrol_code", json_string(p.code));
	/* the finding's words, kept in attrs (they outlive the create's hooks) */
	snprintf(title, sizeof title, "排查发现：%s", json_string_value(json_object_get(f,
	    "label")));
	utf8_clip(title);
	json_object_set_new(x->attrs, "patrol_finding", json_string(title));
	json_object_set(x->attrs, "patrol_note", json_object_get(f, "note"));
	if (x->n->title == NULL || val_blank(x->n->title))
		x->n->title = json_string_value(json_object_get(x->attrs, "patrol_finding"));
	if (x->n->body == NULL || val_blank(x->n->body))
		x->n->body = json_string_value(json_object_get(x->attrs, "patrol_note"));
	rc = PA_OK;
out:
	case_rec_clear(&p);
	arena_free(a);
	return rc;
}

static const char SQL_PATROL_ATTRS[] =
    "SELECT attrs FROM cases WHERE id = ?1 AND type = 'patrol'";
static const char SQL_PATROL_ATTRS_PUT[] = "UPDATE cases SET attrs = ?2 WHERE id = ?1";
static const char SQL_PATROL_TURNED[] =
    "UPDATE patrol_details SET open_findings = open_findings - 1 WHERE case_id = ?1 "
    "AND open_findings > 0";

/* Inside the create's write (after_create of the new case): the finding is marked turned on
 * the patrol (checked again here, so two creates racing for one finding cannot both win),
 * the two cases are linked (from_patrol) and the patrol's timeline says so. Nothing without
 * patrol_id. */
pa_err patrol_finding_turn(struct create_ctx *x)
{
	int64_t id = json_integer_value(json_object_get(x->attrs, "patrol_id"));
	const char *item = json_string_value(json_object_get(x->attrs, "patrol_item"));
	const char *type = x->n->type->code;
	struct db_stmt *s;
	json_t *attrs = NULL, *f;
	char *text = NULL, data[160];
	pa_err rc = PA_ERR_DB;

	if (id == 0 || item == NULL)
		return PA_OK;
	if ((s = db_prepare(x->conn, SQL_PATROL_ATTRS)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	if (db_step(s) == DB_ROW)
		attrs = json_loads(db_col_text(s, 0), 0, NULL);
	db_reset(s);
	f = checklist_find(json_object_get(attrs, "checklist"), item);
	if (f == NULL)
		goto out;
	if (json_object_get(f, "case_id")) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "patrol_item",
		    "this finding was already turned into a case");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	json_object_set_new(f, "case_id", json_integer(x->id));
	json_object_set_new(f, "case_type", json_string(type));
	if ((text = json_dumps(attrs, JSON_COMPACT | JSON_SORT_KEYS)) == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	if ((s = db_prepare(x->conn, SQL_PATROL_ATTRS_PUT)) == NULL)
		goto out;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, text);
	if ((rc = db_run(s)) != PA_OK)
		goto out;
	if ((s = db_prepare(x->conn, SQL_PATROL_TURNED)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, id);
	if ((rc = db_run(s)) != PA_OK ||
	    (rc = gov_link(x->conn, x->id, id, "from_patrol", x->now)) != PA_OK)
		goto out;
	snprintf(data, sizeof data, "{\"item\":\"%s\",\"%s_id\":%lld}", item, type,
	    (long long)x->id);
	rc = gov_note(x->conn, id, x->user->id, x->now, strcmp(type, "risk") == 0 ?
	    "发现问题已登记为风险" : "发现问题已转为网格事件", data);
out:
	free(text);
	json_decref(attrs);
	return rc;
}

/* ------------------------------------------------------------------ tables */

static const struct val_field create_fields[] = {
	{ "patrolled_at", VT_TIME, 0, 0, 0, NULL, NULL },
	{ "checklist", VT_ARRAY, VF_REQUIRED, 1, LIM_PATROL_ITEMS, NULL, NULL },
	{ "campaign_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_recorded[] = { "recorded", NULL };

static const struct wf_status statuses[] = {
	{ "recorded", "已登记", "Recorded", false },
	{ "reviewed", "已阅", "Reviewed", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "review", "已阅", "Mark reviewed", from_recorded, "reviewed",
	  ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN, false, reason_fields, NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct tf_choice answer_choices[] = {
	{ "ok", "正常", "OK" },
	{ "problem", "有问题", "Problem" },
	{ "na", "不适用", "Not applicable" },
	{ NULL, NULL, NULL },
};

/* The patrol's own fields: the TF_STORED ones are the columns of patrol_details, in order. */
static const struct type_field fields[] = {
	{ "patrolled_at", "排查时间", "Patrolled at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "items", "检查项", "Items", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "problems", "发现问题", "Problems", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "open_findings", "待转办问题", "Findings not yet acted on", TF_INT,
	  TF_STORED | TF_LIST, NULL },
	{ "campaign_id", "专项整治", "Campaign", TF_INT, TF_STORED, NULL },
	/* not a column: the answered checklist (an extra in attrs) */
	{ "checklist", "检查清单", "Checklist", TF_JSON, 0, NULL },
	{ "answer", "检查结果", "Answer", TF_CHOICE, TF_INTERNAL, answer_choices },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT patrolled_at, items, problems, open_findings, campaign_id FROM patrol_details "
    "WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO patrol_details (case_id, patrolled_at, items, problems, open_findings, "
    "campaign_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (case_id) DO UPDATE SET "
    "patrolled_at = ?2, items = ?3, problems = ?4, open_findings = ?5, campaign_id = ?6";

static const char *const attr_names[] = { "checklist", NULL };

static const char *const done_review[] = { "review", NULL };

/* Who is told: the community (the nearest unit above the grid with a leader or an operator)
 * when a patrol records problems, a to-do until someone there marks it reviewed. */
static const struct notify_rule notify_rules[] = {
	/* leaders and operators apart: the nearest of each (a community's own leader, the
	 * street's operators) */
	{ "problems", NR_AT_ORG | ROLE_OPERATOR, "patrol_problems",
	  "网格排查发现问题，请关注：%s", "A patrol found problems: %s", done_review },
	{ "problems", NR_AT_ORG | ROLE_LEADER, "patrol_problems",
	  "网格排查发现问题，请关注：%s", "A patrol found problems: %s", done_review },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	struct category k;

	if (c == NULL || catalog_get(c, code, &k) != PA_OK)
		return false;
	snprintf(out, outlen, "%s", catalog_name(&k, en));
	return true;
}

static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	(void)now;
	sb_printf(b, ",\"has_problems\":%s", json_integer_value(json_object_get(c->attrs,
	    "problems")) > 0 ? "true" : "false");
}


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "patrol_problems", "排查发现问题", "Patrol found problems" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "%s is not an item of this patrol's checklist", "%s不是本次排查清单中的检查项" },
	{ "%s answers an item a second time", "%s重复填写了同一检查项" },
	{ "%s is required: say what the problem is", "请填写%s：说明发现的问题" },
	{ "checklist must answer every item (%d of %d answered)",
	    "检查清单的每一项都须填写（已填 %d 项，共 %d 项）" },
	{ "the unit must be a grid", "所在单位须为网格" },
	{ "only a grid worker of this grid may record its patrols", "只有本网格的网格员可以登记排查" },
	{ "category is required: the kind of patrol", "请选择排查类别" },
	{ "category must be a kind of patrol from the catalogue", "排查类别不在类别目录中" },
	{ "the time of the patrol must not be in the future", "排查时间不能晚于现在" },
	{ "%s is required: the patrol and its check item go together", "缺少%s：排查记录与检查项须同时填写" },
	{ "the patrol does not exist or is not one you may see", "排查记录不存在或您无权查看" },
	{ "the check item is not one this patrol found a problem with",
	    "该检查项在本次排查中未发现问题" },
	{ "this finding was already turned into a case", "该问题已转办，不能重复转办" },
	{ "the grid chosen is not a grid", "所选网格不是网格" },
	{ "this code belongs to another catalogue", "该编码已被其他类别目录使用" },
	{ "%s may hold only letters, digits, '_' and '-'", "%s只能包含字母、数字、下划线和连字符" },
	{ "%s names an item a second time", "%s重复列出了同一检查项" },
	{ "items must list at least one checklist item", "检查项至少要有一项" },
	{ "the campaign is not a rectification campaign", "所属专项整治不存在" },
	{ "the campaign is closed; patrols under it are no longer recorded",
	    "该专项整治已结束，不能再登记其下的排查" },
	{ "the campaign does not cover this grid", "该网格不在专项整治覆盖范围内" },
	{ "cannot store the patrol kind", "排查类别保存失败，请稍后重试" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "grid_id", "网格", "grid", NULL, NULL },
	{ "item", "检查项", "check item", NULL, NULL },
	{ "label", "检查项名称", "check item name", NULL, NULL },
	{ "patrolled_at", "排查时间", "time of the patrol", NULL, NULL },
	{ "answer", "检查结果", "check result", NULL, NULL },
	{ "label_en", "检查项英文名称", "check item's English name", NULL, NULL },
	{ "patrol_id", "排查记录", "patrol", NULL, NULL },
	{ "patrol_item", "检查项", "check item", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type patrol_type = {
	.code = "patrol",
	.name_zh = "排查",
	.name_en = "Patrol check",
	.code_prefix = "PC",
	.initial = "recorded",
	.statuses = statuses,
	.actions = actions,
	.who_create = ROLE_GRID_WORKER,
	.attr_names = attr_names,
	.categories = NULL,
	.create_fields = create_fields,
	.on_create = on_create,
	.after_create = after_create,
	.extra_json = extra_json,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.notify = notify_rules,
	.catalog = true,
	.category_name = category_name,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};
