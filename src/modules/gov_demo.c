/* gov_demo.c — demo governance data of `pingan init --demo`: disputes held at each mediation
 * level (调委会, 司法所, 矛调中心, 诉调对接), one agreed and waiting for its follow-up visit;
 * five open risks, one of each level at grids and a community (the grid map's heat layer);
 * complaints (投诉) about communities and departments: two upheld, one not, two open (one near
 * its 15-day deadline). */
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "demo.h"
#include "governance.h"

struct gd_step {
	const char *actor, *action, *note;
	const char *fields;          /* JSON text; record_session gets its date from the clock */
	double ago_h;
};
struct gd_case {
	const char *type, *creator, *org, *category, *title, *body;
	const char *request;         /* extra create fields as JSON text, or NULL */
	double ago_h;
	struct gd_step steps[6];
};

/* The parties (当事人), registered in the persons registry through the create's "persons". */
#define PARTIES(a, ap, r, rp) \
	"{\"persons\":[{\"role\":\"applicant\",\"name\":\"" a "\",\"phone\":\"" ap "\"}," \
	"{\"role\":\"respondent\",\"name\":\"" r "\",\"phone\":\"" rp "\"}]}"

/* A complaint's create fields: what about and the complainant (投诉人). */
#define COMPLAINT(about, name, phone) \
	"{\"about\":\"" about "\",\"persons\":[{\"role\":\"complainant\",\"name\":\"" name \
	"\",\"phone\":\"" phone "\"}]}"

#define SESSION(place, who, notes) \
	"{\"place\":\"" place "\",\"attendees\":\"" who "\",\"notes\":\"" notes "\"}"

#define NO_STEPS { { NULL, NULL, NULL, NULL, 0 } }

