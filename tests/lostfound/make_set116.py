#!/usr/bin/env python3
"""Write tests/lostfound/set116.json: a blind lost-and-found set for 霜河县 (a fictional border county
town) during its January ice-and-snow festival.  Written without looking at the matcher.

Every object is first drawn as a hidden truth record (set116_objects.py); the owner's lost report and
the finder's registration are then written from it separately (set116_write.py).  Hard negatives are
separate objects drawn to look like one particular lost report's object, with one honest difference
that both sides put in writing.  One random.Random(SEED); no set or dict is iterated unsorted.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402
import set116_world as W  # noqa: E402
import set116_objects as OB  # noqa: E402
import set116_write as WR  # noqa: E402
from set116_objects import pick, wpick  # noqa: E402

SEED = 116016
PFX = 'S116'
OUT = os.environ.get('SET116_OUT') or os.path.join(HERE, 'set116.json')
TARGETS = {}     # negative found key -> the lost report it was drawn to resemble (for reading, not written)

# category: (lost reports, of which handed in)
PLAN = [('phone', 36, 22), ('id_doc', 28, 22), ('wallet', 28, 18), ('keys', 22, 14), ('bag', 24, 17),
        ('electronics', 26, 15), ('other', 36, 18), ('cash', 12, 5), ('jewelry', 12, 6), ('ebike', 8, 6),
        ('bicycle', 8, 7)]
NEG_PLAN = [('near_twin', 24), ('same_cat_color', 22), ('found_before_loss', 20), ('similar_place', 18),
            ('same_brand_far', 16), ('serial_near_miss', 12), ('same_number_elsewhere', 8)]
NUMBERS = [118, 118, 118, 305, 208, 66]
NUM_CTX = {
    'bath': ('放在龙泉洗浴%d号柜里', '%d号更衣柜里'),
    'bus118': ('坐的是118路公交', '118路末班车上'),
    'ski_hall': ('存在滑雪场%d号更衣柜', '滑雪场%d号更衣柜里'),
    'hotel': ('住友谊宾馆%d房间', '夹着友谊宾馆%d房间的房卡套'),
}


def loss_time(rng):
    """minutes before registration of the true moment of loss (daytime-heavy, last eight days)"""
    while True:
        day = W.NOW_DAY - wpick(rng, [(0, 2), (1, 4), (2, 4), (3, 3), (4, 3), (5, 2), (6, 2), (7, 1), (8, 1)])
        hour = wpick(rng, [(h, w) for h, w in zip(range(7, 24), [1, 2, 3, 4, 4, 4, 5, 5, 5, 4, 4, 5, 5, 4, 3, 2, 1])])
        a = day * 1440 + hour * 60 + rng.randint(0, 59)
        t = W.NOW_DAY * 1440 + W.NOW_HOUR * 60 - a
        if t >= 30:
            return t


def window(rng, t):
    a = wpick(rng, [(rng.randint(10, 90), 4), (rng.randint(60, 360), 4), (rng.randint(300, 2400), 2)])
    b = wpick(rng, [(rng.randint(5, 60), 4), (rng.randint(30, 300), 4), (rng.randint(200, 1500), 2)])
    return t + a, max(0, t - b)


def found_delay(rng, t):
    d = wpick(rng, [(rng.randint(2, 60), 4), (rng.randint(60, 600), 35), (rng.randint(600, 2880), 25)])
    if d > t:
        d = rng.randint(0, t)
    return t - d


def near_place(rng, key):
    p = W.PLACES[key]
    if p['zone'] in ('taxi', 'route'):
        return key
    if p.get('twin') and rng.random() < 0.7:
        return p['twin']
    cands = [k for k in sorted(W.PLACES) if k not in (key, 'police', 'taxi', 'bus118')
             and W.dist_km(k, key) < 1.0]
    return pick(rng, cands) if cands else key


def set_num(rng, o, ctx, n):
    own, fnd = NUM_CTX[ctx]
    o['num'] = dict(n=n, ctx=ctx, owner=own % n if '%d' in own else own,
                    finder=fnd % n if '%d' in fnd else fnd)


def build_truths(rng):
    objs = []
    for cat, n, handed in PLAN:
        group = []
        for _ in range(n):
            o = OB.make_object(rng, cat)
            o['place'] = OB.loss_place(rng, o)
            o['t_loss'] = loss_time(rng)
            o['lost_from'], o['lost_to'] = window(rng, o['t_loss'])
            if o['place'] in ('bath', 'ski_hall', 'hotel') and rng.random() < 0.45:
                set_num(rng, o, o['place'], pick(rng, NUMBERS))
            elif o['place'] == 'bus118':
                set_num(rng, o, 'bus118', 118)
            o['must'] = set()
            o['force'] = set()
            group.append(o)
        idx = sorted(rng.sample(range(n), handed))
        for i, o in enumerate(group):
            o['handed'] = i in idx
        objs.extend(group)
    return objs


def specials(rng, objs):
    """four objects that the owner and the finder file under different categories"""
    def first(cat, cond=lambda o: True):
        for o in objs:
            if o['cat'] == cat and o['handed'] and not o.get('found_cat') and cond(o):
                return o
        raise RuntimeError(cat)
    o = first('phone')
    o['slots']['case'] = '黑色翻盖钱包式皮套，插着两张卡'
    o['found_cat'] = 'wallet'
    o['nouns_f2'] = ['手机皮套钱包', '钱包式手机壳']
    o['wallet_case'] = True
    o = first('id_doc', lambda o: o['doc'] == 'idcard')
    o['found_cat'] = 'bag'
    o['nouns_f2'] = ['小证件包', '棕色小皮包']
    o['slots']['sleeve'] = '装在一个小的棕色皮证件夹里'
    o = first('electronics')
    o.update(noun='电热鞋垫', nouns_o=['电热鞋垫', '加热鞋垫', '充电鞋垫'], nouns_f=['鞋垫'], en='heated insoles',
             brand='xuehu', model='暖足 S3', color='black', serial=None, found_cat='other',
             nouns_f2=['鞋垫一副（带电线和小电池）', '带电池的鞋垫'], slots={'mark': '连着两个小电池盒'},
             primary='mark', hidden=['是给我爸买的'], special=True,
             alt_looks=['连着两个小电池盒', '鞋垫面是灰色绒布', '电线是红色的', '有一只电池盒摔裂了'])
    o = first('other', lambda o: o['noun'] in ('手套', '帽子', '围巾'))
    o.update(noun='暖手宝', nouns_o=['暖手宝', '充电暖手宝', '暖宝'], nouns_f=['暖手宝'], en='hand warmer',
             brand='xuehu', model='暖手两用 X2', color='pink', serial=None, found_cat='electronics',
             nouns_f2=['充电宝（暖手宝两用）', '暖手充电宝'], slots={'look': '是个圆饼形状的，上面有个兔子'},
             primary='look', hidden=['是我对象送的'], special=True,
             alt_looks=['是个圆饼形状的，上面有个兔子', '是方的，印着一只小熊', '是蛋形的，有个挂绳', '是圆的，带个暖手套'])


def fresh_like(rng, t):
    if t.get('special'):
        m = OB.make_object(rng, t['cat'])
        for f in ('noun', 'nouns_o', 'nouns_f', 'en', 'primary'):
            m[f] = t[f]
        m['slots'] = {t['primary']: pick(rng, t['alt_looks'])}
        m['brand'], m['model'], m['serial'] = t['brand'], t['model'], None
        return m
    return OB.make_object(rng, t['cat'], same_sub_as=t)


def overlap_time(rng, t):
    lo = max(0, t['lost_to'] - 1440)
    return rng.randint(lo, t['lost_from'])


def far_place(rng, t):
    cands = [k for k in sorted(W.PLACES) if k not in ('police', 'taxi', 'bus118') and W.dist_km(k, t['place']) > 3.5]
    if t['cat'] in OB.PLACE_BY_CAT:
        cands = [k for k in cands if k in OB.PLACE_BY_CAT[t['cat']]] or cands
    return pick(rng, cands)


def near_serial(rng, s):
    k, v = s['kind'], s['value']
    if k == 'imei':
        i = rng.randint(8, 13)
        body = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:14]
        return body + W.luhn_digit(body)
    if k == 'idno':
        for _ in range(2000):     # same region, same tail four, another person
            y = int(v[6:10]) + rng.randint(-6, 6)
            body = '%s%04d%02d%02d%s' % (v[:6], y, rng.randint(1, 12), rng.randint(1, 28), v[14:17])
            if body != v[:17] and W.id_check(body) == v[17]:
                return body + v[17]
        body = v[:14] + '%03d' % ((int(v[14:17]) + 2) % 1000)
        return body + W.id_check(body)
    if k == 'card':
        if rng.random() < 0.5:
            other = [b for b in W.BANKS if b[2] != v[:4]]
            return pick(rng, other)[2] + v[4:]
        tail = v[-4:]
        sw = tail[:2] + tail[3] + tail[2] if tail[2] != tail[3] else tail[:3] + str((int(tail[3]) + 1) % 10)
        return v[:-4] + sw
    if k == 'rental':
        num = int(v.split('R-')[1])
        return 'R-'.join([v.split('R-')[0], '%04d' % ((num + rng.choice([1, 10, 100])) % 1000 or 7)])
    chars = list(v)
    idxs = [i for i, c in enumerate(chars) if c.isdigit()]
    i = pick(rng, idxs[-6:])
    chars[i] = str((int(chars[i]) + rng.randint(1, 9)) % 10)
    return ''.join(chars)


def derive(rng, kind, t):
    """a different object that looks like t's; returns it with its found place and time"""
    n = fresh_like(rng, t)
    n['must'], n['force'] = set(), set()
    n['handed'] = False
    n['negative'] = kind
    n['target'] = t
    if t.get('found_cat'):
        n['found_cat'] = t['found_cat']
        n['nouns_f2'] = t.get('nouns_f2')
        for f in ('noun', 'nouns_o', 'nouns_f', 'en', 'model', 'brand', 'primary'):
            n[f] = t[f]
        n['slots'] = dict(t['slots'])
        n['serial'] = None
        n['wallet_case'] = t.get('wallet_case')
    prim = t['primary']

    def differ_primary():
        for _ in range(300):
            m = fresh_like(rng, t)
            if m['slots'].get(m['primary']) != t['slots'][prim] and m['primary'] == prim:
                n['slots'][prim] = m['slots'][m['primary']]
                n['primary'] = prim
                return True
        n['primary'] = prim
        n['slots'][prim] = '上面什么记号都没有' if t['slots'][prim] != '上面什么记号都没有' else '有一道划痕'
        return True

    def copy_look(model=True):
        n['brand'], n['color'] = t['brand'], t['color']
        if model:
            n['model'] = t['model']
        elif n['brand'] != t['brand']:
            n['model'] = t['model']

    n['found_at'] = overlap_time(rng, t)
    if kind == 'near_twin':
        copy_look()
        n['slots'] = dict(t['slots'])
        n['primary'] = prim
        differ_primary()
        n['fplace'] = t['place'] if rng.random() < 0.5 else near_place(rng, t['place'])
        t['must'].add('primary')
        n['force'].add('primary')
        if t['cat'] == 'id_doc':
            n['force'].add('serial')
    elif kind == 'same_cat_color':
        n['color'] = t['color']
        for _ in range(200):
            if n['brand'] != t['brand'] or not t['brand']:
                break
            m = fresh_like(rng, t)
            n['brand'], n['model'] = m['brand'], m['model']
        n['fplace'] = near_place(rng, t['place']) if rng.random() < 0.7 else t['place']
        if t['brand'] and n['brand'] != t['brand']:
            t['must'].add('brand')
            n['force'].add('brand')
        else:
            differ_primary()
            t['must'].add('primary')
            n['force'].add('primary')
    elif kind == 'found_before_loss':
        copy_look()
        if rng.random() < 0.6:
            n['slots'] = dict(t['slots'])
            n['primary'] = prim
        n['fplace'] = t['place'] if rng.random() < 0.6 else near_place(rng, t['place'])
        n['found_at'] = min(172800, t['lost_from'] + rng.randint(30, 3000))
    elif kind == 'same_brand_far':
        n['brand'] = t['brand']
        n['model'] = t['model'] if rng.random() < 0.5 else n['model']
        if t['brand'] and n['model'] and n['brand'] == t['brand'] and n['model'] != t['model']:
            pass
        if rng.random() < 0.5:
            n['color'] = t['color']
        n['fplace'] = far_place(rng, t)
        t['must'].add('place')
        n['force'].update(['place', 'brand'])
    elif kind == 'similar_place':
        for _ in range(60):
            if n['color'] != t['color']:
                break
            m = fresh_like(rng, t)
            n['color'] = m['color']
            if t['cat'] in ('keys', 'cash'):
                n['slots'] = dict(m['slots'])
        for _ in range(200):          # some things only come in one colour: take another kind of thing
            if n['color'] != t['color']:
                break
            m = OB.make_object(rng, t['cat'])
            if m['color'] != t['color'] and not t.get('found_cat'):
                m.update(must=set(), force=set(), handed=False, negative=kind, target=t, found_at=n['found_at'])
                n = m
        n['fplace'] = t['place'] if rng.random() < 0.5 else near_place(rng, t['place'])
        t['must'].add('color')
        n['force'].add('color')
    elif kind == 'serial_near_miss':
        copy_look(model=rng.random() < 0.5)
        n['serial'] = dict(t['serial'], value=near_serial(rng, t['serial']), finder=True)
        if t['serial']['kind'] == 'card':
            n['card'] = dict(t['card'])
            pre = n['serial']['value'][:4]
            bk = [b for b in W.BANKS if b[2] == pre][0]
            n['card'].update(bank=bk[0], bankfull=bk[1], prefix=pre, tail=n['serial']['value'][-4:])
        if t['cat'] == 'id_doc' and t['doc'] == 'passport':
            n['owner'] = OB.make_person(rng, 'russian')
            n['holder'] = n['owner']['name']
        n['fplace'] = t['place'] if rng.random() < 0.4 else near_place(rng, t['place'])
        t['must'].add('serial')
        n['force'].add('serial')
    elif kind == 'same_number_elsewhere':
        ctxs = [c for c in sorted(NUM_CTX) if c != t['num']['ctx']]
        if t['num']['n'] != 118:
            ctxs = [c for c in ctxs if c != 'bus118']
        ctx = pick(rng, ctxs)
        set_num(rng, n, ctx, t['num']['n'])
        n['fplace'] = ctx
        if rng.random() < 0.6:
            n['color'] = t['color']
        t['must'].update(['num', 'place'])
        n['force'].update(['num', 'place'])
    return n


