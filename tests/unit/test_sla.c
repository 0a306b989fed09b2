/* test_sla.c — deadlines (时限): working days from a holiday table (节假日 and 调休 working
 * weekends) in China time, and the yellow / red warning levels. The calendar comes from a
 * temporary database filled through the writer like the holidays API does.
 *
 * The calendar used below (2026 National Day, as the brief of these tests gives it):
 *
 *        September / October 2026
 *   Mo  Tu  We  Th  Fr  Sa  Su
 *   21  22  23  24  25  26  27
 *   28  29  30  1*  2*  3*  4*        * holiday 10-01 .. 10-07 (国庆节)
 *   5*  6*  7*  8   9   10+ 11        + Saturday 10-10 is a working day (调休上班)
 *   12  13  14  15  16  17  18
 *
 * plus every Sunday of 2027 stored as a holiday (changes nothing, but makes the table longer
 * than the loader's first allocation) and two malformed rows the loader must skip. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "db/db.h"
#include "modules/event.h"
#include "util/util.h"

#include "support.h"
#include "core/case.h"

#define HOUR_MS (3600LL * 1000)
#define DAY_MS  (86400LL * 1000)

/* An RFC 3339 time (or a bare date, 00:00 China time) in ms. */
#define T(s) support_time(s)
#define assert_time support_assert_time

static struct support_db D;

static struct {
	struct sla_calendar *cal;
} F;

/* ------------------------------------------------------------------ helpers */

struct holiday {
	const char *day, *name;
	int workday;
};

static const char SQL_HOLIDAY_INS[] =
    "INSERT INTO holidays (day, name, workday) VALUES (?1, ?2, ?3)";

static pa_err put_holidays(struct db_conn *c, void *ctx)
{
	const struct holiday *h = ctx;

	for (; h->day; h++) {
		struct db_stmt *s = db_prepare(c, SQL_HOLIDAY_INS);
		pa_err rc;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, h->day);
		db_bind_text(s, 2, h->name);
		db_bind_int(s, 3, h->workday);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

static const struct holiday national_day[] = {
	{ "2026-10-01", "国庆节", 0 },
	{ "2026-10-02", "国庆节", 0 },
	{ "2026-10-03", "国庆节", 0 },
	{ "2026-10-04", "国庆节", 0 },
	{ "2026-10-05", "国庆节", 0 },
	{ "2026-10-06", "国庆节", 0 },
	{ "2026-10-07", "国庆节", 0 },
	{ "2026-10-10", "国庆节调休上班", 1 },
	/* malformed rows (written behind the API's back) are skipped, not misread */
	{ "2026-13-01", "bad month", 0 },
	{ "someday", "not a date", 0 },
	{ NULL, NULL, 0 },
};

/* One line of a table of sums: from + days working days must be want, with the calendar
 * cal (NULL: none, Monday to Friday). */
struct add_case {
	const struct sla_calendar *cal;
	const char *from;
	int days;
	const char *want;
};

static void check_adds(const struct add_case *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int64_t got = sla_add_workdays(t[i].cal, T(t[i].from), t[i].days);

		if (got != T(t[i].want))
			print_message("line %zu: %s + %d working days%s\n", i, t[i].from, t[i].days,
			    t[i].cal ? "" : " (no calendar)");
		assert_time(got, t[i].want);
	}
}

/* One line of a table of warning levels: the level of a stage from start, due at due, at
 * the time now. */
struct level_case {
	int64_t start, due, now;
	enum sla_level want;
};

static void check_levels(const struct level_case *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		enum sla_level got = sla_level_at(t[i].start, t[i].due, t[i].now);

		if (got != t[i].want)
			fail_msg("line %zu: sla_level_at(%lld, %lld, %lld) is %s, expected %s", i,
			    (long long)t[i].start, (long long)t[i].due, (long long)t[i].now,
			    sla_level_name(got), sla_level_name(t[i].want));
	}
}

/* ------------------------------------------------------------------ fixture */

