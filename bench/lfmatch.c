/* lfmatch.c — `make bench`: the time to match one new lost report against 100,000 stored found
 * items (p50, p99), exactly as a create computes it (lostfound_match_probe: index ranges per
 * station on unit, category and time, the serial-tail index, the scorer), with two references
 * measured in the same run on the same data:
 *   - an indexed point read of one found item (the floor of any read);
 *   - the same scorer over every stored item of the station (no candidate retrieval), which is
 *     what the indexes save.
 * Usage: bin/bench-lfmatch [items] [probes] */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db/db.h"
#include "modules/lostfound.h"
#include "support.h"

static const char *const cats[] = { "phone", "wallet", "id_doc", "keys", "ebike", "bicycle", "bag",
	"cash", "jewelry", "electronics", "other" };
static const char *const brands[] = { "华为", "HUAWEI", "苹果", "iPhone", "小米", "OPPO", "vivo", "三星",
	"雅迪", "爱玛", "捷安特", "COACH", "周大福", NULL };
static const char *const colors[] = { "黑色", "白色", "蓝色", "红色", "哑光黑", "银色", "粉色", "棕色" };
static const char *const words[] = { "在公交车上", "捡到", "背面有贴纸", "透明手机壳", "屏幕有裂痕",
	"内有现金", "银行卡一张", "钥匙三把", "门禁卡", "头盔", "儿童座椅", "挂件", "雨伞", "笔记本电脑",
	"耳机", "人民广场", "火车站", "万达广场", "菜市场", "医院", "公园" };

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
#define PICK(a) (a[next() % (sizeof a / sizeof a[0])])

static double now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

/* This thread's CPU time: the work of a probe without the time it waited for a core (the
 * machine is shared; wall-clock p99 there is mostly waiting). */
static double cpu_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

struct load {
	int n;
	int64_t org_cz, org_xg, t0;
};

static const char SQL_CASE[] =
    "INSERT INTO cases (code, type, category, title, body, status, org_id, lat, lon, address, "
    "created_at, updated_at) VALUES (?1, 'found', ?2, ?3, ?4, 'registered', ?5, ?6, ?7, ?8, ?9, ?9)";
static const char SQL_FOUND[] =
    "INSERT INTO found_details (case_id, color, brand, serial, marks, found_at, notice_at, "
    "claim_end_at, m_org, m_cat, m_open, m_feat) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7, ?8, 1, ?9)";
static const char SQL_SERIAL[] =
    "INSERT OR IGNORE INTO lf_serials (frag, side, org_id, case_id) VALUES (?1, 'found', ?2, ?3)";

