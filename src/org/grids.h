/* grids.h — grid shapes stored with the org tree: placing points, importing GeoJSON, the API. */
#ifndef PA_GRIDS_H
#define PA_GRIDS_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
struct db_conn;
struct http_req;

/* The grid containing the point (the smallest when shapes nest), or 0. Uses an in-memory index
 * rebuilt whenever the stored shapes change. */
int64_t grids_locate(struct db_conn *c, double lon, double lat);
void grids_index_free(void);
/* Inside a write: stores (or replaces) the shape of an org unit. */
pa_err grids_put_shape(struct db_conn *c, int64_t org_id, const json_t *geometry);
/* `pingan import grids FILE`: prints what it imported and refused; 0 on success. */
int grids_import(struct db *db, const char *path, bool skip_errors, FILE *out);
/* A map layer: adds to each grid's properties in byid (keyed by the org id as text, with
 * "open_events", "yellow", "red" counters) the open cases the user may see. */
struct auth_user;
typedef pa_err (*grids_layer_fn)(struct db_conn *c, const struct auth_user *u, json_t *byid,
    int64_t now);
void grids_set_layer(grids_layer_fn fn);
void grids_api_list(struct http_req *r);
/* The features of grids_api_list as CSV or xlsx (grids_export.c); byid maps "id" to each
 * feature's properties. Answers the request. */
struct db_conn;
void grids_export(struct http_req *r, int fmt, struct db_conn *c, const json_t *features,
    const json_t *byid);
void grids_api_locate(struct http_req *r);
/* GET /api/v1/places: place names (and shapes) for the report form's picker, for anyone. */
void grids_api_places(struct http_req *r);

#endif
