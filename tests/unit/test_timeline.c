/* test_timeline.c — the keyed hash chain per case, anchors, the replay of `audit verify`, and
 * the key file: every column of a row edited behind the engine's back is found; a chain
 * recomputed without the key is found; a deleted last row is found through the anchor; a case
 * row changed outside the server is named by its code. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "auth/auth.h"
#include "core/case.h"
#include "core/timeline.h"
#include "db/db.h"
#include "org/org.h"
#include "util/keys.h"
#include "util/util.h"

#include "support.h"

static struct support_db D;
static char anchors[96];

static struct {
	struct auth_user cz_leader, cz_officer, cz_aux;
	int64_t cz_org;
} F;

static const struct support_login users[] = {
	{ "cz-leader", &F.cz_leader }, { "cz-officer", &F.cz_officer }, { "cz-aux", &F.cz_aux },
	{ NULL, NULL },
};

static int group_setup(void **state)
{
	*state = &D;
	if (support_demo_db("timeline", false, &D) != 0)
		return -1;
	snprintf(anchors, sizeof anchors, "%s.anchors", D.path);
	F.cz_org = org_id_by_code(db_reader(D.db), "330702-GA-CZ");
	return F.cz_org > 0 ? 0 : -1;
}

static int group_teardown(void **state)
{
	unlink(anchors);
	return support_group_teardown(state);
}

static int setup(void **state)
{
	(void)state;
	return support_start(D.db, users);
}

/* ------------------------------------------------------------------ helpers */

static int64_t new_case(const char *title)
{
	struct case_new n = { .type = case_type_find("suggestion"), .title = title,
		.category = "facility", .org_id = F.cz_org };
	struct pa_error err = { 0 };
	int64_t id = 0;

	assert_int_equal(case_create(D.db, &F.cz_officer, &n, &id, &err), PA_OK);
	return id;
}

/* A case with create, accept (assigned to cz-aux), a comment and done: four rows. */
static int64_t full_case(const char *title)
{
	char fields[64];
	int64_t id = new_case(title), ev;
	struct pa_error err = { 0 };

	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	support_act_ok(D.db, &F.cz_leader, id, "accept", "请处理", fields);
	assert_int_equal(case_comment(D.db, &F.cz_aux, id, "在办", &ev, &err), PA_OK);
	support_act_ok(D.db, &F.cz_aux, id, "done", NULL, "{\"result\":\"办好了\"}");
	return id;
}

static struct tl_audit verify(void)
{
	struct tl_audit a = { 0 };

	assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
	assert_int_equal(anchor_verify(db_reader(D.db), anchors, &a), PA_OK);
	return a;
}

static void assert_intact(void)
{
	struct tl_audit a = verify();

	if (a.findings)
		fail_msg("expected intact, found: %s", a.first);
}

static int64_t anchor_now(void)
{
	char err[256];
	int64_t id = -1;

	if (anchor_record(D.db, anchors, &id, err, sizeof err) != PA_OK)
		fail_msg("anchor_record: %s", err);
	return id;
}

/* Runs one statement with ?1 bound to v on the raw handle; it must succeed. */
static void raw(sqlite3 *h, const char *sql, int64_t v)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("prepare %s: %s", sql, sqlite3_errmsg(h));
	sqlite3_bind_int64(st, 1, v);
	if (sqlite3_step(st) != SQLITE_DONE)
		fail_msg("step %s: %s", sql, sqlite3_errmsg(h));
	sqlite3_finalize(st);
}

static const char SQL_ROW_OF[] = "SELECT id FROM timeline WHERE case_id = ?1 AND seq = ?2";

static int64_t row_of(int64_t case_id, int64_t seq)
{
	int64_t v[2] = { case_id, seq };
	return support_count_with(D.db, SQL_ROW_OF, v, 2, NULL);
}

static const char SQL_CODE_OF[] = "SELECT code FROM cases WHERE id = ?1";

