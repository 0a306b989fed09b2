/* governance.h — governance (issue #12): disputes and mediation (矛盾纠纷调解, dispute.c), the
 * risk register (风险台账, risk.c), monitoring warnings (监测预警, monitor.c) and the
 * people-centred appraisal (考评, appraisal.c). The pure parts (risk matrix, level order,
 * threshold decision) are here for the unit tests. */
#ifndef PA_GOVERNANCE_H
#define PA_GOVERNANCE_H

#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

struct db;
struct db_conn;
struct http_req;
struct org;

#define GOV_DAY_MS (24LL * 3600 * 1000)
#define DISPUTE_FOLLOW1_DAYS 7        /* the first follow-up visit (回访) after an agreement */
#define DISPUTE_FOLLOW2_DAYS 30       /* the second */
#define COMPLAINT_CONCLUDE_DAYS 15    /* a complaint (投诉) is concluded this many days after filing */
#define COMPLAINT_UNITS_MAX 1000      /* units one GET /complaint-units lists (more: truncated) */

/* ---- mediation levels (调解层级): village (调委会) → township (司法所/综治中心) → county
 * (矛调中心) → court (诉调对接). ---- */
enum gov_level { GOV_VILLAGE, GOV_TOWNSHIP, GOV_COUNTY, GOV_COURT, GOV_LEVELS };
extern const char *const gov_level_codes[];       /* "village", ..., NULL */
int gov_level_index(const char *code);            /* -1 when unknown */
/* The org unit that holds a dispute of org path `path` at level l (the community, township or
 * county above it; the county for court); 0 when there is none. */
int64_t gov_level_unit(struct db_conn *c, int64_t org_id, int level);
/* The level where a dispute placed at org_id starts (the lowest one above it), -1 if none. */
int gov_start_level(struct db_conn *c, int64_t org_id);

/* ---- risk matrix (风险矩阵): likelihood and impact 1-5 each; score = L × I:
 * 20-25 red (红), 10-16 orange (橙), 5-9 yellow (黄), 1-4 blue (蓝). NULL outside 1-5. ---- */
const char *risk_level(int likelihood, int impact);

/* ---- monitoring (监测预警) ---- */
/* Raise a warning when value reaches threshold and no warning of the same subject is open. */
bool monitor_should_warn(int64_t value, int64_t threshold, bool open_warning);

/* The appraisal score (考评得分): 100 × Σ wᵢ·vᵢ / Σ wᵢ over the components with a denominator,
 * vᵢ = numᵢ/denᵢ (1 - that when inv[i]); *has false (and 0) when no component has data. */
double appraisal_score(const int64_t *num, const int64_t *den, const double *w, const bool *inv,
    int n, bool *has);
/* The same with a scale per component (NULL: all 1): vᵢ = min(1, scaleᵢ × numᵢ/denᵢ), e.g.
 * commendations per ten cases handled. */
double appraisal_score_scaled(const int64_t *num, const int64_t *den, const double *w,
    const bool *inv, const double *scale, int n, bool *has);
/* One component's value min(1, scale × num/den); -1 when den is 0. */
double appraisal_value(int64_t num, int64_t den, double scale);

/* GET /api/v1/complaint-units (complaint.c): the units the caller may complain about. */
void complaint_api_units(struct http_req *r);

/* Inserts a link between two cases (case_links) inside a write. */
pa_err gov_link(struct db_conn *w, int64_t case_id, int64_t other_id, const char *kind,
    int64_t now);

/* Inside a write: a note on another case's timeline (its status kept, version bumped), e.g.
 * "turned into dispute MJ..." on a grid event. */
pa_err gov_note(struct db_conn *w, int64_t case_id, int64_t actor, int64_t now,
    const char *note, const char *data);
/* Inside a write: closes another case with status `to` by `action` (timeline row), e.g. a
 * warning turned into a risk. */
pa_err gov_close(struct db_conn *w, int64_t case_id, int64_t actor, int64_t now,
    const char *action, const char *to, const char *note);

/* ---- patrol checks (排查, patrol.c) ---- */
struct create_ctx;
/* For the on_create of a case made from a patrol's finding (event, risk): checks the request's
 * "patrol_id" and "patrol_item" (422 naming them, 409 when already turned), places the case
 * in the patrol's grid when no place was given, takes the finding's words as title and body
 * when none were given. *patrol_org gets the patrol's grid (0 when no patrol_id was given). */
pa_err patrol_finding_check(struct create_ctx *x, int64_t *patrol_org);
/* For the same case's after_create (in the write): marks the finding turned on the patrol,
 * links the two cases (case_links, kind from_patrol) and notes it on the patrol. */
pa_err patrol_finding_turn(struct create_ctx *x);
/* GET /api/v1/patrols (filters, pages, csv/xlsx), GET /api/v1/patrol-kinds and
 * PUT /api/v1/patrol-kinds/{code} (patrol_api.c). */
void patrol_api_list(struct http_req *r);
void patrol_api_kinds(struct http_req *r);
void patrol_api_kind_put(struct http_req *r);
struct auth_user;
struct pa_error;
struct case_rec;
/* The deadline warning of a case with a running stage, as the case JSON shows it ("warn"):
 * NULL (closed or no deadline), "normal", "yellow" (70% of the time used) or "red" (due). */
const char *gov_warn(const struct case_rec *c, int64_t now);
/* A query parameter that must be one of choices (absent or empty: *out NULL, true); else 422
 * naming it, false. */
bool gov_query_choice(struct http_req *r, const char *name, const char *const *choices,
    const char **out);

/* HTTP handlers */
void dispute_api_watch(struct http_req *r);
void risk_api_list(struct http_req *r);
void risk_api_heatmap(struct http_req *r);
void monitor_api_thresholds_get(struct http_req *r);
void monitor_api_thresholds_put(struct http_req *r);
void monitor_api_tick(struct http_req *r);
void appraisal_api(struct http_req *r);
void appraisal_api_weights_get(struct http_req *r);
void appraisal_api_weights_put(struct http_req *r);
/* One monitoring pass (the scheduler calls it with sla_tick): warnings raised. */
int monitor_tick(struct db *db, int64_t now);

#endif
