"""Set 85 found registrations: what a finder or the desk can see, in the finder's or the desk's
voice.  A finder never knows the owner's secrets (passcodes, where the money came from)."""
from set85_world import place_name, place_en, coords, moment_words, en_when, typo, wchoice
from set85_codes import color_word, color_set, brand_word, model_word, show, LABEL_EN, COLORS, BRANDS
from set85_lost import slot_text, named, serial_sentence, what_phrase, en_serial
from set85_kinds2 import ALL_KINDS as KINDS

FINDERS = {
    'aux': ['辅警巡逻时在{w}拾得{x}', '{f}安保执勤时在{w}捡到{x}', '巡逻队员在{w}发现{x}'],
    'shop': ['{w}的摊主交来{x}，称在摊位前捡到', '{w}卖米线的老板在桌上发现{x}', '{w}一商户送来{x}'],
    'driver': ['班车司机收车时在车厢后排发现{x}（{w}）', '面包车司机在{w}打扫车子时发现{x}', '者吉线司机在{w}座位缝里找到{x}'],
    'cleaner': ['保洁员在{w}打扫时捡到{x}', '{w}保洁阿姨拾得{x}'],
    'nurse': ['门诊护士在{w}候诊椅上发现{x}', '{w}导医台交来{x}'],
    'dorm': ['宿管阿姨在{w}捡到{x}', '{w}值班老师交来{x}', '学生在{w}捡到{x}，交给班主任'],
    'site': ['项目部安全员在{w}拾得{x}', '工友在{w}捡到{x}交来', '电站工地保安在{w}发现{x}'],
    'tour': ['游客在{w}捡到{x}，交到游客中心', '景区保安在{w}拾得{x}', '民宿老板在{w}捡到{x}'],
    'villager': ['村民在{w}捡到{x}送来', '一位大妈在{w}捡到{x}交来', '群众在{w}拾得{x}'],
    'desk': ['群众送来{x}，称在{w}捡到', '热心群众在{w}拾得{x}后交至派出所', '路人在{w}捡到{x}'],
    'vehicle': ['辅警巡逻时在{w}发现无人看管的{x}', '{w}附近群众反映有{x}停放多日，辅警到场拉回', '{w}保安报称有{x}无人认领，已拖回'],
}
BY_PLACE = {
    'bus_term': ['driver', 'cleaner', 'desk'], 'minibus_yard': ['driver', 'driver', 'desk'],
    'zheji_stop': ['driver', 'villager', 'desk'], 'hospital': ['cleaner', 'nurse', 'desk'],
    'school': ['dorm'], 'school_dorm': ['dorm'], 'hydro_camp': ['site'], 'hydro_site': ['site'],
    'terrace_view': ['tour', 'tour', 'villager', 'en'], 'terrace_park': ['tour', 'desk', 'en'],
    'terrace_village': ['tour', 'villager'], 'festival_sq': ['aux', 'villager', 'desk'],
    'river_bank': ['aux', 'villager', 'desk'],
}
CLOSE_F = ['已登记保管。', '现存放派出所，待失主认领。', '请失主带身份证明来认领。', '', '拾得人未留姓名。']
NAME_F = {'idcard': '姓名{}', 'studentcard': '姓名{}', 'driverlic': '姓名{}', 'sitecard': '持卡人{}',
          'wallet': '内有身份证一张，姓名{}', 'cardholder': '内有身份证一张，姓名{}', 'backpack': '作业本上写有姓名{}',
          'helmet': '帽上写有姓名{}', 'medfile': '病历姓名{}'}


