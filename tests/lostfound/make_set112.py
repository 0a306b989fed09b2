#!/usr/bin/python3
"""make_set112.py: writes set112.json beside itself.

A blind labelled lost-and-found set: an invented Pearl River Delta factory town
(樟岚镇) in the year-end rush before Spring Festival.  Each object is a hidden
truth record (set112_items.py); the owner's lost report and the finder's
registration are written from it separately, each knowing only what that person
would know.  Standard library only, one random.Random(SEED).
"""

import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import set112_world as W          # noqa: E402
import set112_items as I          # noqa: E402

SEED = 1121229
PFX = "S112"
PART = "set112"

TRUE_BY_CAT = {"phone": 25, "id_doc": 24, "wallet": 18, "keys": 12, "ebike": 12, "bicycle": 7,
               "bag": 15, "cash": 10, "jewelry": 8, "electronics": 13, "other": 6}
NEVER_BY_CAT = {"phone": 16, "id_doc": 12, "wallet": 12, "keys": 8, "ebike": 8, "bicycle": 5,
                "bag": 8, "cash": 8, "jewelry": 5, "electronics": 5, "other": 3}
NEG_PLAN = [("same_cat_color", 32), ("found_before_loss", 24), ("same_brand_elsewhere", 22),
            ("twin_stated_difference", 26), ("twin_unstated_difference", 16)]
CROSS_CATEGORY_PAIRS = 4

PREF_GROUPS = {
    "phone": ["hj", "ls", "hx", "bus", "emk", "night", "post", "labour", "shop", "village", "road"],
    "id_doc": ["hj", "ls", "hx", "bus", "labour", "shop", "road"],
    "wallet": ["night", "bus", "shop", "post", "hj", "village", "road"],
    "keys": ["hj", "ls", "hx", "village", "night", "road"],
    "ebike": ["village", "hj", "ls", "night", "emk", "road"],
    "bicycle": ["village", "hj", "ls", "hx", "road"],
    "bag": ["bus", "post", "bus", "shop", "emk"],
    "cash": ["hj", "ls", "shop", "bus", "post", "labour"],
    "jewelry": ["night", "shop", "village", "bus", "emk"],
    "electronics": ["emk", "bus", "hj", "night", "post", "village"],
    "other": ["bus", "labour", "hj", "road", "village"],
}

