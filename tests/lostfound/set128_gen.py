# -*- coding: utf-8 -*-
"""Objects and registrations for set128.

A hidden truth record is drawn for each object; the owner's lost report and the
finder's found registration are then written from it separately, each knowing only
what that person could know.  All randomness comes from the one Random passed in.
"""
import datetime

from set128_world import (NOW, LUNAR, ZONES, ADJACENT, ELSEWHERE, TAXI_CO, COLORS, COLOR_SEEN_AS,
                          BRANDS, MODELS, SURNAMES, GIVEN, PINYIN_SURNAME, HOMETOWNS, SCHOOLS,
                          BANKS, TYPOS)

NOW_DT = datetime.datetime(*NOW)
ZONE_KEYS = sorted(ZONES)

# ---------------------------------------------------------------- numbers

def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(a) * b for a, b in zip(body17, ID_W)) % 11]


class Ids:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _fresh(self, make):
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    def imei(self):
        r = self.rng

        def mk():
            body = "86" + "".join(str(r.randrange(10)) for _ in range(12))
            return body + luhn_digit(body)
        return self._fresh(mk)

    def idno(self, prefix, year):
        r = self.rng

        def mk():
            d = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randrange(365))
            body = prefix + d.strftime("%Y%m%d") + "%03d" % r.randrange(1, 999)
            return body + id_check(body)
        return self._fresh(mk)

    def digits(self, n, lead=""):
        r = self.rng
        return self._fresh(lambda: lead + "".join(str(r.randrange(10)) for _ in range(n - len(lead))))

    def alnum(self, n, lead=""):
        r = self.rng
        abc = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return self._fresh(lambda: lead + "".join(r.choice(abc) for _ in range(n - len(lead))))


# ---------------------------------------------------------------- people

def person(rng):
    s = rng.choice(SURNAMES)
    g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return s + g


# ---------------------------------------------------------------- serial wordings

def fmt_imei(rng, v):
    c = rng.randrange(7)
    if c == 0:
        return v
    if c == 1:
        return "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
    if c == 2:
        return "IMEI:" + v
    if c == 3:
        return "IMEI1 " + " ".join(v[i:i + 4] for i in range(0, 15, 4))
    if c == 4:
        return "串号后6位" + v[-6:]
    if c == 5:
        return v[:8] + "-" + v[8:]
    return "IMEI " + v


def fmt_id(rng, v, owner):
    c = rng.randrange(6)
    if owner and c in (0, 1):
        return v if c == 0 else "%s %s %s" % (v[:6], v[6:14], v[14:])
    if c in (0, 2):
        return v[:6] + "********" + v[-4:]
    if c == 3:
        return v[:3] + "*" * 11 + v[-4:]
    if c == 4:
        return "尾号" + v[-4:]
    return v[:4] + "**********" + v[-4:]


def fmt_card(rng, bank, tail):
    c = rng.randrange(5)
    if c == 0:
        return "尾号" + tail
    if c == 1:
        return bank[1] + "****" + tail
    if c == 2:
        return "**** **** **** " + tail
    if c == 3:
        return "卡号后四位" + tail
    return tail


def fmt_code(rng, v, word):
    c = rng.randrange(6)
    if c == 0:
        return v
    if c == 1:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if c == 2:
        return v.lower()
    if c == 3:
        return word + v
    if c == 4:
        return word + "后六位" + v[-6:]
    return word + ":" + v[:-1] + "?"  # last character unreadable


# ---------------------------------------------------------------- objects

def pick_color(rng, opts):
    return rng.choice(opts)


def mk_model(rng, brand):
    lst = MODELS.get(brand)
    if not lst:
        return None
    return rng.choice(lst)


def distinct_slots(rng, pools, avoid=None):
    """pools: list of (slot, [options]); returns list of (slot, text) differing from avoid per slot."""
    out = []
    avoid = dict(avoid or [])
    for slot, opts in pools:
        choices = [o for o in opts if o != avoid.get(slot)] or opts
        out.append((slot, rng.choice(choices)))
    return out


KINDS = {
    "phone": ["smartphone"],
    "id_doc": ["idcard", "idcard", "student", "driver", "social", "passport"],
    "wallet": ["long_wallet", "short_wallet", "cardholder"],
    "keys": ["carkey", "dormkey", "homekey", "ebikekey"],
    "ebike": ["ebike"],
    "bicycle": ["bike"],
    "bag": ["backpack", "suitcase", "woven", "handbag", "giftbag"],
    "cash": ["hongbao", "hongbao", "envelope", "roll"],
    "jewelry": ["gold_bangle", "gold_chain", "gold_ring", "silver_lock", "silver_bangle", "jade"],
    "electronics": ["powerbank", "earbuds", "kidwatch", "tablet", "camera"],
    "other": ["gloves", "scarf", "thermos", "ticketholder", "umbrella", "wristband"],
}

