"""set86 numbers, serial spellings, brands, colours and typos (all invented)."""

W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
PROV = ["11", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "50", "51", "61", "62"]


def id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, W11643))
    return "10X98765432"[s % 11]


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17].upper()


def make_id(rng, year=None):
    area = rng.choice(PROV) + "%02d%02d" % (rng.randint(1, 9), rng.randint(1, 29))
    y = year or rng.randint(1965, 2007)
    body = area + "%04d%02d%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)) + "%03d" % rng.randint(10, 998)
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


def luhn_valid(s):
    return len(s) >= 2 and s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def make_imei(rng, tac=None):
    tac = tac or "86" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    body = tac + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def alnum(rng, n):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def make_serial(rng, kind):
    if kind == "imei":
        return make_imei(rng)
    if kind == "idcard":
        return make_id(rng)
    if kind == "bank":
        return rng.choice(["6222", "6217", "6228", "6212", "6236"]) + digits(rng, 4)  # bin + tail, never a full number
    if kind == "student":
        return rng.choice(["2021", "2022", "2023", "2024", "2025"]) + rng.choice(["31", "32", "41", "52", "67"]) + digits(rng, 4)
    if kind == "ticket":
        return "25" + "3301" + digits(rng, 6)
    if kind == "passport":
        return rng.choice(["KQ", "NR", "TL", "ZB"]) + digits(rng, 7)
    if kind == "frame":
        return rng.choice(["GQ", "LX", "YD", "AM", "NB"]) + rng.choice(["23", "24", "25"]) + alnum(rng, 2) + digits(rng, 5)
    if kind == "plate":
        return "东海" + rng.choice("ABCDE") + digits(rng, 5)
    if kind == "sn":
        return alnum(rng, 10)
    if kind == "tag":
        return rng.choice("ABCD") + "-" + "%04d" % rng.randint(1, 1800)
    if kind == "badge":
        return rng.choice(["LT", "BC", "ZX"]) + digits(rng, 6)
    raise KeyError(kind)


def other_serial(rng, kind, value):
    """Same kind of serial, same look, but a different last four."""
    while True:
        if kind == "imei":
            v = make_imei(rng, value[:8])
        elif kind == "bank":
            v = value[:4] + digits(rng, 4)
        elif kind == "student":
            v = value[:6] + digits(rng, 4)
        elif kind == "ticket":
            v = value[:6] + digits(rng, 6)
        elif kind == "idcard":
            v = make_id(rng)
        elif kind == "frame":
            v = value[:6] + digits(rng, 5)
        elif kind == "plate":
            v = value[:3] + digits(rng, 5)
        elif kind == "tag":
            v = value[:2] + "%04d" % rng.randint(1, 1800)
        elif kind in ("passport", "badge"):
            v = value[:2] + digits(rng, len(value) - 2)
        else:
            v = value[:4] + alnum(rng, len(value) - 4)
        if v[-4:] != value[-4:]:
            return v


def spell_serial(rng, kind, v, knows_full=True):
    """One way a person writes a serial; partial forms when knows_full is False."""
    r = rng.random()
    if kind == "imei":
        full = [v, "IMEI:" + v, "IMEI " + v, v[:2] + "-" + v[2:8] + "-" + v[8:14] + "-" + v[14],
                " ".join([v[0:3], v[3:6], v[6:9], v[9:12], v[12:15]]), "串号" + v]
        part = ["IMEI尾号" + v[-4:], "串号后六位" + v[-6:], "IMEI后4位" + v[-4:]]
    elif kind == "idcard":
        full = [v, v[:6] + " " + v[6:14] + " " + v[14:], "身份证号" + v, v.lower()]
        part = [v[:6] + "********" + v[-4:], v[:4] + "**********" + v[-4:], "尾号" + v[-4:], v[:3] + "*" * 11 + v[-4:]]
    elif kind == "bank":
        full = [v[:4] + "****" + v[-4:], v[:4] + " **** **** " + v[-4:], "尾号" + v[-4:], "卡号后四位" + v[-4:]]
        part = ["尾号" + v[-4:], v[-4:], "****" + v[-4:]]
    elif kind == "student":
        full = [v, "学号" + v, "学号:" + v, v[:4] + " " + v[4:]]
        part = ["学号尾号" + v[-4:], "学号后四位" + v[-4:]]
    elif kind == "ticket":
        full = [v, "准考证号" + v, v[:6] + " " + v[6:]]
        part = ["准考证号后四位" + v[-4:], "尾号" + v[-4:]]
    elif kind == "passport":
        full = [v, "No." + v, v.lower(), "Passport " + v]
        part = ["护照号尾号" + v[-4:]]
    elif kind == "frame":
        full = [v, "车架号" + v, v.lower(), v[:4] + " " + v[4:8] + " " + v[8:], "车架号:" + v]
        part = ["车架号后六位" + v[-6:], "车架号尾号" + v[-4:]]
    elif kind == "plate":
        full = [v, v[:3] + "·" + v[3:], v[2:], v[:2] + " " + v[2:]]
        part = ["车牌后五位" + v[-5:], "牌照尾号" + v[-4:]]
    elif kind == "badge":
        full = [v, "工号" + v, v.lower(), "工号:" + v]
        part = ["工号后四位" + v[-4:]]
    elif kind == "tag":
        full = [v, v.replace("-", ""), "编号" + v, v[-4:] + "号"]
        part = [v[-4:] + "号"]
    else:
        full = [v, "S/N:" + v, "SN " + v.lower(), v[:4] + "-" + v[4:8] + "-" + v[8:], "序列号" + v]
        part = ["序列号后四位" + v[-4:], "SN尾号" + v[-4:]]
    if knows_full and r < 0.8:
        return rng.choice(full)
    return rng.choice(part)


