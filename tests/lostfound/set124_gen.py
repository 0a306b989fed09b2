"""Generation helpers for set124: hidden truth objects, and separate owner / finder registrations.

One random.Random is installed by setup(); every draw goes through it.  Sets are used only for
membership tests, never iterated, so the output does not depend on PYTHONHASHSEED.
"""

import datetime

from set124_world import (NOW, PLACES, SCENES, EVENT_NAME, SURNAMES, GIVEN_M, GIVEN_F,
                          ELDER_F, ELDER_M, TW_SURNAMES, TW_GIVEN, TW_PINYIN, MY_NAMES, FOREIGN_FIRST,
                          FOREIGN_LAST, FOREIGN_NAT, ID_REGION_LOCAL, ID_REGION_OTHER, COLORS, COLOR_EN,
                          COLOR_NEIGHBOUR, BRANDS, BRAND_EN, PHONE_MODELS, EBIKE_MODELS, BIKE_MODELS, T2,
                          TYPOS)

R = None


def setup(rng):
    global R
    R = rng


# ------------------------------------------------------------------------------------------------
# small random helpers
# ------------------------------------------------------------------------------------------------
def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def vary(seq):
    """first entry most likely, the rest evenly"""
    if len(seq) == 1:
        return seq[0]
    if R.random() < 0.45:
        return seq[0]
    return seq[1 + R.randrange(len(seq) - 1)]


def wch(pairs):
    """pairs: list of (item, weight)"""
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def sample(seq, k):
    seq = list(seq)
    out = []
    for _ in range(min(k, len(seq))):
        out.append(seq.pop(R.randrange(len(seq))))
    return out


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def alnum(n):
    return "".join(ALNUM[R.randrange(len(ALNUM))] for _ in range(n))


# ------------------------------------------------------------------------------------------------
# identifiers (unique last-four across the whole set, so no two objects share a tail by accident)
# ------------------------------------------------------------------------------------------------
USED_TAILS = set()
USED_NAMES = set()


def _claim(value):
    t = "".join(c for c in value.upper() if c.isascii() and c.isalnum())[-4:]
    if t in USED_TAILS:
        return False
    USED_TAILS.add(t)
    return True


def gb11643_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


def luhn_digit(payload):
    total = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def new_idno(region, birth, male):
    while True:
        seq = R.randrange(0, 100) * 10 + (ch([1, 3, 5, 7, 9]) if male else ch([0, 2, 4, 6, 8]))
        body = region + birth.strftime("%Y%m%d") + "%03d" % seq
        v = body + gb11643_check(body)
        if _claim(v):
            return v


def new_imei():
    while True:
        payload = ch(["86", "35"]) + digits(12)
        v = payload + luhn_digit(payload)
        if _claim(v):
            return v


def new_tail():
    while True:
        v = digits(4)
        if v[0] != "0" and _claim(v):
            return v


def new_code(prefix, n, alpha=False):
    while True:
        v = prefix + (alnum(n) if alpha else digits(n))
        if _claim(v):
            return v


def near_miss_tail(tail):
    """a different tail that looks alike (transposed or one digit off)"""
    for _ in range(50):
        i = R.randrange(3)
        if chance(0.5) and tail[i] != tail[i + 1]:
            t = tail[:i] + tail[i + 1] + tail[i] + tail[i + 2:]
        else:
            j = R.randrange(4)
            t = tail[:j] + str((int(tail[j]) + ch([1, 9, 3])) % 10) + tail[j + 1:]
        if t != tail and t[0] != "0" and _claim(t):
            return t
    return new_tail()


# ------------------------------------------------------------------------------------------------
# people
# ------------------------------------------------------------------------------------------------
ORIGIN = {"tw": "tw", "my": "my", "foreigner": "foreign"}


def new_person(voice):
    origin = ORIGIN.get(voice, "local")
    p = dict(voice=voice, origin=origin)
    for _ in range(200):
        male = chance(0.5)
        if origin == "tw":
            sur = ch(TW_SURNAMES)
            name = sur + ch(TW_GIVEN)
            p["latin"] = TW_PINYIN[sur] + ", " + ch(["YI-CHUN", "YA-TING", "CHIA-HAO", "KUAN-YU", "PEI-SHAN",
                                                                   "YEN-TING", "CHENG-HAN", "SHIH-HAN"])
        elif origin == "my":
            sur, given, latin = ch(MY_NAMES)
            name = sur + given
            p["latin"] = latin
        elif origin == "foreign":
            first, last = ch(FOREIGN_FIRST), ch(FOREIGN_LAST)
            name = first + " " + last
            sur = last
            p["latin"] = (last + " " + first).upper()
            p["nat"] = ch(FOREIGN_NAT)
        else:
            sur = ch(SURNAMES)
            if voice == "elder":
                name = sur + (ch(ELDER_M) if male else ch(ELDER_F))
            else:
                g1 = ch(GIVEN_M if male else GIVEN_F)
                g2 = ch([g for g in (GIVEN_M if male else GIVEN_F) if g != g1]) if chance(0.8) else ""
                name = sur + g1 + g2
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            break
    p["name"], p["sur"], p["male"] = name, sur, male
    if voice == "elder":
        year = R.randrange(1938, 1958)
    elif voice in ("student", "parent"):
        year = R.randrange(2009, 2013)
    elif voice == "teacher":
        year = R.randrange(1972, 1998)
    else:
        year = R.randrange(1964, 2003)
    p["birth"] = datetime.date(year, R.randrange(1, 13), R.randrange(1, 29))
    if origin == "local":
        region = ch(ID_REGION_LOCAL) if voice not in ("tourist", "merchant") or chance(0.3) else ch(ID_REGION_OTHER)
        p["region"] = region
    if voice in ("student", "parent"):
        g = R.randrange(1, 4)
        p["grade"] = ch(["初", "初", "高"]) + "一二三"[g - 1]
        p["klass"] = R.randrange(1, 12)
    return p


def finder_name(kind):
    sur = ch(SURNAMES)
    g1 = ch(GIVEN_M + GIVEN_F)
    full = sur + g1 + ch([g for g in GIVEN_M + GIVEN_F if g != g1])
    if kind == "student_f":
        return ch([full, sur + "同学", sur + "某某"])
    if kind in ("farmer", "villager"):
        return ch([full, sur + "某", sur + ch(ELDER_M)])
    return ch([sur + "某", sur + "某某", full, sur + "师傅"])


# ------------------------------------------------------------------------------------------------
# time
# ------------------------------------------------------------------------------------------------
def at(day, h, m=0):
    return datetime.datetime.combine(NOW.date() + datetime.timedelta(days=day), datetime.time(h, m))


