/* test_scope.c — roles and the scope rule: a grant on an org unit covers its whole subtree,
 * and nothing beside it (DESIGN.md §2). Users and grants are built by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "auth/auth.h"
#include "db/db.h"

#include "support.h"

/* Adds a grant of role on the unit with the given path. */
static void grant(struct auth_user *u, unsigned role, const char *path)
{
	struct grant *g;

	assert_true(u->ngrants < LIM_GRANTS_PER_USER);
	g = &u->grants[u->ngrants++];
	memset(g, 0, sizeof *g);
	g->id = u->ngrants;
	g->role = role;
	snprintf(g->org_path, sizeof g->org_path, "%s", path);
}

static void user_init(struct auth_user *u, int64_t id, const char *login)
{
	memset(u, 0, sizeof *u);
	u->id = id;
	snprintf(u->login, sizeof u->login, "%s", login);
}

static void roles_at_follow_the_subtree(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 10, "officer");
	grant(&u, ROLE_OFFICER, "/1/3/");
	grant(&u, ROLE_LEADER, "/1/5/");

	assert_int_equal(scope_roles_at(&u, "/1/3/"), ROLE_OFFICER);        /* the unit itself */
	assert_int_equal(scope_roles_at(&u, "/1/3/7/"), ROLE_OFFICER);      /* a child */
	assert_int_equal(scope_roles_at(&u, "/1/3/7/42/"), ROLE_OFFICER);   /* a grandchild */
	assert_int_equal(scope_roles_at(&u, "/1/5/9/"), ROLE_LEADER);
	assert_int_equal(scope_roles_at(&u, "/1/"), 0);                     /* the parent: no */
	assert_int_equal(scope_roles_at(&u, "/1/4/"), 0);                   /* a sibling: no */
	assert_int_equal(scope_roles_at(&u, "/2/3/"), 0);
	assert_int_equal(scope_roles_at(&u, NULL), 0);
	assert_int_equal(scope_roles_at(NULL, "/1/3/"), 0);
}

static void common_prefix_digits_do_not_match(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 10, "leader");
	grant(&u, ROLE_LEADER, "/1/3/");
	/* "/1/30/" begins with the characters "/1/3" but is a different unit */
	assert_int_equal(scope_roles_at(&u, "/1/30/"), 0);
	assert_int_equal(scope_roles_at(&u, "/1/31/7/"), 0);
	assert_int_equal(scope_roles_at(&u, "/1/300/"), 0);
	assert_false(scope_covers(&u, "/1/30/"));
	assert_false(scope_case_visible(&u, "/1/30/", NULL, 0, 0));
	/* and the other way round: a grant on /1/30/ does not reach /1/3/ */
	user_init(&u, 11, "leader30");
	grant(&u, ROLE_LEADER, "/1/30/");
	assert_int_equal(scope_roles_at(&u, "/1/3/"), 0);
	assert_int_equal(scope_roles_at(&u, "/1/3/0/"), 0);
	assert_int_equal(scope_roles_at(&u, "/1/30/5/"), ROLE_LEADER);
	/* "/11/" is not under "/1/" */
	user_init(&u, 12, "root1");
	grant(&u, ROLE_ADMIN, "/1/");
	assert_int_equal(scope_roles_at(&u, "/11/"), 0);
	assert_int_equal(scope_roles_at(&u, "/1/11/"), ROLE_ADMIN);
}

static void grants_combine(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 10, "two-hats");
	grant(&u, ROLE_OFFICER, "/1/");
	grant(&u, ROLE_LEADER, "/1/3/");
	grant(&u, ROLE_CITIZEN, "/1/3/7/");
	assert_int_equal(scope_roles_at(&u, "/1/2/"), ROLE_OFFICER);
	assert_int_equal(scope_roles_at(&u, "/1/3/"), ROLE_OFFICER | ROLE_LEADER);
	assert_int_equal(scope_roles_at(&u, "/1/3/7/"), ROLE_OFFICER | ROLE_LEADER | ROLE_CITIZEN);
	assert_int_equal(scope_roles_any(&u), ROLE_OFFICER | ROLE_LEADER | ROLE_CITIZEN);
	user_init(&u, 11, "nobody");
	assert_int_equal(scope_roles_any(&u), 0);
	assert_int_equal(scope_roles_at(&u, "/1/"), 0);
	assert_false(scope_covers(&u, "/1/"));
}

