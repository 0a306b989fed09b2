/* test_cache.c — the list-row cache (列表行缓存, src/core/case_cache.c) and the db change feed
 * that drops its rows: a write to a case or its side row, or a person newly linked to the
 * case, drops that case's row only; a write to orgs or users, or a changed or deleted person
 * or link, drops every row; a new person, a category or a table no row reads (holidays) drops
 * nothing; a row read before a drop is not kept after it, and a page does not copy a row kept
 * after its snapshot began; a statement left un-reset keeps no old row; a row written around
 * a failure is not kept; a row is served until its type's json_until and without the persons
 * segment to a viewer who may not see persons; the bytes held stay under CASE_CACHE_BYTES.
 * The event's json_until is checked against the warning level it stands for, and through an
 * in-process server with a fixed clock against what a listed row says.
 * On a demo database with its events; the writes go through the writer like the server's. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "auth/auth.h"
#include "core/case.h"
#include "db/db.h"
#include "core/person.h"
#include "http/http.h"
#include "modules/event.h"
#include "modules/modules.h"
#include "util/util.h"

#include "support.h"

#define HOUR_MS (3600LL * 1000)

static struct support_db D;
static int64_t A, B;     /* two event cases of the demo */
static const char ROW[] = "{\"id\":1,\"x\":\"row\",\"persons\":[{\"name\":\"诸**明\"}],\"warn\":null";

/* ------------------------------------------------------------------ helpers */

/* One static statement as a write job (the SQL of a test, through the writer). */
static pa_err run_sql(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, ctx);
	return s ? db_run(s) : PA_ERR_DB;
}

static void write_sql(const char *sql)
{
	assert_int_equal(db_write(D.db, run_sql, (void *)sql), PA_OK);
}

/* Keeps ROW for id as a reader of now would (the change sequence of the reader's connection). */
static void put(int64_t id)
{
	size_t pfrom = strstr(ROW, ",\"persons\"") - ROW, pto = strstr(ROW, ",\"warn\"") - ROW;
	case_cache_put(id, db_change_seq(db_reader(D.db)), ROW, strlen(ROW), pfrom, pto, INT64_MAX);
}

static bool cached(int64_t id)
{
	struct sb b;
	bool hit;

	sb_init(&b, 1 << 16);
	hit = case_cache_get(id, db_change_seq(db_reader(D.db)), clock_now_ms(), true, &b);
	if (hit)
		assert_string_equal(b.buf, ROW);
	sb_free(&b);
	return hit;
}

/* Both rows kept, then sql written: which of them are still there. */
static void after_write(const char *sql, bool a_stays, bool b_stays)
{
	put(A);
	put(B);
	assert_true(cached(A));
	assert_true(cached(B));
	write_sql(sql);
	assert_int_equal(cached(A), a_stays);
	assert_int_equal(cached(B), b_stays);
}

static int group_setup(void **state)
{
	if (support_demo_db("cache", true, &D) != 0)
		return -1;
	A = support_count(D.db, "SELECT min(id) FROM cases WHERE type = 'event'");
	B = support_count(D.db, "SELECT max(id) FROM cases WHERE type = 'event'");
	if (A <= 0 || B <= A) {
		fprintf(stderr, "the demo has no two events\n");
		return -1;
	}
	*state = &D;
	return 0;
}

/* ------------------------------------------------------------------ tests */

/* The SQL below names the demo's rows by the ids found in group_setup: static strings cannot,
 * so each test binds them through these statements' own subqueries. */
static void case_row_drops_that_case(void **state)
{
	after_write("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')", false, true);
	after_write("UPDATE cases SET warn = warn, next_warn_at = next_warn_at "   /* the SLA tick's */
	    "WHERE id = (SELECT max(id) FROM cases WHERE type = 'event')", true, false);
}

static void side_row_drops_that_case(void **state)
{
	after_write("UPDATE event_details SET source = source "
	    "WHERE case_id = (SELECT min(id) FROM cases WHERE type = 'event')", false, true);
}

static void names_drop_all(void **state)
{
	after_write("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)", false,
	    false);
	after_write("UPDATE orgs SET name = name WHERE id = (SELECT min(id) FROM orgs)", false,
	    false);
}

