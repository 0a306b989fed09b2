#!/usr/bin/env python3
"""Blind lost-and-found set125: 临川湾, a typhoon week in August.

Writes tests/lostfound/set125.json. Standard library only, one random.Random(125125).
Each object is a hidden truth record; the owner's report and the finder's registration are
written from it separately, each knowing only what that person could know.
"""
import json, os, random

SEED = 125125
PFX = "S125"
N_PAIRS, N_NULL, N_NEG = 150, 90, 120
R = random.Random(SEED)
NOW_CLOCK = 18 * 60  # registration moment is 18:00 of "today"


def ch(xs):
    return xs[R.randrange(len(xs))]


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- numbers
def luhn_digit(body):
    s = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return str((10 - s % 10) % 10)


def make_imei():
    body = "86" + "".join(str(R.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body17, w))
    return "10X98765432"[s % 11]


def make_id(local=True, year=None):
    region = ch(["359921", "359923", "359927"]) if local else ch(["519604", "419833", "439712", "619508", "369405"])
    y = year or R.randrange(1950, 2012)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    body = "%s%04d%02d%02d%03d" % (region, y, m, d, R.randrange(1, 999))
    return body + id_check(body)


def imei_fmt(imei):
    k = R.randrange(5)
    if k == 0:
        return imei
    if k == 1:
        return "%s %s %s %s" % (imei[:2], imei[2:8], imei[8:14], imei[14])
    if k == 2:
        return " ".join(imei[i:i + 4] for i in range(0, 15, 4))
    if k == 3:
        return "IMEI:" + imei
    return "%s-%s-%s" % (imei[:8], imei[8:14], imei[14])


def id_fmt(idn, masked):
    if not masked:
        return idn if p(0.7) else "%s %s %s" % (idn[:6], idn[6:14], idn[14:])
    k = R.randrange(3)
    if k == 0:
        return idn[:6] + "*" * 8 + idn[14:]
    if k == 1:
        return idn[:3] + "*" * 11 + idn[14:]
    return "身份证尾号" + idn[-4:]


def card_fmt(tail, prefix, who):
    if who == "finder":
        return ch([prefix + "****" + tail, prefix + " **** **** " + tail, "卡号后四位" + tail])
    return ch(["尾号" + tail, tail, "卡尾号" + tail, "末四位" + tail])


