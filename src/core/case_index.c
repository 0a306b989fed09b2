/* case_index.c — what the full-text index (全文检索索引, table case_fts of migration 007) holds
 * for each case, and the SQL that keeps it in step with the case.
 *
 * The searchable text of a case is computed on a reader before a write (hooks and category
 * names are C, the writer runs SQL only); the engine's write jobs (create, act, comment,
 * update) then write the index row in the same transaction as the case. The tokenizer itself
 * lives in src/search/ and is plugged into the database by the db layer. Personal data is never
 * part of the text: only the fields a type marks TF_SEARCH, or what its search_text hook gives. */
#include "case.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

#define INDEX_TEXT_MAX   (64 * 1024)   /* the searchable text of one case, bytes */
#define INDEX_FILL_BATCH 500           /* cases per write job of case_index_fill */

/* Appends s and a newline (nothing for NULL or empty). */
static void add_line(struct sb *b, const char *s)
{
	if (s && *s) {
		sb_adds(b, s);
		sb_add(b, "\n", 1);
	}
}

pa_err case_search_text(struct db_conn *conn, const struct case_rec *c, char **out)
{
	const struct case_type *t = c->type;
	struct sb b;
	char cat[128];

	*out = NULL;
	sb_init(&b, INDEX_TEXT_MAX);
	/* the category's name in both languages (a code means nothing to a person searching,
	 * and an English reader searches by the English name) */
	if (c->category && *c->category) {
		if (t->category_name && conn && t->category_name(conn, c->category, false, cat,
		    sizeof cat)) {
			add_line(&b, cat);
			if (t->category_name(conn, c->category, true, cat, sizeof cat))
				add_line(&b, cat);
		} else {
			add_line(&b, c->category);
		}
	}
	if (t->search_text) {
		t->search_text(c, &b);
	} else {
		add_line(&b, c->title);
		add_line(&b, c->body);
		add_line(&b, c->address);
		for (const struct type_field *f = t->fields; f && f->name; f++) {
			json_t *v;
			if (!(f->flags & TF_SEARCH))
				continue;
			v = json_object_get(c->attrs, f->name);
			if (!json_is_string(v))
				continue;
			if (f->kind == TF_CHOICE) {
				add_line(&b, tf_choice_name(f, json_string_value(v), 0));
				add_line(&b, tf_choice_name(f, json_string_value(v), 1));
			} else {
				add_line(&b, json_string_value(v));
			}
		}
	}
	if (b.failed) {
		/* longer than the cap: index what fits rather than nothing */
		b.failed = false;
	}
	*out = sb_finish(&b);
	return *out ? PA_OK : PA_ERR_NOMEM;
}

static const char SQL_FTS_PUT[] =
    "INSERT OR REPLACE INTO case_fts (rowid, text, notes) VALUES (?1, ?2, ?3)";
static const char SQL_FTS_TEXT[] = "UPDATE case_fts SET text = ?2 WHERE rowid = ?1";
static const char SQL_FTS_NOTE[] =
    "UPDATE case_fts SET notes = CASE WHEN notes IS NULL OR notes = '' THEN ?2 "
    "ELSE notes || char(10) || ?2 END WHERE rowid = ?1";

pa_err case_index_put(struct db_conn *w, int64_t id, const char *text, const char *notes)
{
	struct db_stmt *s = db_prepare(w, SQL_FTS_PUT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, text ? text : "");
	db_bind_text(s, 3, notes ? notes : "");
	return db_run(s);
}

pa_err case_index_text(struct db_conn *w, int64_t id, const char *text)
{
	struct db_stmt *s = db_prepare(w, SQL_FTS_TEXT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, text ? text : "");
	return db_run(s);
}

