"""set91 hard negatives: found items that are nobody's, each built against one lost report (its twin).

near_twin             a look-alike of the twin, found nearby just after the loss, that differs in
                      exactly one detail both sides state (a digit of the IMEI, the name, the case)
same_category_colour  another object of the twin's category and colour, nearby, in time
found_before_loss     a look-alike found nearby up to five days before the twin's loss began
same_brand_elsewhere  the twin's brand, but 15-45 km away and on another day
Every negative must also clash with every other lost report in the set.
"""
from set91_conflict import clashes_all, conflicts, stated_attrs
from set91_kinds import CAT_KINDS, KINDS
from set91_objects import make_object, mutate, twin_of
from set91_plan import daytime, far_place, nearby
from set91_vocab import models_for
from set91_write import write_found

MAXT = 172800


def _ok_twin(label, L):
    st = L['st']
    if label == 'near_twin':
        return bool(stated_attrs(st))
    if label == 'same_category_colour':
        return st['color'] is not None
    if label == 'same_brand_elsewhere':
        return bool(st['brand']) and bool(st['places'])
    return L['st']['t'][0] + 400 <= MAXT


def _after(rng, L):
    frm = L['st']['t'][0]
    at = frm - rng.randint(30, 4 * 1440)
    return (at if at >= 0 else rng.randint(0, frm)) // 5 * 5


def _attempt(rng, label, L, used, level):
    obj0, p0 = L['obj'], L['place0']
    force = ()
    if label == 'near_twin':
        attrs = stated_attrs(L['st'])
        a = rng.choice(attrs)
        obj = twin_of(obj0, rng, used)
        if not mutate(obj, a, rng, used):
            return None
        force = (a,)
        s = dict(place=nearby(rng, p0, 1.0) if rng.random() < 0.6 else p0, at=_after(rng, L))
        want = lambda c: c == [a]
    elif label == 'same_category_colour':
        kinds = [k for k, _ in CAT_KINDS[obj0['cat']] if obj0['color'] in KINDS[k]['colors']] or [obj0['kind']]
        kind = obj0['kind'] if rng.random() < 0.6 else rng.choice(kinds)
        obj = make_object(rng, kind, used)
        obj['color'] = obj0['color']
        if obj['cat'] == 'jewelry':
            obj['slots']['metal'] = obj0['slots'].get('metal', obj['slots'].get('metal'))
        force = ('color',)
        s = dict(place=nearby(rng, p0, 1.2) if rng.random() < 0.7 else p0, at=_after(rng, L))
        want = lambda c: bool(c) and not set(c) & {'color', 'time', 'place'}
    elif label == 'found_before_loss':
        obj = twin_of(obj0, rng, used)
        frm = L['st']['t'][0]
        s = dict(place=nearby(rng, p0, 1.0) if rng.random() < 0.5 else p0,
                 at=min(MAXT, frm + rng.randint(360, 5 * 1440)) // 5 * 5)
        want = lambda c: c == ['time']
    else:
        obj = make_object(rng, obj0['kind'], used)
        obj['brand'] = obj0['brand']
        ms = models_for(obj['brand'], KINDS[obj['kind']]['fam'])
        obj['model'] = rng.choice(ms)[0] if ms and obj['model'] is not None else None
        if obj['kind'] in ('bankcard', 'social'):
            obj['bank'] = obj['brand']
        if rng.random() < 0.5 and obj0['color']:
            obj['color'] = obj0['color']
            if obj['cat'] == 'jewelry':
                obj['slots']['metal'] = obj0['slots'].get('metal', obj['slots'].get('metal'))
        force = ('brand',)
        frm, to = L['st']['t']
        if to >= 1440 and rng.random() < 0.7:
            at = to - rng.randint(1440, min(to, 6 * 1440))
        else:
            at = min(MAXT, frm + rng.randint(1440, 6 * 1440))
        s = dict(place=far_place(rng, p0, L['st']['places']), at=max(0, at) // 5 * 5)
        vehicle = obj['cat'] in ('ebike', 'bicycle')
        want = lambda c: 'place' in c and 'brand' not in c and (len(c) >= 2 or not vehicle)
    s['at'] = daytime(s['at'], s['place'], rng) // 5 * 5
    s.update(force=force, level=level)
    if obj['cat'] != L['rec']['category'] and obj['kind'] == obj0['kind']:
        s['cat'] = L['rec']['category']
    rec, st = write_found(rng, obj, s, used)
    c = conflicts(L['st'], st)
    if not want(c):
        return None
    return dict(rec=rec, st=st, obj=obj, neg=label, twin=L['id'], why=c)


def make_negative(rng, label, cat, losts, used, twin_use):
    cands = [L for L in losts if L['rec']['category'] == cat and _ok_twin(label, L) and twin_use.get(L['id'], 0) < 2]
    if not cands:
        return None
    low = min(twin_use.get(L['id'], 0) for L in cands)
    cands = [L for L in cands if twin_use.get(L['id'], 0) == low]
    for tries in range(120):
        L = rng.choice(cands)
        level = 'normal' if tries < 40 else ('rich' if label == 'near_twin' else 'terse')
        neg = _attempt(rng, label, L, used, level)
        if neg is None:
            continue
        others = [x for x in losts if x['id'] != L['id']]
        if clashes_all(neg['st'], others):
            twin_use[L['id']] = twin_use.get(L['id'], 0) + 1
            return neg
    return None
