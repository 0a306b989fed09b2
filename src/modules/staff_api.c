/* staff_api.c — GET /api/v1/staff: the active staff of a unit (本单位人员), for pickers such
 * as the commendation's "to which officer" (受表扬民警). Any staff role may ask, for a unit in
 * their scope; the answer holds only each person's id, name and roles at that unit or below —
 * nothing personal (no login, phone or grants elsewhere). GET /api/v1/users stays the
 * administration list for leaders and admins. */
#include <stdio.h>
#include <string.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "desk2.h"
#include "modules.h"

/* Users not disabled with a staff (non-citizen) grant on the unit at ?2 or below it, the
 * unit inside the caller's scope (?1), keyset by id. Their roles there, comma-joined. */
static const char SQL_STAFF_LIST[] =
    "SELECT u.id, u.name, group_concat(DISTINCT g.role) FROM users u "
    "JOIN grants g ON g.user_id = u.id JOIN orgs o ON o.id = g.org_id "
    "WHERE u.disabled = 0 AND g.role <> 'citizen' AND substr(o.path, 1, length(?2)) = ?2 "
    "AND " SCOPE_ORG_SQL " AND u.id > ?3 GROUP BY u.id ORDER BY u.id LIMIT ?4";

static const struct export_col staff_cols[] = {
	{ "name", "姓名", "Name", EXK_TEXT },
	{ "roles", "角色", "Roles", EXK_TEXT },
	EXPORT_COLS_END
};

/* A row of SQL_STAFF_LIST: a line of the export (roles by name), or a person of the page. */
static bool staff_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	const char *roles = db_col_text(s, 2) ? db_col_text(s, 2) : "";
	char buf[128];

	snprintf(buf, sizeof buf, "%s", roles);
	if (x) {
		char out[256] = "";
		size_t used = 0;
		export_text(x, db_col_text(s, 1));
		for (char *save = NULL, *p = strtok_r(buf, ",", &save); p;
		    p = strtok_r(NULL, ",", &save))
			used += (size_t)snprintf(out + used, used < sizeof out ? sizeof out - used : 0,
			    "%s%s", used ? "、" : "", role_label(role_parse(p), export_english(x)));
		export_text(x, out);
		return true;
	}
	json_t *rl = json_array();
	for (char *save = NULL, *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save))
		json_array_append_new(rl, json_string(p));
	json_array_append_new(items, json_pack("{s:I, s:s, s:o}", "id",
	    (json_int_t)db_col_int(s, 0), "name", db_col_text(s, 1), "roles", rl));
	return true;
}

static const struct export_list staff_list = {
	"staff", "本单位人员", "Staff", staff_cols, staff_row
};

/* GET /api/v1/staff?org_id=&limit=&cursor=&format= */
void staff_api_list(struct http_req *r)
{
	desk_unit_page(r, SQL_STAFF_LIST, &staff_list, true);
}
