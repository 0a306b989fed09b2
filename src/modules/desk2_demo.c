/* desk2_demo.c — demo data of the front desk (阳光坐席): a year of commendations for 城中派出所
 * (76, the number in the article) and some for 西关派出所, a few from the year before, custody
 * items in each state, and yesterday's accepted shift handover. Everything goes through the
 * engine (case_create, case_act) with the clock set to the past, like the other demo data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "demo.h"
#include "desk2.h"

#define DAY_MS (24LL * 3600 * 1000)
#define HOUR_MS (3600LL * 1000)
#define HANDOVER_AGO_MS (50LL * 60 * 1000)   /* the shift handed over 50 minutes ago */

static pa_err user_of(struct db *db, const char *login, struct auth_user *u)
{
	struct db_conn *c = db_reader(db);
	int64_t id = c ? auth_user_id_by_login(c, login) : 0;

	return id ? auth_user_load(c, id, u) : PA_ERR_NOT_FOUND;
}

static const char *const reasons[] = {
	"帮助寻回走失老人", "帮助找回遗失的手机", "快速破获电动车被盗案", "耐心调解邻里纠纷",
	"深夜护送醉酒群众回家", "帮助办理户籍证明", "找回孩子遗落的书包", "热情接待来访群众",
	"及时处置交通事故", "帮助开锁解决燃眉之急", NULL,
};
static const char *const orgs_giving[] = { "将军社区居委会", "金华市第一中学", "城中菜市场管理处",
	"飘萍社区老年协会", NULL };
static const char *const forms[] = { "banner", "letter", "phone", "online" };
static const char *const officers[] = { "cz-officer", "cz-aux", "cz-leader" };

/* One commendation dated ago_days before real_now, recorded at that moment. */
static pa_err commend(struct db *db, struct auth_user *u, int64_t real_now, const char *station,
    int i, double ago_days, const char *officer, struct pa_error *err)
{
	struct db_conn *c = db_reader(db);
	struct auth_user *o = NULL;
	json_t *rq = json_object();
	char day[TIME_STR_MAX];
	int64_t at = real_now - (int64_t)(ago_days * DAY_MS), id;
	pa_err rc = PA_OK;
	int nr = 0, no = 0;

	while (reasons[nr])
		nr++;
	while (orgs_giving[no])
		no++;
	time_format(at, day);
	day[10] = '\0';
	json_object_set_new(rq, "received_on", json_string(day));
	json_object_set_new(rq, "form", json_string(forms[i % 4]));
	if (i % 3 == 0) {
		json_object_set_new(rq, "giver_kind", json_string("organisation"));
		json_object_set_new(rq, "giver_org", json_string(orgs_giving[i % no]));
	} else {
		json_object_set_new(rq, "giver_kind", json_string("person"));
	}
	if (officer) {
		if ((o = malloc(sizeof *o)) == NULL || user_of(db, officer, o) != PA_OK) {
			rc = PA_ERR_NOT_FOUND;
			goto out;
		}
		json_object_set_new(rq, "officer_id", json_integer(o->id));
	}
	struct case_new n = { .type = &commendation_type, .title = reasons[i % nr],
		.request = rq, .org_id = c ? org_id_by_code(c, station) : 0 };
	clock_set_fixed(at);
	rc = case_create(db, u, &n, &id, err);
out:
	free(o);
	json_decref(rq);
	return rc;
}

struct item_step {
	const char *actor, *action;
	double ago_days;
	const char *place, *borrower, *method, *note;
	double due_days;             /* lend: due back this many days after ago_days */
};
struct item_demo {
	const char *station, *reporter, *title, *category;
	int quantity;
	double ago_days;
	struct item_step steps[5];      /* ended by an empty step */
	const char *owner, *owner_phone, *owner_id;   /* 物主 (a person), or NULL */
};

