/* handover.c — shift handover (交接班, case type "handover").
 *
 * The outgoing officer creates a handover for the station and a shift; the sheet is compiled
 * from the live data of the station, generically from its open cases, so that types added by
 * other modules show up without a change here: open cases by type with their age and
 * deadlines, items in custody and on loan, cases waiting for an approval (any type's
 * `approvals`), and the notes. The creator signs (the sheet is compiled again at that moment);
 * another officer of the station accepts, optionally with remarks. An accepted handover is
 * sealed: any action, edit or comment is 409 (the engine's `sealed` statuses).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk2.h"

#define HOUR_MS (3600LL * 1000)
#define DESK (ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER)

static const struct tf_choice shifts[] = {
	{ "day", "白班", "Day shift" },
	{ "night", "夜班", "Night shift" },
	{ "full", "全天", "24 hours" },
	{ NULL, NULL, NULL },
};
static const char *const shift_codes[] = { "day", "night", "full", NULL };

/* Every open case of the station but handovers, oldest first within each type. */
static const char SQL_SHEET_CASES[] = CASE_SELECT
    " WHERE substr(o.path, 1, length(?1)) = ?1 AND c.closed_at IS NULL AND c.type <> 'handover'"
    " ORDER BY c.type, c.created_at LIMIT ?2";

static json_t *time_or_null(int64_t ms)
{
	char t[TIME_STR_MAX];

	if (ms == 0)
		return json_null();
	time_format(ms, t);
	return json_string(t);
}

/* The sheet of the station at org_path as it is now (new reference, NULL on failure). */
json_t *handover_sheet(struct db_conn *conn, struct arena *a, const char *org_path, int64_t now)
{
	json_t *sheet = NULL, *groups = json_array(), *approvals = json_array(), *loans = json_array();
	json_t *group = NULL;
	const char *gtype = NULL;
	int64_t in_store = 0, overdue = 0, n = 0;
	struct db_stmt *s = db_prepare(conn, SQL_SHEET_CASES);
	int r;

	if (s == NULL)
		goto fail;
	db_bind_text(s, 1, org_path);
	db_bind_int(s, 2, LIM_HANDOVER_ITEMS + 1);
	while ((r = db_step(s)) == DB_ROW) {
		struct case_rec c;
		const struct wf_status *st;
		const char *apr = NULL;
		if (case_row_load(conn, s, a, &c) != PA_OK)
			continue;
		st = wf_status_find(c.type, c.status);
		if (st && st->closed) {     /* a type whose first status is already final */
			case_rec_clear(&c);
			continue;
		}
		if (++n > LIM_HANDOVER_ITEMS) {
			case_rec_clear(&c);
			break;
		}
		if (gtype == NULL || strcmp(gtype, c.type->code) != 0) {
			gtype = c.type->code;
			group = json_pack("{s:s, s:s, s:s, s:I, s:[]}", "type", c.type->code, "name_zh",
			    c.type->name_zh, "name_en", c.type->name_en, "count", (json_int_t)0, "items");
			json_array_append_new(groups, group);
		}
		json_t *item = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:o, s:I, s:o, s:b}",
		    "id", (json_int_t)c.id, "code", c.code, "title", c.type->summary ?
		    c.type->summary(&c) : c.title, "status", c.status, "status_zh",
		    st ? st->name_zh : c.status, "status_en", st ? st->name_en : c.status,
		    "created_at", time_or_null(c.created_at), "age_hours",
		    (json_int_t)((now - c.created_at) / HOUR_MS), "due_at", time_or_null(c.due_at),
		    "overdue", c.due_at && now > c.due_at);
		json_array_append_new(json_object_get(group, "items"), item);
		json_object_set_new(group, "count", json_integer(json_integer_value(
		    json_object_get(group, "count")) + 1));
		if (case_awaits_approval(&c, &apr)) {
			const struct wf_action *ac = wf_action_find(c.type, apr);
			json_array_append_new(approvals, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}",
			    "id", (json_int_t)c.id, "code", c.code, "type", c.type->code, "title",
			    c.title, "action", apr, "action_zh", ac ? ac->name_zh : apr));
		}
		if (strcmp(c.type->code, "custody") == 0) {
			if (strcmp(c.status, "on_loan") == 0) {
				json_t *bo = json_object_get(c.attrs, "borrower");
				int64_t due = json_integer_value(json_object_get(c.attrs, "loan_due_at"));
				json_array_append_new(loans, json_pack("{s:I, s:s, s:s, s:O, s:o, s:b}",
				    "id", (json_int_t)c.id, "code", c.code, "title", c.title,
				    "borrower", bo ? bo : json_null(), "loan_due_at", time_or_null(due),
				    "overdue", custody_loan_overdue(&c, now)));
			} else if (strcmp(c.status, "registered") != 0) {
				in_store++;
			}
			if (custody_overdue(&c, now))
				overdue++;
		}
		case_rec_clear(&c);
	}
	db_reset(s);
	if (r == DB_FAIL)
		goto fail;
	sheet = json_pack("{s:o, s:o, s:{s:I, s:I, s:o}, s:o, s:b}", "compiled_at",
	    time_or_null(now), "open_by_type", groups, "custody", "in_store", (json_int_t)in_store,
	    "overdue", (json_int_t)overdue, "on_loan", loans, "approvals", approvals,
	    "truncated", n > LIM_HANDOVER_ITEMS);
	return sheet;
