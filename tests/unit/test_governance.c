/* test_governance.c — governance (issue #12): the risk matrix (风险矩阵), the threshold decision
 * and the monitoring pass (监测预警) under a fixed clock, the appraisal score (考评得分), and the
 * mediation levels on the demo org tree. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/case.h"
#include "db/db.h"
#include "modules/governance.h"
#include "org/org.h"
#include "util/util.h"

#include "support.h"

#define DAY_MS (86400LL * 1000)

/* The matrix as docs/indicators.md draws it: rows likelihood 1..5, columns impact 1..5. */
static const char *const matrix[5][5] = {
	{ "blue", "blue", "blue", "blue", "yellow" },
	{ "blue", "blue", "yellow", "yellow", "orange" },
	{ "blue", "yellow", "yellow", "orange", "orange" },
	{ "blue", "yellow", "orange", "orange", "red" },
	{ "yellow", "orange", "orange", "red", "red" },
};

static void risk_matrix(void **state)
{
	(void)state;
	for (int l = 1; l <= 5; l++)
		for (int i = 1; i <= 5; i++)
			assert_string_equal(risk_level(l, i), matrix[l - 1][i - 1]);
	assert_null(risk_level(0, 3));
	assert_null(risk_level(3, 6));
	assert_null(risk_level(-1, -1));
}

static void threshold_decision(void **state)
{
	(void)state;
	assert_false(monitor_should_warn(2, 3, false));   /* under */
	assert_true(monitor_should_warn(3, 3, false));    /* reaching it is crossing it */
	assert_true(monitor_should_warn(9, 3, false));
	assert_false(monitor_should_warn(9, 3, true));    /* one is open: never a second */
	assert_false(monitor_should_warn(9, 0, false));   /* no threshold */
}

static void score_formula(void **state)
{
	/* 将军社区 of docs/indicators.md: 65 */
	const int64_t num[6] = { 2, 1, 1, 2, 1, 1 }, den[6] = { 2, 2, 2, 3, 2, 2 };
	const double w[6] = { 25, 15, 20, 15, 10, 15 };
	const bool inv[6] = { false, true, false, false, false, false };
	const int64_t none[6] = { 0 };
	const int64_t den2[6] = { 2, 2, 2, 0, 0, 0 };
	bool has;

	(void)state;
	assert_true(fabs(appraisal_score(num, den, w, inv, 6, &has) - 65.0) < 1e-9);
	assert_true(has);
	/* components without a denominator drop out and the weights renormalise: 42.5 / 60 */
	assert_true(fabs(appraisal_score(num, den2, w, inv, 6, &has) - 70.83) < 1e-9);
	assert_true(fabs(appraisal_score(none, none, w, inv, 6, &has)) < 1e-9);
	assert_false(has);
}

static void score_scaled(void **state)
{
	/* commendations per ten cases: 3 of 60 handled = 0.5; 1 of 2 = 5, capped at 1 */
	const int64_t num[2] = { 1, 3 }, den[2] = { 2, 60 }, num2[2] = { 1, 1 }, den2[2] = { 2, 2 };
	const double w[2] = { 10, 5 }, scale[2] = { 1, 10 };
	const bool inv[2] = { true, false };
	bool has;

	(void)state;
	assert_true(fabs(appraisal_value(3, 60, 10) - 0.5) < 1e-12);
	assert_true(fabs(appraisal_value(1, 2, 10) - 1.0) < 1e-12);
	assert_true(appraisal_value(1, 0, 10) < 0);
	/* 100 × (10·(1 − ½) + 5·0.5) / 15 = 50 */
	assert_true(fabs(appraisal_score_scaled(num, den, w, inv, scale, 2, &has) - 50.0) < 1e-9);
	assert_true(has);
	/* 100 × (10·½ + 5·1) / 15 = 66.67: capped, not 10·½ */
	assert_true(fabs(appraisal_score_scaled(num2, den2, w, inv, scale, 2, &has) - 66.67) < 1e-9);
	/* no scale: every component as it is (1 of 2 = ½) */
	assert_true(fabs(appraisal_score_scaled(num2, den2, w, inv, NULL, 2, &has) - 50.0) < 1e-9);
}

