"""Set 89: hidden truth records of objects (what the thing really is)."""
import set89_kinds2  # noqa: F401  (registers the second half of the kinds)
from set89_feats import FEATS, MULTI
from set89_ids import (BANKS, alnum, bank_tail, bib, digits, en_person, frame_no, id_number, imei,
                       person, plate, sn, student_no)
from set89_kinds import K, MODELS

IDT = {  # identifier: owner words, finder words, english
    "imei": ("IMEI号{s}", "串号{s}", "IMEI {s}"), "idno": ("身份证号{s}", "证件号码{s}", "ID no. {s}"),
    "student": ("学号{s}", "学号{s}", "student no. {s}"), "passport": ("护照号{s}", "护照号码{s}", "passport no. {s}"),
    "volno": ("证件编号{s}", "证件编号{s}", "pass no. {s}"), "sn": ("序列号{s}", "SN:{s}", "serial no. {s}"),
    "plate": ("车牌{s}", "车牌号{s}", "plate {s}"), "frameno": ("车架号{s}", "车架号{s}", "frame no. {s}"),
    "fleet": ("车身编号{s}", "车身编号{s}", "bike no. {s}"), "bib": ("号码布{s}", "号码{s}", "bib {s}"),
    "bank": ("{bank}卡{s}", "{bank}银行卡一张，{s}", "{bank} card {s}"),
}
MODEL_KIND = {"phone": "phone", "earbuds": "earbuds", "watch": "watch", "laptop": "laptop", "tablet": "tablet",
              "camera": "camera", "actioncam": "actioncam", "ereader": "ereader"}
COMMUNITIES = ["棉纺新村", "江畔华府", "北岸花园", "锦绣江城", "职院教工宿舍", "服装城商户公寓", "纺机小区"]
MAJORS = ["汽车维修", "电子商务", "服装设计", "护理", "机电一体化", "旅游管理", "烹饪", "数字媒体"]
ENGRAVE = ["LY♥ZQ", "2019.10.01", "平安", "Z&W", "永结同心", "XM 520", "妈妈60岁", "H·J 2021", "福"]
ENV_TEXT = ["房租", "四月货款", "给妈妈的生日钱", "学费", "会费", "漾川农商行", "退休聚餐费", "进货款"]
HIDDEN = {
    "phone": ["手机里有很多工作资料", "密码是六位数字", "电量不多了可能已经关机", "里面有两张卡"],
    "electronics": ["是刚买不到一个月的", "里面有很重要的照片", "发票还在我这里", "已经在app里标记丢失了"],
    "wallet": ["里面还有几张发票", "是我爸送我的", "里面夹着一张老照片"],
    "id_doc": ["下周要用来办手续", "明天要坐车急用", "补办要回老家很麻烦"],
    "bag": ["是我老婆送的", "里面有回程车票的订单截图打印件", "包是在文创园市集刚买的"],
    "keys": ["家里没备用钥匙了", "车钥匙配一把要好几百"], "ebike": ["电池是去年新换的", "车是分期买的还没还完"],
    "bicycle": ["骑了好几年了", "车锁也一起丢了"], "jewelry": ["是结婚时买的，很有纪念意义", "是我妈留给我的"],
    "cash": ["是今天要交的钱", "是几个人凑的钱"], "other": ["对我很有纪念意义", "是朋友送的"],
}
JMAT_BY_COLOR = {"gold": ["gold999", "k18"], "silver": ["silver", "pt", "k18"], "green": ["jade"], "white": ["pearl", "silver"]}
FINDER_CAT = {"card_holder": "id_doc", "earbuds": "other", "dropbag": "other", "powerbank": "other"}


def fact(k, v, own="", fnd="", en="", vis=True, pown=1.0, pfnd=1.0, ident=None, cmp="eq", **kw):
    d = {"k": k, "v": v, "own": own, "fnd": fnd or own, "en": en, "vis": vis, "pown": pown, "pfnd": pfnd,
         "ident": ident, "cmp": cmp}
    d.update(kw)
    return d


