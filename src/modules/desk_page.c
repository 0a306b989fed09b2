/* desk_page.c — the data of the 阳光坐席 desk page: one answer per station with today's desk
 * items, what is due (loans due back, custody held too long), the cases waiting for an
 * approval, the station's numbers and its latest handovers.
 *
 * Everything is found from the type descriptors, never from type names: `desk` marks the
 * front-desk types, `approvals` the approval actions (docs/architecture.md, "The front desk").
 * The custody figures are the one part that knows a type (custody is this module family's). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk2.h"

#define DAY_MS (24LL * 3600 * 1000)
#define CST_MS (8LL * 3600 * 1000)      /* China Standard Time, UTC+8, no summer time */

/* Kept for list handlers written before export_list_page(); new ones use that (or
 * http_cursor_value) instead. */
json_t *desk_cursor_json(int64_t last_id)
{
	return http_cursor_value(last_id);
}

void desk_unit_page(struct http_req *r, const char *sql, const struct export_list *l,
    bool org_required)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH] = "";
	enum export_format fmt = http_export_format(r);
	int64_t org_id = 0, limit, cursor = 0;
	struct db_stmt *s;

	if (fmt == EXPORT_BAD || !org_query(r, true, &org_id, path) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	if (org_id == 0 && org_required) {
		http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
		return;
	}
	if (org_id == 0)
		snprintf(path, sizeof path, "/");
	if (c == NULL || (s = db_prepare(c, sql)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, fmt == EXPORT_JSON ? cursor : 0);
	db_bind_int(s, 4, fmt == EXPORT_JSON ? limit : -1);
	export_list_page(r, fmt, s, l, limit, NULL);
}

bool desk_choice_ok(const char *v, const char *const *choices)
{
	for (; *choices; choices++)
		if (strcmp(v, *choices) == 0)
			return true;
	return false;
}

/* Open cases of the station (the due items, approvals and open counts), newest first. */
static const char SQL_DESK_OPEN[] = CASE_SELECT
    " WHERE c.closed_at IS NULL AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " ORDER BY c.id DESC LIMIT ?3";
/* Cases of the station created since ?3 (today's desk items), newest first. */
static const char SQL_DESK_TODAY[] = CASE_SELECT
    " WHERE c.created_at >= ?3 AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " ORDER BY c.id DESC LIMIT ?4";
static const char SQL_DESK_HANDOVERS[] = CASE_SELECT
    " WHERE c.type = 'handover' AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " ORDER BY c.id DESC LIMIT ?3";
static const char SQL_DESK_COMMENDATIONS[] =
    "SELECT COUNT(*) FROM cases c JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id JOIN commendation_details d ON d.case_id = c.id "
    "WHERE c.type = 'commendation' AND c.status = 'recorded' AND d.received_on >= ?3 "
    "AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL;

/* The open cases a desk page scans at most (the sections say when they were cut). */
#define DESK_SCAN 2000

static json_t *time_or_null(int64_t ms)
{
	char t[TIME_STR_MAX];

	if (ms == 0)
		return json_null();
	time_format(ms, t);
	return json_string(t);
}

/* One line of a section: what the page shows and links to (its title in the reader's
 * language en when the server made it, case_title). */
static json_t *item_json(const struct case_rec *c, bool en)
{
	const struct wf_status *st = wf_status_find(c->type, c->status);

	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:s?, s:s?, s:o}",
	    "id", (json_int_t)c->id, "code", c->code, "type", c->type->code, "title",
	    c->type->summary ? c->type->summary(c) : case_title(c, en), "status", c->status,
	    "status_zh", st ? st->name_zh : c->status, "status_en", st ? st->name_en : c->status,
	    "created_at", time_or_null(c->created_at), "reporter_name", c->reporter_name,
	    "assignee_name", c->assignee_name, "due_at", time_or_null(c->due_at));
}

/* Appends to a section unless it is full; marks it cut. */
static void section_add(json_t *sec, json_t *item)
{
	json_t *items = json_object_get(sec, "items");

	if (json_array_size(items) >= LIM_DESK_ITEMS) {
		json_object_set_new(sec, "truncated", json_true());
		json_decref(item);
		return;
	}
	json_array_append_new(items, item);
}

static json_t *section_new(void)
{
	return json_pack("{s:[], s:b}", "items", "truncated", 0);
}

static void count_add(json_t *obj, const char *key)
{
	json_object_set_new(obj, key, json_integer(json_integer_value(json_object_get(obj, key))
	    + 1));
}

