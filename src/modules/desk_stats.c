/* desk_stats.c — the front desk's numbers (阳光坐席统计), definitions in docs/indicators.md:
 *
 * GET /api/v1/stats/incidents?org_id=&from=&to=&group=category|month&format=
 *   发案 (filed: 立案 dated in the period), 破案 (solved: 破案 dated in the period) and 破案率
 *   (of the cases filed in the period, those solved before its end), each with numerator and
 *   denominator, beside the same period one year earlier and the change in percent.
 * GET /api/v1/stats/desk?org_id=&from=&to=&format=
 *   help requests by category with the average hours to resolve, visits by purpose with their
 *   minutes, CCTV reviews found / not found.
 * Both count the cases in the caller's scope under org_id; csv and xlsx like every list. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk.h"

#define STATS_MONTHS_MAX 120    /* months in a breakdown by month (ten years) */
#define STATS_GROUPS_MAX (STATS_MONTHS_MAX + 1)

/* ms moved by years calendar years (China time); 29 February becomes the 28th. */
int64_t desk_year_shift(int64_t ms, int years)
{
	time_t t = (time_t)(ms / 1000) + PA_TZ_OFFSET_S;
	struct tm tm;

	gmtime_r(&t, &tm);
	tm.tm_year += years;
	if (tm.tm_mon == 1 && tm.tm_mday == 29)
		tm.tm_mday = 28;
	return ((int64_t)timegm(&tm) - PA_TZ_OFFSET_S) * 1000 + ms % 1000;
}

/* "YYYY-MM" of ms, China time. */
static void month_key(int64_t ms, char out[16])
{
	char t[TIME_STR_MAX];

	time_format(ms, t);
	snprintf(out, 16, "%.7s", t);
}

struct inc_group {
	char key[16];
	struct inc_counts cur, prev;
};
struct inc_stats {
	struct inc_group g[STATS_GROUPS_MAX], total;
	int n;
};

static struct inc_group *group_of(struct inc_stats *x, const char *key)
{
	for (int i = 0; i < x->n; i++)
		if (strcmp(x->g[i].key, key) == 0)
			return &x->g[i];
	return NULL;
}

void desk_inc_count(struct inc_counts *k, int64_t filed, int64_t solved, int64_t from,
    int64_t to)
{
	if (filed && filed >= from && filed < to) {
		k->filed++;
		k->den++;
		if (solved && solved < to)
			k->num++;
	}
	if (solved && solved >= from && solved < to)
		k->solved++;
}

static const char SQL_INC[] =
    "SELECT c.category, COALESCE(d.filed_at, 0), COALESCE(d.solved_at, 0) "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "JOIN incident_details d ON d.case_id = c.id "
    "WHERE c.type = 'incident' AND ((d.filed_at >= ?2 AND d.filed_at < ?3) "
    "OR (d.solved_at >= ?2 AND d.solved_at < ?3)) AND " SCOPE_CASE_SQL
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4)";

/* Counts a row into its groups: by category one group; by month the month of each date. */
static void inc_row(struct inc_stats *x, bool by_month, const char *cat, int64_t filed,
    int64_t solved, int64_t from, int64_t to, int64_t pfrom, int64_t pto)
{
	struct inc_group *g;
	char key[16];

	desk_inc_count(&x->total.cur, filed, solved, from, to);
	desk_inc_count(&x->total.prev, filed, solved, pfrom, pto);
	if (!by_month) {
		if ((g = group_of(x, cat ? cat : "")) == NULL)
			return;
		desk_inc_count(&g->cur, filed, solved, from, to);
		desk_inc_count(&g->prev, filed, solved, pfrom, pto);
		return;
	}
	/* a month: filed and 破案率 by the filing month, solved by the solving month */
	for (int side = 0; side < 2; side++) {
		int64_t f = side ? desk_year_shift(filed, 1) : filed;
		int64_t s = side ? desk_year_shift(solved, 1) : solved;
		struct inc_counts one = { 0 }, *k;
		desk_inc_count(&one, filed, solved, side ? pfrom : from, side ? pto : to);
		if (filed && one.filed) {
			month_key(f, key);
			if ((g = group_of(x, key)) != NULL) {
				k = side ? &g->prev : &g->cur;
				k->filed += one.filed;
				k->den += one.den;
				k->num += one.num;
			}
		}
		if (solved && one.solved) {
			month_key(s, key);
			if ((g = group_of(x, key)) != NULL)
				(side ? &g->prev : &g->cur)->solved += one.solved;
		}
	}
}

