/* case_export.c — lists of cases as CSV or Excel rows (表格化管理): every code becomes the
 * name a reader knows (status, type, category, priority), every time China time. */
#include "case_export.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

#define NAME_CACHE 64
#define ROW_ARENA_BYTES (1 << 20)

struct case_export_names {
	struct db_conn *c;
	int n, next;
	struct {
		const struct case_type *type;
		char code[32], name[LIM_NAME_CHARS * 4 + 1];
	} e[NAME_CACHE];
};

struct case_export_names *case_export_names_new(struct db_conn *c)
{
	struct case_export_names *n = calloc(1, sizeof *n);

	if (n)
		n->c = c;
	return n;
}

void case_export_names_free(struct case_export_names *n)
{
	free(n);
}

/* The category's name from its type's catalogue, or the code when the type has none. */
static const char *category_name(struct case_export_names *n, const struct case_type *t,
    const char *code, bool en)
{
	int i;

	if (code == NULL || *code == '\0')
		return "";
	if (t->category_name == NULL || strlen(code) >= sizeof n->e[0].code)
		return code;
	for (i = 0; i < n->n; i++)
		if (n->e[i].type == t && strcmp(n->e[i].code, code) == 0)
			return n->e[i].name;
	/* a small round-robin cache: a list holds few distinct categories */
	i = n->n < NAME_CACHE ? n->n++ : n->next++ % NAME_CACHE;
	n->e[i].type = t;
	snprintf(n->e[i].code, sizeof n->e[i].code, "%s", code);
	if (!t->category_name(n->c, code, en, n->e[i].name, sizeof n->e[i].name))
		snprintf(n->e[i].name, sizeof n->e[i].name, "%s", code);
	return n->e[i].name;
}

static const char *priority_name(const char *p, bool en)
{
	static const char *const names[][3] = {
		{ "low", "低", "Low" }, { "normal", "普通", "Normal" }, { "high", "高", "High" },
		{ "urgent", "紧急", "Urgent" },
	};

	if (p == NULL)
		p = "normal";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(p, names[i][0]) == 0)
			return names[i][en ? 2 : 1];
	return p;
}

void case_export_cells(struct export *x, struct case_export_names *n, const struct case_rec *c)
{
	bool en = export_english(x);
	const struct wf_status *st = wf_status_find(c->type, c->status);

	export_text(x, c->code);
	export_text(x, en ? c->type->name_en : c->type->name_zh);
	export_text(x, category_name(n, c->type, c->category, en));
	export_text(x, case_title(c, en));
	export_text(x, c->body);
	export_text(x, st ? (en ? st->name_en : st->name_zh) : c->status);
	export_text(x, priority_name(c->priority, en));
	export_text(x, c->org_name);
	export_text(x, c->unit_name);
	export_text(x, c->assignee_name);
	export_text(x, c->reporter_name);
	export_text(x, c->address);
	export_time(x, c->due_at);
	export_time(x, c->created_at);
	export_time(x, c->updated_at);
	export_time(x, c->closed_at);
}

static const struct export_col case_cols[] = { CASE_EXPORT_COLS, EXPORT_COLS_END };

/* ---- a type's own fields (its side table) as columns of a type= export */

/* A stored field a person reads: not bookkeeping, not a photo list or free JSON. */
static bool field_exported(const struct type_field *f)
{
	return (f->flags & TF_STORED) && !(f->flags & TF_INTERNAL) && f->kind != TF_PHOTOS &&
	    f->kind != TF_JSON;
}

static enum export_kind field_kind(const struct type_field *f)
{
	switch (f->kind) {
	case TF_INT: return EXK_INT;
	case TF_TIME: return EXK_TIME;
	case TF_BOOL: return EXK_BOOL;
	default: return EXK_TEXT;
	}
}

/* The columns of t's export: the common ones, then its exported fields, then a column per
 * role of export_roles; caller frees. */
static struct export_col *type_cols(const struct case_type *t)
{
	size_t common = sizeof case_cols / sizeof case_cols[0] - 1, n = common;
	struct export_col *cols;

	for (const struct type_field *f = t->fields; f && f->name; f++)
		n += field_exported(f);
	for (const char *const *r = t->export_roles; r && *r; r++)
		n += person_role_find(t, *r) != NULL;
	if ((cols = calloc(n + 1, sizeof *cols)) == NULL)
		return NULL;
	memcpy(cols, case_cols, common * sizeof *cols);
	for (const struct case_col_label *l = t->col_labels; l && l->key; l++)
		for (size_t i = 0; i < common; i++)
			if (strcmp(cols[i].key, l->key) == 0) {
				cols[i].zh = l->zh;
				cols[i].en = l->en;
			}
	n = common;
	for (const struct type_field *f = t->fields; f && f->name; f++)
		if (field_exported(f))
			cols[n++] = (struct export_col){ f->name, f->label_zh, f->label_en, field_kind(f) };
	for (const char *const *r = t->export_roles; r && *r; r++) {
		const struct person_role *p = person_role_find(t, *r);
		if (p)
			cols[n++] = (struct export_col){ p->code, p->name_zh, p->name_en, EXK_TEXT };
	}
	cols[n] = (struct export_col)EXPORT_COLS_END;
	return cols;
}

static const char SQL_EXPORT_ORG_NAME[] = "SELECT name FROM orgs WHERE id = ?1";
static const char SQL_EXPORT_USER_NAME[] = "SELECT name FROM users WHERE id = ?1";
static const char SQL_EXPORT_CASE_CODE[] = "SELECT code FROM cases WHERE id = ?1";

