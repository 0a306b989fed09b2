/* grids.c — grid shapes in the database: the in-memory index used to place events, the
 * `pingan import grids` command, and GET /api/v1/grids(/locate). */
#include "grids.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "../util/util.h"
#include "geo.h"
#include "org.h"

#define GRIDS_FILE_MAX (64 * 1024 * 1024)   /* a GeoJSON file to import */
#define GEO_COUNTER "geo_version"

/* ------------------------------------------------------------------ index */

static pthread_mutex_t ix_mu = PTHREAD_MUTEX_INITIALIZER;
static struct geo_index *ix_cur;
static int64_t ix_version = -1;

static const char SQL_GEO_VERSION[] = "SELECT value FROM counters WHERE name = 'geo_version'";
static const char SQL_GEO_BUMP[] =
    "INSERT INTO counters (name, value) VALUES ('geo_version', 1) "
    "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1";
static const char SQL_GEO_ALL[] =
    "SELECT s.org_id, s.geometry FROM geo_shapes s JOIN orgs o ON o.id = s.org_id "
    "WHERE o.kind = 'grid'";

static int64_t geo_version(struct db_conn *c)
{
	struct db_stmt *s = db_prepare(c, SQL_GEO_VERSION);
	int64_t v = 0;

	if (s && db_step(s) == DB_ROW)
		v = db_col_int(s, 0);
	db_reset(s);
	return v;
}

/* (Re)builds the index when the shapes changed since it was built; caller holds ix_mu. */
static void index_refresh(struct db_conn *c)
{
	int64_t v = geo_version(c);
	struct geo_shape *shapes = NULL;
	struct db_stmt *s;
	int n = 0, cap = 0;

	if (v == ix_version && ix_cur)
		return;
	if ((s = db_prepare(c, SQL_GEO_ALL)) == NULL)
		return;
	while (db_step(s) == DB_ROW) {
		json_error_t je;
		json_t *g = json_loads(db_col_text(s, 1), 0, &je);
		char why[128];
		if (n == cap) {
			struct geo_shape *ns = realloc(shapes, (size_t)(cap = cap ? cap * 2 : 64) *
			    sizeof *shapes);
			if (ns == NULL) {
				json_decref(g);
				break;
			}
			shapes = ns;
		}
		if (g && geo_shape_parse(g, &shapes[n], why, sizeof why) == PA_OK)
			shapes[n++].id = db_col_int(s, 0);
		json_decref(g);
	}
	db_reset(s);
	struct geo_index *ix = geo_index_build(shapes, n);
	if (ix == NULL) {
		for (int i = 0; i < n; i++)
			geo_shape_free(&shapes[i]);
		free(shapes);
		return;
	}
	geo_index_free(ix_cur);
	ix_cur = ix;
	ix_version = v;
}

int64_t grids_locate(struct db_conn *c, double lon, double lat)
{
	int64_t id;

	pthread_mutex_lock(&ix_mu);
	index_refresh(c);
	id = geo_index_locate(ix_cur, lon, lat);
	pthread_mutex_unlock(&ix_mu);
	return id;
}

void grids_index_free(void)
{
	pthread_mutex_lock(&ix_mu);
	geo_index_free(ix_cur);
	ix_cur = NULL;
	ix_version = -1;
	pthread_mutex_unlock(&ix_mu);
}

/* ------------------------------------------------------------------ storing shapes */

static const char SQL_GEO_PUT[] =
    "INSERT INTO geo_shapes (org_id, geometry, min_lon, min_lat, max_lon, max_lat) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (org_id) DO UPDATE SET geometry = ?2, "
    "min_lon = ?3, min_lat = ?4, max_lon = ?5, max_lat = ?6";

