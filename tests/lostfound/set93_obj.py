"""Set 93 hidden truth records.

An object is the hidden truth about one thing: its category, sub-type, the
nouns people use for it, and slots. A slot holds the ways an owner ("own") and
a finder ("fnd") may state one fact about it; each way is (text, comparable),
comparable being ("eq", canon) or ("set", colour families) or ("rng", lo, hi).
A slot with no finder ways is something only the owner knows; a "soft" slot
(cash amount, loose contents) can change between loss and finding and is never
used to tell two objects apart.
"""
from set93_vocab import color_opts, brand_opts, model_opts, table_slot, eqopts


def slot(kind, own, fnd, canon, field=None, soft=False, lo=None, lf=None, remake=None, excl=True):
    """excl: the thing has exactly one value of this (a colour, a case, a name); False for
    features a thing can have several of (scratches, stickers), where only "none" against
    "some" is a visible difference."""
    return dict(k=kind, own=own, fnd=fnd, canon=canon, field=field, soft=soft,
                lo=lo or [], lf=lf or [], remake=remake, excl=excl)


def tslot(rng, table, en, field="marks", soft=False, exclude=(), excl=True):
    canon, own, fnd = table_slot(rng, table, exclude, en)
    rest = [r for r in table if r[0] not in tuple(exclude) + (canon,)]

    def remake(r, c=canon):
        return tslot(r, table, en, field, soft, tuple(exclude) + (c,), excl) if rest else None
    return slot("clause", own, fnd, canon, field, soft, remake=remake, excl=excl)


def cslot(fam, en):
    return slot("color", color_opts(fam, en), color_opts(fam), fam, "color")


def bslot(key, en, pool=(), phone=False):
    def remake(r, c=key):
        others = [b for b in sorted(pool) if b != c]
        return bslot(r.choice(others), en, pool, phone) if others else None
    return slot("brand", brand_opts(key, en, phone), brand_opts(key, False, phone), key, "brand", remake=remake)


def mslot(brand, mkey, en, finder=True):
    own = model_opts(brand, mkey, en)
    return slot("model", own, model_opts(brand, mkey) if finder else [], mkey, "model") if own else None


def sslot(canon, own, fnd, lo, lf, remake=None, field="serial", soft=False):
    return slot("serial", eqopts(canon, own), eqopts(canon, fnd) if fnd else [], canon, field,
                soft=soft, lo=lo, lf=lf, remake=remake)


def clause(canon, own, fnd, field="marks", soft=False, remake=None):
    return slot("clause", eqopts(canon, own), eqopts(canon, fnd) if fnd else [], canon, field, soft,
                remake=remake)


def amount(total, own_texts, fnd_texts, own_rng):
    lo, hi = own_rng
    return slot("clause", [(t, ("rng", lo, hi)) for t in own_texts],
                [(t, ("rng", total, total)) for t in fnd_texts], total, "marks", soft=True)


def obj(cat, sub, noun_own, noun_fnd, slots, en, alt=None):
    sl = {}
    for k, v in slots:
        if v is not None:
            sl[k] = v
    no = noun_own.split("|") if isinstance(noun_own, str) else noun_own
    nf = noun_fnd.split("|") if isinstance(noun_fnd, str) else noun_fnd
    return dict(cat=cat, sub=sub, noun_own=no, noun_fnd=nf, slots=sl, en=en, alt=alt)


def wpick(rng, pairs):
    """Weighted pick from [(item, weight)], deterministic."""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def cn_amount(n):
    """2600 -> 两千六 style for owners who speak in round numbers."""
    d = "零一二三四五六七八九"
    if n >= 1000 and n % 100 == 0:
        q, r = divmod(n, 1000)
        s = ("两" if q == 2 else d[q]) + "千"
        return s + (d[r // 100] if r else "")
    if n >= 100 and n % 10 == 0 and n < 1000:
        q, r = divmod(n, 100)
        return ("两" if q == 2 else d[q]) + "百" + (d[r // 10] if r else "")
    return str(n)


PM_COL = "红黄蓝绿紫白黑粉"
PM_CHR = "王李张刘陈杨黄周吴徐孙朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武"


EN_COL = {"红": "red", "黄": "yellow", "蓝": "blue", "绿": "green", "紫": "purple", "白": "white", "黑": "black", "粉": "pink"}


def personal_mark(rng, cat, exclude=None, en=False):
    """A small mark the owner put on the thing; kept in reserve, stated only when needed."""
    while True:
        k = "nick" if cat == "jewelry" else "note" if cat == "cash" else rng.choice(
            (["char"] * 3 + ["label"] * 3 if not en else []) + ["phone"] * 2 + ["string"])
        pos, kind = rng.choice(["内侧", "外侧", "扣头旁", "正面", "背面"]), rng.choice(["一道细划痕", "一个小磕痕", "一点变形"])
        c = rng.choice(PM_CHR)
        d = "%04d" % rng.randrange(10000)
        col = rng.choice(PM_COL)
        rope = rng.choice(["细绳", "毛线", "丝带"])
        t = {"char": ("char|" + c, "用记号笔写了个“%s”字" % c, "有记号笔写的“%s”字" % c),
             "label": ("label|" + c + d[:2], "贴了张写着“%s%s”的小标签" % (c, d[:2]), "贴有“%s%s”字样小标签" % (c, d[:2])),
             "phone": ("phone|" + d, "贴着写了电话尾号%s的纸条" % d, "贴有手写电话尾号%s的纸条" % d),
             "string": ("string|" + col + rope, "系了一根%s色%s做记号" % (col, rope), "系有%s色%s" % (col, rope)),
             "note": ("note|" + d, "有一张一百的上面用圆珠笔写着%s" % d, "其中一张百元券上有手写数字%s" % d),
             "nick": ("nick|" + pos + kind, "%s有%s" % (pos, kind), "%s可见%s" % (pos, kind))}[k]
        if t[0] != exclude:
            break
    own = t[1]
    if en:
        own = {"phone": "a note with a phone number ending %s stuck on it" % d,
               "string": "a %s %s tied on it" % (EN_COL[col], {"细绳": "string", "毛线": "yarn", "丝带": "ribbon"}[rope]),
               "note": "one 100 note has %s written on it" % d, "nick": ""}[k]

    def remake(r, c0=t[0]):
        return personal_mark(r, cat, c0, en)
    return slot("clause", eqopts(t[0], [own]) if own else [], eqopts(t[0], [t[2]]), t[0], "marks", remake=remake)


def nobrand(en, fnd=("未见品牌标识", "无明显品牌", "没看到牌子")):
    own = ["没什么牌子", "杂牌的", "没有牌子"] if not en else ["no brand", "unbranded"]
    return slot("brand", eqopts("nobrand", own), eqopts("nobrand", list(fnd)), "nobrand", "marks")


def with_reserve(rng, o):
    if o["cat"] not in ("id_doc", "jewelry"):
        o["slots"]["pmark"] = personal_mark(rng, o["cat"], None, o["en"])
    return o
