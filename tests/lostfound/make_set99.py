#!/usr/bin/env python3
"""Write tests/lostfound/set99.json: a blind labelled lost-and-found set (industrial
park and dormitory town, spring recruitment). Standard library only, one seeded
random.Random, byte-identical output under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set99.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from set99_world import SEED, PLACES, PLACE, BUS_LINES, person  # noqa: E402
from set99_say import daytime  # noqa: E402
from set99_objects import build, pick_kind, FOREIGN_KINDS, KIND_WEIGHTS  # noqa: E402
from set99_lost import render_lost, make_window  # noqa: E402
from set99_found import render_found  # noqa: E402
from set99_neg import (distinct, consistent, near_pid, eligible, make_negative, render_negative,  # noqa: E402
                       NEG_KINDS)

N_PAIRED = 150
N_NULL = 90
CAT_COUNTS = [('phone', 38), ('id_doc', 36), ('wallet', 28), ('keys', 20), ('ebike', 16), ('bicycle', 10),
              ('bag', 26), ('cash', 12), ('jewelry', 12), ('electronics', 22), ('other', 20)]
NEG_COUNTS = [('near_twin', 18), ('same_cat_colour', 22), ('found_before_loss', 22),
              ('same_brand_elsewhere', 22), ('namesake', 14), ('one_detail', 22)]

# where each category tends to go missing (place kinds)
CAT_PLACES = {
    'phone': ['canteen', 'netcafe', 'fair', 'busstation', 'dorm', 'factory', 'street', 'logistics', 'gate'],
    'id_doc': ['fair', 'agency', 'busstation', 'clinic', 'gate', 'netcafe', 'street', 'dorm'],
    'wallet': ['market', 'canteen', 'busstation', 'street', 'netcafe', 'fair', 'logistics'],
    'keys': ['dorm', 'factory', 'canteen', 'street', 'market', 'gate'],
    'ebike': ['gate', 'dorm', 'market', 'street', 'logistics', 'agency'],
    'bicycle': ['gate', 'dorm', 'street', 'market'],
    'bag': ['busstation', 'fair', 'agency', 'netcafe', 'street', 'clinic'],
    'cash': ['market', 'street', 'canteen', 'busstation', 'agency'],
    'jewelry': ['dorm', 'factory', 'clinic', 'market', 'street'],
    'electronics': ['rnd', 'netcafe', 'fair', 'logistics', 'factory', 'canteen'],
    'other': ['factory', 'canteen', 'clinic', 'gate', 'dorm', 'logistics', 'rnd'],
}
BUS_OK = {'phone', 'id_doc', 'wallet', 'keys', 'bag', 'electronics', 'other', 'cash', 'jewelry'}
VOICES = {
    'factory': [('worker', 6), ('plain', 2), ('dictated', 1), ('agency', 1)],
    'gate': [('worker', 5), ('plain', 2), ('dictated', 1), ('courier', 1)],
    'canteen': [('worker', 6), ('plain', 2), ('engineer', 1)],
    'dorm': [('worker', 6), ('plain', 2), ('dictated', 1)],
    'busterm': [('worker', 6), ('plain', 1), ('agency', 1)],
    'rnd': [('engineer', 6), ('foreign', 3), ('plain', 1)],
    'fair': [('jobseeker', 7), ('agency', 2), ('plain', 1)],
    'market': [('worker', 3), ('jobseeker', 1), ('plain', 3), ('dictated', 2)],
    'street': [('worker', 3), ('jobseeker', 2), ('plain', 3), ('dictated', 1), ('foreign', 1)],
    'netcafe': [('worker', 4), ('jobseeker', 3), ('plain', 1)],
    'clinic': [('worker', 3), ('jobseeker', 2), ('dictated', 2), ('plain', 1)],
    'agency': [('jobseeker', 4), ('agency', 3), ('worker', 2)],
    'busstation': [('jobseeker', 4), ('worker', 3), ('dictated', 2), ('plain', 1)],
    'logistics': [('courier', 7), ('plain', 1)],
}


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def truth_found_at(rng, loss):
    frm, to = loss['from'], loss['to']
    d = rng.randint(5, (frm - to) + rng.choice([60, 600, 2880, 4320]))
    return daytime(max(0, frm - d))


def main():
    rng = random.Random(SEED)
    cats = [c for c, n in CAT_COUNTS for _ in range(n)]
    rng.shuffle(cats)
    paired = [True] * N_PAIRED + [False] * N_NULL
    rng.shuffle(paired)
    near_places = [p for p in PLACES if p[1] not in ('G', 'H')]
    alt_done = {}
    losts, founds = [], []
    for i, cat in enumerate(cats):
        kinds_ok = CAT_PLACES[cat]
        cands = [p[0] for p in near_places if p[4] in kinds_ok]
        loss = {}
        if cat in BUS_OK and rng.random() < 0.13:
            loss['bus'] = rng.choice(BUS_LINES)
            loss['pid'] = 'A_busterm'
        else:
            loss['pid'] = rng.choice(cands)
            if rng.random() < 0.15:
                cl = PLACE[loss['pid']][1]
                others = [p[0] for p in near_places if p[1] == cl and p[0] != loss['pid']]
                if others:
                    loss['pid2'] = rng.choice(others)
        loss['from'], loss['to'] = make_window(rng)
        voice = weighted(rng, VOICES[PLACE[loss['pid']][4]])
        foreign = voice == 'foreign'
        if foreign and not any(k in FOREIGN_KINDS for k, _ in KIND_WEIGHTS[cat]):
            voice, foreign = 'engineer', False
        owner = person(rng, voice)
        kind = pick_kind(rng, cat, foreign)
        if kind == '护照' and not foreign:
            kind = '身份证'
        obj = build(rng, kind, owner)
        L = {'idx': i, 'obj': obj, 'loss': loss, 'voice': voice, 'level': 0, 'truth': None}
        L['rec'], L['said'] = render_lost(rng, obj, loss, voice)
        losts.append(L)
        if paired[i]:
            alt = {'工牌': 'other', '蓝牙耳机': 'other', '电脑包': 'electronics', '钱包': 'id_doc'}.get(kind)
            if alt and not alt_done.get(kind) and (kind != '钱包' or obj['slots'].get('style', {}).get('v') == 'card'):
                obj['alt_cat'] = alt
                alt_done[kind] = True
            if loss.get('bus'):
                fpid = 'A_busterm'
            elif loss.get('pid2') and rng.random() < 0.5:
                fpid = loss['pid2']
            else:
                fpid = near_pid(rng, loss['pid'], 0.55)
            fa = truth_found_at(rng, loss)
            rec, meta = render_found(rng, obj, fpid, fa)
            F = {'rec': rec, 'obj': obj, 'said': meta['said'], 'pid': fpid, 'found_at': fa, 'truth_of': i,
                 'neg': None, 'level': 0}
            founds.append(F)
            L['truth'] = len(founds) - 1
    # ---- keep every label decidable on paper: say more where two records could be confused
    for rnd in range(40):
        bad = []
        for L in losts:
            for j, F in enumerate(founds):
                if F['truth_of'] != L['idx'] and distinct(L, F) is None:
                    bad.append((L, j))
        if not bad:
            break
        bumped = set()
        for L, j in bad:
            F = founds[j]
            if L['level'] < 2 and ('L', L['idx']) not in bumped:
                L['level'] += 1
                L['rec'], L['said'] = render_lost(rng, L['obj'], L['loss'], L['voice'], L['level'])
                bumped.add(('L', L['idx']))
            elif F['level'] < 2 and ('F', j) not in bumped:
                F['level'] += 1
                rec, meta = render_found(rng, F['obj'], F['pid'], F['found_at'], level=F['level'])
                F['rec'], F['said'] = rec, meta['said']
                bumped.add(('F', j))
            elif ('L', L['idx']) not in bumped and ('F', j) not in bumped:
                # still confusable on paper: this owner lost a different object of the same category
                cat = L['obj']['cat']
                kind = pick_kind(rng, cat, L['voice'] == 'foreign')
                if kind == '护照' and L['voice'] != 'foreign':
                    kind = '身份证'
                L['obj'] = build(rng, kind, L['obj']['owner'])
                L['level'] = 0
                L['rec'], L['said'] = render_lost(rng, L['obj'], L['loss'], L['voice'])
                bumped.add(('L', L['idx']))
                if L['truth'] is not None:
                    T = founds[L['truth']]
                    T['obj'] = L['obj']
                    T['level'] = 0
                    rec, meta = render_found(rng, T['obj'], T['pid'], T['found_at'])
                    T['rec'], T['said'] = rec, meta['said']
                    bumped.add(('F', L['truth']))
    for L in losts:
        if L['truth'] is not None:
            F = founds[L['truth']]
            tries = 0
            while not consistent(L, F) and tries < 20:
                rec, meta = render_found(rng, F['obj'], F['pid'], F['found_at'], level=F['level'])
                F['rec'], F['said'] = rec, meta['said']
                tries += 1
    # ---- hard negatives
    per_target = {}
    for kind, count in NEG_COUNTS:
        made = 0
        attempts = 0
        while made < count and attempts < count * 60:
            attempts += 1
            pool_null = [L for L in losts if L['truth'] is None and eligible(kind, L) and per_target.get(L['idx'], 0) < 2]
            pool_pair = [L for L in losts if L['truth'] is not None and eligible(kind, L)
                         and per_target.get(L['idx'], 0) < 2]
            pool = pool_null if (rng.random() < 0.6 and pool_null) or not pool_pair else pool_pair
            if not pool:
                break
            L = rng.choice(pool)
            cand = make_negative(rng, kind, L)
            if cand is None:
                continue
            cand[0]['alt_cat'] = None
            N = render_negative(rng, kind, L, cand)
            if N is None:
                continue
            if N['found_at'] > 172800 or N['found_at'] < 0:
                continue
            if any(distinct(L2, N) is None for L2 in losts):
                continue
            founds.append(N)
            per_target[L['idx']] = per_target.get(L['idx'], 0) + 1
            made += 1
    if os.environ.get('SET99_DEBUG'):
        for L in losts:
            for F in founds:
                if F['truth_of'] != L['idx'] and distinct(L, F) is None:
                    print('CONF', L['level'], F.get('level'), L['rec']['body'][:90], '||', F['rec']['body'][:90], L['said'], F['said'])
    left = sum(1 for L in losts for F in founds if F['truth_of'] != L['idx'] and distinct(L, F) is None)
    bad_true = sum(1 for L in losts if L['truth'] is not None and not consistent(L, founds[L['truth']]))
    # ---- shuffle, key, write
    order_l = list(range(len(losts)))
    order_f = list(range(len(founds)))
    rng.shuffle(order_l)
    rng.shuffle(order_f)
    fkey = {}
    found_out = []
    for n, j in enumerate(order_f):
        F = founds[j]
        fkey[j] = 'S99-F%04d' % (n + 1)
        r = {'key': fkey[j]}
        r.update(F['rec'])
        found_out.append(r)
    lost_out = []
    for n, i in enumerate(order_l):
        L = losts[i]
        r = {'key': 'S99-L%04d' % (n + 1)}
        r.update(L['rec'])
        r['truth'] = fkey[L['truth']] if L['truth'] is not None else None
        lost_out.append(r)
    out = {'seed': SEED, 'made_by': 'tests/lostfound/make_set99.py',
           'parts': {'set99': {'found': found_out, 'lost': lost_out}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set99.json')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(json.dumps(out, ensure_ascii=False, indent=1) + '\n')
    negs = {}
    for F in founds:
        if F['neg']:
            negs[F['neg']] = negs.get(F['neg'], 0) + 1
    print('wrote %s: %d lost (%d paired, %d never found), %d found' % (
        path, len(lost_out), sum(1 for L in losts if L['truth'] is not None),
        sum(1 for L in losts if L['truth'] is None), len(found_out)))
    print('confusable (lost, not-its-found) pairs left: %d; true pairs with a contradiction: %d' % (left, bad_true))
    on_null = sum(1 for F in founds if F['neg'] and losts[F['target']]['truth'] is None)
    print('negatives aimed at never-found reports: %d of %d' % (on_null, sum(1 for F in founds if F['neg'])))
    print('negatives:', ', '.join('%s %d' % (k, negs.get(k, 0)) for k in NEG_KINDS))


if __name__ == '__main__':
    main()