pa_err grids_put_shape(struct db_conn *c, int64_t org_id, const json_t *geometry)
{
	struct geo_shape sh;
	struct db_stmt *s;
	char why[128], *text;
	pa_err rc = geo_shape_parse(geometry, &sh, why, sizeof why);

	if (rc != PA_OK)
		return rc;
	text = json_dumps(geometry, JSON_COMPACT);
	if (text == NULL || (s = db_prepare(c, SQL_GEO_PUT)) == NULL) {
		free(text);
		geo_shape_free(&sh);
		return PA_ERR_DB;
	}
	db_bind_int(s, 1, org_id);
	db_bind_text(s, 2, text);
	db_bind_double(s, 3, sh.min_lon);
	db_bind_double(s, 4, sh.min_lat);
	db_bind_double(s, 5, sh.max_lon);
	db_bind_double(s, 6, sh.max_lat);
	rc = db_run(s);
	free(text);
	geo_shape_free(&sh);
	if (rc == PA_OK)
		rc = db_run(db_prepare(c, SQL_GEO_BUMP));
	return rc;
}

/* ------------------------------------------------------------------ import */

struct import_job {
	json_t *features;
	bool *ok;              /* per feature: passed the checks */
};

static pa_err import_run(struct db_conn *c, void *ctx)
{
	struct import_job *j = ctx;
	json_t *f;
	size_t i;
	pa_err rc;

	json_array_foreach(j->features, i, f) {
		json_t *p = json_object_get(f, "properties");
		const char *kind = json_string_value(json_object_get(p, "kind"));
		int64_t id;
		if (!j->ok[i])
			continue;
		rc = org_insert(c, org_id_by_code(c, json_string_value(json_object_get(p, "parent"))),
		    kind ? kind : "grid", json_string_value(json_object_get(p, "name")),
		    json_string_value(json_object_get(p, "code")), &id);
		if (rc == PA_OK)
			rc = grids_put_shape(c, id, json_object_get(f, "geometry"));
		if (rc != PA_OK)
			return rc;
	}
	return PA_OK;
}

/* Checks one feature; writes the reason into why. Known codes: the database and the file. */
static bool feature_ok(struct db_conn *c, const json_t *f, json_t *seen, char *why, size_t n)
{
	const json_t *p = json_object_get(f, "properties");
	const char *name = json_string_value(json_object_get(p, "name"));
	const char *code = json_string_value(json_object_get(p, "code"));
	const char *parent = json_string_value(json_object_get(p, "parent"));
	const char *kind = json_string_value(json_object_get(p, "kind"));
	struct geo_shape sh;

	if (!json_is_object(f) || !json_is_object(p)) {
		snprintf(why, n, "not a Feature with properties");
		return false;
	}
	if (name == NULL || *name == '\0' || utf8_chars(name, strlen(name)) > LIM_NAME_CHARS ||
	    code == NULL || *code == '\0' || strlen(code) > 60) {
		snprintf(why, n, "properties need a name and a code");
		return false;
	}
	if (kind && strcmp(kind, "grid") != 0 && strcmp(kind, "community") != 0) {
		snprintf(why, n, "kind must be grid or community");
		return false;
	}
	if (org_id_by_code(c, code) || json_object_get(seen, code)) {
		snprintf(why, n, "duplicate code %s", code);
		return false;
	}
	if (parent == NULL || (org_id_by_code(c, parent) == 0 && !json_object_get(seen, parent))) {
		snprintf(why, n, "unknown parent %s", parent ? parent : "(none)");
		return false;
	}
	if (geo_shape_parse(json_object_get(f, "geometry"), &sh, why, n) != PA_OK)
		return false;
	geo_shape_free(&sh);
	json_object_set_new(seen, code, json_true());
	return true;
}

