/* timeline.c — the keyed, per-case hash chains of the timeline (办理记录), their verification
 * with the replay of each case, and the one-time rebuild of chains made before the key file.
 *
 * hash(seq n of case c) = BLAKE2b-256 keyed with the timeline MAC key over
 *   'T' || hash(seq n-1 of case c) || case_id || seq || kind || action || actor || at || from ||
 *   to || note || data || assignee_id || unit_id || closed_at
 * every field length-prefixed (integers as 8 bytes little-endian, strings as a 4-byte length,
 * NULL as length 0xFFFFFFFF), so no two different events serialise alike. The row id is left
 * out on purpose: only the case and its seq place a row, which keeps chains independent of how
 * a database numbers rows.
 */
#include "timeline.h"

#include <sodium.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

#define TL_DOMAIN_EVENT 'T'

static unsigned char tl_key[TL_KEY_BYTES];
static bool tl_has_key;

void tl_key_set(const unsigned char key[TL_KEY_BYTES])
{
	if (key == NULL) {
		sodium_memzero(tl_key, sizeof tl_key);
		tl_has_key = false;
		return;
	}
	memcpy(tl_key, key, sizeof tl_key);
	tl_has_key = true;
}

bool tl_key_ready(void)
{
	return tl_has_key;
}

void tl_mac_i64(crypto_generichash_state *st, int64_t v)
{
	unsigned char b[8];

	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)((uint64_t)v >> (8 * i));
	crypto_generichash_update(st, b, sizeof b);
}

/* NULL and "" differ: NULL is written as length 0xFFFFFFFF. */
static void put_str(crypto_generichash_state *st, const char *s)
{
	uint32_t n = s ? (uint32_t)strlen(s) : 0xFFFFFFFFu;
	unsigned char b[4] = { (unsigned char)n, (unsigned char)(n >> 8), (unsigned char)(n >> 16),
		(unsigned char)(n >> 24) };

	crypto_generichash_update(st, b, sizeof b);
	if (s)
		crypto_generichash_update(st, (const unsigned char *)s, strlen(s));
}

void tl_mac_init(crypto_generichash_state *st, unsigned char domain)
{
	crypto_generichash_init(st, tl_key, sizeof tl_key, TL_HASH_BYTES);
	crypto_generichash_update(st, &domain, 1);
}

/* The fields of an event that both the keyed hash and the legacy one cover, in order. */
static void put_event(crypto_generichash_state *st, const struct tl_event *e, int64_t seq)
{
	tl_mac_i64(st, e->case_id);
	tl_mac_i64(st, seq);
	put_str(st, e->kind);
	put_str(st, e->action);
	tl_mac_i64(st, e->actor_id);
	tl_mac_i64(st, e->at);
	put_str(st, e->from_status);
	put_str(st, e->to_status);
	put_str(st, e->note);
	put_str(st, e->data);
}

void tl_hash(const unsigned char prev[TL_HASH_BYTES], const struct tl_event *e, int64_t seq,
    unsigned char out[TL_HASH_BYTES])
{
	crypto_generichash_state st;

	tl_mac_init(&st, TL_DOMAIN_EVENT);
	crypto_generichash_update(&st, prev, TL_HASH_BYTES);
	put_event(&st, e, seq);
	tl_mac_i64(&st, e->assignee_id);
	tl_mac_i64(&st, e->unit_id);
	tl_mac_i64(&st, e->closed_at);
	crypto_generichash_final(&st, out, TL_HASH_BYTES);
	sodium_memzero(&st, sizeof st);
}

/* The head of one case's chain: reads only that case's rows (the (case_id, seq) index). */
static const char SQL_TL_HEAD[] =
    "SELECT seq, hash FROM timeline WHERE case_id = ?1 ORDER BY seq DESC LIMIT 1";
static const char SQL_TL_STATE[] =
    "SELECT COALESCE(assignee_id, 0), COALESCE(unit_id, 0), COALESCE(closed_at, 0) "
    "FROM cases WHERE id = ?1";
