/* test_engine.c — the case engine against a real SQLite file with the writer thread:
 * create, act, optimistic versions, idempotency, scope, the 7-day reopen window, the hash
 * chain of the timeline (also after tampering with it behind the engine's back) and many
 * writers at once. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "auth/auth.h"
#include "core/case.h"
#include "core/notify.h"
#include "db/db.h"
#include "modules/demo.h"
#include "org/org.h"
#include "util/util.h"

#include "support.h"

#define DAY_MS  (86400LL * 1000)
#define HOUR_MS (3600LL * 1000)
#define T0      (1795918830LL * 1000)     /* 2026-11-29T10:20:30+08:00 */

static struct support_db D;

static struct {
	struct auth_user admin, cz_leader, cz_officer, cz_aux, xg_leader, xg_officer;
	int64_t cz_org, xg_org;
} F;

/* ------------------------------------------------------------------ helpers */

static int64_t count_rows(const char *sql)
{
	return support_count(D.db, sql);
}

static const char SQL_COUNT_CASES[] = "SELECT COUNT(*) FROM cases";
static const char SQL_COUNT_TIMELINE[] = "SELECT COUNT(*) FROM timeline";
static const char SQL_COUNT_USERS[] = "SELECT COUNT(*) FROM users";
static const char SQL_COUNT_ORGS[] = "SELECT COUNT(*) FROM orgs";

static pa_err create(const struct auth_user *u, int64_t org, const char *title,
    const char *idem_key, const char *body_for_hash, int64_t *id, struct pa_error *err)
{
	struct case_new n = { .type = case_type_find("suggestion"), .title = title,
		.body = "三楼东侧楼道灯不亮，晚上进出看不清。", .category = "facility", .org_id = org,
		.idem_key = idem_key };

	memset(err, 0, sizeof *err);
	if (body_for_hash)
		case_body_hash(body_for_hash, strlen(body_for_hash), n.body_hash);
	return case_create(D.db, u, &n, id, err);
}

static int64_t new_case(const struct auth_user *u, int64_t org, const char *title)
{
	struct pa_error err;
	int64_t id = 0;
	pa_err rc = create(u, org, title, NULL, NULL, &id, &err);

	if (rc != PA_OK)
		fail_msg("case_create: %d %s", rc, err.message);
	assert_true(id > 0);
	return id;
}

/* Actions on the test database: see support_act; the allowed_actions of a refusal land in
 * support_last_allowed. */
static pa_err act(const struct auth_user *u, int64_t id, const char *code, const char *note,
    const char *fields, int64_t version, struct pa_error *err)
{
	return support_act(D.db, u, id, code, note, fields, version, err);
}

static void act_ok(const struct auth_user *u, int64_t id, const char *code, const char *note,
    const char *fields)
{
	support_act_ok(D.db, u, id, code, note, fields);
}

/* What the tests look at in a stored case. */
struct snap {
	char status[32];
	int64_t version, assignee_id, reporter_id, closed_at, updated_at;
	char result[256];
	int64_t reopened;
};

static void load_case(int64_t id, struct snap *s)
{
	struct support_case c;
	const char *result;

	support_case_load(D.db, id, &c);
	*s = (struct snap){ .version = c.version, .assignee_id = c.assignee_id,
		.reporter_id = c.reporter_id, .closed_at = c.closed_at, .updated_at = c.updated_at,
		.reopened = json_integer_value(json_object_get(c.attrs, "reopened")) };
	snprintf(s->status, sizeof s->status, "%s", c.status);
	if ((result = json_string_value(json_object_get(c.attrs, "result"))) != NULL)
		snprintf(s->result, sizeof s->result, "%s", result);
	support_case_clear(&c);
}

/* The timeline of a case as a jansson array (built from the engine's own JSON writer). */
static json_t *timeline_of(int64_t id)
{
	struct sb b;
	json_error_t je;
	json_t *arr;
	char *text;

	sb_init(&b, 1 << 20);
	sb_add(&b, "[", 1);
	assert_int_equal(case_timeline_write(db_reader(D.db), &b, id, 0), PA_OK);
	sb_add(&b, "]", 1);
	text = sb_finish(&b);
	assert_non_null(text);
	arr = json_loads(text, 0, &je);
	if (arr == NULL)
		fail_msg("timeline JSON does not parse: %s: %s", je.text, text);
	free(text);
	assert_true(json_is_array(arr));
	return arr;
}

/* The chain verifies, over every event there is. */
static void assert_chain_intact(void)
{
	int64_t n = support_chain_intact(D.db);

	assert_int_equal(n, count_rows(SQL_COUNT_TIMELINE));
	assert_true(n > 0);
}

/* ------------------------------------------------------------------ fixture */

/* The demo data; support_group_teardown frees it. */
static int group_setup(void **state)
{
	*state = &D;
	if (support_demo_db("engine", false, &D) != 0)
		return -1;
	F.cz_org = org_id_by_code(db_reader(D.db), "330702-GA-CZ");
	F.xg_org = org_id_by_code(db_reader(D.db), "330702-GA-XG");
	return F.cz_org > 0 && F.xg_org > 0 ? 0 : -1;
}

static const struct support_login users[] = {
	{ "admin", &F.admin }, { "cz-leader", &F.cz_leader }, { "cz-officer", &F.cz_officer },
	{ "cz-aux", &F.cz_aux }, { "xg-leader", &F.xg_leader }, { "xg-officer", &F.xg_officer },
	{ NULL, NULL },
};

/* Every test starts on the real clock with the demo users freshly loaded. */
static int setup(void **state)
{
	(void)state;
	return support_start(D.db, users);
}

/* ------------------------------------------------------------------ tests */

static void demo_data_is_there(void **state)
{
	FILE *devnull;

	(void)state;
	/* 21 org units and 8 accounts, as demo.c lists them */
	assert_int_equal(count_rows(SQL_COUNT_ORGS), 24);   /* 21 + 西关社区 and its two grids */
	/* + xg-operator, county-operator, handler, citizen, and the governance accounts mediator,
	 * town-mediator, county-mediator, street-leader, community-leader */
	assert_int_equal(count_rows(SQL_COUNT_USERS), 17);
	assert_true(count_rows(SQL_COUNT_CASES) >= 8);
	/* the grants came along: the 城中 leader leads 城中派出所 */
	assert_int_equal(F.cz_leader.ngrants, 1);
	assert_int_equal(F.cz_leader.grants[0].role, ROLE_LEADER);
	assert_int_equal(F.cz_leader.grants[0].org_id, F.cz_org);
	assert_int_equal(F.xg_officer.grants[0].role, ROLE_OFFICER);
	assert_int_equal(F.xg_officer.grants[0].org_id, F.xg_org);
	/* the seeded stories left an intact chain */
	assert_chain_intact();
	/* seeding twice is refused */
	devnull = fopen("/dev/null", "w");
	assert_non_null(devnull);
	assert_int_equal(demo_seed(D.db, SUPPORT_PASSWORD, devnull), PA_ERR_CONFLICT);
	fclose(devnull);
}

