/* indicators.c — the appraisal numbers of grid events (考核指标) for a unit and its subtree, a
 * period, a category or a platform: each with its numerator and denominator (formulas in
 * docs/indicators.md), a trend, and breakdowns; as JSON, CSV or Excel (.xlsx). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

#define DAY_MS (86400LL * 1000)
#define IND_PERIODS_MAX 400
#define IND_GROUPS_MAX 64

enum { I_REPORTED, I_ACCEPT, I_SETTLE, I_ONTIME, I_CLOSE, I_REWORK, I_EXTEND, I_SATISFY,
	I_AVG_HOURS, I_COUNT };

static const struct {
	const char *code, *name_zh, *name_en;
	bool ratio;
} ind_def[I_COUNT] = {
	{ "reported", "上报数", "Reported", false },
	{ "acceptance_rate", "受理率", "Acceptance rate", true },
	{ "settled_rate", "就地解决率", "Settled on the spot", true },
	{ "on_time_rate", "按期办结率", "Closed on time", true },
	{ "closure_rate", "结案率", "Closure rate", true },
	{ "rework_rate", "返工率", "Rework rate", true },
	{ "extension_rate", "延期率", "Extension rate", true },
	{ "satisfaction_rate", "满意率", "Satisfaction rate", true },
	{ "avg_close_hours", "平均办结时长（小时）", "Average hours to close", false },
};

struct tally {
	char key[32], name[LIM_NAME_CHARS * 4 + 1];
	int64_t reported, closed;
};

struct ind {
	int64_t num[I_COUNT], den[I_COUNT];
	double close_hours_sum;
	struct tally periods[IND_PERIODS_MAX], cats[IND_GROUPS_MAX], plats[IND_GROUPS_MAX];
	int nperiods, ncats, nplats;
};

static struct tally *tally_of(struct tally *t, int *n, int max, const char *key,
    const char *name)
{
	for (int i = 0; i < *n; i++)
		if (strcmp(t[i].key, key) == 0)
			return &t[i];
	if (*n == max)
		return NULL;
	memset(&t[*n], 0, sizeof t[*n]);
	snprintf(t[*n].key, sizeof t[*n].key, "%s", key);
	snprintf(t[*n].name, sizeof t[*n].name, "%s", name ? name : key);
	return &t[(*n)++];
}

/* The period an instant falls in: its China-time date, or the Monday of its week. */
static void period_key(int64_t ms, bool week, char out[16])
{
	char t[TIME_STR_MAX];

	time_format(week ? time_week_start(ms) : ms, t);
	snprintf(out, 16, "%.10s", t);
}

static const char SQL_IND[] =
    "SELECT c.status, c.created_at, COALESCE(c.closed_at, 0), c.attrs, "
    "COALESCE(k.parent, c.category), COALESCE(p.name, k.name, c.category), "
    "COALESCE(k.platform, '') "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "LEFT JOIN categories k ON k.code = c.category LEFT JOIN categories p ON p.code = k.parent "
    "WHERE c.type = 'event' AND c.created_at >= ?2 AND c.created_at < ?3 AND " SCOPE_CASE_SQL
    " AND (?4 IS NULL OR substr(o.path, 1, length(?4)) = ?4)"
    " AND (?5 IS NULL OR c.category = ?5 OR k.parent = ?5)"
    " AND (?6 IS NULL OR k.platform = ?6)";