# kind -> (canonical word, synonyms, english, unit, colours, brands, zones)
KINFO = {
    "smartphone": ("手机", ["手机", "电话", "机子", "手机一部"], "phone", "部",
                   ["black", "white", "blue", "gold", "silver", "green", "purple", "grey"],
                   ["huawei", "apple", "xiaomi", "oppo", "vivo", "honor", "redmi"],
                   ["rail", "hsr", "bus", "spa", "fair", "mart", "hosp", "taxi", "dorm"]),
    "idcard": ("身份证", ["身份证", "二代身份证", "身份证件", "ID card"], "ID card", "张", [], [],
               ["rail", "hsr", "bus", "hosp", "mart", "spa", "taxi"]),
    "student": ("学生证", ["学生证", "学生卡", "student card"], "student card", "本", ["red", "blue"], [],
                ["rail", "hsr", "bus", "fair"]),
    "driver": ("驾驶证", ["驾驶证", "驾照", "驾驶本"], "driving licence", "本", ["black", "brown"], [],
               ["mart", "hosp", "dorm", "taxi", "bus"]),
    "social": ("社保卡", ["社保卡", "社会保障卡", "医保卡"], "social security card", "张", ["blue", "green"], [],
               ["hosp", "hosp", "mart"]),
    "passport": ("护照", ["护照", "passport"], "passport", "本", ["red"], [], ["hsr", "rail", "spa", "taxi"]),
    "long_wallet": ("长款钱包", ["钱包", "长钱包", "皮夹", "钱夹", "wallet"], "wallet", "个",
                    ["black", "brown", "red", "pink", "blue"], ["luye", "baiyang"],
                    ["rail", "hsr", "bus", "mart", "fair", "taxi", "hosp"]),
    "short_wallet": ("短款钱包", ["钱包", "短钱包", "皮夹子", "钱夹", "wallet"], "wallet", "个",
                     ["black", "brown", "grey"], ["luye", "baiyang"],
                     ["rail", "bus", "dorm", "mart", "spa", "taxi"]),
    "cardholder": ("卡包", ["卡包", "卡套", "证件卡包", "card holder"], "card holder", "个",
                   ["black", "brown", "blue", "pink"], ["luye", "baiyang"], ["hsr", "rail", "mart", "hosp"]),
    "carkey": ("车钥匙", ["车钥匙", "汽车钥匙", "遥控钥匙", "car key"], "car key", "把", ["black", "silver"],
               ["vw", "byd", "toyota", "wuling", "geely"], ["mart", "spa", "hosp", "fair", "hsr"]),
    "dormkey": ("宿舍钥匙", ["宿舍钥匙", "钥匙串", "一串钥匙"], "dorm keys", "串", ["silver", "yellow"], [],
                ["dorm", "dorm", "mart", "rail"]),
    "homekey": ("家门钥匙", ["钥匙", "钥匙串", "家里钥匙", "一串钥匙", "keys"], "keys", "串", ["silver", "gold"], [],
                ["mart", "fair", "hosp", "spa", "bus"]),
    "ebikekey": ("电动车钥匙", ["电动车钥匙", "电瓶车钥匙", "车钥匙"], "e-bike key", "把", ["black", "red", "blue"],
                 ["yadea", "aima", "tailg"], ["mart", "hosp", "dorm", "fair"]),
    "ebike": ("电动车", ["电动车", "电瓶车", "电驴", "小电驴", "电摩"], "e-bike", "辆",
              ["white", "black", "blue", "red", "grey", "pink"], ["yadea", "aima", "tailg", "lifeng"],
              ["mart", "hosp", "dorm", "fair", "rail"]),
    "bike": ("自行车", ["自行车", "单车", "脚踏车", "山地车"], "bike", "辆", ["black", "blue", "red", "white", "grey"],
             ["giant", "forever", "phoenix"], ["dorm", "mart", "hosp", "fair"]),
    "backpack": ("双肩包", ["双肩包", "背包", "书包", "backpack"], "backpack", "个", ["black", "grey", "blue", "pink"],
                 ["tule", "xingzhe"], ["rail", "hsr", "bus", "taxi", "fair", "spa"]),
    "suitcase": ("行李箱", ["行李箱", "拉杆箱", "旅行箱", "箱子", "suitcase"], "suitcase", "个",
                 ["silver", "black", "blue", "pink", "white"], ["tule", "xingzhe"], ["rail", "hsr", "bus", "taxi"]),
    "woven": ("编织袋", ["编织袋", "蛇皮袋", "大袋子"], "woven bag", "个", ["red", "blue", "white"], [],
              ["rail", "bus", "taxi"]),
    "handbag": ("手提包", ["手提包", "包包", "挎包", "手包"], "handbag", "个", ["black", "brown", "red", "white"],
                ["baiyang", "luye"], ["mart", "hosp", "fair", "spa", "taxi"]),
    "giftbag": ("年货袋", ["年货袋", "购物袋", "手提袋", "一袋年货"], "shopping bag", "个", ["red", "white", "yellow"], [],
                ["mart", "fair", "bus", "taxi"]),
    "hongbao": ("红包", ["红包", "压岁钱红包", "利是", "红包袋"], "red envelope", "个", ["red", "gold"], [],
                ["fair", "mart", "spa", "rail", "hosp", "dorm"]),
    "envelope": ("信封装现金", ["现金", "信封", "一信封钱", "牛皮纸信封"], "envelope of cash", "个",
                 ["brown", "white", "yellow"], [], ["rail", "bus", "hosp", "taxi", "dorm"]),
    "roll": ("一卷现金", ["现金", "一沓钱", "一卷钱", "cash"], "cash", "卷", ["red"], [],
             ["mart", "fair", "rail", "bus", "dorm"]),
    "gold_bangle": ("金手镯", ["金手镯", "金镯子", "黄金手镯"], "gold bangle", "只", ["gold"], ["jinmanlou", "fuyuan"],
                    ["spa", "spa", "hosp", "mart"]),
    "gold_chain": ("金项链", ["金项链", "金链子", "黄金项链"], "gold necklace", "条", ["gold"], ["jinmanlou", "fuyuan"],
                   ["spa", "spa", "fair", "rail"]),
    "gold_ring": ("金戒指", ["金戒指", "戒指", "黄金戒指"], "gold ring", "枚", ["gold"], ["jinmanlou", "fuyuan"],
                  ["spa", "hosp", "mart"]),
    "silver_lock": ("银长命锁", ["长命锁", "银锁", "银长命锁", "小孩银锁"], "silver lock pendant", "个", ["silver"], [],
                    ["fair", "fair", "hosp", "mart"]),
    "silver_bangle": ("银手镯", ["银手镯", "银镯子", "小银镯"], "silver bangle", "只", ["silver"], [],
                      ["fair", "spa", "hosp"]),
    "jade": ("玉坠", ["玉坠", "玉佩", "翡翠吊坠"], "jade pendant", "个", ["green", "white"], [], ["spa", "fair", "rail"]),
    "powerbank": ("充电宝", ["充电宝", "移动电源", "power bank"], "power bank", "个", ["white", "black", "blue", "pink"],
                  ["dianxiaoman", "beineng", "xiaomi"], ["rail", "hsr", "bus", "taxi", "hosp"]),
    "earbuds": ("蓝牙耳机", ["蓝牙耳机", "无线耳机", "耳机", "earbuds"], "earbuds", "副", ["white", "black"],
                ["shenglai", "huawei_e", "apple_e"], ["hsr", "rail", "spa", "taxi", "fair"]),
    "kidwatch": ("儿童电话手表", ["电话手表", "儿童手表", "智能手表", "手表"], "kid's smart watch", "块",
                 ["pink", "blue", "purple", "black"], ["xiaoyaxing", "tongxin"], ["fair", "spa", "mart", "hosp"]),
    "tablet": ("平板电脑", ["平板", "平板电脑", "iPad", "tablet"], "tablet", "台", ["grey", "silver"], ["lanjing"],
               ["hsr", "rail", "taxi"]),
    "camera": ("相机", ["相机", "数码相机", "camera"], "camera", "台", ["black"], ["lanjing"], ["fair", "hsr"]),
    "gloves": ("手套", ["手套", "一副手套", "棉手套"], "gloves", "副", ["black", "grey", "red", "brown"], [],
               ["rail", "bus", "fair", "dorm", "mart"]),
    "scarf": ("围巾", ["围巾", "围脖", "毛线围巾", "scarf"], "scarf", "条", ["red", "grey", "brown", "blue"], [],
              ["fair", "hsr", "rail", "spa", "hosp"]),
    "thermos": ("保温杯", ["保温杯", "水杯", "杯子", "保温壶"], "thermos", "个", ["black", "silver", "pink", "blue"],
                ["nuantu"], ["rail", "bus", "hosp", "dorm", "hsr"]),
    "ticketholder": ("车票夹", ["车票夹", "证件套", "票夹"], "ticket holder", "个", ["brown", "black", "blue"], [],
                     ["rail", "hsr", "bus"]),
    "umbrella": ("雨伞", ["雨伞", "伞", "折叠伞"], "umbrella", "把", ["black", "blue", "purple"], [],
                 ["bus", "hosp", "mart", "rail"]),
    "wristband": ("温泉手牌", ["手牌", "手环", "储物柜手牌"], "locker wristband", "个", ["blue", "red"], [], ["spa"]),
}

