/* case_api.c — HTTP handlers of the case engine: /api/v1/cases and /api/v1/types. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../http/match.h"
#include "../org/org.h"
#include "../util/util.h"

#include "case.h"
#include "person.h"
#include "case_export.h"
#include "case_fields.h"

/* The largest "max" GET /types shows: 2^53, the largest integer every JSON reader keeps exact. */
#define FIELD_MAX_SHOWN 9007199254740992.0

/* The create table of each type: the common fields followed by the type's own, built once
 * for every registered type (no cap on the number of types or of their fields). */
static struct val_field **create_tables;
static pthread_once_t create_once = PTHREAD_ONCE_INIT;

static void create_tables_build(void)
{
	int ntypes = 0, ncommon = 0;

	while (case_types[ntypes])
		ntypes++;
	while (case_create_fields[ncommon].name)
		ncommon++;
	if ((create_tables = calloc((size_t)ntypes + 1, sizeof *create_tables)) == NULL)
		return;
	for (int i = 0; i < ntypes; i++) {
		int own = 0, n = 0;
		for (const struct val_field *f = case_types[i]->create_fields; f && f->name; f++)
			own++;
		if ((create_tables[i] = calloc((size_t)(ncommon + own + 1), sizeof **create_tables))
		    == NULL)
			continue;
		for (const struct val_field *f = case_create_fields; f->name; f++)
			create_tables[i][n++] = *f;
		for (const struct val_field *f = case_types[i]->create_fields; f && f->name; f++)
			create_tables[i][n++] = *f;
	}
}

static const struct val_field *create_table(const struct case_type *t)
{
	pthread_once(&create_once, create_tables_build);
	for (int i = 0; create_tables && case_types[i]; i++)
		if (case_types[i] == t && create_tables[i])
			return create_tables[i];
	return case_create_fields;
}

/* The PATCH table: the common fields, every type's edit_fields and its editable times
 * (TF_EDIT: an RFC 3339 string, never null), each name once; the case's own type is checked
 * again by case_update, which refuses another type's field. */
static struct val_field *update_table;
static pthread_once_t update_once = PTHREAD_ONCE_INIT;

static void update_table_build(void)
{
	int n = 0, cap = 0;

	for (const struct val_field *f = case_update_fields; f->name; f++)
		cap++;
	for (int i = 0; case_types[i]; i++)
		for (const struct val_field *f = case_types[i]->edit_fields; f && f->name; f++)
			cap++;
	for (int i = 0; case_types[i]; i++)
		for (const struct type_field *f = case_types[i]->fields; f && f->name; f++)
			cap += f->kind == TF_TIME && type_field_editable(case_types[i], f);
	if ((update_table = calloc((size_t)cap + 1, sizeof *update_table)) == NULL)
		return;
	for (const struct val_field *f = case_update_fields; f->name; f++)
		update_table[n++] = *f;
	for (int i = 0; case_types[i]; i++)
		for (const struct val_field *f = case_types[i]->edit_fields; f && f->name; f++) {
			bool seen = false;
			for (int k = 0; k < n && !seen; k++)
				seen = strcmp(update_table[k].name, f->name) == 0;
			if (!seen)
				update_table[n++] = *f;
		}
	for (int i = 0; case_types[i]; i++)
		for (const struct type_field *f = case_types[i]->fields; f && f->name; f++) {
			bool seen = false;
			if (f->kind != TF_TIME || !type_field_editable(case_types[i], f))
				continue;
			for (int k = 0; k < n && !seen; k++)
				seen = strcmp(update_table[k].name, f->name) == 0;
			if (!seen)
				update_table[n++] = (struct val_field){ f->name, VT_TIME, 0, 0, 0, NULL,
				    NULL };
		}
}

static const struct val_field *update_fields(void)
{
	pthread_once(&update_once, update_table_build);
	return update_table ? update_table : case_update_fields;
}

static bool category_ok(const struct case_type *t, const char *cat)
{
	if (cat == NULL || t->categories == NULL)
		return true;
	for (const char *const *c = t->categories; *c; c++)
		if (strcmp(*c, cat) == 0)
			return true;
	return false;
}

#define LIM_RESPONSE_BYTES (16 * 1024 * 1024)

/* Whether GET one case of type t may be kept by the one-case cache (case_one.c): a type that
 * names its side table (the change feed watches it), with json_until to say how long
 * extra_json's bytes hold. */
static bool one_keepable(const struct case_type *t)
{
	return t->side_table && (t->extra_json == NULL || t->json_until) && t->title_lang == NULL &&
	    t->poster_timeline == NULL && t->read_live == NULL;
}

/* The case's JSON and ",\"timeline\":[" and its events into b, from rec (loaded from a
 * snapshot no older than seq); kept by the one-case cache, with whether it has links, when
 * keep and all of it could be written. */
