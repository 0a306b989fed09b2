/* case.c — the case engine: workflow checks, loading, JSON, and the write operations
 * (create, act, comment, update), each one job for the writer thread. */
#include "case.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"
#include "../org/org.h"
#include "attach.h"
#include "case_fields.h"
#include "notify.h"

static const struct case_type *const no_types[] = { NULL };
const struct case_type *const *case_types = no_types;

void case_registry_set(const struct case_type *const *types)
{
	case_types = types ? types : no_types;
}

const struct case_type *case_type_find(const char *code)
{
	for (int i = 0; code && case_types[i]; i++)
		if (strcmp(case_types[i]->code, code) == 0)
			return case_types[i];
	return NULL;
}

const struct type_field *type_field_find(const struct case_type *t, const char *name)
{
	for (const struct type_field *f = t->fields; f && f->name && name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

bool type_field_editable(const struct case_type *t, const struct type_field *f)
{
	if (f == NULL)
		return false;
	if ((f->flags & TF_EDIT) && f->kind == TF_TIME && (f->flags & TF_STORED))
		return true;
	for (const struct val_field *e = t->edit_fields; e && e->name; e++)
		if (strcmp(e->name, f->name) == 0)
			return true;
	return false;
}

const char *tf_choice_name(const struct type_field *f, const char *code, int lang)
{
	for (const struct tf_choice *c = f ? f->choices : NULL; c && c->code && code; c++)
		if (strcmp(c->code, code) == 0)
			return lang ? c->name_en : c->name_zh;
	return code;
}

/* ------------------------------------------------------------------ workflow */

const struct wf_action *wf_action_find(const struct case_type *t, const char *code)
{
	for (const struct wf_action *a = t->actions; code && a->code; a++)
		if (strcmp(a->code, code) == 0)
			return a;
	return NULL;
}

const struct wf_status *wf_status_find(const struct case_type *t, const char *code)
{
	for (const struct wf_status *s = t->statuses; code && s->code; s++)
		if (strcmp(s->code, code) == 0)
			return s;
	return NULL;
}

bool case_sealed(const struct case_rec *c)
{
	for (const char *const *s = c->type->sealed; s && *s; s++)
		if (strcmp(*s, c->status) == 0)
			return true;
	return false;
}

bool case_awaits_approval(const struct case_rec *c, const char **action)
{
	for (const char *const *ap = c->type->approvals; ap && *ap; ap++) {
		const struct wf_action *a = wf_action_find(c->type, *ap);
		for (const char *const *f = a ? a->from : NULL; f && *f; f++)
			if (strcmp(*f, c->status) == 0) {
				if (action)
					*action = a->code;
				return true;
			}
	}
	return false;
}

/* The refusal of any change to a sealed case (封存: a status the type lists in sealed). */
static pa_err sealed_refuse(const struct case_rec *c, struct pa_error *err)
{
	if (!case_sealed(c))
		return PA_OK;
	pa_error_set(err, PA_ERR_CONFLICT, "case_sealed", NULL,
	    "this case is sealed: once accepted, no action, edit or comment may change it");
	return PA_ERR_CONFLICT;
}

bool wf_allowed(const struct wf_action *a, const struct case_rec *c, const struct auth_user *u,
    int64_t now)
{
	bool from_ok = false, who_ok;
	unsigned roles;

	for (const char *const *f = a->from; *f; f++)
		if (strcmp(*f, c->status) == 0)
			from_ok = true;
	if (!from_ok || u == NULL || case_sealed(c))
		return false;
	roles = scope_roles_at(u, (a->who & WF_AT_UNIT) ? c->unit_path : c->org_path);
	for (int i = 0; (a->who & WF_SHARED) && i < c->nshared; i++)
		roles |= scope_roles_at(u, c->shared_paths[i]);
	who_ok = (roles & a->who & ROLE_STAFF) != 0 ||
	    ((a->who & WF_REPORTER) && c->reporter_id == u->id) ||
	    ((a->who & WF_ASSIGNEE) && c->assignee_id == u->id);
	if (!who_ok)
		return false;
	/* no message wanted: a refusing guard's pa_error_set formats nothing (NULL) */
	return a->guard == NULL || a->guard(c, u, now, NULL) == PA_OK;
}

json_t *wf_allowed_json(const struct case_rec *c, const struct auth_user *u, int64_t now)
{
	json_t *arr = json_array();

	for (const struct wf_action *a = c->type->actions; a->code; a++)
		if (wf_allowed(a, c, u, now))
			json_array_append_new(arr, json_string(a->code));
	return arr;
}

/* ------------------------------------------------------------------ load */

void case_rec_clear(struct case_rec *c)
{
	json_decref(c->attrs);
	json_decref(c->persons);
	memset(c, 0, sizeof *c);
}

static const char SQL_CASE_GET[] = CASE_SELECT " WHERE c.id = ?1";

static const char *dup_col(struct arena *a, struct db_stmt *s, int col)
{
	size_t n;
	const char *t = db_col_textn(s, col, &n);

	return t ? arena_strndup(a, t, n) : NULL;
}

#define COL(i) (borrow ? db_col_text(s, (i)) : dup_col(a, s, (i)))
/* The case columns of row s into out: its strings copied into a, or, when borrow, pointing
 * into the row itself (a list row: valid until the statement steps on). */
static pa_err row_read(struct db_stmt *s, struct arena *a, struct case_rec *out, bool borrow)
{
	json_error_t je;

	memset(out, 0, sizeof *out);
	out->id = db_col_int(s, 0);
	out->code = COL(1);
	out->type = case_type_find(db_col_text(s, 2));
	out->category = COL(3);
	out->title = COL(4);
	out->body = COL(5);
	out->status = COL(6);
	out->org_id = db_col_int(s, 7);
	out->org_name = COL(8);
	out->org_path = COL(9);
	out->assignee_id = db_col_int(s, 10);
	out->unit_id = db_col_int(s, 11);
	out->assignee_name = COL(12);
	out->has_location = !db_col_null(s, 13) && !db_col_null(s, 14);
	out->lat = db_col_double(s, 13);
	out->lon = db_col_double(s, 14);
	out->address = COL(15);
	out->reporter_id = db_col_int(s, 16);
	out->reporter_name = COL(17);
	out->priority = COL(18);
	out->due_at = db_col_int(s, 19);
	out->version = db_col_int(s, 20);
	out->created_at = db_col_int(s, 21);
	out->updated_at = db_col_int(s, 22);
	out->closed_at = db_col_int(s, 23);
	out->unit_name = COL(25);
	out->unit_path = COL(26);
	out->stage = COL(27);
	out->stage_started_at = db_col_int(s, 28);
	out->warn = COL(29);
	/* most rows carry no extras: "{}" needs no parser */
	const char *attrs = db_col_text(s, 24);
	out->attrs = attrs && strcmp(attrs, "{}") == 0 ? json_object() : json_loads(attrs, 0, &je);
	if (out->attrs == NULL || !json_is_object(out->attrs)) {
		json_decref(out->attrs);
		out->attrs = json_object();
	}
	if (out->type == NULL) {
		case_rec_clear(out);
		return PA_ERR_INTERNAL;
	}
	if (out->code == NULL || out->status == NULL || out->org_path == NULL) {
		case_rec_clear(out);
		return PA_ERR_NOMEM;
	}
	return PA_OK;
}
#undef COL

pa_err case_from_row(struct db_stmt *s, struct arena *a, struct case_rec *out)
{
	return row_read(s, a, out, false);
}

/* The side columns of a row from col on into c->attrs: each TF_STORED field by its kind. */
static void side_from_row(struct db_stmt *s, int col, struct case_rec *c)
{
	for (const struct type_field *f = c->type->fields; f->name; f++) {
		json_t *v;
		if (!(f->flags & TF_STORED))
			continue;
		if (db_col_null(s, col))
			v = json_null();
		else if (f->kind == TF_TEXT || f->kind == TF_CHOICE)
			v = json_string(db_col_text(s, col));
		else if (f->kind == TF_BOOL)
			v = json_boolean(db_col_int(s, col) != 0);
		else
			v = json_integer(db_col_int(s, col));
		json_object_set_new(c->attrs, f->name, v);
		col++;
	}
}

/* The stored fields of a side row from col on into c->side (arena a), as side_from_row would
 * set them in attrs: a NULL column is null, text for TF_TEXT and TF_CHOICE, else an integer. */
static pa_err side_vals_read(struct db_stmt *s, int col, struct arena *a, struct case_rec *c)
{
	struct side_val *v;
	int n = 0, k = 0;

	for (const struct type_field *f = c->type->fields; f && f->name; f++)
		n += (f->flags & TF_STORED) != 0;
	if (n == 0)
		return PA_OK;
	if ((v = arena_alloc(a, (size_t)n * sizeof *v)) == NULL)
		return PA_ERR_NOMEM;
	for (const struct type_field *f = c->type->fields; f->name; f++) {
		if (!(f->flags & TF_STORED))
			continue;
		v[k].i = 0;
		v[k].text = NULL;
		if (f->kind == TF_TEXT || f->kind == TF_CHOICE) {
			/* NULL only for a NULL column (or no memory: then the column says which) */
			v[k].text = dup_col(a, s, col);
			if ((v[k].null = v[k].text == NULL) && !db_col_null(s, col))
				return PA_ERR_NOMEM;
		} else {
			v[k].null = !db_col_intn(s, col, &v[k].i);
		}
		k++;
		col++;
	}
	c->side = v;
	return PA_OK;
}

/* Reads the type's side table: into c->side (arena a) when vals, else into c->attrs. */
static pa_err side_read(struct db_conn *conn, struct arena *a, struct case_rec *c, bool vals)
{
	struct db_stmt *s;
	pa_err rc = PA_OK;
	int r;

	if (c->type->side_select == NULL)
		return PA_OK;
	if ((s = db_prepare(conn, c->type->side_select)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, c->id);
	if ((r = db_step(s)) == DB_ROW) {
		if (vals)
			rc = side_vals_read(s, 0, a, c);
		else
			side_from_row(s, 0, c);
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : rc;
}

/* Reads the persons and the type's side table into c->attrs. */
static pa_err side_load(struct db_conn *conn, struct case_rec *c)
{
	/* the persons on the case, masked (当事人) */
	bool whole;

	json_decref(c->persons);
	c->persons = person_case_json(conn, c->type, c->id, &whole);
	c->persons_cut = !whole;
	return side_read(conn, NULL, c, false);
}

pa_err case_row_load_joined(struct db_stmt *s, struct arena *a, struct case_rec *out)
{
	pa_err rc = row_read(s, a, out, true);

	/* the side row's key first: NULL when the case has none (as side_load: nothing set);
	 * its values stay in the row, case_json writes them from there (no JSON values a row) */
	if (rc == PA_OK && !db_col_null(s, CASE_COLS_N + 1)) {
		out->side_row = s;
		out->side_col = CASE_COLS_N + 2;
	}
	return rc;
}

/* The place of stored field want among the type's stored fields, or -1. */
static int stored_index(const struct case_type *t, const struct type_field *want)
{
	int k = 0;

	for (const struct type_field *f = t->fields; f && f->name; f++) {
		if (!(f->flags & TF_STORED))
			continue;
		if (f == want)
			return k;
		k++;
	}
	return -1;
}

/* The column of stored field f in c->side_row, or -1. */
static int side_column(const struct case_rec *c, const struct type_field *want)
{
	int k = c->side_row ? stored_index(c->type, want) : -1;

	return k < 0 ? -1 : c->side_col + k;
}

const char *case_attr_str(const struct case_rec *c, const char *name)
{
	const struct type_field *f = c->side_row || c->side ? type_field_find(c->type, name) :
	    NULL;
	bool text = f && (f->kind == TF_TEXT || f->kind == TF_CHOICE);
	int k, col = f ? side_column(c, f) : -1;

	if (col >= 0)
		return text ? db_col_text(c->side_row, col) : NULL;
	if (c->side && f && (k = stored_index(c->type, f)) >= 0)
		return text ? c->side[k].text : NULL;
	return json_string_value(json_object_get(c->attrs, name));
}

bool case_attr_true(const struct case_rec *c, const char *name)
{
	const struct type_field *f = c->side_row || c->side ? type_field_find(c->type, name) :
	    NULL;
	int k, col = f ? side_column(c, f) : -1;
	int64_t iv;

	if (col >= 0)
		return f->kind == TF_BOOL && db_col_intn(c->side_row, col, &iv) && iv != 0;
	if (c->side && f && (k = stored_index(c->type, f)) >= 0)
		return f->kind == TF_BOOL && !c->side[k].null && c->side[k].i != 0;
	return json_is_true(json_object_get(c->attrs, name));
}

/* Writes the TF_STORED fields of c->attrs into the type's side table. */
static pa_err side_store(struct db_conn *conn, const struct case_rec *c)
{
	const struct case_type *t = c->type;
	struct db_stmt *s;
	int p = 2;

	if (t->side_upsert == NULL)
		return PA_OK;
	if ((s = db_prepare(conn, t->side_upsert)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, c->id);
	for (const struct type_field *f = t->fields; f->name; f++) {
		json_t *v;
		if (!(f->flags & TF_STORED))
			continue;
		v = json_object_get(c->attrs, f->name);
		if (json_is_string(v))
			db_bind_text(s, p, json_string_value(v));
		else if (json_is_boolean(v))
			db_bind_int(s, p, json_is_true(v));
		else if (json_is_integer(v))
			db_bind_int(s, p, json_integer_value(v));
		p++;
	}
	return db_run(s);
}

/* The free-form extras of c->attrs (what is not a column of the side table), as JSON text;
 * caller frees. */
static char *extras_text(const struct case_rec *c)
{
	json_t *x = json_object();
	const char *k;
	json_t *v;
	char *text;

	json_object_foreach(c->attrs, k, v) {
		const struct type_field *f = type_field_find(c->type, k);
		if (f == NULL || !(f->flags & TF_STORED))
			json_object_set(x, k, v);
	}
	text = json_dumps(x, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(x);
	return text;
}

/* The type's values read live for a case read to be shown (struct case_type read_live). */
static pa_err live_read(struct db_conn *conn, struct case_rec *c)
{
	return c->type->read_live ? c->type->read_live(conn, c) : PA_OK;
}

pa_err case_row_load(struct db_conn *conn, struct db_stmt *s, struct arena *a,
    struct case_rec *out)
{
	pa_err rc = case_from_row(s, a, out);

	if (rc == PA_OK && ((rc = side_load(conn, out)) != PA_OK ||
	    (rc = live_read(conn, out)) != PA_OK))
		case_rec_clear(out);
	return rc;
}

int64_t case_next_warn_at(int64_t stage_start, int64_t due, const char *warn, int64_t closed)
{
	if (closed || due <= 0 || (warn && strcmp(warn, "red") == 0))
		return 0;
	if (warn && strcmp(warn, "yellow") == 0)
		return due + 1;                   /* red once overdue */
	if (due <= stage_start)
		return stage_start;
	/* yellow once SLA_WARN_PERMILLE of the stage's time is used (rounded up) */
	return stage_start + ((due - stage_start) * SLA_WARN_PERMILLE + 999) / 1000;
}

static const char SQL_SHARES[] =
    "SELECT o.path FROM case_shares s JOIN orgs o ON o.id = s.org_id WHERE s.case_id = ?1 "
    "ORDER BY s.org_id";
static const char SQL_SHARE[] =
    "INSERT INTO case_shares (case_id, org_id, created_at) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (case_id, org_id) DO NOTHING";

pa_err case_share(struct db_conn *conn, int64_t case_id, int64_t org_id, int64_t now)
{
	struct db_stmt *s = db_prepare(conn, SQL_SHARE);
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_int(s, 2, org_id);
	db_bind_int(s, 3, now);
	if ((rc = db_run(s)) == PA_OK)
		db_change_note(conn, case_id);   /* the feed knows the share row by its own id */
	return rc;
}

bool case_visible_to(const struct case_rec *c, const struct auth_user *u)
{
	return scope_case_visible(u, c->org_path, c->unit_path, c->assignee_id, c->reporter_id) ||
	    case_shared_with(c, u);
}

bool case_shared_with(const struct case_rec *c, const struct auth_user *u)
{
	for (int i = 0; u && i < c->nshared; i++)
		if (scope_covers(u, c->shared_paths[i]))
			return true;
	return false;
}

/* The units out is shared with: all of them (the array grows in the arena). */
static pa_err shares_load(struct db_conn *conn, struct arena *a, struct case_rec *out)
{
	struct db_stmt *s = db_prepare(conn, SQL_SHARES);
	const char **l = NULL, **bigger;
	int n = 0, cap = 0, r;
	pa_err rc = PA_OK;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, out->id);
	while ((r = db_step(s)) == DB_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 4;
			if ((bigger = arena_alloc(a, (size_t)cap * sizeof *bigger)) == NULL) {
				rc = PA_ERR_NOMEM;
				goto out;
			}
			if (n)
				memcpy(bigger, l, (size_t)n * sizeof *l);
			l = bigger;
		}
		if ((l[n] = arena_strdup(a, db_col_text(s, 0))) == NULL) {
			rc = PA_ERR_NOMEM;
			goto out;
		}
		n++;
	}
	if (r == DB_FAIL)
		rc = PA_ERR_DB;
out:
	db_reset(s);
	out->shared_paths = l;
	out->nshared = rc == PA_OK ? n : 0;
	return rc;
}

pa_err case_load(struct db_conn *conn, struct arena *a, int64_t id, struct case_rec *out)
{
	struct db_stmt *s = db_prepare(conn, SQL_CASE_GET);
	pa_err rc;
	int r;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	if (r != DB_ROW) {
		db_reset(s);
		return r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
	}
	rc = case_from_row(s, a, out);
	db_reset(s);
	if (rc == PA_OK && ((rc = side_load(conn, out)) != PA_OK ||
	    (rc = shares_load(conn, a, out)) != PA_OK))
		case_rec_clear(out);
	return rc;
}

/* case_load's row with whether the case has persons, shares and links (case_links_any's two
 * index probes), for case_load_view. */
static const char SQL_CASE_VIEW[] =
    "SELECT " CASE_COLUMNS ", " CASE_PERSONS_PROBE ", "
    "EXISTS (SELECT 1 FROM case_shares css WHERE css.case_id = c.id), "
    "EXISTS (SELECT 1 FROM case_links la WHERE la.a = c.id) OR "
    "EXISTS (SELECT 1 FROM case_links lb WHERE lb.b = c.id) "
    "FROM cases c" CASE_JOINS " WHERE c.id = ?1";

pa_err case_load_view(struct db_conn *conn, struct arena *a, int64_t id, struct case_rec *out,
    bool *links)
{
	struct db_stmt *s = db_prepare(conn, SQL_CASE_VIEW);
	bool persons, shares;
	pa_err rc;
	int r;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	if (r != DB_ROW) {
		db_reset(s);
		return r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
	}
	rc = case_from_row(s, a, out);
	persons = db_col_int(s, CASE_COLS_N) != 0;
	shares = db_col_int(s, CASE_COLS_N + 1) != 0;
	*links = db_col_int(s, CASE_COLS_N + 2) != 0;
	db_reset(s);
	if (rc != PA_OK)
		return rc;
	if (persons)
		out->persons_conn = conn;   /* case_json writes them (person_case_sb) */
	if ((rc = side_read(conn, a, out, out->type->side_table != NULL)) != PA_OK ||
	    (shares && (rc = shares_load(conn, a, out)) != PA_OK) ||
	    (rc = live_read(conn, out)) != PA_OK)
		case_rec_clear(out);
	return rc;
}

pa_err case_get_visible(struct db_conn *conn, struct arena *a, int64_t id,
    const struct auth_user *u, struct case_rec *out)
{
	pa_err rc = case_load(conn, a, id, out);

	if (rc != PA_OK)
		return rc;
	if (!case_visible_to(out, u)) {
		case_rec_clear(out);
		return PA_ERR_NOT_FOUND;
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ JSON */

static json_t *time_json(int64_t ms)
{
	char buf[TIME_STR_MAX];

	if (ms == 0)
		return json_null();
	time_format(ms, buf);
	return json_string(buf);
}

static json_t *str_json(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Field names with their JSON punctuation, so that the writer below reads like the object. */
#define K(name) sb_add(b, "\"" name "\":", sizeof(name) + 2)

bool case_persons_visible(const struct case_rec *c, const struct auth_user *viewer)
{
	if (viewer == NULL)
		return false;
	return (c->org_path && scope_covers(viewer, c->org_path)) ||
	    (c->unit_path && scope_covers(viewer, c->unit_path));
}

/* case_json's writer: with the persons segment when persons, its bytes at [*pfrom, *pto).
 * False when a part could not be written as it is (a failed read or json_dumps: written as
 * null or [], which one response may show but no cache may keep). */
static bool json_write(struct sb *b, const struct case_rec *c, bool persons, size_t *pfrom,
    size_t *pto, bool en)
{
	char num[64];
	bool whole = true;

	sb_adds(b, "{\"id\":");
	sb_json_id(b, c->id);
	sb_add(b, ",", 1); K("code"); sb_json_str(b, c->code);
	sb_add(b, ",", 1); K("type"); sb_json_str(b, c->type->code);
	sb_add(b, ",", 1); K("category"); sb_json_str(b, c->category);
	sb_add(b, ",", 1); K("title"); sb_json_str(b, case_title(c, en));
	sb_add(b, ",", 1); K("body"); sb_json_str(b, c->body ? c->body : "");
	sb_add(b, ",", 1); K("status"); sb_json_str(b, c->status);
	sb_add(b, ",", 1); K("org_id"); sb_json_id(b, c->org_id);
	sb_add(b, ",", 1); K("org_name"); sb_json_str(b, c->org_name);
	sb_add(b, ",", 1); K("assignee_id"); sb_json_id(b, c->assignee_id);
	sb_add(b, ",", 1); K("assignee_name"); sb_json_str(b, c->assignee_name);
	sb_add(b, ",", 1); K("unit_id"); sb_json_id(b, c->unit_id);
	sb_add(b, ",", 1); K("unit_name"); sb_json_str(b, c->unit_name);
	if (c->has_location) {
		snprintf(num, sizeof num, ",\"lat\":%.8f,\"lon\":%.8f", c->lat, c->lon);
		sb_adds(b, num);
	} else {
		sb_adds(b, ",\"lat\":null,\"lon\":null");
	}
	sb_add(b, ",", 1); K("address"); sb_json_str(b, c->address);
	sb_add(b, ",", 1); K("reporter_id"); sb_json_id(b, c->reporter_id);
	sb_add(b, ",", 1); K("reporter_name"); sb_json_str(b, c->reporter_name);
	sb_add(b, ",", 1); K("priority"); sb_json_str(b, c->priority ? c->priority : "normal");
	sb_add(b, ",", 1); K("due_at"); sb_json_time(b, c->due_at);
	sb_add(b, ",", 1); K("version"); sb_json_id(b, c->version);
	sb_add(b, ",", 1); K("created_at"); sb_json_time(b, c->created_at);
	sb_add(b, ",", 1); K("updated_at"); sb_json_time(b, c->updated_at);
	sb_add(b, ",", 1); K("closed_at"); sb_json_time(b, c->closed_at);
	sb_add(b, ",", 1); K("stage"); sb_json_str(b, c->stage);
	/* the one line lists and summaries show: the type's summary, or the title */
	sb_add(b, ",", 1); K("summary");
	sb_json_str(b, c->type->summary ? c->type->summary(c) : case_title(c, en));
	/* the type's own fields are plain fields of the object; absent ones are null */
	int col = c->side_col, k = 0;
	for (const struct type_field *f = c->type->fields; f && f->name; f++) {
		json_t *v;
		char *t;
		bool from_row = c->side_row && (f->flags & TF_STORED);
		const struct side_val *sv = c->side && (f->flags & TF_STORED) ? &c->side[k++] : NULL;
		if (from_row)
			col++;
		if ((f->flags & TF_INTERNAL) || ((f->flags & TF_STAFF) && !persons))
			continue;
		sb_add(b, ",", 1);
		sb_json_key(b, f->name);
		/* read by case_load_view: as side_from_row + below would */
		if (sv) {
			if (sv->null)
				sb_add(b, "null", 4);
			else if (f->kind == TF_TEXT || f->kind == TF_CHOICE)
				sb_json_str(b, sv->text);
			else if (f->kind == TF_BOOL)
				sb_adds(b, sv->i ? "true" : "false");
			else if (f->kind == TF_TIME)
				sb_json_time(b, sv->i);
			else
				sb_int(b, sv->i);
			continue;
		}
		/* a list row: straight from the statement, as side_from_row + below would */
		if (from_row) {
			struct db_stmt *s = c->side_row;
			int64_t iv;
			if (f->kind == TF_TEXT || f->kind == TF_CHOICE)
				sb_json_str(b, db_col_text(s, col - 1));       /* NULL → null */
			else if (!db_col_intn(s, col - 1, &iv))
				sb_add(b, "null", 4);
			else if (f->kind == TF_BOOL)
				sb_adds(b, iv ? "true" : "false");
			else if (f->kind == TF_TIME)
				sb_json_time(b, iv);
			else
				sb_int(b, iv);
			continue;
		}
		v = json_object_get(c->attrs, f->name);
		/* scalars are written directly (lists write this for every row) */
		if (f->kind == TF_TIME && json_is_integer(v)) {
			sb_json_time(b, json_integer_value(v));
			continue;
		}
		if (json_is_string(v)) {
			sb_json_str(b, json_string_value(v));
			continue;
		}
		if (json_is_integer(v)) {
			sb_int(b, json_integer_value(v));
			continue;
		}
		if (v == NULL || json_is_null(v) || json_is_boolean(v)) {
			sb_adds(b, v == NULL || json_is_null(v) ? "null" : json_is_true(v) ? "true" :
			    "false");
			continue;
		}
		t = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		whole = whole && t;
		sb_adds(b, t ? t : "null");
		free(t);
	}
	for (const char *const *n = c->type->attr_names; n && *n; n++) {
		json_t *v = json_object_get(c->attrs, *n);
		char *t = v ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
		whole = whole && (t || !v);
		sb_add(b, ",", 1);
		sb_json_key(b, *n);
		sb_adds(b, t ? t : "null");
		free(t);
	}
	/* persons, masked, for staff of the case's unit only (a citizen reporter does not see
	 * whom staff registered on the report); a row read without them (case_from_row) says [] */
	if (pfrom)
		*pfrom = b->len;
	if (!persons) {
		/* dropped */
	} else if (c->persons_conn) {
		sb_add(b, ",", 1); K("persons");
		if (person_case_sb(c->persons_conn, c->type, c->id, b) != PA_OK)
			whole = false;
	} else if (json_array_size(c->persons)) {
		char *t = json_dumps(c->persons, JSON_COMPACT);
		whole = whole && t;
		sb_add(b, ",", 1); K("persons");
		sb_adds(b, t ? t : "[]");
		free(t);
	} else {
		sb_add(b, ",", 1); K("persons");
		sb_adds(b, "[]");
	}
	if (pto)
		*pto = b->len;
	if (c->type->extra_json)
		c->type->extra_json(b, c, clock_now_ms());
	return whole;
}

const char *case_title(const struct case_rec *c, bool en)
{
	const char *t = c->type->title_lang ? c->type->title_lang(c, en) : NULL;

	return t ? t : c->title;
}

void case_json(struct sb *b, const struct case_rec *c, const struct auth_user *viewer)
{
	json_write(b, c, case_persons_visible(c, viewer), NULL, NULL, false);
}

void case_json_lang(struct sb *b, const struct case_rec *c, const struct auth_user *viewer,
    bool en)
{
	json_write(b, c, case_persons_visible(c, viewer), NULL, NULL, en);
}

/* The kept bytes serve every reader: written in Chinese, and only for types whose JSON does
 * not depend on the language (no title_lang: case_api.c keeps no other). */
bool case_json_parts(struct sb *b, const struct case_rec *c, size_t *pfrom, size_t *pto)
{
	return json_write(b, c, true, pfrom, pto, false);
}

void wf_allowed_sb(struct sb *b, const struct case_rec *c, const struct auth_user *u,
    int64_t now)
{
	bool first = true;

	sb_add(b, "[", 1);
	for (const struct wf_action *a = c->type->actions; a->code; a++) {
		if (!wf_allowed(a, c, u, now))
			continue;
		if (!first)
			sb_add(b, ",", 1);
		sb_json_str(b, a->code);
		first = false;
	}
	sb_add(b, "]", 1);
}

static const char SQL_TL_CASE[] =
    "SELECT t.id, t.seq, t.kind, t.action, COALESCE(t.actor_id, 0), u.name, t.at, "
    "t.from_status, t.to_status, t.note, t.data FROM timeline t "
    "LEFT JOIN users u ON u.id = t.actor_id WHERE t.case_id = ?1 AND (?2 IS NULL OR t.id = ?2) "
    "ORDER BY t.seq";

/* Whether the poster's view (case_type.poster_timeline) shows an entry: the creation; the
 * reader's own comments and edits; an action of the type's list that changed the status
 * (*named: that action's entry in the list, for the poster's names of it; else NULL). */
static bool poster_sees(const struct poster_action *shown, int64_t reader, const char *kind,
    const char *action, int64_t actor, const char *from, const char *to,
    const struct poster_action **named)
{
	*named = NULL;
	if (kind == NULL)
		return false;
	if (strcmp(kind, "create") == 0)
		return true;
	if (strcmp(kind, "comment") == 0 || strcmp(kind, "update") == 0)
		return actor == reader;
	if (strcmp(kind, "action") != 0 || action == NULL || to == NULL ||
	    (from && strcmp(from, to) == 0))
		return false;
	for (const struct poster_action *a = shown; a->code; a++)
		if (strcmp(a->code, action) == 0) {
			*named = a;
			return true;
		}
	return false;
}

pa_err case_timeline_write(struct db_conn *conn, struct sb *b, int64_t case_id, int64_t event_id)
{
	return case_timeline_write_as(conn, b, case_id, event_id, NULL, 0);
}

pa_err case_timeline_write_as(struct db_conn *conn, struct sb *b, int64_t case_id,
    int64_t event_id, const struct poster_action *shown, int64_t reader)
{
	struct db_stmt *s = db_prepare(conn, SQL_TL_CASE);
	bool first = true;
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	if (event_id)
		db_bind_int(s, 2, event_id);
	while ((r = db_step(s)) == DB_ROW) {
		const char *data = db_col_text(s, 10);
		int64_t actor = db_col_int(s, 4);
		/* the poster's view: what happened to their case, not how staff worked on it (no
		 * note, data or name but the reader's own; never a creation's snapshot) */
		bool own = actor == reader, cut = shown != NULL && !own;
		const struct poster_action *named = NULL;
		if (shown && !poster_sees(shown, reader, db_col_text(s, 2), db_col_text(s, 3), actor,
		    db_col_text(s, 7), db_col_text(s, 8), &named))
			continue;
		if (shown && strcmp(db_col_text(s, 2), "create") == 0)
			data = NULL;
		if (!first)
			sb_add(b, ",", 1);
		first = false;
		sb_adds(b, "{\"id\":"); sb_json_id(b, db_col_int(s, 0));
		sb_add(b, ",", 1); K("seq"); sb_json_id(b, db_col_int(s, 1));
		sb_add(b, ",", 1); K("kind"); sb_json_str(b, db_col_text(s, 2));
		sb_add(b, ",", 1); K("action"); sb_json_str(b, db_col_text(s, 3));
		/* the poster's words for it (已找到疑似您的物品), not the desk's (确认匹配) */
		if (named && named->name_zh) {
			sb_add(b, ",", 1); K("label_zh"); sb_json_str(b, named->name_zh);
			sb_add(b, ",", 1); K("label_en");
			sb_json_str(b, named->name_en ? named->name_en : named->name_zh);
		}
		sb_add(b, ",", 1); K("actor_id"); sb_json_id(b, cut ? 0 : actor);
		sb_add(b, ",", 1); K("actor_name"); sb_json_str(b, cut ? NULL : db_col_text(s, 5));
		sb_add(b, ",", 1); K("at"); sb_json_time(b, db_col_int(s, 6));
		sb_add(b, ",", 1); K("from_status"); sb_json_str(b, db_col_text(s, 7));
		sb_add(b, ",", 1); K("to_status"); sb_json_str(b, db_col_text(s, 8));
		sb_add(b, ",", 1); K("note"); sb_json_str(b, cut ? NULL : db_col_text(s, 9));
		/* data is JSON text the engine wrote itself (json_dumps): embedded as it is */
		sb_add(b, ",", 1); K("data"); sb_adds(b, data && !cut ? data : "null");
		sb_add(b, "}", 1);
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* The newest event of one action of a case (the request an approval decides on). */
static const char SQL_TL_LAST_ACTION[] =
    "SELECT t.note, u.name, t.at FROM timeline t LEFT JOIN users u ON u.id = t.actor_id "
    "WHERE t.case_id = ?1 AND t.kind = 'action' AND t.action = ?2 ORDER BY t.seq DESC LIMIT 1";

static pa_err case_last_action(struct db_conn *conn, int64_t case_id, const char *action,
    char *note, size_t note_n, char *actor, size_t actor_n, int64_t *at)
{
	struct db_stmt *s = db_prepare(conn, SQL_TL_LAST_ACTION);
	int r;

	note[0] = actor[0] = '\0';
	*at = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_text(s, 2, action);
	if ((r = db_step(s)) == DB_ROW) {
		snprintf(note, note_n, "%s", db_col_null(s, 0) ? "" : db_col_text(s, 0));
		snprintf(actor, actor_n, "%s", db_col_null(s, 1) ? "" : db_col_text(s, 1));
		utf8_clip(note);
		utf8_clip(actor);
		*at = db_col_int(s, 2);
	}
	db_reset(s);
	return r == DB_ROW ? PA_OK : r == DB_DONE ? PA_ERR_NOT_FOUND : PA_ERR_DB;
}

/* The desk's approval rows of every type read alike: a fixed name for the page, the label
 * in the reader's language, a dash for what is not known (never an empty cell). */
void case_detail_row(json_t *rows, const char *name, const char *zh, const char *en_label,
    bool en, const char *value)
{
	json_array_append_new(rows, json_pack("{s:s, s:s, s:s}", "name", name, "label",
	    en ? en_label : zh, "value", value && *value ? value : "—"));
}

pa_err case_detail_asked(struct db_conn *conn, const struct case_rec *c, const char *action,
    bool en, json_t *rows)
{
	char note[LIM_TEXT_CHARS * 3 + 1], actor[LIM_NAME_CHARS * 4 + 1];
	int64_t at;
	pa_err rc = case_last_action(conn, c->id, action, note, sizeof note, actor, sizeof actor,
	    &at);

	if (rc != PA_OK && rc != PA_ERR_NOT_FOUND)
		return rc;
	case_detail_row(rows, "reason", "申请理由", "Reason given", en, note);
	case_detail_row(rows, "asked_by", "申请人", "Asked by", en, actor);
	return PA_OK;
}

void case_detail_day(json_t *rows, const char *name, const char *zh, const char *en_label,
    bool en, const json_t *ms)
{
	char day[16] = "", stamp[TIME_STR_MAX];

	if (json_is_integer(ms)) {
		time_format(json_integer_value(ms), stamp);
		snprintf(day, sizeof day, "%.10s", stamp);   /* the day of YYYY-MM-DDTHH:MM… */
	}
	case_detail_row(rows, name, zh, en_label, en, day);
}

/* ------------------------------------------------------------------ create */

struct create_job {
	const struct auth_user *u;
	struct case_new *n;
	struct create_ctx *x;
	const char *extras, *snapshot;   /* computed before the job */
	const struct person_batch *persons;
	const char *search;              /* the searchable text (case_search_text) */
	int64_t id, now;
	struct pa_error *err;
};

static const char SQL_IDEM_GET[] =
    "SELECT case_id, body_hash FROM idempotency WHERE user_id = ?1 AND idem_key = ?2";
static const char SQL_IDEM_PUT[] =
    "INSERT INTO idempotency (user_id, idem_key, body_hash, case_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_COUNTER_BUMP[] =
    "INSERT INTO counters (name, value) VALUES (?1, 1) "
    "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1";
static const char SQL_COUNTER_GET[] = "SELECT value FROM counters WHERE name = ?1";
static const char SQL_CASE_INSERT[] =
    "INSERT INTO cases (code, type, category, title, body, status, org_id, lat, lon, address, "
    "reporter_id, priority, due_at, version, created_at, updated_at, attrs, stage, "
    "stage_started_at, next_warn_at, unit_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14, ?14, ?15, ?16, ?17, "
    "?18, ?19)";

/* Public code: PREFIX + YYYYMMDD (China time) + a 4-digit daily sequence, e.g. JY202611290003. */
static pa_err next_code(struct db_conn *conn, const struct case_type *t, int64_t now,
    char *out, size_t n)
{
	char day[TIME_STR_MAX], name[64];
	struct db_stmt *s;
	int64_t seq = 0;

	time_format(now, day);
	snprintf(name, sizeof name, "code:%s:%.4s%.2s%.2s", t->code_prefix, day, day + 5, day + 8);
	if ((s = db_prepare(conn, SQL_COUNTER_BUMP)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, name);
	if (db_run(s) != PA_OK || (s = db_prepare(conn, SQL_COUNTER_GET)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, name);
	if (db_step(s) == DB_ROW)
		seq = db_col_int(s, 0);
	db_reset(s);
	snprintf(out, n, "%s%.4s%.2s%.2s%04lld", t->code_prefix, day, day + 5, day + 8,
	    (long long)seq);
	return PA_OK;
}

/* The writer's part of a create: SQL only. */
static pa_err create_run(struct db_conn *conn, void *ctx)
{
	struct create_job *j = ctx;
	struct case_new *n = j->n;
	struct case_rec rec = { 0 };
	struct db_stmt *s;
	char code[64];
	int64_t next;
	pa_err rc;

	if (n->idem_key) {
		if ((s = db_prepare(conn, SQL_IDEM_GET)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->u->id);
		db_bind_text(s, 2, n->idem_key);
		if (db_step(s) == DB_ROW) {
			size_t hl;
			const void *h = db_col_blob(s, 1, &hl);
			bool same = hl == sizeof n->body_hash && memcmp(h, n->body_hash, hl) == 0;
			j->id = db_col_int(s, 0);
			db_reset(s);
			if (!same) {
				pa_error_set(j->err, PA_ERR_CONFLICT, "idempotency_key_reused",
				    "Idempotency-Key", "this Idempotency-Key was used for a different request");
				return PA_ERR_CONFLICT;
			}
			return PA_OK;
		}
		db_reset(s);
	}
	if ((rc = next_code(conn, n->type, j->now, code, sizeof code)) != PA_OK)
		return rc;
	if ((s = db_prepare(conn, SQL_CASE_INSERT)) == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, code);
	db_bind_text(s, 2, n->type->code);
	db_bind_text(s, 3, n->category);
	db_bind_text(s, 4, n->title);
	db_bind_text(s, 5, n->body ? n->body : "");
	db_bind_text(s, 6, n->type->initial);
	db_bind_int(s, 7, n->org_id);
	if (n->has_location) {
		db_bind_double(s, 8, n->lat);
		db_bind_double(s, 9, n->lon);
	}
	db_bind_text(s, 10, n->address);
	if (j->u->id)
		db_bind_int(s, 11, j->u->id);   /* none for a case the scheduler raised */
	db_bind_text(s, 12, n->priority ? n->priority : "normal");
	if (n->due_at)
		db_bind_int(s, 13, n->due_at);
	db_bind_int(s, 14, j->now);
	db_bind_text(s, 15, j->extras);
	db_bind_text(s, 16, n->stage);
	if (n->stage)
		db_bind_int(s, 17, n->stage_started_at);
	next = case_next_warn_at(n->stage_started_at, n->stage ? n->due_at : 0, NULL, 0);
	if (next)
		db_bind_int(s, 18, next);
	if (n->unit_id)
		db_bind_int(s, 19, n->unit_id);
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	j->id = j->x->id = db_last_id(conn);
	if ((rc = case_index_put(conn, j->id, j->search, NULL)) != PA_OK)
		return rc;
	rec.id = j->id;
	rec.type = n->type;
	rec.attrs = j->x->attrs;
	if ((rc = side_store(conn, &rec)) != PA_OK)
		return rc;
	if (n->links && (rc = case_links_insert(conn, j->id, n->links, j->u->id, j->now)) != PA_OK)
		return rc;
	if ((rc = person_batch_write(conn, j->persons, j->id, j->u->id, j->now)) != PA_OK)
		return rc;
	j->x->conn = conn;
	if (n->type->after_create && (rc = n->type->after_create(j->x)) != PA_OK)
		return rc;
	rec.org_id = n->org_id;
	rec.unit_id = n->unit_id;
	rec.reporter_id = j->u->id;
	rec.title = n->title;
	if ((rc = notify_rules_fire(conn, &rec, "create", NULL, j->u->id, j->now)) != PA_OK)
		return rc;
	struct tl_event e = { .case_id = j->id, .kind = "create", .actor_id = j->u->id, .at = j->now,
		.to_status = n->type->initial, .data = j->snapshot };
	if ((rc = tl_append(conn, &e, NULL)) != PA_OK)
		return rc;
	if (n->idem_key) {
		if ((s = db_prepare(conn, SQL_IDEM_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->u->id);
		db_bind_text(s, 2, n->idem_key);
		db_bind_blob(s, 3, n->body_hash, sizeof n->body_hash);
		db_bind_int(s, 4, j->id);
		db_bind_int(s, 5, j->now);
		rc = db_run(s);
	}
	return rc;
}

/* The scheduler's identity for cases it raises (monitoring warnings): id 0, no grants; only
 * code that passes this very object skips the creating-role check. */
const struct auth_user case_system_user = { .id = 0, .login = "system", .name = "系统" };

/* Creates a case: the type's on_create hook places and checks it on a reader (grid
 * placement, catalogue, calendar), then one writer job inserts it. */
pa_err case_create(struct db *db, const struct auth_user *u, struct case_new *n,
    int64_t *out_id, struct pa_error *err)
{
	struct db_conn *rd = db_reader(db);
	struct create_ctx x = { .conn = rd, .user = u, .n = n, .err = err };
	struct create_job j = { .u = u, .n = n, .x = &x, .err = err };
	struct case_rec view = { 0 };
	struct person_batch *persons = NULL;
	const json_t *req_persons = json_object_get(n->request, "persons");
	char path[LIM_ORG_PATH], *extras = NULL, *snapshot = NULL, *search = NULL;
	json_t *snap;
	pa_err rc;

	if (rd == NULL)
		return PA_ERR_DB;
	x.now = j.now = clock_now_ms();
	x.persons = json_is_array(req_persons) ? json_deep_copy(req_persons) : json_array();
	if ((x.attrs = json_object()) == NULL || x.persons == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	if (n->type->on_create && (rc = n->type->on_create(&x)) != PA_OK)
		goto out;
	/* a title: the request's, or one the type made (on_create may set it) */
	if (n->title == NULL || val_blank(n->title)) {
		pa_error_set(err, PA_ERR_INVALID, "missing_field", "title", "%s is required", "title");
		rc = PA_ERR_INVALID;
		goto out;
	}
	/* persons (当事人): checked, normalised and blind-indexed before the write */
	if ((rc = person_batch_prepare(rd, n->type, x.persons, "persons", true, u, x.now,
	    &persons, err)) != PA_OK)
		goto out;
	j.persons = persons;
	/* the unit must exist and the creator must hold a creating role over it */
	if (!org_path(rd, n->org_id, path)) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit does not exist");
		rc = PA_ERR_INVALID;
		goto out;
	}
	if (u != &case_system_user && (scope_roles_at(u, path) & n->type->who_create) == 0) {
		pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", "org_id",
		    "you may not post a case of this type in this unit");
		rc = PA_ERR_FORBIDDEN;
		goto out;
	}
	if (n->links && (rc = case_links_check(rd, u, n->links, err)) != PA_OK)
		goto out;
	view.type = n->type;
	view.attrs = x.attrs;
	snap = json_pack("{s:s, s:I}", "title", n->title, "org_id", (json_int_t)n->org_id);
	if (json_object_size(x.attrs))
		json_object_update(snap, x.attrs);
	if (n->category)
		json_object_set_new(snap, "category", json_string(n->category));
	if (n->priority)
		json_object_set_new(snap, "priority", json_string(n->priority));
	if (n->stage)
		json_object_set_new(snap, "stage", json_string(n->stage));
	if (persons)     /* roles only: never a value of a person on the timeline */
		json_object_set_new(snap, "persons", person_batch_summary(persons));
	snapshot = json_dumps(snap, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(snap);
	extras = extras_text(&view);
	view.title = n->title;
	view.body = n->body;
	view.address = n->address;
	view.category = n->category;
	if (snapshot == NULL || extras == NULL ||
	    (rc = case_search_text(rd, &view, &search)) != PA_OK) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	j.search = search;
	j.extras = extras;
	j.snapshot = snapshot;
	if ((rc = db_write(db, create_run, &j)) == PA_OK) {
		*out_id = j.id;
		notify_case_changed(db, j.id);
	}
out:
	free(extras);
	free(snapshot);
	free(search);
	json_decref(x.attrs);
	if (x.type_free)
		x.type_free(x.type_data);
	json_decref(x.persons);
	person_batch_free(persons);
	return rc;
}

/* ------------------------------------------------------------------ act */

static const char SQL_CASE_STORE[] =
    "UPDATE cases SET status = ?2, assignee_id = ?3, unit_id = ?4, version = version + 1, "
    "updated_at = ?5, closed_at = ?6, attrs = ?7, due_at = ?9, stage = ?10, "
    "stage_started_at = ?11, warn = ?12, next_warn_at = ?13 WHERE id = ?1 AND version = ?8";

/* Writes back the case row (status, assignee, unit, deadline, stage, extras) with the
 * version bump; PA_ERR_CONFLICT when the version moved on. extras is the JSON text of the
 * free-form extras. */
static pa_err case_store(struct db_conn *conn, const struct case_rec *c, const char *extras,
    int64_t now)
{
	struct db_stmt *s = db_prepare(conn, SQL_CASE_STORE);
	int64_t next = case_next_warn_at(c->stage_started_at, c->stage ? c->due_at : 0, c->warn,
	    c->closed_at);
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, c->id);
	db_bind_text(s, 2, c->status);
	if (c->assignee_id)
		db_bind_int(s, 3, c->assignee_id);
	if (c->unit_id)
		db_bind_int(s, 4, c->unit_id);
	db_bind_int(s, 5, now);
	if (c->closed_at)
		db_bind_int(s, 6, c->closed_at);
	db_bind_text(s, 7, extras);
	db_bind_int(s, 8, c->version);
	if (c->due_at)
		db_bind_int(s, 9, c->due_at);
	db_bind_text(s, 10, c->stage);
	if (c->stage_started_at)
		db_bind_int(s, 11, c->stage_started_at);
	db_bind_text(s, 12, c->warn);
	if (next)
		db_bind_int(s, 13, next);
	rc = db_run(s);
	if (rc == PA_OK && db_changes(conn) != 1)
		rc = PA_ERR_CONFLICT;
	return rc;
}

struct act_job {
	const struct auth_user *u;
	struct case_rec *c;              /* the new state, computed before the job */
	const char *extras, *action, *from, *note, *data;
	const char *search;              /* the new searchable text, NULL when unchanged */
	const json_t *link_photos;
	const char *link_field;
	const struct person_batch *persons;
	int64_t now;
	bool status_changed;
	struct pa_error *err;
	pa_err (*write_hook)(struct db_conn *conn, void *data);
	void *write_data;
};

/* The writer's part of an action: SQL only. */
static pa_err act_run(struct db_conn *conn, void *ctx)
{
	struct act_job *j = ctx;
	struct case_rec *c = j->c;
	pa_err rc;

	if ((rc = case_store(conn, c, j->extras, j->now)) != PA_OK)
		return rc;
	if ((rc = side_store(conn, c)) != PA_OK)
		return rc;
	if (j->search && (rc = case_index_text(conn, c->id, j->search)) != PA_OK)
		return rc;
	if (json_array_size(j->link_photos) &&
	    (rc = attach_link(conn, c->id, j->link_photos, j->u->id, j->link_field, j->err)) != PA_OK)
		return rc;
	if ((rc = person_batch_write(conn, j->persons, c->id, j->u->id, j->now)) != PA_OK)
		return rc;
	if ((rc = notify_rules_done(conn, c, j->action, j->now)) != PA_OK)
		return rc;
	if ((rc = notify_rules_fire_note(conn, c, j->action, j->status_changed ? c->status : NULL,
	    j->u->id, j->now, j->note)) != PA_OK)
		return rc;
	struct tl_event e = { .case_id = c->id, .kind = "action", .action = j->action,
		.actor_id = j->u->id, .at = j->now, .from_status = j->from, .to_status = c->status,
		.note = j->note, .data = j->data };
	if ((rc = tl_append(conn, &e, NULL)) != PA_OK)
		return rc;
	return j->write_hook ? j->write_hook(conn, j->write_data) : PA_OK;
}

#define ACT_ATTEMPTS 3   /* an action without a version is recomputed when a race moved it on */

/* Takes an action: reads and decides on a reader (state, role, guard, fields, the type's
 * apply hook), then one writer job stores the result if the case is still at the version
 * that was read. A lost race is recomputed when the caller named no version. */
pa_err case_act(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note_in, const json_t *fields, int64_t version, struct pa_error *err)
{
	static const struct val_field none[] = { VAL_END };
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct db_conn *rd = db_reader(db);
	bool retry = true;
	pa_err rc = PA_ERR_CONFLICT;

	if (a == NULL || rd == NULL) {
		arena_free(a);
		return a == NULL ? PA_ERR_NOMEM : PA_ERR_DB;
	}
	for (int attempt = 0; attempt < ACT_ATTEMPTS && retry; attempt++) {
		struct case_rec c = { 0 };
		const struct wf_action *act;
		const struct wf_status *to;
		int64_t now = clock_now_ms();
		const char *note = note_in, *from, *target;
		char *data = NULL, *extras = NULL, *text0 = NULL, *text1 = NULL;
		json_t *empty = NULL;
		struct wf_ctx x = { 0 };
		struct person_batch *persons = NULL;
		const json_t *lp;

		retry = false;
		pa_error_clear(err);
		rc = case_get_visible(rd, a, id, u, &c);
		if (rc != PA_OK) {
			if (rc == PA_ERR_NOT_FOUND)
				pa_error_set(err, rc, "not_found", NULL, "no such case");
			goto out;
		}
		if ((rc = sealed_refuse(&c, err)) != PA_OK)
			goto out;
		act = wf_action_find(c.type, code);
		if (act == NULL) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", "action",
			    "this action does not exist for this type of case");
			rc = PA_ERR_INVALID;
			goto out;
		}
		if (version >= 0 && version != c.version) {
			pa_error_set(err, PA_ERR_CONFLICT, "stale_version", "version",
			    "the case changed since you read it (version %lld, now %lld); reload and retry",
			    (long long)version, (long long)c.version);
			rc = PA_ERR_CONFLICT;
			goto out;
		}
		if (!wf_allowed(act, &c, u, now)) {
			struct pa_error ge = { 0 };
			if (act->guard && act->guard(&c, u, now, &ge) != PA_OK && ge.err != PA_OK)
				pa_error_move(err, &ge);   /* the guard's own code, field and messages */
			else
				pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
				    "this action is not allowed on this case now");
			err->extra = json_pack("{s:o}", "allowed_actions", wf_allowed_json(&c, u, now));
			rc = PA_ERR_CONFLICT;
			goto out;
		}
		/* fields: validated against the action's own table; "persons" (当事人) is taken by
		 * every action of a type with person_roles and checked by the registry below */
		{
			const json_t *checked = fields;
			bool own = false;
			for (const struct val_field *f = act->fields; f && f->name && !own; f++)
				own = strcmp(f->name, "persons") == 0;
			if (fields && c.type->person_roles && !own && json_object_get(fields, "persons")) {
				empty = json_copy((json_t *)fields);
				json_object_del(empty, "persons");
				checked = empty;
			}
			rc = val_check(checked ? checked : (empty = json_object()), act->fields ?
			    act->fields : none, "fields.", err);
		}
		json_decref(empty);
		if (rc != PA_OK)
			goto out;
		if (note && val_blank(note))
			note = NULL;
		if (note == NULL && fields && val_str(fields, "reason"))
			note = val_str(fields, "reason");
		if (act->needs_reason && note == NULL) {
			pa_error_set(err, PA_ERR_INVALID, "missing_field", "note",
			    "this action needs a reason in note");
			rc = PA_ERR_INVALID;
			goto out;
		}
		from = c.status;
		target = act->to ? act->to : c.status;
		/* the searchable text before the hooks, to see whether they changed it */
		if ((rc = case_search_text(rd, &c, &text0)) != PA_OK)
			goto out;
		x = (struct wf_ctx){ .conn = rd, .c = &c, .user = u, .fields = fields, .note = note,
			.now = now, .to = target, .err = err };
		if (act->apply && (rc = act->apply(&x)) != PA_OK)
			goto out;
		note = x.note;           /* a hook may have masked it (lostfound: ID numbers) */
		/* persons the action links (当事人): its hook's, else fields.persons */
		lp = x.link_persons ? x.link_persons : json_object_get(fields, "persons");
		if (json_array_size(lp) && (rc = person_batch_prepare(rd, c.type, lp,
		    "fields.persons", false, u, now, &persons, err)) != PA_OK)
			goto out;
		target = x.to;
		to = wf_status_find(c.type, target);
		if (strcmp(target, from) != 0 || c.closed_at == 0)
			c.closed_at = to && to->closed ? now : 0;
		if (to && to->closed) {
			c.stage = NULL;       /* a closed case runs no deadline */
			c.due_at = 0;
		}
		c.status = target;
		if (fields && json_object_size(fields)) {
			/* the timeline keeps the roles of linked persons, never their values */
			json_t *d = json_deep_copy(fields);
			const char *k;
			json_t *v;
			if (json_object_get(d, "persons"))
				json_object_set_new(d, "persons", person_batch_summary(persons));
			/* and the field a hook took persons from (person_specs_check) */
			json_object_foreach((json_t *)fields, k, v)
				if (v == x.link_persons && strcmp(k, "persons") != 0)
					json_object_set_new(d, k, person_batch_summary(persons));
			for (const char *const *sf = x.secret_fields; sf && *sf; sf++)
				if (json_object_get(d, *sf))
					json_object_set_new(d, *sf, json_true());
			data = json_dumps(d, JSON_COMPACT | JSON_SORT_KEYS);
			json_decref(d);
		}
		if ((extras = extras_text(&c)) == NULL ||
		    (rc = case_search_text(rd, &c, &text1)) != PA_OK) {
			rc = PA_ERR_NOMEM;
			goto out;
		}
		struct act_job j = { .u = u, .c = &c, .extras = extras,
			.search = strcmp(text0, text1) != 0 ? text1 : NULL, .action = act->code,
			.from = from, .note = note, .data = data, .link_photos = x.link_photos,
			.link_field = x.link_field ? x.link_field : "fields.photos", .now = now,
			.persons = persons,
			.status_changed = strcmp(from, target) != 0, .err = err,
			.write_hook = x.write_hook, .write_data = x.write_data };
		rc = db_write(db, act_run, &j);
		/* a conflict without a message of its own is a lost race on the version */
		if (rc == PA_ERR_CONFLICT && err->err == PA_OK) {
			if (version >= 0)
				pa_error_set(err, PA_ERR_CONFLICT, "stale_version", "version",
				    "the case changed since you read it; reload and retry");
			else
				retry = true;
		}
out:
		if (x.write_free)
			x.write_free(x.write_data);
		free(data);
		free(extras);
		person_batch_free(persons);
		free(text0);
		free(text1);
		case_rec_clear(&c);
		arena_reset(a);
	}
	arena_free(a);
	if (rc == PA_ERR_CONFLICT && err->err == PA_OK)
		pa_error_set(err, PA_ERR_CONFLICT, "stale_version", "version",
		    "the case changed while the action was being taken; reload and retry");
	if (rc == PA_OK)
		notify_case_changed(db, id);
	return rc;
}

/* ------------------------------------------------------------------ comment */

struct comment_job {
	const struct auth_user *u;
	int64_t id, event;
	const char *body;
	struct pa_error *err;
};

static const char SQL_CASE_TOUCH[] = "UPDATE cases SET updated_at = ?2 WHERE id = ?1";

/* The writer's part of a comment: SQL only (visibility was checked before the job). */
static pa_err comment_run(struct db_conn *conn, void *ctx)
{
	struct comment_job *j = ctx;
	struct db_stmt *s;
	int64_t now = clock_now_ms();
	pa_err rc;

	struct tl_event e = { .case_id = j->id, .kind = "comment", .actor_id = j->u->id, .at = now,
		.note = j->body };
	if ((rc = tl_append(conn, &e, &j->event)) != PA_OK)
		return rc;
	if ((rc = case_index_note(conn, j->id, j->body)) != PA_OK)
		return rc;
	if ((s = db_prepare(conn, SQL_CASE_TOUCH)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->id);
	db_bind_int(s, 2, now);
	return db_run(s);
}

pa_err case_comment(struct db *db, const struct auth_user *u, int64_t id, const char *body,
    int64_t *out_event, struct pa_error *err)
{
	struct comment_job j = { .u = u, .id = id, .body = body, .err = err };
	struct db_conn *rd = db_reader(db);
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c = { 0 };
	pa_err rc = a == NULL ? PA_ERR_NOMEM : rd == NULL ? PA_ERR_DB : PA_OK;

	if (rc == PA_OK && (rc = case_get_visible(rd, a, id, u, &c)) == PA_ERR_NOT_FOUND)
		pa_error_set(err, rc, "not_found", NULL, "no such case");
	if (rc == PA_OK)
		rc = sealed_refuse(&c, err);
	case_rec_clear(&c);
	arena_free(a);
	if (rc == PA_OK && (rc = db_write(db, comment_run, &j)) == PA_OK) {
		*out_event = j.event;
		notify_case_changed(db, id);
	}
	return rc;
}

/* ------------------------------------------------------------------ update */

struct update_job {
	const struct auth_user *u;
	const struct case_rec *c;        /* the new values, decided before the job */
	const char *data;                /* the diff for the timeline */
	const char *search;              /* the new searchable text, NULL when unchanged */
	int64_t now;
	struct pa_error *err;
	bool side;                       /* the type's own fields changed: store the side row */
	struct update_ctx *x;            /* the type's after_update, or NULL */
};

static const char SQL_CASE_UPDATE[] =
    "UPDATE cases SET title = ?2, body = ?3, category = ?4, priority = ?5, address = ?6, "
    "lat = ?7, lon = ?8, due_at = ?9, version = version + 1, updated_at = ?10 "
    "WHERE id = ?1 AND version = ?11";

/* Sets *slot to the new value of a text field and records {"from","to"} in diff. */
static void diff_text(json_t *diff, const json_t *changes, const char *name, const char **slot)
{
	json_t *v = json_object_get(changes, name);
	const char *nv;

	if (v == NULL)
		return;
	nv = json_is_string(v) ? json_string_value(v) : NULL;
	if ((nv == NULL && *slot == NULL) || (nv && *slot && strcmp(nv, *slot) == 0))
		return;
	json_object_set_new(diff, name, json_pack("{s:o, s:o}", "from", str_json(*slot), "to",
	    str_json(nv)));
	*slot = nv;
}

/* The writer's part of a PATCH: SQL only; a case that moved on since it was read is 409. */
static pa_err update_run(struct db_conn *conn, void *ctx)
{
	struct update_job *j = ctx;
	const struct case_rec *c = j->c;
	struct db_stmt *s = db_prepare(conn, SQL_CASE_UPDATE);
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, c->id);
	db_bind_text(s, 2, c->title);
	db_bind_text(s, 3, c->body ? c->body : "");
	db_bind_text(s, 4, c->category);
	db_bind_text(s, 5, c->priority ? c->priority : "normal");
	db_bind_text(s, 6, c->address);
	if (c->has_location) {
		db_bind_double(s, 7, c->lat);
		db_bind_double(s, 8, c->lon);
	}
	if (c->due_at)
		db_bind_int(s, 9, c->due_at);
	db_bind_int(s, 10, j->now);
	db_bind_int(s, 11, c->version);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	if (db_changes(conn) != 1) {
		pa_error_set(j->err, PA_ERR_CONFLICT, "stale_version", "version",
		    "the case changed since you read it; reload and retry");
		return PA_ERR_CONFLICT;
	}
	if (j->search && (rc = case_index_text(conn, c->id, j->search)) != PA_OK)
		return rc;
	if (j->side && (rc = side_store(conn, c)) != PA_OK)
		return rc;
	if (j->x && c->type->after_update) {
		j->x->conn = conn;
		if ((rc = c->type->after_update(j->x)) != PA_OK)
			return rc;
	}
	struct tl_event e = { .case_id = c->id, .kind = "update", .actor_id = j->u->id,
		.at = j->now, .data = j->data };
	return tl_append(conn, &e, NULL);
}

/* Changes plain fields: decided on a reader (scope, version, the type's edit rule, locked
 * fields, the diff), then written by one SQL-only writer job. */
pa_err case_edit_default(const struct case_rec *c, const struct auth_user *u,
    struct pa_error *err)
{
	if (c->reporter_id != u->id &&
	    !(scope_roles_at(u, c->org_path) & (ROLE_LEADER | ROLE_ADMIN))) {
		pa_error_set(err, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "only the poster or a leader may edit this case");
		return PA_ERR_FORBIDDEN;
	}
	return PA_OK;
}

/* The type's edit rule, or the default: the poster or a leader/admin of the unit. */
static pa_err edit_allowed(const struct case_rec *c, const struct auth_user *u,
    const json_t *changes, struct pa_error *err)
{
	if (c->type->edit_rule)
		return c->type->edit_rule(c, u, changes, err);
	return case_edit_default(c, u, err);
}

bool case_may_edit(const struct case_rec *c, const struct auth_user *u)
{
	const struct wf_status *st = wf_status_find(c->type, c->status);
	struct pa_error err = { 0 };
	json_t *none;
	bool ok;

	if ((st && st->closed) || c->closed_at)
		return false;
	if ((none = json_object()) == NULL)
		return false;
	ok = edit_allowed(c, u, none, &err) == PA_OK;
	json_decref(none);
	return ok;
}

pa_err case_update(struct db *db, const struct auth_user *u, int64_t id, const json_t *changes,
    int64_t version, struct pa_error *err)
{
	struct db_conn *conn = db_reader(db);
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct update_job j = { .u = u, .err = err };
	struct update_ctx ux = { .user = u, .changes = changes, .err = err };
	struct case_rec c = { 0 };
	const struct wf_status *st;
	json_t *diff = json_object(), *v, *scrubbed = NULL;
	int64_t now = clock_now_ms();
	char *data = NULL, *text0 = NULL, *text1 = NULL;
	pa_err rc;

	if (a == NULL || diff == NULL || conn == NULL) {
		rc = conn == NULL ? PA_ERR_DB : PA_ERR_NOMEM;
		goto out;
	}
	rc = case_get_visible(conn, a, id, u, &c);
	if (rc != PA_OK) {
		if (rc == PA_ERR_NOT_FOUND)
			pa_error_set(err, rc, "not_found", NULL, "no such case");
		goto out;
	}
	if ((rc = sealed_refuse(&c, err)) != PA_OK)
		goto out;
	if (version != c.version) {
		pa_error_set(err, PA_ERR_CONFLICT, "stale_version", "version",
		    "the case changed since you read it (version %lld, now %lld); reload and retry",
		    (long long)version, (long long)c.version);
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	if ((rc = edit_allowed(&c, u, changes, err)) != PA_OK)
		goto out;
	st = wf_status_find(c.type, c.status);
	if (st && st->closed) {
		pa_error_set(err, PA_ERR_CONFLICT, "conflict", NULL, "a closed case cannot be edited");
		rc = PA_ERR_CONFLICT;
		goto out;
	}
	/* the type's locked fields, and its categories */
	for (const char *const *f = c.type->locked_fields; f && *f; f++)
		if (json_object_get(changes, *f)) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", *f,
			    "%s of a %s cannot be changed", *f, c.type->code);
			rc = PA_ERR_INVALID;
			goto out;
		}
	if (val_str(changes, "category") && c.type->categories) {
		bool known = false;
		for (const char *const *k = c.type->categories; *k && !known; k++)
			known = strcmp(*k, val_str(changes, "category")) == 0;
		if (!known) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", "category",
			    "category is not a category of this type");
			rc = PA_ERR_INVALID;
			goto out;
		}
	}
	/* the type's own fields: only those it lets PATCH change */
	{
		const char *key;
		json_t *kv;
		json_object_foreach((json_t *)changes, key, kv) {
			bool known = false;
			for (const struct val_field *f = case_update_fields; f->name && !known; f++)
				known = strcmp(f->name, key) == 0;
			for (const struct val_field *f = c.type->edit_fields; f && f->name && !known;
			    f++)
				known = strcmp(f->name, key) == 0;
			known = known || type_field_editable(c.type, type_field_find(c.type, key));
			if (!known) {
				pa_error_set(err, PA_ERR_INVALID, "unknown_field", key, "unknown field %s",
				    key);
				rc = PA_ERR_INVALID;
				goto out;
			}
		}
	}
	if (c.type->edit_scrub && (scrubbed = c.type->edit_scrub(&c, changes, now)) != NULL) {
		if (json_is_null(scrubbed)) {
			rc = PA_ERR_NOMEM;   /* the type could not make the changes storable */
			goto out;
		}
		ux.changes = changes = scrubbed;
	}
	if ((rc = case_search_text(conn, &c, &text0)) != PA_OK)
		goto out;
	for (const struct val_field *f = c.type->edit_fields; f && f->name; f++) {
		json_t *nv = json_object_get(changes, f->name);
		const char *old = json_string_value(json_object_get(c.attrs, f->name));
		const char *now_s = json_is_string(nv) && !val_blank(json_string_value(nv)) ?
		    json_string_value(nv) : NULL;
		if (nv == NULL || (old == NULL && now_s == NULL) ||
		    (old && now_s && strcmp(old, now_s) == 0))
			continue;
		json_object_set_new(diff, f->name, json_pack("{s:o, s:o}", "from", str_json(old),
		    "to", str_json(now_s)));
		if (now_s)
			json_object_set_new(c.attrs, f->name, json_string(now_s));
		else
			json_object_del(c.attrs, f->name);
		j.side = true;
	}
	/* its editable times (TF_EDIT): RFC 3339 in, integer ms in attrs, old → new on the
	 * timeline as RFC 3339 (the reader's page shows them in its own zone) */
	for (const struct type_field *f = c.type->fields; f && f->name; f++) {
		json_t *nv = json_object_get(changes, f->name), *ov;
		int64_t t = 0;
		if (nv == NULL || f->kind != TF_TIME || !type_field_editable(c.type, f))
			continue;
		if (!json_is_string(nv) || !time_parse(json_string_value(nv), &t)) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", f->name,
			    "%s must be a time in RFC 3339", f->name);
			rc = PA_ERR_INVALID;
			goto out;
		}
		/* JSON shows whole seconds: the time read back and sent again is no change */
		ov = json_object_get(c.attrs, f->name);
		if (json_is_integer(ov) && json_integer_value(ov) / 1000 == t / 1000)
			continue;
		json_object_set_new(diff, f->name, json_pack("{s:o, s:o}", "from",
		    json_is_integer(ov) ? time_json(json_integer_value(ov)) : json_null(), "to",
		    time_json(t)));
		json_object_set_new(c.attrs, f->name, json_integer(t));
		j.side = true;
	}
	diff_text(diff, changes, "title", &c.title);
	diff_text(diff, changes, "body", &c.body);
	diff_text(diff, changes, "category", &c.category);
	diff_text(diff, changes, "priority", &c.priority);
	diff_text(diff, changes, "address", &c.address);
	if (json_object_get(changes, "lat") || json_object_get(changes, "lon")) {
		json_t *la = json_object_get(changes, "lat"), *lo = json_object_get(changes, "lon");
		if (!json_is_number(la) || !json_is_number(lo)) {
			c.has_location = false;
		} else {
			c.has_location = true;
			c.lat = json_number_value(la);
			c.lon = json_number_value(lo);
		}
		json_object_set_new(diff, "location", c.has_location ?
		    json_pack("{s:f, s:f}", "lat", c.lat, "lon", c.lon) : json_null());
	}
	if ((v = json_object_get(changes, "due_at")) != NULL) {
		int64_t t = 0;
		if (json_is_string(v))
			time_parse(json_string_value(v), &t);
		if (t != c.due_at)
			json_object_set_new(diff, "due_at", json_pack("{s:o, s:o}", "from",
			    time_json(c.due_at), "to", time_json(t)));
		c.due_at = t;
	}
	if (json_object_size(diff) == 0) {
		rc = PA_OK;        /* nothing changed: no new version, no event */
		goto out;
	}
	if ((data = json_dumps(diff, JSON_COMPACT | JSON_SORT_KEYS)) == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	if ((rc = case_search_text(conn, &c, &text1)) != PA_OK)
		goto out;
	j.c = &c;
	j.data = data;
	j.search = strcmp(text0, text1) != 0 ? text1 : NULL;
	j.now = now;
	if (c.type->edit_check && (rc = c.type->edit_check(&c, changes, now, err)) != PA_OK)
		goto out;
	if (c.type->on_update) {
		ux.conn = conn;
		ux.c = &c;
		ux.now = now;
		if ((rc = c.type->on_update(&ux)) != PA_OK)
			goto out;
		j.x = &ux;
	}
	if ((rc = db_write(db, update_run, &j)) == PA_OK)
		notify_case_changed(db, id);
out:
	if (ux.type_free)
		ux.type_free(ux.type_data);
	free(data);
	free(text0);
	free(text1);
	json_decref(diff);
	json_decref(scrubbed);
	case_rec_clear(&c);
	arena_free(a);
	return rc;
}

/* Keyed when the key file is loaded: the body may hold a person's phone or ID number, and the
 * rest of it is in the case row, so an unkeyed hash could be recomputed over candidates. */
void case_body_hash(const char *body, size_t len, unsigned char out[32])
{
	unsigned char k[32];
	bool keyed = person_request_key(k);

	crypto_generichash(out, 32, (const unsigned char *)body, len, keyed ? k : NULL,
	    keyed ? sizeof k : 0);
	sodium_memzero(k, sizeof k);
}
