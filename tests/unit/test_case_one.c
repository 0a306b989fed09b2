/* test_case_one.c — the one-case cache (单案缓存, src/core/case_one.c) of GET one case and the
 * change feed paths that drop it: a write to a case or its side row, a new timeline event
 * (tl_append: its writer notes the case), a new share (case_share, likewise), a person newly
 * linked to the case or a new link between cases (both of them) drops that case only; a
 * write to orgs or users, a changed or deleted timeline event or case link, a changed person
 * link drops all; a table GET one case does not read drops nothing. A case read before a drop is not kept after it, and a reader older than a drop is
 * not served what a newer one kept; an entry is served until its until, without the persons
 * segment when asked; the case kept is the case as loaded (strings, shares, attrs); a reader
 * holding an entry keeps it whole across a drop (ASan: no use after free, no leak); the cost
 * held stays under CASE_ONE_BYTES. On a demo database with its events; the writes go through
 * the writer like the server's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/auth.h"
#include "core/case.h"
#include "core/person.h"
#include "core/timeline.h"
#include "db/db.h"
#include "modules/governance.h"
#include "util/util.h"

#include "support.h"

static struct support_db D;
static int64_t A, B;     /* two event cases of the demo */
static int64_t share_org;    /* an org unit to share them with */
static int64_t a_user;   /* a user (who links cases) */
static const char BYTES[] = "{\"id\":1,\"x\":\"one\",\"persons\":[{\"name\":\"诸**明\"}],"
    "\"warn\":null,\"timeline\":[{\"seq\":1}";

/* ------------------------------------------------------------------ helpers */

static pa_err run_sql(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, ctx);
	return s ? db_run(s) : PA_ERR_DB;
}

static void write_sql(const char *sql)
{
	assert_int_equal(db_write(D.db, run_sql, (void *)sql), PA_OK);
}

static uint64_t seq_now(void)
{
	return db_change_seq(db_reader(D.db));
}

/* Keeps case id (as case_load reads it now) with BYTES, read at change sequence seq. */
static void put_at(int64_t id, uint64_t seq, int64_t until)
{
	struct arena *a = arena_new(1 << 20);
	struct case_rec rec;
	size_t pfrom = strstr(BYTES, ",\"persons\"") - BYTES, pto = strstr(BYTES, ",\"warn\"") - BYTES;

	assert_non_null(a);
	assert_int_equal(case_load(db_reader(D.db), a, id, &rec), PA_OK);
	case_one_put(seq, &rec, BYTES, strlen(BYTES), pfrom, pto, false, until);
	case_rec_clear(&rec);
	arena_free(a);
}

static void put(int64_t id)
{
	put_at(id, seq_now(), INT64_MAX);
}

/* Whether case id is served to a reader of now; its bytes and id checked when it is. */
static bool kept(int64_t id)
{
	const struct case_one *e = case_one_get(id, seq_now(), clock_now_ms());
	struct sb b;

	if (e == NULL)
		return false;
	assert_int_equal(case_one_rec(e)->id, id);
	sb_init(&b, 1 << 16);
	case_one_write(e, true, &b);
	assert_string_equal(b.buf, BYTES);
	sb_free(&b);
	case_one_release(e);
	return true;
}

/* Both cases kept, then job run as one write: which of them are still there. */
static void after_job(db_write_fn job, void *ctx, bool a_stays, bool b_stays)
{
	put(A);
	put(B);
	assert_true(kept(A));
	assert_true(kept(B));
	assert_int_equal(db_write(D.db, job, ctx), PA_OK);
	assert_int_equal(kept(A), a_stays);
	assert_int_equal(kept(B), b_stays);
}

static void after_write(const char *sql, bool a_stays, bool b_stays)
{
	after_job(run_sql, (void *)sql, a_stays, b_stays);
}

static int group_setup(void **state)
{
	if (support_demo_db("caseone", true, &D) != 0)
		return -1;
	A = support_count(D.db, "SELECT min(id) FROM cases WHERE type = 'event'");
	B = support_count(D.db, "SELECT max(id) FROM cases WHERE type = 'event'");
	share_org = support_count(D.db, "SELECT max(id) FROM orgs");
	a_user = support_count(D.db, "SELECT min(id) FROM users");
	if (A <= 0 || B <= A) {
		fprintf(stderr, "the demo has no two events\n");
		return -1;
	}
	*state = &D;
	return 0;
}

