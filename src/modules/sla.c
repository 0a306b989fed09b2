/* sla.c — deadlines and supervision (时限与督办): working days with a holiday table, yellow and
 * red warnings, the scheduler that marks them, and the supervision queue. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/attach.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../util/util.h"
#include "event.h"

#define DAY_MS (86400LL * 1000)
#define SUPERVISION_MAX 500

/* ------------------------------------------------------------------ calendar */

struct sla_day {
	int64_t day;          /* days since 1970-01-01, China time */
	bool workday;
};
struct sla_calendar {
	int n;
	struct sla_day *days; /* sorted by day */
};

static int64_t local_day(int64_t ms)
{
	int64_t s = ms / 1000 + PA_TZ_OFFSET_S;

	return (s >= 0 ? s : s - 86399) / 86400;
}

static const char SQL_HOLIDAYS_ALL[] = "SELECT day, workday FROM holidays ORDER BY day";

struct sla_calendar *sla_calendar_load(struct db_conn *c)
{
	struct sla_calendar *cal = calloc(1, sizeof *cal);
	struct db_stmt *s = c ? db_prepare(c, SQL_HOLIDAYS_ALL) : NULL;
	int cap = 0;

	if (cal == NULL)
		return NULL;
	while (s && db_step(s) == DB_ROW) {
		int64_t ms;
		if (!time_parse(db_col_text(s, 0), &ms))
			continue;
		if (cal->n == cap) {
			struct sla_day *nd = realloc(cal->days, (size_t)(cap = cap ? cap * 2 : 32) *
			    sizeof *nd);
			if (nd == NULL)
				break;
			cal->days = nd;
		}
		cal->days[cal->n].day = local_day(ms);
		cal->days[cal->n++].workday = db_col_int(s, 1) != 0;
	}
	db_reset(s);
	return cal;
}

void sla_calendar_free(struct sla_calendar *cal)
{
	if (cal) {
		free(cal->days);
		free(cal);
	}
}

static bool day_is_workday(const struct sla_calendar *cal, int64_t day)
{
	int lo = 0, hi = cal ? cal->n - 1 : -1;
	int64_t wd = ((day + 3) % 7 + 7) % 7;     /* 0 Monday .. 6 Sunday; 1970-01-01 a Thursday */

	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (cal->days[mid].day == day)
			return cal->days[mid].workday;
		if (cal->days[mid].day < day)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return wd < 5;
}

bool sla_is_workday(const struct sla_calendar *cal, int64_t ms)
{
	return day_is_workday(cal, local_day(ms));
}

int64_t sla_add_workdays(const struct sla_calendar *cal, int64_t start, int days)
{
	int64_t day = local_day(start), offset = start - (day * DAY_MS - PA_TZ_OFFSET_S * 1000LL);
	int guard = 0;

	for (int i = 0; i < days && guard < 3660; i++) {
		do {
			day++;
			guard++;
		} while (!day_is_workday(cal, day) && guard < 3660);
	}
	return day * DAY_MS - PA_TZ_OFFSET_S * 1000LL + offset;
}

enum sla_level sla_level_at(int64_t stage_start, int64_t due, int64_t now)
{
	if (due <= 0)
		return SLA_NONE;
	if (now > due)
		return SLA_RED;
	if (due <= stage_start)
		return now >= due ? SLA_RED : SLA_YELLOW;
	if ((now - stage_start) * 1000 >= (due - stage_start) * SLA_YELLOW_PERMILLE)
		return SLA_YELLOW;
	return SLA_NORMAL;
}

const char *sla_level_name(enum sla_level l)
{
	switch (l) {
	case SLA_RED: return "red";
	case SLA_YELLOW: return "yellow";
	case SLA_NORMAL: return "normal";
	default: return "none";
	}
}

static enum sla_level level_parse(const char *s)
{
	if (s && strcmp(s, "red") == 0)
		return SLA_RED;
	if (s && strcmp(s, "yellow") == 0)
		return SLA_YELLOW;
	return SLA_NORMAL;
}

/* ------------------------------------------------------------------ scheduler */

static const char SQL_SLA_OPEN[] =
    "SELECT id, due_at, attrs FROM cases WHERE type = 'event' AND closed_at IS NULL "
    "AND due_at IS NOT NULL";
static const char SQL_SLA_ATTRS[] = "SELECT attrs, due_at, org_id, COALESCE(unit_id, 0), "
    "COALESCE(assignee_id, 0), status, title FROM cases WHERE id = ?1";
