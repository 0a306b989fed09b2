/* indicators.c — the appraisal numbers of grid events (考核指标) for a unit and its subtree, a
 * period, a category or a platform: each with its numerator and denominator (formulas in
 * docs/indicators.md), a trend, and breakdowns; as JSON, CSV or Excel (.xlsx, a sheet each). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

extern const struct indicator_def event_indicators[];

#define DAY_MS (86400LL * 1000)
#define IND_PERIODS_MAX 400
#define IND_GROUPS_MAX 64           /* groups of a breakdown shown; the last gathers the rest */
#define IND_GROUPS_COLLECT 512      /* groups counted before the biggest are chosen */
#define IND_REST_KEY "_rest"          /* its key */
#define IND_UNITS_CACHE 256         /* (unit, assigned unit) pairs whose scope is remembered */

enum { I_REPORTED, I_ACCEPT, I_SETTLE, I_ONTIME, I_CLOSE, I_REWORK, I_EXTEND, I_SATISFY,
	I_AVG_HOURS, I_COUNT };

/* The definitions are the event type's (event_indicators in event.c), in the order above. */
#define ind_def event_indicators
static const char *const ind_kinds[] = { "count", "ratio", "hours" };

struct tally {
	char key[32], name[LIM_NAME_CHARS * 4 + 1];
	int64_t reported, closed;
};

struct ind {
	int64_t num[I_COUNT], den[I_COUNT];
	int64_t close_ms;          /* the sum of (closed − reported), exact; hours at the end */
	struct tally periods[IND_PERIODS_MAX], cats[IND_GROUPS_COLLECT], plats[IND_GROUPS_COLLECT];
	int nperiods, ncats, nplats;
	/* the trend counts into slots by arithmetic on the instant (no time formatting, no
	 * search per row): slot i starts at period0 + i * period_ms */
	int64_t period0, period_ms;
	int64_t slot_reported[IND_PERIODS_MAX], slot_closed[IND_PERIODS_MAX];
};

/* The start of the China-time day of ms. */
static int64_t day_start(int64_t ms)
{
	int64_t s = ms / 1000 + PA_TZ_OFFSET_S;

	return ((s >= 0 ? s : s - 86399) / 86400 * 86400 - PA_TZ_OFFSET_S) * 1000;
}

/* The slot of an instant in the trend, or -1 outside it. */
static int period_slot(const struct ind *x, int64_t ms, bool week)
{
	int64_t start = week ? time_week_start(ms) : day_start(ms), i;

	if (start < x->period0)
		return -1;
	i = (start - x->period0) / x->period_ms;
	return i < IND_PERIODS_MAX ? (int)i : -1;
}

/* The group of key, made on first use. Past IND_GROUPS_COLLECT groups the last one gathers
 * the rest (a catalogue that large is not expected); tallies_finish then keeps the biggest. */
static struct tally *tally_of(struct tally *t, int *n, int max, const char *key,
    const char *name)
{
	for (int i = 0; i < *n; i++)
		if (strcmp(t[i].key, key) == 0)
			return &t[i];
	if (*n >= max - 1) {
		struct tally *rest = &t[max - 1];
		if (*n == max - 1) {
			memset(rest, 0, sizeof *rest);
			snprintf(rest->key, sizeof rest->key, "%s", IND_REST_KEY);
			snprintf(rest->name, sizeof rest->name, "%s", "其他（合并）");
			(*n)++;
		}
		return rest;
	}
	memset(&t[*n], 0, sizeof t[*n]);
	snprintf(t[*n].key, sizeof t[*n].key, "%s", key);
	snprintf(t[*n].name, sizeof t[*n].name, "%s", name ? name : key);
	return &t[(*n)++];
}

