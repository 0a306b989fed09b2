# -*- coding: utf-8 -*-
"""Truth records and the two registrations written from them, for set123.

A truth record (dict T) is the object as it really is: what it is, what it looks like, what is
printed on it, what is inside, whose it is, where and when it was really lost.  The owner's
lost report and the finder's found registration are written from T separately, each knowing
only what that person would know.  All randomness comes from the one rng passed in."""

import datetime
import math

import set123_world as W


# ---------------------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------------------
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
LOCAL_REGIONS = ["231902", "231903", "231905", "231921", "231924", "231982"]
SOUTH_REGIONS = ["441327", "450923", "350618", "460105", "440891"]


def id_check(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def id_number(rng, region, year_lo, year_hi, male):
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, seq)
    return body + id_check(body)


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei(rng, brand):
    tac = {"苹果": "35", "三星": "35"}.get(brand, "86")
    body = tac + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def card_number(rng):
    return "62" + digits(rng, rng.choice([14, 17]))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def plate(rng):
    return "冰A·" + letters(rng, 1) + digits(rng, 4)


def ebike_plate(rng):
    return "冰城" + digits(rng, 6)


# ---------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------
USED_NAMES = set()   # every person in the set has a name of their own (reset by make_set123.build)


def unique(rng, make):
    while True:
        n = make()
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def cn_name(rng):
    return unique(rng, lambda: rng.choice(W.SURNAMES) + "".join(rng.choice(W.GIVEN)
                                                                for _ in range(rng.choice([1, 2, 2]))))


def person(rng, voice):
    male = rng.random() < 0.5
    p = {"voice": voice, "male": male, "hotel": None, "origin": None, "ru": None}
    if voice == "korean_elder":
        p["name"] = unique(rng, lambda: rng.choice(W.KOREAN_SURNAMES) + rng.choice(W.KOREAN_GIVEN))
        p["idno"] = id_number(rng, rng.choice(LOCAL_REGIONS), 1944, 1958, male)
    elif voice in ("russian_en", "russian_cn"):
        p["ru"] = unique(rng, lambda: rng.choice(W.RU_FIRST_M if male else W.RU_FIRST_F) + " "
                         + rng.choice(W.RU_STEM) + ("ov" if male else "ova"))
        p["name"] = p["ru"]
        p["idno"] = None
        p["passport"] = "7" + str(rng.randint(1, 6)) + " " + digits(rng, 7)
        p["hotel"] = rng.choice(W.HOTELS)
    elif voice == "south_tourist":
        p["name"] = cn_name(rng)
        p["idno"] = id_number(rng, rng.choice(SOUTH_REGIONS), 1965, 2004, male)
        p["origin"] = rng.choice(W.SOUTH_CITIES)
        p["hotel"] = rng.choice(W.HOTELS)
    elif voice == "student":
        p["name"] = cn_name(rng)
        p["idno"] = id_number(rng, rng.choice(LOCAL_REGIONS + SOUTH_REGIONS[:2]), 2003, 2007, male)
    else:
        p["name"] = cn_name(rng)
        p["idno"] = id_number(rng, rng.choice(LOCAL_REGIONS), 1960, 2001, male)
    return p


# ---------------------------------------------------------------------------------------
# phrases: each detail carries the owner's words, the finder's words and English
# ---------------------------------------------------------------------------------------
def M(o, f=None, en="", vis=True, ident=False):
    """One detail: owner's words, finder's words, English; ident marks a detail that names its owner
    or carries a number (a plate, a name tag), which a look-alike object never shares."""
    o = o if isinstance(o, list) else [o]
    if f is None:
        f = o
    f = f if isinstance(f, list) else [f]
    return {"o": o, "f": f, "en": en, "vis": vis, "ident": ident}


def pick(rng, seq, k):
    """k distinct items from seq, in a random order (seq is a list, never a set)."""
    idx = list(range(len(seq)))
    rng.shuffle(idx)
    return [seq[i] for i in idx[:k]]


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def mask_id(rng, idno):
    r = rng.random()
    if r < 0.4:
        return idno[:6] + "********" + idno[-4:]
    if r < 0.7:
        return idno[:3] + "***********" + idno[-4:]
    return idno[:10] + "****" + idno[-4:]


def card_owner(rng, num):
    return rng.choice(["尾号" + num[-4:], num[-4:], num[:4] + "****" + num[-4:], "卡号后四位" + num[-4:]])


def card_finder(rng, num):
    return rng.choice([num[:4] + "********" + num[-4:], num[:6] + "******" + num[-4:], "尾号" + num[-4:],
                       num[:4] + " **** **** " + num[-4:]])


def imei_owner(rng, v):
    r = rng.random()
    if r < 0.3:
        return v
    if r < 0.5:
        return v[:2] + " " + v[2:8] + " " + v[8:14] + " " + v[14]
    if r < 0.65:
        return " ".join([v[0:4], v[4:8], v[8:12], v[12:]])
    if r < 0.8:
        return v[:8] + "-" + v[8:14] + "-" + v[14]
    return "IMEI后六位" + v[-6:]


def imei_finder(rng, v):
    return rng.choice(["IMEI:" + v, v, "IMEI1 " + v[:8] + " " + v[8:]])


def id_owner(rng, v):
    r = rng.random()
    if r < 0.35:
        return v
    if r < 0.55:
        return v[:6] + " " + v[6:14] + " " + v[14:]
    if r < 0.8:
        return mask_id(rng, v)
    return "身份证尾号" + v[-4:]


def id_finder(rng, v):
    r = rng.random()
    if r < 0.45:
        return v
    return mask_id(rng, v)


def frame_owner(rng, v):
    r = rng.random()
    if r < 0.5:
        return v
    if r < 0.75:
        return "车架号后六位" + v[-6:]
    return v[:4] + " " + v[4:]


def frame_finder(rng, v):
    r = rng.random()
    if r < 0.6:
        return v
    if r < 0.8:
        return v.lower() if rng.random() < 0.5 else v
    return "车架号后几位" + v[-5:] + "（前面锈了看不清）"


def sn_owner(rng, v):
    return rng.choice([v, "SN " + v, "序列号" + v, "SN尾号" + v[-5:]])


def sn_finder(rng, v):
    return rng.choice([v, "SN:" + v, "S/N " + v])


def format_serial(rng, s, side):
    if s is None:
        return None
    k, v = s["kind"], s["value"]
    if k == "imei":
        return imei_owner(rng, v) if side == "o" else imei_finder(rng, v)
    if k == "idno":
        return id_owner(rng, v) if side == "o" else id_finder(rng, v)
    if k == "card":
        return card_owner(rng, v) if side == "o" else card_finder(rng, v)
    if k == "frame":
        return frame_owner(rng, v) if side == "o" else frame_finder(rng, v)
    if k == "sn":
        return sn_owner(rng, v) if side == "o" else sn_finder(rng, v)
    if k == "passport":
        return (rng.choice([v.replace(" ", ""), v, "No." + v.replace(" ", "")]) if side == "o"
                else rng.choice([v, "护照号" + v.replace(" ", "")]))
    if k == "student":
        return (rng.choice([v, "学号" + v]) if side == "o" else rng.choice([v, "学号" + v, "No." + v]))
    if k == "plate":
        return v if side == "o" or rng.random() < 0.6 else v.replace("·", "")
    return v


def with_label(s, txt):
    if txt[:1].isdigit():
        return serial_label(s) + txt
    if txt[:1].isascii() and txt[:1].isalpha() and not txt.upper().startswith(("SN", "S/N", "IMEI", "NO.")):
        return serial_label(s) + "：" + txt
    if s["kind"] == "card" and txt.startswith("尾号"):
        return "银行卡" + txt
    return txt


def serial_label(s):
    return {"imei": "IMEI", "idno": "身份证号", "card": "卡号", "frame": "车架号", "sn": "序列号",
            "passport": "护照号", "student": "学号", "plate": "车牌"}[s["kind"]]


# ---------------------------------------------------------------------------------------
# contents shared by wallets and bags
# ---------------------------------------------------------------------------------------
def content_id(rng, p):
    if p["idno"] is None:
        return M("护照", "一本俄罗斯护照（姓名" + p["ru"].upper() + "）", "my passport")
    return M(["我的身份证", "身份证（" + p["name"] + "）", "身份证"],
             ["身份证一张（姓名" + p["name"] + "）", "居民身份证一张，姓名" + p["name"]], "my ID card")


def content_cards(rng, n):
    out = []
    nums = []
    for _ in range(n):
        num = card_number(rng)
        bank = rng.choice(W.BANKS)
        nums.append(num)
        out.append(M(bank + "卡" + rng.choice(["尾号", "，尾号"]) + num[-4:],
                     bank + "银行卡一张（" + card_finder(rng, num) + "）", "a bank card ending " + num[-4:]))
    return out, nums


def content_cash(rng, amount, en_word="yuan"):
    if amount >= 500:
        approx = int(round(amount / 100.0)) * 100
    elif amount >= 100:
        approx = int(round(amount / 50.0)) * 50
    else:
        approx = int(round(amount / 10.0)) * 10 or amount
    vague = ("几十块零钱" if amount < 100 else "几百块钱现金" if amount < 1000 else "一千多块钱现金" if amount < 2000
             else "两千多块钱" if amount < 3000 else "好几千现金")
    o = rng.choice(["现金" + str(amount) + "块", "大概" + str(approx) + "块钱现金", "现金" + str(approx) + "左右", vague])
    f = rng.choice(["现金" + str(amount) + "元", "人民币" + str(amount) + "元", "现金共计" + str(amount) + "元"])
    return M(o, f, str(approx) + " " + en_word + " cash")


MISC_WALLET = [
    M("冰城通公交卡", ["冰城通公交卡一张", "公交卡一张"], "a bus card"),
    M("铜锅王的会员卡", ["炭火铜锅王VIP会员卡", "饭店会员卡一张"], "a restaurant membership card"),
    M(["夹层有我儿子的一寸照", "孩子的照片"], ["夹层内有一张男孩一寸照", "一张小孩照片"], "my son's photo"),
    M(["夹层有闺女照片"], ["一张小女孩照片"], "my daughter's photo"),
    M("一张K7291的报销凭证", ["K7291次火车票报销凭证一张", "火车票报销凭证"], "a train ticket receipt"),
    M(["几张超市小票"], ["购物小票若干"], "shop receipts"),
    M(["一个平安符"], ["红色平安符一个"], "a red charm"),
    M(["滑雪场的季卡"], ["雪鹰岭滑雪场季卡一张"], "a ski season pass"),
]

BAG_STUFF = [
    M("充电宝", ["充电宝一个", "移动电源一个"], "a power bank"),
    M(["保温杯"], ["保温杯一个"], "a thermos"),
    M(["两件换洗衣服", "换洗衣服"], ["衣物若干", "换洗衣服几件"], "spare clothes"),
    M(["一条红肠两个大列巴", "买的红肠和列巴"], ["红肠、大列巴等食品", "面包和红肠"], "sausage and bread"),
    M(["化妆包"], ["化妆包一个（内有口红等）"], "a make-up bag"),
    M(["孩子的退烧药"], ["儿童退烧药一盒"], "children's fever medicine"),
    M(["雪镜和头盔"], ["滑雪镜一副、头盔一个"], "goggles and a helmet"),
    M(["暖宝宝一大包"], ["暖贴一包"], "a pack of heat patches"),
    M(["蓝莓干和松子，带回去送人的"], ["蓝莓干、松子各一袋"], "dried blueberries and pine nuts"),
    M(["一本《林海雪原》"], ["小说一本"], "a novel"),
    M(["给孩子买的一套套娃", "套娃"], ["俄罗斯套娃一套"], "a set of matryoshka dolls"),
    M(["笔记本电脑"], ["笔记本电脑一台"], "a laptop"),
    M(["雨伞"], ["折叠伞一把"], "an umbrella"),
    M(["孩子的尿不湿和奶瓶"], ["纸尿裤若干、奶瓶一个"], "nappies and a bottle"),
    M(["工作证"], ["工作证一张"], "my work pass"),
]


# ---------------------------------------------------------------------------------------
# truth builders, one per subtype
# ---------------------------------------------------------------------------------------
def base(T, cat_o, cat_f, noun_o, noun_f, noun_en, measure):
    T.update({"cat_o": cat_o, "cat_f": cat_f, "noun_o": noun_o, "noun_f": noun_f,
              "noun_en": noun_en, "measure": measure})