static void level_codes(void **state)
{
	(void)state;
	assert_int_equal(gov_level_index("village"), GOV_VILLAGE);
	assert_int_equal(gov_level_index("court"), GOV_COURT);
	assert_int_equal(gov_level_index("moon"), -1);
	assert_int_equal(gov_level_index(NULL), -1);
}

/* ------------------------------------------------------------------ on the demo tree */

static struct support_db D;
static struct auth_user operator_;

static int group_setup(void **state)
{
	if (support_demo_db("gov", false, &D) != 0)
		return -1;
	*state = &D;
	return 0;
}

static int test_setup(void **state)
{
	static const struct support_login users[] = { { "operator", &operator_ }, { NULL, NULL } };

	(void)state;
	return support_start(D.db, users);
}

static void levels_on_tree(void **state)
{
	struct db_conn *c = db_reader(D.db);
	int64_t grid = org_id_by_code(c, "330702001001-G01"), comm = org_id_by_code(c, "330702001001");
	int64_t town = org_id_by_code(c, "330702001"), county = org_id_by_code(c, "330702");

	(void)state;
	assert_int_equal(gov_start_level(c, grid), GOV_VILLAGE);
	assert_int_equal(gov_start_level(c, town), GOV_TOWNSHIP);
	assert_int_equal(gov_start_level(c, county), GOV_COUNTY);
	assert_int_equal(gov_start_level(c, org_id_by_code(c, "330000")), -1);
	assert_int_equal(gov_level_unit(c, grid, GOV_VILLAGE), comm);
	assert_int_equal(gov_level_unit(c, grid, GOV_TOWNSHIP), town);
	assert_int_equal(gov_level_unit(c, grid, GOV_COUNTY), county);
	assert_int_equal(gov_level_unit(c, grid, GOV_COURT), county);
	assert_int_equal(gov_level_unit(c, town, GOV_VILLAGE), 0);
}

static const char SQL_THRESHOLD[] =
    "INSERT OR REPLACE INTO monitor_thresholds (org_id, indicator, threshold, window_days, "
    "updated_at) VALUES (?1, 'dispute_kind', 2, 30, 0)";

static pa_err put_threshold(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_THRESHOLD);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, *(int64_t *)ctx);
	return db_run(s);
}

static void new_dispute_at(int64_t at, const char *kind, const char *org);

static void new_dispute(int64_t at, const char *kind)
{
	new_dispute_at(at, kind, "330702001001-G02");
}

static void new_dispute_at(int64_t at, const char *kind, const char *org)
{
	struct db_conn *c = db_reader(D.db);
	struct case_new n = { .type = case_type_find("dispute"), .title = "纠纷", .category = kind,
		.org_id = org_id_by_code(c, org) };
	struct pa_error err = { 0 };
	json_t *req = json_pack("{s:[{s:s, s:s}, {s:s, s:s}]}", "persons", "role", "applicant",
	    "name", "王建明", "role", "respondent", "name", "李秀英");
	int64_t id;

	n.request = req;
	clock_set_fixed(at);
	assert_int_equal(case_create(D.db, &operator_, &n, &id, &err), PA_OK);
	json_decref(req);
}

static const char SQL_OPEN_WARNINGS[] =
    "SELECT COUNT(*) FROM cases WHERE type = 'warning' AND closed_at IS NULL";
static const char SQL_CLOSE_WARNINGS[] =
    "UPDATE cases SET status = 'dismissed', closed_at = 1 WHERE type = 'warning'";

static pa_err close_warnings(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_CLOSE_WARNINGS);

	(void)ctx;
	return s ? db_run(s) : PA_ERR_DB;
}

/* The 30-day window under a fixed clock: disputes older than it do not count, the pass raises
 * one warning when the count reaches the threshold and none while it is open. */
