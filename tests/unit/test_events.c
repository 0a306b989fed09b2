/* test_events.c — the grid event workflow (网格事件) on a demo database with the writer thread:
 * placing an event by its location, accept → dispatch with a working-day deadline → sign →
 * handle → verify (rework) → supervision warnings (yellow at 70 %, red when overdue) with
 * timeline entries and inbox messages; settling on the spot, rating, review.
 *
 * Times are fixed in March 2030, years after the demo events (which are seeded around the real
 * "now"), so the demo's own deadlines are all long past and marked by the first scheduler pass
 * here; after that, a pass only sees the events of these tests. One holiday is stored: Monday
 * 2030-03-18. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "auth/auth.h"
#include "core/attach.h"
#include "core/case.h"
#include "db/db.h"
#include "modules/event.h"
#include "org/org.h"
#include "util/util.h"

#include "support.h"

#define HOUR_MS (3600LL * 1000)
#define DAY_MS  (86400LL * 1000)

/* a point inside 将军社区第一网格 (demo grid 119.640..119.644 × 29.078..29.088) */
#define G01_LON 119.642
#define G01_LAT 29.083

static struct support_db D;

static struct {
	struct auth_user grid_worker, op, handler, citizen;
	int64_t g01, g02, township, dept_cj;     /* 第一网格, 第二网格, 城中街道, 城中街道城建办 */
	int64_t flow_id;                         /* the event of dispatch_rework_and_supervision */
} F;

/* ------------------------------------------------------------------ helpers */

#define T(s) support_time(s)
#define assert_time support_assert_time

static void at(const char *s)
{
	clock_set_fixed(T(s));
}

static int64_t new_event(const struct auth_user *u, const char *category, const char *title,
    double lon, double lat)
{
	json_t *req = json_object();
	struct case_new n = { .type = case_type_find("event"), .title = title,
		.body = "网格员巡查发现。", .category = category, .has_location = true, .lon = lon,
		.lat = lat, .request = req };
	struct pa_error err = { 0 };
	int64_t id = 0;
	pa_err rc;

	assert_non_null(n.type);
	rc = case_create(D.db, u, &n, &id, &err);
	json_decref(req);
	if (rc != PA_OK)
		fail_msg("case_create %s: %d %s (%s)", category, rc, err.message, err.field);
	assert_true(id > 0);
	return id;
}

/* Actions on the test database at any version: see support_act; the allowed_actions of a
 * refusal land in support_last_allowed. */
static pa_err act(const struct auth_user *u, int64_t id, const char *code, const char *note,
    const char *fields, struct pa_error *err)
{
	return support_act(D.db, u, id, code, note, fields, -1, err);
}

static void act_ok(const struct auth_user *u, int64_t id, const char *code, const char *note,
    const char *fields)
{
	support_act_ok(D.db, u, id, code, note, fields);
}

static void load_ev(int64_t id, struct support_case *e)
{
	support_case_load(D.db, id, e);
}

/* At the time when, the operator dispatches the event to 城中街道城建办; e is the event after. */
static void dispatch_to_cj(int64_t id, const char *when, struct support_case *e)
{
	char fields[64];

	at(when);
	snprintf(fields, sizeof fields, "{\"unit_id\":%lld}", (long long)F.dept_cj);
	act_ok(&F.op, id, "dispatch", NULL, fields);
	load_ev(id, e);
	assert_string_equal(e->status, "dispatched");
	assert_int_equal(e->unit_id, F.dept_cj);
}

static const char *attr_str(const struct support_case *e, const char *k)
{
	return json_string_value(json_object_get(e->attrs, k));
}

static int64_t attr_int(const struct support_case *e, const char *k)
{
	return json_integer_value(json_object_get(e->attrs, k));
}

static const char SQL_NOTES[] = "SELECT COUNT(*) FROM notifications WHERE user_id = ?1 AND "
    "case_id = ?2 AND kind = ?3";
static const char SQL_NOTES_ANY[] = "SELECT COUNT(*) FROM notifications WHERE case_id = ?1 "
    "AND kind = ?2";
