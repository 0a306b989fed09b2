/* org.c — org units: lookup, insertion with materialised paths, the scoped list. */
#include "org.h"

#include <stdio.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../util/util.h"

const char *const org_kinds[] = { "province", "city", "county", "township", "community", "grid",
	"police_bureau", "police_station", "police_area", "department", NULL };

const char *org_kind_name(const char *kind, bool en)
{
	static const char *const names[][3] = {
		{ "province", "省", "Province" }, { "city", "市", "City" },
		{ "county", "区/县", "County" }, { "township", "乡镇/街道", "Township" },
		{ "community", "社区/村", "Community" }, { "grid", "网格", "Grid" },
		{ "police_bureau", "公安分局", "Police bureau" },
		{ "police_station", "派出所", "Police station" },
		{ "police_area", "警务区", "Police area" }, { "department", "职能部门", "Department" },
	};

	for (size_t i = 0; kind && i < sizeof names / sizeof names[0]; i++)
		if (strcmp(kind, names[i][0]) == 0)
			return names[i][en ? 2 : 1];
	return kind ? kind : "";
}

bool org_kind_valid(const char *kind)
{
	for (int i = 0; kind && org_kinds[i]; i++)
		if (strcmp(org_kinds[i], kind) == 0)
			return true;
	return false;
}

static const char SQL_ORG_GET[] =
    "SELECT id, COALESCE(parent_id, 0), kind, name, code, path FROM orgs WHERE id = ?1";

pa_err org_get(struct db_conn *c, int64_t id, struct org *out)
{
	struct db_stmt *s = db_prepare(c, SQL_ORG_GET);
	int r;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	if (r == DB_ROW) {
		out->id = db_col_int(s, 0);
		out->parent_id = db_col_int(s, 1);
		snprintf(out->kind, sizeof out->kind, "%s", db_col_text(s, 2));
		snprintf(out->name, sizeof out->name, "%s", db_col_text(s, 3));
		snprintf(out->code, sizeof out->code, "%s", db_col_text(s, 4));
		snprintf(out->path, sizeof out->path, "%s", db_col_text(s, 5));
	}
	db_reset(s);
	return r == DB_ROW ? PA_OK : r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
}

static const char SQL_ORG_INSERT[] =
    "INSERT INTO orgs (parent_id, kind, name, code, path) VALUES (?1, ?2, ?3, ?4, '')";
static const char SQL_ORG_SET_PATH[] = "UPDATE orgs SET path = ?2 WHERE id = ?1";

pa_err org_insert(struct db_conn *c, int64_t parent_id, const char *kind, const char *name,
    const char *code, int64_t *out_id)
{
	struct org parent = { 0 };
	struct db_stmt *s;
	char path[LIM_ORG_PATH];
	int64_t id;
	pa_err rc;
	int n;

	if (!org_kind_valid(kind))
		return PA_ERR_INVALID;
	if (parent_id && (rc = org_get(c, parent_id, &parent)) != PA_OK)
		return rc;
	s = db_prepare(c, SQL_ORG_INSERT);
	if (s == NULL)
		return PA_ERR_DB;
	if (parent_id)
		db_bind_int(s, 1, parent_id);
	db_bind_text(s, 2, kind);
	db_bind_text(s, 3, name);
	db_bind_text(s, 4, code);
	if (db_run(s) != PA_OK)
		return db_is_constraint(c) ? PA_ERR_CONFLICT : PA_ERR_DB;
	id = db_last_id(c);
	n = snprintf(path, sizeof path, "%s%lld/", parent_id ? parent.path : "/", (long long)id);
	if (n < 0 || (size_t)n >= sizeof path)
		return PA_ERR_INVALID;   /* tree deeper than LIM_ORG_PATH allows */
	s = db_prepare(c, SQL_ORG_SET_PATH);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, path);
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	if (out_id)
		*out_id = id;
	return PA_OK;
}

static const char SQL_ORG_BY_CODE[] = "SELECT id FROM orgs WHERE code = ?1";

int64_t org_id_by_code(struct db_conn *c, const char *code)
{
	struct db_stmt *s = db_prepare(c, SQL_ORG_BY_CODE);
	int64_t id = 0;

	if (s == NULL)
		return 0;
	db_bind_text(s, 1, code);
	if (db_step(s) == DB_ROW)
		id = db_col_int(s, 0);
	db_reset(s);
	return id;
}

static const char SQL_ORG_PATH[] = "SELECT path FROM orgs WHERE id = ?1";

bool org_path(struct db_conn *c, int64_t id, char out[LIM_ORG_PATH])
{
	struct db_stmt *s = c ? db_prepare(c, SQL_ORG_PATH) : NULL;
	bool found = false;

	out[0] = '\0';
	if (s == NULL)
		return false;
	db_bind_int(s, 1, id);
	if (db_step(s) == DB_ROW) {
		snprintf(out, LIM_ORG_PATH, "%s", db_col_text(s, 0));
		found = true;
	}
	db_reset(s);
	return found;
}

bool org_query(struct http_req *r, bool in_scope, int64_t *id, char path[LIM_ORG_PATH])
{
	path[0] = '\0';
	if (!http_query_int(r, "org_id", 1, INT64_MAX, 0, id))
		return false;
	if (*id == 0)
		return true;
	if (!org_path(db_reader(r->db), *id, path)) {
		if (in_scope) {
			http_error(r, PA_ERR_NOT_FOUND, "not_found", "org_id", "no such org unit");
			return false;
		}
		snprintf(path, LIM_ORG_PATH, "/none/");   /* matches no unit */
		return true;
	}
	if (in_scope && !scope_covers(r->user, path)) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", "org_id", "no such org unit");
		return false;
	}
	return true;
}

/* Ordering by path puts every parent before its children. */
static const char SQL_ORG_LIST[] =
    "SELECT o.id, o.parent_id, o.kind, o.name, o.code, o.path FROM orgs o WHERE "
    SCOPE_ORG_SQL " ORDER BY o.path";

/* GET /api/v1/orgs — the units inside the caller's scope, parents first. */
void org_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	json_t *items = json_array();
	int rc;

	if (c == NULL || (s = db_prepare(c, SQL_ORG_LIST)) == NULL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	while ((rc = db_step(s)) == DB_ROW) {
		const char *path = db_col_text(s, 5);
		int depth = -1;
		for (const char *p = path; *p; p++)
			depth += *p == '/';
		json_t *o = json_pack("{s:I, s:o, s:s, s:s, s:s, s:i}",
		    "id", (json_int_t)db_col_int(s, 0),
		    "parent_id", db_col_null(s, 1) ? json_null() : json_integer(db_col_int(s, 1)),
		    "kind", db_col_text(s, 2), "name", db_col_text(s, 3), "code", db_col_text(s, 4),
		    "depth", depth - 1);
		json_array_append_new(items, o);
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}
