# -*- coding: utf-8 -*-
"""Writes tests/lostfound/set114.json: a blind labelled lost-and-found set for the 阳光坐席 desk of
a fictional coastal fishing county (澜港县) in the week the summer fishing ban ends (开海节).

Each object is a hidden truth record (set114_objects.py); its owner's lost report and its
finder's registration are written from it separately, each knowing only what that person would
know.  Written without looking at the matcher.  Standard library only, one Random(SEED)."""

import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from set114_world import (NOW_ABS, abs_t, split_t, date_zh, date_en, clock_zh, clock_en, period_zh,
                          PLACES, FAR_PLACES, FOUND_AT, ACTS, ACTIVITY, DEFAULT_ACTIVITY, COLORS,
                          BRANDS, SURNAMES, GIVEN, HOME_CITIES, FERRIES, TYPOS, id_check,
                          luhn_digit)
from set114_objects import Gen, MAKERS

SEED = 114014
PFX = "S114"
N_PAIRED, N_UNFOUND = 150, 90
CAT_COUNTS = [("phone", 38), ("id_doc", 26), ("wallet", 26), ("keys", 24), ("ebike", 14),
              ("bicycle", 8), ("bag", 24), ("cash", 16), ("jewelry", 20), ("electronics", 20),
              ("other", 24)]
NEG_COUNTS = [("near_twin", 24), ("same_cat_color", 22), ("found_before_loss", 20),
              ("same_brand_far", 18), ("similar_place", 16), ("serial_near_miss", 14),
              ("same_short_number", 6)]
MAX_MIN = 172800

R = random.Random(SEED)
G = Gen(R)
ch, pr = G.ch, G.pr

# ------------------------------------------------------------------ where things are lost
GENERAL = ["ferry_boat", "new_ferry", "old_ferry", "isl_pier", "beach", "auction", "harbour", "temple",
           "square", "food_street", "gh_haifeng", "gh_tingtao", "gh_haifeng2", "gh_yujia", "market",
           "plant", "dorm", "bus", "mazu_pier", "isl_mazu_pier", "isl_temple", "coop"]
VOICE_PLACES = {
    "fisher": ["harbour", "auction", "coop", "mazu_pier", "isl_mazu_pier", "temple", "isl_temple",
               "market", "food_street", "ferry_boat", "isl_pier", "old_ferry"],
    "elderly": ["temple", "isl_temple", "market", "ferry_boat", "isl_pier", "old_ferry", "bus", "square"],
    "worker": ["plant", "dorm", "market", "bus", "food_street", "auction", "old_ferry"],
    "tourist": ["beach", "gh_haifeng", "gh_tingtao", "gh_haifeng2", "gh_yujia", "ferry_boat", "new_ferry",
                "old_ferry", "isl_pier", "temple", "square", "food_street", "bus", "isl_temple"],
    "foreign": ["harbour", "auction", "ferry_boat", "beach", "gh_haifeng", "new_ferry", "isl_pier"],
    "student": ["bus", "market", "beach", "square", "old_ferry", "food_street"],
}
GH_PLACE = {"海风民宿": "gh_haifeng", "海峰民宿": "gh_haifeng2", "听涛民宿": "gh_tingtao", "渔家小院": "gh_yujia"}


SEA_KINDS = ("boat", "lifejacket", "boots", "crew", "radio", "gps")


def kind_places(t):
    cat, kind = t["cat"], t["kind"]
    if kind in ("lifejacket", "boots", "crew", "boat", "radio", "gps"):
        return ["harbour", "auction", "mazu_pier", "isl_mazu_pier", "coop", "ferry_boat"]
    if kind in ("locker", "health"):
        return ["plant", "dorm"]
    if kind == "room":
        p = GH_PLACE[t["gh"]]
        return [p, p, "beach" if p in ("gh_haifeng", "gh_tingtao") else "isl_pier"]
    if kind in ("rod", "tackle"):
        return ["harbour", "mazu_pier", "isl_mazu_pier", "beach", "ferry_boat", "isl_pier"]
    if kind in ("suitcase", "cooler"):
        return ["ferry_boat", "new_ferry", "old_ferry", "isl_pier", "bus"]
    if kind in ("hat",):
        return ["beach", "isl_pier", "market", "temple", "isl_temple"]
    if cat == "cash":
        return ["auction", "auction", "harbour", "coop", "market", "temple", "isl_temple", "mazu_pier"]
    if cat == "jewelry":
        return ["temple", "isl_temple", "square", "beach", "gh_haifeng", "gh_tingtao", "gh_haifeng2",
                "market", "temple"]
    if cat == "ebike":
        return ["harbour", "auction", "plant", "dorm", "market", "old_ferry", "new_ferry", "coop", "mazu_pier"]
    if cat == "bicycle":
        return ["market", "dorm", "beach", "old_ferry", "bus", "plant"]
    if kind in ("drone", "actioncam", "camera"):
        return ["beach", "square", "isl_pier", "ferry_boat", "temple", "gh_tingtao", "isl_temple"]
    return GENERAL


