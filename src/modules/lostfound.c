/* lostfound.c — lost and found (拾遗物返还): two case types, lost report (失物登记, "lost") and
 * found item (拾遗物登记, "found"), the stored match candidates (匹配候选) and their API, the
 * public notice (招领公告), the claim clock (认领期限) and the statistics.
 *
 * Persons (当事人) live in the persons registry (core/person.h), linked by role, never in the
 * side tables: lost: owner 失主; found: finder 拾得人, and claimant 领取人 on `return` (exactly
 * one, with an ID card number checked by the registry).
 *
 * Matching runs when either side is registered: candidates of the other side come from one
 * index range per station (own station and configured neighbours) over (unit, category,
 * time), plus the serial tail index (lf_serials) across categories; each is scored by the
 * pure scorer (lf_match.c) on the request's reader, and the writer only inserts the best
 * ones with their reasons. Nothing is scanned beyond those ranges. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "../core/case.h"
#include "../core/case_fields.h"
#include "../core/notify.h"
#include "../core/person.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/pinyin.h"
#include "../util/util.h"
#include "desk.h"
#include "lf_office.h"
#include "lostfound.h"

#define DAY_MS (24LL * 3600 * 1000)
#define LF_SLACK_MS (30LL * 60 * 1000)       /* found up to 30 min before the loss began */
#define LF_CLOCK_SLACK_MS (30LL * 60 * 1000) /* a time typed at the desk may be this far
                                              * ahead of the server's clock (a PC's clock) */
#define LF_AFTER_DAYS 30                     /* found at most this long after the loss */
#define LF_UNSAID_DAYS 30                    /* a loss whose beginning is not said began at
                                              * most this long before its end */
#define LF_CANDIDATES_MAX 600                /* rows of one range read for one station */
#define LF_RELATED_MAX 200                   /* rows of one related category's range read
                                              * (相近类别: 钱包/证件, 手机/电子产品 …) */
#define LF_SERIAL_HITS_MAX 50                /* rows of one serial tail read */
#define LF_STORE_TOP 10                      /* candidates stored per new item */
#define LF_STORE_MIN 20                      /* points a candidate needs to be stored */
#define LF_NOTE_BYTES (LIM_TITLE_CHARS * 3 * 2 + 256) /* one notice: two titles of the
                                              * most bytes and the words around them */
#define LF_REFRESH_BATCH 500                 /* items read, prepared again and written per
                                              * writer job of lostfound_feat_refresh */
#define LF_TITLES_BATCH 500                  /* registrations read and given their made
                                              * titles per writer job of
                                              * lostfound_titles_made */

static const char SIDE_LOST[] = "lost", SIDE_FOUND[] = "found";
#define STAFF_LF (ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER | ROLE_ADMIN)

/* ------------------------------------------------------------------ settings */

static const char SQL_SETTING[] = "SELECT value FROM lf_settings WHERE name = ?1";

/* A setting (notice_days, claim_days), or dflt when unset. */
static int64_t setting(struct db_conn *c, const char *name, int64_t dflt)
{
	struct db_stmt *s = db_prepare(c, SQL_SETTING);
	int64_t v = dflt;

	if (s == NULL)
		return dflt;
	db_bind_text(s, 1, name);
	if (db_step(s) == DB_ROW)
		v = db_col_int(s, 0);
	db_reset(s);
	return v;
}

static const char SQL_NEIGHBOURS[] =
    "SELECT neighbour_id FROM lf_neighbours WHERE org_id = ?1 ORDER BY neighbour_id";

/* The stations whose items are matched with org's: org itself and its neighbours. */
static int stations(struct db_conn *c, int64_t org, int64_t *out, int max)
{
	struct db_stmt *s = db_prepare(c, SQL_NEIGHBOURS);
	int n = 0;

	out[n++] = org;
	if (s == NULL)
		return n;
	db_bind_int(s, 1, org);
	while (n < max && db_step(s) == DB_ROW)
		out[n++] = db_col_int(s, 0);
	db_reset(s);
	return n;
}

/* Whether other is one of org's neighbouring stations (相邻派出所), whose items are matched
 * with org's. */
static bool near_station(struct db_conn *c, int64_t org, int64_t other)
{
	int64_t orgs[LIM_LF_NEIGHBOURS + 1];
	int n = stations(c, org, orgs, LIM_LF_NEIGHBOURS + 1);

	for (int i = 1; i < n; i++)
		if (orgs[i] == other)
			return true;
	return false;
}

static const char SQL_CATEGORY[] =
    "SELECT name, COALESCE(name_en, name) FROM categories WHERE code = ?1 AND case_type = 'lost'";

/* The name of a category code of the lost-and-found catalogue (in English where en and it
 * has one); false if it is not one. */
static bool lf_category_lang(struct db_conn *c, const char *code, bool en, char *out, size_t n)
{
	struct db_stmt *s = db_prepare(c, SQL_CATEGORY);
	bool ok;

	if (s == NULL || code == NULL)
		return false;
	db_bind_text(s, 1, code);
	ok = db_step(s) == DB_ROW;
	if (ok && out)
		snprintf(out, n, "%s", db_col_text(s, en ? 1 : 0));
	db_reset(s);
	return ok;
}

static bool lf_category(struct db_conn *c, const char *code, char *out, size_t n)
{
	return lf_category_lang(c, code, false, out, n);
}

static const char SQL_CATEGORY_NAMED[] =
    "SELECT code FROM categories WHERE case_type = 'lost' AND (name = ?1 "
    "OR lower(COALESCE(name_en, '')) = lower(?1) OR lower(code) = lower(?1)) ORDER BY code LIMIT 1";

/* The code of the catalogue's category a caller named by its Chinese or English name or its
 * code in other letter case (手机, Phone, PHONE → phone) into out; false if none is. */
static bool lf_category_named(struct db_conn *c, const char *name, char *out, size_t n)
{
	struct db_stmt *s = db_prepare(c, SQL_CATEGORY_NAMED);
	bool ok;

	if (s == NULL || name == NULL)
		return false;
	db_bind_text(s, 1, name);
	ok = db_step(s) == DB_ROW && (size_t)snprintf(out, n, "%s", db_col_text(s, 0)) < n;
	db_reset(s);
	return ok;
}

static bool category_name(struct db_conn *c, const char *code, bool en, char *out, size_t n)
{
	return lf_category_lang(c, code, en, out, n);
}

/* ------------------------------------------------------------------ candidates */

/* One scored candidate kept for storing. */
struct lf_cand {
	int64_t id;
	int points;
	struct lf_rank rank;             /* its place among equal points (lf_rank_cmp) */
	bool sure;                       /* the serial agrees (exact, partial or tail) */
	struct lf_reason r[LF_REASONS_MAX];
	int nr;
};

/* What on_create computed for the writer: SQL values only. */
struct lf_plan {
	const char *side;                /* the new item's side */
	int64_t org_id;
	char tail[8];                    /* its serial tail, "" if none */
	struct lf_cand top[LF_STORE_TOP];
	int n;
	int64_t likely_id;               /* the candidate judged the same object, 0 if none */
	int64_t likely_org;              /* its station (a neighbour's is told too), 0 if none */
	int64_t was_likely;              /* an edit: the likely candidate before it (told then) */
	int64_t actor;                   /* who registered or edited it: not told of their act */
	struct lf_prep prep;             /* the new item's features, stored as m_feat */
	char note_zh[LF_NOTE_BYTES], note_en[LF_NOTE_BYTES];
	/* the neighbouring station's notice: no title of ours (free text can carry personal
	 * data), only what the item is and who registered it, on its own item */
	char near_zh[LF_NOTE_BYTES], near_en[LF_NOTE_BYTES];
	char *pii_text[2];               /* the masked title and description a create stores */
	char *pii_addr;                  /* and its masked address */
	struct person_batch *pii_persons;   /* an edit's new holders (ID numbers), or NULL */
};

static pa_err plan_notes(struct db_conn *c, struct lf_plan *p, const char *title,
    const char *title_en, const char *category, const char *color);
static const char *title_en_of(const struct case_rec *c);
static int lf_today_ymd(int64_t now);

static void plan_free(void *data)
{
	struct lf_plan *p = data;

	if (p) {
		free(p->pii_text[0]);
		free(p->pii_text[1]);
		free(p->pii_addr);
		person_batch_free(p->pii_persons);
	}
	free(p);
}

void lf_rank_pair(struct lf_rank *k, int64_t id, int points, int64_t lost_from, int64_t lost_to,
    int64_t found_at, bool located, double lat1, double lon1, double lat2, double lon2)
{
	k->id = id;
	k->points = points;
	if (found_at < lost_from) {
		k->when = LF_WHEN_BEFORE;
		k->gap_ms = lost_from - found_at;
	} else if (found_at > lost_to) {
		k->when = LF_WHEN_AFTER;
		k->gap_ms = found_at - lost_to;
	} else {
		k->when = LF_WHEN_INSIDE;
		k->gap_ms = 0;
	}
	/* whole metres: the same pair read from the stored row or from the features compares
	 * equal (no last bit of a double decides) */
	k->dist_m = located ? (int64_t)(lf_distance_m(lat1, lon1, lat2, lon2) + 0.5) : -1;
}

bool lf_likely_close(const struct lf_rank *best, int second, bool unbacked)
{
	if (unbacked || best->points < LF_CLOSE_MIN ||
	    (second >= 0 && best->points - second < LF_CLOSE_MARGIN))
		return false;
	/* at the likely line with a lead under its margin (round 18): found inside the window
	 * itself (an hour after it also calls decoys) */
	if (best->points >= LF_LIKELY_MIN)
		return best->when == LF_WHEN_INSIDE;
	return best->when == LF_WHEN_INSIDE ||
	    (best->when == LF_WHEN_AFTER && best->gap_ms <= LF_CLOSE_AFTER_MS);
}

bool lf_likely_firm(const struct lf_rank *best, int second, int backing)
{
	if (backing != LF_BACK_FIRM || best->points < LF_CLOSE_MIN || best->points >= LF_LIKELY_MIN ||
	    (second >= 0 && best->points - second < LF_FIRM_MARGIN))
		return false;
	return best->when == LF_WHEN_INSIDE ||
	    (best->when == LF_WHEN_AFTER && best->gap_ms <= LF_FIRM_AFTER_MS);
}

int lf_likely_by(const struct lf_rank *best, int second, bool sure, int backing)
{
	if (lf_likely(best->points, second, sure))
		return LF_BY_LINE;
	/* unread: what the bands would call it if its reasons back it (firmly) */
	if (lf_likely_close(best, second, backing == LF_BACK_UNREAD ? false : backing < LF_BACK_IDENT))
		return LF_BY_CLOSE;
	if (lf_likely_firm(best, second, backing == LF_BACK_UNREAD ? LF_BACK_FIRM : backing))
		return LF_BY_FIRM;
	return LF_BY_NONE;
}

int lf_rank_cmp(const struct lf_rank *a, const struct lf_rank *b)
{
	if (a->points != b->points)
		return a->points > b->points ? -1 : 1;
	if (a->when != b->when)
		return a->when < b->when ? -1 : 1;
	if (a->gap_ms != b->gap_ms)
		return a->gap_ms < b->gap_ms ? -1 : 1;
	/* a known distance before none: compared only when both pairs have one, the order
	 * would not be total (and an insertion would depend on what came first again) */
	if ((a->dist_m < 0) != (b->dist_m < 0))
		return a->dist_m >= 0 ? -1 : 1;
	if (a->dist_m != b->dist_m)
		return a->dist_m < b->dist_m ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id ? 1 : 0;
}

/* Whether a candidate of these points could enter the plan's best (one of equal points as the
 * last kept may, by lf_rank_cmp). */
static bool plan_wants(const struct lf_plan *p, int points)
{
	return points >= LF_STORE_MIN && (p->n < LF_STORE_TOP || points >= p->top[p->n - 1].points);
}

/* Keeps cand in the plan's best LF_STORE_TOP, in lf_rank_cmp order: which of equal points stay
 * does not depend on the order the candidates were read in. */
static void plan_keep(struct lf_plan *p, const struct lf_cand *cand)
{
	int i;

	if (cand->points < LF_STORE_MIN)
		return;
	for (i = 0; i < p->n; i++)
		if (p->top[i].id == cand->id)
			return;           /* found by range and by serial: scored once */
	if (p->n == LF_STORE_TOP && lf_rank_cmp(&cand->rank, &p->top[p->n - 1].rank) >= 0)
		return;
	if (p->n < LF_STORE_TOP)
		p->n++;
	for (i = p->n - 1; i > 0 && lf_rank_cmp(&p->top[i - 1].rank, &cand->rank) > 0; i--)
		p->top[i] = p->top[i - 1];
	p->top[i] = *cand;
}

/* Candidates are read from the side tables alone (no join): id, category, the stored
 * features (m_feat) and the time. An item without usable features is read whole (ITEM_COLS)
 * and prepared on the spot. */
#define FOUND_RANGE_SQL \
    "SELECT d.case_id, d.m_cat, d.m_feat, d.found_at, d.found_at FROM found_details d " \
    "WHERE d.m_org = ?1 AND d.m_cat = ?2 AND d.m_open = 1 " \
    "AND d.found_at >= ?3 AND d.found_at <= ?4 ORDER BY d.found_at LIMIT ?5"
#define LOST_RANGE_SQL \
    "SELECT d.case_id, d.m_cat, d.m_feat, d.lost_from, d.lost_to FROM lost_details d " \
    "WHERE d.m_org = ?1 AND d.m_cat = ?2 AND d.m_open = 1 " \
    "AND d.lost_to >= ?3 AND d.lost_from <= ?4 ORDER BY d.lost_to DESC LIMIT ?5"
#define SERIAL_HITS_SQL \
    "SELECT case_id FROM lf_serials WHERE frag = ?1 AND side = ?2 AND org_id = ?3 LIMIT ?4"
static const char SQL_FOUND_RANGE[] = FOUND_RANGE_SQL;
static const char SQL_LOST_RANGE[] = LOST_RANGE_SQL;
/* The same read's query plans (lostfound_match_plan: the bench shows them) */
static const char SQL_FOUND_RANGE_PLAN[] = "EXPLAIN QUERY PLAN " FOUND_RANGE_SQL;
static const char SQL_LOST_RANGE_PLAN[] = "EXPLAIN QUERY PLAN " LOST_RANGE_SQL;
static const char SQL_SERIAL_HITS_PLAN[] = "EXPLAIN QUERY PLAN " SERIAL_HITS_SQL;
static const char SQL_FOUND_ONE[] =
    "SELECT d.case_id, d.m_cat, d.m_feat, d.found_at, d.found_at FROM found_details d "
    "WHERE d.case_id = ?1 AND d.m_open = 1";
static const char SQL_LOST_ONE[] =
    "SELECT d.case_id, d.m_cat, d.m_feat, d.lost_from, d.lost_to FROM lost_details d "
    "WHERE d.case_id = ?1 AND d.m_open = 1";
#define ITEM_COLS "SELECT c.category, c.title, c.body, c.address, c.lat, c.lon, " \
	"d.color, d.brand, d.model, d.serial, d.marks "
static const char SQL_FOUND_WHOLE[] =
    ITEM_COLS "FROM found_details d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ?1";
static const char SQL_LOST_WHOLE[] =
    ITEM_COLS "FROM lost_details d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ?1";
static const char SQL_SERIAL_HITS[] = SERIAL_HITS_SQL;

static const char *col_str(struct db_stmt *s, int i)
{
	return db_col_null(s, i) ? NULL : db_col_text(s, i);
}

static const char SQL_SEALS[] =
    "SELECT frag FROM lf_serials WHERE case_id = ?1 AND side = ?2 AND instr(frag, '#') > 0";

