/* campaign.c — rectification campaigns (专项整治, 治安重点地区和治安突出问题排查整治): two case
 * types.
 *
 * "campaign" (专项整治): created by a leader (or admin) of the unit that runs it (牵头单位, the
 * case's org unit), with a period (period_from..period_to), the org units it covers (unit_ids,
 * each inside the running unit's subtree) and a checklist of what to look for (checklist: short
 * items such as 消防通道堵塞). running → closed; `close` only by the running unit's leader, and
 * refused with 409 while an item is not verified unless fields.carry_over is true with a reason
 * (结转: the items stay open and the closing report lists them). The covered units and the
 * checklist are rows of campaign_units and campaign_checklist (SQL-readable, campaign.h); who
 * sees a campaign is campaign_visible().
 *
 * "campaign_item" (整改事项): a problem or place found under a campaign. Its org unit is the owner
 * unit (责任单位, one of the covered units), its assigned unit the campaign's unit (验收单位), and
 * its deadline the running stage "rectify", so the scheduler's yellow/red warnings and their
 * notices serve it like an event's deadline. open → rectified (`rectify` by the owner unit's own
 * staff, with a note) → verified (`verify` by the campaign's unit); `reject` (验收不通过) sends it
 * back to open with a reason and the deadline running again. It is linked to its campaign
 * (case_links, kind "campaign").
 */
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "campaign.h"
#include "governance.h"

static const char SQL_IS_CAMPAIGN[] =
    "SELECT 1 FROM cases WHERE id = ?1 AND type = 'campaign'";
static const char SQL_CHECKLIST[] =
    "SELECT seq, item FROM campaign_checklist WHERE campaign_id = ?1 ORDER BY seq";

pa_err campaign_checklist(struct db_conn *conn, int64_t campaign_id, json_t **out)
{
	struct db_stmt *s = db_prepare(conn, SQL_IS_CAMPAIGN);
	json_t *l = NULL;
	pa_err rc = PA_OK;
	int st;

	*out = NULL;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, campaign_id);
	st = db_step(s);
	db_reset(s);
	if (st != DB_ROW) {
		rc = st == DB_DONE ? PA_ERR_NOT_FOUND : PA_ERR_DB;
		goto out;
	}
	if ((s = db_prepare(conn, SQL_CHECKLIST)) == NULL || (l = json_array()) == NULL) {
		rc = s ? PA_ERR_NOMEM : PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, campaign_id);
	while ((st = db_step(s)) == DB_ROW)
		json_array_append_new(l, json_string(db_col_text(s, 1)));
	db_reset(s);
	if (st != DB_DONE) {
		rc = PA_ERR_DB;
		goto out;
	}
	*out = l;
	l = NULL;
out:
	json_decref(l);
	return rc;
}

/* Seen by staff whose grants cover the running unit, or cover, or lie inside, a covered unit. */
static const char SQL_VISIBLE[] =
    "SELECT 1 FROM cases c JOIN orgs o ON o.id = c.org_id "
    "WHERE c.id = ?2 AND c.type = 'campaign' AND (EXISTS (SELECT 1 FROM grants g "
    "JOIN orgs go ON go.id = g.org_id WHERE g.user_id = ?1 AND g.role <> 'citizen' "
    "AND substr(o.path, 1, length(go.path)) = go.path) OR " CAMPAIGN_UNITS_SEEN_SQL ")";

bool campaign_visible(struct db_conn *conn, int64_t campaign_id, const struct auth_user *u)
{
	struct db_stmt *s = db_prepare(conn, SQL_VISIBLE);
	bool yes;

	if (s == NULL || u == NULL)
		return false;
	db_bind_int(s, 1, u->id);
	db_bind_int(s, 2, campaign_id);
	yes = db_step(s) == DB_ROW;
	db_reset(s);
	return yes;
}

