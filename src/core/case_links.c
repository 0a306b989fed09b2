/* case_links.c — links between cases (关联案件), for every type: a case that started
 * another, a case made to serve another. A create names the cases it links to
 * ("links": [id, ...]); each must be a case the creator may see. A link is stored once per
 * pair (case_links, a < b) and read both ways; a case's JSON lists the linked cases that the
 * reader may see. */
#include <stdio.h>
#include <string.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../util/util.h"
#include "case.h"

static const char SQL_LINK_VISIBLE[] =
    "SELECT 1 FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.id = ?2 AND " SCOPE_CASE_SQL;

pa_err case_links_check(struct db_conn *c, const struct auth_user *u, const json_t *links,
    struct pa_error *err)
{
	size_t i;
	json_t *v;

	json_array_foreach(links, i, v) {
		struct db_stmt *s;
		char field[32];
		int r;
		snprintf(field, sizeof field, "links[%zu]", i);
		if (!json_is_integer(v) || json_integer_value(v) < 1) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
			    "%s must be a case id", field);
			return PA_ERR_INVALID;
		}
		for (size_t k = 0; k < i; k++)
			if (json_integer_value(json_array_get(links, k)) == json_integer_value(v)) {
				pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
				    "%s names the same case twice", field);
				return PA_ERR_INVALID;
			}
		if ((s = db_prepare(c, SQL_LINK_VISIBLE)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, u->id);
		db_bind_int(s, 2, json_integer_value(v));
		r = db_step(s);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		if (r != DB_ROW) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
			    "%s is not a case that you may see", field);
			return PA_ERR_INVALID;
		}
	}
	return PA_OK;
}

static const char SQL_LINK_PUT[] =
    "INSERT OR IGNORE INTO case_links (a, b, created_by, created_at) VALUES (?1, ?2, ?3, ?4)";

pa_err case_links_insert(struct db_conn *c, int64_t id, const json_t *links, int64_t uid,
    int64_t now)
{
	size_t i;
	json_t *v;

	json_array_foreach(links, i, v) {
		int64_t other = json_integer_value(v);
		struct db_stmt *s;
		pa_err rc;
		if (other == id)
			continue;
		if ((s = db_prepare(c, SQL_LINK_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, other < id ? other : id);
		db_bind_int(s, 2, other < id ? id : other);
		db_bind_int(s, 3, uid);
		db_bind_int(s, 4, now);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		/* the feed knows the link row only by its own rowid: both cases are told */
		db_change_note(c, id);
		db_change_note(c, other);
	}
	return PA_OK;
}

/* The linked cases in the reader's scope, both directions, oldest link first. */
static const char SQL_LINKS_OF[] =
    "SELECT c.id, c.code, c.type, c.title, c.status FROM case_links l "
    "JOIN cases c ON c.id = CASE WHEN l.a = ?2 THEN l.b ELSE l.a END "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE (l.a = ?2 OR l.b = ?2) AND " SCOPE_CASE_SQL " ORDER BY l.created_at, c.id LIMIT ?3";

/* Whether case ?1 has any link: two index probes. Most cases have none, and SQL_LINKS_OF's OR
 * with its ORDER BY makes SQLite build temporary tables before it knows (a fifth of a
 * GET /cases/{id} for a case without links). */
static const char SQL_LINKS_ANY[] =
    "SELECT 1 FROM case_links WHERE a = ?1 UNION ALL SELECT 1 FROM case_links WHERE b = ?1 LIMIT 1";

pa_err case_links_any(struct db_conn *c, int64_t id, bool *any)
{
	struct db_stmt *s = db_prepare(c, SQL_LINKS_ANY);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	db_reset(s);
	*any = r == DB_ROW;
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

pa_err case_links_write(struct db_conn *c, struct sb *b, int64_t id, const struct auth_user *u)
{
	bool any;
	pa_err rc = case_links_any(c, id, &any);

	if (rc != PA_OK)
		return rc;
	if (!any) {
		sb_add(b, "[]", 2);
		return PA_OK;
	}
	return case_links_list(c, b, id, u);
}

pa_err case_links_list(struct db_conn *c, struct sb *b, int64_t id, const struct auth_user *u)
{
	struct db_stmt *s;
	bool first = true;
	int r;

	if ((s = db_prepare(c, SQL_LINKS_OF)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, u ? u->id : 0);
	db_bind_int(s, 2, id);
	db_bind_int(s, 3, LIM_CASE_LINKS_SHOWN);
	sb_add(b, "[", 1);
	while ((r = db_step(s)) == DB_ROW) {
		const struct case_type *t = case_type_find(db_col_text(s, 2));
		const struct wf_status *st = t ? wf_status_find(t, db_col_text(s, 4)) : NULL;
		if (!first)
			sb_add(b, ",", 1);
		first = false;
		sb_adds(b, "{\"id\":");
		sb_json_id(b, db_col_int(s, 0));
		sb_adds(b, ",\"code\":");
		sb_json_str(b, db_col_text(s, 1));
		sb_adds(b, ",\"type\":");
		sb_json_str(b, db_col_text(s, 2));
		sb_adds(b, ",\"type_name\":");
		sb_json_str(b, t ? t->name_zh : NULL);
		sb_adds(b, ",\"title\":");
		sb_json_str(b, db_col_text(s, 3));
		sb_adds(b, ",\"status\":");
		sb_json_str(b, db_col_text(s, 4));
		sb_adds(b, ",\"status_name\":");
		sb_json_str(b, st ? st->name_zh : NULL);
		sb_add(b, "}", 1);
	}
	db_reset(s);
	sb_add(b, "]", 1);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}
