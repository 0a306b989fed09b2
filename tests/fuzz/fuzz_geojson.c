/* fuzz_geojson.c — libFuzzer target for grid boundaries (src/org/geo.c): GeoJSON geometry
 * parsing, point in polygon and the bucket index.
 *
 * The input is parsed as JSON; the geometries taken are the top-level value (or each element
 * of a top-level array), "geometry" of a Feature, and "features"[*]."geometry" of a
 * FeatureCollection. Each goes to geo_shape_parse; the shapes that parse are probed with
 * points derived from their bounding boxes, then indexed together and located.
 *
 * Built by `make fuzz` with src/util/util.c, src/http/validate.c and src/org/geo.c only.
 * Besides crashes and sanitizer reports it aborts when an invariant breaks:
 *   - a refusal is PA_ERR_INVALID (or NOMEM) with a reason and leaves the shape empty;
 *   - a parsed shape has 1..GEO_POLYS_MAX parts, each 1..GEO_RINGS_MAX closed rings of
 *     4..GEO_POINTS_MAX in-range positions, and a bounding box holding its outer rings;
 *   - a point outside the bounding box is never contained;
 *   - every vertex of a hole-free part is contained (a vertex is on the boundary);
 *   - geo_index_locate agrees with a brute-force search: 0 exactly when no shape contains the
 *     point, otherwise a shape that contains it. (Which one wins among nested shapes is left
 *     to tests/unit/test_geo.c, so that this target does not fix the size measure.)
 */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "org/geo.h"

#define MAX_SHAPES 32
#define MAX_PROBES 24

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "fuzz_geojson: invariant broken: %s\n", what);
		abort();
	}
}

struct set {
	const json_t *geoms[MAX_SHAPES];
	int n;
};

static void take(struct set *s, const json_t *g)
{
	if (g && s->n < MAX_SHAPES)
		s->geoms[s->n++] = g;
}

/* A GeoJSON object of any kind: a geometry, a Feature or a FeatureCollection. */
static void collect(struct set *s, const json_t *o)
{
	const json_t *features = json_object_get(o, "features"), *f;
	size_t i;

	take(s, o);
	if (json_is_object(json_object_get(o, "geometry")))
		take(s, json_object_get(o, "geometry"));
	json_array_foreach(features, i, f) {
		take(s, json_object_get(f, "geometry"));
		if (s->n == MAX_SHAPES)
			break;
	}
}

static void check_shape(const struct geo_shape *sh)
{
	check(sh->npolys >= 1 && sh->npolys <= GEO_POLYS_MAX, "part count");
	check(sh->min_lon <= sh->max_lon && sh->min_lat <= sh->max_lat, "bbox order");
	check(sh->min_lon >= -180 && sh->max_lon <= 180 && sh->min_lat >= -90 &&
	    sh->max_lat <= 90, "bbox range");
	for (int i = 0; i < sh->npolys; i++) {
		const struct geo_poly *p = &sh->polys[i];
		check(p->nrings >= 1 && p->nrings <= GEO_RINGS_MAX, "ring count");
		for (int k = 0; k < p->nrings; k++) {
			const struct geo_ring *r = &p->rings[k];
			check(r->n >= 4 && r->n <= GEO_POINTS_MAX, "ring size");
			check(r->xy[0] == r->xy[2 * (r->n - 1)] && r->xy[1] == r->xy[2 * (r->n - 1) + 1],
			    "ring closed");
			for (int v = 0; v < r->n; v++) {
				double x = r->xy[2 * v], y = r->xy[2 * v + 1];
				check(isfinite(x) && isfinite(y) && x >= -180 && x <= 180 && y >= -90 &&
				    y <= 90, "position range");
				if (k == 0)
					check(x >= sh->min_lon && x <= sh->max_lon && y >= sh->min_lat &&
					    y <= sh->max_lat, "outer ring inside bbox");
			}
		}
	}
}

/* Points around a bounding box: corners, centre, edge midpoints, fractions inside, and just
 * outside by a share of its size (never by a fixed distance). */
