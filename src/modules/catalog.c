/* catalog.c — the event catalogue (事件分类): two levels (大类/小类), the platform of the four
 * (四个平台) each belongs to, the default department, deadlines, settle-on-the-spot and public. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

#define CSV_LINE_MAX 4096
#define CSV_FIELDS 9              /* the columns of a catalogue file without English names */
#define CSV_FIELDS_EN 10          /* ... and with them (name_en last, may be empty) */
#define CAT_NAME_CHARS 40         /* a category's Chinese name */

const char *const platforms[] = { "zongzhi", "shichang", "zonghe_zhifa", "bianmin", NULL };
static const char *const platform_names[] = { "综治工作", "市场监管", "综合执法", "便民服务" };
/* the same words as the web app's platform.* labels (web/i18n.js) */
static const char *const platform_names_en[] = { "Comprehensive governance",
	"Market supervision", "Law enforcement", "Public service" };

const char *platform_name_lang(const char *code, bool en)
{
	for (int i = 0; code && platforms[i]; i++)
		if (strcmp(platforms[i], code) == 0)
			return en ? platform_names_en[i] : platform_names[i];
	return NULL;
}

const char *platform_name(const char *code)
{
	return platform_name_lang(code, false);
}

const char *catalog_name(const struct category *k, bool en)
{
	return en && k->name_en[0] ? k->name_en : k->name;
}

/* The default catalogue: 大类 rows have no parent; 小类 inherit the platform. The English
 * names are the same as those migration 019 gives a database seeded before it. */
struct seed_cat {
	const char *code, *name, *parent, *platform, *dept;
	int accept_hours, handle_days;
	bool settle, pub;
	const char *name_en;
};
static const struct seed_cat seed[] = {
	{ "MD", "矛盾纠纷", NULL, "zongzhi", NULL, 4, 5, false, false, "Disputes" },
	{ "MD01", "邻里纠纷", "MD", "zongzhi", NULL, 4, 5, true, false, "Neighbour disputes" },
	{ "MD02", "婚姻家庭纠纷", "MD", "zongzhi", NULL, 4, 10, true, false, "Marriage and family disputes" },
	{ "MD03", "劳资纠纷", "MD", "zongzhi", "330702-D02", 4, 10, false, false, "Labour and wage disputes" },
	{ "MD04", "物业纠纷", "MD", "zongzhi", "330702001-D01", 4, 10, true, false, "Property management disputes" },
	{ "ZA", "治安隐患", NULL, "zongzhi", NULL, 2, 3, false, false, "Public order hazards" },
	{ "ZA01", "可疑人员或场所", "ZA", "zongzhi", NULL, 1, 2, false, false, "Suspicious persons or places" },
	{ "ZA02", "治安防范设施缺失", "ZA", "zongzhi", "330702001-D01", 2, 5, false, false, "Missing security measures" },
	{ "AQ", "安全生产", NULL, "zonghe_zhifa", NULL, 2, 3, false, false, "Work safety" },
	{ "AQ01", "企业安全隐患", "AQ", "zonghe_zhifa", "330702001-D02", 2, 3, false, false, "Hazards at a business" },
	{ "AQ02", "建筑施工安全", "AQ", "zonghe_zhifa", "330702-D01", 2, 3, false, false, "Construction site safety" },
	{ "XF", "消防隐患", NULL, "zonghe_zhifa", NULL, 2, 3, false, true, "Fire hazards" },
	{ "XF01", "消防通道堵塞", "XF", "zonghe_zhifa", "330702001-D02", 2, 3, true, true, "Blocked fire lane" },
	{ "XF02", "消防设施损坏", "XF", "zonghe_zhifa", "330702001-D02", 2, 5, false, true, "Damaged fire equipment" },
	{ "XF03", "电动车违规充电", "XF", "zonghe_zhifa", "330702001-D02", 2, 2, true, true, "Unsafe e-bike charging" },
	{ "SP", "食品药品安全", NULL, "shichang", NULL, 2, 5, false, true, "Food and drug safety" },
	{ "SP01", "无证食品经营", "SP", "shichang", "330702-D02", 2, 5, false, true, "Unlicensed food business" },
	{ "SP02", "过期食品药品", "SP", "shichang", "330702-D02", 2, 3, false, true, "Expired food or drugs" },
	{ "HJ", "环境卫生", NULL, "zonghe_zhifa", NULL, 4, 3, false, true, "Sanitation" },
	{ "HJ01", "垃圾乱堆乱放", "HJ", "zonghe_zhifa", "330702001-D02", 4, 2, true, true, "Dumped rubbish" },
	{ "HJ02", "污水外溢", "HJ", "zonghe_zhifa", "330702001-D01", 2, 3, false, true, "Sewage overflow" },
	{ "HJ03", "噪声扰民", "HJ", "zonghe_zhifa", "330702001-D02", 4, 3, true, true, "Noise nuisance" },
	{ "SZ", "市政设施", NULL, "bianmin", NULL, 4, 5, false, true, "Public facilities" },
	{ "SZ01", "路灯损坏", "SZ", "bianmin", "330702001-D01", 4, 3, false, true, "Broken street light" },
	{ "SZ02", "道路破损", "SZ", "bianmin", "330702001-D01", 4, 5, false, true, "Damaged road" },
	{ "SZ03", "井盖缺失", "SZ", "bianmin", "330702001-D01", 1, 1, false, true, "Missing manhole cover" },
	{ "WJ", "违法建设", NULL, "zonghe_zhifa", NULL, 4, 10, false, false, "Illegal construction" },
	{ "WJ01", "违章搭建", "WJ", "zonghe_zhifa", "330702001-D02", 4, 10, false, false, "Unauthorised structure" },
	{ "WJ02", "占道经营", "WJ", "zonghe_zhifa", "330702001-D02", 2, 2, true, true, "Street trading on the road" },
	{ "TS", "特殊人群关爱", NULL, "zongzhi", NULL, 4, 5, false, false, "Care for vulnerable people" },
	{ "TS01", "独居老人探访", "TS", "zongzhi", NULL, 4, 5, true, false, "Visits to elderly living alone" },
	{ "TS02", "困境儿童帮扶", "TS", "zongzhi", NULL, 4, 5, false, false, "Help for children in difficulty" },
	{ "MS", "民生服务诉求", NULL, "bianmin", NULL, 4, 5, false, true, "Public service requests" },
	{ "MS01", "办事咨询", "MS", "bianmin", NULL, 4, 2, true, true, "Enquiries" },
	{ "MS02", "困难救助", "MS", "bianmin", "330702001-D01", 4, 5, false, false, "Hardship relief" },
	{ NULL, NULL, NULL, NULL, NULL, 0, 0, false, false, NULL },
};

