/* case.h — the case engine (案件引擎): one cases table for every case type, a workflow table per
 * type, the hash-chained timeline, optimistic concurrency and idempotent creation. */
#ifndef PA_CASE_H
#define PA_CASE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include "../auth/auth.h"
#include "../http/validate.h"
#include "../pingan.h"
#include "person.h"
#include "timeline.h"

struct db;
struct db_conn;
struct arena;
struct sb;

/* One stored field of a side row as case_load_view reads it (its type field says which part
 * holds the value): text (TF_TEXT, TF_CHOICE; NULL when the column is), or i (the others). */
struct side_val {
	const char *text;
	int64_t i;
	bool null;
};

/* A case as loaded; strings are owned by the arena it was loaded into. (The one-case cache
 * copies every string field by name, case_one.c ONE_STRS: a new one is added there too.) */
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
	int64_t due_at;                  /* 0 if none: the running stage's deadline */
	const char *stage;               /* the stage with a deadline (受理, 处置 ...), NULL if none */
	int64_t stage_started_at;        /* 0 if no stage */
	const char *warn;                /* warning recorded by the scheduler: NULL, yellow, red */
	int64_t version, created_at, updated_at, closed_at;
	/* The type's own fields (its side table, loaded as JSON values for the hooks) and its
	 * free-form extras; owned, freed by case_rec_clear. */
	json_t *attrs;
	/* The persons on the case (当事人), masked, as case_load/case_row_load read them; NULL
	 * for a row read without them (case_from_row). Owned, freed by case_rec_clear. */
	json_t *persons;
	/* persons is not the whole truth (a read failed or a field was not opened): shown to this
	 * request, never kept (the one-case cache). */
	bool persons_cut;
	/* A list row whose CASE_PERSONS_PROBE column says it has persons: case_json writes them
	 * straight into the page through this reader (person_case_sb) instead of persons. */
	struct db_conn *persons_conn;
	/* A list row (case_row_load_joined): the side table's stored fields are not in attrs but
	 * read from this statement's columns from side_col on, while it stays on the row; read
	 * them with case_attr_str. NULL otherwise. */
	struct db_stmt *side_row;
	int side_col;
	/* A case read by case_load_view for a type that names its side table: its stored fields
	 * (one a TF_STORED field, in order, in the arena), not in attrs; NULL when the case has
	 * no side row. Read them with case_attr_str / case_attr_true. */
	const struct side_val *side;
	/* The paths of the org units the case is shared with (case_shares), in the arena, as
	 * case_load reads them; none on a list row. */
	const char **shared_paths;
	int nshared;
};
void case_rec_clear(struct case_rec *c);
struct db_stmt;
/* The text value of a type field (stored or extra) of c, NULL if absent or not text; valid
 * while c is (for a list row, until the next row). Hooks that run on list rows (summary,
 * extra_json) read fields through this, not attrs. */
const char *case_attr_str(const struct case_rec *c, const char *name);
/* Whether the type field name of c is true (a TF_BOOL stored field, or a JSON true extra). */
bool case_attr_true(const struct case_rec *c, const char *name);

/* ---- workflows ---- */

/* Relations to a case that an action may require instead of a role. */
#define WF_REPORTER (1u << 16)   /* the poster */
#define WF_ASSIGNEE (1u << 17)   /* the person it is assigned to */
#define WF_AT_UNIT  (1u << 18)   /* roles count at the assigned unit (unit_id), not the org unit */
/* Roles count also at a unit the case is shared with (单案共享, case_shares: case_share()),
 * e.g. a risk's measure completed by its owner unit outside the risk's subtree. */
#define WF_SHARED   (1u << 19)

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
	/* Extra condition (e.g. a time window); fills err and returns non-OK to refuse. err is
	 * NULL when only the answer is wanted (wf_allowed: the allowed actions of every case
	 * shown): a guard passes it to pa_error_set only, which then formats nothing. */
	pa_err (*guard)(const struct case_rec *c, const struct auth_user *u, int64_t now,
	    struct pa_error *err);
	/* Applies the action's fields to the case (assignee, attrs) before it is stored. */
	pa_err (*apply)(struct wf_ctx *x);
};

/* ---- a type's own fields ---- */
enum tf_kind {
	TF_TEXT,       /* string */
	TF_INT,        /* integer */
	TF_TIME,       /* integer ms in storage and hooks, RFC 3339 in JSON */
	TF_BOOL,
	TF_CHOICE,     /* one code of choices */
	TF_UNIT,       /* an org unit id */
	TF_USER,       /* a user id */
	TF_PHOTOS,     /* a list of attachment ids (free-form extra) */
	TF_JSON,       /* any JSON value (free-form extra) */
	TF_CASE,       /* another case's id (stored as an integer); exports show its code */
};
#define TF_STORED   0x01u  /* a column of the type's side table, bound in table order */
#define TF_LIST     0x02u  /* a column of lists and exports */
#define TF_PUBLIC   0x04u  /* part of the public view (what a citizen may see) */
#define TF_SEARCH   0x08u  /* part of the searchable text */
#define TF_INTERNAL 0x10u  /* bookkeeping: stored, never shown */
/* PATCH may change it: a TF_TIME | TF_STORED field (an RFC 3339 value, recorded old → new on
 * the timeline; the type's edit_check sees the whole). Text fields PATCH may change are named
 * in edit_fields instead (their lengths and nulls are the type's own). */
#define TF_EDIT     0x20u
/* Shown only to a reader with a staff role over the case: not to the citizen who posted it
 * (a lost report's matched found item). Only for a type with poster_timeline (neither cache
 * keeps it: the bytes differ by reader). */
