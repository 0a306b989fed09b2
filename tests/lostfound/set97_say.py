"""set97 wording: colours, brand spellings, typos, traditional characters, fullwidth digits."""

# colour key -> (owner words, finder words, english, field spellings)
COLORS = {
    "black": (["黑色", "黑的", "纯黑", "哑光黑", "深色"], ["黑色", "黑", "深黑色", "深色"], "black",
              ["黑色", "黑", "哑光黑", "深色", "black"]),
    "white": (["白色", "白的", "米白", "乳白色"], ["白色", "白", "米白色", "浅色"], "white",
              ["白色", "白", "米白", "white"]),
    "silver": (["银色", "银灰", "银白色"], ["银色", "银灰色", "灰白"], "silver", ["银色", "银", "银灰", "silver"]),
    "grey": (["灰色", "深灰", "灰的"], ["灰色", "深灰色", "灰"], "grey", ["灰色", "灰", "深灰", "grey"]),
    "blue": (["蓝色", "深蓝", "藏青色", "宝蓝"], ["蓝色", "深蓝色", "藏青", "蓝"], "blue", ["蓝色", "蓝", "深蓝", "navy"]),
    "red": (["红色", "酒红色", "枣红", "大红"], ["红色", "暗红色", "红"], "red", ["红色", "红", "酒红", "red"]),
    "pink": (["粉色", "樱花粉", "粉红色", "粉的"], ["粉色", "粉红", "浅粉色"], "pink", ["粉色", "粉", "粉红", "pink"]),
    "green": (["绿色", "墨绿", "军绿色", "草绿"], ["绿色", "深绿色", "墨绿色"], "green", ["绿色", "绿", "墨绿", "green"]),
    "brown": (["棕色", "咖啡色", "褐色", "驼色"], ["棕色", "咖啡色", "棕"], "brown", ["棕色", "咖啡色", "褐", "brown"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色", "金"], "gold", ["金色", "金", "香槟金", "gold"]),
    "yellow": (["黄色", "明黄", "姜黄色"], ["黄色", "黄"], "yellow", ["黄色", "黄", "yellow"]),
    "purple": (["紫色", "浅紫", "香芋紫"], ["紫色", "紫"], "purple", ["紫色", "紫", "purple"]),
}
COLOR_KEYS = sorted(COLORS)

# brand key -> (owner/field spellings, finder spellings)
BRANDS = {
    "huawei": (["华为", "HUAWEI", "Huawei", "华伟", "hua wei"], ["华为", "HUAWEI"]),
    "apple": (["苹果", "iPhone", "Apple", "苹果手机", "pingguo"], ["苹果", "Apple", "iPhone"]),
    "xiaomi": (["小米", "Xiaomi", "MI", "xiao mi", "红米"], ["小米", "Xiaomi", "MI"]),
    "oppo": (["OPPO", "oppo", "欧珀"], ["OPPO"]),
    "vivo": (["vivo", "VIVO", "维沃", "步步高vivo"], ["vivo"]),
    "honor": (["荣耀", "HONOR", "Honor", "rongyao"], ["荣耀", "HONOR"]),
    "yadea": (["雅迪", "Yadea", "yadi", "雅迪电动车"], ["雅迪", "Yadea"]),
    "aima": (["爱玛", "AIMA", "爱马"], ["爱玛", "AIMA"]),
    "tailg": (["台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    "niu": (["小牛", "NIU", "小牛电动"], ["小牛", "NIU"]),
    "giant": (["捷安特", "GIANT", "Giant", "jieante"], ["捷安特", "GIANT"]),
    "merida": (["美利达", "MERIDA", "美丽达"], ["美利达", "MERIDA"]),
    "phoenix": (["凤凰", "Phoenix", "凤凰牌"], ["凤凰", "凤凰牌"]),
    "forever": (["永久", "Forever", "永久牌"], ["永久", "永久牌"]),
    "samsonite": (["新秀丽", "Samsonite", "新秀力"], ["新秀丽", "Samsonite"]),
    "lining": (["李宁", "Li-Ning", "LINING", "李宁牌"], ["李宁", "LI-NING"]),
    "anta": (["安踏", "ANTA", "anta"], ["安踏", "ANTA"]),
    "decathlon": (["迪卡侬", "Decathlon", "迪卡农"], ["迪卡侬", "DECATHLON"]),
    "northface": (["北面", "The North Face", "TNF", "北脸"], ["北面", "THE NORTH FACE"]),
    "coach": (["蔻驰", "COACH", "Coach", "寇驰"], ["COACH", "蔻驰"]),
    "septwolves": (["七匹狼", "SEPTWOLVES", "七匹狼牌"], ["七匹狼", "SEPTWOLVES"]),
    "goldlion": (["金利来", "Goldlion", "金利莱"], ["金利来", "Goldlion"]),
    "ctf": (["周大福", "Chow Tai Fook", "CTF", "周大富"], ["周大福", "CTF"]),
    "lfx": (["老凤祥", "老凤翔", "LAO FENG XIANG"], ["老凤祥"]),
    "chowsang": (["周生生", "Chow Sang Sang", "周生升"], ["周生生"]),
    "pandora": (["潘多拉", "Pandora", "PANDORA"], ["PANDORA", "潘多拉"]),
    "canon": (["佳能", "Canon", "canon"], ["Canon", "佳能"]),
    "sony": (["索尼", "SONY", "Sony"], ["SONY", "索尼"]),
    "fuji": (["富士", "FUJIFILM", "Fuji"], ["FUJIFILM", "富士"]),
    "dji": (["大疆", "DJI", "dajiang"], ["DJI", "大疆"]),
    "lenovo": (["联想", "Lenovo", "lianxiang"], ["Lenovo", "联想"]),
    "anker": (["安克", "Anker", "ANKER"], ["Anker"]),
    "romoss": (["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS", "罗马仕"]),
    "nintendo": (["任天堂", "Nintendo", "switch"], ["Nintendo", "任天堂"]),
    "byd": (["比亚迪", "BYD", "byd"], ["比亚迪", "BYD"]),
    "vw": (["大众", "VW", "Volkswagen", "大众汽车"], ["大众", "VW"]),
    "toyota": (["丰田", "TOYOTA", "Toyota"], ["丰田", "TOYOTA"]),
    "wuling": (["五菱", "wuling", "五凌"], ["五菱"]),
    "changan": (["长安", "CHANGAN", "长安汽车"], ["长安"]),
    "thermos": (["膳魔师", "THERMOS", "膳魔狮"], ["THERMOS", "膳魔师"]),
    "fuguang": (["富光", "FGA", "富光牌"], ["富光"]),
    "camel": (["骆驼", "CAMEL", "骆驼牌"], ["骆驼", "CAMEL"]),
    "toread": (["探路者", "TOREAD", "探路者牌"], ["探路者", "TOREAD"]),
}

TYPOS = [("身份证", "身分证"), ("钱包", "前包"), ("钥匙", "钥是"), ("已经", "以经"), ("联系", "连系"),
         ("捡到", "检到"), ("黑色", "黑涩"), ("手机", "手几"), ("电动车", "电动扯"), ("在", "再"),
         ("的", "得"), ("麻烦", "麻繁"), ("谢谢", "谢谢谢"), ("充电宝", "冲电宝"), ("索道", "锁道"),
         ("耳机", "耳几"), ("银行卡", "银航卡"), ("里面", "里边"), ("帮忙", "帮帮"), ("现金", "现今")]

T2 = dict(zip(
    "丢钱证机车门说里个张银红蓝绿贵请谢联时间后东遗护号码块现镯项链环脑电话们这应该从边过缆峡游厅买卖头发记还带没见着钥双无线壳图书馆医检为华苹么对问题师辆单装两样几岁万与实处帮乘经约给钟点岛湾边请问领场内为机动杂务条网关开发关讯觉变复报纸称员递认识员写坏险黄币级学习织汇专",
    "丟錢證機車門說裡個張銀紅藍綠貴請謝聯時間後東遺護號碼塊現鐲項鏈環腦電話們這應該從邊過纜峽遊廳買賣頭發記還帶沒見著鑰雙無線殼圖書館醫檢為華蘋麼對問題師輛單裝兩樣幾歲萬與實處幫乘經約給鐘點島灣邊請問領場內為機動雜務條網關開發關訊覺變複報紙稱員遞認識員寫壞險黃幣級學習織匯專"))


def trad(text):
    return "".join(T2.get(c, c) for c in text)


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


def fullwidth(text):
    return text.translate(FW)


def typo(text, rng):
    cands = [p for p in TYPOS if p[0] in text]
    if cands:
        a, b = rng.choice(cands)
        i = text.find(a)
        return text[:i] + b + text[i + len(a):]
    if len(text) > 6:
        i = rng.randint(1, len(text) - 2)
        return text[:i] + text[i + 1:]
    return text


def color_own(key, rng):
    return rng.choice(COLORS[key][0])


def color_fnd(key, rng):
    return rng.choice(COLORS[key][1])


def color_field(key, rng):
    return rng.choice(COLORS[key][3])


def color_en(key):
    return COLORS[key][2]


def brand_own(key, rng):
    return rng.choice(BRANDS[key][0])


def brand_fnd(key, rng):
    return rng.choice(BRANDS[key][1])


CN_DIG = "零一二三四五六七八九"


def cn_small(n):
    """0..99 in Chinese words."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


def money_approx(n, rng):
    """an owner's rough memory of an amount that is truly n yuan."""
    if n >= 100 and n % 100 == 0:
        h = n // 100
        word = ("两" if h == 2 else CN_DIG[h]) + "百" if h < 10 else "%d" % n
        return rng.choice(["%d块" % n, word + "块", "整%d" % n])
    if n < 100:
        return rng.choice(["几十块", "%s多块" % cn_small(n // 10 * 10), "%d块左右" % (n // 10 * 10)])
    if n < 1000:
        h = n // 100
        return rng.choice(["%s百多" % ("两" if h == 2 else CN_DIG[h]), "%d多块" % (h * 100),
                           "大概%d" % (round(n, -1)), "%s百来块" % ("两" if h == 2 else CN_DIG[h])])
    k = n // 1000
    return rng.choice(["%s千多" % ("两" if k == 2 else CN_DIG[k]), "%d多" % (k * 1000), "大概%d块" % round(n, -2)])


def space_digits(s, rng):
    style = rng.choice(["plain", "sp4", "sp_imei", "dash"])
    if style == "plain":
        return s
    if style == "sp4":
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "sp_imei" and len(s) == 15:
        return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
    if style == "dash" and len(s) == 15:
        return "%s-%s-%s" % (s[:8], s[8:14], s[14])
    return s


def mask_id(idn, rng):
    style = rng.choice(["m64", "m64", "m34", "m_tail"])
    if style == "m64":
        return idn[:6] + "*" * 8 + idn[-4:]
    if style == "m34":
        return idn[:3] + "*" * 11 + idn[-4:]
    return "*" * 14 + idn[-4:]


def cut(s, n):
    return s if len(s) <= n else s[:n]