static int probes(const struct geo_shape *sh, double *px, double *py)
{
	static const double f[] = { 0, 0.5, 1, 0.25, 0.75, 0.1, 0.9, 1.0 / 3 };
	double w = sh->max_lon - sh->min_lon, h = sh->max_lat - sh->min_lat;
	int n = 0;

	for (int i = 0; i < 8 && n < MAX_PROBES - 4; i++) {
		px[n] = sh->min_lon + f[i] * w;
		py[n] = sh->min_lat + f[(i + 3) % 8] * h;
		n++;
		px[n] = sh->min_lon + f[i] * w;
		py[n] = sh->min_lat + f[i] * h;
		n++;
	}
	px[n] = sh->min_lon - w / 2;  py[n++] = sh->min_lat + h / 2;
	px[n] = sh->max_lon + w / 2;  py[n++] = sh->min_lat + h / 2;
	px[n] = sh->min_lon + w / 2;  py[n++] = sh->min_lat - h / 2;
	px[n] = sh->min_lon + w / 2;  py[n++] = sh->max_lat + h / 2;
	return n;
}

static void probe_shape(const struct geo_shape *sh)
{
	double px[MAX_PROBES], py[MAX_PROBES];
	int n = probes(sh, px, py);

	for (int i = 0; i < n; i++) {
		bool in = geo_shape_contains(sh, px[i], py[i]);
		if (px[i] < sh->min_lon || px[i] > sh->max_lon || py[i] < sh->min_lat ||
		    py[i] > sh->max_lat)
			check(!in, "outside the bbox yet contained");
	}
	/* the vertices of a part without holes lie on its boundary */
	for (int i = 0; i < sh->npolys; i++) {
		const struct geo_ring *r = &sh->polys[i].rings[0];
		if (sh->polys[i].nrings != 1)
			continue;
		for (int v = 0; v < r->n && v < 64; v++) {
			check(geo_ring_where(r, r->xy[2 * v], r->xy[2 * v + 1]) == GEO_ON_EDGE,
			    "a vertex is on its ring");
			check(geo_shape_contains(sh, r->xy[2 * v], r->xy[2 * v + 1]),
			    "a vertex of a hole-free part is contained");
		}
	}
}

/* The index against a brute-force search over the same shapes. */
static void probe_index(struct geo_shape *shapes, int n)
{
	struct geo_index *ix;

	if (n == 0) {
		free(shapes);
		return;
	}
	ix = geo_index_build(shapes, n);
	if (ix == NULL) {
		for (int i = 0; i < n; i++)
			geo_shape_free(&shapes[i]);
		free(shapes);
		return;
	}
	check(geo_index_count(ix) == n, "index count");
	for (int s = 0; s < n; s++) {
		double px[MAX_PROBES], py[MAX_PROBES];
		int np = probes(&shapes[s], px, py);
		for (int i = 0; i < np; i++) {
			int64_t got = geo_index_locate(ix, px[i], py[i]);
			bool any = false;
			for (int k = 0; k < n && !any; k++)
				any = geo_shape_contains(&shapes[k], px[i], py[i]);
			check(any == (got != 0), "locate finds a shape exactly when one contains the point");
			if (got) {
				/* ids are 1..n in array order */
				check(got >= 1 && got <= n, "locate returns a known id");
				check(geo_shape_contains(&shapes[got - 1], px[i], py[i]),
				    "the located shape contains the point");
			}
		}
	}
	geo_index_free(ix);        /* frees the shapes too */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_error_t je;
	json_t *root = json_loadb((const char *)data, size, JSON_DECODE_ANY, &je), *v;
	struct geo_shape *shapes;
	struct set set = { .n = 0 };
	int n = 0;
	size_t i;

	if (root == NULL)
		return 0;
	if (json_is_array(root)) {
		json_array_foreach(root, i, v) {
			collect(&set, v);
			if (set.n == MAX_SHAPES)
				break;
		}
	} else {
		collect(&set, root);
	}
	shapes = calloc(MAX_SHAPES, sizeof *shapes);
	if (shapes == NULL) {
		json_decref(root);
		return 0;
	}
	for (int g = 0; g < set.n; g++) {
		struct geo_shape *sh = &shapes[n];
		char why[128] = "";
		pa_err rc = geo_shape_parse(set.geoms[g], sh, why, sizeof why);
		if (rc != PA_OK) {
			check(rc == PA_ERR_INVALID || rc == PA_ERR_NOMEM, "refusal code");
			check(rc == PA_ERR_NOMEM || why[0] != '\0', "a refusal says why");
			check(sh->npolys == 0 && sh->polys == NULL, "a refused shape is empty");
			continue;
		}
		check_shape(sh);
		probe_shape(sh);
		sh->id = n + 1;
		n++;
	}
	json_decref(root);
	probe_index(shapes, n);
	return 0;
}