static const char SQL_TL_KIND[] = "SELECT COUNT(*) FROM timeline WHERE case_id = ?1 AND "
    "kind = ?2";
static const char SQL_TL_NOTE[] = "SELECT note, at, from_status, to_status FROM timeline "
    "WHERE case_id = ?1 AND kind = 'supervise' ORDER BY seq DESC LIMIT 1";
static const char SQL_ATTACHED[] = "SELECT COUNT(*) FROM case_attachments WHERE case_id = ?1";

/* Inbox messages of a kind about a case: to one user, and to anyone. */
static int64_t notes(int64_t user, int64_t case_id, const char *kind)
{
	return support_count_with(D.db, SQL_NOTES, (const int64_t[]){ user, case_id }, 2, kind);
}

static int64_t notes_any(int64_t case_id, const char *kind)
{
	return support_count_with(D.db, SQL_NOTES_ANY, &case_id, 1, kind);
}

/* A count of the rows of a case (?1), of a kind (?2) unless text is NULL. */
static int64_t count_id(const char *sql, int64_t id, const char *text)
{
	return support_count_with(D.db, sql, &id, 1, text);
}

/* The note and time of the latest supervise event of a case. */
static void last_supervise(int64_t id, char *note, size_t n, int64_t *when)
{
	struct db_stmt *s = db_prepare(db_reader(D.db), SQL_TL_NOTE);

	assert_non_null(s);
	db_bind_int(s, 1, id);
	assert_int_equal(db_step(s), DB_ROW);
	snprintf(note, n, "%s", db_col_text(s, 0));
	*when = db_col_int(s, 1);
	/* a warning does not change the status */
	assert_string_equal(db_col_text(s, 2), db_col_text(s, 3));
	db_reset(s);
}

static void assert_chain_intact(void)
{
	(void)support_chain_intact(D.db);
}

/* ------------------------------------------------------------------ fixture */

static const char SQL_HOLIDAY_INS[] =
    "INSERT INTO holidays (day, name, workday) VALUES (?1, ?2, ?3)";

static pa_err put_holiday(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_HOLIDAY_INS);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, ctx);
	db_bind_text(s, 2, "测试假日");
	db_bind_int(s, 3, 0);
	return db_run(s);
}

/* The data of `pingan init --demo`, and a holiday: Monday 2030-03-18; support_group_teardown
 * frees it. */
static int group_setup(void **state)
{
	*state = &D;
	if (support_demo_db("events", true, &D) != 0)
		return -1;
	if (db_write(D.db, put_holiday, "2030-03-18") != PA_OK)
		return -1;
	sla_calendar_changed();      /* as PUT /holidays does after its write */
	F.g01 = org_id_by_code(db_reader(D.db), "330702001001-G01");
	F.g02 = org_id_by_code(db_reader(D.db), "330702001001-G02");
	F.township = org_id_by_code(db_reader(D.db), "330702001");
	F.dept_cj = org_id_by_code(db_reader(D.db), "330702001-D01");
	return F.g01 > 0 && F.g02 > 0 && F.township > 0 && F.dept_cj > 0 ? 0 : -1;
}

static const struct support_login users[] = {
	{ "grid-worker", &F.grid_worker }, { "operator", &F.op }, { "handler", &F.handler },
	{ "citizen", &F.citizen }, { NULL, NULL },
};

/* Every test starts on the real clock with the demo users freshly loaded. */
static int setup(void **state)
{
	(void)state;
	return support_start(D.db, users);
}

/* ------------------------------------------------------------------ tests */

