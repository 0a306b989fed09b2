/* test_geo.c — grid geometry (网格边界): GeoJSON Polygon / MultiPolygon parsing and its
 * refusals, point in polygon (convex, concave, holes, several parts; on an edge or a vertex is
 * inside), and the bucket index (10,000 adjacent grids, nested shapes: the smallest wins).
 * Pure computation, no database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "org/geo.h"

/* ------------------------------------------------------------------ helpers */

/* Parses a geometry given as JSON text; fails the test if it does not parse. */
static void shape_ok(const char *geojson, int64_t id, struct geo_shape *out)
{
	json_error_t je;
	json_t *g = json_loads(geojson, 0, &je);
	char why[128] = "";
	pa_err rc;

	if (g == NULL)
		fail_msg("bad JSON in test: %s: %s", je.text, geojson);
	rc = geo_shape_parse(g, out, why, sizeof why);
	json_decref(g);
	if (rc != PA_OK)
		fail_msg("geo_shape_parse refused %s: %s", geojson, why);
	out->id = id;
}

/* Expects geo_shape_parse to refuse the geometry with PA_ERR_INVALID and a reason containing
 * want (if not NULL); the shape must come back empty. */
static void shape_refused(const char *geojson, const char *want)
{
	json_error_t je;
	json_t *g = json_loads(geojson, JSON_DECODE_ANY, &je);
	struct geo_shape s;
	char why[128] = "";
	pa_err rc;

	if (g == NULL)
		fail_msg("bad JSON in test: %s: %s", je.text, geojson);
	memset(&s, 0xA5, sizeof s);
	rc = geo_shape_parse(g, &s, why, sizeof why);
	json_decref(g);
	if (rc != PA_ERR_INVALID)
		fail_msg("geo_shape_parse accepted or failed oddly (%d) on %s", rc, geojson);
	if (why[0] == '\0')
		fail_msg("no reason given for refusing %s", geojson);
	if (want && strstr(why, want) == NULL)
		fail_msg("reason for %s is \"%s\", expected it to mention \"%s\"", geojson, why, want);
	/* nothing is left allocated (ASan's leak check sees it) and freeing again is harmless */
	assert_int_equal(s.npolys, 0);
	assert_null(s.polys);
	geo_shape_free(&s);
}

static bool in(const struct geo_shape *s, double lon, double lat)
{
	return geo_shape_contains(s, lon, lat);
}

/* ------------------------------------------------------------------ point in polygon */

static void square(void **state)
{
	struct geo_shape s;

	(void)state;
	/* a 0.01° square near 金华: 119.64..119.65 × 29.08..29.09, counter-clockwise */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[119.64,29.08],[119.65,29.08],"
	    "[119.65,29.09],[119.64,29.09],[119.64,29.08]]]}", 7, &s);
	assert_int_equal(s.npolys, 1);
	assert_int_equal(s.polys[0].nrings, 1);
	assert_int_equal(s.polys[0].rings[0].n, 5);
	assert_true(s.min_lon == 119.64 && s.max_lon == 119.65);
	assert_true(s.min_lat == 29.08 && s.max_lat == 29.09);

	assert_true(in(&s, 119.645, 29.085));                      /* centre */
	assert_true(in(&s, 119.6401, 29.0899));                    /* near a corner, inside */
	/* exactly on each of the four edges */
	assert_true(in(&s, 119.645, 29.08));
	assert_true(in(&s, 119.65, 29.085));
	assert_true(in(&s, 119.645, 29.09));
	assert_true(in(&s, 119.64, 29.085));
	/* on each vertex */
	assert_true(in(&s, 119.64, 29.08));
	assert_true(in(&s, 119.65, 29.08));
	assert_true(in(&s, 119.65, 29.09));
	assert_true(in(&s, 119.64, 29.09));
	/* just outside each edge (by far less than a metre) */
	assert_false(in(&s, 119.645, 29.08 - 1e-9));
	assert_false(in(&s, 119.65 + 1e-9, 29.085));
	assert_false(in(&s, 119.645, 29.09 + 1e-9));
	assert_false(in(&s, 119.64 - 1e-9, 29.085));
	assert_false(in(&s, 119.64 - 1e-9, 29.08 - 1e-9));
	/* far away */
	assert_false(in(&s, 0, 0));
	assert_false(in(&s, -180, -90));
	assert_false(in(&s, 180, 90));

	/* the ring on its own: inside, on the edge, outside */
	assert_int_equal(geo_ring_where(&s.polys[0].rings[0], 119.645, 29.085), GEO_INSIDE);
	assert_int_equal(geo_ring_where(&s.polys[0].rings[0], 119.65, 29.085), GEO_ON_EDGE);
	assert_int_equal(geo_ring_where(&s.polys[0].rings[0], 119.64, 29.09), GEO_ON_EDGE);
	assert_int_equal(geo_ring_where(&s.polys[0].rings[0], 119.66, 29.085), GEO_OUTSIDE);
	geo_shape_free(&s);
	assert_null(s.polys);
	geo_shape_free(&s);             /* twice is harmless */
}

