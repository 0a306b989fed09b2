/* case.h — the case engine (案件引擎): one cases table for every case type, a workflow table per
 * type, the hash-chained timeline, optimistic concurrency and idempotent creation. */
#ifndef PA_CASE_H
#define PA_CASE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../auth/auth.h"
#include "../http/validate.h"
#include "../pingan.h"

struct db;
struct db_conn;
struct arena;
struct sb;

/* A case as loaded; strings are owned by the arena it was loaded into. */
struct case_rec {
	int64_t id;
	const char *code;
	const struct case_type *type;
	const char *category;            /* NULL if none */
	const char *title, *body, *status;
	int64_t org_id;
	const char *org_name, *org_path;
	int64_t assignee_id, unit_id;    /* 0 if none */
	const char *unit_name, *unit_path;   /* NULL without a unit */
	const char *assignee_name;
	bool has_location;
	double lat, lon;
	const char *address;
	int64_t reporter_id;
	const char *reporter_name;
	const char *priority;
	int64_t due_at;                  /* 0 if none */
	int64_t version, created_at, updated_at, closed_at;
	json_t *attrs;                   /* type-specific fields; owned, freed by case_rec_clear */
};
void case_rec_clear(struct case_rec *c);

/* ---- workflows ---- */

/* Relations to a case that an action may require instead of a role. */
#define WF_REPORTER (1u << 16)   /* the poster */
#define WF_ASSIGNEE (1u << 17)   /* the person it is assigned to */
#define WF_AT_UNIT  (1u << 18)   /* roles count at the assigned unit (unit_id), not the org unit */

struct wf_status {
	const char *code, *name_zh, *name_en;
	bool closed;                     /* entering it sets closed_at */
};

struct wf_ctx;   /* what an action's hooks see */
struct wf_action {
	const char *code, *name_zh, *name_en;
	const char *const *from;         /* NULL-terminated statuses */
	const char *to;                  /* NULL: the status stays */
	unsigned who;                    /* role bits at the case's unit | WF_REPORTER | WF_ASSIGNEE */
	bool needs_reason;               /* a non-empty note (or fields.reason) */
	const struct val_field *fields;  /* what "fields" may hold; NULL = nothing */
	/* Extra condition (e.g. a time window); fills err and returns non-OK to refuse. */
	pa_err (*guard)(const struct case_rec *c, const struct auth_user *u, int64_t now,
	    struct pa_error *err);
	/* Applies the action's fields to the case (assignee, attrs) before it is stored. */
	pa_err (*apply)(struct wf_ctx *x);
};

struct create_ctx;
struct case_type {
	const char *code, *name_zh, *name_en;
	const char *code_prefix;         /* public code: PREFIX + YYYYMMDD + sequence */
	const char *initial;
	const struct wf_status *statuses;    /* terminated by code NULL */
	const struct wf_action *actions;     /* terminated by code NULL */
	unsigned who_create;                 /* roles at the unit that may create */
	const char *const *attr_names;       /* type-specific fields shown in JSON */
	const char *const *categories;       /* allowed categories, NULL = any short text */
	/* Fields PATCH may not change (an event's category, place and deadline drive its
	 * routing and supervision); NULL-terminated, or NULL for none. */
	const char *const *locked_fields;
	/* The type's own create fields beside the common ones (validated with them). */
	const struct val_field *create_fields;
	/* Before the insert: may place the case (org_id), set due_at, fill attrs, refuse. */
	pa_err (*on_create)(struct create_ctx *x);
	/* After the insert, in the same transaction (x->id is set): link photos etc. */
	pa_err (*after_create)(struct create_ctx *x);
	/* Extra JSON fields computed at read time (e.g. the deadline warning); may be NULL. */
	void (*extra_json)(struct sb *b, const struct case_rec *c, int64_t now);
	/* The name of a category code for exports and lists (English when en); false when the
	 * code is unknown. NULL: the code is shown as it is. */
	bool (*category_name)(struct db_conn *c, const char *code, bool en, char *out,
	    size_t outlen);
};

struct wf_ctx {
	struct db_conn *conn;
	struct case_rec *c;              /* apply hooks change it; the engine stores it */
	const struct auth_user *user;
	const json_t *fields;            /* validated "fields" object or NULL */
	const char *note;
	int64_t now;
	const char *to;                  /* the status being entered; an apply hook may redirect it */
	struct pa_error *err;
};

const struct case_type *case_type_find(const char *code);
extern const struct case_type *const case_types[];   /* NULL-terminated */
const struct wf_action *wf_action_find(const struct case_type *t, const char *code);
const struct wf_status *wf_status_find(const struct case_type *t, const char *code);
/* True when u may take a on c now (state, role or relation, guard). */
bool wf_allowed(const struct wf_action *a, const struct case_rec *c, const struct auth_user *u,
    int64_t now);
/* The codes of the actions u may take on c now, as a JSON array. */
json_t *wf_allowed_json(const struct case_rec *c, const struct auth_user *u, int64_t now);

/* ---- store ---- */

