#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set55.json (written by make_set55.py).

Exits non-zero on any fault and prints what it checked.  Python 3 standard library only.
It knows nothing of the matcher: it checks the format, the labels and the invented numbers.
"""
import ast
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, 'set55.json')
MAKER = os.path.join(HERE, 'make_set55.py')
SEED = 55055
PFX = 'S55'

CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
NEG_WANT = {'twin': 22, 'same_category_colour': 24, 'found_before_loss': 22, 'same_brand_far_away': 22,
            'unclaimed': 30}
N_LOST, N_FOUND, N_PAIRS, N_UNFOUND = 240, 270, 150, 90
MAX_MIN = 172800
STR_FIELDS = ('color', 'brand', 'model', 'serial', 'address')
LOST_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
             'lost_from_min', 'lost_to_min', 'truth'}
FOUND_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
              'found_at_min', 'negative'}
# the invented district's centre and its far-away places (for the same-brand-far-away negatives)
LAT0, LON0 = 28.3100, 110.8600
FAR_NAMES = ('老城区', '老火车站', '火车站(老站)', '青岚县', '大学城', '芷岚镇')
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
notes = []


def fault(msg):
    faults.append(msg)


def km(lat, lon):
    dy = (lat - LAT0) * 111.2
    dx = (lon - LON0) * 111.32 * math.cos(math.radians(LAT0))
    return math.hypot(dx, dy)


def id_ok(s):
    if not re.fullmatch(r'[1-9]\d{16}[\dX]', s):
        return False
    if '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def texts_of(rec):
    return [rec.get(k) for k in ('body', 'color', 'brand', 'model', 'serial', 'marks', 'address')
            if isinstance(rec.get(k), str)]


def check_common(rec, side):
    k = rec.get('key', '?')
    allowed = LOST_KEYS if side == 'lost' else FOUND_KEYS
    extra = set(rec) - allowed
    if extra:
        fault('%s: unknown fields %s' % (k, sorted(extra)))
    if rec.get('category') not in CATS:
        fault('%s: bad category %r' % (k, rec.get('category')))
    body = rec.get('body')
    if not isinstance(body, str) or not body.strip():
        fault('%s: empty body' % k)
    elif len(body) > 600:
        fault('%s: body longer than 600 (%d)' % (k, len(body)))
    for f in STR_FIELDS:
        if f in rec:
            v = rec[f]
            if not isinstance(v, str) or not v.strip():
                fault('%s: %s is not a non-empty string' % (k, f))
            elif len(v) > 60:
                fault('%s: %s longer than 60' % (k, f))
    if 'marks' in rec:
        v = rec['marks']
        if not isinstance(v, str) or not v.strip() or len(v) > 500:
            fault('%s: marks empty or longer than 500' % k)
    if ('lat' in rec) != ('lon' in rec):
        fault('%s: lat and lon must come together' % k)
    if 'lat' in rec:
        lat, lon = rec['lat'], rec['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault('%s: lat/lon not numbers' % k)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon outside China' % k)
        elif km(lat, lon) > 100:
            fault('%s: lat/lon more than 100 km from the district (%.1f km)' % (k, km(lat, lon)))
    for t in texts_of(rec):
        if PFX + '-' in t:
            fault('%s: a key leaks into the text' % k)
        if '{' in t or '}' in t:
            fault('%s: unfilled template brace in %r' % (k, t[:40]))


def check_numbers(rec):
    """ID numbers carry GB 11643 check digits, IMEIs Luhn digits, bank cards only tails or masks."""
    k = rec['key']
    n_id = n_imei = 0
    for t in texts_of(rec):
        for m in re.finditer(r'(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])', t):
            n_id += 1
            if not id_ok(m.group(1)):
                fault('%s: ID number %s fails GB 11643' % (k, m.group(1)))
        for m in re.finditer(r'\d{16,}', t):
            run = m.group(0)
            if not (len(run) == 18 and id_ok(run)) and not (len(run) == 17 and id_ok(t[m.start():m.start() + 18])):
                fault('%s: a bare run of %d digits (a card number?) %s' % (k, len(run), run))
        for m in re.finditer(r'(?:IMEI|串号)[^0-9]{0,8}([0-9][0-9 \-]{13,22}[0-9])', t):
            dig = re.sub(r'[^0-9]', '', m.group(1))
            if len(dig) == 15:
                n_imei += 1
                if not luhn_ok(dig):
                    fault('%s: IMEI %s fails Luhn' % (k, dig))
        for m in re.finditer(r'(?<![0-9])(\d{15})(?![0-9])', t):
            if rec['category'] == 'phone':
                n_imei += 1
                if not luhn_ok(m.group(1)):
                    fault('%s: 15-digit number %s on a phone fails Luhn' % (k, m.group(1)))
    s = rec.get('serial')
    if rec['category'] == 'phone' and isinstance(s, str):
        dig = re.sub(r'[ \-]', '', s)
        if re.fullmatch(r'\d{15}', dig):
            if not luhn_ok(dig):
                fault('%s: phone serial %s fails Luhn' % (k, s))
    return n_id, n_imei


def check_generator():
    src = open(MAKER, encoding='utf-8').read()
    tree = ast.parse(src)
    stdlib = {'copy', 'datetime', 'json', 'math', 'os', 'random', 'sys', 'collections', 're', 'itertools',
              'functools', 'hashlib', 'string'}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split('.')[0] not in stdlib:
                    fault('make_set55.py imports %s' % a.name)
        elif isinstance(node, ast.ImportFrom):
            if (node.module or '').split('.')[0] not in stdlib:
                fault('make_set55.py imports from %s' % node.module)
    calls = [n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
             and isinstance(n.value, ast.Name) and n.value.id == 'random']
    if calls != ['Random']:
        fault('make_set55.py should make exactly one random.Random and use nothing else of random: %s' % calls)
    if 'Random(SEED)' not in src or 'SEED = %d' % SEED not in src:
        fault('make_set55.py does not seed random.Random(%d)' % SEED)
    # same bytes on a rerun, under two different hash seeds
    want = open(SET, 'rb').read()
    with tempfile.TemporaryDirectory() as tmp:
        for hs in ('0', '4242'):
            out = os.path.join(tmp, 'set55_%s.json' % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            r = subprocess.run([sys.executable, MAKER, '--out', out], env=env, capture_output=True, text=True)
            if r.returncode != 0:
                fault('make_set55.py failed under PYTHONHASHSEED=%s: %s' % (hs, r.stderr[-300:]))
                continue
            if open(out, 'rb').read() != want:
                fault('make_set55.py output under PYTHONHASHSEED=%s differs from set55.json' % hs)


def main():
    data = json.load(open(SET, encoding='utf-8'))
    if data.get('seed') != SEED:
        fault('seed is %r, want %d' % (data.get('seed'), SEED))
    if data.get('made_by') != 'tests/lostfound/make_set55.py':
        fault('made_by is %r' % data.get('made_by'))
    parts = data.get('parts', {})
    if list(parts) != ['set55'] or set(parts['set55']) != {'found', 'lost'}:
        fault('parts must be exactly {"set55": {"found", "lost"}}')
        return
    lost, found = parts['set55']['lost'], parts['set55']['found']

    # keys
    for side, recs, letter, n in (('lost', lost, 'L', N_LOST), ('found', found, 'F', N_FOUND)):
        if len(recs) != n:
            fault('%d %s records, want %d' % (len(recs), side, n))
        for i, r in enumerate(recs, 1):
            if r.get('key') != '%s-%s%04d' % (PFX, letter, i):
                fault('%s record %d has key %r' % (side, i, r.get('key')))
            check_common(r, side)
    fkeys = {f['key']: f for f in found}

    # lost windows and truth links
    truth_of = {}
    for r in lost:
        k = r['key']
        lf, lt = r.get('lost_from_min'), r.get('lost_to_min')
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)):
            fault('%s: lost_from_min/lost_to_min must be integers' % k)
            continue
        if not (0 <= lt <= lf <= MAX_MIN):
            fault('%s: need 0 <= lost_to_min <= lost_from_min <= %d (got %s, %s)' % (k, MAX_MIN, lt, lf))
        if 'truth' not in r:
            fault('%s: no truth field' % k)
            continue
        t = r['truth']
        if t is None:
            continue
        if t not in fkeys:
            fault('%s: truth %r is not a found key' % (k, t))
            continue
        if t in truth_of:
            fault('%s: found item %s is already the truth of %s' % (k, t, truth_of[t]))
        truth_of[t] = k
        fa = fkeys[t].get('found_at_min')
        if isinstance(fa, int) and fa > lf:
            fault('%s: its item %s was found before the loss began (%d > %d)' % (k, t, fa, lf))

    # found items and negative labels
    lost_by_key = {r['key']: r for r in lost}
    for f in found:
        k = f['key']
        fa = f.get('found_at_min')
        if not isinstance(fa, int) or isinstance(fa, bool) or not (0 <= fa <= MAX_MIN):
            fault('%s: found_at_min must be an integer in 0..%d' % (k, MAX_MIN))
        if k in truth_of:
            if 'negative' in f:
                fault('%s: is the truth of %s but carries negative=%r' % (k, truth_of[k], f['negative']))
        else:
            if f.get('negative') not in NEG_WANT:
                fault('%s: nobody\'s truth, so it needs a negative label from %s (got %r)'
                      % (k, sorted(NEG_WANT), f.get('negative')))

    pairs = [(lost_by_key[l], fkeys[f]) for f, l in truth_of.items()]
    if len(pairs) != N_PAIRS:
        fault('%d true pairs, want %d' % (len(pairs), N_PAIRS))
    unfound = [r for r in lost if r.get('truth') is None]
    if len(unfound) != N_UNFOUND:
        fault('%d lost reports never handed in, want %d' % (len(unfound), N_UNFOUND))
    cross = [(l['key'], f['key'], l['category'], f['category']) for l, f in pairs if l['category'] != f['category']]
    if len(cross) > 5:
        fault('%d pairs sit under different categories, at most 5 allowed' % len(cross))
    negs = Counter(f.get('negative') for f in found if 'negative' in f)
    for kind, n in NEG_WANT.items():
        if negs.get(kind, 0) != n:
            fault('%d negatives of kind %s, want %d' % (negs.get(kind, 0), kind, n))

    # the negative kinds mean what they say (as far as the records alone can show)
    for f in found:
        kind = f.get('negative')
        if kind == 'found_before_loss':
            if not any(r['category'] == f['category'] and r['lost_from_min'] < f['found_at_min'] for r in lost):
                fault('%s: found_before_loss, but no %s report began its loss after it was found'
                      % (f['key'], f['category']))
        if kind == 'same_brand_far_away':
            far = ('lat' in f and km(f['lat'], f['lon']) >= 20) or any(n in f['body'] for n in FAR_NAMES)
            if not far:
                fault('%s: same_brand_far_away but not at a far place' % f['key'])
            if 'brand' not in f and not re.search(r'[A-Z]{4,}|牌|品牌|标志|（[^）]+）', f['body']):
                fault('%s: same_brand_far_away but no brand is written' % f['key'])
        elif 'lat' in f and km(f['lat'], f['lon']) >= 20:
            fault('%s: only same_brand_far_away items may lie far away' % f['key'])
    for l, f in pairs:
        if 'lat' in f and km(f['lat'], f['lon']) > 15:
            fault('%s: true item %s lies %.1f km from the district' % (l['key'], f['key'], km(f['lat'], f['lon'])))

    # invented numbers
    n_id = n_imei = 0
    for r in lost + found:
        a, b = check_numbers(r)
        n_id += a
        n_imei += b

    one_liners = [r for r in lost if '\n' not in r['body'] and len(r['body']) <= 60 and '。' not in r['body']
                  and not any(x in r for x in ('color', 'brand', 'model', 'serial', 'marks'))]
    if not 20 <= len(one_liners) <= 45:
        fault('%d hurried one-line reports, want about 30' % len(one_liners))
    empty_fields = sum(1 for r in lost if not any(x in r for x in ('color', 'brand', 'model', 'serial', 'marks')))

    check_generator()

    print('set55.json: %d lost reports, %d found items' % (len(lost), len(found)))
    print('  true pairs %d (found_at <= lost_from for each), never handed in %d' % (len(pairs), len(unfound)))
    print('  pairs under two categories: %d %s' % (len(cross), ['%s>%s' % (c[2], c[3]) for c in cross]))
    print('  negatives: %s' % ', '.join('%s %d' % (k, negs.get(k, 0)) for k in NEG_WANT))
    print('  lost by category:  %s' % ', '.join('%s %d' % kv for kv in sorted(Counter(r['category'] for r in lost).items())))
    print('  found by category: %s' % ', '.join('%s %d' % kv for kv in sorted(Counter(r['category'] for r in found).items())))
    print('  pairs by category of the report: %s'
          % ', '.join('%s %d' % kv for kv in sorted(Counter(l['category'] for l, f in pairs).items())))
    print('  lost reports with no structured fields besides body/address: %d; hurried one-liners: %d'
          % (empty_fields, len(one_liners)))
    print('  ID numbers checked (GB 11643): %d; IMEIs checked (Luhn): %d; no bare card numbers' % (n_id, n_imei))
    print('  field lengths, lat/lon pairs inside China, windows within 0..%d, keys sequential, no key leaks' % MAX_MIN)
    print('  generator: stdlib only, one random.Random(%d), same bytes under PYTHONHASHSEED=0 and 4242' % SEED)
    if faults:
        print('\n%d FAULT(S):' % len(faults))
        for m in faults[:80]:
            print('  - ' + m)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
