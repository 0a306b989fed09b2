#!/usr/bin/env python3
"""Validate tests/lostfound/set20.json (blind labelled set 20); exit 1 on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set20.json')
P = 'U'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
LABELS = ['twin', 'decoy', 'before_loss', 'brand_elsewhere', 'unclaimed']
STR_FIELDS = {'color': 60, 'brand': 60, 'model': 60, 'serial': 60, 'address': 60, 'marks': 500, 'body': 600}
FOUND_FIELDS = ['key', 'category', 'body', 'found_at_min', 'color', 'brand', 'model', 'serial', 'marks', 'address',
                'lat', 'lon', 'negative']
LOST_FIELDS = ['key', 'category', 'body', 'lost_from_min', 'lost_to_min', 'color', 'brand', 'model', 'serial', 'marks',
               'address', 'lat', 'lon', 'truth']
MAXMIN = 172800
WANT = {'lost': 210, 'lost_true': 150, 'lost_never': 60, 'found': 300, 'twin': 35, 'decoy': 40, 'before_loss': 20,
        'brand_elsewhere': 20, 'unclaimed': 35}
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    s = s.upper()
    return '10X98765432'[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


JOIN = re.compile(r'(?<=\d)[ \-](?=\d)')
ID18 = re.compile(r'(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])')
IMEI15 = re.compile(r'(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])')
LONGRUN = re.compile(r'\d{12,}')


def numbers_in(key, field, text):
    joined = JOIN.sub('', text)
    n = 0
    for m in ID18.finditer(joined):
        n += 1
        if not gb11643_ok(m.group(0)):
            fault('%s %s: ID number %s fails GB 11643' % (key, field, m.group(0)))
    for m in IMEI15.finditer(joined):
        n += 1
        if not luhn_ok(m.group(0)):
            fault('%s %s: IMEI %s fails Luhn' % (key, field, m.group(0)))
    for m in LONGRUN.finditer(joined):
        if len(m.group(0)) not in (15, 17, 18):
            fault('%s %s: a %d-digit number that is neither ID nor IMEI: %s' % (key, field, len(m.group(0)), m.group(0)))
    return n


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_common(e, side, fields, keyre):
    key = e.get('key')
    if not isinstance(key, str) or not keyre.fullmatch(key):
        fault('%s: bad key %r' % (side, key))
        key = repr(key)
    for f in e:
        if f not in fields:
            fault('%s: unknown field %s' % (key, f))
    if e.get('category') not in CATS:
        fault('%s: bad category %r' % (key, e.get('category')))
    if not isinstance(e.get('body'), str) or not e['body'].strip():
        fault('%s: body missing or empty' % key)
    for f, lim in STR_FIELDS.items():
        if f in e:
            if not isinstance(e[f], str) or not e[f].strip():
                fault('%s: %s must be a non-empty string' % (key, f))
            elif len(e[f]) > lim:
                fault('%s: %s longer than %d (%d)' % (key, f, lim, len(e[f])))
    if ('lat' in e) != ('lon' in e):
        fault('%s: lat/lon must come together' % key)
    if 'lat' in e and 'lon' in e:
        if not (is_num(e['lat']) and is_num(e['lon'])):
            fault('%s: lat/lon not numeric' % key)
        elif not (18 <= e['lat'] <= 54 and 73 <= e['lon'] <= 135):
            fault('%s: lat/lon not in China' % key)
    n = 0
    for f in ('body', 'serial', 'marks'):
        if isinstance(e.get(f), str):
            n += numbers_in(key, f, e[f])
    return key, n


def main():
    try:
        with open(PATH, encoding='utf-8') as fh:
            data = json.load(fh)
    except Exception as ex:  # noqa
        print('FAIL: cannot read %s: %s' % (PATH, ex))
        return 1
    if set(data) != {'seed', 'made_by', 'parts'} or data.get('seed') != 20261220 or data.get('made_by') != 'tests/lostfound/make_set20.py':
        fault('top level must be exactly seed 20261220, made_by, parts')
    parts = data.get('parts', {})
    if list(parts) != ['set20'] or set(parts['set20']) != {'found', 'lost'}:
        fault('parts must be {"set20": {"found", "lost"}}')
        return report()
    found, lost = parts['set20']['found'], parts['set20']['lost']
    checked.append('top-level format')

    fre = re.compile(P + r'-F\d{4}')
    lre = re.compile(P + r'-L\d{4}')
    fby = {}
    nnum = 0
    for e in found:
        k, n = check_common(e, 'found', FOUND_FIELDS, fre)
        nnum += n
        if k in fby:
            fault('%s: duplicate key' % k)
        fby[k] = e
        t = e.get('found_at_min')
        if not is_int(t) or not 0 <= t <= MAXMIN:
            fault('%s: found_at_min %r out of range' % (k, t))
    lkeys = set()
    for e in lost:
        k, n = check_common(e, 'lost', LOST_FIELDS, lre)
        nnum += n
        if k in lkeys:
            fault('%s: duplicate key' % k)
        lkeys.add(k)
        a, b = e.get('lost_from_min'), e.get('lost_to_min')
        if not (is_int(a) and is_int(b)) or not (MAXMIN >= a >= b >= 0):
            fault('%s: need %d >= lost_from_min >= lost_to_min >= 0, got %r %r' % (k, MAXMIN, a, b))
        if 'truth' not in e:
            fault('%s: truth missing (use null)' % k)
    checked.append('keys unique and well-formed, known fields only, categories, lengths, lat/lon, time ranges')
    checked.append('%d full ID numbers / IMEIs checked (GB 11643, Luhn)' % nnum)

    used = {}
    cross = 0
    for e in lost:
        t = e.get('truth')
        if t is None:
            continue
        if t not in fby:
            fault('%s: truth %r is not a found item' % (e['key'], t))
            continue
        if t in used:
            fault('%s: truth %s already used by %s' % (e['key'], t, used[t]))
        used[t] = e['key']
        f = fby[t]
        if 'negative' in f:
            fault('%s: truth %s is labelled negative' % (e['key'], t))
        if is_int(f.get('found_at_min')) and is_int(e.get('lost_from_min')) and f['found_at_min'] > e['lost_from_min']:
            fault('%s: truth %s found before the loss began' % (e['key'], t))
        if f.get('category') != e.get('category'):
            cross += 1
    if cross > 5:
        fault('%d true pairs across categories (at most 5)' % cross)
    checked.append('truths exist, used once, found after loss began, not negative; %d cross-category pairs' % cross)

    counts = {lab: 0 for lab in LABELS}
    windows = [(e['category'], e['lost_from_min']) for e in lost if is_int(e.get('lost_from_min'))]
    for k, f in fby.items():
        lab = f.get('negative')
        if k in used:
            continue
        if lab not in LABELS:
            fault('%s: not a truth and no known negative label (%r)' % (k, lab))
            continue
        counts[lab] += 1
        if lab == 'before_loss':
            if not any(c == f['category'] and fa < f['found_at_min'] for c, fa in windows):
                fault('%s: before_loss but not before any same-category loss window' % k)
    checked.append('every other found item carries a known negative; before_loss items lie before a loss window')

    got = {'lost': len(lost), 'lost_true': len(used), 'lost_never': sum(1 for e in lost if e.get('truth') is None),
           'found': len(found)}
    got.update(counts)
    for k, v in WANT.items():
        if got.get(k) != v:
            fault('count %s: want %d, got %r' % (k, v, got.get(k)))
    checked.append('counts ' + ', '.join('%s=%d' % (k, got[k]) for k in WANT))
    bycat = {}
    for e in lost:
        bycat.setdefault(e['category'], [0, 0])[0 if e.get('truth') else 1] += 1
    checked.append('lost by category (true/never): ' + ', '.join('%s %d/%d' % (c, *bycat.get(c, [0, 0])) for c in CATS))
    return report()


def report():
    for c in checked:
        print('checked:', c)
    if faults:
        for f in faults[:50]:
            print('FAULT:', f)
        print('FAIL: %d faults' % len(faults))
        return 1
    print('OK: set20.json passes')
    return 0


if __name__ == '__main__':
    sys.exit(main())