def c_or(con, key, default):
    v = con.get(key)
    return default if v is None else v


def b_phone(rng, T, con):
    p = T["person"]
    if p["voice"] in ("russian_en", "russian_cn"):
        brand = c_or(con, "brand", rng.choice(["苹果", "三星", "苹果", "小米"]))
    else:
        brand = c_or(con, "brand", wpick(rng, [("华为", 4), ("苹果", 4), ("小米", 2), ("OPPO", 2), ("vivo", 2),
                                               ("荣耀", 2)]))
    base(T, "phone", "phone", ["手机", "电话", "手机"], ["手机", "手机一部", "智能手机"], "phone", "部")
    T["brand"] = brand
    T["model"] = c_or(con, "model", rng.choice(W.PHONE_MODELS[brand]))
    T["color"] = c_or(con, "color", rng.choice(W.PHONE_COLORS))
    T["serial"] = {"kind": "imei", "value": imei(rng, brand), "finder": "on"}
    cases = [M("透明手机壳", "透明软壳", "clear case"), M("黑色硅胶壳", "黑色软胶壳", "black silicone case"),
             M("粉色带兔耳朵的毛绒壳", "粉色毛绒兔耳朵手机壳", "pink fluffy bunny-ear case"),
             M("棕色皮质翻盖套", "棕色翻盖皮套", "brown leather flip cover"),
             M("套娃图案的手机壳，步行街买的", "手机壳上印着俄罗斯套娃", "matryoshka-print case"),
             M("印着冰灯图案的壳", "壳上有冰灯图案", "ice-lantern print case"),
             M("壳后面有个指环支架", "背面带金属指环扣", "a ring holder on the back"),
             M("壳里夹着一张冰城通公交卡", "手机壳夹层里有一张冰城通公交卡", "a bus card tucked in the case")]
    wear = [M("屏幕左上角碎了一块", "屏幕左上角有裂痕", "cracked top-left corner"),
            M("钢化膜裂了好几道", "贴膜有多道裂纹", "cracked screen protector"),
            M("摄像头边上磕掉一块漆", "摄像头旁边掉漆", "chipped paint by the camera"),
            M("挂着红色挂绳", "挂着一根红色挂绳", "a red lanyard"),
            M("挂了个小雪人挂件", "挂着白色小雪人挂件", "a little snowman charm"),
            M("后面贴着小熊贴纸", "背面贴了一个小熊贴纸", "a bear sticker")]
    locks = [M("锁屏是我家柯基", "锁屏图片是一只柯基犬", "lock screen is my corgi"),
             M("锁屏是我闺女照片", "锁屏是一个小女孩的照片", "lock screen is my daughter"),
             M("锁屏是冰灯夜景", "锁屏是冰灯夜景图", "lock screen is ice lanterns at night"),
             M("锁屏是我俩合影", "锁屏是一男一女合影", "lock screen is a photo of us two"),
             M("锁屏是一只橘猫", "锁屏是一只橘色的猫", "lock screen is an orange cat")]
    T["marks"] = pick(rng, cases, 1) + pick(rng, wear, rng.choice([0, 1, 1, 2]))
    T["lock"] = rng.choice(locks)
    tail = digits(rng, 4)
    T["hidden"] = pick(rng, [M("手机号尾号" + tail, en="my number ends " + tail),
                             M("里面有孩子从小到大的照片", en="all my child's photos are on it"),
                             M("微信支付宝都挂失了", en="payment apps already frozen"),
                             M("开机密码是孩子生日", en="passcode is my child's birthday"),
                             M("电不多了，估计早冻关机了", en="battery was low, it must be dead from the cold")],
                       rng.choice([0, 1, 2]))
    T["powered"] = rng.random() < 0.45


def b_bag_with_phone(rng, T, con):
    b_phone(rng, T, con)
    T["cat_f"] = "bag"
    T["noun_f"] = ["斜挎包", "小挎包"]
    T["measure_f"] = "个"
    T["bag_color"] = rng.choice(["黑", "棕", "灰"])
    T["wrap"] = M("手机装在一个小斜挎包里，包也一起丢了",
                  "小斜挎包一个，内有" + W.BRANDS[T["brand"]][1][0] + "手机一部", "it was in a small shoulder bag")


def b_id_card(rng, T, con):
    p = T["person"]
    base(T, "id_doc", "id_doc", ["身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"], "ID card", "张")
    T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
    T["printed_name"] = p["name"]
    T["color"] = con.get("color")
    T["marks"] = pick(rng, [M("装在透明卡套里", "装在透明卡套内", "in a clear sleeve"),
                            M("卡套是蓝色的", "套着蓝色卡套", "blue card sleeve"),
                            M("右下角有点磨", "卡片右下角磨损", "worn corner"),
                            M("背面贴了个小贴画", "背面有卡通贴纸", "sticker on the back"),
                            M("拴着一根红绳", "卡套上系着红绳", "a red string")], rng.choice([0, 1, 1]))
    T["hidden"] = [M("昨天刚补办的", en="just replaced")] if rng.random() < 0.1 else []


