/* desk_demo.c — two years of front-desk history for the demo (`init --demo`): reception,
 * help requests, incidents, CCTV reviews and archive queries of 城中派出所 and 西关派出所, made
 * through the engine (case_create, case_act) on the fake clock, so every case has its timeline.
 *
 * The incidents are laid out so that GET /api/v1/stats/incidents for 城中派出所 over the last
 * year shows what the article says: 发案 50 against 100 the year before (-50 %), 破案率 46 %
 * against 31 % (+48 %), phone and e-bike thefts 18 solved of 20 filed (90 %). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "demo.h"
#include "desk.h"
#include "desk2.h"

#define DAY_MS (86400LL * 1000)
#define YEAR_DAYS 365

/* The history is dated from an hour before now. */
#define DD_BEHIND_MS (3600LL * 1000)

struct dd {
	struct db *db;
	const char *code;            /* the station's org code */
	int64_t now, org;
	struct auth_user *officer, *aux, *leader;
	uint32_t rng;
	struct pa_error err;
};

static uint32_t rnd(struct dd *d, uint32_t n)
{
	d->rng ^= d->rng << 13;
	d->rng ^= d->rng >> 17;
	d->rng ^= d->rng << 5;
	return n ? d->rng % n : 0;
}

static void at(struct dd *d, double days_ago)
{
	clock_set_fixed(d->now - (int64_t)(days_ago * (double)DAY_MS));
}

static pa_err mk(struct dd *d, struct auth_user *u, const char *type, const char *title,
    const char *category, json_t *req, int64_t link, int64_t *id)
{
	struct case_new n = { .type = case_type_find(type), .title = title, .category = category,
		.org_id = d->org, .request = req };
	json_t *links = link ? json_pack("[I]", (json_int_t)link) : NULL;
	pa_err rc;

	n.links = links;
	rc = case_create(d->db, u, &n, id, &d->err);
	json_decref(links);
	json_decref(req);
	return rc;
}

static pa_err act(struct dd *d, struct auth_user *u, int64_t id, const char *action,
    const char *note, json_t *fields)
{
	pa_err rc = case_act(d->db, u, id, action, note, fields, -1, &d->err);

	json_decref(fields);
	return rc;
}

static json_t *now_str(void)
{
	char t[TIME_STR_MAX];

	time_format(clock_now_ms(), t);
	return json_string(t);
}

/* ------------------------------------------------------------------ incidents */

struct inc_batch {
	const char *category;
	int year;                 /* 0: the last 365 days, 1: the year before */
	int filed, solved;
};
static const struct inc_batch cz_incidents[] = {
	{ "XS01", 0, 12, 11 }, { "XS02", 0, 8, 7 }, { "XS03", 0, 6, 2 }, { "XS04", 0, 12, 1 },
	{ "XS06", 0, 4, 1 }, { "ZA01", 0, 5, 1 }, { "ZA02", 0, 3, 0 },
	{ "XS01", 1, 28, 11 }, { "XS02", 1, 22, 9 }, { "XS03", 1, 14, 3 }, { "XS04", 1, 18, 3 },
	{ "XS05", 1, 4, 1 }, { "XS06", 1, 6, 2 }, { "ZA01", 1, 8, 2 },
	{ NULL, 0, 0, 0 },
};
static const struct inc_batch xg_incidents[] = {
	{ "XS01", 0, 6, 3 }, { "XS02", 0, 5, 3 }, { "XS03", 0, 4, 1 }, { "XS04", 0, 8, 1 },
	{ "ZA01", 0, 3, 1 },
	{ "XS01", 1, 7, 3 }, { "XS02", 1, 6, 2 }, { "XS03", 1, 5, 1 }, { "XS04", 1, 7, 1 },
	{ "ZA01", 1, 3, 1 },
	{ NULL, 0, 0, 0 },
};

static const char *const places[] = { "人民路菜市场", "城中小区车棚", "火车站广场", "八一南街",
	"解放东路夜市", "将军路公交站", "古子城步行街", "飘萍路学校门口" };

