"""set103 say: how people around 岚屿县 write colours, brands, serials, and their typos."""

COLOR_WORDS = {
    "黑": ["黑色", "黑", "深色", "哑光黑", "黑的", "乌色"], "白": ["白色", "白", "米白", "白的", "象牙白"],
    "红": ["红色", "大红", "酒红色", "红的"], "蓝": ["蓝色", "深蓝", "宝蓝色", "藏青色", "蓝的"],
    "金": ["金色", "香槟金", "金黄色", "土豪金"], "银": ["银色", "银灰色", "银白"], "灰": ["灰色", "深灰", "太空灰", "灰的"],
    "绿": ["绿色", "墨绿", "军绿色", "青色"], "粉": ["粉色", "粉红", "樱花粉"], "棕": ["棕色", "咖啡色", "褐色", "驼色"],
    "紫": ["紫色", "淡紫", "紫的"], "黄": ["黄色", "土黄", "米黄色"],
}
COLOR_EN = {"黑": "black", "白": "white", "红": "red", "蓝": "blue", "金": "gold", "银": "silver", "灰": "grey",
            "绿": "green", "粉": "pink", "棕": "brown", "紫": "purple", "黄": "yellow"}
BRAND_WORDS = {
    "华为": ["华为", "HUAWEI", "Huawei", "华伟", "huawei"], "苹果": ["苹果", "iPhone", "Apple", "apple", "平果"],
    "小米": ["小米", "Xiaomi", "MI", "红米", "xiaomi"], "OPPO": ["OPPO", "oppo", "欧珀"], "vivo": ["vivo", "VIVO", "维沃", "步步高vivo"],
    "荣耀": ["荣耀", "HONOR", "Honor", "容耀"], "金鹿": ["金鹿", "JINLU", "金路"], "雅仕凯": ["雅仕凯", "YASHIKAI", "雅士凯"],
    "邦维": ["邦维", "BONWAY", "帮维"], "七狼皮具": ["七狼", "QILANG", "七狼皮具"], "五菱": ["五菱", "Wuling", "五凌"],
    "比亚迪": ["比亚迪", "BYD", "byd"], "雅迪": ["雅迪", "Yadea", "YADEA", "亚迪"], "爱玛": ["爱玛", "AIMA", "爱马"],
    "台铃": ["台铃", "TAILG", "台玲"], "新日": ["新日", "SUNRA", "新曰"], "绿源": ["绿源", "LUYUAN", "绿原"],
    "捷安特": ["捷安特", "GIANT", "Giant", "杰安特"], "凤凰": ["凤凰", "Phoenix", "凤凰牌"], "永久": ["永久", "FOREVER", "永久牌"],
    "美利达": ["美利达", "MERIDA", "美力达"], "山行者": ["山行者", "SHANXINGZHE", "SXZ"], "骆丘": ["骆丘", "LUOQIU"],
    "巴里斯": ["巴里斯", "BALISI", "巴黎斯"], "佳影": ["佳影", "JIAYING"], "声宜": ["声宜", "SHENGYI", "声怡"],
    "联想": ["联想", "Lenovo", "lenovo"], "守护宝": ["守护宝", "SHOUHUBAO"], "金福楼": ["金福楼", "金福"],
    "宝源金行": ["宝源金行", "宝源"], "周六福珠宝": ["周六福", "周六福珠宝"], "天堂伞": ["天堂伞", "天堂"],
    "晴雨伞": ["晴雨"], "明视": ["明视"], "德化窑": ["德化", "德化窑"], "光威": ["光威", "GW"], "渔乐": ["渔乐"],
}
TYPOS = [("身份证", "身分证"), ("钱包", "钱保"), ("钥匙", "钥是"), ("手机", "手几"), ("电动车", "电东车"),
         ("黑色", "黑涩"), ("捡到", "减到"), ("丢失", "丢矢"), ("在", "再"), ("颜色", "言色"), ("自行车", "自形车"),
         ("已经", "以经"), ("汽车站", "汽车占"), ("耳机", "耳鸡"), ("背包", "被包")]


def color_word(rng, c, en=False):
    if not c:
        return ""
    if en:
        return COLOR_EN[c]
    return rng.choice(COLOR_WORDS[c])


def brand_word(rng, b, en=False):
    if not b:
        return ""
    ws = BRAND_WORDS.get(b, [b])
    if en:
        latin = [w for w in ws if w.isascii()]
        if latin:
            return rng.choice(latin)
    return rng.choice(ws)


def typo(rng, s):
    cands = [(a, b) for a, b in TYPOS if a in s]
    if not cands:
        return s
    a, b = rng.choice(cands)
    return s.replace(a, b, 1)


def serial_owner(rng, serial):
    """How an owner writes the serial they have at home (box, card, photo)."""
    kind, v = serial
    r = rng.random()
    if kind == "imei":
        if r < 0.35:
            return v
        if r < 0.6:
            return " ".join([v[:2], v[2:8], v[8:14], v[14]])
        if r < 0.8:
            return "IMEI:" + v
        return "IMEI后四位" + v[-4:]
    if kind == "id":
        if r < 0.3:
            return v
        if r < 0.6:
            return v[:6] + "********" + v[-4:]
        if r < 0.8:
            return "尾号" + v[-4:]
        return v[:6] + "****" + v[10:14] + "****"
    if kind == "card":
        return rng.choice(["6217****" + v, "尾号" + v, v, "卡号后四位" + v, "6230 **** **** " + v])
    if kind == "stuno":
        return rng.choice([v, "学号" + v, v[:4] + " " + v[4:]])
    if kind == "frame":
        return rng.choice([v, v.lower(), v[:4] + "-" + v[4:], "车架号" + v])
    if kind == "passport":
        return rng.choice([v, "No. " + v, v[:-1]])
    return rng.choice([v, "S/N " + v, v.lower()])


def serial_finder(rng, serial):
    """What a finder could read off the object itself (None when not visible)."""
    kind, v = serial
    if kind == "imei":
        return None if rng.random() < 0.92 else v     # almost never: would need the SIM tray or *#06#
    if kind == "id":
        r = rng.random()
        if r < 0.6:
            return v
        if r < 0.8:
            return v[:6] + "********" + v[-4:]
        return v[:-4] + "****"
    if kind == "card":
        return rng.choice(["尾号" + v, "****" + v, v])
    if kind in ("stuno", "passport", "hrp"):
        return v
    if kind == "frame":
        return None if rng.random() < 0.6 else v
    return None if rng.random() < 0.7 else v


MINNAN = {"钥匙": "锁匙", "手机": "手机仔", "钱包": "钱袋仔", "下雨": "落雨", "汽车站": "车头", "丢了": "拍毋见",
          "家里": "厝里", "我们": "阮", "儿子": "后生", "女儿": "查某囝", "扫墓": "培墓", "戒指": "手指", "眼镜": "目镜",
          "不知道": "毋知"}


def minnanize(rng, s, share=0.6):
    import re
    for k in sorted(MINNAN):
        if k in s and rng.random() < share:
            s = re.sub(re.escape(k) + "(?![号仔])", MINNAN[k], s)
    return s
