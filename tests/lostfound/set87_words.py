"""Set 87 vocabulary: colours, brands (with Chinese, English, pinyin and mistyped
spellings) and colour compatibility.  Models are invented; brand names of ordinary
goods are invented too (phones, laptops and cameras keep their familiar makers)."""

# colour key: family, owner words, finder words, English.  "word=fam" overrides the family.
COLORS = {
    "black": ("black", "黑色|黑的|纯黑|哑光黑", "黑色|哑光黑|深色=dark", "black"),
    "white": ("white", "白色|白的|米白=beige", "白色|白", "white"),
    "grey": ("grey", "灰色|深灰|灰的", "灰色|深灰色", "grey"),
    "silver": ("silver", "银色|银白色|银的", "银色|银灰色=grey", "silver"),
    "gold": ("gold", "金色|香槟金|土豪金", "金色|香槟色", "gold"),
    "red": ("red", "红色|大红|酒红色", "红色|深红色", "red"),
    "pink": ("pink", "粉色|粉红色|樱花粉", "粉色|粉红色", "pink"),
    "blue": ("blue", "蓝色|天蓝色|浅蓝", "蓝色|浅蓝色", "blue"),
    "navy": ("navy", "藏青色|深蓝色|藏蓝", "深蓝色|藏青色", "navy"),
    "green": ("green", "绿色|墨绿色|军绿色", "绿色|墨绿色", "green"),
    "yellow": ("yellow", "黄色|明黄色|柠檬黄", "黄色", "yellow"),
    "brown": ("brown", "棕色|咖啡色|驼色", "棕色|咖啡色|深色=dark", "brown"),
    "purple": ("purple", "紫色|浅紫色|薰衣草紫", "紫色", "purple"),
    "orange": ("orange", "橙色|橘色", "橙色|橘黄色", "orange"),
    "beige": ("beige", "米色|卡其色|杏色", "米色|卡其色", "beige"),
    "stripe": ("stripe", "红白蓝条纹|红蓝白格子", "红白蓝条纹|红白蓝相间", "red-white-blue striped"),
}
_COMPAT = ["black navy", "black grey", "black dark", "grey silver", "grey dark", "white silver",
           "white beige", "white grey", "gold yellow", "gold beige", "red pink", "red orange",
           "red purple", "pink purple", "blue navy", "blue green", "blue purple", "navy dark",
           "yellow orange", "brown beige", "brown dark", "brown orange", "purple dark",
           "green dark", "stripe red", "stripe white", "stripe blue", "grey blue", "silver gold"]
COMPAT = set()
for _p in _COMPAT:
    _a, _b = _p.split()
    COMPAT.add((_a, _b))
    COMPAT.add((_b, _a))


def color_conflict(fa, fb):
    return fa != fb and (fa, fb) not in COMPAT


def color_words(ckey, side):
    fam, ow, fw, en = COLORS[ckey]
    out = []
    for w in (ow if side == "lost" else fw).split("|"):
        if "=" in w:
            w, f = w.split("=")
            out.append((w, f))
        else:
            out.append((w, fam))
    return out