static void monitor_window(void **state)
{
	struct db_conn *c = db_reader(D.db);
	int64_t comm = org_id_by_code(c, "330702001001");
	int64_t t0 = support_time("2026-11-20T10:00:00+08:00");

	(void)state;
	assert_int_equal(db_write(D.db, put_threshold, &comm), PA_OK);
	new_dispute(t0 - 40 * DAY_MS, "land");
	new_dispute(t0 - 35 * DAY_MS, "land");
	new_dispute(t0 - 2 * DAY_MS, "land");
	new_dispute(t0 - 1 * DAY_MS, "medical");
	clock_set_fixed(t0);
	assert_int_equal(monitor_tick(D.db, t0), 0);            /* one land dispute in 30 days */
	assert_int_equal(monitor_tick(D.db, t0 - 10 * DAY_MS), 1);   /* then the two of -40, -35 */
	assert_int_equal(support_count(D.db, SQL_OPEN_WARNINGS), 1);
	assert_int_equal(monitor_tick(D.db, t0 - 10 * DAY_MS), 0);   /* open: not again */
	new_dispute(t0, "land");
	assert_int_equal(monitor_tick(D.db, t0), 0);            /* two now, but one is open */
	assert_int_equal(db_write(D.db, close_warnings, NULL), PA_OK);
	assert_int_equal(monitor_tick(D.db, t0), 1);            /* closed: the new crossing warns */
	assert_int_equal(monitor_tick(D.db, t0 + 31 * DAY_MS), 0);
}

static const char SQL_THRESHOLD_W7[] =
    "INSERT INTO monitor_thresholds (org_id, indicator, threshold, window_days, updated_at) "
    "VALUES (?1, 'dispute_kind', 1, 7, 0)";

static pa_err put_threshold_w7(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_THRESHOLD_W7);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, *(int64_t *)ctx);
	return db_run(s);
}

static const char SQL_WARNING_SUBJECTS[] =
    "SELECT COUNT(*) FROM warning_details w JOIN orgs o ON w.subject = o.id || ':medical' "
    "WHERE o.code = '330702001002' AND w.threshold = 1 AND w.window_days = 7 AND w.value = 1";

/* The pass groups the thresholds by window: each subject is judged by the nearest unit up
 * that has a threshold, over that threshold's own window. 城中街道 says 1 in 7 days, 将军社区
 * says 2 in 30: a dispute of 2 days ago in 将军社区 is under its own rule (no warning), one in
 * 飘萍社区 crosses the street's (one warning), one of 10 days ago in 飘萍社区 is outside 7. */
static void monitor_nearest_window(void **state)
{
	struct db_conn *c = db_reader(D.db);
	int64_t comm = org_id_by_code(c, "330702001001"), town = org_id_by_code(c, "330702001");
	int64_t t0 = support_time("2026-11-20T10:00:00+08:00"), open0;

	(void)state;
	assert_int_equal(db_write(D.db, put_threshold, &comm), PA_OK);
	assert_int_equal(db_write(D.db, put_threshold_w7, &town), PA_OK);
	new_dispute_at(t0 - 2 * DAY_MS, "consumer", "330702001001-G01");
	new_dispute_at(t0 - 3 * DAY_MS, "medical", "330702001002-G01");
	new_dispute_at(t0 - 10 * DAY_MS, "labour", "330702001002");
	clock_set_fixed(t0);
	open0 = support_count(D.db, SQL_OPEN_WARNINGS);   /* the group's database: earlier ones */
	assert_int_equal(monitor_tick(D.db, t0), 1);
	assert_int_equal(support_count(D.db, SQL_OPEN_WARNINGS), open0 + 1);
	assert_int_equal(support_count(D.db, SQL_WARNING_SUBJECTS), 1);
	assert_int_equal(monitor_tick(D.db, t0), 0);
}

int main(void)
{
	const struct CMUnitTest pure[] = {
		cmocka_unit_test(risk_matrix),
		cmocka_unit_test(threshold_decision),
		cmocka_unit_test(score_formula),
		cmocka_unit_test(score_scaled),
		cmocka_unit_test(level_codes),
	};
	const struct CMUnitTest tree[] = {
		cmocka_unit_test_setup_teardown(levels_on_tree, test_setup, support_end),
		cmocka_unit_test_setup_teardown(monitor_window, test_setup, support_end),
		cmocka_unit_test_setup_teardown(monitor_nearest_window, test_setup, support_end),
	};
	int rc = cmocka_run_group_tests(pure, NULL, NULL);

	return rc + cmocka_run_group_tests(tree, group_setup, support_group_teardown);
}
