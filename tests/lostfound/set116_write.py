"""set116 writers: turn a hidden object into a lost report (the owner's words) or a found
registration (the finder's words).  Each side only uses what that person could know.
"""
import set116_world as W
from set116_objects import pick, wpick

CAT_ZH = {'phone': '手机', 'id_doc': '证件', 'wallet': '钱包', 'keys': '钥匙', 'ebike': '电动车',
          'bicycle': '自行车', 'bag': '包', 'cash': '现金', 'jewelry': '首饰', 'electronics': '电子产品',
          'other': '其他'}

ACTIVITY = {
    'park_s': ['看冰灯', '排队检票', '门口拍照'], 'park_n': ['看冰灯出来', '等车', '拍照'],
    'park_slide': ['玩冰滑梯', '排队坐大滑梯'], 'park_maze': ['走冰雕迷宫', '拍照'],
    'fish': ['看冬捕拉网', '看出鱼'], 'fish_stand': ['看拍头鱼', '看冬捕'],
    'street': ['逛街', '吃冰糖葫芦', '买俄罗斯糖'], 'bbq': ['撸串', '吃烧烤喝酒'],
    'border': ['买俄罗斯货', '换卢布', '逛边贸市场'], 'market_e': ['买冻鱼', '挑冻货'],
    'market_w': ['买冻梨冻柿子', '买粘豆包'], 'bath': ['洗澡', '搓澡', '睡觉'],
    'bus_old': ['等车', '买票'], 'bus_new': ['等车', '买票', '检票上车'], 'train': ['出站', '等火车', '过安检'],
    'hotel': ['办入住', '退房'], 'hospital': ['看病拿药', '挂号'], 'super': ['买东西', '存包'],
    'ski_hall': ['租雪具', '换雪鞋', '还雪板'], 'ski_low': ['坐缆车', '滑初级道'], 'ski_up': ['坐缆车上山顶', '滑高级道'],
    'bus118': ['坐118路去滑雪场', '坐118路回城'], 'taxi': ['打车', '坐出租车'],
}
EN_ACT = {'park': 'looking at the ice lanterns', 'river': 'at the market by the river', 'street': 'walking',
          'center': 'shopping', 'west': 'waiting for the bus', 'ski': 'skiing', 'route': 'on the bus',
          'taxi': 'in a taxi'}

TYPOS = [('手机', '手鸡'), ('钱包', '钱抱'), ('身份证', '身分证'), ('钥匙', '钥是'), ('充电宝', '冲电宝'),
         ('冰灯', '冰登'), ('滑雪', '划雪'), ('客运站', '客运占'), ('公园', '公圆'), ('黑色', '黑涩'),
         ('丢了', '丟了'), ('捡到', '检到'), ('洗浴', '洗欲'), ('缆车', '揽车'), ('帽子', '帽了')]

EN_COLOR = {k: v[3] for k, v in W.COLORS.items()}


def cap(s, n):
    return s if len(s) <= n else s[:n]


def apply_typo(rng, text, k=1):
    cands = [t for t in TYPOS if t[0] in text]
    for a, b in cands[:k] if rng.random() < 0.5 else rng.sample(cands, min(k, len(cands))):
        text = text.replace(a, b, 1)
    return text


def ru_spaced(s):
    """broken Chinese written word by word"""
    return s


# --------------------------------------------------------------------------- shared bits
def color_o(rng, o):
    return pick(rng, W.COLORS[o['color']][1]) if o.get('color') else ''


def color_f(rng, o):
    if not o.get('color'):
        return ''
    if o['color'] == 'navy' and rng.random() < 0.3:
        return '黑色'
    return pick(rng, W.COLORS[o['color']][2])


def brand_o(rng, o):
    return pick(rng, W.BRANDS[o['brand']][1]) if o.get('brand') else ''


def brand_f(rng, o):
    if not o.get('brand'):
        return ''
    v = W.BRANDS[o['brand']][1]
    return pick(rng, v[:3])


