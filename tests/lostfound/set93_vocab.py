"""Set 93 vocabulary: colour words and the families they may mean, brand
spellings (Chinese, English, pinyin, misspelt) and invented model names."""

# word -> families it can honestly describe
_CW = {
    "黑色": "black", "黑的": "black", "纯黑": "black", "哑光黑": "black", "曜石黑": "black",
    "亮黑色": "black", "深色": "black navy darkgreen brown grey winered", "暗色": "black navy brown grey",
    "白色": "white", "白的": "white", "珍珠白": "white", "米白": "white beige",
    "浅色": "white beige silver lightblue pink", "灰色": "grey silver", "深灰": "grey black",
    "太空灰": "grey silver", "银色": "silver grey", "银白": "silver white",
    "金色": "gold rosegold", "香槟金": "gold beige", "土豪金": "gold", "玫瑰金": "rosegold pink gold",
    "红色": "red winered", "大红": "red", "酒红": "winered red purple", "粉色": "pink rosegold",
    "粉红": "pink", "樱花粉": "pink", "紫色": "purple", "浅紫": "purple pink",
    "蓝色": "blue navy lightblue", "宝蓝": "blue", "深蓝": "navy blue", "藏青": "navy",
    "海军蓝": "navy", "天蓝": "lightblue blue", "浅蓝": "lightblue", "绿色": "green darkgreen",
    "墨绿": "darkgreen", "军绿": "darkgreen brown", "薄荷绿": "green lightblue", "黄色": "yellow",
    "明黄": "yellow", "橙色": "orange", "橘色": "orange", "棕色": "brown", "咖啡色": "brown",
    "驼色": "brown beige", "卡其色": "beige brown", "米色": "beige white", "透明": "transparent",
}
_CW_EN = {
    "black": "black", "matte black": "black", "dark": "black navy darkgreen brown grey winered",
    "white": "white", "off-white": "white beige", "grey": "grey silver", "dark grey": "grey black",
    "silver": "silver grey", "gold": "gold rosegold", "rose gold": "rosegold pink gold",
    "red": "red winered", "burgundy": "winered red purple", "pink": "pink rosegold", "purple": "purple",
    "blue": "blue navy lightblue", "navy": "navy blue", "light blue": "lightblue blue",
    "green": "green darkgreen", "dark green": "darkgreen", "olive": "darkgreen brown",
    "yellow": "yellow", "orange": "orange", "brown": "brown", "tan": "brown beige",
    "beige": "beige white", "clear": "transparent",
}
CW = {k: frozenset(v.split()) for k, v in _CW.items()}
CW_EN = {k: frozenset(v.split()) for k, v in _CW_EN.items()}
FAMILIES = sorted(set().union(*CW.values()))


FIRST = {k: v.split()[0] for k, v in list(_CW.items()) + list(_CW_EN.items())}
GENERIC = set("深色 暗色 浅色 蓝色 绿色 红色 金色 灰色 dark blue green red gold grey".split())


def color_opts(fam, en=False):
    """Words a person would honestly use for this colour: its own words and a few loose ones."""
    tab = CW_EN if en else CW
    return [(w, ("set", s)) for w, s in sorted(tab.items()) if fam in s and (FIRST[w] == fam or w in GENERIC)]


# colours people mix up (at night, in the rain, from memory): never a visible difference
NEAR = {frozenset(p.split()) for p in ["black navy", "black grey", "navy blue", "grey silver", "white beige", "white silver",
                                        "gold rosegold", "red winered", "pink rosegold", "brown beige", "darkgreen green",
                                        "lightblue blue", "purple winered", "pink purple", "orange yellow", "orange red",
                                        "green lightblue", "brown winered", "darkgreen black", "gold yellow", "brown black"]}


def sets_clash(a, b):
    """Two colour statements clash when no family of one is the same as or near one of the other."""
    return not any(x == y or frozenset((x, y)) in NEAR for x in a for y in b)