static const struct gd_case cases[] = {
	{ "dispute", "mediator", "330702001001-G01", "neighbour", "楼上漏水引发邻里纠纷",
	  "5幢301卫生间漏水至201，双方多次争吵。",
	  PARTIES("王建明", "13805791234", "李秀英", "13905792345"), 50,
	  { { "mediator", "record_session", NULL,
	      SESSION("将军社区调解室", "双方当事人、调解员陈红", "查看漏水点，双方同意请物业检测。"), 48 } } },
	{ "dispute", "mediator", "330702001001", "property", "物业费收缴争议",
	  "12幢业主以电梯长期故障为由拒交物业费，物业公司要求补缴。",
	  PARTIES("陈国平", "13705793456", "赵丽华", "057982345678"), 120,
	  { { "mediator", "record_session", NULL,
	      SESSION("将军社区调解室", "业主代表、物业经理", "双方分歧较大。"), 118 },
	    { "mediator", "escalate", "涉及多户业主和物业公司，社区调解未果，报街道司法所。", NULL, 110 } } },
	{ "dispute", "town-mediator", "330702001002", "labour", "装修工程款拖欠",
	  "装修队12名工人称工程款被拖欠三个月。",
	  PARTIES("刘志强", "13605794567", "孙建军", "13505795678"), 200,
	  { { "town-mediator", "escalate", "社区调委会调解未果，报街道司法所。", NULL, 195 },
	    { "town-mediator", "escalate", "人数较多、金额较大，报区矛调中心联合调处。", NULL, 190 } } },
	{ "dispute", "mediator", "330702001001-G02", "family", "赡养老人费用分担",
	  "兄妹三人就母亲赡养费用分担发生争执。",
	  PARTIES("周小燕", "13405796789", "周大伟", "13305797890"), 6 * 24 + 4,
	  { { "mediator", "record_session", NULL,
	      SESSION("将军社区调解室", "兄妹三人、调解员陈红", "逐项核对医药费与生活费。"), 6 * 24 + 2 },
	    { "mediator", "agree", NULL,
	      "{\"terms\":\"兄妹三人每月各承担母亲生活费八百元，医药费按票据平均分担。\"}", 6 * 24 } } },
	/* open risks for the register and the grid map's heat layer (风险热力), one per level */
	{ "risk", "operator", "330702001001-G01", "public_safety", "老旧小区燃气管道老化",
	  "3幢、5幢燃气立管锈蚀，居民反映有异味。",
	  "{\"source\":\"patrol\",\"likelihood\":5,\"impact\":4}", 30, NO_STEPS },
	{ "risk", "operator", "330702001001", "social_conflict", "物业费争议或引发群体性上访",
	  "12幢业主与物业公司矛盾激化，部分业主酝酿集体上访。",
	  "{\"source\":\"report\",\"likelihood\":4,\"impact\":3}", 26, NO_STEPS },
	{ "risk", "operator", "330702001002-G02", "public_safety", "沿街商铺消防通道堵塞",
	  "八一南街沿街商铺占用消防通道堆放货物。",
	  "{\"source\":\"patrol\",\"likelihood\":3,\"impact\":2}", 20, NO_STEPS },
	{ "risk", "operator", "330702001002-G03", "cyber", "老年人电信网络诈骗防范薄弱",
	  "辖区独居老人多，反诈宣传覆盖不足。",
	  "{\"source\":\"report\",\"likelihood\":1,\"impact\":2}", 12, NO_STEPS },
	{ "risk", "xg-operator", "330702002001-G02", "public_order", "夜宵摊点聚集易发酒后滋事",
	  "西关路夜宵摊点深夜聚集，近期多次发生酒后争吵。",
	  "{\"source\":\"patrol\",\"likelihood\":3,\"impact\":4}", 8, NO_STEPS },
	/* complaints (投诉): the unit complained about is the case's unit. None is about a station:
	 * the desk's demo history keeps a station's case ids growing with their creation time, and
	 * one seeded here, days back, would break that order. */
	{ "complaint", "citizen", "330702001001", NULL, "社区办理居住证明推诿",
	  "社区工作人员让群众多次往返补材料。",
	  COMPLAINT("delay", "钱女士", "13905790000"), 20 * 24,
	  { { "street-leader", "uphold", NULL,
	      "{\"findings\":\"经核实，社区未一次性告知所需材料，已通报批评并推行一次性告知制度。\"}",
	      10 * 24 } } },
	{ "complaint", "citizen", "330702001001", NULL, "楼道堆物多次反映无人处理",
	  "向社区反映楼道堆放杂物两周，仍未清理。",
	  COMPLAINT("inaction", "钱女士", "13905790000"), 14 * 24, { { NULL, NULL, NULL, NULL, 0 } } },
	{ "complaint", "operator", "330702001-D01", NULL, "路灯报修后迟迟未修",
	  "群众反映报修路灯一个月未修复。",
	  COMPLAINT("delay", "孙海涛", "13605791222"), 12 * 24,
	  { { "street-leader", "reject", NULL,
	      "{\"findings\":\"经核实，该路段线路改造已列入计划并告知报修人，不属于拖延。\"}",
	      5 * 24 } } },
	{ "complaint", "xg-operator", "330702002001", NULL, "社区工作人员接待态度冷淡",
	  "来访群众称工作人员边玩手机边接待。",
	  COMPLAINT("attitude", "周建华", "13705791333"), 8 * 24,
	  { { "admin", "uphold", NULL,
	      "{\"findings\":\"调取监控属实，已对当事工作人员批评教育。\"}", 3 * 24 } } },
	{ "complaint", "xg-operator", "330702002-D01", NULL, "占道经营多次投诉未见处理",
	  "群众反映菜场门口占道经营，城管中队接报后未到场。",
	  COMPLAINT("inaction", "孙海涛", "13605791222"), 3 * 24, { { NULL, NULL, NULL, NULL, 0 } } },
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, { { NULL, NULL, NULL, NULL, 0 } } },
};

/* The court-level demo dispute: the county one escalated once more (诉调对接). */
static const struct gd_step court_steps[] = {
	{ "county-mediator", "escalate", "多次调解未果，转法院诉前调解。", NULL, 150 },
	{ NULL, NULL, NULL, NULL, 0 },
};

