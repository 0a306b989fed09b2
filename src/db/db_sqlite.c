/* db_sqlite.c — the SQLite driver behind db.h: connections, statement cache, migrations,
 * and the writer thread with group commit. */
#include "db.h"

#include <errno.h>
#include <stdatomic.h>
#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../util/embed.h"
#include "../util/util.h"

#define DB_APPLICATION_ID 0x50414E31   /* "PAN1": marks a Pingan database */
#define DB_STMT_CACHE     256          /* first size per connection; power of two; grows */
#define DB_BUSY_TIMEOUT_MS 10000
/* Readers map the file (up to this many bytes) instead of copying each page through read():
 * each thread's connection keeps only a small page cache, so a query that touches pages spread
 * over the file (a rare word's matches, one case among millions) paid a system call per page;
 * measured at 1,000,000 cases, a search's first page went from 8-15 ms to 1.3 ms (p50).
 * Address space only: every reader maps the same file pages. */
#define DB_READER_MMAP_BYTES "1073741824"
#define DB_READERS_MAX    (LIM_CONNECTIONS + LIM_THREADS_MAX + 8)
/* How often an idle writer looks for a commit by another process (PRAGMA data_version), so
 * that the change feed drops everything a cache kept from before it: the staleness bound of
 * a foreign write (the sqlite3 shell; a second server is refused by `pingan serve`). */
#define DB_FOREIGN_CHECK_MS 1000

struct db_conn {
	sqlite3 *h;
	struct db *owner;    /* for a reader: the database it reads */
	struct db_conn *next_reader;
	bool in_read;        /* a read transaction of db_read_begin is open */
	uint64_t snap_seq;   /* the change sequence when that transaction began */
	bool held;           /* db_read_end's COMMIT left a snapshot open (a statement not reset):
	                      * what c reads may be older than any sequence number (0) */
	/* prepared statements keyed by the address of their SQL text: an open-addressing table
	 * that doubles at three quarters full, so no module count ever reaches a ceiling */
	struct stmt_slot {
		const char *sql;
		sqlite3_stmt *st;
	} *cache;
	size_t ncache, cap;
};

struct db_stmt;   /* is an sqlite3_stmt: the cast keeps sqlite3.h out of modules */
#define ST(s) ((sqlite3_stmt *)(s))

struct job {
	db_write_fn fn;
	void *ctx;
	bool async;
	bool done;
	pa_err result;
	pthread_cond_t cond;
	struct job *next;
};

struct db {
	char *path;
	struct db_options opt;
	struct db_conn *writer;
	/* writer thread */
	pthread_t thread;
	bool running, stopping;
	pthread_mutex_t mu;
	pthread_cond_t wake;
	struct job *head, *tail;
	/* checkpoint thread: its own connection, woken by the writer's WAL hook */
	pthread_t ckpt_thread;
	bool ckpt_running, ckpt_want;
	pthread_cond_t ckpt_wake;
	struct db_conn *ckpt;
	/* readers (in readers_live), counted against DB_READERS_MAX */
	pthread_mutex_t rmu;
	int nreaders;
	pthread_key_t reader_key;
	/* the change feed: rows the writer's current transaction changed (db_change_watch) */
	int64_t *chg_rows;
	size_t chg_n;
	bool chg_all;
	/* rows inserted by the current transaction whose INSERT class differs from their
	 * UPDATE/DELETE class (a later change of them in it is classified as the INSERT) */
	struct fresh_row {
		const char *table;
		int64_t rowid;
	} chg_fresh[DB_CHANGE_FRESH_MAX];
	size_t chg_nfresh;
	int64_t data_version;   /* the writer's PRAGMA data_version when last looked at */
};

/* ------------------------------------------------------------------ full-text tokenizer */

/* One tokenizer for the process (db_fts_tokenizer), registered on each connection as it
 * opens. FTS5's interface: a factory (xCreate) makes an instance per table; xTokenize calls
 * back once per token. Our instances hold nothing, so the factory returns the function. */
static const char *fts_name;
static db_tokenize_fn fts_fn;

void db_fts_tokenizer(const char *name, db_tokenize_fn fn)
{
	fts_name = name;
	fts_fn = fn;
}

static int fts_create(void *pctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	*out = (Fts5Tokenizer *)&fts_fn;   /* any non-NULL handle: there is no state */
	return SQLITE_OK;
}

static void fts_delete(Fts5Tokenizer *t)
{
}

/* Carries FTS5's token callback through our db_token_fn. */
struct fts_call {
	void *ctx;
	int (*xtoken)(void *, int, const char *, int, int, int);
};

static int fts_emit(void *ctx, int flags, const char *tok, size_t len, size_t start,
    size_t end)
{
	struct fts_call *f = ctx;

	return f->xtoken(f->ctx, (flags & DB_TOKEN_COLOCATED) ? FTS5_TOKEN_COLOCATED : 0, tok,
	    (int)len, (int)start, (int)end);
}

static int fts_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int n,
    int (*xtoken)(void *, int, const char *, int, int, int))
{
	struct fts_call f = { ctx, xtoken };

	/* highlight() and snippet() (FTS5_TOKENIZE_AUX) must see the stored form */
	return fts_fn(text, n > 0 ? (size_t)n : 0, (flags & FTS5_TOKENIZE_QUERY) != 0, fts_emit, &f);
}

