#!/usr/bin/env python3
"""Check tests/lostfound/set52.json against the brief it was written from (BRIEF-issue-worded.md).

Exits non-zero on any fault and prints what it checked. Python 3 standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = 'set52'
PFX = 'S52'
SEED = 52052
PATH = os.path.join(HERE, SET + '.json')
MAKER = os.path.join(HERE, 'make_' + SET + '.py')

CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
WANT = {'pairs': 150, 'lost_only': 90, 'hard': 90, 'unclaimed': 30}
WANT_NEG = {'twin_one_fact': 22, 'same_category_colour': 24, 'found_before_loss': 22, 'same_brand_elsewhere': 22,
            'unclaimed': 30}
MAXMIN = 172800
TEXT60 = ['color', 'brand', 'model', 'serial', 'address']
LOST_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth'}
FOUND_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative'}
IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def id_ok(s):
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    if '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], IDW)) % 11] != s[17]:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2024 and 1 <= m <= 12 and 1 <= d <= 31


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


def scan_numbers(key, text, counts):
    """Every long number in a text must be a valid ID number (GB 11643) or a valid IMEI (Luhn);
    no full bank card numbers and no mobile phone numbers."""
    for m in re.finditer(r'\d(?:[ \-]?\d)*[\dXx]?', text):
        raw = m.group(0)
        s = re.sub(r'[ \-]', '', raw).upper()
        if len(s) >= 15 and not s[:-1].isdigit():
            fault(f'{key}: odd number {raw!r}')
            continue
        if len(s) == 18:
            if id_ok(s):
                counts['id'] += 1
            else:
                fault(f'{key}: 18-digit number that is not a valid ID number: {raw!r}')
        elif len(s) == 15:
            if s.isdigit() and luhn_ok(s):
                counts['imei'] += 1
            else:
                fault(f'{key}: 15-digit number that is not a valid IMEI: {raw!r}')
        elif len(s) >= 15:
            fault(f'{key}: {len(s)}-digit number (a full card number?): {raw!r}')
        elif len(s) == 11 and re.fullmatch(r'1[3-9]\d{9}', s):
            fault(f'{key}: looks like a mobile phone number: {raw!r}')


def main():
    with open(PATH, encoding='utf-8') as fh:
        raw_text = fh.read()
    data = json.loads(raw_text)
    if data.get('seed') != SEED:
        fault(f'seed is {data.get("seed")}, want {SEED}')
    if data.get('made_by') != f'tests/lostfound/make_{SET}.py':
        fault(f'made_by is {data.get("made_by")!r}')
    if set(data) != {'seed', 'made_by', 'parts'} or set(data['parts']) != {SET}:
        fault('top level must be seed, made_by, parts.' + SET)
    part = data['parts'][SET]
    if set(part) != {'found', 'lost'}:
        fault('part must hold found and lost')
    found, lost = part['found'], part['lost']
    checked.append(f'top level: seed {SEED}, made_by, one part {SET}')

    # keys
    for side, recs, letter in (('found', found, 'F'), ('lost', lost, 'L')):
        keys = [r.get('key') for r in recs]
        want = [f'{PFX}-{letter}{i:04d}' for i in range(1, len(recs) + 1)]
        if keys != want:
            fault(f'{side} keys are not {want[0]} … {want[-1]} in order')
    checked.append(f'keys: {PFX}-L0001…{PFX}-L{len(lost):04d}, {PFX}-F0001…{PFX}-F{len(found):04d}, unique and in order')

    fkeys = {r['key']: r for r in found}
    counts = Counter()
    # common fields
    for side, recs, allowed in (('lost', lost, LOST_FIELDS), ('found', found, FOUND_FIELDS)):
        for r in recs:
            k = r.get('key')
            extra = set(r) - allowed
            if extra:
                fault(f'{k}: unexpected fields {sorted(extra)}')
            if r.get('category') not in CATS:
                fault(f'{k}: bad category {r.get("category")!r}')
            b = r.get('body')
            if not isinstance(b, str) or not b.strip() or len(b) > 600:
                fault(f'{k}: body missing or longer than 600')
            for fld in TEXT60:
                if fld in r and (not isinstance(r[fld], str) or not r[fld].strip() or len(r[fld]) > 60):
                    fault(f'{k}: {fld} empty, not text or longer than 60')
            if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
                fault(f'{k}: marks empty or longer than 500')
            if ('lat' in r) != ('lon' in r):
                fault(f'{k}: lat and lon must come together')
            if 'lat' in r:
                la, lo = r['lat'], r['lon']
                if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)) or not (18 <= la <= 54 and 73 <= lo <= 135):
                    fault(f'{k}: lat/lon not inside China: {la}, {lo}')
                counts[side + '_coords'] += 1
            for fld in ('body', 'marks', 'serial', 'model', 'brand', 'color', 'address'):
                if fld in r and isinstance(r[fld], str):
                    scan_numbers(k, r[fld], counts)
    checked.append('fields: only the brief\'s fields; body ≤ 600, marks ≤ 500, color/brand/model/serial/address ≤ 60, '
                   'lat and lon together and inside China')

    # lost reports
    truths = Counter()
    for r in lost:
        k = r['key']
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(a) and is_int(b) and MAXMIN >= a >= b >= 0):
            fault(f'{k}: need {MAXMIN} ≥ lost_from_min ≥ lost_to_min ≥ 0, got {a}, {b}')
        if 'truth' not in r:
            fault(f'{k}: truth missing')
            continue
        t = r['truth']
        if t is None:
            continue
        if t not in fkeys:
            fault(f'{k}: truth {t} is not a found key')
            continue
        truths[t] += 1
        f = fkeys[t]
        if is_int(f.get('found_at_min')) and is_int(a) and f['found_at_min'] > a:
            fault(f'{k}: its item {t} was found before the loss began')
        if 'negative' in f:
            fault(f'{k}: its truth {t} is labelled negative')
    for t, n in truths.items():
        if n > 1:
            fault(f'{t} is the truth of {n} reports')
    checked.append('lost: windows in range, truth null or a found key, each found item the truth of at most one report, '
                   'every true item found at or after the start of its loss window')

    # found items
    negc = Counter()
    for r in found:
        k = r['key']
        t = r.get('found_at_min')
        if not (is_int(t) and 0 <= t <= MAXMIN):
            fault(f'{k}: found_at_min {t} out of range')
        if k in truths:
            if 'negative' in r:
                fault(f'{k}: is a truth but carries negative')
        else:
            if not r.get('negative'):
                fault(f'{k}: nobody\'s truth but no negative label')
            else:
                negc[r['negative']] += 1
    for lab in negc:
        if lab not in WANT_NEG:
            fault(f'unknown negative label {lab}')
    checked.append('found: found_at_min in range; negative on exactly the found items that are nobody\'s truth')

    # sizes
    n_pairs = sum(1 for r in lost if r.get('truth'))
    n_lo = sum(1 for r in lost if r.get('truth') is None)
    n_hard = sum(v for k, v in negc.items() if k != 'unclaimed')
    got = {'pairs': n_pairs, 'lost_only': n_lo, 'hard': n_hard, 'unclaimed': negc.get('unclaimed', 0)}
    if got != WANT:
        fault(f'sizes {got}, want {WANT}')
    if dict(negc) != WANT_NEG:
        fault(f'negative kinds {dict(negc)}, want {WANT_NEG}')
    if len(lost) != 240 or len(found) != 270:
        fault(f'{len(lost)} lost and {len(found)} found, want 240 and 270')
    checked.append(f'sizes: {n_pairs} true pairs, {n_lo} reports never handed in, {n_hard} hard negatives, '
                   f'{negc.get("unclaimed", 0)} other unclaimed; 240 lost, 270 found')

    cross = [(r['key'], r['category'], fkeys[r['truth']]['category']) for r in lost
             if r.get('truth') in fkeys and fkeys[r['truth']]['category'] != r['category']]
    if len(cross) > 5:
        fault(f'{len(cross)} pairs under different categories, at most 5 allowed')
    checked.append(f'pairs filed under two categories: {len(cross)} (≤ 5): ' + ', '.join(f'{a} {b}→{c}' for a, b, c in cross))
    checked.append(f'numbers: {counts["id"]} ID numbers with valid GB 11643 check digits, {counts["imei"]} IMEIs with valid Luhn '
                   'digits, no full card numbers, no mobile numbers')

    # determinism
    same = True
    with tempfile.TemporaryDirectory() as td:
        for hs in ('0', '4242'):
            out = os.path.join(td, f'set_{hs}.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            res = subprocess.run([sys.executable, MAKER, '--out', out, '--quiet'], env=env, capture_output=True, text=True)
            if res.returncode != 0:
                fault(f'make_{SET}.py failed under PYTHONHASHSEED={hs}: {res.stderr[-500:]}')
                same = False
                continue
            with open(out, encoding='utf-8') as fh:
                if fh.read() != raw_text:
                    fault(f'make_{SET}.py under PYTHONHASHSEED={hs} does not reproduce {SET}.json byte for byte')
                    same = False
    if same:
        checked.append(f'determinism: make_{SET}.py reproduces {SET}.json byte for byte under PYTHONHASHSEED=0 and 4242')

    # summary table
    print(f'{SET}: {len(lost)} lost, {len(found)} found')
    print(f'{"category":<12}{"pairs":>7}{"lost-only":>11}{"hard neg":>10}{"unclaimed":>11}{"lost":>6}{"found":>7}')
    for c in CATS:
        pc = sum(1 for r in lost if r['category'] == c and r.get('truth'))
        lc = sum(1 for r in lost if r['category'] == c and r.get('truth') is None)
        hc = sum(1 for r in found if r['category'] == c and r.get('negative') not in (None, 'unclaimed'))
        uc = sum(1 for r in found if r['category'] == c and r.get('negative') == 'unclaimed')
        print(f'{c:<12}{pc:>7}{lc:>11}{hc:>10}{uc:>11}{pc + lc:>6}{sum(1 for r in found if r["category"] == c):>7}')
    print('negatives: ' + ', '.join(f'{k} {v}' for k, v in sorted(negc.items())))
    print('coords: lost ' + str(counts['lost_coords']) + ', found ' + str(counts['found_coords']))
    print('checked:')
    for c in checked:
        print('  - ' + c)
    if faults:
        print(f'{len(faults)} FAULTS:')
        for f in faults[:60]:
            print('  ! ' + f)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
