#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""check_set69.py -- validates set69.json (exit status 1 on any fault) and prints what it checked.

Checks the shape the brief asks for, the labels, the numbers written in the text (ID numbers carry
valid GB 11643 check digits, IMEIs valid Luhn digits, no whole bank card number anywhere), that a
true pair's numbers agree, and that make_set69.py rebuilds the file byte for byte under two
PYTHONHASHSEED values.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set69.json')
MAKER = os.path.join(HERE, 'make_set69.py')
SEED, PFX, PART = 6969, 'S69', 'set69'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG = ['same_cat_color', 'twin', 'found_before_loss', 'same_brand_elsewhere', 'unclaimed']
HARD = NEG[:4]
SHORT = ['color', 'brand', 'model', 'serial', 'address']
COMMON = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon']
LOST_KEYS = COMMON + ['lost_from_min', 'lost_to_min', 'truth']
FOUND_KEYS = COMMON + ['found_at_min', 'negative']
MAXMIN = 172800

faults = []


def fault(msg):
    faults.append(msg)


def id_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if not re.fullmatch(r'\d{17}[\dXx]', s):
        return False
    return '10X98765432'[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17].upper()


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


RE_ID = re.compile(r'(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])')
RE_ID_SP = re.compile(r'(?<!\d)(\d{6}) (\d{8}) (\d{3}[\dXx])(?![0-9A-Za-z])')
RE_IMEI = [re.compile(r'(?<![\d-])(\d{15})(?![\d-])'), re.compile(r'(?<![\d-])(\d{2}[ -]\d{6}[ -]\d{6}[ -]\d)(?![\d-])'),
           re.compile(r'(?<!\d)(\d{4} \d{4} \d{4} \d{3})(?!\d)')]
RE_LONG = re.compile(r'(?<!\d)\d{16,}(?!\d)')
RE_CARD4 = re.compile(r'(?<!\d)\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}')
RE_MASKID = re.compile(r'(?<![\dA-Za-z])(\d{3,10})(\*{4,11})(\d{3}[\dXx])(?![\dA-Za-z*])')


def numbers(text):
    """(full ID numbers, IMEIs) written in text; faults for bad ones"""
    ids, imeis = [], []
    for m in RE_ID.finditer(text):
        ids.append(m.group(1).upper())
    for m in RE_ID_SP.finditer(text):
        ids.append((m.group(1) + m.group(2) + m.group(3)).upper())
    for rx in RE_IMEI:
        for m in rx.finditer(text):
            imeis.append(re.sub(r'[ -]', '', m.group(1)))
    for m in RE_LONG.finditer(text):
        if len(m.group(0)) != 18 and len(m.group(0)) != 17:
            fault('a long digit run that is neither an ID nor an IMEI: %r' % m.group(0))
    for m in RE_CARD4.finditer(text):
        fault('a whole card number written in groups: %r' % m.group(0))
    return ids, imeis


def text_of(r):
    return ' '.join(str(r.get(k, '')) for k in ('body', 'serial', 'marks', 'model', 'address'))