/* ------------------------------------------------------------------ tests */

static void case_and_side_rows_drop_that_case(void **state)
{
	after_write("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')", false, true);
	after_write("UPDATE event_details SET source = source "
	    "WHERE case_id = (SELECT max(id) FROM cases WHERE type = 'event')", true, false);
}

/* A board post (suggestion, the other type that names its side table): its side row drops it. */
static void suggestion_side_row(void **state)
{
	int64_t p = support_count(D.db, "SELECT min(id) FROM cases WHERE type = 'suggestion'");

	assert_true(p > 0);
	put(p);
	put(A);
	assert_true(kept(p));
	write_sql("INSERT INTO suggestion_details (case_id, reopened) "
	    "SELECT min(id), 0 FROM cases WHERE type = 'suggestion' "
	    "ON CONFLICT (case_id) DO UPDATE SET reopened = reopened");
	assert_false(kept(p));
	assert_true(kept(A));
}

static void names_drop_all(void **state)
{
	after_write("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)", false,
	    false);
	after_write("UPDATE orgs SET name = name WHERE id = (SELECT min(id) FROM orgs)", false,
	    false);
}

/* A timeline event written the way every writer does (tl_append), with nothing else in its
 * transaction: the case row is not written, so only the note of tl_insert drops B. */
static pa_err run_event(struct db_conn *c, void *ctx)
{
	struct tl_event e = { .case_id = *(int64_t *)ctx, .kind = "comment", .at = clock_now_ms(),
		.note = "单案缓存" };
	return tl_append(c, &e, NULL);
}

static void timeline_events(void **state)
{
	after_job(run_event, &B, true, false);
	after_job(run_event, &A, false, true);
	/* an event changed in place (the rehash of tl_rebuild) or deleted: it may be anyone's */
	after_write("UPDATE timeline SET note = note WHERE id = (SELECT max(id) FROM timeline)",
	    false, false);
	after_write("DELETE FROM timeline WHERE id = (SELECT max(id) FROM timeline)", false, false);
}

/* A share through case_share (its one writer): B only. case_shares is a WITHOUT ROWID table,
 * of which the change feed hears nothing: the writer's note is all there is (and no code
 * changes or deletes a share). */
static pa_err run_share(struct db_conn *c, void *ctx)
{
	return case_share(c, *(int64_t *)ctx, share_org, clock_now_ms());
}

static void shares(void **state)
{
	after_job(run_share, &B, true, false);
	after_job(run_share, &A, false, true);
	write_sql("DELETE FROM case_shares");
}

struct link_job {
	struct person_batch *b;
	int64_t case_id, user_id;
};

static pa_err run_link(struct db_conn *c, void *ctx)
{
	struct link_job *j = ctx;
	return person_batch_write(c, j->b, j->case_id, j->user_id, clock_now_ms());
}

static void persons(void **state)
{
	struct auth_user u;
	struct person_batch *b = NULL;
	struct pa_error err = { 0 };
	json_t *arr = json_pack("[{s:s, s:s, s:s}]", "role", "party", "name", "段誉",
	    "phone", "13700003333");
	struct link_job j;

	support_user(D.db, "operator", &u);
	assert_int_equal(person_batch_prepare(db_reader(D.db), case_type_find("event"), arr,
	    "persons", false, &u, clock_now_ms(), &b, &err), PA_OK);
	j = (struct link_job){ b, A, u.id };
	after_job(run_link, &j, false, true);
	person_batch_free(b);
	json_decref(arr);
	after_write("UPDATE case_persons SET role = role "
	    "WHERE case_id = (SELECT min(id) FROM cases WHERE type = 'event')", false, false);
}

/* A new link between cases drops both its cases (case_links_insert and gov_link note them),
 * and no other; a link changed in place (gov_link's upsert of its kind) or deleted: all. */
struct link_pair {
	int64_t one, other;
	bool gov;
};

