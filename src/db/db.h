/* db.h — the only SQL surface of Pingan.
 *
 * Modules keep their SQL as static const strings next to their code and run them through
 * these calls with bound parameters; nothing else includes sqlite3.h. The SQL is portable
 * (standard types, ||, substr, COALESCE) so that a PostgreSQL driver can implement this same
 * header later.
 *
 * Writes: one writer thread owns the write connection. db_write() queues a job and blocks
 * until the group it ran in has committed (group commit, DESIGN.md §4). Each job runs inside
 * its own savepoint, so a job that fails rolls back alone and its group still commits.
 * Reads: db_reader() gives each thread its own connection.
 */
#ifndef PA_DB_H
#define PA_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
struct db_conn;
struct db_stmt;

enum db_open_mode {
	DB_OPEN_EXISTING,   /* fail if the file is missing or not a Pingan database */
	DB_OPEN_CREATE,     /* create or migrate (pingan init) */
};

struct db_options {
	int group_max;      /* jobs per commit; 1 = every write commits alone */
	bool no_writer;     /* CLI use: db_write runs inline on the caller's thread */
};

/* Opens the database. On failure writes a one-line reason into err. */
pa_err db_open(const char *path, enum db_open_mode mode, const struct db_options *opt,
    struct db **out, char *err, size_t errlen);
void db_close(struct db *db);
int db_schema_version(struct db *db);
int db_schema_latest(void);

/* Whether the writer waits for the disk at each commit (synchronous FULL, the default) or not
 * (OFF): only for filling a new database that is rebuilt if interrupted (init --demo), and only
 * without a writer thread (no_writer). */
pa_err db_sync(struct db *db, bool full);

/* The calling thread's read connection (opened on first use, closed by db_close). */
struct db_conn *db_reader(struct db *db);

/* Wraps the calling thread's reads in one read transaction (one snapshot, one lock cycle
 * instead of one per statement). db_write() ends it, so reads after a write see the write. */
void db_read_begin(struct db *db);
void db_read_end(struct db *db);

typedef pa_err (*db_write_fn)(struct db_conn *c, void *ctx);
/* Runs fn on the writer connection in a transaction; returns after commit. */
pa_err db_write(struct db *db, db_write_fn fn, void *ctx);
/* Queues fn and returns at once; ctx is freed with free() after it ran. For best-effort
 * bookkeeping such as session last-seen times. */
void db_write_async(struct db *db, db_write_fn fn, void *ctx);
/* Copies the whole WAL into the database file and truncates the WAL to zero bytes (old frames
 * with overwritten values go); from the calling thread's reader, between writes. Busy with
 * other readers in a transaction: PA_ERR_DB, nothing lost. */
pa_err db_checkpoint_truncate(struct db *db);
/* Whether a reader maps the file (the default) or reads pages with pread(). A mapped reader
 * drops its whole mapping at the first read transaction after any write (SQLite unmaps when
 * the WAL changed) and faults every page in again: cheap for a request that reads a few pages
 * between writes, dear for a loop of read transactions each after a write job (the SLA pass:
 * 240 -> 40 ms of CPU for 2,048 warnings at 1,000,000 cases). */
pa_err db_reader_mmap(struct db_conn *c, bool on);

/* Prepared statements, cached per connection by the address of the SQL string, so sql must
 * be a string with static storage. The statement comes back reset with bindings cleared. */
struct db_stmt *db_prepare(struct db_conn *c, const char *sql);
void db_bind_int(struct db_stmt *s, int idx, int64_t v);
void db_bind_double(struct db_stmt *s, int idx, double v);
void db_bind_text(struct db_stmt *s, int idx, const char *v);   /* NULL binds NULL */
void db_bind_blob(struct db_stmt *s, int idx, const void *v, size_t n);
void db_bind_null(struct db_stmt *s, int idx);

enum { DB_ROW = 1, DB_DONE = 0, DB_FAIL = -1 };
int db_step(struct db_stmt *s);
bool db_col_null(struct db_stmt *s, int col);
int64_t db_col_int(struct db_stmt *s, int col);
double db_col_double(struct db_stmt *s, int col);
const char *db_col_text(struct db_stmt *s, int col);    /* valid until the next step/reset */
/* An integer column in one call: false (and *v untouched) when it is NULL. (It reads the
 * row's value unprotected: a connection is used by one thread at a time.) */
bool db_col_intn(struct db_stmt *s, int col, int64_t *v);
/* A text column with its length in bytes (no strlen; NULL for a NULL value). */
const char *db_col_textn(struct db_stmt *s, int col, size_t *n);
const void *db_col_blob(struct db_stmt *s, int col, size_t *n);
void db_reset(struct db_stmt *s);

/* Runs a statement that returns no rows to completion; resets it. */
pa_err db_run(struct db_stmt *s);
int64_t db_last_id(struct db_conn *c);
int db_changes(struct db_conn *c);
/* Executes static SQL text (schema, pragmas). */
pa_err db_exec(struct db_conn *c, const char *sql);
const char *db_errmsg(struct db_conn *c);
/* Checks the file's internal consistency (SQLite quick_check); msg gets the first problem. */
pa_err db_check_integrity(struct db_conn *c, char *msg, size_t n);
/* Writes one JSON object {"table": "hex", ...} to out: a BLAKE2b hash of each table's rows in
 * rowid order (types and values of every column), for tests that must show that a refused
 * request changed nothing (`pingan db-fingerprint`). Reads only; the server may be running. */