static const char *inc_title(const char *cat, struct dd *d, char *buf, size_t n)
{
	static const char *const what[][2] = {
		{ "XS01", "手机被盗" }, { "XS02", "电动车被盗" }, { "XS03", "居民家中被盗" },
		{ "XS04", "群众被电信诈骗" }, { "XS05", "挎包被抢夺" }, { "XS06", "酒后故意伤害" },
		{ "ZA01", "打架斗殴" }, { "ZA02", "醉酒滋事扰乱秩序" }, { "JF01", "邻里噪音纠纷" },
		{ "QZ01", "群众求助" }, { "JT01", "两车剐蹭" },
	};
	const char *w = "警情";

	for (size_t i = 0; i < sizeof what / sizeof what[0]; i++)
		if (strcmp(what[i][0], cat) == 0)
			w = what[i][1];
	snprintf(buf, n, "%s%s", places[rnd(d, sizeof places / sizeof places[0])], w);
	return buf;
}

static const char *const methods[] = { "调取监控锁定嫌疑人，抓获归案", "走访排查，嫌疑人到案",
	"比对串并案件，抓获团伙", "网上追逃，嫌疑人落网" };

/* One filed incident: registered, filed (立案) soon after, solved within a few weeks if
 * solved (inside the same year, so that each year's 破案率 is its own), closed later. */
static pa_err incident_one(struct dd *d, const char *cat, double day, bool solved)
{
	char title[LIM_TITLE_CHARS];
	json_t *req = json_object();
	double limit = day >= YEAR_DAYS ? day - YEAR_DAYS - 1 : day - 1, delay;
	int64_t id;
	pa_err rc;

	at(d, day);
	json_object_set_new(req, "officer_id", json_integer(d->officer->id));
	json_object_set_new(req, "occurred_at", now_str());
	if ((rc = mk(d, d->aux, "incident", inc_title(cat, d, title, sizeof title), cat, req, 0, &id))
	    != PA_OK)
		return rc;
	at(d, day - 0.2);
	if ((rc = act(d, d->officer, id, "file", NULL, json_object())) != PA_OK || !solved)
		return rc;
	delay = 2 + rnd(d, 24);
	if (delay > limit - 0.2)
		delay = limit - 0.2 > 0.3 ? limit - 0.2 : 0.3;
	at(d, day - 0.2 - delay);
	if ((rc = act(d, d->officer, id, "solve", NULL, json_pack("{s:o, s:s}", "solved_at",
	    now_str(), "method", methods[rnd(d, 4)]))) != PA_OK)
		return rc;
	if (day - delay < 4)
		return PA_OK;
	at(d, day - delay - 3);
	return act(d, d->leader, id, "close", "赃物已发还，案件办结", json_object());
}

/* ------------------------------------------------------------------ the rest of the desk */

static const char *const purposes[] = { "consult", "certificate", "certificate", "report",
	"help", "complaint", "inform", "consult", "other" };
static const char *const visit_titles[] = { "咨询户口迁移手续", "办理居住证", "补办身份证",
	"报称手机被盗", "求助寻找走失老人", "投诉夜间施工噪音", "反映小区门口乱停车",
	"咨询出入境证件办理", "询问无犯罪记录证明" };
static const char *const help_cats[] = { "seek_person", "seek_item", "lost_elder_child",
	"drunk_unwell", "unlock_hardship", "traffic", "other" };
static const char *const help_titles[] = { "寻找走失的父亲", "公交车上遗失钱包", "老人迷路找不到家",
	"醉酒男子倒在路边", "钥匙锁在屋内", "电动车没电推行求助", "外地游客求助" };

static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
static const char *const given[] = { "秀英", "建华", "丽娟", "志强", "海燕", "国平", "小红", "文斌" };

/* A made-up person of role (a name and a mobile number) for the persons registry. */
static json_t *person(struct dd *d, const char *role)
{
	char name[32], phone[16];

	snprintf(name, sizeof name, "%s%s", surnames[rnd(d, 10)], given[rnd(d, 8)]);
	snprintf(phone, sizeof phone, "13%u%08u", 5 + rnd(d, 5), rnd(d, 100000000));
	return json_pack("[{s:s, s:s, s:s}]", "role", role, "name", name, "phone", phone);
}

/* A reception; one asking for help, and every fourth, starts a help request (linked); open
 * ones (recent) are left as they are. */
