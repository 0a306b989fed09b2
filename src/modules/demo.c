/* demo.c — demo data: the org tree of 婺城区 (Jinhua), demo accounts, 我爱我家 board posts. */
#include "demo.h"

#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../modules/desk2.h"
#include "../modules/event.h"
#include "../modules/lf_office.h"
#include "../org/grids.h"
#include "../org/org.h"
#include "../util/util.h"

struct demo_org {
	const char *code, *parent, *kind, *name;
};

static const struct demo_org orgs[] = {
	{ "330000", NULL, "province", "浙江省" },
	{ "330700", "330000", "city", "金华市" },
	{ "330702", "330700", "county", "婺城区" },
	{ "330702001", "330702", "township", "城中街道" },
	{ "330702001001", "330702001", "community", "将军社区" },
	{ "330702001001-G01", "330702001001", "grid", "将军社区第一网格" },
	{ "330702001001-G02", "330702001001", "grid", "将军社区第二网格" },
	{ "330702001001-G03", "330702001001", "grid", "将军社区第三网格" },
	{ "330702001002", "330702001", "community", "飘萍社区" },
	{ "330702001002-G01", "330702001002", "grid", "飘萍社区第一网格" },
	{ "330702001002-G02", "330702001002", "grid", "飘萍社区第二网格" },
	{ "330702001002-G03", "330702001002", "grid", "飘萍社区第三网格" },
	{ "330702001-D01", "330702001", "department", "城中街道城建办" },
	{ "330702001-D02", "330702001", "department", "城中街道综合执法队" },
	{ "330702002", "330702", "township", "西关街道" },
	{ "330702002001", "330702002", "community", "西关社区" },
	{ "330702002001-G01", "330702002001", "grid", "西关社区第一网格" },
	{ "330702002001-G02", "330702002001", "grid", "西关社区第二网格" },
	{ "330702002-D01", "330702002", "department", "西关街道城管中队" },
	{ "330702-GA", "330702", "police_bureau", "婺城公安分局" },
	{ "330702-GA-CZ", "330702-GA", "police_station", "城中派出所" },
	{ "330702-GA-XG", "330702-GA", "police_station", "西关派出所" },
	{ "330702-D01", "330702", "department", "婺城区住房和城乡建设局" },
	{ "330702-D02", "330702", "department", "婺城区市场监督管理局" },
	{ NULL, NULL, NULL, NULL },
};

/* The claim offices (认领地点) of the demo's stations, invented: the public notice and the
 * receipt show them (lf_office.c). */
static const struct demo_office {
	const char *org, *address, *phone, *hours;
} offices[] = {
	{ "330702-GA-CZ", "金华市婺城区八一南街218号 城中派出所一楼接待大厅", "0579-82301110",
	  "周一至周五 8:30-12:00，14:00-17:30" },
	{ "330702-GA-XG", "金华市婺城区西关街56号 西关派出所户籍窗口旁", "0579-82205110转8001",
	  "周一至周六 8:30-17:00" },
	{ NULL, NULL, NULL, NULL },
};

struct demo_user {
	const char *login, *name, *role, *org;
};

static const struct demo_user users[] = {
	{ "admin", "系统管理员", "admin", "330000" },
	{ "cz-leader", "张建国（所长）", "leader", "330702-GA-CZ" },
	{ "cz-officer", "王磊（民警）", "officer", "330702-GA-CZ" },
	{ "cz-aux", "李娜（辅警）", "auxiliary", "330702-GA-CZ" },
	{ "xg-leader", "陈志强（所长）", "leader", "330702-GA-XG" },
	{ "xg-officer", "赵敏（民警）", "officer", "330702-GA-XG" },
	{ "grid-worker", "刘芳（网格员）", "grid_worker", "330702001001-G01" },
	{ "operator", "周涛（受理员）", "operator", "330702001" },
	{ "xg-operator", "吴静（受理员）", "operator", "330702002" },
	{ "county-operator", "孙伟（区指挥中心）", "operator", "330702" },
	{ "handler", "郑浩（城建办）", "handler", "330702001-D01" },
	{ "citizen", "钱女士（群众）", "citizen", "330702" },
	{ "mediator", "陈红（将军社区调委会）", "mediator", "330702001001" },
	{ "town-mediator", "林平（城中街道司法所）", "mediator", "330702001" },
	{ "county-mediator", "许文（区矛调中心）", "mediator", "330702" },
	{ "street-leader", "黄建华（城中街道书记）", "leader", "330702001" },
	/* 将军社区's leader (社区书记): told first of what happens in the community and its grids
	 * (the rules' nearest leader), before 城中街道 */
	{ "community-leader", "方丽萍（将军社区书记）", "leader", "330702001001" },
	{ NULL, NULL, NULL, NULL },
};