pa_err db_fingerprint(struct db_conn *c, FILE *out);
/* True when the last failure was a uniqueness violation. */
bool db_is_constraint(struct db_conn *c);

/* The change feed (变更通知), for caches of rendered data above db: the writer reports the rows
 * its transactions changed. classify(table) says what a change of a row of table means:
 * DB_CHANGE_IGNORE (nothing cached reads it), DB_CHANGE_ROW (the table's rowid is the key of a
 * cached item: that item goes) or DB_CHANGE_ALL (everything cached may read it: all goes),
 * possibly depending on the operation (op, below). It
 * runs on the writer thread inside the write, for every changed row, so it must be quick.
 * After the transaction ends (committed or rolled back: dropping too much is harmless) and
 * before any of its callers learns that its write is done, apply gets the group's change
 * sequence number seq (db_change_seq counts up by one per group with changes), the rowids of
 * DB_CHANGE_ROW changes (n of them) and all = true when some change was DB_CHANGE_ALL or the
 * group changed more than DB_CHANGE_ROWS_MAX rows. SQLite reports no changes to WITHOUT ROWID
 * tables, and the hook watches only this process's writer: a commit by another process (the
 * CLI on a live database, the sqlite3 shell) is noticed through the writer's PRAGMA
 * data_version at its next group or within DB_FOREIGN_CHECK_MS when idle, and published as
 * all (with a writer thread only). Set once, before db_open; db_open calls apply(all) once. */
enum db_change { DB_CHANGE_IGNORE, DB_CHANGE_ROW, DB_CHANGE_ALL };
/* What happened to the row. An UPDATE or DELETE of a row the same transaction inserted is
 * classified as its INSERT (nothing cached can have read a row no commit has shown: a new
 * person is inserted, then sealed under its id), for up to DB_CHANGE_FRESH_MAX such rows (a
 * new person is two: its row and its link; past the bound a later change counts for all). */
enum db_op { DB_OP_INSERT, DB_OP_UPDATE, DB_OP_DELETE };
typedef enum db_change (*db_change_class_fn)(enum db_op op, const char *table);
typedef void (*db_change_apply_fn)(uint64_t seq, const int64_t *rowids, size_t n, bool all);
#define DB_CHANGE_ROWS_MAX 4096
/* rows inserted in one group commit whose later change would count for more: a new person is
 * two (its row and its link), a timeline event and a link between cases one each (their
 * writers note the case); 1,024 holds a group of 64 jobs with several of each. Past it a later
 * change of such a row in the same commit drops all (speed only, nothing stale). */
#define DB_CHANGE_FRESH_MAX 1024
void db_change_watch(db_change_class_fn classify, db_change_apply_fn apply);
/* Inside a write job on c (the writer): notes a DB_CHANGE_ROW change of key rowid that the
 * hook cannot name, e.g. a case whose persons a link row (case_persons, its own rowid)
 * changed. Nothing when no watcher is set. */
void db_change_note(struct db_conn *c, int64_t rowid);
/* The change sequence a reader of c may rely on: data cached from what c reads now is only
 * as new as this (the number before c's read transaction began, or the current one when none
 * is open). A cache fills an item only if nothing changed it after that number. */
uint64_t db_change_seq(struct db_conn *c);
/* Full-text tokenizer (全文检索分词). The driver knows how to plug a tokenizer into its
 * full-text index (SQLite: an FTS5 tokenizer through the fts5_api); the upper layers supply
 * the tokenizing function, so db depends on nothing above it. emit gets each token: flags
 * DB_TOKEN_COLOCATED when it shares the previous token's position, the token bytes, and the
 * byte range it came from. query is true when the text is a search expression's string (the
 * tokenizer may then give a phrase form) and false for stored text and highlighting. */
#define DB_TOKEN_COLOCATED 0x1
typedef int (*db_token_fn)(void *ctx, int flags, const char *tok, size_t len, size_t start,
    size_t end);
typedef int (*db_tokenize_fn)(const char *text, size_t len, bool query, db_token_fn emit,
    void *ctx);
/* Registers fn as tokenizer `name` on every connection opened from now on (the writer, so
 * that migrations can create the index, and every reader). Call once before db_open. */
void db_fts_tokenizer(const char *name, db_tokenize_fn fn);

/* The scope predicate of list statements (范围). SQL pa_scope(U, a[, b]) is 1 when fn holds
 * for the user U and path a, or path b (a NULL path never does); U is a user bound with
 * db_bind_user, opaque to db. A statement run without U bound fails with an error: a list
 * is never silently empty. The auth layer registers its rule (scope_covers) once, before any
 * connection opens, so that lists test each row in C with no query per row. */
/* The pointer stays bound in the cached statement after the request: safe because every use
 * of a statement goes through db_prepare, which clears its bindings. */
typedef bool (*db_scope_fn)(const void *user, const char *path);
void db_scope_predicate(db_scope_fn fn);
void db_bind_user(struct db_stmt *s, int idx, const void *user);

#endif
