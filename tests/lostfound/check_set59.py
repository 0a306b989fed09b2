#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set59.json against the set format; exit non-zero on any fault.

Checks the structure and every field of every record, the labels (truth links, negative labels
and their counts), the time rule for true pairs, the check digits of every ID number and IMEI in
the text, that no full bank card number appears, and (unless --no-regen) that make_set59.py
rebuilds the file byte for byte under two different PYTHONHASHSEEDs.

Usage: python3 check_set59.py [--no-regen] [PATH]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5959
PFX = 'S59'
PART = 'set59'
N_LOST, N_TRUE, N_FOUND = 240, 150, 270
NEG_COUNT = {'twin_one_fact': 22, 'same_category_colour': 24, 'found_before_loss': 22,
             'same_make_elsewhere': 22, 'unclaimed': 30}
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
OPT = {'color': 60, 'brand': 60, 'model': 60, 'serial': 60, 'address': 60, 'marks': 500}
LOST_KEYS = {'key', 'category', 'body', 'lat', 'lon', 'lost_from_min', 'lost_to_min', 'truth'} | set(OPT)
FOUND_KEYS = {'key', 'category', 'body', 'lat', 'lon', 'found_at_min', 'negative'} | set(OPT)
MAX_MIN = 172800
MAX_CROSS = 5
MIN_HURRIED = 30

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()


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


def check_numbers(where, text):
    """ID numbers must carry valid check digits, 15-digit runs are IMEIs (Luhn), and no run of
    16, 17 or 19+ digits (a full bank card number) may appear."""
    n = 0
    for m in re.finditer(r'(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])', text):
        n += 1
        if not id_ok(m.group()):
            fault('%s: ID number %s has a wrong check digit' % (where, m.group()))
    for m in re.finditer(r'(?<!\d)\d+(?!\d)', text):
        L = len(m.group())
        if L == 17 and text[m.end():m.end() + 1] in ('X', 'x'):
            continue  # an ID number ending in X, checked above
        if L == 15:
            n += 1
            if not luhn_ok(m.group()):
                fault('%s: 15-digit number %s fails Luhn' % (where, m.group()))
        elif L in (16, 17) or L >= 19:
            fault('%s: %d-digit number %s looks like a full card number' % (where, L, m.group()))
    return n


def check_serial(where, s):
    """A serial written with spaces or dashes is checked once joined up."""
    t = re.sub(r'^(IMEI[:：]?\s*)', '', s.strip())
    j = re.sub(r'[\s\-·]', '', t)
    if re.fullmatch(r'\d{17}[\dXx]', j):
        if not id_ok(j):
            fault('%s: serial %r is an ID number with a wrong check digit' % (where, s))
        return 1
    if re.fullmatch(r'\d{15}', j):
        if not luhn_ok(j):
            fault('%s: serial %r is a 15-digit number failing Luhn' % (where, s))
        return 1
    if re.fullmatch(r'\d{16,17}|\d{19,}', j):
        fault('%s: serial %r looks like a full card number' % (where, s))
    return 0


