/* test_workflow.c — who may take which action on a 我爱我家 (suggestion) post, and when.
 * Cases and users are built by hand; no database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/case.h"

#define DAY_MS  (86400LL * 1000)
#define T0      (1795918830LL * 1000)     /* 2026-11-29T10:20:30+08:00 */

/* The unit the posts live in, its parent, a sibling and a unit whose path shares digits. */
#define UNIT      "/1/3/7/"
#define PARENT    "/1/3/"
#define ROOT      "/1/"
#define SIBLING   "/1/3/8/"
#define LOOKALIKE "/1/3/70/"
#define CHILD     "/1/3/7/9/"

/* Ids of the people in the story. */
enum { ID_LEADER = 1, ID_OFFICER = 2, ID_ASSIGNEE = 3, ID_REPORTER = 4, ID_OTHER_LEADER = 5,
	ID_ADMIN = 6, ID_PARENT_LEADER = 7, ID_CITIZEN = 8, ID_CHILD_LEADER = 9 };

static const struct case_type *sugg;

static struct case_rec mk_case(const char *status, const char *path, int64_t closed_at)
{
	struct case_rec c;

	memset(&c, 0, sizeof c);
	c.id = 100;
	c.code = "JY202611290001";
	c.type = sugg;
	c.title = "三楼楼道灯坏了";
	c.status = status;
	c.org_id = 7;
	c.org_path = path;
	c.reporter_id = ID_REPORTER;
	c.assignee_id = strcmp(status, "open") == 0 ? 0 : ID_ASSIGNEE;
	c.version = 3;
	c.created_at = T0 - DAY_MS;
	c.closed_at = closed_at;
	return c;
}

static void mk_user(struct auth_user *u, int64_t id, unsigned role, const char *path)
{
	memset(u, 0, sizeof *u);
	u->id = id;
	snprintf(u->login, sizeof u->login, "u%lld", (long long)id);
	if (role) {
		u->ngrants = 1;
		u->grants[0].id = id;
		u->grants[0].role = role;
		snprintf(u->grants[0].org_path, sizeof u->grants[0].org_path, "%s", path);
	}
}

static bool allowed(const char *action, const struct case_rec *c, const struct auth_user *u,
    int64_t now)
{
	const struct wf_action *a = wf_action_find(sugg, action);

	assert_non_null(a);
	return wf_allowed(a, c, u, now);
}

/* The allowed actions as one comma-separated string, e.g. "accept,decline". */
static void allowed_list(const struct case_rec *c, const struct auth_user *u, int64_t now,
    char *out, size_t n)
{
	json_t *arr = wf_allowed_json(c, u, now), *v;
	size_t i, len = 0;

	assert_non_null(arr);
	assert_true(json_is_array(arr));
	out[0] = '\0';
	json_array_foreach(arr, i, v) {
		assert_true(json_is_string(v));
		len += (size_t)snprintf(out + len, n - len, "%s%s", i ? "," : "", json_string_value(v));
		assert_true(len < n);
	}
	json_decref(arr);
}

static int setup(void **state)
{
	(void)state;
	sugg = case_type_find("suggestion");
	return sugg ? 0 : -1;
}

/* ------------------------------------------------------------------ tests */

static void lookups(void **state)
{
	const struct wf_action *a;
	const struct wf_status *s;

	(void)state;
	assert_non_null(sugg);
	assert_string_equal(sugg->code, "suggestion");
	assert_string_equal(sugg->initial, "open");
	assert_null(case_type_find("nope"));
	assert_null(case_type_find(""));
	assert_null(case_type_find(NULL));
	assert_null(case_type_find("Suggestion"));

	assert_null(wf_action_find(sugg, "nope"));
	assert_null(wf_action_find(sugg, ""));
	assert_null(wf_action_find(sugg, NULL));
	assert_null(wf_action_find(sugg, "ACCEPT"));
	assert_null(wf_status_find(sugg, "nope"));
	assert_null(wf_status_find(sugg, "closed"));
	assert_null(wf_status_find(sugg, NULL));

	/* the transitions of the board: accept/reopen lead to in_progress, decline and done close */
	static const char *const moves[][2] = { { "accept", "in_progress" },
		{ "decline", "declined" }, { "done", "done" }, { "reopen", "in_progress" } };
	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++) {
		a = wf_action_find(sugg, moves[i][0]);
		assert_non_null(a);
		assert_string_equal(a->code, moves[i][0]);
		assert_string_equal(a->to, moves[i][1]);
		assert_non_null(wf_status_find(sugg, a->to));   /* every target is a status */
	}
	assert_true(wf_action_find(sugg, "decline")->needs_reason);
	assert_true(wf_action_find(sugg, "reopen")->needs_reason);
	assert_false(wf_action_find(sugg, "accept")->needs_reason);

	static const struct { const char *code; bool closed; } st[] = { { "open", false },
		{ "in_progress", false }, { "done", true }, { "declined", true } };
	for (size_t i = 0; i < sizeof st / sizeof st[0]; i++) {
		s = wf_status_find(sugg, st[i].code);
		assert_non_null(s);
		assert_string_equal(s->code, st[i].code);
		assert_int_equal(s->closed, st[i].closed);
	}
}

