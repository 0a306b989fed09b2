/* gov_demo.c — demo governance data of `pingan init --demo`: disputes held at each mediation
 * level (调委会, 司法所, 矛调中心, 诉调对接), one agreed and waiting for its follow-up visit. */
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

#define SESSION(place, who, notes) \
	"{\"place\":\"" place "\",\"attendees\":\"" who "\",\"notes\":\"" notes "\"}"

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

static pa_err campaign_demo_seed(struct db *db, struct auth_user *u, int64_t real_now,
    struct pa_error *err)
{
	struct db_conn *c = db_reader(db);
	char from[TIME_STR_MAX], to[TIME_STR_MAX], due[TIME_STR_MAX];
	int64_t cid = 0, id = 0;
	json_t *req;
	pa_err rc;

	if (c == NULL)
		return PA_ERR_DB;
	time_format(real_now - 20 * 24 * 3600 * 1000LL, from);
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
		clock_set_fixed(real_now - 20 * 24 * 3600 * 1000LL);
		rc = case_create(db, u, &n, &cid, err);
	}
	json_decref(req);
	for (const struct gd_item *it = campaign_items; rc == PA_OK && it->org; it++) {
		time_format(real_now + (int64_t)(it->due_h * 3600 * 1000), due);
		req = json_pack("{s:I, s:s, s:i}", "campaign_id", (json_int_t)cid, "deadline", due,
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
	}
	return rc;
}

pa_err governance_demo_seed(struct db *db)
{
	struct auth_user *u = malloc(sizeof *u);
	int64_t real_now = clock_now_ms(), id = 0, county_id = 0;
	struct pa_error err = { 0 };
	pa_err rc = PA_OK;

	if (u == NULL)
		return PA_ERR_NOMEM;
	for (const struct gd_case *d = cases; d->type && rc == PA_OK; d++) {
		json_t *req = d->request ? json_loads(d->request, 0, NULL) : json_object();
		struct case_new n = { .type = case_type_find(d->type), .title = d->title,
			.body = d->body, .category = d->category, .request = req };
		struct db_conn *c = db_reader(db);
		n.org_id = c ? org_id_by_code(c, d->org) : 0;
		if ((rc = demo_load_user(db, d->creator, u)) == PA_OK) {
			clock_set_fixed(real_now - (int64_t)(d->ago_h * 3600 * 1000));
			rc = case_create(db, u, &n, &id, &err);
		}
		json_decref(req);
		for (const struct gd_step *s = d->steps; rc == PA_OK && s->action; s++)
			rc = step_run(db, u, id, s, real_now, &err);
		if (rc == PA_OK && strcmp(d->category, "labour") == 0)
			county_id = id;
	}
	/* one more copy of the county dispute goes on to the court */
	for (const struct gd_case *d = &cases[2]; rc == PA_OK && county_id; d = NULL) {
		json_t *req = json_loads(PARTIES("吴晓东", "13205798901", "郑海波", "13105799012"), 0,
		    NULL);
		struct case_new n = { .type = case_type_find("dispute"), .title = "交通事故赔偿争议",
			.body = "电动车与行人相撞，双方就赔偿金额争执不下。", .category = "traffic",
			.request = req };
		n.org_id = org_id_by_code(db_reader(db), "330702001002");
		if ((rc = demo_load_user(db, d->creator, u)) == PA_OK) {
			clock_set_fixed(real_now - (int64_t)(d->ago_h * 3600 * 1000));
			rc = case_create(db, u, &n, &id, &err);
		}
		json_decref(req);
		for (const struct gd_step *s = d->steps; rc == PA_OK && s->action; s++)
			rc = step_run(db, u, id, s, real_now, &err);
		for (const struct gd_step *s = court_steps; rc == PA_OK && s->action; s++)
			rc = step_run(db, u, id, s, real_now, &err);
		break;
	}
	if (rc == PA_OK)
		rc = campaign_demo_seed(db, u, real_now, &err);
	if (rc == PA_OK)
		rc = patrol_demo_seed(db, u, real_now, &err);
	if (rc != PA_OK && err.err != PA_OK)
		log_msg(LOG_ERROR, "demo governance: %s (%s)", err.message, err.field);
	clock_set(NULL);
	free(u);
	return rc;
}