static pa_err render_case(struct db_conn *c, struct sb *b, const struct case_rec *rec,
    const struct auth_user *u, uint64_t seq, int64_t now, bool keep, bool links, bool en)
{
	size_t pfrom, pto;
	int64_t until = INT64_MAX;
	bool whole;
	pa_err rc;

	if (!keep) {
		case_json_lang(b, rec, u, en);
		sb_adds(b, ",\"timeline\":[");
		/* the poster without a staff role over it reads what happened, not the staff's work */
		if (rec->type->poster_timeline && !case_persons_visible(rec, u))
			return case_timeline_write_as(c, b, rec->id, 0, rec->type->poster_timeline,
			    u->id);
		return case_timeline_write(c, b, rec->id, 0);
	}
	/* taken before the JSON is written: extra_json's own now is no earlier */
	if (rec->type->extra_json)
		until = rec->type->json_until(rec, now);
	if (until > now + CASE_CACHE_ROW_TTL_MS)
		until = now + CASE_CACHE_ROW_TTL_MS;
	whole = case_json_parts(b, rec, &pfrom, &pto);
	sb_adds(b, ",\"timeline\":[");
	rc = case_timeline_write(c, b, rec->id, 0);
	if (b->failed)
		return rc;
	/* a part written around a failure is this response's only: the case's JSON, its
	 * timeline, and its persons as case_load read them */
	if (rc == PA_OK && whole && !rec->persons_cut)
		case_one_put(seq, rec, b->buf, b->len, pfrom, pto, links, until);
	if (!case_persons_visible(rec, u)) {      /* cut the persons segment out for this viewer */
		memmove(b->buf + pfrom, b->buf + pto, b->len - pto + 1);
		b->len -= pto - pfrom;
	}
	return rc;
}

/* Replies with the whole case as the caller sees it: fields, timeline, allowed actions.
 * After the caller's own successful action the case is shown even if that action took it out
 * of their scope (a department returning an event): they saw it a moment ago. A plain GET may
 * be served from the one-case cache: the case and its timeline as kept, the viewer's own parts
 * (whether they see it, the persons segment, the linked cases they may see, allowed actions)
 * computed as below; a kept case without links reads nothing from the database. */
static void reply_case_as(struct http_req *r, int status, int64_t id, bool just_acted)
{
	struct db_conn *c = db_reader(r->db);
	const struct case_one *one = NULL;
	const struct case_rec *cr;
	struct case_rec rec = { 0 };
	uint64_t seq;
	int64_t now;
	bool links = false;
	struct sb b;
	pa_err rc;

	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	seq = db_change_seq(c);        /* before the first read */
	now = clock_now_ms();
	if (!just_acted)
		one = case_one_get(id, seq, now);
	if (one) {
		cr = case_one_rec(one);
		rc = case_visible_to(cr, r->user) ? PA_OK : PA_ERR_NOT_FOUND;
	} else {
		cr = &rec;
		rc = case_load_view(c, r->arena, id, &rec, &links);
		if (rc == PA_OK && !just_acted && !case_visible_to(&rec, r->user)) {
			case_rec_clear(&rec);
			rc = PA_ERR_NOT_FOUND;
		}
	}
	if (rc == PA_ERR_NOT_FOUND) {
		case_one_release(one);
		http_error(r, rc, "not_found", NULL, "no such case");
		return;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot load the case");
		return;
	}
	sb_init(&b, LIM_RESPONSE_BYTES);
	if (one) {
		case_one_write(one, case_persons_visible(cr, r->user), &b);
		links = case_one_links(one);
	} else {
		rc = render_case(c, &b, &rec, r->user, seq, now,
		    !just_acted && one_keepable(rec.type), links, http_lang(r) == LANG_EN);
	}
	/* which linked cases are the viewer's to see: read whenever the case has some */
	sb_adds(&b, "],\"links\":");
	if (rc == PA_OK && links)
		rc = case_links_list(c, &b, id, r->user);
	else if (rc == PA_OK)
		sb_add(&b, "[]", 2);
	sb_adds(&b, ",\"allowed_actions\":");
	wf_allowed_sb(&b, cr, r->user, clock_now_ms());
	sb_adds(&b, case_may_edit(cr, r->user) ? ",\"may_edit\":true}" : ",\"may_edit\":false}");
	case_one_release(one);
	case_rec_clear(&rec);
	if (rc != PA_OK) {
		sb_free(&b);
		http_error(r, rc, "internal", NULL, "cannot load the timeline");
		return;
	}
	http_reply_text(r, status, sb_finish(&b));
}

static void reply_case(struct http_req *r, int status, int64_t id)
{
	reply_case_as(r, status, id, false);
}

