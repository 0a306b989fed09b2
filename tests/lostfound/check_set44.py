#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate tests/lostfound/set44.json against the brief; exit non-zero on any fault.

Checks the file layout, counts, keys, field types and lengths, time windows, the truth links,
number validity (GB 11643 ID check digits, IMEI Luhn digits, no full bank card numbers),
and that make_set44.py reproduces the file byte for byte under two PYTHONHASHSEED values.
Python 3 standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set44.json')
MAKER = os.path.join(HERE, 'make_set44.py')
SEED = 44044
PFX = 'W3'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG_LABELS = ['same_category_colour', 'found_before_loss', 'same_brand_elsewhere', 'ordinary']
MAXMIN = 172800
N_LOST, N_FOUND, N_PAIRS, N_NEG = 400, 500, 300, 200
STR_FIELDS = {'color': 60, 'brand': 60, 'model': 60, 'serial': 60, 'address': 60, 'marks': 500}
LOST_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
               'lost_from_min', 'lost_to_min', 'truth'}
FOUND_FIELDS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon',
                'found_at_min', 'negative'}

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r'\d{17}[\dXx]', s):
        return False
    return '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()


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


def check_common(r, where):
    if r.get('category') not in CATS:
        fault(f'{where}: bad category {r.get("category")!r}')
    b = r.get('body')
    if not isinstance(b, str) or not b.strip():
        fault(f'{where}: empty body')
    elif len(b) > 600:
        fault(f'{where}: body longer than 600 ({len(b)})')
    for k, n in STR_FIELDS.items():
        if k in r:
            v = r[k]
            if not isinstance(v, str) or not v.strip():
                fault(f'{where}: field {k} empty or not a string')
            elif len(v) > n:
                fault(f'{where}: field {k} longer than {n}')
    if ('lat' in r) != ('lon' in r):
        fault(f'{where}: lat and lon must come together')
    if 'lat' in r:
        lat, lon = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            fault(f'{where}: lat/lon not numbers')
        elif not (18.0 <= lat <= 54.0 and 73.0 <= lon <= 135.5):
            fault(f'{where}: lat/lon outside China ({lat}, {lon})')
    text = ' '.join(str(r.get(k, '')) for k in ('body', 'serial', 'marks', 'model', 'address', 'brand', 'color'))
    for bad in ('{', '}', '，，', '。。', '（）'):
        if bad in text:
            fault(f'{where}: template residue {bad!r}')
    if re.search(r'\b(None|nan|null)\b', text):
        fault(f'{where}: template residue None/nan')
    # numbers: every 18-character ID must carry a valid check digit, 15-digit IMEIs must pass Luhn,
    # and no other run of 16 or more digits (a full bank card) may appear
    for m in re.finditer(r'(?<![\dA-Za-z])(\d{17}[\dXx])(?![\dA-Za-z])', text):
        if not id_ok(m.group(1)):
            fault(f'{where}: ID number with a wrong check digit {m.group(1)}')
    for m in re.finditer(r'\d{16,}', text):
        if len(m.group(0)) != 18 or not id_ok(text[m.start():m.start() + 18]):
            if not (len(m.group(0)) == 17 and re.match(r'[Xx]', text[m.end():m.end() + 1] or ' ')):
                fault(f'{where}: long digit run (bank card?) {m.group(0)}')
    spaced = re.sub(r'(?<=\d)[ \-](?=\d)', '', text)
    for m in re.finditer(r'(?<!\d)(\d{15})(?!\d)', spaced):
        if not luhn_ok(m.group(1)):
            fault(f'{where}: 15-digit number failing Luhn {m.group(1)}')
    if 'serial' in r:
        raw = re.sub(r'[\s\-]', '', r['serial'])
        raw = re.sub(r'^(IMEI1?:?)', '', raw)
        if re.fullmatch(r'\d{15}', raw) and not luhn_ok(raw):
            fault(f'{where}: serial IMEI fails Luhn')
        if re.fullmatch(r'\d{17}[\dXx]', raw) and not id_ok(raw):
            fault(f'{where}: serial ID fails check digit')


