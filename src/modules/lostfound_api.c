/* lostfound_api.c — the lost-and-found API beyond the generic case endpoints: a case's match
 * candidates (匹配候选), the public notice (招领公告, no login), the settings (notice delay,
 * claim period, neighbouring stations), items near the end of their claim period, and the
 * statistics (返还率, 返还用时中位数). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../core/case.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "lf_office.h"
#include "lostfound.h"

#define DAY_MS (24LL * 3600 * 1000)
#define LF_MATCHES_MAX 50          /* candidates shown for one case (best first) */
#define LF_MATCH_ROWS_MAX 2000     /* stored candidates of one case ordered for an answer (the
                                    * lowest scores beyond it are left out, an export too) */
#define LF_EXPIRING_MAX 200        /* rows of that list; more says cut */
#define LF_ALERTS_SCAN 200         /* open lost reports one alerts page reads at most */
#define LF_STATS_CATS 64           /* categories of one statistics table */
#define LF_STATS_ROWS 200000       /* cases one statistics scan reads at most (more: the
                                    * answer says complete false) */
#define LF_STATS_MONTHS 120        /* months of a breakdown by month (ten years) */

static bool is_lf_type(const struct case_type *t, bool *lost)
{
	*lost = strcmp(t->code, "lost") == 0;
	return *lost || strcmp(t->code, "found") == 0;
}

/* ------------------------------------------------------------------ matches */

/* The candidates of a case (?2, at station ?4) for user ?1: col 8 the caller may open the
 * candidate; col 9 it is confirmed (the owner is sent to the keeping station) or at a
 * neighbouring station (相邻派出所) of ?4, shown without title or
 * reasons (free text can carry personal data) but with what it is and who registered it:
 * category (10, 11 its name, 14 in English), colour (12), the station's name (13). Cols 15-21
 * are the pair's fit for equal points (lf_rank_pair): the lost report's window (15, 16), the
 * found item's time (17), the candidate's place (18, 19) and the case's own (20, 21). Col 22
 * the candidate's attrs (its made title in English, lf_title_shown). Col 23: the candidate is
 * confirmed with another open registration of the case's side (LF_TAKEN_SQL, the rule the
 * confirmation checks: confirming it here is refused, so no page offers it). */
#define MATCHES_FROM(other, d_table, self, sd_table, lost_d, found_d) \
    "SELECT m." other ", m.score, m.sure, m.reasons, m.confirmed, c.code, c.title, c.status, " \
    "CASE WHEN " SCOPE_CASE_SQL " THEN 1 ELSE 0 END, " \
    "m.confirmed = 1 OR EXISTS (SELECT 1 FROM lf_neighbours n WHERE " \
    "(n.org_id = ?4 AND n.neighbour_id = c.org_id) OR (n.org_id = c.org_id AND " \
    "n.neighbour_id = ?4)), c.category, " \
    "COALESCE(k.name, c.category), d.color, o.name, COALESCE(k.name_en, k.name, c.category), " \
    lost_d ".lost_from, " lost_d ".lost_to, " found_d ".found_at, c.lat, c.lon, sc.lat, sc.lon, " \
    "c.attrs, " LF_TAKEN_SQL(other, "m." other, self, "m." self) " " \
    "FROM lf_matches m JOIN cases c ON c.id = m." other " JOIN orgs o ON o.id = c.org_id " \
    "LEFT JOIN orgs un ON un.id = c.unit_id LEFT JOIN " d_table " d ON d.case_id = c.id " \
    "LEFT JOIN categories k ON k.code = c.category AND k.case_type = 'lost' " \
    "JOIN cases sc ON sc.id = m." self " LEFT JOIN " sd_table " sd ON sd.case_id = m." self " " \
    "WHERE m." self " = ?2 AND m.dismissed = 0 AND (c.closed_at IS NULL OR m.confirmed = 1) "
/* every stored candidate, at most ?3 (the highest scores: lf_rank_cmp orders them after) */
#define MATCHES_SQL(other, d_table, self, sd_table, lost_d, found_d) \
    MATCHES_FROM(other, d_table, self, sd_table, lost_d, found_d) \
    "ORDER BY m.confirmed DESC, m.score DESC, m." other " LIMIT ?3"
/* one of them (?5) */
#define MATCH_ONE_SQL(other, d_table, self, sd_table, lost_d, found_d) \
    MATCHES_FROM(other, d_table, self, sd_table, lost_d, found_d) "AND m." other " = ?5"
static const char SQL_MATCHES_LOST[] =
    MATCHES_SQL("found_id", "found_details", "lost_id", "lost_details", "sd", "d");
static const char SQL_MATCHES_FOUND[] =
    MATCHES_SQL("lost_id", "lost_details", "found_id", "found_details", "d", "sd");
static const char SQL_MATCH_ONE_LOST[] =
    MATCH_ONE_SQL("found_id", "found_details", "lost_id", "lost_details", "sd", "d");
static const char SQL_MATCH_ONE_FOUND[] =
    MATCH_ONE_SQL("lost_id", "lost_details", "found_id", "found_details", "d", "sd");

/* One stored candidate as the order sees it: confirmed pairs first, then lf_rank_cmp (the
 * rule a registration keeps its best by). */
struct match_key {
	struct lf_rank rank;
	bool confirmed, sure;
	bool shown;                      /* the caller may open it, or a neighbour's */
	bool held;                       /* another item holds it better (lostfound_held_elsewhere) */
};

static int match_key_cmp(const void *x, const void *y)
{
	const struct match_key *a = x, *b = y;

	if (a->confirmed != b->confirmed)
		return a->confirmed ? -1 : 1;
	if (a->held != b->held)
		return a->held ? 1 : -1;
	return lf_rank_cmp(&a->rank, &b->rank);
}

/* Orders keys (n of them) as the matches are shown: confirmed pairs first, then lf_rank_cmp,
 * the first LF_HELD_CHECK unconfirmed looked at for another item's better claim and those
 * ranked after the rest (one object, one owner: round 27). */
static pa_err match_keys_order(struct db_conn *c, bool lost, int64_t id, struct match_key *keys,
    int n)
{
	pa_err rc = PA_OK;

	qsort(keys, (size_t)n, sizeof *keys, match_key_cmp);
	for (int k = 0; k < n && k < LF_HELD_CHECK && rc == PA_OK; k++)
		if (!keys[k].confirmed)
			rc = lostfound_held_elsewhere(c, lost, id, keys[k].rank.id, keys[k].rank.points,
			    &keys[k].held);
	qsort(keys, (size_t)n, sizeof *keys, match_key_cmp);
	return rc;
}

static void match_key_read(struct db_stmt *s, struct match_key *k)
{
	bool located = !db_col_null(s, 18) && !db_col_null(s, 19) && !db_col_null(s, 20) &&
	    !db_col_null(s, 21);

	lf_rank_pair(&k->rank, db_col_int(s, 0), (int)db_col_int(s, 1), db_col_int(s, 15),
	    db_col_int(s, 16), db_col_int(s, 17), located, db_col_double(s, 20),
	    db_col_double(s, 21), db_col_double(s, 18), db_col_double(s, 19));
	k->sure = db_col_int(s, 2) != 0;
	k->confirmed = db_col_int(s, 4) != 0;
	k->shown = db_col_int(s, 8) != 0 || db_col_int(s, 9) != 0;
	k->held = false;
}

static double score_of(int64_t points)
{
	return points <= 0 ? 0 : points >= 100 ? 1 : points / 100.0;
}

/* The reason a band or the learned judgement adds to the candidate it calls likely (by:
 * LF_BY_CLOSE, LF_BY_FIRM, LF_BY_JUDGE; NULL for the likely line or none): points 0, judged when read, never stored (it depends on the
 * other items). */
static bool band_reason(int by, bool en, const char **factor, const char **detail)
{
	if (by == LF_BY_CLOSE) {
		*factor = LF_CLOSE_FACTOR;
		*detail = en ? LF_CLOSE_DETAIL_EN : LF_CLOSE_DETAIL;
		return true;
	}
	if (by == LF_BY_FIRM) {
		*factor = LF_FIRM_FACTOR;
		*detail = en ? LF_FIRM_DETAIL_EN : LF_FIRM_DETAIL;
		return true;
	}
	if (by == LF_BY_JUDGE) {
		*factor = LF_JUDGE_FACTOR;
		*detail = en ? LF_JUDGE_DETAIL_EN : LF_JUDGE_DETAIL;
		return true;
	}
	if (by == LF_BY_HELD) {
		*factor = "held";
		*detail = en ? "another registration fits it better: ranked after, scored no higher" :
		    "另有一份登记与它更相符，排在后面，匹配度不高于前一项";
		return true;
	}
	return false;
}

/* The stored reasons (JSON written by the matcher, both languages) in the answer's language
 * only: {"factor","detail","points"}; an old row without English says its factor. by: the
 * rule that calls the candidate likely; a band (lf_likely_close, lf_likely_firm) says so as a
 * reason of its own (band_reason). */