static int64_t attr_int(const json_t *attrs, const char *k)
{
	return json_integer_value(json_object_get(attrs, k));
}

/* ================================================================== campaign */

static pa_err campaign_on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;
	json_t *units = json_object_get(q, "unit_ids"), *list = json_object_get(q, "checklist");
	json_t *v, *ids = NULL, *items = NULL;
	int64_t from = 0, to = 0;
	struct org run, o;
	size_t i, k;
	pa_err rc = PA_ERR_INVALID;

	time_parse(val_str(q, "period_from"), &from);
	time_parse(val_str(q, "period_to"), &to);
	if (to < from) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "period_to",
		    "the end date must not be before the start date");
		goto out;
	}
	if (to - from > (int64_t)LIM_CAMPAIGN_DAYS * GOV_DAY_MS) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "period_to",
		    "a campaign lasts at most %d days", LIM_CAMPAIGN_DAYS);
		goto out;
	}
	if (org_get(x->conn, x->n->org_id, &run) != PA_OK) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit does not exist");
		goto out;
	}
	if (json_array_size(units) == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "unit_ids",
		    "choose at least one unit for the campaign to cover");
		goto out;
	}
	if ((ids = json_array()) == NULL || (items = json_array()) == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	json_array_foreach(units, i, v) {
		int64_t id = json_integer_value(v);
		if (!json_is_integer(v) || org_get(x->conn, id, &o) != PA_OK ||
		    strncmp(o.path, run.path, strlen(run.path)) != 0) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "unit_ids",
			    "the units covered must be inside the unit that runs the campaign");
			goto out;
		}
		for (k = 0; k < i; k++)
			if (json_integer_value(json_array_get(units, k)) == id) {
				pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "unit_ids",
				    "the units covered name the same unit twice");
				goto out;
			}
		json_array_append_new(ids, json_integer(id));
	}
	if (json_array_size(list) == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "checklist",
		    "checklist must hold at least one item to look for");
		goto out;
	}
	json_array_foreach(list, i, v) {
		const char *t = json_string_value(v);
		long n = t ? utf8_chars(t, strlen(t)) : -1;
		if (t == NULL || val_blank(t) || n < 1 || n > LIM_CAMPAIGN_CHECK_CHARS) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "checklist",
			    "each checklist item is a text of 1 to %d characters",
			    LIM_CAMPAIGN_CHECK_CHARS);
			goto out;
		}
		for (k = 0; k < i; k++)
			if (strcmp(json_string_value(json_array_get(list, k)), t) == 0) {
				pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "checklist",
				    "checklist holds the same item twice");
				goto out;
			}
		json_array_append_new(items, json_string(t));
	}
	json_object_set_new(x->attrs, "period_from", json_integer(from));
	json_object_set_new(x->attrs, "period_to", json_integer(to));
	json_object_set_new(x->attrs, "units", json_integer((json_int_t)json_array_size(ids)));
	json_object_set_new(x->attrs, "checklist_items",
	    json_integer((json_int_t)json_array_size(items)));
	json_object_set_new(x->attrs, "unit_ids", ids);
	json_object_set_new(x->attrs, "checklist", items);
	ids = items = NULL;
	rc = PA_OK;
out:
	json_decref(ids);
	json_decref(items);
	return rc;
}

static const char SQL_UNIT_ADD[] =
    "INSERT INTO campaign_units (campaign_id, org_id) VALUES (?1, ?2)";
static const char SQL_CHECK_ADD[] =
    "INSERT INTO campaign_checklist (campaign_id, seq, item) VALUES (?1, ?2, ?3)";

