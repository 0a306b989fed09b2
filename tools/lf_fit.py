#!/usr/bin/env python3
"""lf_fit.py — learned weights for the lost-and-found matcher, measured leave-one-set-out.

The matcher (src/modules/lf_match.c) gives every candidate its reasons: a factor (serial, brand,
marks, time ...) and its hand-set points. Here those points are features of a logistic
regression (the probability that a candidate is the same object), with features of the
candidate set beside them (the lead over the best other candidate, how many candidates are about
as good, how many share a serial). "Likely" is p >= t and a lead of at least m over the runner-up,
and no other lost report of the part holds the same found item as well (one object, one owner,
like lostfound_claimed_elsewhere); t and m are chosen on the training sets so that wrong likely
does not exceed the hand-set matcher's count on the same sets.

Input: the bench's dump of the training parts (never a judge: the bench refuses --dump for them):
    node bench/lostfound.mjs tuning heldout set2 set4 set5 set6 set7 set8 set9 set10 set11 \
        set12 set13 --dump=/tmp/lf.json   (set13 training data from round 17)
    python3 tools/lf_fit.py /tmp/lf.json            # leave-one-set-out, both matchers
    python3 tools/lf_fit.py /tmp/lf.json --table    # the weights fitted on all thirteen, as C
    options: --no-hand (without the hand-set rule's judgement as a feature), --ridge=X,
    --curve (LOSO right and wrong likely at fixed thresholds),
    --top (likely read from a second regression over each report's best candidate),
    --hybrid=Q (likely also when the hand-set rule says so and the learned q >= Q),
    --raw (round 16: features the reasons do not carry, from the dump of round 16 or later:
    the raw time gap, the window's length, the distance, the raw text similarity, the report's
    category pool, the found item's own pool),
    --band[=R] [--band-points] (round 16: no fit; a close-band rule beside the hand-set one,
    its grid point chosen on eleven parts and counted on the twelfth, see band()),
    --firm (round 18: the grid may ask the band's identification to be firm, BAND_FIRM)

Leave-one-set-out: fit on all training parts but one (tuning and heldout of set.json count as
two), evaluate on the one left out, for every part. The hand-set matcher's figure on each set is its tuned
figure (its points were chosen by reading those sets), so its LOSO is optimistic.

Python 3 standard library only; deterministic (no random draw: Newton's method from zero).
"""
import json
import math
import sys

SETS = ['tuning', 'heldout', 'set2', 'set4', 'set5', 'set6', 'set7', 'set8', 'set9', 'set10',
        'set11', 'set12', 'set13', 'set14', 'set15', 'set16', 'set17', 'set18']
JUDGES = ('set3', 'set25', 'set26', 'set27', 'set28', 'set29', 'set30', 'set31', 'set32', 'set34', 'set37', 'set41', 'set42', 'set43', 'set44', 'set131', 'set132', 'set133', 'set134')
FACTORS = ['category', 'serial', 'kind', 'brand', 'model', 'color', 'amount', 'holder', 'count',
           'accessory', 'weight', 'size', 'screen', 'place', 'time', 'text', 'marks', 'motif',
           'owner', 'conflict', 'identity', 'close']
RIDGE = 1.0          # L2 penalty on the weights (not the bias)
NEWTON_STEPS = 30
CLOSE = 6            # points: a candidate this close to another is "about as good"
HAND_FEATURE = True
RAW = False          # --raw: the evidence the points do not carry (round 16)
TOP_MODEL = False
HYBRID = False
HYBRID_LOW = 0.0
CLAIM_LEAD = 0.01    # another report holding the same item within this is a claim on it


def feature_names():
    names = []
    for f in FACTORS:
        names += [f + '+', f + '-']
    names += ['lead', 'lead_neg', 'close', 'serial_shared', 'hand_likely']
    if RAW:
        names += RAW_NAMES
    return names + ['bias']


# --raw: read off the set by the bench (round 16's dump): the hours from the end of the loss's
# window to the finding (inside the window, within an hour of its end, how long after), how
# long the window is, the distance in metres, the descriptions' similarity before it became
# points, how many found items of the category the report's range holds at all, and the found
# item's own pool (the best points another report of the part gives it, how many give 40 or
# more)
RAW_NAMES = ['inside', 'within_1h', 'gap_log', 'window_log', 'located', 'dist_log', 'text_raw',
             'pool_log', 'other_best', 'others_40']