PHONE_SLOTS = [("case", ["透明手机壳", "黑色硅胶壳", "带支架的皮套", "粉色小熊卡通壳", "翻盖皮套", "蓝色磨砂壳",
                         "印着'恭喜发财'的红色壳", "迷彩手机壳", "没有套壳"]),
               ("wear", ["屏幕右上角有裂痕", "后盖摔裂一道", "钢化膜碎了一角", "边框掉漆", "屏幕完好", "摄像头玻璃有划痕"]),
               ("deco", ["挂着红色中国结挂绳", "背面贴着全家福贴纸", "挂了个小猪佩奇挂件", "壳里夹着一张公交卡",
                         "背面贴了'平安'贴纸", "挂着黄色手腕绳"])]
PHONE_HID = ["锁屏是小孩照片", "锁屏壁纸是一只橘猫", "锁屏是老家房子的照片", "开机密码是生日", "壳里夹着100块钱",
             "微信头像是一朵荷花", "里面两张卡，一张老家的号", "屏保是周杰伦", "锁屏是全家福", "没设密码"]


def mk_object(rng, ids, cat, kind=None, color=None, brand=None, model=None, avoid_vis=None, zone=None):
    if kind is None:
        kind = rng.choice(KINDS[cat])
    word, syn, en, unit, colors, brands, zones = KINFO[kind]
    o = {"cat": cat, "kind": kind, "word": word, "syn": syn, "en": en, "unit": unit}
    o["color"] = color if color is not None else (rng.choice(colors) if colors else None)
    if brand is None and brands:
        brand = rng.choice(brands)
    o["brand"] = brand
    if brand and model is None:
        model = mk_model(rng, brand)
    o["model"] = model if brand else None
    o["zone"] = zone if zone else rng.choice(zones)
    o["serial"] = None          # (type, value, extra)
    o["own_serial"] = 0.0       # probability the owner knows it
    o["see_serial"] = 0.0       # probability the finder can read it
    o["own_model"] = 0.8
    o["see_brand"] = 0.7
    o["see_model"] = 0.2
    o["name"] = person(rng)
    hid = []
    pools = []
    if kind == "smartphone":
        o["serial"] = ("imei", ids.imei(), None)
        o["own_serial"], o["see_serial"], o["see_model"] = 0.55, 0.3, 0.3
        pools = PHONE_SLOTS
        hid = rng.sample(PHONE_HID, 2)
    elif kind in ("idcard", "driver"):
        ht, pre = rng.choice(HOMETOWNS)
        year = rng.randrange(1958, 2006)
        v = ids.idno(pre, year)
        o["serial"] = ("id", v, None)
        o["own_serial"], o["see_serial"] = 0.7, 0.85
        sex = "男" if int(v[16]) % 2 else "女"
        pools = [("name", ["姓名%s" % o["name"]]), ("home", ["住址%s" % ht]), ("sex", ["%s，%d年生" % (sex, year)])]
        if kind == "driver":
            pools.append(("cls", [rng.choice(["准驾车型C1", "准驾车型C2", "准驾车型A2", "准驾车型B2"])]))
        hid = [rng.choice(["证件套是透明的", "夹着一张一寸照", "里面还夹着两张名片", "就一张证没别的"])]
    elif kind == "student":
        school = rng.choice(SCHOOLS)
        v = ids.digits(10, "202" + str(rng.randrange(1, 5)))
        o["serial"] = ("stu", v, school)
        o["own_serial"], o["see_serial"] = 0.75, 0.8
        pools = [("name", ["姓名%s" % o["name"]]), ("school", [school]),
                 ("deco", ["套着卡通卡套", "贴着火车票优惠磁条", "夹着一张寒假返乡证明", "封皮磨损"])]
        hid = [rng.choice(["里面夹着一张饭卡", "优惠区间写的到澧川", "照片是高中时候拍的"])]
    elif kind == "social":
        bank = rng.choice(BANKS)
        tail = ids.digits(4)
        o["serial"] = ("card", tail, bank)
        o["own_serial"], o["see_serial"] = 0.6, 0.7
        pools = [("name", ["姓名%s" % o["name"]]), ("bank", ["%s联名社保卡" % bank[0]])]
        hid = ["看病用的"]
    elif kind == "passport":
        v = ids.alnum(9, "EK")
        o["serial"] = ("passport", v, None)
        o["own_serial"], o["see_serial"] = 0.8, 0.9
        py = PINYIN_SURNAME.get(o["name"][0], "LI")
        pools = [("name", ["%s / %s" % (o["name"], py)]), ("cover", ["装在黑色护照套里", "没有套", "护照套是蓝色的"])]
        hid = [rng.choice(["里面夹着回国的行程单", "夹着一张美元", "里面有一张加拿大的驾照"])]
    elif kind in ("long_wallet", "short_wallet", "cardholder"):
        bank = rng.choice(BANKS)
        tail = ids.digits(4)
        o["serial"] = ("card", tail, bank)
        o["own_serial"], o["see_serial"] = 0.6, 0.65
        o["see_brand"] = 0.5
        cash = rng.choice([0, 50, 120, 260, 300, 480, 600, 850, 1200, 2000, 3600])
        o["amount"] = cash
        pools = [("style", ["拉链款", "对折款", "按扣款", "有点旧了边角磨白", "带零钱格"]),
                 ("cards", ["%s卡一张" % bank[0], "%s卡和一张超市会员卡" % bank[0], "%s卡、公交卡各一张" % bank[0]])]
        if rng.random() < 0.5:
            pools.append(("idin", ["身份证一张(%s)" % o["name"]]))
        hid = ["现金%s" % ("大概%d块" % cash if cash else "没有")] + [rng.choice(
            ["有张小孩的照片", "夹层里有张欠条", "有一张火车票报销凭证", "里面有张女儿画的画", "夹着两张彩票"])]
        if kind == "cardholder":
            o["amount"] = 0
            hid = [rng.choice(["放了好几张卡", "有张员工卡", "夹着健身卡"])]
    elif kind == "carkey":
        o["serial"] = None
        o["own_model"] = 0.0
        pools = [("chain", ["挂着小熊公仔钥匙扣", "钥匙扣是个红色福袋", "带一个蓝色门禁卡", "挂了一个指甲刀",
                            "钥匙扣是澧钢工会发的", "皮质钥匙包装着"]),
                 ("extra", ["还有两把家门钥匙", "一把小挂锁钥匙", "就一把车钥匙", "带一个U盘"])]
        hid = [rng.choice(["车是白色的", "车在超市地下车库停着", "备用钥匙在老家", "钥匙上贴了车牌号后三位"])]
    elif kind in ("dormkey", "homekey", "ebikekey"):
        tag = ids.alnum(5, "K")
        if kind == "dormkey":
            pools = [("tag", ["钥匙牌写着%d栋%d" % (rng.randrange(1, 9), rng.randrange(101, 620))]),
                     ("chain", ["红绳串着", "一个铁圈", "挂着工牌", "挂了个安全帽小挂件"])]
        elif kind == "homekey":
            pools = [("chain", ["挂着小铃铛", "挂着毛绒兔子", "红色福字钥匙扣", "皮质钥匙包", "带一个门禁扣"]),
                     ("count", ["%d把钥匙" % rng.randrange(2, 6)])]
        else:
            o["own_model"] = 0.2
            pools = [("chain", ["挂着红绳", "带遥控器", "钥匙扣是个小葫芦", "挂着一个开瓶器"]),
                     ("count", ["就一把", "连着一把锁钥匙"])]
        o["tag"] = tag
        hid = [rng.choice(["门锁是老式的", "家里没人有备用的", "宿舍就这一套", "其中一把是仓库的"])]
    elif kind == "ebike":
        frame = ids.alnum(15, "L" + rng.choice("YAT"))
        plate = "澧川" + rng.choice("ABCD") + str(ids.digits(5))
        o["serial"] = ("frame", frame, plate)
        o["own_serial"], o["see_serial"] = 0.35, 0.6
        o["see_brand"], o["see_model"] = 0.95, 0.4
        pools = [("plate", ["车牌%s" % plate]),
                 ("box", ["后面装了个黑色尾箱", "没有尾箱", "后座加了个儿童座椅", "前面挂了挡风被"]),
                 ("wear", ["左边后视镜掉了", "脚踏板有个裂口", "坐垫套是豹纹的", "车头贴着'出入平安'"])]
        hid = [rng.choice(["电池是去年新换的", "钥匙还在我手上", "车是锁了的", "没锁，停了一下就不见了"])]
    elif kind == "bike":
        frame = ids.alnum(12, rng.choice(["GT", "YJ", "FH"]))
        o["serial"] = ("frame", frame, None)
        o["own_serial"], o["see_serial"] = 0.25, 0.5
        o["see_brand"], o["see_model"] = 0.9, 0.3
        pools = [("basket", ["前面有车篮", "没有车篮", "加了后货架"]),
                 ("lock", ["锁着U型锁", "挂着钢缆锁", "没上锁"]),
                 ("wear", ["车把缠了黑胶布", "座垫破了用塑料袋包着", "后挡泥板弯了", "贴着'澧钢'贴纸"])]
        hid = [rng.choice(["二手买的", "链条刚上过油", "车座调得很低"])]
    elif kind in ("backpack", "suitcase", "woven", "handbag", "giftbag"):
        if kind == "suitcase":
            pools = [("size", ["24寸", "20寸登机箱", "28寸大箱"]),
                     ("tag", ["把手上系着红丝带", "贴满了旅游贴纸", "挂着名字吊牌(%s)" % o["name"], "一个轮子坏了"])]
            hid = [rng.choice(["密码是%03d" % rng.randrange(1000), "里面是给爸妈的年货和衣服", "装着一个笔记本电脑"])]
            if rng.random() < 0.3:
                o["serial"] = ("tag", ids.alnum(8, "LT"), None)
                o["own_serial"], o["see_serial"] = 0.6, 0.8
        elif kind == "woven":
            pools = [("tie", ["口子用麻绳扎着", "用红色塑料绳捆的", "上面用记号笔写了'%s'" % o["name"]]),
                     ("content", ["里面是被子和衣服", "装着腊肉腊鱼", "里面是棉被"])]
            hid = [rng.choice(["被子里面包着给孩子的新鞋", "有一瓶老家的酒", "棉被是新弹的"])]
        elif kind == "giftbag":
            pools = [("print", ["印着惠万家字样", "印着'新春大吉'", "无纺布袋子", "印着福字的塑料袋"]),
                     ("content", ["装着对联和糖果", "有两瓶酒和一盒坚果", "里面是年糕和腊肠"])]
            hid = [rng.choice(["小票还在袋子里", "一共花了三百多", "有一包给小孩的烟花"])]
        else:
            pools = [("content", ["里面有衣服和充电器", "装着一台笔记本电脑", "有课本和一个水杯", "装了药和病历本",
                                  "化妆包和纸巾"]),
                     ("deco", ["拉链上挂着小熊", "侧兜有个保温杯", "带子是断了又缝的", "印着学校名字", "没有特别的"])]
            hid = [rng.choice(["夹层里有500块钱", "有一张身份证复印件", "病历本写着%s" % o["name"], "有一把宿舍钥匙"])]
        o["see_brand"] = 0.5
        o["own_model"] = 0.0
        o["model"] = None
    elif kind in ("hongbao", "envelope", "roll"):
        amt = rng.choice([200, 400, 500, 600, 800, 1000, 1200, 1600, 2000, 3000, 5000, 6600, 8800])
        o["amount"] = amt
        if kind == "hongbao":
            pools = [("print", ["印着'福'字", "印着'恭喜发财'", "印着小老虎", "烫金'大吉大利'"]),
                     ("write", ["背面写着'给%s'" % o["name"][1:], "没写字", "写着'奶奶给的'", "写着'新年快乐'"])]
            hid = ["里面%d元" % amt]
        elif kind == "envelope":
            pools = [("print", ["牛皮纸信封", "白色信封印着澧钢工会", "银行的信封"]),
                     ("write", ["封面写着'%s工钱'" % o["name"], "写着'过年'", "没写字", "写了个'%d'" % amt])]
            hid = ["是%d元工钱" % amt, "都是一百的"]
        else:
            pools = [("band", ["用橡皮筋扎着", "用纸条捆着", "对折在一起"]),
                     ("mix", ["有百元和五十的", "全是一百的新钞", "夹着几张十块的"])]
            hid = ["一共%d块" % amt]
        o["brand"] = None
        o["model"] = None
    elif kind in ("gold_bangle", "gold_chain", "gold_ring", "silver_lock", "silver_bangle", "jade"):
        lo_hi = {"gold_bangle": (15, 60), "gold_chain": (5, 30), "gold_ring": (2, 10), "silver_lock": (10, 40),
                 "silver_bangle": (12, 45), "jade": (0, 0)}[kind]
        g = round(rng.uniform(*lo_hi), 1) if lo_hi[1] else None
        o["gram"] = g
        if kind.startswith("gold"):
            pools = [("stamp", ["内圈印着足金999", "刻着足金", "印着Au999"]),
                     ("look", ["古法雕花的", "光面的", "刻着'福'字", "有个小缺口", "雕了龙凤"])]
            hid = ["大概%s克" % g, rng.choice(["是结婚时买的", "妈妈留下的", "今年本命年买的"])]
        elif kind == "silver_lock":
            pools = [("text", ["正面刻着'长命百岁'", "刻着'平安喜乐'", "背面刻了小孩名字'%s'" % o["name"][1:]]),
                     ("chain", ["红绳穿着", "银链子", "挂着小铃铛"])]
            hid = ["孩子满月时外婆给的"]
        elif kind == "silver_bangle":
            pools = [("text", ["刻着'平安'", "有两个小铃铛", "雕了如意纹"]), ("size", ["小孩戴的", "大人戴的"])]
            hid = ["开口的可以调大小"]
        else:
            pools = [("shape", ["观音像", "平安扣", "葫芦形", "貔貅"]), ("rope", ["红绳穿着", "黑绳穿着", "金扣子"])]
            hid = [rng.choice(["在庙里开过光", "背面有一点裂纹", "老公送的"])]
        o["own_model"] = 0.0
        o["model"] = None
        o["see_brand"] = 0.6
    elif kind in ("powerbank", "earbuds", "kidwatch", "tablet", "camera"):
        if kind == "kidwatch":
            o["serial"] = ("imei", ids.imei(), None)
            o["own_serial"], o["see_serial"] = 0.3, 0.5
            pools = [("sticker", ["表带上贴着奥特曼贴纸", "表背面贴着名字'%s'" % o["name"], "表带是彩虹色的",
                                  "屏幕贴了卡通膜"]),
                     ("wear", ["表带扣有点松", "表盘有划痕", "基本全新"])]
            hid = [rng.choice(["孩子今年6岁", "手表里存着爸妈的电话", "定位显示最后在庙会"])]
        else:
            o["serial"] = ("sn", ids.alnum(10, "SN" if kind != "earbuds" else "E"), None)
            o["own_serial"], o["see_serial"] = 0.15, 0.55
            if kind == "powerbank":
                pools = [("cap", ["10000mAh", "20000mAh", "5000mAh"]),
                         ("deco", ["带自带线", "贴着一张'禁止带上飞机'的标签", "外壳有划痕", "套着硅胶套"])]
            elif kind == "earbuds":
                pools = [("case", ["充电盒有个黄色保护套", "盒子外面有划痕", "只有充电盒里一只耳机", "盒子贴着名字贴"]),
                         ("deco", ["挂着防丢绳", "套着鳄鱼壳", "没有套"])]
            else:
                pools = [("case", ["套着黑色保护套", "贴了钢化膜", "带键盘的壳", "没有壳"]),
                         ("deco", ["背面贴着课程表", "有一道划痕", "贴着猫咪贴纸"])]
            hid = [rng.choice(["里面有工作文件", "密码是1234", "是公司发的", "买了才一个月"])]
    else:  # other
        o["own_model"] = 0.0
        o["model"] = None if kind != "thermos" else o["model"]
        if kind == "gloves":
            pools = [("mat", ["毛线的", "皮的加绒", "劳保棉手套", "分指的"]), ("deco", ["手背有雪花图案", "一只破了个洞", "素色"])]
        elif kind == "scarf":
            pools = [("mat", ["羊毛的", "毛线织的", "格子的"]), ("deco", ["带流苏", "有个小标签写着手工", "一头有点起球"])]
        elif kind == "thermos":
            pools = [("size", ["500ml", "1升大的", "带提手的"]), ("deco", ["贴着'%s'名字贴" % o["name"], "杯身有凹痕",
                                                                      "杯盖是粉色的", "刻着'澧钢先进个人'"])]
        elif kind == "ticketholder":
            pools = [("content", ["里面夹着报销凭证和一张名片", "夹着一张照片", "夹着几张纸条"]),
                     ("mat", ["皮质的", "塑料的透明款", "布的"])]
        elif kind == "umbrella":
            pools = [("type", ["三折伞", "长柄伞", "自动伞"]), ("deco", ["伞柄是木头的", "印着银行广告", "有一根骨折了"])]
        else:
            n = rng.randrange(1, 400)
            o["serial"] = ("band", "%s%03d" % (rng.choice("ABC"), n), None)
            o["own_serial"], o["see_serial"] = 0.7, 0.95
            pools = [("type", ["硅胶手环", "弹力绳手牌", "塑料扣手环"]), ("deco", ["带电子感应片", "牌子上有编号", "扣子有点松"])]
        hid = [rng.choice(["是老婆织的", "用了好几年了", "去年过年买的", "是单位发的", "不值钱但是有纪念意义"])]
    o["vis"] = distinct_slots(rng, pools, avoid_vis)
    o["hid"] = hid
    return o