def time_o(rng, o, en=False):
    """the owner's words for the loss window"""
    d1, h1, m1 = W.clock(o['lost_from'])
    d2, h2, m2 = W.clock(o['lost_to'])
    if en:
        if d1 == d2:
            return pick(rng, ['on January %d, between %d:%02d and %d:%02d' % (d1, h1, m1 - m1 % 10, h2, m2 - m2 % 10),
                              'on %d January in the %s' % (d1, W.en_period(h1))])
        return 'between %d and %d January' % (d1, d2)
    if d1 == d2:
        if h1 == h2:
            return pick(rng, ['%d号%s%d点多' % (d1, W.period(h1), W.h12(h1)), '%d号%d点左右' % (d1, h1)])
        if W.period(h1) == W.period(h2):
            return pick(rng, ['%d号%s%d点到%d点之间' % (d1, W.period(h1), W.h12(h1), W.h12(h2) + (1 if m2 else 0)),
                              '1月%d日%d:%02d至%d:%02d' % (d1, h1, m1, h2, m2),
                              '%d号%s' % (d1, W.period(h1))])
        return pick(rng, ['%d号%s到%s' % (d1, W.period(h1), W.period(h2)),
                          '%d号%s%d点到%s%d点' % (d1, W.period(h1), W.h12(h1), W.period(h2), W.h12(h2) + 1),
                          '1月%d日%d时至%d时' % (d1, h1, h2 + 1)])
    if d2 - d1 == 1:
        return pick(rng, ['%d号%s到%d号%s' % (d1, W.period(h1), d2, W.period(h2)),
                          '%d号晚上到第二天%s' % (d1, W.period(h2)) if h1 >= 17 else '%d号到%d号' % (d1, d2)])
    return pick(rng, ['%d号到%d号这几天' % (d1, d2), '这几天（%d号至%d号）' % (d1, d2)])


def time_f(rng, t):
    d, h, m = W.clock(t)
    mm = '%d点%d分左右' % (W.h12(h), m - m % 5) if m >= 5 else '%d点左右' % W.h12(h)
    return pick(rng, ['%d号%s%s' % (d, W.period(h), mm),
                      '1月%d日%d时%02d分' % (d, h, m),
                      '%d号%s%d点多' % (d, W.period(h), W.h12(h))])


def jitter(rng, lat, lon, m):
    return (round(lat + rng.uniform(-m, m) / 111000.0, 6), round(lon + rng.uniform(-m, m) / 75300.0, 6))


def place_ll(key):
    p = W.PLACES[key]
    return W.ll(p['e'], p['n'])


# --------------------------------------------------------------------------- serials
def spaced(v, groups):
    out, i = [], 0
    for g in groups:
        out.append(v[i:i + g])
        i += g
    if i < len(v):
        out.append(v[i:])
    return ' '.join(x for x in out if x)


def serial_owner(rng, o, must):
    """(field value, body phrase) the owner can give, or None"""
    s = o.get('serial')
    if not s:
        return None
    k, v = s['kind'], s['value']
    know = {'imei': 0.45, 'idno': 0.75, 'passport': 0.8, 'student': 0.55, 'card': 0.6, 'plate': 0.85,
            'frame': 0.35, 'sn': 0.35, 'rental': 0.8}[k]
    if not must and rng.random() > know:
        return None
    if k == 'imei':
        form = wpick(rng, [('full', 3), ('sp', 3), ('sp2', 2), ('tail', 2 if not must else 1)])
        if form == 'full':
            f = v
        elif form == 'sp':
            f = spaced(v, [2, 6, 6, 1])
        elif form == 'sp2':
            f = spaced(v, [4, 4, 4, 3])
        else:
            return v[-6:], pick(rng, ['串号后六位是%s' % v[-6:], 'IMEI后六位%s（盒子上看的）' % v[-6:]])
        return f, pick(rng, ['IMEI号%s' % f, '串号：%s', 'IMEI %s，盒子上抄的'.replace('%s', f)]).replace('%s', f)
    if k == 'idno':
        form = wpick(rng, [('full', 4), ('mask', 3), ('tail', 2), ('sp', 1)])
        if form == 'full':
            f = v
        elif form == 'mask':
            f = v[:6] + '********' + v[-4:]
        elif form == 'sp':
            f = spaced(v, [6, 8, 4])
        else:
            return '尾号' + v[-4:], '身份证号后四位%s' % v[-4:]
        if o['cat'] != 'id_doc':
            return f, '身份证也在里面，号码%s' % f
        return f, pick(rng, ['身份证号%s' % f, '证号%s' % f, '号码是%s' % f])
    if k == 'passport':
        f = pick(rng, [v, v.replace(' ', ''), 'No.' + v.replace(' ', '')])
        return f, 'passport %s' % f
    if k == 'student':
        return v, '学号%s' % v
    if k == 'card':
        tail = v[-4:]
        form = wpick(rng, [('tail', 4), ('wei', 3), ('mask', 2)])
        bank = o['card']['bank']
        if form == 'tail':
            return tail, '%s卡，卡号后四位%s' % (bank, tail)
        if form == 'wei':
            return '尾号' + tail, '一张%s的卡尾号%s' % (bank, tail)
        return v[:4] + '****' + tail, '%s卡%s' % (bank, v[:4] + '****' + tail)
    if k == 'plate':
        f = pick(rng, [v, v[2:], v[:3] + '-' + v[3:], v[:2] + ' ' + v[2:]])
        return f, pick(rng, ['车牌%s' % f, '牌子是%s' % f])
    if k == 'frame':
        if rng.random() < 0.4:
            return v[-6:], '车架号后六位%s' % v[-6:]
        return v, '车架号%s' % v
    if k == 'sn':
        f = pick(rng, [v, v.lower(), spaced(v, [4, 4, 4])])
        return f, pick(rng, ['SN码%s' % f, '序列号%s（盒子上的）' % f])
    if k == 'rental':
        num = v.split('R-')[1]
        f = pick(rng, ['R-' + num, 'R' + num, '%d号' % int(num)])
        return f, pick(rng, ['租赁编号%s' % f, '押金单上是%s' % f])
    return None


