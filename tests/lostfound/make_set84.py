#!/usr/bin/env python3
"""Write tests/lostfound/set84.json: a blind labelled lost-and-found set.

World: an old residential community under the invented 槐荫街道 of the invented northern city
槐城, March-April.  The generator is this file plus the helper modules make_set84_world.py,
make_set84_obj1.py, make_set84_obj2.py, make_set84_write.py, make_set84_lost.py and
make_set84_found.py (all in tests/lostfound/).  One random.Random(SEED) drives everything.

Each object is first a hidden truth record; the lost report and the found registration are then
written from it separately, each side saying only what it could know.  Hard negatives are found
items derived from a lost report's truth (a different object that looks alike) and labelled.
"""
import collections
import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from make_set84_world import (PLACE, LOCAL, FARS, HOURS, NOW, dist, dt_of, mins_of, pick,  # noqa: E402
                              person, id18, imei, digits, alnum, daytime)
from make_set84_obj1 import FG, KINDS, reroll, other_amount  # noqa: E402
from make_set84_obj2 import build  # noqa: E402
from make_set84_lost import write_lost  # noqa: E402
from make_set84_found import write_found, NAMEY, SERIALY  # noqa: E402

SEED = 8484
PART = 'set84'
PFX = 'S84'
OUT = os.path.join(HERE, 'set84.json')

N_PAIRS = {'id_doc': 24, 'phone': 20, 'wallet': 14, 'keys': 16, 'ebike': 10, 'bicycle': 8, 'bag': 16,
           'cash': 8, 'jewelry': 8, 'electronics': 12, 'other': 14}
N_NEVER = {'id_doc': 13, 'phone': 12, 'wallet': 10, 'keys': 10, 'ebike': 6, 'bicycle': 4, 'bag': 9,
           'cash': 6, 'jewelry': 5, 'electronics': 7, 'other': 8}
N_NEG = [('other_half_of_pair', 5), ('namesake', 5), ('twin_hidden_detail', 14),
         ('twin_visible_detail', 14), ('same_model_other_serial', 20), ('same_brand_other_place_time', 18),
         ('same_cat_colour_other_object', 24), ('found_before_loss', 20)]
KIND_W = {
    'id_doc': {'laonian': 5, 'yibao': 5, 'idcard': 4, 'bankcard': 3, 'student': 3, 'driver': 2, 'cardholder': 2},
    'phone': {'smart': 3, 'old': 1}, 'wallet': {'long': 2, 'short': 3, 'coin': 2}, 'keys': {'bunch': 1},
    'ebike': {'delivery': 1, 'family': 1}, 'bicycle': {'kids': 3, 'old28': 2, 'mtb': 2, 'tricycle': 1},
    'bag': {'school': 4, 'veg': 2, 'hand': 2, 'back': 1, 'waist': 1, 'med': 2},
    'cash': {'pension': 3, 'roll': 2, 'hongbao': 2, 'purse': 2},
    'jewelry': {'bangle': 2, 'ring': 2, 'jade': 2, 'necklace': 2, 'babylock': 1, 'earring': 1},
    'electronics': {'hearing': 4, 'earbuds': 2, 'kidwatch': 3, 'tablet': 1, 'power': 1, 'radio': 2},
    'other': {'cane': 3, 'glasses': 3, 'kidbottle': 3, 'thermos': 2, 'umbrella': 2, 'scarf': 1, 'scooter': 1,
              'fan': 1, 'pillbox': 1},
}
# first pairs of these kinds, so that the cross-category pairs exist
FIRST = [('id_doc', 'cardholder'), ('cash', 'purse'), ('electronics', 'kidwatch'), ('electronics', 'hearing'),
         ('electronics', 'hearing'), ('electronics', 'hearing')]
