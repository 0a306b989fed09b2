"""Set 94 facts: one hidden truth about an object, with the words each side uses for it.

A fact is a dict:
  v      canonical value (what a careful officer compares)
  cmp    eq | color | brand | serial | set | cash | none
  own / fnd / en   phrase lists for the owner, the finder, English speakers
  tmpl_own / tmpl_fnd / tmpl_en   clause templates with {x}
  who    both | owner | finder     (who can know it at all)
  po, pf chance the owner / finder mentions it
  field  form field it may fill (color, brand, model, serial, marks) or None
  look   True if a look-alike object would share it (copied into near twins)
"""
from set94_lexicon import COLORS, VAGUE, BRANDS, models
from set94_ids import fmt_tail, fmt_tail_en, BANK
from set94_names import name_as_printed


def fact(v, own, fnd=None, en=None, who="both", field=None, look=True, po=0.6, pf=0.6, cmp="eq",
         tmpl_own=None, tmpl_fnd=None, tmpl_en=None, **kw):
    d = {"v": v, "own": list(own), "fnd": list(fnd if fnd is not None else own), "en": list(en or []), "who": who,
         "field": field, "look": look, "po": po, "pf": pf, "cmp": cmp,
         "tmpl_own": tmpl_own or ["{x}"], "tmpl_fnd": tmpl_fnd or tmpl_own or ["{x}"], "tmpl_en": tmpl_en or ["{x}"]}
    d.update(kw)
    return d


def color_fact(fam, po=0.85, pf=0.92, tmpl_own=None, tmpl_fnd=None, tmpl_en=None, in_noun=True):
    own, fnd, en, ru = COLORS[fam]
    return fact(fam, own, fnd, en, field="color", po=po, pf=pf, cmp="color", vague=VAGUE.get(fam), ru=list(ru),
                tmpl_own=tmpl_own, tmpl_fnd=tmpl_fnd, tmpl_en=tmpl_en, in_noun=in_noun)


def brand_fact(key, po=0.8, pf=0.75, tmpl_own=None, tmpl_fnd=None, in_noun=True):
    b = BRANDS[key]
    return fact(key, b[2], b[3], [b[4]], field="brand", po=po, pf=pf, cmp="brand",
                tmpl_own=tmpl_own, tmpl_fnd=tmpl_fnd, in_noun=in_noun)


def model_fact(brand_key, rng, po=0.4, pf=0.12, choices=None):
    ms = choices or models(brand_key)
    if not ms:
        return None
    m = rng.choice(ms)
    zh = BRANDS[brand_key][1]
    return fact(m, [m, m, zh + " " + m, m.lower()], [m], [m], field="model", po=po, pf=pf,
                tmpl_own=["型号是{x}", "{x}", "型号{x}"], tmpl_fnd=["型号{x}", "机身标注{x}"], tmpl_en=["model {x}"])


SERIAL_LABELS = {
    "imei": (["串号{x}", "IMEI {x}", "IMEI号：{x}", "{x}"], ["卡托印有IMEI {x}", "串号{x}"], ["IMEI {x}"]),
    "idno": (["身份证号{x}", "证件号码{x}", "号码是{x}"], ["证号{x}", "公民身份号码{x}", "号码{x}"], ["ID number {x}"]),
    "passport": (["护照号{x}", "号码{x}", "护照号码：{x}", "паспорт {x}"], ["护照号{x}", "号码{x}"], ["passport No. {x}", "number {x}"]),
    "permit": (["证件号{x}", "通行证号码{x}"], ["证件号码{x}", "编号{x}"], ["permit No. {x}"]),
    "student": (["学号{x}", "学号是{x}"], ["学号{x}", "卡号{x}"], ["student number {x}"]),
    "frame": (["车架号{x}", "车架号是{x}"], ["车架号{x}", "车架钢印{x}"], ["frame No. {x}"]),
    "plate": (["车牌{x}", "牌照是{x}", "号牌{x}"], ["车牌号{x}", "号牌{x}"], ["plate {x}"]),
    "sn": (["序列号{x}", "S/N {x}", "SN码{x}"], ["机身底部S/N：{x}", "序列号{x}"], ["serial {x}", "S/N {x}"]),
    "cert": (["证书编号{x}", "鉴定证书号{x}"], ["吊牌编号{x}", "编号{x}"], ["certificate {x}"]),
    "asset": (["资产编号{x}", "编号{x}"], ["资产标签{x}", "贴有编号{x}"], ["asset tag {x}"]),
}


