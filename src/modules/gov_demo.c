/* gov_demo.c — demo governance data of `pingan init --demo`: disputes held at each mediation
 * level (调委会, 司法所, 矛调中心, 诉调对接), one agreed and waiting for its follow-up visit;
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
		if (rc == PA_OK && d->category && strcmp(d->category, "labour") == 0)
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
	if (rc != PA_OK && err.err != PA_OK)
		log_msg(LOG_ERROR, "demo governance: %s (%s)", err.message, err.field);
	clock_set(NULL);
	free(u);
	return rc;
}