static void clockwise_square(void **state)
{
	struct geo_shape s;

	(void)state;
	/* the same square wound the other way: ray casting does not care */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[119.64,29.08],[119.64,29.09],"
	    "[119.65,29.09],[119.65,29.08],[119.64,29.08]]]}", 1, &s);
	assert_true(in(&s, 119.645, 29.085));
	assert_true(in(&s, 119.65, 29.085));
	assert_false(in(&s, 119.6500001, 29.085));
	geo_shape_free(&s);
}

static void concave_l_shape(void **state)
{
	struct geo_shape s;

	(void)state;
	/*  (0,2)+----+(1,2)
	 *       |    |
	 *       |    +----+(2,1)      the notch (1..2 × 1..2) is outside
	 *       |         |
	 *  (0,0)+---------+(2,0)                                                        */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,1],[1,1],[1,2],[0,2],"
	    "[0,0]]]}", 1, &s);
	assert_true(in(&s, 0.5, 0.5));
	assert_true(in(&s, 1.5, 0.5));           /* the foot of the L */
	assert_true(in(&s, 0.5, 1.5));           /* the stem */
	assert_false(in(&s, 1.5, 1.5));          /* the notch: inside the bounding box, outside */
	assert_false(in(&s, 1.0001, 1.0001));
	assert_false(in(&s, 1.9999, 1.9999));
	/* the reflex corner and the edges around the notch are boundary: inside */
	assert_true(in(&s, 1, 1));
	assert_true(in(&s, 1.5, 1));
	assert_true(in(&s, 1, 1.5));
	/* a horizontal ray through a vertex (y = 1) does not miscount */
	assert_true(in(&s, 0.5, 1));
	assert_true(in(&s, 0.999, 1));
	assert_false(in(&s, 2.5, 1));
	assert_false(in(&s, -0.5, 1));
	/* a ray along y = 0 (the bottom edge) and y = 2 (the top) */
	assert_true(in(&s, 1.7, 0));
	assert_false(in(&s, 2.0001, 0));
	assert_true(in(&s, 0.3, 2));
	assert_false(in(&s, 1.3, 2));            /* on the bounding box's top, above the notch */
	geo_shape_free(&s);
}

static void diagonal_edges(void **state)
{
	struct geo_shape s;

	(void)state;
	/* a right triangle (0,0) (4,0) (0,4): its hypotenuse x + y = 4 is not axis-aligned */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[0,4],[0,0]]]}", 1, &s);
	assert_true(in(&s, 1, 1));
	assert_true(in(&s, 2, 2));               /* on the hypotenuse (exactly representable) */
	assert_true(in(&s, 1, 3));
	assert_true(in(&s, 3.5, 0.5));
	assert_true(in(&s, 0, 4));               /* vertex */
	assert_false(in(&s, 2.000001, 2.000001));
	assert_false(in(&s, 3, 3));              /* in the bounding box, beyond the hypotenuse */
	/* a diamond, every edge diagonal */
	geo_shape_free(&s);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[2,0],[4,2],[2,4],[0,2],[2,0]]]}", 1,
	    &s);
	assert_true(in(&s, 2, 2));
	assert_true(in(&s, 3, 1));               /* on the edge (2,0)-(4,2) */
	assert_true(in(&s, 1, 3));
	assert_true(in(&s, 2, 0));
	assert_true(in(&s, 4, 2));
	assert_false(in(&s, 0.5, 0.5));          /* the bounding box's corner */
	assert_false(in(&s, 3.6, 3.6));
	assert_false(in(&s, 4.0001, 2));
	geo_shape_free(&s);
}

