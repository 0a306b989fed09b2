"""Numbers, brands and colours for set95, and the many ways people write them."""

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
REGIONS = ["350681", "350203", "350583", "440513", "330302", "320106", "110105", "510107",
           "350105", "350426", "430102", "360111"]


def id_check(first17):
    return ID_C[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def id_number(rng, year_lo=1950, year_hi=2016):
    y = rng.randint(year_lo, year_hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (rng.choice(REGIONS), y, m, d, rng.randint(1, 999))
    return body + id_check(body)


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def imei(rng):
    body = rng.choice(["86", "35", "86", "49"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def write_imei(rng, s, owner=True):
    forms = [s, "IMEI:" + s, s[:2] + " " + s[2:8] + " " + s[8:14] + " " + s[14],
             s[:8] + "-" + s[8:14] + "-" + s[14], " ".join(s[i:i + 4] for i in range(0, 15, 4)),
             "串号" + s, "IMEI尾号" + s[-6:], "串号后六位" + s[-6:]]
    if not owner:
        forms = forms[:6]
    return rng.choice(forms)


def write_id(rng, s, mask_prob):
    if rng.random() < mask_prob:
        return rng.choice([s[:6] + "********" + s[-4:], s[:4] + "**********" + s[-4:],
                           s[:10] + "****" + s[-4:], "尾号" + s[-4:], s[:3] + "***" + s[6:14] + "****"])
    return rng.choice([s, s, s[:6] + " " + s[6:14] + " " + s[14:], s.lower()])


def write_tail(rng, bank_prefix, tail):
    return rng.choice(["尾号" + tail, bank_prefix + "****" + tail, "卡号后四位" + tail, "*" + tail,
                       bank_prefix + " **** **** " + tail])


def write_code(rng, s):
    """plates, frame numbers, fleet numbers, printed serials"""
    a = s.replace("-", "")
    return rng.choice([s, a, a.lower(), " ".join(a[i:i + 4] for i in range(0, len(a), 4)), s])


# canonical key -> written forms; the first form is the plain Chinese one
BRANDS = {
    "huawei": ["华为", "HUAWEI", "Huawei", "华伟", "hua wei"],
    "apple": ["苹果", "Apple", "APPLE", "平果"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小咪"],
    "oppo": ["OPPO", "欧珀", "oppo", "0PPO"],
    "vivo": ["vivo", "VIVO", "维沃", "ViVo"],
    "honor": ["荣耀", "HONOR", "Honor", "容耀"],
    "samsung": ["三星", "Samsung", "SAMSUNG", "sumsung"],
    "coach": ["蔻驰", "COACH", "Coach", "寇驰"],
    "septwolves": ["七匹狼", "SEPTWOLVES", "qipilang"],
    "goldlion": ["金利来", "Goldlion", "jinlilai"],
    "samsonite": ["新秀丽", "Samsonite", "xinxiuli"],
    "decathlon": ["迪卡侬", "Decathlon", "dikanong", "迪卡农"],
    "tnf": ["北面", "The North Face", "TNF", "北脸"],
    "anta": ["安踏", "ANTA", "anta"],
    "toyota": ["丰田", "Toyota", "TOYOTA", "fengtian"],
    "byd": ["比亚迪", "BYD", "biyadi"],
    "honda": ["本田", "Honda", "HONDA"],
    "vw": ["大众", "Volkswagen", "VW", "dazhong"],
    "yadea": ["雅迪", "Yadea", "YADEA", "yadi"],
    "aima": ["爱玛", "AIMA", "Aima", "aima"],
    "niu": ["小牛", "NIU", "niu", "小牛电动"],
    "tailg": ["台铃", "TAILG", "tailing", "台玲"],
    "giant": ["捷安特", "GIANT", "Giant", "jieante"],
    "merida": ["美利达", "MERIDA", "Merida", "美力达"],
    "xds": ["喜德盛", "XDS", "xidesheng"],
    "phoenix": ["凤凰", "Phoenix", "fenghuang"],
    "ctf": ["周大福", "Chow Tai Fook", "CTF", "zhoudafu"],
    "lfx": ["老凤祥", "laofengxiang", "老凤翔"],
    "pandora": ["潘多拉", "Pandora", "PANDORA", "盼多拉"],
    "swarovski": ["施华洛世奇", "Swarovski", "施华洛士奇"],
    "canon": ["佳能", "Canon", "CANON", "jianeng"],
    "sony": ["索尼", "SONY", "Sony"],
    "fujifilm": ["富士", "FUJIFILM", "Fuji"],
    "gopro": ["GoPro", "gopro", "狗pro"],
    "dji": ["大疆", "DJI", "dajiang", "大僵"],
    "nintendo": ["任天堂", "Nintendo", "Switch"],
    "kindle": ["Kindle", "kindle", "亚马逊"],
    "anker": ["安克", "Anker", "ANKER"],
    "rayban": ["雷朋", "Ray-Ban", "RayBan", "雷鹏"],
    "thermos": ["膳魔师", "THERMOS", "Thermos", "善魔师"],
    "zojirushi": ["象印", "ZOJIRUSHI", "象印牌"],
    "daiwa": ["达亿瓦", "DAIWA", "Daiwa", "达瓦"],
    "shimano": ["禧玛诺", "SHIMANO", "Shimano", "喜玛诺"],
    "phonak": ["峰力", "Phonak", "PHONAK"],
}
BRAND_EN = {"huawei": "Huawei", "apple": "Apple", "xiaomi": "Xiaomi", "samsung": "Samsung",
            "oppo": "OPPO", "vivo": "vivo", "honor": "Honor"}


def brand_form(rng, key, typo_ok=True):
    forms = BRANDS[key]
    if not typo_ok:
        forms = forms[:3]
    return rng.choice(forms)


def brand_en(key):
    for f in BRANDS[key]:
        if f.isascii():
            return f
    return BRANDS[key][0]


# canonical colour -> (Chinese forms, English)
COLORS = {
    "black": (["黑色", "黑", "深色", "哑光黑", "亮黑色", "曜石黑"], "black"),
    "white": (["白色", "白", "米白色", "珍珠白", "象牙白"], "white"),
    "blue": (["蓝色", "深蓝色", "藏青色", "天蓝色", "宝石蓝"], "blue"),
    "red": (["红色", "酒红色", "大红", "枣红色"], "red"),
    "pink": (["粉色", "粉红色", "樱花粉", "淡粉色"], "pink"),
    "grey": (["灰色", "深灰色", "太空灰", "浅灰色"], "grey"),
    "silver": (["银色", "银白色", "亮银色"], "silver"),
    "gold": (["金色", "香槟金", "土豪金"], "gold"),
    "green": (["绿色", "墨绿色", "军绿色", "薄荷绿", "橄榄绿"], "green"),
    "yellow": (["黄色", "明黄色", "柠檬黄"], "yellow"),
    "purple": (["紫色", "淡紫色", "薰衣草紫"], "purple"),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], "brown"),
    "orange": (["橙色", "橘色", "橘黄色"], "orange"),
}
# what a finder may honestly see instead
SEEN_AS = {"blue": "black", "grey": "silver", "silver": "grey", "gold": "yellow", "purple": "blue",
           "brown": "black", "pink": "red", "orange": "yellow"}


def color_form(rng, key, en=False):
    if en:
        return COLORS[key][1]
    return rng.choice(COLORS[key][0])
