# -*- coding: utf-8 -*-
"""Write tests/lostfound/set105.json: a blind lost-and-found set for an invented
Hainan resort town (鹿湾市) in the Spring Festival weeks.

Usage: PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/set105_gen.py

One random.Random(SEED); nothing iterates over an unordered set, so the output
is the same on every run and under any PYTHONHASHSEED."""

import sys
sys.dont_write_bytecode = True
import copy
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import set105_world as W  # noqa: E402
import set105_objects as O  # noqa: E402

SEED = 1050607
PFX = "S105"
PART = "set105"
N_PAIRS = 150
N_UNPAIRED = 90
NEG_PLAN = [("near_twin", 28), ("same_cat_color_nearby", 30), ("found_before_loss", 24),
            ("same_brand_elsewhere", 26), ("other_person_same_doc", 12)]
MAX_CROSS = 4

CAT_COUNTS = {"phone": 40, "id_doc": 30, "wallet": 30, "keys": 22, "bag": 25, "electronics": 25,
              "ebike": 15, "bicycle": 8, "cash": 12, "jewelry": 15, "other": 18}

CN_NUM_WORD = {200: "两百", 500: "五百", 1000: "一千", 2000: "两千", 3000: "三千", 5000: "五千"}


# ================================================================= small helpers

def trim(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    for p in ("。", "；", "，"):
        i = cut.rfind(p)
        if i > n * 0.6:
            return cut[:i + 1]
    return cut


def jitter(R, lat, lon, r=0.0025):
    return round(lat + R.uniform(-r, r), 6), round(lon + R.uniform(-r, r), 6)


FANCY = ("曜石黑", "深空灰", "香槟金", "土豪金", "樱花粉", "珍珠白", "哑光黑")
GADGETS = ("phone", "electronics")


def color_word(R, c, cat=None):
    if not c:
        return ""
    v = W.COLORS[c]
    if cat and cat not in GADGETS and R.random() < 0.9:
        v = [x for x in v if x not in FANCY] or v
    return R.choice(v)


def brand_word(R, b, plain=False):
    if not b:
        return ""
    v = W.BRANDS[b]
    if plain:
        return R.choice(v[:-1]) if len(v) > 2 else v[0]
    return R.choice(v) if R.random() < 0.85 else v[-1]


def model_word(R, m):
    if not m:
        return ""
    r = R.random()
    if r < 0.45:
        return m
    if r < 0.65:
        return m.replace(" ", "")
    if r < 0.8:
        return m.lower()
    parts = m.split(" ")
    if len(parts) > 2:
        return " ".join(parts[:-1])
    return m.replace(" ", "-")


def typo(R, s):
    opts = [(a, b) for a, b in W.BODY_TYPO if a in s]
    if not opts:
        return s
    a, b = R.choice(opts)
    return s.replace(a, b, 1)


def name_as_seen(R, name):
    if R.random() < 0.12:
        chars = list(name)
        for i in range(len(chars) - 1, 0, -1):
            if chars[i] in W.NAME_TYPO:
                chars[i] = W.NAME_TYPO[chars[i]]
                return "".join(chars)
    return name


# ================================================================= time

def tparts(absmin):
    d, rem = divmod(absmin, 1440)
    return d, rem // 60, rem % 60


def t_owner(R, a_from, a_to):
    span = a_to - a_from
    d1, h1, m1 = tparts(a_from)
    d2, h2, m2 = tparts(a_to)
    dl1, dl2 = W.day_label(d1), W.day_label(d2)
    if span <= 240 and d1 == d2:
        return R.choice([
            "%s%s%d点到%d点之间" % (dl1, W.hour_label(h1), W.h12(h1), W.h12(h2) if h2 != h1 else W.h12(h1) + 1),
            "%s%s%d点多" % (dl1, W.hour_label(h1), W.h12(h1)),
            "%s%d:%02d左右" % (dl1, h1, m1),
            "%s那天%s" % (dl1, W.hour_label(h1)),
        ])
    if d1 == d2:
        return R.choice(["%s%s到%s" % (dl1, W.hour_label(h1), W.hour_label(h2)), "%s白天" % dl1, "%s那天" % dl1])
    if d2 - d1 == 1:
        return R.choice(["%s%s到%s%s之间" % (dl1, W.hour_label(h1), dl2, W.hour_label(h2)), "%s晚上到第二天早上" % dl1,
                         "%s到%s" % (dl1, dl2)])
    return R.choice(["%s到%s这几天" % (dl1, dl2), "这几天（%s以后）" % dl1, "%s以后不知道哪天" % dl1])


def t_finder(R, a, formal):
    d, h, m = tparts(a)
    if formal:
        return R.choice(["%s%d时许" % (W.day_label(d), h), "%s%d时%02d分" % (W.day_label(d), h, m), "%s%s%d时许" % (W.day_label(d), W.hour_label(h), h)])
    return R.choice(["%s%s" % (W.day_label(d), W.hour_label(h)), "%s%s%d点多" % (W.day_label(d), W.hour_label(h), W.h12(h)),
                     "%s%s" % (W.day_label(d), W.hour_label(h))])


def draw_window(R, cat):
    hour = R.choices(list(range(24)), [1, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 10, 9, 8, 8, 9, 10, 10, 11, 12, 12, 10, 6, 3])[0]
    start = R.randint(19, 44) * 1440 + hour * 60 + R.randint(0, 59)
    r = R.random()
    if r < 0.45:
        span = R.randint(20, 180)
    elif r < 0.75:
        span = R.randint(180, 600)
    elif r < 0.9:
        span = R.randint(720, 2160)
    else:
        span = R.randint(2880, 7200)
    end = min(start + span, W.REF_MIN - 120)
    if end <= start:
        start = end - 30
    return start, end


def draw_found_time(R, a_from, a_to, cat):
    late = R.randint(0, 2880) if cat not in ("ebike", "bicycle") else R.randint(0, 10080)
    if R.random() < 0.6:
        hi = a_to + R.randint(10, 600)
    else:
        hi = a_to + late
    hi = min(hi, W.REF_MIN - 10)
    lo = a_from
    if hi < lo:
        hi = lo
    return R.randint(lo, hi)


# ================================================================= serials

def serial_text(R, s, side):
    """-> (field value, phrase for the body)"""
    k, v = s["kind"], s["value"]
    if k == "imei":
        forms = [v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14]), "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:]), "IMEI:" + v]
        if side == "owner" and R.random() < 0.35:
            t = v[-6:]
            return "串号后六位" + t, "串号后六位是%s" % t
        f = R.choice(forms)
        return f, R.choice(["IMEI号%s" % f, "串号%s" % f, "IMEI %s" % f])
    if k == "idcard":
        masked = v[:6] + "********" + v[-4:]
        if side == "owner":
            r = R.random()
            if r < 0.55:
                return v, "身份证号%s" % v
            if r < 0.8:
                return "尾号" + v[-4:], "身份证尾号%s" % v[-4:]
            return masked, "身份证号%s" % masked
        r = R.random()
        if r < 0.6:
            return masked, "证件号%s" % masked
        if r < 0.85:
            return v, "证件号码%s" % v
        m2 = v[:3] + "***********" + v[-4:]
        return m2, "号码%s" % m2
    if k == "bankcard":
        b, t = v[:4], v[4:]
        if side == "owner":
            f = R.choice(["尾号" + t, t, "卡号后四位" + t])
            return f, "%s卡尾号%s" % (s.get("bank", "银行"), t)
        f = R.choice(["%s****%s" % (b, t), "%s **** **** %s" % (b, t), "****%s" % t])
        return f, "银行卡号%s" % f
    if k in ("passport", "hkmo"):
        f = R.choice([v, v.lower(), "%s %s %s" % (v[0], v[1:5], v[5:])])
        if side == "owner" and R.random() < 0.3:
            return "后四位" + v[-4:], "证件号后四位%s" % v[-4:]
        return f, "证件号%s" % f
    if k == "student":
        f = R.choice([v, "学号" + v, v[-6:]])
        return f, "学号%s" % v if f != v[-6:] else "学号后六位%s" % f
    if k == "room":
        f = R.choice(["%s房" % v, "房号" + v, v])
        return f, "房号%s" % v
    if k in ("carplate", "plate"):
        p, rest = v[:2], v[2:]
        f = R.choice(["%s%s" % (p, rest), "%s·%s" % (p, rest), "%s-%s" % (p, rest), "%s %s" % (p, rest), rest])
        return f, "车牌%s" % f
    if k == "frame":
        f = R.choice([v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4))])
        if side == "owner" and R.random() < 0.3:
            return "后六位" + v[-6:], "车架号后六位%s" % v[-6:]
        return f, "车架号%s" % f
    if k == "sn":
        if side == "owner" and R.random() < 0.4:
            return v[-4:], "序列号最后几位是%s" % v[-4:]
        f = R.choice([v, v.lower(), " ".join(v[i:i + 4] for i in range(0, len(v), 4))])
        return f, "序列号%s" % f
    if k == "tag":
        f = R.choice([v, v[2:], "%s-%s" % (v[:2], v[2:])])
        return f, "行李牌号%s" % f
    return v, v