def serial_finder(rng, o, must):
    s = o.get('serial')
    if not s or not (s.get('finder') or must):
        return None
    k, v = s['kind'], s['value']
    if k == 'imei':
        f = pick(rng, [v, spaced(v, [2, 6, 6, 1])])
        return f, pick(rng, ['手机背面贴纸上IMEI：%s' % f, '卡托上印着IMEI %s' % f])
    if k == 'idno':
        f = wpick(rng, [(v, 6), (v[:6] + '********' + v[-4:], 3), (v[:10] + '****' + v[-4:], 1)])
        return f, '证号%s' % f
    if k == 'passport':
        return v, '护照号%s' % v
    if k == 'student':
        return v, '学号%s' % v
    if k == 'card':
        f = pick(rng, [v[:4] + '****' + v[-4:], v[:4] + ' **** **** ' + v[-4:], v])
        return f, '%s卡一张（%s）' % (o['card']['bankfull'], f)
    if k == 'plate':
        return v, '车牌%s' % v
    if k == 'frame':
        f = v if rng.random() < 0.9 else v.replace('0', 'O', 1)
        return f, '车架号%s' % f
    if k == 'sn':
        f = v if rng.random() < 0.9 else v.replace('0', 'O', 1)
        return f, '背面印着SN：%s' % f
    if k == 'rental':
        return v, '贴着“%s”标签' % v
    return None


# --------------------------------------------------------------------------- owner side
def money_o(rng, cash, exact=False):
    parts = []
    if cash['cny']:
        c = cash['cny']
        if exact or rng.random() < 0.4:
            parts.append('%d元' % c)
        else:
            parts.append(pick(rng, ['%d来块' % (c - c % 100 if c >= 100 else c), '大概%d多块' % (c - c % 100 if c >= 200 else c),
                                    '%d左右' % c]))
    if cash['rub']:
        parts.append('卢布%d' % cash['rub'] if rng.random() < 0.5 else '%d卢布' % cash['rub'])
    return '、'.join(parts)


def owner_marks(rng, o, must):
    """phrases the owner adds about the object (visible marks, contents, hidden things)"""
    out = []
    slots = o.get('slots', {})
    prim = o.get('primary')
    if prim in slots and (('primary' in must) or rng.random() < 0.55):
        out.append(slots[prim])
    for k in sorted(slots):
        if k != prim and rng.random() < 0.35:
            out.append(slots[k])
    if o['cat'] == 'phone' and rng.random() < 0.35:
        out.append(o['lock'])
    if o.get('engrave') and rng.random() < 0.6:
        out.append('里面刻着“%s”' % o['engrave'])
    if o.get('weight') and rng.random() < 0.5:
        out.append('%d克左右' % o['weight'])
    if o.get('contents'):
        cs = [c[0] for c in o['contents'] if rng.random() < 0.7]
        if cs:
            out.append('里面有' + '、'.join(cs))
    if o.get('cash') and (o['cash']['cny'] or o['cash']['rub']) and o['cat'] in ('wallet', 'bag', 'cash'):
        if o['cat'] == 'cash' or rng.random() < 0.75:
            out.append(('一共' if o['cat'] == 'cash' else '里面现金') + money_o(rng, o['cash']))
    if o.get('hidden') and rng.random() < 0.45:
        out.append(o['hidden'][0])
    if o.get('num') and 'num' in must:
        out.append(o['num']['owner'])
    return out