static const char SQL_TL_INSERT[] =
    "INSERT INTO timeline (id, case_id, seq, kind, action, actor_id, at, from_status, to_status, "
    "note, data, assignee_id, unit_id, closed_at, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

pa_err tl_append(struct db_conn *conn, const struct tl_event *e, int64_t *out_id)
{
	unsigned char prev[TL_HASH_BYTES] = { 0 }, h[TL_HASH_BYTES];
	struct tl_event ev = *e;
	struct db_stmt *s;
	int64_t seq = 1;
	const void *p;
	size_t n;
	int r;

	if ((s = db_prepare(conn, SQL_TL_HEAD)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, e->case_id);
	if ((r = db_step(s)) == DB_ROW) {
		seq = db_col_int(s, 0) + 1;
		p = db_col_blob(s, 1, &n);
		if (n == TL_HASH_BYTES)
			memcpy(prev, p, n);
	}
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	/* the state after the event is the case row as stored in this transaction */
	if ((s = db_prepare(conn, SQL_TL_STATE)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, e->case_id);
	r = db_step(s);
	if (r == DB_ROW) {
		ev.assignee_id = db_col_int(s, 0);
		ev.unit_id = db_col_int(s, 1);
		ev.closed_at = db_col_int(s, 2);
	}
	db_reset(s);
	if (r != DB_ROW)
		return r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
	if (tl_insert(conn, 0, seq, &ev, prev, h) != PA_OK)
		return PA_ERR_DB;
	if (out_id)
		*out_id = db_last_id(conn);
	return PA_OK;
}

pa_err tl_insert(struct db_conn *conn, int64_t id, int64_t seq, const struct tl_event *e,
    const unsigned char prev[TL_HASH_BYTES], unsigned char out_hash[TL_HASH_BYTES])
{
	struct db_stmt *s;
	pa_err rc;

	if (!tl_has_key) {
		log_msg(LOG_ERROR, "timeline: no key loaded, refusing to write an event");
		return PA_ERR_INTERNAL;
	}
	tl_hash(prev, e, seq, out_hash);
	if ((s = db_prepare(conn, SQL_TL_INSERT)) == NULL)
		return PA_ERR_DB;
	if (id)
		db_bind_int(s, 1, id);
	db_bind_int(s, 2, e->case_id);
	db_bind_int(s, 3, seq);
	db_bind_text(s, 4, e->kind);
	db_bind_text(s, 5, e->action);
	if (e->actor_id)
		db_bind_int(s, 6, e->actor_id);
	db_bind_int(s, 7, e->at);
	db_bind_text(s, 8, e->from_status);
	db_bind_text(s, 9, e->to_status);
	db_bind_text(s, 10, e->note);
	db_bind_text(s, 11, e->data);
	if (e->assignee_id)
		db_bind_int(s, 12, e->assignee_id);
	if (e->unit_id)
		db_bind_int(s, 13, e->unit_id);
	if (e->closed_at)
		db_bind_int(s, 14, e->closed_at);
	db_bind_blob(s, 15, prev, TL_HASH_BYTES);
	db_bind_blob(s, 16, out_hash, TL_HASH_BYTES);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	/* the change feed knows the row only by its own id: caches of the case's rendering
	 * (the one-case cache) are told the case */
	db_change_note(conn, e->case_id);
	return PA_OK;
}

/* ------------------------------------------------------------------ verify */

#define AUDIT_PRINT_MAX 1000   /* findings printed; the rest are counted */

void tl_audit_find(struct tl_audit *a, int64_t case_id, int64_t event_id, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (a->findings == 0)
		snprintf(a->first, sizeof a->first, "%s", line);
	if (a->first_bad_case == 0)
		a->first_bad_case = case_id;
	if (a->first_bad_event == 0)
		a->first_bad_event = event_id;
	a->findings++;
	if (a->out && a->findings <= AUDIT_PRINT_MAX)
		fprintf(a->out, "BROKEN: %s\n", line);
	else if (a->out && a->findings == AUDIT_PRINT_MAX + 1)
		fprintf(a->out, "BROKEN: more than %d findings; the rest are only counted\n",
		    AUDIT_PRINT_MAX);
}

/* Every row in chain order, with its case row (NULL columns when the case is gone). */
static const char SQL_TL_CHAINS[] =
    "SELECT t.id, t.case_id, t.seq, t.kind, t.action, COALESCE(t.actor_id, 0), t.at, "
    "t.from_status, t.to_status, t.note, t.data, COALESCE(t.assignee_id, 0), "
    "COALESCE(t.unit_id, 0), COALESCE(t.closed_at, 0), t.prev_hash, t.hash, "
    "c.id, c.code, c.status, COALESCE(c.assignee_id, 0), COALESCE(c.unit_id, 0), "
    "COALESCE(c.closed_at, 0) FROM timeline t LEFT JOIN cases c ON c.id = t.case_id "
    "ORDER BY t.case_id, t.seq";
static const char SQL_TL_NO_EVENTS[] =
    "SELECT c.id, c.code FROM cases c WHERE NOT EXISTS "
    "(SELECT 1 FROM timeline t WHERE t.case_id = c.id) ORDER BY c.id";

/* One case being replayed. */
struct replay {
	int64_t case_id, last_seq, last_id;
	bool broken, gone;                 /* a chain finding made; the case row is missing */
	unsigned char prev[TL_HASH_BYTES];
	char code[64], status[64];         /* the case's code; the replayed status */
	bool has_status;
	int64_t assignee_id, unit_id, closed_at;
	char c_status[64];                 /* the case row */
	int64_t c_assignee, c_unit, c_closed;
};

/* Compares a finished replay with its case row. */
static void replay_check(struct tl_audit *a, const struct replay *p)
{
	if (p->case_id == 0 || p->broken || p->gone)
		return;
	if (!p->has_status || strcmp(p->status, p->c_status) != 0)
		tl_audit_find(a, p->case_id, 0, "case %s: status is %s but its timeline ends in %s "
		    "(the case row was changed outside the server)", p->code, p->c_status,
		    p->has_status ? p->status : "no status");
	else if (p->assignee_id != p->c_assignee)
		tl_audit_find(a, p->case_id, 0, "case %s: assignee is user %lld but its timeline "
		    "ends with user %lld (the case row was changed outside the server)", p->code,
		    (long long)p->c_assignee, (long long)p->assignee_id);
	else if (p->unit_id != p->c_unit)
		tl_audit_find(a, p->case_id, 0, "case %s: unit is %lld but its timeline ends with "
		    "unit %lld (the case row was changed outside the server)", p->code,
		    (long long)p->c_unit, (long long)p->unit_id);
	else if (p->closed_at != p->c_closed)
		tl_audit_find(a, p->case_id, 0, "case %s: closed time %lld disagrees with its "
		    "timeline (%lld; the case row was changed outside the server)", p->code,
		    (long long)p->c_closed, (long long)p->closed_at);
}

static void copy_str(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src ? src : "");
}

static void row_event(struct db_stmt *s, struct tl_event *e)
{
	*e = (struct tl_event){
		.case_id = db_col_int(s, 1),
		.kind = db_col_text(s, 3),
		.action = db_col_text(s, 4),
		.actor_id = db_col_int(s, 5),
		.at = db_col_int(s, 6),
		.from_status = db_col_text(s, 7),
		.to_status = db_col_text(s, 8),
		.note = db_col_text(s, 9),
		.data = db_col_text(s, 10),
		.assignee_id = db_col_int(s, 11),
		.unit_id = db_col_int(s, 12),
		.closed_at = db_col_int(s, 13),
	};
}

pa_err tl_verify(struct db_conn *conn, struct tl_audit *a)
{
	struct db_stmt *s = db_prepare(conn, SQL_TL_CHAINS);
	struct replay p = { 0 };
	unsigned char h[TL_HASH_BYTES];
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	while ((r = db_step(s)) == DB_ROW) {
		int64_t id = db_col_int(s, 0), case_id = db_col_int(s, 1), seq = db_col_int(s, 2);
		struct tl_event e;
		row_event(s, &e);
		size_t np, nh;
		const void *sp = db_col_blob(s, 14, &np);
		const void *sh = db_col_blob(s, 15, &nh);

		a->events++;
		if (case_id != p.case_id) {
			replay_check(a, &p);
			memset(&p, 0, sizeof p);
			p.case_id = case_id;
			a->cases++;
			p.gone = db_col_null(s, 16);
			if (p.gone)
				snprintf(p.code, sizeof p.code, "id %lld", (long long)case_id);
			else
				copy_str(p.code, sizeof p.code, db_col_text(s, 17));
			copy_str(p.c_status, sizeof p.c_status, db_col_text(s, 18));
			p.c_assignee = db_col_int(s, 19);
			p.c_unit = db_col_int(s, 20);
			p.c_closed = db_col_int(s, 21);
			if (p.gone) {
				tl_audit_find(a, case_id, id, "timeline row %lld belongs to case id %lld, "
				    "which does not exist (the case row was deleted)", (long long)id,
				    (long long)case_id);
				p.broken = true;
			}
		}
		if (p.broken)
			continue;
		if (seq != p.last_seq + 1) {
			tl_audit_find(a, case_id, id, "case %s: timeline row %lld has seq %lld where "
			    "%lld was expected (a row was deleted)", p.code, (long long)id,
			    (long long)seq, (long long)(p.last_seq + 1));
			p.broken = true;
			continue;
		}
		if (seq == 1 && (e.kind == NULL || strcmp(e.kind, "create") != 0)) {
			tl_audit_find(a, case_id, id,
			    "case %s: timeline row %lld is not its create event", p.code, (long long)id);
			p.broken = true;
			continue;
		}
		tl_hash(p.prev, &e, seq, h);
		if (np != TL_HASH_BYTES || sodium_memcmp(sp, p.prev, TL_HASH_BYTES) != 0 ||
		    nh != TL_HASH_BYTES || sodium_memcmp(sh, h, TL_HASH_BYTES) != 0) {
			tl_audit_find(a, case_id, id, "case %s: timeline row %lld (seq %lld) does not "
			    "match its keyed hash (edited, inserted or written without the key)", p.code,
			    (long long)id, (long long)seq);
			p.broken = true;
			continue;
		}
		memcpy(p.prev, h, sizeof p.prev);
		p.last_seq = seq;
		p.last_id = id;
		if (e.to_status) {
			copy_str(p.status, sizeof p.status, e.to_status);
			p.has_status = true;
		}
		p.assignee_id = e.assignee_id;
		p.unit_id = e.unit_id;
		p.closed_at = e.closed_at;
	}
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	replay_check(a, &p);

	if ((s = db_prepare(conn, SQL_TL_NO_EVENTS)) == NULL)
		return PA_ERR_DB;
	while ((r = db_step(s)) == DB_ROW)
		tl_audit_find(a, db_col_int(s, 0), 0, "case %s has no timeline (its create event "
		    "was deleted)", db_col_text(s, 1));
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* ------------------------------------------------------------------ rebuild (migration 003) */

static const char SQL_TL_PENDING[] = "SELECT COUNT(*) FROM timeline_rebuild";

pa_err tl_rebuild_pending(struct db_conn *conn, bool *pending)
{
	struct db_stmt *s = db_prepare(conn, SQL_TL_PENDING);
	int r;

	*pending = false;
	if (s == NULL)
		return PA_ERR_DB;
	if ((r = db_step(s)) == DB_ROW)
		*pending = db_col_int(s, 0) > 0;
	db_reset(s);
	return r == DB_ROW ? PA_OK : PA_ERR_DB;
}

/* The hash of the unkeyed chain before migration 003: one chain through all rows in id order,
 * the row id included, no after-state. Only to check the old chain before rebuilding it. */
static void tl_hash_v1(const unsigned char prev[TL_HASH_BYTES], int64_t id,
    const struct tl_event *e, int64_t seq, unsigned char out[TL_HASH_BYTES])
{
	crypto_generichash_state st;

	crypto_generichash_init(&st, NULL, 0, TL_HASH_BYTES);
	crypto_generichash_update(&st, prev, TL_HASH_BYTES);
	tl_mac_i64(&st, id);
	put_event(&st, e, seq);
	crypto_generichash_final(&st, out, TL_HASH_BYTES);
}

static const char SQL_TL_V1[] =
    "SELECT id, case_id, seq, kind, action, COALESCE(actor_id, 0), at, from_status, to_status, "
    "note, data, COALESCE(assignee_id, 0), COALESCE(unit_id, 0), COALESCE(closed_at, 0), "
    "prev_hash, hash FROM timeline ORDER BY id";
static const char SQL_TL_V2[] =
    "SELECT id, case_id, seq, kind, action, COALESCE(actor_id, 0), at, from_status, to_status, "
    "note, data, COALESCE(assignee_id, 0), COALESCE(unit_id, 0), COALESCE(closed_at, 0) "
    "FROM timeline ORDER BY case_id, seq";
static const char SQL_TL_KEY_GET[] = "SELECT mac FROM key_check WHERE purpose = 'timeline'";
static const char SQL_TL_KEY_PUT[] =
    "INSERT INTO key_check (purpose, mac) VALUES ('timeline', ?1) "
    "ON CONFLICT (purpose) DO UPDATE SET mac = excluded.mac";

/* The check value of the loaded key: its MAC of a fixed text. */
static void key_check_value(unsigned char out[TL_HASH_BYTES])
{
	static const char text[] = "pingan timeline key check";
	crypto_generichash_state st;

	tl_mac_init(&st, 'K');
	crypto_generichash_update(&st, (const unsigned char *)text, sizeof text - 1);
	crypto_generichash_final(&st, out, TL_HASH_BYTES);
}

pa_err tl_key_matches(struct db_conn *conn, bool *match)
{
	unsigned char want[TL_HASH_BYTES];
	struct db_stmt *s = db_prepare(conn, SQL_TL_KEY_GET);
	const void *p;
	size_t n;
	int r;

	*match = false;
	if (s == NULL)
		return PA_ERR_DB;
	key_check_value(want);
	if ((r = db_step(s)) == DB_ROW) {
		p = db_col_blob(s, 0, &n);
		*match = n == TL_HASH_BYTES && sodium_memcmp(p, want, n) == 0;
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static const char SQL_TL_REHASH[] = "UPDATE timeline SET prev_hash = ?2, hash = ?3 WHERE id = ?1";
static const char SQL_TL_REBUILT[] = "DELETE FROM timeline_rebuild";

struct rehash {
	int64_t id;
	unsigned char prev[TL_HASH_BYTES], hash[TL_HASH_BYTES];
};
struct rebuild_job {
	struct rehash *rows;
	size_t n;
	unsigned char check[TL_HASH_BYTES];   /* the key's check value */
};

static pa_err rebuild_run(struct db_conn *c, void *ctx)
{
	struct rebuild_job *j = ctx;
	struct db_stmt *s;
	pa_err rc;

	for (size_t i = 0; i < j->n; i++) {
		if ((s = db_prepare(c, SQL_TL_REHASH)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->rows[i].id);
		db_bind_blob(s, 2, j->rows[i].prev, TL_HASH_BYTES);
		db_bind_blob(s, 3, j->rows[i].hash, TL_HASH_BYTES);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if ((s = db_prepare(c, SQL_TL_KEY_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_blob(s, 1, j->check, TL_HASH_BYTES);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	if ((s = db_prepare(c, SQL_TL_REBUILT)) == NULL)
		return PA_ERR_DB;
	return db_run(s);
}

/* Reads one row of SQL_TL_V1 / SQL_TL_V2 into e (strings valid until the next step). */

pa_err tl_rebuild(struct db *db, bool force, int64_t *chains, int64_t *broken_at, char *err,
    size_t n)
{
	struct db_conn *c = db_reader(db);
	struct rebuild_job j = { 0 };
	unsigned char prev[TL_HASH_BYTES] = { 0 }, h[TL_HASH_BYTES];
	struct db_stmt *s;
	size_t cap = 0;
	int64_t last_case = 0;
	pa_err rc = PA_ERR_DB;
	int r;

	*chains = 0;
	*broken_at = 0;
	if (!tl_has_key) {
		snprintf(err, n, "no timeline key loaded");
		return PA_ERR_INTERNAL;
	}
	if (c == NULL || (s = db_prepare(c, SQL_TL_V1)) == NULL) {
		snprintf(err, n, "cannot read the timeline");
		return PA_ERR_DB;
	}
	/* 1. the old unkeyed chain must be intact: a rebuild must not launder an edit */
	while ((r = db_step(s)) == DB_ROW) {
		struct tl_event e;
		size_t np, nh;
		const void *sp = db_col_blob(s, 14, &np), *sh = db_col_blob(s, 15, &nh);

		row_event(s, &e);
		tl_hash_v1(prev, db_col_int(s, 0), &e, db_col_int(s, 2), h);
		if (np != TL_HASH_BYTES || memcmp(sp, prev, TL_HASH_BYTES) != 0 ||
		    nh != TL_HASH_BYTES || memcmp(sh, h, TL_HASH_BYTES) != 0) {
			if (force) {     /* the operator looked and chose to go on: keep the first */
				if (*broken_at == 0)
					*broken_at = db_col_int(s, 0);
				memcpy(prev, sh && nh == TL_HASH_BYTES ? sh : h, sizeof prev);
				continue;
			}
			snprintf(err, n, "the old timeline chain is broken at event %lld; not rebuilding "
			    "it with the key (restore a backup, or inspect the database and run init "
			    "--accept-broken-timeline)",
			    (long long)db_col_int(s, 0));
			db_reset(s);
			return PA_ERR_CONFLICT;
		}
		memcpy(prev, h, sizeof prev);
	}
	db_reset(s);
	if (r == DB_FAIL) {
		snprintf(err, n, "cannot read the timeline");
		return PA_ERR_DB;
	}
	/* 2. the keyed chains per case, computed here; the writer job only stores them */
	if ((s = db_prepare(c, SQL_TL_V2)) == NULL) {
		snprintf(err, n, "cannot read the timeline");
		return PA_ERR_DB;
	}
	while ((r = db_step(s)) == DB_ROW) {
		struct tl_event e;
		struct rehash *x;

		row_event(s, &e);
		if (j.n == cap) {
			size_t nc = cap ? cap * 2 : 1024;
			struct rehash *nr = realloc(j.rows, nc * sizeof *nr);
			if (nr == NULL) {
				db_reset(s);
				snprintf(err, n, "out of memory");
				rc = PA_ERR_NOMEM;
				goto out;
			}
			j.rows = nr;
			cap = nc;
		}
		x = &j.rows[j.n++];
		x->id = db_col_int(s, 0);
		if (e.case_id != last_case) {
			memset(prev, 0, sizeof prev);
			last_case = e.case_id;
			(*chains)++;
		}
		memcpy(x->prev, prev, sizeof prev);
		tl_hash(prev, &e, db_col_int(s, 2), x->hash);
		memcpy(prev, x->hash, sizeof prev);
	}
	db_reset(s);
	if (r == DB_FAIL) {
		snprintf(err, n, "cannot read the timeline");
		goto out;
	}
	key_check_value(j.check);
	if ((rc = db_write(db, rebuild_run, &j)) != PA_OK)
		snprintf(err, n, "cannot store the rebuilt chains: %s", pa_err_str(rc));
out:
	free(j.rows);
	return rc;
}
