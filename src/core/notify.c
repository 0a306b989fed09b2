/* notify.c — the in-app inbox and the Server-Sent Events stream.
 *
 * Streams: each GET /api/v1/stream holds a small outgoing buffer. The stream's reader hands
 * http what is buffered; with nothing to send it answers HTTP_STREAM_WAIT and http suspends
 * the connection. A committed change appends an event to every stream whose user may see the
 * case and resumes it (http_stream_resume). No worker thread ever blocks on an idle stream. */
#include "notify.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "case.h"

#define STREAM_BUF_MAX  (256 * 1024)   /* a client that falls this far behind is cut off */
#define STREAMS_MAX     (LIM_CONNECTIONS / 2)   /* leave connections for everything else */
#define STREAMS_PER_USER 8

/* ------------------------------------------------------------------ inbox */

/* One notice per person, case, kind and instant: a rule that reaches the same person by two
 * paths (the assignee and the department's handlers) tells them once. The check and the
 * insert are two statements on purpose: an INSERT ... SELECT WHERE NOT EXISTS may write
 * several rows, so SQLite gives it a statement journal, which copies every page the insert
 * touches (4 KiB each) into the sub-journal first; a one-row INSERT ... VALUES needs none.
 * That copy was a third of the CPU of an SLA pass. */
static const char SQL_NOTE_SEEN[] =
    "SELECT 1 FROM notifications WHERE user_id = ?1 AND case_id IS ?2 AND kind = ?3 "
    "AND created_at = ?4";
/* With a case: its few notices (notifications_case). Left to itself SQLite took
 * notifications_user_time (user_id, created_at), and every warning of an SLA pass has the same
 * created_at, so each check walked the pass's earlier warnings to the same officer: quadratic,
 * 0.9 ms of CPU per warning at 2,048 a pass. The + keeps those two columns off the index. */
static const char SQL_NOTE_SEEN_CASE[] =
    "SELECT 1 FROM notifications WHERE case_id = ?2 AND kind = ?3 AND +user_id = ?1 "
    "AND +created_at = ?4";
static const char SQL_NOTE_PUT[] =
    "INSERT INTO notifications (user_id, case_id, kind, message, message_en, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

pa_err notify_user(struct db_conn *c, int64_t user_id, int64_t case_id, const char *kind,
    const char *msg_zh, const char *msg_en, int64_t now)
{
	struct db_stmt *s = db_prepare(c, case_id ? SQL_NOTE_SEEN_CASE : SQL_NOTE_SEEN);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user_id);
	if (case_id)
		db_bind_int(s, 2, case_id);
	db_bind_text(s, 3, kind);
	db_bind_int(s, 4, now);
	r = db_step(s);
	db_reset(s);
	if (r != DB_DONE)
		return r == DB_ROW ? PA_OK : PA_ERR_DB;
	if ((s = db_prepare(c, SQL_NOTE_PUT)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user_id);
	if (case_id)
		db_bind_int(s, 2, case_id);
	db_bind_text(s, 3, kind);
	db_bind_text(s, 4, msg_zh);
	db_bind_text(s, 5, msg_en ? msg_en : msg_zh);
	db_bind_int(s, 6, now);
	return db_run(s);
}

static const char SQL_NOTE_HOLDERS[] =
    "SELECT g.user_id, g.role FROM grants g JOIN users u ON u.id = g.user_id "
    "WHERE g.org_id = ?1 AND u.disabled = 0 ORDER BY g.user_id";

/* The remembered holders of (org_id, roles), or NULL. */
static const struct notify_holders_entry *cache_find(const struct notify_cache *nc,
    int64_t org_id, unsigned roles)
{
	for (int i = 0; nc && i < nc->n; i++)
		if (nc->e[i].org_id == org_id && nc->e[i].roles == roles)
			return &nc->e[i];
	return NULL;
}

/* The holders of roles at the nearest unit from org_id up that has any, except skip; when no
 * unit up to the root has one, the nearest admins. With a cache (one writer job), the walk up
 * the tree runs once per unit and roles. */