def noun_phrase_o(rng, o, show_color, show_brand, show_model):
    noun = pick(rng, o['nouns_o'])
    c = color_o(rng, o) if show_color else ''
    b = brand_o(rng, o) if show_brand else ''
    m = o['model'] if show_model and o.get('model') else ''
    order = rng.randrange(3)
    if order == 0:
        return ''.join(x for x in [c, b, (' ' + m + ' ') if m else '', noun] if x).replace('  ', ' ').strip()
    if order == 1:
        bits = [noun]
        if b:
            bits.append(b + ('的' if not m else ' ' + m))
        if c:
            bits.append(c + ('的' if not c.endswith('的') else ''))
        return '，'.join(bits)
    return (b + (m and ' ' + m or '') + ' ' if b else '') + c + noun


def owner_place(rng, o, must):
    p = W.PLACES[o['place']]
    mode = wpick(rng, [('exact', 5), ('vague', 3), ('route', 1), ('unsure', 1)])
    if 'place' in must or 'num' in must:
        mode = 'exact'
    if o['place'] in ('taxi', 'bus118'):
        mode = 'exact'
    lat, lon = place_ll(o['place'])
    if mode == 'exact':
        name = pick(rng, p['names'])
        return name, name, jitter(rng, lat, lon, 120)
    if mode == 'vague':
        name = pick(rng, p['vague'])
        return name, name, jitter(rng, lat, lon, 450)
    other = pick(rng, ['hotel', 'bus_old', 'street', 'super', 'bath', 'train'])
    if other == o['place']:
        other = 'police'
    on = pick(rng, W.PLACES[other]['vague'])
    pn = pick(rng, p['names'] + p['vague'])
    if mode == 'route':
        return '%s到%s路上' % (on, pn), '从%s去%s的道上' % (on, pn), None
    return '%s或%s' % (pn, on), pick(rng, ['%s或者%s那块' % (pn, on), '%s还是%s，记不清了，' % (pn, on)]), None