def voice_for(cat):
    w = {"fisher": 24, "tourist": 28, "worker": 16, "elderly": 12, "foreign": 6, "hurried": 10, "student": 4}
    if cat == "cash":
        w = {"fisher": 50, "elderly": 20, "worker": 10, "hurried": 10, "tourist": 10}
    if cat in ("ebike",):
        w = {"fisher": 35, "worker": 35, "elderly": 10, "hurried": 15, "foreign": 5}
    if cat == "jewelry":
        w = {"fisher": 20, "tourist": 35, "elderly": 25, "hurried": 10, "worker": 10}
    keys = sorted(w)
    x = R.random() * sum(w[k] for k in keys)
    for k in keys:
        x -= w[k]
        if x < 0:
            return k
    return keys[-1]


def new_person(voice):
    base = voice
    if voice == "hurried":
        base = ch(["fisher", "tourist", "worker"])
    p = G.person(base)
    p["voice"] = voice
    p["base"] = base
    return p


def fresh(cat, person, kind=None, tries=60):
    for _ in range(tries):
        t = MAKERS[cat](G, person)
        if kind is None or t["kind"] == kind:
            return t
    return t


def place_for(t, person):
    kp = kind_places(t)
    vp = VOICE_PLACES.get(person["base"], GENERAL)
    both = [p for p in kp if p in vp]
    if both and pr(0.8):
        return ch(both)
    return ch(kp)


def window(place):
    hours, days = ACTIVITY.get(place, DEFAULT_ACTIVITY)
    start = abs_t(ch(days), ch(hours), ch([0, 30]))
    x = R.random()
    if x < 0.4:
        ln = ch([30, 60, 90, 120, 180])
    elif x < 0.75:
        ln = ch([240, 300, 360, 480, 600])
    elif x < 0.93:
        ln = ch([900, 1200, 1440, 1800, 2160])
    else:
        ln = ch([2880, 4320, 5760, 8640])
    end = start + ln
    if end > NOW_ABS - 60:
        shift = end - (NOW_ABS - 60)
        start -= shift
        end -= shift
    return start, end