static void polygon_with_hole(void **state)
{
	struct geo_shape s;

	(void)state;
	/* outer 0..10 × 0..10, a hole 3..7 × 3..7 (wound the other way, as RFC 7946 asks) */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":["
	    "[[0,0],[10,0],[10,10],[0,10],[0,0]],"
	    "[[3,3],[3,7],[7,7],[7,3],[3,3]]]}", 1, &s);
	assert_int_equal(s.polys[0].nrings, 2);
	/* the bounding box comes from the outer ring only */
	assert_true(s.min_lon == 0 && s.max_lon == 10 && s.min_lat == 0 && s.max_lat == 10);

	assert_false(in(&s, 5, 5));              /* inside the hole → outside */
	assert_false(in(&s, 3.0001, 6.9999));
	/* the hole's edges and corners are the shape's boundary → inside */
	assert_true(in(&s, 3, 5));
	assert_true(in(&s, 7, 5));
	assert_true(in(&s, 5, 3));
	assert_true(in(&s, 5, 7));
	assert_true(in(&s, 3, 3));
	assert_true(in(&s, 7, 7));
	/* the ring between the hole and the outer boundary → inside */
	assert_true(in(&s, 1, 1));
	assert_true(in(&s, 2.9999, 5));
	assert_true(in(&s, 8, 5));
	assert_true(in(&s, 5, 9));
	assert_true(in(&s, 5, 1));
	/* the outer boundary */
	assert_true(in(&s, 10, 5));
	assert_true(in(&s, 0, 0));
	/* outside everything */
	assert_false(in(&s, 10.0001, 5));
	assert_false(in(&s, -1, 5));
	geo_shape_free(&s);

	/* two holes side by side */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":["
	    "[[0,0],[10,0],[10,10],[0,10],[0,0]],"
	    "[[1,1],[1,4],[4,4],[4,1],[1,1]],"
	    "[[6,6],[6,9],[9,9],[9,6],[6,6]]]}", 1, &s);
	assert_false(in(&s, 2, 2));
	assert_false(in(&s, 7, 7));
	assert_true(in(&s, 5, 5));
	assert_true(in(&s, 2, 7));
	assert_true(in(&s, 4, 2));               /* edge of the first hole */
	geo_shape_free(&s);
}

static void multipolygon(void **state)
{
	struct geo_shape s;

	(void)state;
	/* two separate unit squares: 0..1 × 0..1 and 5..6 × 5..6 */
	shape_ok("{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
	    "[[[5,5],[6,5],[6,6],[5,6],[5,5]]]]}", 1, &s);
	assert_int_equal(s.npolys, 2);
	assert_true(s.min_lon == 0 && s.max_lon == 6 && s.min_lat == 0 && s.max_lat == 6);
	assert_true(in(&s, 0.5, 0.5));
	assert_true(in(&s, 5.5, 5.5));
	assert_false(in(&s, 3, 3));              /* between them, inside the bounding box */
	assert_false(in(&s, 0.5, 5.5));
	assert_false(in(&s, 5.5, 0.5));
	assert_true(in(&s, 1, 1));               /* corners and edges of either part */
	assert_true(in(&s, 5, 5));
	assert_true(in(&s, 6, 5.5));
	assert_false(in(&s, 1.0001, 0.5));
	assert_false(in(&s, 4.9999, 5.5));
	assert_false(in(&s, 6.0001, 6));
	geo_shape_free(&s);

	/* one part with a hole, the other plain; a point in the hole is outside */
	shape_ok("{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]],"
	    "[[[10,10],[11,10],[11,11],[10,11],[10,10]]]]}", 1, &s);
	assert_false(in(&s, 2, 2));
	assert_true(in(&s, 0.5, 2));
	assert_true(in(&s, 1, 2));
	assert_true(in(&s, 10.5, 10.5));
	assert_false(in(&s, 7, 7));
	geo_shape_free(&s);

	/* an island inside another part's hole (a part may fill a hole): inside again */
	shape_ok("{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[8,2],[8,8],[2,8],[2,2]]],"
	    "[[[4,4],[6,4],[6,6],[4,6],[4,4]]]]}", 1, &s);
	assert_true(in(&s, 1, 1));
	assert_false(in(&s, 3, 3));
	assert_true(in(&s, 5, 5));
	geo_shape_free(&s);
}

