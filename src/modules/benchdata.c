/* benchdata.c — `pingan bench-data`: a large, reproducible data set written straight into the
 * database for benchmarks (1,000,000 cases in seconds). Needs the demo org tree, accounts and
 * event catalogue.
 *
 * Two kinds: 我爱我家 board posts (benchdata_generate) and grid events (网格事件,
 * benchdata_events): events spread over the demo's grids and one year, in realistic statuses,
 * with their event_details row, and for the open ones a running deadline stage whose
 * next_warn_at follows case_next_warn_at (about 1% due for a warning, so that a scheduler pass
 * has real work). Each case gets a create event and, unless just reported, one action event,
 * chained into the case's keyed hash chain exactly as the engine would (with the case's state
 * after each event), so that `pingan audit verify` passes. Needs the timeline key
 * (tl_key_set). */
#include "benchdata.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

#define BENCH_BATCH 20000      /* cases per transaction */

/* xorshift64*: a fixed seed gives the same data set on every machine */
static uint64_t rnd_next(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

static const char *const titles[] = { "三楼楼道灯坏了", "值班室空调漏水", "饮水机需要更换滤芯",
	"车棚充电插座不够", "档案室除湿机故障", "叫号机卡纸", "建议增设便民雨伞", "打印机缺墨",
	"会议室投影仪不亮", "食堂排队时间太长" };
static const char *const cats[] = { "facility", "management", "service", "safety", "welfare",
	"other" };

struct bench_ctx {
	int64_t first, count, orgs[2], users[2][2];   /* [station][officer, leader] */
	uint64_t seed;
	int64_t next_event, now;
};

static const char SQL_B_CASE[] =
    "INSERT INTO cases (id, code, type, category, title, body, status, org_id, assignee_id, "
    "reporter_id, priority, version, created_at, updated_at, closed_at, attrs) "
    "VALUES (?1, ?2, 'suggestion', ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'normal', ?10, ?11, ?12, ?13, ?14)";
static const char SQL_B_SIDE[] =
    "INSERT INTO suggestion_details (case_id, result, reopened) VALUES (?1, ?2, 0)";
static const char SQL_B_LAST[] = "SELECT COALESCE(MAX(id), 0) FROM cases";
static const char SQL_B_LAST_TL[] = "SELECT COALESCE(MAX(id), 0) FROM timeline";

/* Writes event seq of a new case; prev is the case's chain head, replaced by the new one. */
static pa_err put_event(struct db_conn *c, struct bench_ctx *b, const struct tl_event *e,
    int64_t seq, unsigned char prev[TL_HASH_BYTES])
{
	unsigned char h[TL_HASH_BYTES];
	pa_err rc = tl_insert(c, b->next_event++, seq, e, prev, h);

	memcpy(prev, h, TL_HASH_BYTES);
	return rc;
}

static pa_err batch_run(struct db_conn *c, void *ctx)
{
	struct bench_ctx *b = ctx;
	pa_err rc;

	for (int64_t i = 0; i < b->count; i++) {
		int64_t id = b->first + i;
		uint64_t r = rnd_next(&b->seed);
		int st = (int)(r % 2), pick = (int)((r >> 8) % 100);
		const char *status = pick < 20 ? "open" : pick < 50 ? "in_progress" :
		    pick < 95 ? "done" : "declined";
		int64_t created = b->now - (int64_t)((r >> 16) % (365LL * 86400)) * 1000;
		int64_t acted = created + (int64_t)((r >> 40) % 72 + 1) * 3600 * 1000;
		bool closed = strcmp(status, "done") == 0 || strcmp(status, "declined") == 0;
		int64_t assignee = strcmp(status, "open") && strcmp(status, "declined") ?
		    b->users[st][0] : 0;
		unsigned char prev[TL_HASH_BYTES] = { 0 };   /* a new chain per case */
		char code[32];
		struct db_stmt *s = db_prepare(c, SQL_B_CASE);

		if (s == NULL)
			return PA_ERR_DB;
		snprintf(code, sizeof code, "BJ%010lld", (long long)id);
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, code);
		db_bind_text(s, 3, cats[r % 6]);
		db_bind_text(s, 4, titles[(r >> 4) % 10]);
		db_bind_text(s, 5, "基准测试数据");
		db_bind_text(s, 6, status);
		db_bind_int(s, 7, b->orgs[st]);
		if (assignee)
			db_bind_int(s, 8, assignee);
		db_bind_int(s, 9, b->users[st][0]);
		db_bind_int(s, 10, strcmp(status, "open") ? 2 : 1);
		db_bind_int(s, 11, created);
		db_bind_int(s, 12, strcmp(status, "open") ? acted : created);
		if (closed)
			db_bind_int(s, 13, acted);
		db_bind_text(s, 14, "{}");
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		if ((s = db_prepare(c, SQL_B_SIDE)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, strcmp(status, "done") == 0 ? "已处理" : NULL);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		{
			char text[256];
			snprintf(text, sizeof text, "%s\n基准测试数据\n%s", titles[(r >> 4) % 10],
			    strcmp(status, "done") == 0 ? "已处理" : "");
			if ((rc = case_index_put(c, id, text, NULL)) != PA_OK)
				return rc;
		}
		struct tl_event ce = { .case_id = id, .kind = "create", .actor_id = b->users[st][0],
			.at = created, .to_status = "open" };
		if ((rc = put_event(c, b, &ce, 1, prev)) != PA_OK)
			return rc;
		if (strcmp(status, "open") != 0) {
			const char *act = strcmp(status, "in_progress") == 0 ? "accept" :
			    strcmp(status, "done") == 0 ? "done" : "decline";
			struct tl_event ae = { .case_id = id, .kind = "action", .action = act,
				.actor_id = b->users[st][strcmp(act, "done") == 0 ? 0 : 1], .at = acted,
				.from_status = "open", .to_status = status, .assignee_id = assignee,
				.closed_at = closed ? acted : 0 };
			if ((rc = put_event(c, b, &ae, 2, prev)) != PA_OK)
				return rc;
		}
	}
	return PA_OK;
}

pa_err benchdata_generate(struct db *db, int64_t n, uint64_t seed, FILE *progress)
{
	struct db_conn *c = db_reader(db);
	struct bench_ctx b = { .seed = seed ? seed : 1, .now = clock_now_ms() };
	static const char *const logins[2][2] = { { "cz-officer", "cz-leader" },
		{ "xg-officer", "xg-leader" } };
	struct db_stmt *s;
	pa_err rc;

	if (c == NULL)
		return PA_ERR_DB;
	b.orgs[0] = org_id_by_code(c, "330702-GA-CZ");
	b.orgs[1] = org_id_by_code(c, "330702-GA-XG");
	for (int i = 0; i < 2; i++)
		for (int k = 0; k < 2; k++)
			b.users[i][k] = auth_user_id_by_login(c, logins[i][k]);
	if (!b.orgs[0] || !b.orgs[1] || !b.users[0][0] || !b.users[1][1])
		return PA_ERR_NOT_FOUND;
	if ((s = db_prepare(c, SQL_B_LAST)) == NULL)
		return PA_ERR_DB;
	b.first = db_step(s) == DB_ROW ? db_col_int(s, 0) + 1 : 1;
	db_reset(s);
	if ((s = db_prepare(c, SQL_B_LAST_TL)) == NULL)
		return PA_ERR_DB;
	b.next_event = db_step(s) == DB_ROW ? db_col_int(s, 0) + 1 : 1;
	db_reset(s);
	for (int64_t done = 0; done < n; done += b.count) {
		b.count = n - done < BENCH_BATCH ? n - done : BENCH_BATCH;
		if ((rc = db_write(db, batch_run, &b)) != PA_OK)
			return rc;
		b.first += b.count;
		if (progress && (done / BENCH_BATCH) % 10 == 9)
			fprintf(progress, "  %lld cases\n", (long long)(done + b.count));
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ grid events */

#define HOUR_MS (3600LL * 1000)
#define DAY_MS (24 * HOUR_MS)
#define EV_CATS_MAX 64
#define EV_GRIDS_MAX 64
#define EV_DUE_PERMILLE 10      /* open events with a stage whose yellow warning is due now */
#define EV_YELLOW_PERMILLE 30   /* ... already marked yellow, not yet overdue */
#define EV_RED_PERMILLE 20      /* ... already marked red (overdue) */

struct ev_cat {
	char code[32], platform[24], name[64];
	int accept_hours, handle_days;
	int64_t dept;
	bool settle;
};
struct ev_grid {
	int64_t id, dept, operator;   /* the township's department and operator */
};
struct ev_ctx {
	int64_t first, count, now, next_event;
	uint64_t seed;
	int open_permille;
	struct ev_cat cats[EV_CATS_MAX];
	struct ev_grid grids[EV_GRIDS_MAX];
	int ncats, ngrids;
	int64_t worker, citizen, handler;
};

/* The statuses and the share of each (per mille) among open and among finished events. */
struct ev_status {
	const char *status, *action, *from;   /* the last action, from the status before it */
	int permille;
};
static const struct ev_status ev_open[] = {
	{ "reported", NULL, NULL, 100 },
	{ "escalated", "escalate", "reported", 20 },
	{ "accepted", "accept", "reported", 60 },
	{ "dispatched", "dispatch", "accepted", 150 },
	{ "signed", "sign", "dispatched", 500 },
	{ "handled", "handle", "signed", 140 },
	{ "reviewing", "rate", "closed", 30 },
	{ NULL, NULL, NULL, 0 },
};
static const struct ev_status ev_done[] = {
	{ "closed", "verify_pass", "handled", 680 },
	{ "settled", "settle", "reported", 180 },
	{ "rejected", "reject", "reported", 140 },
	{ NULL, NULL, NULL, 0 },
};

static const char SQL_E_CATS[] =
    "SELECT code, platform, accept_hours, handle_days, COALESCE(department_id, 0), "
    "settle_on_spot, name FROM categories WHERE case_type = 'event' AND parent IS NOT NULL "
    "ORDER BY code";
static const char SQL_E_GRIDS[] = "SELECT id, code FROM orgs WHERE kind = 'grid' ORDER BY code";
static const char SQL_E_CASE[] =
    "INSERT INTO cases (id, code, type, category, title, body, status, org_id, assignee_id, "
    "unit_id, reporter_id, priority, due_at, version, created_at, updated_at, closed_at, attrs, "
    "stage, stage_started_at, warn, next_warn_at) VALUES (?1, ?2, 'event', ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9, ?10, 'normal', ?11, ?12, ?13, ?14, ?15, '{}', ?16, ?17, ?18, ?19)";
static const char SQL_E_SIDE[] =
    "INSERT INTO event_details (case_id, source, platform, accept_due_at, accepted_at, "
    "handle_due_at, handled_at, rework_count, extension_days, returned, result, rating, "
    "rating_comment, rated_at, reviewed, escalated, settle_allowed, closed_on_time, "
    "caller_name, caller_phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, NULL, "
    "?12, ?13, ?14, ?15, ?16, ?17, NULL)";

/* A number in [lo, hi) from the generator. */
static int64_t rnd_range(uint64_t *s, int64_t lo, int64_t hi)
{
	return hi > lo ? lo + (int64_t)((rnd_next(s) >> 11) % (uint64_t)(hi - lo)) : lo;
}

static const struct ev_status *ev_pick(const struct ev_status *t, int pm)
{
	for (; t[1].status; t++) {
		if (pm < t->permille)
			return t;
		pm -= t->permille;
	}
	return t;
}

/* One event: what the case row, its event_details row and its two timeline rows hold. */
struct ev_row {
	const struct ev_status *st;
	const struct ev_cat *k;
	const struct ev_grid *g;
	const char *source, *stage, *warn, *rating, *result;
	int64_t reporter, actor, assignee, unit;
	int64_t created, acted, closed, start, due, next;
	int64_t accept_due, accepted, handle_due, handled, rated;
	int rework, extension;
	bool reviewed, on_time;
};

/* The running stage of an open event: mostly early in its time, EV_DUE_PERMILLE just past
 * 70% (the scheduler's next yellow), some already yellow or red. */
static void ev_stage(struct ev_ctx *b, struct ev_row *e, int64_t span)
{
	int64_t pm = rnd_range(&b->seed, 0, 1000), warn_at = (span * SLA_WARN_PERMILLE + 999) / 1000;

	if (pm < EV_DUE_PERMILLE) {
		e->start = b->now - warn_at - rnd_range(&b->seed, 1000, span / 4);
	} else if (pm < EV_DUE_PERMILLE + EV_YELLOW_PERMILLE) {
		e->start = b->now - warn_at - rnd_range(&b->seed, 1000, span / 4);
		e->warn = "yellow";
	} else if (pm < EV_DUE_PERMILLE + EV_YELLOW_PERMILLE + EV_RED_PERMILLE) {
		e->start = b->now - span - rnd_range(&b->seed, 60000, 2 * span);
		e->warn = "red";
	} else {
		e->start = b->now - rnd_range(&b->seed, 0, span * 690 / 1000);
	}
	e->due = e->start + span;
	e->next = case_next_warn_at(e->start, e->due, e->warn, 0);
}

static void ev_make(struct ev_ctx *b, struct ev_row *e)
{
	uint64_t r = rnd_next(&b->seed);
	bool open = (int)(r % 1000) < b->open_permille;
	int src = (int)((r >> 10) % 100);
	int64_t accept_span, handle_span, t;

	memset(e, 0, sizeof *e);
	e->st = ev_pick(open ? ev_open : ev_done, (int)((r >> 20) % 1000));
	e->k = &b->cats[(r >> 30) % (uint64_t)b->ncats];
	e->g = &b->grids[(r >> 40) % (uint64_t)b->ngrids];
	e->source = src < 60 ? "grid_worker" : src < 85 ? "citizen" : "operator";
	e->reporter = src < 60 ? b->worker : src < 85 ? b->citizen : e->g->operator;
	accept_span = (int64_t)e->k->accept_hours * HOUR_MS;
	handle_span = (int64_t)e->k->handle_days * DAY_MS * 7 / 5;   /* working days */
	/* finished events spread over the year; open ones mostly recent, some long-running */
	e->created = b->now - rnd_range(&b->seed, HOUR_MS, 365 * DAY_MS - HOUR_MS);
	if (open && rnd_range(&b->seed, 0, 100) < 80)
		e->created = b->now - rnd_range(&b->seed, HOUR_MS, 14 * DAY_MS);
	const char *s = e->st->status;
	if (strcmp(s, "reported") == 0 || strcmp(s, "escalated") == 0) {
		e->stage = "accept";
		ev_stage(b, e, accept_span);
		if (strcmp(s, "reported") == 0)
			e->created = e->start;   /* the accept stage starts with the report */
		else if (e->created > e->start)
			e->created = e->start - rnd_range(&b->seed, 60000, accept_span);
		e->accept_due = strcmp(s, "reported") == 0 ? e->due : e->created + accept_span;
		e->acted = strcmp(s, "reported") == 0 ? e->created : e->start;
	} else if (strcmp(s, "dispatched") == 0 || strcmp(s, "signed") == 0) {
		e->stage = "handle";
		ev_stage(b, e, handle_span);
		if (e->created > e->start - HOUR_MS)
			e->created = e->start - rnd_range(&b->seed, HOUR_MS, 72 * HOUR_MS);
		e->accept_due = e->created + accept_span;
		e->accepted = e->created + (e->start - e->created) / 2;
		e->handle_due = e->due;
		e->unit = e->k->dept ? e->k->dept : e->g->dept;
		e->acted = strcmp(s, "dispatched") == 0 ? e->start :
		    e->start + (b->now - e->start) / 3;
		if (strcmp(s, "signed") == 0)
			e->assignee = b->handler;
		e->extension = rnd_range(&b->seed, 0, 100) < 4 ? 2 : 0;
	} else {
		/* no running deadline: accepted, handled, reviewing and the finished ones */
		e->accept_due = e->created + accept_span;
		t = rnd_range(&b->seed, 10 * 60000, accept_span > 20 * 60000 ? accept_span : 20 * 60000);
		if (strcmp(s, "settled") == 0 || strcmp(s, "rejected") == 0) {
			e->acted = e->created + t;
			e->closed = e->acted;
			e->result = strcmp(s, "settled") == 0 ? "已就地处理" : NULL;
		} else {
			e->accepted = e->created + t;
			if (strcmp(s, "accepted") == 0) {
				e->acted = e->accepted;
			} else {
				e->unit = e->k->dept ? e->k->dept : e->g->dept;
				e->assignee = b->handler;
				e->handle_due = e->accepted + HOUR_MS + handle_span;
				/* most are handled in time, a tenth late */
				e->handled = e->accepted + HOUR_MS + rnd_range(&b->seed, HOUR_MS,
				    rnd_range(&b->seed, 0, 10) ? handle_span : 2 * handle_span);
				e->result = "已处理完毕";
				e->rework = rnd_range(&b->seed, 0, 100) < 5;
				e->extension = rnd_range(&b->seed, 0, 100) < 4 ? 2 : 0;
				e->acted = e->handled;
				if (strcmp(s, "handled") != 0) {
					e->closed = e->handled + rnd_range(&b->seed, HOUR_MS, 24 * HOUR_MS);
					e->on_time = e->closed <= e->handle_due;
					e->acted = e->closed;
				}
			}
		}
		/* nothing in the future: squeeze an event that would end after now */
		if (e->acted >= b->now) {
			int64_t shift = e->acted - b->now + rnd_range(&b->seed, 60000, HOUR_MS);
			e->created -= shift;
			e->acted -= shift;
			e->accept_due -= shift;
			if (e->accepted)
				e->accepted -= shift;
			if (e->handle_due)
				e->handle_due -= shift;
			if (e->handled)
				e->handled -= shift;
			if (e->closed) {
				e->closed -= shift;
				e->on_time = e->closed <= e->handle_due;
			}
		}
		if (e->closed && rnd_range(&b->seed, 0, 100) < 60) {
			int pm = (int)rnd_range(&b->seed, 0, 100);
			e->rating = pm < 85 ? "satisfied" : pm < 95 ? "basically_satisfied" :
			    "unsatisfied";
			e->rated = e->closed + rnd_range(&b->seed, 60000, HOUR_MS);
			if (e->rated >= b->now)
				e->rated = b->now - 1;
		}
		if (strcmp(s, "reviewing") == 0) {
			e->rating = "unsatisfied";
			e->rated = e->acted = e->closed + 60000 < b->now ? e->closed + 60000 : b->now - 1;
			e->reviewed = true;
			e->closed = 0;       /* back open for the review */
		}
	}
	e->actor = strcmp(s, "signed") == 0 || strcmp(s, "handled") == 0 ? b->handler : strcmp(s, "closed") == 0 ? b->worker :
	    strcmp(s, "settled") == 0 || strcmp(s, "reviewing") == 0 ? e->reporter :
	    e->g->operator;
}

static pa_err ev_batch_run(struct db_conn *c, void *ctx)
{
	struct ev_ctx *b = ctx;
	pa_err rc;

	for (int64_t i = 0; i < b->count; i++) {
		int64_t id = b->first + i;
		struct ev_row e;
		unsigned char prev[TL_HASH_BYTES] = { 0 };   /* a new chain per case */
		struct bench_ctx tl = { .next_event = b->next_event };
		char code[32], title[BENCHTEXT_TITLE_MAX], body[BENCHTEXT_BODY_MAX];
		char text[BENCHTEXT_TITLE_MAX + BENCHTEXT_BODY_MAX + 80];
		struct db_stmt *s = db_prepare(c, SQL_E_CASE);

		if (s == NULL)
			return PA_ERR_DB;
		ev_make(b, &e);
		/* the text's randomness comes from the id, not the data set's seed sequence, so
		 * that the events themselves are the ones earlier runs generated */
		uint64_t tr = ((uint64_t)id + 1) * 0x9E3779B97F4A7C15ULL;
		benchtext_make(rnd_next(&tr), id, title, sizeof title, body, sizeof body);
		snprintf(code, sizeof code, "SJB%010lld", (long long)id);
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, code);
		db_bind_text(s, 3, e.k->code);
		db_bind_text(s, 4, title);
		db_bind_text(s, 5, body);
		db_bind_text(s, 6, e.st->status);
		db_bind_int(s, 7, e.g->id);
		if (e.assignee)
			db_bind_int(s, 8, e.assignee);
		if (e.unit)
			db_bind_int(s, 9, e.unit);
		db_bind_int(s, 10, e.reporter);
		if (e.stage)
			db_bind_int(s, 11, e.due);
		db_bind_int(s, 12, e.st->action ? 2 : 1);
		db_bind_int(s, 13, e.created);
		db_bind_int(s, 14, e.acted);
		if (e.closed)
			db_bind_int(s, 15, e.closed);
		db_bind_text(s, 16, e.stage);
		if (e.stage)
			db_bind_int(s, 17, e.start);
		db_bind_text(s, 18, e.warn);
		if (e.next)
			db_bind_int(s, 19, e.next);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		if ((s = db_prepare(c, SQL_E_SIDE)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, e.source);
		db_bind_text(s, 3, e.k->platform);
		db_bind_int(s, 4, e.accept_due);
		if (e.accepted)
			db_bind_int(s, 5, e.accepted);
		if (e.handle_due)
			db_bind_int(s, 6, e.handle_due);
		if (e.handled)
			db_bind_int(s, 7, e.handled);
		db_bind_int(s, 8, e.rework);
		db_bind_int(s, 9, e.extension);
		db_bind_text(s, 10, e.result);
		db_bind_text(s, 11, e.rating);
		if (e.rated)
			db_bind_int(s, 12, e.rated);
		db_bind_int(s, 13, e.reviewed);
		db_bind_int(s, 14, strcmp(e.st->status, "escalated") == 0);
		db_bind_int(s, 15, e.k->settle);
		if (strcmp(e.st->status, "closed") == 0)
			db_bind_int(s, 16, e.on_time);
		db_bind_text(s, 17, strcmp(e.source, "operator") == 0 ? "李先生" : NULL);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		/* the index row, as case_search_text lays it out: category, title, body (the
		 * result of a handled event too; never the caller) */
		snprintf(text, sizeof text, "%s\n%s\n%s\n%s", e.k->name, title, body,
		    e.result ? e.result : "");
		if ((rc = case_index_put(c, id, text, NULL)) != PA_OK)
			return rc;
		struct tl_event ce = { .case_id = id, .kind = "create", .actor_id = e.reporter,
			.at = e.created, .to_status = "reported" };
		if ((rc = put_event(c, &tl, &ce, 1, prev)) != PA_OK)
			return rc;
		if (e.st->action) {
			struct tl_event ae = { .case_id = id, .kind = "action", .action = e.st->action,
				.actor_id = e.actor, .at = e.acted, .from_status = e.st->from,
				.to_status = e.st->status, .assignee_id = e.assignee, .unit_id = e.unit,
				.closed_at = e.closed };
			if ((rc = put_event(c, &tl, &ae, 2, prev)) != PA_OK)
				return rc;
		}
		b->next_event = tl.next_event;
	}
	return PA_OK;
}

/* Reads the catalogue's sub-categories and the demo's grids, each with the department and
 * the operator of its township (the part of its code before the community). */
static pa_err ev_load(struct db_conn *c, struct ev_ctx *b)
{
	struct db_stmt *s = db_prepare(c, SQL_E_CATS);

	if (s == NULL)
		return PA_ERR_DB;
	while (db_step(s) == DB_ROW && b->ncats < EV_CATS_MAX) {
		struct ev_cat *k = &b->cats[b->ncats++];
		snprintf(k->code, sizeof k->code, "%s", db_col_text(s, 0));
		snprintf(k->platform, sizeof k->platform, "%s", db_col_text(s, 1) ?
		    db_col_text(s, 1) : "");
		k->accept_hours = (int)db_col_int(s, 2) > 0 ? (int)db_col_int(s, 2) : 2;
		k->handle_days = (int)db_col_int(s, 3) > 0 ? (int)db_col_int(s, 3) : 5;
		k->dept = db_col_int(s, 4);
		k->settle = db_col_int(s, 5) != 0;
		snprintf(k->name, sizeof k->name, "%s", db_col_text(s, 6) ? db_col_text(s, 6) : "");
	}
	db_reset(s);
	if ((s = db_prepare(c, SQL_E_GRIDS)) == NULL)
		return PA_ERR_DB;
	while (db_step(s) == DB_ROW && b->ngrids < EV_GRIDS_MAX) {
		struct ev_grid *g = &b->grids[b->ngrids++];
		g->id = db_col_int(s, 0);
		char town[16], dept[32];
		snprintf(town, sizeof town, "%.9s", db_col_text(s, 1) ? db_col_text(s, 1) : "");
		snprintf(dept, sizeof dept, "%s-D01", town);
		if ((g->dept = org_id_by_code(c, dept)) == 0)
			g->dept = org_id_by_code(c, "330702-D01");
		g->operator = strcmp(town, "330702002") == 0 ?
		    auth_user_id_by_login(c, "xg-operator") : auth_user_id_by_login(c, "operator");
	}
	db_reset(s);
	return PA_OK;
}

pa_err benchdata_events(struct db *db, int64_t n, uint64_t seed, int open_permille,
    FILE *progress)
{
	struct db_conn *c = db_reader(db);
	struct ev_ctx *b = calloc(1, sizeof *b);
	struct db_stmt *s;
	pa_err rc = PA_ERR_NOT_FOUND;

	if (c == NULL || b == NULL) {
		rc = c == NULL ? PA_ERR_DB : PA_ERR_NOMEM;
		goto out;
	}
	b->seed = seed ? seed : 1;
	b->now = clock_now_ms();
	b->open_permille = open_permille;
	b->worker = auth_user_id_by_login(c, "grid-worker");
	b->citizen = auth_user_id_by_login(c, "citizen");
	b->handler = auth_user_id_by_login(c, "handler");
	if ((rc = ev_load(c, b)) != PA_OK)
		goto out;
	rc = PA_ERR_NOT_FOUND;
	if (b->ncats == 0 || b->ngrids == 0 || !b->worker || !b->citizen || !b->handler ||
	    !b->grids[0].operator || !b->grids[0].dept)
		goto out;
	rc = PA_ERR_DB;
	if ((s = db_prepare(c, SQL_B_LAST)) == NULL)
		goto out;
	b->first = db_step(s) == DB_ROW ? db_col_int(s, 0) + 1 : 1;
	db_reset(s);
	if ((s = db_prepare(c, SQL_B_LAST_TL)) == NULL)
		goto out;
	b->next_event = db_step(s) == DB_ROW ? db_col_int(s, 0) + 1 : 1;
	db_reset(s);
	rc = PA_OK;
	for (int64_t done = 0; done < n && rc == PA_OK; done += b->count) {
		b->count = n - done < BENCH_BATCH ? n - done : BENCH_BATCH;
		if ((rc = db_write(db, ev_batch_run, b)) != PA_OK)
			break;
		b->first += b->count;
		if (progress && (done / BENCH_BATCH) % 10 == 9)
			fprintf(progress, "  %lld events\n", (long long)(done + b->count));
	}
out:
	free(b);
	return rc;
}