/* Several static statements as one write job (one transaction). */
static pa_err run_sqls(struct db_conn *c, void *ctx)
{
	for (const char *const *q = ctx; *q; q++) {
		struct db_stmt *s = db_prepare(c, *q);
		if (s == NULL || db_run(s) != PA_OK)
			return PA_ERR_DB;
	}
	return PA_OK;
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

/* A new person is on no row, even sealed in the same transaction (an UPDATE of the row it
 * inserted); a new link drops its case's row only (person_batch_write notes the case); a
 * changed person or link, or one taken off, may be on any row: all goes. */
static void persons_by_operation(void **state)
{
	static const char *const new_person[] = {
		"INSERT INTO persons (key_gen, created_at) VALUES (0, 0)",
		"UPDATE persons SET id_type = 'x' WHERE id = (SELECT max(id) FROM persons)",
		NULL };
	struct auth_user u;
	struct person_batch *b = NULL;
	struct pa_error err = { 0 };
	json_t *arr = json_pack("[{s:s, s:s, s:s}]", "role", "party", "name", "萧峰",
	    "phone", "13700001111");
	struct link_job j;

	after_write("INSERT INTO persons (key_gen, created_at) VALUES (0, 0)", true, true);
	put(A);
	put(B);
	assert_int_equal(db_write(D.db, run_sqls, (void *)new_person), PA_OK);
	assert_true(cached(A));
	assert_true(cached(B));
	/* the same UPDATE of a person committed before: all goes */
	after_write("UPDATE persons SET id_type = 'x' WHERE id = (SELECT max(id) FROM persons)",
	    false, false);
	/* a link through person_batch_write: B's row only */
	support_user(D.db, "operator", &u);
	assert_int_equal(person_batch_prepare(db_reader(D.db), case_type_find("event"), arr,
	    "persons", false, &u, clock_now_ms(), &b, &err), PA_OK);
	assert_non_null(b);
	j = (struct link_job){ b, B, u.id };
	put(A);
	put(B);
	assert_int_equal(db_write(D.db, run_link, &j), PA_OK);
	assert_true(cached(A));
	assert_false(cached(B));
	person_batch_free(b);
	json_decref(arr);
	/* a link changed or taken off: all */
	after_write("UPDATE case_persons SET role = role "
	    "WHERE case_id = (SELECT max(id) FROM cases WHERE type = 'event')", false, false);
	after_write("DELETE FROM case_persons "
	    "WHERE case_id = (SELECT max(id) FROM cases WHERE type = 'event')", false, false);
}

/* A group commit of many requests with new persons (a burst of hotline events with callers,
 * each person a fresh persons row and a fresh link) still drops only its cases' rows: 7 requests
 * of 5 persons in one transaction are 70 fresh rows (more than the 64 the feed once held). */
static pa_err run_link_many(struct db_conn *c, void *ctx)
{
	struct link_job *j = ctx;
	pa_err r = PA_OK;

	for (int k = 0; k < 7 && r == PA_OK; k++)
		r = person_batch_write(c, j->b, j->case_id, j->user_id, clock_now_ms());
	return r;
}

static void many_new_persons_in_one_group(void **state)
{
	struct auth_user u;
	struct person_batch *b = NULL;
	struct pa_error err = { 0 };
	json_t *arr = json_array();
	struct link_job j;

	for (int i = 0; i < 5; i++) {
		char name[32], ph[16];
		snprintf(name, sizeof name, "萧峰%c", 'a' + i);
		snprintf(ph, sizeof ph, "137000122%02d", i);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:s}", "role", "party", "name", name,
		    "phone", ph));
	}
	support_user(D.db, "operator", &u);
	assert_int_equal(person_batch_prepare(db_reader(D.db), case_type_find("event"), arr,
	    "persons", false, &u, clock_now_ms(), &b, &err), PA_OK);
	j = (struct link_job){ b, B, u.id };
	put(A);
	put(B);
	assert_int_equal(db_write(D.db, run_link_many, &j), PA_OK);
	assert_true(cached(A));
	assert_false(cached(B));
	person_batch_free(b);
	json_decref(arr);
}