def ident_fact(rng, typ, value, pown, pfnd, **kw):
    o, f, e = IDT[typ]
    return fact(typ, value, o, f, e, vis=pfnd > 0, pown=pown, pfnd=pfnd, ident=typ, **kw)


def dyn_fact(rng, key, obj):
    """A dynamic fact (names, numbers, amounts) or None."""
    if key == "idname":
        n = person(rng)
        return [fact("idname", n, "里面有身份证（%s的）" % n, "内有身份证一张，姓名%s" % n, "ID card of %s" % n, pfnd=0.8),
                ident_fact(rng, "idno", id_number(rng, 1960, 2005), 0.25, 0.35)]
    if key == "cash":
        a = rng.choice([30, 50, 80, 120, 200, 260, 300, 450, 500, 800, 1200, 2000])
        return [fact("cash", a, "", "", "", pfnd=0.7, cmp="amount")]
    if key == "bankcard":
        return [ident_fact(rng, "bank", bank_tail(rng), 0.6, 0.5, bank=rng.choice(BANKS))]
    if key == "docname":
        n = obj["owner"]["name"]
        return [fact("docname", n, "名字%s" % n, "姓名%s" % n, "name %s" % n, pfnd=0.95, pown=0.8)]
    if key == "school":
        m = rng.choice(MAJORS)
        return [fact("school", m, "漾川职院%s专业" % m, "漾川职院%s专业" % m, "%s major" % m, pfnd=0.7, pown=0.7)]
    if key == "count":
        n = rng.randint(2, 7)
        own, fnd = ("一共%d把", "共%d把钥匙") if obj["kind"] == "keyring" else ("钥匙圈上一共%d把", "钥匙圈上共%d把钥匙")
        return [fact("count", n, own % n, fnd % n, "%d keys" % n, pfnd=0.8, pown=0.7)]
    if key == "doorcard" and rng.random() < 0.4:
        c = rng.choice(COMMUNITIES)
        return [fact("doorcard", c, "还有一张%s的门禁卡" % c, "带一张门禁卡，印着“%s”" % c, "%s door fob" % c, pfnd=0.85)]
    if key == "keytag" and rng.random() < 0.3:
        t = rng.choice(["%d栋%d" % (rng.randint(1, 12), rng.randint(101, 702)), "B区%d号铺" % rng.randint(1, 180),
                        "7栋%d" % rng.randint(301, 640), "仓库%d" % rng.randint(1, 9)])
        return [fact("keytag", t, "钥匙上贴着“%s”" % t, "钥匙上贴着标签“%s”" % t, "tag saying %s" % t, pfnd=0.9)]
    if key == "engraving" and rng.random() < 0.45:
        e = rng.choice(ENGRAVE)
        return [fact("engraving", e, "内侧刻着“%s”" % e, "内侧刻有“%s”" % e, "engraved '%s'" % e, pfnd=0.7)]
    if key == "bagname" and rng.random() < 0.35:
        t = rng.choice([person(rng), "A区%d号%s服饰" % (rng.randint(1, 260), rng.choice("美锦华盛悦丰")), person(rng)])
        return [fact("bagname", t, "上面写着“%s”" % t, "上面写着“%s”" % t, "labelled '%s'" % t, pfnd=0.9)]
    if key == "amount":
        a = rng.choice([600, 800, 1000, 1500, 2000, 2400, 3000, 3600, 5000, 6800, 8000, 12000])
        return [fact("amount", a, "", "", "", pfnd=0.95, cmp="amount")]
    if key == "envtext" and rng.random() < 0.6:
        t = rng.choice(ENV_TEXT)
        return [fact("envtext", t, "上面写着“%s”" % t, "外面写着“%s”" % t, "marked '%s'" % t, pfnd=0.9)]
    if key == "medalname" and rng.random() < 0.5:
        n = obj["owner"]["name"]
        return [fact("medalname", n, "背面贴了名字贴“%s”" % n, "奖牌背面贴着名字“%s”" % n, "name sticker '%s'" % n, pfnd=0.9)]
    return []


