#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validates tests/lostfound/set74.json against the rules of the blind-set brief.

Usage:  python3 tests/lostfound/check_set74.py [PATH] [--no-rerun]

Exits non-zero on any fault and prints what it checked.  Unless --no-rerun is
given it also runs make_set74.py twice (PYTHONHASHSEED 0 and 1) into a temporary
directory and requires both outputs to be byte-identical to the file checked.
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
PART = 'set74'
PFX = 'S74'
SEED = 7474
MADE_BY = 'tests/lostfound/make_set74.py'
CATEGORIES = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEGATIVES = ['same_cat_color', 'found_before_loss', 'same_brand_far', 'same_model_other_serial', 'same_model_marks_differ']
EXPECT = {'pairs': 150, 'null': 90, 'negatives': 120}
MAX_MIN = 172800
SHORT = ['color', 'brand', 'model', 'serial', 'address']
LOST_FIELDS = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth']
FOUND_FIELDS = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative']
CITY = (36.07, 120.38)

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def km(a, b):
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_ok(v):
    if not re.fullmatch(r'\d{17}[\dX]', v):
        return False
    if '10X98765432'[sum(int(c) * w for c, w in zip(v[:17], ID_W)) % 11] != v[17]:
        return False
    y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
    return 1900 <= y <= 2025 and 1 <= m <= 12 and 1 <= d <= 31


RUN = re.compile(r'(?<![0-9A-Za-z])\d(?:[ \-]?\d){9,}(?![0-9A-Za-z])')
ID18 = re.compile(r'(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])')


def scan_numbers(key, field, text, stats):
    """ID numbers must carry valid check digits, IMEIs valid Luhn digits, and no
    whole bank-card number may appear (cards only as tails or masks)."""
    for m in ID18.finditer(text):
        stats['id'] += 1
        if not id_ok(m.group(0)):
            fault('%s %s: ID number %s fails GB 11643' % (key, field, m.group(0)))
    for m in RUN.finditer(text):
        raw = m.group(0)
        dg = re.sub(r'[ \-]', '', raw)
        if len(dg) == 18 and ID18.fullmatch(raw):
            continue
        if len(dg) == 15:
            stats['imei'] += 1
            if not luhn_ok(dg):
                fault('%s %s: 15-digit number %s fails Luhn' % (key, field, raw))
        elif len(dg) >= 16:
            fault('%s %s: long digit run %r looks like a full card number' % (key, field, raw))
        elif len(dg) > 11 and not re.search(r'[A-Z]', text[max(0, m.start() - 4):m.start()]):
            # student numbers are 10 digits, passports 8, phone numbers are masked
            fault('%s %s: unexplained digit run %r' % (key, field, raw))