/* Registers the process's tokenizer on connection h; SQLITE_OK when there is none. */
static int fts_register(sqlite3 *h)
{
	static fts5_tokenizer tok = { fts_create, fts_delete, fts_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	int rc;

	if (fts_fn == NULL)
		return SQLITE_OK;
	if ((rc = sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &st, NULL)) != SQLITE_OK)
		return rc;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	rc = sqlite3_finalize(st);
	if (rc != SQLITE_OK || api == NULL || api->iVersion < 2)
		return rc != SQLITE_OK ? rc : SQLITE_ERROR;
	return api->xCreateTokenizer(api, fts_name, NULL, &tok, NULL);
}

/* ------------------------------------------------------------------ scope predicate */

/* The pointer type of a bound user (sqlite3_bind_pointer: only pa_scope can read it). */
#define DB_USER_PTR "pingan_user"
static db_scope_fn scope_fn;

void db_scope_predicate(db_scope_fn fn)
{
	scope_fn = fn;
}

void db_bind_user(struct db_stmt *s, int idx, const void *user)
{
	sqlite3_bind_pointer(ST(s), idx, (void *)user, DB_USER_PTR, NULL);
}

static void scope_sql(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const void *u = sqlite3_value_pointer(argv[0], DB_USER_PTR);

	if (u == NULL || scope_fn == NULL) {
		sqlite3_result_error(cx, "pa_scope: no user bound", -1);
		return;
	}
	for (int i = 1; i < argc; i++) {
		const unsigned char *p = sqlite3_value_text(argv[i]);
		if (p && scope_fn(u, (const char *)p)) {
			sqlite3_result_int(cx, 1);
			return;
		}
	}
	sqlite3_result_int(cx, 0);
}

/* pa_scope with one or two paths; direct only (not from triggers or views). */
static int scope_register(sqlite3 *h)
{
	int rc = sqlite3_create_function_v2(h, "pa_scope", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY,
	    NULL, scope_sql, NULL, NULL, NULL);

	return rc != SQLITE_OK ? rc : sqlite3_create_function_v2(h, "pa_scope", 3,
	    SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL, scope_sql, NULL, NULL, NULL);
}

/* ------------------------------------------------------------------ connections */

static pa_err conn_open(const char *path, int flags, bool reader, struct db_conn **out,
    char *err, size_t errlen)
{
	struct db_conn *c = calloc(1, sizeof *c);
	pa_err rc = PA_ERR_DB;

	if (c == NULL)
		return PA_ERR_NOMEM;
	if (sqlite3_open_v2(path, &c->h, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "cannot open database %s: %s", path,
		    c->h ? sqlite3_errmsg(c->h) : "out of memory");
		goto out;
	}
	sqlite3_extended_result_codes(c->h, 1);
	sqlite3_busy_timeout(c->h, DB_BUSY_TIMEOUT_MS);
	if (fts_register(c->h) != SQLITE_OK) {
		snprintf(err, errlen, "cannot register the full-text tokenizer on %s: %s", path,
		    sqlite3_errmsg(c->h));
		goto out;
	}
	if (scope_register(c->h) != SQLITE_OK) {
		snprintf(err, errlen, "cannot register the scope predicate on %s: %s", path,
		    sqlite3_errmsg(c->h));
		goto out;
	}
	/* the writer zeroes what it deletes (secure_delete): a cleared or overwritten value (an
	 * old caller name, a re-sealed person) does not linger in free pages or cell gaps */
	if (db_exec(c, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;") != PA_OK ||
	    (!reader && db_exec(c, "PRAGMA secure_delete=ON;") != PA_OK) ||
	    (reader && db_exec(c, "PRAGMA query_only=1; PRAGMA cache_size=-512; "
	    "PRAGMA mmap_size=" DB_READER_MMAP_BYTES ";") != PA_OK)) {
		snprintf(err, errlen, "cannot use database %s: %s", path, sqlite3_errmsg(c->h));
		goto out;
	}
	*out = c;
	c = NULL;
	rc = PA_OK;
out:
	if (c) {
		sqlite3_close(c->h);
		free(c);
	}
	return rc;
}

static void conn_close(struct db_conn *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->cap; i++)
		sqlite3_finalize(c->cache[i].st);
	free(c->cache);
	sqlite3_close(c->h);
	free(c);
}

static size_t slot_of(const struct stmt_slot *tab, size_t cap, const char *sql)
{
	size_t k = ((uintptr_t)sql >> 4) & (cap - 1);

	while (tab[k].sql != NULL && tab[k].sql != sql)
		k = (k + 1) & (cap - 1);
	return k;
}

/* Doubles the cache (or makes its first table); false when out of memory. */
static bool cache_grow(struct db_conn *c)
{
	size_t cap = c->cap ? c->cap * 2 : DB_STMT_CACHE;
	struct stmt_slot *tab = calloc(cap, sizeof *tab);

	if (tab == NULL)
		return false;
	for (size_t i = 0; i < c->cap; i++)
		if (c->cache[i].sql)
			tab[slot_of(tab, cap, c->cache[i].sql)] = c->cache[i];
	free(c->cache);
	c->cache = tab;
	c->cap = cap;
	return true;
}

struct db_stmt *db_prepare(struct db_conn *c, const char *sql)
{
	sqlite3_stmt *st;
	size_t k;