static const char SQL_CAT_UPSERT[] =
    "INSERT INTO categories (code, case_type, name, parent, platform, department_id, "
    "accept_hours, handle_days, settle_on_spot, public, sort, name_en) "
    "VALUES (?1, ?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12) "
    "ON CONFLICT (code) DO UPDATE SET name = ?2, parent = ?3, platform = ?4, "
    "department_id = ?5, accept_hours = ?6, handle_days = ?7, settle_on_spot = ?8, public = ?9, "
    "name_en = ?12";
static const char SQL_CAT_COUNT[] = "SELECT COUNT(*) FROM categories WHERE case_type = 'event'";

static pa_err cat_put(struct db_conn *c, const struct category *k, int sort)
{
	struct db_stmt *s = db_prepare(c, SQL_CAT_UPSERT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, k->code);
	db_bind_text(s, 2, k->name);
	db_bind_text(s, 3, k->has_parent ? k->parent : NULL);
	db_bind_text(s, 4, k->platform);
	if (k->department_id)
		db_bind_int(s, 5, k->department_id);
	db_bind_int(s, 6, k->accept_hours);
	db_bind_int(s, 7, k->handle_days);
	db_bind_int(s, 8, k->settle_on_spot);
	db_bind_int(s, 9, k->is_public);
	db_bind_int(s, 10, sort);
	db_bind_text(s, 11, k->case_type[0] ? k->case_type : "event");
	db_bind_text(s, 12, k->name_en[0] ? k->name_en : NULL);
	return db_run(s);
}

