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
#include "modules/modules.h"

#include "support.h"

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

/* One line of a table of rights: the user id with one grant of role at path (role 0: no
 * grant at all) may take the actions of yes and not those of no; when list is not NULL, the
 * actions allowed to them are exactly list (comma-separated). */
struct may {
	int64_t id;
	unsigned role;
	const char *path;
	const char *yes[3], *no[3];
	const char *list;
};

static void check_may(const struct case_rec *c, int64_t now, const struct may *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct auth_user u;
		char list[128], who[96];

		mk_user(&u, t[i].id, t[i].role, t[i].path);
		snprintf(who, sizeof who, "line %zu: u%lld (role %u at %s)", i, (long long)t[i].id,
		    t[i].role, t[i].path ? t[i].path : "-");
		for (size_t k = 0; k < SUPPORT_LEN(t[i].yes) && t[i].yes[k]; k++)
			if (!allowed(t[i].yes[k], c, &u, now))
				fail_msg("%s may not %s a %s post, but should", who, t[i].yes[k], c->status);
		for (size_t k = 0; k < SUPPORT_LEN(t[i].no) && t[i].no[k]; k++)
			if (allowed(t[i].no[k], c, &u, now))
				fail_msg("%s may %s a %s post, but should not", who, t[i].no[k], c->status);
		if (t[i].list) {
			allowed_list(c, &u, now, list, sizeof list);
			assert_string_equal(list, t[i].list);
		}
	}
}

static int setup(void **state)
{
	(void)state;
	modules_init();
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
	/* a leader at the unit, above it, and an admin at the root */
	static const struct may leaders[] = {
		{ ID_LEADER, ROLE_LEADER, UNIT, { "accept", "decline" }, { NULL },
		  "accept,decline" },
		{ ID_PARENT_LEADER, ROLE_LEADER, PARENT, { "accept", "decline" }, { NULL }, NULL },
		{ ID_ADMIN, ROLE_ADMIN, ROOT, { "accept", "decline" }, { NULL }, "accept,decline" },
	};

	(void)state;
	check_may(&c, T0, leaders, SUPPORT_LEN(leaders));
}

static void officer_may_not_accept(void **state)
{
	struct case_rec c = mk_case("open", UNIT, 0);
	static const unsigned roles[] = { ROLE_OFFICER, ROLE_AUXILIARY, ROLE_GRID_WORKER,
		ROLE_OPERATOR, ROLE_HANDLER, ROLE_MEDIATOR, ROLE_CITIZEN };
	static const struct may others[] = {
		/* nor does the poster, as poster */
		{ ID_REPORTER, ROLE_OFFICER, UNIT, { NULL }, { "accept" }, NULL },
		/* nor someone without any grant */
		{ ID_OFFICER, 0, NULL, { NULL }, { "accept" }, NULL },
	};

	(void)state;
	for (size_t i = 0; i < SUPPORT_LEN(roles); i++) {
		const struct may m = { ID_OFFICER, roles[i], UNIT, { NULL },
			{ "accept", "decline" }, "" };
		check_may(&c, T0, &m, 1);
	}
	check_may(&c, T0, others, SUPPORT_LEN(others));
	assert_false(wf_allowed(wf_action_find(sugg, "accept"), &c, NULL, T0));
}

static void leader_elsewhere_may_not(void **state)
{
	struct case_rec c = mk_case("open", UNIT, 0);
	struct case_rec p = mk_case("in_progress", UNIT, 0);
	struct case_rec l = mk_case("open", LOOKALIKE, 0);
	static const struct may on_open[] = {
		{ ID_OTHER_LEADER, ROLE_LEADER, SIBLING, { NULL }, { "accept", "decline" }, "" },
		/* a unit whose path starts with the same digits is another unit */
		{ ID_OTHER_LEADER, ROLE_LEADER, LOOKALIKE, { NULL }, { "accept" }, NULL },
		/* a leader below the unit does not lead it */
		{ ID_CHILD_LEADER, ROLE_LEADER, CHILD, { NULL }, { "accept" }, NULL },
		/* a citizen grant over the unit gives no leader's rights */
		{ ID_CITIZEN, ROLE_CITIZEN, ROOT, { NULL }, { "accept" }, NULL },
	};
	static const struct may on_progress[] = {
		{ ID_OTHER_LEADER, ROLE_LEADER, SIBLING, { NULL }, { "done" }, NULL },
	};
	/* the same, the other way round: the post is in the lookalike unit */
	static const struct may on_lookalike[] = {
		{ ID_OTHER_LEADER, ROLE_LEADER, LOOKALIKE, { "accept" }, { NULL }, NULL },
		{ ID_LEADER, ROLE_LEADER, UNIT, { NULL }, { "accept" }, NULL },
	};

	(void)state;
	check_may(&c, T0, on_open, SUPPORT_LEN(on_open));
	check_may(&p, T0, on_progress, SUPPORT_LEN(on_progress));
	check_may(&l, T0, on_lookalike, SUPPORT_LEN(on_lookalike));
}

