/* custody.c — custody of non-case property (非涉案物品管理, case type "custody").
 *
 * An officer registers an item brought to the station (category, description, quantity,
 * photos, why it is held, its owner if known). Every movement is an action with who, when,
 * where and, for disposal, the approving leader: store (入库), move (移库), lend (借出, due
 * back), return_in (归还), release (发还 to the owner, whose ID number is checked), dispose
 * (处置, only after a leader approved it).
 *
 * The custodian rule (保管人与登记人分离): whoever takes `store` becomes the custodian (the
 * case's assignee), and the officer who registered the item may not store it (409).
 *
 * Persons (当事人): role "owner" (物主, 0..1), from the persons registry; release checks the
 * collector's ID number against the owner's through person_id_matches() (blind index).
 *
 * The inventory count (盘点): GET /api/v1/custody/inventory lists what should be where;
 * POST /api/v1/custody/counts compares a count with it and keeps the result.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/attach.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "../core/person.h"
#include "desk2.h"

#define DAY_MS (24LL * 3600 * 1000)

static const struct tf_choice item_categories[] = {
	{ "document", "证件", "Documents" },
	{ "phone", "手机及电子产品", "Phones and electronics" },
	{ "wallet", "钱包及现金", "Wallets and cash" },
	{ "key", "钥匙", "Keys" },
	{ "bag", "箱包", "Bags" },
	{ "vehicle", "车辆", "Vehicles" },
	{ "other", "其他", "Other" },
	{ NULL, NULL, NULL },
};
static const char *const item_category_codes[] = { "document", "phone", "wallet", "key", "bag",
	"vehicle", "other", NULL };
static const struct tf_choice disposal_methods[] = {
	{ "auction", "拍卖", "Auction" },
	{ "destroy", "销毁", "Destroy" },
	{ "hand_over", "上缴或移交", "Hand over" },
	{ "donate", "捐赠", "Donate" },
	{ NULL, NULL, NULL },
};
static const char *const disposal_method_codes[] = { "auction", "destroy", "hand_over", "donate",
	NULL };

/* The statuses in which the item is physically in the store (what a count expects). */
const char *const custody_in_store[] = { "stored", "disposal_pending", "disposal_approved",
	NULL };

/* ------------------------------------------------------------------ create */

static const struct val_field create_fields[] = {
	{ "item_category", VT_STRING, VF_REQUIRED, 1, 32, item_category_codes, NULL },
	{ "quantity", VT_INT, VF_NULLABLE, 1, LIM_CUSTODY_QUANTITY, NULL, NULL },
	{ "reason_held", VT_STRING, VF_NULLABLE, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "hold_days", VT_INT, VF_NULLABLE, 1, LIM_CUSTODY_HOLD_DAYS_MAX, NULL, NULL },
	{ "photos", VT_ARRAY, VF_NULLABLE, 0, 9, NULL, NULL },
	VAL_END
};