static int group_setup(void **state)
{
	static struct holiday sundays[54];
	int n = 0;

	(void)state;
	if (support_open_db("sla", 16, &D) != 0)
		return -1;
	if (db_write(D.db, put_holidays, (void *)national_day) != PA_OK)
		return -1;
	/* every Sunday of 2027: 2027-01-03 is the first */
	static char days[54][11];
	for (int64_t t = T("2027-01-03"); t < T("2028-01-01"); t += 7 * DAY_MS) {
		char s[TIME_STR_MAX];
		time_format(t, s);
		snprintf(days[n], sizeof days[n], "%.10s", s);
		sundays[n].day = days[n];
		sundays[n].name = "周日";
		sundays[n].workday = 0;
		n++;
	}
	sundays[n].day = NULL;
	if (n != 52 || db_write(D.db, put_holidays, sundays) != PA_OK)
		return -1;
	F.cal = sla_calendar_load(db_reader(D.db));
	return F.cal ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	sla_calendar_free(F.cal);
	support_free(&D);
	return 0;
}

/* ------------------------------------------------------------------ working days */

static void calendar_days(void **state)
{
	const struct {
		const struct sla_calendar *cal;
		const char *at;
		bool workday;
	} days[] = {
		/* ordinary weeks */
		{ F.cal, "2026-09-25T10:00:00+08:00", true },           /* Friday */
		{ F.cal, "2026-09-26T10:00:00+08:00", false },          /* Saturday */
		{ F.cal, "2026-09-27T10:00:00+08:00", false },          /* Sunday */
		{ F.cal, "2026-09-28T10:00:00+08:00", true },           /* Monday */
		/* the holiday week, its first and last moments */
		{ F.cal, "2026-10-01T00:00:00+08:00", false },          /* Thursday */
		{ F.cal, "2026-10-02T12:00:00+08:00", false },          /* Friday */
		{ F.cal, "2026-10-05T12:00:00+08:00", false },          /* Monday */
		{ F.cal, "2026-10-07T23:59:59.999+08:00", false },
		{ F.cal, "2026-10-08T00:00:00+08:00", true },
		{ F.cal, "2026-09-30T23:59:59.999+08:00", true },
		/* the working Saturday, and the Sunday after it which stays off */
		{ F.cal, "2026-10-10T09:00:00+08:00", true },
		{ F.cal, "2026-10-11T09:00:00+08:00", false },
		/* days are China days: 2026-09-30T16:30Z is already 10-01 00:30 in 金华 */
		{ F.cal, "2026-09-30T16:30:00Z", false },
		{ F.cal, "2026-09-30T15:59:59Z", true },
		{ F.cal, "2026-10-07T16:00:00Z", true },                /* 10-08 00:00 */
		/* the long tail of the table (2027 Sundays) is found by the search */
		{ F.cal, "2027-01-03T12:00:00+08:00", false },
		{ F.cal, "2027-12-26T12:00:00+08:00", false },
		{ F.cal, "2027-12-27T12:00:00+08:00", true },           /* Monday */
		{ F.cal, "2027-12-25T12:00:00+08:00", false },          /* Saturday */
		/* without a calendar: Monday to Friday */
		{ NULL, "2026-10-01T12:00:00+08:00", true },
		{ NULL, "2026-10-10T12:00:00+08:00", false },
		/* 1970-01-01 was a Thursday, 1970-01-03 a Saturday */
		{ NULL, "1970-01-01T12:00:00+08:00", true },
		{ NULL, "1970-01-03T12:00:00+08:00", false },
	};

	(void)state;
	for (size_t i = 0; i < SUPPORT_LEN(days); i++) {
		bool got = sla_is_workday(days[i].cal, T(days[i].at));

		if (got != days[i].workday)
			fail_msg("%s%s: working day %d, expected %d", days[i].at,
			    days[i].cal ? "" : " (no calendar)", got, days[i].workday);
	}
}

static void add_across_weekend(void **state)
{
	const char *fri = "2026-09-25T10:00:00+08:00";
	const struct add_case adds[] = {
		/* Friday 10:00 + 1 working day: Saturday and Sunday are skipped → Monday 10:00 */
		{ F.cal, fri, 1, "2026-09-28T10:00:00+08:00" },
		/* + 2 → Tuesday, + 3 → Wednesday 09-30 (the last day before the holiday) */
		{ F.cal, fri, 2, "2026-09-29T10:00:00+08:00" },
		{ F.cal, fri, 3, "2026-09-30T10:00:00+08:00" },
		/* + 0 (or less) is the start itself */
		{ F.cal, fri, 0, fri },
		{ F.cal, fri, -3, fri },
		/* the milliseconds of the time of day are kept */
		{ F.cal, "2026-09-25T10:00:00.123+08:00", 1, "2026-09-28T10:00:00.123+08:00" },
		/* from a Saturday or a Sunday, the first working day is Monday */
		{ F.cal, "2026-09-26T15:00:00+08:00", 1, "2026-09-28T15:00:00+08:00" },
		{ F.cal, "2026-09-27T15:00:00+08:00", 1, "2026-09-28T15:00:00+08:00" },
		/* Monday + 5 working days is the next Monday in an ordinary week (09-14 → 09-21) */
		{ F.cal, "2026-09-14T08:30:00+08:00", 5, "2026-09-21T08:30:00+08:00" },
	};

	(void)state;
	check_adds(adds, SUPPORT_LEN(adds));
}

