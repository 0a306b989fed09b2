"""Set 85 hard negatives: found items that are nobody's.  Each is built against one lost report
(its target) so that it looks like the target's object, yet it contradicts a fact the owner stated,
or it was found before the loss began.  make_set85.py also checks it against every other report."""
import copy
from set85_world import PLACES, PLACE_SETS, far_places, zone, person
from set85_codes import new_serial, luhn, id_check, digits, BANK_PREFIX
from set85_objects import make_object, found_place, FRAME_PREFIX
from set85_found import render_found
from set85_lost import named
from set85_kinds2 import ALL_KINDS as KINDS

LABELS = [('same_category_colour', 22), ('found_before_loss', 18), ('same_brand_other_place_time', 18),
          ('same_model_other_serial', 16), ('twin_hidden_detail', 14), ('twin_visible_detail', 12),
          ('namesake', 10), ('tail_collision', 10)]
TAIL_KINDS = {'card': ['bankcard', 'wallet', 'cardholder'], 'imei': ['phone', 'oldphone'], 'idno': ['idcard', 'driverlic']}


def _ctx(o, stype):
    if stype == 'idno':
        return (o['birth'], o['origin'])
    if stype == 'card':
        return o['bank']
    if stype == 'frame':
        return FRAME_PREFIX.get(o['brand'], 'CJZ')
    return None


def reserial(rng, o):
    """Make a copied object another person's: its own owner's name and its own serials, differing in
    the last four characters."""
    old = o['name']
    while o['name'] == old:
        o['name'] = person(rng, o['age'])
    for st in sorted(o['serials']):
        old = o['serials'][st]
        v = old
        while v[-4:] == old[-4:]:
            v = new_serial(rng, st, _ctx(o, st))
        o['serials'][st] = v


def with_tail(rng, stype, o, tail):
    for _ in range(2000):
        v = new_serial(rng, stype, _ctx(o, stype))
        if stype in ('imei', 'idno'):
            cand = v[:-4] + tail[:3]
            full = cand + (luhn(cand) if stype == 'imei' else id_check(cand))
            if full[-1] == tail[-1]:
                return full
        else:
            return v[:-len(tail)] + tail
    return None


def near_zone(key):
    if zone(key) == 'moving':
        return ['minibus_yard', 'zheji_stop', 'bus_term']
    return sorted(k for k in PLACES if zone(k) == zone(key))


def after(rng, lm):
    return rng.randint(max(0, lm['lost_to'] - 2000), lm['lost_from'])


def eligible(label, T, lm):
    stated = {s for s in lm['slots'] if KINDS[T['kind']]['slots'][s][0] != 's'}
    if label == 'same_category_colour':
        return T['color'] is not None and lm['color'] is not None
    if label == 'found_before_loss':
        return lm['lost_from'] + 30 <= 172800
    if label == 'same_brand_other_place_time':
        return lm['brand'] is not None
    if label == 'same_model_other_serial':
        return T['model'] is not None and bool(lm['serials'])
    if label in ('twin_hidden_detail', 'twin_visible_detail'):
        if T['voice'] == 'tourist_en':
            return False
        typ = 'I' if label == 'twin_hidden_detail' else 'V'
        return any(KINDS[T['kind']]['slots'][s][0] == typ for s in stated) or (
            typ == 'I' and lm['money'] is not None)
    if label == 'namesake':
        return named(T) and lm['name'] is not None and (bool(lm['serials']) or bool(stated))
    if label == 'tail_collision':
        return any(st in TAIL_KINDS for st in sorted(lm['serials']))
    raise ValueError(label)