def render_found(rng, o, place, t_found, force=(), twin=None, hide_serial=False):
    """o: the object; twin: the owner's lost meta, whose own words are reused (twin negatives)."""
    k, kk = KINDS[o['kind']], o['kind']
    fill = wchoice(rng, [('full', 35), ('partial', 40), ('body', 15), ('hurried', 10)])
    if twin is not None:
        fill = rng.choice(['partial', 'body', 'body'])
    hur = fill == 'hurried'
    voice = rng.choice(BY_PLACE.get(place, ['shop', 'aux', 'desk']))
    if k['cat'] in ('ebike', 'bicycle') and voice != 'en':
        voice = 'vehicle'
    en = voice == 'en'
    m = {'kind': kk, 'color': None, 'brand': None, 'model': None, 'name': None, 'bank': None,
         'serials': {}, 'slots': {}, 'money': None, 'found_at': t_found}
    facts = {}
    tw = twin['words'] if twin is not None else {}
    if o['color'] and ('color' in force or 'color' in tw or rng.random() < (0.7 if hur else 0.9)):
        w = COLORS[o['color']][2] if en else tw.get('color') or color_word(rng, o['color'], 'f')
        facts['color'] = (w, w)
        m['color'], m['colors'] = o['color'], color_set(w, o['color'])
    if o['brand'] and ('brand' in force or 'brand' in tw or rng.random() < (0.5 if hur else 0.8)):
        w = BRANDS[o['brand']][1] if en else tw.get('brand') or brand_word(rng, o['brand'])
        facts['brand'] = (w, w)
        m['brand'] = o['brand']
        if o['model'] and ('model' in force or 'model' in tw or rng.random() < (0.1 if hur else 0.35)):
            w = tw.get('model') or model_word(rng, o['model'])
            facts['model'] = (w, w)
            m['model'] = o['model']
    bank_said = False
    for stype, _, pf in k['serials']:
        if not hide_serial and ('serial' in force or rng.random() < pf * (0.5 if hur else 1)):
            text, shown = show(rng, stype, o['serials'][stype], 'f')
            if o.get('bank') and not en and ('bank' in force or rng.random() < 0.7):
                bank_said = True
                m['bank'] = o['bank']
            if en:
                text = en_serial(o['serials'][stype], shown, text)
            words = (LABEL_EN[stype] + ' ' + text) if en else serial_sentence(o, stype, text, bank_said)
            facts['serial:' + stype] = (text, words)
            m['serials'][stype] = (o['serials'][stype], shown)
    if twin is not None:
        chosen = sorted(s for s in twin['slots'] if k['slots'][s][0] != 's')
        side = 'o'
    else:
        chosen = sorted(s for s, spec in k['slots'].items() if spec[0] != 's' and (
            'slot:' + s in force or rng.random() < (0.25 if hur else (0.6 if spec[0].lower() == 'v' else 0.5))))
        side = 'f'
    if not en:
        for s in chosen:
            w = slot_text(kk, s, o['slots'][s], side)
            facts['slot:' + s] = (w, w)
            m['slots'][s] = o['slots'][s]
    if named(o) and not en and ('name' in force or (twin is None and rng.random() < (0.6 if hur else 0.85))):
        w = NAME_F.get(kk, '上有姓名{}').format(o['name'])
        facts['name'] = (w, w)
        m['name'] = o['name']
    if o['money'] is not None and ('money' in force or rng.random() < 0.95):
        a = o['money']
        w = (f'{a} yuan inside' if en else rng.choice(['共计人民币{}元', '现金{}元', '经清点共{}元']).format(a) if kk == 'cash'
             else rng.choice(['经清点内有现金{}元', '内有现金{}元', '里面有{}元']).format(a))
        facts['money'] = (None, w)
        m['money'] = a
    rec = {'category': o['cat_f']}
    body_facts = []
    for name in facts:
        fv, words = facts[name]
        to_field = fv is not None and name not in ('name', 'money') and (
            fill == 'full' or (fill == 'partial' and rng.random() < 0.5))
        if to_field:
            key = {'color': 'color', 'brand': 'brand', 'model': 'model'}.get(name)
            if key:
                rec[key] = fv
            elif name.startswith('serial:'):
                if 'serial' in rec:
                    to_field = False
                else:
                    rec['serial'] = fv
            else:
                rec['marks'] = (rec.get('marks', '') + '；' + fv).lstrip('；')
        if not to_field or rng.random() < 0.4:
            body_facts.append(name)
    w = place_en(place) if en else place_name(rng, place)
    if fill in ('full', 'partial') and rng.random() < 0.85:
        rec['address'] = place_name(rng, place)[:60]
    if fill != 'hurried' and rng.random() < (0.7 if fill == 'full' else 0.4):
        c = coords(rng, place, 0.0008)
        if c:
            rec['lat'], rec['lon'] = c
    col = facts['color'][1] if 'color' in body_facts else None
    brd = facts['brand'][1] if 'brand' in body_facts else None
    mdl = facts['model'][1] if 'model' in body_facts and brd else None
    details = [facts[n][1] for n in body_facts if n not in ('color', 'brand', 'model')]
    if en:
        what = ' '.join(f'{col or ""} {brd or ""} {mdl or ""} {k["en"]}'.split())
        s = f'Found {what} at {w} {en_when(t_found)}.' + ''.join(' ' + d + '.' for d in details)
        rec['body'] = s + ' Handed in at the visitor centre.'
    else:
        what = what_phrase(rng, o, col, brd, mdl, 'f' if twin is None else 'o')
        rec['body'] = compose_f(rng, k, voice, fill, what, w, moment_words(rng, t_found, exact=rng.random() < 0.6),
                                details)[:600]
    rec['found_at_min'] = t_found
    return rec, m


def compose_f(rng, k, voice, fill, what, w, when, details):
    det = '，'.join(details)
    if fill == 'hurried':
        s = rng.choice(['{w}捡到{x}', '{x}一{m}，{w}拾得', '捡到{x} {w}']).format(w=w, x=what, m=k['measure'])
        s += ('，' + det if det else '') + rng.choice(['', '。', '，已交'])
        return typo(rng, s) if rng.random() < 0.5 else s
    x = f'{what}一{k["measure"]}'
    op = rng.choice(FINDERS[voice]).format(w=w, f='花水节', x=x)
    if rng.random() < 0.5:
        s = f'{when}，{op}。'
    else:
        s = f'{op}，拾得时间{when}。'
    if det:
        s += ('' if det.startswith('经') else rng.choice(['', '经查看，', '特征：', '打开看了，'])) + det + '。'
    s += rng.choice(CLOSE_F)
    return typo(rng, s) if rng.random() < 0.08 else s