static pa_err run_case_link(struct db_conn *c, void *ctx)
{
	struct link_pair *p = ctx;
	json_t *l;
	pa_err rc;

	if (p->gov)
		return gov_link(c, p->one, p->other, "单案缓存", clock_now_ms());
	l = json_pack("[I]", (json_int_t)p->other);
	rc = case_links_insert(c, p->one, l, a_user, clock_now_ms());
	json_decref(l);
	return rc;
}

static void case_links(void **state)
{
	int64_t c = support_count(D.db, "SELECT min(id) FROM cases WHERE type = 'visit' AND id NOT IN "
	    "(SELECT a FROM case_links UNION ALL SELECT b FROM case_links)");      /* no link yet */
	struct link_pair create = { B, c, false }, gov = { c, A, true };
	const struct case_one *e;
	bool any;

	assert_true(c > 0);
	/* kept with what case_links_any said */
	assert_int_equal(case_links_any(db_reader(D.db), B, &any), PA_OK);
	assert_false(any);
	put(A);
	e = case_one_get(A, seq_now(), clock_now_ms());
	assert_non_null(e);
	assert_false(case_one_links(e));
	case_one_release(e);
	/* B linked to c at B's creation: B goes (and so would c), A stays */
	after_job(run_case_link, &create, true, false);
	assert_int_equal(case_links_any(db_reader(D.db), B, &any), PA_OK);
	assert_true(any);
	/* a governance link of c with A: A goes */
	after_job(run_case_link, &gov, false, true);
	/* the same link again: gov_link's upsert updates its kind in place: all */
	after_job(run_case_link, &gov, false, false);
	after_write("DELETE FROM case_links WHERE a = (SELECT min(id) FROM cases WHERE type = 'event') "
	    "OR b = (SELECT min(id) FROM cases WHERE type = 'event') "
	    "OR a = (SELECT max(id) FROM cases WHERE type = 'event') "
	    "OR b = (SELECT max(id) FROM cases WHERE type = 'event')", false, false);
}

static void other_tables_drop_nothing(void **state)
{
	after_write("INSERT INTO holidays (day, name, workday) VALUES ('2098-01-01', 'x', 0)", true,
	    true);
	after_write("UPDATE categories SET name = name WHERE code = (SELECT min(code) FROM categories)",
	    true, true);
}

/* A reader whose snapshot began before a drop does not put back what it read; a reader older
 * than a drop is not served what a newer reader kept after it. */
static void race_rule(void **state)
{
	uint64_t before = seq_now(), old;
	const struct case_one *e;

	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");
	put_at(A, before, INT64_MAX);
	assert_false(kept(A));
	before = seq_now();
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	put_at(B, before, INT64_MAX);
	assert_false(kept(B));
	/* kept by a newer reader: not for the older one */
	old = seq_now();
	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");
	put(A);
	assert_null(case_one_get(A, old, clock_now_ms()));
	assert_true(kept(A));
	old = seq_now();
	write_sql("UPDATE orgs SET name = name WHERE id = (SELECT min(id) FROM orgs)");
	put(B);
	assert_null(case_one_get(B, old, clock_now_ms()));
	e = case_one_get(B, seq_now(), clock_now_ms());
	assert_non_null(e);
	case_one_release(e);
}