fail:
	json_decref(groups);
	json_decref(approvals);
	json_decref(loans);
	return NULL;
}

static pa_err compile(struct db_conn *conn, const char *org_path, int64_t now, json_t *attrs)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	json_t *sheet = a ? handover_sheet(conn, a, org_path, now) : NULL;

	arena_free(a);
	if (sheet == NULL)
		return PA_ERR_DB;
	json_object_set_new(attrs, "sheet", sheet);
	return PA_OK;
}

/* ------------------------------------------------------------------ create */

static const struct val_field create_fields[] = {
	{ "shift", VT_STRING, VF_REQUIRED, 1, 16, shift_codes, NULL },
	{ "notes", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static pa_err on_create(struct create_ctx *x)
{
	char path[LIM_ORG_PATH];
	struct org o;

	if (x->n->org_id == 0 || org_get(x->conn, x->n->org_id, &o) != PA_OK ||
	    strcmp(o.kind, "police_station") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a police station");
		return PA_ERR_INVALID;
	}
	snprintf(path, sizeof path, "%s", o.path);
	json_object_set_new(x->attrs, "shift", json_string(val_str(x->n->request, "shift")));
	if (val_str(x->n->request, "notes"))
		json_object_set_new(x->attrs, "notes", json_string(val_str(x->n->request, "notes")));
	return compile(x->conn, path, x->now, x->attrs);
}

/* ------------------------------------------------------------------ actions */

/* The incoming officer is someone else than the one handing over. */
static pa_err accept_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (c->reporter_id == u->id) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "the incoming officer accepts a handover, not the one who hands over");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err sign_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "signed_at", json_integer(x->now));
	if (val_str(x->fields, "notes"))
		json_object_set_new(x->c->attrs, "notes", json_string(val_str(x->fields, "notes")));
	return compile(x->conn, x->c->org_path, x->now, x->c->attrs);
}

static pa_err accept_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "accepted_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "accepted_by", json_integer(x->user->id));
	if (val_str(x->fields, "remarks"))
		json_object_set_new(x->c->attrs, "remarks", json_string(val_str(x->fields, "remarks")));
	x->c->assignee_id = x->user->id;
	return PA_OK;
}

static pa_err refresh_apply(struct wf_ctx *x)
{
	return compile(x->conn, x->c->org_path, x->now, x->c->attrs);
}

