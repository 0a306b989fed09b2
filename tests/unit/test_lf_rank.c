/* test_lf_rank.c — the order of lost-and-found candidates (lf_rank_cmp, src/modules/lostfound.c):
 * points, then the fit in time, then the distance, then the case id; a total order, so any
 * order of reading gives one ranking. And the close band (lf_likely_close, lf_reasons_unbacked)
 * and the firm band (lf_likely_firm, lf_reasons_backing, lf_likely_by, round 18), which read the
 * same pair's fit in time; the learned judgement (lf_judge_p, lf_judge_likely, lf_evidence_*,
 * round 20). No database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
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
	assert_false(lf_likely(LF_LIKELY_MIN - 1, -1, false));   /* the band is below the line */
	/* round 18: at the line or above with a lead under the likely margin, found inside the
	 * window itself (not an hour after it), backed, LF_CLOSE_MARGIN ahead */
	struct lf_rank above = pair(1, LF_LIKELY_MIN + 10, -30, -1);
	struct lf_rank above_hour = pair(1, LF_LIKELY_MIN + 10, 30, -1);
	assert_false(lf_likely(LF_LIKELY_MIN + 10, LF_LIKELY_MIN + 10 - LF_CLOSE_MARGIN, false));
	assert_true(lf_likely_close(&line, LF_LIKELY_MIN - LF_CLOSE_MARGIN, false));
	assert_true(lf_likely_close(&above, LF_LIKELY_MIN + 10 - LF_CLOSE_MARGIN, false));
	assert_false(lf_likely_close(&above_hour, LF_LIKELY_MIN + 10 - LF_CLOSE_MARGIN, false));
	assert_false(lf_likely_close(&above, LF_LIKELY_MIN + 10 - LF_CLOSE_MARGIN + 1, false));
	assert_false(lf_likely_close(&above, LF_LIKELY_MIN + 10 - LF_CLOSE_MARGIN, true));
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

/* The backing of the reasons: nothing against and something identifying (LF_BACK_IDENT), and
 * firmly so when a feature of the one object agrees — not a brand or a model, not a few of the
 * marks' words (below LF_FIRM_MARKS_MIN) — LF_BACK_FIRM. */
static void reasons_backing(void **state)
{
	(void)state;
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"time\",\"points\":10}]"), LF_BACK_IDENT);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"marks\",\"points\":3}]"), LF_BACK_IDENT);
	char buf[160];
	snprintf(buf, sizeof buf, "[{\"factor\":\"marks\",\"points\":%d}]", LF_FIRM_MARKS_MIN - 1);
	assert_int_equal(lf_reasons_backing(buf), LF_BACK_IDENT);
	snprintf(buf, sizeof buf, "[{\"factor\":\"marks\",\"points\":%d}]", LF_FIRM_MARKS_MIN);
	assert_int_equal(lf_reasons_backing(buf), LF_BACK_FIRM);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"amount\",\"points\":15}]"), LF_BACK_FIRM);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"count\",\"points\":6}]"), LF_BACK_FIRM);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"holder\",\"points\":20}]"), LF_BACK_FIRM);
	/* a model, like a brand, is every such object's */
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"model\",\"points\":10}]"), LF_BACK_IDENT);
	/* firm, but something speaks against it; a count that disagrees is not firm */
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"amount\",\"points\":15},"
	    "{\"factor\":\"place\",\"points\":-3}]"), LF_BACK_NONE);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"count\",\"points\":-6},"
	    "{\"factor\":\"brand\",\"points\":12}]"), LF_BACK_NONE);
	assert_int_equal(lf_reasons_backing("[{\"factor\":\"category\",\"points\":20}]"),
	    LF_BACK_NONE);
	assert_int_equal(lf_reasons_backing("not json"), LF_BACK_NONE);
	/* the same of reasons at hand */
	struct lf_reason r[2] = { { .factor = "brand", .points = 12 }, { .factor = "marks", .points = 11 } };
	assert_int_equal(lf_reasons_backing_of(r, 1), LF_BACK_IDENT);
	assert_int_equal(lf_reasons_backing_of(r, 2), LF_BACK_FIRM);
	r[1].points = -8;
	assert_int_equal(lf_reasons_backing_of(r, 2), LF_BACK_NONE);
}

/* The firm band: the close band's points, a lead of LF_FIRM_MARGIN, found inside the window or
 * at most LF_FIRM_AFTER_MS after it, firmly backed; and lf_likely_by says which rule calls a
 * best likely (the line first, then the close band, then the firm band). */
