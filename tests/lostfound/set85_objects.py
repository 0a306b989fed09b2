"""Set 85 hidden truth: one record per real object (what it is, who owns it, where and when it was
lost), and the comparison of what two registrations state (used only to keep the labels honest:
every negative must contradict each report it could be taken for)."""
from set85_world import PLACE_SETS, person, en_person, ago, wchoice, neighbours
from set85_codes import new_serial, serial_relation
from set85_kinds2 import ALL_KINDS as KINDS

VOICES = {
    'village': [('villager_child', 3), ('villager_simple', 3), ('dialect', 3), ('plain', 1)],
    'student': [('student', 8), ('plain', 1)],
    'worker': [('worker', 6), ('dialect', 2)],
    'tourist': [('tourist_cn', 6), ('tourist_en', 3)],
    'stall': [('shopkeeper', 1)],
    'local': [('plain', 4), ('dialect', 3), ('villager_child', 2), ('driver', 1), ('shopkeeper', 1)],
    'any': [('plain', 4), ('dialect', 2), ('student', 1), ('worker', 2), ('driver', 1), ('tourist_cn', 2),
            ('tourist_en', 1), ('villager_child', 1), ('shopkeeper', 1)],
}
EN_OK = {'phone', 'wallet', 'camera', 'drone', 'travelbag', 'earbuds', 'watch', 'powerbank', 'umbrella', 'glasses'}
VOICE_PLACES = {'student': 'school', 'worker': 'site', 'tourist_cn': 'tour', 'tourist_en': 'tour', 'driver': 'driver',
                'shopkeeper': 'stall', 'villager_child': 'village', 'villager_simple': 'village', 'dialect': 'any',
                'plain': 'any'}
AGE = {'student': 'young', 'villager_child': 'old', 'villager_simple': 'old', 'tourist_en': 'mid'}
FRAME_PREFIX = {'lvju': 'LVJ', 'suyao': 'SYD', 'yaqi': 'YQE', 'fengyu': 'FYB', 'jielun': 'JLB'}
BIRTH = {'young': (2008, 2011), 'mid': (1972, 1998), 'old': (1945, 1970)}


def pick_voice(rng, kk):
    v = wchoice(rng, VOICES[KINDS[kk]['voice']])
    if v == 'tourist_en' and kk not in EN_OK:
        v = 'tourist_cn'
    if v == 'student' and KINDS[kk]['cat'] in ('cash',):
        v = 'plain'
    return v


def draw_loss_time(rng):
    r = rng.random()
    if r < 0.04:
        day = rng.randint(-50, 0)
    elif r < 0.12:
        day = rng.randint(1, 2)
    elif r < 0.93:
        day = rng.randint(3, 9)
    else:
        day = 10
    h = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22])
    if day == 10:
        h = min(h, 19)
    return ago(day, h, rng.randrange(60))


def draw_window(rng, t):
    a = rng.choice([10, 20, 30, 45, 60, 90, 120, 180, 240, 360, 600, 1440, 2880])
    b = rng.choice([0, 0, 10, 15, 30, 60, 120, 240, 480])
    return min(t + a, 172800), max(0, t - b)


def draw_found_delay(rng):
    r = rng.random()
    if r < 0.4:
        return rng.randint(3, 60)
    if r < 0.75:
        return rng.randint(60, 600)
    return rng.randint(600, 4320)