#define DEMO_USERS_MAX 32

struct seed_ctx {
	const char *password;
	char hash[DEMO_USERS_MAX][AUTH_PWHASH_MAX];   /* one per account, each with its own salt */
	int n, next;
	pa_err rc;
	pthread_mutex_t mu;
};

/* A hashing worker: takes the next account's hash until none is left. Two of them run at
 * once (LIM_PWHASH_CONCURRENT admits two): argon2id costs ~0.1 s and 64 MiB each. */
static void *hash_worker(void *arg)
{
	struct seed_ctx *sc = arg;

	for (;;) {
		int i;
		pa_err rc;
		pthread_mutex_lock(&sc->mu);
		i = sc->rc == PA_OK && sc->next < sc->n ? sc->next++ : -1;
		pthread_mutex_unlock(&sc->mu);
		if (i < 0)
			return NULL;
		rc = auth_pw_hash(sc->password, sc->hash[i]);
		if (rc != PA_OK) {
			pthread_mutex_lock(&sc->mu);
			sc->rc = rc;
			pthread_mutex_unlock(&sc->mu);
		}
	}
}

/* Hashes the demo password once per account, outside the writer (jobs are SQL only). */
static pa_err hash_accounts(struct seed_ctx *sc)
{
	pthread_t t;
	bool two;

	for (sc->n = 0; users[sc->n].login; sc->n++)
		if (sc->n == DEMO_USERS_MAX)
			return PA_ERR_INTERNAL;
	sc->next = 0;
	sc->rc = PA_OK;
	pthread_mutex_init(&sc->mu, NULL);
	two = pthread_create(&t, NULL, hash_worker, sc) == 0;
	hash_worker(sc);
	if (two)
		pthread_join(t, NULL);
	pthread_mutex_destroy(&sc->mu);
	return sc->rc;
}

