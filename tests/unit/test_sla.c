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

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "modules/event.h"
#include "util/util.h"

#define MIN_MS  (60LL * 1000)
#define HOUR_MS (3600LL * 1000)
#define DAY_MS  (86400LL * 1000)

static struct {
	char path[64];
	struct db *db;
	struct sla_calendar *cal;
} F;

/* ------------------------------------------------------------------ helpers */

/* An RFC 3339 time (or a bare date, 00:00 China time) in ms. */
static int64_t T(const char *s)
{
	int64_t ms;

	if (!time_parse(s, &ms))
		fail_msg("bad time in test: %s", s);
	return ms;
}

static void assert_time(int64_t got, const char *want)
{
	char g[TIME_STR_MAX];

	if (got != T(want)) {
		time_format(got, g);
		fail_msg("got %s (%lld), expected %s (%lld)", g, (long long)got, want,
		    (long long)T(want));
	}
}

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

/* ------------------------------------------------------------------ fixture */

static int group_setup(void **state)
{
	struct db_options opt = { .group_max = 16 };
	static struct holiday sundays[54];
	char err[256];
	int fd, n = 0;

	(void)state;
	log_set_level(LOG_ERROR);
	snprintf(F.path, sizeof F.path, "/tmp/pingan-sla-XXXXXX");
	if ((fd = mkstemp(F.path)) < 0)
		return -1;
	close(fd);
	if (db_open(F.path, DB_OPEN_CREATE, &opt, &F.db, err, sizeof err) != PA_OK) {
		fprintf(stderr, "db_open: %s\n", err);
		return -1;
	}
	if (db_write(F.db, put_holidays, (void *)national_day) != PA_OK)
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
	if (n != 52 || db_write(F.db, put_holidays, sundays) != PA_OK)
		return -1;
	F.cal = sla_calendar_load(db_reader(F.db));
	return F.cal ? 0 : -1;
}