static void accepted_variants(void **state)
{
	struct geo_shape s;

	(void)state;
	/* positions with altitude, integers, the extreme allowed values */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[-180,-90,5],[180,-90,5],[180,90,5],"
	    "[-180,90,5],[-180,-90,5]]]}", 1, &s);
	assert_true(in(&s, 0, 0));
	assert_true(in(&s, 180, 90));
	assert_true(in(&s, -180, 0));
	geo_shape_free(&s);
	/* extra members (bbox, properties) are ignored */
	shape_ok("{\"type\":\"Polygon\",\"bbox\":[0,0,1,1],\"crs\":null,\"coordinates\":"
	    "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}", 1, &s);
	assert_true(in(&s, 0.5, 0.5));
	geo_shape_free(&s);
	/* a MultiPolygon of one part */
	shape_ok("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]}",
	    1, &s);
	assert_int_equal(s.npolys, 1);
	assert_true(in(&s, 0.5, 0.5));
	geo_shape_free(&s);
	/* a degenerate ring (all one point) parses; only that point is "inside" */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1,1],[1,1],[1,1]]]}", 1, &s);
	assert_true(in(&s, 1, 1));
	assert_false(in(&s, 1, 1.000001));
	geo_shape_free(&s);
}

/* ------------------------------------------------------------------ refusals */

static void parse_refusals(void **state)
{
	(void)state;
	/* unclosed ring: 4 positions, the last is not the first */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}",
	    "end where it starts");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]}",
	    "end where it starts");
	/* closed in longitude only */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,2]]]}",
	    "end where it starts");
	/* 3 positions (a closed "triangle" with one corner) and fewer */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}",
	    "at least 4");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0]]]}", "at least 4");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[]]}", "at least 4");
	/* out-of-range latitude / longitude */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,91],[0,1],[0,0]]]}",
	    "out of range");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,-90.0001],[1,0],[1,1],[0,1],"
	    "[0,-90.0001]]]}", "out of range");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[180.5,0],[1,0],[1,1],[0,1],"
	    "[180.5,0]]]}", "out of range");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[-181,0],[1,0],[1,1],[0,1],"
	    "[-181,0]]]}", "out of range");
	/* lat, lon swapped: 119 is no latitude */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[29.08,119.64],[29.08,119.65],"
	    "[29.09,119.65],[29.08,119.64]]]}", "out of range");
	/* non-numbers and short positions */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[\"0\",\"0\"],[1,0],[1,1],[0,1],"
	    "[\"0\",\"0\"]]]}", "position 0");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,null],[1,1],[0,1],[0,0]]]}",
	    "position 1");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[true,1],[0,1],[0,0]]]}",
	    "position 2");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0],[0,0]]]}",
	    "position 3");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],{\"x\":1},[0,1],[0,0]]]}",
	    "position 2");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[0,0,1,0,1,1,0,1,0,0]]}", NULL);
	/* wrong or missing type */
	shape_refused("{\"type\":\"Point\",\"coordinates\":[119.64,29.08]}", "Point");
	shape_refused("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,0],[1,1],[0,0]]}", NULL);
	shape_refused("{\"type\":\"polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}",
	    NULL);
	shape_refused("{\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}", "type");
	shape_refused("{\"type\":7,\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}", "type");
	shape_refused("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
	    "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}", NULL);
	/* not an object at all */
	shape_refused("[[[0,0],[1,0],[1,1],[0,1],[0,0]]]", NULL);
	shape_refused("\"Polygon\"", NULL);
	shape_refused("null", NULL);
	/* empty or missing coordinates */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[]}", "rings");
	shape_refused("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", "polygons");
	shape_refused("{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}", "rings");
	shape_refused("{\"type\":\"Polygon\"}", "coordinates");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":null}", "coordinates");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":{}}", "coordinates");
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":\"[[[0,0]]]\"}", "coordinates");
	/* a bad hole after a good outer ring, a bad part after a good part: nothing leaks */
	shape_refused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
	    "[[3,3],[3,7],[7,7],[7,3]]]}", "end where it starts");
	shape_refused("{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"
	    "[[[5,5],[6,5],[6,6],[5,6],[5,5]],[[5.2,5.2],[5.4,5.2],[5.2,5.2]]]]}", "at least 4");
	shape_refused("{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[0,0],[1,0],[1,1],[0,1],[0,0]]], 5]}", "rings");
}