static json_t *time_json_str(int64_t ms)
{
	char t[TIME_STR_MAX];

	time_format(ms, t);
	return json_string(t);
}

static json_t *ratio_json(int64_t num, int64_t den)
{
	return json_pack("{s:I, s:I, s:o}", "numerator", (json_int_t)num, "denominator",
	    (json_int_t)den, "value", den ? json_real((double)(int64_t)((double)num / (double)den *
	    10000.0 + 0.5) / 10000.0) : json_null());
}

/* (cur - prev) / prev in percent, one decimal; NAN-free: null when prev is 0. */
static json_t *change_json(double cur, double prev)
{
	double v;

	if (prev == 0)
		return json_null();
	v = (cur - prev) / prev * 100.0;
	return json_real((double)(int64_t)(v * 10.0 + (v < 0 ? -0.5 : 0.5)) / 10.0);
}

static double rate(const struct inc_counts *k)
{
	return k->den ? (double)k->num / (double)k->den : 0;
}

static json_t *counts_json(const struct inc_counts *k)
{
	return json_pack("{s:I, s:I, s:o}", "filed", (json_int_t)k->filed, "solved",
	    (json_int_t)k->solved, "clearance", ratio_json(k->num, k->den));
}

static json_t *group_json(const struct inc_group *g, const char *name, const char *parent)
{
	json_t *o = counts_json(&g->cur);

	json_object_set_new(o, "key", json_string(g->key));
	json_object_set_new(o, "name", name ? json_string(name) : json_null());
	if (parent)
		json_object_set_new(o, "parent", json_string(parent));
	json_object_set_new(o, "previous", counts_json(&g->prev));
	json_object_set_new(o, "change_pct", json_pack("{s:o, s:o, s:o}",
	    "filed", change_json((double)g->cur.filed, (double)g->prev.filed),
	    "solved", change_json((double)g->cur.solved, (double)g->prev.solved),
	    "clearance", g->cur.den && g->prev.den ? change_json(rate(&g->cur), rate(&g->prev)) :
	    json_null()));
	return o;
}

static const struct export_col inc_cols[] = {
	{ "key", "分组", "Group", EXK_TEXT },
	{ "name", "名称", "Name", EXK_TEXT },
	{ "filed", "发案数", "Filed", EXK_INT },
	{ "solved", "破案数", "Solved", EXK_INT },
	{ "clearance_num", "破案率分子", "Clearance numerator", EXK_INT },
	{ "clearance_den", "破案率分母", "Clearance denominator", EXK_INT },
	{ "clearance", "破案率", "Clearance rate", EXK_PERCENT },
	{ "prev_filed", "去年同期发案数", "Filed a year earlier", EXK_INT },
	{ "prev_solved", "去年同期破案数", "Solved a year earlier", EXK_INT },
	{ "prev_clearance", "去年同期破案率", "Clearance a year earlier", EXK_PERCENT },
	{ "filed_change", "发案同比（%）", "Filed change (%)", EXK_NUM },
	{ "solved_change", "破案同比（%）", "Solved change (%)", EXK_NUM },
	{ "clearance_change", "破案率同比（%）", "Clearance change (%)", EXK_NUM },
	EXPORT_COLS_END
};

static void export_change(struct export *e, double cur, double prev, bool ok)
{
	if (!ok || prev == 0)
		export_text(e, "");
	else
		export_num(e, (cur - prev) / prev * 100.0, 1);
}

static void inc_export_row(struct export *e, const struct inc_group *g, const char *name)
{
	export_row(e);
	export_text(e, g->key);
	export_text(e, name ? name : "");
	export_int(e, g->cur.filed);
	export_int(e, g->cur.solved);
	export_int(e, g->cur.num);
	export_int(e, g->cur.den);
	if (g->cur.den)
		export_percent(e, rate(&g->cur));
	else
		export_text(e, "");
	export_int(e, g->prev.filed);
	export_int(e, g->prev.solved);
	if (g->prev.den)
		export_percent(e, rate(&g->prev));
	else
		export_text(e, "");
	export_change(e, (double)g->cur.filed, (double)g->prev.filed, true);
	export_change(e, (double)g->cur.solved, (double)g->prev.solved, true);
	export_change(e, rate(&g->cur), rate(&g->prev), g->cur.den && g->prev.den);
}

/* The period of a stats request: from/to (default: the year up to now) and the one a year
 * earlier. False after answering an error. */
