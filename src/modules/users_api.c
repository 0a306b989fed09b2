/* auth_api.c — HTTP handlers: session (login/logout), me, user administration. */
#include <stdio.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "../auth/auth.h"
#include "modules.h"

void *auth_user_json(const struct auth_user *u)
{
	json_t *grants = json_array();

	for (int i = 0; i < u->ngrants; i++)
		json_array_append_new(grants, json_pack("{s:I, s:s, s:I, s:s, s:s}",
		    "id", (json_int_t)u->grants[i].id, "role", role_name(u->grants[i].role),
		    "org_id", (json_int_t)u->grants[i].org_id, "org_name", u->grants[i].org_name,
		    "org_kind", u->grants[i].org_kind));
	return json_pack("{s:I, s:s, s:s, s:b, s:o}", "id", (json_int_t)u->id, "login", u->login,
	    "name", u->name, "disabled", u->disabled, "grants", grants);
}

/* Loads a user for a reply; sends the error itself and returns NULL on failure. */
static json_t *user_reply_json(struct http_req *r, int64_t id)
{
	struct db_conn *c = db_reader(r->db);
	struct auth_user *u = arena_alloc(r->arena, sizeof *u);
	pa_err rc;

	if (c == NULL || u == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return NULL;
	}
	rc = auth_user_load(c, id, u);
	if (rc != PA_OK) {
		http_error(r, rc, rc == PA_ERR_NOT_FOUND ? "not_found" : "internal", NULL,
		    "no such user");
		return NULL;
	}
	return auth_user_json(u);
}

/* ------------------------------------------------------------------ session */

static const struct val_field login_fields[] = {
	{ "login", VT_STRING, VF_REQUIRED, 1, LIM_LOGIN_MAX, NULL, NULL },
	{ "password", VT_STRING, VF_REQUIRED, 1, LIM_PASSWORD_MAX, NULL, NULL },
	VAL_END
};

/* POST /api/v1/session */
void auth_api_login(struct http_req *r)
{
	struct auth_login_result res;
	struct pa_error err = { 0 };
	char exp[TIME_STR_MAX];
	json_t *user;
	pa_err rc;

	if (!http_body_valid(r, login_fields))
		return;
	rc = auth_login(r->db, val_str(r->json, "login"), val_str(r->json, "password"), r->addr,
	    &res, &err);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot sign in now");
		http_fail(r, &err);
		return;
	}
	if ((user = user_reply_json(r, res.user_id)) == NULL)
		return;
	time_format(res.expires_at, exp);
	r->set_cookie = arena_printf(r->arena,
	    "pingan_session=%s; Path=/; HttpOnly; SameSite=Strict; Max-Age=%lld", res.token,
	    (long long)(SESSION_ABSOLUTE_MS / 1000));
	http_reply(r, 200, json_pack("{s:s, s:s, s:s, s:o}", "token", res.token, "csrf_token",
	    res.csrf, "expires_at", exp, "user", user));
}

/* DELETE /api/v1/session */
void auth_api_logout(struct http_req *r)
{
	pa_err rc = auth_logout(r->db, r->user->session_id);

	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot end the session");
		return;
	}
	r->set_cookie = "pingan_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
	http_reply(r, 204, NULL);
}

/* GET /api/v1/me */
void auth_api_me(struct http_req *r)
{
	json_t *o = auth_user_json(r->user);

	json_object_set_new(o, "csrf_token", json_string(r->user->csrf));
	http_reply(r, 200, o);
}

/* ------------------------------------------------------------------ administration */

/* True when the caller administers org_path (an admin grant on it or above). */
static bool admin_over(const struct auth_user *u, const char *org_path)
{
	return (scope_roles_at(u, org_path) & ROLE_ADMIN) != 0;
}