def build(rng, label, T, lm):
    force, twin, hide = set(), None, False
    place = found_place(rng, T)
    t = after(rng, lm)
    if label == 'same_category_colour':
        kinds = [kk for kk in sorted(KINDS) if KINDS[kk]['cat'] == T['cat'] and T['color'] in (KINDS[kk]['colors'] or [])]
        kk = T['kind'] if rng.random() < 0.65 or not kinds else rng.choice(kinds)
        N = make_object(rng, kk)
        N['color'] = T['color'] if T['color'] in (KINDS[kk]['colors'] or []) else N['color']
        place = rng.choice(near_zone(T['place']))
        force = {'color'}
    elif label == 'found_before_loss':
        N = copy.deepcopy(T)
        reserial(rng, N)
        for s in sorted(N['slots']):
            if rng.random() < 0.4:
                N['slots'][s] = rng.randrange(len(KINDS[N['kind']]['slots'][s][1]))
        t = min(172800, lm['lost_from'] + rng.randint(30, 5000))
        force = {'color', 'brand'}
    elif label == 'same_brand_other_place_time':
        N = make_object(rng, T['kind'])
        N['brand'] = T['brand']
        others = [x for x in KINDS[T['kind']]['models'].get(T['brand'], []) if x != T['model']]
        if others:
            N['model'] = rng.choice(others)
            force = {'brand', 'model'}
        else:
            cols = [c for c in (KINDS[T['kind']]['colors'] or []) if c != T['color']]
            N['color'] = rng.choice(cols) if cols else N['color']
            force = {'brand', 'color'}
        place = rng.choice(far_places(T['place']))
        if rng.random() < 0.5 or lm['lost_to'] < 1500:
            t = min(172800, lm['lost_from'] + rng.randint(1440, 6000))
        else:
            t = rng.randint(0, lm['lost_to'] - 1440)
    elif label == 'same_model_other_serial':
        N = copy.deepcopy(T)
        reserial(rng, N)
        for s in sorted(N['slots']):
            if rng.random() < 0.5:
                N['slots'][s] = rng.randrange(len(KINDS[N['kind']]['slots'][s][1]))
        force = {'color', 'brand', 'model', 'serial'}
    elif label in ('twin_hidden_detail', 'twin_visible_detail'):
        N = copy.deepcopy(T)
        reserial(rng, N)
        typ = 'I' if label == 'twin_hidden_detail' else 'V'
        cands = sorted(s for s in lm['slots'] if KINDS[T['kind']]['slots'][s][0] == typ)
        if typ == 'I' and lm['money'] is not None and (not cands or rng.random() < 0.4):
            lo, hi = lm['money']
            N['money'] = hi + rng.randint(60, 900) if lo < 120 or rng.random() < 0.5 else max(1, lo - rng.randint(60, lo - 1))
            force = {'money'}
        else:
            s = rng.choice(cands)
            n = len(KINDS[T['kind']]['slots'][s][1])
            N['slots'][s] = (T['slots'][s] + rng.randint(1, n - 1)) % n
        twin, hide = lm, True
    elif label == 'namesake':
        N = make_object(rng, T['kind'], voice=T['voice'])
        N['name'] = T['name']
        N['has_id'] = True
        for st in sorted(N['serials']):
            while N['serials'][st][-4:] == T['serials'][st][-4:]:
                N['serials'][st] = new_serial(rng, st, _ctx(N, st))
        force = {'name', 'serial'} | {'slot:' + s for s in lm['slots']}
        place = rng.choice(PLACE_SETS['any'])
    else:  # tail_collision
        sts = [st for st in sorted(lm['serials']) if st in TAIL_KINDS]
        st = rng.choice(sts)
        N = make_object(rng, T['kind'], voice=T['voice'])
        if st == 'card':
            banks = sorted(b for b in BANK_PREFIX if b != T.get('bank'))
            N['bank'] = rng.choice(banks)
            if 'bank' in N['slots']:
                N['slots']['bank'] = KINDS['bankcard']['slots']['bank'][1].index(N['bank'])
            N['serials'][st] = BANK_PREFIX[N['bank']] + digits(rng, 8) + T['serials'][st][-4:]
        else:
            N['serials'][st] = with_tail(rng, st, N, T['serials'][st][-4:])
        N['has_id'] = True
        force = {'serial', 'bank', 'name', 'color', 'brand'}
        place = rng.choice(near_zone(T['place']))
    N['cat_f'] = N['cat']
    return render_found(rng, N, place, t, force, twin, hide)