#define TF_STAFF    0x40u
struct tf_choice {
	const char *code, *name_zh, *name_en;
};
struct type_field {
	const char *name;                /* JSON name; for TF_STORED also the column */
	const char *label_zh, *label_en;
	enum tf_kind kind;
	unsigned flags;
	const struct tf_choice *choices; /* TF_CHOICE: terminated by code NULL */
};
const struct type_field *type_field_find(const struct case_type *t, const char *name);
/* Whether PATCH may change field f of type t (TF_EDIT, or named in t->edit_fields). */
bool type_field_editable(const struct case_type *t, const struct type_field *f);
/* The label of choice code of field f in the language (0 zh, 1 en); code itself if unknown. */
const char *tf_choice_name(const struct type_field *f, const char *code, int lang);

/* A deadline stage of a type (时限环节): its code and names. */
struct stage_def {
	const char *code, *name_zh, *name_en;
};

/* A notification rule (通知规则): when `on` happens to a case of the type, tell `to`.
 * on: an action code, "create", "warn_yellow" or "warn_red". The text's one %s is the case
 * title. A rule with done_by is a to-do notice (待办): it is marked done when one of those
 * actions is taken on the case. */
#define NR_REPORTER  (1u << 20)   /* the poster */
#define NR_ASSIGNEE  (1u << 21)   /* the assignee */
#define NR_AT_ORG    (1u << 22)   /* holders of the role bits at the nearest unit from org_id up */
#define NR_AT_UNIT   (1u << 23)   /* ... from the assigned unit (unit_id) up */
#define NR_AT_COUNTY (1u << 24)   /* ... at the county (区/县) above org_id */
struct notify_rule {
	const char *on;
	unsigned to;                     /* NR_* | role bits */
	const char *kind;                /* the notice's kind, e.g. "dispatched" */
	const char *text_zh, *text_en;
	const char *const *done_by;      /* NULL-terminated action codes, or NULL */
};

/* A kind of notice a type sends (its rules' kinds and any it sends itself), with its names
 * for the inbox and its export (通知类型). The platform names only the common workflow kinds
 * (交办, 待核查, ...); a kind found in neither is shown as 通知. */
struct notice_kind {
	const char *kind, *name_zh, *name_en;
};

/* An indicator a type reports (考核指标): ratios have a numerator and a denominator. */
enum ind_kind { IND_COUNT, IND_RATIO, IND_HOURS };
struct indicator_def {
	const char *code, *name_zh, *name_en;
	enum ind_kind kind;
};

/* A heat layer of the grid map (热力图层): the type's open cases counted per org unit under a
 * level of its own. GET /api/v1/grids gives each feature "layers": {type code: {"total",
 * "counts": {level: n}}} (a community with its grids' cases added), GET /api/v1/types the
 * levels; web/page-map.js draws a layer switch from them (docs/architecture.md). */
struct map_heat {
	/* A TF_CHOICE field of the type: its choices are the levels, the most severe first. */
	const char *field;
	/* The module's static SQL: (org_id, level code) of each of the type's open cases that
	 * user ?1 may see (SCOPE_CASE_SQL: the case's unit as o, its assigned unit as un). */
	const char *sql;
};

