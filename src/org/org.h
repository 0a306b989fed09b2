/* org.h — the org tree (组织机构): province › city › county › township › community › grid, with
 * police (分局 › 派出所 › 警务区) and departments (职能部门) attached beside it. */
#ifndef PA_ORG_H
#define PA_ORG_H

#include <stdbool.h>
#include <stdint.h>

#include "../auth/auth.h"
#include "../pingan.h"

struct db_conn;

struct org {
	int64_t id, parent_id;        /* parent_id 0 for a root */
	char kind[24];
	char name[AUTH_NAME_MAX];
	char code[64];
	char path[LIM_ORG_PATH];      /* "/1/3/7/" */
};

extern const char *const org_kinds[];   /* NULL-terminated */
bool org_kind_valid(const char *kind);
/* The name of a kind for people (网格, 派出所; English when en); unknown kinds as they are. */
const char *org_kind_name(const char *kind, bool en);

pa_err org_get(struct db_conn *c, int64_t id, struct org *out);
/* Inserts a unit under parent_id (0 = root) and computes its path. Inside a write. */
pa_err org_insert(struct db_conn *c, int64_t parent_id, const char *kind, const char *name,
    const char *code, int64_t *out_id);
int64_t org_id_by_code(struct db_conn *c, const char *code);   /* 0 if none */
/* The materialised path of unit id; false if there is no such unit. */
bool org_path(struct db_conn *c, int64_t id, char out[LIM_ORG_PATH]);

struct http_req;
/* The `org_id` query parameter of a list or a count: *id 0 when absent. With in_scope, a unit
 * the caller's grants do not cover answers 404 (counts); without, an unknown unit filters
 * everything out (lists, where cases assigned to the caller may sit outside their units).
 * On false the error is sent. */
bool org_query(struct http_req *r, bool in_scope, int64_t *id, char path[LIM_ORG_PATH]);

struct http_req;
void org_api_list(struct http_req *r);

#endif
