#!/usr/bin/env python3
"""Validate tests/lostfound/set116.json against the brief; exit 1 on any fault.

Checks: layout and keys, categories, field types and lengths, coordinates, loss windows and found
times, truth links (each found item the truth of at most one report, true items found at or after
the start of the loss window, every other found item labelled as a negative), counts, check digits
of ID numbers (GB 11643) and IMEIs (Luhn), no full bank card numbers, and that make_set116.py
reproduces the file byte for byte under another PYTHONHASHSEED.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set116.json')
PFX = 'S116'
SEED = 116016
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG_LABELS = ['near_twin', 'same_cat_color', 'found_before_loss', 'similar_place', 'same_brand_far',
              'serial_near_miss', 'same_number_elsewhere']
WANT = dict(lost=240, handed=150, never=90, found=270, negatives=120)
SHORT = ('color', 'brand', 'model', 'serial', 'address')
LOST_KEYS = set(('key', 'category', 'body', 'marks', 'lat', 'lon', 'lost_from_min', 'lost_to_min', 'truth') + SHORT)
FOUND_KEYS = set(('key', 'category', 'body', 'marks', 'lat', 'lon', 'found_at_min', 'negative') + SHORT)
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(v):
    return '10X98765432'[sum(int(c) * w for c, w in zip(v[:17], ID_W)) % 11] == v[17]


def luhn_ok(v):
    total = 0
    for i, c in enumerate(reversed(v)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def numbers_in(rec):
    """check every long number written anywhere in a record"""
    text = ' '.join(str(rec.get(k, '')) for k in ('body', 'serial', 'marks'))
    n = 0
    for m in re.finditer(r'(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])', text):
        n += 1
        v = m.group(1)
        if v[6:8] not in ('19', '20') or not id_ok(v):
            fault('%s: ID number %s fails GB 11643' % (rec['key'], v))
    # IMEIs: 15 digits, possibly written in groups with spaces
    for m in re.finditer(r'(?<![\dA-Za-z*])(\d[\d ]{13,20}\d)(?![\dA-Za-z*])', text):
        v = m.group(1).replace(' ', '')
        if len(v) == 15 and v.startswith('86'):
            n += 1
            if not luhn_ok(v):
                fault('%s: IMEI %s fails Luhn' % (rec['key'], v))
        elif len(v) >= 16 and not (len(v) == 18 and id_ok(v)):
            fault('%s: a long digit run %s that is neither an ID number nor an IMEI (bank card?)' % (rec['key'], v))
    return n


def check_common(r, side):
    k = r.get('key', '?')
    allowed = LOST_KEYS if side == 'lost' else FOUND_KEYS
    for f in sorted(r):
        if f not in allowed:
            fault('%s: unknown field %s' % (k, f))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (k, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing or longer than 600' % k)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault('%s: %s empty, not text or longer than 60' % (k, f))
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
        fault('%s: marks empty or longer than 500' % k)
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat without lon or lon without lat' % k)
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault('%s: lat/lon not numbers' % k)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon %s,%s outside China' % (k, lat, lon))
        elif not (47.1 <= lat <= 47.5 and 131.6 <= lon <= 132.3):
            fault('%s: lat/lon %s,%s far outside the town' % (k, lat, lon))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main():
    raw = open(PATH, 'rb').read()
    doc = json.loads(raw.decode('utf-8'))
    if doc.get('seed') != SEED:
        fault('seed is %r' % doc.get('seed'))
    if doc.get('made_by') != 'tests/lostfound/make_set116.py':
        fault('made_by is %r' % doc.get('made_by'))
    if sorted(doc) != ['made_by', 'parts', 'seed'] or sorted(doc['parts']) != ['set116']:
        fault('top level layout is not {seed, made_by, parts: {set116}}')
    part = doc['parts']['set116']
    if sorted(part) != ['found', 'lost']:
        fault('set116 part holds %s' % sorted(part))
    lost, found = part['lost'], part['found']
    for side, rows, letter in (('lost', lost, 'L'), ('found', found, 'F')):
        keys = [r.get('key') for r in rows]
        want = ['%s-%s%04d' % (PFX, letter, i + 1) for i in range(len(rows))]
        if keys != want:
            fault('%s keys are not %s-%s0001 … in order' % (side, PFX, letter))
        for r in rows:
            check_common(r, side)
    F = {f['key']: f for f in found}
    nums = 0
    truth_of = collections.Counter()
    cross = []
    for r in lost:
        k = r['key']
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault('%s: loss window %r..%r is not lost_from_min >= lost_to_min >= 0 (<= %d)' % (k, a, b, MAXMIN))
        if 'truth' not in r:
            fault('%s: no truth field' % k)
            continue
        t = r['truth']
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %r is not a found key' % (k, t))
            continue
        truth_of[t] += 1
        f = F[t]
        if 'negative' in f:
            fault('%s: truth %s carries a negative label' % (k, t))
        if is_int(f.get('found_at_min')) and is_int(a) and f['found_at_min'] > a:
            fault('%s: truth %s found before the loss window began (%d > %d)' % (k, t, f['found_at_min'], a))
        if f['category'] != r['category']:
            cross.append((k, r['category'], t, f['category']))
        nums += numbers_in(r)
    for f in found:
        k = f['key']
        x = f.get('found_at_min')
        if not (is_int(x) and 0 <= x <= MAXMIN):
            fault('%s: found_at_min %r out of 0..%d' % (k, x, MAXMIN))
        if truth_of[k] > 1:
            fault('%s: truth of %d reports' % (k, truth_of[k]))
        if truth_of[k] == 0:
            if f.get('negative') not in NEG_LABELS:
                fault('%s: nobody\'s truth but negative label is %r' % (k, f.get('negative')))
        nums += numbers_in(f)
    if len(cross) > 5:
        fault('%d true pairs sit under different categories (at most 5)' % len(cross))
    handed = sum(1 for r in lost if r.get('truth'))
    got = dict(lost=len(lost), handed=handed, never=len(lost) - handed, found=len(found),
               negatives=sum(1 for f in found if 'negative' in f))
    for k in sorted(WANT):
        if got[k] != WANT[k]:
            fault('count %s is %d, want %d' % (k, got[k], WANT[k]))
    # reproducible under another hash seed
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, 'set116.json')
        env = dict(os.environ, PYTHONHASHSEED='1', SET116_OUT=out)
        p = subprocess.run([sys.executable, os.path.join(HERE, 'make_set116.py')], env=env,
                           capture_output=True, text=True)
        if p.returncode != 0:
            fault('make_set116.py failed: %s' % p.stderr.strip()[-300:])
        elif open(out, 'rb').read() != raw:
            fault('make_set116.py under PYTHONHASHSEED=1 does not reproduce set116.json byte for byte')

    print('set116: %d lost (%d handed in, %d never turn up), %d found (%d true, %d negatives)' % (
        got['lost'], got['handed'], got['never'], got['found'], got['found'] - got['negatives'], got['negatives']))
    print('%-12s %5s %7s %6s %9s' % ('category', 'lost', 'handed', 'never', 'negative'))
    for c in CATS:
        nl = sum(1 for r in lost if r['category'] == c)
        nh = sum(1 for r in lost if r['category'] == c and r['truth'])
        nn = sum(1 for f in found if f['category'] == c and 'negative' in f)
        print('%-12s %5d %7d %6d %9d' % (c, nl, nh, nl - nh, nn))
    neg = collections.Counter(f['negative'] for f in found if 'negative' in f)
    print('negatives:', ', '.join('%s %d' % (k, neg[k]) for k in NEG_LABELS))
    print('cross-category true pairs: %d (%s)' % (len(cross), '; '.join('%s %s / %s %s' % c for c in cross)))
    print('checked: layout, keys, categories, field types and lengths, lat/lon pairs inside China and the '
          'town, loss windows, found times, truth links, true items found after the window began, '
          'negative labels, counts, %d ID numbers / IMEIs by check digit, no full card numbers, '
          'byte-identical rebuild under PYTHONHASHSEED=1' % nums)
    if faults:
        print('\n%d FAULTS' % len(faults))
        for m in faults[:60]:
            print('  ' + m)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