static pa_err visit_one(struct dd *d, double day, int i, bool open)
{
	int k = open ? 4 : (int)rnd(d, 9), c = (int)rnd(d, 7);
	int64_t v, h;
	pa_err rc;

	at(d, day);
	if ((rc = mk(d, d->aux, "visit", visit_titles[k], NULL, json_pack("{s:s, s:o}", "purpose",
	    purposes[k], "persons", person(d, "visitor")), 0, &v)) != PA_OK)
		return rc;
	if (strcmp(purposes[k], "help") == 0 || i % 4 == 0) {
		at(d, day - 0.0001);
		if ((rc = mk(d, d->aux, "help", help_titles[c], help_cats[c], json_pack("{s:s, s:o}",
		    "urgency", c == 2 ? "urgent" : "normal", "persons", person(d, "requester")), v, &h))
		    != PA_OK)
			return rc;
		if (open)
			return PA_OK;
		at(d, day - 0.02);
		rc = act(d, d->officer, h, "assign", NULL, json_pack("{s:I}", "assignee_id",
		    (json_int_t)d->officer->id));
		at(d, day - 0.02 - (1 + rnd(d, 40)) / 24.0);
		if (rc == PA_OK)
			rc = act(d, d->officer, h, "resolve", NULL, json_pack("{s:s}", "result",
			    "已找到并交还当事人"));
	}
	if (rc != PA_OK || open)
		return rc;
	at(d, day - 0.015);
	return act(d, d->aux, v, "finish", NULL, json_pack("{s:s, s:i}", "outcome",
	    "已当场答复处理", "minutes", (int)(5 + rnd(d, 36))));
}

/* What the demo's CCTV reviews look for, in turn (title, cameras, reason, the camera viewed).
 * Each review is its own case with its own approval notice: with one title for all seventeen,
 * the leader's inbox read like one notice repeated (a role walk took it for a bug). */
static const char *const cctv_asks[][4] = {
	{ "调阅路口监控查找线索", "人民路与八一街交叉口 1–4 号探头", "查找被盗电动车去向",
	  "人民路与八一街交叉口 2 号探头" },
	{ "调阅小区门口监控核实走失老人去向", "和平小区东门、南门探头", "核实走失老人离开小区的时间和方向",
	  "和平小区东门探头" },
	{ "调阅商场监控查找遗失钱包", "百货大楼一层中庭 3–6 号探头", "群众报称在商场内遗失钱包",
	  "百货大楼一层中庭 5 号探头" },
	{ "调阅停车场监控核实车辆剐蹭", "农贸市场停车场 1–2 号探头", "核实车辆剐蹭经过及肇事车辆",
	  "农贸市场停车场 1 号探头" },
	{ "调阅公交站监控查找盗窃嫌疑人", "火车站公交枢纽 7–9 号探头", "查找扒窃嫌疑人体貌特征及去向",
	  "火车站公交枢纽 8 号探头" },
};

/* A CCTV review: most approved, viewed and concluded; some refused; a recent one waits. */
static pa_err cctv_one(struct dd *d, double day, int i, bool open)
{
	const char *const *ask = cctv_asks[i % (int)(sizeof cctv_asks / sizeof cctv_asks[0])];
	char from[TIME_STR_MAX], to[TIME_STR_MAX];
	int64_t id;
	pa_err rc;

	at(d, day);
	time_format(clock_now_ms() - 6 * 3600 * 1000, from);
	time_format(clock_now_ms() - 2 * 3600 * 1000, to);
	if ((rc = mk(d, d->officer, "cctv", ask[0], NULL,
	    json_pack("{s:s, s:s, s:s, s:s}", "cameras", ask[1], "window_from", from, "window_to", to,
	    "reason", ask[2]), 0, &id)) != PA_OK || open)
		return rc;
	at(d, day - 0.05);
	if (i % 7 == 3)
		return act(d, d->leader, id, "refuse", "调阅理由不充分，请补充说明", json_object());
	if ((rc = act(d, d->leader, id, "approve", NULL, json_object())) != PA_OK)
		return rc;
	at(d, day - 0.1);
	if ((rc = act(d, d->officer, id, "record_view", NULL, json_pack("{s:s}", "cameras",
	    ask[3]))) != PA_OK)
		return rc;
	at(d, day - 0.12);
	return act(d, d->officer, id, "conclude", NULL, json_pack("{s:b, s:s}", "found",
	    i % 4 != 1, "notes", i % 4 != 1 ? "发现嫌疑人行踪" : "未发现有效线索"));
}