static void empty_grant_path_covers_nothing(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 10, "broken");
	grant(&u, ROLE_ADMIN, "");
	assert_int_equal(scope_roles_at(&u, "/1/"), 0);
	assert_false(scope_covers(&u, "/1/3/"));
}

static void citizen_grant_does_not_widen_visibility(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 50, "citizen");
	grant(&u, ROLE_CITIZEN, "/1/");
	assert_int_equal(scope_roles_at(&u, "/1/3/"), ROLE_CITIZEN);   /* holds the role... */
	assert_false(scope_covers(&u, "/1/3/"));                       /* ...but covers nothing */
	assert_false(scope_covers(&u, "/1/"));
	assert_false(scope_case_visible(&u, "/1/3/", NULL, 0, 0));
	assert_false(scope_case_visible(&u, "/1/3/", NULL, 51, 52));
	/* their own posts and what is assigned to them stay visible */
	assert_true(scope_case_visible(&u, "/1/3/", NULL, 0, 50));
	assert_true(scope_case_visible(&u, "/1/3/", NULL, 50, 0));
	assert_true(scope_case_visible(&u, "/9/", NULL, 0, 50));

	/* every staff role does cover */
	static const unsigned staff[] = { ROLE_ADMIN, ROLE_LEADER, ROLE_OFFICER, ROLE_AUXILIARY,
		ROLE_GRID_WORKER, ROLE_OPERATOR, ROLE_HANDLER, ROLE_MEDIATOR };
	for (size_t i = 0; i < sizeof staff / sizeof staff[0]; i++) {
		user_init(&u, 60, "staff");
		grant(&u, staff[i], "/1/3/");
		assert_true(scope_covers(&u, "/1/3/7/"));
		assert_true(scope_case_visible(&u, "/1/3/7/", NULL, 0, 0));
		assert_false(scope_case_visible(&u, "/1/4/", NULL, 0, 0));
	}
}

static void relation_makes_visible(void **state)
{
	struct auth_user u;

	(void)state;
	user_init(&u, 20, "officer-elsewhere");
	grant(&u, ROLE_OFFICER, "/1/4/");
	assert_false(scope_case_visible(&u, "/1/3/", NULL, 0, 0));
	assert_false(scope_case_visible(&u, "/1/3/", NULL, 21, 22));
	assert_true(scope_case_visible(&u, "/1/3/", NULL, 20, 0));    /* assigned to them */
	assert_true(scope_case_visible(&u, "/1/3/", NULL, 0, 20));    /* posted by them */
	assert_true(scope_case_visible(&u, "/1/4/2/", NULL, 0, 0));   /* their own subtree */
	assert_false(scope_case_visible(NULL, "/1/3/", NULL, 20, 20));
	/* user id 0 is nobody: a case with no assignee is not "assigned to" id 0 */
	user_init(&u, 0, "zero");
	assert_false(scope_case_visible(&u, "/1/3/", NULL, 0, 0));
}