HOME = 'HOME'
WHERE = {
    ('id_doc', 'laonian'): ['bus1', 'bus2', 'market', 'clinic', 'service', 'park', 'elder', 'metro'],
    ('id_doc', 'yibao'): ['clinic', 'pharm', 'clinic', 'service', 'bank', 'market'],
    ('id_doc', 'idcard'): ['bank', 'service', 'locker', 'metro', 'property', 'street'],
    ('id_doc', 'bankcard'): ['bank', 'market', 'super', 'street'],
    ('id_doc', 'student'): ['school', 'school', 'street', 'park'],
    ('id_doc', 'driver'): ['street', 'locker', 'metro', 'bf_shop'],
    ('id_doc', 'cardholder'): ['bus1', 'market', 'clinic', 'park'],
    ('phone', 'old'): ['square', 'park', 'market', 'clinic', 'elder', 'bus1'],
    ('phone', 'smart'): ['metro', 'locker', 'street', 'super', 'bf_shop', 'bus2', 'kinder', 'school', 'square', 'park'],
    'wallet': ['market', 'super', 'bank', 'bus1', 'park', 'street', 'pharm', 'bf_shop'],
    'keys': [HOME, HOME, 'square', 'park', 'locker', 'market', 'kinder', 'school'],
    ('cash', 'pension'): ['bank', 'market', 'street', 'bus1'],
    'cash': ['market', 'super', 'street', 'bf_shop', 'elder'],
    'ebike': ['locker', 'street', HOME, HOME, 'market', 'metro', 'kinder'],
    ('bicycle', 'kids'): ['park', 'school', HOME], ('bicycle', 'mtb'): ['metro', 'street', HOME],
    'bicycle': ['market', HOME, 'clinic'],
    ('bag', 'school'): ['school', 'bus1', 'park', 'street'], ('bag', 'veg'): ['market', 'super', 'bus2'],
    ('bag', 'med'): ['clinic', 'pharm', 'bus1'], ('bag', 'hand'): ['super', 'metro', 'bank', 'kinder'],
    ('bag', 'back'): ['metro', 'bus2', 'locker'], ('bag', 'waist'): ['locker', 'street', 'market'],
    'jewelry': ['park', 'square', 'market', 'bank', 'barber', 'elder', 'clinic', HOME],
    ('electronics', 'hearing'): ['square', 'elder', 'clinic', 'park', 'market'],
    ('electronics', 'earbuds'): ['metro', 'bus1', 'street', 'locker'],
    ('electronics', 'kidwatch'): ['school', 'kinder', 'park'],
    ('electronics', 'tablet'): ['park', 'clinic', 'bus2', 'kinder'],
    ('electronics', 'power'): ['locker', 'metro', 'street'], ('electronics', 'radio'): ['park', 'square', 'elder'],
    ('other', 'cane'): ['park', 'clinic', 'bus1', 'market', 'square'],
    ('other', 'glasses'): ['clinic', 'elder', 'bank', 'park', 'pharm'],
    ('other', 'kidbottle'): ['kinder', 'school', 'park'], ('other', 'thermos'): ['park', 'elder', 'square', 'bus2'],
    ('other', 'umbrella'): ['bus1', 'metro', 'super', 'clinic'], ('other', 'scarf'): ['square', 'park', 'market'],
    ('other', 'scooter'): ['park', 'kinder', HOME], ('other', 'fan'): ['square', 'park'],
    ('other', 'pillbox'): ['clinic', 'elder', 'park'],
}


def wpick(rng, weights):
    keys = sorted(weights)
    x = rng.random() * sum(weights[k] for k in keys)
    for k in keys:
        x -= weights[k]
        if x < 0:
            return k
    return keys[-1]


def near_places(pid, lim=800):
    return [q for q in LOCAL if q != pid and dist(PLACE[q]['pt'], PLACE[pid]['pt']) <= lim]