static void firm_band(void **state)
{
	int h = 60;
	struct lf_rank two = pair(1, 50, 2 * h, -1), day = pair(1, 50, 47 * h, -1);
	struct lf_rank late = pair(1, 50, 48 * h + 1, -1), inside = pair(1, 50, -30, -1);
	struct lf_rank before = pair(1, 50, -90, -1), hour = pair(1, 50, h, -1);

	(void)state;
	assert_true(lf_likely_firm(&two, -1, LF_BACK_FIRM));
	assert_true(lf_likely_firm(&day, 50 - LF_FIRM_MARGIN, LF_BACK_FIRM));
	assert_true(lf_likely_firm(&inside, -1, LF_BACK_FIRM));
	assert_false(lf_likely_firm(&late, -1, LF_BACK_FIRM));
	assert_false(lf_likely_firm(&before, -1, LF_BACK_FIRM));
	/* a lead the close band would take is too little here */
	assert_false(lf_likely_firm(&two, 50 - LF_FIRM_MARGIN + 1, LF_BACK_FIRM));
	/* a brand or a few mark words: not firm */
	assert_false(lf_likely_firm(&two, -1, LF_BACK_IDENT));
	assert_false(lf_likely_firm(&two, -1, LF_BACK_NONE));
	/* the band's edges */
	struct lf_rank low = pair(1, LF_CLOSE_MIN, 2 * h, -1), lower = pair(1, LF_CLOSE_MIN - 1, 2 * h, -1);
	struct lf_rank line = pair(1, LF_LIKELY_MIN, 2 * h, -1);
	assert_true(lf_likely_firm(&low, -1, LF_BACK_FIRM));
	assert_false(lf_likely_firm(&lower, -1, LF_BACK_FIRM));
	assert_false(lf_likely_firm(&line, -1, LF_BACK_FIRM));
	/* which rule */
	assert_int_equal(lf_likely_by(&line, -1, false, LF_BACK_NONE), LF_BY_LINE);
	assert_int_equal(lf_likely_by(&hour, -1, false, LF_BACK_FIRM), LF_BY_CLOSE);
	assert_int_equal(lf_likely_by(&hour, -1, false, LF_BACK_IDENT), LF_BY_CLOSE);
	assert_int_equal(lf_likely_by(&two, -1, false, LF_BACK_FIRM), LF_BY_FIRM);
	assert_int_equal(lf_likely_by(&two, -1, false, LF_BACK_IDENT), LF_BY_NONE);
	assert_int_equal(lf_likely_by(&late, -1, false, LF_BACK_FIRM), LF_BY_NONE);
	/* unread reasons: what a band would call it if they back it */
	assert_int_equal(lf_likely_by(&two, -1, false, LF_BACK_UNREAD), LF_BY_FIRM);
	assert_int_equal(lf_likely_by(&hour, -1, false, LF_BACK_UNREAD), LF_BY_CLOSE);
	assert_int_equal(lf_likely_by(&late, -1, false, LF_BACK_UNREAD), LF_BY_NONE);
}

/* The learned judgement's evidence: the points of each factor it reads, summed per factor
 * (two marks reasons are one factor); a band's own reason and unknown factors add nothing;
 * unreadable JSON is no evidence. */
static void judge_evidence(void **state)
{
	struct lf_evidence a, b;
	struct lf_reason r[3] = { { .factor = "serial", .points = 45 },
		{ .factor = "marks", .points = 8 }, { .factor = "marks", .points = 4 } };

	(void)state;
	assert_true(lf_evidence_json(&a, "[{\"factor\":\"serial\",\"points\":45},"
	    "{\"factor\":\"marks\",\"points\":8},{\"factor\":\"marks\",\"points\":4},"
	    "{\"factor\":\"firm\",\"points\":0},{\"factor\":\"nonsense\",\"points\":30}]"));
	lf_evidence_of(&b, r, 3);
	assert_memory_equal(a.fact, b.fact, sizeof a.fact);
	lf_evidence_of(&b, r, 1);
	assert_memory_not_equal(a.fact, b.fact, sizeof a.fact);
	/* round 39: reasons that tell the object agreeing (the serial and both marks, not the
	 * category or the time), and reasons against it, are counted one by one */
	assert_int_equal(a.agreeing, 4);   /* serial, marks, marks, and the unknown factor's points */
	assert_int_equal(a.against, 0);
	assert_true(lf_evidence_json(&b, "[{\"factor\":\"category\",\"points\":20},"
	    "{\"factor\":\"time\",\"points\":10},{\"factor\":\"place\",\"points\":8},"
	    "{\"factor\":\"text\",\"points\":4},{\"factor\":\"color\",\"points\":10},"
	    "{\"factor\":\"brand\",\"points\":-25},{\"factor\":\"time\",\"points\":-4}]"));
	assert_int_equal(b.agreeing, 1);
	assert_int_equal(b.against, 2);
	assert_false(lf_evidence_json(&b, "not json"));
	for (int i = 0; i < LF_JUDGE_NFACT; i++)
		assert_true(b.fact[i] == 0);
	assert_int_equal(b.agreeing + b.against, 0);
}