static void count_row(struct ind *x, struct db_stmt *s, bool week, int64_t now)
{
	json_error_t je;
	const char *status = db_col_text(s, 0);
	int64_t created = db_col_int(s, 1), closed_at = db_col_int(s, 2);
	json_t *a = json_loads(db_col_text(s, 3), 0, &je);
	bool settled = strcmp(status, "settled") == 0, rejected = strcmp(status, "rejected") == 0;
	bool closed = strcmp(status, "closed") == 0;
	bool accepted = json_integer_value(json_object_get(a, "accepted_at")) != 0;
	int64_t due = json_integer_value(json_object_get(a, "handle_due_ms"));
	const char *rating = json_string_value(json_object_get(a, "rating"));
	char key[16];
	struct tally *t;

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
	if (json_integer_value(json_object_get(a, "handled_at"))) {
		x->den[I_REWORK]++;
		x->num[I_REWORK] += json_integer_value(json_object_get(a, "rework_count")) > 0;
	}
	if (due) {
		x->den[I_EXTEND]++;
		x->num[I_EXTEND] += json_integer_value(json_object_get(a, "extension_days")) > 0;
	}
	if (rating) {
		x->den[I_SATISFY]++;
		x->num[I_SATISFY] += strcmp(rating, "unsatisfied") != 0;
	}
	if ((closed || settled) && closed_at) {
		x->den[I_AVG_HOURS]++;
		x->close_hours_sum += (double)(closed_at - created) / 3600000.0;
	}
	period_key(created, week, key);
	if ((t = tally_of(x->periods, &x->nperiods, IND_PERIODS_MAX, key, NULL)))
		t->reported++;
	if ((closed || settled) && closed_at) {
		period_key(closed_at, week, key);
		if ((t = tally_of(x->periods, &x->nperiods, IND_PERIODS_MAX, key, NULL)))
			t->closed++;
	}
	if ((t = tally_of(x->cats, &x->ncats, IND_GROUPS_MAX, db_col_text(s, 4) ? db_col_text(s, 4) :
	    "", db_col_text(s, 5)))) {
		t->reported++;
		t->closed += closed || settled;
	}
	if ((t = tally_of(x->plats, &x->nplats, IND_GROUPS_MAX, db_col_text(s, 6) ? db_col_text(s, 6) : "",
	    platform_name(db_col_text(s, 6))))) {
		t->reported++;
		t->closed += closed || settled;
	}
	json_decref(a);
}

static int tally_cmp(const void *a, const void *b)
{
	return strcmp(((const struct tally *)a)->key, ((const struct tally *)b)->key);
}