static void add_in_china_time(void **state)
{
	const struct add_case adds[] = {
		/* Friday 23:30 in 金华 is Friday 15:30 UTC: Monday 23:30 China time */
		{ F.cal, "2026-09-25T23:30:00+08:00", 1, "2026-09-28T23:30:00+08:00" },
		/* Saturday 00:30 in 金华 is still Friday 16:30 UTC. Counting in China days,
		 * Saturday's next working day is Monday: Monday 00:30 China time. (Counted in UTC
		 * days it would wrongly be Monday 16:30 UTC = Tuesday 00:30 China time.) */
		{ F.cal, "2026-09-25T16:30:00Z", 1, "2026-09-28T00:30:00+08:00" },
		/* midnight exactly stays midnight */
		{ F.cal, "2026-09-30T00:00:00+08:00", 1, "2026-10-08T00:00:00+08:00" },
		{ F.cal, "2026-09-29T23:59:59.999+08:00", 1, "2026-09-30T23:59:59.999+08:00" },
	};

	(void)state;
	check_adds(adds, SUPPORT_LEN(adds));
}

static void add_across_holiday(void **state)
{
	const char *wed = "2026-09-30T15:30:00+08:00";
	const struct add_case adds[] = {
		/* Wednesday 09-30 + 1: Thursday 10-01 .. Wednesday 10-07 are holidays (two of them
		 * Saturday and Sunday anyway) → Thursday 10-08 at the same time */
		{ F.cal, wed, 1, "2026-10-08T15:30:00+08:00" },
		/* + 2 → Friday 10-09; + 3 → Saturday 10-10, the working Saturday (调休);
		 * + 4 → Monday 10-12 (Sunday 10-11 is off) */
		{ F.cal, wed, 2, "2026-10-09T15:30:00+08:00" },
		{ F.cal, wed, 3, "2026-10-10T15:30:00+08:00" },
		{ F.cal, wed, 4, "2026-10-12T15:30:00+08:00" },
		/* the same start without the calendar: Thursday 10-01 is an ordinary working day */
		{ NULL, wed, 1, "2026-10-01T15:30:00+08:00" },
		{ NULL, wed, 3, "2026-10-05T15:30:00+08:00" },
		/* Friday 09-25 + 5: Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 10-08 (4),
		 * Fri 10-09 (5) */
		{ F.cal, "2026-09-25T10:00:00+08:00", 5, "2026-10-09T10:00:00+08:00" },
		/* starting inside the holiday: Saturday 10-03 + 1 → Thursday 10-08 */
		{ F.cal, "2026-10-03T11:00:00+08:00", 1, "2026-10-08T11:00:00+08:00" },
		/* a holiday on a weekday alone in a week: 2027 has none stored, so use the stored
		 * Sundays to check nothing else moved: Friday 2027-01-08 + 1 → Monday 2027-01-11 */
		{ F.cal, "2027-01-08T09:00:00+08:00", 1, "2027-01-11T09:00:00+08:00" },
	};

	(void)state;
	check_adds(adds, SUPPORT_LEN(adds));
}

static void add_onto_working_weekend(void **state)
{
	const struct add_case adds[] = {
		/* Friday 10-09 + 1 → Saturday 10-10, which is a working day (调休) */
		{ F.cal, "2026-10-09T09:00:00+08:00", 1, "2026-10-10T09:00:00+08:00" },
		/* + 2 → Monday 10-12 */
		{ F.cal, "2026-10-09T09:00:00+08:00", 2, "2026-10-12T09:00:00+08:00" },
		/* from the working Saturday itself + 1 → Monday 10-12 */
		{ F.cal, "2026-10-10T08:00:00+08:00", 1, "2026-10-12T08:00:00+08:00" },
		/* without the calendar Friday 10-09 + 1 is Monday 10-12 */
		{ NULL, "2026-10-09T09:00:00+08:00", 1, "2026-10-12T09:00:00+08:00" },
	};

	(void)state;
	check_adds(adds, SUPPORT_LEN(adds));
}