static void lifecycle(void **state)
{
	struct snap s;
	char fields[64];
	int64_t id;

	(void)state;
	id = new_case(&F.cz_officer, F.cz_org, "三楼楼道灯坏了");
	load_case(id, &s);
	assert_string_equal(s.status, "open");
	assert_int_equal(s.version, 1);
	assert_int_equal(s.reporter_id, F.cz_officer.id);
	assert_int_equal(s.assignee_id, 0);
	assert_int_equal(s.closed_at, 0);

	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	act_ok(&F.cz_leader, id, "accept", "请尽快处理", fields);
	load_case(id, &s);
	assert_string_equal(s.status, "in_progress");
	assert_int_equal(s.version, 2);
	assert_int_equal(s.assignee_id, F.cz_aux.id);

	act_ok(&F.cz_aux, id, "done", NULL, "{\"result\":\"已更换灯泡\"}");
	load_case(id, &s);
	assert_string_equal(s.status, "done");
	assert_int_equal(s.version, 3);
	assert_true(s.closed_at > 0);
	assert_string_equal(s.result, "已更换灯泡");

	act_ok(&F.cz_officer, id, "reopen", "灯还是不亮", NULL);
	load_case(id, &s);
	assert_string_equal(s.status, "in_progress");
	assert_int_equal(s.version, 4);
	assert_int_equal(s.closed_at, 0);
	assert_int_equal(s.reopened, 1);

	/* the timeline tells the same story, in order */
	json_t *tl = timeline_of(id);
	static const char *const kinds[] = { "create", "action", "action", "action" };
	static const char *const acts[] = { NULL, "accept", "done", "reopen" };
	static const char *const to[] = { "open", "in_progress", "done", "in_progress" };
	assert_int_equal(json_array_size(tl), 4);
	for (size_t i = 0; i < 4; i++) {
		json_t *e = json_array_get(tl, i);
		assert_int_equal(json_integer_value(json_object_get(e, "seq")), (json_int_t)i + 1);
		assert_string_equal(json_string_value(json_object_get(e, "kind")), kinds[i]);
		if (acts[i])
			assert_string_equal(json_string_value(json_object_get(e, "action")), acts[i]);
		assert_string_equal(json_string_value(json_object_get(e, "to_status")), to[i]);
	}
	assert_string_equal(json_string_value(json_object_get(json_array_get(tl, 3), "note")),
	    "灯还是不亮");
	json_decref(tl);
	assert_chain_intact();
}

static void case_json_round_trip(void **state)
{
	/* quotes, backslashes, control characters and Chinese must survive the JSON writer */
	static const char title[] = "\"引号\" \\反斜杠\\ 换行\n制表\t响铃\x01\x1f 结束";
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c;
	json_error_t je;
	json_t *o;
	struct sb b;
	char *text;
	int64_t id;

	(void)state;
	id = new_case(&F.cz_officer, F.cz_org, title);
	assert_int_equal(case_load(db_reader(D.db), a, id, &c), PA_OK);
	sb_init(&b, 1 << 20);
	case_json(&b, &c, &F.cz_officer);
	sb_add(&b, "}", 1);
	text = sb_finish(&b);
	case_rec_clear(&c);
	arena_free(a);
	assert_non_null(text);
	o = json_loads(text, 0, &je);
	if (o == NULL)
		fail_msg("case JSON does not parse: %s: %s", je.text, text);
	free(text);
	assert_int_equal(json_integer_value(json_object_get(o, "id")), id);
	assert_string_equal(json_string_value(json_object_get(o, "title")), title);
	assert_string_equal(json_string_value(json_object_get(o, "type")), "suggestion");
	assert_string_equal(json_string_value(json_object_get(o, "status")), "open");
	assert_string_equal(json_string_value(json_object_get(o, "category")), "facility");
	assert_int_equal(json_integer_value(json_object_get(o, "version")), 1);
	assert_int_equal(json_integer_value(json_object_get(o, "org_id")), F.cz_org);
	assert_int_equal(json_integer_value(json_object_get(o, "reporter_id")), F.cz_officer.id);
	assert_true(json_is_null(json_object_get(o, "assignee_id")));
	assert_true(json_is_null(json_object_get(o, "closed_at")));
	assert_true(json_is_null(json_object_get(o, "lat")));
	assert_true(json_is_null(json_object_get(o, "result")));
	assert_true(json_is_string(json_object_get(o, "created_at")));
	json_decref(o);
}