int grids_import(struct db *db, const char *path, bool skip_errors, FILE *out)
{
	struct db_conn *c = db_reader(db);
	struct import_job j = { 0 };
	json_error_t je;
	json_t *doc = NULL, *seen = json_object(), *f;
	size_t i, nok = 0, nbad = 0;
	int rc = 1;
	FILE *in = fopen(path, "rb");
	char why[160];

	if (in == NULL) {
		fprintf(out, "pingan: cannot open %s: %s\n", path, strerror(errno));
		goto out;
	}
	/* the size is checked before anything is parsed: a larger file is refused whole */
	if (fseeko(in, 0, SEEK_END) != 0 || ftello(in) > GRIDS_FILE_MAX || fseeko(in, 0,
	    SEEK_SET) != 0) {
		fprintf(out, "pingan: %s is larger than %d MiB, the most one import takes; split it\n",
		    path, GRIDS_FILE_MAX / (1024 * 1024));
		fclose(in);
		goto out;
	}
	doc = json_loadf(in, JSON_REJECT_DUPLICATES, &je);
	fclose(in);
	if (doc == NULL) {
		fprintf(out, "pingan: %s is not JSON: line %d: %s\n", path, je.line, je.text);
		goto out;
	}
	j.features = json_object_get(doc, "features");
	if (!json_is_array(j.features) ||
	    strcmp(json_string_value(json_object_get(doc, "type")) ?: "", "FeatureCollection")) {
		fprintf(out, "pingan: %s is not a GeoJSON FeatureCollection\n", path);
		goto out;
	}
	j.ok = calloc(json_array_size(j.features) + 1, sizeof *j.ok);
	if (c == NULL || j.ok == NULL)
		goto out;
	json_array_foreach(j.features, i, f) {
		j.ok[i] = feature_ok(c, f, seen, why, sizeof why);
		if (j.ok[i]) {
			nok++;
		} else {
			const char *code = json_string_value(json_object_get(
			    json_object_get(f, "properties"), "code"));
			fprintf(out, "refused feature %zu (%s): %s\n", i + 1, code ? code : "no code", why);
			nbad++;
		}
	}
	if (nbad && !skip_errors) {
		fprintf(out, "imported nothing: %zu of %zu features have errors (fix them, or "
		    "--skip-errors to import the rest)\n", nbad, json_array_size(j.features));
		goto out;
	}
	if (db_write(db, import_run, &j) != PA_OK) {
		fprintf(out, "pingan: import failed; nothing was imported\n");
		goto out;
	}
	fprintf(out, "imported %zu grids%s", nok, nbad ? "" : "\n");
	if (nbad)
		fprintf(out, ", refused %zu\n", nbad);
	rc = 0;
out:
	free(j.ok);
	json_decref(seen);
	json_decref(doc);
	return rc;
}

/* ------------------------------------------------------------------ API */

static const char SQL_GRIDS[] =
    "SELECT o.id, o.name, o.code, o.kind, COALESCE(o.parent_id, 0), s.geometry "
    "FROM geo_shapes s JOIN orgs o ON o.id = s.org_id WHERE " SCOPE_ORG_SQL " ORDER BY o.path";
/* The layers of open cases drawn on the map (set by the modules at start). */
static grids_layer_fn map_layer;

void grids_set_layer(grids_layer_fn fn)
{
	map_layer = fn;
}

/* Adds the heat layers of a grid ({code: {total, counts: {level: n}}}) to its community's. */
static void layers_add(json_t *to, const json_t *from)
{
	const char *code, *level;
	json_t *l, *n;

	json_object_foreach((json_t *)from, code, l) {
		json_t *t = json_object_get(to, code), *tc;
		if (t == NULL) {
			t = json_pack("{s:i, s:{}}", "total", 0, "counts");
			if (t == NULL || json_object_set_new(to, code, t) != 0)
				continue;
		}
		json_integer_set(json_object_get(t, "total"), json_integer_value(json_object_get(t,
		    "total")) + json_integer_value(json_object_get(l, "total")));
		tc = json_object_get(t, "counts");
		json_object_foreach(json_object_get(l, "counts"), level, n) {
			json_t *v = json_object_get(tc, level);
			if (v == NULL)
				json_object_set_new(tc, level, json_integer(json_integer_value(n)));
			else
				json_integer_set(v, json_integer_value(v) + json_integer_value(n));
		}
	}
}