static const char SQL_SLA_SET[] = "UPDATE cases SET attrs = ?2 WHERE id = ?1";

struct tick_job {
	int64_t id, now;
	enum sla_level level;
	bool changed;
};

/* Re-reads the case in the writer and marks the warning if it is still new. */
static pa_err tick_run(struct db_conn *c, void *ctx)
{
	struct tick_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_SLA_ATTRS);
	json_error_t je;
	json_t *attrs = NULL;
	int64_t due, org, unit, assignee;
	char status[32], title[LIM_TITLE_CHARS * 4 + 1], msg[LIM_TITLE_CHARS * 4 + 128], *text = NULL;
	const char *stage;
	enum sla_level lvl;
	pa_err rc = PA_OK;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->id);
	if (db_step(s) != DB_ROW) {
		db_reset(s);
		return PA_OK;
	}
	attrs = json_loads(db_col_text(s, 0), 0, &je);
	due = db_col_int(s, 1);
	org = db_col_int(s, 2);
	unit = db_col_int(s, 3);
	assignee = db_col_int(s, 4);
	snprintf(status, sizeof status, "%s", db_col_text(s, 5));
	snprintf(title, sizeof title, "%s", db_col_text(s, 6));
	utf8_clip(title);
	db_reset(s);
	if (!json_is_object(attrs))
		goto out;
	lvl = sla_level_at(json_integer_value(json_object_get(attrs, "stage_started_at")), due,
	    j->now);
	if (lvl <= level_parse(json_string_value(json_object_get(attrs, "warn"))) ||
	    lvl < SLA_YELLOW)
		goto out;
	json_object_set_new(attrs, "warn", json_string(sla_level_name(lvl)));
	text = json_dumps(attrs, JSON_COMPACT | JSON_SORT_KEYS);
	s = db_prepare(c, SQL_SLA_SET);
	if (text == NULL || s == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, j->id);
	db_bind_text(s, 2, text);
	if ((rc = db_run(s)) != PA_OK)
		goto out;
	stage = json_string_value(json_object_get(attrs, "stage"));
	snprintf(msg, sizeof msg, "%s：%s「%s」%s", lvl == SLA_RED ? "红色预警" : "黄色预警",
	    stage && strcmp(stage, "handle") == 0 ? "处置" : "受理", title,
	    lvl == SLA_RED ? "已超期" : "时限已用70%");
	utf8_clip(msg);
	struct tl_event e = { .case_id = j->id, .kind = "supervise", .action = NULL, .at = j->now,
		.from_status = status, .to_status = status, .note = msg,
		.data = lvl == SLA_RED ? "{\"warn\":\"red\"}" : "{\"warn\":\"yellow\"}" };
	if ((rc = tl_append(c, &e, NULL)) != PA_OK)
		goto out;
	/* the assignee, or the department's handlers, and the leaders and operators over it */
	if (assignee && (rc = notify_user(c, assignee, j->id, "warning", msg, j->now)) != PA_OK)
		goto out;
	if (unit && (rc = notify_unit(c, unit, assignee ? ROLE_LEADER : ROLE_HANDLER | ROLE_LEADER,
	    j->id, "warning", msg, j->now)) != PA_OK)
		goto out;
	rc = notify_unit(c, org, ROLE_OPERATOR | ROLE_LEADER, j->id, "warning", msg, j->now);
	j->changed = rc == PA_OK;
out:
	free(text);
	json_decref(attrs);
	return rc;
}

int sla_tick(struct db *db)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s;
	int64_t now = clock_now_ms(), *ids = NULL;
	int n = 0, cap = 0, changed = 0;

	if (c == NULL || (s = db_prepare(c, SQL_SLA_OPEN)) == NULL)
		return 0;
	while (db_step(s) == DB_ROW) {
		json_error_t je;
		json_t *a = json_loads(db_col_text(s, 2), 0, &je);
		enum sla_level lvl = sla_level_at(json_integer_value(json_object_get(a,
		    "stage_started_at")), db_col_int(s, 1), now);
		enum sla_level had = level_parse(json_string_value(json_object_get(a, "warn")));
		json_decref(a);
		if (lvl < SLA_YELLOW || lvl <= had)
			continue;
		if (n == cap) {
			int64_t *ni = realloc(ids, (size_t)(cap = cap ? cap * 2 : 64) * sizeof *ni);
			if (ni == NULL)
				break;
			ids = ni;
		}
		ids[n++] = db_col_int(s, 0);
	}
	db_reset(s);
	for (int i = 0; i < n; i++) {
		struct tick_job j = { .id = ids[i], .now = now };
		if (db_write(db, tick_run, &j) == PA_OK && j.changed) {
			changed++;
			notify_case_changed(db, ids[i]);
		}
	}
	free(ids);
	return changed;
}