static void assignee_marks_done(void **state)
{
	struct case_rec c = mk_case("in_progress", UNIT, 0);
	static const struct may in_progress[] = {
		{ ID_ASSIGNEE, ROLE_OFFICER, UNIT, { "done" }, { NULL }, "done" },
		/* the relation counts even without any grant on the unit */
		{ ID_ASSIGNEE, ROLE_OFFICER, SIBLING, { "done" }, { NULL }, NULL },
		{ ID_ASSIGNEE, 0, NULL, { "done" }, { NULL }, NULL },
		/* another officer of the same unit may not */
		{ ID_OFFICER, ROLE_OFFICER, UNIT, { NULL }, { "done" }, "" },
		/* the poster may not mark it done either */
		{ ID_REPORTER, ROLE_OFFICER, UNIT, { NULL }, { "done" }, NULL },
		/* the unit's leader may close it on the assignee's behalf */
		{ ID_LEADER, ROLE_LEADER, UNIT, { "done" }, { NULL }, NULL },
	};
	/* once reassigned, the former assignee loses the right */
	static const struct may reassigned[] = {
		{ ID_ASSIGNEE, ROLE_OFFICER, UNIT, { NULL }, { "done" }, NULL },
	};

	(void)state;
	check_may(&c, T0, in_progress, SUPPORT_LEN(in_progress));
	c.assignee_id = ID_OFFICER;
	check_may(&c, T0, reassigned, SUPPORT_LEN(reassigned));
}

static void reporter_reopens_within_seven_days(void **state)
{
	const int64_t closed = T0;
	struct case_rec c = mk_case("done", UNIT, closed);
	struct auth_user u;
	char list[128];
	/* when after closing the poster may reopen; list: the actions allowed then (NULL: not
	 * looked at) */
	static const struct {
		int64_t after;
		bool may;
		const char *list;
	} window[] = {
		{ 0, true, NULL },
		{ 1, true, NULL },
		{ 6 * DAY_MS, true, "reopen" },
		{ 7 * DAY_MS - 1, true, NULL },
		{ 7 * DAY_MS + 1, false, NULL },
		{ 8 * DAY_MS, false, "" },
		{ 365 * DAY_MS, false, NULL },
	};
	static const struct may a_day_later[] = {
		/* the poster's relation is enough; no grant needed */
		{ ID_REPORTER, 0, NULL, { "reopen" }, { NULL }, NULL },
		/* nobody else may reopen: not the leader, not the assignee, not an admin */
		{ ID_LEADER, ROLE_LEADER, UNIT, { NULL }, { "reopen" }, NULL },
		{ ID_ASSIGNEE, ROLE_OFFICER, UNIT, { NULL }, { "reopen" }, NULL },
		{ ID_ADMIN, ROLE_ADMIN, ROOT, { NULL }, { "reopen" }, NULL },
	};

	(void)state;
	mk_user(&u, ID_REPORTER, ROLE_OFFICER, UNIT);
	for (size_t i = 0; i < SUPPORT_LEN(window); i++) {
		int64_t now = closed + window[i].after;

		if (allowed("reopen", &c, &u, now) != window[i].may)
			fail_msg("reopen %lld ms after closing: got %d, want %d",
			    (long long)window[i].after, !window[i].may, window[i].may);
		if (window[i].list) {
			allowed_list(&c, &u, now, list, sizeof list);
			assert_string_equal(list, window[i].list);
		}
	}

	/* the guard also refuses directly, with a reason */
	const struct wf_action *a = wf_action_find(sugg, "reopen");
	struct pa_error e = { 0 };
	assert_non_null(a->guard);
	assert_int_not_equal(a->guard(&c, &u, closed + 8 * DAY_MS, &e), PA_OK);
	assert_int_equal(e.err, PA_ERR_CONFLICT);
	assert_true(e.message[0] != '\0');

	check_may(&c, closed + DAY_MS, a_day_later, SUPPORT_LEN(a_day_later));
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

/* case_json writes the types' field and extra names as JSON keys without escaping them
 * (sb_json_key): each must be a plain [a-z0-9_] word. */
static bool plain_key(const char *k)
{
	if (k == NULL || *k == '\0')
		return false;
	for (; *k; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= '0' && *k <= '9') || *k == '_'))
			return false;
	return true;
}

static void field_names_are_plain_keys(void **state)
{
	int ntypes = 0, nfields = 0;

	(void)state;
	for (int i = 0; case_types[i]; i++, ntypes++) {
		for (const struct type_field *f = case_types[i]->fields; f && f->name; f++, nfields++)
			if (!plain_key(f->name))
				fail_msg("type %s: field name \"%s\" is not [a-z0-9_]+",
				    case_types[i]->code, f->name);
		for (const char *const *n = case_types[i]->attr_names; n && *n; n++)
			if (!plain_key(*n))
				fail_msg("type %s: extra \"%s\" is not [a-z0-9_]+", case_types[i]->code, *n);
	}
	assert_true(ntypes >= 2);
	assert_true(nfields > 0);
	assert_false(plain_key("a\"b"));
	assert_false(plain_key("名"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lookups),
		cmocka_unit_test(field_names_are_plain_keys),
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
