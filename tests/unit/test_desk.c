/* test_desk.c — what the front-desk types (阳光坐席) compute: the incident counts of a period
 * (发案, 破案, 破案率) at its edges, the calendar year shift behind "the same period a year
 * earlier", the catalogue's names, and the hooks of incidents (dates of 立案 and 破案) and
 * CCTV reviews (no viewing before approval, viewings counted) through the engine on the demo
 * database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "core/case.h"
#include "modules/desk.h"
#include "org/org.h"
#include "util/util.h"

#include "support.h"

#define T(s) support_time(s)

static struct support_db D;
static struct auth_user officer, leader;
static const struct support_login people[] = {
	{ "cz-officer", &officer }, { "cz-leader", &leader }, { NULL, NULL },
};

static int setup(void **state)
{
	return support_demo_db("desk", false, &D);
}

static int teardown(void **state)
{
	support_free(&D);
	return 0;
}

static int start(void **state)
{
	return support_start(D.db, people);
}

/* ------------------------------------------------------------------ pure */

static void counts_at_the_edges(void **state)
{
	int64_t from = T("2026-01-01"), to = T("2026-07-01");
	struct inc_counts k = { 0 };

	desk_inc_count(&k, from, 0, from, to);              /* filed at the start: in */
	desk_inc_count(&k, to, to + 1, from, to);           /* filed at the end: out */
	desk_inc_count(&k, from - 1, from + 5, from, to);   /* filed before, solved in: 破案 only */
	desk_inc_count(&k, from + 10, to - 1, from, to);    /* filed and solved in: cleared */
	desk_inc_count(&k, from + 20, to, from, to);        /* solved at the end: not cleared */
	desk_inc_count(&k, 0, 0, from, to);                 /* never filed */
	assert_int_equal(k.filed, 3);
	assert_int_equal(k.den, 3);
	assert_int_equal(k.solved, 2);
	assert_int_equal(k.num, 1);
}

static void year_shift_keeps_china_dates(void **state)
{
	support_assert_time(desk_year_shift(T("2026-01-01"), -1), "2025-01-01T00:00:00+08:00");
	support_assert_time(desk_year_shift(T("2026-12-02T07:30:00+08:00"), -1),
	    "2025-12-02T07:30:00+08:00");
	/* 29 February has no twin: the 28th */
	support_assert_time(desk_year_shift(T("2024-02-29T12:00:00+08:00"), 1),
	    "2025-02-28T12:00:00+08:00");
	support_assert_time(desk_year_shift(T("2025-03-01"), -1), "2024-03-01T00:00:00+08:00");
	/* China midnight is 16:00 UTC the day before: the shift must not move it a day */
	support_assert_time(desk_year_shift(T("2026-03-01T00:00:00+08:00"), -2),
	    "2024-03-01T00:00:00+08:00");
}

static void catalogue_names(void **state)
{
	char b[128];

	assert_true(incident_cat_name("XS02", false, b, sizeof b));
	assert_string_equal(b, "刑事 / 盗窃电动车");
	assert_true(incident_cat_name("XS01", true, b, sizeof b));
	assert_string_equal(b, "Criminal / Phone theft");
	assert_true(incident_cat_name("ZA", false, b, sizeof b));
	assert_string_equal(b, "治安");
	assert_false(incident_cat_name("NOPE", false, b, sizeof b));
	/* every sub-category a case may carry has a main category in the catalogue */
	for (const char *const *c = case_type_find("incident")->categories; *c; c++) {
		const struct incident_cat *k = incident_cat_find(*c);
		assert_non_null(k);
		assert_non_null(k->parent);
		assert_non_null(incident_cat_find(k->parent));
	}
}

/* ------------------------------------------------------------------ hooks */

static int64_t create(const char *type, const char *category, const char *request)
{
	json_error_t je;
	json_t *req = json_loads(request, 0, &je);
	struct case_new n = { .type = case_type_find(type), .title = "单元测试", .category = category,
		.request = req };
	struct pa_error err = { 0 };
	int64_t id = 0;

	assert_non_null(req);
	n.org_id = org_id_by_code(db_reader(D.db), "330702-GA-CZ");
	assert_int_equal(case_create(D.db, &officer, &n, &id, &err), PA_OK);
	json_decref(req);
	return id;
}

static void incident_dates(void **state)
{
	int64_t id = create("incident", "XS01", "{}");
	struct pa_error err = { 0 };
	struct support_case c;

	support_act_ok(D.db, &officer, id, "file", NULL, "{\"filed_at\": \"2026-01-10\"}");
	/* 破案 before 立案, or in the future: refused, naming the field */
	assert_int_equal(support_act(D.db, &officer, id, "solve", NULL,
	    "{\"solved_at\": \"2026-01-09\", \"method\": \"x\"}", -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "fields.solved_at");
	pa_error_clear(&err);
	assert_int_equal(support_act(D.db, &officer, id, "solve", NULL,
	    "{\"solved_at\": \"2099-01-01\", \"method\": \"x\"}", -1, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "fields.solved_at");
	pa_error_clear(&err);
	support_act_ok(D.db, &officer, id, "solve", NULL,
	    "{\"solved_at\": \"2026-01-20T15:00:00+08:00\", \"method\": \"调取监控\"}");
	support_case_load(D.db, id, &c);
	assert_string_equal(c.status, "solved");
	support_assert_time(json_integer_value(json_object_get(c.attrs, "filed_at")),
	    "2026-01-10T00:00:00+08:00");
	support_assert_time(json_integer_value(json_object_get(c.attrs, "solved_at")),
	    "2026-01-20T15:00:00+08:00");
	assert_string_equal(json_string_value(json_object_get(c.attrs, "solve_method")), "调取监控");
	support_case_clear(&c);
}

static void cctv_viewing_needs_approval(void **state)
{
	int64_t id = create("cctv", NULL, "{\"cameras\": \"1 号探头\", \"reason\": \"查找\", "
	    "\"window_from\": \"2026-11-01\", \"window_to\": \"2026-11-02\"}");
	struct pa_error err = { 0 };
	struct support_case c;

	assert_int_equal(support_act(D.db, &officer, id, "record_view", NULL,
	    "{\"cameras\": \"1 号探头\"}", -1, &err), PA_ERR_CONFLICT);
	assert_string_equal(err.code, "not_approved");
	pa_error_clear(&err);
	support_case_load(D.db, id, &c);
	assert_int_equal(json_integer_value(json_object_get(c.attrs, "views")), 0);
	support_case_clear(&c);
	support_act_ok(D.db, &leader, id, "approve", NULL, NULL);
	support_act_ok(D.db, &officer, id, "record_view", NULL, "{\"cameras\": \"1 号探头\"}");
	support_act_ok(D.db, &officer, id, "record_view", NULL, "{\"cameras\": \"2 号探头\"}");
	support_case_load(D.db, id, &c);
	assert_int_equal(json_integer_value(json_object_get(c.attrs, "views")), 2);
	assert_int_equal(json_integer_value(json_object_get(c.attrs, "approved_by")), leader.id);
	support_case_clear(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts_at_the_edges),
		cmocka_unit_test(year_shift_keeps_china_dates),
		cmocka_unit_test(catalogue_names),
		cmocka_unit_test_setup_teardown(incident_dates, start, support_end),
		cmocka_unit_test_setup_teardown(cctv_viewing_needs_approval, start, support_end),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("desk", tests, setup, teardown);
}