static void parse_limits(void **state)
{
	json_t *g, *ring, *rings;
	struct geo_shape s;
	char why[128];

	(void)state;
	/* GEO_RINGS_MAX holes plus the outer ring is one too many */
	rings = json_array();
	for (int i = 0; i <= GEO_RINGS_MAX; i++)
		json_array_append_new(rings, json_pack("[[i,i],[i,i],[i,i],[i,i]]", 0, 0, 0, 0, 0,
		    0, 0, 0));
	g = json_pack("{s:s, s:o}", "type", "Polygon", "coordinates", rings);
	assert_int_equal(geo_shape_parse(g, &s, why, sizeof why), PA_ERR_INVALID);
	assert_null(s.polys);
	/* exactly GEO_RINGS_MAX rings are fine */
	json_array_remove(json_object_get(g, "coordinates"), 0);
	assert_int_equal(json_array_size(json_object_get(g, "coordinates")), GEO_RINGS_MAX);
	assert_int_equal(geo_shape_parse(g, &s, why, sizeof why), PA_OK);
	assert_int_equal(s.polys[0].nrings, GEO_RINGS_MAX);
	geo_shape_free(&s);
	json_decref(g);

	/* a ring of GEO_POINTS_MAX + 1 positions is refused, GEO_POINTS_MAX (a many-sided
	 * circle-ish polygon) is fine and still answers correctly */
	ring = json_array();
	for (int i = 0; i < GEO_POINTS_MAX; i++) {
		double a = 2 * M_PI * i / (GEO_POINTS_MAX - 1);
		if (i == GEO_POINTS_MAX - 1)
			a = 0;                 /* exactly the first position again */
		json_array_append_new(ring, json_pack("[f,f]", 119.65 + 0.01 * cos(a),
		    29.08 + 0.01 * sin(a)));
	}
	g = json_pack("{s:s, s:[O]}", "type", "Polygon", "coordinates", ring);
	assert_int_equal(geo_shape_parse(g, &s, why, sizeof why), PA_OK);
	assert_true(geo_shape_contains(&s, 119.65, 29.08));
	assert_true(geo_shape_contains(&s, 119.659, 29.08));
	assert_false(geo_shape_contains(&s, 119.6591, 29.0891));   /* the bbox corner */
	geo_shape_free(&s);
	json_decref(g);
	json_array_insert_new(ring, 0, json_pack("[f,f]", 119.65 + 0.01, 29.08));
	g = json_pack("{s:s, s:[o]}", "type", "Polygon", "coordinates", ring);
	assert_int_equal(geo_shape_parse(g, &s, why, sizeof why), PA_ERR_INVALID);
	assert_non_null(strstr(why, "more than"));
	json_decref(g);

	/* GEO_POLYS_MAX + 1 parts */
	rings = json_array();
	for (int i = 0; i <= GEO_POLYS_MAX; i++)
		json_array_append_new(rings, json_pack("[[[i,i],[i,i],[i,i],[i,i]]]", 0, 0, 0, 0, 0,
		    0, 0, 0));
	g = json_pack("{s:s, s:o}", "type", "MultiPolygon", "coordinates", rings);
	assert_int_equal(geo_shape_parse(g, &s, why, sizeof why), PA_ERR_INVALID);
	json_decref(g);
}

/* ------------------------------------------------------------------ the index */

#define GRID_N    100                 /* 100 × 100 grids */
#define GRID_LON0 119.5
#define GRID_LAT0 29.0
#define GRID_STEP 0.002               /* about 200 m */

static double grid_x(int i) { return GRID_LON0 + i * GRID_STEP; }
static double grid_y(int j) { return GRID_LAT0 + j * GRID_STEP; }

