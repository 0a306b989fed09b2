"""set91 writing: one registration (a lost report or a found item) from a hidden object.

Returns (record, statement).  The record is what goes into set91.json; the statement is what
the text actually says, in canonical form, and never leaves the generator.
"""
from set91_ids import person
from set91_kinds import KINDS
from set91_render import can_en, choose_facts, noun, render
from set91_vocab import BRANDS
from set91_voices import CTX, found_body, found_voice, lost_body, lost_voice
from set91_world import kind_of, latlon, place, when_en, when_zh, window_en, window_zh

FIELD_P = {'body': 0.0, 'mixed': 0.5, 'form': 0.9}
MARK_P = {'body': 0.0, 'mixed': 0.3, 'form': 0.7}
FACS = {'xs': '鑫盛电子', 'hd': '宏达鞋业', 'yt': '永泰精密'}
KIDS = ('schoolcard', 'kidwatch')
GRADES = ['二年级1班', '三年级4班', '五年级2班']


def _asc(ch):
    return ch.isascii() and ch.isalnum()


def _cat(a, b):
    return f'{a} {b}' if a and b and _asc(a[-1]) and _asc(b[0]) else a + b


def _item(rng, col, brand, model, nn, lang):
    if lang == 'en':
        s = ' '.join(x for x in (col, brand, model, nn) if x)
        return s
    if brand and model and (brand.lower() in model.lower() or
                            (brand.lower() in ('iphone', '苹果', 'apple', '平果') and model.lower()[:2] in ('ip', '苹果', '17', '18', '19'))):
        brand = ''
    if col and len(col) == 1 and (brand or model):
        col += '色'
    for box in ('信封', '纸袋'):
        if col and box in nn and not brand:
            return nn.replace(box, col + ('色' if len(col) == 1 else '') + box, 1)
    bm = _cat(_cat(brand, model), nn)
    if not col:
        return bm
    r = rng.random()
    if r < 0.5:
        return _cat(col, bm)
    if r < 0.75:
        return f'{col}的{bm}'
    return f'{bm}（{col}）'


def _fac_of(obj, places, rng):
    if obj['brand'] in FACS:
        return obj['brand']
    for p in places:
        if p[:2] in FACS:
            return p[:2]
    return rng.choice(sorted(FACS))


def _voice_ok(v, obj):
    if v in ('leader', 'hr', 'landlord') and obj['kind'] in KIDS:
        return False
    if v in ('parent', 'teacher') and obj['name'] and obj['kind'] not in KIDS:
        return False
    return True


def _compose(rng, obj, side, facts, lang, mode):
    rend = {f: render(rng, obj, f, side, lang) for f in facts}
    fields, marks, dets = {}, [], []
    item_bits = {'color': '', 'brand': '', 'model': ''}
    for f in facts:
        r = rend[f]
        if r['field'] and not (r['field'][0] == 'serial' and 'serial' in fields):
            if rng.random() < FIELD_P[mode]:
                fields[r['field'][0]] = r['field'][1]
                if rng.random() > 0.3:
                    continue
            if f in item_bits:
                item_bits[f] = r['text']
            else:
                dets.append(r['text'])
            continue
        if f in item_bits:
            item_bits[f] = r['text']
        elif rng.random() < MARK_P[mode] and lang == 'zh':
            marks.append(r['text'])
            if rng.random() < 0.2:
                dets.append(r['text'])
        else:
            dets.append(r['text'])
    if marks:
        fields['marks'] = '；'.join(marks)[:500]
    nn, sub = noun(rng, obj, side, lang, spec=obj['cat'] == 'cash' and 'color' in facts)
    item = _item(rng, item_bits['color'], item_bits['brand'], item_bits['model'], nn, lang)
    st = dict(fam=KINDS[obj['kind']]['fam'], sub=sub, color=None, brand=None, model=None, serials={}, name=None,
              slots={}, desc={}, amount=None)
    for f, r in rend.items():
        if r['key'] is None:
            continue
        if r['key'].startswith('serial:'):
            st['serials'][r['key'][7:]] = r['val']
        elif r['key'].startswith('slot:'):
            st['slots'][r['key'][5:]] = r['val']
        elif r['key'].startswith('desc:'):
            st['desc'][r['key'][5:]] = r['val']
        else:
            st[r['key']] = r['val']
    return item, dets, fields, st


def _level(rng, side):
    w = [0.25, 0.55, 0.2] if side == 'lost' else [0.15, 0.6, 0.25]
    return rng.choices(['terse', 'normal', 'rich'], w)[0]


def _place_text(rng, key, lang, formal):
    pl = place(key)
    if lang == 'en':
        return pl[4]
    forms = pl[3][:3] if formal else pl[3]
    return rng.choice(forms)


