"""set91 rendering: which facts a person states about the object, and in what words.

An owner knows everything (amounts, lock screen, the number on the box); a finder states only
what is visible or printed.  Every stated fact is also recorded, in canonical form, in a
statement used later to prove that the labels are honest.
"""
from set91_ids import serial_forms
from set91_kinds import KINDS, SUBGROUP
from set91_slots import SLOTS
from set91_vocab import BRANDS, color_forms, model_forms

OWN_SER = {'imei': 0.35, 'idno': 0.55, 'card': 0.6, 'badge': 0.6, 'plate': 0.85, 'frame': 0.3, 'bframe': 0.15,
           'sn': 0.25, 'doorcard': 0.3, 'student': 0.3, 'passport': 0.6}
FND_SER = {'imei': 0.3, 'idno': 0.85, 'card': 0.6, 'badge': 0.8, 'plate': 0.85, 'frame': 0.4, 'bframe': 0.3,
           'sn': 0.4, 'doorcard': 0.5, 'student': 0.6, 'passport': 0.9}
BASE = {'lost': dict(color=0.85, brand=0.75, model=0.5, name=0.8, xslot=0.45, slot=0.35, dyn=0.5, amount=0.85,
                     contents=0.5, notes=0.6),
        'found': dict(color=0.9, brand=0.7, model=0.3, name=0.9, xslot=0.5, slot=0.4, dyn=0.6, amount=0.97,
                      contents=0.6, notes=0.0)}
LEVEL = {'terse': 0.35, 'normal': 1.0, 'rich': 1.5}
CN_DIG = '零一二三四五六七八九'
TYPO_NOUNS = {'手鸡', '要是', '前包', '身分证', 'shouji', 'qianbao', 'yaoshi', 'diandongche', 'chongdianbao',
              'shenfenzheng', 'bao', 'xianjin'}


def candidates(obj, side):
    """(fact, probability) in a fixed order."""
    b = BASE[side]
    out = []
    if obj['color']:
        out.append(('color', b['color']))
    if obj['brand']:
        p = b['brand']
        if obj['cat'] == 'id_doc':
            p = 0.85
        out.append(('brand', p))
    if obj['model']:
        out.append(('model', b['model'] + (0.1 if obj['cat'] == 'phone' else 0)))
    for t in sorted(obj['serials']):
        p = (OWN_SER if side == 'lost' else FND_SER)[t]
        if obj['cat'] == 'wallet' and t == 'idno':
            p = 0.25 if side == 'lost' else 0.4
        out.append(('serial:' + t, p))
    if obj['name']:
        p = b['name']
        if side == 'found' and obj['kind'] == 'kidwatch':
            p = 0.25
        out.append(('name', p))
    for s in sorted(obj['slots']):
        if s in obj['dyn']:
            out.append(('slot:' + s, b['dyn']))
            continue
        p = b['xslot'] if SLOTS[s][0] else b['slot']
        if side == 'found' and s == 'wallpaper':
            p = 0.35
        out.append(('slot:' + s, p))
    if obj['amount'] is not None:
        out.append(('amount', b['amount']))
    if obj['contents']:
        out.append(('contents', b['contents']))
    if obj['notes']:
        out.append(('notes', b['notes']))
    return out


def choose_facts(rng, obj, side, level, force=()):
    m = LEVEL[level]
    chosen = []
    for fact, p in candidates(obj, side):
        r = rng.random()
        if fact in force or r < min(0.95, p * m):
            chosen.append(fact)
    return chosen


def noun(rng, obj, side, lang, spec=False):
    """(text, sub): sub is the kind when the word names it exactly, else None."""
    K = KINDS[obj['kind']]
    if lang == 'en':
        spec = spec or not K['sub'] or rng.random() < 0.6
        return (K['en'][0] if spec else K['en'][1]), (SUBGROUP.get(obj['kind'], obj['kind']) if spec and K['sub'] else None)
    clean = (lambda xs: [x for x in xs if x not in TYPO_NOUNS] or xs) if side == 'found' else (lambda xs: xs)
    if K['sub'] and (spec or rng.random() < (0.45 if side == 'lost' else 0.6)):
        return rng.choice(clean(K['spec'])), SUBGROUP.get(obj['kind'], obj['kind'])
    return rng.choice(clean(K['gen'])), None


