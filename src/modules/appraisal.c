/* appraisal.c — the people-centred appraisal (以人民为中心的考评): units or people ranked by a
 * weighted score of ratios computed from the cases behind them, with each component's
 * numerator and denominator so that anyone can recount them, and the change on the previous
 * period and on the same period a year earlier. Formula and weights: docs/indicators.md.
 *
 * Units are the direct children of org_id (a county's townships and departments, a township's
 * communities and departments, a community's grids); people are the staff with a grant in
 * org_id's subtree, judged on the cases assigned to them there.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "governance.h"

enum { C_ON_TIME, C_REWORK, C_SATISFACTION, C_DISPUTE, C_LOCAL, C_RISK, C_COMPLAINT,
	C_COMMEND, C_INCIDENTS, C_CLEARANCE, NCOMP };

/* Commendations are counted per this many cases handled (每十件表扬数), capped at 1. */
#define COMMEND_PER_CASES 10

struct component {
	const char *key, *name_zh, *name_en;
	double weight;       /* built-in weight; appraisal_weights overrides */
	bool inverse;        /* lower is better: the score takes 1 - value */
	double scale;        /* value = min(1, scale × numerator / denominator) */
};
static const struct component comps[NCOMP] = {
	{ "on_time_rate", "按期办结率", "Closed on time", 25, false, 1 },
	{ "rework_rate", "返工率", "Rework rate", 15, true, 1 },
	{ "satisfaction_rate", "满意率", "Satisfaction rate", 20, false, 1 },
	{ "dispute_resolution_rate", "矛盾纠纷化解率", "Disputes resolved", 15, false, 1 },
	{ "local_resolution_rate", "就地化解率", "Resolved where they arose", 10, false, 1 },
	{ "risk_on_time_rate", "风险按期化解率", "Risks resolved on time", 15, false, 1 },
	{ "complaint_upheld_rate", "投诉属实率", "Complaints upheld", 10, true, 1 },
	{ "commendation_rate", "表扬率（每十件）", "Commendations per ten cases", 5, false,
	  COMMEND_PER_CASES },
	{ "incident_change", "发案同比", "Incidents on a year earlier", 10, true, 1 },
	{ "clearance_rate", "破案率", "Clearance rate", 10, false, 1 },
};

/* ?1 path (units: the org's subtree, by place or by the unit handling it), ?2 from, ?3 to,
 * ?4 assignee (people) or NULL. */
#define SCOPE_PART \
	" AND (substr(o.path, 1, length(?1)) = ?1 OR substr(un.path, 1, length(?1)) = ?1) " \
	"AND (?4 IS NULL OR c.assignee_id = ?4)"
static const char SQL_EVENTS_CLOSED[] =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.closed_on_time = 1 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN d.rework_count > 0 THEN 1 ELSE 0 END), 0) FROM cases c "
    "JOIN event_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE c.type = 'event' AND c.status = 'closed' "
    "AND c.closed_at >= ?2 AND c.closed_at < ?3" SCOPE_PART;
static const char SQL_EVENTS_RATED[] =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.rating IN ('satisfied', 'basically_satisfied') "
    "THEN 1 ELSE 0 END), 0) FROM cases c JOIN event_details d ON d.case_id = c.id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'event' AND d.rating IS NOT NULL AND d.rated_at >= ?2 AND d.rated_at < ?3"
    SCOPE_PART;
static const char SQL_DISPUTES[] =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.outcome = 'agree' OR c.status = 'resolved' "
    "THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN (d.outcome = 'agree' OR "
    "c.status = 'resolved') AND d.resolved_level = d.start_level THEN 1 ELSE 0 END), 0) "
    "FROM cases c JOIN dispute_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE c.type = 'dispute' AND c.created_at >= ?2 "
    "AND c.created_at < ?3" SCOPE_PART;
static const char SQL_RISKS_RESOLVED[] =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.resolved_on_time = 1 THEN 1 ELSE 0 END), 0) "
    "FROM cases c JOIN risk_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE c.type = 'risk' AND c.status = 'resolved' "
    "AND c.closed_at >= ?2 AND c.closed_at < ?3" SCOPE_PART;

/* Complaints about the unit (its subtree, by the unit complained about) or naming the person,
 * concluded in the period, and of those the upheld ones (投诉属实). */