/* Served while now < until; without the persons segment when asked; the case as loaded. */
static void until_persons_and_the_case(void **state)
{
	struct arena *a = arena_new(1 << 20);
	int64_t now = clock_now_ms();
	const struct case_one *e;
	const struct case_rec *k;
	struct case_rec rec;
	struct sb b;
	char *x, *y;

	write_sql("UPDATE cases SET address = '单案路1号' "
	    "WHERE id = (SELECT max(id) FROM cases WHERE type = 'event')");
	assert_int_equal(db_write(D.db, run_share, &B), PA_OK);
	put_at(B, seq_now(), now + 1000);
	assert_null(case_one_get(B, seq_now(), now + 1000));
	e = case_one_get(B, seq_now(), now + 999);
	assert_non_null(e);
	sb_init(&b, 1 << 16);
	case_one_write(e, false, &b);
	assert_string_equal(b.buf, "{\"id\":1,\"x\":\"one\",\"warn\":null,\"timeline\":[{\"seq\":1}");
	/* the case kept is the case case_load reads */
	assert_int_equal(case_load(db_reader(D.db), a, B, &rec), PA_OK);
	k = case_one_rec(e);
	assert_string_equal(k->code, rec.code);
	assert_string_equal(k->title, rec.title);
	assert_string_equal(k->address, "单案路1号");
	assert_string_equal(k->org_path, rec.org_path);
	assert_string_equal(k->status, rec.status);
	assert_int_equal(k->assignee_id, rec.assignee_id);
	assert_int_equal(k->reporter_id, rec.reporter_id);
	assert_true(k->nshared >= 1);
	assert_int_equal(k->nshared, rec.nshared);
	for (int i = 0; i < k->nshared; i++)
		assert_string_equal(k->shared_paths[i], rec.shared_paths[i]);
	x = json_dumps(k->attrs, JSON_COMPACT | JSON_SORT_KEYS);
	y = json_dumps(rec.attrs, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(x, y);
	free(x);
	free(y);
	/* held across a drop of its case and of everything: still whole until released */
	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT max(id) FROM cases WHERE type = 'event')");
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	assert_false(kept(B));
	assert_string_equal(k->address, "单案路1号");
	assert_string_equal(k->shared_paths[0], rec.shared_paths[0]);
	case_one_release(e);
	case_rec_clear(&rec);
	arena_free(a);
	sb_free(&b);
	write_sql("DELETE FROM case_shares");
}

/* One way of loading against the other: case_load_view (GET one case) and case_load give the
 * same JSON bytes, the same stored fields through case_attr_str / case_attr_true (what the
 * event's guards read), the same shares, and the persons (as a reader, not JSON values); the
 * links probe says whether a link exists; the case kept from a view keeps its side values
 * after the view's arena is gone (ASan: no use after free). */
static void view_reads_what_case_load_reads(void **state)
{
	struct arena *a = arena_new(1 << 20);
	int64_t ids[2] = { B, support_count(D.db, "SELECT min(p.case_id) FROM case_persons p "
	    "JOIN cases c ON c.id = p.case_id WHERE c.type = 'event'") };
	const struct case_one *e;
	struct case_rec l, v;
	bool links;

	assert_true(ids[1] > 0);
	/* (statements are cached by their text's address: constant texts only) */
	write_sql("UPDATE event_details SET rating = 'good', settle_allowed = 1, "
	    "rating_comment = '说\"好\"\\ 行' || char(10) || '末', returned = NULL "
	    "WHERE case_id = (SELECT max(id) FROM cases WHERE type = 'event')");
	assert_int_equal(db_write(D.db, run_share, &B), PA_OK);
	assert_int_equal(case_load_view(db_reader(D.db), a, B, &v, &links), PA_OK);
	assert_false(links);
	case_rec_clear(&v);
	write_sql("INSERT INTO case_links (a, b, created_at) "
	    "SELECT min(id), max(id), 1 FROM cases WHERE type = 'event'");
	for (int i = 0; i < 2; i++) {
		struct sb x, y;
		size_t f1, t1, f2, t2;
		bool any;
		assert_int_equal(case_load(db_reader(D.db), a, ids[i], &l), PA_OK);
		assert_int_equal(case_load_view(db_reader(D.db), a, ids[i], &v, &links), PA_OK);
		assert_int_equal(case_links_any(db_reader(D.db), ids[i], &any), PA_OK);
		assert_int_equal(links, any);
		assert_true(links || i == 1);
		assert_non_null(v.side);
		sb_init(&x, 1 << 16);
		sb_init(&y, 1 << 16);
		assert_true(case_json_parts(&x, &l, &f1, &t1));
		assert_true(case_json_parts(&y, &v, &f2, &t2));
		assert_string_equal(x.buf, y.buf);
		assert_int_equal(f1, f2);
		assert_int_equal(t1, t2);
		assert_int_equal(v.nshared, l.nshared);
		assert_int_equal(v.persons_conn != NULL, json_array_size(l.persons) > 0);
		assert_int_equal(v.persons_conn != NULL, i == 1);
		for (const char *const *n = (const char *const[]){ "rating", "rating_comment",
		    "platform", "source", "caller_name", "returned", "nothing", NULL }; *n; n++) {
			const char *p = case_attr_str(&l, *n), *q = case_attr_str(&v, *n);
			assert_true(p == q || (p && q && strcmp(p, q) == 0));
		}
		assert_int_equal(case_attr_true(&v, "settle_allowed"),
		    case_attr_true(&l, "settle_allowed"));
		assert_int_equal(case_attr_true(&v, "escalated"), case_attr_true(&l, "escalated"));
		sb_free(&x);
		sb_free(&y);
		case_rec_clear(&l);
		case_rec_clear(&v);
	}
	assert_int_equal(case_load_view(db_reader(D.db), a, B, &v, &links), PA_OK);
	assert_string_equal(case_attr_str(&v, "rating"), "good");
	assert_true(case_attr_true(&v, "settle_allowed"));
	assert_int_equal(v.nshared, 1);
	/* kept, then its arena gone: the frozen case still has its side values */
	case_one_put(seq_now(), &v, BYTES, strlen(BYTES), 0, 0, true, INT64_MAX);
	case_rec_clear(&v);
	arena_free(a);
	e = case_one_get(B, seq_now(), clock_now_ms());
	assert_non_null(e);
	assert_true(case_one_links(e));
	assert_string_equal(case_attr_str(case_one_rec(e), "rating"), "good");
	assert_string_equal(case_attr_str(case_one_rec(e), "rating_comment"), "说\"好\"\\ 行\n末");
	assert_true(case_attr_true(case_one_rec(e), "settle_allowed"));
	assert_false(case_attr_true(case_one_rec(e), "escalated"));
	case_one_release(e);
	write_sql("DELETE FROM case_links");
	write_sql("DELETE FROM case_shares");
	assert_null(case_one_get(B, seq_now(), clock_now_ms()));
}