static const struct item_demo items[] = {
	{ "330702-GA-CZ", "cz-officer", "黑色双肩包（内有衣物）", "bag", 1, 140,
	  { { "cz-aux", "store", 139.9, "物品保管室 / 1号柜 / 2层", NULL, NULL, NULL, 0 } }, NULL, NULL, NULL },
	{ "330702-GA-CZ", "cz-officer", "蓝色自行车", "vehicle", 1, 60,
	  { { "cz-aux", "store", 59.9, "车棚 / A区 / 3号位", NULL, NULL, NULL, 0 },
	    { "cz-aux", "lend", 20, NULL, "刑侦中队 李警官", NULL, "比对车架号", 7 } }, NULL, NULL, NULL },
	{ "330702-GA-CZ", "cz-aux", "华为手机一部", "phone", 1, 30,
	  { { "cz-officer", "store", 29.9, "物品保管室 / 2号柜 / 1层", NULL, NULL, NULL, 0 } },
	  "张伟", "13957912345", "330702198503120412" },
	{ "330702-GA-CZ", "cz-officer", "银色手表一块", "other", 1, 45,
	  { { "cz-aux", "store", 44.9, "物品保管室 / 2号柜 / 2层", NULL, NULL, NULL, 0 },
	    { "cz-aux", "release", 40, NULL, NULL, NULL, "失主持身份证领回", 0 } },
	  "刘芳", "13857923456", "330702199207051525" },
	{ "330702-GA-CZ", "cz-officer", "钥匙一串（5把）", "key", 5, 200,
	  { { "cz-aux", "store", 199.9, "物品保管室 / 1号柜 / 1层", NULL, NULL, NULL, 0 },
	    { "cz-aux", "request_disposal", 5, NULL, NULL, "destroy", "超过保管期限无人认领", 0 } }, NULL, NULL, NULL },
	{ "330702-GA-CZ", "cz-officer", "旧雨伞三把", "other", 3, 300,
	  { { "cz-aux", "store", 299.9, "物品保管室 / 3号柜 / 1层", NULL, NULL, NULL, 0 },
	    { "cz-aux", "request_disposal", 120, NULL, NULL, "donate", "无人认领，捐赠社区爱心伞站", 0 },
	    { "cz-leader", "approve_disposal", 119, NULL, NULL, NULL, NULL, 0 },
	    { "cz-aux", "dispose", 118, NULL, NULL, NULL, NULL, 0 } }, NULL, NULL, NULL },
	{ "330702-GA-CZ", "cz-aux", "身份证一张（拾得）", "document", 1, 0.02,
	  { { NULL, NULL, 0, NULL, NULL, NULL, NULL, 0 } }, NULL, NULL, NULL },
	{ "330702-GA-XG", "xg-officer", "银色行李箱", "bag", 1, 14,
	  { { "xg-leader", "store", 13.9, "西关所保管室 / 1号柜", NULL, NULL, NULL, 0 } }, NULL, NULL, NULL },
	{ NULL, NULL, NULL, NULL, 0, 0, { { NULL, NULL, 0, NULL, NULL, NULL, NULL, 0 } }, NULL, NULL,
	  NULL },
};

/* One item, registered at its time, then its steps. */
static pa_err seed_item(struct db *db, struct auth_user *u, int64_t real_now,
    const struct item_demo *d, struct pa_error *err)
{
	pa_err rc = PA_OK;

	{
		struct db_conn *c = db_reader(db);
		json_t *rq = json_pack("{s:s, s:i}", "item_category", d->category, "quantity",
		    d->quantity);
		struct case_new n = { .type = &custody_type, .title = d->title, .request = rq,
			.org_id = c ? org_id_by_code(c, d->station) : 0 };
		int64_t id;
		if (d->owner)
			json_object_set_new(rq, "persons", json_pack("[{s:s, s:s, s:s, s:s}]", "role",
			    "owner", "name", d->owner, "phone", d->owner_phone, "id_number", d->owner_id));
		if ((rc = user_of(db, d->reporter, u)) == PA_OK) {
			clock_set_fixed(real_now - (int64_t)(d->ago_days * DAY_MS));
			rc = case_create(db, u, &n, &id, err);
		}
		json_decref(rq);
		for (const struct item_step *s = d->steps; rc == PA_OK && s->action; s++) {
			json_t *f = json_object();
			int64_t at = real_now - (int64_t)(s->ago_days * DAY_MS);
			if (s->place)
				json_object_set_new(f, "place", json_string(s->place));
			if (s->borrower) {
				char due[TIME_STR_MAX];
				time_format(at + (int64_t)(s->due_days * DAY_MS), due);
				json_object_set_new(f, "borrower", json_string(s->borrower));
				json_object_set_new(f, "due_back", json_string(due));
			}
			if (s->method)
				json_object_set_new(f, "method", json_string(s->method));
			if (strcmp(s->action, "release") == 0)
				json_object_set_new(f, "id_number", json_string(d->owner_id));
			if ((rc = user_of(db, s->actor, u)) == PA_OK) {
				clock_set_fixed(at);
				rc = case_act(db, u, id, s->action, s->note, f, -1, err);
			}
			json_decref(f);
		}
	}
	return rc;
}

