/* desk.h — what the front-desk case types (阳光坐席: visit, help, incident, cctv, archive)
 * share: the station check at creation, staff checks, and the incident catalogue. */
#ifndef PA_DESK_H
#define PA_DESK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/case.h"

#define DESK_MINUTES_MAX   1440   /* minutes one reception may take (坐堂接待时长上限) */
#define DESK_CAMERAS_CHARS 500    /* the cameras or places of a CCTV review */

/* The roles that register at the desk (民警, 辅警) and the leader (所长). */
#define DESK_REGISTER (ROLE_OFFICER | ROLE_AUXILIARY | ROLE_LEADER)
#define DESK_OFFICERS (ROLE_OFFICER | ROLE_LEADER)

/* on_create common part: the case must be placed at a police station (派出所). */
pa_err desk_station_check(struct create_ctx *x);
/* True when uid is an active staff member with a grant at or above the station path. */
pa_err desk_staff_check(struct db_conn *c, int64_t uid, const char *org_path, const char *field,
    struct pa_error *err);
/* A validated VT_TIME field of obj as ms (0 when absent). */
int64_t desk_time(const json_t *obj, const char *name);

/* The incident catalogue (警情分类): two levels, Chinese and English names. */
struct incident_cat {
	const char *code, *parent, *name_zh, *name_en;
};
extern const struct incident_cat incident_catalog[];      /* terminated by code NULL */
const struct incident_cat *incident_cat_find(const char *code);
/* "大类 / 小类" of a sub-category code (English when en); false when unknown. */
bool incident_cat_name(const char *code, bool en, char *out, size_t outlen);

/* One period's incident counts (docs/indicators.md "Incidents"): filed = 立案 dated in
 * [from, to); solved = 破案 dated in it; 破案率 num/den = of the filed, those solved before to. */
struct inc_counts {
	int64_t filed, solved, num, den;
};
/* Counts an incident (filed_at, solved_at; 0 = not) into k for the period [from, to). */
void desk_inc_count(struct inc_counts *k, int64_t filed, int64_t solved, int64_t from,
    int64_t to);
/* ms moved by whole calendar years, China time (29 February becomes the 28th). */
int64_t desk_year_shift(int64_t ms, int years);

/* GET /api/v1/stats/incidents and GET /api/v1/stats/desk (desk_stats.c). */
struct http_req;
void desk_api_stats_incidents(struct http_req *r);
void desk_api_stats_desk(struct http_req *r);

#endif