static pa_err seed_tree(struct db_conn *c, void *ctx)
{
	struct seed_ctx *sc = ctx;
	pa_err rc;

	for (const struct demo_org *o = orgs; o->code; o++) {
		int64_t parent = o->parent ? org_id_by_code(c, o->parent) : 0;
		if ((rc = org_insert(c, parent, o->kind, o->name, o->code, NULL)) != PA_OK)
			return rc;
	}
	for (const struct demo_office *f = offices; f->org; f++)
		if ((rc = lf_office_put(c, org_id_by_code(c, f->org), f->address, f->phone,
		    f->hours)) != PA_OK)
			return rc;
	for (int i = 0; users[i].login; i++) {
		const struct demo_user *u = &users[i];
		int64_t id;
		if ((rc = auth_user_insert(c, u->login, u->name, sc->hash[i], &id)) != PA_OK)
			return rc;
		if ((rc = auth_grant_insert(c, id, role_parse(u->role), org_id_by_code(c, u->org),
		    NULL)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* One step of a post's story, taken at now - ago_h hours. */
struct step {
	const char *actor, *action, *note;
	const char *assignee;        /* for accept */
	const char *result;          /* for done */
	double ago_h;
};

struct post {
	const char *author, *org, *title, *body, *category;
	double ago_h;
	struct step steps[4];
};

/* Oldest first, so that ids grow with creation time like real posts. */
static const struct post posts[] = {
	{ "cz-aux", "330702-GA-CZ", "建议阳光坐席增设老花镜和充电宝", "来办事的老人常看不清表格，手机也经常没电。",
	  "service", 300,
	  { { "cz-leader", "accept", NULL, "cz-aux", NULL, 290 },
	    { "cz-aux", "done", NULL, NULL, "已在阳光坐席配备老花镜3副、共享充电宝1台。", 250 } } },
	{ "xg-officer", "330702-GA-XG", "接待大厅需要增加座椅", "周一上午办证群众多，很多老人站着等。",
	  "service", 200,
	  { { "xg-leader", "accept", NULL, "xg-officer", NULL, 190 },
	    { "xg-officer", "done", NULL, NULL, "已增加候办座椅12个，并设老年人优先窗口。", 30 } } },
	{ "xg-officer", "330702-GA-XG", "建议值班室配备咖啡机", "夜班值守容易犯困。", "welfare", 150,
	  { { "xg-leader", "decline", "经费有限，先在值班室配备热水壶和茶叶。", NULL, NULL, 140 } } },
	{ "cz-officer", "330702-GA-CZ", "车棚电动车充电桩不够用", "车棚只有4个充电插座，下班高峰排队。",
	  "safety", 120,
	  { { "cz-leader", "accept", NULL, "cz-aux", NULL, 110 },
	    { "cz-aux", "done", NULL, NULL, "已增加2个插座。", 60 },
	    { "cz-officer", "reopen", "新增插座没有漏电保护，存在安全隐患，请按规范整改。", NULL, NULL, 40 } } },
	{ "cz-officer", "330702-GA-CZ", "建议食堂周末供应早餐", "周末值班同事较多，希望食堂周末也供应早餐。",
	  "welfare", 80,
	  { { "cz-leader", "decline", "周末值班人数不足以单独开伙，已协调附近早餐店配送。", NULL, NULL, 70 } } },
	{ "xg-officer", "330702-GA-XG", "档案室除湿机需要维修", "梅雨季档案室湿度超过70%，除湿机不工作。",
	  "facility", 60,
	  { { "xg-leader", "accept", NULL, "xg-officer", NULL, 55 } } },
	{ "cz-officer", "330702-GA-CZ", "接警大厅饮水机需要更换滤芯", "群众反映接警大厅饮水机的水有异味。",
	  "service", 50,
	  { { "cz-leader", "accept", NULL, "cz-officer", NULL, 48 },
	    { "cz-officer", "done", NULL, NULL, "已联系厂家更换滤芯并消毒，水质检测合格。", 20 } } },
	{ "cz-aux", "330702-GA-CZ", "值班室空调漏水", "值班室空调外机滴水到窗台，地面一直是湿的。", "facility", 30,
	  { { "cz-leader", "accept", "请尽快联系后勤维修", "cz-aux", NULL, 26 } } },
	{ "xg-officer", "330702-GA-XG", "户籍窗口排队叫号机故障", "叫号机经常卡纸，群众排队秩序混乱。",
	  "facility", 10, { { 0 } } },
	{ "cz-officer", "330702-GA-CZ", "三楼楼道灯坏了", "三楼东侧楼道灯不亮，晚上值班进出看不清，容易摔倒。",
	  "facility", 5, { { 0 } } },
	{ NULL, NULL, NULL, NULL, NULL, 0, { { 0 } } },
};

pa_err demo_load_user(struct db *db, const char *login, struct auth_user *u)
{
	struct db_conn *c = db_reader(db);
	int64_t id = c ? auth_user_id_by_login(c, login) : 0;

	return id ? auth_user_load(c, id, u) : PA_ERR_NOT_FOUND;
}

/* The instant the history is dated from (demo_history_seed sets it for the plans), and the
 * one demo photo, stored by the first event settled on the spot. */
static int64_t real_now, demo_photo;

/* Post i of posts[] with its steps (a job of the history). */
static pa_err post_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	const struct post *p = &posts[i];
	struct auth_user *u = malloc(sizeof *u), *other = malloc(sizeof *other);
	struct case_new n = { .type = case_type_find("suggestion"), .title = p->title,
		.body = p->body, .category = p->category };
	struct db_conn *c = db_reader(db);
	int64_t id;
	pa_err rc;

	(void)ctx;
	if (u == NULL || other == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	n.org_id = c ? org_id_by_code(c, p->org) : 0;
	if ((rc = demo_load_user(db, p->author, u)) != PA_OK)
		goto out;
	clock_set_fixed(real_now - (int64_t)(p->ago_h * 3600 * 1000));
	if ((rc = case_create(db, u, &n, &id, err)) != PA_OK)
		goto out;
	for (const struct step *s = p->steps; s->actor && rc == PA_OK; s++) {
		json_t *fields = json_object();
		if (s->assignee && demo_load_user(db, s->assignee, other) == PA_OK)
			json_object_set_new(fields, "assignee_id", json_integer(other->id));
		if (s->result)
			json_object_set_new(fields, "result", json_string(s->result));
		if ((rc = demo_load_user(db, s->actor, u)) == PA_OK) {
			clock_set_fixed(real_now - (int64_t)(s->ago_h * 3600 * 1000));
			rc = case_act(db, u, id, s->action, s->note, fields, -1, err);
		}
		json_decref(fields);
	}
out:
	free(u);
	free(other);
	return rc;
}

/* ------------------------------------------------------------------ the job list */

struct demo_job {
	int64_t at;
	int seq;                     /* planning order: the order of equal instants */
	demo_job_fn fn;
	void *ctx;
	int i;
};
struct demo_keep {
	void *p;
	void (*free_fn)(void *);
};
struct demo_jobs {
	struct demo_job *j;
	int n, cap;
	struct demo_keep *k;
	int nk, capk;
};

pa_err demo_job_add(struct demo_jobs *l, int64_t at, demo_job_fn fn, void *ctx, int i)
{
	if (l->n == l->cap) {
		int cap = l->cap ? l->cap * 2 : 256;
		struct demo_job *j = realloc(l->j, (size_t)cap * sizeof *j);
		if (j == NULL)
			return PA_ERR_NOMEM;
		l->j = j;
		l->cap = cap;
	}
	l->j[l->n] = (struct demo_job){ at, l->n, fn, ctx, i };
	l->n++;
	return PA_OK;
}

pa_err demo_job_keep(struct demo_jobs *l, void *p, void (*free_fn)(void *))
{
	if (l->nk == l->capk) {
		int cap = l->capk ? l->capk * 2 : 16;
		struct demo_keep *k = realloc(l->k, (size_t)cap * sizeof *k);
		if (k == NULL) {
			free_fn(p);
			return PA_ERR_NOMEM;
		}
		l->k = k;
		l->capk = cap;
	}
	l->k[l->nk++] = (struct demo_keep){ p, free_fn };
	return PA_OK;
}

static int job_older_first(const void *a, const void *b)
{
	const struct demo_job *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static pa_err posts_plan(struct demo_jobs *l)
{
	pa_err rc = PA_OK;

	for (int i = 0; posts[i].author && rc == PA_OK; i++)
		rc = demo_job_add(l, real_now - (int64_t)(posts[i].ago_h * 3600 * 1000), post_job,
		    NULL, i);
	return rc;
}

static pa_err events_plan(struct db *db, struct demo_jobs *l);

pa_err demo_history_seed(struct db *db, unsigned parts)
{
	struct demo_jobs l = { 0 };
	struct pa_error err = { 0 };
	pa_err rc = PA_OK;

	clock_set(NULL);
	real_now = clock_now_ms();
	demo_photo = 0;
	if (parts & DEMO_DESK) {
		if ((rc = desk_demo_plan(db, &l, real_now)) == PA_OK)
			rc = desk2_demo_plan(db, &l, real_now);
	}
	if (rc == PA_OK && (parts & DEMO_POSTS))
		rc = posts_plan(&l);
	if (rc == PA_OK && (parts & DEMO_EVENTS))
		rc = events_plan(db, &l);
	if (rc == PA_OK && (parts & DEMO_GOV)) {
		if ((rc = governance_demo_plan(db, &l, real_now)) == PA_OK)
			rc = patrol_demo_plan(db, &l, real_now);
	}
	/* oldest first, whichever seeder planned it */
	if (l.n > 1)
		qsort(l.j, (size_t)l.n, sizeof l.j[0], job_older_first);
	for (int k = 0; k < l.n && rc == PA_OK; k++)
		rc = l.j[k].fn(db, l.j[k].ctx, l.j[k].i, &err);
	if (rc != PA_OK)
		log_msg(LOG_ERROR, "demo history: %s (%s)", err.err != PA_OK ? err.message :
		    pa_err_str(rc), err.field);
	pa_error_clear(&err);
	clock_set(NULL);
	for (int k = 0; k < l.nk; k++)
		l.k[k].free_fn(l.k[k].p);
	free(l.k);
	free(l.j);
	return rc;
}

static const char SQL_ORG_COUNT[] = "SELECT COUNT(*) FROM orgs";

pa_err demo_seed(struct db *db, const char *password, FILE *out)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s;
	struct seed_ctx *sc = NULL;
	int64_t n = 0;
	pa_err rc;

	if (c == NULL || (s = db_prepare(c, SQL_ORG_COUNT)) == NULL)
		return PA_ERR_DB;
	if (db_step(s) == DB_ROW)
		n = db_col_int(s, 0);
	db_reset(s);
	if (n > 0)
		return PA_ERR_CONFLICT;
	/* the accounts share the demo password but not a hash: each has its own salt, so that
	 * one cracked hash is not every account's and equal hashes do not show who shares it */
	if ((sc = calloc(1, sizeof *sc)) == NULL)
		return PA_ERR_NOMEM;
	sc->password = password;
	if ((rc = hash_accounts(sc)) != PA_OK)
		goto out;
	if ((rc = db_write(db, seed_tree, sc)) != PA_OK)
		goto out;
	fprintf(out, "demo accounts (password: %s)\n", password);
	for (const struct demo_user *u = users; u->login; u++) {
		const char *org = "";
		for (const struct demo_org *o = orgs; o->code; o++)
			if (strcmp(o->code, u->org) == 0)
				org = o->name;
		fprintf(out, "  %-12s %-12s %s %s\n", u->login, u->role, org, u->name);
	}
	rc = PA_OK;
out:
	if (sc)
		sodium_memzero(sc->hash, sizeof sc->hash);
	free(sc);
	return rc;
}

/* ------------------------------------------------------------------ grid events */

/* Demo grid boundaries around 婺城区, 金华 (lat ~29.08, lon ~119.65): each community a band of
 * grids side by side; each grid has a bump on its north edge so that it is not a plain box. */
struct demo_band {
	const char *community;
	double lon0, width;
	int grids;
};
static const struct demo_band bands[] = {
	{ "330702001001", 119.640, 0.004, 3 },   /* 将军社区 */
	{ "330702001002", 119.652, 0.004, 3 },   /* 飘萍社区 */
	{ "330702002001", 119.628, 0.006, 2 },   /* 西关社区 */
	{ NULL, 0, 0, 0 },
};
#define DEMO_LAT0 29.078
#define DEMO_LAT1 29.088

static json_t *demo_rect(double x0, double x1, bool bump)
{
	json_t *ring = json_array();

	json_array_append_new(ring, json_pack("[f,f]", x0, DEMO_LAT0));
	json_array_append_new(ring, json_pack("[f,f]", x1, DEMO_LAT0));
	json_array_append_new(ring, json_pack("[f,f]", x1, DEMO_LAT1));
	if (bump)
		json_array_append_new(ring, json_pack("[f,f]", (x0 + x1) / 2, DEMO_LAT1 + 0.0012));
	json_array_append_new(ring, json_pack("[f,f]", x0, DEMO_LAT1));
	json_array_append_new(ring, json_pack("[f,f]", x0, DEMO_LAT0));
	return json_pack("{s:s, s:[o]}", "type", "Polygon", "coordinates", ring);
}

static pa_err seed_shapes(struct db_conn *c, void *ctx)
{
	pa_err rc;

	for (const struct demo_band *b = bands; b->community; b++) {
		json_t *g = demo_rect(b->lon0, b->lon0 + b->width * b->grids, false);
		rc = grids_put_shape(c, org_id_by_code(c, b->community), g);
		json_decref(g);
		if (rc != PA_OK)
			return rc;
		for (int i = 0; i < b->grids; i++) {
			char code[64];
			snprintf(code, sizeof code, "%s-G%02d", b->community, i + 1);
			g = demo_rect(b->lon0 + b->width * i, b->lon0 + b->width * (i + 1), true);
			rc = grids_put_shape(c, org_id_by_code(c, code), g);
			json_decref(g);
			if (rc != PA_OK)
				return rc;
		}
	}
	return PA_OK;
}

/* A 1x1 PNG: the photo of the demo's settled event. */
static const unsigned char demo_png[] = {
	0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
	0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
	0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8,
	0xCF, 0xC0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xDD, 0x8D, 0xB0, 0x00, 0x00, 0x00,
	0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
};

struct ev_step {
	const char *actor, *action, *note;
	const char *unit;            /* dispatch: department code */
	const char *result;          /* handle, settle */
	const char *rating;          /* rate */
	double ago_h;
};
struct ev_demo {
	const char *reporter, *category, *title, *body;
	double lon, lat;             /* 0: org by code below */
	const char *grid, *caller;
	double ago_h;
	struct ev_step steps[8];
};

/* points inside 将军社区第一网格 (the demo grid worker's grid) and 第二网格 */
#define G01 119.642, 29.083
#define G01B 119.6412, 29.0805
#define G01C 119.6431, 29.0862
#define G02 119.646, 29.083
static const struct ev_demo events[] = {
	{ "grid-worker", "XF03", "电动车在楼道充电", "3幢2单元楼道有电动车飞线充电，存在火灾隐患。", G01,
	  NULL, NULL, 150,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 149 },
	    { "operator", "dispatch", NULL, "330702001-D02", NULL, NULL, 148 } } },
	{ "grid-worker", "SZ02", "人行道地砖破损", "将军路人行道约5米地砖松动翘起，老人容易绊倒。", G01B,
	  NULL, NULL, 72,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 71 },
	    { "operator", "dispatch", NULL, "330702001-D01", NULL, NULL, 70 },
	    { "handler", "sign", NULL, NULL, NULL, NULL, 68 } } },
	{ "grid-worker", "SZ03", "雨水井盖缺失", "菜市场西侧雨水井盖缺失，已临时放置警示锥。", G01, NULL,
	  NULL, 100,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 99.5 },
	    { "operator", "dispatch", NULL, "330702001-D01", NULL, NULL, 99 },
	    { "handler", "sign", NULL, NULL, NULL, NULL, 98 } } },
	{ "grid-worker", "HJ02", "化粪池污水外溢", "12幢北侧化粪池污水外溢，气味很大。", G01, NULL, NULL, 50,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 49 },
	    { "operator", "dispatch", NULL, "330702001-D01", NULL, NULL, 48 },
	    { "handler", "sign", NULL, NULL, NULL, NULL, 47 },
	    { "handler", "handle", NULL, NULL, "已联系环卫清掏并消毒，管道已疏通。", NULL, 20 } } },
	{ "grid-worker", "SZ01", "路灯不亮", "将军路12号门口路灯连续三晚不亮。", G01C, NULL, NULL, 30,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 29 },
	    { "operator", "dispatch", NULL, "330702001-D01", NULL, NULL, 28 },
	    { "handler", "sign", NULL, NULL, NULL, NULL, 27 },
	    { "handler", "handle", NULL, NULL, "已更换灯泡，恢复照明。", NULL, 10 },
	    { "grid-worker", "verify_pass", NULL, NULL, NULL, NULL, 8 },
	    { "grid-worker", "rate", NULL, NULL, NULL, "satisfied", 7 } } },
	{ "grid-worker", "XF01", "楼道杂物堵塞消防通道", "5幢1单元楼道堆放旧家具。", G01B, NULL, NULL, 6,
	  { { "grid-worker", "settle", NULL, NULL, "已协调住户当场清理，通道畅通。", NULL, 5 } } },
	{ "citizen", "HJ03", "夜间施工噪声扰民", "晚上11点后仍有施工噪声。", G02, NULL, NULL, 2,
	  { { NULL, NULL, NULL, NULL, NULL, NULL, 0 } } },
	{ "grid-worker", "HJ01", "小区门口垃圾堆积", "东门垃圾桶满溢，周边堆放垃圾袋。", G01C, NULL, NULL, 1,
	  { { NULL, NULL, NULL, NULL, NULL, NULL, 0 } } },
	{ "operator", "MS01", "咨询居住证办理流程", "来电咨询居住证办理需要哪些材料。", 0, 0,
	  "330702001001-G03", "李先生", 26,
	  { { "operator", "reject", "属公安户政业务，已告知到派出所户籍窗口办理。", NULL, NULL, NULL, 25.5 } } },
	{ "operator", "WJ01", "屋顶违章搭建", "群众反映某小区顶楼新搭彩钢棚。", 0, 0, "330702001002-G02",
	  "匿名", 20,
	  { { "operator", "accept", NULL, NULL, NULL, NULL, 19 },
	    { "operator", "escalate", "涉及多部门联合执法，报区指挥中心协调。", NULL, NULL, NULL, 18 } } },
	{ "xg-operator", "SZ02", "西关社区路面积水", "下雨后西关路口积水严重。", 0, 0, "330702002001-G01",
	  "赵大爷", 3, { { NULL, NULL, NULL, NULL, NULL, NULL, 0 } } },
	{ NULL, NULL, NULL, NULL, 0, 0, NULL, NULL, 0, { { NULL, NULL, NULL, NULL, NULL, NULL, 0 } } },
};

