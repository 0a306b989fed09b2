/* campaign.h — rectification campaigns (专项整治, issue #12 §3): the case types "campaign" (a
 * campaign: period, covered units, checklist) and "campaign_item" (整改事项: a problem or place
 * found under it, owner unit, deadline, open → rectified → verified). campaign.c holds the
 * types, campaign_api.c the campaign list, detail, items table, per-unit progress and report.
 *
 * For other modules (patrol checks 排查 use a campaign's checklist):
 *   - SQL: SELECT seq, item FROM campaign_checklist WHERE campaign_id = ?1 ORDER BY seq
 *     (seq from 1 in the order given; campaign_id is the campaign's case id); the units it
 *     covers: SELECT org_id FROM campaign_units WHERE campaign_id = ?1.
 *   - C: campaign_checklist() below. */
#ifndef PA_CAMPAIGN_H
#define PA_CAMPAIGN_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

struct auth_user;
struct db_conn;
struct http_req;

/* SQL: true when user ?1 holds a staff grant at, above or inside one of the units campaign c
 * (alias c) covers. */
#define CAMPAIGN_UNITS_SEEN_SQL \
	"EXISTS (SELECT 1 FROM campaign_units cu JOIN orgs uo ON uo.id = cu.org_id " \
	"JOIN grants g ON g.user_id = ?1 AND g.role <> 'citizen' JOIN orgs go ON go.id = g.org_id " \
	"WHERE cu.campaign_id = c.id AND (substr(uo.path, 1, length(go.path)) = go.path " \
	"OR substr(go.path, 1, length(uo.path)) = uo.path))"

/* Who sees a campaign (its case, detail, items table, progress and report): staff whose grants
 * cover the running unit, and staff at, above or inside a unit it covers. */
bool campaign_visible(struct db_conn *conn, int64_t campaign_id, const struct auth_user *u);

/* The checklist (排查要点) of campaign campaign_id as a new JSON array of strings, in order
 * (item i is checklist seq i + 1). PA_ERR_NOT_FOUND when no campaign has that id. Reads
 * through conn (a reader); no scope check: the caller checks that the user may see it. */
pa_err campaign_checklist(struct db_conn *conn, int64_t campaign_id, json_t **out);

/* HTTP handlers (campaign_api.c) */
void campaign_api_list(struct http_req *r);
void campaign_api_get(struct http_req *r);
void campaign_api_items(struct http_req *r);
void campaign_api_progress(struct http_req *r);

#endif