/* In the create's write: the covered units and the checklist as rows. */
static pa_err campaign_after_create(struct create_ctx *x)
{
	json_t *v;
	size_t i;
	pa_err rc;

	json_array_foreach(json_object_get(x->attrs, "unit_ids"), i, v) {
		struct db_stmt *s = db_prepare(x->conn, SQL_UNIT_ADD);
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, x->id);
		db_bind_int(s, 2, json_integer_value(v));
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	json_array_foreach(json_object_get(x->attrs, "checklist"), i, v) {
		struct db_stmt *s = db_prepare(x->conn, SQL_CHECK_ADD);
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, x->id);
		db_bind_int(s, 2, (int64_t)i + 1);
		db_bind_text(s, 3, json_string_value(v));
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

static const char SQL_NOT_VERIFIED[] =
    "SELECT COUNT(*) FROM campaign_item_details d JOIN cases c ON c.id = d.case_id "
    "WHERE d.campaign_id = ?1 AND c.status <> 'verified'";

/* 结束: refused while an item is not verified, unless carried over (结转) with a reason. */
static pa_err close_apply(struct wf_ctx *x)
{
	struct db_stmt *s = db_prepare(x->conn, SQL_NOT_VERIFIED);
	int64_t open = 0;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, x->c->id);
	if (db_step(s) == DB_ROW)
		open = db_col_int(s, 0);
	db_reset(s);
	if (open > 0 && !json_is_true(json_object_get(x->fields, "carry_over"))) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "items_open", "action",
		    "%lld items of the campaign are not verified yet; verify them, or close carrying them over with a reason",
		    (long long)open);
		return PA_ERR_CONFLICT;
	}
	if (open > 0 && !val_has(x->fields, "reason") && (x->note == NULL || val_blank(x->note))) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.reason",
		    "a reason is required to close a campaign with items carried over");
		return PA_ERR_INVALID;
	}
	json_object_set_new(x->c->attrs, "open_at_close", json_integer(open));
	if (val_has(x->fields, "reason") || (x->note && !val_blank(x->note)))
		json_object_set_new(x->c->attrs, "close_reason", json_string(val_has(x->fields,
		    "reason") ? val_str(x->fields, "reason") : x->note));
	return PA_OK;
}

static bool holds(const struct auth_user *u, const char *path, unsigned roles, bool exact);

/* 结束 is for a leader of the running unit (or above it); other staff get a 403 naming that. */
static pa_err leader_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)now;
	if (holds(u, c->org_path, ROLE_LEADER, false))
		return PA_OK;
	pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", "action",
	    "only a leader of the unit that runs the campaign may close it");
	return PA_ERR_FORBIDDEN;
}