def check_common(rec, fields, stats):
    key = rec.get('key', '?')
    for k in rec:
        if k not in fields:
            fault('%s: unexpected field %r' % (key, k))
    if list(rec) != [f for f in fields if f in rec]:
        fault('%s: fields out of order' % key)
    if rec.get('category') not in CATEGORIES:
        fault('%s: bad category %r' % (key, rec.get('category')))
    b = rec.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing, empty or over 600 characters' % key)
    for f in SHORT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault('%s: %s must be a non-empty string of at most 60 characters' % (key, f))
    if 'marks' in rec and (not isinstance(rec['marks'], str) or not rec['marks'].strip() or len(rec['marks']) > 500):
        fault('%s: marks must be a non-empty string of at most 500 characters' % key)
    if ('lat' in rec) != ('lon' in rec):
        fault('%s: lat and lon must come together' % key)
    if 'lat' in rec:
        la, lo = rec['lat'], rec['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault('%s: lat/lon must be numbers' % key)
        elif not (18.0 <= la <= 54.0 and 73.0 <= lo <= 135.5):
            fault('%s: lat/lon %s,%s outside China' % (key, la, lo))
        elif km((la, lo), CITY) > 40:
            fault('%s: lat/lon %s,%s more than 40 km from the invented city' % (key, la, lo))
    for f in ['body', 'marks'] + SHORT:
        if isinstance(rec.get(f), str):
            scan_numbers(key, f, rec[f], stats)
    if isinstance(rec.get('serial'), str):
        dg = re.sub(r'[ \-:]', '', rec['serial'])
        dg = re.sub(r'^(IMEI|SN|S/N)', '', dg)
        if re.fullmatch(r'\d{15}', dg) and not luhn_ok(dg):
            fault('%s: serial %r is a 15-digit number failing Luhn' % (key, rec['serial']))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def main(argv):
    rerun = '--no-rerun' not in argv
    args = [a for a in argv if a != '--no-rerun']
    path = args[0] if args else os.path.join(HERE, 'set74.json')
    raw = open(path, 'rb').read()
    doc = json.loads(raw.decode('utf-8'))
    stats = collections.Counter()

    if sorted(doc) != ['made_by', 'parts', 'seed']:
        fault('top level must hold exactly seed, made_by, parts')
    if doc.get('seed') != SEED:
        fault('seed must be %d' % SEED)
    if doc.get('made_by') != MADE_BY:
        fault('made_by must be %s' % MADE_BY)
    parts = doc.get('parts', {})
    if sorted(parts) != [PART] or sorted(parts.get(PART, {})) != ['found', 'lost']:
        fault('parts must hold exactly %s with found and lost' % PART)
        return report(stats)
    lost, found = parts[PART]['lost'], parts[PART]['found']
    checked.append('top level: seed %d, made_by, one part %s' % (SEED, PART))

    for i, r in enumerate(lost, 1):
        if r.get('key') != '%s-L%04d' % (PFX, i):
            fault('lost #%d: key %r should be %s-L%04d' % (i, r.get('key'), PFX, i))
        check_common(r, LOST_FIELDS, stats)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAX_MIN >= a >= b >= 0):
            fault('%s: need %d >= lost_from_min >= lost_to_min >= 0 (got %r, %r)' % (r.get('key'), MAX_MIN, a, b))
        if 'truth' not in r:
            fault('%s: truth missing (use null)' % r.get('key'))
    for i, r in enumerate(found, 1):
        if r.get('key') != '%s-F%04d' % (PFX, i):
            fault('found #%d: key %r should be %s-F%04d' % (i, r.get('key'), PFX, i))
        check_common(r, FOUND_FIELDS, stats)
        t = r.get('found_at_min')
        if not (is_int(t) and 0 <= t <= MAX_MIN):
            fault('%s: found_at_min must be an integer 0..%d' % (r.get('key'), MAX_MIN))
        if 'negative' in r and r['negative'] not in NEGATIVES:
            fault('%s: unknown negative label %r' % (r.get('key'), r['negative']))
    checked.append('%d lost and %d found records: keys in sequence, allowed fields in order, categories, lengths, '
                   'lat/lon pairs inside China and near the city, time fields' % (len(lost), len(found)))

    fmap = {r.get('key'): r for r in found}
    used = collections.Counter()
    cross = []
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        if t not in fmap:
            fault('%s: truth %r is not a found key' % (r['key'], t))
            continue
        used[t] += 1
        f = fmap[t]
        if 'negative' in f:
            fault('%s: truth %s is labelled negative' % (r['key'], t))
        if is_int(f.get('found_at_min')) and is_int(r.get('lost_from_min')) and f['found_at_min'] > r['lost_from_min']:
            fault('%s: its item %s was found before the loss window began' % (r['key'], t))
        if f.get('category') != r.get('category'):
            cross.append((r['key'], r['category'], t, f['category']))
    for k, n in used.items():
        if n > 1:
            fault('%s is the truth of %d reports' % (k, n))
    for r in found:
        if r['key'] not in used and 'negative' not in r:
            fault('%s: nobody\'s truth but carries no negative label' % r['key'])
    if len(cross) > 5:
        fault('%d pairs sit under different categories (at most 5)' % len(cross))
    checked.append('truth links: each points to a found item, none to a negative, at most once each; every true item '
                   'found at or after the start of its loss window; every other found item labelled; %d cross-category pairs' % len(cross))

    # the negatives are what they say they are
    by_cat = collections.defaultdict(list)
    for r in lost:
        by_cat[r['category']].append(r)
    negs = collections.Counter()
    for f in found:
        lab = f.get('negative')
        if not lab:
            continue
        negs[lab] += 1
        same = by_cat.get(f['category'], [])
        if not same:
            fault('%s: %s but no lost report has category %s' % (f['key'], lab, f['category']))
        if lab == 'found_before_loss' and not any(f['found_at_min'] > r['lost_from_min'] for r in same):
            fault('%s: found_before_loss but found after every %s loss began' % (f['key'], f['category']))
        if lab == 'same_brand_far':
            if 'lat' in f and km((f['lat'], f['lon']), CITY) < 12:
                fault('%s: same_brand_far but only %.1f km from the city centre' % (f['key'], km((f['lat'], f['lon']), CITY)))
            if 'lat' not in f and 'address' not in f:
                fault('%s: same_brand_far without any place' % f['key'])
    checked.append('negatives: found_before_loss found after a same-category loss window opened; same_brand_far at least '
                   '12 km out; every negative has a same-category report')
    checked.append('numbers: %d ID numbers pass GB 11643, %d 15-digit IMEIs pass Luhn, no full card numbers' % (stats['id'], stats['imei']))

    n_pairs = sum(1 for r in lost if r.get('truth'))
    n_null = len(lost) - n_pairs
    n_neg = sum(negs.values())
    for name, got in (('pairs', n_pairs), ('null', n_null), ('negatives', n_neg)):
        if got != EXPECT[name]:
            fault('expected %d %s, found %d' % (EXPECT[name], name, got))

    if rerun:
        maker = os.path.join(HERE, 'make_set74.py')
        with tempfile.TemporaryDirectory() as td:
            outs = []
            for seed in ('0', '1'):
                out = os.path.join(td, 'set74_%s.json' % seed)
                env = dict(os.environ, PYTHONHASHSEED=seed)
                res = subprocess.run([sys.executable, maker, '--out', out], env=env, capture_output=True)
                if res.returncode != 0:
                    fault('make_set74.py failed under PYTHONHASHSEED=%s: %s' % (seed, res.stderr.decode('utf-8', 'replace')[-300:]))
                    continue
                outs.append(open(out, 'rb').read())
            if len(outs) == 2 and not (outs[0] == outs[1] == raw):
                fault('make_set74.py output differs between runs or from %s' % path)
        checked.append('make_set74.py rerun under PYTHONHASHSEED 0 and 1: byte-identical to %s' % os.path.basename(path))

    # summary
    print('counts by category (lost reports: with truth / never handed in; found items: true / negative)')
    print('  %-12s %6s %6s %6s %6s' % ('category', 'L.true', 'L.null', 'F.true', 'F.neg'))
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in lost:
        rows[r['category']][0 if r.get('truth') else 1] += 1
    for f in found:
        rows[f['category']][3 if 'negative' in f else 2] += 1
    for c in CATEGORIES:
        print('  %-12s %6d %6d %6d %6d' % ((c,) + tuple(rows[c])))
    print('  %-12s %6d %6d %6d %6d' % ('total', n_pairs, n_null, len(found) - n_neg, n_neg))
    print('negatives: ' + ', '.join('%s %d' % (k, negs[k]) for k in NEGATIVES))
    print('cross-category pairs: ' + ('; '.join('%s %s -> %s %s' % c for c in cross) or 'none'))
    return report(stats)


def report(stats):
    for c in checked:
        print('checked: ' + c)
    if faults:
        for f in faults[:200]:
            print('FAULT: ' + f)
        print('%d fault(s)' % len(faults))
        return 1
    print('OK: no faults')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