pa_err catalog_seed(struct db_conn *c)
{
	struct db_stmt *s = db_prepare(c, SQL_CAT_COUNT);
	int64_t n = 0;
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	if (db_step(s) == DB_ROW)
		n = db_col_int(s, 0);
	db_reset(s);
	if (n > 0)
		return PA_OK;         /* an edited catalogue is never overwritten (other types'
		                       * catalogues, seeded by their migrations, do not count) */
	for (int i = 0; seed[i].code; i++) {
		struct category k = { .accept_hours = seed[i].accept_hours,
			.handle_days = seed[i].handle_days, .settle_on_spot = seed[i].settle,
			.is_public = seed[i].pub, .has_parent = seed[i].parent != NULL };
		snprintf(k.code, sizeof k.code, "%s", seed[i].code);
		snprintf(k.name, sizeof k.name, "%s", seed[i].name);
		snprintf(k.name_en, sizeof k.name_en, "%s", seed[i].name_en ? seed[i].name_en : "");
		snprintf(k.parent, sizeof k.parent, "%s", seed[i].parent ? seed[i].parent : "");
		snprintf(k.platform, sizeof k.platform, "%s", seed[i].platform);
		k.department_id = seed[i].dept ? org_id_by_code(c, seed[i].dept) : 0;
		if ((rc = cat_put(c, &k, i)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

static const char SQL_CAT_GET[] =
    "SELECT code, name, COALESCE(parent, ''), platform, COALESCE(department_id, 0), "
    "accept_hours, handle_days, settle_on_spot, public, case_type, COALESCE(name_en, '') "
    "FROM categories WHERE code = ?1";
static const char SQL_CAT_ALL[] =
    "SELECT k.code, k.name, COALESCE(k.parent, ''), k.platform, COALESCE(k.department_id, 0), "
    "k.accept_hours, k.handle_days, k.settle_on_spot, k.public, o.name, o.code, k.case_type, "
    "COALESCE(k.name_en, '') FROM categories k LEFT JOIN orgs o ON o.id = k.department_id "
    "LEFT JOIN categories pk ON pk.code = k.parent "
    /* groups in their top entry's sort order, each followed by its children in theirs */
    "WHERE k.case_type = ?1 ORDER BY COALESCE(pk.sort, k.sort), COALESCE(k.parent, k.code), "
    "k.parent IS NOT NULL, k.sort, k.code";

static void cat_from_row(struct db_stmt *s, struct category *k)
{
	memset(k, 0, sizeof *k);
	snprintf(k->code, sizeof k->code, "%s", db_col_text(s, 0));
	snprintf(k->name, sizeof k->name, "%s", db_col_text(s, 1));
	snprintf(k->parent, sizeof k->parent, "%s", db_col_text(s, 2));
	k->has_parent = k->parent[0] != '\0';
	snprintf(k->platform, sizeof k->platform, "%s", db_col_text(s, 3));
	k->department_id = db_col_int(s, 4);
	k->accept_hours = (int)db_col_int(s, 5);
	k->handle_days = (int)db_col_int(s, 6);
	k->settle_on_spot = db_col_int(s, 7) != 0;
	k->is_public = db_col_int(s, 8) != 0;
}

/* The case type and English name of a catalogue row read by SQL_CAT_GET (columns 9, 10) or
 * SQL_CAT_ALL (11, 12). */
static void cat_type_from_row(struct db_stmt *s, int col, struct category *k)
{
	snprintf(k->case_type, sizeof k->case_type, "%s", db_col_null(s, col) ? "event" :
	    db_col_text(s, col));
	snprintf(k->name_en, sizeof k->name_en, "%s", db_col_text(s, col + 1));
}

pa_err catalog_get(struct db_conn *c, const char *code, struct category *out)
{
	struct db_stmt *s = db_prepare(c, SQL_CAT_GET);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, code);
	r = db_step(s);
	if (r == DB_ROW) {
		cat_from_row(s, out);
		cat_type_from_row(s, 9, out);
	}
	db_reset(s);
	return r == DB_ROW ? PA_OK : r == DB_FAIL ? PA_ERR_DB : PA_ERR_NOT_FOUND;
}

static const char SQL_CAT_CHILDREN[] = "SELECT 1 FROM categories WHERE parent = ?1 LIMIT 1";

static bool catalog_has_children(struct db_conn *c, const char *code)
{
	struct db_stmt *s = db_prepare(c, SQL_CAT_CHILDREN);
	bool any;

	if (s == NULL)
		return true;        /* refuse rather than risk a third level */
	db_bind_text(s, 1, code);
	any = db_step(s) == DB_ROW;
	db_reset(s);
	return any;
}

/* ------------------------------------------------------------------ API */

/* The columns of a catalogue's export (表格化管理): the event catalogue's with its platform,
 * department and deadlines; a flat catalogue (lost and found, a type's own list) its code and
 * both names, as the catalogue page shows them. */
static const struct export_col cat_event_cols[] = {
	{ "code", "代码", "Code", EXK_TEXT },
	{ "parent", "上级分类代码", "Parent code", EXK_TEXT },
	{ "platform", "所属平台", "Platform", EXK_TEXT },
	{ "name_zh", "中文名称", "Chinese name", EXK_TEXT },
	{ "name_en", "英文名称", "English name", EXK_TEXT },
	{ "department", "责任部门", "Department", EXK_TEXT },
	{ "accept_hours", "受理时限（小时）", "Hours to accept", EXK_INT },
	{ "handle_days", "处置时限（天）", "Days to handle", EXK_INT },
	{ "settle_on_spot", "可就地解决", "Settled on the spot", EXK_BOOL },
	{ "public", "公开", "Public", EXK_BOOL },
	EXPORT_COLS_END
};
static const struct export_col cat_flat_cols[] = {
	{ "code", "代码", "Code", EXK_TEXT },
	{ "name_zh", "中文名称", "Chinese name", EXK_TEXT },
	{ "name_en", "英文名称", "English name", EXK_TEXT },
	EXPORT_COLS_END
};

/* The categories of a type that keeps its own fixed list in its module (a dispute's kinds, a
 * risk's six categories, ...): code and both names from the descriptor, the same shape as a
 * catalogue row's names, as JSON or as a file. Not editable: they are part of the type's
 * rules. */
static void builtin_list(struct http_req *r, const struct case_type *t, bool en,
    enum export_format fmt)
{
	json_t *items = NULL;
	struct export *x = NULL;
	char zh[LIM_NAME_CHARS * 8], eng[LIM_NAME_CHARS * 8];

	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "categories")) == NULL)
			return;
		export_sheet(x, t->name_zh, t->name_en, cat_flat_cols);
	} else {
		items = json_array();
	}
	for (const char *const *c = t->categories; *c; c++) {
		if (!t->category_name(NULL, *c, false, zh, sizeof zh) ||
		    !t->category_name(NULL, *c, true, eng, sizeof eng))
			continue;
		if (x) {
			if (export_row(x)) {
				export_text(x, *c);
				export_text(x, zh);
				export_text(x, eng);
			}
			continue;
		}
		json_array_append_new(items, json_pack("{s:s, s:s, s:s, s:s, s:b}", "code", *c,
		    "name", en ? eng : zh, "name_zh", zh, "name_en", eng, "editable", false));
	}
	if (x)
		export_finish(x);
	else
		http_reply(r, 200, json_pack("{s:o}", "items", items));
}