def main():
    with open(PATH, encoding='utf-8') as fh:
        data = json.load(fh)
    if data.get('seed') != SEED:
        fault('seed is not 44044')
    if data.get('made_by') != 'tests/lostfound/make_set44.py':
        fault('made_by is wrong')
    if set(data) != {'seed', 'made_by', 'parts'} or set(data.get('parts', {})) != {'set44'}:
        fault('top level must be seed, made_by, parts.set44')
    part = data['parts']['set44']
    if set(part) != {'found', 'lost'}:
        fault('parts.set44 must hold found and lost')
    found, lost = part['found'], part['lost']
    checked.append('layout: seed, made_by, parts.set44.{found,lost}')

    if len(lost) != N_LOST or len(found) != N_FOUND:
        fault(f'counts: {len(lost)} lost, {len(found)} found (want {N_LOST}, {N_FOUND})')
    for i, r in enumerate(lost):
        if r.get('key') != f'{PFX}-L{i + 1:04d}':
            fault(f'lost #{i}: key {r.get("key")!r} out of sequence')
    for i, r in enumerate(found):
        if r.get('key') != f'{PFX}-F{i + 1:04d}':
            fault(f'found #{i}: key {r.get("key")!r} out of sequence')
    checked.append(f'keys: {PFX}-L0001..L{len(lost):04d}, {PFX}-F0001..F{len(found):04d}, in order, unique')

    fmap = {r['key']: r for r in found}
    for r in lost:
        w = r.get('key')
        extra = set(r) - LOST_FIELDS
        if extra:
            fault(f'{w}: unknown fields {sorted(extra)}')
        check_common(r, w)
        fm, tm = r.get('lost_from_min'), r.get('lost_to_min')
        if not (is_int(fm) and is_int(tm) and MAXMIN >= fm >= tm >= 0):
            fault(f'{w}: bad window {fm}..{tm}')
        if 'truth' not in r:
            fault(f'{w}: truth missing (use null)')
    for r in found:
        w = r.get('key')
        extra = set(r) - FOUND_FIELDS
        if extra:
            fault(f'{w}: unknown fields {sorted(extra)}')
        check_common(r, w)
        fa = r.get('found_at_min')
        if not (is_int(fa) and 0 <= fa <= MAXMIN):
            fault(f'{w}: bad found_at_min {fa}')
    checked.append('fields: allowed names only, types, lengths (body 600, fields 60, marks 500), lat/lon pairs inside China')
    checked.append('windows: 172800 >= lost_from_min >= lost_to_min >= 0; 0 <= found_at_min <= 172800')
    checked.append('numbers: ID check digits (GB 11643), IMEI Luhn, no full bank card numbers')

    truths = [r['truth'] for r in lost if r.get('truth') is not None]
    if len(truths) != N_PAIRS:
        fault(f'{len(truths)} lost reports with a truth (want {N_PAIRS})')
    if len(set(truths)) != len(truths):
        fault('a found item is the truth of more than one report')
    cross = 0
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        f = fmap.get(t)
        if f is None:
            fault(f'{r["key"]}: truth {t} does not exist')
            continue
        if 'negative' in f:
            fault(f'{t}: truth item carries a negative label')
        if f['found_at_min'] > r['lost_from_min']:
            fault(f'{r["key"]}: true item {t} found before the loss window began')
        if f['category'] != r['category']:
            cross += 1
    if cross > 5:
        fault(f'{cross} pairs under different categories (at most 5)')
    tset = set(truths)
    negs = {}
    for f in found:
        if f['key'] in tset:
            continue
        lab = f.get('negative')
        if lab not in NEG_LABELS:
            fault(f'{f["key"]}: nobody\'s item without a known negative label ({lab!r})')
        negs[lab] = negs.get(lab, 0) + 1
    if sum(negs.values()) != N_NEG:
        fault(f'{sum(negs.values())} negatives (want {N_NEG})')
    # a found-before-loss negative must be found before the start of some loss of its category
    for f in found:
        if f.get('negative') == 'found_before_loss':
            if not any(r['category'] == f['category'] and r['lost_from_min'] < f['found_at_min'] for r in lost):
                fault(f'{f["key"]}: found_before_loss but no lost report of its category starts after it')
    checked.append(f'truth: {len(truths)} pairs, each found item used once, found_at_min <= lost_from_min, '
                   f'{cross} cross-category pairs (<= 5), {len(lost) - len(truths)} reports never handed in')
    checked.append('negatives: ' + ', '.join(f'{k} {negs.get(k, 0)}' for k in NEG_LABELS))

    # determinism: the maker reproduces the file under two hash seeds
    with tempfile.TemporaryDirectory() as td:
        outs = []
        for hs in ('0', '4242'):
            p = os.path.join(td, f'out{hs}.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, MAKER, p], check=True, env=env, stderr=subprocess.DEVNULL)
            with open(p, 'rb') as fh:
                outs.append(fh.read())
        with open(PATH, 'rb') as fh:
            cur = fh.read()
        if not (outs[0] == outs[1] == cur):
            fault('make_set44.py does not reproduce set44.json byte for byte')
    checked.append('determinism: make_set44.py reproduces set44.json under PYTHONHASHSEED 0 and 4242')

    # table by category
    print('category       lost  with-truth  never-found  found  true  negatives')
    for c in CATS:
        ll = [r for r in lost if r['category'] == c]
        ff = [r for r in found if r['category'] == c]
        print(f'{c:<13} {len(ll):5d} {sum(1 for r in ll if r["truth"]):11d} {sum(1 for r in ll if not r["truth"]):12d} '
              f'{len(ff):6d} {sum(1 for r in ff if r["key"] in tset):5d} {sum(1 for r in ff if "negative" in r):10d}')
    for line in checked:
        print('checked', line)
    if faults:
        for x in faults[:60]:
            print('FAULT', x)
        print(f'{len(faults)} fault(s)')
        sys.exit(1)
    print('set44 OK')


if __name__ == '__main__':
    main()
