#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks set54.json against the brief it was written from (exit status 1 on any fault).

    python3 check_set54.py [path/to/set54.json] [--no-regen]

Without --no-regen it also runs make_set54.py twice, under two different PYTHONHASHSEED values,
and requires both outputs to be byte-identical to the file being checked.
Python 3 standard library only.
"""
import collections
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 54054
NAME = 'set54'
PFX = 'S54'
MADE_BY = 'tests/lostfound/make_set54.py'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
TEXT60 = ('color', 'brand', 'model', 'serial', 'address')
LOST_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
             'lost_from_min', 'lost_to_min', 'truth'}
FOUND_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
              'found_at_min', 'negative'}
EXPECT = dict(lost=240, found=270, true_pairs=150, lost_only=90)
EXPECT_NEG = {'same_category_colour': 24, 'found_before_loss': 22, 'same_brand_elsewhere': 22,
              'twin_one_fact': 22, 'unclaimed': 30}
MAX_MIN = 172800
CENTRE = (30.2865, 116.8123)

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if '10X98765432'[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] != s[17].upper():
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def km(lat, lon):
    dy = (lat - CENTRE[0]) * 111.32
    dx = (lon - CENTRE[1]) * 111.32 * math.cos(math.radians(CENTRE[0]))
    return math.hypot(dx, dy)


ID_RE = re.compile(r'(?<![0-9A-Za-z*])(\d{17}[\dXx])(?![0-9A-Za-z*])')
RUN_RE = re.compile(r'(?<![\d*])(\d(?:[\d]| (?=\d)){9,24})(?![\d*Xx])')


def check_numbers(where, text):
    n_id = n_imei = 0
    for m in ID_RE.finditer(text):
        n_id += 1
        if not id_ok(m.group(1)):
            fault('%s: ID number %s has a wrong check digit or date' % (where, m.group(1)))
    for m in RUN_RE.finditer(text):
        raw = m.group(1)
        dg = raw.replace(' ', '')
        if ID_RE.fullmatch(raw):
            continue
        if len(dg) == 15:
            n_imei += 1
            if not luhn_ok(dg):
                fault('%s: 15-digit number %s fails Luhn' % (where, raw))
        elif 16 <= len(dg) <= 19:
            fault('%s: unmasked card-like number %s' % (where, raw))
        elif len(dg) == 11 and dg.startswith('1') and ' ' not in raw:
            fault('%s: unmasked mobile number %s' % (where, raw))
    return n_id, n_imei


def check_common(r, side, keyset, stats):
    k = r.get('key', '?')
    extra = set(r) - keyset
    if extra:
        fault('%s: unknown fields %s' % (k, sorted(extra)))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (k, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing or longer than 600' % k)
    for f in TEXT60:
        if f in r:
            if not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60:
                fault('%s: %s must be a non-empty string of at most 60 characters' % (k, f))
            else:
                stats['field:' + side + ':' + f] += 1
    if 'marks' in r:
        if not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500:
            fault('%s: marks must be a non-empty string of at most 500 characters' % k)
        else:
            stats['field:' + side + ':marks'] += 1
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat and lon must come together' % k)
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
            fault('%s: lat/lon must be numbers' % k)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon outside China' % k)
        else:
            stats['field:' + side + ':latlon'] += 1
    for f in sorted(r):
        if isinstance(r[f], str):
            a, b2 = check_numbers('%s.%s' % (k, f), r[f])
            stats['id_numbers'] += a
            stats['imeis'] += b2


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    path = args[0] if args else os.path.join(HERE, NAME + '.json')
    regen = '--no-regen' not in argv
    with open(path, encoding='utf-8') as fh:
        raw = fh.read()
    data = json.loads(raw)
    stats = collections.Counter()
    if data.get('seed') != SEED:
        fault('seed is %r, not %d' % (data.get('seed'), SEED))
    if data.get('made_by') != MADE_BY:
        fault('made_by is %r' % data.get('made_by'))
    if set(data) != {'seed', 'made_by', 'parts'} or set(data.get('parts', {})) != {NAME}:
        fault('top level must be {seed, made_by, parts: {%s}}' % NAME)
    part = data['parts'][NAME]
    if set(part) != {'found', 'lost'}:
        fault('part must hold exactly found and lost')
    lost, found = part['lost'], part['found']

    # keys
    for side, recs, letter in (('lost', lost, 'L'), ('found', found, 'F')):
        for i, r in enumerate(recs):
            want = '%s-%s%04d' % (PFX, letter, i + 1)
            if r.get('key') != want:
                fault('%s record %d has key %r, expected %s' % (side, i, r.get('key'), want))
    fidx = {r['key']: r for r in found}

    for r in lost:
        check_common(r, 'lost', LOST_KEYS, stats)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAX_MIN >= a >= b >= 0):
            fault('%s: need %d >= lost_from_min >= lost_to_min >= 0 (got %r, %r)' % (r['key'], MAX_MIN, a, b))
        if 'truth' not in r:
            fault('%s: truth missing (use null)' % r['key'])
    for r in found:
        check_common(r, 'found', FOUND_KEYS, stats)
        t = r.get('found_at_min')
        if not (is_int(t) and 0 <= t <= MAX_MIN):
            fault('%s: found_at_min must be an integer in 0..%d' % (r['key'], MAX_MIN))

    # truths
    used = collections.Counter()
    cross = []
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        if t not in fidx:
            fault('%s: truth %s is not a found key' % (r['key'], t))
            continue
        used[t] += 1
        f = fidx[t]
        if 'negative' in f:
            fault('%s: its truth %s is labelled negative' % (r['key'], t))
        if not f['found_at_min'] <= r['lost_from_min']:
            fault('%s: truth %s was found before the loss began' % (r['key'], t))
        if f['category'] != r['category']:
            cross.append((r['key'], r['category'], t, f['category']))
    for t, n in sorted(used.items()):
        if n > 1:
            fault('found %s is the truth of %d reports' % (t, n))
    if len(cross) > 5:
        fault('%d pairs sit under different categories (at most 5)' % len(cross))
    negs = collections.Counter()
    for f in found:
        if f['key'] in used:
            continue
        if 'negative' not in f or not isinstance(f['negative'], str) or not f['negative']:
            fault('%s: nobody\'s truth but carries no negative label' % f['key'])
        else:
            negs[f['negative']] += 1
    for f in found:
        if f['key'] in used and 'negative' in f:
            fault('%s: a truth carries a negative label' % f['key'])

    # counts
    n_true = sum(1 for r in lost if r.get('truth'))
    got = dict(lost=len(lost), found=len(found), true_pairs=n_true, lost_only=len(lost) - n_true)
    for k in EXPECT:
        if got[k] != EXPECT[k]:
            fault('%s: %d, expected %d' % (k, got[k], EXPECT[k]))
    if dict(negs) != EXPECT_NEG:
        fault('negative counts %s, expected %s' % (dict(negs), EXPECT_NEG))

    # what each kind of negative must at least look like from outside
    for f in found:
        kind = f.get('negative')
        same_cat = [r for r in lost if r['category'] == f['category']]
        if kind == 'found_before_loss':
            if not any(r['lost_from_min'] < f['found_at_min'] for r in same_cat):
                fault('%s: found_before_loss but no %s loss begins after it was found' % (f['key'], f['category']))
        if kind == 'same_brand_elsewhere':
            if 'address' in f and '澜苑' in f['address']:
                fault('%s: same_brand_elsewhere but found inside 澜苑' % f['key'])
            if 'lat' in f and km(f['lat'], f['lon']) < 3:
                fault('%s: same_brand_elsewhere but within 3 km of the district' % f['key'])
        if kind == 'twin_one_fact':
            near = [g for g in found if g['key'] in used and g['category'] == f['category']
                    and abs(g['found_at_min'] - f['found_at_min']) <= 2880]
            if not near:
                fault('%s: twin_one_fact with no true found item of its category within two days' % f['key'])
        if kind in ('same_category_colour', 'twin_one_fact', 'unclaimed', 'same_brand_elsewhere'):
            pass

    # every body written separately
    bodies = collections.Counter(r['body'] for r in lost + found)
    for b, n in bodies.items():
        if n > 1:
            fault('body used %d times: %s' % (n, b[:40]))

    # determinism
    if regen:
        maker = os.path.join(HERE, 'make_set54.py')
        with tempfile.TemporaryDirectory() as td:
            for hs in ('0', '4242'):
                out = os.path.join(td, 'out%s.json' % hs)
                env = dict(os.environ, PYTHONHASHSEED=hs)
                p = subprocess.run([sys.executable, maker, out], env=env, capture_output=True, text=True)
                if p.returncode != 0:
                    fault('maker failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr[-300:]))
                    continue
                with open(out, encoding='utf-8') as fh:
                    if fh.read() != raw:
                        fault('maker output under PYTHONHASHSEED=%s differs from %s' % (hs, path))

    # report
    print('checked %s' % path)
    print('  seed %d, made_by %s, part %s' % (SEED, MADE_BY, NAME))
    print('  lost %d (with truth %d, never handed in %d), found %d' % (
        len(lost), n_true, len(lost) - n_true, len(found)))
    print('  negatives: ' + ', '.join('%s %d' % (k, negs[k]) for k in sorted(negs)))
    print('  pairs under two categories: %d %s' % (len(cross), ' '.join('%s/%s' % (c[1], c[3]) for c in cross)))
    lc = collections.Counter(r['category'] for r in lost)
    tc = collections.Counter(r['category'] for r in lost if r.get('truth'))
    fc = collections.Counter(r['category'] for r in found)
    nc = collections.Counter(r['category'] for r in found if 'negative' in r)
    print('  %-12s %5s %6s %6s %6s' % ('category', 'lost', 'truth', 'found', 'neg'))
    for c in CATS:
        print('  %-12s %5d %6d %6d %6d' % (c, lc[c], tc[c], fc[c], nc[c]))
    for side, n in (('lost', len(lost)), ('found', len(found))):
        print('  %s fields filled: ' % side + ', '.join(
            '%s %d%%' % (f, round(100.0 * stats['field:%s:%s' % (side, f)] / n))
            for f in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'latlon')))
    print('  ID numbers with valid check digits: %d; 15-digit IMEIs passing Luhn: %d' % (
        stats['id_numbers'], stats['imeis']))
    print('  body length: lost %d..%d, found %d..%d' % (
        min(len(r['body']) for r in lost), max(len(r['body']) for r in lost),
        min(len(r['body']) for r in found), max(len(r['body']) for r in found)))
    print('  regenerated under two PYTHONHASHSEED values: %s' % ('identical' if regen and not any(
        'maker' in f for f in faults) else 'skipped' if not regen else 'DIFFERENT'))
    if faults:
        print('FAULTS (%d):' % len(faults))
        for f in faults[:200]:
            print('  ' + f)
        return 1
    print('OK: no faults')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
