/* lf_judge.c — the learned likely judgement of the lost-and-found matcher (综合判断, round 20).
 *
 * The matcher ranks candidates by hand-set points (lf_match.c); whether the best is the same
 * object ("likely") was for nineteen rounds a set of hand-set rules (the likely line, the close
 * and firm bands: lf_likely_by). Tuned on the writers read, they called too few true pairs
 * likely on sets nobody had read. This is a logistic regression over what can be read of the
 * best pair at any moment — each factor's points, the pair's points and lead, the rules' own
 * judgement, the time after the loss, the found item's best other owner and how many reasons
 * agree and speak against it — fitted by tools/lf_judge_fit.py on the 30 training parts, those
 * written from the issue's own words weighing most (round 39; eighteen parts in round 21), its
 * threshold chosen leave-one-set-out (docs/performance.md, "Round 20", "Round 21" and "Round
 * 39"). Pure functions: lostfound_judge (lostfound.c) reads the evidence and says what it
 * means. */
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

/* tools/lf_judge_fit.py --table over the 30 training parts (tuning, heldout, set2, set4 ...
 * set24, set33, set35, set36, set38, set39, set40; a --rules dump of the round-38 binary: its
 * likely is the hand-set rules'), the issue-worded parts weighing 1 and the others 0.3 (round
 * 39); the threshold by leave-one-set-out: LF_JUDGE_THRESHOLD in lostfound.h */
static const double lf_judge_w[LF_JUDGE_NFEAT + 1] = {
	+0.050051,   /* category */
	+0.140780,   /* serial */
	+0.103054,   /* kind */
	+0.110070,   /* brand */
	+0.093854,   /* model */
	+0.070471,   /* color */
	+0.163297,   /* amount */
	+0.223118,   /* holder */
	+0.253686,   /* count */
	+0.492754,   /* accessory */
	+0.063785,   /* weight */
	+0.347905,   /* size */
	+0.451509,   /* screen */
	+0.038435,   /* place */
	-0.070286,   /* time */
	+0.196483,   /* text */
	+0.070056,   /* marks */
	+0.588535,   /* motif */
	+0.276898,   /* owner */
	+0.601044,   /* conflict */
	+0.094647,   /* identity */
	+0.436015,   /* points */
	+0.152487,   /* lead */
	+0.741854,   /* hand */
	-0.603368,   /* after_log */
	-0.531119,   /* inside */
	-0.435658,   /* rival */
	-0.854397,   /* rival_as_good */
	-0.337076,   /* rival_lead */
	-0.705162,   /* agreeing */
	-0.656928,   /* against */
	+0.400626,   /* bias */
};

static int factor_index(const char *factor)
{
	for (int i = 0; factor && i < LF_JUDGE_NFACT; i++)
		if (strcmp(factor, lf_judge_factors[i]) == 0)
			return i;
	return -1;
}

/* The factors every pair of a category shares in some measure: a reason of one of them is not
 * counted as agreeing (tools/lf_judge_fit.py COMMON). */
static const char *const lf_judge_common[] = { "category", "time", "text", "place" };

static bool common_factor(const char *factor)
{
	for (size_t i = 0; i < sizeof lf_judge_common / sizeof lf_judge_common[0]; i++)
		if (strcmp(factor, lf_judge_common[i]) == 0)
			return true;
	return false;
}

void lf_evidence_add(struct lf_evidence *e, const char *factor, int points)
{
	int i = factor_index(factor);

	if (i >= 0)
		e->fact[i] += points;
	/* counted over every reason the pair shows, as the fit counts them off the matches */
	if (points > 0 && factor && !common_factor(factor))
		e->agreeing++;
	if (points < 0)
		e->against++;
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
	x[k++] = e->agreeing;
	x[k++] = e->against;
	for (int i = 0; i < LF_JUDGE_NFEAT; i++)
		z += lf_judge_w[i] * x[i];
	return 1.0 / (1.0 + exp(-z));
}

bool lf_judge_likely(const struct lf_evidence *e, const struct lf_rank *best, int second,
    int rival, bool rival_first, bool tied, bool hand)
{
	/* one object, one owner: a found item another open lost report holds with as many points
	 * and ranks first is not this one's likely (round 39; a rival as good with a better
	 * candidate of its own weighs in the probability instead of refusing it: on the
	 * issue-worded parts that refusal lost more true pairs than it saved wrong ones) */
	if (rival_first)
		return false;
	/* a stated mark the other side contradicts, with no serial or two marks to outweigh it:
	 * a twin found there then fits the rest as well (round 22) */
	if (lf_evidence_contradicted(e))
		return false;
	/* two candidates alike: neither is the one (whichever ranks first by time or place);
	 * one that another report holds better is that report's, no rival here (round 39) */
	if (tied)
		return false;
	/* a pair with hardly anything agreeing beyond its category and time (a lone ID card for a
	 * lost wallet that named none): never likely (round 51) */
	if (best->points < LF_JUDGE_POINTS_MIN)
		return false;
	/* a plain report's pair where nothing identifying agrees: any such object fits it, so it
	 * needs a surer judgement (round 50; never likely from round 28 on, which lost more true
	 * pairs of the issue-worded parts than it saved) */
	return lf_judge_p(e, best, second, rival, hand) >=
	    (e->plain ? LF_JUDGE_PLAIN_THRESHOLD : LF_JUDGE_THRESHOLD);
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