static pa_err notify_holders(struct db_conn *c, struct notify_cache *nc, int64_t org_id,
    unsigned roles, int64_t case_id, const char *kind, const char *msg_zh, const char *msg_en,
    int64_t now, int64_t skip)
{
	const struct notify_holders_entry *hit = cache_find(nc, org_id, roles);
	struct notify_holders_entry *keep = NULL;
	struct db_stmt *s;
	char path[LIM_ORG_PATH];
	int64_t chain[LIM_ORG_DEPTH];
	int n = 0;
	bool found = false;
	pa_err rc;

	if (hit) {
		for (int i = 0; i < hit->nusers; i++)
			if (hit->users[i] != skip && (rc = notify_user(c, hit->users[i], case_id, kind,
			    msg_zh, msg_en, now)) != PA_OK)
				return rc;
		return PA_OK;
	}
	if (nc && nc->n < NOTIFY_CACHE_UNITS) {
		keep = &nc->e[nc->n];
		keep->org_id = org_id;
		keep->roles = roles;
		keep->nusers = 0;
	}
	if (!org_path(c, org_id, path)) {
		if (keep)
			nc->n++;   /* no such unit: nobody, remembered too */
		return PA_OK;
	}
	/* "/1/3/7/" → 1, 3, 7: walk it from the unit up */
	for (char *p = path; *p && n < LIM_ORG_DEPTH;) {
		int64_t id = 0;
		while (*p == '/')
			p++;
		if (!*p)
			break;
		while (*p >= '0' && *p <= '9')
			id = id * 10 + (*p++ - '0');
		chain[n++] = id;
	}
	for (int i = n - 1; i >= 0; i--) {
		int64_t last = 0;
		bool any = false;
		if ((s = db_prepare(c, SQL_NOTE_HOLDERS)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, chain[i]);
		while (db_step(s) == DB_ROW) {
			int64_t uid = db_col_int(s, 0);
			if (!(role_parse(db_col_text(s, 1)) & roles) || uid == last)
				continue;
			last = uid;
			any = true;
			if (keep && keep->nusers < NOTIFY_CACHE_USERS)
				keep->users[keep->nusers++] = uid;
			else
				keep = NULL;   /* too many to remember: this unit is walked each time */
			if (uid == skip)
				continue;
			/* a second statement while this one runs: different SQL, so no clash */
			if ((rc = notify_user(c, uid, case_id, kind, msg_zh, msg_en, now)) != PA_OK) {
				db_reset(s);
				return rc;
			}
		}
		db_reset(s);
		if (any) {
			found = true;
			break;
		}
	}
	if (!found && !(roles & ROLE_ADMIN))
		/* nobody holds these roles at the unit or above it (a unit whose leader is not set
		 * up yet): the nearest admins are told instead, so that no notice reaches nobody;
		 * not remembered as empty */
		return notify_holders(c, nc, org_id, ROLE_ADMIN, case_id, kind, msg_zh, msg_en, now,
		    skip);
	if (keep)
		nc->n++;
	return PA_OK;
}

pa_err notify_unit(struct db_conn *c, int64_t org_id, unsigned roles, int64_t case_id,
    const char *kind, const char *msg_zh, const char *msg_en, int64_t now)
{
	return notify_holders(c, NULL, org_id, roles, case_id, kind, msg_zh, msg_en, now, 0);
}

pa_err notify_unit_except(struct db_conn *c, int64_t org_id, unsigned roles, int64_t case_id,
    const char *kind, const char *msg_zh, const char *msg_en, int64_t now, int64_t skip)
{
	return notify_holders(c, NULL, org_id, roles, case_id, kind, msg_zh, msg_en, now, skip);
}

static const char SQL_ORG_COUNTY[] =
    "SELECT id FROM orgs WHERE kind = 'county' AND substr(?1, 1, length(path)) = path";

/* True when the rule fires on action (an action code or "create", "warn_red" ...) or on
 * entering status (rules written ">status"). */
static bool rule_matches(const struct notify_rule *nr, const char *action, const char *entered)
{
	if (nr->on[0] == '>')
		return entered && strcmp(nr->on + 1, entered) == 0;
	return action && strcmp(nr->on, action) == 0;
}

static pa_err rules_fire(struct db_conn *conn, struct notify_cache *nc, const struct case_rec *c,
    const char *action, const char *entered, int64_t actor, int64_t now, const char *note);

pa_err notify_rules_fire(struct db_conn *conn, const struct case_rec *c, const char *action,
    const char *entered, int64_t actor, int64_t now)
{
	return rules_fire(conn, NULL, c, action, entered, actor, now, NULL);
}

pa_err notify_rules_fire_note(struct db_conn *conn, const struct case_rec *c, const char *action,
    const char *entered, int64_t actor, int64_t now, const char *note)
{
	return rules_fire(conn, NULL, c, action, entered, actor, now, note);
}

pa_err notify_rules_fire_cached(struct db_conn *conn, struct notify_cache *nc,
    const struct case_rec *c, const char *action, const char *entered, int64_t actor,
    int64_t now)
{
	return rules_fire(conn, nc, c, action, entered, actor, now, NULL);
}

/* The first NOTIFY_NOTE_CHARS characters of note into out (… when cut), on one line. */
static void note_quote(const char *note, char *out, size_t cap)
{
	const unsigned char *u = (const unsigned char *)note;
	size_t i = 0, o = 0;
	int chars = 0;

	while (u[i] && chars < NOTIFY_NOTE_CHARS && o + 5 < cap) {
		size_t l = (u[i] & 0x80) == 0 ? 1 : (u[i] & 0xE0) == 0xC0 ? 2 : (u[i] & 0xF0) == 0xE0 ? 3 : 4;
		if (u[i] == '\n' || u[i] == '\r' || u[i] == '\t') {
			out[o++] = ' ';
			i++;
		} else {
			/* a lead byte's continuation bytes only (an invalid one ends the character) */
			for (size_t k = 0; k < l && u[i] && (k == 0 || (u[i] & 0xC0) == 0x80); k++)
				out[o++] = (char)u[i++];
		}
		chars++;
	}
	out[o] = '\0';
	if (u[i] && o + 4 <= cap)
		memcpy(out + o, "…", sizeof "…");
}

static pa_err rules_fire(struct db_conn *conn, struct notify_cache *nc, const struct case_rec *c,
    const char *action, const char *entered, int64_t actor, int64_t now, const char *note)
{
	char zh[LIM_TITLE_CHARS * 4 + 160], en[LIM_TITLE_CHARS * 4 + 160];
	char zq[sizeof zh + NOTIFY_NOTE_CHARS * 4 + 40], eq[sizeof en + NOTIFY_NOTE_CHARS * 4 + 40];
	char quote[NOTIFY_NOTE_CHARS * 4 + 8] = "";
	pa_err rc = PA_OK;

	if (note && *note)
		note_quote(note, quote, sizeof quote);

	for (const struct notify_rule *nr = c->type->notify; nr && nr->on && rc == PA_OK; nr++) {
		unsigned roles = nr->to & (ROLE_STAFF | ROLE_CITIZEN);
		if (!rule_matches(nr, action, entered))
			continue;
		/* the texts are the module's own static formats with one %s: the title, the
		 * English one in the English text when the server made it (case_title); a notice is
		 * written once, in both languages, and read as written */
		snprintf(zh, sizeof zh, nr->text_zh, c->title ? c->title : "");
		snprintf(en, sizeof en, nr->text_en, c->title ? case_title(c, true) : "");
		utf8_clip(zh);
		utf8_clip(en);
		/* the actor's note after the rule's text, for staff only: a citizen who reported
		 * the case (the poster, a complainant, a finder) sees no staff note, as on the
		 * timeline (case_timeline_json) */
		const char *sz = zh, *se = en;
		if (quote[0]) {
			snprintf(zq, sizeof zq, "%s（备注：%s）", zh, quote);
			snprintf(eq, sizeof eq, "%s (note: %s)", en, quote);
			utf8_clip(zq);
			utf8_clip(eq);
			sz = zq;
			se = eq;
		}
		bool staff = (roles & ROLE_CITIZEN) == 0;
		const char *hz = staff ? sz : zh, *he = staff ? se : en;
		if ((nr->to & NR_REPORTER) && c->reporter_id && c->reporter_id != actor)
			rc = notify_user(conn, c->reporter_id, c->id, nr->kind, zh, en, now);
		if (rc == PA_OK && (nr->to & NR_ASSIGNEE) && c->assignee_id && c->assignee_id != actor)
			rc = notify_user(conn, c->assignee_id, c->id, nr->kind, sz, se, now);
		if (rc == PA_OK && (nr->to & NR_AT_ORG) && roles)
			rc = notify_holders(conn, nc, c->org_id, roles, c->id, nr->kind, hz, he, now, actor);
		if (rc == PA_OK && (nr->to & NR_AT_UNIT) && roles && c->unit_id)
			rc = notify_holders(conn, nc, c->unit_id, roles, c->id, nr->kind, hz, he, now, actor);
		if (rc == PA_OK && (nr->to & NR_AT_COUNTY) && roles && c->org_path) {
			struct db_stmt *s = db_prepare(conn, SQL_ORG_COUNTY);
			int64_t county = 0;
			if (s == NULL)
				return PA_ERR_DB;
			db_bind_text(s, 1, c->org_path);
			if (db_step(s) == DB_ROW)
				county = db_col_int(s, 0);
			db_reset(s);
			if (county)
				rc = notify_holders(conn, nc, county, roles, c->id, nr->kind, hz, he, now, actor);
		}
	}
	return rc;
}

static const char SQL_NOTE_DONE[] =
    "UPDATE notifications SET done_at = ?3, read_at = COALESCE(read_at, ?3) "
    "WHERE case_id = ?1 AND kind = ?2 AND done_at IS NULL";

pa_err notify_rules_done(struct db_conn *conn, const struct case_rec *c, const char *action,
    int64_t now)
{
	for (const struct notify_rule *nr = c->type->notify; nr && nr->on && action; nr++) {
		bool hit = false;
		for (const char *const *d = nr->done_by; d && *d && !hit; d++)
			hit = strcmp(*d, action) == 0;
		if (hit) {
			struct db_stmt *s = db_prepare(conn, SQL_NOTE_DONE);
			if (s == NULL)
				return PA_ERR_DB;
			db_bind_int(s, 1, c->id);
			db_bind_text(s, 2, nr->kind);
			db_bind_int(s, 3, now);
			if (db_run(s) != PA_OK)
				return PA_ERR_DB;
		}
	}
	return PA_OK;
}

/* Newest first by time (then id: a notice written later in the same millisecond first); the
 * cursor is the last id of a page, its (created_at, id) the keyset (index notifications_user_time,
 * migration 017). Time, not id: demo data and imports write notices of the past after newer
 * ones. The case's code (案件编号) by a subquery on its primary key, one value per notice (a join
 * could never add a row either, but the subquery says so): notices of reviews that share a title
 * (the demo's seventeen CCTV reviews of one crossroads) read alike but for it. */
static const char SQL_NOTE_LIST[] =
    "SELECT id, COALESCE(case_id, 0), kind, message, created_at, COALESCE(read_at, 0), "
    "COALESCE(message_en, message), COALESCE(done_at, 0), "
    "(SELECT code FROM cases WHERE cases.id = notifications.case_id) "
    "FROM notifications WHERE user_id = ?1 AND (?2 = 0 OR read_at IS NULL) "
    "AND (?3 IS NULL OR (created_at, id) < "
    "(SELECT created_at, id FROM notifications WHERE id = ?3 AND user_id = ?1)) "
    "ORDER BY created_at DESC, id DESC LIMIT ?4";
static const char SQL_NOTE_UNREAD[] =
    "SELECT COUNT(*) FROM notifications WHERE user_id = ?1 AND read_at IS NULL";

static const char SQL_NOTE_EXPORT[] =
    "SELECT n.created_at, n.kind, n.message, c.code, COALESCE(n.read_at, 0), "
    "COALESCE(n.message_en, n.message) "
    "FROM notifications n LEFT JOIN cases c ON c.id = n.case_id "
    "WHERE n.user_id = ?1 AND (?2 = 0 OR n.read_at IS NULL) "
    "ORDER BY n.created_at DESC, n.id DESC";

static const struct export_col note_cols[] = {
	{ "created_at", "时间", "Time", EXK_TIME },
	{ "kind", "类型", "Kind", EXK_TEXT },
	{ "message", "内容", "Message", EXK_TEXT },
	{ "case", "案件编号", "Case", EXK_TEXT },
	{ "read", "已读", "Read", EXK_BOOL },
	{ "read_at", "阅读时间", "Read at", EXK_TIME },
	EXPORT_COLS_END
};

/* The name of a notice kind: the common workflow kinds here, a type's own from its descriptor
 * (case_type.notices); a kind without one is shown as 通知 (Notice), never as its code. */
const char *notify_kind_name(const char *kind, bool en)
{
	static const char *const names[][3] = {
		{ "dispatched", "交办", "Dispatched" }, { "verify", "待核查", "To verify" },
		{ "rework", "返工", "Rework" }, { "review", "待审核", "To review" },
		{ "warning", "预警", "Warning" }, { "supervise", "督办预警", "Deadline warning" },
		{ "accepted", "已受理", "Accepted" }, { "dispatched_reporter", "已交办", "Passed on" },
		{ "closed", "已办结", "Closed" }, { "escalated", "上报上级", "Escalated" },
		{ "assigned", "指派", "Assigned" }, { "done", "已办结", "Done" },
		{ "declined", "不采纳", "Declined" }, { "reopened", "重新打开", "Reopened" },
		{ "approval", "待审批", "To approve" }, { "approved", "已批准", "Approved" },
		{ "refused", "未获批准", "Refused" },
	};

	if (kind == NULL)
		return en ? "Notice" : "通知";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(kind, names[i][0]) == 0)
			return names[i][en ? 2 : 1];
	for (int i = 0; case_types[i]; i++)
		for (const struct notice_kind *k = case_types[i]->notices; k && k->kind; k++)
			if (strcmp(kind, k->kind) == 0)
				return en ? k->name_en : k->name_zh;
	return en ? "Notice" : "通知";
}