def found_time_after(start, end):
    if pr(0.45):
        f = start + R.randint(1, max(1, (end - start) // 10 + 18)) * 10
    else:
        f = end + R.randint(3, 300) * 10
    if f > NOW_ABS - 10:
        lo = start // 10 + 1
        hi = (NOW_ABS - 20) // 10
        f = R.randint(lo, max(lo, hi)) * 10
    return min(f, NOW_ABS - 10)


# ------------------------------------------------------------------ words
def perceive(c):
    if c is not None and pr(0.12):
        return ch(COLORS[c][2])
    return c


def cword(c, finder=False):
    if c is None:
        return ""
    return ch(COLORS[c][0])


def bword(b, finder=False):
    return ch(BRANDS[b][1] if finder else BRANDS[b][0])


def mword(m):
    if not m:
        return ""
    x = R.random()
    if x < 0.3:
        return m.replace(" ", "")
    if x < 0.45:
        return m.lower()
    return m


def typo(s):
    opts = [(a, b) for a, b in TYPOS if a in s]
    if not opts:
        return s
    a, b = ch(opts)
    return s.replace(a, b, 1)


def ser_owner(t, s, stype):
    x = R.random()
    if stype == "imei":
        if x < 0.3:
            return s, "IMEI号" + s
        if x < 0.55:
            v = "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
            return v, "串号" + v
        if x < 0.8:
            v = " ".join(s[i:i + 4] for i in range(0, 15, 4))
            return v, "IMEI：" + v
        return s[-6:], "IMEI后六位" + s[-6:]
    if stype == "id":
        if x < 0.55:
            return s, "身份证号" + s
        if x < 0.85:
            v = "%s %s %s" % (s[:6], s[6:14], s[14:])
            return v, "证号" + v
        return s[-4:], "身份证尾号" + s[-4:]
    if stype == "card":
        v = ch(["尾号%s" % s, "卡号后四位%s" % s, s])
        return v, "银行卡尾号" + s
    if stype == "frame":
        if x < 0.45:
            return s, "车架号" + s
        if x < 0.7:
            return s.lower(), "车架号" + s.lower()
        return s[-6:], "车架号后六位" + s[-6:]
    if stype == "sn":
        if x < 0.5:
            return s, "序列号" + s
        if x < 0.75:
            return "SN:" + s, "SN码" + s
        return s.lower(), "SN " + s.lower()
    if stype == "crew":
        return s, "证号" + s
    if stype == "student":
        return s, "学号" + s
    return s, "号码" + s


BINS = ["6217", "6228", "6230", "6222", "6259", "6214"]


def ser_finder(t, s, stype):
    x = R.random()
    if stype == "imei":
        if x < 0.6:
            return s, "经*#06#查得IMEI %s" % s
        v = " ".join(s[i:i + 4] for i in range(0, 15, 4))
        return v, "IMEI：" + v
    if stype == "id":
        if x < 0.4:
            return s, "证号" + s
        if x < 0.75:
            v = s[:6] + "********" + s[-4:]
        else:
            v = s[:4] + "**********" + s[-4:]
        return v, "证号" + v
    if stype == "card":
        b = ch(BINS)
        v = ch(["%s****%s" % (b, s), "%s **** **** %s" % (b, s), "%s%s****%s" % (b, G.digits(2), s)])
        return v, "卡号" + v
    if stype == "frame":
        if x < 0.7:
            return s, "车架号" + s
        return s[:4] + " " + s[4:], "车架号" + s[:4] + " " + s[4:]
    if stype == "sn":
        return "S/N " + s, "机身序列号" + s
    return s, "号码" + s


def tail_stops(s):
    s = s.strip()
    return s if s.endswith(("。", "！", "？", ".", "!", "?")) else s + "。"


def fit(parts, limit=600, keep=2):
    parts = [p for p in parts if p]
    while len("".join(parts)) > limit and len(parts) > keep:
        parts.pop(-2)
    return "".join(parts)[:limit]


def jitter(lat, lon, d=0.0015):
    return round(lat + R.uniform(-d, d), 6), round(lon + R.uniform(-d, d), 6)


def when_owner(a, b, voice):
    da, ha, ma = split_t(a)
    db, hb, mb = split_t(b)
    st = ch([0, 0, 1, 2])
    if voice == "foreign":
        if da == db:
            return "between %s and %s on %s" % (clock_en(ha, ma), clock_en(hb, mb), date_en(da))
        return "between %s %s and %s %s" % (date_en(da), clock_en(ha, ma), date_en(db), clock_en(hb, mb))

    def dword(d, h):
        if d == 8:
            return "今天" if voice != "fisher" else "今仔日"
        if d == 7:
            if voice == "fisher" and h >= 18:
                return "昨暝"
            return "昨天"
        if d == 6 and pr(0.5):
            return "前天"
        return date_zh(d, ch([0, 1]))

    if voice == "hurried":
        if da == db:
            return dword(da, ha) + period_zh(ha)
        return "%s到%s" % (date_zh(da, 1), date_zh(db, 1))
    if da == db:
        w = "%s%s到%s之间" % (dword(da, ha), clock_zh(ha, ma, st), clock_zh(hb, mb, st))
    else:
        w = "%s%s到%s%s之间" % (dword(da, ha), clock_zh(ha, ma, st), dword(db, hb), clock_zh(hb, mb, st))
    if da <= 1 <= db or da in (1, 2) and pr(0.3):
        w = "开海节那几天，" + w
    return w


def when_finder(f, eng=False):
    d, h, m = split_t(f)
    if eng:
        return "around %s on %s" % (clock_en(h, m), date_en(d))
    x = R.random()
    if x < 0.4:
        return "%s%s左右" % (date_zh(d), clock_zh(h, m, 0))
    if x < 0.7:
        return "%s %d:%02d" % (date_zh(d), h, m)
    return "%s%s%d点多" % (date_zh(d, 1), period_zh(h), h if h <= 12 else h - 12)


# ------------------------------------------------------------------ lost report
def render_lost(t, key, force):
    p = t["person"]
    v = p["voice"]
    cat = t["cat"]
    say_color = t["color"] and (force.get("color") or pr(0.3 if cat == "id_doc" else 0.85))
    say_brand = t["brand"] and (force.get("brand") or pr(0.75))
    say_model = t["model"] and say_brand and pr(0.45)
    ps = {"phone": 0.35, "id_doc": 0.75, "wallet": 0.45, "ebike": 0.55, "bicycle": 0.3, "electronics": 0.3}
    say_serial = t["serial"] and (force.get("serial") or pr(ps.get(cat, 0.4)))
    if force.get("vis"):
        vis = list(t["vis"])
    else:
        vis = [x for x in t["vis"] if pr(0.7)]
    hid = [x for x in t["hid"] if pr(0.7)]
    if v == "hurried":
        vis = vis[:1]
        hid = []
    noun = ch(t["own_n"])
    if v == "fisher":
        noun = {"手机": "手机仔", "钥匙": "锁匙", "钱包": "钱袋仔", "金项链": "金链仔"}.get(noun, noun) if pr(0.5) else noun
    cw = cword(t["color"]) if say_color and cat != "cash" else ""
    bw = bword(t["brand"]) if say_brand else ""
    mw = mword(t["model"]) if say_model else ""
    sv, stxt = ser_owner(t, t["serial"], t["stype"]) if say_serial else ("", "")
    place = t["place"]
    alias = ch(PLACES[place][1])
    act = ch(ACTS.get(place, ["办事"]))
    when = when_owner(t["lost_from"], t["lost_to"], v)
    marks_zh = [x[0] for x in vis + hid if x[0]]
    holder = t.get("holder")
    rec = {"key": key, "category": cat}

    # description
    if v not in ("fisher", "tourist", "student") or ch([0, 1]) == 0:
        desc = "%s%s%s%s" % (cw, bw, (" " + mw + " ") if mw else "", noun)
    else:
        desc = noun + "，" + "，".join(x for x in [bw + (mw and " " + mw), cw + ("的" if cw else "")] if x.strip())
    desc = desc.strip("，").replace("  ", " ")
    extra = []
    if holder and cat == "id_doc":
        extra.append("名字是%s" % holder)
    if t.get("idn") and pr(0.5):
        extra.append("身份证号%s" % t["idn"])
    if t["plate"] and not any(t["plate"] in m for m in marks_zh) and pr(0.5):
        extra.append("车牌%s" % t["plate"])
    if stxt:
        extra.append(stxt)
    detail = "，".join(extra + marks_zh)

    if v == "foreign":
        en_marks = [x[1] for x in vis + hid if x[1]]
        ce_ = COLORS[t["color"]][1] + " " if say_color else ""
        be = BRANDS[t["brand"]][2] + " " if say_brand else ""
        me = (mw + " ") if mw else ""
        who = ch(["I work on the fishing boat %s." % ch(["闽澜渔05123", "闽澜渔60417", "闽澜渔03388"]),
                  "I am visiting for the sea festival.", "I am crew on a fishing boat here.", ""])
        body = fit(["Hello. ", who + " " if who else "",
                    "I lost my %s%s%s%s at %s %s. " % (ce_, be, me, t["en_n"], PLACES[place][2],
                                                       when),
                    ("Details: " + "; ".join(en_marks) + ". ") if en_marks else "",
                    ("Number: %s. " % sv) if sv else "",
                    ("Name on it: %s. " % holder) if holder else "",
                    "Please call me if someone hands it in. Thank you."])
        zh_left = [x[0] for x in vis + hid if not x[1] and x[0]]
        if zh_left:
            marks_zh = ["（民警译）"] + marks_zh
    elif v == "hurried":
        parts = [when, alias, "丢了", desc]
        if marks_zh:
            parts.append(" " + marks_zh[0])
        if sv and pr(0.6):
            parts.append(" " + stxt)
        body = typo("".join(parts)).replace("，", " ")
        if pr(0.4):
            body = body.replace("丢了", "丢")
    elif v == "fisher":
        opener = ch(["阮", "歹势，阮", "阮是东澳讨海的，", "阮翁" if not p["male"] else "阮某",
                     "警察同志，阮"])
        body = fit([opener, when, "伫", alias, act + "，" if pr(0.5) else "", "拍毋见" + ("" if cat == "cash" or desc.startswith("一") else "一" + t["unit"]),
                    desc, "。", tail_stops(detail) if detail else "",
                    ch(["麻烦汝帮阮看看有人捡着无。", "有人捡着请联系阮，真多谢。", "遮个对阮真要紧，歹势麻烦汝。",
                        "拜托拜托，妈祖保庇。"])])
    elif v == "elderly":
        who = "%s%s（%d岁）" % (p["name"][0], "阿公" if p["male"] else "阿婆", p["age"])
        body = fit(["（老人口述，民警代录）", who, "称：", when, "在", alias, act, "，", "回家后发现",
                    desc, "不见了。", tail_stops(detail) if detail else "",
                    ch(["老人记不清具体在哪一处丢的。", "老人不识字，由其孙子陪同报失。", "老人很着急。", ""])])
    elif v == "worker":
        me = p.get("self", "我")
        shift = ch(["早班", "中班", "夜班"])
        lost_v = ch(["搞丢了", "整丢了", "搞掉了", "丢了"])
        intro = ("%s是宏洋水产加工厂%s的工人，%s人。" % (me, shift, p.get("home", "外省"))) if pr(0.7) else ""
        body = fit([intro, when, "在", alias, "把", desc, lost_v, "。",
                    tail_stops(detail) if detail else "",
                    ch(["%s找了一圈没找着，麻烦帮忙。" % me, "工友帮着找了也没有。", "里面东西很重要，谢谢警察同志。"])])
    else:
        intro = "我是%s的学生，" % t.get("school", "澜港一中") if v == "student" else \
            ch(["我们一家从%s来看开海节，" % ch(HOME_CITIES), "我从%s来旅游，" % ch(HOME_CITIES),
                "我们是来赶开海节的游客，", ""])
        closers = ["麻烦帮忙留意，谢谢！", "如有人捡到请联系我，必有酬谢。", ""]
        if v != "student":
            closers.append("明天就要坐船走了，麻烦尽快。")
        body = fit([intro, when, "在", alias, act, "的时候丢了", desc, "。",
                    tail_stops(detail) if detail else "", ch(closers)])
    rec["body"] = body[:600]

    fill = {"fisher": 0.45, "elderly": 0.6, "worker": 0.5, "tourist": 0.6, "foreign": 0.55, "hurried": 0.12,
            "student": 0.6}[v]
    if say_color and pr(fill):
        rec["color"] = cword(t["color"])
    if say_brand and pr(fill + 0.1):
        rec["brand"] = bword(t["brand"])
    if say_model and pr(fill):
        rec["model"] = mword(t["model"])
    if sv and pr(fill + 0.15):
        rec["serial"] = sv
    mk = "；".join(marks_zh)
    if mk and pr(fill):
        rec["marks"] = mk[:500]
    if pr(fill + 0.2):
        rec["address"] = (alias + ch(["", "附近", "一带"]))[:60] if place != "ferry_boat" else "鹭屿航线客轮"
    if place != "ferry_boat" and pr(0.3 if v != "hurried" else 0.05):
        rec["lat"], rec["lon"] = jitter(PLACES[place][3], PLACES[place][4])
    rec["lost_from_min"] = NOW_ABS - t["lost_from"]
    rec["lost_to_min"] = NOW_ABS - t["lost_to"]
    return rec


# ------------------------------------------------------------------ found registration
SPOTS = {
    "ferry": ["二层客舱座位底下", "船尾甲板", "候船厅座椅上", "检票口", "登船廊桥", "售票窗口台面"],
    "auction": ["冰台边", "过磅处", "结算窗口", "卸货通道"],
    "temple": ["香炉旁", "戏台前", "功德箱边", "巡游队伍经过的路边"],
    "plant": ["更衣室", "食堂", "车间门口", "打卡机旁"],
    "fisher": ["船边", "缆桩旁", "渔网堆边"],
    "coop": ["办事大厅", "门口台阶"],
}


def render_found(t, key, force):
    fp = t["fplace"]
    role = ch(PLACES[fp][5])
    eng = pr(0.04)
    cat = t.get("fcat", t["cat"])
    say_color = t["color"] and (force.get("color") or pr(0.3 if t["cat"] == "id_doc" else 0.9))
    say_brand = t["brand"] and (force.get("brand") or pr(0.7))
    say_model = t["model"] and say_brand and pr(0.2)
    fser = 0.85 if t["cat"] == "id_doc" else t["fser"]
    say_serial = t["serial"] and (force.get("serial") or pr(fser))
    vis = list(t["vis"]) if force.get("vis") else [x for x in t["vis"] if pr(0.8)]
    fx = [x for x in t["fx"] if pr(0.85)]
    noun = ch(t["fnd_n"])
    pc = perceive(t["color"])
    cw = cword(pc) if say_color else ""
    bw = bword(t["brand"], True) if say_brand else ""
    mw = mword(t["model"]) if say_model else ""
    sv, stxt = ser_finder(t, t["serial"], t["stype"]) if say_serial else ("", "")
    marks = [x[2] for x in vis if x[2]] + fx
    holder = t.get("holder")
    if holder and (t["cat"] == "id_doc" or t.get("idn")):
        hn = holder if pr(0.6) or t["person"]["voice"] == "foreign" else holder[0] + "某某"
        marks.append("姓名%s" % hn)
    if t.get("idn") and t["cat"] != "id_doc" and pr(0.5):
        marks.append("身份证号%s" % (t["idn"][:6] + "********" + t["idn"][-4:]))
    if t["plate"] and pr(0.7) and not any(t["plate"] in m for m in marks):
        marks.append("车牌%s" % t["plate"])
    if stxt:
        marks.append(stxt)
    if t.get("fcat") == "other" and t["cat"] == "phone":
        noun = "防水手机袋（内有手机一部）"
    if t.get("fcat") == "id_doc" and t["cat"] == "wallet":
        noun = "身份证一张（夹在钱包内）"
    if t["cat"] == "cash" or t.get("fcat"):
        desc = noun
    else:
        desc = "%s%s%s%s" % (cw, bw, (" " + mw + " ") if mw else "", noun)
    if "一" not in noun:
        desc += "一" + t["unit"]
    alias = ch(PLACES[fp][1])
    when = when_finder(t["found_at"], eng)
    mtxt = "，".join(marks)
    if eng:
        en_seen = [x[1] for x in vis if x[1] and "my " not in x[1] and "our " not in x[1]]
        ce_ = (COLORS[pc][1] + " ") if say_color else ""
        be = (BRANDS[t["brand"]][2] + " ") if say_brand else ""
        body = "Found %s at %s: %s%s%s. %s Handed to the police by a visitor." % (
            when, PLACES[fp][2], ce_, be, t["en_n"], ("(" + "; ".join(en_seen) + ")") if en_seen else "")
    elif role == "ferry":
        ship = ch(FERRIES)
        where = "%s客轮%s" % (ship, ch(["二层客舱座位底下", "船尾甲板", "一层座椅下", "行李架上"])) if fp == "ferry_boat" else alias + ch(SPOTS["ferry"][2:])
        body = fit(["%s工作人员%s在%s拾得%s。" % (ship if fp == "ferry_boat" else alias, when, where, desc),
                    tail_stops(mtxt) if mtxt else "", ch(["广播寻找失主未果，交来所里。", "已交派出所。", ""])])
    elif role == "auction":
        body = fit(["拍卖厅工作人员%s在%s（%d号摊位附近）捡到%s。" % (when, ch(SPOTS["auction"]), R.randint(1, 60), desc),
                    tail_stops(mtxt) if mtxt else "", ch(["早市人多，不知是谁掉的。", "已交所。", ""])])
    elif role == "guest":
        who = ch(["老板娘", "老板", "阿姨"])
        body = fit(["%s%s%s打扫%s时发现客人遗留%s。" % (PLACES[fp][1][0], who, when,
                                                  ch(["房间", "客厅", "院子", "公共浴室"]), desc),
                    tail_stops(mtxt) if mtxt else "",
                    ch(["客人已退房，电话打不通，阮先交来派出所。", "登记入住的客人太多，不知是哪位的。", "已交所。"])])
    elif role == "sanit":
        body = fit(["环卫工%s师傅%s在%s清扫时拾得%s。" % (ch(SURNAMES), when, alias, desc),
                    tail_stops(mtxt) if mtxt else "", ch(["交至派出所。", ""])])
    elif role == "temple":
        body = fit(["%s义工%s在%s拾得%s。" % (alias if "庙" in alias or "宫" in alias else "天后宫", when,
                                          ch(SPOTS["temple"]), desc),
                    "庙会人多，不知失主。" if pr(0.5) else "", tail_stops(mtxt) if mtxt else ""])
    elif role == "plant":
        body = fit(["宏洋厂保安%s在%s捡到%s。" % (when, ch(SPOTS["plant"]), desc),
                    tail_stops(mtxt) if mtxt else "", ch(["厂里广播找过，没人认领。", ""])])
    elif role == "fisher":
        body = fit(["渔民%s%s在%s%s捡着%s。" % (ch(SURNAMES) + ch(GIVEN), when, alias, ch(SPOTS["fisher"]), desc),
                    tail_stops(mtxt) if mtxt else "", ch(["伊讲交给警察较放心。", "阮驶船的人拍毋见物件也真烦恼，送来派出所。", ""])])
    elif role == "coop":
        body = fit(["合作社工作人员%s在%s捡到%s。" % (when, ch(SPOTS["coop"]), desc),
                    tail_stops(mtxt) if mtxt else ""])
    else:
        who = ch(["市民", "游客", "一名学生", "出租车司机", "三轮车师傅"])
        body = fit(["%s%s在%s捡到%s，交至派出所。" % (who, when, alias, desc), tail_stops(mtxt) if mtxt else ""])
    if pr(0.08) and not eng:
        body = "拾得%s。地点：%s。%s" % (desc, alias, mtxt)
    rec = {"key": key, "category": cat, "body": body[:600]}
    fill = 0.6
    if say_color and pr(fill):
        rec["color"] = cword(pc)
    if say_brand and pr(fill):
        rec["brand"] = bword(t["brand"], True)
    if say_model and pr(fill):
        rec["model"] = mword(t["model"])
    if sv and pr(0.75):
        rec["serial"] = sv
    if marks and pr(0.65):
        rec["marks"] = "；".join(marks)[:500]
    if pr(0.75):
        rec["address"] = (PLACES[fp][0] if pr(0.5) else alias)[:60]
    if pr(0.55):
        lp = fp
        if fp == "ferry_boat":
            lp = ch(["new_ferry", "old_ferry", "isl_pier"])
        rec["lat"], rec["lon"] = jitter(PLACES[lp][3], PLACES[lp][4], 0.001)
    rec["found_at_min"] = NOW_ABS - t["found_at"]
    return rec


# ------------------------------------------------------------------ negatives
def near_miss(s, stype):
    for _ in range(100):
        if stype == "imei":
            i = R.randint(8, 13)
            b = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:14]
            v = b + luhn_digit(b)
        elif stype == "id":
            i = R.choice([14, 15])
            b = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:17]
            v = b + id_check(b)
        elif stype == "card":
            i = R.randint(0, 3)
            if R.random() < 0.5 and i < 3 and s[i] != s[i + 1]:
                v = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            else:
                v = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        else:
            idx = [i for i, c in enumerate(s) if c.isdigit()][-6:]
            i = R.choice(idx)
            v = s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:]
        if v != s and v not in G.used:
            G.used.add(v)
            return v
    raise RuntimeError("near miss")