static bool stats_period(struct http_req *r, int64_t *from, int64_t *to)
{
	if (!http_query_time(r, "from", from) || !http_query_time(r, "to", to))
		return false;
	if (*to == 0)
		*to = clock_now_ms();
	if (*from == 0)
		*from = desk_year_shift(*to, -1);
	if (*from >= *to) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "from", "from must be before to");
		return false;
	}
	return true;
}

static bool is_zero(const struct inc_group *g)
{
	return !g->cur.filed && !g->cur.solved && !g->prev.filed && !g->prev.solved;
}

void desk_api_stats_incidents(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *group = http_query(r, "group");
	enum export_format fmt = http_export_format(r);
	char path[LIM_ORG_PATH] = "", key[16];
	int64_t from, to, pfrom, pto, org_id = 0;
	struct inc_stats *x;
	struct db_stmt *s;
	bool by_month;
	json_t *groups, *o;
	int rc;

	if (fmt == EXPORT_BAD || !stats_period(r, &from, &to) || !org_query(r, true, &org_id, path))
		return;
	if (group && *group && strcmp(group, "category") && strcmp(group, "month")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "group", "group must be category or month");
		return;
	}
	by_month = group && strcmp(group, "month") == 0;
	pfrom = desk_year_shift(from, -1);
	pto = desk_year_shift(to, -1);
	if (c == NULL || (x = arena_alloc(r->arena, sizeof *x)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	memset(x, 0, sizeof *x);
	snprintf(x->total.key, sizeof x->total.key, "%s", "total");
	/* the groups in their order: every month of the period, or every sub-category */
	if (by_month) {
		char last[16];
		month_key(to - 1, last);
		month_key(from, key);
		while (strcmp(key, last) <= 0) {
			int y, m;
			if (x->n >= STATS_MONTHS_MAX) {
				http_error(r, PA_ERR_INVALID, "invalid_value", "to",
				    "a breakdown by month covers at most %d months", STATS_MONTHS_MAX);
				return;
			}
			snprintf(x->g[x->n++].key, sizeof x->g[0].key, "%s", key);
			if (sscanf(key, "%4d-%2d", &y, &m) != 2)
				break;
			y += m / 12;
			m = m % 12 + 1;
			snprintf(key, sizeof key, "%04d-%02d", y, m);
		}
	} else {
		for (const struct incident_cat *k = incident_catalog; k->code; k++)
			if (k->parent && x->n < STATS_GROUPS_MAX)
				snprintf(x->g[x->n++].key, sizeof x->g[0].key, "%s", k->code);
	}
	if ((s = db_prepare(c, SQL_INC)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, pfrom < from ? pfrom : from);
	db_bind_int(s, 3, to > pto ? to : pto);
	db_bind_text(s, 4, org_id ? path : NULL);
	while ((rc = db_step(s)) == DB_ROW)
		inc_row(x, by_month, db_col_text(s, 0), db_col_int(s, 1), db_col_int(s, 2), from, to,
		    pfrom, pto);
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	if (fmt != EXPORT_JSON) {
		struct export *e = export_begin(r, fmt, "incident-stats");
		if (e == NULL)
			return;
		export_sheet(e, "发案破案统计", "Incidents filed and solved", inc_cols);
		for (int i = 0; i < x->n; i++) {
			const struct incident_cat *k = by_month ? NULL : incident_cat_find(x->g[i].key);
			char name[LIM_NAME_CHARS * 4];
			if (!by_month && is_zero(&x->g[i]))
				continue;
			if (k)
				incident_cat_name(k->code, export_english(e), name, sizeof name);
			inc_export_row(e, &x->g[i], k ? name : NULL);
		}
		inc_export_row(e, &x->total, export_english(e) ? "Total" : "合计");
		export_finish(e);
		return;
	}
	groups = json_array();
	for (int i = 0; i < x->n; i++) {
		const struct incident_cat *k = by_month ? NULL : incident_cat_find(x->g[i].key);
		const struct incident_cat *p = k ? incident_cat_find(k->parent) : NULL;
		char name[LIM_NAME_CHARS * 4];
		if (!by_month && is_zero(&x->g[i]))
			continue;
		if (k)
			incident_cat_name(k->code, http_lang(r) == 1, name, sizeof name);
		json_array_append_new(groups, group_json(&x->g[i], k ? name : NULL,
		    p ? p->code : NULL));
	}
	o = json_pack("{s:o, s:o, s:o, s:{s:o, s:o}, s:s, s:o, s:o}",
	    "org_id", org_id ? json_integer(org_id) : json_null(),
	    "from", time_json_str(from), "to", time_json_str(to),
	    "previous", "from", time_json_str(pfrom), "to", time_json_str(pto),
	    "group", by_month ? "month" : "category",
	    "total", group_json(&x->total, NULL, NULL), "groups", groups);
	http_reply(r, 200, o);
	return;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}

/* ------------------------------------------------------------------ help, visits, CCTV */

#define DESK_SCOPE \
    " FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "

static const char SQL_HELP[] =
    "SELECT c.category, COUNT(*), SUM(c.status = 'resolved'), "
    "AVG(CASE WHEN c.status = 'resolved' THEN h.resolved_at - c.created_at END)" DESK_SCOPE
    "LEFT JOIN help_details h ON h.case_id = c.id WHERE c.type = 'help' AND c.created_at >= ?2 "
    "AND c.created_at < ?3 AND " SCOPE_CASE_SQL
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4) GROUP BY c.category "
    "ORDER BY COUNT(*) DESC, c.category";
static const char SQL_VISITS[] =
    "SELECT v.purpose, COUNT(*), COALESCE(SUM(v.minutes), 0), AVG(v.minutes)" DESK_SCOPE
    "LEFT JOIN visit_details v ON v.case_id = c.id WHERE c.type = 'visit' AND c.created_at >= ?2 "
    "AND c.created_at < ?3 AND " SCOPE_CASE_SQL
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4) GROUP BY v.purpose "
    "ORDER BY COUNT(*) DESC, v.purpose";