static void other_tables_drop_nothing(void **state)
{
	after_write("INSERT INTO holidays (day, name, workday) VALUES ('2099-01-01', 'x', 0)", true,
	    true);
	/* no row reads a category's name (a row carries its code) */
	after_write("UPDATE categories SET name = name WHERE code = (SELECT min(code) FROM categories)",
	    true, true);
}

/* A reader whose snapshot began before a drop must not put back what it read. */
static void read_before_a_drop_is_not_kept(void **state)
{
	uint64_t before = db_change_seq(db_reader(D.db));
	size_t n = strlen(ROW);

	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");
	case_cache_put(A, before, ROW, n, n, n, INT64_MAX);
	assert_false(cached(A));
	/* a write that drops everything, likewise, for any row */
	before = db_change_seq(db_reader(D.db));
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	case_cache_put(B, before, ROW, n, n, n, INT64_MAX);
	assert_false(cached(B));
	/* a read transaction's number is the one from before it began (db_read_begin) */
	db_read_begin(D.db);
	before = db_change_seq(db_reader(D.db));
	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");   /* ends the read */
	db_read_begin(D.db);
	assert_true(db_change_seq(db_reader(D.db)) > before);
	db_read_end(D.db);
	put(A);
	assert_true(cached(A));
}

/* A page whose snapshot is older than a drop does not copy the row a newer reader kept after
 * it (its bytes may show a change the page's filters and scope did not see): a miss for that
 * page, a hit for a newer one. Likewise after a drop of everything. */
static void row_kept_after_the_page_began_is_not_copied(void **state)
{
	uint64_t page = db_change_seq(db_reader(D.db)), now_seq;
	struct sb b;

	write_sql("UPDATE cases SET title = title || '' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");
	put(A);       /* a newer reader */
	now_seq = db_change_seq(db_reader(D.db));
	sb_init(&b, 1 << 16);
	assert_false(case_cache_has(A, page, clock_now_ms()));
	assert_false(case_cache_get(A, page, clock_now_ms(), true, &b));
	assert_int_equal(b.len, 0);
	assert_true(case_cache_has(A, now_seq, clock_now_ms()));
	assert_true(cached(A));
	/* everything dropped after the page began */
	page = db_change_seq(db_reader(D.db));
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	put(B);
	now_seq = db_change_seq(db_reader(D.db));
	assert_false(case_cache_has(B, page, clock_now_ms()));
	assert_false(case_cache_get(B, page, clock_now_ms(), true, &b));
	assert_true(case_cache_has(B, now_seq, clock_now_ms()));
	assert_true(cached(B));
	sb_free(&b);
}

static void until_and_persons(void **state)
{
	size_t n = strlen(ROW), pfrom = strstr(ROW, ",\"persons\"") - ROW;
	size_t pto = strstr(ROW, ",\"warn\"") - ROW;
	int64_t now = clock_now_ms();
	struct sb b;

	case_cache_put(A, db_change_seq(db_reader(D.db)), ROW, n, pfrom, pto, now + 1000);
	sb_init(&b, 1 << 16);
	assert_true(case_cache_get(A, db_change_seq(db_reader(D.db)), now + 999, false, &b));
	assert_string_equal(b.buf, "{\"id\":1,\"x\":\"row\",\"warn\":null");
	assert_false(case_cache_get(A, db_change_seq(db_reader(D.db)), now + 1000, true, &b));
	sb_free(&b);
	/* a row past CASE_CACHE_ROW_MAX is not kept */
	{
		static char big[CASE_CACHE_ROW_MAX + 2];
		memset(big, 'x', sizeof big - 1);
		const int64_t id = 987654321;      /* no row of it was kept before */
		case_cache_put(id, db_change_seq(db_reader(D.db)), big, sizeof big - 1, 0, 0, INT64_MAX);
		assert_false(cached(id));
	}
}

/* More rows than CASE_CACHE_BYTES holds: the bytes stay under the bound, the newest rows are
 * kept (older ones made room). */