static int tally_cmp(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;

	if (x->reported != y->reported)
		return x->reported > y->reported ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* A breakdown in a fixed order, whatever order the rows came in: the biggest first (then by
 * key); past IND_GROUPS_MAX - 1 groups the others are counted in one 其他（合并） group, so a
 * breakdown never drops a case: its totals stay the totals. */
static void tallies_finish(struct tally *t, int *n)
{
	struct tally *rest;

	qsort(t, (size_t)*n, sizeof *t, tally_cmp);
	if (*n <= IND_GROUPS_MAX)
		return;
	rest = &t[IND_GROUPS_MAX - 1];
	for (int i = IND_GROUPS_MAX; i < *n; i++) {
		rest->reported += t[i].reported;
		rest->closed += t[i].closed;
	}
	snprintf(rest->key, sizeof rest->key, "%s", IND_REST_KEY);
	snprintf(rest->name, sizeof rest->name, "%s", "其他（合并）");
	*n = IND_GROUPS_MAX;
}

/* The period an instant falls in: its China-time date, or the Monday of its week. */
static void period_key(int64_t ms, bool week, char out[16])
{
	char t[TIME_STR_MAX];

	time_format(week ? time_week_start(ms) : ms, t);
	snprintf(out, 16, "%.10s", t);
}

/* The events of a period read one by one: the indexed columns of the case row and of
 * event_details, no JSON parsed per row. The filters: ?4 org path, ?5 category or its parent,
 * ?6 platform. */
#define IND_COLS \
    "SELECT c.status, c.created_at, COALESCE(c.closed_at, 0), COALESCE(d.accepted_at, 0), " \
    "COALESCE(d.handle_due_at, 0), d.rating, COALESCE(d.handled_at, 0), " \
    "COALESCE(d.rework_count, 0), COALESCE(d.extension_days, 0), " \
    "COALESCE(k.parent, c.category), COALESCE(p.name, k.name, c.category), " \
    "COALESCE(k.platform, '') "
#define IND_FROM \
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id " \
    "LEFT JOIN event_details d ON d.case_id = c.id " \
    "LEFT JOIN categories k ON k.code = c.category LEFT JOIN categories p ON p.code = k.parent "
#define IND_FILTERS \
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4)" \
    " AND (?5 IS NULL OR c.category = ?5 OR k.parent = ?5)" \
    " AND (?6 IS NULL OR k.platform = ?6)"
/* every event of [?2, ?3) in scope */
static const char SQL_IND[] = IND_COLS IND_FROM
    "WHERE c.type = 'event' AND c.created_at >= ?2 AND c.created_at < ?3 AND " SCOPE_CASE_SQL
    IND_FILTERS;
/* the events of [?2, ?3) the user sees only as their assignee or reporter (not by grants):
 * the summary counts units, these are added one by one. CROSS JOIN keeps SQLite from
 * walking the period's events instead of the user's own (few) cases. */
static const char SQL_IND_PERSONAL[] = IND_COLS
    "FROM (SELECT id FROM cases WHERE assignee_id = ?1 UNION "
    "SELECT id FROM cases WHERE reporter_id = ?1) m CROSS JOIN cases c ON c.id = m.id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "LEFT JOIN event_details d ON d.case_id = c.id "
    "LEFT JOIN categories k ON k.code = c.category LEFT JOIN categories p ON p.code = k.parent "
    "WHERE c.type = 'event' AND c.created_at >= ?2 AND c.created_at < ?3 AND NOT "
    SCOPE_GRANTS_SQL IND_FILTERS;
/* the events of [?2, ?3) in the user's units, not closed, whose handling deadline passed
 * today before now (?7 today's start, ?8 now): the summary knows their deadline's day only.
 * Driven by the deadline index (event_details_due): a day's deadlines, not the period. */
static const char SQL_IND_DUE_TODAY[] = "SELECT COUNT(*) "
    "FROM event_details d CROSS JOIN cases c ON c.id = d.case_id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "LEFT JOIN categories k ON k.code = c.category "
    "WHERE d.handle_due_at >= ?7 AND d.handle_due_at <= ?8 AND c.type = 'event' "
    "AND c.status <> 'closed' AND c.created_at >= ?2 AND c.created_at < ?3 AND "
    SCOPE_GRANTS_SQL IND_FILTERS;