/* Event i of events[] with its steps (a job of the history). */
static pa_err event_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	const struct ev_demo *e = &events[i];
	struct auth_user *u = malloc(sizeof *u);
	json_t *req = json_object();
	struct case_new n = { .type = case_type_find("event"), .title = e->title,
		.body = e->body, .category = e->category, .request = req };
	struct db_conn *c = db_reader(db);
	int64_t id;
	pa_err rc;

	(void)ctx;
	if (u == NULL || req == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	if (e->lon) {
		n.has_location = true;
		n.lon = e->lon;
		n.lat = e->lat;
	} else {
		n.org_id = c ? org_id_by_code(c, e->grid) : 0;
	}
	if (e->caller)
		json_object_set_new(req, "caller_name", json_string(e->caller));
	if ((rc = demo_load_user(db, e->reporter, u)) != PA_OK)
		goto out;
	clock_set_fixed(real_now - (int64_t)(e->ago_h * 3600 * 1000));
	if ((rc = case_create(db, u, &n, &id, err)) != PA_OK)
		goto out;
	for (const struct ev_step *s = e->steps; rc == PA_OK && s->action; s++) {
		json_t *f = json_object();
		clock_set_fixed(real_now - (int64_t)(s->ago_h * 3600 * 1000));
		if ((rc = demo_load_user(db, s->actor, u)) != PA_OK) {
			json_decref(f);
			break;
		}
		if (s->unit)
			json_object_set_new(f, "unit_id", json_integer(org_id_by_code(db_reader(db),
			    s->unit)));
		if (s->result)
			json_object_set_new(f, "result", json_string(s->result));
		if (s->rating)
			json_object_set_new(f, "rating", json_string(s->rating));
		if (strcmp(s->action, "settle") == 0) {
			if (demo_photo == 0)
				rc = attach_store(db, u->id, demo_png, sizeof demo_png, "image/png",
				    &demo_photo);
			json_object_set_new(f, "photos", json_pack("[I]", (json_int_t)demo_photo));
		}
		if (rc == PA_OK)
			rc = case_act(db, u, id, s->action, s->note, f, -1, err);
		json_decref(f);
	}
out:
	json_decref(req);
	free(u);
	return rc;
}

/* The grid shapes now (not history), then one job per event. */
static pa_err events_plan(struct db *db, struct demo_jobs *l)
{
	pa_err rc = db_write(db, seed_shapes, NULL);

	for (int i = 0; rc == PA_OK && events[i].reporter; i++)
		rc = demo_job_add(l, real_now - (int64_t)(events[i].ago_h * 3600 * 1000), event_job,
		    NULL, i);
	return rc;
}