/* POST /api/v1/cases */
void case_api_create(struct http_req *r)
{
	struct case_new n = { 0 };
	struct pa_error err = { 0 };
	const char *key = http_header(r, "Idempotency-Key");
	int64_t id = 0;
	pa_err rc;

	n.type = case_type_find(val_str(r->json, "type"));
	/* an unknown type first: the fields would be read against no type's table and the error
	 * name one of them, not the type */
	if (n.type == NULL && val_str(r->json, "type")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type is not a known case type");
		return;
	}
	/* a blank title is no title (the type makes one, or says it is required) */
	if (val_str(r->json, "title") && val_blank(val_str(r->json, "title")))
		json_object_del(r->json, "title");
	if (!http_body_valid(r, create_table(n.type)))
		return;
	if (n.type == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type is not a known case type");
		return;
	}
	n.request = r->json;
	if (json_array_size(json_object_get(r->json, "links")))
		n.links = json_object_get(r->json, "links");
	n.title = val_str(r->json, "title");
	n.body = val_str(r->json, "body");
	n.category = val_str(r->json, "category");
	if (!category_ok(n.type, n.category)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "category",
		    "category is not a category of this type");
		return;
	}
	n.priority = val_str(r->json, "priority");
	n.address = val_str(r->json, "address");
	if (val_has(r->json, "lat") != val_has(r->json, "lon")) {
		http_error(r, PA_ERR_INVALID, "missing_field", val_has(r->json, "lat") ? "lon" : "lat",
		    "lat and lon go together");
		return;
	}
	if (val_has(r->json, "lat")) {
		n.has_location = true;
		n.lat = json_number_value(json_object_get(r->json, "lat"));
		n.lon = json_number_value(json_object_get(r->json, "lon"));
	}
	if (val_has(r->json, "due_at"))
		time_parse(val_str(r->json, "due_at"), &n.due_at);
	n.org_id = val_int(r->json, "org_id", 0);
	if (n.org_id == 0 && !n.has_location) {
		/* default: the unit of the caller's first staff grant */
		for (int i = 0; i < r->user->ngrants && n.org_id == 0; i++)
			if (r->user->grants[i].role & ROLE_STAFF)
				n.org_id = r->user->grants[i].org_id;
		if (n.org_id == 0) {
			http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
			return;
		}
	}
	if (key) {
		size_t kl = strlen(key);
		bool printable = kl >= 1 && kl <= LIM_IDEMPOTENCY_KEY;
		for (size_t i = 0; printable && i < kl; i++)
			printable = key[i] > 0x20 && key[i] < 0x7f;
		if (!printable) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "Idempotency-Key",
			    "Idempotency-Key must be 1-%d printable ASCII characters", LIM_IDEMPOTENCY_KEY);
			return;
		}
		n.idem_key = key;
		case_body_hash(r->body, r->body_len, n.body_hash);
	}
	rc = case_create(r->db, r->user, &n, &id, &err);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot create the case");
		http_fail(r, &err);
		return;
	}
	reply_case(r, 201, id);
}

/* GET /api/v1/cases/{id} */
void case_api_get(struct http_req *r)
{
	int64_t id;

	if (http_param_id(r, 0, &id))
		reply_case(r, 200, id);
}

/* POST /api/v1/cases/{id}/actions */
void case_api_action(struct http_req *r)
{
	struct pa_error err = { 0 };
	int64_t id, version = -1;
	const char *im;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, case_action_fields))
		return;
	if (val_has(r->json, "version"))
		version = val_int(r->json, "version", -1);
	else if ((im = http_header(r, "If-Match")) != NULL) {
		if (!if_match_version(im, &version)) {   /* 3, "3" or W/"3" */
			http_error(r, PA_ERR_INVALID, "invalid_value", "If-Match",
			    "If-Match must be the case version");
			return;
		}
	}
	rc = case_act(r->db, r->user, id, val_str(r->json, "action"), val_str(r->json, "note"),
	    json_object_get(r->json, "fields"), version, &err);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot take the action");
		http_fail(r, &err);
		return;
	}
	reply_case_as(r, 200, id, true);
}

/* PATCH /api/v1/cases/{id} */
void case_api_update(struct http_req *r)
{
	struct pa_error err = { 0 };
	int64_t id;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, update_fields()))
		return;
	if (val_has(r->json, "lat") != val_has(r->json, "lon") &&
	    (json_object_get(r->json, "lat") || json_object_get(r->json, "lon"))) {
		http_error(r, PA_ERR_INVALID, "missing_field", val_has(r->json, "lat") ? "lon" : "lat",
		    "lat and lon go together");
		return;
	}
	rc = case_update(r->db, r->user, id, r->json, val_int(r->json, "version", 0), &err);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot update the case");
		http_fail(r, &err);
		return;
	}
	reply_case(r, 200, id);
}

