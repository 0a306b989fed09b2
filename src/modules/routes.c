/* routes.c — every API route in one table: method, path, handler, flags, required role.
 *
 * The role column: 0 lets in anyone signed in (citizens too; the handler narrows by scope);
 * otherwise the caller must hold one of those roles somewhere, or gets 403. ROLE_STAFF marks
 * the staff-only routes: the supervision queue (督办), the indicators (指标) and the working
 * calendar are not for citizens (群众). */
#include "../core/case.h"
#include "../http/http.h"
#include "../org/grids.h"
#include "../org/org.h"
#include "../search/search.h"
#include "desk.h"
#include "desk2.h"
#include "event.h"
#include "campaign.h"
#include "governance.h"
#include "lf_office.h"
#include "lostfound.h"
#include "modules.h"

static void health(struct http_req *r)
{
	http_reply(r, 200, json_pack("{s:s, s:s}", "status", "ok", "version", PINGAN_VERSION));
}

const struct route app_routes[] = {
	{ HM_GET, "/api/v1/health", health, RF_PUBLIC, 0 },
	{ HM_POST, "/api/v1/session", auth_api_login, RF_PUBLIC | RF_BODY, 0 },
	{ HM_DELETE, "/api/v1/session", auth_api_logout, 0, 0 },
	{ HM_GET, "/api/v1/me", auth_api_me, 0, 0 },
	{ HM_GET, "/api/v1/orgs", org_api_list, 0, 0 },
	{ HM_GET, "/api/v1/users", auth_api_users_list, 0, ROLE_ADMIN | ROLE_LEADER },
	{ HM_POST, "/api/v1/users", auth_api_users_create, RF_BODY, ROLE_ADMIN },
	{ HM_PATCH, "/api/v1/users/{id}", auth_api_users_update, RF_BODY, ROLE_ADMIN },
	{ HM_POST, "/api/v1/users/{id}/grants", auth_api_grant_add, RF_BODY, ROLE_ADMIN },
	{ HM_DELETE, "/api/v1/users/{id}/grants/{gid}", auth_api_grant_remove, 0, ROLE_ADMIN },
	{ HM_GET, "/api/v1/types", case_api_types, 0, 0 },
	{ HM_GET, "/api/v1/cases", search_api_cases, 0, 0 },   /* q=: search, else case_api_list */
	{ HM_POST, "/api/v1/cases", case_api_create, RF_BODY, 0 },
	{ HM_GET, "/api/v1/cases/{id}", case_api_get, 0, 0 },
	{ HM_PATCH, "/api/v1/cases/{id}", case_api_update, RF_BODY, 0 },
	{ HM_POST, "/api/v1/cases/{id}/actions", case_api_action, RF_BODY, 0 },
	{ HM_POST, "/api/v1/cases/{id}/comments", case_api_comment, RF_BODY, 0 },
	{ HM_GET, "/api/v1/board", suggestion_api_board, 0, 0 },
	{ HM_GET, "/api/v1/search", search_api_search, 0, 0 },
	{ HM_GET, "/api/v1/grids", grids_api_list, 0, 0 },
	{ HM_GET, "/api/v1/grids/locate", grids_api_locate, 0, 0 },
	{ HM_GET, "/api/v1/places", grids_api_places, 0, 0 },
	{ HM_GET, "/api/v1/complaint-units", complaint_api_units, 0, 0 },
	{ HM_GET, "/api/v1/categories", catalog_api_list, RF_SIGNIN_OPTIONAL, 0 },
	{ HM_POST, "/api/v1/categories", catalog_api_create, RF_BODY, ROLE_ADMIN },
	{ HM_PATCH, "/api/v1/categories/{code}", catalog_api_update, RF_BODY, ROLE_ADMIN },
	{ HM_GET, "/api/v1/holidays", sla_api_holidays_get, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/holidays", sla_api_holidays_put, RF_BODY, ROLE_ADMIN },
	{ HM_DELETE, "/api/v1/holidays/{date}", sla_api_holidays_delete, 0, ROLE_ADMIN },
	{ HM_GET, "/api/v1/supervision", sla_api_supervision, 0, ROLE_STAFF },
	{ HM_POST, "/api/v1/admin/sla-tick", sla_api_tick, 0, ROLE_ADMIN },
	{ HM_GET, "/api/v1/notifications", notify_api_list, 0, 0 },
	{ HM_POST, "/api/v1/notifications/read-all", notify_api_read_all, 0, 0 },
	{ HM_POST, "/api/v1/notifications/{id}/read", notify_api_read, 0, 0 },
	{ HM_GET, "/api/v1/stream", notify_api_stream, 0, 0 },
	{ HM_POST, "/api/v1/attachments", attach_api_upload, RF_UPLOAD, 0 },
	{ HM_GET, "/api/v1/attachments/{id}", attach_api_get, 0, 0 },
	{ HM_GET, "/api/v1/indicators", indicators_api, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/stats/incidents", desk_api_stats_incidents, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/stats/desk", desk_api_stats_desk, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/disputes/watch", dispute_api_watch, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/risks", risk_api_list, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/campaigns", campaign_api_list, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/campaigns/{id}", campaign_api_get, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/campaigns/{id}/items", campaign_api_items, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/campaigns/{id}/progress", campaign_api_progress, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/risks/heatmap", risk_api_heatmap, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/monitor/thresholds", monitor_api_thresholds_get, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/monitor/thresholds", monitor_api_thresholds_put, RF_BODY, ROLE_ADMIN },
	{ HM_POST, "/api/v1/admin/monitor-tick", monitor_api_tick, 0, ROLE_ADMIN },
	{ HM_GET, "/api/v1/appraisal", appraisal_api, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/appraisal/weights", appraisal_api_weights_get, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/appraisal/weights", appraisal_api_weights_put, RF_BODY, ROLE_ADMIN },
	{ HM_GET, "/api/v1/patrols", patrol_api_list, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/patrol-kinds", patrol_api_kinds, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/patrol-kinds/{code}", patrol_api_kind_put, RF_BODY, ROLE_ADMIN },
	{ HM_GET, "/api/v1/desk", desk_api_overview, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/staff", staff_api_list, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/handovers", handover_api_list, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/custody/inventory", custody_api_inventory, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/custody/counts", custody_api_counts, 0, ROLE_STAFF },
	{ HM_POST, "/api/v1/custody/counts", custody_api_count, RF_BODY, ROLE_STAFF },
	{ HM_GET, "/api/v1/stats/custody", custody_api_stats, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/stats/commendations", commendation_api_stats, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/cases/{id}/matches", lostfound_api_matches, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/public/found", lostfound_api_public, RF_PUBLIC, 0 },
	{ HM_GET, "/api/v1/public/found/stations", lostfound_api_public_stations, RF_PUBLIC, 0 },
	{ HM_GET, "/api/v1/lostfound/stations", lostfound_api_lost_stations, 0, 0 },
	{ HM_GET, "/api/v1/lostfound/settings", lostfound_api_settings_get, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/lostfound/settings", lostfound_api_settings_put, RF_BODY, ROLE_ADMIN },
	{ HM_GET, "/api/v1/lostfound/offices", lf_office_api_list, 0, ROLE_STAFF },
	{ HM_PUT, "/api/v1/lostfound/offices/{id}", lf_office_api_put, RF_BODY,
	    ROLE_ADMIN | ROLE_LEADER },
	{ HM_GET, "/api/v1/lostfound/expiring", lostfound_api_expiring, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/lostfound/alerts", lostfound_api_alerts, 0, ROLE_STAFF },
	{ HM_GET, "/api/v1/lostfound/stats", lostfound_api_stats, 0, ROLE_STAFF },
	/* persons (当事人): lookups answer masked values; a reveal is logged */
	{ HM_GET, "/api/v1/persons", person_api_find, 0, PERSON_LOOKUP_ROLES },
	{ HM_GET, "/api/v1/persons/{id}", person_api_get, 0, ROLE_STAFF },
	{ HM_POST, "/api/v1/persons/{id}/reveal", person_api_reveal, RF_BODY, PERSON_REVEAL_ROLES },
	{ HM_GET, "/api/v1/access-log", person_api_access_log, 0, ROLE_LEADER | ROLE_ADMIN },
	{ 0, NULL, NULL, 0, 0 },
};