/* The name of org unit or user id (sql one of the two above) into out; "" when unknown. */
static const char *name_of(struct db_conn *c, const char *sql, int64_t id, char *out,
    size_t outlen)
{
	struct db_stmt *s = db_prepare(c, sql);

	out[0] = '\0';
	if (s == NULL)
		return out;
	db_bind_int(s, 1, id);
	if (db_step(s) == DB_ROW && db_col_text(s, 0))
		snprintf(out, outlen, "%s", db_col_text(s, 0));
	db_reset(s);
	return out;
}

/* The cells of c's own fields (type_cols' order); a TF_STAFF field's empty for a reader
 * without a staff role over c (staff false: the citizen who posted it). */
static void type_cells(struct export *x, struct db_conn *conn, const struct case_rec *c,
    bool staff)
{
	bool en = export_english(x);
	char name[LIM_NAME_CHARS * 4 + 1];

	for (const struct type_field *f = c->type->fields; f && f->name; f++) {
		json_t *v;
		if (!field_exported(f))
			continue;
		v = json_object_get(c->attrs, f->name);
		if (v == NULL || json_is_null(v) || ((f->flags & TF_STAFF) && !staff)) {
			export_text(x, NULL);
			continue;
		}
		switch (f->kind) {
		case TF_INT:
			if (json_is_integer(v))
				export_int(x, json_integer_value(v));
			else
				export_text(x, NULL);
			break;
		case TF_TIME:
			export_time(x, json_is_integer(v) ? json_integer_value(v) : 0);
			break;
		case TF_BOOL:
			export_bool(x, json_is_true(v) || (json_is_integer(v) && json_integer_value(v)));
			break;
		case TF_CHOICE:
			export_text(x, json_is_string(v) ? tf_choice_name(f, json_string_value(v), en) :
			    NULL);
			break;
		case TF_UNIT:
		case TF_USER:
		case TF_CASE:
			/* by name or code, never a raw id */
			export_text(x, json_is_integer(v) ? name_of(conn, f->kind == TF_UNIT ?
			    SQL_EXPORT_ORG_NAME : f->kind == TF_USER ? SQL_EXPORT_USER_NAME :
			    SQL_EXPORT_CASE_CODE, json_integer_value(v), name, sizeof name) : NULL);
			break;
		default:
			export_text(x, json_string_value(v));
			break;
		}
	}
}

/* The cells of c's export_roles (type_cols' order): the masked names of its persons of each
 * role, "、" between two, from c->persons as the list shows them; empty where the reader may
 * not see the case's persons (case_persons_visible). */
static void role_cells(struct export *x, const struct case_rec *c, bool visible)
{
	for (const char *const *r = c->type->export_roles; r && *r; r++) {
		struct sb b;
		const json_t *p;
		size_t i;
		char *t;
		int n = 0;
		if (person_role_find(c->type, *r) == NULL)
			continue;
		sb_init(&b, 4096);
		json_array_foreach(visible ? c->persons : NULL, i, p) {
			const char *role = json_string_value(json_object_get(p, "role"));
			const char *nm = json_string_value(json_object_get(p, "name"));
			if (role && nm && *nm && strcmp(role, *r) == 0) {
				sb_adds(&b, n++ ? "、" : "");
				sb_adds(&b, nm);
			}
		}
		t = sb_finish(&b);
		export_text(x, t ? t : "");
		free(t);
	}
}

void case_export_stmt(struct http_req *r, enum export_format fmt, const char *name,
    struct db_conn *c, struct db_stmt *s, const struct case_type *t)
{
	struct export *x = export_begin(r, fmt, name);
	struct case_export_names *names = case_export_names_new(c);
	struct arena *a = arena_new(ROW_ARENA_BYTES);
	struct export_col *cols = NULL;
	bool own = false;
	int rc;

	/* a type's own columns when it has any to show */
	for (const struct type_field *f = t ? t->fields : NULL; f && f->name; f++)
		own = own || field_exported(f);
	own = own || (t && t->export_roles && t->export_roles[0]);
	if (own && (cols = type_cols(t)) == NULL) {
		db_reset(s);
		goto fail;
	}
	if (x == NULL || names == NULL || a == NULL ||
	    !export_sheet(x, t ? t->name_zh : "案件", t ? t->name_en : "Cases", own ? cols : case_cols)) {
		db_reset(s);
		goto fail;
	}
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec rec;
		/* past the cap the rows are only counted, for the error */
		if (!export_row(x))
			continue;
		arena_reset(a);     /* one row at a time: the request arena would not hold them all */
		/* with the type's columns, its side row too (one indexed read a row) */
		if ((own ? case_row_load(c, s, a, &rec) : case_from_row(s, a, &rec)) != PA_OK)
			continue;
		case_export_cells(x, names, &rec);
		if (own && rec.type == t) {
			bool staff = case_persons_visible(&rec, r->user);
			type_cells(x, c, &rec, staff);
			role_cells(x, &rec, staff);
		}
		case_rec_clear(&rec);
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto fail;
	export_finish(x);
	case_export_names_free(names);
	arena_free(a);
	free(cols);
	return;
fail:
	if (x)
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
	export_abort(x);
	case_export_names_free(names);
	arena_free(a);
	free(cols);
}