static void leader_accepts_and_declines_open(void **state)
{
	struct case_rec c = mk_case("open", UNIT, 0);
	struct auth_user u;
	char list[128];

	(void)state;
	/* a leader at the unit, above it, and an admin at the root */
	mk_user(&u, ID_LEADER, ROLE_LEADER, UNIT);
	assert_true(allowed("accept", &c, &u, T0));
	assert_true(allowed("decline", &c, &u, T0));
	allowed_list(&c, &u, T0, list, sizeof list);
	assert_string_equal(list, "accept,decline");

	mk_user(&u, ID_PARENT_LEADER, ROLE_LEADER, PARENT);
	assert_true(allowed("accept", &c, &u, T0));
	assert_true(allowed("decline", &c, &u, T0));

	mk_user(&u, ID_ADMIN, ROLE_ADMIN, ROOT);
	assert_true(allowed("accept", &c, &u, T0));
	assert_true(allowed("decline", &c, &u, T0));
	allowed_list(&c, &u, T0, list, sizeof list);
	assert_string_equal(list, "accept,decline");
}

static void officer_may_not_accept(void **state)
{
	struct case_rec c = mk_case("open", UNIT, 0);
	struct auth_user u;
	char list[128];
	static const unsigned roles[] = { ROLE_OFFICER, ROLE_AUXILIARY, ROLE_GRID_WORKER,
		ROLE_OPERATOR, ROLE_HANDLER, ROLE_MEDIATOR, ROLE_CITIZEN };

	(void)state;
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++) {
		mk_user(&u, ID_OFFICER, roles[i], UNIT);
		assert_false(allowed("accept", &c, &u, T0));
		assert_false(allowed("decline", &c, &u, T0));
		allowed_list(&c, &u, T0, list, sizeof list);
		assert_string_equal(list, "");
	}
	/* nor does the poster, as poster */
	mk_user(&u, ID_REPORTER, ROLE_OFFICER, UNIT);
	assert_false(allowed("accept", &c, &u, T0));
	/* nor someone without any grant */
	mk_user(&u, ID_OFFICER, 0, NULL);
	assert_false(allowed("accept", &c, &u, T0));
	assert_false(wf_allowed(wf_action_find(sugg, "accept"), &c, NULL, T0));
}

static void leader_elsewhere_may_not(void **state)
{
	struct case_rec c = mk_case("open", UNIT, 0);
	struct case_rec p = mk_case("in_progress", UNIT, 0);
	struct auth_user u;
	char list[128];

	(void)state;
	mk_user(&u, ID_OTHER_LEADER, ROLE_LEADER, SIBLING);
	assert_false(allowed("accept", &c, &u, T0));
	assert_false(allowed("decline", &c, &u, T0));
	assert_false(allowed("done", &p, &u, T0));
	allowed_list(&c, &u, T0, list, sizeof list);
	assert_string_equal(list, "");

	/* a unit whose path starts with the same digits is another unit */
	mk_user(&u, ID_OTHER_LEADER, ROLE_LEADER, LOOKALIKE);
	assert_false(allowed("accept", &c, &u, T0));
	c.org_path = LOOKALIKE;
	assert_true(allowed("accept", &c, &u, T0));
	mk_user(&u, ID_LEADER, ROLE_LEADER, UNIT);
	assert_false(allowed("accept", &c, &u, T0));
	c.org_path = UNIT;

	/* a leader below the unit does not lead it */
	mk_user(&u, ID_CHILD_LEADER, ROLE_LEADER, CHILD);
	assert_false(allowed("accept", &c, &u, T0));
	/* a citizen grant over the unit gives no leader's rights */
	mk_user(&u, ID_CITIZEN, ROLE_CITIZEN, ROOT);
	assert_false(allowed("accept", &c, &u, T0));
}

static void assignee_marks_done(void **state)
{
	struct case_rec c = mk_case("in_progress", UNIT, 0);
	struct auth_user u;
	char list[128];

	(void)state;
	mk_user(&u, ID_ASSIGNEE, ROLE_OFFICER, UNIT);
	assert_true(allowed("done", &c, &u, T0));
	allowed_list(&c, &u, T0, list, sizeof list);
	assert_string_equal(list, "done");

	/* the relation counts even without any grant on the unit */
	mk_user(&u, ID_ASSIGNEE, ROLE_OFFICER, SIBLING);
	assert_true(allowed("done", &c, &u, T0));
	mk_user(&u, ID_ASSIGNEE, 0, NULL);
	assert_true(allowed("done", &c, &u, T0));

	/* another officer of the same unit may not */
	mk_user(&u, ID_OFFICER, ROLE_OFFICER, UNIT);
	assert_false(allowed("done", &c, &u, T0));
	allowed_list(&c, &u, T0, list, sizeof list);
	assert_string_equal(list, "");
	/* the poster may not mark it done either */
	mk_user(&u, ID_REPORTER, ROLE_OFFICER, UNIT);
	assert_false(allowed("done", &c, &u, T0));

	/* the unit's leader may close it on the assignee's behalf */
	mk_user(&u, ID_LEADER, ROLE_LEADER, UNIT);
	assert_true(allowed("done", &c, &u, T0));

	/* once reassigned, the former assignee loses the right */
	mk_user(&u, ID_ASSIGNEE, ROLE_OFFICER, UNIT);
	c.assignee_id = ID_OFFICER;
	assert_false(allowed("done", &c, &u, T0));
}