def eligible(label, t):
    if label == "near_twin":
        return bool(t["vis"])
    if label == "same_cat_color":
        return t["color"] is not None
    if label == "found_before_loss":
        return NOW_ABS - t["lost_from"] + 400 < MAX_MIN
    if label == "same_brand_far":
        return t["brand"] is not None
    if label == "similar_place":
        return PLACES[t["place"]][6] is not None
    if label == "serial_near_miss":
        return t["serial"] is not None and t["stype"] in ("imei", "id", "card", "frame", "sn", "crew",
                                                          "student", "passport")
    if label == "same_short_number":
        return t["num"] is not None
    return False


KIND_VOICE = {"student": "student", "crew": "fisher", "health": "worker", "passport": "foreign"}


def same_kind(cat, T, person):
    """a fresh object of T's kind, for a person who could own one"""
    if T["kind"] in KIND_VOICE:
        person.update(new_person(KIND_VOICE[T["kind"]]))
    N = fresh(cat, person, T["kind"])
    for v in ("tourist", "fisher", "worker"):
        if N["kind"] == T["kind"]:
            break
        person.update(new_person(v))
        N = fresh(cat, person, T["kind"])
    if N["kind"] != T["kind"]:
        raise RuntimeError("no %s for %s" % (T["kind"], person["base"]))
    return N