/* GET /api/v1/desk?org_id= — the desk page of a station (阳光坐席). */
void desk_api_overview(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH];
	int64_t org_id = 0, now = clock_now_ms(), day0, scanned = 0;
	json_t *out = NULL, *today = section_new(), *loans = section_new();
	json_t *overdue = section_new(), *approvals = section_new(), *handovers = json_array();
	json_t *open_by_type = json_object(), *today_by_type = json_object();
	json_t *desk_types = json_array();
	int64_t on_hand = 0, on_loan = 0, held_long = 0, comm = 0;
	bool en = http_lang(r) == LANG_EN;
	struct db_stmt *s;
	struct org o;
	int rc;

	if (!org_query(r, true, &org_id, path))
		goto done;
	if (org_id == 0) {
		http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
		goto done;
	}
	if (c == NULL || org_get(c, org_id, &o) != PA_OK || strcmp(o.kind, "police_station") != 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a police station");
		goto done;
	}
	for (int i = 0; case_types[i]; i++)
		if (case_types[i]->desk)
			json_array_append_new(desk_types, json_string(case_types[i]->code));
	day0 = (now + CST_MS) / DAY_MS * DAY_MS - CST_MS;
	/* open cases: due items, approvals, counts */
	if ((s = db_prepare(c, SQL_DESK_OPEN)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, DESK_SCAN + 1);
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec k;
		const char *apr = NULL;
		if (++scanned > DESK_SCAN)
			break;
		if (case_row_load(c, s, r->arena, &k) != PA_OK)
			continue;
		if (wf_status_find(k.type, k.status) && wf_status_find(k.type, k.status)->closed) {
			case_rec_clear(&k);
			continue;
		}
		count_add(open_by_type, k.type->code);
		if (case_awaits_approval(&k, &apr)) {
			json_t *it = item_json(&k, en);
			const struct wf_action *a = wf_action_find(k.type, apr);
			json_object_set_new(it, "action", json_string(apr));
			json_object_set_new(it, "action_zh", json_string(a ? a->name_zh : apr));
			json_object_set_new(it, "can_approve", json_boolean(a && wf_allowed(a, &k,
			    r->user, now)));
			/* what the approver decides on (the disposal asked for, why, the item): the
			 * type's rows, so that nobody approves from a code and a title alone */
			if (k.type->approval_detail) {
				json_t *rows = json_array();
				if (rows == NULL || k.type->approval_detail(c, &k, en, rows) != PA_OK) {
					json_decref(rows);
					json_decref(it);
					case_rec_clear(&k);
					db_reset(s);
					goto dberr;
				}
				json_object_set_new(it, "detail", rows);
			}
			section_add(approvals, it);
		}
		if (strcmp(k.type->code, "custody") == 0) {
			if (strcmp(k.status, "on_loan") == 0) {
				json_t *it = item_json(&k, en);
				int64_t due = json_integer_value(json_object_get(k.attrs, "loan_due_at"));
				json_object_set_new(it, "loan_due_at", time_or_null(due));
				json_object_set_new(it, "overdue", json_boolean(custody_loan_overdue(&k, now)));
				section_add(loans, it);
				on_loan++;
			} else if (strcmp(k.status, "registered") != 0) {
				on_hand++;
			}
			if (custody_overdue(&k, now)) {
				json_t *it = item_json(&k, en);
				json_object_set_new(it, "stored_at", time_or_null(json_integer_value(
				    json_object_get(k.attrs, "stored_at"))));
				section_add(overdue, it);
				held_long++;
			}
		}
		case_rec_clear(&k);
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	/* today's desk items */
	if ((s = db_prepare(c, SQL_DESK_TODAY)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, day0);
	db_bind_int(s, 4, DESK_SCAN);
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec k;
		if (case_from_row(s, r->arena, &k) != PA_OK)
			continue;
		if (k.type->desk || k.type->desk_section) {
			count_add(today_by_type, k.type->code);
			section_add(today, item_json(&k, en));
		}
		case_rec_clear(&k);
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	if ((s = db_prepare(c, SQL_DESK_HANDOVERS)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, 10);
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec k;
		if (case_row_load(c, s, r->arena, &k) != PA_OK)
			continue;
		json_t *it = item_json(&k, en);
		json_object_set(it, "shift", json_object_get(k.attrs, "shift") ?
		    json_object_get(k.attrs, "shift") : json_null());
		json_array_append_new(handovers, it);
		case_rec_clear(&k);
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	if ((s = db_prepare(c, SQL_DESK_COMMENDATIONS)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, path);
	db_bind_int(s, 3, now - 365 * DAY_MS);
	if (db_step(s) == DB_ROW)
		comm = db_col_int(s, 0);
	db_reset(s);
	out = json_pack("{s:I, s:s, s:o, s:O, s:O, s:{s:O, s:O}, s:O, s:b, "
	    "s:{s:O, s:O, s:I, s:I, s:I, s:I}}",
	    "org_id", (json_int_t)org_id, "org_name", o.name, "desk_types", desk_types,
	    "today", today, "approvals", approvals, "due", "loans", loans, "custody_overdue",
	    overdue, "handovers", handovers, "open_truncated", scanned > DESK_SCAN, "numbers", "open_by_type", open_by_type, "today_by_type", today_by_type,
	    "custody_on_hand", (json_int_t)on_hand, "custody_on_loan", (json_int_t)on_loan,
	    "custody_overdue", (json_int_t)held_long, "commendations_year", (json_int_t)comm);
	http_reply(r, 200, out);
	goto done;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
done:
	json_decref(today);
	json_decref(loans);
	json_decref(overdue);
	json_decref(approvals);
	json_decref(handovers);
	json_decref(open_by_type);
	json_decref(today_by_type);
	if (out == NULL)
		json_decref(desk_types);
}