/* The caller's inbox as CSV or xlsx: every notice (or every unread one), newest first. */
static void notify_export(struct http_req *r, enum export_format fmt, struct db_conn *c,
    bool unread_only)
{
	struct db_stmt *s = db_prepare(c, SQL_NOTE_EXPORT);
	struct export *x;
	int rc;

	if (s == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if ((x = export_begin(r, fmt, "notifications")) == NULL)
		return;
	export_sheet(x, "消息", "Messages", note_cols);
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, unread_only);
	while ((rc = db_step(s)) == DB_ROW) {
		if (!export_row(x))
			continue;
		export_time(x, db_col_int(s, 0));
		export_text(x, notify_kind_name(db_col_text(s, 1), export_english(x)));
		export_text(x, db_col_text(s, export_english(x) ? 5 : 2));
		export_text(x, db_col_text(s, 3));
		export_bool(x, db_col_int(s, 4) != 0);
		export_time(x, db_col_int(s, 4));
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		export_abort(x);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	export_finish(x);
}

/* GET /api/v1/notifications?unread=1&limit=&cursor= — newest first, in pages. */
void notify_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *u = http_query(r, "unread");
	bool en = http_lang(r) == LANG_EN;
	struct db_stmt *s;
	struct sb b;
	int64_t unread = 0, limit, cursor, n = 0, last = 0;

	if (u && *u && strcmp(u, "1") && strcmp(u, "true") && strcmp(u, "0") && strcmp(u, "false")) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "unread", "unread must be 1 or 0");
		return;
	}
	if (!http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	enum export_format fmt = http_export_format(r);

	if (fmt == EXPORT_BAD)
		return;
	if (c != NULL && fmt != EXPORT_JSON) {
		notify_export(r, fmt, c, u && (strcmp(u, "1") == 0 || strcmp(u, "true") == 0));
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_NOTE_LIST)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, u && (strcmp(u, "1") == 0 || strcmp(u, "true") == 0));
	if (cursor)
		db_bind_int(s, 3, cursor);
	db_bind_int(s, 4, limit);
	sb_init(&b, 4 << 20);
	sb_adds(&b, "{\"items\":[");
	while (db_step(s) == DB_ROW) {
		if (n++)
			sb_add(&b, ",", 1);
		last = db_col_int(s, 0);
		sb_adds(&b, "{\"id\":");
		sb_json_id(&b, last);
		sb_adds(&b, ",\"case_id\":");
		sb_json_id(&b, db_col_int(s, 1));
		sb_adds(&b, ",\"case_code\":");
		sb_json_str(&b, db_col_text(s, 8));
		sb_adds(&b, ",\"kind\":");
		sb_json_str(&b, db_col_text(s, 2));
		sb_adds(&b, ",\"kind_name\":");
		sb_json_str(&b, notify_kind_name(db_col_text(s, 2), en));
		sb_adds(&b, ",\"message\":");
		sb_json_str(&b, db_col_text(s, en ? 6 : 3));
		sb_adds(&b, ",\"created_at\":");
		sb_json_time(&b, db_col_int(s, 4));
		sb_adds(&b, ",\"read_at\":");
		sb_json_time(&b, db_col_int(s, 5));
		sb_adds(&b, ",\"done_at\":");
		sb_json_time(&b, db_col_int(s, 7));
		sb_add(&b, "}", 1);
	}
	db_reset(s);
	if ((s = db_prepare(c, SQL_NOTE_UNREAD)) != NULL) {
		db_bind_int(s, 1, r->user->id);
		if (db_step(s) == DB_ROW)
			unread = db_col_int(s, 0);
		db_reset(s);
	}
	sb_printf(&b, "],\"unread\":%lld,\"next_cursor\":", (long long)unread);
	http_cursor_json(&b, n == limit ? last : 0);
	sb_add(&b, "}", 1);
	http_reply_text(r, 200, sb_finish(&b));
}