NAMES = feature_names()


def hand_points(c):
    return sum(p for _, p in c['r'])


def raw_features(r, c, held):
    """The --raw features of candidate c of report r (held: found key -> [(points, report)])."""
    gap = c.get('gap')
    if gap is None:
        raise SystemExit('dump without raw evidence: run the bench of round 16 or later')
    other = [p for p, k in held[c['k']] if k != r['key']]
    best = max(other) if other else 0
    v = [1.0 if gap <= 0 else 0.0, 1.0 if 0 < gap <= 1 else 0.0, math.log1p(max(gap, 0.0)) / 5,
         math.log1p(max(r['w'], 0.0)) / 5, 0.0 if c['dist'] is None else 1.0,
         0.0 if c['dist'] is None else math.log1p(c['dist']) / 8, c['ts'] / 100.0,
         math.log1p(r['pool']) / 3, max(best, 0) / 100.0, min(sum(p >= 40 for p in other), 3) / 3]
    return v


def features(cands, rec=None, held=None):
    """One feature row per candidate of one report (dicts: index -> value, sparse)."""
    tot = [hand_points(c) for c in cands]
    ser = [any(f == 'serial' and p > 0 for f, p in c['r']) for c in cands]
    nser = sum(ser)
    rows = []
    for i, c in enumerate(cands):
        x = {}
        for f, p in c['r']:
            if f in ('firm', 'judged', 'plain') and p == 0:
                continue     # a judgement's own reason (round 18, round 20, round 28): no points
            if f not in FACTORS:
                raise SystemExit(f'unknown factor {f}: add it to FACTORS')
            j = 2 * FACTORS.index(f) + (0 if p >= 0 else 1)
            x[j] = x.get(j, 0.0) + p / 20.0
        others = [t for k, t in enumerate(tot) if k != i]
        best_other = max(others) if others else None
        lead = (tot[i] - best_other) / 20.0 if best_other is not None else 1.5
        lead = max(-3.0, min(3.0, lead))
        x[len(FACTORS) * 2] = max(lead, 0.0)
        x[len(FACTORS) * 2 + 1] = min(lead, 0.0)
        close = sum(1 for k, t in enumerate(tot) if k != i and abs(t - tot[i]) < CLOSE)
        x[len(FACTORS) * 2 + 2] = min(close, 5) / 5.0
        x[len(FACTORS) * 2 + 3] = min(nser - 1, 3) / 3.0 if ser[i] else 0.0
        # the hand-set rule's own judgement of the best (lf_likely: 58 points and a lead of 6,
        # or 40 and 3 when a serial agrees)
        if i == 0 and HAND_FEATURE:
            sec = tot[1] if len(tot) > 1 else None
            if ser[0] and tot[0] >= 40:
                hl = sec is None or tot[0] - sec >= 3
            else:
                hl = tot[0] >= 58 and (sec is None or tot[0] - sec >= 6)
            x[len(FACTORS) * 2 + 4] = 1.0 if hl else 0.0
        if RAW:
            for j, v in enumerate(raw_features(rec, c, held)):
                x[len(FACTORS) * 2 + 5 + j] = v
        x[len(NAMES) - 1] = 1.0
        rows.append({j: v for j, v in x.items() if v != 0.0})
    return rows


def load(path):
    recs = json.load(open(path, encoding='utf-8'))
    parts = {}
    held = {}   # (part, found key) -> [(points, report key)]: the found item's own pool
    for r in recs:
        if 'c' not in r:
            raise SystemExit('dump without candidates: run the bench of round 14 or later')
        if r['part'] in JUDGES:
            raise SystemExit(f'{r["part"]} is a judge: never fitted on')
        for c in r['c']:
            held.setdefault((r['part'], c['k']), []).append((hand_points(c), r['key']))
    for r in recs:
        r['x'] = features(r['c'], r, {c['k']: held[r['part'], c['k']] for c in r['c']})
        parts.setdefault(r['part'], []).append(r)
    return parts