# brand key -> (Chinese, English, pinyin, typo / other spellings)
BRANDS = {
    "huawei": ("华为", "HUAWEI", "huawei", ["华伟", "Huawei", "hua wei"]),
    "apple": ("苹果", "Apple", "pingguo", ["iPhone", "平果", "apple"]),
    "xiaomi": ("小米", "Xiaomi", "xiaomi", ["MI", "小咪", "Redmi"]),
    "oppo": ("OPPO", "OPPO", "oppo", ["欧珀", "Oppo"]),
    "vivo": ("vivo", "vivo", "vivo", ["VIVO", "维沃"]),
    "honor": ("荣耀", "HONOR", "rongyao", ["Honor", "荣曜"]),
    "samsung": ("三星", "Samsung", "sanxing", ["SAMSUNG", "三心"]),
    "lenovo": ("联想", "Lenovo", "lianxiang", ["lenovo", "联相"]),
    "dell": ("戴尔", "Dell", "daier", ["DELL", "戴耳"]),
    "sony": ("索尼", "Sony", "suoni", ["SONY", "索妮"]),
    "casio": ("卡西欧", "CASIO", "kaxiou", ["Casio", "卡西鸥"]),
    "deli": ("得力", "deli", "deli", ["Deli", "得利"]),
    "edifier": ("漫步者", "EDIFIER", "manbuzhe", ["Edifier"]),
    "dji": ("大疆", "DJI", "dajiang", ["dji", "大江"]),
    "fuji": ("富士", "FUJIFILM", "fushi", ["Fuji", "富仕"]),
    "canon": ("佳能", "Canon", "jianeng", ["CANON", "佳的"]),
    "nintendo": ("任天堂", "Nintendo", "rentiantang", ["switch", "任天棠"]),
    "imoo": ("小天才", "imoo", "xiaotiancai", ["小天材"]),
    "anker": ("安克", "Anker", "anke", ["ANKER"]),
    "ireader": ("掌阅", "iReader", "zhangyue", ["掌悦"]),
    "yadea": ("雅迪", "Yadea", "yadi", ["YADEA", "雅的"]),
    "aima": ("爱玛", "AIMA", "aima", ["Aima", "艾玛"]),
    "niu": ("小牛", "NIU", "xiaoniu", ["niu", "小牛电动"]),
    "ninebot": ("九号", "Ninebot", "jiuhao", ["9号", "Segway-Ninebot"]),
    "giant": ("捷安特", "GIANT", "jieante", ["Giant", "捷安持"]),
    "merida": ("美利达", "MERIDA", "meilida", ["Merida", "美力达"]),
    "forever": ("永久", "Forever", "yongjiu", ["永久牌"]),
    "phoenix": ("凤凰", "Phoenix", "fenghuang", ["凤凰牌"]),
    "decathlon": ("迪卡侬", "DECATHLON", "dikanong", ["Decathlon", "迪卡龙"]),
    "nike": ("耐克", "Nike", "naike", ["NIKE", "奈克"]),
    "adidas": ("阿迪达斯", "adidas", "adidasi", ["阿迪", "Adidas"]),
    "samsonite": ("新秀丽", "Samsonite", "xinxiuli", ["新秀莉"]),
    "coach": ("蔻驰", "COACH", "kouchi", ["Coach", "寇驰"]),
    "muji": ("无印良品", "MUJI", "wuyin liangpin", ["无印"]),
    "jansport": ("杰斯伯", "JanSport", "jiesibo", ["jansport"]),
    "septwolves": ("七匹狼", "SEPTWOLVES", "qipilang", ["7匹狼"]),
    "goldlion": ("金利来", "Goldlion", "jinlilai", ["金力来"]),
    "ctf": ("周大福", "Chow Tai Fook", "zhoudafu", ["CTF", "周大幅"]),
    "pandora": ("潘多拉", "PANDORA", "panduola", ["Pandora"]),
    "lfx": ("老凤祥", "老凤祥", "laofengxiang", ["老凤翔"]),
    "swarovski": ("施华洛世奇", "Swarovski", "shihualuoshiqi", ["施华洛"]),
    "thermos": ("膳魔师", "THERMOS", "shanmoshi", ["Thermos"]),
    "vw": ("大众", "Volkswagen", "dazhong", ["VW"]),
    "byd": ("比亚迪", "BYD", "biyadi", ["byd"]),
}


