#!/usr/bin/env python3
"""Validate tests/lostfound/set57.json against the brief; exit non-zero on any fault.

Checks the file layout, keys, categories, field lengths, coordinates, time windows,
labels (truth links and negatives), the identifiers written in the text (GB 11643 check
digits, IMEI Luhn digits, no full bank-card numbers), and that make_set57.py writes
the very same bytes again under different PYTHONHASHSEED values.
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
SET = os.path.join(HERE, 'set57.json')
MAKER = os.path.join(HERE, 'make_set57.py')
SEED = 57057
PFX = 'S57'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG_KINDS = {'twin': 22, 'same_category_colour': 24, 'found_before_loss': 22, 'same_brand_far': 22, 'unclaimed': 30}
N_LOST, N_FOUND, N_TRUE = 240, 270, 150
MAXMIN = 172800
CAMPUS = (31.6183, 118.9427)   # centre of the invented 滨湖大学, as in make_set57.py
LOST_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
             'lost_from_min', 'lost_to_min', 'truth'}
FOUND_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
              'found_at_min', 'negative', 'negative_of'}
SHORT = ('color', 'brand', 'model', 'serial', 'address')
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    dy = (a[0] - b[0]) * 111.32
    dx = (a[1] - b[1]) * 111.32 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    tot = sum(int(c) * w for c, w in zip(s[:17], ID_W))
    return '10X98765432'[tot % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


FW = str.maketrans('０１２３４５６７８９', '0123456789')


def check_numbers(key, field, text):
    t = text.translate(FW)
    # long digit runs as written
    for m in re.finditer(r'(?<![\dA-Za-z])(\d{15,}[Xx]?)(?![\dA-Za-z])', t):
        run = m.group(1)
        if len(run) == 18:
            if run.startswith('1045811'):
                continue          # certificate number of the invented university
            if not id_ok(run):
                fault('%s %s: 18-digit number %s is not a valid GB 11643 ID number' % (key, field, run))
        elif len(run) == 15:
            if not luhn_ok(run):
                fault('%s %s: 15-digit number %s fails the IMEI Luhn check' % (key, field, run))
        else:
            fault('%s %s: %d-digit number %s looks like a full bank card or an unknown number' % (key, field, len(run), run))
    # ID numbers written in groups: 6 8 4
    for m in re.finditer(r'(?<!\d)(\d{6}) (\d{8}) (\d{3}[\dXx])(?!\d)', t):
        if not id_ok(''.join(m.groups())):
            fault('%s %s: grouped ID number %s has a wrong check digit' % (key, field, m.group(0)))
    # IMEI written in groups or with a dash
    for m in re.finditer(r'(?<!\d)(\d{2}) (\d{6}) (\d{6}) (\d)(?!\d)', t):
        if not luhn_ok(''.join(m.groups())):
            fault('%s %s: grouped IMEI %s fails Luhn' % (key, field, m.group(0)))
    for m in re.finditer(r'(?<!\d)(\d{8})-(\d{7})(?!\d)', t):
        if not luhn_ok(''.join(m.groups())):
            fault('%s %s: dashed IMEI %s fails Luhn' % (key, field, m.group(0)))
    # bank cards only as tails or masks: no 16-19 digits even with spaces
    for m in re.finditer(r'(?<!\d)(\d{4}[ -]){3,4}\d{1,4}(?!\d)', t):
        digits = re.sub(r'\D', '', m.group(0))
        if 16 <= len(digits) <= 19:
            fault('%s %s: %s looks like a full bank card number' % (key, field, m.group(0)))


def check_common(r, kind):
    key = r.get('key', '?')
    allowed = LOST_KEYS if kind == 'lost' else FOUND_KEYS
    extra = sorted(set(r) - allowed)
    if extra:
        fault('%s: unknown fields %s' % (key, extra))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (key, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip():
        fault('%s: empty body' % key)
    elif len(b) > 600:
        fault('%s: body has %d characters (> 600)' % (key, len(b)))
    for f in SHORT:
        if f in r:
            if not isinstance(r[f], str) or not r[f].strip():
                fault('%s: field %s empty or not text' % (key, f))
            elif len(r[f]) > 60:
                fault('%s: field %s longer than 60' % (key, f))
    if 'marks' in r:
        if not isinstance(r['marks'], str) or not r['marks'].strip():
            fault('%s: marks empty' % key)
        elif len(r['marks']) > 500:
            fault('%s: marks longer than 500' % key)
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat and lon must come together' % key)
    if 'lat' in r:
        la, lo = r['lat'], r['lon']
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (la, lo)):
            fault('%s: lat/lon not numbers' % key)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault('%s: lat/lon %s,%s outside China' % (key, la, lo))
    for f in ('body', 'marks', 'serial', 'address', 'model', 'brand', 'color'):
        if isinstance(r.get(f), str):
            check_numbers(key, f, r[f])


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def main():
    with open(SET, encoding='utf-8') as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get('seed') != SEED:
        fault('seed is %r, expected %d' % (data.get('seed'), SEED))
    if data.get('made_by') != 'tests/lostfound/make_set57.py':
        fault('made_by is %r' % data.get('made_by'))
    if sorted(data.get('parts', {})) != ['set57']:
        fault('parts must hold exactly set57')
    part = data['parts']['set57']
    if sorted(part) != ['found', 'lost']:
        fault('set57 must hold found and lost')
    lost, found = part['lost'], part['found']
    if len(lost) != N_LOST:
        fault('%d lost reports, expected %d' % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault('%d found items, expected %d' % (len(found), N_FOUND))
    # keys
    for lst, tag in ((lost, 'L'), (found, 'F')):
        keys = [r.get('key') for r in lst]
        want = ['%s-%s%04d' % (PFX, tag, i + 1) for i in range(len(lst))]
        if keys != want:
            fault('%s keys are not %s-%s0001.. in order' % (tag, PFX, tag))
        if len(set(keys)) != len(keys):
            fault('duplicate %s keys' % tag)
    fmap = {r['key']: r for r in found}
    lmap = {r['key']: r for r in lost}
    for r in lost:
        check_common(r, 'lost')
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b)):
            fault('%s: lost window not integers' % r['key'])
        elif not (MAXMIN >= a >= b >= 0):
            fault('%s: lost window %s..%s not ordered within 0..%d' % (r['key'], a, b, MAXMIN))
        if 'truth' not in r:
            fault('%s: truth missing (use null)' % r['key'])
    for r in found:
        check_common(r, 'found')
        t = r.get('found_at_min')
        if not is_int(t) or not (0 <= t <= MAXMIN):
            fault('%s: found_at_min %r outside 0..%d' % (r['key'], t, MAXMIN))
    # truth links
    truth_of = {}
    n_true = 0
    cross = []
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        n_true += 1
        if t not in fmap:
            fault('%s: truth %s is not a found key' % (r['key'], t))
            continue
        if t in truth_of:
            fault('%s is the truth of both %s and %s' % (t, truth_of[t], r['key']))
        truth_of[t] = r['key']
        f = fmap[t]
        if 'negative' in f or 'negative_of' in f:
            fault('%s is %s\'s truth but carries a negative label' % (t, r['key']))
        if f['found_at_min'] > r['lost_from_min']:
            fault('%s found (%d min before registration) before %s\'s loss began (%d)' % (t, f['found_at_min'], r['key'], r['lost_from_min']))
        if f['category'] != r['category']:
            cross.append((r['key'], r['category'], t, f['category']))
    if n_true != N_TRUE:
        fault('%d true pairs, expected %d' % (n_true, N_TRUE))
    if len(cross) > 5:
        fault('%d pairs filed under different categories (at most 5)' % len(cross))
    neg_count = collections.Counter()
    for f in found:
        if f['key'] in truth_of:
            continue
        k = f.get('negative')
        if k not in NEG_KINDS:
            fault('%s is nobody\'s truth but has negative=%r' % (f['key'], k))
            continue
        neg_count[k] += 1
        src = f.get('negative_of')
        if k == 'unclaimed':
            if src is not None:
                fault('%s: unclaimed item should not name a source report' % f['key'])
            continue
        if src not in lmap:
            fault('%s: negative_of %r is not a lost key' % (f['key'], src))
            continue
        L = lmap[src]
        if L.get('truth') == f['key']:
            fault('%s: negative of its own report' % f['key'])
        if k in ('twin', 'same_category_colour') and f['category'] != L['category']:
            fault('%s: %s negative has category %s, source %s has %s' % (f['key'], k, f['category'], src, L['category']))
        if k in ('twin', 'same_category_colour') and f['found_at_min'] > L['lost_from_min']:
            fault('%s: %s negative should be found after %s\'s loss began' % (f['key'], k, src))
        if k == 'found_before_loss' and not f['found_at_min'] > L['lost_from_min']:
            fault('%s: found_before_loss item is not found before %s\'s loss began' % (f['key'], src))
        if k == 'same_brand_far':
            if 'lat' in f and km((f['lat'], f['lon']), CAMPUS) < 10:
                fault('%s: same_brand_far item only %.1f km from campus' % (f['key'], km((f['lat'], f['lon']), CAMPUS)))
            if not (f['found_at_min'] <= L['lost_to_min'] - 10 * 1440 or f['found_at_min'] >= L['lost_from_min'] + 10 * 1440):
                fault('%s: same_brand_far item found within 10 days of %s\'s loss' % (f['key'], src))
            if 'brand' not in f and not any(x in f['body'] for x in ()):
                pass
    for k, n in sorted(NEG_KINDS.items()):
        if neg_count[k] != n:
            fault('%d negatives of kind %s, expected %d' % (neg_count[k], k, n))
    srcs = [f.get('negative_of') for f in found if f.get('negative_of')]
    if len(srcs) != len(set(srcs)):
        fault('a lost report is the source of more than one negative')
    # determinism: regenerate under two hash seeds
    for hs in ('0', '4242'):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, 'set57.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, MAKER, out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                fault('make_set57.py failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr[-300:]))
                continue
            with open(out, encoding='utf-8') as fh:
                if fh.read() != raw:
                    fault('make_set57.py output differs from set57.json under PYTHONHASHSEED=%s' % hs)
    # report
    cat_l = collections.Counter(r['category'] for r in lost)
    cat_f = collections.Counter(r['category'] for r in found)
    cat_t = collections.Counter(r['category'] for r in lost if r['truth'])
    print('set57: %d lost reports (%d with a found item, %d never handed in), %d found items'
          % (len(lost), n_true, len(lost) - n_true, len(found)))
    print('%-12s %5s %5s %6s' % ('category', 'lost', 'true', 'found'))
    for c in CATS:
        print('%-12s %5d %5d %6d' % (c, cat_l[c], cat_t[c], cat_f[c]))
    print('negatives:', ', '.join('%s %d' % (k, neg_count[k]) for k in sorted(NEG_KINDS)))
    print('pairs filed under two categories: %d %s' % (len(cross), ' '.join('%s(%s)/%s(%s)' % c for c in cross)))
    nf = sum(1 for r in lost if not any(k in r for k in ('color', 'brand', 'model', 'serial', 'marks', 'address', 'lat')))
    print('lost reports with every optional field empty: %d' % nf)
    print('checked: layout, keys, categories, lengths, lat/lon, windows, truth links, found-after-loss, '
          'negative labels and sources, ID/IMEI check digits, no full bank cards, same bytes under PYTHONHASHSEED 0 and 4242')
    if faults:
        print('\n%d FAULTS:' % len(faults))
        for f in faults[:200]:
            print('  ' + f)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