static int group_teardown(void **state)
{
	char p[96];

	(void)state;
	sla_calendar_free(F.cal);
	db_close(F.db);
	unlink(F.path);
	snprintf(p, sizeof p, "%s-wal", F.path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", F.path);
	unlink(p);
	return 0;
}

/* ------------------------------------------------------------------ working days */

static void calendar_days(void **state)
{
	(void)state;
	/* ordinary weeks */
	assert_true(sla_is_workday(F.cal, T("2026-09-25T10:00:00+08:00")));     /* Friday */
	assert_false(sla_is_workday(F.cal, T("2026-09-26T10:00:00+08:00")));    /* Saturday */
	assert_false(sla_is_workday(F.cal, T("2026-09-27T10:00:00+08:00")));    /* Sunday */
	assert_true(sla_is_workday(F.cal, T("2026-09-28T10:00:00+08:00")));     /* Monday */
	/* the holiday week, its first and last moments */
	assert_false(sla_is_workday(F.cal, T("2026-10-01T00:00:00+08:00")));    /* Thursday */
	assert_false(sla_is_workday(F.cal, T("2026-10-02T12:00:00+08:00")));    /* Friday */
	assert_false(sla_is_workday(F.cal, T("2026-10-05T12:00:00+08:00")));    /* Monday */
	assert_false(sla_is_workday(F.cal, T("2026-10-07T23:59:59.999+08:00")));
	assert_true(sla_is_workday(F.cal, T("2026-10-08T00:00:00+08:00")));
	assert_true(sla_is_workday(F.cal, T("2026-09-30T23:59:59.999+08:00")));
	/* the working Saturday, and the Sunday after it which stays off */
	assert_true(sla_is_workday(F.cal, T("2026-10-10T09:00:00+08:00")));
	assert_false(sla_is_workday(F.cal, T("2026-10-11T09:00:00+08:00")));
	/* days are China days: 2026-09-30T16:30Z is already 10-01 00:30 in 金华 */
	assert_false(sla_is_workday(F.cal, T("2026-09-30T16:30:00Z")));
	assert_true(sla_is_workday(F.cal, T("2026-09-30T15:59:59Z")));
	assert_true(sla_is_workday(F.cal, T("2026-10-07T16:00:00Z")));         /* 10-08 00:00 */
	/* the long tail of the table (2027 Sundays) is found by the search */
	assert_false(sla_is_workday(F.cal, T("2027-01-03T12:00:00+08:00")));
	assert_false(sla_is_workday(F.cal, T("2027-12-26T12:00:00+08:00")));
	assert_true(sla_is_workday(F.cal, T("2027-12-27T12:00:00+08:00")));    /* Monday */
	assert_false(sla_is_workday(F.cal, T("2027-12-25T12:00:00+08:00")));   /* Saturday */
	/* without a calendar: Monday to Friday */
	assert_true(sla_is_workday(NULL, T("2026-10-01T12:00:00+08:00")));
	assert_false(sla_is_workday(NULL, T("2026-10-10T12:00:00+08:00")));
	/* 1970-01-01 was a Thursday, 1970-01-03 a Saturday */
	assert_true(sla_is_workday(NULL, T("1970-01-01T12:00:00+08:00")));
	assert_false(sla_is_workday(NULL, T("1970-01-03T12:00:00+08:00")));
}

static void add_across_weekend(void **state)
{
	int64_t fri = T("2026-09-25T10:00:00+08:00");

	(void)state;
	/* Friday 10:00 + 1 working day: Saturday and Sunday are skipped → Monday 10:00 */
	assert_time(sla_add_workdays(F.cal, fri, 1), "2026-09-28T10:00:00+08:00");
	/* + 2 → Tuesday, + 3 → Wednesday 09-30 (the last day before the holiday) */
	assert_time(sla_add_workdays(F.cal, fri, 2), "2026-09-29T10:00:00+08:00");
	assert_time(sla_add_workdays(F.cal, fri, 3), "2026-09-30T10:00:00+08:00");
	/* + 0 (or less) is the start itself */
	assert_int_equal(sla_add_workdays(F.cal, fri, 0), fri);
	assert_int_equal(sla_add_workdays(F.cal, fri, -3), fri);
	/* the milliseconds of the time of day are kept */
	assert_time(sla_add_workdays(F.cal, T("2026-09-25T10:00:00.123+08:00"), 1),
	    "2026-09-28T10:00:00.123+08:00");
	/* from a Saturday or a Sunday, the first working day is Monday */
	assert_time(sla_add_workdays(F.cal, T("2026-09-26T15:00:00+08:00"), 1),
	    "2026-09-28T15:00:00+08:00");
	assert_time(sla_add_workdays(F.cal, T("2026-09-27T15:00:00+08:00"), 1),
	    "2026-09-28T15:00:00+08:00");
	/* Monday + 5 working days is the next Monday in an ordinary week (09-14 → 09-21) */
	assert_time(sla_add_workdays(F.cal, T("2026-09-14T08:30:00+08:00"), 5),
	    "2026-09-21T08:30:00+08:00");
}

static void add_in_china_time(void **state)
{
	(void)state;
	/* Friday 23:30 in 金华 is Friday 15:30 UTC: Monday 23:30 China time */
	assert_time(sla_add_workdays(F.cal, T("2026-09-25T23:30:00+08:00"), 1),
	    "2026-09-28T23:30:00+08:00");
	/* Saturday 00:30 in 金华 is still Friday 16:30 UTC. Counting in China days, Saturday's
	 * next working day is Monday: Monday 00:30 China time. (Counted in UTC days it would
	 * wrongly be Monday 16:30 UTC = Tuesday 00:30 China time.) */
	assert_time(sla_add_workdays(F.cal, T("2026-09-25T16:30:00Z"), 1),
	    "2026-09-28T00:30:00+08:00");
	/* midnight exactly stays midnight */
	assert_time(sla_add_workdays(F.cal, T("2026-09-30T00:00:00+08:00"), 1),
	    "2026-10-08T00:00:00+08:00");
	assert_time(sla_add_workdays(F.cal, T("2026-09-29T23:59:59.999+08:00"), 1),
	    "2026-09-30T23:59:59.999+08:00");
}

static void add_across_holiday(void **state)
{
	int64_t wed = T("2026-09-30T15:30:00+08:00");

	(void)state;
	/* Wednesday 09-30 + 1: Thursday 10-01 .. Wednesday 10-07 are holidays (two of them
	 * Saturday and Sunday anyway) → Thursday 10-08 at the same time */
	assert_time(sla_add_workdays(F.cal, wed, 1), "2026-10-08T15:30:00+08:00");
	/* + 2 → Friday 10-09; + 3 → Saturday 10-10, the working Saturday (调休);
	 * + 4 → Monday 10-12 (Sunday 10-11 is off) */
	assert_time(sla_add_workdays(F.cal, wed, 2), "2026-10-09T15:30:00+08:00");
	assert_time(sla_add_workdays(F.cal, wed, 3), "2026-10-10T15:30:00+08:00");
	assert_time(sla_add_workdays(F.cal, wed, 4), "2026-10-12T15:30:00+08:00");
	/* the same start without the calendar: Thursday 10-01 is an ordinary working day */
	assert_time(sla_add_workdays(NULL, wed, 1), "2026-10-01T15:30:00+08:00");
	assert_time(sla_add_workdays(NULL, wed, 3), "2026-10-05T15:30:00+08:00");
	/* Friday 09-25 + 5: Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 10-08 (4), Fri 10-09 (5) */
	assert_time(sla_add_workdays(F.cal, T("2026-09-25T10:00:00+08:00"), 5),
	    "2026-10-09T10:00:00+08:00");
	/* starting inside the holiday: Saturday 10-03 + 1 → Thursday 10-08 */
	assert_time(sla_add_workdays(F.cal, T("2026-10-03T11:00:00+08:00"), 1),
	    "2026-10-08T11:00:00+08:00");
	/* a holiday on a weekday alone in a week: 2027 has none stored, so use the stored
	 * Sundays to check nothing else moved: Friday 2027-01-08 + 1 → Monday 2027-01-11 */
	assert_time(sla_add_workdays(F.cal, T("2027-01-08T09:00:00+08:00"), 1),
	    "2027-01-11T09:00:00+08:00");
}

static void add_onto_working_weekend(void **state)
{
	(void)state;
	/* Friday 10-09 + 1 → Saturday 10-10, which is a working day (调休) */
	assert_time(sla_add_workdays(F.cal, T("2026-10-09T09:00:00+08:00"), 1),
	    "2026-10-10T09:00:00+08:00");
	/* + 2 → Monday 10-12 */
	assert_time(sla_add_workdays(F.cal, T("2026-10-09T09:00:00+08:00"), 2),
	    "2026-10-12T09:00:00+08:00");
	/* from the working Saturday itself + 1 → Monday 10-12 */
	assert_time(sla_add_workdays(F.cal, T("2026-10-10T08:00:00+08:00"), 1),
	    "2026-10-12T08:00:00+08:00");
	/* without the calendar Friday 10-09 + 1 is Monday 10-12 */
	assert_time(sla_add_workdays(NULL, T("2026-10-09T09:00:00+08:00"), 1),
	    "2026-10-12T09:00:00+08:00");
}

static void calendar_reload(void **state)
{
	static const struct holiday extra[] = {
		{ "2026-09-29", "临时停工", 0 },        /* a Tuesday off */
		{ "2026-09-27", "调休上班", 1 },        /* a Sunday on */
		{ NULL, NULL, 0 },
	};
	struct sla_calendar *cal, *none;
	int64_t fri = T("2026-09-25T10:00:00+08:00");

	(void)state;
	/* a loaded calendar is a snapshot; a new load sees new rows */
	assert_int_equal(db_write(F.db, put_holidays, (void *)extra), PA_OK);
	cal = sla_calendar_load(db_reader(F.db));
	assert_non_null(cal);
	/* Friday 09-25 + 1 → Sunday 09-27 (working); + 2 → Monday 09-28; + 3 → Wednesday 09-30
	 * (Tuesday 09-29 is off); + 4 → Thursday 10-08 */
	assert_time(sla_add_workdays(cal, fri, 1), "2026-09-27T10:00:00+08:00");
	assert_time(sla_add_workdays(cal, fri, 2), "2026-09-28T10:00:00+08:00");
	assert_time(sla_add_workdays(cal, fri, 3), "2026-09-30T10:00:00+08:00");
	assert_time(sla_add_workdays(cal, fri, 4), "2026-10-08T10:00:00+08:00");
	sla_calendar_free(cal);
	/* the calendar loaded before the change still answers as before */
	assert_time(sla_add_workdays(F.cal, fri, 1), "2026-09-28T10:00:00+08:00");
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

	(void)state;
	assert_int_equal(sla_level_at(s, d, s), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, d, s - HOUR_MS), SLA_NORMAL);     /* before the start */
	assert_int_equal(sla_level_at(s, d, s + 7 * HOUR_MS - 1), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, d, s + 7 * HOUR_MS), SLA_YELLOW);   /* exactly 70 % */
	assert_int_equal(sla_level_at(s, d, s + 7 * HOUR_MS + 1), SLA_YELLOW);
	assert_int_equal(sla_level_at(s, d, d - 1), SLA_YELLOW);
	assert_int_equal(sla_level_at(s, d, d), SLA_YELLOW);    /* due now: not overdue yet */
	assert_int_equal(sla_level_at(s, d, d + 1), SLA_RED);
	assert_int_equal(sla_level_at(s, d, d + 30 * DAY_MS), SLA_RED);
	/* no deadline */
	assert_int_equal(sla_level_at(s, 0, s), SLA_NONE);
	assert_int_equal(sla_level_at(s, 0, d + DAY_MS), SLA_NONE);
	assert_int_equal(sla_level_at(0, 0, 0), SLA_NONE);
	assert_int_equal(sla_level_at(s, -5, s), SLA_NONE);
	/* spans that do not divide evenly: 3 ms, 70 % = 2.1 ms */
	assert_int_equal(sla_level_at(s, s + 3, s + 2), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, s + 3, s + 3), SLA_YELLOW);
	assert_int_equal(sla_level_at(s, s + 3, s + 4), SLA_RED);
	/* 10 ms: 7 ms is exactly 70 % */
	assert_int_equal(sla_level_at(s, s + 10, s + 6), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, s + 10, s + 7), SLA_YELLOW);
	/* a deadline at or before its stage's start (stage data odd): yellow until it passes */
	assert_int_equal(sla_level_at(d, s, s - 1), SLA_YELLOW);
	assert_int_equal(sla_level_at(d, s, s + 1), SLA_RED);
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
	assert_int_equal(sla_level_at(s, d, T("2026-09-27T12:23:59.999+08:00")), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, d, T("2026-09-27T12:24:00+08:00")), SLA_YELLOW);
	assert_int_equal(sla_level_at(s, d, T("2026-09-28T10:00:00+08:00")), SLA_YELLOW);
	assert_int_equal(sla_level_at(s, d, T("2026-09-28T10:00:00.001+08:00")), SLA_RED);
	/* over the holiday: Wednesday 09-30 15:30 + 1 → 10-08 15:30, 192 h; 70 % = 134.4 h
	 * = 5 d 14 h 24 min → Tuesday 10-06 05:54 */
	s = T("2026-09-30T15:30:00+08:00");
	d = sla_add_workdays(F.cal, s, 1);
	assert_time(d, "2026-10-08T15:30:00+08:00");
	assert_int_equal(sla_level_at(s, d, T("2026-10-06T05:53:59.999+08:00")), SLA_NORMAL);
	assert_int_equal(sla_level_at(s, d, T("2026-10-06T05:54:00+08:00")), SLA_YELLOW);
}

static void warn_text(void **state)
{
	int64_t s = T("2026-09-25T10:00:00+08:00"), d = s + 10 * HOUR_MS;
	char attrs[96];

	(void)state;
	snprintf(attrs, sizeof attrs, "{\"stage\":\"handle\",\"stage_started_at\":%lld}",
	    (long long)s);
	assert_string_equal(event_warn_text(attrs, d, s + HOUR_MS), "normal");
	assert_string_equal(event_warn_text(attrs, d, s + 7 * HOUR_MS), "yellow");
	assert_string_equal(event_warn_text(attrs, d, d + 1), "red");
	/* no deadline reads as normal; broken or missing attrs do not crash */
	assert_string_equal(event_warn_text(attrs, 0, d + 1), "normal");
	assert_string_equal(event_warn_text("not json", d, d + 1), "red");
	assert_string_equal(event_warn_text(NULL, d, d + 1), "red");
	assert_string_equal(event_warn_text("[]", 0, d), "normal");
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
		cmocka_unit_test(warn_text),
	};

	return cmocka_run_group_tests_name("sla", tests, group_setup, group_teardown);
}
