/* support.h — the fixtures the unit tests share: a temporary database (empty, or with the demo
 * data of `pingan init --demo`), the demo users, row counts, the timeline chain, raw edits
 * behind the engine's back, case actions, times and a tiny PNG.
 *
 * Include it after <cmocka.h>. The helpers assert with cmocka, so call them from tests and
 * per-test fixtures; the group fixtures (support_open_db, support_demo_db) only print to
 * stderr and return -1 on failure, as a cmocka group setup must. */
#ifndef PA_TEST_SUPPORT_H
#define PA_TEST_SUPPORT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "auth/auth.h"
#include "db/db.h"
#include "pingan.h"

/* The password of every demo account. */
#define SUPPORT_PASSWORD "demo-pass-123"

/* The timeline MAC key every test database is written with (set by support_open_db). */
extern const unsigned char SUPPORT_TL_KEY[32];

#define SUPPORT_LEN(a) (sizeof (a) / sizeof (a)[0])

/* ------------------------------------------------------------------ databases */

/* A database in a temporary file, opened with the writer thread. */
struct support_db {
	char path[64];
	struct db *db;
	bool events;        /* the event data is seeded: the grid index is freed at the end */
};

/* Creates /tmp/pingan-<tag>-XXXXXX and opens it (DB_OPEN_CREATE) with group_max jobs per
 * commit; quietens the log to errors. Returns 0, or -1 with the reason on stderr. */
int support_open_db(const char *tag, int group_max, struct support_db *out);

/* The same with the demo data (demo_seed, password SUPPORT_PASSWORD, 64 jobs per commit) and,
 * when events is set, the event catalogue and the demo events after it, in the order of
 * `pingan init --demo`. Returns 0, or -1 with the reason on stderr. */
int support_demo_db(const char *tag, bool events, struct support_db *out);

/* Puts the real clock back, closes the database and removes its files (-wal and -shm too). */
void support_free(struct support_db *d);

/* A group teardown for a group setup that left its struct support_db in *state: frees it. */
int support_group_teardown(void **state);

/* The end of a test, as a per-test teardown: puts the real clock back (see support_start). */
int support_end(void **state);

/* ------------------------------------------------------------------ users */

/* Loads the demo user with this login into out (asserting that it exists). */
void support_user(struct db *db, const char *login, struct auth_user *out);

/* One demo user to load: login into *user. */
struct support_login {
	const char *login;
	struct auth_user *user;
};

/* Loads every user of list, up to the entry whose login is NULL. */
void support_users(struct db *db, const struct support_login *list);

/* The start of a test: the real clock, and the users of list (support_users) loaded afresh.
 * Returns 0, for a per-test setup to return. */
int support_start(struct db *db, const struct support_login *list);

/* ------------------------------------------------------------------ rows */

/* The first column of the first row of sql (a COUNT(*)), -1 when there is no row. sql must
 * have static storage: db_prepare caches statements by the address of the string. */
int64_t support_count(struct db *db, const char *sql);

/* The same with ?1 .. ?nints bound to ints and, when text is not NULL, ?(nints + 1) to text. */
int64_t support_count_with(struct db *db, const char *sql, const int64_t *ints, size_t nints,
    const char *text);

/* Asserts that the hash chain of the whole timeline verifies; returns the number of events. */
int64_t support_chain_intact(struct db *db);

/* Opens a raw SQLite connection to the database file, read-write, with a busy timeout. */
struct sqlite3 *support_raw_open(const struct support_db *d);

/* Rewrites one column of one row behind the engine's back: get_sql reads the column of row
 * ?1, set_sql writes ?2 (value, NULL binds NULL) into row ?1 and must change exactly one row.
 * Returns the old text (the caller frees it), NULL for SQL NULL. */
char *support_tamper(struct sqlite3 *h, const char *get_sql, const char *set_sql, int64_t id,
    const char *value);

/* ------------------------------------------------------------------ cases */

/* The allowed_actions of the last refusal of support_act, comma-separated. */
extern char support_last_allowed[256];

/* Takes an action through case_act; fields is JSON text or NULL. The allowed_actions of a
 * refusal are kept in support_last_allowed and the error's extra object is released. */
pa_err support_act(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const char *fields, int64_t version, struct pa_error *err);

/* support_act at any version that must succeed. */
void support_act_ok(struct db *db, const struct auth_user *u, int64_t id, const char *code,
    const char *note, const char *fields);

/* What the tests look at in a stored case. */
struct support_case {
	char status[32];
	int64_t org_id, unit_id, assignee_id, reporter_id, due_at, closed_at, updated_at, version;
	json_t *attrs;          /* owned: support_case_clear */
};

/* Loads case id (asserting that it loads). */
void support_case_load(struct db *db, int64_t id, struct support_case *out);
void support_case_clear(struct support_case *c);

/* ------------------------------------------------------------------ times and bytes */

/* An RFC 3339 time (or a bare date, 00:00 China time) in ms; fails the test on a bad one. */
int64_t support_time(const char *s);

/* Fails unless got is the time want (RFC 3339), showing both. */
void support_assert_time(int64_t got, const char *want);

/* A 1x1 PNG (the same bytes the demo uses for its photo). */
extern const unsigned char support_png[];
extern const size_t support_png_size;

#endif
