#!/usr/bin/env python3
"""check_set51.py: validates set51.json against the brief and against its generator.

    python3 tests/lostfound/check_set51.py

Exits non-zero on any fault and prints what it checked. Python 3 standard library only.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'set51'
PFX = 'S51'
SEED = 51051
MADE_BY = 'tests/lostfound/make_set51.py'
CATS = ['id_doc', 'phone', 'wallet', 'keys', 'ebike', 'bicycle', 'bag', 'cash', 'jewelry', 'electronics', 'other']
OPT = ['color', 'brand', 'model', 'serial', 'address']
LOST_FIELDS = set(['key', 'category', 'body', 'marks', 'lat', 'lon', 'lost_from_min', 'lost_to_min', 'truth'] + OPT)
FOUND_FIELDS = set(['key', 'category', 'body', 'marks', 'lat', 'lon', 'found_at_min', 'negative'] + OPT)
MAX_MIN = 172800
WANT = dict(lost=240, found=270, true=150, never=90, cross_max=5,
            negatives={'twin': 24, 'same_category_colour': 24, 'found_before_loss': 21,
                       'same_brand_elsewhere': 21, 'unclaimed': 30})

faults = []
checked = []


def fault(msg):
    faults.append(msg)


def ok(msg):
    checked.append(msg)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_valid(s):
    s = s.upper()
    if not re.fullmatch(r'\d{17}[\dX]', s):
        return False
    return '10X98765432'[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def texts(r):
    return [r[k] for k in ('body', 'marks', 'color', 'brand', 'model', 'serial', 'address') if isinstance(r.get(k), str)]


def norm(s):
    return re.sub(r'[\s\-·]', '', s).lower()


def alltext(r):
    return norm(' '.join(texts(r)))


def check_numbers(r):
    for t in texts(r):
        # every long digit run: 18 = ID number (valid check digit), 15 = IMEI (Luhn), nothing that could be a card
        for m in re.finditer(r'(?<![0-9A-Za-z])(\d{15,19}[Xx]?)(?![0-9A-Za-z])', t):
            run = m.group(1)
            if len(run) == 18 and id_valid(run):
                continue
            if len(run) == 15 and luhn_ok(run):
                continue
            fault('%s: digit run %s is neither a valid ID number nor a valid IMEI' % (r['key'], run))
        # numbers written in groups: rejoin and test the same way
        for m in re.finditer(r'(?<![\d*])\d{2,8}(?:[ \-]\d{1,8}){1,4}(?![\d*])', t):
            run = re.sub(r'[ \-]', '', m.group(0))
            if len(run) < 15:
                continue
            if (len(run) == 18 and id_valid(run)) or (len(run) == 15 and luhn_ok(run)):
                continue
            if re.fullmatch(r'\d{17}[Xx]', run) and id_valid(run):
                continue
            fault('%s: grouped number %r is neither a valid ID number nor a valid IMEI' % (r['key'], m.group(0)))
        for m in re.finditer(r'(?<!\d)\d{17}[Xx]', t):
            if not id_valid(m.group(0)):
                fault('%s: ID number %s has a wrong check digit' % (r['key'], m.group(0)))


def main():
    path = os.path.join(HERE, NAME + '.json')
    with open(path, encoding='utf-8') as fh:
        raw = fh.read()
    doc = json.loads(raw)
    if doc.get('seed') != SEED:
        fault('seed is %r, want %r' % (doc.get('seed'), SEED))
    if doc.get('made_by') != MADE_BY:
        fault('made_by is %r' % doc.get('made_by'))
    if sorted(doc) != ['made_by', 'parts', 'seed'] or sorted(doc['parts']) != [NAME] \
            or sorted(doc['parts'][NAME]) != ['found', 'lost']:
        fault('top-level layout is not {seed, made_by, parts: {%s: {found, lost}}}' % NAME)
    part = doc['parts'][NAME]
    lost, found = part['lost'], part['found']
    ok('layout: seed %d, made_by %s, parts.%s.found/lost' % (SEED, MADE_BY, NAME))

    # ---- keys, fields, lengths
    fkeys = [f['key'] for f in found]
    lkeys = [l['key'] for l in lost]
    if len(set(fkeys)) != len(fkeys) or len(set(lkeys)) != len(lkeys):
        fault('duplicate keys')
    if sorted(lkeys) != ['%s-L%04d' % (PFX, i + 1) for i in range(len(lost))]:
        fault('lost keys are not %s-L0001..' % PFX)
    if sorted(fkeys) != ['%s-F%04d' % (PFX, i + 1) for i in range(len(found))]:
        fault('found keys are not %s-F0001..' % PFX)
    ok('keys: %s-L0001..L%04d and %s-F0001..F%04d, unique' % (PFX, len(lost), PFX, len(found)))
    for side, recs, allowed in (('lost', lost, LOST_FIELDS), ('found', found, FOUND_FIELDS)):
        for r in recs:
            extra = set(r) - allowed
            if extra:
                fault('%s has unknown fields %s' % (r['key'], sorted(extra)))
            if r.get('category') not in CATS:
                fault('%s: category %r' % (r['key'], r.get('category')))
            b = r.get('body')
            if not isinstance(b, str) or not b.strip() or len(b) > 600:
                fault('%s: body missing or longer than 600' % r['key'])
            for k in OPT:
                if k in r and (not isinstance(r[k], str) or not r[k].strip() or len(r[k]) > 60):
                    fault('%s: %s empty or longer than 60' % (r['key'], k))
            if 'marks' in r and (not isinstance(r['marks'], str) or not r['marks'].strip() or len(r['marks']) > 500):
                fault('%s: marks empty or longer than 500' % r['key'])
            if ('lat' in r) != ('lon' in r):
                fault('%s: lat without lon or lon without lat' % r['key'])
            if 'lat' in r:
                la, lo = r['lat'], r['lon']
                if not (isinstance(la, (int, float)) and isinstance(lo, (int, float)) and 18 <= la <= 54 and 73 <= lo <= 135):
                    fault('%s: lat/lon %r,%r not inside China' % (r['key'], la, lo))
            check_numbers(r)
    ok('fields: only the brief\'s names; categories from the catalogue; body <= 600, color/brand/model/serial/address '
       '<= 60, marks <= 500; lat and lon together and inside China')
    ok('numbers: every 18-digit run is an ID number with a valid GB 11643 check digit, every 15-digit run an IMEI '
       'with a valid Luhn digit (also when written in groups), no full bank card number anywhere')

    # ---- times
    for l in lost:
        a, b = l.get('lost_from_min'), l.get('lost_to_min')
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= b <= a <= MAX_MIN):
            fault('%s: lost_from_min %r / lost_to_min %r' % (l['key'], a, b))
    for f in found:
        x = f.get('found_at_min')
        if not (isinstance(x, int) and 0 <= x <= MAX_MIN):
            fault('%s: found_at_min %r' % (f['key'], x))
    ok('times: 0 <= lost_to_min <= lost_from_min <= %d, 0 <= found_at_min <= %d' % (MAX_MIN, MAX_MIN))

    # ---- truth
    F = {f['key']: f for f in found}
    L = {l['key']: l for l in lost}
    used = collections.Counter()
    cross = 0
    for l in lost:
        if 'truth' not in l:
            fault('%s: no truth field' % l['key'])
            continue
        t = l['truth']
        if t is None:
            continue
        if t not in F:
            fault('%s: truth %r is not a found key' % (l['key'], t))
            continue
        used[t] += 1
        f = F[t]
        if 'negative' in f:
            fault('%s: its truth %s carries negative=%r' % (l['key'], t, f['negative']))
        if f['found_at_min'] > l['lost_from_min']:
            fault('%s: its truth %s was found before the loss began' % (l['key'], t))
        if f['category'] != l['category']:
            cross += 1
    for t, n in sorted(used.items()):
        if n > 1:
            fault('found %s is the truth of %d reports' % (t, n))
    for f in found:
        if f['key'] not in used:
            if f.get('negative') not in WANT['negatives']:
                fault('%s is nobody\'s truth but negative=%r' % (f['key'], f.get('negative')))
    n_true = sum(1 for l in lost if l['truth'])
    n_never = sum(1 for l in lost if l['truth'] is None)
    negs = collections.Counter(f['negative'] for f in found if 'negative' in f)
    for what, got, want in (('lost reports', len(lost), WANT['lost']), ('found items', len(found), WANT['found']),
                            ('true pairs', n_true, WANT['true']), ('never handed in', n_never, WANT['never'])):
        if got != want:
            fault('%s: %d, want %d' % (what, got, want))
    if dict(negs) != WANT['negatives']:
        fault('negatives %s, want %s' % (dict(negs), WANT['negatives']))
    if cross > WANT['cross_max']:
        fault('%d true pairs under different categories, at most %d' % (cross, WANT['cross_max']))
    ok('truth: %d pairs, each found item the truth of at most one report, every true item found at or after the '
       'start of its loss window, truth items carry no negative label, %d pairs under different categories'
       % (n_true, cross))
    ok('counts: %d lost (%d true, %d never handed in), %d found; negatives %s'
       % (len(lost), n_true, n_never, len(found), ', '.join('%s %d' % kv for kv in sorted(negs.items()))))

    # ---- determinism: the generator gives these bytes under any PYTHONHASHSEED
    gen = os.path.join(HERE, 'make_set51.py')
    for hs in ('0', '1', '4242', 'random'):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, gen, '--stdout'], env=env, stdout=subprocess.PIPE, check=True).stdout
        if out.decode('utf-8') != raw:
            fault('make_set51.py --stdout under PYTHONHASHSEED=%s differs from set51.json' % hs)
    ok('determinism: make_set51.py --stdout under PYTHONHASHSEED=0, 1, 4242, random reproduces set51.json byte for byte')

    # ---- the generator's own record of the decoys
    sys.path.insert(0, HERE)
    import make_set51
    doc2, meta = make_set51.build()
    if make_set51.dumps(doc2) != raw:
        fault('build() differs from set51.json')
    for t in meta['twins']:
        l, tr, tw = L[t['lost']], F[t['true']], F[t['twin']]
        if tw.get('negative') != 'twin' or l['truth'] != t['true']:
            fault('twin %s: labels' % t['twin'])
        tok, ttok = norm(t['token']), norm(t['twin_token'])
        if tok == ttok:
            fault('twin %s: the differing fact is the same' % t['twin'])
        if tok not in alltext(l):
            fault('twin %s: the owner of %s does not state %r' % (t['twin'], l['key'], t['token']))
        if tok not in alltext(tr):
            fault('twin %s: the true item %s does not show %r' % (t['twin'], tr['key'], t['token']))
        if ttok not in alltext(tw):
            fault('twin %s: does not show its own %r' % (t['twin'], t['twin_token']))
        if tw['category'] != l['category']:
            fault('twin %s: category' % t['twin'])
        if tw['found_at_min'] > l['lost_from_min']:
            fault('twin %s: found before the loss (it should be excluded only by the fact)' % t['twin'])
    ok('twins: %d, each the copy of a true item that differs in one fact the owner states (owner and true item show '
       'the fact, the twin shows another value), same category, found inside the time the loss allows'
       % len(meta['twins']))
    kinds = collections.Counter()
    for d in meta['decoys']:
        f = F[d['found']]
        kinds[d['kind']] += 1
        if f.get('negative') != d['kind']:
            fault('%s: label %r, generator says %r' % (f['key'], f.get('negative'), d['kind']))
        if d['kind'] == 'unclaimed':
            continue
        l = L[d['lost']]
        if f['category'] != l['category']:
            fault('%s: decoy of %s in another category' % (f['key'], l['key']))
        if d['kind'] == 'same_category_colour':
            if d['lost_color'] != d['found_color']:
                fault('%s: colour %s against %s' % (f['key'], d['found_color'], d['lost_color']))
            if d['lost_brand'] and d['lost_brand'] == d['found_brand']:
                fault('%s: same brand as %s' % (f['key'], l['key']))
            if f['found_at_min'] > l['lost_from_min']:
                fault('%s: found before the loss' % f['key'])
            if d['dist_km'] > 2.5:
                fault('%s: %.1f km from the loss, not near' % (f['key'], d['dist_km']))
        elif d['kind'] == 'found_before_loss':
            if f['found_at_min'] <= l['lost_from_min']:
                fault('%s: not found before the loss of %s' % (f['key'], l['key']))
            if d['lost_color'] != d['found_color']:
                fault('%s: colour differs from %s' % (f['key'], l['key']))
        elif d['kind'] == 'same_brand_elsewhere':
            if not d['lost_brand'] or d['lost_brand'] != d['found_brand']:
                fault('%s: not the brand of %s' % (f['key'], l['key']))
            if d['dist_km'] < 4.0:
                fault('%s: only %.1f km from the loss' % (f['key'], d['dist_km']))
            after = f['found_at_min'] <= l['lost_to_min'] - 3 * 1440
            before = f['found_at_min'] > l['lost_from_min']
            if not (after or before):
                fault('%s: found inside or just after the loss window of %s' % (f['key'], l['key']))
    if dict(kinds) != {k: v for k, v in WANT['negatives'].items() if k != 'twin'}:
        fault('generator decoy record %s' % dict(kinds))
    ok('decoys: same_category_colour ones share category and colour with their report, not its brand, near it (<= 2.5 '
       'km) and after its loss began; found_before_loss ones share category and colour and were found before the '
       'loss window opened; same_brand_elsewhere ones share category and brand, >= 4 km away, found >= 3 days after '
       'the window or before it')
    if len(meta['cross']) != make_set51.N_CROSS or any(L[a]['category'] == F[b]['category'] for a, b in meta['cross']):
        fault('cross-category pairs %s' % meta['cross'])

    # ---- summary
    bycat = collections.OrderedDict((c, [0, 0, 0]) for c in CATS)
    for l in lost:
        bycat[l['category']][0 if l['truth'] else 1] += 1
    for f in found:
        bycat[f['category']][2] += 1
    print('set51: %d lost reports, %d found items' % (len(lost), len(found)))
    print('%-12s %6s %6s %6s' % ('category', 'paired', 'never', 'found'))
    for c, (a, b, n) in bycat.items():
        print('%-12s %6d %6d %6d' % (c, a, b, n))
    for side, recs in (('lost', lost), ('found', found)):
        print('%s fields filled: %s' % (side, ', '.join('%s %d' % (k, sum(1 for r in recs if k in r))
                                                         for k in OPT + ['marks', 'lat'])))
    for m in checked:
        print('checked:', m)
    if faults:
        for m in faults[:60]:
            print('FAULT:', m)
        print('%d fault(s)' % len(faults))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