	if (c->cap == 0 && !cache_grow(c))
		return NULL;
	k = slot_of(c->cache, c->cap, sql);
	if (c->cache[k].sql == sql) {
		st = c->cache[k].st;
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return (struct db_stmt *)st;
	}
	if (sqlite3_prepare_v3(c->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		log_msg(LOG_ERROR, "prepare failed: %s: %s", sqlite3_errmsg(c->h), sql);
		return NULL;
	}
	if ((c->ncache + 1) * 4 > c->cap * 3) {
		if (!cache_grow(c)) {
			sqlite3_finalize(st);
			return NULL;
		}
		k = slot_of(c->cache, c->cap, sql);
	}
	c->cache[k].sql = sql;
	c->cache[k].st = st;
	c->ncache++;
	return (struct db_stmt *)st;
}

void db_bind_int(struct db_stmt *s, int idx, int64_t v) { sqlite3_bind_int64(ST(s), idx, v); }
void db_bind_double(struct db_stmt *s, int idx, double v) { sqlite3_bind_double(ST(s), idx, v); }
void db_bind_null(struct db_stmt *s, int idx) { sqlite3_bind_null(ST(s), idx); }

void db_bind_text(struct db_stmt *s, int idx, const char *v)
{
	if (v)
		sqlite3_bind_text(ST(s), idx, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(ST(s), idx);
}

void db_bind_blob(struct db_stmt *s, int idx, const void *v, size_t n)
{
	sqlite3_bind_blob(ST(s), idx, v, (int)n, SQLITE_TRANSIENT);
}

int db_step(struct db_stmt *s)
{
	int rc = sqlite3_step(ST(s));

	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	if ((rc & 0xff) != SQLITE_CONSTRAINT)
		log_msg(LOG_ERROR, "sql step: %s", sqlite3_errmsg(sqlite3_db_handle(ST(s))));
	return DB_FAIL;
}

bool db_col_null(struct db_stmt *s, int col) { return sqlite3_column_type(ST(s), col) == SQLITE_NULL; }
int64_t db_col_int(struct db_stmt *s, int col) { return sqlite3_column_int64(ST(s), col); }
double db_col_double(struct db_stmt *s, int col) { return sqlite3_column_double(ST(s), col); }
const char *db_col_text(struct db_stmt *s, int col) { return (const char *)sqlite3_column_text(ST(s), col); }

bool db_col_intn(struct db_stmt *s, int col, int64_t *v)
{
	sqlite3_value *x = sqlite3_column_value(ST(s), col);

	if (sqlite3_value_type(x) == SQLITE_NULL)
		return false;
	*v = sqlite3_value_int64(x);
	return true;
}

const char *db_col_textn(struct db_stmt *s, int col, size_t *n)
{
	const char *t = (const char *)sqlite3_column_text(ST(s), col);

	*n = t ? (size_t)sqlite3_column_bytes(ST(s), col) : 0;
	return t;
}

const void *db_col_blob(struct db_stmt *s, int col, size_t *n)
{
	const void *p = sqlite3_column_blob(ST(s), col);

	*n = (size_t)sqlite3_column_bytes(ST(s), col);
	return p;
}

void db_reset(struct db_stmt *s)
{
	if (s)
		sqlite3_reset(ST(s));
}

pa_err db_run(struct db_stmt *s)
{
	int rc;

	if (s == NULL)
		return PA_ERR_DB;
	rc = db_step(s);
	sqlite3_reset(ST(s));
	return rc == DB_FAIL ? PA_ERR_DB : PA_OK;
}

int64_t db_last_id(struct db_conn *c) { return sqlite3_last_insert_rowid(c->h); }
int db_changes(struct db_conn *c) { return sqlite3_changes(c->h); }
const char *db_errmsg(struct db_conn *c) { return sqlite3_errmsg(c->h); }

bool db_is_constraint(struct db_conn *c)
{
	return (sqlite3_errcode(c->h) & 0xff) == SQLITE_CONSTRAINT;
}

pa_err db_check_integrity(struct db_conn *c, char *msg, size_t n)
{
	sqlite3_stmt *st;
	pa_err rc = PA_ERR_DB;

	snprintf(msg, n, "%s", "cannot run the check");
	if (sqlite3_prepare_v2(c->h, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK)
		return PA_ERR_DB;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		snprintf(msg, n, "%s", r ? r : "?");
		rc = r && strcmp(r, "ok") == 0 ? PA_OK : PA_ERR_DB;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Hashes the rows of one table (name from sqlite_master) into h; rowid order, or primary key
 * order for a WITHOUT ROWID table. */
static pa_err fingerprint_table(struct db_conn *c, const char *table, unsigned char *hex_out,
    size_t hexlen)
{
	crypto_generichash_state h;
	unsigned char sum[16];
	sqlite3_stmt *st = NULL;
	char *sql = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", table);
	pa_err rc = PA_ERR_DB;
	int n, step;

	if (sql == NULL)
		return PA_ERR_NOMEM;
	if (sqlite3_prepare_v2(c->h, sql, -1, &st, NULL) != SQLITE_OK) {
		sqlite3_free(sql);
		sql = sqlite3_mprintf("SELECT * FROM \"%w\"", table);
		if (sql == NULL || sqlite3_prepare_v2(c->h, sql, -1, &st, NULL) != SQLITE_OK)
			goto out;
	}
	crypto_generichash_init(&h, NULL, 0, sizeof sum);
	n = sqlite3_column_count(st);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < n; i++) {
			unsigned char type = (unsigned char)sqlite3_column_type(st, i);
			const void *v = sqlite3_column_blob(st, i);
			uint64_t len = (uint64_t)sqlite3_column_bytes(st, i);
			crypto_generichash_update(&h, &type, 1);
			crypto_generichash_update(&h, (const unsigned char *)&len, sizeof len);
			if (v && len)
				crypto_generichash_update(&h, v, (size_t)len);
		}
	}
	if (step != SQLITE_DONE)
		goto out;
	crypto_generichash_final(&h, sum, sizeof sum);
	sodium_bin2hex((char *)hex_out, hexlen, sum, sizeof sum);
	rc = PA_OK;
out:
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return rc;
}

pa_err db_fingerprint(struct db_conn *c, FILE *out)
{
	sqlite3_stmt *st = NULL;
	unsigned char hex[33];
	const char *sep = "";
	pa_err rc = PA_ERR_DB;
	int s;

	if (sqlite3_exec(c->h, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return PA_ERR_DB;
	if (sqlite3_prepare_v2(c->h, "SELECT name FROM sqlite_master WHERE type IN ('table') AND "
	    "name NOT LIKE 'sqlite_%' ORDER BY name", -1, &st, NULL) != SQLITE_OK)
		goto out;
	fputc('{', out);
	while ((s = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		if (name == NULL || (rc = fingerprint_table(c, name, hex, sizeof hex)) != PA_OK)
			goto out;
		fprintf(out, "%s\"%s\":\"%s\"", sep, name, hex);
		sep = ",";
	}
	rc = s == SQLITE_DONE ? PA_OK : PA_ERR_DB;
	fputs("}\n", out);
out:
	sqlite3_finalize(st);
	sqlite3_exec(c->h, "COMMIT", NULL, NULL, NULL);
	return rc;
}

pa_err db_exec(struct db_conn *c, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(c->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
		log_msg(LOG_DEBUG, "exec: %s", msg ? msg : "?");
		sqlite3_free(msg);
		return PA_ERR_DB;
	}
	return PA_OK;
}

/* Transaction control through cached statements: sqlite3_exec would parse them every time. */
static const char SQL_BEGIN[] = "BEGIN";
static const char SQL_BEGIN_IMMEDIATE[] = "BEGIN IMMEDIATE";
static const char SQL_COMMIT[] = "COMMIT";
static const char SQL_ROLLBACK[] = "ROLLBACK";
static const char SQL_SAVEPOINT[] = "SAVEPOINT job";
static const char SQL_RELEASE[] = "RELEASE job";
static const char SQL_ROLLBACK_TO[] = "ROLLBACK TO job";

static pa_err tx(struct db_conn *c, const char *sql)
{
	return db_run(db_prepare(c, sql));
}

/* ------------------------------------------------------------------ schema */

int db_schema_latest(void)
{
	return (int)pa_migrations_count;
}

static int pragma_int(struct db_conn *c, const char *sql, bool *ok)
{
	sqlite3_stmt *st;
	int v = -1;

	*ok = false;
	if (sqlite3_prepare_v2(c->h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		v = sqlite3_column_int(st, 0);
		*ok = true;
	}
	sqlite3_finalize(st);
	return v;
}

int db_schema_version(struct db *db)
{
	bool ok;

	return pragma_int(db->writer, "PRAGMA user_version", &ok);
}

/* Applies every embedded migration newer than the file's user_version, each in its own
 * transaction together with its version bump. */
static pa_err migrate(struct db_conn *c, char *err, size_t errlen)
{
	bool ok;
	int have = pragma_int(c, "PRAGMA user_version", &ok);
	char sql[64];

	if (!ok) {
		snprintf(err, errlen, "cannot read schema version: %s", sqlite3_errmsg(c->h));
		return PA_ERR_DB;
	}
	for (size_t i = (size_t)have; i < pa_migrations_count; i++) {
		char *text = strndup((const char *)pa_migrations[i].data, pa_migrations[i].len);
		if (text == NULL)
			return PA_ERR_NOMEM;
		snprintf(sql, sizeof sql, "PRAGMA user_version=%zu;", i + 1);
		if (db_exec(c, "BEGIN IMMEDIATE;") != PA_OK || db_exec(c, text) != PA_OK ||
		    db_exec(c, sql) != PA_OK || db_exec(c, "COMMIT;") != PA_OK) {
			snprintf(err, errlen, "migration %s failed: %s", pa_migrations[i].name,
			    sqlite3_errmsg(c->h));
			db_exec(c, "ROLLBACK;");
			free(text);
			return PA_ERR_DB;
		}
		free(text);
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ change feed */

/* One watcher for the process (db_change_watch), like the tokenizer. */
static db_change_class_fn chg_class;
static db_change_apply_fn chg_apply;
static _Atomic uint64_t chg_seq;

void db_change_watch(db_change_class_fn classify, db_change_apply_fn apply)
{
	chg_class = classify;
	chg_apply = apply;
}

uint64_t db_change_seq(struct db_conn *c)
{
	if (c && c->held)
		return 0;        /* older than every drop: a cache keeps and copies nothing */
	return c && c->in_read ? c->snap_seq : atomic_load(&chg_seq);
}

static void note_row(struct db *db, int64_t rowid)
{
	if (db->chg_n < DB_CHANGE_ROWS_MAX)
		db->chg_rows[db->chg_n++] = rowid;
	else
		db->chg_all = true;    /* too many to name one by one */
}

void db_change_note(struct db_conn *c, int64_t rowid)
{
	struct db *db = c->owner;

	if (db && c == db->writer && db->chg_rows && !db->chg_all)
		note_row(db, rowid);
}

/* Whether the current transaction inserted rowid of table (and noted it as fresh). */
static bool fresh(const struct db *db, const char *table, int64_t rowid)
{
	for (size_t i = 0; i < db->chg_nfresh; i++)
		if (db->chg_fresh[i].rowid == rowid && strcmp(db->chg_fresh[i].table, table) == 0)
			return true;
	return false;
}

/* SQLite's update hook on the writer: notes each changed row of the main database. */
static void update_hook(void *arg, int op, const char *dbname, const char *table,
    sqlite3_int64 rowid)
{
	struct db *db = arg;
	enum db_op o = op == SQLITE_INSERT ? DB_OP_INSERT : op == SQLITE_DELETE ? DB_OP_DELETE :
	    DB_OP_UPDATE;
	enum db_change k;

	if (db->chg_all || strcmp(dbname, "main") != 0)
		return;
	k = chg_class(o, table);
	if (o == DB_OP_INSERT) {
		/* a row whose later change would count for more: remember it was new here (its
		 * name is the schema's, stable while the transaction runs) */
		if (k != DB_CHANGE_ALL && chg_class(DB_OP_UPDATE, table) != k) {
			if (db->chg_nfresh < DB_CHANGE_FRESH_MAX)
				db->chg_fresh[db->chg_nfresh++] = (struct fresh_row){ table, rowid };
		}
	} else if (k != DB_CHANGE_IGNORE && fresh(db, table, rowid)) {
		k = chg_class(DB_OP_INSERT, table);
	}
	switch (k) {
	case DB_CHANGE_IGNORE:
		return;
	case DB_CHANGE_ROW:
		note_row(db, rowid);
		return;
	default:
		db->chg_all = true;
	}
}

/* After a transaction ended: hands its changes to the watcher under the next sequence number
 * (before the jobs' callers are told that their writes are done). */
static void changes_publish(struct db *db)
{
	uint64_t seq;

	db->chg_nfresh = 0;     /* the transaction ended: its new rows are everybody's */
	if (chg_apply == NULL || (!db->chg_all && db->chg_n == 0))
		return;
	seq = atomic_fetch_add(&chg_seq, 1) + 1;
	chg_apply(seq, db->chg_rows, db->chg_n, db->chg_all);
	db->chg_n = 0;
	db->chg_all = false;
}

/* The writer's PRAGMA data_version: it changes only when another connection commits. The
 * server's readers never write and the checkpoint connection commits no content, so a change
 * is a commit by another process: the feed cannot name its rows, so everything goes (noted
 * for the next changes_publish). On the writer thread, inside a transaction or between them. */
static const char SQL_DATA_VERSION[] = "PRAGMA data_version";

static void foreign_check(struct db *db)
{
	struct db_stmt *s;
	int64_t v;

	if (chg_apply == NULL || (s = db_prepare(db->writer, SQL_DATA_VERSION)) == NULL)
		return;
	if (db_step(s) == DB_ROW) {
		v = db_col_int(s, 0);
		if (v != db->data_version) {
			db->data_version = v;
			db->chg_all = true;
		}
	}
	db_reset(s);
}

/* ------------------------------------------------------------------ writer */

static void job_finish(struct db *db, struct job *j, pa_err r)
{
	if (j->async) {
		free(j->ctx);
		free(j);
		return;
	}
	pthread_mutex_lock(&db->mu);
	j->result = r;
	j->done = true;
	pthread_cond_signal(&j->cond);
	pthread_mutex_unlock(&db->mu);
}

/* Runs one job inside a savepoint so that its failure undoes only its own writes. */
static pa_err job_run(struct db_conn *c, struct job *j)
{
	pa_err r;

	if (tx(c, SQL_SAVEPOINT) != PA_OK)
		return PA_ERR_DB;
	r = j->fn(c, j->ctx);
	if (r != PA_OK)
		tx(c, SQL_ROLLBACK_TO);
	tx(c, SQL_RELEASE);
	return r;
}

static void *writer_main(void *arg)
{
	struct db *db = arg;
	struct job *batch[DB_GROUP_MAX];
	pa_err res[DB_GROUP_MAX];

	for (;;) {
		int n = 0;

		pthread_mutex_lock(&db->mu);
		while (db->head == NULL && !db->stopping) {
			struct timespec ts;
			clock_gettime(CLOCK_MONOTONIC, &ts);
			ts.tv_sec += DB_FOREIGN_CHECK_MS / 1000;
			ts.tv_nsec += (long)(DB_FOREIGN_CHECK_MS % 1000) * 1000000;
			if (ts.tv_nsec >= 1000000000L) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000L;
			}
			if (pthread_cond_timedwait(&db->wake, &db->mu, &ts) == ETIMEDOUT &&
			    db->head == NULL && !db->stopping) {
				/* idle: a foreign commit drops what the caches kept, within a second */
				pthread_mutex_unlock(&db->mu);
				foreign_check(db);
				changes_publish(db);
				pthread_mutex_lock(&db->mu);
			}
		}
		if (db->head == NULL && db->stopping) {
			pthread_mutex_unlock(&db->mu);
			break;
		}
		while (db->head && n < db->opt.group_max) {
			batch[n++] = db->head;
			db->head = db->head->next;
		}
		if (db->head == NULL)
			db->tail = NULL;
		pthread_mutex_unlock(&db->mu);

		if (tx(db->writer, SQL_BEGIN_IMMEDIATE) != PA_OK) {
			for (int i = 0; i < n; i++)
				job_finish(db, batch[i], PA_ERR_DB);
			continue;
		}
		foreign_check(db);    /* the write lock is held: nothing commits before this group */
		for (int i = 0; i < n; i++)
			res[i] = job_run(db->writer, batch[i]);
		if (tx(db->writer, SQL_COMMIT) != PA_OK) {
			log_msg(LOG_ERROR, "group commit failed: %s", sqlite3_errmsg(db->writer->h));
			tx(db->writer, SQL_ROLLBACK);
			for (int i = 0; i < n; i++)
				res[i] = PA_ERR_DB;
		}
		changes_publish(db);
		for (int i = 0; i < n; i++)
			job_finish(db, batch[i], res[i]);
	}
	return NULL;
}

/* The writer's WAL hook (after each commit, on the writer thread): wakes the checkpoint
 * thread instead of checkpointing here, as SQLite's automatic checkpoint would. */
static int wal_hook(void *arg, sqlite3 *h, const char *name, int pages)
{
	struct db *db = arg;

	if (pages >= DB_CKPT_PAGES_MAX)   /* the thread fell behind: copy back here, once */
		sqlite3_wal_checkpoint_v2(h, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
	else if (pages >= DB_CKPT_PAGES) {
		pthread_mutex_lock(&db->mu);
		if (!db->ckpt_want) {
			db->ckpt_want = true;
			pthread_cond_signal(&db->ckpt_wake);
		}
		pthread_mutex_unlock(&db->mu);
	}
	return SQLITE_OK;
}

/* PASSIVE: copies what no reader still needs, never waits for the writer or the readers. */
static void *ckpt_main(void *arg)
{
	struct db *db = arg;

	pthread_mutex_lock(&db->mu);
	for (;;) {
		while (!db->ckpt_want && !db->stopping)
			pthread_cond_wait(&db->ckpt_wake, &db->mu);
		if (db->stopping)
			break;
		db->ckpt_want = false;
		pthread_mutex_unlock(&db->mu);
		/* SQLITE_BUSY: another checkpoint holds the lock (the writer's own, past
		 * DB_CKPT_PAGES_MAX): try again shortly, or the pages of the last commits before
		 * a quiet spell would wait in the WAL for the next write */
		for (int i = 0; i < DB_CKPT_BUSY_TRIES; i++) {
			int rc = sqlite3_wal_checkpoint_v2(db->ckpt->h, NULL, SQLITE_CHECKPOINT_PASSIVE,
			    NULL, NULL);
			if (rc == SQLITE_OK)
				break;
			if ((rc & 0xff) != SQLITE_BUSY) {
				log_msg(LOG_WARN, "checkpoint: %s", sqlite3_errmsg(db->ckpt->h));
				break;
			}
			usleep(DB_CKPT_BUSY_PAUSE_MS * 1000);
		}
		pthread_mutex_lock(&db->mu);
	}
	pthread_mutex_unlock(&db->mu);
	return NULL;
}

static void enqueue(struct db *db, struct job *j)
{
	pthread_mutex_lock(&db->mu);
	if (db->tail)
		db->tail->next = j;
	else
		db->head = j;
	db->tail = j;
	pthread_cond_signal(&db->wake);
	pthread_mutex_unlock(&db->mu);
}

/* Without a writer thread (CLI), a write is one transaction on the caller's thread. */
static pa_err write_inline(struct db *db, db_write_fn fn, void *ctx)
{
	pa_err r;

	pthread_mutex_lock(&db->mu);
	if (tx(db->writer, SQL_BEGIN_IMMEDIATE) != PA_OK) {
		pthread_mutex_unlock(&db->mu);
		return PA_ERR_DB;
	}
	r = fn(db->writer, ctx);
	if (r == PA_OK && tx(db->writer, SQL_COMMIT) != PA_OK)
		r = PA_ERR_DB;
	if (r != PA_OK)
		tx(db->writer, SQL_ROLLBACK);
	changes_publish(db);
	pthread_mutex_unlock(&db->mu);
	return r;
}

/* A statement left stepped and not reset keeps its connection's snapshot after COMMIT
 * (SQLite ends a read transaction only when no statement reads), so the next request would
 * read old data under a new change sequence number. At the start of a unit of reads no
 * statement of this thread may still be reading: reset them (logged once a process). */
static void snapshot_release(struct db_conn *c)
{
	static atomic_bool logged;

	if (sqlite3_txn_state(c->h, NULL) == SQLITE_TXN_NONE) {
		c->held = false;
		return;
	}
	if (!atomic_exchange(&logged, true))
		log_msg(LOG_ERROR, "a read statement was left open (not reset): reset now");
	for (sqlite3_stmt *st = sqlite3_next_stmt(c->h, NULL); st; st = sqlite3_next_stmt(c->h, st))
		if (sqlite3_stmt_busy(st))
			sqlite3_reset(st);
	if (!sqlite3_get_autocommit(c->h))
		tx(c, SQL_COMMIT);
	c->held = sqlite3_txn_state(c->h, NULL) != SQLITE_TXN_NONE;
}

void db_read_begin(struct db *db)
{
	struct db_conn *c = db_reader(db);

	if (c && !c->in_read) {
		snapshot_release(c);
		/* before the snapshot (taken at the first read inside): a cache may rely on it */
		c->snap_seq = atomic_load(&chg_seq);
		if (tx(c, SQL_BEGIN) == PA_OK)
			c->in_read = true;
	}
}

void db_read_end(struct db *db)
{
	struct db_conn *c = pthread_getspecific(db->reader_key);

	if (c && c->in_read) {
		tx(c, SQL_COMMIT);
		c->in_read = false;
		/* still in a read transaction: a statement was not reset. It may be one that its
		 * caller goes on stepping (a loop that writes between steps), so it stays; until
		 * the next db_read_begin releases it, c's reads are not new enough for a cache */
		c->held = sqlite3_txn_state(c->h, NULL) != SQLITE_TXN_NONE;
	}
}

pa_err db_checkpoint_truncate(struct db *db)
{
	struct db_conn *c = db_reader(db);

	if (c == NULL)
		return PA_ERR_DB;
	db_read_end(db);
	return sqlite3_wal_checkpoint_v2(c->h, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) ==
	    SQLITE_OK ? PA_OK : PA_ERR_DB;
}

pa_err db_reader_mmap(struct db_conn *c, bool on)
{
	return db_exec(c, on ? "PRAGMA mmap_size=" DB_READER_MMAP_BYTES ";" : "PRAGMA mmap_size=0;");
}

pa_err db_write(struct db *db, db_write_fn fn, void *ctx)
{
	struct job j = { .fn = fn, .ctx = ctx };
	pa_err r;

	db_read_end(db);

	if (!db->running)
		return write_inline(db, fn, ctx);
	pthread_cond_init(&j.cond, NULL);
	enqueue(db, &j);
	pthread_mutex_lock(&db->mu);
	while (!j.done)
		pthread_cond_wait(&j.cond, &db->mu);
	r = j.result;
	pthread_mutex_unlock(&db->mu);
	pthread_cond_destroy(&j.cond);
	return r;
}

void db_write_async(struct db *db, db_write_fn fn, void *ctx)
{
	struct job *j;

	if (!db->running) {
		write_inline(db, fn, ctx);
		free(ctx);
		return;
	}
	j = calloc(1, sizeof *j);
	if (j == NULL) {
		free(ctx);
		return;
	}
	j->fn = fn;
	j->ctx = ctx;
	j->async = true;
	enqueue(db, j);
}

/* ------------------------------------------------------------------ readers */

/* Reader connections belong to threads. One global registry (not the db's, which may be gone
 * when a thread exits) lets a thread's exit close its connection, and db_close close the rest. */
static pthread_mutex_t readers_mu = PTHREAD_MUTEX_INITIALIZER;
static struct db_conn *readers_live;     /* every open reader, of every database */

/* Thread exit: close the thread's reader unless db_close already did. The pointer is only
 * compared, never followed, until it is found live. */
static void reader_gone(void *p)
{
	struct db_conn **pp, *c = NULL;

	pthread_mutex_lock(&readers_mu);
	for (pp = &readers_live; *pp; pp = &(*pp)->next_reader)
		if (*pp == p) {
			c = *pp;
			*pp = c->next_reader;
			c->owner->nreaders--;
			break;
		}
	pthread_mutex_unlock(&readers_mu);
	if (c)
		conn_close(c);
}

struct db_conn *db_reader(struct db *db)
{
	struct db_conn *c = pthread_getspecific(db->reader_key);
	char err[256];

	if (c)
		return c;
	if (conn_open(db->path, SQLITE_OPEN_READWRITE, true, &c, err, sizeof err) != PA_OK) {
		log_msg(LOG_ERROR, "%s", err);
		return NULL;
	}
	c->owner = db;
	pthread_mutex_lock(&readers_mu);
	if (db->nreaders == DB_READERS_MAX) {
		pthread_mutex_unlock(&readers_mu);
		conn_close(c);
		log_msg(LOG_ERROR, "too many reader connections");
		return NULL;
	}
	db->nreaders++;
	c->next_reader = readers_live;
	readers_live = c;
	pthread_mutex_unlock(&readers_mu);
	pthread_setspecific(db->reader_key, c);
	return c;
}

/* ------------------------------------------------------------------ open/close */

/* SQLite's memory statistics take a global mutex on every allocation of every connection;
 * nothing here reads them. Must run before SQLite initialises.
 * The statement journal keeps SQLite's default spill threshold (64 KiB): with a larger one
 * (SQLITE_CONFIG_STMTJRNL_SPILL, 8 MiB until 2026-12-02) the memory journal is copied to its
 * temporary file in chunks as large as the threshold, and with SQLite 3.40 that copy stopped
 * after its first 128,000 bytes: every statement or writer job whose journal outgrew the
 * threshold failed with "database or disk is full" (a DROP INDEX in a migration on a large
 * database; test_engine large_job_commits). */
static pthread_once_t sqlite_once = PTHREAD_ONCE_INIT;
static void sqlite_setup(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

pa_err db_open(const char *path, enum db_open_mode mode, const struct db_options *opt,
    struct db **out, char *err, size_t errlen)
{
	struct db *db = NULL;
	struct stat st;
	bool ok, created;
	int appid, ver;
	pa_err rc = PA_ERR_DB;

	*out = NULL;
	pthread_once(&sqlite_once, sqlite_setup);
	if (mode == DB_OPEN_EXISTING && stat(path, &st) != 0) {
		snprintf(err, errlen, "database %s does not exist (create it with: pingan init --db %s)",
		    path, path);
		return PA_ERR_IO;
	}
	db = calloc(1, sizeof *db);
	if (db == NULL)
		return PA_ERR_NOMEM;
	pthread_mutex_init(&db->mu, NULL);
	pthread_mutex_init(&db->rmu, NULL);
	{
		pthread_condattr_t ca;      /* the writer's idle wait times out on a steady clock */
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&db->wake, &ca);
		pthread_condattr_destroy(&ca);
	}
	pthread_cond_init(&db->ckpt_wake, NULL);
	pthread_key_create(&db->reader_key, reader_gone);
	db->path = strdup(path);
	db->opt.group_max = DB_GROUP_MAX;
	if (opt) {
		db->opt = *opt;
		if (db->opt.group_max < 1 || db->opt.group_max > DB_GROUP_MAX)
			db->opt.group_max = DB_GROUP_MAX;
	}
	created = mode == DB_OPEN_CREATE && stat(path, &st) != 0;
	rc = conn_open(path, SQLITE_OPEN_READWRITE | (mode == DB_OPEN_CREATE ? SQLITE_OPEN_CREATE : 0),
	    false, &db->writer, err, errlen);
	if (rc != PA_OK)
		goto out;
	/* a new database is the owner's alone whatever the umask; SQLite gives its -wal and
	 * -shm files the mode of the database file */
	if (created && chmod(path, 0600) != 0 && errno != ENOENT) {     /* ENOENT: :memory: */
		snprintf(err, errlen, "cannot make %s private: %s", path, strerror(errno));
		rc = PA_ERR_IO;
		goto out;
	}
	rc = PA_ERR_DB;
	appid = pragma_int(db->writer, "PRAGMA application_id", &ok);
	if (!ok) {
		snprintf(err, errlen, "%s is not a usable database: %s", path,
		    sqlite3_errmsg(db->writer->h));
		goto out;
	}
	ver = pragma_int(db->writer, "PRAGMA user_version", &ok);
	if (mode == DB_OPEN_CREATE) {
		if (appid != 0 && appid != DB_APPLICATION_ID) {
			snprintf(err, errlen, "%s belongs to another application", path);
			goto out;
		}
		if (appid == 0 && ver != 0) {
			snprintf(err, errlen, "%s is not a Pingan database", path);
			goto out;
		}
		if (db_exec(db->writer, "PRAGMA journal_mode=WAL;") != PA_OK) {
			snprintf(err, errlen, "cannot switch %s to WAL: %s", path,
			    sqlite3_errmsg(db->writer->h));
			goto out;
		}
		if (appid == 0 && db_exec(db->writer, "PRAGMA application_id=1346457137;") != PA_OK) {
			snprintf(err, errlen, "cannot mark %s", path);
			goto out;
		}
		if (migrate(db->writer, err, errlen) != PA_OK)
			goto out;
	} else {
		if (appid != DB_APPLICATION_ID) {
			snprintf(err, errlen, "%s is not a Pingan database (run pingan init --db %s)", path,
			    path);
			goto out;
		}
		if (ver < db_schema_latest()) {
			snprintf(err, errlen,
			    "%s has schema version %d, this binary needs %d: run pingan init --db %s to migrate",
			    path, ver, db_schema_latest(), path);
			goto out;
		}
		if (ver > db_schema_latest()) {
			snprintf(err, errlen, "%s has schema version %d, newer than this binary (%d)", path,
			    ver, db_schema_latest());
			goto out;
		}
	}
	if (chg_class && chg_apply) {
		/* the watcher starts from nothing: what a cache held before this open goes */
		if ((db->chg_rows = calloc(DB_CHANGE_ROWS_MAX, sizeof *db->chg_rows)) == NULL) {
			snprintf(err, errlen, "out of memory");
			goto out;
		}
		db->writer->owner = db;     /* db_change_note finds the feed through it */
		sqlite3_update_hook(db->writer->h, update_hook, db);
		foreign_check(db);     /* the first data_version: later changes are foreign commits */
		db->chg_all = true;
		changes_publish(db);
	}
	if (!db->opt.no_writer) {
		rc = conn_open(path, SQLITE_OPEN_READWRITE, false, &db->ckpt, err, errlen);
		if (rc != PA_OK)
			goto out;
		rc = PA_ERR_DB;
		if (pthread_create(&db->ckpt_thread, NULL, ckpt_main, db) != 0) {
			snprintf(err, errlen, "cannot start checkpoint thread");
			goto out;
		}
		db->ckpt_running = true;
		sqlite3_wal_hook(db->writer->h, wal_hook, db);   /* replaces the automatic one */
		if (pthread_create(&db->thread, NULL, writer_main, db) != 0) {
			snprintf(err, errlen, "cannot start writer thread");
			goto out;
		}
		db->running = true;
	}
	*out = db;
	db = NULL;
	rc = PA_OK;
out:
	if (db)
		db_close(db);
	return rc;
}

void db_close(struct db *db)
{
	if (db == NULL)
		return;
	if (db->running) {
		pthread_mutex_lock(&db->mu);
		db->stopping = true;
		pthread_cond_signal(&db->wake);
		pthread_mutex_unlock(&db->mu);
		pthread_join(db->thread, NULL);
		db->running = false;
	}
	if (db->ckpt_running) {
		pthread_mutex_lock(&db->mu);
		db->stopping = true;
		pthread_cond_signal(&db->ckpt_wake);
		pthread_mutex_unlock(&db->mu);
		pthread_join(db->ckpt_thread, NULL);
		db->ckpt_running = false;
	}
	conn_close(db->ckpt);
	pthread_mutex_lock(&readers_mu);
	for (struct db_conn **pp = &readers_live; *pp;) {
		struct db_conn *c = *pp;
		if (c->owner != db) {
			pp = &c->next_reader;
			continue;
		}
		*pp = c->next_reader;
		conn_close(c);
	}
	db->nreaders = 0;
	pthread_mutex_unlock(&readers_mu);
	conn_close(db->writer);
	pthread_key_delete(db->reader_key);
	pthread_mutex_destroy(&db->mu);
	pthread_mutex_destroy(&db->rmu);
	pthread_cond_destroy(&db->wake);
	pthread_cond_destroy(&db->ckpt_wake);
	free(db->chg_rows);
	free(db->path);
	free(db);
}

pa_err db_sync(struct db *db, bool full)
{
	return db_exec(db->writer, full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=OFF;");
}