static void code_of(int64_t id, char *out, size_t n)
{
	struct db_stmt *s = db_prepare(db_reader(D.db), SQL_CODE_OF);

	assert_non_null(s);
	db_bind_int(s, 1, id);
	assert_int_equal(db_step(s), DB_ROW);
	snprintf(out, n, "%s", db_col_text(s, 0));
	db_reset(s);
}

/* ------------------------------------------------------------------ tests */

/* Each case has its own chain: seq 1 starts from zero, and a row links to the row before it
 * in the same case even when other cases were written in between. */
static void chain_per_case(void **state)
{
	static const char SQL_FIRST_NOT_ZERO[] =
	    "SELECT COUNT(*) FROM timeline WHERE seq = 1 AND prev_hash <> zeroblob(32)";
	static const char SQL_LINKS[] =
	    "SELECT COUNT(*) FROM timeline t JOIN timeline p ON p.case_id = t.case_id AND "
	    "p.seq = t.seq - 1 WHERE t.case_id = ?1 AND t.prev_hash = p.hash";
	char fields[64];
	int64_t a, b;

	(void)state;
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_officer.id);
	a = new_case("链甲");
	b = new_case("链乙");
	support_act_ok(D.db, &F.cz_leader, a, "accept", NULL, fields);
	support_act_ok(D.db, &F.cz_leader, b, "accept", NULL, fields);
	support_act_ok(D.db, &F.cz_officer, a, "done", NULL, "{\"result\":\"好\"}");
	assert_int_equal(support_count(D.db, SQL_FIRST_NOT_ZERO), 0);
	assert_int_equal(support_count_with(D.db, SQL_LINKS, &a, 1, NULL), 2);
	assert_int_equal(support_count_with(D.db, SQL_LINKS, &b, 1, NULL), 1);
	anchor_now();
	assert_intact();
}

/* A row records the case's state after its event: the replay needs it. */
static void rows_record_the_state_after(void **state)
{
	static const char SQL_STATE[] =
	    "SELECT COALESCE(assignee_id, 0) * 10 + (closed_at IS NOT NULL) FROM timeline "
	    "WHERE case_id = ?1 AND seq = ?2";
	int64_t id = full_case("状态记录"), v[2] = { id, 1 };

	(void)state;
	assert_int_equal(support_count_with(D.db, SQL_STATE, v, 2, NULL), 0);
	v[1] = 2;       /* accept: assigned, open */
	assert_int_equal(support_count_with(D.db, SQL_STATE, v, 2, NULL), F.cz_aux.id * 10);
	v[1] = 3;       /* comment: unchanged */
	assert_int_equal(support_count_with(D.db, SQL_STATE, v, 2, NULL), F.cz_aux.id * 10);
	v[1] = 4;       /* done: closed */
	assert_int_equal(support_count_with(D.db, SQL_STATE, v, 2, NULL), F.cz_aux.id * 10 + 1);
}

/* Every column that the hash covers, changed in the middle row of a case: verify names that
 * row (and is intact again once the row is put back). */