static const struct val_field close_fields[] = {
	{ "carry_over", VT_BOOL, 0, 0, 0, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field campaign_create_fields[] = {
	{ "period_from", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "period_to", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "unit_ids", VT_ARRAY, VF_REQUIRED, 0, LIM_CAMPAIGN_UNITS, NULL, NULL },
	{ "checklist", VT_ARRAY, VF_REQUIRED, 0, LIM_CAMPAIGN_CHECKLIST, NULL, NULL },
	VAL_END
};

static const char *const from_running[] = { "running", NULL };

static const struct wf_status campaign_statuses[] = {
	{ "running", "整治中", "Running", false },
	{ "closed", "已结束", "Closed", true },
	{ NULL, NULL, NULL, false },
};
static const struct wf_action campaign_actions[] = {
	{ "close", "结束整治", "Close", from_running, "closed", ROLE_STAFF, false, close_fields,
	  leader_guard, close_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};
static const struct type_field campaign_fields[] = {
	{ "period_from", "开始日期", "From", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "period_to", "结束日期", "To", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "units", "覆盖单位数", "Units covered", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "checklist_items", "排查要点数", "Checklist items", TF_INT, TF_STORED, NULL },
	{ "open_at_close", "结转事项", "Carried over", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_CAMPAIGN_SIDE_SELECT[] =
    "SELECT period_from, period_to, units, checklist_items, open_at_close FROM campaign_details "
    "WHERE case_id = ?1";
static const char SQL_CAMPAIGN_SIDE_UPSERT[] =
    "INSERT INTO campaign_details (case_id, period_from, period_to, units, checklist_items, "
    "open_at_close) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (case_id) DO UPDATE SET "
    "period_from = ?2, period_to = ?3, units = ?4, checklist_items = ?5, open_at_close = ?6";
static const char *const campaign_attr_names[] = { "unit_ids", "checklist", "close_reason",
	NULL };

/* The running unit's operators learn that a campaign was closed. */
static const struct notify_rule campaign_notify[] = {
	{ "close", NR_AT_ORG | ROLE_OPERATOR, "campaign_closed", "专项整治已结束：%s",
	  "A campaign was closed: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "campaign_item", "整改交办", "Item to rectify" },
	{ "campaign_rectified", "待验收", "To verify" },
	{ "campaign_rejected", "验收退回", "Sent back" },
	{ "campaign_closed", "整治结束", "Campaign closed" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "the end date must not be before the start date", "结束日期不能早于开始日期" },
	{ "a campaign lasts at most %d days", "专项整治期限最长 %d 天" },
	{ "choose at least one unit for the campaign to cover", "请至少选择一个覆盖单位" },
	{ "the units covered must be inside the unit that runs the campaign",
	    "覆盖单位必须是牵头单位所辖单位" },
	{ "the units covered name the same unit twice", "覆盖单位重复" },
	{ "checklist must hold at least one item to look for", "请至少填写一项排查要点" },
	{ "each checklist item is a text of 1 to %d characters", "每项排查要点应为 1 至 %d 个字" },
	{ "checklist holds the same item twice", "排查要点重复" },
	{ "%lld items of the campaign are not verified yet; verify them, or close carrying them over with a reason",
	    "还有 %lld 项整改事项未验收；请先验收，或填写理由后结转结束" },
	{ "a reason is required to close a campaign with items carried over",
	    "有未验收事项结转时，请填写结束理由" },
	{ "the campaign does not exist or is not one you may see", "所属专项整治不存在或不在您的权限范围内" },
	{ "the campaign is closed; no more items can be added", "该专项整治已结束，不能再添加整改事项" },
	{ "the unit responsible must be one of the units the campaign covers",
	    "责任单位必须是该专项整治覆盖的单位" },
	{ "deadline must not be before the campaign starts", "整改期限不能早于专项整治开始日期" },
	{ "the checklist point is not one of the campaign's checklist", "该专项整治没有这项排查要点" },
	{ "only the staff of the owner unit may report the item rectified",
	    "只有责任单位的工作人员才能报告整改完成" },
	{ "no such campaign", "专项整治不存在" },
	{ "only the unit that runs the campaign may verify its items", "只有专项整治牵头单位才能验收整改事项" },
	{ "only a leader of the unit that runs the campaign may close it", "只有牵头单位的领导才能结束专项整治" },
	{ "the unit is not one the campaign covers", "该单位不在专项整治覆盖范围内" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "carry_over", "结转未验收事项", "carry over unverified items", NULL, NULL },
	{ "campaign_id", "所属专项整治", "campaign", NULL, NULL },
	{ "checklist", "排查要点", "checklist", "checklist point", "条排查要点" },
	{ "checklist_seq", "排查要点", "checklist point", NULL, NULL },
	{ "deadline", "整改期限", "deadline for rectification", NULL, NULL },
	{ "period_from", "开始日期", "start date", NULL, NULL },
	{ "period_to", "结束日期", "end date", NULL, NULL },
	{ "unit_ids", "覆盖单位", "units covered", "unit", "个覆盖单位" },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type campaign_type = {
	.code = "campaign",
	.name_zh = "专项整治",
	.name_en = "Campaign",
	.code_prefix = "ZZ",
	.initial = "running",
	.statuses = campaign_statuses,
	.actions = campaign_actions,
	.who_create = ROLE_LEADER | ROLE_ADMIN,
	.attr_names = campaign_attr_names,
	.create_fields = campaign_create_fields,
	.on_create = campaign_on_create,
	.after_create = campaign_after_create,
	.fields = campaign_fields,
	.side_select = SQL_CAMPAIGN_SIDE_SELECT,
	.side_upsert = SQL_CAMPAIGN_SIDE_UPSERT,
	.notify = campaign_notify,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ================================================================== item */

static const char SQL_COVERS[] =
    "SELECT 1 FROM campaign_units WHERE campaign_id = ?1 AND org_id = ?2";

static pa_err item_on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;
	int64_t cid = val_int(q, "campaign_id", 0), seq = val_int(q, "checklist_seq", 0), due = 0;
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c = { 0 };
	struct db_stmt *s;
	json_t *list;
	bool covers;
	pa_err rc;

	if (a == NULL)
		return PA_ERR_NOMEM;
	rc = case_load(x->conn, a, cid, &c);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && (strcmp(c.type->code, "campaign") != 0 ||
	    !campaign_visible(x->conn, cid, x->user)))) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "campaign_id",
		    "the campaign does not exist or is not one you may see");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if (rc != PA_OK)
		goto out;
	if (c.closed_at) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", "campaign_id",
		    "the campaign is closed; no more items can be added");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	if ((s = db_prepare(x->conn, SQL_COVERS)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, cid);
	db_bind_int(s, 2, x->n->org_id);
	covers = db_step(s) == DB_ROW;
	db_reset(s);
	if (!covers) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit responsible must be one of the units the campaign covers");
		rc = PA_ERR_INVALID;
		goto out;
	}
	time_parse(val_str(q, "deadline"), &due);
	if (due < attr_int(c.attrs, "period_from")) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "deadline",
		    "deadline must not be before the campaign starts");
		rc = PA_ERR_INVALID;
		goto out;
	}
	list = json_object_get(c.attrs, "checklist");
	if (seq > (int64_t)json_array_size(list)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "checklist_seq",
		    "the checklist point is not one of the campaign's checklist");
		rc = PA_ERR_INVALID;
		goto out;
	}
	x->n->unit_id = c.org_id;
	x->n->due_at = due;
	x->n->stage = "rectify";
	x->n->stage_started_at = x->now < due ? x->now : due;
	json_object_set_new(x->attrs, "campaign_id", json_integer(cid));
	json_object_set_new(x->attrs, "owner_unit_id", json_integer(x->n->org_id));
	json_object_set_new(x->attrs, "deadline", json_integer(due));
	json_object_set_new(x->attrs, "rejections", json_integer(0));
	if (seq > 0) {
		json_object_set_new(x->attrs, "checklist_seq", json_integer(seq));
		json_object_set_new(x->attrs, "checklist_item",
		    json_string(json_string_value(json_array_get(list, (size_t)seq - 1))));
	}
	json_object_set_new(x->attrs, "campaign_title", json_string(c.title));
out:
	case_rec_clear(&c);
	arena_free(a);
	return rc;
}