def other_model(T):
    from set114_world import MODELS
    ms = [m for m in MODELS.get((T["brand"], T["kind"]), []) if m != T["model"]]
    return ch(ms) if ms else None


def make_negative(label, T):
    person = new_person(T["person"]["base"] if T["person"]["base"] != "hurried" else "tourist")
    cat = T["cat"]
    force_t, force_n = {}, {}
    if label in ("near_twin", "found_before_loss", "serial_near_miss"):
        N = same_kind(cat, T, person)
        N["color"], N["brand"] = T["color"], T["brand"]
        N["model"] = T["model"] if pr(0.7) else other_model(T)
        if label == "near_twin":
            force_t["vis"] = force_n["vis"] = True
        if label == "serial_near_miss":
            N["serial"] = near_miss(T["serial"], T["stype"])
            N["stype"] = T["stype"]
            if cat == "wallet":
                N["tails"] = [N["serial"]]
                N["vis"] = [x for x in N["vis"] if "尾号" not in x[0]]
            force_t["serial"] = force_n["serial"] = True
            if pr(0.3) and cat not in ("id_doc",):
                N["color"] = ch([c for c in sorted(COLORS) if c != T["color"]]) if T["color"] else None
    elif label == "same_cat_color":
        N = fresh(cat, person)
        N["color"] = T["color"]
        for _ in range(20):
            if N["brand"] != T["brand"] or N["brand"] is None:
                break
            N = fresh(cat, person)
            N["color"] = T["color"]
        force_t["color"] = force_n["color"] = True
        force_t["vis"] = True
        if T["brand"]:
            force_t["brand"] = True
    elif label == "same_brand_far":
        N = same_kind(cat, T, person)
        N["brand"] = T["brand"]
        N["model"] = other_model(T)
        force_t["brand"] = force_n["brand"] = True
    elif label == "similar_place":
        N = same_kind(cat, T, person)
        N["color"] = T["color"]
        force_t["vis"] = force_n["vis"] = True
    else:  # same_short_number
        N = fresh(cat, person)
        for _ in range(30):
            if N["kind"] != T["kind"]:
                break
            N = fresh(cat, person)
        num = T["num"]
        if cat == "cash" and N["num"]:
            N["vis"] = [x for x in N["vis"] if "单号" not in x[2]]
            N["num"] = None
        if N["num"]:
            old = N["num"]
            N["vis"] = [(a.replace(old, num), b and b.replace(old, num), c.replace(old, num)) for a, b, c in N["vis"]]
            if N["plate"]:
                N["plate"] = N["plate"][:-len(old)] + num if N["plate"].endswith(old) else N["plate"]
        else:
            N["vis"] = N["vis"] + [("", None, "上面用记号笔写着“%s”" % num)]
        N["num"] = num
        force_t["vis"] = force_n["vis"] = True
    if N.get("amount") and N["amount"] == T.get("amount"):
        N["amount"] = T["amount"] + ch([-300, 200, 500, 1000])
        N["fx"] = ["经清点共%d元" % N["amount"]] + N["fx"][1:]
    if label != "same_short_number":
        tv = [x[2] for x in T["vis"]]
        for _ in range(40):
            if any(c not in [x[2] for x in N["vis"]] for c in tv) or not tv:
                break
            M = fresh(cat, person, T["kind"])
            N["vis"] = M["vis"]
        while N.get("holder") and N["holder"] == T.get("holder"):
            person = new_person(person["base"])
            N["holder"] = person["name"]
    N["person"] = person
    if N["cat"] == "id_doc" or N.get("idn"):
        N["holder"] = person["name"] if N.get("holder") else N.get("holder")
    # where and when it was found
    start, end = T["lost_from"], T["lost_to"]
    if label == "same_brand_far":
        here = T["place"]
        fars = [p for p in FAR_PLACES]
        if here in ("isl_pier", "isl_mazu_pier", "isl_temple", "gh_haifeng2", "gh_yujia"):
            fars += ["plant", "market", "bus"]
        N["fplace"] = ch(fars)
        N["found_at"] = min(NOW_ABS - 10, max(start + 600, end + R.randint(12, 200) * 10))
        if pr(0.5) and N["color"] == T["color"]:
            N["color"] = ch([c for c in sorted(COLORS) if c != T["color"]])
    elif label == "similar_place":
        N["fplace"] = PLACES[T["place"]][6]
        N["found_at"] = found_time_after(start, end)
    elif label == "found_before_loss":
        N["fplace"] = ch(FOUND_AT.get(T["place"], [T["place"]]))
        N["found_at"] = start - R.randint(18, 400) * 10
    else:
        N["fplace"] = ch(FOUND_AT.get(T["place"], [T["place"]]))
        N["found_at"] = found_time_after(start, end)
    N["place"] = N["fplace"]
    return N, force_t, force_n