static pa_err step_run(struct db *db, struct auth_user *u, int64_t id, const struct gd_step *s,
    int64_t real_now, struct pa_error *err)
{
	json_t *f = s->fields ? json_loads(s->fields, 0, NULL) : json_object();
	char at[TIME_STR_MAX];
	pa_err rc;

	if (f == NULL)
		return PA_ERR_NOMEM;
	clock_set_fixed(real_now - (int64_t)(s->ago_h * 3600 * 1000));
	if (strcmp(s->action, "record_session") == 0) {
		time_format(clock_now_ms(), at);
		json_object_set_new(f, "date", json_string(at));
	}
	rc = demo_load_user(db, s->actor, u);
	if (rc == PA_OK)
		rc = case_act(db, u, id, s->action, s->note, f, -1, err);
	json_decref(f);
	return rc;
}

/* The demo campaign (专项整治) of 城中街道 over its two communities, with items in every state:
 * verified, rectified and waiting, open and overdue, open in time, sent back once; 将军社区's
 * mediator (its only staff in the demo) reports the rectifications. */
struct gd_item {
	const char *org, *title, *address;
	int seq;
	double ago_h, due_h;         /* created ago_h hours ago; deadline due_h from now */
	struct gd_step steps[3];
};
static const struct gd_item campaign_items[] = {
	{ "330702001001", "5幢楼道堆放杂物堵塞消防通道", "将军社区5幢1单元", 1, 400, -100,
	  { { "mediator", "rectify", "已清理楼道杂物，张贴禁止堆放提示。", NULL, 300 },
	    { "street-leader", "verify", NULL, NULL, 280 } } },
	{ "330702001001", "车棚电动车飞线充电", "将军社区12幢车棚", 2, 300, 72,
	  { { "mediator", "rectify", "已拆除飞线，联系物业安装充电桩。", NULL, 20 } } },
	{ "330702001001", "出租屋未登记流动人口", "将军社区8幢302室", 3, 350, -72, { { 0 } } },
	{ "330702001001", "楼道内电动车充电", "将军社区3幢", 2, 260, 48,
	  { { "mediator", "rectify", "已劝离电动车。", NULL, 200 },
	    { "street-leader", "reject", "现场复查仍有电动车在楼道充电，请落实长效措施。", NULL, 150 } } },
	{ "330702001002", "商铺后门消防通道被占用", "飘萍社区人民路88号", 1, 100, 240, { { 0 } } },
	{ "330702001002", "群租房未登记", "飘萍社区6幢501室", 3, 380, -30, { { 0 } } },
	{ NULL, NULL, NULL, 0, 0, 0, { { 0 } } },
};

/* The instant the history is dated from, and the demo campaign once made (its items follow). */
static int64_t real_now, campaign_id;

/* Case i of cases[] with its steps; i == -1: the court copy of the county dispute. */
static pa_err case_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	const struct gd_case *d = &cases[i < 0 ? 2 : i];
	struct auth_user *u = malloc(sizeof *u);
	json_t *req = i < 0 ? json_loads(PARTIES("吴晓东", "13205798901", "郑海波", "13105799012"), 0,
	    NULL) : d->request ? json_loads(d->request, 0, NULL) : json_object();
	struct case_new n = { .type = case_type_find(d->type), .title = d->title,
		.body = d->body, .category = d->category, .request = req };
	struct db_conn *c = db_reader(db);
	int64_t id = 0;
	pa_err rc;

	(void)ctx;
	if (u == NULL || req == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	if (i < 0) {                 /* one more dispute like the county one goes on to the court */
		n.title = "交通事故赔偿争议";
		n.body = "电动车与行人相撞，双方就赔偿金额争执不下。";
		n.category = "traffic";
		n.org_id = c ? org_id_by_code(c, "330702001002") : 0;
	} else {
		n.org_id = c ? org_id_by_code(c, d->org) : 0;
	}
	if ((rc = demo_load_user(db, d->creator, u)) == PA_OK) {
		clock_set_fixed(real_now - (int64_t)(d->ago_h * 3600 * 1000));
		rc = case_create(db, u, &n, &id, err);
	}
	for (const struct gd_step *s = d->steps; rc == PA_OK && s->action; s++)
		rc = step_run(db, u, id, s, real_now, err);
	for (const struct gd_step *s = court_steps; i < 0 && rc == PA_OK && s->action; s++)
		rc = step_run(db, u, id, s, real_now, err);
out:
	json_decref(req);
	free(u);
	return rc;
}