# brand key: aliases "kind:word" (cn, en, py, typo)
BRANDS = {
    "huawei": "cn:华为|en:HUAWEI|en:Huawei|py:huawei|typo:华伟",
    "apple": "cn:苹果|en:Apple|en:iPhone|py:pingguo|typo:平果",
    "xiaomi": "cn:小米|en:Xiaomi|en:MI|py:xiaomi|typo:小咪",
    "oppo": "en:OPPO|en:oppo|cn:欧珀|typo:欧泊",
    "vivo": "en:vivo|en:VIVO|cn:维沃|typo:viov",
    "honor": "cn:荣耀|en:HONOR|en:Honor|py:rongyao|typo:荣曜",
    "samsung": "cn:三星|en:Samsung|en:SAMSUNG|py:sanxing|typo:三心",
    "lenovo": "cn:联想|en:Lenovo|en:LENOVO|py:lianxiang|typo:连想",
    "dell": "cn:戴尔|en:DELL|en:Dell|py:daier",
    "canon": "cn:佳能|en:Canon|en:CANON|py:jianeng|typo:加能",
    "sony": "cn:索尼|en:SONY|en:Sony|py:suoni",
    "fuji": "cn:富士|en:FUJIFILM|en:Fuji|py:fushi",
    "nintendo": "cn:任天堂|en:Nintendo|en:NINTENDO|py:rentiantang",
    "anker": "cn:安可|en:ANKO|py:anke",
    "romax": "cn:罗马克|en:ROMAX|py:luomake",
    # invented makers of ordinary goods
    "lovane": "cn:洛梵|en:LOVANE|py:luofan|typo:洛凡",
    "yahu": "cn:雅狐|en:YAHU|py:yahu|typo:雅虎",
    "luosen": "cn:骆森|en:LUOSEN|py:luosen",
    "goldeer": "cn:金鹿|en:GOLDEER|py:jinlu",
    "tourida": "cn:途锐达|en:TOURIDA|py:turuida|typo:途瑞达",
    "xingzhe": "cn:行者|en:XINGZHE|py:xingzhe",
    "travstar": "cn:旅之星|en:TRAVSTAR|py:lvzhixing",
    "weitu": "cn:维途|en:WEITU|py:weitu",
    "shanxing": "cn:山行|en:SHANXING|py:shanxing",
    "beian": "cn:北岸|en:BEIAN|py:beian",
    "suqi": "cn:速骑|en:SUQI|py:suqi|typo:速奇",
    "lvchi": "cn:绿驰|en:LVCHI|py:lvchi|typo:绿池",
    "xiaofeng": "cn:小蜂|en:XIAOFENG|py:xiaofeng|typo:小峰",
    "yasu": "cn:雅速|en:YASU|py:yasu",
    "jiefeng": "cn:捷风|en:JIEFENG|py:jiefeng",
    "feiyan": "cn:飞燕|en:FEIYAN|py:feiyan",
    "mervis": "cn:美维斯|en:MERVIS|py:meiweisi",
    "yuanchi": "cn:远驰|en:YUANCHI|py:yuanchi",
    "lingtu": "cn:凌途|en:LINGTU|py:lingtu",
    "qihang": "cn:启航|en:QIHANG|py:qihang",
    "zhongjun": "cn:重骏|en:ZHONGJUN|py:zhongjun|typo:重俊",
    "dongyue": "cn:东岳|en:DONGYUE|py:dongyue",
    "jinmantang": "cn:金满堂|en:JINMANTANG|py:jinmantang",
    "baorui": "cn:宝瑞|en:BAORUI|py:baorui",
    "zhouruifu": "cn:周瑞福|en:ZHOURUIFU|py:zhouruifu",
    "rosen": "cn:罗森|en:ROSEN|py:luosen",
    "beichen": "cn:北辰|en:BEICHEN|py:beichen",
    "xuetu": "cn:雪途|en:XUETU|py:xuetu",
    "jihan": "cn:极寒|en:JIHAN|py:jihan",
    "nuantu": "cn:暖途|en:NUANTU|py:nuantu",
    "beile": "cn:杯乐|en:BEILE|py:beile",
    "qingyu": "cn:晴雨|en:QINGYU|py:qingyu",
    "tianqing": "cn:天晴|en:TIANQING|py:tianqing",
    "mingxiang": "cn:茗香|en:MINGXIANG|py:mingxiang",
    "haizhen": "cn:海珍|en:HAIZHEN|py:haizhen",
}
RELATED = {("huawei", "honor"), ("honor", "huawei")}


def brand_conflict(a, b):
    return a != b and (a, b) not in RELATED


def brand_words(key):
    out = []
    for it in BRANDS[key].split("|"):
        k, w = it.split(":", 1)
        out.append((k, w))
    return out


def pick_brand(rng, key, voice, hurried, kind="phone"):
    ws = [(k, w) for k, w in brand_words(key) if kind == "phone" or w != "iPhone"]
    if hurried and rng.random() < 0.3:
        t = [w for k, w in ws if k == "typo"]
        if t:
            return t[0]
    if voice == "foreigner":
        return rng.choice([w for k, w in ws if k == "en"])
    if voice != "desk" and rng.random() < 0.12:
        p = [w for k, w in ws if k == "py"]
        if p:
            return p[0]
    pool = [w for k, w in ws if k in ("cn", "en")]
    return rng.choice(pool)


# place-name spelling by voice
def place_word(rng, place, voice):
    al = place["aliases"]
    if voice == "foreigner":
        return rng.choice([al[3], al[3], al[3], al[2], al[2]])
    r = rng.random()
    if voice == "desk":
        return al[0] if r < 0.6 else al[1]
    if r < 0.45:
        return al[0]
    if r < 0.95:
        return al[1]
    return al[3] if al[3][:1] in "T" else al[1]
