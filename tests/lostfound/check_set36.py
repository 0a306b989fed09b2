#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks tests/lostfound/set36.json against the brief (BRIEF-issue-worded.md); exits non-zero on any fault.

Checks: the file's shape, seed and maker; 400 lost reports (300 with a true item, 100 never found) and
500 found items (300 true, 200 hard negatives); key formats; allowed fields, types and lengths;
categories; coordinates (both or neither, inside China, near the town); loss windows and found times;
every truth exists, is used once, and is found at or after the start of its loss window; negatives
are labelled exactly on the found items that are nobody's truth; at most 5 cross-category pairs;
identity numbers (GB 11643 check digits on ID numbers, Luhn on IMEIs, no full bank card numbers, no
full mobile numbers); and that the generator writes the same bytes under different PYTHONHASHSEEDs.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

NN = 36
PFX = 'M3'
SEED = 20261236
N_LOST, N_TRUE, N_NEVER, N_FOUND, N_NEG = 400, 300, 100, 500, 200
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set%d.json' % NN)
MAKER = os.path.join(HERE, 'make_set%d.py' % NN)
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG_LABELS = ['same_kind_one_detail', 'same_cat_colour', 'found_before_loss', 'same_brand_elsewhere', 'desk_traffic']
OPT60 = ['color', 'brand', 'model', 'serial', 'address']
LOST_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth'}
FOUND_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative'}
MAXMIN = 172800
TOWN = (24.45, 118.10)

faults = []


def fault(msg):
    faults.append(msg)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(s):
    s = s.upper()
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    if '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], GB_W)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= 31


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


def check_numbers(where, text, stats):
    # ID numbers, plain or written in groups
    for m in re.finditer(r'(?<![0-9A-Za-z])(\d{6}[ ]?\d{8}[ ]?\d{3}[\dXx])(?![0-9A-Za-z])', text):
        s = m.group(1).replace(' ', '')
        stats['id numbers'] += 1
        if not id_ok(s):
            fault('%s: ID number %s fails GB 11643' % (where, m.group(1)))
    # IMEIs: 15 digits, plain or grouped
    for pat in (r'(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])', r'(?<!\d)(\d{2}[- ]\d{6}[- ]\d{6}[- ]\d)(?!\d)',
                r'(?<!\d)(\d{4} \d{4} \d{4} \d{3})(?!\d)'):
        for m in re.finditer(pat, text):
            s = re.sub(r'[- ]', '', m.group(1))
            stats['IMEIs'] += 1
            if not luhn_ok(s):
                fault('%s: IMEI %s fails Luhn' % (where, m.group(1)))
    # no full bank card numbers (16 to 19 digits that are not ID numbers), plain or in groups of four
    for m in re.finditer(r'(?<![0-9A-Za-z])(\d{16,19})(?![0-9A-Za-z])', text):
        if not (len(m.group(1)) == 18 and id_ok(m.group(1))):
            fault('%s: a full card-like number %s' % (where, m.group(1)))
    for m in re.finditer(r'(?<!\d)\d{4} \d{4} \d{4} \d{4,7}(?!\d)', text):
        fault('%s: a full card-like number %s' % (where, m.group(0)))
    for m in re.finditer(r'\*{4}\d{4}|\*{4} \d{4}|尾号\d{4}', text):
        stats['masked numbers and tails'] += 1
    # no full mobile numbers
    for m in re.finditer(r'(?<!\d)1[3-9]\d{9}(?!\d)', text):
        fault('%s: a full mobile number %s' % (where, m.group(0)))


