/* test_lf_rank.c — the order of lost-and-found candidates (lf_rank_cmp, src/modules/lostfound.c):
 * points, then the fit in time, then the distance, then the case id; a total order, so any
 * order of reading gives one ranking. And the close band (lf_likely_close, lf_reasons_unbacked),
 * which reads the same pair's fit in time. No database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "modules/lostfound.h"

#define MIN_MS (60LL * 1000)
#define T0 (1764547200000LL)
#define LAT 29.0805
#define LON 119.6470

/* A pair of a lost report lost in [T0 - 60 min, T0] with a found item found at T0 + at_min
 * minutes, at north_m metres north of the loss (no place when north_m < 0). */
static struct lf_rank pair(int64_t id, int points, int at_min, double north_m)
{
	struct lf_rank k;

	lf_rank_pair(&k, id, points, T0 - 60 * MIN_MS, T0, T0 + at_min * MIN_MS, north_m >= 0,
	    LAT, LON, LAT + (north_m < 0 ? 0 : north_m) / 111195.0, LON);
	return k;
}

static int cmp(const void *a, const void *b)
{
	return lf_rank_cmp(a, b);
}

/* Each key decides only when those before it are equal. */
static void keys_in_order(void **state)
{
	struct lf_rank inside = pair(9, 40, -30, -1), after = pair(1, 40, 30, -1);
	struct lf_rank later = pair(1, 40, 90, -1), before = pair(1, 40, -90, -1);
	struct lf_rank near = pair(9, 40, 30, 20), far = pair(1, 40, 30, 120);

	(void)state;
	assert_int_equal(inside.when, LF_WHEN_INSIDE);
	assert_int_equal(after.when, LF_WHEN_AFTER);
	assert_int_equal(before.when, LF_WHEN_BEFORE);
	assert_true(after.gap_ms == 30 * MIN_MS && before.gap_ms == 30 * MIN_MS);
	/* more points first, whatever else */
	assert_true(lf_rank_cmp(&later, &(struct lf_rank){ .id = 1, .points = 39 }) < 0);
	/* inside the window, then the shorter gap after it, then found before it */
	assert_true(lf_rank_cmp(&inside, &after) < 0);
	assert_true(lf_rank_cmp(&after, &later) < 0);
	assert_true(lf_rank_cmp(&later, &before) < 0);
	/* the same time: the nearer place (whole metres), and a known place before none */
	assert_true(near.dist_m >= 19 && near.dist_m <= 21);
	assert_true(lf_rank_cmp(&near, &far) < 0);
	assert_true(lf_rank_cmp(&far, &after) < 0);
	/* everything alike but the id: the lower first; the same candidate is equal */
	struct lf_rank twin = pair(2, 40, 30, -1);
	assert_true(lf_rank_cmp(&after, &twin) < 0);
	assert_int_equal(lf_rank_cmp(&after, &after), 0);
	assert_true(lf_rank_cmp(&twin, &after) > 0);
}

/* Every order of reading six candidates of equal points sorts to one ranking. */
static void one_ranking_whatever_the_order(void **state)
{
	const struct lf_rank k[6] = { pair(6, 50, 30, 100), pair(5, 50, 30, -1), pair(4, 50, -10, -1),
		pair(3, 50, 30, 50), pair(2, 50, 200, 10), pair(1, 50, -120, 5) };
	const int64_t want[6] = { 4, 3, 6, 5, 2, 1 };
	int idx[6] = { 0, 1, 2, 3, 4, 5 };

	(void)state;
	/* every permutation (Heap's algorithm, iterative) */
	int c[6] = { 0 }, i = 0, n = 0;
	for (;;) {
		struct lf_rank a[6];
		for (int j = 0; j < 6; j++)
			a[j] = k[idx[j]];
		qsort(a, 6, sizeof a[0], cmp);
		for (int j = 0; j < 6; j++)
			assert_int_equal(a[j].id, want[j]);
		n++;
		while (i < 6 && c[i] >= i) {
			c[i] = 0;
			i++;
		}
		if (i == 6)
			break;
		int s = i % 2 == 0 ? 0 : c[i], t = idx[s];
		idx[s] = idx[i];
		idx[i] = t;
		c[i]++;
		i = 0;
	}
	assert_int_equal(n, 720);
}