static void role_names_round_trip(void **state)
{
	int n = 0;

	(void)state;
	for (int i = 0; role_names[i]; i++, n++) {
		unsigned bit = role_parse(role_names[i]);
		assert_int_not_equal(bit, 0);
		assert_int_equal(bit & (bit - 1), 0);            /* one bit */
		assert_string_equal(role_name(bit), role_names[i]);
		for (int j = 0; j < i; j++)
			assert_int_not_equal(role_parse(role_names[j]), bit);
		assert_true(bit & (ROLE_STAFF | ROLE_CITIZEN));
	}
	assert_int_equal(n, ROLE_COUNT);
	/* the names the rest of the system and the database use */
	assert_int_equal(role_parse("admin"), ROLE_ADMIN);
	assert_int_equal(role_parse("leader"), ROLE_LEADER);
	assert_int_equal(role_parse("officer"), ROLE_OFFICER);
	assert_int_equal(role_parse("auxiliary"), ROLE_AUXILIARY);
	assert_int_equal(role_parse("grid_worker"), ROLE_GRID_WORKER);
	assert_int_equal(role_parse("operator"), ROLE_OPERATOR);
	assert_int_equal(role_parse("handler"), ROLE_HANDLER);
	assert_int_equal(role_parse("mediator"), ROLE_MEDIATOR);
	assert_int_equal(role_parse("citizen"), ROLE_CITIZEN);
	assert_false(ROLE_STAFF & ROLE_CITIZEN);
	/* unknown */
	assert_int_equal(role_parse("root"), 0);
	assert_int_equal(role_parse("Admin"), 0);
	assert_int_equal(role_parse("admin "), 0);
	assert_int_equal(role_parse(""), 0);
	assert_int_equal(role_parse(NULL), 0);
	assert_int_equal(role_parse("所长"), 0);
	assert_string_equal(role_name(0), "?");
	assert_string_equal(role_name(ROLE_ADMIN | ROLE_LEADER), "?");
	assert_string_equal(role_name(1u << 20), "?");
}

/* The scope rule as the database's predicate (pa_scope, what every case list filters with):
 * the same answers as scope_covers, a NULL path never in scope, and a statement whose user is
 * not bound fails instead of listing nothing. */
static void scope_predicate_in_sql(void **state)
{
	struct support_db d;
	struct auth_user u;
	struct db_conn *c;
	struct db_stmt *s;
	static const char sql[] = "SELECT pa_scope(?1, ?2), pa_scope(?1, ?3, ?2), pa_scope(?1, ?3)";
	static const struct {
		const char *path;
		int want;
	} cases[] = { { "1/2/", 1 }, { "1/2/3/", 1 }, { "1/22/", 0 }, { "1/", 0 }, { "9/", 0 } };

	(void)state;
	assert_int_equal(support_open_db("scopesql", 8, &d), 0);
	user_init(&u, 10, "officer");
	grant(&u, ROLE_OFFICER, "1/2/");
	assert_non_null(c = db_reader(d.db));
	assert_non_null(s = db_prepare(c, sql));
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		db_bind_user(s, 1, &u);
		db_bind_text(s, 2, cases[i].path);
		db_bind_null(s, 3);
		assert_int_equal(db_step(s), DB_ROW);
		assert_int_equal(db_col_int(s, 0), cases[i].want);
		assert_int_equal(db_col_int(s, 0), scope_covers(&u, cases[i].path));
		assert_int_equal(db_col_int(s, 1), cases[i].want);   /* a NULL first path: the second */
		assert_int_equal(db_col_int(s, 2), 0);
		db_reset(s);
	}
	/* an integer where the user belongs is not a user: the statement fails */
	db_bind_int(s, 1, 10);
	db_bind_text(s, 2, "1/2/");
	assert_int_equal(db_step(s), DB_FAIL);
	db_reset(s);
	support_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(roles_at_follow_the_subtree),
		cmocka_unit_test(common_prefix_digits_do_not_match),
		cmocka_unit_test(grants_combine),
		cmocka_unit_test(empty_grant_path_covers_nothing),
		cmocka_unit_test(citizen_grant_does_not_widen_visibility),
		cmocka_unit_test(relation_makes_visible),
		cmocka_unit_test(role_names_round_trip),
		cmocka_unit_test(scope_predicate_in_sql),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("scope", tests, NULL, NULL);
}