struct cat_list_ctx {
	bool anon, en, event;     /* without a session; English names; the event catalogue */
};

/* A row of SQL_CAT_ALL: a line of the export, or an entry of the list (codes and names only
 * for a caller without a session). */
static bool cat_row(struct db_stmt *s, struct export *x, json_t *items, void *ctx)
{
	const struct cat_list_ctx *cc = ctx;
	struct category k;

	cat_from_row(s, &k);
	cat_type_from_row(s, 11, &k);
	if (x) {
		export_text(x, k.code);
		if (cc->event) {
			export_text(x, k.parent);
			export_text(x, platform_name_lang(k.platform, export_english(x)));
		}
		export_text(x, k.name);
		export_text(x, k.name_en);
		if (cc->event) {
			export_text(x, db_col_null(s, 9) ? "" : db_col_text(s, 9));
			export_int(x, k.accept_hours);
			export_int(x, k.handle_days);
			export_bool(x, k.settle_on_spot);
			export_bool(x, k.is_public);
		}
		return true;
	}
	if (cc->anon) {
		json_array_append_new(items, json_pack("{s:s, s:s}", "code", k.code, "name",
		    catalog_name(&k, cc->en)));
		return true;
	}
	/* name in the user's language; both names for the admin's catalogue page */
	json_array_append_new(items, json_pack(
	    "{s:s, s:s, s:s, s:o, s:o, s:s, s:s?, s:o, s:o, s:o, s:i, s:i, s:b, s:b, s:b}",
	    "code", k.code, "name", catalog_name(&k, cc->en), "name_zh", k.name,
	    "name_en", k.name_en[0] ? json_string(k.name_en) : json_null(),
	    "parent", k.has_parent ? json_string(k.parent) : json_null(),
	    "platform", k.platform, "platform_name", platform_name_lang(k.platform, cc->en),
	    "department_id", k.department_id ? json_integer(k.department_id) : json_null(),
	    "department_name", db_col_null(s, 9) ? json_null() : json_string(db_col_text(s, 9)),
	    "department_code", db_col_null(s, 10) ? json_null() : json_string(db_col_text(s, 10)),
	    "accept_hours", k.accept_hours, "handle_days", k.handle_days,
	    "settle_on_spot", k.settle_on_spot, "public", k.is_public, "editable", true));
	return true;
}

