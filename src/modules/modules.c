/* modules.c — the registry of case types (案件类型) and the capabilities the modules hand to
 * the lower layers at start: the engine gets the list of types, the grid map its layers.
 * Adding a type: add its descriptor to types[] below (docs/architecture.md, "Adding a case
 * type"). */
#include <stdio.h>
#include <string.h>

#include "../core/case.h"
#include "../db/db.h"
#include "../org/grids.h"
#include "../search/search.h"
#include "../util/util.h"
#include "desk2.h"
#include "event.h"
#include "lostfound.h"
#include "modules.h"

extern const struct case_type suggestion_type;
extern const struct case_type event_type;
/* the front desk (阳光坐席), first half: desk.h */
extern const struct case_type visit_type, help_type, incident_type, cctv_type, archive_type;
/* governance (治理): disputes, risks, monitoring warnings */
extern const struct case_type dispute_type;
extern const struct case_type risk_type;
extern const struct case_type campaign_type;
extern const struct case_type campaign_item_type;
extern const struct case_type warning_type;
extern const struct case_type complaint_type;   /* 投诉 */
extern const struct case_type patrol_type;

static const struct case_type *const types[] = { &suggestion_type, &event_type, &visit_type,
	&help_type, &incident_type, &cctv_type, &archive_type, &custody_type, &handover_type,
	&commendation_type, &lost_type, &found_type, &dispute_type, &risk_type, &warning_type,
	&complaint_type, &campaign_type, &campaign_item_type, &patrol_type, NULL };

/* Open cases of one map-layer type per grid, with their deadline levels (same rule as the
 * scheduler), read from the indexed columns of the case row: no JSON per row. */
static const char SQL_LAYER_OPEN[] =
    "SELECT c.org_id, COALESCE(c.due_at, 0), COALESCE(c.stage_started_at, 0), c.stage "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.type = ?2 AND c.closed_at IS NULL AND " SCOPE_CASE_SQL;

static pa_err map_layers(struct db_conn *c, const struct auth_user *u, json_t *byid,
    int64_t now)
{
	char key[24];

	for (int i = 0; types[i]; i++) {
		struct db_stmt *s;
		int r;
		if (!types[i]->map_layer)
			continue;
		if ((s = db_prepare(c, SQL_LAYER_OPEN)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, u->id);
		db_bind_text(s, 2, types[i]->code);
		while ((r = db_step(s)) == DB_ROW) {
			json_t *props, *v;
			enum sla_level l;
			snprintf(key, sizeof key, "%lld", (long long)db_col_int(s, 0));
			if ((props = json_object_get(byid, key)) == NULL)
				continue;
			v = json_object_get(props, "open_events");
			json_integer_set(v, json_integer_value(v) + 1);
			l = db_col_null(s, 3) ? SLA_NONE : sla_level_at(db_col_int(s, 2),
			    db_col_int(s, 1), now);
			if (l == SLA_YELLOW || l == SLA_RED) {
				v = json_object_get(props, sla_level_name(l));
				json_integer_set(v, json_integer_value(v) + 1);
			}
		}
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
	}
	/* the heat layers: the type's own SQL gives (org_id, level) of its open cases in scope */
	for (int i = 0; types[i]; i++) {
		const struct map_heat *mh = types[i]->map_heat;
		struct db_stmt *s;
		int r;
		if (mh == NULL || mh->sql == NULL)
			continue;
		if ((s = db_prepare(c, mh->sql)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, u->id);
		while ((r = db_step(s)) == DB_ROW) {
			json_t *props, *layers, *l, *counts, *v;
			const char *level = db_col_text(s, 1);
			snprintf(key, sizeof key, "%lld", (long long)db_col_int(s, 0));
			if ((props = json_object_get(byid, key)) == NULL || level == NULL)
				continue;
			layers = json_object_get(props, "layers");
			if ((l = json_object_get(layers, types[i]->code)) == NULL) {
				l = json_pack("{s:i, s:{}}", "total", 0, "counts");
				if (l == NULL || json_object_set_new(layers, types[i]->code, l) != 0)
					continue;
			}
			json_integer_set(json_object_get(l, "total"),
			    json_integer_value(json_object_get(l, "total")) + 1);
			counts = json_object_get(l, "counts");
			if ((v = json_object_get(counts, level)) == NULL)
				json_object_set_new(counts, level, json_integer(1));
			else
				json_integer_set(v, json_integer_value(v) + 1);
		}
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
	}
	return PA_OK;
}

void modules_init(void)
{
	/* each type's own words: the Chinese of its messages and labels (src/util/msg.c) */
	for (int i = 0; types[i]; i++)
		if (!msg_zh_add(types[i]->msgs_zh, types[i]->labels))
			log_msg(LOG_WARN, "modules: the Chinese messages of type %s are not added",
			    types[i]->code);
	case_registry_set(types);
	grids_set_layer(map_layers);
	search_init();   /* the full-text tokenizer, before any database is opened */
	scope_sql_init();   /* the scope predicate of lists, likewise */
	case_cache_init();  /* the list-row cache watches the writer's changes, likewise */
}
