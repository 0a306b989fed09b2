/* timeline.c — the append-only, hash-chained timeline of every case (办理记录).
 *
 * One chain runs through all events in id order: hash_n = BLAKE2b-256(hash_{n-1} || content_n).
 * The content is every column but the hashes, each written with its length so that no two
 * different events serialise alike. Only the writer thread appends, so the chain is linear.
 */
#include <sodium.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"
#include "case.h"

static void put_i64(crypto_generichash_state *st, int64_t v)
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

void tl_hash(const unsigned char prev[TL_HASH_BYTES], int64_t id, const struct tl_event *e,
    int64_t seq, unsigned char out[TL_HASH_BYTES])
{
	crypto_generichash_state st;

	crypto_generichash_init(&st, NULL, 0, TL_HASH_BYTES);
	crypto_generichash_update(&st, prev, TL_HASH_BYTES);
	put_i64(&st, id);
	put_i64(&st, e->case_id);
	put_i64(&st, seq);
	put_str(&st, e->kind);
	put_str(&st, e->action);
	put_i64(&st, e->actor_id);
	put_i64(&st, e->at);
	put_str(&st, e->from_status);
	put_str(&st, e->to_status);
	put_str(&st, e->note);
	put_str(&st, e->data);
	crypto_generichash_final(&st, out, TL_HASH_BYTES);
}

static const char SQL_TL_LAST[] = "SELECT id, hash FROM timeline ORDER BY id DESC LIMIT 1";
static const char SQL_TL_SEQ[] = "SELECT COALESCE(MAX(seq), 0) FROM timeline WHERE case_id = ?1";
static const char SQL_TL_INSERT[] =
    "INSERT INTO timeline (id, case_id, seq, kind, action, actor_id, at, from_status, to_status, "
    "note, data, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

pa_err tl_append(struct db_conn *conn, const struct tl_event *e, int64_t *out_id)
{
	unsigned char prev[TL_HASH_BYTES] = { 0 }, h[TL_HASH_BYTES];
	struct db_stmt *s;
	int64_t id = 1, seq = 1;
	const void *p;
	size_t n;

	if ((s = db_prepare(conn, SQL_TL_LAST)) == NULL)
		return PA_ERR_DB;
	if (db_step(s) == DB_ROW) {
		id = db_col_int(s, 0) + 1;
		p = db_col_blob(s, 1, &n);
		if (n == TL_HASH_BYTES)
			memcpy(prev, p, n);
	}
	db_reset(s);
	if ((s = db_prepare(conn, SQL_TL_SEQ)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, e->case_id);
	if (db_step(s) == DB_ROW)
		seq = db_col_int(s, 0) + 1;
	db_reset(s);

	if (tl_insert(conn, id, seq, e, prev, h) != PA_OK)
		return PA_ERR_DB;
	if (out_id)
		*out_id = id;
	return PA_OK;
}

pa_err tl_insert(struct db_conn *conn, int64_t id, int64_t seq, const struct tl_event *e,
    const unsigned char prev[TL_HASH_BYTES], unsigned char out_hash[TL_HASH_BYTES])
{
	struct db_stmt *s;

	tl_hash(prev, id, e, seq, out_hash);
	if ((s = db_prepare(conn, SQL_TL_INSERT)) == NULL)
		return PA_ERR_DB;
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
	db_bind_blob(s, 12, prev, TL_HASH_BYTES);
	db_bind_blob(s, 13, out_hash, TL_HASH_BYTES);
	return db_run(s);
}

static const char SQL_TL_ALL[] =
    "SELECT id, case_id, seq, kind, action, COALESCE(actor_id, 0), at, from_status, to_status, "
    "note, data, prev_hash, hash FROM timeline ORDER BY id";

pa_err tl_verify(struct db_conn *conn, int64_t *bad_id, int64_t *count)
{
	unsigned char prev[TL_HASH_BYTES] = { 0 }, h[TL_HASH_BYTES];
	struct db_stmt *s = db_prepare(conn, SQL_TL_ALL);
	int r;

	*bad_id = 0;
	*count = 0;
	if (s == NULL)
		return PA_ERR_DB;
	while ((r = db_step(s)) == DB_ROW) {
		struct tl_event e = {
			.case_id = db_col_int(s, 1),
			.kind = db_col_text(s, 3),
			.action = db_col_text(s, 4),
			.actor_id = db_col_int(s, 5),
			.at = db_col_int(s, 6),
			.from_status = db_col_text(s, 7),
			.to_status = db_col_text(s, 8),
			.note = db_col_text(s, 9),
			.data = db_col_text(s, 10),
		};
		int64_t id = db_col_int(s, 0);
		size_t np, nh;
		const void *sp = db_col_blob(s, 11, &np);
		const void *sh;

		(*count)++;
		tl_hash(prev, id, &e, db_col_int(s, 2), h);
		sh = db_col_blob(s, 12, &nh);
		if (np != TL_HASH_BYTES || memcmp(sp, prev, TL_HASH_BYTES) != 0 ||
		    nh != TL_HASH_BYTES || memcmp(sh, h, TL_HASH_BYTES) != 0) {
			*bad_id = id;
			break;
		}
		memcpy(prev, h, sizeof prev);
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static const char SQL_TL_ORPHANS[] =
    "SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM timeline t "
    "WHERE t.case_id = c.id AND t.seq = 1 AND t.kind = 'create') ORDER BY c.id LIMIT 1";

pa_err tl_check_cases(struct db_conn *conn, int64_t *bad_case)
{
	struct db_stmt *s = db_prepare(conn, SQL_TL_ORPHANS);
	int r;

	*bad_case = 0;
	if (s == NULL)
		return PA_ERR_DB;
	r = db_step(s);
	if (r == DB_ROW)
		*bad_case = db_col_int(s, 0);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}