static void reasons_out(struct sb *b, const char *stored, bool en, int by)
{
	const char *bf, *bd;
	json_t *a = json_loads(stored ? stored : "[]", 0, NULL), *v;
	size_t i;
	int n = 0;

	sb_adds(b, "[");
	json_array_foreach(a, i, v) {
		const char *zh = json_string_value(json_object_get(v, "detail"));
		const char *e = json_string_value(json_object_get(v, "detail_en"));
		const char *f = json_string_value(json_object_get(v, "factor"));
		sb_adds(b, n++ ? ",{\"factor\":" : "{\"factor\":");
		sb_json_str(b, f ? f : "");
		sb_adds(b, ",\"detail\":");
		sb_json_str(b, en ? (e ? e : f ? f : "") : (zh ? zh : ""));
		sb_printf(b, ",\"points\":%lld}",
		    (long long)json_integer_value(json_object_get(v, "points")));
	}
	if (band_reason(by, en, &bf, &bd)) {
		sb_adds(b, n++ ? ",{\"factor\":" : "{\"factor\":");
		sb_json_str(b, bf);
		sb_adds(b, ",\"detail\":");
		sb_json_str(b, bd);
		sb_adds(b, ",\"points\":0}");
	}
	sb_adds(b, "]");
	json_decref(a);
}

/* The reasons as one line of text for exports: "detail (+points); ..." (a band's as above). */
static void reasons_line(struct sb *b, const char *stored, bool en, int by)
{
	const char *bf, *bd;
	json_t *a = json_loads(stored ? stored : "[]", 0, NULL), *v;
	size_t i;

	json_array_foreach(a, i, v) {
		const char *zh = json_string_value(json_object_get(v, "detail"));
		const char *e = json_string_value(json_object_get(v, "detail_en"));
		const char *f = json_string_value(json_object_get(v, "factor"));
		sb_printf(b, "%s%s（%+lld）", i ? "；" : "", en ? (e ? e : f ? f : "") : (zh ? zh : ""),
		    (long long)json_integer_value(json_object_get(v, "points")));
	}
	if (band_reason(by, en, &bf, &bd))
		sb_printf(b, "%s%s（+0）", json_array_size(a) ? "；" : "", bd);
	json_decref(a);
}

static const struct export_col match_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "物品", "Item", EXK_TEXT },
	{ "score", "匹配度", "Score", EXK_PERCENT },
	{ "likely", "可能是同一物品", "Likely", EXK_BOOL },
	{ "reasons", "理由", "Reasons", EXK_TEXT },
	EXPORT_COLS_END
};

/* GET /api/v1/cases/{id}/matches: the stored candidates of a lost report or found item, best
 * first, with the reasons; "likely" only for the best when the matcher judges it the same
 * object (a confirmed pair is always likely). Candidates outside the caller's scope are left
 * out, but still count for the judgement (a neighbour's better candidate is not hidden by
 * pretending it does not exist). */

/* What another station's registration is (lostfound.h): 钱包（黑色）. */
void lostfound_summary(const char *cat, const char *color, bool en, char out[LF_SUMMARY_BYTES])
{
	char c[LF_SUMMARY_BYTES];

	if (color && color[0] && en)
		lf_color_en(color, c, sizeof c);   /* 深蓝 dark blue, as a made title says it */
	if (color && color[0])
		snprintf(out, LF_SUMMARY_BYTES, en ? "%s (%s)" : "%s（%s）", cat ? cat : "",
		    en ? c : color);
	else
		snprintf(out, LF_SUMMARY_BYTES, "%s", cat ? cat : "");
	utf8_clip(out);
}

/* What a neighbouring station's candidate is, from s positioned on its row of MATCHES_FROM
 * (lostfound_summary). */
static void summary_of(struct db_stmt *s, bool en, char out[LF_SUMMARY_BYTES])
{
	lostfound_summary(db_col_text(s, en ? 14 : 11), db_col_text(s, 12), en, out);
}

/* The owner of lost report lost_id as {"name", "id_number"}, masked (persons registry), into
 * b; null when none. The keeping station of a neighbour's confirmed report compares the
 * claimant with it in the return dialog and cannot open the report itself. */
static void owner_out(struct sb *b, struct db_conn *c, int64_t lost_id)
{
	const struct case_type *t = case_type_find("lost");
	json_t *ps = t ? person_case_json(c, t, lost_id, NULL) : NULL, *p;
	size_t i;
	bool done = false;

	json_array_foreach(ps, i, p) {
		const char *role = json_string_value(json_object_get(p, "role"));
		if (done || role == NULL || strcmp(role, "owner") != 0)
			continue;
		const char *nm = json_string_value(json_object_get(p, "name"));
		const char *idn = json_string_value(json_object_get(p, "id_number"));
		sb_adds(b, "{\"name\":");
		if (nm)
			sb_json_str(b, nm);
		else
			sb_adds(b, "null");
		sb_adds(b, ",\"id_number\":");
		if (idn)
			sb_json_str(b, idn);
		else
			sb_adds(b, "null");
		sb_adds(b, "}");
		done = true;
	}
	if (!done)
		sb_adds(b, "null");
	json_decref(ps);
}

/* One candidate's item of the answer (or row of the export) from s positioned on its row
 * (by: the rule that calls it likely, a band's said among its reasons; owner_of: the reader
 * of a found item's page, whose confirmed lost report at a neighbouring station shows its
 * owner masked, else NULL). */
static void match_out(struct sb *b, struct export *x, struct db_stmt *s, bool likely, int by,
    bool en, int64_t points, int64_t *n, struct db_conn *owner_of)
{
	bool open = db_col_int(s, 8) != 0;
	char made[LF_TITLE_BYTES];       /* a made title in English (lf_title_shown) */

	if (!open) {
		/* a neighbouring station's item: what it is, not its title or reasons */
		char summary[LF_SUMMARY_BYTES];
		const char *color = db_col_text(s, 12);
		summary_of(s, x ? export_english(x) : en, summary);
		if (x) {
			if (!export_row(x))
				return;
			export_text(x, db_col_text(s, 5));
			export_text(x, summary);
			export_percent(x, score_of(points));
			export_bool(x, likely);
			export_text(x, "");
			return;
		}
		sb_printf(b, "%s{\"case_id\":%lld,\"code\":", (*n)++ ? "," : "",
		    (long long)db_col_int(s, 0));
		sb_json_str(b, db_col_text(s, 5));
		sb_adds(b, ",\"title\":null,\"summary\":");
		sb_json_str(b, summary);
		sb_adds(b, ",\"category\":");
		sb_json_str(b, db_col_text(s, 10));
		sb_adds(b, ",\"color\":");
		if (color && color[0])
			sb_json_str(b, color);
		else
			sb_adds(b, "null");
		sb_adds(b, ",\"station\":");
		sb_json_str(b, db_col_text(s, 13));
		sb_adds(b, ",\"status\":");
		sb_json_str(b, db_col_text(s, 7));
		sb_printf(b, ",\"score\":%.2f,\"likely\":%s,\"confirmed\":%s,"
		    "\"confirmed_elsewhere\":%s,\"visible\":false,\"reasons\":[]", score_of(points),
		    likely ? "true" : "false", db_col_int(s, 4) ? "true" : "false",
		    db_col_int(s, 23) ? "true" : "false");
		if (owner_of && db_col_int(s, 4)) {
			sb_adds(b, ",\"owner\":");
			owner_out(b, owner_of, db_col_int(s, 0));
		}
		sb_adds(b, "}");
		return;
	}
	if (x) {
		struct sb line;
		char *t;
		if (!export_row(x))
			return;
		export_text(x, db_col_text(s, 5));
		export_text(x, lf_title_shown(db_col_text(s, 6), db_col_text(s, 22),
		    export_english(x), made, sizeof made));
		export_percent(x, score_of(points));
		export_bool(x, likely);
		sb_init(&line, 8192);
		reasons_line(&line, db_col_text(s, 3), export_english(x), by);
		t = sb_finish(&line);
		export_text(x, t ? t : "");
		free(t);
		return;
	}
	sb_printf(b, "%s{\"case_id\":%lld,\"code\":", (*n)++ ? "," : "",
	    (long long)db_col_int(s, 0));
	sb_json_str(b, db_col_text(s, 5));
	sb_adds(b, ",\"title\":");
	sb_json_str(b, lf_title_shown(db_col_text(s, 6), db_col_text(s, 22), en, made,
	    sizeof made));
	sb_adds(b, ",\"status\":");
	sb_json_str(b, db_col_text(s, 7));
	sb_printf(b, ",\"score\":%.2f,\"likely\":%s,\"confirmed\":%s,"
	    "\"confirmed_elsewhere\":%s,\"reasons\":", score_of(points), likely ? "true" : "false",
	    db_col_int(s, 4) ? "true" : "false", db_col_int(s, 23) ? "true" : "false");
	reasons_out(b, db_col_text(s, 3), en, by);
	sb_adds(b, "}");
}

