/* monitor.c — monitoring and early warning (监测预警): thresholds per org unit set by admins,
 * computed by the scheduler from the data; crossing one raises a warning (case type
 * "warning") that someone must `acknowledge` and that can be turned into a risk in one step
 * (POST /cases type "risk" with "warning_id"). A subject never gets a second warning while
 * one is open.
 *
 * Indicators (window_days back from now, counted by creation time):
 *   dispute_kind   disputes of one kind in one community ≥ threshold
 *   event_address  grid events at one address ≥ threshold
 *   event_grid     grid events in one grid ≥ threshold
 *   complaint_unit complaints (投诉) about one unit ≥ threshold
 * A threshold of a unit applies to every subject under it; the nearest unit up that has one
 * wins.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "governance.h"

static const char *const indicators[] = { "dispute_kind", "event_address", "event_grid",
	"complaint_unit", NULL };

/* ------------------------------------------------------------------ the warning type */

static pa_err on_create(struct create_ctx *x)
{
	const json_t *q = x->n->request;

	json_object_set_new(x->attrs, "indicator", json_string(val_str(q, "indicator")));
	json_object_set_new(x->attrs, "subject", json_string(val_str(q, "subject")));
	json_object_set_new(x->attrs, "value", json_integer(val_int(q, "value", 0)));
	json_object_set_new(x->attrs, "threshold", json_integer(val_int(q, "threshold", 0)));
	json_object_set_new(x->attrs, "window_days", json_integer(val_int(q, "window_days", 0)));
	return PA_OK;
}

static pa_err ack_apply(struct wf_ctx *x)
{
	json_object_set_new(x->c->attrs, "acknowledged_by", json_integer(x->user->id));
	json_object_set_new(x->c->attrs, "acknowledged_at", json_integer(x->now));
	if (x->c->assignee_id == 0)
		x->c->assignee_id = x->user->id;
	return PA_OK;
}

static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_open[] = { "open", NULL };
static const char *const from_ack[] = { "acknowledged", NULL };
static const char *const from_live[] = { "open", "acknowledged", NULL };

static const struct wf_status statuses[] = {
	{ "open", "待签收", "Open", false },
	{ "acknowledged", "已签收", "Acknowledged", false },
	{ "dismissed", "已解除", "Dismissed", true },
	{ "converted", "已转风险", "Turned into a risk", true },
	{ NULL, NULL, NULL, false },
};

#define WATCHERS (ROLE_LEADER | ROLE_OPERATOR | ROLE_ADMIN)

/* to_risk is taken only by a risk created with "warning_id" (risk.c), in that create's
 * write; nobody takes it directly. */