/* Users with a grant on a unit in the caller's scope, in id order from a cursor (keyset). */
static const char SQL_USERS_LIST[] =
    "SELECT u.id, u.login, u.name, u.disabled FROM users u WHERE u.id > ?4 AND EXISTS ("
    "SELECT 1 FROM grants ug JOIN orgs o ON o.id = ug.org_id WHERE ug.user_id = u.id AND "
    SCOPE_ORG_SQL " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2))"
    " AND (?3 IS NULL OR u.login LIKE ('%' || ?3 || '%') ESCAPE '\\' "
    "OR u.name LIKE ('%' || ?3 || '%') ESCAPE '\\')"
    " ORDER BY u.id LIMIT ?5";
/* Every grant of one user (no cap: the list shows what is there, filtered by scope). */
static const char SQL_USER_ROW_GRANTS[] =
    "SELECT g.id, g.role, g.org_id, o.name, o.path FROM grants g JOIN orgs o ON o.id = g.org_id "
    "WHERE g.user_id = ?1 ORDER BY g.id";

/* One row of the users list (用户列表): the user and only those of their grants that lie
 * inside the caller's scope — a grant elsewhere is not the caller's business. The one place
 * that writes a row, for the JSON page here and for exports. Returns a new reference, or NULL
 * on a database error. */
void *auth_users_list_row(struct db_conn *c, const struct auth_user *caller, int64_t id,
    const char *login, const char *name, bool disabled)
{
	struct db_stmt *s = db_prepare(c, SQL_USER_ROW_GRANTS);
	json_t *grants;
	int rc;

	if (s == NULL)
		return NULL;
	grants = json_array();
	db_bind_int(s, 1, id);
	while ((rc = db_step(s)) == DB_ROW) {
		if (!scope_covers(caller, db_col_text(s, 4)))
			continue;
		json_array_append_new(grants, json_pack("{s:I, s:s, s:I, s:s}",
		    "id", (json_int_t)db_col_int(s, 0), "role", db_col_text(s, 1),
		    "org_id", (json_int_t)db_col_int(s, 2), "org_name", db_col_text(s, 3)));
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		json_decref(grants);
		return NULL;
	}
	return json_pack("{s:I, s:s, s:s, s:b, s:o}", "id", (json_int_t)id, "login", login,
	    "name", name, "disabled", disabled, "grants", grants);
}

