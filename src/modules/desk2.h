/* desk2.h — the front desk's custody, handover and commendation types, their APIs, the desk
 * page's data and its demo (阳光坐席, issue 10). */
#ifndef PA_DESK2_H
#define PA_DESK2_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

struct case_rec;
struct db;
struct db_conn;
struct arena;
struct http_req;
struct val_field;

extern const struct case_type custody_type, handover_type, commendation_type;
/* The statuses of an item that is physically in the store (what a count expects). */
extern const char *const custody_in_store[];
/* Held past its hold period (超期保管) / on loan past its due date, now. */
bool custody_overdue(const struct case_rec *c, int64_t now);
bool custody_loan_overdue(const struct case_rec *c, int64_t now);
/* The body table of POST /api/v1/custody/counts (for the route table and the fuzzer). */
extern const struct val_field custody_count_fields[];

/* The handover sheet of the station at org_path, compiled now (new reference; NULL on a
 * database error): open cases by type, custody, approvals waiting. */
json_t *handover_sheet(struct db_conn *conn, struct arena *a, const char *org_path,
    int64_t now);

/* HTTP handlers */
void custody_api_inventory(struct http_req *r);
void custody_api_count(struct http_req *r);
void custody_api_counts(struct http_req *r);
void custody_api_stats(struct http_req *r);
void commendation_api_stats(struct http_req *r);
void desk_api_overview(struct http_req *r);
/* GET /api/v1/handovers: a station's shift handovers, paged, csv/xlsx (handover.c). */
void handover_api_list(struct http_req *r);
/* GET /api/v1/staff: a unit's active staff, id, name and roles only (staff_api.c). */
void staff_api_list(struct http_req *r);

/* Small helpers shared by these modules (desk.c). */
/* The keyset cursor after last_id; 0: null. A list handler rather calls export_list_page()
 * (src/http/export.c), which answers the cursor itself. */
json_t *desk_cursor_json(int64_t last_id);
/* A keyset page or export of one unit's rows (in scope): sql binds ?1 the user, ?2 the unit's
 * path ("/" for every unit in scope when org_id is left out and not required), ?3 the cursor
 * (0: from the start) and ?4 the limit (-1: an export); column 0 is the row id. Answers through
 * export_list_page(). */
struct export_list;
void desk_unit_page(struct http_req *r, const char *sql, const struct export_list *l,
    bool org_required);
bool desk_choice_ok(const char *v, const char *const *choices);

/* Demo data: commendations and custody items of the two stations and a handover
 * (desk2_demo.c), planned as jobs of the demo's history (desk2_demo_plan, demo.h). */

#endif