static pa_err archive_one(struct dd *d, double day, int i, bool open)
{
	int64_t id;
	pa_err rc;

	at(d, day);
	if ((rc = mk(d, d->aux, "archive", "开具证明", NULL, json_pack("{s:s, s:s, s:o}", "purpose",
	    i % 2 ? "子女入学" : "出国留学", "asked", i % 2 ? "household" : "no_crime", "persons",
	    person(d, "requester")), 0, &id))
	    != PA_OK || open)
		return rc;
	at(d, day - 0.05);
	if ((rc = act(d, d->leader, id, "approve", NULL, json_object())) != PA_OK)
		return rc;
	at(d, day - 0.1);
	if ((rc = act(d, d->aux, id, "answer", NULL, json_pack("{s:s}", "result", "已出具证明一份")))
	    != PA_OK)
		return rc;
	return act(d, d->aux, id, "close", NULL, json_object());
}

/* Incidents that are not cases: 不予立案 or settled on the spot (k 0, 1, 2), or still open. */
static pa_err other_incident(struct dd *d, double day, int k, bool open)
{
	const char *cat = open ? (k ? "XS02" : "XS01") : k == 0 ? "JF01" : k == 1 ? "QZ01" : "JT01";
	char title[LIM_TITLE_CHARS];
	int64_t id;
	pa_err rc;

	at(d, day);
	if ((rc = mk(d, d->aux, "incident", inc_title(cat, d, title, sizeof title), cat,
	    json_object(), 0, &id)) != PA_OK || open)
		return rc;
	at(d, day - 0.1);
	return k == 0 ? act(d, d->officer, id, "no_case", "属民事纠纷，已当场调解", json_object()) :
	    act(d, d->officer, id, "close", "已当场处置", json_object());
}

/* ------------------------------------------------------------------ the plan */

/* Every item is one job of the demo's history (demo.c), which runs all the seeders' jobs in
 * time order: ids rise with created_at across the whole demo (lists are newest first by id).
 * The history lies before the last HISTORY_MIN_DAYS; today's open desk within TODAY_MAX_DAYS. */
#define HISTORY_MIN_DAYS 14.0
#define TODAY_MAX_DAYS   0.15
#define PLAN_MAX         512

struct item {
	double day;
	char what;                /* I filed incident, N other incident, V visit, C CCTV, A archive */
	const char *cat;
	bool flag;                /* I: solved; others: left open */
	int k;
};
struct plan {
	struct dd *d;                /* the station (and phase) the items belong to */
	struct item it[PLAN_MAX];
	int n;
};

static void add(struct plan *p, double day, char what, const char *cat, bool flag, int k)
{
	if (p->n < PLAN_MAX)
		p->it[p->n++] = (struct item){ day, what, cat, flag, k };
}

static void plan_history(struct dd *d, struct plan *p, const struct inc_batch *b, int visits,
    int cctvs, int archives)
{
	const double span = YEAR_DAYS - HISTORY_MIN_DAYS - 10;

	for (; b->category; b++)
		for (int i = 0; i < b->filed; i++)
			add(p, (b->year ? YEAR_DAYS + 5 : HISTORY_MIN_DAYS + 1) + (double)i * span / b->filed +
			    rnd(d, 5) + rnd(d, 10) / 10.0, 'I', b->category,
			    /* the solved ones spread over the year, as many as b->solved */
			    (i + 1) * b->solved / b->filed > i * b->solved / b->filed, 0);
	for (int i = 0; i < 6; i++)
		add(p, HISTORY_MIN_DAYS + 5 + i * 110 + rnd(d, 20), 'N', NULL, false, i % 3);
	for (int i = 0; i < visits; i++)
		add(p, HISTORY_MIN_DAYS + (double)i * 700.0 / visits + rnd(d, 3) + rnd(d, 10) / 10.0, 'V',
		    NULL, false, i);
	for (int i = 0; i < cctvs; i++)
		add(p, HISTORY_MIN_DAYS + 1 + (double)i * 700.0 / cctvs + rnd(d, 3) + rnd(d, 10) / 10.0,
		    'C', NULL, false, i);
	for (int i = 0; i < archives; i++)
		add(p, HISTORY_MIN_DAYS + 2 + (double)i * 700.0 / archives + rnd(d, 3), 'A', NULL, false,
		    i);
}

/* Today's open desk: a visitor with a help request, two thefts just reported, a CCTV review
 * and an archive query waiting for the leader. */