static void every_column_tamper_detected(void **state)
{
	static const char *const edits[] = {
		"UPDATE timeline SET kind = 'comment' WHERE id = ?1",
		"UPDATE timeline SET action = 'decline' WHERE id = ?1",
		"UPDATE timeline SET actor_id = actor_id + 1 WHERE id = ?1",
		"UPDATE timeline SET at = at + 1 WHERE id = ?1",
		"UPDATE timeline SET from_status = 'done' WHERE id = ?1",
		"UPDATE timeline SET to_status = 'declined' WHERE id = ?1",
		"UPDATE timeline SET note = '没问题' WHERE id = ?1",
		"UPDATE timeline SET note = NULL WHERE id = ?1",
		"UPDATE timeline SET data = '{}' WHERE id = ?1",
		"UPDATE timeline SET assignee_id = NULL WHERE id = ?1",
		"UPDATE timeline SET unit_id = 1 WHERE id = ?1",
		"UPDATE timeline SET closed_at = 1 WHERE id = ?1",
		"UPDATE timeline SET prev_hash = zeroblob(32) WHERE id = ?1",
		"UPDATE timeline SET hash = zeroblob(32) WHERE id = ?1",
		"UPDATE timeline SET seq = seq + 100 WHERE id = ?1",   /* last: a gap */
	};
	int64_t id = full_case("逐列篡改"), ev = row_of(id, 2);
	sqlite3 *h = support_raw_open(&D);

	(void)state;
	anchor_now();
	assert_intact();
	for (size_t i = 0; i < SUPPORT_LEN(edits); i++) {
		struct tl_audit a;

		raw(h, "DROP TABLE IF EXISTS temp.saved", 0);
		raw(h, "CREATE TEMP TABLE saved AS SELECT * FROM timeline WHERE id = ?1", ev);
		raw(h, edits[i], ev);
		a = verify();
		/* a seq moved away leaves a gap, found at the row after it */
		if (a.first_bad_event != (i + 1 < SUPPORT_LEN(edits) ? ev : row_of(id, 3)))
			fail_msg("%s: first bad row %lld, not %lld (%s)", edits[i],
			    (long long)a.first_bad_event, (long long)ev, a.first);
		assert_int_equal(a.first_bad_case, id);
		raw(h, "DELETE FROM timeline WHERE id = ?1", ev);
		raw(h, "INSERT INTO timeline SELECT * FROM temp.saved", 0);
		assert_intact();
	}
	/* a row inserted in the middle (the rows after it renumbered) */
	raw(h, "UPDATE timeline SET seq = seq + 10 WHERE case_id = ?1 AND seq >= 3", id);
	raw(h, "INSERT INTO timeline (case_id, seq, kind, at, note, prev_hash, hash) SELECT "
	    "case_id, 3, 'comment', at, '补一条', hash, hash FROM timeline WHERE id = ?1", ev);
	raw(h, "UPDATE timeline SET seq = seq - 9 WHERE case_id = ?1 AND seq >= 13", id);
	{
		struct tl_audit a = verify();
		assert_true(a.findings > 0);
		assert_int_equal(a.first_bad_case, id);
		assert_int_equal(a.first_bad_event, row_of(id, 3));   /* the inserted row */
	}
	raw(h, "DELETE FROM timeline WHERE case_id = ?1 AND seq = 3", id);
	raw(h, "UPDATE timeline SET seq = seq - 1 WHERE case_id = ?1 AND seq >= 4", id);
	assert_intact();
	sqlite3_close(h);
}

/* Whoever holds the database but not the key edits a row and recomputes the case's chain
 * with any other key (or none): verify finds it. With the real key it would pass, which is
 * exactly what the key protects. */