def eligible(kind, t):
    if kind == 'serial_near_miss':
        return bool(t.get('serial')) and not t.get('found_cat')
    if kind == 'same_number_elsewhere':
        return bool(t.get('num'))
    if kind == 'same_brand_far':
        return bool(t.get('brand')) and t['place'] not in ('taxi',)
    if kind == 'similar_place':
        return bool(t.get('color'))
    return True


def plan_negatives(rng, objs):
    negs = []
    used = {}
    order = list(range(len(objs)))
    for kind, count in NEG_PLAN:
        made = 0
        tries = 0
        while made < count:
            tries += 1
            i = pick(rng, order)
            t = objs[i]
            if used.get(i, 0) >= (2 if tries > 400 else 1):
                continue
            if t['handed'] and rng.random() < 0.45 and tries < 2000:
                continue            # lean towards reports whose object never turns up
            if not eligible(kind, t):
                continue
            n = derive(rng, kind, t)
            OB.fix_consistency(n)
            negs.append(n)
            used[i] = used.get(i, 0) + 1
            made += 1
    return negs


def main():
    rng = random.Random(SEED)
    objs = build_truths(rng)
    specials(rng, objs)
    for o in objs:
        if o['handed']:
            o['found_at'] = found_delay(rng, o['t_loss'])
            o['fplace'] = o['place'] if rng.random() < 0.85 else near_place(rng, o['place'])
    negs = plan_negatives(rng, objs)
    # keys: lost reports and found items in a shuffled order so that position says nothing
    lost_order = list(range(len(objs)))
    rng.shuffle(lost_order)
    found_objs = [o for o in objs if o['handed']] + negs
    found_order = list(range(len(found_objs)))
    rng.shuffle(found_order)
    for k, j in enumerate(found_order):
        found_objs[j]['fkey'] = '%s-F%04d' % (PFX, k + 1)
    for k, i in enumerate(lost_order):
        objs[i]['lkey'] = '%s-L%04d' % (PFX, k + 1)
    TARGETS.clear()
    TARGETS.update({n['fkey']: n['target']['lkey'] for n in negs})
    found = []
    for j in found_order:
        o = found_objs[j]
        rec = WR.found_report(rng, o)
        out = {'key': o['fkey']}
        out.update(rec)
        if o.get('negative'):
            out['negative'] = o['negative']
        found.append(out)
    lost = []
    for i in lost_order:
        o = objs[i]
        rec = WR.lost_report(rng, o)
        out = {'key': o['lkey']}
        out.update(rec)
        out['truth'] = o['fkey'] if o['handed'] else None
        lost.append(out)
    found.sort(key=lambda r: r['key'])
    lost.sort(key=lambda r: r['key'])
    doc = {'seed': SEED, 'made_by': 'tests/lostfound/make_set116.py',
           'parts': {'set116': {'found': found, 'lost': lost}}}
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write('\n')
    print('wrote %s: %d lost (%d with truth), %d found (%d negatives)' % (
        os.path.relpath(OUT), len(lost), sum(1 for r in lost if r['truth']), len(found),
        sum(1 for r in found if 'negative' in r)))


if __name__ == '__main__':
    main()
