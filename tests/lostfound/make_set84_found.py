"""Found items (拾遗物登记) for set84, written by the desk from what a finder could see.

Part of the generator; imported by make_set84.py.  The writer uses only finder facts ("f"),
serials printed on or readable from the object, and where and when it was picked up.  For the
"twin" hard negatives it may echo the owner's very words (echo=info of the lost report).
"""
from make_set84_world import PLACE, when_f, pick, person
from make_set84_write import ser_finder, colour_f, brand_f, model_f, typo, joinw, brand_in_model

FINDERS = {
    'market': ['shop', 'cleaner', 'aux'], 'square': ['dancer', 'grid', 'citizen'], 'kinder': ['teacher', 'guard'],
    'school': ['teacher', 'guard'], 'clinic': ['staff'], 'locker': ['staff', 'rider'], 'bus': ['driver', 'citizen'],
    'metro': ['metro'], 'park': ['aux', 'cleaner', 'citizen'], 'property': ['property'],
    'home': ['property', 'cleaner', 'citizen', 'grid'], 'super': ['staff'], 'pharm': ['staff'], 'bank': ['staff'],
    'elder': ['staff', 'grid'], 'food': ['shop'], 'barber': ['shop'], 'street': ['aux', 'cleaner', 'rider', 'citizen'],
    'service': ['grid', 'staff'], 'far': ['aux', 'citizen', 'staff'],
}
P_FFACT = {'aux': .85, 'staff': .75, 'property': .7, 'teacher': .7, 'guard': .6, 'shop': .55, 'cleaner': .5,
           'driver': .6, 'metro': .8, 'dancer': .5, 'citizen': .55, 'rider': .3, 'grid': .75}
P_FFIELD = {'aux': .9, 'metro': .8, 'staff': .7, 'property': .65, 'grid': .75, 'teacher': .6, 'guard': .5,
            'shop': .4, 'cleaner': .4, 'driver': .55, 'dancer': .35, 'citizen': .45, 'rider': .2}
# facts personal to one owner (a name, a home address, a phone tail, a room number on a key tag)
NAMEY = {('id_doc', 'name'), ('id_doc', 'addr'), ('wallet', 'idin'), ('bag', 'books'), ('bag', 'meds'),
         ('electronics', 'wname'), ('other', 'name'), ('id_doc', 'note'), ('keys', 'tag')}
SERIALY = {('wallet', 'bankin')}
DESK_ALWAYS = {('id_doc', 'name'), ('wallet', 'idin'), ('cash', 'amount'), ('wallet', 'cash')}
OUTDOOR = ('门', '车棚', '路', '站台', '院', '边', '角', '楼下', '台阶', '出口')


def vehicle_spot(spot):
    return spot if any(w in spot for w in OUTDOOR) else '旁边'
VOICE_HOURS = {'dancer': (18, 21), 'teacher': (7, 17), 'guard': (6, 20), 'staff': (7, 20), 'shop': (5, 19),
               'metro': (5, 22), 'property': (8, 19), 'driver': (6, 22), 'cleaner': (5, 19), 'citizen': (6, 21),
               'rider': (7, 22), 'grid': (8, 17), 'aux': (0, 23)}


def intro(voice, P, spot, t, D, rng):
    n = person(rng, 'elder' if voice in ('dancer', 'cleaner') else 'young')['name']
    Pf = P['f']
    if voice == 'aux':
        return pick(rng, ['辅警%s于%s巡逻至%s%s时拾得%s' % (n, t, Pf, spot, D),
                          '%s巡逻民警在%s%s发现%s' % (t, Pf, spot, D)])
    if voice == 'staff':
        return '%s工作人员%s于%s在%s发现%s，无人认领' % (Pf, n, t, spot, D)
    if voice == 'property':
        pre = Pf + '物业' if P['kind'] == 'home' else Pf
        return '%s前台：%s有住户在%s捡到%s交到物业，物业转交' % (pre, t, spot, D)
    if voice == 'teacher':
        return '%s老师%s在%s捡到%s，家长群里问过没人认领' % (Pf, t, spot, D)
    if voice == 'guard':
        return '%s门卫%s在%s发现%s' % (Pf, t, spot, D)
    if voice == 'shop':
        return '%s的%s送来%s，说是%s在%s发现的，不知道谁落下的' % (Pf, pick(rng, ['摊主', '店主', '老板']), D, t, spot)
    if voice == 'cleaner':
        return '保洁员%s交来：%s打扫%s%s时捡到%s' % (n, t, Pf, spot, D)
    if voice == 'driver':
        return '%d路公交司机%s收车检查时在车厢后排发现%s（该车途经%s）' % (rng.randint(2, 60), t, D, Pf)
    if voice == 'metro':
        return '%s站务员%s在%s捡到%s' % (Pf, t, spot, D)
    if voice == 'dancer':
        return '跳广场舞的%s阿姨%s散场时在%s%s捡到%s' % (n, t, Pf, spot, D)
    if voice == 'citizen':
        return '市民%s%s在%s%s%s捡到%s，送到所里' % (n, t, Pf, spot, pick(rng, ['路过时', '散步时', '', '']), D)
    if voice == 'rider':
        return '外卖骑手送单路过%s，在%s捡到%s，放下就走了，没留电话（%s）' % (Pf, spot, D, t)
    return '网格员%s%s巡查时在%s%s发现%s' % (n, t, Pf, spot, D)