static void recomputed_without_key_detected(void **state)
{
	static const char SQL_ROWS[] =
	    "SELECT id, case_id, seq, kind, action, COALESCE(actor_id, 0), at, from_status, "
	    "to_status, note, data, COALESCE(assignee_id, 0), COALESCE(unit_id, 0), "
	    "COALESCE(closed_at, 0) FROM timeline WHERE case_id = ?1 ORDER BY seq";
	static const unsigned char wrong[32] = "somebody else's key, not ours!!";
	const unsigned char *keys[2] = { wrong, SUPPORT_TL_KEY };
	int64_t id = full_case("重算链");
	sqlite3 *h = support_raw_open(&D);

	struct tl_audit base;

	(void)state;
	anchor_now();
	base = verify();      /* what earlier tests left behind */
	raw(h, "UPDATE timeline SET note = '从未受理' WHERE case_id = ?1 AND seq = 2", id);
	for (int k = 0; k < 2; k++) {
		unsigned char prev[TL_HASH_BYTES] = { 0 }, hash[TL_HASH_BYTES];
		sqlite3_stmt *sel, *upd;
			struct tl_audit a;

		tl_key_set(keys[k]);
		assert_int_equal(sqlite3_prepare_v2(h, SQL_ROWS, -1, &sel, NULL), SQLITE_OK);
		assert_int_equal(sqlite3_prepare_v2(h, "UPDATE timeline SET prev_hash = ?2, hash = ?3 "
		    "WHERE id = ?1", -1, &upd, NULL), SQLITE_OK);
		sqlite3_bind_int64(sel, 1, id);
		while (sqlite3_step(sel) == SQLITE_ROW) {
			struct tl_event e = {
				.case_id = sqlite3_column_int64(sel, 1),
				.kind = (const char *)sqlite3_column_text(sel, 3),
				.action = (const char *)sqlite3_column_text(sel, 4),
				.actor_id = sqlite3_column_int64(sel, 5),
				.at = sqlite3_column_int64(sel, 6),
				.from_status = (const char *)sqlite3_column_text(sel, 7),
				.to_status = (const char *)sqlite3_column_text(sel, 8),
				.note = (const char *)sqlite3_column_text(sel, 9),
				.data = (const char *)sqlite3_column_text(sel, 10),
				.assignee_id = sqlite3_column_int64(sel, 11),
				.unit_id = sqlite3_column_int64(sel, 12),
				.closed_at = sqlite3_column_int64(sel, 13),
			};
			tl_hash(prev, &e, sqlite3_column_int64(sel, 2), hash);
			sqlite3_bind_int64(upd, 1, sqlite3_column_int64(sel, 0));
			sqlite3_bind_blob(upd, 2, prev, TL_HASH_BYTES, SQLITE_TRANSIENT);
			sqlite3_bind_blob(upd, 3, hash, TL_HASH_BYTES, SQLITE_TRANSIENT);
			assert_int_equal(sqlite3_step(upd), SQLITE_DONE);
			sqlite3_reset(upd);
			memcpy(prev, hash, sizeof prev);
		}
		sqlite3_finalize(sel);
		sqlite3_finalize(upd);
		tl_key_set(SUPPORT_TL_KEY);
		a = (struct tl_audit){ 0 };
		assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
		if (k == 0) {
			/* the wrong key: the first row of the case no longer matches */
			if (a.findings != 1)
				fail_msg("%lld findings, first %s", (long long)a.findings, a.first);
			assert_int_equal(a.first_bad_event, row_of(id, 1));
			assert_int_equal(a.first_bad_case, id);
		} else {
			/* the key holder's rewrite: the chain fits, only the anchor still knows */
			assert_int_equal(a.findings, 0);
			a = verify();
			assert_int_equal(a.findings, base.findings + 1);
		}
	}
	/* put the case's hashes back as the anchor holds them is not possible: leave a clean
	 * slate for the next tests by removing the case */
	raw(h, "DELETE FROM anchor_heads WHERE case_id = ?1", id);
	sqlite3_close(h);
}

/* A case's last row deleted: its chain is still a valid chain, and the replay may agree (a
 * comment changes no state); only the anchor shows it. */
static void deleted_last_row_detected_by_anchor(void **state)
{
	int64_t id = new_case("删掉最后一条"), ev;
	struct pa_error err = { 0 };
	struct tl_audit a = { 0 };
	sqlite3 *h = support_raw_open(&D);
	char code[32];

	(void)state;
	assert_int_equal(case_comment(D.db, &F.cz_officer, id, "补充说明", &ev, &err), PA_OK);
	assert_true(anchor_now() > 0);
	assert_int_equal(anchor_now(), 0);     /* nothing changed since */
	code_of(id, code, sizeof code);
	raw(h, "DELETE FROM timeline WHERE id = ?1", ev);
	assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
	assert_int_equal(a.findings, 0);       /* the chain alone cannot tell */
	a = verify();
	assert_int_equal(a.findings, 1);
	assert_int_equal(a.first_bad_case, id);
	assert_non_null(strstr(a.first, code));
	assert_non_null(strstr(a.first, "missing"));
	/* the same row written back exactly: intact again */
	sqlite3_close(h);
	h = NULL;
	(void)h;
}