static void bytes_stay_bounded(void **state)
{
	static char row[CASE_CACHE_ROW_MAX];
	const int64_t rows = CASE_CACHE_BYTES / CASE_CACHE_ROW_MAX * 2;
	struct sb b;

	memset(row, 'r', sizeof row);
	for (int64_t id = 1; id <= rows; id++) {
		case_cache_put(id, db_change_seq(db_reader(D.db)), row, sizeof row, 0, 0, INT64_MAX);
		assert_true(case_cache_bytes() <= CASE_CACHE_BYTES);
	}
	sb_init(&b, 1 << 20);
	assert_true(case_cache_get(rows, db_change_seq(db_reader(D.db)), clock_now_ms(), true, &b));
	assert_int_equal(b.len, sizeof row);
	sb_free(&b);
	/* a write that drops everything leaves nothing held */
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");
	assert_int_equal(case_cache_bytes(), 0);
}

/* The event's warning is the same at every instant from now until json_until, and another
 * one at json_until: stage started at 0, deadline at 10 h (yellow from 7 h, red after 10 h),
 * and a stage whose deadline is its start. */
static void event_json_until_is_the_next_change(void **state)
{
	const struct case_type *t = case_type_find("event");
	struct case_rec c = { 0 };
	const int64_t dues[] = { 10 * HOUR_MS, 0, 7 };

	assert_non_null(t);
	assert_non_null(t->json_until);
	c.type = t;
	c.stage = "handle";
	for (size_t d = 0; d < SUPPORT_LEN(dues); d++) {
		c.due_at = dues[d];
		for (int64_t now = -HOUR_MS; now <= 12 * HOUR_MS; now += HOUR_MS / 4) {
			int64_t u = t->json_until(&c, now);
			enum sla_level l = sla_level_at(0, c.due_at, now);
			assert_true(u > now);
			if (u == INT64_MAX) {
				assert_int_equal(sla_level_at(0, c.due_at, now + 100 * HOUR_MS), l);
				continue;
			}
			assert_int_equal(sla_level_at(0, c.due_at, u - 1), l);
			assert_int_not_equal(sla_level_at(0, c.due_at, u), l);
		}
	}
	/* a closed case's warning is none for ever */
	c.due_at = 10 * HOUR_MS;
	c.closed_at = 1;
	assert_true(t->json_until(&c, 0) == INT64_MAX);
}

static const char SQL_TITLE_A[] =
    "SELECT title FROM cases WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')";
static const char SQL_TITLES[] = "SELECT title FROM cases ORDER BY id";

/* A statement left stepped and not reset keeps its reader's snapshot past db_read_end: what
 * that reader reads is then not kept (its sequence number is older than every drop), and the
 * next db_read_begin releases it, so the next unit of reads sees the last commit. */
static void leaked_statement_keeps_no_old_row(void **state)
{
	struct db_conn *c = db_reader(D.db);
	struct db_stmt *leak, *s;

	db_read_begin(D.db);
	leak = db_prepare(c, SQL_TITLES);
	assert_int_equal(db_step(leak), DB_ROW);      /* and never reset */
	db_read_end(D.db);
	write_sql("UPDATE cases SET title = 'after-the-leak' "
	    "WHERE id = (SELECT min(id) FROM cases WHERE type = 'event')");
	/* this reader's snapshot is still from before the write: what it renders goes nowhere */
	put(A);
	assert_false(cached(A));
	/* the next unit of reads starts from the last commit */
	db_read_begin(D.db);
	s = db_prepare(c, SQL_TITLE_A);
	assert_int_equal(db_step(s), DB_ROW);
	assert_string_equal(db_col_text(s, 0), "after-the-leak");
	db_reset(s);
	put(A);
	assert_true(cached(A));
	db_read_end(D.db);
}

/* Case A's row as a list writes it (its persons read through the reader, as list rows do):
 * whether case_json_parts calls it whole, and the JSON. */
