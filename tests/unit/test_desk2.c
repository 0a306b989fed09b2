/* test_desk2.c — the front desk's rules that the HTTP tests cannot reach in time: an item held
 * past its period (超期保管, crossed with a fixed "now"), a loan past due, the custodian rule and
 * disposal after approval as wf_allowed decides them, the sealed handover, and the approvals a
 * case waits for. Cases and users are built by hand; no database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/case.h"
#include "modules/desk2.h"
#include "modules/modules.h"

#include "support.h"

#define DAY_MS  (86400LL * 1000)
#define T0      (1795918830LL * 1000)     /* 2026-11-29T10:20:30+08:00 */
#define STATION "/1/20/21/"
#define OTHER   "/1/20/22/"

enum { ID_REGISTRAR = 1, ID_KEEPER = 2, ID_OFFICER = 3, ID_LEADER = 4, ID_XG = 5 };

static const struct case_type *custody, *handover;

static struct case_rec mk(const struct case_type *t, const char *status)
{
	struct case_rec c;

	memset(&c, 0, sizeof c);
	c.id = 7;
	c.code = "WP202611290001";
	c.type = t;
	c.title = "黑色钱包";
	c.status = status;
	c.org_path = STATION;
	c.reporter_id = ID_REGISTRAR;
	c.assignee_id = strcmp(status, "registered") == 0 ? 0 : ID_KEEPER;
	c.created_at = T0;
	c.attrs = json_object();
	return c;
}

static void mk_user(struct auth_user *u, int64_t id, unsigned role, const char *path)
{
	memset(u, 0, sizeof *u);
	u->id = id;
	snprintf(u->login, sizeof u->login, "u%lld", (long long)id);
	u->ngrants = 1;
	u->grants[0].id = id;
	u->grants[0].role = role;
	snprintf(u->grants[0].org_path, sizeof u->grants[0].org_path, "%s", path);
}

static bool may(const struct case_type *t, const char *action, const struct case_rec *c,
    const struct auth_user *u)
{
	const struct wf_action *a = wf_action_find(t, action);

	assert_non_null(a);
	return wf_allowed(a, c, u, T0);
}

static int setup(void **state)
{
	(void)state;
	modules_init();
	custody = case_type_find("custody");
	handover = case_type_find("handover");
	return custody && handover ? 0 : -1;
}

/* 超期保管: more than hold_days after stored_at, not before; the default period when none is
 * set; never for an item not yet stored or already gone. */
static void held_past_the_period(void **state)
{
	struct case_rec c = mk(custody, "stored");

	(void)state;
	json_object_set_new(c.attrs, "stored_at", json_integer(T0));
	json_object_set_new(c.attrs, "hold_days", json_integer(10));
	assert_false(custody_overdue(&c, T0 + 10 * DAY_MS));
	assert_true(custody_overdue(&c, T0 + 10 * DAY_MS + 1));
	json_object_set_new(c.attrs, "hold_days", json_null());
	assert_false(custody_overdue(&c, T0 + CUSTODY_HOLD_DAYS_DEFAULT * DAY_MS));
	assert_true(custody_overdue(&c, T0 + CUSTODY_HOLD_DAYS_DEFAULT * DAY_MS + 1));
	c.status = "disposal_pending";      /* still in the store */
	assert_true(custody_overdue(&c, T0 + 100 * DAY_MS));
	c.status = "released";
	c.closed_at = T0 + DAY_MS;
	assert_false(custody_overdue(&c, T0 + 100 * DAY_MS));
	case_rec_clear(&c);
	c = mk(custody, "registered");
	assert_false(custody_overdue(&c, T0 + 1000 * DAY_MS));
	case_rec_clear(&c);
}

static void loan_past_due(void **state)
{
	struct case_rec c = mk(custody, "on_loan");

	(void)state;
	json_object_set_new(c.attrs, "loan_due_at", json_integer(T0 + 3 * DAY_MS));
	assert_false(custody_loan_overdue(&c, T0 + 3 * DAY_MS));
	assert_true(custody_loan_overdue(&c, T0 + 3 * DAY_MS + 1));
	c.status = "stored";
	assert_false(custody_loan_overdue(&c, T0 + 30 * DAY_MS));
	case_rec_clear(&c);
}