/* the summary of whole days [?1, ?2) (008_speed.sql) */
static const char SQL_IND_DAYS[] =
    "SELECT org_id, unit_id, category, day, closed_day, due_day, n, accept_den, accept_num, "
    "settle_num, ontime_den, ontime_num, close_num, rework_den, rework_num, extend_den, "
    "extend_num, satisfy_den, satisfy_num, hours_den, hours_ms FROM event_stats "
    "WHERE day >= ?1 AND day < ?2 AND n <> 0";
/* whether a unit (?2) and assigned unit (?3, 0 for none) are in the user's grants (the same
 * rule as the events' scope), and the unit's path */
static const char SQL_IND_UNIT[] = "SELECT " SCOPE_GRANTS_SQL ", o.path "
    "FROM orgs o LEFT JOIN orgs un ON un.id = ?3 WHERE o.id = ?2";
/* a category's group (its parent or itself), the group's name and its platform */
static const char SQL_IND_CAT[] =
    "SELECT COALESCE(k.parent, ?1), COALESCE(p.name, k.name, ?1), COALESCE(k.platform, ''), "
    "k.parent FROM (SELECT 1) LEFT JOIN categories k ON k.code = ?1 "
    "LEFT JOIN categories p ON p.code = k.parent";

static void count_row(struct ind *x, struct db_stmt *s, bool week, int64_t now)
{
	const char *status = db_col_text(s, 0);
	int64_t created = db_col_int(s, 1), closed_at = db_col_int(s, 2);
	bool settled = strcmp(status, "settled") == 0, rejected = strcmp(status, "rejected") == 0;
	bool closed = strcmp(status, "closed") == 0;
	bool accepted = db_col_int(s, 3) != 0;
	int64_t due = db_col_int(s, 4);
	const char *rating = db_col_text(s, 5);
	struct tally *t;
	int slot;

	x->num[I_REPORTED]++;
	if (accepted || rejected) {
		x->den[I_ACCEPT]++;
		x->num[I_ACCEPT] += accepted;
	}
	x->den[I_SETTLE]++;
	x->num[I_SETTLE] += settled;
	if (due && (closed || due <= now)) {
		x->den[I_ONTIME]++;
		x->num[I_ONTIME] += closed && closed_at <= due;
	}
	x->den[I_CLOSE]++;
	x->num[I_CLOSE] += closed || settled;
	if (db_col_int(s, 6)) {
		x->den[I_REWORK]++;
		x->num[I_REWORK] += db_col_int(s, 7) > 0;
	}
	if (due) {
		x->den[I_EXTEND]++;
		x->num[I_EXTEND] += db_col_int(s, 8) > 0;
	}
	if (rating) {
		x->den[I_SATISFY]++;
		x->num[I_SATISFY] += strcmp(rating, "unsatisfied") != 0;
	}
	if ((closed || settled) && closed_at) {
		x->den[I_AVG_HOURS]++;
		x->close_ms += closed_at - created;
	}
	if ((slot = period_slot(x, created, week)) >= 0)
		x->slot_reported[slot]++;
	if ((closed || settled) && closed_at && (slot = period_slot(x, closed_at, week)) >= 0)
		x->slot_closed[slot]++;
	if ((t = tally_of(x->cats, &x->ncats, IND_GROUPS_COLLECT, db_col_text(s, 9) ? db_col_text(s, 9) :
	    "", db_col_text(s, 10)))) {
		t->reported++;
		t->closed += closed || settled;
	}
	if ((t = tally_of(x->plats, &x->nplats, IND_GROUPS_COLLECT, db_col_text(s, 11) ?
	    db_col_text(s, 11) : "", platform_name(db_col_text(s, 11))))) {
		t->reported++;
		t->closed += closed || settled;
	}
}

/* The breakdowns' names for an English reader: a category group's English name where the
 * catalogue has one, the platform's, and the merged rest. The tallies are counted with the
 * Chinese names (the summary's cache is shared by readers of both languages); this renames
 * the few groups of the answer at the end. */