static const struct export_list cat_event_list = {
	"categories", "事件分类", "Event categories", cat_event_cols, cat_row
};
static const struct export_list cat_lost_list = {
	"categories", "失物招领物品类别", "Lost and found item categories", cat_flat_cols, cat_row
};

/* GET /api/v1/categories?type=event[&format=csv|xlsx] (any case type; lost and found share one
 * catalogue). The file holds the rows of the list; it needs a session. */
void catalog_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *type = http_query(r, "type");
	enum export_format fmt;
	struct db_stmt *s;
	json_t *items;
	struct cat_list_ctx cc = { .anon = r->user == NULL, .en = http_lang(r) == LANG_EN };
	bool lost;

	/* without a session only the lost-and-found catalogue, codes and names (the public
	 * 招领公告 page's category list) */
	if (cc.anon && !(type && (strcmp(type, "found") == 0 || strcmp(type, "lost") == 0))) {
		http_error(r, PA_ERR_UNAUTH, "unauthorized", NULL, "sign in first");
		return;
	}
	if ((fmt = http_export_format(r)) == EXPORT_BAD)
		return;
	if (cc.anon && fmt != EXPORT_JSON) {
		http_error(r, PA_ERR_UNAUTH, "unauthorized", NULL, "sign in first");
		return;
	}
	lost = type && (strcmp(type, "found") == 0 || strcmp(type, "lost") == 0);
	if (type && *type && !lost) {
		const struct case_type *t = case_type_find(type);
		if (t == NULL) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "type", "type must be a case type");
			return;
		}
		if (!t->catalog && t->categories && t->category_name) {
			builtin_list(r, t, cc.en, fmt);
			return;
		}
	}
	if (c == NULL || (s = db_prepare(c, SQL_CAT_ALL)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	/* lost reports and found items share one catalogue (物品类别) */
	db_bind_text(s, 1, lost ? "lost" : type && *type ? type : "event");
	cc.event = !lost;
	if ((items = export_list_run(r, fmt, s, lost ? &cat_lost_list : &cat_event_list,
	    &cc)) != NULL)
		http_reply(r, 200, json_pack("{s:o}", "items", items));
}

static const char *const cat_types[] = { "event", "lost", NULL };
static const struct val_field cat_fields[] = {
	{ "code", VT_STRING, VF_REQUIRED, 1, 30, NULL, NULL },
	{ "name", VT_STRING, VF_REQUIRED, 1, CAT_NAME_CHARS, NULL, NULL },
	{ "name_en", VT_STRING, VF_NULLABLE, 1, CAT_NAME_EN_CHARS, NULL, NULL },
	{ "type", VT_STRING, 0, 1, 16, cat_types, NULL },   /* whose catalogue (default event) */
	{ "parent", VT_STRING, VF_NULLABLE, 1, 30, NULL, NULL },
	{ "platform", VT_STRING, 0, 1, 24, platforms, NULL },   /* required for the event's */
	{ "department_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "accept_hours", VT_INT, 0, 0, 720, NULL, NULL },
	{ "handle_days", VT_INT, 0, 0, 365, NULL, NULL },
	{ "settle_on_spot", VT_BOOL, 0, 0, 0, NULL, NULL },
	{ "public", VT_BOOL, 0, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field cat_patch_fields[] = {
	{ "name", VT_STRING, 0, 1, CAT_NAME_CHARS, NULL, NULL },
	{ "name_en", VT_STRING, VF_NULLABLE, 1, CAT_NAME_EN_CHARS, NULL, NULL },  /* null clears */
	{ "parent", VT_STRING, VF_NULLABLE, 1, 30, NULL, NULL },
	{ "platform", VT_STRING, 0, 1, 24, platforms, NULL },
	{ "department_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "accept_hours", VT_INT, 0, 0, 720, NULL, NULL },
	{ "handle_days", VT_INT, 0, 0, 365, NULL, NULL },
	{ "settle_on_spot", VT_BOOL, 0, 0, 0, NULL, NULL },
	{ "public", VT_BOOL, 0, 0, 0, NULL, NULL },
	VAL_END
};

static bool code_chars_ok(const char *s)
{
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-')
			return false;
	return true;
}

/* Applies the fields present in j onto k and checks parent and department. */
static bool cat_merge(struct http_req *r, struct db_conn *c, const json_t *j, struct category *k)
{
	json_t *v;
	struct org o;
	struct category p;

	if ((v = json_object_get(j, "name")))
		snprintf(k->name, sizeof k->name, "%s", json_string_value(v));
	if ((v = json_object_get(j, "name_en")))
		snprintf(k->name_en, sizeof k->name_en, "%s", json_is_string(v) ? json_string_value(v) : "");
	if ((v = json_object_get(j, "platform")))
		snprintf(k->platform, sizeof k->platform, "%s", json_string_value(v));
	if ((v = json_object_get(j, "parent"))) {
		k->has_parent = json_is_string(v);
		snprintf(k->parent, sizeof k->parent, "%s", k->has_parent ? json_string_value(v) : "");
	}
	if ((v = json_object_get(j, "department_id")))
		k->department_id = json_is_integer(v) ? json_integer_value(v) : 0;
	if ((v = json_object_get(j, "accept_hours")))
		k->accept_hours = (int)json_integer_value(v);
	if ((v = json_object_get(j, "handle_days")))
		k->handle_days = (int)json_integer_value(v);
	if ((v = json_object_get(j, "settle_on_spot")))
		k->settle_on_spot = json_is_true(v);
	if ((v = json_object_get(j, "public")))
		k->is_public = json_is_true(v);
	if (k->has_parent) {
		if (strcmp(k->parent, k->code) == 0 || catalog_get(c, k->parent, &p) != PA_OK ||
		    p.has_parent) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "parent",
			    "parent must be the code of a top-level category");
			return false;
		}
		/* two levels only: a 大类 with 小类 of its own cannot become a 小类 */
		if (catalog_has_children(c, k->code)) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "parent",
			    "%s has sub-categories and must stay top-level", k->code);
			return false;
		}
	}
	if (k->department_id && (org_get(c, k->department_id, &o) != PA_OK ||
	    strcmp(o.kind, "department") != 0)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "department_id",
		    "the department chosen is not a department");
		return false;
	}
	return true;
}