/* POST /api/v1/cases/{id}/comments */
void case_api_comment(struct http_req *r)
{
	struct pa_error err = { 0 };
	struct db_conn *c;
	int64_t id, ev = 0;
	struct sb b;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, case_comment_fields))
		return;
	rc = case_comment(r->db, r->user, id, val_str(r->json, "body"), &ev, &err);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "cannot add the comment");
		http_fail(r, &err);
		return;
	}
	if ((c = db_reader(r->db)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	sb_init(&b, LIM_RESPONSE_BYTES);
	if (case_timeline_write(c, &b, id, ev) != PA_OK || b.len == 0) {
		sb_free(&b);
		http_error(r, PA_ERR_INTERNAL, "internal", NULL, "comment stored but not found");
		return;
	}
	http_reply_text(r, 201, sb_finish(&b));
}

/* ------------------------------------------------------------------ list */

/* The generic list statements (case.h CASE_LIST_*); a type with a side table may have its
 * own with the side table joined (case_type list_sql_ts, list_sql_t). */
#define CASE_LIST_SELECT "SELECT " CASE_COLS ", " CASE_PERSONS_PROBE " " CASE_FROM
static const char SQL_CASE_LIST_TS[] = CASE_LIST_SELECT CASE_LIST_WHERE_TS;
static const char SQL_CASE_LIST_T[] = CASE_LIST_SELECT CASE_LIST_WHERE_T;
static const char SQL_CASE_LIST[] = CASE_LIST_SELECT CASE_LIST_WHERE_ANY;
/* The list of a cached type, or of every type, first pass (case_cache.c): only what the
 * filters, the scope and the order read, the paths that say whether the viewer sees the
 * persons, and the type. */
#define CASE_KEYS_SELECT "SELECT c.id, o.path, un.path, c.type FROM cases c" \
	" JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id"
static const char SQL_CASE_KEYS_TS[] = CASE_KEYS_SELECT CASE_LIST_WHERE_TS;
static const char SQL_CASE_KEYS_T[] = CASE_KEYS_SELECT CASE_LIST_WHERE_T;
static const char SQL_CASE_KEYS[] = CASE_KEYS_SELECT CASE_LIST_WHERE_ANY;
/* Rows of the untyped list whose type is not kept: the generic list's rows of up to
 * CASE_ROWS_MAX cases, and of one case. */
static const char SQL_CASE_ROWS[] = CASE_LIST_SELECT CASE_ROWS_WHERE;
static const char SQL_CASE_ROW[] = CASE_LIST_SELECT " WHERE c.id = ?1";

/* Whether t's rows are kept rendered (struct case_type row_sql). */
static bool row_cached(const struct case_type *t)
{
	return t && t->row_sql && t->side_table && t->list_sql_ts &&
	    (t->extra_json == NULL || t->json_until) && t->title_lang == NULL &&
	    t->poster_timeline == NULL && t->read_live == NULL;
}

/* A row of a type that is not cached, as the generic list writes it. */
static bool list_row_plain(struct db_conn *c, int64_t id, struct http_req *r, struct sb *b)
{
	struct db_stmt *s = db_prepare(c, SQL_CASE_ROW);
	struct case_rec rec;

	if (s == NULL)
		return false;
	db_bind_int(s, 1, id);
	if (db_step(s) != DB_ROW || case_row_load(c, s, r->arena, &rec) != PA_OK) {
		db_reset(s);
		return false;
	}
	if (rec.type->person_roles && rec.persons == NULL && db_col_int(s, CASE_COLS_N))
		rec.persons_conn = c;
	case_json_lang(b, &rec, r->user, http_lang(r) == LANG_EN);
	case_rec_clear(&rec);
	db_reset(s);
	return !b->failed;
}

void case_list_bind(struct db_stmt *s, const struct auth_user *u,
    const struct case_list_params *p)
{
	db_bind_int(s, 1, u->id);
	db_bind_user(s, 13, u);
	db_bind_text(s, 2, p->type);
	db_bind_text(s, 3, p->status);
	db_bind_text(s, 4, p->org_path);
	if (p->assignee)
		db_bind_int(s, 5, p->assignee);
	if (p->reporter)
		db_bind_int(s, 6, p->reporter);
	if (p->from)
		db_bind_int(s, 7, p->from);
	if (p->to)
		db_bind_int(s, 8, p->to);
	if (p->cursor)
		db_bind_int(s, 9, p->cursor);
	db_bind_int(s, 10, p->limit);
}

/* A row of pass 1 (list_cached). */
struct list_key {
	int64_t id;
	const struct case_type *t;    /* its type, when it is kept rendered (row_cached) */
	bool persons;       /* the viewer sees its persons (case_persons_visible) */
	bool hit;           /* kept when pass 1 looked */
};

/* The rows of a page that are not kept, read CASE_ROWS_MAX at a time by one statement per
 * type kept (its row_sql) and one for the rest (SQL_CASE_ROWS), in page order (newest
 * first): one statement instead of one a row. */
struct row_reader {
	const char *sql;
	const struct case_type *t;    /* NULL: the rows of types not kept (SQL_CASE_ROWS) */
	struct db_stmt *s;            /* NULL until the first chunk */
	int64_t *ids;                 /* the page's ids it reads, in page order */
	int n, bound;                 /* ids[..bound) were bound so far */
	bool row;                     /* s stands on a row not yet written */
	bool failed;                  /* a step failed: the page is an error, as without the cache */
	bool done;                    /* every chunk read */
};

/* Writes the row of id (the next id of rd) to b as the viewer sees it, and keeps it when its
 * type is kept. False when it cannot be read (the page leaves it out, as without the cache). */
static bool reader_write(struct http_req *r, struct db_conn *c, struct row_reader *rd,
    int64_t id, bool persons, uint64_t seq, int64_t now, struct sb *b)
{
	struct case_rec rec;
	int64_t at;

	if (rd->failed)
		return false;        /* a step failed: a next step would rerun the statement */
	for (;;) {
		if (!rd->row) {
			int st = rd->s && !rd->done ? db_step(rd->s) : DB_DONE;
			if (st == DB_DONE) {
				/* the next chunk of ids, unbound places NULL (they match nothing) */
				int k = 0;
				if (rd->bound >= rd->n) {
					rd->done = true;    /* never stepped again (a step would rerun it) */
					return false;
				}
				if (rd->s == NULL && (rd->s = db_prepare(c, rd->sql)) == NULL) {
					rd->failed = true;
					return false;
				}
				db_reset(rd->s);
				for (; k < CASE_ROWS_MAX && rd->bound < rd->n; k++)
					db_bind_int(rd->s, k + 1, rd->ids[rd->bound++]);
				for (int j = k; j < CASE_ROWS_MAX; j++)
					db_bind_null(rd->s, j + 1);
				continue;              /* its first row */
			}
			if (st == DB_FAIL) {
				rd->failed = true;
				return false;
			}
			rd->row = true;
		}
		at = db_col_int(rd->s, 0);
		if (at < id)
			return false;          /* id is not there (the row stays for the next id) */
		rd->row = false;
		if (at == id)
			break;
	}
	if ((rd->t ? case_row_load_joined(rd->s, r->arena, &rec) :
	    case_row_load(c, rd->s, r->arena, &rec)) != PA_OK)
		return false;
	if (rec.type->person_roles && rec.persons == NULL && db_col_int(rd->s, CASE_COLS_N))
		rec.persons_conn = c;
	if (rd->t == NULL) {
		case_json_lang(b, &rec, r->user, http_lang(r) == LANG_EN);
	} else {
		size_t start = b->len, pfrom, pto;
		/* taken before the JSON is written: extra_json's own now is no earlier */
		int64_t until = rec.type->extra_json ? rec.type->json_until(&rec, now) : INT64_MAX;
		if (until > now + CASE_CACHE_ROW_TTL_MS)
			until = now + CASE_CACHE_ROW_TTL_MS;
		bool whole = case_json_parts(b, &rec, &pfrom, &pto);
		if (!b->failed) {
			if (whole)      /* a row written around a failure is this page's only */
				case_cache_put(id, seq, b->buf + start, b->len - start, pfrom - start,
				    pto - start, until);
			if (!persons) {      /* cut the persons segment out for this viewer */
				memmove(b->buf + pfrom, b->buf + pto, b->len - pto + 1);
				b->len -= pto - pfrom;
			}
		}
	}
	case_rec_clear(&rec);
	return !b->failed;
}

/* GET /api/v1/cases (JSON) without a type, or with a type whose rows are kept (row_sql): pass
 * 1 (s, the keys statement) selects the page's case ids; each row is then copied from the
 * cache, or read with the other rows not kept (row_reader) and kept. A row dropped between
 * the two is read alone as the generic list reads it. The page is the same bytes as the list's
 * without the cache. type: the list's type, or NULL for all. */
static void list_cached(struct http_req *r, struct db_conn *c, struct db_stmt *s,
    const struct case_type *type, const struct case_list_params *p, struct sb *b)
{
	uint64_t seq = db_change_seq(c);     /* before the first read of the page */
	int64_t now = clock_now_ms(), last = 0, n = 0, nk = 0;
	struct list_key *keys = arena_alloc(r->arena, (size_t)p->limit * sizeof *keys);
	int64_t *ids = arena_alloc(r->arena, (size_t)p->limit * sizeof *ids);
	struct row_reader *rds = NULL;
	int nrd = 0, ntypes = 0, rc = DB_DONE;

	while (case_types[ntypes])
		ntypes++;
	rds = arena_alloc(r->arena, (size_t)(ntypes + 1) * sizeof *rds);
	if (keys == NULL || ids == NULL || rds == NULL)
		goto nomem;
	while (nk < p->limit && (rc = db_step(s)) == DB_ROW) {
		struct list_key *k = &keys[nk++];
		/* the rule of case_persons_visible, on the row's two paths */
		struct case_rec paths = { .org_path = db_col_text(s, 1), .unit_path = db_col_text(s, 2) };
		const struct case_type *t = type ? type : case_type_find(db_col_text(s, 3));
		k->id = db_col_int(s, 0);
		k->persons = case_persons_visible(&paths, r->user);
		k->t = row_cached(t) ? t : NULL;
		k->hit = k->t && case_cache_has(k->id, seq, now);
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	/* the readers of the rows not kept, each with its ids in page order (ids is shared:
	 * reader i's ids follow reader i-1's) */
	{
		int64_t used = 0;
		for (int64_t i = 0; i < nk; i++) {
			const char *sql = keys[i].t ? keys[i].t->row_sql : SQL_CASE_ROWS;
			struct row_reader *rd = NULL;
			if (keys[i].hit)
				continue;
			for (int j = 0; j < nrd && rd == NULL; j++)
				if (rds[j].sql == sql)
					rd = &rds[j];
			if (rd)
				continue;
			rd = &rds[nrd++];
			*rd = (struct row_reader){ .sql = sql, .t = keys[i].t, .ids = ids + used };
			for (int64_t j = i; j < nk; j++)
				if (!keys[j].hit && (keys[j].t ? keys[j].t->row_sql : SQL_CASE_ROWS) == sql)
					rd->ids[rd->n++] = keys[j].id;
			used += rd->n;
		}
	}
	for (int64_t i = 0; i < nk; i++) {
		const struct list_key *k = &keys[i];
		const char *sql = k->t ? k->t->row_sql : SQL_CASE_ROWS;
		size_t mark = b->len;
		bool ok;
		if (n)
			sb_add(b, ",", 1);
		if (k->hit) {
			ok = case_cache_get(k->id, seq, now, k->persons, b) ||
			    list_row_plain(c, k->id, r, b);      /* dropped since pass 1 */
		} else {
			struct row_reader *rd = NULL;
			for (int j = 0; j < nrd && rd == NULL; j++)
				if (rds[j].sql == sql)
					rd = &rds[j];
			ok = rd && reader_write(r, c, rd, k->id, k->persons, seq, now, b);
		}
		if (!ok) {
			b->len = mark;       /* as the joined list: a row that cannot be read is left out */
			if (b->buf)
				b->buf[mark] = '\0';
			continue;
		}
		sb_add(b, "}", 1);
		last = k->id;
		n++;
	}
	for (int j = 0; j < nrd; j++) {
		if (rds[j].s)
			db_reset(rds[j].s);
		if (rds[j].failed)
			goto dberr;
	}
	sb_adds(b, "],\"next_cursor\":");
	http_cursor_json(b, n == p->limit ? last : 0);
	sb_add(b, "}", 1);
	http_reply_text(r, 200, sb_finish(b));
	return;
nomem:
	sb_free(b);
	http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
	return;
dberr:
	sb_free(b);
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}


/* A user filter: a positive id or "me". */
static bool user_param(struct http_req *r, const char *name, int64_t *out)
{
	const char *v = http_query(r, name);

	if (v && strcmp(v, "me") == 0) {
		*out = r->user->id;
		return true;
	}
	return http_query_int(r, name, 1, INT64_MAX, 0, out);
}

/* GET /api/v1/cases */
void case_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	const char *type = http_query(r, "type"), *status = http_query(r, "status");
	char org_path[LIM_ORG_PATH] = "";
	int64_t org_id = 0, assignee, reporter, from, to, limit = LIM_LIST_DEFAULT, cursor = 0;
	int64_t last = 0, n = 0;
	enum export_format fmt = http_export_format(r);
	struct sb b;
	int rc;

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (type && *type && case_type_find(type) == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type is not a known case type");
		return;
	}
	if (status && *status) {
		for (const char *p = status; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || *p == '_' || *p == ',')) {
				http_error(r, PA_ERR_INVALID, "invalid_value", "status",
				    "status must be a comma-separated list of status codes");
				return;
			}
	}
	if (!org_query(r, false, &org_id, org_path) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit))
		return;
	if (!http_query_cursor(r, &cursor))
		return;
	if (!user_param(r, "assignee", &assignee) || !user_param(r, "reporter", &reporter) ||
	    !http_query_time(r, "created_from", &from) || !http_query_time(r, "created_to", &to))
		return;
	bool has_type = type && *type, has_status = status && *status;
	const struct case_type *t = has_type ? case_type_find(type) : NULL;
	/* each status code must be one of the type's: an unknown one is 422, not an empty list */
	for (const char *p = has_type && has_status ? status : ""; *p;) {
		char code[64];
		size_t k = strcspn(p, ",");
		snprintf(code, sizeof code, "%.*s", (int)(k < sizeof code - 1 ? k : sizeof code - 1),
		    p);
		if (k == 0 || k >= sizeof code || wf_status_find(t, code) == NULL) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "status",
			    "status must be a comma-separated list of status codes");
			return;
		}
		p += k + (p[k] == ',');
	}
	bool one_status = has_status && !strchr(status, ',');
	/* the type's own statement (its side table joined) for the JSON page; exports read the
	 * generic one, as case_export_stmt expects */
	const char *sql = !has_type ? SQL_CASE_LIST : one_status ? SQL_CASE_LIST_TS :
	    SQL_CASE_LIST_T, *joined = NULL;
	/* no type, or a type whose rows are cached: the keys first (list_cached) */
	bool cached = fmt == EXPORT_JSON && (!has_type || row_cached(t));
	if (cached)
		joined = !has_type ? SQL_CASE_KEYS : one_status ? SQL_CASE_KEYS_TS : SQL_CASE_KEYS_T;
	else if (t && fmt == EXPORT_JSON)
		joined = one_status ? t->list_sql_ts : t->list_sql_t;
	s = db_prepare(c, joined ? joined : sql);
	if (s == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	struct case_list_params p = { .type = has_type ? type : NULL, .status = has_status ? status : NULL,
		.org_path = org_id ? org_path : NULL, .assignee = assignee, .reporter = reporter,
		.from = from, .to = to, .cursor = fmt == EXPORT_JSON ? cursor : 0, .limit = limit };
	case_list_bind(s, r->user, &p);
	if (fmt != EXPORT_JSON) {       /* every matching row, not one page (LIMIT -1: none) */
		db_bind_int(s, 10, -1);
		case_export_stmt(r, fmt, "cases", c, s, t);
		return;
	}
	sb_init(&b, LIM_RESPONSE_BYTES);
	sb_grow(&b, LIST_PAGE_RESERVE((size_t)limit));
	sb_adds(&b, "{\"items\":[");
	if (cached) {
		list_cached(r, c, s, t, &p, &b);
		return;
	}
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec rec;
		if ((joined ? case_row_load_joined(s, r->arena, &rec) :
		    case_row_load(c, s, r->arena, &rec)) != PA_OK)
			continue;
		if (rec.type->person_roles && rec.persons == NULL && db_col_int(s, CASE_COLS_N))
			rec.persons_conn = c;     /* case_json writes them if the user may see them */
		if (n)
			sb_add(&b, ",", 1);
		case_json_lang(&b, &rec, r->user, http_lang(r) == LANG_EN);
		sb_add(&b, "}", 1);
		last = rec.id;
		n++;
		case_rec_clear(&rec);
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, n == limit ? last : 0);
	sb_add(&b, "}", 1);
	http_reply_text(r, 200, sb_finish(&b));
}