/* A pair of these reasons (its points their sum), found at_min minutes after the loss began. */
static double judged(const char *reasons, int at_min, int second, int rival, bool first,
    bool hand, bool *likely)
{
	struct lf_evidence e;
	struct lf_rank k;
	int pts = 0;

	assert_true(lf_evidence_json(&e, reasons));
	for (int i = 0; i < LF_JUDGE_NFACT; i++)
		pts += (int)e.fact[i];
	k = pair(1, pts, at_min, -1);
	*likely = lf_judge_likely(&e, &k, second, rival, first,
	    second >= 0 && pts - second < LF_JUDGE_MIN_LEAD, hand);
	return lf_judge_p(&e, &k, second, rival, hand);
}

#define SERIAL_PAIR "[{\"factor\":\"category\",\"points\":20},{\"factor\":\"serial\"," \
	"\"points\":45},{\"factor\":\"time\",\"points\":10}]"
#define PLAIN_PAIR "[{\"factor\":\"category\",\"points\":20},{\"factor\":\"color\"," \
	"\"points\":10},{\"factor\":\"place\",\"points\":8},{\"factor\":\"time\",\"points\":3}," \
	"{\"factor\":\"text\",\"points\":4}]"

/* What moves the judgement, each alone: a serial agreeing far ahead is likely; a pair of
 * category, colour, place and words alike found days later barely ahead of its runner-up is
 * not; the hand-set rules' yes raises it, a rival holding the found item as well refuses it
 * whatever the probability, and being found later lowers it. */
static void judge_decides(void **state)
{
	bool likely;
	double p, q;

	(void)state;
	p = judged(SERIAL_PAIR, 30, 20, -1, false, true, &likely);
	assert_true(likely);
	assert_true(p >= LF_JUDGE_THRESHOLD);
	judged(PLAIN_PAIR, 4 * 24 * 60, 43, 40, false, false, &likely);
	assert_false(likely);
	/* the rules' own yes */
	p = judged(PLAIN_PAIR, 30, 30, -1, false, false, &likely);
	q = judged(PLAIN_PAIR, 30, 30, -1, false, true, &likely);
	assert_true(q > p);
	/* one object, one owner: a rival at the pair's points that ranks the found item first */
	p = judged(SERIAL_PAIR, 30, 20, 75, true, true, &likely);
	assert_false(likely);
	assert_true(p > 0 && p < 1);
	/* round 39: the same rival with a better candidate of its own is weighed, not refused —
	 * the probability is the same, lower than with no rival, and a serial pair still likely */
	q = judged(SERIAL_PAIR, 30, 20, 75, false, true, &likely);
	assert_true(q == p);
	assert_true(q < judged(SERIAL_PAIR, 30, 20, -1, false, true, &likely));
	q = judged(SERIAL_PAIR, 30, 20, 75, false, true, &likely);
	assert_true(likely == (q >= LF_JUDGE_THRESHOLD));
	/* a tie with the runner-up: never likely, however probable */
	p = judged(SERIAL_PAIR, 30, 75, -1, false, true, &likely);
	assert_true(p >= LF_JUDGE_THRESHOLD);
	assert_false(likely);
	/* found an hour after the window, or ten days after */
	p = judged(PLAIN_PAIR, 2 * 60, 30, -1, false, false, &likely);
	q = judged(PLAIN_PAIR, 10 * 24 * 60, 30, -1, false, false, &likely);
	assert_true(q < p);
}

#define STRONG_PAIR "[{\"factor\":\"category\",\"points\":20},{\"factor\":\"brand\"," \
	"\"points\":12},{\"factor\":\"color\",\"points\":10},{\"factor\":\"marks\",\"points\":25}," \
	"{\"factor\":\"time\",\"points\":10},{\"factor\":\"text\",\"points\":8}]"