def clash_family(rng, fam, used_sets):
    """A family with at least one word that clashes with all of used_sets (a visibly different colour)."""
    cands = []
    for f in FAMILIES:
        if f == fam:
            continue
        if disjoint_opts(color_opts(f), used_sets):
            cands.append(f)
    return rng.choice(cands) if cands else None


def disjoint_opts(opts, used_sets):
    return [o for o in opts if all(sets_clash(o[1][1], u) for u in used_sets)]


_B = {
    "huawei": "华为|HUAWEI|Huawei|华伟|huawei|华为HUAWEI", "apple": "苹果|iPhone|Apple|apple|爱疯|苹果iPhone",
    "xiaomi": "小米|Xiaomi|xiaomi|MI|xiao mi|小米手机", "oppo": "OPPO|oppo|欧珀|欧泊",
    "vivo": "vivo|VIVO|维沃|步步高vivo", "honor": "荣耀|HONOR|Honor|rongyao|荣曜",
    "oneplus": "一加|OnePlus|1+|oneplus", "samsung": "三星|Samsung|SAMSUNG|sam sung",
    "goldlion": "金利来|Goldlion|goldlion|jinlilai|金利莱", "septwolves": "七匹狼|SEPTWOLVES|Septwolves|7匹狼|qipilang",
    "coach": "蔻驰|COACH|Coach|寇驰|coach", "muji": "无印良品|MUJI|muji|无印",
    "cardin": "皮尔卡丹|Pierre Cardin|皮尔卡登|pierre cardin", "ck": "小CK|Charles & Keith|CHARLES&KEITH|charles keith",
    "samsonite": "新秀丽|Samsonite|samsonite|新秀俪", "tnf": "北面|The North Face|TNF|北脸|northface",
    "decathlon": "迪卡侬|Decathlon|DECATHLON|迪卡龙", "anta": "安踏|ANTA|anta|安塔",
    "lining": "李宁|LI-NING|Li Ning|lining|里宁", "jansport": "杰斯伯|JanSport|jansport|杰斯博",
    "mcm": "MCM|mcm|M.C.M", "longchamp": "珑骧|Longchamp|LONGCHAMP|龙骧", "sony": "索尼|SONY|Sony|索妮",
    "dji": "大疆|DJI|dji|大疆DJI|dajiang", "canon": "佳能|Canon|CANON|佳能Canon|jianeng",
    "anker": "安克|Anker|ANKER|安可", "romoss": "罗马仕|ROMOSS|romoss|罗马士", "kindle": "Kindle|kindle|亚马逊Kindle|金读",
    "lenovo": "联想|Lenovo|lenovo|ThinkPad|联相", "ctf": "周大福|Chow Tai Fook|CTF|周大富|zhoudafu",
    "lfx": "老凤祥|LAOFENGXIANG|老凤翔|laofengxiang", "css": "周生生|Chow Sang Sang|周生升",
    "pandora": "潘多拉|Pandora|PANDORA|潘朵拉", "vw": "大众|VW|Volkswagen|大众汽车|dazhong",
    "byd": "比亚迪|BYD|byd|比亚笛", "toyota": "丰田|TOYOTA|Toyota|丰天", "honda": "本田|HONDA|Honda",
    "geely": "吉利|GEELY|Geely|吉利汽车", "tesla": "特斯拉|Tesla|TESLA|特斯啦",
    "yadea": "雅迪|Yadea|YADEA|雅迪电动车|yadi|雅笛", "aima": "爱玛|AIMA|Aima|爱马|aima",
    "tailg": "台铃|TAILG|Tailg|台玲|tailing", "niu": "小牛|NIU|Niu|小牛电动|xiaoniu",
    "luyuan": "绿源|LUYUAN|Luyuan|绿园", "giant": "捷安特|GIANT|Giant|杰安特|jieante",
    "merida": "美利达|MERIDA|Merida|美力达", "forever": "永久|FOREVER|Forever|yongjiu",
    "phoenix": "凤凰|PHOENIX|Phoenix|fenghuang", "xds": "喜德盛|XDS|xds|喜得盛",
    "paradise": "天堂伞|天堂|Paradise|tiantang", "bananain": "蕉下|Bananain|BANANAIN|焦下",
    "bolon": "暴龙|BOLON|Bolon|baolong", "rayban": "雷朋|Ray-Ban|RayBan|雷鹏",
    "thermos": "膳魔师|THERMOS|Thermos|膳魔狮", "zojirushi": "象印|ZOJIRUSHI|象音",
    "guaishou": "怪兽充电|怪兽|Energy Monster", "jiedian": "街电|JIEDIAN|jiedian",
}
BRANDS = {k: v.split("|") for k, v in _B.items()}


