#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_set19.py - validates set19.json; exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set19.json')
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG = ['twin', 'decoy', 'before_loss', 'brand_elsewhere', 'unclaimed']
WANT = dict(lost=210, lost_true=150, lost_null=60, found=300, found_neg=150,
            twin=34, decoy=36, before_loss=26, brand_elsewhere=24, unclaimed=30)
STR = ['color', 'brand', 'model', 'serial', 'marks', 'address']
LIMIT = dict(body=600, color=60, brand=60, model=60, serial=60, address=60, marks=500)
FOUND_F = ['key', 'category', 'body', 'found_at_min', 'lat', 'lon', 'negative'] + STR
LOST_F = ['key', 'category', 'body', 'lost_from_min', 'lost_to_min', 'lat', 'lon', 'truth'] + STR
MAXMIN = 172800
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], IDW)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


RE_ID = re.compile(r'(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])')
RE_15 = re.compile(r'(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])')
RE_LONG = re.compile(r'\d{12,}')


def scan_numbers(key, text, counts):
    for m in RE_ID.finditer(text):
        counts['id'] += 1
        if not id_ok(m.group(1)):
            fault('%s: ID number %s fails GB 11643' % (key, m.group(1)))
    for m in RE_15.finditer(text):
        counts['imei'] += 1
        if not luhn_ok(m.group(1)):
            fault('%s: IMEI %s fails Luhn' % (key, m.group(1)))
    for m in RE_LONG.finditer(text):
        n = len(m.group(0))
        if n not in (15, 17, 18):
            fault('%s: a bare %d-digit number %s (bank cards only as masks/tails)' % (key, n, m.group(0)))


def check_item(o, side, counts):
    key = o.get('key', '?')
    allowed = FOUND_F if side == 'found' else LOST_F
    for k in o:
        if k not in allowed:
            fault('%s: unknown field %s' % (key, k))
    pat = r'^S-F\d{4}$' if side == 'found' else r'^S-L\d{4}$'
    if not isinstance(key, str) or not re.match(pat, key):
        fault('%s: malformed key' % key)
    if o.get('category') not in CATS:
        fault('%s: unknown category %r' % (key, o.get('category')))
    if not isinstance(o.get('body'), str) or not o['body'].strip():
        fault('%s: empty body' % key)
    for k, lim in LIMIT.items():
        if k in o:
            if not isinstance(o[k], str) or not o[k]:
                fault('%s: %s must be a non-empty string' % (key, k))
            elif len(o[k]) > lim:
                fault('%s: %s longer than %d' % (key, k, lim))
    has_lat, has_lon = 'lat' in o, 'lon' in o
    if has_lat != has_lon:
        fault('%s: lat/lon must come together' % key)
    if has_lat:
        for k in ('lat', 'lon'):
            if isinstance(o[k], bool) or not isinstance(o[k], (int, float)):
                fault('%s: %s not numeric' % (key, k))
        if not (18 < o['lat'] < 54 and 73 < o['lon'] < 135):
            fault('%s: lat/lon outside China' % key)
    for k in ['body'] + STR:
        if isinstance(o.get(k), str):
            scan_numbers(key, o[k], counts)
    ser = o.get('serial')
    if isinstance(ser, str):
        d = re.sub(r'[\s\-]', '', ser)
        if re.fullmatch(r'\d{15}', d):
            counts['imei_field'] += 1
            if not luhn_ok(d):
                fault('%s: serial IMEI fails Luhn' % key)
        if re.fullmatch(r'\d{17}[\dXx]', d):
            counts['id_field'] += 1
            if not id_ok(d):
                fault('%s: serial ID fails GB 11643' % key)
    for k in ('body',):
        if isinstance(o.get(k), str):
            for m in re.finditer(r'(\d{6}) (\d{8}) (\d{3}[\dXx])', o[k]):
                counts['id'] += 1
                if not id_ok(''.join(m.groups())):
                    fault('%s: grouped ID fails GB 11643' % key)
            for m in re.finditer(r'(?<!\d)(\d{2}) (\d{6}) (\d{6}) (\d)(?!\d)', o[k]):
                counts['imei'] += 1
                if not luhn_ok(''.join(m.groups())):
                    fault('%s: grouped IMEI fails Luhn' % key)


