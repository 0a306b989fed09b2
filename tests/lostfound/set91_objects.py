"""set91 hidden truth records: one object, everything about it, before anybody writes a word.

obj = {kind, cat, fam, color, brand, model, serials{type: value}, name, slots{slot: canon},
       dyn{slot: (zh forms, english or None)}, amount, contents[], notes[]}
Dynamic slots (dept on a badge, room on a door card, an engraving...) carry their own forms.
"""
import copy

from set91_ids import FOREIGN, NATIONS, person, idno, make_serial
from set91_kinds import KINDS
from set91_slots import SLOTS, DEPTS, LIC_CLASSES, GRADES, ENGRAVES, slot_clash
from set91_vocab import BRANDS, far_colors, models_for

CN_NUM = '零一两三四五六七八九'
DORM_BLD = {'xs': '5栋', 'hd': '2栋', 'yt': 'B栋'}
TAGS = ['302', '七巷12号', '宿舍', '仓库', '608', '老家']
NAMED_P = {'backpack': 0.35, 'shoulder': 0.3, 'handbag': 0.3, 'suitcase': 0.5, 'thermos': 0.3,
           'basketball': 0.5, 'kidwatch': 0.6}
KID_KINDS = ('schoolcard', 'kidwatch')
PROV_FULL = {'重庆': '重庆市', '广西': '广西壮族自治区'}
BAGDMG = ['zip', 'strap', 'hole']
ALLOWED = {('woven', 'damage'): ['hole'], ('tote', 'damage'): ['hole', 'strap'], ('suitcase', 'damage'): ['wheel', 'zip'],
           ('backpack', 'damage'): BAGDMG, ('shoulder', 'damage'): BAGDMG, ('handbag', 'damage'): BAGDMG,
           ('waist', 'damage'): BAGDMG, ('necklace', 'style'): ['twist', 'bead', 'plain'],
           ('bangle', 'style'): ['plain', 'carved', 'diamond'], ('ring', 'style'): ['plain', 'diamond', 'carved'],
           ('earring', 'style'): ['plain', 'diamond', 'bead'], ('pendant', 'style'): ['carved', 'plain', 'diamond'],
           ('ebike', 'mod'): ['shade', 'quilt', 'mirror', 'runner'], ('redpacket', 'writing'): ['wedding', 'tuition'],
           ('envelope', 'writing'): ['rent', 'tuition', 'salary']}
for _k in ('mtb', 'citybike', 'kidsbike', 'folding'):
    ALLOWED[(_k, 'mod')] = ['bell', 'tape']


def allowed(kind, s):
    return ALLOWED.get((kind, s)) or sorted(SLOTS[s][1])


def _dyn(obj, s, rng):
    """Draw a value for dynamic slot s; returns (canon, zh forms, english or None)."""
    if s == 'origin':
        p = obj['prov']
        return p, [f'住址{PROV_FULL.get(p, p + "省")}', f'{p}人', f'户籍地{p}'], None
    if s == 'dept':
        d = rng.choice(DEPTS[obj['brand']])
        return d, [f'部门：{d}', f'{d}的', f'上面印着{d}'], None
    if s == 'lic':
        c = rng.choice(LIC_CLASSES)
        return c, [f'准驾车型{c}', f'{c}驾照'], f'class {c}'
    if s == 'grade':
        g = rng.choice(GRADES)
        return g, [g, f'班级：{g}'], None
    if s == 'nation':
        code, zh, en = NATIONS[obj['nidx']] if 'nidx' in obj else rng.choice(NATIONS)
        return code, [f'{zh}护照', f'国籍{zh}'], f'{en} passport'
    if s == 'bank':
        b = obj['bank']
        return b, [f'有一张{f}卡' for f in BRANDS[b][0][:3]] + [f'里面有{BRANDS[b][0][1]}的银行卡'], \
            ('an ' if BRANDS[b][1][0] in 'AEIOU' else 'a ') + f'{BRANDS[b][1]} bank card'
    if s == 'badgefac':
        f = rng.choice(['xs', 'hd', 'yt'])
        return f, [f'还有{BRANDS[f][0][0]}的工牌', f'有张{BRANDS[f][0][1]}厂牌'], None
    if s == 'count':
        n = rng.randint(2, 6)
        return str(n), [f'{n}把钥匙', f'一共{n}把', f'{CN_NUM[n]}把钥匙'], f'{n} keys'
    if s == 'tag':
        t = rng.choice(TAGS)
        return t, [f'钥匙牌上写着{t}', f'有个标签写着"{t}"'], None
    if s == 'room':
        r = DORM_BLD.get(obj['brand'], '3栋') + str(rng.randint(2, 7)) + f'{rng.randint(1, 20):02d}'
        return r, [f'{r}宿舍的卡', f'卡上贴着{r}', f'房号{r}'], f'room {r}'
    if s == 'engrave':
        e = rng.choice(ENGRAVES)
        return e, [f'内圈刻着"{e}"', f'刻了字"{e}"', f'上面刻着{e}'], f'engraved "{e}"'
    raise ValueError(s)


