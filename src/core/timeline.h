/* timeline.h — the timeline of every case (办理记录): a keyed hash chain per case, the anchors
 * that pin the chains' heads, and `pingan audit verify`.
 *
 * Each case's events form their own chain, seq 1, 2, 3 ...: a row's prev_hash is the hash of
 * the row before it in the same case (32 zero bytes before seq 1), and its hash is BLAKE2b-256
 * keyed with the key file's timeline MAC key (util/keys.h) over prev_hash and every column
 * but id and the hashes, each length-prefixed. Writes to different cases never wait on one
 * chain head, and whoever holds only the database file cannot recompute a chain.
 *
 * A row also records the case's state AFTER the event (status through to_status, assignee,
 * unit, closed time), so that verify can replay each case and compare it with its case row.
 */
#ifndef PA_TIMELINE_H
#define PA_TIMELINE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
struct db_conn;

struct tl_event {
	int64_t case_id;
	const char *kind;        /* create, action, comment, update, supervise */
	const char *action;      /* NULL unless kind is action */
	int64_t actor_id;
	int64_t at;
	const char *from_status, *to_status, *note;
	const char *data;        /* JSON text or NULL */
	/* The case's state after the event (0 = none). tl_append fills them from the stored case
	 * row (so callers need only store the case first); tl_insert takes them as given. */
	int64_t assignee_id, unit_id, closed_at;
};
#define TL_HASH_BYTES 32
#define TL_KEY_BYTES  32

/* Sets the process-wide timeline MAC key (keys_subkey(KEY_TIMELINE_MAC)); NULL wipes it.
 * Until it is set tl_append and tl_insert refuse (PA_ERR_INTERNAL): no row is ever written
 * with a hash that verify could not check. */
void tl_key_set(const unsigned char key[TL_KEY_BYTES]);
bool tl_key_ready(void);
/* True when the loaded key is the one the database's chains were built with (its check value,
 * stored by tl_rebuild, matches). */
pa_err tl_key_matches(struct db_conn *conn, bool *match);

/* Appends e to the timeline of its case, after the case row was stored in this same
 * transaction; chains it to the case's last event. *out_id (may be NULL) is the new row. */
pa_err tl_append(struct db_conn *conn, const struct tl_event *e, int64_t *out_id);
/* Writes one event with a known seq and previous hash of its case (bulk loading knows them
 * without asking); id 0 lets the database choose it. out_hash is the new link. */
pa_err tl_insert(struct db_conn *conn, int64_t id, int64_t seq, const struct tl_event *e,
    const unsigned char prev[TL_HASH_BYTES], unsigned char out_hash[TL_HASH_BYTES]);
/* The keyed hash of one event given the previous hash of its case (exposed for tests). */
void tl_hash(const unsigned char prev[TL_HASH_BYTES], const struct tl_event *e, int64_t seq,
    unsigned char out[TL_HASH_BYTES]);
/* A keyed BLAKE2b-256 state of another record kind (domain byte), for the anchor chain. */
struct crypto_generichash_blake2b_state;
void tl_mac_init(struct crypto_generichash_blake2b_state *st, unsigned char domain);
void tl_mac_i64(struct crypto_generichash_blake2b_state *st, int64_t v);

/* What `pingan audit verify` found. Each finding is one line on out (if not NULL). */
struct tl_audit {
	FILE *out;
	int64_t events, cases, anchors, findings;
	int64_t first_bad_event;     /* the first timeline row named in a finding, 0 if none */
	int64_t first_bad_case;      /* the first case named in a finding, 0 if none */
	char first[512];             /* the first finding's text */
};
/* Reports one finding (printf-style) on a->out and counts it. */
void tl_audit_find(struct tl_audit *a, int64_t case_id, int64_t event_id, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Recomputes every case's chain with the key and names each case's first bad row (edited,
 * inserted or a gap in seq), a case without its create event, rows of a missing case, and
 * replays each case: status, assignee, unit and closed time must agree with the case row. */
pa_err tl_verify(struct db_conn *conn, struct tl_audit *a);

/* True when the chains still carry the unkeyed hashes of before migration 003. */
pa_err tl_rebuild_pending(struct db_conn *conn, bool *pending);
/* Rebuilds every chain with the keyed hash, after checking the old unkeyed chain: a broken one
 * is refused (PA_ERR_CONFLICT naming the event in err) unless force, which rebuilds anyway and
 * gives the first broken event in *broken_at. *chains: cases rebuilt. */
pa_err tl_rebuild(struct db *db, bool force, int64_t *chains, int64_t *broken_at, char *err,
    size_t n);

/* ---- anchors (anchor.c) ---- */

#define ANCHOR_INTERVAL_S 60     /* a minute with timeline changes gets an anchor */
#define ANCHOR_LINE_MAX   256    /* one line of the anchor file */

/* The anchor file of database db: explicit (--anchor-file), else "<db>.anchors". */
const char *anchor_path(const char *explicit_path, const char *db, char *buf, size_t n);
/* Records an anchor of the chains changed since the last one and appends it to file (mode
 * 0600, append-only). *out_id is the new anchor, 0 when nothing changed. Anchors of the table
 * missing from the file's end (a stop between commit and append) are appended first. */
pa_err anchor_record(struct db *db, const char *file, int64_t *out_id, char *err, size_t n);
/* Checks the anchor chain (keyed), the file against the table, and that every anchored head
 * still exists unchanged (a deleted last row, rows removed since an anchor). */
pa_err anchor_verify(struct db_conn *conn, const char *file, struct tl_audit *a);
/* serve: a thread that records an anchor every interval_s seconds; stop records a last one. */
pa_err anchor_start(struct db *db, const char *file, int interval_s);
void anchor_stop(void);

#endif