def check_common(r, where, fields, stats):
    extra = set(r) - fields
    if extra:
        fault('%s: unexpected fields %s' % (where, sorted(extra)))
    if r.get('category') not in CATS:
        fault('%s: category %r' % (where, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing, empty or longer than 600' % where)
    for f in OPT60:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault('%s: %s empty, not text or longer than 60' % (where, f))
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
        fault('%s: marks empty, not text or longer than 500' % where)
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat and lon must come together' % where)
    if 'lat' in r and 'lon' in r:
        la, lo = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault('%s: lat/lon not numbers' % where)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.0):
            fault('%s: lat/lon outside China' % where)
        elif abs(la - TOWN[0]) > 0.2 or abs(lo - TOWN[1]) > 0.2:
            fault('%s: lat/lon far from the town (%s, %s)' % (where, la, lo))
        stats['with coordinates'] += 1
    for f in ('body', 'color', 'brand', 'model', 'serial', 'marks', 'address'):
        if isinstance(r.get(f), str):
            if '\r' in r[f] or '\t' in r[f]:
                fault('%s: control characters in %s' % (where, f))
            check_numbers('%s.%s' % (where, f), r[f], stats)


def main():
    print('checking %s' % os.path.relpath(PATH))
    with open(PATH, encoding='utf-8') as f:
        raw = f.read()
    data = json.loads(raw)
    if set(data) != {'seed', 'made_by', 'parts'}:
        fault('top level keys %s' % sorted(data))
    if data.get('seed') != SEED:
        fault('seed %r' % data.get('seed'))
    if data.get('made_by') != 'tests/lostfound/make_set%d.py' % NN:
        fault('made_by %r' % data.get('made_by'))
    parts = data.get('parts', {})
    if set(parts) != {'set%d' % NN} or set(parts.get('set%d' % NN, {})) != {'found', 'lost'}:
        fault('parts must be {"set%d": {"found", "lost"}}' % NN)
        return
    lost, found = parts['set%d' % NN]['lost'], parts['set%d' % NN]['found']
    stats = collections.Counter()

    if len(lost) != N_LOST:
        fault('%d lost reports, want %d' % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault('%d found items, want %d' % (len(found), N_FOUND))
    for i, r in enumerate(lost):
        if r.get('key') != '%s-L%04d' % (PFX, i + 1):
            fault('lost #%d key %r' % (i + 1, r.get('key')))
    for i, r in enumerate(found):
        if r.get('key') != '%s-F%04d' % (PFX, i + 1):
            fault('found #%d key %r' % (i + 1, r.get('key')))
    fkeys = {r.get('key'): r for r in found}
    if len(fkeys) != len(found):
        fault('duplicate found keys')
    if len({r.get('key') for r in lost}) != len(lost):
        fault('duplicate lost keys')

    for r in lost:
        w = r.get('key')
        check_common(r, w, LOST_FIELDS, stats)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b)) or not (MAXMIN >= a >= b >= 0):
            fault('%s: loss window %r..%r must satisfy 172800 >= lost_from_min >= lost_to_min >= 0' % (w, a, b))
        if 'truth' not in r:
            fault('%s: no truth field' % w)
    for r in found:
        w = r.get('key')
        check_common(r, w, FOUND_FIELDS, stats)
        t = r.get('found_at_min')
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault('%s: found_at_min %r' % (w, t))

    used = collections.Counter()
    xcat = 0
    n_true = 0
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        n_true += 1
        if t not in fkeys:
            fault('%s: truth %r is not a found key' % (r['key'], t))
            continue
        used[t] += 1
        fi = fkeys[t]
        if is_int(fi.get('found_at_min')) and is_int(r.get('lost_from_min')) and fi['found_at_min'] > r['lost_from_min']:
            fault('%s: its item %s was found before the loss window began' % (r['key'], t))
        if fi.get('category') != r.get('category'):
            xcat += 1
    for k, n in used.items():
        if n > 1:
            fault('%s is the truth of %d reports' % (k, n))
    if n_true != N_TRUE or len(lost) - n_true != N_NEVER:
        fault('%d reports with a truth and %d without, want %d and %d' % (n_true, len(lost) - n_true, N_TRUE, N_NEVER))
    if xcat > 5:
        fault('%d cross-category pairs, at most 5 allowed' % xcat)
    negs = collections.Counter()
    for r in found:
        if r['key'] in used:
            if 'negative' in r:
                fault('%s: a true item carries a negative label' % r['key'])
        else:
            lab = r.get('negative')
            if lab not in NEG_LABELS:
                fault('%s: nobody\'s truth but negative label is %r' % (r['key'], lab))
            negs[lab] += 1
    if sum(negs.values()) != N_NEG:
        fault('%d negatives, want %d' % (sum(negs.values()), N_NEG))

    # determinism: the generator must write the same bytes whatever the hash seed
    with tempfile.TemporaryDirectory() as td:
        for hs in ('0', '1', '4242'):
            out = os.path.join(td, 'set.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, MAKER, '--out', out], env=env, capture_output=True)
            if p.returncode != 0:
                fault('generator failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr.decode()[-300:]))
                continue
            with open(out, encoding='utf-8') as f:
                if f.read() != raw:
                    fault('generator output under PYTHONHASHSEED=%s differs from set%d.json' % (hs, NN))

    # what was checked
    print('lost reports: %d (%d with a true item, %d never found); found items: %d (%d true, %d negatives)' % (
        len(lost), n_true, len(lost) - n_true, len(found), len(used), sum(negs.values())))
    print('negatives: ' + ', '.join('%s %d' % (k, negs[k]) for k in NEG_LABELS))
    print('cross-category pairs: %d (at most 5)' % xcat)
    print('identity numbers checked: %d ID numbers (GB 11643), %d IMEIs (Luhn), %d masked numbers and tails; '
          'no full card or mobile numbers' % (stats['id numbers'], stats['IMEIs'], stats['masked numbers and tails']))
    print('records with coordinates: %d' % stats['with coordinates'])
    print('%-12s %6s %6s %6s %7s %6s' % ('category', 'lost', 'true', 'never', 'found', 'neg'))
    for c in CATS:
        lc = [r for r in lost if r.get('category') == c]
        fc = [r for r in found if r.get('category') == c]
        print('%-12s %6d %6d %6d %7d %6d' % (c, len(lc), sum(1 for r in lc if r.get('truth')),
                                             sum(1 for r in lc if not r.get('truth')), len(fc),
                                             sum(1 for r in fc if 'negative' in r)))
    print('determinism: generator re-run under PYTHONHASHSEED=0, 1, 4242')


if __name__ == '__main__':
    if '--file' in sys.argv:        # check another copy (used to test the checker itself)
        PATH = sys.argv[sys.argv.index('--file') + 1]
    main()
    if faults:
        for m in faults[:50]:
            print('FAULT: ' + m)
        print('%d fault(s)' % len(faults))
        sys.exit(1)
    print('OK: set%d passes' % NN)