PHONE_ONLY = {"iPhone", "苹果iPhone", "爱疯", "小米手机"}


def brand_opts(key, en=False, phone=False):
    vs = [v for v in BRANDS[key] if phone or v not in PHONE_ONLY]
    if en:
        vs = [v for v in vs if v.isascii() and v != v.lower() or v in ("iPhone",)] or vs[:1]
    return [(v, ("eq", key)) for v in vs]


# invented model names: brand -> [(key, "spelling|spelling")]
_M = {
    "huawei": ["pura92|Pura 92|P92|pura92", "mate88|Mate 88|mate88|Mate88 Pro", "nova17|nova 17|Nova17|诺瓦17",
               "enjoy90|畅享90|畅享 90|Enjoy 90"],
    "apple": ["ip19|iPhone 19|19|苹果19", "ip19pm|iPhone 19 Pro Max|19promax|19 Pro Max", "ip18e|iPhone 18e|18e"],
    "xiaomi": ["mi17|小米17|Xiaomi 17|mi17", "k90|Redmi K90|红米K90|k90", "note16|Redmi Note 16|红米note16"],
    "oppo": ["reno19|Reno 19|reno19|Reno19", "a98|OPPO A98|A98"], "vivo": ["x300|X300|x300|vivo X300", "y58|Y58|y58"],
    "honor": ["magic9|Magic 9|magic9|魔术9", "x70|荣耀X70|X70"], "oneplus": ["op15|一加15|OnePlus 15|1+15"],
    "samsung": ["s27|Galaxy S27|S27|盖乐世S27"],
    "yadea": ["gt9|冠能GT9|GT9|冠能9"], "aima": ["a7|A7 Plus|a7plus|A7+"], "tailg": ["cx5|超能CX5|CX5"],
    "niu": ["uqi|UQi Pro|uqi pro"], "luyuan": ["s90|S90|s90"],
    "giant": ["atx9|ATX 9|ATX9|atx9"], "merida": ["duke8|勇士8|DUKE 8"], "xds": ["ac300|AC300|ac300"],
    "sony": ["a7m6|A7M6|α7 VI|A7六代"], "canon": ["r66|EOS R66|R66|r66"],
    "dji": ["pocket5|Osmo Pocket 5|口袋5|pocket5"], "kindle": ["pw7|Paperwhite 7|PW7"],
    "lenovo": ["x1g15|ThinkPad X1 Gen15|X1"],
}
MODELS = {b: [(m.split("|")[0], m.split("|")[1:]) for m in ms] for b, ms in _M.items()}


def model_opts(brand, mkey, en=False):
    for k, vs in MODELS.get(brand, []):
        if k == mkey:
            vs2 = [v for v in vs if v.isascii()] if en else vs
            return [(v, ("eq", mkey)) for v in (vs2 or vs)]
    return []


def pick_model(rng, brand):
    ms = MODELS.get(brand) or []
    return rng.choice(ms)[0] if ms else None


def eqopts(canon, texts):
    if isinstance(texts, str):
        texts = texts.split("|")
    return [(t, ("eq", canon)) for t in texts]


def table_slot(rng, table, exclude=(), en=False):
    """table rows: (canon, own 'a|b', finder 'a|b', english 'a|b'). Returns (canon, own, fnd)."""
    rows = [r for r in table if r[0] not in exclude]
    r = rng.choice(rows)
    own = [o for o in eqopts(r[0], r[3] if en else r[1]) if o[0]]
    fnd = [o for o in eqopts(r[0], r[2]) if o[0]]
    return r[0], own, fnd
