#!/usr/bin/env python3
"""Checks tests/lostfound/set85.json against the brief's format and rules; exits non-zero on any
fault and prints what it checked."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set85.json')
SEED, PART, PFX = 8585, 'set85', 'S85'
CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
LABELS = {'same_category_colour', 'found_before_loss', 'same_brand_other_place_time', 'same_model_other_serial',
          'twin_hidden_detail', 'twin_visible_detail', 'namesake', 'tail_collision'}
SHORT = ('color', 'brand', 'model', 'serial', 'address')
COMMON = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon'}
LOST_F = COMMON | {'lost_from_min', 'lost_to_min', 'truth'}
FOUND_F = COMMON | {'found_at_min', 'negative'}
MAXMIN = 172800
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    s = s.upper()
    return '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


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


IMEI_SPACED = [re.compile(p) for p in (r'(?<!\d)\d{2} \d{6} \d{6} \d(?!\d)', r'(?<!\d)\d{4} \d{4} \d{4} \d{3}(?!\d)',
                                        r'(?<!\d)\d{8}-\d{6}-\d(?!\d)')]
ID_SPACED = re.compile(r'(?<!\d)\d{6} \d{8} \d{3}[\dXx](?![\dA-Za-z])')


def numbers(key, text, counts):
    for rx in IMEI_SPACED:
        for mt in rx.finditer(text):
            counts['imei'] += 1
            if not luhn_ok(re.sub(r'\D', '', mt.group())):
                fault(f'{key}: IMEI {mt.group()} fails Luhn')
    for mt in ID_SPACED.finditer(text):
        counts['id'] += 1
        if not id_ok(mt.group().replace(' ', '')):
            fault(f'{key}: ID number {mt.group()} fails GB 11643')
    for mt in re.finditer(r'(?<![\dA-Za-z])\d{15,}[Xx]?(?![\dA-Za-z])', text):
        s = mt.group()
        if len(s) == 15 and s.isdigit():
            counts['imei'] += 1
            if not luhn_ok(s):
                fault(f'{key}: IMEI {s} fails Luhn')
        elif len(s) == 18:
            counts['id'] += 1
            if not id_ok(s):
                fault(f'{key}: ID number {s} fails GB 11643')
        else:
            fault(f'{key}: a {len(s)}-digit number (a bank card in full?) {s}')


def check_common(r, allowed, pfx, counts):
    key = r.get('key', '?')
    if not re.fullmatch(pfx, str(key)):
        fault(f'bad key {key!r}')
    for f in r:
        if f not in allowed:
            fault(f'{key}: unknown field {f}')
    if r.get('category') not in CATS:
        fault(f'{key}: bad category {r.get("category")!r}')
    body = r.get('body')
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault(f'{key}: body missing or longer than 600')
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f] or len(r[f]) > 60):
            fault(f'{key}: {f} empty, not text or longer than 60')
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'] or len(r['marks']) > 500):
        fault(f'{key}: marks empty or longer than 500')
    if ('lat' in r) != ('lon' in r):
        fault(f'{key}: lat without lon or lon without lat')
    if 'lat' in r:
        la, lo = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) \
                or not (18 <= la <= 54 and 73 <= lo <= 136):
            fault(f'{key}: lat/lon not inside China')
        counts['coords'] += 1
    for f in ('body', 'serial', 'marks', 'model', 'address'):
        if isinstance(r.get(f), str):
            numbers(key, r[f], counts)


def is_min(x):
    return isinstance(x, int) and not isinstance(x, bool) and 0 <= x <= MAXMIN


def main():
    with open(PATH, encoding='utf-8') as fh:
        doc = json.load(fh)
    if doc.get('seed') != SEED or doc.get('made_by') != 'tests/lostfound/make_set85.py':
        fault('seed or made_by wrong')
    if set(doc) != {'seed', 'made_by', 'parts'} or list(doc['parts']) != [PART]:
        fault('top level must be seed, made_by and parts.set85 only')
    part = doc['parts'][PART]
    found, lost = part['found'], part['lost']
    counts = {'imei': 0, 'id': 0, 'coords': 0}
    fkeys = [f.get('key') for f in found]
    lkeys = [lo.get('key') for lo in lost]
    if len(set(fkeys)) != len(fkeys) or len(set(lkeys)) != len(lkeys):
        fault('duplicate keys')
    fmap = {f.get('key'): f for f in found}
    for f in found:
        check_common(f, FOUND_F, PFX + r'-F\d{4}', counts)
        if not is_min(f.get('found_at_min')):
            fault(f'{f.get("key")}: found_at_min missing or outside 0..{MAXMIN}')
    used, cross, byc = {}, 0, {}
    for r in lost:
        key = r.get('key')
        check_common(r, LOST_F, PFX + r'-L\d{4}', counts)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_min(a) and is_min(b) and a >= b):
            fault(f'{key}: need lost_from_min >= lost_to_min >= 0, at most {MAXMIN}')
        if 'truth' not in r:
            fault(f'{key}: no truth field')
        t = r.get('truth')
        byc.setdefault(r.get('category'), [0, 0])[0 if t else 1] += 1
        if t is None:
            continue
        if t not in fmap:
            fault(f'{key}: truth {t} is not a found item')
            continue
        if t in used:
            fault(f'{t} is the truth of both {used[t]} and {key}')
        used[t] = key
        f = fmap[t]
        if 'negative' in f:
            fault(f'{t} is a truth but labelled negative')
        if is_min(a) and is_min(f.get('found_at_min')) and f['found_at_min'] > a:
            fault(f'{key}: its item {t} was found before the loss began')
        cross += f.get('category') != r.get('category')
    labels = {}
    for f in found:
        if f.get('key') not in used:
            lab = f.get('negative')
            if lab not in LABELS:
                fault(f'{f.get("key")}: nobody\'s item without a known negative label ({lab!r})')
            labels[lab] = labels.get(lab, 0) + 1
    if cross > 5:
        fault(f'{cross} pairs under different categories (at most 5)')
    pairs, never, negs = len(used), len(lost) - len(used), len(found) - len(used)
    if pairs != 150 or never != 90 or not 110 <= negs <= 130:
        fault(f'counts off: pairs {pairs}, never found {never}, negatives {negs}')

    print(f'checked {PATH}')
    print(f'lost reports {len(lost)}: pairs {pairs}, never found {never}; found items {len(found)}: negatives {negs}')
    print(f'cross-category pairs {cross}; records with lat/lon {counts["coords"]}; '
          f'IMEIs checked (Luhn) {counts["imei"]}; full ID numbers checked (GB 11643) {counts["id"]}')
    print('negatives by label: ' + ', '.join(f'{k} {labels[k]}' for k in sorted(labels)))
    fcat = {}
    for f in found:
        fcat[f.get('category')] = fcat.get(f.get('category'), 0) + 1
    print(f'{"category":<12}{"paired":>7}{"never":>7}{"found":>7}')
    for c in sorted(CATS):
        p, n = byc.get(c, [0, 0])
        print(f'{c:<12}{p:>7}{n:>7}{fcat.get(c, 0):>7}')
    print('checked: keys, fields, categories, lengths, lat/lon, minute windows, truth links, found-after-loss,'
          ' one truth per item, negative labels, cross-category limit, IMEI Luhn, ID check digits, no full card numbers')
    if faults:
        print(f'{len(faults)} FAULTS:')
        for m in faults[:60]:
            print('  ' + m)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