/* A case row changed behind the server's back is named by its code. */
static void edited_case_row_named(void **state)
{
	static const char *const edits[] = {
		"UPDATE cases SET status = 'done' WHERE id = ?1",
		"UPDATE cases SET assignee_id = NULL WHERE id = ?1",
		"UPDATE cases SET unit_id = 1 WHERE id = ?1",
		"UPDATE cases SET closed_at = 12345 WHERE id = ?1",
	};
	static const char *const undo[] = {
		"UPDATE cases SET status = 'in_progress' WHERE id = ?1",
		"UPDATE cases SET assignee_id = (SELECT assignee_id FROM timeline WHERE case_id = ?1 "
		"AND seq = 2) WHERE id = ?1",
		"UPDATE cases SET unit_id = NULL WHERE id = ?1",
		"UPDATE cases SET closed_at = NULL WHERE id = ?1",
	};
	char fields[64], code[32];
	int64_t id = new_case("改状态");
	sqlite3 *h = support_raw_open(&D);
	struct tl_audit before = verify();

	(void)state;
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	support_act_ok(D.db, &F.cz_leader, id, "accept", NULL, fields);
	code_of(id, code, sizeof code);
	for (size_t i = 0; i < SUPPORT_LEN(edits); i++) {
		struct tl_audit a = { 0 };
		raw(h, edits[i], id);
		assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
		if (a.findings != before.findings + 1 || strstr(a.first, code) == NULL)
			fail_msg("%s: %lld findings, first: %s", edits[i], (long long)a.findings,
			    a.first);
		assert_int_equal(a.first_bad_case, id);
		raw(h, undo[i], id);
		a = (struct tl_audit){ 0 };
		assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
		assert_int_equal(a.findings, before.findings);
	}
	sqlite3_close(h);
}

/* The anchors: an edited or deleted anchor row, a changed or missing line of the file. */
static void anchor_tampering_detected(void **state)
{
	static const char SQL_LAST_ANCHOR[] = "SELECT MAX(id) FROM anchors";
	sqlite3 *h = support_raw_open(&D);
	struct tl_audit base, a;
	int64_t last;
	FILE *f;
	long size;

	(void)state;
	new_case("锚点");
	assert_true(anchor_now() > 0);
	base = verify();
	last = support_count(D.db, SQL_LAST_ANCHOR);

	raw(h, "UPDATE anchors SET at = at + 1 WHERE id = ?1", last);
	a = verify();
	assert_int_equal(a.findings, base.findings + 1);
	raw(h, "UPDATE anchors SET at = at - 1 WHERE id = ?1", last);

	raw(h, "UPDATE anchor_heads SET seq = seq + 1 WHERE anchor_id = ?1", last);
	a = verify();
	assert_true(a.findings > base.findings);
	raw(h, "UPDATE anchor_heads SET seq = seq - 1 WHERE anchor_id = ?1", last);
	assert_int_equal(verify().findings, base.findings);

	/* the file's last line cut off: the table has an anchor the file lacks */
	f = fopen(anchors, "r+");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fclose(f);
	assert_int_equal(truncate(anchors, size - 10), 0);  /* a torn last line */
	a = verify();
	assert_true(a.findings > base.findings);
	/* anchor_record appends what the file lacks (after ending the torn line) */
	assert_int_equal(anchor_now(), 0);
	a = verify();
	assert_int_equal(a.findings, base.findings + 1);   /* only the malformed torn line */
	sqlite3_close(h);
}

