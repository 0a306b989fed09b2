#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set38.json against the set brief; exit non-zero on any fault.

    python3 tests/lostfound/check_set38.py
"""
import collections
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True      # leave no __pycache__ behind in the tests folder
import make_set38 as M  # noqa: E402

PATH = os.path.join(HERE, 'set38.json')
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics',
        'other']
NEG_KINDS = dict(M.N_NEG)
LOST_FIELDS = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth']
FOUND_FIELDS = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative']
SHORT = ['color', 'brand', 'model', 'serial', 'address']
MAXMIN = 172800

faults = []
checked = collections.Counter()


def fault(msg):
    faults.append(msg)


def ok(what, n=1):
    checked[what] += n


def id_valid(s):
    return s[17] == M.id_check(s[:17]) and s[6:8] in ('19', '20')


def luhn_ok(s):
    return M.luhn_digit(s[:-1]) == s[-1]


def check_numbers(key, field, text):
    """Every long run of digits must be a valid ID number or IMEI; no full bank card numbers."""
    for m in re.finditer(r'\d[\d \-]*[\dXx]', text):
        raw = m.group(0)
        digits = re.sub(r'[ \-]', '', raw)
        if len(digits) < 15:
            continue
        if len(digits) == 18 and re.fullmatch(r'\d{17}[\dXx]', digits):
            if id_valid(digits.upper()):
                ok('ID numbers with a valid GB 11643 check digit')
            else:
                fault('%s.%s: 18-character number %r fails the GB 11643 check digit' % (key, field, raw))
        elif len(digits) == 15 and digits.isdigit():
            if luhn_ok(digits):
                ok('IMEIs with a valid Luhn digit')
            else:
                fault('%s.%s: 15-digit number %r fails Luhn' % (key, field, raw))
        else:
            fault('%s.%s: long number %r is neither an ID number nor an IMEI (bank card?)' % (key, field, raw))


def check_record(rec, side):
    key = rec.get('key', '?')
    allowed = LOST_FIELDS if side == 'lost' else FOUND_FIELDS
    for k in rec:
        if k not in allowed:
            fault('%s: unknown field %r' % (key, k))
    if rec.get('category') not in CATS:
        fault('%s: bad category %r' % (key, rec.get('category')))
    body = rec.get('body')
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault('%s: body missing, empty or over 600 characters' % key)
    for f in SHORT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault('%s: field %s empty, not a string or over 60 characters' % (key, f))
    if 'marks' in rec and (not isinstance(rec['marks'], str) or not rec['marks'].strip() or len(rec['marks']) > 500):
        fault('%s: marks empty or over 500 characters' % key)
    if ('lat' in rec) != ('lon' in rec):
        fault('%s: lat and lon must come together' % key)
    if 'lat' in rec:
        lat, lon = rec['lat'], rec['lon']
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
            fault('%s: lat/lon not numbers' % key)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon %s,%s outside China' % (key, lat, lon))
        else:
            ok('coordinate pairs inside China')
    for f in ('body', 'serial', 'marks', 'address', 'model', 'brand', 'color'):
        if isinstance(rec.get(f), str):
            check_numbers(key, f, rec[f])
    ok('%s records with valid fields' % side)


def haversine(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371000 * 2 * math.asin(math.sqrt(h))


def main():
    with open(PATH, encoding='utf-8') as fh:
        text = fh.read()
    data = json.loads(text)
    if data.get('seed') != M.SEED or data.get('made_by') != 'tests/lostfound/make_set38.py':
        fault('seed or made_by wrong')
    if sorted(data.get('parts', {})) != ['set38'] or sorted(data['parts']['set38']) != ['found', 'lost']:
        fault('parts must be exactly {"set38": {"found", "lost"}}')
    part = data['parts']['set38']
    lost, found = part['lost'], part['found']
    if len(lost) != M.N_TRUE + M.N_NEVER:
        fault('expected %d lost reports, got %d' % (M.N_TRUE + M.N_NEVER, len(lost)))
    if len(found) != M.N_TRUE + sum(NEG_KINDS.values()):
        fault('expected %d found items, got %d' % (M.N_TRUE + sum(NEG_KINDS.values()), len(found)))

    # keys
    for side, recs, letter in (('lost', lost, 'L'), ('found', found, 'F')):
        keys = [r.get('key') for r in recs]
        want = ['%s-%s%04d' % (M.PFX, letter, i) for i in range(1, len(recs) + 1)]
        if sorted(keys) != want:
            fault('%s keys are not exactly %s…%s' % (side, want[0], want[-1]))
        ok('%s keys in the form %s-%s0001…' % (side, M.PFX, letter), len(keys))

    for r in lost:
        check_record(r, 'lost')
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (isinstance(a, int) and isinstance(b, int) and MAXMIN >= a >= b >= 0):
            fault('%s: need 172800 >= lost_from_min >= lost_to_min >= 0 (integers), got %r, %r' % (r['key'], a, b))
        if 'truth' not in r:
            fault('%s: truth missing (use null)' % r['key'])
    for r in found:
        check_record(r, 'found')
        t = r.get('found_at_min')
        if not (isinstance(t, int) and 0 <= t <= MAXMIN):
            fault('%s: found_at_min %r outside 0…172800' % (r['key'], t))

    F = {r['key']: r for r in found}
    L = {r['key']: r for r in lost}
    truths = [r['truth'] for r in lost if r.get('truth') is not None]
    if len(truths) != M.N_TRUE:
        fault('expected %d lost reports with a truth, got %d' % (M.N_TRUE, len(truths)))
    if len(set(truths)) != len(truths):
        fault('some found item is the truth of more than one report')
    cross = []
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %s is not a found key' % (r['key'], t))
            continue
        f = F[t]
        if 'negative' in f:
            fault('%s: truth %s carries a negative label' % (r['key'], t))
        if not f['found_at_min'] <= r['lost_from_min']:
            fault('%s: its item %s was found before the loss window began' % (r['key'], t))
        else:
            ok('true pairs found at or after the start of the loss window')
        if f['category'] != r['category']:
            cross.append((r['key'], t, r['category'], f['category']))
    if len(cross) > 5:
        fault('%d pairs under different categories (at most 5)' % len(cross))
    truth_set = set(truths)
    neg_count = collections.Counter()
    for f in found:
        if f['key'] in truth_set:
            continue
        neg = f.get('negative')
        if neg not in NEG_KINDS:
            fault('%s: not a truth and no known negative label (%r)' % (f['key'], neg))
        neg_count[neg] += 1
    for k, n in NEG_KINDS.items():
        if neg_count[k] != n:
            fault('negative %s: expected %d, got %d' % (k, n, neg_count[k]))

    # the hidden side of the negatives (from the generator's own record)
    data2, meta = M.build()
    for n in meta['negatives']:
        f = F.get(n['key'])
        if f is None or f.get('negative') != n['kind']:
            fault('negative %s not as recorded' % n['key'])
            continue
        if n['kind'] == 'other_handed_in':
            ok('ordinary desk items')
            continue
        tgt = L[n['target']]
        if n['cat'] != n['target_cat'] or f['category'] != tgt['category']:
            fault('%s: hard negative of another category than its report %s' % (n['key'], n['target']))
        if n['kind'] == 'same_category_colour':
            if n['color'] != n['target_color']:
                fault('%s: same-category-colour negative of another colour' % n['key'])
            if tgt.get('truth') == n['key']:
                fault('%s: negative is the truth of its own report' % n['key'])
            ok('same category and colour negatives (different object)')
        elif n['kind'] == 'found_before_loss':
            if not f['found_at_min'] > tgt['lost_from_min']:
                fault('%s: found-before-loss negative is not found before %s began' % (n['key'], n['target']))
            ok('found-before-loss negatives found before their report\'s window')
        elif n['kind'] == 'same_brand_elsewhere':
            if not n['brand'] or n['brand'] != n['target_brand']:
                fault('%s: same-brand negative without the same brand' % n['key'])
            if 'lat' in f:
                centre = (M.LAT0, M.LON0)
                if haversine(centre, (f['lat'], f['lon'])) < 5000:
                    fault('%s: same-brand-elsewhere negative is not elsewhere' % n['key'])
            if abs(f['found_at_min'] - tgt['lost_from_min']) < 2 * 1440:
                fault('%s: same-brand-elsewhere negative is not at a different time' % n['key'])
            ok('same brand, other township and time negatives')
    targets = collections.Counter(n['target_never'] for n in meta['negatives'] if n['target'])
    ok('hard negatives aimed at never-found reports', targets[True])
    ok('hard negatives aimed at reports with a true item', targets[False])

    # determinism: same bytes from a fresh build, and under other hash seeds
    if M.dump(data2) != text:
        fault('set38.json differs from a fresh build (run make_set38.py)')
    else:
        ok('fresh build identical to set38.json')
    for hs in ('0', '1', '4242'):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, '-B', '-c', 'import sys; sys.path.insert(0, %r); import make_set38 as m; '
                              'sys.stdout.buffer.write(m.dump(m.build()[0]).encode("utf-8"))' % HERE],
                             env=env, capture_output=True, check=False)
        if out.returncode != 0 or out.stdout.decode('utf-8') != text:
            fault('build under PYTHONHASHSEED=%s differs' % hs)
        else:
            ok('identical builds under other PYTHONHASHSEED values')

    # report
    by_cat = collections.Counter()
    for r in lost:
        by_cat[(r['category'], 'pair' if r['truth'] else 'never')] += 1
    for f in found:
        by_cat[(f['category'], f.get('negative') or 'true')] += 1
    print('set38: %d lost reports (%d with a true item, %d never handed in), %d found items'
          % (len(lost), len(truths), len(lost) - len(truths), len(found)))
    print('negatives: ' + ', '.join('%s %d' % (k, neg_count[k]) for k in NEG_KINDS))
    print('pairs filed under different categories: %d %s' % (len(cross), ['%s/%s %s->%s' % c for c in cross]))
    cols = ['pair', 'never', 'true'] + list(NEG_KINDS)
    print('%-12s' % 'category' + ''.join('%22s' % c for c in cols))
    for c in CATS:
        print('%-12s' % c + ''.join('%22d' % by_cat[(c, k)] for k in cols))
    print('checked:')
    for k in sorted(checked):
        print('  %5d  %s' % (checked[k], k))
    if faults:
        print('FAULTS (%d):' % len(faults))
        for f in faults[:200]:
            print('  ' + f)
        sys.exit(1)
    print('OK: no faults')


if __name__ == '__main__':
    main()