# ================================================================= object phrases

def obj_phrase(R, o, side, color):
    if o["cat"] == "cash" and o["kind"] != "红包":
        color = None
    cw = color_word(R, color, o["cat"]).rstrip("的") if color and R.random() < (0.8 if side == "owner" else 0.9) else ""
    bw = brand_word(R, o["brand"]) if o["brand"] and R.random() < (0.8 if side == "owner" else 0.85) else ""
    mw = model_word(R, o["model"]) if o["model"] and R.random() < (0.45 if side == "owner" else 0.3) else ""
    noun = R.choice(o["nouns"])
    if bw and mw and bw[-1].isascii() and mw[0].isascii():
        mw = " " + mw
    r = R.random()
    if r < 0.5:
        return "%s%s%s%s" % (cw, bw, mw, noun)
    if r < 0.75 and (cw or bw):
        s = "%s%s%s" % (bw, (" " + mw) if mw else "", noun)
        return s + ("，%s的" % cw if cw else "")
    return "%s%s%s" % ((bw + mw).strip(), noun, ("（%s）" % cw) if cw else "")


# ================================================================= voices

OPEN = {
    "dongbei": ["俺们是哈尔滨来旅游的，", "哈尔滨来的游客，", "我东北的，来这边过年，", "", "我们一家从哈尔滨过来猫冬，"],
    "jing": ["您好，北京来的游客，", "劳驾，", "我们一家从北京过来玩儿，", "", "您好，"],
    "chuan": ["你好，我们成都来耍的，", "成都游客，", "麻烦问一哈，", "", "我们从成都过来过年，"],
    "hainan": ["我本地的，", "我阿公讲，", "我阿婆", "", "我是新风街的，"],
    "houniao": ["我们是{city}来这过冬的，住金椰花园，", "我是来这边猫冬的老人，{city}的，", "候鸟老人，{city}人，", "我和老伴每年冬天来这边，"],
    "plain": ["您好，", "", "求助：", "急！", "你好，"],
}
VERB = {
    "dongbei": ["整丢了", "给整没了", "落那了", "丢了"],
    "jing": ["丢了", "落那儿了", "找不着了"],
    "chuan": ["搞掉了", "弄丢了", "落起了", "搞丢了"],
    "hainan": ["无见了", "丢了", "落掉了"],
    "houniao": ["丢了", "找不着了", "不知道落哪了"],
    "plain": ["丢失", "遗失", "丢了"],
}
CLOSE = {
    "dongbei": ["贼着急，麻烦给瞅瞅。", "捡到的老铁联系我，必有重谢。", "谢谢了啊。", "咋整啊，麻烦了。", ""],
    "jing": ["您受累给留意一下，谢谢您嘞。", "劳您费心。", "有消息麻烦告诉我一声儿。", ""],
    "chuan": ["麻烦你们帮忙找一哈，谢谢哈。", "捡到的好心人联系我嘛，要得。", "急得很。", ""],
    "hainan": ["麻烦帮忙看下，多谢。", "有人捡到请打给我，多谢啦。", "阿公急得饭都食不下。", ""],
    "houniao": ["老人家记性不好，麻烦你们了。", "我岁数大了眼神不好，给你们添麻烦了。", "孩子都在外地，只能我自己来报。", "谢谢同志。"],
    "plain": ["如有拾到请联系，必有酬谢。", "谢谢。", "急寻。", ""],
}
ACT = {
    "beach": ["下海游泳的时候放在沙滩上", "带孩子玩沙子的时候", "躺沙滩椅上晒太阳", "拍照的时候"],
    "market": ["吃海鲜的时候", "买芒果的时候", "等加工档上菜的时候", "逛夜市人多挤来挤去"],
    "mall": ["逛免税店的时候", "排队提货的时候", "试衣服的时候"],
    "airport": ["取行李的时候", "过安检的时候", "候机的时候"],
    "transport": ["坐机场大巴的时候", "等船的时候", "下车的时候", "排队买票的时候"],
    "hotel": ["退房的时候", "泳池边晒太阳的时候", "吃自助早餐的时候", "大堂等车的时候"],
    "home": ["出门遛弯", "下楼扔垃圾", "去买菜"],
    "park": ["跳广场舞的时候", "早上晨练的时候", "坐长椅上歇脚"],
    "street": ["逛街的时候", "喝老爸茶的时候", "买椰子的时候"],
    "scenic": ["拍照的时候", "爬山的时候", "停车场上下车的时候"],
    "public": ["看病排队的时候", "窗口缴费的时候"],
    "far": ["逛的时候"],
}
STORE = ["现暂存于阳光坐席。", "已登记入库。", "暂存所内待认领。", "物品已交值班室保管。", "", "已拍照留存。"]