static void reporter_reopens_within_seven_days(void **state)
{
	const int64_t closed = T0;
	struct case_rec c = mk_case("done", UNIT, closed);
	struct auth_user u;
	char list[128];

	(void)state;
	mk_user(&u, ID_REPORTER, ROLE_OFFICER, UNIT);
	assert_true(allowed("reopen", &c, &u, closed));
	assert_true(allowed("reopen", &c, &u, closed + 1));
	assert_true(allowed("reopen", &c, &u, closed + 6 * DAY_MS));
	assert_true(allowed("reopen", &c, &u, closed + 7 * DAY_MS - 1));
	allowed_list(&c, &u, closed + 6 * DAY_MS, list, sizeof list);
	assert_string_equal(list, "reopen");

	assert_false(allowed("reopen", &c, &u, closed + 7 * DAY_MS + 1));
	assert_false(allowed("reopen", &c, &u, closed + 8 * DAY_MS));
	assert_false(allowed("reopen", &c, &u, closed + 365 * DAY_MS));
	allowed_list(&c, &u, closed + 8 * DAY_MS, list, sizeof list);
	assert_string_equal(list, "");

	/* the guard also refuses directly, with a reason */
	const struct wf_action *a = wf_action_find(sugg, "reopen");
	struct pa_error e = { 0 };
	assert_non_null(a->guard);
	assert_int_not_equal(a->guard(&c, &u, closed + 8 * DAY_MS, &e), PA_OK);
	assert_int_equal(e.err, PA_ERR_CONFLICT);
	assert_true(e.message[0] != '\0');

	/* the poster's relation is enough; no grant needed */
	mk_user(&u, ID_REPORTER, 0, NULL);
	assert_true(allowed("reopen", &c, &u, closed + DAY_MS));

	/* nobody else may reopen: not the leader, not the assignee, not an admin */
	mk_user(&u, ID_LEADER, ROLE_LEADER, UNIT);
	assert_false(allowed("reopen", &c, &u, closed + DAY_MS));
	mk_user(&u, ID_ASSIGNEE, ROLE_OFFICER, UNIT);
	assert_false(allowed("reopen", &c, &u, closed + DAY_MS));
	mk_user(&u, ID_ADMIN, ROLE_ADMIN, ROOT);
	assert_false(allowed("reopen", &c, &u, closed + DAY_MS));
}

static void wrong_status_refused_for_everyone(void **state)
{
	/* someone who is everything at once: admin and leader at the root, poster and assignee */
	struct auth_user u;
	static const char *const statuses[] = { "open", "in_progress", "done", "declined",
		"bogus" };
	static const struct { const char *action, *from; } legal[] = {
		{ "accept", "open" }, { "decline", "open" }, { "done", "in_progress" },
		{ "reopen", "done" } };

	(void)state;
	mk_user(&u, ID_REPORTER, ROLE_ADMIN | ROLE_LEADER, ROOT);
	for (size_t s = 0; s < sizeof statuses / sizeof statuses[0]; s++) {
		struct case_rec c = mk_case(statuses[s], UNIT, T0);
		c.assignee_id = ID_REPORTER;
		for (size_t a = 0; a < sizeof legal / sizeof legal[0]; a++) {
			bool want = strcmp(legal[a].from, statuses[s]) == 0;
			bool got = allowed(legal[a].action, &c, &u, T0 + DAY_MS);
			if (got != want)
				fail_msg("%s from %s: got %d, want %d", legal[a].action, statuses[s], got,
				    want);
		}
	}
	/* a declined post is final: no action at all */
	struct case_rec d = mk_case("declined", UNIT, T0);
	char list[128];
	allowed_list(&d, &u, T0 + DAY_MS, list, sizeof list);
	assert_string_equal(list, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lookups),
		cmocka_unit_test(leader_accepts_and_declines_open),
		cmocka_unit_test(officer_may_not_accept),
		cmocka_unit_test(leader_elsewhere_may_not),
		cmocka_unit_test(assignee_marks_done),
		cmocka_unit_test(reporter_reopens_within_seven_days),
		cmocka_unit_test(wrong_status_refused_for_everyone),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("workflow", tests, setup, NULL);
}