static bool row_whole(struct sb *b)
{
	struct arena *a = arena_new(1 << 20);
	struct case_rec rec;
	json_t *kept;
	size_t pfrom, pto;
	bool whole;

	assert_non_null(a);
	assert_int_equal(case_load(db_reader(D.db), a, A, &rec), PA_OK);
	kept = rec.persons;
	rec.persons = NULL;
	rec.persons_conn = db_reader(D.db);
	whole = case_json_parts(b, &rec, &pfrom, &pto);
	assert_false(b->failed);
	rec.persons = kept;
	case_rec_clear(&rec);
	arena_free(a);
	return whole;
}

/* A row written around a failure (here a person's name that does not open: a transient
 * decryption or allocation failure looks the same) is not whole, so a list does not keep it;
 * a person with a field simply absent is. */
static void row_with_a_failure_is_not_whole(void **state)
{
	struct sb b;

	sb_init(&b, 1 << 20);
	assert_true(row_whole(&b));
	write_sql("INSERT INTO persons (key_gen, created_at, phone) VALUES (0, 0, NULL)");
	write_sql("INSERT INTO case_persons (case_id, person_id, role, created_at) "
	    "SELECT (SELECT min(id) FROM cases WHERE type = 'event'), max(id), 'party', 0 "
	    "FROM persons");
	b.len = 0;
	assert_true(row_whole(&b));      /* an absent field is null, and the truth */
	write_sql("UPDATE persons SET name = randomblob(64) WHERE id = (SELECT max(id) FROM persons)");
	b.len = 0;
	assert_false(row_whole(&b));
	assert_non_null(strstr(b.buf, "\"name\":null"));
	write_sql("DELETE FROM case_persons WHERE person_id = (SELECT max(id) FROM persons)");
	sb_free(&b);
}

/* Whether case_load calls case A's persons cut (persons_cut: the one-case cache keeps nothing
 * of a case loaded so). */
static bool persons_cut(void)
{
	struct arena *a = arena_new(1 << 20);
	struct case_rec rec;
	bool cut;

	assert_non_null(a);
	assert_int_equal(case_load(db_reader(D.db), a, A, &rec), PA_OK);
	cut = rec.persons_cut;
	case_rec_clear(&rec);
	arena_free(a);
	return cut;
}

/* The same failure through case_load (GET one case): its persons are shown, marked cut, so the
 * one-case cache does not keep them; an absent field is whole. */
static void loaded_persons_with_a_failure_are_cut(void **state)
{
	assert_false(persons_cut());
	write_sql("INSERT INTO persons (key_gen, created_at, phone) VALUES (0, 0, NULL)");
	write_sql("INSERT INTO case_persons (case_id, person_id, role, created_at) "
	    "SELECT (SELECT min(id) FROM cases WHERE type = 'event'), max(id), 'party', 0 "
	    "FROM persons");
	assert_false(persons_cut());
	write_sql("UPDATE persons SET name = randomblob(64) WHERE id = (SELECT max(id) FROM persons)");
	assert_true(persons_cut());
	write_sql("DELETE FROM case_persons WHERE person_id = (SELECT max(id) FROM persons)");
	assert_false(persons_cut());
}

/* ------------------------------------------------------------------ through the server */

/* GET path as token's user from the server on port; the body parsed (NULL unless 200). */
static json_t *http_get_json(int port, const char *path, const char *token)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	static char buf[1 << 22];
	char req[1024];
	size_t got = 0;
	ssize_t n;
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	const char *body;

	assert_true(fd >= 0);
	inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
	assert_int_equal(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s"
	    "\r\nConnection: close\r\n\r\n", path, token);
	assert_int_equal(write(fd, req, strlen(req)), (ssize_t)strlen(req));
	while (got < sizeof buf - 1 && (n = read(fd, buf + got, sizeof buf - 1 - got)) > 0)
		got += (size_t)n;
	close(fd);
	buf[got] = '\0';
	if (strncmp(buf, "HTTP/1.1 200", 12) != 0 || (body = strstr(buf, "\r\n\r\n")) == NULL)
		return NULL;
	return json_loads(body + 4, 0, NULL);
}

