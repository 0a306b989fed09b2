#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_set39.py - validates set39.json against the brief; exits non-zero on any fault.

Checks: file shape, keys, categories, field types and lengths, coordinates, minute ranges,
labels (truth links, at most one report per found item, found-before-loss never a truth,
cross-category pairs at most 5), counts (400 lost / 300 with truth, 500 found / 200
negatives by kind), identifiers in every text (GB 11643 check digits on ID numbers, Luhn on
IMEIs, no unmasked bank card number), that make_set39.py reproduces the file byte for byte
under two different PYTHONHASHSEED values, and, on the generator's hidden records, that every
non-truth pair in one category that time does not rule out discloses a fact that disagrees.
Python 3 standard library only.  Usage: python3 check_set39.py [path/to/set39.json]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 39
PFX = 'Q3'
SEED = 20261239
CATS = {'id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other'}
NEG_KINDS = {'same_cat_colour': 60, 'found_before_loss': 45, 'same_brand_elsewhere': 45, 'desk_other': 50}
MAXMIN = 172800
OPT = ('color', 'brand', 'model', 'serial', 'address')
LOST_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
             'lost_from_min', 'lost_to_min', 'truth'}
FOUND_KEYS = {'key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'address', 'marks', 'lat', 'lon',
              'found_at_min', 'negative'}

faults = []
done = []


def fault(msg):
    faults.append(msg)


def ok(msg):
    done.append(msg)