def _set_dyn(obj, s, rng):
    canon, zh, en = _dyn(obj, s, rng)
    obj['slots'][s] = canon
    obj['dyn'][s] = (zh, en)


def _identity(obj, rng, used, want_name):
    """(Re)draw everything that makes this object one person's own: numbers and names."""
    K = KINDS[obj['kind']]
    kind = obj['kind']
    obj['name'] = None
    if want_name:
        if kind == 'passport':
            obj['nidx'] = rng.randrange(len(FOREIGN))
            f, l = FOREIGN[obj['nidx']]
            obj['name'] = f'{l} {f}'
        else:
            obj['name'] = person(rng, used, kid=kind in KID_KINDS)
    ser = {}
    wallet = obj['cat'] == 'wallet'
    num, prov = idno(rng)
    obj['prov'] = prov
    for t in K['serials']:
        if wallet and t == 'idno' and not obj.get('name'):
            continue
        if wallet and t == 'card' and not obj.get('bank'):
            continue
        ser[t] = num if t == 'idno' else make_serial(t, rng, obj.get('bank') or obj.get('brand'))
    obj['serials'] = ser
    for s in ('origin', 'room', 'dept', 'nation', 'engrave', 'tag', 'grade', 'lic'):
        if s in obj['slots']:
            _set_dyn(obj, s, rng)