/* The shift that just ended, handed over by cz-officer and accepted by cz-aux. */
static pa_err seed_handover(struct db *db, struct auth_user *u, int64_t real_now,
    struct pa_error *err)
{
	struct db_conn *c = db_reader(db);
	json_t *rq = json_pack("{s:s, s:s}", "shift", "day", "notes",
	    "蓝色自行车借给刑侦中队比对，已超期未还，请催还。");
	struct case_new n = { .type = &handover_type, .title = "城中派出所白班交接",
		.request = rq, .org_id = c ? org_id_by_code(c, "330702-GA-CZ") : 0 };
	int64_t id;
	pa_err rc;

	if ((rc = user_of(db, "cz-officer", u)) != PA_OK)
		goto out;
	clock_set_fixed(real_now - HANDOVER_AGO_MS);
	if ((rc = case_create(db, u, &n, &id, err)) != PA_OK)
		goto out;
	clock_set_fixed(real_now - HANDOVER_AGO_MS + 60000);
	if ((rc = case_act(db, u, id, "sign", NULL, NULL, -1, err)) != PA_OK)
		goto out;
	if ((rc = user_of(db, "cz-aux", u)) != PA_OK)
		goto out;
	clock_set_fixed(real_now - HANDOVER_AGO_MS + 120000);
	rc = case_act(db, u, id, "accept", NULL, NULL, -1, err);
out:
	json_decref(rq);
	return rc;
}

/* One creation of the demo history, at ago_days before now. */
struct seed_job {
	double ago_days;
	int kind;                    /* 0: a 城中 commendation of the year before, 1: of the year,
	                              * 2: a 西关 commendation, 3: an item, 4: the handover */
	int i;
};

#define CZ_PREV 30                   /* 城中's commendations of the year before */
#define CZ_YEAR 76                   /* 城中's commendations in the last 365 days (the article) */
#define XG_YEAR 14                   /* 西关's in the year */
#define JOBS_MAX (CZ_PREV + CZ_YEAR + XG_YEAR + 16)

/* The planned creations and the instant they are dated from (desk2_demo_plan). */
static struct seed_job jobs[JOBS_MAX];
static int64_t real_now;

/* Creation i of jobs[], as the history's job list runs it. */
static pa_err seed_job_run(struct db *db, void *ctx, int k, struct pa_error *err)
{
	const struct seed_job *j = &jobs[k];
	struct auth_user *u = malloc(sizeof *u);
	pa_err rc;

	(void)ctx;
	if (u == NULL)
		return PA_ERR_NOMEM;
	switch (j->kind) {
	case 0:
	case 1:
		if ((rc = user_of(db, officers[j->i % 3], u)) == PA_OK)
			rc = commend(db, u, real_now, "330702-GA-CZ", j->i, j->ago_days,
			    j->kind == 0 ? (j->i % 4 == 3 ? NULL : officers[j->i % 3]) :
			    (j->i % 5 == 4 ? NULL : officers[j->i % 3]), err);
		break;
	case 2:
		if ((rc = user_of(db, "xg-officer", u)) == PA_OK)
			rc = commend(db, u, real_now, "330702-GA-XG", j->i, j->ago_days, "xg-officer",
			    err);
		break;
	case 3:
		rc = seed_item(db, u, real_now, &items[j->i], err);
		break;
	default:
		rc = seed_handover(db, u, real_now, err);
	}
	free(u);
	return rc;
}

pa_err desk2_demo_plan(struct db *db, struct demo_jobs *l, int64_t now)
{
	int n = 0;
	pa_err rc = PA_OK;

	(void)db;
	real_now = now;
	/* 城中派出所: 76 in the last 365 days (spread evenly), 30 the year before; 西关: 14 in
	 * the year */
	for (int i = 0; i < CZ_PREV; i++)
		jobs[n++] = (struct seed_job){ 370 + i * 11.5, 0, i };
	for (int i = 0; i < CZ_YEAR; i++)
		jobs[n++] = (struct seed_job){ 360 - i * 4.55, 1, i };
	for (int i = 0; i < XG_YEAR; i++)
		jobs[n++] = (struct seed_job){ 350 - i * 24.0, 2, i };
	for (int i = 0; items[i].station && n < JOBS_MAX - 1; i++)
		jobs[n++] = (struct seed_job){ items[i].ago_days, 3, i };
	jobs[n++] = (struct seed_job){ (double)HANDOVER_AGO_MS / DAY_MS, 4, 0 };
	for (int k = 0; k < n && rc == PA_OK; k++)
		rc = demo_job_add(l, now - (int64_t)(jobs[k].ago_days * DAY_MS), seed_job_run, NULL, k);
	return rc;
}
