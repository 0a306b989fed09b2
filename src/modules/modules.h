/* modules.h — the registry of case types and what the modules hand to the layers below. */
#ifndef PA_MODULES_H
#define PA_MODULES_H

#include "../http/http.h"

/* Registers the case types with the engine and the map layers with the grid map. Call once
 * at start, before any request or command touches a case. */
void modules_init(void);

/* ---- accounts: sign-in and user administration (users_api.c, users_export.c) ---- */
struct http_req;
void auth_api_login(struct http_req *r);
void auth_api_logout(struct http_req *r);
void auth_api_me(struct http_req *r);
void auth_api_users_list(struct http_req *r);
/* The users GET /api/v1/users finds, as CSV or xlsx (fmt an enum export_format;
 * users_export.c); org_path and q may be NULL. Answers the request. */
void users_export(struct http_req *r, int fmt, const char *org_path, const char *q);
/* A role's name for people (民警 / Officer) for one ROLE_ bit (users_export.c). */
const char *role_label(unsigned role, bool en);
void auth_api_users_create(struct http_req *r);
void auth_api_users_update(struct http_req *r);
void auth_api_grant_add(struct http_req *r);
void auth_api_grant_remove(struct http_req *r);

/* ---- the 我爱我家 board's summary, GET /api/v1/board (suggestion.c) ---- */
void suggestion_api_board(struct http_req *r);

/* ---- the route table (routes.c): every API route, handed to http_start ---- */
extern const struct route app_routes[];

#endif