struct create_ctx;
struct update_ctx;
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
	/* The type's own text fields PATCH may change (of c->attrs, written to the side table
	 * with the case), or NULL for none; its editable times are flagged TF_EDIT in fields. */
	const struct val_field *edit_fields;
	/* After a PATCH's changes are decided, before on_update, on the reader: checks the case's
	 * new values as a whole (c; now the server's clock), e.g. a loss window that ends before it
	 * begins or a time in the future (changes: the request, to name the field it changed);
	 * refuses with err naming the field (422), and then nothing is written. NULL: nothing
	 * to check. */
	pa_err (*edit_check)(const struct case_rec *c, const json_t *changes, int64_t now,
	    struct pa_error *err);
	/* After a PATCH's changes are decided, on a reader (x->c holds the new values): may refuse
	 * or compute what after_update writes (a lost report's match candidates). NULL: nothing. */
	pa_err (*on_update)(struct update_ctx *x);
	/* In the PATCH's write transaction after the case is stored: SQL only. */
	pa_err (*after_update)(struct update_ctx *x);
	/* Extra JSON fields computed at read time (e.g. the deadline warning); may be NULL. */
	void (*extra_json)(struct sb *b, const struct case_rec *c, int64_t now);
	/* Optional: free-form extras of c->attrs (never a TF_STORED field) read from what other
	 * tables hold now, when the case is read to be shown: GET one case (case_load_view) and
	 * every list, search hit, desk row and export row (case_row_load) — never case_load,
	 * whose case an action or an edit stores back, so the stored value stays as written
	 * (lost and found: the claim office of a matched report read from its keeping station,
	 * over the copy made at the confirmation). conn: a reader. An error fails the read. A
	 * type with it is kept by neither cache (the bytes depend on other tables) and has no
	 * list_sql_* (a joined list row is read without it). NULL: nothing. */
	pa_err (*read_live)(struct db_conn *conn, struct case_rec *c);

	/* Everything below is optional: a type that supplies none of it still works. */
	/* Its own fields, terminated by name NULL: labels for clients, and the TF_STORED ones
	 * are the columns of its side table, in this order. */
	const struct type_field *fields;
	/* The side table's SQL (static strings of the module): side_select reads the TF_STORED
	 * columns in order for case ?1; side_upsert writes them as ?2.. for case ?1. */
	const char *side_select, *side_upsert;
	/* Optional: the list statements with the side table joined (CASE_LIST_WHERE_TS and
	 * CASE_LIST_WHERE_T after the joined SELECT, see CASE_COLS); NULL: one side query a row. */
	const char *list_sql_ts, *list_sql_t;
	/* Optional, with list_sql_* and side_table: its rows are kept rendered (the list-row
	 * cache, case_cache.c). row_sql is the same joined SELECT for the cases
	 * ?1..?CASE_ROWS_MAX, newest first ("..." CASE_ROWS_WHERE).
	 * Optional: side_table the name of its side table (its rowid is the case id: the change
	 * feed drops the case's kept renderings on a write to it); with it, GET one case of the
	 * type is kept too (the one-case cache, case_one.c). json_until is required when
	 * extra_json is set (else neither cache keeps the type): the instant until which
	 * extra_json writes for c what it writes at now (INT64_MAX: for ever). The case's JSON
	 * may read nothing but the case row, the side row (side_select: that table only), the
	 * names of orgs and users and the persons (case_cache.c drops a case when its case or
	 * side row changes or a person is linked to it, and every case when an org, user, person
	 * or link changes; never on a category: the JSON may not read a category's name). */
	const char *row_sql, *side_table;
	int64_t (*json_until)(const struct case_rec *c, int64_t now);
	/* Edit rule for PATCH; NULL: the poster or a leader/admin of the unit, while open
	 * (case_edit_default, which a rule may call for the readers it does not narrow). It runs
	 * before the engine's own checks (closed, locked and unknown fields), and with an empty
	 * changes for case_may_edit (the page's 修改): a refusal there hides the button. */
	pa_err (*edit_rule)(const struct case_rec *c, const struct auth_user *u,
	    const json_t *changes, struct pa_error *err);
	/* Optional: a PATCH's changes as the type stores them (lost and found: ID numbers masked),
	 * a new object the engine uses instead (on_update sees it too), or NULL to keep them; a
	 * JSON null refuses the edit (PA_ERR_NOMEM: the changes could not be made storable). */
	json_t *(*edit_scrub)(const struct case_rec *c, const json_t *changes, int64_t now);
	const struct stage_def *stages;          /* deadline stages, terminated by code NULL */
	const struct notify_rule *notify;        /* terminated by on NULL */
	const struct indicator_def *indicators;  /* terminated by code NULL */
	bool catalog;                            /* categories come from the catalogue table */
	bool map_layer;                          /* open cases are counted on the grid map */
	const struct map_heat *map_heat;         /* a heat layer of the grid map, or NULL */
	/* One line for lists and summary sheets (the "summary" of the case JSON); NULL: the
	 * title. The result lives as long as c (a string of c or a static one). */
	const char *(*summary)(const struct case_rec *c);
	/* Optional: the title in the reader's language (en: English) when the server made it
	 * (lost and found: 钥匙（银色）, Keys (silver)), or NULL to show c->title as it is (a
	 * title a person typed is never translated). The result lives as long as c. The case
	 * JSON, the desk's lists and the exports read it through case_title; a type with it is
	 * kept by neither cache (case_cache.c, case_one.c: their bytes have one language). */
	const char *(*title_lang)(const struct case_rec *c, bool en);
	/* Appends the searchable text (never personal data); NULL: title, body, address and
	 * the TF_SEARCH fields. */
	void (*search_text)(const struct case_rec *c, struct sb *b);
	/* The name of a category code for exports and lists (English when en); false when the
	 * code is unknown. NULL: the code is shown as it is. */
	bool (*category_name)(struct db_conn *c, const char *code, bool en, char *out,
	    size_t outlen);
	/* A front-desk type (阳光坐席): the desk page draws a quick-register button and a section
	 * for it, and lists its cases of the day. */
	bool desk;
	/* Registered at the desk in a section of its own (失物招领 has its panel): listed in the
	 * desk's cases of the day and counted like a desk type, without a quick-register button. */
	bool desk_section;
	/* Approval actions (审批), NULL-terminated codes or NULL: a case whose status is a `from`
	 * of one of them waits for an approval; the desk's leader view lists those the leader may
	 * take (docs/architecture.md, "The front desk"). */
	const char *const *approvals;
	/* Optional, with approvals: what the approver decides on (审批要素) when c waits for an
	 * approval: rows {"label", "value"} appended to rows in the reader's language (en), e.g.
	 * a found item's disposal asked for, the reason and who asked, and the item itself. conn:
	 * a reader. The desk's approval list shows them under the case (desk_page.c); NULL: the
	 * case's code and title only. */
	pa_err (*approval_detail)(struct db_conn *conn, const struct case_rec *c, bool en,
	    json_t *rows);
	/* Sealed statuses (封存), NULL-terminated or NULL: a case in one of them takes no action,
	 * edit or comment any more (409 case_sealed), e.g. a record once it is accepted. */
	const char *const *sealed;
	/* The roles persons may hold on a case of the type (当事人角色, src/core/person.h),
	 * terminated by code NULL; NULL: the type takes no persons. */
	const struct person_role *person_roles;
	/* Codes of person_roles (NULL-terminated) whose persons a type= export shows, one column
	 * each headed by the role's name: their names masked as the list shows them (失主 王*明),
	 * empty for a reader who may not see the case's persons. NULL: none. */
	const char *const *export_roles;
	/* After the scheduler recorded a yellow or red deadline warning on c (level "yellow" or
	 * "red"), in its write and after the warn_* rules: SQL only, e.g. to tell the owner of
	 * what is due when that is not a unit of the case. NULL: the rules alone. */
	pa_err (*on_warn)(struct db_conn *conn, const struct case_rec *c, const char *level,
	    int64_t now);
	/* The names of the notice kinds the type sends, terminated by kind NULL, or NULL. */
	const struct notice_kind *notices;
	/* The type's own words (src/util/msg.c, added by modules_init): the Chinese of its error
	 * messages (terminated by en NULL) and the labels of its request fields (terminated by
	 * name NULL); tools/msgcheck.py reads them beside src/util/msg_zh.c. NULL for none. */
	const struct msg_zh *msgs_zh;
	const struct field_label *labels;
	/* The headers of common export columns (CASE_EXPORT_COLS, by key) the type words otherwise,
	 * terminated by key NULL, or NULL: a lost report's 上报人 is its 登记人. Used when a list is
	 * exported filtered by the type (type=). */
	const struct case_col_label *col_labels;
	/* Optional: what the case's poster reads of its timeline when they hold no staff role over
	 * it (a citizen's own lost report, 群众自行登记): the creation, their own comments and
	 * edits, and the entries of these actions (terminated by code NULL) that changed the
	 * status, those without note, data or actor unless the reader's own, each named in the
	 * poster's words when the entry gives them; its TF_STAFF fields are not shown to them
	 * either. NULL: the whole timeline, as staff read it. A type with it is kept by neither
	 * cache. */
	const struct poster_action *poster_timeline;
};