def desc_f(T, rng, col, br, md, kind):
    br = brand_in_model(T, br, md)
    c = col if T['cat'] not in ('id_doc', 'cash') and not (T['cat'] == 'jewelry' and T['kind'] != 'jade') else ''
    c = c or ''
    br = br or ''
    md = md or ''
    r = rng.random()
    if r < 0.4:
        return joinw(c, br, md, kind) + '一' + T['mw']
    if r < 0.7 and (c or br):
        return '%s一%s（%s）' % (kind, T['mw'], '，'.join(x for x in (c, joinw(br, md)) if x))
    return '一%s%s' % (T['mw'], joinw(c, br, md, kind))


def neutral(s):
    for a, b in (('我家', ''), ('我的', ''), ('我', ''), ('俺', '')):
        s = s.replace(a, b)
    return s


def write_found(T, ctx, rng, echo=None, force=()):
    P = PLACE[ctx['place']]
    spot, spt = P['spots'][ctx['spot']]
    if T['cat'] in ('ebike', 'bicycle'):
        spot = vehicle_spot(spot)
    voice = pick(rng, FINDERS[P['kind']])
    if T['cat'] in ('ebike', 'bicycle'):
        voice = pick(rng, ['property', 'cleaner', 'grid'] if P['kind'] in ('home', 'property') else ['aux', 'aux', 'grid'])
    lo, hi = VOICE_HOURS[voice]
    if not lo <= ctx['dt'].hour <= hi:
        voice = 'cleaner' if 4 <= ctx['dt'].hour <= 7 else 'aux'
    pf, pfield = P_FFACT[voice], P_FFIELD[voice]
    force = set(force)
    kind = pick(rng, T['kind_f'])
    col = colour_f(T, rng) if T['colour'] and (rng.random() < 0.8 or 'colour' in force) else None
    br = brand_f(T, rng) if T['brand'] and (rng.random() < 0.7 or 'brand' in force) else None
    md = model_f(T, rng) if br and T['model'] and (rng.random() < 0.3 or 'model' in force) else None
    t = when_f(ctx['dt'], rng)
    if echo:
        c, b, m = echo['words']
        c = c if T['cat'] not in ('id_doc', 'cash') and not (T['cat'] == 'jewelry' and T['kind'] != 'jade') else None
        D = joinw(c, brand_in_model(T, b, m), m, kind) + '一' + T['mw']
        phr = []
        for g in echo['facts']:
            f = [x for x in T['facts'] if x['g'] == g]
            if f and f[0]['o'] and f[0]['f'] and (((T['cat'], g) not in NAMEY and (T['cat'], g) not in SERIALY)
                                                  or 'fact:' + g in force):
                phr.append(neutral(f[0]['o']))
        facts = [x for x in T['facts'] if 'fact:' + x['g'] in force and x['g'] not in echo['facts']]
        phr += [x['f'] for x in facts]
        sers = [s for s in T['serials'] if 'serial:' + s['t'] in force]
    else:
        D = desc_f(T, rng, col, br, md, kind)
        facts = [x for x in T['facts'] if x['f'] and (rng.random() < pf or 'fact:' + x['g'] in force
                                                     or (T['cat'], x['g']) in DESK_ALWAYS)]
        phr = [x['f'] for x in facts]
        sers = [s for s in T['serials'] if rng.random() < s['fnd'] or 'serial:' + s['t'] in force]
    if any(x['g'] == 'bankin' for x in facts) or (echo and 'fact:bankin' in force):
        sers = [s for s in sers if s['t'] != 'bank']
    sw = [ser_finder(s, rng) for s in sers]
    body = intro(voice, P, spot, t, D, rng)
    if phr:
        body += '。' + '，'.join(phr)
    if sw:
        body += '。' + '，'.join(b for b, v in sw)
    body += '。' + pick(rng, ['已登记入库。', '暂存值班室。', '请失主带有效证件认领。', '', ''])
    if voice in ('rider', 'citizen') and rng.random() < 0.15:
        body = typo(body, rng)
    rec = {'category': T['cat'], 'body': body.strip()[:600]}
    if echo:
        for k in ('color', 'brand', 'model'):
            if k in echo['fields'] and rng.random() < 0.8:
                rec[k] = echo['fields'][k]
    else:
        if col and rng.random() < pfield:
            rec['color'] = col
        if br and rng.random() < pfield:
            rec['brand'] = br
        if md and rng.random() < pfield:
            rec['model'] = md
    if sw and (rng.random() < pfield or any('serial:' + s['t'] in force for s in sers)):
        vals = [v for b, v in sw]
        rec['serial'] = ' / '.join(vals) if len(' / '.join(vals)) <= 60 else vals[0]
    if phr and rng.random() < pfield:
        rec['marks'] = '；'.join(phr)[:500]
    if rng.random() < 0.6 + pfield * 0.4:
        rec['address'] = (P['f'] + spot)[:60]
        if rng.random() < 0.8:
            rec['lat'], rec['lon'] = spt
    rec['found_at_min'] = ctx['f']
    return rec
