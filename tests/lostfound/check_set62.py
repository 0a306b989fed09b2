#!/usr/bin/env python3
"""Validate tests/lostfound/set62.json; exit non-zero on any fault and print what was checked."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set62.json')
PART = 'set62'
PFX = 'S62'
SEED = 6262
CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
NEG_KINDS = {'twin': 22, 'same_category_colour': 24, 'found_before_loss': 22, 'same_make_elsewhere_later': 22,
             'unclaimed': 30}
LOST_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth'}
FOUND_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative'}
SHORT = ('color', 'brand', 'model', 'serial', 'address')
MAXMIN = 172800

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * w for a, w in zip(s[:17], W)) % 11] == s[17]


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


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def common(rec, where):
    if rec.get('category') not in CATS:
        fault('%s: bad category %r' % (where, rec.get('category')))
    b = rec.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing or longer than 600' % where)
    for f in SHORT:
        if f in rec and (not isinstance(rec[f], str) or not rec[f].strip() or len(rec[f]) > 60):
            fault('%s: field %s empty or longer than 60' % (where, f))
    if 'marks' in rec and (not isinstance(rec['marks'], str) or not rec['marks'].strip() or len(rec['marks']) > 500):
        fault('%s: marks empty or longer than 500' % where)
    if ('lat' in rec) != ('lon' in rec):
        fault('%s: lat without lon or the reverse' % where)
    if 'lat' in rec:
        la, lo = rec['lat'], rec['lon']
        if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18 <= la <= 54 and 73 <= lo <= 135):
            fault('%s: lat/lon outside China' % where)


def text_of(rec):
    return ' '.join(str(rec.get(f, '')) for f in ('body', 'serial', 'marks', 'model', 'brand', 'color', 'address'))


def numbers(rec, where):
    t = text_of(rec)
    for m in re.finditer(r'(?<![0-9A-Za-z])(\d{17}[\dX])(?![0-9A-Za-z])', t):
        if not id_ok(m.group(1)):
            fault('%s: ID number %s has a wrong check digit' % (where, m.group(1)))
    for m in re.finditer(r'IMEI[^0-9]{0,12}([0-9][0-9 \-]{13,22}[0-9])', t):
        digits = re.sub(r'\D', '', m.group(1))
        if len(digits) == 15 and not luhn_ok(digits):
            fault('%s: IMEI %s fails Luhn' % (where, digits))
    s = rec.get('serial', '')
    sd = re.sub(r'[\s\-]', '', s)
    if re.fullmatch(r'(IMEI:?)?\d{15}', sd):
        d = re.sub(r'\D', '', sd)
        if not luhn_ok(d):
            fault('%s: serial IMEI %s fails Luhn' % (where, d))
    if re.fullmatch(r'\d{17}[\dX]', sd) and not id_ok(sd):
        fault('%s: serial ID %s has a wrong check digit' % (where, sd))
    # bank cards only as tails or masks: no bare run of 16-19 digits anywhere
    for m in re.finditer(r'(?<![\dX])\d{16,19}(?![\dX])', re.sub(r'(?<=\d) (?=\d)', '', t)):
        if not (len(m.group(0)) == 18 and id_ok(m.group(0))):
            fault('%s: long digit run %s looks like a full card number' % (where, m.group(0)))


def main():
    with open(PATH, encoding='utf-8') as f:
        raw = f.read()
    data = json.loads(raw)
    if data.get('seed') != SEED or data.get('made_by') != 'tests/lostfound/make_set62.py':
        fault('seed or made_by wrong')
    if set(data) != {'seed', 'made_by', 'parts'} or set(data['parts']) != {PART}:
        fault('top-level layout wrong')
    part = data['parts'][PART]
    lost, found = part['lost'], part['found']
    checked.append('layout: seed %d, made_by, parts.%s with %d lost and %d found' % (SEED, PART, len(lost), len(found)))

    # keys
    for lst, tag, fields in ((lost, 'L', LOST_FIELDS), (found, 'F', FOUND_FIELDS)):
        want = ['%s-%s%04d' % (PFX, tag, i) for i in range(1, len(lst) + 1)]
        if [r.get('key') for r in lst] != want:
            fault('%s keys are not %s-%s0001 ... in order' % (tag, PFX, tag))
        for r in lst:
            extra = set(r) - fields
            if extra:
                fault('%s: unknown fields %s' % (r.get('key'), sorted(extra)))
    checked.append('keys in order and unique; no unknown fields')

    fkeys = {r['key']: r for r in found}
    for r in lost:
        common(r, r['key'])
        numbers(r, r['key'])
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault('%s: loss window %r..%r invalid' % (r['key'], a, b))
        if 'truth' not in r:
            fault('%s: truth missing' % r['key'])
        elif r['truth'] is not None and r['truth'] not in fkeys:
            fault('%s: truth %r is not a found key' % (r['key'], r['truth']))
    for r in found:
        common(r, r['key'])
        numbers(r, r['key'])
        v = r.get('found_at_min')
        if not (is_int(v) and 0 <= v <= MAXMIN):
            fault('%s: found_at_min %r invalid' % (r['key'], v))
    checked.append('fields: categories, body<=600, short fields<=60, marks<=500, lat/lon pairs inside China')
    checked.append('numbers: ID check digits (GB 11643), IMEI Luhn, no full bank card numbers')
    checked.append('times: 172800 >= lost_from_min >= lost_to_min >= 0; 0 <= found_at_min <= 172800')

    # truth
    used = Counter(r['truth'] for r in lost if r['truth'])
    for k, n in used.items():
        if n > 1:
            fault('found %s is the truth of %d reports' % (k, n))
    cross = 0
    for r in lost:
        t = r['truth']
        if t is None:
            continue
        fr = fkeys[t]
        if fr['found_at_min'] > r['lost_from_min']:
            fault('%s: its item %s was found before the loss began' % (r['key'], t))
        if 'negative' in fr:
            fault('%s: truth %s carries a negative label' % (r['key'], t))
        if fr['category'] != r['category']:
            cross += 1
    if cross > 5:
        fault('%d pairs differ in category (at most 5)' % cross)
    n_true = sum(1 for r in lost if r['truth'])
    n_null = sum(1 for r in lost if r['truth'] is None)
    if (n_true, n_null) != (150, 90):
        fault('expected 150 true pairs and 90 never-found reports, got %d and %d' % (n_true, n_null))
    checked.append('truth: %d pairs, %d never found, each found item truth of at most one report, found at or after '
                   'the loss began, %d pairs across categories (<=5)' % (n_true, n_null, cross))

    negs = Counter()
    for r in found:
        if r['key'] in used:
            continue
        if r.get('negative') not in NEG_KINDS:
            fault('%s: nobody\'s truth but negative label %r' % (r['key'], r.get('negative')))
        negs[r.get('negative')] += 1
    if dict(negs) != NEG_KINDS:
        fault('negative counts %s, expected %s' % (dict(negs), NEG_KINDS))
    checked.append('negatives: %s' % ', '.join('%s %d' % (k, negs[k]) for k in sorted(NEG_KINDS)))

    en = [r['key'] for r in lost if not re.search(r'[\u4e00-\u9fff]', r['body'])]
    if len(en) != 10:
        fault('expected 10 lost reports written in English, found %d' % len(en))
    checked.append('%d lost reports written wholly in English' % len(en))

    # the generator must reproduce the file, and the hidden negative records must hold
    sys.path.insert(0, HERE)
    import make_set62
    fresh, meta = make_set62.build()
    if json.dumps(fresh, ensure_ascii=False, indent=1) + '\n' != raw:
        fault('set62.json differs from what make_set62.py builds now')
    checked.append('set62.json is exactly what make_set62.build() returns')
    lk = {r['key']: r for r in lost}
    seen_targets = set()
    for h in meta['negatives']:
        fr, tr = fkeys[h['found']], lk[h['target']]
        if fr.get('negative') != h['kind']:
            fault('%s: hidden kind %s but label %r' % (h['found'], h['kind'], fr.get('negative')))
        if fr['category'] != tr['category']:
            fault('%s: negative of %s in another category' % (h['found'], h['target']))
        if h['target'] in seen_targets:
            fault('%s: report %s already has a hard negative' % (h['found'], h['target']))
        seen_targets.add(h['target'])
        if tr['truth'] == h['found']:
            fault('%s: negative is the truth of its own target' % h['found'])
        k = h['kind']
        if k in ('twin', 'same_category_colour') and fr['found_at_min'] > tr['lost_from_min']:
            fault('%s: %s should be found after %s began' % (h['found'], k, h['target']))
        if k == 'found_before_loss' and not fr['found_at_min'] > tr['lost_from_min']:
            fault('%s: not found before %s began' % (h['found'], h['target']))
        if k == 'same_make_elsewhere_later':
            if not fr['found_at_min'] <= tr['lost_to_min'] - 1440:
                fault('%s: not found days after %s' % (h['found'], h['target']))
            if h['info'].get('km', 0) < 5:
                fault('%s: not far from %s' % (h['found'], h['target']))
            if not fr.get('brand') and not re.search('|'.join(map(re.escape, make_set62.BRANDS[h['info'].get('brand', '')]))
                                                       if h['info'].get('brand') else 'x^', fr['body']):
                fault('%s: make not shown' % h['found'])
        if k == 'twin' and not h['info'].get('differs'):
            fault('%s: twin without a recorded difference' % h['found'])
    n_pair_t = sum(1 for h in meta['negatives'] if lk[h['target']]['truth'])
    checked.append('hard negatives vs their hidden target: same category, one per report, timing and distance '
                   'as labelled; %d aim at reports that are found, %d at reports never found'
                   % (n_pair_t, len(meta['negatives']) - n_pair_t))

    cats = Counter(r['category'] for r in lost)
    checked.append('lost by category: ' + ', '.join('%s %d' % (c, cats[c]) for c in sorted(cats)))
    for c in checked:
        print('ok  ' + c)
    if faults:
        for f in faults:
            print('FAULT ' + f)
        print('%d faults' % len(faults))
        sys.exit(1)
    print('set62 passes')


if __name__ == '__main__':
    main()