def b_driver_license(rng, T, con):
    p = T["person"]
    base(T, "id_doc", "id_doc", ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证一本"], "driving licence", "本")
    T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
    T["printed_name"] = p["name"]
    T["color"] = c_or(con, "color", rng.choice(["黑", "棕", "蓝"]))
    pl = plate(rng)
    T["marks"] = pick(rng, [M("皮套里还夹着行驶证，车牌" + pl, "皮套内夹有行驶证（号牌" + pl + "）", "with the car papers", ident=True),
                            M("皮套边开线了", "皮套边缘开线", "the cover is coming apart"),
                            M("里面夹着一张加油卡", "内夹加油卡一张", "a fuel card inside")], rng.choice([1, 1, 2]))
    T["hidden"] = []


def b_passport(rng, T, con):
    p = T["person"]
    base(T, "id_doc", "id_doc", ["护照"], ["护照", "俄罗斯护照一本"], "passport", "本")
    if p["ru"] is None:
        p["ru"] = p["name"]
    T["serial"] = {"kind": "passport", "value": p.get("passport") or ("7" + digits(rng, 1) + " " + digits(rng, 7)),
                   "finder": "always"}
    T["printed_name"] = p["ru"].upper()
    T["color"] = c_or(con, "color", "红")
    T["marks"] = pick(rng, [M("夹着酒店房卡", "内夹" + (p["hotel"] or W.HOTELS[0])["name"] + "房卡", "hotel key card inside"),
                            M("夹着入境卡", "内有入境卡一张", "arrival card inside"),
                            M("外面套着黑色护照夹", "套黑色护照夹", "black passport cover"),
                            M("里面有两张100美元", "内有美元现金200", "two 100-dollar notes inside")],
                       rng.choice([1, 2]))
    T["hidden"] = []


def b_student_card(rng, T, con):
    p = T["person"]
    school = rng.choice(["冰城理工学院", "北疆师范大学", "松澜医学院"])
    sno = str(rng.choice([2021, 2022, 2023, 2024])) + digits(rng, 6)
    base(T, "id_doc", "id_doc", ["学生证", "学生证（" + school + "）"], ["学生证", school + "学生证"], "student card", "本")
    T["serial"] = {"kind": "student", "value": sno, "finder": "always"}
    T["printed_name"] = p["name"]
    T["color"] = c_or(con, "color", rng.choice(["红", "蓝", "绿"]))
    T["school"] = school
    T["marks"] = [M(school, school, school)] + pick(rng, [
        M("里面有火车票优惠卡", "内附火车票学生优惠卡", "rail discount card"),
        M("照片是高中时候照的", "照片为证件照", "old photo"),
        M("夹着一张食堂饭卡", "夹有校园饭卡一张", "canteen card")], rng.choice([0, 1]))
    T["hidden"] = []


def b_social_card(rng, T, con):
    p = T["person"]
    bank = rng.choice(W.BANKS)
    base(T, "id_doc", "id_doc", ["社保卡", "社会保障卡", "医保卡"], ["社会保障卡", "社保卡一张"], "social security card", "张")
    T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
    T["printed_name"] = p["name"]
    T["color"] = None
    T["marks"] = [M(bank + "的", bank + "发行", bank)] + pick(rng, [
        M("卡面有划痕", "卡面多处划痕", "scratched"), M("套着卡通卡套", "套卡通卡套", "cartoon sleeve")], rng.choice([0, 1]))
    T["hidden"] = [M("上礼拜去医院刚用过", en="used it at the hospital last week")] if rng.random() < 0.3 else []


def b_bank_card(rng, T, con):
    bank = c_or(con, "brand", rng.choice(W.BANKS))
    num = card_number(rng)
    base(T, "id_doc", "id_doc", ["银行卡", "储蓄卡", "卡"], ["银行卡", "银行卡一张", "借记卡"], "bank card", "张")
    T["brand"] = bank
    T["brand_plain"] = True
    T["serial"] = {"kind": "card", "value": num, "finder": "always"}
    T["color"] = c_or(con, "color", rng.choice(["金", "蓝", "黑", "银", "红"]))
    T["marks"] = pick(rng, [M("背面签了我的名字", "背面签名栏有签名“" + T["person"]["name"] + "”", "signed on the back", ident=True),
                            M("卡角有个小缺口", "卡角有缺口", "nicked corner"),
                            M("是社保联名卡", "联名卡", "co-branded card")], rng.choice([0, 1, 1]))
    T["hidden"] = [M("已经挂失了", en="already reported the card")] if rng.random() < 0.5 else []


def b_cardholder(rng, T, con):
    p = T["person"]
    base(T, "wallet", "id_doc", ["卡包", "卡套", "小卡包"], ["身份证", "身份证及银行卡"], "card holder", "个")
    T["measure_f"] = "张"
    T["color"] = c_or(con, "color", rng.choice(["黑", "棕", "红"]))
    T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
    T["printed_name"] = p["name"]
    cards, nums = content_cards(rng, 1)
    T["contents"] = [content_id(rng, p)] + cards + pick(rng, MISC_WALLET[:2], 1)
    T["marks"] = [M("皮的，按扣的", "装在一个皮质按扣卡套里", "leather snap card holder")]
    T["hidden"] = []


def b_wallet(rng, T, con):
    p = T["person"]
    kind = con.get("wkind") or rng.choice(["long", "short", "short", "card"])
    T["wkind"] = kind
    nouns = {"long": (["长款钱包", "钱包", "长钱夹"], ["长款钱包", "钱包一个"]),
             "short": (["钱包", "短款钱包", "皮夹子", "钱夹"], ["短款钱包", "钱包一个", "皮夹"]),
             "card": (["卡包", "小钱包", "卡夹"], ["卡包一个", "小卡包"])}[kind]
    base(T, "wallet", "wallet", nouns[0], nouns[1], "wallet", "个")
    T["color"] = c_or(con, "color", rng.choice(["黑", "黑", "棕", "红", "粉", "蓝", "灰", "白"]))
    T["brand"] = c_or(con, "brand", rng.choice(["白桦", "金雁", "鹿角", None, None]))
    mat = rng.choice([M("真皮的", "皮质", "leather"), M("PU皮", "人造革", "faux leather"),
                      M("帆布的", "帆布材质", "canvas"), M("毛呢面的", "毛呢材质", "felt")])
    T["marks"] = [mat] + pick(rng, [M("拉链头掉了一个", "拉链头缺失一个", "a zip pull missing"),
                                    M("边角磨白了", "边角磨损发白", "worn corners"),
                                    M("上面挂着个小铃铛", "挂一个小铃铛", "a little bell"),
                                    M("正面有个烫金字母L", "正面有烫金字母“L”", "gold letter L")],
                                rng.choice([0, 1, 1]))
    contents = []
    T["serial"] = None
    if rng.random() < 0.5:
        contents.append(content_id(rng, p))
        if p["idno"]:
            T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
            T["printed_name"] = p["name"]
    n = rng.choice([0, 1, 1, 2, 3])
    cards, nums = content_cards(rng, n)
    contents += cards
    if T["serial"] is None and nums:
        T["serial"] = {"kind": "card", "value": nums[0], "finder": "always"}
    if rng.random() < 0.75:
        amount = rng.choice([rng.randint(2, 60) * 10, rng.randint(3, 30) * 100 + rng.choice([0, 0, 50, 20])])
        contents.append(content_cash(rng, amount))
        T["amount"] = amount
    contents += pick(rng, MISC_WALLET, rng.choice([0, 1, 1, 2]))
    T["contents"] = contents
    T["hidden"] = pick(rng, [M("是我对象送的生日礼物", en="a birthday present"),
                             M("卡都已经挂失了", en="cards already frozen"),
                             M("刚取的钱", en="just withdrew the cash")], rng.choice([0, 0, 1]))


def b_keys(rng, T, con):
    base(T, "keys", "keys", ["钥匙", "钥匙串", "家门钥匙", "钥匙"], ["钥匙一串", "钥匙串", "钥匙"], "keys", "串")
    n = rng.randint(2, 6)
    charms = [("红", M("挂着红色平安结", "挂红色中国结挂件", "red knot charm")),
              ("白", M("挂着小雪人", "挂白色雪人挂件", "snowman charm")),
              ("棕", M("挂着个毛绒小狐狸", "挂棕色毛绒狐狸", "fluffy fox charm")),
              ("红", M("挂着套娃钥匙扣", "挂俄罗斯套娃钥匙扣", "matryoshka key ring")),
              ("黄", M("挂着一个小篮球", "挂小篮球挂件", "small basketball")),
              ("棕", M("挂着写着“平安”的小木牌", "挂有“平安”字样木牌", "wooden 'peace' tag")),
              ("蓝", M("挂着蓝色海豚", "挂蓝色海豚挂件", "blue dolphin")),
              ("粉", M("挂着粉色小兔子", "挂粉色兔子挂件", "pink bunny"))]
    want = con.get("color")
    choices = [c for c in charms if want is None or c[0] == want] or charms
    col, ch = rng.choice(choices)
    T["color"] = want or col
    xiaoqu = rng.choice(["雪松苑", "江畔人家", "白桦林小区", "冰城花园", "铁路三村"])
    card_col = rng.choice(["蓝色", "黑色", "白色", "黄色"])
    T["marks"] = [M(str(n) + "把钥匙", "钥匙" + str(n) + "把", str(n) + " keys"), ch] + pick(rng, [
        M(card_col + "门禁卡，" + xiaoqu + "的", card_col + "门禁卡一张（印有“" + xiaoqu + "”）", "a door fob"),
        M("还有个指甲刀", "附指甲刀一个", "a nail clipper"),
        M("一把是信报箱的小钥匙", "其中一把为小号信箱钥匙", "a mailbox key"),
        M("有个开瓶器", "带开瓶器", "a bottle opener")], rng.choice([1, 1, 2]))
    T["hidden"] = pick(rng, [M("家里就剩这一套了", en="my only set"), M("防盗门是十字钥匙", en="cross key"),
                             M("一把是单位抽屉的", en="my office drawer key")], rng.choice([0, 1]))
    T["serial"] = None
    T["brand"] = None


def b_car_key(rng, T, con):
    base(T, "keys", "keys", ["车钥匙", "汽车钥匙", "遥控钥匙"], ["汽车遥控钥匙", "车钥匙一把"], "car key", "把")
    T["brand"] = c_or(con, "brand", rng.choice(["北骏", "凌途"]))
    T["color"] = c_or(con, "color", rng.choice(["黑", "黑", "银"]))
    pl = plate(rng)
    T["plate"] = pl
    extras = [M("套着红色皮套", "外套红色皮套", "red leather cover"),
              M("钥匙上挂着挪车牌，写着车牌" + pl, "挂有挪车牌，号牌" + pl, "a tag with plate " + pl, ident=True),
              M("连着一把家门钥匙", "另附钥匙一把", "with a house key"),
              M("遥控上的标磨没了一半", "车标磨损", "worn logo")]
    T["marks"] = pick(rng, extras, rng.choice([1, 2]))
    T["serial"] = None
    T["hidden"] = [M("车牌" + pl, en="plate " + pl)]


def b_ebike(rng, T, con):
    base(T, "ebike", "ebike", ["电动车", "电瓶车", "小电驴", "电动自行车"], ["电动车", "电动自行车一辆", "电瓶车"],
         "e-bike", "辆")
    T["brand"] = c_or(con, "brand", rng.choice(["驰风", "北行"]))
    T["model"] = c_or(con, "model", rng.choice({"驰风": ["CF-60 雪地版", "CF-72"],
                                                 "北行": ["BX-8", "BX-3 Lite"]}[T["brand"]]))
    T["color"] = c_or(con, "color", rng.choice(["白", "黑", "红", "蓝", "灰"]))
    fr = ("CF" if T["brand"] == "驰风" else "BX") + str(rng.randint(2021, 2030)) + letters(rng, 1) + digits(rng, 6)
    pl = ebike_plate(rng)
    T["serial"] = {"kind": "frame", "value": fr, "finder": "often"}
    T["plate"] = pl
    T["marks"] = [M("车牌" + pl, "号牌" + pl, "plate " + pl, ident=True)] + pick(rng, [
        M("车把上套着棉把套", "车把装有棉把套", "padded handlebar muffs"),
        M("后面有个蓝色外卖箱", "后座装蓝色外卖箱", "a blue delivery box"),
        M("前面挂着红格子挡风被", "前挂红格挡风被", "red-check windshield quilt"),
        M("座套是豹纹的", "豹纹座套", "leopard seat cover"),
        M("左边后视镜掉了", "左侧后视镜缺失", "left mirror missing"),
        M("车筐里有把折叠伞", "车筐内有折叠伞一把", "umbrella in the basket")], rng.choice([1, 2, 2]))
    T["hidden"] = pick(rng, [M("钥匙还在我兜里", en="I still have the key"),
                             M("电池上个月刚换的", en="battery new last month"),
                             M("发票在家里", en="invoice at home")], rng.choice([0, 1]))


def b_bicycle(rng, T, con):
    kind = rng.choice(["fat", "fat", "kids", "mtb"])
    nouns = {"fat": (["雪地胖胎车", "胖胎自行车", "自行车"], ["胖胎自行车", "宽胎自行车一辆"], "fat-tyre bike"),
             "kids": (["儿童自行车", "孩子的自行车"], ["儿童自行车一辆", "小孩自行车"], "child's bike"),
             "mtb": (["山地车", "自行车"], ["山地自行车", "自行车一辆"], "mountain bike")}[kind]
    base(T, "bicycle", "bicycle", nouns[0], nouns[1], nouns[2], "辆")
    T["brand"] = c_or(con, "brand", rng.choice(["雪驰", "捷风"]))
    T["model"] = None
    T["color"] = c_or(con, "color", rng.choice(["黑", "红", "蓝", "黄", "绿", "白"]))
    fr = ("XC" if T["brand"] == "雪驰" else "JF") + digits(rng, 9)
    T["serial"] = {"kind": "frame", "value": fr, "finder": "often"}
    T["marks"] = pick(rng, [M("车把缠着黄胶带", "车把缠黄色胶带", "yellow tape on the bars"),
                            M("后座绑着泡沫垫", "后座绑泡沫垫", "foam pad on the rack"),
                            M("车铃是小黄鸭的", "小黄鸭车铃", "rubber-duck bell"),
                            M("车座破了用胶带缠着", "车座破损用胶带缠绕", "taped seat"),
                            M("挂着一把U型锁没锁", "车上挂U型锁（未锁）", "a U-lock hanging, unlocked")],
                   rng.choice([1, 2]))
    T["hidden"] = [M("去年冬天刚买的", en="bought last winter")] if rng.random() < 0.3 else []


BAG_KINDS = {
    "backpack": (["双肩包", "背包", "书包"], ["双肩背包", "背包一个"], "backpack", ["雪脊", "鹿角", "冰川", None]),
    "ski_bag": (["滑雪包", "雪鞋包", "装雪具的包"], ["滑雪装备包", "雪鞋包一个"], "ski boot bag", ["雪脊", "冰川"]),
    "suitcase": (["行李箱", "拉杆箱", "箱子"], ["拉杆箱一个", "行李箱"], "suitcase", ["远行", "远行", None]),
    "shoulder": (["斜挎包", "挎包", "小包"], ["斜挎包一个", "女式挎包"], "shoulder bag", ["鹿角", "金雁", None]),
    "shopping": (["购物袋", "装特产的袋子", "塑料袋"], ["购物袋一个", "无纺布袋"], "shopping bag", [None]),
    "diaper": (["妈咪包", "孩子的包"], ["妈咪包一个", "母婴包"], "nappy bag", ["鹿角", None]),
    "waist": (["腰包", "小腰包"], ["腰包一个"], "waist bag", ["雪脊", None]),
}


def b_bag(rng, T, con):
    p = T["person"]
    kind = con.get("bkind") or T.get("bkind") or rng.choice(["backpack", "backpack", "ski_bag", "suitcase", "shoulder",
                                                             "shopping", "diaper", "waist"])
    T["bkind"] = kind
    no, nf, en, brands = BAG_KINDS[kind]
    base(T, "bag", "bag", no, nf, en, "个")
    T["brand"] = c_or(con, "brand", rng.choice(brands))
    T["color"] = c_or(con, "color", rng.choice(["黑", "黑", "灰", "蓝", "红", "绿", "白", "粉"]))
    T["model"] = None
    if kind == "suitcase":
        T["marks"] = [M(rng.choice(["24寸", "20寸", "28寸"]), None, "size")]
    else:
        T["marks"] = []
    T["marks"] += pick(rng, [M("拉链上挂着小熊", "拉链挂小熊挂件", "bear charm on the zip"),
                             M("侧兜破了个口子", "侧袋破损", "torn side pocket"),
                             M("挂着行李牌写着我名字", "挂有行李牌（姓名" + p["name"] + "）", "a name tag", ident=True),
                             M("包带上系了红丝带", "背带系红丝带", "red ribbon on the strap"),
                             M("上面贴着冰雪节的贴纸", "贴有冰雪节贴纸", "festival sticker")], rng.choice([0, 1, 1, 2]))
    pool = BAG_STUFF[:]
    T["contents"] = pick(rng, pool, rng.randint(1, 3))
    if rng.random() < 0.35:
        T["contents"].append(content_id(rng, p))
        if p["idno"]:
            T["serial"] = {"kind": "idno", "value": p["idno"], "finder": "always"}
            T["printed_name"] = p["name"]
        elif p.get("passport"):
            T["serial"] = {"kind": "passport", "value": p["passport"], "finder": "always"}
            T["printed_name"] = p["ru"].upper()
    else:
        T["serial"] = None
    T["hidden"] = pick(rng, [M("包里还有一个硬盘，工作用的", en="a work hard drive inside"),
                             M("东西不值钱但是对我很重要", en="not valuable but important to me")], rng.choice([0, 0, 1]))


def b_cash(rng, T, con):
    kind = con.get("ckind") or rng.choice(["red", "red", "envelope", "roll"])
    if T["person"]["voice"] in ("russian_en", "russian_cn") and not con.get("ckind"):
        kind = "rubles" if rng.random() < 0.7 else "roll"
    T["ckind"] = kind
    if kind == "red":
        amt = rng.choice([200, 500, 600, 666, 800, 888, 1000, 1200, 1600, 2000])
        base(T, "cash", "cash", ["红包", "压岁钱红包"], ["红包一个", "红包（内有现金）"], "red envelope", "个")
        T["color"] = c_or(con, "color", "红")
        words = rng.choice(["恭喜发财", "福", "龙凤呈祥", "大吉大利"])
        T["marks"] = [M("红包上印着“" + words + "”", "红包印有“" + words + "”字样", "printed " + words)]
        T["contents"] = [content_cash(rng, amt)]
    elif kind == "envelope":
        amt = rng.randint(10, 80) * 100
        bank = rng.choice(W.BANKS)
        base(T, "cash", "cash", ["装钱的信封", "信封（里面是现金）", "装着现金的信封"], ["信封装现金", "现金（装于信封）"],
             "envelope of cash", "个")
        T["color"] = c_or(con, "color", rng.choice(["白", "棕"]))
        T["marks"] = [M("装在" + bank + "的信封里", "装于" + bank + "信封内", "a " + bank + " envelope")]
        T["contents"] = [content_cash(rng, amt)]
    elif kind == "roll":
        amt = rng.randint(5, 40) * 100
        base(T, "cash", "cash", ["现金", "卷着的钱", "钱"], ["现金一卷", "成卷现金"], "roll of cash", "卷")
        T["color"] = None
        T["marks"] = [M("用皮筋扎着", "用橡皮筋捆扎", "held with a rubber band")]
        T["contents"] = [content_cash(rng, amt)]
    elif kind == "coin":
        amt = rng.randint(12, 90) * 10
        base(T, "cash", "wallet", ["现金", "钱"], ["零钱包", "零钱包一个"], "cash in a coin purse", "笔")
        T["measure_f"] = "个"
        T["color"] = c_or(con, "color", rng.choice(["粉", "红", "黄"]))
        T["marks"] = [M("钱装在一个小零钱包里，毛绒的", "毛绒零钱包，内有现金", "in a small fluffy coin purse")]
        T["contents"] = [content_cash(rng, amt)]
    else:
        n5 = rng.randint(1, 6)
        n1 = rng.randint(0, 4)
        amt = n5 * 5000 + n1 * 1000
        base(T, "cash", "cash", ["卢布", "现金（卢布）", "钱"], ["外币（卢布）", "俄罗斯卢布现金"], "roubles", "沓")
        T["color"] = None
        T["marks"] = [M("装在一个小塑料袋里", "装在透明小塑料袋", "in a small plastic bag")]
        o = "%d卢布，%d张五千的%s" % (amt, n5, ("和%d张一千的" % n1) if n1 else "")
        f = "卢布%d元（5000面额%d张%s）" % (amt, n5, ("、1000面额%d张" % n1) if n1 else "")
        T["contents"] = [M(o, f, "%d roubles" % amt)]
    T["amount"] = amt
    T["brand"] = None
    T["serial"] = None
    T["hidden"] = pick(rng, [M("是准备给孩子的压岁钱", en="New Year money for the kids"),
                             M("刚从银行取出来的", en="just from the bank"),
                             M("要交房租的钱", en="rent money")], rng.choice([0, 1]))


JEWEL_KINDS = ["gold_necklace", "gold_bracelet", "jade_bangle", "silver_bangle", "ring", "earring", "amber",
               "beads"]


def b_jewelry(rng, T, con):
    p = T["person"]
    kind = con.get("jkind") or rng.choice(JEWEL_KINDS)
    if p["voice"] == "korean_elder" and rng.random() < 0.6 and not con.get("jkind"):
        kind = "silver_bangle"
    if p["voice"] in ("russian_en", "russian_cn") and rng.random() < 0.6 and not con.get("jkind"):
        kind = "amber"
    T["jkind"] = kind
    T["brand"] = None
    T["serial"] = None
    T["hidden"] = []
    if kind == "gold_necklace":
        g = round(rng.uniform(6, 30), 1)
        base(T, "jewelry", "jewelry", ["金项链", "项链", "金链子"], ["黄金项链", "项链一条", "金项链"], "gold necklace", "条")
        T["color"] = "金"
        T["brand"] = c_or(con, "brand", rng.choice(["金福楼", None]))
        pend = rng.choice([("小马", "马"), ("蛇", "蛇"), ("平安扣", "平安扣"), ("小金锁", "锁")])
        T["marks"] = [M("带个" + pend[0] + "吊坠", "带" + pend[1] + "形吊坠", pend[0] + " pendant")]
        T["hidden"] = [M("%s克" % g, en="%s g" % g)]
    elif kind == "gold_bracelet":
        g = round(rng.uniform(15, 45), 1)
        base(T, "jewelry", "jewelry", ["金镯子", "金手镯"], ["黄金手镯", "手镯一只", "金手镯"], "gold bangle", "只")
        T["color"] = "金"
        T["brand"] = c_or(con, "brand", rng.choice(["金福楼", None]))
        word = rng.choice(["福", "寿", "平安", "吉祥"])
        T["marks"] = [M("上面刻着“" + word + "”字", "镯面刻“" + word + "”字", "engraved " + word)]
        T["hidden"] = [M("%s克，发票还在" % g, en="%s g" % g)]
    elif kind == "jade_bangle":
        base(T, "jewelry", "jewelry", ["玉镯子", "翡翠镯子", "镯子"], ["玉镯一只", "玉石手镯"], "jade bangle", "只")
        T["color"] = c_or(con, "color", rng.choice(["绿", "白"]))
        T["marks"] = pick(rng, [M("有一道小裂纹", "有细小裂纹", "a small crack"),
                                M("里面有点飘花", "有飘花", "floating green flecks"),
                                M("用金箍包过一圈", "有金属包边修补", "mended with a gold band")], rng.choice([1, 2]))
        T["hidden"] = [M("我妈留给我的", en="from my mother")]
    elif kind == "silver_bangle":
        base(T, "jewelry", "jewelry", ["银镯子", "镯子", "银手镯"], ["银手镯一只", "银色手镯"], "silver bangle", "只")
        T["color"] = "银"
        T["marks"] = pick(rng, [M("上面刻着花", "镯面有花纹", "flower pattern"),
                                M("有点发黑了", "表面氧化发黑", "tarnished"),
                                M("内侧刻了朝鲜字", "内侧刻有朝鲜文", "Korean letters inside")], rng.choice([1, 2]))
        T["hidden"] = [M("戴了四十多年了", en="worn forty years")]
    elif kind == "ring":
        ini = letters(rng, 1) + "&" + letters(rng, 1)
        date = "%d.%d.%d" % (rng.randint(2008, 2029), rng.randint(1, 12), rng.randint(1, 28))
        base(T, "jewelry", "jewelry", ["戒指", "婚戒", "结婚戒指"], ["戒指一枚", "铂金戒指"], "wedding ring", "枚")
        T["color"] = c_or(con, "color", rng.choice(["银", "金"]))
        T["brand"] = c_or(con, "brand", rng.choice(["金福楼", None]))
        T["marks"] = [M("内圈刻着" + ini + " " + date, "内圈刻有“" + ini + " " + date + "”", "engraved " + ini + " " + date)]
        if rng.random() < 0.5:
            T["marks"].append(M("镶了一颗小钻", "镶一颗白色小石", "a small diamond"))
        T["hidden"] = [M("手冻得太细了，摘手套的时候带下来了", en="slipped off with my glove")]
    elif kind == "earring":
        base(T, "jewelry", "jewelry", ["耳钉", "珍珠耳钉", "耳环"], ["耳钉一只", "珍珠耳钉"], "pearl earring", "只")
        T["color"] = c_or(con, "color", rng.choice(["白", "白", "粉", "金"]))
        size = rng.choice([("小颗的", "珍珠较小（约6毫米）", "small pearl"), ("挺大一颗", "珍珠较大（约10毫米）", "big pearl")])
        T["marks"] = [M("是珍珠的，一只，" + size[0], "珍珠，单只，" + size[1], "a single " + size[2]),
                      rng.choice([M("后面是银的耳堵", "银色耳堵", "silver back"),
                                  M("后面是金的耳堵", "金色耳堵", "gold back"),
                                  M("耳堵是透明硅胶的", "透明硅胶耳堵", "clear silicone back")])]
        if rng.random() < 0.5:
            T["marks"].append(rng.choice([M("珍珠上面镶了个小钻", "珍珠上方镶一颗小亮石", "a tiny stone above"),
                                          M("是吊坠式的，能晃", "吊坠款", "a drop earring")]))
    elif kind == "amber":
        base(T, "jewelry", "jewelry", ["琥珀吊坠", "项链（琥珀）"], ["琥珀吊坠", "树脂吊坠", "吊坠"], "amber pendant", "个")
        T["color"] = c_or(con, "color", rng.choice(["黄", "棕"]))
        T["marks"] = pick(rng, [M("里面有只小虫子", "内有小虫", "a tiny insect inside"),
                                M("银链子", "配银色链子", "silver chain"),
                                M("水滴形", "水滴形状", "drop shape")], 2)
        T["hidden"] = [M("是我奶奶给我的", en="it was my grandmother's")] if rng.random() < 0.5 else []
    else:
        n = rng.choice([18, 21, 108])
        base(T, "jewelry", "jewelry", ["手串", "珠子手串"], ["手串一条", "木珠手链"], "bead bracelet", "条")
        T["color"] = c_or(con, "color", rng.choice(["棕", "黄", "红"]))
        T["marks"] = [M("%d颗珠子" % n, "共%d颗珠子" % n, "%d beads" % n)] + pick(rng, [
            M("有个绿松石隔珠", "有一颗蓝绿色隔珠", "a turquoise spacer"),
            M("穗子是红的", "红色流苏", "red tassel")], 1)
        T["hidden"] = [M("盘了好几年了", en="worn for years")]


ELEC_KINDS = ["power_bank", "power_bank", "earbuds", "earbuds", "camera", "action_cam", "tablet", "laptop",
              "watch", "hand_warmer"]


def b_electronics(rng, T, con):
    kind = con.get("ekind") or rng.choice(ELEC_KINDS)
    T["ekind"] = kind
    T["serial"] = None
    T["model"] = None
    T["hidden"] = []
    if kind == "power_bank":
        base(T, "electronics", "electronics", ["充电宝", "移动电源"], ["充电宝一个", "移动电源"], "power bank", "个")
        T["brand"] = c_or(con, "brand", rng.choice(["北极熊", "小米", "北极熊"]))
        cap = rng.choice(["10000", "20000", "30000"])
        T["model"] = c_or(con, "model", {"北极熊": "PB-" + cap[:2] + "K", "小米": cap[:2] + "K 口袋版"}.get(T["brand"], None))
        T["color"] = c_or(con, "color", rng.choice(["白", "黑", "粉", "蓝"]))
        T["marks"] = [M(cap + "毫安的", "标" + cap + "mAh", cap + " mAh")] + pick(rng, [
            M("连着一根白色数据线", "连白色数据线一根", "white cable attached"),
            M("贴着我名字的贴纸", "贴有姓名贴“" + T["person"]["name"] + "”", "my name sticker", ident=True),
            M("外面套着毛线套", "外套毛线保暖套", "knitted sleeve"),
            M("一角摔瘪了", "一角有磕碰", "dented corner")], rng.choice([1, 1, 2]))
        T["hidden"] = [M("天太冷了早就冻没电了", en="it died from the cold anyway")] if rng.random() < 0.5 else []
    elif kind == "earbuds":
        base(T, "electronics", "electronics", ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机一副（带充电盒）"],
             "wireless earbuds", "副")
        T["brand"] = c_or(con, "brand", rng.choice(["声浪", "华为", "苹果", "小米"]))
        T["model"] = c_or(con, "model", {"声浪": "FreeAir 5", "华为": "FreeBuds 9i", "苹果": "AirPods 7",
                                         "小米": "Buds 8 Lite"}.get(T["brand"]))
        T["color"] = c_or(con, "color", rng.choice(["白", "黑", "白", "蓝"]))
        T["serial"] = {"kind": "sn", "value": letters(rng, 2) + digits(rng, 8), "finder": "often"}
        T["marks"] = pick(rng, [M("充电盒上刻着字母" + letters(rng, 2), None, "letters on the case", ident=True),
                                M("套着小恐龙硅胶套", "套恐龙造型硅胶套", "dinosaur silicone cover"),
                                M("盒子有划痕", "充电盒有划痕", "scratched case"),
                                M("只有左耳，右耳早丢了", "盒内仅有左耳", "left bud only")], rng.choice([1, 2]))
        T["hidden"] = [M("蓝牙名字叫“" + T["person"]["name"][-1] + "的耳机”", en="bluetooth name is mine")] if rng.random() < 0.4 else []
    elif kind == "camera":
        base(T, "electronics", "electronics", ["相机", "单反", "照相机"], ["相机一台", "数码相机"], "camera", "台")
        T["brand"] = c_or(con, "brand", "望远")
        T["model"] = c_or(con, "model", rng.choice(["FV-Z50", "FV-M9", "FV-R7 Mark II"]))
        T["color"] = c_or(con, "color", rng.choice(["黑", "黑", "银"]))
        T["serial"] = {"kind": "sn", "value": digits(rng, 2) + letters(rng, 1) + digits(rng, 7), "finder": "often"}
        T["marks"] = pick(rng, [M("背带是红色编织的", "红色编织背带", "red woven strap"),
                                M("镜头盖丢了", "无镜头盖", "no lens cap"),
                                M("机身贴了一块黑胶布", "机身贴有黑色胶布", "black tape on the body"),
                                M("装在灰色相机包里", "装于灰色相机包内", "in a grey camera bag")], rng.choice([1, 2]))
        T["hidden"] = [M("卡里全是冰雕照片，还有我们一家人的合影", "存储卡内有冰雕和家庭合影照片", "photos of ice sculptures and family")]
    elif kind == "action_cam":
        base(T, "electronics", "electronics", ["运动相机", "运动摄像机"], ["运动相机一台", "小型摄像机"], "action camera", "台")
        T["brand"] = c_or(con, "brand", rng.choice(["雪脊", "极光"]))
        T["model"] = c_or(con, "model", {"雪脊": "Cam 3", "极光": "GO 8"}.get(T["brand"], "Cam 3"))
        T["color"] = c_or(con, "color", "黑")
        T["serial"] = {"kind": "sn", "value": "C" + digits(rng, 3) + letters(rng, 2) + digits(rng, 5), "finder": "often"}
        T["marks"] = pick(rng, [M("带着头盔支架", "带头盔固定支架", "helmet mount"),
                                M("外面有防水壳", "装防水壳", "waterproof housing"),
                                M("贴了个雪花贴纸", "贴雪花贴纸", "snowflake sticker")], rng.choice([1, 2]))
        T["hidden"] = [M("里面有我滑雪的视频", "存有滑雪视频", "ski videos")]
    elif kind == "tablet":
        T["brand"] = c_or(con, "brand", rng.choice(["华为", "苹果", "小米"]))
        base(T, "electronics", "electronics", ["平板", "平板电脑"] + (["iPad"] if T["brand"] == "苹果" else []),
             ["平板电脑一台", "平板"], "tablet", "台")
        T["model"] = c_or(con, "model", {"华为": "MatePad Z12", "苹果": "iPad Air 9", "小米": "Pad 9"}.get(T["brand"]))
        T["color"] = c_or(con, "color", rng.choice(["灰", "银", "蓝"]))
        T["serial"] = {"kind": "sn", "value": letters(rng, 3) + digits(rng, 7), "finder": "sometimes"}
        T["marks"] = pick(rng, [M("套着蓝色保护套", "蓝色保护套", "blue cover"),
                                M("套着带键盘的套", "带键盘保护套", "keyboard cover"),
                                M("背面贴了孩子的名字", "背面贴有儿童姓名贴", "child's name sticker")], 1)
        T["hidden"] = [M("里面下了孩子的网课", en="child's lessons")]
    elif kind == "laptop":
        base(T, "electronics", "electronics", ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑一台", "手提电脑"], "laptop", "台")
        T["brand"] = c_or(con, "brand", rng.choice(["华为", "小米", "苹果"]))
        T["model"] = c_or(con, "model", {"华为": "MateBook X9 Pro", "小米": "Book Air 15", "苹果": "MacBook Air 17"}.get(T["brand"]))
        T["color"] = c_or(con, "color", rng.choice(["灰", "银"]))
        T["serial"] = {"kind": "sn", "value": letters(rng, 2) + digits(rng, 9), "finder": "sometimes"}
        T["marks"] = pick(rng, [M("贴满了贴纸", "外壳贴满贴纸", "covered in stickers"),
                                M("装在黑色内胆包里", "装于黑色内胆包", "in a black sleeve"),
                                M("键盘上有个键掉了", "缺一个键帽", "a missing key")], rng.choice([1, 2]))
        T["hidden"] = [M("开机密码我知道，里面有毕业论文", en="my thesis is on it")]
    elif kind == "watch":
        base(T, "electronics", "electronics", ["智能手表", "手表", "运动手环"], ["智能手表一块", "电子手表"], "smartwatch", "块")
        T["brand"] = c_or(con, "brand", rng.choice(["华为", "小米", "极光", "苹果"]))
        T["model"] = c_or(con, "model", {"华为": "Watch GT 11", "小米": "Band 12", "极光": "AURORA W5",
                                         "苹果": "Watch S15"}.get(T["brand"]))
        T["color"] = c_or(con, "color", rng.choice(["黑", "白", "粉", "绿"]))
        T["serial"] = {"kind": "sn", "value": letters(rng, 1) + digits(rng, 9), "finder": "sometimes"}
        T["marks"] = pick(rng, [M("表带是硅胶的", "硅胶表带", "silicone strap"),
                                M("表盘是一只熊猫", "表盘显示熊猫图案", "panda watch face"),
                                M("屏幕有道划痕", "屏幕有划痕", "scratched screen")], rng.choice([1, 2]))
    else:  # hand_warmer
        base(T, "electronics", "electronics", ["暖手宝", "充电暖手宝"], ["暖手宝一个", "充电式暖手宝"], "hand warmer", "个")
        T["brand"] = c_or(con, "brand", rng.choice(["北极熊", None]))
        T["color"] = c_or(con, "color", rng.choice(["粉", "白", "黄", "蓝"]))
        T["marks"] = pick(rng, [M("小熊形状的", "小熊造型", "bear-shaped"),
                                M("外面是毛绒的", "毛绒外套", "fluffy cover"),
                                M("兼充电宝", "带USB输出口", "doubles as a power bank")], rng.choice([1, 2]))


def b_kids_watch(rng, T, con):
    base(T, "electronics", "phone", ["儿童手表", "电话手表", "孩子的手表"], ["儿童电话手表", "儿童手表（可通话）"],
         "child's phone watch", "块")
    T["brand"] = "极光"
    T["model"] = rng.choice(["K5 儿童版", "K7"])
    T["color"] = rng.choice(["粉", "蓝"])
    T["serial"] = {"kind": "imei", "value": imei(rng, "极光"), "finder": "back"}
    T["marks"] = [M("表带上写着孩子名字", "表带上写有“" + cn_name(rng)[1:] + "”", "child's name on the strap", ident=True),
                  M("表盘是小兔子", "屏幕显示兔子表盘", "bunny face")]
    T["hidden"] = [M("手表定位最后显示在附近，后来没电了", en="last location nearby, then the battery died")]


OTHER_KINDS = ["mittens", "mittens", "hat", "scarf", "jacket", "snowboard", "goggles", "thermos", "sled",
               "medical", "plush", "skates", "crutch"]


def b_other(rng, T, con):
    p = T["person"]
    kind = con.get("okind") or rng.choice(OTHER_KINDS)
    T["okind"] = kind
    T["brand"] = None
    T["model"] = None
    T["serial"] = None
    T["hidden"] = []
    col = con.get("color")
    if kind == "mittens":
        base(T, "other", "other", ["手闷子", "棉手闷子", "手套", "皮手套"], ["连指手套一副", "棉手套", "手套一副"], "mittens", "副")
        T["color"] = col or rng.choice(["黑", "红", "灰", "棕", "白"])
        T["brand"] = con.get("brand") or rng.choice(["冰川", None, None])
        T["marks"] = pick(rng, [M("俩手闷子用绳连着", "两只手套以绳相连", "joined by a string"),
                                M("里子是兔毛的", "毛绒内里", "rabbit-fur lining"),
                                M("上面织着雪花", "手背有雪花图案", "snowflake pattern"),
                                M("狗皮的", "皮毛材质", "dog-fur")], rng.choice([1, 2]))
    elif kind == "hat":
        base(T, "other", "other", ["帽子", "狗皮帽子", "棉帽子"], ["帽子一顶", "皮毛帽子"], "fur hat", "顶")
        T["color"] = col or rng.choice(["棕", "黑", "灰", "白"])
        T["marks"] = pick(rng, [M("带护耳的雷锋帽", "带护耳", "ear flaps"),
                                M("顶上有个毛球", "帽顶有毛球", "a pompom"),
                                M("里面缝着我名字", "帽内缝有姓名标签“" + p["name"] + "”", "name sewn inside", ident=True)],
                          rng.choice([1, 2]))
    elif kind == "scarf":
        base(T, "other", "other", ["围巾", "羊绒围巾"], ["围巾一条"], "scarf", "条")
        T["color"] = col or rng.choice(["红", "灰", "蓝", "棕", "绿"])
        T["marks"] = pick(rng, [M("格子的", "格纹", "checked"), M("两头有流苏", "两端有流苏", "fringed ends"),
                                M("特别长，能绕三圈", "长约两米", "very long")], rng.choice([1, 2]))
    elif kind == "jacket":
        base(T, "other", "other", ["羽绒服", "棉袄", "大棉袄"], ["羽绒服一件", "棉服"], "down jacket", "件")
        T["color"] = col or rng.choice(["黑", "红", "白", "蓝", "绿"])
        T["brand"] = con.get("brand") or rng.choice(["冰川", "雪脊", None])
        size = rng.choice(["L", "XL", "2XL", "M"])
        T["marks"] = [M(size + "号的", size + "码", "size " + size)] + pick(rng, [
            M("帽子上有一圈毛领", "帽子带毛领", "fur-trimmed hood"),
            M("兜里有一包纸巾和口罩", "口袋内有纸巾、口罩", "tissues and a mask in the pocket"),
            M("袖口蹭了一块油", "袖口有油渍", "a grease stain on the cuff")], rng.choice([1, 2]))
    elif kind == "snowboard":
        base(T, "other", "other", ["滑雪板", "单板"], ["单板滑雪板一块", "滑雪板"], "snowboard", "块")
        T["color"] = col or rng.choice(["黑", "白", "蓝", "绿"])
        T["brand"] = con.get("brand") or "雪脊"
        T["model"] = con.get("model") or rng.choice(["Ridge 148", "Powder 155"])
        T["serial"] = {"kind": "sn", "value": "SR" + digits(rng, 8), "finder": "often"}
        T["marks"] = pick(rng, [M("板底有道深划痕", "板底有较深划痕", "deep scratch on the base"),
                                M("固定器是橙色的", "橙色固定器", "orange bindings"),
                                M("板面贴着一个老虎贴纸", "板面贴老虎贴纸", "tiger sticker")], rng.choice([1, 2]))
    elif kind == "goggles":
        base(T, "other", "other", ["雪镜", "滑雪镜"], ["滑雪镜一副", "护目镜"], "ski goggles", "副")
        T["color"] = col or rng.choice(["黑", "白", "粉"])
        T["brand"] = con.get("brand") or rng.choice(["雪脊", "冰川"])
        T["marks"] = pick(rng, [M("镜片是橙色反光的", "橙色镀膜镜片", "orange mirror lens"),
                                M("镜片是蓝色反光的", "蓝色镀膜镜片", "blue mirror lens"),
                                M("带子上写着教练两个字", "镜带有“教练”字样", "'coach' on the strap")], 1)
    elif kind == "thermos":
        base(T, "other", "other", ["保温杯", "水杯"], ["保温杯一个", "不锈钢水杯"], "thermos", "个")
        T["color"] = col or rng.choice(["黑", "白", "粉", "蓝", "绿"])
        T["brand"] = con.get("brand") or rng.choice(["松澜", "冰川", None])
        T["marks"] = pick(rng, [M("里面泡着枸杞", "杯内有枸杞水", "goji tea inside"),
                                M("杯身磕掉一块漆", "杯身掉漆", "chipped paint"),
                                M("杯子上贴着名字", "贴姓名贴“" + p["name"] + "”", "name sticker", ident=True)], rng.choice([1, 2]))
    elif kind == "sled":
        base(T, "other", "other", ["小爬犁", "儿童雪橇", "雪圈"], ["儿童雪橇一个", "塑料雪橇"], "child's sled", "个")
        T["color"] = col or rng.choice(["红", "蓝", "黄", "绿"])
        T["marks"] = pick(rng, [M("拴着一根黄绳", "系黄色拉绳", "yellow tow rope"),
                                M("座上贴着小猪佩奇", "座位贴卡通猪贴纸", "cartoon pig sticker"),
                                M("后头裂了个缝", "尾部有裂缝", "cracked at the back")], rng.choice([1, 2]))
    elif kind == "medical":
        kid = unique(rng, lambda: p["name"][0] + rng.choice(W.GIVEN) + rng.choice(W.GIVEN))
        base(T, "other", "other", ["病历本和片子", "孩子的病历", "CT片子"], ["病历本及影像片袋", "病历本一本"],
             "medical records", "袋")
        T["color"] = col or "白"
        T["printed_name"] = kid
        T["marks"] = [M("孩子叫" + kid, "患者姓名" + kid, "child " + kid, ident=True),
                      M("装在医院的白色片袋里", "冰城市儿童医院影像片袋", "hospital film bag")]
        T["hidden"] = [M("明天复查要用", en="needed for tomorrow's check-up")]
    elif kind == "plush":
        base(T, "other", "other", ["毛绒玩具", "孩子的小熊", "玩偶"], ["毛绒玩具一个", "毛绒熊"], "plush toy", "个")
        T["color"] = col or rng.choice(["棕", "白", "粉"])
        T["marks"] = pick(rng, [M("小熊穿着红毛衣", "熊身穿红色毛衣", "red sweater"),
                                M("一只眼睛掉了缝的扣子", "一只眼睛为缝补纽扣", "button eye"),
                                M("耳朵上有个蝴蝶结", "耳朵有蝴蝶结", "bow on the ear")], rng.choice([1, 2]))
        T["hidden"] = [M("孩子天天抱着睡觉，一直哭", en="my child can't sleep without it")]
    elif kind == "skates":
        base(T, "other", "other", ["冰刀鞋", "冰刀"], ["冰刀鞋一双", "滑冰鞋"], "ice skates", "双")
        T["color"] = col or rng.choice(["黑", "白"])
        size = rng.choice(["36", "38", "41", "43"])
        T["marks"] = [M(size + "码", size + "码", "size " + size)] + pick(rng, [
            M("鞋带是荧光绿的", "荧光绿鞋带", "neon laces"), M("刀上有刀套", "带刀套", "blade guards")], 1)
    else:
        base(T, "other", "other", ["拐杖", "手杖"], ["拐杖一根", "手杖"], "walking stick", "根")
        T["color"] = col or rng.choice(["棕", "黑", "银"])
        T["marks"] = pick(rng, [M("底下套着防滑钉", "底部带冰爪防滑钉", "ice spikes on the tip"),
                                M("把手缠着红布", "把手缠红布", "red cloth on the handle"),
                                M("能折叠的", "可折叠", "folding")], rng.choice([1, 2]))
        T["hidden"] = [M("老伴用的", en="my husband's")]


SUBTYPES = {
    # subtype: (owner's category, builder)
    "phone": ("phone", b_phone), "bag_with_phone": ("phone", b_bag_with_phone),
    "id_card": ("id_doc", b_id_card), "driver_license": ("id_doc", b_driver_license),
    "passport": ("id_doc", b_passport), "student_card": ("id_doc", b_student_card),
    "social_card": ("id_doc", b_social_card), "bank_card": ("id_doc", b_bank_card),
    "cardholder": ("wallet", b_cardholder), "wallet": ("wallet", b_wallet),
    "keys": ("keys", b_keys), "car_key": ("keys", b_car_key),
    "ebike": ("ebike", b_ebike), "bicycle": ("bicycle", b_bicycle), "bag": ("bag", b_bag),
    "cash": ("cash", b_cash), "coin_purse_cash": ("cash", b_cash), "jewelry": ("jewelry", b_jewelry),
    "electronics": ("electronics", b_electronics), "kids_watch": ("electronics", b_kids_watch),
    "other": ("other", b_other),
}


def choose_sub(rng, cat, voice):
    ru = voice in ("russian_en", "russian_cn")
    if cat == "id_doc":
        if ru:
            return wpick(rng, [("passport", 6), ("bank_card", 1)])
        opts = [("id_card", 6), ("driver_license", 2), ("social_card", 2), ("bank_card", 2)]
        if voice == "student":
            opts.append(("student_card", 6))
        elif voice == "dongbei":
            opts.append(("student_card", 1))
        return wpick(rng, opts)
    if cat == "wallet":
        return "wallet"
    if cat == "keys":
        return wpick(rng, [("keys", 3), ("car_key", 1)]) if not ru else "keys"
    return {"phone": "phone", "ebike": "ebike", "bicycle": "bicycle", "bag": "bag", "cash": "cash",
            "jewelry": "jewelry", "electronics": "electronics", "other": "other"}[cat]


def voice_for(rng, cat):
    v = rng.choice(W.OWNER_VOICES)
    if cat in ("ebike",) and v in ("russian_en", "russian_cn", "south_tourist"):
        v = rng.choice(["dongbei", "plain", "hurried"])
    if cat == "bicycle" and v in ("russian_en", "russian_cn"):
        v = "dongbei"
    return v


# ---------------------------------------------------------------------------------------
# where and when
# ---------------------------------------------------------------------------------------
def offset(lat, lon, dx, dy):
    return (lat + dy / 111320.0, lon + dx / (111320.0 * math.cos(math.radians(lat))))


def dist_m(a, b):
    dy = (a[0] - b[0]) * 111320.0
    dx = (a[1] - b[1]) * 111320.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def spot_point(rng, place, spot, jitter):
    P = W.PLACES[place]
    for name, dx, dy in P["spots"]:
        if name == spot:
            return offset(P["lat"], P["lon"], dx + rng.uniform(-jitter, jitter), dy + rng.uniform(-jitter, jitter))
    raise KeyError(spot)


def place_for(rng, T):
    """True place of loss for a truth record, by owner voice and subtype."""
    v = T["person"]["voice"]
    sub = T["sub"]
    okind = T.get("okind")
    ekind = T.get("ekind")
    bkind = T.get("bkind")
    w = {"icepark": 3, "river": 3, "street": 3, "hotpot": 2, "station": 2, "hospital": 1, "market": 1,
         "skiresort": 1}
    if v == "korean_elder":
        w.update({"market": 8, "hospital": 2, "icepark": 1, "river": 1, "skiresort": 0})
    elif v in ("russian_en", "russian_cn"):
        w.update({"street": 6, "station": 3, "river": 3, "market": 2, "hospital": 0})
    elif v == "ski_instructor":
        w = {"skiresort": 8, "hotpot": 1, "street": 1}
    elif v == "parent":
        w.update({"hospital": 7, "icepark": 3})
    elif v == "south_tourist":
        w.update({"icepark": 5, "river": 4, "street": 4, "skiresort": 2, "hospital": 0})
    if okind in ("snowboard", "goggles") or bkind == "ski_bag" or ekind == "action_cam":
        w = {"skiresort": 8, "hotpot": 1}
    if okind == "medical" or bkind == "diaper":
        w = {"hospital": 6, "icepark": 1}
    if okind in ("sled", "skates"):
        w = {"river": 5, "icepark": 4}
    if okind == "crutch":
        w = {"market": 4, "hospital": 2, "street": 1}
    if bkind == "suitcase":
        w = {"station": 6, "street": 1}
    if sub == "ebike":
        w = {"hotpot": 3, "street": 2, "market": 3, "hospital": 2, "station": 2}
    if sub == "bicycle":
        w = {"river": 4, "market": 2, "street": 2, "icepark": 2}
    pairs = [(k, w[k]) for k in W.PLACES if w.get(k, 0) > 0]
    return wpick(rng, pairs)


def context_for(rng, T):
    """Sometimes the object really went astray in a taxi, a hotel room, the ski bus or a train."""
    sub = T["sub"]
    if sub in ("ebike", "bicycle") or T.get("okind") in ("sled", "crutch"):
        return None
    v = T["person"]["voice"]
    opts = [(None, 14)]
    if T["place"] in ("station",) or T.get("bkind") == "suitcase":
        opts.append(("train", 5))
    if T["place"] == "skiresort":
        opts.append(("skibus", 5))
    if T["person"]["hotel"] is not None:
        opts.append(("hotel", 4))
    opts.append(("taxi", 2 if v != "korean_elder" else 0))
    return wpick(rng, opts)


def when(tmin):
    return W.NOW - datetime.timedelta(minutes=tmin)


def minutes_before_now(dt):
    return int((W.NOW - dt).total_seconds() // 60)


HOUR_WEIGHTS = [(h, 3) for h in range(9, 22)] + [(7, 1), (8, 2), (22, 2), (23, 1), (0, 1), (1, 0.4),
                                                 (2, 0.2), (3, 0.1), (4, 0.1), (5, 0.2), (6, 0.4)]


def loss_moment(rng, max_days=21):
    """Minutes before now of a loss: a day in the festival and a waking hour."""
    while True:
        day = W.NOW.date() - datetime.timedelta(days=rng.randint(0, max_days))
        h = wpick(rng, HOUR_WEIGHTS)
        dt = datetime.datetime(day.year, day.month, day.day, h, rng.randint(0, 59))
        t = minutes_before_now(dt)
        if t >= 40:
            return t


def wake_up(rng, t, role, floor=0):
    """Nobody but sanitation workers finds things at four in the morning: a find that falls
    between 1:00 and 6:00 is moved to the next morning, never below floor minutes."""
    d = when(t)
    early = 5 if role == "sanitation" else 7
    if 1 <= d.hour < early:
        nd = datetime.datetime(d.year, d.month, d.day, early + rng.randint(0, 1), rng.randint(0, 59))
        nt = minutes_before_now(nd)
        if nt >= floor:
            return nt
    return t


def period(h):
    if h == 0:
        return "半夜"
    if h < 5:
        return "凌晨"
    if h < 8:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    if h < 23:
        return "晚上"
    return "半夜"


def h12(h):
    return h - 12 if h > 12 else h


def cn_time(rng, tmin, style="o"):
    d = when(tmin)
    per = period(d.hour)
    h = h12(d.hour) if d.hour != 0 else 12
    if style == "formal":
        return "%d月%d日%d时许" % (d.month, d.day, d.hour)
    return rng.choice(["%d月%d日%s%d点左右" % (d.month, d.day, per, h), "%d号%s%d点多" % (d.day, per, h),
                       "%d月%d号%s" % (d.month, d.day, per), "%d号%s%d点来钟" % (d.day, per, h)])


def en_time(rng, tmin):
    d = when(tmin)
    ap = "am" if d.hour < 12 else "pm"
    h = h12(d.hour) if d.hour != 0 else 12
    return rng.choice(["%d January around %d %s" % (d.day, h, ap), "Jan %d, about %d%s" % (d.day, h, ap)])


# ---------------------------------------------------------------------------------------
# item phrases
# ---------------------------------------------------------------------------------------
def color_word(rng, T, side, key=None):
    c = key or T.get("color")
    if not c:
        return ""
    return rng.choice(W.COLORS[c][0] if side == "o" else W.COLORS[c][1])


def brand_word(rng, T, side):
    b = T.get("brand")
    if not b:
        return ""
    if T.get("brand_plain"):
        return b
    return rng.choice(W.BRANDS[b][0] if side == "o" else W.BRANDS[b][1])


MEASURES = "部个张本把串辆副条只块台件顶双根袋卷沓枚笔"
COLOR_NOUNS = ("红包", "信封", "零钱包")


def bare_noun(noun):
    if len(noun) > 2 and noun[-2] == "一" and noun[-1] in MEASURES:
        return noun[:-2]
    return noun


def item_phrase(rng, T, side, show_color=True, show_brand=True, show_model=False, noun=None):
    noun = bare_noun(noun or rng.choice(T["noun_o"] if side == "o" else T["noun_f"]))
    if T["cat_o"] == "cash" and not any(w in noun for w in COLOR_NOUNS):
        show_color = False
    c = color_word(rng, T, side) if show_color else ""
    b = brand_word(rng, T, side) if show_brand else ""
    m = T.get("model") if show_model and T.get("model") else ""
    if b and m and b.lower() in m.lower():
        b = ""
    out = c
    if c and not c.endswith("的") and rng.random() < 0.6:
        out += "的"
    if b:
        out += b + ("牌" if (b[0] > "\u4e00" and T["cat_o"] not in ("phone", "electronics") and rng.random() < 0.5
                             and not T.get("brand_plain")) else "")
    if m:
        out += (" " + m + " ") if m[0].isascii() and b else m + (" " if m[-1].isascii() else "")
    out = out.strip() if not c else out.rstrip()
    if out.endswith(" "):
        out = out.rstrip()
    sep = " " if out and out[-1].isascii() and out[-1].isalnum() and noun[:1].isascii() else ""
    if side == "o":
        return "一" + T["measure"] + out + sep + noun
    return out + sep + noun


def en_item(rng, T):
    c = W.COLORS[T["color"]][2] + " " if T.get("color") else ""
    b = (W.BRANDS[T["brand"]][2] + " ") if T.get("brand") and T["brand"] in W.BRANDS else ""
    m = (T["model"] + " ") if T.get("model") and T["model"].isascii() else ""
    return "my " + c + b + m + T["noun_en"]


# ---------------------------------------------------------------------------------------
# the owner's lost report
# ---------------------------------------------------------------------------------------
def typo(rng, text):
    for a, b in W.TYPOS:
        if a in text:
            return text.replace(a, b, 1)
    return text


def stated_place(rng, T):
    """Where the owner says it was lost: (place key or None, spot or None, point or None, words)."""
    place, spot = T["place"], T["spot"]
    P = W.PLACES[place]
    r = rng.random()
    if r < 0.62:
        s = spot
    elif r < 0.84:
        s = rng.choice([x[0] for x in P["spots"] if x[0] != spot])
    else:
        s = None
    if s is None:
        pt = offset(P["lat"], P["lon"], rng.uniform(-150, 150), rng.uniform(-150, 150))
    else:
        pt = spot_point(rng, place, s, 40)
    return place, s, pt


def addr_words(rng, place, spot, side):
    P = W.PLACES[place]
    if side == "en":
        return P["en"] + ((" (" + spot + ")") if spot and rng.random() < 0.4 else "")
    name = rng.choice(P["owner"]) if side == "o" else P["formal"]
    if spot:
        return name + spot + (rng.choice(["", "", "附近", "那块儿"]) if side == "o" else "")
    return name + (rng.choice(["附近", "那块儿", ""]) if side == "o" else "")


def owner_serial_known(rng, T):
    s = T.get("serial")
    if not s:
        return False
    p = {"imei": 0.42, "idno": 0.7, "card": 0.8, "frame": 0.45, "sn": 0.3, "passport": 0.7,
         "student": 0.5, "plate": 0.8}[s["kind"]]
    if T["sub"] in ("wallet", "bag") and s["kind"] == "idno":
        p = 0.35
    return rng.random() < p


def join_cn(items):
    return "，".join(x for x in items if x)


def owner_details(rng, T, frac):
    out = []
    for m in T.get("marks", []):
        if rng.random() < frac:
            out.append(rng.choice(m["o"]))
    cont = [rng.choice(m["o"]) for m in T.get("contents", []) if rng.random() < frac + 0.15]
    return out, cont


def owner_report(rng, T):
    p = T["person"]
    v = p["voice"]
    if v == "hurried":
        level = "line"
    elif v == "russian_en":
        level = wpick(rng, [("partial", 5), ("bare", 4), ("full", 1)])
    else:
        level = wpick(rng, [("full", 25), ("partial", 45), ("bare", 30)])
    place, s, pt = stated_place(rng, T)
    T["stated"] = (place, s, pt)
    ctx = T["context"]
    known_serial = owner_serial_known(rng, T)
    brand_known = bool(T.get("brand")) and rng.random() < 0.88
    model_known = bool(T.get("model")) and rng.random() < 0.6
    meta = {"serial_shown": False, "name_shown": False, "level": level}
    rec = {}
    lf, lt = T["lost_from"], T["lost_to"]
    guess = min(lf, max(lt, T["t_loss"] + rng.randint(0, 90)))

    if level == "line":
        body = typo(rng, item_phrase(rng, T, "o", show_brand=brand_known and rng.random() < 0.5)[2:] + "丢了")
        body += rng.choice(["，", " ", "  "]) + rng.choice(W.PLACES[place]["owner"])
        body += rng.choice(["，", " "]) + cn_time(rng, guess)
        if rng.random() < 0.5:
            d, c = owner_details(rng, T, 0.5)
            if d or c:
                body += "，" + (d + c)[0]
        if rng.random() < 0.4:
            body += rng.choice(["，急", "！！", "，谢谢", " 拜托了"])
        rec["body"] = body
        if T.get("color") and rng.random() < 0.35:
            rec["color"] = color_word(rng, T, "o")
        if rng.random() < 0.25:
            rec["address"] = addr_words(rng, place, s, "o")
        return rec, meta

    if v == "russian_en":
        return owner_report_en(rng, T, level, place, s, pt, known_serial, brand_known, model_known, meta)

    parts = []
    opening = ""
    if v == "dongbei":
        opening = rng.choice(W.DONGBEI_OPEN)
    elif v == "korean_elder":
        opening = rng.choice(W.KOREAN_OPEN)
    elif v == "south_tourist":
        opening = rng.choice(W.SOUTH_OPEN).format(city=p["origin"])
    elif v == "ski_instructor":
        opening = rng.choice(W.SKI_OPEN)
    elif v == "parent":
        opening = rng.choice(W.PARENT_OPEN)
    elif v == "student":
        opening = rng.choice(W.STUDENT_OPEN)
    elif v == "plain":
        opening = rng.choice(W.PLAIN_OPEN)
    # time
    tchoice = rng.random()
    if tchoice < 0.45:
        tsent = cn_time(rng, lf) + "还在，" + cn_time(rng, lt) + "发现没了"
    elif tchoice < 0.75:
        tsent = "大概" + cn_time(rng, guess) + "丢的"
    else:
        tsent = cn_time(rng, lf) + "到" + cn_time(rng, lt) + "之间"
    where = addr_words(rng, place, s, "o")
    show_model = model_known and rng.random() < 0.7
    item = item_phrase(rng, T, "o", show_brand=brand_known, show_model=show_model)
    if v == "dongbei":
        lossw = rng.choice(W.DONGBEI_LOSS)
        if ctx == "taxi":
            parts.append(opening + tsent + "，从" + where + "打车，下车就把" + item + lossw + "，估计落车上了")
        elif ctx == "skibus":
            parts.append(opening + tsent + "，坐雪鹰岭班车回市里，下车发现" + item + lossw)
        elif ctx == "train":
            parts.append(opening + "坐" + T["train"] + "回来，" + tsent + "，出站才发现" + item + lossw)
        else:
            parts.append(opening + tsent + "，在" + where + "把" + item + lossw)
    elif v == "korean_elder":
        parts.append(opening + rng.choice(["去", "在"]) + where + rng.choice(["的时候，", "，"]) + item + "丢了的。" + tsent)
    elif v == "russian_cn":
        parts.append("你好。我 " + T["noun_o"][0] + " 丢了。" + rng.choice(W.PLACES[place]["owner"]) + "。"
                     + cn_time(rng, guess) + "。")
    else:
        if ctx == "taxi":
            mid = "，从" + where + "打车走的，下车后发现" + item + "不见了，可能落在出租车上"
        elif ctx == "skibus":
            mid = "，在" + where + rng.choice(["玩完", "下了课", ""]) + "坐班车回市区，下车发现" + item + "没了"
        elif ctx == "train":
            mid = "，坐" + T["train"] + "次卧铺到冰城站，出站后发现" + item + "不见了"
        elif ctx == "hotel":
            mid = "，在" + where + "玩，回到" + p["hotel"]["name"] + "发现" + item + "没了"
        else:
            mid = "，在" + where + rng.choice(["丢失", "丢了", "不慎遗失", "弄丢了"]) + item
        parts.append(opening + tsent + mid)
    if v == "russian_cn":
        bits = []
        if T.get("color"):
            bits.append(color_word(rng, T, "o") + " 的")
        if brand_known:
            bits.append(brand_word(rng, T, "o"))
        parts = [parts[0] + " ".join(bits)]
    # details
    d, c = owner_details(rng, T, 0.75 if level != "bare" else 0.6)
    if T["sub"] == "phone" or T["sub"] == "bag_with_phone":
        if rng.random() < 0.5:
            d.append(rng.choice(T["lock"]["o"]))
    if T.get("wrap"):
        d.insert(0, rng.choice(T["wrap"]["o"]))
    hid = [rng.choice(h["o"]) for h in T.get("hidden", []) if rng.random() < 0.8]
    if d:
        parts.append(("特征：" if v == "plain" and rng.random() < 0.5 else "") + join_cn(d))
    if c:
        parts.append(rng.choice(["里面有", "里边有", "内有"]) + "、".join(c))
    if hid:
        parts.append(join_cn(hid))
    if T.get("printed_name") and rng.random() < 0.45:
        parts.append(rng.choice(["我叫", "名字是", "本人姓名"]) + T["printed_name"] if T["printed_name"] == p["name"]
                     else "名字是" + T["printed_name"])
        meta["name_shown"] = True
    serial_txt = format_serial(rng, T["serial"], "o") if known_serial else None
    serial_in_field = known_serial and level != "bare" and rng.random() < 0.8
    if known_serial and (not serial_in_field or rng.random() < 0.3):
        lab = with_label(T["serial"], serial_txt)
        if lab != serial_txt:
            lab = serial_label(T["serial"]) + rng.choice(["是", "：", ""]) + serial_txt
        parts.append(lab)
    if known_serial:
        meta["serial_shown"] = True
    closing = ""
    if v == "dongbei":
        closing = rng.choice(W.DONGBEI_CLOSE)
    elif v == "korean_elder":
        closing = rng.choice(W.KOREAN_CLOSE)
    elif v == "south_tourist":
        closing = rng.choice(W.SOUTH_CLOSE)
    elif v == "russian_cn":
        closing = rng.choice(["谢谢！", "请 帮助。", "我 住 " + p["hotel"]["name"] + "。"])
    body = "。".join(x for x in parts if x) + "。" + closing
    body = body.replace("。。", "。").replace("，。", "。")
    rec["body"] = body
    # fields
    full = level == "full"
    part = level == "partial"
    if T.get("color") and (full or (part and rng.random() < 0.55)):
        rec["color"] = color_word(rng, T, "o")
    if brand_known and (full or (part and rng.random() < 0.5)):
        rec["brand"] = brand_word(rng, T, "o")
    if model_known and (full or (part and rng.random() < 0.3)):
        m = T["model"]
        rec["model"] = rng.choice([m, m.replace(" ", ""), m.lower()]) if m.isascii() else m
    if serial_in_field:
        rec["serial"] = serial_txt
    mk = [rng.choice(x["o"]) for x in T.get("marks", [])] + [rng.choice(x["o"]) for x in T.get("contents", [])]
    if mk and (full or (part and rng.random() < 0.45)):
        rec["marks"] = "；".join(mk)
    if full or (part and rng.random() < 0.6):
        rec["address"] = addr_words(rng, place, s, "o") if ctx != "hotel" or rng.random() < 0.6 else p["hotel"]["name"]
    if full and rng.random() < 0.9 or (part and rng.random() < 0.45):
        rec["lat"], rec["lon"] = round(pt[0], 6), round(pt[1], 6)
    return rec, meta


def owner_report_en(rng, T, level, place, s, pt, known_serial, brand_known, model_known, meta):
    p = T["person"]
    lf, lt = T["lost_from"], T["lost_to"]
    ctx = T["context"]
    it = en_item(rng, T) if brand_known else ("my " + (W.COLORS[T["color"]][2] + " " if T.get("color") else "")
                                             + T["noun_en"])
    if not model_known and T.get("model") and T["model"].isascii():
        it = it.replace(T["model"] + " ", "")
    where = addr_words(rng, place, s, "en")
    opening = rng.choice(["Hello. ", "Good day! ", "Please help. ", ""])
    if ctx == "taxi":
        s1 = "I lost %s, I think in a taxi from %s, between %s and %s." % (it, where, en_time(rng, lf), en_time(rng, lt))
    elif ctx == "train":
        s1 = "I lost %s on the sleeper train %s to Bingcheng station, arrived %s." % (it, T["train"], en_time(rng, lt))
    else:
        s1 = "I lost %s at %s, between %s and %s." % (it, where, en_time(rng, lf), en_time(rng, lt))
    parts = [opening + s1]
    ens = [m["en"] for m in T.get("marks", []) if m["en"] and rng.random() < 0.7]
    if T["sub"] == "phone" and rng.random() < 0.5:
        ens.append(T["lock"]["en"])
    if ens:
        parts.append("It has " + ", ".join(ens) + ".")
    ce = [m["en"] for m in T.get("contents", []) if m["en"]]
    if ce:
        parts.append("Inside: " + ", ".join(ce) + ".")
    hid = [h["en"] for h in T.get("hidden", []) if h["en"] and rng.random() < 0.7]
    if hid:
        parts.append(hid[0][0].upper() + hid[0][1:] + ".")
    if T.get("printed_name"):
        parts.append("My name is " + p["ru"] + ".")
        meta["name_shown"] = True
    rec = {}
    if known_serial:
        st = format_serial(rng, T["serial"], "o")
        if rng.random() < 0.5:
            parts.append({"imei": "IMEI ", "passport": "Passport No. ", "sn": "Serial ", "card": "Card ",
                          "idno": "ID ", "frame": "Frame ", "student": "No. ", "plate": "Plate "}[T["serial"]["kind"]]
                         + st.replace("IMEI后六位", "last six ").replace("尾号", "ends ") + ".")
        else:
            rec["serial"] = st
        meta["serial_shown"] = True
    parts.append(rng.choice(["I stay at %s." % p["hotel"]["name"], "Hotel %s, please call the front desk." % p["hotel"]["name"],
                             "Spasibo!", "Thank you very much."]))
    rec["body"] = " ".join(parts)
    full = level == "full"
    if T.get("color") and (full or rng.random() < 0.5):
        rec["color"] = rng.choice([W.COLORS[T["color"]][2], color_word(rng, T, "o")])
    if brand_known and (full or rng.random() < 0.5):
        rec["brand"] = W.BRANDS[T["brand"]][2] if T["brand"] in W.BRANDS else T["brand"]
    if model_known and full:
        rec["model"] = T["model"]
    if full or rng.random() < 0.5:
        rec["address"] = (W.PLACES[place]["en_short"] if rng.random() < 0.5 else addr_words(rng, place, s, "o"))
    if full or rng.random() < 0.3:
        rec["lat"], rec["lon"] = round(pt[0], 6), round(pt[1], 6)
    return rec, meta


# ---------------------------------------------------------------------------------------
# the finder's registration
# ---------------------------------------------------------------------------------------
def finder_name(rng):
    return rng.choice(W.SURNAMES)


def role_text(rng, role, F):
    key = role + "@" + F.get("place", "")
    t = rng.choice(W.FINDER_ROLES.get(key) or W.FINDER_ROLES[role])
    return t.format(n=finder_name(rng), hotel=F.get("hotel", ""), train=F.get("train", ""),
                    occ=rng.choice(W.DESK_OCCUPATIONS))


def finder_serial_shown(rng, T, force):
    s = T.get("serial")
    if not s:
        return False
    if force:
        return True
    vis = s["finder"]
    if vis == "always":
        return rng.random() < 0.8
    if vis == "on":
        return T.get("powered") and rng.random() < 0.5
    if vis == "often":
        return rng.random() < 0.55
    if vis == "back":
        return rng.random() < 0.6
    return rng.random() < 0.3


def finder_report(rng, T, F, force_serial=False, force_brand=False, all_marks=False):
    role = F["role"]
    if role == "desk_formal":
        level = "formal"
    elif all_marks:
        level = wpick(rng, [("full", 35), ("partial", 50), ("bare", 15)])
    else:
        level = wpick(rng, [("full", 28), ("partial", 44), ("bare", 18), ("line", 10)])
    colour_key = T.get("bag_color") if T.get("wrap") else T.get("color")
    sees_brand = bool(T.get("brand")) and rng.random() < {"phone": 0.8, "electronics": 0.7, "wallet": 0.5,
                                                          "bag": 0.6}.get(T["cat_f"], 0.75)
    if T.get("wrap"):
        sees_brand = False
    if force_brand and T.get("brand"):
        sees_brand = True
    sees_model = bool(T.get("model")) and rng.random() < (0.15 if T["cat_f"] == "phone" else 0.35)
    serial_shown = finder_serial_shown(rng, T, force_serial)
    ser = format_serial(rng, T["serial"], "f") if serial_shown else None
    meta = {"serial_shown": serial_shown}
    noun = rng.choice(T["noun_f"])
    itm = item_phrase(rng, dict(T, color=colour_key), "f", show_brand=sees_brand, show_model=sees_model, noun=noun)
    if level != "line" and rng.random() < 0.35:
        itm += "一" + T.get("measure_f", T["measure"])
    marks = [rng.choice(m["f"]) for m in T.get("marks", []) if m["vis"] and (rng.random() < 0.75 or all_marks)]
    contents = [rng.choice(m["f"]) for m in T.get("contents", [])
                if rng.random() < 0.85 or T["cat_o"] == "cash" or all_marks]
    if T.get("wrap"):
        contents.insert(0, rng.choice(T["wrap"]["f"]) + "（" + color_word(rng, T, "f") + "）")
    state = []
    if T.get("sub") in ("phone", "bag_with_phone"):
        if T.get("powered"):
            state.append(rng.choice(T["lock"]["f"]) + "，屏幕已锁")
        else:
            state.append(rng.choice(["已关机（冻没电了）", "手机已关机", "没电关机，充电后可开机"]))
    if T.get("printed_name") and T["cat_o"] == "id_doc" and rng.random() < 0.75:
        marks.insert(0, "姓名" + T["printed_name"])
    rec = {}
    when_s = cn_time(rng, F["found_at"], "formal" if level == "formal" or rng.random() < 0.3 else "o")
    rt = role_text(rng, role, F)
    addr = F["address"]
    if level == "line":
        body = typo(rng, "捡到" + itm + rng.choice(["一" + T.get("measure_f", T["measure"]), "", "，"]) + " " + F["short"]
                    + " " + when_s)
        if contents and rng.random() < 0.5:
            body += "，内有" + contents[0]
        elif marks and rng.random() < 0.5:
            body += "，" + marks[0]
        body += rng.choice(["，已交", "", " 失主速来认领", "，放在阳光坐席了"])
        rec["body"] = body
        if ser and rng.random() < 0.6:
            rec["serial"] = ser
        return rec, meta
    if level == "formal":
        bits = ["拾得人：" + rt.replace("拾得人", ""), "拾得时间：" + when_s, "拾得地点：" + addr, "拾得物品：" + itm]
        feat = marks + state
        if feat:
            bits.append("特征：" + "，".join(feat))
        if contents:
            bits.append("内有：" + "、".join(contents))
        if ser:
            bits.append(serial_label(T["serial"]) + "：" + ser if ser[:1].isdigit() else ser)
        rec["body"] = "。".join(bits) + "。"
    else:
        intro = F["story"].format(role=rt, time=when_s, item=itm, addr=addr).replace("门口门口", "门口")
        parts = [intro]
        if marks or state:
            parts.append(join_cn(marks + state))
        if contents:
            parts.append(rng.choice(["打开看了，里面有", "内有", "里面有"]) + "、".join(contents))
        if ser and rng.random() < 0.5:
            parts.append(with_label(T["serial"], ser))
            ser_field = False
        else:
            ser_field = bool(ser)
        closings = ["请失主带证件来认领。", "", "等了半小时没人来找。", "东西放在值班室。"]
        if "阳光坐席" not in intro:
            closings.append("已交阳光坐席。")
        parts.append(rng.choice(closings))
        rec["body"] = "。".join(x for x in parts if x).replace("。。", "。")
        if not rec["body"].endswith("。"):
            rec["body"] += "。"
        if ser_field:
            rec["serial"] = ser
    full = level in ("full", "formal")
    part = level == "partial"
    if colour_key and (full or (part and rng.random() < 0.6)):
        rec["color"] = color_word(rng, T, "f", colour_key)
    if sees_brand and (full or (part and rng.random() < 0.5)):
        rec["brand"] = brand_word(rng, T, "f")
    if sees_model and (full or part):
        rec["model"] = T["model"]
    if ser and "serial" not in rec and (full or rng.random() < 0.5):
        rec["serial"] = ser
    mk = marks + contents
    if mk and (full or (part and rng.random() < 0.5)):
        rec["marks"] = "；".join(mk)
    if full or (part and rng.random() < 0.7):
        rec["address"] = addr
    if full or (part and rng.random() < 0.6) or (level == "bare" and rng.random() < 0.3):
        rec["lat"], rec["lon"] = round(F["lat"], 6), round(F["lon"], 6)
    return rec, meta


STORIES = {
    "sleigh_driver": ["{role}：{time}拉完一趟客人，在爬犁座底下发现{item}", "{role}说{time}收车时在{addr}捡到{item}"],
    "sanitation": ["{role}{time}在{addr}扫雪时从雪堆里扒出{item}", "{role}：{time}清雪，在{addr}路边拾得{item}"],
    "hotel_desk": ["{role}报：{time}保洁员在{addr}发现{item}，客人已退房联系不上",
                   "{role}交来{item}，{time}在{addr}发现的，不知道是哪位客人的"],
    "ski_instructor": ["{role}：{time}在{addr}的长凳上捡到{item}", "{role}{time}带课时在{addr}雪里发现{item}"],
    "train_attendant": ["{role}{time}整理卧具时发现旅客遗落的{item}，到站后移交冰城站客运值班室",
                        "{role}：{time}终到前查铺，在下铺枕头边发现{item}，已移交车站"],
    "taxi_driver": ["{role}：{time}发现乘客落在后座的{item}，交到{addr}"],
    "guard": ["{role}{time}巡查时在{addr}拾得{item}", "{role}：{time}在{addr}地上捡到{item}"],
    "nurse": ["{role}{time}在{addr}椅子上发现{item}", "{role}：{time}有家长落在{addr}的{item}"],
    "stall_owner": ["{role}：{time}客人落在{addr}的{item}，等了半天没人回来取", "{role}{time}在{addr}门口捡到{item}"],
    "passerby": ["{role}{time}在{addr}拾得{item}，送来阳光坐席", "{role}：{time}路过{addr}，地上有{item}"],
    "patrol": ["{role}{time}巡逻至{addr}时拾得{item}"],
    "bus_driver": ["{role}：{time}班车收车后在座位底下发现{item}，车停{addr}"],
}


VEHICLE_STORIES = ["{role}反映{addr}有{item}停了好几天没人动，落了一层雪，{time}拖回来的",
                   "{role}{time}在{addr}发现{item}，没上锁，周围没人",
                   "{role}：{time}在{addr}路边发现{item}倒在雪堆里"]


def finding(rng, T, mode, found_at, near_place=None, near_spot=None):
    """Where, by whom and how an object (true or decoy) is found.  mode: same, nearspot, neighbour,
    context, far (place given in near_place)."""
    F = {"found_at": found_at}
    ctx = T.get("context") if mode == "context" else None
    if ctx == "hotel":
        h = T["person"]["hotel"]
        room = str(rng.randint(3, 16)) + "%02d" % rng.randint(1, 30)
        F.update(role="hotel_desk", hotel=h["name"], lat=h["lat"] + rng.uniform(-0.0002, 0.0002),
                 lon=h["lon"] + rng.uniform(-0.0002, 0.0002))
        F["address"] = h["name"] + rng.choice([room + "房间", "大堂沙发", "早餐厅", room + "房"])
        F["short"] = h["name"]
    elif ctx == "taxi":
        F.update(role="taxi_driver", lat=W.TAXI_DEPOT["lat"], lon=W.TAXI_DEPOT["lon"],
                 address=W.TAXI_DEPOT["name"], short="出租车上")
    elif ctx == "train":
        P = W.PLACES["station"]
        F.update(role="train_attendant", train=T["train"], lat=P["lat"] + 0.0003, lon=P["lon"] - 0.0002,
                 address="冰城站客运值班室（" + T["train"] + "次列车移交）", short="火车上")
    elif ctx == "skibus":
        F.update(role="bus_driver", lat=W.SKIBUS["lat"], lon=W.SKIBUS["lon"],
                 address=W.SKIBUS["depot"], short="滑雪班车上")
    else:
        place = near_place or T["place"]
        spot = near_spot or T["spot"]
        P = W.PLACES[place]
        vehicle = T["cat_f"] in ("ebike", "bicycle")
        if mode == "nearspot" or (mode == "far" and near_spot is None):
            spot = rng.choice([x[0] for x in P["spots"] if x[0] != spot] if mode == "nearspot"
                              else [x[0] for x in P["spots"]])
        elif mode == "neighbour" and W.NEAR[place]:
            place = rng.choice(W.NEAR[place])
            P = W.PLACES[place]
            spot = rng.choice([x[0] for x in P["spots"]])
        if vehicle and spot not in W.OUTDOOR[place]:
            spot = rng.choice(W.OUTDOOR[place])
        pt = spot_point(rng, place, spot, 60)
        F.update(role=rng.choice(W.VEHICLE_FINDERS if vehicle else P["finders"]), lat=pt[0], lon=pt[1],
                 place=place, spot=spot)
        F["address"] = P["formal"] + spot
        F["short"] = rng.choice(P["owner"])
    role = F["role"]
    if T["cat_f"] in ("ebike", "bicycle") and not ctx:
        F["story"] = rng.choice(VEHICLE_STORIES)
    else:
        F["story"] = rng.choice(STORIES.get(role, STORIES["passerby"]))
    return F