static const char SQL_COMPLAINTS[] =
    "SELECT COUNT(*), COALESCE(SUM(CASE WHEN d.outcome = 'upheld' THEN 1 ELSE 0 END), 0) "
    "FROM cases c JOIN complaint_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "WHERE c.type = 'complaint' AND d.concluded_at >= ?2 AND d.concluded_at < ?3 "
    "AND substr(o.path, 1, length(?1)) = ?1 AND (?4 IS NULL OR d.staff_id = ?4)";
/* Commendations not voided received in the period, for the unit's subtree or the officer
 * named; and the cases handled (closed in the period, by place or handling unit, or assigned
 * to the person) they are counted against — records that are not work for the public
 * (commendations, complaints, warnings, shift handovers) left out. */
static const char SQL_COMMENDATIONS[] =
    "SELECT COUNT(*) FROM cases c JOIN commendation_details d ON d.case_id = c.id "
    "JOIN orgs o ON o.id = c.org_id WHERE c.type = 'commendation' AND c.status = 'recorded' "
    "AND d.received_on >= ?2 AND d.received_on < ?3 AND substr(o.path, 1, length(?1)) = ?1 "
    "AND (?4 IS NULL OR d.officer_id = ?4)";
static const char SQL_HANDLED[] =
    "SELECT COUNT(*) FROM cases c JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE c.closed_at >= ?2 AND c.closed_at < ?3 "
    "AND c.type NOT IN ('commendation', 'complaint', 'warning', 'handover')" SCOPE_PART;
/* Incidents (发案 by filed_at, docs/indicators.md "Incidents"): filed in the period, of those
 * solved before its end (破案率), and filed in the same period 365 days earlier. */
static const char SQL_INCIDENTS[] =
    "SELECT COALESCE(SUM(CASE WHEN d.filed_at >= ?2 AND d.filed_at < ?3 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN d.filed_at >= ?2 AND d.filed_at < ?3 AND d.solved_at IS NOT NULL "
    "AND d.solved_at < ?3 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN d.filed_at >= ?2 - 31536000000 AND d.filed_at < ?3 - 31536000000 "
    "THEN 1 ELSE 0 END), 0) "
    "FROM cases c JOIN incident_details d ON d.case_id = c.id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id WHERE c.type = 'incident' "
    "AND ((d.filed_at >= ?2 AND d.filed_at < ?3) OR (d.filed_at >= ?2 - 31536000000 "
    "AND d.filed_at < ?3 - 31536000000))" SCOPE_PART;

static const char SQL_WEIGHTS[] = "SELECT key, weight FROM appraisal_weights";
static const char SQL_CHILDREN[] =
    "SELECT o.id, o.name, o.path FROM orgs o WHERE o.parent_id = ?1 ORDER BY o.path";
static const char SQL_PEOPLE[] =
    "SELECT DISTINCT u.id, u.name FROM users u JOIN grants g ON g.user_id = u.id "
    "JOIN orgs o ON o.id = g.org_id WHERE u.disabled = 0 AND g.role NOT IN ('citizen', 'admin') "
    "AND substr(o.path, 1, length(?1)) = ?1 ORDER BY u.id";

struct figures {
	int64_t num[NCOMP], den[NCOMP];
	double score;
	bool has;            /* some component has a denominator */
};

static pa_err counts(struct db_conn *c, const char *sql, const char *path, int64_t from,
    int64_t to, int64_t who, int64_t out[3])
{
	struct db_stmt *s = db_prepare(c, sql);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, path);
	db_bind_int(s, 2, from);
	db_bind_int(s, 3, to);
	if (who)
		db_bind_int(s, 4, who);
	r = db_step(s);
	out[0] = out[1] = out[2] = 0;
	if (r == DB_ROW)
		for (int i = 0; i < 3 && !db_col_null(s, i); i++)
			out[i] = db_col_int(s, i);
	db_reset(s);
	return r == DB_ROW ? PA_OK : PA_ERR_DB;
}

/* A component's value: min(1, scale × n / d); -1 without a denominator. */
double appraisal_value(int64_t num, int64_t den, double scale)
{
	double v;

	if (den <= 0)
		return -1;
	v = scale * (double)num / (double)den;
	return v > 1 ? 1 : v;
}