static pa_err load_run(struct db_conn *c, void *ctx)
{
	struct load *l = ctx;
	char code[32], body[256], serial[32], tail[8], norm[LF_SERIAL_MAX];

	for (int i = 0; i < l->n; i++) {
		const char *cat = PICK(cats), *brand = brands[next() % 13];
		int64_t org = next() % 10 < 7 ? l->org_cz : l->org_xg;
		int64_t at = l->t0 - (int64_t)(next() % (365ULL * 86400000ULL));
		struct db_stmt *s = db_prepare(c, SQL_CASE);
		int64_t id;
		snprintf(code, sizeof code, "SYB%08d", i);
		snprintf(body, sizeof body, "%s%s%s%s%s", PICK(words), PICK(colors), brand, PICK(words),
		    PICK(words));
		db_bind_text(s, 1, code);
		db_bind_text(s, 2, cat);
		db_bind_text(s, 3, cat);
		db_bind_text(s, 4, body);
		db_bind_int(s, 5, org);
		db_bind_double(s, 6, 29.07 + (double)(next() % 1000) / 40000);
		db_bind_double(s, 7, 119.63 + (double)(next() % 1000) / 40000);
		db_bind_text(s, 8, PICK(words));
		db_bind_int(s, 9, at);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
		id = db_last_id(c);
		snprintf(serial, sizeof serial, "86%013llu", (unsigned long long)(next() % 10000000000000ULL));
		const char *color = PICK(colors), *mark = PICK(words);
		bool has_serial = next() % 2;
		/* the features a registration stores (m_feat), computed as the module does */
		struct lf_item it = { .category = cat, .title = cat, .body = body, .color = color,
			.brand = brand, .serial = has_serial ? serial : NULL, .marks = mark };
		static struct lf_prep fp;
		lf_prepare(&it, &fp);
		s = db_prepare(c, SQL_FOUND);
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, color);
		db_bind_text(s, 3, brand);
		if (has_serial)
			db_bind_text(s, 4, serial);
		db_bind_text(s, 5, mark);
		{
			unsigned char feat[LF_PREP_PACK_MAX];
			size_t fn = lf_prep_pack(&fp, feat, sizeof feat);
			db_bind_blob(s, 9, feat, fn);
		}
		db_bind_int(s, 6, at);
		db_bind_int(s, 7, org);
		db_bind_text(s, 8, cat);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
		lf_serial_norm(serial, strlen(serial), norm, sizeof norm);
		lf_serial_tail(norm, tail);
		s = db_prepare(c, SQL_SERIAL);
		db_bind_text(s, 1, tail);
		db_bind_int(s, 2, org);
		db_bind_int(s, 3, id);
		if (db_run(s) != PA_OK)
			return PA_ERR_DB;
	}
	return PA_OK;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static const char SQL_ORG[] = "SELECT id FROM orgs WHERE code = ?1";
static const char SQL_ONE[] = "SELECT d.color, d.found_at FROM found_details d WHERE d.case_id = ?1";
static const char SQL_ALL[] =
    "SELECT c.id, c.category, c.title, c.body, c.address, c.lat, c.lon, d.color, d.brand, "
    "d.model, d.serial, d.marks, d.found_at, d.found_at FROM found_details d "
    "JOIN cases c ON c.id = d.case_id WHERE d.m_org = ?1";

static int64_t org_of(struct db_conn *c, const char *code)
{
	struct db_stmt *s = db_prepare(c, SQL_ORG);
	int64_t id = 0;
	db_bind_text(s, 1, code);
	if (db_step(s) == DB_ROW)
		id = db_col_int(s, 0);
	db_reset(s);
	return id;
}

static void pct(const char *what, double *t, int n)
{
	qsort(t, (size_t)n, sizeof *t, cmp_d);
	printf("  %-44s p50 %8.3f ms   p99 %8.3f ms   (%d runs)\n", what, t[n / 2] / 1000,
	    t[(int)(n * 0.99)] / 1000, n);
}

