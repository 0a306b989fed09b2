#!/usr/bin/env python3
"""Validate tests/lostfound/set99.json against the set rules; exit 1 on any fault.

    python3 tests/lostfound/check_set99.py [path]
"""
import json
import os
import re
import sys

CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
SHORT = ['color', 'brand', 'model', 'serial', 'address']
COMMON = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon'}
LOST_F = COMMON | {'lost_from_min', 'lost_to_min', 'truth'}
FOUND_F = COMMON | {'found_at_min', 'negative'}
MAX_MIN = 172800
PFX = 'S99'

faults = []


def fault(msg):
    faults.append(msg)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(c) * x for c, x in zip(body17, w)) % 11]


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_numbers(key, text):
    """ID numbers need GB 11643 check digits, IMEIs Luhn digits; no full bank card numbers"""
    n_id = n_imei = 0
    for m in re.finditer(r'(?<![0-9A-Za-z])[0-9][0-9 \-]*[0-9Xx]', text):
        raw = m.group(0)
        digits = re.sub(r'[ \-]', '', raw)
        if len(digits) == 18 and digits[:17].isdigit():
            n_id += 1
            if id_check(digits[:17]) != digits[17].upper():
                fault('%s: ID number %s has a wrong check digit' % (key, raw))
        elif len(digits) == 15 and digits.isdigit() and digits.startswith('86'):
            n_imei += 1
            if not luhn_ok(digits):
                fault('%s: IMEI %s fails Luhn' % (key, raw))
        elif 16 <= len(digits) <= 19 and digits.isdigit() and digits.startswith('62'):
            fault('%s: looks like a full bank card number: %s' % (key, raw))
    return n_id, n_imei


def check_record(r, side):
    key = r.get('key', '?')
    allowed = LOST_F if side == 'lost' else FOUND_F
    for f in r:
        if f not in allowed:
            fault('%s: unknown field %s' % (key, f))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (key, r.get('category')))
    body = r.get('body')
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault('%s: body missing or longer than 600' % key)
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault('%s: %s empty or longer than 60' % (key, f))
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
        fault('%s: marks empty or longer than 500' % key)
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat without lon or lon without lat' % key)
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault('%s: lat/lon not numbers' % key)
        elif not (18.0 <= lat <= 53.6 and 73.5 <= lon <= 135.1):
            fault('%s: lat/lon outside China' % key)
    text = ' '.join(str(r.get(f, '')) for f in ('body', 'serial', 'marks'))
    return check_numbers(key, text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'set99.json')
    with open(path, encoding='utf-8') as fh:
        data = json.load(fh)
    if data.get('seed') != 9999:
        fault('seed is not 9999')
    if data.get('made_by') != 'tests/lostfound/make_set99.py':
        fault('made_by is wrong')
    if set(data.get('parts', {})) != {'set99'}:
        fault('parts must hold exactly set99')
    part = data['parts']['set99']
    if set(part) != {'found', 'lost'}:
        fault('set99 must hold found and lost')
    lost, found = part['lost'], part['found']
    for i, r in enumerate(lost):
        if r.get('key') != '%s-L%04d' % (PFX, i + 1):
            fault('lost %d: key %r out of sequence' % (i, r.get('key')))
    for i, r in enumerate(found):
        if r.get('key') != '%s-F%04d' % (PFX, i + 1):
            fault('found %d: key %r out of sequence' % (i, r.get('key')))
    fmap = {r['key']: r for r in found}
    n_id = n_imei = 0
    for r in lost:
        a, b = check_record(r, 'lost')
        n_id += a
        n_imei += b
        fr, to = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(fr) and is_int(to) and 0 <= to <= fr <= MAX_MIN):
            fault('%s: need 0 <= lost_to_min <= lost_from_min <= %d' % (r['key'], MAX_MIN))
        if 'truth' not in r:
            fault('%s: no truth field' % r['key'])
    for r in found:
        a, b = check_record(r, 'found')
        n_id += a
        n_imei += b
        fa = r.get('found_at_min')
        if not (is_int(fa) and 0 <= fa <= MAX_MIN):
            fault('%s: found_at_min must be 0..%d' % (r['key'], MAX_MIN))
    truth_of = {}
    cross = []
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        if t not in fmap:
            fault('%s: truth %s is not a found key' % (r['key'], t))
            continue
        if t in truth_of:
            fault('%s: %s is already the truth of %s' % (r['key'], t, truth_of[t]))
        truth_of[t] = r['key']
        f = fmap[t]
        if f['found_at_min'] > r['lost_from_min']:
            fault('%s: its found item %s was found before the loss began' % (r['key'], t))
        if f['category'] != r['category']:
            cross.append((r['key'], r['category'], t, f['category']))
        if 'negative' in f:
            fault('%s: a true found item carries a negative label' % t)
    if len(cross) > 5:
        fault('%d pairs under different categories (at most 5)' % len(cross))
    negs = {}
    for r in found:
        if r['key'] not in truth_of:
            lab = r.get('negative')
            if not isinstance(lab, str) or not lab:
                fault('%s: nobody\'s truth but no negative label' % r['key'])
            negs[lab] = negs.get(lab, 0) + 1
    seen_bodies = {}
    for r in lost + found:
        b = r['body']
        if b in seen_bodies:
            fault('%s: same body as %s' % (r['key'], seen_bodies[b]))
        seen_bodies[b] = r['key']
    # ---- report
    n_pairs = len(truth_of)
    print('checked %s' % path)
    print('  lost %d (pairs %d, never found %d), found %d (true %d, negatives %d)' % (
        len(lost), n_pairs, len(lost) - n_pairs, len(found), n_pairs, len(found) - n_pairs))
    print('  negatives by kind: ' + ', '.join('%s %d' % (k, negs[k]) for k in sorted(negs)))
    print('  pairs under two categories: %d %s' % (len(cross), ' '.join('%s(%s)->%s(%s)' % c for c in cross)))
    print('  %-12s %5s %5s %5s %6s %5s' % ('category', 'lost', 'pair', 'null', 'found', 'neg'))
    for c in CATS:
        lc = [r for r in lost if r['category'] == c]
        fc = [r for r in found if r['category'] == c]
        print('  %-12s %5d %5d %5d %6d %5d' % (c, len(lc), sum(1 for r in lc if r['truth']),
                                             sum(1 for r in lc if not r['truth']), len(fc),
                                             sum(1 for r in fc if r['key'] not in truth_of)))
    for side, recs in (('lost', lost), ('found', found)):
        print('  %s fields filled: ' % side + ', '.join(
            '%s %d%%' % (f, round(100.0 * sum(1 for r in recs if f in r) / len(recs)))
            for f in ['color', 'brand', 'model', 'serial', 'address', 'marks', 'lat']))
    print('  ID numbers checked %d, IMEIs checked %d; body length max %d' % (
        n_id, n_imei, max(len(r['body']) for r in lost + found)))
    print('  rules: keys in sequence, categories, field lengths, lat/lon pairs inside China, loss windows,')
    print('  found_at range, truth keys exist and are used once, true items found at/after the loss began,')
    print('  negative labels on every found item that is nobody\'s truth, <=5 cross-category pairs,')
    print('  ID check digits, IMEI Luhn, no full bank card numbers, no duplicate bodies')
    if faults:
        print('FAULTS (%d):' % len(faults))
        for f in faults[:50]:
            print('  ' + f)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