/* No key, no row: an unkeyed row could never be verified. */
static void append_without_key_refused(void **state)
{
	struct case_new n = { .type = case_type_find("suggestion"), .title = "无钥匙",
		.category = "facility", .org_id = F.cz_org };
	struct pa_error err = { 0 };
	static const char SQL_COUNT_TITLE[] = "SELECT COUNT(*) FROM cases WHERE title = ?1";
	int64_t id = 0;

	(void)state;
	tl_key_set(NULL);
	assert_false(tl_key_ready());
	assert_int_not_equal(case_create(D.db, &F.cz_officer, &n, &id, &err), PA_OK);
	pa_error_clear(&err);
	tl_key_set(SUPPORT_TL_KEY);
	assert_int_equal(support_count_with(D.db, SQL_COUNT_TITLE, NULL, 0, "无钥匙"), 0);
}

/* The key file: 0600, never overwritten, refused when readable by others, short or missing;
 * one subkey per purpose. */
static void key_file(void **state)
{
	char path[64], err[256];
	struct pa_keys k, k2;
	unsigned char a[KEYS_SUB_BYTES], b[KEYS_SUB_BYTES], c[KEYS_SUB_BYTES];
	struct stat st;
	FILE *f;
	int fd;

	(void)state;
	snprintf(path, sizeof path, "/tmp/pingan-key-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(keys_load(path, &k, err, sizeof err), PA_ERR_NOT_FOUND);
	assert_int_equal(keys_create(path, err, sizeof err), PA_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(st.st_size, KEYS_MASTER_BYTES);
	assert_int_equal(keys_load(path, &k, err, sizeof err), PA_OK);
	/* a second create refuses and leaves the key as it was */
	assert_int_equal(keys_create(path, err, sizeof err), PA_ERR_CONFLICT);
	assert_int_equal(keys_load(path, &k2, err, sizeof err), PA_OK);
	assert_memory_equal(k.master, k2.master, KEYS_MASTER_BYTES);
	keys_subkey(&k, KEY_TIMELINE_MAC, a);
	keys_subkey(&k, KEY_PERSONAL_DATA, b);
	keys_subkey(&k, KEY_BLIND_INDEX, c);
	assert_memory_not_equal(a, b, KEYS_SUB_BYTES);
	assert_memory_not_equal(a, c, KEYS_SUB_BYTES);
	assert_memory_not_equal(b, c, KEYS_SUB_BYTES);
	assert_memory_not_equal(a, k.master, KEYS_SUB_BYTES);
	keys_wipe(&k);
	keys_wipe(&k2);
	/* readable by the group */
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(keys_load(path, &k, err, sizeof err), PA_ERR_INVALID);
	assert_non_null(strstr(err, "600"));
	/* the wrong size */
	assert_int_equal(chmod(path, 0600), 0);
	f = fopen(path, "a");
	assert_non_null(f);
	fputc('x', f);
	fclose(f);
	assert_int_equal(keys_load(path, &k, err, sizeof err), PA_ERR_INVALID);
	assert_non_null(strstr(err, "size"));
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(chain_per_case, setup, support_end),
		cmocka_unit_test_setup_teardown(rows_record_the_state_after, setup, support_end),
		cmocka_unit_test_setup_teardown(every_column_tamper_detected, setup, support_end),
		cmocka_unit_test_setup_teardown(edited_case_row_named, setup, support_end),
		cmocka_unit_test_setup_teardown(deleted_last_row_detected_by_anchor, setup,
		    support_end),
		cmocka_unit_test_setup_teardown(anchor_tampering_detected, setup, support_end),
		cmocka_unit_test_setup_teardown(recomputed_without_key_detected, setup, support_end),
		cmocka_unit_test_setup_teardown(append_without_key_refused, setup, support_end),
		cmocka_unit_test(key_file),
	};

	return cmocka_run_group_tests_name("timeline", tests, group_setup, group_teardown);
}