static void stale_version_conflicts(void **state)
{
	struct pa_error err;
	struct snap s;
	char fields[64];
	int64_t id;

	(void)state;
	id = new_case(&F.cz_officer, F.cz_org, "值班室空调漏水");
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_officer.id);
	assert_int_equal(act(&F.cz_leader, id, "accept", NULL, fields, 1, &err), PA_OK);
	load_case(id, &s);
	assert_int_equal(s.version, 2);

	/* acting on what was read at version 1 */
	assert_int_equal(act(&F.cz_officer, id, "done", NULL, "{\"result\":\"修好了\"}", 1, &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "stale_version");
	assert_string_equal(err.field, "version");
	load_case(id, &s);
	assert_int_equal(s.version, 2);
	assert_string_equal(s.status, "in_progress");
	/* a version from the future is as stale */
	assert_int_equal(act(&F.cz_officer, id, "done", NULL, "{\"result\":\"修好了\"}", 3, &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "stale_version");
	load_case(id, &s);
	assert_int_equal(s.version, 2);

	/* the current version goes through and bumps it */
	assert_int_equal(act(&F.cz_officer, id, "done", NULL, "{\"result\":\"修好了\"}", 2, &err),
	    PA_OK);
	load_case(id, &s);
	assert_int_equal(s.version, 3);
	assert_string_equal(s.status, "done");

	/* edits check the version the same way */
	json_t *ch = json_pack("{s:s}", "title", "新标题");
	memset(&err, 0, sizeof err);
	assert_int_equal(case_update(D.db, &F.cz_officer, id, ch, 2, &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "stale_version");
	json_decref(ch);
	load_case(id, &s);
	assert_int_equal(s.version, 3);
}

static void refused_actions(void **state)
{
	struct pa_error err;
	struct snap s;
	char fields[64];
	int64_t id;

	(void)state;
	id = new_case(&F.cz_aux, F.cz_org, "建议阳光坐席增设老花镜");
	/* an officer of the unit sees the post but may not accept it */
	assert_int_equal(act(&F.cz_officer, id, "accept", NULL, "{\"assignee_id\":1}", -1, &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	assert_string_equal(support_last_allowed, "");
	/* the leader gets told what is possible when trying the wrong thing */
	assert_int_equal(act(&F.cz_leader, id, "done", NULL, "{\"result\":\"x\"}", -1, &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	assert_string_equal(support_last_allowed, "accept,decline");
	/* unknown action */
	assert_int_equal(act(&F.cz_leader, id, "approve", NULL, NULL, -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "action");
	/* fields are checked against the action's table */
	assert_int_equal(act(&F.cz_leader, id, "accept", NULL, NULL, -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "missing_field");
	assert_string_equal(err.field, "fields.assignee_id");
	assert_int_equal(act(&F.cz_leader, id, "accept", NULL, "{\"assignee_id\":2,\"x\":1}", -1,
	    &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "unknown_field");
	assert_string_equal(err.field, "fields.x");
	/* the assignee must be staff of the unit: 西关's officer is not */
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.xg_officer.id);
	assert_int_equal(act(&F.cz_leader, id, "accept", NULL, fields, -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "fields.assignee_id");
	/* decline needs a reason */
	assert_int_equal(act(&F.cz_leader, id, "decline", NULL, NULL, -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "missing_field");
	assert_int_equal(act(&F.cz_leader, id, "decline", "", NULL, -1, &err), PA_ERR_INVALID);
	/* nothing of that changed the post */
	load_case(id, &s);
	assert_string_equal(s.status, "open");
	assert_int_equal(s.version, 1);
	/* the reason may come as fields.reason */
	assert_int_equal(act(&F.cz_leader, id, "decline", NULL, "{\"reason\":\"经费不足\"}", -1,
	    &err), PA_OK);
	load_case(id, &s);
	assert_string_equal(s.status, "declined");
	assert_true(s.closed_at > 0);
	/* declined is final */
	assert_int_equal(act(&F.cz_aux, id, "reopen", "请再考虑", NULL, -1, &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
}

static void blank_reason_refused(void **state)
{
	struct pa_error err;
	struct snap s;
	int64_t id;

	(void)state;
	/* a decline "with a reason" of only spaces gives the poster no reason at all */
	id = new_case(&F.cz_aux, F.cz_org, "建议食堂周末供应早餐");
	assert_int_equal(act(&F.cz_leader, id, "decline", "   ", NULL, -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "note");
	load_case(id, &s);
	assert_string_equal(s.status, "open");
}

static void out_of_scope_is_not_found(void **state)
{
	struct pa_error err;
	struct snap s;
	char fields[64];
	int64_t id, other;

	(void)state;
	id = new_case(&F.cz_officer, F.cz_org, "车棚电动车充电桩不够用");
	/* 西关's officer and leader cannot see a 城中 case: absent and hidden look the same */
	assert_int_equal(act(&F.xg_officer, id, "decline", "不归我管", NULL, -1, &err),
	    PA_ERR_NOT_FOUND);
	assert_string_equal(err.code, "not_found");
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.xg_officer.id);
	assert_int_equal(act(&F.xg_leader, id, "accept", NULL, fields, -1, &err), PA_ERR_NOT_FOUND);
	assert_string_equal(err.code, "not_found");
	assert_int_equal(act(&F.xg_leader, id + 100000, "accept", NULL, fields, -1, &err),
	    PA_ERR_NOT_FOUND);
	assert_string_equal(err.code, "not_found");
	load_case(id, &s);
	assert_string_equal(s.status, "open");
	assert_int_equal(s.version, 1);
	/* nor post into 城中 */
	assert_int_equal(create(&F.xg_officer, F.cz_org, "越权", NULL, NULL, &other, &err),
	    PA_ERR_FORBIDDEN);
	/* nor comment on it */
	int64_t ev = 0;
	memset(&err, 0, sizeof err);
	assert_int_equal(case_comment(D.db, &F.xg_officer, id, "看看", &ev, &err), PA_ERR_NOT_FOUND);
	/* the district admin, above both, can */
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	act_ok(&F.admin, id, "accept", NULL, fields);
}

static void idempotent_create(void **state)
{
	struct pa_error err;
	int64_t id1 = 0, id2 = 0, id3 = 0, id4 = 0, before;

	(void)state;
	before = count_rows(SQL_COUNT_CASES);
	assert_int_equal(create(&F.cz_officer, F.cz_org, "饮水机滤芯", "key-1", "{\"t\":1}", &id1,
	    &err), PA_OK);
	assert_int_equal(count_rows(SQL_COUNT_CASES), before + 1);
	/* the same key and body again: the first case, nothing new */
	assert_int_equal(create(&F.cz_officer, F.cz_org, "饮水机滤芯", "key-1", "{\"t\":1}", &id2,
	    &err), PA_OK);
	assert_int_equal(id2, id1);
	assert_int_equal(count_rows(SQL_COUNT_CASES), before + 1);
	/* the same key with another body */
	assert_int_equal(create(&F.cz_officer, F.cz_org, "饮水机滤芯!", "key-1", "{\"t\":2}", &id3,
	    &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "idempotency_key_reused");
	assert_int_equal(count_rows(SQL_COUNT_CASES), before + 1);
	/* keys belong to their user: another user's key-1 is a new case */
	assert_int_equal(create(&F.cz_aux, F.cz_org, "饮水机滤芯", "key-1", "{\"t\":1}", &id4,
	    &err), PA_OK);
	assert_int_not_equal(id4, id1);
	assert_int_equal(count_rows(SQL_COUNT_CASES), before + 2);
	/* a failed create does not claim the key */
	assert_int_equal(create(&F.xg_officer, F.cz_org, "越权", "key-2", "{\"t\":1}", &id3, &err),
	    PA_ERR_FORBIDDEN);
	assert_int_equal(create(&F.xg_officer, F.xg_org, "叫号机故障", "key-2", "{\"t\":1}", &id3,
	    &err), PA_OK);
	assert_int_equal(count_rows(SQL_COUNT_CASES), before + 3);
}

static void reopen_window(void **state)
{
	struct pa_error err;
	struct snap s;
	char fields[64];
	int64_t id, done_at = T0 + HOUR_MS;

	(void)state;
	clock_set_fixed(T0);
	id = new_case(&F.cz_officer, F.cz_org, "档案室除湿机需要维修");
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	act_ok(&F.cz_leader, id, "accept", NULL, fields);
	clock_set_fixed(done_at);
	act_ok(&F.cz_aux, id, "done", NULL, "{\"result\":\"已维修\"}");
	load_case(id, &s);
	assert_int_equal(s.closed_at, done_at);

	/* 8 days later: too late */
	clock_set_fixed(done_at + 8 * DAY_MS);
	assert_int_equal(act(&F.cz_officer, id, "reopen", "又坏了", NULL, -1, &err),
	    PA_ERR_CONFLICT);
	assert_string_equal(err.code, "action_not_allowed");
	load_case(id, &s);
	assert_string_equal(s.status, "done");
	assert_int_equal(s.version, 3);

	/* 6 days after: still in time */
	clock_set_fixed(done_at + 6 * DAY_MS);
	assert_int_equal(act(&F.cz_officer, id, "reopen", "又坏了", NULL, -1, &err), PA_OK);
	load_case(id, &s);
	assert_string_equal(s.status, "in_progress");
	assert_int_equal(s.updated_at, done_at + 6 * DAY_MS);
	clock_set(NULL);
}

/* What timeline_tamper_detected rewrites behind the engine's back (support_tamper). */
static const char SQL_NOTE_GET[] = "SELECT note FROM timeline WHERE id = ?1";
static const char SQL_NOTE_SET[] = "UPDATE timeline SET note = ?2 WHERE id = ?1";
static const char SQL_AT_GET[] = "SELECT at FROM timeline WHERE id = ?1";
static const char SQL_AT_LATER[] =
    "UPDATE timeline SET at = at + 1 WHERE id = ?1 AND ?2 IS NULL";
static const char SQL_AT_BACK[] =
    "UPDATE timeline SET at = at - 1 WHERE id = ?1 AND ?2 IS NULL";

/* The chain is read through, and the first event that does not fit it is ev. */
static void assert_chain_broken_at(int64_t ev)
{
	struct tl_audit a = { 0 };

	assert_int_equal(tl_verify(db_reader(D.db), &a), PA_OK);
	assert_int_equal(a.first_bad_event, ev);
}

static void timeline_tamper_detected(void **state)
{
	sqlite3 *h;
	int64_t id, ev_accept = 0;
	char fields[64], *old;
	json_t *tl;

	(void)state;
	id = new_case(&F.cz_officer, F.cz_org, "楼道堆放杂物");
	snprintf(fields, sizeof fields, "{\"assignee_id\":%lld}", (long long)F.cz_aux.id);
	act_ok(&F.cz_leader, id, "accept", "请清理", fields);
	act_ok(&F.cz_aux, id, "done", NULL, "{\"result\":\"已清理\"}");
	assert_chain_intact();

	tl = timeline_of(id);
	assert_int_equal(json_array_size(tl), 3);
	ev_accept = json_integer_value(json_object_get(json_array_get(tl, 1), "id"));
	json_decref(tl);
	assert_true(ev_accept > 0);

	h = support_raw_open(&D);

	/* the note of the accept event */
	old = support_tamper(h, SQL_NOTE_GET, SQL_NOTE_SET, ev_accept, "x");
	assert_non_null(old);
	assert_string_equal(old, "请清理");
	assert_chain_broken_at(ev_accept);
	free(support_tamper(h, SQL_NOTE_GET, SQL_NOTE_SET, ev_accept, old));
	free(old);
	assert_chain_intact();

	/* a NULL note filled in is as visible as a changed one (NULL and "" differ) */
	int64_t ev_done = ev_accept + 1;
	old = support_tamper(h, SQL_NOTE_GET, SQL_NOTE_SET, ev_done, "");
	assert_null(old);
	assert_chain_broken_at(ev_done);
	free(support_tamper(h, SQL_NOTE_GET, SQL_NOTE_SET, ev_done, NULL));
	assert_chain_intact();

	/* the time of the event */
	old = support_tamper(h, SQL_AT_GET, SQL_AT_LATER, ev_accept, NULL);
	assert_chain_broken_at(ev_accept);
	free(support_tamper(h, SQL_AT_GET, SQL_AT_BACK, ev_accept, NULL));
	free(old);
	assert_chain_intact();

	sqlite3_close(h);
}

/* ------------------------------------------------------------------ concurrency */

#define NTHREADS 8
#define PER_THREAD 50

struct worker {
	int no;
	const struct auth_user *u;
	const char *idem_key;       /* NULL: every case new */
	int64_t ids[PER_THREAD];
	int ok;
};

static void *worker_main(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < PER_THREAD; i++) {
		char title[64];
		struct case_new n = { .type = case_type_find("suggestion"), .title = title,
			.category = "other", .org_id = F.cz_org, .idem_key = w->idem_key };
		struct pa_error err = { 0 };

		snprintf(title, sizeof title, "并发测试 %d-%d", w->no, i);
		if (w->idem_key)
			case_body_hash("same body", 9, n.body_hash);
		if (case_create(D.db, w->u, &n, &w->ids[i], &err) == PA_OK)
			w->ok++;
	}
	return NULL;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

static void run_workers(struct worker *w, const char *idem_key)
{
	pthread_t th[NTHREADS];

	for (int t = 0; t < NTHREADS; t++) {
		memset(&w[t], 0, sizeof w[t]);
		w[t].no = t;
		w[t].u = t % 2 ? &F.cz_officer : &F.cz_aux;
		w[t].idem_key = idem_key;
		assert_int_equal(pthread_create(&th[t], NULL, worker_main, &w[t]), 0);
	}
	for (int t = 0; t < NTHREADS; t++)
		assert_int_equal(pthread_join(th[t], NULL), 0);
}

static void concurrent_creates(void **state)
{
	static struct worker w[NTHREADS];
	static int64_t all[NTHREADS * PER_THREAD];
	int64_t cases0 = count_rows(SQL_COUNT_CASES), events0 = count_rows(SQL_COUNT_TIMELINE);
	int n = 0;

	(void)state;
	run_workers(w, NULL);
	for (int t = 0; t < NTHREADS; t++) {
		assert_int_equal(w[t].ok, PER_THREAD);
		for (int i = 0; i < PER_THREAD; i++)
			all[n++] = w[t].ids[i];
	}
	qsort(all, (size_t)n, sizeof all[0], cmp_i64);
	for (int i = 0; i < n; i++) {
		assert_true(all[i] > 0);
		if (i > 0 && all[i] == all[i - 1])
			fail_msg("case id %lld handed out twice", (long long)all[i]);
	}
	assert_int_equal(count_rows(SQL_COUNT_CASES), cases0 + NTHREADS * PER_THREAD);
	assert_int_equal(count_rows(SQL_COUNT_TIMELINE), events0 + NTHREADS * PER_THREAD);
	assert_chain_intact();
}

static void concurrent_idempotent_creates(void **state)
{
	static struct worker w[NTHREADS];
	int64_t cases0 = count_rows(SQL_COUNT_CASES);

	(void)state;
	/* two users each retry one key 200 times at once: one case per user */
	run_workers(w, "retry-storm");
	for (int t = 0; t < NTHREADS; t++) {
		assert_int_equal(w[t].ok, PER_THREAD);
		for (int i = 0; i < PER_THREAD; i++)
			assert_int_equal(w[t].ids[i], w[t % 2].ids[0]);
	}
	assert_int_not_equal(w[0].ids[0], w[1].ids[0]);
	assert_int_equal(count_rows(SQL_COUNT_CASES), cases0 + 2);
	assert_chain_intact();
}

/* A type that supplies nothing beyond its workflow still works: created, listed as JSON,
 * acted on, its timeline chained; no side table, no rules, no stages, no hooks. Registered
 * beside the real types the way modules.c registers them. */
static const char *const bare_from_new[] = { "new", NULL };
static const struct wf_status bare_statuses[] = {
	{ "new", "新建", "New", false },
	{ "closed", "已关闭", "Closed", true },
	{ NULL, NULL, NULL, false },
};
static const struct wf_action bare_actions[] = {
	{ "close", "关闭", "Close", bare_from_new, "closed", ROLE_LEADER, false, NULL, NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};
static const struct case_type bare_type = {
	.code = "bare", .name_zh = "最简类型", .name_en = "Bare", .code_prefix = "BR",
	.initial = "new", .statuses = bare_statuses, .actions = bare_actions,
	.who_create = ROLE_STAFF,
};

static void bare_type_works(void **state)
{
	const struct case_type *const *real = case_types;
	const struct case_type *with_bare[8];
	struct case_new n = { .title = "最简类型的案件", .org_id = F.cz_org };
	struct pa_error err = { 0 };
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c;
	struct sb b;
	int64_t id = 0;
	int k = 0;
	char *json;

	(void)state;
	for (; real[k] && k < 6; k++)
		with_bare[k] = real[k];
	with_bare[k++] = &bare_type;
	with_bare[k] = NULL;
	case_registry_set(with_bare);
	n.type = case_type_find("bare");
	assert_ptr_equal(n.type, &bare_type);
	assert_int_equal(case_create(D.db, &F.cz_officer, &n, &id, &err), PA_OK);
	/* an officer may not close it (leaders only), the leader may */
	assert_int_equal(case_act(D.db, &F.cz_officer, id, "close", NULL, NULL, -1, &err),
	    PA_ERR_CONFLICT);
	pa_error_clear(&err);     /* frees the refusal's allowed_actions */
	assert_int_equal(case_act(D.db, &F.cz_leader, id, "close", NULL, NULL, -1, &err), PA_OK);
	assert_int_equal(case_load(db_reader(D.db), a, id, &c), PA_OK);
	assert_string_equal(c.status, "closed");
	assert_true(c.closed_at > 0);
	assert_null(c.stage);
	assert_true(c.code[0] == 'B' && c.code[1] == 'R');
	sb_init(&b, 1 << 16);
	case_json(&b, &c, &F.cz_officer);
	sb_add(&b, "}", 1);
	json = sb_finish(&b);
	assert_non_null(json);
	assert_non_null(strstr(json, "\"type\":\"bare\""));
	assert_non_null(strstr(json, "\"summary\":\"最简类型的案件\""));
	free(json);
	case_rec_clear(&c);
	arena_free(a);
	assert_chain_intact();
	case_registry_set(real);
}

/* A type's stored time flagged TF_EDIT may be changed by PATCH (lfedit): RFC 3339 in, the side
 * row written, old → new on the timeline; a malformed value or one the type's edit_check
 * refuses is 422 naming the field with nothing written; a stored time without the flag is
 * not PATCH's; the same time to the second is no change. The side table is made here. */
static const struct type_field timed_fields[] = {
	{ "seen_at", "发现时间", "Seen at", TF_TIME, TF_STORED | TF_EDIT, NULL },
	{ "logged_at", "记录时间", "Logged at", TF_TIME, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static int timed_checks;     /* edit_check calls */

static pa_err timed_check(const struct case_rec *c, const json_t *changes, int64_t now,
    struct pa_error *err)
{
	timed_checks++;
	assert_non_null(json_object_get(changes, "seen_at"));
	if (json_integer_value(json_object_get(c->attrs, "seen_at")) > now) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "seen_at",
		    "the time found must not be in the future");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

static const struct case_type timed_type = {
	.code = "timed", .name_zh = "计时类型", .name_en = "Timed", .code_prefix = "TM",
	.initial = "new", .statuses = bare_statuses, .actions = bare_actions,
	.who_create = ROLE_STAFF, .fields = timed_fields, .edit_check = timed_check,
	.side_select = "SELECT seen_at, logged_at FROM timed_details WHERE case_id = ?1",
	.side_upsert = "INSERT INTO timed_details (case_id, seen_at, logged_at) VALUES (?1, ?2, ?3) "
	    "ON CONFLICT (case_id) DO UPDATE SET seen_at = ?2, logged_at = ?3",
};

/* PATCH of case id with the JSON changes at version; returns the engine's answer. */
static pa_err patch(int64_t id, const char *changes, int64_t version, struct pa_error *err)
{
	json_error_t je;
	json_t *ch = json_loads(changes, 0, &je);
	pa_err rc;

	assert_non_null(ch);
	memset(err, 0, sizeof *err);
	rc = case_update(D.db, &F.cz_officer, id, ch, version, err);
	json_decref(ch);
	return rc;
}

static void editable_times(void **state)
{
	const struct case_type *const *real = case_types;
	const struct case_type *with_timed[8];
	struct case_new n = { .title = "计时类型的案件", .org_id = F.cz_org };
	struct pa_error err = { 0 };
	struct sqlite3 *h = support_raw_open(&D);
	int64_t id = 0, t1 = 0, t2 = 0;
	struct snap s;
	json_t *tl, *d;
	int k = 0;

	(void)state;
	assert_int_equal(sqlite3_exec(h, "CREATE TABLE timed_details (case_id INTEGER PRIMARY KEY, "
	    "seen_at INTEGER, logged_at INTEGER)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	for (; real[k] && k < 6; k++)
		with_timed[k] = real[k];
	with_timed[k++] = &timed_type;
	with_timed[k] = NULL;
	case_registry_set(with_timed);
	n.type = case_type_find("timed");
	assert_int_equal(case_create(D.db, &F.cz_officer, &n, &id, &err), PA_OK);
	assert_true(time_parse("2026-11-28T09:15:00+08:00", &t1));
	assert_true(time_parse("2026-11-28T21:40:00+08:00", &t2));

	/* set from nothing, then changed: the side row holds it, the timeline both ends */
	assert_int_equal(patch(id, "{\"seen_at\":\"2026-11-28T09:15:00+08:00\"}", 1, &err), PA_OK);
	assert_int_equal(support_count_with(D.db, "SELECT COUNT(*) FROM timed_details "
	    "WHERE case_id = ?1 AND seen_at = ?2", (int64_t[]){ id, t1 }, 2, NULL), 1);
	assert_int_equal(patch(id, "{\"seen_at\":\"2026-11-28T13:40:00Z\"}", 2, &err), PA_OK);
	assert_int_equal(support_count_with(D.db, "SELECT COUNT(*) FROM timed_details "
	    "WHERE case_id = ?1 AND seen_at = ?2", (int64_t[]){ id, t2 }, 2, NULL), 1);
	assert_int_equal(timed_checks, 2);
	tl = timeline_of(id);
	d = json_object_get(json_array_get(tl, json_array_size(tl) - 1), "data");
	assert_string_equal(json_string_value(json_object_get(json_object_get(d, "seen_at"),
	    "from")), "2026-11-28T09:15:00+08:00");
	assert_string_equal(json_string_value(json_object_get(json_object_get(d, "seen_at"),
	    "to")), "2026-11-28T21:40:00+08:00");
	json_decref(tl);
	load_case(id, &s);
	assert_int_equal(s.version, 3);

	/* the same instant again, to the second, in another offset: no change, no version */
	assert_int_equal(patch(id, "{\"seen_at\":\"2026-11-28T21:40:00+08:00\"}", 3, &err), PA_OK);
	load_case(id, &s);
	assert_int_equal(s.version, 3);

	/* malformed: 422 naming the field, nothing written, the type's check not asked */
	assert_int_equal(patch(id, "{\"seen_at\":\"28.11.2026\"}", 3, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "seen_at");
	assert_int_equal(patch(id, "{\"seen_at\":1795918830000}", 3, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "seen_at");
	assert_int_equal(timed_checks, 2);
	/* the type's check refuses a time ahead of the clock: nothing written */
	assert_int_equal(patch(id, "{\"seen_at\":\"2099-01-01T00:00:00+08:00\"}", 3, &err),
	    PA_ERR_INVALID);
	assert_string_equal(err.field, "seen_at");
	assert_int_equal(support_count_with(D.db, "SELECT COUNT(*) FROM timed_details "
	    "WHERE case_id = ?1 AND seen_at = ?2", (int64_t[]){ id, t2 }, 2, NULL), 1);
	/* a stored time without TF_EDIT is not PATCH's */
	assert_int_equal(patch(id, "{\"logged_at\":\"2026-11-28T09:15:00+08:00\"}", 3, &err),
	    PA_ERR_INVALID);
	assert_string_equal(err.code, "unknown_field");
	load_case(id, &s);
	assert_int_equal(s.version, 3);
	assert_true(type_field_editable(&timed_type, &timed_fields[0]));
	assert_false(type_field_editable(&timed_type, &timed_fields[1]));
	assert_chain_intact();
	case_registry_set(real);
}

/* A type's read_live (the lost report's claim office read from its keeping station): the
 * values of another table as it is now, over attrs, whenever a case is read to be shown — GET
 * one case (case_load_view) and a list row (case_row_load) — never by case_load, whose case an
 * action stores back (the stored attrs stay as written); a failure fails the read. The other
 * table is made here. */
static const struct type_field lively_fields[] = {
	{ "note_now", "当前说明", "Note now", TF_JSON, 0, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static bool lively_fails;    /* the hook's read fails */

static pa_err lively_read(struct db_conn *conn, struct case_rec *c)
{
	struct db_stmt *s;
	int r;

	if (lively_fails)
		return PA_ERR_DB;
	if ((s = db_prepare(conn, "SELECT note FROM lively_notes WHERE case_id = ?1")) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, c->id);
	if ((r = db_step(s)) == DB_ROW)
		json_object_set_new(c->attrs, "note_now", json_string(db_col_text(s, 0)));
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static const struct case_type lively_type = {
	.code = "lively", .name_zh = "实时类型", .name_en = "Lively", .code_prefix = "LV",
	.initial = "new", .statuses = bare_statuses, .actions = bare_actions,
	.who_create = ROLE_STAFF, .fields = lively_fields, .read_live = lively_read,
};

/* The case's note_now as read by load (0 case_load, 1 case_load_view, 2 case_row_load) into
 * out (empty when unset); the load's answer. */
static pa_err lively_load(int64_t id, int load, char *out, size_t outlen)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct db_conn *c = db_reader(D.db);
	struct db_stmt *s = NULL;
	struct case_rec rec;
	bool links;
	pa_err rc;

	assert_non_null(a);
	if (load == 0) {
		rc = case_load(c, a, id, &rec);
	} else if (load == 1) {
		rc = case_load_view(c, a, id, &rec, &links);
	} else {
		assert_non_null(s = db_prepare(c, CASE_SELECT " WHERE c.id = ?1"));
		db_bind_int(s, 1, id);
		assert_int_equal(db_step(s), DB_ROW);
		rc = case_row_load(c, s, a, &rec);
	}
	out[0] = '\0';
	if (rc == PA_OK) {
		const char *v = json_string_value(json_object_get(rec.attrs, "note_now"));
		snprintf(out, outlen, "%s", v ? v : "");
		case_rec_clear(&rec);
	}
	if (s)
		db_reset(s);
	arena_free(a);
	return rc;
}

static void read_live_values(void **state)
{
	const struct case_type *const *real = case_types;
	const struct case_type *with_lively[8];
	struct case_new n = { .title = "实时类型的案件", .org_id = F.cz_org };
	struct pa_error err = { 0 };
	struct sqlite3 *h = support_raw_open(&D);
	char got[64], sql[160];
	int64_t id = 0;
	int k = 0;

	(void)state;
	for (; real[k] && k < 6; k++)
		with_lively[k] = real[k];
	with_lively[k++] = &lively_type;
	with_lively[k] = NULL;
	case_registry_set(with_lively);
	n.type = case_type_find("lively");
	assert_int_equal(case_create(D.db, &F.cz_officer, &n, &id, &err), PA_OK);
	assert_int_equal(sqlite3_exec(h, "CREATE TABLE lively_notes (case_id INTEGER PRIMARY KEY, "
	    "note TEXT)", NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "INSERT INTO lively_notes VALUES (%lld, '周一至周五')",
	    (long long)id);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);

	/* shown: the other table's value */
	assert_int_equal(lively_load(id, 1, got, sizeof got), PA_OK);
	assert_string_equal(got, "周一至周五");
	/* the other table changes: the next reading shows the change, page and list row alike */
	snprintf(sql, sizeof sql, "UPDATE lively_notes SET note = '每日' WHERE case_id = %lld",
	    (long long)id);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(lively_load(id, 1, got, sizeof got), PA_OK);
	assert_string_equal(got, "每日");
	assert_int_equal(lively_load(id, 2, got, sizeof got), PA_OK);
	assert_string_equal(got, "每日");
	/* and so does the case's JSON */
	{
		struct arena *a = arena_new(LIM_ARENA_BYTES);
		struct case_rec rec;
		struct sb b;
		bool links;
		char *json;
		assert_int_equal(case_load_view(db_reader(D.db), a, id, &rec, &links), PA_OK);
		sb_init(&b, 1 << 16);
		case_json(&b, &rec, &F.cz_officer);
		json = sb_finish(&b);
		assert_non_null(json);
		assert_non_null(strstr(json, "\"note_now\":\"每日\""));
		free(json);
		case_rec_clear(&rec);
		arena_free(a);
	}
	/* an action's case is read as stored, and stores nothing of it back */
	assert_int_equal(lively_load(id, 0, got, sizeof got), PA_OK);
	assert_string_equal(got, "");
	assert_int_equal(case_act(D.db, &F.cz_leader, id, "close", NULL, NULL, -1, &err), PA_OK);
	assert_int_equal(support_count_with(D.db, "SELECT COUNT(*) FROM cases WHERE id = ?1 AND "
	    "status = 'closed' AND attrs NOT LIKE '%note_now%'", (int64_t[]){ id }, 1, NULL), 1);
	assert_int_equal(lively_load(id, 1, got, sizeof got), PA_OK);
	assert_string_equal(got, "每日");
	/* a failing read fails the reading (never the stored value shown as if live) */
	lively_fails = true;
	assert_int_equal(lively_load(id, 1, got, sizeof got), PA_ERR_DB);
	assert_int_equal(lively_load(id, 2, got, sizeof got), PA_ERR_DB);
	assert_int_equal(lively_load(id, 0, got, sizeof got), PA_OK);
	lively_fails = false;
	sqlite3_close(h);
	assert_chain_intact();
	case_registry_set(real);
}

/* A type's own words come from its module (issue #7 §1: adding a type touches nothing in
 * src/core or src/util): the names of its notice kinds from its descriptor, the Chinese of its
 * messages and labels from the tables msg_zh_add takes; and every real type's are added at
 * start by modules_init. */
static const struct notice_kind worded_notices[] = {
	{ "worded_done", "字词已办", "Words done" },
	{ NULL, NULL, NULL },
};
static const struct msg_zh worded_msgs[] = {
	{ "a worded case needs %s", "字词类案件须填写%s" },
	{ NULL, NULL },
};
static const struct field_label worded_labels[] = {
	{ "worded_field", "字词项", "worded item", NULL, NULL },
	{ "worded_list", "字词清单", "worded list", "worded entry", "条字词" },
	{ NULL, NULL, NULL, NULL, NULL },
};
static const struct case_type worded_type = {
	.code = "worded", .name_zh = "字词类型", .name_en = "Worded", .code_prefix = "WD",
	.initial = "new", .statuses = bare_statuses, .actions = bare_actions,
	.who_create = ROLE_STAFF, .notices = worded_notices, .msgs_zh = worded_msgs,
	.labels = worded_labels,
};

static void type_words_come_from_module(void **state)
{
	const struct case_type *const *real = case_types;
	const struct case_type *with_worded[] = { &worded_type, NULL };
	int checked = 0;

	(void)state;
	/* the real types' words, added by modules_init (support.c runs it) */
	for (int i = 0; real[i]; i++) {
		for (const struct msg_zh *m = real[i]->msgs_zh; m && m->en; m++, checked++) {
			const char *zh = msg_zh_find(m->en);
			if (zh == NULL)
				fail_msg("%s: no Chinese for \"%s\"", real[i]->code, m->en);
		}
		for (const struct field_label *f = real[i]->labels; f && f->name; f++, checked++)
			if (strcmp(msg_field_zh(f->name), "该项") == 0)
				fail_msg("%s: no label for %s", real[i]->code, f->name);
		for (const struct notice_kind *k = real[i]->notices; k && k->kind; k++, checked++) {
			assert_string_equal(notify_kind_name(k->kind, false), k->name_zh);
			assert_string_equal(notify_kind_name(k->kind, true), k->name_en);
		}
	}
	assert_true(checked > 100);
	/* the common kinds stay named by the platform; an unknown one is 通知, never its code */
	assert_string_equal(notify_kind_name("dispatched", false), "交办");
	assert_string_equal(notify_kind_name("worded_done", false), "通知");
	assert_string_equal(notify_kind_name("worded_done", true), "Notice");
	assert_string_equal(notify_kind_name(NULL, false), "通知");

	/* a new type: its words are unknown until it is registered and its tables added */
	assert_null(msg_zh_find("a worded case needs %s"));
	assert_string_equal(msg_field_zh("worded_field"), "该项");
	case_registry_set(with_worded);
	assert_true(msg_zh_add(worded_type.msgs_zh, worded_type.labels));
	assert_true(msg_zh_add(worded_type.msgs_zh, worded_type.labels));   /* twice: once */
	assert_string_equal(notify_kind_name("worded_done", false), "字词已办");
	assert_string_equal(notify_kind_name("worded_done", true), "Words done");
	assert_string_equal(msg_zh_find("a worded case needs %s"), "字词类案件须填写%s");
	assert_string_equal(msg_field_zh("worded_field"), "字词项");
	assert_string_equal(msg_field_zh("fields.worded_field"), "字词项");
	{
		char en[64];
		assert_string_equal(msg_field_en("fields.worded_list[1].worded_field", en, sizeof en),
		    "worded item of worded entry 2");
		assert_string_equal(msg_field_zh_path("fields.worded_list[1].worded_field", en,
		    sizeof en), "第2条字词的字词项");
	}
	/* the platform's own table still answers beside it */
	assert_non_null(msg_zh_find(msg_zh_table[0].en));
	case_registry_set(real);
	assert_string_equal(notify_kind_name("worded_done", false), "通知");
}

/* Checks one label row: a name, a Chinese label without ASCII letters, an English one without
 * Chinese, underscores or dots (a label, not a code), and a name no earlier row had. */
static void label_row_check(const struct field_label *f, const char **seen, size_t *n,
    size_t max)
{
	assert_non_null(f->name);
	assert_true(f->name[0] != '\0');
	if (f->zh == NULL || f->zh[0] == '\0')
		fail_msg("%s: no Chinese label", f->name);
	if (f->en == NULL || f->en[0] == '\0')
		fail_msg("%s: no English label", f->name);
	for (const char *p = f->zh; *p; p++)
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'))
			fail_msg("%s: the Chinese label \"%s\" holds English", f->name, f->zh);
	for (const char *p = f->en; *p; p++)
		if ((unsigned char)*p >= 0x80 || *p == '_' || *p == '.')
			fail_msg("%s: the English label \"%s\" is not plain words", f->name, f->en);
	if (f->en_one != NULL && f->en_one[0] == '\0')
		fail_msg("%s: an empty English element word", f->name);
	/* a list's element word in Chinese, with its measure word, only beside the English one (a
	 * list without it reads 第N个 and its label) */
	if (f->zh_one != NULL && (f->en_one == NULL || f->zh_one[0] == '\0'))
		fail_msg("%s: a Chinese element word that is empty or not a list's", f->name);
	for (const char *p = f->zh_one; p && *p; p++)
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
			fail_msg("%s: the Chinese element word \"%s\" is not plain words", f->name, f->zh_one);
	for (size_t i = 0; i < *n; i++)
		if (strcmp(seen[i], f->name) == 0)
			fail_msg("%s is labelled twice", f->name);
	assert_true(*n < max);
	seen[(*n)++] = f->name;
}

/* The one label table serves both languages (issue 11): every row of the platform's table and
 * of every real type's has a Chinese and an English label, and no field is labelled twice
 * (the second would never be read). */
static void labels_have_both_languages(void **state)
{
	const char *seen[512];
	size_t n = 0;

	(void)state;
	for (size_t i = 0; i < field_label_count; i++)
		label_row_check(&field_label_table[i], seen, &n, sizeof seen / sizeof seen[0]);
	for (int i = 0; case_types[i]; i++)
		for (const struct field_label *f = case_types[i]->labels; f && f->name; f++)
			label_row_check(f, seen, &n, sizeof seen / sizeof seen[0]);
	assert_true(n > 150);
	/* a list field says what one of its elements is */
	assert_string_equal(msg_label_find("persons")->en_one, "person");
	assert_string_equal(msg_label_find("persons")->zh_one, "位当事人");
	assert_string_equal(msg_label_find("fields.lost_to")->en, "lost-until time");
}

/* The statement cache has no ceiling: far more distinct statements than its first table
 * (256) are all prepared, cached (the same statement comes back) and give their own answers. */
#define MANY_SQL 700
static char many_sql[MANY_SQL][40];   /* static storage: the cache keys on the address */

static void statement_cache_grows(void **state)
{
	struct support_db d;
	struct db_conn *c;
	struct db_stmt *first[MANY_SQL];

	(void)state;
	assert_int_equal(support_open_db("stmtcache", 8, &d), 0);
	c = db_reader(d.db);
	assert_non_null(c);
	for (int i = 0; i < MANY_SQL; i++) {
		snprintf(many_sql[i], sizeof many_sql[i], "SELECT %d + 1", i);
		first[i] = db_prepare(c, many_sql[i]);
		assert_non_null(first[i]);
		assert_int_equal(db_step(first[i]), DB_ROW);
		assert_int_equal(db_col_int(first[i], 0), i + 1);
		db_reset(first[i]);
	}
	for (int i = 0; i < MANY_SQL; i++) {
		struct db_stmt *s = db_prepare(c, many_sql[i]);
		assert_ptr_equal(s, first[i]);
		assert_int_equal(db_step(s), DB_ROW);
		assert_int_equal(db_col_int(s, 0), i + 1);
		db_reset(s);
	}
	support_free(&d);
}

/* A writer job runs in a savepoint: SQLite keeps the original of every page the job changes
 * (its statement journal) to undo the job alone, in memory first and in a temporary file past
 * a threshold. A job that changes more than any in-memory threshold (here about 12 MB of
 * pages, as a migration's DROP INDEX or a large UPDATE on a big database does) must still
 * commit: with an 8 MiB threshold (SQLITE_CONFIG_STMTJRNL_SPILL) SQLite's spill of the memory
 * journal failed with "database or disk is full" and migration 016 could not run on a
 * database of 1,000,000 events. */
#define BIG_ROWS 40000
static pa_err big_fill(struct db_conn *c, void *ctx)
{
	(void)ctx;
	return db_exec(c, "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT NOT NULL);"
	    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
	    "INSERT INTO big SELECT i, printf('%0300d', i) FROM n;"
	    "CREATE INDEX big_v ON big(v);");
}

static pa_err big_rewrite(struct db_conn *c, void *ctx)
{
	pa_err rc = db_exec(c, "UPDATE big SET v = 'x' || substr(v, 2);");
	if (rc == PA_OK)
		*(int *)ctx = db_changes(c);
	return rc == PA_OK ? db_exec(c, "DROP INDEX big_v;") : rc;
}

static void large_job_commits(void **state)
{
	static const char SQL_BIG_X[] = "SELECT COUNT(*) FROM big WHERE v LIKE 'x%'";
	static const char SQL_BIG_IDX[] =
	    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'big_v'";
	struct support_db d;
	int changed = 0;

	(void)state;
	assert_int_equal(support_open_db("bigjob", 8, &d), 0);
	assert_int_equal(db_write(d.db, big_fill, NULL), PA_OK);
	assert_int_equal(db_write(d.db, big_rewrite, &changed), PA_OK);
	assert_int_equal(changed, BIG_ROWS);
	assert_int_equal(support_count(d.db, SQL_BIG_X), BIG_ROWS);
	assert_int_equal(support_count(d.db, SQL_BIG_IDX), 0);
	support_free(&d);
}

/* Checkpoints run on their own thread (DB_CKPT_PAGES): with SQLite's automatic checkpoint
 * replaced by the writer's WAL hook, a hook that woke nobody would let the WAL grow without
 * end and leave the database file as it was. Writes a little over DB_CKPT_PAGES pages, then
 * waits (the writer idle) for the pages to reach the database file; then writes that much
 * three more times and checks that the WAL was restarted instead of growing. */
static const char SQL_CKPT_TABLE[] = "CREATE TABLE IF NOT EXISTS ckpt_test (b BLOB)";
static const char SQL_CKPT_ROW[] = "INSERT INTO ckpt_test (b) VALUES (randomblob(?1))";
#define CKPT_ROW_BYTES (64 * 1024)

static pa_err ckpt_write(struct db_conn *c, void *ctx)
{
	struct db_stmt *s;

	(void)ctx;
	if (db_exec(c, SQL_CKPT_TABLE) != PA_OK || (s = db_prepare(c, SQL_CKPT_ROW)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, CKPT_ROW_BYTES);
	return db_run(s);
}

static int64_t file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (int64_t)st.st_size : -1;
}

/* Writes about pages pages in jobs of one row; the bytes written. */
static int64_t ckpt_write_pages(struct db *db, int pages)
{
	int rows = pages / (CKPT_ROW_BYTES / 4096) + 1;

	for (int i = 0; i < rows; i++)
		assert_int_equal(db_write(db, ckpt_write, NULL), PA_OK);
	return (int64_t)rows * CKPT_ROW_BYTES;
}

/* Whether the database file grows to at least size within 60 s (the writer idle). */
static bool ckpt_wait_size(const char *path, int64_t size)
{
	for (int i = 0; i < 6000; i++) {
		if (file_size(path) >= size)
			return true;
		usleep(10000);
	}
	return false;
}

static void checkpoints_off_the_writer(void **state)
{
	struct support_db d;
	char wal[sizeof d.path + 8];
	int64_t round_bytes = 0, wal_max = 0;

	(void)state;
	assert_int_equal(support_open_db("ckpt", 1, &d), 0);
	snprintf(wal, sizeof wal, "%s-wal", d.path);
	for (int round = 0; round < 4; round++) {
		int64_t before = file_size(d.path);
		round_bytes = ckpt_write_pages(d.db, 2 * DB_CKPT_PAGES + 100);
		/* the pages reach the database file without another write — all but what a WAL
		 * restarted within the round may still hold below the threshold (SQLite's own
		 * automatic checkpoint leaves the same) */
		assert_true(ckpt_wait_size(d.path, before + round_bytes -
		    (int64_t)DB_CKPT_PAGES * 4096));
		usleep(300000);   /* its end (the file's fsync) before the next write */
		if (file_size(wal) > wal_max)
			wal_max = file_size(wal);
	}
	/* the WAL restarted from its start after each round: not four rounds long */
	assert_true(wal_max < round_bytes * 5 / 2);
	support_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(checkpoints_off_the_writer),
		cmocka_unit_test(statement_cache_grows),
		cmocka_unit_test(large_job_commits),
		cmocka_unit_test_setup_teardown(bare_type_works, setup, support_end),
		cmocka_unit_test_setup_teardown(editable_times, setup, support_end),
		cmocka_unit_test_setup_teardown(read_live_values, setup, support_end),
		cmocka_unit_test_setup_teardown(type_words_come_from_module, setup, support_end),
		cmocka_unit_test_setup_teardown(labels_have_both_languages, setup, support_end),
		cmocka_unit_test_setup_teardown(demo_data_is_there, setup, support_end),
		cmocka_unit_test_setup_teardown(lifecycle, setup, support_end),
		cmocka_unit_test_setup_teardown(case_json_round_trip, setup, support_end),
		cmocka_unit_test_setup_teardown(stale_version_conflicts, setup, support_end),
		cmocka_unit_test_setup_teardown(refused_actions, setup, support_end),
		cmocka_unit_test_setup_teardown(blank_reason_refused, setup, support_end),
		cmocka_unit_test_setup_teardown(out_of_scope_is_not_found, setup, support_end),
		cmocka_unit_test_setup_teardown(idempotent_create, setup, support_end),
		cmocka_unit_test_setup_teardown(reopen_window, setup, support_end),
		cmocka_unit_test_setup_teardown(timeline_tamper_detected, setup, support_end),
		cmocka_unit_test_setup_teardown(concurrent_creates, setup, support_end),
		cmocka_unit_test_setup_teardown(concurrent_idempotent_creates, setup, support_end),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("engine", tests, group_setup, support_group_teardown);
}
