#!/usr/bin/env python3
"""Validate tests/lostfound/set10.json (the blind judge set).  Exit 1 on any fault.

Checks: the exact schema; keys unique and well formed; categories from the
catalogue; times inside the last 90 days and lost_from >= lost_to >= 0; every
truth key exists and is a found item without a negative label; no found item is
the truth of two reports; every found item that is not a labelled negative is
the truth of exactly one report; for a true pair the categories agree and the
item was found after the loss began; coordinates inside the town; full
18-digit ID numbers carry a valid GB 11643 check digit; the counts.
"""
import json
import os
import re
import sys
from collections import Counter

CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG_LABELS = {'unclaimed', 'twin', 'decoy', 'before', 'far'}
TEXT = ('color', 'brand', 'model', 'serial', 'marks', 'address')
MAX_MIN = 90 * 1440
BOX = (45.69, 45.81, 126.57, 126.73)
WANT_TRUE, WANT_NEVER = 150, 60
NEG_RANGE = (130, 170)

faults = []


def fault(msg):
    faults.append(msg)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(c) * k for c, k in zip(body17, w)) % 11]


ID_RE = re.compile(r'(?<![0-9A-Za-z])([1-8][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X])(?![0-9A-Za-z])')


def norm(s):
    s = ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return re.sub(r'(?<=[0-9]) (?=[0-9X])', '', s).upper()


def check_item(it, side):
    key = it.get('key')
    allowed = {'key', 'category', 'body', 'lat', 'lon'} | set(TEXT)
    allowed |= {'found_at_min', 'negative'} if side == 'found' else {'lost_from_min', 'lost_to_min', 'truth'}
    for k in it:
        if k not in allowed:
            fault('%s: unknown field %s' % (key, k))
    pat = r'^U-F[0-9]{4}$' if side == 'found' else r'^U-L[0-9]{4}$'
    if not isinstance(key, str) or not re.match(pat, key):
        fault('bad key %r' % (key,))
    if it.get('category') not in CATS:
        fault('%s: bad category %r' % (key, it.get('category')))
    if not isinstance(it.get('body'), str) or not it['body'].strip():
        fault('%s: body missing' % key)
    for k in TEXT:
        if k in it and (not isinstance(it[k], str) or not it[k].strip()):
            fault('%s: %s must be non-empty text' % (key, k))
    if ('lat' in it) != ('lon' in it):
        fault('%s: lat without lon or the reverse' % key)
    if 'lat' in it:
        la, lo = it['lat'], it['lon']
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault('%s: lat/lon not numbers' % key)
        elif not (BOX[0] <= la <= BOX[1] and BOX[2] <= lo <= BOX[3]):
            fault('%s: coordinates outside the town' % key)
    tkeys = ['found_at_min'] if side == 'found' else ['lost_from_min', 'lost_to_min']
    for k in tkeys:
        v = it.get(k)
        if not isinstance(v, int) or isinstance(v, bool) or not (0 <= v <= MAX_MIN):
            fault('%s: %s must be an integer in 0..%d' % (key, k, MAX_MIN))
    if side == 'lost' and all(isinstance(it.get(k), int) for k in tkeys):
        if it['lost_from_min'] < it['lost_to_min']:
            fault('%s: lost_from_min < lost_to_min' % key)
    if side == 'found' and 'negative' in it and it['negative'] not in NEG_LABELS:
        fault('%s: unknown negative label %r' % (key, it['negative']))
    for k in ('body',) + TEXT:
        if isinstance(it.get(k), str):
            for m in ID_RE.findall(norm(it[k])):
                if id_check(m[:17]) != m[17]:
                    fault('%s: ID number %s has a wrong check digit' % (key, m))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set10.json')
    with open(path, encoding='utf-8') as fh:
        data = json.load(fh)
    if set(data) != {'seed', 'made_by', 'parts'} or not isinstance(data['seed'], int):
        fault('top level must be exactly seed, made_by, parts')
    if data.get('made_by') != 'tests/lostfound/make_set10.py':
        fault('made_by is wrong')
    parts = data.get('parts', {})
    if set(parts) != {'set10'} or set(parts['set10']) != {'found', 'lost'}:
        fault('parts must be {"set10": {"found", "lost"}}')
        return report(None, None)
    found, lost = parts['set10']['found'], parts['set10']['lost']
    for it in found:
        check_item(it, 'found')
    for it in lost:
        check_item(it, 'lost')
    fk = Counter(it.get('key') for it in found)
    lk = Counter(it.get('key') for it in lost)
    for k, n in list(fk.items()) + list(lk.items()):
        if n > 1:
            fault('duplicate key %s' % k)
    F = {it['key']: it for it in found if 'key' in it}
    used = Counter()
    for it in lost:
        t = it.get('truth', 'absent')
        if t == 'absent':
            fault('%s: truth missing (must be a key or null)' % it.get('key'))
            continue
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %s is not a found item' % (it['key'], t))
            continue
        used[t] += 1
        f = F[t]
        if 'negative' in f:
            fault('%s: truth %s is labelled as a negative' % (it['key'], t))
        if f.get('category') != it.get('category'):
            fault('%s: category differs from its truth %s' % (it['key'], t))
        if isinstance(f.get('found_at_min'), int) and isinstance(it.get('lost_from_min'), int):
            if f['found_at_min'] > it['lost_from_min']:
                fault('%s: truth %s was found before the loss began' % (it['key'], t))
    for t, n in used.items():
        if n > 1:
            fault('found item %s is the truth of %d reports' % (t, n))
    for k, f in F.items():
        if 'negative' not in f and used[k] != 1:
            fault('found item %s has no negative label but is the truth of no report' % k)
    return report(found, lost)


def report(found, lost):
    if found is not None:
        true = [it for it in lost if it.get('truth')]
        never = [it for it in lost if it.get('truth') is None]
        negs = [it for it in found if 'negative' in it]
        if len(true) != WANT_TRUE:
            fault('%d true pairs, want %d' % (len(true), WANT_TRUE))
        if len(never) != WANT_NEVER:
            fault('%d never-found reports, want %d' % (len(never), WANT_NEVER))
        if not NEG_RANGE[0] <= len(negs) <= NEG_RANGE[1]:
            fault('%d hard-negative found items, want %d..%d' % (len(negs), *NEG_RANGE))
        for c in CATS:
            if not any(it['category'] == c for it in true):
                fault('no true pair of category %s' % c)
            if not any(it['category'] == c and it['negative'] == 'unclaimed' for it in negs):
                fault('no unclaimed item of category %s' % c)
        tc = Counter(it['category'] for it in true)
        nc = Counter(it['category'] for it in never)
        gc = Counter(it['category'] for it in negs)
        print('%-12s %6s %6s %6s' % ('category', 'true', 'never', 'neg'))
        for c in CATS:
            print('%-12s %6d %6d %6d' % (c, tc[c], nc[c], gc[c]))
        print('%-12s %6d %6d %6d' % ('total', len(true), len(never), len(negs)))
        print('negative labels:', dict(sorted(Counter(it['negative'] for it in negs).items())))
        print('with coordinates: found %d/%d, lost %d/%d' % (sum('lat' in it for it in found), len(found),
                                                              sum('lat' in it for it in lost), len(lost)))
    if faults:
        for f in faults[:50]:
            print('FAULT:', f)
        print('%d fault(s)' % len(faults))
        return 1
    print('set10.json OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
