/* benchdata.c — `pingan bench-data`: a large, reproducible data set written straight into the
 * database for benchmarks (1,000,000 cases in seconds). Needs the demo org tree and accounts.
 *
 * Each case gets a create event and, unless still open, one action event, chained into the
 * case's keyed hash chain exactly as the engine would (with the case's state after each event),
 * so that `pingan audit verify` passes. Needs the timeline key (tl_key_set). */
#include "benchdata.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"

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