/* GET /api/v1/users?org_id=&q=&limit=&cursor= */
void auth_api_users_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *q = http_query(r, "q"), *cur = http_query(r, "cursor");
	char path[LIM_ORG_PATH] = "", *esc = NULL;
	int64_t org_id = 0, limit = LIM_LIST_DEFAULT, cursor = 0, last = 0, n = 0;
	int rc;
	struct db_stmt *s;
	json_t *items, *next;
	enum export_format fmt = http_export_format(r);

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL)
		goto dberr;
	if (!org_query(r, false, &org_id, path) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit))
		return;
	if (fmt != EXPORT_JSON) {
		users_export(r, fmt, org_id ? path : NULL, q);
		return;
	}
	if (cur && *cur) {
		unsigned char raw[24];
		long len = b64url_decode(cur, raw, sizeof raw - 1);
		if (len <= 2 || raw[0] != 'u' || raw[1] != ':') {
			http_error(r, PA_ERR_MALFORMED, "bad_request", "cursor", "cursor is not valid");
			return;
		}
		raw[len] = '\0';
		if (!parse_i64((const char *)raw + 2, 1, INT64_MAX, &cursor)) {
			http_error(r, PA_ERR_MALFORMED, "bad_request", "cursor", "cursor is not valid");
			return;
		}
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
	if ((s = db_prepare(c, SQL_USERS_LIST)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_id ? path : NULL);
	db_bind_text(s, 3, esc);
	db_bind_int(s, 4, cursor);
	db_bind_int(s, 5, limit);
	items = json_array();
	/* the grants of each row are read with the list statement still open: both are reads
	 * on this request's connection */
	while ((rc = db_step(s)) == DB_ROW) {
		json_t *row = auth_users_list_row(c, r->user, db_col_int(s, 0), db_col_text(s, 1),
		    db_col_text(s, 2), db_col_int(s, 3) != 0);
		if (row == NULL) {
			rc = DB_FAIL;
			break;
		}
		json_array_append_new(items, row);
		last = db_col_int(s, 0);
		n++;
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		json_decref(items);
		goto dberr;
	}
	next = json_null();
	if (n == limit) {
		char raw[32], enc[64];
		int l = snprintf(raw, sizeof raw, "u:%lld", (long long)last);
		b64url_encode((const unsigned char *)raw, (size_t)l, enc, sizeof enc);
		json_decref(next);
		next = json_string(enc);
	}
	http_reply(r, 200, json_pack("{s:o, s:o}", "items", items, "next_cursor", next));
	return;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}

static const char *const role_choices[] = { "admin", "leader", "officer", "auxiliary",
	"grid_worker", "operator", "handler", "mediator", "citizen", NULL };

static const struct val_field grant_fields[] = {
	{ "role", VT_STRING, VF_REQUIRED, 1, 32, role_choices, NULL },
	{ "org_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

static const struct val_field user_create_fields[] = {
	{ "login", VT_STRING, VF_REQUIRED, LIM_LOGIN_MIN, LIM_LOGIN_MAX, NULL, NULL },
	{ "name", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "password", VT_STRING, VF_REQUIRED, LIM_PASSWORD_MIN, LIM_PASSWORD_MAX, NULL, NULL },
	{ "grants", VT_ARRAY, VF_NULLABLE, 0, LIM_GRANTS_PER_USER, NULL, NULL },
	VAL_END
};

static const struct val_field user_update_fields[] = {
	{ "name", VT_STRING, 0, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "password", VT_STRING, 0, LIM_PASSWORD_MIN, LIM_PASSWORD_MAX, NULL, NULL },
	{ "disabled", VT_BOOL, 0, 0, 0, NULL, NULL },
	VAL_END
};

/* Checks that every grant names a role and a unit the caller administers. */
static bool grants_valid(struct http_req *r, const json_t *grants)
{
	struct db_conn *c = db_reader(r->db);
	struct pa_error e = { 0 };
	json_t *g;
	size_t i;

	json_array_foreach(grants, i, g) {
		char prefix[32];
		struct org o;
		snprintf(prefix, sizeof prefix, "grants[%zu].", i);
		if (val_check(g, grant_fields, prefix, &e) != PA_OK) {
			http_fail(r, &e);
			return false;
		}
		if (c == NULL || org_get(c, val_int(g, "org_id", 0), &o) != PA_OK ||
		    !admin_over(r->user, o.path)) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
			    "%s of grant %zu is not a unit you administer", "org_id", i + 1);
			return false;
		}
	}
	return true;
}

struct user_job {
	const char *login, *name, *pw_hash;
	const json_t *grants;
	int64_t id;
	/* update */
	bool set_disabled, disabled;
};

static pa_err user_create_run(struct db_conn *c, void *ctx)
{
	struct user_job *j = ctx;
	json_t *g;
	size_t i;
	pa_err rc = auth_user_insert(c, j->login, j->name, j->pw_hash, &j->id);

	if (rc != PA_OK)
		return rc;
	json_array_foreach(j->grants, i, g) {
		rc = auth_grant_insert(c, j->id, role_parse(val_str(g, "role")),
		    val_int(g, "org_id", 0), NULL);
		if (rc == PA_ERR_CONFLICT)
			continue;        /* the same grant twice is one grant */
		if (rc != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* POST /api/v1/users */
void auth_api_users_create(struct http_req *r)
{
	struct user_job j = { 0 };
	struct pa_error e = { 0 };
	char hash[AUTH_PWHASH_MAX];
	json_t *grants, *empty = NULL, *u;
	pa_err rc;

	if (!http_body_valid(r, user_create_fields))
		return;
	j.login = val_str(r->json, "login");
	j.name = val_str(r->json, "name");
	/* the same rules as `pingan user add` */
	if (!auth_login_valid(j.login, &e) ||
	    !auth_password_valid(j.login, val_str(r->json, "password"), &e)) {
		http_fail(r, &e);
		return;
	}
	grants = json_object_get(r->json, "grants");
	if (!json_is_array(grants))
		grants = empty = json_array();
	if (!grants_valid(r, grants)) {
		json_decref(empty);
		return;
	}
	if (auth_pw_hash(val_str(r->json, "password"), hash) != PA_OK) {
		json_decref(empty);
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "cannot hash the password");
		return;
	}
	j.pw_hash = hash;
	j.grants = grants;
	rc = db_write(r->db, user_create_run, &j);
	json_decref(empty);
	if (rc == PA_ERR_CONFLICT) {
		http_error(r, rc, "conflict", "login", "login %s is taken", j.login);
		return;
	}
	if (rc == PA_ERR_TOO_LARGE) {       /* cannot happen: the array is capped above */
		http_error(r, PA_ERR_INVALID, "too_many_grants", "grants",
		    "a user holds at most %d grants", LIM_GRANTS_PER_USER);
		return;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot create the user");
		return;
	}
	if ((u = user_reply_json(r, j.id)) != NULL)
		http_reply(r, 201, u);
}

/* The target user, if the caller administers one of their units (or they have none). */
static struct auth_user *admin_target(struct http_req *r, int64_t id)
{
	struct db_conn *c = db_reader(r->db);
	struct auth_user *t = arena_alloc(r->arena, sizeof *t);
	bool ok;

	/* a user the loader refuses (more grants than LIM_GRANTS_PER_USER) is nobody's to
	 * administer over the API: its grants cannot all be checked (see `pingan user revoke`) */
	if (c == NULL || t == NULL || auth_user_load(c, id, t) != PA_OK) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such user");
		return NULL;
	}
	/* the caller must administer every unit the target holds a grant on (every grant: the
	 * loader never cuts): otherwise a street's admin could reset the password of a province
	 * admin who also works in that street */
	ok = t->ngrants > 0 || scope_root_admin(r->user);
	for (int i = 0; i < t->ngrants && ok; i++)
		ok = admin_over(r->user, t->grants[i].org_path);
	if (!ok) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such user");
		return NULL;
	}
	return t;
}

static const char SQL_USER_SET_NAME[] = "UPDATE users SET name = ?2 WHERE id = ?1";
static const char SQL_USER_SET_PW[] = "UPDATE users SET pw_hash = ?2 WHERE id = ?1";
static const char SQL_USER_SET_DISABLED[] = "UPDATE users SET disabled = ?2 WHERE id = ?1";

static pa_err user_update_run(struct db_conn *c, void *ctx)
{
	struct user_job *j = ctx;
	struct db_stmt *s;

	if (j->name) {
		if ((s = db_prepare(c, SQL_USER_SET_NAME)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->id);
		db_bind_text(s, 2, j->name);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
	}
	if (j->pw_hash) {
		if ((s = db_prepare(c, SQL_USER_SET_PW)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->id);
		db_bind_text(s, 2, j->pw_hash);
		if (db_run(s) != PA_OK || auth_sessions_end_user(c, j->id) != PA_OK)
			return PA_ERR_DB;
	}
	if (j->set_disabled) {
		if ((s = db_prepare(c, SQL_USER_SET_DISABLED)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->id);
		db_bind_int(s, 2, j->disabled);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
		if (j->disabled && auth_sessions_end_user(c, j->id) != PA_OK)
			return PA_ERR_DB;
	}
	return PA_OK;
}

pa_err auth_user_update(struct db *db, int64_t id, const char *name, const char *password,
    int disabled)
{
	struct user_job j = { .id = id, .name = name };
	char hash[AUTH_PWHASH_MAX];

	if (password) {
		if (auth_pw_hash(password, hash) != PA_OK)
			return PA_ERR_NOMEM;
		j.pw_hash = hash;
	}
	if (disabled >= 0) {
		j.set_disabled = true;
		j.disabled = disabled != 0;
	}
	pa_err rc = db_write(db, user_update_run, &j);

	auth_cache_clear();     /* a new name, password or disabled flag shows at once */
	return rc;
}

/* PATCH /api/v1/users/{id} */
void auth_api_users_update(struct http_req *r)
{
	struct auth_user *t;
	struct pa_error e = { 0 };
	json_t *u, *d;
	int64_t id;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, user_update_fields))
		return;
	if ((t = admin_target(r, id)) == NULL)
		return;
	if (val_str(r->json, "password") &&
	    !auth_password_valid(t->login, val_str(r->json, "password"), &e)) {
		http_fail(r, &e);
		return;
	}
	d = json_object_get(r->json, "disabled");
	if (id == r->user->id && json_is_true(d)) {
		http_error(r, PA_ERR_CONFLICT, "conflict", "disabled", "you cannot disable yourself");
		return;
	}
	rc = auth_user_update(r->db, id, val_str(r->json, "name"), val_str(r->json, "password"),
	    d ? json_is_true(d) : -1);
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot update the user");
		return;
	}
	if ((u = user_reply_json(r, id)) != NULL)
		http_reply(r, 200, u);
}

struct grant_job {
	int64_t user_id, grant_id, org_id;
	unsigned role;
};

static pa_err grant_add_run(struct db_conn *c, void *ctx)
{
	struct grant_job *j = ctx;

	return auth_grant_insert(c, j->user_id, j->role, j->org_id, &j->grant_id);
}

/* POST /api/v1/users/{id}/grants */
void auth_api_grant_add(struct http_req *r)
{
	struct grant_job j = { 0 };
	json_t *arr, *u;
	int64_t id;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, grant_fields))
		return;
	if (admin_target(r, id) == NULL)
		return;
	arr = json_pack("[O]", r->json);
	if (!grants_valid(r, arr)) {
		json_decref(arr);
		return;
	}
	json_decref(arr);
	j.user_id = id;
	j.role = role_parse(val_str(r->json, "role"));
	j.org_id = val_int(r->json, "org_id", 0);
	rc = db_write(r->db, grant_add_run, &j);
	auth_cache_clear();
	if (rc == PA_ERR_CONFLICT) {
		http_error(r, rc, "conflict", NULL, "the user already holds this grant");
		return;
	}
	if (rc == PA_ERR_TOO_LARGE) {
		http_error(r, PA_ERR_INVALID, "too_many_grants", "grants",
		    "a user holds at most %d grants", LIM_GRANTS_PER_USER);
		return;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot add the grant");
		return;
	}
	if ((u = user_reply_json(r, id)) != NULL)
		http_reply(r, 201, u);
}

