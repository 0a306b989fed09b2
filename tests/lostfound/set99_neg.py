"""set99 hard negatives, and the on-paper test that keeps every label honest.

`distinct(L, F)` says why a found registration F cannot be the object of lost report L
judging only by what the two people actually wrote (category, time order, a place
far away, or a detail both wrote differently). Every non-true (L, F) pair in the set
must be distinct; every true pair must not contradict itself."""
import copy

from set99_world import PLACE, PLACES, place_latlon, dist_km, person
from set99_objects import (KINDS, KIND_WEIGHTS, build, redraw_slot, namesake_owner, visible_keys, new_name,
                           make_serial)
from set99_found import render_found, SERIAL_SEEN
from set99_say import daytime

FAR_KM = 5.0
NEG_KINDS = ['near_twin', 'same_cat_colour', 'found_before_loss', 'same_brand_elsewhere', 'namesake', 'one_detail']


def known(value, mask):
    n = len(value)
    if mask == 'full':
        idx = range(n)
    elif mask == 'tail4':
        idx = range(n - 4, n)
    elif mask == 'tail6':
        idx = range(n - 6, n)
    elif mask == 'head6tail4':
        idx = list(range(6)) + list(range(n - 4, n))
    elif mask == 'head4tail4':
        idx = list(range(4)) + list(range(n - 4, n))
    else:
        idx = []
    return {i - n: value[i] for i in idx}    # indexed from the end so lengths may differ


def serial_clash(lo, ls, fo, fs):
    if not ls['serial'] or not fs['serial'] or not lo['serial'] or not fo['serial']:
        return False
    a = known(lo['serial']['v'], ls['serial'])
    b = known(fo['serial']['v'], fs['serial'])
    common = set(a) & set(b)
    return any(a[i] != b[i] for i in common)


def place_km(L, fpid):
    pids = [L['loss']['pid']] + ([L['loss']['pid2']] if L['loss'].get('pid2') else [])
    return min(dist_km(place_latlon(p), place_latlon(fpid)) for p in pids)


def distinct(L, F):
    if L['rec']['category'] != F['rec']['category']:
        return 'category'
    if F['found_at'] > L['loss']['from']:
        return 'found_before_loss'
    if place_km(L, F['pid']) > FAR_KM:
        return 'far_place'
    lo, fo, ls, fs = L['obj'], F['obj'], L['said'], F['said']
    if lo['kind'] != fo['kind']:
        return 'kind'
    if ls['color'] and fs['color'] and lo['color'] != fo['color']:
        return 'color'
    if ls['brand'] and fs['brand'] and lo['brand'] != fo['brand']:
        return 'brand'
    if ls['model'] and fs['model'] and lo['model'] != fo['model']:
        return 'model'
    if ls['name'] and fs['name'] and lo['name'] != fo['name']:
        return 'name'
    if serial_clash(lo, ls, fo, fs):
        return 'serial'
    for k in sorted(set(ls['slots']) & set(fs['slots'])):
        a, b = lo['slots'].get(k), fo['slots'].get(k)
        if a and b and a['v'] != b['v']:
            return 'detail:' + k
    return None


def consistent(L, F):
    """a true pair: nothing on paper contradicts (the category may differ for a few)"""
    if F['found_at'] > L['loss']['from']:
        return False
    if place_km(L, F['pid']) > FAR_KM:
        return False
    return distinct(dict(L, rec=dict(L['rec'], category=F['rec']['category'])), F) is None


def near_pid(rng, pid, same_p=0.5):
    cl = PLACE[pid][1]
    if rng.random() < same_p:
        return pid
    opts = [p[0] for p in PLACES if p[1] == cl and p[0] != pid]
    return rng.choice(opts) if opts else pid


def after_loss(rng, L):
    frm, to = L['loss']['from'], L['loss']['to']
    lo = max(0, to - 3 * 1440)
    hi = max(lo, frm - 5)
    return daytime(rng.randint(lo, hi))


def said_visible(L):
    obj = L['obj']
    return [k for k in L['said']['slots'] if obj['slots'].get(k) and obj['slots'][k]['f']]


def serial_visible(L):
    s = L['obj']['serial']
    return bool(L['said']['serial'] and s and SERIAL_SEEN.get(s['t'], 0) >= 0.4)


def eligible(kind, L):
    obj = L['obj']
    if kind == 'near_twin':
        return bool(said_visible(L) or serial_visible(L)) and obj['kind'] not in ('护照',)
    if kind == 'same_cat_colour':
        return True
    if kind == 'found_before_loss':
        return obj['kind'] not in ('身份证', '驾驶证', '社保卡', '护照', '健康证', '毕业证', '工牌')
    if kind == 'same_brand_elsewhere':
        return bool(obj['brand']) and L['said']['brand']
    if kind == 'namesake':
        if obj['kind'] == '护照' or not obj['owner']['idno']:
            return False
        if obj['name'] and (serial_visible(L) or said_visible(L)):
            return True
        return 'idcard' in L['said']['slots']
    if kind == 'one_detail':
        return bool(said_visible(L) or serial_visible(L))
    return False