static const struct wf_action actions[] = {
	{ "acknowledge", "签收", "Acknowledge", from_open, "acknowledged", WATCHERS, false, NULL,
	  NULL, ack_apply },
	{ "dismiss", "解除预警", "Dismiss", from_ack, "dismissed", WATCHERS, true, reason_fields,
	  NULL, NULL },
	{ "to_risk", "转为风险", "Turn into a risk", from_live, "converted", 0, false, NULL, NULL,
	  NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct tf_choice indicator_choices[] = {
	{ "dispute_kind", "同类纠纷（社区）", "Disputes of one kind in a community" },
	{ "event_address", "同一地址重复事件", "Repeat events at one address" },
	{ "event_grid", "同一网格事件", "Events in one grid" },
	{ "complaint_unit", "同一单位被投诉", "Complaints about one unit" },
	{ NULL, NULL, NULL },
};

static const struct type_field fields[] = {
	{ "indicator", "监测指标", "Indicator", TF_CHOICE, TF_STORED | TF_LIST, indicator_choices },
	{ "subject", "监测对象", "Subject", TF_TEXT, TF_STORED | TF_INTERNAL, NULL },
	{ "value", "监测值", "Value", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "threshold", "阈值", "Threshold", TF_INT, TF_STORED | TF_LIST, NULL },
	{ "window_days", "统计天数", "Window (days)", TF_INT, TF_STORED, NULL },
	{ "acknowledged_by", "签收人", "Acknowledged by", TF_USER, TF_STORED, NULL },
	{ "acknowledged_at", "签收时间", "Acknowledged at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "risk_id", "转入风险", "Risk", TF_INT, TF_STORED, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_SIDE_SELECT[] =
    "SELECT indicator, subject, value, threshold, window_days, acknowledged_by, "
    "acknowledged_at, risk_id FROM warning_details WHERE case_id = ?1";
static const char SQL_SIDE_UPSERT[] =
    "INSERT INTO warning_details (case_id, indicator, subject, value, threshold, window_days, "
    "acknowledged_by, acknowledged_at, risk_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (case_id) DO UPDATE SET indicator = ?2, subject = ?3, value = ?4, "
    "threshold = ?5, window_days = ?6, acknowledged_by = ?7, acknowledged_at = ?8, risk_id = ?9";

static const char *const done_ack[] = { "acknowledge", "dismiss", "to_risk", NULL };

static const struct notify_rule notify_rules[] = {
	/* leaders and operators apart: the nearest of each (a community's own leader, the
	 * street's operators) */
	{ "create", NR_AT_ORG | ROLE_OPERATOR, "warning_raised",
	  "监测预警，请签收：%s", "A monitoring warning to acknowledge: %s", done_ack },
	{ "create", NR_AT_ORG | ROLE_LEADER, "warning_raised",
	  "监测预警，请签收：%s", "A monitoring warning to acknowledge: %s", done_ack },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "warning_raised", "监测预警", "Monitoring warning" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	{ "only an admin over this unit may set its thresholds", "只有该单位的管理员可以设置预警阈值" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "indicator", "监测指标", "indicator", NULL, NULL },
	{ "threshold", "阈值", "threshold", NULL, NULL },
	{ "window_days", "统计天数", "days counted", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

const struct case_type warning_type = {
	.code = "warning",
	.name_zh = "监测预警",
	.name_en = "Warning",
	.code_prefix = "YJ",
	.initial = "open",
	.statuses = statuses,
	.actions = actions,
	.who_create = 0,             /* raised by the scheduler only */
	.on_create = on_create,
	.fields = fields,
	.side_select = SQL_SIDE_SELECT,
	.side_upsert = SQL_SIDE_UPSERT,
	.notify = notify_rules,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
};

/* ------------------------------------------------------------------ the pass */

/* One aggregate query per indicator (not one per threshold): it reads the cases created in
 * the longest window once, through the covering index cases_type_created_org (type,
 * created_at, org_id, category, address; migration 016), groups them by subject and counts
 * up to MON_WINDOWS windows at once (more distinct windows: one more scan per four). The org
 * tree is held in memory for the pass; for each subject the nearest unit up that has a
 * threshold of the indicator decides, with the count of that threshold's window. A pass costs
 * one scan of the window per indicator, whatever the number of thresholds (docs/performance.md,
 * "Monitoring pass"). */
static const char SQL_THRESHOLDS[] =
    "SELECT org_id, indicator, threshold, window_days FROM monitor_thresholds ORDER BY id";
static const char SQL_ORGS_ALL[] = "SELECT id, path, name, kind FROM orgs ORDER BY id";
/* ?1 since (the longest window of the batch), ?2 now (a pass for an earlier instant counts
 * nothing after it), ?3..?5 the starts of up to three shorter windows: the counts of every
 * window of the batch in one scan (MON_WINDOWS). Events per unit (the grids are picked in C): */
static const char SQL_AGG_GRID[] =
    "SELECT org_id, NULL, COUNT(*), SUM(created_at >= ?3), SUM(created_at >= ?4), "
    "SUM(created_at >= ?5) FROM cases WHERE type = 'event' AND created_at >= ?1 "
    "AND created_at <= ?2 GROUP BY org_id";
/* disputes per unit and kind (summed per community in C) */
static const char SQL_AGG_DISPUTE[] =
    "SELECT org_id, category, COUNT(*), SUM(created_at >= ?3), SUM(created_at >= ?4), "
    "SUM(created_at >= ?5) FROM cases WHERE type = 'dispute' AND created_at >= ?1 "
    "AND created_at <= ?2 GROUP BY org_id, category";
/* events per address (the unit of its highest case id) */
static const char SQL_AGG_ADDRESS[] =
    "SELECT MAX(org_id), address, COUNT(*), SUM(created_at >= ?3), SUM(created_at >= ?4), "
    "SUM(created_at >= ?5) FROM cases WHERE type = 'event' AND created_at >= ?1 "
    "AND created_at <= ?2 AND address IS NOT NULL AND address <> '' GROUP BY address";
/* complaints per unit complained about (the complaint's own unit) */
static const char SQL_AGG_COMPLAINT[] =
    "SELECT org_id, NULL, COUNT(*), SUM(created_at >= ?3), SUM(created_at >= ?4), "
    "SUM(created_at >= ?5) FROM cases WHERE type = 'complaint' AND created_at >= ?1 "
    "AND created_at <= ?2 GROUP BY org_id";
#define MON_WINDOWS 4      /* windows counted by one scan: ?1 and ?3..?5 above */
static const char SQL_OPEN_FOR[] =
    "SELECT 1 FROM warning_details w JOIN cases c ON c.id = w.case_id "
    "WHERE w.indicator = ?1 AND w.subject = ?2 AND c.closed_at IS NULL";

struct hit {
	int64_t org_id, value, threshold, window_days;
	char subject[320], title[400];
	const char *indicator;
};

struct mon_org {
	int64_t id;
	char *path, *name, *kind;
};
struct mon_thr {
	int64_t org_id, n, days;
	int ind;                     /* index in indicators[] */
};
struct mon_pass {
	struct mon_org *orgs;        /* sorted by id */
	size_t norgs;
	struct mon_thr *thr;
	size_t nthr;
	json_t *by;                  /* "ind:org" → index in thr */
};

static const struct mon_org *org_find(const struct mon_pass *p, int64_t id)
{
	size_t lo = 0, hi = p->norgs;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->orgs[mid].id == id)
			return &p->orgs[mid];
		if (p->orgs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The ids of a path "/1/3/7/" from the unit up: 7, 3, 1. */
static int path_ids(const char *path, int64_t *out, int max)
{
	int64_t ids[LIM_ORG_DEPTH];
	int n = 0;

	for (const char *q = path; q && *q && n < LIM_ORG_DEPTH;) {
		int64_t id = 0;
		while (*q == '/')
			q++;
		if (!*q)
			break;
		while (*q >= '0' && *q <= '9')
			id = id * 10 + (*q++ - '0');
		ids[n++] = id;
	}
	for (int i = 0; i < n && i < max; i++)
		out[i] = ids[n - 1 - i];
	return n < max ? n : max;
}

/* The threshold of indicator ind that decides for a subject at unit o: the nearest up. */
static const struct mon_thr *thr_for(const struct mon_pass *p, int ind, const struct mon_org *o)
{
	int64_t up[LIM_ORG_DEPTH];
	int n = path_ids(o->path, up, LIM_ORG_DEPTH);
	char key[48];

	for (int i = 0; i < n; i++) {
		json_t *v;
		snprintf(key, sizeof key, "%d:%lld", ind, (long long)up[i]);
		if ((v = json_object_get(p->by, key)) != NULL)
			return &p->thr[json_integer_value(v)];
	}
	return NULL;
}

/* The community (社区) a unit is in, itself included; NULL above or beside one. */
static const struct mon_org *community_of(const struct mon_pass *p, const struct mon_org *o)
{
	int64_t up[LIM_ORG_DEPTH];
	int n = path_ids(o->path, up, LIM_ORG_DEPTH);

	for (int i = 0; i < n; i++) {
		const struct mon_org *m = org_find(p, up[i]);
		if (m && strcmp(m->kind, "community") == 0)
			return m;
	}
	return NULL;
}

static void pass_free(struct mon_pass *p)
{
	for (size_t i = 0; i < p->norgs; i++) {
		free(p->orgs[i].path);
		free(p->orgs[i].name);
		free(p->orgs[i].kind);
	}
	free(p->orgs);
	free(p->thr);
	json_decref(p->by);
}

static pa_err pass_load(struct db_conn *c, struct mon_pass *p)
{
	struct db_stmt *s;
	size_t cap = 0;
	pa_err rc = PA_OK;

	memset(p, 0, sizeof *p);
	if ((p->by = json_object()) == NULL)
		return PA_ERR_NOMEM;
	if ((s = db_prepare(c, SQL_THRESHOLDS)) == NULL)
		return PA_ERR_DB;
	while (rc == PA_OK && db_step(s) == DB_ROW) {
		const char *ind = db_col_text(s, 1);
		int k = -1;
		char key[48];
		for (int i = 0; indicators[i]; i++)
			if (ind && strcmp(ind, indicators[i]) == 0)
				k = i;
		if (k < 0)
			continue;
		if (p->nthr == cap) {
			struct mon_thr *t = realloc(p->thr, (cap = cap ? cap * 2 : 64) * sizeof *t);
			if (t == NULL) {
				rc = PA_ERR_NOMEM;
				break;
			}
			p->thr = t;
		}
		p->thr[p->nthr] = (struct mon_thr){ .org_id = db_col_int(s, 0), .ind = k,
			.n = db_col_int(s, 2), .days = db_col_int(s, 3) };
		snprintf(key, sizeof key, "%d:%lld", k, (long long)db_col_int(s, 0));
		json_object_set_new(p->by, key, json_integer((json_int_t)p->nthr++));
	}
	db_reset(s);
	if (rc != PA_OK || p->nthr == 0)
		return rc;
	if ((s = db_prepare(c, SQL_ORGS_ALL)) == NULL)
		return PA_ERR_DB;
	cap = 0;
	while (db_step(s) == DB_ROW) {
		struct mon_org *o;
		if (p->norgs == cap) {
			o = realloc(p->orgs, (cap = cap ? cap * 2 : 256) * sizeof *o);
			if (o == NULL) {
				rc = PA_ERR_NOMEM;
				break;
			}
			p->orgs = o;
		}
		o = &p->orgs[p->norgs++];
		o->id = db_col_int(s, 0);
		o->path = strdup(db_col_text(s, 1) ? db_col_text(s, 1) : "");
		o->name = strdup(db_col_text(s, 2) ? db_col_text(s, 2) : "");
		o->kind = strdup(db_col_text(s, 3) ? db_col_text(s, 3) : "");
		if (o->path == NULL || o->name == NULL || o->kind == NULL) {
			rc = PA_ERR_NOMEM;
			break;
		}
	}
	db_reset(s);
	return rc;
}

static pa_err raise(struct db *db, const struct hit *h, int *raised)
{
	struct case_new n = { .type = &warning_type, .title = h->title, .org_id = h->org_id };
	struct pa_error err = { 0 };
	int64_t id;
	pa_err rc;

	n.request = json_pack("{s:s, s:s, s:I, s:I, s:I}", "indicator", h->indicator, "subject",
	    h->subject, "value", (json_int_t)h->value, "threshold", (json_int_t)h->threshold,
	    "window_days", (json_int_t)h->window_days);
	if (n.request == NULL)
		return PA_ERR_NOMEM;
	rc = case_create(db, &case_system_user, &n, &id, &err);
	json_decref((json_t *)n.request);
	if (rc == PA_OK)
		(*raised)++;
	else
		log_msg(LOG_ERROR, "monitor: cannot raise a warning: %s", err.message);
	return rc;
}

static const char *kind_zh(const char *k)
{
	static const char *const m[][2] = {
		{ "neighbour", "邻里纠纷" }, { "family", "婚姻家庭纠纷" }, { "land", "土地山林纠纷" },
		{ "labour", "劳动争议" }, { "property", "物业纠纷" }, { "consumer", "消费纠纷" },
		{ "traffic", "交通事故纠纷" }, { "medical", "医疗纠纷" }, { "other", "其他纠纷" },
	};

	for (size_t i = 0; k && i < sizeof m / sizeof m[0]; i++)
		if (strcmp(k, m[i][0]) == 0)
			return m[i][1];
	return "纠纷";
}

/* The subjects at or over their threshold found by one aggregate query: appended to hits as
 * {org, subject, name, cat, value, n, days}. Disputes are summed per community first. */
static pa_err pass_query(struct db_conn *c, const struct mon_pass *p, int ind,
    const int64_t *days, int nd, int64_t now, json_t *hits)
{
	const char *code = indicators[ind];
	bool disputes = strcmp(code, "dispute_kind") == 0, address = strcmp(code,
	    "event_address") == 0, complaints = strcmp(code, "complaint_unit") == 0;
	struct db_stmt *s = db_prepare(c, disputes ? SQL_AGG_DISPUTE : address ? SQL_AGG_ADDRESS :
	    complaints ? SQL_AGG_COMPLAINT : SQL_AGG_GRID);
	json_t *sums = json_object(), *v;
	const char *key;
	int r;

	if (s == NULL || sums == NULL) {
		json_decref(sums);
		return s ? PA_ERR_NOMEM : PA_ERR_DB;
	}
	db_bind_int(s, 1, now - days[0] * GOV_DAY_MS);
	db_bind_int(s, 2, now);
	for (int k = 1; k < MON_WINDOWS; k++)
		db_bind_int(s, 2 + k, now - days[k < nd ? k : 0] * GOV_DAY_MS);
	while ((r = db_step(s)) == DB_ROW) {
		const struct mon_org *o = org_find(p, db_col_int(s, 0)), *at = o;
		const char *text = db_col_text(s, 1);
		char subject[320];
		json_t *e;
		if (o == NULL)
			continue;
		if (disputes) {
			if ((at = community_of(p, o)) == NULL)
				continue;
			snprintf(subject, sizeof subject, "%lld:%s", (long long)at->id, text ? text : "");
		} else if (address) {
			snprintf(subject, sizeof subject, "%s", text ? text : "");
		} else if (complaints) {
			snprintf(subject, sizeof subject, "%lld:%s", (long long)o->id, o->name);
		} else {
			if (strcmp(o->kind, "grid") != 0)
				continue;
			snprintf(subject, sizeof subject, "%lld:%s", (long long)o->id, o->name);
		}
		if ((e = json_object_get(sums, subject)) == NULL) {
			e = json_pack("{s:I, s:s, s:s, s:s?, s:[IIII]}", "org", (json_int_t)at->id,
			    "subject", subject, "name", address ? (text ? text : "") : at->name, "cat",
			    disputes ? text : NULL, "counts", (json_int_t)0, (json_int_t)0,
			    (json_int_t)0, (json_int_t)0);
			if (e == NULL || json_object_set_new(sums, subject, e) != 0)
				break;
		}
		for (int k = 0; k < nd; k++) {   /* column 2: the longest window, 3..: the others */
			json_t *n = json_array_get(json_object_get(e, "counts"), (size_t)k);
			json_integer_set(n, json_integer_value(n) + db_col_int(s, 2 + k));
		}
	}
	db_reset(s);
	json_object_foreach(sums, key, v) {
		const struct mon_org *o = org_find(p, json_integer_value(json_object_get(v, "org")));
		const struct mon_thr *t = o ? thr_for(p, ind, o) : NULL;
		int k = 0;
		while (t && k < nd && days[k] != t->days)
			k++;
		if (t == NULL || k == nd)
			continue;   /* no threshold, or one of a window of another batch */
		json_object_set_new(v, "value", json_integer(json_integer_value(json_array_get(
		    json_object_get(v, "counts"), (size_t)k))));
		if (json_integer_value(json_object_get(v, "value")) < t->n)
			continue;
		json_object_set_new(v, "n", json_integer(t->n));
		json_object_set_new(v, "days", json_integer(t->days));
		json_object_set_new(v, "indicator", json_string(code));
		json_array_append(hits, v);
	}
	json_decref(sums);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static pthread_mutex_t tick_mu = PTHREAD_MUTEX_INITIALIZER;

int monitor_tick(struct db *db, int64_t now)
{
	struct db_conn *c = db_reader(db);
	struct mon_pass p;
	json_t *hits = json_array(), *h;
	int raised = 0;
	size_t i;

	if (c == NULL || hits == NULL) {
		json_decref(hits);
		return 0;
	}
	pthread_mutex_lock(&tick_mu);
	if (pass_load(c, &p) != PA_OK)
		goto out;
	/* per indicator, its distinct windows longest first, MON_WINDOWS counted by one scan */
	for (int ind = 0; indicators[ind]; ind++) {
		int64_t done = INT64_MAX;   /* the windows at or above it are counted */
		for (;;) {
			int64_t days[MON_WINDOWS];
			int nd = 0;
			while (nd < MON_WINDOWS) {
				int64_t next = 0;     /* the longest window still to count */
				for (size_t a = 0; a < p.nthr; a++)
					if (p.thr[a].ind == ind && p.thr[a].days < done &&
					    p.thr[a].days > next)
						next = p.thr[a].days;
				if (next == 0)
					break;
				days[nd++] = done = next;
			}
			if (nd == 0)
				break;
			if (pass_query(c, &p, ind, days, nd, now, hits) != PA_OK)
				goto out;
		}
	}
	json_array_foreach(hits, i, h) {
		const char *name = json_string_value(json_object_get(h, "name"));
		const char *subject = json_string_value(json_object_get(h, "subject"));
		struct hit x = { .org_id = json_integer_value(json_object_get(h, "org")),
			.value = json_integer_value(json_object_get(h, "value")),
			.threshold = json_integer_value(json_object_get(h, "n")),
			.window_days = json_integer_value(json_object_get(h, "days")) };
		struct db_stmt *s;
		int r;
		snprintf(x.subject, sizeof x.subject, "%s", subject ? subject : "");
		x.indicator = json_string_value(json_object_get(h, "indicator"));
		if ((s = db_prepare(c, SQL_OPEN_FOR)) == NULL)
			break;
		db_bind_text(s, 1, x.indicator);
		db_bind_text(s, 2, x.subject);
		r = db_step(s);
		db_reset(s);
		if (!monitor_should_warn(x.value, x.threshold, r == DB_ROW))
			continue;
		if (strcmp(x.indicator, "dispute_kind") == 0)
			snprintf(x.title, sizeof x.title, "%s%lld日内%s%lld起（阈值%lld）", name,
			    (long long)x.window_days, kind_zh(json_string_value(json_object_get(h,
			    "cat"))), (long long)x.value, (long long)x.threshold);
		else if (strcmp(x.indicator, "event_address") == 0)
			snprintf(x.title, sizeof x.title, "同一地址%lld日内重复事件%lld起：%s（阈值%lld）",
			    (long long)x.window_days, (long long)x.value, name, (long long)x.threshold);
		else if (strcmp(x.indicator, "complaint_unit") == 0)
			snprintf(x.title, sizeof x.title, "%s%lld日内被投诉%lld起（阈值%lld）", name,
			    (long long)x.window_days, (long long)x.value, (long long)x.threshold);
		else
			snprintf(x.title, sizeof x.title, "%s%lld日内事件%lld起（阈值%lld）", name,
			    (long long)x.window_days, (long long)x.value, (long long)x.threshold);
		utf8_clip(x.title);
		raise(db, &x, &raised);
	}
out:
	pass_free(&p);
	pthread_mutex_unlock(&tick_mu);
	json_decref(hits);
	return raised;
}

/* ------------------------------------------------------------------ API */

/* POST /api/v1/admin/monitor-tick — one monitoring pass now (admins of the whole tree). */
void monitor_api_tick(struct http_req *r)
{
	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	http_reply(r, 200, json_pack("{s:i}", "raised", monitor_tick(r->db, clock_now_ms())));
}

static const char SQL_THRESHOLD_LIST[] =
    "SELECT t.id, t.org_id, o.name, t.indicator, t.threshold, t.window_days, t.updated_at "
    "FROM monitor_thresholds t JOIN orgs o ON o.id = t.org_id ORDER BY o.path, t.indicator";

/* GET /api/v1/monitor/thresholds — every threshold (staff). */
void monitor_api_thresholds_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	json_t *items = json_array();

	if (c == NULL || (s = db_prepare(c, SQL_THRESHOLD_LIST)) == NULL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	while (db_step(s) == DB_ROW) {
		char at[TIME_STR_MAX];
		time_format(db_col_int(s, 6), at);
		json_array_append_new(items, json_pack("{s:I, s:I, s:s, s:s, s:I, s:I, s:s}", "id",
		    (json_int_t)db_col_int(s, 0), "org_id", (json_int_t)db_col_int(s, 1), "org_name",
		    db_col_text(s, 2), "indicator", db_col_text(s, 3), "threshold",
		    (json_int_t)db_col_int(s, 4), "window_days", (json_int_t)db_col_int(s, 5),
		    "updated_at", at));
	}
	db_reset(s);
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}

static const struct val_field threshold_fields[] = {
	{ "org_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "indicator", VT_STRING, VF_REQUIRED, 0, 0, indicators, NULL },
	{ "threshold", VT_INT, VF_REQUIRED, 1, LIM_MONITOR_THRESHOLD, NULL, NULL },
	{ "window_days", VT_INT, 0, 1, LIM_MONITOR_WINDOW_DAYS, NULL, NULL },
	VAL_END
};

static const char SQL_THRESHOLD_PUT[] =
    "INSERT INTO monitor_thresholds (org_id, indicator, threshold, window_days, updated_by, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (org_id, indicator) DO UPDATE SET "
    "threshold = ?3, window_days = ?4, updated_by = ?5, updated_at = ?6";

struct thr_job {
	int64_t org, n, days, user, now;
	const char *ind;
};

static pa_err thr_put(struct db_conn *c, void *ctx)
{
	struct thr_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_THRESHOLD_PUT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->org);
	db_bind_text(s, 2, j->ind);
	db_bind_int(s, 3, j->n);
	db_bind_int(s, 4, j->days);
	db_bind_int(s, 5, j->user);
	db_bind_int(s, 6, j->now);
	return db_run(s);
}

/* PUT /api/v1/monitor/thresholds {org_id, indicator, threshold, window_days=30} — an admin
 * over that unit sets (or changes) its threshold. */
void monitor_api_thresholds_put(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH];
	struct thr_job j;

	if (!http_body_valid(r, threshold_fields))
		return;
	j.org = val_int(r->json, "org_id", 0);
	j.ind = val_str(r->json, "indicator");
	j.n = val_int(r->json, "threshold", 1);
	j.days = val_int(r->json, "window_days", 30);
	j.user = r->user->id;
	j.now = clock_now_ms();
	if (c == NULL || !org_path(c, j.org, path)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit does not exist");
		return;
	}
	if ((scope_roles_at(r->user, path) & ROLE_ADMIN) == 0) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", "org_id",
		    "only an admin over this unit may set its thresholds");
		return;
	}
	if (db_write(r->db, thr_put, &j) != PA_OK) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	http_reply(r, 200, json_pack("{s:I, s:s, s:I, s:I}", "org_id", (json_int_t)j.org,
	    "indicator", j.ind, "threshold", (json_int_t)j.n, "window_days", (json_int_t)j.days));
}
