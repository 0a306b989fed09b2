/* locate.c — `make bench`: how long the grid index takes to place a point among 10,000 grids,
 * against a linear scan of the same shapes (the reference measured in the same run).
 *   locate [GRIDS]   prints one line: grids, ns per lookup indexed and linear, ratio */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "org/geo.h"

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A square grid cell with a bump, as a GeoJSON-like polygon built straight into the struct. */
static void cell(struct geo_shape *s, int64_t id, double x0, double y0, double w)
{
	static const double k[][2] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0.5, 1.1 }, { 0, 1 }, { 0, 0 } };
	struct geo_ring *r;

	s->id = id;
	s->npolys = 1;
	s->polys = calloc(1, sizeof *s->polys);
	s->polys->nrings = 1;
	s->polys->rings = r = calloc(1, sizeof *r);
	r->n = 6;
	r->xy = malloc(12 * sizeof *r->xy);
	for (int i = 0; i < 6; i++) {
		r->xy[2 * i] = x0 + k[i][0] * w;
		r->xy[2 * i + 1] = y0 + k[i][1] * w * 0.9;
	}
	s->min_lon = x0;
	s->max_lon = x0 + w;
	s->min_lat = y0;
	s->max_lat = y0 + w * 0.99;
	s->area = w * w * 0.9 + w * w * 0.045;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10000, side = 1;
	const int lookups = 200000, linear_lookups = 2000;
	struct geo_shape *shapes;
	struct geo_index *ix;
	double t, indexed, linear;
	int64_t found = 0;

	while (side * side < n)
		side++;
	n = side * side;
	shapes = calloc((size_t)n, sizeof *shapes);
	for (int i = 0; i < n; i++)
		cell(&shapes[i], i + 1, 119.0 + (i % side) * 0.002, 29.0 + (i / side) * 0.002, 0.002);
	ix = geo_index_build(shapes, n);
	srand(2017);
	t = now_s();
	for (int i = 0; i < lookups; i++)
		found += geo_index_locate(ix, 119.0 + (rand() / (double)RAND_MAX) * side * 0.002,
		    29.0 + (rand() / (double)RAND_MAX) * side * 0.002) != 0;
	indexed = (now_s() - t) / lookups * 1e9;
	t = now_s();
	for (int i = 0; i < linear_lookups; i++) {
		double lon = 119.0 + (rand() / (double)RAND_MAX) * side * 0.002;
		double lat = 29.0 + (rand() / (double)RAND_MAX) * side * 0.002;
		for (int k = 0; k < n; k++)
			if (geo_shape_contains(&shapes[k], lon, lat)) {
				found++;
				break;
			}
	}
	linear = (now_s() - t) / linear_lookups * 1e9;
	printf("%d %.0f %.0f %.0f %lld\n", n, indexed, linear, linear / indexed, (long long)found);
	geo_index_free(ix);
	return 0;
}
