/* demo.c — demo data: the org tree of 婺城区 (Jinhua), demo accounts, 我爱我家 board posts. */
#include "demo.h"

#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
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
	{ "330702002-D01", "330702002", "department", "西关街道城管中队" },
	{ "330702-GA", "330702", "police_bureau", "婺城公安分局" },
	{ "330702-GA-CZ", "330702-GA", "police_station", "城中派出所" },
	{ "330702-GA-XG", "330702-GA", "police_station", "西关派出所" },
	{ "330702-D01", "330702", "department", "婺城区住房和城乡建设局" },
	{ "330702-D02", "330702", "department", "婺城区市场监督管理局" },
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
	{ NULL, NULL, NULL, NULL },
};

struct seed_ctx {
	const char *hash;
};

static pa_err seed_tree(struct db_conn *c, void *ctx)
{
	struct seed_ctx *sc = ctx;
	pa_err rc;

	for (const struct demo_org *o = orgs; o->code; o++) {
		int64_t parent = o->parent ? org_id_by_code(c, o->parent) : 0;
		if ((rc = org_insert(c, parent, o->kind, o->name, o->code, NULL)) != PA_OK)
			return rc;
	}
	for (const struct demo_user *u = users; u->login; u++) {
		int64_t id;
		if ((rc = auth_user_insert(c, u->login, u->name, sc->hash, &id)) != PA_OK)
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

static pa_err load_user(struct db *db, const char *login, struct auth_user *u)
{
	struct db_conn *c = db_reader(db);
	int64_t id = c ? auth_user_id_by_login(c, login) : 0;

	return id ? auth_user_load(c, id, u) : PA_ERR_NOT_FOUND;
}

static pa_err seed_posts(struct db *db)
{
	struct auth_user *u = malloc(sizeof *u), *other = malloc(sizeof *other);
	int64_t real_now = clock_now_ms(), id;
	struct pa_error err = { 0 };
	pa_err rc = PA_OK;

	if (u == NULL || other == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	for (const struct post *p = posts; p->author && rc == PA_OK; p++) {
		struct case_new n = { .type = case_type_find("suggestion"), .title = p->title,
			.body = p->body, .category = p->category };
		struct db_conn *c = db_reader(db);
		n.org_id = c ? org_id_by_code(c, p->org) : 0;
		if ((rc = load_user(db, p->author, u)) != PA_OK)
			break;
		clock_set_fixed(real_now - (int64_t)(p->ago_h * 3600 * 1000));
		if ((rc = case_create(db, u, &n, &id, &err)) != PA_OK)
			break;
		for (const struct step *s = p->steps; s->actor && rc == PA_OK; s++) {
			json_t *fields = json_object();
			if (s->assignee && load_user(db, s->assignee, other) == PA_OK)
				json_object_set_new(fields, "assignee_id", json_integer(other->id));
			if (s->result)
				json_object_set_new(fields, "result", json_string(s->result));
			if ((rc = load_user(db, s->actor, u)) == PA_OK) {
				clock_set_fixed(real_now - (int64_t)(s->ago_h * 3600 * 1000));
				rc = case_act(db, u, id, s->action, s->note, fields, -1, &err);
			}
			json_decref(fields);
		}
	}
	if (rc != PA_OK && err.err != PA_OK)
		log_msg(LOG_ERROR, "demo post: %s", err.message);
out:
	clock_set(NULL);
	free(u);
	free(other);
	return rc;
}

static const char SQL_ORG_COUNT[] = "SELECT COUNT(*) FROM orgs";

pa_err demo_seed(struct db *db, const char *password, FILE *out)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s;
	char hash[AUTH_PWHASH_MAX];
	struct seed_ctx sc = { hash };
	int64_t n = 0;
	pa_err rc;

	if (c == NULL || (s = db_prepare(c, SQL_ORG_COUNT)) == NULL)
		return PA_ERR_DB;
	if (db_step(s) == DB_ROW)
		n = db_col_int(s, 0);
	db_reset(s);
	if (n > 0)
		return PA_ERR_CONFLICT;
	/* one hash serves every demo account: they share the demo password */
	if ((rc = auth_pw_hash(password, hash)) != PA_OK)
		return rc;
	if ((rc = db_write(db, seed_tree, &sc)) != PA_OK)
		return rc;
	if ((rc = seed_posts(db)) != PA_OK)
		return rc;
	fprintf(out, "demo accounts (password: %s)\n", password);
	for (const struct demo_user *u = users; u->login; u++) {
		const char *org = "";
		for (const struct demo_org *o = orgs; o->code; o++)
			if (strcmp(o->code, u->org) == 0)
				org = o->name;
		fprintf(out, "  %-12s %-12s %s %s\n", u->login, u->role, org, u->name);
	}
	return PA_OK;
}
