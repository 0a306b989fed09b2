/* support.c — the fixtures the unit tests share (see support.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support.h"

#include "core/case.h"
#include "modules/demo.h"
#include "modules/event.h"
#include "modules/modules.h"
#include "org/grids.h"
#include "util/keys.h"
#include "util/util.h"

/* ------------------------------------------------------------------ databases */

int support_open_db(const char *tag, int group_max, struct support_db *out)
{
	struct db_options opt = { .group_max = group_max };
	char err[256];
	int fd;

	log_set_level(LOG_ERROR);
	tl_key_set(SUPPORT_TL_KEY);
	{
		/* the persons registry's keys: generation 0 from a fixed master */
		struct pa_keys k;
		memset(&k, 0, sizeof k);
		memcpy(k.master, SUPPORT_TL_KEY, sizeof k.master);
		person_keys_set(&k);
	}
	modules_init();
	sla_calendar_changed();     /* a new database: its own holidays */
	memset(out, 0, sizeof *out);
	snprintf(out->path, sizeof out->path, "/tmp/pingan-%s-XXXXXX", tag);
	if ((fd = mkstemp(out->path)) < 0)
		return -1;
	close(fd);
	if (db_open(out->path, DB_OPEN_CREATE, &opt, &out->db, err, sizeof err) != PA_OK) {
		fprintf(stderr, "db_open: %s\n", err);
		return -1;
	}
	return 0;
}

static pa_err seed_catalog(struct db_conn *c, void *ctx)
{
	(void)ctx;
	return catalog_seed(c);
}

int support_demo_db(const char *tag, bool events, struct support_db *out)
{
	FILE *devnull;
	pa_err rc;

	if (support_open_db(tag, 64, out) != 0)
		return -1;
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		return -1;
	rc = demo_seed(out->db, SUPPORT_PASSWORD, devnull);
	fclose(devnull);
	if (rc != PA_OK) {
		fprintf(stderr, "demo_seed: %d\n", rc);
		return -1;
	}
	/* the front desk and the board posts; with events the catalogue and the grid events too,
	 * all from the demo's one time-ordered job list */
	if (events) {
		out->events = true;
		if ((rc = db_write(out->db, seed_catalog, NULL)) != PA_OK) {
			fprintf(stderr, "catalog_seed: %d\n", rc);
			return -1;
		}
	}
	if ((rc = demo_history_seed(out->db, DEMO_DESK | DEMO_POSTS | (events ? DEMO_EVENTS :
	    0))) != PA_OK) {
		fprintf(stderr, "demo_history_seed: %d\n", rc);
		return -1;
	}
	return 0;
}

void support_free(struct support_db *d)
{
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	char p[96];

	clock_set(NULL);
	if (d->events)
		grids_index_free();
	db_close(d->db);
	d->db = NULL;
	for (size_t i = 0; i < SUPPORT_LEN(suffixes); i++) {
		snprintf(p, sizeof p, "%s%s", d->path, suffixes[i]);
		unlink(p);
	}
}

int support_group_teardown(void **state)
{
	support_free(*state);
	return 0;
}

int support_end(void **state)
{
	(void)state;
	clock_set(NULL);
	return 0;
}

/* ------------------------------------------------------------------ users */

void support_user(struct db *db, const char *login, struct auth_user *out)
{
	struct db_conn *c = db_reader(db);
	int64_t id;

	assert_non_null(c);
	id = auth_user_id_by_login(c, login);
	if (id <= 0)
		fail_msg("demo user %s missing", login);
	assert_int_equal(auth_user_load(c, id, out), PA_OK);
	assert_int_equal(out->id, id);
}

void support_users(struct db *db, const struct support_login *list)
{
	for (; list->login; list++)
		support_user(db, list->login, list->user);
}

int support_start(struct db *db, const struct support_login *list)
{
	clock_set(NULL);
	support_users(db, list);
	return 0;
}

/* ------------------------------------------------------------------ rows */

int64_t support_count_with(struct db *db, const char *sql, const int64_t *ints, size_t nints,
    const char *text)
{
	struct db_stmt *s = db_prepare(db_reader(db), sql);
	int64_t n = -1;

	assert_non_null(s);
	for (size_t i = 0; i < nints; i++)
		db_bind_int(s, (int)i + 1, ints[i]);
	if (text)
		db_bind_text(s, (int)nints + 1, text);
	if (db_step(s) == DB_ROW)
		n = db_col_int(s, 0);
	db_reset(s);
	return n;
}

int64_t support_count(struct db *db, const char *sql)
{
	return support_count_with(db, sql, NULL, 0, NULL);
}

const unsigned char SUPPORT_TL_KEY[32] = "pingan unit tests: timeline key";