def ident_value(rng, typ, obj):
    if typ == "imei":
        return imei(rng)
    if typ == "idno":
        return id_number(rng, 1945 if obj["owner"]["old"] else 1965, 2006)
    if typ == "student":
        return student_no(rng)
    if typ == "passport":
        return ("E" + digits(rng, 8)) if not obj["owner"]["en"] else (alnum(rng, 2, "CKLMPX") + digits(rng, 7))
    if typ == "volno":
        return "YCM-V%04d" % rng.randint(1, 3200)
    if typ == "sn":
        return sn(rng)
    if typ == "plate":
        return plate(rng)
    if typ == "frameno":
        return frame_no(rng, rng.choice(["YD", "AM", "TL", "GT", "MD"]))
    if typ == "fleet":
        return "YC-%04d" % rng.randint(1, 480)
    if typ == "bib":
        return bib(rng, half=rng.random() < 0.4)
    raise ValueError(typ)


def feat_opts(kind_key, key, color):
    """Values of mark key that fit this kind of thing (and its colour)."""
    opts = FEATS[key][1]
    if key == "jmat":   # the metal or stone goes with the colour
        opts = [c for c in opts if c[0] in JMAT_BY_COLOR.get(color, ())]
    elif key == "damage":   # only a suitcase has wheels, and it has no shoulder strap
        bad = "strap" if kind_key == "suitcase" else "wheel"
        opts = [c for c in opts if c[0] != bad]
    return opts


def feat_fact(key, choice):
    vis = FEATS[key][0]
    vid, own, fnd, en = choice
    return fact(key, vid, own, fnd or own, en, vis=vis, pfnd=0.9 if vis else 0.0, cmp=None if key in MULTI else "eq")


def make_object(rng, kind_key, oid, owner):
    kd = K[kind_key]
    obj = {"oid": oid, "kind": kind_key, "cat": kd["cat"], "owner": owner, "facts": []}
    add = obj["facts"].append
    add(fact("kind", kind_key))
    if kd["colors"]:
        add(fact("color", rng.choice(kd["colors"])))
    brand = rng.choice(kd["brands"])
    if brand:
        add(fact("brand", brand, pfnd=0.8))
        mk = MODEL_KIND.get(kind_key)
        if mk and (mk, brand) in MODELS:
            add(fact("model", rng.choice(MODELS[(mk, brand)]), pown=0.8, pfnd=0.3))
    lo, hi = kd["nfeat"]
    n = rng.randint(lo, hi)
    for key in sorted(rng.sample(kd["feats"], min(n, len(kd["feats"])))):
        add(feat_fact(key, rng.choice(feat_opts(kind_key, key, val(obj, "color")))))
    for key in kd["dyn"]:
        if key in ("idname", "cash", "bankcard") and rng.random() < 0.4:
            continue
        for f in dyn_fact(rng, key, obj):
            add(f)
    for typ, pown, pfnd in kd["ids"]:
        add(ident_fact(rng, typ, ident_value(rng, typ, obj), pown, pfnd))
    if rng.random() < 0.35 and kind_key != "rentbike":
        h = rng.choice(HIDDEN[kd["cat"]])
        add(fact("hidden", h, h, "", "", vis=False, pfnd=0.0, cmp=None))
    return obj


def get(obj, k):
    for f in obj["facts"]:
        if f["k"] == k:
            return f
    return None


def val(obj, k):
    f = get(obj, k)
    return f["v"] if f else None


def make_owner(rng, voice):
    old = voice == "retired"
    en = voice == "runner_en"
    name = en_person(rng) if en else person(rng, old=old)
    return {"name": name, "old": old, "en": en, "voice": voice}