def owner_details(R, o, person, voice, sided_color):
    d = []
    if o["cat"] in ("id_doc",) or (o.get("name_visible") and R.random() < 0.6):
        nm = person["name"]
        d.append(R.choice(["名字叫%s" % nm, "上面是%s的名字" % nm, "姓名%s" % nm, "%s的" % nm]))
    for ow, fi in o["vis"]:
        if R.random() < 0.7:
            d.append(ow)
    if o.get("lock") and R.random() < 0.6:
        d.append(o["lock"][0])
    for h in o["hid"]:
        if R.random() < 0.55:
            d.append(h)
    if o["contents"]:
        cs = [c[0] for c in o["contents"] if R.random() < 0.8]
        if cs:
            d.append(R.choice(["里面有", "里边装着", "里头有"]) + "、".join(cs))
    if o.get("cash") and o["cat"] in ("wallet", "cash"):
        x = o["cash"]
        r = R.random()
        if o["cat"] == "cash":
            if r < 0.5:
                d.append("一共%d块" % x)
            elif r < 0.8:
                d.append("大概%d多块" % (x // 100 * 100 if x >= 200 else x))
            else:
                d.append("总共%s" % CN_NUM_WORD.get(x, "%d元" % x))
        elif r < 0.6:
            d.append(R.choice(["现金大概%d块" % x, "还有%d来块钱" % (x // 100 * 100 if x >= 100 else x), "现金%d" % x]))
    return d


def finder_details(R, o, person, seen_serial):
    d = []
    if o.get("name_visible") and R.random() < 0.9:
        d.append(R.choice(["姓名：%s", "署名%s", "持有人%s", "证上姓名%s"]) % name_as_seen(R, person["name"]))
    for ow, fi in o["vis"]:
        if R.random() < 0.75:
            d.append(fi)
    if o.get("lock"):
        if R.random() < 0.6:
            d.append(o["lock"][1])
        else:
            d.append(R.choice(["手机已关机", "电量耗尽无法开机", "屏幕锁定"]))
    elif o["cat"] == "phone":
        d.append(R.choice(["手机已关机", "有锁屏密码", "多个未接来电"]))
    if o["contents"]:
        cs = [c[1] for c in o["contents"] if R.random() < 0.9]
        if cs:
            d.append("内有" + "、".join(cs))
    if o.get("cash") and o["cat"] != "bag":
        x = o["cash"]
        if o["cat"] == "cash":
            d.append(R.choice(["人民币%d元" % x, "经清点共计现金%d元" % x, "现金%d元" % x]))
        elif x:
            d.append(R.choice(["现金%d元" % x, "内有现金人民币%d元" % x]))
        else:
            d.append("无现金")
    return d


# ================================================================= lost report

def field_p(profile):
    return {"full": 0.85, "partial": 0.5, "body": 0.12, "hurried": 0.05}[profile]


def render_lost(R, o, person, win, place_key, alt_place):
    voice = person["voice"]
    if R.random() < 0.08:
        voice = "plain"
    profile = R.choices(["full", "partial", "body", "hurried"], [25, 35, 28, 12])[0]
    pname, aliases, plat, plon, pkind = W.PLACES[place_key]
    color = o["color"]
    if color and R.random() < 0.06 and color in W.COLOR_SLIP:
        color = W.COLOR_SLIP[color]
    ophr = obj_phrase(R, o, "owner", color)
    tphr = t_owner(R, *win)
    place_w = R.choice(aliases + [pname])
    if alt_place and R.random() < 0.5:
        place_txt = "可能在%s，也可能是在%s" % (place_w, R.choice(W.PLACES[alt_place][1]))
    else:
        place_txt = "在" + place_w + ("" if place_w.endswith("附近") else R.choice(["", "附近", "一带", ""]))
    know_serial = o["serial"] is not None and R.random() < o["owner_serial_p"]
    sfield, sphr = serial_text(R, o["serial"], "owner") if know_serial else (None, None)
    det = owner_details(R, o, person, voice, color)
    if sphr:
        det.insert(R.randint(0, len(det)), sphr)
    verb = R.choice(VERB[voice])
    opener = R.choice(OPEN[voice]).format(city=person["city"])
    closing = R.choice(CLOSE[voice])
    act = R.choice(ACT[pkind])
    r = R.random()
    if profile == "hurried":
        body = "%s%s %s %s" % (ophr, verb, tphr, place_w)
        if det and R.random() < 0.5:
            body += " " + det[0]
        body = typo(R, body) if R.random() < 0.6 else body
    elif r < 0.12:
        who = R.choice(["我妈", "我爸", "我外婆", "我老公", "我媳妇", "孩子"])
        body = "帮%s报个失。%s%s%s，%s%s，%s。%s" % (who, tphr, place_txt, act, ophr, verb, "，".join(det) if det else "别的记不清了", closing)
    elif r < 0.2:
        body = "%s前台代客人报失：客人%s%s%s，%s。%s请协助查找。" % (
            R.choice(["海韵大酒店", "蓝湾度假酒店", "椰风海景民宿"]), tphr, place_txt, verb + ophr if voice == "plain" else "遗失" + ophr,
            "，".join(det) if det else "其他信息客人未提供", "客人%s日后返程，" % R.choice(["两", "三", "五"]) if R.random() < 0.5 else "")
    elif r < 0.6:
        body = "%s%s%s%s，%s%s。%s%s" % (opener, tphr, place_txt, act, ophr, verb, ("，".join(det) + "。") if det else "", closing)
    else:
        body = "%s%s%s%s%s，%s。%s" % (tphr, place_txt, R.choice(["丢失", "遗失", "丢了", "不见了"]), ophr, "" if not det else "", "，".join(det) if det else "细节记不太清", closing)
    if profile != "hurried" and R.random() < 0.12:
        body = typo(R, body)
    rec = {"category": o["cat"], "body": trim(body, 600)}
    p = field_p(profile)
    if color and R.random() < p:
        rec["color"] = trim(color_word(R, color, o["cat"]), 60)
    if o["brand"] and R.random() < p:
        rec["brand"] = brand_word(R, o["brand"])
    if o["model"] and R.random() < p * 0.7:
        rec["model"] = model_word(R, o["model"])
    if sfield and R.random() < max(p, 0.4):
        rec["serial"] = trim(sfield, 60)
    if det and R.random() < p * 0.8:
        rec["marks"] = trim("；".join(det), 500)
    if R.random() < max(p, 0.3):
        rec["address"] = trim(R.choice([pname, place_w, "鹿湾市" + pname, pname + R.choice(["附近", "门口", "一带", ""])]), 60)
    if R.random() < p * 0.6:
        rec["lat"], rec["lon"] = jitter(R, plat, plon, 0.003)
    rec["lost_from_min"] = W.REF_MIN - win[0]
    rec["lost_to_min"] = W.REF_MIN - win[1]
    return rec


# ================================================================= found item

FINDERS = {
    "beach": ["officer", "sanitation", "lifeguard", "tourist"],
    "market": ["officer", "vendor", "vendor", "tourist"],
    "mall": ["security", "security", "officer", "tourist"],
    "airport": ["security", "driver", "officer"],
    "transport": ["driver", "security", "officer", "tourist"],
    "hotel": ["clerk", "clerk", "clerk", "officer"],
    "home": ["resident", "officer", "resident"],
    "park": ["resident", "sanitation", "officer", "tourist"],
    "street": ["officer", "vendor", "sanitation", "tourist"],
    "scenic": ["security", "officer", "tourist"],
    "public": ["security", "officer"],
    "far": ["officer", "security", "tourist"],
}


def render_found(R, o, person, f_abs, place_key, cat_override=None):
    pname, aliases, plat, plon, pkind = W.PLACES[place_key]
    if o["cat"] in ("ebike", "bicycle"):
        ftype = R.choice(["patrol", "patrol", "officer", "resident", "rental"])
    else:
        ftype = R.choice(FINDERS[pkind])
        if place_key in ("ferry", "marina") and R.random() < 0.6:
            ftype = "ferry"
    formal = ftype in ("officer", "patrol", "clerk", "security")
    seen_serial = o["serial"] is not None and R.random() < o["finder_serial_p"]
    sfield, sphr = serial_text(R, o["serial"], "finder") if seen_serial else (None, None)
    ophr = obj_phrase(R, o, "finder", o["color"])
    if cat_override == "wallet" and o["cat"] == "cash":
        ophr = color_word(R, o["color"], "wallet") + "零钱包（内有现金）"
    det = finder_details(R, o, person, seen_serial)
    if sphr:
        det.insert(R.randint(0, len(det)), sphr)
    if o["cat"] == "ebike" and R.random() < 0.5:
        fr = o["frame"]
        det.append("车架号%s" % R.choice([fr, fr.lower()]))
        if not sfield:
            sfield = fr
    dtxt = "，".join(det) or R.choice(["无其他特征", "无明显特征", "未见其他物品"])
    tf = t_finder(R, f_abs, formal)
    pw = R.choice(aliases + [pname, pname])
    spot = R.choice(["", "附近", "旁", "入口处", "长椅上", "地上"])
    sur = R.choice(W.HAINAN_SURNAMES)
    if ftype == "officer":
        body = "%s，民警%s在%s%s巡逻时拾得%s，%s。%s" % (tf, R.choice(["", "、辅警", ""]), pw, R.choice(["", "附近", "一带"]), ophr, dtxt or "无其他特征", R.choice(STORE))
    elif ftype == "patrol":
        body = "%s巡逻发现%s%s停放一辆%s，无人看管，%s。已拖回所内停放，待车主认领。" % (tf, pw, R.choice(["路边", "绿化带旁", "人行道上", "停车区"]), ophr, dtxt)
    elif ftype == "rental":
        body = "%s车行%s老板报称：%s在%s发现一辆%s乱停，不是本店的车，%s，交来登记。" % (R.choice(["椰城租车", "海岛租车"]), sur, tf, pw, ophr, dtxt)
    elif ftype == "clerk":
        room = "%d%02d" % (R.randint(2, 18), R.randint(1, 40))
        body = "%s前台交来：客房服务员%s在%s房查房时发现客人遗留%s，%s，客人已退房，电话联系未果。" % (pname if pkind == "hotel" else "海韵大酒店", tf, room, ophr, dtxt)
    elif ftype == "sanitation":
        body = "环卫工%s阿姨交来：%s在%s清扫时捡到%s，%s。伊讲%s。" % (sur, tf, pw, ophr, dtxt, R.choice(["在椰子树下面", "在垃圾桶旁边", "在沙里半埋着", "在路边"]))
    elif ftype == "lifeguard":
        body = "救生员%s在%s%s号救生塔附近沙滩上捡到%s，%s，交我所。" % (tf, pw, R.randint(1, 6), ophr, dtxt)
    elif ftype == "vendor":
        body = "%s摊主%s老板交来：%s有客人落在档口的%s，%s，伊讲客人%s。" % (pw, sur, tf, ophr, dtxt, R.choice(["是北方口音", "好像是一家人", "吃完就走了", "记不得样子了"]))
    elif ftype == "security":
        body = "%s保安%s在%s%s拾得%s，%s。" % (pname, tf, R.choice(["二楼", "洗手间", "服务台", "出口", "候车区", "座椅"]), R.choice(["", "附近"]), ophr, dtxt)
    elif ftype == "driver":
        veh = R.choice(["机场大巴", "网约车", "出租车", "景区接驳车"])
        seat = "车厢第%d排座位下" % R.randint(1, 12) if veh in ("机场大巴", "景区接驳车") else R.choice(["后座", "后排座椅缝里", "副驾驶脚垫上"])
        body = "%s司机交来：%s收车时在%s发现%s，%s。" % (veh, tf, seat, ophr, dtxt)
    elif ftype == "ferry":
        body = "%s工作人员%s在候船厅座位上拾得%s，%s，广播寻人无果。" % (pname, tf, ophr, dtxt)
    elif ftype == "resident":
        body = "%s%s在%s%s捡到%s，%s，送到所里。" % (R.choice(["金椰花园一位东北老大爷", "附近居民", "小区物业", "晨练的阿姨"]), tf, pw, spot, ophr, dtxt)
    else:
        body = R.choice(["我%s在%s捡到一个%s，%s，交给你们了。" % (tf, pw, ophr, dtxt),
                         "游客交来：%s在%s%s捡到%s，%s。游客已返程，未留电话。" % (tf, pw, spot, ophr, dtxt)])
    if R.random() < 0.07:
        body = typo(R, body)
    profile = R.choices(["full", "partial", "body", "hurried"], [45 if formal else 20, 35, 15, 5])[0]
    p = field_p(profile)
    rec = {"category": cat_override or o["cat"], "body": trim(body, 600)}
    if o["color"] and R.random() < p:
        rec["color"] = color_word(R, o["color"], o["cat"])
    if o["brand"] and R.random() < p:
        rec["brand"] = brand_word(R, o["brand"], plain=formal)
    if o["model"] and R.random() < p * 0.5:
        rec["model"] = model_word(R, o["model"])
    if sfield and R.random() < max(p, 0.5):
        rec["serial"] = trim(sfield, 60)
    if det and R.random() < p:
        rec["marks"] = trim("；".join(det), 500)
    if R.random() < max(p, 0.5):
        rec["address"] = trim(R.choice([pname, pw, pname + spot, "鹿湾市" + pname]), 60)
    if R.random() < max(p * 0.8, 0.35):
        rec["lat"], rec["lon"] = jitter(R, plat, plon)
    rec["found_at_min"] = W.REF_MIN - f_abs
    return rec


# ================================================================= building

def new_object(R, cat, person, force_color=None, force_brand=None, kind=None):
    gen = O.GENS[cat]
    o = None
    for _ in range(40):
        o = gen(R, force_color=force_color, force_brand=force_brand, person=person)
        if kind is None or o["kind"] == kind:
            break
    return o


def twin_of(R, o, person):
    """Same kind, brand, model, colour; a different object (new serial, new person,
    one mark redrawn)."""
    t = copy.deepcopy(o)
    p2 = O.make_person(R, person["origin"])
    if R.random() < 0.4:
        p2["name"] = person["sur"] + p2["name"][len(p2["sur"]):]
    fresh = new_object(R, o["cat"], p2, force_color=o["color"], force_brand=o["brand"], kind=o["kind"])
    if fresh["serial"] is not None:
        t["serial"] = fresh["serial"]
        if fresh["serial"]["kind"] == "idcard":
            t["serial"] = {"kind": "idcard", "value": p2["id"]}
    if o["cat"] == "ebike":
        t["plate"], t["frame"] = fresh["plate"], fresh["frame"]
        t["vis"] = fresh["vis"]
        if t["serial"]["kind"] == "plate":
            t["serial"] = {"kind": "plate", "value": fresh["plate"]}
    elif t["vis"] and R.random() < 0.6:
        i = R.randrange(len(t["vis"]))
        if fresh["vis"]:
            t["vis"][i] = fresh["vis"][0]
    t["hid"] = fresh["hid"]
    t["contents"] = fresh["contents"] if R.random() < 0.6 else t["contents"]
    if t.get("cash") is not None and fresh.get("cash") is not None:
        t["cash"] = fresh["cash"]
    if t.get("lock") and R.random() < 0.7:
        t["lock"] = fresh.get("lock")
    if o["cat"] in ("wallet", "bag"):
        # contents name the first person; keep them consistent with the twin's owner
        t["contents"] = fresh["contents"]
        t["serial"] = fresh["serial"]
        t["name_visible"] = fresh.get("name_visible")
    return t, p2


def build():
    R = random.Random(SEED)
    cats = []
    for c in sorted(CAT_COUNTS):
        cats += [c] * CAT_COUNTS[c]
    assert len(cats) == N_PAIRS + N_UNPAIRED
    R.shuffle(cats)
    items = []  # hidden truth: one per lost report
    for i, cat in enumerate(cats):
        person = O.make_person(R)
        o = new_object(R, cat, person)
        pk = R.choice(W.CAT_PLACES[cat])
        win = draw_window(R, cat)
        items.append({"o": o, "p": person, "place": pk, "win": win, "paired": i < N_PAIRS})

    lost_recs, found_recs = [], []
    cross = 0
    for idx, it in enumerate(items):
        o, person, pk, win = it["o"], it["p"], it["place"], it["win"]
        alt_place = None
        fpk = pk
        if it["paired"]:
            r = R.random()
            if r < 0.3 and W.NEAR.get(pk):
                fpk = R.choice(W.NEAR[pk])
            elif r < 0.36 and o["cat"] in ("phone", "bag", "wallet", "id_doc", "electronics"):
                fpk = R.choice(["airport", "bus_stop_yelin", "station"])
            if fpk != pk and R.random() < 0.5:
                alt_place = fpk
        elif R.random() < 0.1 and W.NEAR.get(pk):
            alt_place = R.choice(W.NEAR[pk])
        lr = render_lost(R, o, person, win, pk, alt_place)
        lr["_id"] = idx
        lost_recs.append(lr)
        if it["paired"]:
            f_abs = draw_found_time(R, win[0], win[1], o["cat"])
            co = None
            if o.get("alt_cat") and cross < MAX_CROSS and R.random() < 0.9:
                co = o["alt_cat"]
                cross += 1
            fr = render_found(R, o, person, f_abs, fpk, co)
            fr["_truth_of"] = idx
            found_recs.append(fr)

    # ---------------- hard negatives
    used = {}
    order = list(range(len(items)))
    R.shuffle(order)
    neg_count = {}
    for label, n in NEG_PLAN:
        made = 0
        for idx in order:
            if made >= n:
                break
            if used.get(idx, 0) >= 2:
                continue
            it = items[idx]
            o, person, pk, win = it["o"], it["p"], it["place"], it["win"]
            near_pk = R.choice([pk] + W.NEAR.get(pk, [])) if R.random() < 0.7 else pk
            if label == "near_twin":
                if o["cat"] in ("cash",) and R.random() < 0.5:
                    continue
                no, np_ = twin_of(R, o, person)
                f_abs = R.randint(win[0], min(win[1] + 1440, W.REF_MIN - 10))
                fpk = near_pk
            elif label == "same_cat_color_nearby":
                np_ = O.make_person(R)
                no = None
                for _ in range(30):
                    cand = new_object(R, o["cat"], np_, force_color=o["color"])
                    if o["brand"] is None or cand["brand"] != o["brand"] or cand["kind"] != o["kind"]:
                        no = cand
                        break
                if no is None:
                    continue
                f_abs = R.randint(win[0], min(win[1] + 2880, W.REF_MIN - 10))
                fpk = near_pk
            elif label == "found_before_loss":
                if R.random() < 0.5:
                    no, np_ = twin_of(R, o, person)
                else:
                    np_ = O.make_person(R)
                    no = new_object(R, o["cat"], np_, force_color=o["color"], force_brand=o["brand"])
                f_abs = win[0] - R.randint(90, 8 * 1440)
                fpk = near_pk
            elif label == "same_brand_elsewhere":
                if not o["brand"]:
                    continue
                np_ = O.make_person(R)
                no = new_object(R, o["cat"], np_, force_brand=o["brand"])
                if no["brand"] != o["brand"]:
                    continue
                fpk = R.choice(W.FAR)
                if R.random() < 0.5:
                    f_abs = R.randint(15 * 1440, W.REF_MIN - 60)
                else:
                    f_abs = R.randint(win[0], min(win[1] + 1440, W.REF_MIN - 10))
            else:  # other_person_same_doc
                if not (o["cat"] == "id_doc" or o.get("name_visible") or (o["serial"] and o["serial"]["kind"] == "room")):
                    continue
                np_ = O.make_person(R, person["origin"])
                no = new_object(R, o["cat"], np_, kind=o["kind"])
                f_abs = R.randint(win[0], min(win[1] + 2880, W.REF_MIN - 10))
                fpk = near_pk
            fr = render_found(R, no, np_, f_abs, fpk)
            fr["negative"] = label
            fr["_anchor"] = idx
            found_recs.append(fr)
            used[idx] = used.get(idx, 0) + 1
            made += 1
        neg_count[label] = made

    # ---------------- keys
    R.shuffle(lost_recs)
    R.shuffle(found_recs)
    fkey_of_truth = {}
    found_out = []
    for i, fr in enumerate(found_recs):
        key = "%s-F%04d" % (PFX, i + 1)
        if "_truth_of" in fr:
            fkey_of_truth[fr["_truth_of"]] = key
        rec = {"key": key}
        for k in ("category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "found_at_min", "negative"):
            if k in fr:
                rec[k] = fr[k]
        found_out.append(rec)
    lost_out = []
    for i, lr in enumerate(lost_recs):
        rec = {"key": "%s-L%04d" % (PFX, i + 1)}
        for k in ("category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min", "lost_to_min"):
            if k in lr:
                rec[k] = lr[k]
        rec["truth"] = fkey_of_truth.get(lr["_id"])
        lost_out.append(rec)
    doc = {"seed": SEED, "made_by": "tests/lostfound/set105_gen.py",
           "parts": {PART: {"found": found_out, "lost": lost_out}}}
    return doc, neg_count, cross


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main():
    doc, neg_count, cross = build()
    out = os.path.join(HERE, "set105.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(dumps(doc))
    part = doc["parts"][PART]
    paired = sum(1 for l in part["lost"] if l["truth"])
    print("wrote %s: lost %d (paired %d, never found %d), found %d, negatives %s, cross-category %d" % (
        out, len(part["lost"]), paired, len(part["lost"]) - paired, len(part["found"]),
        json.dumps(neg_count, ensure_ascii=False), cross))


if __name__ == "__main__":
    main()