int64_t support_chain_intact(struct db *db)
{
	struct tl_audit a = { 0 };

	assert_int_equal(tl_verify(db_reader(db), &a), PA_OK);
	if (a.findings != 0)
		fail_msg("timeline broken: %s", a.first);
	return a.events;
}

struct sqlite3 *support_raw_open(const struct support_db *d)
{
	sqlite3 *h = NULL;

	assert_int_equal(sqlite3_open_v2(d->path, &h, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(h, 10000);
	return h;
}

char *support_tamper(struct sqlite3 *h, const char *get_sql, const char *set_sql, int64_t id,
    const char *value)
{
	sqlite3_stmt *st;
	char *old = NULL;

	assert_int_equal(sqlite3_prepare_v2(h, get_sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	if (sqlite3_column_type(st, 0) != SQLITE_NULL)
		old = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(h, set_sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	if (value)
		sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 2);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	assert_int_equal(sqlite3_changes(h), 1);
	sqlite3_finalize(st);
	return old;
}

/* ------------------------------------------------------------------ cases */

char support_last_allowed[256];

pa_err support_act(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const char *fields, int64_t version, struct pa_error *err)
{
	json_error_t je;
	json_t *f = fields ? json_loads(fields, 0, &je) : NULL;
	pa_err rc;

	if (fields && f == NULL)
		fail_msg("bad fields in test: %s", fields);
	memset(err, 0, sizeof *err);
	support_last_allowed[0] = '\0';
	rc = case_act(db, u, id, code, note, f, version, err);
	json_decref(f);
	if (err->extra) {
		json_t *arr = json_object_get(err->extra, "allowed_actions"), *v;
		size_t i, len = 0;
		char *out = support_last_allowed;
		size_t n = sizeof support_last_allowed;
		json_array_foreach(arr, i, v)
			len += (size_t)snprintf(out + len, n - len, "%s%s", i ? "," : "",
			    json_string_value(v));
		json_decref(err->extra);
		err->extra = NULL;
	}
	return rc;
}

void support_act_ok(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const char *fields)
{
	struct pa_error err;
	pa_err rc = support_act(db, u, id, code, note, fields, -1, &err);

	if (rc != PA_OK)
		fail_msg("%s by %s: %d %s %s", code, u->login, rc, err.code ? err.code : "",
		    err.message);
}

void support_case_load(struct db *db, int64_t id, struct support_case *out)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c;

	memset(out, 0, sizeof *out);
	assert_non_null(a);
	assert_int_equal(case_load(db_reader(db), a, id, &c), PA_OK);
	snprintf(out->status, sizeof out->status, "%s", c.status);
	out->org_id = c.org_id;
	out->unit_id = c.unit_id;
	out->assignee_id = c.assignee_id;
	out->reporter_id = c.reporter_id;
	out->due_at = c.due_at;
	out->closed_at = c.closed_at;
	out->updated_at = c.updated_at;
	out->version = c.version;
	out->attrs = json_deep_copy(c.attrs);
	/* the running stage lives in the case row; tests read it beside the type's fields */
	json_object_set_new(out->attrs, "stage", c.stage ? json_string(c.stage) : json_null());
	json_object_set_new(out->attrs, "stage_started_at", json_integer(c.stage_started_at));
	json_object_set_new(out->attrs, "warn", json_string(c.warn ? c.warn : "normal"));
	case_rec_clear(&c);
	arena_free(a);
}

void support_case_clear(struct support_case *c)
{
	json_decref(c->attrs);
	c->attrs = NULL;
}

/* ------------------------------------------------------------------ times and bytes */

int64_t support_time(const char *s)
{
	int64_t ms;

	if (!time_parse(s, &ms))
		fail_msg("bad time in test: %s", s);
	return ms;
}

void support_assert_time(int64_t got, const char *want)
{
	char g[TIME_STR_MAX];
	int64_t w = support_time(want);

	if (got != w) {
		time_format(got, g);
		fail_msg("got %s (%lld), expected %s (%lld)", g, (long long)got, want,
		    (long long)w);
	}
}

/* The chunks of the file, one a line: signature, IHDR (1x1, 8-bit RGB), IDAT, IEND. */
const unsigned char support_png[] =
    "\x89PNG\r\n\x1a\n"
    "\0\0\0\x0dIHDR" "\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0" "\x90\x77\x53\xde"
    "\0\0\0\x0cIDAT" "\x08\xd7\x63\xf8\xcf\xc0\0\0\x03\x01\x01\0" "\x18\xdd\x8d\xb0"
    "\0\0\0\0IEND" "\xae\x42\x60\x82";
const size_t support_png_size = sizeof support_png - 1;
