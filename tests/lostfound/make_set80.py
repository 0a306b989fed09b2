#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set80.json: a blind labelled lost-and-found set.

World: 玉岫古城 (Yuxiu old town), an invented tourist town on a high plateau in the
south-west, with a lake (澄岚海) and a snow mountain (千鹤雪山), during the summer holidays.
The desk is the 阳光坐席 of the (invented) 玉岫古城派出所.

Every record is drawn from a hidden truth record of one object; the lost report and the
found registration are then written separately, each in its own voice and knowing only what
that person would know.  Standard library only, one random.Random(SEED).

Usage: python3 tests/lostfound/make_set80.py [output_path]
With S80_SIDE=/some/file.json it also writes, for review only, which lost report each negative was
aimed at and what tells them apart, and the look-alikes; set80.json is the same either way.
"""
import json
import math
import os
import random
import sys

SEED = 8080
PART = "set80"
PFX = "S80"
MADE_BY = "tests/lostfound/make_set80.py"
N_PAIRS = 150
N_NULL = 90
MAXMIN = 172800

R = random.Random(SEED)


# ----------------------------------------------------------------------------- utilities
def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def pick(seq, k):
    seq = list(seq)
    k = max(0, min(k, len(seq)))
    return R.sample(seq, k)


def dig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def make_imei():
    body = "86" + dig(12)
    return body + luhn_digit(body)


GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, GB_W)) % 11]


def make_id(prov, year, gender, month=None, day=None, region=None, seq=None):
    region = region or (prov + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)))
    month = month or R.randint(1, 12)
    day = day or R.randint(1, 28)
    if seq is None:
        seq = R.randrange(0, 500) * 2 + (1 if gender == "m" else 0)
        if seq == 0:
            seq = 2
    s17 = "%s%04d%02d%02d%03d" % (region, year, month, day, seq)
    return s17 + gb_check(s17)


CN_NUM = "零一二三四五六七八九十"


def cn_small(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


# ----------------------------------------------------------------------------- time
# The moment of registration is the same for every record (the set is registered in one
# go); in the invented calendar it is 8月18日 20:30.  All times are minutes before it.
NOW_CLOCK = 20 * 60 + 30
NOW_MONTH, NOW_DAY = 8, 18


def abs_of(m):
    t = NOW_CLOCK - m
    d = t // 1440
    return d, t - d * 1440


def date_of(d):
    day, month = NOW_DAY + d, NOW_MONTH
    while day < 1:
        month -= 1
        day += {7: 31, 6: 30, 5: 31, 4: 30}[month]
    return month, day


def part_zh(mod):
    h = mod // 60
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
    if h < 20:
        return "傍晚"
    return "晚上"


def part_en(mod):
    h = mod // 60
    if h < 5:
        return "in the small hours"
    if h < 12:
        return "in the morning"
    if h < 18:
        return "in the afternoon"
    return "in the evening"


def clock_zh(mod, style=None, with_part=True):
    h, mi = divmod(mod, 60)
    style = style or ch(["part", "part", "digit", "cn"])
    if style == "digit":
        return "%d:%02d" % (h, mi)
    h12 = h % 12 or 12
    if h == 0:
        h12 = 0
    pre = part_zh(mod) if with_part else ""
    if style == "cn":
        hs = "两" if h12 == 2 else ("零" if h12 == 0 else cn_small(h12))
        if mi == 30:
            return pre + hs + "点半"
        if mi >= 15:
            return pre + hs + "点多"
        return pre + hs + "点"
    if mi == 0:
        return pre + "%d点" % h12
    if mi == 30:
        return pre + "%d点半" % h12
    if mi < 8 or mi > 52:
        return pre + "%d点左右" % (h12 if mi < 8 else (h12 % 12) + 1)
    return pre + "%d点%d" % (h12, mi)


def clock_en(mod):
    h, mi = divmod(mod, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    if mi == 0:
        return "%d%s" % (h12, ap)
    return "%d:%02d%s" % (h12, mi, ap)


DAYSTYLE = [None]


def day_zh(d):
    if d == 0:
        return "今天"
    if d == -1:
        return "昨天"
    if d == -2:
        return "前天"
    mo, da = date_of(d)
    rel = DAYSTYLE[0] if DAYSTYLE[0] is not None else p(0.35)
    if d >= -6 and rel:
        return "%d天前" % (-d)
    return "%d月%d%s" % (mo, da, ch(["日", "号", "号"]))


def day_en(d):
    if d == 0:
        return "today"
    if d == -1:
        return "yesterday"
    mo, da = date_of(d)
    return ch(["on %d %s" % (da, {7: "July", 8: "Aug", 6: "June"}[mo]),
               "on %s %d" % ({7: "July", 8: "August", 6: "June"}[mo], da)])


def day_py(d):
    if d == 0:
        return "jintian"
    if d == -1:
        return "zuotian"
    if d == -2:
        return "qiantian"
    return "%d tian qian" % (-d)


def window_zh(lf, lt):
    DAYSTYLE[0] = p(0.35)
    try:
        return _window_zh(lf, lt)
    finally:
        DAYSTYLE[0] = None


def _window_zh(lf, lt):
    d1, c1 = abs_of(lf)
    d2, c2 = abs_of(lt)
    w = lf - lt
    D1 = day_zh(d1)
    if d1 == d2:
        same_part = part_zh(c1) == part_zh(c2)
        if w <= 40:
            return D1 + clock_zh(c1) + ch(["左右", "前后", ""])
        if w <= 180:
            return ch([D1 + clock_zh(c1) + "到" + clock_zh(c2, with_part=not same_part) + "之间",
                       D1 + clock_zh(c1) + "到" + clock_zh(c2) + "之间",
                       D1 + clock_zh(c1, "digit") + "-" + clock_zh(c2, "digit")])
        if w <= 420:
            if same_part:
                return D1 + part_zh(c1)
            return ch([D1 + part_zh(c1) + "到" + part_zh(c2), D1 + clock_zh(c1) + "到" + clock_zh(c2) + "之间"])
        return ch([D1 + "白天", D1 + "一整天", D1 + "从早到晚"])
    D2 = day_zh(d2)
    if d2 - d1 == 1 and w <= 900:
        return ch([D1 + part_zh(c1) + "到" + D2 + part_zh(c2), D1 + "晚上到" + D2 + "早上之间"]) \
            if part_zh(c1) in ("晚上", "傍晚") else D1 + part_zh(c1) + "到" + D2 + part_zh(c2)
    return ch([D1 + "到" + D2 + "之间", "从" + D1 + "到" + D2, D1 + "到" + D2 + "这几天"])


def window_en(lf, lt):
    d1, c1 = abs_of(lf)
    d2, c2 = abs_of(lt)
    if d1 == d2:
        if lf - lt <= 240:
            return "%s between %s and %s" % (day_en(d1), clock_en(c1), clock_en(c2))
        return "%s %s" % (day_en(d1), part_en(c1))
    return "sometime between %s and %s" % (day_en(d1).replace("on ", ""), day_en(d2).replace("on ", ""))


def window_py(lf, lt):
    d1, c1 = abs_of(lf)
    pz = {"凌晨": "lingchen", "早上": "zaoshang", "上午": "shangwu", "中午": "zhongwu",
          "下午": "xiawu", "傍晚": "bangwan", "晚上": "wanshang"}[part_zh(c1)]
    return day_py(d1) + " " + pz


def when_zh(m):
    d, c = abs_of(m)
    return day_zh(d) + clock_zh(c)


def when_en(m):
    d, c = abs_of(m)
    return "%s around %s" % (day_en(d), clock_en(c))


# ----------------------------------------------------------------------------- world
CENTER = (26.41213, 99.94682)   # invented town centre, WGS84, inside China


def xy_ll(dx, dy):
    lat = CENTER[0] + dy / 111320.0
    lon = CENTER[1] + dx / (111320.0 * math.cos(math.radians(CENTER[0])))
    return lat, lon


BARS = ["黑胶时光酒吧", "雪山下LiveHouse", "慢摇小酒馆", "月亮湾清吧", "火塘民谣吧", "Tuesday酒吧"]
SHOPS_SILVER = ["雪岭银坊", "阿嬷银铺", "岫银堂", "王记银器"]
SHOPS_OTHER = ["云岫扎染坊", "彩云披肩店", "山野咖啡", "老陈米线", "牦牛骨梳店"]
INN_ROOMS = ["101", "102", "103", "201", "202", "203", "205", "206", "208", "301", "302", "305", "雪山房", "竹韵间"]

PLACES = {}


def place(pid, zh, en, py, kind, zone, xy, spots):
    PLACES[pid] = dict(id=pid, zh=zh, en=en, py=py, kind=kind, zone=zone,
                       xy=xy, spots=spots)


place("sihe", ["四合广场", "古城四合广场", "四合广场上"], "Sihe Square", "sihe guangchang", "square", "old", (0, 0),
      ["东侧石凳上", "大青石台阶上", "广场中间跳舞的地方", "公厕门口", "老槐树下的长椅上"])
place("barst", ["流水巷酒吧街", "酒吧街", "流水巷"], "Bar Street (Liushui Lane)", "jiuba jie", "bar", "old", (250, -180),
      ["{bar}门口", "{bar}卡座沙发缝里", "{bar}吧台下面", "{bar}洗手间洗手台上", "巷子中间石桥栏杆上"])
place("silver", ["银匠巷", "银匠巷银器街", "打银器的那条巷子"], "Silversmith Lane", "yinjiang xiang", "shop", "old", (-220, 120),
      ["{shop}柜台上", "{shop}门口台阶上", "巷口摆摊的地方", "巷子里的石凳上"])
place("wheel", ["北门大水车", "大水车", "古城口大水车"], "the big water wheel at the north gate", "da shuiche", "square", "old",
      (80, 720), ["水车旁边的栏杆上", "水车前拍照的平台", "水渠边", "游客服务中心门口"])
place("wufu", ["五福桥", "五福桥边"], "Wufu Bridge", "wufu qiao", "street", "old", (140, 260),
      ["桥头", "桥下水渠边", "桥上的石栏杆上"])
place("qixing", ["七星街", "七星街口"], "Qixing Street", "qixing jie", "street", "old", (-380, -260),
      ["街口垃圾桶旁", "路边花台上", "一家奶茶店门口", "公交站牌下"])
place("huotang", ["火塘小吃街", "小吃街", "火塘街"], "the snack street (Huotang St)", "xiaochi jie", "food", "old", (330, 90),
      ["烤乳扇摊子旁边", "老陈米线店的桌子上", "公共座椅上", "小吃街尽头台阶"])
place("tusi", ["岫府", "土司府", "岫府景区"], "Xiu Mansion", "xiu fu", "scenic", "old", (-160, -520),
      ["检票口", "二进院长廊", "出口纪念品店", "后花园石凳"])
place("wangxue", ["望雪楼", "狮子坡望雪楼", "望雪楼观景台"], "Wangxue Tower viewpoint", "wangxue lou", "scenic", "old",
      (-600, -150), ["观景台栏杆边", "上山的石阶上", "楼下茶室", "售票处"])
place("market", ["东关菜市场", "东关市场"], "Dongguan market", "dongguan shichang", "shop", "old", (650, 300),
      ["水果摊旁边", "菌子摊位", "市场门口", "二楼小吃档"])
place("studio", ["彩云民族服饰摄影", "民族服装租衣拍照店", "租民族服装拍照的店"], "the ethnic-costume photo studio",
      "minzu fushi sheying", "shop", "old", (30, 180), ["更衣室", "化妆台上", "门口长凳"])
place("cafe", ["山野咖啡", "山野咖啡馆"], "Shanye Cafe", "shanye kafei", "food", "old", (-260, 30),
      ["靠窗的座位", "二楼露台", "洗手间"])
place("tingxi", ["听溪客栈"], "Tingxi Guesthouse", "tingxi kezhan", "inn", "old", (-120, 380), [])
place("banshan", ["半山云客栈"], "Banshanyun Guesthouse", "banshanyun kezhan", "inn", "old", (-520, -380), [])
place("mulou", ["木楼小院客栈", "木楼小院"], "Mulou Courtyard Inn", "mulou xiaoyuan kezhan", "inn", "old", (420, -420), [])
place("yuejian", ["月见客栈"], "Yuejian Guesthouse", "yuejian kezhan", "inn", "old", (200, 520), [])
place("sanyan", ["三眼井客栈"], "Sanyanjing Guesthouse", "sanyanjing kezhan", "inn", "old", (-330, 260), [])
place("hostel", ["玉岫国际青年旅舍", "国际青旅", "玉岫青旅"], "Yuxiu International Youth Hostel", "qinglv", "inn", "old",
      (560, -120), [])
place("qingke", ["青稞客栈", "青稞·栈"], "Qingke Inn", "qingke kezhan", "inn", "old", (-70, -700), [])
place("rentn", ["北门租车行", "北门电动车租赁"], "the North Gate e-bike rental", "beimen zuche", "rental", "old", (150, 800),
      ["店门口", "还车的停车区"])
place("rents", ["南门电动车租赁点", "南门租车点"], "the South Gate e-bike rental", "nanmen zuche", "rental", "old",
      (-40, -1050), ["店门口", "还车区"])
place("nanmen", ["南门客运站", "古城南门车站", "南门机场大巴站"], "South Gate bus station", "nanmen keyunzhan",
      "transport", "old", (90, -1150), ["候车厅座椅上", "售票窗口", "大巴停车场", "站前广场"])
place("eastpark", ["东门停车场", "古城东门停车场"], "East Gate car park", "dongmen tingchechang", "transport", "old",
      (900, 50), ["收费亭旁", "停车场出口", "B区车位边"])
place("police", ["古城派出所", "玉岫古城派出所"], "the old town police station", "paichusuo", "police", "old",
      (60, -320), ["门口"])
place("newtown", ["福慧路商业街", "新城福慧路"], "Fuhui Road in the new town", "fuhui lu", "street", "new",
      (1600, -2400), ["超市门口", "公交站", "路边花坛"])
place("lakedock", ["澄岚海游船码头", "澄岚海码头", "海边码头"], "the Chenglan Lake boat pier", "chenglanhai matou",
      "lake", "lake", (6200, -7100), ["游船上", "码头候船区", "售票亭旁"])
place("lakewalk", ["澄岚海湿地栈道", "湿地公园栈道"], "the Chenglan Lake wetland boardwalk", "shidi zhandao", "lake",
      "lake", (5600, -8000), ["栈道中段的观鸟亭", "栈道边草丛里", "入口"])
place("lakeroad", ["环海路观景台", "环海路", "海东观景台"], "the lakeside road viewpoint", "huanhai lu", "lake", "lake",
      (7400, -5200), ["观景台护栏边", "路边拍照点", "秋千旁边"])
place("horse", ["落雁坪马场", "落雁坪骑马场", "马场"], "the Luoyanping horse-riding ground", "luoyanping machang",
      "scenic", "horse", (-4800, 5400), ["上马点", "马道边的草地上", "休息棚"])
place("cangsong", ["苍松村壁画街", "苍松村"], "Cangsong village mural street", "cangsong cun", "village", "horse",
      (-2500, 7600), ["壁画墙下", "村口小卖部", "村里的石板路上"])
place("cablelow", ["千鹤雪山索道下站", "雪山索道售票厅", "索道下站"], "the Qianhe Snow Mountain cable car (lower station)",
      "suodao xiazhan", "scenic", "snow", (-9800, 19500), ["排队的栏杆边", "安检口", "租氧气瓶的地方", "游客中心失物处"])
place("cabletop", ["冰碛台", "索道上站冰碛台", "雪山上站观景栈道"], "Bingqi Terrace (top station)", "bingqi tai",
      "scenic", "snow", (-11200, 20400), ["观景栈道上", "吸氧室", "上站出口"])
place("lanwan", ["蓝湾谷", "蓝湾谷景区"], "Lanwan Valley", "lanwan gu", "scenic", "snow", (-8600, 17900),
      ["瀑布边", "观光车站台", "湖边石头上"])
place("airport", ["玉岫机场", "玉岫机场到达厅", "机场出发层"], "Yuxiu Airport", "yuxiu jichang", "transport", "airport",
      (16000, -21000), ["大巴售票处", "行李转盘旁", "安检口", "出租车上客区"])
place("train", ["玉岫火车站", "火车站"], "Yuxiu railway station", "huochezhan", "transport", "train", (3500, -9500),
      ["出站口", "候车室", "站前广场"])
# vehicles: where the owner thinks it went; the finder hands it in somewhere real
place("bus", ["机场大巴上", "古城到机场的大巴上", "机场巴士上"], "the airport shuttle bus", "jichang daba", "vehicle",
      "bus", None, [])
place("taxi", ["出租车上", "的士上", "网约车上"], "a taxi", "chuzuche", "vehicle", "taxi", None, [])

PLACE_IDS = sorted(PLACES)
OLD_IDS = [k for k in PLACE_IDS if PLACES[k]["zone"] == "old" and PLACES[k]["kind"] not in ("police",)]
INN_IDS = [k for k in PLACE_IDS if PLACES[k]["kind"] == "inn"]
INN_TAG = {"banshan": ("bell", "牦牛骨牌"), "hostel": ("acrylic", "亚克力牌"), "mulou": ("brass", "铜牌"),
           "qingke": ("wood", "木牌"), "sanyan": ("wood", "木牌"), "tingxi": ("brass", "铜牌"),
           "yuejian": ("bell", "牦牛骨牌")}


def dist_m(a, b):
    if a is None or b is None:
        return None
    (x1, y1), (x2, y2) = a, b
    return math.hypot(x1 - x2, y1 - y2)


def jitter(xy, lo, hi):
    ang = R.random() * 2 * math.pi
    r = lo + R.random() * (hi - lo)
    return (xy[0] + r * math.cos(ang), xy[1] + r * math.sin(ang))


def near_place(pid):
    """A different place near pid (same zone), for the far side of a true pair."""
    pl = PLACES[pid]
    if pl["zone"] == "bus":
        return ch(["airport", "nanmen", "nanmen"])
    if pl["zone"] == "taxi":
        return "police"
    if pid == "cabletop":
        return ch(["cablelow", "cablelow", "cabletop"])
    cands = [k for k in PLACE_IDS if PLACES[k]["zone"] == pl["zone"] and k != pid
             and PLACES[k]["kind"] not in ("vehicle", "police")
             and dist_m(PLACES[k]["xy"], pl["xy"]) < 1300]
    if not cands:
        return pid
    return ch(cands)


def far_place(pid):
    zone = PLACES[pid]["zone"]
    cands = [k for k in PLACE_IDS if PLACES[k]["zone"] not in (zone, "bus", "taxi") and PLACES[k]["xy"] is not None
             and PLACES[k]["kind"] != "police"]
    if zone in ("old", "new", "bus", "taxi"):
        cands = [k for k in cands if PLACES[k]["zone"] not in ("old", "new")]
    return ch(cands)


def spot_zh(pid, room=None):
    pl = PLACES[pid]
    if pl["kind"] == "inn":
        rm = room or ch(INN_ROOMS)
        s = ch(["%s房间床头柜上" % rm, "%s房间床底下" % rm, "前台沙发上", "院子里的茶桌上", "公共厨房", "楼梯转角",
                "%s房间卫生间" % rm])
    elif pl["spots"]:
        s = ch(pl["spots"])
    else:
        s = "附近"
    return s.replace("{bar}", ch(BARS)).replace("{shop}", ch(SHOPS_SILVER if pid == "silver" else SHOPS_OTHER))


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟"
            "姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文")
GM = list("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林晨阳博文轩昊然睿泽瑞航宏志建国庆春海峰松")
GF = list("芳娜敏静丽艳娟霞燕玲婷雪慧莹颖琳晶洁蓉倩琪萍红梅兰月悦欣妍涵雅诗瑶婧怡佳璐璇秀桂英")

PROVS = [("11", "北京", "jing", 5), ("12", "天津", "jing", 2), ("13", "河北", "jing", 3), ("21", "辽宁", "ne", 3),
         ("22", "吉林", "ne", 2), ("23", "黑龙江", "ne", 3), ("31", "上海", "hu", 5), ("32", "江苏", "hu", 4),
         ("33", "浙江", "hu", 4), ("34", "安徽", "std", 2), ("35", "福建", "min", 3), ("36", "江西", "std", 2),
         ("37", "山东", "lu", 4), ("41", "河南", "lu", 4), ("42", "湖北", "xiang", 3), ("43", "湖南", "xiang", 3),
         ("44", "广东", "yue", 6), ("45", "广西", "yue", 2), ("50", "重庆", "sc", 4), ("51", "四川", "sc", 6),
         ("52", "贵州", "sc", 2), ("61", "陕西", "std", 3), ("62", "甘肃", "std", 1), ("14", "山西", "std", 2),
         ("46", "海南", "yue", 1)]
LOCAL_PROV = ("53", "云南", "local", 0)

FOREIGN = [("Germany", "德国", "DE"), ("France", "法国", "FR"), ("Netherlands", "荷兰", "NL"),
           ("United Kingdom", "英国", "UK"), ("Israel", "以色列", "IL"), ("South Korea", "韩国", "KR"),
           ("Japan", "日本", "JP"), ("Australia", "澳大利亚", "AU"), ("Italy", "意大利", "IT"), ("Spain", "西班牙", "ES"),
           ("Canada", "加拿大", "CA"), ("Poland", "波兰", "PL")]
FN_M = ["Lukas", "Jonas", "Felix", "Tomas", "Pieter", "Oscar", "Ethan", "Daniel", "Matteo", "Noam", "Kenji", "Jiho",
        "Hugo", "Liam", "Marek", "Pablo"]
FN_F = ["Mila", "Noa", "Emma", "Sophie", "Chloe", "Ingrid", "Maelle", "Hannah", "Lea", "Yuki", "Minji", "Giulia",
        "Ana", "Zofia", "Freya", "Clara"]
LN = ["Brenner", "Vogt", "Hartmann", "Fournier", "Lambert", "de Wit", "Jansen", "Kowalczyk", "Novak", "Lindqvist",
      "Moreau", "Whitfield", "Ashby", "Tanabe", "Sakai", "Han", "Seo", "Ferraro", "Marchetti", "Navarro", "Levin",
      "Adler", "Okafor", "McAllister", "Bauer", "Kessler"]

AGENCIES = [("金穗旅行社", "JS"), ("彩虹假期", "CH"), ("山海国旅", "SH"), ("大鹏旅游", "DP"), ("云端旅行", "YD")]
SCHOOLS = ["江州师范学院", "北湖理工大学", "南屿医科大学", "西秦财经学院", "临川工业职业技术学院", "东陵大学", "青澜外国语学院"]


def cn_name(g):
    s = ch(SURN)
    pool = GM if g == "m" else GF
    if p(0.25):
        return s + ch(pool)
    return s + ch(pool) + ch(pool + GM + GF)


def passport_no(cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "DE":
        return "C" + "".join(ch(L + "0123456789") for _ in range(8))
    if cc == "FR":
        return dig(2) + ch(L) + ch(L) + dig(5)
    if cc == "NL":
        return ch(L) + ch(L) + "".join(ch(L + "0123456789") for _ in range(6)) + dig(1)
    if cc in ("UK", "IL"):
        return dig(9) if cc == "UK" else dig(8)
    if cc == "KR":
        return "M" + dig(8)
    if cc == "JP":
        return ch(L) + ch(L) + dig(7)
    if cc in ("AU", "CA"):
        return ch(L) + ch(L) + dig(6) if cc == "CA" else ch(L) + dig(7)
    if cc == "IT":
        return ch(L) + ch(L) + dig(7)
    if cc == "PL":
        return ch(L) + ch(L) + dig(7)
    return ch(L) + ch(L) + ch(L) + dig(6)


def make_person(kind="dom", age=None, voice=None):
    per = {"kind": kind}
    per["g"] = ch(["m", "f"])
    if kind == "for":
        c = ch(FOREIGN)
        per["country"] = c
        per["first"] = ch(FN_M if per["g"] == "m" else FN_F)
        per["last"] = ch(LN)
        per["name"] = per["first"] + " " + per["last"]
        per["age"] = age or R.randint(20, 38)
        per["voice"] = "en"
        per["style"] = wch([("normal", 6), ("detail", 3), ("hurry", 2)])
        per["passport"] = passport_no(c[2])
        return per
    prov = LOCAL_PROV if kind == "local" else wch([(x, x[3]) for x in PROVS])
    per["prov"] = prov
    per["name"] = cn_name(per["g"])
    per["age"] = age or wch([(R.randint(19, 30), 4), (R.randint(30, 45), 4), (R.randint(45, 60), 2),
                              (R.randint(62, 80), 2)])
    per["idn"] = make_id(prov[0], 2025 - per["age"] - R.randint(0, 1), per["g"])
    per["voice"] = voice or prov[2]
    per["style"] = wch([("normal", 6), ("detail", 3), ("hurry", 3)])
    per["proxy"] = None
    if per["age"] >= 62 and kind == "dom" and p(0.65):
        per["proxy"] = ch(["我爸", "我妈", "我外婆", "我外公", "我奶奶", "我爷爷", "我岳母", "我婆婆"])
        if per["proxy"] in ("我爸", "我外公", "我爷爷"):
            per["g"] = "m"
        else:
            per["g"] = "f"
        per["idn"] = make_id(prov[0], 2025 - per["age"], per["g"])
    per["group"] = None
    if kind == "dom" and (per["age"] >= 55 or p(0.12)):
        ag = ch(AGENCIES)
        per["group"] = (ag[0], "%s%02d%02d团" % (ag[1], R.randint(7, 8), R.randint(1, 28)), ch(SURN))
    return per


# ----------------------------------------------------------------------------- vocabulary
COLORS = {
    "black": (["黑色", "黑色", "黑", "深色", "哑光黑", "纯黑", "亮黑色"], ["black", "matte black"], "heise"),
    "white": (["白色", "白色", "白", "米白色", "奶白色", "珍珠白"], ["white", "off-white"], "baise"),
    "silver": (["银色", "银色", "银白色", "亮银色"], ["silver"], "yinse"),
    "grey": (["灰色", "灰色", "深空灰", "深灰色", "铁灰色", "浅灰"], ["grey", "gray", "space grey"], "huise"),
    "red": (["红色", "红色", "大红色", "酒红色", "枣红色"], ["red", "dark red"], "hongse"),
    "blue": (["蓝色", "蓝色", "深蓝色", "藏青色", "宝蓝色", "天蓝色", "雾霾蓝"], ["blue", "navy", "light blue"], "lanse"),
    "green": (["绿色", "绿色", "墨绿色", "军绿色", "薄荷绿", "橄榄绿"], ["green", "olive", "dark green"], "lvse"),
    "pink": (["粉色", "粉色", "粉红色", "樱花粉", "浅粉色", "藕粉色"], ["pink"], "fense"),
    "purple": (["紫色", "紫色", "浅紫色", "薰衣草紫", "香芋紫"], ["purple", "lilac"], "zise"),
    "gold": (["金色", "金色", "香槟金", "土豪金"], ["gold", "champagne"], "jinse"),
    "yellow": (["黄色", "黄色", "明黄色", "姜黄色", "鹅黄色"], ["yellow", "mustard"], "huangse"),
    "brown": (["棕色", "棕色", "咖啡色", "驼色", "卡其色", "深棕色"], ["brown", "tan", "khaki"], "zongse"),
    "orange": (["橙色", "橘色", "橘黄色"], ["orange"], "chengse"),
    "multi": (["彩色", "花色", "五颜六色", "花花绿绿"], ["colourful", "multicoloured"], "huase"),
}
COLOR_KEYS = sorted(COLORS)
# what a finder may honestly see instead (light, wear, dusk)
CONFUSE = {"black": ["grey", "blue"], "grey": ["black", "silver"], "silver": ["white", "grey"], "white": ["silver"],
           "blue": ["black", "purple"], "gold": ["pink", "yellow"], "pink": ["gold", "purple"],
           "purple": ["blue", "pink"], "brown": ["yellow", "black"], "green": ["grey"], "red": ["pink", "orange"],
           "yellow": ["orange", "gold"], "orange": ["red", "yellow"], "multi": []}


def c_zh(c, plain=False):
    return COLORS[c][0][0] if plain else ch(COLORS[c][0])


def c_en(c):
    return ch(COLORS[c][1])


BRANDS = {
    "huawei": (["华为"], ["HUAWEI", "Huawei"], "huawei", ["华伟", "花为"]),
    "apple": (["苹果"], ["Apple", "iPhone"], "pingguo", ["平果", "苹菓"]),
    "xiaomi": (["小米"], ["Xiaomi", "MI"], "xiaomi", ["小咪"]),
    "oppo": (["OPPO", "欧珀"], ["OPPO", "oppo"], "oppo", ["0PPO", "opp0"]),
    "vivo": (["vivo", "维沃"], ["vivo", "VIVO"], "vivo", ["viv0", "维握"]),
    "honor": (["荣耀"], ["HONOR", "Honor"], "rongyao", ["容耀", "荣躍"]),
    "samsung": (["三星"], ["Samsung", "SAMSUNG"], "sanxing", ["三猩", "samsang"]),
    "canon": (["佳能"], ["Canon"], "jianeng", ["Cannon", "佳龙"]),
    "sony": (["索尼"], ["Sony", "SONY"], "suoni", ["索妮", "sonny"]),
    "fuji": (["富士"], ["Fujifilm", "FUJIFILM", "Fuji"], "fushi", ["富仕", "fujiflim"]),
    "nikon": (["尼康"], ["Nikon"], "nikang", ["尼抗", "nickon"]),
    "dji": (["大疆"], ["DJI"], "dajiang", ["大江", "dij"]),
    "insta": (["影石"], ["Insta360"], "yingshi", ["insta 360", "影时"]),
    "gopro": (["GoPro"], ["GoPro"], "gopro", ["狗pro", "go pro"]),
    "anker": (["安克"], ["Anker"], "anke", ["安可", "anchor"]),
    "romoss": (["罗马仕"], ["ROMOSS"], "luomashi", ["罗马士", "romass"]),
    "coach": (["蔻驰"], ["COACH", "Coach"], "kouchi", ["寇驰", "扣驰"]),
    "septwolves": (["七匹狼"], ["SEPTWOLVES"], "qipilang", ["七皮狼"]),
    "goldlion": (["金利来"], ["Goldlion"], "jinlilai", ["金利莱"]),
    "ck": (["小CK"], ["CHARLES & KEITH", "Charles&Keith"], "xiao ck", ["小ck", "charles keith"]),
    "muji": (["无印良品"], ["MUJI"], "wuyinliangpin", ["无印"]),
    "tnf": (["北面"], ["The North Face", "TNF"], "beimian", ["北脸", "north face"]),
    "arcteryx": (["始祖鸟"], ["Arc'teryx", "ARCTERYX"], "shizuniao", ["始祖鸟", "arcteryx"]),
    "decathlon": (["迪卡侬"], ["Decathlon"], "dikanong", ["迪卡龙"]),
    "samsonite": (["新秀丽"], ["Samsonite"], "xinxiuli", ["新秀莉"]),
    "camel": (["骆驼"], ["CAMEL"], "luotuo", ["骆驼牌"]),
    "yadea": (["雅迪"], ["Yadea", "YADEA"], "yadi", ["亚迪"]),
    "aima": (["爱玛"], ["AIMA"], "aima", ["艾玛"]),
    "niu": (["小牛"], ["NIU"], "xiaoniu", ["小妞"]),
    "tailg": (["台铃"], ["TAILG"], "tailing", ["台玲"]),
    "giant": (["捷安特"], ["Giant", "GIANT"], "jieante", ["捷安达"]),
    "merida": (["美利达"], ["Merida", "MERIDA"], "meilida", ["美力达"]),
    "xds": (["喜德盛"], ["XDS"], "xidesheng", ["喜得胜"]),
    "rayban": (["雷朋"], ["Ray-Ban", "RayBan"], "leipeng", ["雷鹏", "rayben"]),
    "bolon": (["暴龙"], ["BOLON"], "baolong", ["爆龙"]),
    "vw": (["大众"], ["Volkswagen", "VW"], "dazhong", ["大众牌"]),
    "toyota": (["丰田"], ["Toyota"], "fengtian", ["丰天"]),
    "byd": (["比亚迪"], ["BYD"], "biyadi", ["比亚笛"]),
    "kindle": (["Kindle", "亚马逊"], ["Kindle", "Amazon"], "kindle", ["kindel", "kindl"]),
    "xueling": (["雪岭银坊"], ["Xueling Silver"], "xueling yinfang", ["雪玲银坊"]),
    "amo": (["阿嬷银铺"], ["Amo Silver"], "amo yinpu", ["阿么银铺"]),
    "xiuyin": (["岫银堂"], ["Xiuyin Tang"], "xiuyintang", ["秀银堂"]),
    "wangji": (["王记银器"], ["Wang's Silver"], "wangji yinqi", ["王纪银器"]),
    "fuman": (["福满金行"], ["Fuman Gold"], "fuman jinhang", ["福满金店"]),
}


LOCAL_BRANDS = ("xueling", "amo", "xiuyin", "wangji", "fuman")


def brand_var(b, side, style="normal", cat=None):
    zh, en, py, typo = BRANDS[b]
    if b == "apple" and cat not in (None, "phone"):
        en = ["Apple"]
    if b in LOCAL_BRANDS and side != "en":
        en = zh
    if style == "hurry" and typo and p(0.3):
        return ch(typo)
    if side == "own":
        return wch([(ch(zh), 55), (ch(en), 35), (ch(typo) if typo else ch(zh), 6), (py, 4)])
    return wch([(ch(zh), 45), (ch(en), 50), (ch(typo) if typo else ch(en), 5)])


MODELS = {
    "huawei": ["Mate Q60", "Mate Q60 Pro", "nova Z12", "nova Z12 SE", "Pura V8"],
    "apple": ["iPhone 23", "iPhone 23 Pro", "iPhone 23 Pro Max", "iPhone 22 Plus"],
    "xiaomi": ["Mi 31", "Mi 31 Ultra", "Redmi K99", "Civi X7"],
    "oppo": ["Reno 19", "Reno 19 Pro", "Find Y9"],
    "vivo": ["X330", "S27", "X Fold Q"],
    "honor": ["Magic Q8", "X70 Max", "Play 9Z"],
    "samsung": ["Galaxy S39", "Galaxy Z Flip 11", "Galaxy A96"],
}
PHONE_COLORS = {
    "huawei": ["black", "white", "green", "purple", "silver"], "apple": ["black", "white", "blue", "purple", "gold", "pink"],
    "xiaomi": ["black", "white", "blue", "green"], "oppo": ["black", "gold", "blue", "purple"],
    "vivo": ["black", "blue", "white", "orange"], "honor": ["black", "green", "silver"],
    "samsung": ["black", "grey", "purple", "white"]}
PHONE_BRANDS = [("huawei", 6), ("apple", 9), ("xiaomi", 3), ("oppo", 3), ("vivo", 3), ("honor", 2), ("samsung", 1)]


def jn(*ws):
    out = ""
    for w in ws:
        if not w:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and w[0].isascii() and w[0].isalnum():
            out += " "
        out += w
    return out


def brand_en(b, cat=None):
    en = BRANDS[b][1]
    if b == "apple" and cat != "phone":
        en = ["Apple"]
    return ch(en)


def dedupe_words(brw, mdw):
    if brw and mdw and brw.lower() in mdw.lower():
        brw = ""
    return brw, mdw


def model_var(m):
    return wch([(m, 6), (m.lower(), 1), (m.replace(" ", ""), 2), (m.split(" ", 1)[-1], 1)])


# ----------------------------------------------------------------------------- features
def VF(k, options, who="both"):
    v, zh, en = ch(options)
    return F(k, v, zh, [en], who)


def F(k, v, zh, en, who="both"):
    return {"k": k, "v": v, "zh": zh if isinstance(zh, list) else [zh], "en": en if isinstance(en, list) else [en],
            "who": who}


TICKETS = [("千鹤雪山索道的票根", "a cable-car ticket stub"), ("澄岚海游船票", "a lake boat ticket"),
           ("一张小孩的一寸照", "a passport photo of a kid"), ("一张20块钱", "a 20-yuan note"),
           ("一张演唱会门票", "a concert ticket"), ("一张公交卡", "a transit card")]
CARTOONS = [("小熊", "little bear"), ("黄色小鸭子", "yellow duck"), ("恐龙", "dinosaur"), ("兔子", "bunny"),
            ("柴犬", "shiba dog"), ("宇航员", "astronaut"), ("橘猫", "ginger cat"), ("草莓", "strawberry")]
WALLPAPERS = [("孩子的照片", "a photo of a kid"), ("一只橘猫", "a ginger cat"), ("雪山", "a snow mountain"),
              ("两个人的合照", "a couple selfie"), ("卡通人物", "a cartoon"), ("海边日落", "a sunset at the sea"),
              ("一只金毛", "a golden retriever"), ("全家福", "a family photo"), ("默认壁纸", "the default wallpaper")]
CALLERS = ["老婆", "妈妈", "宝贝", "儿子", "王总", "老爸", "闺女", "媳妇"]


def f_phone_case():
    t = ch(["clear", "ticket", "cartoon", "cartoon", "flip", "sil", "dye", "strap", "ring", "bare"])
    if t == "clear":
        return F("case", "clear", ["透明手机壳", "透明壳", "透明软壳，有点发黄了"], ["a clear case"])
    if t == "ticket":
        zh, en = ch(TICKETS)
        return F("case", "ticket:" + zh, ["透明壳，壳里夹着" + zh, "透明手机壳，背面夹了" + zh],
                 ["a clear case with %s tucked inside" % en])
    if t == "cartoon":
        zh, en = ch(CARTOONS)
        return F("case", "cartoon:" + zh, [zh + "图案的手机壳", "壳上印着" + zh, zh + "手机壳"], ["a %s case" % en])
    if t == "flip":
        c = ch(["brown", "black", "red", "blue"])
        return F("case", "flip:" + c, [c_zh(c, True) + "皮质翻盖套", c_zh(c, True) + "翻盖皮套"],
                 ["a %s leather flip cover" % COLORS[c][1][0]])
    if t == "sil":
        c = ch(["black", "pink", "green", "blue", "white", "purple"])
        return F("case", "sil:" + c, [c_zh(c, True) + "硅胶壳", c_zh(c, True) + "软壳"],
                 ["a %s silicone case" % COLORS[c][1][0]])
    if t == "dye":
        return F("case", "dye", ["装在蓝白扎染布手机袋里", "套着一个扎染布手机套"], ["in a blue tie-dye cloth pouch"])
    if t == "strap":
        c = ch(["red", "black", "yellow", "multi"])
        return F("case", "strap:" + c, ["挂着%s斜挎手机绳" % c_zh(c, True), "有根%s的挂绳" % c_zh(c, True)],
                 ["a %s crossbody lanyard" % COLORS[c][1][0]])
    if t == "ring":
        return F("case", "ring", ["背面有个指环支架", "壳背后粘了指环扣"], ["a ring holder on the back"])
    return F("case", "bare", ["没有壳，裸机", "没带壳"], ["no case"])


def g_phone(per, force):
    b = force.get("brand") or wch(PHONE_BRANDS)
    m = force.get("model") or ch(MODELS[b])
    c = force.get("color") or ch(PHONE_COLORS[b])
    feats = [f_phone_case()]
    if p(0.35):
        feats.append(F("crack", "y", ["屏幕右下角碎了", "屏幕有一道裂纹", "钢化膜碎了一角"],
                       ["the screen is cracked in one corner"]))
    if p(0.55):
        zh, en = ch(WALLPAPERS)
        feats.append(F("wall", zh, ["锁屏是" + zh, "屏保是" + zh, "锁屏壁纸是" + zh], ["lock screen shows " + en]))
    tail = dig(4)
    feats.append(F("phoneno", tail, ["手机号尾号" + tail, "号码后四位" + tail], ["my number ends in " + tail], "own"))
    if p(0.5):
        feats.append(F("photos", "trip", ["里面有这次旅游拍的很多照片", "相册里全是这几天拍的照片"],
                       ["all my trip photos are on it"], "own"))
    st = ch(["dead", "calls", "missed", "silent"])
    cal = ch(CALLERS)
    feats.append(F("state", st, {"dead": ["交来时已经没电关机了"], "calls": ["一直有人打电话，来电显示“%s”" % cal],
                                 "missed": ["屏幕上有十几个未接来电"], "silent": ["调的静音，屏幕亮着"]}[st],
                   ["it was switched off"], "fnd"))
    return dict(cat="phone", sub="phone", clf="部", nz=["手机", "手机", "电话"], ne=["phone"], npy="shouji",
                brand=b, model=m, mown=0.8, mvis=0.2, color=c,
                serial={"kind": "imei", "val": make_imei(), "own": 0.35, "fnd": 0.12}, feats=feats, name=None)


LOOKS = [("短头发戴眼镜", "short hair, glasses"), ("长头发扎马尾", "ponytail"), ("寸头", "buzz cut"),
         ("戴黑框眼镜", "black-rimmed glasses"), ("圆脸短发", "round face, short hair"), ("长卷发", "long curly hair")]


def id_feats(per, sleeve=True):
    feats = []
    look = ("白头发", "grey hair") if per.get("age", 30) >= 60 else ch(LOOKS)
    feats.append(F("look", look[0], ["照片上是" + look[0] + "的", "照片：" + look[0]], ["photo: " + look[1]]))
    feats.append(F("home", per["prov"][1], ["住址是%s的" % per["prov"][1], "住址%s省" % per["prov"][1]
                                            if per["prov"][1] not in ("北京", "天津", "上海", "重庆") else "住址%s市" % per["prov"][1]],
                   ["address in " + per["prov"][1]]))
    return feats


def g_idcard(per, force):
    c = force.get("color") or (ch(["blue", "pink", "black", "green", "yellow", "white"]) if p(0.45) else None)
    feats = id_feats(per)
    if c:
        feats.append(F("sleeve", c, ["装在%s卡套里" % c_zh(c), "外面套着%s的卡套" % c_zh(c)], ["in a %s card sleeve" % c_en(c)]))
    if p(0.3):
        feats.append(F("extra", "bus", ["卡套里还夹着一张公交卡", "和一张公交卡夹在一起"], ["with a transit card"]))
    feats.append(F("valid", "v", ["有效期至20%d年" % R.randint(28, 44)], ["valid until 20xx"], "fnd"))
    return dict(cat="id_doc", sub="idcard", clf="张", nz=["身份证", "身份证", "二代身份证"], ne=["ID card"],
                npy="shenfenzheng", brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "id", "val": per["idn"], "own": 0.8, "fnd": 0.95}, feats=feats, name=per["name"])


def g_passport_for(per, force):
    c = force.get("color") or (ch(["black", "brown", "blue", "green", "red"]) if p(0.5) else None)
    cn = per["country"]
    feats = [F("nat", cn[0], ["%s护照" % cn[1], "%s的护照" % cn[1]], ["%s passport" % cn[0]])]
    if c:
        feats.append(F("cover", c, ["外面有%s护照套" % c_zh(c), "套着%s皮套" % c_zh(c)], ["in a %s passport cover" % c_en(c)]))
    inside = ch([("visa", "里面有中国签证", "Chinese visa inside"), ("card", "夹着一张入境卡", "an arrival card tucked in"),
                 ("bp", "夹着登机牌存根", "a boarding pass stub inside"), ("eur", "夹着几张欧元", "a few euro notes inside")])
    feats.append(F("inside", inside[0], [inside[1]], [inside[2]]))
    return dict(cat="id_doc", sub="passport", clf="本", nz=["护照"], ne=["passport"], npy="huzhao", brand=None,
                model=None, mown=0, mvis=0, color=c,
                serial={"kind": "passport", "val": per["passport"], "own": 0.7, "fnd": 0.9}, feats=feats,
                name=per["last"].upper() + " " + per["first"].upper())


def g_passport_cn(per, force):
    c = force.get("color") or (ch(["black", "brown", "pink"]) if p(0.5) else None)
    no = "E" + dig(8) if p(0.6) else "E" + ch("ABCDEFGHJK") + dig(7)
    feats = id_feats(per)[:1]
    if c:
        feats.append(F("cover", c, ["套着%s护照夹" % c_zh(c), "%s护照套" % c_zh(c)], ["%s passport holder" % c_en(c)]))
    feats.append(F("inside", "ticket", ["护照夹里有机票行程单", "夹着一张行程单"], ["itinerary inside"]))
    return dict(cat="id_doc", sub="passport", clf="本", nz=["护照", "护照本"], ne=["passport"], npy="huzhao",
                brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "passport", "val": no, "own": 0.5, "fnd": 0.9}, feats=feats, name=per["name"])


def g_student(per, force):
    c = force.get("color") or ch(["red", "blue", "green"])
    sch = per.get("school") or ch(SCHOOLS)
    per["school"] = sch
    no = "20%02d%s" % (R.randint(21, 24), dig(6))
    feats = [F("school", sch, [sch + "的", "学校：" + sch], [sch])]
    feats += id_feats(per)[:1]
    feats.append(F("rail", "y", ["里面有火车票优惠卡", "带乘车优惠磁条"], ["has the rail discount strip"]))
    return dict(cat="id_doc", sub="student", clf="本", nz=["学生证"], ne=["student card"], npy="xueshengzheng",
                brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "student", "val": no, "own": 0.6, "fnd": 0.9}, feats=feats, name=per["name"])


def g_driver(per, force):
    c = force.get("color") or ch(["black", "brown"])
    feats = id_feats(per)[:1]
    feats.append(F("class", "C1", ["准驾车型C1", "C1驾照"], ["class C1"]))
    if p(0.5):
        feats.append(F("inside", "rent", ["皮套里夹着租车合同", "夹着一张租车单"], ["a car-rental slip inside"]))
    return dict(cat="id_doc", sub="driver", clf="本", nz=["驾驶证", "驾照"], ne=["driving licence"], npy="jiazhao",
                brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "id", "val": per["idn"], "own": 0.6, "fnd": 0.9}, feats=feats, name=per["name"])


def g_guide(per, force):
    c = force.get("color") or ch(["red", "blue", "yellow"])
    ag = (per.get("group") or (ch(AGENCIES)[0],))[0]
    no = "D-53%02d-%s" % (R.randint(1, 30), dig(6))
    feats = [F("agency", ag, ["挂绳上印着%s" % ag, "%s的挂绳" % ag], [ag + " lanyard"]),
             F("lanyard", c, ["%s挂绳" % c_zh(c), "挂绳是%s的" % c_zh(c)], ["%s lanyard" % c_en(c)])]
    return dict(cat="id_doc", sub="guide", clf="张", nz=["导游证", "电子导游证"], ne=["tour guide card"], npy="daoyouzheng",
                brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "guide", "val": no, "own": 0.85, "fnd": 0.95}, feats=feats, name=per["name"])


def g_elder(per, force):
    c = force.get("color") or ch(["red", "green"])
    no = per["prov"][0] + dig(8)
    feats = id_feats(per)
    feats.append(F("cover", c, ["%s封皮" % c_zh(c), "%s的小本子" % c_zh(c)], ["%s cover" % c_en(c)]))
    return dict(cat="id_doc", sub="elder", clf="本", nz=["老年优待证", "老年证", "老年卡"], ne=["senior card"],
                npy="laonianzheng", brand=None, model=None, mown=0, mvis=0, color=c,
                serial={"kind": "elder", "val": no, "own": 0.4, "fnd": 0.9}, feats=feats, name=per["name"])


BANKS = [("工行", "6222"), ("建行", "6217"), ("农行", "6228"), ("中行", "6216"), ("招行", "6214"), ("邮储", "6210"),
         ("交行", "6222"), ("农商银行", "6231")]


def cash_amount(lo, hi):
    a = R.randint(lo, hi)
    if p(0.3):
        a = a // 100 * 100
    return max(a, 1)


def denoms(a):
    out = []
    for d in (100, 50, 20, 10, 5, 1):
        n, a = divmod(a, d)
        if n:
            out.append("%d元%d张" % (d, n))
    return "、".join(out)


def cash_feat(a, own_exact=0.3):
    h = a // 100
    own = [("现金%d元" % a) if p(own_exact) else ("里面有%d多块钱" % (h * 100) if h else "有几十块零钱")]
    if h and h < 10:
        own.append("现金%s百多块" % ("两" if h == 2 else cn_small(h)))
    if h >= 10 and p(0.5):
        own.append("大概有%d多现金" % (h * 100))
    return F("cash", a, own, ["about %d yuan in cash" % (h * 100 if h else a)], "own")


def cash_found_feat(a):
    return F("cash", a, ["现金%d元" % a, "内有现金%d元（%s）" % (a, denoms(a)), "现金共%d元" % a],
             ["%d yuan in cash" % a], "fnd")


def g_wallet(per, force, sub):
    if sub == "wallet_long":
        b = force.get("brand") or wch([("coach", 3), ("ck", 2), ("goldlion", 2), ("septwolves", 2), (None, 5)])
        nz, ne, clf = ["长款钱包", "钱包", "长钱包"], ["long wallet"], "个"
        c = force.get("color") or ch(["black", "brown", "pink", "red", "white", "blue"])
    elif sub == "wallet_short":
        b = force.get("brand") or wch([("coach", 2), ("septwolves", 3), ("goldlion", 3), ("muji", 1), (None, 5)])
        nz, ne, clf = ["钱包", "短款钱包", "折叠钱包"], ["wallet"], "个"
        c = force.get("color") or ch(["black", "black", "brown", "grey", "blue"])
    elif sub == "cardholder":
        b = force.get("brand") or wch([("coach", 1), ("muji", 2), (None, 4)])
        nz, ne, clf = ["卡包", "卡套夹", "小卡包"], ["card holder"], "个"
        c = force.get("color") or ch(["black", "brown", "green", "pink"])
    else:
        b = None
        nz, ne, clf = ["零钱包", "绣花零钱包", "小钱袋"], ["embroidered coin purse"], "个"
        c = force.get("color") or ch(["red", "blue", "multi", "green"])
    feats = []
    a = cash_amount(20, 900) if sub != "cardholder" else (cash_amount(0, 200) if p(0.5) else 0)
    if a:
        feats.append(cash_feat(a))
        feats.append(cash_found_feat(a))
    serial = None
    if sub != "coinpurse" or p(0.3):
        bank, bin4 = ch(BANKS)
        tail = dig(4)
        serial = {"kind": "bank", "val": tail, "bank": bank, "bin": bin4, "own": 0.6, "fnd": 0.8}
        feats.append(F("bankcard", bank, ["有一张%s银行卡" % bank, "里面有%s的卡" % bank], ["a bank card"]))
    if p(0.45) and per["kind"] != "for":
        feats.append(F("idin", per["name"], ["里面有我的身份证", "身份证也在里面"], ["my ID inside"], "own"))
        feats.append(F("idin", per["name"], ["夹层有身份证一张，姓名%s" % per["name"], "内有%s的身份证" % per["name"]],
                       ["an ID card"], "fnd"))
    if p(0.35):
        ph = ch([("kid", "孩子的照片", "a photo of my kid"), ("old", "老照片", "an old photo"),
                 ("couple", "两个人的合影", "a photo of us two")])
        feats.append(F("photo", ph[0], ["夹着一张" + ph[1], "有一张" + ph[1]], [ph[2]]))
    if p(0.3):
        tk = ch([("cable", "索道票", "cable car tickets"), ("train", "火车票报销凭证", "train ticket receipt"),
                 ("vip", "超市会员卡", "a supermarket card"), ("rcpt", "银器店的小票", "a silver-shop receipt")])
        feats.append(F("paper", tk[0], ["还有" + tk[1], "夹着" + tk[1]], [tk[2]]))
    if sub == "coinpurse":
        feats.append(F("made", "local", ["古城里买的民族风刺绣", "上面绣着花，拉链头是个小铃铛"], ["embroidered, with a little bell"]))
    return dict(cat="wallet", sub=sub, clf=clf, nz=nz, ne=ne, npy="qianbao", brand=b, model=None, mown=0, mvis=0,
                color=c, serial=serial, feats=feats, name=None)


def g_keys(per, force, sub):
    feats = []
    b = None
    serial = None
    c = force.get("color")
    if sub == "roomkey":
        inn = force.get("inn") or ch(INN_IDS)
        room = force.get("room") or ch(INN_ROOMS)
        tag = INN_TAG[inn]      # every guesthouse has its own kind of key tag
        c = c or {"wood": "brown", "brass": "gold", "acrylic": "white", "bell": "white"}[tag[0]]
        innzh = PLACES[inn]["zh"][0]
        feats.append(F("tag", inn + ":" + tag[0], ["挂着%s，写着%s" % (tag[1], innzh), "%s上有%s的字" % (tag[1], innzh)],
                       ["%s tag saying %s" % (tag[0], PLACES[inn]["en"])]))
        serial = {"kind": "room", "val": room, "inn": inn, "own": 0.9, "fnd": 0.95}
        nz, ne, clf = ["房间钥匙", "客栈钥匙", "房卡钥匙"], ["room key"], "把"
    elif sub == "carkey":
        b = force.get("brand") or ch(["vw", "toyota", "byd"])
        c = c or "black"
        plate = "云%s·%s" % (ch("ADFHKLMPQ"), ch("0123456789") + ch("ABCDEFGHJK") + dig(3))
        feats.append(F("rent", "tuan", ["钥匙上挂着途安租车的塑料牌", "挂着租车公司的牌子"], ["a car-rental tag"]))
        serial = {"kind": "carplate", "val": plate, "own": 0.85, "fnd": 0.9}
        nz, ne, clf = ["车钥匙", "汽车钥匙", "遥控钥匙"], ["car key"], "把"
    elif sub == "ebikekey":
        shop = force.get("shop") or ch(["rentn", "rents"])
        no = "%s-%04d" % ("BM" if shop == "rentn" else "NM", R.randint(1, 400))
        c = c or ch(["black", "red", "blue"])
        feats.append(F("shop", shop, ["挂着%s的号牌" % PLACES[shop]["zh"][0], "钥匙牌上印着%s" % PLACES[shop]["zh"][0]],
                       ["tag from " + PLACES[shop]["en"]]))
        feats.append(VF("n", [("2r", ["两把钥匙加一个遥控器", "两把钥匙和一个遥控"], "two keys and a remote"),
                           ("1r", ["一把钥匙一个防盗遥控", "一把钥匙带个遥控"], "a key and a remote")]))
        serial = {"kind": "fleet", "val": no, "own": 0.8, "fnd": 0.95}
        nz, ne, clf = ["电动车钥匙", "电瓶车钥匙", "租的电动车的钥匙"], ["e-bike key"], "串"
    elif sub == "locker":
        no = str(R.randint(1, 360))
        c = c or ch(["blue", "orange", "yellow"])
        feats.append(F("band", c, ["%s塑料手环" % c_zh(c), "钥匙连着%s手环" % c_zh(c)], ["%s wristband" % c_en(c)]))
        serial = {"kind": "locker", "val": no, "own": 0.7, "fnd": 0.95}
        nz, ne, clf = ["寄存柜钥匙", "储物柜手牌", "寄存柜手环钥匙"], ["locker key"], "个"
    else:  # housekey of a local
        n = R.randint(3, 6)
        c = c or ch(["silver", "gold", "multi"])
        feats.append(F("n", str(n), ["一共%d把钥匙" % n, "%d把钥匙" % n], ["%d keys" % n]))
        ch_ = ch([("yak", "牦牛挂件", "a little yak charm"), ("bell", "小铜铃铛", "a brass bell"),
                  ("fob", "蓝色门禁卡", "a blue door fob"), ("bear", "毛绒小熊", "a plush bear"),
                  ("wood", "刻字的木牌", "a carved wooden tag")])
        feats.append(F("charm", ch_[0], ["挂着一个" + ch_[1], "钥匙圈上有" + ch_[1]], [ch_[2]]))
        if p(0.5):
            feats.append(F("moto", "y", ["其中一把是摩托车钥匙", "有把电动车钥匙"], ["one is a scooter key"]))
        nz, ne, clf = ["一串钥匙", "钥匙", "钥匙串"], ["keys"], "串"
    if sub in ("roomkey", "carkey", "ebikekey") and p(0.5):
        ch_ = ch([("yak", "牦牛挂件", "a little yak charm"), ("bell", "小铜铃铛", "a brass bell"),
                  ("dongba", "刻古文字的木牌", "a carved wooden tag"), ("bear", "毛绒小熊", "a plush bear")])
        feats.append(F("charm", ch_[0], ["还挂了个" + ch_[1], "钥匙圈上有" + ch_[1]], [ch_[2]]))
    return dict(cat="keys", sub=sub, clf=clf, nz=nz, ne=ne, npy="yaoshi", brand=b, model=None, mown=0, mvis=0, color=c,
                serial=serial, feats=feats, name=None)


EBIKE_MODELS = {"yadea": ["冠能Q9", "DE7"], "aima": ["A600", "小蜜豆Q"], "niu": ["NQ Pro", "UQi S"], "tailg": ["狮子王T8"]}


def ebike_plate():
    return "玉岫%s·%s" % (ch("ABCDE"), dig(5))


def frame_no():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "L" + ch(L) + ch(L) + dig(4) + ch(L) + dig(7)


def g_ebike(per, force, sub):
    b = force.get("brand") or ch(sorted(EBIKE_MODELS))
    m = force.get("model") or ch(EBIKE_MODELS[b])
    c = force.get("color") or ch(["white", "black", "red", "blue", "green", "pink", "yellow"])
    plate = ebike_plate()
    feats = []
    if sub == "ebike_rent":
        shop = force.get("shop") or ch(["rentn", "rents"])
        fleet = "%s-%04d" % ("BM" if shop == "rentn" else "NM", R.randint(1, 400))
        feats.append(F("fleet", fleet, ["车身贴着%s的编号%s" % (PLACES[shop]["zh"][0], fleet),
                                        "%s的租车，编号%s" % (PLACES[shop]["zh"][0], fleet)],
                       ["rental no. %s from %s" % (fleet, PLACES[shop]["en"])]))
        serial = {"kind": "plate", "val": plate, "own": 0.35, "fnd": 0.95}
    else:
        serial = {"kind": "plate", "val": plate, "own": 0.9, "fnd": 0.95}
        if p(0.5):
            feats.append(F("frame", frame_no(), ["车架号见购车发票"], ["frame no. on invoice"], "own"))
    acc = pick([("basket", "车筐里有个头盔", "a helmet in the basket"), ("rain", "挂着雨披", "a rain cape hanging on it"),
                ("holder", "车把上装了手机支架", "a phone holder on the handlebar"),
                ("seat", "座垫套是豹纹的", "a leopard-print seat cover"), ("mirror", "左边后视镜断了", "left mirror broken"),
                ("box", "后面装了个尾箱", "a top box at the back"), ("flag", "插着一面小彩旗", "a little flag")], R.randint(1, 3))
    for a in acc:
        feats.append(F(a[0], "y", [a[1]], [a[2]]))
    return dict(cat="ebike", sub=sub, clf="辆", nz=["电动车", "电瓶车", "电驴", "小电驴"], ne=["e-bike", "electric scooter"],
                npy="diandongche", brand=b, model=m, mown=0.3, mvis=0.6, color=c, serial=serial, feats=feats, name=None)


BIKE_MODELS = {"giant": ["ATX 970", "Escape R5"], "merida": ["挑战者 500", "Duke 980"], "xds": ["逐日 880"],
               "decathlon": ["RC 530", "Riverside 700"]}


def g_bike(per, force, sub):
    b = force.get("brand") or ch(sorted(BIKE_MODELS))
    m = force.get("model") or ch(BIKE_MODELS[b])
    c = force.get("color") or ch(["black", "white", "blue", "red", "green", "grey", "orange"])
    feats = []
    if sub == "bike_rent":
        inn = force.get("inn") or ch(["hostel", "tingxi", "mulou", "yuejian"])
        no = str(R.randint(1, 30))
        feats.append(F("innbike", inn, ["%s的自行车" % PLACES[inn]["zh"][0], "车上挂着%s的牌子" % PLACES[inn]["zh"][0]],
                       ["a %s bike" % PLACES[inn]["en"]]))
        serial = {"kind": "bikeno", "val": no, "inn": inn, "own": 0.7, "fnd": 0.9}
        feats.append(F("lock", "y", ["车座下挂着一把U型锁", "有把U型锁"], ["U-lock on it"]))
    else:
        serial = {"kind": "frame", "val": frame_no(), "own": 0.45, "fnd": 0.5}
        acc = pick([("bags", "后面挂着两个驮包", "two panniers on the back"),
                    ("flag", "车尾插着写着“骑行中国”的小旗", "a little flag on the back"),
                    ("bottle", "两个水壶架", "two bottle cages"), ("light", "车把上有个前灯", "a front light"),
                    ("sticker", "车架上贴满了贴纸", "stickers all over the frame")], R.randint(1, 3))
        for a in acc:
            feats.append(F(a[0], "y", [a[1]], [a[2]]))
    return dict(cat="bicycle", sub=sub, clf="辆", nz=["自行车", "单车", "山地车"] if "ATX" in m or "Duke" in m or "挑战者" in m
                else ["自行车", "单车", "公路车"], ne=["bike", "bicycle"], npy="zixingche", brand=b, model=m,
                mown=0.5, mvis=0.7, color=c, serial=serial, feats=feats, name=None)


CONTENTS = [("umbrella", "一把折叠伞", "a folding umbrella"), ("pb", "充电宝", "a power bank"),
            ("bottle", "保温杯", "a thermos"), ("sun", "防晒霜", "sunscreen"), ("meds", "一盒药", "a box of medicine"),
            ("jacket", "一件冲锋衣", "a rain jacket"), ("oxygen", "一罐氧气", "an oxygen can"),
            ("book", "笔记本", "a notebook"), ("snacks", "零食", "snacks"), ("glasses", "一副眼镜", "glasses"),
            ("tissues", "纸巾", "tissues"), ("scarf", "一条披肩", "a shawl"), ("charger", "充电线", "a charging cable"),
            ("toy", "小孩的玩具", "a kid's toy"), ("hat", "遮阳帽", "a sun hat"), ("camera", "一个卡片相机", "a compact camera")]


def g_bag(per, force, sub):
    if sub == "backpack":
        b = force.get("brand") or wch([("tnf", 3), ("arcteryx", 2), ("decathlon", 3), ("xiaomi", 1), ("camel", 2), (None, 3)])
        nz, ne, clf = ["双肩包", "背包", "书包"], ["backpack"], "个"
        c = force.get("color") or ch(["black", "black", "grey", "blue", "green", "orange", "red"])
    elif sub == "waist":
        b = force.get("brand") or wch([("tnf", 1), ("decathlon", 2), ("camel", 1), (None, 3)])
        nz, ne, clf = ["腰包", "胸包", "小腰包"], ["waist pack", "bum bag"], "个"
        c = force.get("color") or ch(["black", "grey", "green", "blue"])
    elif sub == "crossbody":
        b = force.get("brand") or wch([("coach", 2), ("ck", 2), (None, 3)])
        nz, ne, clf = ["斜挎包", "小挎包", "包包"], ["crossbody bag"], "个"
        c = force.get("color") or ch(["black", "white", "pink", "brown", "red"])
    elif sub == "tote":
        b = force.get("brand") or wch([("muji", 1), (None, 4)])
        nz, ne, clf = ["帆布袋", "帆布包", "布袋子"], ["canvas tote"], "个"
        c = force.get("color") or ch(["white", "yellow", "green", "multi"])
    else:
        b = force.get("brand") or wch([("samsonite", 2), ("xiaomi", 2), (None, 2)])
        nz, ne, clf = ["行李箱", "拉杆箱", "箱子"], ["suitcase"], "个"
        c = force.get("color") or ch(["silver", "black", "blue", "pink", "white"])
    feats = []
    cont = pick(CONTENTS, R.randint(2, 5))
    for k_, zh, en in cont:
        feats.append(F("content:" + k_, "y", ["里面有" + zh, "装着" + zh, "有" + zh], [en]))
    serial = None
    name = None
    if p(0.3) and per["kind"] != "for":
        feats.append(F("idin", per["name"], ["包里有我的身份证", "身份证在包里"], ["my ID is in it"], "own"))
        feats.append(F("idin", per["name"], ["内有身份证，姓名%s" % per["name"], "包里有%s的身份证" % per["name"]],
                       ["an ID card inside"], "fnd"))
        serial = {"kind": "id", "val": per["idn"], "own": 0.4, "fnd": 0.5}
    if p(0.4):
        a = cash_amount(50, 1500)
        feats.append(cash_feat(a))
        feats.append(cash_found_feat(a))
    if sub == "luggage":
        name = per["name"]
        feats.append(F("tag", per["name"], ["箱子上挂着写了名字的行李牌", "有行李牌，写着%s" % per["name"]],
                       ["a luggage tag with my name"]))
    if p(0.35):
        m_ = ch([("patch", "拉链上挂着一个雪山徽章", "a snow-mountain pin on the zip"),
                 ("tear", "侧面有个小破洞", "a small tear on the side"),
                 ("ribbon", "背带上系着一根红绳", "a red string tied on the strap")])
        feats.append(F("mark", m_[0], [m_[1]], [m_[2]]))
    if per.get("group") and p(0.6):
        feats.append(F("group", per["group"][0], ["包上挂着%s的团牌" % per["group"][0]], ["tour group tag"]))
    return dict(cat="bag", sub=sub, clf=clf, nz=nz, ne=ne, npy="beibao", brand=b, model=None, mown=0, mvis=0, color=c,
                serial=serial, feats=feats, name=name)


def g_cash(per, force, sub):
    feats = []
    c = None
    if sub == "cash_foreign":
        a = R.randint(2, 12) * 50
        feats.append(F("fx", a, ["%d欧元现金" % a, "欧元%d" % a], ["%d euros" % a]))
        feats.append(F("clip", "y", ["用一个金属钱夹夹着", "钱夹夹着"], ["in a metal money clip"]))
        c = "silver"
        nz = ["欧元现金", "外币", "一叠欧元"]
        ne = ["euro notes", "cash (euros)"]
        amount = a
    else:
        amount = cash_amount(300, 5000) if sub != "cash_redpacket" else R.choice([200, 500, 600, 666, 800, 888, 1000])
        if sub == "cash_env":
            bank = ch(BANKS)[0]
            c = ch(["white", "yellow", "brown"])
            feats.append(F("env", bank + c, ["装在%s%s信封里" % (c_zh(c, True), bank), "用%s的%s信封装着" % (bank, c_zh(c, True))],
                           ["in a %s bank envelope" % COLORS[c][1][0]]))
            if p(0.4):
                w = ch(["房租", "给妈妈", "车费", "团费"])
                feats.append(F("writing", w, ["信封上写着“%s”" % w], ["envelope says %s" % w]))
            nz = ["现金", "一信封现金", "钱"]
        elif sub == "cash_redpacket":
            c = "red"
            feats.append(F("rp", "y", ["装在红包里", "用红包装着"], ["in a red packet"]))
            nz = ["红包", "一个红包", "现金红包"]
        else:
            c = None
            feats.append(VF("roll", [("band", ["用皮筋捆着", "皮筋扎着"], "held with a rubber band"),
                                     ("fold", ["对折卷成一卷", "折起来卷成一卷"], "folded into a roll")]))
            nz = ["现金", "一卷现金", "一沓钱"]
        ne = ["cash"]
        feats.append(F("cash", amount, ["%d元" % amount, "一共%d块" % amount] if p(0.6) else
                       ["%d多块" % (amount // 100 * 100)], ["%d yuan" % amount], "own"))
        feats.append(F("cash", amount, ["现金%d元" % amount, "清点共%d元（%s）" % (amount, denoms(amount))],
                       ["%d yuan" % amount], "fnd"))
    return dict(cat="cash", sub=sub, clf="笔", nz=nz, ne=ne, npy="xianjin", brand=None, model=None, mown=0, mvis=0,
                color=c, serial=None, feats=feats, name=None, amount=amount)


ENGR = ["平安喜乐", "岁岁平安", "长命百岁", "一生平安", "福", "喜乐", "Forever", "LOVE", "顺遂", "如意"]
PATTERNS = [("cloud", "云纹", "cloud pattern"), ("dragon", "龙凤", "dragon-and-phoenix"), ("twist", "麻花扭纹", "twisted rope"),
            ("bamboo", "竹节", "bamboo joints"), ("plain", "光面", "plain polished"), ("snow", "雪山图案", "snow-mountain motif"),
            ("lotus", "荷花", "lotus"), ("fish", "双鱼", "two fish")]


def engraving(per):
    t = R.random()
    if t < 0.5:
        return ch(ENGR)
    if t < 0.75 and per.get("name") and per["kind"] != "for":
        return per["name"][1:] if len(per["name"]) > 2 else per["name"]
    ini = ch("LWZYCHXJMS") + "&" + ch("LWZYCHXJMS")
    return ini + " %02d%02d" % (R.randint(1, 12), R.randint(1, 28)) if p(0.5) else ini


def weight_feat(g, plus_own=True):
    return [F("weight", g, ["%.1f克" % g, "小票上写%.1f克" % g, "%.1fg" % g], ["%.1f g" % g], "own"),
            F("weight", g, ["称重约%d克" % round(g), "约%d克" % round(g), "重%d克左右" % round(g)],
              ["about %d g" % round(g)], "fnd")]


def g_jewel(per, force, sub):
    feats = []
    b = force.get("brand")
    c = force.get("color")
    m = None
    if sub in ("silver_bangle", "silver_ring", "hairpin", "earrings"):
        b = b or ch(["xueling", "amo", "xiuyin", "wangji"])
        c = c or "silver"
        stamp = force.get("stamp") or ch(["足银999", "S990", "S999", "S925"])
        feats.append(F("stamp", stamp, ["内侧有“%s”的印" % stamp, "打着%s的钢印" % stamp], ['stamped "%s"' % stamp]))
        pat = force.get("pattern") or ch(PATTERNS)
        feats.append(F("pattern", pat[0], ["%s花纹" % pat[1], "上面是%s" % pat[1]], [pat[2]]))
        if sub != "earrings":
            e = force.get("engr") or engraving(per)
            feats.append(F("engr", e, ["刻着“%s”" % e, "内圈刻了“%s”几个字" % e if len(e) > 1 else "刻了个“%s”字" % e],
                           ['engraved "%s"' % e]))
        g = {"silver_bangle": R.uniform(28, 78), "silver_ring": R.uniform(4, 12), "hairpin": R.uniform(8, 20),
             "earrings": R.uniform(3, 9)}[sub]
        g = round(g, 1)
        if sub != "earrings" or p(0.5):
            feats += weight_feat(g)
        nz = {"silver_bangle": ["银手镯", "银镯子", "手镯"], "silver_ring": ["银戒指", "戒指"],
              "hairpin": ["银发簪", "发簪", "银簪子"], "earrings": ["银耳环", "一对耳环", "耳坠"]}[sub]
        ne = {"silver_bangle": ["silver bangle", "silver bracelet"], "silver_ring": ["silver ring"],
              "hairpin": ["silver hairpin"], "earrings": ["silver earrings"]}[sub]
        clf = {"silver_bangle": "只", "silver_ring": "枚", "hairpin": "根", "earrings": "对"}[sub]
        if sub == "silver_bangle":
            feats.append(VF("style", [("open", ["开口的", "开口款"], "open-ended"),
                                       ("push", ["推拉款可以调大小", "推拉款"], "adjustable sliding clasp")]))
    elif sub == "gold_ring":
        b = b or "fuman"
        c = c or "gold"
        g = round(R.uniform(2.5, 9), 2)
        feats.append(F("stamp", "Au999", ["内圈打着“足金 AU999”", "有足金印"], ["stamped Au999"]))
        e = force.get("engr") or engraving(per)
        feats.append(F("engr", e, ["内侧刻着“%s”" % e], ['engraved "%s"' % e]))
        feats += [F("weight", g, ["%.2f克" % g, "%.1f克左右" % g], ["%.2f g" % g], "own"),
                  F("weight", g, ["约%.1f克" % g], ["about %.1f g" % g], "fnd")]
        nz, ne, clf = ["金戒指", "戒指", "金戒子"], ["gold ring"], "枚"
    elif sub == "necklace":
        c = c or ch(["silver", "gold"])
        pend = ch([("jade", "玉坠", "a jade pendant", "green"), ("lucky", "转运珠", "a lucky bead", "gold"),
                   ("yak", "牦牛骨吊坠", "a yak-bone pendant", "white"), ("turq", "绿松石吊坠", "a turquoise pendant", "blue")])
        feats.append(F("pendant", pend[0], ["吊坠是" + pend[1], "挂着" + pend[1]], [pend[2]]))
        feats.append(F("chain", "thin", ["链子是细的", "细链子"], ["a thin chain"]))
        if p(0.5):
            g = round(R.uniform(3, 15), 1)
            feats += weight_feat(g)
        nz, ne, clf = ["项链", "吊坠项链", "链子"], ["necklace"], "条"
    elif sub == "beads":
        mat = force.get("mat") or ch([("bodhi", "星月菩提", "white"), ("amber", "蜜蜡", "yellow"), ("turq", "绿松石", "blue"),
                                      ("rosewood", "小叶紫檀", "brown"), ("agate", "南红玛瑙", "red")])
        c = c or mat[2]
        n = ch([18, 21, 27, 108])
        feats.append(F("mat", mat[0], ["%s手串" % mat[1], "是%s的" % mat[1]], ["%s beads" % mat[0]]))
        feats.append(F("count", n, ["%d颗珠子" % n, "一共%d颗" % n], ["%d beads" % n]))
        if p(0.5):
            feats.append(F("spacer", "silver", ["中间有个银隔片", "配了一颗银珠"], ["a silver spacer bead"]))
        nz, ne, clf = ["手串", "佛珠手串", "串珠"], ["bead bracelet"], "串"
    return dict(cat="jewelry", sub=sub, clf=clf, nz=nz, ne=ne, npy="shouzhuo", brand=b, model=m, mown=0, mvis=0,
                color=c, serial=None, feats=feats, name=None)


CAMERAS = {"canon": ["EOS R12", "PowerShot G9 Q"], "sony": ["α7 M8", "ZV-E30", "RX100 M11"],
           "fuji": ["X-T70", "X100Z"], "nikon": ["Z 80", "Coolpix Q950"]}


def sn_code(n, alnum=True):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if alnum else "0123456789"
    return "".join(ch(L) for _ in range(n))


def g_elec(per, force, sub):
    feats = []
    b = force.get("brand")
    m = force.get("model")
    c = force.get("color")
    serial = None
    mown, mvis = 0.6, 0.7
    if sub == "camera":
        b = b or ch(sorted(CAMERAS))
        m = m or ch(CAMERAS[b])
        c = c or ch(["black", "black", "silver"])
        serial = {"kind": "sn", "val": dig(R.choice([8, 9, 10])), "own": 0.3, "fnd": 0.6}
        lens = ch([("kit", "带一个套机镜头", "kit lens"), ("tele", "装着长焦镜头", "a zoom lens"), ("pancake", "饼干镜头", "pancake lens")])
        feats.append(F("lens", lens[0], [lens[1]], [lens[2]]))
        strap = ch([("rainbow", "彩虹编织背带", "a rainbow woven strap"), ("black", "原装黑色背带", "the stock black strap"),
                    ("leather", "棕色皮背带", "a brown leather strap"), ("wrist", "只有一根手腕带", "a wrist strap")])
        feats.append(F("strap", strap[0], [strap[1], "背带是" + strap[1].replace("只有一根", "")], [strap[2]]))
        feats.append(F("photos", "trip", ["卡里有这几天拍的雪山和古城的照片", "存储卡里有我们一家人的照片"],
                       ["SD card full of trip photos"], "own"))
        feats.append(F("photos_f", "seen", ["翻了一下照片，有很多雪山和一个小孩的照片", "照片里有一男一女在湖边的合照"],
                       ["photos of the lake"], "fnd"))
        nz, ne, clf = ["相机", "微单相机", "照相机"], ["camera"], "台"
    elif sub == "instax":
        b, m = "fuji", m or "instax mini 190"
        c = c or ch(["pink", "blue", "white", "green"])
        nz, ne, clf = ["拍立得", "拍立得相机"], ["instax camera"], "台"
        feats.append(F("film", "y", ["里面还剩几张相纸", "相纸剩一半"], ["some film left"]))
        if p(0.5):
            feats.append(F("sticker", "y", ["贴了贴纸", "机身贴满了小贴纸"], ["stickers on it"]))
    elif sub == "drone":
        b = b or "dji"
        m = m or ch(["Mini 7 Pro", "Air 5S"])
        c = c or "grey"
        serial = {"kind": "sn", "val": "1581F" + sn_code(9), "own": 0.7, "fnd": 0.75}
        feats.append(VF("guard", [("guard", ["装着桨叶保护罩", "有桨叶保护罩"], "prop guards fitted"),
                                  ("broken", ["桨叶断了一片", "有一片桨叶断了"], "one propeller broken")]))
        if p(0.5):
            feats.append(F("sticker", "name", ["机身贴着写了手机号后四位的贴纸", "贴了个小贴纸"], ["a sticker on the body"]))
        nz, ne, clf = ["无人机", "航拍无人机", "航拍器"], ["drone"], "架"
    elif sub == "actioncam":
        b = b or ch(["gopro", "insta", "dji"])
        m = m or {"gopro": "HERO 17", "insta": ch(["X7", "GO 5"]), "dji": "Osmo Action 8"}[b]
        c = c or "black"
        serial = {"kind": "sn", "val": sn_code(12), "own": 0.3, "fnd": 0.5}
        feats.append(VF("mount", [("stick", ["装在自拍杆上", "连着自拍杆"], "on a selfie stick"),
                                  ("helmet", ["带着头盔支架", "装在头盔支架上"], "on a helmet mount")]))
        nz, ne, clf = ["运动相机", "全景相机", "运动摄像机"], ["action camera"], "台"
    elif sub == "powerbank":
        b = b or ch(["xiaomi", "anker", "romoss"])
        m = None
        cap = ch([10000, 20000, 20000, 30000])
        c = c or ch(["white", "black", "blue", "pink"])
        feats.append(F("cap", cap, ["%dmAh的" % cap, "%d毫安" % cap, "容量%d" % cap], ["%d mAh" % cap]))
        feats.append(VF("cable", [("built", ["自带两根线", "自带线"], "built-in cables"),
                                  ("plug", ["插着一根数据线", "插着根白色数据线"], "a cable plugged in")]))
        if p(0.5):
            st = ch(["kuromi", "panda", "name"])
            feats.append(F("sticker", st, {"kuromi": ["贴着卡通贴纸"], "panda": ["贴着熊猫贴纸"],
                                           "name": ["背面用马克笔写了名字缩写"]}[st], ["sticker on it"]))
        nz, ne, clf = ["充电宝", "移动电源", "充电宝"], ["power bank"], "个"
        mown, mvis = 0, 0
    elif sub == "earbuds":
        b = b or ch(["apple", "apple", "huawei", "xiaomi"])
        m = m or {"apple": ch(["AirPods 6", "AirPods Pro 4"]), "huawei": "FreeBuds Q7", "xiaomi": "Buds 9"}[b]
        c = c or ("white" if b == "apple" else ch(["white", "black", "silver"]))
        serial = {"kind": "sn", "val": sn_code(10), "own": 0.35, "fnd": 0.4}
        case = ch([("sil", "套着硅胶保护套", "in a silicone cover"), ("bare", "没套壳", "no cover"),
                   ("cartoon", "保护套是卡通造型的", "a cartoon cover")])
        feats.append(F("cover", case[0], [case[1]], [case[2]]))
        nz, ne, clf = ["蓝牙耳机", "耳机", "无线耳机"], ["earbuds"], "副"
    elif sub == "kindle":
        b, m = "kindle", m or "Paperwhite 8"
        c = c or "black"
        serial = {"kind": "sn", "val": "G0" + sn_code(14), "own": 0.2, "fnd": 0.5}
        feats.append(F("cover", "y", ["外面有个" + ch(["布面", "皮质", "绿色"]) + "保护套", "带保护套"], ["in a cover"]))
        nz, ne, clf = ["Kindle", "电子书阅读器", "kindle"], ["Kindle"], "台"
    elif sub == "tablet":
        b = b or ch(["apple", "huawei", "xiaomi"])
        m = m or {"apple": "iPad Q11", "huawei": "MatePad Z12", "xiaomi": "Pad 9S"}[b]
        c = c or ch(["grey", "silver", "blue"])
        serial = {"kind": "sn", "val": sn_code(12), "own": 0.25, "fnd": 0.3}
        feats.append(F("cover", "y", ["带键盘保护套", "套着磁吸保护套"], ["in a folio cover"]))
        nz, ne, clf = ["平板电脑", "平板", "iPad"] if b == "apple" else ["平板电脑", "平板"], ["tablet"], "台"
    else:  # watch
        b = b or ch(["apple", "huawei", "xiaomi"])
        m = m or {"apple": "Watch S13", "huawei": "Watch GT 9", "xiaomi": "Watch Q3"}[b]
        c = c or ch(["black", "silver", "pink"])
        band = ch([("orange", "橙色表带"), ("black", "黑色硅胶表带"), ("woven", "编织表带"), ("leather", "皮表带")])
        feats.append(F("band", band[0], [band[1], "表带是" + band[1][:-2]], ["%s band" % band[0]]))
        serial = {"kind": "sn", "val": sn_code(10), "own": 0.2, "fnd": 0.3}
        nz, ne, clf = ["智能手表", "手表", "运动手表"], ["smart watch"], "块"
    return dict(cat="electronics", sub=sub, clf=clf, nz=nz, ne=ne, npy="xiangji" if sub == "camera" else "dianzi",
                brand=b, model=m, mown=mown, mvis=mvis, color=c, serial=serial, feats=feats, name=None)


def g_other(per, force, sub):
    feats = []
    b = force.get("brand")
    c = force.get("color")
    m = None
    serial = None
    if sub == "scarf":
        kind = force.get("kind") or ch([("dye", "扎染", "tie-dye"), ("yak", "牦牛绒", "yak wool"),
                                        ("embro", "民族刺绣", "embroidered"), ("tassel", "流苏", "tasselled")])
        c = c or ch(["blue", "red", "multi", "white", "green", "purple", "yellow"])
        feats.append(F("kind", kind[0], ["%s的" % kind[1], "%s披肩" % kind[1]], ["%s" % kind[2]]))
        feats.append(F("where", "vendor", ["在古城摆摊的阿妈那里买的", "刚在银匠巷买的"], ["bought from a street vendor"], "own"))
        if p(0.5):
            pt = ch([("flower", "大花图案", "big flowers"), ("geo", "几何花纹", "geometric pattern"),
                     ("peacock", "孔雀图案", "peacock motif"), ("stripe", "条纹", "stripes")])
            feats.append(F("pattern", pt[0], [pt[1], "上面是" + pt[1]], [pt[2]]))
        nz, ne, clf = ["披肩", "围巾", "大围巾"], ["scarf", "shawl"], "条"
    elif sub == "sunglasses":
        b = b or ch(["rayban", "bolon", None])
        c = c or ch(["black", "brown", "gold"])
        feats.append(VF("case", [("hard", ["装在眼镜盒里", "有个硬眼镜盒"], "in a hard case"),
                                 ("cloth", ["放在眼镜布袋里", "装在绒布袋里"], "in a cloth pouch"),
                                 ("none", ["没有盒子", "光着没盒子"], "no case")]))
        if p(0.5):
            feats.append(VF("lens", [("mirror", ["镜片是反光的", "彩色反光镜片"], "mirrored lenses"),
                                     ("polar", ["偏光镜片", "镜片是偏光的"], "polarised lenses")]))
        nz, ne, clf = ["墨镜", "太阳镜", "太阳眼镜"], ["sunglasses"], "副"
    elif sub == "hat":
        c = c or ch(["brown", "white", "black", "yellow"])
        kind = ch([("cowboy", "牛仔帽", "cowboy hat"), ("straw", "草帽", "straw hat"), ("bucket", "渔夫帽", "bucket hat")])
        feats.append(F("kind", kind[0], [kind[1]], [kind[2]]))
        feats.append(VF("band", [("ribbon", ["帽檐有一圈彩带"], "a ribbon band"), ("beads", ["帽子上缀着珠子"], "beads on it"),
                                 ("feather", ["插着一根羽毛"], "a feather")]))
        nz, ne, clf = [kind[1], "帽子"], [kind[2], "hat"], "顶"
    elif sub == "umbrella":
        c = c or ch(["black", "blue", "pink", "multi"])
        feats.append(F("kind", "fold", ["折叠伞", "三折伞"], ["folding"]))
        nz, ne, clf = ["雨伞", "伞"], ["umbrella"], "把"
    elif sub == "toy":
        toy = ch([("bear", "毛绒小熊", "a teddy bear"), ("alpaca", "羊驼玩偶", "an alpaca plush"),
                  ("yak", "牦牛玩偶", "a yak plush"), ("dino", "恐龙玩偶", "a dino plush")])
        c = c or ch(["brown", "white", "green", "pink"])
        feats.append(F("kind", toy[0], [toy[1]], [toy[2]]))
        feats.append(VF("wear", [("bow", ["脖子上系着蝴蝶结"], "a bow round the neck"),
                                 ("worn", ["耳朵有点脱线", "一只耳朵开线了"], "a worn ear"),
                                 ("tag", ["脚底缝着名字", "脚底有绣的名字"], "a name stitched on the foot")]))
        nz, ne, clf = ["玩偶", "毛绒玩具", "娃娃"], ["soft toy"], "个"
    elif sub == "poles":
        b = b or ch(["decathlon", "camel"])
        c = c or ch(["black", "red", "blue"])
        feats.append(F("n", "2", ["一对", "两根一对"], ["a pair"]))
        nz, ne, clf = ["登山杖", "徒步杖"], ["trekking poles"], "副"
    elif sub == "jacket_rent":
        c = c or ch(["red", "yellow", "blue"])
        no = "J-%04d" % R.randint(1, 900)
        feats.append(F("rent", "cable", ["雪山索道租的", "胸前印着租赁编号"], ["rented at the cable car"]))
        serial = {"kind": "jacket", "val": no, "own": 0.4, "fnd": 0.95}
        nz, ne, clf = ["羽绒服", "租的羽绒服", "棉服"], ["down jacket (rented)"], "件"
    elif sub == "glasses":
        c = c or ch(["black", "silver", "gold"])
        deg = ch([300, 450, 600, 250])
        feats.append(F("deg", deg, ["近视%d度" % deg, "%d度的近视镜" % deg], ["-%.1f" % (deg / 100)], "own"))
        feats.append(VF("frame", [("half", ["半框", "半框的"], "half-rim"), ("full", ["全框", "黑色全框"], "full-rim"),
                                  ("round", ["圆框", "圆形镜框"], "round frames")]))
        nz, ne, clf = ["眼镜", "近视眼镜"], ["glasses"], "副"
    else:  # thermos
        b = b or ch(["xiaomi", "muji", None])
        c = c or ch(["white", "pink", "blue", "black", "green"])
        feats.append(VF("cap", [(350, ["350毫升左右的", "350ml"], "350 ml"), (500, ["500毫升", "500ml的"], "500 ml")]))
        if p(0.6):
            feats.append(VF("sticker", [("panda", ["杯身贴着熊猫贴纸"], "a panda sticker"), ("name", ["杯底写着名字", "杯底用笔写了名字"], "a name on the bottom")]))
        nz, ne, clf = ["保温杯", "水杯"], ["thermos"], "个"
    return dict(cat="other", sub=sub, clf=clf, nz=nz, ne=ne, npy="dongxi", brand=b, model=m, mown=0.2, mvis=0.2,
                color=c, serial=serial, feats=feats, name=None)


def gen_obj(sub, per, force=None):
    o = _gen_obj(sub, per, force or {})
    o["gsub"] = sub
    return o


def _gen_obj(sub, per, force):
    if sub == "phone":
        return g_phone(per, force)
    if sub == "idcard":
        return g_idcard(per, force)
    if sub == "passport_for":
        return g_passport_for(per, force)
    if sub == "passport_cn":
        return g_passport_cn(per, force)
    if sub == "student":
        return g_student(per, force)
    if sub == "driver":
        return g_driver(per, force)
    if sub == "guide":
        return g_guide(per, force)
    if sub == "elder":
        return g_elder(per, force)
    if sub in ("wallet_long", "wallet_short", "cardholder", "coinpurse"):
        return g_wallet(per, force, sub)
    if sub in ("roomkey", "carkey", "ebikekey", "housekey", "locker"):
        return g_keys(per, force, sub)
    if sub in ("ebike_rent", "ebike_own"):
        return g_ebike(per, force, sub)
    if sub in ("bike_rent", "bike_tour"):
        return g_bike(per, force, sub)
    if sub in ("backpack", "waist", "crossbody", "tote", "luggage"):
        return g_bag(per, force, sub)
    if sub in ("cash_env", "cash_loose", "cash_redpacket", "cash_foreign"):
        return g_cash(per, force, sub)
    if sub in ("silver_bangle", "silver_ring", "gold_ring", "necklace", "beads", "earrings", "hairpin"):
        return g_jewel(per, force, sub)
    if sub in ("camera", "drone", "actioncam", "powerbank", "earbuds", "kindle", "tablet", "watch", "instax"):
        return g_elec(per, force, sub)
    return g_other(per, force, sub)


CAT_SUBS = {
    "phone": [("phone", 1)],
    "id_doc": [("idcard", 10), ("passport_for", 5), ("passport_cn", 2), ("student", 3), ("driver", 2), ("guide", 1),
               ("elder", 2)],
    "wallet": [("wallet_long", 4), ("wallet_short", 4), ("cardholder", 2), ("coinpurse", 2)],
    "keys": [("roomkey", 5), ("carkey", 2), ("ebikekey", 3), ("housekey", 2), ("locker", 1)],
    "ebike": [("ebike_rent", 3), ("ebike_own", 2)],
    "bicycle": [("bike_rent", 2), ("bike_tour", 2)],
    "bag": [("backpack", 4), ("waist", 3), ("crossbody", 3), ("tote", 1), ("luggage", 2)],
    "cash": [("cash_env", 3), ("cash_loose", 2), ("cash_redpacket", 1), ("cash_foreign", 1)],
    "jewelry": [("silver_bangle", 6), ("silver_ring", 2), ("gold_ring", 1), ("necklace", 2), ("beads", 2),
                ("earrings", 1), ("hairpin", 1)],
    "electronics": [("camera", 4), ("drone", 3), ("actioncam", 2), ("powerbank", 3), ("earbuds", 3), ("kindle", 1),
                    ("tablet", 1), ("watch", 2), ("instax", 1)],
    "other": [("scarf", 4), ("sunglasses", 3), ("hat", 2), ("umbrella", 1), ("toy", 1), ("poles", 1),
              ("jacket_rent", 1), ("glasses", 1), ("thermos", 1)],
}
FOREIGN_OK = {"passport_for", "phone", "camera", "drone", "backpack", "wallet_short", "roomkey", "ebike_rent",
              "sunglasses", "earbuds", "powerbank", "cash_foreign", "silver_bangle", "actioncam", "kindle", "waist",
              "bike_rent", "scarf"}

# where a thing of a given sub tends to get lost
SUB_PLACES = {
    "ebike_rent": ["lakeroad", "lakewalk", "lakedock", "cangsong", "horse", "eastpark", "qixing", "wheel", "newtown"],
    "ebike_own": ["market", "qixing", "newtown", "eastpark", "huotang"],
    "bike_rent": ["lakeroad", "lakewalk", "wheel", "cangsong", "qixing"],
    "bike_tour": ["lakeroad", "lakedock", "eastpark", "nanmen", "cangsong", "hostel"],
    "carkey": ["eastpark", "lakeroad", "cablelow", "lanwan", "horse", "huotang", "barst"],
    "ebikekey": ["lakeroad", "lakewalk", "lakedock", "cangsong", "sihe", "huotang", "horse"],
    "locker": ["cablelow", "cabletop", "lanwan"],
    "jacket_rent": ["cabletop", "cablelow", "bus"],
    "guide": ["sihe", "tusi", "cablelow", "lanwan", "nanmen", "wheel"],
    "housekey": ["market", "qixing", "huotang", "sihe", "newtown"],
    "drone": ["lakeroad", "lakewalk", "wangxue", "horse", "cangsong", "lanwan"],
    "luggage": ["bus", "taxi", "nanmen", "airport", "train"],
    "cash_env": ["sihe", "market", "silver", "newtown", "qixing"],
    "silver_bangle": ["silver", "sihe", "barst", "studio", "huotang", "wufu"],
    "silver_ring": ["silver", "barst", "studio", "cafe"],
    "hairpin": ["studio", "silver", "sihe"],
    "hat": ["horse", "lakeroad", "cangsong", "cabletop"],
    "scarf": ["cabletop", "silver", "sihe", "barst", "horse", "lakedock"],
    "poles": ["cabletop", "lanwan", "horse"],
    "elder": ["sihe", "tusi", "wheel", "nanmen", "cablelow"],
}
GENERAL_PLACES = [("sihe", 6), ("barst", 6), ("silver", 3), ("wheel", 4), ("wufu", 2), ("qixing", 3), ("huotang", 4),
                  ("tusi", 2), ("wangxue", 2), ("market", 2), ("studio", 2), ("cafe", 2), ("tingxi", 2), ("banshan", 2),
                  ("mulou", 2), ("yuejian", 2), ("sanyan", 2), ("hostel", 3), ("qingke", 2), ("nanmen", 2),
                  ("lakedock", 3), ("lakewalk", 2), ("lakeroad", 3), ("horse", 3), ("cangsong", 2), ("cablelow", 3),
                  ("cabletop", 3), ("lanwan", 2), ("airport", 2), ("bus", 3), ("taxi", 3), ("train", 1),
                  ("newtown", 1), ("eastpark", 1)]


def lost_place_for(sub, per):
    if sub in SUB_PLACES and p(0.85):
        return ch(SUB_PLACES[sub])
    if sub == "roomkey":
        return ch(["barst", "sihe", "huotang", "wufu", "lakeroad", "qixing", "cafe"])
    if per.get("kind") == "for" and p(0.3):
        return ch(["hostel", "barst", "cafe", "lakeroad"])
    pid = wch(GENERAL_PLACES)
    if sub in ("ebike_own", "ebike_rent", "bike_rent", "bike_tour") and PLACES[pid]["kind"] in ("vehicle", "inn"):
        pid = "qixing"
    return pid


HOURS = {"bar": (19, 26), "inn": (7, 23), "scenic": (8, 17), "transport": (6, 22), "square": (9, 23),
         "street": (8, 23), "food": (9, 23), "shop": (9, 21), "lake": (9, 19), "village": (9, 18), "rental": (8, 20),
         "vehicle": (7, 22), "police": (8, 20)}


# ----------------------------------------------------------------------------- serial formats
def positions(mode, n):
    if mode == "full":
        return set(range(n))
    if mode.startswith("tail"):
        k = int(mode[4:])
        return set(range(n - k, n))
    if mode.startswith("mask"):
        a = int(mode[4:])
        return set(range(a)) | set(range(n - 4, n))
    return set()


def fmt_serial(s, side, per=None):
    """Return (text, mode) for a serial as this side writes it."""
    k, v = s["kind"], s["val"]
    if k == "id":
        if side == "own":
            t = wch([("full", 6), ("space", 2), ("tail4", 1), ("tail6", 1)])
            if t == "full":
                return (v.lower() if v.endswith("X") and p(0.5) else v), "full"
            if t == "space":
                return "%s %s %s" % (v[:6], v[6:14], v[14:]), "full"
            if t == "tail4":
                return ch(["后四位" + v[-4:], "尾号" + v[-4:]]), "tail4"
            return "后六位" + v[-6:], "tail6"
        t = wch([("mask6", 4), ("mask4", 1), ("mask3", 1), ("full", 3), ("tail4", 1)])
        if t == "full":
            return v, "full"
        if t == "tail4":
            return "尾号" + v[-4:], "tail4"
        a = int(t[4:])
        return v[:a] + "*" * (18 - a - 4) + v[-4:], t
    if k == "imei":
        if side == "own":
            t = wch([("full", 5), ("space", 3), ("dash", 1), ("tail6", 1), ("tail4", 1)])
        else:
            t = wch([("full", 6), ("space", 2)])
        if t == "full":
            return (ch(["", "IMEI:", "IMEI "]) + v), "full"
        if t == "space":
            return ch(["%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14:]),
                       "%s %s %s %s" % (v[:4], v[4:8], v[8:12], v[12:])]), "full"
        if t == "dash":
            return "%s-%s-%s-%s" % (v[:6], v[6:8], v[8:14], v[14]), "full"
        if t == "tail6":
            return "IMEI后六位" + v[-6:], "tail6"
        return "IMEI后四位" + v[-4:], "tail4"
    if k == "bank":
        if side == "own":
            return ch(["尾号" + v, s["bank"] + "卡尾号" + v, "卡号后四位" + v, v]), "tail4"
        return ch(["%s****%s" % (s["bin"], v), "%s **** **** %s" % (s["bin"], v), "****" + v, "尾号" + v]), "tail4"
    if k == "room":
        innzh = PLACES[s["inn"]]["zh"][0]
        if v.isdigit():
            opts = [v, v + "号房", v + "房", "%s %s" % (innzh, v), "%s%s房" % (innzh, v), "Room " + v]
        else:
            opts = [v, "%s %s" % (innzh, v), "“%s”" % v]
        return ch(opts), "full"
    if k == "plate":
        core = v.split("·")[1]
        opts = [v, v.replace("·", ""), v.replace("玉岫", ""), "车牌" + v.replace("·", ""), core]
        return ch(opts), ("full" if not v.endswith(core) or True else "full")
    if k == "carplate":
        return ch([v, v.replace("·", ""), v.replace("·", "").lower(), "车牌" + v]), "full"
    if k in ("fleet",):
        n = v.split("-")[1]
        return ch([v, v.replace("-", ""), v.lower(), n + "号", "No." + n, "编号" + v]), "full"
    if k == "frame":
        if side == "own" and p(0.3):
            return "后六位" + v[-6:], "tail6"
        return ch([v, v.lower(), "%s %s %s" % (v[:5], v[5:10], v[10:])]), "full"
    if k == "sn":
        if side == "own" and p(0.2):
            return "序列号后四位" + v[-4:], "tail4"
        return ch([v, "SN:" + v, "S/N " + v, v.lower() if not v.isdigit() else v]), "full"
    if k == "passport":
        return ch([v, v, "No." + v, v.lower()]), "full"
    if k == "student":
        return ch([v, "学号" + v, "No." + v]), "full"
    if k == "guide":
        return ch([v, v.replace("-", ""), "导游证号" + v]), "full"
    if k == "elder":
        return ch([v, "No." + v]), "full"
    if k == "locker":
        return ch([v + "号", "No." + v, v, "%s号柜" % v]), "full"
    if k == "jacket":
        return ch([v, v.replace("-", ""), "编号" + v]), "full"
    if k == "bikeno":
        innzh = PLACES[s["inn"]]["zh"][0]
        return ch([v + "号", "%s %s号车" % (innzh, v), "No." + v]), "full"
    return v, "full"


def has_cjk(t):
    return any("\u4e00" <= c <= "\u9fff" for c in t)


def en_serial(s, txt):
    if not has_cjk(txt):
        return txt
    if s["kind"] == "bank":
        return "card ending " + s["val"]
    if s["kind"] == "room":
        return "room " + s["val"] if s["val"].isdigit() else s["val"]
    digits = "".join(c for c in txt if c.isascii() and c.isalnum())
    if digits and len(digits) < len(s["val"]):
        return "ending " + digits
    return s["val"]


def serial_core(s):
    # a room or bike number alone; the guesthouse it belongs to is a separate mark (its tag)
    return s["val"]


# ----------------------------------------------------------------------------- voices
DIALECT = {
    "ne": ([("丢了", "整丢了"), ("不见了", "没了"), ("特别", "贼"), ("怎么办", "咋整"), ("什么", "啥"), ("很急", "老着急了")],
           ["谁捡着了给个信儿，谢谢老铁们！", "捡着的大哥大姐帮帮忙，必有重谢！", "咋整啊，太闹心了。"]),
    "sc": ([("丢了", "搞落了"), ("不见了", "找不到了"), ("什么", "啥子"), ("不知道", "不晓得"), ("很急", "急惨了")],
           ["哪个好心人捡到了麻烦联系一哈，谢谢了哈！", "捡到的莫客气，必有重谢哈。", "急死个人了。"]),
    "yue": ([("钱包", "银包"), ("钥匙", "锁匙"), ("丢了", "唔见咗"), ("不见了", "唔见咗"), ("什么", "乜嘢"), ("没有", "冇")],
            ["唔该晒！", "多谢好心人，有酬谢。", "真系好急。"]),
    "hu": ([("钱包", "皮夹子"), ("丢了", "落脱了"), ("我们", "阿拉"), ("不见了", "寻不着了")],
           ["谢谢侬！", "麻烦侬了，有重谢。", "急煞了。"]),
    "jing": ([("特别", "倍儿"), ("一下", "一下儿"), ("有点", "有点儿")],
             ["劳驾了您！", "谢谢您嘞，必有重谢。", "麻烦您给留意一下儿。"]),
    "lu": ([("我", "俺"), ("丢了", "弄丢了"), ("自行车", "洋车子")],
           ["谢谢恁了！", "捡到的好心人联系俺，必有重谢。", "俺这急得不行。"]),
    "xiang": ([("没有", "冇得"), ("丢了", "搞丢哒"), ("不见了", "不见哒"), ("什么", "么子")],
              ["谢谢咯！", "麻烦哒，有重谢。", "急死哒。"]),
    "min": ([("钱包", "皮夹"), ("自行车", "脚踏车"), ("丢了", "掉了")], ["拜托了，感恩！", "谢谢好心人。"]),
    "std": ([], ["麻烦捡到的好心人联系我，必有重谢！", "谢谢！", "有酬谢。", "拜托了。", "请帮忙留意，谢谢。"]),
    "local": ([("什么", "哪样"), ("没有", "没得")], ["麻烦帮我找一下，谢谢。", "捡到的请送派出所，谢谢。"]),
}
PLEAS = ["里面东西对我很重要。", "明天就要坐飞机回去了，很急。", "钱可以不要，东西请还给我。", "有重谢！", "",
         "已经在附近找了两遍了。", "客栈老板帮忙调了监控也没看到。", ""]

TYPOS = [("钱包", "前包"), ("身份证", "身分证"), ("手机", "手几"), ("钥匙", "钥是"), ("电动车", "电东车"), ("充电宝", "冲电宝"),
         ("黑色", "黑涩"), ("手镯", "手卓"), ("捡到", "检到"), ("麻烦", "麻凡"), ("客栈", "客战"), ("酒吧", "酒巴"),
         ("广场", "广厂"), ("自行车", "自形车"), ("相机", "像机"), ("护照", "护找"), ("项链", "项连"), ("戒指", "戒子"),
         ("墨镜", "默镜"), ("围巾", "围斤"), ("耳机", "耳几"), ("不见了", "不见le"), ("丢了", "丢le"), ("银色", "银涩"),
         ("谢谢", "谢谢谢"), ("附近", "付近"), ("无人机", "无人鸡"), ("披肩", "皮肩")]


def apply_typos(s, n):
    cands = [t for t in TYPOS if t[0] in s]
    for a, b in pick(cands, n):
        s = s.replace(a, b, 1)
    return s


def apply_dialect(s, voice):
    subs = DIALECT.get(voice, DIALECT["std"])[0]
    for a, b in subs:
        if a in s and p(0.7):
            s = s.replace(a, b)
    return s


FILL = {"detail": dict(color=0.85, brand=0.85, model=0.7, serial=0.9, marks=0.75, address=0.95, ll=0.65),
        "normal": dict(color=0.55, brand=0.55, model=0.4, serial=0.65, marks=0.4, address=0.75, ll=0.5),
        "hurry": dict(color=0.2, brand=0.15, model=0.05, serial=0.3, marks=0.08, address=0.4, ll=0.3),
        "desk": dict(color=0.75, brand=0.6, model=0.35, serial=0.85, marks=0.6, address=0.92, ll=0.7),
        "terse": dict(color=0.3, brand=0.2, model=0.05, serial=0.45, marks=0.1, address=0.55, ll=0.45)}

ACTS = {
    "square": [("拍照", "taking photos"), ("看人跳舞", "watching the dancing"), ("坐着休息", "sitting for a rest"),
               ("等朋友", "waiting for friends")],
    "bar": [("听歌喝酒", "having drinks"), ("和朋友喝酒", "drinking with friends"), ("看演出", "watching the band")],
    "shop": [("买东西", "shopping"), ("挑银饰", "looking at silver"), ("试衣服", "trying on clothes")],
    "street": [("逛街", "walking around"), ("买东西", "shopping"), ("散步", "taking a walk")],
    "food": [("吃东西", "eating"), ("吃米线", "having noodles"), ("喝咖啡", "having coffee")],
    "scenic": [("拍照", "taking photos"), ("参观", "visiting"), ("排队", "queuing")],
    "inn": [("退房", "checking out"), ("办入住", "checking in"), ("在院子里喝茶", "having tea in the courtyard"),
            ("收拾行李", "packing")],
    "transport": [("等车", "waiting for the bus"), ("下车", "getting off"), ("取行李", "getting my luggage")],
    "lake": [("骑电动车环海", "riding round the lake"), ("坐船", "on the boat"), ("拍照", "taking photos"),
             ("走栈道", "walking the boardwalk")],
    "village": [("拍壁画", "taking photos of the murals"), ("逛村子", "walking round the village")],
    "rental": [("还车", "returning the bike"), ("租车", "renting a bike")],
    "vehicle": [("坐车", "on the ride"), ("在车上睡着了", "dozing")],
}
SPECIAL_ACTS = {"horse": [("骑马", "horse riding"), ("骑马走马道", "on the horse ride")],
                "cablelow": [("排队坐索道", "queuing for the cable car"), ("租氧气瓶", "renting oxygen")],
                "cabletop": [("在冰碛台拍雪山", "taking photos of the glacier"), ("吸氧", "having oxygen")],
                "silver": [("买银手镯", "buying a silver bracelet"), ("挑银饰", "looking at silver")],
                "studio": [("换民族服装拍照", "dressing up for photos")],
                "market": [("买菌子", "buying mushrooms"), ("买水果", "buying fruit")]}


def act_for(pid):
    if pid in SPECIAL_ACTS and p(0.7):
        return ch(SPECIAL_ACTS[pid])
    return ch(ACTS[PLACES[pid]["kind"]])


def place_zh(pid):
    return ch(PLACES[pid]["zh"])


def feat_zh(f):
    return ch(f["zh"])


def feat_en(f):
    return ch(f["en"])


def latlon(xy):
    lat, lon = xy_ll(*xy)
    return round(lat, 6), round(lon, 6)


def clip(s, n):
    return s if len(s) <= n else s[:n]


# ----------------------------------------------------------------------------- lost report
def new_shown(o):
    return {"serial": None, "name": None, "feats": {}, "color": None, "brand": None, "model": None, "sub": o["sub"],
            "cat": o["cat"], "place": None}


def render_lost(o, per, L):
    """o: object; per: owner; L: dict(place, xy, lf, lt).  Returns (record, stated)."""
    voice, style = per["voice"], per["style"]
    if per.get("proxy"):
        style = "normal" if style == "hurry" else style
    fill = FILL[style]
    st = new_shown(o)
    st["place"] = L["place"]
    pid = L["place"]
    # --- what the owner knows and chooses to say
    pool = [f for f in o["feats"] if f["who"] in ("both", "own")]
    kmin, kmax = {"hurry": (0, 1), "normal": (1, 3), "detail": (2, 5)}[style]
    feats = pick(pool, R.randint(kmin, kmax))
    for f in L.get("force_feats", []):
        if f not in feats:
            feats.append(f)
    knows_brand = o["brand"] and p(0.6 if per.get("proxy") else 0.93)
    knows_model = o["model"] and p(o["mown"] * (0.4 if per.get("proxy") else 1))
    ser = o["serial"]
    knows_serial = ser is not None and (p(ser["own"]) or L.get("force_serial"))
    rec = {}
    en = voice == "en"
    py = voice == "py"
    ser_body = False
    # colour / brand / model words
    colw = c_en(o["color"]) if (en and o["color"]) else (c_zh(o["color"]) if o["color"] else "")
    says_color = o["color"] and (p(0.9) or style != "hurry")
    brw = brand_var(o["brand"], "own", style, o["cat"]) if knows_brand else ""
    if en and knows_brand:
        brw = brand_en(o["brand"], o["cat"])
    mdw = model_var(o["model"]) if knows_model else ""
    brw, mdw = dedupe_words(brw, mdw)
    sertxt, sermode = fmt_serial(ser, "own", per) if knows_serial else ("", None)
    if en and knows_serial:
        sertxt = en_serial(ser, sertxt)
    noun = ch(o["ne"]) if en else ch(o["nz"])
    if brw and (brw.lower() in noun.lower() or noun.lower() in brw.lower()):
        noun = o["nz"][1] if not en else o["ne"][0]
        if brw.lower() in noun.lower():
            brw = ""
    # --- body
    if en:
        act = act_for(pid)[1]
        where = PLACES[pid]["en"]
        parts = []
        intro = ch(["Lost my %s %s at %s (%s)." % (noun, window_en(L["lf"], L["lt"]), where, act),
                    "I lost my %s %s, I think around %s." % (noun, window_en(L["lf"], L["lt"]), where),
                    "My %s went missing %s near %s while %s." % (noun, window_en(L["lf"], L["lt"]), where, act)])
        if L.get("vague"):
            intro = "Lost my %s %s, not sure where - somewhere in the old town." % (noun, window_en(L["lf"], L["lt"]))
        elif PLACES[pid]["kind"] == "vehicle":
            intro = "Left my %s in %s %s." % (noun, where, window_en(L["lf"], L["lt"]))
        parts.append(intro)
        words = [x for x in [colw if says_color else "", brw, mdw] if x]
        if words and o["cat"] != "cash":
            what = " ".join(words + ([] if (mdw and o["cat"] == "phone") else [o["ne"][0]]))
            parts.append("It is %s %s." % ("an" if what[0].lower() in "aeiou" else "a", what))
        if feats:
            parts.append(" ".join(feat_en(f)[0].upper() + feat_en(f)[1:] + "." for f in feats))
        if o["name"]:
            parts.append("Name on it: %s." % per["name"])
            st["name"] = per["name"]
        if knows_serial and (p(0.7) or not p(fill["serial"])):
            parts.append("Number: %s." % sertxt)
            ser_body = True
        parts.append(ch(["Please contact me if found, reward offered.", "I fly out in two days, please help!",
                         "Thanks a lot.", "It has all my photos from the trip.", "Any help appreciated!", ""]))
        body = " ".join(x for x in parts if x)
    elif py:
        what = " ".join(x for x in [COLORS[o["color"]][2] if o["color"] else "",
                                    BRANDS[o["brand"]][2] if knows_brand else ""] if x)
        body = "%s %s diu le, %s%s zai %s fujin. %s" % (
            ch(["wo de", "", "qing bang wo zhao"]), o["npy"], (what + ", ") if what else "",
            window_py(L["lf"], L["lt"]), PLACES[pid]["py"],
            ch(["qing lianxi wo xiexie", "you chang xie", "ji!!", "xiexie"]))
        if knows_serial and p(0.5):
            body += " " + sertxt
            ser_body = True
        body = " ".join(body.split())
        feats = []
    else:
        wz = window_zh(L["lf"], L["lt"])
        act = act_for(pid)[0]
        pz = place_zh(pid)
        verb = ch(["丢了", "不见了", "找不到了", "丢了"])
        cw = colw if (says_color and o["cat"] != "cash") else ""
        desc_noun = jn(cw + ("的" if cw and p(0.4) else ""), brw, mdw, noun) if (brw or mdw) else (cw + noun)
        sub = o["sub"]
        if sub in ("ebike_rent", "ebike_own", "bike_rent", "bike_tour"):
            intro = ch(["%s把%s停在%s，回来就%s。" % (wz, desc_noun, pz, ch(["不见了", "找不到了"])),
                        "%s%s停在%s附近，%s。" % (wz, desc_noun, pz, ch(["被人骑走了", "不知道停哪了，找不到了", "回来车没了"]))])
        elif sub == "drone":
            intro = ch(["%s在%s飞%s，信号断了，掉在附近找不到。" % (wz, pz, desc_noun),
                        "%s在%s航拍时炸机了，%s掉下去没找到。" % (wz, pz, desc_noun)])
        elif PLACES[pid]["kind"] == "vehicle":
            intro = ch(["%s坐%s，下车后发现%s落在车上了。" % (wz, pz.replace("上", ""), desc_noun),
                        "%s%s落在%s了。" % (wz, desc_noun, pz)])
        elif PLACES[pid]["kind"] == "inn":
            intro = ch(["%s住在%s，%s的时候%s%s。" % (wz, pz, act, desc_noun, verb),
                        "%s从%s出来后发现%s%s，可能落在%s了。" % (wz, pz, desc_noun, verb, ch(["房间", "院子", "前台"]))])
        elif L.get("vague"):
            intro = ch(["%s在古城里逛，%s%s，不记得在哪丢的。" % (wz, desc_noun, verb),
                        "%s%s%s，去过%s、%s好几个地方，不确定在哪。" % (wz, desc_noun, verb, pz, place_zh(near_place(pid)))])
        else:
            intro = ch(["%s在%s%s，%s%s%s。" % (wz, pz, act, ch(["回去才发现", "一摸口袋发现", "后来发现", "", "付钱时发现"]), desc_noun, verb),
                        "%s%s在%s%s。" % (wz, desc_noun, pz, verb),
                        "%s%s，大概是在%s%s的时候。" % (desc_noun, verb, pz, act) + "时间" + wz + "。"])
        if per.get("proxy"):
            intro = ch(["帮%s登记：老人今年%d岁，" % (per["proxy"], per["age"]), "替%s报失，老人家%d岁，" % (per["proxy"], per["age"]),
                        "我是家属，帮%s（%d岁）登记：" % (per["proxy"], per["age"])]) + intro
            if per.get("group"):
                intro += "跟的是%s的团。" % per["group"][0]
        elif per.get("guide_for"):
            intro = "%s导游%s代登记：团里游客%s，" % (per["group"][0], per["group"][2] + ch(["导", "姐", "哥"]), per["name"]) + intro
        elif per.get("group") and p(0.3):
            intro += "我们是%s的团。" % per["group"][0]
        parts = [intro]
        if feats:
            parts.append(ch(["特征：", "", "特点是", ""]) + "，".join(feat_zh(f) for f in feats) + "。")
        if o["name"] and o["cat"] in ("id_doc",) or (o["name"] and o["sub"] == "luggage" and p(0.5)):
            nm = per["name"] if o["sub"] != "passport" or per["kind"] != "for" else o["name"]
            if per.get("proxy") or per.get("guide_for"):
                parts.append(ch(["名字是", "姓名", "证上名字："]) + nm + "。")
            else:
                parts.append(ch(["我叫", "姓名", "名字：", "本人"]) + nm + "。")
            st["name"] = nm
        if knows_serial and (p(0.6) or not p(fill["serial"])):
            lab = {"id": ch(["身份证号", "号码", "证号"]), "imei": "", "bank": "", "room": ch(["房号", "住", ""]),
                   "plate": ch(["车牌", "牌照"]), "fleet": ch(["车编号", "租车编号"]), "sn": ch(["序列号", "SN"]),
                   "passport": "护照号", "student": "学号", "guide": "证号", "elder": "证号", "locker": "柜号",
                   "jacket": "编号", "carplate": "车牌", "frame": "车架号", "bikeno": "车号"}.get(ser["kind"], "")
            if ser["kind"] in ("sn", "imei", "bank", "room", "plate", "carplate", "frame") and sertxt.startswith(("车牌", "IMEI", "SN", "S/N", "序列号", "尾号", "卡号", "后")):
                lab = ""
            if ser["kind"] in ("id", "passport") and o["cat"] != "id_doc":
                lab = ch(["身份证号", "里面身份证号"]) if not sertxt.startswith(("后", "尾号")) else "身份证"
            if ser["kind"] == "bank":
                parts.append("里面有张" + ("" if sertxt.startswith(ser["bank"]) else ser["bank"]) + "卡，" + sertxt + "。")
            else:
                parts.append(lab + ("：" if lab and p(0.5) else "") + sertxt + "。")
            ser_body = True
        parts.append(ch(PLEAS))
        body = "".join(parts)
        body = apply_dialect(body, voice)
        body += ch(DIALECT.get(voice, DIALECT["std"])[1])
        if style == "hurry" and p(0.75):
            # one hurried line
            short = "%s%s %s %s" % (pz, ch(["丢了", "丢", "掉了"]), desc_noun, ("，" + feat_zh(feats[0])) if feats else "")
            if o["name"] and o["cat"] == "id_doc":
                short += " " + ch(["名字", "姓名", ""]) + st["name"] if st["name"] else " " + per["name"]
                st["name"] = st["name"] or per["name"]
            elif o["sub"] == "luggage":
                st["name"] = None
            ser_body = False
            if knows_serial and p(0.5):
                short += " " + sertxt
                ser_body = True
            feats = feats[:1]
            body = apply_typos(" ".join(short.split()), R.randint(1, 2))
        elif style == "hurry":
            body = apply_typos(body, 1)
    body = clip(body.strip(), 600)
    rec["body"] = body
    # --- fields
    if o["color"] and p(fill["color"]):
        rec["color"] = c_en(o["color"]) if en and p(0.6) else c_zh(o["color"])
        st["color"] = o["color"]
    if says_color and o["color"]:
        st["color"] = o["color"]
    if knows_brand:
        st["brand"] = o["brand"]
        if p(fill["brand"]):
            rec["brand"] = brand_en(o["brand"], o["cat"]) if en and p(0.7) else brand_var(o["brand"], "own", style, o["cat"])
    if knows_model and (mdw or p(fill["model"])) and not py:
        st["model"] = o["model"]
        st["brand"] = o["brand"]           # a model name gives the brand away
    if knows_model and p(fill["model"]):
        rec["model"] = model_var(o["model"])
        st["model"], st["brand"] = o["model"], o["brand"]
    if knows_serial:
        shown = positions(sermode, len(ser["val"])) if ser_body else set()
        if p(fill["serial"]):
            t2, m2 = fmt_serial(ser, "own", per)
            if ser["kind"] == "bank" or t2.startswith(("后", "尾号")):
                t2 = ser["val"][-4:] if ser["kind"] in ("bank",) else t2
            rec["serial"] = clip(t2, 60)
            shown = shown | positions(m2, len(ser["val"]))
        if shown:
            st["serial"] = (ser["kind"], serial_core(ser), shown)
    marks_f = [f for f in pool if f not in feats]
    if p(fill["marks"]) and (feats or marks_f):
        mf = pick(feats + marks_f, R.randint(1, min(4, len(feats) + len(marks_f))))
        rec["marks"] = clip(("; " if en else "；").join(feat_en(f) if en else feat_zh(f) for f in mf), 500)
        feats = feats + [f for f in mf if f not in feats]
    for f in feats:
        st["feats"][f["k"]] = f["v"]
    if p(fill["address"]):
        if en:
            addr = PLACES[pid]["en"] if not L.get("vague") else "old town"
        elif PLACES[pid]["kind"] == "vehicle":
            addr = place_zh(pid)
        elif L.get("vague"):
            addr = ch(["古城里", "古城内，具体不清楚", "不确定，古城一带"])
        else:
            addr = place_zh(pid) + ch(["", "附近", "一带", ""])
            if PLACES[pid]["kind"] == "inn" and p(0.4):
                addr += ch(["房间", "院子里"])
            np_ = near_place(pid)
            if p(0.12) and np_ != pid:
                addr = "从%s到%s的路上" % (place_zh(pid), place_zh(np_))
        rec["address"] = clip(addr, 60)
    if L.get("xy") and not L.get("vague") and p(fill["ll"]):
        rec["lat"], rec["lon"] = latlon(L["xy"])
    rec["lost_from_min"] = L["lf"]
    rec["lost_to_min"] = L["lt"]
    return rec, st


# ----------------------------------------------------------------------------- found item
FINDER_BY_KIND = {
    "square": ["cleaner", "tourist", "patrol", "vendor", "tourist_en"],
    "bar": ["bar", "bar", "patrol", "tourist"],
    "shop": ["shop", "shop", "vendor", "tourist"],
    "street": ["cleaner", "tourist", "patrol", "vendor", "tourist_en"],
    "food": ["shop", "cleaner", "tourist"],
    "scenic": ["staff", "staff", "tourist", "guide"],
    "inn": ["inn", "inn", "inn", "tourist_en"],
    "transport": ["driver", "staff", "patrol"],
    "lake": ["staff", "tourist", "patrol", "villager"],
    "village": ["villager", "tourist"],
    "rental": ["rental"],
    "police": ["taxi"],
}


def finder_desc(ft, pid):
    s = ch(SURN)
    venue = PLACES[pid]["zh"][0]
    if ft == "cleaner":
        return ch(["环卫工人%s师傅" % s, "环卫工", "扫街的%s阿姨" % s, "保洁员"])
    if ft == "tourist":
        return ch(["游客%s女士" % s, "一位%s游客" % wch([(x[1], x[3]) for x in PROVS]), "游客%s先生" % s, "路过的游客",
                   "一对情侣游客"])
    if ft == "patrol":
        return ch(["巡逻民警", "辅警小%s" % s, "巡逻队员", "古城巡逻组"])
    if ft == "vendor":
        return ch(["摆摊的阿妈", "卖披肩的大姐", "卖银饰的摊主%s师傅" % s, "卖烤乳扇的阿姨"])
    if ft == "bar":
        return ch(["%s服务员" % ch(BARS), "%s老板" % ch(BARS), "%s的驻唱歌手" % ch(BARS)])
    if ft == "shop":
        return ch(["店员", "店老板娘", "店主%s女士" % s])
    if ft == "staff":
        return ch(["%s工作人员" % venue, "景区保安", "%s检票员" % venue])
    if ft == "guide":
        return "%s导游小%s" % (ch(AGENCIES)[0], s)
    if ft == "inn":
        return ch(["%s前台" % venue, "%s老板" % venue, "%s保洁阿姨" % venue, "%s管家" % venue])
    if ft == "driver":
        return ch(["机场大巴司机%s师傅" % s, "大巴乘务员", "出租车司机"])
    if ft == "villager":
        return ch(["村民%s大爹" % s, "放牛的村民", "湖边钓鱼的大爷"])
    if ft == "rental":
        return ch(["%s老板" % venue, "租车行店员"])
    if ft == "taxi":
        return ch(["出租车司机%s师傅" % s, "网约车司机%s师傅" % s])
    return "群众"


def render_found(o, F_, style=None):
    """F_: dict(place, xy, fm, ft (finder type), force_keys, force_serial, room)."""
    pid = F_["place"]
    ft = F_.get("ft") or ch(FINDER_BY_KIND[PLACES[pid]["kind"]])
    if ft == "tourist_en" and (o["cat"] in ("ebike", "cash") or (o["cat"] == "id_doc" and o["gsub"] != "passport_for")):
        ft = "tourist"
    style = style or wch([("desk", 7), ("terse", 3)])
    fill = FILL[style]
    st = new_shown(o)
    st["place"] = pid
    pool = [f for f in o["feats"] if f["who"] in ("both", "fnd")]
    k = R.randint(1, 4) if style == "desk" else R.randint(0, 2)
    feats = pick(pool, k)
    fk = F_.get("force_keys") or []
    for f in pool:
        if f["k"] in fk and f not in feats:
            feats.append(f)
    # fnd-only cash counts are always written by the desk when there is cash
    for f in pool:
        if f["k"] == "cash" and f not in feats and p(0.85):
            feats.append(f)
    ser = o["serial"]
    sees_serial = ser is not None and (p(ser["fnd"]) or F_.get("force_serial"))
    sees_brand = o["brand"] and (p(0.85) or F_.get("force_brand"))
    sees_model = o["model"] and p(o["mvis"])
    c_seen = o["color"]
    if c_seen and CONFUSE[c_seen] and p(0.1) and not F_.get("exact_color"):
        c_seen = ch(CONFUSE[c_seen])
    if ft == "tourist_en" and F_.get("nz"):
        ft = "tourist"
    en = ft == "tourist_en"
    noun = ch(o["ne"]) if en else ch(F_.get("nz") or o["nz"])
    clf = F_.get("clf") or o["clf"]
    brw = brand_var(o["brand"], "fnd", cat=o["cat"]) if sees_brand else ""
    if en and sees_brand:
        brw = brand_en(o["brand"], o["cat"])
    mdw = model_var(o["model"]) if sees_model else ""
    brw, mdw = dedupe_words(brw, mdw)
    if brw and (brw.lower() in noun.lower() or noun.lower() in brw.lower()):
        noun = o["nz"][1] if not en else o["ne"][0]
        if brw.lower() in noun.lower():
            brw = ""
    sertxt, sermode = fmt_serial(ser, "fnd") if sees_serial else ("", None)
    if en and sees_serial:
        sertxt = en_serial(ser, sertxt)
    nm = o["name"]
    rec = {}
    fm = F_["fm"]
    if en:
        what = " ".join(x for x in [c_en(c_seen) if c_seen else "", brw, mdw, o["ne"][0]] if x)
        art = "a pair of" if o["ne"][0].endswith(("buds", "glasses", "poles", "earrings")) else (
            "some" if o["ne"][0].endswith(("keys", "cash", "notes")) else ("an" if what[0].lower() in "aeiou" else "a"))
        parts = ["Found %s %s %s %s." % (art, what,
                                        ch(["at", "near", "on a bench at"]) + " " + PLACES[pid]["en"], when_en(fm))]
        if feats:
            parts.append(" ".join(feat_en(f)[0].upper() + feat_en(f)[1:] + "." for f in feats))
        if nm:
            parts.append("Name: %s." % nm)
        if sees_serial:
            parts.append("No. %s" % sertxt)
        parts.append(ch(["Handed it to the hostel desk, they brought it here.", "Hope the owner gets it back!", ""]))
        body = " ".join(x for x in parts if x)
    else:
        who = F_.get("who") or finder_desc(ft, pid)
        spot = F_.get("spot") or spot_zh(pid, F_.get("room"))
        if o["cat"] in ("ebike", "bicycle"):
            spot = ch(["门口", "路边", "停车处", "墙根下", "树下"])
        pz = place_zh(pid)
        tz = when_zh(fm)
        cw = c_zh(c_seen) if (c_seen and o["cat"] != "cash") else ""
        thing = jn(cw, brw, mdw, noun)
        verb = ch(["拾得", "捡到", "发现", "拾获"])
        if style == "terse":
            body = "%s%s%s %s" % (pz, spot if p(0.5) else "", ch(["捡的", "拾到", "捡到"]), thing)
            if feats:
                body += " " + "，".join(feat_zh(f) for f in feats)
            if nm and o["cat"] == "id_doc":
                body += " " + nm
            if sees_serial:
                body += " " + sertxt
            if p(0.5):
                body = apply_typos(body, 1)
        else:
            if o["cat"] in ("ebike", "bicycle"):
                intro = ch(["%s%s发现%s%s停着%s一%s，%s" % (who, tz, pz, spot, thing, clf, ch(["停了很久没人骑", "没上锁", "钥匙没拔", "停了两三天了"])),
                            "%s在%s%s发现%s一%s，无人看管，%s报来" % (tz, pz, spot, thing, clf, who)])
            elif PLACES[pid]["kind"] == "inn" and ft == "inn":
                chore = "打扫房间时" if 8 <= abs_of(fm)[1] // 60 < 19 else ch(["值夜班时", "查房时", ""])
                intro = ch(["%s：%s%s在%s%s%s一%s" % (who, tz, chore, spot, verb, thing, clf),
                            "%s交来，%s在%s%s%s一%s" % (who, tz, spot, verb, thing, clf)])
            elif ft in ("driver", "taxi"):
                intro = ch(["%s交来：%s收车时在车上%s%s发现%s一%s" % (who, tz, ch(["后排", "最后一排", "座位底下", "行李架上"]), "", thing, clf),
                            "%s于%s在车内%s%s一%s，送到%s" % (who, tz, verb, thing, clf, pz)])
            else:
                intro = ch(["%s于%s在%s%s%s%s一%s" % (who, tz, pz, spot, verb, thing, clf),
                            "%s交来：%s在%s%s%s的%s一%s" % (who, tz, pz, spot, ch(["捡到", "拾到"]), thing, clf),
                            "%s在%s%s%s%s一%s，%s送来" % (tz, pz, spot, verb, thing, clf, who)])
            parts = [intro]
            if feats:
                parts.append("，" + "，".join(feat_zh(f) for f in feats))
            parts.append("。")
            if nm and (o["cat"] == "id_doc" or o["sub"] == "luggage"):
                parts.append(ch(["姓名：", "证上姓名", "持证人"]) + nm + "。")
            if sees_serial:
                lab = {"id": ch(["证件号", "号码", "身份证号"]), "imei": "IMEI", "bank": "银行卡号", "room": "牌号",
                       "plate": "车牌", "fleet": "车身编号", "sn": "机身序列号", "passport": "护照号", "student": "学号",
                       "guide": "导游证号", "elder": "证号", "locker": "手环号", "jacket": "衣服编号", "carplate": "钥匙牌车牌",
                       "frame": "车架号", "bikeno": "车号"}.get(ser["kind"], "")
                if sertxt.startswith(("车牌", "编号", "No.", "IMEI", "SN", "S/N", "学号", "导游证号", "尾号", "Room", "****")):
                    lab = ""
                parts.append(lab + ("：" if lab and p(0.6) else "") + sertxt + "。")
            parts.append(ch(["", "", "已登记，请失主带证件认领。", "暂存阳光坐席。", "暂无失主信息。"]))
            body = "".join(parts)
    body = clip(body.strip(), 600)
    rec["body"] = body
    if nm and (o["cat"] == "id_doc" or o["sub"] == "luggage"):
        st["name"] = nm
    if c_seen:
        st["color"] = c_seen
        if p(fill["color"]):
            rec["color"] = c_en(c_seen) if en else c_zh(c_seen)
    if sees_brand:
        st["brand"] = o["brand"]
        if p(fill["brand"]):
            rec["brand"] = brand_en(o["brand"], o["cat"]) if en else brand_var(o["brand"], "fnd", cat=o["cat"])
    if sees_model:
        st["model"] = o["model"]
        st["brand"] = o["brand"]
    if sees_model and p(fill["model"]):
        rec["model"] = model_var(o["model"])
    if sees_serial:
        if p(fill["serial"]) or F_.get("force_serial"):
            t2, m2 = fmt_serial(ser, "fnd")
            rec["serial"] = clip(t2, 60)
            if len(positions(m2, len(ser["val"]))) > len(positions(sermode, len(ser["val"]))):
                sermode = m2
        st["serial"] = (ser["kind"], serial_core(ser), positions(sermode, len(ser["val"])))
    rest = [f for f in pool if f not in feats]
    if p(fill["marks"]) and (feats or rest):
        mf = pick(feats + rest, R.randint(1, min(4, len(feats) + len(rest))))
        rec["marks"] = clip(("; " if en else "；").join(feat_en(f) if en else feat_zh(f) for f in mf), 500)
        feats = feats + [f for f in mf if f not in feats]
    for f in feats:
        st["feats"][f["k"]] = f["v"]
    if p(fill["address"]):
        if en:
            rec["address"] = PLACES[pid]["en"]
        else:
            rec["address"] = clip(place_zh(pid) + (spot_zh(pid, F_.get("room")) if p(0.5) and PLACES[pid]["kind"] != "inn" else ""), 60)
    if F_.get("xy") and p(fill["ll"]):
        rec["lat"], rec["lon"] = latlon(F_["xy"])
    rec["found_at_min"] = fm
    return rec, st


# ----------------------------------------------------------------------------- contradiction checks
NUMERIC_KEYS = ("cash", "weight", "fx")
# kinds a reader can actually tell apart from the words used (a long and a short wallet are both "钱包")
VISKIND = {"wallet_long": "wallet", "wallet_short": "wallet", "ebike_rent": "ebike", "ebike_own": "ebike",
           "bike_rent": "bike", "bike_tour": "bike", "cash_env": "cash", "cash_loose": "cash",
           "cash_redpacket": "cash", "backpack": "backpack", "crossbody": "handbag", "tote": "handbag"}


def contradictions(ls, lrec, fs, frec):
    """What a careful reader could use to tell the found item is NOT the lost object."""
    out = set()
    if frec["found_at_min"] > lrec["lost_from_min"]:
        out.add("time")
    if ls["serial"] and fs["serial"] and ls["serial"][0] == fs["serial"][0]:
        a, b = ls["serial"][1], fs["serial"][1]
        common = ls["serial"][2] & fs["serial"][2]
        if ":" in a or ":" in b:
            if a != b:
                out.add("serial")
        elif len(a) != len(b):
            out.add("serial")
        elif any(a[i] != b[i] for i in common):
            out.add("serial")
    if ls["name"] and fs["name"] and sorted(ls["name"].lower().split()) != sorted(fs["name"].lower().split()):
        out.add("name")
    for k in ls["feats"]:
        if k in fs["feats"]:
            a, b = ls["feats"][k], fs["feats"][k]
            if k in NUMERIC_KEYS:
                if abs(float(a) - float(b)) > max(1.0, 0.15 * float(a)):
                    out.add("feat")
            elif a != b:
                out.add("feat")
    if ls["color"] and fs["color"] and ls["color"] != fs["color"] and fs["color"] not in CONFUSE.get(ls["color"], []):
        out.add("color")
    if ls["brand"] and fs["brand"] and ls["brand"] != fs["brand"]:
        out.add("brand")
    if ls.get("model") and fs.get("model") and ls["model"] != fs["model"]:
        out.add("model")
    if VISKIND.get(ls["sub"], ls["sub"]) != VISKIND.get(fs["sub"], fs["sub"]):
        out.add("sub")
    return out


# ----------------------------------------------------------------------------- time helpers
def draw_loss(pid, edge=False):
    kind = PLACES[pid]["kind"]
    h0, h1 = HOURS[kind]
    d = -int((R.random() ** 1.25) * 46)
    mod = R.randint(h0 * 60, h1 * 60 - 1)
    t = d * 1440 + mod
    m = NOW_CLOCK - t
    while m < 40:
        m += 1440
    width = wch([(R.randint(10, 60), 3), (R.randint(60, 180), 3), (R.randint(180, 480), 3),
                 (R.randint(480, 900), 2), (R.randint(1200, 3600), 1)])
    if edge:
        lf = m
        lt = max(0, lf - width)
        lt = lt // 10 * 10
        return m, lf, lt
    f = R.random()
    lf = m + int(f * width)
    lf = int(math.ceil(lf / 10.0) * 10)
    lt = max(0, lf - width)
    lt = min(lt, m)
    lt = lt // 10 * 10
    return m, lf, lt


def draw_found_delay(sub, pid):
    if PLACES[pid]["kind"] in ("vehicle", "transport"):
        return wch([(R.randint(5, 180), 5), (R.randint(180, 1440), 3), (R.randint(1440, 4320), 1)])
    if sub in ("drone", "ebike_rent", "ebike_own", "bike_rent", "bike_tour"):
        return wch([(R.randint(30, 600), 3), (R.randint(600, 2880), 3), (R.randint(2880, 14400), 2)])
    return wch([(R.randint(2, 180), 5), (R.randint(180, 1440), 3), (R.randint(1440, 7200), 1.5),
                (R.randint(7200, 20000), 0.4)])


# ----------------------------------------------------------------------------- assembly
PAIR_QUOTA = {"phone": 25, "id_doc": 24, "wallet": 16, "keys": 14, "ebike": 10, "bicycle": 6, "bag": 14, "cash": 6,
              "jewelry": 14, "electronics": 14, "other": 7}
NULL_QUOTA = {"phone": 14, "id_doc": 10, "wallet": 12, "keys": 8, "ebike": 6, "bicycle": 4, "bag": 8, "cash": 9,
              "jewelry": 8, "electronics": 7, "other": 4}
assert sum(PAIR_QUOTA.values()) == N_PAIRS and sum(NULL_QUOTA.values()) == N_NULL


YOUNG_SUBS = ("bike_tour", "ebike_rent", "bike_rent", "drone", "actioncam", "instax", "poles")


def person_for(sub):
    if sub in YOUNG_SUBS:
        if p(0.15):
            return make_person("for")
        per = make_person("dom", age=R.randint(19, 42))
        per["proxy"] = None
        return per
    if sub in ("passport_for", "cash_foreign"):
        return make_person("for")
    if sub in ("housekey", "ebike_own"):
        return make_person("local", age=R.randint(25, 66))
    if sub == "guide":
        per = make_person("local", age=R.randint(24, 45))
        ag = ch(AGENCIES)
        per["group"] = (ag[0], "%s%02d%02d团" % (ag[1], R.randint(7, 8), R.randint(1, 28)), per["name"][0])
        per["proxy"] = None
        return per
    if sub == "elder":
        per = make_person("dom", age=R.randint(63, 82))
        if not per.get("proxy") and p(0.7):
            per["proxy"] = ch(["我妈", "我爸", "我外婆"])
        return per
    if sub == "student":
        return make_person("dom", age=R.randint(18, 23))
    if sub in FOREIGN_OK and p(0.14):
        return make_person("for")
    per = make_person("dom")
    if p(0.03):
        per["voice"], per["style"] = "py", "hurry"
    return per


def build_item(cat, with_found, sub=None, edge=False):
    sub = sub or wch(CAT_SUBS[cat])
    per = person_for(sub)
    if per["kind"] == "dom" and per.get("group") and not per.get("proxy") and p(0.25) and per["voice"] != "py":
        per["guide_for"] = True
    o = gen_obj(sub, per)
    pid = lost_place_for(sub, per)
    if sub == "roomkey" and PLACES[pid]["kind"] == "inn":
        pid = "sihe"
    tloss, lf, lt = draw_loss(pid, edge)
    vague = PLACES[pid]["kind"] not in ("vehicle",) and p(0.08) and sub not in ("ebike_rent", "ebike_own", "bike_rent", "bike_tour")
    lxy = jitter(PLACES[pid]["xy"], 15, 140) if PLACES[pid]["xy"] else None
    L = dict(place=pid, xy=lxy, lf=lf, lt=lt, vague=vague)
    item = dict(cat=cat, sub=sub, per=per, obj=o, L=L, tloss=tloss, edge=edge)
    if with_found:
        rel = wch([("same", 3), ("near", 4.5), ("near", 0)])
        if PLACES[pid]["kind"] == "vehicle":
            fpid = near_place(pid)
        elif rel == "same" or (PLACES[pid]["kind"] == "inn" and p(0.75)):
            fpid = pid
        else:
            fpid = near_place(pid)
        if sub in ("roomkey",) and p(0.5):
            fpid = o["serial"]["inn"]     # somebody brings it back to the inn
        if sub == "ebikekey" and p(0.4):
            fpid = ch(["rentn", "rents"])
        delay = 0 if edge else draw_found_delay(sub, pid)
        fm = tloss - delay
        if fm < 0:
            fm = R.randint(0, max(0, tloss - 1))
        fxy = jitter(PLACES[fpid]["xy"], 10, 90)
        item["F"] = dict(place=fpid, xy=fxy, fm=fm)
    return item


def render_item(item):
    per, o = item["per"], item["obj"]
    lrec, lst = render_lost(o, per, item["L"])
    item["lrec"], item["lst"] = lrec, lst
    if "F" in item:
        frec, fst = render_found(o, item["F"])
        item["frec"], item["fst"] = frec, fst


def main(out_path):
    pairs, nulls = [], []
    edge_left = 2
    for cat in sorted(PAIR_QUOTA):
        for _ in range(PAIR_QUOTA[cat]):
            edge = edge_left > 0 and cat in ("phone", "bag") and p(0.2)
            if edge:
                edge_left -= 1
            pairs.append(build_item(cat, True, edge=edge))
    for cat in sorted(NULL_QUOTA):
        for _ in range(NULL_QUOTA[cat]):
            nulls.append(build_item(cat, False))
    # four objects that two people file under different categories
    cross = [("bag", "waist", "id_doc", "腰包里有身份证，拾得人按证件登记"),
             ("electronics", "camera", "bag", "相机装在相机包里，拾得人按包登记"),
             ("jewelry", "hairpin", "other", "银发簪，拾得人登记为其他"),
             ("electronics", "kindle", "other", "Kindle，拾得人登记为其他")]
    for lc, sub, fc, _why in cross:
        it = build_item(lc, True, sub=sub)
        while sub == "waist" and it["per"]["kind"] == "for":
            it = build_item(lc, True, sub=sub)
        it["fcat"] = fc
        if sub == "waist":
            # make sure the ID card is in the bag and visible to the finder
            o = it["obj"]
            o["feats"] = [f for f in o["feats"] if f["k"] != "idin"]
            o["feats"].append(F("idin", it["per"]["name"], ["包里有我的身份证", "身份证在包里"], ["my ID is in it"], "own"))
            o["feats"].append(F("idin", it["per"]["name"], ["包内有身份证，姓名%s" % it["per"]["name"]], ["ID card inside"], "fnd"))
            o["serial"] = {"kind": "id", "val": it["per"]["idn"], "own": 0.5, "fnd": 1.0}
            o["name"] = it["per"]["name"]
        if sub == "waist":
            it["F"]["nz"] = ["腰包（内有身份证）", "身份证连腰包"]
            it["F"]["clf"] = "个"
        if sub == "camera":
            o = it["obj"]
            o["feats"].append(F("bag", "y", ["装在黑色相机包里", "连着相机包一起"], ["in a black camera bag"]))
            it["F"]["nz"] = ["相机包（里面有相机）", "黑色相机包，内有相机"]
            it["F"]["clf"] = "个"
        if sub == "kindle":
            it["F"]["nz"] = ["电子阅读器", "像平板一样的电子书", "电纸书"]
        if sub == "hairpin":
            it["F"]["nz"] = ["银簪子", "发簪", "头簪"]
        pairs.append(it)
    # drop four ordinary pairs of the same categories to keep 150
    for lc, sub, fc, _ in cross:
        for i, it in enumerate(pairs):
            if it["cat"] == lc and "fcat" not in it and not it.get("edge"):
                del pairs[i]
                break
    assert len(pairs) == N_PAIRS
    for it in pairs + nulls:
        render_item(it)
    # a true pair must never contradict itself
    for it in pairs:
        c = contradictions(it["lst"], it["lrec"], it["fst"], it["frec"]) - {"sub"}
        if c:
            # re-render the found side until it agrees (only honest variation remains)
            for _ in range(30):
                it["frec"], it["fst"] = render_found(it["obj"], it["F"])
                c = contradictions(it["lst"], it["lrec"], it["fst"], it["frec"]) - {"sub"}
                if not c:
                    break
            assert not c, (it["sub"], c)
    negs = make_negatives(pairs, nulls)
    # ---- assemble, shuffle, key
    lost_items = pairs + nulls
    R.shuffle(lost_items)
    found_items = [("pair", it) for it in pairs] + [("neg", n) for n in negs]
    R.shuffle(found_items)
    found_out = []
    for i, (kind, it) in enumerate(found_items, 1):
        key = "%s-F%04d" % (PFX, i)
        if kind == "pair":
            it["fkey"] = key
            rec = dict(key=key, category=it.get("fcat", it["cat"]))
            rec.update(order_fields(it["frec"]))
        else:
            rec = dict(key=key, category=it["cat"])
            rec.update(order_fields(it["frec"]))
            rec["negative"] = it["kind"]
        found_out.append(rec)
    lost_out = []
    for i, it in enumerate(lost_items, 1):
        rec = dict(key="%s-L%04d" % (PFX, i), category=it["cat"])
        rec.update(order_fields(it["lrec"]))
        rec["truth"] = it.get("fkey")
        lost_out.append(rec)
    data = {"seed": SEED, "made_by": MADE_BY, "parts": {PART: {"found": found_out, "lost": lost_out}}}
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    side = os.environ.get("S80_SIDE")      # optional: where each negative was aimed (for reviewing only)
    if side:
        lk = {id(it): "%s-L%04d" % (PFX, i) for i, it in enumerate(lost_items, 1)}
        rows = []
        for i, (kind, it) in enumerate(found_items, 1):
            if kind == "neg":
                rows.append({"found": "%s-F%04d" % (PFX, i), "negative": it["kind"], "aimed_at": lk[id(it["target"])],
                             "target_has_truth": bool(it["target"].get("fkey")),
                             "contradictions": sorted(contradictions(it["target"]["lst"], it["target"]["lrec"],
                                                                     it["fst"], it["frec"]))})
        # look-alikes: found items that nothing in the two registrations tells apart from a lost report
        alike = []
        for lit in lost_items:
            for i, (kind, it) in enumerate(found_items, 1):
                if kind == "pair" and it is lit:
                    continue
                if kind == "pair":
                    fst, frec, fpl, fcat = it["fst"], it["frec"], it["F"]["place"], it.get("fcat", it["cat"])
                else:
                    fst, frec, fpl, fcat = it["fst"], it["frec"], it["fst"]["place"], it["cat"]
                if fcat != lit["cat"]:
                    continue
                if contradictions(lit["lst"], lit["lrec"], fst, frec):
                    continue
                d = dist_m(PLACES[lit["L"]["place"]]["xy"], PLACES[fpl]["xy"])
                if d is not None and d > 2500:
                    continue
                same = [k for k in ("brand", "model", "color") if lit["lst"].get(k) and lit["lst"][k] == fst.get(k)]
                alike.append({"lost": lk[id(lit)], "found": "%s-F%04d" % (PFX, i), "found_is": kind,
                              "lost_has_truth": bool(lit.get("fkey")), "shared": same,
                              "metres": None if d is None else int(d)})
        with open(side, "w", encoding="utf-8") as fh:
            json.dump({"negatives": rows, "lookalikes": alike}, fh, ensure_ascii=False, indent=1)
    kinds = {}
    for n in negs:
        kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
    print("wrote %s: %d lost (%d with truth, %d null), %d found (%d negatives)" % (
        out_path, len(lost_out), sum(1 for r in lost_out if r["truth"]), sum(1 for r in lost_out if not r["truth"]),
        len(found_out), len(negs)))
    for k in sorted(kinds):
        print("  negative %-28s %d" % (k, kinds[k]))


FIELD_ORDER = ["body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "lost_from_min",
               "lost_to_min", "found_at_min"]


def order_fields(rec):
    return {k: rec[k] for k in FIELD_ORDER if k in rec}


# ----------------------------------------------------------------------------- negatives
NEG_PLAN = [("same_cat_color", 22), ("found_before_loss", 18), ("same_brand_other_place_time", 16), ("twin", 16),
            ("near_serial", 16), ("same_spot_other_item", 12), ("same_name", 8), ("group_mate", 6),
            ("same_model_other_colour", 6)]


def near_serial_val(s):
    k, v = s["kind"], s["val"]
    t = dict(s)
    if k == "imei":
        body = v[:14]
        i = R.randint(8, 13)
        nd = str((int(body[i]) + R.randint(1, 9)) % 10)
        body = body[:i] + nd + body[i + 1:]
        t["val"] = body + luhn_digit(body)
    elif k == "id":
        s17 = v[:17]
        seq = int(s17[14:17])
        seq2 = seq + ch([-2, 2, 4]) if seq > 4 else seq + 2
        s17 = s17[:14] + "%03d" % seq2
        t["val"] = s17 + gb_check(s17)
    elif k == "bank":
        a = list(v)
        if p(0.5) and a[2] != a[3]:
            a[2], a[3] = a[3], a[2]
        else:
            a[3] = str((int(a[3]) + ch([1, 9])) % 10)
        t["val"] = "".join(a)
    elif k == "room":
        if v.isdigit() and p(0.6):
            t["val"] = ch([x for x in INN_ROOMS if x.isdigit() and x != v and x[0] == v[0]] or [x for x in INN_ROOMS if x != v])
        else:
            t["inn"] = ch([x for x in INN_IDS if x != s["inn"]])   # same number, another inn
    elif k in ("plate", "fleet", "sn", "passport", "student", "guide", "elder", "locker", "jacket", "carplate", "bikeno",
               "frame"):
        a = list(v)
        idx = [i for i, c in enumerate(a) if c.isdigit()]
        i = idx[-1] if p(0.5) else ch(idx[-3:])
        a[i] = str((int(a[i]) + ch([1, 2, 8, 9])) % 10)
        t["val"] = "".join(a)
    return t


def clone_obj(o, per, force_extra=None):
    force = dict(brand=o["brand"], model=o["model"], color=o["color"])
    if force_extra:
        force.update(force_extra)
    o2 = gen_obj(o["gsub"], per, force)
    return o2


def other_person(base=None, same_name=False, kind=None):
    if base and base["kind"] == "for":
        per = make_person("for")
    else:
        per = make_person(kind or "dom")
    if same_name and base:
        per["name"] = base["name"]
        if base["kind"] == "for":
            per["first"], per["last"] = base["first"], base["last"]
            per["name"] = base["name"]
        else:
            per["g"] = base["g"]
            per["idn"] = make_id(per["prov"][0], 2025 - R.randint(20, 70), base["g"])
    return per


def make_negatives(pairs, nulls):
    negs = []
    targets_all = pairs + nulls
    used = {}

    def choose_target(pred):
        for _ in range(400):
            pool = nulls if p(0.45) else pairs
            it = ch(pool)
            if used.get(id(it), 0) >= 2:
                continue
            if pred(it):
                used[id(it)] = used.get(id(it), 0) + 1
                return it
        cands = [it for it in targets_all if pred(it) and used.get(id(it), 0) < 3]
        it = ch(cands)
        used[id(it)] = used.get(id(it), 0) + 1
        return it

    for kind, n in NEG_PLAN:
        for _ in range(n):
            for attempt in range(60):
                neg = make_one_negative(kind, choose_target)
                if neg is not None:
                    negs.append(neg)
                    break
            else:
                raise SystemExit("could not make negative " + kind)
    return negs


def stated_serial(it):
    return it["lst"]["serial"] is not None


def neg_time_after(t):
    """A found time that does not by itself exclude the lost report t."""
    lf, lt = t["lrec"]["lost_from_min"], t["lrec"]["lost_to_min"]
    lo = max(0, lt - R.randint(0, 2880))
    return R.randint(lo, lf)


def fix_sub(sub, per):
    if per["kind"] == "for" and sub in ("idcard", "passport_cn", "student", "driver", "guide", "elder"):
        return "passport_for"
    if per["kind"] != "for" and sub in ("passport_for", "cash_foreign"):
        return "passport_cn" if sub == "passport_for" else "cash_loose"
    if sub in ("guide", "elder"):
        return "idcard"
    return sub


def make_one_negative(kind, choose_target):
    t = None
    o2 = None
    fk = []
    force_serial = False
    exact_color = False
    force_brand = False
    if kind == "same_cat_color":
        t = choose_target(lambda it: it["obj"]["color"] is not None and it["cat"] not in ("cash",))
        o = t["obj"]
        per = other_person(t["per"])
        subs = [s for s, _ in CAT_SUBS[t["cat"]]]
        sub = o["gsub"]
        force = {"color": o["color"]}
        if o["brand"]:
            alts = []
            if o["cat"] == "phone":
                alts = [b for b, _ in PHONE_BRANDS if b != o["brand"]]
            if alts:
                force["brand"] = ch(alts)
            elif len(subs) > 1 and p(0.6):
                sub = ch([s for s in subs if s != o["gsub"]])
        elif len(subs) > 1 and p(0.5):
            sub = ch([s for s in subs if s != o["gsub"]])
        o2 = gen_obj(fix_sub(sub, per), per, force)
        if o2["color"] != o["color"]:
            o2["color"] = o["color"]
        pid = near_place(t["L"]["place"]) if p(0.6) else t["L"]["place"]
        fm = neg_time_after(t)
        exact_color = True
    elif kind == "found_before_loss":
        t = choose_target(lambda it: it["lrec"]["lost_from_min"] < MAXMIN - 3000)
        o = t["obj"]
        per = other_person(t["per"])
        o2 = clone_obj(o, per)
        pid = t["L"]["place"] if p(0.5) else near_place(t["L"]["place"])
        lf = t["lrec"]["lost_from_min"]
        fm = lf + wch([(R.randint(1, 60), 2), (R.randint(60, 1440), 3), (R.randint(1440, 8640), 2)])
        fm = min(fm, MAXMIN)
        exact_color = True
    elif kind == "same_brand_other_place_time":
        t = choose_target(lambda it: it["obj"]["brand"] is not None and it["lst"]["brand"] is not None
                          and it["L"]["place"] not in ("bus", "taxi"))
        o = t["obj"]
        per = other_person(t["per"])
        o2 = clone_obj(o, per, {"color": o["color"] if p(0.6) else None})
        pid = far_place(t["L"]["place"])
        lt = t["lrec"]["lost_to_min"]
        if lt > 14400 and p(0.7):
            fm = lt - R.randint(7200, min(lt, 30000))
        else:
            fm = max(0, lt - R.randint(0, 20000))
            if fm > t["lrec"]["lost_from_min"]:
                fm = t["lrec"]["lost_from_min"]
        if fm < 5:
            fm = R.randint(5, 900)
        fk = list(t["lst"]["feats"].keys())
        force_brand = True
    elif kind == "twin":
        t = choose_target(lambda it: it["sub"] in ("silver_bangle", "silver_ring", "phone", "ebike_rent", "bike_rent",
                                                   "roomkey", "backpack", "drone", "earbuds", "scarf", "jacket_rent",
                                                   "locker", "ebikekey", "powerbank", "camera", "beads", "hairpin")
                          and (it["lst"]["feats"] or stated_serial(it)))
        o = t["obj"]
        per = other_person(t["per"])
        extra = {}
        for f in o["feats"]:
            if f["k"] == "stamp":
                extra["stamp"] = f["v"]
            if f["k"] == "pattern":
                extra["pattern"] = [x for x in PATTERNS if x[0] == f["v"]][0] if o["cat"] == "jewelry" else None
            if f["k"] == "mat":
                pass
        if o["gsub"] == "roomkey":
            extra["inn"] = o["serial"]["inn"]
        if o["gsub"] == "ebike_rent":
            extra["shop"] = [f["v"] for f in o["feats"] if f["k"] == "fleet"][0][:2] == "BM" and "rentn" or "rents"
        if o["gsub"] == "bike_rent":
            extra["inn"] = o["serial"]["inn"]
        if o["gsub"] == "ebikekey":
            extra["shop"] = [f["v"] for f in o["feats"] if f["k"] == "shop"][0]
        extra = {k: v for k, v in extra.items() if v is not None}
        o2 = clone_obj(o, per, extra)
        pid = t["L"]["place"] if p(0.5) else near_place(t["L"]["place"])
        fm = neg_time_after(t)
        fk = [k for k in t["lst"]["feats"].keys()]
        force_serial = stated_serial(t)
        exact_color = True
    elif kind == "near_serial":
        t = choose_target(lambda it: stated_serial(it) and it["obj"]["serial"]["kind"] in (
            "imei", "id", "bank", "room", "plate", "fleet", "sn", "passport", "student", "locker", "jacket",
            "carplate", "bikeno", "frame", "guide", "elder"))
        o = t["obj"]
        per = other_person(t["per"])
        extra = {}
        ns0 = near_serial_val(o["serial"])
        if o["gsub"] in ("roomkey", "bike_rent"):
            extra["inn"] = ns0["inn"]
        if o["gsub"] == "ebikekey":
            extra["shop"] = [f["v"] for f in o["feats"] if f["k"] == "shop"][0]
        o2 = clone_obj(o, per, extra)
        if o["serial"]["kind"] == "id" and t["per"]["kind"] != "for":
            # a twin brother or sister: same region and birthday, next sequence number
            per["prov"] = t["per"]["prov"]
            per["name"] = t["per"]["name"][0] + ch(GM if t["per"]["g"] == "m" else GF) + ch(GM + GF)
            per["age"] = t["per"]["age"]
            o2 = clone_obj(o, per, extra)
        ns = ns0
        ns["fnd"] = 1.0
        o2["serial"] = ns
        if ns["kind"] == "id" and o2["name"]:
            o2["name"] = per["name"]
        if ns["kind"] == "id":
            per["idn"] = ns["val"]
        pid = t["L"]["place"] if p(0.4) else near_place(t["L"]["place"])
        fm = neg_time_after(t)
        force_serial = True
        exact_color = True
    elif kind == "same_spot_other_item":
        t = choose_target(lambda it: it["L"]["place"] not in ("bus", "taxi") and not it["L"]["vague"])
        o = t["obj"]
        per = other_person(t["per"])
        subs = [s for s, _ in CAT_SUBS[t["cat"]] if s != o["gsub"]]
        if subs and p(0.5):
            sub, cat = ch(subs), t["cat"]
        else:
            cat = ch([c for c in sorted(CAT_SUBS) if c != t["cat"] and c not in ("ebike", "bicycle")])
            sub = wch(CAT_SUBS[cat])
        sub = fix_sub(sub, per)
        o2 = gen_obj(sub, per, {"color": o["color"]} if o["color"] else {})
        pid = t["L"]["place"]
        lf, lt = t["lrec"]["lost_from_min"], t["lrec"]["lost_to_min"]
        fm = R.randint(max(0, lt - 120), lf)
    elif kind == "same_name":
        t = choose_target(lambda it: it["cat"] == "id_doc" and it["lst"]["name"] and stated_serial(it)
                          and it["sub"] in ("idcard", "passport", "student", "driver"))
        o = t["obj"]
        per = other_person(t["per"], same_name=True)
        sub = o["gsub"]
        if sub == "student":
            per["school"] = t["per"].get("school") if p(0.5) else None
        o2 = gen_obj(sub, per, {"color": o["color"]} if o["color"] else {})
        o2["serial"]["fnd"] = 1.0
        pid = near_place(t["L"]["place"]) if p(0.6) else far_place(t["L"]["place"])
        fm = neg_time_after(t)
        force_serial = True
    elif kind == "group_mate":
        t = choose_target(lambda it: it["per"].get("group") is not None and it["cat"] in ("bag", "id_doc", "other")
                          and it["sub"] not in ("guide",))
        o = t["obj"]
        per = other_person(t["per"])
        per["group"] = t["per"]["group"]
        sub = o["gsub"]
        if sub in ("guide", "elder", "passport_for"):
            sub = "idcard"
        if sub in ("idcard", "student", "driver", "passport_cn"):
            o2 = gen_obj(sub, per, {})
            force_serial = stated_serial(t)
            o2["serial"]["fnd"] = 1.0
        else:
            o2 = clone_obj(o, per) if o["gsub"] == sub else gen_obj(sub, per, {})
            force_serial = stated_serial(t)
        if o2["cat"] == "id_doc":
            o2["feats"].append(F("group", per["group"][0], ["里面夹着%s的行程单（%s）" % (per["group"][0], per["group"][1])],
                                 ["a tour itinerary inside"]))
        else:
            o2["feats"].append(F("group", per["group"][0], ["挂着%s的团牌，写着%s" % (per["group"][0], per["group"][1]),
                                                            "上面有%s的标签" % per["group"][0]], ["tour group tag"]))
        if o2["name"] is None and o["cat"] in ("bag", "other"):
            o2["feats"].append(F("owner_tag", per["name"], ["团牌背面写着名字“%s”" % per["name"]], ["name on the tag"], "fnd"))
        pid = t["L"]["place"] if p(0.6) else near_place(t["L"]["place"])
        fm = neg_time_after(t)
        fk = ["group"] + list(t["lst"]["feats"].keys())
    elif kind == "same_model_other_colour":
        t = choose_target(lambda it: it["obj"]["brand"] is not None and it["lst"]["color"] is not None
                          and it["cat"] in ("phone", "electronics", "ebike", "bicycle", "bag", "wallet"))
        o = t["obj"]
        per = other_person(t["per"])
        alts = [c for c in COLOR_KEYS if c != o["color"] and c not in CONFUSE.get(o["color"], []) and c != "multi"]
        o2 = clone_obj(o, per, {"color": ch(alts)})
        pid = t["L"]["place"] if p(0.5) else near_place(t["L"]["place"])
        fm = neg_time_after(t)
        exact_color = True
    if o2 is None:
        return None
    if PLACES[pid]["kind"] == "vehicle":
        pid = near_place(pid)
    fxy = jitter(PLACES[pid]["xy"], 10, 120) if PLACES[pid]["xy"] else None
    Fd = dict(place=pid, xy=fxy, fm=fm, force_keys=fk, force_serial=force_serial, exact_color=exact_color,
              force_brand=force_brand)
    frec, fst = render_found(o2, Fd)
    c = contradictions(t["lst"], t["lrec"], fst, frec)
    hard = c & {"time", "serial", "name", "feat", "color", "brand", "model", "sub"}
    if kind == "same_brand_other_place_time":
        d = dist_m(PLACES[t["L"]["place"]]["xy"] or PLACES["nanmen"]["xy"], PLACES[pid]["xy"])
        if d is None or d < 5000:
            return None
    if kind == "found_before_loss" and "time" not in c:
        return None
    if kind == "near_serial" and "serial" not in c and not (
            o2["serial"]["kind"] in ("room", "bikeno") and "feat" in c):
        return None
    if kind == "same_name" and not ({"serial"} & c):
        return None
    if not hard:
        return None
    cat = o2["cat"]
    return dict(kind=kind, cat=cat, obj=o2, frec=frec, fst=fst, target=t)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "set80.json")
    main(out)