/* An action whose entries a case's poster reads (case_type.poster_timeline), and what the
 * poster reads it as: the desk's 确认匹配 is the owner's 已找到疑似您的物品. The names go to
 * the poster's timeline entries as label_zh / label_en; NULL names: the action's own (the
 * page names it from GET /types, as for staff). */
struct poster_action {
	const char *code, *name_zh, *name_en;
};

/* One common export column's header in the type's words (case_type.col_labels). */
struct case_col_label {
	const char *key, *zh, *en;
};

/* The registry of case types (the modules' list, handed to the engine at start). */
void case_registry_set(const struct case_type *const *types);
extern const struct case_type *const *case_types;   /* NULL-terminated */

struct wf_ctx {
	struct db_conn *conn;
	struct case_rec *c;              /* apply hooks change it; the engine stores it */
	const struct auth_user *user;
	const json_t *fields;            /* validated "fields" object or NULL */
	const char *note;                /* a hook may point it at its own (masked) copy */
	int64_t now;
	const char *to;                  /* the status being entered; an apply hook may redirect it */
	struct pa_error *err;
	/* Photos (attachment ids) the engine links to the case in the write; set by hooks. */
	const json_t *link_photos;
	const char *link_field;          /* the request field they came from, for errors */
	/* The type's own SQL for the action's write job (rows of its own tables, another case it
	 * closes with this one): run by the writer after the case is stored, SQL only. The data
	 * is computed by the hook before the job and freed with write_free after it. */
	pa_err (*write_hook)(struct db_conn *conn, void *data);
	void *write_data;
	void (*write_free)(void *data);
	/* Persons (a "persons" array, person.h) the engine links in the write; set by
	 * person_specs_check, else fields.persons when the action's table takes it. */
	const json_t *link_persons;
	/* Fields whose values stay off the timeline (an ID number shown at a release, 发还): set
	 * by a hook to a NULL-terminated list; the timeline records them as true (given). */
	const char *const *secret_fields;
};
/* Hooks run BEFORE the write, on a reader connection (conn): they read and compute; the
 * engine then writes the case, its side table, the timeline, the notices of the type's rules
 * and the photo links in one job of the writer, which runs SQL only. */

const struct case_type *case_type_find(const char *code);
/* True when the case's status is one of its type's sealed statuses (nothing may change). */
bool case_sealed(const struct case_rec *c);
/* True when the case waits for one of its type's approval actions (its status is a `from`
 * of one); *action gets the first such action's code. */
bool case_awaits_approval(const struct case_rec *c, const char **action);
const struct wf_action *wf_action_find(const struct case_type *t, const char *code);
const struct wf_status *wf_status_find(const struct case_type *t, const char *code);
/* True when u may take a on c now (state, role or relation, guard). */
bool wf_allowed(const struct wf_action *a, const struct case_rec *c, const struct auth_user *u,
    int64_t now);
/* The codes of the actions u may take on c now, as a JSON array. */
json_t *wf_allowed_json(const struct case_rec *c, const struct auth_user *u, int64_t now);

/* ---- store ---- */

/* The columns case_from_row() reads, with the case as c and its org as o. CASE_COLUMNS and
 * CASE_JOINS let a query put another table first (the full-text search drives from the index:
 * "SELECT " CASE_COLUMNS " FROM case_fts f CROSS JOIN cases c ON ..." CASE_JOINS). */
#define CASE_COLUMNS \
	"c.id, c.code, c.type, c.category, c.title, c.body, c.status, c.org_id, o.name, " \
	"o.path, COALESCE(c.assignee_id, 0), COALESCE(c.unit_id, 0), a.name, c.lat, c.lon, " \
	"c.address, COALESCE(c.reporter_id, 0), r.name, c.priority, COALESCE(c.due_at, 0), " \
	"c.version, c.created_at, c.updated_at, COALESCE(c.closed_at, 0), c.attrs, un.name, " \
	"un.path, c.stage, COALESCE(c.stage_started_at, 0), c.warn"
