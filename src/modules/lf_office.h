/* lf_office.h — the claim office of a unit (认领地点): where a citizen claims a found item the
 * unit keeps — address, phone and opening hours, each optional (table lf_stations, migration
 * 024). Shown on the public notice (招领公告) and the receipt (领取凭证); set by an admin or a
 * leader over the unit (PUT /api/v1/lostfound/offices/{org_id}). */
#ifndef PA_LF_OFFICE_H
#define PA_LF_OFFICE_H

#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

#define LF_OFFICE_ADDRESS_MAX 100   /* characters of the address (认领地址) */
#define LF_OFFICE_PHONE_MAX   30    /* characters of the phone (联系电话) */
#define LF_OFFICE_HOURS_MAX   60    /* characters of the opening hours (办公时间) */

/* The columns a statement adds for a unit's office: LEFT JOIN lf_stations alias f on the
 * unit's id, then these three in this order (lf_office_json reads them). */
#define LF_OFFICE_COLS "f.address, f.phone, f.hours"
#define LF_OFFICE_JOIN(unit) " LEFT JOIN lf_stations f ON f.org_id = " unit " "

struct sb;
struct db_conn;
struct db_stmt;
struct http_req;

/* Whether phone holds only what a phone number is written with: digits, spaces, - + ( ) and
 * 转 (an extension), and at least one digit. */
bool lf_office_phone_valid(const char *phone);
/* Writes ,"office":{"address":…,"phone":…,"hours":…} from columns col..col+2 of s (each key
 * only when set); nothing when none is set. */
void lf_office_json(struct sb *b, struct db_stmt *s, int col);

/* Sets the office of unit org (inside a write; validated values, NULL unset; all NULL
 * removes it). The API and the demo's stations (demo.c). */
pa_err lf_office_put(struct db_conn *c, int64_t org, const char *address, const char *phone,
    const char *hours);

/* GET /api/v1/lostfound/offices (staff): every unit's office that is set. */
void lf_office_api_list(struct http_req *r);
/* PUT /api/v1/lostfound/offices/{org_id} (an admin or leader over the unit): the whole office. */
void lf_office_api_put(struct http_req *r);

#endif
