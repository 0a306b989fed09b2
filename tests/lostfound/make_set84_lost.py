"""Lost reports (失物登记) for set84, written in the owner's (or their helper's) voice.

Part of the generator; imported by make_set84.py.  The writer sees the hidden truth record but
says only what the owner side would say: owner facts ("o"), serials the owner knows, the loss
window and the place the owner believes.  It returns the record and what was said.
"""
from make_set84_world import PLACE, ACT, window_o, pick, person, dt_of
from make_set84_write import (typo, dialect, ser_owner, colour_o, brand_o, model_o, COLOURS, joinw,
                               brand_in_model)

VOICES = {'elder': ['grid', 'grid', 'grandkid', 'elder_self', 'elder_self', 'kid_of'],
          'child': ['parent', 'parent', 'grandparent'], 'young': ['young'], 'parent': ['young'],
          'rider': ['rider', 'rider', 'young'], 'worker': ['worker', 'worker', 'young'],
          'shop': ['shop', 'shop', 'young']}
P_FACT = {'grid': .85, 'grandkid': .7, 'elder_self': .6, 'kid_of': .75, 'parent': .75,
          'grandparent': .55, 'young': .75, 'rider': .4, 'worker': .5, 'shop': .6}
P_FIELD = {'grid': .85, 'grandkid': .5, 'elder_self': .12, 'kid_of': .6, 'parent': .6,
           'grandparent': .25, 'young': .65, 'rider': .3, 'worker': .35, 'shop': .4}
CLOSE = {
    'grid': ['老人不会用手机，有消息请联系网格员{g}。', '请帮忙留意，谢谢。', '老人腿脚不便，找到了网格员可以代领。'],
    'grandkid': ['老人急得吃不下饭，捡到的好心人麻烦交派出所，谢谢！', '拜托大家了！', '老人家记性不好，也说不清具体哪丢的。'],
    'elder_self': ['谁捡着了给送派出所 谢谢了', '麻烦同志给找找', '好人一生平安', ''],
    'kid_of': ['老人记性不好，麻烦帮忙留意。', '谢谢！', ''],
    'parent': ['孩子哭了一路，谢谢好心人！', '麻烦老师和家长们留意一下。', ''],
    'grandparent': ['孩子他妈上班，我来登记的。', '谢谢啦。', ''],
    'young': ['有拾到者请联系，必有酬谢。', '着急用，谢谢！', ''],
    'rider': ['急！！', '跑单急用 谢谢', ''], 'worker': ['干活急用，谢谢。', ''], 'shop': ['谢谢大伙。', ''],
}
VEHICLE = ('ebike', 'bicycle')
KEYF = {'name', 'idin', 'cash', 'books', 'meds', 'tag', 'wname'}


def subject(voice, o, rng):
    fem = o['sex'] == 'F'
    if voice == 'grid':
        old = o['age'] >= 70
        return o['name'] + (('奶奶' if old else '阿姨') if fem else ('大爷' if old else '叔'))
    if voice == 'grandkid':
        return '我' + pick(rng, ['奶奶', '姥姥'] if fem else ['爷爷', '姥爷'])
    if voice == 'kid_of':
        return pick(rng, ['我妈', '我母亲'] if fem else ['我爸', '我父亲'])
    if voice == 'elder_self':
        return pick(rng, ['俺', '我'])
    if voice == 'parent':
        return pick(rng, ['孩子', '我家孩子', o['name']])
    if voice == 'grandparent':
        return pick(rng, ['孙子', '我外孙'] if o['sex'] == 'M' else ['孙女', '我外孙女'])
    return '我'


def opener(voice, o, rng, g):
    if voice == 'grid':
        return pick(rng, ['网格员代登记：%s%s居民，%d岁。' % (o['comm'], o['bld'], o['age']),
                          '【代老人登记】%s，%d岁，住%s。' % (o['name'], o['age'], o['home']),
                          '网格员%s代%s%s（%d岁）登记：' % (g, o['comm'], o['name'], o['age'])])
    if voice == 'elder_self':
        return pick(rng, ['俺是%s的老%s ' % (o['bld'], o['name'][0]), '我叫%s %d岁了 ' % (o['name'], o['age']), ''])
    if voice == 'grandkid':
        return pick(rng, ['帮我家老人登记一下：', '替老人登记，', ''])
    if voice == 'grandparent':
        return pick(rng, ['我是孩子姥姥，', '孩子奶奶来登记：', ''])
    if voice == 'parent':
        return pick(rng, ['%s家长登记：' % o['name'], '孩子家长，', ''])
    if voice == 'worker':
        return pick(rng, ['我是在%s干装修的，' % o['comm'], '装修队的，', ''])
    if voice == 'shop':
        return pick(rng, ['我在菜市场卖菜，', '我是开早点铺的，', '我在超市对面开小卖部，', ''])
    if voice == 'rider':
        return pick(rng, ['外卖骑手，', '跑单的，', ''])
    return ''


