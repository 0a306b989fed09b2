"""set91 names and numbers: invented people, GB 11643 ID numbers, Luhn IMEIs, serial forms.

A serial statement is (text, posmap): posmap maps a position counted from the end of the
normalised serial to the character that the text shows there, so a tail, a mask and a full
number can be compared without reading the text back.
"""
import re

SURNAMES = ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶'
            '程苏魏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江薛尹段雷黎龙陶贺顾毛郝龚邵覃莫向')
GIVEN = ('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰春梅辉鹏华玲红飞斌宇浩凯建国志文海燕玉婷雪琴倩'
         '云波林鑫亮俊晓欢佳丹萍颖彬昊琳嘉翠莲凤娥福贵根生旺金宝小荣德顺双喜月满秋菊冬')
KID_GIVEN = ['子涵', '梓萱', '一诺', '欣怡', '浩宇', '梓轩', '语桐', '雨泽', '思彤', '俊熙', '若汐', '可馨', '宇航',
             '佳琪', '子睿', '诗涵', '皓轩', '沐阳', '依诺', '梓涵']
FOREIGN = [('Marco', 'BELLANDRI'), ('Tomasz', 'WIERZBALA'), ('Daniel', 'OKAFORE'), ('Priya', 'RANGANATHI'),
           ('Lukas', 'HEINEMARK'), ('Ana', 'CARVALHEDO'), ('Emre', 'KOCABIYIKLI'), ('Van Thao', 'NGUYEN'),
           ('Sofia', 'LINDQVARN'), ('Ahmed', 'SAFRANI')]
NATIONS = [('it', '意大利', 'Italian'), ('pl', '波兰', 'Polish'), ('ng', '尼日利亚', 'Nigerian'),
           ('in', '印度', 'Indian'), ('de', '德国', 'German'), ('br', '巴西', 'Brazilian'),
           ('tr', '土耳其', 'Turkish'), ('vn', '越南', 'Vietnamese'), ('se', '瑞典', 'Swedish'),
           ('eg', '埃及', 'Egyptian')]
PROVINCES = [('湖南', '43'), ('四川', '51'), ('河南', '41'), ('广西', '45'), ('贵州', '52'), ('江西', '36'),
             ('湖北', '42'), ('重庆', '50'), ('广东', '44'), ('云南', '53'), ('安徽', '34')]


def person(rng, used, kid=False):
    for _ in range(200):
        s = rng.choice(SURNAMES)
        if kid:
            g = rng.choice(KID_GIVEN)
        elif rng.random() < 0.7:
            g = rng.choice(GIVEN) + rng.choice(GIVEN)
        else:
            g = rng.choice(GIVEN)
        name = s + g
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError('names exhausted')


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def idno(rng, year_lo=1972, year_hi=2006, prov=None):
    prov = prov or rng.choice(PROVINCES)
    region = prov[1] + f'{rng.randint(1, 13):02d}' + f'{rng.randint(21, 29):02d}'
    y, m, d = rng.randint(year_lo, year_hi), rng.randint(1, 12), rng.randint(1, 28)
    s17 = f'{region}{y:04d}{m:02d}{d:02d}{rng.randint(10, 999):03d}'
    return s17 + id_check(s17), prov[0]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def imei(rng, tac=None):
    body = (tac or ('86' + ''.join(rng.choice('0123456789') for _ in range(6))))
    body += ''.join(rng.choice('0123456789') for _ in range(6))
    return body + luhn_digit(body)


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def alnum(rng, n):
    return ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(n))


BINS = {'icbc': '6222', 'abc': '6228', 'ccb': '6217', 'psbc': '6210', 'hwrcb': '6230'}
BADGE_PFX = {'xs': 'XS', 'hd': 'HD', 'yt': 'YT'}
EBIKE_PFX = {'yadea': 'YD', 'aima': 'AM', 'tailg': 'TL', 'sunra': 'XR', 'luyuan': 'LY', 'xfx': 'FX'}


def make_serial(t, rng, brand=None):
    if t == 'imei':
        return imei(rng)
    if t == 'card':
        return BINS.get(brand, '6222') + '********' + digits(rng, 4)
    if t == 'badge':
        return BADGE_PFX.get(brand, 'XS') + rng.choice('12') + digits(rng, 5)
    if t == 'plate':
        return '东禾' + rng.choice('ABCDE') + digits(rng, 5)
    if t == 'frame':
        return EBIKE_PFX.get(brand, 'EB') + '2' + digits(rng, 3) + rng.choice('ABCK') + digits(rng, 5)
    if t == 'bframe':
        return alnum(rng, 2) + digits(rng, 2) + rng.choice('ABCDEFG') + digits(rng, 5)
    if t == 'sn':
        return alnum(rng, 4) + digits(rng, 2) + alnum(rng, 2) + digits(rng, 4)
    if t == 'doorcard':
        return '00' + digits(rng, 5)
    if t == 'student':
        return '2' + rng.choice('01') + digits(rng, 6)
    if t == 'passport':
        return rng.choice('EPKY') + rng.choice('ABCDEFGH') + digits(rng, 7)
    raise ValueError(t)


def norm(s):
    return re.sub(r'[^0-9A-Z]', '', s.upper())