static void tallies_english(struct db_conn *c, struct ind *x)
{
	struct category k;

	for (int i = 0; i < x->ncats; i++) {
		struct tally *t = &x->cats[i];
		if (strcmp(t->key, IND_REST_KEY) == 0)
			snprintf(t->name, sizeof t->name, "%s", "Others (merged)");
		else if (t->key[0] && catalog_get(c, t->key, &k) == PA_OK)
			snprintf(t->name, sizeof t->name, "%s", catalog_name(&k, true));
	}
	for (int i = 0; i < x->nplats; i++) {
		struct tally *t = &x->plats[i];
		const char *en = platform_name_lang(t->key, true);
		if (strcmp(t->key, IND_REST_KEY) == 0)
			snprintf(t->name, sizeof t->name, "%s", "Others (merged)");
		else if (en)
			snprintf(t->name, sizeof t->name, "%s", en);
	}
}

static double ind_value(const struct ind *x, int i)
{
	if (i == I_REPORTED)
		return (double)x->num[i];
	if (i == I_AVG_HOURS)
		return x->den[i] ? (double)x->close_ms / 3600000.0 / (double)x->den[i] : -1;
	return x->den[i] ? (double)x->num[i] / (double)x->den[i] : -1;
}

static json_t *tallies_json(const struct tally *t, int n, const char *keyname)
{
	json_t *arr = json_array();

	for (int i = 0; i < n; i++)
		json_array_append_new(arr, json_pack("{s:s, s:s, s:I, s:I}", keyname, t[i].key, "name",
		    t[i].name, "reported", (json_int_t)t[i].reported, "closed",
		    (json_int_t)t[i].closed));
	return arr;
}

static const struct export_col total_cols[] = {
	{ "name", "指标", "Indicator", EXK_TEXT },
	{ "value", "值", "Value", EXK_NUM },
	{ "numerator", "分子", "Numerator", EXK_NUM },
	{ "denominator", "分母", "Denominator", EXK_INT },
	EXPORT_COLS_END
};
static const struct export_col trend_cols[] = {
	{ "period", "期间", "Period", EXK_TEXT },
	{ "reported", "上报数", "Reported", EXK_INT },
	{ "closed", "办结数", "Closed", EXK_INT },
	EXPORT_COLS_END
};
static const struct export_col category_cols[] = {
	{ "name", "分类", "Category", EXK_TEXT },
	{ "reported", "上报数", "Reported", EXK_INT },
	{ "closed", "办结数", "Closed", EXK_INT },
	EXPORT_COLS_END
};
static const struct export_col platform_cols[] = {
	{ "name", "平台", "Platform", EXK_TEXT },
	{ "reported", "上报数", "Reported", EXK_INT },
	{ "closed", "办结数", "Closed", EXK_INT },
	EXPORT_COLS_END
};
static const struct export_col period_cols[] = {
	{ "from", "统计起始", "From", EXK_TIME },
	{ "to", "统计截止", "To", EXK_TIME },
	EXPORT_COLS_END
};

static void tallies_export(struct export *x, const struct tally *t, int n)
{
	for (int i = 0; i < n; i++) {
		export_row(x);
		export_text(x, t[i].name);
		export_int(x, t[i].reported);
		export_int(x, t[i].closed);
	}
}

/* The indicators as a table (CSV: the totals; xlsx: the totals, the trend by day or week,
 * the breakdowns by category and by platform, and the period, one sheet each). Ratios are
 * percentages, the mean is hours with two decimals. */