def loss_ctx(T, rng):
    opts = WHERE.get((T['cat'], T['kind'])) or WHERE[T['cat']]
    pid = pick(rng, opts)
    if pid == HOME:
        pid = T['owner']['home_pid']
    lo, hi = HOURS[PLACE[pid]['kind']]
    for _ in range(100):
        day = (NOW - datetime.timedelta(days=rng.randint(0, 56))).date()
        dt = datetime.datetime(day.year, day.month, day.day, rng.randint(lo, hi), rng.randint(0, 59))
        t = mins_of(dt)
        if t >= 90:
            break
    r = rng.random()
    if r < 0.5:
        before, after = rng.randint(15, 150), rng.randint(10, 150)
    elif r < 0.8:
        before, after = rng.randint(60, 480), rng.randint(30, 600)
    elif r < 0.93:
        before, after = rng.randint(300, 1800), rng.randint(120, 1440)
    else:
        before, after = rng.randint(1440, 5760), rng.randint(0, 2880)
    if T['cat'] == 'ebike' and rng.random() < 0.5:
        before = rng.randint(300, 900)
    if r < 0.8:   # a window inside one waking day
        day0 = dt.replace(hour=6, minute=0) + datetime.timedelta(minutes=rng.randint(0, 150))
        before = max(10, min(before, int((dt - day0).total_seconds() // 60)))
        day1 = dt.replace(hour=22, minute=30)
        after = max(5, min(after, int((day1 - dt).total_seconds() // 60)))
    lfrom = daytime(t + before, rng, later=False, lo=6, hi=22)
    lto = max(0, t - after)
    lto = min(t, daytime(lto, rng, later=True, lo=6, hi=22)) if lto > 0 else 0
    nb = near_places(pid, 600)
    return {'place': pid, 'spot': rng.randrange(len(PLACE[pid]['spots'])), 't': t,
            'lfrom': lfrom, 'lto': lto, 'alt': pick(rng, nb) if nb else None}


def delay(rng, cat):
    r = rng.random()
    if cat in ('ebike', 'bicycle'):
        return rng.randint(60, 20 * 1440) if r < 0.7 else rng.randint(30, 600)
    if r < 0.4:
        return rng.randint(3, 120)
    if r < 0.7:
        return rng.randint(120, 720)
    if r < 0.9:
        return rng.randint(720, 2880)
    return rng.randint(2880, 10 * 1440)


def fctx(pid, f, rng):
    return {'place': pid, 'spot': rng.randrange(len(PLACE[pid]['spots'])), 'f': f, 'dt': dt_of(f)}


def plausible_f(lctx, T, rng):
    d = delay(rng, T['cat'])
    f = lctx['t'] - d
    f = f if f >= 0 else rng.randint(0, lctx['t'])
    return daytime(f, rng, later=True)


def found_ctx_true(T, lctx, rng):
    pid = lctx['place']
    r = rng.random()
    if lctx.get('alt') and r < 0.08:
        pid = lctx['alt']
    elif r < 0.58:
        pass
    elif r < 0.86:
        pid = pick(rng, near_places(pid) or [pid])
    elif r < 0.94 and (PLACE[pid]['kind'] in ('bus', 'metro') or T['cat'] in ('ebike', 'bicycle')):
        pid = pick(rng, FARS)
    else:
        pid = T['owner']['home_pid'] if rng.random() < 0.6 else pick(rng, near_places(pid) or [pid])
    return fctx(pid, plausible_f(lctx, T, rng), rng)


# ---------------------------------------------------------------- hard negatives

NO_CHANGE = {'lr', 'denom', 'fob', 'font', 'pwd', 'numtail', 'weight', 'battery', 'presc'}


def new_serial(s, rng, N):
    for _ in range(50):
        t, v = s['t'], s['v']
        d = dict(s)
        if t == 'imei':
            d['v'] = imei(rng, tac=v[:8])
            if s.get('v2'):
                d['v2'] = imei(rng, tac=v[:8])
        elif t == 'id':
            d['v'] = id18(rng, N['owner']['born'], N['owner']['sex'])
        elif t == 'bank':
            d['v'] = digits(rng, 4)
        elif t == 'card':
            d['v'] = v[:4] + digits(rng, 8)
        elif t == 'plate':
            d['v'] = v[:2] + digits(rng, 5) if rng.random() < 0.5 else '槐' + pick(rng, 'ABCDE') + digits(rng, 5)
        elif t == 'frame':
            d['v'] = v[:6] + v[6:].translate(str.maketrans('0123456789', digits(rng, 10)))
        elif t == 'sn':
            d['v'] = v[:4] + alnum(rng, len(v) - 4)
        elif t == 'stu':
            d['v'] = v[:4] + digits(rng, 6)
        else:
            d['v'] = '00' + digits(rng, 5)
        if d['v'][-4:] != v[-4:] and d['v'] != v:
            return d
    raise RuntimeError('no new serial')


def derive_copy(T, rng, keep_name=False):
    N = copy.deepcopy(T)
    o = person(rng, T['owner']['role'], T['owner']['sex'])
    if keep_name:
        o['name'] = T['owner']['name']
        while o['born'] == T['owner']['born']:
            o = dict(o, born=o['born'].replace(day=o['born'].day % 28 + 1))
    N['owner'] = o
    N['serials'] = [new_serial(s, rng, N) for s in T['serials']]
    for f in list(N['facts']):
        if (N['cat'], f['g']) in NAMEY or (N['cat'], f['g']) in SERIALY:
            N['facts'][N['facts'].index(f)] = FG[(N['cat'], f['g'])](rng, N)
    return N


def change(N, g, rng):
    """Make fact g of N differ; False when this group cannot differ on its own."""
    old = [x for x in N['facts'] if x['g'] == g][0]
    if g in ('cash', 'amount'):
        N['amount'] = other_amount(rng, N['amount'])
        new = FG[(N['cat'], g)](rng, N)
        N['facts'][N['facts'].index(old)] = new
        for x in N['facts']:
            if x['g'] == 'denom':
                N['facts'][N['facts'].index(x)] = FG[(N['cat'], 'denom')](rng, N)
        return True
    if g == 'count':
        N['nkeys'] = pick(rng, [k for k in range(2, 8) if k != N['nkeys']])
    new = reroll(N, g, rng)
    return new['o'] != old['o'] and new['f'] != old['f']


def reroll_some(N, rng, p=0.5):
    for f in list(N['facts']):
        key = (N['cat'], f['g'])
        if f['g'] not in NO_CHANGE and key not in NAMEY and key not in SERIALY and f['g'] != 'count' \
                and rng.random() < p:
            reroll(N, f['g'], rng)


def diff_force(T, N, info):
    said = info['said']
    if T['distinct'] and N['kind'] != T['kind']:
        return set()
    if 'brand' in said and N['brand'] and N['brand'] != T['brand']:
        return {'brand'}
    for g in info['facts']:
        a = [x for x in T['facts'] if x['g'] == g]
        b = [x for x in N['facts'] if x['g'] == g]
        if a and b and b[0]['f'] and a[0]['o'] != b[0]['o'] and g not in NO_CHANGE and g in SLOTS[T['cat']]:
            return {'fact:' + g}
    for s in T['serials']:
        if 'serial:' + s['t'] in said and any(x['t'] == s['t'] and x['v'] != s['v'] for x in N['serials']):
            return {'serial:' + s['t']}
    return None


# groups that are one slot of the object (its case, its pendant, what is inside it): a twin that
# differs there contradicts the owner's words instead of merely adding a detail
SLOTS = {'id_doc': {'sleeve', 'photo', 'lanyard', 'class', 'licclass', 'cards', 'name', 'note', 'addr'},
         'phone': {'case', 'wall', 'strap', 'back', 'screen'}, 'wallet': {'cash', 'photo', 'misc', 'idin'},
         'keys': {'count', 'pendant', 'oldkey', 'tag'}, 'cash': {'amount', 'wrap', 'writing'},
         'ebike': {'box', 'quilt', 'seat'}, 'bicycle': {'basket', 'seatc', 'sticker', 'lock'},
         'bag': {'books', 'veg', 'meds', 'walletin', 'misc', 'charm', 'bottle'},
         'jewelry': {'pattern', 'engrave', 'stamp'}, 'electronics': {'case', 'missing', 'strap', 'content', 'wname'},
         'other': {'name'}}


def twin_groups(T, info, hidden):
    out = []
    for g in info['facts']:
        f = [x for x in T['facts'] if x['g'] == g][0]
        if f['f'] and g not in NO_CHANGE and bool(f['inner']) == hidden and (T['cat'], g) not in SERIALY \
                and g in SLOTS[T['cat']]:
            out.append(g)
    return out


def eligible(label, T, info):
    said = info['said']
    if label == 'other_half_of_pair':
        return T['kind'] == 'hearing' and 'fact:lr' in said
    if label == 'namesake':
        return 'serial:id' in said and ('fact:name' in said or 'fact:idin' in said)
    namey = [x['g'] for x in T['facts'] if (T['cat'], x['g']) in NAMEY]
    if label == 'twin_hidden_detail':
        gs = twin_groups(T, info, True)
        return bool([g for g in gs if g in namey] if namey else gs)
    if label == 'twin_visible_detail':
        return not namey and bool(twin_groups(T, info, False))
    if label == 'same_model_other_serial':
        return any('serial:' + s['t'] in said for s in T['serials'])
    if label == 'same_brand_other_place_time':
        return bool(T['brand'])
    if label == 'same_cat_colour_other_object':
        return bool(T['colour'])
    return True


def derive(label, T, info, rng):
    """(N, force, echo, where, when) or None."""
    if label == 'other_half_of_pair':
        N = derive_copy(T, rng)
        N['lr'] = '右' if T['lr'] == '左' else '左'
        i = [k for k, x in enumerate(N['facts']) if x['g'] == 'lr'][0]
        N['facts'][i] = FG[(N['cat'], 'lr')](rng, N)
        return N, {'fact:lr'}, True, 'near', 'plausible'
    if label == 'namesake':
        N = derive_copy(T, rng, keep_name=True)
        for g in ('photo', 'addr'):
            if any(x['g'] == g for x in N['facts']):
                change(N, g, rng)
        if N['amount']:
            change(N, 'cash' if N['cat'] == 'wallet' else 'amount', rng)
        reroll_some(N, rng, 0.8)
        g = 'name' if 'fact:name' in info['said'] else 'idin'
        return N, {'serial:id', 'fact:' + g}, False, 'near', 'plausible'
    if label in ('twin_hidden_detail', 'twin_visible_detail'):
        N = derive_copy(T, rng)
        gs = twin_groups(T, info, label == 'twin_hidden_detail')
        namey = [x['g'] for x in T['facts'] if (T['cat'], x['g']) in NAMEY]
        if namey:
            gs = [g for g in gs if g in namey]
        g = pick(rng, gs)
        if not change(N, g, rng):
            return None
        return N, {'fact:' + g}, True, 'near', 'plausible'
    if label == 'same_model_other_serial':
        N = derive_copy(T, rng)
        reroll_some(N, rng, 0.4)
        if N['amount']:
            change(N, 'cash' if N['cat'] == 'wallet' else 'amount', rng)
        force = {'serial:' + s['t'] for s in T['serials'] if 'serial:' + s['t'] in info['said']}
        force |= {'brand'} if T['brand'] else set()
        force |= {'model'} if T['model'] else set()
        force |= {'colour'} if T['colour'] else set()
        return N, force, False, 'near', 'plausible'
    if label == 'found_before_loss':
        N = derive_copy(T, rng)
        reroll_some(N, rng, 0.5)
        if N['amount']:
            change(N, 'cash' if N['cat'] == 'wallet' else 'amount', rng)
        return N, {'colour'} if T['colour'] else set(), False, 'near', 'before'
    if label == 'same_brand_other_place_time':
        col = T['colour'] if rng.random() < 0.5 else None
        N = build(T['cat'], rng, T['kind'], colour=col, brand=T['brand'])
        if N['brand'] != T['brand']:
            return None
        return N, {'brand'}, False, 'far', 'far'
    kinds = sorted(KINDS[T['cat']])
    if T['distinct'] and len(kinds) > 1 and rng.random() < 0.7:
        kinds = [k for k in kinds if k != T['kind']]
    N = build(T['cat'], rng, pick(rng, kinds), colour=T['colour'])
    if N['colour'] != T['colour']:
        return None
    force = diff_force(T, N, info)
    if force is None:
        return None
    return N, force | {'colour'}, False, 'near', 'plausible'


def neg_ctx(where, when, lctx, T, rng):
    pid = lctx['place']
    if where == 'far':
        pid = pick(rng, FARS)
    elif rng.random() < 0.5:
        pid = pick(rng, near_places(pid, 700) or [pid])
    if when == 'before':
        f = daytime(min(172000, lctx['lfrom'] + rng.randint(60, 14 * 1440)), rng, later=False)
    elif when == 'far':
        if lctx['lto'] > 12 * 1440 and rng.random() < 0.5:
            f = lctx['lto'] - rng.randint(10 * 1440, lctx['lto'])
            f = max(0, min(f, lctx['lto'] - 10 * 1440))
        else:
            f = min(172000, lctx['lfrom'] + rng.randint(6 * 1440, 30 * 1440))
        f = daytime(f, rng, later=False)
    else:
        f = plausible_f(lctx, T, rng)
    return fctx(pid, f, rng)


# ---------------------------------------------------------------- assembly

def main():
    rng = random.Random(SEED)
    plan = []
    for cat in sorted(N_PAIRS):
        plan += [(cat, True)] * N_PAIRS[cat] + [(cat, False)] * N_NEVER[cat]
    first = list(FIRST)
    lost_items = []          # (lost record, info, T, lctx, found record or None)
    for cat, paired in plan:
        kind = None
        if paired and first and any(c == cat for c, k in first):
            kind = [k for c, k in first if c == cat][0]
            first.remove((cat, kind))
        else:
            kind = wpick(rng, KIND_W[cat])
        T = build(cat, rng, kind)
        lctx = loss_ctx(T, rng)
        lrec, info = write_lost(T, lctx, rng)
        frec = write_found(T, found_ctx_true(T, lctx, rng), rng) if paired else None
        lost_items.append([lrec, info, T, lctx, frec])
    # cross-category pairs: the finder files the object under another category
    cross = []
    for want in ('cardholder', 'purse', 'kidwatch', 'hearing'):
        for it in lost_items:
            if it[4] is not None and it[2]['kind'] == want and it not in cross:
                it[4]['category'] = it[2]['alt_cat']
                cross.append(it)
                break
    negs = []
    used = {}
    for label, n in N_NEG:
        made = 0
        for attempt in range(4000):
            if made == n:
                break
            want_pair = (made % 2 == 0)
            pool = [i for i, it in enumerate(lost_items) if (it[4] is not None) == want_pair
                    and used.get(i, 0) < (1 if attempt < 2000 else 2) and eligible(label, it[2], it[1])]
            if not pool:
                pool = [i for i, it in enumerate(lost_items)
                        if used.get(i, 0) < 2 and eligible(label, it[2], it[1])]
            if not pool:
                break
            i = pick(rng, pool)
            lrec, info, T, lctx, frec = lost_items[i]
            d = derive(label, T, info, rng)
            if d is None:
                continue
            N, force, echo, where, when = d
            ctx = neg_ctx(where, when, lctx, T, rng)
            rec = write_found(N, ctx, rng, echo=info if echo else None, force=force)
            rec['negative'] = label
            negs.append((rec, i, label))
            used[i] = used.get(i, 0) + 1
            made += 1
        if made != n:
            raise SystemExit('could not make %d x %s (made %d)' % (n, label, made))
    # keys
    found_all = [('T', it) for it in lost_items if it[4] is not None] + [('N', x) for x in negs]
    rng.shuffle(found_all)
    for k, (kind, x) in enumerate(found_all, 1):
        rec = x[4] if kind == 'T' else x[0]
        rec['key'] = '%s-F%04d' % (PFX, k)
    order = list(range(len(lost_items)))
    rng.shuffle(order)
    lost_out = []
    for k, i in enumerate(order, 1):
        lrec, info, T, lctx, frec = lost_items[i]
        lrec['key'] = '%s-L%04d' % (PFX, k)
        lrec['truth'] = frec['key'] if frec is not None else None
        lost_out.append(lrec)
    fields = ['key', 'category', 'body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'lat', 'lon']
    lost_final = [{k: r[k] for k in fields + ['lost_from_min', 'lost_to_min', 'truth'] if k in r}
                  for r in lost_out]
    found_final = []
    for kind, x in found_all:
        r = x[4] if kind == 'T' else x[0]
        found_final.append({k: r[k] for k in fields + ['found_at_min', 'negative'] if k in r})
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set84.py',
           'parts': {PART: {'found': found_final, 'lost': lost_final}}}
    with open(OUT, 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    npair = sum(1 for r in lost_final if r['truth'])
    if os.environ.get('SET84_TARGETS'):   # review aid: which lost report each negative imitates
        with open(os.environ['SET84_TARGETS'], 'w', encoding='utf-8') as fh:
            json.dump({rec['key']: lost_items[i][0]['key'] for rec, i, lab in negs}, fh, sort_keys=True)
    aim = collections.Counter((lab, lost_items[i][4] is not None) for rec, i, lab in negs)
    for label, n in N_NEG:
        print('  %-30s aimed at paired reports %2d, at never-found reports %2d' % (
            label, aim[(label, True)], aim[(label, False)]))
    print('wrote %s: %d found, %d lost (%d pairs, %d never found, %d negatives, %d cross-category)' % (
        os.path.relpath(OUT, os.path.dirname(os.path.dirname(HERE))), len(found_final), len(lost_final),
        npair, len(lost_final) - npair, len(negs), len(cross)))


if __name__ == '__main__':
    main()