def draw_money(rng, lo, hi):
    a, b = rng.choice([(lo, min(hi, 300)), (min(hi, 300), min(hi, 2000)), (min(hi, 1200), hi)])
    m = rng.randint(min(a, b), max(a, b))
    return max(lo, m if rng.random() < 0.6 else m // 10 * 10)


def make_object(rng, kk, voice=None, place=None):
    k = KINDS[kk]
    o = {'kind': kk, 'cat': k['cat']}
    o['voice'] = voice or pick_voice(rng, kk)
    o['color'] = rng.choice(k['colors']) if k['colors'] else None
    o['brand'] = rng.choice(k['brands']) if k['brands'] and rng.random() < k['p_brand'] else None
    models = k['models'].get(o['brand']) if o['brand'] else None
    o['model'] = rng.choice(models) if models else None
    o['slots'] = {s: rng.randrange(len(spec[1])) for s, spec in sorted(k['slots'].items())}
    age = AGE.get(o['voice'], 'mid')
    o['age'] = age
    o['name'] = person(rng, age)
    o['en_name'] = en_person(rng) if o['voice'] == 'tourist_en' else None
    origin = 'local'
    if o['voice'] == 'worker':
        origin = rng.choice(['sichuan', 'guizhou', 'local'])
    elif o['voice'] == 'tourist_cn':
        origin = 'city'
    o['origin'] = origin
    o['birth'] = rng.randint(*BIRTH[age])
    o['serials'] = {}
    for stype, _, _ in k['serials']:
        if stype == 'idno':
            ctx = (o['birth'], origin)
        elif stype == 'card':
            bank_pool = KINDS['bankcard']['slots']['bank'][1]
            ctx = bank_pool[o['slots']['bank']] if 'bank' in o['slots'] else rng.choice(bank_pool)
            o['bank'] = ctx
        elif stype == 'frame':
            ctx = FRAME_PREFIX.get(o['brand'], 'CJZ')
        else:
            ctx = None
        o['serials'][stype] = new_serial(rng, stype, ctx)
    o['money'] = draw_money(rng, *k['money']) if k['money'] else None
    o['has_id'] = kk in ('wallet', 'cardholder') and rng.random() < 0.7
    pset = k['places'] or VOICE_PLACES[o['voice']]
    o['place'] = place or rng.choice(PLACE_SETS[pset])
    o['t_loss'] = draw_loss_time(rng)
    o['cat_o'] = o['cat_f'] = o['cat']
    return o


def signature(o):
    k = KINDS[o['kind']]
    sl = tuple(sorted(o['slots'].items()))[:2]
    return (o['kind'], o['color'], o['brand'], o['model'], o['name'] if k['named'] else None, sl)


def found_place(rng, o):
    """Where the real object turns up: the same spot, or a nearby one (carried, blown, dropped)."""
    if o['place'] == 'minibus':
        return rng.choice(['minibus_yard', 'minibus_yard', 'zheji_stop'])
    nb = neighbours(o['place'])
    if nb and rng.random() < 0.45:
        return rng.choice(nb)
    return o['place']


# ---- comparing what two registrations state (hidden meta, never written to the set) ----
FAMILIES = [('wallet', 'embwallet', 'cardholder'), ('backpack', 'travelbag'), ('housekey', 'dormkey', 'motokey'),
            ('studentcard', 'mealcard')]
FAMILY = {kk: fam[0] for fam in FAMILIES for kk in fam}


def family(kk):
    """Kinds a person could name with the same words: a different kind inside one family is no contradiction."""
    return FAMILY.get(kk, kk)


def conflicts(f, l):
    out = []
    if family(f['kind']) != family(l['kind']):
        out.append('kind')
    if f['found_at'] > l['lost_from']:
        out.append('time')
    if f.get('color') and l.get('color') and not set(f['colors']) & set(l['colors']):
        out.append('color')
    for a in ('brand', 'model', 'name', 'bank'):
        if f.get(a) and l.get(a) and f[a] != l[a]:
            out.append(a)
    for st in sorted(set(f['serials']) & set(l['serials'])):
        (v1, s1), (v2, s2) = f['serials'][st], l['serials'][st]
        if f['kind'] == l['kind'] and serial_relation(v1, s1, v2, s2) is False:
            out.append('serial')
    for s in sorted(set(f['slots']) & set(l['slots'])):
        if f['slots'][s] != l['slots'][s] and f['kind'] == l['kind'] and KINDS[f['kind']]['slots'][s][0].isupper():
            out.append('slot:' + s)
    if f.get('money') is not None and l.get('money') is not None:
        lo, hi = l['money']
        if not lo <= f['money'] <= hi:
            out.append('money')
    return out


def agreements(f, l):
    n = int(family(f['kind']) == family(l['kind']))
    for a in ('color', 'brand', 'model', 'name', 'bank'):
        n += int(bool(f.get(a)) and f.get(a) == l.get(a))
    for st in sorted(set(f['serials']) & set(l['serials'])):
        (v1, s1), (v2, s2) = f['serials'][st], l['serials'][st]
        n += 2 * int(serial_relation(v1, s1, v2, s2) is True)
    for s in sorted(set(f['slots']) & set(l['slots'])):
        n += int(f['slots'][s] == l['slots'][s] and f['kind'] == l['kind'])
    if f.get('money') is not None and l.get('money') is not None:
        n += int(l['money'][0] <= f['money'] <= l['money'][1])
    return n