static const char *const tf_kind_names[] = { "text", "int", "time", "bool", "choice", "unit",
	"user", "photos", "json", "case" };

/* A field descriptor for clients: labels, kind, choices, and where it shows. */
static json_t *field_desc(const struct type_field *f)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:b, s:b}", "name", f->name, "label_zh",
	    f->label_zh, "label_en", f->label_en, "kind", tf_kind_names[f->kind], "list",
	    (f->flags & TF_LIST) != 0, "public", (f->flags & TF_PUBLIC) != 0);

	if (f->choices) {
		json_t *ch = json_array();
		for (const struct tf_choice *c = f->choices; c->code; c++)
			json_array_append_new(ch, json_pack("{s:s, s:s, s:s}", "code", c->code,
			    "name_zh", c->name_zh, "name_en", c->name_en));
		json_object_set_new(o, "choices", ch);
	}
	return o;
}

/* An action's field for clients: the type's descriptor where it names the field, else one
 * made from the validation table (labels from the message table's field labels). */
static json_t *action_field_desc(const struct case_type *t, const struct val_field *v)
{
	const struct type_field *f = type_field_find(t, v->name);
	json_t *o;

	if (f) {
		o = field_desc(f);
	} else {
		const char *kind = v->type == VT_INT ? (strcmp(v->name, "unit_id") == 0 ? "unit" :
		    strstr(v->name, "_id") ? "user" : "int") : v->type == VT_BOOL ? "bool" :
		    v->type == VT_TIME ? "time" : v->type == VT_ARRAY ? "photos" :
		    v->choices ? "choice" : "text";
		char en[64];
		size_t n = 0;
		/* "assignee_id" reads "Assignee", "days" "Days" */
		for (const char *p = v->name; *p && n < sizeof en - 1; p++) {
			if (strcmp(p, "_id") == 0)
				break;
			en[n] = *p == '_' ? ' ' : *p;
			if (n == 0 && en[n] >= 'a' && en[n] <= 'z')
				en[n] = (char)(en[n] - 'a' + 'A');
			n++;
		}
		en[n] = '\0';
		o = json_pack("{s:s, s:s, s:s, s:s}", "name", v->name, "label_zh",
		    msg_field_zh(v->name), "label_en", en, "kind", kind);
		if (v->choices) {
			json_t *ch = json_array();
			for (const char *const *c = v->choices; *c; c++)
				json_array_append_new(ch, json_pack("{s:s, s:s, s:s}", "code", *c,
				    "name_zh", *c, "name_en", *c));
			json_object_set_new(o, "choices", ch);
		}
	}
	json_object_set_new(o, "required", json_boolean(v->flags & VF_REQUIRED));
	/* a bound a form can use; none for a field without one (an id: INT64_MAX, which as a
	 * double does not even convert back to an integer) */
	if ((v->type == VT_STRING || v->type == VT_ARRAY || v->type == VT_INT) &&
	    v->max >= 0 && v->max <= FIELD_MAX_SHOWN)
		json_object_set_new(o, "max", json_integer((json_int_t)v->max));
	return o;
}