/* More than CASE_ONE_BYTES of entries: the cost stays under the bound and the newest is
 * kept; bytes past CASE_ONE_BYTES_MAX are not kept; a drop of everything leaves nothing. */
static void cost_stays_bounded(void **state)
{
	static char big[CASE_ONE_BYTES_MAX];
	const int64_t n = CASE_ONE_BYTES / CASE_ONE_BYTES_MAX * 2;
	struct arena *a = arena_new(1 << 20);
	const struct case_one *e;
	struct case_rec rec;

	memset(big, 'o', sizeof big);
	assert_int_equal(case_load(db_reader(D.db), a, A, &rec), PA_OK);
	for (int64_t id = 1; id <= n; id++) {
		rec.id = id;          /* the slots are by id: one entry each */
		case_one_put(seq_now(), &rec, big, sizeof big, 0, 0, false, INT64_MAX);
		assert_true(case_one_bytes() <= CASE_ONE_BYTES);
		assert_true(case_one_bytes() > 0);
	}
	e = case_one_get(n, seq_now(), clock_now_ms());
	assert_non_null(e);
	case_one_release(e);
	rec.id = n + 1;
	{
		static char huge[CASE_ONE_BYTES_MAX + 1];
		case_one_put(seq_now(), &rec, huge, sizeof huge, 0, 0, false, INT64_MAX);
		assert_null(case_one_get(n + 1, seq_now(), clock_now_ms()));
	}
	rec.id = A;
	case_rec_clear(&rec);
	arena_free(a);
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	assert_int_equal(case_one_bytes(), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(case_and_side_rows_drop_that_case),
		cmocka_unit_test(suggestion_side_row),
		cmocka_unit_test(names_drop_all),
		cmocka_unit_test(timeline_events),
		cmocka_unit_test(shares),
		cmocka_unit_test(persons),
		cmocka_unit_test(case_links),
		cmocka_unit_test(other_tables_drop_nothing),
		cmocka_unit_test(race_rule),
		cmocka_unit_test(until_persons_and_the_case),
		cmocka_unit_test(view_reads_what_case_load_reads),
		cmocka_unit_test(cost_stays_bounded),
	};
	return cmocka_run_group_tests_name("case_one", tests, group_setup, support_group_teardown);
}