struct cat_job {
	struct category k;
	bool create;
};

static pa_err cat_run(struct db_conn *c, void *ctx)
{
	struct cat_job *j = ctx;
	struct category old;

	if (j->create && catalog_get(c, j->k.code, &old) == PA_OK)
		return PA_ERR_CONFLICT;
	return cat_put(c, &j->k, 1000);
}

static void reply_category(struct http_req *r, int status, const struct category *k)
{
	http_reply(r, status, json_pack("{s:s, s:s, s:s, s:o, s:o, s:s, s:o, s:i, s:i, s:b, s:b}",
	    "code", k->code, "name", catalog_name(k, http_lang(r) == LANG_EN), "name_zh", k->name,
	    "name_en", k->name_en[0] ? json_string(k->name_en) : json_null(),
	    "parent", k->has_parent ? json_string(k->parent) : json_null(), "platform", k->platform,
	    "department_id", k->department_id ? json_integer(k->department_id) : json_null(),
	    "accept_hours", k->accept_hours, "handle_days", k->handle_days,
	    "settle_on_spot", k->settle_on_spot, "public", k->is_public));
}

/* POST /api/v1/categories (admin) */
void catalog_api_create(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct cat_job j = { .create = true, .k = { .accept_hours = 2, .handle_days = 5 } };
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, cat_fields))
		return;
	snprintf(j.k.code, sizeof j.k.code, "%s", val_str(r->json, "code"));
	snprintf(j.k.case_type, sizeof j.k.case_type, "%s", val_str(r->json, "type") ?
	    val_str(r->json, "type") : "event");
	if (strcmp(j.k.case_type, "event") == 0 && !val_has(r->json, "platform")) {
		http_error(r, PA_ERR_INVALID, "missing_field", "platform", "%s is required", "platform");
		return;
	}
	if (strcmp(j.k.case_type, "event") != 0 && (val_has(r->json, "parent") ||
	    val_has(r->json, "platform") || val_has(r->json, "department_id"))) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "type",
		    "a lost-and-found category has only a code and a name");
		return;
	}
	if (!code_chars_ok(j.k.code)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "code",
		    "code may hold only letters, digits, '_' and '-'");
		return;
	}
	if (c == NULL || !cat_merge(r, c, r->json, &j.k))
		return;
	rc = db_write(r->db, cat_run, &j);
	if (rc == PA_ERR_CONFLICT) {
		http_error(r, rc, "conflict", "code", "category %s exists", j.k.code);
		return;
	}
	if (rc != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the category");
		return;
	}
	reply_category(r, 201, &j.k);
}