#define CASE_JOINS \
	" JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id " \
	"LEFT JOIN users a ON a.id = c.assignee_id LEFT JOIN users r ON r.id = c.reporter_id"
#define CASE_SELECT "SELECT " CASE_COLUMNS " FROM cases c" CASE_JOINS
#define CASE_COLS_N 30
#define CASE_COLS CASE_COLUMNS   /* the same list, the name the list statements use */
#define CASE_FROM "FROM cases c" CASE_JOINS

/* The case list (GET /api/v1/cases), one page newest first. Parameters: ?1 the user (scope),
 * ?2 type, ?3 status (one, or a comma-separated list), ?4 org path prefix, ?5 assignee,
 * ?6 reporter, ?7/?8 created from/to, ?9 keyset cursor (id below; a bound of the index walk,
 * c.id < COALESCE(?9, the largest id): an "?9 IS NULL OR" form is no bound, and a page deep in
 * a long list walked the index from its top), ?10 the page size, ?11 q=
 * as a case number (案件编号, src/search: the statement drives from the code index with
 * c.code = ?11 as well, since SQLite uses no index under the OR below). q= as words is the
 * full-text index joined as the driving table (src/search/search_api.c), its match expression
 * in ?12, filtered by this same list.
 * ?13 the user again, bound with db_bind_user for the scope predicate (CASE_LIST_SCOPE).
 * CASE_LIST_FILTERS is the one place every list statement (the generic ones in case_api.c, the
 * types' own with their side table joined, struct case_type list_sql_*, and the q= lists of
 * src/search) takes its filters from: a new filter goes there, with the next free parameter
 * number (?14). */
#define CASE_LIST_FILTERS \
	" AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4)" \
	" AND (?5 IS NULL OR c.assignee_id = ?5)" \
	" AND (?6 IS NULL OR c.reporter_id = ?6)" \
	" AND (?7 IS NULL OR c.created_at >= ?7)" \
	" AND (?8 IS NULL OR c.created_at < ?8)" \
	" AND c.id < COALESCE(?9, 9223372036854775807)" \
	" AND (?11 IS NULL OR c.code = ?11)"
#define CASE_LIST_ORDER " ORDER BY c.id DESC LIMIT ?10"
/* Who sees a row of a list: the rule of case_get_visible (scope_case_visible, or shared
 * with a unit in the user's scope: case_shared_with), with the grants tested in C by the
 * scope predicate (auth.h scope_sql_init) instead of a subquery per row. CASE_OWN_SCOPE_AT
 * is the rule without the shares (true or false, never NULL: a list may select it to tell a
 * row seen only through a share). */
#define CASE_OWN_SCOPE_AT(u) \
	"(pa_scope(?" u ", o.path, un.path) OR c.assignee_id IS ?1 OR c.reporter_id IS ?1)"
#define CASE_SCOPE_AT(u) \
	"(" CASE_OWN_SCOPE_AT(u) \
	" OR EXISTS (SELECT 1 FROM case_shares cs JOIN orgs so ON so.id = cs.org_id" \
	" WHERE cs.case_id = c.id AND pa_scope(?" u ", so.path)))"
#define CASE_LIST_SCOPE CASE_SCOPE_AT("13")
/* (CASE_SCOPE_AT("n") is the same with the user bound at ?n, for a type's own list whose
 * parameters already use ?13, e.g. the risk register.) */
/* Three shapes of one query, so that SQLite can walk an index newest-first: by type and one
 * status (cases_type_status), by type (cases_type), or everything. */
#define CASE_LIST_WHERE_TS \
	" WHERE c.type = ?2 AND c.status = ?3 AND " CASE_LIST_SCOPE CASE_LIST_FILTERS CASE_LIST_ORDER
#define CASE_LIST_WHERE_T \
	" WHERE c.type = ?2 AND (?3 IS NULL OR (',' || ?3 || ',') LIKE ('%,' || c.status || ',%'))" \
	" AND " CASE_LIST_SCOPE CASE_LIST_FILTERS CASE_LIST_ORDER
#define CASE_LIST_WHERE_ANY \
	" WHERE (?2 IS NULL OR c.type = ?2) AND " \
	"(?3 IS NULL OR (',' || ?3 || ',') LIKE ('%,' || c.status || ',%')) AND " \
	CASE_LIST_SCOPE CASE_LIST_FILTERS CASE_LIST_ORDER
/* The rows of up to CASE_ROWS_MAX cases by id, newest first: a list statement's SELECT then
 * CASE_ROWS_WHERE reads the cases of ?1..?50 (places left unbound are NULL and match none). */
#define CASE_ROWS_MAX 50
#define CASE_ROWS_10 "?,?,?,?,?,?,?,?,?,?"
#define CASE_ROWS_WHERE " WHERE c.id IN (" CASE_ROWS_10 "," CASE_ROWS_10 "," CASE_ROWS_10 "," \
	CASE_ROWS_10 "," CASE_ROWS_10 ") ORDER BY c.id DESC"
/* Whether the case has persons (当事人), as a column of a list statement: one index probe
 * inside the statement instead of a query per row. Every list statement has it right after
 * the case's columns (column CASE_COLS_N). */
#define CASE_PERSONS_PROBE "EXISTS (SELECT 1 FROM case_persons cpp WHERE cpp.case_id = c.id)"
/* A type's list statement with its side table joined (one statement per page instead of one
 * side query per row): after the case's columns and the persons probe, its side columns,
 * led by the side row's key (NULL when the case has no side row), in the order of
 * side_select, e.g.
 *   "SELECT " CASE_COLS ", " CASE_PERSONS_PROBE ", d.case_id, d.a, d.b " CASE_FROM
 *   " LEFT JOIN x_details d ON d.case_id = c.id" CASE_LIST_WHERE_TS */