/* The grid in column i (west to east), row j (south to north) has id j * 100 + i + 1. */
static int64_t grid_id(int i, int j) { return (int64_t)j * GRID_N + i + 1; }

static struct geo_index *build_grid(void)
{
	struct geo_shape *shapes = calloc(GRID_N * GRID_N, sizeof *shapes);
	struct geo_index *ix;

	assert_non_null(shapes);
	for (int j = 0; j < GRID_N; j++)
		for (int i = 0; i < GRID_N; i++) {
			/* neighbours share their edges exactly: both compute grid_x(i + 1) */
			json_t *g = json_pack("{s:s, s:[[[f,f],[f,f],[f,f],[f,f],[f,f]]]}", "type",
			    "Polygon", "coordinates", grid_x(i), grid_y(j), grid_x(i + 1), grid_y(j),
			    grid_x(i + 1), grid_y(j + 1), grid_x(i), grid_y(j + 1), grid_x(i), grid_y(j));
			struct geo_shape *s = &shapes[j * GRID_N + i];
			char why[128];
			assert_non_null(g);
			if (geo_shape_parse(g, s, why, sizeof why) != PA_OK)
				fail_msg("grid %d,%d: %s", i, j, why);
			s->id = grid_id(i, j);
			json_decref(g);
		}
	ix = geo_index_build(shapes, GRID_N * GRID_N);
	assert_non_null(ix);
	assert_int_equal(geo_index_count(ix), GRID_N * GRID_N);
	return ix;
}

/* A small deterministic generator (xorshift64*), so failures repeat. */
static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;
static double rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (double)((rng_state * 2685821657736338717ULL) >> 11) / 9007199254740992.0;
}

static void index_grid_of_10000(void **state)
{
	struct geo_index *ix = build_grid();

	(void)state;
	/* random points well inside one grid: the id follows from the coordinates */
	for (int k = 0; k < 20000; k++) {
		int i = (int)(rnd() * GRID_N), j = (int)(rnd() * GRID_N);
		double lon = grid_x(i) + (0.02 + 0.96 * rnd()) * GRID_STEP;
		double lat = grid_y(j) + (0.02 + 0.96 * rnd()) * GRID_STEP;
		int ci = (int)floor((lon - GRID_LON0) / GRID_STEP);
		int cj = (int)floor((lat - GRID_LAT0) / GRID_STEP);
		int64_t want = grid_id(ci, cj), got;
		assert_int_equal(ci, i);
		assert_int_equal(cj, j);
		got = geo_index_locate(ix, lon, lat);
		if (got != want)
			fail_msg("(%.9f, %.9f): grid %lld, expected %lld", lon, lat, (long long)got,
			    (long long)want);
	}
	/* the centre of every grid */
	for (int j = 0; j < GRID_N; j++)
		for (int i = 0; i < GRID_N; i++)
			assert_int_equal(geo_index_locate(ix, grid_x(i) + GRID_STEP / 2,
			    grid_y(j) + GRID_STEP / 2), grid_id(i, j));
	/* the four corners of the whole area belong to the corner grids */
	assert_int_equal(geo_index_locate(ix, grid_x(0), grid_y(0)), grid_id(0, 0));
	assert_int_equal(geo_index_locate(ix, grid_x(GRID_N), grid_y(0)), grid_id(GRID_N - 1, 0));
	assert_int_equal(geo_index_locate(ix, grid_x(0), grid_y(GRID_N)), grid_id(0, GRID_N - 1));
	assert_int_equal(geo_index_locate(ix, grid_x(GRID_N), grid_y(GRID_N)),
	    grid_id(GRID_N - 1, GRID_N - 1));
	/* a point on the edge two grids share is in one of the two (equal size: either) */
	for (int k = 0; k < 500; k++) {
		int i = 1 + (int)(rnd() * (GRID_N - 1)), j = (int)(rnd() * GRID_N);
		double lat = grid_y(j) + (0.1 + 0.8 * rnd()) * GRID_STEP;
		int64_t got = geo_index_locate(ix, grid_x(i), lat);
		assert_true(got == grid_id(i - 1, j) || got == grid_id(i, j));
		got = geo_index_locate(ix, grid_x(j) + GRID_STEP / 3, grid_y(i));
		assert_true(got == grid_id(j, i - 1) || got == grid_id(j, i));
	}
	/* outside the area: 0, near and far */
	for (int k = 0; k < 2000; k++) {
		double t = rnd();
		double along_lon = GRID_LON0 + t * GRID_N * GRID_STEP;
		double along_lat = GRID_LAT0 + t * GRID_N * GRID_STEP;
		double off = 1e-7 + rnd() * 0.5;
		assert_int_equal(geo_index_locate(ix, GRID_LON0 - off, along_lat), 0);
		assert_int_equal(geo_index_locate(ix, grid_x(GRID_N) + off, along_lat), 0);
		assert_int_equal(geo_index_locate(ix, along_lon, GRID_LAT0 - off), 0);
		assert_int_equal(geo_index_locate(ix, along_lon, grid_y(GRID_N) + off), 0);
	}
	assert_int_equal(geo_index_locate(ix, 0, 0), 0);
	assert_int_equal(geo_index_locate(ix, -180, -90), 0);
	assert_int_equal(geo_index_locate(ix, 180, 90), 0);
	assert_int_equal(geo_index_locate(ix, 119.55, -29.05), 0);     /* the mirror image */
	geo_index_free(ix);
}

