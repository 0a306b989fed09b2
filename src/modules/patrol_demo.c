/* patrol_demo.c — demo patrol checks (排查) of `pingan init --demo`: the grid worker's patrols
 * of 将军社区第一网格 over the last two weeks, one finding turned into a grid event, one into
 * a risk, one still waiting to be acted on, one under the 城中街道 campaign (专项整治), and one
 * with nothing wrong that 将军社区's leader (community-leader) marked reviewed. Made through the
 * engine on the fake clock, like the other demo data. */
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "demo.h"
#include "governance.h"

#define GRID "330702001001-G01"
#define HOUR_MS (3600LL * 1000)

struct pd_patrol {
	const char *kind;            /* patrol kind, or NULL: under the demo campaign */
	const char *body;
	const char *checklist;       /* JSON text: the answers */
	double ago_h;
	const char *turn;            /* the finding turned: JSON text of the create, or NULL */
	const char *review;          /* a note of 将军社区's leader marking it reviewed, or NULL */
};

static const struct pd_patrol patrols[] = {
	{ "pc_place", "社区菜场、卫生服务站例行检查，未发现问题。",
	  "[{\"item\":\"guard\",\"answer\":\"ok\"},{\"item\":\"cctv\",\"answer\":\"ok\"},"
	  "{\"item\":\"exits\",\"answer\":\"ok\"},{\"item\":\"ledger\",\"answer\":\"ok\"}]",
	  12 * 24, NULL, "已阅，继续保持。" },
	{ "pc_fire", "3幢、5幢楼道及车棚检查。",
	  "[{\"item\":\"exits\",\"answer\":\"ok\"},{\"item\":\"extinguisher\",\"answer\":\"ok\"},"
	  "{\"item\":\"ebike\",\"answer\":\"problem\",\"note\":\"3幢2单元楼道有电动车充电，电线从三楼窗户拉下\"},"
	  "{\"item\":\"wiring\",\"answer\":\"ok\"},{\"item\":\"gas\",\"answer\":\"na\",\"note\":\"楼道无燃气设施\"}]",
	  5 * 24, "{\"type\":\"event\",\"category\":\"XF03\",\"patrol_item\":\"ebike\"}", NULL },
	{ "pc_dispute", "走访12幢、工地临时宿舍。",
	  "[{\"item\":\"neighbour\",\"answer\":\"ok\"},{\"item\":\"family\",\"answer\":\"ok\"},"
	  "{\"item\":\"labour\",\"answer\":\"problem\",\"note\":\"12幢旁工地拖欠12名工人三个月工资，工人情绪激动，扬言堵路\"},"
	  "{\"item\":\"property\",\"answer\":\"ok\"},{\"item\":\"petition\",\"answer\":\"ok\"}]",
	  3 * 24, "{\"type\":\"risk\",\"category\":\"social_conflict\",\"likelihood\":3,"
	  "\"impact\":4,\"patrol_item\":\"labour\"}", NULL },
	{ NULL, "按专项整治要点排查8幢、12幢。",
	  "[{\"item\":\"c1\",\"answer\":\"ok\"},{\"item\":\"c2\",\"answer\":\"ok\"},"
	  "{\"item\":\"c3\",\"answer\":\"problem\",\"note\":\"8幢302室新入住4人未登记\"}]",
	  2 * 24, NULL, NULL },
	{ "pc_rental", "出租屋集中检查：8幢、9幢。",
	  "[{\"item\":\"register\",\"answer\":\"ok\"},{\"item\":\"contract\",\"answer\":\"ok\"},"
	  "{\"item\":\"crowded\",\"answer\":\"problem\",\"note\":\"9幢501室隔成6间出租，住12人\"},"
	  "{\"item\":\"fire\",\"answer\":\"problem\",\"note\":\"9幢501室无灭火器\"},"
	  "{\"item\":\"ebike\",\"answer\":\"ok\"}]",
	  20, NULL, NULL },
	{ NULL, NULL, NULL, 0, NULL, NULL },
};

static const char SQL_DEMO_CAMPAIGN[] =
    "SELECT id FROM cases WHERE type = 'campaign' AND closed_at IS NULL ORDER BY id LIMIT 1";

static int64_t real_now;

/* Patrol i of patrols[] with its turned finding and review, as the history's job list runs it
 * (after the demo campaign, 20 days back, which the campaign patrol names). */
static pa_err patrol_job(struct db *db, void *ctx, int i, struct pa_error *err)
{
	const struct pd_patrol *p = &patrols[i];
	struct db_conn *c = db_reader(db);
	struct auth_user *u = malloc(sizeof *u);
	struct db_stmt *s;
	json_t *req = NULL;
	int64_t campaign = 0, id = 0, made = 0;
	pa_err rc = PA_ERR_NOMEM;

	(void)ctx;
	if (u == NULL || c == NULL)
		goto out;
	if ((s = db_prepare(c, SQL_DEMO_CAMPAIGN)) == NULL) {
		rc = PA_ERR_DB;
		goto out;
	}
	if (db_step(s) == DB_ROW)
		campaign = db_col_int(s, 0);
	db_reset(s);
	req = json_pack("{s:o}", "checklist", json_loads(p->checklist, 0, NULL));
	struct case_new n = { .type = case_type_find("patrol"), .category = p->kind,
		.body = p->body, .org_id = org_id_by_code(c, GRID), .request = req };
	if (p->kind == NULL) {
		rc = PA_OK;
		if (campaign == 0)       /* no campaign in this build's demo: skip it */
			goto out;
		json_object_set_new(req, "campaign_id", json_integer(campaign));
	}
	clock_set_fixed(real_now - (int64_t)(p->ago_h * HOUR_MS));
	if ((rc = demo_load_user(db, "grid-worker", u)) == PA_OK)
		rc = case_create(db, u, &n, &id, err);
	if (rc == PA_OK && p->turn) {
		json_t *t = json_loads(p->turn, 0, NULL);
		struct case_new m = { .type = case_type_find(json_string_value(json_object_get(t,
		    "type"))), .category = json_string_value(json_object_get(t, "category")),
			.request = t };
		json_object_set_new(t, "patrol_id", json_integer(id));
		clock_set_fixed(real_now - (int64_t)(p->ago_h * HOUR_MS) + HOUR_MS);
		rc = case_create(db, u, &m, &made, err);
		json_decref(t);
	}
	if (rc == PA_OK && p->review) {
		clock_set_fixed(real_now - (int64_t)(p->ago_h * HOUR_MS) + 20 * HOUR_MS);
		if ((rc = demo_load_user(db, "community-leader", u)) == PA_OK)
			rc = case_act(db, u, id, "review", p->review, NULL, -1, err);
	}
out:
	json_decref(req);
	free(u);
	return rc;
}

pa_err patrol_demo_plan(struct db *db, struct demo_jobs *l, int64_t now)
{
	pa_err rc = PA_OK;

	(void)db;
	real_now = now;
	for (int i = 0; patrols[i].checklist && rc == PA_OK; i++)
		rc = demo_job_add(l, now - (int64_t)(patrols[i].ago_h * HOUR_MS), patrol_job, NULL, i);
	return rc;
}