/* Custody is kept at a police station (派出所). */
static pa_err station_check(struct db_conn *conn, int64_t org_id, struct pa_error *err)
{
	struct org o;

	if (org_id == 0 || org_get(conn, org_id, &o) != PA_OK ||
	    strcmp(o.kind, "police_station") != 0) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a police station");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

static pa_err on_create(struct create_ctx *x)
{
	const json_t *rq = x->n->request;
	pa_err rc;

	if ((rc = station_check(x->conn, x->n->org_id, x->err)) != PA_OK)
		return rc;
	json_object_set_new(x->attrs, "item_category", json_string(val_str(rq, "item_category")));
	json_object_set_new(x->attrs, "quantity", json_integer(val_int(rq, "quantity", 1)));
	if (val_str(rq, "reason_held"))
		json_object_set_new(x->attrs, "reason_held", json_string(val_str(rq, "reason_held")));
	json_object_set_new(x->attrs, "hold_days", json_integer(val_int(rq, "hold_days",
	    CUSTODY_HOLD_DAYS_DEFAULT)));
	if (json_array_size(json_object_get(rq, "photos")))
		json_object_set(x->attrs, "photos", json_object_get(rq, "photos"));
	return PA_OK;
}

static pa_err after_create(struct create_ctx *x)
{
	const json_t *photos = json_object_get(x->n->request, "photos");

	if (json_array_size(photos) == 0)
		return PA_OK;
	return attach_link(x->conn, x->id, photos, x->user->id, "photos", x->err);
}

/* ------------------------------------------------------------------ guards and hooks */

/* 保管人与登记人分离: the registering officer may not become the custodian. */
static pa_err store_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (c->reporter_id == u->id) {
		pa_error_set(err, PA_ERR_CONFLICT, "custodian_rule", "action",
		    "custodian rule: the officer who registered an item may not store it; another officer must take it into custody");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err dispose_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (strcmp(c->status, "disposal_approved") != 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "approval_required", "action",
		    "an item is disposed of only after a leader approved the disposal");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static void set_str(json_t *attrs, const char *k, const char *v)
{
	json_object_set_new(attrs, k, v ? json_string(v) : json_null());
}

static pa_err store_apply(struct wf_ctx *x)
{
	x->c->assignee_id = x->user->id;          /* the custodian (保管人) */
	set_str(x->c->attrs, "place", val_str(x->fields, "place"));
	json_object_set_new(x->c->attrs, "stored_at", json_integer(x->now));
	return PA_OK;
}

static pa_err move_apply(struct wf_ctx *x)
{
	set_str(x->c->attrs, "place", val_str(x->fields, "place"));
	return PA_OK;
}

static pa_err lend_apply(struct wf_ctx *x)
{
	int64_t due = 0;

	time_parse(val_str(x->fields, "due_back"), &due);
	if (due <= x->now) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.due_back",
		    "the due-back time must be in the future");
		return PA_ERR_INVALID;
	}
	set_str(x->c->attrs, "borrower", val_str(x->fields, "borrower"));
	json_object_set_new(x->c->attrs, "loan_due_at", json_integer(due));
	return PA_OK;
}

static pa_err return_apply(struct wf_ctx *x)
{
	if (val_str(x->fields, "place"))
		set_str(x->c->attrs, "place", val_str(x->fields, "place"));
	json_object_set_new(x->c->attrs, "borrower", json_null());
	json_object_set_new(x->c->attrs, "loan_due_at", json_null());
	return PA_OK;
}

/* 发还: the one who collects it shows the owner's ID; a wrong number is refused, and the number
 * is never written to the timeline (it records that one was given). */
static pa_err release_apply(struct wf_ctx *x)
{
	static const char *const secret[] = { "id_number", NULL };
	bool match = false;
	pa_err rc = person_id_matches(x->conn, x->c->id, "owner", val_str(x->fields, "id_number"),
	    &match, x->err);

	x->secret_fields = secret;
	if (rc != PA_OK) {
		/* a malformed number: name the action's field (the message already reads 证件号码) */
		if (rc == PA_ERR_INVALID)
			snprintf(x->err->field, sizeof x->err->field, "fields.id_number");
		return rc;
	}
	if (!match) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "identity_mismatch", "fields.id_number",
		    "the ID number does not match the owner of this item; it is not released");
		return PA_ERR_CONFLICT;
	}
	json_object_set_new(x->c->attrs, "released_at", json_integer(x->now));
	set_str(x->c->attrs, "place", NULL);
	return PA_OK;
}

static pa_err request_disposal_apply(struct wf_ctx *x)
{
	set_str(x->c->attrs, "disposal_method", val_str(x->fields, "method"));
	return PA_OK;
}

static pa_err approve_disposal_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "approved_by", json_integer(x->user->id));
	return PA_OK;
}

static pa_err refuse_disposal_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "disposal_method", json_null());
	return PA_OK;
}

static pa_err dispose_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "disposed_at", json_integer(x->now));
	set_str(x->c->attrs, "place", NULL);
	return PA_OK;
}

/* ------------------------------------------------------------------ the workflow */