def main():
    with open(PATH, encoding='utf-8') as fh:
        doc = json.load(fh)
    if set(doc.keys()) != {'seed', 'made_by', 'parts'}:
        fault('top-level keys %r' % sorted(doc.keys()))
    if doc.get('seed') != 20261219:
        fault('seed %r' % doc.get('seed'))
    if doc.get('made_by') != 'tests/lostfound/make_set19.py':
        fault('made_by %r' % doc.get('made_by'))
    parts = doc.get('parts', {})
    if list(parts.keys()) != ['set19'] or set(parts['set19'].keys()) != {'found', 'lost'}:
        fault('parts must be exactly set19 with found and lost')
    found = parts['set19']['found']
    lost = parts['set19']['lost']
    counts = dict(id=0, imei=0, imei_field=0, id_field=0)
    keys = [o.get('key') for o in found + lost]
    if len(keys) != len(set(keys)):
        fault('duplicate keys')
    F = {}
    for o in found:
        check_item(o, 'found', counts)
        F[o['key']] = o
        fm = o.get('found_at_min')
        if not isinstance(fm, int) or isinstance(fm, bool) or not 0 <= fm <= MAXMIN:
            fault('%s: found_at_min out of range' % o['key'])
        if 'negative' in o and o['negative'] not in NEG:
            fault('%s: unknown negative label %r' % (o['key'], o['negative']))
    used = {}
    for o in lost:
        check_item(o, 'lost', counts)
        lf, lt = o.get('lost_from_min'), o.get('lost_to_min')
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (lf, lt)):
            fault('%s: times not integers' % o['key'])
            continue
        if not (MAXMIN >= lf >= lt >= 0):
            fault('%s: need 172800 >= lost_from >= lost_to >= 0' % o['key'])
        if 'truth' not in o:
            fault('%s: truth missing' % o['key'])
        t = o.get('truth')
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %s is not a found item' % (o['key'], t))
            continue
        if t in used:
            fault('%s: truth %s already used by %s' % (o['key'], t, used[t]))
        used[t] = o['key']
        if 'negative' in F[t]:
            fault('%s: truth %s is labelled negative' % (o['key'], t))
        if F[t]['found_at_min'] > lf:
            fault('%s: truth %s found before the loss began' % (o['key'], t))
    for o in found:
        if o['key'] not in used and 'negative' not in o:
            fault('%s: neither a truth nor labelled negative' % o['key'])
        if o.get('negative') == 'before_loss':
            if not any(l['category'] == o['category'] and l['lost_from_min'] < o['found_at_min'] for l in lost):
                fault('%s: before_loss item lies before no loss window of its category' % o['key'])
    cross = sum(1 for o in lost if o.get('truth') and F[o['truth']]['category'] != o['category'])
    if cross > 5:
        fault('%d true pairs across categories (at most 5)' % cross)
    got = dict(lost=len(lost), lost_true=sum(1 for o in lost if o.get('truth')),
               lost_null=sum(1 for o in lost if o.get('truth') is None), found=len(found),
               found_neg=sum(1 for o in found if 'negative' in o))
    for n in NEG:
        got[n] = sum(1 for o in found if o.get('negative') == n)
    for k, v in WANT.items():
        if got[k] != v:
            fault('count %s: %d, want %d' % (k, got[k], v))
    print('set19: %d lost (%d true, %d never found), %d found (%d negatives: %s)' % (
        got['lost'], got['lost_true'], got['lost_null'], got['found'], got['found_neg'],
        ', '.join('%s %d' % (n, got[n]) for n in NEG)))
    print('categories (lost/found):', ', '.join('%s %d/%d' % (c, sum(1 for o in lost if o['category'] == c),
                                                           sum(1 for o in found if o['category'] == c)) for c in CATS))
    print('cross-category true pairs: %d' % cross)
    print('checked: keys, fields, categories, lengths, lat/lon, times, truths (exist, once, found after loss began, '
          'not negative), negative labels, before_loss ordering, %d ID numbers (GB 11643), %d IMEIs (Luhn), '
          '%d+%d serial fields, counts' % (counts['id'], counts['imei'], counts['id_field'], counts['imei_field']))
    if faults:
        for f in faults[:60]:
            print('FAULT', f)
        print('%d fault(s)' % len(faults))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