/* The close band: LF_CLOSE_MIN to LF_LIKELY_MIN - 1 points, a lead of LF_CLOSE_MARGIN, found
 * inside the window or at most an hour after it, backed by its reasons; each condition alone
 * keeps a pair out. */
static void close_band(void **state)
{
	struct lf_rank inside = pair(1, 50, -30, -1), hour = pair(1, 50, 60, -1);
	struct lf_rank later = pair(1, 50, 61, -1), two = pair(1, 50, 120, -1);
	struct lf_rank before = pair(1, 50, -90, -1);

	(void)state;
	assert_true(lf_likely_close(&inside, -1, false));
	assert_true(lf_likely_close(&hour, 50 - LF_CLOSE_MARGIN, false));
	/* found later than an hour after the window (the time points give 10 up to two hours) */
	assert_false(lf_likely_close(&later, -1, false));
	assert_false(lf_likely_close(&two, -1, false));
	/* found before the window began (within the slack) is no find "then" */
	assert_false(lf_likely_close(&before, -1, false));
	/* a runner-up too close, and reasons that do not back it */
	assert_false(lf_likely_close(&inside, 50 - LF_CLOSE_MARGIN + 1, false));
	assert_false(lf_likely_close(&inside, -1, true));
	/* the band's edges: below it nothing, and at the likely line lf_likely decides */
	struct lf_rank low = pair(1, LF_CLOSE_MIN, 0, -1), lower = pair(1, LF_CLOSE_MIN - 1, 0, -1);
	struct lf_rank line = pair(1, LF_LIKELY_MIN, 0, -1);
	assert_true(lf_likely_close(&low, -1, false));
	assert_false(lf_likely_close(&lower, -1, false));
	assert_false(lf_likely_close(&line, -1, false));
	assert_false(lf_likely(LF_LIKELY_MIN - 1, -1, false));   /* the band is below the line */
}

/* The stored reasons back the close band when an identifying factor agrees and none has
 * negative points; unreadable reasons never do. */
static void reasons_unbacked(void **state)
{
	(void)state;
	/* a brand agrees, nothing against (a detail quoting JSON does not count) */
	assert_false(lf_reasons_unbacked("[{\"factor\":\"time\",\"detail\":\"x\",\"points\":10},"
	    "{\"factor\":\"brand\",\"detail\":\"points\\\":-3\",\"points\":12}]"));
	assert_false(lf_reasons_unbacked("[{\"factor\":\"amount\",\"points\":15}]"));
	/* nothing identifying: category, colour, place, time and words alone */
	assert_true(lf_reasons_unbacked("[]"));
	assert_true(lf_reasons_unbacked("[{\"factor\":\"category\",\"points\":20},"
	    "{\"factor\":\"color\",\"points\":10},{\"factor\":\"place\",\"points\":10},"
	    "{\"factor\":\"time\",\"points\":10},{\"factor\":\"text\",\"points\":8}]"));
	/* an identifying factor against the pair is no backing */
	assert_true(lf_reasons_unbacked("[{\"factor\":\"serial\",\"points\":-45}]"));
	/* something identifies it, something else speaks against it */
	assert_true(lf_reasons_unbacked("[{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"marks\",\"points\":-8}]"));
	assert_true(lf_reasons_unbacked("[{\"factor\":\"model\",\"points\":10},"
	    "{\"factor\":\"place\",\"points\":-3}]"));
	assert_true(lf_reasons_unbacked("not json"));
	assert_true(lf_reasons_unbacked(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keys_in_order),
		cmocka_unit_test(one_ranking_whatever_the_order),
		cmocka_unit_test(close_band),
		cmocka_unit_test(reasons_unbacked),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