void lostfound_api_matches(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct arena *a = arena_new(256 * 1024);
	struct case_rec rec = { 0 };
	enum export_format fmt = http_export_format(r);
	struct export *x = NULL;
	struct match_key *keys = NULL;
	struct db_stmt *s;
	struct sb b;
	int64_t id, n = 0;
	int nkeys = 0;
	bool lost, first_likely = false, cut = false;
	int by = LF_BY_NONE;           /* the rule that calls the best likely (a band says so) */
	int64_t shown = -1;            /* the points of the last candidate shown (not confirmed) */
	bool en = http_lang(r) == LANG_EN;
	int rr;
	pa_err rc;

	sb_init(&b, 1 << 20);
	if (fmt == EXPORT_BAD || !http_param_id(r, 0, &id))
		goto out;
	if (c == NULL || a == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		goto out;
	}
	rc = case_get_visible(c, a, id, r->user, &rec);
	if (rc == PA_OK && !is_lf_type(rec.type, &lost))
		rc = PA_ERR_NOT_FOUND;
	if (rc != PA_OK) {
		if (rc == PA_ERR_NOT_FOUND)
			http_error(r, rc, "not_found", NULL, "no such case");
		else
			http_error(r, rc, "internal", NULL, "database error");
		goto out;
	}
	/* first pass: every stored candidate's order key (rows the caller may not see too: they
	 * count for the judgement, a neighbour's better candidate is not hidden by pretending it
	 * does not exist), ordered by the rule a registration keeps its best by */
	if ((keys = malloc(LF_MATCH_ROWS_MAX * sizeof *keys)) == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		goto out;
	}
	if ((s = db_prepare(c, lost ? SQL_MATCHES_LOST : SQL_MATCHES_FOUND)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, id);
	db_bind_int(s, 3, LF_MATCH_ROWS_MAX);
	db_bind_int(s, 4, rec.org_id);
	while (nkeys < LF_MATCH_ROWS_MAX && (rr = db_step(s)) == DB_ROW)
		match_key_read(s, &keys[nkeys++]);
	db_reset(s);
	if (nkeys < LF_MATCH_ROWS_MAX && rr == DB_FAIL)
		goto dberr;
	if (match_keys_order(c, lost, id, keys, nkeys) != PA_OK)
		goto dberr;
	/* likely: the best leads the runner-up (equal points never do unless the other is held
	 * better elsewhere, which ranks it after the best anyway, so which of them ranks first
	 * does not change the judgement) */
	if (nkeys > 0) {
		const struct match_key *f = &keys[0];
		if (f->confirmed) {
			first_likely = true;
		} else {
			if (lostfound_judge(c, lost, id, &keys[0].rank, sizeof keys[0], nkeys, 0,
			    f->sure, NULL, 0, NULL, &by) != PA_OK)
				goto dberr;
			first_likely = by != LF_BY_NONE;
		}
	}
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "matches")) == NULL)
			goto out;
		export_sheet(x, "匹配候选", "Match candidates", match_cols);
	}
	sb_adds(&b, "{\"items\":[");
	/* second pass, in that order: rows the caller may not see are skipped and do not count
	 * for cut (the answer says nothing of them); LF_MATCHES_MAX shown at most (an export:
	 * every row) */
	for (int k = 0; k < nkeys; k++) {
		if (!keys[k].shown)
			continue;            /* outside the caller's scope, not a neighbour's */
		if (!x && n == LF_MATCHES_MAX) {
			cut = true;
			break;
		}
		if ((s = db_prepare(c, lost ? SQL_MATCH_ONE_LOST : SQL_MATCH_ONE_FOUND)) == NULL)
			goto dberr;
		db_bind_int(s, 1, r->user->id);
		db_bind_int(s, 2, id);
		db_bind_int(s, 4, rec.org_id);
		db_bind_int(s, 5, keys[k].rank.id);
		if ((rr = db_step(s)) == DB_ROW) {
			/* "best first" holds for the score too: a candidate another registration
			 * holds better, ranked after one of fewer points, shows less than it and
			 * says why (a reader sorting by score gets this order) */
			int64_t pts = db_col_int(s, 1);
			bool over = shown >= 0 && pts > shown;
			if (over)
				pts = keys[k].held && shown > 0 ? shown - 1 : shown;
			match_out(&b, x, s, k == 0 && first_likely, k == 0 && first_likely ? by :
			    over && keys[k].held ? LF_BY_HELD : LF_BY_NONE, en, pts, &n,
			    lost ? NULL : c);
			if (!keys[k].confirmed)
				shown = pts;
		}
		db_reset(s);
		if (rr == DB_FAIL)
			goto dberr;
	}
	if (nkeys == LF_MATCH_ROWS_MAX && !x)
		cut = true;
	if (x) {
		export_finish(x);
		x = NULL;
		goto out;
	}
	sb_printf(&b, "],\"cut\":%s,\"limit\":%d}", cut ? "true" : "false", LF_MATCHES_MAX);
	http_reply_text(r, 200, sb_finish(&b));
	goto out;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
out:
	free(keys);
	export_abort(x);
	sb_free(&b);
	case_rec_clear(&rec);
	arena_free(a);
}

/* ------------------------------------------------------------------ alerts */

/* The open lost reports (寻找中, 已匹配) of the unit at path ?2 and below that the caller (?1)
 * sees, newest first, keyset by id (?3, 0 for the first), ?4 rows. */
static const char SQL_ALERT_LOST[] =
    "SELECT c.id, c.code, c.title, c.status, c.org_id, c.attrs FROM cases c "
    "JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = 'lost' AND c.status IN ('open', 'matched') AND c.closed_at IS NULL "
    "AND substr(o.path, 1, length(?2)) = ?2 AND " SCOPE_CASE_SQL
    " AND (?3 = 0 OR c.id < ?3) ORDER BY c.id DESC LIMIT ?4";

static char *dup_col(struct db_stmt *s, int i)
{
	return strdup(db_col_null(s, i) ? "" : db_col_text(s, i));
}

/* The open lost reports of neighbouring stations (相邻派出所) the caller (?1) does not see that
 * hold as a candidate an open found item of the unit at path ?2 and below (its desk keeps it:
 * told of the likely pair, it sees the alert as the report's station does), newest first, keyset
 * by id (?3), ?4 rows; with what the report is (its category and colour, never its title) and
 * its station. The scope test is NULL for a report without an assignee (c.assignee_id = ?1):
 * COALESCE makes "not in scope" true there. */
static const char SQL_ALERT_NEAR[] =
    "SELECT DISTINCT c.id, c.code, c.status, c.org_id, COALESCE(k.name, c.category), "
    "COALESCE(k.name_en, k.name, c.category), ld.color, o.name "
    "FROM cases f JOIN orgs fo ON fo.id = f.org_id JOIN lf_matches m ON m.found_id = f.id "
    "JOIN cases c ON c.id = m.lost_id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id LEFT JOIN lost_details ld ON ld.case_id = c.id "
    "LEFT JOIN categories k ON k.code = c.category AND k.case_type = 'lost' "
    "WHERE f.type = 'found' AND f.closed_at IS NULL AND substr(fo.path, 1, length(?2)) = ?2 "
    "AND m.dismissed = 0 AND c.type = 'lost' AND c.status IN ('open', 'matched') "
    "AND c.closed_at IS NULL AND NOT COALESCE(" SCOPE_CASE_SQL ", 0) "
    "AND EXISTS (SELECT 1 FROM lf_neighbours n "
    "WHERE n.org_id = c.org_id AND n.neighbour_id = f.org_id) "
    "AND (?3 = 0 OR c.id < ?3) ORDER BY c.id DESC LIMIT ?4";

/* A report an alerts page reads: the unit's own, or a neighbour's holding the unit's item
 * (mine false: shown by summary and station, its best candidate must be the unit's item). */
struct alert_row {
	int64_t id, org;
	bool mine;
	char *code, *title, *status, *summary, *station;
};

static void alert_row_clear(struct alert_row *w)
{
	free(w->code);
	free(w->title);
	free(w->status);
	free(w->summary);
	free(w->station);
	memset(w, 0, sizeof *w);
}

/* Reads up to max rows of s (bound) into out: the unit's own reports (mine) or a neighbour's
 * (SQL_ALERT_NEAR's columns, en: the category's English name). *n rows read. */
static int alert_rows(struct db_stmt *s, bool mine, bool en, struct alert_row *out, int max,
    int *n)
{
	int rr;

	*n = 0;
	while (*n < max && (rr = db_step(s)) == DB_ROW) {
		struct alert_row *w = &out[(*n)++];
		w->id = db_col_int(s, 0);
		w->mine = mine;
		w->code = dup_col(s, 1);
		if (mine) {
			char made[LF_TITLE_BYTES];
			w->title = strdup(lf_title_shown(db_col_null(s, 2) ? "" : db_col_text(s, 2),
			    db_col_text(s, 5), en, made, sizeof made));
			w->status = dup_col(s, 3);
			w->org = db_col_int(s, 4);
		} else {
			char sum[LF_SUMMARY_BYTES];
			lostfound_summary(db_col_text(s, en ? 5 : 4), db_col_text(s, 6), en, sum);
			w->status = dup_col(s, 2);
			w->org = db_col_int(s, 3);
			w->summary = strdup(sum);
			w->station = dup_col(s, 7);
			w->title = strdup("");
		}
		if (!w->code || !w->title || !w->status || (!mine && (!w->summary || !w->station)))
			rr = DB_FAIL;
		if (rr == DB_FAIL)
			break;
	}
	db_reset(s);
	return rr;
}