struct db_stmt;
/* The filters of a case list, bound alike to every list statement (CASE_LIST_FILTERS: ?1 and
 * ?13 the user, ?2..?10): a page's key and row statements (core/case_api.c) and the q= lists
 * (src/search). NULL or 0: no filter; limit -1: every row (an export). */
struct case_list_params {
	const char *type, *status, *org_path;
	int64_t assignee, reporter, from, to, cursor, limit;
};
void case_list_bind(struct db_stmt *s, const struct auth_user *u,
    const struct case_list_params *p);
/* The case row of s (CASE_SELECT) without the type's side table (lists that need only the
 * common fields). */
pa_err case_from_row(struct db_stmt *s, struct arena *a, struct case_rec *out);
/* The case row of a type's list_sql_* statement: the case and its side columns from the same
 * row (from column CASE_COLS_N on). Its strings are the row's own (no copies): valid while
 * the statement stays on the row, like side_row. */
pa_err case_row_load_joined(struct db_stmt *s, struct arena *a, struct case_rec *out);
/* The case row of s with its side table read through conn: the whole case, to be shown (its
 * type's read_live values over the stored ones). */
pa_err case_row_load(struct db_conn *conn, struct db_stmt *s, struct arena *a,
    struct case_rec *out);
/* The instant the scheduler must look at the case again (next warning level), 0 if never. */
int64_t case_next_warn_at(int64_t stage_start, int64_t due, const char *warn, int64_t closed);
/* Per-case sharing (单案共享): inside a write, shares case case_id with org unit org_id (once;
 * sharing again does nothing). A user holding a staff role in that unit's subtree may then
 * open the case (case_get_visible), comment on it and take its type's WF_SHARED actions; the
 * lists stay by scope. SQL only, for a type's write hook. */
pa_err case_share(struct db_conn *conn, int64_t case_id, int64_t org_id, int64_t now);
/* True when c (as case_load read it) is shared with a unit in u's scope. */
bool case_shared_with(const struct case_rec *c, const struct auth_user *u);
/* Whether u may see c (loaded with case_load, its shares included): in u's scope
 * (scope_case_visible) or shared with a unit in it. Lists say the same in SQL
 * (CASE_LIST_SCOPE); live updates (notify) use this. */
bool case_visible_to(const struct case_rec *c, const struct auth_user *u);
/* Loads case id. PA_ERR_NOT_FOUND when absent. No scope check: callers use case_get_visible.
 * attrs as stored (no read_live: an action or an edit stores them back). */
pa_err case_load(struct db_conn *conn, struct arena *a, int64_t id, struct case_rec *out);
/* The case as case_load reads it, for showing it (GET one case): the same fields, but the
 * persons are not read (persons_conn is conn when the case has some: case_json writes them
 * straight from the database), the shares only when there are some (a probe in the case's
 * own statement), and for a type that names its side table (side_table) the side row's
 * stored fields are in side, not in attrs: that type's guards, summary, extra_json and
 * json_until read them through case_attr_str / case_attr_true; the type's read_live values
 * are over the stored ones. *links: whether the case has any link (case_links_any), from the
 * same statement. */
pa_err case_load_view(struct db_conn *conn, struct arena *a, int64_t id, struct case_rec *out,
    bool *links);
/* Loads case id if u may see it; absent and out of scope are the same PA_ERR_NOT_FOUND. */
pa_err case_get_visible(struct db_conn *conn, struct arena *a, int64_t id,
    const struct auth_user *u, struct case_rec *out);
/* Writes the case as a JSON object WITHOUT its closing brace, so callers may add fields, as
 * viewer sees it: "persons" (当事人, masked) only for a viewer with a staff role at the case's
 * unit or assigned unit (case_persons_visible); a citizen reporter's case comes without. */
void case_json(struct sb *b, const struct case_rec *c, const struct auth_user *viewer);
/* case_json in the reader's language (en: English): "title" and "summary" of a title the
 * server made are the type's rendering in that language (case_title); case_json is zh. */
void case_json_lang(struct sb *b, const struct case_rec *c, const struct auth_user *viewer,
    bool en);
/* The title of c as a reader of language en sees it: the type's title_lang when it has one
 * for c (a title the server made), else c->title. */
const char *case_title(const struct case_rec *c, bool en);
/* True when viewer holds a staff role (not citizen) over c's unit or its assigned unit. */
bool case_persons_visible(const struct case_rec *c, const struct auth_user *viewer);
/* case_json as every viewer allowed persons sees it, with the persons (当事人) segment
 * ("persons":... with its comma) at [*pfrom, *pto) of b, so that a copy of the bytes serves
 * any viewer: with the segment or without it. False when a part was written in place of what
 * could not be read (persons cut short or not opened, a failed json_dumps): fit for this
 * response, not for keeping. */
bool case_json_parts(struct sb *b, const struct case_rec *c, size_t *pfrom, size_t *pto);

/* ---- the list-row cache (列表行缓存, case_cache.c) ----
 * A typed list's rows (struct case_type row_sql) kept rendered (case_json_parts' bytes),
 * keyed by case id, so that a page whose rows did not change since copies bytes instead of
 * reading ~50 columns and writing JSON. Dropped through the db change feed: a write to the
 * case or its side row, or a new person linked to it, drops that row; a write to orgs or
 * users, or a changed person or link, drops all (db_change_watch). At most CASE_CACHE_BYTES
 * of row bytes in CASE_CACHE_SLOTS slots (one row per slot: a newer row takes its slot; at
 * the bound, older rows make room). */