def same_vis_slot_differs(a, b):
    da = dict(a["vis"])
    return all(da.get(s) != t for s, t in b["vis"] if s in da)


# ---------------------------------------------------------------- words for one registration

def word_color(rng, o, finder):
    if not o["color"]:
        return None
    if finder and rng.random() < 0.15 and o["color"] in COLOR_SEEN_AS:
        return rng.choice(COLOR_SEEN_AS[o["color"]])
    return rng.choice(COLORS[o["color"]][0])


def word_brand(rng, o):
    b = o["brand"]
    if not b:
        return None
    b = b.replace("_e", "")
    r = rng.random()
    opts = BRANDS[b]
    if r < 0.5:
        return opts[0]
    return rng.choice(opts)


def word_model(rng, o):
    if not o["model"]:
        return None
    canon, others = o["model"]
    return canon if rng.random() < 0.45 else rng.choice(others)


def word_kind(rng, o):
    return o["word"] if rng.random() < 0.45 else rng.choice(o["syn"])


def dt_of(minutes):
    return NOW_DT - datetime.timedelta(minutes=minutes)


def part_of_day(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 11:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def day_word(rng, d, english=False):
    delta = (NOW_DT.date() - d.date()).days
    if english:
        return {0: "today", 1: "yesterday"}.get(delta, "on Jan %d" % d.day)
    r = rng.random()
    if delta == 0:
        return "今天"
    if delta == 1 and r < 0.8:
        return "昨天"
    if delta == 2 and r < 0.7:
        return "前天"
    if r < 0.25 and d.day in LUNAR:
        return LUNAR[d.day]
    return "%d月%d号" % (d.month, d.day) if r < 0.6 else "%d.%d" % (d.month, d.day)


def clock(rng, d, loose=True):
    h = d.hour
    h12 = h if h <= 12 else h - 12
    m = d.minute
    if not loose and rng.random() < 0.5:
        return "%d:%02d" % (h, m)
    if m < 15:
        return "%d点%s" % (h12, rng.choice(["左右", "", "钟"]))
    if m < 45:
        return "%d点%s" % (h12, rng.choice(["多", "半", "半左右"]))
    return "快%d点" % (h12 + 1 if h12 < 12 else 1)


def when_phrase(rng, minutes, english=False):
    d = dt_of(minutes)
    if english:
        h = d.hour % 12 or 12
        return "%s around %d%s" % (day_word(rng, d, True), h, "pm" if d.hour >= 12 else "am")
    return day_word(rng, d) + part_of_day(d.hour) + clock(rng, d)


def window_phrase(rng, lf, lt, english=False):
    if lf - lt <= 100:
        return when_phrase(rng, (lf + lt) // 2, english)
    a, b = dt_of(lf), dt_of(lt)
    if english:
        return "between %s and %s" % (when_phrase(rng, lf, True), when_phrase(rng, lt, True))
    if a.date() == b.date():
        pb = part_of_day(b.hour)
        return "%s%s%s到%s%s之间" % (day_word(rng, a), part_of_day(a.hour), clock(rng, a),
                                  "" if pb == part_of_day(a.hour) else pb, clock(rng, b))
    return "%s%s到%s%s之间" % (day_word(rng, a), part_of_day(a.hour), day_word(rng, b), part_of_day(b.hour))


def typo(rng, text):
    hits = [(a, b) for a, b in TYPOS if a in text]
    if not hits:
        return text
    a, b = rng.choice(hits)
    return text.replace(a, b, 1)


def tidy(s):
    for a, b in (("，，", "，"), ("。，", "。"), ("…，", "…"), ("（，", "（"), ("，。", "。"), ("，.", "."),
                 ("  ", " "), (" ，", "，"), ("，，", "，")):
        while a in s:
            s = s.replace(a, b)
    return s.strip(" ，")


def dedup(lst):
    out = []
    for x in lst:
        if x and x not in out:
            out.append(x)
    return out


def clip(s, n):
    return s if len(s) <= n else s[:n]


def jitter(rng, lat, lon, far=0.0012):
    return round(lat + rng.uniform(-far, far), 5), round(lon + rng.uniform(-far, far), 5)


def spot_of(zone, spot_name):
    zname, zlat, zlon, spots = ZONES[zone]
    for s in spots:
        if s[0] == spot_name:
            return zname, zlat + s[1], zlon + s[2], s[3], s[4]
    raise KeyError(spot_name)


def serial_words(rng, o, owner):
    t, v, extra = o["serial"]
    if t == "imei":
        return fmt_imei(rng, v)
    if t == "id":
        return fmt_id(rng, v, owner)
    if t == "card":
        return fmt_card(rng, extra, v)
    if t == "stu":
        c = rng.randrange(3)
        return v if c == 0 else ("学号" + v if c == 1 else "%s-%s-%s" % (v[:4], v[4:8], v[8:]))
    if t == "frame":
        if extra and rng.random() < 0.3:
            return extra  # the plate written in the serial box
        return fmt_code(rng, v, "车架号")
    if t == "passport":
        return v if rng.random() < 0.6 else "护照号" + v
    if t == "band":
        return rng.choice(["%s号" % v, "手牌" + v, v.replace(v[0], v[0] + "-", 1)])
    if t == "tag":
        return fmt_code(rng, v, "托运牌")
    return fmt_code(rng, v, "SN")