def make_object(rng, kind, used):
    K = KINDS[kind]
    obj = dict(kind=kind, cat=K['cat'], fam=K['fam'], color=None, brand=None, model=None, serials={}, name=None,
               slots={}, dyn={}, amount=None, contents=[], notes=[], bank=None)
    if K['brands'] and rng.random() < K['brand_p']:
        obj['brand'] = rng.choice(K['brands'])
    if kind == 'bankcard' or kind == 'social':
        obj['bank'] = obj['brand']
    models = models_for(obj['brand'], K['fam'])
    if K['model'] and models and (K['cat'] == 'phone' or rng.random() < 0.8):
        obj['model'] = rng.choice(models)[0]
    if obj['cat'] == 'wallet':
        if rng.random() < 0.6:
            obj['bank'] = rng.choice(['icbc', 'abc', 'ccb', 'psbc', 'hwrcb'])
    for s in K['slots']:
        exclusive, table = SLOTS[s]
        if rng.random() < (0.8 if exclusive else 0.45):
            obj['slots'][s] = rng.choice(allowed(kind, s))
    if obj['cat'] == 'jewelry':
        metal = obj['slots'].setdefault('metal', rng.choice(sorted(SLOTS['metal'][1])))
        obj['color'] = {'gold': 'gold', 'k18': rng.choice(['gold', 'rose', 'white']), 'silver': 'silver',
                        'jade': 'green'}[metal]
    elif K['colors']:
        obj['color'] = rng.choice(K['colors'])
    if obj['cat'] == 'wallet':
        want = rng.random() < 0.55
    else:
        want = bool(K['named']) and (kind not in NAMED_P or rng.random() < NAMED_P[kind])
    _identity(obj, rng, used, want)
    for s in K['dyn']:
        if s == 'bank' and not obj['bank']:
            continue
        if s == 'badgefac' and rng.random() < 0.7:
            continue
        if s == 'engrave' and rng.random() < 0.4:
            continue
        if s in ('origin', 'dept', 'room') or rng.random() < 0.85:
            _set_dyn(obj, s, rng)
    if K['amount'] and (obj['cat'] in ('cash', 'bag') or rng.random() < 0.75):
        lo, hi = K['amount']
        obj['amount'] = rng.randint(lo // 50, hi // 50) * 50 + rng.choice([0, 0, 0, 0, 10, 20, 30, 5])
    if K['contents']:
        obj['contents'] = rng.sample(K['contents'], min(len(K['contents']), rng.randint(1, 3)))
    if K['notes'] and rng.random() < 0.4:
        obj['notes'] = [rng.choice(K['notes'])]
    return obj


def twin_of(obj, rng, used):
    """A different object that looks the same: same everything visible, new numbers and names."""
    t = copy.deepcopy(obj)
    _identity(t, rng, used, bool(obj.get('name')))
    return t


def mutate(obj, attr, rng, used):
    """Change one attribute to a value that cannot be mistaken for the old one; False if impossible."""
    K = KINDS[obj['kind']]
    if attr == 'color':
        if obj['cat'] == 'jewelry':
            return False
        opts = [c for c in far_colors(obj['color']) if c in K['colors']]
        if not opts:
            return False
        obj['color'] = rng.choice(opts)
    elif attr == 'brand':
        opts = sorted(set(K['brands']) - {obj['brand']})
        if not opts:
            return False
        obj['brand'] = rng.choice(opts)
        ms = models_for(obj['brand'], K['fam'])
        obj['model'] = rng.choice(ms)[0] if ms and obj['model'] else None
        if obj['kind'] in ('bankcard', 'social'):
            obj['bank'] = obj['brand']
    elif attr == 'model':
        cur = obj['model'].replace(' ', '').lower()
        opts = [m for m, _ in models_for(obj['brand'], K['fam'])
                if not (m.replace(' ', '').lower().startswith(cur) or cur.startswith(m.replace(' ', '').lower()))]
        if not opts:
            return False
        obj['model'] = rng.choice(opts)
    elif attr == 'name':
        obj['name'] = person(rng, used, kid=obj['kind'] in KID_KINDS)
    elif attr.startswith('serial:'):
        t = attr[7:]
        old = obj['serials'][t]
        for _ in range(50):
            new = idno(rng)[0] if t == 'idno' else make_serial(t, rng, obj.get('bank') or obj.get('brand'))
            if new[-4:] != old[-4:]:
                break
        obj['serials'][t] = new
    elif attr.startswith('slot:'):
        s = attr[5:]
        if s in obj['dyn']:
            for _ in range(30):
                old = obj['slots'][s]
                _set_dyn(obj, s, rng)
                if obj['slots'][s] != old:
                    return True
            return False
        opts = [v for v in allowed(obj['kind'], s) if slot_clash(s, v, obj['slots'][s])]
        if not opts:
            return False
        obj['slots'][s] = rng.choice(opts)
        if s == 'metal':
            obj['color'] = {'gold': 'gold', 'k18': 'gold', 'silver': 'silver', 'jade': 'green'}[obj['slots'][s]]
    elif attr == 'amount':
        a = obj['amount'] or 100
        obj['amount'] = int(round(a * rng.choice([0.4, 0.5, 1.8, 2.2]) / 50.0)) * 50 + rng.choice([0, 20])
    elif attr == 'kind':
        sibs = sorted(k for k, v in KINDS.items() if v['fam'] == K['fam'] and k != obj['kind'] and v['sub'])
        if not sibs or not K['sub']:
            return False
        obj['kind'] = rng.choice(sibs)
        keep = set(KINDS[obj['kind']]['slots']) | set(KINDS[obj['kind']]['dyn'])
        obj['slots'] = {k: v for k, v in obj['slots'].items() if k in keep}
        obj['dyn'] = {k: v for k, v in obj['dyn'].items() if k in keep}
    else:
        return False
    return True
