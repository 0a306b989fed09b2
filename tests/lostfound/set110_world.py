# -*- coding: utf-8 -*-
"""set110 world: an invented Shanghai-style metro interchange and office district in the
June plum-rain season.  Every place, person, model name and number here is invented.
Only constants and small helpers; all randomness comes from the one Random passed in."""

import datetime

# ---------------------------------------------------------------- time
# absolute minutes from June 1 00:00; "now" (moment of registration) is June 28 21:00
NOW = 27 * 1440 + 21 * 60
CONCERT_DAY = 19            # June 20, evening concert at 东岚体育场
_JUNE1 = datetime.date(2024, 6, 1)
WD_ZH = ["一", "二", "三", "四", "五", "六", "日"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day_of(t):
    return t // 1440


def hm(t):
    m = t % 1440
    return m // 60, m % 60


def weekday(t):
    return (_JUNE1 + datetime.timedelta(days=day_of(t))).weekday()


def part_zh(h, sh=False):
    if h < 5:
        return "凌晨" if not sh else "半夜里"
    if h < 9:
        return "早上" if not sh else "早浪"
    if h < 12:
        return "上午" if not sh else "上半天"
    if h < 13:
        return "中午" if not sh else "中浪"
    if h < 18:
        return "下午" if not sh else "下半天"
    if h < 19:
        return "傍晚" if not sh else "夜快"
    if h < 23:
        return "晚上" if not sh else "夜里"
    return "夜里"


def rel_day_zh(t, sh=False):
    d = day_of(NOW) - day_of(t)
    if d == 0:
        return "今朝" if sh else "今天"
    if d == 1:
        return "昨日" if sh else "昨天"
    if d == 2:
        return "前日" if sh else "前天"
    return None


def clock_zh(h, m, loose=True):
    h12 = h if h <= 12 else h - 12
    if loose:
        if m < 8:
            return "%d点" % h12
        if 23 <= m <= 37:
            return "%d点半" % h12
        if m > 52:
            return "%d点" % (h12 + 1 if h12 < 12 else 1)
        return "%d点%d" % (h12, m - m % 5 if m % 5 else m)
    return "%d点%02d分" % (h12, m)


def when_zh(t, rng, style=None, sh=False):
    """one point in time in a Chinese writer's words"""
    h, m = hm(t)
    d = day_of(t) + 1
    styles = ["md_hm", "md_part", "rel", "slash", "wd"]
    if style is None:
        style = rng.choice(styles)
    if style == "rel" and rel_day_zh(t, sh) is None:
        style = "md_part"
    if style == "md_hm":
        return "6月%d日%02d:%02d" % (d, h, m)
    if style == "slash":
        return "6/%d %d:%02d" % (d, h, m)
    if style == "md_part":
        return "6月%d号%s%s" % (d, part_zh(h, sh), clock_zh(h, m))
    if style == "rel":
        return "%s%s%s" % (rel_day_zh(t, sh), part_zh(h, sh), clock_zh(h, m))
    # weekday
    wd = WD_ZH[weekday(t)]
    ago = day_of(NOW) - day_of(t)
    pre = ("礼拜" if sh else "周") if ago < 6 else ("上个礼拜" if sh else "上周")
    return "%s%s%s%s" % (pre, wd, part_zh(h, sh), clock_zh(h, m))


def when_en(t, rng):
    h, m = hm(t)
    d = day_of(t) + 1
    ap = "am" if h < 12 else "pm"
    h12 = h if 1 <= h <= 12 else (12 if h == 0 else h - 12)
    ago = day_of(NOW) - day_of(t)
    r = rng.random()
    if ago == 1 and r < 0.4:
        return "yesterday around %d:%02d%s" % (h12, m - m % 5, ap)
    if r < 0.7:
        return "on June %d around %d:%02d %s" % (d, h12, m - m % 5, ap)
    return "on %s (%d/6) at about %d%s" % (WD_EN[weekday(t)], d, h12, ap)


# ---------------------------------------------------------------- places
# key: (name variants, lat, lon, spots, kind)
PLACES = {
    "qf_x1": (["青枫路站1号口", "青枫路地铁站1号出口", "青枫路站1口", "青峰路站1号口"],
              31.22812, 121.46071, ["出口楼梯", "自动扶梯边上", "出口雨棚下", "出口便利店门口"], "metro"),
    "qf_x2": (["青枫路站2号口", "青枫路地铁站2号出口", "青枫路站2号出口", "青峰路地铁2号口"],
              31.22843, 121.46312, ["出口扶梯下", "雨棚下面", "2号口台阶", "出口安检机旁"], "metro"),
    "qf_x5": (["青枫路站5号口", "青枫路地铁5号出口", "青枫路站5口共享单车停放点"],
              31.22661, 121.46402, ["共享单车停放区", "出口外非机动车道", "雨棚下"], "metro"),
    "qf_x7": (["青枫路站7号口", "青枫路地铁站7号出口", "青枫路7号口"],
              31.22618, 121.46019, ["出口楼梯转角", "电梯口", "出口外公交站旁"], "metro"),
    "qf_hall": (["青枫路站站厅", "青枫路站B1站厅", "青枫路站换乘通道", "青枫路站2号线换14号线通道"],
                31.22731, 121.46203, ["闸机口", "自动售票机旁", "安检处", "换乘通道长椅", "卫生间门口"], "metro"),
    "qf_l2": (["青枫路站2号线站台", "青枫路2号线站台", "青枫路站2号线往东塘方向站台"],
              31.22745, 121.46188, ["站台座椅", "屏蔽门边", "候车区", "站台尽头"], "metro"),
    "qf_l14": (["青枫路站14号线站台", "青枫路14号线站台", "青枫路站14号线下行站台"],
               31.22718, 121.46225, ["站台座椅", "屏蔽门边", "扶梯口"], "metro"),
    "train2": (["地铁2号线车厢内", "2号线列车上", "2号线往东塘方向的车厢里"],
               None, None, ["座位上", "车厢连接处", "行李架"], "train"),
    "hl_t1": (["汇澜中心T1", "汇澜中心1号楼", "汇澜中心T1大堂", "汇兰中心T1", "汇澜中心一号塔楼"],
              31.22902, 121.46481, ["大堂前台", "电梯厅", "闸机旁", "17楼茶水间", "一楼星巴克旁的座位"], "office"),
    "hl_t2": (["汇澜中心T2", "汇澜中心2号楼", "汇澜中心T2大堂", "汇兰中心T2", "汇澜中心二号塔楼"],
              31.22931, 121.46592, ["大堂前台", "电梯厅", "23楼会议室", "访客登记台", "旋转门口"], "office"),
    "hl_b2": (["汇澜中心B2车库", "汇澜中心地下车库", "汇澜中心B2停车场"],
              31.22915, 121.46540, ["电梯厅", "非机动车停放区", "C区车位"], "office"),
    "lt_mall": (["澜庭广场", "澜庭广场商场", "兰亭广场", "澜庭广场L3", "澜庭广场购物中心"],
                31.22583, 121.46552, ["女卫生间外", "扶梯口", "试衣间", "服务台旁休息椅", "影院检票口"], "mall"),
    "lt_food": (["澜庭广场B1美食广场", "澜庭广场地下美食街", "澜庭B1美食城"],
                31.22570, 121.46530, ["餐桌上", "点餐台", "洗手台"], "mall"),
    "rc_hosp": (["瑞川医院门诊楼", "瑞川医院", "瑞川医院门诊大厅", "瑞穿医院"],
                31.22451, 121.45983, ["挂号收费处", "三楼取药窗口", "候诊椅", "B超室门口", "自助机旁"], "hospital"),
    "rc_er": (["瑞川医院急诊", "瑞川医院急诊楼", "瑞川医院急诊大厅"],
              31.22430, 121.45950, ["输液室", "急诊候诊区", "门口担架边"], "hospital"),
    "yf_lane": (["永福里", "永福里17弄", "永福里弄堂口", "永福路永福里"],
                31.22382, 121.46271, ["弄堂口", "公用水斗边上", "过街楼下", "老虎灶门口"], "lane"),
    "yf_market": (["永福菜场", "永福菜市场", "永福路菜场"],
                  31.22341, 121.46190, ["鱼摊边", "菜场门口", "豆制品摊位"], "lane"),
    "locker": (["丰溪路邻里驿柜", "丰溪路快递柜", "丰溪路88弄门口快递柜"],
               31.22512, 121.46721, ["快递柜前", "驿站门口", "取件台"], "street"),
    "bus": (["丰溪路公交站", "青枫路丰溪路公交车站", "丰溪路青枫路站台"],
            31.22690, 121.46683, ["候车亭长椅", "站牌下"], "street"),
    "stadium": (["东岚体育场", "东岚体育场3号门", "东岚体育场B区看台", "东兰体育场"],
                31.21822, 121.47124, ["看台座位", "散场通道", "3号门安检口", "内场C区"], "stadium"),
    "stadium_x": (["东岚路站", "东岚路地铁站", "东岚路站(体育场站)"],
                  31.21930, 121.47302, ["站厅", "进站闸机", "出口"], "metro"),
    "taxi": (["出租车上", "出租车后座", "一辆出租车里"], None, None, ["后座", "副驾驶座位", "后备箱"], "taxi"),
    # far places, for decoys and for items carried away by a train
    "far_dt": (["东塘路站", "2号线东塘路站(终点站)", "东塘路地铁站"], 31.20702, 121.60403,
               ["终点站清客时", "站台"], "metro"),
    "far_bh": (["北环客运站", "北环长途汽车站"], 31.31503, 121.43807, ["候车厅", "售票处"], "street"),
    "far_sh": (["松湖大学城", "松湖大学城北门"], 31.03508, 121.22512, ["北门公交站", "食堂门口"], "street"),
    "far_jq": (["金桥湾广场", "金桥湾购物中心"], 31.26511, 121.59003, ["服务台", "地下车库"], "mall"),
}
NEAR = {
    "qf_x1": ["qf_x2", "qf_hall", "qf_x7"], "qf_x2": ["qf_x1", "qf_hall", "hl_t1"],
    "qf_x5": ["qf_x7", "qf_hall", "bus"], "qf_x7": ["qf_x5", "qf_x1", "qf_hall"],
    "qf_hall": ["qf_l2", "qf_l14", "qf_x2"], "qf_l2": ["qf_hall", "qf_l14"], "qf_l14": ["qf_hall", "qf_l2"],
    "train2": ["far_dt", "qf_l2"], "hl_t1": ["hl_t2", "hl_b2", "qf_x2"], "hl_t2": ["hl_t1", "hl_b2"],
    "hl_b2": ["hl_t1", "hl_t2"], "lt_mall": ["lt_food", "bus"], "lt_food": ["lt_mall"],
    "rc_hosp": ["rc_er", "yf_lane"], "rc_er": ["rc_hosp"], "yf_lane": ["yf_market", "rc_hosp"],
    "yf_market": ["yf_lane"], "locker": ["bus", "lt_mall"], "bus": ["locker", "qf_x5"],
    "stadium": ["stadium_x"], "stadium_x": ["stadium"], "taxi": ["taxi"],
    "far_dt": ["far_dt"], "far_bh": ["far_bh"], "far_sh": ["far_sh"], "far_jq": ["far_jq"],
}
FAR = ["far_dt", "far_bh", "far_sh", "far_jq"]
PLACE_EN = {
    "qf_x1": "Qingfeng Rd station exit 1", "qf_x2": "Qingfeng Road Stn, Exit 2", "qf_x5": "Qingfeng Rd exit 5",
    "qf_x7": "Exit 7 of Qingfeng Rd metro", "qf_hall": "the concourse at Qingfeng Rd station",
    "qf_l2": "the Line 2 platform at Qingfeng Rd", "qf_l14": "Line 14 platform, Qingfeng Rd",
    "train2": "on a Line 2 train", "hl_t1": "Huilan Center Tower 1", "hl_t2": "Huilan Centre T2",
    "hl_b2": "the B2 car park of Huilan Center", "lt_mall": "Lanting Plaza mall", "lt_food": "the food court (B1) at Lanting Plaza",
    "rc_hosp": "Ruichuan Hospital outpatient building", "rc_er": "Ruichuan Hospital ER", "yf_lane": "Yongfu Li lane",
    "yf_market": "Yongfu wet market", "locker": "the parcel lockers on Fengxi Rd", "bus": "the Fengxi Rd bus stop",
    "stadium": "Donglan Stadium", "stadium_x": "Donglan Rd station", "taxi": "in a taxi",
    "far_dt": "Dongtang Rd station", "far_bh": "Beihuan coach station", "far_sh": "Songhu university town",
    "far_jq": "Jinqiao Bay mall",
}

# ---------------------------------------------------------------- colours
COLORS = {
    "黑": (["黑色", "黑的", "黑色", "深色", "哑光黑", "曜石黑", "纯黑"], "black"),
    "白": (["白色", "白的", "米白", "珍珠白", "奶白色"], "white"),
    "蓝": (["蓝色", "深蓝", "藏青色", "宝蓝", "蓝的"], "blue"),
    "红": (["红色", "酒红", "大红", "红的"], "red"),
    "粉": (["粉色", "浅粉", "樱花粉", "粉红色"], "pink"),
    "灰": (["灰色", "深灰", "浅灰", "银灰色"], "grey"),
    "银": (["银色", "银白色", "亮银"], "silver"),
    "金": (["金色", "香槟金", "土豪金", "黄金色"], "gold"),
    "绿": (["绿色", "墨绿", "军绿", "薄荷绿"], "green"),
    "紫": (["紫色", "浅紫", "香芋紫"], "purple"),
    "棕": (["棕色", "咖啡色", "驼色", "焦糖色", "牛皮色"], "brown"),
    "黄": (["黄色", "明黄", "姜黄色"], "yellow"),
    "透明": (["透明", "透明的", "半透明"], "clear"),
    "格子": (["格子", "格子花纹", "苏格兰格"], "checked"),
}
# colours a finder may plausibly confuse under station lights
CLOSE_COLORS = {"黑": ["蓝", "灰"], "蓝": ["黑"], "灰": ["银", "黑"], "银": ["灰", "白"], "白": ["银"],
                "金": ["棕"], "棕": ["金", "红"], "红": ["粉"], "粉": ["红", "紫"], "紫": ["粉"]}

# ---------------------------------------------------------------- people
SURN = list("王李张刘陈杨黄周吴徐孙朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田姜范方石姚谭邹金陆顾侯邵孟钱汤尹黎乔贺龚严施翁")
GIV = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯晨琳雪梦婷颖佳欣悦瑶蕾一子涵轩睿泽彤诗雨思嘉振国根宝妹娣菊凤兰珍")
EN_FIRST = ["Oliver", "Emma", "Lukas", "Sophie", "Marco", "Hannah", "James", "Chloe", "Daniel", "Mia",
            "Pierre", "Ingrid", "Tomas", "Priya", "Felix", "Nadia", "Ethan", "Lea"]
EN_LAST = ["Hartwell", "Brennick", "Okonjo", "Lindqvar", "Moravec", "Rossetti", "Novakov", "Whitcombe",
           "Kowalczen", "Delacroixe", "Vanterpool", "Ashdown", "Feldmann", "Castellar"]
COUNTRIES = [("英国", "UK"), ("德国", "Germany"), ("法国", "France"), ("加拿大", "Canada"),
             ("澳大利亚", "Australia"), ("意大利", "Italy"), ("瑞典", "Sweden")]
COMPANIES = [("凯岚科技", "KL"), ("澄明咨询", "CM"), ("远帆数据", "YF"), ("衡石律所", "HS"),
             ("北辰保险", "BC"), ("青禾传媒", "QH"), ("拓际物流", "TJ")]
AREA_SH = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310115"]
AREA_OTHER = ["320582", "330381", "340822", "410523", "420115", "510722", "362330", "130682", "370285"]
BANKS = [("招商银行", "招行", "6214"), ("工商银行", "工行", "6222"), ("建设银行", "建行", "6217"),
         ("交通银行", "交行", "6222"), ("浦发银行", "浦发", "6225"), ("中国银行", "中行", "6216"),
         ("农业银行", "农行", "6228")]


def person_name(rng):
    n = rng.choice(SURN) + rng.choice(GIV)
    if rng.random() < 0.6:
        n += rng.choice(GIV)
    return n


def en_name(rng):
    return rng.choice(EN_FIRST) + " " + rng.choice(EN_LAST)


def mask_name(n):
    return n[0] + "*" + (n[2:] if len(n) > 2 else "")


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(body17):
    return _C[sum(int(a) * b for a, b in zip(body17, _W)) % 11]


def make_id(rng, born_from, born_to, local=True):
    area = rng.choice(AREA_SH if local else AREA_OTHER)
    y = rng.randint(born_from, born_to)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 999)
    body = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    return body + id_check(body)


def make_imei(rng, apple_like=False):
    tac = ("35" if apple_like else "86") + "".join(rng.choice("0123456789") for _ in range(6))
    body = tac + "".join(rng.choice("0123456789") for _ in range(6))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- slips
TYPOS = [("身份证", "身分证"), ("充电宝", "冲电宝"), ("钥匙", "钥是"), ("钱包", "钱抱"), ("雨伞", "雨散"),
         ("华为", "华伟"), ("汇澜", "汇兰"), ("青枫", "青峰"), ("澜庭", "兰亭"), ("手机", "手几"),
         ("耳机", "耳朵机"), ("黑色", "黑涩"), ("遗失", "遗矢"), ("工牌", "工排"), ("在", "再"),
         ("的", "得"), ("已经", "以经"), ("联系", "连系"), ("麻烦", "麻凡"), ("驾驶证", "驾使证")]


def slip(text, rng, n=1):
    cands = [p for p in TYPOS if p[0] in text]
    for _ in range(n):
        if not cands:
            break
        a, b = rng.choice(cands)
        cands = [p for p in cands if p[0] != a]
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text