def posmap(value, head=None, tail=None):
    v = norm(value)
    n = len(v)
    out = {}
    for i, ch in enumerate(v):
        if ch == '*':
            continue
        if (head is None and tail is None) or (head and i < head) or (tail and i >= n - tail):
            out[n - 1 - i] = ch
    return out


def _g(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return [x for x in out if x]


def serial_forms(t, v, lang='zh'):
    """Written forms of serial v: list of (text for the body, text for the serial field, posmap)."""
    full = (v, v, posmap(v))
    if t == 'imei':
        t4 = v[-4:]
        tail = posmap(v, tail=4)
        if lang == 'en':
            return [(f'IMEI {v}', v, full[2]), (f'IMEI {" ".join(_g(v, [2, 6, 6, 1]))}', v, full[2])]
        sp = ' '.join(_g(v, [2, 6, 6, 1]))
        g4 = ' '.join(_g(v, [4, 4, 4, 3]))
        dash = '-'.join(_g(v, [2, 6, 6, 1]))
        return [(f'IMEI：{v}', v, full[2]), (f'串号{sp}', sp, full[2]), (f'IMEI1 {g4}', g4, full[2]),
                (f'imei号{dash}', dash, full[2]), (f'IMEI后四位{t4}', f'尾号{t4}', tail),
                (f'串号尾数{t4}', f'****{t4}', tail)]
    if t == 'idno':
        sp = ' '.join(_g(v, [6, 8, 4]))
        m1 = v[:6] + '*' * 8 + v[-4:]
        m2 = v[:4] + '*' * 10 + v[-4:]
        if lang == 'en':
            return [(f'ID no. {v}', v, full[2])]
        return [(f'身份证号{v}', v, full[2]), (f'身份证号码：{sp}', sp, full[2]),
                (f'号码{m1}', m1, posmap(v, head=6, tail=4)), (f'证号{m2}', m2, posmap(v, head=4, tail=4)),
                (f'身份证尾号{v[-4:]}', f'尾号{v[-4:]}', posmap(v, tail=4))]
    if t == 'card':
        t4 = v[-4:]
        tail = posmap(v, tail=4)
        if lang == 'en':
            return [(f'card ending {t4}', f'****{t4}', tail)]
        return [(f'卡号{v[:4]}****{t4}', f'{v[:4]}****{t4}', tail), (f'尾号{t4}', f'尾号{t4}', tail),
                (f'卡号后四位{t4}', f'**** **** **** {t4}', tail)]
    if t == 'badge':
        d = v[2:]
        return [(f'工号{v}', v, full[2]), (f'工号：{v[:2]}-{d}', f'{v[:2]}-{d}', full[2]),
                (f'工号{d}', d, posmap(v, tail=len(d)))] if lang == 'zh' else [(f'badge no. {v}', v, full[2])]
    if t == 'plate':
        if lang == 'en':
            return [(f'plate {v}', v, full[2])]
        return [(f'车牌{v}', v, full[2]), (f'车牌号{v[:2]} {v[2:]}', f'{v[:2]} {v[2:]}', full[2]),
                (f'牌照{v[2:]}', v[2:], posmap(v, tail=6))]
    if t == 'frame':
        sp = ' '.join(_g(v, [6, 6]))
        if lang == 'en':
            return [(f'frame no. {v}', v, full[2])]
        return [(f'车架号{v}', v, full[2]), (f'车架号：{sp}', sp, full[2]),
                (f'车架号后六位{v[-6:]}', f'后六位{v[-6:]}', posmap(v, tail=6))]
    if t == 'bframe':
        if lang == 'en':
            return [(f'frame no. {v}', v, full[2])]
        return [(f'车架钢印{v}', v, full[2]), (f'车架号{v[:4]}-{v[4:]}', f'{v[:4]}-{v[4:]}', full[2])]
    if t == 'sn':
        dash = '-'.join(_g(v, [4, 4, 4]))
        if lang == 'en':
            return [(f'S/N {v}', v, full[2]), (f'serial {dash}', dash, full[2])]
        return [(f'SN:{v}', v, full[2]), (f'序列号{dash}', dash, full[2]), (f'SN码{v.lower()}', v.lower(), full[2]),
                (f'序列号后四位{v[-4:]}', f'后四位{v[-4:]}', posmap(v, tail=4))]
    if t == 'doorcard':
        if lang == 'en':
            return [(f'card no. {v}', v, full[2])]
        return [(f'卡号{v}', v, full[2]), (f'卡面编号NO.{v}', f'NO.{v}', full[2]),
                (f'卡上印着{v[2:]}', v[2:], posmap(v, tail=len(v) - 2))]
    if t == 'student':
        if lang == 'en':
            return [(f'student no. {v}', v, full[2])]
        return [(f'学籍号{v}', v, full[2]), (f'学号{v}', v, full[2])]
    if t == 'passport':
        return [(f'护照号{v}', v, full[2]), (f'护照号码：{v}', v, full[2])] if lang == 'zh' else \
               [(f'passport no. {v}', v, full[2]), (f'passport number {v}', v, full[2])]
    raise ValueError(t)


def pm_compatible(a, b):
    return all(b[k] == ch for k, ch in a.items() if k in b)
