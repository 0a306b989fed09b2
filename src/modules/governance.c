/* governance.c — what the governance types share: mediation levels, the risk matrix, the
 * threshold decision and case links. */
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../core/timeline.h"
#include "../http/http.h"

#include "../db/db.h"
#include "../org/org.h"
#include "governance.h"

const char *const gov_level_codes[] = { "village", "township", "county", "court", NULL };

int gov_level_index(const char *code)
{
	for (int i = 0; code && gov_level_codes[i]; i++)
		if (strcmp(code, gov_level_codes[i]) == 0)
			return i;
	return -1;
}

/* The nearest unit of kind `kind` at or above org_id, 0 when none. */
static int64_t ancestor_of_kind(struct db_conn *c, int64_t org_id, const char *kind)
{
	struct org o;

	for (int depth = 0; org_id && depth < 16; depth++) {
		if (org_get(c, org_id, &o) != PA_OK)
			return 0;
		if (strcmp(o.kind, kind) == 0)
			return o.id;
		org_id = o.parent_id;
	}
	return 0;
}

int64_t gov_level_unit(struct db_conn *c, int64_t org_id, int level)
{
	static const char *const kinds[GOV_LEVELS] = { "community", "township", "county", "county" };

	if (level < 0 || level >= GOV_LEVELS)
		return 0;
	return ancestor_of_kind(c, org_id, kinds[level]);
}

int gov_start_level(struct db_conn *c, int64_t org_id)
{
	for (int l = GOV_VILLAGE; l <= GOV_COUNTY; l++)
		if (gov_level_unit(c, org_id, l))
			return l;
	return -1;
}

const char *risk_level(int likelihood, int impact)
{
	int score;

	if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5)
		return NULL;
	score = likelihood * impact;
	return score >= 20 ? "red" : score >= 10 ? "orange" : score >= 5 ? "yellow" : "blue";
}

bool monitor_should_warn(int64_t value, int64_t threshold, bool open_warning)
{
	return threshold > 0 && value >= threshold && !open_warning;
}

static const char SQL_LINK[] =
    "INSERT INTO case_links (a, b, kind, created_at) VALUES (min(?1, ?2), max(?1, ?2), ?3, ?4) "
    "ON CONFLICT (a, b) DO UPDATE SET kind = COALESCE(case_links.kind, excluded.kind)";

pa_err gov_link(struct db_conn *w, int64_t case_id, int64_t other_id, const char *kind,
    int64_t now)
{
	struct db_stmt *s = db_prepare(w, SQL_LINK);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_int(s, 2, other_id);
	pa_err rc;

	db_bind_text(s, 3, kind);
	db_bind_int(s, 4, now);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	/* the feed knows the link row only by its own rowid: both cases are told (their kept
	 * GET one case says whether they have links) */
	db_change_note(w, case_id);
	db_change_note(w, other_id);
	return PA_OK;
}

static const char SQL_TOUCH[] =
    "UPDATE cases SET version = version + 1, updated_at = ?2 WHERE id = ?1";
static const char SQL_STATUS_OF[] = "SELECT status FROM cases WHERE id = ?1";
static const char SQL_SET_STATUS[] =
    "UPDATE cases SET status = ?2, closed_at = ?3, version = version + 1, updated_at = ?3, "
    "stage = NULL, due_at = NULL, next_warn_at = NULL WHERE id = ?1";

pa_err gov_note(struct db_conn *w, int64_t case_id, int64_t actor, int64_t now,
    const char *note, const char *data)
{
	struct db_stmt *s = db_prepare(w, SQL_STATUS_OF);
	char status[32] = "";
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	if (db_step(s) == DB_ROW)
		snprintf(status, sizeof status, "%s", db_col_text(s, 0));
	db_reset(s);
	if ((s = db_prepare(w, SQL_TOUCH)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_int(s, 2, now);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	struct tl_event e = { .case_id = case_id, .kind = "comment", .actor_id = actor, .at = now,
		.from_status = status, .to_status = status, .note = note, .data = data };
	return tl_append(w, &e, NULL);
}

pa_err gov_close(struct db_conn *w, int64_t case_id, int64_t actor, int64_t now,
    const char *action, const char *to, const char *note)
{
	struct db_stmt *s = db_prepare(w, SQL_STATUS_OF);
	char status[32] = "";
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	if (db_step(s) == DB_ROW)
		snprintf(status, sizeof status, "%s", db_col_text(s, 0));
	db_reset(s);
	if ((s = db_prepare(w, SQL_SET_STATUS)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_text(s, 2, to);
	db_bind_int(s, 3, now);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	struct tl_event e = { .case_id = case_id, .kind = "action", .action = action,
		.actor_id = actor, .at = now, .from_status = status, .to_status = to, .note = note };
	return tl_append(w, &e, NULL);
}

const char *gov_warn(const struct case_rec *c, int64_t now)
{
	int64_t due = c->stage ? c->due_at : 0;

	if (c->closed_at || due == 0)
		return NULL;
	return now >= due ? "red" :
	    now >= c->stage_started_at + (due - c->stage_started_at) * 7 / 10 ? "yellow" : "normal";
}

bool gov_query_choice(struct http_req *r, const char *name, const char *const *choices,
    const char **out)
{
	const char *v = http_query(r, name);

	*out = NULL;
	if (v == NULL || *v == '\0')
		return true;
	for (int i = 0; choices[i]; i++)
		if (strcmp(v, choices[i]) == 0) {
			*out = choices[i];
			return true;
		}
	http_error(r, PA_ERR_INVALID, "invalid_value", name, "%s is not one of its allowed values",
	    name);
	return false;
}