static void index_nested_smallest_wins(void **state)
{
	struct geo_shape *shapes = calloc(5, sizeof *shapes);
	struct geo_index *ix;

	(void)state;
	assert_non_null(shapes);
	/* listed from the largest down and with the smallest in the middle, so that the answer
	 * cannot come from the order: a district (1), a community (2) in it, two grids in the
	 * community (3, 4) and a grid of its own in the district (5) */
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}", 1,
	    &shapes[0]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[5,1],[5,5],[1,5],[1,1]]]}", 2,
	    &shapes[1]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[3,1],[3,3],[1,3],[1,1]]]}", 3,
	    &shapes[2]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[3,1],[5,1],[5,3],[3,3],[3,1]]]}", 4,
	    &shapes[3]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[6,6],[9,6],[9,9],[6,9],[6,6]]]}", 5,
	    &shapes[4]);
	ix = geo_index_build(shapes, 5);
	assert_non_null(ix);
	assert_int_equal(geo_index_locate(ix, 2, 2), 3);
	assert_int_equal(geo_index_locate(ix, 4, 2), 4);
	assert_int_equal(geo_index_locate(ix, 2, 4), 2);      /* community, no grid */
	assert_int_equal(geo_index_locate(ix, 7, 7), 5);
	assert_int_equal(geo_index_locate(ix, 9.5, 0.5), 1);  /* district only */
	assert_int_equal(geo_index_locate(ix, 1, 1), 3);      /* a corner of both 2 and 3 */
	assert_int_equal(geo_index_locate(ix, 10.5, 5), 0);
	assert_int_equal(geo_index_locate(ix, -0.5, 5), 0);
	geo_index_free(ix);

	/* the other way round: the smallest first */
	shapes = calloc(3, sizeof *shapes);
	assert_non_null(shapes);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[4,4],[6,4],[6,6],[4,6],[4,4]]]}", 30,
	    &shapes[0]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[2,2],[8,2],[8,8],[2,8],[2,2]]]}", 20,
	    &shapes[1]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}",
	    10, &shapes[2]);
	ix = geo_index_build(shapes, 3);
	assert_non_null(ix);
	assert_int_equal(geo_index_locate(ix, 5, 5), 30);
	assert_int_equal(geo_index_locate(ix, 3, 3), 20);
	assert_int_equal(geo_index_locate(ix, 1, 1), 10);
	geo_index_free(ix);

	/* a grid with a hole, and a smaller grid filling the hole */
	shapes = calloc(2, sizeof *shapes);
	assert_non_null(shapes);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[10,10],[0,10],[0,0]],"
	    "[[4,4],[6,4],[6,6],[4,6],[4,4]]]}", 1, &shapes[0]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[4,4],[6,4],[6,6],[4,6],[4,4]]]}", 2,
	    &shapes[1]);
	ix = geo_index_build(shapes, 2);
	assert_non_null(ix);
	assert_int_equal(geo_index_locate(ix, 5, 5), 2);
	assert_int_equal(geo_index_locate(ix, 3, 3), 1);
	assert_int_equal(geo_index_locate(ix, 4, 5), 2);      /* the shared edge: the smaller */
	geo_index_free(ix);
}