pa_err case_index_note(struct db_conn *w, int64_t id, const char *note)
{
	struct db_stmt *s;

	if (note == NULL || *note == '\0')
		return PA_OK;
	if ((s = db_prepare(w, SQL_FTS_NOTE)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, note);
	return db_run(s);
}

/* ------------------------------------------------------------------ fill */

static const char SQL_FILL_FROM[] = "SELECT fill_from FROM search_state WHERE id = 1";
static const char SQL_FILL_SET[] = "UPDATE search_state SET fill_from = ?1 WHERE id = 1";
static const char SQL_FILL_IDS[] =
    "SELECT id FROM cases WHERE id <= ?1 ORDER BY id DESC LIMIT ?2";
static const char SQL_FILL_NOTES[] =
    "SELECT note FROM timeline WHERE case_id = ?1 AND kind = 'comment' AND note IS NOT NULL "
    "ORDER BY seq";

struct fill_job {
	int n;
	int64_t ids[INDEX_FILL_BATCH];
	char *text[INDEX_FILL_BATCH], *notes[INDEX_FILL_BATCH];
	int64_t next_from;          /* fill_from after this batch */
};

static pa_err fill_run(struct db_conn *w, void *ctx)
{
	struct fill_job *j = ctx;
	struct db_stmt *s;
	pa_err rc;

	for (int i = 0; i < j->n; i++)
		if ((rc = case_index_put(w, j->ids[i], j->text[i], j->notes[i])) != PA_OK)
			return rc;
	if ((s = db_prepare(w, SQL_FILL_SET)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->next_from);
	return db_run(s);
}

/* The comments of case id, one per line; caller frees. */
static char *fill_notes(struct db_conn *rd, int64_t id)
{
	struct db_stmt *s = db_prepare(rd, SQL_FILL_NOTES);
	struct sb b;

	if (s == NULL)
		return NULL;
	sb_init(&b, INDEX_TEXT_MAX);
	db_bind_int(s, 1, id);
	while (db_step(s) == DB_ROW) {
		if (b.len)
			sb_add(&b, "\n", 1);
		sb_adds(&b, db_col_text(s, 0));
	}
	db_reset(s);
	b.failed = false;   /* over the cap: what fits */
	return sb_finish(&b);
}

pa_err case_index_fill(struct db *db, FILE *progress)
{
	struct db_conn *rd = db_reader(db);
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct fill_job *j = calloc(1, sizeof *j);
	struct db_stmt *s;
	int64_t from = 0, done = 0;
	pa_err rc = PA_OK;

	if (rd == NULL || a == NULL || j == NULL) {
		rc = rd == NULL ? PA_ERR_DB : PA_ERR_NOMEM;
		goto out;
	}
	if ((s = db_prepare(rd, SQL_FILL_FROM)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	if (db_step(s) == DB_ROW)
		from = db_col_int(s, 0);
	db_reset(s);
	while (from > 0 && rc == PA_OK) {
		int64_t ids[INDEX_FILL_BATCH];
		int n = 0, r;
		if ((s = db_prepare(rd, SQL_FILL_IDS)) == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, from);
		db_bind_int(s, 2, INDEX_FILL_BATCH);
		while (n < INDEX_FILL_BATCH && (r = db_step(s)) == DB_ROW)
			ids[n++] = db_col_int(s, 0);
		db_reset(s);
		j->n = 0;
		for (int i = 0; i < n && rc == PA_OK; i++) {
			struct case_rec c = { 0 };
			if ((rc = case_load(rd, a, ids[i], &c)) != PA_OK)
				break;
			rc = case_search_text(rd, &c, &j->text[j->n]);
			if (rc == PA_OK && (j->notes[j->n] = fill_notes(rd, ids[i])) == NULL)
				rc = PA_ERR_NOMEM;
			j->ids[j->n++] = ids[i];
			case_rec_clear(&c);
			arena_reset(a);
		}
		j->next_from = n == INDEX_FILL_BATCH ? ids[n - 1] - 1 : 0;
		if (rc == PA_OK)
			rc = db_write(db, fill_run, j);
		for (int i = 0; i < j->n; i++) {
			free(j->text[i]);
			free(j->notes[i]);
			j->text[i] = j->notes[i] = NULL;
		}
		done += n;
		from = j->next_from;
		if (progress && done % (INDEX_FILL_BATCH * 200) == 0 && n)
			fprintf(progress, "  search index: %lld cases\n", (long long)done);
	}
	if (progress && done && rc == PA_OK)
		fprintf(progress, "  search index: %lld cases indexed\n", (long long)done);
out:
	free(j);
	arena_free(a);
	return rc;
}