/* PATCH /api/v1/categories/{code} (admin) */
void catalog_api_update(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct cat_job j = { 0 };
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, cat_patch_fields))
		return;
	if (c == NULL || r->nparams < 1 || catalog_get(c, r->params[0], &j.k) != PA_OK) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such category");
		return;
	}
	if (!cat_merge(r, c, r->json, &j.k))
		return;
	if ((rc = db_write(r->db, cat_run, &j)) != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the category");
		return;
	}
	reply_category(r, 200, &j.k);
}

/* ------------------------------------------------------------------ CSV */

static void csv_field(FILE *out, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static const char csv_header[] =
    "code,name,parent,platform,department,accept_hours,handle_days,settle_on_spot,public,name_en";

int catalog_export(struct db *db, FILE *out)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s = c ? db_prepare(c, SQL_CAT_ALL) : NULL;

	if (s == NULL)
		return 1;
	fprintf(out, "%s\n", csv_header);
	db_bind_text(s, 1, "event");
	while (db_step(s) == DB_ROW) {
		struct category k;
		cat_from_row(s, &k);
		csv_field(out, k.code);
		fputc(',', out);
		csv_field(out, k.name);
		fputc(',', out);
		csv_field(out, k.parent);
		fprintf(out, ",%s,", k.platform);
		csv_field(out, db_col_null(s, 10) ? "" : db_col_text(s, 10));
		cat_type_from_row(s, 11, &k);
		fprintf(out, ",%d,%d,%d,%d,", k.accept_hours, k.handle_days, k.settle_on_spot,
		    k.is_public);
		csv_field(out, k.name_en);
		fputc('\n', out);
	}
	db_reset(s);
	return 0;
}

struct import_rows {
	struct category *k;
	int n;
};

static pa_err import_run(struct db_conn *c, void *ctx)
{
	struct import_rows *ir = ctx;
	pa_err rc;

	/* parents first so that the foreign key holds */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < ir->n; i++)
			if (ir->k[i].has_parent == (pass == 1) && (rc = cat_put(c, &ir->k[i], i)) != PA_OK)
				return rc;
	return PA_OK;
}

