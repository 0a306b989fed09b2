/* lf_judge.c — the learned likely judgement of the lost-and-found matcher (综合判断, round 20).
 *
 * The matcher ranks candidates by hand-set points (lf_match.c); whether the best is the same
 * object ("likely") was for nineteen rounds a set of hand-set rules (the likely line, the close
 * and firm bands: lf_likely_by). Tuned on the writers read, they called too few true pairs
 * likely on sets nobody had read. This is a logistic regression over what can be read of the
 * best pair at any moment — each factor's points, the pair's points and lead, the rules' own
 * judgement, the time after the loss, and the found item's best other owner — fitted by
 * tools/lf_judge_fit.py on eighteen training parts (round 21), its threshold chosen
 * leave-one-set-out (docs/performance.md, "Round 20" and "Round 21"). Pure functions:
 * lostfound_judge (lostfound.c) reads the evidence and says what it means. */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lostfound.h"

#define LF_JUDGE_HOUR_MS 3600000.0   /* the time after the window is read in hours */

/* The factors of the stored reasons, in the order of the weights (lf_judge_fit.py FACTORS). */
static const char *const lf_judge_factors[LF_JUDGE_NFACT] = {
	"category", "serial", "kind", "brand", "model", "color", "amount", "holder", "count",
	"accessory", "weight", "size", "screen", "place", "time", "text", "marks", "motif",
	"owner", "conflict", "identity",
};

/* tools/lf_judge_fit.py --table over 18 parts (set2, set4 ... set18, tuning, heldout; dumps of
 * the round-19 binary: its likely is the hand-set rules'); the threshold by leave-one-set-out:
 * LF_JUDGE_THRESHOLD in lostfound.h */
static const double lf_judge_w[LF_JUDGE_NFEAT + 1] = {
	-0.062147,   /* category */
	+0.093643,   /* serial */
	+0.044667,   /* kind */
	+0.013048,   /* brand */
	+0.055789,   /* model */
	+0.021744,   /* color */
	+0.112245,   /* amount */
	+0.127027,   /* holder */
	+0.189168,   /* count */
	+0.512444,   /* accessory */
	+0.334888,   /* weight */
	+0.264591,   /* size */
	+0.447690,   /* screen */
	-0.070351,   /* place */
	+0.062349,   /* time */
	+0.148760,   /* text */
	+0.051819,   /* marks */
	+0.377331,   /* motif */
	+0.277383,   /* owner */
	+0.879462,   /* conflict */
	+0.196961,   /* identity */
	+0.407851,   /* points / 10 */
	+0.072935,   /* lead over the runner-up / 10, at most LF_JUDGE_LEAD_CAP */
	+1.400801,   /* the hand-set rules call it likely */
	-0.349134,   /* log(1 + hours after the loss's window) */
	-0.530413,   /* found inside the window (or before it) */
	-0.286051,   /* the rival's points / 10 */
	-1.444411,   /* the rival holds it as well */
	-0.197983,   /* lead over the rival / 10, 0 to LF_JUDGE_LEAD_CAP */
	-0.110901,   /* bias */
};

static int factor_index(const char *factor)
{
	for (int i = 0; factor && i < LF_JUDGE_NFACT; i++)
		if (strcmp(factor, lf_judge_factors[i]) == 0)
			return i;
	return -1;
}

void lf_evidence_add(struct lf_evidence *e, const char *factor, int points)
{
	int i = factor_index(factor);

	if (i >= 0)
		e->fact[i] += points;
	if (factor && strcmp(factor, "conflict") == 0)
		e->conflict = true;
	if (factor && strcmp(factor, "plain") == 0)
		e->plain = true;
}

bool lf_evidence_contradicted(const struct lf_evidence *e)
{
	return e->conflict || (e->fact[factor_index("brand")] < 0 && e->fact[factor_index("serial")] <= 0);
}

void lf_evidence_of(struct lf_evidence *e, const struct lf_reason *r, int nr)
{
	memset(e, 0, sizeof *e);
	for (int k = 0; k < nr; k++)
		lf_evidence_add(e, r[k].factor, r[k].points);
}

bool lf_evidence_json(struct lf_evidence *e, const char *stored)
{
	json_t *a = json_loads(stored ? stored : "", 0, NULL), *v;
	bool readable = json_is_array(a);
	size_t i;

	memset(e, 0, sizeof *e);
	json_array_foreach(a, i, v)
		lf_evidence_add(e, json_string_value(json_object_get(v, "factor")),
		    (int)json_integer_value(json_object_get(v, "points")));
	json_decref(a);
	return readable;
}

static int clamp_lead(int d)
{
	return d < 0 ? 0 : d > LF_JUDGE_LEAD_CAP ? LF_JUDGE_LEAD_CAP : d;
}

double lf_judge_p(const struct lf_evidence *e, const struct lf_rank *best, int second,
    int rival, bool hand)
{
	double x[LF_JUDGE_NFEAT], z = lf_judge_w[LF_JUDGE_NFEAT];
	int pts = best->points, rv = rival > 0 ? rival : 0, k = 0;
	int lead = pts - (second >= 0 ? second : 0);

	for (int i = 0; i < LF_JUDGE_NFACT; i++)
		x[k++] = e->fact[i];
	x[k++] = pts / 10.0;
	x[k++] = (lead > LF_JUDGE_LEAD_CAP ? LF_JUDGE_LEAD_CAP : lead) / 10.0;
	x[k++] = hand ? 1 : 0;
	x[k++] = best->when == LF_WHEN_AFTER ? log1p((double)best->gap_ms / LF_JUDGE_HOUR_MS) : 0;
	x[k++] = best->when != LF_WHEN_AFTER ? 1 : 0;
	x[k++] = rv / 10.0;
	x[k++] = rv > 0 && rv >= pts ? 1 : 0;
	x[k++] = clamp_lead(pts - rv) / 10.0;
	for (int i = 0; i < LF_JUDGE_NFEAT; i++)
		z += lf_judge_w[i] * x[i];
	return 1.0 / (1.0 + exp(-z));
}

bool lf_judge_likely(const struct lf_evidence *e, const struct lf_rank *best, int second,
    int rival, bool hand)
{
	/* one object, one owner: a found item another open lost report holds as well is
	 * nobody's likely until one of them leads */
	if (rival > 0 && rival >= best->points)
		return false;
	/* a stated mark the other side contradicts, with no serial or two marks to outweigh it:
	 * a twin found there then fits the rest as well (round 22); a plain report's pair where
	 * nothing identifying agrees (round 28): any such object fits it */
	if (lf_evidence_contradicted(e) || e->plain)
		return false;
	/* two candidates alike: neither is the one (whichever ranks first by time or place) */
	if (second >= 0 && best->points - second < LF_JUDGE_MIN_LEAD)
		return false;
	return lf_judge_p(e, best, second, rival, hand) >= LF_JUDGE_THRESHOLD;
}

/* PINGAN_LF_JUDGE is read once (the first judgement), not on every one */
static pthread_once_t rules_once = PTHREAD_ONCE_INIT;
static bool rules_only;

static void rules_read(void)
{
	const char *v = getenv("PINGAN_LF_JUDGE");

	rules_only = v != NULL && strcmp(v, "rules") == 0;
}

bool lf_judge_rules_only(void)
{
	pthread_once(&rules_once, rules_read);
	return rules_only;
}