static const struct val_field sign_fields[] = {
	{ "notes", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field accept_fields[] = {
	{ "remarks", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_draft[] = { "draft", NULL };
static const char *const from_signed[] = { "signed", NULL };

static const struct wf_status statuses[] = {
	{ "draft", "待交班签字", "Draft", false },
	{ "signed", "已签字待接班", "Signed, waiting for the next shift", false },
	{ "accepted", "已接班", "Accepted", true },
	{ NULL, NULL, NULL, false },
};

static const struct wf_action actions[] = {
	{ "refresh", "重新汇总", "Compile again", from_draft, NULL, WF_REPORTER, false, NULL, NULL,
	  refresh_apply },
	{ "sign", "交班签字", "Sign", from_draft, "signed", WF_REPORTER, false, sign_fields, NULL,
	  sign_apply },
	{ "accept", "接班确认", "Accept", from_signed, "accepted", DESK, false, accept_fields,
	  accept_guard, accept_apply },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const char *const sealed[] = { "accepted", NULL };

static const struct type_field fields[] = {
	{ "shift", "班次", "Shift", TF_CHOICE, TF_STORED | TF_LIST, shifts },
	{ "notes", "交班事项", "Notes", TF_TEXT, TF_STORED, NULL },
	{ "signed_at", "交班签字时间", "Signed at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "accepted_at", "接班时间", "Accepted at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "accepted_by", "接班人", "Accepted by", TF_USER, TF_STORED, NULL },
	{ "remarks", "接班意见", "Remarks", TF_TEXT, TF_STORED, NULL },
	{ "sheet", "交接清单", "Handover sheet", TF_JSON, 0, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT shift, notes, signed_at, accepted_at, accepted_by, remarks "
    "FROM handover_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO handover_details (case_id, shift, notes, signed_at, accepted_at, accepted_by, "
    "remarks) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (case_id) DO UPDATE SET "
    "shift = ?2, notes = ?3, signed_at = ?4, accepted_at = ?5, accepted_by = ?6, remarks = ?7";

static const char *const attr_names[] = { "sheet", NULL };
static const char *const done_accept[] = { "accept", NULL };

/* The next shift (the station's officers) is told a sheet waits for them; the outgoing
 * officer when it was accepted. */
static const struct notify_rule notify_rules[] = {
	{ "sign", NR_AT_ORG | ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER, "handover",
	  "交接班待接班确认：%s", "A shift handover waits for acceptance: %s", done_accept },
	{ "accept", NR_REPORTER, "handover_accepted", "交接班已接班确认：%s",
	  "Your handover was accepted: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "handover", "交接班", "Shift handover" },
	{ "handover_accepted", "已接班", "Handover accepted" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "the incoming officer accepts a handover, not the one who hands over",
	    "接班确认须由接班民警办理，交班人不能自己接班" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "remarks", "接班意见", "remarks on taking over", NULL, NULL },
	{ "shift", "班次", "shift", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type handover_type = {
	.code = "handover",
	.name_zh = "交接班",
	.name_en = "Shift handover",
	.code_prefix = "JJ",
	.initial = "draft",
	.statuses = statuses,
	.actions = actions,
	.who_create = DESK,
	.attr_names = attr_names,
	.create_fields = create_fields,
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.notify = notify_rules,
	.desk = true,
	.sealed = sealed,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ------------------------------------------------------------ the list (交接班记录) */

/* The handovers of the station at ?2 the caller (?1) sees, newest first, keyset by id (?3, 0
 * for the first page), ?4 rows (-1: all, for an export). */
static const char SQL_HANDOVER_LIST[] =
    "SELECT c.id, c.code, c.title, c.status, c.created_at, rp.name, d.shift, d.signed_at, "
    "ac.name, d.accepted_at, d.remarks, o.name FROM cases c JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id LEFT JOIN handover_details d ON d.case_id = c.id "
    "LEFT JOIN users rp ON rp.id = c.reporter_id LEFT JOIN users ac ON ac.id = d.accepted_by "
    "WHERE c.type = 'handover' AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " AND (?3 = 0 OR c.id < ?3) ORDER BY c.id DESC LIMIT ?4";

static const struct export_col handover_cols[] = {
	{ "code", "编号", "Number", EXK_TEXT },
	{ "title", "标题", "Title", EXK_TEXT },
	{ "org_name", "单位", "Unit", EXK_TEXT },
	{ "shift", "班次", "Shift", EXK_TEXT },
	{ "created_at", "创建时间", "Created", EXK_TIME },
	{ "handed_by", "交班人", "Handed over by", EXK_TEXT },
	{ "signed_at", "交班签字时间", "Signed at", EXK_TIME },
	{ "accepted_by", "接班人", "Accepted by", EXK_TEXT },
	{ "accepted_at", "接班时间", "Accepted at", EXK_TIME },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "remarks", "接班意见", "Remarks", EXK_TEXT },
	EXPORT_COLS_END
};

static const char *shift_name(const char *code, bool en)
{
	for (const struct tf_choice *s = shifts; code && s->code; s++)
		if (strcmp(s->code, code) == 0)
			return en ? s->name_en : s->name_zh;
	return code;
}

static json_t *when_or_null(struct db_stmt *s, int col)
{
	char t[TIME_STR_MAX];

	if (db_col_null(s, col))
		return json_null();
	time_format(db_col_int(s, col), t);
	return json_string(t);
}

/* A row of SQL_HANDOVER_LIST: a line of the export, or a handover of the page. */
static bool handover_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	const struct wf_status *st = wf_status_find(&handover_type, db_col_text(s, 3));

	if (x) {
		bool en = export_english(x);
		export_text(x, db_col_text(s, 1));
		export_text(x, db_col_text(s, 2));
		export_text(x, db_col_text(s, 11));
		export_text(x, shift_name(db_col_text(s, 6), en));
		export_time(x, db_col_int(s, 4));
		export_text(x, db_col_text(s, 5));
		if (db_col_null(s, 7))
			export_text(x, NULL);
		else
			export_time(x, db_col_int(s, 7));
		export_text(x, db_col_text(s, 8));
		if (db_col_null(s, 9))
			export_text(x, NULL);
		else
			export_time(x, db_col_int(s, 9));
		export_text(x, st ? (en ? st->name_en : st->name_zh) : db_col_text(s, 3));
		export_text(x, db_col_text(s, 10));
		return true;
	}
	char t[TIME_STR_MAX];
	time_format(db_col_int(s, 4), t);
	json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:s, s:s, s:s?, s:s?, s:o, "
	    "s:s?, s:o, s:s?}", "id", (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1),
	    "title", db_col_text(s, 2), "status", db_col_text(s, 3), "created_at", t,
	    "handed_by_name", db_col_text(s, 5), "shift", db_col_text(s, 6),
	    "signed_at", when_or_null(s, 7), "accepted_by_name", db_col_text(s, 8),
	    "accepted_at", when_or_null(s, 9), "remarks", db_col_text(s, 10)));
	return true;
}

static const struct export_list handover_list = {
	"handovers", "交接班记录", "Shift handovers", handover_cols, handover_row
};

/* GET /api/v1/handovers?org_id=&limit=&cursor=&format= — a station's shift handovers, newest
 * first: who handed over (the creator, who signs), who accepted, when, the status. */
void handover_api_list(struct http_req *r)
{
	desk_unit_page(r, SQL_HANDOVER_LIST, &handover_list, true);
}