def main():
    raw = open(PATH, encoding='utf-8').read()
    d = json.loads(raw)
    checked = collections.Counter()
    if d.get('seed') != SEED:
        fault('seed is %r' % d.get('seed'))
    if d.get('made_by') != 'tests/lostfound/make_set69.py':
        fault('made_by is %r' % d.get('made_by'))
    if sorted(d.get('parts', {})) != [PART]:
        fault('parts are %r' % sorted(d.get('parts', {})))
    part = d['parts'][PART]
    if sorted(part) != ['found', 'lost']:
        fault('part keys %r' % sorted(part))
    lost, found = part['lost'], part['found']

    def common(r, kind, allowed):
        for k in r:
            if k not in allowed:
                fault('%s has an unknown field %r' % (r.get('key'), k))
        if r.get('category') not in CATS:
            fault('%s category %r' % (r.get('key'), r.get('category')))
        b = r.get('body')
        if not isinstance(b, str) or not b.strip() or len(b) > 600:
            fault('%s body missing or longer than 600' % r.get('key'))
        if isinstance(b, str) and ('{' in b or '}' in b or 'None' in b or '%s' in b or '%d' in b):
            fault('%s body has a template leftover: %r' % (r.get('key'), b))
        for k in SHORT:
            if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
                fault('%s field %s bad: %r' % (r['key'], k, r[k]))
        if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
            fault('%s marks bad' % r['key'])
        if ('lat' in r) != ('lon' in r):
            fault('%s has one of lat/lon' % r['key'])
        if 'lat' in r:
            la, lo = r['lat'], r['lon']
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (la, lo)):
                fault('%s lat/lon not numbers' % r['key'])
            elif not (18 <= la <= 54 and 73 <= lo <= 135):
                fault('%s lat/lon outside China' % r['key'])
            elif not (30.3 <= la <= 30.9 and 113.5 <= lo <= 114.3):
                fault('%s lat/lon outside the invented city (central China)' % r['key'])
            checked['coordinates'] += 1
        checked[kind + ' records'] += 1

    fkeys = {}
    for i, r in enumerate(found):
        if r.get('key') != '%s-F%04d' % (PFX, i + 1):
            fault('found key %r out of sequence at %d' % (r.get('key'), i))
        fkeys[r['key']] = r
        common(r, 'found', FOUND_KEYS)
        fa = r.get('found_at_min')
        if not isinstance(fa, int) or isinstance(fa, bool) or not 0 <= fa <= MAXMIN:
            fault('%s found_at_min %r' % (r['key'], fa))
    if len(fkeys) != len(found):
        fault('duplicate found keys')
    truth_of = {}
    for i, r in enumerate(lost):
        if r.get('key') != '%s-L%04d' % (PFX, i + 1):
            fault('lost key %r out of sequence at %d' % (r.get('key'), i))
        common(r, 'lost', LOST_KEYS)
        a, b = r.get('lost_from_min'), r.get('lost_to_min')
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (a, b)) or not (MAXMIN >= a >= b >= 0):
            fault('%s loss window %r..%r' % (r['key'], a, b))
        if 'truth' not in r:
            fault('%s has no truth field' % r['key'])
        t = r.get('truth')
        if t is not None:
            if t not in fkeys:
                fault('%s truth %r is not a found key' % (r['key'], t))
                continue
            if t in truth_of:
                fault('%s is the truth of %s and %s' % (t, truth_of[t], r['key']))
            truth_of[t] = r['key']
            f = fkeys[t]
            if f['found_at_min'] > a:
                fault('%s found before the loss began (%d > %d)' % (r['key'], f['found_at_min'], a))
            checked['pairs found at or after the loss began'] += 1
    lost_by = {r['key']: r for r in lost}
    for k, f in fkeys.items():
        if k in truth_of:
            if 'negative' in f:
                fault('%s is a truth but carries negative=%r' % (k, f['negative']))
        elif f.get('negative') not in NEG:
            fault('%s is nobody\'s truth but negative=%r' % (k, f.get('negative')))

    # numbers in the text
    n_ids = n_imei = 0
    rec_ids, rec_imeis = {}, {}
    for r in lost + found:
        ids, imeis = numbers(text_of(r))
        for x in ids:
            n_ids += 1
            if not id_ok(x):
                fault('%s ID number %s has a wrong check digit' % (r['key'], x))
        for x in imeis:
            n_imei += 1
            if not luhn_ok(x):
                fault('%s IMEI %s fails Luhn' % (r['key'], x))
        rec_ids[r['key']] = ids
        rec_imeis[r['key']] = imeis
    checked['ID numbers with valid check digits'] = n_ids
    checked['IMEIs with valid Luhn digits'] = n_imei
    # a true pair's numbers agree
    for t, lk in truth_of.items():
        l, f = lost_by[lk], fkeys[t]
        li, fi = rec_ids[lk], rec_ids[t]
        if li and fi and not set(li) & set(fi):
            fault('%s/%s full ID numbers differ' % (lk, t))
        if li:
            for m in RE_MASKID.finditer(text_of(f)):
                pre, suf = m.group(1), m.group(3).upper()
                if len(m.group(0)) != 18:
                    continue          # a phone number or a bank card mask, not an ID
                if not any(x.startswith(pre) and x.endswith(suf) for x in li):
                    fault('%s/%s masked ID %s does not fit the owner\'s number' % (lk, t, m.group(0)))
                checked['masked IDs fitting the owner\'s full number'] += 1
        lm, fm = rec_imeis[lk], rec_imeis[t]
        if lm and fm:
            if not {x[:8] for x in lm} & {x[:8] for x in fm}:
                fault('%s/%s IMEIs are of different phones' % (lk, t))
            checked['pairs whose IMEIs share the type code'] += 1

    # counts
    n_pair = len(truth_of)
    n_never = sum(1 for r in lost if r.get('truth') is None)
    negs = collections.Counter(f['negative'] for f in found if 'negative' in f)
    hard = sum(negs[k] for k in HARD)
    cross = [(lk, lost_by[lk]['category'], fkeys[t]['category']) for t, lk in truth_of.items()
             if lost_by[lk]['category'] != fkeys[t]['category']]
    if len(lost) != 240:
        fault('%d lost reports, expected 240' % len(lost))
    if n_pair != 150:
        fault('%d true pairs, expected 150' % n_pair)
    if n_never != 90:
        fault('%d never-found reports, expected 90' % n_never)
    if not 260 <= len(found) <= 280:
        fault('%d found items, expected about 270' % len(found))
    if hard < 90:
        fault('only %d hard negatives' % hard)
    if len(cross) > 5:
        fault('%d cross-category pairs (at most 5)' % len(cross))
    bodies = collections.Counter(r['body'] for r in lost + found)
    for b, n in bodies.items():
        if n > 1:
            fault('body written %d times: %r' % (n, b[:60]))

    # the generator rebuilds this file exactly, under two hash seeds
    same = 0
    for hs in ('0', '4242'):
        with tempfile.TemporaryDirectory() as td:
            out = os.path.join(td, 'set69.json')
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, MAKER, out], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                fault('make_set69.py failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr[-400:]))
                continue
            if open(out, encoding='utf-8').read() != raw:
                fault('make_set69.py output differs from set69.json under PYTHONHASHSEED=%s' % hs)
            else:
                same += 1
    checked['identical rebuilds (PYTHONHASHSEED 0 and 4242)'] = same

    # report
    print('set69.json: %d lost reports (%d handed in, %d never), %d found items' % (len(lost), n_pair, n_never, len(found)))
    print('negatives: %s; hard %d' % (', '.join('%s %d' % (k, negs[k]) for k in NEG), hard))
    print('cross-category pairs: %s' % ', '.join('%s %s->%s' % c for c in sorted(cross)))
    print('%-12s %6s %6s %6s %6s' % ('category', 'lost', 'paired', 'never', 'found'))
    for c in CATS:
        lc = [r for r in lost if r['category'] == c]
        print('%-12s %6d %6d %6d %6d' % (c, len(lc), sum(1 for r in lc if r['truth']), sum(1 for r in lc if not r['truth']),
                                        sum(1 for f in found if f['category'] == c)))
    fill = collections.Counter()
    for r in lost + found:
        fill['lost' if r['key'][4] == 'L' else 'found', len([k for k in SHORT + ['marks', 'lat'] if k in r])] += 1
    print('fields filled besides body (0..7): lost %s; found %s' % (
        ' '.join('%d:%d' % (k, fill['lost', k]) for k in range(8)), ' '.join('%d:%d' % (k, fill['found', k]) for k in range(8))))
    for k in sorted(checked):
        print('checked: %s: %d' % (k, checked[k]))
    if faults:
        print('\n%d FAULTS' % len(faults))
        for f in faults[:80]:
            print('  ' + f)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
