/* auth.h — users, roles, grants, passwords, sessions, login throttling and the scope check.
 *
 * Scope (DESIGN.md §2): a role is granted on an org unit and covers its whole subtree. The
 * scope check lives here and only here: scope_roles_at() for one org unit, SCOPE_CASE_SQL for
 * lists. Citizens' grants never widen what they see.
 */
#ifndef PA_AUTH_H
#define PA_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../pingan.h"

struct db;
struct db_conn;

/* Roles as bits, so that a workflow action can name several. */
enum role {
	ROLE_ADMIN       = 1u << 0,   /* 管理员 */
	ROLE_LEADER      = 1u << 1,   /* 所长/教导员, unit leader */
	ROLE_OFFICER     = 1u << 2,   /* 民警 */
	ROLE_AUXILIARY   = 1u << 3,   /* 辅警 */
	ROLE_GRID_WORKER = 1u << 4,   /* 网格员 */
	ROLE_OPERATOR    = 1u << 5,   /* 平台受理员 */
	ROLE_HANDLER     = 1u << 6,   /* 职能部门 */
	ROLE_MEDIATOR    = 1u << 7,   /* 调解员 */
	ROLE_CITIZEN     = 1u << 8,   /* 群众 */
};
#define ROLE_STAFF (ROLE_ADMIN | ROLE_LEADER | ROLE_OFFICER | ROLE_AUXILIARY | ROLE_GRID_WORKER | \
	ROLE_OPERATOR | ROLE_HANDLER | ROLE_MEDIATOR)
#define ROLE_COUNT 9

unsigned role_parse(const char *name);           /* 0 if unknown */
const char *role_name(unsigned bit);
extern const char *const role_names[];           /* NULL-terminated, for validation tables */

#define AUTH_NAME_MAX   (LIM_NAME_CHARS * 4 + 1)
#define AUTH_LOGIN_MAX  (LIM_LOGIN_MAX + 1)
#define AUTH_CSRF_LEN   32                        /* hex characters */
#define AUTH_TOKEN_LEN  43                        /* base64url of 32 bytes */

struct grant {
	int64_t id;
	unsigned role;
	int64_t org_id;
	char org_name[AUTH_NAME_MAX];
	char org_path[LIM_ORG_PATH];
	char org_kind[24];
};

struct auth_user {
	int64_t id;
	char login[AUTH_LOGIN_MAX];
	char name[AUTH_NAME_MAX];
	bool disabled;
	/* set for a request authenticated by a session */
	int64_t session_id;
	char csrf[AUTH_CSRF_LEN + 1];
	int ngrants;
	struct grant grants[LIM_GRANTS_PER_USER];   /* last: copies take only the used ones */
};
/* The bytes of u that hold data: everything up to and including its grants. */
#define AUTH_USER_USED(u) (offsetof(struct auth_user, grants) + \
	(size_t)(u)->ngrants * sizeof(struct grant))

/* ---- passwords (argon2id, at most LIM_PWHASH_CONCURRENT at a time) ---- */
#define AUTH_PWHASH_MAX 128
pa_err auth_pw_hash(const char *pw, char out[AUTH_PWHASH_MAX]);
bool auth_pw_verify(const char *hash, const char *pw);

/* ---- users ---- */
pa_err auth_user_load(struct db_conn *c, int64_t id, struct auth_user *out);
/* Write-side helpers (run inside db_write or the CLI's inline write). */
pa_err auth_user_insert(struct db_conn *c, const char *login, const char *name,
    const char *pw_hash, int64_t *out_id);
pa_err auth_grant_insert(struct db_conn *c, int64_t user_id, unsigned role, int64_t org_id,
    int64_t *out_id);
int64_t auth_user_id_by_login(struct db_conn *c, const char *login);   /* 0 if none */
/* Changes name and/or password (hashed here, outside the writer) and/or disabled (-1 = keep);
 * a new password or disabling ends the user's sessions. */
pa_err auth_user_update(struct db *db, int64_t id, const char *name, const char *password,
    int disabled);

/* ---- login, sessions ---- */
struct auth_login_result {
	char token[AUTH_TOKEN_LEN + 1];
	char csrf[AUTH_CSRF_LEN + 1];
	int64_t expires_at;
	int64_t user_id;
};
/* Verifies the password under the per-account and per-address limits and opens a session. */
pa_err auth_login(struct db *db, const char *login, const char *password, const char *addr,
    struct auth_login_result *out, struct pa_error *err);
/* Resolves a token into its user; PA_ERR_UNAUTH when unknown, expired or disabled. */
pa_err auth_session_user(struct db *db, const char *token, struct auth_user *out);
pa_err auth_logout(struct db *db, int64_t session_id);
/* Ends every session of a user (inside a write). */
pa_err auth_sessions_end_user(struct db_conn *c, int64_t user_id);
void auth_ratelimit_reset(void);
/* Forgets every cached session (after changes to sessions, users or grants). */
void auth_cache_clear(void);

/* ---- scope ---- */
/* The role bits the user holds over org unit org_path (grants on it or an ancestor). */
unsigned scope_roles_at(const struct auth_user *u, const char *org_path);
/* Any role anywhere. */
unsigned scope_roles_any(const struct auth_user *u);
/* An admin grant on a root of the org tree: system-wide settings (catalogue, holidays). */
bool scope_root_admin(const struct auth_user *u);
/* True when org_path is inside the subtree of one of the user's staff grants. */
bool scope_covers(const struct auth_user *u, const char *org_path);
/* A case is visible when its org unit or the unit it is assigned to (unit_path, may be NULL)
 * is covered, or it is assigned to or posted by the user. */
bool scope_case_visible(const struct auth_user *u, const char *org_path, const char *unit_path,
    int64_t assignee_id, int64_t reporter_id);

/* The same rule in SQL, for lists. Expects the case as alias c joined with its org as o and
 * (LEFT JOIN) its assigned unit as un, and the user id bound at parameter ?1. */
#define SCOPE_CASE_SQL \
	"(EXISTS (SELECT 1 FROM grants g JOIN orgs go ON go.id = g.org_id " \
	"WHERE g.user_id = ?1 AND g.role <> 'citizen' " \
	"AND (substr(o.path, 1, length(go.path)) = go.path " \
	"OR substr(un.path, 1, length(go.path)) = go.path)) " \
	"OR c.assignee_id = ?1 OR c.reporter_id = ?1)"
/* Org units in scope: alias o, user id at ?1. */
#define SCOPE_ORG_SQL \
	"EXISTS (SELECT 1 FROM grants g JOIN orgs go ON go.id = g.org_id " \
	"WHERE g.user_id = ?1 AND g.role <> 'citizen' " \
	"AND substr(o.path, 1, length(go.path)) = go.path)"

/* ---- HTTP handlers (auth_api.c) ---- */
struct http_req;
void auth_api_login(struct http_req *r);
void auth_api_logout(struct http_req *r);
void auth_api_me(struct http_req *r);
void auth_api_users_list(struct http_req *r);
/* The users GET /api/v1/users finds, as CSV or xlsx (fmt an enum export_format;
 * users_export.c); org_path and q may be NULL. Answers the request. */
void users_export(struct http_req *r, int fmt, const char *org_path, const char *q);
void auth_api_users_create(struct http_req *r);
void auth_api_users_update(struct http_req *r);
void auth_api_grant_add(struct http_req *r);
void auth_api_grant_remove(struct http_req *r);

/* JSON of a user (jansson json_t *, new reference). */
void *auth_user_json(const struct auth_user *u);

#endif