def third_person(s):
    for a, b in (('我家', '家里'), ('我的', ''), ('我', '')):
        s = s.replace(a, b)
    return s


def desc(T, rng, col, br, md, kind):
    c = col if T['cat'] not in ('id_doc', 'cash') and not (T['cat'] == 'jewelry' and T['kind'] != 'jade') else None
    if c and '的' in kind and not c.endswith('的'):
        c += '的'
    return joinw(c, brand_in_model(T, br, md), md, kind)


def write_lost(T, ctx, rng):
    o = T['owner']
    voice = pick(rng, VOICES[o['role']])
    hurried = rng.random() < (0.45 if voice == 'rider' else 0.09)
    pf = P_FACT[voice] * (0.35 if hurried else 1.0)
    pfield = P_FIELD[voice]
    gname = person(rng, 'young')['name']
    kind = pick(rng, T['kind_o'])
    col = colour_o(T, rng) if T['colour'] and rng.random() < 0.85 else None
    br = brand_o(T, rng) if T['brand'] and rng.random() < 0.8 else None
    md = model_o(T, rng) if br and T['model'] and rng.random() < 0.6 else None
    owner_facts = [f for f in T['facts'] if f['o']]
    facts = [f for f in owner_facts if f['g'] in ('lr', 'amount') or
             rng.random() < (max(pf, 0.8) if f['g'] in KEYF else pf)]
    if not facts and owner_facts and not hurried:
        facts = [owner_facts[0]]
    sers = [(s, ser_owner(s, rng)) for s in T['serials']
            if rng.random() < min(0.95, s['own'] * (1.4 if voice == 'grid' else 1.0))]
    if hurried:
        facts, sers = facts[:1], sers[:1]
    P = PLACE[ctx['place']]
    pw = pick(rng, P['o'])
    sp = P['spots'][ctx['spot']][0] if ctx.get('spot') is not None else ''
    if T['cat'] in ('ebike', 'bicycle') and not any(w in sp for w in ('门', '车棚', '路', '站台', '院', '边', '出口')):
        sp = ''
    if sp and rng.random() < 0.4 and sp[:2] not in pw and not pw.endswith('口'):
        pw += sp
    mode = rng.random()
    alt = None
    if mode < 0.12 and ctx['place'] != o['home_pid']:
        kindp, addr, geo = 'route', '%s到%s' % (pw, o['bld']), P['pt']
    elif mode < 0.2 and ctx.get('alt'):
        alt = pick(rng, PLACE[ctx['alt']]['o'])
        kindp, addr, geo = 'alt', '%s或%s' % (pw, alt), None
    else:
        kindp, addr, geo = 'at', pw, P['pt']
    act = pick(rng, ACT[P['kind']])
    hour = dt_of(ctx['t']).hour
    if o['role'] == 'child':
        act = {'school': '上学' if hour < 12 else '放学', 'kinder': '上幼儿园' if hour < 12 else '放学'}.get(
            P['kind'], pick(rng, ['玩', '玩', '等车' if P['kind'] == 'bus' else '跑着玩']))
    elif P['kind'] in ('school', 'kinder'):
        act = '送孩子' if hour < 12 else '接孩子'
    elif P['kind'] == 'square':
        act = pick(rng, ['跳广场舞', '看人跳舞']) if hour >= 18 else pick(rng, ['遛弯', '晒太阳'])
    W, N = window_o(ctx['lfrom'], ctx['lto'], rng)
    S = subject(voice, o, rng)
    D = desc(T, rng, col, br, md, kind)
    third = voice in ('grid', 'grandkid', 'kid_of', 'grandparent', 'parent')
    FT = '，'.join(third_person(f['o']) if third else f['o'] for f in facts)
    SER = '，'.join(b for s, (b, v) in sers if not (s['t'] == 'bank' and any(f['g'] == 'bankin' for f in facts)))
    verb = pick(rng, ['丢了', '不见了', '找不到了', '弄丢了'])
    found_out = ('，%s发现' % N) if N else '，回来发现'
    if T['cat'] in VEHICLE:
        verb = pick(rng, ['被偷了', '丢了', '没了', '不见了'])
        if kindp == 'alt':
            core = '%s%s把%s停在%s附近，记不清是停%s还是%s了，%s车就%s' % (S, W, D, pw, pw, alt, N or '回来', verb)
        else:
            core = pick(rng, ['%s%s把%s停在%s%s，%s出来车就%s' % (S, W, D, pw, act, N, verb),
                              '%s，%s的%s停在%s，%s出来就找不着了' % (W, S, D, pw, N),
                              '%s%s停%s的%s%s' % (S, W, pw, D, verb)])
    elif kindp == 'route':
        core = '%s%s在%s%s，回家路上把%s丢了%s' % (S, W, pw, act, D, ('，%s才发现' % N) if N else '')
    elif kindp == 'alt':
        core = '%s%s出去%s，%s%s，可能落在%s了，也可能是%s' % (S, W, act, D, verb, pw, alt)
    elif T['cat'] == 'cash':
        core = pick(rng, ['%s%s在%s%s%s兜里的%s%s' % (S, W, pw, act, found_out, kind, verb),
                          '%s%s去%s%s，回来一摸%s没了' % (S, W, pw, act, kind)])
    elif o['role'] == 'child':
        core = pick(rng, ['%s在%s，%s的%s%s' % (W, pw, S, D, pick(rng, ['落下了', '丢了', '不见了'])),
                          '%s%s在%s玩%s%s没了' % (S, W, pw, found_out, D)])
    else:
        core = pick(rng, ['%s%s在%s%s%s%s%s' % (S, W, pw, act, found_out, D, verb),
                          '%s%s去%s%s%s%s%s' % (S, W, pw, act, found_out, D, verb),
                          '%s，%s在%s%s的时候把%s弄丢了' % (W, S, pw, act, D)])
    close = pick(rng, CLOSE[voice]).replace('{g}', gname)
    if hurried:
        bits = [D + verb, pw] + [f['o'] for f in facts] + [b for s, (b, v) in sers]
        body = typo(' '.join(bits) + ' ' + pick(rng, ['急', '急！', '', '谢谢']), rng)
    else:
        body = opener(voice, o, rng, gname) + core + '。'
        if FT:
            body += FT + '。'
        if SER:
            body += SER + '。'
        body += close
        if voice == 'elder_self':
            body = dialect(body.replace('，', ' ').replace('。', ' ').strip(), rng)
        elif rng.random() < 0.08:
            body = typo(body, rng)
    body = body.strip()[:600]
    said = {'kind'} | {'fact:' + f['g'] for f in facts} | {'serial:' + s['t'] for s, _ in sers}
    rec = {'category': T['cat'], 'body': body}
    if col and col in body:
        said.add('colour')
    if br:
        said.add('brand')
    if md:
        said.add('model')
    if T['colour'] and rng.random() < pfield and ('colour' in said or any(
            COLOURS[T['colour']][0][0] in f['o'] for f in facts)):
        rec['color'] = col or colour_o(T, rng)
        said.add('colour')
    if br and rng.random() < pfield:
        rec['brand'] = br
    if md and rng.random() < pfield:
        rec['model'] = md
    if sers and rng.random() < pfield + 0.1:
        vals = [v for s, (b, v) in sers]
        rec['serial'] = ' / '.join(vals) if len(' / '.join(vals)) <= 60 else vals[0]
    if facts and rng.random() < pfield:
        rec['marks'] = '；'.join(third_person(f['o']) if third else f['o'] for f in facts)[:500]
    if rng.random() < pfield + 0.15:
        rec['address'] = addr[:60]
        if geo and rng.random() < 0.65:
            j = ((rng.random() - 0.5) * 0.0004, (rng.random() - 0.5) * 0.0004)
            rec['lat'], rec['lon'] = round(geo[0] + j[0], 6), round(geo[1] + j[1], 6)
    rec['lost_from_min'] = ctx['lfrom']
    rec['lost_to_min'] = ctx['lto']
    info = {'said': said, 'D': D, 'facts': [f['g'] for f in facts], 'voice': voice, 'words': (col, br, md),
            'fields': {k: rec[k] for k in ('color', 'brand', 'model') if k in rec}}
    return rec, info