static const char SQL_CCTV[] =
    "SELECT COUNT(*), COALESCE(SUM(c.status = 'pending'), 0), "
    "COALESCE(SUM(c.status = 'approved'), 0), COALESCE(SUM(c.status = 'refused'), 0), "
    "COALESCE(SUM(c.status = 'concluded'), 0), "
    "COALESCE(SUM(c.status = 'concluded' AND d.found = 1), 0), "
    "COALESCE(SUM(c.status = 'concluded' AND d.found = 0), 0)" DESK_SCOPE
    "LEFT JOIN cctv_details d ON d.case_id = c.id WHERE c.type = 'cctv' AND c.created_at >= ?2 "
    "AND c.created_at < ?3 AND " SCOPE_CASE_SQL
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4)";

static struct db_stmt *desk_query(struct db_conn *c, const char *sql, const struct http_req *r,
    int64_t from, int64_t to, int64_t org_id, const char *path)
{
	struct db_stmt *s = db_prepare(c, sql);

	if (s == NULL)
		return NULL;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, from);
	db_bind_int(s, 3, to);
	db_bind_text(s, 4, org_id ? path : NULL);
	return s;
}

static const struct export_col help_cols[] = {
	{ "category", "求助类别", "Category", EXK_TEXT },
	{ "count", "求助数", "Requests", EXK_INT },
	{ "resolved", "已解决", "Resolved", EXK_INT },
	{ "avg_hours_to_resolve", "平均解决时长（小时）", "Average hours to resolve", EXK_NUM },
	EXPORT_COLS_END
};
static const struct export_col visit_cols[] = {
	{ "purpose", "来访事由", "Purpose", EXK_TEXT },
	{ "count", "接待人次", "Visits", EXK_INT },
	{ "minutes_total", "接待总时长（分钟）", "Minutes in total", EXK_INT },
	{ "minutes_avg", "平均时长（分钟）", "Average minutes", EXK_NUM },
	EXPORT_COLS_END
};
static const struct export_col cctv_cols[] = {
	{ "total", "调阅申请", "Requests", EXK_INT },
	{ "pending", "待审批", "Awaiting approval", EXK_INT },
	{ "approved", "已批准未完成", "Approved, open", EXK_INT },
	{ "refused", "不予批准", "Refused", EXK_INT },
	{ "concluded", "已完成", "Concluded", EXK_INT },
	{ "found", "发现线索", "Found", EXK_INT },
	{ "not_found", "未发现", "Not found", EXK_INT },
	EXPORT_COLS_END
};

static const char *choice_name(const char *type, const char *field, const char *code, bool en)
{
	const struct case_type *t = case_type_find(type);
	const struct type_field *f = t ? type_field_find(t, field) : NULL;

	return code ? tf_choice_name(f, code, en) : (en ? "Not given" : "未填写");
}

/* Rounds to two decimals for JSON. */
static json_t *num2(double v)
{
	return json_real((double)(int64_t)(v * 100.0 + 0.5) / 100.0);
}