static void calendar_reload(void **state)
{
	static const struct holiday extra[] = {
		{ "2026-09-29", "临时停工", 0 },        /* a Tuesday off */
		{ "2026-09-27", "调休上班", 1 },        /* a Sunday on */
		{ NULL, NULL, 0 },
	};
	const char *fri = "2026-09-25T10:00:00+08:00";
	struct sla_calendar *cal, *none;

	(void)state;
	/* a loaded calendar is a snapshot; a new load sees new rows */
	assert_int_equal(db_write(D.db, put_holidays, (void *)extra), PA_OK);
	cal = sla_calendar_load(db_reader(D.db));
	assert_non_null(cal);
	/* Friday 09-25 + 1 → Sunday 09-27 (working); + 2 → Monday 09-28; + 3 → Wednesday 09-30
	 * (Tuesday 09-29 is off); + 4 → Thursday 10-08 */
	const struct add_case reloaded[] = {
		{ cal, fri, 1, "2026-09-27T10:00:00+08:00" },
		{ cal, fri, 2, "2026-09-28T10:00:00+08:00" },
		{ cal, fri, 3, "2026-09-30T10:00:00+08:00" },
		{ cal, fri, 4, "2026-10-08T10:00:00+08:00" },
	};
	check_adds(reloaded, SUPPORT_LEN(reloaded));
	sla_calendar_free(cal);
	/* the calendar loaded before the change still answers as before */
	assert_time(sla_add_workdays(F.cal, T(fri), 1), "2026-09-28T10:00:00+08:00");
	/* no connection: an empty calendar (weekends only) */
	none = sla_calendar_load(NULL);
	assert_non_null(none);
	assert_time(sla_add_workdays(none, T("2026-09-30T10:00:00+08:00"), 1),
	    "2026-10-01T10:00:00+08:00");
	sla_calendar_free(none);
	sla_calendar_free(NULL);
}

/* ------------------------------------------------------------------ levels */

static void level_thresholds(void **state)
{
	/* a stage of 10 hours: 09-25 10:00 → 20:00; 70 % of it is 7 h → 17:00 */
	int64_t s = T("2026-09-25T10:00:00+08:00"), d = s + 10 * HOUR_MS;
	const struct level_case levels[] = {
		{ s, d, s, SLA_NORMAL },
		{ s, d, s - HOUR_MS, SLA_NORMAL },                  /* before the start */
		{ s, d, s + 7 * HOUR_MS - 1, SLA_NORMAL },
		{ s, d, s + 7 * HOUR_MS, SLA_YELLOW },              /* exactly 70 % */
		{ s, d, s + 7 * HOUR_MS + 1, SLA_YELLOW },
		{ s, d, d - 1, SLA_YELLOW },
		{ s, d, d, SLA_YELLOW },                            /* due now: not overdue yet */
		{ s, d, d + 1, SLA_RED },
		{ s, d, d + 30 * DAY_MS, SLA_RED },
		/* no deadline */
		{ s, 0, s, SLA_NONE },
		{ s, 0, d + DAY_MS, SLA_NONE },
		{ 0, 0, 0, SLA_NONE },
		{ s, -5, s, SLA_NONE },
		/* spans that do not divide evenly: 3 ms, 70 % = 2.1 ms */
		{ s, s + 3, s + 2, SLA_NORMAL },
		{ s, s + 3, s + 3, SLA_YELLOW },
		{ s, s + 3, s + 4, SLA_RED },
		/* 10 ms: 7 ms is exactly 70 % */
		{ s, s + 10, s + 6, SLA_NORMAL },
		{ s, s + 10, s + 7, SLA_YELLOW },
		/* a deadline at or before its stage's start (stage data odd): yellow until it
		 * passes */
		{ d, s, s - 1, SLA_YELLOW },
		{ d, s, s + 1, SLA_RED },
	};

	(void)state;
	check_levels(levels, SUPPORT_LEN(levels));
	/* names */
	assert_string_equal(sla_level_name(SLA_NONE), "none");
	assert_string_equal(sla_level_name(SLA_NORMAL), "normal");
	assert_string_equal(sla_level_name(SLA_YELLOW), "yellow");
	assert_string_equal(sla_level_name(SLA_RED), "red");
}