static pa_err item_after_create(struct create_ctx *x)
{
	return gov_link(x->conn, x->id, val_int(x->n->request, "campaign_id", 0), "campaign",
	    x->now);
}

/* True when u holds one of roles at a unit whose subtree holds path (exact: at that unit). */
static bool holds(const struct auth_user *u, const char *path, unsigned roles, bool exact)
{
	for (int i = 0; path && i < u->ngrants; i++) {
		const char *g = u->grants[i].org_path;
		if ((u->grants[i].role & roles) &&
		    (exact ? strcmp(g, path) == 0 : strncmp(path, g, strlen(g)) == 0))
			return true;
	}
	return false;
}

/* 整改 is the owner unit's own work: a grant at that very unit (an admin anywhere). A unit
 * above it (the campaign's unit) verifies instead. */
static pa_err owner_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)now;
	if (holds(u, "/", ROLE_ADMIN, false) || holds(u, c->org_path, ROLE_STAFF, true))
		return PA_OK;
	pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", "action",
	    "only the staff of the owner unit may report the item rectified");
	return PA_ERR_FORBIDDEN;
}

/* 验收 is the campaign's unit's (the item's assigned unit): its leaders and operators. */
static pa_err verifier_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	(void)now;
	if (holds(u, c->unit_path, ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN, false))
		return PA_OK;
	pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", "action",
	    "only the unit that runs the campaign may verify its items");
	return PA_ERR_FORBIDDEN;
}