static const struct val_field place_fields[] = {
	{ "place", VT_STRING, VF_REQUIRED, 1, LIM_CUSTODY_PLACE_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field lend_fields[] = {
	{ "borrower", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "due_back", VT_TIME, VF_REQUIRED, 0, 0, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field return_fields[] = {
	{ "place", VT_STRING, VF_NULLABLE, 1, LIM_CUSTODY_PLACE_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field release_fields[] = {
	{ "id_number", VT_STRING, VF_REQUIRED, 1, 32, NULL, NULL },
	VAL_END
};
static const struct val_field disposal_fields[] = {
	{ "method", VT_STRING, VF_REQUIRED, 1, 32, disposal_method_codes, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_registered[] = { "registered", NULL };
static const char *const from_stored[] = { "stored", NULL };
static const char *const from_loan[] = { "on_loan", NULL };
static const char *const from_pending[] = { "disposal_pending", NULL };
static const char *const from_disposable[] = { "stored", "disposal_pending", "disposal_approved",
	NULL };

static const struct wf_status statuses[] = {
	{ "registered", "已登记待入库", "Registered", false },
	{ "stored", "在库", "In store", false },
	{ "on_loan", "借出", "On loan", false },
	{ "disposal_pending", "处置待审批", "Disposal awaiting approval", false },
	{ "disposal_approved", "处置已批准", "Disposal approved", false },
	{ "released", "已发还", "Released to the owner", true },
	{ "disposed", "已处置", "Disposed of", true },
	{ NULL, NULL, NULL, false },
};

#define DESK (ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER)
#define KEEPER (WF_ASSIGNEE | ROLE_LEADER)

static const struct wf_action actions[] = {
	{ "store", "入库", "Take into store", from_registered, "stored", DESK, false, place_fields,
	  store_guard, store_apply },
	{ "move", "移库", "Move", from_stored, NULL, KEEPER, false, place_fields, NULL, move_apply },
	{ "lend", "借出", "Lend", from_stored, "on_loan", KEEPER, false, lend_fields, NULL,
	  lend_apply },
	{ "return_in", "归还入库", "Returned", from_loan, "stored", KEEPER, false, return_fields, NULL,
	  return_apply },
	{ "release", "发还", "Release to the owner", from_stored, "released", KEEPER, false,
	  release_fields, NULL, release_apply },
	{ "request_disposal", "申请处置", "Ask to dispose", from_stored, "disposal_pending",
	  KEEPER | ROLE_OFFICER, true, disposal_fields, NULL, request_disposal_apply },
	{ "approve_disposal", "批准处置", "Approve disposal", from_pending, "disposal_approved",
	  ROLE_LEADER, false, NULL, NULL, approve_disposal_apply },
	{ "refuse_disposal", "不批准处置", "Refuse disposal", from_pending, "stored", ROLE_LEADER, true,
	  reason_fields, NULL, refuse_disposal_apply },
	{ "dispose", "处置", "Dispose of", from_disposable, "disposed", KEEPER, false, NULL,
	  dispose_guard, dispose_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const char *const approvals[] = { "approve_disposal", NULL };

/* The item's own fields: the TF_STORED ones are the columns of custody_details, in order. */
static const struct type_field fields[] = {
	{ "item_category", "物品类别", "Item category", TF_CHOICE, TF_STORED | TF_LIST,
	  item_categories },
	{ "quantity", "数量", "Quantity", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "reason_held", "保管原因", "Why it is held", TF_TEXT, TF_STORED, NULL },
	{ "place", "存放位置", "Place", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "stored_at", "入库时间", "Stored at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "hold_days", "保管期限（天）", "Hold days", TF_INT, TF_STORED, NULL },
	{ "borrower", "借用人", "Borrower", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "loan_due_at", "应归还时间", "Due back", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "disposal_method", "处置方式", "Disposal method", TF_CHOICE, TF_STORED, disposal_methods },
	{ "approved_by", "审批人", "Approved by", TF_USER, TF_STORED, NULL },
	{ "released_at", "发还时间", "Released at", TF_TIME, TF_STORED, NULL },
	{ "disposed_at", "处置时间", "Disposed at", TF_TIME, TF_STORED, NULL },
	{ "photos", "照片", "Photos", TF_PHOTOS, 0, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT item_category, quantity, reason_held, place, stored_at, hold_days, borrower, "
    "loan_due_at, disposal_method, approved_by, released_at, disposed_at "
    "FROM custody_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO custody_details (case_id, item_category, quantity, reason_held, place, "
    "stored_at, hold_days, borrower, loan_due_at, disposal_method, approved_by, released_at, "
    "disposed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (case_id) DO UPDATE SET item_category = ?2, quantity = ?3, reason_held = ?4, "
    "place = ?5, stored_at = ?6, hold_days = ?7, borrower = ?8, loan_due_at = ?9, "
    "disposal_method = ?10, approved_by = ?11, released_at = ?12, disposed_at = ?13";

static const char *const attr_names[] = { "photos", NULL };
static const char *const done_store[] = { "store", NULL };
static const char *const done_approval[] = { "approve_disposal", "refuse_disposal", NULL };
static const char *const done_return[] = { "return_in", NULL };

/* Who is told: the station's officers that an item waits to be stored (by someone else than
 * the one who brought it); the leaders that a disposal waits for approval; the custodian of
 * the answer. */
static const struct notify_rule notify_rules[] = {
	{ "create", NR_AT_ORG | ROLE_OFFICER | ROLE_AUXILIARY, "custody_store",
	  "非涉案物品待入库：%s", "An item waits to be taken into store: %s", done_store },
	{ "request_disposal", NR_AT_ORG | ROLE_LEADER, "custody_disposal",
	  "非涉案物品处置待审批：%s", "A disposal waits for your approval: %s", done_approval },
	{ "approve_disposal", NR_ASSIGNEE, "custody_approved", "处置已批准：%s",
	  "The disposal was approved: %s", NULL },
	{ "refuse_disposal", NR_ASSIGNEE, "custody_refused", "处置未批准：%s",
	  "The disposal was refused: %s", NULL },
	{ "lend", NR_ASSIGNEE, "custody_loan", "物品已借出，请按期收回：%s",
	  "An item was lent, see that it comes back: %s", done_return },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};

/* Held past its period (超期保管) and loans past their due date, computed at read time. */
bool custody_overdue(const struct case_rec *c, int64_t now)
{
	int64_t at = json_integer_value(json_object_get(c->attrs, "stored_at"));
	int64_t days = json_integer_value(json_object_get(c->attrs, "hold_days"));

	if (c->closed_at || at == 0 || strcmp(c->status, "registered") == 0)
		return false;
	return now - at > (days > 0 ? days : CUSTODY_HOLD_DAYS_DEFAULT) * DAY_MS;
}

bool custody_loan_overdue(const struct case_rec *c, int64_t now)
{
	int64_t due = json_integer_value(json_object_get(c->attrs, "loan_due_at"));

	return strcmp(c->status, "on_loan") == 0 && due && now > due;
}

static void extra_json(struct sb *b, const struct case_rec *c, int64_t now)
{
	sb_adds(b, ",\"overdue\":");
	sb_adds(b, custody_overdue(c, now) ? "true" : "false");
	sb_adds(b, ",\"loan_overdue\":");
	sb_adds(b, custody_loan_overdue(c, now) ? "true" : "false");
}

static bool category_name(struct db_conn *c, const char *code, bool en, char *out,
    size_t outlen)
{
	for (const struct tf_choice *k = item_categories; k->code; k++)
		if (strcmp(k->code, code) == 0) {
			snprintf(out, outlen, "%s", en ? k->name_en : k->name_zh);
			return true;
		}
	return false;
}

/* case_type.approval_detail of an item waiting for 批准处置 (非涉案物品处置待审批): what is
 * asked — the disposal method, the reason and who asked (the latest request_disposal on the
 * timeline) — and of what: the item's category and quantity, why it is held, where it is kept
 * and since when, and the station. The leader's 待我审批 listed it by code and title only. */
static pa_err approval_detail(struct db_conn *conn, const struct case_rec *c, bool en,
    json_t *rows)
{
	const struct type_field *mf = type_field_find(c->type, "disposal_method");
	const char *method = json_string_value(json_object_get(c->attrs, "disposal_method"));
	const char *held = json_string_value(json_object_get(c->attrs, "reason_held"));
	const char *place = json_string_value(json_object_get(c->attrs, "place"));
	const char *cat_code = json_string_value(json_object_get(c->attrs, "item_category"));
	json_t *qty = json_object_get(c->attrs, "quantity");
	char cat[64] = "", n[24] = "";
	pa_err rc;

	if (cat_code && !category_name(conn, cat_code, en, cat, sizeof cat))
		snprintf(cat, sizeof cat, "%s", cat_code);
	if (json_is_integer(qty))
		snprintf(n, sizeof n, "%lld", (long long)json_integer_value(qty));
	case_detail_row(rows, "disposal", "处置方式", "Disposal method", en,
	    method && mf ? tf_choice_name(mf, method, en) : method);
	if ((rc = case_detail_asked(conn, c, "request_disposal", en, rows)) != PA_OK)
		return rc;
	case_detail_row(rows, "category", "物品类别", "Item category", en, cat);
	case_detail_row(rows, "quantity", "数量", "Quantity", en, n);
	case_detail_row(rows, "reason_held", "保管原因", "Why it is held", en, held);
	case_detail_row(rows, "place", "存放位置", "Place", en, place);
	case_detail_day(rows, "stored_at", "入库时间", "In store since", en,
	    json_object_get(c->attrs, "stored_at"));
	case_detail_row(rows, "station", "保管单位", "Kept by", en, c->org_name);
	return PA_OK;
}

/* 当事人: the owner (物主), if known; release checks the ID number against them. */
static const struct person_role person_roles[] = {
	{ "owner", "物主", "Owner", 0, 1 },
	{ NULL, NULL, NULL, 0, 0 },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "custody_approved", "处置已批准", "Disposal approved" },
	{ "custody_disposal", "处置待审批", "Disposal to approve" },
	{ "custody_loan", "物品借出", "Item lent" },
	{ "custody_refused", "处置未获批准", "Disposal refused" },
	{ "custody_store", "物品入库", "Item to store" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "custodian rule: the officer who registered an item may not store it; another officer must take it into custody",
	    "保管人与登记人分离：登记该物品的民警不能办理入库，须由其他民警入库保管" },
	{ "an item is disposed of only after a leader approved the disposal",
	    "物品处置须经所领导审批同意后方可进行" },
	{ "the due-back time must be in the future", "应归还时间必须晚于现在" },
	{ "the ID number does not match the owner of this item; it is not released",
	    "证件号码与物主不符，不予发还" },
	{ "each counted item must give its case number and its place", "盘点清单格式不正确：每项须有物品编号和位置" },
	{ "only the station's officers and leaders count its store", "只有本所民警和所领导可以盘点" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "counted", "盘点清单", "stock count", "counted item", "件盘点物品" },
	{ "hold_days", "保管期限", "days to hold", NULL, NULL },
	{ "reason_held", "保管原因", "reason for holding", NULL, NULL },
	{ "borrower", "借用人", "borrower", NULL, NULL },
	{ "due_back", "应归还时间", "due back", NULL, NULL },
	{ "item_category", "物品类别", "item category", NULL, NULL },
	{ "quantity", "数量", "quantity", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type custody_type = {
	.code = "custody",
	.name_zh = "非涉案物品",
	.name_en = "Property in custody",
	.code_prefix = "WP",
	.initial = "registered",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK,
	.attr_names = attr_names,
	.create_fields = create_fields,
	.on_create = on_create,
	.after_create = after_create,
	.extra_json = extra_json,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.notify = notify_rules,
	.category_name = category_name,
	.person_roles = person_roles,
	.desk = true,
	.approvals = approvals,
	.approval_detail = approval_detail,   /* 待我审批: what a disposal asks, of what */
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ------------------------------------------------------------------ inventory (盘点) */

/* The items of a station that are not closed: in store (where they should be) or on loan. */
static const char SQL_INVENTORY[] =
    "SELECT c.id, c.code, c.title, c.status, d.place, d.item_category, d.quantity, "
    "d.stored_at, d.borrower, d.loan_due_at, a.name "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN custody_details d ON d.case_id = c.id LEFT JOIN users a ON a.id = c.assignee_id "
    "WHERE c.type = 'custody' AND c.closed_at IS NULL AND c.status <> 'registered' "
    "AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " ORDER BY d.place, c.id LIMIT ?3";

static bool in_store(const char *status)
{
	for (const char *const *s = custody_in_store; *s; s++)
		if (strcmp(*s, status) == 0)
			return true;
	return false;
}

/* The station of ?org_id= (required): a police station in the caller's scope held with a
 * desk role; sends the error and returns false otherwise. */
static bool station_param(struct http_req *r, int64_t *id, char path[LIM_ORG_PATH])
{
	struct db_conn *c = db_reader(r->db);
	struct org o;

	if (!org_query(r, true, id, path))
		return false;
	if (*id == 0) {
		http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
		return false;
	}
	if (c == NULL || org_get(c, *id, &o) != PA_OK || strcmp(o.kind, "police_station") != 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a police station");
		return false;
	}
	return true;
}

static const struct export_col inventory_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "物品", "Item", EXK_TEXT },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "place", "存放位置", "Place", EXK_TEXT },
	{ "quantity", "数量", "Quantity", EXK_INT },
	{ "stored_at", "入库时间", "Stored at", EXK_TIME },
	{ "custodian", "保管人", "Custodian", EXK_TEXT },
	{ "borrower", "借用人", "Borrower", EXK_TEXT },
	{ "loan_due_at", "应归还时间", "Due back", EXK_TIME },
	EXPORT_COLS_END
};

struct inventory_ctx {
	json_t *loans;          /* the JSON answer's on_loan; items holds what is in store */
	int64_t n;              /* JSON rows read */
	bool en;
};

/* A row of SQL_INVENTORY: a line of the inventory export, or an item in store or on loan. */
static bool inventory_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	struct inventory_ctx *ic = ctx;
	const char *status = db_col_text(s, 3);
	const struct wf_status *st = wf_status_find(&custody_type, status);

	if (x) {
		export_text(x, db_col_text(s, 1));
		export_text(x, db_col_text(s, 2));
		export_text(x, st ? (ic->en ? st->name_en : st->name_zh) : status);
		export_text(x, db_col_text(s, 4));
		export_int(x, db_col_int(s, 6));
		export_time(x, db_col_int(s, 7));
		export_text(x, db_col_text(s, 10));
		export_text(x, db_col_text(s, 8));
		export_time(x, db_col_int(s, 9));
		return true;
	}
	if (++ic->n > LIM_CUSTODY_INVENTORY)
		return false;
	json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:s?, s:s?, s:I, s:s?}",
	    "case_id", (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1),
	    "title", db_col_text(s, 2), "status", status, "place", db_col_text(s, 4),
	    "item_category", db_col_text(s, 5), "quantity", (json_int_t)db_col_int(s, 6),
	    "custodian", db_col_text(s, 10));
	if (in_store(status)) {
		json_array_append_new(items, o);
	} else {
		json_object_set_new(o, "borrower", db_col_null(s, 8) ? json_null() :
		    json_string(db_col_text(s, 8)));
		char t[TIME_STR_MAX] = "";
		if (!db_col_null(s, 9))
			time_format(db_col_int(s, 9), t);
		json_object_set_new(o, "loan_due_at", *t ? json_string(t) : json_null());
		json_array_append_new(ic->loans, o);
	}
	return true;
}

static const struct export_list inventory_list = {
	"inventory", "盘点清单", "Inventory", inventory_cols, inventory_row
};

/* GET /api/v1/custody/inventory?org_id= — what should be where (在库物品及位置), and what is
 * out on loan. Cut at LIM_CUSTODY_INVENTORY items (then "truncated": true). */
void custody_api_inventory(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH];
	enum export_format fmt = http_export_format(r);
	struct inventory_ctx ic = { .en = http_lang(r) == LANG_EN };
	struct db_stmt *s;
	json_t *items;
	int64_t org_id;

	if (fmt == EXPORT_BAD || !station_param(r, &org_id, path))
		return;
	if (c == NULL || (s = db_prepare(c, SQL_INVENTORY)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, fmt == EXPORT_JSON ? LIM_CUSTODY_INVENTORY + 1 : -1);
	if (fmt == EXPORT_JSON)
		ic.loans = json_array();
	if ((items = export_list_run(r, fmt, s, &inventory_list, &ic)) == NULL) {
		json_decref(ic.loans);
		return;
	}
	http_reply(r, 200, json_pack("{s:I, s:o, s:o, s:b}", "org_id", (json_int_t)org_id,
	    "items", items, "on_loan", ic.loans, "truncated", ic.n > LIM_CUSTODY_INVENTORY));
}

/* ---- counts ---- */

static const struct val_field counted_fields[] = {
	{ "case_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "place", VT_STRING, VF_REQUIRED, 1, LIM_CUSTODY_PLACE_CHARS, NULL, NULL },
	VAL_END
};
const struct val_field custody_count_fields[] = {
	{ "org_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "counted", VT_ARRAY, VF_REQUIRED, 0, LIM_CUSTODY_INVENTORY, NULL, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

struct count_job {
	int64_t org_id, user_id, now, id;
	int64_t expected, counted, missing, unexpected, wrong_place;
	const char *note, *result;
};

static const char SQL_COUNT_INSERT[] =
    "INSERT INTO custody_counts (org_id, counted_by, counted_at, expected, counted, missing, "
    "unexpected, wrong_place, note, result) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

static pa_err count_run(struct db_conn *conn, void *ctx)
{
	struct count_job *j = ctx;
	struct db_stmt *s = db_prepare(conn, SQL_COUNT_INSERT);
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->org_id);
	db_bind_int(s, 2, j->user_id);
	db_bind_int(s, 3, j->now);
	db_bind_int(s, 4, j->expected);
	db_bind_int(s, 5, j->counted);
	db_bind_int(s, 6, j->missing);
	db_bind_int(s, 7, j->unexpected);
	db_bind_int(s, 8, j->wrong_place);
	db_bind_text(s, 9, j->note);
	db_bind_text(s, 10, j->result);
	if ((rc = db_run(s)) == PA_OK)
		j->id = db_last_id(conn);
	return rc;
}

/* POST /api/v1/custody/counts {"org_id", "counted": [{"case_id", "place"}], "note"} — records
 * a count (盘点) and answers its differences from the inventory: missing (在库未点到),
 * unexpected (点到但不应在库: unknown, on loan, closed or another station's), wrong place
 * (位置不符). A case id counted twice counts once. */
void custody_api_count(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const json_t *counted = json_object_get(r->json, "counted"), *v;
	json_t *expected = json_object(), *seen = json_object();
	json_t *missing = json_array(), *unexpected = json_array(), *wrong = json_array();
	struct count_job j = { .user_id = r->user->id, .now = clock_now_ms(),
		.note = val_str(r->json, "note") };
	struct pa_error err = { 0 };
	char path[LIM_ORG_PATH], key[24];
	struct db_stmt *s;
	char *result = NULL;
	json_t *out = NULL;
	const char *k;
	size_t i;
	int rc;

	if (!http_body_valid(r, custody_count_fields))
		goto out;
	counted = json_object_get(r->json, "counted");
	j.note = val_str(r->json, "note");
	j.org_id = val_int(r->json, "org_id", 0);
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		goto out;
	}
	json_array_foreach(counted, i, v) {
		char prefix[48];
		snprintf(prefix, sizeof prefix, "counted[%zu]", i);
		if (!json_is_object(v)) {
			http_error(r, PA_ERR_INVALID, "invalid_value", prefix,
			    "each counted item must give its case number and its place");
			goto out;
		}
		snprintf(prefix, sizeof prefix, "counted[%zu].", i);
		if (val_check(v, counted_fields, prefix, &err) != PA_OK) {
			http_fail(r, &err);
			goto out;
		}
	}
	{
		struct org o;
		if (!org_path(c, j.org_id, path) || !scope_covers(r->user, path)) {
			http_error(r, PA_ERR_NOT_FOUND, "not_found", "org_id", "no such org unit");
			goto out;
		}
		if (org_get(c, j.org_id, &o) != PA_OK || strcmp(o.kind, "police_station") != 0) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
			    "the unit must be a police station");
			goto out;
		}
		if ((scope_roles_at(r->user, path) & DESK) == 0) {
			http_error(r, PA_ERR_FORBIDDEN, "forbidden", "org_id",
			    "only the station's officers and leaders count its store");
			goto out;
		}
	}
	if ((s = db_prepare(c, SQL_INVENTORY)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, -1);
	while ((rc = db_step(s)) == DB_ROW) {
		if (!in_store(db_col_text(s, 3)))
			continue;
		snprintf(key, sizeof key, "%lld", (long long)db_col_int(s, 0));
		json_object_set_new(expected, key, json_pack("{s:I, s:s, s:s, s:s?}", "case_id",
		    (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1), "title",
		    db_col_text(s, 2), "place", db_col_text(s, 4)));
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	j.expected = (int64_t)json_object_size(expected);
	json_array_foreach(counted, i, v) {
		const char *place = val_str(v, "place");
		json_t *e;
		snprintf(key, sizeof key, "%lld", (long long)val_int(v, "case_id", 0));
		if (json_object_get(seen, key))
			continue;
		json_object_set_new(seen, key, json_true());
		e = json_object_get(expected, key);
		if (e == NULL) {
			json_array_append_new(unexpected, json_pack("{s:I, s:s}", "case_id",
			    (json_int_t)val_int(v, "case_id", 0), "place", place));
			continue;
		}
		const char *want = json_string_value(json_object_get(e, "place"));
		if (want == NULL || strcmp(want, place) != 0) {
			json_t *w = json_deep_copy(e);
			json_object_set_new(w, "counted_place", json_string(place));
			json_array_append_new(wrong, w);
		}
	}
	j.counted = (int64_t)json_object_size(seen);
	json_t *ev;
	json_object_foreach(expected, k, ev)
		if (json_object_get(seen, k) == NULL)
			json_array_append(missing, ev);
	j.missing = (int64_t)json_array_size(missing);
	j.unexpected = (int64_t)json_array_size(unexpected);
	j.wrong_place = (int64_t)json_array_size(wrong);
	out = json_pack("{s:O, s:O, s:O}", "missing", missing, "unexpected", unexpected,
	    "wrong_place", wrong);
	if ((result = json_dumps(out, JSON_COMPACT)) == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		goto out;
	}
	j.result = result;
	if (db_write(r->db, count_run, &j) != PA_OK) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	json_object_set_new(out, "id", json_integer(j.id));
	json_object_set_new(out, "org_id", json_integer(j.org_id));
	json_object_set_new(out, "expected", json_integer(j.expected));
	json_object_set_new(out, "counted", json_integer(j.counted));
	json_object_set_new(out, "matches", json_boolean(j.missing + j.unexpected + j.wrong_place
	    == 0));
	http_reply(r, 201, out);
	out = NULL;
out:
	free(result);
	json_decref(out);
	json_decref(expected);
	json_decref(seen);
	json_decref(missing);
	json_decref(unexpected);
	json_decref(wrong);
}

static const char SQL_COUNTS[] =
    "SELECT k.id, k.org_id, o.name, k.counted_by, u.name, k.counted_at, k.expected, k.counted, "
    "k.missing, k.unexpected, k.wrong_place, k.note, k.result "
    "FROM custody_counts k JOIN orgs o ON o.id = k.org_id LEFT JOIN users u ON u.id = k.counted_by "
    "WHERE " SCOPE_ORG_SQL " AND substr(o.path, 1, length(?2)) = ?2 "
    "AND (?3 = 0 OR k.id < ?3) ORDER BY k.id DESC LIMIT ?4";

static const struct export_col count_cols[] = {
	{ "counted_at", "盘点时间", "Counted at", EXK_TIME },
	{ "org_name", "单位", "Unit", EXK_TEXT },
	{ "counted_by", "盘点人", "Counted by", EXK_TEXT },
	{ "expected", "应在库", "Expected", EXK_INT },
	{ "counted", "实点", "Counted", EXK_INT },
	{ "missing", "缺失", "Missing", EXK_INT },
	{ "unexpected", "多出", "Unexpected", EXK_INT },
	{ "wrong_place", "位置不符", "Wrong place", EXK_INT },
	{ "note", "备注", "Note", EXK_TEXT },
	EXPORT_COLS_END
};

/* A row of SQL_COUNTS: a line of the export, or a count kept. */
static bool count_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	char t[TIME_STR_MAX];

	if (x) {
		export_time(x, db_col_int(s, 5));
		export_text(x, db_col_text(s, 2));
		export_text(x, db_col_text(s, 4));
		for (int i = 6; i <= 10; i++)
			export_int(x, db_col_int(s, i));
		export_text(x, db_col_text(s, 11));
		return true;
	}
	json_error_t je;
	json_t *res = json_loads(db_col_text(s, 12) ? db_col_text(s, 12) : "{}", 0, &je);
	time_format(db_col_int(s, 5), t);
	json_array_append_new(items, json_pack("{s:I, s:I, s:s, s:I, s:s?, s:s, s:I, s:I, "
	    "s:I, s:I, s:I, s:s?, s:o}", "id", (json_int_t)db_col_int(s, 0),
	    "org_id", (json_int_t)db_col_int(s, 1), "org_name", db_col_text(s, 2),
	    "counted_by", (json_int_t)db_col_int(s, 3), "counted_by_name", db_col_text(s, 4),
	    "counted_at", t, "expected", (json_int_t)db_col_int(s, 6),
	    "counted", (json_int_t)db_col_int(s, 7), "missing", (json_int_t)db_col_int(s, 8),
	    "unexpected", (json_int_t)db_col_int(s, 9),
	    "wrong_place", (json_int_t)db_col_int(s, 10), "note", db_col_text(s, 11),
	    "result", res ? res : json_object()));
	return true;
}

static const struct export_list count_list = {
	"custody-counts", "盘点记录", "Inventory counts", count_cols, count_row
};

/* GET /api/v1/custody/counts?org_id=&cursor=&limit= — the counts kept, newest first. */
void custody_api_counts(struct http_req *r)
{
	desk_unit_page(r, SQL_COUNTS, &count_list, false);
}