static void level_of_a_working_day_stage(void **state)
{
	/* dispatched Friday 09-25 10:00 with 1 working day → due Monday 09-28 10:00. The
	 * warning counts calendar time: 72 h, 70 % = 50 h 24 min → Sunday 09-27 12:24. */
	int64_t s = T("2026-09-25T10:00:00+08:00"), d = sla_add_workdays(F.cal, s, 1);

	(void)state;
	assert_time(d, "2026-09-28T10:00:00+08:00");
	const struct level_case weekend[] = {
		{ s, d, T("2026-09-27T12:23:59.999+08:00"), SLA_NORMAL },
		{ s, d, T("2026-09-27T12:24:00+08:00"), SLA_YELLOW },
		{ s, d, T("2026-09-28T10:00:00+08:00"), SLA_YELLOW },
		{ s, d, T("2026-09-28T10:00:00.001+08:00"), SLA_RED },
	};
	check_levels(weekend, SUPPORT_LEN(weekend));
	/* over the holiday: Wednesday 09-30 15:30 + 1 → 10-08 15:30, 192 h; 70 % = 134.4 h
	 * = 5 d 14 h 24 min → Tuesday 10-06 05:54 */
	s = T("2026-09-30T15:30:00+08:00");
	d = sla_add_workdays(F.cal, s, 1);
	assert_time(d, "2026-10-08T15:30:00+08:00");
	const struct level_case holiday[] = {
		{ s, d, T("2026-10-06T05:53:59.999+08:00"), SLA_NORMAL },
		{ s, d, T("2026-10-06T05:54:00+08:00"), SLA_YELLOW },
	};
	check_levels(holiday, SUPPORT_LEN(holiday));
}

/* The instant the scheduler looks at a case again: yellow at 70 % of the stage (rounded up to
 * the next millisecond), red just after the deadline, never once red, closed or without a
 * deadline. The scheduler reads only cases whose instant has come, so a wrong instant would
 * hide a warning. */
static void next_warn_instant(void **state)
{
	int64_t s = T("2026-09-25T10:00:00+08:00"), d = s + 10 * HOUR_MS;

	(void)state;
	const struct {
		int64_t start, due;
		const char *warn;
		int64_t closed, want;
	} cases[] = {
		{ s, d, NULL, 0, s + 7 * HOUR_MS },            /* 70 % of 10 h */
		{ s, s + 1001, NULL, 0, s + 701 },              /* 700.7 ms rounds up to 701 */
		{ s, d, "yellow", 0, d + 1 },                   /* red once overdue */
		{ s, d, "red", 0, 0 },                          /* nothing after red */
		{ s, d, NULL, d - 5, 0 },                       /* closed */
		{ s, 0, NULL, 0, 0 },                           /* no deadline */
		{ s, s - HOUR_MS, NULL, 0, s },                 /* born late: yellow at once */
	};
	for (size_t i = 0; i < SUPPORT_LEN(cases); i++) {
		int64_t got = case_next_warn_at(cases[i].start, cases[i].due, cases[i].warn,
		    cases[i].closed);
		if (got != cases[i].want)
			fail_msg("case %zu: next warning at %lld, expected %lld", i, (long long)got,
			    (long long)cases[i].want);
		/* and the level there is the next one (for the open, unwarned cases) */
		if (got && cases[i].warn == NULL && cases[i].due > cases[i].start)
			assert_int_equal(sla_level_at(cases[i].start, cases[i].due, got), SLA_YELLOW);
	}
	assert_int_equal(sla_level_at(s, d, s + 7 * HOUR_MS - 1), SLA_NORMAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(calendar_days),
		cmocka_unit_test(add_across_weekend),
		cmocka_unit_test(add_in_china_time),
		cmocka_unit_test(add_across_holiday),
		cmocka_unit_test(add_onto_working_weekend),
		cmocka_unit_test(calendar_reload),
		cmocka_unit_test(level_thresholds),
		cmocka_unit_test(level_of_a_working_day_stage),
		cmocka_unit_test(next_warn_instant),
	};

	return cmocka_run_group_tests_name("sla", tests, group_setup, group_teardown);
}