def _amount(rng, a, side, lang):
    if a == 0:
        return ('no cash inside' if lang == 'en' else rng.choice(['里面没有现金', '无现金', '没放钱'])), (0, 0)
    if side == 'found' or a < 100 or rng.random() < 0.35:
        if lang == 'en':
            return f'{a} yuan in cash', (a, a)
        return rng.choice([f'现金{a}元', f'人民币{a}元整', f'共{a}块钱', f'现金共计{a}元']), (a, a)
    if lang == 'en':
        r = int(round(a, -2))
        return f'about {r} yuan in cash', (int(r * 0.85), int(r * 1.15) + 1)
    r = rng.random()
    h = a // 100 * 100
    if r < 0.35 and h >= 100:
        return rng.choice([f'{h}多块钱', f'现金{h}多']), (h, h + 99)
    if r < 0.55 and 200 <= a < 1000:
        d = a // 100
        if d < 9:
            return f'大概{CN_DIG[d]}{CN_DIG[d + 1]}百块', (d * 100, (d + 1) * 100 + 99)
    rr = int(round(a, -2)) or 100
    lo, hi = int(rr * 0.85), int(rr * 1.15) + 1
    if lo <= a <= hi:
        return rng.choice([f'大概{rr}块左右', f'{rr}元左右的现金', f'差不多{rr}块']), (lo, hi)
    return f'现金{a}元', (a, a)


def render(rng, obj, fact, side, lang):
    """dict(text=body words, field=(name, value) or None, key/value for the statement)."""
    K = KINDS[obj['kind']]
    if fact == 'color':
        forms = color_forms(obj['color'], lang)
        if side == 'found' and lang == 'zh':
            forms = [f for f in forms if not f[0].isascii()]
        weights = [3 if i < 2 else 1 for i in range(len(forms))]
        text, cset = rng.choices(forms, weights)[0]
        return dict(text=text, field=('color', text), key='color', val=frozenset(cset))
    if fact == 'brand':
        b = BRANDS[obj['brand']]
        forms = b[0]
        if side == 'found':
            forms = [f for f in forms if not (f.isascii() and f.islower() and f != b[1].lower())] or forms
        text = b[1] if lang == 'en' else rng.choice(forms)
        return dict(text=text, field=('brand', text), key='brand', val=obj['brand'])
    if fact == 'model':
        text = obj['model'] if lang == 'en' else rng.choice(model_forms(obj['brand'], K['fam'], obj['model']))
        return dict(text=text, field=('model', text), key='model', val=obj['model'])
    if fact.startswith('serial:'):
        t = fact[7:]
        forms = serial_forms(t, obj['serials'][t], lang)
        if side == 'found' and t == 'imei':
            forms = [f for f in forms if len(f[2]) == 15]
        body, field, pm = rng.choice(forms)
        if t == 'imei' and side == 'found' and lang == 'zh' and rng.random() < 0.2:
            body = '经拨*#06#查询，' + body
        return dict(text=body, field=('serial', field), key=fact, val=pm)
    if fact == 'name':
        zh, en = K['named']
        text = (rng.choice(en) if lang == 'en' else rng.choice(zh)).format(n=obj['name'])
        return dict(text=text, field=None, key='name', val=obj['name'])
    if fact.startswith('slot:'):
        s = fact[5:]
        if s in obj['dyn']:
            zh, en = obj['dyn'][s]
        else:
            zh, en = SLOTS[s][1][obj['slots'][s]]
        text = en if lang == 'en' else rng.choice(zh)
        excl = s in obj['dyn'] or SLOTS[s][0]
        return dict(text=text, field=None, key=fact if excl else 'desc:' + s, val=obj['slots'][s])
    if fact == 'amount':
        text, rng_ = _amount(rng, obj['amount'], side, lang)
        return dict(text=text, field=None, key='amount', val=rng_)
    if fact == 'contents':
        items = obj['contents'][:rng.randint(1, len(obj['contents']))]
        text = ('里面有' if rng.random() < 0.6 else '内有') + '、'.join(items)
        return dict(text=text, field=None, key=None, val=None)
    if fact == 'notes':
        return dict(text=obj['notes'][0], field=None, key=None, val=None)
    raise ValueError(fact)


def can_en(obj, fact):
    """Whether a fact has English words."""
    if fact.startswith('slot:'):
        s = fact[5:]
        if s in obj['dyn']:
            en = obj['dyn'][s][1]
            return en is not None and not any('\u4e00' <= ch <= '\u9fff' for ch in en)
        return SLOTS[s][1][obj['slots'][s]][1] is not None
    if fact in ('name', 'serial:idno'):
        return obj['kind'] == 'passport'
    return fact not in ('contents', 'notes')
