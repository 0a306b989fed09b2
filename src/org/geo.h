/* geo.h — grid geometry (网格边界): GeoJSON polygons, point in polygon, and an in-memory index
 * that finds the grid containing a point among tens of thousands in microseconds.
 *
 * Coordinates are longitude, latitude (WGS 84) as GeoJSON writes them. A point on an edge or a
 * vertex is inside. This file is pure computation (no database), so the fuzzer can drive it. */
#ifndef PA_GEO_H
#define PA_GEO_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

#define GEO_POINTS_MAX  100000   /* per shape */
#define GEO_RINGS_MAX   256      /* per polygon */
#define GEO_POLYS_MAX   256      /* per multipolygon */

struct geo_ring {
	int n;                 /* points, the closing point included */
	double *xy;            /* lon0, lat0, lon1, lat1, ... */
};
struct geo_poly {
	int nrings;            /* ring 0 is the outer boundary, the others are holes */
	struct geo_ring *rings;
};
struct geo_shape {
	int64_t id;            /* the org unit */
	int npolys;
	struct geo_poly *polys;
	double min_lon, min_lat, max_lon, max_lat;
	double area;           /* outer rings minus holes, in square degrees (to pick the smallest) */
};

/* Parses a GeoJSON Polygon or MultiPolygon geometry into out (caller frees with geo_shape_free).
 * Rejects unclosed rings, rings under 4 points, non-finite or out-of-range coordinates. */
pa_err geo_shape_parse(const json_t *geometry, struct geo_shape *out, char *why, size_t whylen);
void geo_shape_free(struct geo_shape *s);

enum geo_where { GEO_OUTSIDE = 0, GEO_INSIDE = 1, GEO_ON_EDGE = 2 };
enum geo_where geo_ring_where(const struct geo_ring *r, double lon, double lat);
bool geo_shape_contains(const struct geo_shape *s, double lon, double lat);

/* An index over shapes (it takes ownership of the array). */
struct geo_index;
struct geo_index *geo_index_build(struct geo_shape *shapes, int n);
void geo_index_free(struct geo_index *ix);
/* The id of the shape containing the point (the smallest, when shapes nest), or 0. */
int64_t geo_index_locate(const struct geo_index *ix, double lon, double lat);
int geo_index_count(const struct geo_index *ix);

#endif