def solve(a, b):
    """Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        d = m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / d
            if f:
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][k] * out[k] for k in range(r + 1, n))) / m[r][r]
    return out


def sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def fit(recs):
    """Logistic regression by Newton's method (IRLS) with an L2 penalty, over every candidate;
    with TOP_MODEL a second one over each report's best candidate (is it the true item?), which
    the likely rule reads instead of the candidate's own probability."""
    w = fit_rows([(x, 1.0 if c['t'] else 0.0) for r in recs for x, c in zip(r['x'], r['c'])])
    if not TOP_MODEL:
        return (w, None)
    probs((w, None), recs)
    return (w, fit_rows([(r['x'][r['top']], 1.0 if r['c'][r['top']]['t'] else 0.0)
                         for r in recs if r['top'] is not None]))


def fit_rows(data):
    return newton(data, len(NAMES), RIDGE)


def newton(data, n, ridge):
    """Logistic regression by Newton's method from zero: data are (x, y) or (x, y, weight) with x
    a sparse dict (feature index -> value) over n features, the last of them the bias (not
    penalised); an L2 penalty ridge on the others; a row's weight (1 when not given) scales its
    share of the likelihood. lf_judge_fit.py fits with it too (round 39: weighted rows)."""
    bias = n - 1
    w = [0.0] * n
    for _ in range(NEWTON_STEPS):
        g = [ridge * w[j] if j != bias else 0.0 for j in range(n)]
        h = [[0.0] * n for _ in range(n)]
        for j in range(n):
            h[j][j] = ridge if j != bias else 1e-6
        for row in data:
            x, y = row[0], row[1]
            wt = row[2] if len(row) > 2 else 1.0
            p = sigmoid(sum(w[j] * v for j, v in x.items()))
            d = (p - y) * wt
            s = max(p * (1 - p), 1e-9) * wt
            items = list(x.items())
            for j, v in items:
                g[j] += d * v
                hj = h[j]
                for k, u in items:
                    hj[k] += s * v * u
        step = solve(h, g)
        w = [w[j] - step[j] for j in range(n)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def probs(model, recs):
    """Each candidate's probability, and per report what the likely rule needs: the top
    candidate, its lead over the runner-up, and the best probability another report of the
    same part gives the same found item (one object, one owner)."""
    w, w2 = model
    held = {}   # found key -> [(p, report index)]
    for i, r in enumerate(recs):
        r['p'] = [sigmoid(sum(w[j] * v for j, v in x.items())) for x in r['x']]
        for k, c in enumerate(r['c']):
            held.setdefault(c['k'], []).append((r['p'][k], i))
    for i, r in enumerate(recs):
        if not r['p']:
            r['top'] = None
            continue
        order = sorted(range(len(r['p'])), key=lambda k: (-r['p'][k], k))
        top = order[0]
        r['top'] = top
        r['p1'] = r['p'][top]
        r['p2'] = r['p'][order[1]] if len(order) > 1 else 0.0
        r['other'] = max((po for po, o in held[r['c'][top]['k']] if o != i), default=-1.0)
        r['q'] = (sigmoid(sum(w2[j] * v for j, v in r['x'][top].items())) if w2 is not None
                  else r['p1'])


def decide(recs, t, m):
    """Per report: (top is true, likely, likely is true) under the learned rule: p >= t, a lead
    of m over the runner-up, and no other report holding the same found item within the lead."""
    out = []
    for r in recs:
        if r['top'] is None:
            out.append((False, False, False))
            continue
        likely = (r['q'] >= t and r['p1'] - r['p2'] >= m and
                  r['other'] <= r['p1'] - max(m, CLAIM_LEAD))
        if HYBRID:
            # the hand-set rule's likely, kept when the learned one does not doubt it (q at
            # least HYBRID_LOW), and the learned one's beside it
            likely = likely or (r['likely'] and r['top'] == 0 and r['q'] >= HYBRID_LOW)
        right = r['c'][r['top']]['t']
        out.append((right, likely, likely and right))
    return out


def score(recs, dec):
    """precision@1, likely and right, rightly abstained, wrong likely, right-or-rightly-abstained
    (and the counts behind them)."""
    wt = p1 = rl = wo = ab = wl = 0
    for r, (right, likely, lr) in zip(recs, dec):
        if r['truth']:
            wt += 1
            p1 += right
            rl += lr
            wl += likely and not lr
        else:
            wo += 1
            ab += not likely
            wl += likely
    return dict(p1=p1 / wt, rl=rl / wt, ab=ab / wo, wl=wl, rra=(rl + ab) / (wt + wo),
                n=wt + wo, nrl=rl, nab=ab)


def hand(recs):
    return [(bool(r['c']) and r['c'][0]['t'], r['likely'], r['likely'] and bool(r['c']) and
             r['c'][0]['t']) for r in recs]


T_GRID = [x / 100 for x in range(30, 100, 2)]
M_GRID = [0.0, 0.05, 0.1, 0.2, 0.3, 0.4]


def choose(recs, cap):
    """t and m that give the most right-or-rightly-abstained with wrong likely <= cap."""
    best = None
    for t in T_GRID:
        for m in M_GRID:
            s = score(recs, decide(recs, t, m))
            if s['wl'] > cap:
                continue
            key = (s['nrl'] + s['nab'], -s['wl'], t)
            if best is None or key > best[0]:
                best = (key, t, m)
    return best[1], best[2]


def out_of_fold(parts, names):
    """t and m chosen on probabilities each set gets from a fit without it (in-sample
    probabilities are too sure of themselves and let wrong likely through), with wrong likely
    capped at the hand-set matcher's count on the same sets."""
    for inner in names:
        w = fit([r for n in names if n != inner for r in parts[n]])
        probs(w, parts[inner])
    recs = [r for n in names for r in parts[n]]
    cap = sum(score(parts[n], hand(parts[n]))['wl'] for n in names)
    return choose(recs, cap)


def loso(parts):
    names = [n for n in SETS if n in parts]
    rows = []
    for held in names:
        train = [n for n in names if n != held]
        t, m = out_of_fold(parts, train)
        w = fit([r for n in train for r in parts[n]])
        probs(w, parts[held])
        for ct in CURVE:
            c = score(parts[held], decide(parts[held], ct, m))
            CURVE[ct] = [a + b for a, b in zip(CURVE[ct], (c['nrl'], c['nab'], c['wl']))]
            CURVE_SET[held, ct] = (c['rra'], c['wl'])
        rows.append((held, score(parts[held], hand(parts[held])),
                     score(parts[held], decide(parts[held], t, m)), t, m))
        print(f'  fitted without {held}: t {t:.2f} m {m:.2f}', file=sys.stderr)
    return rows


CURVE = {}   # --curve: likely threshold -> [right likely, rightly abstained, wrong likely]
CURVE_SET = {}   # (held set, threshold) -> (right-or-rightly-abstained, wrong likely)


def report(rows):
    f = lambda s: f"{s['p1']:.3f} / {s['rl']:.3f} / {s['ab']:.3f} / {s['rra']:.3f} ({s['wl']})"
    print('precision@1 / likely and right / rightly abstained / right-or-rightly-abstained '
          '(wrong likely)')
    print('| set | hand-set (tuned on it) | learned (LOSO) | t | m |')
    print('|---|---|---|---|---|')
    for held, h, l, t, m in rows:
        print(f'| {held} | {f(h)} | {f(l)} | {t:.2f} | {m:.2f} |')
    for col, label in ((1, 'hand-set'), (2, 'learned')):
        ss = [r[col] for r in rows]
        mean = {k: sum(s[k] for s in ss) / len(ss) for k in ('p1', 'rl', 'ab', 'rra')}
        worst_rra = min(ss, key=lambda s: s['rra'])
        worst_p1 = min(ss, key=lambda s: s['p1'])
        print(f"{label}: mean {mean['p1']:.3f} / {mean['rl']:.3f} / {mean['ab']:.3f} / "
              f"{mean['rra']:.3f}, wrong likely {sum(s['wl'] for s in ss)} in all; worst "
              f"precision@1 {worst_p1['p1']:.3f}, worst right-or-rightly-abstained "
              f"{worst_rra['rra']:.3f}; ten sets together: right likely "
              f"{sum(s['nrl'] for s in ss)}, rightly abstained {sum(s['nab'] for s in ss)}")
    if CURVE:
        print('learned, LOSO, every threshold t (each fold its own margin), ten sets together: '
              't right likely / rightly abstained / wrong likely')
        for ct in sorted(CURVE):
            print(f'  {ct:.2f} {CURVE[ct][0]} / {CURVE[ct][1]} / {CURVE[ct][2]}; per set ' +
                  ', '.join(f'{h} {CURVE_SET[h, ct][0]:.3f} ({CURVE_SET[h, ct][1]})'
                            for h, _, _, _, _ in rows))


def table(parts):
    names = [n for n in SETS if n in parts]
    t, m = out_of_fold(parts, names)
    w, w2 = fit([r for n in names for r in parts[n]])
    print(f'/* tools/lf_fit.py on {", ".join(names)} (bench/lostfound.mjs --dump) */')
    print('static const struct { const char *feature; double weight; } LF_LEARNED[] = {')
    for n, v in zip(NAMES, w):
        print(f'\t{{ "{n}", {v:.6f} }},')
    print('};')
    if w2 is not None:
        print('static const struct { const char *feature; double weight; } LF_LEARNED_TOP[] = {')
        for n, v in zip(NAMES, w2):
            print(f'\t{{ "{n}", {v:.6f} }},')
        print('};')
    print(f'#define LF_LEARNED_LIKELY {t:.2f}\n#define LF_LEARNED_MARGIN {m:.2f}')


# --band[=R]: the close band (round 16), a rule beside the hand-set one instead of a fit. A
# report whose best candidate (the bench's order) is not likely and has LF_CLOSE_MIN (45) to 57
# points is called likely when it has at least lo points, was found at most G hours after the
# window's end (or, --band-points, earned at least that many time points), leads the runner-up
# by L, has a reason of an identifying factor with positive points (BAND_IDENT: the matcher's
# rule that a pair where nothing identifying agrees is never likely alone; --band-any drops
# it), (N) has no reason of negative points, is not held by another report of the part within
# 6 points (the claimed-elsewhere rule) and (P) by none at lo or more. The grid's point is
# chosen on eleven parts (the most right-or-rightly-abstained gained with wrong likely at most
# one per R right likely gained, 4 unless said; ties: the earlier grid point) and counted on
# the twelfth.
BAND_GAPS = (0, 0.5, 1, 2, 3, 6, 12, 24, 48, 72, 1e9)
BAND_TIME_POINTS = (10, 8, 6, 3)
BAND_IDENT = ('serial', 'brand', 'model', 'size', 'weight', 'amount', 'holder', 'count', 'marks')
BAND_ANY = False     # --band-any: without the identifying factor
# --firm (round 18): the grid may ask the identification to be firm — a factor that tells one
# object (serial, amount, holder, count: BAND_FIRM) or marks with at least BAND_FIRM_MARKS
# points (a whole mark confirmed: 25 x (1 + 0.2) / 3 = 10; the words of the marks alone earn
# 2-8) — not a brand, model, size or weight (shared by every such object) or a few mark words
BAND_FIRM = ('serial', 'amount', 'holder', 'count')
BAND_FIRM_MARKS = 10
FIRM = False


def band_rows(parts):
    """Per part: the not-likely reports whose best is in the band, as (outcome, evidence):
    outcome 0 the best is the true item, 1 no true item (a right abstention lost), 2 another
    true item (a wrong likely more)."""
    out = {}
    for name, recs in parts.items():
        held = {}
        for r in recs:
            for c in r['c']:
                held.setdefault(c['k'], []).append((hand_points(c), r['key']))
        rows = []
        for r in recs:
            if not r['c'] or r['likely']:
                continue
            c0 = r['c'][0]
            p0 = hand_points(c0)
            if not 45 <= p0 <= 57:
                continue
            if c0.get('gap') is None:
                raise SystemExit('dump without raw evidence: run the bench of round 16 or later')
            other = max((p for p, k in held[c0['k']] if k != r['key']), default=-1)
            x = dict(p0=p0, lead=p0 - hand_points(r['c'][1]) if len(r['c']) > 1 else 99,
                     gap=c0['gap'], tp=sum(p for f, p in c0['r'] if f == 'time'),
                     noneg=not any(p < 0 for _, p in c0['r']), other=other,
                     ident=BAND_ANY or any(f in BAND_IDENT and p > 0 for f, p in c0['r']),
                     firm=any((f in BAND_FIRM and p > 0) or (f == 'marks' and p >= BAND_FIRM_MARKS)
                              for f, p in c0['r']))
            rows.append((0 if c0['t'] else 2 if r['truth'] else 1, x))
        out[name] = rows
    return out


def band_hit(x, g):
    lo, (kind, v), lead, noneg, pool, firm = g
    timely = x['gap'] <= v if kind == 'gap' else x['tp'] >= v
    return (x['p0'] >= lo and timely and x['ident'] and x['lead'] >= lead and
            (not firm or x['firm']) and
            (not noneg or x['noneg']) and
            x['other'] <= x['p0'] - 6 and (not pool or x['other'] < lo))


def band_tally(rows, g):
    v = [0, 0, 0]
    for o, x in rows:
        if band_hit(x, g):
            v[o] += 1
    return v


def band(parts, ratio, points):
    times = [('tp', v) for v in BAND_TIME_POINTS] if points else [('gap', v) for v in BAND_GAPS]
    grid = [(lo, t, lead, n, p, f) for lo in (45, 48, 50) for t in times for lead in (3, 6)
            for n in (False, True) for p in (False, True) for f in ((False, True) if FIRM else
                                                                    (False,))]
    rows = band_rows(parts)

    def choose(rs):
        best = None
        for i, g in enumerate(grid):
            t, fn, fw = band_tally(rs, g)
            if ratio * (fn + fw) > t:
                continue
            key = (t - fn, -(fn + fw), -i)
            if best is None or key > best[0]:
                best = (key, g)
        return best[1] if best else None

    def show(g):
        lo, (kind, v), lead, n, p, f = g
        return (f'{lo}-57 points, ' + (f'found <= {v:g} h after' if kind == 'gap' else
                f'time points >= {v}') + f', lead >= {lead}' + (', nothing against' if n else '') +
                (f', no other report at {lo}+' if p else '') + (', firm' if f else ''))
    names = [n for n in SETS if n in rows]
    g = choose([y for n in names for y in rows[n]])
    print(f'close band, {"time points" if points else "raw hours"}, wrong likely at most one per '
          f'{ratio:g} right likely gained')
    if g is None:
        print('  no grid point passes on the twelve parts')
        return
    v = band_tally([y for n in names for y in rows[n]], g)
    print(f'  chosen on all parts: {show(g)}: right likely +{v[0]}, rightly abstained -{v[1]}, '
          f'wrong likely +{v[1] + v[2]}')
    tot = [0, 0, 0]
    for held in names:
        g = choose([y for n in names if n != held for y in rows[n]])
        v = band_tally(rows[held], g) if g else [0, 0, 0]
        tot = [a + b for a, b in zip(tot, v)]
        print(f'  {held}: {show(g) if g else "nothing passes"}: +{v[0]} right likely, '
              f'-{v[1]} rightly abstained, +{v[1] + v[2]} wrong likely')
    print(f'  LOSO: right likely +{tot[0]}, rightly abstained -{tot[1]}, wrong likely '
          f'+{tot[1] + tot[2]}; right-or-rightly-abstained {tot[0] - tot[1]:+d}')


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    global HAND_FEATURE, RIDGE, TOP_MODEL, HYBRID, HYBRID_LOW, RAW, NAMES
    for a in sys.argv[2:]:
        if a == '--raw':
            RAW = True
            NAMES = feature_names()
        elif a == '--no-hand':
            HAND_FEATURE = False
        elif a == '--curve':
            CURVE.update({t: [0, 0, 0] for t in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
                                                0.85, 0.9)})
        elif a.startswith('--hybrid='):
            HYBRID, HYBRID_LOW = True, float(a[9:])
        elif a == '--top':
            TOP_MODEL = True
        elif a.startswith('--ridge='):
            RIDGE = float(a[8:])
        elif a == '--band-any':
            global BAND_ANY
            BAND_ANY = True
        elif a == '--firm':
            global FIRM
            FIRM = True
        elif a != '--table' and a != '--band-points' and not a.startswith('--band'):
            raise SystemExit(f'unknown option {a}')
    parts = load(sys.argv[1])
    for a in sys.argv[2:]:
        if a.startswith('--band') and a not in ('--band-points', '--band-any', '--firm'):
            return band(parts, float(a[7:]) if a.startswith('--band=') else 4.0,
                        '--band-points' in sys.argv)
    if '--table' in sys.argv:
        table(parts)
    else:
        report(loso(parts))


if __name__ == '__main__':
    main()