/* A shape nested in another whose bounding box is just as large: a diamond drawn inside a
 * square, touching its four sides. The diamond is the smaller shape (half the area) and a
 * point inside it must give the diamond, whichever order the shapes come in. */
static void index_nested_same_bbox(void **state)
{
	(void)state;
	for (int order = 0; order < 2; order++) {
		struct geo_shape *shapes = calloc(2, sizeof *shapes);
		struct geo_index *ix;

		assert_non_null(shapes);
		shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]]]}",
		    1, &shapes[order]);
		shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[2,0],[4,2],[2,4],[0,2],[2,0]]]}",
		    2, &shapes[1 - order]);
		ix = geo_index_build(shapes, 2);
		assert_non_null(ix);
		int64_t corner = geo_index_locate(ix, 0.5, 0.5), centre = geo_index_locate(ix, 2, 2);
		geo_index_free(ix);
		assert_int_equal(corner, 1);                           /* square only */
		if (centre != 2)
			fail_msg("order %d: a point inside the diamond (nested in the square) was "
			    "placed in the square; the index compares bounding-box areas, which are "
			    "equal here", order);
	}
}

static void index_small_cases(void **state)
{
	struct geo_shape *shapes;
	struct geo_index *ix;

	(void)state;
	/* no shapes */
	ix = geo_index_build(NULL, 0);
	assert_non_null(ix);
	assert_int_equal(geo_index_count(ix), 0);
	assert_int_equal(geo_index_locate(ix, 119.64, 29.08), 0);
	geo_index_free(ix);
	/* no index */
	assert_int_equal(geo_index_locate(NULL, 119.64, 29.08), 0);
	assert_int_equal(geo_index_count(NULL), 0);
	geo_index_free(NULL);

	/* one shape; points far outside its (small) extent clamp to the edge buckets */
	shapes = calloc(1, sizeof *shapes);
	assert_non_null(shapes);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[119.64,29.08],[119.65,29.08],"
	    "[119.65,29.09],[119.64,29.09],[119.64,29.08]]]}", 42, &shapes[0]);
	ix = geo_index_build(shapes, 1);
	assert_non_null(ix);
	assert_int_equal(geo_index_count(ix), 1);
	assert_int_equal(geo_index_locate(ix, 119.645, 29.085), 42);
	assert_int_equal(geo_index_locate(ix, 119.65, 29.09), 42);
	assert_int_equal(geo_index_locate(ix, 119.66, 29.085), 0);
	assert_int_equal(geo_index_locate(ix, -180, -90), 0);
	assert_int_equal(geo_index_locate(ix, 180, 90), 0);
	geo_index_free(ix);

	/* shapes with no width or no height (a line, a point) do not break the bucket grid */
	shapes = calloc(2, sizeof *shapes);
	assert_non_null(shapes);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1,1],[1,1],[1,1]]]}", 1,
	    &shapes[0]);
	shape_ok("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1,1],[1,1],[1,1]]]}", 2,
	    &shapes[1]);
	ix = geo_index_build(shapes, 2);
	assert_non_null(ix);
	assert_true(geo_index_locate(ix, 1, 1) == 1 || geo_index_locate(ix, 1, 1) == 2);
	assert_int_equal(geo_index_locate(ix, 1.5, 1), 0);
	geo_index_free(ix);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(square),
		cmocka_unit_test(clockwise_square),
		cmocka_unit_test(concave_l_shape),
		cmocka_unit_test(diagonal_edges),
		cmocka_unit_test(polygon_with_hole),
		cmocka_unit_test(multipolygon),
		cmocka_unit_test(accepted_variants),
		cmocka_unit_test(parse_refusals),
		cmocka_unit_test(parse_limits),
		cmocka_unit_test(index_grid_of_10000),
		cmocka_unit_test(index_nested_smallest_wins),
		cmocka_unit_test(index_nested_same_bbox),
		cmocka_unit_test(index_small_cases),
	};

	return cmocka_run_group_tests_name("geo", tests, NULL, NULL);
}