/* The scheduler thread of `pingan serve`. */
static pthread_t sched_thread;
static pthread_mutex_t sched_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sched_cv = PTHREAD_COND_INITIALIZER;
static bool sched_running, sched_stop;
static int sched_interval;
static struct db *sched_db;

#define PING_INTERVAL_S 15
#define SCHED_STEP_S 5      /* how often the scheduler thread wakes */

/* Wakes every SCHED_STEP_S (or the tick interval if shorter): pings streams idle for
 * PING_INTERVAL_S, and
 * runs a supervision pass once the tick interval has passed. */
static void *sched_main(void *arg)
{
	int step = sched_interval < SCHED_STEP_S ? sched_interval : SCHED_STEP_S, waited = 0;

	pthread_mutex_lock(&sched_mu);
	while (!sched_stop) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += step;
		pthread_cond_timedwait(&sched_cv, &sched_mu, &ts);
		if (sched_stop)
			break;
		pthread_mutex_unlock(&sched_mu);
		notify_ping(sched_db);
		waited += step;
		if (waited >= sched_interval) {
			int n = sla_tick(sched_db);
			attach_sweep(sched_db, clock_now_ms());   /* uploads no case took within a day */
			waited = 0;
			if (n)
				log_msg(LOG_INFO, "supervision: %d new warnings", n);
		}
		pthread_mutex_lock(&sched_mu);
	}
	pthread_mutex_unlock(&sched_mu);
	return arg;
}

void sla_scheduler_start(struct db *db, int interval_s)
{
	sched_db = db;
	sched_interval = interval_s > 0 ? interval_s : 60;
	sched_stop = false;
	sched_running = pthread_create(&sched_thread, NULL, sched_main, NULL) == 0;
}

void sla_scheduler_stop(void)
{
	if (!sched_running)
		return;
	pthread_mutex_lock(&sched_mu);
	sched_stop = true;
	pthread_cond_signal(&sched_cv);
	pthread_mutex_unlock(&sched_mu);
	pthread_join(sched_thread, NULL);
	sched_running = false;
}

/* ------------------------------------------------------------------ API */

static const char SQL_SUPERVISION[] = CASE_SELECT " WHERE c.type = 'event' AND "
    "c.closed_at IS NULL AND c.due_at IS NOT NULL AND " SCOPE_CASE_SQL
    " ORDER BY c.due_at LIMIT 500";

struct sup_item {
	enum sla_level level;
	int64_t due;
	char *json;
};

static int sup_cmp(const void *a, const void *b)
{
	const struct sup_item *x = a, *y = b;

	if (x->level != y->level)
		return x->level > y->level ? -1 : 1;
	return x->due < y->due ? -1 : x->due > y->due;
}

/* GET /api/v1/supervision?level= */
void sla_api_supervision(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *want = http_query(r, "level");
	struct sup_item items[SUPERVISION_MAX];
	int64_t now = clock_now_ms();
	struct db_stmt *s;
	struct sb b;
	int n = 0;

	if (want && *want && strcmp(want, "red") && strcmp(want, "yellow") && strcmp(want, "normal")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "level",
		    "level must be red, yellow or normal");
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_SUPERVISION)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	while (db_step(s) == DB_ROW && n < SUPERVISION_MAX) {
		struct case_rec rec;
		struct sb one;
		if (case_from_row(s, r->arena, &rec) != PA_OK)
			continue;
		enum sla_level lvl = sla_level_at(json_integer_value(json_object_get(rec.attrs,
		    "stage_started_at")), rec.due_at, now);
		if (want && *want && strcmp(want, sla_level_name(lvl)) != 0) {
			case_rec_clear(&rec);
			continue;
		}
		sb_init(&one, 1 << 20);
		case_json(&one, &rec);
		sb_add(&one, "}", 1);
		items[n].level = lvl;
		items[n].due = rec.due_at;
		items[n].json = sb_finish(&one);
		if (items[n].json)
			n++;
		case_rec_clear(&rec);
	}
	db_reset(s);
	qsort(items, (size_t)n, sizeof *items, sup_cmp);
	sb_init(&b, 64 << 20);
	sb_adds(&b, "{\"items\":[");
	for (int i = 0; i < n; i++) {
		if (i)
			sb_add(&b, ",", 1);
		sb_adds(&b, items[i].json);
		free(items[i].json);
	}
	sb_adds(&b, "]}");
	http_reply_text(r, 200, sb_finish(&b));
}