def write_lost(rng, obj, s, used):
    K = KINDS[obj['kind']]
    level = s.get('level') or _level(rng, 'lost')
    facts = choose_facts(rng, obj, 'lost', level, s.get('force', ()))
    places = s['places']
    pkind = kind_of(places[0]) if places else 'street'
    en_ok = all(place(p)[4] for p in places) and all(can_en(obj, f) for f in s.get('force', ()))
    for _ in range(20):
        v = s.get('voice') or lost_voice(rng, obj['kind'], pkind, en_ok)
        if _voice_ok(v, obj):
            break
    lang = 'en' if v == 'en' else 'zh'
    if lang == 'en':
        facts = [f for f in facts if can_en(obj, f)]
    if v in ('leader', 'hr') and obj['brand'] in FACS and 'brand' not in facts:
        facts.append('brand')
    if v in ('leader', 'hr', 'landlord', 'parent', 'teacher') and obj['name'] and 'name' not in facts:
        facts.append('name')
    if v == 'teacher' and 'grade' in obj['slots'] and 'slot:grade' not in facts:
        facts.append('slot:grade')
    mode = rng.choices(['body', 'mixed', 'form'], [0.35, 0.4, 0.25] if v != 'short' else [0.7, 0.3, 0.0])[0]
    item, dets, fields, st = _compose(rng, obj, 'lost', facts, lang, mode)
    frm, to = s['frm'], s['to']
    when = ''
    if rng.random() < 0.8:
        when = window_en(frm, to) if lang == 'en' else window_zh(frm, to, rng)
    ptexts = [_place_text(rng, p, lang, False) for p in places]
    if lang == 'en':
        on = ['on' if t.startswith('bus') else 'at' for t in ptexts]
        loc = f'{on[0]} {ptexts[0]}' if len(ptexts) == 1 else (f'on the way from {ptexts[0]} to {ptexts[1]}' if ptexts else '')
        if not ptexts:
            dets.append('not sure where')
    elif len(ptexts) == 1:
        loc = rng.choice([f'在{ptexts[0]}', f'在{ptexts[0]}附近', f'在{ptexts[0]}那边'])
    elif ptexts:
        loc = rng.choice([f'从{ptexts[0]}到{ptexts[1]}的路上', f'在{ptexts[0]}或者{ptexts[1]}'])
    else:
        loc = ''
        dets.append(rng.choice(['具体在哪丢的记不清了', '不知道掉在哪里', '可能是在路上掉的']))
    verbs = ['被偷了', '丢了', '不见了'] if obj['cat'] in ('ebike', 'bicycle') else ['丢了', '掉了', '弄丢了']
    fac = _fac_of(obj, places, rng)
    ctxs = CTX.get(pkind, [''])
    p = dict(item=item, meas='' if item.startswith('一') else K['meas'], dets=('，' if lang == 'zh' else ', ').join(dets),
             when=when, loc=loc,
             locbare=ptexts[0] if len(ptexts) == 1 else (f'{ptexts[0]}到{ptexts[1]}的路上' if ptexts and lang == 'zh' else ''),
             verb=rng.choice(verbs), ctx=rng.choice(ctxs) if rng.random() < 0.7 else '',
             who=obj['name'] or person(rng, used), kid=obj['name'] if obj['kind'] in KIDS and obj['name']
             else person(rng, used, kid=True), fac=BRANDS[fac][0][rng.randint(0, 1)],
             village=place(places[0])[3][1] if pkind == 'village' and places else '禾湾村',
             grade=obj['slots'].get('grade') or rng.choice(GRADES))
    body = lost_body(v, p, rng)
    rec = dict(category=s.get('cat') or obj['cat'], body=body)
    rec.update(fields)
    if places and rng.random() < {'body': 0.3, 'mixed': 0.6, 'form': 0.9}[mode]:
        rec['address'] = (_place_text(rng, places[0], 'zh', True) if lang == 'zh' or not place(places[0])[4]
                          else place(places[0])[4])[:60]
    if places and rng.random() < 0.45:
        rec['lat'], rec['lon'] = latlon(places[0], rng)
    rec['lost_from_min'], rec['lost_to_min'] = frm, to
    st.update(places=list(places), t=(frm, to), voice=v, level=level)
    return rec, st


def write_found(rng, obj, s, used):
    K = KINDS[obj['kind']]
    level = s.get('level') or _level(rng, 'found')
    facts = choose_facts(rng, obj, 'found', level, s.get('force', ()))
    key, at = s['place'], s['at']
    pkind = kind_of(key)
    en_ok = bool(place(key)[4]) and all(can_en(obj, f) for f in s.get('force', ()))
    v = s.get('voice') or found_voice(rng, pkind, en_ok, obj['kind'], obj['cat'] in ('ebike', 'bicycle'))
    lang = 'en' if v == 'en' else 'zh'
    if lang == 'en':
        facts = [f for f in facts if can_en(obj, f)]
    mode = rng.choices(['body', 'mixed', 'form'], [0.3, 0.4, 0.3])[0]
    item, dets, fields, st = _compose(rng, obj, 'found', facts, lang, mode)
    when = ''
    if rng.random() < 0.9:
        when = when_en(at) if lang == 'en' else when_zh(at, rng)
    where = _place_text(rng, key, lang, True)
    route = place(key)[3][1] if pkind == 'busline' else rng.choice(['108路', '203路', '3路'])
    p = dict(item=item, meas='' if item.startswith('一') else K['meas'], dets=('，' if lang == 'zh' else ', ').join(dets),
             when=when, where=where, route=route)
    body = found_body(v, p, rng, person(rng, used))
    rec = dict(category=s.get('cat') or obj['cat'], body=body)
    rec.update(fields)
    if rng.random() < 0.75:
        rec['address'] = (place(key)[4] if lang == 'en' else _place_text(rng, key, 'zh', True))[:60]
    if rng.random() < 0.6:
        rec['lat'], rec['lon'] = latlon(key, rng)
    rec['found_at_min'] = at
    st.update(places=[key], t=at, voice=v, level=level)
    return rec, st