def alnum(n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(ch(letters + "0123456789") for _ in range(n))


# ---------------------------------------------------------------- world
# (id, name, zone, lat, lon, owner ways to say it, finder spots)
PLACES = [
    ("jinsha", "金沙湾海滨浴场", "beach", 24.6003, 118.9612, ["金沙湾沙滩", "海边浴场", "金沙湾那个海滩", "沙滩上"], ["浴场3号救生塔下", "沙滩淋浴间旁", "浴场东侧礁石边", "躺椅租赁点", "5号救生塔前沙堆里"]),
    ("resort", "金沙湾蓝屿度假酒店", "beach", 24.6041, 118.9668, ["蓝屿酒店", "住的那个度假酒店", "酒店泳池边"], ["酒店大堂沙发", "酒店泳池躺椅", "酒店电梯口", "酒店早餐厅"]),
    ("waterpark", "浪花谷水上乐园", "beach", 24.5952, 118.9405, ["浪花谷", "水上乐园", "水公园"], ["造浪池边", "儿童戏水区", "更衣柜区", "漂流河出口", "乐园大门寄存处"]),
    ("boardwalk", "滨海栈道", "beach", 24.6088, 118.9551, ["海边栈道", "木栈道", "滨海步道"], ["栈道2号观景台", "栈道护栏下", "栈道公厕旁"]),
    ("market", "鲎港海鲜市场", "market", 24.6121, 118.9483, ["海鲜市场", "鲎港市场", "买海鲜那里"], ["水产区12号摊", "市场北门", "海鲜加工档口", "市场停车场"]),
    ("wharf", "渔人码头", "market", 24.6152, 118.9552, ["渔人码头", "码头那边", "老码头"], ["码头台阶", "码头大排档", "码头缆桩边"]),
    ("gangkou", "港口路夜市", "market", 24.6178, 118.9446, ["港口路", "夜市", "港口路小吃街"], ["夜市烧烤摊", "港口路公交站", "夜市入口"]),
    ("outlet", "临川湾奥特莱斯小镇", "north", 24.6402, 118.9051, ["奥莱", "奥特莱斯", "outlet商场"], ["B区美食广场", "地下停车场B2", "C区运动品牌店门口", "小镇服务台", "儿童游乐区"]),
    ("hospital", "临川湾市人民医院急诊", "north", 24.6483, 118.9182, ["人民医院急诊", "县医院急诊", "医院"], ["急诊输液室", "急诊挂号窗口", "抢救室外候诊椅", "急诊门口雨棚"]),
    ("stadium", "滨海体育公园足球场", "north", 24.6322, 118.9254, ["体育公园球场", "足球场", "比赛场地"], ["3号场替补席", "看台第二排", "更衣室", "场边饮水点", "2号场球门后"]),
    ("shelter2", "临川湾二中体育馆安置点", "north", 24.6451, 118.9349, ["二中安置点", "二中体育馆", "安置点"], ["体育馆东侧地铺", "物资发放处", "体育馆卫生间门口", "安置点登记台"]),
    ("mingzhu", "明珠花园小区", "north", 24.6503, 118.9102, ["明珠花园", "小区里", "明珠花园门口"], ["3栋电梯口", "小区快递柜旁", "地下车库", "小区门岗"]),
    ("busterm", "城北公交总站", "north", 24.6522, 118.9021, ["公交总站", "城北总站"], ["总站调度室", "停在总站的K8路车上", "总站候车亭"]),
    ("haiyun", "海韵新城", "north", 24.6381, 118.9402, ["海韵新城", "海韵那边"], ["海韵新城6栋架空层", "商业街奶茶店门口", "海韵新城南门"]),
    ("typhoonshelter", "东澳避风坞", "east", 24.6204, 118.9903, ["避风坞", "东澳避风坞", "避风港"], ["避风坞码头台阶", "3号泊位渔船上", "避风坞边临时棚子", "渔政值班室门口"]),
    ("xiacheng", "下埕村", "east", 24.5702, 119.0101, ["下埕村", "阮下埕厝边", "村口"], ["下埕村口榕树下", "下埕村老人会门口", "下埕海堤"]),
    ("shawei", "沙尾村", "east", 24.5603, 118.9902, ["沙尾村", "沙尾"], ["沙尾村撤离集合点", "沙尾村委会门口", "沙尾海堤边"]),
    ("houao", "后澳村", "east", 24.5801, 119.0302, ["后澳", "后澳村"], ["后澳妈祖庙前埕", "后澳渔具店门口"]),
    ("bridgeN", "鹭屿跨海大桥北岸公交站", "bridge", 24.6551, 118.9302, ["大桥北岸", "北岸公交站"], ["北岸站候车亭", "北岸站台长椅"]),
    ("bridgeS", "跨海大桥南岸站", "bridge", 24.5852, 118.9751, ["大桥南岸", "南岸站"], ["南岸站台", "南岸站旁便利店"]),
    ("busK8", "K8路跨海公交", "bridge", 24.6200, 118.9530, ["坐K8路公交过桥", "K8路车上", "跨海公交上"], ["K8路车后排座位", "K8路车前门台阶", "K8路车座位底下"]),
    ("evacbus", "撤离大巴", "east", 24.6020, 118.9800, ["撤离的大巴车上", "转移的大巴上", "村里派的大巴"], ["大巴行李舱", "大巴后排座位", "大巴过道"]),
]
PL = {x[0]: x for x in PLACES}
CARRY = {"busK8": ["busterm", "bridgeN", "bridgeS"], "evacbus": ["shelter2", "busterm"],
         "typhoonshelter": ["wharf", "houao"], "jinsha": ["boardwalk", "resort"], "boardwalk": ["jinsha", "wharf"]}

COLORS = {
    "黑": (["黑色", "黑", "深色", "哑光黑", "曜石黑"], "black"),
    "白": (["白色", "白", "米白", "象牙白", "白的"], "white"),
    "蓝": (["蓝色", "深蓝", "藏青", "海军蓝", "宝蓝"], "blue"),
    "红": (["红色", "大红", "酒红", "红的"], "red"),
    "粉": (["粉色", "粉红", "樱花粉", "浅粉"], "pink"),
    "绿": (["绿色", "墨绿", "军绿", "薄荷绿"], "green"),
    "灰": (["灰色", "深灰", "银灰", "灰的"], "grey"),
    "黄": (["黄色", "明黄", "柠檬黄", "黄的"], "yellow"),
    "金": (["金色", "香槟金", "土豪金", "金的"], "gold"),
    "银": (["银色", "银白", "银的"], "silver"),
    "棕": (["棕色", "咖啡色", "驼色", "褐色"], "brown"),
    "紫": (["紫色", "香芋紫", "浅紫"], "purple"),
    "橙": (["橙色", "橘色", "橘黄"], "orange"),
}
COLOR_KEYS = sorted(COLORS)

# brand: zh, latin, pinyin, zh typo
BRANDS = {
    "phone": [("鲸讯", "WHALINK", "jingxun", "晶讯", ["潮汐T20", "T20 Pro", "Note 7"]),
              ("澜拓", "LANTO", "lantuo", "兰拓", ["LT-8", "LT-8 Max", "X3"]),
              ("青禾", "GREENHO", "qinghe", "清禾", ["禾11", "禾11 mini", "禾9"]),
              ("星汐", "STARTIDE", "xingxi", "星夕", ["Nova S5", "S5 Lite", "S6"]),
              ("岚果", "LANGO", "languo", "兰果", ["15", "15 Plus", "14"])],
    "wallet": [("皮匠坊", "PIJIANG", "pijiangfang", "皮匠方", ["长款", "短款", "三折"]),
               ("卡洛洛", "KAROLO", "kaluoluo", "卡罗罗", ["K-12", "K-20"]),
               ("鹿野", "LUYE", "luye", "路野", ["经典款", "拉链款"])],
    "keys": [("海豚星", "HAITUNXING", "haitunxing", "海豚兴", ["S3车钥匙", "H6车钥匙"]),
             ("驰岚", "CHILAN", "chilan", "驰兰", ["C5车钥匙", "摩托车钥匙"])],
    "ebike": [("绿蜓", "LVTING", "lvting", "绿庭", ["LT-60", "LT-72 外卖版", "小蜓"]),
              ("速鲸", "SUJING", "sujing", "速惊", ["SJ3", "SJ5 Pro"]),
              ("小犀", "XIAOXI", "xiaoxi", "小西", ["X1", "X2 Max"])],
    "bicycle": [("喜羚", "XILING", "xiling", "喜铃", ["童车16寸", "山地车26寸", "公路车"]),
                ("捷浪", "JIELANG", "jielang", "杰浪", ["JL-700", "折叠车20寸"])],
    "bag": [("乐途", "LETU", "letu", "乐图", ["双肩包", "旅行箱24寸"]),
            ("行舟", "XINGZHOU", "xingzhou", "星舟", ["20寸登机箱", "腰包"]),
            ("野鸥", "YEOU", "yeou", "野欧", ["防水桶包", "运动背包"])],
    "electronics": [("声屿", "SOUNDISLE", "shengyu", "声宇", ["Buds 3", "Buds Pro"]),
                    ("小蜗", "XIAOWO", "xiaowo", "小窝", ["儿童手表 Z7", "Z8"]),
                    ("影岬", "YINGJIA", "yingjia", "影甲", ["运动相机 A4", "A5"]),
                    ("澜拓", "LANTO", "lantuo", "兰拓", ["Pad 11", "Pad mini", "手环6"])],
    "jewelry": [("金润祥", "JINRUNXIANG", "jinrunxiang", "金润详", ["古法手镯", "足金项链"]),
                ("宝岚", "BAOLAN", "baolan", "宝兰", ["银手链", "珍珠项链"])],
    "other": [("飞鱼", "FEIYU", "feiyu", "飞渔", ["钉鞋FG", "碎钉TF"]),
              ("海钓王", "HAIDIAOWANG", "haidiaowang", "海吊王", ["矶竿5.4米", "路亚竿"])],
}

SURN = ["陈", "林", "黄", "蔡", "吴", "郑", "许", "洪", "庄", "施", "苏", "王", "李", "张", "杨", "曾", "戴"]
GIV = ["秀", "文", "志", "明", "美", "丽", "金", "水", "宝", "春", "海", "荣", "玉", "佳", "子", "浩", "涵", "睿", "欣", "俊", "梅", "添", "福", "永"]


def person():
    return ch(SURN) + ch(GIV) + (ch(GIV) if p(0.8) else "")


def mask_name(n):
    return n[0] + "*" + (n[2:] if len(n) > 2 else "")


# ---------------------------------------------------------------- objects (hidden truth records)
def pick_brand(cat, fix):
    lst = BRANDS.get(cat)
    if not lst:
        return None
    if "brand" in fix:
        return fix["brand"]
    cands = [b for b in lst if b[0] != fix.get("not_brand")]
    return ch(cands)


def pick_color(fix, pool):
    if "color" in fix:
        return fix["color"]
    return ch([c for c in pool if c != fix.get("not_color")] or pool)


def gen(cat, fix=None):
    fix = fix or {}
    o = {"cat": cat, "vis": [], "sec": [], "serial": None, "serial_kind": None,
         "owner_serial": False, "finder_serial": False, "brand": None, "model": None}
    if cat == "phone":
        b = pick_brand(cat, fix)
        o.update(brand=b, model=fix.get("model", ch(b[4])), sub="手机",
                 color=pick_color(fix, ["黑", "白", "蓝", "紫", "绿", "金", "银", "粉"]))
        o["nouns_o"] = ["手机", "电话", "机子", "手机"]
        o["nouns_f"] = ["手机", "手机一部", "智能手机"]
        o["serial"], o["serial_kind"] = make_imei(), "imei"
        o["owner_serial"], o["finder_serial"] = p(0.45), p(0.22)
        case = ch(["透明硅胶壳", "小熊卡通壳", "黑色皮套", "挂绳防水袋", "蓝色磨砂壳", "没有壳", "海绵宝宝壳", "带支架的壳"])
        o["vis"].append(case)
        if p(0.5):
            o["vis"].append(ch(["屏幕右上角碎了", "背面贴了一张妈祖贴纸", "壳里夹着一张公交卡", "后盖有划痕", "挂着一个小海螺挂件", "壳后面贴着电话号码贴纸"]))
        o["lock"] = ch(["孙子的照片", "一只橘猫", "海边日落", "全家福", "足球队合影", "动漫头像", "默认壁纸"])
        o["sec"] += ["锁屏是" + o["lock"], "手机号尾号%04d" % R.randrange(10000)]
        if p(0.4):
            o["sec"].append("密码%s" % ch(["六位数字", "图案解锁", "指纹解锁"]))
    elif cat == "id_doc":
        sub = fix.get("sub", ch(["身份证", "身份证", "身份证", "学生证", "驾驶证", "社保卡", "渔船船员证", "护照"]))
        o["sub"] = sub
        nm = person()
        o["name"] = nm
        o["color"] = fix.get("color")
        if sub == "护照":
            nat = ch(["KOR", "PHL"])
            o["name"] = ch(["KIM MINSEO", "PARK JIHOON", "LEE SOYEON", "CHOI HANUL"]) if nat == "KOR" else ch(["DELA CRUZ MARIA", "SANTOS JOMAR", "REYES ANGELICA", "BAUTISTA RAMIL"])
            o["serial"] = ("M" + "".join(str(R.randrange(10)) for _ in range(8))) if nat == "KOR" else ("P" + "".join(str(R.randrange(10)) for _ in range(7)) + ch("ABCD"))
            o["color"] = fix.get("color", "蓝" if nat == "KOR" else "红")
            o["vis"] += ["%s护照" % ("韩国" if nat == "KOR" else "菲律宾"), "持照人 " + o["name"]]
            o["serial_kind"], o["nat"] = "passport", nat
            o["nouns_o"], o["nouns_f"] = ["passport"], ["护照", "外国护照"]
        elif sub == "学生证":
            o["serial"] = "2025" + "".join(str(R.randrange(10)) for _ in range(6))
            sch = ch(["临川湾一中", "临川湾二中", "滨海实验中学", "蓝屿中学"])
            o["vis"] += [sch + "学生证", "姓名" + nm]
            o["sec"].append("里面夹着%s" % ch(["一张饭卡", "二十块钱", "球队合影", "公交卡"]))
            o["serial_kind"] = "student"
            o["nouns_o"], o["nouns_f"] = ["学生证", "学生卡"], ["学生证", "学生证一本"]
        elif sub == "渔船船员证":
            o["serial"] = "闽临渔%05d" % R.randrange(100000)
            o["vis"] += ["船员证", "姓名" + nm, "证号" + o["serial"]]
            o["serial_kind"] = "crew"
            o["nouns_o"], o["nouns_f"] = ["船员证", "讨海的证", "渔船的证"], ["渔船船员证", "船员证书"]
            o["color"] = fix.get("color", "蓝")
        else:
            local = p(0.6)
            yr = R.randrange(1945, 1975) if p(0.3) else None
            o["serial"] = make_id(local, yr)
            o["serial_kind"] = "idn"
            o["vis"] += ["姓名" + nm]
            o["nouns_o"] = {"身份证": ["身份证", "身份证", "二代证"], "驾驶证": ["驾驶证", "驾照"], "社保卡": ["社保卡", "医保卡"]}[sub]
            o["nouns_f"] = {"身份证": ["居民身份证", "身份证一张"], "驾驶证": ["机动车驾驶证", "驾驶证一本"], "社保卡": ["社会保障卡", "社保卡一张"]}[sub]
        o["owner_serial"], o["finder_serial"] = p(0.5), p(0.85)
        if p(0.4):
            o["vis"].append(ch(["装在透明卡套里", "套着一个红色证件套", "边角泡水起皱", "用橡皮筋和几张卡捆在一起"]))
    elif cat == "wallet":
        b = pick_brand(cat, fix) if p(0.6) or "brand" in fix else None
        o.update(brand=b, model=fix.get("model", ch(b[4]) if b and p(0.5) else None), sub="钱包",
                 color=pick_color(fix, ["黑", "棕", "红", "粉", "蓝", "灰"]))
        o["nouns_o"], o["nouns_f"] = ["钱包", "皮夹", "钱夹", "钱包"], ["钱包", "皮夹一个", "钱包一只"]
        amt = R.randrange(2, 60) * 50 + ch([0, 0, 7, 23])
        o["cash"] = amt
        tail = "%04d" % R.randrange(10000)
        o["serial"], o["serial_kind"], o["cardpre"] = tail, "card", ch(["6217", "6228", "6230", "6222", "6259"])
        o["bank"] = ch(["农信社", "临川湾农商行", "工商", "建行", "邮储"])
        o["owner_serial"], o["finder_serial"] = p(0.55), p(0.6)
        o["sec"] += ["里面大概%d元现金" % (amt // 100 * 100 if amt >= 100 else amt), o["bank"] + "卡一张"]
        o["fcash"] = "现金%d元" % amt
        if p(0.5):
            nm = person()
            o["vis"].append("夹着%s的身份证" % nm)
            o["sec"].append("有我的身份证，" + nm)
        if p(0.4):
            o["vis"].append(ch(["夹着一个妈祖平安符", "里面有张小孩一寸照", "拉链坏了", "有几张超市小票", "夹着一张船票"]))
    elif cat == "keys":
        b = pick_brand(cat, fix) if p(0.45) or "brand" in fix else None
        o.update(brand=b, model=fix.get("model", ch(b[4])) if b else None, sub="钥匙",
                 color=pick_color(fix, ["蓝", "红", "黑", "黄", "绿", "粉"]))
        n = R.randrange(2, 7)
        o["nouns_o"] = ["钥匙", "一串钥匙", "锁匙", "钥匙串"]
        o["nouns_f"] = ["钥匙一串", "钥匙", "一挂钥匙"]
        pend = ch(["小海豚挂件", "妈祖平安符", "迷你足球挂件", "小熊公仔", "开瓶器", "贝壳挂件", "指甲剪"])
        o["vis"] += ["%d把钥匙" % n, "%s门禁卡" % COLORS[o["color"]][0][0], pend]
        o["sec"].append("是%s的钥匙" % ch(["家里大门", "渔船舱门", "店面卷闸门", "出租屋", "电动车和家里"]))
        if b:
            o["vis"].append("%s车钥匙" % b[0])
    elif cat == "ebike":
        b = pick_brand(cat, fix)
        o.update(brand=b, model=fix.get("model", ch(b[4])), sub="电动车",
                 color=pick_color(fix, ["白", "黑", "蓝", "灰", "红", "黄"]))
        o["nouns_o"], o["nouns_f"] = ["电动车", "电瓶车", "电驴"], ["电动自行车一辆", "电动车", "电瓶车一辆"]
        plate = "临%s%05d" % (ch("ABCD"), R.randrange(100000))
        o["plate"] = plate
        o["serial"], o["serial_kind"] = b[1][:2] + "%02d" % R.randrange(18, 26) + alnum(9), "frame"
        o["owner_serial"], o["finder_serial"] = p(0.35), p(0.3)
        o["vis"] += ["车牌" + plate] if p(0.75) else ["车牌掉了"]
        o["vis"].append(ch(["后面装着外卖箱", "前面有个菜篮", "脚踏板上有泥", "后视镜断了一个", "座垫套是豹纹的", "挂着雨披"]))
        o["sec"].append(ch(["电瓶是新换的", "钥匙在我这", "有防盗器"]))
    elif cat == "bicycle":
        b = pick_brand(cat, fix)
        o.update(brand=b, model=fix.get("model", ch(b[4])), sub="自行车",
                 color=pick_color(fix, ["黑", "白", "蓝", "红", "黄", "绿"]))
        o["nouns_o"], o["nouns_f"] = ["自行车", "单车", "脚踏车"], ["自行车一辆", "单车", "自行车"]
        o["serial"], o["serial_kind"] = "%s%s" % (b[1][:2], alnum(8, "0123456789")), "frame"
        o["owner_serial"], o["finder_serial"] = p(0.25), p(0.35)
        o["vis"].append(ch(["车筐歪了", "后座绑着儿童座椅", "车把缠着红色胶带", "前轮没气", "挂着一把U型锁", "贴满了贴纸"]))
        o["sec"].append(ch(["锁的密码是%04d" % R.randrange(10000), "去年在车行买的", "钥匙在我这"]))
    elif cat == "bag":
        sub = fix.get("sub", ch(["双肩包", "沙滩包", "妈咪包", "行李箱", "腰包", "编织袋", "防水桶包", "球包"]))
        b = pick_brand(cat, fix) if (sub in ("双肩包", "行李箱", "腰包", "防水桶包", "球包") and p(0.7)) or "brand" in fix else None
        o.update(brand=b, model=None, sub=sub,
                 color=pick_color(fix, ["黑", "蓝", "红", "灰", "粉", "绿", "黄", "橙"]))
        o["nouns_o"] = {"双肩包": ["双肩包", "背包", "书包"], "沙滩包": ["沙滩包", "草编包", "手提袋"], "妈咪包": ["妈咪包", "带娃的包", "母婴包"],
                        "行李箱": ["行李箱", "箱子", "拉杆箱"], "腰包": ["腰包", "挎包", "小包"], "编织袋": ["编织袋", "蛇皮袋", "袋子"],
                        "防水桶包": ["防水包", "桶包", "防水袋"], "球包": ["球包", "足球包", "运动包"]}[sub]
        o["nouns_f"] = {"双肩包": ["双肩背包", "背包一个"], "沙滩包": ["沙滩手提包", "编织手提包"], "妈咪包": ["母婴包", "大号手提包"],
                        "行李箱": ["拉杆行李箱", "行李箱一个"], "腰包": ["腰包", "斜挎小包"], "编织袋": ["编织袋一个", "蛇皮袋"],
                        "防水桶包": ["防水桶包", "防水包"], "球包": ["运动背包", "球包"]}[sub]
        pool = {"双肩包": ["笔记本", "充电宝", "雨伞", "水杯"], "沙滩包": ["防晒霜", "毛巾", "墨镜", "拖鞋"],
                "妈咪包": ["尿不湿", "奶瓶", "湿巾", "一套小孩衣服"], "行李箱": ["换洗衣服", "洗漱包", "给家里买的鱼干", "充电器"],
                "腰包": ["零钱", "充电宝", "两张外卖小票", "口罩"], "编织袋": ["几件旧衣服", "一床薄被", "晒干的鱼鲞", "一袋米"],
                "防水桶包": ["浴巾", "泳镜", "手机防水套", "零食"], "球包": ["球鞋", "护腿板", "球衣", "水壶"]}[sub]
        items = sorted(R.sample(pool, 2))
        o["vis"].append("里面有" + "、".join(items))
        if p(0.5):
            o["vis"].append(ch(["拉链上挂着名牌", "侧袋插着一把折叠伞", "包带断了一根", "上面有海水干了的白印", "绣着一个英文字母"]))
        o["sec"].append(ch(["夹层里有%d块钱" % (R.randrange(1, 20) * 100), "有一本病历本", "有我儿子的学生证", "有降压药", "有一个旧手机"]))
        if sub == "行李箱":
            o["serial"], o["serial_kind"] = "%03d" % R.randrange(1000), "lockcode"
            o["owner_serial"], o["finder_serial"] = p(0.3), False
    elif cat == "cash":
        o.update(sub="现金", color=pick_color(fix, ["红", "白", "黄"]))
        amt = R.randrange(4, 80) * 100
        o["cash"] = amt
        o["nouns_o"] = ["钱", "现金", "一沓钱", "红包"]
        o["nouns_f"] = ["现金", "人民币", "一沓现金"]
        wrap = ch(["信封", "红包", "塑料袋", "银行纸袋"])
        o["wrap"] = wrap
        if wrap == "红包" and "color" not in fix:
            o["color"] = "红"
        o["vis"] += ["装在%s%s里" % (COLORS[o["color"]][0][0], wrap), "共%d元" % amt]
        if p(0.5):
            o["vis"].append(ch(["信封上写着'阿妈医药费'", "用橡皮筋捆着", "有几张泡湿了", "写着'船钱'"]))
        o["sec"].append(ch(["都是一百的", "是要交的房租", "准备买船用柴油的钱", "孩子的学费"]))
    elif cat == "jewelry":
        b = pick_brand(cat, fix) if p(0.5) or "brand" in fix else None
        sub = fix.get("sub", ch(["金手镯", "金项链", "玉镯", "银手链", "婚戒", "珍珠项链", "金耳环"]))
        col = {"金手镯": "金", "金项链": "金", "玉镯": "绿", "银手链": "银", "婚戒": "金", "珍珠项链": "白", "金耳环": "金"}[sub]
        o.update(brand=b, model=None, sub=sub, color=fix.get("color", col))
        o["nouns_o"] = [sub, {"金手镯": "手镯", "金项链": "项链", "玉镯": "镯子", "银手链": "手链", "婚戒": "戒指", "珍珠项链": "项链", "金耳环": "耳环"}[sub]]
        o["nouns_f"] = [sub, "首饰"]
        o["vis"].append(ch(["吊着一个妈祖坠子", "刻着'平安'", "扣子松了", "有点变形", "刻着字母L&C", "挂着一个小平安锁"]))
        o["sec"].append("大概%d克" % R.randrange(3, 40) if sub.startswith("金") or sub == "婚戒" else ch(["是我阿嬷传下来的", "在市场买的", "结婚时买的"]))
    elif cat == "electronics":
        b = pick_brand(cat, fix)
        m = fix.get("model", ch(b[4]))
        o.update(brand=b, model=m, sub={"声屿": "耳机", "小蜗": "儿童手表", "影岬": "运动相机", "澜拓": "平板"}[b[0]] if b[0] != "澜拓" or "Pad" in m else "手环",
                 color=pick_color(fix, ["黑", "白", "蓝", "粉", "灰", "银"]))
        o["nouns_o"] = {"耳机": ["蓝牙耳机", "耳机", "耳机盒"], "儿童手表": ["电话手表", "儿童手表", "小孩手表"], "运动相机": ["运动相机", "相机", "潜水相机"],
                        "平板": ["平板", "平板电脑", "iPad一样的平板"], "手环": ["手环", "运动手环"]}[o["sub"]]
        o["nouns_f"] = o["nouns_o"][:2]
        if o["sub"] == "儿童手表":
            o["serial"], o["serial_kind"] = make_imei(), "imei"
        else:
            o["serial"], o["serial_kind"] = b[1][:2] + alnum(8), "sn"
        o["owner_serial"], o["finder_serial"] = p(0.35), p(0.35)
        o["vis"].append(ch(["套着硅胶套", "壳上有划痕", "贴着名字贴", "泡过水", "屏幕贴了膜", "挂着防丢绳"]))
        o["sec"].append(ch({"耳机": ["左耳那只声音小一点", "绑定的是我的手机", "盒子里只剩右耳"], "儿童手表": ["表盘是奥特曼", "绑定的是我的手机", "里面存着我和孩子爸爸的电话"],
                            "运动相机": ["里面有这几天拍的海边视频", "卡里有孩子冲浪的视频"], "平板": ["设置了密码", "里面下了很多动画片"], "手环": ["绑定的是我的手机", "表带是后来换的"]}[o["sub"]]))
    else:  # other
        sub = fix.get("sub", ch(["老花镜", "近视眼镜", "足球鞋", "游泳圈", "鱼竿", "药盒", "毛绒玩具", "奖杯", "助听器"]))
        b = pick_brand(cat, fix) if sub in ("足球鞋", "鱼竿") or "brand" in fix else None
        if b and sub not in ("足球鞋", "鱼竿"):
            sub = "足球鞋" if b[0] == "飞鱼" else "鱼竿"
        o.update(brand=b, model=fix.get("model", ch(b[4])) if b else None, sub=sub,
                 color=pick_color(fix, ["黑", "红", "蓝", "黄", "白", "粉", "棕"]))
        o["nouns_o"] = [sub, {"老花镜": "眼镜", "近视眼镜": "眼镜", "足球鞋": "球鞋", "游泳圈": "泳圈", "鱼竿": "钓竿", "药盒": "药", "毛绒玩具": "公仔", "奖杯": "杯子", "助听器": "耳朵的机器"}[sub]]
        o["nouns_f"] = [sub]
        o["vis"].append(ch(["用袋子装着", "上面写了名字缩写", "有点破", "沾了沙子", "用胶布缠过"]))
        o["sec"].append(ch({"老花镜": ["是给老人家用的", "度数300度"], "近视眼镜": ["左眼度数高一点", "新配的"], "足球鞋": ["42码", "39码", "鞋垫是后来换的"],
                            "游泳圈": ["孩子的，新买的", "上面有个小洞补过"], "鱼竿": ["是我阿公讨海用的", "配了个旧渔轮"], "药盒": ["里面是降压药", "装着一周的药"],
                            "毛绒玩具": ["孩子每天抱着睡", "是只小海豹"], "奖杯": ["比赛刚发的", "U12组第三名"], "助听器": ["是给老人家用的", "右耳的"]}[sub]))
    return o


def twin(o):
    """Same-looking object, different thing (different serial, different hidden details)."""
    fix = {"color": o["color"]}
    if o.get("brand"):
        fix["brand"] = o["brand"]
    if o.get("model"):
        fix["model"] = o["model"]
    if o["cat"] in ("id_doc", "bag", "jewelry", "other"):
        fix["sub"] = o["sub"]
    for _ in range(20):
        t = gen(o["cat"], fix)
        if t["serial"] != o["serial"] or t["serial"] is None:
            if t["vis"] != o["vis"]:
                return t
    return t


def same_cat_color(o):
    fix = {"color": o["color"]}
    if o.get("brand"):
        fix["not_brand"] = o["brand"][0]
    for _ in range(20):
        t = gen(o["cat"], fix)
        if t.get("sub") != o.get("sub") or (t.get("brand") or ("",))[0] != (o.get("brand") or ("",))[0]:
            return t
    return t


def same_brand(o):
    fix = {}
    if o.get("brand"):
        fix["brand"] = o["brand"]
    fix["not_color"] = o["color"]
    return gen(o["cat"], fix)


# ---------------------------------------------------------------- writing
TYPOS = [("钱包", "钱抱"), ("身份证", "身分证"), ("手机", "手几"), ("钥匙", "要匙"), ("黑色", "黑涩"), ("电动车", "电东车"),
         ("丢了", "丢啦"), ("背包", "被包"), ("耳机", "耳鸡"), ("找到", "找倒"), ("捡到", "检到"), ("在", "再")]


def typo(s):
    for a, b in TYPOS:
        if a in s and p(0.5):
            return s.replace(a, b, 1)
    return s


def when(m):
    t = NOW_CLOCK - m
    day = (-t + 1439) // 1440 if t < 0 else 0
    h = (t % 1440) // 60
    dname = {0: "今天", 1: "昨天", 2: "前天", 3: "大前天"}.get(day, "%d天前" % day)
    part = "凌晨" if h < 5 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "傍晚" if h < 20 else "晚上"
    hh = h if h <= 12 else h - 12
    return dname + part + ("%d点多" % hh if p(0.6) else "")


def when_en(m):
    t = NOW_CLOCK - m
    day = (-t + 1439) // 1440 if t < 0 else 0
    h = (t % 1440) // 60
    d = {0: "today", 1: "yesterday"}.get(day, "%d days ago" % day)
    return "%s around %d%s" % (d, h % 12 or 12, "am" if h < 12 else "pm")


def color_word(c, voice):
    if c is None:
        return ""
    if voice == "en":
        return COLORS[c][1]
    return ch(COLORS[c][0])


def brand_word(b, voice):
    if not b:
        return ""
    if voice == "en":
        return ch([b[1], b[1].title()])
    if voice == "teen":
        return ch([b[1], b[2], b[0]])
    if voice in ("elder", "hurried"):
        return ch([b[0], b[3], b[0]])
    return ch([b[0], b[1], b[2], b[0]])


def serial_text(o, who):
    s, k = o["serial"], o["serial_kind"]
    if k == "imei":
        if who == "owner" and p(0.2):
            return "IMEI后六位" + s[-6:]
        return imei_fmt(s)
    if k == "idn":
        return id_fmt(s, masked=p(0.45) if who == "finder" else p(0.5))
    if k == "card":
        return card_fmt(s, o["cardpre"], who)
    if k == "frame":
        return ch(["车架号", "车架号:", ""]) + (s if p(0.7) else s.lower() if who == "owner" else " ".join([s[:5], s[5:]]))
    if k == "lockcode":
        return "密码锁%s" % s
    return s


EN_NOUN = {"phone": "phone", "id_doc": "passport", "wallet": "wallet", "keys": "keys", "ebike": "e-bike", "bicycle": "bicycle",
           "bag": "bag", "cash": "cash", "jewelry": "necklace", "electronics": "earphones", "other": "glasses"}

OWNER_OPEN = {
    "elder": ["阮阿公讨海的，", "我老人家不会写字，叫孙子帮忙登记，", "台风天乱糟糟，", "阮厝在下埕，", "伊讲要来派出所登记，"],
    "parent": ["带孩子出来玩，", "我是孩子妈妈，", "带娃躲台风，", "孩子爸爸在上班，我一个人带两个小孩，", ""],
    "teen": ["我是来打U15比赛的，", "救命，", "我是球队的，", "emmm ", ""],
    "coach": ["我是蓝屿少年足球队教练，", "本人是参赛队领队，", "替队员登记：", ""],
    "tourist": ["我们一家从%s来旅游，" % "成都", "第一次来临川湾，", "我们是外地游客，", "我们从郑州过来玩，", "从长沙来度假，"],
    "rider": ["送外卖的，", "骑手，", "我跑单的，", ""],
    "hurried": [""],
}
OWNER_CLOSE = {
    "elder": ["拜托拜托。", "有人捡到卡紧打电话给阮。", "老人家急死了啦。", "多谢政府。"],
    "parent": ["孩子一直哭，麻烦帮忙留意。", "有消息请联系我，谢谢！", "急！"],
    "teen": ["教练会骂死我的", "谢谢警察叔叔", "求求了"],
    "coach": ["队员明天还要比赛，拜托。", "谢谢。"],
    "tourist": ["后天就要回去了，麻烦帮忙找找。", "酬谢！", "谢谢临川湾的警察。"],
    "rider": ["还要跑单，急", "有捡到的大哥联系我，必有酬谢"],
    "hurried": ["", "急", "谢"],
}


def owner_voice_for(place_id, cat):
    z = PL[place_id][2]
    if cat == "ebike":
        return ch(["rider", "rider", "elder", "parent", "hurried"])
    opts = ["hurried", "parent", "tourist"]
    if z == "east" or place_id in ("market", "wharf"):
        opts += ["elder", "elder", "elder"]
    if place_id in ("stadium", "busK8", "bridgeN", "outlet"):
        opts += ["teen", "teen", "coach"]
    if z == "beach" or place_id in ("resort", "market", "outlet"):
        opts += ["tourist", "en", "parent"]
    if z == "north" or place_id in ("gangkou", "haiyun"):
        opts += ["rider", "parent"]
    if cat == "id_doc":
        opts = [v for v in opts if v != "en"]
    return ch(sorted(opts))


def jitter(lat, lon, r=0.003):
    return round(lat + R.uniform(-r, r), 5), round(lon + R.uniform(-r, r), 5)


def fill(rec, o, voice, who, place, spot, frac, cw="", bw=""):
    """Optional structured fields; a person who fills fields fills some of them."""
    cw = cw.replace("看不清颜色，大概", "")
    if o.get("color") and p(frac):
        rec["color"] = cw if cw and p(0.75) else color_word(o["color"], voice)
    if o.get("brand") and p(frac) and (who == "owner" or p(0.8)):
        rec["brand"] = bw if bw and p(0.6) else brand_word(o["brand"], voice)
    if o.get("model") and p(frac * 0.7):
        rec["model"] = o["model"] if p(0.7) else o["model"].lower().replace(" ", "")
    known = o["owner_serial"] if who == "owner" else o["finder_serial"]
    if o.get("serial") and known and p(0.75):
        rec["serial"] = serial_text(o, who)[:60]
    if p(frac + 0.1):
        rec["address"] = (PL[place][1] + ("" if not spot else spot if p(0.5) else ""))[:60]
    if p(frac):
        if who == "owner":
            bits = sorted(R.sample(o["vis"] + o["sec"], min(len(o["vis"] + o["sec"]), R.randrange(1, 3)))) if (o["vis"] or o["sec"]) else []
        else:
            bits = list(o["vis"][:R.randrange(1, len(o["vis"]) + 1)]) if o["vis"] else []
            if o.get("fcash") and p(0.7):
                bits.append(o["fcash"])
        if bits:
            rec["marks"] = "；".join(bits)[:500]
    if p(frac + 0.15):
        rec["lat"], rec["lon"] = jitter(PL[place][3], PL[place][4])
    return rec


def write_lost(o, place, lf, lt, key, cat=None):
    voice = owner_voice_for(place, o["cat"])
    if voice == "en" and o["cat"] not in ("phone", "wallet", "bag", "keys", "jewelry", "electronics", "other", "id_doc"):
        voice = "tourist"
    if o["cat"] == "id_doc" and o.get("sub") == "护照":
        voice = "en"
    moment = R.randrange(lt, lf + 1)
    cw, bw = color_word(o["color"], voice), brand_word(o.get("brand"), voice)
    where = ch(PL[place][5])
    if voice == "en":
        noun = o["sub"] if o["cat"] == "id_doc" and o.get("sub") != "护照" else EN_NOUN[o["cat"]] if o["cat"] not in ("bag", "other", "jewelry", "electronics") else {"jewelry": "jewelry (%s)" % o["sub"], "electronics": "%s" % o["sub"], "bag": "bag", "other": o["sub"]}[o["cat"]]
        nat = "Korea" if o.get("nat") == "KOR" or p(0.5) else "the Philippines"
        body = "Hello, I am a tourist from %s. I lost my %s %s %s %s at %s (%s). " % (
            nat, cw, bw, o.get("model") or "", noun, PL[place][1], ch(["near the beach", "in the rain", "during the typhoon", "when wind was very strong"]), ) 
        body = body.replace("  ", " ").replace("  ", " ")
        body += "It was %s. " % when_en(moment)
        if o.get("sub") == "护照":
            body += "Name on passport %s. " % o["name"]
        if o["owner_serial"] and o.get("serial") and p(0.7):
            body += "Number %s. " % serial_text(o, "owner")
        if o["cat"] == "wallet" and p(0.7):
            body += "About %d yuan cash inside and a %s bank card. " % (o["cash"] // 100 * 100 if o["cash"] >= 100 else o["cash"], o["bank"])
        elif o["cat"] == "phone" and p(0.7):
            body += "Lock screen is %s (%s). " % (o["lock"], ch(["my friend wrote this in Chinese", "sorry my Chinese is bad"]))
        elif o["vis"] and p(0.5):
            body += "Detail: %s. " % ch(o["vis"])
        body += ch(["Please help, my flight is soon.", "Thank you very much!", "pls contact my hotel.", "Salamat po!", "감사합니다 thank you"])
        frac = 0.45
    elif voice == "hurried":
        noun = ch(o["nouns_o"])
        body = typo("%s%s丢了%s%s%s" % (where, ch(["", "附近", "那边"]), cw if p(0.6) else "", bw if p(0.5) else "", noun))
        if p(0.4):
            body += "，" + typo(ch(o["vis"] + o["sec"])) if (o["vis"] or o["sec"]) else ""
        if p(0.3) and o.get("serial") and o["owner_serial"]:
            body += " " + serial_text(o, "owner")
        body += ch(OWNER_CLOSE["hurried"])
        frac = 0.2
    else:
        noun = ch(o["nouns_o"])
        op = ch(OWNER_OPEN[voice])
        wh = when(moment) if lf - lt < 600 or p(0.5) else "%s到%s之间" % (when(lf), when(lt))
        verb = ch(["不见了", "丢了", "找不到了", "给风吹走了" if o["cat"] in ("bag", "other", "wallet", "cash") else "弄丢了", "落下了"])
        desc = "%s%s%s%s" % (cw + "的" if cw and not cw.endswith("的") and p(0.6) else cw, bw, o.get("model") if o.get("model") and p(0.5) else "", noun)
        if voice == "elder":
            body = "%s%s在%s，%s%s。" % (op, wh, where, ch(["阮的", "我的", "阿嬷的", "阮翁的"]) + desc, verb)
        else:
            poss = ["我的", ""] if o["cat"] in ("id_doc", "ebike", "cash") and o.get("sub") != "学生证" else ["我的", "孩子的", "一个", ""]
            body = "%s%s在%s%s，%s%s。" % (op, wh, where, ch(["", "附近", "一带"]), ch(poss) + desc, verb)
        det = sorted(R.sample(o["vis"] + o["sec"], min(len(o["vis"]) + len(o["sec"]), R.randrange(0, 4))))
        if det:
            body += "，".join(det) + "。"
        if o.get("sub") in ("身份证", "驾驶证", "社保卡", "学生证", "渔船船员证") and not any(x.startswith("姓名") for x in det):
            body += "名字是%s。" % o["name"]
        if o.get("cash") and o["cat"] == "cash" and not any(x.startswith("共") for x in det):
            body += "一共%s块。" % (o["cash"] if p(0.6) else "%d多" % (o["cash"] // 1000 * 1000) if o["cash"] >= 1000 else o["cash"])
        if o["owner_serial"] and o.get("serial") and p(0.5):
            lab = {"imei": ["串号", "IMEI", ""], "card": ["里面银行卡", "卡", ""], "idn": ["证件号", "号码", ""], "frame": ["", "车架号是"],
                   "sn": ["编号", "序列号"], "passport": ["护照号"], "student": ["学号"], "crew": ["证号"], "lockcode": ["箱子"]}.get(o["serial_kind"], ["编号"])
            body += ch(lab) + serial_text(o, "owner") + "。"
        if o["cat"] == "ebike" and p(0.6):
            body += "车牌%s。" % o["plate"]
        body += ch(OWNER_CLOSE[voice])
        frac = 0.15 if voice == "elder" else 0.5
    rec = {"key": key, "category": cat or o["cat"], "body": body.strip()[:600]}
    fill(rec, o, voice, "owner", place, None, frac, cw, bw)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    return rec


FINDERS = {
    "beach": ["金沙湾救生员", "浴场救生员小郑", "保洁阿姨", "游客", "水上乐园工作人员"],
    "market": ["市场管理处", "海鲜摊主", "码头大排档老板", "路过市民"],
    "north": ["物业保安", "商场物业", "急诊护士", "医院保安", "安置点志愿者", "赛事志愿者", "外卖骑手", "小区物业"],
    "east": ["避风坞志愿者", "渔民", "村委会", "渔政值班员", "撤离大巴司机"],
    "bridge": ["K8路司机", "公交调度员", "乘客"],
}
ROLES = {
    "jinsha": ["金沙湾救生员", "浴场救生员", "沙滩保洁阿姨", "游客", "躺椅出租老板"],
    "resort": ["酒店前台", "酒店保洁", "酒店物业经理"],
    "waterpark": ["水上乐园救生员", "乐园工作人员", "乐园客服中心"],
    "boardwalk": ["环卫工人", "晨练的市民", "栈道巡逻员"],
    "market": ["市场管理处", "海鲜摊主", "市场保安"],
    "wharf": ["码头大排档老板", "渔民", "码头管理员"],
    "gangkou": ["夜市烧烤摊老板", "外卖骑手", "路过市民"],
    "outlet": ["奥莱物业", "商场保安", "店员", "服务台工作人员"],
    "hospital": ["急诊护士", "医院保安", "护工"],
    "stadium": ["赛事志愿者", "对方球队教练", "场地管理员", "裁判"],
    "shelter2": ["安置点志愿者", "社区网格员", "二中老师"],
    "mingzhu": ["小区物业", "物业保安", "外卖骑手", "业主"],
    "busterm": ["公交调度员", "K8路司机", "撤离大巴司机"],
    "haiyun": ["物业管家", "外卖骑手", "奶茶店店员"],
    "typhoonshelter": ["避风坞志愿者", "渔民", "渔政值班员"],
    "xiacheng": ["村委会", "村里阿伯", "撤离大巴司机"],
    "shawei": ["村委会", "撤离大巴司机", "网格员"],
    "houao": ["渔具店老板", "庙里管理人", "村里阿婶"],
    "bridgeN": ["K8路司机", "乘客", "公交站保洁"],
    "bridgeS": ["便利店店员", "K8路司机", "乘客"],
}
CONDITION = ["已经泡了水", "沾满了泥沙", "湿透了", "被风吹到这里的", "外面糊着泥", "", "", "完好", "有点脏"]
HANDLE = ["已交派出所。", "暂存服务台。", "先放在值班室，等失主来认领。", "交到阳光坐席。", "拍照登记。", ""]


def write_found(o, place, fmin, key, cat=None):
    zone = PL[place][2]
    role = ch(ROLES.get(place, FINDERS[zone]))
    spot = ch(PL[place][6])
    if o["cat"] in ("ebike", "bicycle"):
        spot = ch(["路边", "绿化带里", "积水里", "门口停车处", "围墙边", "排水沟旁"])
    hurried = p(0.2)
    dirty = p(0.35)
    cw = "看不清颜色，大概" + color_word(o["color"], "x") if dirty and o.get("color") and p(0.3) else color_word(o["color"], "x")
    bw = brand_word(o.get("brand"), "f") if o.get("brand") and p(0.7) else ""
    noun = ch(o["nouns_f"])
    if cat == "wallet" and o["cat"] == "id_doc":
        noun = ch(["卡包", "证件卡套"])
        o = dict(o, vis=["里面是" + o["sub"]] + o["vis"])
    if hurried:
        body = typo("%s捡到%s%s%s" % (spot, cw if p(0.6) else "", bw, noun))
        if o["vis"] and p(0.5):
            body += "，" + ch(o["vis"])
        frac = 0.25
    else:
        body = "%s：%s在%s%s捡到%s%s%s%s一%s。" % (role, when(fmin), PL[place][1] if p(0.5) else "", spot, cw + ("的" if cw and not cw.endswith("的") and p(0.5) else ""), bw,
                                        o.get("model") if o.get("model") and p(0.4) else "", noun.replace("一部", "").replace("一张", "").replace("一本", "").replace("一个", "").replace("一辆", "").replace("一串", "").replace("一只", "").replace("一挂", ""),
                                        {"phone": "部", "id_doc": "份", "wallet": "个", "keys": "串", "ebike": "辆", "bicycle": "辆", "bag": "个", "cash": "笔", "jewelry": "件", "electronics": "个", "other": "件"}[o["cat"]])
        vis = o["vis"][:R.randrange(0, len(o["vis"]) + 1)] if o["vis"] else []
        if vis:
            body += "，".join(vis) + "。"
        if o.get("fcash") and p(0.8):
            body += "清点" + o["fcash"] + "。"
        if o["cat"] == "phone":
            body += ch(["手机没电了，开不了机。", "屏幕还亮，锁屏是%s。" % o["lock"], "进水黑屏。", "一直有人打电话但是没接到。", "有密码打不开。"])
        c = ch(CONDITION)
        if c:
            body += "东西" + c + "。"
        if o["finder_serial"] and o.get("serial") and p(0.6):
            lab = {"imei": ["串号", "IMEI", "卡托上印着"], "card": ["里面银行卡", "有张卡", ""], "idn": ["证号", "号码", ""], "frame": ["", "车架上刻着"],
                   "sn": ["编号", "背面印着SN", "序列号"], "passport": ["护照号", "No."], "student": ["学号", "学生证号"], "crew": ["证号", ""]}.get(o["serial_kind"], ["编号"])
            body += ch(lab) + serial_text(o, "finder") + "。"
        if o.get("sub") in ("身份证", "驾驶证", "社保卡", "学生证", "渔船船员证") and p(0.7):
            body += "证件姓名%s。" % (o["name"] if p(0.5) else mask_name(o["name"]))
        body += ch(HANDLE)
        frac = 0.6
    rec = {"key": key, "category": cat or o["cat"], "body": body.strip()[:600]}
    fill(rec, o, "f", "finder", place, spot, frac, cw, bw)
    rec["found_at_min"] = fmin
    return rec


# ---------------------------------------------------------------- assembly
PAIR_N = [("phone", 26), ("id_doc", 20), ("wallet", 18), ("keys", 14), ("bag", 18), ("electronics", 14),
          ("ebike", 8), ("bicycle", 8), ("cash", 6), ("jewelry", 9), ("other", 9)]
NULL_N = [("phone", 15), ("id_doc", 10), ("wallet", 11), ("keys", 9), ("bag", 11), ("electronics", 9),
          ("ebike", 5), ("bicycle", 5), ("cash", 5), ("jewelry", 5), ("other", 5)]
PLACE_IDS = [x[0] for x in PLACES]
NO_VEHICLE = ("busK8", "evacbus", "waterpark", "resort", "hospital")
MAXM = 172800


def loss_place(cat):
    ids = [i for i in PLACE_IDS if not (cat in ("ebike", "bicycle") and i in NO_VEHICLE)]
    return ch(ids)


def loss_window():
    lt = R.randrange(20, 11520) if p(0.95) else R.randrange(11520, 60000)
    w = ch([R.randrange(10, 120), R.randrange(10, 120), R.randrange(60, 480), R.randrange(480, 2880)])
    return min(lt + w, MAXM), lt


def near_place(pid, cat):
    if pid in CARRY and p(0.7):
        return ch(CARRY[pid])
    zone = PL[pid][2]
    ids = [i for i in PLACE_IDS if PL[i][2] == zone and i != pid and i not in ("busK8", "evacbus")
           and not (cat in ("ebike", "bicycle") and i in NO_VEHICLE)]
    return ch(ids) if ids else pid


def far_place(pid, cat):
    zone = PL[pid][2]
    ids = [i for i in PLACE_IDS if PL[i][2] != zone and i not in ("busK8", "evacbus")
           and not (cat in ("ebike", "bicycle") and i in NO_VEHICLE)]
    return ch(ids)


def main():
    lost, found = [], []  # entries: (sortkey-free) dicts with temp refs
    reports = []  # (obj, place, lf, lt, truth_index or None)
    for cat, n in PAIR_N:
        for _ in range(n):
            o = gen(cat)
            pl = loss_place(cat)
            lf, lt = loss_window()
            reports.append([o, pl, lf, lt, True])
    for cat, n in NULL_N:
        for _ in range(n):
            o = gen(cat)
            pl = loss_place(cat)
            lf, lt = loss_window()
            reports.append([o, pl, lf, lt, False])
    # cross-category filings (at most 5): finder files the object under another code
    cross_rules = [("electronics", "儿童手表", "phone"), ("id_doc", "学生证", "wallet"), ("jewelry", None, "other"), ("bag", "防水桶包", "other")]
    cross = {}
    for cat, sub, fcat in cross_rules:
        for i, r in enumerate(reports):
            if r[4] and r[0]["cat"] == cat and (sub is None or r[0]["sub"] == sub) and i not in cross:
                cross[i] = fcat
                break
    n_found_f = 0
    for i, (o, pl, lf, lt, paired) in enumerate(reports):
        lrec = write_lost(o, pl, lf, lt, None)
        lrec["truth"] = None
        lost.append((lrec, i))
        if paired:
            a = R.randrange(lt, lf + 1)
            u = R.random()
            if u < 0.62 and pl not in ("busK8", "evacbus"):
                fp, d = pl, R.randrange(5, 720)
            elif u < 0.9:
                fp, d = near_place(pl, o["cat"]), R.randrange(20, 1440)
            else:
                fp, d = far_place(pl, o["cat"]), R.randrange(120, 4320)
            f = max(0, a - d)
            frec = write_found(o, fp, f, None, cross.get(i))
            found.append((frec, i))
    # hard negatives
    null_idx = [i for i, r in enumerate(reports) if not r[4]]
    pair_idx = [i for i, r in enumerate(reports) if r[4]]
    targets = sorted(R.sample(null_idx, 75)) + sorted(R.sample(pair_idx, 45))
    neg_counts = {}
    for i in targets:
        o, pl, lf, lt, _ = reports[i]
        kinds = ["same_cat_color", "found_before_loss"] + (["same_brand_elsewhere"] if o.get("brand") else [])
        if lf + 30 > MAXM:
            kinds.remove("found_before_loss")
        kind = ch(kinds)
        if kind == "same_cat_color":
            t = same_cat_color(o)
            fp = pl if pl not in ("busK8", "evacbus") and p(0.5) else near_place(pl, o["cat"])
            f = R.randrange(0, lf + 1)
        elif kind == "found_before_loss":
            t = twin(o)
            fp = pl if pl not in ("busK8", "evacbus") and p(0.6) else near_place(pl, o["cat"])
            f = min(MAXM, lf + R.randrange(30, 4000))
        else:
            t = same_brand(o)
            fp = far_place(pl, o["cat"])
            f = min(MAXM, lf + R.randrange(1500, 9000)) if p(0.5) else max(0, lt - R.randrange(1500, 6000))
        frec = write_found(t, fp, f, None)
        frec["negative"] = kind
        neg_counts[kind] = neg_counts.get(kind, 0) + 1
        found.append((frec, None))
    R.shuffle(lost)
    R.shuffle(found)
    fkey = {}
    for n, (frec, i) in enumerate(found, 1):
        frec["key"] = "%s-F%04d" % (PFX, n)
        if i is not None:
            fkey[i] = frec["key"]
    out_lost = []
    for n, (lrec, i) in enumerate(lost, 1):
        lrec["key"] = "%s-L%04d" % (PFX, n)
        lrec["truth"] = fkey.get(i)
        out_lost.append(order(lrec))
    out_found = [order(fr) for fr, _ in found]
    out_found.sort(key=lambda r: r["key"])
    out_lost.sort(key=lambda r: r["key"])
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set125.py",
           "parts": {"set125": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set125.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", path, "lost", len(out_lost), "found", len(out_found), "negatives", sorted(neg_counts.items()))


FIELD_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "found_at_min", "truth", "negative"]


def order(r):
    return {k: r[k] for k in FIELD_ORDER if k in r}


if __name__ == "__main__":
    main()