static pa_err rectify_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "rectified_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "rectify_note", json_string(x->note ? x->note : ""));
	json_object_set_new(x->c->attrs, "rectified_late",
	    json_boolean(x->now > attr_int(x->c->attrs, "deadline")));
	x->c->stage = NULL;
	x->c->due_at = 0;
	x->c->stage_started_at = 0;
	x->c->warn = NULL;
	return PA_OK;
}

static pa_err verify_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "verified_at", json_integer(x->now));
	return PA_OK;
}

/* 验收不通过: back to open, the deadline running again (overdue at once when it has passed). */
static pa_err reject_apply(struct wf_ctx *x)
{
	int64_t due = attr_int(x->c->attrs, "deadline");

	json_object_set_new(x->c->attrs, "rejections",
	    json_integer(attr_int(x->c->attrs, "rejections") + 1));
	json_object_del(x->c->attrs, "rectified_at");
	x->c->stage = "rectify";
	x->c->due_at = due;
	x->c->stage_started_at = x->now < due ? x->now : due;
	x->c->warn = NULL;
	return PA_OK;
}

static const struct val_field item_create_fields[] = {
	{ "campaign_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "deadline", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "checklist_seq", VT_INT, 0, 1, LIM_CAMPAIGN_CHECKLIST, NULL, NULL },
	VAL_END
};
static const struct val_field item_reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", NULL };
static const char *const from_rectified[] = { "rectified", NULL };

static const struct wf_status item_statuses[] = {
	{ "open", "待整改", "Open", false },
	{ "rectified", "已整改待验收", "Rectified", false },
	{ "verified", "已验收", "Verified", true },
	{ NULL, NULL, NULL, false },
};

/* Verifying is open to every staff role in the engine's check (so the owner unit is refused
 * with a 403 naming the rule, not a bare 409); verifier_guard narrows it. */
#define VERIFIERS ROLE_STAFF

static const struct wf_action item_actions[] = {
	{ "rectify", "整改完成", "Rectified", from_open, "rectified", ROLE_STAFF, true, NULL,
	  owner_guard, rectify_apply },
	{ "verify", "验收通过", "Verify", from_rectified, "verified", VERIFIERS, false, NULL,
	  verifier_guard, verify_apply },
	{ "reject", "验收不通过", "Reject", from_rectified, "open", VERIFIERS, true,
	  item_reason_fields, verifier_guard, reject_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};
static const struct type_field item_fields[] = {
	{ "campaign_id", "所属专项整治", "Campaign", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "owner_unit_id", "责任单位", "Owner unit", TF_UNIT, TF_STORED | TF_LIST, NULL },
	{ "checklist_seq", "排查要点", "Checklist item", TF_INT, TF_STORED, NULL },
	{ "deadline", "整改期限", "Deadline", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "rectified_at", "整改时间", "Rectified at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "verified_at", "验收时间", "Verified at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "rejections", "验收退回次数", "Rejections", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_ITEM_SIDE_SELECT[] =
    "SELECT campaign_id, owner_unit_id, checklist_seq, deadline, rectified_at, verified_at, "
    "rejections FROM campaign_item_details WHERE case_id = ?1";
static const char SQL_ITEM_SIDE_UPSERT[] =
    "INSERT INTO campaign_item_details (case_id, campaign_id, owner_unit_id, checklist_seq, "
    "deadline, rectified_at, verified_at, rejections) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (case_id) DO UPDATE SET campaign_id = ?2, owner_unit_id = ?3, "
    "checklist_seq = ?4, deadline = ?5, rectified_at = ?6, verified_at = ?7, rejections = ?8";
static const char *const item_attr_names[] = { "checklist_item", "campaign_title",
	"rectify_note", "rectified_late", NULL };

static const struct stage_def item_stages[] = {
	{ "rectify", "整改期限", "Rectification deadline" },
	{ NULL, NULL, NULL },
};

static const char *const done_rectify[] = { "rectify", NULL };
static const char *const done_verify[] = { "verify", "reject", NULL };

/* Who is told: the owner unit when an item is assigned to it (a to-do until rectified) and
 * when a verification sends it back; the campaign's unit when it is reported rectified (a
 * to-do until verified or rejected); both when the deadline is near (yellow) or passed (red). */
static const struct notify_rule item_notify[] = {
	/* leaders and operators apart: the nearest of each is told (a community's own leader and
	 * the street's operators), one does not hide the other */
	{ "create", NR_AT_ORG | ROLE_OPERATOR, "campaign_item",
	  "专项整治交办整改事项：%s", "A campaign item to rectify: %s", done_rectify },
	{ "create", NR_AT_ORG | ROLE_LEADER, "campaign_item",
	  "专项整治交办整改事项：%s", "A campaign item to rectify: %s", done_rectify },
	{ "rectify", NR_AT_UNIT | ROLE_LEADER | ROLE_OPERATOR, "campaign_rectified",
	  "整改事项已整改，请验收：%s", "An item was rectified; please verify: %s", done_verify },
	{ "reject", NR_AT_ORG | ROLE_OPERATOR, "campaign_rejected",
	  "整改验收未通过，请重新整改：%s", "Rectification not accepted; please redo: %s",
	  done_rectify },
	{ "reject", NR_AT_ORG | ROLE_LEADER, "campaign_rejected",
	  "整改验收未通过，请重新整改：%s", "Rectification not accepted; please redo: %s",
	  done_rectify },
	{ "warn_yellow", NR_AT_ORG | NR_AT_UNIT | ROLE_OPERATOR, "warning",
	  "整改事项即将到期：%s", "A campaign item is almost due: %s", NULL },
	{ "warn_yellow", NR_AT_ORG | NR_AT_UNIT | ROLE_LEADER, "warning",
	  "整改事项即将到期：%s", "A campaign item is almost due: %s", NULL },
	{ "warn_red", NR_AT_ORG | NR_AT_UNIT | ROLE_OPERATOR, "warning",
	  "整改事项已超期：%s", "A campaign item is overdue: %s", NULL },
	{ "warn_red", NR_AT_ORG | NR_AT_UNIT | ROLE_LEADER, "warning",
	  "整改事项已超期：%s", "A campaign item is overdue: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

static void item_extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	sb_adds(b, ",\"warn\":");
	sb_json_str(b, gov_warn(c, now));
}

const struct case_type campaign_item_type = {
	.code = "campaign_item",
	.name_zh = "整改事项",
	.name_en = "Campaign item",
	.code_prefix = "ZG",
	.initial = "open",
	.statuses = item_statuses,
	.actions = item_actions,
	.who_create = ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN | ROLE_GRID_WORKER | ROLE_OFFICER |
	    ROLE_HANDLER | ROLE_MEDIATOR,
	.attr_names = item_attr_names,
	.create_fields = item_create_fields,
	.on_create = item_on_create,
	.after_create = item_after_create,
	.extra_json = item_extra_json,
	.fields = item_fields,
	.side_select = SQL_ITEM_SIDE_SELECT,
	.side_upsert = SQL_ITEM_SIDE_UPSERT,
	.stages = item_stages,
	.notify = item_notify,
};