FIXED_COLOR = ("room", "hat", "woven", "lifejacket", "cooler", "boots")


def km(a, b):
    la1, lo1 = PLACES[a][3], PLACES[a][4]
    la2, lo2 = PLACES[b][3], PLACES[b][4]
    return (((la1 - la2) * 111.0) ** 2 + ((lo1 - lo2) * 101.0) ** 2) ** 0.5


def confusable(t, o):
    """o, handed in, could pass for t's object on what both sides are likely to say"""
    if t["cat"] != o["cat"] or t["kind"] != o["kind"] or t["color"] != o["color"] or t["color"] is None:
        return False
    if t["brand"] != o["brand"]:
        return False
    if km(t["place"], o["fplace"]) > 3.0:
        return False
    return t["lost_from"] <= o["found_at"] <= t["lost_to"] + 2880


# ------------------------------------------------------------------ build
def build():
    cats = []
    for c, n in CAT_COUNTS:
        cats += [c] * n
    R.shuffle(cats)
    truths = []
    for i, cat in enumerate(cats):
        voice = voice_for(cat)
        if cat == "id_doc" and voice == "hurried" and pr(0.5):
            voice = "student"
        person = new_person(voice)
        t = fresh(cat, person)
        for _ in range(40):
            if t["kind"] not in SEA_KINDS or person["base"] in ("fisher", "foreign", "elderly"):
                break
            t = fresh(cat, person)
        if t["kind"] == "student":
            t["school"] = t["vis"][0][0][:-1]
        t["person"] = person
        t["place"] = place_for(t, person)
        t["lost_from"], t["lost_to"] = window(t["place"])
        t["paired"] = i < N_PAIRED
        if t["paired"]:
            t["fplace"] = ch(FOUND_AT.get(t["place"], [t["place"]]))
            t["found_at"] = found_time_after(t["lost_from"], t["lost_to"])
        t["force_t"], t["force_n"] = {}, {}
        t["negs"] = 0
        truths.append(t)

    # no accidental twins: a handed-in object must not look like another report's object, seen
    # at nearly the same place and time; recolour the report's object when one does
    for _ in range(6):
        changed = 0
        for t in truths:
            for o in truths:
                if o is t or not o["paired"] or not confusable(t, o):
                    continue
                changed += 1
                if t["cat"] not in ("cash", "jewelry", "id_doc") and t["kind"] not in FIXED_COLOR:
                    t["color"] = ch([c for c in sorted(COLORS) if c != o["color"] and c != t["color"]])
                    continue
                far = [p for p in kind_places(t) if km(p, o["fplace"]) > 3.0]
                if far:
                    t["place"] = ch(far)
                    if t["paired"]:
                        t["fplace"] = ch(FOUND_AT.get(t["place"], [t["place"]]))
                else:
                    t["lost_from"] -= 5760
                    t["lost_to"] -= 5760
                    if t["paired"]:
                        t["found_at"] -= 5760
        if not changed:
            break

    # a few pairs filed under another category by the finder
    crossed = 0
    for t in truths:
        if not t["paired"] or crossed >= 4:
            continue
        if t["cat"] == "phone" and any("防水" in x[0] for x in t["vis"]) and crossed < 2:
            t["fcat"] = "other"
            crossed += 1
        elif t["cat"] == "wallet" and t.get("idn") and crossed < 4:
            t["fcat"] = "id_doc"
            crossed += 1

    negs = []
    for label, n in NEG_COUNTS:
        for _ in range(n):
            pool0 = [t for t in truths if eligible(label, t) and t["negs"] == 0]
            pool1 = [t for t in truths if eligible(label, t) and t["negs"] == 1]
            pool = pool0 if pool0 else pool1
            un = [t for t in pool if not t["paired"]]
            pa = [t for t in pool if t["paired"]]
            T = ch(un) if (un and (pr(0.6) or not pa)) else ch(pa)
            T["negs"] += 1
            N, ft, fn = make_negative(label, T)
            T["force_t"].update(ft)
            N["force_n"] = fn
            N["label"] = label
            N["target"] = T
            negs.append(N)

    # keys: lost in shuffled order, found in shuffled order
    order = list(range(len(truths)))
    R.shuffle(order)
    for k, i in enumerate(order):
        truths[i]["lkey"] = "%s-L%04d" % (PFX, k + 1)
    found_objs = [t for t in truths if t["paired"]] + negs
    R.shuffle(found_objs)
    for k, t in enumerate(found_objs):
        t["fkey"] = "%s-F%04d" % (PFX, k + 1)

    lost = []
    for i in order:
        t = truths[i]
        rec = render_lost(t, t["lkey"], t["force_t"])
        rec["truth"] = t["fkey"] if t["paired"] else None
        lost.append(rec)
    found = []
    for t in found_objs:
        rec = render_found(t, t["fkey"], t.get("force_n", {}) if "label" in t else {})
        if "label" in t:
            rec["negative"] = t["label"]
        found.append(rec)
    build.pairs = [(n["fkey"], n["target"]["lkey"]) for n in negs]  # for reading the set by eye
    build.truths = truths
    return {"seed": SEED, "made_by": "tests/lostfound/make_set114.py",
            "parts": {"set114": {"found": found, "lost": lost}}}


def main():
    data = build()
    out = os.path.join(HERE, "set114.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=1))
        f.write("\n")
    part = data["parts"]["set114"]
    print("wrote %s: %d lost, %d found" % (out, len(part["lost"]), len(part["found"])))


if __name__ == "__main__":
    main()
