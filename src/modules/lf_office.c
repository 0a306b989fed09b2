/* lf_office.c — the claim office of a unit (认领地点): address, phone and opening hours of the
 * place where a citizen claims a found item the unit keeps (table lf_stations, migration 024).
 * The public notice (招领公告) and the receipt (领取凭证) show it; an admin or a leader over the
 * unit sets it. It is the unit's public face: no officer is named. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "lf_office.h"

#define LF_OFFICE_EDITORS (ROLE_ADMIN | ROLE_LEADER)   /* who sets a unit's office */
#define LF_OFFICES_MAX    500                          /* offices one list answers */

static const char SQL_OFFICE_PUT[] =
    "INSERT INTO lf_stations (org_id, address, phone, hours) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (org_id) DO UPDATE SET address = ?2, phone = ?3, hours = ?4";
static const char SQL_OFFICE_DROP[] = "DELETE FROM lf_stations WHERE org_id = ?1";
static const char SQL_OFFICE_ONE[] =
    "SELECT o.id, o.name, " LF_OFFICE_COLS " FROM orgs o" LF_OFFICE_JOIN("o.id") "WHERE o.id = ?1";
static const char SQL_OFFICES[] =
    "SELECT o.id, o.name, " LF_OFFICE_COLS " FROM lf_stations f JOIN orgs o ON o.id = f.org_id "
    "ORDER BY o.name, o.id LIMIT ?1";

/* The body of a PUT: the whole office; an absent, null or blank value unsets that part. */
static const struct val_field office_fields[] = {
	{ "address", VT_STRING, VF_NULLABLE, 0, LF_OFFICE_ADDRESS_MAX, NULL, NULL },
	{ "phone", VT_STRING, VF_NULLABLE, 0, LF_OFFICE_PHONE_MAX, NULL, NULL },
	{ "hours", VT_STRING, VF_NULLABLE, 0, LF_OFFICE_HOURS_MAX, NULL, NULL },
	VAL_END
};

bool lf_office_phone_valid(const char *p)
{
	bool digit = false;

	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			digit = true;
		} else if (strncmp(p, "转", strlen("转")) == 0) {
			p += strlen("转") - 1;           /* an extension: 0579-82345678转8001 */
		} else if (!strchr(" -+()", *p)) {
			return false;
		}
	}
	return digit;
}

/* Whether s is one line: no control characters (a newline, a tab). */
static bool one_line(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

void lf_office_json(struct sb *b, struct db_stmt *s, int col)
{
	static const char *const keys[] = { "address", "phone", "hours" };
	int n = 0;

	for (int i = 0; i < 3; i++) {
		if (db_col_null(s, col + i))
			continue;
		sb_adds(b, n++ ? ",\"" : ",\"office\":{\"");
		sb_adds(b, keys[i]);
		sb_adds(b, "\":");
		sb_json_str(b, db_col_text(s, col + i));
	}
	if (n)
		sb_adds(b, "}");
}

/* One office as an item of an answer: {org_id, name, address, phone, hours} (null unset). */
static void office_item(struct sb *b, struct db_stmt *s)
{
	static const char *const keys[] = { "address", "phone", "hours" };

	sb_printf(b, "{\"org_id\":%lld,\"name\":", (long long)db_col_int(s, 0));
	sb_json_str(b, db_col_text(s, 1));
	for (int i = 0; i < 3; i++) {
		sb_printf(b, ",\"%s\":", keys[i]);
		sb_json_str(b, db_col_null(s, 2 + i) ? NULL : db_col_text(s, 2 + i));
	}
	sb_adds(b, "}");
}

/* GET /api/v1/lostfound/offices (staff): the units whose office is set, by name. An office is
 * public (the notice shows it), so every staff member reads all of them: the receipt of any
 * station, the editor of the admin page. */
void lf_office_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	struct sb b;
	int n = 0, rr;

	if (c == NULL || (s = db_prepare(c, SQL_OFFICES)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, LF_OFFICES_MAX + 1);
	sb_init(&b, 1 << 20);
	sb_adds(&b, "{\"items\":[");
	while ((rr = db_step(s)) == DB_ROW && n < LF_OFFICES_MAX) {
		if (n++)
			sb_adds(&b, ",");
		office_item(&b, s);
	}
	db_reset(s);
	if (rr == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_printf(&b, "],\"cut\":%s}", rr == DB_ROW ? "true" : "false");
	http_reply_text(r, 200, sb_finish(&b));
}

struct office_job {
	int64_t org;
	const char *v[3];                /* address, phone, hours; NULL unset */
};

pa_err lf_office_put(struct db_conn *c, int64_t org, const char *address, const char *phone,
    const char *hours)
{
	const char *v[3] = { address, phone, hours };
	struct db_stmt *s;

	if (!address && !phone && !hours) {
		if ((s = db_prepare(c, SQL_OFFICE_DROP)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, org);
		return db_run(s);
	}
	if ((s = db_prepare(c, SQL_OFFICE_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, org);
	for (int i = 0; i < 3; i++)
		db_bind_text(s, 2 + i, v[i]);
	return db_run(s);
}

static pa_err office_run(struct db_conn *c, void *ctx)
{
	struct office_job *j = ctx;

	return lf_office_put(c, j->org, j->v[0], j->v[1], j->v[2]);
}

/* PUT /api/v1/lostfound/offices/{org_id}: {address, phone, hours}, the whole office (an
 * absent, null or blank part is unset; all unset removes it). A unit outside the caller's
 * scope is 404 like a missing one; inside it, only an admin or a leader over the unit sets it
 * (a station's 所长 his own station's, an admin any unit of his subtree). Answers the office. */
void lf_office_api_put(struct http_req *r)
{
	static const char *const names[] = { "address", "phone", "hours" };
	struct db_conn *c = db_reader(r->db);
	struct office_job j = { 0 };
	char path[LIM_ORG_PATH];
	struct db_stmt *s;
	struct sb b;
	pa_err rc;
	int rr;

	if (!http_param_id(r, 0, &j.org) || !http_body_valid(r, office_fields))
		return;
	for (int i = 0; i < 3; i++) {
		const char *v = val_str(r->json, names[i]);
		j.v[i] = v && !val_blank(v) ? v : NULL;
		if (j.v[i] && !one_line(j.v[i])) {
			http_error(r, PA_ERR_INVALID, "invalid_value", names[i],
			    "%s must be one line of text", names[i]);
			return;
		}
	}
	if (j.v[1] && !lf_office_phone_valid(j.v[1])) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "phone",
		    "phone number may hold only digits, spaces, -, +, parentheses and an extension mark");
		return;
	}
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (!org_path(c, j.org, path) || !scope_covers(r->user, path)) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", "org_id", "no such org unit");
		return;
	}
	if ((scope_roles_at(r->user, path) & LF_OFFICE_EDITORS) == 0) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", "org_id",
		    "only an admin or a leader over this unit may set its claim office");
		return;
	}
	if ((rc = db_write(r->db, office_run, &j)) != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the claim office");
		return;
	}
	if ((s = db_prepare(c, SQL_OFFICE_ONE)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, j.org);
	sb_init(&b, 4096);
	if ((rr = db_step(s)) == DB_ROW)
		office_item(&b, s);
	db_reset(s);
	if (rr != DB_ROW) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	http_reply_text(r, 200, sb_finish(&b));
}