static void reply_export(struct http_req *r, enum export_format fmt, const struct ind *x,
    int64_t from, int64_t to)
{
	struct export *e = export_begin(r, fmt, "indicators");

	if (e == NULL)
		return;
	export_sheet(e, "指标", "Indicators", total_cols);
	for (int i = 0; i < I_COUNT; i++) {
		double v = ind_value(x, i);
		export_row(e);
		export_text(e, export_english(e) ? ind_def[i].name_en : ind_def[i].name_zh);
		if (ind_def[i].kind == IND_RATIO)
			export_percent(e, v);
		else if (v < 0)
			export_text(e, "");
		else
			export_num(e, v, i == I_REPORTED ? 0 : 2);
		if (i == I_AVG_HOURS)
			export_num(e, (double)x->close_ms / 3600000.0, 2);
		else
			export_int(e, x->num[i]);
		if (i == I_REPORTED)
			export_text(e, "");
		else
			export_int(e, x->den[i]);
	}
	if (fmt == EXPORT_XLSX) {
		export_sheet(e, "趋势", "Trend", trend_cols);
		tallies_export(e, x->periods, x->nperiods);
		export_sheet(e, "按分类", "By category", category_cols);
		tallies_export(e, x->cats, x->ncats);
		export_sheet(e, "按平台", "By platform", platform_cols);
		tallies_export(e, x->plats, x->nplats);
		export_sheet(e, "统计期间", "Period", period_cols);
		export_row(e);
		export_time(e, from);
		export_time(e, to);
	}
	export_finish(e);
}

/* PINGAN_INDICATORS_SCAN=1 in the server's environment: every request counts the events one by
 * one (the reference the summary is checked against; tests and diagnosis only). */
static bool ind_scan_only_read(void)
{
	const char *v = getenv("PINGAN_INDICATORS_SCAN");

	return v && strcmp(v, "1") == 0;
}

struct ind_query {
	int64_t user, from, to, now;
	const char *path, *cat, *plat;   /* NULL: no such filter */
	bool week;
};

/* The China-time day of ms, and the instant a day starts. */
static int64_t ind_day(int64_t ms)
{
	int64_t s = ms / 1000 + PA_TZ_OFFSET_S;

	return (s >= 0 ? s : s - 86399) / 86400;
}

static int64_t ind_day_start(int64_t day)
{
	return (day * 86400 - PA_TZ_OFFSET_S) * 1000;
}

static void ind_bind(struct db_stmt *s, const struct ind_query *q, int64_t from, int64_t to)
{
	db_bind_int(s, 1, q->user);
	db_bind_int(s, 2, from);
	db_bind_int(s, 3, to);
	db_bind_text(s, 4, q->path);
	db_bind_text(s, 5, q->cat);
	db_bind_text(s, 6, q->plat);
}