def lost_report(rng, o):
    must = o.get('must', set())
    p = o['owner']
    kind = p['kind']
    if kind == 'russian':
        style = 'ru_zh_help' if 'primary' in must else wpick(rng, [('ru_en', 6), ('ru_zh', 4)])
    elif kind == 'elder':
        style = 'elder'
    elif kind == 'tourist':
        style = wpick(rng, [('tourist', 6), ('plain', 3), ('hurried', 2)])
    elif kind == 'staff' and W.PLACES[o['place']]['zone'] in ('ski',) or (kind == 'staff' and o['place'] == 'bath'):
        style = 'staff'
    else:
        style = wpick(rng, [('local', 6), ('plain', 3), ('hurried', 2)])
    if must and style == 'hurried':
        style = 'plain'
    fill = wpick(rng, [('rich', 35), ('some', 40), ('none', 25)])
    if style == 'hurried':
        fill = pick(rng, ['none', 'some'])
    rec = dict(category=o['cat'])
    show_color = bool(o.get('color')) and ('color' in must or rng.random() < 0.8)
    show_brand = bool(o.get('brand')) and ('brand' in must or rng.random() < 0.75)
    show_model = bool(o.get('model')) and show_brand and rng.random() < (0.55 if o['cat'] == 'phone' else 0.35)
    ser = serial_owner(rng, o, 'serial' in must)
    marks = owner_marks(rng, o, must)
    addr, place_txt, ll = owner_place(rng, o, must)
    tphrase = time_o(rng, o, en=(style == 'ru_en'))
    if o['cat'] == 'id_doc' and o.get('holder'):
        if o['doc'] == 'passport':
            marks.insert(0, 'name %s' % p['name'] if style == 'ru_en' else '名字 %s' % p['name'])
        else:
            marks.insert(0, '姓名%s' % o['holder'] if style == 'elder' else
                         pick(rng, ['名字是%s' % o['holder'], '上面是我名字%s' % o['holder'], '姓名%s' % o['holder']]))
    if o['cat'] == 'cash':
        if show_color and o['slots']['holder'] not in marks:
            marks.insert(0, o['slots']['holder'])
        np = noun_phrase_o(rng, o, False, show_brand, show_model)
    else:
        np = noun_phrase_o(rng, o, show_color, show_brand, show_model)
    act = pick(rng, ACTIVITY[o['place']])
    ser_txt = ser[1] if ser else ''
    mk = '，'.join(marks)

    if style == 'local':
        open_ = pick(rng, ['老铁们帮帮忙，', '哎呀妈呀，', '咋整啊，', '', '寻思来报个案，', '我跟你说，'])
        core = pick(rng, ['%s在%s%s，把%s整丢了' % (tphrase, place_txt, act, np),
                          '%s在%s%s的时候%s整没了' % (tphrase, place_txt, act, np),
                          '%s，%s，%s，回头一摸%s没了' % (tphrase, place_txt, act, np)])
        close = pick(rng, ['谁捡着了给个信儿，贼拉感谢！', '捡着的老铁给打个电话，必有重谢。',
                           '里头东西对我贼拉重要，咋整啊。', '寻思着可能掉雪堆里了。',
                           '回去找了一圈啥玩意儿也没有。', '你说这嘎哈呢，天太冷手都冻木了没觉着。'])
        body = open_ + core + '。' + (mk + '。' if mk else '') + (ser_txt + '。' if ser_txt else '') + close
    elif style == 'elder':
        who = '%s，%d岁' % (p['name'], p['age'])
        body = pick(rng, ['（民警代录）报失人%s。老人口述：%s去%s%s，回家发现%s没了。' % (who, tphrase, place_txt, act, np),
                          '老人来所里报失，%s，说%s在%s%s，%s找不着了。' % (who, tphrase, place_txt, act, np)])
        if mk:
            body += '据老人说' + mk + '。'
        if ser_txt:
            body += ser_txt + '。'
        body += pick(rng, ['老人耳背，联系电话留的是儿子的。', '老人着急，说东西不值钱但是念想。', '已告知有消息电话通知。', ''])
    elif style == 'tourist':
        body = pick(rng, ['我是从%s来旅游的，第一次见这么大的雪，' % p['city'],
                          '南方人第一次来东北，%s来的，' % p['city'],
                          '我们一家从%s过来玩，' % p['city']])
        body += '%s在%s%s的时候%s不见了。' % (tphrase, place_txt, act, np)
        if mk:
            body += mk + '。'
        if ser_txt:
            body += ser_txt + '。'
        body += pick(rng, ['零下三十度手都冻麻了，掉了都没感觉到。', '拜托大家帮忙留意，万分感谢！',
                           '明天就要坐火车回去了，很着急。', '穿得太厚了，口袋浅，估计是滑出来的。'])
    elif style == 'staff':
        who = '我是南山滑雪场的教练' if W.PLACES[o['place']]['zone'] == 'ski' else '我是龙泉洗浴的搓澡师傅'
        body = '%s，%s在%s，%s丢了。' % (who, tphrase, place_txt, np)
        if mk:
            body += mk + '。'
        if ser_txt:
            body += ser_txt + '。'
        body += pick(rng, ['同事都帮着找了，没找着。', '估计是让哪个客人顺手拿错了。', ''])
    elif style == 'plain':
        body = '本人于%s在%s遗失%s。' % (tphrase, place_txt, np)
        if mk:
            body += mk + '。'
        if ser_txt:
            body += ser_txt + '。'
        body += pick(rng, ['如有拾到请与派出所联系。', '望拾到者归还。', '', '当时正%s。' % act])
    elif style == 'hurried':
        body = pick(rng, ['%s丢了 %s %s' % (np, place_txt, tphrase), '%s 在%s 丢了' % (np, place_txt),
                          '丢%s，%s，%s' % (np, place_txt, tphrase)])
        if mk and rng.random() < 0.5:
            body += ' ' + marks[0]
        body = apply_typo(rng, body)
    elif style == 'ru_en':
        en_np = ' '.join(x for x in [EN_COLOR.get(o.get('color')) if show_color else '',
                                     W.BRANDS[o['brand']][2] if show_brand else '',
                                     o['model'] if show_model else '', o['en']] if x)
        body = 'Hello. I am from %s. I lost my %s %s at %s.' % (
            {'哈巴罗夫斯克': 'Khabarovsk', '比罗比詹': 'Birobidzhan', '符拉迪沃斯托克': 'Vladivostok'}[p['city']],
            en_np, tphrase, W.PLACES[o['place']]['en'])
        if o.get('cash') and (o['cash']['cny'] or o['cash']['rub']) and o['cat'] in ('wallet', 'bag', 'cash'):
            body += ' Inside: %s.' % ', '.join(x for x in ['%d rubles' % o['cash']['rub'] if o['cash']['rub'] else '',
                                                         '%d yuan' % o['cash']['cny'] if o['cash']['cny'] else ''] if x)
        if o.get('contents'):
            ens = [c[1] for c in o['contents'] if c[1]]
            if ens:
                body += ' Also %s.' % ', '.join(ens)
        if o['cat'] == 'id_doc':
            body += ' Name %s.' % p['name']
        if ser:
            body += ' Number: %s.' % ser[0]
        body += pick(rng, [' Please help, I stay in Youyi Hotel.', ' Thank you very much!', ' Please call me, I speak little Chinese.'])
        addr = W.PLACES[o['place']]['en'] if rng.random() < 0.6 else addr
    else:   # ru_zh, ru_zh_help
        words = ['你好！', '我', '是', '俄罗斯人。', tphrase, '在', place_txt, '丢', '了', np + '。']
        body = ' '.join(words)
        if o.get('cash') and o['cash']['rub']:
            body += ' 里面 有 卢布 %d。' % o['cash']['rub']
        if style == 'ru_zh_help' and mk:
            body += '（宾馆前台帮忙翻译：%s。）' % mk
        elif mk and rng.random() < 0.5:
            body += ' ' + marks[0] + '。'
        if ser:
            body += ' 号码 %s。' % ser[0]
        body += ' 谢谢 你们！'
    rec['body'] = cap(body, 600)
    # fields
    if fill != 'none' or must:
        fp = 0.9 if fill == 'rich' else 0.45
        if show_color and rng.random() < fp:
            rec['color'] = color_o(rng, o) if style != 'ru_en' else EN_COLOR[o['color']]
        if show_brand and rng.random() < fp:
            rec['brand'] = brand_o(rng, o) if style != 'ru_en' else W.BRANDS[o['brand']][2]
        if show_model and rng.random() < fp:
            rec['model'] = o['model']
        if ser and (rng.random() < fp + 0.05 or 'serial' in must):
            rec['serial'] = ser[0]
        if mk and rng.random() < fp * 0.8:
            rec['marks'] = cap(mk, 500)
        if addr and rng.random() < fp + 0.05:
            rec['address'] = cap(addr, 60)
        if ll and rng.random() < (0.7 if fill == 'rich' else 0.3):
            rec['lat'], rec['lon'] = ll
    rec['lost_from_min'] = o['lost_from']
    rec['lost_to_min'] = o['lost_to']
    return rec