int catalog_import(struct db *db, const char *path, FILE *msg)
{
	struct db_conn *c = db_reader(db);
	FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char line[CSV_LINE_MAX], *f[CSV_FIELDS_EN + 1];
	struct import_rows ir = { 0 };
	int lineno = 0, errors = 0, cap = 0, rc = 1;
	int64_t v;

	if (in == NULL) {
		fprintf(msg, "pingan: cannot open %s: %s\n", path, strerror(errno));
		return 1;
	}
	while (fgets(line, sizeof line, in)) {
		struct category k = { 0 };
		int nf;
		lineno++;
		if (lineno == 1 && strncmp(line, "code,", 5) == 0)
			continue;            /* the header */
		if (line[0] == '\n' || line[0] == '\r')
			continue;
		/* files written before the English names have 9 columns, newer ones 10 */
		nf = csv_split(line, f, CSV_FIELDS_EN + 1);
		if (nf != CSV_FIELDS && nf != CSV_FIELDS_EN) {
			fprintf(msg, "line %d: expected %d or %d fields\n", lineno, CSV_FIELDS,
			    CSV_FIELDS_EN);
			errors++;
			continue;
		}
		if (nf == CSV_FIELDS_EN) {
			if (utf8_chars(f[9], strlen(f[9])) < 0 ||
			    utf8_chars(f[9], strlen(f[9])) > CAT_NAME_EN_CHARS) {
				fprintf(msg, "line %d: the English name is not text of up to %d characters\n",
				    lineno, CAT_NAME_EN_CHARS);
				errors++;
				continue;
			}
			snprintf(k.name_en, sizeof k.name_en, "%s", val_blank(f[9]) ? "" : f[9]);
		} else {
			/* a file without the column says nothing of English names: keep the stored one */
			struct category old;
			if (c && catalog_get(c, f[0], &old) == PA_OK)
				snprintf(k.name_en, sizeof k.name_en, "%s", old.name_en);
		}
		snprintf(k.code, sizeof k.code, "%s", f[0]);
		snprintf(k.name, sizeof k.name, "%s", f[1]);
		snprintf(k.parent, sizeof k.parent, "%s", f[2]);
		k.has_parent = f[2][0] != '\0';
		snprintf(k.platform, sizeof k.platform, "%s", f[3]);
		if (!*f[0] || !code_chars_ok(f[0]) || strlen(f[0]) > 30 || !*f[1] ||
		    utf8_chars(f[1], strlen(f[1])) < 0 || platform_name(f[3]) == NULL) {
			fprintf(msg, "line %d: needs a code, a name and a platform (%s)\n", lineno,
			    "zongzhi|shichang|zonghe_zhifa|bianmin");
			errors++;
			continue;
		}
		if (*f[4] && (c == NULL || (k.department_id = org_id_by_code(c, f[4])) == 0)) {
			fprintf(msg, "line %d: unknown department %s\n", lineno, f[4]);
			errors++;
			continue;
		}
		if (!parse_i64(f[5], 0, 720, &v) || (k.accept_hours = (int)v, 0) ||
		    !parse_i64(f[6], 0, 365, &v) || (k.handle_days = (int)v, 0) ||
		    (strcmp(f[7], "0") && strcmp(f[7], "1")) || (strcmp(f[8], "0") && strcmp(f[8], "1"))) {
			fprintf(msg, "line %d: accept_hours 0-720, handle_days 0-365, flags 0 or 1\n",
			    lineno);
			errors++;
			continue;
		}
		k.settle_on_spot = f[7][0] == '1';
		k.is_public = f[8][0] == '1';
		if (ir.n == cap) {
			struct category *nk = realloc(ir.k, (size_t)(cap = cap ? cap * 2 : 64) * sizeof *nk);
			if (nk == NULL)
				goto out;
			ir.k = nk;
		}
		ir.k[ir.n++] = k;
	}
	/* a parent must be a top-level row of the file or of the database, and a row with a
	 * parent must not be anyone's parent (two levels only) */
	for (int i = 0; i < ir.n; i++) {
		bool found = false;
		struct category p;
		if (!ir.k[i].has_parent)
			continue;
		for (int k = 0; k < ir.n && !found; k++)
			found = ir.k[k].has_parent && strcmp(ir.k[k].parent, ir.k[i].code) == 0;
		if (found || (c && catalog_has_children(c, ir.k[i].code))) {
			fprintf(msg, "category %s: has sub-categories and must stay top-level\n",
			    ir.k[i].code);
			errors++;
			continue;
		}
		for (int k = 0; k < ir.n && !found; k++)
			found = !ir.k[k].has_parent && strcmp(ir.k[k].code, ir.k[i].parent) == 0;
		if (!found && !(c && catalog_get(c, ir.k[i].parent, &p) == PA_OK && !p.has_parent)) {
			fprintf(msg, "category %s: unknown parent %s\n", ir.k[i].code, ir.k[i].parent);
			errors++;
		}
	}
	if (errors) {
		fprintf(msg, "imported nothing: %d errors\n", errors);
		goto out;
	}
	if (db_write(db, import_run, &ir) != PA_OK) {
		fprintf(msg, "pingan: import failed; nothing was imported\n");
		goto out;
	}
	fprintf(msg, "imported %d categories\n", ir.n);
	rc = 0;
out:
	if (in != stdin)
		fclose(in);
	free(ir.k);
	return rc;
}