void desk_api_stats_desk(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const struct case_type *help = case_type_find("help");
	char path[LIM_ORG_PATH] = "", name[LIM_NAME_CHARS * 4];
	int64_t from, to, org_id = 0;
	struct export *e = NULL;
	struct db_stmt *s;
	json_t *helps = NULL, *visits = NULL, *cctv = NULL;
	bool en = http_lang(r) == LANG_EN;
	int rc;

	if (fmt == EXPORT_BAD || !stats_period(r, &from, &to) || !org_query(r, true, &org_id, path))
		return;
	if (c == NULL || help == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (fmt != EXPORT_JSON) {
		if ((e = export_begin(r, fmt, "desk-stats")) == NULL)
			return;
		en = export_english(e);
	}
	/* help requests by category */
	if ((s = desk_query(c, SQL_HELP, r, from, to, org_id, path)) == NULL)
		goto dberr;
	if (e)
		export_sheet(e, "群众求助", "Help requests", help_cols);
	else
		helps = json_array();
	while ((rc = db_step(s)) == DB_ROW) {
		const char *cat = db_col_text(s, 0);
		double avg = db_col_null(s, 3) ? -1 : db_col_double(s, 3) / 3600000.0;
		if (!(cat && help->category_name && help->category_name(NULL, cat, en, name,
		    sizeof name)))
			snprintf(name, sizeof name, "%s", cat ? cat : "");
		if (e) {
			export_row(e);
			export_text(e, name);
			export_int(e, db_col_int(s, 1));
			export_int(e, db_col_int(s, 2));
			if (avg < 0)
				export_text(e, "");
			else
				export_num(e, avg, 2);
			continue;
		}
		json_array_append_new(helps, json_pack("{s:s?, s:s, s:I, s:I, s:o}", "category", cat,
		    "name", name, "count", (json_int_t)db_col_int(s, 1), "resolved",
		    (json_int_t)db_col_int(s, 2), "avg_hours_to_resolve", avg < 0 ? json_null() :
		    num2(avg)));
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	/* visits by purpose */
	if ((s = desk_query(c, SQL_VISITS, r, from, to, org_id, path)) == NULL)
		goto dberr;
	if (e)
		export_sheet(e, "坐堂接待", "Reception", visit_cols);
	else
		visits = json_array();
	while ((rc = db_step(s)) == DB_ROW) {
		const char *purpose = db_col_text(s, 0);
		const char *pn = choice_name("visit", "purpose", purpose, en);
		if (e) {
			export_row(e);
			export_text(e, pn);
			export_int(e, db_col_int(s, 1));
			export_int(e, db_col_int(s, 2));
			if (db_col_null(s, 3))
				export_text(e, "");
			else
				export_num(e, db_col_double(s, 3), 1);
			continue;
		}
		json_array_append_new(visits, json_pack("{s:s?, s:s, s:I, s:I, s:o}", "purpose", purpose,
		    "name", pn, "count", (json_int_t)db_col_int(s, 1), "minutes_total",
		    (json_int_t)db_col_int(s, 2), "minutes_avg", db_col_null(s, 3) ? json_null() :
		    num2(db_col_double(s, 3))));
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	/* CCTV reviews */
	if ((s = desk_query(c, SQL_CCTV, r, from, to, org_id, path)) == NULL)
		goto dberr;
	if ((rc = db_step(s)) != DB_ROW) {
		db_reset(s);
		goto dberr;
	}
	if (e) {
		export_sheet(e, "视频调阅", "CCTV reviews", cctv_cols);
		export_row(e);
		for (int i = 0; i < 7; i++)
			export_int(e, db_col_int(s, i));
		db_reset(s);
		export_finish(e);
		return;
	}
	cctv = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I}", "total", (json_int_t)db_col_int(s, 0),
	    "pending", (json_int_t)db_col_int(s, 1), "approved", (json_int_t)db_col_int(s, 2),
	    "refused", (json_int_t)db_col_int(s, 3), "concluded", (json_int_t)db_col_int(s, 4),
	    "found", (json_int_t)db_col_int(s, 5), "not_found", (json_int_t)db_col_int(s, 6));
	db_reset(s);
	http_reply(r, 200, json_pack("{s:o, s:o, s:o, s:o, s:o, s:o}", "org_id",
	    org_id ? json_integer(org_id) : json_null(), "from", time_json_str(from), "to",
	    time_json_str(to), "help", helps, "visits", visits, "cctv", cctv));
	return;
dberr:
	if (e)
		export_abort(e);
	json_decref(helps);
	json_decref(visits);
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}