static void placed_by_location(void **state)
{
	struct case_new n = { .type = case_type_find("event"), .title = "界外", .category = "XF01",
		.has_location = true, .lon = 119.70, .lat = 29.083 };
	struct pa_error err = { 0 };
	struct support_case e;
	int64_t id, other;

	(void)state;
	at("2030-03-01T09:00:00+08:00");
	/* the grid is found from the point; the grid worker's report is marked as such */
	id = new_event(&F.grid_worker, "XF01", "楼道杂物堵塞消防通道", G01_LON, G01_LAT);
	load_ev(id, &e);
	assert_string_equal(e.status, "reported");
	assert_int_equal(e.org_id, F.g01);
	assert_string_equal(attr_str(&e, "source"), "grid_worker");
	assert_string_equal(attr_str(&e, "platform"), "zonghe_zhifa");
	assert_string_equal(attr_str(&e, "stage"), "accept");
	assert_int_equal(attr_int(&e, "stage_started_at"), T("2030-03-01T09:00:00+08:00"));
	assert_int_equal(attr_int(&e, "rework_count"), 0);
	/* XF01 is accepted within 2 hours */
	assert_time(e.due_at, "2030-03-01T11:00:00+08:00");
	support_case_clear(&e);

	/* the neighbouring grid, by a citizen */
	other = new_event(&F.citizen, "HJ03", "广场舞音响太响", 119.646, 29.083);
	load_ev(other, &e);
	assert_int_equal(e.org_id, F.g02);
	assert_string_equal(attr_str(&e, "source"), "citizen");
	support_case_clear(&e);

	/* outside every grid: refused */
	n.request = json_object();
	assert_int_equal(case_create(D.db, &F.grid_worker, &n, &other, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "lat");
	/* a main category (大类) is no event category */
	n.lon = G01_LON;
	n.category = "XF";
	memset(&err, 0, sizeof err);
	assert_int_equal(case_create(D.db, &F.grid_worker, &n, &other, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "category");
	json_decref((json_t *)n.request);
	clock_set(NULL);
}

/* The whole handling story of one event, including supervision. */
static void dispatch_rework_and_supervision(void **state)
{
	char note[320], fields[64];
	struct pa_error err;
	struct support_case e;
	int64_t id, when, before;

	(void)state;
	/* Friday 2030-03-15 09:00: the grid worker reports blocked fire escape (XF01) */
	at("2030-03-15T09:00:00+08:00");
	id = new_event(&F.grid_worker, "XF01", "5幢楼道堆放旧家具堵塞消防通道", G01_LON, G01_LAT);
	F.flow_id = id;

	/* only the platform accepts: the handler cannot (and cannot even see it yet) */
	assert_int_not_equal(act(&F.handler, id, "accept", NULL, NULL, &err), PA_OK);
	at("2030-03-15T09:30:00+08:00");
	act_ok(&F.op, id, "accept", NULL, NULL);
	load_ev(id, &e);
	assert_string_equal(e.status, "accepted");
	assert_int_equal(e.due_at, 0);              /* no stage running between the platforms */
	assert_int_equal(attr_int(&e, "accepted_at"), T("2030-03-15T09:30:00+08:00"));
	support_case_clear(&e);

	/* a unit that is no department is refused */
	snprintf(fields, sizeof fields, "{\"unit_id\":%lld}", (long long)F.g02);
	assert_int_equal(act(&F.op, id, "dispatch", NULL, fields, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "fields.unit_id");

	/* Friday 10:00: dispatched to 城中街道城建办. XF01 has 3 handling days:
	 *   Sat 16, Sun 17 weekend; Mon 18 the stored holiday;
	 *   Tue 19 (1), Wed 20 (2), Thu 21 (3) → due Thursday 2030-03-21 10:00 */
	dispatch_to_cj(id, "2030-03-15T10:00:00+08:00", &e);
	assert_int_equal(e.assignee_id, 0);
	assert_time(e.due_at, "2030-03-21T10:00:00+08:00");
	assert_string_equal(attr_str(&e, "stage"), "handle");
	assert_string_equal(attr_str(&e, "warn"), "normal");
	assert_int_equal(attr_int(&e, "stage_started_at"), T("2030-03-15T10:00:00+08:00"));
	assert_int_equal(attr_int(&e, "handle_due_at"), e.due_at);
	support_assert_time(attr_int(&e, "handle_due_at"), "2030-03-21T10:00:00+08:00");
	support_case_clear(&e);
	/* the department's handler is told */
	assert_int_equal(notes(F.handler.id, id, "dispatched"), 1);

	/* the handler signs for it */
	at("2030-03-15T10:30:00+08:00");
	act_ok(&F.handler, id, "sign", NULL, NULL);
	load_ev(id, &e);
	assert_string_equal(e.status, "signed");
	assert_int_equal(e.assignee_id, F.handler.id);
	support_case_clear(&e);

	/* Monday: reports the result; verification has no deadline */
	at("2030-03-18T09:00:00+08:00");
	act_ok(&F.handler, id, "handle", NULL, "{\"result\":\"已通知住户清理。\"}");
	load_ev(id, &e);
	assert_string_equal(e.status, "handled");
	assert_int_equal(e.due_at, 0);
	support_case_clear(&e);
	assert_int_equal(notes(F.grid_worker.id, id, "verify"), 1);

	/* the grid worker finds it not fixed: rework against the same deadline */
	at("2030-03-18T10:00:00+08:00");
	assert_int_equal(act(&F.grid_worker, id, "verify_fail", NULL, NULL, &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "missing_field");
	act_ok(&F.grid_worker, id, "verify_fail", "杂物只搬走一半", NULL);
	load_ev(id, &e);
	assert_string_equal(e.status, "signed");
	assert_int_equal(attr_int(&e, "rework_count"), 1);
	assert_string_equal(attr_str(&e, "stage"), "handle");
	assert_time(e.due_at, "2030-03-21T10:00:00+08:00");
	assert_int_equal(e.assignee_id, F.handler.id);
	support_case_clear(&e);
	assert_int_equal(notes(F.handler.id, id, "rework"), 1);

	/* Supervision. The handling stage runs Fri 15 10:00 → Thu 21 10:00 = 144 h; 70 % of it
	 * is 100.8 h = 4 d 4 h 48 min → Tuesday 2030-03-19 14:48:00.
	 * A first pass just before that: the demo's events (years overdue) are marked now, this
	 * one is not. */
	at("2030-03-19T14:47:59.999+08:00");
	(void)sla_tick(D.db);
	load_ev(id, &e);
	assert_string_equal(attr_str(&e, "warn"), "normal");
	support_case_clear(&e);
	assert_int_equal(count_id(SQL_TL_KIND, id, "supervise"), 0);
	assert_int_equal(sla_tick(D.db), 0);       /* nothing new since */

	/* exactly 70 %: yellow */
	at("2030-03-19T14:48:00+08:00");
	assert_int_equal(sla_tick(D.db), 1);
	load_ev(id, &e);
	assert_string_equal(attr_str(&e, "warn"), "yellow");
	assert_string_equal(e.status, "signed");
	support_case_clear(&e);
	assert_int_equal(count_id(SQL_TL_KIND, id, "supervise"), 1);
	last_supervise(id, note, sizeof note, &when);
	assert_int_equal(when, T("2030-03-19T14:48:00+08:00"));
	assert_non_null(strstr(note, "黄色预警"));
	assert_non_null(strstr(note, "处置"));
	/* the assignee hears of it (how often: warning_sent_once below); the township's
	 * operator once */
	assert_true(notes(F.handler.id, id, "warning") >= 1);
	assert_int_equal(notes(F.op.id, id, "warning"), 1);
	/* the same level is not marked twice */
	at("2030-03-20T12:00:00+08:00");
	assert_int_equal(sla_tick(D.db), 0);
	assert_int_equal(count_id(SQL_TL_KIND, id, "supervise"), 1);

	/* due exactly now is still yellow; a millisecond later it is overdue: red */
	at("2030-03-21T10:00:00+08:00");
	assert_int_equal(sla_tick(D.db), 0);
	before = notes_any(id, "warning");
	at("2030-03-21T10:00:00.001+08:00");
	assert_int_equal(sla_tick(D.db), 1);
	load_ev(id, &e);
	assert_string_equal(attr_str(&e, "warn"), "red");
	support_case_clear(&e);
	assert_int_equal(count_id(SQL_TL_KIND, id, "supervise"), 2);
	last_supervise(id, note, sizeof note, &when);
	assert_non_null(strstr(note, "红色预警"));
	assert_non_null(strstr(note, "已超期"));
	assert_true(notes_any(id, "warning") > before);
	assert_int_equal(sla_tick(D.db), 0);       /* red is the last level */
	at("2030-04-21T10:00:00+08:00");
	assert_int_equal(sla_tick(D.db), 0);

	/* handled late, verified: closed, not on time */
	at("2030-03-22T09:00:00+08:00");
	act_ok(&F.handler, id, "handle", NULL, "{\"result\":\"已全部清理，通道畅通。\"}");
	at("2030-03-22T11:00:00+08:00");
	act_ok(&F.grid_worker, id, "verify_pass", NULL, NULL);
	load_ev(id, &e);
	assert_string_equal(e.status, "closed");
	assert_int_equal(e.closed_at, T("2030-03-22T11:00:00+08:00"));
	assert_true(json_is_false(json_object_get(e.attrs, "closed_on_time")));
	assert_int_equal(attr_int(&e, "rework_count"), 1);
	support_case_clear(&e);
	/* closed events are left alone by the scheduler */
	at("2030-05-01T00:00:00+08:00");
	assert_int_equal(sla_tick(D.db), 0);

	/* the reporter is not satisfied: back to the platform for review (复核) */
	at("2030-03-22T15:00:00+08:00");
	assert_int_not_equal(act(&F.op, id, "rate", NULL, "{\"rating\":\"satisfied\"}", &err),
	    PA_OK);                                  /* only the reporter rates */
	assert_int_equal(act(&F.grid_worker, id, "rate", NULL, "{\"rating\":\"so-so\"}", &err),
	    PA_ERR_INVALID);
	act_ok(&F.grid_worker, id, "rate", NULL,
	    "{\"rating\":\"unsatisfied\",\"comment\":\"楼道还有味道\"}");
	load_ev(id, &e);
	assert_string_equal(e.status, "reviewing");
	assert_string_equal(attr_str(&e, "rating"), "unsatisfied");
	assert_int_equal(e.closed_at, 0);
	support_case_clear(&e);
	assert_int_equal(notes(F.op.id, id, "review"), 1);
	/* rating again is refused */
	assert_int_equal(act(&F.grid_worker, id, "rate", NULL, "{\"rating\":\"satisfied\"}", &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	/* the platform confirms the result: closed again, and still rated once */
	act_ok(&F.op, id, "confirm", "已复核，处置到位", NULL);
	load_ev(id, &e);
	assert_string_equal(e.status, "closed");
	support_case_clear(&e);
	assert_int_equal(act(&F.grid_worker, id, "rate", NULL, "{\"rating\":\"satisfied\"}", &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	assert_non_null(strstr(err.message, "rated already"));
	/* the guard's error reaches the caller whole: the Chinese message too */
	assert_string_equal(err.message_zh, "该事件已评价");
	assert_string_equal(pa_error_message(&err, 1), "该事件已评价");
	assert_chain_intact();
	clock_set(NULL);
}

/* The event above got two warnings (yellow, then red). Each should reach the assignee once:
 * the handler is both the assignee and a handler of the department the event is at. */
static void warning_sent_once(void **state)
{
	int64_t id = F.flow_id, n;

	(void)state;
	if (id == 0)
		skip();
	assert_int_equal(count_id(SQL_TL_KIND, id, "supervise"), 2);
	assert_int_equal(notes(F.op.id, id, "warning"), 2);
	n = notes(F.handler.id, id, "warning");
	if (n != 2)
		fail_msg("the assignee (handler) got %lld inbox messages for 2 warnings, expected 2: "
		    "sla.c tick_run notifies the assignee and then the department's handlers, who "
		    "include the assignee", (long long)n);
}

/* A pass records at most max warnings, oldest due first, and says when more are due; the
 * next passes record the rest: no warning, notice or timeline entry is lost. */
static void bounded_pass(void **state)
{
	struct support_case e;
	int64_t ids[3];
	bool more = true;
	int guard = 0;

	(void)state;
	/* the demo's long-past deadlines first, in as many passes as they take */
	at("2030-03-15T08:00:00+08:00");
	while (more && guard++ < 100)
		(void)sla_tick_pass(D.db, SLA_PASS_MAX, &more);
	assert_false(more);
	for (int i = 0; i < 3; i++) {
		at("2030-03-15T09:00:00+08:00");
		ids[i] = new_event(&F.grid_worker, "XF01", "楼道堆放杂物", G01_LON, G01_LAT);
		at("2030-03-15T09:30:00+08:00");
		act_ok(&F.op, ids[i], "accept", NULL, NULL);
		dispatch_to_cj(ids[i], "2030-03-15T10:00:00+08:00", &e);
		support_case_clear(&e);
	}
	/* all three cross their yellow line at the same instant */
	at("2030-03-19T14:48:00+08:00");
	assert_int_equal(sla_tick_pass(D.db, 2, &more), 2);
	assert_true(more);
	assert_int_equal(count_id(SQL_TL_KIND, ids[0], "supervise") +
	    count_id(SQL_TL_KIND, ids[1], "supervise") + count_id(SQL_TL_KIND, ids[2], "supervise"), 2);
	assert_int_equal(sla_tick_pass(D.db, 2, &more), 1);
	assert_false(more);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(count_id(SQL_TL_KIND, ids[i], "supervise"), 1);
		assert_int_equal(notes(F.op.id, ids[i], "warning"), 1);
		load_ev(ids[i], &e);
		assert_string_equal(attr_str(&e, "warn"), "yellow");
		support_case_clear(&e);
	}
	assert_int_equal(sla_tick_pass(D.db, 2, &more), 0);
	assert_false(more);
}

static void settle_on_the_spot(void **state)
{
	struct pa_error err;
	struct support_case e;
	char fields[128];
	int64_t photo = 0, photo2 = 0, id_sz, id_xf, id_nophoto;

	(void)state;
	at("2030-03-04T09:00:00+08:00");
	assert_int_equal(attach_store(D.db, F.grid_worker.id, support_png, support_png_size,
	    "image/png", &photo), PA_OK);
	assert_true(photo > 0);
	/* the same bytes again: a new attachment of the same blob */
	assert_int_equal(attach_store(D.db, F.grid_worker.id, support_png, support_png_size,
	    "image/png", &photo2), PA_OK);
	assert_true(photo2 > 0);
	snprintf(fields, sizeof fields, "{\"result\":\"已当场处理\",\"photos\":[%lld]}",
	    (long long)photo);

	/* SZ01 (路灯损坏) cannot be settled on the spot */
	id_sz = new_event(&F.grid_worker, "SZ01", "路灯不亮", G01_LON, G01_LAT);
	assert_int_equal(act(&F.grid_worker, id_sz, "settle", NULL, fields, &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	assert_non_null(strstr(err.message, "settled on the spot"));
	assert_null(strstr(support_last_allowed, "settle"));
	load_ev(id_sz, &e);
	assert_string_equal(e.status, "reported");
	assert_false(json_is_true(json_object_get(e.attrs, "settle_allowed")));
	support_case_clear(&e);
	assert_int_equal(count_id(SQL_ATTACHED, id_sz, NULL), 0);

	/* XF01 can, but only with a photo */
	id_nophoto = new_event(&F.grid_worker, "XF01", "楼道电瓶车", G01_LON, G01_LAT);
	assert_int_equal(act(&F.grid_worker, id_nophoto, "settle", NULL,
	    "{\"result\":\"已当场处理\"}", &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "fields.photos");
	assert_int_equal(act(&F.grid_worker, id_nophoto, "settle", NULL,
	    "{\"result\":\"已当场处理\",\"photos\":[]}", &err), PA_ERR_INVALID);
	load_ev(id_nophoto, &e);
	assert_string_equal(e.status, "reported");
	support_case_clear(&e);
	/* nor by someone who is not its grid worker: the operator reported nothing here */
	assert_int_equal(act(&F.op, id_nophoto, "settle", NULL, fields, &err), PA_ERR_CONFLICT);

	id_xf = new_event(&F.grid_worker, "XF01", "楼道杂物", G01_LON, G01_LAT);
	load_ev(id_xf, &e);
	assert_true(json_is_true(json_object_get(e.attrs, "settle_allowed")));
	support_case_clear(&e);
	at("2030-03-04T09:20:00+08:00");
	act_ok(&F.grid_worker, id_xf, "settle", NULL, fields);
	load_ev(id_xf, &e);
	assert_string_equal(e.status, "settled");
	assert_int_equal(e.closed_at, T("2030-03-04T09:20:00+08:00"));
	assert_int_equal(e.due_at, 0);
	assert_string_equal(attr_str(&e, "result"), "已当场处理");
	support_case_clear(&e);
	assert_int_equal(count_id(SQL_ATTACHED, id_xf, NULL), 1);
	/* settled once is final */
	assert_int_equal(act(&F.grid_worker, id_xf, "settle", NULL, fields, &err), PA_ERR_CONFLICT);

	/* rated once, then refused */
	act_ok(&F.grid_worker, id_xf, "rate", NULL, "{\"rating\":\"satisfied\"}");
	load_ev(id_xf, &e);
	assert_string_equal(e.status, "settled");
	assert_string_equal(attr_str(&e, "rating"), "satisfied");
	support_case_clear(&e);
	assert_int_equal(act(&F.grid_worker, id_xf, "rate", NULL,
	    "{\"rating\":\"unsatisfied\"}", &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	load_ev(id_xf, &e);
	assert_string_equal(e.status, "settled");
	assert_string_equal(attr_str(&e, "rating"), "satisfied");
	support_case_clear(&e);
	assert_chain_intact();
	clock_set(NULL);
}

static void unsatisfied_goes_to_review(void **state)
{
	struct pa_error err;
	struct support_case e;
	char fields[128];
	int64_t photo = 0, id;

	(void)state;
	at("2030-03-05T09:00:00+08:00");
	assert_int_equal(attach_store(D.db, F.grid_worker.id, support_png, support_png_size,
	    "image/png", &photo), PA_OK);
	id = new_event(&F.grid_worker, "HJ01", "垃圾堆放", G01_LON, G01_LAT);
	snprintf(fields, sizeof fields, "{\"result\":\"已清运\",\"photos\":[%lld]}",
	    (long long)photo);
	act_ok(&F.grid_worker, id, "settle", NULL, fields);
	act_ok(&F.grid_worker, id, "rate", NULL, "{\"rating\":\"unsatisfied\"}");
	load_ev(id, &e);
	assert_string_equal(e.status, "reviewing");
	assert_int_equal(e.closed_at, 0);
	assert_true(json_is_true(json_object_get(e.attrs, "reviewed")));
	support_case_clear(&e);
	assert_int_equal(act(&F.grid_worker, id, "rate", NULL, "{\"rating\":\"satisfied\"}", &err),
	    PA_ERR_CONFLICT);
	/* from review the platform may send it to a department after all */
	dispatch_to_cj(id, "2030-03-05T10:00:00+08:00", &e);
	/* HJ01 has 2 handling days: Tuesday 03-05 10:00 → Wed 06 (1), Thu 07 (2) */
	assert_time(e.due_at, "2030-03-07T10:00:00+08:00");
	support_case_clear(&e);
	clock_set(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(placed_by_location, setup, support_end),
		cmocka_unit_test_setup_teardown(dispatch_rework_and_supervision, setup, support_end),
		cmocka_unit_test_setup_teardown(warning_sent_once, setup, support_end),
		cmocka_unit_test_setup_teardown(bounded_pass, setup, support_end),
		cmocka_unit_test_setup_teardown(settle_on_the_spot, setup, support_end),
		cmocka_unit_test_setup_teardown(unsatisfied_goes_to_review, setup, support_end),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("events", tests, group_setup, support_group_teardown);
}