#define CASE_CACHE_SLOTS 65536
#define CASE_CACHE_BYTES (64u << 20)
#define CASE_CACHE_ROW_MAX 16384    /* a bigger row is rendered every time */
/* The longest a kept row is served (until = min(json_until, now + this)): a backstop for a
 * change the feed cannot see (a commit by another process between two looks of the writer,
 * db_sqlite.c DB_FOREIGN_CHECK_MS; anything unforeseen). */
#define CASE_CACHE_ROW_TTL_MS (60 * 1000)
/* Registers the cache with the db change feed (before db_open). */
void case_cache_init(void);
/* Appends case id's row as a viewer sees it (with the persons segment when persons) if it is
 * cached, still valid at now and not changed after change sequence seq (the page's
 * db_change_seq: a row kept by a newer reader may not match the page's filters and scope);
 * false (b untouched) otherwise. */
bool case_cache_get(int64_t id, uint64_t seq, int64_t now, bool persons, struct sb *b);
/* Whether case_cache_get would find id's row now (it may be dropped before the get). */
bool case_cache_has(int64_t id, uint64_t seq, int64_t now);
/* Keeps a row rendered from a snapshot no older than change sequence seq (db_change_seq
 * before the read): bytes with the persons segment at [pfrom, pto), valid until until. Not
 * kept when the row changed after seq, or past the bounds. */
void case_cache_put(int64_t id, uint64_t seq, const char *bytes, size_t n, size_t pfrom,
    size_t pto, int64_t until);
/* The row bytes held now (at most CASE_CACHE_BYTES). */
size_t case_cache_bytes(void);

/* ---- the one-case cache (单案缓存, case_one.c) ----
 * GET /api/v1/cases/{id} of a case whose type names its side table: the case as case_load_view
 * reads it (frozen, read-only), whether it has any link, and the bytes every viewer shares
 * (its JSON, persons segment at [pfrom, pto), then ",\"timeline\":[" and its events), keyed
 * by case id, dropped through the
 * list-row cache's change feed watcher (case_cache.c). At most CASE_ONE_BYTES in
 * CASE_ONE_SLOTS slots; an entry's cost counts CASE_ONE_JSON_COST for each value of its attrs
 * and persons. */
#define CASE_ONE_SLOTS 8192
#define CASE_ONE_BYTES (32u << 20)
#define CASE_ONE_BYTES_MAX (256u << 10)   /* bigger bytes are rendered every time */
#define CASE_ONE_JSON_COST 128
struct case_one;
/* Makes the slots (case_cache_init calls it, before db_open). */
void case_one_init(void);
/* The entry of case id if it is kept, valid at now and not dropped after change sequence seq
 * (the reader's db_change_seq, taken before it reads anything), held until case_one_release;
 * NULL otherwise. */
const struct case_one *case_one_get(int64_t id, uint64_t seq, int64_t now);
void case_one_release(const struct case_one *e);
/* The case as case_load_view read it (no persons, no persons_conn, no side_row; its side
 * values copied): read it, never change it. */
const struct case_rec *case_one_rec(const struct case_one *e);
/* Appends the kept bytes, without the persons segment unless persons. */
void case_one_write(const struct case_one *e, bool persons, struct sb *b);
/* Keeps rec (as case_load_view read it from a snapshot no older than seq) with its bytes, valid
 * until until; nothing when an id of its slot (or everything) was dropped after seq. */
void case_one_put(uint64_t seq, const struct case_rec *rec, const char *bytes, size_t n,
    size_t pfrom, size_t pto, bool links, int64_t until);
/* Whether the case had any link when it was kept (case_links_any). */
bool case_one_links(const struct case_one *e);
/* The change feed's drop (case_cache.c's apply): ids, or everything. */
void case_one_drop(uint64_t seq, const int64_t *ids, size_t n, bool all);
/* The cost held now (at most CASE_ONE_BYTES). */
size_t case_one_bytes(void);
/* Writes the timeline events of a case (oldest first; only event_id if non-zero) as
 * comma-separated JSON objects, without the array brackets. */
pa_err case_timeline_write(struct db_conn *conn, struct sb *b, int64_t case_id, int64_t event_id);
/* The same as a poster without a staff role reads it (struct case_type poster_timeline: shown
 * its actions, reader the poster's user id), an action entry with the poster's names carrying
 * them as "label_zh" and "label_en"; shown NULL: everything, no labels. */
pa_err case_timeline_write_as(struct db_conn *conn, struct sb *b, int64_t case_id,
    int64_t event_id, const struct poster_action *shown, int64_t reader);
/* One row of an approval's detail (case_type.approval_detail): {name, label, value}, the label
 * in the reader's language (en: en_label, else zh), the value "—" when value is NULL or "". */
void case_detail_row(json_t *rows, const char *name, const char *zh, const char *en_label,
    bool en, const char *value);
/* The rows of what was asked (the newest `action` on c's timeline, e.g. request_disposal):
 * "reason" (申请理由, its note) and "asked_by" (申请人, its actor), "—" when there is none. */
pa_err case_detail_asked(struct db_conn *conn, const struct case_rec *c, const char *action,
    bool en, json_t *rows);
/* A row whose value is the day (YYYY-MM-DD) of a time in ms (a JSON integer), "—" when ms is
 * not one. */
