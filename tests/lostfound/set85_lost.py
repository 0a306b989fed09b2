"""Set 85 lost reports: what the owner knows, in the owner's own voice.  Also the phrase helpers
the found side shares."""
from set85_world import (place_name, place_en, coords, window_words, en_when, typo, dialect, wchoice,
                         CN_NUM)
from set85_codes import color_word, color_set, brand_word, model_word, show, LABEL, LABEL_EN, COLORS, BRANDS
from set85_objects import draw_window
from set85_kinds2 import ALL_KINDS as KINDS

VILLAGE_VOICES = ('villager_child', 'villager_simple', 'dialect')


def slot_text(kk, slot, idx, side):
    spec = KINDS[kk]['slots'][slot]
    v = spec[1][idx]
    if isinstance(v, tuple):
        v = v[0 if side == 'o' else 1]
    if len(spec) > 2:
        v = spec[2][0 if side == 'o' else 1].format(v)
    return v


def named(o):
    return KINDS[o['kind']]['named'] and (o['kind'] not in ('wallet', 'cardholder') or o['has_id'])


def cn_amount(n):
    if n >= 10000 or n < 100 or n % 100:
        return str(n)
    q, r = divmod(n, 1000)
    s = (CN_NUM[q] + '千') if q else ''
    if r:
        s += CN_NUM[r // 100] + '百'
    return s.replace('二千', '两千')


def money_say(rng, a):
    """The owner's idea of an amount: (words, (lo, hi)) with lo <= a <= hi."""
    if a < 100:
        return rng.choice([(f'{a}块', (a, a)), ('几十块', (10, 99))])
    st = wchoice(rng, [('exact', 2), ('duo', 3), ('about', 2), ('between', 1)])
    if st == 'duo' and a % 100:
        base = a // 100 * 100
        return (cn_amount(base) if rng.random() < 0.4 else str(base)) + '多', (base + 1, base + 99)
    if st == 'about' and a >= 150:
        r = int(round(a / 100.0)) * 100
        return f'大概{r}', (r - 150, r + 150)
    if st == 'between':
        lo = (a - rng.randint(10, 200)) // 10 * 10
        hi = (a + rng.randint(10, 200) + 9) // 10 * 10
        return f'{max(lo, 0)}到{hi}', (max(lo, 0), hi)
    return str(a), (a, a)


def serial_sentence(o, stype, text, bank_said):
    if stype == 'card':
        return (f'{o["bank"]}的卡' if bank_said else '银行卡') + text
    if text.startswith(('IMEI', 'imei', '串号', 'S/N', 'No.', 'NO')):
        return text
    return LABEL[stype] + text


def en_serial(v, shown, text):
    """An English speaker writes the number without Chinese words."""
    if text.isascii():
        return text
    return f'ending {v[-shown[1]:]}' if shown[0] == 'tail' else v


def what_phrase(rng, o, col, brd, mdl, side):
    k = KINDS[o['kind']]
    noun = rng.choice(k['o'] if side == 'o' else k['f'])
    s = (col or '') + ('的' if col and not col.endswith('的') and rng.random() < 0.3 else '')
    s += (brd or '') + ((' ' if brd and brd[-1].isascii() else '') + mdl if mdl else '')
    return s + noun


def render_lost(rng, o):
    k, kk, voice = KINDS[o['kind']], o['kind'], o['voice']
    fill = wchoice(rng, [('full', 25), ('partial', 38), ('body', 22), ('hurried', 15)])
    en = voice == 'tourist_en'
    hur = fill == 'hurried'
    frm, to = draw_window(rng, o['t_loss'])
    o['lost_from'], o['lost_to'] = frm, to
    m = {'kind': kk, 'color': None, 'brand': None, 'model': None, 'name': None, 'bank': None,
         'serials': {}, 'slots': {}, 'money': None, 'lost_from': frm, 'lost_to': to, 'words': {}}
    facts = {}                      # name -> (field value or None, body words)
    if o['color'] and rng.random() < (0.6 if hur else 0.93):
        w = COLORS[o['color']][2] if en else color_word(rng, o['color'], 'o')
        facts['color'] = (w, w)
        m['color'], m['words']['color'], m['colors'] = o['color'], w, color_set(w, o['color'])
    if o['brand'] and rng.random() < (0.45 if hur else (0.6 if voice in VILLAGE_VOICES else 0.88)):
        w = BRANDS[o['brand']][1] if en else brand_word(rng, o['brand'])
        facts['brand'] = (w, w)
        m['brand'], m['words']['brand'] = o['brand'], w
        if o['model'] and rng.random() < (0.1 if hur else 0.5):
            w = model_word(rng, o['model'])
            facts['model'] = (w, w)
            m['model'], m['words']['model'] = o['model'], w
    bank_said = False
    for stype, po, _ in k['serials']:
        if rng.random() < po * (0.5 if hur else 1):
            text, shown = show(rng, stype, o['serials'][stype], 'o')
            if o.get('bank') and not en and rng.random() < 0.6:
                bank_said = True
                m['bank'] = o['bank']
            if en:
                text = en_serial(o['serials'][stype], shown, text)
            words = (LABEL_EN[stype] + ' ' + text) if en else serial_sentence(o, stype, text, bank_said)
            facts['serial:' + stype] = (text, words)
            m['serials'][stype] = (o['serials'][stype], shown)
    slots = sorted(k['slots'])
    n = 0 if en else (int(rng.random() < 0.3) if hur else rng.choice([1, 1, 2, 2, 3]))
    for s in sorted(rng.sample(slots, min(n, len(slots)))):
        w = slot_text(kk, s, o['slots'][s], 'o')
        facts['slot:' + s] = (w, w)
        m['slots'][s] = o['slots'][s]
    if named(o) and not en and rng.random() < (0.4 if hur else 0.8):
        w = rng.choice(['名字是{}', '我叫{}', '上面名字{}', '写的{}']).format(o['name'])
        if kk in ('wallet', 'cardholder'):
            w = rng.choice(['里面有我的身份证，名字{}', '身份证也在里面（{}）']).format(o['name'])
        facts['name'] = (w, w)
        m['name'] = o['name']
    if o['money'] is not None and rng.random() < (0.7 if hur else 0.95):
        say, rng_ = money_say(rng, o['money'])
        if en:
            w = f'about {o["money"] // 10 * 10}-{o["money"] // 10 * 10 + 10} yuan in it'
            rng_ = (o['money'] // 10 * 10, o['money'] // 10 * 10 + 10)
        elif kk == 'cash':
            w = rng.choice(['一共{}块钱', '现金{}元', '{}块']).format(say)
        else:
            w = rng.choice(['里面有{}块钱', '里面现金{}元', '钱有{}块']).format(say)
        facts['money'] = (None, w)
        m['money'] = rng_
    # where and when
    alt = None
    if not hur and o['place'] != 'minibus' and rng.random() < 0.15:
        alt = rng.choice(['bus_term', 'market_mid', 'festival_sq', 'night_stalls'])
        alt = None if alt == o['place'] else alt
    where = place_en(o['place']) if en else place_name(rng, o['place'])
    if alt:
        where = rng.choice(['{}或者{}', '{}或{}', '{}还是{}']).format(where, place_name(rng, alt))
    when = en_when(o['t_loss']) if en else window_words(rng, frm, to)
    # which facts go into fields, which into the body
    rec = {'category': o['cat_o']}
    body_facts = []
    for name in facts:
        fv, words = facts[name]
        to_field = fv is not None and not name.startswith(('name', 'money')) and (
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
        if not to_field or rng.random() < 0.35:
            body_facts.append(name)
    if fill in ('full', 'partial') and rng.random() < (0.9 if fill == 'full' else 0.5):
        rec['address'] = (where if not en else place_name(rng, o['place']))[:60]
    if fill != 'hurried' and o['place'] != 'minibus' and rng.random() < (0.45 if fill == 'full' else 0.2):
        rec['lat'], rec['lon'] = coords(rng, o['place'], 0.0015)
    col = facts['color'][1] if 'color' in body_facts else None
    brd = facts['brand'][1] if 'brand' in body_facts else None
    mdl = facts['model'][1] if 'model' in body_facts and brd else None
    what = (' '.join(f'{col or ""} {brd or ""} {mdl or ""} {k["en"]}'.split()) if en
            else what_phrase(rng, o, col, brd, mdl, 'o'))
    details = [facts[n][1] for n in body_facts if n not in ('color', 'brand', 'model')]
    rec['body'] = compose(rng, o, voice, fill, what, where, when, details)[:600]
    rec['lost_from_min'], rec['lost_to_min'] = frm, to
    return rec, m


OPEN = {
    'plain': ['', '本人', '我', '报失：', '您好，', '民警同志，'],
    'dialect': ['', '我', '同志，我', '老表，我'],
    'student': ['我是民族中学的住校生，', '我是县民中的学生，', '老师您好，我是民中的学生，', '我是民中住校的，', ''],
    'worker': ['我在岚江水电站工地上打工，', '我是电站工地上的，', '我是外地来工地干活的，', '我在隧洞那边上班，'],
    'driver': ['我是跑者吉线的面包车司机，', '开班车的，', '我是客运站拉客的司机，'],
    'tourist_cn': ['我是从外地来看花水节的游客，', '来旅游的，', '我们一家来看梯田，', '我是自驾来玩的，'],
    'shopkeeper': ['我在老街摆摊，', '老街做生意的，', '我在夜市卖烧烤，'],
    'villager_child': ['我帮我阿爸写：他', '替我奶奶登记，她只会说我们自己的话。她', '帮我阿妈报失：她', '我是孙女，帮我爷爷写的，他'],
}
CLOSE = ['捡到的好心人请联系我，必有重谢！', '麻烦民警同志帮忙找一下。', '东西对我很重要。', '谢谢！', '急！！', '', '']
VERB = ['丢了', '弄丢了', '掉了', '遗失了']
VERB_BA = ['弄丢了', '丢了', '掉了', '搞丢了', '落下了']


def compose(rng, o, voice, fill, what, where, when, details):
    det = '，'.join(details)
    if voice == 'tourist_en':
        s = f'Lost my {what} at {where} {when}.'
        if det:
            s += ' ' + '. '.join(d[:1].upper() + d[1:] for d in details) + '.'
        return s + rng.choice([' Please contact me, I stay in Aduo village.', ' Thank you!', ' Leaving in two days, please help.'])
    if fill == 'hurried':
        s = rng.choice(['{w}{v}{x}', '{x}{v}，在{w}', '{w} {x} {v}']).format(w=where, v=rng.choice(VERB), x=what)
        s += ('，' + det if det else '') + rng.choice(['，急', '！！', '', '。'])
        return typo(rng, s) if rng.random() < 0.6 else s
    if voice == 'villager_simple':
        toks = ['我', what.replace('的', ' '), rng.choice(['丢', '不见', '掉了']), where, when] + details
        s = ' '.join(toks) + rng.choice(['。请帮忙', '。谢谢', '', '。找'])
        return typo(rng, s) if rng.random() < 0.3 else s
    op = rng.choice(OPEN.get(voice, OPEN['plain']))
    subj = '' if op.endswith(('他', '她', '我')) else ('我' if rng.random() < 0.5 else '')
    r = rng.random()
    if r < 0.5:
        s = f'{op}{subj}{when}在{where}把{what}{rng.choice(VERB_BA)}。'
    elif r < 0.8:
        s = f'{op}{subj}{rng.choice(VERB)}{what}，{when}，在{where}。'
    else:
        s = f'{op}{when}在{where}，{subj}发现{what}不见了。'
    if det:
        s += det + '。'
    s += rng.choice(CLOSE)
    if voice in ('dialect', 'villager_child'):
        s = dialect(rng, s)
    return typo(rng, s) if rng.random() < 0.15 else s