/* The warning of case id on the event list page, as a JSON string value (NULL: not listed). */
static char *listed_warn(int port, const char *token, int64_t id)
{
	json_t *page = http_get_json(port, "/api/v1/cases?type=event&limit=200", token), *it;
	char *w = NULL;
	size_t i;

	assert_non_null(page);
	json_array_foreach(json_object_get(page, "items"), i, it)
		if (json_integer_value(json_object_get(it, "id")) == id)
			w = strdup(json_is_string(json_object_get(it, "warn")) ?
			    json_string_value(json_object_get(it, "warn")) : "null");
	json_decref(page);
	return w;
}

/* A kept event row is valid only until its warning changes (json_until wired into the list's
 * put): listed a second before the yellow mark (70 % of the stage's time) it says normal, and
 * listed again two seconds later — nothing written in between — yellow. With the row kept
 * for longer (until = INT64_MAX, or only the lifetime cap), the second page copied "normal". */
static void list_row_warn_changes_at_json_until(void **state)
{
	struct http_options o = { .listen = "127.0.0.1:0", .threads = 2, .routes = app_routes };
	struct http_server *srv = NULL;
	struct auth_login_result login;
	struct pa_error err = { 0 };
	char e[256];
	int64_t id = support_count(D.db, "SELECT max(id) FROM cases WHERE type = 'event' AND "
	    "closed_at IS NULL AND stage_started_at IS NOT NULL AND due_at > stage_started_at");
	int64_t start, due, mark;
	char *w;

	assert_true(id > 0);
	start = support_count(D.db, "SELECT stage_started_at FROM cases WHERE id = (SELECT max(id) "
	    "FROM cases WHERE type = 'event' AND closed_at IS NULL AND stage_started_at IS NOT NULL "
	    "AND due_at > stage_started_at)");
	due = support_count(D.db, "SELECT due_at FROM cases WHERE id = (SELECT max(id) "
	    "FROM cases WHERE type = 'event' AND closed_at IS NULL AND stage_started_at IS NOT NULL "
	    "AND due_at > stage_started_at)");
	mark = case_next_warn_at(start, due, NULL, 0);
	assert_int_equal(sla_level_at(start, due, mark - 1000), SLA_NORMAL);
	assert_int_equal(sla_level_at(start, due, mark + 1000), SLA_YELLOW);
	write_sql("UPDATE users SET name = name WHERE id = (SELECT min(id) FROM users)");  /* empty */
	clock_set_fixed(mark - 1000);
	assert_int_equal(auth_login(D.db, "admin", SUPPORT_PASSWORD, "127.0.0.1", &login, &err),
	    PA_OK);
	assert_int_equal(http_start(D.db, &o, &srv, e, sizeof e), PA_OK);
	w = listed_warn(http_port(srv), login.token, id);
	assert_non_null(w);
	assert_string_equal(w, "normal");
	free(w);
	w = listed_warn(http_port(srv), login.token, id);       /* kept, and copied */
	assert_string_equal(w, "normal");
	free(w);
	clock_set_fixed(mark + 1000);
	w = listed_warn(http_port(srv), login.token, id);
	assert_non_null(w);
	assert_string_equal(w, "yellow");
	free(w);
	http_stop(srv);
	clock_set(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(case_row_drops_that_case),
		cmocka_unit_test(side_row_drops_that_case),
		cmocka_unit_test(names_drop_all),
		cmocka_unit_test(persons_by_operation),
		cmocka_unit_test(many_new_persons_in_one_group),
		cmocka_unit_test(other_tables_drop_nothing),
		cmocka_unit_test(read_before_a_drop_is_not_kept),
		cmocka_unit_test(row_kept_after_the_page_began_is_not_copied),
		cmocka_unit_test(until_and_persons),
		cmocka_unit_test(bytes_stay_bounded),
		cmocka_unit_test(event_json_until_is_the_next_change),
		cmocka_unit_test(row_with_a_failure_is_not_whole),
		cmocka_unit_test(loaded_persons_with_a_failure_are_cut),
		cmocka_unit_test(leaked_statement_keeps_no_old_row),
		cmocka_unit_test(list_row_warn_changes_at_json_until),
	};
	return cmocka_run_group_tests_name("cache", tests, group_setup, support_group_teardown);
}