def mins(dt):
    return int((NOW - dt).total_seconds() // 60)


def plus(dt, minutes):
    return dt + datetime.timedelta(minutes=int(minutes))


PARTS = [(0, 5, "凌晨"), (5, 8, "早上"), (8, 11, "上午"), (11, 13, "中午"), (13, 18, "下午"), (18, 19, "傍晚"),
         (19, 24, "晚上")]
PARTS_EN = {"凌晨": "early morning", "早上": "morning", "上午": "morning", "中午": "around noon",
            "下午": "afternoon", "傍晚": "evening", "晚上": "evening"}
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def part_of(dt):
    for a, b, name in PARTS:
        if a <= dt.hour < b:
            return a, b, name
    return PARTS[-1]


def md(dt, style=None):
    style = style or ch(["日", "号", "dot"])
    if style == "dot":
        return "%d.%d号" % (dt.month, dt.day)
    return "%d月%d%s" % (dt.month, dt.day, style)


def day_word(dt, style="mixed"):
    d = (dt.date() - NOW.date()).days
    if style == "hakka":
        rel = {0: "今晡日", -1: "昨晡日", -2: "前晡日"}
        if d in rel and chance(0.8):
            return rel[d]
        return md(dt, "号")
    if style == "police":
        return md(dt, "日")
    rel = {0: "今天", -1: "昨天", -2: "前天"}
    if d in rel and chance(0.55):
        return rel[d]
    return md(dt)


def h12(h):
    if h == 0:
        return 12
    return h if h <= 12 else h - 12


def clock(dt, cn=False):
    h, m = h12(dt.hour), dt.minute
    hs = CN_NUM[h] if (cn and h <= 12) else str(h)
    if m == 0:
        return hs + "点"
    if m == 30:
        return hs + "点半"
    if cn:
        return hs + "点" + ch(["多", "多钟", "左右"])
    return hs + "点" + ("%d分" % m if m % 10 else "%d" % m)


def clock24(dt):
    return "%d:%02d" % (dt.hour, dt.minute)


def en_day(dt):
    d = (dt.date() - NOW.date()).days
    if d == 0:
        return "today"
    if d == -1 and chance(0.5):
        return "yesterday"
    mon = {3: ("March", "Mar"), 4: ("April", "Apr")}.get(dt.month, ("April", "Apr"))
    return "%s %d" % (ch(mon), dt.day) if chance(0.5) else "%d %s" % (dt.day, mon[0])


def on_day(dt):
    d = en_day(dt)
    return d if d in ("today", "yesterday") else "on " + d


def en_part(dt):
    d, part = en_day(dt), PARTS_EN[part_of(dt)[2]]
    if part == "around noon":
        return "around noon " + (d if d in ("today", "yesterday") else "on " + d)
    if d == "today":
        return "this " + part
    if d == "yesterday":
        return "yesterday " + part
    return ch(["on the %s of %s" % (part, d), "on %s, in the %s" % (d, part)])


def en_clock(dt):
    h = h12(dt.hour)
    suf = "am" if dt.hour < 12 else "pm"
    return ("%d:%02d%s" % (h, dt.minute, suf)) if dt.minute else ("%d%s" % (h, suf))


# ------------------------------------------------------------------------------------------------
# serial formatting
# ------------------------------------------------------------------------------------------------
BANKS = [("农行", "农业银行", "6228"), ("建行", "建设银行", "6217"), ("邮储", "邮政储蓄", "6221"),
         ("农商行", "汀溪农商银行", "6231"), ("工行", "工商银行", "6222"), ("信用社", "农村信用社", "6230")]


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        if s[i:i + n]:
            out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def serial_forms(ser, side, english=False):
    """ways to write an identifier into the serial field. side: 'o' owner, 'f' finder"""
    k, v = ser["kind"], ser["value"]
    if k == "imei":
        forms = [v, " ".join(grp(v, [2, 6, 6, 1])), "-".join(grp(v, [4, 4, 4, 3])), "IMEI:" + v, "IMEI " + v]
        if side == "o":
            forms += ["IMEI后六位" + v[-6:], "串号" + v]
        if english:
            forms = [v, "IMEI " + v, " ".join(grp(v, [2, 6, 6, 1]))]
    elif k == "idno":
        masked_a = v[:4] + "*" * 10 + v[-4:]
        masked_b = v[:6] + "*" * 8 + v[-4:]
        if side == "o":
            forms = [v, v.lower(), " ".join(grp(v, [6, 8, 4])), "身份证后四位" + v[-4:], "尾号" + v[-4:]]
        else:
            forms = [masked_a, masked_b, v, masked_b, " ".join(grp(v, [6, 8, 4]))]
    elif k == "student":
        forms = [v, "学号" + v, "学号：" + v] + (["学号尾号" + v[-4:]] if side == "o" else [])
    elif k == "twp":
        forms = [v, v[:4] + " " + v[4:], "台胞證號" + v if side == "o" else "台胞证号码" + v]
    elif k == "passport":
        forms = [v, "护照号" + v, "Passport No. " + v] if not english else [v, "Passport " + v, "passport no " + v]
    elif k == "card":
        bank = ser["bank"]
        t = v
        if side == "o":
            forms = [t, "尾号" + t, bank[0] + "卡尾号" + t, "卡号后四位" + t, bank[2] + "****" + t]
            if english:
                forms = ["card ending " + t, "ends in " + t, "****" + t]
        else:
            forms = [bank[2] + "****" + t, bank[2] + " **** **** " + t, bank[1] + "卡" + bank[2] + "********" + t,
                     "尾号" + t, "**** " + t]
    elif k == "plate":
        d = v.split("·")[1]
        forms = [v.replace("·", ""), v, v.replace("·", " "), "A" + d if v.startswith("汀A") else v, "车牌" + v.replace("·", "")]
        if side == "o":
            forms.append("牌照" + d)
    elif k == "frame":
        forms = [v, v.lower(), " ".join(grp(v, [4, 4, 4])), "车架号" + v]
        if side == "o":
            forms.append("车架号后六位" + v[-6:])
    elif k == "sn":
        forms = [v, "SN:" + v, "S/N " + v, " ".join(grp(v, [4, 4, 4, 4]))]
        if side == "o":
            forms += [v.lower(), "序列号" + v]
        if english:
            forms = [v, "SN " + v, "serial " + v]
    elif k == "tracking":
        forms = [v, v[:2] + " " + " ".join(grp(v[2:], [4, 4, 4])), ser["co"] + " " + v, "运单号" + v]
        if side == "o":
            forms.append("单号尾号" + v[-4:])
    elif k == "cert":
        forms = [v, "证书编号" + v, "证书号" + v]
    elif k == "access":
        forms = ["No." + v, v, "门禁卡号" + v]
    else:
        forms = [v]
    out = vary(forms)
    return out[:60]


def serial_said(ser, side, english=False):
    """how the identifier is mentioned inside a body"""
    k, v = ser["kind"], ser["value"]
    f = serial_forms(ser, side, english)
    if english:
        label = {"imei": "IMEI", "passport": "Passport number", "card": "Card", "sn": "Serial number"}.get(k, "Number")
        return "%s: %s." % (label, f)
    lead = {"imei": ["IMEI是", "串号", "手机串号：", "IMEI号码"] if side == "o" else ["拨*#06#查得IMEI：", "经查IMEI为", "IMEI号"],
            "idno": ["身份证号", "证件号码", "号码是"] if side == "o" else ["证件号码", "公民身份号码", "号码"],
            "student": ["学号是", "学号"],
            "twp": ["證號", "号码是"] if side == "o" else ["证件号码", "号码"],
            "passport": ["护照号码", "护照号"],
            "card": ["银行卡", "卡号"] if side == "o" else ["银行卡号", "卡号"],
            "plate": ["车牌", "牌照", "车牌号"],
            "frame": ["车架号", "车架号码"],
            "sn": ["序列号", "SN码", "机身号"],
            "tracking": ["运单号", "快递单号"],
            "cert": ["证书编号", "鉴定证书号"],
            "access": ["门禁卡号", "卡上号码"]}.get(k, ["编号"])
    body = f
    if k == "card" and body.isdigit():
        return ch(["银行卡尾号", "卡号尾号", "%s卡尾号" % ser["bank"][0]]) + body
    for junk in ("IMEI:", "IMEI ", "SN:", "S/N ", "序列号", "车架号", "运单号", "学号：", "学号", "护照号", "Passport No. ",
                 "车牌", "门禁卡号", "证书编号", "证书号", "串号", "台胞證號", "台胞证号码"):
        if body.startswith(junk) and not body.startswith("车架号后") and not body.startswith("学号尾号"):
            body = body[len(junk):]
    if any(body.startswith(x) for x in ("尾号", "卡号后四位", "身份证后四位", "IMEI后六位", "车架号后六位", "学号尾号",
                                         "单号尾号", "牌照", "序列号后")) or body[:2] in ("农行", "建行", "邮储", "工行", "农商", "信用"):
        return body
    return ch(lead) + body


# ------------------------------------------------------------------------------------------------
# text helpers
# ------------------------------------------------------------------------------------------------
def cword(color, english=False):
    if color is None:
        return ""
    if english:
        return ch(COLOR_EN[color])
    return vary(COLORS[color])


def bword(brand, english=False):
    if brand is None:
        return ""
    if english:
        return BRAND_EN.get(brand, brand)
    return vary(BRANDS[brand])


def trad(text, share=1.0):
    if share >= 1.0:
        return "".join(T2.get(c, c) for c in text)
    out = []
    for c in text:
        out.append(T2.get(c, c) if (c in T2 and chance(share)) else c)
    return "".join(out)


def typo(text):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = ch(cands)
    return text.replace(a, b, 1)


def mark(o, f=None, en=None, vis="visible", key=False, tag=None):
    return dict(o=o, f=f, en=en, vis=vis, key=key, tag=tag)


# ------------------------------------------------------------------------------------------------
# object builders.  force: sub, color, brand, model (exact), not_brand (must differ)
# ------------------------------------------------------------------------------------------------
def _brand(force, options):
    if "brand" in force:
        return force["brand"]
    opts = list(options)
    if "not_brand" in force:
        opts = [b for b in opts if b != force["not_brand"] and b is not None]
        if not opts:
            opts = [None]
    return ch(opts)


def _color(force, palette):
    if force.get("color"):
        return force["color"]
    return ch([c for c in palette if c != force.get("not_color")])


def new_obj(cat, sub, **kw):
    o = dict(cat=cat, sub=sub, noun_o=[sub], noun_f=[sub], noun_en=["item"], mw="个", color=None, brand=None,
             model=None, brand_vis=True, model_vis=False, serial=None, o_serial=0.4, f_serial=0.4, marks=[],
             state_f=[], twin=None, alt_cat=None)
    o.update(kw)
    return o


def build_phone(person, scene, force):
    voice = person["voice"]
    sub = force.get("sub") or ("老人机" if voice == "elder" and chance(0.6) else "手机")
    if sub == "老人机":
        o = new_obj("phone", sub, noun_o=["老人机", "手机", "按键手机"], noun_f=["老人手机", "按键式手机", "老年机"],
                    noun_en=["basic phone"], mw="部", color=_color(force, ["黑", "红", "金", "蓝"]),
                    brand=None, brand_vis=False)
        o["serial"] = dict(kind="imei", value=new_imei())
        o["o_serial"], o["f_serial"] = 0.15, 0.35
        o["marks"].append(ch([
            mark("背面贴着一张纸写着我仔个电话", "机身背面贴有纸条，写有一个手机号码", key=True),
            mark("按键上个数字都磨掉了几个", "按键字迹磨损"),
            mark("挂着一条红绳子", "挂红色绳子"),
            mark("用橡皮筋绑着电池盖", "电池盖用橡皮筋捆着", key=True)]))
        o["marks"].append(mark("手机里存着家里人的号码，冇设密码", None, vis="hidden"))
        o["state_f"] = ["未设密码，通讯录中有“阿妹”“大仔”等联系人", "已关机", "电量不足"]
        return o
    brand = _brand(force, ["华为", "华为", "苹果", "苹果", "小米", "OPPO", "vivo", "荣耀"])
    model = force.get("model") or ch(PHONE_MODELS[brand])
    color = _color(force, ["黑", "黑", "白", "蓝", "紫", "金", "银", "绿", "粉", "灰"])
    o = new_obj("phone", "手机", noun_o=["手机", "手机", "电话"], noun_f=["手机", "智能手机", "手机"],
                noun_en=["phone", "mobile phone", "smartphone"], mw="部", color=color, brand=brand, model=model,
                model_vis=chance(0.25))
    o["serial"] = dict(kind="imei", value=new_imei())
    o["o_serial"] = {"merchant": 0.6, "elder": 0.1, "foreigner": 0.25, "hurried": 0.1, "student": 0.25}.get(voice, 0.4)
    o["f_serial"] = 0.3
    case = ch(["clear", "clear", "color", "color", "none", "wallet"])
    if case == "clear":
        ph = ch([("我儿子的照片", "男童照片", "a photo of my son"), ("一张全家福", "多人合影照片", "a family photo"),
                 ("一张演唱会门票", "一张门票", "a concert ticket"), ("二十块钱", "20元纸币一张", "some cash"),
                 ("我和女朋友的合照", "一男一女合影", "a photo of me and my girlfriend"),
                 ("一张汀溪站的车票", "一张高铁车票", "a train ticket")])
        o["marks"].append(mark("透明手机壳，壳里夹着%s" % ph[0], "透明手机壳，壳内夹有%s" % ph[1],
                               "clear case with %s tucked behind it" % ph[2], key=True))
    elif case == "color":
        cc = ch(["黑", "粉", "蓝", "绿", "黄", "紫", "白"])
        pat = ch([("小熊", "小熊图案", "a little bear"), ("樱桃", "樱桃图案", "cherries"), ("卡通猫", "卡通猫图案", "a cartoon cat"),
                  ("土楼剪纸", "土楼剪纸图案", "a tulou papercut"), ("柴犬", "柴犬图案", "a shiba dog"),
                  ("“LOVE”几个字母", "LOVE字样", "the word LOVE")])
        cw = cword(cc)
        o["marks"].append(mark("手机壳是%s的，上面有%s" % (cw, pat[0]), "%s手机壳，印有%s" % (cword(cc), pat[1]),
                               "%s case with %s on it" % (ch(COLOR_EN[cc]), pat[2]), key=True))
    elif case == "wallet":
        o["marks"].append(mark("翻盖皮套，皮套里插着一张公交卡和一张会员卡", "翻盖皮套，套内插有公交卡、会员卡各一张",
                               "flip wallet case with a bus card inside", vis="inside", key=True))
    else:
        o["marks"].append(mark("没戴壳", "无手机壳", "no case"))
    extra = sample([
        mark("屏幕左下角碎了一块", "屏幕左下角有裂痕", "cracked screen bottom left", key=True),
        mark("挂着一根%s挂绳" % ch(["红色", "黑色", "彩色编织", "蓝色"]), "挂有挂绳", "has a lanyard"),
        mark("锁屏是%s" % ch(["我家的小黄狗", "我女儿的照片", "土楼航拍图", "一片茶园", "一个动漫人物"]), None,
             "lock screen is a photo of my dog", vis="visible", key=True),
        mark("背面右上角掉了一块漆", "背面边角掉漆", "paint chipped on the back"),
        mark("贴了防窥膜", "贴有防窥膜", "privacy screen protector")], R.randrange(0, 3))
    for m in extra:
        if m["o"].startswith("锁屏是") and m["f"] is None:
            m["f"] = "锁屏壁纸为" + {"我家的小黄狗": "一只黄色小狗", "我女儿的照片": "一名小女孩照片", "土楼航拍图": "土楼照片",
                                 "一片茶园": "茶园风景照", "一个动漫人物": "动漫人物图"}[m["o"][3:]]
    o["marks"] += extra
    o["marks"].append(ch([
        mark("手机号尾号%s" % digits(4), None, "my number ends in %s" % digits(4), vis="hidden"),
        mark("密码是我生日", None, None, vis="hidden"),
        mark("里面有很多客户的微信，很急", None, "all my contacts are on it", vis="hidden"),
        mark("相册里有这几天在土楼拍的照片", None, "it has all my holiday photos", vis="hidden")]))
    o["state_f"] = ["已锁屏，无法打开", "电量耗尽已关机", "屏幕亮起时显示有多个未接来电，备注“%s”" % ch(["老婆", "妈", "阿爸", "老板", "宝贝"]),
                    "机身完好", "有来电但接起后断线", "已开机，有密码"]
    return o


def build_id(person, scene, force):
    voice, origin = person["voice"], person["origin"]
    if force.get("sub"):
        sub = force["sub"]
    elif origin == "tw":
        sub = "台胞证"
    elif origin in ("my", "foreign"):
        sub = "护照"
    elif voice in ("student", "parent"):
        sub = ch(["学生证", "学生证", "身份证"])
    elif voice == "elder":
        sub = ch(["身份证", "身份证", "社保卡", "老年优待证"])
    else:
        sub = ch(["身份证", "身份证", "身份证", "驾驶证", "社保卡"])
    sleeve = _color(force, ["透明", "蓝", "红", "黑", "粉", "绿"]) if (force.get("color") or chance(0.45)) else None
    color = sleeve if sleeve not in (None, "透明") else None
    o = new_obj("id_doc", sub, noun_o=[sub], noun_f=[sub], mw="张", color=color, brand=None, brand_vis=False)
    name, latin = person["name"], person.get("latin")
    if sub in ("身份证", "驾驶证", "社保卡", "老年优待证"):
        if "region" not in person:
            person["region"] = ch(ID_REGION_LOCAL)
        if "idno" not in person:
            person["idno"] = new_idno(person["region"], person["birth"], person["male"])
        o["serial"] = dict(kind="idno", value=person["idno"])
        o["o_serial"], o["f_serial"] = 0.6, 0.75
        o["noun_o"] = {"身份证": ["身份证", "二代身份证", "身份证"], "驾驶证": ["驾驶证", "驾照"],
                       "社保卡": ["社保卡", "社会保障卡"], "老年优待证": ["老年优待证", "老人证"]}[sub]
        o["noun_f"] = {"身份证": ["居民身份证", "身份证"], "驾驶证": ["机动车驾驶证", "驾驶证"],
                       "社保卡": ["社会保障卡", "社保卡"], "老年优待证": ["老年人优待证", "老年证"]}[sub]
        o["noun_en"] = ["ID card"]
        o["marks"].append(mark("名字%s" % name, "姓名：%s" % name, None, key=True))
        if sub == "驾驶证":
            o["marks"].append(mark("准驾车型C1", "准驾车型C1"))
            o["marks"].append(mark("驾照号码就是身份证号", None, vis="hidden"))
        if sub == "社保卡":
            o["marks"].append(mark("是%s的社保卡" % ch(["农商行", "建行", "农行"]), "卡面有银行标识"))
    elif sub == "学生证":
        if "sid" not in person:
            person["sid"] = new_code(ch(["2022", "2023", "2024"]), 4)
        o["serial"] = dict(kind="student", value=person["sid"])
        o["o_serial"], o["f_serial"] = 0.45, 0.7
        o["noun_o"] = ["学生证", "学生证", "校卡"]
        o["noun_f"] = ["汀溪中学学生证", "学生证"]
        o["noun_en"] = ["student card"]
        o["marks"].append(mark("名字%s，%s（%d）班" % (name, person.get("grade", "初二"), person.get("klass", 3)),
                               "姓名%s，%s（%d）班" % (name, person.get("grade", "初二"), person.get("klass", 3)), key=True))
        o["marks"].append(ch([mark("跟饭卡套在一起", "与饭卡套在一起", vis="visible"),
                              mark("卡套背面贴着贴纸", "卡套背面有卡通贴纸")]))
    elif sub == "台胞证":
        o["serial"] = dict(kind="twp", value=new_code("0" + str(R.randrange(6, 10)), 6))
        o["o_serial"], o["f_serial"] = 0.55, 0.8
        o["noun_o"] = ["台胞證", "台胞證", "台灣居民來往大陸通行證"]
        o["noun_f"] = ["台湾居民来往大陆通行证", "台胞证"]
        o["noun_en"] = ["travel permit"]
        o["marks"].append(mark("名字%s" % name, "姓名%s（%s）" % (name, latin), None, key=True))
    else:  # 护照
        if origin == "my":
            v = new_code("A", 8)
        else:
            v = new_code(ch(["C", "P", "X", "N"]), 7, alpha=True)
        o["serial"] = dict(kind="passport", value=v)
        o["o_serial"], o["f_serial"] = 0.5, 0.8
        o["noun_o"] = ["护照", "護照", "passport"] if origin == "my" else ["passport"]
        o["noun_f"] = ["护照", "外国护照" if origin == "foreign" else "马来西亚护照"]
        o["noun_en"] = ["passport"]
        o["mw"] = "本"
        nat = person.get("nat", "马来西亚")
        o["marks"].append(mark("名字%s" % (name if origin == "my" else latin), ch(["持照人姓名%s" % latin, "姓名%s" % latin]),
                               "name %s" % latin, key=True))
        if origin == "foreign":
            o["noun_f"] = ["%s护照" % nat, "外国护照"]
        o["marks"].append(ch([mark("护照里夹着两张高铁票", "内夹高铁车票两张", "two train tickets inside", vis="inside"),
                              mark("护照里夹着酒店的卡片", "内夹一张民宿名片", "a guesthouse card inside", vis="inside"),
                              mark("有签证页", "内有签证页", "visa inside", vis="inside")]))
    if sleeve:
        if sleeve == "透明":
            o["marks"].append(mark("装在透明卡套里", "外有透明卡套", "in a clear sleeve"))
        else:
            o["marks"].append(mark("套着%s卡套" % cword(sleeve), "外有%s卡套" % cword(sleeve),
                                   "in a %s sleeve" % ch(COLOR_EN[sleeve])))
    if chance(0.3):
        o["marks"].append(mark("跟%s放在一起" % ch(["一张公交卡", "一把钥匙", "一张银行卡", "一张超市会员卡"]),
                               None, vis="hidden"))
    o["state_f"] = ["证件完好", "有水渍", "卡面有磨损"]
    return o


def build_wallet(person, scene, force):
    voice = person["voice"]
    sub = force.get("sub") or (ch(["零钱包", "短款钱包"]) if voice == "elder" else
                               ch(["短款钱包", "长款钱包", "长款钱包", "卡包", "短款钱包"]))
    if sub == "零钱包":
        brand = force.get("brand") if "brand" in force else None
        color = _color(force, ["红", "蓝", "绿", "紫", "黑"])
        o = new_obj("wallet", sub, noun_o=["零钱包", "布钱包", "钱袋子"], noun_f=["布制零钱包", "零钱包"],
                    noun_en=["coin purse"], mw="个", color=color, brand=brand, brand_vis=False)
        o["marks"].append(ch([mark("布的，上面绣着花", "布面绣花", key=True), mark("拉链头系着一个铜钱", "拉链系有铜钱挂件", key=True),
                              mark("用旧了，边角起毛", "边角磨损")]))
    else:
        brand = _brand(force, ["金利来", "七匹狼", "蔻驰", "啄木鸟", None, None])
        color = _color(force, ["黑", "黑", "棕", "红", "粉", "灰", "藏青", "白"])
        o = new_obj("wallet", sub, noun_o={"短款钱包": ["钱包", "短钱包", "皮夹"], "长款钱包": ["长钱包", "钱包", "手拿钱包"],
                                           "卡包": ["卡包", "卡夹"]}[sub],
                    noun_f={"短款钱包": ["短款钱包", "钱包"], "长款钱包": ["长款钱包", "钱包"], "卡包": ["卡包"]}[sub],
                    noun_en=["wallet"], mw="个", color=color, brand=brand, brand_vis=brand is not None and chance(0.7))
        o["marks"].append(ch([mark("皮面有一道划痕", "皮面有划痕"), mark("扣子有点松", "搭扣松动"),
                              mark("是真皮的，比较旧了", "皮质，较旧"), mark("里面有个拉链隔层", "内有拉链隔层")]))
    # contents
    if voice == "elder":
        amt = R.randrange(3, 40) * 10 + ch([0, 5, 0])
    elif voice in ("student", "parent"):
        amt = R.randrange(2, 30) * 5
    else:
        amt = R.randrange(1, 30) * 50 + ch([0, 0, 6, 12, 23])
    o["amount"] = amt
    approx = ch(["大概%d块" % (amt // 10 * 10), "%d多块钱" % (amt // 100 * 100) if amt >= 100 else "几十块",
                 "%d元左右" % (round(amt, -1)), "%d元" % amt])
    o["marks"].append(mark("里面有现金%s" % approx, "内有现金%d元" % amt, "about %d yuan cash" % amt, vis="inside"))
    kind = "card" if (sub == "卡包" or chance(0.6)) else "idno"
    bank = ch(BANKS)
    if voice != "elder" or chance(0.5):
        tail = new_tail()
        o["marks"].append(mark("%s卡一张，尾号%s" % (bank[0], tail), "%s银行卡一张（%s****%s）" % (bank[1], bank[2], tail),
                               "a bank card ending %s" % tail, vis="inside", key=True))
        card_ser = dict(kind="card", value=tail, bank=bank)
    else:
        card_ser = None
        kind = "idno"
    if person["origin"] == "local" and (kind == "idno" or chance(0.5)):
        if "idno" not in person:
            person["idno"] = new_idno(person.get("region", ch(ID_REGION_LOCAL)), person["birth"], person["male"])
        o["marks"].append(mark("身份证也在里面", "内有身份证一张，姓名%s" % person["name"], "my ID card", vis="inside", key=True))
        id_ser = dict(kind="idno", value=person["idno"])
    else:
        id_ser = None
        kind = "card" if card_ser else None
    o["serial"] = id_ser if kind == "idno" else card_ser
    o["o_serial"], o["f_serial"] = 0.5, 0.7
    extra = sample([
        mark("有一张小孩的一寸照", "内有儿童一寸照片一张", "a passport photo of my kid", vis="inside", key=True),
        mark("有张万家福超市会员卡", "万家福超市会员卡一张", vis="inside"),
        mark("夹着一个红色平安符", "内有红色平安符一个", "a little red charm", vis="inside", key=True),
        mark("里面有几张高铁票报销凭证", "高铁票报销凭证数张", "train receipts", vis="inside"),
        mark("有一张驾驶证", "驾驶证一张，姓名%s" % person["name"], vis="inside", key=True) if voice != "elder" else
        mark("有一张老年优待证", "老年优待证一张，姓名%s" % person["name"], vis="inside", key=True),
        mark("还有一张医保卡", "医保卡一张", vis="inside")], R.randrange(0, 3))
    o["marks"] += extra
    o["state_f"] = ["物品完好", "已清点封存", "经清点物品如上"]
    return o


def build_keys(person, scene, force):
    sub = force.get("sub") or ch(["钥匙串", "钥匙串", "车钥匙", "电动车钥匙", "门禁卡钥匙"])
    n = R.randrange(2, 7)
    cnn = CN_NUM[n] if n != 2 else "两"
    if sub == "车钥匙":
        brand = _brand(force, ["比亚迪", "丰田", "五菱", "大众"])
        color = _color(force, ["黑", "黑", "银", "蓝", "红"])
        o = new_obj("keys", sub, noun_o=["车钥匙", "汽车钥匙", "遥控钥匙"], noun_f=["汽车遥控钥匙", "车钥匙"],
                    noun_en=["car key"], mw="把", color=color, brand=brand)
        o["marks"].append(mark("钥匙外面套着%s的硅胶套" % cword(color), "外套%s硅胶钥匙套" % cword(color),
                               "in a %s silicone cover" % ch(COLOR_EN[color])))
    elif sub == "电动车钥匙":
        brand = _brand(force, ["雅迪", "爱玛", "台铃", "新日"])
        color = _color(force, ["黑", "红", "蓝", "白", "粉"])
        o = new_obj("keys", sub, noun_o=["电动车钥匙", "电车钥匙"], noun_f=["电动车钥匙", "电动车遥控钥匙"],
                    noun_en=["scooter key"], mw="把", color=color, brand=brand)
    else:
        brand = force.get("brand") if "brand" in force else None
        color = _color(force, ["红", "黄", "蓝", "银", "粉", "绿", "黑"])
        o = new_obj("keys", sub, noun_o=["钥匙", "钥匙串", "钥匙"], noun_f=["钥匙串", "钥匙"],
                    noun_en=["keys", "bunch of keys"], mw="串", color=color, brand=brand, brand_vis=False)
        o["marks"].append(mark("%s把钥匙" % cnn, "共%d把钥匙" % n, "%d keys" % n, key=True))
        if sub == "门禁卡钥匙":
            est = ch(["溪畔花园", "廊桥新村", "汀江名苑", "茶乡佳园", "河背小区"])
            acc = new_code("", 6)
            o["serial"] = dict(kind="access", value=acc)
            o["o_serial"], o["f_serial"] = 0.15, 0.5
            o["marks"].append(mark("有张%s门禁卡，写着%s" % (cword(color), est), "%s门禁卡一张，印“%s”字样" % (cword(color), est),
                                   "a %s door fob" % ch(COLOR_EN[color]), key=True))
    fob = ch([("土楼造型的钥匙扣", "土楼造型钥匙扣", "a tulou keyring"), ("一个%s平安结" % ch(["红色", "黄色"]), "平安结挂件", "a knot charm"),
              ("小熊公仔挂件", "小熊公仔挂件", "a teddy bear charm"), ("开瓶器", "开瓶器", "a bottle opener"),
              ("一个小茶壶挂件", "小茶壶造型挂件", "a little teapot charm"), ("指甲刀", "指甲刀一把", "nail clippers"),
              ("写着%s的塑料牌" % ch(["302", "5栋", "店门", "仓库"]), "塑料号码牌", "a plastic tag")])
    o["marks"].append(mark("挂着%s" % fob[0], "挂有%s" % fob[1], "with %s" % fob[2], key=True))
    if chance(0.4):
        o["marks"].append(ch([mark("有一把是防盗门的长钥匙", "其中一把为防盗门钥匙", vis="visible"),
                              mark("里面有把小的是信箱钥匙", "含小号信箱钥匙"),
                              mark("店里卷闸门的钥匙也在上面", None, vis="hidden")]))
    o["state_f"] = ["", "钥匙有锈迹", ""]
    return o


def build_ebike(person, scene, force):
    brand = _brand(force, ["雅迪", "雅迪", "爱玛", "台铃", "绿源", "新日", "小牛"])
    model = force.get("model") or ch(EBIKE_MODELS[brand])
    color = _color(force, ["白", "黑", "红", "蓝", "灰", "粉", "绿", "黄"])
    o = new_obj("ebike", "电动车", noun_o=["电动车", "电瓶车", "电车"], noun_f=["电动自行车", "电动车"],
                noun_en=["e-bike", "scooter"], mw="辆", color=color, brand=brand, model=model, model_vis=chance(0.6))
    prefix = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "绿源": "LY", "新日": "XR", "小牛": "NU"}[brand]
    plate = None
    while plate is None or not _claim(plate):
        plate = "汀A·" + str(R.randrange(10000, 99999))
    frame = new_code(prefix + str(R.randrange(22, 25)) + ch("ABCDEFGHK"), 8)
    stolen = scene == "ebike_theft"
    plate_gone = stolen and chance(0.35)
    o["plate"], o["frame"], o["plate_gone"] = plate, frame, plate_gone
    if plate_gone:
        o["serial"] = dict(kind="frame", value=frame)
        o["o_serial"], o["f_serial"] = 0.85, 0.9
        o["marks"].append(mark("车牌%s" % plate.replace("·", ""), "车牌已被拆除", "plate %s" % plate, vis="hidden"))
    else:
        o["serial"] = dict(kind="plate", value=plate) if chance(0.75) else dict(kind="frame", value=frame)
        o["o_serial"] = 0.8 if o["serial"]["kind"] == "plate" else 0.35
        o["f_serial"] = 0.85
    extra = sample([
        mark("后座装了个儿童座椅", "后座装有儿童座椅", "child seat on the back", key=True),
        mark("车筐里放着一顶%s头盔" % ch(["黄色", "白色", "粉色", "黑色"]), "车筐内有头盔一顶", "helmet in the basket", key=True),
        mark("车头挂着红格子防风被", "车头装有红格子防风罩", "red checked wind blanket", key=True),
        mark("左边后视镜断了", "左后视镜缺失", "left mirror broken", key=True),
        mark("座垫套着%s座套" % ch(["豹纹", "黑色网格", "卡通"]), "座垫有座套", "seat cover"),
        mark("车尾贴着“新手上路”的贴纸", "车尾贴有“新手上路”贴纸", key=True),
        mark("电池是上个月刚换的新电池", None, vis="hidden")], R.randrange(1, 4))
    o["marks"] += extra
    o["marks"].append(mark("钥匙还在我手上", None, vis="hidden"))
    o["state_f"] = (["电瓶已被拆走", "车锁被撬坏", "车身有刮擦"] if stolen else
                    ["车辆完好", "钥匙未拔", "停放在路边"])
    return o


def build_bicycle(person, scene, force):
    brand = _brand(force, ["捷安特", "捷安特", "美利达", "永久", "凤凰", "喜德盛"])
    model = force.get("model") or ch(BIKE_MODELS[brand])
    color = _color(force, ["黑", "白", "红", "蓝", "灰", "绿", "黄", "银"])
    o = new_obj("bicycle", "自行车", noun_o=["自行车", "单车", "山地车"] if brand in ("捷安特", "美利达", "喜德盛") else ["自行车", "单车"],
                noun_f=["自行车", "山地自行车" if brand in ("捷安特", "美利达", "喜德盛") else "自行车"],
                noun_en=["bicycle", "bike"], mw="辆", color=color, brand=brand, model=model, model_vis=chance(0.5))
    pre = {"捷安特": "GT", "美利达": "MD", "永久": "YJ", "凤凰": "FH", "喜德盛": "XD"}[brand]
    o["serial"] = dict(kind="frame", value=new_code(pre + str(R.randrange(21, 25)), 7))
    o["o_serial"], o["f_serial"] = 0.3, 0.5
    extra = sample([
        mark("车把缠着黑胶布", "车把缠有黑色胶布", key=True),
        mark("后座绑了一块海绵", "后架绑有海绵垫", key=True),
        mark("铃铛是小黄鸭的", "小黄鸭造型车铃", key=True),
        mark("前面加了个白色车筐", "加装白色车筐", key=True),
        mark("后挡泥板缺了一块", "后挡泥板破损"),
        mark("车架上贴着学校的车辆通行证，编号%s" % digits(3), None, key=True),
        mark("变速线坏了，只能骑一个档", "变速失灵"),
        mark("锁是%s的U型锁，钥匙在我这" % ch(["红色", "黑色"]), "车上挂U型锁", vis="visible")], R.randrange(1, 3))
    for m in extra:
        if m["f"] is None and "通行证" in m["o"]:
            m["f"] = "车架贴有汀溪中学车辆通行证，编号" + m["o"][-3:]
    o["marks"] += extra
    o["state_f"] = ["车辆未上锁", "锁被剪断", "车胎没气", "停放多日"]
    return o


BAG_CONTENTS = [
    ("一台联想笔记本电脑", "联想笔记本电脑一台", "a Lenovo laptop"),
    ("几件换洗衣服", "衣物若干", "some clothes"),
    ("手机充电器和充电宝", "充电器、充电宝各一", "chargers"),
    ("三包茶叶样品", "茶叶样品三小包", None),
    ("一沓收茶的单据", "茶叶收购单据一沓", None),
    ("我妈的降压药", "药品一盒（降压药）", "medicine"),
    ("两包梅菜干", "梅菜干两包", None),
    ("一瓶客家米酒", "米酒一瓶", None),
    ("一把折叠伞", "折叠伞一把", "an umbrella"),
    ("保温杯", "保温杯一个", "a water bottle"),
    ("小孩的作业本", "作业本数本", None),
    ("一盒喜糖", "喜糖一盒", None),
    ("墨镜和防晒霜", "墨镜、防晒霜", "sunglasses and sunscreen"),
    ("一个蓝色文件袋，里面是合同", "蓝色文件袋一个，内有合同", "a folder with contracts"),
    ("一包腊肉", "腊肉一包", None),
    ("一本土楼的旅游书", "旅游书一本", "a guidebook"),
]


STUDENT_CONTENTS = [
    ("作业本和两张试卷", "作业本、试卷若干", None),
    ("我的饭卡", "饭卡一张", None),
    ("一件运动服", "运动服一件", "sportswear"),
    ("一个蓝色水杯", "水杯一个", "a water bottle"),
    ("几包零食", "零食若干", "snacks"),
    ("有线耳机", "耳机一副", "earphones"),
    ("数学练习册", "练习册一本", None),
]


def build_bag(person, scene, force):
    voice = person["voice"]
    if force.get("sub"):
        sub = force["sub"]
    elif scene == "tea_fair" and chance(0.5):
        sub = "帆布袋"
    elif scene == "rafting" and chance(0.6):
        sub = "防水袋"
    elif voice in ("migrant",) and chance(0.4):
        sub = "编织袋"
    elif scene in ("station", "shuttle", "homestay") and chance(0.35):
        sub = "行李箱"
    else:
        sub = ch(["双肩包", "双肩包", "挎包", "手提包", "腰包"])
    palettes = {"帆布袋": ["卡其", "白"], "防水袋": ["黄", "橙", "蓝"], "编织袋": ["红", "蓝", "白"],
                "行李箱": ["银", "黑", "蓝", "粉", "白"], "手提包": ["黑", "红", "棕", "白", "卡其"]}
    color = _color(force, palettes.get(sub, ["黑", "黑", "灰", "蓝", "藏青", "红", "绿", "粉", "卡其"]))
    if sub in ("帆布袋", "防水袋", "编织袋"):
        brand = force.get("brand") if "brand" in force else None
    elif sub == "行李箱":
        brand = _brand(force, ["新秀丽", "小米", "迪卡侬", None])
    else:
        brand = _brand(force, ["耐克", "阿迪达斯", "迪卡侬", "小米", None, None, "蔻驰" if sub == "手提包" else None])
    nouns = {"双肩包": (["双肩包", "背包", "书包"], ["双肩背包", "背包"], ["backpack"]),
             "挎包": (["挎包", "斜挎包", "单肩包"], ["斜挎包", "挎包"], ["shoulder bag", "crossbody bag"]),
             "手提包": (["手提包", "包包", "手袋"], ["女式手提包", "手提包"], ["handbag"]),
             "腰包": (["腰包", "小腰包", "胸包"], ["腰包"], ["bum bag", "waist pack"]),
             "帆布袋": (["帆布袋", "布袋子", "环保袋"], ["帆布手提袋", "帆布袋"], ["canvas tote"]),
             "防水袋": (["防水袋", "防水包", "漂流防水袋"], ["防水桶包", "防水袋"], ["dry bag"]),
             "编织袋": (["编织袋", "蛇皮袋", "大袋子"], ["编织袋", "蛇皮袋"], ["woven sack"]),
             "行李箱": (["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱"], ["suitcase"])}[sub]
    o = new_obj("bag", sub, noun_o=nouns[0], noun_f=nouns[1], noun_en=nouns[2], mw="个", color=color, brand=brand)
    # contents, chosen to fit the owner
    pool = list(BAG_CONTENTS)
    if voice in ("student", "parent"):
        pool = list(STUDENT_CONTENTS)
    if voice == "foreigner":
        pool = [c for c in pool if c[2]]
    k = 1 if sub in ("腰包", "防水袋") else R.randrange(2, 4)
    for c in sample(pool, k):
        o["marks"].append(mark("里面有" + c[0], "内有" + c[1], "inside: " + c[2] if c[2] else None, vis="inside", key=True))
    if sub == "帆布袋":
        o["marks"].insert(0, mark("袋子上印着“汀溪春茶节”", "袋面印“汀溪春茶节”字样", "printed with the tea festival logo"))
        who = person["name"] if person["origin"] == "local" else person["name"]
        o["marks"].append(mark("袋子里有张名片，写的%s" % who, "内有名片一张，姓名%s" % who, None, vis="inside", key=True, tag="name"))
        o["twin"] = "tea_tote"
    elif sub == "防水袋":
        o["marks"].insert(0, mark("印着“石门滩漂流”", "印有“石门滩漂流”字样", "says Shimentan Rafting on it"))
        opts = [("袋子上用马克笔写了个“%s”字" % person["sur"][0], "袋身马克笔写有“%s”字" % person["sur"][0]),
                ("里面有%d块钱和车钥匙" % (R.randrange(1, 9) * 50), None)]
        if person["origin"] == "local":
            opts.append(("里面有一张%s的身份证复印件" % person["name"], "内有身份证复印件一张，姓名%s" % person["name"]))
        else:
            opts.append(("里面有我的护照复印件", "内有护照复印件一张，姓名%s" % person["latin"]))
        tag = ch(opts)
        if tag[1] is None:
            amt = int("".join(c for c in tag[0] if c.isdigit()))
            tag = (tag[0], "内有现金%d元及车钥匙一把" % amt)
        o["marks"].append(mark(tag[0], tag[1], None, vis="inside", key=True, tag="name"))
        o["twin"] = "raft_drybag"
    elif sub == "编织袋":
        o["marks"].append(mark("袋口用%s绳子扎着" % ch(["红", "蓝", "黄"]), "袋口用绳扎紧"))
    elif sub == "行李箱":
        o["marks"].append(ch([mark("拉杆上绑着%s丝巾" % ch(["红", "黄", "花"]), "拉杆系有丝巾", "scarf tied on the handle", key=True),
                              mark("箱子上挂着写有我名字的行李牌", "挂有行李牌，姓名%s" % person["name"], "luggage tag with my name", key=True),
                              mark("箱子一角磕破了", "箱体一角破损", "one corner cracked")]))
    else:
        o["marks"].append(ch([mark("拉链上挂着%s" % ch(["一个毛绒球", "一只小熊挂件", "一个土楼钥匙扣"]), "拉链挂有挂件", "charm on the zip", key=True),
                              mark("背带断过，缝过一次", "背带有缝补痕迹", "strap was mended", key=True),
                              mark("侧面口袋坏了", "侧袋破损", "side pocket torn")]))
    o["state_f"] = ["已清点内物", "包内物品如上", "拉链未拉"]
    return o


def build_cash(person, scene, force):
    voice = person["voice"]
    sub = force.get("sub") or ("红包" if scene == "wedding" else ("信封" if scene == "tea_fair" or voice == "merchant"
                                                                   else ch(["一沓现金", "信封", "红包", "零钱"])))
    if sub == "红包":
        amt = ch([288, 388, 588, 666, 688, 888, 1088, 1288, 1688])
        color = _color(force, ["红"])
        words = ch(["百年好合", "永结同心", "早生贵子", "恭喜发财"])
        who = person["name"]
        o = new_obj("cash", sub, noun_o=["红包", "利是"], noun_f=["红包", "利是封"], noun_en=["red envelope"],
                    mw="个", color=color, brand=None, brand_vis=False)
        o["marks"].append(mark("红包上印着“%s”" % words, "红包印有“%s”字样" % words))
        o["marks"].append(mark("背面写着“%s贺”" % who, "背面手写“%s贺”" % who, None, key=True, tag="name"))
        o["marks"].append(mark("里面%d块，都是新钱" % amt if chance(0.6) else "里面包了%d元" % amt,
                               "内有现金%d元" % amt, None, vis="inside", key=True, tag="amount"))
        o["twin"] = "wedding_hongbao"
    elif sub == "信封":
        amt = R.randrange(15, 120) * 100
        color = _color(force, ["棕", "白", "黄"])
        o = new_obj("cash", sub, noun_o=["信封", "装钱的信封"], noun_f=["信封（内装现金）", "信封"],
                    noun_en=["envelope of cash"], mw="个", color=color, brand=None, brand_vis=False)
        what = ch(["茶青款", "茶款", "房租", "货款", "礼金"])
        writing = "%s %s" % (what, person["sur"] + ch(["老板", "", "姐"]))
        o["marks"].append(mark("信封上写着“%s”" % writing,
                               ch(["信封正面手写“%s”" % writing, "信封手写“%s”等字" % what]), None, key=True))
        o["marks"].append(mark("里面%s" % ch(["%d块整" % amt, "%d元" % amt, "一共%d，都是一百的" % amt]),
                               "内有人民币%d元（均为百元面额）" % amt, None, vis="inside", key=True, tag="amount"))
    elif sub == "零钱":
        amt = R.randrange(4, 30) * 10 + ch([0, 5, 3])
        color = None
        o = new_obj("cash", sub, noun_o=["零钱", "零钱", "钱"], noun_f=["零散现金", "现金"], noun_en=["cash"],
                    mw="卷", color=color, brand=None, brand_vis=False)
        o["marks"].append(mark("用橡皮筋捆着", "用橡皮筋捆扎", None, key=True))
        o["marks"].append(mark("大概%d块，十块五块的多" % (amt // 10 * 10), "共计%d元，多为小面额" % amt, None,
                               vis="inside", key=True, tag="amount"))
    else:
        amt = R.randrange(5, 60) * 100
        color = None
        o = new_obj("cash", sub, noun_o=["现金", "钱"], noun_f=["现金", "人民币现金"], noun_en=["cash"],
                    mw="沓", color=color, brand=None, brand_vis=False)
        o["marks"].append(ch([mark("用银行的纸条捆着", "用银行封条纸捆扎", None, key=True),
                              mark("对折着，外面夹了一张%s的收据" % ch(["农资店", "五金店", "药店"]), "对折，外夹收据一张", None, key=True)]))
        o["marks"].append(mark("一共%d块" % amt if chance(0.6) else "%d多块" % (amt // 1000 * 1000 if amt >= 1000 else amt // 100 * 100),
                               "经清点共%d元" % amt, None, vis="inside", key=True, tag="amount"))
    o["amount"] = amt
    o["o_serial"] = o["f_serial"] = 0
    o["state_f"] = ["当面清点", "已封存", ""]
    return o


def build_jewelry(person, scene, force):
    voice = person["voice"]
    sub = force.get("sub") or ch(["金手镯", "金项链", "玉镯", "银手镯", "戒指", "耳环", "手链", "长命锁"] +
                                 (["玉镯", "金手镯"] if voice == "elder" else []))
    pal = {"金手镯": ["金"], "金项链": ["金"], "玉镯": ["绿", "白"], "银手镯": ["银"], "戒指": ["金", "银"],
           "耳环": ["金", "银", "白"], "手链": ["银", "金", "粉"], "长命锁": ["银", "金"]}[sub]
    color = _color(force, pal)
    brand = _brand(force, ["周大福", "老凤祥", "六福", None, None]) if sub not in ("玉镯",) else (force.get("brand") if "brand" in force else None)
    nouns = {"金手镯": (["金手镯", "金镯子", "手镯"], ["金色手镯", "手镯"], ["gold bangle"]),
             "金项链": (["金项链", "项链"], ["金色项链", "项链"], ["gold necklace"]),
             "玉镯": (["玉镯", "玉手镯", "镯子"], ["玉手镯", "手镯"], ["jade bangle"]),
             "银手镯": (["银手镯", "银镯子"], ["银手镯", "手镯"], ["silver bracelet"]),
             "戒指": (["戒指", "婚戒"], ["戒指"], ["ring", "wedding ring"]),
             "耳环": (["耳环", "耳坠"], ["耳环"], ["earring"]),
             "手链": (["手链", "手串"], ["手链"], ["bracelet"]),
             "长命锁": (["长命锁", "小孩的银锁"], ["长命锁", "儿童银锁"], ["baby lock pendant"])}[sub]
    o = new_obj("jewelry", sub, noun_o=nouns[0], noun_f=nouns[1], noun_en=nouns[2], mw="个" if sub != "金项链" else "条",
                color=color, brand=brand, brand_vis=brand is not None and chance(0.5))
    if sub in ("金手镯", "金项链", "戒指", "长命锁", "手链", "银手镯"):
        init = ch(["LH", "WX", "CY", "ZM", "HJ", "LQ", "TS", "YF"]) + ch([" ", "&", "♥"]) + ch(["LM", "ZY", "XR", "QY", "HS"])
        txt = ch([init, "%s 20%02d" % (init, R.randrange(8, 25)), "长命百岁", "平安"])
        o["marks"].append(mark("内圈刻着“%s”" % txt + ("两个字" if txt == "平安" else ""),
                               ch(["内侧刻字：%s" % txt, "内侧刻有“%s”字样" % txt]), None, key=True))
    if sub in ("金手镯", "金项链"):
        g = R.randrange(12, 60)
        o["marks"].append(mark("大概%d克" % g, None, "about %d grams" % g, vis="hidden"))
        o["marks"].append(ch([mark("龙凤图案的", "龙凤花纹", key=True), mark("是古法金，哑光的", "表面哑光"),
                              mark("上面有个小福字", "有“福”字吊坠", key=True)]))
    if sub == "玉镯":
        o["marks"].append(ch([mark("有一道白色的棉絮纹", "有白色絮状纹", key=True), mark("碰过一次，有个小缺口", "边缘有小缺口", key=True),
                              mark("颜色偏淡，飘绿花", "淡色带绿花", key=True)]))
        o["marks"].append(mark("是我奶奶传下来的", None, vis="hidden"))
    if sub in ("耳环",):
        o["marks"].append(ch([mark("只丢了一只，珍珠的", "单只，带珍珠", key=True), mark("一对都丢了，是小圆环", "一对，圆环式", key=True)]))
    o["marks"].append(ch([mark("装在%s绒布盒里" % ch(["红色", "酒红"]), "装于红色绒布盒内", "in a red velvet box", key=True),
                          mark("用纸巾包着", "用纸巾包裹", None),
                          mark("戴在手上掉的", None, vis="hidden")]))
    if brand and chance(0.3):
        o["serial"] = dict(kind="cert", value=new_code(ch(["GC", "HX", "ZJ"]), 8))
        o["o_serial"], o["f_serial"] = 0.6, 0.0
    else:
        o["o_serial"] = o["f_serial"] = 0
    o["state_f"] = ["已封存", "成色较新", "有使用痕迹"]
    return o


ELEC = {
    "蓝牙耳机": (["苹果", "华为", "小米"], {"苹果": ["AirPods Pro 4", "AirPods 5"], "华为": ["FreeBuds 9", "FreeBuds Pro 6"],
                                       "小米": ["Buds 7", "Redmi Buds 9"]},
             ["白", "黑", "白", "蓝"], (["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "无线耳机（含充电盒）"], ["earbuds", "wireless earbuds"])),
    "运动相机": (["大疆", "GoPro"], {"大疆": ["Osmo Action 8", "Osmo Pocket 5"], "GoPro": ["HERO 16", "HERO 15 mini"]},
             ["黑", "灰"], (["运动相机", "相机", "小相机"], ["运动相机", "小型摄像机"], ["action camera"])),
    "相机": (["佳能", "索尼"], {"佳能": ["EOS R60", "G9 X Mark V"], "索尼": ["ZV-E30", "α6900"]},
           ["黑", "银"], (["相机", "单反", "微单相机"], ["数码相机", "相机"], ["camera"])),
    "平板": (["苹果", "华为", "小米"], {"苹果": ["iPad Air 9", "iPad mini 9"], "华为": ["MatePad 15", "MatePad Air 5"],
                                   "小米": ["Pad 9", "Redmi Pad 4"]},
           ["灰", "银", "蓝", "紫"], (["平板", "平板电脑"], ["平板电脑"], ["tablet"])),
    "笔记本电脑": (["联想", "华为", "苹果"], {"联想": ["小新 Pro 18", "ThinkBook 17"], "华为": ["MateBook 16X"],
                                        "苹果": ["MacBook Air 17"]},
              ["灰", "银", "黑"], (["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑"], ["laptop"])),
    "儿童手表": (["小天才", "华为"], {"小天才": ["Z12", "Q5s"], "华为": ["儿童手表 7X"]},
             ["粉", "蓝", "紫", "黑"], (["儿童手表", "电话手表", "小孩手表"], ["儿童电话手表"], ["kids smartwatch"])),
    "智能手表": (["华为", "苹果", "小米"], {"华为": ["Watch GT 8", "Watch Fit 5"], "苹果": ["Watch S12"], "小米": ["Watch S6"]},
             ["黑", "银", "白", "绿"], (["手表", "智能手表"], ["智能手表", "运动手表"], ["smartwatch", "watch"])),
    "充电宝": (["罗马仕", "小米"], {"罗马仕": ["PSW20", "WSL10"], "小米": ["PB2030", "PB1022"]},
            ["白", "黑", "粉", "蓝"], (["充电宝", "移动电源"], ["充电宝"], ["power bank"])),
    "无人机": (["大疆"], {"大疆": ["Mini 6 Pro", "Neo 3"]}, ["灰", "白"], (["无人机", "航拍机"], ["无人机", "航拍无人机"], ["drone"])),
}


def build_elec(person, scene, force):
    voice = person["voice"]
    if force.get("sub"):
        sub = force["sub"]
    elif voice in ("student", "parent"):
        sub = ch(["儿童手表", "蓝牙耳机", "蓝牙耳机", "充电宝", "智能手表"])
    elif scene == "rafting":
        sub = ch(["运动相机", "运动相机", "蓝牙耳机", "智能手表"])
    elif scene in ("tulou", "tea_garden"):
        sub = ch(["相机", "无人机", "运动相机", "平板", "蓝牙耳机"])
    else:
        sub = ch(["蓝牙耳机", "蓝牙耳机", "平板", "笔记本电脑", "充电宝", "智能手表", "相机"])
    brands, models, pal, nouns = ELEC[sub]
    brand = _brand(force, brands) if not ("not_brand" in force and len(brands) == 1) else brands[0]
    if brand not in models:
        brand = brands[0]
    model = force.get("model") or ch(models[brand])
    color = _color(force, pal)
    o = new_obj("electronics", sub, noun_o=nouns[0], noun_f=nouns[1], noun_en=nouns[2], mw="个" if sub != "笔记本电脑" else "台",
                color=color, brand=brand, model=model, model_vis=chance(0.35))
    if sub == "儿童手表":
        o["serial"] = dict(kind="imei", value=new_imei())
        o["o_serial"], o["f_serial"] = 0.3, 0.3
    else:
        n = 12 if brand == "苹果" else (14 if brand == "大疆" else ch([10, 12, 14]))
        o["serial"] = dict(kind="sn", value=new_code(ch("CDFGHJKLMNPQRSTVWXY"), n - 1, alpha=True))
        o["o_serial"] = 0.35 if voice not in ("elder", "hurried") else 0.05
        o["f_serial"] = 0.45 if sub in ("笔记本电脑", "无人机", "相机", "运动相机", "平板") else 0.2
    m = {
        "蓝牙耳机": [mark("充电盒上贴着%s贴纸" % ch(["小熊", "皮卡丘", "星星", "蓝色"]), "充电盒贴有贴纸", "sticker on the case", key=True),
                 mark("盒子套着%s硅胶套" % ch(["透明", "粉色", "黑色", "绿色"]), "充电盒有保护套", "case in a silicone cover", key=True),
                 mark("只有左耳，右耳之前就丢了", "盒内只有一只耳机", "only the left bud inside", vis="inside", key=True)],
        "运动相机": [mark("装在防水壳里，绑着浮力棒", "带防水壳及浮力手柄", "in a waterproof housing with a float", key=True),
                 mark("存储卡里有漂流的视频", "存储卡内有漂流视频", "memory card has my rafting clips", vis="inside", key=True),
                 mark("镜头盖丢了", "无镜头盖")],
        "相机": [mark("背带是%s的" % ch(["红白格子", "民族风", "黑色皮"]), "挂有彩色背带", "patterned strap", key=True),
               mark("卡里有土楼的照片", "存储卡内有土楼照片", "photos of the tulou on the card", vis="inside", key=True),
               mark("镜头上有个小划痕", "镜头有划痕", "a small scratch on the lens")],
        "平板": [mark("套着%s保护套" % ch(["蓝色", "粉色", "黑色"]), "带保护套", "in a cover", key=True),
               mark("保护套里夹着一张%s的名片" % person["name"], "保护套内夹名片，姓名%s" % person["name"], None, vis="inside", key=True),
               mark("屏幕上贴了类纸膜", "贴有类纸膜")],
        "笔记本电脑": [mark("装在%s电脑包里" % ch(["灰色", "黑色"]), "装于电脑包内", "in a sleeve", key=True),
                  mark("电脑上贴着公司资产标签", "机身贴有资产标签", "asset tag on the lid", key=True),
                  mark("A面贴满了贴纸", "外壳贴有多张贴纸", "stickers all over the lid", key=True)],
        "儿童手表": [mark("表带是%s的" % ch(["粉色", "蓝色", "紫色", "恐龙图案"]), "表带为彩色", "coloured strap", key=True),
                 mark("表盘是%s" % ch(["小兔子", "奥特曼", "小猫"]), "表盘为卡通图案", None, key=True),
                 mark("手表里存着%s的号码" % ch(["妈妈", "爸爸", "奶奶"]), None, vis="hidden")],
        "智能手表": [mark("表带是%s的" % ch(["橙色硅胶", "黑色皮", "编织"]), "带表带", "strap", key=True),
                 mark("表盘是一张全家福", "表盘图片为合影", "watch face is a family photo", key=True),
                 mark("屏幕有划痕", "屏幕有划痕", "scratched screen")],
        "充电宝": [mark("上面贴着%s名字的标签" % ch(["我", "我们公司"]), "贴有标签", None, key=True),
                mark("自带两根线", "自带数据线", "built-in cables"),
                mark("外壳一角摔裂", "外壳边角开裂", "a cracked corner", key=True)],
        "无人机": [mark("装在灰色收纳包里，有两块电池", "收纳包内有电池两块", "in a grey case with two batteries", vis="inside", key=True),
                mark("桨叶有一片是新换的%s色" % ch(["橙", "红"]), "一片桨叶颜色不同", "one propeller a different colour", key=True),
                mark("机身贴了我的手机号", "机身贴有手机号标签", "my number on a sticker", key=True)],
    }[sub]
    o["marks"] += sample(m, R.randrange(1, 3))
    o["state_f"] = ["电量耗尽", "已关机", "外观完好", "进过水"] if scene == "rafting" else ["已关机", "外观完好", "电量较低"]
    return o


def build_other(person, scene, force):
    voice = person["voice"]
    if force.get("sub"):
        sub = force["sub"]
    elif scene == "school":
        sub = ch(["校服", "校服", "保温杯", "奖牌"])
    elif scene == "tea_garden":
        sub = ch(["斗笠", "保温杯", "外套", "茶叶"])
    elif scene == "qingming":
        sub = ch(["族谱", "雨伞", "拐杖", "外套"])
    elif scene == "sorting":
        sub = "快递包裹"
    elif scene == "tea_fair":
        sub = ch(["茶叶", "茶叶", "雨伞", "保温杯"])
    elif scene == "rafting":
        sub = ch(["斗笠", "外套", "眼镜"])
    elif voice == "elder":
        sub = ch(["拐杖", "雨伞", "眼镜", "斗笠"])
    else:
        sub = ch(["雨伞", "保温杯", "外套", "眼镜", "婴儿推车", "玩具"])
    info = {
        "校服": (["校服", "校服外套"], ["校服外套", "汀溪中学校服"], ["school jacket"], "件", ["蓝", "藏青"], [None]),
        "保温杯": (["保温杯", "水杯", "杯子"], ["保温杯", "不锈钢保温杯"], ["water bottle", "flask"], "个",
                ["黑", "白", "粉", "绿", "银", "蓝"], ["象印", "膳魔师", None]),
        "奖牌": (["奖牌", "运动会奖牌"], ["奖牌"], ["medal"], "块", ["金", "银"], [None]),
        "斗笠": (["斗笠", "竹帽", "草帽"], ["竹斗笠", "斗笠"], ["straw hat"], "顶", ["黄", "卡其"], [None]),
        "外套": (["外套", "衣服", "冲锋衣"], ["外套", "冲锋衣"], ["jacket", "rain jacket"], "件",
               ["黑", "红", "蓝", "绿", "灰", "黄"], ["安踏", "李宁", "耐克", None]),
        "茶叶": (["茶叶", "茶叶礼盒"], ["茶叶礼盒", "茶叶"], ["box of tea"], "盒", ["红", "绿", "金"], [None]),
        "族谱": (["族谱", "家谱"], ["族谱", "线装书"], ["family book"], "本", ["蓝", "黄"], [None]),
        "雨伞": (["雨伞", "伞"], ["雨伞", "折叠伞"], ["umbrella"], "把", ["黑", "蓝", "红", "紫", "绿"], ["天堂", None]),
        "拐杖": (["拐杖", "拐棍"], ["拐杖", "手杖"], ["walking stick"], "根", ["棕", "黑", "银"], [None]),
        "眼镜": (["眼镜", "近视眼镜", "老花镜"], ["眼镜", "近视眼镜"], ["glasses"], "副", ["黑", "金", "银", "棕"], [None]),
        "婴儿推车": (["婴儿车", "推车", "宝宝推车"], ["婴儿推车"], ["stroller", "pram"], "辆", ["灰", "粉", "蓝", "卡其"], ["好孩子", None]),
        "玩具": (["玩具", "毛绒玩具", "公仔"], ["毛绒玩具", "玩偶"], ["soft toy"], "个", ["粉", "白", "黄", "棕"], [None]),
        "快递包裹": (["快递", "包裹", "快递包裹"], ["快递包裹", "快件"], ["parcel"], "个", ["卡其", "白", "黑"], [None]),
    }[sub]
    color = _color(force, info[4])
    brand = _brand(force, info[5]) if "brand" not in force else force["brand"]
    o = new_obj("other", sub, noun_o=info[0], noun_f=info[1], noun_en=info[2], mw=info[3], color=color, brand=brand,
                brand_vis=brand is not None)
    o["o_serial"] = o["f_serial"] = 0
    nm = person["name"]
    if sub == "校服":
        cls = "%s（%d）班" % (person.get("grade", "初二"), person.get("klass", R.randrange(1, 12)))
        o["marks"].append(mark("汀溪中学的校服，蓝白色", "汀溪中学校服，蓝白配色"))
        o["marks"].append(mark("领子里面写着“%s %s”" % (cls, nm), "衣领内侧写有“%s %s”" % (cls, nm), None, key=True, tag="name"))
        o["marks"].append(ch([mark("口袋里有%s" % ch(["一包纸巾", "饭卡", "几块钱零钱"]), "口袋内有少量物品", vis="inside"),
                              mark("袖口有点脏", "袖口有污渍")]))
        o["twin"] = "school_uniform"
    elif sub == "保温杯":
        o["marks"].append(ch([mark("杯身贴着名字贴纸“%s”" % nm, "杯身贴有姓名贴“%s”" % nm, None, key=True, tag="name"),
                              mark("杯子有个凹痕", "杯身有凹痕", "dented", key=True),
                              mark("杯盖是%s的，跟杯身不一样" % ch(["粉色", "黑色"]), "杯盖颜色与杯身不同", "mismatched lid", key=True)]))
        o["marks"].append(mark("里面泡着%s" % ch(["茶叶", "枸杞", "菊花"]), "杯内有茶水" if chance(0.5) else "内有泡过的东西", vis="inside"))
    elif sub == "奖牌":
        ev = ch(["初中女子800米", "初中男子跳远", "4×100米接力", "高中男子1500米", "初中女子跳高"])
        o["marks"].append(mark("是%s的第%s名奖牌" % (ev, ch(["一", "二", "三"])), "奖牌背面刻“%s”" % ev, None, key=True))
        o["marks"].append(mark("挂带是红色的", "红色挂带"))
    elif sub == "斗笠":
        o["marks"].append(ch([mark("斗笠边上系着一条%s布带" % ch(["蓝花", "红格子", "紫色"]), "帽沿系有花布带", "a cloth ribbon", key=True),
                              mark("帽顶写着一个“%s”字" % person["sur"][0], "斗笠顶部写有“%s”字" % person["sur"][0], None, key=True)
                              if person["origin"] != "foreign" else mark("帽子里面缝了块红布", "帽内缝有红布", "a red cloth sewn inside", key=True),
                              mark("边上破了一个口", "帽沿有破口", "torn rim", key=True)]))
    elif sub == "外套":
        o["marks"].append(ch([mark("口袋里有%s" % ch(["车钥匙", "一包烟和打火机", "几张茶园门票"]), "口袋内有物品", vis="inside", key=True),
                              mark("袖子上有一块补丁", "袖口有补丁", "patched sleeve", key=True),
                              mark("帽子可以拆，拉链头换过", "拉链头为后换", None)]))
        o["marks"].append(mark("%s码" % ch(["L", "XL", "M", "170", "175"]), "尺码标签可见", None))
    elif sub == "茶叶":
        tea = ch(["云顶明前绿茶", "坪头单丛", "汀溪炒绿", "高山乌龙"])
        o["marks"].append(mark("礼盒上印着“%s”" % tea, "礼盒印“%s”字样" % tea, None, key=True))
        o["marks"].append(mark("%s盒，半斤装" % ch(["两", "一"]), "半斤装", None))
        o["marks"].append(mark("袋子里还有张%s茶叶店的发票" % ch(["和记", "永兴", "福源"]), "内有发票一张", vis="inside", key=True))
    elif sub == "族谱":
        o["marks"].append(mark("是我们%s氏的族谱，线装的" % person["sur"][0], "封面写“%s氏族谱”" % person["sur"][0], None, key=True))
        o["marks"].append(mark("用一块蓝布包着", "用蓝布包裹", None))
    elif sub == "雨伞":
        o["marks"].append(ch([mark("伞柄是木头的", "木质伞柄", "wooden handle", key=True), mark("断了一根伞骨", "一根伞骨断裂", "one rib broken", key=True),
                              mark("伞上印着%s的广告" % ch(["农商银行", "万家福超市", "溪云民宿"]), "伞面印有广告字样", "printed with an ad", key=True)]))
    elif sub == "拐杖":
        o["marks"].append(ch([mark("竹头做的，手柄缠着红布", "竹制，手柄缠红布", key=True), mark("铝合金四脚的", "四脚铝合金手杖", key=True),
                              mark("底下个胶套磨穿了", "底部胶套磨损", key=True)]))
    elif sub == "眼镜":
        o["marks"].append(ch([mark("装在%s眼镜盒里" % ch(["蓝色", "黑色", "红色"]), "装于眼镜盒内", "in a case", key=True),
                              mark("右边镜腿用胶布缠过", "右镜腿缠胶布", "tape on one arm", key=True),
                              mark("度数很深，%d度" % (R.randrange(4, 9) * 100), None, vis="hidden")]))
    elif sub == "婴儿推车":
        o["marks"].append(ch([mark("车把上挂着一只小兔子", "车把挂兔子玩偶", "a bunny on the handle", key=True),
                              mark("篮子里有一包尿不湿", "车篮内有纸尿裤", "nappies in the basket", vis="inside", key=True)]))
    elif sub == "玩具":
        o["marks"].append(ch([mark("是一只兔子，耳朵缝过", "兔子玩偶，耳朵有缝补", "a rabbit with a mended ear", key=True),
                              mark("小熊穿着红色毛衣", "小熊玩偶，穿红毛衣", "a bear in a red jumper", key=True)]))
    elif sub == "快递包裹":
        co = ch(["溪鹭速运", "八方快递", "云岭快运"])
        pre = {"溪鹭速运": "XL", "八方快递": "BF", "云岭快运": "YL"}[co]
        o["serial"] = dict(kind="tracking", value=new_code(pre, 12), co=co)
        o["o_serial"], o["f_serial"] = 0.75, 0.8
        cont = ch([("一双鞋", "鞋盒"), ("衣服", "衣物类"), ("手机配件", "小件"), ("茶具", "易碎品"), ("药品", "药品")])
        o["marks"].append(mark("收件人是我，%s" % nm, "收件人：%s" % (nm[0] + "*" + nm[-1] if len(nm) > 2 else nm[0] + "*"), None, key=True))
        o["marks"].append(mark("里面是%s" % cont[0], "面单品名：%s" % cont[1], None, key=True))
        o["marks"].append(mark("%s的件" % co, "%s面单" % co, None))
    o["state_f"] = ["", "已登记保管", "有雨淋痕迹"]
    return o


BUILDERS = {"phone": build_phone, "id_doc": build_id, "wallet": build_wallet, "keys": build_keys,
            "ebike": build_ebike, "bicycle": build_bicycle, "bag": build_bag, "cash": build_cash,
            "jewelry": build_jewelry, "electronics": build_elec, "other": build_other}


def build(cat, person, scene, force=None):
    o = BUILDERS[cat](person, scene, dict(force or {}))
    o["owner"] = person
    return o


# ================================================================================================
# loss windows and how people say them
# ================================================================================================
def floor10(dt):
    return dt - datetime.timedelta(minutes=dt.minute % 10)


def ceil10(dt):
    r = dt.minute % 10
    return dt if r == 0 else dt + datetime.timedelta(minutes=10 - r)


def make_window(loss, wtype, scene=None):
    latest = NOW
    if wtype == "precise":
        a = floor10(plus(loss, -R.randrange(10, 90)))
        b = ceil10(plus(loss, R.randrange(10, 120)))
    elif wtype == "part":
        s, e, _ = part_of(loss)
        a = at((loss.date() - NOW.date()).days, s)
        b = at((loss.date() - NOW.date()).days, e - 1, 59)
    elif wtype == "day":
        d = (loss.date() - NOW.date()).days
        a, b = at(d, 0), at(d, 23, 59)
    elif wtype == "event":
        d = (loss.date() - NOW.date()).days
        h0, h1 = SCENES[scene]["hours"]
        a, b = at(d, min(h0, loss.hour)), at(d, max(h1, loss.hour), 59)
    elif wtype == "since":
        a = floor10(plus(loss, -R.randrange(20, 300)))
        b = ceil10(plus(loss, R.randrange(20, 600)))
    else:  # multi
        k = R.randrange(0, 3)
        d = (loss.date() - NOW.date()).days - k
        a = at(d, ch([7, 8, 9, 12]))
        if a > loss:
            a = floor10(plus(loss, -60))
        b = ceil10(plus(loss, R.randrange(180, 2160)))
    if b > latest:
        b = latest
    if b < loss:
        b = loss
    return a, b


def window_text(a, b, wtype, style="plain", event=None):
    same = a.date() == b.date()
    if style == "en":
        if wtype in ("precise", "since") and same:
            return ch(["%s between %s and %s" % (on_day(a), en_clock(a), en_clock(b)),
                       "%s, roughly %s to %s" % (on_day(a), en_clock(a), en_clock(b))])
        if wtype == "part":
            return en_part(a)
        if same:
            return on_day(a)
        return "sometime between %s and %s" % (en_day(a), en_day(b))
    dw = (lambda d: day_word(d, "hakka")) if style == "hakka" else (lambda d: day_word(d))
    cn = style in ("hakka", "elder")
    if wtype == "precise":
        if same:
            pa, pb = part_of(a)[2], part_of(b)[2]
            if chance(0.35) and style not in ("hakka", "elder"):
                return "%s %s-%s" % (md(a), clock24(a), clock24(b))
            return "%s%s%s到%s%s" % (dw(a), pa, clock(a, cn), pb if pb != pa else "", clock(b, cn)) + ch(["之间", "", "左右"])
        return "%s%s%s到%s%s%s之间" % (dw(a), part_of(a)[2], clock(a, cn), dw(b), part_of(b)[2], clock(b, cn))
    if wtype == "part":
        return dw(a) + part_of(a)[2]
    if wtype == "day":
        return dw(a) + ch(["", "那天", "一天"])
    if wtype == "event":
        ev = ch(EVENT_NAME.get(event, ["活动"]))
        return ch(["%s%s那天" % (md(a), ev), "%s那天（%s）" % (ev, md(a)), "%s%s的时候" % (dw(a), ev)])
    if wtype == "since":
        if same:
            return "%s%s%s到%s%s之间" % (dw(a), part_of(a)[2], clock(a, cn), part_of(b)[2], clock(b, cn))
        return "%s%s%s到%s%s%s之间" % (dw(a), part_of(a)[2], clock(a, cn), dw(b), part_of(b)[2], clock(b, cn))
    if same:
        return dw(a) + ch(["", "那天"])
    return ch(["%s到%s之间" % (md(a), md(b)), "%s至%s" % (md(a, "日"), md(b, "日")), "这几天（%s到%s）" % (md(a), md(b))])


def since_clause(a, b, style="plain"):
    same = a.date() == b.date()
    cn = style == "hakka"
    tb = ("" if same else day_word(b, "hakka" if cn else "mixed")) + part_of(b)[2] + clock(b, cn)
    ta = part_of(a)[2] + clock(a, cn)
    if style == "hakka":
        return ch(["佢讲%s还在，%s正发现冇了。" % (ta, tb), "%s还看到，%s就冇了。" % (ta, tb)])
    if style == "en":
        return "I last had it at %s and noticed it was gone at %s." % (en_clock(a), en_clock(b))
    return ch(["%s还在，%s发现不见了。" % (ta, tb), "最后一次看到是%s，%s才发现没了。" % (ta, tb),
               "%s的时候还用过，到%s就找不到了。" % (ta, tb)])


def police_time(dt):
    if chance(0.5):
        return "%d月%d日%d时%d分许" % (dt.month, dt.day, dt.hour, dt.minute)
    return "%d月%d日%d时许" % (dt.month, dt.day, dt.hour)


def casual_time(dt, hakka=False):
    return (day_word(dt, "hakka") if hakka else day_word(dt)) + part_of(dt)[2] + clock(dt, cn=hakka)


# ================================================================================================
# the owner's registration
# ================================================================================================
FILL = {"merchant": 0.8, "tourist": 0.6, "local": 0.55, "migrant": 0.5, "elder": 0.25, "hurried": 0.12,
        "student": 0.45, "teacher": 0.7, "parent": 0.6, "tw": 0.55, "my": 0.5, "foreigner": 0.6, "guest": 0.5,
        "courier_o": 0.6}

PURPOSE = {
    "station": ["坐高铁", "等车", "接人", "送人坐车"], "shuttle": ["坐接驳车", "坐大巴进城"],
    "night_market": ["逛夜市", "吃宵夜", "吃东西"], "school": ["开运动会", "看运动会", "比赛"],
    "tea_fair": ["逛茶博会", "看斗茶", "买茶"], "tea_garden": ["采茶", "体验采茶", "帮人摘茶"],
    "tulou": ["参观土楼", "看土楼", "拍照"], "homestay": ["住宿", "住民宿"], "rafting": ["漂流", "玩漂流"],
    "wedding": ["吃喜酒", "喝喜酒"], "sorting": ["上班", "上夜班", "取快递"], "qingming": ["扫墓", "挂纸", "拜祖"],
    "ebike_theft": ["办事", "买东西"],
}
PURPOSE_HAKKA = {
    "station": ["送孙子坐车", "等车"], "shuttle": ["坐大巴转来"], "night_market": ["行夜市", "食宵夜"],
    "tea_fair": ["卖茶", "看茶博会"], "tea_garden": ["摘茶", "帮人摘茶"], "wedding": ["食喜酒", "食酒"],
    "qingming": ["挂纸", "拜山"], "town": ["买菜", "赴圩"], "ebike_theft": ["买菜", "看病"],
}
TOWN_PURPOSE = {"market": "买菜", "hospital": "看病", "square": "跳广场舞", "supermarket": "买东西", "riverside": "散步",
                "depot": "等车", "school_gate": "接小孩", "night_market": "逛夜市"}
PLEA = ["有捡到的请联系我，必有重谢。", "麻烦帮忙留意，谢谢！", "里面的东西对我很重要，拜托了。", "如有拾到请交派出所，感谢！",
        "急！！", "谢谢好心人。", "", "有消息请打电话给我。"]
ELDER_PLEA = ["拜托帮忙寻一下。", "那系佢老伴留个，好要紧。", "冇几多钱，但系东西要紧。", "寻到打电话畀佢孙子。",
              "麻烦你们了。", "佢讲唔好意思麻烦大家。"]
LOST_PRE = ["丢了", "掉了", "弄丢了", "遗失了", "落下了"]
LOST_POST = ["丢了", "不见了", "找不到了", "弄丢了", "掉了"]


def owner_place_name(pid, scene, english=False):
    P = PLACES[pid]
    if english:
        return ch(P["en"])
    n = ch(P["o"])
    if scene == "ebike_theft":
        return n + ch(["门口", "旁边", "门口停车的地方", ""])
    return n


def what_phrase(o, use_c, use_b, use_m, english=False, style="plain"):
    c = cword(o["color"], english) if (use_c and o["cat"] != "id_doc") else ""
    b = bword(o["brand"], english) if use_b else ""
    m = o["model"] if (use_m and o["model"]) else ""
    if english:
        n = ch(o["noun_en"])
        parts = " ".join(x for x in (c, b, m, n) if x)
        return ch(["my ", "a ", "my "]) + parts
    n = ch(o["noun_o"])
    mw = o["mw"]
    if style == "hakka":
        s = "%s%s个%s" % (c, b, n) if (c or b) else n
        return ch(["一" + mw, "个", ""]) + s
    if style == "simple":
        return "一%s%s%s%s%s" % (mw, c, b, m, n)
    if use_m and m and chance(0.5):
        return "一%s%s%s%s（%s）" % (mw, c + ("的" if c and chance(0.3) else ""), b, n, m)
    if c and b and chance(0.4):
        return "%s%s一%s，%s的" % (b, n, mw, c)
    return "一%s%s%s%s%s" % (mw, c, "的" if c and not b and chance(0.4) else "", b, n) + (m and (" " + m) or "")


def owner_marks(o):
    return [m for m in o["marks"] if m["o"]]


def render_lost(o, L):
    """L: dict(voice, person, scene, pid, loss, a, b, wtype, event, pair)"""
    voice, person, scene, pid = L["voice"], o["owner"], L["scene"], L["pid"]
    english = voice == "foreigner"
    fill = FILL.get(voice, 0.5)
    rec = {}
    use_c = o["color"] is not None and chance(0.85)
    use_b = o["brand"] is not None and chance(0.75 if voice != "elder" else 0.35)
    use_m = o["model"] is not None and chance(0.35 if voice not in ("elder", "hurried") else 0.05)
    # which of the owner's own details come out
    om = owner_marks(o)
    if english:
        om = [m for m in om if m["en"]]
    nmax = 1 if voice == "hurried" else (2 if voice == "elder" else 4)
    keyed = [m for m in om if m["key"] or m["tag"]]
    other = [m for m in om if not (m["key"] or m["tag"])]
    chosen = sample(keyed, R.randrange(1 if keyed else 0, min(len(keyed), nmax) + 1)) if keyed else []
    chosen += sample(other, R.randrange(0, 2))
    if voice != "hurried":
        for m in om:  # twin items: the name / amount that tells them apart is always said
            if m["tag"] and m not in chosen:
                chosen.append(m)
    chosen = [m for m in om if m in chosen]  # keep builder order
    rec["said_marks"] = chosen
    knows_serial = o["serial"] is not None and chance(o["o_serial"])
    ser_field = knows_serial and chance(0.7)
    ser_body = knows_serial and (not ser_field or chance(0.4))
    rec["states_serial"] = knows_serial
    # ---- body
    def mtext(m):
        return m["en"] if english else m["o"]
    details = [mtext(m) for m in chosen if not (voice == "hurried")]
    if english:
        inside = [d[len("inside: "):] for d in details if d.startswith("inside: ")]
        rest = [d for d in details if not d.startswith("inside: ")]
        dtext = ("Details: " + "; ".join(rest) + ".") if rest else ""
        if inside:
            dtext += (" " if dtext else "") + "It contains " + (", ".join(inside[:-1]) + " and " + inside[-1] if len(inside) > 1 else inside[0]) + "."
    else:
        dtext = "，".join(details) + ("。" if details else "")
    if ser_body and not english and o["serial"]["value"][-4:] in dtext:
        ser_body = False
    stext = serial_said(o["serial"], "o", english) + ("。" if not english else " ") if ser_body else ""
    style = "hakka" if voice == "elder" else ("en" if english else "plain")
    when = window_text(L["a"], L["b"], L["wtype"], style, L.get("event"))
    where = owner_place_name(pid, scene, english)
    if english:
        where = ("on " if pid in ("shuttle", "raft_mid") else "at ") + where
    vehicle = o["cat"] in ("ebike", "bicycle")
    what = what_phrase(o, use_c, use_b, use_m, english, "hakka" if voice == "elder" else ("simple" if vehicle else "plain"))
    if L["wtype"] == "since" and voice != "hurried":
        sc = since_clause(L["a"], L["b"], style)
        if english:
            dtext = (dtext + " " + sc).strip()
        else:
            dtext = dtext + sc
    if scene == "town":
        purpose = TOWN_PURPOSE.get(pid, "办事")
    elif voice == "elder":
        purpose = ch(PURPOSE_HAKKA.get(scene, ["做事"]))
    else:
        purpose = ch(PURPOSE.get(scene, ["办事"]))
    if scene == "tea_fair" and voice == "merchant":
        purpose = ch(["摆摊卖茶", "收茶", "看斗茶"])
    if scene == "sorting":
        purpose = "取快递" if 9 <= L["loss"].hour <= 18 and voice != "courier_o" else ch(["上班", "上夜班" if L["loss"].hour >= 20 or L["loss"].hour < 6 else "干活"])
    if scene == "shuttle":
        purpose = ""
        if voice == "elder":
            where = ch(["K1接驳车上", "接驳大巴上"])
    if not english and purpose and where.endswith(purpose[-2:]):
        purpose = ch(["玩", ""])
    plea = ch(PLEA)
    if english:
        stay = ch(["Xiyun guesthouse", "a hotel in town", "Banshan tea house", "the inn at Dunren tower"])
        body = ch([
            "I lost %s %s %s. %s %s Please contact me, I am staying at %s." % (what, when, where, dtext, stext, stay),
            "Left %s %s %s. %s %sThanks a lot!" % (what, where, when, dtext, stext),
            "Hello, %s went missing %s, I think %s. %s %sI leave on %s." % (what[0].upper() + what[1:], when, where, dtext,
                                                                       stext, ch(["Thursday", "Friday", "the weekend"]))])
    elif voice == "hurried":
        bits = [where, ch(LOST_PRE), what.replace("一" + o["mw"], "", 1) if chance(0.6) else what]
        if chance(0.4):
            bits.insert(0, day_word(L["a"]) + part_of(L["a"])[2])
        body = ch(["".join(bits), " ".join(bits)]) + ch(["，急", "!!", "", " 急急急", "，有捡到的联系我"])
        if ser_body:
            body += " " + stext.rstrip("。")
        body = typo(body)
    elif voice == "elder":
        village = ch(["上坪村", "坑尾村", "云顶村", "岭背村", "坪头村", "河背街"])
        title = "阿公" if person["male"] else "阿婆"
        age = NOW.year - person["birth"].year
        tail = ch(ELDER_PLEA)
        d3 = dtext.replace("我奶奶", "佢奶奶").replace("我", "佢")
        if vehicle:
            body = "（%s口述，民警代录）%s%s把车停在%s，出来就冇见了。系%s。%s%s%s" % (
                title, when, "佢", where, what.lstrip("一个"), d3, stext, tail)
        else:
            body = ch([
                "（%s口述，民警代录）%s佢%s%s%s，转屋下正发现%s冇见了。%s%s%s讲%s" % (title, when, "在" if scene == "shuttle" else "去",
                                                                  where, purpose, what, d3, stext, title, tail),
                "𠊎系%s个%s，%s岁了，%s在%s%s，%s唔知跌在哪里，冇见了㖡。%s%s%s" % (village, title, age, when, where, purpose, what, dtext, stext, tail),
                "我%s%s在%s%s，%s冇了，佢讲系%s%s%s麻烦帮忙留意。" % (ch(["阿婆", "阿公", "阿嬷"]), when, where, purpose, what,
                                                      ch(["自家带去个", "早上还在个"]), "。" + d3 if d3 else "。", stext),
            ])
    elif voice == "tw":
        body = ch([
            "您好，我是從台灣來的遊客，%s在%s%s時%s%s。%s%s%s" % (when, where, purpose, ch(LOST_PRE), what, dtext, stext,
                                                     ch(["麻煩幫忙留意，謝謝！", "我們後天的飛機，拜託了。", "感恩！"])),
            "%s在%s遺失%s，%s%s如有拾獲請通知，謝謝。" % (when, where, what, dtext, stext)])
        body = trad(body.replace("钱包", "皮夹"))
    elif voice == "my":
        en = ch(o["noun_en"])
        body = ch([
            "我们是马来西亚来的，%s在%s%s，%s（%s）不见了。%s%s%s" % (when, where, purpose, what, en, dtext, stext,
                                                       ch(["我们%s就要回去了，拜托！" % ch(["后天", "星期五", "过两天"]), "谢谢你们帮忙。"])),
            "Hello，我%s在%s丢了%s，%s%s麻烦你们了，thank you！" % (when, where, what, dtext, stext)])
        body = trad(body.replace("钱包", "銀包"), 0.5)
    elif voice == "merchant":
        origin = ch(["本地", "外地", "坪头村", "云顶村", "广东过来的"])
        body = "本人系%s茶商%s，%s在%s%s时遗失%s。%s%s%s" % (origin, person["name"], when, where, purpose, what, dtext, stext,
                                                  ch(["内有重要单据，望拾到者联系，必有酬谢。", "必有酬谢。", "请尽快联系，生意上急用。"]))
    elif voice == "student":
        if scene == "school":
            body = "我是汀溪中学%s（%d）班的%s，%s在%s把%s弄丢了。%s%s%s" % (
                person.get("grade", "初二"), person.get("klass", 3), person["name"], when, where, what, dtext, stext,
                ch(["捡到的同学请交给政教处，谢谢！", "拜托了，不然会被我妈骂。", "谢谢帮忙！"]))
        else:
            body = "我是学生，%s和同学去%s%s，%s%s。%s%s%s" % (when, where, purpose, what, ch(LOST_POST), dtext, stext, plea)
    elif voice == "teacher":
        subj = ch(["语文", "数学", "体育", "英语", "物理", "历史"])
        if vehicle:
            body = "本人系汀溪中学%s老师，%s把%s停在%s，回来就不见了。%s%s%s" % (subj, when, what, where, dtext, stext, plea)
        else:
            body = "本人系汀溪中学%s老师，%s在%s%s%s。%s%s%s" % (subj, when, where, ch(LOST_PRE), what, dtext, stext, plea)
    elif voice == "parent":
        kid = "儿子" if person["male"] else "女儿"
        body = "我%s%s在汀溪中学读%s，%s在%s把%s弄丢了。%s%s%s" % (kid, person["name"], person.get("grade", "初二"), when,
                                                       where, what, dtext, stext, ch(["请老师和同学帮忙找找。", plea]))
    elif voice == "migrant":
        if vehicle:
            body = "清明回来，%s把%s停在%s，%s回来就没了。%s%s%s" % (when, what, where, ch(["办完事", "吃完饭", "一个钟头后"]),
                                                      dtext, stext, plea)
        else:
            body = ch([
                "我在外面打工，清明回来%s，%s在%s%s%s。%s%s%s%s" % (ch(["挂纸", "扫墓", "探亲"]), when, where, ch(LOST_PRE), what,
                                                       dtext, stext, plea, ch(["后天就要回厂里了。", "过两天要走，拜托尽快。", ""])),
                "回家过清明，%s在%s%s，%s%s。%s%s%s" % (when, where, purpose, what, ch(LOST_POST), dtext, stext, plea)])
    elif voice == "guest":
        couple = ch(SURNAMES) + "家"
        body = "%s去%s%s（%s办喜事），%s%s。%s%s%s" % (when, where, purpose, couple, what, ch(LOST_POST), dtext, stext, plea)
    elif voice == "courier_o":
        if o["sub"] == "快递包裹":
            co = o["serial"]["co"] if o["serial"] else "快递"
            body = "我的%s物流显示%s到了汀溪物流园，之后一直冇派送，%s说件丢了。%s%s%s" % (
                co + "包裹", when, co, dtext, stext, ch(["请帮忙查找。", "里面东西比较急用。"]))
        else:
            body = "本人系物流园分拣员，%s上班时在%s%s%s。%s%s%s" % (when, where, ch(LOST_PRE), what, dtext, stext, plea)
    else:  # local, tourist
        if vehicle:
            body = ch(["%s把%s停在%s，%s出来就不见了。%s%s%s" % (when, what, where, ch(["买完菜", "办完事", "十几分钟后", ""]),
                                                       dtext, stext, plea),
                       "%s停在%s的%s被偷了。%s%s%s" % (when, where, what.lstrip("一辆"), dtext, stext, plea)])
        elif o["sub"] == "快递包裹":
            co = o["serial"]["co"]
            body = "我在%s寄到汀溪的件，物流显示%s到了物流园分拣中心，之后就没有动静了，客服说可能在分拣时丢了。%s%s%s" % (
                co, when, dtext, stext, plea)
        elif voice == "tourist":
            body = ch([
                "外地游客，%s在%s%s时%s%s。%s%s%s" % (when, where, purpose, ch(LOST_PRE), what, dtext, stext, plea),
                "我们一家来汀溪玩，%s在%s%s，回到%s发现%s不见了。%s%s%s" % (when, where, purpose, ch(["酒店", "民宿", "车上"]), what,
                                                           dtext, stext, plea),
                "%s在%s%s，%s落在那里了。%s%s%s明天就要走了，麻烦尽快联系。" % (when, where, purpose, what, dtext, stext, plea)])
        else:
            body = ch([
                "%s在%s%s，%s%s。%s%s%s" % (when, where, purpose, ch(LOST_PRE), what, dtext, stext, plea),
                "本人%s，%s在%s附近不慎遗失%s。%s%s%s" % (person["name"], when, where, what, dtext, stext, plea),
                "%s%s，%s在%s%s的时候还在。%s%s%s" % (what, ch(LOST_POST), when, where, purpose, dtext, stext, plea),
                "%s，%s，%s找不到了。%s%s%s" % (when, where, what, dtext, stext, plea)])
    body = body.replace("。。", "。").replace("，。", "。").replace("的的", "的")
    body = " ".join(body.split()) if english else body.replace("  ", " ").strip()
    rec["body"] = body[:600]
    # ---- fields
    if use_c and chance(fill + 0.15) and (o["cat"] != "id_doc" or any("卡套" in (m["o"] or "") or "sleeve" in (m["en"] or "")
                                                                    for m in chosen)):
        rec["color"] = cword(o["color"], english)
    if o["brand"] and chance(fill):
        rec["brand"] = bword(o["brand"], english) if voice not in ("tw",) else trad(bword(o["brand"]))
    if o["model"] and chance(fill * 0.6):
        rec["model"] = o["model"] if chance(0.6) else o["model"].replace(" ", "").lower()
    if ser_field:
        rec["serial"] = serial_forms(o["serial"], "o", english)
    if chosen and chance(fill):
        mm = [mtext(m) for m in chosen]
        if not english and voice == "tw":
            mm = [trad(x) for x in mm]
        rec["marks"] = ("; " if english else "；").join(mm)[:500]
    if chance(fill + 0.2):
        rec["address"] = owner_place_name(pid, scene, english)[:60]
    if chance(fill) and pid != "shuttle":
        P = PLACES[pid]
        rec["lat"], rec["lon"] = round(P["lat"] + (R.random() - 0.5) * 0.004, 5), round(P["lon"] + (R.random() - 0.5) * 0.004, 5)
    elif pid == "shuttle" and chance(fill * 0.5):
        P = PLACES["station_plaza"]
        rec["lat"], rec["lon"] = round(P["lat"] + (R.random() - 0.5) * 0.002, 5), round(P["lon"] + (R.random() - 0.5) * 0.002, 5)
    return rec


# ================================================================================================
# the finder's registration
# ================================================================================================
FINDERS_AT = {
    "station": ["security", "cleaner", "police"], "station_plaza": ["taxi", "security", "police"], "depot": ["bus_driver"],
    "shuttle": ["bus_driver"], "night_market": ["vendor", "vendor", "police", "sanitation", "passerby"],
    "bridge": ["sanitation", "passerby", "police"], "riverside": ["sanitation", "passerby", "police"],
    "school": ["teacher", "student_f"], "school_gate": ["guard", "passerby"],
    "tea_fair": ["fair_staff", "merchant_f", "police"], "tea_garden_yd": ["farmer", "farmer", "homestay"],
    "tea_garden_pt": ["farmer"], "village_yd": ["villager"], "tulou_qh": ["villager", "guide", "homestay"],
    "tulou_dr": ["villager", "guide"], "tulou_ry": ["villager", "guide"], "tulou_vc": ["scenic_staff"],
    "homestay_xy": ["homestay"], "homestay_bs": ["homestay"], "homestay_ll": ["homestay"],
    "raft_start": ["raft_staff"], "raft_mid": ["raft_guide"], "raft_end": ["raft_guide", "raft_staff", "villager"],
    "wedding": ["banquet_staff", "host_family"], "sorting": ["sorter"], "bypass": ["courier", "passerby", "sanitation"],
    "market": ["shop_staff", "police", "passerby"], "hospital": ["hosp_guard", "police"],
    "square": ["sanitation", "passerby", "police"], "supermarket": ["shop_staff"], "ancestral": ["caretaker"],
    "hill_tomb": ["villager"], "xinan": ["police", "passerby"], "fengkou": ["police", "villager"],
    "shuangxi": ["police", "passerby"], "baishi": ["police", "villager"],
}
HOMESTAY_NAME = {"homestay_xy": "溪云民宿", "homestay_bs": "半山茶舍", "homestay_ll": "楼里人家客栈",
                 "tea_garden_yd": "半山茶舍", "tulou_qh": "溪云民宿"}


def found_delay(kind, loss, scene):
    d = (loss.date() - NOW.date()).days
    if kind == "bus_driver":
        t = at(d, 21, R.randrange(0, 50)) if loss.hour < 20 else plus(loss, R.randrange(20, 90))
    elif kind == "sanitation":
        t = at(d + 1, ch([5, 6, 6, 7]), R.randrange(0, 59)) if loss.hour >= 17 else plus(loss, R.randrange(60, 300))
    elif kind == "teacher":
        t = at(d, 17, R.randrange(0, 50)) if loss.hour < 16 else plus(loss, R.randrange(30, 90))
    elif kind == "fair_staff":
        t = at(d, 18, R.randrange(0, 40)) if loss.hour < 17 else plus(loss, R.randrange(30, 60))
    elif kind in ("banquet_staff", "host_family"):
        t = plus(loss, R.randrange(30, 150))
    elif kind in ("farmer", "villager", "caretaker"):
        t = plus(loss, R.randrange(60, 2880))
    elif kind == "homestay":
        t = at(d + 1, ch([10, 11, 12]), R.randrange(0, 59)) if scene == "homestay" else plus(loss, R.randrange(60, 600))
    elif kind == "sorter":
        t = plus(loss, R.randrange(10, 600))
    elif kind == "courier":
        t = plus(loss, R.randrange(30, 1440))
    elif kind == "raft_guide":
        t = plus(loss, R.randrange(20, 240))
    else:
        t = plus(loss, R.randrange(5, 150))
    if t < loss:
        t = plus(loss, 5)
    if t > plus(NOW, -10):
        room = int((NOW - loss).total_seconds() // 60) - 10
        t = plus(loss, R.randrange(1, max(2, room)))
    return t


def finder_what(o, use_c, use_b, use_m, color_word):
    n = ch(o["noun_f"])
    c = color_word if (use_c and (o["cat"] != "id_doc" or o.get("alt_cat"))) else ""
    b = bword(o["brand"]) if use_b else ""
    m = o["model"] if use_m else ""
    mw = o.get("mw_f", o["mw"])
    b = b + m
    return ch(["%s%s%s一%s" % (c, b, n, mw), "%s一%s（%s%s）" % (n, mw, c + ("，" if c and b else ""), b) if (c or b) else n + "一" + mw,
               "一%s%s%s%s" % (mw, c, "的" if c and not c.endswith("的") else "", b + n)])


def render_found(o, F):
    """F: dict(kind, pid, spot, found, scene, noise)"""
    kind, pid, dt = F["kind"], F["pid"], F["found"]
    P = PLACES[pid]
    spot = F["spot"]
    rec = {}
    color_c = o["color"]
    if color_c and F.get("noise") and chance(0.05) and color_c in COLOR_NEIGHBOUR:
        color_c = COLOR_NEIGHBOUR[color_c]
    cw = cword(color_c) if color_c else ""
    use_c = bool(color_c) and chance(0.9)
    use_b = bool(o["brand"]) and o["brand_vis"] and chance(0.8)
    use_m = bool(o["model"]) and o["model_vis"] and chance(0.5)
    fm = [m for m in o["marks"] if m["f"] and m["vis"] in ("visible", "inside")]
    keyed = [m for m in fm if m["key"] or m["tag"]]
    rest = [m for m in fm if not (m["key"] or m["tag"])]
    chosen = sample(keyed, R.randrange(1 if keyed else 0, len(keyed) + 1)) if keyed else []
    chosen += sample(rest, R.randrange(0, len(rest) + 1))
    for m in fm:
        if m["tag"] and m not in chosen:
            chosen.append(m)
    chosen = [m for m in fm if m in chosen]
    rec["said_marks"] = chosen
    sees = o["serial"] is not None and chance(F.get("serial_p", o["f_serial"]))
    ser_field = sees and chance(0.75)
    ser_body = sees and (not ser_field or chance(0.45))
    what = finder_what(o, use_c, use_b, use_m, cw)
    dtext = "，".join(m["f"] for m in chosen)
    stext = serial_said(o["serial"], "f") if ser_body else ""
    state = ch(o["state_f"]) if o["state_f"] else ""
    details = "，".join(x for x in (dtext, stext, state) if x)
    details = details + "。" if details else ""
    fname = finder_name(kind)
    base = ch(P.get("fb", P["o"][:1]))
    if kind == "bus_driver":
        place_txt = spot
        base = ch(["县城公交总站", "公交总站"]) if pid == "depot" else "高铁站接驳车上车点"
    else:
        place_txt = base + spot
    pt = police_time(dt)
    ct = casual_time(dt)
    hk = casual_time(dt, hakka=True)
    hs = HOMESTAY_NAME.get(pid, "民宿")
    T = {
        "police": ["%s，民警巡逻至%s时发现%s，%s现暂存所内待领。" % (pt, place_txt, what, details),
                   "%s，群众%s在%s拾得%s交至我所。%s" % (pt, fname, place_txt, what, details),
                   "%s接群众报称%s有%s无人看管，民警到场取回。%s" % (pt, place_txt, what, details)],
        "security": ["高铁站安检员%s%s在%s捡到%s。%s已移交车站警务室。" % (fname, ct, place_txt, what, details),
                     "车站工作人员交来：%s于%s发现%s，%s" % (pt, place_txt, what, details)],
        "cleaner": ["保洁员%s%s打扫%s时发现%s，%s" % (fname, ct, place_txt, what, details)],
        "taxi": ["出租车司机%s称%s在%s载客后发现后排有%s，%s乘客已下车联系不上。" % (fname, ct, place_txt, what, details)],
        "bus_driver": ["K1接驳车司机%s%s收车清车时在%s发现%s，%s车当天往返高铁站好几趟，不知系哪趟乘客落下的。" % (fname, ct, spot, what, details),
                       "公交总站调度交来：%s，在%s发现%s，%s" % (pt, spot, what, details)],
        "vendor": ["夜市摊主%s%s收摊时在%s捡到%s，%s" % (fname, ct, place_txt, what, details),
                   "%s摊主交来%s，称%s有客人落下，%s" % (place_txt, what, ct, details)],
        "sanitation": ["环卫工%s%s清扫%s时在地上拾得%s，%s" % (fname, ct, place_txt, what, details)],
        "passerby": ["市民%s交来：%s在%s捡到%s，%s" % (fname, ct, place_txt, what, details),
                     "路过群众%s在%s拾到%s，%s送来派出所。%s" % (fname, place_txt, what, pt, details)],
        "teacher": ["汀溪中学%s老师%s交来：%s运动会结束后在%s拾得%s，%s" % (ch(["体育", "语文", "数学"]), fname, ct, place_txt, what, details)],
        "student_f": ["学生%s在%s捡到%s，%s交到学校政教处，政教处转交。%s" % (fname, place_txt, what, ct, details)],
        "guard": ["学校门卫%s%s在%s发现%s，%s" % (fname, ct, place_txt, what, details)],
        "fair_staff": ["茶博会工作人员%s：%s闭馆清场时在%s发现%s，%s" % (fname, ct, place_txt, what, details),
                       "春茶节组委会交来%s，%s于%s拾得。%s" % (what, pt, place_txt, details)],
        "merchant_f": ["参展茶商%s%s在%s捡到%s，%s" % (fname, ct, place_txt, what, details)],
        "farmer": ["%s阿公%s摘茶时在%s捡到%s，佢讲%s看到个。%s" % ("坪头村" if pid == "tea_garden_pt" else "云顶村", fname, place_txt, what, hk, details),
                   "茶农%s%s在%s拾得%s，%s" % (fname, ct, place_txt, what, details)],
        "homestay": (["%s老板%s交来：%s打扫%s时发现%s，系客人落下的，客人冇留电话。%s" % (hs, fname, ct, spot, what, details),
                      "%s老板娘送来%s，%s在%s发现。%s" % (hs, what, ct, place_txt, details)] if pid.startswith("homestay") else
                     ["%s老板%s%s在%s捡到%s，%s" % (hs, fname, ct, place_txt, what, details),
                      "%s老板娘%s路过%s时捡到%s，%s" % (hs, ct, place_txt, what, details)]),
        "villager": ["村民%s%s在%s捡到%s，%s" % (fname, ct, place_txt, what, details),
                     "一位阿婆在%s捡到%s，佢孙子帮佢送来，%s捡个。%s" % (place_txt, what, hk, details)],
        "guide": ["土楼讲解员%s%s带团经过%s时发现%s，%s" % (fname, ct, place_txt, what, details)],
        "scenic_staff": ["景区工作人员%s%s在%s拾得%s，已交游客中心。%s" % (fname, ct, place_txt, what, details)],
        "raft_guide": ["漂流艇工%s%s在%s清点皮筏时发现%s，%s" % (fname, ct, place_txt, what, details)],
        "raft_staff": ["漂流景区工作人员%s%s在%s拾得%s，%s" % (fname, ct, place_txt, what, details)],
        "banquet_staff": ["鸿禧酒楼服务员%s婚宴散场后在%s发现%s，%s交到前台。%s" % (fname, place_txt, what, ct, details)],
        "host_family": ["办喜事的%s家交来：%s喜宴结束后在%s捡到%s，%s" % (ch(SURNAMES), ct, place_txt, what, details)],
        "sorter": ["物流园分拣员%s%s在%s发现%s，%s" % (fname, ct, place_txt, what, details)],
        "courier": ["%s快递员%s%s送件途中在%s捡到%s，%s" % (ch(["溪鹭速运", "八方快递", "云岭快运"]), fname, ct, place_txt, what, details)],
        "caretaker": ["祠堂看管人%s%s在%s捡到%s，%s" % (fname, ct, place_txt, what, details)],
        "shop_staff": ["店员%s%s在%s捡到%s，%s" % (fname, ct, place_txt, what, details)],
        "hosp_guard": ["医院保安%s%s在%s拾得%s，%s" % (fname, ct, place_txt, what, details)],
    }[kind]
    if o["cat"] in ("ebike", "bicycle") and kind not in ("bus_driver",):
        stood = ch(["停放多日无人认领", "停了好几天"]) if F.get("long") else ch(["停在路边无人看管", "歪倒在路边"])
        T = ["%s，民警巡逻至%s时发现%s%s，%s现暂存所内待领。" % (pt, place_txt, what, stood, details),
             "%s，群众%s报称%s有%s%s，民警到场查看后拖回所里。%s" % (pt, fname, place_txt, what, stood, details),
             "%s%s反映%s有%s%s，%s民警已拖回保管。" % (ch(["村民", "市民", "附近商户"]), fname, place_txt, what, stood, details)]
    body = ch(T).replace("。。", "。").replace("，。", "。").replace("，，", "，").strip()
    rec["body"] = body[:600]
    fill = 0.65
    if use_c and chance(0.85) and (o["cat"] != "id_doc" or o.get("alt_cat") or any("卡套" in m["f"] for m in chosen)):
        rec["color"] = cw
    if use_b and chance(fill):
        rec["brand"] = bword(o["brand"])
    if use_m and chance(0.6):
        rec["model"] = o["model"]
    if ser_field:
        rec["serial"] = serial_forms(o["serial"], "f")
    if chosen and chance(fill):
        rec["marks"] = "；".join(m["f"] for m in chosen)[:500]
    if chance(0.85):
        rec["address"] = (base + spot)[:60]
    if chance(0.6):
        rec["lat"], rec["lon"] = F["lat"], F["lon"]
    return rec