static const char SQL_NOTE_READ[] =
    "UPDATE notifications SET read_at = ?3 WHERE user_id = ?1 AND (?2 = 0 OR id = ?2) "
    "AND read_at IS NULL";
static const char SQL_NOTE_EXISTS[] =
    "SELECT 1 FROM notifications WHERE user_id = ?1 AND id = ?2";

struct read_job {
	int64_t user, id;
	bool found;
};

static pa_err read_run(struct db_conn *c, void *ctx)
{
	struct read_job *j = ctx;
	struct db_stmt *s;

	if (j->id) {
		if ((s = db_prepare(c, SQL_NOTE_EXISTS)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, j->user);
		db_bind_int(s, 2, j->id);
		j->found = db_step(s) == DB_ROW;
		db_reset(s);
		if (!j->found)
			return PA_ERR_NOT_FOUND;
	}
	if ((s = db_prepare(c, SQL_NOTE_READ)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->user);
	db_bind_int(s, 2, j->id);
	db_bind_int(s, 3, clock_now_ms());
	return db_run(s);
}

static void mark_read(struct http_req *r, int64_t id)
{
	struct read_job j = { .user = r->user->id, .id = id };
	pa_err rc = db_write(r->db, read_run, &j);

	if (rc == PA_ERR_NOT_FOUND)
		http_error(r, rc, "not_found", NULL, "no such notification");
	else if (rc != PA_OK)
		http_error(r, rc, "internal", NULL, "cannot mark it read");
	else
		http_reply(r, 204, NULL);
}

/* POST /api/v1/notifications/{id}/read */
void notify_api_read(struct http_req *r)
{
	int64_t id;

	if (http_param_id(r, 0, &id))
		mark_read(r, id);
}

/* POST /api/v1/notifications/read-all */
void notify_api_read_all(struct http_req *r)
{
	mark_read(r, 0);
}

/* ------------------------------------------------------------------ streams */

struct stream {
	struct http_stream *hs;          /* set once linked; NULL before */
	uint64_t id;
	char token[AUTH_TOKEN_LEN + 1];   /* to check the session again while the stream lives */
	struct auth_user user;
	char *buf;
	size_t len;
	bool closing, linked;
	int64_t last_sent;
	struct stream *prev, *next;
};

static pthread_mutex_t bus_mu = PTHREAD_MUTEX_INITIALIZER;
static struct stream *streams;
static int nstreams;
static bool bus_closed;
static uint64_t next_stream_id;

/* Wakes a stream's connection; caller holds bus_mu. */
static void stream_wake(struct stream *st)
{
	if (st->hs)
		http_stream_resume(st->hs);
}

/* Appends text to a stream and wakes it; caller holds bus_mu. */
static void stream_push(struct stream *st, const char *text, size_t n)
{
	if (st->closing)
		return;
	if (st->len + n > STREAM_BUF_MAX) {
		st->closing = true;        /* too slow a reader: end its stream, it reconnects */
	} else {
		char *nb = realloc(st->buf, st->len + n);
		if (nb == NULL) {
			st->closing = true;
		} else {
			st->buf = nb;
			memcpy(st->buf + st->len, text, n);
			st->len += n;
		}
	}
	stream_wake(st);
}

static long stream_read(void *cls, char *buf, size_t max)
{
	struct stream *st = cls;
	size_t n;

	pthread_mutex_lock(&bus_mu);
	if (st->len > 0) {
		n = st->len < max ? st->len : max;
		memcpy(buf, st->buf, n);
		memmove(st->buf, st->buf + n, st->len - n);
		st->len -= n;
		st->last_sent = clock_now_ms();
		pthread_mutex_unlock(&bus_mu);
		return (long)n;
	}
	if (st->closing) {
		pthread_mutex_unlock(&bus_mu);
		return HTTP_STREAM_END;
	}
	pthread_mutex_unlock(&bus_mu);
	return HTTP_STREAM_WAIT;    /* http suspends the connection until stream_wake */
}

static void stream_free(void *cls)
{
	struct stream *st = cls;

	pthread_mutex_lock(&bus_mu);
	if (st->linked) {
		if (st->prev)
			st->prev->next = st->next;
		else if (streams == st)
			streams = st->next;
		if (st->next)
			st->next->prev = st->prev;
		nstreams--;
	}
	pthread_mutex_unlock(&bus_mu);
	free(st->buf);
	free(st);
}

/* GET /api/v1/stream */
void notify_api_stream(struct http_req *r)
{
	struct stream *st;
	struct http_stream *hs;
	static const char hello[] = "retry: 3000\n: connected\n\n";
	int mine = 0;

	st = calloc(1, sizeof *st);
	if (st == NULL || (st->buf = malloc(sizeof hello)) == NULL) {
		free(st);
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	memcpy(st->buf, hello, sizeof hello - 1);
	st->len = sizeof hello - 1;
	st->user = *r->user;
	snprintf(st->token, sizeof st->token, "%s", r->token ? r->token : "");
	st->last_sent = clock_now_ms();
	hs = http_stream_new(r, "text/event-stream; charset=utf-8", stream_read, st, stream_free);
	if (hs == NULL) {                  /* st is freed */
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	/* the limits are checked and the stream added in one locked step */
	pthread_mutex_lock(&bus_mu);
	for (struct stream *o = streams; o; o = o->next)
		mine += o->user.id == r->user->id;
	if (bus_closed || nstreams >= STREAMS_MAX || mine >= STREAMS_PER_USER) {
		pthread_mutex_unlock(&bus_mu);
		http_stream_discard(hs);       /* frees st (stream_free: not linked, nothing to undo) */
		http_error(r, PA_ERR_RATE, "rate_limited", NULL, "too many live streams; retry later");
		r->retry_after = 30;
		return;
	}
	st->hs = hs;
	st->id = ++next_stream_id;
	st->linked = true;
	st->next = streams;
	if (streams)
		streams->prev = st;
	streams = st;
	nstreams++;
	pthread_mutex_unlock(&bus_mu);
	http_stream_reply(r, hs);
}

void notify_case_changed(struct db *db, int64_t case_id)
{
	struct db_conn *c = db_reader(db);
	struct arena *a;
	struct case_rec rec;
	char msg[256];
	int n;

	bool any;

	pthread_mutex_lock(&bus_mu);
	any = streams != NULL;
	pthread_mutex_unlock(&bus_mu);
	if (c == NULL || !any || (a = arena_new(1 << 20)) == NULL)
		return;
	if (case_load(c, a, case_id, &rec) != PA_OK) {
		arena_free(a);
		return;
	}
	n = snprintf(msg, sizeof msg,
	    "event: case\ndata: {\"id\":%lld,\"type\":\"%s\",\"status\":\"%s\",\"version\":%lld,"
	    "\"org_id\":%lld}\n\n", (long long)rec.id, rec.type->code, rec.status,
	    (long long)rec.version, (long long)rec.org_id);
	pthread_mutex_lock(&bus_mu);
	for (struct stream *st = streams; st; st = st->next)
		if (case_visible_to(&rec, &st->user))
			stream_push(st, msg, (size_t)n);
	pthread_mutex_unlock(&bus_mu);
	case_rec_clear(&rec);
	arena_free(a);
}

/* Every few seconds: a ping on idle streams, and the session of every stream checked again
 * so that logging out, being disabled or losing a grant also ends (or narrows) what a live
 * stream receives. Sessions are checked outside the bus lock. */
void notify_ping(struct db *db)
{
	int64_t now = clock_now_ms();
	struct check {
		uint64_t id;
		char token[AUTH_TOKEN_LEN + 1];
	} *list = NULL;
	struct auth_user *u = malloc(sizeof *u);
	int n = 0;

	pthread_mutex_lock(&bus_mu);
	if (nstreams > 0)
		list = malloc((size_t)nstreams * sizeof *list);
	for (struct stream *st = streams; st; st = st->next) {
		if (now - st->last_sent >= 10000 && st->len == 0)   /* so a ping comes within 15 s */
			stream_push(st, ": ping\n\n", 8);
		if (list && n < nstreams) {
			list[n].id = st->id;
			memcpy(list[n++].token, st->token, sizeof st->token);
		}
	}
	pthread_mutex_unlock(&bus_mu);
	for (int i = 0; db && u && i < n; i++) {
		pa_err rc = auth_session_check(db, list[i].token, u);   /* not activity */
		if (rc != PA_OK && rc != PA_ERR_UNAUTH)
			continue;                 /* a database hiccup is not a logout */
		pthread_mutex_lock(&bus_mu);
		for (struct stream *st = streams; st; st = st->next) {
			if (st->id != list[i].id)
				continue;
			if (rc == PA_ERR_UNAUTH) {
				st->closing = true;
				stream_wake(st);
			} else {
				st->user = *u;        /* grants as they are now */
			}
			break;
		}
		pthread_mutex_unlock(&bus_mu);
	}
	free(list);
	free(u);
}

void notify_shutdown(void)
{
	pthread_mutex_lock(&bus_mu);
	bus_closed = true;
	for (struct stream *st = streams; st; st = st->next) {
		st->closing = true;
		stream_wake(st);
	}
	pthread_mutex_unlock(&bus_mu);
}