/* The sealed card numbers kept for item id of side put back into its prepared features. */
static pa_err pii_seals_load(struct db_conn *c, int64_t id, const char *side, struct lf_prep *p)
{
	struct db_stmt *s = db_prepare(c, SQL_SEALS);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_text(s, 2, side);
	while ((r = db_step(s)) == DB_ROW)
		lf_pii_seal_apply(p, db_col_text(s, 0));
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* Prepares the features of stored item id read into it (its texts hold masks): the ID numbers
 * the registry keeps for the case are put back in memory first, so that the features are those
 * its registration computed from the whole text. */
static pa_err pii_prepare_row(struct db_conn *c, int64_t id, const char *side,
    struct lf_item *it, struct lf_prep *p)
{
	const char **f[4] = { &it->title, &it->body, &it->serial, &it->marks };
	char *buf[4] = { NULL, NULL, NULL, NULL };
	struct lf_pii ids = { 0 };
	bool masked = false;
	pa_err rc = PA_OK;

	for (int i = 0; i < 4; i++)
		masked = masked || (*f[i] && strstr(*f[i], "********"));
	if (masked && (rc = lf_pii_case_ids(c, id, &ids)) == PA_OK && ids.n > 0)
		for (int i = 0; i < 4; i++) {
			size_t n = *f[i] ? strlen(*f[i]) + 1 : 0;
			if (n && (buf[i] = malloc(n)) != NULL) {
				lf_pii_restore(*f[i], buf[i], n, &ids);
				*f[i] = buf[i];
			}
		}
	if (rc == PA_OK)
		lf_pii_prepare(it, p, NULL);
	if (rc == PA_OK && (strchr(p->serial, '*') || strchr(p->serial2, '*')))
		rc = pii_seals_load(c, id, side, p);
	for (int i = 0; i < 4; i++) {
		if (buf[i])
			sodium_memzero(buf[i], strlen(buf[i]));
		free(buf[i]);
	}
	sodium_memzero(&ids, sizeof ids);
	return rc;
}

/* Prepares the features of item id from its whole row (no stored features); PA_ERR_NOT_FOUND
 * when there is no such item. */
static pa_err prep_whole(struct db_conn *c, bool found, int64_t id, struct lf_prep *p)
{
	struct db_stmt *s = db_prepare(c, found ? SQL_FOUND_WHOLE : SQL_LOST_WHOLE);
	struct lf_item it = { 0 };
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	if ((r = db_step(s)) == DB_ROW) {
		it.category = col_str(s, 0);
		it.title = col_str(s, 1);
		it.body = col_str(s, 2);
		it.address = col_str(s, 3);
		if (!db_col_null(s, 4) && !db_col_null(s, 5)) {
			it.has_loc = true;
			it.lat = db_col_double(s, 4);
			it.lon = db_col_double(s, 5);
		}
		it.color = col_str(s, 6);
		it.brand = col_str(s, 7);
		it.model = col_str(s, 8);
		it.serial = col_str(s, 9);
		it.marks = col_str(s, 10);
		r = pii_prepare_row(c, id, found ? SIDE_FOUND : SIDE_LOST, &it, p) == PA_OK ? DB_ROW :
		    DB_FAIL;
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : r == DB_ROW ? PA_OK : PA_ERR_NOT_FOUND;
}

/* Scores the rows of s (a RANGE or ONE statement) against the new item and keeps the best in
 * p. */
static pa_err score_rows(struct db_conn *c, struct db_stmt *s, const struct lf_item *me,
    const struct lf_prep *mp, bool me_lost, struct lf_plan *p, struct lf_prep *tmp)
{
	struct lf_cand cand;
	struct lf_item it;
	char cat[64];
	int r;

	while ((r = db_step(s)) == DB_ROW) {
		int ov;
		bool veto;
		size_t n = 0;
		const void *b = db_col_null(s, 2) ? NULL : db_col_blob(s, 2, &n);
		enum lf_serial_cmp sc;
		memset(&it, 0, sizeof it);
		snprintf(cat, sizeof cat, "%s", db_col_null(s, 1) ? "" : db_col_text(s, 1));
		it.category = cat;
		it.t_from = db_col_int(s, 3);
		it.t_to = db_col_int(s, 4);
		cand.id = db_col_int(s, 0);
		if (b == NULL || !lf_prep_unpack(b, n, tmp)) {
			/* no features of this layout (written by another build): the item is read
			 * whole on the same connection (another statement) and prepared now */
			pa_err rc = prep_whole(c, me_lost, cand.id, tmp);
			if (rc == PA_ERR_NOT_FOUND)
				continue;    /* no case row behind the side row: nothing to score */
			if (rc != PA_OK) {
				db_reset(s);
				return rc;
			}
		}
		/* points first; the reasons are written only for a candidate that is kept */
		{
			/* cheap factors first: the texts are compared only for a pair that could
			 * still enter the plan's best */
			int floor = p->n < LF_STORE_TOP ? LF_STORE_MIN : p->top[p->n - 1].points;
			cand.points = me_lost ? lf_score_floor(me, mp, &it, tmp, floor) :
			    lf_score_floor(&it, tmp, me, mp, floor);
		}
		if (cand.points == LF_IMPOSSIBLE || !plan_wants(p, cand.points))
			continue;
		cand.points = me_lost ? lf_score(me, mp, &it, tmp, cand.r, &cand.nr) :
		    lf_score(&it, tmp, me, mp, cand.r, &cand.nr);
		sc = lf_serial_match(mp, tmp, &ov, &veto);
		cand.sure = sc == LF_SER_EXACT || sc == LF_SER_PARTIAL || sc == LF_SER_TAIL;
		/* the pair's fit in time and place, for equal points (the places as the features
		 * copied them from each item) */
		if (me_lost)
			lf_rank_pair(&cand.rank, cand.id, cand.points, me->t_from, me->t_to,
			    it.t_from, mp->has_loc && tmp->has_loc, mp->lat, mp->lon, tmp->lat,
			    tmp->lon);
		else
			lf_rank_pair(&cand.rank, cand.id, cand.points, it.t_from, it.t_to,
			    me->t_from, mp->has_loc && tmp->has_loc, mp->lat, mp->lon, tmp->lat,
			    tmp->lon);
		plan_keep(p, &cand);
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static const char SQL_BEST_OTHER_LOST[] =
    "SELECT MAX(score) FROM lf_matches m JOIN cases c ON c.id = m.found_id "
    "WHERE m.lost_id = ?1 AND m.found_id != ?2 AND m.dismissed = 0 AND c.closed_at IS NULL";
static const char SQL_BEST_OTHER_FOUND[] =
    "SELECT MAX(score) FROM lf_matches m JOIN cases c ON c.id = m.lost_id "
    "WHERE m.found_id = ?1 AND m.lost_id != ?2 AND m.dismissed = 0 AND c.closed_at IS NULL";

/* The best points another open item of self's side gives cand (not dismissed), -1 when none:
 * a lost report's rivals for a found item, or a found item's for a lost report. */
static pa_err best_other(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    int64_t *other)
{
	struct db_stmt *s = db_prepare(c, self_lost ? SQL_BEST_OTHER_FOUND : SQL_BEST_OTHER_LOST);
	int r;

	*other = -1;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, cand);
	db_bind_int(s, 2, self);     /* an edited item's own earlier score does not count */
	if ((r = db_step(s)) == DB_ROW && !db_col_null(s, 0))
		*other = db_col_int(s, 0);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* Another open lost report (not lost) holds found item found with at least ?3 points and has
 * no open, undismissed candidate it ranks above it: the found item is its first (one object,
 * one owner; round 39, tools/lf_judge_fit.py rival_first). */
static const char SQL_RIVAL_FIRST[] =
    "SELECT 1 FROM lf_matches m JOIN cases c ON c.id = m.lost_id "
    "WHERE m.found_id = ?1 AND m.lost_id != ?2 AND m.dismissed = 0 AND c.closed_at IS NULL "
    "AND m.score >= ?3 AND NOT EXISTS (SELECT 1 FROM lf_matches o JOIN cases k ON k.id = o.found_id "
    "WHERE o.lost_id = m.lost_id AND o.found_id != m.found_id AND o.dismissed = 0 "
    "AND k.closed_at IS NULL AND o.score > m.score) LIMIT 1";

/* Whether statement sql, its parameters the nv integers v, yields a row. */
static pa_err any_row(struct db_conn *c, const char *sql, const int64_t *v, int nv, bool *found)
{
	struct db_stmt *s = db_prepare(c, sql);
	int r;

	*found = false;
	if (s == NULL)
		return PA_ERR_DB;
	for (int i = 0; i < nv; i++)
		db_bind_int(s, i + 1, v[i]);
	if ((r = db_step(s)) == DB_ROW)
		*found = true;
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static pa_err rival_first(struct db_conn *c, int64_t found, int64_t lost, int points, bool *first)
{
	const int64_t v[] = { found, lost, points };

	return any_row(c, SQL_RIVAL_FIRST, v, 3, first);
}

/* From a found item's side (?2, its best lost report ?1 at ?3 points): the lost report has
 * another open, undismissed candidate within ?4 points of it (or above) that no other open lost
 * report holds ?5 points better — the tie tied_with reads from the lost report's side, on its
 * stored candidates (round 39). */
static const char SQL_TIED_FROM_FOUND[] =
    "SELECT 1 FROM lf_matches m JOIN cases c ON c.id = m.found_id "
    "WHERE m.lost_id = ?1 AND m.found_id != ?2 AND m.dismissed = 0 AND c.closed_at IS NULL "
    "AND m.score > ?3 - ?4 AND NOT EXISTS (SELECT 1 FROM lf_matches o JOIN cases k ON k.id = o.lost_id "
    "WHERE o.found_id = m.found_id AND o.lost_id != m.lost_id AND o.dismissed = 0 "
    "AND k.closed_at IS NULL AND o.score >= m.score + ?5) LIMIT 1";

static pa_err tied_from_found(struct db_conn *c, int64_t found, const struct lf_rank *best,
    bool *tied)
{
	const int64_t v[] = { best->id, found, best->points, LF_JUDGE_MIN_LEAD, LF_HELD_MARGIN };

	return any_row(c, SQL_TIED_FROM_FOUND, v, 5, tied);
}

static bool claimed_by(int64_t other, int points, bool sure)
{
	return other >= 0 && points - other < (sure ? LF_LIKELY_SURE_MARGIN : LF_LIKELY_MARGIN);
}

pa_err lostfound_claimed_elsewhere(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    int points, bool sure, bool *claimed)
{
	int64_t other;
	pa_err rc = best_other(c, self_lost, self, cand, &other);

	*claimed = rc == PA_OK && claimed_by(other, points, sure);
	return rc;
}

pa_err lostfound_held_elsewhere(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    int points, bool *held)
{
	int64_t other;
	pa_err rc = best_other(c, self_lost, self, cand, &other);

	*held = rc == PA_OK && other >= 0 && other >= (int64_t)points + LF_HELD_MARGIN;
	return rc;
}

/* The k-th of ranks laid stride bytes apart from first (a plan's, a match key's or a bare
 * array's lf_rank). */
static const struct lf_rank *rank_at(const struct lf_rank *first, size_t stride, int k)
{
	return (const struct lf_rank *)((const char *)first + (size_t)k * stride);
}

pa_err lostfound_first_unheld(struct db_conn *c, bool self_lost, int64_t self,
    const struct lf_rank *first, size_t stride, int n, int *out)
{
	pa_err rc = PA_OK;
	bool held = true;
	int k = 0;

	while (k < n && k < LF_HELD_CHECK && rc == PA_OK) {
		const struct lf_rank *r = rank_at(first, stride, k);
		rc = lostfound_held_elsewhere(c, self_lost, self, r->id, r->points, &held);
		if (!held)
			break;
		k++;
	}
	*out = k < n ? k : 0;
	return rc;
}

int lf_runner_up(const struct lf_rank *first, size_t stride, int n, int best)
{
	int points = -1;

	for (int k = 0; k < n; k++) {
		const struct lf_rank *r = rank_at(first, stride, k);
		if (k != best && r->points > points)
			points = r->points;
	}
	return points;
}

/* The factors that tell one object from others like it (the ones that lift lf_score's
 * `identity` cap): a reason of one of them with positive points identifies the pair. */
static const char *const lf_ident_factors[] = { "serial", "brand", "model", "size", "weight",
	"amount", "holder", "count", "marks" };
/* Of them, the ones that tell this one object from others of its make (the firm band): the
 * serial, the sum, the holder's name, the number of things, and marks only with a whole mark
 * confirmed (LF_FIRM_MARKS_MIN) — not the brand, model, size or weight every such object of
 * that make shares. */
static const char *const lf_firm_factors[] = { "serial", "amount", "holder", "count" };

static bool factor_in(const char *factor, const char *const *set, size_t n)
{
	for (size_t i = 0; factor && i < n; i++)
		if (strcmp(factor, set[i]) == 0)
			return true;
	return false;
}

/* Tallies one reason for the bands: *neg when its points are negative, *ident when it is an
 * identifying factor with positive points, *firm when it tells the one object. */
static void reason_backs(const char *factor, int points, bool *neg, bool *ident, bool *firm)
{
	if (points < 0)
		*neg = true;
	if (points <= 0 || !factor)
		return;
	if (factor_in(factor, lf_ident_factors, sizeof lf_ident_factors / sizeof lf_ident_factors[0]))
		*ident = true;
	if (factor_in(factor, lf_firm_factors, sizeof lf_firm_factors / sizeof lf_firm_factors[0]) ||
	    (strcmp(factor, "marks") == 0 && points >= LF_FIRM_MARKS_MIN))
		*firm = true;
}

static int backing_of(bool neg, bool ident, bool firm)
{
	return neg || !ident ? LF_BACK_NONE : firm ? LF_BACK_FIRM : LF_BACK_IDENT;
}

int lf_reasons_backing(const char *stored)
{
	json_t *a = json_loads(stored ? stored : "", 0, NULL), *v;
	bool neg = false, ident = false, firm = false, readable = json_is_array(a);
	size_t i;

	json_array_foreach(a, i, v)
		reason_backs(json_string_value(json_object_get(v, "factor")),
		    (int)json_integer_value(json_object_get(v, "points")), &neg, &ident, &firm);
	json_decref(a);
	return readable ? backing_of(neg, ident, firm) : LF_BACK_NONE;
}

int lf_reasons_backing_of(const struct lf_reason *r, int nr)
{
	bool neg = false, ident = false, firm = false;

	for (int k = 0; k < nr; k++)
		reason_backs(r[k].factor, r[k].points, &neg, &ident, &firm);
	return backing_of(neg, ident, firm);
}

bool lf_reasons_unbacked(const char *stored)
{
	return lf_reasons_backing(stored) < LF_BACK_IDENT;
}

static const char SQL_PAIR_REASONS[] =
    "SELECT reasons FROM lf_matches WHERE lost_id = ?1 AND found_id = ?2";

/* The evidence (lf_judge) and the backing (the bands) of stored reasons (NULL or unreadable:
 * nothing, LF_BACK_NONE). */
static int stored_evidence(const char *stored, struct lf_evidence *e)
{
	lf_evidence_json(e, stored);
	return lf_reasons_backing(stored);
}

/* The same of the stored pair of item self (a lost report when self_lost) and cand (no such
 * pair: nothing, LF_BACK_NONE). */
static pa_err pair_evidence(struct db_conn *c, bool self_lost, int64_t self, int64_t cand,
    struct lf_evidence *e, int *backing)
{
	struct db_stmt *s = db_prepare(c, SQL_PAIR_REASONS);
	int r;

	*backing = stored_evidence(NULL, e);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, self_lost ? self : cand);
	db_bind_int(s, 2, self_lost ? cand : self);
	if ((r = db_step(s)) == DB_ROW && !db_col_null(s, 0))
		*backing = stored_evidence(db_col_text(s, 0), e);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* Whether candidate best of the n at first is tied: another of them within LF_JUDGE_MIN_LEAD
 * points that no other item holds better (lostfound_held_elsewhere) — two alike, neither the
 * one; a candidate another report holds better is that report's (round 39). */
static pa_err tied_with(struct db_conn *c, bool self_lost, int64_t self, const struct lf_rank *first,
    size_t stride, int n, int best, bool *tied)
{
	const struct lf_rank *b = rank_at(first, stride, best);
	pa_err rc = PA_OK;
	bool held;

	*tied = false;
	for (int k = 0; k < n && !*tied && rc == PA_OK; k++) {
		const struct lf_rank *o = rank_at(first, stride, k);
		if (k == best || b->points - o->points >= LF_JUDGE_MIN_LEAD)
			continue;
		rc = lostfound_held_elsewhere(c, self_lost, self, o->id, o->points, &held);
		*tied = rc == PA_OK && !held;
	}
	return rc;
}

pa_err lostfound_judge(struct db_conn *c, bool self_lost, int64_t self, const struct lf_rank *first,
    size_t stride, int n, int best_k, bool sure, const struct lf_reason *r, int nr,
    const char *stored, int *by)
{
	const struct lf_rank *best = rank_at(first, stride, best_k);
	int second = lf_runner_up(first, stride, n, best_k);
	struct lf_evidence e;
	int64_t other, contest;
	int backing;
	bool rival, tied;
	pa_err rc;

	*by = LF_BY_NONE;
	if (r) {
		lf_evidence_of(&e, r, nr);
		backing = lf_reasons_backing_of(r, nr);
	} else if (stored) {
		backing = stored_evidence(stored, &e);
	} else if ((rc = pair_evidence(c, self_lost, self, best->id, &e, &backing)) != PA_OK) {
		return rc;
	}
	if ((rc = best_other(c, self_lost, self, best->id, &other)) != PA_OK)
		return rc;
	/* the hand-set rules first: the likely line, the bands, one object one owner */
	*by = lf_likely_by(best, second, sure, backing);
	if (*by != LF_BY_NONE && claimed_by(other, best->points, sure))
		*by = LF_BY_NONE;
	/* the firm band: the found item is contested by no other lost report at the band's
	 * points — from a lost report's side the rivals just read, from a found item's side its
	 * own runner-up */
	contest = self_lost ? other : second;
	if (*by == LF_BY_FIRM && contest >= LF_FIRM_CONTEST)
		*by = LF_BY_NONE;
	/* then the learned judgement, over the pair seen from its lost report: its runner-up
	 * among the report's candidates (from a found item's side, the best other found item of
	 * that report), the found item's best other lost report (its own runner-up then) */
	if (lf_judge_rules_only())
		return PA_OK;
	/* one object, one owner: from a lost report's side, another open report that holds the
	 * found item as well and ranks it first (its stored candidates); from a found item's side
	 * the same of its stored pairs — but at its registration or edit (reasons at hand, its
	 * pairs not stored yet) any lost report of its own as good as the best */
	rc = PA_OK;
	rival = !self_lost && r && second >= 0 && second >= best->points;
	/* other is the most any such report gives it: below best's points none can be first */
	if (self_lost && other >= best->points)
		rc = rival_first(c, best->id, self, best->points, &rival);
	else if (!r)
		rc = rival_first(c, self, best->id, best->points, &rival);
	/* a tie, read from the lost report's side either way: its candidates at hand, or from a
	 * found item's side the lost report's stored ones */
	if (rc == PA_OK)
		rc = self_lost ? tied_with(c, self_lost, self, first, stride, n, best_k, &tied) :
		    tied_from_found(c, self, best, &tied);
	if (rc != PA_OK)
		return rc;
	if (!lf_judge_likely(&e, best, self_lost ? second : (int)other,
	    self_lost ? (int)other : second, rival, tied, *by != LF_BY_NONE))
		*by = LF_BY_NONE;
	else if (*by == LF_BY_NONE)
		*by = LF_BY_JUDGE;
	return PA_OK;
}

/* Scores the other side's items of station org and category cat in me's time window, at most
 * max rows of the index range. */
static pa_err score_range(struct db_conn *c, const struct lf_item *me, bool me_lost, int64_t org,
    const char *cat, int max, struct lf_plan *p, struct lf_prep *tmp)
{
	struct db_stmt *s = db_prepare(c, me_lost ? SQL_FOUND_RANGE : SQL_LOST_RANGE);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, org);
	db_bind_text(s, 2, cat);
	if (me_lost) {
		db_bind_int(s, 3, me->t_from - LF_SLACK_MS);
		db_bind_int(s, 4, me->t_to + LF_AFTER_DAYS * DAY_MS);
	} else {
		db_bind_int(s, 3, me->t_from - LF_AFTER_DAYS * DAY_MS);
		db_bind_int(s, 4, me->t_from + LF_SLACK_MS);
	}
	db_bind_int(s, 5, max);
	return score_rows(c, s, me, &p->prep, me_lost, p, tmp);
}

static const char SQL_PAIR_DISMISSED[] =
    "SELECT 1 FROM lf_matches WHERE lost_id = ?1 AND found_id = ?2 AND dismissed = 1";

/* Removes from p's best the candidates whose pair with item self (a lost report when
 * self_lost) was dismissed (排除匹配): a dismissed pair never comes back, not even as the
 * desk's "likely" notice after an edit. */
static pa_err drop_dismissed(struct db_conn *c, struct lf_plan *p, int64_t self, bool self_lost)
{
	int kept = 0;

	for (int i = 0; i < p->n; i++) {
		struct db_stmt *s = db_prepare(c, SQL_PAIR_DISMISSED);
		int r;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, self_lost ? self : p->top[i].id);
		db_bind_int(s, 2, self_lost ? p->top[i].id : self);
		r = db_step(s);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		if (r != DB_ROW)
			p->top[kept++] = p->top[i];
	}
	p->n = kept;
	return PA_OK;
}

static const char SQL_CASE_ORG[] = "SELECT org_id FROM cases WHERE id = ?1";

/* The unit of case id (0 when there is none). */
static pa_err case_org(struct db_conn *c, int64_t id, int64_t *org)
{
	struct db_stmt *s = db_prepare(c, SQL_CASE_ORG);
	int r;

	*org = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	if ((r = db_step(s)) == DB_ROW)
		*org = db_col_int(s, 0);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

/* Finds and scores the candidates of the new item me (side of t) at org; fills p. */
static pa_err lf_candidates(struct db_conn *c, const struct lf_item *me, bool me_lost,
    int64_t org, struct lf_plan *p, int64_t self)
{
	struct lf_prep *mp = &p->prep, *tmp = malloc(sizeof *tmp);
	int64_t orgs[LIM_LF_NEIGHBOURS + 1];
	int norgs;
	pa_err rc = PA_OK;

	if (tmp == NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	lf_pii_prepare(me, mp, p->tail);
	/* an edited item: the card numbers its registration sealed (its text holds the masks) */
	if (self && (strchr(mp->serial, '*') || strchr(mp->serial2, '*')) &&
	    (rc = pii_seals_load(c, self, me_lost ? SIDE_LOST : SIDE_FOUND, mp)) != PA_OK)
		goto out;
	norgs = stations(c, org, orgs, LIM_LF_NEIGHBOURS + 1);
	for (int i = 0; i < norgs && rc == PA_OK; i++) {
		struct db_stmt *s;
		/* the item's own category, then the related ones (a wallet's ID card filed as
		 * 证件, a phone as 电子产品) on the same index with fewer rows */
		const char *cat = me->category;
		for (int k = 0; cat && rc == PA_OK; cat = lf_cat_relative(me->category, k++))
			rc = score_range(c, me, me_lost, orgs[i], cat,
			    cat == me->category ? LF_CANDIDATES_MAX : LF_RELATED_MAX, p, tmp);
		/* a kind a desk may file under 其他 (a 助听器), or one filed there: the range of the
		 * category where the other side may have put it */
		const char *kin;
		for (int k = 0; rc == PA_OK && (kin = lf_cat_kindred(me->category, mp, k)) != NULL; k++)
			if (lf_cat_related(me->category, kin) == 0)
				rc = score_range(c, me, me_lost, orgs[i], kin, LF_RELATED_MAX, p, tmp);
		/* the serial tail finds the same object filed under another category */
		if (rc == PA_OK && p->tail[0]) {
			int64_t ids[LF_SERIAL_HITS_MAX];
			int nids = 0, r;
			if ((s = db_prepare(c, SQL_SERIAL_HITS)) == NULL) {
				rc = PA_ERR_DB;
				goto out;
			}
			db_bind_text(s, 1, p->tail);
			db_bind_text(s, 2, me_lost ? SIDE_FOUND : SIDE_LOST);
			db_bind_int(s, 3, orgs[i]);
			db_bind_int(s, 4, LF_SERIAL_HITS_MAX);
			while ((r = db_step(s)) == DB_ROW && nids < LF_SERIAL_HITS_MAX)
				ids[nids++] = db_col_int(s, 0);
			db_reset(s);
			if (r == DB_FAIL)
				rc = PA_ERR_DB;
			for (int k = 0; k < nids && rc == PA_OK; k++) {
				if ((s = db_prepare(c, me_lost ? SQL_FOUND_ONE : SQL_LOST_ONE)) == NULL) {
					rc = PA_ERR_DB;
					goto out;
				}
				db_bind_int(s, 1, ids[k]);
				rc = score_rows(c, s, me, mp, me_lost, p, tmp);
			}
		}
	}
	/* an edited item: pairs an officer dismissed are no candidates (nor its likely one) */
	if (rc == PA_OK && self)
		rc = drop_dismissed(c, p, self, me_lost);
	/* one object, one owner: the first that no other item holds better ranks first */
	if (rc == PA_OK && p->n > 0) {
		int b = 0;
		rc = lostfound_first_unheld(c, me_lost, self, &p->top[0].rank, sizeof p->top[0], p->n,
		    &b);
		if (rc == PA_OK && b > 0) {
			struct lf_cand t = p->top[b];
			memmove(&p->top[1], &p->top[0], (size_t)b * sizeof p->top[0]);
			p->top[0] = t;
		}
	}
	/* likely: the best leads its runner-up here, and on the other item's side too (or it is
	 * in a band: found then, ahead, identified, and nothing against it) */
	if (rc == PA_OK && p->n > 0) {
		int by;
		rc = lostfound_judge(c, me_lost, self, &p->top[0].rank, sizeof p->top[0], p->n, 0,
		    p->top[0].sure, p->top[0].r, p->top[0].nr, NULL, &by);
		if (rc == PA_OK && by != LF_BY_NONE)
			p->likely_id = p->top[0].id;
		if (rc == PA_OK && p->likely_id)
			rc = case_org(c, p->likely_id, &p->likely_org);
	}
out:
	free(tmp);
	return rc;
}

pa_err lostfound_match_plan(struct db_conn *c, char *out, size_t cap, bool *indexed)
{
	static const char *const plans[] = { SQL_FOUND_RANGE_PLAN, SQL_LOST_RANGE_PLAN,
		SQL_SERIAL_HITS_PLAN };
	size_t o = 0;

	*indexed = true;
	if (cap == 0)
		return PA_ERR_INVALID;
	out[0] = '\0';
	for (size_t i = 0; i < sizeof plans / sizeof plans[0]; i++) {
		struct db_stmt *s = db_prepare(c, plans[i]);
		int r;
		if (s == NULL)
			return PA_ERR_DB;
		while ((r = db_step(s)) == DB_ROW) {
			const char *d = db_col_null(s, 3) ? "" : db_col_text(s, 3);
			if (strncmp(d, "SCAN", 4) == 0 || strstr(d, "TEMP B-TREE"))
				*indexed = false;    /* a table scan or a sort: not what the index is for */
			if (o + 1 < cap)
				o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? "; " : "", d);
			if (o >= cap)
				o = cap - 1;
		}
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
	}
	return PA_OK;
}

pa_err lostfound_match_probe(struct db_conn *c, const struct lf_item *me, bool lost, int64_t org,
    int *kept, int64_t *likely_id)
{
	struct lf_plan *p = calloc(1, sizeof *p);
	pa_err rc;

	if (p == NULL)
		return PA_ERR_NOMEM;
	p->side = lost ? SIDE_LOST : SIDE_FOUND;
	p->org_id = org;
	rc = lf_candidates(c, me, lost, org, p, 0);
	*kept = p->n;
	*likely_id = p->likely_id;
	free(p);
	return rc;
}

pa_err lostfound_match_top(struct db_conn *c, const struct lf_item *me, bool lost, int64_t org,
    int64_t *ids, int *points, int max, int *n)
{
	struct lf_plan *p = calloc(1, sizeof *p);
	pa_err rc;

	*n = 0;
	if (p == NULL)
		return PA_ERR_NOMEM;
	p->side = lost ? SIDE_LOST : SIDE_FOUND;
	p->org_id = org;
	rc = lf_candidates(c, me, lost, org, p, 0);
	for (int i = 0; rc == PA_OK && i < p->n && i < max; i++) {
		ids[i] = p->top[i].id;
		points[i] = p->top[i].points;
		*n = i + 1;
	}
	free(p);
	return rc;
}

/* ------------------------------------------------------------------ refresh */

/* Every open item of a side in key order (the rowid), from after ?1, with its stored
 * features; closed items are never matched again (m_open goes from 1 to 0 only). */
static const char SQL_LOST_FEAT_SCAN[] =
    "SELECT case_id, m_feat FROM lost_details WHERE case_id > ?1 AND m_open = 1 "
    "ORDER BY case_id LIMIT ?2";
static const char SQL_FOUND_FEAT_SCAN[] =
    "SELECT case_id, m_feat FROM found_details WHERE case_id > ?1 AND m_open = 1 "
    "ORDER BY case_id LIMIT ?2";
/* The new features, only over the bytes they were computed to replace (?3, NULL for none; a
 * value stored as text compares by its bytes): an item edited meanwhile keeps the features its
 * edit wrote. */
static const char SQL_LOST_FEAT_REFRESH[] =
    "UPDATE lost_details SET m_feat = ?2 WHERE case_id = ?1 AND CAST(m_feat AS BLOB) IS ?3";
static const char SQL_FOUND_FEAT_REFRESH[] =
    "UPDATE found_details SET m_feat = ?2 WHERE case_id = ?1 AND CAST(m_feat AS BLOB) IS ?3";

/* One writer job of the refresh: SQL values only. */
struct refresh_job {
	bool lost;
	int n;
	int64_t ids[LF_REFRESH_BATCH];
	unsigned char *old[LF_REFRESH_BATCH];    /* the stale bytes (malloc'd), NULL for none */
	size_t oldlen[LF_REFRESH_BATCH], len[LF_REFRESH_BATCH];
	unsigned char feat[LF_REFRESH_BATCH][LF_PREP_PACK_MAX];
};

static pa_err refresh_run(struct db_conn *w, void *ctx)
{
	const struct refresh_job *j = ctx;
	pa_err rc;

	for (int i = 0; i < j->n; i++) {
		struct db_stmt *s;
		if (j->len[i] == 0)
			continue;     /* nothing prepared (no case row) */
		s = db_prepare(w, j->lost ? SQL_LOST_FEAT_REFRESH : SQL_FOUND_FEAT_REFRESH);
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->ids[i]);
		db_bind_blob(s, 2, j->feat[i], j->len[i]);
		if (j->old[i])
			db_bind_blob(s, 3, j->old[i], j->oldlen[i]);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* Refreshes the items of one side; adds the number rewritten to *done. */
static pa_err refresh_side(struct db *db, struct db_conn *rd, bool lost, struct refresh_job *j,
    struct lf_prep *p, int64_t *done)
{
	int64_t after = 0;
	pa_err rc = PA_OK;

	j->lost = lost;
	for (;;) {
		struct db_stmt *s = db_prepare(rd, lost ? SQL_LOST_FEAT_SCAN : SQL_FOUND_FEAT_SCAN);
		int rows = 0, prepared, r;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, after);
		db_bind_int(s, 2, LF_REFRESH_BATCH);
		j->n = 0;
		/* which items: those whose bytes lf_prep_unpack refuses (another layout, none) */
		while ((r = db_step(s)) == DB_ROW) {
			size_t n = 0;
			bool null = db_col_null(s, 1);
			const void *b = null ? NULL : db_col_blob(s, 1, &n);
			after = db_col_int(s, 0);
			rows++;
			if (b != NULL && lf_prep_unpack(b, n, p))
				continue;
			j->ids[j->n] = after;
			j->oldlen[j->n] = n;
			j->old[j->n] = NULL;
			/* the bytes kept for the writer's guard (an empty value is not NULL) */
			if (!null && (j->old[j->n] = malloc(n ? n : 1)) == NULL) {
				rc = PA_ERR_NOMEM;
				break;
			}
			if (n)
				memcpy(j->old[j->n], b, n);
			j->n++;
		}
		db_reset(s);
		if (rc == PA_OK && r == DB_FAIL)
			rc = PA_ERR_DB;
		/* prepared on the reader exactly as a candidate without features is, written by
		 * the writer as SQL only */
		prepared = 0;
		for (int i = 0; rc == PA_OK && i < j->n; i++) {
			j->len[i] = 0;
			rc = prep_whole(rd, !lost, j->ids[i], p);
			if (rc == PA_ERR_NOT_FOUND)
				rc = PA_OK;     /* no case row behind it: never a candidate either */
			else if (rc == PA_OK &&
			    (j->len[i] = lf_prep_pack(p, j->feat[i], LF_PREP_PACK_MAX)) == 0)
				rc = PA_ERR_INTERNAL;
			else if (rc == PA_OK)
				prepared++;
		}
		if (rc == PA_OK && j->n)
			rc = db_write(db, refresh_run, j);
		if (rc == PA_OK)
			*done += prepared;
		for (int i = 0; i < j->n; i++) {
			free(j->old[i]);
			j->old[i] = NULL;
		}
		if (rc != PA_OK || rows < LF_REFRESH_BATCH)
			return rc;
	}
}

pa_err lostfound_feat_refresh(struct db *db, FILE *progress, int64_t *count)
{
	struct db_conn *rd = db_reader(db);
	struct refresh_job *j = calloc(1, sizeof *j);
	struct lf_prep *p = malloc(sizeof *p);
	int64_t done = 0;
	pa_err rc;

	if (rd == NULL || j == NULL || p == NULL) {
		rc = rd == NULL ? PA_ERR_DB : PA_ERR_NOMEM;
		goto out;
	}
	rc = refresh_side(db, rd, true, j, p, &done);
	if (rc == PA_OK)
		rc = refresh_side(db, rd, false, j, p, &done);
	if (progress && done > 0)
		fprintf(progress, "  lost-and-found: %lld items re-prepared for the current matcher\n",
		    (long long)done);
out:
	if (count)
		*count = done;
	free(p);
	free(j);
	return rc;
}

/* The reasons as JSON text (caller frees). */
static char *reasons_json(const struct lf_cand *k)
{
	json_t *a = json_array();
	char *s;

	for (int i = 0; i < k->nr; i++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:i}", "factor", k->r[i].factor,
		    "detail", k->r[i].detail, "detail_en", k->r[i].detail_en, "points",
		    k->r[i].points));
	s = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return s;
}

static const char SQL_SERIAL_PUT[] =
    "INSERT INTO lf_serials (frag, side, org_id, case_id) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT DO NOTHING";
static const char SQL_MATCH_PUT[] =
    "INSERT INTO lf_matches (lost_id, found_id, score, sure, reasons, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (lost_id, found_id) DO UPDATE SET "
    "score = ?3, sure = ?4, reasons = ?5";

static const char SQL_LOST_FEAT[] = "UPDATE lost_details SET m_feat = ?2 WHERE case_id = ?1";
static const char SQL_FOUND_FEAT[] = "UPDATE found_details SET m_feat = ?2 WHERE case_id = ?1";

static const char SQL_SERIAL_DROP[] = "DELETE FROM lf_serials WHERE case_id = ?1 AND side = ?2";
static const char SQL_MATCHES_DROP_LOST[] =
    "DELETE FROM lf_matches WHERE lost_id = ?1 AND dismissed = 0 AND confirmed = 0";
static const char SQL_MATCHES_DROP_FOUND[] =
    "DELETE FROM lf_matches WHERE found_id = ?1 AND dismissed = 0 AND confirmed = 0";

/* In the writer: the sealed card numbers of prep (lf_pii_card_seal) kept in lf_serials beside
 * the tail, for features prepared again from the masked text (pii_seals_load). */
static pa_err pii_seals_store(struct db_conn *conn, const struct lf_prep *prep, const char *side,
    int64_t org, int64_t id)
{
	const char *slot[LF_SERIALS] = { prep->serial, prep->serial2 };

	for (int i = 0; i < LF_SERIALS; i++) {
		struct db_stmt *s;
		pa_err rc;
		if (!lf_pii_card_seal(slot[i]))
			continue;
		if ((s = db_prepare(conn, SQL_SERIAL_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, slot[i]);
		db_bind_text(s, 2, side);
		db_bind_int(s, 3, org);
		db_bind_int(s, 4, id);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* In the writer, for item id just registered or edited (again: its earlier serial tail and
 * open candidates go first): the features, the serial tail, the candidates, the desk's
 * notice. */
static pa_err plan_store(struct db_conn *conn, const struct lf_plan *p, int64_t id, int64_t now,
    bool again)
{
	bool lost = p->side == SIDE_LOST;
	struct db_stmt *s;
	pa_err rc;

	if ((s = db_prepare(conn, lost ? SQL_LOST_FEAT : SQL_FOUND_FEAT)) == NULL)
		return PA_ERR_DB;
	{
		unsigned char feat[LF_PREP_PACK_MAX];
		size_t fn = lf_prep_pack(&p->prep, feat, sizeof feat);
		db_bind_int(s, 1, id);
		if (fn)
			db_bind_blob(s, 2, feat, fn);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if (again) {
		if ((s = db_prepare(conn, SQL_SERIAL_DROP)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, p->side);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		/* candidates not confirmed and not dismissed are scored anew (a dismissed pair
		 * stays dismissed) */
		if ((s = db_prepare(conn, lost ? SQL_MATCHES_DROP_LOST : SQL_MATCHES_DROP_FOUND)) ==
		    NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if (p->tail[0]) {
		if ((s = db_prepare(conn, SQL_SERIAL_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, p->tail);
		db_bind_text(s, 2, p->side);
		db_bind_int(s, 3, p->org_id);
		db_bind_int(s, 4, id);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if ((rc = pii_seals_store(conn, &p->prep, p->side, p->org_id, id)) != PA_OK)
		return rc;
	for (int i = 0; i < p->n; i++) {
		char *rs = reasons_json(&p->top[i]);
		if (rs == NULL)
			return PA_ERR_NOMEM;
		if ((s = db_prepare(conn, SQL_MATCH_PUT)) == NULL) {
			free(rs);
			return PA_ERR_DB;
		}
		db_bind_int(s, 1, lost ? id : p->top[i].id);
		db_bind_int(s, 2, lost ? p->top[i].id : id);
		db_bind_int(s, 3, p->top[i].points);
		db_bind_int(s, 4, p->top[i].sure);
		db_bind_text(s, 5, rs);
		db_bind_int(s, 6, now);
		rc = db_run(s);
		free(rs);
		if (rc != PA_OK)
			return rc;
	}
	/* told once per likely pair: an edit that keeps the same likely candidate is no news;
	 * the officer who registered or edited it sees the candidates on the page */
	if (p->likely_id == 0 || p->likely_id == p->was_likely)
		return PA_OK;
	if ((rc = notify_unit_except(conn, p->org_id, ROLE_OFFICER | ROLE_AUXILIARY |
	    ROLE_LEADER, id, "lf_match", p->note_zh, p->note_en, now, p->actor)) != PA_OK)
		return rc;
	/* the candidate is a neighbouring station's (相邻派出所): its desk is told too, on its
	 * own registration (the one it can open, with our item's summary among its candidates) */
	if (p->likely_org && p->likely_org != p->org_id)
		return notify_unit_except(conn, p->likely_org, ROLE_OFFICER | ROLE_AUXILIARY |
		    ROLE_LEADER, p->likely_id, "lf_match", p->near_zh, p->near_en, now, p->actor);
	return PA_OK;
}

/* The free texts of a lost report or found item where a person may type an ID or card number:
 * the case's title, description and address, and the type's TF_TEXT fields an officer types.
 * One table for create (pii_create), edit (edit_scrub) and the upgrade pass (pii_row_prepare,
 * pii_run): with the statement that rewrites each in an old row, per side (NULL: the side has
 * no such field). */
#define PII_SET(table, col, key) "UPDATE " table " SET " col " = ?2 WHERE " key " = ?1"
#define PII_CASE(col) { PII_SET("cases", col, "id"), PII_SET("cases", col, "id") }
#define PII_SIDES(col) { PII_SET("lost_details", col, "case_id"), \
	PII_SET("found_details", col, "case_id") }
struct pii_text {
	const char *name;
	bool core;                       /* a column of cases (a field of struct case_new) */
	const char *set_sql[2];          /* lost, found */
};
static const struct pii_text pii_texts[] = {
	{ "title", true, PII_CASE("title") },
	{ "body", true, PII_CASE("body") },
	{ "address", true, PII_CASE("address") },
	{ "serial", false, PII_SIDES("serial") },
	{ "marks", false, PII_SIDES("marks") },
	{ "color", false, PII_SIDES("color") },
	{ "brand", false, PII_SIDES("brand") },
	{ "model", false, PII_SIDES("model") },
	{ "storage_place", false, { NULL, PII_SET("found_details", "storage_place", "case_id") } },
	{ "verification", false, { NULL, PII_SET("found_details", "verification", "case_id") } },
	{ NULL, false, { NULL, NULL } },
};
#define PII_TEXTS 10                 /* entries of pii_texts */
_Static_assert(sizeof pii_texts / sizeof pii_texts[0] == PII_TEXTS + 1, "PII_TEXTS");
#undef PII_CASE
#undef PII_SIDES
#undef PII_SET

/* The scrub of text name: a serial field is its own cue for a card number. */
static bool pii_scrub_field(const char *name, const char *in, char *out, size_t cap,
    struct lf_pii *ids, int today)
{
	return (strcmp(name, "serial") == 0 ? lf_pii_scrub_serial : lf_pii_scrub)(in, out, cap, ids,
	    today);
}

/* An edit's changes as stored: full ID numbers in the title, description, address and every
 * free text of pii_attrs masked; the numbers ride along under "lf_pii" (never a field: the engine's diff reads only
 * the fields) for on_update, which links them as holders. NULL: nothing to mask; JSON null: a
 * text could not be scrubbed (no memory), the engine refuses the edit. */
static json_t *edit_scrub(const struct case_rec *c, const json_t *changes, int64_t now)
{
	struct lf_pii ids = { 0 };
	json_t *out = NULL, *arr;

	for (int i = 0; pii_texts[i].name; i++) {
		const char *key = pii_texts[i].name;
		const char *v = json_string_value(json_object_get(changes, key));
		char *m;
		if (v == NULL)
			continue;
		if ((m = malloc(strlen(v) + 1)) == NULL) {
			ids.failed = true;
			break;
		}
		if (pii_scrub_field(key, v, m, strlen(v) + 1, &ids, lf_today_ymd(now)) &&
		    !ids.failed) {
			if (out == NULL)
				out = json_deep_copy(changes);
			if (out == NULL || json_object_set_new(out, key, json_string(m)) != 0)
				ids.failed = true;
		}
		free(m);
		if (ids.failed)
			break;
	}
	if (ids.failed) {
		/* a text that could not be scrubbed: the edit is refused, never stored whole */
		json_decref(out);
		sodium_memzero(&ids, sizeof ids);
		return json_null();
	}
	if (out && (arr = json_array()) != NULL) {
		for (int i = 0; i < ids.n; i++)
			json_array_append_new(arr, json_string(ids.id[i]));
		json_object_set_new(out, "lf_pii", arr);
	}
	sodium_memzero(&ids, sizeof ids);
	return out;
}

/* An edit: the ID numbers the registry keeps for the case and those the edit took out
 * (edit_scrub) put back into the texts me reads (p->pii_text and the serial and marks
 * buffers below, wiped by pii_wipe), and the new ones prepared as holders for after_update.
 * me NULL: the holders only. */
static _Thread_local char pii_serial[LIM_LF_SERIAL_CHARS * 4 + 1],
    pii_marks[LIM_TEXT_CHARS * 4 + 1];

static void pii_wipe(struct lf_plan *p)
{
	for (int i = 0; i < 2; i++)
		if (p->pii_text[i])
			sodium_memzero(p->pii_text[i], strlen(p->pii_text[i]));
	sodium_memzero(pii_serial, sizeof pii_serial);
	sodium_memzero(pii_marks, sizeof pii_marks);
}

static pa_err pii_update(struct update_ctx *x, struct lf_plan *p, struct lf_item *me)
{
	const json_t *fresh = json_object_get(x->changes, "lf_pii");
	struct lf_pii ids = { 0 };
	json_t *add = NULL, *v;
	size_t i;
	pa_err rc;

	if ((rc = lf_pii_case_ids(x->conn, x->c->id, &ids)) != PA_OK)
		return rc;
	json_array_foreach(fresh, i, v) {
		bool known = false;
		for (int k = 0; k < ids.n && !known; k++)
			known = strcmp(ids.id[k], json_string_value(v)) == 0;
		if (known || ids.n >= LF_PII_IDS)
			continue;
		snprintf(ids.id[ids.n++], sizeof ids.id[0], "%s", json_string_value(v));
		if (add == NULL)
			add = json_array();
		json_array_append_new(add, json_pack("{s:s, s:s, s:s}", "role", "holder", "id_type",
		    "id_card", "id_number", json_string_value(v)));
	}
	if (add) {
		rc = person_batch_prepare(x->conn, x->c->type, add, "persons", false, x->user, x->now,
		    &p->pii_persons, x->err);
		json_decref(add);
		if (rc != PA_OK)
			goto out;
	}
	if (me && ids.n > 0) {
		const char *const src[2] = { me->title, me->body };
		for (int k = 0; k < 2; k++)
			if (src[k] && (p->pii_text[k] = malloc(strlen(src[k]) + 1)) != NULL)
				lf_pii_restore(src[k], p->pii_text[k], strlen(src[k]) + 1, &ids);
		me->title = p->pii_text[0] ? p->pii_text[0] : me->title;
		me->body = p->pii_text[1] ? p->pii_text[1] : me->body;
		if (me->serial) {
			lf_pii_restore(me->serial, pii_serial, sizeof pii_serial, &ids);
			me->serial = pii_serial;
		}
		if (me->marks) {
			lf_pii_restore(me->marks, pii_marks, sizeof pii_marks, &ids);
			me->marks = pii_marks;
		}
	}
out:
	sodium_memzero(&ids, sizeof ids);
	return rc;
}

static pa_err after_create(struct create_ctx *x)
{
	return x->type_data ? plan_store(x->conn, x->type_data, x->id, x->now, false) : PA_OK;
}

/* the two best stored candidates with what the close band reads: the reasons (3) and the
 * pair's times (4, 5 the lost report's window, 6 the found item's time) */
#define WAS_LIKELY_SQL(other, self) \
    "SELECT m." other ", m.score, m.sure, l.lost_from, l.lost_to, f.found_at " \
    "FROM lf_matches m JOIN lost_details l ON l.case_id = m.lost_id " \
    "JOIN found_details f ON f.case_id = m.found_id WHERE m." self " = ?1 " \
    "AND m.dismissed = 0 AND m.confirmed = 0 ORDER BY m.score DESC, m." other " LIMIT ?2"
static const char SQL_WAS_LIKELY_LOST[] = WAS_LIKELY_SQL("found_id", "lost_id");
static const char SQL_WAS_LIKELY_FOUND[] = WAS_LIKELY_SQL("lost_id", "found_id");

/* Before an edit: the candidate of item id judged likely from its stored candidates (0 if
 * none), i.e. the pair the desks were already told of (judged as a registration judges it:
 * lostfound_judge, the bands and the claims of other items too), the first LF_HELD_CHECK by
 * score ranked as the matches are (what another item holds better last); a best of equal
 * points to a candidate nobody else holds better is never likely, so lf_rank_cmp's tie order
 * would not change the answer. */
static pa_err was_likely(struct db_conn *c, bool lost, int64_t id, int64_t *out)
{
	struct db_stmt *s = db_prepare(c, lost ? SQL_WAS_LIKELY_LOST : SQL_WAS_LIKELY_FOUND);
	struct lf_rank rank[LF_HELD_CHECK];
	bool sure[LF_HELD_CHECK];
	int n = 0, r, by, best;
	pa_err rc;

	*out = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	db_bind_int(s, 2, LF_HELD_CHECK);
	while (n < LF_HELD_CHECK && (r = db_step(s)) == DB_ROW) {
		lf_rank_pair(&rank[n], db_col_int(s, 0), (int)db_col_int(s, 1), db_col_int(s, 3),
		    db_col_int(s, 4), db_col_int(s, 5), false, 0, 0, 0, 0);
		sure[n++] = db_col_int(s, 2) != 0;
	}
	db_reset(s);
	if (n < LF_HELD_CHECK && r == DB_FAIL)
		return PA_ERR_DB;
	if (n == 0)
		return PA_OK;
	/* the best as GET /cases/{id}/matches ranks it (one object, one owner); the reasons are
	 * read again by the judge (this statement's row is gone by then) */
	if ((rc = lostfound_first_unheld(c, lost, id, rank, sizeof rank[0], n, &best)) == PA_OK &&
	    (rc = lostfound_judge(c, lost, id, rank, sizeof rank[0], n, best, sure[best], NULL, 0,
	    NULL, &by)) == PA_OK && by != LF_BY_NONE)
		*out = rank[best].id;
	return rc;
}

/* A PATCH of an open item (serial, colour, marks, description, place ...): its candidates
 * are scored again exactly as at registration, on the reader; after_update stores them. */
static pa_err on_update(struct update_ctx *x)
{
	const struct case_rec *c = x->c;
	bool lost = strcmp(c->type->code, "lost") == 0;
	json_t *open = json_object_get(c->attrs, "m_open");
	struct lf_item me = { 0 };
	struct lf_plan *p;
	int64_t org = json_integer_value(json_object_get(c->attrs, "m_org"));
	pa_err rc;

	if ((p = calloc(1, sizeof *p)) == NULL)
		return PA_ERR_NOMEM;
	x->type_data = p;
	x->type_free = plan_free;
	if (!json_is_integer(open) || json_integer_value(open) != 1 || org == 0)
		return pii_update(x, p, NULL);   /* matched, returned or withdrawn: nothing to
		                                  * match, a new holder linked all the same */
	me.category = c->category;
	me.title = c->title;
	me.body = c->body;
	me.address = c->address;
	me.has_loc = c->has_location;
	me.lat = c->lat;
	me.lon = c->lon;
	me.color = json_string_value(json_object_get(c->attrs, "color"));
	me.brand = json_string_value(json_object_get(c->attrs, "brand"));
	me.model = json_string_value(json_object_get(c->attrs, "model"));
	me.serial = json_string_value(json_object_get(c->attrs, "serial"));
	me.marks = json_string_value(json_object_get(c->attrs, "marks"));
	if (lost) {
		me.t_from = json_integer_value(json_object_get(c->attrs, "lost_from"));
		me.t_to = json_integer_value(json_object_get(c->attrs, "lost_to"));
	} else {
		me.t_from = me.t_to = json_integer_value(json_object_get(c->attrs, "found_at"));
	}
	if ((rc = pii_update(x, p, &me)) != PA_OK)
		return rc;
	p->side = lost ? SIDE_LOST : SIDE_FOUND;
	p->org_id = org;
	p->actor = x->user ? x->user->id : 0;
	if (was_likely(x->conn, lost, c->id, &p->was_likely) != PA_OK ||
	    lf_candidates(x->conn, &me, lost, org, p, c->id) != PA_OK)
		rc = PA_ERR_DB;
	else
		rc = plan_notes(x->conn, p, c->title, title_en_of(c), c->category, me.color);
	pii_wipe(p);
	return rc;
}

/* A loss window (from..to) or a found time (from == to) as a whole, at registration and on a
 * PATCH alike: a window that begins after it ends, or a time more than LF_CLOCK_SLACK_MS ahead
 * of the clock, is refused. A reversed window is reported on `order` (the field the request
 * changed); lost_to is held to the clock only when the request said it (to_said). */
static pa_err times_check(bool lost, int64_t from, int64_t to, int64_t now, const char *order,
    bool to_said, struct pa_error *err)
{
	int64_t ahead = now + LF_CLOCK_SLACK_MS;

	if (!lost) {
		if (from <= ahead)
			return PA_OK;
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "found_at",
		    "the time found must not be in the future");
		return PA_ERR_INVALID;
	}
	if (from > to) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", order,
		    "the lost-from time must not be after the lost-until time");
		return PA_ERR_INVALID;
	}
	if (from > ahead) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "lost_from",
		    "the lost-from time must not be in the future");
		return PA_ERR_INVALID;
	}
	if (to > ahead && to_said) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "lost_to",
		    "the lost-until time must not be in the future");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

/* A PATCH's new times as a whole (TF_EDIT: lost_from, lost_to, found_at), before anything is
 * scored or written, as at registration (times_check). */
static pa_err edit_check(const struct case_rec *c, const json_t *changes, int64_t now,
    struct pa_error *err)
{
	if (strcmp(c->type->code, "lost") == 0) {
		bool to_only = json_object_get(changes, "lost_to") &&
		    !json_object_get(changes, "lost_from");
		return times_check(true, json_integer_value(json_object_get(c->attrs, "lost_from")),
		    json_integer_value(json_object_get(c->attrs, "lost_to")), now,
		    to_only ? "lost_to" : "lost_from", json_object_get(changes, "lost_to") != NULL, err);
	}
	int64_t at = json_integer_value(json_object_get(c->attrs, "found_at"));
	return times_check(false, at, at, now, NULL, false, err);
}

static pa_err after_update(struct update_ctx *x)
{
	struct lf_plan *p = x->type_data;
	pa_err rc;

	if (p && p->pii_persons && (rc = person_batch_write(x->conn, p->pii_persons, x->c->id,
	    x->user->id, x->now)) != PA_OK)
		return rc;
	return p && p->side ? plan_store(x->conn, p, x->c->id, x->now, true) : PA_OK;
}

/* ------------------------------------------------------------------ the upgrade pass */

/* Every row of a side from case ?1 on, ?2 at a time: rows written before ID and card numbers
 * were taken out of the texts, or before the pass read every text of pii_texts and 15-digit ID
 * numbers (LF_PII_PASS). No filter in SQL: it would be a second list of the texts that can
 * drift from pii_texts; lf_pii_scrub decides, a row it leaves alone costs a read, and the pass
 * runs once per database. */
#define PII_NEXT_SQL(side) \
    "SELECT case_id FROM " side " WHERE case_id > ?1 ORDER BY case_id LIMIT ?2"
static const char SQL_PII_NEXT_LOST[] = PII_NEXT_SQL("lost_details");
static const char SQL_PII_NEXT_FOUND[] = PII_NEXT_SQL("found_details");
/* The pass's version in lf_settings.pii_moved: 1 read title, description, serial and marks
 * for 18-digit ID and card numbers; 2 reads every text of pii_texts, 15-digit ID numbers too.
 * A database marked with a lower version is read again once. */
#define LF_PII_PASS 2
/* A rewritten row's stored features go: they were prepared from the whole texts by a build
 * that may have kept a number there (a 15-digit ID number as a serial); the features refresh
 * after the pass prepares them again (the registry's ID numbers and the seals in lf_serials
 * put back first, pii_prepare_row). */
static const char SQL_PII_FEAT_LOST[] = "UPDATE lost_details SET m_feat = NULL WHERE case_id = ?1";
static const char SQL_PII_FEAT_FOUND[] =
    "UPDATE found_details SET m_feat = NULL WHERE case_id = ?1";

/* One writer job of the pass: SQL values only (the holders prepared on the reader). */
struct pii_row {
	int64_t id, user, at;
	char *text[PII_TEXTS];              /* pii_texts masked (malloc'd), NULL: unchanged */
	char *search;                       /* the index text of the masked case */
	struct person_batch *holders;       /* NULL: the numbers are linked already */
	struct lf_prep *prep;               /* the whole texts' features: their card seals */
	int64_t org;                        /* m_org, the station of its lf_serials rows */
};
struct pii_job {
	bool lost;
	int n;
	struct pii_row r[LF_PII_BATCH];
};

static void pii_job_clear(struct pii_job *j)
{
	for (int i = 0; i < j->n; i++) {
		for (int k = 0; k < PII_TEXTS; k++)
			free(j->r[i].text[k]);
		free(j->r[i].search);
		free(j->r[i].prep);
		person_batch_free(j->r[i].holders);
	}
	memset(j->r, 0, sizeof j->r[0] * (size_t)j->n);
	j->n = 0;
}

static pa_err pii_run(struct db_conn *w, void *ctx)
{
	const struct pii_job *j = ctx;
	pa_err rc;

	for (int i = 0; i < j->n; i++) {
		const struct pii_row *r = &j->r[i];
		struct db_stmt *s;
		if (r->holders && (rc = person_batch_write(w, r->holders, r->id, r->user, r->at)) !=
		    PA_OK)
			return rc;
		/* only the texts that held a number are written */
		for (int k = 0; pii_texts[k].name; k++) {
			if (r->text[k] == NULL)
				continue;
			if ((s = db_prepare(w, pii_texts[k].set_sql[j->lost ? 0 : 1])) == NULL)
				return PA_ERR_DB;
			db_bind_int(s, 1, r->id);
			db_bind_text(s, 2, r->text[k]);
			if ((rc = db_run(s)) != PA_OK)
				return rc;
		}
		if ((s = db_prepare(w, j->lost ? SQL_PII_FEAT_LOST : SQL_PII_FEAT_FOUND)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, r->id);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		if (r->search && (rc = case_index_text(w, r->id, r->search)) != PA_OK)
			return rc;
		if (r->prep && (rc = pii_seals_store(w, r->prep, j->lost ? SIDE_LOST : SIDE_FOUND,
		    r->org, r->id)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* Reads case id on the reader and fills row r: the masked texts, the index text, the holders
 * of the numbers the case does not hold yet. *changed false when no valid number was in it
 * (18 digits that are no ID number). */
static pa_err pii_row_prepare(struct db_conn *rd, int64_t id, struct pii_row *r, bool *changed)
{
	struct arena *a = arena_new(LIM_ARENA_BYTES);
	struct case_rec c;
	struct lf_pii ids = { 0 }, have = { 0 };
	json_t *add = NULL;
	const char *src[PII_TEXTS];
	int today;
	bool lost;
	pa_err rc;

	*changed = false;
	if (a == NULL)
		return PA_ERR_NOMEM;
	if ((rc = case_load(rd, a, id, &c)) != PA_OK) {
		arena_free(a);
		return rc == PA_ERR_NOT_FOUND ? PA_OK : rc;
	}
	today = lf_today_ymd(c.created_at);
	lost = strcmp(c.type->code, "lost") == 0;
	/* every text of pii_texts this side has, as the row holds it */
	for (int k = 0; pii_texts[k].name && rc == PA_OK; k++) {
		const char *name = pii_texts[k].name;
		bool masked;
		src[k] = NULL;
		if (pii_texts[k].set_sql[lost ? 0 : 1] == NULL)
			continue;
		if (pii_texts[k].core)
			src[k] = strcmp(name, "title") == 0 ? c.title : strcmp(name, "body") == 0 ?
			    c.body : c.address;
		else
			src[k] = json_string_value(json_object_get(c.attrs, name));
		if (src[k] == NULL)
			continue;
		if ((r->text[k] = malloc(strlen(src[k]) + 1)) == NULL) {
			rc = PA_ERR_NOMEM;
			break;
		}
		masked = pii_scrub_field(name, src[k], r->text[k], strlen(src[k]) + 1, &ids, today);
		if (ids.failed)
			rc = PA_ERR_NOMEM;
		if (masked) {
			*changed = true;
		} else {
			free(r->text[k]);   /* as it was: not written */
			r->text[k] = NULL;
		}
	}
	if (rc == PA_OK && *changed) {
		/* the card numbers' seals, from the whole texts before they are masked */
		struct lf_item it = { .category = c.category, .title = c.title, .body = c.body,
			.address = c.address };
		it.serial = json_string_value(json_object_get(c.attrs, "serial"));
		it.marks = json_string_value(json_object_get(c.attrs, "marks"));
		it.color = json_string_value(json_object_get(c.attrs, "color"));
		it.brand = json_string_value(json_object_get(c.attrs, "brand"));
		it.model = json_string_value(json_object_get(c.attrs, "model"));
		if ((r->prep = malloc(sizeof *r->prep)) == NULL)
			rc = PA_ERR_NOMEM;
		else
			lf_pii_prepare(&it, r->prep, NULL);
		r->org = json_integer_value(json_object_get(c.attrs, "m_org"));
	}
	if (rc == PA_OK && *changed) {
		r->id = id;
		r->user = c.reporter_id;
		r->at = c.created_at;
		/* the case as it will read, for its search index */
		for (int k = 0; pii_texts[k].name; k++) {
			const char *name = pii_texts[k].name;
			if (r->text[k] == NULL)
				continue;
			if (!pii_texts[k].core)
				json_object_set_new(c.attrs, name, json_string(r->text[k]));
			else if (strcmp(name, "title") == 0)
				c.title = r->text[k];
			else if (strcmp(name, "body") == 0)
				c.body = r->text[k];
			else
				c.address = r->text[k];
		}
		rc = case_search_text(rd, &c, &r->search);
	}
	if (rc == PA_OK && *changed)
		rc = lf_pii_case_ids(rd, id, &have);
	for (int i = 0; rc == PA_OK && *changed && i < ids.n; i++) {
		bool known = false;
		for (int k = 0; k < have.n && !known; k++)
			known = strcmp(have.id[k], ids.id[i]) == 0;
		if (known)
			continue;
		if (add == NULL && (add = json_array()) == NULL)
			rc = PA_ERR_NOMEM;
		else
			json_array_append_new(add, json_pack("{s:s, s:s, s:s}", "role", "holder",
			    "id_type", "id_card", "id_number", ids.id[i]));
	}
	if (rc == PA_OK && add) {
		struct pa_error err = { 0 };
		rc = person_batch_prepare(rd, c.type, add, "persons", false, NULL, c.created_at,
		    &r->holders, &err);
		pa_error_clear(&err);
	}
	json_decref(add);
	sodium_memzero(&ids, sizeof ids);
	sodium_memzero(&have, sizeof have);
	case_rec_clear(&c);
	arena_free(a);
	return rc;
}

static pa_err pii_side(struct db *db, struct db_conn *rd, bool lost, struct pii_job *j,
    int64_t *done)
{
	int64_t after = 0, ids[LF_PII_BATCH];
	pa_err rc = PA_OK;

	j->lost = lost;
	for (;;) {
		struct db_stmt *s = db_prepare(rd, lost ? SQL_PII_NEXT_LOST : SQL_PII_NEXT_FOUND);
		int n = 0, r;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, after);
		db_bind_int(s, 2, LF_PII_BATCH);
		while ((r = db_step(s)) == DB_ROW && n < LF_PII_BATCH)
			ids[n++] = after = db_col_int(s, 0);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		for (int i = 0; i < n && rc == PA_OK; i++) {
			bool changed;
			rc = pii_row_prepare(rd, ids[i], &j->r[j->n], &changed);
			if (rc == PA_OK && changed)
				j->n++;
			else {
				struct pii_row *x = &j->r[j->n];
				for (int k = 0; k < PII_TEXTS; k++)
					free(x->text[k]);
				free(x->search);
				free(x->prep);
				person_batch_free(x->holders);
				memset(x, 0, sizeof *x);
			}
		}
		if (rc == PA_OK && j->n)
			rc = db_write(db, pii_run, j);
		if (rc == PA_OK)
			*done += j->n;
		pii_job_clear(j);
		if (rc != PA_OK || n < LF_PII_BATCH)
			return rc;
	}
}

static pa_err pii_mark_run(struct db_conn *w, void *ctx)
{
	struct db_stmt *s = db_prepare(w, "INSERT INTO lf_settings (name, value) VALUES "
	    "('pii_moved', ?1) ON CONFLICT (name) DO UPDATE SET value = ?1");

	(void)ctx;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, LF_PII_PASS);
	return db_run(s);
}

pa_err lostfound_pii_upgrade(struct db *db, FILE *progress, int64_t *count)
{
	struct db_conn *rd = db_reader(db);
	struct pii_job *j;
	int64_t done = 0;
	pa_err rc;

	if (count)
		*count = 0;
	if (rd == NULL)
		return PA_ERR_DB;
	if (setting(rd, "pii_moved", 0) >= LF_PII_PASS)
		return PA_OK;           /* done once: every later text was masked on its write */
	if ((j = calloc(1, sizeof *j)) == NULL)
		return PA_ERR_NOMEM;
	rc = pii_side(db, rd, true, j, &done);
	if (rc == PA_OK)
		rc = pii_side(db, rd, false, j, &done);
	free(j);
	if (rc == PA_OK)
		rc = db_write(db, pii_mark_run, NULL);
	if (rc == PA_OK && done > 0) {
		/* the numbers must not stay in old WAL frames either */
		db_checkpoint_truncate(db);
		if (progress)
			fprintf(progress, "  lost-and-found: %lld items' ID numbers moved into the "
			    "persons registry\n", (long long)done);
	}
	if (count)
		*count = done;
	return rc;
}

/* ------------------------------------------------------------------ the clock's notices */

#define LF_TICK_MAX 200                     /* items told of per moment and pass (the rest on
                                             * the next pass) */
#define LF_TICK_SLACK_MS (5LL * 1000)       /* a moment is told once it is this old: an item
                                             * committing meanwhile is still read */
#define LF_TICK_LATE_MS (10LL * 60 * 1000)  /* an item whose registration committed later
                                             * than that (a writer backlog) is still told if
                                             * its moment is at most this far behind the mark */
#define LF_TICK_LATE_MAX 50                 /* such late items read per moment and pass */

/* The moments of a found item's claim clock (认领期限) that somebody is told of, each with
 * its mark in lf_settings: the moment and the case id up to which everything was told (a
 * keyset: items of one millisecond are told across passes without a gap); the notice
 * published (the registering officer), LF_EXPIRING_DAYS before the end (the station's leaders
 * and officers), the end (the registering officer and the leaders: it may now be disposed
 * of). The one before the end is told only when it falls after the notice: with a claim
 * period of LF_EXPIRING_DAYS or less (claim_days may be 30) it would come at the very moment
 * of the publication, saying nothing the expiring list does not show from then on. The end
 * is not told while an owner waits for the item (a confirmed lost report: disposal is refused
 * then, 409 owner_waiting). Each notice names a made title in the reader's language. */
struct lf_moment {
	const char *mark, *mark_id, *sql, *late_sql, *kind, *zh, *en;
	int64_t before;                  /* the moment is this long before the column's time */
	unsigned unit_roles;             /* told at the station, or 0 */
	bool reporter;                   /* the registering officer is told */
	bool past_notice;                /* told only when the moment is after notice_at */
	bool published;                  /* told only while the item is on the public notice
	                                  * (no owner waits for it: LF_OWNER_WAITING_SQL); when
	                                  * an owner stops waiting after the moment (the pair
	                                  * undone, the report withdrawn) it is told then, once:
	                                  * relist_tell */
	bool at_end;                     /* the column is claim_end_at, else notice_at */
};
/* after the mark (?1, ?4) up to ?2, in (time, case id) order; ?5: only moments (the column's
 * time less ?6) after the notice; ?7: only items on the public notice */
#define MOMENT_SQL(col) \
    "SELECT d.case_id, d." col ", c.title, COALESCE(c.reporter_id, 0), c.org_id, c.attrs " \
    "FROM found_details d JOIN cases c ON c.id = d.case_id WHERE d.m_open = 1 " \
    "AND d." col " >= ?1 AND (d." col " > ?1 OR d.case_id > ?4) AND d." col " <= ?2 " \
    "AND (?5 = 0 OR d." col " - ?6 > d.notice_at) " \
    "AND (?7 = 0 OR NOT " LF_OWNER_WAITING_SQL("d.case_id") ") " \
    "ORDER BY d." col ", d.case_id LIMIT ?3"
/* the late ones: behind the mark (in (?1, ?2]) and never told of this moment (?4 the kind);
 * ?5 = 0: the moment tells only the registering officer, so an item without one is skipped
 * (nobody would be told, and it would be read again each pass); ?6 to ?8 as ?5 to ?7 above */
#define MOMENT_LATE_SQL(col) \
    "SELECT d.case_id, d." col ", c.title, COALESCE(c.reporter_id, 0), c.org_id, c.attrs " \
    "FROM found_details d JOIN cases c ON c.id = d.case_id WHERE d.m_open = 1 " \
    "AND (?5 OR c.reporter_id IS NOT NULL) AND (?6 = 0 OR d." col " - ?7 > d.notice_at) " \
    "AND (?8 = 0 OR NOT " LF_OWNER_WAITING_SQL("d.case_id") ") " \
    "AND d." col " > ?1 AND d." col " <= ?2 AND NOT EXISTS (SELECT 1 FROM notifications n " \
    "WHERE n.case_id = d.case_id AND n.kind = ?4) ORDER BY d." col ", d.case_id LIMIT ?3"
/* the window in the notice's words (30天内): LF_EXPIRING_DAYS is a plain number */
#define LF_STR_(x) #x
#define LF_STR(x) LF_STR_(x)
static const struct lf_moment moments[] = {
	{ "tick_noticed", "tick_noticed_id", MOMENT_SQL("notice_at"), MOMENT_LATE_SQL("notice_at"),
	  "lf_noticed", "招领公告已发布：%s", "The public notice is out: %s", 0, 0, true, false,
	  true, false },
	{ "tick_ending", "tick_ending_id", MOMENT_SQL("claim_end_at"),
	  MOMENT_LATE_SQL("claim_end_at"), "lf_claim_ending",
	  "拾遗物认领期限" LF_STR(LF_EXPIRING_DAYS) "天内届满：%s",
	  "The claim period ends within " LF_STR(LF_EXPIRING_DAYS) " days: %s",
	  LF_EXPIRING_DAYS * DAY_MS, ROLE_OFFICER | ROLE_LEADER, false, true, false, true },
	{ "tick_ended", "tick_ended_id", MOMENT_SQL("claim_end_at"),
	  MOMENT_LATE_SQL("claim_end_at"), "lf_claim_ended",
	  "拾遗物认领期已满，可依法处置：%s",
	  "The claim period has ended; the item may be disposed of: %s", 0, ROLE_LEADER, true,
	  false, true, true },
};
#define LF_MOMENTS ((int)(sizeof moments / sizeof moments[0]))
#define LF_TICK_ROWS (LF_MOMENTS * (LF_TICK_MAX + LF_TICK_LATE_MAX))

/* One writer job of the tick: whom to tell of which items, and the marks. SQL only. */
struct tick_job {
	int n;
	int moment[LF_TICK_ROWS];
	int64_t id[LF_TICK_ROWS], reporter[LF_TICK_ROWS], org[LF_TICK_ROWS];
	char title[LF_TICK_ROWS][LF_TITLE_BYTES];
	char title_en[LF_TICK_ROWS][LF_TITLE_BYTES];   /* a made title in English, or as typed */
	int64_t mark[LF_MOMENTS], mark_id[LF_MOMENTS], now;
};

static const char SQL_MARK_PUT[] =
    "INSERT INTO lf_settings (name, value) VALUES (?1, ?2) "
    "ON CONFLICT (name) DO UPDATE SET value = ?2";

/* In the writer: tells moment m of found item id (its registering officer reporter, 0 for
 * none; its station org; its title as stored and in English) to whom m names. */
static pa_err moment_tell(struct db_conn *w, const struct lf_moment *m, int64_t id,
    int64_t reporter, int64_t org, const char *title, const char *title_en, int64_t now)
{
	char zh[LIM_TITLE_CHARS * 3 + 128], en[LIM_TITLE_CHARS * 3 + 128];
	pa_err rc;

	snprintf(zh, sizeof zh, m->zh, title);
	snprintf(en, sizeof en, m->en, title_en);
	utf8_clip(zh);
	utf8_clip(en);
	if (m->reporter && reporter &&
	    (rc = notify_user(w, reporter, id, m->kind, zh, en, now)) != PA_OK)
		return rc;
	if (m->unit_roles && (rc = notify_unit(w, org, m->unit_roles, id, m->kind, zh, en,
	    now)) != PA_OK)
		return rc;
	return PA_OK;
}

static pa_err tick_run(struct db_conn *w, void *ctx)
{
	struct tick_job *j = ctx;
	struct db_stmt *s;
	pa_err rc;

	for (int i = 0; i < j->n; i++)
		if ((rc = moment_tell(w, &moments[j->moment[i]], j->id[i], j->reporter[i], j->org[i],
		    j->title[i], j->title_en[i], j->now)) != PA_OK)
			return rc;
	for (int k = 0; k < LF_MOMENTS * 2; k++) {
		if ((s = db_prepare(w, SQL_MARK_PUT)) == NULL)
			return PA_ERR_DB;
		db_bind_text(s, 1, k % 2 ? moments[k / 2].mark_id : moments[k / 2].mark);
		db_bind_int(s, 2, k % 2 ? j->mark_id[k / 2] : j->mark[k / 2]);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* Reads the rows of statement s (bound) into j as moment k; the time and case id of the last
 * one into *t, *id; returns the rows read or -1 on a database error. */
static int tick_read(struct db_stmt *s, struct tick_job *j, int k, int64_t *t, int64_t *id)
{
	int got = 0, r;

	while ((r = db_step(s)) == DB_ROW) {
		int i = j->n++;
		j->moment[i] = k;
		j->id[i] = db_col_int(s, 0);
		j->reporter[i] = db_col_int(s, 3);
		j->org[i] = db_col_int(s, 4);
		snprintf(j->title[i], sizeof j->title[i], "%s", db_col_text(s, 2));
		char made[LF_TITLE_BYTES];
		snprintf(j->title_en[i], sizeof j->title_en[i], "%s", lf_title_shown(j->title[i],
		    db_col_null(s, 5) ? NULL : db_col_text(s, 5), true, made, sizeof made));
		*t = db_col_int(s, 1);
		*id = j->id[i];
		got++;
	}
	db_reset(s);
	return r == DB_FAIL ? -1 : got;
}

int lostfound_tick(struct db *db, int64_t now)
{
	struct db_conn *c = db_reader(db);
	struct tick_job *j;
	int told;
	bool first = false;              /* a mark was missing: the first pass writes them */
	pa_err rc = PA_OK;

	if (c == NULL || (j = calloc(1, sizeof *j)) == NULL)
		return 0;
	j->now = now;
	for (int k = 0; k < LF_MOMENTS && rc == PA_OK; k++) {
		const struct lf_moment *m = &moments[k];
		/* the first pass starts now: what happened before the server knew is not news */
		int64_t from = setting(c, m->mark, -1), from_id = setting(c, m->mark_id, INT64_MAX);
		int64_t upto = now - LF_TICK_SLACK_MS, t = 0, id = 0;
		int got;
		struct db_stmt *s;
		if (from < 0 || from > upto) {
			j->mark[k] = from < 0 ? upto : from;
			j->mark_id[k] = from < 0 ? INT64_MAX : from_id;
			first |= from < 0;
			continue;
		}
		/* late: behind the mark, registered after it had passed and never told */
		if ((s = db_prepare(c, m->late_sql)) == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, from - LF_TICK_LATE_MS + m->before);
		db_bind_int(s, 2, from + m->before);
		db_bind_int(s, 3, LF_TICK_LATE_MAX);
		db_bind_text(s, 4, m->kind);
		db_bind_int(s, 5, m->unit_roles != 0);
		db_bind_int(s, 6, m->past_notice);
		db_bind_int(s, 7, m->before);
		db_bind_int(s, 8, m->published);
		if (tick_read(s, j, k, &t, &id) < 0) {
			rc = PA_ERR_DB;
			break;
		}
		if ((s = db_prepare(c, m->sql)) == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		/* the column's times whose moment (before them) is after the mark (from, from_id)
		 * and at most upto */
		db_bind_int(s, 1, from + m->before);
		db_bind_int(s, 2, upto + m->before);
		db_bind_int(s, 3, LF_TICK_MAX);
		db_bind_int(s, 4, from_id);
		db_bind_int(s, 5, m->past_notice);
		db_bind_int(s, 6, m->before);
		db_bind_int(s, 7, m->published);
		if ((got = tick_read(s, j, k, &t, &id)) < 0) {
			rc = PA_ERR_DB;
			break;
		}
		/* a full batch: the mark stops at the last one told (its time and id: the rest of
		 * that millisecond comes next); else everything up to upto was told */
		j->mark[k] = got == LF_TICK_MAX ? t - m->before : upto;
		j->mark_id[k] = got == LF_TICK_MAX ? id : INT64_MAX;
	}
	told = j->n;
	/* nothing to tell: no write (the marks stay; the next pass reads the wider range, as
	 * empty as this one up to now) */
	if (rc == PA_OK && (told || first))
		rc = db_write(db, tick_run, j);
	free(j);
	if (rc != PA_OK)
		log_msg(LOG_ERROR, "lost and found: the claim clock's notices failed (%d)", (int)rc);
	return rc == PA_OK ? told : 0;
}

/* The notice time and claim end of found item ?1 while it is open and nobody waits for it
 * (on the public notice once its notice time has come); whether a moment was told of it. */
static const char SQL_RELIST_ITEM[] =
    "SELECT d.notice_at, d.claim_end_at FROM found_details d JOIN cases c ON c.id = d.case_id "
    "WHERE d.case_id = ?1 AND d.m_open = 1 AND c.closed_at IS NULL AND NOT "
    LF_OWNER_WAITING_SQL("d.case_id");
static const char SQL_TOLD_KIND[] =
    "SELECT 1 FROM notifications WHERE case_id = ?1 AND kind = ?2 LIMIT 1";

/* In the writer, after found item id was released by its owner (a confirmed pair undone, the
 * lost report withdrawn): the moments told only of items on the public notice (published:
 * the notice out, the end of the claim period) that the tick passed while the owner waited
 * were never told and never will be — the tick reads each moment once, at its time. They are
 * told now, to whom the tick would have told them: each only when its time is behind the
 * tick's mark for it (else the tick, whose next pass sees the item on the notice, tells it),
 * and only when nobody was told of it for the item yet (once: it may have been told before
 * the owner was confirmed). A tick that has never run has told nothing up to now. Both checks
 * run here, in the one writer, so that a pass of the tick between this action's read and its
 * write neither tells it twice nor leaves it untold (its late pass, MOMENT_LATE_SQL, reads
 * what is behind its mark and never told). */
static pa_err relist_tell(struct db_conn *w, int64_t id, int64_t reporter, int64_t org,
    const char *title, const char *title_en, int64_t now)
{
	struct db_stmt *s = db_prepare(w, SQL_RELIST_ITEM);
	int64_t at[2] = { 0, 0 };
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	if ((r = db_step(s)) == DB_ROW)
		for (int k = 0; k < 2; k++)
			at[k] = db_col_null(s, k) ? 0 : db_col_int(s, k);
	db_reset(s);
	if (r != DB_ROW)
		return r == DB_FAIL ? PA_ERR_DB : PA_OK;   /* closed, or an owner still waits */
	for (int k = 0; k < LF_MOMENTS; k++) {
		const struct lf_moment *m = &moments[k];
		int64_t t = at[m->at_end] - m->before;
		int64_t from = setting(w, m->mark, -1), from_id = setting(w, m->mark_id, INT64_MAX);
		pa_err rc;
		if (!m->published || at[m->at_end] == 0)
			continue;
		if (from < 0 ? t > now : (t > from || (t == from && id > from_id)))
			continue;                            /* the tick tells it when it gets there */
		if ((s = db_prepare(w, SQL_TOLD_KIND)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, id);
		db_bind_text(s, 2, m->kind);
		r = db_step(s);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		if (r == DB_DONE &&            /* nobody told of it yet */
		    (rc = moment_tell(w, m, id, reporter, org, title, title_en, now)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* ------------------------------------------------------------------ create */

static const struct val_field lost_create_fields[] = {
	{ "color", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "brand", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "model", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "serial", VT_STRING, VF_NULLABLE, 0, LIM_LF_SERIAL_CHARS, NULL, NULL },
	{ "marks", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	{ "lost_from", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "lost_to", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field found_create_fields[] = {
	{ "color", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "brand", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "model", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "serial", VT_STRING, VF_NULLABLE, 0, LIM_LF_SERIAL_CHARS, NULL, NULL },
	{ "marks", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	{ "found_at", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "storage_place", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	VAL_END
};

static int64_t req_time(const json_t *req, const char *name)
{
	int64_t t = 0;
	const char *s = val_str(req, name);

	if (s)
		time_parse(s, &t);
	return t;
}

static void attr_text(json_t *attrs, const json_t *req, const char *name)
{
	const char *s = val_str(req, name);

	if (s && !val_blank(s))
		json_object_set_new(attrs, name, json_string(s));
}

/* A title from a category, a colour and a brand (either may be missing) in one language's
 * punctuation: 手机（黑色，华为）, Phone (black, 华为). */
static void title_from(const char *cat, const char *color, const char *brand, bool en, char *out,
    size_t n)
{
	bool hc = color && !val_blank(color), hb = brand && !val_blank(brand);

	if (hc && hb)
		snprintf(out, n, en ? "%s (%s, %s)" : "%s（%s，%s）", cat, color, brand);
	else if (hc || hb)
		snprintf(out, n, en ? "%s (%s)" : "%s（%s）", cat, hc ? color : brand);
	else
		snprintf(out, n, "%s", cat);
	utf8_clip(out);
}

/* A title when none was given: 手机（黑色，华为）. */
static const char *make_title(const char *cat, const json_t *req, char *out, size_t n)
{
	title_from(cat, val_str(req, "color"), val_str(req, "brand"), false, out, n);
	return out;
}

/* The desk's colour words in English (银色 silver, 深蓝 dark blue), by their stem: the colour
 * without 色. A title says the colour an officer wrote, more precisely than the families of
 * the public notice (lf_color_words), which are the fallback. */
static const struct { const char *zh, *en; } color_names[] = {
	{ "黑", "black" }, { "白", "white" }, { "银", "silver" }, { "银白", "silver-white" },
	{ "银灰", "silver-grey" }, { "灰", "grey" }, { "红", "red" }, { "大红", "red" },
	{ "酒红", "wine red" }, { "粉", "pink" }, { "粉红", "pink" }, { "蓝", "blue" },
	{ "天蓝", "sky blue" }, { "藏青", "navy" }, { "绿", "green" }, { "墨绿", "dark green" },
	{ "军绿", "olive green" }, { "黄", "yellow" }, { "橙", "orange" }, { "橘", "orange" },
	{ "紫", "purple" }, { "棕", "brown" }, { "褐", "brown" }, { "咖啡", "coffee brown" },
	{ "金", "gold" }, { "香槟", "champagne" }, { "玫瑰金", "rose gold" }, { "透明", "clear" },
	{ "米", "beige" }, { "米白", "off-white" }, { "卡其", "khaki" }, { "彩", "multicoloured" },
};
/* Words before a stem (深蓝色 dark blue, 哑光黑 matte black). */
static const struct { const char *zh, *en; } color_shades[] = {
	{ "深", "dark" }, { "浅", "light" }, { "淡", "pale" }, { "亮", "bright" },
	{ "哑光", "matte" }, { "磨砂", "frosted" },
};

/* The English name of colour stem (len bytes of s), or NULL. */
static const char *color_stem_en(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof color_names / sizeof color_names[0]; i++)
		if (strlen(color_names[i].zh) == len && memcmp(color_names[i].zh, s, len) == 0)
			return color_names[i].en;
	return NULL;
}

/* A colour as an English title says it: as written when it is in Latin letters already, a
 * word of color_names (with a shade before it), else the families it names (哑光黑带红边:
 * black/red), else as written (no family known: a proper name of a colour). */
void lf_color_en(const char *color, char *out, size_t n)
{
	size_t len = strlen(color);
	const char *stem;
	bool latin = true;

	for (const char *p = color; *p && latin; p++)
		latin = (unsigned char)*p < 0x80;
	if (latin) {
		snprintf(out, n, "%s", color);
		return;
	}
	if (len > 3 && strcmp(color + len - 3, "色") == 0)
		len -= 3;
	if ((stem = color_stem_en(color, len)) != NULL) {
		snprintf(out, n, "%s", stem);
		return;
	}
	for (size_t i = 0; i < sizeof color_shades / sizeof color_shades[0]; i++) {
		size_t k = strlen(color_shades[i].zh);
		if (len > k && strncmp(color, color_shades[i].zh, k) == 0 &&
		    (stem = color_stem_en(color + k, len - k)) != NULL) {
			snprintf(out, n, "%s %s", color_shades[i].en, stem);
			return;
		}
	}
	lf_color_words(color, true, out, n);
	if (out[0] == '\0')
		snprintf(out, n, "%s", color);
}

/* The Latin names of makers a desk types in Chinese (品牌), as an English title gives them: by
 * the matcher's name of the maker (lf_brand_name: its brand table knows the spellings), en the
 * maker's own Latin name and zh the Chinese name a desk types when it is not the matcher's
 * name (a maker the matcher names in Latin letters: 欧珀 OPPO; NULL: the name itself). A maker
 * not here keeps its name as typed. */
static const struct { const char *name, *en, *zh; } brand_latin[] = {
	/* phones, computers, cameras, watches and earphones */
	{ "华为", "Huawei", NULL }, { "苹果", "Apple", NULL }, { "小米", "Xiaomi", NULL },
	{ "荣耀", "Honor", NULL }, { "OPPO", "OPPO", "欧珀" }, { "vivo", "vivo", "维沃" },
	{ "三星", "Samsung", NULL }, { "一加", "OnePlus", NULL }, { "真我", "realme", NULL },
	{ "魅族", "Meizu", NULL }, { "努比亚", "nubia", NULL }, { "中兴", "ZTE", NULL },
	{ "联想", "Lenovo", NULL }, { "戴尔", "Dell", NULL }, { "索尼", "Sony", NULL },
	{ "佳能", "Canon", NULL }, { "尼康", "Nikon", NULL }, { "大疆", "DJI", NULL },
	{ "华硕", "ASUS", NULL }, { "惠普", "HP", NULL }, { "罗技", "Logitech", NULL },
	{ "漫步者", "Edifier", NULL }, { "诺基亚", "Nokia", NULL },
	{ "摩托罗拉", "Motorola", NULL }, { "谷歌", "Google", NULL },
	{ "宏碁", "Acer", NULL }, { "微软", "Microsoft", NULL }, { "任天堂", "Nintendo", NULL },
	{ "卡西欧", "Casio", NULL }, { "天梭", "Tissot", NULL }, { "浪琴", "Longines", NULL },
	{ "劳力士", "Rolex", NULL }, { "欧米茄", "Omega", NULL },
	{ "小天才", "imoo", NULL }, { "安克", "Anker", NULL }, { "罗马仕", "Romoss", NULL },
	/* electric bikes and bicycles */
	{ "雅迪", "Yadea", NULL }, { "爱玛", "Aima", NULL }, { "台铃", "Tailg", NULL },
	{ "新日", "Sunra", NULL }, { "绿源", "Luyuan", NULL }, { "小牛", "NIU", NULL },
	{ "九号", "Ninebot", NULL }, { "捷安特", "Giant", NULL },
	{ "美利达", "Merida", NULL }, { "永久", "Forever", NULL }, { "凤凰", "Phoenix", NULL },
	{ "喜德盛", "XDS", NULL }, { "崔克", "Trek", NULL },
	/* bags, clothes, shoes, jewellery */
	{ "路易威登", "Louis Vuitton", NULL }, { "古驰", "Gucci", NULL },
	{ "蔻驰", "Coach", NULL }, { "普拉达", "Prada", NULL }, { "香奈儿", "Chanel", NULL },
	{ "耐克", "Nike", NULL }, { "阿迪达斯", "Adidas", NULL }, { "李宁", "Li-Ning", NULL },
	{ "安踏", "Anta", NULL }, { "新秀丽", "Samsonite", NULL },
	{ "周大福", "Chow Tai Fook", NULL }, { "周生生", "Chow Sang Sang", NULL },
	{ "施华洛世奇", "Swarovski", NULL }, { "潘多拉", "Pandora", NULL },
};

/* The code point of the three-byte UTF-8 character at p (a CJK character), or 0. */
static unsigned cjk_at(const unsigned char *p)
{
	if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
		return 0;
	return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
}

/* Whether s is the Chinese name zh typed on a pinyin keyboard: as many Chinese characters, each
 * the same or one of the same sound (toneless pinyin: 华伟 / 华为, 杰安特 / 捷安特, 華為 / 华为),
 * nothing else (华为手机 and 苹果13 say more than the maker). */
static bool typed_as(const char *s, const char *zh)
{
	const unsigned char *a = (const unsigned char *)s, *b = (const unsigned char *)zh;

	while (*b) {
		unsigned ca = cjk_at(a), cb = cjk_at(b);
		if (ca == 0 || cb == 0)
			return false;
		if (ca != cb) {
			const char *pa = pa_pinyin(ca), *pb = pa_pinyin(cb);
			if (pa == NULL || pb == NULL || strcmp(pa, pb) != 0)
				return false;
		}
		a += 3;
		b += 3;
	}
	return *a == '\0';
}

/* The brand as an English title names it: the maker's Latin name (brand_latin) when the brand
 * as typed is only that maker's Chinese name, or that name with a character of the same sound
 * (华伟 Huawei, 维沃 vivo, 杰安特 Giant), and the matcher reads it as that maker
 * (lf_brand_find); else as typed — a maker we do not know, a name in Latin letters, a name with
 * more (华为手机), a sub-brand (红米). */
static const char *brand_en(const char *brand)
{
	char t[LIM_NAME_CHARS * 3 + 1];
	size_t n;
	int idx;

	if (brand == NULL)
		return NULL;
	snprintf(t, sizeof t, "%s", brand + strspn(brand, " "));
	for (n = strlen(t); n > 0 && t[n - 1] == ' '; n--)
		t[n - 1] = '\0';
	if ((idx = lf_brand_find(t)) < 0)
		return brand;
	for (size_t i = 0; i < sizeof brand_latin / sizeof brand_latin[0]; i++)
		if (strcmp(brand_latin[i].name, lf_brand_name(idx)) == 0)
			return typed_as(t, brand_latin[i].zh ? brand_latin[i].zh : brand_latin[i].name) ?
			    brand_latin[i].en : brand;
	return brand;
}

/* The English of a made title (make_title's 手机（黑色，华为）): Phone (black, Huawei). The
 * category in its English name (cat_en), the colour in English words (lf_color_en), the brand
 * by its maker's Latin name when it is a known maker's Chinese name (brand_en), else as written
 * (a maker's name, like a station's, has no translation of ours). */
static void make_title_en(const char *cat_en, const char *color, const char *brand, char *out,
    size_t n)
{
	char c[LIM_NAME_CHARS * 3 + 32] = "";

	if (color && !val_blank(color))
		lf_color_en(color, c, sizeof c);
	title_from(cat_en, c, brand_en(brand), true, out, n);
}

/* The English made title of a registration whose title (title, attrs as read) is still the
 * one the server made, else NULL (lostfound.h, "made titles"). */
static const char *title_made_en(const char *title, const json_t *attrs)
{
	const json_t *m = json_object_get(attrs, "title_made");
	const char *zh = json_string_value(json_object_get(m, "zh"));
	const char *en = json_string_value(json_object_get(m, "en"));

	return title && zh && en && strcmp(title, zh) == 0 ? en : NULL;
}

/* case_type.title_lang of both sides: the English made title for a reader of English. */
static const char *lf_title_lang(const struct case_rec *c, bool en)
{
	return en ? title_made_en(c->title, c->attrs) : NULL;
}

/* The title of c in an English text (a notice's English): made, or as typed. */
static const char *title_en_of(const struct case_rec *c)
{
	const char *t = title_made_en(c->title, c->attrs);

	return t ? t : c->title;
}

const char *lf_title_shown(const char *title, const char *attrs, bool en, char *out, size_t n)
{
	json_t *a;
	const char *t;

	/* most rows have no made title: no JSON read for them, nor for a reader of Chinese */
	if (!en || title == NULL || attrs == NULL || strstr(attrs, "\"title_made\"") == NULL)
		return title;
	if ((a = json_loads(attrs, 0, NULL)) == NULL)
		return title;
	if ((t = title_made_en(title, a)) != NULL) {
		snprintf(out, n, "%s", t);
		utf8_clip(out);
	}
	json_decref(a);
	return t ? out : title;
}

/* ------------------------------------------------------------------ made titles of old rows */

/* Registrations made before title_made was kept (lostfound.h, "made titles") read in Chinese
 * in English too. The pass gives each lost report and found item whose title is exactly what
 * the maker makes of its category, colour and brand the attrs it would have got at its
 * registration, once per database (lf_settings.titles_made); a title that differs — typed,
 * edited, made under another category name — stays as it is, so a typed title is never
 * translated. No migration: the English needs the colour words and brand names of this file
 * and the catalogue's English names, which SQL has not. */
#define LF_TITLES_PASS 1                   /* the pass's version in lf_settings.titles_made */
static const char SQL_TITLES_NEXT[] =
    "SELECT c.id, c.title, c.category, c.attrs, COALESCE(l.color, d.color), "
    "COALESCE(l.brand, d.brand) FROM cases c LEFT JOIN lost_details l ON l.case_id = c.id "
    "LEFT JOIN found_details d ON d.case_id = c.id WHERE c.type IN ('lost', 'found') "
    "AND c.id > ?1 ORDER BY c.id LIMIT ?2";
/* guarded by the title read: a title changed since is left alone */
static const char SQL_TITLES_PUT[] = "UPDATE cases SET attrs = ?2 WHERE id = ?1 AND title = ?3";
static const char SQL_TITLES_MARK[] =
    "INSERT INTO lf_settings (name, value) VALUES ('titles_made', ?1) "
    "ON CONFLICT (name) DO UPDATE SET value = ?1";

/* One writer job of the pass: the rows to give their made titles (SQL values only). */
struct titles_job {
	int n;
	int64_t id[LF_TITLES_BATCH];
	char title[LF_TITLES_BATCH][LF_TITLE_BYTES];
	char *attrs[LF_TITLES_BATCH];     /* the attrs with title_made (malloc'd) */
};

static pa_err titles_run(struct db_conn *w, void *ctx)
{
	const struct titles_job *j = ctx;

	for (int i = 0; i < j->n; i++) {
		struct db_stmt *s = db_prepare(w, SQL_TITLES_PUT);
		pa_err rc;
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->id[i]);
		db_bind_text(s, 2, j->attrs[i]);
		db_bind_text(s, 3, j->title[i]);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

static pa_err titles_mark_run(struct db_conn *w, void *ctx)
{
	struct db_stmt *s = db_prepare(w, SQL_TITLES_MARK);

	(void)ctx;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, LF_TITLES_PASS);
	return db_run(s);
}

/* Into j, the row of statement s when its title is still the one the maker makes: its attrs
 * with title_made, as the registration would have kept them. */
static pa_err titles_row(struct db_conn *rd, struct db_stmt *s, struct titles_job *j)
{
	const char *title = db_col_text(s, 1), *code = db_col_null(s, 2) ? NULL : db_col_text(s, 2);
	const char *color = db_col_null(s, 4) ? NULL : db_col_text(s, 4);
	const char *brand = db_col_null(s, 5) ? NULL : db_col_text(s, 5);
	char cat[128], cat_en[128], zh[LF_TITLE_BYTES], en[LF_TITLE_BYTES];
	json_t *attrs;
	int i = j->n;

	/* made already (or later), or no category the catalogue still names */
	if (title == NULL || (!db_col_null(s, 3) && strstr(db_col_text(s, 3), "\"title_made\"")) ||
	    !lf_category(rd, code, cat, sizeof cat))
		return PA_OK;
	title_from(cat, color, brand, false, zh, sizeof zh);
	if (strcmp(zh, title) != 0)
		return PA_OK;                /* typed, edited, or made from another category name */
	if (!category_name(rd, code, true, cat_en, sizeof cat_en))
		snprintf(cat_en, sizeof cat_en, "%s", cat);
	make_title_en(cat_en, color, brand, en, sizeof en);
	attrs = db_col_null(s, 3) ? json_object() : json_loads(db_col_text(s, 3), 0, NULL);
	if (!json_is_object(attrs)) {
		json_decref(attrs);
		return PA_OK;                /* unreadable attrs: left as they are */
	}
	if (json_object_set_new(attrs, "title_made", json_pack("{s:s, s:s}", "zh", zh, "en",
	    en)) != 0 || (j->attrs[i] = json_dumps(attrs, JSON_COMPACT)) == NULL) {
		json_decref(attrs);
		return PA_ERR_NOMEM;
	}
	json_decref(attrs);
	j->id[i] = db_col_int(s, 0);
	snprintf(j->title[i], sizeof j->title[i], "%s", title);
	j->n++;
	return PA_OK;
}

pa_err lostfound_titles_made(struct db *db, FILE *progress, int64_t *count)
{
	struct db_conn *rd = db_reader(db);
	struct titles_job *j = NULL;
	int64_t after = 0, done = 0;
	pa_err rc = PA_OK;

	if (count)
		*count = 0;
	if (rd == NULL)
		return PA_ERR_DB;
	if (setting(rd, "titles_made", 0) >= LF_TITLES_PASS)
		return PA_OK;                /* done once: every later made title keeps both */
	if ((j = calloc(1, sizeof *j)) == NULL)
		return PA_ERR_NOMEM;
	for (;;) {
		struct db_stmt *s = db_prepare(rd, SQL_TITLES_NEXT);
		int rows = 0, r = DB_DONE;
		if (s == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, after);
		db_bind_int(s, 2, LF_TITLES_BATCH);
		while (rc == PA_OK && (r = db_step(s)) == DB_ROW) {
			after = db_col_int(s, 0);
			rows++;
			rc = titles_row(rd, s, j);
		}
		db_reset(s);
		if (rc == PA_OK && r == DB_FAIL)
			rc = PA_ERR_DB;
		if (rc == PA_OK && j->n)
			rc = db_write(db, titles_run, j);
		if (rc == PA_OK)
			done += j->n;
		for (int i = 0; i < j->n; i++)
			free(j->attrs[i]);
		j->n = 0;
		if (rc != PA_OK || rows < LF_TITLES_BATCH)
			break;
	}
	free(j);
	if (rc == PA_OK)
		rc = db_write(db, titles_mark_run, NULL);
	if (rc == PA_OK && done > 0 && progress)
		fprintf(progress, "  lost-and-found: %lld made titles given their English\n",
		    (long long)done);
	if (count)
		*count = done;
	return rc;
}

static const char SQL_NOTE_OTHER[] = "SELECT code, title, attrs FROM cases WHERE id = ?1";

/* The desks' notices of a likely match of item title (title_en: in English, made or as
 * typed; category code, colour): our desk's names our item; the neighbouring station's names
 * what ours is (category, colour) and our station, never our title, beside its own item's code
 * and title. */
static pa_err plan_notes(struct db_conn *c, struct lf_plan *p, const char *title,
    const char *title_en, const char *category, const char *color)
{
	bool lost = p->side == SIDE_LOST;
	char cat_zh[128] = "", cat_en[128] = "", code[64] = "";
	char other[LF_TITLE_BYTES] = "", other_en[LF_TITLE_BYTES] = "";
	struct org station = { 0 };
	struct db_stmt *s;
	int r;

	if (p->likely_id == 0)
		return PA_OK;
	snprintf(p->note_zh, sizeof p->note_zh, "失物招领：「%s」可能与已有登记匹配，请核对", title);
	snprintf(p->note_en, sizeof p->note_en,
	    "Lost and found: \"%s\" probably matches an earlier registration", title_en);
	utf8_clip(p->note_zh);
	utf8_clip(p->note_en);
	if (p->likely_org == 0 || p->likely_org == p->org_id)
		return PA_OK;
	category_name(c, category, false, cat_zh, sizeof cat_zh);
	category_name(c, category, true, cat_en, sizeof cat_en);
	if (org_get(c, p->org_id, &station) != PA_OK)
		snprintf(station.name, sizeof station.name, "%s", "");
	if ((s = db_prepare(c, SQL_NOTE_OTHER)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, p->likely_id);
	if ((r = db_step(s)) == DB_ROW) {
		char made[LF_TITLE_BYTES];
		snprintf(code, sizeof code, "%s", db_col_text(s, 0));
		snprintf(other, sizeof other, "%s", db_col_text(s, 1));
		snprintf(other_en, sizeof other_en, "%s", lf_title_shown(db_col_text(s, 1),
		    db_col_text(s, 2), true, made, sizeof made));
	}
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (color && !val_blank(color)) {
		char color_e[LIM_NAME_CHARS * 3 + 32];
		lf_color_en(color, color_e, sizeof color_e);
		snprintf(p->near_zh, sizeof p->near_zh, "失物招领：相邻的%s登记的%s（%s，%s）可能与本所"
		    "%s %s「%s」匹配，请在其匹配候选中核对", station.name, lost ? "失物" : "拾遗物",
		    cat_zh, color, lost ? "拾遗物" : "失物登记", code, other);
		snprintf(p->near_en, sizeof p->near_en, "Lost and found: a %s %s (%s) registered by "
		    "the neighbouring %s probably matches your %s \"%s\"; see its match candidates",
		    lost ? "lost" : "found", cat_en, color_e, station.name, code, other_en);
	} else {
		snprintf(p->near_zh, sizeof p->near_zh, "失物招领：相邻的%s登记的%s（%s）可能与本所"
		    "%s %s「%s」匹配，请在其匹配候选中核对", station.name, lost ? "失物" : "拾遗物",
		    cat_zh, lost ? "拾遗物" : "失物登记", code, other);
		snprintf(p->near_en, sizeof p->near_en, "Lost and found: a %s %s registered by the "
		    "neighbouring %s probably matches your %s \"%s\"; see its match candidates",
		    lost ? "lost" : "found", cat_en, station.name, code, other_en);
	}
	utf8_clip(p->near_zh);
	utf8_clip(p->near_en);
	return PA_OK;
}

/* Today in China time as YYYYMMDD (an ID's birth date may not be later). */
static int lf_today_ymd(int64_t now)
{
	time_t t = (time_t)(now / 1000 + PA_TZ_OFFSET_S);
	struct tm tm;

	gmtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

/* Whether the persons to link hold an entry of role with ID number id already: given with
 * that id_number, or an existing person ({"person_id"}) the registry knows with it. */
static bool pii_linked(struct db_conn *c, const json_t *persons, const char *role, const char *id)
{
	size_t i;
	json_t *o;

	json_array_foreach(persons, i, o) {
		const char *r = json_string_value(json_object_get(o, "role"));
		const char *v = json_string_value(json_object_get(o, "id_number"));
		json_int_t pid = json_integer_value(json_object_get(o, "person_id"));
		char norm[PERSON_ID_MAX];
		const char *type;
		if (r == NULL || strcmp(r, role) != 0)
			continue;
		if (v && person_id_norm("id_card", v, 99991231, norm, &type) == PID_OK &&
		    strcmp(norm, id) == 0)
			return true;
		if (pid > 0) {
			int64_t ids[LIM_PERSON_MATCHES];
			int n = 0;
			struct pa_error err = { 0 };
			bool same = false;
			if (person_find_by_id_number(c, id, ids, LIM_PERSON_MATCHES, &n, &err) == PA_OK)
				for (int k = 0; k < n && !same; k++)
					same = ids[k] == pid;
			pa_error_clear(&err);
			if (same)
				return true;
		}
	}
	return false;
}

/* A create's texts: full ID numbers leave the title, description, serial and marks (the
 * masks stay) and become holders (证件持有人) linked to the case; a lost report's owner given
 * with that number is the holder already. The matcher saw the whole texts before. */
static pa_err pii_create(struct create_ctx *x, bool lost, struct lf_plan *p)
{
	struct case_new *n = x->n;
	struct lf_pii ids = { 0 };
	int today = lf_today_ymd(x->now);
	pa_err rc = PA_ERR_NOMEM;   /* a text that cannot be scrubbed is not stored at all */

	if (n->title && (p->pii_text[0] = malloc(strlen(n->title) + 1)) == NULL)
		goto out;
	if (n->title && lf_pii_scrub(n->title, p->pii_text[0], strlen(n->title) + 1, &ids, today))
		n->title = p->pii_text[0];
	if (n->body && (p->pii_text[1] = malloc(strlen(n->body) + 1)) == NULL)
		goto out;
	if (n->body && lf_pii_scrub(n->body, p->pii_text[1], strlen(n->body) + 1, &ids, today))
		n->body = p->pii_text[1];
	if (n->address && (p->pii_addr = malloc(strlen(n->address) + 1)) == NULL)
		goto out;
	if (n->address && lf_pii_scrub(n->address, p->pii_addr, strlen(n->address) + 1, &ids,
	    today))
		n->address = p->pii_addr;
	for (int i = 0; pii_texts[i].name; i++) {
		const char *v = pii_texts[i].core ? NULL :
		    json_string_value(json_object_get(x->attrs, pii_texts[i].name));
		char *m;
		if (v == NULL)
			continue;        /* title, description and address: above */
		if ((m = malloc(strlen(v) + 1)) == NULL)
			goto out;
		if (pii_scrub_field(pii_texts[i].name, v, m, strlen(v) + 1, &ids, today) &&
		    json_object_set_new(x->attrs, pii_texts[i].name, json_string(m)) != 0) {
			free(m);
			goto out;
		}
		free(m);
	}
	if (ids.failed)
		goto out;
	for (int i = 0; i < ids.n; i++)
		if (!(lost && pii_linked(x->conn, x->persons, "owner", ids.id[i])) &&
		    !pii_linked(x->conn, x->persons, "holder", ids.id[i]))
			json_array_append_new(x->persons, json_pack("{s:s, s:s, s:s}", "role", "holder",
			    "id_type", "id_card", "id_number", ids.id[i]));
	rc = PA_OK;
out:
	sodium_memzero(&ids, sizeof ids);
	return rc;
}

static pa_err on_create_common(struct create_ctx *x, bool lost)
{
	struct case_new *n = x->n;
	const json_t *req = n->request;
	char catname[128];
	static _Thread_local char title[LIM_TITLE_CHARS * 3 + 1];
	char title_en[LF_TITLE_BYTES] = "";
	struct lf_item me = { 0 };
	struct lf_plan *p;
	bool made;
	pa_err rc;

	if (n->category == NULL) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "category", "%s is required",
		    "category");
		return PA_ERR_INVALID;
	}
	/* a category named as people name it (手机, Phone) is the catalogue's code */
	if (!lf_category(x->conn, n->category, catname, sizeof catname)) {
		static _Thread_local char code[LIM_NAME_CHARS * 3 + 1];
		if (!lf_category_named(x->conn, n->category, code, sizeof code) ||
		    !lf_category(x->conn, code, catname, sizeof catname)) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "category",
			    "category must be a code of the lost-and-found catalogue");
			return PA_ERR_INVALID;
		}
		n->category = code;
	}
	/* a place given by lat/lon is where it was lost or found, not the unit that registers
	 * it: without org_id the item belongs to the caller's own station */
	for (int i = 0; i < x->user->ngrants && n->org_id == 0; i++)
		if (x->user->grants[i].role & STAFF_LF)
			n->org_id = x->user->grants[i].org_id;
	/* a made title names the object by the kind its description says when the matcher knows
	 * one (雨伞（黑色）, not 其他（黑色）), else by the category */
	int kind = lf_kind_named(n->body, n->category);
	made = n->title == NULL;
	if (made)
		n->title = make_title(kind >= 0 ? lf_kind_name(kind) : catname, req, title,
		    sizeof title);
	attr_text(x->attrs, req, "color");
	attr_text(x->attrs, req, "brand");
	attr_text(x->attrs, req, "model");
	attr_text(x->attrs, req, "serial");
	attr_text(x->attrs, req, "marks");
	json_object_set_new(x->attrs, "m_org", json_integer(n->org_id));
	json_object_set_new(x->attrs, "m_cat", json_string(n->category));
	json_object_set_new(x->attrs, "m_open", json_integer(1));
	if (lost) {
		/* a time not said is not made up as a moment: the loss came before the report
		 * (lost_to: now) and, when its beginning is not known, within LF_UNSAID_DAYS
		 * before that (a window that began at the report made every item found earlier
		 * "found before the loss") */
		int64_t from = req_time(req, "lost_from"), to = req_time(req, "lost_to");
		if (to == 0)
			to = from > x->now ? from : x->now;
		if (from == 0)
			from = to - LF_UNSAID_DAYS * DAY_MS;
		if ((rc = times_check(true, from, to, x->now, "lost_from",
		    json_object_get(req, "lost_to") != NULL, x->err)) != PA_OK)
			return rc;
		json_object_set_new(x->attrs, "lost_from", json_integer(from));
		json_object_set_new(x->attrs, "lost_to", json_integer(to));
		me.t_from = from;
		me.t_to = to;
	} else {
		int64_t at = req_time(req, "found_at"), notice;
		if (at == 0)
			at = x->now;
		if ((rc = times_check(false, at, at, x->now, NULL, false, x->err)) != PA_OK)
			return rc;
		notice = x->now + setting(x->conn, "notice_days", 3) * DAY_MS;
		json_object_set_new(x->attrs, "found_at", json_integer(at));
		attr_text(x->attrs, req, "storage_place");
		json_object_set_new(x->attrs, "handed_in",
		    json_boolean(val_str(req, "storage_place") != NULL));
		json_object_set_new(x->attrs, "moves", json_integer(0));
		json_object_set_new(x->attrs, "notice_at", json_integer(notice));
		json_object_set_new(x->attrs, "claim_end_at", json_integer(notice +
		    setting(x->conn, "claim_days", 365) * DAY_MS));
		me.t_from = me.t_to = at;
	}
	/* registered and kept at a police station (派出所): its desk matches and returns it */
	if ((rc = desk_station_check(x)) != PA_OK)
		return rc;
	me.category = n->category;
	me.title = n->title;
	me.body = n->body;
	me.address = n->address;
	me.has_loc = n->has_location;
	me.lat = n->lat;
	me.lon = n->lon;
	me.color = val_str(req, "color");
	me.brand = val_str(req, "brand");
	me.model = val_str(req, "model");
	me.serial = val_str(req, "serial");
	me.marks = val_str(req, "marks");
	if ((p = calloc(1, sizeof *p)) == NULL)
		return PA_ERR_NOMEM;
	x->type_data = p;
	x->type_free = plan_free;
	p->side = lost ? SIDE_LOST : SIDE_FOUND;
	p->org_id = n->org_id;
	p->actor = x->user ? x->user->id : 0;
	if ((rc = lf_candidates(x->conn, &me, lost, n->org_id, p, 0)) != PA_OK)
		return rc;
	if ((rc = pii_create(x, lost, p)) != PA_OK)
		return rc;
	/* a title made here is rendered in the reader's language (lostfound.h, "made titles"):
	 * both kept, from the texts as stored (ID numbers masked) */
	if (made) {
		char cat_en[128];
		if (kind >= 0) {
			snprintf(cat_en, sizeof cat_en, "%s", lf_kind_en(kind));
			cat_en[0] = (char)toupper((unsigned char)cat_en[0]);   /* a title's first word */
		} else if (!category_name(x->conn, n->category, true, cat_en, sizeof cat_en))
			snprintf(cat_en, sizeof cat_en, "%s", catname);
		make_title_en(cat_en, json_string_value(json_object_get(x->attrs, "color")),
		    json_string_value(json_object_get(x->attrs, "brand")), title_en,
		    sizeof title_en);
		if (json_object_set_new(x->attrs, "title_made", json_pack("{s:s, s:s}", "zh",
		    n->title, "en", title_en)) != 0)
			return PA_ERR_NOMEM;
	}
	return plan_notes(x->conn, p, n->title, made ? title_en : n->title, n->category,
	    me.color);
}

/* 群众自行登记: a citizen registers their own loss. The report goes to the police station they
 * pick (org_id, required: GET /lostfound/stations lists those of their area, and the engine
 * refuses one outside it); they are its owner (失主), a person of the registry with the
 * account's name and, when given, their phone and ID number (encrypted, masked); they name
 * no other person and set nothing the desk sets (priority, deadline, links). Then the report
 * is registered exactly as at the desk (on_create_common: matching, notices, timeline). */
static const char *const staff_set[] = { "priority", "due_at", "links", NULL };

static pa_err citizen_lost(struct create_ctx *x)
{
	const json_t *req = x->n->request, *p;
	json_t *owner;
	const char *k;
	json_t *v;
	char field[48];

	for (int i = 0; staff_set[i]; i++)
		if (json_object_get(req, staff_set[i])) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", staff_set[i],
			    "%s is set by the station, not in a report of one's own", staff_set[i]);
			return PA_ERR_INVALID;
		}
	if (x->n->org_id == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "org_id",
		    "choose the police station your report goes to");
		return PA_ERR_INVALID;
	}
	if (json_array_size(x->persons) > 1) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "persons",
		    "a report of one's own names only its owner, the one who registers it");
		return PA_ERR_INVALID;
	}
	p = json_array_get(x->persons, 0);
	owner = json_pack("{s:s, s:s}", "role", "owner", "name", x->user->name);
	if (owner == NULL)
		return PA_ERR_NOMEM;
	json_object_foreach((json_t *)p, k, v) {
		bool ok = strcmp(k, "phone") == 0 || strcmp(k, "id_number") == 0 ||
		    strcmp(k, "id_type") == 0 ||
		    (strcmp(k, "role") == 0 && json_is_string(v) &&
		    strcmp(json_string_value(v), "owner") == 0) ||
		    (strcmp(k, "name") == 0 && json_is_string(v) &&
		    strcmp(json_string_value(v), x->user->name) == 0);
		if (!ok) {
			snprintf(field, sizeof field, "persons[0].%s", k);
			json_decref(owner);
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
			    "a report of one's own names only its owner, the one who registers it");
			return PA_ERR_INVALID;
		}
		if (strcmp(k, "role") != 0 && strcmp(k, "name") != 0)
			json_object_set(owner, k, v);
	}
	json_array_clear(x->persons);
	if (json_array_append_new(x->persons, owner) != 0)
		return PA_ERR_NOMEM;
	json_object_set_new(x->attrs, "self_reported", json_true());
	return PA_OK;
}

static pa_err lost_on_create(struct create_ctx *x)
{
	pa_err rc;

	/* a citizen with no role of the desk anywhere: the owner registers it (群众自行登记);
	 * anyone else is the desk's, or refused by the engine (no creating role) */
	unsigned roles = scope_roles_any(x->user);
	if ((roles & ROLE_CITIZEN) && !(roles & STAFF_LF) && (rc = citizen_lost(x)) != PA_OK)
		return rc;
	return on_create_common(x, true);
}

static pa_err found_on_create(struct create_ctx *x)
{
	/* a found item is registered by the station that keeps it: a citizen hands it in */
	if (!(scope_roles_any(x->user) & STAFF_LF)) {
		pa_error_set(x->err, PA_ERR_FORBIDDEN, "forbidden", "type",
		    "found items are registered by a police station: hand what you found in at a "
		    "station");
		return PA_ERR_FORBIDDEN;
	}
	return on_create_common(x, false);
}

/* ------------------------------------------------------------------ actions */

/* SQL the action's write job runs (SQL only): the match rows of a pair, and the lost report
 * a return closes with the found item. */
#define LF_TELL_MAX 2                /* people told of a confirm or a return by name */
#define LF_OWNER_BYTES (LF_NOTE_BYTES + 1024)   /* an owner's notice: a title and the claim
                                                 * office (address, phone, hours) */
struct lf_write {
	int64_t lost_id, found_id, now, actor, lost_version;
	int mode;                        /* 1 confirm, 2 dismiss, 3 return (closes lost_id),
	                                  * 4 the confirmed lost report withdrawn, 5 only the
	                                  * owner told (a report withdrawn by the desk) */
	bool undo;                       /* mode 2 of the confirmed pair: the confirmation undone */
	/* the found item of an undone pair (modes 2 with undo, 4), back on the public notice:
	 * its officer, station and titles for the claim clock's moments missed meanwhile */
	int64_t f_reporter, f_org;
	char f_title[LF_TITLE_BYTES], f_title_en[LF_TITLE_BYTES];
	char lost_code[32];              /* the lost report's code, for the found item's timeline */
	const char *lost_from_status;
	/* who is told (闭环): users by name with the case each may open, and a station */
	const char *kind;
	int ntell;
	int64_t tell_user[LF_TELL_MAX], tell_case[LF_TELL_MAX];
	bool tell_near[LF_TELL_MAX];     /* told the other station's notice (near_*) */
	int64_t tell_org, tell_org_case; /* another station: told near_* */
	char note_zh[LF_NOTE_BYTES], note_en[LF_NOTE_BYTES];
	/* what the other (keeping) station is told: no title of the lost report's station */
	char near_zh[LF_NOTE_BYTES], near_en[LF_NOTE_BYTES];
	/* the owner who registered the lost report themselves (群众自行登记), told in their own
	 * words — where and how to claim, never the desk's codes — on the report; 0: none */
	int64_t owner;
	const char *owner_kind;
	char owner_zh[LF_OWNER_BYTES], owner_en[LF_OWNER_BYTES];
};

/* 群众自行登记: whether lost report c was registered by its owner (a citizen). */
static bool self_reported(const struct case_rec *c)
{
	return json_is_true(json_object_get(c->attrs, "self_reported"));
}

/* Adds user (the registering officer of case_id) to those w tells, unless it is the actor,
 * nobody, or told already. */
static void tell_user(struct lf_write *w, int64_t user, int64_t case_id)
{
	if (user == 0 || user == w->actor || w->ntell == LF_TELL_MAX)
		return;
	for (int i = 0; i < w->ntell; i++)
		if (w->tell_user[i] == user)
			return;
	w->tell_user[w->ntell] = user;
	w->tell_near[w->ntell] = false;
	w->tell_case[w->ntell++] = case_id;
}

/* In the writer: the notices w names. */
static pa_err tell_run(struct db_conn *conn, const struct lf_write *w)
{
	pa_err rc;

	for (int i = 0; i < w->ntell; i++)
		if ((rc = notify_user(conn, w->tell_user[i], w->tell_case[i], w->kind,
		    w->tell_near[i] ? w->near_zh : w->note_zh,
		    w->tell_near[i] ? w->near_en : w->note_en, w->now)) != PA_OK)
			return rc;
	if (w->owner && (rc = notify_user(conn, w->owner, w->lost_id, w->owner_kind, w->owner_zh,
	    w->owner_en, w->now)) != PA_OK)
		return rc;
	if (w->tell_org)
		return notify_unit_except(conn, w->tell_org, ROLE_OFFICER | ROLE_AUXILIARY |
		    ROLE_LEADER, w->tell_org_case, w->kind, w->near_zh, w->near_en, w->now, w->actor);
	return PA_OK;
}

static void write_free(void *p)
{
	free(p);
}

static const char SQL_PAIR_CONFIRM[] =
    "INSERT INTO lf_matches (lost_id, found_id, score, sure, reasons, confirmed, created_at) "
    "VALUES (?1, ?2, 0, 0, '[]', 1, ?3) ON CONFLICT (lost_id, found_id) DO UPDATE SET "
    "confirmed = 1, dismissed = 0";
static const char SQL_PAIR_DISMISS[] =
    "INSERT INTO lf_matches (lost_id, found_id, score, sure, reasons, dismissed, created_at) "
    "VALUES (?1, ?2, 0, 0, '[]', 1, ?3) ON CONFLICT (lost_id, found_id) DO UPDATE SET "
    "dismissed = 1, confirmed = 0";
/* a found item is confirmed with one open lost report at a time (one object, one owner) */
static const char SQL_PAIR_TAKEN[] =
    "SELECT 1 WHERE " LF_TAKEN_SQL("found_id", "?1", "lost_id", "?2");
/* the found item's side of a confirmed pair (对应失物登记), set at the confirmation and
 * cleared when it is undone; its version moves on so that an action read before it retries */
static const char SQL_FOUND_PAIR[] =
    "UPDATE found_details SET lost_id = ?2 WHERE case_id = ?1";
static const char SQL_FOUND_UNPAIR[] =
    "UPDATE found_details SET lost_id = NULL WHERE case_id = ?1 AND lost_id = ?2";
static const char SQL_FOUND_TOUCH[] =
    "UPDATE cases SET version = version + 1, updated_at = ?2 WHERE id = ?1";
static const char SQL_LOST_CLOSE[] =
    "UPDATE cases SET status = 'returned', closed_at = ?2, updated_at = ?2, "
    "version = version + 1, stage = NULL, due_at = NULL, warn = NULL, next_warn_at = NULL "
    "WHERE id = ?1 AND version = ?3 AND closed_at IS NULL";
static const char SQL_LOST_RETURNED[] =
    "UPDATE lost_details SET found_id = ?2, returned_at = ?3, m_open = 0 WHERE case_id = ?1";

static pa_err lf_write_run(struct db_conn *conn, void *data)
{
	struct lf_write *w = data;
	struct db_stmt *s;
	pa_err rc;

	if (w->mode == 5)
		return tell_run(conn, w);
	if (w->mode == 1) {
		/* a race lost to another confirmation of the item: recomputed (the apply says why) */
		if ((s = db_prepare(conn, SQL_PAIR_TAKEN)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, w->found_id);
		db_bind_int(s, 2, w->lost_id);
		bool taken = db_step(s) == DB_ROW;
		db_reset(s);
		if (taken)
			return PA_ERR_CONFLICT;
	}
	if (w->mode == 1 || w->mode == 2 || w->mode == 3) {
		if ((s = db_prepare(conn, w->mode == 2 ? SQL_PAIR_DISMISS : SQL_PAIR_CONFIRM)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, w->lost_id);
		db_bind_int(s, 2, w->found_id);
		db_bind_int(s, 3, w->now);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	if (w->mode == 1 || (w->mode == 2 && w->undo) || w->mode == 4) {
		/* the found item's own side: its 对应失物登记 and its timeline say it was confirmed
		 * (or undone, or its lost report withdrawn), and for which lost report (the keeper
		 * reads it there); 对应失物登记 is set exactly while the pair's owner waits for it
		 * (the item JSON's noticed and notice_withheld read it) */
		char note[LF_NOTE_BYTES];
		const char *lf_note = w->mode == 1 ? "confirmed" : w->mode == 2 ? "unconfirmed" :
		    "withdrawn";
		if ((s = db_prepare(conn, w->mode == 1 ? SQL_FOUND_PAIR : SQL_FOUND_UNPAIR)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, w->found_id);
		db_bind_int(s, 2, w->lost_id);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		if ((s = db_prepare(conn, SQL_FOUND_TOUCH)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, w->found_id);
		db_bind_int(s, 2, w->now);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
		snprintf(note, sizeof note, w->mode == 1 ? "已确认与失物登记 %s 为同一物品" :
		    w->mode == 2 ? "已撤销与失物登记 %s 的匹配确认" :
		    "失物登记 %s 已撤销，与其的匹配确认随之失效", w->lost_code);
		/* the note's words by a code, so that the English page says them (web/page-case.js
		 * noteText); a case's code is letters, digits and dashes */
		char ev_data[LF_NOTE_BYTES];
		bool plain = true;
		for (const char *q = w->lost_code; *q && plain; q++)
			plain = (*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') ||
			    (*q >= 'a' && *q <= 'z') || *q == '-';
		snprintf(ev_data, sizeof ev_data, "{\"lf_note\":\"%s\",\"lost_code\":\"%s\"}",
		    lf_note, plain ? w->lost_code : "");
		struct tl_event e = { .case_id = w->found_id, .kind = "action",
			.action = w->mode == 1 ? "match" : "dismiss_match", .actor_id = w->actor,
			.at = w->now, .note = note, .data = ev_data };
		if ((rc = tl_append(conn, &e, NULL)) != PA_OK)
			return rc;
		if ((rc = tell_run(conn, w)) != PA_OK || w->mode == 1)
			return rc;
		/* released: back on the public notice, its officer told what the tick skipped */
		return relist_tell(conn, w->found_id, w->f_reporter, w->f_org, w->f_title,
		    w->f_title_en, w->now);
	}
	if (w->mode != 3)
		return PA_OK;
	if ((s = db_prepare(conn, SQL_LOST_CLOSE)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, w->lost_id);
	db_bind_int(s, 2, w->now);
	db_bind_int(s, 3, w->lost_version);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	if (db_changes(conn) != 1)
		return PA_ERR_CONFLICT;   /* the lost report moved on: the whole return is refused */
	if ((s = db_prepare(conn, SQL_LOST_RETURNED)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, w->lost_id);
	db_bind_int(s, 2, w->found_id);
	db_bind_int(s, 3, w->now);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	char data_json[64];
	snprintf(data_json, sizeof data_json, "{\"found_id\":%lld,\"lf_note\":\"returned\"}",
	    (long long)w->found_id);
	struct tl_event e = { .case_id = w->lost_id, .kind = "action", .action = "return",
		.actor_id = w->actor, .at = w->now, .from_status = w->lost_from_status,
		.to_status = "returned", .note = "拾遗物已返还，失物登记随之办结", .data = data_json };
	if ((rc = tl_append(conn, &e, NULL)) != PA_OK)
		return rc;
	return tell_run(conn, w);
}

static pa_err set_write(struct wf_ctx *x, int mode, int64_t lost_id, int64_t found_id)
{
	struct lf_write *w = calloc(1, sizeof *w);

	if (w == NULL)
		return PA_ERR_NOMEM;
	w->mode = mode;
	w->lost_id = lost_id;
	w->found_id = found_id;
	w->now = x->now;
	w->actor = x->user->id;
	x->write_hook = lf_write_run;
	x->write_data = w;
	x->write_free = write_free;
	return PA_OK;
}

/* The other case of a pair (visible to the caller, or with near at a neighbouring station of
 * x's case; of type want, open); 422 naming field. */
static pa_err other_case(struct wf_ctx *x, int64_t id, const char *want, const char *field,
    bool near, struct arena *a, struct case_rec *out)
{
	pa_err rc = case_get_visible(x->conn, a, id, x->user, out);

	/* a neighbouring station's found item (相邻派出所): the lost report's station is told of
	 * it as likely and confirms the pair, though it cannot open the item; the keeping
	 * station is told and prepares the return */
	if (rc == PA_ERR_NOT_FOUND && near) {
		rc = case_load(x->conn, a, id, out);
		if (rc == PA_OK && !near_station(x->conn, x->c->org_id, out->org_id)) {
			case_rec_clear(out);
			rc = PA_ERR_NOT_FOUND;
		}
	}

	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(out->type->code, want) != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", field,
		    "%s does not name a registration you may see", field);
		return PA_ERR_INVALID;
	}
	if (rc != PA_OK)
		return rc;
	if (out->closed_at) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "conflict", field,
		    "%s is already closed", field);
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static const char SQL_CONFIRMED_LOST[] =
    "SELECT m.lost_id FROM lf_matches m JOIN cases c ON c.id = m.lost_id "
    "WHERE m.found_id = ?1 AND m.confirmed = 1 AND c.closed_at IS NULL ORDER BY m.lost_id LIMIT 1";

/* The open lost report found_id is confirmed with (0: none) into *lost. */
static pa_err confirmed_lost(struct db_conn *conn, int64_t found_id, int64_t *lost)
{
	struct db_stmt *s = db_prepare(conn, SQL_CONFIRMED_LOST);

	*lost = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, found_id);
	if (db_step(s) == DB_ROW)
		*lost = db_col_int(s, 0);
	db_reset(s);
	return PA_OK;
}

/* One object, one owner: a found item confirmed with another open lost report is refused
 * (409 on field) until that pair is undone. Whose report it is is not said (it may be another
 * station's). */
static pa_err pair_free(struct wf_ctx *x, int64_t found_id, int64_t lost_id, const char *field)
{
	int64_t other;
	pa_err rc = confirmed_lost(x->conn, found_id, &other);

	if (rc != PA_OK)
		return rc;
	if (other != 0 && other != lost_id) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "already_matched", field,
		    "the found item is already confirmed for another lost report: "
		    "dismiss that match first");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* The notices of a confirmed pair (lost report x->c, found item f): the lost side's names
 * the keeping station and the item's code when another station keeps it; the keeping
 * station's (near_*) names the lost report's station and what it is, not its title. */
static pa_err confirm_notes(struct wf_ctx *x, const struct case_rec *f, struct lf_write *w,
    bool other)
{
	char cat_zh[128] = "", cat_en[128] = "";
	const char *color = json_string_value(json_object_get(x->c->attrs, "color"));

	if (!other) {
		snprintf(w->note_zh, sizeof w->note_zh,
		    "失物招领：失物登记「%s」已确认与拾遗物%s「%s」匹配，请安排返还", x->c->title,
		    f->code, f->title);
		snprintf(w->note_en, sizeof w->note_en,
		    "Lost and found: lost report \"%s\" is confirmed to match found item %s \"%s\"; "
		    "arrange the return", title_en_of(x->c), f->code, title_en_of(f));
		utf8_clip(w->note_zh);
		utf8_clip(w->note_en);
		return PA_OK;
	}
	snprintf(w->note_zh, sizeof w->note_zh, "失物招领：失物登记「%s」已确认与%s保管的拾遗物%s"
	    "「%s」匹配，请通知失主到%s领取", x->c->title, f->org_name, f->code, f->title,
	    f->org_name);
	snprintf(w->note_en, sizeof w->note_en, "Lost and found: lost report \"%s\" is confirmed "
	    "to match found item %s \"%s\" kept by %s; send the owner there", title_en_of(x->c),
	    f->code, title_en_of(f), f->org_name);
	category_name(x->conn, x->c->category, false, cat_zh, sizeof cat_zh);
	category_name(x->conn, x->c->category, true, cat_en, sizeof cat_en);
	if (color && !val_blank(color)) {
		char color_e[LIM_NAME_CHARS * 3 + 32];
		lf_color_en(color, color_e, sizeof color_e);
		snprintf(w->near_zh, sizeof w->near_zh, "失物招领：%s的失物登记%s（%s，%s）已确认与本所"
		    "拾遗物%s「%s」匹配，请安排返还", x->c->org_name, x->c->code, cat_zh, color,
		    f->code, f->title);
		snprintf(w->near_en, sizeof w->near_en, "Lost and found: lost report %s of %s (%s, %s) "
		    "is confirmed to match your found item %s \"%s\"; arrange the return", x->c->code,
		    x->c->org_name, cat_en, color_e, f->code, title_en_of(f));
	} else {
		snprintf(w->near_zh, sizeof w->near_zh, "失物招领：%s的失物登记%s（%s）已确认与本所"
		    "拾遗物%s「%s」匹配，请安排返还", x->c->org_name, x->c->code, cat_zh, f->code,
		    f->title);
		snprintf(w->near_en, sizeof w->near_en, "Lost and found: lost report %s of %s (%s) is "
		    "confirmed to match your found item %s \"%s\"; arrange the return", x->c->code,
		    x->c->org_name, cat_en, f->code, title_en_of(f));
	}
	utf8_clip(w->note_zh);
	utf8_clip(w->note_en);
	utf8_clip(w->near_zh);
	utf8_clip(w->near_en);
	return PA_OK;
}

/* Who is told of a pair's confirmation or its undoing (kind), lost report x->c and found item
 * f: the officers who registered either side, and the found item's station when it is another
 * (a neighbour's: the one who keeps it prepares the return), its officer then by the keeping
 * station's words (near_*). Whether f is another station's. */
static bool tell_pair(struct wf_ctx *x, const struct case_rec *f, struct lf_write *w,
    const char *kind)
{
	bool other = f->org_id != x->c->org_id;

	w->kind = kind;
	snprintf(w->lost_code, sizeof w->lost_code, "%s", x->c->code ? x->c->code : "");
	/* the owner who registered it is told in their words (owner_notes), not the desk's */
	if (self_reported(x->c)) {
		if (x->c->reporter_id != w->actor)
			w->owner = x->c->reporter_id;
	} else {
		tell_user(w, x->c->reporter_id, x->c->id);
	}
	tell_user(w, f->reporter_id, f->id);
	if (other && w->ntell && w->tell_user[w->ntell - 1] == f->reporter_id &&
	    f->reporter_id != x->c->reporter_id)
		w->tell_near[w->ntell - 1] = true;
	if (other) {
		w->tell_org = f->org_id;
		w->tell_org_case = f->id;
	}
	return other;
}

/* The notices of an undone confirmation (lost report x->c, found item f): worded like the
 * confirmation's, the keeping station's without the lost report's title. */
static void undo_notes(struct wf_ctx *x, const struct case_rec *f, struct lf_write *w)
{
	snprintf(w->note_zh, sizeof w->note_zh, "失物招领：失物登记「%s」与拾遗物%s「%s」的匹配"
	    "确认已撤销，请勿据此返还", x->c->title, f->code, f->title);
	snprintf(w->note_en, sizeof w->note_en, "Lost and found: the confirmed match of lost "
	    "report \"%s\" and found item %s \"%s\" was undone; do not return the item on it",
	    title_en_of(x->c), f->code, title_en_of(f));
	snprintf(w->near_zh, sizeof w->near_zh, "失物招领：%s的失物登记%s与本所拾遗物%s「%s」的"
	    "匹配确认已撤销，请勿据此返还", x->c->org_name, x->c->code, f->code, f->title);
	snprintf(w->near_en, sizeof w->near_en, "Lost and found: the confirmed match of lost "
	    "report %s of %s and your found item %s \"%s\" was undone; do not return the item "
	    "on it", x->c->code, x->c->org_name, f->code, title_en_of(f));
	utf8_clip(w->note_zh);
	utf8_clip(w->note_en);
	utf8_clip(w->near_zh);
	utf8_clip(w->near_en);
}

/* The notices of a confirmed pair whose lost report x->c is withdrawn (found item f; other:
 * another station keeps it): worded like an undoing's, the keeping station's without the
 * report's title. */
static void withdraw_notes(struct wf_ctx *x, const struct case_rec *f, struct lf_write *w,
    bool other)
{
	snprintf(w->note_zh, sizeof w->note_zh, "失物招领：失物登记「%s」已撤销，与拾遗物%s「%s」的"
	    "匹配确认随之失效，请勿据此返还", x->c->title, f->code, f->title);
	snprintf(w->note_en, sizeof w->note_en, "Lost and found: lost report \"%s\" was withdrawn; "
	    "its confirmed match with found item %s \"%s\" no longer holds: do not return the "
	    "item on it", title_en_of(x->c), f->code, title_en_of(f));
	if (other) {
		snprintf(w->near_zh, sizeof w->near_zh, "失物招领：%s的失物登记%s已撤销，与本所拾遗物"
		    "%s「%s」的匹配确认随之失效，请勿据此返还", x->c->org_name, x->c->code, f->code,
		    f->title);
		snprintf(w->near_en, sizeof w->near_en, "Lost and found: lost report %s of %s was "
		    "withdrawn; its confirmed match with your found item %s \"%s\" no longer holds: "
		    "do not return the item on it", x->c->code, x->c->org_name, f->code,
		    title_en_of(f));
	}
	utf8_clip(w->note_zh);
	utf8_clip(w->note_en);
	utf8_clip(w->near_zh);
	utf8_clip(w->near_en);
}

/* Found item f of w's pair is released (the pair undone, its report withdrawn): what the
 * writer needs to tell the claim clock's moments missed while its owner waited. */
static void released(struct lf_write *w, const struct case_rec *f)
{
	const char *en = title_en_of(f);     /* the title itself unless made */

	w->f_reporter = f->reporter_id;
	w->f_org = f->org_id;
	snprintf(w->f_title, sizeof w->f_title, "%s", f->title ? f->title : "");
	snprintf(w->f_title_en, sizeof w->f_title_en, "%s", en ? en : "");
	utf8_clip(w->f_title);
	utf8_clip(w->f_title_en);
}

static const char SQL_OFFICE_OF[] =
    "SELECT address, phone, hours FROM lf_stations WHERE org_id = ?1";
/* The keeping station of found item ?1 as it is now: its name and claim office (认领地点). */
static const char SQL_OFFICE_NOW[] =
    "SELECT o.name, " LF_OFFICE_COLS " FROM cases k JOIN orgs o ON o.id = k.org_id"
    LF_OFFICE_JOIN("k.org_id") "WHERE k.id = ?1";

/* Sets the parts of claim office o (address, phone, hours: the keys of the report's
 * claim_office) from columns col..col+2 of s, each only when set; part[i] is the text of the
 * part set, else NULL (valid while s stays on the row). */
static void office_parts(json_t *o, struct db_stmt *s, int col, const char *part[3])
{
	static const char *const key[3] = { "address", "phone", "hours" };

	for (int i = 0; i < 3; i++) {
		part[i] = db_col_text(s, col + i);
		if (part[i] != NULL && *part[i] == '\0')
			part[i] = NULL;
		if (part[i])
			json_object_set_new(o, key[i], json_string(part[i]));
	}
}

/* The owner's notice of a confirmed pair (lost report x->c registered by its owner, found item
 * f): it may have been found, where to claim it — the keeping station and its claim office
 * (认领地点: address, phone, hours, as the public notice and the receipt give them) — and to
 * bring their ID; never the item's code, title or details. A notice is a message of its
 * moment: it names the office as it is now and says that the report's page shows it should
 * it change. A copy is kept on the report (claim_office) while the pair holds, the mark that
 * the report shows where to claim: every reading of the report reads the station's office
 * afresh over it (lost_read_live). */
static pa_err owner_found_notes(struct wf_ctx *x, const struct case_rec *f, struct lf_write *w)
{
	struct db_stmt *s = db_prepare(x->conn, SQL_OFFICE_OF);
	const char *part[3] = { NULL, NULL, NULL };
	static const char *const zh[3] = { "地址", "电话", "办公时间" };
	static const char *const en[3] = { "address", "phone", "hours" };
	char office_zh[LF_OWNER_BYTES / 2] = "", office_en[LF_OWNER_BYTES / 2] = "";
	size_t nz = 0, ne = 0;
	json_t *o;
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	if ((o = json_pack("{s:s}", "station", f->org_name ? f->org_name : "")) == NULL) {
		db_reset(s);
		return PA_ERR_NOMEM;
	}
	db_bind_int(s, 1, f->org_id);
	if ((r = db_step(s)) == DB_ROW)
		office_parts(o, s, 0, part);
	for (int i = 0; i < 3; i++)
		if (part[i]) {
			nz += (size_t)snprintf(office_zh + nz, sizeof office_zh - nz, "%s%s：%s",
			    nz ? "；" : "（", zh[i], part[i]);
			ne += (size_t)snprintf(office_en + ne, sizeof office_en - ne, "%s%s: %s",
			    ne ? "; " : " (", en[i], part[i]);
			nz = nz < sizeof office_zh ? nz : sizeof office_zh - 1;
			ne = ne < sizeof office_en ? ne : sizeof office_en - 1;
		}
	if (nz)
		snprintf(office_zh + nz, sizeof office_zh - nz, "）");
	if (ne)
		snprintf(office_en + ne, sizeof office_en - ne, ")");
	db_reset(s);
	if (r == DB_FAIL) {
		json_decref(o);
		return PA_ERR_DB;
	}
	json_object_set_new(x->c->attrs, "claim_office", o);
	w->owner_kind = "lf_owner_found";
	snprintf(w->owner_zh, sizeof w->owner_zh, "失物招领：您登记的失物「%s」可能已经找到。请携带"
	    "本人身份证件到%s认领%s，认领时需说明物品特征以便核对。认领地点如有变动，以失物登记页面"
	    "所示为准。", x->c->title, f->org_name, office_zh);
	snprintf(w->owner_en, sizeof w->owner_en, "Lost and found: the item you reported lost, "
	    "\"%s\", may have been found. Bring your ID card to %s to claim it%s; you will be "
	    "asked to describe the item. Should the claim office change, the page of your lost "
	    "report shows it as it is.", title_en_of(x->c), f->org_name, office_en);
	utf8_clip(w->owner_zh);
	utf8_clip(w->owner_en);
	return PA_OK;
}

/* read_live of the lost report (struct case_type): while its claim_office is set (a report its
 * owner registered, from the confirmation until the pair is undone or the report withdrawn),
 * where to claim is the keeping station — the one whose found item is confirmed for it — and
 * its claim office as they are now, over the copy the confirmation made: a station that moves
 * or changes its hours afterwards is read changed by the owner and the desk alike. A station
 * without an office: its name alone, as at the confirmation. The copy stays when the found
 * item cannot be read. The stored found_id is in attrs (the type names no side_table). */
static pa_err lost_read_live(struct db_conn *conn, struct case_rec *c)
{
	json_t *fid = json_object_get(c->attrs, "found_id"), *o = NULL;
	const char *part[3];
	struct db_stmt *s;
	pa_err rc = PA_OK;
	int r;

	if (!json_is_object(json_object_get(c->attrs, "claim_office")) || !json_is_integer(fid))
		return PA_OK;
	if ((s = db_prepare(conn, SQL_OFFICE_NOW)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, json_integer_value(fid));
	if ((r = db_step(s)) == DB_FAIL) {
		rc = PA_ERR_DB;
		goto out;
	}
	if (r != DB_ROW)
		goto out;
	if ((o = json_pack("{s:s}", "station", db_col_text(s, 0) ? db_col_text(s, 0) : "")) ==
	    NULL) {
		rc = PA_ERR_NOMEM;
		goto out;
	}
	office_parts(o, s, 1, part);
	json_object_set_new(c->attrs, "claim_office", o);
out:
	db_reset(s);
	return rc;
}

/* The owner's notice when the pair they were told of is undone: not theirs, do not come. */
static void owner_undo_notes(struct wf_ctx *x, struct lf_write *w)
{
	json_object_set_new(x->c->attrs, "claim_office", json_null());
	w->owner_kind = "lf_owner_unconfirmed";
	snprintf(w->owner_zh, sizeof w->owner_zh, "失物招领：此前告知您可能已找到的物品，经派出所"
	    "核对不是您登记的失物「%s」，请勿前往认领；派出所将继续为您查找。", x->c->title);
	snprintf(w->owner_en, sizeof w->owner_en, "Lost and found: the item we told you of turned "
	    "out not to be the one you reported lost (\"%s\"); please do not come to claim it. "
	    "The station keeps looking.", title_en_of(x->c));
	utf8_clip(w->owner_zh);
	utf8_clip(w->owner_en);
}

/* match (确认匹配) on the lost report: {found_id} */
/* An action's free texts (权属核验 verification, a reason, storage_place, the note): full ID
 * numbers and cued card numbers masked before the hook reads them and before the engine
 * copies them to the timeline. The fields are the request's own object, scrubbed in place
 * (json_string_set); the note is masked into a buffer of this thread. The numbers link no
 * holder: an action's people are its persons (a claimant's ID is checked there). A text that
 * cannot be scrubbed refuses the action, never reaches the timeline whole. */
static _Thread_local char pii_note[LIM_TEXT_CHARS * 4 + 1];

static pa_err pii_action(struct wf_ctx *x)
{
	json_t *f = (json_t *)x->fields, *v;
	struct lf_pii ids = { 0 };
	int today = lf_today_ymd(x->now);
	const char *k;
	pa_err rc = PA_OK;

	/* the note first, into this thread's buffer: it may be fields.reason itself (the engine
	 * takes the reason as the note), whose string the loop below replaces */
	if (x->note) {
		if (strlen(x->note) >= sizeof pii_note)
			return PA_ERR_NOMEM;
		lf_pii_scrub(x->note, pii_note, sizeof pii_note, &ids, today);
		x->note = pii_note;
	}
	json_object_foreach(f, k, v) {
		const char *t = json_string_value(v);
		char *m;
		if (t == NULL || strcmp(k, "persons") == 0)
			continue;
		if ((m = malloc(strlen(t) + 1)) == NULL) {
			rc = PA_ERR_NOMEM;
			break;
		}
		if (lf_pii_scrub(t, m, strlen(t) + 1, &ids, today) && json_string_set(v, m) != 0)
			rc = PA_ERR_NOMEM;
		free(m);
		if (rc != PA_OK)
			break;
	}
	if (rc == PA_OK && ids.failed)
		rc = PA_ERR_NOMEM;
	sodium_memzero(&ids, sizeof ids);
	return rc;
}
#define PII_ACTION(x) do { pa_err prc_ = pii_action(x); if (prc_ != PA_OK) return prc_; } while (0)

static pa_err match_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	int64_t fid = val_int(x->fields, "found_id", 0);
	struct arena *a = arena_new(64 * 1024);
	struct case_rec f = { 0 };
	pa_err rc;

	if (a == NULL)
		return PA_ERR_NOMEM;
	if ((rc = other_case(x, fid, SIDE_FOUND, "fields.found_id", true, a, &f)) != PA_OK ||
	    (rc = pair_free(x, fid, x->c->id, "fields.found_id")) != PA_OK)
		goto out;
	json_object_set_new(x->c->attrs, "found_id", json_integer(fid));
	if ((rc = set_write(x, 1, x->c->id, fid)) != PA_OK)
		goto out;
	/* who is told: the officers who registered either side, and the found item's station
	 * when it is another (a neighbour's): the one who keeps it prepares the return. The
	 * lost report's side learns where the item is kept (station and code: the owner is sent
	 * there); the keeping station learns what the report is and whose, never its title */
	{
		struct lf_write *w = x->write_data;
		rc = confirm_notes(x, &f, w, tell_pair(x, &f, w, "lf_confirmed"));
		if (rc == PA_OK && self_reported(x->c))
			rc = owner_found_notes(x, &f, w);
	}
out:
	case_rec_clear(&f);
	arena_free(a);
	return rc;
}

/* What the officer saw in the candidate list of found item f, another station's, that they
 * dismiss from lost report x->c: kept on the report's timeline entry (data found_code,
 * found_station, found_summary, found_summary_en) so that its page names it afterwards as
 * the list did — "SY… 电动车（墨绿）（西关派出所登记，无权查看详情）" — though the item cannot
 * be opened there (it said only 其他单位的登记). What that list shows of a neighbouring
 * station's item and nothing more: code, category, colour (in English words in English:
 * lostfound_summary) and the keeping station,
 * never its title, finder or serial. The keys go into the request's own fields object, which
 * the engine copies to the timeline after this hook (as pii_action scrubs it in place). */
static pa_err dismiss_seen(struct wf_ctx *x, const struct case_rec *f)
{
	json_t *fields = (json_t *)x->fields;
	const char *color = json_string_value(json_object_get(f->attrs, "color"));
	char cat[2][128] = { "", "" }, sum[2][LF_SUMMARY_BYTES];

	for (int en = 0; en < 2; en++) {
		if (!category_name(x->conn, f->category, en, cat[en], sizeof cat[en]))
			snprintf(cat[en], sizeof cat[en], "%s", f->category ? f->category : "");
		lostfound_summary(cat[en], color && !val_blank(color) ? color : NULL, en, sum[en]);
	}
	if (json_object_set_new(fields, "found_code", json_string(f->code ? f->code : "")) ||
	    json_object_set_new(fields, "found_station", json_string(f->org_name ?
	    f->org_name : "")) ||
	    json_object_set_new(fields, "found_summary", json_string(sum[0])) ||
	    json_object_set_new(fields, "found_summary_en", json_string(sum[1])))
		return PA_ERR_NOMEM;
	return PA_OK;
}

/* dismiss_match (排除匹配): the pair never comes back. */
static pa_err dismiss_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	int64_t fid = val_int(x->fields, "found_id", 0);
	json_t *cur = json_object_get(x->c->attrs, "found_id");
	struct arena *a = NULL;
	struct case_rec f = { 0 };
	pa_err rc;

	if (fid == 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.found_id",
		    "%s is required", "fields.found_id");
		return PA_ERR_INVALID;
	}
	if ((a = arena_new(64 * 1024)) == NULL)
		return PA_ERR_NOMEM;
	rc = case_load(x->conn, a, fid, &f);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && strcmp(f.type->code, SIDE_FOUND) != 0)) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.found_id",
		    "%s does not name a registration you may see", "fields.found_id");
		rc = PA_ERR_INVALID;
	}
	if (rc != PA_OK)
		goto out;
	bool undo = json_is_integer(cur) && json_integer_value(cur) == fid;
	if (undo) {
		json_object_set_new(x->c->attrs, "found_id", json_null());
		x->to = "open";
	}
	/* another station's item: named on the timeline as its candidate list showed it — a
	 * neighbour's, or the confirmed pair, listed so even when the stations are neighbours no
	 * more; an item of a station further away is never listed, so nothing of it is written */
	if (f.org_id != x->c->org_id && (undo || near_station(x->conn, x->c->org_id, f.org_id)) &&
	    (rc = dismiss_seen(x, &f)) != PA_OK)
		goto out;
	if ((rc = set_write(x, 2, x->c->id, fid)) != PA_OK || !undo)
		goto out;
	/* the confirmation undone: the found item's side says so, and those told of the
	 * confirmation are told it no longer holds (they may be preparing the return) */
	struct lf_write *w = x->write_data;
	w->undo = true;
	released(w, &f);
	tell_pair(x, &f, w, "lf_unconfirmed");
	undo_notes(x, &f, w);
	if (self_reported(x->c))
		owner_undo_notes(x, w);
out:
	case_rec_clear(&f);
	arena_free(a);
	return rc;
}

/* A report its owner registered (群众自行登记) withdrawn by the desk: the owner is told, with
 * the reason (their own withdrawal tells nobody of it). w: the action's write, or NULL for a
 * write of its own that only tells (mode 5). */
static pa_err owner_withdrawn(struct wf_ctx *x, struct lf_write *w)
{
	const char *why = x->note ? x->note : val_str(x->fields, "reason");
	pa_err rc;

	if (!self_reported(x->c) || x->c->reporter_id == x->user->id) {
		if (w)
			w->owner = 0;
		return PA_OK;
	}
	if (w == NULL) {
		if ((rc = set_write(x, 5, x->c->id, 0)) != PA_OK)
			return rc;
		w = x->write_data;
	}
	w->owner = x->c->reporter_id;
	w->owner_kind = "lf_owner_withdrawn";
	snprintf(w->owner_zh, sizeof w->owner_zh, "失物招领：您登记的失物「%s」已由派出所撤销登记。"
	    "原因：%s", x->c->title, why ? why : "");
	snprintf(w->owner_en, sizeof w->owner_en, "Lost and found: the station withdrew your lost "
	    "report \"%s\". Reason: %s", title_en_of(x->c), why ? why : "");
	utf8_clip(w->owner_zh);
	utf8_clip(w->owner_en);
	return PA_OK;
}

/* withdraw (撤销登记) of a lost report. A matched one was the owner waiting for its found item:
 * the item is released as by an undone pair — its 对应失物登记 is cleared, its timeline says
 * the report was withdrawn, those told of the confirmation are told it no longer holds
 * (lf_unconfirmed), and it is back on the public notice (the moments missed meanwhile are
 * told, relist_tell). The pair stays confirmed in lf_matches, as history: its report is
 * closed, so no owner waits (LF_OWNER_WAITING_SQL). */
static pa_err withdraw_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	json_t *cur = json_object_get(x->c->attrs, "found_id");
	struct arena *a;
	struct case_rec f = { 0 };
	pa_err rc;

	json_object_set_new(x->c->attrs, "m_open", json_integer(0));
	if (self_reported(x->c))
		json_object_set_new(x->c->attrs, "claim_office", json_null());
	if (strcmp(x->c->status, "matched") != 0 || !json_is_integer(cur))
		return owner_withdrawn(x, NULL);
	if ((a = arena_new(64 * 1024)) == NULL)
		return PA_ERR_NOMEM;
	rc = case_load(x->conn, a, json_integer_value(cur), &f);
	if (rc == PA_ERR_NOT_FOUND || (rc == PA_OK && (strcmp(f.type->code, SIDE_FOUND) != 0 ||
	    f.closed_at))) {
		rc = owner_withdrawn(x, NULL);   /* nothing waits for the owner any more */
		goto out;
	}
	if (rc != PA_OK || (rc = set_write(x, 4, x->c->id, f.id)) != PA_OK)
		goto out;
	struct lf_write *w = x->write_data;
	released(w, &f);
	withdraw_notes(x, &f, w, tell_pair(x, &f, w, "lf_unconfirmed"));
	rc = owner_withdrawn(x, w);
out:
	case_rec_clear(&f);
	arena_free(a);
	return rc;
}

/* store (入库) and move (移库): where the found item is kept now. */
static pa_err store_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	json_t *moves = json_object_get(x->c->attrs, "moves");

	if (json_is_true(json_object_get(x->c->attrs, "handed_in")))
		json_object_set_new(x->c->attrs, "moves",
		    json_integer((json_is_integer(moves) ? json_integer_value(moves) : 0) + 1));
	json_object_set_new(x->c->attrs, "handed_in", json_true());
	json_object_set_new(x->c->attrs, "storage_place",
	    json_string(val_str(x->fields, "storage_place")));
	return PA_OK;
}

/* store (入库) once: an item already in the station's keeping is moved (移库), which counts. */
static pa_err store_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (json_is_true(json_object_get(c->attrs, "handed_in"))) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "the item is already in the station's keeping: move it instead");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

static pa_err move_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	if (!json_is_true(json_object_get(c->attrs, "handed_in"))) {
		pa_error_set(err, PA_ERR_CONFLICT, "action_not_allowed", "action",
		    "the item is not in the station's keeping yet: store it first");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* The claimant of a return (领取人): exactly one person of role claimant, with an ID card
 * number that the persons registry checks (GB 11643 check digit and birth date) and stores
 * encrypted; the engine links it in the action's write. */
static pa_err claimant_check(struct wf_ctx *x)
{
	const json_t *ps = json_object_get(x->fields, "persons"), *p;
	int claimants = 0;
	size_t i;
	pa_err rc;

	json_array_foreach(ps, i, p) {
		const char *role = json_is_object(p) ? val_str(p, "role") : NULL;
		if (role == NULL || strcmp(role, "claimant") != 0) {
			pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.persons",
			    "each person of a return must have the role claimant");
			return PA_ERR_INVALID;
		}
		if (val_str(p, "id_number") == NULL) {
			pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.persons",
			    "a return needs exactly one claimant with an ID card number");
			return PA_ERR_INVALID;
		}
		/* the receipt names who signs for it: a claimant without a name is refused */
		const char *nm = val_str(p, "name");
		char trimmed[LIM_PERSON_NAME_CHARS * 4 + 1];
		person_text_trim(nm ? nm : "", trimmed, sizeof trimmed);
		if (trimmed[0] == '\0') {
			pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.persons",
			    "a return needs the claimant's name");
			return PA_ERR_INVALID;
		}
		claimants++;
	}
	if (claimants != 1) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.persons",
		    "a return needs exactly one claimant with an ID card number");
		return PA_ERR_INVALID;
	}
	if ((rc = person_specs_check(x, "persons")) != PA_OK)
		return rc;
	return PA_OK;
}

/* 经办民警: a sworn officer (民警) or leader (所长) at the station or a unit under it; an
 * auxiliary (辅警) assists, but the receipt's handing-over is signed by a sworn officer */
static const char SQL_STATION_OFFICER[] =
    "SELECT u.name FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role IN ('officer', 'leader') "
    "AND substr(o.path, 1, length(?2)) = ?2 LIMIT 1";

/* The 经办民警 of a return: handed_by when named, else the caller. Either must hold an officer or
 * leader grant at the item's station or below, else 422 on fields.handed_by: one named who is
 * not (an auxiliary, someone of a unit above) is refused as such; a caller who is not (an
 * auxiliary, an admin) is asked to pick one, as the web dialog does. The name joins the
 * request's fields, so the timeline's return event carries it (the receipt's 经办民警).
 * *out is the user who hands it over. */
static pa_err station_officer(struct wf_ctx *x, int64_t named, int64_t *out)
{
	struct db_stmt *s = db_prepare(x->conn, SQL_STATION_OFFICER);
	int64_t uid = named ? named : x->user->id;
	char name[AUTH_NAME_MAX] = "";
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, uid);
	db_bind_text(s, 2, x->c->org_path);
	if ((r = db_step(s)) == DB_ROW)
		snprintf(name, sizeof name, "%s", db_col_text(s, 0));
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r != DB_ROW && named) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "fields.handed_by",
		    "%s must be a sworn officer of this station (an auxiliary cannot hand it over)",
		    "fields.handed_by");
		return PA_ERR_INVALID;
	}
	if (r != DB_ROW) {
		pa_error_set(x->err, PA_ERR_INVALID, "missing_field", "fields.handed_by",
		    "choose the %s: a sworn officer of this station signs the receipt",
		    "fields.handed_by");
		return PA_ERR_INVALID;
	}
	/* the validated request is the engine's timeline data; the name is no field anyone
	 * sends (the validator ran already) */
	json_object_set_new((json_t *)x->fields, "handed_by_name", json_string(name));
	*out = uid;
	return PA_OK;
}

/* A return to someone other than the lost report's owner (代领): when the owner's ID number is
 * on the report and the claimant's is another, the officer says why they may take it (proxy:
 * 失主之子，持失主委托书); without it 409 on fields.proxy, and nothing is written. An owner with
 * no ID number on file is not compared; a document's holder (证件持有人) named on the report is
 * not its owner. Compared through the blind index: no number is opened. */
static pa_err owner_claims(struct wf_ctx *x, int64_t lid)
{
	const json_t *ps = json_object_get(x->fields, "persons");
	const char *given = val_str(json_array_get(ps, 0), "id_number"), *proxy = val_str(x->fields, "proxy");
	bool on_file = false, same = false;
	pa_err rc;

	if (given == NULL)
		return PA_OK;          /* claimant_check requires it: not reached */
	/* with a lost report its owner; without one, a found document's holders (证件持有人: the
	 * ID card handed in goes back to the one it names, or to someone who says why) */
	if ((rc = person_role_id_check(x->conn, lid ? lid : x->c->id, lid ? "owner" : "holder",
	    given, &on_file, &same, x->err)) != PA_OK)
		return rc;
	if (!on_file || same)
		return PA_OK;
	if (proxy == NULL || *proxy == '\0') {
		if (lid)
			pa_error_set(x->err, PA_ERR_CONFLICT, "claimant_not_owner", "fields.proxy",
			    "the claimant is not the owner named on the lost report; a return to someone "
			    "else needs the reason they may take it");
		else
			pa_error_set(x->err, PA_ERR_CONFLICT, "claimant_not_owner", "fields.proxy",
			    "the claimant is not the holder of the document handed in; a return to "
			    "someone else needs the reason they may take it");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;      /* the statement stays on the return's timeline event (the receipt's) */
}

/* return (拾遗物返还) on the found item: claimant, how ownership was verified, who handed it
 * over; the matched (or named) lost report closes with it. */
static pa_err return_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	int64_t lid = val_int(x->fields, "lost_id", 0), by = val_int(x->fields, "handed_by", 0);
	struct arena *a = NULL;
	struct case_rec l = { 0 };
	struct lf_write *w;
	bool confirmed = false;          /* lid is the pair's confirmed lost report */
	pa_err rc;

	if ((rc = claimant_check(x)) != PA_OK)
		return rc;
	/* who handed it over: an active officer or leader AT the station (or a unit under it),
	 * never an auxiliary nor someone of a unit above; the caller when none is named. The name
	 * goes on the return's timeline event (data.handed_by_name), which the receipt prints */
	if ((rc = station_officer(x, by, &by)) != PA_OK)
		return rc;
	/* the confirmed pair's lost report by default; another one named is refused while the
	 * item is confirmed for this one (it would wait, matched, for an item given away) */
	if (lid == 0) {
		if ((rc = confirmed_lost(x->conn, x->c->id, &lid)) != PA_OK)
			return rc;
		confirmed = lid != 0;
	} else if ((rc = pair_free(x, x->c->id, lid, "fields.lost_id")) != PA_OK) {
		return rc;
	}
	json_object_set_new(x->c->attrs, "verification",
	    json_string(val_str(x->fields, "verification")));
	json_object_set_new(x->c->attrs, "handed_by", json_integer(by));
	json_object_set_new(x->c->attrs, "returned_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "m_open", json_integer(0));
	/* a disposal asked for (申请处置) ends with the return: the item is the owner's again */
	json_object_set_new(x->c->attrs, "disposal", json_null());
	if (lid == 0)            /* returned without a lost report (无失物登记的返还) */
		return owner_claims(x, 0);
	if ((a = arena_new(64 * 1024)) == NULL)
		return PA_ERR_NOMEM;
	/* the confirmed pair's lost report closes with the item even when it was taken at a
	 * neighbouring station the returning officer cannot open (the pair was confirmed by
	 * someone who saw both); a lost report the caller names must be one they may see */
	if (confirmed) {
		if ((rc = case_load(x->conn, a, lid, &l)) != PA_OK)
			goto out;
	} else if ((rc = other_case(x, lid, SIDE_LOST, "fields.lost_id", false, a, &l)) != PA_OK) {
		goto out;
	}
	if ((rc = owner_claims(x, lid)) != PA_OK)
		goto out;
	json_object_set_new(x->c->attrs, "lost_id", json_integer(lid));
	if ((rc = set_write(x, 3, lid, x->c->id)) != PA_OK)
		goto out;
	w = x->write_data;
	w->lost_version = l.version;
	w->lost_from_status = strcmp(l.status, "matched") == 0 ? "matched" : "open";
	/* the officer who took the lost report is told (the found item's is, by its rule) */
	w->kind = "lf_returned";
	if (self_reported(&l) && l.reporter_id != x->user->id) {
		/* the owner who registered it: the report is closed, in their words */
		w->owner = l.reporter_id;
		w->owner_kind = "lf_owner_returned";
		snprintf(w->owner_zh, sizeof w->owner_zh, "失物招领：您登记的失物「%s」已领回，"
		    "登记已办结。", l.title);
		snprintf(w->owner_en, sizeof w->owner_en, "Lost and found: the item of your lost "
		    "report \"%s\" was handed back; the report is closed.", title_en_of(&l));
		utf8_clip(w->owner_zh);
		utf8_clip(w->owner_en);
	} else if (l.reporter_id != x->c->reporter_id) {
		tell_user(w, l.reporter_id, lid);
	}
	snprintf(w->note_zh, sizeof w->note_zh, "失物招领：失物登记「%s」的物品已返还失主", l.title);
	/* told only the lost report's officer (never the keeping station): no near_ notice */
	snprintf(w->note_en, sizeof w->note_en,
	    "Lost and found: the item of lost report \"%s\" was returned", title_en_of(&l));
	utf8_clip(w->note_zh);
	utf8_clip(w->note_en);
out:
	case_rec_clear(&l);
	arena_free(a);
	return rc;
}

/* dispose (上缴国库或依法处置): only after the claim period (民法典 art. 318) ended. */
static pa_err dispose_guard(const struct case_rec *c, const struct auth_user *u, int64_t now,
    struct pa_error *err)
{
	json_t *end = json_object_get(c->attrs, "claim_end_at");

	if (json_is_integer(end) && now < json_integer_value(end)) {
		/* the day it ends, in China time, so the refusal says how long to wait */
		char at[TIME_STR_MAX];
		time_format(json_integer_value(end), at);
		pa_error_set(err, PA_ERR_CONFLICT, "claim_period_running", "action",
		    "the claim period runs until %.10s; the item cannot be disposed of before it ends",
		    at);
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* No disposal of an item whose owner is known: a confirmed lost report (still open) waits
 * for it; 409 owner_waiting (return it, or dismiss the pair first). */
static pa_err owner_waits(struct wf_ctx *x)
{
	struct db_stmt *s = db_prepare(x->conn, SQL_CONFIRMED_LOST);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, x->c->id);
	r = db_step(s);
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r == DB_ROW) {
		pa_error_set(x->err, PA_ERR_CONFLICT, "owner_waiting", "action",
		    "a confirmed lost report waits for this item: return it to the owner");
		return PA_ERR_CONFLICT;
	}
	return PA_OK;
}

/* request_disposal (申请处置): an officer asks, after the claim period, for a lawful disposal;
 * the station's leader approves (approve_disposal) or refuses it (refuse_disposal). The
 * method asked for is shown as the item's disposal until then. */
static pa_err request_disposal_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	pa_err rc;

	if ((rc = owner_waits(x)) != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "disposal", json_string(val_str(x->fields, "disposal")));
	return PA_OK;
}

static pa_err approve_disposal_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	pa_err rc;

	if ((rc = owner_waits(x)) != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "disposed_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "m_open", json_integer(0));
	return PA_OK;
}

static pa_err refuse_disposal_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	json_object_set_new(x->c->attrs, "disposal", json_null());
	return PA_OK;
}