/* Counts the events of [from, to) that sql (SQL_IND or SQL_IND_PERSONAL) reads, one by one. */
static pa_err ind_scan(struct db_conn *c, const char *sql, const struct ind_query *q,
    int64_t from, int64_t to, struct ind *x)
{
	struct db_stmt *s = db_prepare(c, sql);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	ind_bind(s, q, from, to);
	while ((r = db_step(s)) == DB_ROW)
		count_row(x, s, q->week, q->now);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

struct ind_unit { int64_t org_id, unit_id; bool in; };
struct ind_cat { char code[32]; bool in; struct tally *cat, *plat; };
struct ind_cache {
	struct ind_unit units[IND_UNITS_CACHE];
	struct ind_cat cats[IND_GROUPS_COLLECT];
	int nunits, ncats;
};

/* Whether the events of a unit and assigned unit count: in the user's grants and under the
 * org filter. Asked once per pair. */
static int unit_in(struct db_conn *c, struct ind_cache *k, const struct ind_query *q,
    int64_t org_id, int64_t unit_id)
{
	struct db_stmt *s;
	bool in = false;
	int r;

	for (int i = 0; i < k->nunits; i++)
		if (k->units[i].org_id == org_id && k->units[i].unit_id == unit_id)
			return k->units[i].in;
	if ((s = db_prepare(c, SQL_IND_UNIT)) == NULL)
		return -1;
	db_bind_int(s, 1, q->user);
	db_bind_int(s, 2, org_id);
	db_bind_int(s, 3, unit_id);
	if ((r = db_step(s)) == DB_ROW) {
		const char *path = db_col_text(s, 1);
		in = db_col_int(s, 0) != 0 && path &&
		    (q->path == NULL || strncmp(path, q->path, strlen(q->path)) == 0);
	}
	db_reset(s);
	if (r == DB_FAIL)
		return -1;
	if (k->nunits < IND_UNITS_CACHE)
		k->units[k->nunits++] = (struct ind_unit){ org_id, unit_id, in };
	return in;
}

/* A category's groups in the two breakdowns, and whether it passes the filters; NULL on a
 * database error. Asked once per category. */
static const struct ind_cat *cat_of(struct db_conn *c, struct ind_cache *k,
    const struct ind_query *q, struct ind *x, const char *code)
{
	static struct ind_cat none;   /* a code too long to be a category: never matched */
	struct ind_cat *e;
	struct db_stmt *s;
	int r;

	if (strlen(code) >= sizeof none.code)
		return &none;
	for (int i = 0; i < k->ncats; i++)
		if (strcmp(k->cats[i].code, code) == 0)
			return &k->cats[i];
	if (k->ncats >= IND_GROUPS_COLLECT || (s = db_prepare(c, SQL_IND_CAT)) == NULL)
		return NULL;
	e = &k->cats[k->ncats];
	memset(e, 0, sizeof *e);
	snprintf(e->code, sizeof e->code, "%s", code);
	db_bind_text(s, 1, code);
	if ((r = db_step(s)) == DB_ROW) {
		const char *group = db_col_text(s, 0), *plat = db_col_text(s, 2);
		const char *parent = db_col_text(s, 3);
		e->in = (q->cat == NULL || strcmp(code, q->cat) == 0 ||
		    (parent && strcmp(parent, q->cat) == 0)) &&
		    (q->plat == NULL || (*plat && strcmp(plat, q->plat) == 0));
		if (e->in) {
			e->cat = tally_of(x->cats, &x->ncats, IND_GROUPS_COLLECT, group ? group : "",
			    db_col_text(s, 1));
			e->plat = tally_of(x->plats, &x->nplats, IND_GROUPS_COLLECT, plat ? plat : "",
			    platform_name(plat));
		}
	}
	db_reset(s);
	if (r != DB_ROW)
		return NULL;
	k->ncats++;
	return e;
}

/* The summary rows of whole days [d1, d2). */
static pa_err ind_days(struct db_conn *c, const struct ind_query *q, int64_t d1, int64_t d2,
    struct ind *x)
{
	struct ind_cache *k = calloc(1, sizeof *k);
	struct db_stmt *s = k ? db_prepare(c, SQL_IND_DAYS) : NULL;
	int64_t today = ind_day(q->now);
	pa_err rc = PA_OK;
	int r, slot;

	if (s == NULL) {
		free(k);
		return k ? PA_ERR_DB : PA_ERR_NOMEM;
	}
	db_bind_int(s, 1, d1);
	db_bind_int(s, 2, d2);
	while ((r = db_step(s)) == DB_ROW) {
		const struct ind_cat *e;
		int in = unit_in(c, k, q, db_col_int(s, 0), db_col_int(s, 1));
		int64_t n = db_col_int(s, 6), closed_day = db_col_int(s, 4), due_day = db_col_int(s, 5);
		int64_t closed_n = db_col_int(s, 12);
		if (in < 0) {
			rc = PA_ERR_DB;
			break;
		}
		if (!in)
			continue;
		/* a category's groups are made by its first row in scope, as the scan makes them */
		if ((e = cat_of(c, k, q, x, db_col_text(s, 2))) == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		if (!e->in)
			continue;
		x->num[I_REPORTED] += n;
		x->den[I_ACCEPT] += db_col_int(s, 7);
		x->num[I_ACCEPT] += db_col_int(s, 8);
		x->den[I_SETTLE] += n;
		x->num[I_SETTLE] += db_col_int(s, 9);
		/* an open deadline counts once passed: days before today here, today's by
		 * SQL_IND_DUE_TODAY */
		x->den[I_ONTIME] += db_col_int(s, 10) + (due_day >= 0 && due_day < today ? n : 0);
		x->num[I_ONTIME] += db_col_int(s, 11);
		x->den[I_CLOSE] += n;
		x->num[I_CLOSE] += closed_n;
		x->den[I_REWORK] += db_col_int(s, 13);
		x->num[I_REWORK] += db_col_int(s, 14);
		x->den[I_EXTEND] += db_col_int(s, 15);
		x->num[I_EXTEND] += db_col_int(s, 16);
		x->den[I_SATISFY] += db_col_int(s, 17);
		x->num[I_SATISFY] += db_col_int(s, 18);
		x->den[I_AVG_HOURS] += db_col_int(s, 19);
		x->close_ms += db_col_int(s, 20);
		if ((slot = period_slot(x, ind_day_start(db_col_int(s, 3)), q->week)) >= 0)
			x->slot_reported[slot] += n;
		if (closed_day >= 0 && (slot = period_slot(x, ind_day_start(closed_day), q->week)) >= 0)
			x->slot_closed[slot] += n;
		if (e->cat) {
			e->cat->reported += n;
			e->cat->closed += closed_n;
		}
		if (e->plat) {
			e->plat->reported += n;
			e->plat->closed += closed_n;
		}
	}
	db_reset(s);
	free(k);
	return rc == PA_OK && r == DB_FAIL ? PA_ERR_DB : rc;
}

/* The indicators of q into x (zeroed, period0/period_ms set). scan: every event one by one
 * (the reference the summary is checked against); otherwise whole days from the summary,
 * the parts of days at the period's edges, the events seen only as assignee or reporter and
 * today's passed deadlines from the events. The same numbers either way. */
static pa_err ind_compute(struct db_conn *c, const struct ind_query *q, bool scan,
    struct ind *x)
{
	int64_t d1 = ind_day(q->from), d2 = ind_day(q->to), today = ind_day(q->now);
	struct db_stmt *s;
	pa_err rc;
	int r;

	if (ind_day_start(d1) < q->from)
		d1++;
	if (scan || d1 >= d2)
		return ind_scan(c, SQL_IND, q, q->from, q->to, x);
	if ((q->from < ind_day_start(d1) &&
	    (rc = ind_scan(c, SQL_IND, q, q->from, ind_day_start(d1), x)) != PA_OK) ||
	    (rc = ind_days(c, q, d1, d2, x)) != PA_OK ||
	    (rc = ind_scan(c, SQL_IND_PERSONAL, q, ind_day_start(d1), ind_day_start(d2), x)) !=
	    PA_OK ||
	    (ind_day_start(d2) < q->to &&
	    (rc = ind_scan(c, SQL_IND, q, ind_day_start(d2), q->to, x)) != PA_OK))
		return rc;
	if ((s = db_prepare(c, SQL_IND_DUE_TODAY)) == NULL)
		return PA_ERR_DB;
	ind_bind(s, q, ind_day_start(d1), ind_day_start(d2));
	db_bind_int(s, 7, ind_day_start(today));
	db_bind_int(s, 8, q->now);
	if ((r = db_step(s)) == DB_ROW)
		x->den[I_ONTIME] += db_col_int(s, 0);
	db_reset(s);
	return r == DB_ROW ? PA_OK : PA_ERR_DB;
}

/* GET /api/v1/indicators?org_id=&from=&to=&category=&platform=&group=&format= */
void indicators_api(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *cat = http_query(r, "category"), *plat = http_query(r, "platform");
	const char *group = http_query(r, "group"), *lang;
	enum export_format fmt = http_export_format(r);
	int64_t now = clock_now_ms(), from, to, org_id;
	char path[LIM_ORG_PATH] = "", fs[TIME_STR_MAX], ts[TIME_STR_MAX];
	struct ind_query q;
	pa_err rc;
	struct ind *x;
	bool week = group && strcmp(group, "week") == 0;
	json_t *list, *o;

	if (!http_query_time(r, "from", &from) || !http_query_time(r, "to", &to) ||
	    !org_query(r, true, &org_id, path))
		return;
	if (group && *group && strcmp(group, "day") && strcmp(group, "week")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "group", "group must be day or week");
		return;
	}
	if (fmt == EXPORT_BAD)
		return;
	if (plat && *plat && platform_name(plat) == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "platform",
		    "platform is not one of the known platforms");
		return;
	}
	if (to == 0)
		to = now;
	if (from == 0)
		from = to - 30 * DAY_MS;
	if (from >= to) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "from", "from must be before to");
		return;
	}
	/* the trend has one row per day (or week): a longer period is refused, never cut */
	if ((to - from) / (week ? 7 * DAY_MS : DAY_MS) >= IND_PERIODS_MAX - 1) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "to",
		    "the period is too long for a trend by day; choose group=week or a shorter period");
		return;
	}
	if (c == NULL || (x = arena_alloc(r->arena, sizeof *x)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	q = (struct ind_query){ .user = r->user->id, .from = from, .to = to, .now = now,
		.path = org_id ? path : NULL, .cat = cat && *cat ? cat : NULL,
		.plat = plat && *plat ? plat : NULL, .week = week };
	x->period_ms = (week ? 7 : 1) * DAY_MS;
	x->period0 = week ? time_week_start(from) : day_start(from);
	/* a scan of the summary's pages, read once: pread costs about half the CPU of faulting
	 * them into the reader's mapping, which SQLite drops after any write (db_reader_mmap) */
	db_reader_mmap(c, false);
	rc = ind_compute(c, &q, ind_scan_only_read(), x);
	db_reader_mmap(c, true);
	if (rc != PA_OK)
		goto dberr;
	tallies_finish(x->cats, &x->ncats);
	tallies_finish(x->plats, &x->nplats);
	/* an export's language may come from lang= (export.c); the JSON's from the request */
	lang = http_query(r, "lang");
	if (fmt != EXPORT_JSON && lang && *lang ? strcmp(lang, "en") == 0 : http_lang(r) == LANG_EN)
		tallies_english(c, x);
	/* the used slots, in order, become the trend's periods */
	for (int i = 0; i < IND_PERIODS_MAX; i++) {
		struct tally *p;
		if (x->slot_reported[i] == 0 && x->slot_closed[i] == 0)
			continue;
		p = &x->periods[x->nperiods++];
		period_key(x->period0 + i * x->period_ms, false, p->key);
		memcpy(p->name, p->key, sizeof p->key);
		p->reported = x->slot_reported[i];
		p->closed = x->slot_closed[i];
	}
	time_format(from, fs);
	time_format(to, ts);
	if (fmt != EXPORT_JSON) {
		reply_export(r, fmt, x, from, to);
		return;
	}
	list = json_array();
	for (int i = 0; i < I_COUNT; i++) {
		double v = ind_value(x, i);
		json_t *e = json_pack("{s:s, s:s, s:s, s:s}", "code", ind_def[i].code, "name",
		    ind_def[i].name_zh, "name_en", ind_def[i].name_en, "kind",
		    ind_kinds[ind_def[i].kind]);
		json_object_set_new(e, "value", v < 0 ? json_null() :
		    i == I_REPORTED ? json_integer(x->num[i]) : json_real(v));
		/* the mean's numerator is the sum of hours, so that value = numerator / denominator */
		json_object_set_new(e, "numerator", i == I_AVG_HOURS ? json_real((double)x->close_ms / 3600000.0) :
		    json_integer(x->num[i]));
		json_object_set_new(e, "denominator", i == I_REPORTED ? json_null() :
		    json_integer(x->den[i]));
		json_array_append_new(list, e);
	}
	json_t *trend = json_array();
	for (int i = 0; i < x->nperiods; i++)
		json_array_append_new(trend, json_pack("{s:s, s:I, s:I}", "period", x->periods[i].key,
		    "reported", (json_int_t)x->periods[i].reported, "closed",
		    (json_int_t)x->periods[i].closed));
	o = json_pack("{s:s, s:s, s:o, s:s, s:o, s:o, s:o, s:o}", "from", fs, "to", ts, "org_id",
	    org_id ? json_integer(org_id) : json_null(), "group", week ? "week" : "day",
	    "indicators", list, "trend", trend,
	    "by_category", tallies_json(x->cats, x->ncats, "code"),
	    "by_platform", tallies_json(x->plats, x->nplats, "code"));
	http_reply(r, 200, o);
	return;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}
