#!/usr/bin/env python3
"""Validate tests/lostfound/set84.json against the set brief; exit non-zero on any fault."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set84.json')
SEED, PART, PFX = 8484, 'set84', 'S84'
CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
LABELS = {'same_cat_colour_other_object', 'found_before_loss', 'same_brand_other_place_time',
          'same_model_other_serial', 'twin_hidden_detail', 'twin_visible_detail', 'namesake',
          'other_half_of_pair'}
SHORT = ('color', 'brand', 'model', 'serial', 'address')
COMMON = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'}
LOST_KEYS = COMMON | {'lost_from_min', 'lost_to_min', 'truth'}
FOUND_KEYS = COMMON | {'found_at_min', 'negative'}
MAXMIN = 172800
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = '10X98765432'

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return CK[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


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


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def numbers(rec, key):
    text = ' '.join(str(rec.get(k, '')) for k in ('body', 'serial', 'marks'))
    # IMEIs written with spaces or dashes, joined back
    for m in re.finditer(r'(?<![\dA-Za-z])(\d{4}) (\d{4}) (\d{4}) (\d{3})(?!\d)', text):
        if not luhn_ok(''.join(m.groups())):
            fault('%s: spaced IMEI %s fails Luhn' % (key, m.group(0)))
    for m in re.finditer(r'(?<![\dA-Za-z])(\d{2})-(\d{6})-(\d{6})-(\d)(?!\d)', text):
        if not luhn_ok(''.join(m.groups())):
            fault('%s: dashed IMEI %s fails Luhn' % (key, m.group(0)))
    for m in re.finditer(r'(?<![\dA-Za-z])(\d{6}) (\d{8}) (\d{3}[\dXx])(?![\dA-Za-z])', text):
        if not id_ok(''.join(m.groups())):
            fault('%s: spaced ID number %s fails GB 11643' % (key, m.group(0)))
    for m in re.finditer(r'(?<![\dA-Za-z*])(\d{15,19}[Xx]?)(?![\dA-Za-z*])', text):
        s = m.group(1)
        if len(s) == 18:
            if not id_ok(s):
                fault('%s: 18-character number %s is not a valid ID number' % (key, s))
        elif len(s) == 15:
            if not luhn_ok(s):
                fault('%s: 15-digit number %s fails Luhn (IMEI)' % (key, s))
        else:
            fault('%s: long number %s looks like a full bank card' % (key, s))


def common(rec, key, allowed):
    for k in rec:
        if k not in allowed:
            fault('%s: unknown field %s' % (key, k))
    if rec.get('category') not in CATS:
        fault('%s: bad category %r' % (key, rec.get('category')))
    body = rec.get('body')
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault('%s: body missing or longer than 600' % key)
    for k in SHORT:
        if k in rec and (not isinstance(rec[k], str) or not rec[k].strip() or len(rec[k]) > 60):
            fault('%s: %s empty or longer than 60' % (key, k))
    if 'marks' in rec and (not isinstance(rec['marks'], str) or not rec['marks'].strip()
                           or len(rec['marks']) > 500):
        fault('%s: marks empty or longer than 500' % key)
    if ('lat' in rec) != ('lon' in rec):
        fault('%s: lat and lon must come together' % key)
    if 'lat' in rec:
        la, lo = rec['lat'], rec['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault('%s: lat/lon not a WGS84 point in China' % key)
    numbers(rec, key)


def main():
    with open(PATH, encoding='utf-8') as fh:
        doc = json.load(fh)
    if doc.get('seed') != SEED:
        fault('seed is not %d' % SEED)
    if doc.get('made_by') != 'tests/lostfound/make_set84.py':
        fault('made_by is wrong')
    if set(doc) != {'seed', 'made_by', 'parts'} or set(doc.get('parts', {})) != {PART}:
        fault('top level must be seed, made_by, parts.%s' % PART)
    part = doc['parts'][PART]
    if set(part) != {'found', 'lost'}:
        fault('part must hold found and lost')
    found, lost = part['found'], part['lost']
    fk = [f.get('key') for f in found]
    lk = [r.get('key') for r in lost]
    for i, k in enumerate(fk, 1):
        if k != '%s-F%04d' % (PFX, i):
            fault('found key %r out of sequence at %d' % (k, i))
    for i, k in enumerate(lk, 1):
        if k != '%s-L%04d' % (PFX, i):
            fault('lost key %r out of sequence at %d' % (k, i))
    F = {f['key']: f for f in found}
    for f in found:
        common(f, f['key'], FOUND_KEYS)
        if not is_int(f.get('found_at_min')) or not 0 <= f['found_at_min'] <= MAXMIN:
            fault('%s: found_at_min missing or out of 0..%d' % (f['key'], MAXMIN))
        if 'negative' in f and f['negative'] not in LABELS:
            fault('%s: unknown negative label %r' % (f['key'], f['negative']))
    used = collections.Counter()
    cross = 0
    for r in lost:
        k = r['key']
        common(r, k, LOST_KEYS)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault('%s: need %d >= lost_from_min >= lost_to_min >= 0' % (k, MAXMIN))
        if 'truth' not in r:
            fault('%s: truth missing' % k)
            continue
        t = r['truth']
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %r is no found key' % (k, t))
            continue
        used[t] += 1
        f = F[t]
        if 'negative' in f:
            fault('%s: truth %s is labelled negative' % (k, t))
        if is_int(a) and f['found_at_min'] > a:
            fault('%s: its item %s was found before the loss began' % (k, t))
        if f['category'] != r['category']:
            cross += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault('%s is the truth of %d reports' % (t, n))
    for f in found:
        if f['key'] not in used and 'negative' not in f:
            fault('%s is nobody\'s truth and has no negative label' % f['key'])
    if cross > 5:
        fault('%d pairs sit under different categories (at most 5)' % cross)
    npairs = sum(1 for r in lost if r.get('truth'))
    nnever = len(lost) - npairs
    negs = collections.Counter(f['negative'] for f in found if 'negative' in f)
    if npairs != 150 or nnever != 90 or not 100 <= sum(negs.values()) <= 140:
        fault('sizes: %d pairs, %d never found, %d negatives' % (npairs, nnever, sum(negs.values())))

    print('checked %s' % os.path.relpath(PATH))
    print('  top level: seed %d, made_by, one part %s' % (SEED, PART))
    print('  keys in sequence, fields known, lengths (body 600, short fields 60, marks 500), categories')
    print('  lat/lon together and inside China; loss windows 0..%d and ordered; found_at_min in range' % MAXMIN)
    print('  truths exist, are unlabelled, used once, found at or after the loss began; unlabelled found'
          ' items are all truths')
    print('  ID numbers GB 11643, IMEIs Luhn (plain, spaced, dashed), no full bank card numbers')
    print('  %d lost (%d pairs, %d never found), %d found (%d negatives), %d cross-category pairs' % (
        len(lost), npairs, nnever, len(found), sum(negs.values()), cross))
    for lab, n in sorted(negs.items()):
        print('    negative %-30s %3d' % (lab, n))
    bycat = collections.defaultdict(lambda: [0, 0, 0])
    for r in lost:
        bycat[r['category']][0 if r.get('truth') else 1] += 1
    for f in found:
        if 'negative' in f:
            bycat[f['category']][2] += 1
    print('    %-12s %5s %5s %5s' % ('category', 'pairs', 'never', 'neg'))
    for c in sorted(bycat):
        print('    %-12s %5d %5d %5d' % (c, *bycat[c]))
    if faults:
        for m in faults[:50]:
            print('FAULT', m)
        print('%d faults' % len(faults))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
