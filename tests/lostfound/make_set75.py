#!/usr/bin/env python3
"""Writes tests/lostfound/set75.json, a blind labelled lost-and-found set (part "set75").

Written from the product issue text only, without looking at the matcher.  Every object is a
hidden truth record; the lost report (owner) and the found registration (finder) are written
separately from it, each in its own voice and knowing only what that person would know.

Python 3 standard library only.  One random.Random(7575) drives everything; nothing iterates a
set or depends on hashing, so the output is byte-identical on every run under any PYTHONHASHSEED.

    python3 tests/lostfound/make_set75.py            # writes tests/lostfound/set75.json
    python3 tests/lostfound/make_set75.py --stdout   # prints the JSON instead
"""
import json
import math
import os
import sys
import random

SEED = 7575
PART = "set75"
PFX = "S75"
MADE_BY = "tests/lostfound/make_set75.py"
R = random.Random(SEED)


# ----------------------------------------------------------------------------- small helpers
def pick(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = float(sum(w for _, w in pairs))
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s


def T(zh, en=None, py=None):
    return (zh, en, py)


def L(t, lang):
    """Text of a (zh, en, py) triple in one language, falling back to Chinese."""
    if t is None:
        return None
    if isinstance(t, str):
        return t
    i = {"zh": 0, "en": 1, "py": 2}[lang]
    return t[i] if t[i] is not None else t[0]


def zjoin(parts, sep="，", end="。"):
    parts = [p for p in parts if p]
    if not parts:
        return ""
    s = sep.join(parts)
    if s[-1] not in "。！？!?.~）)":
        s += end
    return s


def ejoin(parts):
    out = []
    for p in parts:
        if not p:
            continue
        p = p.strip()
        p = p[0].upper() + p[1:]
        if p[-1] not in ".!?":
            p += "."
        out.append(p)
    return " ".join(out)


# ----------------------------------------------------------------------------- the clock
# t = minutes since 1 May 00:00.  Everything is registered at one moment, NOW (1 June 09:00);
# the *_min fields are NOW - t.  1 May is a Thursday in this world.
NOW = 31 * 1440 + 9 * 60
WEEK = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
WEEK_D = ["礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜天"]
WEEK_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CN_NUM = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def mdhm(t):
    d = t // 1440
    if d < 0:
        mo, dd = 4, 31 + d
    elif d >= 31:
        mo, dd = 6, d - 30
    else:
        mo, dd = 5, d + 1
    return mo, dd, (t % 1440) // 60, t % 60, (3 + d) % 7


def part_of_day(h, dialect=False):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    if h < 19:
        return "傍晚" if not dialect else "擦黑的时候"
    if h < 23:
        return "晚上"
    return "半夜"


def d_zh(t, style=None):
    mo, dd, h, mi, wd = mdhm(t)
    style = style or pick(["md", "md", "mh", "dh", "wk", "dot"])
    if style == "md":
        return "%d月%d日" % (mo, dd)
    if style == "mh":
        return "%d月%d号" % (mo, dd)
    if style == "dh":
        return "%d号" % dd
    if style == "wk":
        return "%s（%d号）" % (WEEK[wd], dd)
    if style == "wkd":
        return "%d号%s" % (dd, WEEK_D[wd])
    if style == "dot":
        return "%d.%d" % (mo, dd)
    return "%d月%d日" % (mo, dd)


def h_zh(t, style=None, dialect=False):
    mo, dd, h, mi, wd = mdhm(t)
    style = style or pick(["pod", "pod", "hm", "shi", "about"])
    h12 = h if h <= 12 else h - 12
    if style == "pod":
        tail = "多" if mi >= 10 else ""
        if dialect and 10 <= mi < 30:
            tail = "过"
        if mi >= 25 and mi < 40 and chance(0.5):
            tail = "半"
        return "%s%s点%s" % (part_of_day(h, dialect), CN_NUM[h12] if h12 <= 12 else str(h12), tail)
    if style == "hm":
        return "%d:%02d" % (h, mi)
    if style == "shi":
        return "%d时%02d分" % (h, mi)
    if style == "xu":
        return "%d时许" % h
    return "%s%d点左右" % (part_of_day(h), h12)


def d_en(t):
    mo, dd, h, mi, wd = mdhm(t)
    mname = {4: "April", 5: "May", 6: "June"}[mo]
    return pick(["%s %d" % (mname, dd), "%s %s %d" % (WEEK_EN[wd], mname, dd), "%d %s" % (dd, mname)])


def h_en(t):
    mo, dd, h, mi, wd = mdhm(t)
    ap = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return pick(["around %d%s" % (h12, ap), "about %d:%02d %s" % (h12, mi - mi % 5, ap), "%d:%02d" % (h, mi)])


def d_py(t):
    mo, dd, h, mi, wd = mdhm(t)
    return pick(["%d yue %d hao" % (mo, dd), "%d hao" % dd])


def h_py(t):
    mo, dd, h, mi, wd = mdhm(t)
    pod = "zaoshang" if h < 12 else ("xiawu" if h < 18 else "wanshang")
    h12 = h % 12 or 12
    return "%s %d dian" % (pod, h12)


def window_zh(t0, t1, dialect=False):
    """How a person states a loss window in words."""
    m0, d0, h0, _, _ = mdhm(t0)
    m1, d1, h1, _, _ = mdhm(t1)
    if (m0, d0) == (m1, d1):
        a = d_zh(t0, pick(["md", "mh", "dh", "wk"]) if not dialect else pick(["mh", "dh", "wkd"]))
        if h1 - h0 <= 1:
            return a + h_zh(t0, dialect=dialect)
        if part_of_day(h0) == part_of_day(h1) and chance(0.4):
            return a + part_of_day(h0, dialect)
        return "%s%s到%s之间" % (a, h_zh(t0, "pod", dialect), h_zh(t1, "pod", dialect)) if chance(0.6) else \
            "%s%d点到%d点" % (a, h0, h1)
    a = d_zh(t0, "mh" if not dialect else pick(["mh", "wkd"]))
    b = d_zh(t1, "dh")
    if dialect:
        return "%s%s到%s%s" % (a, part_of_day(h0, True), b, part_of_day(h1, True))
    return "%s%s到%s%s" % (a, h_zh(t0, "pod"), b, h_zh(t1, "pod"))


# ----------------------------------------------------------------------------- places
PL = {}
DISTRICT = "澜江新区"
CENTER = (29.5600, 106.5500)


def place(pid, names, en, py, lat, lon, spots, acts, finders, area="lj", hours=(9, 21)):
    PL[pid] = dict(id=pid, names=names, en=en, py=py, lat=lat, lon=lon, spots=spots, acts=acts,
                   finders=finders, area=area, hours=hours)


place("xtf", ["悬梯坊", "悬梯坊老街", "悬梯坊历史街区", "悬梯坊老街区", "玄梯坊", "悬梯坊那边的老街"],
      ["Xuantifang Old Town", "Xuantifang old street"], ["xuantifang", "xuan ti fang lao jie"],
      29.5612, 106.5531,
      [T("老街石板路上", "on the stone lane"), T("一家小吃摊旁边", "next to a snack stall"),
       T("巷子口的石墩上", "on a stone post at the alley mouth"), T("公共厕所门口", "outside the public toilet"),
       T("老茶馆门口台阶上", "on the steps of an old teahouse"), T("拐角的花坛边", "by a flower bed at the corner")],
      [T("逛老街", "walking around the old town", "guang laojie"), T("拍照", "taking photos", "paizhao"),
       T("买小吃", "buying snacks", "mai xiaochi")],
      ["grid", "elder_f", "passerby", "aux", "rider_f", "passerby_en"], hours=(9, 22))
place("steps", ["三百六十梯", "悬梯坊三百六十梯", "360级梯坎", "悬梯坊大梯坎", "三百六十级梯子坎", "360梯"],
      ["the 360 Steps", "Xuantifang 360 steps"], ["sanbailiushi ti", "360 ti"],
      29.5621, 106.5519,
      [T("梯坎中段的歇脚台", "on the resting landing halfway up"), T("梯坎边的栏杆旁", "by the railing"),
       T("第二个转角平台", "on the second turn landing"), T("梯坎最底下", "at the bottom of the steps"),
       T("半中腰的石凳上", "on a stone bench halfway up")],
      [T("爬梯坎", "climbing the steps", "pa tikan"), T("坐在梯坎上歇气", "resting on the steps", "xiuxi"),
       T("在梯坎上拍照", "taking photos on the steps", "paizhao")],
      ["grid", "passerby", "elder_f", "aux", "passerby_en"], hours=(8, 21))
place("platform", ["半山平台", "悬梯坊半山平台", "半山观景台", "半山腰坝子", "半山腰那个平台"],
      ["the Mid-hill Viewing Platform", "mid-hill platform"], ["banshan pingtai"],
      29.5629, 106.5541,
      [T("观景栏杆边", "by the viewing railing"), T("长椅上", "on a bench"), T("售货亭旁边", "next to the kiosk"),
       T("平台角落的垃圾桶边", "by the bin in the corner")],
      [T("拍照", "taking photos", "paizhao"), T("看江景", "looking at the river", "kan jiang"),
       T("歇气", "having a rest", "xiuxi")],
      ["grid", "passerby", "passerby_en", "aux"], hours=(9, 22))
place("cable_n", ["望澜索道北站", "索道北站", "望澜索道", "望澜索道上站", "索道（北站）", "望澜锁道北站"],
      ["Wanglan Cableway north station", "the cable car (north station)"], ["wanglan suodao beizhan", "suodao bei zhan"],
      29.5656, 106.5588,
      [T("候车区座椅上", "on a seat in the waiting area"), T("出站闸机旁", "by the exit gates"),
       T("车厢座位底下", "under a seat in the cabin"), T("排队通道栏杆边", "by the queue railing"),
       T("售票窗口台面上", "on the ticket counter")],
      [T("坐索道", "taking the cable car", "zuo suodao"), T("排队坐索道", "queuing for the cable car", "paidui zuo suodao"),
       T("坐索道过江", "crossing the river by cable car", "zuo suodao guo jiang")],
      ["cable"], hours=(8, 22))
place("cable_s", ["望澜索道南站", "索道南站", "索道南岸站", "望澜索道下站", "索道南站出口"],
      ["Wanglan Cableway south station", "the cable car south end"], ["wanglan suodao nanzhan", "suodao nan zhan"],
      29.5548, 106.5621,
      [T("候车区座椅上", "on a seat in the waiting area"), T("出站口", "at the exit"),
       T("车厢座位底下", "under a seat in the cabin"), T("排队通道栏杆边", "by the queue railing")],
      [T("坐索道", "taking the cable car", "zuo suodao"), T("排队坐索道", "queuing for the cable car", "paidui zuo suodao")],
      ["cable"], hours=(8, 22))
place("rail_yql", ["轻轨云栖楼站", "云栖楼站", "穿楼站", "轻轨穿楼站", "云栖楼（穿楼那个站）", "云西楼站"],
      ["Yunqilou Station (train through the building)", "Yunqilou light rail station"], ["yunqilou zhan", "chuan lou zhan"],
      29.5584, 106.5447,
      [T("站台座椅上", "on a platform seat"), T("站厅闸机口", "at the ticket gates"), T("车厢座位上", "on a seat in the train"),
       T("扶梯口", "at the escalator")],
      [T("坐轻轨", "taking the light rail", "zuo qinggui"), T("等轻轨", "waiting for the train", "deng qinggui")],
      ["rail"], hours=(7, 22))
place("yql_view", ["云栖楼观景台", "穿楼观景台", "云栖楼楼下拍轻轨的平台", "轻轨穿楼观景点", "云栖楼下面的观景台"],
      ["the viewing deck under Yunqilou", "the spot to watch the train go through the building"], ["chuan lou guanjingtai"],
      29.5579, 106.5441,
      [T("拍照的栏杆边", "by the railing where people take photos"), T("台阶上", "on the steps"),
       T("观景台的长椅上", "on a bench on the deck")],
      [T("拍轻轨穿楼", "filming the train going through the building", "pai qinggui chuan lou"),
       T("看轻轨穿楼", "watching the train go through the building", "kan chuan lou")],
      ["aux", "passerby", "passerby_en", "cleaner"], hours=(8, 22))
place("rail_md", ["轻轨鸣渡站", "鸣渡站", "鸣渡轻轨站"], ["Mingdu light rail station"], ["mingdu zhan"],
      29.5537, 106.5678,
      [T("站台座椅上", "on a platform seat"), T("站厅客服中心旁", "by the service centre"), T("车厢座位上", "on a seat in the train")],
      [T("坐轻轨", "taking the light rail", "zuo qinggui")], ["rail"], hours=(7, 22))
place("rail_hui", ["轻轨澜江汇站", "澜江汇站", "澜江汇轻轨站"], ["LJ Hui light rail station"], ["lanjianghui zhan"],
      29.5671, 106.5409,
      [T("站台座椅上", "on a platform seat"), T("终点站清车时车厢内", "in the train at the terminus"), T("闸机口", "at the gates")],
      [T("坐轻轨", "taking the light rail", "zuo qinggui")], ["rail"], hours=(7, 22))
place("hotpot", ["红汤巷", "红汤巷火锅街", "红汤巷美食街", "红塘巷", "红汤巷那条火锅街"],
      ["Hongtang Lane (hotpot street)", "Hongtang hotpot street"], ["hongtang xiang", "hongtang xiang huoguo jie"],
      29.5597, 106.5573,
      [T("巷子里的台阶上", "on the steps in the lane"), T("路边等位的塑料凳上", "on a plastic stool where people queue"),
       T("巷口垃圾桶旁", "by the bin at the lane entrance"), T("一家店门口", "outside a restaurant")],
      [T("吃火锅", "having hotpot", "chi huoguo"), T("等位吃火锅", "queuing for hotpot", "deng wei chi huoguo")],
      ["aux", "passerby", "grid", "passerby_en"], hours=(11, 23))
place("hp_laozao", ["老灶门火锅", "红汤巷老灶门", "老灶门火锅店", "老灶门（红汤巷12号）", "老灶火锅"],
      ["Laozaomen Hotpot", "Laozaomen hotpot on Hongtang Lane"], ["laozaomen huoguo"],
      29.5599, 106.5578,
      [T("{n}号桌凳子下面", "under a stool at table {n}"), T("{n}号桌椅子缝里", "in the seat gap at table {n}"),
       T("门口等位区", "in the waiting area at the door"), T("洗手间洗手台上", "on the washbasin in the toilet"),
       T("收银台旁", "by the till")],
      [T("吃火锅", "having hotpot", "chi huoguo")], ["waiter"], hours=(11, 24))
place("hp_jiugong", ["九宫巷子火锅", "九宫巷子", "巷子火锅（九宫格）", "九宫巷火锅", "九公巷子火锅"],
      ["Jiugong Alley Hotpot"], ["jiugong xiangzi huoguo"],
      29.5594, 106.5569,
      [T("{n}号桌凳子下面", "under a stool at table {n}"), T("门口等位区", "in the waiting area"),
       T("二楼楼梯口", "at the top of the stairs"), T("包间{n}的沙发上", "on the sofa in private room {n}")],
      [T("吃火锅", "having hotpot", "chi huoguo")], ["waiter"], hours=(11, 24))
place("hp_niuyou", ["牛油坊老火锅", "牛油坊", "牛油房火锅", "红汤巷牛油坊"], ["Niuyoufang Hotpot"], ["niuyoufang"],
      29.5601, 106.5566,
      [T("{n}号桌凳子下面", "under a stool at table {n}"), T("露天坝子的桌子边", "at an outdoor table"),
       T("门口等位区", "in the waiting area")],
      [T("吃火锅", "having hotpot", "chi huoguo")], ["waiter"], hours=(11, 24))
place("terrace", ["观澜台", "观澜台夜景平台", "观澜台观景台", "江边观澜台", "观兰台"],
      ["Guanlan Terrace", "the night-view terrace by the river"], ["guanlan tai"],
      29.5572, 106.5652,
      [T("观景栏杆边", "by the railing"), T("台阶上", "on the steps"), T("拍照打卡点旁边", "next to the photo spot"),
       T("长椅上", "on a bench"), T("雨棚下面", "under the rain shelter")],
      [T("看夜景", "watching the night view", "kan yejing"), T("拍夜景", "taking night photos", "pai yejing"),
       T("躲雨", "sheltering from the rain", "duo yu")],
      ["aux", "passerby", "passerby_en", "cleaner"], hours=(18, 24))
place("riverwalk", ["临澜滨江步道", "滨江步道", "临澜步道", "江边步道", "临澜滨江路那段步道"],
      ["the riverside walk", "Linlan riverside path"], ["binjiang budao"],
      29.5541, 106.5592,
      [T("步道边的长椅上", "on a bench"), T("护栏边", "by the railing"), T("步道的台阶上", "on the steps")],
      [T("散步", "walking", "sanbu"), T("看江景", "looking at the river", "kan jiang")],
      ["passerby", "grid", "elder_f", "cleaner"], hours=(7, 22))
place("pier", ["鸣渡码头", "鸣渡游船码头", "鸣渡门码头", "游船码头（鸣渡）", "鸣度码头"],
      ["Mingdu Cruise Pier", "the river cruise pier"], ["mingdu matou"],
      29.5529, 106.5702,
      [T("候船厅座椅上", "on a seat in the waiting hall"), T("趸船甲板上", "on the pontoon deck"),
       T("船上二楼观景区", "on the upper viewing deck"), T("检票口", "at the ticket check"),
       T("船舱座位下", "under a seat in the cabin")],
      [T("坐夜游船", "taking the night cruise", "zuo youchuan"), T("排队上船", "queuing to board", "paidui shang chuan")],
      ["crew"], hours=(18, 23))
place("mall", ["澜江汇", "澜江汇购物中心", "澜江汇商场", "兰江汇", "澜江汇广场"],
      ["LJ Hui Mall", "Lanjianghui mall"], ["lanjianghui"],
      29.5667, 106.5397,
      [T("B1美食广场座位上", "at a table in the B1 food court"), T("3楼洗手间", "in the 3rd floor toilets"),
       T("4楼影院检票口", "at the cinema entrance on 4F"), T("1楼中庭休息椅上", "on a bench in the atrium"),
       T("2楼试衣间", "in a fitting room on 2F"), T("地下车库电梯厅", "in the car park lift lobby")],
      [T("逛商场", "shopping", "guang shangchang"), T("看电影", "watching a film", "kan dianying"),
       T("吃饭", "eating", "chifan"), T("买衣服", "buying clothes", "mai yifu")],
      ["mall"], hours=(10, 22))
place("ped", ["金梧步行街", "金梧街", "金梧路步行街", "金吾步行街", "步行街（金梧）"],
      ["Jinwu Walking Street", "Jinwu pedestrian street"], ["jinwu buxingjie"],
      29.5626, 106.5461,
      [T("街心雕塑旁", "by the statue"), T("奶茶店门口", "outside a milk-tea shop"), T("公共座椅上", "on a public bench"),
       T("路边花坛上", "on a flower bed")],
      [T("逛街", "walking around", "guangjie"), T("买奶茶", "buying milk tea", "mai naicha")],
      ["aux", "passerby", "clerk", "passerby_en"], hours=(10, 23))
place("hostel", ["雾屿青旅", "雾屿青年旅舍", "雾屿国际青旅", "雾屿"], ["Fog Isle Hostel", "Fog Isle"], ["wuyu qinglv"],
      29.5610, 106.5506,
      [T("{n}号房上铺", "on a top bunk in room {n}"), T("公共区沙发缝里", "in the lounge sofa"),
       T("前台旁的充电区", "at the charging corner by reception"), T("{n}房间床底下", "under a bed in room {n}"),
       T("洗衣房", "in the laundry")],
      [T("住青旅", "staying at the hostel", "zhu qinglv"), T("退房", "checking out", "tuifang")],
      ["hostel"], hours=(7, 23))
place("homestay1", ["半坡猫民宿", "半坡猫", "半坡猫客栈"], ["Half-slope Cat B&B"], ["banpomao minsu"],
      29.5635, 106.5517,
      [T("{n}房间床头柜", "on the bedside table in room {n}"), T("露台的椅子上", "on a chair on the roof terrace"),
       T("前台沙发上", "on the sofa at reception")],
      [T("住民宿", "staying at the B&B", "zhu minsu"), T("退房", "checking out", "tuifang")],
      ["hostel"], hours=(7, 23))
place("homestay2", ["江雾里民宿", "江雾里", "江雾里精品民宿"], ["Jiangwuli Homestay"], ["jiangwuli minsu"],
      29.5587, 106.5634,
      [T("{n}房间衣柜里", "in the wardrobe in room {n}"), T("观景露台", "on the view terrace"),
       T("门口鞋柜上", "on the shoe cabinet by the door")],
      [T("住民宿", "staying at the homestay", "zhu minsu"), T("退房", "checking out", "tuifang")],
      ["hostel"], hours=(7, 23))
place("courier", ["速达驿站", "快递驿站", "悬梯坊快递驿站", "速达快递点", "速达驿站（悬梯坊店）"],
      ["the Suda parcel station"], ["kuaidi yizhan"],
      29.5602, 106.5491,
      [T("货架旁", "by the shelves"), T("门口台阶上", "on the steps outside"), T("取件台上", "on the pickup counter"),
       T("寄件台上", "on the sending counter")],
      [T("取快递", "picking up a parcel", "qu kuaidi"), T("寄快递", "sending a parcel", "ji kuaidi")],
      ["courier"], hours=(8, 21))
place("hospital", ["附二院", "澜医附二院", "医大附二院", "澜江医大二院", "澜江医科大学附属第二医院"],
      ["LJ Medical University 2nd Hospital"], ["fu er yuan"],
      29.5703, 106.5482,
      [T("门诊楼二楼候诊椅上", "on a waiting chair on 2F"), T("缴费窗口台面上", "at the payment window"),
       T("住院部电梯口", "at the inpatient lifts"), T("门诊大厅自助机旁", "by the kiosks in the lobby"),
       T("检验科抽血窗口", "at the blood-test window")],
      [T("看病", "seeing a doctor", "kan bing"), T("陪家人看病", "with family at the doctor", "pei jiaren kanbing"),
       T("拿药", "getting medicine", "na yao"), T("抽血", "having a blood test", "chou xue")],
      ["hosp"], hours=(7, 18))
place("school", ["望澜路小学", "望澜小学", "望澜路小学校门口", "望澜路小学门口"], ["Wanglan Road Primary School"], ["wanglan xiaoxue"],
      29.5647, 106.5442,
      [T("校门口", "at the school gate"), T("操场边", "by the playground"), T("传达室门口", "at the gatehouse"),
       T("校门口对面文具店门口", "outside the stationery shop opposite")],
      [T("接娃儿放学", "picking up a child", "jie haizi"), T("送孩子上学", "taking a child to school", "song haizi")],
      ["teacher"], hours=(7, 18))
place("park", ["青枫公园", "青枫公园广场", "青峰公园", "青枫公园坝子"], ["Qingfeng Park"], ["qingfeng gongyuan"],
      29.5686, 106.5528,
      [T("跳舞的坝子边", "by the dancing square"), T("黄葛树下的石凳上", "on a stone bench under the big tree"),
       T("公园厕所门口", "outside the park toilets"), T("健身器材旁", "by the exercise machines")],
      [T("跳广场舞", "square dancing", "tiao guangchangwu"), T("散步", "walking", "sanbu"),
       T("带孙子耍", "playing with the grandchild", "dai sunzi wan"), T("打太极", "doing tai chi", "da taiji")],
      ["dance", "elder_f", "park"], hours=(6, 22))
place("mahjong1", ["顺心茶馆", "顺心棋牌室", "坡下顺心茶馆", "顺心茶楼"], ["Shunxin teahouse"], ["shunxin chaguan"],
      29.5614, 106.5477,
      [T("{n}号桌底下", "under table {n}"), T("茶馆门口", "at the door"), T("靠窗那桌椅子上", "on a chair by the window")],
      [T("打麻将", "playing mahjong", "da majiang"), T("喝茶打牌", "drinking tea and playing cards", "he cha da pai")],
      ["mahjong"], hours=(10, 24))
place("mahjong2", ["老周棋牌室", "老周麻将馆", "老周那里的麻将馆"], ["Lao Zhou mahjong room"], ["laozhou qipaishi"],
      29.5644, 106.5562,
      [T("{n}号桌底下", "under table {n}"), T("门口的凳子上", "on a stool at the door")],
      [T("打麻将", "playing mahjong", "da majiang")], ["mahjong"], hours=(10, 24))
place("market", ["梯坎菜市场", "梯坎菜市", "悬梯坊菜市场", "坡坎菜市"], ["Tikan wet market"], ["tikan caishichang"],
      29.5592, 106.5487,
      [T("肉摊旁边", "by a meat stall"), T("菜市场门口", "at the market entrance"), T("卖豆腐的摊子前", "at the tofu stall"),
       T("公平秤旁边", "by the public scales")],
      [T("买菜", "buying groceries", "mai cai")], ["stall", "elder_f"], hours=(6, 12))
place("bus", ["望澜路公交站", "望澜路车站", "望澜路站台"], ["Wanglan Road bus stop"], ["wanglan lu gongjiao zhan"],
      29.5652, 106.5468,
      [T("候车亭座椅上", "on the bus-shelter bench"), T("站牌下面", "under the stop sign")],
      [T("等公交", "waiting for the bus", "deng gongjiao"), T("坐公交", "taking the bus", "zuo gongjiao")],
      ["passerby", "busdrv"], hours=(6, 22))
# Neighbouring districts, 15-30 km away: used only by the "same brand, far away" decoys.
place("by_uni", ["北嵛大学城步行街", "北嵛区大学城", "北嵛大学城商业街"], ["Beiyu University Town"], ["beiyu daxuecheng"],
      29.7906, 106.4318, [T("商业街路边", "on the street"), T("奶茶店门口", "outside a milk-tea shop")], [],
      ["far_aux", "far_pass"], area="北嵛区")
place("by_park", ["缙湖公园", "北嵛缙湖公园", "北嵛区缙湖公园"], ["Jinhu Park, Beiyu"], ["jinhu gongyuan"],
      29.7781, 106.4521, [T("湖边长椅上", "on a lakeside bench"), T("公园门口", "at the park gate")], [],
      ["far_aux", "far_pass"], area="北嵛区")
place("tl_stn", ["桐梁北站", "桐梁高铁北站", "桐梁区高铁站"], ["Tongliang North railway station"], ["tongliang beizhan"],
      29.4122, 106.3969, [T("候车室座椅上", "on a seat in the waiting hall"), T("出站口", "at the exit")], [],
      ["far_rail", "far_aux"], area="桐梁区")
place("tl_plaza", ["万隆广场", "桐梁万隆广场", "桐梁区万隆广场"], ["Wanlong Plaza, Tongliang"], ["wanlong guangchang"],
      29.4050, 106.4103, [T("商场一楼休息区", "in the ground-floor seating"), T("广场喷泉边", "by the fountain")], [],
      ["far_mall", "far_pass"], area="桐梁区")
place("dh_town", ["东槐古镇", "东槐区古镇", "东槐老镇"], ["Donghuai Old Town"], ["donghuai guzhen"],
      29.6322, 106.7701, [T("古镇石板路上", "on the stone street"), T("码头台阶上", "on the old jetty steps")], [],
      ["far_aux", "far_pass"], area="东槐区")
place("dh_mall", ["悦湾购物公园", "东槐悦湾", "悦湾广场"], ["Yuewan Mall, Donghuai"], ["yuewan guangchang"],
      29.6108, 106.7852, [T("美食广场座位上", "at a food-court table"), T("地下车库", "in the car park")], [],
      ["far_mall", "far_pass"], area="东槐区")

LJ_PLACES = [p for p in PL if PL[p]["area"] == "lj"]
FAR_PLACES = [p for p in PL if PL[p]["area"] != "lj"]

# where an object lost at one place may turn up instead
LINK = {
    "cable_n": ["cable_s"], "cable_s": ["cable_n"],
    "rail_yql": ["rail_hui", "rail_md"], "rail_md": ["rail_hui"], "rail_hui": ["rail_md"],
    "yql_view": ["rail_yql"], "hotpot": ["hp_laozao", "hp_jiugong"], "hp_laozao": ["hotpot"],
    "hp_jiugong": ["hotpot"], "hp_niuyou": ["hotpot"], "steps": ["platform", "xtf"], "platform": ["steps"],
    "xtf": ["steps", "market"], "terrace": ["riverwalk"], "riverwalk": ["terrace", "pier"], "pier": ["riverwalk"],
    "ped": ["mall"], "mall": ["rail_hui"], "park": ["bus"], "bus": ["park"], "market": ["xtf"],
    "school": ["bus"], "courier": ["xtf"], "mahjong1": ["market"], "mahjong2": ["platform"],
}


def pname(pid, lang="zh"):
    p = PL[pid]
    if lang == "en":
        return pick(p["en"])
    if lang == "py":
        return pick(p["py"])
    return pick(p["names"])


def jitter(pid, spread=0.0007):
    p = PL[pid]
    return round(p["lat"] + R.uniform(-spread, spread), 6), round(p["lon"] + R.uniform(-spread, spread), 6)


def spot_text(pid, lang="zh"):
    s = L(pick(PL[pid]["spots"]), lang)
    return s.replace("{n}", str(R.randint(2, 32)))


def km(a, b):
    la1, lo1 = math.radians(a[0]), math.radians(a[1])
    la2, lo2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ----------------------------------------------------------------------------- colours
COLORS = {
    "black": (["黑色", "黑色", "黑", "深色", "哑光黑", "曜石黑", "纯黑"], ["black", "black", "matte black", "dark"], ["heise", "hei de"]),
    "white": (["白色", "白色", "白", "米白", "奶白色", "象牙白"], ["white", "white", "off-white"], ["baise", "bai de"]),
    "silver": (["银色", "银色", "银白", "亮银色", "银灰色"], ["silver", "silver"], ["yinse"]),
    "gray": (["灰色", "灰色", "深灰", "浅灰", "太空灰", "铁灰色"], ["grey", "gray", "dark grey"], ["huise"]),
    "blue": (["蓝色", "蓝色", "深蓝", "宝蓝", "藏青色", "天蓝色", "雾霾蓝"], ["blue", "blue", "navy", "light blue"], ["lanse"]),
    "red": (["红色", "红色", "大红", "酒红", "枣红色", "红的"], ["red", "red", "dark red"], ["hongse"]),
    "pink": (["粉色", "粉色", "粉红", "樱花粉", "浅粉色"], ["pink", "pink", "light pink"], ["fense"]),
    "green": (["绿色", "绿色", "墨绿", "军绿色", "薄荷绿", "浅绿"], ["green", "green", "dark green"], ["lvse"]),
    "yellow": (["黄色", "黄色", "明黄", "柠檬黄", "土黄色"], ["yellow", "yellow"], ["huangse"]),
    "purple": (["紫色", "紫色", "浅紫", "香芋紫", "紫的"], ["purple", "purple", "lilac"], ["zise"]),
    "gold": (["金色", "金色", "香槟金", "土豪金"], ["gold", "gold", "champagne"], ["jinse"]),
    "brown": (["棕色", "棕色", "咖啡色", "褐色", "驼色", "焦糖色"], ["brown", "brown", "tan"], ["zongse"]),
    "orange": (["橙色", "橙色", "橘色", "橘黄色"], ["orange", "orange"], ["chengse"]),
    "beige": (["米色", "米色", "肉色", "浅卡其"], ["beige", "beige"], ["mise"]),
}
CONFUSE = {"black": ["gray", "blue"], "white": ["silver", "beige"], "silver": ["white", "gray"], "gray": ["black", "silver"],
           "blue": ["black", "purple"], "red": ["pink", "orange"], "pink": ["red", "purple"], "green": ["blue", "gray"],
           "yellow": ["gold", "orange"], "purple": ["blue", "pink"], "gold": ["yellow", "brown"], "brown": ["black", "gold"],
           "orange": ["red", "yellow"], "beige": ["white", "brown"]}


def cw(c, lang="zh"):
    if not c:
        return ""
    i = {"zh": 0, "en": 1, "py": 2}[lang]
    return pick(COLORS[c][i])


# ----------------------------------------------------------------------------- brands
# key: (Chinese spellings, English spellings, pinyin spellings, misspellings seen on forms)
BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], ["huawei"], ["华伟", "花为", "HUAWAI"]),
    "apple": (["苹果"], ["Apple", "apple"], ["pingguo"], ["平果", "苹菓", "Aplle"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI"], ["xiaomi"], ["小咪", "xiao mi", "XIAOMl"]),
    "oppo": (["OPPO", "欧珀"], ["OPPO"], ["oppo"], ["opp0", "0PPO"]),
    "vivo": (["vivo", "维沃"], ["vivo", "VIVO"], ["vivo"], ["viov", "vivio"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], ["rongyao"], ["荣曜", "honer"]),
    "oneplus": (["一加"], ["OnePlus"], ["yijia"], ["1加", "oneplue"]),
    "shouhubao": (["守护宝"], ["Shouhubao"], ["shouhubao"], ["守户宝", "首护宝"]),
    "anker": (["安克"], ["Anker", "ANKER"], ["anke"], ["安可", "anker安克"]),
    "romoss": (["罗马仕"], ["ROMOSS", "Romoss"], ["luomashi"], ["罗马士", "romos"]),
    "baseus": (["倍思"], ["Baseus"], ["beisi"], ["贝思", "baseous"]),
    "dji": (["大疆"], ["DJI"], ["dajiang"], ["大江", "DIJ"]),
    "insta360": (["影石"], ["Insta360", "insta 360"], ["yingshi"], ["影石360", "insta306"]),
    "fujifilm": (["富士"], ["FUJIFILM", "Fujifilm", "Fuji"], ["fushi"], ["富仕", "fujiflim"]),
    "sony": (["索尼"], ["SONY", "Sony"], ["suoni"], ["索妮", "sonny"]),
    "canon": (["佳能"], ["Canon", "CANON"], ["jianeng"], ["佳腻", "cannon"]),
    "imoo": (["小天才"], ["imoo"], ["xiaotiancai"], ["小天财", "imo"]),
    "lenovo": (["联想"], ["Lenovo"], ["lianxiang"], ["联相", "lenova"]),
    "phonak": (["峰力"], ["Phonak"], ["fengli"], ["锋力", "fonak"]),
    "signia": (["西嘉"], ["Signia"], ["xijia"], ["西佳", "signa"]),
    "decathlon": (["迪卡侬"], ["Decathlon", "DECATHLON"], ["dikanong"], ["迪卡龙", "迪卡农", "decatlon"]),
    "tnf": (["北面"], ["The North Face", "TNF", "North Face"], ["beimian"], ["北脸", "north fase"]),
    "coach": (["蔻驰"], ["COACH", "Coach"], ["kouchi"], ["寇驰", "蔻弛", "coch"]),
    "ck": (["小CK"], ["Charles & Keith", "CHARLES & KEITH"], ["xiao ck"], ["小ck", "charles keith"]),
    "samsonite": (["新秀丽"], ["Samsonite"], ["xinxiuli"], ["新秀莉", "samsonight"]),
    "muji": (["无印良品"], ["MUJI", "Muji"], ["wuyin liangpin"], ["无印凉品", "mujii"]),
    "anta": (["安踏"], ["ANTA", "Anta"], ["anta"], ["按踏", "antta"]),
    "lining": (["李宁"], ["LI-NING", "Li Ning"], ["lining"], ["李凝", "lining李宁"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES", "Septwolves"], ["qipilang"], ["七皮狼", "7匹狼"]),
    "goldlion": (["金利来"], ["Goldlion", "GOLDLION"], ["jinlilai"], ["金力来", "金利莱"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], ["yadi"], ["雅帝", "亚迪"]),
    "aima": (["爱玛"], ["AIMA", "Aima"], ["aima"], ["艾玛", "爱马"]),
    "tailg": (["台铃"], ["TAILG", "Tailg"], ["tailing"], ["台玲", "泰铃"]),
    "niu": (["小牛"], ["NIU", "Niu"], ["xiaoniu"], ["小妞", "niu小牛"]),
    "sunra": (["新日"], ["SUNRA", "Sunra"], ["xinri"], ["新曰", "新日电动"]),
    "giant": (["捷安特"], ["GIANT", "Giant"], ["jieante"], ["捷安持", "giand"]),
    "merida": (["美利达"], ["MERIDA", "Merida"], ["meilida"], ["美丽达", "merdia"]),
    "goodbaby": (["好孩子"], ["gb", "Goodbaby"], ["haohaizi"], ["好孩子牌", "goodbady"]),
    "dahon": (["大行"], ["DAHON", "Dahon"], ["daxing"], ["大形", "dahong"]),
    "vw": (["大众"], ["Volkswagen", "VW"], ["dazhong"], ["大从", "volkwagen"]),
    "toyota": (["丰田"], ["TOYOTA", "Toyota"], ["fengtian"], ["丰天", "toyata"]),
    "byd": (["比亚迪"], ["BYD"], ["biyadi"], ["比亚的", "BYD比亚迪"]),
    "changan": (["长安"], ["CHANGAN", "Changan"], ["changan"], ["长按", "长安汽车"]),
    "honda": (["本田"], ["HONDA", "Honda"], ["bentian"], ["本天", "hoda"]),
    "ctf": (["周大福"], ["CHOW TAI FOOK", "CTF"], ["zhoudafu"], ["周大副", "周大富"]),
    "lfx": (["老凤祥"], ["LAOFENGXIANG"], ["laofengxiang"], ["老凤翔", "老风祥"]),
    "css": (["周生生"], ["Chow Sang Sang"], ["zhoushengsheng"], ["周声声", "周生升"]),
    "paradise": (["天堂伞", "天堂"], ["Paradise"], ["tiantang"], ["天棠伞", "天堂散"]),
    "beneunder": (["蕉下"], ["Beneunder", "BENEUNDER"], ["jiaoxia"], ["焦下", "蕉夏"]),
    "bolon": (["暴龙"], ["BOLON", "Bolon"], ["baolong"], ["爆龙", "bolun"]),
    "rayban": (["雷朋"], ["Ray-Ban", "RayBan"], ["leipeng"], ["雷鹏", "rayben"]),
    "thermos": (["膳魔师"], ["THERMOS", "Thermos"], ["shanmoshi"], ["膳魔狮", "thermo"]),
    "zojirushi": (["象印"], ["ZOJIRUSHI", "Zojirushi"], ["xiangyin"], ["像印", "zojirush"]),
    "ccb": (["建设银行", "建行", "中国建设银行"], ["CCB"], ["jianhang"], ["建役银行", "見行"]),
    "icbc": (["工商银行", "工行", "中国工商银行"], ["ICBC"], ["gonghang"], ["工伤银行", "工商银航"]),
    "abc": (["农业银行", "农行", "中国农业银行"], ["ABC", "Agricultural Bank"], ["nonghang"], ["农叶银行", "农航"]),
    "boc": (["中国银行", "中行"], ["BOC", "Bank of China"], ["zhonghang"], ["中国银航", "中国艮行"]),
    "cmb": (["招商银行", "招行"], ["CMB", "China Merchants Bank"], ["zhaohang"], ["招商银航", "召行"]),
    "ljrcb": (["澜江农商银行", "澜江农商行", "农商行"], ["LJ Rural Commercial Bank"], ["nongshanghang"], ["兰江农商行", "澜江农商银航"]),
}
BANK_BIN = {"ccb": "6217", "icbc": "6222", "abc": "6228", "boc": "6216", "cmb": "6214", "ljrcb": "6231"}


def bw(b, lang="zh", typo=0.0):
    if not b:
        return ""
    zh, en, py, ty = BRANDS[b]
    if typo and chance(typo):
        return pick(ty)
    if lang == "en":
        return pick(en)
    if lang == "py":
        return pick(py)
    return pick(zh)


def brand_field(b):
    """What a person types into the brand box: any spelling."""
    zh, en, py, ty = BRANDS[b]
    return wpick([(pick(zh), 5), (pick(en), 4), (pick(py), 1), (pick(ty), 1)])


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文向冉")
GIV_OLD = ["淑芬", "桂兰", "秀英", "玉珍", "德明", "国强", "建华", "素琴", "光荣", "文华", "凤英", "志强", "永福", "翠屏",
           "富贵", "世友", "明芳", "金凤", "长贵", "树林", "德芳", "素芳", "天福", "少清", "碧玉", "远模", "应华"]
GIV_MID = ["海燕", "建军", "红梅", "晓东", "丽娟", "伟", "静", "勇", "小军", "晓燕", "志刚", "雪梅", "洪波", "春霞",
           "昌明", "利平", "国庆", "晓红", "世军", "朝阳"]
GIV_YNG = ["子涵", "欣怡", "浩然", "雨桐", "思远", "一诺", "梓萱", "俊杰", "佳怡", "宇轩", "诗琪", "明哲", "若曦", "天佑",
           "可馨", "嘉豪", "晨阳", "语嫣", "书瑶", "奕辰", "沐阳", "芷若", "锦程", "星辰", "亦菲", "子墨"]
GIV_KID = ["乐乐", "朵朵", "豆豆", "果果", "小雨", "轩轩", "糖糖", "皮皮", "悠悠", "米粒"]
EN_FIRST = ["Lena", "Dario", "Ines", "Tomas", "Mira", "Jonah", "Ayla", "Felix", "Noor", "Pieter", "Sanne", "Matteo",
            "Elif", "Oskar", "Clara", "Rafael", "Yara", "Emil", "Hana", "Lucas"]
EN_LAST = ["Marsh", "Kemp", "Varga", "Wilk", "Brandt", "Okafor", "Lindqvist", "Moreau", "Petrov", "Duarte", "Haines",
           "Novak", "Sorensen", "Quill", "Abara", "Castell", "Ferro", "Yilmaz", "Achterberg", "Ruiz"]
USED_NAMES = []


def cname(age="yng"):
    while True:
        g = {"old": GIV_OLD, "mid": GIV_MID, "yng": GIV_YNG, "kid": GIV_YNG}[age]
        n = pick(SURN) + pick(g)
        if n not in USED_NAMES:
            USED_NAMES.append(n)
            return n


def ename():
    return pick(EN_FIRST) + " " + pick(EN_LAST)


def phone_mask():
    return "1%s%d****%04d" % (pick("3578"), R.randint(0, 9), R.randint(0, 9999))


# ----------------------------------------------------------------------------- numbers
SERIALS = []   # every identifying number drawn, kept unique


def uniq(s):
    if s in SERIALS:
        return None
    SERIALS.append(s)
    return s


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


PROV = ["11", "13", "14", "21", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45",
        "51", "52", "53", "61"]


def gen_id(byear, female=None, local=False, tail4=None):
    """A GB 11643 number; with tail4, a different person whose number ends in the same four characters."""
    for _ in range(200000):
        prov = "50" if local else pick(PROV)
        area = prov + "%02d%02d" % (R.randint(1, 40), R.randint(1, 30))
        y = byear + R.randint(-1, 1)
        birth = "%04d%02d%02d" % (y, R.randint(1, 12), R.randint(1, 28))
        if tail4:
            s17 = area + birth + tail4[:3]
            if id_check(s17) != tail4[3]:
                continue
        else:
            fem = chance(0.5) if female is None else female
            sx = R.choice([0, 2, 4, 6, 8]) if fem else R.choice([1, 3, 5, 7, 9])
            s17 = area + birth + "%02d" % R.randint(0, 99) + str(sx)
        n = s17 + id_check(s17)
        if uniq(n):
            return n
    raise RuntimeError("no id")


def id_fmt(n, style=None):
    style = style or pick(["full", "full", "spaced", "m64", "m64", "m34", "tail"])
    if style == "full":
        return n
    if style == "spaced":
        return n[:6] + " " + n[6:14] + " " + n[14:]
    if style == "m64":
        return n[:6] + "********" + n[14:]
    if style == "m34":
        return n[:3] + "***********" + n[14:]
    if style == "tail":
        return pick(["尾号", "后四位", "身份证尾号"]) + n[14:]
    return n


def luhn(s14):
    tot = 0
    for i, ch in enumerate(reversed(s14)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


TACS = {}


def gen_imei(model, tac=None):
    if tac is None:
        if model not in TACS:
            TACS[model] = pick(["86", "35"]) + "%06d" % R.randint(0, 999999)
        tac = TACS[model]
    while True:
        s14 = tac + "%06d" % R.randint(0, 999999)
        n = s14 + luhn(s14)
        if uniq(n):
            return n


def imei_fmt(n, style=None):
    style = style or pick(["plain", "plain", "label", "spaced", "dash", "tail6"])
    if style == "plain":
        return n
    if style == "label":
        return pick(["IMEI:", "IMEI ", "串号", "IMEI1："]) + n
    if style == "spaced":
        return "%s %s %s %s" % (n[:2], n[2:8], n[8:14], n[14])
    if style == "dash":
        return "%s-%s-%s-%s" % (n[:2], n[2:8], n[8:14], n[14])
    if style == "tail6":
        return pick(["串号后六位", "IMEI后6位", "IMEI尾号"]) + n[-6:]
    return n


def card_tail():
    while True:
        t = "%04d" % R.randint(0, 9999)
        if uniq("tail" + t):
            return t


def tail_fmt(bank, tail, side="own"):
    b = BANK_BIN[bank]
    if side == "own":
        return pick(["尾号" + tail, "卡号后四位" + tail, tail, "尾数" + tail, b + "****" + tail])
    return pick([b + " **** **** " + tail, b + "********" + tail, "**** **** **** " + tail, "尾号" + tail,
                 b + "****" + tail])


def alnum(n, letters="ABCDEFGHJKLMNPRSTUVWXYZ", digits="0123456789"):
    return "".join(pick(letters + digits) for _ in range(n))


def gen_plate():
    while True:
        p = pick("ABCDEFGHJK") + "%05d" % R.randint(0, 99999)
        if uniq(p):
            return p


def plate_fmt(p):
    return pick(["澜" + p[0] + "·" + p[1:], p, p[0] + "·" + p[1:], "澜" + p, p[0] + " " + p[1:]])


def gen_frame(prefix):
    while True:
        f = prefix + "%02d" % R.randint(19, 25) + alnum(2, "ABCDEFGH", "") + "%07d" % R.randint(0, 9999999)
        if uniq(f):
            return f


def frame_fmt(f):
    return pick([f, f, f.lower(), f[:5] + " " + f[5:], "车架号后六位" + f[-6:], "车架号" + f])


def gen_sn(n=10):
    while True:
        s = alnum(n)
        if uniq(s):
            return s


# ----------------------------------------------------------------------------- truth records
# An object ("o") is the hidden truth.  Its facts are kept as features, each saying who can
# know it: "own" (only the owner: money amounts, lock codes, whose photo is inside, IMEI from
# the box), "fnd" (only the finder: where it lay, what state it was in when picked up) or
# "both" (visible and known to the owner).  Each feature carries several wordings per side.
def F(k, vis, own=None, fnd=None, mark=True):
    return dict(k=k, vis=vis, own=own or [], fnd=fnd or [], mark=mark)


def new_obj(kind, cat, person, **kw):
    o = dict(kind=kind, cat_own=cat, cat_fnd=cat, person=person, color=None, color_vis=None, brand=None,
             model=None, sub=None, n_own=[], n_fnd=[], n_en=[], n_py=[], n_old=[], meas="个", feats=[],
             ser_own=[], ser_fnd=[], own_model_p=0.4, fnd_brand_p=0.75, fnd_model_p=0.2, fnd_color_p=0.85,
             own_ser_p=0.5, fnd_ser_p=0.6, serial_key=None)
    o.update(kw)
    return o


def model_var(m):
    v = [m, m, m.replace(" ", ""), m.lower(), m.replace(" ", "").lower()]
    if m.startswith("iPhone "):
        r = m[7:]
        v += [r, r.replace(" Pro Max", "PM").replace(" ", ""), "苹果" + r, "iphone" + r.replace(" ", "").lower()]
    if m.startswith("Redmi "):
        v += ["红米" + m[6:], "红米" + m[6:].replace(" ", "")]
    if m.startswith("Xiaomi "):
        v += ["小米" + m[7:]]
    if m.startswith("Mate") or m.startswith("nova") or m.startswith("Pura"):
        v += [m.replace(" Pro", "pro"), m.upper().replace(" ", "")]
    return pick(v)


LOCKS = [T("一只柯基", "a corgi", "keji"), T("一只橘猫", "an orange cat", "ju mao"), T("海边日落", "a beach sunset", "haibian riluo"),
         T("一个小孩的照片", "a photo of a little kid", "xiaohai zhaopian"), T("一张夜景", "a night cityscape", "yejing"),
         T("一对情侣合照", "a couple selfie", "heying"), T("一只柴犬", "a shiba dog", "chaiquan"),
         T("默认的壁纸", "the default wallpaper", "moren bizhi"), T("一幅山水画", "a landscape painting", "shanshui hua"),
         T("一张动漫人物", "an anime character", "dongman")]
STICKERS = [T("熊猫贴纸", "a panda sticker", "xiongmao tiezhi"), T("笑脸贴纸", "a smiley sticker", "xiaolian tiezhi"),
            T("“暴富”两个字的贴纸", "a sticker with the characters 暴富", "baofu tiezhi"),
            T("小恐龙贴纸", "a little dinosaur sticker", "konglong tiezhi"),
            T("辣椒贴纸", "a chilli pepper sticker", "lajiao tiezhi"), T("星星贴纸", "star stickers", "xingxing tiezhi"),
            T("小猫爪贴纸", "cat paw stickers", "maozhua tiezhi")]
LANYARDS = [T("彩色编织挂绳", "a colourful woven lanyard", "caise guasheng"),
            T("黑色斜挎挂绳", "a black crossbody strap", "heise guasheng"),
            T("短的手腕绳", "a short wrist strap", "shouwan sheng"), T("珍珠手机链", "a pearl phone chain", "zhenzhu lian"),
            T("挂脖子的红绳", "a red neck cord", "hong sheng")]
IN_CASE = [T("一张索道票根", "a cable car ticket stub", "suodao piao"), T("一张公交卡", "a bus card", "gongjiao ka"),
           T("一张拍立得照片", "a polaroid photo", "pailide zhaopian"), T("一张一百块", "a 100-yuan note", "yibai kuai"),
           T("一张演出票根", "a show ticket stub", "yanchu piao")]
CALLERS = ["妈妈", "老妈", "老公", "宝贝", "爸", "姐", "张总", "房东", "老婆", "幺儿"]

PHONE_MODELS = {"huawei": ["Mate 80 Pro", "Mate 80", "nova 16 Pro", "nova 16", "Pura 90", "畅享 80 Plus"],
                "apple": ["iPhone 19 Pro", "iPhone 19 Pro Max", "iPhone 19", "iPhone 18", "iPhone 18 Plus"],
                "xiaomi": ["Xiaomi 18", "Redmi Note 16 Pro", "Redmi K90", "Xiaomi Civi 6"],
                "oppo": ["Reno 16", "Find X10", "A5 Pro"], "vivo": ["X300s", "S29", "Y58t"],
                "honor": ["Magic 9", "X70i", "Play 10"], "oneplus": ["Ace 6", "13T"],
                "shouhubao": ["K9", "K9 Plus", "S3"]}
PHONE_COLORS = {"huawei": ["black", "white", "green", "purple", "silver", "blue"],
                "apple": ["black", "white", "blue", "pink", "gold", "silver", "purple"],
                "xiaomi": ["black", "white", "blue", "green"], "oppo": ["black", "pink", "purple", "blue"],
                "vivo": ["black", "blue", "white", "gold"], "honor": ["black", "green", "blue", "silver"],
                "oneplus": ["black", "green"], "shouhubao": ["red", "black", "gold"]}


def gen_phone(p, c):
    old = p["age"] == "old"
    brand = c.get("brand") or ("shouhubao" if old and chance(0.5) else
                               wpick([("huawei", 12), ("apple", 12), ("xiaomi", 6), ("oppo", 4), ("vivo", 4),
                                      ("honor", 4), ("oneplus", 1)]))
    model = c.get("model") or pick(PHONE_MODELS[brand])
    color = c.get("color") or pick(PHONE_COLORS[brand])
    o = new_obj("phone", "phone", p, brand=brand, model=model, color=color, meas="部",
                n_own=["手机", "手机", "电话"], n_fnd=["手机", "手机", "移动电话"], n_en=["phone"], n_py=["shouji"],
                n_old=["手机", "老人机" if brand == "shouhubao" else "手机", "电话"], own_model_p=0.5,
                fnd_brand_p=0.85, fnd_model_p=0.25)
    fe = o["feats"]
    senior = brand == "shouhubao"
    case = c.get("case") or ("none" if senior else wpick([("none", 15), ("clear", 35), ("solid", 30), ("pattern", 15), ("flip", 5)]))
    o["case"] = case
    if case == "clear":
        yel = chance(0.4)
        fe.append(F("case", "both",
                    [T("套的透明壳" + ("，用久了有点发黄" if yel else ""), "clear case" + (", a bit yellowed" if yel else ""), "touming ke"),
                     T("透明手机壳", "in a clear case", "touming shouji ke"), T("戴了个透明壳子", "a transparent case", "touming ke")],
                    ["带透明手机壳", "透明保护壳" + ("（已发黄）" if yel else ""), "外套透明软壳"]))
    elif case in ("solid", "pattern", "flip"):
        cc = c.get("case_color") or pick([k for k in ["black", "white", "pink", "blue", "green", "purple", "yellow", "brown", "red"] if k != color])
        o["color_vis"] = cc
        pat = pick([T("印着小熊", "with little bears", "xiaoxiong"), T("印着卡通恐龙", "with cartoon dinosaurs", "konglong"),
                    T("印着星空", "with a starry-sky print", "xingkong"), T("格纹", "checked", "gewen"),
                    T("带支架", "with a kickstand", "dai zhijia")]) if case == "pattern" else None
        word = {"solid": T("手机壳", "case", "shouji ke"), "pattern": T("手机壳", "case", "shouji ke"),
                "flip": T("翻盖皮套", "flip leather cover", "fangai pitao")}[case]
        own_v, fnd_v = [], []
        for _ in range(3):
            a = cw(cc)
            if pat:
                pe = ("%s %s %s" % (cw(cc, "en"), word[1], pat[1])) if pat[1].startswith("with") else ("%s %s %s" % (cw(cc, "en"), pat[1], word[1]))
                own_v.append(T("%s%s的%s" % (a, L(pat, "zh"), word[0]), pe, "%s %s" % (cw(cc, "py"), word[2])))
                fnd_v.append("外套%s%s" % (a, word[0]) + "（%s）" % L(pat, "zh"))
            else:
                own_v.append(T("套了个%s的%s" % (a, word[0]), "%s %s" % (cw(cc, "en"), word[1]), "%s %s" % (cw(cc, "py"), word[2])))
                fnd_v.append("%s%s" % (a, word[0]))
        fe.append(F("case", "both", own_v, fnd_v))
    if not senior and chance(0.35) and case != "flip":
        s = c.get("sticker") or pick(STICKERS)
        where = "壳背面" if case in ("clear", "solid", "pattern") else "背面"
        fe.append(F("sticker", "both", [T(where + "贴了" + s[0], s[1] + " on the back", s[2]), T("后面有" + s[0], "has " + s[1], s[2])],
                    ["背面贴有" + s[0], where + "有" + s[0]]))
    if chance(0.3) or senior:
        ly = pick(LANYARDS) if not senior else T("挂脖子的黑绳子", "a black neck cord", "guasheng")
        fe.append(F("lanyard", "both", [T("挂了根" + ly[0], "with " + ly[1], ly[2]), T("有" + ly[0], "has " + ly[1], ly[2])],
                    ["挂有" + ly[0], "带" + ly[0]]))
    if case == "clear" and chance(0.35):
        ic = pick(IN_CASE)
        fe.append(F("incase", "both", [T("壳里面夹了" + ic[0], ic[1] + " tucked in the case", "ke li you " + ic[2]),
                                       T("手机壳里有" + ic[0], ic[1] + " inside the case", ic[2])],
                    ["壳内夹有" + ic[0], "透明壳里夹着" + ic[0]]))
    if chance(0.25):
        sc = pick([T("右上角有裂纹", "crack in the top right corner", "you liewen"), T("贴了防窥膜", "privacy screen protector", "fangkui mo"),
                   T("屏幕左下角碎了一小块", "bottom-left of the screen chipped", "pingmu sui le")])
        fe.append(F("screen", "both", [T("屏幕" + sc[0].lstrip("屏幕"), "screen: " + sc[1], sc[2])], ["屏幕" + sc[0].lstrip("屏幕")]))
    lock = c.get("lock") or pick(LOCKS)
    o["lock"] = lock
    if not senior:
        fe.append(F("lock", "own", [T("锁屏是" + lock[0], "lock screen is " + lock[1], "suoping shi " + lock[2]),
                                    T("壁纸是" + lock[0], "wallpaper is " + lock[1], "bizhi " + lock[2]),
                                    T("屏保是" + lock[0], "the lock screen shows " + lock[1], lock[2])]))
    if chance(0.4):
        fe.append(F("numtail", "own", [T("手机号尾号%04d" % R.randint(0, 9999), None, None), T("号码是%s" % phone_mask(), "number " + phone_mask(), None)], mark=False))
    if chance(0.25):
        fe.append(F("bought", "own", [T(pick(["上个月才买的", "买了还不到半年", "刚换的新手机", "用了三年了"]), pick(["bought last month", "only a few months old"]), None)], mark=False))
    imei1 = gen_imei(model, c.get("tac"))
    imei2 = gen_imei(model)
    o["imei1"], o["imei2"], o["serial_key"] = imei1, imei2, imei1
    if chance(0.08):      # the owner copies IMEI2 from the box; the desk reads IMEI1 off the phone
        o["ser_own"] = ["IMEI2：" + imei2, "IMEI2 " + imei_fmt(imei2, "spaced")]
    else:
        o["ser_own"] = [imei_fmt(imei1) for _ in range(3)]
    o["ser_fnd"] = [imei_fmt(imei1, pick(["plain", "label", "spaced"])) for _ in range(2)]
    o["own_ser_p"], o["fnd_ser_p"] = (0.35 if not old else 0.05), 0.3
    caller = pick(CALLERS)
    st = []
    st.append(F("state", "fnd", [], ["已关机", "没电关机了", "关机状态", "处于关机状态，无法开机"]))
    if not senior:
        st.append(F("state", "fnd", [], ["开机状态，锁屏图片是" + lock[0], "按亮屏幕是" + lock[0] + "的图片", "有电，锁屏是" + lock[0]]))
    st.append(F("state", "fnd", [], ["一直有电话打进来，显示“%s”" % caller, "有未接来电，备注“%s”" % caller, "收到时有人来电，来电显示%s" % caller]))
    st.append(F("state", "fnd", [], ["屏幕摔碎了", "淋了雨，屏幕有水", "屏幕摔裂，还能亮"]))
    o["fstate"] = st
    o["caller"] = caller
    return o


def byear_of(p):
    return {"old": R.randint(1944, 1958), "mid": R.randint(1970, 1988), "yng": R.randint(1996, 2005),
            "kid": R.randint(2015, 2018)}[p["age"]]


def gen_idcard(p, c):
    near = c.get("near")
    name = p["name"]
    n = gen_id(byear_of(p), p["female"], p["local"], near["serial_key"][-4:] if near else None)
    o = new_obj("idcard", "id_doc", p, meas="张", n_own=["身份证", "身份证", "二代身份证"],
                n_fnd=["居民身份证", "身份证", "二代身份证"], n_en=["Chinese ID card"], n_py=["shenfenzheng"],
                n_old=["身份证", "身份证"], serial_key=n, idn=n, holder=name, brand=None, color=None,
                fnd_color_p=0.0, own_ser_p=0.55 if p["age"] != "old" else 0.15, fnd_ser_p=0.85)
    fe = o["feats"]
    fe.append(F("name", "both", [T("名字是" + name), T("姓名" + name), T("上面名字叫" + name)],
                ["姓名：" + name, "姓名" + name, "持证人" + name]))
    y, mo, d = n[6:10], int(n[10:12]), int(n[12:14])
    sex = "女" if int(n[16]) % 2 == 0 else "男"
    fe.append(F("birth", "fnd", [], ["%s，%s年%d月%d日出生" % (sex, y, mo, d), "%s年出生，%s" % (y, sex)]))
    if chance(0.3):
        cc = pick(["blue", "pink", "black", "transparent"])
        word = "透明" if cc == "transparent" else cw(cc)
        if cc != "transparent":
            o["color"] = cc
        fe.append(F("cover", "both", [T("装在%s卡套里" % word), T("有个%s的卡套" % word)], ["装在%s卡套内" % word, "带%s卡套" % word]))
    if chance(0.2):
        fe.append(F("with", "both", [T("和一张公交卡夹在一起")], ["与一张公交卡夹在一起"]))
    if p["age"] == "old" and chance(0.5):
        fe.append(F("hint", "own", [T("是我自己的，%s年的" % y), T("我%s年生的" % y)], mark=False))
    o["ser_own"] = [id_fmt(n, pick(["full", "full", "spaced", "tail", "m64"])) for _ in range(2)]
    o["ser_fnd"] = [id_fmt(n, pick(["m64", "m64", "m34", "full", "spaced"])) for _ in range(2)]
    return o


SCHOOLS_UNI = ["澜江医科大学", "北岭大学", "南屿师范学院", "沅州理工大学", "云岫美术学院"]


def gen_student_card(p, c):
    near = c.get("near")
    name = p["name"]
    kid = (c.get("sub") == "kid") if c.get("sub") else p["age"] == "kid"
    if kid:
        school = "望澜路小学"
        grade = "%s年级%s班" % (pick(["一", "二", "三", "四", "五", "六"]), pick(["一", "二", "三", "四", "五"]))
        base = near["serial_key"][:6] if near else "20%02d%02d" % (R.randint(19, 24), R.randint(1, 12))
    else:
        school = near["school"] if near else pick(SCHOOLS_UNI)
        grade = "%d级" % R.randint(2021, 2025)
        base = near["serial_key"][:6] if near else "20%02d%02d" % (R.randint(21, 25), R.randint(1, 40))
    while True:
        no = base + "%04d" % R.randint(0, 9999)
        if uniq(no):
            break
    cc = c.get("color") or pick(["blue", "red", "green", "white"])
    o = new_obj("student_card", "id_doc", p, meas="张", color=cc, serial_key=no, holder=name, sub="kid" if kid else "uni", school=school,
                n_own=["学生卡", "校园卡", "学生证"] if not kid else ["学生卡", "校牌卡", "学生证"],
                n_fnd=["学生卡", "校园卡", "学生证"], n_en=["student card"], n_py=["xuesheng ka"],
                own_ser_p=0.45 if not kid else 0.2, fnd_ser_p=0.7, fnd_color_p=0.6)
    fe = o["feats"]
    fe.append(F("name", "both", [T("名字%s" % name), T("%s的" % name), T("上面是%s" % name)],
                ["姓名%s" % name, "卡上姓名：%s" % name, "名字写的%s" % name]))
    fe.append(F("school", "both", [T("%s%s" % (school, grade)), T(school + "的")], ["%s（%s）" % (school, grade), school]))
    lan = cw(cc)
    fe.append(F("lanyard", "both", [T("挂在%s挂绳上" % lan), T("%s卡套" % lan)], ["带%s挂绳" % lan, "套在%s卡套里" % lan]))
    if kid and chance(0.5):
        fe.append(F("photo", "fnd", [], ["卡上有小孩照片", "有照片，是个小朋友"]))
    o["ser_own"] = ["学号" + no, no, "学号尾号" + no[-4:], no[:4] + " " + no[4:]]
    o["ser_fnd"] = ["学号" + no, no, "卡号" + no]
    return o


def gen_bank_card(p, c):
    near = c.get("near")
    if near and c.get("other_bank"):   # same tail, another bank
        bank = pick([b for b in sorted(BANK_BIN) if b != near["brand"]])
        tail = near["tail"]
    elif near:                          # same bank, tail with two digits swapped
        bank = near["brand"]
        t = near["tail"]
        tail = t[:2] + t[3] + t[2] if t[2] != t[3] else t[0] + t[2] + t[1] + t[3]
        if tail == t:
            tail = t[:3] + str((int(t[3]) + 3) % 10)
    else:
        bank = c.get("brand") or pick(sorted(BANK_BIN))
        tail = card_tail()
    col = {"ccb": "blue", "icbc": "red", "abc": "green", "boc": "red", "cmb": "gold", "ljrcb": "green"}[bank]
    credit = chance(0.3)
    o = new_obj("bank_card", "id_doc", p, meas="张", brand=bank, color=col, serial_key=bank + tail, tail=tail,
                n_own=["银行卡", "卡", "银行卡"] if not credit else ["信用卡", "银行卡"],
                n_fnd=["银行卡", "借记卡" if not credit else "信用卡"], n_en=["bank card"], n_py=["yinhang ka"],
                n_old=["存折卡", "银行卡", "卡"], own_ser_p=0.75, fnd_ser_p=0.9, fnd_brand_p=0.95, fnd_color_p=0.4)
    fe = o["feats"]
    fe.append(F("tail", "both", [T("尾号" + tail, "ending in " + tail, "weihao " + tail), T("卡号后四位" + tail, "last four digits " + tail, tail)],
                ["卡号" + tail_fmt(bank, tail, "fnd"), "卡号末四位" + tail]))
    if credit or chance(0.2):
        face = pick([T("卡面是一只小猫的图案", "a cat picture on the card", "xiaomao tu'an"),
                     T("卡面是山水风景", "a landscape picture on the card", "fengjing"),
                     T("卡上贴了个小贴纸", "a small sticker on the card", "tiezhi")])
        fe.append(F("face", "both", [face], [face[0].replace("卡面是", "卡面为")]))
    fe.append(F("frozen", "own", [T("已经打电话挂失了", "already reported to the bank", "yijing guashi"), T("卡已挂失")], mark=False))
    if chance(0.4):
        fe.append(F("use", "own", [T(pick(["是工资卡", "是发养老金的卡", "是交学费的卡"]))], mark=False))
    o["ser_own"] = [tail_fmt(bank, tail, "own") for _ in range(2)]
    o["ser_fnd"] = [tail_fmt(bank, tail, "fnd") for _ in range(2)]
    return o


def gen_passport(p, c):
    nm = p.get("ename") or ename()
    while True:
        no = pick("CEGKMPX") + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + "%07d" % R.randint(0, 9999999)
        if uniq(no):
            break
    col = c.get("color") if c.get("color") in ("red", "blue", "green", "black") else pick(["red", "blue", "green", "black"])
    o = new_obj("passport", "id_doc", p, meas="本", color=col, serial_key=no, holder=nm,
                n_own=["护照"], n_fnd=["外国护照", "护照"], n_en=["passport"], n_py=["huzhao"],
                own_ser_p=0.6, fnd_ser_p=0.85, fnd_color_p=0.9)
    fe = o["feats"]
    fe.append(F("name", "both", [T("名字" + nm, "name " + nm, "mingzi " + nm), T("护照上名字是" + nm, "in the name of " + nm, nm)],
                ["姓名" + nm.upper(), "持照人" + nm.upper() + "（外文）", "英文名" + nm.upper()]))
    ins = pick([T("里面夹着一张入境卡", "an arrival card inside", "limian you rujing ka"),
                T("里面夹了青旅的收据", "a hostel receipt inside", "limian you qinglv shouju"),
                T("装在一个防水护照套里", "in a waterproof pouch", "fangshui tao"), None])
    if ins:
        fe.append(F("inside", "both", [ins], [ins[0].replace("里面", "内").replace("我", "")]))
    fe.append(F("visa", "own", [T("签证快到期了，很急", "my visa expires soon, it's urgent", "qianzheng kuai daoqi le")], mark=False))
    o["ser_own"] = [no, "No. " + no, "ending " + no[-4:], no[:2] + " " + no[2:]]
    o["ser_fnd"] = [no, no[:2] + " " + no[2:], "护照号" + no]
    return o


def gen_social_card(p, c):
    name = p["name"]
    n = gen_id(byear_of(p), p["female"], True)
    bank = "ljrcb"
    tail = card_tail()
    o = new_obj("social_card", "id_doc", p, meas="张", color="blue", serial_key=n, idn=n, holder=name,
                n_own=["社保卡", "医保卡", "社保卡"], n_fnd=["社会保障卡", "社保卡"], n_old=["社保卡", "医保卡", "看病的卡"],
                own_ser_p=0.2, fnd_ser_p=0.8, fnd_color_p=0.3)
    fe = o["feats"]
    fe.append(F("name", "both", [T("名字" + name), T("卡上是" + name), T("是%s的" % name)], ["姓名" + name, "姓名：" + name]))
    fe.append(F("cover", "both", [T("装在一个塑料套套里"), T("套了个透明塑料套")], ["装在透明塑料套内", "带塑料卡套"]))
    fe.append(F("num", "fnd", [], ["社会保障号码" + id_fmt(n, "m64"), "卡号" + tail_fmt(bank, tail, "fnd")]))
    fe.append(F("use", "own", [T("要拿来看病的，急用"), T("每个月拿药都要用")], mark=False))
    o["ser_own"] = [id_fmt(n, "tail"), id_fmt(n, "full")]
    o["ser_fnd"] = [id_fmt(n, "m64"), id_fmt(n, "m34")]
    return o


def gen_driver_license(p, c):
    name = p["name"]
    n = gen_id(byear_of(p), p["female"], p["local"])
    col = c.get("color") if c.get("color") in ("black", "brown", "blue") else pick(["black", "brown", "blue"])
    o = new_obj("driver_license", "id_doc", p, meas="本", color=col, serial_key=n, idn=n, holder=name,
                n_own=["驾驶证", "驾照", "驾照"], n_fnd=["机动车驾驶证", "驾驶证"], n_en=["driving licence"],
                own_ser_p=0.3, fnd_ser_p=0.8, fnd_color_p=0.7)
    fe = o["feats"]
    fe.append(F("name", "both", [T("名字" + name), T("%s的驾照" % name)], ["姓名" + name, "持证人" + name]))
    fe.append(F("class", "both", [T("准驾C1"), T("C1的")], ["准驾车型C1", "C1"]))
    w = cw(col)
    fe.append(F("cover", "both", [T("%s皮套" % w), T("套着%s的皮套子" % w)], ["%s皮质外套" % w, "%s皮套" % w]))
    if chance(0.4):
        fe.append(F("inside", "both", [T("皮套里还夹了张行驶证"), T("里面夹着行驶证")], ["内夹行驶证一本", "皮套内有行驶证"]))
    o["ser_own"] = [id_fmt(n, "full"), id_fmt(n, "tail")]
    o["ser_fnd"] = [id_fmt(n, "m64"), "证号" + id_fmt(n, "m34")]
    return o


def approx_amount(a):
    if a < 100:
        return pick(["几十", "%d来" % (a // 10 * 10), "不到一百"])
    r = int(round(a / 100.0)) * 100
    return pick(["%d左右" % r, "大概%d" % r, "%d多" % (a // 100 * 100), "%d" % a, "%d" % a])


def amount_en(a):
    return pick(["about %d yuan" % (int(round(a / 100.0)) * 100 or a), "%d RMB" % a, "around %d kuai" % (int(round(a / 50.0)) * 50 or a)])


def gen_wallet(p, c):
    st = c.get("sub") or pick([T("长款钱包", "long wallet", "chang qianbao"), T("短款钱包", "short wallet", "duan qianbao"),
                               T("零钱包", "coin purse", "lingqian bao"), T("对折钱包", "bifold wallet", "qianbao")])
    brand = c["brand"] if "brand" in c else wpick([(None, 5), ("septwolves", 2), ("goldlion", 2), ("coach", 2), ("ck", 1), ("muji", 1)])
    color = c.get("color") or pick(["black", "black", "brown", "red", "pink", "blue", "gray", "white", "green"])
    mat = pick([T("皮", "leather", "pi"), T("PU皮", "faux leather", "pi"), T("帆布", "canvas", "fanbu"), T("尼龙", "nylon", "nilong")])
    o = new_obj("wallet", "wallet", p, brand=brand, color=color, sub=st, meas="个", n_own=[st[0], "钱包", "钱包"],
                n_fnd=[st[0], "钱包", "钱夹"], n_en=[st[1], "wallet"], n_py=["qianbao"], n_old=["钱包", "钱包包", "包包"],
                fnd_brand_p=0.6, own_model_p=0.0)
    fe = o["feats"]
    fe.append(F("mat", "both", [T(mat[0] + "的", mat[1], mat[2])], [mat[0] + "质"]))
    amt = c.get("amount") or wpick([(R.randint(20, 95), 2), (R.randint(1, 9) * 100 + pick([0, 0, 50, 20]), 4), (R.randint(10, 30) * 100, 1)])
    taken = chance(0.12)
    o["amount"] = amt
    fe.append(F("cash", "own", [T("里面有现金%s块" % approx_amount(amt), "about %s cash inside" % amount_en(amt), "limian you %d kuai" % amt),
                                 T("现金%s元" % approx_amount(amt), amount_en(amt) + " in cash", "%d kuai qian" % amt),
                                 T("钱不多，%s" % approx_amount(amt), "not much cash, %s" % amount_en(amt), "%d kuai" % amt)], mark=False))
    fe.append(F("cashf", "fnd", [], ["内无现金", "里面没有钱", "现金已无"] if taken else
                ["内有现金%d元" % amt, "现金%d元" % amt, "人民币%d元" % amt]))
    o["fpri"] = ["cashf"]
    holder = p["name"] if p.get("name") else cname()
    o["holder"] = holder
    if c.get("with_id", chance(0.45)) and not p.get("foreign"):
        n = gen_id(byear_of(p), p["female"], p["local"])
        o["idn"], o["serial_key"] = n, n
        fe.append(F("id", "both", [T("身份证也在里面（%s）" % holder), T("有我的身份证，尾号%s" % n[-4:]), T("里面有身份证，名字%s" % holder)],
                    ["内有身份证一张（姓名%s）" % holder, "身份证一张，%s，%s" % (holder, id_fmt(n, "m64")), "身份证（%s）" % id_fmt(n, "m34")]))
        o["ser_own"] = [id_fmt(n, pick(["tail", "full", "spaced"])) for _ in range(2)]
        o["ser_fnd"] = [id_fmt(n, pick(["m64", "m34", "full"])) for _ in range(2)]
    nb = R.randint(0, 2)
    banks = []
    for b in R.sample(sorted(BANK_BIN), nb):
        t = card_tail()
        banks.append((b, t))
    if banks:
        o["banks"] = banks
        ow = "、".join("%s卡" % bw(b) for b, t in banks)
        ow2 = "，".join("%s尾号%s" % (bw(b), t) for b, t in banks)
        fw = "、".join("%s卡（%s）" % (bw(b), tail_fmt(b, t, "fnd")) for b, t in banks)
        fe.append(F("banks", "both", [T("还有" + ow, "bank cards", "yinhang ka"), T(ow2, "bank cards ending " + "/".join(t for b, t in banks), None)],
                    ["银行卡%d张：%s" % (len(banks), fw), "内有%s" % "、".join(bw(b) + "卡" for b, t in banks)]))
        if not o["ser_own"]:
            b, t = banks[0]
            o["serial_key"] = b + t
            o["ser_own"] = [tail_fmt(b, t, "own")]
            o["ser_fnd"] = [tail_fmt(b, t, "fnd")]
    if chance(0.3):
        fe.append(F("bus", "both", [T("一张公交卡", "a transit card", "gongjiao ka")], ["公交卡一张", "交通卡一张"]))
    if chance(0.25):
        ph = pick([("我女儿的一寸照", "一张小女孩证件照"), ("一张全家福小照片", "一张合影照片"), ("我儿子小时候的照片", "一张小男孩照片"),
                   ("我老伴年轻时候的照片", "一张黑白老照片")])
        fe.append(F("photo", "own", [T("夹层里有" + ph[0])], mark=True))
        fe.append(F("photof", "fnd", [], ["夹层有" + ph[1], ph[1]]))
    if chance(0.3):
        w = pick([("边角磨破了", "边角有磨损"), ("拉链头掉了", "拉链头缺失"), ("扣子有点松", "按扣松动"), ("上面有圆珠笔印", "表面有笔迹")])
        fe.append(F("wear", "both", [T(w[0], "worn", "jiu le")], [w[1]]))
    if chance(0.25):
        m = pick([("一个平安符", "平安符一个"), ("几张超市小票", "小票若干"), ("一张索道票根", "索道票根一张"), ("一把小钥匙", "小钥匙一把")])
        fe.append(F("misc", "both", [T("还有" + m[0])], [m[1]]))
    o["own_ser_p"], o["fnd_ser_p"] = 0.35, 0.7
    return o


def gen_card_holder(p, c):
    color = c.get("color") or pick(["black", "pink", "blue", "brown", "green", "white"])
    brand = c["brand"] if "brand" in c else wpick([(None, 4), ("coach", 1), ("muji", 1), ("ck", 1)])
    name = p["name"]
    n = gen_id(byear_of(p), p["female"], p["local"])
    o = new_obj("card_holder", "wallet", p, color=color, brand=brand, meas="个", serial_key=n, idn=n, holder=name,
                n_own=["卡包", "卡套", "小卡包"], n_fnd=["卡包", "卡套"], n_en=["card holder"], n_py=["ka bao"],
                own_ser_p=0.4, fnd_ser_p=0.85, fnd_brand_p=0.5)
    if c.get("cross"):
        o["cat_fnd"] = "id_doc"
        o["n_fnd"] = ["身份证（装在卡套内）", "身份证连卡套"]
    fe = o["feats"]
    fe.append(F("id", "both", [T("里面有身份证（%s）" % name), T("装着我的身份证，名字%s" % name), T("身份证尾号%s" % n[-4:])],
                ["内有身份证一张，姓名%s" % name, "身份证（%s，%s）" % (name, id_fmt(n, "m64"))]))
    t = card_tail()
    b = pick(sorted(BANK_BIN))
    fe.append(F("cards", "both", [T("还有一张%s卡和公交卡" % bw(b)), T("加一张%s卡" % bw(b))],
                ["另有%s卡一张（%s）" % (bw(b), tail_fmt(b, t, "fnd")), "%s卡一张、公交卡一张" % bw(b)]))
    if chance(0.4):
        fe.append(F("strap", "both", [T("带个挂绳"), T("有根手腕绳")], ["带挂绳", "附手腕绳"]))
    o["ser_own"] = [id_fmt(n, pick(["tail", "full"])) for _ in range(2)]
    o["ser_fnd"] = [id_fmt(n, pick(["m64", "m34"])) for _ in range(2)]
    return o


KEYCHAINS = [T("小熊挂件", "a teddy bear charm", "xiaoxiong guajian"), T("熊猫挂件", "a panda charm", "xiongmao guajian"),
             T("平安扣", "a jade ring charm", "ping'an kou"), T("开瓶器", "a bottle opener", "kaipingqi"),
             T("小铃铛", "a little bell", "xiao lingdang"), T("火锅形状的挂件", "a hotpot-shaped charm", "huoguo guajian"),
             T("红绳编的中国结", "a red knot", "zhongguo jie"), T("皮质钥匙扣", "a leather key fob", "pi yaoshikou"),
             T("毛绒小兔子", "a fluffy rabbit", "tuzi")]


def gen_house_keys(p, c):
    hostel = c.get("sub") == "hostel" or (c.get("sub") is None and p.get("tourist") and chance(0.6))
    nk = R.randint(1, 2) if hostel else R.randint(2, 5)
    kc = c.get("keychain") or pick(KEYCHAINS)
    color = c.get("color") or pick(["blue", "red", "yellow", "black", "pink", "green", "white", "silver"])
    o = new_obj("house_keys", "keys", p, color=color, meas="串", sub="hostel" if hostel else "home",
                n_own=["钥匙", "一串钥匙", "钥匙串"], n_fnd=["钥匙", "钥匙", "钥匙串"], n_en=["keys", "key ring"],
                n_py=["yaoshi"], n_old=["钥匙", "钥匙串串", "一串钥匙"], fnd_color_p=0.6, own_ser_p=0.1, fnd_ser_p=0.3)
    fe = o["feats"]
    fe.append(F("count", "both", [T("%s把钥匙" % CN_NUM[nk], "%d keys" % nk, "%d ba yaoshi" % nk), T("一共%d把" % nk, "%d keys on it" % nk, None)],
                ["共%d把" % nk, "钥匙%d把" % nk, "%d把钥匙" % nk]))
    fe.append(F("chain", "both", [T("挂了个%s" % kc[0], "with " + kc[1], kc[2]), T("钥匙扣是%s" % kc[0], "key ring has " + kc[1], kc[2])],
                ["挂有%s" % kc[0], "带%s" % kc[0]]))
    if hostel:
        room = R.randint(201, 412)
        hp = pick(["hostel", "homestay1", "homestay2"])
        hn = PL[hp]["names"][0]
        o["holder"] = "%s%d" % (hn, room)
        fe.append(F("tag", "both", [T("是%s%d房的钥匙" % (hn, room), "room %d key from %s" % (room, PL[hp]["en"][0]), "%d fang yaoshi" % room),
                                    T("房卡钥匙牌写着%d" % room, "tag says %d" % room, str(room))],
                    ["木头钥匙牌写着“%s %d”" % (hn, room), "钥匙牌上有房号%d" % room]))
        o["ser_own"] = ["房号%d" % room]
        o["ser_fnd"] = ["%d" % room, "钥匙牌%d" % room]
    else:
        fob = pick([("blue", "蓝色门禁扣"), ("white", "白色门禁卡片"), ("red", "红色圆形门禁扣"), ("yellow", "黄色水滴形门禁扣")])
        fe.append(F("fob", "both", [T("带一个" + fob[1]), T("有个%s" % fob[1])], ["附" + fob[1], fob[1] + "一个"]))
        if chance(0.4):
            num = "%04d" % R.randint(0, 9999)
            fe.append(F("fobno", "both", [T("门禁扣上写着%s" % num)], ["门禁扣上有编号%s" % num]))
            o["ser_own"] = [num]
            o["ser_fnd"] = ["门禁编号" + num]
        fe.append(F("home", "own", [T("家住%s附近" % pick(["悬梯坊", "望澜路", "青枫公园"])), T("是屋头的钥匙")], mark=False))
        if chance(0.4):
            fe.append(F("special", "both", [T("有一把是小的铜钥匙"), T("有一把缠了红胶布")], ["其中一把为小铜钥匙", "一把钥匙缠有红色胶布"]))
    return o


CARKEY = {"vw": ["折叠遥控钥匙"], "toyota": ["智能钥匙"], "byd": ["卡片钥匙", "智能钥匙"], "changan": ["折叠钥匙"], "honda": ["智能钥匙"]}


def gen_car_key(p, c):
    brand = c.get("brand") or pick(sorted(CARKEY))
    color = c.get("color") or pick(["black", "brown", "red", "blue", "white", "pink"])
    kt = pick(CARKEY[brand])
    o = new_obj("car_key", "keys", p, brand=brand, color=color, meas="把",
                n_own=["车钥匙", "汽车钥匙", "车钥匙"], n_fnd=["汽车钥匙", "车钥匙", "汽车遥控钥匙"], n_en=["car key"],
                n_py=["che yaoshi"], fnd_brand_p=0.9, fnd_color_p=0.7, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("type", "both", [T(kt)], [kt]))
    w = cw(color)
    fe.append(F("cover", "both", [T("套了个%s的钥匙套" % w), T("%s皮钥匙包" % w)], ["带%s钥匙套" % w, "%s保护套" % w]))
    if chance(0.5):
        kc = pick(KEYCHAINS)
        fe.append(F("chain", "both", [T("挂了个" + kc[0])], ["挂有" + kc[0]]))
    if chance(0.4):
        fe.append(F("fob", "both", [T("还挂着小区门禁卡")], ["附门禁卡一张"]))
    plate = gen_plate()
    fe.append(F("plate", "own", [T("车牌尾号%s" % plate[-3:]), T("车是%s，停在%s" % (pick(["白色的", "黑色的", "灰色的"]), pick(["澜江汇地库", "望澜路边", "医院停车场"])))], mark=False))
    return o


def gen_ebike_key(p, c):
    brand = c.get("brand") or pick(["yadea", "aima", "tailg", "niu", "sunra"])
    color = c.get("color") or pick(["black", "red", "blue", "yellow"])
    o = new_obj("ebike_key", "keys", p, brand=brand, color=color, meas="把",
                n_own=["电瓶车钥匙", "电动车钥匙", "车钥匙"], n_fnd=["电动车钥匙", "钥匙"], n_en=["e-bike key"],
                n_old=["电瓶车钥匙", "车钥匙"], fnd_brand_p=0.8, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("remote", "both", [T("带防盗遥控器"), T("有个遥控器")], ["附防盗遥控器", "带遥控器"]))
    kc = pick(KEYCHAINS)
    fe.append(F("chain", "both", [T("挂了个" + kc[0])], ["挂有" + kc[0]]))
    if chance(0.5):
        fe.append(F("with", "both", [T("和一把小锁的钥匙穿在一起")], ["另有一把小钥匙"]))
    return o


EBIKE_MODELS = {"yadea": ["DE9", "冠驰 T5", "E8S"], "aima": ["麦 M7", "A500", "绿源风"], "tailg": ["超能S3", "战速"],
                "niu": ["F400", "UQi+"], "sunra": ["XC3", "新日 i9"]}
EBIKE_PFX = {"yadea": "LYD", "aima": "AMA", "tailg": "TLG", "niu": "NIU", "sunra": "SRA"}


def gen_ebike(p, c):
    rider = p["voice"] == "rider"
    brand = c.get("brand") or pick(sorted(EBIKE_MODELS))
    model = c.get("model") or pick(EBIKE_MODELS[brand])
    color = c.get("color") or pick(["black", "white", "blue", "gray", "red", "yellow", "green"])
    plate = gen_plate()
    frame = gen_frame(EBIKE_PFX[brand])
    o = new_obj("ebike", "ebike", p, brand=brand, model=model, color=color, meas="辆", serial_key=frame, plate=plate,
                frame=frame, n_own=["电动车", "电瓶车", "电动车"], n_fnd=["电动车", "电动自行车", "电瓶车"],
                n_old=["电瓶车", "电瓶车"], own_model_p=0.4, fnd_brand_p=0.9, fnd_model_p=0.3)
    fe = o["feats"]
    plate_removed = chance(0.15)
    fe.append(F("plate", "own", [T("牌照%s" % plate_fmt(plate)), T("车牌是%s" % plate_fmt(plate)), T("号牌%s" % plate_fmt(plate))]))
    fe.append(F("platef", "fnd", [], ["无号牌（牌照已被拆）", "号牌缺失"] if plate_removed else
                ["号牌%s" % plate_fmt(plate), "车牌%s" % plate_fmt(plate)]))
    if rider or chance(0.2):
        bc = pick(["yellow", "blue", "black", "red"])
        fe.append(F("box", "both", [T("后面绑了个%s外卖箱" % cw(bc)), T("有个%s的送餐箱" % cw(bc))],
                    ["后座有%s外卖箱" % cw(bc), "车尾装%s餐箱" % cw(bc)]))
        o["boxc"] = bc
    if chance(0.55):
        fe.append(F("canopy", "both", [T("装了雨棚"), T("有个透明挡雨棚")], ["装有雨棚", "带挡雨棚"]))
    if chance(0.45):
        fe.append(F("holder", "both", [T("车头有手机支架"), T("龙头上绑了个手机架子")], ["车把有手机支架", "车头装手机支架"]))
    if chance(0.35):
        d = pick([("左边后视镜断了", "左后视镜断裂"), ("坐垫有个破口用胶布粘的", "坐垫破损，有胶布"),
                  ("前面挡泥板刮花了", "前挡泥板有刮痕"), ("脚踏板上有个贴纸", "脚踏处有贴纸")])
        fe.append(F("damage", "both", [T(d[0])], [d[1]]))
    fe.append(F("battery", "own", [T("电池是%dV的" % pick([48, 60, 72])), T("电瓶刚换的")], mark=False))
    st = [F("state", "fnd", [], ["电池已被拆走", "电瓶不见了"]), F("state", "fnd", [], ["车锁完好", "车辆上锁"]),
          F("state", "fnd", [], ["车上挂了根绳子，像是被人推过来的", "龙头锁被撬"])]
    o["fstate"] = st
    o["ser_own"] = [plate_fmt(plate), plate_fmt(plate)] + ([frame_fmt(frame)] if chance(0.3) else [])
    o["ser_fnd"] = [frame_fmt(frame), frame_fmt(frame)] + ([] if plate_removed else ["号牌" + plate_fmt(plate)])
    o["own_ser_p"], o["fnd_ser_p"] = 0.6, 0.85
    return o


def gen_bicycle(p, c):
    sub = c.get("sub") or (("kid" if p["age"] in ("kid",) or p["voice"] == "parent" else pick(["fold", "mtb", "kid"])))
    if sub == "kid":
        brand = c.get("brand") or pick(["goodbaby", None])
        color = c.get("color") or pick(["pink", "blue", "red", "yellow"])
        noun = ["儿童自行车", "小孩的自行车", "童车"]
    elif sub == "fold":
        brand = c.get("brand") or pick(["dahon", "decathlon"])
        color = c.get("color") or pick(["white", "black", "green", "orange"])
        noun = ["折叠自行车", "折叠车", "自行车"]
    else:
        brand = c.get("brand") or pick(["giant", "merida"])
        color = c.get("color") or pick(["black", "blue", "red", "gray"])
        noun = ["山地车", "山地自行车", "自行车"]
    frame = gen_frame(pick(["GT", "MD", "DH", "GB"]) + "C")
    o = new_obj("bicycle", "bicycle", p, brand=brand, color=color, sub=sub, meas="辆", serial_key=frame,
                n_own=noun, n_fnd=noun[:1] + ["自行车"], fnd_brand_p=0.8, own_ser_p=0.15, fnd_ser_p=0.5)
    fe = o["feats"]
    if sub == "kid":
        fe.append(F("wheels", "both", [T("带两个辅助轮"), T("有辅助轮")], ["带辅助轮", "两侧有辅助轮"]))
        fe.append(F("basket", "both", [T("前面有个小篮子"), T("车头挂着小篮篮")], ["车头有小车筐"]))
        kn = p.get("kidnick") or pick(GIV_KID)
        fe.append(F("name", "both", [T("车上贴了“%s”的名字贴" % kn)], ["车身贴有名字贴“%s”" % kn]))
    else:
        fe.append(F("lock", "both", [T("车上挂着一把U型锁"), T("有把钢缆锁缠在车上")], ["车上挂U型锁", "钢缆锁缠在车架上"]))
        if chance(0.5):
            fe.append(F("bell", "both", [T("车铃是小黄鸭的"), T("后座加了个货架")], ["车铃为小黄鸭造型", "后有货架"]))
    o["ser_own"] = ["车架号" + frame]
    o["ser_fnd"] = [frame_fmt(frame)]
    return o


BAG_CONTENTS = [
    T("一台笔记本电脑", "a laptop", "diannao"), T("充电器和数据线", "chargers and cables", "chongdianqi"),
    T("一把折叠伞", "a folding umbrella", "yusan"), T("一个保温杯", "a thermos cup", "baowen bei"),
    T("几件换洗衣服", "some clothes", "yifu"), T("一个充电宝", "a power bank", "chongdianbao"),
    T("一本笔记本", "a notebook", "bijiben"), T("一包纸巾", "tissues", "zhijin"), T("一瓶防晒", "sunscreen", "fangshai"),
    T("一包药", "some medicine", "yao"), T("一个化妆包", "a make-up pouch", "huazhuang bao"),
    T("一本旅游攻略书", "a guidebook", "gonglüe"), T("一副耳机", "headphones", "erji"), T("零食", "snacks", "lingshi"),
]


def contents_feats(o, lst, owner_only=None, k="contents"):
    """Contents: the owner lists what they remember, the finder lists what the desk found when opening it."""
    if not lst:
        return
    own_n = max(1, len(lst) - R.randint(0, 1))
    fnd_n = max(1, len(lst) - R.randint(0, 1))
    a = lst[:own_n]
    b = R.sample(lst, fnd_n)
    o["feats"].append(F(k, "both",
                        [T("里面有" + "、".join(x[0] for x in a),
                           None if any(x[1] is None for x in a) else "inside: " + ", ".join(x[1] for x in a),
                           None if any(x[2] is None for x in a) else "limian you " + ", ".join(x[2] for x in a)),
                         T("装着" + "、".join(x[0] for x in a), None if any(x[1] is None for x in a) else "with " + ", ".join(x[1] for x in a), None)],
                        ["内有" + "、".join(x[0].replace("一台", "").replace("一个", "").replace("一把", "") for x in b),
                         "包内：" + "、".join(x[0] for x in b)]))
    if owner_only:
        o["feats"].append(F(k + "_own", "own", [owner_only], mark=False))


def gen_backpack(p, c):
    brand = c["brand"] if "brand" in c else wpick([("decathlon", 3), ("tnf", 2), ("xiaomi", 2), ("anta", 1), ("lining", 1), (None, 3)])
    color = c.get("color") or pick(["black", "black", "gray", "blue", "green", "pink", "white", "yellow"])
    o = new_obj("backpack", "bag", p, brand=brand, color=color, meas="个", n_own=["双肩包", "背包", "书包"],
                n_fnd=["双肩包", "背包", "双肩背包"], n_en=["backpack", "rucksack"], n_py=["beibao", "shuangjian bao"],
                fnd_brand_p=0.75, own_ser_p=0.0)
    lst = R.sample(BAG_CONTENTS, R.randint(2, 4))
    contents_feats(o, lst, T("里面东西加起来好几千", "the stuff inside is worth a lot to me", None) if chance(0.3) else None)
    if chance(0.5):
        pd = pick(KEYCHAINS)
        fe = o["feats"]
        fe.append(F("pendant", "both", [T("拉链上挂了个" + pd[0], pd[1] + " on the zip", pd[2])], ["拉链挂%s" % pd[0], "包上挂着" + pd[0]]))
    if chance(0.4):
        nm = p["name"] if p.get("name") else cname()
        o["holder"] = nm
        o["feats"].append(F("nameitem", "both", [T("笔记本上写了我名字" + nm, "my name %s is on the notebook" % nm, nm)],
                            ["本子上写有姓名%s" % nm, "内有写着“%s”的本子" % nm]))
    if chance(0.3):
        o["feats"].append(F("wear", "both", [T(pick(["侧袋有点脱线", "背带上有块油渍", "底部有点磨破了"]), "a bit worn", None)],
                            ["包有磨损", "侧面有污渍"]))
    return o


def gen_handbag(p, c):
    st = c.get("sub") or pick([T("斜挎包", "crossbody bag", "xiekua bao"), T("托特包", "tote bag", "tuote bao"),
                                T("手拿包", "clutch", "shouna bao"), T("水桶包", "bucket bag", "shuitong bao"),
                                T("帆布袋", "canvas tote", "fanbu dai")])
    brand = c["brand"] if "brand" in c else wpick([("coach", 2), ("ck", 2), ("muji", 1), (None, 4)])
    color = c.get("color") or pick(["black", "white", "beige", "brown", "pink", "red", "blue", "green"])
    o = new_obj("handbag", "bag", p, brand=brand, color=color, sub=st, meas="个", n_own=[st[0], "包", "包包"],
                n_fnd=[st[0], "女士包", "包"], n_en=[st[1], "bag"], n_py=["bao"], n_old=["包包", "布袋子", "包"],
                fnd_brand_p=0.65)
    items = R.sample([T("口红", "lipstick", "kouhong"), T("一包纸巾", "tissues", "zhijin"), T("钥匙", "keys", "yaoshi"),
                      T("一副耳机", "earphones", "erji"), T("小镜子", "a mirror", "jingzi"), T("发票", "receipts", "fapiao"),
                      T("一把折叠伞", "a folding umbrella", "yusan"), T("一包烟", "cigarettes", "yan")], R.randint(2, 3))
    contents_feats(o, items)
    if chance(0.4):
        sc = pick([T("包带上系了条丝巾", "a silk scarf tied to the strap", "sijin"), T("肩带是链条的", "a chain strap", "lianzi"),
                   T("包上挂了个毛球", "a pom-pom hanging on it", "maoqiu")])
        o["feats"].append(F("deco", "both", [sc], [sc[0].replace("系了条", "系有").replace("挂了个", "挂有")]))
    if chance(0.35):
        nm = p["name"] if p.get("name") else cname()
        n = gen_id(byear_of(p), p["female"], p["local"])
        o["idn"], o["serial_key"], o["holder"] = n, n, nm
        o["feats"].append(F("id", "both", [T("身份证在包里（%s）" % nm), T("包里还有身份证，尾号%s" % n[-4:])],
                            ["包内有身份证（%s，%s）" % (nm, id_fmt(n, "m64")), "内有身份证一张，姓名" + nm]))
        o["ser_own"] = [id_fmt(n, "tail")]
        o["ser_fnd"] = [id_fmt(n, "m64")]
        o["own_ser_p"], o["fnd_ser_p"] = 0.25, 0.6
    return o


def gen_school_bag(p, c):
    brand = c["brand"] if "brand" in c else wpick([(None, 3), ("anta", 1), ("lining", 1), ("decathlon", 1)])
    color = c.get("color") or pick(["blue", "pink", "red", "purple", "green", "yellow"])
    kid = p.get("kidname_full") or cname("kid")
    o = new_obj("school_bag", "bag", p, brand=brand, color=color, meas="个", holder=kid,
                n_own=["书包", "娃儿的书包", "小孩书包"], n_fnd=["儿童书包", "书包", "小学生书包"], n_old=["书包", "孙儿的书包"],
                fnd_brand_p=0.5)
    grade = "%s年级" % pick(["一", "二", "三", "四", "五"])
    fe = o["feats"]
    fe.append(F("books", "both", [T("里面有%s的语文书和作业本" % grade), T("装着作业本和文具盒")],
                ["内有%s课本、作业本、文具盒" % grade, "装有课本和作业本"]))
    fe.append(F("name", "both", [T("作业本上写的名字%s" % kid), T("娃儿叫%s" % kid), T("孩子名字%s" % kid)],
                ["作业本上姓名%s" % kid, "本子上写着“%s”" % kid]))
    pd = pick(KEYCHAINS)
    fe.append(F("pendant", "both", [T("书包上挂了个" + pd[0])], ["书包挂着" + pd[0]]))
    if chance(0.4):
        fe.append(F("bottle", "both", [T("侧边插着个水杯")], ["侧袋有水杯一个"]))
    return o


def gen_waist_bag(p, c):
    rider = p["voice"] == "rider"
    brand = c["brand"] if "brand" in c else wpick([(None, 3), ("lining", 1), ("anta", 1), ("tnf", 1), ("decathlon", 1)])
    color = c.get("color") or pick(["black", "black", "gray", "blue", "green"])
    o = new_obj("waist_bag", "bag", p, brand=brand, color=color, meas="个", n_own=["腰包", "胸包", "斜挎小包"],
                n_fnd=["腰包", "胸包", "小挎包"], n_en=["bum bag", "waist bag"], n_py=["yaobao"], fnd_brand_p=0.6)
    if rider:
        nm = p["name"]
        items = [T("零钱两百多", "some change"), T("一个充电宝", "a power bank"), T("健康证", "health certificate")]
        contents_feats(o, items)
        o["feats"].append(F("hc", "both", [T("健康证上名字%s" % nm)], ["健康证姓名%s" % nm]))
        o["holder"] = nm
    else:
        items = R.sample([T("手机充电线", "a charging cable", "chongdianxian"), T("纸巾", "tissues", "zhijin"),
                          T("一小瓶花露水", "mosquito spray", "hualushui"), T("门票", "tickets", "menpiao"),
                          T("几十块零钱", "some cash", "lingqian"), T("耳机", "earphones", "erji")], 3)
        contents_feats(o, items)
    return o


def gen_suitcase(p, c):
    brand = c["brand"] if "brand" in c else wpick([("samsonite", 2), ("decathlon", 1), ("xiaomi", 2), (None, 3)])
    color = c.get("color") or pick(["silver", "black", "blue", "pink", "white", "green"])
    size = pick([20, 24, 26])
    o = new_obj("suitcase", "bag", p, brand=brand, color=color, meas="个", n_own=["行李箱", "箱子", "拉杆箱"],
                n_fnd=["行李箱", "拉杆箱"], n_en=["suitcase"], n_py=["xinglixiang"], fnd_brand_p=0.8)
    fe = o["feats"]
    fe.append(F("size", "both", [T("%d寸的" % size, "%d-inch" % size, "%d cun" % size)], ["%d寸" % size, "约%d寸" % size]))
    fe.append(F("code", "own", [T("密码锁，密码是%03d" % R.randint(0, 999), "combination lock, code %03d" % R.randint(0, 999), None)], mark=False))
    if chance(0.6):
        nm = p.get("ename") if p.get("foreign") else p["name"]
        fe.append(F("tag", "both", [T("挂着行李牌写着%s" % nm, "luggage tag with my name %s" % nm, nm)],
                    ["挂有行李牌，姓名%s" % nm, "行李牌上写%s" % nm]))
        o["holder"] = nm
    st = pick([T("贴了好几张旅行贴纸", "covered in travel stickers", "tiezhi"), T("一个轮子有点坏", "one wheel is broken", None),
               T("箱子上绑了根彩色打包带", "a colourful luggage strap", "dabaodai")])
    fe.append(F("mark", "both", [st], [st[0].replace("了好几张", "有多张").replace("绑了根", "绑有")]))
    contents_feats(o, R.sample(BAG_CONTENTS, 2))
    return o


def gen_cash(p, c):
    amt = c.get("amount") or pick([R.randint(3, 30) * 100, R.randint(5, 30) * 100 + 50, R.randint(10, 60) * 100])
    cont = c.get("sub") or pick([T("红包", "a red envelope", "hongbao"), T("信封", "an envelope", "xinfeng"),
                                  T("橡皮筋扎着", "rubber-banded", "xiangpijin"), T("塑料袋包着", "in a plastic bag", "suliaodai"),
                                  T("折起来的一沓", "folded bundle", "zhe qilai")])
    col = {"红包": "red", "信封": pick(["white", "brown", "yellow"])}.get(cont[0])
    o = new_obj("cash", "cash", p, color=col, sub=cont, meas="", amount=amt,
                n_own=["现金", "钱", "一沓钱"], n_fnd=["现金", "人民币现金", "现金"], n_en=["cash"], n_py=["xianjin", "qian"],
                n_old=["钱", "一沓钱", "现金"], fnd_color_p=0.5, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("cont", "both", [T("装在" + cont[0] + "里" if cont[0] in ("红包", "信封") else cont[0], cont[1], cont[2])],
                ["装于%s内" % (cw(col) + cont[0]) if cont[0] in ("红包", "信封") else cont[0]]))
    fe.append(F("amt", "own", [T("%s块" % approx_amount(amt), "%s" % amount_en(amt), "%d kuai" % amt),
                                T("一共%s" % approx_amount(amt), amount_en(amt), "%d kuai" % amt)]))
    h = amt // 100
    rest = amt - h * 100
    fe.append(F("amtf", "fnd", [], ["共计人民币%d元" % amt, "现金%d元（100元%d张%s）" % (amt, h, "，50元1张" if rest == 50 else ""),
                                    "清点共%d元" % amt]))
    o["fpri"] = ["amtf"]
    fe.append(F("denom", "own", [T("都是一百的" if rest == 0 else "一百的，还有张五十的", "mostly 100s", None)]))
    fe.append(F("why", "own", [T(pick(["是给孙子交学费的", "准备交住院押金的", "刚在银行取的", "是今天收的房租", "是打工一个月的工钱"]),
                                 pick(["my travel money", "money I just withdrew"]), None)], mark=False))
    if chance(0.3):
        if cont[0] == "红包":
            w = ("红包上印着“恭喜发财”", "红包印有“恭喜发财”")
        elif cont[0] == "信封":
            w = pick([("信封上写了“房租”两个字", "信封上有手写“房租”"), ("信封上印着银行的标", "信封印有银行标志")])
        else:
            w = ("里面夹了张银行取款凭条", "内夹银行取款凭条")
        fe.append(F("mark", "both", [T(w[0])], [w[1]]))
    return o


def gen_bracelet_gold(p, c):
    brand = c["brand"] if "brand" in c else wpick([("ctf", 3), ("lfx", 2), ("css", 1), (None, 2)])
    w = c.get("weight") or round(R.uniform(8, 35), 1)
    pat = pick([("光面的", "光面"), ("龙凤花纹的", "有龙凤花纹"), ("古法的，上面有福字", "刻有福字"), ("竹节样式的", "竹节造型")])
    o = new_obj("bracelet_gold", "jewelry", p, brand=brand, color="gold", meas="只",
                n_own=["金手镯", "金镯子", "黄金手镯"], n_fnd=["黄色金属手镯", "金色手镯", "手镯（疑似黄金）"],
                n_old=["金镯子", "金手圈"], fnd_brand_p=0.5, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("pat", "both", [T(pat[0])], [pat[1]]))
    fe.append(F("weight", "own", [T("%s克" % w), T("大概%d克" % round(w)), T("称过是%s克" % w)]))
    fe.append(F("weightf", "fnd", [], ["称重约%s克" % round(w + R.uniform(-0.4, 0.4), 1), "重约%d克" % round(w)]))
    if brand:
        fe.append(F("stamp", "fnd", [], ["内侧刻“足金 %s”字样" % bw(brand), "内圈有%s字样" % bw(brand)]))
    fe.append(F("story", "own", [T(pick(["是我妈留给我的", "结婚时候买的", "女儿送的生日礼物", "戴了二十几年了"]))], mark=False))
    if chance(0.4):
        fe.append(F("dent", "both", [T("有一处小凹痕"), T("边上有点瘪")], ["有轻微凹痕"]))
    return o


def gen_jade(p, c):
    color = c.get("color") if c.get("color") in ("green", "white", "purple") else pick(["green", "green", "white", "purple"])
    o = new_obj("jade", "jewelry", p, color=color, meas="只", n_own=["玉镯子", "翡翠手镯", "玉手镯"],
                n_fnd=["玉镯", "手镯（玉石类）", "玉手镯"], n_old=["玉镯子", "手圈子"], own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    sz = R.randint(52, 60)
    fe.append(F("size", "own", [T("圈口%d" % sz), T("%d的圈口" % sz)]))
    if chance(0.6):
        cr = pick([("有一道细纹", "可见一道细裂纹"), ("有一小块白色的棉絮", "内有白色絮状物"), ("外圈有个小缺口", "外沿有小磕口")])
        fe.append(F("crack", "both", [T(cr[0])], [cr[1]]))
    fe.append(F("cert", "own", [T("有证书，买的时候一万多"), T("是老人传下来的")], mark=False))
    fe.append(F("bag", "both", [T("装在一个红绒布袋里" if chance(0.4) else "当时戴在手上的")], ["装在红色绒布袋内" if chance(0.5) else "单只"]))
    return o


def gen_necklace(p, c):
    mat = c.get("sub") or pick([("银", "silver"), ("18K金", "gold"), ("珍珠", "white"), ("黄金", "gold")])
    pend = pick([T("平安扣", "a jade ring pendant", "ping'an kou"), T("字母L", "a letter L", "zimu L"),
                 T("小兔子", "a little rabbit", "xiao tuzi"), T("观音", "a Guanyin pendant", "guanyin"),
                 T("四叶草", "a four-leaf clover", "siyecao"), T("小锁", "a little lock", "xiao suo")])
    o = new_obj("necklace", "jewelry", p, color=mat[1], sub=mat, meas="条", brand=c.get("brand") or wpick([("ctf", 1), ("css", 1), (None, 3)]),
                n_own=["%s项链" % mat[0], "项链", "链子"], n_fnd=["项链", "%s色项链" % ("银" if mat[1] == "silver" else ("白" if mat[1] == "white" else "金"))],
                n_en=["necklace"], n_py=["xianglian"], fnd_brand_p=0.3, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("pend", "both", [T("吊坠是" + pend[0], "with " + pend[1], pend[2]), T("挂着个%s吊坠" % pend[0], pend[1] + " pendant", pend[2])],
                ["带%s吊坠" % pend[0], "吊坠为%s" % pend[0]]))
    fe.append(F("clasp", "fnd", [], ["链扣已断", "搭扣断开"]))
    fe.append(F("len", "own", [T("链子%d厘米左右" % pick([40, 42, 45, 50]))]))
    return o


def gen_ring(p, c):
    mat = pick([("铂金", "silver"), ("黄金", "gold"), ("银", "silver"), ("玫瑰金", "pink")])
    a, b = pick("ZLWCHYJX"), pick("ZLWCHYJX")
    date = "20%02d%02d%02d" % (R.randint(10, 24), R.randint(1, 12), R.randint(1, 28))
    eng = c.get("eng") or "%s&%s %s" % (a, b, date)
    o = new_obj("ring", "jewelry", p, color=mat[1], meas="枚", brand=c.get("brand") or wpick([("ctf", 2), ("css", 1), (None, 2)]),
                n_own=["戒指", "婚戒", "%s戒指" % mat[0]], n_fnd=["戒指", "%s色戒指" % ("金" if mat[1] == "gold" else "银")],
                n_en=["ring"], n_py=["jiezhi"], fnd_brand_p=0.3, serial_key=eng, own_ser_p=0.3, fnd_ser_p=0.4)
    fe = o["feats"]
    fe.append(F("eng", "both", [T("内圈刻着“%s”" % eng, "engraved inside: %s" % eng, eng), T("里面刻了字：%s" % eng, "engraving %s" % eng, eng)],
                ["内圈刻有“%s”" % eng, "内侧刻字%s" % eng.replace("&", " & ")]))
    if chance(0.5):
        fe.append(F("stone", "both", [T("上面有颗小钻"), T("镶了一颗小钻")], ["镶有一颗小白石", "镶一颗透明小钻"]))
    fe.append(F("size", "own", [T("%d号圈口" % R.randint(8, 20))]))
    o["ser_own"] = [eng, "刻字" + eng]
    o["ser_fnd"] = [eng, "刻字“%s”" % eng]
    return o


def gen_kids_silver(p, c):
    o = new_obj("kids_silver", "jewelry", p, color="silver", meas="只", n_own=["银手镯", "宝宝的银镯子", "小孩银手镯"],
                n_fnd=["儿童银手镯", "小银镯子"], n_old=["银镯子", "孙孙的银手圈"], own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    w = pick(["长命百岁", "平安喜乐", "福"])
    fe.append(F("eng", "both", [T("上面刻着“%s”" % w)], ["刻有“%s”字样" % w]))
    if chance(0.7):
        fe.append(F("bells", "both", [T("带几个小铃铛"), T("有小铃铛，走起来叮叮响")], ["带小铃铛", "挂有小铃铛"]))
    fe.append(F("gift", "own", [T("满月的时候外婆送的"), T("宝宝一周岁的礼物")], mark=False))
    return o


def gen_power_bank(p, c):
    brand = c.get("brand") or pick(["xiaomi", "romoss", "anker", "baseus"])
    cap = c.get("cap") or pick([10000, 10000, 20000, 5000])
    color = c.get("color") or pick(["white", "black", "pink", "blue", "gray"])
    o = new_obj("power_bank", "electronics", p, brand=brand, color=color, model="%dmAh" % cap, meas="个",
                n_own=["充电宝", "移动电源", "充电宝"], n_fnd=["充电宝", "移动电源"], n_en=["power bank"], n_py=["chongdianbao"],
                fnd_brand_p=0.8, fnd_model_p=0.6, own_model_p=0.6, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fe.append(F("cap", "both", [T("%d毫安的" % cap, "%dmAh" % cap, "%d" % cap), T("%dmAh" % cap, "%d mAh" % cap, None)],
                ["容量%dmAh" % cap, "标注%dmAh" % cap]))
    if chance(0.5):
        fe.append(F("cable", "both", [T("自带线", "built-in cable", "zidai xian"), T("上面插着根Type-C线", "a USB-C cable plugged in", None)],
                    ["带数据线", "自带充电线"]))
    if chance(0.45):
        s = pick(STICKERS)
        fe.append(F("sticker", "both", [T("贴了" + s[0], "with " + s[1], s[2])], ["贴有" + s[0]]))
    if chance(0.3):
        fe.append(F("scratch", "both", [T("有一面磨花了", "scratched on one side", None)], ["表面有划痕"]))
    return o


def gen_earbuds(p, c):
    brand = c.get("brand") or pick(["apple", "apple", "huawei", "xiaomi"])
    model = c.get("model") or {"apple": pick(["AirPods Pro 3", "AirPods 5"]), "huawei": pick(["FreeBuds 7", "FreeBuds Pro 5"]),
                               "xiaomi": pick(["Buds 6", "Redmi Buds 7"])}[brand]
    color = c.get("color") if c.get("color") in ("white", "black", "silver", "blue") else ("white" if brand == "apple" else pick(["white", "black", "silver", "blue"]))
    o = new_obj("earbuds", "electronics", p, brand=brand, model=model, color=color, meas="副",
                n_own=["蓝牙耳机", "耳机", "无线耳机"], n_fnd=["蓝牙耳机", "耳机盒", "无线耳机"], n_en=["earbuds", "wireless earbuds"],
                n_py=["lanya erji", "erji"], fnd_brand_p=0.6, fnd_model_p=0.3, own_model_p=0.6)
    if c.get("cross"):
        o["cat_fnd"] = "other"
        o["n_fnd"] = ["小盒子（像耳机盒）", "小圆盒子"]
        o["meas"] = "个"
        o["fnd_brand_p"] = 0.15
    fe = o["feats"]
    if chance(0.7):
        cv = pick([T("小恐龙硅胶套", "a dinosaur silicone cover", "konglong tao"), T("透明保护套", "a clear cover", "touming tao"),
                   T("粉色硅胶套", "a pink silicone cover", "fense tao"), T("黑色皮套带挂钩", "a black leather cover with a clip", "heise pitao"),
                   T("印着猫咪的保护壳", "a cover with cats on it", "maomi ke")])
        o["color_vis"] = {"粉": "pink", "黑": "black"}.get(cv[0][0], None)
        fe.append(F("cover", "both", [T("套了个" + cv[0], "in " + cv[1], cv[2]), T("外面是" + cv[0], cv[1], cv[2])], ["外套" + cv[0], "带" + cv[0]]))
    if chance(0.4):
        side = pick([("左", "left"), ("右", "right")])
        fe.append(F("missing", "both", [T("盒子里只有%s耳，另一只早就丢了" % side[0], "only the %s bud is in the case" % side[1], None)],
                    ["盒内仅有%s耳" % side[0], "只有一只（%s）" % side[0]]))
    if chance(0.3):
        en = pick(["阿喵", "LUCKY", "小满", "Mia"])
        fe.append(F("eng", "both", [T("盒子上刻了“%s”" % en, "engraved '%s'" % en, en)], ["盒子刻有“%s”" % en]))
    sn = gen_sn(10)
    o["serial_key"] = sn
    fe.append(F("findmy", "own", [T("查找功能最后显示在%s附近" % pick(["江边", "索道那边", "老街"]), "Find My last showed it near the river", None)], mark=False))
    o["ser_own"] = ["S/N " + sn, sn, "序列号" + sn]
    o["ser_fnd"] = []
    o["own_ser_p"] = 0.25
    return o


CAMERAS = {"fujifilm": ["X-S30", "X-T60", "X100 VII"], "sony": ["ZV-E20", "A7C III", "RX100 IX"], "canon": ["EOS R60", "G7X IV", "EOS R10 II"]}


def gen_camera(p, c):
    brand = c.get("brand") or pick(sorted(CAMERAS))
    model = c.get("model") or pick(CAMERAS[brand])
    color = c.get("color") or pick(["black", "black", "silver"])
    o = new_obj("camera", "electronics", p, brand=brand, model=model, color=color, meas="台",
                n_own=["相机", "微单相机", "照相机"], n_fnd=["相机", "数码相机", "照相机"], n_en=["camera"], n_py=["xiangji"],
                fnd_brand_p=0.95, fnd_model_p=0.7, own_model_p=0.8)
    fe = o["feats"]
    if c.get("cross"):
        o["cat_fnd"] = "bag"
        bc = pick(["black", "gray", "brown"])
        o["n_fnd"] = ["%s单肩小包（相机包）" % cw(bc), "相机包", "%s小挎包" % cw(bc)]
        o["color_vis"] = bc
        o["fnd_brand_p"] = 0.5
        o["meas"] = "个"
        fe.append(F("bag", "both", [T("装在%s相机包里" % cw(bc), "in a %s camera bag" % cw(bc, "en"), None)], ["包内有%s相机一台" % bw(brand)]))
    strap = pick([T("彩色编织背带", "a colourful woven strap", "caise beidai"), T("黑色原装背带", "the original black strap", "heise beidai"),
                  T("棕色皮背带", "a brown leather strap", "pi beidai")])
    fe.append(F("strap", "both", [T("挂的" + strap[0], "with " + strap[1], strap[2])], ["带" + strap[0]]))
    lens = pick([T("18-55的镜头", "18-55 kit lens", None), T("一个定焦镜头", "a prime lens", None), T("镜头盖丢了", "no lens cap", None)])
    fe.append(F("lens", "both", [lens], [lens[0].replace("的", "")]))
    fe.append(F("sd", "own", [T("里面是这几天在%s拍的照片" % pick(["悬梯坊", "江边", "索道"]), "the SD card has all my trip photos", "zhaopian"),
                               T("卡里有我们全家的照片", "photos of my family on the card", None)], mark=False))
    if chance(0.4):
        s = pick(STICKERS)
        fe.append(F("sticker", "both", [T("机身贴了" + s[0], s[1] + " on the body", s[2])], ["机身贴有" + s[0]]))
    sn = gen_sn(8)
    o["serial_key"] = sn
    o["ser_own"] = ["S/N " + sn, sn, "序列号" + sn]
    o["ser_fnd"] = ["S/N:" + sn, "机身号" + sn, sn]
    o["own_ser_p"], o["fnd_ser_p"] = 0.3, 0.45
    return o


def gen_gimbal(p, c):
    brand = c.get("brand") or pick(["dji", "insta360"])
    model = c.get("model") or {"dji": pick(["Osmo Pocket 5", "Osmo Action 7"]), "insta360": pick(["X7", "Ace Pro 4"])}[brand]
    color = c.get("color") or pick(["black", "gray", "white"])
    o = new_obj("gimbal", "electronics", p, brand=brand, model=model, color=color, meas="台",
                n_own=["运动相机", "口袋相机", "云台相机"], n_fnd=["运动相机", "小型摄像机", "云台相机"],
                n_en=["action camera", "gimbal camera"], n_py=["yundong xiangji"], fnd_brand_p=0.8, fnd_model_p=0.4, own_model_p=0.7)
    fe = o["feats"]
    if chance(0.7):
        fe.append(F("stick", "both", [T("连着自拍杆", "on a selfie stick", "zipai gan"), T("装在自拍杆上", "attached to a selfie stick", "zipai gan")],
                    ["连自拍杆一根", "带自拍杆"]))
    if chance(0.5):
        fe.append(F("case", "both", [T("有个保护壳", "in a protective case", None), T("镜头上贴了保护膜", "lens protector on", None)], ["带保护壳", "镜头有保护膜"]))
    fe.append(F("vid", "own", [T("里面有我拍的索道视频", "videos of the cable car ride inside", None)], mark=False))
    sn = gen_sn(10)
    o["serial_key"] = sn
    o["ser_own"] = ["SN " + sn, sn]
    o["ser_fnd"] = [sn]
    o["own_ser_p"], o["fnd_ser_p"] = 0.25, 0.25
    return o


def gen_kids_watch(p, c):
    brand = c.get("brand") or pick(["imoo", "imoo", "huawei", "xiaomi"])
    model = c.get("model") or {"imoo": pick(["Z12", "Q5"]), "huawei": "儿童手表 6", "xiaomi": "米兔 8"}[brand]
    color = c.get("color") or pick(["blue", "pink", "purple", "green"])
    kid = p.get("kidnick") or pick(GIV_KID)
    o = new_obj("kids_watch", "electronics", p, brand=brand, model=model, color=color, meas="块", holder=kid,
                n_own=["电话手表", "儿童手表", "娃儿的手表"], n_fnd=["儿童电话手表", "儿童智能手表"], n_old=["电话手表", "孙儿的手表"],
                fnd_brand_p=0.8, own_model_p=0.4)
    fe = o["feats"]
    fe.append(F("face", "both", [T("表盘上是%s的名字" % kid), T("开机显示“%s”" % kid)], ["屏幕显示名字“%s”" % kid, "表盘上有“%s”字样" % kid]))
    fe.append(F("strap", "both", [T("%s表带" % cw(color))], ["%s硅胶表带" % cw(color)]))
    fe.append(F("num", "own", [T("手表号码%s，打得通但没人接" % phone_mask())], mark=False))
    if chance(0.4):
        fe.append(F("sticker", "both", [T("背面贴了奥运冠军贴纸")], ["背面有贴纸"]))
    return o


def gen_tablet(p, c):
    brand = c.get("brand") or pick(["apple", "huawei", "xiaomi"])
    model = c.get("model") or {"apple": pick(["iPad Air 8", "iPad mini 8"]), "huawei": "MatePad 13", "xiaomi": "Pad 8"}[brand]
    color = c.get("color") or pick(["gray", "silver", "blue", "purple"])
    o = new_obj("tablet", "electronics", p, brand=brand, model=model, color=color, meas="台",
                n_own=["平板", "平板电脑", "iPad" if brand == "apple" else "平板"], n_fnd=["平板电脑", "平板"], n_en=["tablet", "iPad" if brand == "apple" else "tablet"],
                n_py=["pingban"], fnd_brand_p=0.85, own_model_p=0.6)
    fe = o["feats"]
    cc = pick(["pink", "blue", "black", "green"])
    o["color_vis"] = cc
    fe.append(F("case", "both", [T("%s的保护套" % cw(cc), "%s cover" % cw(cc, "en"), None)], ["外套%s保护套" % cw(cc)]))
    if chance(0.5):
        fe.append(F("pen", "both", [T("笔也在套子上", "stylus attached", None)], ["附手写笔一支"]))
    fe.append(F("lock", "own", [T("锁屏是孩子画的画", "lock screen is a child's drawing", None)], mark=False))
    sn = gen_sn(10)
    o["serial_key"] = sn
    o["ser_own"] = ["序列号" + sn]
    o["own_ser_p"], o["fnd_ser_p"] = 0.2, 0.0
    return o


def gen_laptop(p, c):
    brand = c.get("brand") or pick(["lenovo", "apple", "huawei"])
    model = c.get("model") or {"lenovo": "小新 Pro 16 2026", "apple": "MacBook Air 15", "huawei": "MateBook 14s"}[brand]
    color = c.get("color") or pick(["silver", "gray"])
    o = new_obj("laptop", "electronics", p, brand=brand, model=model, color=color, meas="台",
                n_own=["笔记本电脑", "电脑"], n_fnd=["笔记本电脑"], n_en=["laptop"], fnd_brand_p=0.9, own_model_p=0.7)
    fe = o["feats"]
    fe.append(F("stickers", "both", [T("盖子上贴满了贴纸", "stickers all over the lid", None)], ["外壳贴有多张贴纸"]))
    fe.append(F("sleeve", "both", [T("装在灰色内胆包里", "in a grey sleeve", None)], ["装于灰色电脑内胆包"]))
    fe.append(F("work", "own", [T("里面有毕业论文，没备份", "my thesis is on it", None)], mark=False))
    sn = gen_sn(10)
    o["serial_key"] = sn
    o["ser_own"] = ["S/N " + sn]
    o["ser_fnd"] = ["S/N " + sn]
    o["own_ser_p"], o["fnd_ser_p"] = 0.4, 0.4
    return o


def gen_smartwatch(p, c):
    brand = c.get("brand") or pick(["apple", "huawei"])
    model = c.get("model") or {"apple": "Watch S11", "huawei": pick(["Watch GT 6", "Watch Fit 5"])}[brand]
    color = c.get("color") or pick(["black", "silver", "pink", "gold"])
    o = new_obj("smartwatch", "electronics", p, brand=brand, model=model, color=color, meas="块",
                n_own=["手表", "智能手表", "运动手表"], n_fnd=["智能手表", "手表"], n_en=["smartwatch", "watch"],
                n_py=["shoubiao"], fnd_brand_p=0.7, own_model_p=0.6)
    fe = o["feats"]
    sc = pick(["orange", "blue", "white", "black", "green"])
    fe.append(F("strap", "both", [T("%s表带" % cw(sc), "%s strap" % cw(sc, "en"), None), T("表带是%s的" % cw(sc), "%s band" % cw(sc, "en"), None)],
                ["%s表带" % cw(sc)]))
    fe.append(F("face", "own", [T("表盘是孩子照片", "watch face is a photo of my kid", None)], mark=False))
    return o


def gen_hearing_aid(p, c):
    brand = c.get("brand") or pick(["phonak", "signia"])
    o = new_obj("hearing_aid", "other", p, brand=brand, color="beige", meas="个",
                n_own=["助听器", "耳朵上戴的助听器"], n_fnd=["助听器"], n_old=["助听器", "耳朵上戴那个"], fnd_brand_p=0.6,
                fnd_color_p=0.7)
    if c.get("cross"):
        o["cat_fnd"] = "electronics"
    fe = o["feats"]
    side = pick(["左", "右"])
    fe.append(F("side", "both", [T("%s耳朵的" % side)], ["%s耳用" % side]))
    fe.append(F("box", "both", [T("装在一个小圆盒子里"), T("连盒子一起掉的")], ["装于小圆盒内", "带收纳盒"]))
    fe.append(F("price", "own", [T("配成好几千块钱"), T("女儿给配的，贵得很")], mark=False))
    return o


def gen_umbrella(p, c):
    typ = c.get("sub") or pick([T("长柄伞", "long umbrella", "chang bing san"), T("折叠伞", "folding umbrella", "zhedie san"),
                                 T("三折伞", "compact umbrella", "sanzhe san"), T("自动伞", "automatic umbrella", "zidong san")])
    brand = c["brand"] if "brand" in c else wpick([(None, 5), ("paradise", 3), ("beneunder", 2), ("muji", 1)])
    color = c.get("color") or pick(["black", "black", "blue", "gray", "red", "pink", "green", "yellow", "purple", "white"])
    o = new_obj("umbrella", "other", p, brand=brand, color=color, sub=typ, meas="把",
                n_own=[typ[0], "雨伞", "伞"], n_fnd=["雨伞", typ[0], "伞"], n_en=[typ[1], "umbrella"], n_py=["yusan", "san"],
                n_old=["伞", "雨伞", "伞"], fnd_brand_p=0.5, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    pat = c.get("pat") or pick([T("纯色的", "plain", "chunse"), T("格子的", "checked", "gezi"), T("小碎花的", "with little flowers", "suihua"),
                                T("印了猫的", "with cats printed on it", "mao"), T("边上有一圈白边", "with a white rim", "baibian"),
                                T("里面是黑胶的", "black UV lining inside", "heijiao")])
    o["pat"] = pat
    fe.append(F("pat", "both", [pat], [pat[0].replace("的", "")]))
    h = pick([T("木头弯把", "a wooden crook handle", "mutou ba"), T("黑色直柄", "a black straight handle", "zhibing"),
              T("把手上缠了防滑带", "grip tape on the handle", "fanghua dai"), T("伞柄是透明的", "a clear handle", "touming bing")])
    fe.append(F("handle", "both", [h], [h[0]]))
    if chance(0.35):
        m = pick([T("伞柄上贴了个“林”字的名字贴", "a name label on the handle", None), T("伞骨断了一根", "one rib is broken", "sangu duan le"),
                  T("绑了根红绳", "a red string tied on", "hong sheng"), T("伞套不见了只有伞", "no cover", None),
                  T("伞面上印着“江雾里民宿”", "printed with a homestay name", None)])
        fe.append(F("mark", "both", [m], [m[0].replace("了个", "有").replace("了根", "有")]))
    return o


def gen_glasses(p, c):
    typ = c.get("sub") or (pick([T("老花镜", "reading glasses", "laohua jing")]) if p["age"] == "old" else
                           pick([T("近视眼镜", "glasses", "yanjing"), T("墨镜", "sunglasses", "mojing"), T("近视眼镜", "glasses", "yanjing")]))
    brand = c["brand"] if "brand" in c else wpick([(None, 4), ("bolon", 2), ("rayban", 1)])
    color = c.get("color") or pick(["black", "gold", "brown", "silver", "transparent" if False else "gray"])
    o = new_obj("glasses", "other", p, brand=brand, color=color, sub=typ, meas="副",
                n_own=[typ[0], "眼镜"], n_fnd=["眼镜", typ[0]], n_en=[typ[1]], n_py=["yanjing"], n_old=["老花镜", "眼镜"],
                fnd_brand_p=0.5, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    fr = pick([T("全框", "full frame", None), T("半框", "half-rim", None), T("细金属框", "thin metal frame", None), T("粗框", "thick frame", None)])
    fe.append(F("frame", "both", [fr], [fr[0]]))
    if chance(0.6):
        cc = pick(["blue", "red", "brown", "black"])
        shop = pick(["澜江眼镜城", "明亮视光", "老街眼镜店"])
        fe.append(F("case", "both", [T("装在%s眼镜盒里，盒子上印着%s" % (cw(cc), shop), "in a %s case" % cw(cc, "en"), None), T("有个%s的盒子" % cw(cc), "%s case" % cw(cc, "en"), None)],
                    ["装在%s眼镜盒内（印有“%s”）" % (cw(cc), shop), "%s眼镜盒" % cw(cc)]))
    if typ[0] != "墨镜":
        fe.append(F("deg", "own", [T("%s%d度" % ("近视" if typ[0] != "老花镜" else "老花", pick([150, 250, 300, 450, 600])), None, None)]))
    if chance(0.3):
        fe.append(F("dmg", "both", [T("一条腿有点松", "one arm is loose", None)], ["一侧镜腿松动"]))
    return o


def gen_walking_stick(p, c):
    typ = c.get("sub") or pick([("木头拐棍", "brown"), ("铝合金伸缩拐杖", "silver"), ("四脚拐杖", "black"), ("竹子拐棍", "yellow")])
    color = typ[1]
    o = new_obj("walking_stick", "other", p, color=color, sub=typ, meas="根", n_own=[typ[0], "拐杖"],
                n_fnd=["拐杖", typ[0].replace("拐棍", "拐杖")], n_old=["拐棍", "拐棍儿", typ[0]], own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    w = pick([("把把上缠了红布", "手柄缠红布"), ("把手上缠了黑胶布", "手柄缠黑色胶布"), ("底下的橡皮头磨坏了", "底部橡胶头磨损"),
              ("上面用刀刻了个“刘”字", "杖身刻有“刘”字"), ("挂了个小铃铛", "挂有小铃铛")])
    fe.append(F("mark", "both", [T(w[0])], [w[1]]))
    fe.append(F("who", "own", [T(pick(["是我老汉儿的", "是我屋头老太婆的", "我自己用了好多年了"]))], mark=False))
    return o


def gen_toy(p, c):
    typ = c.get("sub") or pick([("毛绒兔子", "white"), ("熊猫玩偶", "black"), ("恐龙玩具", "green"), ("布娃娃", "pink"), ("小汽车玩具", "red")])
    color = typ[1]
    o = new_obj("toy", "other", p, color=color, sub=typ, meas="个", n_own=[typ[0], "玩具", "娃儿的玩具"],
                n_fnd=[typ[0], "儿童玩具"], n_en=["toy"], own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    if typ[0] in ("恐龙玩具", "小汽车玩具"):
        w = pick([("上面用记号笔写了“%s”" % (p.get("kidnick") or pick(GIV_KID)), "上面有记号笔写的名字"),
                  ("掉了一个轮子" if typ[0] == "小汽车玩具" else "尾巴上有牙印", "有缺损"),
                  ("上面贴满了贴纸", "贴有多张贴纸")])
    else:
        w = pick([("耳朵有点脏了", "耳朵处有污渍"), ("脖子上系了个蝴蝶结", "颈部系蝴蝶结"), ("一只眼睛的扣子掉了", "缺一只眼睛"),
                  ("肚子上绣了个名字“%s”" % (p.get("kidnick") or pick(GIV_KID)), "肚子上绣有名字")])
    fe.append(F("mark", "both", [T(w[0])], [w[1]]))
    fe.append(F("love", "own", [T("娃儿天天抱着睡觉，一直哭"), T("孩子最喜欢的，没有它睡不着")], mark=False))
    return o


def gen_water_bottle(p, c):
    brand = c["brand"] if "brand" in c else wpick([("thermos", 2), ("zojirushi", 1), (None, 2)])
    color = c.get("color") or pick(["pink", "blue", "green", "yellow", "purple", "white"])
    kid = p["voice"] == "parent" or p["age"] == "kid"
    o = new_obj("water_bottle", "other", p, brand=brand, color=color, meas="个",
                n_own=["水杯", "保温杯", "水壶"], n_fnd=["水杯", "保温杯", "儿童水杯" if kid else "保温杯"],
                n_old=["保温杯", "茶杯"], fnd_brand_p=0.6, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    if kid:
        kn = p.get("kidnick") or pick(GIV_KID)
        fe.append(F("name", "both", [T("贴了“%s”的名字贴" % kn)], ["杯身贴有名字贴“%s”" % kn]))
        fe.append(F("strap", "both", [T("有背带可以斜挎")], ["带背带"]))
    else:
        fe.append(F("tea", "both", [T("里面泡的枸杞"), T("里头有茶叶")], ["杯内有枸杞水", "内有茶水"]))
    if chance(0.5):
        fe.append(F("dent", "both", [T("底下摔瘪了一块")], ["杯底有凹陷"]))
    return o


def gen_medicine_bag(p, c):
    name = p["name"]
    o = new_obj("medicine_bag", "other", p, color="white", meas="袋", holder=name,
                n_own=["一袋药", "药和病历本", "药"], n_fnd=["药品一袋", "塑料袋（内有药品）"], n_old=["一口袋药", "药"],
                fnd_color_p=0.3, own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    meds = pick([("降压药", "苯磺酸氨氯地平片等降压药"), ("降糖药和胰岛素笔", "胰岛素注射笔一支及药品若干"),
                 ("治关节的膏药", "膏药和口服药若干"), ("心脏病的药", "速效类药品及其他药")])
    fe.append(F("meds", "both", [T("里面有%s" % meds[0])], ["内有%s" % meds[1]]))
    fe.append(F("book", "both", [T("病历本也在里头，名字%s" % name), T("还有病历本，写的%s" % name)],
                ["附二院病历本一本，姓名%s" % name, "病历本姓名：%s" % name]))
    fe.append(F("bag", "both", [T("装在医院的白塑料袋里"), T("白色塑料口袋")], ["医院白色塑料袋装"]))
    return o


def gen_dance_fan(p, c):
    color = c.get("color") or pick(["red", "red", "pink", "gold"])
    o = new_obj("dance_fan", "other", p, color=color, meas="对", n_own=["跳舞的扇子", "绸扇", "扇子"], n_fnd=["扇子", "舞蹈扇"],
                n_old=["跳舞的扇子", "扇子"], own_ser_p=0.0, fnd_ser_p=0.0)
    fe = o["feats"]
    nm = p["name"][1:] if len(p["name"]) > 2 else p["name"]
    fe.append(F("pair", "both", [T("一对，绸子的"), T("两把，长绸子的")], ["一对", "共两把"]))
    fe.append(F("name", "both", [T("扇骨上用记号笔写了“%s”" % nm)], ["扇骨上写有“%s”" % nm]))
    return o


GEN = {
    "phone": gen_phone, "idcard": gen_idcard, "student_card": gen_student_card, "bank_card": gen_bank_card,
    "passport": gen_passport, "social_card": gen_social_card, "driver_license": gen_driver_license,
    "wallet": gen_wallet, "card_holder": gen_card_holder, "house_keys": gen_house_keys, "car_key": gen_car_key,
    "ebike_key": gen_ebike_key, "ebike": gen_ebike, "bicycle": gen_bicycle, "backpack": gen_backpack,
    "handbag": gen_handbag, "school_bag": gen_school_bag, "waist_bag": gen_waist_bag, "suitcase": gen_suitcase,
    "cash": gen_cash, "bracelet_gold": gen_bracelet_gold, "jade": gen_jade, "necklace": gen_necklace, "ring": gen_ring,
    "kids_silver": gen_kids_silver, "power_bank": gen_power_bank, "earbuds": gen_earbuds, "camera": gen_camera,
    "gimbal": gen_gimbal, "kids_watch": gen_kids_watch, "tablet": gen_tablet, "laptop": gen_laptop,
    "smartwatch": gen_smartwatch, "hearing_aid": gen_hearing_aid, "umbrella": gen_umbrella, "glasses": gen_glasses,
    "walking_stick": gen_walking_stick, "toy": gen_toy, "water_bottle": gen_water_bottle,
    "medicine_bag": gen_medicine_bag, "dance_fan": gen_dance_fan,
}


# ----------------------------------------------------------------------------- wording
def Ls(t, lang):
    """Strict: the text in that language, or None when that person could not have written it so."""
    if t is None:
        return None
    if isinstance(t, str):
        return t if lang == "zh" else None
    i = {"zh": 0, "en": 1, "py": 2}[lang]
    return t[i]


NOCOLOR_NOUN = ["cash", "bracelet_gold", "kids_silver", "ring", "necklace", "medicine_bag", "idcard", "social_card",
                "student_card", "hearing_aid", "bank_card", "house_keys", "car_key", "ebike_key", "driver_license"]


def noun_text(o, side, lang, inc_color, inc_brand, inc_model, color=None):
    p = o["person"]
    if lang == "en":
        nouns = o["n_en"] or ["item"]
    elif lang == "py":
        nouns = o["n_py"] or o["n_en"] or ["dongxi"]
    elif side == "own":
        nouns = o["n_old"] if (p["voice"] in ("elder", "proxy_family") and o["n_old"] and chance(0.7)) else o["n_own"]
    else:
        nouns = o["n_fnd"]
    n = pick(nouns)
    col = color if color is not None else o["color"]
    c = cw(col, lang) if (inc_color and col and o["kind"] not in NOCOLOR_NOUN) else ""
    b = bw(o["brand"], lang, typo=0.07 if side == "own" else 0.03) if (inc_brand and o["brand"]) else ""
    m = model_var(o["model"]) if (inc_model and o["model"]) else ""
    if lang == "en":
        if m.lower().startswith("iphone") or m.lower().startswith("ipad"):
            b, n = "", ""
        if m and n and n.lower() in m.lower():
            n = ""
        return " ".join(x for x in [c, b, m, n] if x)
    if lang == "py":
        return " ".join(x for x in [c, b, m, n] if x)
    if m and b and m.startswith(b):
        b = ""
    style = R.randint(0, 3)
    if style == 0 or not (b or m):
        return c + b + m + n
    if style == 1:
        return b + m + n + ("（%s）" % c if c else "")
    if style == 2 and c:
        return c + ("" if c.endswith("的") else "的") + n + "，" + b + m
    return c + b + (m + "的" if m else "") + n


ZH_TYPOS = [("手机", "手鸡"), ("钱包", "前包"), ("身份证", "身分证"), ("钥匙", "钥是"), ("充电宝", "充电包"), ("雨伞", "雨散"),
            ("索道", "所道"), ("轻轨", "轻规"), ("火锅", "火过"), ("民宿", "名宿"), ("耳机", "耳鸡"), ("的时候", "的时后"),
            ("已经", "以经"), ("一个", "一各"), ("透明", "头明"), ("联系", "连系"), ("麻烦", "麻繁"), ("找不到", "找不倒"),
            ("捡到", "减到"), ("相机", "像机"), ("电动车", "电动扯"), ("黑色", "黑涩"), ("里面", "里木"), ("晚上", "晚尚"),
            ("不见了", "不件了"), ("附近", "付近"), ("丢了", "丢le"), ("谢谢", "xiexie"), ("手表", "手彪"), ("眼镜", "眼睛"),
            ("登记", "登纪"), ("挂绳", "挂神")]
EN_TYPOS = [("wallet", "walet"), ("umbrella", "umbrela"), ("phone", "phnoe"), ("passport", "pasport"), ("station", "staion"),
            ("black", "blakc"), ("around", "arround"), ("please", "pls"), ("because", "bc"), ("camera", "camara"),
            ("the ", "teh "), ("lost", "lsot")]


def typo(s, lang):
    table = EN_TYPOS if lang != "zh" else ZH_TYPOS
    cands = [pair for pair in table if pair[0] in s]
    if not cands:
        return s
    a, b = pick(cands)
    i = s.index(a)
    return s[:i] + b + s[i + len(a):]


def pick_clauses(o, side, lang, n, extra=None):
    vis = ("own", "both") if side == "own" else ("fnd", "both")
    feats = [f for f in o["feats"] if f["vis"] in vis]
    pri = o.get("fpri", []) if side == "fnd" else []
    out = []
    first = [f for f in feats if f["k"] in pri]
    rest = shuffled([f for f in feats if f["k"] not in pri])
    rest.sort(key=lambda f: 0 if f["mark"] else R.randint(0, 2))
    order = first + rest
    if extra:
        order = order[:1] + extra + order[1:]
    for f in order:
        if len(out) >= n:
            break
        opts = f["own"] if side == "own" else f["fnd"]
        if not opts:
            continue
        t = pick(opts)
        s = Ls(t, lang) if side == "own" else (t if lang == "zh" else None)
        if side == "fnd" and lang == "en":
            continue
        if not s:
            continue
        out.append((f["k"], s, f["mark"]))
    return out


def en_clauses_fnd(o, n):
    """An English-speaking finder describes only what is plainly visible."""
    out = []
    for f in shuffled([f for f in o["feats"] if f["vis"] == "both"]):
        if len(out) >= n:
            break
        for t in shuffled(f["own"]):
            s = Ls(t, "en")
            if s:
                out.append((f["k"], s, f["mark"]))
                break
    return out


# ----------------------------------------------------------------------------- owners' voices
def act_of(pid, hour=None):
    acts = PL[pid]["acts"]
    if hour is not None and hour < 17:
        acts = [a for a in acts if "夜" not in a[0]] or [T("看江景", "looking at the river", "kan jiang")]
    if not acts:
        return T("", "", "")
    return pick(acts)


def route_zh(route, loss):
    names = [pname(x) for x in route]
    if len(names) == 1:
        return names[0]
    return "、".join(names[:-1]) + "和" + names[-1]


def own_contact():
    return pick(["电话%s" % phone_mask(), "联系电话%s" % phone_mask(), "手机%s" % phone_mask(), "", ""])


def write_lost(o, ctx):
    p = o["person"]
    voice = p["voice"]
    lang = {"en": "en", "py": "py"}.get(voice, "zh")
    t0, t1, tl = ctx["t_from"], ctx["t_to"], ctx["t_loss"]
    route, loss, sus = ctx["route"], ctx["loss"], ctx["suspect"]
    depth = "terse" if voice == "terse" else wpick([("terse", 12), ("normal", 50), ("rich", 38)])
    if voice in ("elder", "proxy_family"):
        depth = wpick([("normal", 60), ("rich", 40)])
    ncl = {"terse": R.randint(0, 1), "normal": R.randint(1, 3), "rich": R.randint(3, 5)}[depth]
    inc_c = chance(0.75)
    inc_b = chance(0.8) if voice != "elder" else chance(0.5)
    inc_m = chance(o["own_model_p"]) and inc_b
    mention = []
    noun = noun_text(o, "own", lang, inc_c, inc_b, inc_m)
    if inc_c and o["color"] and o["kind"] not in NOCOLOR_NOUN:
        mention.append("color")
    if inc_b and o["brand"]:
        mention.append("brand")
    if inc_m and o["model"]:
        mention.append("model")
    cls = pick_clauses(o, "own", lang, ncl)
    mention += [k for k, s, m in cls]
    know_ser = o["ser_own"] and chance(o["own_ser_p"])
    ser = pick(o["ser_own"]) if know_ser else None
    if ser and chance(0.35) and lang == "zh":
        cls.append(("serial", pick(["串号", "号码", "编号"]) + "：" + ser if o["kind"] == "phone" else ser, True))
    cl_txt = [s for k, s, m in cls]
    spot_pid = sus
    if lang == "en":
        body = lost_en(o, noun, cl_txt, t0, t1, tl, route, sus)
    elif lang == "py":
        body = lost_py(o, noun, cl_txt, t0, tl, route, sus)
    else:
        body = LOST_ZH[voice](o, noun, cl_txt, t0, t1, tl, route, sus)
    if voice in ("terse", "rider") and chance(0.35) or chance(0.1):
        body = typo(body, lang)
    body = tidy(body)[:600]
    rec = {"category": o["cat_own"], "body": body}
    fill = {"terse": [("bare", 6), ("some", 3), ("full", 1)], "elder": [("bare", 6), ("some", 3), ("full", 1)],
            "proxy_family": [("bare", 3), ("some", 5), ("full", 2)], "en": [("bare", 3), ("some", 4), ("full", 3)],
            "py": [("bare", 5), ("some", 4), ("full", 1)]}.get(voice, [("bare", 3), ("some", 4), ("full", 3)])
    fill = wpick(fill)
    pf = {"bare": 0.0, "some": 0.45, "full": 0.9}[fill]
    if o["color"] and chance(pf):
        rec["color"] = cw(o["color"], "en" if lang == "en" else ("py" if lang == "py" and chance(0.5) else "zh"))
        mention.append("color")
    if o["brand"] and chance(pf):
        rec["brand"] = bw(o["brand"], "en") if lang == "en" else brand_field(o["brand"])
        mention.append("brand")
    if o["model"] and chance(pf * (0.9 if inc_m else 0.4)):
        rec["model"] = model_var(o["model"])
        mention.append("model")
    if ser and chance(0.5 + pf / 2):
        rec["serial"] = ser
        mention.append("serial")
    if fill != "bare" and chance(pf):
        pool = [s for k, s, m in cls if m] or [s for k, s, m in pick_clauses(o, "own", lang, 2)]
        if pool:
            rec["marks"] = tidy(("；" if lang == "zh" else "; ").join(pool[:3]))[:500]
    if chance(0.35 + pf / 2):
        rec["address"] = addr_text(sus, lang)
    geo_p = {"en": 0.6, "young": 0.55, "py": 0.4, "elder": 0.08, "proxy_family": 0.2, "terse": 0.2}.get(voice, 0.35)
    if chance(geo_p):
        rec["lat"], rec["lon"] = jitter(sus, 0.0012)
    rec["lost_from_min"] = NOW - t0
    rec["lost_to_min"] = NOW - t1
    return rec, sorted(set(mention))


def addr_text(pid, lang):
    if lang == "en":
        return pick(PL[pid]["en"])[:60]
    nm = pname(pid)
    if PL[pid]["area"] != "lj":
        nm = PL[pid]["area"] + nm if (chance(0.6) and not nm.startswith(PL[pid]["area"])) else nm
    elif chance(0.3) and not nm.startswith(("澜", "兰")):
        nm = pick([DISTRICT, "澜江新区", "澜江"]) + nm
    if chance(0.3) and not nm.endswith(("门口", "附近", "那边", "一带")):
        nm += pick(["附近", "一带", "门口", "那边"])
    return nm[:60]


def win_en(t0, t1):
    if t1 - t0 < 200:
        return "on %s %s" % (d_en(t0), h_en(t0))
    if t0 // 1440 != t1 // 1440:
        return "between %s %s and %s %s" % (d_en(t0), h_en(t0), d_en(t1), h_en(t1))
    return "between %s %s and %s" % (d_en(t0), h_en(t0), h_en(t1))


def lost_en(o, noun, cl, t0, t1, tl, route, sus):
    pl = pick(PL[sus]["en"])
    a = act_of(sus, mdhm(t0)[2])[1] or "there"
    opener = pick(["", "Hi, ", "Hello, I'm a tourist. ", "Sorry, my Chinese is not good. ", "Please help! "])
    s1 = pick(["I lost my %s %s near %s." % (noun, win_en(t0, t1), pl),
               "Lost my %s at %s %s, I was %s." % (noun, pl, win_en(t0, t1), a),
               "I think I left my %s at %s (%s) %s." % (noun, pl, a, win_en(t0, t1))])
    if len(route) > 1 and chance(0.6):
        s1 += " Before that I was at %s." % pick(PL[route[0]]["en"]) if route[0] != sus else " After that I went to %s." % pick(PL[route[-1]]["en"])
    s2 = ejoin(cl)
    s3 = pick(["Please contact me through my hostel.", "Reward if found!", "It means a lot to me, thank you.",
               "I leave the city in two days.", "My phone number is " + phone_mask() + ".", ""])
    return (opener + s1 + " " + s2 + " " + s3).strip()


def lost_py(o, noun, cl, t0, tl, route, sus):
    pl = pick(PL[sus]["py"])
    a = act_of(sus, mdhm(t0)[2])[2] or ""
    s = pick(["ni hao, wo shi liuxuesheng. ", "nihao, ", "", "wo bu hui da hanzi, sorry. "])
    s += pick(["%s %s wo zai %s %s, wo de %s diu le." % (d_py(t0), h_py(t0), pl, a, noun),
               "wo de %s diu le, zai %s, %s." % (noun, pl, d_py(t0)),
               "%s zai %s %s de shihou %s bu jian le." % (d_py(t0), pl, a, noun)])
    if cl:
        s += " " + ", ".join(cl) + "."
    s += pick([" xiexie!", " qing bang wo, xiexie.", " xie xie ni men.", ""])
    return s


def lz_young(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    pl = pname(sus)
    a = act_of(sus, mdhm(t0)[2])[0]
    op = pick(["救命！", "求助求助！", "急！", "各位好，", "", "", "麻烦帮忙留意一下，", "蹲一个好心人！", "我是外地来玩的，"])
    if len(route) > 1:
        others = [pname(x) for x in route if x != sus]
        n1 = pick(["%s先去了%s，后来到%s%s，%s发现%s不见了。" % (w, "、".join(others), pl, a, pick(["晚上回民宿才", "回酒店才", "过了好一阵才", "准备付钱的时候"]), noun),
                   "%s在%s%s，之前还去过%s，中途%s就找不到了，最后一次用是在%s。" % (w, pl, a, "、".join(others), noun, pl)])
    else:
        n1 = pick(["%s在%s%s，出来就发现%s不见了。" % (w, pl, a, noun),
                   "%s在%s附近丢了%s。" % (w, pl, noun),
                   "%s和朋友去%s%s，%s应该是落在那边了。" % (w, pl, a, noun),
                   "%s，%s，%s搞丢了，%s。" % (w, pl, noun, pick(["找了一圈没找到", "回去找也没有", "问了店里说没看到"]))])
    cl_s = zjoin(cl)
    end = pick(["打过去已经关机了。" if o["kind"] == "phone" else "", "求好心人联系我，必有重谢！", "对我很重要，谢谢大家！",
                "后天就要走了，拜托拜托。", own_contact(), ""])
    return op + n1 + cl_s + end


def lz_formal(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    pl = pname(sus)
    m = o["meas"]
    n1 = pick(["本人于%s在%s附近遗失%s一%s。" % (w, pl, noun, m) if m else "本人于%s在%s附近遗失%s。" % (w, pl, noun),
               "%s，我在%s%s，离开后发现%s遗失。" % (w, pl, act_of(sus, mdhm(t0)[2])[0], noun),
               "%s在%s一带丢失%s，" % (w, pl, noun) + ("当天还去过%s。" % pname(route[0]) if route[0] != sus else "")])
    end = pick(["如有拾获请联系本人，定当酬谢。", "望拾到者交还，谢谢。", own_contact(), ""])
    return n1 + zjoin(cl) + end


DIAL_LOST = ["搞掉了", "弄丢了", "不晓得掉哪点去了", "遭搞落了", "找不到了"]
DIAL_END = ["转个背就莫得了，哪个捡到了麻烦交到派出所嘛。", "也不晓得是不是遭别个捡起走了。", "屋头人喊我来登记一下。",
            "找了一下午都莫找到，麻烦你们了。", "那个东西对我来说要紧得很。", "我耳朵不好，有消息打我儿子电话%s。" % phone_mask(),
            "麻烦帮我看一哈有莫得人交过来。"]


def lz_elder(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1, dialect=True)
    pl = pname(sus)
    a = act_of(sus, mdhm(t0)[2])[0]
    n1 = pick(["%s我在%s%s，%s%s。" % (w, pl, a, noun, pick(DIAL_LOST)),
               "我%s去%s%s，回来%s就莫得了。" % (w, pl, a, noun),
               "啥子时候掉的我也说不清楚，反正%s在%s%s的时候还在，%s%s。" % (w, pl, a, noun, pick(DIAL_LOST)),
               "%s的事，在%s那一带，%s%s。" % (w, pl, noun, pick(DIAL_LOST))])
    return n1 + zjoin(cl) + pick(DIAL_END)


def lz_rider(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    pl = pname(sus)
    if o["kind"] in ("ebike",):
        n1 = pick(["跑单的，%s送%s那一单，%s停在%s，下来就莫得了。" % (w, pl, noun, pick(["路边", "梯坎下面", "店门口", "驿站门口"])),
                   "%s在%s送外卖，车子停在外头不到二十分钟，%s就不见了。" % (w, pl, noun)])
    else:
        n1 = pick(["跑单的，%s在%s取餐的时候%s掉了。" % (w, pl, noun),
                   "%s送%s的单，%s放在车筐里，回来就不见了。" % (w, pl, noun),
                   "%s在%s一带跑单，%s搞丢了。" % (w, pl, noun)])
    end = pick(["还要靠它吃饭，麻烦尽快。", "急用，谢谢。", own_contact(), ""])
    return n1 + zjoin(cl) + end


def lz_parent(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    pl = pname(sus)
    kid = o["person"].get("kidnick") or pick(GIV_KID)
    grade = "%s年级" % pick(["一", "二", "三", "四", "五", "六"])
    kact = {"school": "放学", "hospital": "看病", "mall": "逛商场", "park": "耍", "ped": "逛街", "rail_yql": "坐轻轨",
            "bus": "等公交", "market": "买菜", "riverwalk": "耍"}.get(sus, "耍")
    if sus == "school":
        go = "%s去%s接娃儿，%s不见了。" % (w, pl, noun)
    else:
        go = "%s带娃儿去%s%s，%s不见了。" % (w, pl, kact, noun)
    n1 = pick(["孩子%s（%s）%s在%s%s，%s弄丢了。" % (kid, grade, w, pl, kact, noun),
               go,
               "我家%s%s在%s把%s搞丢了，" % (kid, w, pl, noun)])
    end = pick(["娃儿哭了一晚上。", "麻烦老师帮忙留意。" if sus == "school" else "麻烦帮忙留意一下。", own_contact(), ""])
    return n1 + zjoin(cl) + end


def lz_proxy_hostel(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    if sus in ("hostel", "homestay1", "homestay2"):
        hs = PL[sus]["names"][0]
        n1 = "%s前台代客人登记：住客（外地游客）%s在店里住宿期间丢了%s，房间和公共区都找过了。" % (hs, w, noun)
    else:
        hs = pick(["雾屿青旅", "半坡猫民宿", "江雾里民宿"])
        n1 = "%s前台代客人登记：住客（外地游客）%s在%s%s的时候丢了%s。" % (hs, w, pname(sus), act_of(sus, mdhm(t0)[2])[0], noun)
    end = pick(["客人%s退房，有消息请联系前台。" % pick(["明天中午", "后天一早"]), "客人已经走了，留了电话%s。" % phone_mask(),
                "客人不会说普通话，前台帮忙转达。", ""])
    return n1 + zjoin(cl) + end


def lz_proxy_family(o, noun, cl, t0, t1, tl, route, sus):
    w = window_zh(t0, t1)
    rel_a, rel = pick([("外婆", "外婆"), ("外公", "外公"), ("奶奶", "奶奶"), ("爷爷", "爷爷"), ("妈", "我妈"), ("爸", "我爸")])
    n1 = pick(["帮我%s登记一下：%s%s在%s%s，回来发现%s不见了。" % (rel_a, rel, w, pname(sus), act_of(sus, mdhm(t0)[2])[0], noun),
               "替家里老人报失：%s%s去了%s，%s找不到了。" % (rel, w, pname(sus), noun)])
    end = pick(["老人家记不清楚具体时间。", "老人很着急，麻烦了。", "联系我%s。" % phone_mask(), ""])
    return n1 + zjoin(cl) + end


def lz_terse(o, noun, cl, t0, t1, tl, route, sus):
    pl = pname(sus)
    d = d_zh(t0)
    c1 = cl[:1]
    s = pick(["%s%s丢%s" % (d, pl, noun), "%s丢了 %s %s" % (noun, pl, d), "丢失%s一%s，%s附近" % (noun, o["meas"] or "笔", pl),
              "%s 在%s %s不见了" % (d, pl, noun)])
    if c1:
        s += "，" + c1[0]
    return s


LOST_ZH = {"young": lz_young, "formal": lz_formal, "elder": lz_elder, "rider": lz_rider, "parent": lz_parent,
           "proxy_hostel": lz_proxy_hostel, "proxy_family": lz_proxy_family, "terse": lz_terse}


# ----------------------------------------------------------------------------- finders' voices
def dt_zh(t):
    return d_zh(t, pick(["md", "mh", "dh"])) + h_zh(t, pick(["pod", "hm", "shi", "xu"]))


def fz_officer_intro(t, pl, sp, who=None):
    who = who or pick(["群众", "一名游客", "环卫工人", "市民%s女士" % pick(SURN), "市民%s先生" % pick(SURN), "一名学生"])
    return "%s，%s在%s%s拾得" % (dt_zh(t), who, pl, sp)


OUTDOOR_SPOTS = [T("路边人行道上", "on the pavement"), T("非机动车停放点", "in the bike parking"), T("围墙边", "by a wall"),
                 T("黄葛树下", "under a big tree"), T("小巷子里", "in a side alley"), T("梯坎下面的空地上", "at the foot of the steps")]


def fbody(voice, o, noun, cl, t, pid, lang):
    pl = pname(pid)
    sp = spot_text(pid)
    if o["kind"] in ("ebike", "bicycle"):
        sp = L(pick(OUTDOOR_SPOTS), "zh")
    m = o["meas"]
    one = ("一" + m) if m else ""
    c = zjoin(cl)
    if voice == "passerby_en":
        art = "some " if o["kind"] == "cash" else ("an " if noun[:1].lower() in "aeiou" else "a ")
        return "Found %s at %s (%s), %s %s. %s Handed it in to the police." % (
            art + noun, pick(PL[pid]["en"]), spot_text(pid, "en"), d_en(t), h_en(t), ejoin(cl))
    if voice == "aux":
        return pick(["辅警巡逻时于%s在%s%s发现%s%s，%s周边询问无人认领，已带回所里。" % (dt_zh(t), pl, sp, noun, one, c),
                     "%s，巡逻至%s，在%s发现无人看管的%s%s，%s" % (dt_zh(t), pl, sp, noun, one, c)])
    if voice == "grid":
        return pick(["我是悬梯坊社区网格员，%s巡查时在%s%s看到%s，%s问了旁边住户和摊主都说不是他们的，先交到所里。" % (dt_zh(t), pl, sp, noun, c),
                     "网格员交来：%s在%s%s拾到%s%s，%s" % (dt_zh(t), pl, sp, noun, one, c)])
    if voice == "elder_f":
        return pick(["%s我在%s%s捡到个%s，%s不晓得是哪个的，放在那点怕遭别个拿走，就交到你们这儿来了。" % (d_zh(t, "dh") + h_zh(t, "pod", True), pl, sp, noun, c),
                     "一个老人家送来的，说是%s在%s%s捡的%s，%s" % (d_zh(t, "mh") + part_of_day(mdhm(t)[2]), pl, sp, noun, c)])
    if voice == "passerby":
        return pick(["%s路过%s，在%s捡到%s%s，%s" % (dt_zh(t), pl, sp, noun, one, c),
                     fz_officer_intro(t, pl, sp) + "%s%s，%s已登记暂存。" % (noun, one, c),
                     "%s在%s%s捡到的%s，%s" % (d_zh(t) + h_zh(t, "pod"), pl, sp, noun, c)])
    if voice == "rider_f":
        return "外卖小哥交来：送单路上%s在%s%s捡到%s，%s他赶时间先走了。" % (dt_zh(t), pl, sp, noun, c)
    if voice == "cable":
        st = "北站" if pid == "cable_n" else "南站"
        return pick(["望澜索道%s：%s，%d号车厢到站清舱时在%s发现%s%s，%s暂存%s服务台。" % (st, dt_zh(t), R.randint(1, 2), sp, noun, one, c, st),
                     "索道%s工作人员%s在%s拾到%s，%s" % (st, dt_zh(t), sp, noun, c)])
    if voice == "rail":
        pre = "" if "轻轨" in pl else "轻轨"
        return pick([pre + "%s站务：%s在%s拾获%s%s，%s可到车站客服中心认领。" % (pl, dt_zh(t), sp, noun, one, c),
                     "%s客服中心登记：乘客遗留%s，%s，%s发现于%s。" % (pl, noun, c.rstrip("。"), dt_zh(t), sp)])
    if voice == "waiter":
        pod = part_of_day(mdhm(t)[2])
        shou = "打烊收台" if pod in ("凌晨", "半夜") else pod + "收台"
        return pick(["%s服务员交来：%s收台的时候在%s捡到%s，%s估计是客人掉的，没留电话。" % (pl, d_zh(t) + h_zh(t, "pod"), sp, noun, c),
                     "%s%s在%s捡到%s，%s" % (d_zh(t, "dh"), shou, sp, noun, c),
                     "火锅店（%s）%s在%s发现客人遗留的%s，%s" % (pl, dt_zh(t), sp, noun, c)])
    if voice == "hostel":
        return pick(["%s前台：%s打扫%s时发现%s，%s查了入住记录，客人已经退房，电话没打通。" % (pl, dt_zh(t), sp, noun, c),
                     "%s前台交来：%s在%s发现%s%s，%s不知道是哪位住客的。" % (pl, dt_zh(t), sp, noun, one, c)])
    if voice == "crew":
        return pick(["鸣渡码头游船%d号：%s夜航结束后清舱，在%s发现%s，%s" % (R.randint(1, 6), d_zh(t), sp, noun, c),
                     "游船码头工作人员%s在%s拾到%s，%s" % (dt_zh(t), sp, noun, c)])
    if voice == "mall":
        return pick(["澜江汇客服中心：保洁%s在%s拾到%s，%s广播无人认领，转交派出所。" % (dt_zh(t), sp, noun, c),
                     "商场保安%s在%s发现%s%s，%s" % (dt_zh(t), sp, noun, one, c)])
    if voice == "clerk":
        return "金梧步行街一家店的店员交来：%s有人把%s落在%s，%s" % (dt_zh(t), noun, sp, c)
    if voice == "courier":
        return "速达驿站：%s在%s发现%s，%s监控里看是来取件的人掉的，没看清是哪个。" % (dt_zh(t), sp, noun, c)
    if voice == "hosp":
        return pick(["附二院保卫科：%s在%s拾得%s%s，%s" % (dt_zh(t), sp, noun, one, c),
                     "医院保洁阿姨%s在%s捡到%s，%s交保卫科后转来。" % (dt_zh(t), sp, noun, c)])
    if voice == "teacher":
        return "望澜路小学%s：%s放学后在%s捡到%s，%s问了班上都说不是。" % (pick(["门卫", "值周老师", "班主任"]), d_zh(t), sp, noun, c)
    if voice == "dance":
        return "%s晚上跳完坝坝舞，在%s看到%s，%s等了半个钟头莫人来拿，就交过来了。" % (d_zh(t, "dh"), sp, noun, c)
    if voice == "park":
        return "青枫公园管理处：%s保洁在%s捡到%s，%s" % (dt_zh(t), sp, noun, c)
    if voice == "mahjong":
        return "%s老板：%s散场收拾的时候在%s发现%s，%s那天来打牌的人多，不晓得是哪个的。" % (pl, d_zh(t), sp, noun, c)
    if voice == "stall":
        return "菜市场摊主交来：%s有人把%s搁在%s，%s一直没人回来拿。" % (dt_zh(t), noun, sp, c)
    if voice == "busdrv":
        return "公交司机交来：%s末班车到站后在车上发现%s，%s车经过望澜路站。" % (d_zh(t), noun, c)
    if voice == "cleaner":
        return "环卫工人%s在%s%s扫到%s，%s" % (dt_zh(t), pl, sp, noun, c)
    if voice == "far_aux":
        return "%s%s派出所转来：%s辅警在%s%s发现%s%s，%s" % (PL[pid]["area"], pick(["", ""]), dt_zh(t), pl, sp, noun, one, c)
    if voice == "far_pass":
        return pick(["%s，群众在%s%s%s捡到%s，%s辗转交到本所。" % (dt_zh(t), "" if pl.startswith(PL[pid]["area"]) else PL[pid]["area"], pl, sp, noun, c),
                     "%s派出所移交：%s在%s拾得%s%s，%s" % (PL[pid]["area"], dt_zh(t), pl, noun, one, c)])
    if voice == "far_rail":
        return "%s客运值班室：%s在%s发现旅客遗留%s，%s" % (pl, dt_zh(t), sp, noun, c)
    if voice == "far_mall":
        return "%s%s客服：%s在%s拾到%s，%s" % ("" if pl.startswith(PL[pid]["area"]) else PL[pid]["area"], pl, dt_zh(t), sp, noun, c)
    if voice == "terse_f":
        return "%s %s捡到%s。%s" % (d_zh(t), pl, noun, c)
    return fz_officer_intro(t, pl, sp) + "%s%s，%s" % (noun, one, c)


def tidy(s):
    for a, b in (("，。", "。"), ("，，", "，"), ("。。", "。"), ("，）", "）"), ("  ", " "), ("的的", "的")):
        while a in s:
            s = s.replace(a, b)
    s = s.strip()
    if s.endswith("，"):
        s = s[:-1] + "。"
    return s


def write_found(o, pid, t, voice=None):
    voice = voice or pick(PL[pid]["finders"])
    if o["kind"] in ("ebike", "bicycle") and PL[pid]["area"] == "lj":
        voice = pick(["aux", "aux", "grid", "passerby"])
    if voice == "passerby_en" and (o.get("fpri") or o["fnd_ser_p"] >= 1.0
                                   or not any(v in ("en", "py") for v, w in KIND_VOICES[o["kind"]])):
        voice = "passerby"       # only things a foreign visitor could describe in English, and no decoy evidence lost
    if chance(0.08) and not voice.startswith("far"):
        voice = "terse_f"
    lang = "en" if voice == "passerby_en" else "zh"
    fc = o["color"]
    if o["color_vis"] and chance(0.6):
        fc = o["color_vis"]
    if fc and chance(0.08):
        fc = pick(CONFUSE[fc])
    inc_c = fc is not None and chance(o["fnd_color_p"])
    inc_b = o["brand"] is not None and chance(o["fnd_brand_p"])
    inc_m = o["model"] is not None and inc_b and chance(o["fnd_model_p"])
    noun = noun_text(o, "fnd", lang, inc_c, inc_b, inc_m, color=fc)
    staff = voice in ("aux", "cable", "rail", "mall", "hosp", "crew", "far_aux", "far_rail", "far_mall", "hostel")
    n = R.randint(1, 4) if voice != "terse_f" else R.randint(0, 1)
    if staff:
        n = R.randint(2, 5)
    n = max(n, len(o.get("fpri", [])))
    if lang == "en":
        cls = en_clauses_fnd(o, n)
        cls = [(k, s.replace("my ", "").replace("My ", ""), m) for k, s, m in cls]
    else:
        extra = []
        if o.get("fstate") and chance(0.55):
            extra = [pick(o["fstate"])]
        cls = pick_clauses(o, "fnd", "zh", n, extra=extra)
    ser = pick(o["ser_fnd"]) if (o["ser_fnd"] and chance(o["fnd_ser_p"]) and lang == "zh") else None
    if ser and chance(0.4) and not any(ser[-4:] in s for k, s, m in cls):
        cls.append(("serial", ser if o["kind"] != "phone" else "IMEI " + ser.replace("IMEI:", "").replace("IMEI ", "").replace("串号", "").replace("IMEI1：", ""), True))
    body = tidy(fbody(voice, o, noun, [s for k, s, m in cls], t, pid, lang))
    if voice == "terse_f" or chance(0.07):
        body = typo(body, lang)
    rec = {"category": o["cat_fnd"], "body": body[:600]}
    pf = 0.85 if staff else (0.3 if voice in ("elder_f", "dance", "terse_f") else 0.55)
    if fc and chance(pf):
        rec["color"] = cw(fc, lang)
    if inc_b and chance(pf) or (o["brand"] and chance(pf * o["fnd_brand_p"] * 0.5)):
        rec["brand"] = bw(o["brand"], "en") if lang == "en" else brand_field(o["brand"])
    if inc_m and chance(pf):
        rec["model"] = model_var(o["model"])
    if ser and chance(0.5 + pf / 2):
        rec["serial"] = ser
    if chance(pf * 0.7):
        pool = [s for k, s, m in cls if m]
        if pool:
            rec["marks"] = tidy(("；" if lang == "zh" else "; ").join(pool[:4]))[:500]
    if chance(0.4 + pf / 2):
        rec["address"] = addr_text(pid, lang) if (chance(0.6) or o["kind"] in ("ebike", "bicycle") or lang == "en") else (pname(pid) + L(pick(PL[pid]["spots"]), "zh").replace("{n}", str(R.randint(2, 30))))[:60]
    if chance(0.3 + pf / 2):
        rec["lat"], rec["lon"] = jitter(pid)
    rec["found_at_min"] = NOW - t
    return rec


# ----------------------------------------------------------------------------- the plan
# (category, kind, how many objects, how many of them are handed in)
PLAN = [
    ("phone", [("phone", 45)], 30),
    ("id_doc", [("idcard", 9), ("student_card", 5), ("bank_card", 4), ("passport", 3), ("social_card", 2), ("driver_license", 2)], 18),
    ("wallet", [("wallet", 17), ("card_holder", 5)], 13),
    ("keys", [("house_keys", 11), ("car_key", 6), ("ebike_key", 3)], 12),
    ("ebike", [("ebike", 12)], 9),
    ("bicycle", [("bicycle", 6)], 3),
    ("bag", [("backpack", 9), ("handbag", 7), ("school_bag", 4), ("waist_bag", 3), ("suitcase", 2)], 16),
    ("cash", [("cash", 10)], 4),
    ("jewelry", [("bracelet_gold", 4), ("jade", 3), ("necklace", 3), ("ring", 3), ("kids_silver", 2)], 8),
    ("electronics", [("power_bank", 8), ("earbuds", 8), ("camera", 5), ("gimbal", 4), ("kids_watch", 4), ("tablet", 3),
                     ("laptop", 1), ("smartwatch", 2)], 22),
    ("other", [("umbrella", 9), ("glasses", 4), ("walking_stick", 3), ("toy", 3), ("water_bottle", 2), ("medicine_bag", 2),
               ("hearing_aid", 1), ("dance_fan", 1)], 15),
]
# two people filing one object under different catalogue codes (at most 5 allowed; 4 used)
CROSS = ["card_holder", "earbuds", "camera", "hearing_aid"]

KIND_VOICES = {
    "phone": [("young", 28), ("en", 6), ("py", 5), ("elder", 8), ("formal", 14), ("rider", 6), ("proxy_hostel", 4), ("proxy_family", 4), ("terse", 8)],
    "idcard": [("young", 10), ("elder", 5), ("formal", 10), ("rider", 3), ("proxy_family", 3), ("terse", 5)],
    "student_card": [("parent", 3), ("young", 3)],
    "bank_card": [("young", 3), ("elder", 3), ("formal", 4), ("terse", 3)],
    "passport": [("en", 3), ("py", 2)],
    "social_card": [("elder", 2), ("proxy_family", 3)],
    "driver_license": [("formal", 3), ("terse", 2), ("young", 1)],
    "wallet": [("young", 8), ("en", 2), ("py", 2), ("elder", 6), ("formal", 8), ("rider", 2), ("proxy_hostel", 1), ("proxy_family", 2), ("terse", 4)],
    "card_holder": [("young", 4), ("formal", 2), ("terse", 2)],
    "house_keys": [("young", 5), ("en", 2), ("elder", 5), ("formal", 5), ("rider", 2), ("terse", 4)],
    "car_key": [("formal", 4), ("young", 2), ("terse", 2)],
    "ebike_key": [("rider", 3), ("formal", 1), ("elder", 1)],
    "ebike": [("rider", 7), ("formal", 3), ("elder", 2)],
    "bicycle": [("parent", 3), ("formal", 2), ("young", 1)],
    "backpack": [("young", 5), ("en", 2), ("py", 2), ("formal", 3), ("proxy_hostel", 2), ("terse", 2)],
    "handbag": [("young", 4), ("elder", 2), ("formal", 3), ("en", 1), ("terse", 1)],
    "school_bag": [("parent", 3), ("elder", 2)],
    "waist_bag": [("rider", 2), ("young", 1), ("en", 1)],
    "suitcase": [("young", 1), ("en", 1), ("proxy_hostel", 1)],
    "cash": [("elder", 5), ("formal", 3), ("rider", 2), ("young", 1), ("proxy_family", 1)],
    "bracelet_gold": [("elder", 4), ("formal", 2), ("proxy_family", 2)],
    "jade": [("elder", 4), ("proxy_family", 2)],
    "necklace": [("young", 3), ("formal", 2), ("en", 1)],
    "ring": [("young", 2), ("formal", 3), ("en", 1)],
    "kids_silver": [("parent", 2), ("elder", 2)],
    "power_bank": [("young", 5), ("en", 2), ("py", 2), ("rider", 2), ("formal", 2), ("terse", 2)],
    "earbuds": [("young", 6), ("en", 2), ("formal", 2), ("terse", 2)],
    "camera": [("young", 4), ("en", 3), ("py", 1)],
    "gimbal": [("young", 3), ("en", 1)],
    "kids_watch": [("parent", 3), ("elder", 2)],
    "tablet": [("young", 1), ("formal", 1), ("parent", 1)],
    "laptop": [("young", 1), ("proxy_hostel", 1)],
    "smartwatch": [("young", 2), ("formal", 1), ("en", 1)],
    "hearing_aid": [("elder", 2), ("proxy_family", 2)],
    "umbrella": [("young", 5), ("en", 2), ("py", 2), ("elder", 3), ("formal", 3), ("terse", 4), ("proxy_hostel", 1)],
    "glasses": [("elder", 3), ("young", 2), ("formal", 2), ("en", 1)],
    "walking_stick": [("elder", 2), ("proxy_family", 2)],
    "toy": [("parent", 3), ("elder", 1)],
    "water_bottle": [("parent", 2), ("elder", 1)],
    "medicine_bag": [("elder", 1), ("proxy_family", 2)],
    "dance_fan": [("elder", 2)],
}
KID_KINDS = ["school_bag", "kids_watch", "kids_silver", "toy", "water_bottle", "student_card", "bicycle"]

TOURIST_PL = [("cable_n", 3), ("cable_s", 2), ("rail_yql", 3), ("yql_view", 3), ("hotpot", 2), ("hp_laozao", 3),
              ("hp_jiugong", 2), ("hp_niuyou", 2), ("terrace", 3), ("riverwalk", 1), ("pier", 2), ("mall", 2), ("ped", 3),
              ("hostel", 2), ("homestay1", 1), ("homestay2", 1), ("xtf", 3), ("steps", 3), ("platform", 2), ("bus", 1)]
ELDER_PL = [("park", 4), ("mahjong1", 3), ("mahjong2", 2), ("market", 4), ("hospital", 3), ("xtf", 2), ("steps", 1),
            ("bus", 2), ("riverwalk", 1)]
LOCAL_PL = [("mall", 3), ("ped", 2), ("hospital", 2), ("rail_yql", 2), ("rail_md", 1), ("rail_hui", 1), ("hp_laozao", 1),
            ("hotpot", 1), ("courier", 2), ("park", 1), ("market", 1), ("bus", 1), ("cable_n", 1), ("xtf", 1)]
RIDER_PL = [("courier", 4), ("xtf", 3), ("hotpot", 3), ("mall", 2), ("hospital", 2), ("ped", 2), ("steps", 1), ("market", 1)]
PARENT_PL = [("school", 5), ("park", 3), ("mall", 2), ("ped", 1), ("hospital", 1), ("rail_yql", 1), ("bus", 1)]
HOSTEL_PL = [("hostel", 4), ("homestay1", 2), ("homestay2", 2)]
VOICE_PL = {"young": TOURIST_PL, "en": TOURIST_PL, "py": TOURIST_PL, "proxy_hostel": HOSTEL_PL + TOURIST_PL[:8],
            "elder": ELDER_PL, "proxy_family": ELDER_PL, "formal": LOCAL_PL, "terse": LOCAL_PL + [("steps", 1)],
            "rider": RIDER_PL, "parent": PARENT_PL}
KIND_PL = {
    "ebike": [("courier", 3), ("xtf", 2), ("hotpot", 2), ("mall", 1), ("hospital", 2), ("ped", 1), ("market", 2), ("school", 1)],
    "medicine_bag": [("hospital", 4), ("bus", 1), ("market", 1)], "social_card": [("hospital", 4), ("bus", 1), ("market", 1)],
    "hearing_aid": [("hospital", 2), ("park", 2), ("mahjong1", 1), ("bus", 1)], "dance_fan": [("park", 1)],
    "suitcase": [("hostel", 2), ("homestay2", 1), ("pier", 1), ("rail_yql", 2), ("cable_s", 1)],
    "car_key": [("mall", 2), ("hospital", 2), ("hp_laozao", 1), ("ped", 1), ("park", 1)],
    "bicycle": [("park", 3), ("school", 2), ("riverwalk", 2), ("market", 1)],
    "passport": TOURIST_PL, "camera": TOURIST_PL, "gimbal": TOURIST_PL,
    "school_bag": PARENT_PL, "kids_watch": PARENT_PL, "toy": PARENT_PL + [("mall", 2)],
}
OUTDOOR_DUMP = ["riverwalk", "market", "xtf", "bus", "steps", "platform", "courier"]


def make_person(voice, kind):
    p = {"voice": voice}
    if kind in KID_KINDS and (voice == "parent" or (voice == "elder" and kind not in ("water_bottle", "student_card", "bicycle"))):
        age = "kid"
    elif voice in ("elder", "proxy_family"):
        age = "old"
    elif voice in ("young", "en", "py", "proxy_hostel"):
        age = "yng"
    elif voice == "rider":
        age = pick(["yng", "mid"])
    else:
        age = pick(["mid", "mid", "yng"])
    p["age"] = age
    p["female"] = chance(0.5)
    p["local"] = voice in ("elder", "formal", "parent", "terse", "proxy_family") or (voice == "rider" and chance(0.5))
    p["tourist"] = voice in ("young", "en", "py", "proxy_hostel")
    p["foreign"] = voice in ("en", "py")
    if p["foreign"]:
        p["name"] = p["ename"] = ename()
    else:
        p["name"] = cname(age)
    if age == "kid":
        p["kidnick"] = pick(GIV_KID)
        p["kidname_full"] = p["name"]
    return p


def loss_time(pid, voice, kind):
    day = R.randint(2, 29)
    h0, h1 = PL[pid]["hours"]
    h = min(23, R.randint(h0, max(h0, h1 - 1)))
    tl = day * 1440 + h * 60 + R.randint(0, 59)
    if voice in ("elder", "proxy_family"):
        a, b = R.randint(60, 600), R.randint(60, 1800)
    elif voice == "rider":
        a, b = R.randint(5, 60), R.randint(5, 120)
    elif voice == "parent":
        a, b = R.randint(60, 420), R.randint(30, 300)
    else:
        a, b = R.randint(10, 200), R.randint(10, 240)
        if chance(0.15):
            b = R.randint(600, 2400)
    t0 = tl - a
    day0 = tl - tl % 1440
    if tl - day0 >= 7 * 60 and t0 < day0 + 6 * 60:
        t0 = day0 + 6 * 60 + R.randint(0, 60)      # nobody says "from midnight" about a day out
    t1 = min(tl + b, NOW - R.randint(30, 300))
    t1 = max(t1, tl)
    return t0, t1, tl


FINDER_DELAY = {"cable": (5, 180), "rail": (5, 240), "waiter": (20, 300), "hostel": (30, 900), "crew": (10, 200),
                "mall": (10, 300), "hosp": (10, 300), "teacher": (20, 600), "courier": (10, 600), "mahjong": (30, 600),
                "busdrv": (30, 300), "dance": (10, 120)}


STAFFED = ["cable", "rail", "waiter", "hostel", "crew", "mall", "hosp", "teacher", "courier", "mahjong", "busdrv",
           "park", "stall", "clerk", "far_rail", "far_mall"]


def waking_hours(t, pid, voice):
    """Move a finding into hours when that finder is about: staff during opening hours, others not at 1-6 am."""
    day0 = t - t % 1440
    h = (t % 1440) // 60
    if voice in STAFFED:
        h0, h1 = PL[pid]["hours"]
        if voice == "waiter":
            h0, h1 = 10, 25          # hot-pot places close after midnight
        if h0 <= h < h1 or (h1 > 24 and h < h1 - 24):
            return t
        if h < h0 and not (h1 > 24 and h < h1 - 24):
            return day0 + h0 * 60 + R.randint(0, 90)
        return day0 + 1440 + h0 * 60 + R.randint(0, 90)
    if 1 <= h < 6:
        return day0 + 6 * 60 + R.randint(0, 150)
    return t


def found_time(tl, voice, kind, pid):
    lo, hi = FINDER_DELAY.get(voice, (10, 1440))
    if kind == "ebike":
        lo, hi = 120, 7200
    t = waking_hours(tl + R.randint(lo, hi), pid, voice)
    return max(tl + 1, min(t, NOW - R.randint(20, 120)))


def found_place(loss, kind):
    if kind == "ebike" and chance(0.5):
        return pick([x for x in OUTDOOR_DUMP if x != loss])
    if chance(0.3) and loss in LINK:
        return pick(LINK[loss])
    return loss


# ----------------------------------------------------------------------------- hard negatives
NEG_PLAN = [("same_cat_color", 34), ("found_before_loss", 26), ("same_brand_far", 24), ("same_spot_other_item", 14),
            ("serial_near_miss", 12), ("lookalike_other_mark", 10)]
CAT_KINDS = {cat: [k for k, n in kinds] for cat, kinds, npair in PLAN}


def decoy_person(kind):
    return make_person(wpick(KIND_VOICES[kind]), kind)


def regen(kind, cons, ok, tries=40):
    for _ in range(tries):
        o = GEN[kind](decoy_person(kind), dict(cons))
        if ok(o):
            return o
    return None


def near_place(a):
    return pick([a["suspect"], a["loss"]] + LINK.get(a["loss"], []))


def plausible_time(a):
    lo = a["t_from"] + 20
    hi = min(a["t_to"] + 1440, NOW - 60)
    return R.randint(lo, max(lo, hi))


def visible_contradiction(a, o):
    """Make sure a reader holding both registrations could tell the decoy is not the lost object:
    something the owner stated must differ in what the finder writes.  Returns False if nothing can."""
    ao = a["o"]
    ways = []
    if o["kind"] != ao["kind"]:
        ways.append("kind")
    if "brand" in a["mention"] and ao["brand"] and o["brand"] and o["brand"] != ao["brand"]:
        o["fnd_brand_p"] = 1.0
        ways.append("brand")
    if ("color" in a["mention"] and o["color"] and ao["color"] and o["color"] != ao["color"]
            and o["color"] not in CONFUSE.get(ao["color"], []) and o["kind"] not in NOCOLOR_NOUN):
        o["fnd_color_p"] = 1.0
        o["color_vis"] = None
        ways.append("color")
    ak = {f["k"]: f for f in ao["feats"] if f["mark"] and f["vis"] == "both"}
    keys = []
    for f in o["feats"]:
        if f["k"] in a["mention"] and f["k"] in ak and f["vis"] == "both" and set(f["fnd"]) != set(ak[f["k"]]["fnd"]):
            keys.append(f["k"])
    if keys:
        o["fpri"] = list(o.get("fpri", [])) + keys
        ways.append("mark")
    return bool(ways)


def make_decoy(a, typ):
    """A found item that is nobody's, built to tempt the matcher for lost report a."""
    ao = a["o"]
    kind = ao["kind"]
    if typ == "same_cat_color":
        if not ao["color"]:
            return None
        k2 = kind
        if chance(0.25) and len(CAT_KINDS[ao["cat_own"]]) > 1:
            k2 = pick(CAT_KINDS[ao["cat_own"]])
        o = regen(k2, {"color": ao["color"]},
                  lambda o: o["color"] == ao["color"] and (ao["brand"] is None or o["brand"] != ao["brand"])
                  and o["cat_fnd"] == ao["cat_own"] and visible_contradiction(a, o))
        if not o:
            return None
        return o, near_place(a), plausible_time(a)
    if typ == "found_before_loss":
        cons = {}
        if ao["color"]:
            cons["color"] = ao["color"]
        if ao["sub"] is not None:
            cons["sub"] = ao["sub"]
        if ao["brand"] and chance(0.8):
            cons["brand"] = ao["brand"]
            if ao["model"] and chance(0.7):
                cons["model"] = ao["model"]
        o = regen(kind, cons, lambda o: o["color"] == ao["color"] and o["cat_fnd"] == ao["cat_own"])
        if not o:
            return None
        t = max(a["t_from"] - R.randint(60, 4320), R.randint(0, 600))
        return o, near_place(a), t
    if typ == "same_brand_far":
        if not ao["brand"]:
            return None
        cons = {"brand": ao["brand"]}
        if ao["sub"] is not None:
            cons["sub"] = ao["sub"]
        if ao["model"] and chance(0.7):
            cons["model"] = ao["model"]
        if ao["color"] and chance(0.6):
            cons["color"] = ao["color"]
        o = regen(kind, cons, lambda o: o["brand"] == ao["brand"] and o["cat_fnd"] == ao["cat_own"])
        if not o:
            return None
        o["fnd_brand_p"] = 1.0
        t = a["t_loss"] + pick([-1, 1]) * R.randint(2 * 1440, 6 * 1440)
        t = max(R.randint(0, 600), min(t, NOW - 60))
        if a["t_loss"] - 1440 < t < a["t_loss"] + 1440:
            t = a["t_loss"] + 2 * 1440 if a["t_loss"] + 2 * 1440 < NOW - 60 else a["t_loss"] - 2 * 1440
        return o, pick(FAR_PLACES), t
    if typ == "same_spot_other_item":
        k2 = pick(CAT_KINDS[ao["cat_own"]]) if chance(0.4) else kind
        o = regen(k2, {}, lambda o: o["color"] != ao["color"] and (ao["brand"] is None or o["brand"] != ao["brand"])
                  and o["cat_fnd"] == ao["cat_own"] and visible_contradiction(a, o))
        if not o:
            return None
        return o, a["suspect"], plausible_time(a)
    if typ == "serial_near_miss":
        if kind == "phone" and "serial" not in a["mention"]:
            return None
        if kind in ("idcard", "student_card") and "name" not in a["mention"]:
            return None
        if kind == "phone":
            cons = {"brand": ao["brand"], "model": ao["model"], "tac": ao["imei1"][:8]}
            if chance(0.5):
                cons["color"] = ao["color"]
            o = regen(kind, cons, lambda o: True)
        elif kind in ("idcard", "student_card", "bank_card"):
            cons = {"near": ao, "sub": ao["sub"]}
            if kind == "bank_card":
                # a different bank with the same tail only when the owner named the bank
                cons["other_bank"] = "brand" in a["mention"] and chance(0.6)
                if "serial" not in a["mention"] and "tail" not in a["mention"]:
                    return None
            o = regen(kind, cons, lambda o: o["serial_key"] != ao["serial_key"])
            if o:
                o["fpri"] = ["name", "tail"]
        else:
            return None
        if not o:
            return None
        o["fnd_ser_p"] = 1.0
        if kind == "phone":
            o["ser_fnd"] = [imei_fmt(o["imei1"], pick(["plain", "label", "spaced"]))]
        return o, near_place(a), plausible_time(a)
    if typ == "lookalike_other_mark":
        marks = [k for k in a["mention"] if k not in ("color", "brand", "model", "serial")]
        ak = {f["k"]: f for f in ao["feats"] if f["mark"] and f["vis"] == "both"}
        marks = [k for k in marks if k in ak]
        if not marks:
            return None
        cons = {}
        for key in ("color", "brand", "model", "sub"):
            if ao.get(key) is not None:
                cons[key] = ao[key]
        if kind == "phone":
            cons["case"] = ao["case"]
            if ao["color_vis"]:
                cons["case_color"] = ao["color_vis"]

        def ok(o):
            ok_keys = []
            for f in o["feats"]:
                if f["k"] in marks and f["vis"] == "both" and set(f["fnd"]) != set(ak[f["k"]]["fnd"]):
                    ok_keys.append(f["k"])
            o["contra"] = ok_keys
            return bool(ok_keys) and o["color"] == ao["color"] and o["brand"] == ao["brand"]
        o = regen(kind, cons, ok, tries=60)
        if not o:
            return None
        o["fpri"] = list(o.get("fpri", [])) + o["contra"]
        return o, near_place(a), plausible_time(a)
    return None


# ----------------------------------------------------------------------------- build
NEG_ANCHOR = []


def build():
    objs = []
    for cat, kinds, npair in PLAN:
        lst = []
        for kind, n in kinds:
            for i in range(n):
                lst.append({"kind": kind, "cross": kind in CROSS and i == 0})
        lst = shuffled(lst)
        lst.sort(key=lambda x: 0 if x["cross"] else 1)
        for i, x in enumerate(lst):
            x["paired"] = i < npair
            objs.append(x)
    lost, found, hidden = [], [], []
    for x in objs:
        kind = x["kind"]
        voice = wpick(KIND_VOICES[kind])
        p = make_person(voice, kind)
        o = GEN[kind](p, {"cross": True} if x["cross"] else {})
        plist = KIND_PL.get(kind, VOICE_PL[voice])
        if kind in ("bracelet_gold", "jade", "kids_silver") and voice == "elder":
            plist = ELDER_PL
        loss = wpick(plist)
        route = [loss]
        if voice in ("young", "en", "py", "formal", "proxy_hostel") and chance(0.45):
            extra = [wpick(VOICE_PL[voice]) for _ in range(R.randint(1, 2))]
            route = [r for r in dict.fromkeys(extra + [loss])]
            if chance(0.4):
                route = [loss] + [r for r in route if r != loss]
        suspect = loss if (len(route) == 1 or chance(0.7)) else pick([r for r in route if r != loss])
        t0, t1, tl = loss_time(loss, voice, kind)
        ctx = {"route": route, "loss": loss, "suspect": suspect, "t_from": t0, "t_to": t1, "t_loss": tl}
        rec, mention = write_lost(o, ctx)
        a = dict(ctx, o=o, rec=rec, mention=mention, paired=x["paired"], cross=x["cross"], voice=voice)
        if x["paired"]:
            fp = found_place(loss, kind)
            fv = pick(PL[fp]["finders"])
            tf = found_time(tl, fv, kind, fp)
            frec = write_found(o, fp, tf, fv)
            a["found"] = frec
            found.append(frec)
        lost.append(a)
    # hard negatives
    used = []
    negs = []
    for typ, n in NEG_PLAN:
        pool_null = shuffled([a for a in lost if not a["paired"]])
        pool_pair = shuffled([a for a in lost if a["paired"]])
        got = 0
        turn = 0
        guard = 0
        while got < n and guard < 2000:
            guard += 1
            pool = pool_null if turn % 2 == 0 else pool_pair
            turn += 1
            if not pool:
                continue
            a = pool.pop()
            if used.count(id(a)) >= 1 and guard < 1500:
                continue
            r = make_decoy(a, typ)
            if not r:
                continue
            o, pid, t = r
            fv = pick(PL[pid]["finders"])
            t2 = waking_hours(t, pid, fv)
            if typ == "found_before_loss":
                t = t2 if t2 < a["t_from"] - 30 else t
            elif typ == "same_brand_far":
                t = t2 if t2 < NOW - 30 else t
            else:
                t = t2 if (a["t_from"] < t2 < NOW - 30) else t
            frec = write_found(o, pid, t, fv)
            frec["negative"] = typ
            negs.append(frec)
            NEG_ANCHOR.append((frec, a))
            used.append(id(a))
            got += 1
        if got < n:
            raise RuntimeError("not enough anchors for %s: %d" % (typ, got))
    # keys
    found_all = shuffled(found + negs)
    for i, f in enumerate(found_all):
        f["key"] = "%s-F%04d" % (PFX, i + 1)
    lost_sh = shuffled(lost)
    out_lost = []
    for i, a in enumerate(lost_sh):
        r = a["rec"]
        r["key"] = "%s-L%04d" % (PFX, i + 1)
        r["truth"] = a["found"]["key"] if a["paired"] else None
        out_lost.append(r)
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    out_lost = [{k: r[k] for k in order_l if k in r} for r in out_lost]
    out_found = [{k: f[k] for k in order_f if k in f} for f in found_all]
    doc = {"seed": SEED, "made_by": MADE_BY, "parts": {PART: {"found": out_found, "lost": out_lost}}}
    return doc, lost_sh


def stats(doc, lost_sh):
    part = doc["parts"][PART]
    cats = sorted(set([r["category"] for r in part["lost"]] + [f["category"] for f in part["found"]]))
    lines = []
    fk = {f["key"]: f for f in part["found"]}
    for c in cats:
        pairs = sum(1 for r in part["lost"] if r["category"] == c and r["truth"])
        nulls = sum(1 for r in part["lost"] if r["category"] == c and not r["truth"])
        fcat = sum(1 for f in part["found"] if f["category"] == c)
        negs = sum(1 for f in part["found"] if f["category"] == c and "negative" in f)
        lines.append("%-12s lost %3d (pairs %3d, never handed in %3d)  found %3d (negatives %3d)" % (c, pairs + nulls, pairs, nulls, fcat, negs))
    kinds = {}
    for f in part["found"]:
        if "negative" in f:
            kinds[f["negative"]] = kinds.get(f["negative"], 0) + 1
    lines.append("negatives: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    cross = sum(1 for r in part["lost"] if r["truth"] and fk[r["truth"]]["category"] != r["category"])
    lines.append("cross-category pairs: %d" % cross)
    voices = {}
    for a in lost_sh:
        voices[a["voice"]] = voices.get(a["voice"], 0) + 1
    lines.append("owner voices: " + ", ".join("%s %d" % (k, voices[k]) for k in sorted(voices)))
    return "\n".join(lines)


def main():
    doc, lost_sh = build()
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
        return
    if "--debug-neg" in sys.argv:
        for f, a in NEG_ANCHOR:
            print(f["negative"], "| anchor", a["rec"]["key"], "paired" if a["paired"] else "null")
            print("   L:", json.dumps(a["rec"], ensure_ascii=False))
            print("   F:", json.dumps(f, ensure_ascii=False))
        return
    if "--stats" in sys.argv:
        print(stats(doc, lost_sh))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "set75.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(stats(doc, lost_sh))


if __name__ == "__main__":
    main()