/* The columns case_from_row() reads, with the case as c and its org as o. */
#define CASE_SELECT \
	"SELECT c.id, c.code, c.type, c.category, c.title, c.body, c.status, c.org_id, o.name, " \
	"o.path, COALESCE(c.assignee_id, 0), COALESCE(c.unit_id, 0), a.name, c.lat, c.lon, " \
	"c.address, COALESCE(c.reporter_id, 0), r.name, c.priority, COALESCE(c.due_at, 0), " \
	"c.version, c.created_at, c.updated_at, COALESCE(c.closed_at, 0), c.attrs, un.name, " \
	"un.path FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id " \
	"LEFT JOIN users a ON a.id = c.assignee_id LEFT JOIN users r ON r.id = c.reporter_id"
struct db_stmt;
pa_err case_from_row(struct db_stmt *s, struct arena *a, struct case_rec *out);
/* Loads case id. PA_ERR_NOT_FOUND when absent. No scope check: callers use case_get_visible. */
pa_err case_load(struct db_conn *conn, struct arena *a, int64_t id, struct case_rec *out);
/* Loads case id if u may see it; absent and out of scope are the same PA_ERR_NOT_FOUND. */
pa_err case_get_visible(struct db_conn *conn, struct arena *a, int64_t id,
    const struct auth_user *u, struct case_rec *out);
/* Writes the case as a JSON object WITHOUT its closing brace, so callers may add fields. */
void case_json(struct sb *b, const struct case_rec *c);
/* Writes the timeline events of a case (oldest first; only event_id if non-zero) as
 * comma-separated JSON objects, without the array brackets. */
pa_err case_timeline_write(struct db_conn *conn, struct sb *b, int64_t case_id, int64_t event_id);
void wf_allowed_sb(struct sb *b, const struct case_rec *c, const struct auth_user *u, int64_t now);

/* ---- timeline (hash chain) ---- */
struct tl_event {
	int64_t case_id;
	const char *kind;        /* create, action, comment, update */
	const char *action;      /* NULL unless kind is action */
	int64_t actor_id;
	int64_t at;
	const char *from_status, *to_status, *note;
	const char *data;        /* JSON text or NULL */
};
#define TL_HASH_BYTES 32
/* Appends e to the timeline of its case, chaining its hash to the last event. */
pa_err tl_append(struct db_conn *conn, const struct tl_event *e, int64_t *out_id);
/* Writes one event with a known id, seq and previous hash (bulk loading knows them without
 * asking); out_hash is the new link. tl_append uses it. */
pa_err tl_insert(struct db_conn *conn, int64_t id, int64_t seq, const struct tl_event *e,
    const unsigned char prev[TL_HASH_BYTES], unsigned char out_hash[TL_HASH_BYTES]);
/* Recomputes the whole chain; *bad_id is the first event whose hash or link is wrong (0 if
 * all is intact); *count the events checked. */
pa_err tl_verify(struct db_conn *conn, int64_t *bad_id, int64_t *count);
/* The first case (id) whose timeline does not begin with its create event, 0 if none. */
pa_err tl_check_cases(struct db_conn *conn, int64_t *bad_case);
/* The hash of one event given the previous hash (exposed for tests). */
void tl_hash(const unsigned char prev[TL_HASH_BYTES], int64_t id, const struct tl_event *e,
    int64_t seq, unsigned char out[TL_HASH_BYTES]);

/* ---- operations (each one write transaction) ---- */
struct case_new {
	const struct case_type *type;
	const char *category, *title, *body, *priority, *address;
	int64_t org_id;
	bool has_location;
	double lat, lon;
	int64_t due_at;
	const char *idem_key;            /* NULL without Idempotency-Key */
	unsigned char body_hash[32];     /* of the request body, for idem_key reuse checks */
	const json_t *request;           /* the validated request, for the type's own fields */
};

struct create_ctx {
	struct db_conn *conn;
	const struct auth_user *user;
	struct case_new *n;              /* on_create may change org_id, due_at, category */
	json_t *attrs;                   /* the type's own fields, stored with the case */
	int64_t id, now;
	struct pa_error *err;
};
/* Creates a case; *out_id is the new case, or the earlier one for a repeated key. */
pa_err case_create(struct db *db, const struct auth_user *u, struct case_new *n,
    int64_t *out_id, struct pa_error *err);
/* Takes action code on case id. version < 0 means "not given". */
pa_err case_act(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const json_t *fields, int64_t version, struct pa_error *err);
pa_err case_comment(struct db *db, const struct auth_user *u, int64_t id, const char *body,
    int64_t *out_event, struct pa_error *err);
/* Changes plain fields (title, body, ...) given as a validated object; version required. */
pa_err case_update(struct db *db, const struct auth_user *u, int64_t id, const json_t *changes,
    int64_t version, struct pa_error *err);

/* BLAKE2b of a request body, for Idempotency-Key reuse detection. */
void case_body_hash(const char *body, size_t len, unsigned char out[32]);

/* ---- HTTP handlers (case_api.c) ---- */
struct http_req;
void case_api_create(struct http_req *r);
void case_api_get(struct http_req *r);
void case_api_list(struct http_req *r);
void case_api_update(struct http_req *r);
void case_api_action(struct http_req *r);
void case_api_comment(struct http_req *r);
void case_api_types(struct http_req *r);
void suggestion_api_board(struct http_req *r);

#endif