/* Round 22: a pair whose reasons say a stated mark is contradicted (the conflict reason, even at
 * 0 points) or whose brands differ is never likely, however probable the rest makes it; the
 * probability itself does not read the flag. */
static void judge_refuses_contradicted(void **state)
{
	bool likely;
	double p, q;

	(void)state;
	p = judged(STRONG_PAIR, 30, 20, -1, false, true, &likely);
	assert_true(likely);
	q = judged("[{\"factor\":\"category\",\"points\":20},{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"color\",\"points\":10},{\"factor\":\"marks\",\"points\":25},"
	    "{\"factor\":\"time\",\"points\":10},{\"factor\":\"text\",\"points\":8},"
	    "{\"factor\":\"conflict\",\"points\":0}]", 30, 20, -1, false, true, &likely);
	assert_false(likely);
	assert_true(q == p);
	judged("[{\"factor\":\"category\",\"points\":20},{\"factor\":\"brand\",\"points\":-25},"
	    "{\"factor\":\"model\",\"points\":10},{\"factor\":\"color\",\"points\":10},"
	    "{\"factor\":\"marks\",\"points\":25},{\"factor\":\"time\",\"points\":10},"
	    "{\"factor\":\"text\",\"points\":8}]", 30, 0, -1, false, true, &likely);
	assert_false(likely);
	struct lf_evidence e;
	struct lf_reason r[2] = { { .factor = "brand", .points = 12 }, { .factor = "conflict",
		.points = -5 } };
	lf_evidence_of(&e, r, 1);
	assert_false(lf_evidence_contradicted(&e));
	lf_evidence_of(&e, r, 2);
	assert_true(lf_evidence_contradicted(&e));
	lf_evidence_of(&e, r, 1);          /* evidence read again starts clean */
	assert_false(lf_evidence_contradicted(&e));
	/* two brands, but the serials agree: the serial outweighs the brand */
	struct lf_reason sb[2] = { { .factor = "brand", .points = -25 }, { .factor = "serial",
		.points = 45 } };
	lf_evidence_of(&e, sb, 1);
	assert_true(lf_evidence_contradicted(&e));
	lf_evidence_of(&e, sb, 2);
	assert_false(lf_evidence_contradicted(&e));
	/* round 28: a plain report's reason (0 points) reads as nothing else in the probability;
	 * round 50: such a pair is likely only from LF_JUDGE_PLAIN_THRESHOLD — a strong one still
	 * is, one found a day later that the judgement calls likely otherwise is not */
	p = judged(STRONG_PAIR, 30, 20, -1, false, true, &likely);
	q = judged("[{\"factor\":\"category\",\"points\":20},{\"factor\":\"brand\",\"points\":12},"
	    "{\"factor\":\"color\",\"points\":10},{\"factor\":\"marks\",\"points\":25},"
	    "{\"factor\":\"time\",\"points\":10},{\"factor\":\"text\",\"points\":8},"
	    "{\"factor\":\"plain\",\"points\":0}]", 30, 20, -1, false, true, &likely);
	assert_true(q == p);
	assert_true(p >= LF_JUDGE_PLAIN_THRESHOLD);
	assert_true(likely);
#define DAY_LATER_PAIR "[{\"factor\":\"category\",\"points\":20},{\"factor\":\"color\"," \
	"\"points\":10},{\"factor\":\"time\",\"points\":3},{\"factor\":\"text\",\"points\":4}"
	p = judged(DAY_LATER_PAIR "]", 24 * 60, 20, -1, false, false, &likely);
	assert_true(p >= LF_JUDGE_THRESHOLD && p < LF_JUDGE_PLAIN_THRESHOLD);
	assert_true(likely);
	q = judged(DAY_LATER_PAIR ",{\"factor\":\"plain\",\"points\":0}]", 24 * 60, 20, -1, false,
	    false, &likely);
	assert_true(q == p);
	assert_false(likely);
#undef DAY_LATER_PAIR
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keys_in_order),
		cmocka_unit_test(one_ranking_whatever_the_order),
		cmocka_unit_test(close_band),
		cmocka_unit_test(reasons_unbacked),
		cmocka_unit_test(reasons_backing),
		cmocka_unit_test(firm_band),
		cmocka_unit_test(judge_evidence),
		cmocka_unit_test(judge_decides),
		cmocka_unit_test(judge_refuses_contradicted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
