#!/usr/bin/env python3
"""lf_judge_fit.py — the learned "likely" judgement of the lost-and-found matcher (round 20).

The matcher ranks a lost report's candidates by hand-set points (src/modules/lf_match.c); whether
the best one is called "likely" (the same object) was decided by hand-set rules (the likely line,
the close and firm bands: lf_likely_by in src/modules/lostfound.c). Blind sets showed the rules
tuned on the writers read (in-sample) and lost most where a new writer's true pairs scored lower:
too few likely. Here the judgement is a logistic regression over what the judge can read of the
best pair at any time (src/modules/lf_judge.c computes exactly these features):

  - the points of each factor of the pair's reasons (category, serial, kind ... identity),
  - the pair's points and its lead over the report's runner-up (at most 40),
  - the hand-set rules' own judgement (1 when they call it likely),
  - the time after the loss's window (log of hours, 0 inside it) and whether it was inside,
  - the found item's best points from another open lost report (its rival), whether the rival
    is as good, and how far ahead of it the pair is (at most 40),
  - (round 39) how many reasons agree on what tells the object apart, how many speak against it.

Each part weighs 1 when written from the issue's own words (ISSUE_WORDED, the nearest to an
outside checker's set), OTHER_WEIGHT otherwise, in the fit and in the threshold's choice (round
39). Refused whatever the probability (as lf_judge_likely does): a tie with a candidate no other
report holds better, a found item another report holding it as well ranks first, a contradiction.

Rows are the best candidates of the training parts' lost reports (a bench dump, never a judge's,
taken with --rules: the server's "likely" is then the hand-set rules' alone, PINGAN_LF_JUDGE=rules,
the feature `hand`; without it the dump's "likely" is this judgement's own);
positive when the best is the true item, negative when the report has no true item (a report
whose true item is not first counts wrong whatever is said, so it does not train). The threshold
is chosen by leave-one-set-out: fit on all parts but one, judge the one left out, and take the
threshold with the most right likely minus wrong likely on never-found reports over all parts,
each weighed (what right-or-rightly-abstained counts). --table prints the weights fitted on every
part, as C.

    node bench/lostfound.mjs tuning heldout set2 set4 set5 … set24 set33 set35 set36 set38 \
        set39 set40 --rules --dump=/tmp/lf.json
    python3 tools/lf_judge_fit.py /tmp/lf.json            # leave-one-set-out, per part
    python3 tools/lf_judge_fit.py /tmp/lf.json --table    # the weights and threshold, as C
    node bench/lostfound.mjs ...the same parts... --dump=/tmp/srv.json
    python3 tools/lf_judge_fit.py /tmp/lf.json --check /tmp/srv.json   # fit and server agree

Python 3 standard library only; deterministic (Newton's method from zero).
"""
import json
import math
import re
import sys

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from lf_fit import JUDGES, newton, sigmoid  # noqa: E402

# the factors of the stored reasons, in the order of lf_judge.c's lf_judge_factors
FACTORS = ['category', 'serial', 'kind', 'brand', 'model', 'color', 'amount', 'holder', 'count',
           'accessory', 'weight', 'size', 'screen', 'place', 'time', 'text', 'marks', 'motif',
           'owner', 'conflict', 'identity']
EXTRA = ['points', 'lead', 'hand', 'after_log', 'inside', 'rival', 'rival_as_good', 'rival_lead']
# round 39: how many reasons tell this object from others (positive points, not category, time,
# text or place) and how many speak against it
EXTRA2 = ['agreeing', 'against']
NAMES = FACTORS + EXTRA + EXTRA2 + ['bias']
# the factors every pair of a category shares in some measure: not counted as agreeing
COMMON = ('category', 'time', 'text', 'place')
# round 39: the parts written from the issue's own words (tests/lostfound/BRIEF-issue-worded.md),
# the nearest to how an outside checker writes its set, weigh 1 in the fit and the threshold; the
# parts written from the team's blind briefs (twins made on purpose at the same place and day)
# weigh OTHER_WEIGHT
ISSUE_WORDED = ('set33', 'set35', 'set36', 'set38', 'set39', 'set40')
OTHER_WEIGHT = 0.3
RIDGE = 1.0
LEAD_CAP = 40
MIN_LEAD = 1       # a best tied with its runner-up is never likely (LF_JUDGE_MIN_LEAD)
HELD_MARGIN = 5    # points by which another report holds a candidate better (LF_HELD_MARGIN)
T_GRID = [x / 100 for x in range(30, 81, 5)]
# round 50: a plain report's pair (the reason `plain`) is likely only from this probability
# (LF_JUDGE_PLAIN_THRESHOLD); rounds 28 to 49 refused it whatever the probability
PLAIN_T = 0.70
# round 51: no pair below these points is likely (LF_JUDGE_POINTS_MIN)
POINTS_MIN = 30
ZERO_FACTORS = ('close', 'firm', 'plain')   # the bands' own reasons and a plain report's
# (round 28: the owner said nothing identifying): 0 points, said when read