def make_negative(rng, kind, L):
    """one candidate negative shadowing lost report L: (obj, pid, found_at, render kwargs)"""
    obj = L['obj']
    owner2 = person(rng, obj['owner']['voice'])
    if kind == 'near_twin':
        need = said_visible(L)
        avoid = {k: obj['slots'][k]['v'] for k in obj['slots']}
        new = build(rng, obj['kind'], owner2, force={'color': obj['color'], 'brand': obj['brand']},
                    avoid=avoid, need=need)
        pid = near_pid(rng, L['loss']['pid'], 0.4)
        return new, pid, after_loss(rng, L), {'must': need, 'serial': 'yes' if serial_visible(L) else 'maybe'}
    if kind == 'same_cat_colour':
        cat = obj['cat']
        kinds = [k for k, _ in KIND_WEIGHTS[cat] if k not in ('护照',)]
        others = [k for k in kinds if k != obj['kind'] and (obj['color'] is None or obj['color'] in KINDS[k][4])]
        force = {'color': obj['color']} if obj['color'] else {}
        if others and rng.random() < 0.6:
            k2 = rng.choice(others)
            new = build(rng, k2, owner2, force=force)
            must = []
        else:
            k2 = obj['kind']
            brands = [b for b in KINDS[k2][5] if b != obj['brand']]
            if brands:
                force['brand'] = rng.choice(brands)
            avoid = {k: obj['slots'][k]['v'] for k in obj['slots']}
            new = build(rng, k2, owner2, force=force, avoid=avoid, need=said_visible(L))
            must = said_visible(L) + (['brand'] if brands else [])
        pid = near_pid(rng, L['loss']['pid'], 0.4)
        return new, pid, after_loss(rng, L), {'must': must}
    if kind == 'found_before_loss':
        new = copy.deepcopy(obj)
        new['owner'] = owner2
        for k in ('idcard', 'bankcard', 'cash'):
            new['slots'].pop(k, None)
        if new['serial']:
            new['serial'] = make_serial(rng, new['serial']['t'] if new['serial']['t'] != 'idno' else 'sn',
                                        new['kind'], owner2, new)
        if new['name']:
            new['name'] = None
        pid = near_pid(rng, L['loss']['pid'], 0.5)
        fa = L['loss']['from'] + rng.randint(90, 9 * 1440)
        fa = min(daytime(fa, earlier=True), 172800)
        return new, pid, fa, {'serial': 'no'}
    if kind == 'same_brand_elsewhere':
        force = {'brand': obj['brand']}
        if rng.random() < 0.5:
            force['color'] = obj['color']
        avoid = {k: obj['slots'][k]['v'] for k in obj['slots']}
        new = build(rng, obj['kind'], owner2, force=force, avoid=avoid)
        pid = rng.choice([p[0] for p in PLACES if p[1] in ('G', 'H')])
        frm, to = L['loss']['from'], L['loss']['to']
        if to > 5 * 1440 and rng.random() < 0.6:
            fa = rng.randint(max(0, to - 14 * 1440), to - 3 * 1440)
        else:
            fa = min(172800, frm + rng.randint(3 * 1440, 12 * 1440))
        fa = daytime(fa, earlier=fa > frm)
        return new, pid, fa, {'must': ['brand']}
    if kind == 'namesake':
        o2 = namesake_owner(rng, obj['owner'])
        o2['voice'] = obj['owner']['voice']
        if obj['kind'] == '钱包':
            new = build(rng, '钱包', o2, avoid={'idcard': obj['owner']['idno']})
            must = ['idcard']
        else:
            new = build(rng, obj['kind'], o2, force={'name': obj['name']})
            must = ['name']
            if new['serial'] and obj['serial'] and new['serial']['v'] == obj['serial']['v']:
                return None
        pid = near_pid(rng, L['loss']['pid'], 0.3)
        return new, pid, after_loss(rng, L), {'must': must, 'serial': 'yes'}
    if kind == 'one_detail':
        keys = said_visible(L) + (['serial'] if serial_visible(L) else [])
        key = rng.choice(keys)
        new = redraw_slot(rng, obj, key)
        if new is None:
            return None
        new['owner'] = dict(new['owner'])
        if key != 'serial' and new['serial'] and new['serial']['t'] not in ('idno', 'passport'):
            new['serial'] = make_serial(rng, new['serial']['t'], new['kind'], new['owner'], new)
        pid = near_pid(rng, L['loss']['pid'], 0.5)
        kw = {'must': [key] if key != 'serial' else [], 'serial': 'yes' if key == 'serial' else 'no'}
        if key != 'serial' and new['name'] and new['serial'] and new['serial']['t'] == 'idno':
            kw['serial'] = 'no'
        return new, pid, after_loss(rng, L), kw
    raise ValueError(kind)


def render_negative(rng, kind, L, cand):
    new, pid, fa, kw = cand
    must = list(kw.get('must', []))
    rec, meta = render_found(rng, new, pid, fa, must=must, serial=kw.get('serial', 'maybe'))
    if 'name' in kw.get('must', []) and new['name'] and not meta['said']['name']:
        return None
    if 'brand' in kw.get('must', []) and new['brand'] and not meta['said']['brand']:
        return None
    rec['negative'] = kind
    return {'rec': rec, 'obj': new, 'said': meta['said'], 'pid': pid, 'found_at': fa, 'truth_of': None,
            'neg': kind, 'target': L['idx']}