PLACES = [dict(name=n, group=g, e=e, n_=nn) for (n, g, e, nn) in W.PLACES]
BY_GROUP = {}
for _p in PLACES:
    BY_GROUP.setdefault(_p["group"], []).append(_p)


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.names = set()

    # ---------------------------------------------------------- small helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def latlon(self, place, jitter=25):
        r = self.rng
        e = place["e"] + r.uniform(-jitter, jitter)
        n = place["n_"] + r.uniform(-jitter, jitter)
        return round(W.LAT0 + n / W.M_PER_DEG_LAT, 6), round(W.LON0 + e / W.M_PER_DEG_LON, 6)

    def place_in(self, groups):
        return self.ch(BY_GROUP[self.ch(groups)])

    def sibling(self, place):
        others = [q for q in BY_GROUP[place["group"]] if q["name"] != place["name"]]
        return self.ch(others) if others else place

    def nearby(self, place):
        if self.p(0.6):
            return self.sibling(place)
        return self.ch(BY_GROUP[self.ch(W.NEAR_GROUPS[place["group"]])])

    def far(self, place):
        return self.ch(BY_GROUP[self.ch(W.FAR_GROUPS)])

    def brand_word(self, key):
        sp = W.BRANDS[key]
        r = self.rng.random()
        if r < 0.5:
            return sp[0]
        if r < 0.78:
            return sp[1]
        return self.ch(sp[2:] or sp)

    def color_word(self, key):
        return self.ch(I.COLORS[key])

    def model_word(self, model, brand):
        v = [model, model.replace(" ", ""), model.lower(), model.replace(" ", "").lower()]
        if brand and self.p(0.2):
            return self.brand_word(brand) + self.ch(["", " "]) + self.ch(v)
        return self.ch(v)

    def typo(self, text, n):
        for _ in range(n):
            cands = [(a, b) for (a, b) in W.TYPOS if a in text]
            if not cands:
                break
            a, b = self.ch(cands)
            idx = [i for i in range(len(text)) if text.startswith(a, i)]
            i = self.ch(idx)
            text = text[:i] + b + text[i + len(a):]
        return text

    # ---------------------------------------------------------- time words
    @staticmethod
    def dt(minutes):
        return W.NOW - datetime.timedelta(minutes=minutes)

    def day_word(self, d, formal=False):
        if formal:
            return "%d月%d日" % (d.month, d.day)
        delta = (W.NOW.date() - d.date()).days
        if delta == 0:
            return "今天"
        if delta == 1:
            return self.ch(["昨天", "昨天", "昨日"])
        if delta == 2:
            return "前天"
        return self.ch(["%d号" % d.day, "%d月%d号" % (d.month, d.day)])

    def hour_word(self, d):
        h = d.hour
        part = ("凌晨" if h < 5 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 13
                else "下午" if h < 18 else "晚上")
        h12 = h if h <= 12 else h - 12
        if d.minute < 10:
            tail = self.ch(["点", "点钟", "点左右"])
        elif d.minute < 25:
            tail = "点多"
        elif d.minute <= 40:
            tail = "点半"
        else:
            tail = self.ch(["点多", "点多快%d点" % (h12 % 12 + 1)])
        return "%s%d%s" % (part, h12, tail)

    def lost_window_words(self, lf, lt, formal):
        a, b = self.dt(lf), self.dt(lt)
        if formal:
            if a.date() == b.date():
                return "%s%d时许至%d时许" % (self.day_word(a, True), a.hour, b.hour)
            return "%s%d时许至%s%d时许" % (self.day_word(a, True), a.hour, self.day_word(b, True), b.hour)
        if lf - lt > 2000:
            return self.ch(["这两天", "这几天不知道哪天", "%s到%s之间" % (self.day_word(a), self.day_word(b))])
        shift = ""
        if 7 <= a.hour <= 8:
            shift = self.ch(["下夜班", "早上交班"])
        elif 19 <= a.hour <= 20:
            shift = self.ch(["下白班", "晚上交接班"])
        wa = self.day_word(a) + self.hour_word(a)
        wb = (self.day_word(b) if b.date() != a.date() else "") + self.hour_word(b)
        r = self.rng.random()
        if shift and r < 0.5:
            return "%s%s出来到%s之间" % (self.day_word(a), shift, wb)
        if r < 0.75:
            return "%s到%s之间" % (wa, wb)
        return "%s左右，%s才发现" % (wa, wb)

    def found_time_words(self, fm, formal):
        d = self.dt(fm)
        if formal:
            return "%s%d时%02d分" % (self.day_word(d, True), d.hour, d.minute)
        return self.day_word(d) + self.hour_word(d)

    # ---------------------------------------------------------- serial words
    def serial_words(self, s, side, P):
        """-> (field value, phrase for the body)"""
        t, v = s["t"], s["v"]
        r = self.rng.random()
        if t == "imei":
            if r < 0.3:
                f = v
            elif r < 0.55:
                f = "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])
            elif r < 0.75:
                f = "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])
            elif r < 0.9:
                f = "IMEI:" + v
            else:
                return "IMEI后六位" + v[-6:], "串号后六位是" + v[-6:]
            return f, self.ch(["串号", "IMEI", "IMEI号"]) + f
        if t == "id":
            if side == "o":
                if r < 0.45:
                    f = v
                elif r < 0.7:
                    return "身份证后四位" + v[-4:], "身份证号后四位" + v[-4:]
                else:
                    f = v[:6] + "********" + v[-4:]
            else:
                if r < 0.45:
                    f = v
                elif r < 0.8:
                    f = v[:6] + "********" + v[-4:]
                else:
                    f = v[:10] + "****" + v[-4:]
            return f, "身份证号" + f
        if t == "badge":
            digits = v[2:]
            forms = [v, v[:2] + "-" + digits, digits, v.lower(), "工号" + digits, "No." + digits]
            f = self.ch(forms)
            return f, self.ch(["工号", "工号是", "员工号"]) + f.replace("工号", "")
        if t == "card":
            pre, tail = v
            if side == "o":
                f = self.ch(["尾号" + tail, tail, "卡号后四位" + tail, "****" + tail])
                return f, "卡号尾号" + tail
            f = self.ch([pre + "****" + tail, pre + " **** **** " + tail, "尾号" + tail, pre + "********" + tail])
            return f, "卡号" + f
        if t == "room":
            f = self.ch([v, v.replace("-", ""), v + "房", v.replace("-", "栋") if v[0].isalpha() else v])
            return f, self.ch(["钥匙牌写着", "房号牌", "挂了个房号牌"]) + f
        if t == "plate":
            f = self.ch([v, v[:2] + "·" + v[2:], v[:2] + " " + v[2:], v[2:], v[2:]])
            return f, self.ch(["车牌", "车牌号", "牌照"]) + f
        if t == "frame":
            if r < 0.5:
                f = v
            elif r < 0.7:
                f = v.lower()
            elif r < 0.85:
                f = v[:4] + "-" + v[4:]
            else:
                return "车架号后六位" + v[-6:], "车架号后六位" + v[-6:]
            return f, "车架号" + f
        if t == "sn":
            f = self.ch([v, "SN:" + v, "S/N " + v])
            return f, self.ch(["序列号", "SN码", "盒子里面印的编号"]) + f.replace("SN:", "").replace("S/N ", "")
        if t == "ticket":
            f = self.ch([v, "票号" + v, "No." + v])
            return f, "票号" + v
        raise ValueError(t)

    # ---------------------------------------------------------- item words
    def item_phrase(self, o, side, brand_w, color_w, model_w):
        noun = self.ch(o["noun_o"] if side == "o" else o["noun_f"])
        if side == "o" and o["owner"]["voice"] == "gd":
            noun = {"钱包": "银包", "钥匙": "锁匙", "一串钥匙": "一串锁匙", "钥匙串": "锁匙串", "红包": "利是"}.get(noun, noun)
        bits = []
        if color_w:
            bits.append(color_w + ("的" if self.p(0.3) and not color_w.endswith("的") else ""))
        if brand_w:
            bits.append(brand_w)
        if model_w:
            bits.append(model_w)
        r = self.rng.random()
        if r < 0.6:
            out = ""
            for b in bits:
                if out and out[-1].isascii() and out[-1].isalnum() and b[0].isascii() and b[0].isalnum():
                    out += " "
                out += b
            return out + noun
        if r < 0.85 and bits:
            return noun + "，" + "，".join(bits)
        return noun + ("（" + " ".join(bits) + "）" if bits else "")

    # ---------------------------------------------------------- lost report
    def lost_report(self, o, loss):
        P = o["owner"]
        voice = P["voice"]
        formal = voice == "formal"
        hurried = self.p(0.14)
        rec = {"category": o["cat"]}
        # what the owner will say
        col = o["color"] if o["color"] and self.p(0.85) else None
        brand = o["brand"] if o["brand"] and self.p(0.85) else None
        model = o["model"] if o["model"] and self.p(0.6) else None
        color_w = self.color_word(col) if col else None
        brand_w = self.brand_word(brand) if brand else None
        model_w = self.model_word(model, None) if model else None
        if model and o["cat"] == "phone" and self.p(0.15):
            model_w = self.ch(["型号记不清了", "好像是%s" % model_w])
        serial_f, serial_t = None, []
        for s in o["serials"]:
            if self.p(s["po"]):
                f, t = self.serial_words(s, "o", P)
                if serial_f is None:
                    serial_f = f
                serial_t.append(t)
        marks = [m[0] for m in o["vis"] if self.p(0.6)]
        hid = [h for h in o["hid"] if self.p(0.6)]
        cont = [c[0] for c in o["cont"] if self.p(0.7)]
        # where
        place = loss["said_place"]
        where_w = loss["said_words"]
        when_w = self.lost_window_words(loss["lf"], loss["lt"], formal)
        item_w = self.item_phrase(o, "o", brand_w, color_w, model_w if model_w and "型号" not in model_w else None)
        if hurried:
            body = self.ch(["%s丢了%s" % (where_w, item_w), "%s %s 在%s不见了" % (item_w, when_w, where_w),
                            "丢%s，%s，%s" % (item_w, where_w, when_w)])
            if serial_t and self.p(0.4):
                body += " " + serial_t[0]
            if marks and self.p(0.5):
                body += "，" + marks[0]
            body = self.typo(body, 1 if self.p(0.5) else 0)
        else:
            body = self.compose_lost(o, P, voice, item_w, when_w, where_w, marks, hid, cont, serial_t, model_w)
            body = self.typo(body, self.ch([0, 0, 0, 1, 1, 2]) if voice != "formal" else 0)
        rec["body"] = body[:600]
        # fields
        fill = 0.35 if hurried else 1.0
        if col and self.p(0.65 * fill):
            rec["color"] = self.color_word(col)
        if brand and self.p(0.65 * fill):
            rec["brand"] = brand_w if self.p(0.7) else self.brand_word(brand)
        if model and self.p(0.5 * fill):
            rec["model"] = self.model_word(model, None)
        if serial_f and self.p(0.7 * fill):
            rec["serial"] = serial_f
        mk = marks + cont
        if mk and self.p(0.45 * fill):
            rec["marks"] = "；".join(mk)[:500]
        if self.p(0.85 if not hurried else 0.5):
            rec["address"] = loss["said_addr"][:60]
        if loss["said_ll"] is not None and self.p(0.5 * fill):
            rec["lat"], rec["lon"] = loss["said_ll"]
        self.wrong_box(rec)
        rec["lost_from_min"] = loss["lf"]
        rec["lost_to_min"] = loss["lt"]
        return rec

    def compose_lost(self, o, P, voice, item_w, when_w, where_w, marks, hid, cont, serial_t, model_w):
        name = P["name"]
        parts = []
        details = []
        if marks:
            details.append("，".join(marks))
        if cont:
            details.append(self.ch(["里面有", "里头有", "包括"]) + "、".join(cont))
        if hid:
            details.append("，".join(hid))
        if serial_t:
            details.append("，".join(serial_t))
        if model_w and "型号" in model_w:
            details.append(model_w)
        self.rng.shuffle(details)
        det = "。".join(details)
        if voice == "formal":
            g = "女" if P["female"] else "男"
            body = "报失人%s（%s，%s%s人，%s员工）称其于%s在%s附近遗失%s一%s" % (
                name, g, P["pname"], P["city"], P["company"][0], when_w, where_w, item_w, o["clf"])
            if det:
                body += "，" + det
            body += "。" + self.ch(["现来所登记，请协助查找。", "特此登记。", "联系电话%s。" % P["tel"]])
            return body
        if voice == "leader":
            return "我是%s%s的拉长，我们线上一个%s的员工%s%s在%s丢了%s。%s。%s普通话说不太清楚，我帮%s登记，有消息打我电话%s" % (
                P["company"][0], P["dept"], P["pname"], name, when_w, where_w, item_w, det or "别的也说不清楚",
                "她" if P["female"] else "他", "她" if P["female"] else "他", P["tel"])
        opens = {
            "sc": ["遭了，", "哎呀我硬是背时，", "", "我是%s的，" % P["city"]],
            "hn": ["我是湖南%s的，" % P["city"], "咯下搞死哒，", ""],
            "gz": ["哦豁，", "我是贵州%s的，" % P["city"], ""],
            "gd": ["唔好意思，", "", ""],
            "young": ["家人们谁懂啊，", "心态崩了，", "救命，", ""],
            "plain": ["", "你好，", "登记一下，"],
        }[voice]
        verbs = {
            "sc": ["搞丢了", "掉了", "弄落了"], "hn": ["搞丢哒", "掉哒", "搞冇哒"], "gz": ["整丢了", "搞落了", "搞掉了"],
            "gd": ["跌咗", "唔见咗", "丢了"], "young": ["丢了", "弄没了", "弄丢了"], "plain": ["丢了", "遗失了", "掉了"],
        }[voice]
        pleas = {
            "sc": ["哪个好心人捡到了麻烦交到派出所嘛，感谢感谢！", "捡到的兄弟伙帮个忙哈", "马上要回屋头过年了，莫得它硬是不得行"],
            "hn": ["麻烦捡到的老乡还给我咯，有酬谢", "冇得咯个东西我回不得屋里", "捡到的好心人打我电话%s" % P["tel"]],
            "gz": ["哪个捡到了给我打个电话嘛，谢谢了", "咋个办嘛，过年要用的", "捡到的大哥大姐帮帮忙"],
            "gd": ["拾到请联系，唔该晒", "麻烦帮手留意下，唔该", "有人捡到请交返派出所"],
            "young": ["求求了好心人", "捡到的好心人必有重谢！", "真的很急，谢谢大家"],
            "plain": ["请帮忙找一下", "谢谢", "捡到请联系%s" % P["tel"]],
        }[voice]
        me = self.ch(["我", "本人", "我"]) if voice != "sc" or self.p(0.5) else "老子"
        r = self.rng.random()
        if r < 0.4:
            body = "%s%s%s在%s把%s%s。" % (self.ch(opens), me, when_w, where_w, item_w, self.ch(verbs))
        elif r < 0.7:
            body = "%s%s%s%s，%s，应该是在%s。" % (self.ch(opens), me, item_w, self.ch(verbs), when_w, where_w)
        elif "路上" in where_w or "那一段" in where_w:
            body = "%s%s，%s走%s，%s%s。" % (self.ch(opens), when_w, me, where_w, item_w, self.ch(verbs))
        else:
            body = "%s%s，%s从%s那边过，%s%s。" % (self.ch(opens), when_w, me, where_w, item_w, self.ch(verbs))
        if voice == "sc" and self.p(0.3):
            body += self.ch(["啥子时候掉的都不晓得。", "我也是搞忘了放哪点。"])
        if voice == "gz" and self.p(0.3):
            body += "不晓得落哪点了。"
        if voice == "hn" and self.p(0.3):
            body += "么子时候丢的我也冇注意。"
        if det:
            body += det + "。"
        if o["kind"] in ("idcard", "badge", "driver", "sscard") or self.p(0.3):
            body += self.ch(["我叫%s。" % name, "名字是%s。" % name, "我名字%s。" % name, ""])
        body += self.ch(pleas)
        return body

    # ---------------------------------------------------------- found item
    FOUND_VOICES = ["guard", "aux", "aux", "cleaner", "driver", "mate"]
    BIG_VOICES = ["guard", "aux", "aux", "cleaner", "mate", "parked", "parked"]

    def found_item(self, o, place, fm, voice=None, sparse=False, must_serial=False, must_marks=False):
        big = o["cat"] in ("ebike", "bicycle") or o["kind"] == "suitcase"
        if big:
            choices = list(self.BIG_VOICES)
        else:
            choices = list(self.FOUND_VOICES)
            if "宿舍" in place["name"] or "出租屋" in place["name"]:
                choices += ["dorm", "dorm", "dorm"]
            if place["group"] == "bus":
                choices += ["station"] * 6
            if place["group"] == "post":
                choices += ["courier"] * 4
            if place["group"] == "night" or "小食街" in place["name"] or "小卖部" in place["name"]:
                choices += ["vendor"] * 3
        voice = voice or self.ch(choices)
        formal = voice == "aux"
        hurried = sparse or self.p(0.1)
        rec = {"category": o["cat"]}
        col = o["color"] if o["color"] and self.p(0.9) else None
        color_w = self.color_word(col) if col else None
        if col in ("蓝", "灰", "紫") and self.p(0.12):
            color_w = "深色"
        brand = o["brand"] if o["brand"] and self.p(0.75) else None
        brand_w = self.brand_word(brand) if brand else None
        model = o["model"] if o["model"] and self.p(0.45) and not sparse else None
        model_w = self.model_word(model, None) if model else None
        if model and self.p(0.25):
            model_w = "像是" + model_w
        opened = self.p(0.7)
        serial_f, serial_t = None, []
        for s in o["serials"]:
            if (must_serial or self.p(s["pf"])) and not sparse:
                f, t = self.serial_words(s, "f", o["owner"])
                if serial_f is None:
                    serial_f = f
                serial_t.append(t)
        marks = [m[1] for m in o["vis"] if (must_marks or self.p(0.65)) and not (sparse and "姓名" in m[1])]
        if sparse:
            marks = [m for m in marks if "姓名" not in m][:1] if self.p(0.5) else []
        cont = [c[1] for c in o["cont"] if opened and self.p(0.75) and not sparse]
        item_w = self.item_phrase(o, "f", brand_w, color_w, model_w)
        pl = place["name"]
        spots = ["", "", "旁边", "路边"] if big else ["", "", "旁边", "附近地上", "路边绿化带", "台阶上"]
        if not pl.endswith("门") and not pl.endswith("门口"):
            spots.append("门口")
        if place["group"] in ("bus", "emk", "labour"):
            spots.append("的座椅下面")
        spot = self.ch(spots)
        when_w = self.found_time_words(fm, formal)
        det = []
        if marks:
            det.append("，".join(marks))
        if cont:
            det.append(self.ch(["内有", "里面有", "打开看有"]) + "、".join(cont))
        if serial_t:
            det.append("，".join(serial_t))
        self.rng.shuffle(det)
        dtxt = "，".join(det)
        if hurried:
            body = self.ch(["%s捡到%s" % (pl, item_w), "%s %s %s" % (when_w, pl, item_w), "拾得%s，地点%s" % (item_w, pl)])
            if dtxt and self.p(0.5):
                body += "，" + dtxt
        elif voice == "aux":
            finder = self.ch(W.SURNAMES) + self.ch(["先生", "女士", "师傅"])
            body = "拾得人%s（%s）称其于%s在%s%s拾得%s%s%s。现交我所，待失主认领。" % (
                finder, self.ch(["附近务工人员", "路过群众", "外卖骑手", "网约车司机", "保洁员"]), when_w, pl, spot,
                item_w, "" if "一" in item_w else "一" + o["clf"], "，" + dtxt if dtxt else "")
        elif voice == "guard":
            body = "%s保安%s在%s%s捡到%s。%s%s" % (
                when_w, self.ch(["巡逻时", "交接班时", "查岗时"]), pl, spot, item_w, dtxt + "。" if dtxt else "",
                self.ch(["已暂存保安室，后送派出所。", "现交派出所。", "门卫登记后送来。"]))
        elif voice == "dorm":
            body = "宿管阿姨说%s有人交到宿管处的，说是在%s%s捡的，%s。%s" % (
                when_w, pl, spot, item_w, dtxt + "。" if dtxt else "")
        elif voice == "parked":
            body = "%s反映%s%s停着%s，停了%s没人动，%s。%s" % (
                self.ch(["宿管", "保安", "小卖部老板", "房东"]), pl, self.ch(["", "楼下", "路边"]), item_w,
                self.ch(["半天", "一阵子", "挺久"]), dtxt or "没上锁", self.ch(["拖回所里登记。", "派人拖回来了。"]))
        elif voice == "station":
            body = "车站工作人员%s清场时在%s%s发现%s，%s%s" % (
                when_w, pl, self.ch(["座椅下", "行李架旁", "垃圾桶边", ""]), item_w, dtxt + "，" if dtxt else "",
                self.ch(["无人认领，送来登记。", "广播找人未果。"]))
        elif voice == "courier":
            body = "快递点的人说%s有顾客寄东西落在%s柜台上，%s。%s等了半天没人回来拿。" % (
                when_w, pl, item_w, dtxt + "。" if dtxt else "")
        elif voice == "vendor":
            body = "我%s收摊的时候在%s我摊子凳子底下看到的，%s，%s。不知道是哪个的，交过来。" % (
                when_w, pl, item_w, dtxt or "没打开看")
        elif voice == "cleaner":
            body = "环卫工%s扫地在%s%s扫到%s。%s" % (when_w, pl, spot, item_w, dtxt + "。" if dtxt else "")
        elif voice == "driver":
            body = "网约车司机称%s一乘客在%s下车后，发现后座落下%s，%s联系不上乘客。" % (
                when_w, pl, item_w, dtxt + "。" if dtxt else "")
        else:
            body = "我是%s的，%s在%s%s捡到%s%s，%s。看到有人丢了应该急，交到所里。" % (
                self.ch(["鸿锦厂", "力晟厂", "附近厂里", "宏兴"]), when_w, pl, spot,
                "" if "一" in item_w else "一" + o["clf"], item_w, dtxt or "别的没看")
        body = self.typo(body, 1 if self.p(0.08) else 0)
        rec["body"] = body[:600]
        fill = 0.4 if hurried else 1.0
        if color_w and self.p(0.7 * fill):
            rec["color"] = color_w
        if brand and self.p(0.6 * fill):
            rec["brand"] = self.brand_word(brand) if self.p(0.5) else brand_w
        if model_w and self.p(0.4 * fill):
            rec["model"] = model_w
        if serial_f and self.p(0.8 if not hurried else 0.3):
            rec["serial"] = serial_f
        mk = marks + cont
        if mk and self.p(0.5 * fill):
            rec["marks"] = "；".join(mk)[:500]
        if self.p(0.9):
            rec["address"] = (pl + (spot if spot in ("旁边", "门口") else ""))[:60]
        if self.p(0.6):
            rec["lat"], rec["lon"] = self.latlon(place)
        self.wrong_box(rec)
        rec["found_at_min"] = fm
        return rec

    def wrong_box(self, rec):
        if not self.p(0.06):
            return
        r = self.rng.random()
        if r < 0.3 and "brand" in rec:
            b = rec.pop("brand")
            rec["model"] = (b + " " + rec.get("model", "")).strip()[:60]
        elif r < 0.55 and "serial" in rec:
            s = rec.pop("serial")
            rec["marks"] = ("编号" + s + "；" + rec.get("marks", ""))[:500].rstrip("；")
        elif r < 0.8 and "color" in rec and "brand" not in rec:
            rec["brand"] = rec.pop("color")
        elif "address" in rec and "marks" not in rec:
            rec["marks"] = "地点：" + rec.pop("address")

    # ---------------------------------------------------------- loss story
    def make_loss(self, o):
        cat = o["cat"]
        actual = self.place_in(PREF_GROUPS[cat])
        lt = int(self.rng.choice([self.rng.randrange(20, 300), self.rng.randrange(60, 1500), self.rng.randrange(300, 4000)]))
        win = int(self.rng.choice([self.rng.randrange(20, 180), self.rng.randrange(60, 720), self.rng.randrange(300, 1500),
                                   self.rng.randrange(1400, 4300)]))
        lf = lt + win
        r = self.rng.random()
        if r < 0.5:
            said = actual
            words = said["name"]
        elif r < 0.75:
            said = self.sibling(actual)
            words = said["name"]
        elif r < 0.9:
            other = self.nearby(actual)
            said = actual
            words = self.ch(["%s到%s的路上" % (other["name"], actual["name"]), "%s到%s那一段" % (actual["name"], other["name"])])
        else:
            said = None
            words = self.ch(W.VAGUE[actual["group"]])
        if said is None:
            addr, ll = words, None
        else:
            addr = said["name"] if self.p(0.8) else words
            ll = self.latlon(said, 60)
        return dict(actual=actual, lf=lf, lt=lt, said_place=said, said_words=words, said_addr=addr, said_ll=ll)

    def true_found_time(self, loss):
        lf, lt = loss["lf"], loss["lt"]
        r = self.rng.random()
        if r < 0.55:
            return self.rng.randrange(lt, lf + 1)
        if r < 0.95:
            return self.rng.randrange(max(0, lt - 1800), lt + 1)
        return lf   # found right at the start of the window

    # ---------------------------------------------------------- the set
    def build(self):
        lost_items, found_items = [], []
        losses = []   # (obj, loss, has_truth)
        for cat in sorted(TRUE_BY_CAT):
            for _ in range(TRUE_BY_CAT[cat]):
                P = I.make_person(self.rng, self.names)
                o = I.make_object(self.rng, cat, P)
                losses.append((o, self.make_loss(o), True))
            for _ in range(NEVER_BY_CAT[cat]):
                P = I.make_person(self.rng, self.names)
                o = I.make_object(self.rng, cat, P)
                losses.append((o, self.make_loss(o), False))
        cross_ok = [i for i, (o, l, t) in enumerate(losses) if t and o["alt_cat"]]
        cross = set(self.rng.sample(cross_ok, CROSS_CATEGORY_PAIRS))
        for i, (o, loss, has_truth) in enumerate(losses):
            lrec = self.lost_report(o, loss)
            lrec["_id"] = "L%d" % i
            lost_items.append(lrec)
            if has_truth:
                r = self.rng.random()
                fplace = loss["actual"] if r < 0.7 else self.nearby(loss["actual"])
                fo = o
                if i in cross and o["cat"] == "wallet":
                    fo = dict(o, noun_f=["手拿包", "小皮包一个", "男士手包"])
                frec = self.found_item(fo, fplace, self.true_found_time(loss))
                if i in cross:
                    frec["category"] = o["alt_cat"]
                frec["_id"] = "F%d" % i
                lrec["_truth"] = frec["_id"]
                found_items.append(frec)
            else:
                lrec["_truth"] = None
        # hard negatives, each modelled on one lost report
        nid = 0
        for label, count in NEG_PLAN:
            for _ in range(count):
                i = self.rng.randrange(len(losses))
                o, loss, has_truth = losses[i]
                frec = self.negative(label, o, loss)
                frec["negative"] = label
                frec["_id"] = "N%d" % nid
                nid += 1
                found_items.append(frec)
        return lost_items, found_items

    def twin_force(self, o):
        f = {"color": o["color"], "brand": o["brand"], "model": o["model"]}
        if o["cat"] in ("bag", "cash", "electronics", "other"):
            f["sub"] = o["kind"]
        return f

    def negative(self, label, o, loss):
        cat = o["cat"]
        P2 = I.make_person(self.rng, self.names)
        kind = o["kind"] if cat == "id_doc" else None
        if label == "same_cat_color":
            force = {"color": o["color"]} if o["color"] and o["color"] != "红白蓝" else {}
            if cat in ("bag", "cash", "electronics", "other"):
                force["sub"] = o["kind"]
            o2 = I.make_object(self.rng, cat, P2, force, kind)
            if o2["color"] != o["color"] and o["color"] and o2["color"] != "红白蓝":
                o2["color"] = o["color"]
            place = self.nearby(loss["actual"]) if self.p(0.6) else loss["actual"]
            fm = self.true_found_time(loss)
            return self.found_item(o2, place, fm)
        if label == "found_before_loss":
            o2 = I.make_object(self.rng, cat, P2, self.twin_force(o), kind)
            place = loss["actual"] if self.p(0.5) else self.nearby(loss["actual"])
            fm = min(172800, loss["lf"] + self.rng.randrange(90, 4000))
            return self.found_item(o2, place, fm)
        if label == "same_brand_elsewhere":
            force = {"brand": o["brand"]} if o["brand"] else {}
            if cat in ("bag", "cash", "electronics", "other"):
                force["sub"] = o["kind"]
            o2 = I.make_object(self.rng, cat, P2, force, kind)
            place = self.far(loss["actual"])
            fm = self.rng.randrange(0, max(1, loss["lt"] // 3 + 1)) if self.p(0.5) else self.rng.randrange(loss["lt"], loss["lf"] + 1)
            return self.found_item(o2, place, fm)
        if label == "twin_stated_difference":
            o2 = I.make_object(self.rng, cat, P2, self.twin_force(o), kind)
            place = loss["actual"] if self.p(0.5) else self.nearby(loss["actual"])
            fm = self.true_found_time(loss)
            return self.found_item(o2, place, fm, must_serial=bool(o2["serials"]), must_marks=True)
        if label == "twin_unstated_difference":
            o2 = I.make_object(self.rng, cat, P2, self.twin_force(o), kind)
            place = loss["actual"] if self.p(0.5) else self.nearby(loss["actual"])
            fm = self.true_found_time(loss)
            return self.found_item(o2, place, fm, sparse=True)
        raise ValueError(label)


def main():
    g = Gen()
    lost, found = g.build()
    g.rng.shuffle(lost)
    g.rng.shuffle(found)
    fkey = {}
    out_found = []
    for n, f in enumerate(found, 1):
        key = "%s-F%04d" % (PFX, n)
        fkey[f.pop("_id")] = key
        rec = {"key": key}
        rec.update(f)
        out_found.append(rec)
    out_lost = []
    for n, l in enumerate(lost, 1):
        l.pop("_id")
        t = l.pop("_truth")
        rec = {"key": "%s-L%04d" % (PFX, n)}
        rec.update(l)
        rec["truth"] = fkey[t] if t else None
        out_lost.append(rec)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set112.py",
           "parts": {PART: {"found": out_found, "lost": out_lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set112.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost (%d with truth)" % (
        path, len(out_found), len(out_lost), sum(1 for l in out_lost if l["truth"])))


if __name__ == "__main__":
    main()