static double ind_value(const struct ind *x, int i)
{
	if (i == I_REPORTED)
		return (double)x->num[i];
	if (i == I_AVG_HOURS)
		return x->den[i] ? x->close_hours_sum / (double)x->den[i] : -1;
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

static void reply_csv(struct http_req *r, const struct ind *x)
{
	struct sb b;
	char *text;

	sb_init(&b, 1 << 20);
	sb_adds(&b, "\xEF\xBB\xBF");      /* BOM: Excel then reads UTF-8 */
	sb_adds(&b, "code,name,value,numerator,denominator\r\n");
	for (int i = 0; i < I_COUNT; i++) {
		double v = ind_value(x, i);
		sb_printf(&b, "%s,%s,", ind_def[i].code, ind_def[i].name_zh);
		if (v < 0)
			sb_adds(&b, ",");
		else
			sb_printf(&b, "%.4f,", v);
		if (i == I_AVG_HOURS)
			sb_printf(&b, "%.4f,", x->close_hours_sum);
		else
			sb_printf(&b, "%lld,", (long long)x->num[i]);
		if (i == I_REPORTED)
			sb_adds(&b, "\r\n");
		else
			sb_printf(&b, "%lld\r\n", (long long)x->den[i]);
	}
	text = sb_finish(&b);
	if (text == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	http_reply_bytes(r, 200, "text/csv; charset=utf-8", text, strlen(text),
	    "attachment; filename=\"indicators.csv\"", NULL);
}

static void reply_xlsx(struct http_req *r, const struct ind *x, const char *from,
    const char *to)
{
	char path[] = "/tmp/pingan-xlsx-XXXXXX";
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold;
	unsigned char *data = NULL;
	long n = 0;
	FILE *f;
	int fd = mkstemp(path);

	if (fd < 0) {
		http_error(r, PA_ERR_IO, "internal", NULL, "cannot write the workbook");
		return;
	}
	close(fd);
	wb = workbook_new(path);
	ws = wb ? workbook_add_worksheet(wb, "指标") : NULL;
	if (ws == NULL) {
		unlink(path);
		http_error(r, PA_ERR_IO, "internal", NULL, "cannot write the workbook");
		return;
	}
	bold = workbook_add_format(wb);
	format_set_bold(bold);
	worksheet_write_string(ws, 0, 0, "期间", bold);
	worksheet_write_string(ws, 0, 1, from, NULL);
	worksheet_write_string(ws, 0, 2, to, NULL);
	worksheet_write_string(ws, 2, 0, "指标", bold);
	worksheet_write_string(ws, 2, 1, "代码", bold);
	worksheet_write_string(ws, 2, 2, "值", bold);
	worksheet_write_string(ws, 2, 3, "分子", bold);
	worksheet_write_string(ws, 2, 4, "分母", bold);
	for (int i = 0; i < I_COUNT; i++) {
		double v = ind_value(x, i);
		worksheet_write_string(ws, (lxw_row_t)(3 + i), 0, ind_def[i].name_zh, NULL);
		worksheet_write_string(ws, (lxw_row_t)(3 + i), 1, ind_def[i].code, NULL);
		if (v >= 0)
			worksheet_write_number(ws, (lxw_row_t)(3 + i), 2, v, NULL);
		worksheet_write_number(ws, (lxw_row_t)(3 + i), 3, i == I_AVG_HOURS ?
		    x->close_hours_sum : (double)x->num[i], NULL);
		if (i != I_REPORTED)
			worksheet_write_number(ws, (lxw_row_t)(3 + i), 4, (double)x->den[i], NULL);
	}
	worksheet_set_column(ws, 0, 0, 22, NULL);
	if (workbook_close(wb) != LXW_NO_ERROR || (f = fopen(path, "rb")) == NULL) {
		unlink(path);
		http_error(r, PA_ERR_IO, "internal", NULL, "cannot write the workbook");
		return;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = n > 0 ? malloc((size_t)n) : NULL;
	if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
		free(data);
		data = NULL;
	}
	fclose(f);
	unlink(path);
	if (data == NULL) {
		http_error(r, PA_ERR_IO, "internal", NULL, "cannot read the workbook");
		return;
	}
	http_reply_bytes(r, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	    data, (size_t)n, "attachment; filename=\"indicators.xlsx\"", NULL);
}

/* GET /api/v1/indicators?org_id=&from=&to=&category=&platform=&group=&format= */
void indicators_api(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *cat = http_query(r, "category"), *plat = http_query(r, "platform");
	const char *group = http_query(r, "group"), *format = http_query(r, "format");
	int64_t now = clock_now_ms(), from, to, org_id;
	char path[LIM_ORG_PATH] = "", fs[TIME_STR_MAX], ts[TIME_STR_MAX];
	struct db_stmt *s;
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
	if (format && *format && strcmp(format, "json") && strcmp(format, "csv") &&
	    strcmp(format, "xlsx")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "format",
		    "format must be json, csv or xlsx");
		return;
	}
	if (plat && *plat && platform_name(plat) == NULL) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "platform", "platform is not one of "
		    "zongzhi, shichang, zonghe_zhifa, bianmin");
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
	if (c == NULL || (x = arena_alloc(r->arena, sizeof *x)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if ((s = db_prepare(c, SQL_IND)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, from);
	db_bind_int(s, 3, to);
	db_bind_text(s, 4, org_id ? path : NULL);
	db_bind_text(s, 5, cat && *cat ? cat : NULL);
	db_bind_text(s, 6, plat && *plat ? plat : NULL);
	while (db_step(s) == DB_ROW)
		count_row(x, s, week, now);
	db_reset(s);
	qsort(x->periods, (size_t)x->nperiods, sizeof *x->periods, tally_cmp);
	time_format(from, fs);
	time_format(to, ts);
	if (format && strcmp(format, "csv") == 0) {
		reply_csv(r, x);
		return;
	}
	if (format && strcmp(format, "xlsx") == 0) {
		reply_xlsx(r, x, fs, ts);
		return;
	}
	list = json_array();
	for (int i = 0; i < I_COUNT; i++) {
		double v = ind_value(x, i);
		json_t *e = json_pack("{s:s, s:s, s:s, s:s}", "code", ind_def[i].code, "name",
		    ind_def[i].name_zh, "name_en", ind_def[i].name_en, "kind",
		    ind_def[i].ratio ? "ratio" : i == I_AVG_HOURS ? "hours" : "count");
		json_object_set_new(e, "value", v < 0 ? json_null() :
		    i == I_REPORTED ? json_integer(x->num[i]) : json_real(v));
		/* the mean's numerator is the sum of hours, so that value = numerator / denominator */
		json_object_set_new(e, "numerator", i == I_AVG_HOURS ? json_real(x->close_hours_sum) :
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