void case_detail_day(json_t *rows, const char *name, const char *zh, const char *en_label,
    bool en, const json_t *ms);
void wf_allowed_sb(struct sb *b, const struct case_rec *c, const struct auth_user *u, int64_t now);

/* ---- timeline: see timeline.h (struct tl_event, tl_append) ---- */

/* ---- operations (each one write transaction) ---- */
struct case_new {
	const struct case_type *type;
	const char *category, *title, *body, *priority, *address;
	int64_t org_id;
	bool has_location;
	double lat, lon;
	int64_t due_at;
	const char *stage;               /* a deadline stage started at creation, or NULL */
	int64_t stage_started_at;
	int64_t unit_id;                 /* the unit that holds it from the start (on_create), or 0 */
	const char *idem_key;            /* NULL without Idempotency-Key */
	unsigned char body_hash[32];     /* of the request body, for idem_key reuse checks */
	const json_t *request;           /* the validated request, for the type's own fields */
	const json_t *links;             /* case ids to link to (关联案件), checked, or NULL */
};

struct create_ctx {
	struct db_conn *conn;            /* on_create: a reader; after_create: the writer */
	const struct auth_user *user;
	struct case_new *n;              /* on_create may change org_id, unit_id, due_at, category,
	                                  * stage */
	json_t *attrs;                   /* the type's own fields, stored with the case */
	/* The persons to link (the request's "persons", copied); on_create may append entries
	 * (an event's caller); the engine validates and writes them. */
	json_t *persons;
	int64_t id, now;
	struct pa_error *err;
	/* What on_create computed for after_create (e.g. match candidates to store); freed with
	 * type_free when the create ends, written or not. */
	void *type_data;
	void (*type_free)(void *data);
};
/* A PATCH as the type's on_update / after_update hooks see it. */
struct update_ctx {
	struct db_conn *conn;            /* on_update: a reader; after_update: the writer */
	const struct auth_user *user;
	const struct case_rec *c;        /* the case with the new values (attrs included) */
	const json_t *changes;           /* the validated request */
	int64_t now;
	struct pa_error *err;
	void *type_data;                 /* on_update's result for after_update */
	void (*type_free)(void *data);
};

/* The scheduler as the creator of the cases it raises (monitoring warnings, 预警): no reporter,
 * no creating role needed. Pass it to case_create only from code that is not a request. */
extern const struct auth_user case_system_user;
/* Creates a case; *out_id is the new case, or the earlier one for a repeated key. */
pa_err case_create(struct db *db, const struct auth_user *u, struct case_new *n,
    int64_t *out_id, struct pa_error *err);
/* Takes action code on case id. version < 0 means "not given". */
pa_err case_act(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const json_t *fields, int64_t version, struct pa_error *err);
pa_err case_comment(struct db *db, const struct auth_user *u, int64_t id, const char *body,
    int64_t *out_event, struct pa_error *err);
/* Changes plain fields (title, body, ...) given as a validated object; version required. */
/* Whether u may PATCH the case now (open, and the type's edit rule or the default: the poster
 * or a leader/admin of its unit); the case page offers 修改 only then ("may_edit"). */
bool case_may_edit(const struct case_rec *c, const struct auth_user *u);
/* The edit rule of a type without its own (case_type.edit_rule NULL): the poster or a leader
 * or admin over the case's unit, else 403 in err. */
pa_err case_edit_default(const struct case_rec *c, const struct auth_user *u,
    struct pa_error *err);
pa_err case_update(struct db *db, const struct auth_user *u, int64_t id, const json_t *changes,
    int64_t version, struct pa_error *err);

/* ---- the full-text index (case_index.c, table case_fts) ---- */
/* The searchable text of c (category name, then the type's search_text hook or title, body,
 * address and TF_SEARCH fields), never personal data; *out is malloc'd, caller frees. conn (a
 * reader, may be NULL) resolves category names. */
pa_err case_search_text(struct db_conn *conn, const struct case_rec *c, char **out);
/* Writer side, SQL only, inside the job that writes the case: the index row of case id
 * (created or replaced), its text, and one more comment appended to its notes. */
pa_err case_index_put(struct db_conn *w, int64_t id, const char *text, const char *notes);
pa_err case_index_text(struct db_conn *w, int64_t id, const char *text);
pa_err case_index_note(struct db_conn *w, int64_t id, const char *note);
/* Indexes the cases that existed before migration 007 (search_state.fill_from, newest first,
 * in batches); returns at once when the index is complete. Progress lines go to progress. */
pa_err case_index_fill(struct db *db, FILE *progress);
/* ---- links between cases (case_links.c) ---- */
/* Each entry of links is a case id u may see; else 422 naming "links". */
pa_err case_links_check(struct db_conn *c, const struct auth_user *u, const json_t *links,
    struct pa_error *err);
/* Inside a write: links case id with each of links (stored once per pair). */
pa_err case_links_insert(struct db_conn *c, int64_t id, const json_t *links, int64_t uid,
    int64_t now);
/* Writes the JSON array of the cases linked to id that u may see. */
pa_err case_links_write(struct db_conn *c, struct sb *b, int64_t id, const struct auth_user *u);
/* Whether id has any link (two index probes), and case_links_write without that probe (for a
 * caller that knows the answer: the one-case cache keeps it). Every writer of case_links
 * notes both cases of a new link to the change feed (db_change_note). */
pa_err case_links_any(struct db_conn *c, int64_t id, bool *any);
pa_err case_links_list(struct db_conn *c, struct sb *b, int64_t id, const struct auth_user *u);

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

#endif
