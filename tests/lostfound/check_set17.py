#!/usr/bin/env python3
"""Validates tests/lostfound/set17.json (blind labelled set 17). Exits non-zero on any fault."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'set17.json')
PREFIX = 'Q'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
NEG = ['twin', 'decoy', 'before_loss', 'brand_elsewhere', 'unclaimed']
MAXMIN = 172800
STR_LIMIT = {'body': 600, 'color': 60, 'brand': 60, 'model': 60, 'serial': 60, 'address': 60, 'marks': 500}
FOUND_FIELDS = {'key', 'category', 'body', 'found_at_min', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon', 'negative'}
LOST_FIELDS = {'key', 'category', 'body', 'lost_from_min', 'lost_to_min', 'color', 'brand', 'model', 'serial', 'marks', 'address',
               'lat', 'lon', 'truth'}
EXPECT = {'found': 300, 'lost': 210, 'with_truth': 150, 'never': 60, 'negatives': 150,
          'twin': 38, 'decoy': 45, 'before_loss': 22, 'brand_elsewhere': 20, 'unclaimed': 25}
MAX_CROSS = 5

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
faults = []
checked = []


def fault(msg):
    faults.append(msg)


def gb11643_ok(s):
    s = s.upper()
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    return '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


ID_RE = re.compile(r'(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])')
RUN15_RE = re.compile(r'(?<!\d)(\d{15})(?!\d)')
IMEI_RE = re.compile(r'(?:IMEI|imei|串号)[^0-9]{0,6}(\d[\d \-]*\d)')
LONGRUN_RE = re.compile(r'(?<![0-9])(\d{16,})(?![0-9])')


def check_numbers(key, field, text):
    n = 0
    for m in ID_RE.finditer(text):
        n += 1
        if not gb11643_ok(m.group(1)):
            fault('%s.%s: ID number %s fails GB 11643' % (key, field, m.group(1)))
    for m in RUN15_RE.finditer(text):
        n += 1
        if not luhn_ok(m.group(1)):
            fault('%s.%s: 15-digit number %s fails Luhn' % (key, field, m.group(1)))
    for m in IMEI_RE.finditer(text):
        digits = re.sub(r'[ \-]', '', m.group(1))
        if len(digits) == 15:
            n += 1
            if not luhn_ok(digits):
                fault('%s.%s: IMEI %s fails Luhn' % (key, field, m.group(1)))
        elif len(digits) > 15:
            fault('%s.%s: IMEI-like number too long: %s' % (key, field, m.group(1)))
    for m in LONGRUN_RE.finditer(text):
        s = m.group(1)
        if len(s) == 18 or (len(s) == 17 and text[m.end():m.end() + 1] in 'Xx'):
            continue
        fault('%s.%s: bare %d-digit number %s (bank cards only as masks or tails)' % (key, field, len(s), s))
    if field == 'serial':
        flat = re.sub(r'[ \-]', '', text)
        if re.fullmatch(r'\d{15}', flat) and not luhn_ok(flat):
            fault('%s.serial: IMEI %s fails Luhn' % (key, text))
        if re.fullmatch(r'\d{17}[\dXx]', flat) and not gb11643_ok(flat):
            fault('%s.serial: ID %s fails GB 11643' % (key, text))
    return n


def check_common(x, kind, fields, kre):
    key = x.get('key')
    if not isinstance(key, str) or not kre.fullmatch(key):
        fault('%s key malformed: %r' % (kind, key))
        key = str(key)
    extra = set(x) - fields
    if extra:
        fault('%s: unknown fields %s' % (key, sorted(extra)))
    if x.get('category') not in CATS:
        fault('%s: category %r not in catalogue' % (key, x.get('category')))
    if not isinstance(x.get('body'), str) or not x['body'].strip():
        fault('%s: body missing or empty' % key)
    for f, lim in STR_LIMIT.items():
        if f in x:
            if not isinstance(x[f], str) or not x[f].strip():
                fault('%s.%s: not a non-empty string' % (key, f))
            elif len(x[f]) > lim:
                fault('%s.%s: %d characters > %d' % (key, f, len(x[f]), lim))
    has_lat, has_lon = 'lat' in x, 'lon' in x
    if has_lat != has_lon:
        fault('%s: lat/lon not both or neither' % key)
    if has_lat and has_lon:
        for f in ('lat', 'lon'):
            if isinstance(x[f], bool) or not isinstance(x[f], (int, float)):
                fault('%s.%s: not numeric' % (key, f))
        if isinstance(x['lat'], (int, float)) and isinstance(x['lon'], (int, float)):
            if not (18 <= x['lat'] <= 54 and 73 <= x['lon'] <= 135):
                fault('%s: lat/lon %s,%s not in China' % (key, x['lat'], x['lon']))
    n = 0
    for f in ('body', 'serial', 'marks', 'model', 'address'):
        if isinstance(x.get(f), str):
            n += check_numbers(key, f, x[f])
    return key, n


def is_min(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAXMIN


def main():
    with open(PATH, encoding='utf-8') as fh:
        doc = json.load(fh)
    if set(doc) != {'seed', 'made_by', 'parts'}:
        fault('top-level keys %s' % sorted(doc))
    if doc.get('seed') != 20261217:
        fault('seed %r' % doc.get('seed'))
    if doc.get('made_by') != 'tests/lostfound/make_set17.py':
        fault('made_by %r' % doc.get('made_by'))
    parts = doc.get('parts', {})
    if set(parts) != {'set17'} or set(parts['set17']) != {'found', 'lost'}:
        fault('parts layout %s' % {k: sorted(v) for k, v in parts.items()})
        return
    found, lost = parts['set17']['found'], parts['set17']['lost']
    fre = re.compile(PREFIX + r'-F\d{4}')
    lre = re.compile(PREFIX + r'-L\d{4}')
    fby, numbers = {}, 0
    for x in found:
        key, n = check_common(x, 'found', FOUND_FIELDS, fre)
        numbers += n
        if key in fby:
            fault('%s: duplicate key' % key)
        fby[key] = x
        if not is_min(x.get('found_at_min')):
            fault('%s: found_at_min %r out of range' % (key, x.get('found_at_min')))
        if 'negative' in x and x['negative'] not in NEG:
            fault('%s: unknown negative label %r' % (key, x['negative']))
    checked.append('found items: keys, fields, categories, lengths, lat/lon, found_at_min in [0, %d]' % MAXMIN)
    lkeys = set()
    used = {}
    cross = 0
    for x in lost:
        key, n = check_common(x, 'lost', LOST_FIELDS, lre)
        numbers += n
        if key in lkeys or key in fby:
            fault('%s: duplicate key' % key)
        lkeys.add(key)
        lf, lt = x.get('lost_from_min'), x.get('lost_to_min')
        if not (is_min(lf) and is_min(lt) and lf >= lt >= 0):
            fault('%s: lost window %r..%r invalid' % (key, lf, lt))
            continue
        if 'truth' not in x:
            fault('%s: truth field missing' % key)
            continue
        t = x['truth']
        if t is None:
            continue
        if t not in fby:
            fault('%s: truth %r is not a found item' % (key, t))
            continue
        if t in used:
            fault('%s: truth %s already used by %s' % (key, t, used[t]))
        used[t] = key
        f = fby[t]
        if 'negative' in f:
            fault('%s: truth %s is labelled negative %s' % (key, t, f['negative']))
        if is_min(f.get('found_at_min')) and f['found_at_min'] > lf:
            fault('%s: truth %s found (%d) before the loss began (%d)' % (key, t, f['found_at_min'], lf))
        if f.get('category') != x.get('category'):
            cross += 1
    checked.append('lost reports: keys, fields, categories, lengths, lat/lon, 0 <= lost_to <= lost_from <= %d' % MAXMIN)
    checked.append('truths: exist, are found items, used once, found after the loss began, never labelled negative')
    for k, f in fby.items():
        if k not in used and 'negative' not in f:
            fault('%s: neither a truth nor labelled negative' % k)
    checked.append('every found item that is nobody\'s truth carries a known negative label')
    for k, f in fby.items():
        if f.get('negative') == 'before_loss':
            ok = any(l.get('category') == f['category'] and isinstance(l.get('lost_from_min'), int) and f['found_at_min'] > l['lost_from_min']
                     for l in lost)
            if not ok:
                fault('%s: before_loss item lies before no loss window of its category' % k)
    checked.append('every before_loss item was found before some loss window (same category) began')
    if cross > MAX_CROSS:
        fault('%d true pairs registered under different categories (> %d)' % (cross, MAX_CROSS))
    checked.append('true pairs under different categories: %d (<= %d)' % (cross, MAX_CROSS))
    checked.append('full ID numbers (GB 11643), 15-digit numbers and IMEIs (Luhn), no bare bank-card numbers: %d numbers checked' % numbers)
    counts = {'found': len(found), 'lost': len(lost), 'with_truth': sum(1 for x in lost if x.get('truth')),
              'never': sum(1 for x in lost if x.get('truth') is None), 'negatives': sum(1 for x in found if 'negative' in x)}
    for lab in NEG:
        counts[lab] = sum(1 for x in found if x.get('negative') == lab)
    for k, v in EXPECT.items():
        if counts[k] != v:
            fault('count %s = %d, expected %d' % (k, counts[k], v))
    checked.append('counts: ' + ', '.join('%s %d' % (k, counts[k]) for k in EXPECT))
    bycat = {c: [0, 0, 0] for c in CATS}
    for x in lost:
        bycat[x['category']][0 if x.get('truth') else 1] += 1
    for x in found:
        bycat[x['category']][2] += 1
    checked.append('by category (lost found-later / lost never / found): ' +
                   ', '.join('%s %d/%d/%d' % (c, *bycat[c]) for c in CATS))


if __name__ == '__main__':
    try:
        main()
    except (OSError, ValueError, KeyError, TypeError) as e:
        fault('could not read set: %r' % e)
    for c in checked:
        print('checked:', c)
    if faults:
        for f in faults:
            print('FAULT:', f)
        print('set17: %d fault(s)' % len(faults))
        sys.exit(1)
    print('set17: OK')