# --------------------------------------------------------------------------- finder side
FINDERS = {
    'bath': [('attendant', '龙泉洗浴服务员'), ('attendant', '洗浴中心搓澡师傅'), ('attendant', '洗浴前台收银员')],
    'taxi': [('taxi', '出租车司机')], 'bus118': [('bus', '118路公交司机')],
    'ski_hall': [('ski', '雪具租赁处工作人员'), ('ski', '滑雪场保洁')],
    'ski_low': [('ski', '滑雪场巡逻员'), ('ski', '滑雪教练'), ('ski', '缆车操作员')],
    'ski_up': [('ski', '滑雪场巡逻员'), ('ski', '滑雪教练'), ('ski', '缆车操作员')],
    'market_e': [('vendor', '卖冻鱼的摊主'), ('vendor', '冻货市场保安')],
    'market_w': [('vendor', '卖冻梨的大姐'), ('vendor', '冻货市场摊主')],
    'border': [('ru_trader', '俄罗斯商人'), ('vendor', '边贸市场保安'), ('vendor', '卖套娃的摊主')],
    'park_s': [('staff', '冰灯公园南门安检员'), ('staff', '冰灯公园保洁员'), ('passer', '游客')],
    'park_n': [('staff', '冰灯公园北门检票员'), ('staff', '冰灯公园保洁员'), ('passer', '游客')],
    'park_slide': [('staff', '冰滑梯工作人员'), ('passer', '游客')],
    'park_maze': [('staff', '冰灯公园保洁员'), ('passer', '游客')],
    'fish': [('staff', '冬捕队渔工'), ('passer', '看冬捕的市民')], 'fish_stand': [('staff', '冬捕节工作人员'), ('passer', '市民')],
    'street': [('passer', '市民'), ('vendor', '卖糖葫芦的摊主'), ('patrol', '巡逻民警')],
    'bbq': [('staff', '烧烤店服务员')], 'hotel': [('staff', '友谊宾馆前台')], 'hospital': [('staff', '医院保安')],
    'super': [('staff', '超市收银员'), ('staff', '超市保安')],
    'bus_old': [('staff', '老客运站保洁员'), ('staff', '老客运站售票员')],
    'bus_new': [('staff', '新客运站保洁员'), ('staff', '新客运站安检员')],
    'train': [('staff', '火车站保洁员'), ('staff', '车站民警'), ('passer', '旅客')],
}
SPOTS = {'bath': ['更衣柜旁边', '休息大厅躺椅缝里', '搓澡间门口', '淋浴间'], 'taxi': ['后座', '后座缝里', '副驾驶脚底下'],
         'bus118': ['最后一排座位上', '车厢中间地上', '前门台阶'],
         'ski_hall': ['更衣柜区长椅上', '还雪具的台子上', '换鞋凳底下'], 'ski_low': ['上车口雪地里', '缆车座椅上', '下车口'],
         'ski_up': ['下车平台雪里', '缆车座椅上', '山顶平台'], 'park_slide': ['滑梯出口', '排队栏杆边'],
         'fish': ['冰窟窿边上', '拉网的地方', '围观人群后头'], 'fish_stand': ['台子底下', '拍卖台边'],
         'market_e': ['摊位前面地上', '过道里'], 'market_w': ['摊位前面地上', '秤旁边'],
         'train': ['候车椅上', '安检传送带旁'], 'bus_old': ['候车椅上', '售票窗口台子上'],
         'bus_new': ['候车椅上', '检票口地上'], 'hotel': ['大堂沙发上', '前台台面上'], 'super': ['存包柜里', '购物车里']}