/* 保管人与登记人分离: store is for any desk officer of the station but the registrar. */
static void custodian_rule(void **state)
{
	struct auth_user registrar, officer, leader, xg;
	struct case_rec c = mk(custody, "registered");
	struct pa_error err = { 0 };
	const struct wf_action *store = wf_action_find(custody, "store");

	(void)state;
	mk_user(&registrar, ID_REGISTRAR, ROLE_OFFICER, STATION);
	mk_user(&officer, ID_OFFICER, ROLE_AUXILIARY, STATION);
	mk_user(&leader, ID_LEADER, ROLE_LEADER, STATION);
	mk_user(&xg, ID_XG, ROLE_OFFICER, OTHER);
	assert_false(may(custody, "store", &c, &registrar));
	assert_true(may(custody, "store", &c, &officer));
	assert_true(may(custody, "store", &c, &leader));
	assert_false(may(custody, "store", &c, &xg));
	/* the guard names the rule */
	assert_int_equal(store->guard(&c, &registrar, T0, &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "custodian_rule");
	assert_non_null(strstr(err.message_zh, "保管人与登记人分离"));
	case_rec_clear(&c);
}

/* Movements are the custodian's (or a leader's); dispose only after a leader approved. */
static void disposal_after_approval(void **state)
{
	struct auth_user keeper, officer, leader;
	struct case_rec c = mk(custody, "stored");

	(void)state;
	mk_user(&keeper, ID_KEEPER, ROLE_AUXILIARY, STATION);
	mk_user(&officer, ID_OFFICER, ROLE_OFFICER, STATION);
	mk_user(&leader, ID_LEADER, ROLE_LEADER, STATION);
	assert_true(may(custody, "move", &c, &keeper));
	assert_false(may(custody, "move", &c, &officer));
	assert_true(may(custody, "lend", &c, &leader));
	assert_false(may(custody, "dispose", &c, &keeper));
	assert_false(case_awaits_approval(&c, NULL));
	c.status = "disposal_pending";
	assert_false(may(custody, "dispose", &c, &keeper));
	assert_false(may(custody, "approve_disposal", &c, &officer));
	assert_true(may(custody, "approve_disposal", &c, &leader));
	const char *action = NULL;
	assert_true(case_awaits_approval(&c, &action));
	assert_string_equal(action, "approve_disposal");
	c.status = "disposal_approved";
	assert_true(may(custody, "dispose", &c, &keeper));
	assert_false(may(custody, "dispose", &c, &officer));
	assert_false(case_awaits_approval(&c, NULL));
	case_rec_clear(&c);
}

/* An accepted handover is sealed: no action is allowed, for anyone. */
static void accepted_handover_is_sealed(void **state)
{
	struct auth_user outgoing, incoming, leader;
	struct case_rec c = mk(handover, "signed");
	json_t *list;

	(void)state;
	c.assignee_id = 0;
	mk_user(&outgoing, ID_REGISTRAR, ROLE_OFFICER, STATION);
	mk_user(&incoming, ID_OFFICER, ROLE_AUXILIARY, STATION);
	mk_user(&leader, ID_LEADER, ROLE_LEADER | ROLE_ADMIN, "/1/");
	assert_false(case_sealed(&c));
	assert_false(may(handover, "accept", &c, &outgoing));
	assert_true(may(handover, "accept", &c, &incoming));
	c.status = "accepted";
	assert_true(case_sealed(&c));
	for (const struct wf_action *a = handover->actions; a->code; a++) {
		assert_false(wf_allowed(a, &c, &outgoing, T0));
		assert_false(wf_allowed(a, &c, &leader, T0));
	}
	list = wf_allowed_json(&c, &leader, T0);
	assert_int_equal(json_array_size(list), 0);
	json_decref(list);
	/* a custody item is never sealed, even when closed */
	struct case_rec d = mk(custody, "released");
	assert_false(case_sealed(&d));
	case_rec_clear(&d);
	case_rec_clear(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(held_past_the_period),
		cmocka_unit_test(loan_past_due),
		cmocka_unit_test(custodian_rule),
		cmocka_unit_test(disposal_after_approval),
		cmocka_unit_test(accepted_handover_is_sealed),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("desk2", tests, setup, NULL);
}