def serial_fact(kind, v, po=0.4, pf=0.5, field="serial", key_look=False):
    own, fnd, en = SERIAL_LABELS[kind]
    return fact(v, [], [], [], field=field, po=po, pf=pf, cmp="serial", look=key_look, serial_kind=kind,
                tmpl_own=own, tmpl_fnd=fnd, tmpl_en=en)


def name_fact(p, rng, po=0.6, pf=0.9, tmpl_fnd=None, look=False):
    fnd = [name_as_printed(p, rng) for _ in range(3)]
    return fact(p["id"], p["forms"], fnd, [p["forms"][2] if len(p["forms"]) > 2 else p["id"]], po=po, pf=pf, look=look,
                tmpl_own=["失主{x}", "本人{x}", "名字是{x}", "我叫{x}", "姓名：{x}"],
                tmpl_fnd=tmpl_fnd or ["姓名：{x}", "姓名{x}", "持证人{x}"], tmpl_en=["name: {x}", "name {x}"], is_name=True)


def set_fact(elems, po=0.6, pf=0.7, tmpl_own=None, tmpl_fnd=None, tmpl_en=None, field="marks", look=True):
    """elems: list of (key, own phrases, finder phrases, english phrases)."""
    el = {k: (o, f, e) for k, o, f, e in elems}
    return fact(tuple(sorted(el)), [], [], [], po=po, pf=pf, cmp="set", field=field, look=look, elems=el,
                tmpl_own=tmpl_own or ["里面有{x}", "还有{x}", "内有{x}"], tmpl_fnd=tmpl_fnd or ["内有{x}", "内装{x}", "清点有{x}"],
                tmpl_en=tmpl_en or ["inside: {x}", "with {x}"])


def cards_fact(rng, n, po=0.45, pf=0.8):
    elems = []
    banks = sorted(range(len(BANK)), key=lambda i: rng.random())[:n]
    for bi in banks:
        tail = "%04d" % rng.randrange(10000)
        b = BANK[bi]
        elems.append(("card" + tail, [fmt_tail(b, tail, "own", rng) for _ in range(3)],
                      [fmt_tail(b, tail, "fnd", rng) for _ in range(3)], [fmt_tail_en(b, tail, rng)]))
    return set_fact(elems, po, pf, tmpl_own=["银行卡有{x}", "卡：{x}", "里面有{x}"], tmpl_fnd=["内有{x}", "银行卡：{x}"],
                    tmpl_en=["cards: {x}"], look=False)


CUR = {"cny": (["元", "块", "块钱"], ["元"], ["yuan", "RMB"]), "rub": (["卢布", "俄罗斯卢布"], ["卢布"], ["roubles", "rub"]),
       "mnt": (["图格里克", "蒙古币"], ["蒙古国图格里克"], ["tugrik", "MNT"]), "usd": (["美元", "美金"], ["美元"], ["dollars", "USD"])}


def cash_fact(items, po=0.8, pf=0.95, look=False):
    """items: list of (currency, exact amount)."""
    return fact(tuple(sorted(items)), [], [], [], po=po, pf=pf, cmp="cash", field="marks", look=look,
                tmpl_own=["里面有{x}", "有{x}", "装着{x}"], tmpl_fnd=["内有现金{x}", "现金{x}", "清点现金{x}"],
                tmpl_en=["about {x} inside", "{x} cash"])


def approx(amount, rng):
    """What an owner remembers: close to the amount, rounded."""
    a = amount * (1 + rng.uniform(-0.1, 0.1))
    step = 1000 if amount >= 20000 else 100 if amount >= 1000 else 50 if amount >= 200 else 10
    return max(step, int(round(a / step)) * step)


def story(text_own, en=None):
    """Something only the owner knows; never compared."""
    return fact(text_own[0], text_own, [], en or [], who="owner", po=0.55, pf=0.0, cmp="none", look=False)


def mark(v, own, fnd=None, en=None, po=0.5, pf=0.6, who="both", tmpl_own=None, tmpl_fnd=None):
    """A visible identifying mark; v is compared when both sides state this slot."""
    return fact(v, own, fnd, en, who=who, field="marks", po=po, pf=pf, tmpl_own=tmpl_own, tmpl_fnd=tmpl_fnd)