static const struct export_col alert_cols[] = {
	{ "lost_code", "失物登记编号", "Lost report", EXK_TEXT },
	{ "lost_title", "失物", "Lost item", EXK_TEXT },
	{ "code", "拾遗物编号", "Found item", EXK_TEXT },
	{ "title", "拾遗物", "Found item title", EXK_TEXT },
	{ "score", "匹配度", "Score", EXK_PERCENT },
	{ "confirmed", "已确认", "Confirmed", EXK_BOOL },
	{ "reasons", "理由", "Reasons", EXK_TEXT },
	EXPORT_COLS_END
};

/* One lost report's alert: its best candidate when that is likely (or confirmed) and in the
 * caller's scope, judged exactly as GET /cases/{id}/matches judges it. */
struct alert {
	bool show, confirmed;
	bool visible;                    /* the caller may open it; else a neighbouring station's,
	                                  * shown by summary and station (相邻派出所) */
	int by;                          /* the rule that calls it likely (LF_BY_*; a band says so) */
	int64_t found_id, score;
	char *code, *title, *status, *reasons, *summary, *station;
};

static void alert_clear(struct alert *a)
{
	free(a->summary);
	free(a->station);
	free(a->code);
	free(a->title);
	free(a->status);
	free(a->reasons);
	memset(a, 0, sizeof *a);
}

/* The best and its runner-up as GET /cases/{id}/matches ranks them (the first LF_HELD_CHECK
 * by score: what another item holds better last); an alert is the best only when it is
 * confirmed or judged likely, and a candidate of equal points never is, so lf_rank_cmp's tie
 * order would not change what is shown. */
static pa_err alert_of(struct db_conn *c, int64_t user, int64_t lost_id, int64_t org, bool en,
    struct alert *a)
{
	struct match_key keys[LF_HELD_CHECK];
	struct db_stmt *s = db_prepare(c, SQL_MATCHES_LOST);
	int n = 0, b = 0, rr = DB_DONE;

	memset(a, 0, sizeof *a);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user);
	db_bind_int(s, 2, lost_id);
	db_bind_int(s, 3, LF_HELD_CHECK);
	while (n < LF_HELD_CHECK && (rr = db_step(s)) == DB_ROW)
		match_key_read(s, &keys[n++]);
	db_reset(s);
	if (rr == DB_FAIL)
		return PA_ERR_DB;
	if (n == 0)
		return PA_OK;
	/* a confirmed pair first; else the first no other report holds better */
	qsort(keys, (size_t)n, sizeof *keys, match_key_cmp);
	if (!keys[0].confirmed &&
	    lostfound_first_unheld(c, true, lost_id, &keys[0].rank, sizeof keys[0], n, &b) != PA_OK)
		return PA_ERR_DB;
	if ((s = db_prepare(c, SQL_MATCH_ONE_LOST)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user);
	db_bind_int(s, 2, lost_id);
	db_bind_int(s, 4, org);
	db_bind_int(s, 5, keys[b].rank.id);
	if ((rr = db_step(s)) == DB_ROW) {
		char summary[LF_SUMMARY_BYTES];
		a->found_id = db_col_int(s, 0);
		a->score = db_col_int(s, 1);
		a->confirmed = db_col_int(s, 4) != 0;
		/* in the caller's scope, or a neighbouring station's (its desk was told as ours) */
		a->visible = db_col_int(s, 8) != 0;
		a->show = a->visible || db_col_int(s, 9) != 0;
		char made[LF_TITLE_BYTES];
		a->code = dup_col(s, 5);
		a->title = strdup(lf_title_shown(db_col_null(s, 6) ? "" : db_col_text(s, 6),
		    db_col_text(s, 22), en, made, sizeof made));
		a->status = dup_col(s, 7);
		a->reasons = dup_col(s, 3);
		summary_of(s, en, summary);
		a->summary = strdup(summary);
		a->station = dup_col(s, 13);
	}
	db_reset(s);
	if (rr != DB_FAIL && a->show && !a->confirmed) {
		/* judged as GET /cases/{id}/matches judges it (the reasons read only when a band
		 * could call it likely) */
		if (lostfound_judge(c, true, lost_id, &keys[0].rank, sizeof keys[0], n, b,
		    keys[b].sure, NULL, 0, a->reasons, &a->by) != PA_OK)
			rr = DB_FAIL;
		else
			a->show = a->by != LF_BY_NONE;
	}
	if (rr == DB_FAIL || (a->code && (!a->title || !a->status || !a->reasons || !a->summary ||
	    !a->station))) {
		alert_clear(a);
		return rr == DB_FAIL ? PA_ERR_DB : PA_ERR_NOMEM;
	}
	return PA_OK;
}

/* GET /api/v1/lostfound/alerts?org_id=&limit=&cursor=&format= — the match alerts of a unit
 * (失物招领提醒): its open lost reports whose best candidate the matcher judges likely, or that
 * an officer confirmed, each with that candidate and its reasons (in the request's language),
 * newest report first. One call for the 阳光坐席 page instead of one per report. A page reads
 * at most LF_ALERTS_SCAN reports; next_cursor goes on from the last one read. */
void lostfound_api_alerts(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	char path[LIM_ORG_PATH] = "";
	enum export_format fmt = http_export_format(r);
	int64_t org_id = 0, limit, cursor = 0, last = 0;
	/* the unit's own reports and the neighbours' holding its items, each read to one more
	 * than a page reads, merged newest first (rows[0..nids) the page, the rest freed) */
	struct alert_row *own = calloc(LF_ALERTS_SCAN + 1, sizeof *own);
	struct alert_row *near = calloc(LF_ALERTS_SCAN + 1, sizeof *near);
	struct alert_row *rows = calloc(LF_ALERTS_SCAN, sizeof *rows);
	bool en = http_lang(r) == LANG_EN, more = false;
	struct export *x = NULL;
	struct db_stmt *s;
	struct sb b;
	int nids = 0, nown = 0, nnear = 0, n = 0, rr;

	sb_init(&b, 4 << 20);
	if (fmt == EXPORT_BAD || !org_query(r, true, &org_id, path) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		goto out;
	if (org_id == 0) {
		http_error(r, PA_ERR_INVALID, "missing_field", "org_id", "%s is required", "org_id");
		goto out;
	}
	if (own == NULL || near == NULL || rows == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		goto out;
	}
	/* the export first: its language (lang=) names a neighbour's report's category too */
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "lostfound-alerts")) == NULL)
			goto out;
		export_sheet(x, "失物匹配提醒", "Match alerts", alert_cols);
	} else {
		sb_adds(&b, "{\"items\":[");
	}
	/* the reports first (one statement at a time on the reader), then their candidates */
	for (int k = 0; k < 2; k++) {
		if (c == NULL || (s = db_prepare(c, k == 0 ? SQL_ALERT_LOST : SQL_ALERT_NEAR)) == NULL)
			goto dberr;
		db_bind_int(s, 1, r->user->id);
		db_bind_text(s, 2, path);
		db_bind_int(s, 3, fmt == EXPORT_JSON ? cursor : 0);
		db_bind_int(s, 4, LF_ALERTS_SCAN + 1);
		rr = alert_rows(s, k == 0, x ? export_english(x) : en, k == 0 ? own : near,
		    LF_ALERTS_SCAN + 1, k == 0 ? &nown : &nnear);
		if (rr == DB_FAIL)
			goto dberr;
	}
	/* merged by id, newest first: a page reads at most LF_ALERTS_SCAN of both */
	for (int i = 0, j = 0; nids < LF_ALERTS_SCAN && (i < nown || j < nnear); ) {
		struct alert_row *w = j >= nnear || (i < nown && own[i].id > near[j].id) ?
		    &own[i++] : &near[j++];
		rows[nids++] = *w;
		memset(w, 0, sizeof *w);
	}
	for (int i = 0; i <= LF_ALERTS_SCAN; i++)
		more = more || own[i].code || near[i].code;
	for (int i = 0; i < nids; i++) {
		struct alert a;
		if (alert_of(c, r->user->id, rows[i].id, rows[i].org, x ? export_english(x) : en,
		    &a) != PA_OK)
			goto dberr;
		last = rows[i].id;
		/* a neighbour's report: an alert here only when its best is the unit's item */
		if (!a.show || (!rows[i].mine && !a.visible)) {
			alert_clear(&a);
			continue;
		}
		if (x) {
			struct sb line;
			char *t;
			if (export_row(x)) {
				export_text(x, rows[i].code);
				export_text(x, rows[i].mine ? rows[i].title : rows[i].summary);
				export_text(x, a.code);
				export_text(x, a.visible ? a.title : a.summary);
				export_percent(x, score_of(a.score));
				export_bool(x, a.confirmed);
				sb_init(&line, 8192);
				if (a.visible && rows[i].mine)
					reasons_line(&line, a.reasons, export_english(x), a.by);
				t = sb_finish(&line);
				export_text(x, t ? t : "");
				free(t);
			}
		} else {
			sb_printf(&b, "%s{\"lost_id\":%lld,\"lost_code\":", n ? "," : "",
			    (long long)rows[i].id);
			sb_json_str(&b, rows[i].code);
			sb_adds(&b, ",\"lost_title\":");
			if (rows[i].mine) {
				sb_json_str(&b, rows[i].title);
			} else {
				/* a neighbouring station's report: what it is and where, never its
				 * title; confirmed there, on the report */
				sb_adds(&b, "null,\"lost_visible\":false,\"lost_summary\":");
				sb_json_str(&b, rows[i].summary);
				sb_adds(&b, ",\"lost_station\":");
				sb_json_str(&b, rows[i].station);
			}
			sb_adds(&b, ",\"lost_status\":");
			sb_json_str(&b, rows[i].status);
			sb_printf(&b, ",\"case_id\":%lld,\"code\":", (long long)a.found_id);
			sb_json_str(&b, a.code);
			sb_adds(&b, ",\"title\":");
			if (a.visible) {
				sb_json_str(&b, a.title);
			} else {
				/* a neighbouring station's item: what it is and where, as matches
				 * show it (match_out), never its title or reasons */
				sb_adds(&b, "null,\"visible\":false,\"summary\":");
				sb_json_str(&b, a.summary);
				sb_adds(&b, ",\"station\":");
				sb_json_str(&b, a.station);
			}
			sb_adds(&b, ",\"status\":");
			sb_json_str(&b, a.status);
			sb_printf(&b, ",\"score\":%.2f,\"likely\":true,\"confirmed\":%s,\"reasons\":",
			    score_of(a.score), a.confirmed ? "true" : "false");
			/* the reasons speak of both sides' words: not of a report one cannot open */
			if (a.visible && rows[i].mine)
				reasons_out(&b, a.reasons, en, a.by);
			else
				sb_adds(&b, "[]");
			sb_adds(&b, "}");
		}
		n++;
		alert_clear(&a);
		if (!x && n == limit) {
			more = more || i + 1 < nids;
			break;
		}
	}
	if (x) {
		export_finish(x);
		x = NULL;
		goto out;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, more ? last : 0);
	sb_adds(&b, "}");
	http_reply_text(r, 200, sb_finish(&b));
	goto out;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