int main(int argc, char **argv)
{
	int items = argc > 1 ? atoi(argv[1]) : 100000, probes = argc > 2 ? atoi(argv[2]) : 2000;
	struct support_db d;
	struct load l = { .n = items };
	double *t = calloc((size_t)probes, sizeof *t), *tc = calloc((size_t)probes, sizeof *tc), t0;
	struct db_conn *c;
	int kept_sum = 0;

	if (support_demo_db("lfbench", false, &d) != 0 || t == NULL || tc == NULL)
		return 1;
	c = db_reader(d.db);
	l.org_cz = org_of(c, "330702-GA-CZ");
	l.org_xg = org_of(c, "330702-GA-XG");
	l.t0 = (int64_t)time(NULL) * 1000;
	t0 = now_us();
	if (db_write(d.db, load_run, &l) != PA_OK) {
		fprintf(stderr, "load failed\n");
		return 1;
	}
	/* a running server's WAL is checkpointed as it goes; one 100,000-row load leaves it all in
	 * the WAL, read through pread and the WAL index instead of the mapped database file */
	if (db_checkpoint_truncate(d.db) != PA_OK) {
		fprintf(stderr, "checkpoint failed\n");
		return 1;
	}
	printf("lost-and-found matching speed: %d stored found items (%.1f s to load), %d probes\n",
	    items, (now_us() - t0) / 1e6, probes);
	{
		/* the candidate reads must stay on their indexes (unit, category, openness, time;
		 * the serial tail): a scan or a sort is a failure of the bench, not a number */
		char plan[1024];
		bool indexed;
		if (lostfound_match_plan(c, plan, sizeof plan, &indexed) != PA_OK) {
			fprintf(stderr, "query plan failed\n");
			return 1;
		}
		printf("  candidate query plans: %s\n", plan);
		if (!indexed) {
			fprintf(stderr, "a candidate read is not on its index\n");
			return 1;
		}
	}
	for (int i = 0; i < probes; i++) {
		char body[256], serial[32];
		int64_t to = l.t0 - (int64_t)(next() % (365ULL * 86400000ULL)), likely;
		int kept;
		snprintf(body, sizeof body, "%s丢了%s%s，%s", PICK(words), PICK(colors), PICK(words),
		    PICK(words));
		snprintf(serial, sizeof serial, "尾号%04llu", (unsigned long long)(next() % 10000));
		struct lf_item me = { .category = PICK(cats), .body = body, .color = PICK(colors),
			.brand = brands[next() % 13], .serial = next() % 2 ? serial : NULL,
			.marks = PICK(words), .address = PICK(words), .has_loc = true,
			.lat = 29.08, .lon = 119.64, .t_from = to - 3600000, .t_to = to };
		double a = now_us(), ac = cpu_us();
		if (lostfound_match_probe(c, &me, true, l.org_cz, &kept, &likely) != PA_OK)
			return 1;
		t[i] = now_us() - a;
		tc[i] = cpu_us() - ac;
		kept_sum += kept;
	}
	pct("match one new lost report (indexed ranges)", t, probes);
	pct("  the same, this thread's CPU time only", tc, probes);
	printf("  candidates kept per report: %.1f on average\n", (double)kept_sum / probes);
	/* reference 1: one indexed point read */
	for (int i = 0; i < probes; i++) {
		double a = now_us();
		struct db_stmt *s = db_prepare(c, SQL_ONE);
		db_bind_int(s, 1, 1 + (int64_t)(next() % (uint64_t)items));
		db_step(s);
		db_reset(s);
		t[i] = now_us() - a;
	}
	pct("reference: one indexed point read", t, probes);
	/* reference 2: the scorer over every item of the station */
	int scans = probes < 20 ? probes : 20;
	for (int i = 0; i < scans; i++) {
		struct lf_item me = { .category = PICK(cats), .body = "在公交车上丢了黑色华为手机",
			.color = "黑色", .brand = "华为", .t_from = l.t0 - 86400000LL * 30,
			.t_to = l.t0 - 86400000LL * 29 };
		static struct lf_prep mp, fp;
		struct lf_reason r[LF_REASONS_MAX];
		int nr;
		double a = now_us();
		lf_prepare(&me, &mp);
		struct db_stmt *s = db_prepare(c, SQL_ALL);
		db_bind_int(s, 1, l.org_cz);
		while (db_step(s) == DB_ROW) {
			struct lf_item it = { .category = db_col_text(s, 1), .title = db_col_text(s, 2),
				.body = db_col_text(s, 3), .color = db_col_text(s, 7),
				.brand = db_col_null(s, 8) ? NULL : db_col_text(s, 8),
				.serial = db_col_null(s, 10) ? NULL : db_col_text(s, 10),
				.marks = db_col_null(s, 11) ? NULL : db_col_text(s, 11),
				.t_from = db_col_int(s, 12), .t_to = db_col_int(s, 13) };
			lf_prepare(&it, &fp);
			lf_score(&me, &mp, &it, &fp, r, &nr);
		}
		db_reset(s);
		t[i] = now_us() - a;
	}
	pct("reference: the scorer over every stored item", t, scans);
	free(t);
	free(tc);
	support_free(&d);
	return 0;
}