def found_place(rng, o, must):
    """(address, latlon, body text) where the finder says it was found"""
    key = o['fplace']
    if key == 'taxi':
        addr = pick(rng, ['出租车上（司机送到城关派出所）', '出租车后座'])
        ll = place_ll('police') if rng.random() < 0.5 else None
        return addr, ll, '出租车上'
    if key == 'bus118':
        addr = pick(rng, W.DEPOT['names'])
        lat, lon = W.ll(W.DEPOT['e'], W.DEPOT['n'])
        return addr, (round(lat, 6), round(lon, 6)), '118路公交车上'
    p = W.PLACES[key]
    name = pick(rng, p['names'])
    spot = pick(rng, SPOTS[key]) if key in SPOTS and rng.random() < 0.6 and o['cat'] not in ('ebike', 'bicycle') else ''
    if spot and (spot[:2] in name or name[-2:] in spot):
        spot = ''
    lat, lon = place_ll(key)
    return name, jitter(rng, lat, lon, 40), name + spot


def found_report(rng, o):
    must = o.get('force', set())
    key = o['fplace']
    fk, who = pick(rng, FINDERS.get(key, [('passer', '市民'), ('patrol', '巡逻民警')]))
    cat = o.get('found_cat', o['cat'])
    rec = dict(category=cat)
    noun = pick(rng, o.get('nouns_f2') or o['nouns_f'])
    c = color_f(rng, o)
    b = brand_f(rng, o) if o.get('brand') and ('brand' in must or rng.random() < 0.7) else ''
    show_model = bool(o.get('model')) and b and rng.random() < 0.3
    ser = serial_finder(rng, o, 'serial' in must)
    marks = []
    slots = o.get('slots', {})
    prim = o.get('primary')
    if prim in slots and ('primary' in must or rng.random() < 0.6):
        marks.append(slots[prim])
    for k in sorted(slots):
        if k != prim and rng.random() < 0.4:
            marks.append(slots[k])
    if o['cat'] == 'phone':
        if o.get('dead'):
            if rng.random() < 0.6:
                marks.append(pick(rng, ['冻得没电关机了', '没电开不了机', '按不亮']))
        elif rng.random() < 0.6:
            marks.append(o['lock_f'])
    if o.get('engrave') and rng.random() < 0.5:
        marks.append('内圈刻有“%s”' % o['engrave'])
    if o.get('holder') and o['cat'] in ('id_doc', 'wallet', 'bag'):
        if o['cat'] == 'id_doc' and o['doc'] == 'passport':
            nm = pick(rng, [o['holder'].upper(), o['owner']['name_zh'] + '（音译）'])
            marks.insert(0, '持有人%s' % nm)
        elif o['cat'] == 'id_doc':
            marks.insert(0, '姓名%s' % o['holder'])
            if o.get('school'):
                marks.append(o['school'])
        elif rng.random() < 0.8:
            marks.append('内有身份证一张，姓名%s' % o['holder'])
    if o.get('contents'):
        cs = [x[0] for x in o['contents'] if x[0] != '身份证' and rng.random() < 0.75]
        if cs:
            marks.append('内有' + '、'.join(cs))
    if o.get('cash') and (o['cash']['cny'] or o['cash']['rub']) and o['cat'] in ('wallet', 'bag', 'cash'):
        bits = []
        if o['cash']['cny']:
            bits.append('人民币%d元' % o['cash']['cny'])
        if o['cash']['rub']:
            bits.append('卢布%d' % o['cash']['rub'])
        marks.append('现金' + '、'.join(bits) + ('（当面清点）' if rng.random() < 0.4 else ''))
    if o.get('num') and 'num' in must:
        marks.append(o['num']['finder'])
    if o.get('wallet_case'):
        marks.append('皮套里插着手机一部')
    if ser:
        marks.append(ser[1])
    addr, ll, ptxt = found_place(rng, o, must)
    tf = time_f(rng, o['found_at'])
    if o['cat'] == 'cash':
        if c and o['slots']['holder'] not in marks and ('color' in must or rng.random() < 0.6):
            marks.insert(0, o['slots']['holder'])
        if o['slots']['holder'] not in marks:
            c = ''
        np = noun
    else:
        np = (c + b + (' ' + o['model'] + ' ' if show_model else '') + noun).strip()
    mk = '，'.join(marks)
    if fk == 'taxi':
        body = '出租车司机%s师傅交来，称%s收车时在%s发现%s' % (pick(rng, W.SURNAMES), tf, pick(rng, SPOTS['taxi']), np)
        body += pick(rng, ['，不记得是哪个乘客落下的。', '，寻思是前面几趟拉的游客掉的。', '。'])
    elif fk == 'bus':
        body = '118路公交司机交回车队，%s在%s发现%s。' % (tf, pick(rng, SPOTS['bus118']), np)
    elif fk == 'ru_trader':
        body = '俄罗斯 商人 交来，说：“我 在 %s 捡 %s，不是 我的，给 警察。”（%s）' % (ptxt, np, tf)
    elif o['cat'] in ('ebike', 'bicycle'):
        body = '%s反映%s有一辆%s停了好几天没人动，车上落满了雪，%s移交派出所。' % (who, ptxt, np, tf)
    elif fk == 'vendor':
        body = '%s交来：%s在%s看着地上有个%s，问了一圈没人认，老铁们谁丢的赶紧来取。' % (who, tf, ptxt, np)
    elif fk == 'ski':
        body = '%s于%s在%s捡到%s，交滑雪场服务台后转交派出所。' % (who, tf, ptxt, np)
    elif fk == 'attendant':
        body = '%s打扫时在%s捡到%s（%s），交到前台，前台转来。' % (who, ptxt, np, tf)
    elif fk == 'patrol':
        body = '%s%s在%s巡逻时拾得%s。' % (who, tf, ptxt, np)
    elif fk == 'passer':
        body = pick(rng, ['%s交来，称%s在%s捡的%s。' % (who, tf, ptxt, np),
                          '%s路过%s，看见雪地里有个%s，捡起来送来了（%s）。' % (who, ptxt, np, tf)])
    else:
        body = '%s交来：%s在%s发现%s，无人认领。' % (who, tf, ptxt, np)
    if mk:
        body += pick(rng, ['物品情况：', '', '特征：', '经查看，']) + mk + '。'
    rec['body'] = cap(body, 600)
    fill = wpick(rng, [('rich', 45), ('some', 40), ('none', 15)])
    fp = {'rich': 0.9, 'some': 0.5, 'none': 0.0}[fill]
    if c and rng.random() < fp:
        rec['color'] = c
    if b and rng.random() < fp:
        rec['brand'] = b
    if show_model and rng.random() < fp:
        rec['model'] = o['model']
    if ser and (rng.random() < fp + 0.1 or 'serial' in must):
        rec['serial'] = ser[0]
    if mk and rng.random() < fp:
        rec['marks'] = cap(mk, 500)
    if rng.random() < max(fp, 0.3) or 'place' in must:
        rec['address'] = cap(addr, 60)
    if ll and (rng.random() < 0.65 or 'place' in must):
        rec['lat'], rec['lon'] = ll
    rec['found_at_min'] = o['found_at']
    return rec