def check_common(r, where, allowed):
    for k in r:
        if k not in allowed:
            fault('%s: unexpected field %r' % (where, k))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (where, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip():
        fault('%s: empty body' % where)
        b = ''
    if len(b) > 600:
        fault('%s: body has %d characters (max 600)' % (where, len(b)))
    for bad in ('{', '}', '%s', '%d', 'None', 'null', '。。', '，，'):
        if bad in b:
            fault('%s: body contains %r' % (where, bad))
    for k, n in OPT.items():
        if k in r:
            v = r[k]
            if not isinstance(v, str) or not v.strip():
                fault('%s: %s must be a non-empty string' % (where, k))
            elif len(v) > n:
                fault('%s: %s has %d characters (max %d)' % (where, k, len(v), n))
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat and lon must come together' % where)
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault('%s: lat/lon must be numbers' % where)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon %s,%s outside China' % (where, lat, lon))
    nums = 0
    for k in ('body', 'marks', 'serial', 'model', 'address'):
        if isinstance(r.get(k), str):
            nums += check_numbers('%s.%s' % (where, k), r[k])
    if isinstance(r.get('serial'), str):
        nums += check_serial(where, r['serial'])
    return nums


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check(doc):
    if doc.get('seed') != SEED:
        fault('seed is %r, not %d' % (doc.get('seed'), SEED))
    if doc.get('made_by') != 'tests/lostfound/make_set59.py':
        fault('made_by is %r' % doc.get('made_by'))
    parts = doc.get('parts')
    if not isinstance(parts, dict) or list(parts) != [PART]:
        fault('parts must hold exactly %r' % PART)
        return None
    part = parts[PART]
    if set(part) != {'found', 'lost'}:
        fault('part must hold found and lost')
        return None
    lost, found = part['lost'], part['found']
    if len(lost) != N_LOST:
        fault('%d lost reports, expected %d' % (len(lost), N_LOST))
    if len(found) != N_FOUND:
        fault('%d found items, expected %d' % (len(found), N_FOUND))
    nums = 0
    fkeys = {}
    for i, r in enumerate(found):
        k = r.get('key')
        if k != '%s-F%04d' % (PFX, i + 1):
            fault('found #%d has key %r' % (i + 1, k))
        fkeys[k] = r
        nums += check_common(r, k, FOUND_KEYS)
        t = r.get('found_at_min')
        if not is_int(t) or not 0 <= t <= MAX_MIN:
            fault('%s: found_at_min %r out of 0..%d' % (k, t, MAX_MIN))
        if 'negative' in r and (not isinstance(r['negative'], str) or r['negative'] not in NEG_COUNT):
            fault('%s: unknown negative label %r' % (k, r['negative']))
    used = {}
    cross = 0
    hurried = 0
    all_body = 0
    for i, r in enumerate(lost):
        k = r.get('key')
        if k != '%s-L%04d' % (PFX, i + 1):
            fault('lost #%d has key %r' % (i + 1, k))
        nums += check_common(r, k, LOST_KEYS)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAX_MIN >= a >= b >= 0):
            fault('%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r, %r' % (k, MAX_MIN, a, b))
        if 'truth' not in r:
            fault('%s: truth missing' % k)
            continue
        t = r['truth']
        if t is None:
            pass
        elif t not in fkeys:
            fault('%s: truth %r is not a found key' % (k, t))
        else:
            if t in used:
                fault('%s: truth %s already taken by %s' % (k, t, used[t]))
            used[t] = k
            f = fkeys[t]
            if 'negative' in f:
                fault('%s: its truth %s is labelled negative' % (k, t))
            if is_int(a) and is_int(f.get('found_at_min')) and f['found_at_min'] > a:
                fault('%s: truth %s was found before the loss window began' % (k, t))
            if f.get('category') != r.get('category'):
                cross += 1
        if len(r.get('body', '')) <= 30:
            hurried += 1
        if not any(x in r for x in OPT) and 'lat' not in r:
            all_body += 1
    n_true = len(used)
    if n_true != N_TRUE:
        fault('%d reports have a true found item, expected %d' % (n_true, N_TRUE))
    if cross > MAX_CROSS:
        fault('%d true pairs sit under different categories (max %d)' % (cross, MAX_CROSS))
    negs = {}
    for k, f in fkeys.items():
        if k in used:
            continue
        if 'negative' not in f:
            fault('%s: nobody\'s truth but has no negative label' % k)
        else:
            negs[f['negative']] = negs.get(f['negative'], 0) + 1
    for lab, n in NEG_COUNT.items():
        if negs.get(lab, 0) != n:
            fault('%d found items labelled %s, expected %d' % (negs.get(lab, 0), lab, n))
    if hurried < MIN_HURRIED:
        fault('only %d hurried one-line lost reports (want at least %d)' % (hurried, MIN_HURRIED))
    return {'lost': lost, 'found': found, 'used': used, 'negs': negs, 'cross': cross, 'hurried': hurried,
            'all_body': all_body, 'nums': nums}


def regen(path):
    with open(path, 'rb') as fh:
        want = fh.read()
    for hs in ('0', '4242'):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, 'set59.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, os.path.join(HERE, 'make_set59.py'), out], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if p.returncode != 0:
                fault('make_set59.py failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr.decode()[-400:]))
                continue
            with open(out, 'rb') as fh:
                if fh.read() != want:
                    fault('make_set59.py under PYTHONHASHSEED=%s does not rebuild %s byte for byte' % (hs, path))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    path = args[0] if args else os.path.join(HERE, 'set59.json')
    with open(path, encoding='utf-8') as fh:
        doc = json.load(fh)
    st = check(doc)
    if '--no-regen' not in sys.argv:
        regen(path)
    if st:
        rows = {}
        for r in st['lost']:
            c = rows.setdefault(r['category'], [0, 0, 0, 0])
            c[0] += 1
            c[1] += r['truth'] is not None
        for r in st['found']:
            c = rows.setdefault(r['category'], [0, 0, 0, 0])
            c[2] += 1
            c[3] += 'negative' in r
        print('checked %s' % path)
        print('  %-12s %5s %7s %6s %9s' % ('category', 'lost', 'true', 'found', 'negative'))
        for cat in CATS:
            c = rows.get(cat, [0, 0, 0, 0])
            print('  %-12s %5d %7d %6d %9d' % (cat, c[0], c[1], c[2], c[3]))
        print('  true pairs %d, never handed in %d, cross-category pairs %d' %
              (len(st['used']), len(st['lost']) - len(st['used']), st['cross']))
        print('  negatives: ' + ', '.join('%s %d' % (k, st['negs'].get(k, 0)) for k in NEG_COUNT))
        print('  hurried one-line reports (body <= 30 chars) %d; reports with every field empty %d' %
              (st['hurried'], st['all_body']))
        print('  ID numbers / IMEIs verified: %d' % st['nums'])
        print('  fields, lengths, coordinates, time windows, truth links, found-before rule: checked')
        if '--no-regen' not in sys.argv:
            print('  rebuilt byte for byte under PYTHONHASHSEED=0 and 4242')
    if faults:
        for f in faults[:60]:
            print('FAULT: ' + f)
        print('%d fault(s)' % len(faults))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