def glue(*parts):
    """Join words, with a space only between two Latin words."""
    out = ""
    for p in parts:
        if not p:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            out += " "
        out += p
    return out


def spell_brand(rng, key, finder=False):
    zh, en, py, other = BRANDS[key]
    r = rng.random()
    if finder:
        return zh if r < 0.5 else (en if r < 0.9 else rng.choice(other))
    if r < 0.45:
        return zh
    if r < 0.78:
        return en
    if r < 0.86:
        return py
    return rng.choice(other)


# colour key -> (plain Chinese, other Chinese words, English, pinyin)
COLORS = {
    "black": ("黑色", ["黑", "深色", "哑光黑", "曜石黑", "亮黑色"], "black", "heise"),
    "white": ("白色", ["白", "米白", "象牙白", "奶白色"], "white", "baise"),
    "silver": ("银色", ["银", "银白色", "金属银"], "silver", "yinse"),
    "grey": ("灰色", ["深空灰", "灰", "石墨灰", "浅灰"], "grey", "huise"),
    "blue": ("蓝色", ["深蓝", "藏青色", "天蓝色", "宝蓝", "蓝"], "blue", "lanse"),
    "red": ("红色", ["酒红色", "大红", "红"], "red", "hongse"),
    "pink": ("粉色", ["樱花粉", "浅粉色", "粉红", "粉"], "pink", "fense"),
    "green": ("绿色", ["墨绿色", "薄荷绿", "军绿", "绿"], "green", "lvse"),
    "gold": ("金色", ["香槟金", "玫瑰金", "金"], "gold", "jinse"),
    "yellow": ("黄色", ["明黄色", "柠檬黄", "黄"], "yellow", "huangse"),
    "purple": ("紫色", ["淡紫色", "香芋紫", "紫"], "purple", "zise"),
    "brown": ("棕色", ["咖啡色", "驼色", "卡其色", "棕"], "brown", "zongse"),
}


def spell_color(rng, key, finder=False):
    zh, other, en, py = COLORS[key]
    r = rng.random()
    if finder:
        return zh if r < 0.5 else (rng.choice(other) if r < 0.95 else en)
    if r < 0.5:
        return zh
    if r < 0.88:
        return rng.choice(other)
    if r < 0.95:
        return en
    return py


TYPOS = [("的", "得"), ("在", "再"), ("钱包", "前包"), ("钥匙", "钥是"), ("身份证", "身分证"), ("图书馆", "图书管"),
         ("食堂", "食棠"), ("耳机", "耳鸡"), ("充电宝", "冲电宝"), ("已经", "以经"), ("联系", "连系"), ("黑色", "黒色"),
         ("手机", "手几"), ("帮忙", "帮忙忙"), ("捡到", "减到"), ("谢谢", "写写"), ("电脑", "电恼"), ("自行车", "自形车"),
         ("丢了", "丢le"), ("一个", "一各"), ("宿舍", "宿社"), ("准考证", "准考正"), ("地铁", "地帖")]


def typo(rng, text):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = rng.choice(cands)
    i = text.find(a)
    return text[:i] + b + text[i + len(a):]
