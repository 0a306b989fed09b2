/* notify.h — the in-app inbox (站内消息) and live updates (Server-Sent Events). */
#ifndef PA_NOTIFY_H
#define PA_NOTIFY_H

#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

struct db;
struct db_conn;
struct http_req;

struct case_rec;
/* The name of a notice kind (通知类型) in Chinese or English: the common workflow kinds, then
 * each registered type's own (case_type.notices); 通知 / Notice for a kind named nowhere. */
const char *notify_kind_name(const char *kind, bool en);
/* Inside a write: one inbox message, in Chinese and English (msg_en NULL: the Chinese). */
pa_err notify_user(struct db_conn *c, int64_t user_id, int64_t case_id, const char *kind,
    const char *msg_zh, const char *msg_en, int64_t now);
/* Inside a write: a message to the holders of one of roles on the nearest unit, going up from
 * org_id, that has any such holder (the unit's own leader before the county's). */
pa_err notify_unit(struct db_conn *c, int64_t org_id, unsigned roles, int64_t case_id,
    const char *kind, const char *msg_zh, const char *msg_en, int64_t now);
/* notify_unit, except user skip (the actor: not told of their own act; 0 for nobody). */
pa_err notify_unit_except(struct db_conn *c, int64_t org_id, unsigned roles, int64_t case_id,
    const char *kind, const char *msg_zh, const char *msg_en, int64_t now, int64_t skip);
/* Inside a write: the notices of the case type's rules (struct notify_rule) for action (or
 * "create", "warn_yellow", "warn_red") and for the status entered (NULL if unchanged); the
 * actor is not told of their own act. */
pa_err notify_rules_fire(struct db_conn *conn, const struct case_rec *c, const char *action,
    const char *entered, int64_t actor, int64_t now);
/* The recipients that notify_rules_fire_cached remembers within one writer job: the holders
 * found for a unit and roles (grants do not change inside a job). */
#define NOTIFY_CACHE_UNITS 32      /* units and roles remembered per job */
#define NOTIFY_CACHE_USERS 64      /* holders remembered per unit; a unit with more is walked */
struct notify_holders_entry {
	int64_t org_id;
	unsigned roles;
	int nusers;
	int64_t users[NOTIFY_CACHE_USERS];
};
struct notify_cache {
	int n;
	struct notify_holders_entry e[NOTIFY_CACHE_UNITS];
};
/* notify_rules_fire with a cache that lives for one writer job (zeroed before its first use),
 * for jobs that fire the rules of many cases (the SLA pass). nc NULL: no cache. */
pa_err notify_rules_fire_cached(struct db_conn *conn, struct notify_cache *nc,
    const struct case_rec *c, const char *action, const char *entered, int64_t actor,
    int64_t now);
/* notify_rules_fire for an action that carries the actor's note (备注): each notice to staff
 * (the assignee, the holders of staff roles) quotes its first NOTIFY_NOTE_CHARS characters
 * after the rule's text, so that whoever is told reads what the actor wrote (a leader's word on
 * an approval) without opening the case; the reporter, who may be a citizen, and citizen
 * holders get the text without it (the timeline shows a poster no staff note either). */
#define NOTIFY_NOTE_CHARS 60
pa_err notify_rules_fire_note(struct db_conn *conn, const struct case_rec *c, const char *action,
    const char *entered, int64_t actor, int64_t now, const char *note);
/* Inside a write: marks done the to-do notices that action finishes (rules' done_by). */
pa_err notify_rules_done(struct db_conn *conn, const struct case_rec *c, const char *action,
    int64_t now);
/* After a commit: tells live streams that case id changed. */
void notify_case_changed(struct db *db, int64_t case_id);
void notify_api_list(struct http_req *r);
void notify_api_read(struct http_req *r);
void notify_api_read_all(struct http_req *r);
void notify_api_stream(struct http_req *r);
/* Ends every open stream (server shutdown). */
void notify_shutdown(void);
/* Sends ": ping" on idle streams and checks every stream's session again (ends the streams of
 * sessions that ended, follows grant changes); called by the scheduler thread of serve. */
void notify_ping(struct db *db);

#endif
