/* geo.c — GeoJSON polygon parsing, point in polygon, and a bucket-grid index. */
#include "geo.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ parsing */

static pa_err ring_parse(const json_t *arr, struct geo_ring *r, char *why, size_t whylen)
{
	size_t n = json_array_size(arr);

	if (!json_is_array(arr) || n < 4) {
		snprintf(why, whylen, "a ring needs at least 4 positions");
		return PA_ERR_INVALID;
	}
	if (n > GEO_POINTS_MAX) {
		snprintf(why, whylen, "a ring has more than %d positions", GEO_POINTS_MAX);
		return PA_ERR_INVALID;
	}
	r->xy = malloc(n * 2 * sizeof *r->xy);
	if (r->xy == NULL)
		return PA_ERR_NOMEM;
	r->n = (int)n;
	for (size_t i = 0; i < n; i++) {
		const json_t *p = json_array_get(arr, i);
		const json_t *x = json_array_get(p, 0), *y = json_array_get(p, 1);
		double lon, lat;
		if (!json_is_array(p) || json_array_size(p) < 2 || !json_is_number(x) ||
		    !json_is_number(y)) {
			snprintf(why, whylen, "position %zu is not [longitude, latitude]", i);
			return PA_ERR_INVALID;
		}
		lon = json_number_value(x);
		lat = json_number_value(y);
		if (!isfinite(lon) || !isfinite(lat) || lon < -180 || lon > 180 || lat < -90 ||
		    lat > 90) {
			snprintf(why, whylen, "position %zu is out of range", i);
			return PA_ERR_INVALID;
		}
		r->xy[2 * i] = lon;
		r->xy[2 * i + 1] = lat;
	}
	if (r->xy[0] != r->xy[2 * (n - 1)] || r->xy[1] != r->xy[2 * (n - 1) + 1]) {
		snprintf(why, whylen, "a ring must end where it starts");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

static pa_err poly_parse(const json_t *arr, struct geo_poly *p, char *why, size_t whylen)
{
	size_t n = json_array_size(arr);
	pa_err rc;

	if (!json_is_array(arr) || n < 1 || n > GEO_RINGS_MAX) {
		snprintf(why, whylen, "a polygon needs 1-%d rings", GEO_RINGS_MAX);
		return PA_ERR_INVALID;
	}
	p->rings = calloc(n, sizeof *p->rings);
	if (p->rings == NULL)
		return PA_ERR_NOMEM;
	p->nrings = (int)n;
	for (size_t i = 0; i < n; i++)
		if ((rc = ring_parse(json_array_get(arr, i), &p->rings[i], why, whylen)) != PA_OK)
			return rc;
	return PA_OK;
}

/* Shoelace formula: the absolute area of a closed ring. */
static double ring_area(const struct geo_ring *r)
{
	double a = 0;

	for (int i = 0; i + 1 < r->n; i++)
		a += r->xy[2 * i] * r->xy[2 * i + 3] - r->xy[2 * i + 2] * r->xy[2 * i + 1];
	return fabs(a) / 2;
}

pa_err geo_shape_parse(const json_t *geometry, struct geo_shape *out, char *why, size_t whylen)
{
	const char *type = json_string_value(json_object_get(geometry, "type"));
	const json_t *coords = json_object_get(geometry, "coordinates");
	bool multi;
	size_t n;
	pa_err rc;

	memset(out, 0, sizeof *out);
	if (!json_is_object(geometry) || type == NULL) {
		snprintf(why, whylen, "geometry must be an object with a type");
		return PA_ERR_INVALID;
	}
	multi = strcmp(type, "MultiPolygon") == 0;
	if (!multi && strcmp(type, "Polygon") != 0) {
		snprintf(why, whylen, "geometry must be a Polygon or MultiPolygon, not %.32s", type);
		return PA_ERR_INVALID;
	}
	if (!json_is_array(coords)) {
		snprintf(why, whylen, "geometry has no coordinates");
		return PA_ERR_INVALID;
	}
	n = multi ? json_array_size(coords) : 1;
	if (n < 1 || n > GEO_POLYS_MAX) {
		snprintf(why, whylen, "a multipolygon needs 1-%d polygons", GEO_POLYS_MAX);
		return PA_ERR_INVALID;
	}
	out->polys = calloc(n, sizeof *out->polys);
	if (out->polys == NULL)
		return PA_ERR_NOMEM;
	out->npolys = (int)n;
	out->min_lon = out->min_lat = INFINITY;
	out->max_lon = out->max_lat = -INFINITY;
	for (size_t i = 0; i < n; i++) {
		rc = poly_parse(multi ? json_array_get(coords, i) : coords, &out->polys[i], why, whylen);
		if (rc != PA_OK) {
			geo_shape_free(out);
			return rc;
		}
		/* the outer rings bound the shape; holes take from its area */
		const struct geo_ring *r = &out->polys[i].rings[0];
		out->area += ring_area(r);
		for (int k = 1; k < out->polys[i].nrings; k++)
			out->area -= ring_area(&out->polys[i].rings[k]);
		for (int k = 0; k < r->n; k++) {
			out->min_lon = fmin(out->min_lon, r->xy[2 * k]);
			out->max_lon = fmax(out->max_lon, r->xy[2 * k]);
			out->min_lat = fmin(out->min_lat, r->xy[2 * k + 1]);
			out->max_lat = fmax(out->max_lat, r->xy[2 * k + 1]);
		}
	}
	return PA_OK;
}

void geo_shape_free(struct geo_shape *s)
{
	for (int i = 0; s && i < s->npolys; i++) {
		for (int k = 0; k < s->polys[i].nrings; k++)
			free(s->polys[i].rings[k].xy);
		free(s->polys[i].rings);
	}
	if (s) {
		free(s->polys);
		s->polys = NULL;
		s->npolys = 0;
	}
}

/* ------------------------------------------------------------------ point in polygon */

/* Even-odd ray casting towards +x; a point exactly on a segment is reported as on the edge. */
enum geo_where geo_ring_where(const struct geo_ring *r, double x, double y)
{
	bool inside = false;

	for (int i = 0, j = r->n - 1; i < r->n; j = i++) {
		double xi = r->xy[2 * i], yi = r->xy[2 * i + 1];
		double xj = r->xy[2 * j], yj = r->xy[2 * j + 1];
		/* on the segment: collinear and within its bounding box */
		double cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
		if (cross == 0 && x >= fmin(xi, xj) && x <= fmax(xi, xj) && y >= fmin(yi, yj) &&
		    y <= fmax(yi, yj))
			return GEO_ON_EDGE;
		if ((yi > y) != (yj > y)) {
			double xcross = xi + (y - yi) * (xj - xi) / (yj - yi);
			if (x < xcross)
				inside = !inside;
		}
	}
	return inside ? GEO_INSIDE : GEO_OUTSIDE;
}

bool geo_shape_contains(const struct geo_shape *s, double lon, double lat)
{
	if (lon < s->min_lon || lon > s->max_lon || lat < s->min_lat || lat > s->max_lat)
		return false;
	for (int i = 0; i < s->npolys; i++) {
		const struct geo_poly *p = &s->polys[i];
		bool in = geo_ring_where(&p->rings[0], lon, lat) != GEO_OUTSIDE;
		/* strictly inside a hole is outside; on a hole's edge is on the shape's boundary */
		for (int k = 1; in && k < p->nrings; k++)
			if (geo_ring_where(&p->rings[k], lon, lat) == GEO_INSIDE)
				in = false;
		if (in)
			return true;
	}
	return false;
}

/* ------------------------------------------------------------------ index */

/* A uniform grid of buckets over the bounding box of all shapes; each bucket lists the shapes
 * whose bounding box touches it. A lookup tests only its bucket's shapes. */
struct geo_index {
	struct geo_shape *shapes;
	int n;
	double min_lon, min_lat, cell_lon, cell_lat;
	int cols, rows;
	int *start;      /* rows * cols + 1 offsets into items */
	int *items;
};

/* Clamps in floating point before converting: a point far outside the index (or NaN) must
 * not overflow the conversion to int. */
static int cell_clamp(double q, int n)
{
	if (!(q >= 0))
		return 0;
	if (q > n - 1)
		return n - 1;
	return (int)q;
}

static void cell_of(const struct geo_index *ix, double lon, double lat, int *c, int *r)
{
	*c = cell_clamp((lon - ix->min_lon) / ix->cell_lon, ix->cols);
	*r = cell_clamp((lat - ix->min_lat) / ix->cell_lat, ix->rows);
}

struct geo_index *geo_index_build(struct geo_shape *shapes, int n)
{
	struct geo_index *ix = calloc(1, sizeof *ix);
	double max_lon = -INFINITY, max_lat = -INFINITY;
	int side, *count = NULL;
	size_t total = 0;

	if (ix == NULL)
		return NULL;
	ix->shapes = shapes;
	ix->n = n;
	ix->min_lon = ix->min_lat = INFINITY;
	for (int i = 0; i < n; i++) {
		ix->min_lon = fmin(ix->min_lon, shapes[i].min_lon);
		ix->min_lat = fmin(ix->min_lat, shapes[i].min_lat);
		max_lon = fmax(max_lon, shapes[i].max_lon);
		max_lat = fmax(max_lat, shapes[i].max_lat);
	}
	side = (int)ceil(sqrt((double)n)) + 1;
	if (side > 1024)
		side = 1024;
	ix->cols = ix->rows = n ? side : 1;
	ix->cell_lon = n && max_lon > ix->min_lon ? (max_lon - ix->min_lon) / ix->cols : 1;
	ix->cell_lat = n && max_lat > ix->min_lat ? (max_lat - ix->min_lat) / ix->rows : 1;
	if (!(ix->cell_lon > 0))        /* a denormal width divides to zero */
		ix->cell_lon = 1;
	if (!(ix->cell_lat > 0))
		ix->cell_lat = 1;
	ix->start = calloc((size_t)ix->cols * ix->rows + 1, sizeof *ix->start);
	count = calloc((size_t)ix->cols * ix->rows, sizeof *count);
	if (ix->start == NULL || count == NULL)
		goto fail;
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < n; i++) {
			int c0, r0, c1, r1;
			cell_of(ix, shapes[i].min_lon, shapes[i].min_lat, &c0, &r0);
			cell_of(ix, shapes[i].max_lon, shapes[i].max_lat, &c1, &r1);
			for (int r = r0; r <= r1; r++)
				for (int c = c0; c <= c1; c++) {
					int b = r * ix->cols + c;
					if (pass == 0)
						total++, count[b]++;
					else
						ix->items[ix->start[b] + count[b]++] = i;
				}
		}
		if (pass == 0) {
			if (total > INT_MAX)       /* offsets are int: refuse rather than wrap */
				goto fail;
			for (int b = 0; b < ix->cols * ix->rows; b++)
				ix->start[b + 1] = ix->start[b] + count[b];
			memset(count, 0, (size_t)ix->cols * ix->rows * sizeof *count);
			ix->items = malloc((total ? total : 1) * sizeof *ix->items);
			if (ix->items == NULL)
				goto fail;
		}
	}
	free(count);
	return ix;
fail:
	free(count);
	ix->shapes = NULL;      /* the caller still owns them on failure */
	geo_index_free(ix);
	return NULL;
}

void geo_index_free(struct geo_index *ix)
{
	if (ix == NULL)
		return;
	for (int i = 0; ix->shapes && i < ix->n; i++)
		geo_shape_free(&ix->shapes[i]);
	free(ix->shapes);
	free(ix->start);
	free(ix->items);
	free(ix);
}

int64_t geo_index_locate(const struct geo_index *ix, double lon, double lat)
{
	int c, r, b;
	int64_t best = 0;
	double best_area = INFINITY;

	if (ix == NULL || ix->n == 0)
		return 0;
	cell_of(ix, lon, lat, &c, &r);
	b = r * ix->cols + c;
	for (int k = ix->start[b]; k < ix->start[b + 1]; k++) {
		const struct geo_shape *s = &ix->shapes[ix->items[k]];
		if (s->area < best_area && geo_shape_contains(s, lon, lat)) {
			best = s->id;
			best_area = s->area;
		}
	}
	return best;
}

int geo_index_count(const struct geo_index *ix)
{
	return ix ? ix->n : 0;
}
