/* campaign.c — rectification campaigns (专项整治): the "campaign" and "campaign_item" types. */
#include <stdio.h>
#include <string.h>

#include "../db/db.h"
#include "campaign.h"

static const char SQL_IS_CAMPAIGN[] =
    "SELECT 1 FROM cases WHERE id = ?1 AND type = 'campaign'";
static const char SQL_CHECKLIST[] =
    "SELECT seq, item FROM campaign_checklist WHERE campaign_id = ?1 ORDER BY seq";

pa_err campaign_checklist(struct db_conn *conn, int64_t campaign_id, json_t **out)
{
	struct db_stmt *s = db_prepare(conn, SQL_IS_CAMPAIGN);
	json_t *l = NULL;
	pa_err rc = PA_OK;
	int st;

	*out = NULL;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, campaign_id);
	st = db_step(s);
	db_reset(s);
	if (st != DB_ROW) {
		rc = st == DB_DONE ? PA_ERR_NOT_FOUND : PA_ERR_DB;
		goto out;
	}
	if ((s = db_prepare(conn, SQL_CHECKLIST)) == NULL || (l = json_array()) == NULL) {
		rc = s ? PA_ERR_NOMEM : PA_ERR_DB;
		goto out;
	}
	db_bind_int(s, 1, campaign_id);
	while ((st = db_step(s)) == DB_ROW)
		json_array_append_new(l, json_string(db_col_text(s, 1)));
	db_reset(s);
	if (st != DB_DONE) {
		rc = PA_ERR_DB;
		goto out;
	}
	*out = l;
	l = NULL;
out:
	json_decref(l);
	return rc;
}
