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
#include "governance.h"
#include "lostfound.h"

#define DAY_MS (86400LL * 1000)

/* ------------------------------------------------------------------ calendar */

struct sla_day {
	int64_t day;          /* days since 1970-01-01, China time */
	bool workday;
};
struct sla_calendar {
	int n;
	struct sla_day *days; /* sorted by day */
	int refs;             /* users of the shared copy (sla_calendar_get) */
	bool orphaned;        /* replaced by a fresh copy: freed when refs reaches 0 */
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

/* The shared calendar (节假日): loaded once, reloaded after the holidays change. Callers
 * hold a reference while they use it, so a reload never frees one in use. */
static pthread_mutex_t cal_mu = PTHREAD_MUTEX_INITIALIZER;
static struct sla_calendar *cal_cached;
static bool cal_stale = true;

const struct sla_calendar *sla_calendar_get(struct db_conn *c)
{
	struct sla_calendar *cal;

	pthread_mutex_lock(&cal_mu);
	if (cal_stale || cal_cached == NULL) {
		struct sla_calendar *fresh = sla_calendar_load(c);
		if (fresh) {
			if (cal_cached && cal_cached->refs == 0)
				sla_calendar_free(cal_cached);
			else if (cal_cached)
				cal_cached->orphaned = true;   /* freed by its last user */
			cal_cached = fresh;
			cal_stale = false;
		}
	}
	cal = cal_cached;
	if (cal)
		cal->refs++;
	pthread_mutex_unlock(&cal_mu);
	return cal;
}

void sla_calendar_put(const struct sla_calendar *ccal)
{
	struct sla_calendar *cal = (struct sla_calendar *)ccal;

	if (cal == NULL)
		return;
	pthread_mutex_lock(&cal_mu);
	if (--cal->refs == 0 && cal->orphaned)
		sla_calendar_free(cal);
	pthread_mutex_unlock(&cal_mu);
}

void sla_calendar_changed(void)
{
	pthread_mutex_lock(&cal_mu);
	cal_stale = true;
	pthread_mutex_unlock(&cal_mu);
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
	if ((now - stage_start) * 1000 >= (due - stage_start) * SLA_WARN_PERMILLE)
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

/* Only the cases whose next warning instant has come (cases.next_warn_at, indexed) are read:
 * a pass costs what changes, not what is open. */
static const char SQL_SLA_DUE[] =
    "SELECT id, COALESCE(due_at, 0), COALESCE(stage_started_at, 0), warn, version "
    "FROM cases WHERE next_warn_at <= ?1 ORDER BY next_warn_at LIMIT ?2";
static const char SQL_SLA_SET[] =
    "UPDATE cases SET warn = ?2, next_warn_at = ?3 WHERE id = ?1 AND version = ?4";

#define TICK_BATCH 256     /* cases marked in one writer job */

/* The Chinese name of a type's deadline stage (受理, 处置 ...), for the timeline's note. */
static const char *stage_name(const struct case_type *t, const char *code)
{
	for (const struct stage_def *d = t->stages; d && d->code && code; d++)
		if (strcmp(d->code, code) == 0)
			return d->name_zh;
	return "办理";
}

struct tick_item {
	int64_t id, version, next;
	enum sla_level level;
	bool moved, changed;     /* row updated; a new warning recorded */
};
struct tick_job {
	struct tick_item items[TICK_BATCH];
	int n;
	int64_t now;
	struct notify_cache nc;  /* the notices' recipients per unit, for one job */
};

/* The common fields of a warned case: the notices and the timeline need no side table. */
static const char SQL_TICK_CASE[] = CASE_SELECT " WHERE c.id = ?1";

static pa_err tick_case(struct db_conn *c, struct arena *a, int64_t id, struct case_rec *out)
{
	struct db_stmt *s = db_prepare(c, SQL_TICK_CASE);
	pa_err rc;
	int r;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	rc = r == DB_ROW ? case_from_row(s, a, out) : r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
	db_reset(s);
	return rc;
}

/* Marks the new warnings of a batch, SQL only: the levels were computed before. A case that
 * moved on since it was read (version) is left for the next pass. */
static pa_err tick_run(struct db_conn *c, void *ctx)
{
	struct tick_job *j = ctx;
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	pa_err rc = PA_OK;

	if (a == NULL)
		return PA_ERR_NOMEM;
	j->nc.n = 0;
	for (int i = 0; i < j->n && rc == PA_OK; i++) {
		struct tick_item *it = &j->items[i];
		struct db_stmt *s = db_prepare(c, SQL_SLA_SET);
		struct case_rec rec;
		const char *level = sla_level_name(it->level), *stage;
		char data[96], note[128];

		it->changed = it->moved = false;
		if (s == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, it->id);
		db_bind_text(s, 2, it->level >= SLA_YELLOW ? level : NULL);
		if (it->next)
			db_bind_int(s, 3, it->next);
		db_bind_int(s, 4, it->version);
		if ((rc = db_run(s)) != PA_OK || !(it->moved = db_changes(c) == 1) ||
		    it->level < SLA_YELLOW)
			continue;
		if ((rc = tick_case(c, a, it->id, &rec)) != PA_OK)
			break;
		/* the stage's code beside the level: a page names the stage in its own language */
		snprintf(data, sizeof data, "{\"warn\":\"%s\",\"stage\":\"%s\"}", level,
		    rec.stage ? rec.stage : "");
		stage = stage_name(rec.type, rec.stage);
		snprintf(note, sizeof note, it->level == SLA_RED ? "红色预警：%s已超期" :
		    "黄色预警：%s时限已用七成", stage);
		struct tl_event e = { .case_id = it->id, .kind = "supervise", .at = j->now,
			.from_status = rec.status, .to_status = rec.status, .note = note, .data = data };
		rc = tl_append(c, &e, NULL);
		if (rc == PA_OK)
			rc = notify_rules_fire_cached(c, &j->nc, &rec, it->level == SLA_RED ? "warn_red" :
			    "warn_yellow", NULL, 0, j->now);
		if (rc == PA_OK && rec.type->on_warn)
			rc = rec.type->on_warn(c, &rec, level, j->now);
		case_rec_clear(&rec);
		arena_reset(a);
		it->changed = rc == PA_OK;
	}
	arena_free(a);
	return rc;
}

/* Progress: every case a pass records moves its next_warn_at past now (to the next line or
 * to NULL), so the cases due only shrink; the oldest due come first, so none waits longer
 * than the backlog ahead of it divided by max passes. */
int sla_tick_pass(struct db *db, int max, bool *more)
{
	struct db_conn *c = db_reader(db);
	struct tick_job *j = calloc(1, sizeof *j);
	int64_t now = clock_now_ms();
	int changed = 0, progress = 1, done = 0;

	if (more)
		*more = false;
	if (c == NULL || j == NULL) {
		free(j);
		return 0;
	}
	/* each batch reads after a write job: pread, not the mapping SQLite drops at every one */
	db_reader_mmap(c, false);
	/* batch after batch until nothing is due, a batch moved nothing (lost races) or max */
	while (progress) {
		struct db_stmt *s;
		int want = max - done < TICK_BATCH ? max - done : TICK_BATCH;
		if (want <= 0) {
			/* stopped at max: say whether anything is still due */
			if (more && (s = db_prepare(c, SQL_SLA_DUE)) != NULL) {
				db_bind_int(s, 1, now);
				db_bind_int(s, 2, 1);
				*more = db_step(s) == DB_ROW;
				db_reset(s);
			}
			break;
		}
		if ((s = db_prepare(c, SQL_SLA_DUE)) == NULL)
			break;
		db_bind_int(s, 1, now);
		db_bind_int(s, 2, want);
		j->n = 0;
		j->now = now;
		while (j->n < want && db_step(s) == DB_ROW) {
			struct tick_item *it = &j->items[j->n++];
			int64_t due = db_col_int(s, 1), start = db_col_int(s, 2);
			enum sla_level had = level_parse(db_col_text(s, 3)), lvl;
			it->id = db_col_int(s, 0);
			it->version = db_col_int(s, 4);
			lvl = sla_level_at(start, due, now);
			/* a level once recorded is not taken back within the stage */
			it->level = lvl > had ? lvl : had;
			it->next = case_next_warn_at(start, due, it->level >= SLA_YELLOW ?
			    sla_level_name(it->level) : NULL, 0);
		}
		db_reset(s);
		if (j->n == 0 || db_write(db, tick_run, j) != PA_OK)
			break;
		progress = 0;
		for (int i = 0; i < j->n; i++) {
			if (j->items[i].changed) {
				changed++;
				notify_case_changed(db, j->items[i].id);
			}
			progress |= j->items[i].moved;
		}
		done += j->n;
		if (j->n < want)
			break;
	}
	db_read_end(db);
	db_reader_mmap(c, true);
	free(j);
	return changed;
}

int sla_tick(struct db *db)
{
	return sla_tick_pass(db, SLA_PASS_MAX, NULL);
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
#define SCHED_BACKLOG_PAUSE_MS 200  /* between the passes of a backlog: other writers go first */

/* Wakes every SCHED_STEP_S (or the tick interval if shorter): pings streams idle for
 * PING_INTERVAL_S, and runs a supervision pass once the tick interval has passed. While a pass
 * stops at SLA_PASS_MAX with more due (a backlog), the next one follows after
 * SCHED_BACKLOG_PAUSE_MS: every pass stays short, and the backlog drains without waiting a
 * step between passes. */
static void *sched_main(void *arg)
{
	int step = sched_interval < SCHED_STEP_S ? sched_interval : SCHED_STEP_S, waited = 0;
	bool backlog = false;    /* the last pass stopped at SLA_PASS_MAX */

	pthread_mutex_lock(&sched_mu);
	while (!sched_stop) {
		struct timespec ts;
		bool paused = backlog;
		clock_gettime(CLOCK_REALTIME, &ts);
		if (paused) {
			ts.tv_nsec += SCHED_BACKLOG_PAUSE_MS * 1000000L;
			if (ts.tv_nsec >= 1000000000L) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000L;
			}
		} else {
			ts.tv_sec += step;
		}
		pthread_cond_timedwait(&sched_cv, &sched_mu, &ts);
		if (sched_stop)
			break;
		pthread_mutex_unlock(&sched_mu);
		if (!paused) {
			notify_ping(sched_db);
			waited += step;
		}
		if (waited >= sched_interval || backlog) {
			int n = sla_tick_pass(sched_db, SLA_PASS_MAX, &backlog);
			if (waited >= sched_interval) {
				int w = monitor_tick(sched_db, clock_now_ms());   /* 监测预警 */
				if (w)
					log_msg(LOG_INFO, "monitoring: %d warnings raised", w);
				attach_sweep(sched_db, clock_now_ms());  /* uploads no case took in a day */
				lostfound_tick(sched_db, clock_now_ms());  /* 招领公告, 认领期限 */
			}
			waited = 0;
			if (n)
				log_msg(LOG_INFO, "supervision: %d new warnings%s", n,
				    backlog ? ", more due: the next pass follows" : "");
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

/* The level at ?2 (now) in SQL, the same rule as sla_level_at: 0 red, 1 yellow, 2 normal. */
#define SUP_LEVEL \
    "(CASE WHEN c.due_at < ?2 THEN 0 WHEN c.due_at <= c.stage_started_at OR " \
    "(?2 - c.stage_started_at) * 1000 >= (c.due_at - c.stage_started_at) * 700 THEN 1 " \
    "ELSE 2 END)"
/* Open cases of any type with a running deadline stage: red first, then yellow, then by
 * deadline; in pages (the cursor holds the offset). */
static const char SQL_SUPERVISION[] = CASE_SELECT " WHERE c.closed_at IS NULL AND "
    "c.stage IS NOT NULL AND c.due_at IS NOT NULL AND " SCOPE_CASE_SQL
    " AND (?3 IS NULL OR " SUP_LEVEL " = ?3) AND (?4 IS NULL OR c.type = ?4)"
    " ORDER BY " SUP_LEVEL ", c.due_at, c.id LIMIT ?5 OFFSET ?6";

/* GET /api/v1/supervision?level=&type=&limit=&cursor= */
void sla_api_supervision(struct http_req *r)
{
	static const char *const levels[] = { "red", "yellow", "normal", NULL };
	struct db_conn *c = db_reader(r->db);
	const char *want = http_query(r, "level"), *type = http_query(r, "type");
	int64_t now = clock_now_ms(), limit, offset, n = 0;
	int level = -1, rc;
	struct db_stmt *s;
	struct sb b;
	enum export_format fmt = http_export_format(r);

	if (fmt == EXPORT_BAD)
		return;
	for (int i = 0; want && *want && levels[i]; i++)
		if (strcmp(want, levels[i]) == 0)
			level = i;
	if (want && *want && level < 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "level",
		    "level must be red, yellow or normal");
		return;
	}
	if (type && *type && case_type_find(type) == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type is not a known case type");
		return;
	}
	if (!http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &offset))
		return;
	if (fmt != EXPORT_JSON) {
		sla_supervision_export(r, fmt, want);
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_SUPERVISION)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, now);
	if (level >= 0)
		db_bind_int(s, 3, level);
	db_bind_text(s, 4, type && *type ? type : NULL);
	db_bind_int(s, 5, limit);
	db_bind_int(s, 6, offset > 0 ? offset - 1 : 0);
	sb_init(&b, 64 << 20);
	sb_adds(&b, "{\"items\":[");
	while ((rc = db_step(s)) == DB_ROW) {
		struct case_rec rec;
		if (case_row_load(c, s, r->arena, &rec) != PA_OK)
			continue;
		if (n++)
			sb_add(&b, ",", 1);
		case_json(&b, &rec, r->user);
		sb_add(&b, "}", 1);
		case_rec_clear(&rec);
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	/* the cursor is the offset of the next page, plus one (0 means none) */
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, n == limit ? (offset > 0 ? offset - 1 : 0) + n + 1 : 0);
	sb_add(&b, "}", 1);
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
	bool more = false;
	int n = sla_tick_pass(r->db, SLA_PASS_MAX, &more);

	http_reply(r, 200, json_pack("{s:i, s:b}", "changed", n, "more", more));
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
		char prefix[32], field[40];
		int64_t ms;
		const char *d;
		snprintf(prefix, sizeof prefix, "items[%zu].", i);
		snprintf(field, sizeof field, "%sdate", prefix);
		if (val_check(h, holiday_fields, prefix, &e) != PA_OK) {
			http_fail(r, &e);
			return;
		}
		d = val_str(h, "date");
		if (!time_parse(d, &ms) || strchr(d, 'T')) {
			http_error(r, PA_ERR_INVALID, "invalid_value", field,
			    "%s must be a date YYYY-MM-DD", field);
			return;
		}
	}
	if ((rc = db_write(r->db, holidays_put_run, (void *)items)) != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the holidays");
		return;
	}
	sla_calendar_changed();
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
	sla_calendar_changed();
	http_reply(r, 204, NULL);
}