def row(r, c0, second, rival):
    """The judge's features of report r's best candidate c0 (second: the runner-up's points or
    None; rival: the best points another report gives c0's found item, or None)."""
    fs = dict.fromkeys(FACTORS, 0.0)
    for f, p in c0['r']:
        if f in fs:
            fs[f] += p
        elif f not in ZERO_FACTORS or p != 0:
            raise SystemExit(f'unknown factor {f}: add it to FACTORS and lf_judge.c')
    pts = c0['pts']
    lead = min(pts - (second if second is not None else 0), LEAD_CAP)
    gap = c0.get('gap')
    if gap is None:
        raise SystemExit('dump without raw evidence: run the bench of round 16 or later')
    rv = rival if rival is not None and rival > 0 else 0
    x = [fs[f] for f in FACTORS]
    x += [pts / 10, lead / 10, 1.0 if r['likely'] else 0.0, math.log1p(max(gap, 0.0)),
          1.0 if gap <= 0 else 0.0, rv / 10, 1.0 if rv >= pts and rv > 0 else 0.0,
          max(0, min(pts - rv, LEAD_CAP)) / 10]
    x += [float(sum(1 for f, p in c0['r'] if p > 0 and f not in COMMON)),
          float(sum(1 for _, p in c0['r'] if p < 0)), 1.0]
    return x


def load(path):
    recs = json.load(open(path, encoding='utf-8'))
    held = {}
    for i, r in enumerate(recs):
        if r['part'] in JUDGES:
            raise SystemExit(f'{r["part"]} is a judge: never fitted on')
        for c in r['c']:
            c['pts'] = sum(p for _, p in c['r'])
            held.setdefault((r['part'], c['k']), []).append((c['pts'], i))
    best = [max((c['pts'] for c in r['c']), default=None) for r in recs]

    def held_better(c, i):
        """Another report holds c's found item by HELD_MARGIN points more (lostfound_held_elsewhere):
        a candidate tied with the best that is another's is no tie (round 39)."""
        return any(p >= c['pts'] + HELD_MARGIN for p, j in held[(recs[i]['part'], c['k'])] if j != i)

    rows = []
    for i, r in enumerate(recs):
        cs = r['c']
        if not cs:
            continue
        rival = max((p for p, j in held[(r['part'], cs[0]['k'])] if j != i), default=None)
        # one object, one owner (round 39): another report holds the found item with as many
        # points and has nothing better of its own
        first = any(p >= cs[0]['pts'] and p >= best[j] for p, j in held[(r['part'], cs[0]['k'])]
                    if j != i)
        # the runner-up as the server reads it (lf_runner_up): the most points of all the other
        # candidates, those ranked below the best for being held better elsewhere too (round 39:
        # the second listed was read before, which differs after such a move)
        second = max(c['pts'] for c in cs[1:]) if len(cs) > 1 else None
        x = row(r, cs[0], second, rival)
        per = {}
        for f, p in cs[0]['r']:
            per[f] = per.get(f, 0) + p
        contra = (any(f == 'conflict' for f, _ in cs[0]['r']) or
                  (per.get('brand', 0) < 0 and per.get('serial', 0) <= 0))
        plain = any(f == 'plain' for f, _ in cs[0]['r'])
        rows.append(dict(part=r['part'], x=x, top=cs[0]['t'], truth=r['truth'], pts=cs[0]['pts'],
                         hand=r['likely'], rival_first=first, contra=contra, plain=plain,
                         tied=any(cs[0]['pts'] - c['pts'] < MIN_LEAD and not held_better(c, i)
                                  for c in cs[1:]),
                         weight=1.0 if r['part'] in ISSUE_WORDED else OTHER_WEIGHT))
    return rows


def fit(rows):
    data = [({j: v for j, v in enumerate(r['x']) if v != 0.0}, 1.0 if r['top'] else 0.0,
             r['weight']) for r in rows if r['top'] or not r['truth']]
    return newton(data, len(NAMES), RIDGE)