/* POST /api/v1/admin/sla-tick (admin) */
void sla_api_tick(struct http_req *r)
{
	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	http_reply(r, 200, json_pack("{s:i}", "changed", sla_tick(r->db)));
}

static const char SQL_HOLIDAYS_YEAR[] =
    "SELECT day, name, workday FROM holidays WHERE ?1 IS NULL OR substr(day, 1, 4) = ?1 "
    "ORDER BY day";
static const char SQL_HOLIDAY_PUT[] =
    "INSERT INTO holidays (day, name, workday) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (day) DO UPDATE SET name = ?2, workday = ?3";
static const char SQL_HOLIDAY_DEL[] = "DELETE FROM holidays WHERE day = ?1";

/* GET /api/v1/holidays?year= */
void sla_api_holidays_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *year = http_query(r, "year");
	int64_t y;
	struct db_stmt *s;
	json_t *items = json_array();

	if (year && *year && !parse_i64(year, 1970, 9999, &y)) {
		json_decref(items);
		http_error(r, PA_ERR_MALFORMED, "bad_request", "year", "year must be like 2026");
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_HOLIDAYS_YEAR)) == NULL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_text(s, 1, year && *year ? year : NULL);
	while (db_step(s) == DB_ROW)
		json_array_append_new(items, json_pack("{s:s, s:s, s:b}", "date", db_col_text(s, 0),
		    "name", db_col_text(s, 1), "workday", db_col_int(s, 2) != 0));
	db_reset(s);
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}

static const struct val_field holiday_fields[] = {
	{ "date", VT_STRING, VF_REQUIRED, 10, 10, NULL, NULL },
	{ "name", VT_STRING, VF_NULLABLE, 0, 40, NULL, NULL },
	{ "workday", VT_BOOL, VF_NULLABLE, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field holidays_put_fields[] = {
	{ "items", VT_ARRAY, VF_REQUIRED, 0, 400, NULL, NULL },
	VAL_END
};

static pa_err holidays_put_run(struct db_conn *c, void *ctx)
{
	const json_t *items = ctx, *h;
	size_t i;
	pa_err rc;

	json_array_foreach(items, i, h) {
		struct db_stmt *s = db_prepare(c, SQL_HOLIDAY_PUT);
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, val_str(h, "date"));
		db_bind_text(s, 2, val_str(h, "name") ? val_str(h, "name") : "");
		db_bind_int(s, 3, json_is_true(json_object_get(h, "workday")));
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* PUT /api/v1/holidays (admin) */
void sla_api_holidays_put(struct http_req *r)
{
	struct pa_error e = { 0 };
	const json_t *items, *h;
	size_t i;
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, holidays_put_fields))
		return;
	items = json_object_get(r->json, "items");
	json_array_foreach(items, i, h) {
		char prefix[32];
		int64_t ms;
		const char *d;
		snprintf(prefix, sizeof prefix, "items[%zu].", i);
		if (val_check(h, holiday_fields, prefix, &e) != PA_OK) {
			http_fail(r, &e);
			return;
		}
		d = val_str(h, "date");
		if (!time_parse(d, &ms) || strchr(d, 'T')) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "date",
			    "%sdate must be a date YYYY-MM-DD", prefix);
			return;
		}
	}
	if ((rc = db_write(r->db, holidays_put_run, (void *)items)) != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the holidays");
		return;
	}
	http_reply(r, 200, json_pack("{s:i}", "stored", (int)json_array_size(items)));
}

static pa_err holiday_del_run(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_HOLIDAY_DEL);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, ctx);
	return db_run(s) == PA_OK ? (db_changes(c) ? PA_OK : PA_ERR_NOT_FOUND) : PA_ERR_DB;
}

/* DELETE /api/v1/holidays/{date} (admin) */
void sla_api_holidays_delete(struct http_req *r)
{
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	rc = r->nparams ? db_write(r->db, holiday_del_run, (void *)r->params[0]) : PA_ERR_NOT_FOUND;
	if (rc == PA_ERR_NOT_FOUND) {
		http_error(r, rc, "not_found", NULL, "no such holiday");
		return;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot delete the holiday");
		return;
	}
	http_reply(r, 204, NULL);
}
