"""Serial, colour and brand wording for set84, owner side and finder side.

Part of the generator; imported by make_set84.py.  Each side only says what it could know.
"""
from make_set84_world import BRANDS, COLOURS, pick

TYPO = [('在', '再'), ('已经', '以经'), ('钥匙', '钥是'), ('身份证', '身分证'), ('谢谢', '谢谢谢'),
        ('的时候', '得时候'), ('丢了', '丢勒'), ('手机', '手几'), ('派出所', '派处所'), ('麻烦', '麻凡')]
DIALECT = [('什么', '啥'), ('怎么', '咋'), ('没了', '没影了'), ('找不到', '找不着'), ('我', '俺'),
           ('在', '搁'), ('弄丢了', '整丢了')]


def typo(text, rng, n=1):
    opts = [p for p in TYPO if p[0] in text]
    for a, b in sorted(rng.sample(opts, min(n, len(opts)))):
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text


def dialect(text, rng):
    for a, b in DIALECT:
        if a in text and rng.random() < 0.6:
            i = text.find(a)
            text = text[:i] + b + text[i + len(a):]
    return text


# ---------------------------------------------------------------- serials

def imei_spaced(v):
    return ' '.join([v[0:4], v[4:8], v[8:12], v[12:]])


def ser_owner(s, rng):
    """(body words, field value) for an owner who knows serial s."""
    t, v = s['t'], s['v']
    if t == 'imei':
        if s.get('v2') and rng.random() < 0.4:
            v = s['v2']
        r = rng.random()
        if r < 0.25:
            return '串号' + v, v
        if r < 0.5:
            sp = imei_spaced(v)
            return 'IMEI：' + sp, sp
        if r < 0.7:
            return '手机盒子上的IMEI是' + v, 'IMEI:' + v
        if r < 0.85:
            d = '%s-%s-%s-%s' % (v[:2], v[2:8], v[8:14], v[14])
            return '串号' + d, d
        return 'IMEI后六位' + v[-6:], '后六位' + v[-6:]
    if t == 'id':
        r = rng.random()
        low = v[:-1] + 'x' if v.endswith('X') else v
        if r < 0.3:
            return '身份证号' + low, low
        if r < 0.55:
            m = v[:6] + '********' + v[-4:]
            return '身份证号' + m, m
        if r < 0.7:
            m = v[:4] + '*' * 10 + v[-4:]
            return '身份证' + m, m
        if r < 0.85:
            return '身份证后四位' + v[-4:], '尾号' + v[-4:]
        sp = '%s %s %s' % (v[:6], v[6:14], v[14:])
        return '身份证号' + sp, sp
    if t == 'bank':
        r = rng.random()
        if r < 0.4:
            return '卡号尾号' + v, '尾号' + v
        if r < 0.7:
            return '卡号后四位' + v, v
        return '卡号****' + v, '****' + v
    if t == 'card':
        if rng.random() < 0.5:
            return '卡号' + v, v
        return '卡号后四位' + v[-4:], '后四位' + v[-4:]
    if t == 'plate':
        r = rng.random()
        if r < 0.35:
            return '车牌' + v, v
        if r < 0.6:
            return '车牌号%s·%s' % (v[:2], v[2:]), '%s·%s' % (v[:2], v[2:])
        if r < 0.8:
            return '牌照%s' % v[1:], v[1:]
        return '车牌%s %s' % (v[:2], v[2:]), '%s %s' % (v[:2], v[2:])
    if t == 'frame':
        r = rng.random()
        if r < 0.5:
            return '车架号' + v, v
        if r < 0.8:
            return '车架号后六位' + v[-6:], '后六位' + v[-6:]
        return '车架号' + v.lower(), v.lower()
    if t == 'sn':
        r = rng.random()
        if r < 0.4:
            return '保修卡上的编号' + v, 'SN ' + v
        if r < 0.7:
            d = v[:4] + '-' + v[4:]
            return '序列号' + d, d
        return 'SN码后四位' + v[-4:], '后四位' + v[-4:]
    if t == 'stu':
        if rng.random() < 0.5:
            return '学号' + v, v
        sp = '%s %s %s' % (v[:4], v[4:8], v[8:])
        return '学号' + sp, sp
    if t == 'fob':
        return '门禁扣上印的号%s' % v, v
    raise ValueError(t)


def ser_finder(s, rng):
    """(body words, field value) for a finder or desk officer reading serial s off the object."""
    t, v = s['t'], s['v']
    if t == 'imei':
        if s.get('v2') and rng.random() < 0.7:
            return 'IMEI1：%s，IMEI2：%s' % (v, s['v2']), '%s / %s' % (v, s['v2'])
        if rng.random() < 0.6:
            return 'IMEI：' + v, v
        return '串号' + imei_spaced(v), imei_spaced(v)
    if t == 'id':
        r = rng.random()
        if r < 0.5:
            return '证件号码' + v, v
        m = v[:6] + '********' + v[-4:]
        return '证件号码' + m, m
    if t == 'bank':
        m = s['pre'] + '****' + v
        if rng.random() < 0.6:
            return '卡号' + m, m
        return '银行卡尾号' + v, '尾号' + v
    if t == 'card':
        if rng.random() < 0.5:
            return '卡号' + v, v
        sp = '%s %s %s' % (v[:4], v[4:8], v[8:])
        return 'NO.' + sp, sp
    if t == 'plate':
        d = '%s·%s' % (v[:2], v[2:])
        return '号牌' + d, d if rng.random() < 0.6 else v
    if t == 'frame':
        return '车架号' + v, v
    if t == 'sn':
        return 'SN：' + v, v
    if t == 'stu':
        return '学号' + v, v
    if t == 'fob':
        return '门禁扣编号' + v, 'No.' + v
    raise ValueError(t)


# ---------------------------------------------------------------- colour / brand / model

def colour_o(T, rng):
    return pick(rng, COLOURS[T['colour']][0]) if T['colour'] else None


def colour_f(T, rng):
    return pick(rng, COLOURS[T['colour']][1]) if T['colour'] else None


def brand_o(T, rng):
    return pick(rng, BRANDS[T['brand']][1]) if T['brand'] else None


def brand_f(T, rng):
    return pick(rng, BRANDS[T['brand']][2]) if T['brand'] else None


def model_o(T, rng):
    if not T['model']:
        return None
    return pick(rng, list(T['model'][1]) + [T['model'][0]])


def model_f(T, rng):
    return T['model'][0] if T['model'] else None


def brand_in_model(T, br, md):
    """Drop the brand word when the model word already names the brand (小米12, 荣耀 70 Lite)."""
    if br and md and T['brand']:
        names = [BRANDS[T['brand']][0]] + BRANDS[T['brand']][1] + BRANDS[T['brand']][2]
        if any(n.lower() in md.lower() for n in names if len(n) > 1):
            return None
    return br


def joinw(*tokens):
    """Concatenate words; a space only between two Latin/digit ends; a brand already inside the
    model word is dropped."""
    toks = [t for t in tokens if t]
    out = ''
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ''
        if nxt and t.lower() in nxt.lower() and t.isascii():
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and t[0].isascii() and t[0].isalnum():
            out += ' '
        out += t
    return out