static pa_err dispose_apply(struct wf_ctx *x)
{
	PII_ACTION(x);
	pa_err rc;

	if ((rc = owner_waits(x)) != PA_OK)
		return rc;
	json_object_set_new(x->c->attrs, "disposal", json_string(val_str(x->fields, "disposal")));
	json_object_set_new(x->c->attrs, "disposed_at", json_integer(x->now));
	json_object_set_new(x->c->attrs, "m_open", json_integer(0));
	return PA_OK;
}

static const struct val_field pair_fields[] = {
	{ "found_id", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	VAL_END
};
static const struct val_field reason_fields[] = {
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field store_fields[] = {
	{ "storage_place", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const struct val_field return_fields[] = {
	{ "persons", VT_ARRAY, VF_REQUIRED, 1, 4, NULL, NULL },
	{ "verification", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "lost_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "handed_by", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "proxy", VT_STRING, VF_NULLABLE, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
static const char *const disposals[] = { "treasury", "auction", "destroy", "transfer", NULL };
static const struct val_field dispose_fields[] = {
	{ "disposal", VT_STRING, VF_REQUIRED, 1, 16, disposals, NULL },
	{ "reason", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

static const char *const from_lost_open[] = { "open", "matched", NULL };
static const char *const from_lost_new[] = { "open", NULL };
static const char *const from_registered[] = { "registered", NULL };
/* kept and still claimable: a disposal waiting for approval does not stop a return */
static const char *const from_kept[] = { "registered", "disposal_pending", NULL };
static const char *const from_disposal_pending[] = { "disposal_pending", NULL };
static const char *const from_none[] = { NULL };

static const struct wf_status lost_statuses[] = {
	{ "open", "寻找中", "Open", false },
	{ "matched", "已匹配", "Matched", false },
	{ "returned", "已领回", "Returned", true },
	{ "withdrawn", "已撤销", "Withdrawn", true },
	{ NULL, NULL, NULL, false },
};
static const struct wf_action lost_actions[] = {
	{ "match", "确认匹配", "Confirm match", from_lost_new, "matched", STAFF_LF, false,
	  pair_fields, NULL, match_apply },
	{ "dismiss_match", "排除匹配", "Dismiss match", from_lost_open, NULL, STAFF_LF, false,
	  pair_fields, NULL, dismiss_apply },
	/* the owner who registered it (群众自行登记) withdraws their own too */
	{ "withdraw", "撤销登记", "Withdraw", from_lost_open, "withdrawn", STAFF_LF | WF_REPORTER,
	  true, reason_fields, NULL, withdraw_apply },
	/* never taken on the report itself: the found item's return closes it (lf_write_run)
	 * and its timeline entry is named so, not by another type's "return" (退回) */
	{ "return", "物品已领回", "Item returned", from_none, "returned", 0, false, NULL, NULL,
	  NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

static const struct wf_status found_statuses[] = {
	{ "registered", "待认领", "Awaiting claim", false },
	{ "disposal_pending", "处置待审批", "Disposal awaiting approval", false },
	{ "returned", "已返还", "Returned", true },
	{ "disposed", "已处置", "Disposed of", true },
	{ NULL, NULL, NULL, false },
};
static const struct wf_action found_actions[] = {
	{ "store", "入库保管", "Store", from_registered, NULL, STAFF_LF, false, store_fields,
	  store_guard, store_apply },
	{ "move", "移库", "Move", from_kept, NULL, STAFF_LF, false, store_fields, move_guard,
	  store_apply },
	{ "return", "返还失主", "Return to owner", from_kept, "returned", STAFF_LF, false,
	  return_fields, NULL, return_apply },
	{ "request_disposal", "申请处置", "Ask to dispose of", from_registered, "disposal_pending",
	  ROLE_OFFICER | ROLE_AUXILIARY, true, dispose_fields, dispose_guard,
	  request_disposal_apply },
	{ "approve_disposal", "批准处置", "Approve disposal", from_disposal_pending, "disposed",
	  ROLE_LEADER | ROLE_ADMIN, false, NULL, dispose_guard, approve_disposal_apply },
	{ "refuse_disposal", "不批准处置", "Refuse disposal", from_disposal_pending, "registered",
	  ROLE_LEADER | ROLE_ADMIN, true, reason_fields, NULL, refuse_disposal_apply },
	{ "dispose", "依法处置", "Dispose of", from_registered, "disposed", ROLE_LEADER | ROLE_ADMIN,
	  true, dispose_fields, dispose_guard, dispose_apply },
	/* never offered (done on the lost report): names the found item's timeline entry when
	 * its pair is confirmed */
	{ "match", "确认匹配", "Pair confirmed", from_none, NULL, 0, false, NULL, NULL, NULL },
	{ "dismiss_match", "撤销匹配确认", "Pair undone", from_none, NULL, 0, false, NULL, NULL,
	  NULL },
	{ NULL, NULL, NULL, NULL, NULL, 0, false, NULL, NULL, NULL },
};

/* The side tables' columns, in order. m_* copy unit, category and openness for the match
 * index (internal). */
static const struct type_field lost_fields[] = {
	{ "color", "颜色", "Colour", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH | TF_PUBLIC, NULL },
	{ "brand", "品牌", "Brand", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH, NULL },
	{ "model", "型号", "Model", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "serial", "串号/编号", "Serial", TF_TEXT, TF_STORED, NULL },
	{ "marks", "特征与内容物", "Marks and contents", TF_TEXT, TF_STORED, NULL },
	{ "lost_from", "丢失时间（起）", "Lost from", TF_TIME, TF_STORED | TF_LIST | TF_EDIT, NULL },
	{ "lost_to", "丢失时间（止）", "Lost until", TF_TIME, TF_STORED | TF_EDIT, NULL },
	/* the found item is the desk's: its owner is told where to claim it (claim_office) */
	{ "found_id", "匹配的拾遗物", "Matched found item", TF_CASE, TF_STORED | TF_STAFF, NULL },
	{ "returned_at", "领回时间", "Returned at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "m_org", "匹配单位", "Match unit", TF_UNIT, TF_STORED | TF_INTERNAL, NULL },
	{ "m_cat", "匹配类别", "Match category", TF_TEXT, TF_STORED | TF_INTERNAL, NULL },
	{ "m_open", "参与匹配", "Open for matching", TF_INT, TF_STORED | TF_INTERNAL, NULL },
	/* extras (cases.attrs): registered by its owner (群众自行登记), and while a found item is
	 * confirmed for such a report, where to claim it (the keeping station and its office:
	 * {"station", "address", "phone", "hours"}, copied at the confirmation and read as they
	 * are now whenever the report is shown, lost_read_live) */
	{ "self_reported", "群众自行登记", "Registered by the owner", TF_BOOL, 0, NULL },
	{ "claim_office", "认领地点", "Where to claim", TF_JSON, 0, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_LOST_SELECT[] =
    "SELECT color, brand, model, serial, marks, lost_from, lost_to, found_id, returned_at, "
    "m_org, m_cat, m_open FROM lost_details WHERE case_id = ?1";
static const char SQL_LOST_UPSERT[] =
    "INSERT INTO lost_details (case_id, color, brand, model, serial, marks, lost_from, lost_to, "
    "found_id, returned_at, m_org, m_cat, m_open) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13) ON CONFLICT (case_id) DO UPDATE SET color = ?2, brand = ?3, "
    "model = ?4, serial = ?5, marks = ?6, lost_from = ?7, lost_to = ?8, found_id = ?9, "
    "returned_at = ?10, m_org = ?11, m_cat = ?12, m_open = ?13";

/* The lawful disposals (依法处置) by name: the dispose dialog offers them, the case shows them. */
static const struct tf_choice disposal_names[] = {
	{ "treasury", "上缴国库", "Handed to the treasury" },
	{ "auction", "依法拍卖", "Auctioned" },
	{ "destroy", "销毁", "Destroyed" },
	{ "transfer", "移交有关部门", "Transferred to the competent authority" },
	{ NULL, NULL, NULL },
};

static const struct type_field found_fields[] = {
	{ "color", "颜色", "Colour", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH | TF_PUBLIC, NULL },
	{ "brand", "品牌", "Brand", TF_TEXT, TF_STORED | TF_LIST | TF_SEARCH, NULL },
	{ "model", "型号", "Model", TF_TEXT, TF_STORED | TF_SEARCH, NULL },
	{ "serial", "串号/编号", "Serial", TF_TEXT, TF_STORED, NULL },
	{ "marks", "特征与内容物", "Marks and contents", TF_TEXT, TF_STORED, NULL },
	{ "found_at", "拾得时间", "Found at", TF_TIME, TF_STORED | TF_LIST | TF_PUBLIC | TF_EDIT, NULL },
	{ "storage_place", "存放位置", "Storage place", TF_TEXT, TF_STORED | TF_LIST, NULL },
	{ "handed_in", "已入库", "Handed in", TF_BOOL, TF_STORED, NULL },
	{ "moves", "移库次数", "Moves", TF_INT, TF_STORED, NULL },
	{ "notice_at", "招领公告时间", "Notice from", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "claim_end_at", "认领期限", "Claim period ends", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "lost_id", "对应失物登记", "Lost report", TF_CASE, TF_STORED, NULL },
	{ "verification", "权属核验", "Ownership verified by", TF_TEXT, TF_STORED, NULL },
	{ "handed_by", "经办民警", "Handed over by", TF_USER, TF_STORED, NULL },
	{ "returned_at", "返还时间", "Returned at", TF_TIME, TF_STORED | TF_LIST, NULL },
	{ "disposal", "处置方式", "Disposal", TF_CHOICE, TF_STORED, disposal_names },
	{ "disposed_at", "处置时间", "Disposed at", TF_TIME, TF_STORED, NULL },
	{ "m_org", "匹配单位", "Match unit", TF_UNIT, TF_STORED | TF_INTERNAL, NULL },
	{ "m_cat", "匹配类别", "Match category", TF_TEXT, TF_STORED | TF_INTERNAL, NULL },
	{ "m_open", "参与匹配", "Open for matching", TF_INT, TF_STORED | TF_INTERNAL, NULL },
	{ NULL, NULL, NULL, TF_TEXT, 0, NULL },
};
static const char SQL_FOUND_SELECT[] =
    "SELECT color, brand, model, serial, marks, found_at, storage_place, handed_in, moves, "
    "notice_at, claim_end_at, lost_id, verification, handed_by, returned_at, disposal, "
    "disposed_at, m_org, m_cat, m_open FROM found_details WHERE case_id = ?1";
static const char SQL_FOUND_UPSERT[] =
    "INSERT INTO found_details (case_id, color, brand, model, serial, marks, found_at, "
    "storage_place, handed_in, moves, notice_at, claim_end_at, lost_id, verification, "
    "handed_by, returned_at, disposal, disposed_at, m_org, m_cat, m_open) VALUES (?1, ?2, ?3, "
    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21) "
    "ON CONFLICT (case_id) DO UPDATE SET color = ?2, brand = ?3, model = ?4, serial = ?5, "
    "marks = ?6, found_at = ?7, storage_place = ?8, handed_in = ?9, moves = ?10, "
    "notice_at = ?11, claim_end_at = ?12, lost_id = ?13, verification = ?14, handed_by = ?15, "
    "returned_at = ?16, disposal = ?17, disposed_at = ?18, m_org = ?19, m_cat = ?20, "
    "m_open = ?21";

/* What PATCH may change beside the common fields (the description, place and title): the
 * descriptive fields; each edit scores the item's candidates again (on_update). */
static const struct val_field lf_edit_fields[] = {
	{ "color", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "brand", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "model", VT_STRING, VF_NULLABLE, 0, LIM_NAME_CHARS, NULL, NULL },
	{ "serial", VT_STRING, VF_NULLABLE, 0, LIM_LF_SERIAL_CHARS, NULL, NULL },
	{ "marks", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};

/* The category picks the index range an item is found in: it is fixed once registered (a
 * wrong one is withdrawn and registered again). */
static const char *const locked[] = { "category", NULL };

/* 群众自行登记: what the owner who registered a lost report may correct in it (PATCH) — the
 * description they gave at the registration: what the item is like, where and when it was
 * lost (category too, which the engine then refuses for everyone: locked). The station's
 * fields (priority, deadline) are not theirs; "version" is every PATCH's. */
static const char *const owner_edit[] = { "version", "title", "body", "color", "brand",
	"model", "serial", "marks", "address", "lat", "lon", "lost_from", "lost_to", "category",
	NULL };

/* Whether PATCH of a lost report takes field name (a field the engine knows for it). */
static bool lost_patch_field(const char *name)
{
	for (const struct val_field *f = case_update_fields; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return true;
	for (const struct val_field *f = lf_edit_fields; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return true;
	return type_field_editable(&lost_type, type_field_find(&lost_type, name));
}

/* case_type.edit_rule of a lost report: staff (and an officer who registered it) as the
 * engine's default; the owner who registered it themselves (the poster without a staff role
 * over it, who reads the poster's view) corrects their description while it is still looked
 * for (open): not once the station has confirmed a found item for it (matched: the desk holds
 * the owner's claim against that description) nor once it is closed, and never a field the
 * station sets (422 naming it). A correction is matched again (on_update). */
static pa_err lost_edit_rule(const struct case_rec *c, const struct auth_user *u,
    const json_t *changes, struct pa_error *err)
{
	const char *key;
	json_t *v;

	if (c->reporter_id != u->id || case_persons_visible(c, u))
		return case_edit_default(c, u, err);
	if (strcmp(c->status, "matched") == 0) {
		pa_error_set(err, PA_ERR_CONFLICT, "report_confirmed", NULL,
		    "the station has found an item that may be yours: the report can no longer be "
		    "changed; ask the station to correct it");
		return PA_ERR_CONFLICT;
	}
	if (strcmp(c->status, "open") != 0 || c->closed_at) {
		pa_error_set(err, PA_ERR_CONFLICT, "report_closed", NULL,
		    "the report is closed (the item was handed back or the report withdrawn): it can "
		    "no longer be changed");
		return PA_ERR_CONFLICT;
	}
	json_object_foreach((json_t *)changes, key, v) {
		bool own = false;
		for (int i = 0; owner_edit[i] && !own; i++)
			own = strcmp(owner_edit[i], key) == 0;
		/* a field PATCH does not know for the type: the engine's unknown_field */
		if (own || !lost_patch_field(key))
			continue;
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", key,
		    "%s is set by the station: it cannot be changed in a report of one's own", key);
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

/* Read-time values of a found item: whether it is on the public notice now (noticed: what
 * GET /public/found lists — open, its notice time come, and no owner waiting for it), why not
 * when its owner is confirmed (notice_withheld "owner_waiting": it said noticed true while the
 * public list left it out), days left to claim and whether the claim period has ended. An
 * owner waits exactly while 对应失物登记 (lost_id) is set on an open item: set at the pair's
 * confirmation, cleared when it is undone or its report withdrawn (lf_write_run), the same
 * condition as LF_OWNER_WAITING_SQL, which the JSON cannot run (it reads the case and its
 * side row only). */
static void found_extra(struct sb *b, const struct case_rec *c, int64_t now)
{
	json_t *n = json_object_get(c->attrs, "notice_at"), *e = json_object_get(c->attrs,
	    "claim_end_at");
	int64_t end = json_is_integer(e) ? json_integer_value(e) : 0;
	bool waits = !c->closed_at && json_is_integer(json_object_get(c->attrs, "lost_id"));

	sb_printf(b, ",\"noticed\":%s,\"notice_withheld\":%s", json_is_integer(n) &&
	    !c->closed_at && !waits && json_integer_value(n) <= now ? "true" : "false",
	    waits ? "\"owner_waiting\"" : "null");
	/* claim_ended on the server's clock, the one dispose_guard reads: the page says whether
	 * disposal may be asked for from it, not from the browser's clock */
	if (end && !c->closed_at)
		sb_printf(b, ",\"claim_days_left\":%lld,\"claim_ended\":%s",
		    (long long)(end > now ? (end - now + DAY_MS - 1) / DAY_MS : 0),
		    end <= now ? "true" : "false");
}

/* case_type.approval_detail of a found item waiting for 批准处置: the disposal asked for, the
 * reason and who asked (the timeline's request_disposal), and what the item is and whose
 * keeping it is in: its category, colour, station and the end of its claim period (a leader
 * approved from a code and a title alone, in Chinese). */
static pa_err found_approval_detail(struct db_conn *conn, const struct case_rec *c, bool en,
    json_t *rows)
{
	const struct type_field *df = type_field_find(c->type, "disposal");
	const char *disposal = json_string_value(json_object_get(c->attrs, "disposal"));
	const char *color = json_string_value(json_object_get(c->attrs, "color"));
	char cat[128] = "", color_e[LIM_NAME_CHARS * 3 + 32] = "";
	pa_err rc;

	if (!category_name(conn, c->category, en, cat, sizeof cat))
		snprintf(cat, sizeof cat, "%s", c->category ? c->category : "");
	if (en && color && !val_blank(color))
		lf_color_en(color, color_e, sizeof color_e);
	case_detail_row(rows, "disposal", "处置方式", "Disposal", en,
	    disposal && df ? tf_choice_name(df, disposal, en) : disposal);
	if ((rc = case_detail_asked(conn, c, "request_disposal", en, rows)) != PA_OK)
		return rc;
	case_detail_row(rows, "category", "物品类别", "Category", en, cat);
	case_detail_row(rows, "color", "颜色", "Colour", en, en ? color_e : color);
	case_detail_row(rows, "station", "保管单位", "Kept by", en, c->org_name);
	case_detail_day(rows, "claim_end", "认领期限届满", "Claim period ended", en,
	    json_object_get(c->attrs, "claim_end_at"));
	return PA_OK;
}

static const struct person_role lost_roles[] = {
	{ "owner", "失主", "Owner", 0, 1 },
	{ "holder", "证件持有人", "ID holder", 0, LF_PII_IDS },
	{ NULL, NULL, NULL, 0, 0 },
};
static const struct person_role found_roles[] = {
	{ "finder", "拾得人", "Finder", 0, 1 },
	{ "claimant", "领取人", "Claimant", 0, 1 },
	{ "holder", "证件持有人", "ID holder", 0, LF_PII_IDS },
	{ NULL, NULL, NULL, 0, 0 },
};

/* What the owner who registered a lost report reads on its timeline beside its creation
 * (case_type.poster_timeline): the changes of its status — found (已找到待认领), that undone,
 * withdrawn, returned — without the desk's notes, data or names, and in the owner's words,
 * those of their notices (lf_owner_*), not the desk's (确认匹配, 排除匹配 are what an officer
 * does). */
static const struct poster_action lost_poster_actions[] = {
	{ "match", "已找到疑似您的物品", "An item that may be yours was found" },
	/* only the confirmed pair undone changes the status the owner reads */
	{ "dismiss_match", "经核对不是您的物品，继续查找", "Not your item after all; still looking" },
	{ "withdraw", "失物登记已撤销", "Lost report withdrawn" },
	{ "return", "失物已领回", "Item handed back" },
	{ NULL, NULL, NULL },
};

/* the registers' exports (登记簿) show who lost or found it, masked, as the page does */
static const char *const lost_export_roles[] = { "owner", NULL };
static const char *const found_export_roles[] = { "finder", NULL };

static const struct notify_rule lost_rules[] = {
	{ "create", ROLE_OFFICER | ROLE_LEADER | NR_AT_ORG, "lf_lost", "新的失物登记：%s",
	  "New lost report: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};
static const char *const done_disposal[] = { "approve_disposal", "refuse_disposal", "return",
	NULL };
static const char *const found_approvals[] = { "approve_disposal", NULL };
static const struct notify_rule found_rules[] = {
	{ "request_disposal", ROLE_LEADER | NR_AT_ORG, "lf_disposal", "拾遗物处置待审批：%s",
	  "A disposal of a found item waits for your approval: %s", done_disposal },
	{ "approve_disposal", ROLE_OFFICER | ROLE_AUXILIARY | NR_AT_ORG, "lf_disposal_approved",
	  "拾遗物处置已批准：%s", "The disposal of a found item was approved: %s", NULL },
	{ "refuse_disposal", ROLE_OFFICER | ROLE_AUXILIARY | NR_AT_ORG, "lf_disposal_refused",
	  "拾遗物处置未批准：%s", "The disposal of a found item was refused: %s", NULL },
	/* the leader's own 依法处置: the desk is told as of an approved one (an owner who turns
	 * up later is told the item is gone; it told nobody) */
	{ "dispose", ROLE_OFFICER | ROLE_AUXILIARY | NR_AT_ORG, "lf_disposed",
	  "拾遗物已依法处置：%s", "A found item was disposed of: %s", NULL },
	{ "create", ROLE_OFFICER | ROLE_LEADER | NR_AT_ORG, "lf_found", "新的拾遗物登记：%s",
	  "New found item: %s", NULL },
	{ "return", NR_REPORTER, "lf_returned", "拾遗物已返还：%s", "Found item returned: %s", NULL },
	{ NULL, 0, NULL, NULL, NULL, NULL },
};


/* ---- its words (src/util/msg.c adds them at start; tools/msgcheck.py checks them) */

/* The names of its notice kinds (通知类型) in the inbox and its export. */
static const struct notice_kind notices[] = {
	{ "lf_returned", "失物已返还", "Item returned" },
	{ "lf_match", "失物疑似匹配", "Likely match" },
	{ "lf_confirmed", "失物匹配已确认", "Match confirmed" },
	{ "lf_unconfirmed", "失物匹配确认已撤销", "Match undone" },
	{ "lf_noticed", "招领公告已发布", "Public notice out" },
	{ "lf_claim_ending", "认领期限将满", "Claim period ending" },
	{ "lf_claim_ended", "认领期已满", "Claim period ended" },
	{ "lf_disposal", "拾遗物处置待审批", "Disposal awaiting approval" },
	{ "lf_disposal_approved", "拾遗物处置已批准", "Disposal approved" },
	{ "lf_disposal_refused", "拾遗物处置未批准", "Disposal refused" },
	{ "lf_disposed", "拾遗物已依法处置", "Found item disposed of" },
	{ "lf_lost", "失物登记", "Lost report" },
	{ "lf_found", "拾遗物登记", "Found item" },
	/* to the owner who registered the report (群众自行登记) */
	{ "lf_owner_found", "失物可能已找到", "Your item may have been found" },
	{ "lf_owner_unconfirmed", "失物认领通知已撤回", "Claim notice withdrawn" },
	{ "lf_owner_withdrawn", "失物登记已撤销", "Lost report withdrawn" },
	{ "lf_owner_returned", "失物已领回", "Item handed back" },
	{ NULL, NULL, NULL },
};

/* The Chinese of its error messages (错误信息中文). */
static const struct msg_zh msgs_zh[] = {
	/* the catalogue page of the lost-and-found categories (catalog.c) */
	{ "a lost-and-found category has only a code and a name", "失物招领的物品类别只需代码和名称" },
	{ "category must be a code of the lost-and-found catalogue", "请选择失物招领的物品类别" },
	{ "the lost-from time must not be after the lost-until time", "丢失时间的起点不能晚于终点" },
	{ "the lost-from time must not be in the future", "丢失时间不能晚于现在" },
	{ "the lost-until time must not be in the future", "丢失时间的终点不能晚于现在" },
	{ "the time found must not be in the future", "拾得时间不能晚于现在" },
	{ "%s does not name a registration you may see", "%s不是您可查看的登记" },
	{ "%s is already closed", "%s已办结" },
	{ "the item is not in the station's keeping yet: store it first", "该物品尚未入库保管，请先入库" },
	{ "the item is already in the station's keeping: move it instead", "该物品已入库保管，如需调整请移库" },
	{ "each person of a return must have the role claimant", "返还时登记的人员只能是领取人" },
	{ "a return needs exactly one claimant with an ID card number", "返还须登记一名持身份证的领取人" },
	{ "a return needs the claimant's name", "返还须填写领取人姓名" },
	{ "the claimant is not the owner named on the lost report; a return to someone else "
	  "needs the reason they may take it",
	  "领取人与失物登记的失主身份证号不符；由他人代领须填写代领说明（与失主的关系及凭据）" },
	{ "the claimant is not the holder of the document handed in; a return to someone else "
	  "needs the reason they may take it",
	  "领取人与拾得证件上的持有人身份证号不符；由他人代领须填写代领说明（与持有人的关系及凭据）" },
	{ "the claim period runs until %.10s; the item cannot be disposed of before it ends",
	  "认领期限至%.10s，期满前不能处置该物品" },
	{ "%s must be a sworn officer of this station (an auxiliary cannot hand it over)",
	  "%s须为本所民警（辅警不能作为经办人）" },
	{ "choose the %s: a sworn officer of this station signs the receipt",
	  "请选择%s：领取凭证须由本所民警签字（辅警不能作为经办人）" },
	{ "the found item is already confirmed for another lost report: dismiss that match first",
	  "该拾遗物已确认与另一份失物登记匹配，请先在那份失物登记上排除匹配" },
	{ "a confirmed lost report waits for this item: return it to the owner",
	  "该物品已确认与失物登记匹配，失主待领，请返还失主，不能处置" },
	{ "each pair of neighbouring units must name both units",
	  "相邻单位的每一项都须写明两个单位" },
	{ "neighbours must pair two different existing units", "相邻单位须是两个不同的已有单位" },
	{ "cannot store the settings", "设置保存失败，请稍后重试" },
	/* the claim office of a unit (认领地点, lf_office.c) */
	{ "%s must be one line of text", "%s只能填写一行文字" },
	{ "phone number may hold only digits, spaces, -, +, parentheses and an extension mark",
	  "联系电话只能包含数字、空格、-、+、括号和“转”" },
	{ "only an admin or a leader over this unit may set its claim office",
	  "只有本单位或上级单位的管理员、所长可以设置认领地点" },
	{ "cannot store the claim office", "认领地点保存失败，请稍后重试" },
	/* a citizen's own lost report (群众自行登记) and a found item they may not register */
	{ "found items are registered by a police station: hand what you found in at a station",
	  "拾遗物由派出所登记，捡到物品请送交附近派出所" },
	{ "%s is set by the station, not in a report of one's own",
	  "%s由派出所填写，自行登记失物时不能填写" },
	{ "%s is set by the station: it cannot be changed in a report of one's own",
	  "%s由派出所填写，自行登记的失物不能修改此项" },
	{ "the station has found an item that may be yours: the report can no longer be "
	  "changed; ask the station to correct it",
	  "派出所已找到疑似您的物品，登记不能再修改；如需更正请联系派出所" },
	{ "the report is closed (the item was handed back or the report withdrawn): it can "
	  "no longer be changed",
	  "该失物登记已办结（物品已领回或登记已撤销），不能再修改" },
	{ "choose the police station your report goes to", "请选择受理的派出所" },
	{ "a report of one's own names only its owner, the one who registers it",
	  "自行登记的失物只能登记本人为失主，不能填写他人" },
	{ NULL, NULL },
};

/* The labels of its request fields (Chinese, English), for the messages that name them. */
static const struct field_label labels[] = {
	{ "brand", "品牌", "brand", NULL, NULL },
	{ "claim_days", "认领期限天数", "claim period in days", NULL, NULL },
	{ "color", "颜色", "colour", NULL, NULL },
	{ "disposal", "处置方式", "disposal", NULL, NULL },
	{ "found_at", "拾得时间", "time found", NULL, NULL },
	{ "found_id", "拾遗物登记", "found item", NULL, NULL },
	{ "hours", "办公时间", "office hours", NULL, NULL },
	{ "lost_from", "丢失时间（起）", "lost-from time", NULL, NULL },
	{ "lost_id", "失物登记", "lost report", NULL, NULL },
	{ "lost_to", "丢失时间（止）", "lost-until time", NULL, NULL },
	{ "marks", "特征与内容物", "marks and contents", NULL, NULL },
	{ "model", "型号", "model", NULL, NULL },
	{ "neighbour_id", "相邻单位", "neighbouring unit", NULL, NULL },
	{ "neighbours", "相邻单位", "neighbouring units", "neighbouring unit", "个相邻单位" },
	{ "notice_days", "公告等待天数", "days before the public notice", NULL, NULL },
	{ "serial", "串号/编号", "serial number", NULL, NULL },
	{ "storage_place", "存放位置", "storage place", NULL, NULL },
	{ "verification", "权属核验", "proof of ownership", NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL },
};

/* The desk's words for the common export columns of both registers (登记, not 上报). */
static const struct case_col_label col_labels[] = {
	{ "reporter_name", "登记人", "Registered by" },
	{ "created_at", "登记时间", "Registered at" },
	{ NULL, NULL, NULL },
};

const struct case_type lost_type = {
	.code = "lost", .name_zh = "失物登记", .name_en = "Lost report", .code_prefix = "SW",
	.initial = "open", .statuses = lost_statuses, .actions = lost_actions,
	.who_create = STAFF_LF | ROLE_CITIZEN, .create_fields = lost_create_fields,
	.on_create = lost_on_create, .after_create = after_create,
	.edit_fields = lf_edit_fields, .edit_check = edit_check, .on_update = on_update,
	.after_update = after_update, .edit_scrub = edit_scrub,
	.fields = lost_fields, .side_select = SQL_LOST_SELECT, .side_upsert = SQL_LOST_UPSERT,
	.locked_fields = locked, .notify = lost_rules, .edit_rule = lost_edit_rule,
	.category_name = category_name, .person_roles = lost_roles,
	.export_roles = lost_export_roles,
	.notices = notices,
	.msgs_zh = msgs_zh,
	.labels = labels,
	.col_labels = col_labels,
	.desk_section = true,        /* 阳光坐席: its own panel; listed in the day's items */
	.title_lang = lf_title_lang, /* a made title in the reader's language */
	/* the owner who registered it reads what happened to it, not the desk's work */
	.poster_timeline = lost_poster_actions,
	.read_live = lost_read_live, /* where to claim: the keeping station's office now */
};

const struct case_type found_type = {
	.code = "found", .name_zh = "拾遗物登记", .name_en = "Found item", .code_prefix = "SY",
	.initial = "registered", .statuses = found_statuses, .actions = found_actions,
	.who_create = STAFF_LF, .create_fields = found_create_fields,
	.on_create = found_on_create, .after_create = after_create, .extra_json = found_extra,
	.edit_fields = lf_edit_fields, .edit_check = edit_check, .on_update = on_update,
	.after_update = after_update, .edit_scrub = edit_scrub,
	.fields = found_fields, .side_select = SQL_FOUND_SELECT, .side_upsert = SQL_FOUND_UPSERT,
	.locked_fields = locked, .notify = found_rules, .approvals = found_approvals,
	.title_lang = lf_title_lang,  /* a made title in the reader's language */
	.approval_detail = found_approval_detail,   /* 待我审批: what a disposal asks */
	.category_name = category_name, .person_roles = found_roles,
	.export_roles = found_export_roles,
	.col_labels = col_labels,
	.desk_section = true,        /* 阳光坐席: its own panel; listed in the day's items */
};