static const char *const ind_kind_names[] = { "count", "ratio", "hours" };

/* The role names of a role mask, as a JSON array. */
static json_t *role_names_json(unsigned roles)
{
	json_t *arr = json_array();

	for (int i = 0; i < ROLE_COUNT; i++)
		if (roles & (1u << i))
			json_array_append_new(arr, json_string(role_name(1u << i)));
	return arr;
}

/* A NULL-terminated list of codes as a JSON array (empty for NULL). */
static json_t *codes_json(const char *const *codes)
{
	json_t *arr = json_array();

	for (; codes && *codes; codes++)
		json_array_append_new(arr, json_string(*codes));
	return arr;
}

/* GET /api/v1/types — every registered type as clients draw it: statuses, actions with the
 * fields they ask for, the type's own fields, deadline stages, indicators, where it shows. */
void case_api_types(struct http_req *r)
{
	json_t *items = json_array();

	for (int i = 0; case_types[i]; i++) {
		const struct case_type *t = case_types[i];
		json_t *st = json_array(), *ac = json_array(), *fl = json_array(), *sg = json_array();
		json_t *ind = json_array(), *cats = json_array(), *o;
		for (const struct wf_status *s = t->statuses; s->code; s++)
			json_array_append_new(st, json_pack("{s:s, s:s, s:s, s:b}", "code", s->code,
			    "name_zh", s->name_zh, "name_en", s->name_en, "closed", s->closed));
		for (const struct wf_action *a = t->actions; a->code; a++) {
			json_t *from = json_array(), *req = json_array(), *af = json_array();
			for (const char *const *f = a->from; *f; f++)
				json_array_append_new(from, json_string(*f));
			for (const struct val_field *f = a->fields; f && f->name; f++) {
				if (f->flags & VF_REQUIRED)
					json_array_append_new(req, json_sprintf("fields.%s", f->name));
				/* a reason goes in note; it is not a field of its own */
				if (strcmp(f->name, "reason") != 0)
					json_array_append_new(af, action_field_desc(t, f));
			}
			if (a->needs_reason)
				json_array_append_new(req, json_string("note"));
			/* "to" is null for actions that keep the status */
			json_array_append_new(ac, json_pack("{s:s, s:s, s:s, s:o, s:s?, s:o, s:o, s:b}",
			    "code", a->code, "name_zh", a->name_zh, "name_en", a->name_en, "from", from,
			    "to", a->to, "requires", req, "fields", af, "needs_reason", a->needs_reason));
		}
		for (const struct type_field *f = t->fields; f && f->name; f++)
			if (!(f->flags & TF_INTERNAL)) {
				json_t *d = field_desc(f);
				/* PATCH may change it: a generic edit form offers it */
				json_object_set_new(d, "edit", json_boolean(type_field_editable(t, f)));
				json_array_append_new(fl, d);
			}
		for (const struct stage_def *d = t->stages; d && d->code; d++)
			json_array_append_new(sg, json_pack("{s:s, s:s, s:s}", "code", d->code,
			    "name_zh", d->name_zh, "name_en", d->name_en));
		for (const struct indicator_def *d = t->indicators; d && d->code; d++)
			json_array_append_new(ind, json_pack("{s:s, s:s, s:s, s:s}", "code", d->code,
			    "name_zh", d->name_zh, "name_en", d->name_en, "kind", ind_kind_names[d->kind]));
		for (const char *const *c = t->categories; c && *c; c++)
			json_array_append_new(cats, json_string(*c));
		o = json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o}", "type", t->code, "name",
		    t->name_zh, "name_zh", t->name_zh, "name_en", t->name_en, "statuses", st,
		    "actions", ac, "categories", cats);
		json_object_set_new(o, "fields", fl);
		json_object_set_new(o, "stages", sg);
		json_object_set_new(o, "indicators", ind);
		json_object_set_new(o, "catalog", json_boolean(t->catalog));
		/* a type with its own list of categories names them in both languages (the
		 * catalogue types' names come from GET /categories) */
		if (t->categories && t->category_name && !t->catalog) {
			json_t *cn = json_array();
			char zh[LIM_NAME_CHARS * 8], en[LIM_NAME_CHARS * 8];
			for (const char *const *c = t->categories; *c; c++)
				if (t->category_name(NULL, *c, false, zh, sizeof zh) &&
				    t->category_name(NULL, *c, true, en, sizeof en))
					json_array_append_new(cn, json_pack("{s:s, s:s, s:s}", "code", *c,
					    "name_zh", zh, "name_en", en));
			json_object_set_new(o, "category_names", cn);
		}
		json_object_set_new(o, "map_layer", json_boolean(t->map_layer));
		/* a heat layer: its levels, the most severe first */
		if (t->map_heat) {
			const struct type_field *hf = type_field_find(t, t->map_heat->field);
			json_t *lv = json_array();
			for (const struct tf_choice *ch = hf ? hf->choices : NULL; ch && ch->code; ch++)
				json_array_append_new(lv, json_pack("{s:s, s:s, s:s}", "code", ch->code,
				    "name_zh", ch->name_zh, "name_en", ch->name_en));
			json_object_set_new(o, "map_heat", json_pack("{s:s, s:s, s:s, s:o}", "field",
			    t->map_heat->field, "name_zh", hf ? hf->label_zh : "", "name_en",
			    hf ? hf->label_en : "", "levels", lv));
		} else {
			json_object_set_new(o, "map_heat", json_null());
		}
		json_object_set_new(o, "create_roles", role_names_json(t->who_create));
		/* the type's own create fields, described like an action's (a generic create form) */
		json_t *cf = json_array();
		for (const struct val_field *f = t->create_fields; f && f->name; f++)
			json_array_append_new(cf, action_field_desc(t, f));
		json_object_set_new(o, "create_fields", cf);
		json_object_set_new(o, "desk", json_boolean(t->desk));
		json_object_set_new(o, "desk_section", json_boolean(t->desk_section));
		json_object_set_new(o, "approvals", codes_json(t->approvals));
		json_object_set_new(o, "sealed", codes_json(t->sealed));
		/* the roles persons may hold (当事人角色), for the shared person inputs */
		json_t *pr = json_array();
		for (const struct person_role *p = t->person_roles; p && p->code; p++)
			json_array_append_new(pr, json_pack("{s:s, s:s, s:s, s:i, s:i}", "code", p->code,
			    "name_zh", p->name_zh, "name_en", p->name_en, "min", p->min, "max",
			    p->max ? p->max : 1));
		json_object_set_new(o, "person_roles", pr);
		json_array_append_new(items, o);
	}
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}