def likely(w, r, t):
    """The judge's rule: p >= t, ahead of the runner-up, no other lost report holds the found item
    as well and ranks it first (round 39; before, any report holding it as well refused it), no
    stated mark (or, without a serial agreeing, brand) contradicted (round 22:
    lf_evidence_contradicted), and for a plain report (round 28: lost_plain in lf_match.c) a
    probability of PLAIN_T at least (round 50; never likely before)."""
    return (not r['rival_first'] and not r['tied'] and not r['contra'] and
            r['pts'] >= POINTS_MIN and sigmoid(sum(a * b for a, b in zip(w, r['x']))) >= (max(t, PLAIN_T) if r['plain'] else t))


def tally(rows, said):
    right = sum(1 for r, s in zip(rows, said) if s and r['top'])
    wrong = sum(1 for r, s in zip(rows, said) if s and not r['truth'])
    return right, wrong


def weighted(rows, said):
    """Right minus wrong likely, each report weighing its part's weight (round 39)."""
    return sum(r['weight'] * (1 if r['top'] else -1 if not r['truth'] else 0)
               for r, s in zip(rows, said) if s)


def check(rules_dump, server_dump):
    """--check (round 39): the server's table (src/modules/lf_judge.c, LF_JUDGE_THRESHOLD in
    lostfound.h) applied here to a --rules dump, against the likely of a plain dump of the same
    parts from the same binary: the fit and the server must judge every report alike (a feature
    read differently shows as reports that differ, near the threshold)."""
    here = __file__.rsplit('/', 1)[0] + '/../src/modules/'
    src = open(here + 'lf_judge.c', encoding='utf-8').read()
    table = src[src.index('lf_judge_w[LF_JUDGE_NFEAT + 1] = {'):]
    w = [float(v) for v in re.findall(r'([+-]\d+\.\d+),', table[:table.index('};')])]
    t = float(re.search(r'#define LF_JUDGE_THRESHOLD ([0-9.]+)',
                        open(here + 'lostfound.h', encoding='utf-8').read()).group(1))
    if len(w) != len(NAMES):
        raise SystemExit(f'the table has {len(w)} weights, the fit {len(NAMES)} features')
    recs = [r for r in json.load(open(rules_dump, encoding='utf-8')) if r['c']]
    rows = load(rules_dump)
    server = {(r['part'], r['key']): r['likely'] for r in json.load(open(server_dump, encoding='utf-8'))}
    differ = [(r['part'], r['key'], likely(w, x, t)) for r, x in zip(recs, rows)
              if likely(w, x, t) != server[(r['part'], r['key'])]]
    print(f'threshold {t}: {len(rows)} reports, {len(differ)} judged otherwise by the server')
    for part, key, said in differ[:20]:
        print(f'  {part} {key}: the fit says {"likely" if said else "not likely"}')
    return 1 if differ else 0


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    if '--check' in sys.argv:
        i = sys.argv.index('--check')
        raise SystemExit(check(sys.argv[1], sys.argv[i + 1]))
    rows = load(sys.argv[1])
    parts = sorted({r['part'] for r in rows}, key=lambda p: (len(p), p))
    model = {}
    for p in parts:
        model[p] = fit([r for r in rows if r['part'] != p])
    best = None
    for t in T_GRID:
        said = [likely(model[r['part']], r, t) for r in rows]
        v = weighted(rows, said)
        if best is None or v > best[0]:
            best = (v, t)
    t = best[1]
    if '--table' in sys.argv:
        w = fit(rows)
        print(f'/* tools/lf_judge_fit.py --table over {len(parts)} parts '
              f'({", ".join(parts)}); threshold by leave-one-set-out */')
        print(f'#define LF_JUDGE_THRESHOLD {t:.2f}')
        print('static const double lf_judge_w[LF_JUDGE_NFEAT + 1] = {')
        for name, v in zip(NAMES, w):
            print(f'\t{v:+.6f},   /* {name} */')
        print('};')
        return
    print(f'leave-one-set-out, threshold {t:.2f} (right likely, wrong likely on never-found '
          'reports: hand-set rules → learned judge)')
    tot = [0, 0, 0, 0]
    for p in parts:
        sub = [r for r in rows if r['part'] == p]
        hr, hw = tally(sub, [r['hand'] for r in sub])
        lr, lw = tally(sub, [likely(model[p], r, t) for r in sub])
        tot = [tot[0] + hr, tot[1] + hw, tot[2] + lr, tot[3] + lw]
        print(f'  {p:8s} {hr:4d} {hw:3d} → {lr:4d} {lw:3d}   ({lr - lw - hr + hw:+d})')
    print(f'  {"all":8s} {tot[0]:4d} {tot[1]:3d} → {tot[2]:4d} {tot[3]:3d}   '
          f'({tot[2] - tot[3] - tot[0] + tot[1]:+d})')


if __name__ == '__main__':
    main()