#define CAMPAIGN_AGO_MS (20 * 24 * 3600 * 1000LL)

/* The demo campaign of 城中街道, 20 days ago. */
static pa_err campaign_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	struct db_conn *c = db_reader(db);
	struct auth_user *u = malloc(sizeof *u);
	char from[TIME_STR_MAX], to[TIME_STR_MAX];
	json_t *req = NULL;
	pa_err rc = PA_ERR_NOMEM;

	(void)ctx;
	(void)i;
	if (c == NULL || u == NULL)
		goto out;
	time_format(real_now - CAMPAIGN_AGO_MS, from);
	time_format(real_now + 40 * 24 * 3600 * 1000LL, to);
	req = json_pack("{s:s, s:s, s:[I, I], s:[s, s, s]}", "period_from", from, "period_to", to,
	    "unit_ids", (json_int_t)org_id_by_code(c, "330702001001"),
	    (json_int_t)org_id_by_code(c, "330702001002"), "checklist", "消防通道堵塞",
	    "电动车违规充电", "出租屋未登记");
	struct case_new n = { .type = case_type_find("campaign"),
		.title = "城中街道消防安全和出租屋专项整治",
		.body = "集中排查整治消防通道堵塞、电动车违规充电和出租屋未登记问题。",
		.org_id = org_id_by_code(c, "330702001"), .request = req };
	if ((rc = demo_load_user(db, "street-leader", u)) == PA_OK) {
		clock_set_fixed(real_now - CAMPAIGN_AGO_MS);
		rc = case_create(db, u, &n, &campaign_id, err);
	}
out:
	json_decref(req);
	free(u);
	return rc;
}

/* Item i of the campaign with its steps. */
static pa_err campaign_item_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	const struct gd_item *it = &campaign_items[i];
	struct db_conn *c = db_reader(db);
	struct auth_user *u = malloc(sizeof *u);
	char due[TIME_STR_MAX];
	json_t *req;
	int64_t id = 0;
	pa_err rc;

	(void)ctx;
	if (u == NULL || c == NULL) {
		free(u);
		return PA_ERR_NOMEM;
	}
	time_format(real_now + (int64_t)(it->due_h * 3600 * 1000), due);
	req = json_pack("{s:I, s:s, s:i}", "campaign_id", (json_int_t)campaign_id, "deadline", due,
	    "checklist_seq", it->seq);
	struct case_new m = { .type = case_type_find("campaign_item"), .title = it->title,
		.address = it->address, .org_id = org_id_by_code(c, it->org), .request = req };
	if ((rc = demo_load_user(db, "street-leader", u)) == PA_OK) {
		clock_set_fixed(real_now - (int64_t)(it->ago_h * 3600 * 1000));
		rc = case_create(db, u, &m, &id, err);
	}
	json_decref(req);
	for (const struct gd_step *s = it->steps; rc == PA_OK && s->action; s++)
		rc = step_run(db, u, id, s, real_now, err);
	free(u);
	return rc;
}

pa_err governance_demo_plan(struct db *db, struct demo_jobs *l, int64_t now)
{
	pa_err rc = PA_OK;

	(void)db;
	real_now = now;
	campaign_id = 0;
	for (int i = 0; cases[i].type && rc == PA_OK; i++)
		rc = demo_job_add(l, now - (int64_t)(cases[i].ago_h * 3600 * 1000), case_job, NULL, i);
	if (rc == PA_OK)
		rc = demo_job_add(l, now - (int64_t)(cases[2].ago_h * 3600 * 1000), case_job, NULL, -1);
	if (rc == PA_OK)
		rc = demo_job_add(l, now - CAMPAIGN_AGO_MS, campaign_job, NULL, 0);
	/* every item is younger than its campaign */
	for (int i = 0; campaign_items[i].org && rc == PA_OK; i++)
		rc = demo_job_add(l, now - (int64_t)(campaign_items[i].ago_h * 3600 * 1000),
		    campaign_item_job, NULL, i);
	return rc;
}