out:
	export_abort(x);
	for (int i = 0; i < nids; i++)
		alert_row_clear(&rows[i]);
	for (int i = 0; own && i <= LF_ALERTS_SCAN; i++)
		alert_row_clear(&own[i]);
	for (int i = 0; near && i <= LF_ALERTS_SCAN; i++)
		alert_row_clear(&near[i]);
	free(own);
	free(near);
	free(rows);
	sb_free(&b);
}

/* ------------------------------------------------------------------ public notice */

static const char SQL_PUBLIC[] =
    "SELECT c.id, c.code, c.category, k.name, d.color, d.found_at, o.name, d.claim_end_at, "
    "COALESCE(k.name_en, k.name), o.id, " LF_OFFICE_COLS " "
    "FROM found_details d JOIN cases c ON c.id = d.case_id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN categories k ON k.code = c.category" LF_OFFICE_JOIN("o.id")
    "WHERE d.m_open = 1 AND d.notice_at <= ?1 AND (?2 = 0 OR d.m_org = ?2) "
    "AND (?3 IS NULL OR d.m_cat = ?3) AND (?4 = 0 OR c.id < ?4) "
    "AND NOT " LF_OWNER_WAITING_SQL("d.case_id") " ORDER BY c.id DESC LIMIT ?5";
static const char SQL_CAT_LF[] = "SELECT 1 FROM categories WHERE code = ?1 AND case_type = 'lost'";
static const char SQL_ORG_ANY[] = "SELECT 1 FROM orgs WHERE id = ?1";
/* the units with items on public notice now, with how many (the page's station filter), and
 * each one's claim office (认领地点) */
static const char SQL_PUBLIC_STATIONS[] =
    "SELECT o.id, o.name, COUNT(*), " LF_OFFICE_COLS " FROM found_details d "
    "JOIN orgs o ON o.id = d.m_org" LF_OFFICE_JOIN("o.id")
    "WHERE d.m_open = 1 AND d.notice_at <= ?1 AND NOT " LF_OWNER_WAITING_SQL("d.case_id")
    " GROUP BY o.id, o.name, " LF_OFFICE_COLS " "
    "ORDER BY o.name, o.id LIMIT ?2";

/* Whether the one-parameter statement sql finds a row for text (or id when text is NULL):
 * 1 yes, 0 no, -1 a database error. */
static int row_exists(struct db_conn *c, const char *sql, const char *text, int64_t id)
{
	struct db_stmt *s = db_prepare(c, sql);
	int rr;

	if (s == NULL)
		return -1;
	if (text)
		db_bind_text(s, 1, text);
	else
		db_bind_int(s, 1, id);
	rr = db_step(s);
	db_reset(s);
	return rr == DB_ROW ? 1 : rr == DB_DONE ? 0 : -1;
}

/* The colour families named in a colour text, in plain words (黑色/银灰色): the public notice
 * shows these, never the officer's own text (which may carry a mark). Silver, titanium and grey
 * are one family: 银灰色 (an owner of silver keys skipped a notice saying 灰色). */
static void color_words(unsigned bits, bool en, char *out, size_t n)
{
	static const struct { unsigned bit; const char *w, *en; } fam[] = {
		{ LF_C_BLACK, "黑色", "black" }, { LF_C_WHITE, "白色", "white" },
		{ LF_C_GREY, "银灰色", "silver-grey" }, { LF_C_RED, "红色", "red" },
		{ LF_C_PINK, "粉色", "pink" }, { LF_C_BLUE, "蓝色", "blue" },
		{ LF_C_GREEN, "绿色", "green" }, { LF_C_YELLOW, "黄色", "yellow" },
		{ LF_C_ORANGE, "橙色", "orange" }, { LF_C_PURPLE, "紫色", "purple" },
		{ LF_C_BROWN, "棕色", "brown" }, { LF_C_GOLD, "金色", "gold" },
		{ LF_C_CLEAR, "透明", "clear" }, { LF_C_DARK, "深色", "dark" },
		{ LF_C_LIGHT, "浅色", "light" },
	};
	size_t o = 0;

	out[0] = '\0';
	for (size_t i = 0; i < sizeof fam / sizeof fam[0]; i++) {
		if (!(bits & fam[i].bit))
			continue;
		if ((fam[i].bit == LF_C_DARK || fam[i].bit == LF_C_LIGHT) &&
		    (bits & ~(LF_C_DARK | LF_C_LIGHT)))
			continue;   /* 深色 says less than the family it came with */
		int k = snprintf(out + o, n - o, "%s%s", o ? "/" : "", en ? fam[i].en : fam[i].w);
		if (k < 0 || (size_t)k >= n - o)
			break;
		o += (size_t)k;
	}
}

void lf_color_words(const char *color, bool en, char *out, size_t n)
{
	color_words(lf_color_bits(color), en, out, n);
}

static void day_of(int64_t ms, char out[16])
{
	char t[TIME_STR_MAX];

	time_format(ms, t);
	snprintf(out, 16, "%.10s", t);
}

/* GET /api/v1/public/found?org_id=&category=&cursor= (no login): found items on public
 * notice (招领公告) — category, colour family, the day found and the station's area only.
 * Never the serial, marks, contents, description, names or the exact place. An item whose
 * owner is confirmed (LF_OWNER_WAITING_SQL) is not on it: it waits for that owner. */
