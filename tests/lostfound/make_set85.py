#!/usr/bin/env python3
"""Writes tests/lostfound/set85.json: Set 85, a blind labelled lost-and-found set (see SET85.md),
written without looking at the matcher.  Helper modules (same folder): set85_world, set85_codes,
set85_kinds, set85_kinds2, set85_objects, set85_lost, set85_found, set85_neg.
Standard library only; one random.Random(SEED); identical output on every run."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set85_kinds2 import ALL_KINDS as KINDS, PLAN  # noqa: E402
from set85_objects import (make_object, signature, found_place, draw_found_delay, conflicts,  # noqa: E402
                           agreements, family)
from set85_lost import render_lost  # noqa: E402
from set85_found import render_found  # noqa: E402
from set85_neg import LABELS, eligible, build  # noqa: E402

SEED = 8585
PART = 'set85'
PFX = 'S85'
N_PAIRS = 150
OUT = os.path.join(HERE, 'set85.json')
LOST_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
              'lost_from_min', 'lost_to_min', 'truth']
FOUND_ORDER = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'found_at_min', 'negative']
CROSS = {'mealcard': ('f', 'other'), 'embwallet': ('o', 'bag'), 'wallet': ('f', 'id_doc'), 'earbuds': ('f', 'other')}


def clashes(fm, own, lost, by_kind):
    """Lost reports other than `own` that this found item could honestly be taken for."""
    out = []
    for j in by_kind.get(family(fm['kind']), []):
        if j != own and not conflicts(fm, lost[j][1]) and agreements(fm, lost[j][1]) >= 4:
            out.append(j)
    return out


def generate():
    """Everything drawn from the one rng: objects, lost reports, true found items, negatives."""
    rng = random.Random(SEED)
    objs, seen = [], set()
    for kk, n in PLAN:
        for _ in range(n):
            for _attempt in range(30):
                o = make_object(rng, kk)
                if signature(o) not in seen:
                    break
            seen.add(signature(o))
            objs.append(o)
    rng.shuffle(objs)
    weight = {'cash': 0.6, 'jewelry': 0.8}
    scores = [rng.random() ** (1.0 / weight.get(o['cat'], 1.0)) for o in objs]
    paired = sorted(sorted(range(len(objs)), key=lambda i: (-scores[i], i))[:N_PAIRS])
    cross_done = []
    for i in paired:
        o = objs[i]
        if o['kind'] in CROSS and o['kind'] not in cross_done and (o['kind'] != 'wallet' or o['has_id']):
            side, cat = CROSS[o['kind']]
            o['cat_o' if side == 'o' else 'cat_f'] = cat
            cross_done.append(o['kind'])
    lost = [render_lost(rng, o) for o in objs]
    paired_set = set(paired)
    by_kind = {}
    for j, o in enumerate(objs):
        by_kind.setdefault(family(o['kind']), []).append(j)

    found, ambiguous = [], []
    for i in paired:
        o = objs[i]
        for _attempt in range(25):
            t = max(0, o['t_loss'] - draw_found_delay(rng))
            rec, fm = render_found(rng, o, found_place(rng, o), t)
            bad = conflicts(fm, lost[i][1])
            assert not bad, (o['kind'], bad)
            cl = clashes(fm, i, lost, by_kind)
            if not cl:
                break
        else:
            ambiguous.append((i, cl))
        found.append((rec, fm, i, None))

    uses, short = {}, []
    for label, n in LABELS:
        pool = [i for i in range(len(objs)) if eligible(label, objs[i], lost[i][1])]
        rng.shuffle(pool)
        # alternate targets whose object is never handed in with targets that have a true item
        never = [i for i in pool if i not in paired_set]
        have = [i for i in pool if i in paired_set]
        pool = [x for pair in zip(never, have) for x in pair] + never[len(have):] + have[len(never):]
        made = 0
        for i in pool:
            if made == n:
                break
            if uses.get(i, 0) >= 2:
                continue
            for _attempt in range(12):
                rec, nm = build(rng, label, objs[i], lost[i][1])
                why = {c.split(':')[0] for c in conflicts(nm, lost[i][1])}
                if why and not (label == 'namesake' and not why & {'serial', 'slot', 'bank'}) \
                        and not clashes(nm, None, lost, by_kind):
                    nm['target'] = i
                    found.append((rec, nm, None, label))
                    uses[i] = uses.get(i, 0) + 1
                    made += 1
                    break
        if made < n:
            short.append((label, made, n))
    return rng, objs, lost, found, cross_done, short, ambiguous


def main():
    rng, objs, lost, found, cross_done, short, ambiguous = generate()
    lorder = list(range(len(objs)))
    rng.shuffle(lorder)
    forder = list(range(len(found)))
    rng.shuffle(forder)
    lkey = {i: f'{PFX}-L{p + 1:04d}' for p, i in enumerate(lorder)}
    fkey = {i: f'{PFX}-F{p + 1:04d}' for p, i in enumerate(forder)}
    truth = {f[2]: fkey[n] for n, f in enumerate(found) if f[2] is not None}

    lost_out = []
    for i in lorder:
        rec = dict(lost[i][0], key=lkey[i], truth=truth.get(i))
        lost_out.append({k: rec[k] for k in LOST_ORDER if k in rec})
    found_out = []
    for n in forder:
        rec = dict(found[n][0], key=fkey[n])
        if found[n][3]:
            rec['negative'] = found[n][3]
        found_out.append({k: rec[k] for k in FOUND_ORDER if k in rec})
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set85.py',
           'parts': {PART: {'found': found_out, 'lost': lost_out}}}
    with open(OUT, 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')

    print(f'wrote {OUT}')
    print(f'lost reports {len(lost_out)}: pairs {len(truth)}, never found {len(lost_out) - len(truth)}')
    print(f'found items {len(found_out)}: true {len(truth)}, negatives {len(found_out) - len(truth)}')
    labels = {}
    for f in found:
        if f[3]:
            labels[f[3]] = labels.get(f[3], 0) + 1
    for label, _ in LABELS:
        print(f'  negative {label}: {labels.get(label, 0)}')
    print(f'cross-category pairs: {len(cross_done)} {cross_done}')
    if short:
        print('SHORT:', short)
    if ambiguous:
        print(f'pairs whose found item another report could also claim: {len(ambiguous)}',
              [(lkey[i], [lkey[j] for j in cl]) for i, cl in ambiguous])


if __name__ == '__main__':
    main()