static void plan_today(struct plan *p)
{
	add(p, TODAY_MAX_DAYS, 'V', NULL, true, 0);
	add(p, TODAY_MAX_DAYS * 0.8, 'N', NULL, true, 0);
	add(p, TODAY_MAX_DAYS * 0.6, 'N', NULL, true, 1);
	add(p, TODAY_MAX_DAYS * 0.4, 'C', NULL, true, 0);
	add(p, TODAY_MAX_DAYS * 0.2, 'A', NULL, true, 0);
}

static struct auth_user *user_of(struct db *db, const char *login)
{
	struct db_conn *c = db_reader(db);
	struct auth_user *u = malloc(sizeof *u);
	int64_t id = c ? auth_user_id_by_login(c, login) : 0;

	if (u && (id == 0 || auth_user_load(c, id, u) != PA_OK)) {
		free(u);
		return NULL;
	}
	return u;
}

/* The station's people; false when an account is missing. */
static bool station(struct dd *d, struct db *db, const char *code, const char *officer,
    const char *aux, const char *leader)
{
	free(d->officer);
	if (d->aux != d->officer)
		free(d->aux);
	free(d->leader);
	d->officer = user_of(db, officer);
	d->aux = strcmp(aux, officer) == 0 ? d->officer : user_of(db, aux);
	d->leader = user_of(db, leader);
	d->org = org_id_by_code(db_reader(db), code);
	d->code = code;
	return d->officer && d->aux && d->leader && d->org;
}

static void station_free(struct dd *d)
{
	free(d->officer);
	if (d->aux != d->officer)
		free(d->aux);
	free(d->leader);
	d->officer = d->aux = d->leader = NULL;
}

/* Item i of plan ctx at its day, as the history's job list runs it. */
static pa_err item_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	struct plan *p = ctx;
	const struct item *x = &p->it[i];
	struct dd *d = p->d;
	pa_err rc;

	(void)db;
	switch (x->what) {
	case 'I': rc = incident_one(d, x->cat, x->day, x->flag); break;
	case 'N': rc = other_incident(d, x->day, x->k, x->flag); break;
	case 'V': rc = visit_one(d, x->day, x->k, x->flag); break;
	case 'C': rc = cctv_one(d, x->day, x->k, x->flag); break;
	default: rc = archive_one(d, x->day, x->k, x->flag); break;
	}
	if (rc != PA_OK && d->err.err != PA_OK)
		pa_error_move(err, &d->err);
	return rc;
}

static void dd_free(void *p)
{
	struct dd *d = p;

	station_free(d);
	pa_error_clear(&d->err);
	free(d);
}

/* The desk of one station in one phase (0: the two years of history, 1: today's open desk)
 * as jobs: one per item, at its day. */
static pa_err station_plan(struct db *db, struct demo_jobs *l, int64_t now, int phase,
    const char *code, const char *officer, const char *aux, const char *leader,
    const struct inc_batch *b, int visits, int cctvs, int archives)
{
	struct dd *d = calloc(1, sizeof *d);
	struct plan *p;
	pa_err rc = PA_OK;

	if (d == NULL || (rc = demo_job_keep(l, d, dd_free)) != PA_OK)
		return PA_ERR_NOMEM;
	if ((p = calloc(1, sizeof *p)) == NULL || (rc = demo_job_keep(l, p, free)) != PA_OK)
		return PA_ERR_NOMEM;
	d->db = db;
	d->now = now - DD_BEHIND_MS;
	d->rng = 20261202u + (uint32_t)phase;
	if (!station(d, db, code, officer, aux, leader))
		return PA_ERR_NOT_FOUND;
	p->d = d;
	if (phase == 0)
		plan_history(d, p, b, visits, cctvs, archives);
	else
		plan_today(p);
	for (int i = 0; i < p->n && rc == PA_OK; i++)
		rc = demo_job_add(l, d->now - (int64_t)(p->it[i].day * (double)DAY_MS), item_job, p,
		    i);
	return rc;
}

pa_err desk_demo_plan(struct db *db, struct demo_jobs *l, int64_t now)
{
	pa_err rc = PA_OK;

	/* 西关 has no auxiliary: its officer registers */
	for (int phase = 0; phase < 2 && rc == PA_OK; phase++)
		if ((rc = station_plan(db, l, now, phase, "330702-GA-CZ", "cz-officer", "cz-aux",
		    "cz-leader", cz_incidents, 60, 16, 10)) == PA_OK)
			rc = station_plan(db, l, now, phase, "330702-GA-XG", "xg-officer", "xg-officer",
			    "xg-leader", xg_incidents, 24, 6, 4);
	return rc;
}
