/* users_export.c — the user list (人员) as CSV or Excel: the users GET /api/v1/users finds
 * (the same scope, org_id and q filters), all of them, with their roles and units named. */
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../util/util.h"
#include "../auth/auth.h"
#include "modules.h"

/* The filter of SQL_USERS_LIST in auth_api.c, without its page limit. */
static const char SQL_USERS_EXPORT[] =
    "SELECT DISTINCT ug.user_id FROM grants ug JOIN orgs o ON o.id = ug.org_id "
    "JOIN users u ON u.id = ug.user_id WHERE " SCOPE_ORG_SQL
    " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2)"
    " AND (?3 IS NULL OR u.login LIKE ('%' || ?3 || '%') ESCAPE '\\' "
    "OR u.name LIKE ('%' || ?3 || '%') ESCAPE '\\')"
    " ORDER BY ug.user_id";

static const struct export_col user_cols[] = {
	{ "login", "登录名", "Login", EXK_TEXT },
	{ "name", "姓名", "Name", EXK_TEXT },
	{ "grants", "角色（单位）", "Roles (unit)", EXK_TEXT },
	{ "disabled", "已停用", "Disabled", EXK_BOOL },
	EXPORT_COLS_END
};

const char *role_label(unsigned role, bool en)
{
	static const struct { unsigned bit; const char *zh, *en; } names[] = {
		{ ROLE_ADMIN, "管理员", "Admin" }, { ROLE_LEADER, "领导", "Leader" },
		{ ROLE_OFFICER, "民警", "Officer" }, { ROLE_AUXILIARY, "辅警", "Auxiliary" },
		{ ROLE_GRID_WORKER, "网格员", "Grid worker" }, { ROLE_OPERATOR, "受理员", "Operator" },
		{ ROLE_HANDLER, "职能部门", "Handler" }, { ROLE_MEDIATOR, "调解员", "Mediator" },
		{ ROLE_CITIZEN, "群众", "Citizen" },
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].bit == role)
			return en ? names[i].en : names[i].zh;
	return role_name(role);
}

void users_export(struct http_req *r, int fmt, const char *org_path, const char *q)
{
	struct db_conn *c = db_reader(r->db);
	struct auth_user *u = malloc(sizeof *u);
	struct export *x = NULL;
	struct db_stmt *s = NULL;
	char *esc = NULL;
	int rc;

	if (c == NULL || u == NULL || (s = db_prepare(c, SQL_USERS_EXPORT)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	/* q is matched literally: its % and _ are escaped, not wildcards */
	if (q && *q && (esc = arena_alloc(r->arena, strlen(q) * 2 + 1)) != NULL) {
		char *w = esc;
		for (const char *p = q; *p; p++) {
			if (*p == '%' || *p == '_' || *p == '\\')
				*w++ = '\\';
			*w++ = *p;
		}
		*w = '\0';
	}
	if ((x = export_begin(r, (enum export_format)fmt, "users")) == NULL)
		goto out;
	export_sheet(x, "人员", "Users", user_cols);
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_path);
	db_bind_text(s, 3, esc);
	while ((rc = db_step(s)) == DB_ROW) {
		struct sb g;
		char *gs;
		if (!export_row(x) || auth_user_load(c, db_col_int(s, 0), u) != PA_OK)
			continue;
		sb_init(&g, 64 << 10);
		for (int i = 0; i < u->ngrants; i++)
			sb_printf(&g, export_english(x) ? "%s%s (%s)" : "%s%s（%s）",
			    i ? (export_english(x) ? "; " : "；") : "",
			    role_label(u->grants[i].role, export_english(x)), u->grants[i].org_name);
		gs = sb_finish(&g);
		export_text(x, u->login);
		export_text(x, u->name);
		export_text(x, gs ? gs : "");
		export_bool(x, u->disabled);
		free(gs);
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	export_finish(x);
	x = NULL;
out:
	export_abort(x);
	free(u);
}