def id_valid(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    return '10X98765432'[sum(int(c) * w[i] for i, c in enumerate(s[:17])) % 11] == s[17]


def luhn_valid(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


NUM_RUN = re.compile(r'(?<![\dA-Za-z*])\d+(?:[ \-]\d+)*X?(?![\dA-Za-z*])')


def scan_numbers(where, text):
    n_id = n_imei = 0
    for m in NUM_RUN.finditer(text):
        raw = m.group(0)
        dg = re.sub(r'[ \-]', '', raw)
        if dg.endswith('X'):
            if len(dg) == 18:
                n_id += 1
                if not id_valid(dg):
                    fault('%s: ID number %r has a bad check digit' % (where, raw))
            continue
        if len(dg) == 18 and re.fullmatch(r'\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}', dg):
            n_id += 1
            if not id_valid(dg):
                fault('%s: ID number %r has a bad check digit' % (where, raw))
        elif len(dg) == 15:
            n_imei += 1
            if not luhn_valid(dg):
                fault('%s: 15-digit number %r (IMEI) fails Luhn' % (where, raw))
        elif 16 <= len(dg) <= 19:
            fault('%s: unmasked 16-19 digit number %r (bank card?)' % (where, raw))
    return n_id, n_imei


def check_record(r, side, seen):
    where = r.get('key', '?')
    allowed = LOST_KEYS if side == 'lost' else FOUND_KEYS
    extra = set(r) - allowed
    if extra:
        fault('%s: unexpected fields %s' % (where, sorted(extra)))
    if not isinstance(r.get('key'), str):
        fault('%s: key missing' % where)
    if r.get('key') in seen:
        fault('%s: duplicate key' % where)
    seen.add(r.get('key'))
    if r.get('category') not in CATS:
        fault('%s: bad category %r' % (where, r.get('category')))
    b = r.get('body')
    if not isinstance(b, str) or not b.strip() or len(b) > 600:
        fault('%s: body missing or longer than 600' % where)
    for f in OPT:
        if f in r and (not isinstance(r[f], str) or not r[f].strip() or len(r[f]) > 60):
            fault('%s: %s empty, not a string or longer than 60' % (where, f))
    if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
        fault('%s: marks empty or longer than 500' % where)
    if ('lat' in r) != ('lon' in r):
        fault('%s: lat and lon must come together' % where)
    if 'lat' in r:
        la, lo = r['lat'], r['lon']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
            fault('%s: lat/lon not numbers' % where)
        elif not (18.0 <= la <= 53.6 and 73.5 <= lo <= 135.1):
            fault('%s: lat/lon outside China' % where)
    if side == 'lost':
        a, z = r.get('lost_from_min'), r.get('lost_to_min')
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, z)):
            fault('%s: lost_from_min/lost_to_min must be integers' % where)
        elif not (MAXMIN >= a >= z >= 0):
            fault('%s: need 172800 >= lost_from_min >= lost_to_min >= 0, got %r %r' % (where, a, z))
        if 'truth' not in r or not (r['truth'] is None or isinstance(r['truth'], str)):
            fault('%s: truth must be a key or null' % where)
    else:
        t = r.get('found_at_min')
        if not isinstance(t, int) or isinstance(t, bool) or not (0 <= t <= MAXMIN):
            fault('%s: found_at_min must be an integer in 0..172800' % where)
        if 'negative' in r and r['negative'] not in NEG_KINDS:
            fault('%s: unknown negative label %r' % (where, r['negative']))
    ids = imeis = 0
    for f in ('body', 'serial', 'marks', 'model', 'address'):
        if isinstance(r.get(f), str):
            a, b2 = scan_numbers('%s.%s' % (where, f), r[f])
            ids += a
            imeis += b2
    return ids, imeis


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'set%d.json' % NN)
    with open(path, encoding='utf-8') as fh:
        raw = fh.read()
    data = json.loads(raw)
    if data.get('seed') != SEED:
        fault('seed is %r, expected %d' % (data.get('seed'), SEED))
    if data.get('made_by') != 'tests/lostfound/make_set%d.py' % NN:
        fault('made_by is %r' % data.get('made_by'))
    parts = data.get('parts', {})
    if list(parts) != ['set%d' % NN]:
        fault('parts must hold exactly set%d' % NN)
    part = parts.get('set%d' % NN, {})
    lost, found = part.get('lost', []), part.get('found', [])
    ok('file shape: seed %d, made_by, parts.set%d.{found,lost}' % (SEED, NN))

    seen = set()
    n_id = n_imei = 0
    for r in lost:
        a, b = check_record(r, 'lost', seen)
        n_id += a
        n_imei += b
    for r in found:
        a, b = check_record(r, 'found', seen)
        n_id += a
        n_imei += b
    ok('%d records: fields, lengths (body<=600, fields<=60, marks<=500), lat/lon pairs inside China, '
       'minute ranges' % (len(lost) + len(found)))
    ok('numbers in text: %d full ID numbers with valid GB 11643 check digits, %d IMEIs with valid Luhn digits, '
       'no unmasked bank card number' % (n_id, n_imei))

    want_l = ['%s-L%04d' % (PFX, i + 1) for i in range(len(lost))]
    want_f = ['%s-F%04d' % (PFX, i + 1) for i in range(len(found))]
    if [r.get('key') for r in lost] != want_l:
        fault('lost keys are not %s-L0001.. in order' % PFX)
    if [r.get('key') for r in found] != want_f:
        fault('found keys are not %s-F0001.. in order' % PFX)
    ok('keys %s-L0001..L%04d and %s-F0001..F%04d' % (PFX, len(lost), PFX, len(found)))

    fby = {r['key']: r for r in found if isinstance(r.get('key'), str)}
    used = {}
    cross = 0
    for r in lost:
        t = r.get('truth')
        if t is None:
            continue
        if t not in fby:
            fault('%s: truth %r is not a found key' % (r['key'], t))
            continue
        if t in used:
            fault('%s: found %s is already the truth of %s' % (r['key'], t, used[t]))
        used[t] = r['key']
        f = fby[t]
        if 'negative' in f:
            fault('%s: truth %s carries a negative label' % (r['key'], t))
        if isinstance(f.get('found_at_min'), int) and isinstance(r.get('lost_from_min'), int):
            if f['found_at_min'] > r['lost_from_min']:
                fault('%s: its item %s was found before the loss began' % (r['key'], t))
        if f.get('category') != r.get('category'):
            cross += 1
    for f in found:
        if 'negative' not in f and f['key'] not in used:
            fault('%s: neither a truth nor labelled negative' % f['key'])
    if cross > 5:
        fault('%d pairs under different categories (at most 5)' % cross)
    ok('labels: each truth exists, is the truth of one report only, carries no negative label and was found '
       'at or after the start of the loss window; %d cross-category pairs (<= 5)' % cross)

    n_truth = sum(1 for r in lost if r.get('truth'))
    neg = {}
    for f in found:
        if 'negative' in f:
            neg[f['negative']] = neg.get(f['negative'], 0) + 1
    if len(lost) != 400 or n_truth != 300:
        fault('expected 400 lost with 300 truths, got %d / %d' % (len(lost), n_truth))
    if len(found) != 500 or sum(neg.values()) != 200:
        fault('expected 500 found with 200 negatives, got %d / %d' % (len(found), sum(neg.values())))
    if neg != NEG_KINDS:
        fault('negative kinds %r, expected %r' % (neg, NEG_KINDS))
    ok('counts: %d lost (%d with a true item, %d never handed in), %d found (%d true, %d negatives: %s)' % (
        len(lost), n_truth, len(lost) - n_truth, len(found), len(found) - sum(neg.values()), sum(neg.values()),
        ', '.join('%s %d' % kv for kv in sorted(neg.items()))))

    # serials: two different objects never carry the same normalised serial field
    def norm(s):
        return re.sub(r'[^0-9A-Z]', '', s.upper())
    lost_serial = {}
    for r in lost:
        if 'serial' in r and len(norm(r['serial'])) >= 8:
            lost_serial[norm(r['serial'])] = r
    clash = 0
    for f in found:
        if 'serial' in f and len(norm(f['serial'])) >= 8:
            l = lost_serial.get(norm(f['serial']))
            if l is not None and l.get('truth') != f['key']:
                clash += 1
                fault('%s and %s share serial %r but are not a pair' % (l['key'], f['key'], f['serial']))
    ok('no lost/found pair outside the truth shares a serial field')

    # determinism: rebuild twice under different hash seeds and compare bytes
    maker = os.path.join(HERE, 'make_set%d.py' % NN)
    with tempfile.TemporaryDirectory() as td:
        outs = []
        for hs in ('1', '4242'):
            out = os.path.join(td, 'set_%s.json' % hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, maker, '--out', out], check=True, env=env, stdout=subprocess.DEVNULL)
            with open(out, encoding='utf-8') as fh:
                outs.append(fh.read())
        if outs[0] != outs[1]:
            fault('make_set%d.py output differs between PYTHONHASHSEED=1 and 4242' % NN)
        if outs[0] != raw:
            fault('set%d.json is not what make_set%d.py writes now' % (NN, NN))
    ok('determinism: make_set%d.py rebuilt the file byte for byte under PYTHONHASHSEED=1 and 4242' % NN)

    # honesty on the hidden records
    sys.path.insert(0, HERE)
    import make_set39 as mk
    _, hl, hf, _ = mk.build()
    bad = 0
    pairs = 0
    for L in hl:
        for Fd in hf:
            if L.truth is Fd or Fd.cat != L.cat or Fd.at_min > L.from_min:
                continue
            pairs += 1
            if not any(k in Fd.disc and mk.fact_conflict(k, L.disc[k], Fd.disc[k], k in L.obj.subset)
                       for k in L.disc):
                bad += 1
                fault('honesty: %s and %s disclose nothing that tells them apart' % (L.key, Fd.key))
    truth_bad = 0
    for L in hl:
        if L.truth is not None:
            if any(k in L.truth.disc and mk.fact_conflict(k, L.disc[k], L.truth.disc[k], k in L.obj.subset)
                   for k in L.disc):
                truth_bad += 1
                fault('honesty: true pair %s / %s disagree' % (L.key, L.truth.key))
    ok('honesty (hidden records): %d same-category non-truth pairs not ruled out by time, each discloses a '
       'disagreeing fact; %d true pairs, none disagree' % (pairs, sum(1 for L in hl if L.truth is not None)))

    for m in done:
        print('checked:', m)
    if faults:
        for m in faults[:60]:
            print('FAULT:', m)
        print('%d fault(s)' % len(faults))
        sys.exit(1)
    print('set%d OK' % NN)


if __name__ == '__main__':
    main()
