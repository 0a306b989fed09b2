#!/usr/bin/env python3
"""Validate tests/lostfound/set91.json; exit non-zero on any fault.

Checks the shape of every record, the loss windows and find times, the truth links (each found
item the truth of at most one report, found at or after the loss began, at most 5 pairs under two
categories, a negative label on exactly the found items that are nobody's truth), GB 11643 check
digits on ID numbers, Luhn digits on IMEIs, no whole bank card numbers; then, unless --quick,
rebuilds the set from make_set91.py, checks it is byte-identical, and re-runs the honesty audit
(every lost report clashes with every found item except its own).
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PATH = os.path.join(HERE, 'set91.json')
CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
LABELS = {'near_twin', 'same_category_colour', 'found_before_loss', 'same_brand_elsewhere'}
SHORT = ('color', 'brand', 'model', 'serial', 'address')
COMMON = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon'}
MAXMIN = 172800
faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return total % 10 == 0


def check_numbers(key, text):
    n_id = n_imei = 0
    for m in re.finditer(r'(?<![0-9])(\d{6}) ?(\d{8}) ?(\d{3}[\dX])(?![0-9A-Z])', text):
        s = ''.join(m.groups())
        if not id_ok(s):
            fault(f'{key}: ID number {s} has a wrong check digit')
        else:
            n_id += 1
    for m in re.finditer(r'(?<![\dA-Z])(\d[\d \-]{13,20}\d)(?![\d])', text):
        d = re.sub(r'\D', '', m.group(1))
        if len(d) == 15:
            if not luhn_ok(d):
                fault(f'{key}: IMEI {d} fails Luhn')
            else:
                n_imei += 1
    for m in re.finditer(r'(?<!\d)\d{16,19}(?!\d)', text):
        if m.group(0).startswith('62'):
            fault(f'{key}: a whole bank card number {m.group(0)}')
    return n_id, n_imei


def check_common(r, kind, n):
    key = r.get('key')
    pfx = 'S91-L' if kind == 'lost' else 'S91-F'
    if key != f'{pfx}{n:04d}':
        fault(f'{kind} #{n}: key {key!r}, expected {pfx}{n:04d}')
    if r.get('category') not in CATS:
        fault(f'{key}: category {r.get("category")!r}')
    body = r.get('body')
    if not isinstance(body, str) or not body.strip() or len(body) > 600:
        fault(f'{key}: body missing or longer than 600')
    for f in SHORT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault(f'{key}: {f} empty or longer than 60')
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
        fault(f'{key}: marks empty or longer than 500')
    if ('lat' in r) != ('lon' in r):
        fault(f'{key}: lat without lon')
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(x, float) for x in (lat, lon)) or not (18 <= lat <= 54 and 73 <= lon <= 135):
            fault(f'{key}: lat/lon {lat},{lon} not in China')
    text = ' '.join(str(r.get(f, '')) for f in ('body', 'serial', 'marks'))
    return check_numbers(key, text)


def tmin(r, f):
    v = r.get(f)
    if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= MAXMIN:
        fault(f'{r.get("key")}: {f} = {v!r} not an integer in 0..{MAXMIN}')
        return None
    return v


def main():
    raw = open(PATH, encoding='utf-8').read()
    data = json.loads(raw)
    if data.get('seed') != 9191 or data.get('made_by') != 'tests/lostfound/make_set91.py':
        fault('seed or made_by wrong')
    if set(data) != {'seed', 'made_by', 'parts'} or set(data['parts']) != {'set91'}:
        fault('top level must be seed, made_by, parts{set91}')
    part = data['parts']['set91']
    found, lost = part['found'], part['lost']
    n_id = n_imei = 0
    fkeys = {}
    for n, r in enumerate(found, 1):
        a, b = check_common(r, 'found', n)
        n_id, n_imei = n_id + a, n_imei + b
        extra = set(r) - COMMON - {'found_at_min', 'negative'}
        if extra:
            fault(f'{r["key"]}: unexpected fields {sorted(extra)}')
        tmin(r, 'found_at_min')
        fkeys[r['key']] = r
    used = {}
    cross = 0
    for n, r in enumerate(lost, 1):
        a, b = check_common(r, 'lost', n)
        n_id, n_imei = n_id + a, n_imei + b
        extra = set(r) - COMMON - {'lost_from_min', 'lost_to_min', 'truth'}
        if extra or 'truth' not in r:
            fault(f'{r["key"]}: unexpected fields {sorted(extra)} or no truth')
        lf, lt = tmin(r, 'lost_from_min'), tmin(r, 'lost_to_min')
        if lf is not None and lt is not None and lf < lt:
            fault(f'{r["key"]}: lost_from_min < lost_to_min')
        t = r.get('truth')
        if t is None:
            continue
        if t not in fkeys:
            fault(f'{r["key"]}: truth {t} is no found item')
            continue
        if t in used:
            fault(f'{t} is the truth of both {used[t]} and {r["key"]}')
        used[t] = r['key']
        F = fkeys[t]
        if lf is not None and isinstance(F.get('found_at_min'), int) and F['found_at_min'] > lf:
            fault(f'{r["key"]}: its item {t} was found before the loss began')
        if F['category'] != r['category']:
            cross += 1
    if cross > 5:
        fault(f'{cross} pairs under different categories (at most 5)')
    for k, F in fkeys.items():
        if k in used and 'negative' in F:
            fault(f'{k}: a true item carries a negative label')
        if k not in used and F.get('negative') not in LABELS:
            fault(f'{k}: nobody\'s truth but negative = {F.get("negative")!r}')
    negs = {}
    for F in found:
        if 'negative' in F:
            negs[F['negative']] = negs.get(F['negative'], 0) + 1
    cats = {}
    for r in lost:
        c = cats.setdefault(r['category'], [0, 0, 0])
        c[0 if r['truth'] else 1] += 1
    for F in found:
        if 'negative' in F:
            cats.setdefault(F['category'], [0, 0, 0])[2] += 1
    print(f'checked {len(lost)} lost reports ({len(used)} with a true item, {len(lost) - len(used)} never found) '
          f'and {len(found)} found items; {cross} cross-category pairs')
    print(f'negatives: {dict(sorted(negs.items()))}')
    print('by category (pairs, never found, negatives): ' + ', '.join(f'{c} {v[0]}/{v[1]}/{v[2]}'
                                                                     for c, v in sorted(cats.items())))
    print(f'{n_id} full ID numbers pass GB 11643, {n_imei} full IMEIs pass Luhn; bank cards only as tails or masks')
    if '--quick' not in sys.argv:
        import make_set91
        rng, losts, founds = make_set91.build()
        again = json.dumps(make_set91.assemble(rng, losts, founds), ensure_ascii=False, indent=1) + '\n'
        from set91_conflict import audit
        bad = audit(losts, founds)
        for b in bad[:20]:
            fault('honesty: ' + b)
        if again != raw:
            fault('set91.json differs from what make_set91.py builds now')
        elif not bad:
            print(f'rebuilt from make_set91.py: identical; honesty audit over {len(losts)} x {len(founds)} '
                  f'lost/found pairs passed (each lost report clashes with every found item but its own)')
    for f in faults:
        print('FAULT:', f)
    if faults:
        print(f'{len(faults)} faults')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
