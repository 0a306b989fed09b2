/* event.h — grid events and the township four platforms (网格事件 · 四个平台): the event
 * catalogue, deadlines and supervision (督办), notifications, photos and indicators. */
#ifndef PA_EVENT_H
#define PA_EVENT_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/attach.h"
#include "../core/notify.h"
#include "../http/http.h"
#include "../pingan.h"

struct db;
struct db_conn;
struct http_req;
struct auth_user;

/* ---- catalogue (catalog.c) ---- */
struct category {
	char code[32], name[LIM_NAME_CHARS * 4 + 1], parent[32], platform[24];
	char name_en[LIM_NAME_CHARS * 4 + 1];   /* the English name; "" when none was given */
	char case_type[16];              /* whose catalogue: event, or lost (shared by lost and found) */
	int64_t department_id;
	int accept_hours, handle_days;
	bool settle_on_spot, is_public, has_parent;
};
extern const char *const platforms[];          /* zongzhi, shichang, zonghe_zhifa, bianmin */
const char *platform_name(const char *code);    /* 综治工作 ... */
const char *platform_name_lang(const char *code, bool en);   /* 综治工作 or Comprehensive governance */
/* A catalogue entry's name in a language: the English one where there is one, else the
 * Chinese (English is optional, Chinese required). */
const char *catalog_name(const struct category *k, bool en);
pa_err catalog_get(struct db_conn *c, const char *code, struct category *out);
pa_err catalog_seed(struct db_conn *c);        /* the default catalogue, inside a write */
int catalog_export(struct db *db, FILE *out);
int catalog_import(struct db *db, const char *path, FILE *msg);
void catalog_api_list(struct http_req *r);
void catalog_api_create(struct http_req *r);
void catalog_api_update(struct http_req *r);

/* ---- deadlines (sla.c) ---- */
enum sla_level { SLA_NONE, SLA_NORMAL, SLA_YELLOW, SLA_RED };
/* Holidays as loaded: dates "YYYY-MM-DD" that are off (workday false) or on (workday true). */
struct sla_calendar;
struct sla_calendar *sla_calendar_load(struct db_conn *c);
void sla_calendar_free(struct sla_calendar *cal);
/* The shared, cached calendar (reloaded after sla_calendar_changed); give it back with
 * sla_calendar_put. NULL when out of memory. */
const struct sla_calendar *sla_calendar_get(struct db_conn *c);
void sla_calendar_put(const struct sla_calendar *cal);
void sla_calendar_changed(void);
bool sla_is_workday(const struct sla_calendar *cal, int64_t ms);
/* start + days working days, at the same time of day (China time). */
int64_t sla_add_workdays(const struct sla_calendar *cal, int64_t start, int days);
enum sla_level sla_level_at(int64_t stage_start, int64_t due, int64_t now);
const char *sla_level_name(enum sla_level l);
/* One scheduler pass: marks new warnings, notifies; at most max (SLA_PASS_MAX) warnings,
 * oldest due first. Returns how many events changed; *more (may be NULL) is set when the
 * pass stopped at max with cases still due. */
int sla_tick_pass(struct db *db, int max, bool *more);
/* sla_tick_pass(db, SLA_PASS_MAX, NULL). */
int sla_tick(struct db *db);
/* The scheduler thread of serve: a supervision pass every interval_s, pings for live streams. */
void sla_scheduler_start(struct db *db, int interval_s);
void sla_scheduler_stop(void);
void sla_api_supervision(struct http_req *r);
/* The supervision queue as CSV or xlsx (sla_export.c), level "red"/"yellow"/"normal" or
 * NULL; answers the request. */
void sla_supervision_export(struct http_req *r, enum export_format fmt, const char *want);
void sla_api_tick(struct http_req *r);
void sla_api_holidays_get(struct http_req *r);
void sla_api_holidays_put(struct http_req *r);
void sla_api_holidays_delete(struct http_req *r);

/* ---- the event case type (event.c) ---- */

/* ---- indicators (indicators.c) ---- */
void indicators_api(struct http_req *r);

/* ---- demo (demo.c uses it) ---- */
/* Moves the plain-text caller_name of events made before the persons registry into it as a
 * `caller` person of the case and clears the column (resumable, in batches; the masked
 * caller_phone stays). Run by `pingan init` and at `serve` start; progress may be NULL. */
pa_err event_callers_move(struct db *db, FILE *progress);

/* The English name of a catalogue entry (categories, patrol kinds: one table), longer than
 * the Chinese one's 40 characters since English words run longer. */
#define CAT_NAME_EN_CHARS 60

#endif