/* GET /api/v1/grids — a GeoJSON FeatureCollection of the grids and communities in scope. */
void grids_api_list(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	json_t *features = json_array(), *byid = json_object();
	int64_t now = clock_now_ms();
	char key[24];
	enum export_format fmt = http_export_format(r);

	if (fmt == EXPORT_BAD)
		goto out;
	if (c == NULL || (s = db_prepare(c, SQL_GRIDS)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	while (db_step(s) == DB_ROW) {
		json_error_t je;
		json_t *geom = json_loads(db_col_text(s, 5), 0, &je);
		json_t *props = json_pack("{s:s, s:s, s:s, s:o, s:i, s:i, s:i}",
		    "name", db_col_text(s, 1), "code", db_col_text(s, 2), "kind", db_col_text(s, 3),
		    "parent_id", db_col_int(s, 4) ? json_integer(db_col_int(s, 4)) : json_null(),
		    "open_events", 0, "yellow", 0, "red", 0);
		json_object_set_new(props, "layers", json_object());   /* the heat layers */
		json_t *feat = json_pack("{s:s, s:I, s:o, s:o}", "type", "Feature",
		    "id", (json_int_t)db_col_int(s, 0), "geometry", geom ? geom : json_null(),
		    "properties", props);
		snprintf(key, sizeof key, "%lld", (long long)db_col_int(s, 0));
		json_object_set(byid, key, props);
		json_array_append_new(features, feat);
	}
	db_reset(s);
	/* open cases per grid and their deadline warnings, from the modules' map layers */
	if (map_layer && map_layer(c, r->user, byid, now) != PA_OK)
		goto dberr;
	/* a community shows the sum of its grids */
	{
		size_t i;
		json_t *f;
		json_array_foreach(features, i, f) {
			json_t *p = json_object_get(f, "properties"), *parent;
			if (strcmp(json_string_value(json_object_get(p, "kind")), "grid") != 0)
				continue;
			parent = json_object_get(p, "parent_id");
			if (!json_is_integer(parent))
				continue;
			snprintf(key, sizeof key, "%lld", (long long)json_integer_value(parent));
			json_t *pp = json_object_get(byid, key);
			if (pp == NULL)
				continue;
			static const char *const counts[] = { "open_events", "yellow", "red" };
			for (int k = 0; k < 3; k++) {
				json_t *v = json_object_get(pp, counts[k]);
				json_integer_set(v, json_integer_value(v) +
				    json_integer_value(json_object_get(p, counts[k])));
			}
			layers_add(json_object_get(pp, "layers"), json_object_get(p, "layers"));
		}
	}
	if (fmt != EXPORT_JSON) {
		grids_export(r, fmt, c, features, byid);
		goto out;
	}
	json_decref(byid);
	http_reply(r, 200, json_pack("{s:s, s:o}", "type", "FeatureCollection", "features",
	    features));
	return;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
out:
	json_decref(byid);
	json_decref(features);
}

static bool coord_param(struct http_req *r, const char *name, double lo, double hi, double *out)
{
	const char *v = http_query(r, name);
	char *end;

	if (v == NULL || *v == '\0') {
		http_error(r, PA_ERR_MALFORMED, "bad_request", name, "%s is required", name);
		return false;
	}
	errno = 0;
	*out = strtod(v, &end);
	if (errno || *end || !isfinite(*out)) {
		http_error(r, PA_ERR_MALFORMED, "bad_request", name, "%s must be a number", name);
		return false;
	}
	if (*out < lo || *out > hi) {
		http_error(r, PA_ERR_INVALID, "invalid_value", name, "%s must be %g to %g", name, lo, hi);
		return false;
	}
	return true;
}

/* GET /api/v1/grids/locate?lat=&lon= */
void grids_api_locate(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	double lat, lon;
	struct org o;
	int64_t id;

	if (!coord_param(r, "lat", -90, 90, &lat) || !coord_param(r, "lon", -180, 180, &lon))
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	id = grids_locate(c, lon, lat);
	if (id == 0 || org_get(c, id, &o) != PA_OK) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no grid contains this point");
		return;
	}
	http_reply(r, 200, json_pack("{s:I, s:s, s:s}", "org_id", (json_int_t)o.id, "name", o.name,
	    "code", o.code));
}

/* ------------------------------------------------------------------ places (地点选择) */

/* The picker of the report form: names of the places (no counts, no cases) for anyone signed
 * in, so that a citizen, who sees no grids in scope, can still say where something happened. */
#define PLACE_KINDS_SQL "('province','city','county','township','community','grid')"
static const char SQL_PLACE_CHILDREN[] =
    "SELECT o.id, o.name, o.kind, EXISTS (SELECT 1 FROM geo_shapes s WHERE s.org_id = o.id) "
    "FROM orgs o WHERE ((?1 = 0 AND o.parent_id IS NULL) OR o.parent_id = ?1) "
    "AND o.kind IN " PLACE_KINDS_SQL " ORDER BY o.id LIMIT ?2";
static const char SQL_PLACE_SHAPES[] =
    "SELECT o.id, o.name, o.kind, COALESCE(o.parent_id, 0), s.geometry "
    "FROM geo_shapes s JOIN orgs o ON o.id = s.org_id "
    "WHERE substr(o.path, 1, length(?1)) = ?1 AND o.kind IN ('community','grid') "
    "ORDER BY o.path LIMIT ?2";

/* GET /api/v1/places?parent_id=N[&shapes=1] */
void grids_api_places(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s;
	struct org parent;
	int64_t parent_id, shapes;
	json_t *items;
	int n = 0;

	if (!http_query_int(r, "parent_id", 1, INT64_MAX, 0, &parent_id) ||
	    !http_query_int(r, "shapes", 0, 1, 0, &shapes))
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (parent_id != 0 && org_get(c, parent_id, &parent) != PA_OK) {
		http_error(r, PA_ERR_NOT_FOUND, "not_found", "parent_id", "no such place");
		return;
	}
	if (shapes && parent_id == 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "parent_id",
		    "boundaries need a parent place");
		return;
	}
	items = json_array();
	if ((s = db_prepare(c, shapes ? SQL_PLACE_SHAPES : SQL_PLACE_CHILDREN)) == NULL)
		goto dberr;
	if (shapes)
		db_bind_text(s, 1, parent.path);
	else
		db_bind_int(s, 1, parent_id);
	db_bind_int(s, 2, PLACES_MAX + 1);
	while (db_step(s) == DB_ROW) {
		if (++n > PLACES_MAX)
			break;
		if (shapes) {
			json_error_t je;
			json_t *geom = json_loads(db_col_text(s, 4), 0, &je);
			json_array_append_new(items, json_pack("{s:s, s:I, s:o, s:{s:s, s:s, s:o}}",
			    "type", "Feature", "id", (json_int_t)db_col_int(s, 0),
			    "geometry", geom ? geom : json_null(), "properties",
			    "name", db_col_text(s, 1), "kind", db_col_text(s, 2), "parent_id",
			    db_col_int(s, 3) ? json_integer(db_col_int(s, 3)) : json_null()));
		} else {
			json_array_append_new(items, json_pack("{s:I, s:s, s:s, s:b}",
			    "id", (json_int_t)db_col_int(s, 0), "name", db_col_text(s, 1),
			    "kind", db_col_text(s, 2), "has_shape", db_col_int(s, 3) != 0));
		}
	}
	db_reset(s);
	if (shapes)
		http_reply(r, 200, json_pack("{s:s, s:o, s:b}", "type", "FeatureCollection",
		    "features", items, "truncated", n > PLACES_MAX));
	else
		http_reply(r, 200, json_pack("{s:o, s:b}", "items", items, "truncated",
		    n > PLACES_MAX));
	return;
dberr:
	json_decref(items);
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
}