/* The score: 100 × Σ wᵢ·vᵢ / Σ wᵢ over the components with a denominator (vᵢ the value, or
 * 1 - it for an inverse one); no component with data: no score. */
double appraisal_score_scaled(const int64_t *num, const int64_t *den, const double *w,
    const bool *inv, const double *scale, int n, bool *has)
{
	double sum = 0, wsum = 0;

	*has = false;
	for (int i = 0; i < n; i++) {
		double v;
		if (den[i] <= 0 || w[i] <= 0)
			continue;
		v = appraisal_value(num[i], den[i], scale ? scale[i] : 1);
		sum += w[i] * (inv[i] ? 1 - v : v);
		wsum += w[i];
		*has = true;
	}
	return wsum > 0 ? round(sum / wsum * 10000) / 100 : 0;
}

double appraisal_score(const int64_t *num, const int64_t *den, const double *w, const bool *inv,
    int n, bool *has)
{
	return appraisal_score_scaled(num, den, w, inv, NULL, n, has);
}

static pa_err figures_get(struct db_conn *c, const char *path, int64_t who, int64_t from,
    int64_t to, const double *w, struct figures *f)
{
	int64_t k[3];
	bool inv[NCOMP];
	double scale[NCOMP];
	pa_err rc;

	memset(f, 0, sizeof *f);
	if ((rc = counts(c, SQL_EVENTS_CLOSED, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_ON_TIME] = f->den[C_REWORK] = k[0];
	f->num[C_ON_TIME] = k[1];
	f->num[C_REWORK] = k[2];
	if ((rc = counts(c, SQL_EVENTS_RATED, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_SATISFACTION] = k[0];
	f->num[C_SATISFACTION] = k[1];
	if ((rc = counts(c, SQL_DISPUTES, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_DISPUTE] = k[0];
	f->num[C_DISPUTE] = k[1];
	f->den[C_LOCAL] = k[1];
	f->num[C_LOCAL] = k[2];
	if ((rc = counts(c, SQL_RISKS_RESOLVED, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_RISK] = k[0];
	f->num[C_RISK] = k[1];
	if ((rc = counts(c, SQL_COMPLAINTS, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_COMPLAINT] = k[0];
	f->num[C_COMPLAINT] = k[1];
	if ((rc = counts(c, SQL_COMMENDATIONS, path, from, to, who, k)) != PA_OK)
		return rc;
	f->num[C_COMMEND] = k[0];
	if ((rc = counts(c, SQL_HANDLED, path, from, to, who, k)) != PA_OK)
		return rc;
	f->den[C_COMMEND] = k[0];
	if ((rc = counts(c, SQL_INCIDENTS, path, from, to, who, k)) != PA_OK)
		return rc;
	/* 发案同比: this period's 发案 over this and a year earlier's (inverse: fewer is better) */
	f->num[C_INCIDENTS] = k[0];
	f->den[C_INCIDENTS] = k[0] + k[2];
	f->num[C_CLEARANCE] = k[1];
	f->den[C_CLEARANCE] = k[0];
	for (int i = 0; i < NCOMP; i++) {
		inv[i] = comps[i].inverse;
		scale[i] = comps[i].scale;
	}
	f->score = appraisal_score_scaled(f->num, f->den, w, inv, scale, NCOMP, &f->has);
	return PA_OK;
}

static pa_err weights_load(struct db_conn *c, double w[NCOMP])
{
	struct db_stmt *s = db_prepare(c, SQL_WEIGHTS);

	for (int i = 0; i < NCOMP; i++)
		w[i] = comps[i].weight;
	if (s == NULL)
		return PA_ERR_DB;
	while (db_step(s) == DB_ROW)
		for (int i = 0; i < NCOMP; i++)
			if (strcmp(db_col_text(s, 0), comps[i].key) == 0)
				w[i] = db_col_double(s, 1);
	db_reset(s);
	return PA_OK;
}

struct subject {
	int64_t org_id, user_id;
	char name[256], path[LIM_ORG_PATH];
	struct figures now, prev, year;
};

static int subject_cmp(const void *pa, const void *pb)
{
	const struct subject *a = pa, *b = pb;

	if (a->now.has != b->now.has)
		return a->now.has ? -1 : 1;
	if (a->now.score != b->now.score)
		return a->now.score > b->now.score ? -1 : 1;
	return strcmp(a->name, b->name);
}

static const char *const levels_q[] = { "unit", "person", NULL };

static void change_json(struct sb *b, const char *k, const struct figures *now,
    const struct figures *then)
{
	sb_printf(b, ",\"%s\":", k);
	if (!then->has) {
		sb_adds(b, "null");
	} else {
		sb_printf(b, "%.2f", then->score);
	}
	sb_printf(b, ",\"%s_delta\":", k);
	if (!then->has || !now->has)
		sb_adds(b, "null");
	else
		sb_printf(b, "%.2f", round((now->score - then->score) * 100) / 100);
}

static void ratio_json(struct sb *b, int64_t n, int64_t d, double scale)
{
	if (d <= 0)
		sb_adds(b, "null");
	else
		sb_printf(b, "%.4f", appraisal_value(n, d, scale));
}

static const struct export_col *export_cols(void)
{
	static struct export_col cols[5 + NCOMP * 3 + 1];
	static char hz[NCOMP * 3][64], he[NCOMP * 3][64], keys[NCOMP * 3][64];
	int n = 0;

	if (cols[0].key)
		return cols;
	cols[n++] = (struct export_col){ "rank", "名次", "Rank", EXK_INT };
	cols[n++] = (struct export_col){ "name", "名称", "Name", EXK_TEXT };
	cols[n++] = (struct export_col){ "score", "得分", "Score", EXK_NUM };
	cols[n++] = (struct export_col){ "previous_delta", "较上期", "On the previous period",
		EXK_NUM };
	cols[n++] = (struct export_col){ "year_ago_delta", "较去年同期", "On a year earlier",
		EXK_NUM };
	for (int i = 0; i < NCOMP; i++) {
		int k = i * 3;
		snprintf(keys[k], 64, "%s", comps[i].key);
		snprintf(hz[k], 64, "%s", comps[i].name_zh);
		snprintf(he[k], 64, "%s", comps[i].name_en);
		snprintf(keys[k + 1], 64, "%s_num", comps[i].key);
		snprintf(hz[k + 1], 64, "%s分子", comps[i].name_zh);
		snprintf(he[k + 1], 64, "%s numerator", comps[i].name_en);
		snprintf(keys[k + 2], 64, "%s_den", comps[i].key);
		snprintf(hz[k + 2], 64, "%s分母", comps[i].name_zh);
		snprintf(he[k + 2], 64, "%s denominator", comps[i].name_en);
		cols[n++] = (struct export_col){ keys[k], hz[k], he[k], EXK_PERCENT };
		cols[n++] = (struct export_col){ keys[k + 1], hz[k + 1], he[k + 1], EXK_INT };
		cols[n++] = (struct export_col){ keys[k + 2], hz[k + 2], he[k + 2], EXK_INT };
	}
	cols[n] = (struct export_col)EXPORT_COLS_END;
	return cols;
}

/* GET /api/v1/appraisal?level=unit|person&org_id=&from=&to=&format= */
void appraisal_api(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	const char *level = http_query(r, "level");
	char path[LIM_ORG_PATH] = "";
	int64_t org_id = 0, from, to, len, now = clock_now_ms();
	struct subject *subs = NULL;
	size_t n = 0, cap = 0;
	double w[NCOMP];
	struct db_stmt *s;
	bool person;
	pa_err rc = PA_OK;
	struct sb b;

	if (fmt == EXPORT_BAD)
		return;
	if (level && *level && strcmp(level, levels_q[0]) != 0 && strcmp(level, levels_q[1]) != 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "level", "level must be unit or person");
		return;
	}
	person = level && strcmp(level, "person") == 0;
	if (!http_query_time(r, "from", &from) || !http_query_time(r, "to", &to) ||
	    !org_query(r, true, &org_id, path))
		return;
	if (to == 0)
		to = now;
	if (from == 0)
		from = to - 30 * GOV_DAY_MS;
	if (from >= to || to - from > LIM_APPRAISAL_DAYS * GOV_DAY_MS) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "from",
		    "from must be before to, and the period at most %d days", LIM_APPRAISAL_DAYS);
		return;
	}
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (org_id == 0) {
		for (int i = 0; i < r->user->ngrants && org_id == 0; i++)
			if (r->user->grants[i].role & ROLE_STAFF) {
				org_id = r->user->grants[i].org_id;
				snprintf(path, sizeof path, "%s", r->user->grants[i].org_path);
			}
		if (org_id == 0) {
			http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
			return;
		}
	}
	len = to - from;
	if (weights_load(c, w) != PA_OK ||
	    (s = db_prepare(c, person ? SQL_PEOPLE : SQL_CHILDREN)) == NULL)
		goto dberr;
	if (person)
		db_bind_text(s, 1, path);
	else
		db_bind_int(s, 1, org_id);
	while (db_step(s) == DB_ROW) {
		if (n == cap) {
			struct subject *m = realloc(subs, (cap = cap ? cap * 2 : 16) * sizeof *subs);
			if (m == NULL)
				break;
			subs = m;
		}
		memset(&subs[n], 0, sizeof subs[n]);
		if (person) {
			subs[n].user_id = db_col_int(s, 0);
			snprintf(subs[n].path, sizeof subs[n].path, "%s", path);
		} else {
			subs[n].org_id = db_col_int(s, 0);
			snprintf(subs[n].path, sizeof subs[n].path, "%s", db_col_text(s, 2));
		}
		snprintf(subs[n].name, sizeof subs[n].name, "%s", db_col_text(s, 1));
		n++;
	}
	db_reset(s);
	for (size_t i = 0; i < n && rc == PA_OK; i++) {
		struct subject *x = &subs[i];
		rc = figures_get(c, x->path, x->user_id, from, to, w, &x->now);
		if (rc == PA_OK)
			rc = figures_get(c, x->path, x->user_id, from - len, from, w, &x->prev);
		if (rc == PA_OK)
			rc = figures_get(c, x->path, x->user_id, from - 365 * GOV_DAY_MS,
			    to - 365 * GOV_DAY_MS, w, &x->year);
	}
	if (rc != PA_OK)
		goto dberr;
	qsort(subs, n, sizeof *subs, subject_cmp);
	if (fmt != EXPORT_JSON) {
		struct export *x = export_begin(r, fmt, "appraisal");
		if (x == NULL) {
			free(subs);
			return;
		}
		export_sheet(x, "考评排名", "Appraisal ranking", export_cols());
		for (size_t i = 0; i < n; i++) {
			const struct subject *y = &subs[i];
			if (!export_row(x))
				break;
			export_int(x, (int64_t)i + 1);
			export_text(x, y->name);
			if (y->now.has)
				export_num(x, y->now.score, 2);
			else
				export_text(x, "");
			if (y->now.has && y->prev.has)
				export_num(x, y->now.score - y->prev.score, 2);
			else
				export_text(x, "");
			if (y->now.has && y->year.has)
				export_num(x, y->now.score - y->year.score, 2);
			else
				export_text(x, "");
			for (int k = 0; k < NCOMP; k++) {
				if (y->now.den[k] > 0)
					export_percent(x, appraisal_value(y->now.num[k], y->now.den[k],
					    comps[k].scale));
				else
					export_text(x, "");
				export_int(x, y->now.num[k]);
				export_int(x, y->now.den[k]);
			}
		}
		export_finish(x);
		free(subs);
		return;
	}
	sb_init(&b, LIM_GOV_RESPONSE_BYTES);
	sb_printf(&b, "{\"level\":\"%s\",\"org_id\":%lld,\"from\":", person ? "person" : "unit",
	    (long long)org_id);
	sb_json_time(&b, from);
	sb_adds(&b, ",\"to\":");
	sb_json_time(&b, to);
	sb_adds(&b, ",\"weights\":{");
	for (int k = 0; k < NCOMP; k++)
		sb_printf(&b, "%s\"%s\":%g", k ? "," : "", comps[k].key, w[k]);
	sb_adds(&b, "},\"items\":[");
	for (size_t i = 0; i < n; i++) {
		const struct subject *y = &subs[i];
		if (person)
			sb_printf(&b, "%s{\"user_id\":%lld", i ? "," : "", (long long)y->user_id);
		else
			sb_printf(&b, "%s{\"org_id\":%lld", i ? "," : "", (long long)y->org_id);
		sb_adds(&b, ",\"name\":");
		sb_json_str(&b, y->name);
		if (y->now.has)
			sb_printf(&b, ",\"score\":%.2f", y->now.score);
		else
			sb_adds(&b, ",\"score\":null");
		sb_printf(&b, ",\"rank\":%zu,\"components\":[", i + 1);
		for (int k = 0; k < NCOMP; k++) {
			sb_printf(&b, "%s{\"key\":\"%s\",\"name\":", k ? "," : "", comps[k].key);
			sb_json_str(&b, http_lang(r) == LANG_EN ? comps[k].name_en : comps[k].name_zh);
			sb_adds(&b, ",\"value\":");
			ratio_json(&b, y->now.num[k], y->now.den[k], comps[k].scale);
			sb_printf(&b, ",\"numerator\":%lld,\"denominator\":%lld,\"weight\":%g,"
			    "\"inverse\":%s,\"scale\":%g}", (long long)y->now.num[k],
			    (long long)y->now.den[k], w[k], comps[k].inverse ? "true" : "false",
			    comps[k].scale);
		}
		sb_adds(&b, "],\"change\":{");
		sb_adds(&b, "\"period\":\"previous\"");
		change_json(&b, "previous", &y->now, &y->prev);
		change_json(&b, "year_ago", &y->now, &y->year);
		sb_adds(&b, "}}");
	}
	sb_adds(&b, "]}");
	free(subs);
	http_reply_text(r, 200, sb_finish(&b));
	return;
dberr:
	free(subs);
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}

/* GET /api/v1/appraisal/weights */
void appraisal_api_weights_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	double w[NCOMP];
	json_t *items = json_array();

	if (c == NULL || weights_load(c, w) != PA_OK) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	for (int i = 0; i < NCOMP; i++)
		json_array_append_new(items, json_pack("{s:s, s:s, s:s, s:f, s:f, s:b}", "key",
		    comps[i].key, "name_zh", comps[i].name_zh, "name_en", comps[i].name_en, "weight",
		    w[i], "default", comps[i].weight, "inverse", comps[i].inverse));
	http_reply(r, 200, json_pack("{s:o}", "items", items));
}

static const struct val_field weight_item[] = {
	{ "key", VT_STRING, VF_REQUIRED, 1, 64, NULL, NULL },
	{ "weight", VT_NUMBER, VF_REQUIRED, 0, 100, NULL, NULL },
	VAL_END
};
static const struct val_field weights_fields[] = {
	{ "items", VT_ARRAY, VF_REQUIRED, 1, NCOMP, NULL, weight_item },
	VAL_END
};

static const char SQL_WEIGHT_PUT[] =
    "INSERT INTO appraisal_weights (key, weight, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (key) DO UPDATE SET weight = ?2, updated_by = ?3, updated_at = ?4";

struct weights_job {
	const json_t *items;
	int64_t user, now;
};

static pa_err weights_put(struct db_conn *c, void *ctx)
{
	struct weights_job *j = ctx;
	const json_t *v;
	size_t i;

	json_array_foreach(j->items, i, v) {
		struct db_stmt *s = db_prepare(c, SQL_WEIGHT_PUT);
		pa_err rc;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, val_str(v, "key"));
		db_bind_double(s, 2, json_number_value(json_object_get(v, "weight")));
		db_bind_int(s, 3, j->user);
		db_bind_int(s, 4, j->now);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* PUT /api/v1/appraisal/weights {"items": [{"key", "weight"}]} — an admin of the whole tree. */
void appraisal_api_weights_put(struct http_req *r)
{
	struct pa_error e = { 0 };
	const json_t *items, *v;
	struct weights_job j;
	size_t i;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, weights_fields))
		return;
	items = json_object_get(r->json, "items");
	json_array_foreach(items, i, v) {
		char prefix[32], field[40];
		bool known = false;
		snprintf(prefix, sizeof prefix, "items[%zu].", i);
		snprintf(field, sizeof field, "%skey", prefix);
		if (val_check(v, weight_item, prefix, &e) != PA_OK) {
			http_fail(r, &e);
			return;
		}
		for (int k = 0; k < NCOMP; k++)
			known = known || strcmp(val_str(v, "key"), comps[k].key) == 0;
		if (!known) {
			http_error(r, PA_ERR_INVALID, "invalid_value", field,
			    "%s is not an appraisal component", field);
			return;
		}
	}
	j.items = items;
	j.user = r->user->id;
	j.now = clock_now_ms();
	if (db_write(r->db, weights_put, &j) != PA_OK) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	appraisal_api_weights_get(r);
}