static const char SQL_GRANT_DELETE[] = "DELETE FROM grants WHERE id = ?1 AND user_id = ?2";

static pa_err grant_remove_run(struct db_conn *c, void *ctx)
{
	struct grant_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_GRANT_DELETE);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->grant_id);
	db_bind_int(s, 2, j->user_id);
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	return db_changes(c) == 1 ? PA_OK : PA_ERR_NOT_FOUND;
}

/* DELETE /api/v1/users/{id}/grants/{gid} */
void auth_api_grant_remove(struct http_req *r)
{
	struct auth_user *t;
	struct grant_job j = { 0 };
	const struct grant *g = NULL;
	json_t *u;
	pa_err rc;

	if (!http_param_id(r, 0, &j.user_id) || !http_param_id(r, 1, &j.grant_id))
		return;
	if ((t = admin_target(r, j.user_id)) == NULL)
		return;
	for (int i = 0; i < t->ngrants; i++)
		if (t->grants[i].id == j.grant_id)
			g = &t->grants[i];
	if (g == NULL || !admin_over(r->user, g->org_path)) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such grant");
		return;
	}
	rc = db_write(r->db, grant_remove_run, &j);
	auth_cache_clear();
	if (rc != PA_OK) {
		http_error(r, rc, rc == PA_ERR_NOT_FOUND ? "not_found" : "internal", NULL,
		    "cannot remove the grant");
		return;
	}
	if ((u = user_reply_json(r, j.user_id)) != NULL)
		http_reply(r, 200, u);
}