void lostfound_api_public(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *cat = http_query(r, "category");
	int64_t org = 0, cursor = 0, last = 0, limit = 0;
	struct db_stmt *s;
	struct sb b;
	int n = 0, rr;
	int name_col = http_lang(r) == LANG_EN ? 8 : 3;   /* the category's name, by language */
	int64_t now = clock_now_ms();

	if (!http_query_int(r, "org_id", 1, INT64_MAX, 0, &org) ||
	    !http_query_int(r, "limit", 1, LIM_LF_PUBLIC_PAGE, LIM_LF_PUBLIC_PAGE, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (cat && *cat == '\0')
		cat = NULL;
	rr = 1;
	if (cat && (rr = row_exists(c, SQL_CAT_LF, cat, 0)) == 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "category",
		    "category must be a code of the lost-and-found catalogue");
		return;
	}
	if (rr == 1 && org && (rr = row_exists(c, SQL_ORG_ANY, NULL, org)) == 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "org_id", "the unit chosen does not exist");
		return;
	}
	if (rr < 0) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if ((s = db_prepare(c, SQL_PUBLIC)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, now);
	db_bind_int(s, 2, org);
	db_bind_text(s, 3, cat);
	db_bind_int(s, 4, cursor);
	db_bind_int(s, 5, limit + 1);
	sb_init(&b, 1 << 20);
	sb_adds(&b, "{\"items\":[");
	while ((rr = db_step(s)) == DB_ROW) {
		char colors[128], day[16], until[16], area[AUTH_NAME_MAX + 16];
		if (n == limit)
			break;               /* one more row says there is a next page */
		color_words(lf_color_bits(db_col_null(s, 4) ? NULL : db_col_text(s, 4)),
		    http_lang(r) == LANG_EN, colors, sizeof colors);
		day_of(db_col_int(s, 5), day);
		day_of(db_col_int(s, 7), until);
		/* the station's name is a proper name (no English of its own) */
		snprintf(area, sizeof area, http_lang(r) == LANG_EN ? "%s area" : "%s辖区",
		    db_col_text(s, 6));
		sb_adds(&b, n++ ? ",{\"code\":" : "{\"code\":");
		sb_json_str(&b, db_col_text(s, 1));
		sb_adds(&b, ",\"category\":");
		sb_json_str(&b, db_col_text(s, 2));
		sb_adds(&b, ",\"category_name\":");
		sb_json_str(&b, db_col_null(s, 3) ? NULL : db_col_text(s, name_col));
		sb_adds(&b, ",\"color\":");
		sb_json_str(&b, colors[0] ? colors : NULL);
		sb_adds(&b, ",\"found_date\":");
		sb_json_str(&b, day);
		sb_adds(&b, ",\"area\":");
		sb_json_str(&b, area);
		sb_printf(&b, ",\"org_id\":%lld,\"station\":", (long long)db_col_int(s, 9));
		sb_json_str(&b, db_col_text(s, 6));
		sb_adds(&b, ",\"claim_until\":");
		sb_json_str(&b, until);
		/* ended but not yet disposed of: still listed (the owner may still come), marked so
		 * that a visitor asks the station first */
		sb_printf(&b, ",\"claim_ended\":%s", db_col_int(s, 7) <= now ? "true" : "false");
		lf_office_json(&b, s, 10);     /* where to claim it: the station's office */
		sb_adds(&b, "}");
		last = db_col_int(s, 0);
	}
	db_reset(s);
	if (rr == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, rr == DB_ROW ? last : 0);
	sb_adds(&b, "}");
	http_reply_text(r, 200, sb_finish(&b));
}

/* GET /api/v1/public/found/stations (no login): the units with found items on public notice
 * now, by name, each with how many — the public page's station filter. At most
 * LIM_LF_PUBLIC_STATIONS; "cut" says more exist. */
void lostfound_api_public_stations(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	struct sb b;
	int n = 0, rr;

	if (c == NULL || (s = db_prepare(c, SQL_PUBLIC_STATIONS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, clock_now_ms());
	db_bind_int(s, 2, LIM_LF_PUBLIC_STATIONS + 1);
	sb_init(&b, 1 << 16);
	sb_adds(&b, "{\"items\":[");
	while ((rr = db_step(s)) == DB_ROW && n < LIM_LF_PUBLIC_STATIONS) {
		sb_printf(&b, "%s{\"org_id\":%lld,\"name\":", n++ ? "," : "", (long long)db_col_int(s, 0));
		sb_json_str(&b, db_col_text(s, 1));
		sb_printf(&b, ",\"count\":%lld", (long long)db_col_int(s, 2));
		lf_office_json(&b, s, 3);
		sb_adds(&b, "}");
	}
	db_reset(s);
	if (rr == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_printf(&b, "],\"cut\":%s}", rr == DB_ROW ? "true" : "false");
	http_reply_text(r, 200, sb_finish(&b));
}

/* The police stations (派出所) of the tree with their claim offices, by the tree's order. */
static const char SQL_LOST_STATIONS[] =
    "SELECT o.id, o.name, o.path, " LF_OFFICE_COLS " FROM orgs o" LF_OFFICE_JOIN("o.id")
    "WHERE o.kind = 'police_station' ORDER BY o.path";

/* GET /api/v1/lostfound/stations (signed in): the police stations where the caller may
 * register a lost report — a citizen (群众自行登记) the stations of their area, a desk its own
 * and those under its grants — each {"org_id", "name", "office"?} (the claim office when
 * set: where the citizen will go). At most LIM_LF_PUBLIC_STATIONS; "cut" says more exist. The
 * citizen's form picks the station its report goes to from it. */
void lostfound_api_lost_stations(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	struct sb b;
	int n = 0, rr;
	bool cut = false;

	if (c == NULL || (s = db_prepare(c, SQL_LOST_STATIONS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_init(&b, 1 << 16);
	sb_adds(&b, "{\"items\":[");
	while ((rr = db_step(s)) == DB_ROW) {
		if (!(scope_roles_at(r->user, db_col_text(s, 2)) & lost_type.who_create))
			continue;       /* not a station of the caller's area */
		if (n == LIM_LF_PUBLIC_STATIONS) {
			cut = true;     /* after the roles test: rows it drops must not fill the list */
			break;
		}
		sb_printf(&b, "%s{\"org_id\":%lld,\"name\":", n++ ? "," : "",
		    (long long)db_col_int(s, 0));
		sb_json_str(&b, db_col_text(s, 1));
		lf_office_json(&b, s, 3);
		sb_adds(&b, "}");
	}
	db_reset(s);
	if (rr == DB_FAIL) {
		sb_free(&b);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	sb_printf(&b, "],\"cut\":%s}", cut ? "true" : "false");
	http_reply_text(r, 200, sb_finish(&b));
}

/* ------------------------------------------------------------------ settings */

/* the settings an admin sets (the table also holds the tick's marks, lostfound_tick) */
static const char SQL_SETTINGS[] = "SELECT name, value FROM lf_settings "
    "WHERE name IN ('notice_days', 'claim_days') ORDER BY name";
static const char SQL_NEIGHBOURS_ALL[] =
    "SELECT org_id, neighbour_id FROM lf_neighbours ORDER BY org_id, neighbour_id";
static const char SQL_SETTING_PUT[] =
    "INSERT INTO lf_settings (name, value) VALUES (?1, ?2) "
    "ON CONFLICT (name) DO UPDATE SET value = ?2";
static const char SQL_NEIGHBOURS_CLEAR[] = "DELETE FROM lf_neighbours";
static const char SQL_NEIGHBOUR_PUT[] =
    "INSERT INTO lf_neighbours (org_id, neighbour_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

/* GET /api/v1/lostfound/settings (staff) */
void lostfound_api_settings_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	json_t *o = json_object(), *nb = json_array();

	if (c == NULL || (s = db_prepare(c, SQL_SETTINGS)) == NULL) {
		json_decref(o);
		json_decref(nb);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	while (db_step(s) == DB_ROW)
		json_object_set_new(o, db_col_text(s, 0), json_integer(db_col_int(s, 1)));
	db_reset(s);
	if ((s = db_prepare(c, SQL_NEIGHBOURS_ALL)) != NULL) {
		while (db_step(s) == DB_ROW)
			json_array_append_new(nb, json_pack("{s:I, s:I}", "org_id",
			    (json_int_t)db_col_int(s, 0), "neighbour_id", (json_int_t)db_col_int(s, 1)));
		db_reset(s);
	}
	json_object_set_new(o, "neighbours", nb);
	http_reply(r, 200, o);
}

static const struct val_field pair_fields[] = {
	{ "org_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "neighbour_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field settings_fields[] = {
	{ "notice_days", VT_INT, 0, 0, 365, NULL, NULL },
	{ "claim_days", VT_INT, 0, 30, 3650, NULL, NULL },
	{ "neighbours", VT_ARRAY, 0, 0, 64, NULL, NULL },
	VAL_END
};

struct settings_job {
	int64_t notice, claim;
	const json_t *neighbours;        /* NULL: unchanged */
};

static pa_err settings_run(struct db_conn *c, void *ctx)
{
	struct settings_job *j = ctx;
	struct db_stmt *s;
	const json_t *p;
	size_t i;
	pa_err rc;

	for (int k = 0; k < 2; k++) {
		int64_t v = k == 0 ? j->notice : j->claim;
		if (v < 0)
			continue;
		if ((s = db_prepare(c, SQL_SETTING_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, k == 0 ? "notice_days" : "claim_days");
		db_bind_int(s, 2, v);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if (j->neighbours == NULL)
		return PA_OK;
	if ((s = db_prepare(c, SQL_NEIGHBOURS_CLEAR)) == NULL || (rc = db_run(s)) != PA_OK)
		return PA_ERR_DB;
	json_array_foreach(j->neighbours, i, p) {
		/* neighbours are mutual: each station sees the other's items */
		for (int k = 0; k < 2; k++) {
			if ((s = db_prepare(c, SQL_NEIGHBOUR_PUT)) == NULL)
				return PA_ERR_DB;
			db_bind_int(s, 1, val_int(p, k ? "neighbour_id" : "org_id", 0));
			db_bind_int(s, 2, val_int(p, k ? "org_id" : "neighbour_id", 0));
			if ((rc = db_run(s)) != PA_OK)
				return rc;
		}
	}
	return PA_OK;
}

/* PUT /api/v1/lostfound/settings (admin of the whole tree): notice_days, claim_days and the
 * whole list of neighbouring station pairs. */
void lostfound_api_settings_put(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct settings_job j = { .notice = -1, .claim = -1 };
	const json_t *nb, *p;
	size_t i;
	pa_err rc;

	if (!scope_root_admin(r->user)) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "system-wide settings are for an admin of the whole tree");
		return;
	}
	if (!http_body_valid(r, settings_fields))
		return;
	j.notice = val_int(r->json, "notice_days", -1);
	j.claim = val_int(r->json, "claim_days", -1);
	nb = json_object_get(r->json, "neighbours");
	json_array_foreach(nb, i, p) {
		struct pa_error err = { 0 };
		struct org o1, o2;
		if (!json_is_object(p) || val_check(p, pair_fields, "neighbours.", &err) != PA_OK) {
			if (err.err == PA_OK)
				pa_error_set(&err, PA_ERR_INVALID, "invalid_value", "neighbours",
				    "each pair of neighbouring units must name both units");
			http_fail(r, &err);
			return;
		}
		if (c == NULL || org_get(c, val_int(p, "org_id", 0), &o1) != PA_OK ||
		    org_get(c, val_int(p, "neighbour_id", 0), &o2) != PA_OK ||
		    val_int(p, "org_id", 0) == val_int(p, "neighbour_id", 0)) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "neighbours",
			    "neighbours must pair two different existing units");
			return;
		}
	}
	j.neighbours = nb;
	if ((rc = db_write(r->db, settings_run, &j)) != PA_OK) {
		http_error(r, rc, "internal", NULL, "cannot store the settings");
		return;
	}
	lostfound_api_settings_get(r);
}

/* ------------------------------------------------------------------ near the claim end */

static const char SQL_EXPIRING[] =
    "SELECT c.id, c.code, c.title, d.claim_end_at, d.storage_place, o.name, c.attrs "
    "FROM found_details d JOIN cases c ON c.id = d.case_id JOIN orgs o ON o.id = c.org_id "
    "LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE d.m_open = 1 AND d.claim_end_at <= ?2 AND c.type = 'found' AND " SCOPE_CASE_SQL
    " AND NOT " LF_OWNER_WAITING_SQL("d.case_id")      /* its owner waits: no disposal ahead */
    " ORDER BY d.claim_end_at, c.id LIMIT ?3";

static const struct export_col expiring_cols[] = {
	{ "code", "编号", "Code", EXK_TEXT },
	{ "title", "物品", "Item", EXK_TEXT },
	{ "claim_end_at", "认领期限", "Claim period ends", EXK_TIME },
	{ "days_left", "剩余天数", "Days left", EXK_INT },
	{ "storage_place", "存放位置", "Storage place", EXK_TEXT },
	{ "org", "单位", "Unit", EXK_TEXT },
	EXPORT_COLS_END
};

/* Whole days left of a claim period ending at end (counted up: 0 once it has ended), as the
 * page shows them. */
static int64_t days_left(int64_t end, int64_t now)
{
	return end > now ? (end - now + DAY_MS - 1) / DAY_MS : 0;
}

/* GET /api/v1/lostfound/expiring: found items whose claim period ends within LF_EXPIRING_DAYS
 * (30 days) or has ended, in the caller's scope, soonest first. */
void lostfound_api_expiring(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	int64_t now = clock_now_ms();
	struct export *x = NULL;
	struct db_stmt *s;
	struct sb b;
	int n = 0, rr;

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL || (s = db_prepare(c, SQL_EXPIRING)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, now + LF_EXPIRING_DAYS * DAY_MS);
	db_bind_int(s, 3, fmt == EXPORT_JSON ? LF_EXPIRING_MAX + 1 : export_max_rows() + 1);
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "lostfound-expiring")) == NULL) {
			db_reset(s);
			return;
		}
		export_sheet(x, "临近认领期限", "Near the claim deadline", expiring_cols);
		while ((rr = db_step(s)) == DB_ROW) {
			char made[LF_TITLE_BYTES];
			if (!export_row(x))
				continue;
			export_text(x, db_col_text(s, 1));
			export_text(x, lf_title_shown(db_col_text(s, 2), db_col_text(s, 6),
			    export_english(x), made, sizeof made));
			export_time(x, db_col_int(s, 3));
			export_int(x, days_left(db_col_int(s, 3), now));
			export_text(x, db_col_null(s, 4) ? "" : db_col_text(s, 4));
			export_text(x, db_col_text(s, 5));
		}
		db_reset(s);
		export_finish(x);
		return;
	}
	sb_init(&b, 1 << 20);
	sb_adds(&b, "{\"items\":[");
	while ((rr = db_step(s)) == DB_ROW && n < LF_EXPIRING_MAX) {
		int64_t end = db_col_int(s, 3);
		char made[LF_TITLE_BYTES];
		sb_printf(&b, "%s{\"case_id\":%lld,\"code\":", n++ ? "," : "",
		    (long long)db_col_int(s, 0));
		sb_json_str(&b, db_col_text(s, 1));
		sb_adds(&b, ",\"title\":");
		sb_json_str(&b, lf_title_shown(db_col_text(s, 2), db_col_text(s, 6),
		    http_lang(r) == LANG_EN, made, sizeof made));
		sb_adds(&b, ",\"claim_end_at\":");
		sb_json_time(&b, end);
		/* the page says 已届满 from this, on the server's clock (not the browser's) */
		sb_printf(&b, ",\"days_left\":%lld,\"claim_ended\":%s,\"storage_place\":",
		    (long long)days_left(end, now), end <= now ? "true" : "false");
		sb_json_str(&b, db_col_null(s, 4) ? NULL : db_col_text(s, 4));
		sb_adds(&b, ",\"org_name\":");
		sb_json_str(&b, db_col_text(s, 5));
		sb_adds(&b, "}");
	}
	db_reset(s);
	sb_printf(&b, "],\"cut\":%s}", rr == DB_ROW ? "true" : "false");
	http_reply_text(r, 200, sb_finish(&b));
}

/* ------------------------------------------------------------------ statistics */

/* Whether found item d (case c) was ever on the public notice (招领公告) up to ?6, now: open,
 * its notice time come and no owner waiting for it (LF_OWNER_WAITING_SQL: what
 * GET /public/found lists), at some moment; 1 or 0, and 0 for a lost report. An item whose
 * owner was confirmed before its notice time was withheld and never published; one confirmed
 * after it was published first. When an owner came and went is read from the item's own
 * timeline, where lf_write_run writes 确认匹配 (`match`) at a confirmation and 撤销匹配确认
 * (`dismiss_match`) when the owner stops waiting (the pair undone, the report withdrawn):
 *  - a confirmation after the notice time: the item was on the notice until then;
 *  - an owner who stopped waiting at or after it: the item is on the notice from then;
 *  - a disposal: refused before the end of the claim period and while an owner waits, so the
 *    item was on the notice up to it;
 *  - otherwise no owner came or went after the notice time, and the item is as it was then:
 *    open, it is on the notice now unless an owner waits; returned, it was on the notice when
 *    returned after its notice time unless the latest of those entries is a confirmation (the
 *    owner who waited took it).
 * A pair confirmed before the item's timeline recorded it (2026-12-05) reads as no owner: such
 * an item, returned after its notice time, counts as before. */
#define LF_STATS_PUBLISHED_SQL \
    "CASE WHEN c.type <> 'found' OR d.notice_at IS NULL OR d.notice_at > ?6 THEN 0 " \
    "WHEN d.disposed_at IS NOT NULL THEN 1 " \
    "WHEN EXISTS (SELECT 1 FROM timeline t WHERE t.case_id = c.id AND t.kind = 'action' " \
    "AND ((t.action = 'match' AND t.at > d.notice_at) " \
    "OR (t.action = 'dismiss_match' AND t.at >= d.notice_at))) THEN 1 " \
    "WHEN c.closed_at IS NULL AND NOT " LF_OWNER_WAITING_SQL("c.id") " THEN 1 " \
    "WHEN c.closed_at IS NULL OR d.returned_at IS NULL OR d.returned_at < d.notice_at THEN 0 " \
    "WHEN COALESCE((SELECT t.action FROM timeline t WHERE t.case_id = c.id " \
    "AND t.kind = 'action' AND t.action IN ('match', 'dismiss_match') " \
    "ORDER BY t.seq DESC LIMIT 1), '') = 'match' THEN 0 ELSE 1 END"
static const char SQL_STATS[] =
    "SELECT c.type, c.category, c.created_at, c.status, l.returned_at, d.returned_at, "
    LF_STATS_PUBLISHED_SQL ", d.disposed_at "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "LEFT JOIN lost_details l ON l.case_id = c.id LEFT JOIN found_details d ON d.case_id = c.id "
    "WHERE c.type IN ('lost', 'found') AND c.created_at >= ?2 AND c.created_at < ?3 "
    "AND (?4 = '' OR substr(o.path, 1, length(?4)) = ?4) AND " SCOPE_CASE_SQL " LIMIT ?5";
static const char SQL_CAT_NAMES[] =
    "SELECT code, name, COALESCE(name_en, name) FROM categories WHERE case_type = 'lost' "
    "ORDER BY sort, code";

struct stat_row {
	char code[32], name[128], name_en[128];   /* name_en: the English, or the Chinese */
	int64_t lost, lost_returned, found, found_returned, noticed, disposed;
	int64_t *hours;                  /* registration → return of found items, hours ×10 */
	size_t nh, caph;
};

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

static double median_hours(struct stat_row *k)
{
	if (k->nh == 0)
		return -1;
	qsort(k->hours, k->nh, sizeof *k->hours, cmp_i64);
	if (k->nh % 2)
		return k->hours[k->nh / 2] / 10.0;
	return (k->hours[k->nh / 2 - 1] + k->hours[k->nh / 2]) / 20.0;
}

/* "YYYY-MM" of ms, China time: the month a case was registered in. */
static void stats_month(int64_t ms, char out[16])
{
	char t[TIME_STR_MAX];

	time_format(ms, t);
	snprintf(out, 16, "%.7s", t);
}

/* The month after key ("2026-12" → "2027-01"), in place. */
static void stats_next_month(char key[16])
{
	int y = (key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 + (key[3] - '0');
	int m = (key[5] - '0') * 10 + (key[6] - '0');

	y += m / 12;
	m = m % 12 + 1;
	snprintf(key, 16, "%04d-%02d", y % 10000, m);
}

/* The counts of a statistics row, by month or by category alike. */
#define LF_STATS_COUNT_COLS \
	{ "lost", "失物登记", "Lost reports", EXK_INT }, \
	{ "lost_returned", "已领回", "Lost returned", EXK_INT }, \
	{ "return_rate", "返还率", "Return rate", EXK_PERCENT }, \
	{ "found", "拾遗物登记", "Found items", EXK_INT }, \
	{ "found_returned", "拾遗物已返还", "Found returned", EXK_INT }, \
	{ "median_hours", "返还用时中位数（小时）", "Median hours to return", EXK_NUM }, \
	{ "noticed", "招领公告", "Notices published", EXK_INT }, \
	{ "disposed", "依法处置", "Disposals", EXK_INT }, \
	EXPORT_COLS_END

static const struct export_col stats_month_cols[] = {
	{ "month", "月份", "Month", EXK_TEXT },
	LF_STATS_COUNT_COLS
};
static const struct export_col stats_cols[] = {
	{ "category", "类别", "Category", EXK_TEXT },
	LF_STATS_COUNT_COLS
};

/* GET /api/v1/lostfound/stats?from=&to=&org_id=&format= (staff): per category and in total,
 * over cases registered in [from, to): lost reports and how many were returned (return rate),
 * found items, returned ones and the median hours from registration to return, items ever on
 * the public notice (LF_STATS_PUBLISHED_SQL: not one withheld from it for its owner) and
 * disposals. */
void lostfound_api_stats(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	int64_t from = 0, to = 0, org = 0, now = clock_now_ms();
	struct stat_row *rows = NULL;
	int nrows = 0, rr, nread = 0, cap;
	char path[LIM_ORG_PATH] = "";
	struct db_stmt *s;
	struct export *x = NULL;
	json_t *items = NULL;
	const char *group = http_query(r, "group");
	bool by_month = group && strcmp(group, "month") == 0;

	if (fmt == EXPORT_BAD || !http_query_time(r, "from", &from) ||
	    !http_query_time(r, "to", &to) || !http_query_int(r, "org_id", 1, INT64_MAX, 0, &org))
		return;
	if (group && *group && strcmp(group, "category") != 0 && !by_month) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "group", "group must be category or month");
		return;
	}
	if (to == 0)
		to = now + 1;
	if (from == 0)
		from = to - 365 * DAY_MS;
	if (from >= to) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "from", "from must be before to");
		return;
	}
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (org && !org_path(c, org, path)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit does not exist");
		return;
	}
	/* rows: the catalogue's categories (or every month of the period), then the total */
	cap = by_month ? LF_STATS_MONTHS : LF_STATS_CATS;
	if ((rows = calloc((size_t)cap + 1, sizeof *rows)) == NULL)
		goto nomem;
	if (by_month) {
		char key[16], last[16];
		stats_month(from, key);
		stats_month(to - 1, last);
		for (; strcmp(key, last) <= 0; stats_next_month(key)) {
			if (nrows == LF_STATS_MONTHS) {
				http_error(r, PA_ERR_INVALID, "invalid_value", "to",
				    "a breakdown by month covers at most %d months", LF_STATS_MONTHS);
				goto out;
			}
			snprintf(rows[nrows].code, sizeof rows[nrows].code, "%s", key);
			snprintf(rows[nrows].name, sizeof rows[nrows].name, "%s", key);
			snprintf(rows[nrows].name_en, sizeof rows[nrows].name_en, "%s", key);
			nrows++;
		}
	} else if ((s = db_prepare(c, SQL_CAT_NAMES)) == NULL) {
		goto dberr;
	}
	while (!by_month && nrows < LF_STATS_CATS && db_step(s) == DB_ROW) {
		snprintf(rows[nrows].code, sizeof rows[nrows].code, "%s", db_col_text(s, 0));
		snprintf(rows[nrows].name, sizeof rows[nrows].name, "%s", db_col_text(s, 1));
		snprintf(rows[nrows].name_en, sizeof rows[nrows].name_en, "%s", db_col_text(s, 2));
		nrows++;
	}
	if (!by_month)
		db_reset(s);
	snprintf(rows[nrows].name, sizeof rows[nrows].name, "%s", "合计");
	snprintf(rows[nrows].name_en, sizeof rows[nrows].name_en, "%s", "Total");
	if ((s = db_prepare(c, SQL_STATS)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, from);
	db_bind_int(s, 3, to);
	db_bind_text(s, 4, path);
	db_bind_int(s, 5, LF_STATS_ROWS + 1);   /* one more says the scan was cut */
	db_bind_int(s, 6, now);
	while ((rr = db_step(s)) == DB_ROW && ++nread <= LF_STATS_ROWS) {
		char month[16];
		const char *cat = db_col_null(s, 1) ? "" : db_col_text(s, 1);
		if (by_month) {
			stats_month(db_col_int(s, 2), month);
			cat = month;
		}
		bool lost = strcmp(db_col_text(s, 0), "lost") == 0;
		struct stat_row *ks[2] = { NULL, &rows[nrows] };
		for (int i = 0; i < nrows && !ks[0]; i++)
			if (strcmp(rows[i].code, cat) == 0)
				ks[0] = &rows[i];
		for (int k = 0; k < 2; k++) {
			struct stat_row *t = ks[k];
			if (t == NULL)
				continue;
			if (lost) {
				t->lost++;
				t->lost_returned += !db_col_null(s, 4);
				continue;
			}
			t->found++;
			if (!db_col_null(s, 5)) {
				t->found_returned++;
				if (t->nh == t->caph) {
					size_t nc = t->caph ? t->caph * 2 : 16;
					int64_t *nh = realloc(t->hours, nc * sizeof *nh);
					if (nh == NULL) {
						db_reset(s);
						goto nomem;
					}
					t->hours = nh;
					t->caph = nc;
				}
				t->hours[t->nh++] = (db_col_int(s, 5) - db_col_int(s, 2)) / 360000;
			}
			t->noticed += db_col_int(s, 6);
			t->disposed += !db_col_null(s, 7);
		}
	}
	db_reset(s);
	if (rr == DB_FAIL)
		goto dberr;
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "lostfound-stats")) == NULL)
			goto out;
		export_sheet(x, "失物招领统计", "Lost and found statistics",
		    by_month ? stats_month_cols : stats_cols);
	} else {
		items = json_array();
	}
	for (int i = 0; i <= nrows; i++) {
		struct stat_row *t = &rows[i];
		double rate = t->lost ? (double)t->lost_returned / (double)t->lost : -1;
		double med = median_hours(t);
		if (x) {
			if (!export_row(x))
				continue;
			export_text(x, export_english(x) ? t->name_en : t->name);
			export_int(x, t->lost);
			export_int(x, t->lost_returned);
			export_percent(x, rate);
			export_int(x, t->found);
			export_int(x, t->found_returned);
			if (med >= 0)
				export_num(x, med, 1);
			else
				export_text(x, "");
			export_int(x, t->noticed);
			export_int(x, t->disposed);
			continue;
		}
		json_array_append_new(items, json_pack("{s:o, s:s, s:I, s:I, s:o, s:I, s:I, s:o, s:I, s:I}",
		    by_month ? "month" : "category", i < nrows ? json_string(t->code) : json_null(),
		    "name",
		    http_lang(r) == LANG_EN ? t->name_en : t->name,
		    "lost", (json_int_t)t->lost, "lost_returned", (json_int_t)t->lost_returned,
		    "return_rate", rate >= 0 ? json_real(rate) : json_null(),
		    "found", (json_int_t)t->found, "found_returned", (json_int_t)t->found_returned,
		    "median_hours_to_return", med >= 0 ? json_real(med) : json_null(),
		    "noticed", (json_int_t)t->noticed, "disposed", (json_int_t)t->disposed));
	}
	if (x) {
		export_finish(x);
		x = NULL;
	} else {
		char tf[TIME_STR_MAX], tt[TIME_STR_MAX];
		time_format(from, tf);
		time_format(to, tt);
		/* complete false: more cases than one scan reads (LF_STATS_ROWS) were registered
		 * in the period; the numbers count the first ones only */
		http_reply(r, 200, json_pack("{s:o, s:s, s:s, s:s, s:b}", "items", items, "from", tf,
		    "to", tt, "group", by_month ? "month" : "category", "complete",
		    nread <= LF_STATS_ROWS));
		items = NULL;
	}
	goto out;
nomem:
	http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
	goto out;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
out:
	export_abort(x);
	json_decref(items);
	for (int i = 0; rows && i <= nrows; i++)
		free(rows[i].hours);
	free(rows);
}
