"""Set 89: kinds of objects.  Models are invented (future-numbered) names in each maker's style."""

MODELS = {
    ("phone", "huawei"): ["Mate 90", "Mate 90 Pro", "nova 19", "Pura 99", "畅享 90"],
    ("phone", "apple"): ["iPhone 19", "iPhone 19 Pro", "iPhone 19 Pro Max", "iPhone SE 5"],
    ("phone", "xiaomi"): ["19 Ultra", "Redmi K99", "Redmi Note 19", "Civi 9"],
    ("phone", "oppo"): ["Reno 19", "Find X19", "A 199"], ("phone", "vivo"): ["X 199", "S 29", "iQOO 19"],
    ("phone", "honor"): ["Magic 9", "X 70", "90 GT"], ("phone", "samsung"): ["Galaxy S39", "Galaxy A79", "Galaxy Z Flip 11"],
    ("earbuds", "apple"): ["AirPods Pro 5", "AirPods 6"], ("earbuds", "huawei"): ["FreeBuds 9", "FreeBuds Pro 6"],
    ("earbuds", "xiaomi"): ["Buds 9"], ("earbuds", "sony"): ["WF-9000XM9"],
    ("watch", "garmin"): ["Forerunner 975", "Forerunner 275", "fenix 12"], ("watch", "coros"): ["PACE 7", "APEX 5"],
    ("watch", "huawei"): ["WATCH GT 9", "WATCH Fit 6"], ("watch", "apple"): ["Watch S15", "Watch Ultra 5"], ("watch", "xiaomi"): ["手环 15"],
    ("laptop", "lenovo"): ["ThinkPad X19", "小新 Pro 19"], ("laptop", "apple"): ["MacBook Air M7"], ("laptop", "huawei"): ["MateBook 19"],
    ("laptop", "dell"): ["XPS 19"], ("tablet", "apple"): ["iPad Air 9", "iPad mini 9"], ("tablet", "huawei"): ["MatePad 15"],
    ("tablet", "xiaomi"): ["Pad 11"], ("camera", "sony"): ["A7C V", "ZV-E19"], ("camera", "fujifilm"): ["X-T9", "X100 IX"],
    ("camera", "canon"): ["EOS R19"], ("actioncam", "dji"): ["Osmo Action 9", "Osmo Pocket 5"], ("actioncam", "gopro"): ["HERO 19"],
    ("actioncam", "insta360"): ["X9", "GO 5"], ("ereader", "kindle"): ["Paperwhite 9"], ("ereader", "ireader"): ["Ocean 9"],
}

# kind: cat, owner words, finder words, vague word, english, unit, brands (None = no brand),
#       colours, feature keys, dynamic facts, identifiers (type, owner knows p, finder states p), places
K = {}


def kind(key, cat, words, fwords, vague, en, unit, brands, colors, feats, dyn=(), ids=(), places=(), nfeat=(1, 3)):
    K[key] = {"key": key, "cat": cat, "words": words, "fwords": fwords, "vague": vague, "en": en, "unit": unit,
              "brands": brands, "colors": colors, "feats": list(feats), "dyn": list(dyn), "ids": list(ids),
              "places": list(places), "nfeat": nfeat}


PH_COL = ["black", "white", "silver", "blue", "green", "purple", "gold", "pink", "grey"]
kind("phone", "phone", ["手机"], ["手机"], "手机", "phone", "部",
     ["huawei", "huawei", "apple", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"], PH_COL,
     ["case", "screen", "sticker", "strap", "wallpaper", "cardin"], ids=[("imei", 0.45, 0.3)], nfeat=(1, 3))

kind("earbuds", "electronics", ["蓝牙耳机", "无线耳机", "耳机"], ["蓝牙耳机", "耳机盒", "无线耳机"], "耳机", "wireless earbuds", "副",
     ["apple", "apple", "huawei", "xiaomi", "sony"], ["white", "black", "silver"], ["budcover", "engrave_case"], ids=[("sn", 0.25, 0.15)], nfeat=(1, 2))
kind("watch", "electronics", ["运动手表", "智能手表", "手表"], ["手表", "运动手表", "智能手表"], "手表", "sports watch", "块",
     ["garmin", "garmin", "coros", "huawei", "apple", "xiaomi"], ["black", "white", "grey", "green", "orange"], ["wstrap", "wface"],
     ids=[("sn", 0.2, 0.1)], places=["start", "finish", "bagdrop", "cycleway", "stadium", "expo"], nfeat=(1, 2))
kind("laptop", "electronics", ["笔记本电脑", "电脑", "笔记本"], ["笔记本电脑", "手提电脑"], "电脑", "laptop", "台",
     ["lenovo", "apple", "huawei", "dell"], ["silver", "grey", "black"], ["laptop_mark"], ids=[("sn", 0.4, 0.5)],
     places=["hall3", "library", "coach", "waiting", "m_park", "wh5"], nfeat=(1, 2))
kind("tablet", "electronics", ["平板", "平板电脑", "iPad"], ["平板电脑", "平板"], "平板", "tablet", "台",
     ["apple", "apple", "huawei", "xiaomi"], ["silver", "grey", "blue", "purple"], ["tabcase"], ids=[("sn", 0.3, 0.2)], nfeat=(1, 1))
kind("camera", "electronics", ["相机", "微单", "微单相机"], ["相机", "数码相机"], "相机", "camera", "台",
     ["sony", "fujifilm", "canon"], ["black", "silver"], ["camstrap", "lens"], ids=[("sn", 0.3, 0.4)],
     places=["chimney", "tower", "rail", "hall1", "finish", "wetland"], nfeat=(1, 2))
kind("actioncam", "electronics", ["运动相机", "口袋相机"], ["运动相机", "小相机"], "相机", "action camera", "台",
     ["dji", "gopro", "insta360"], ["black", "grey"], ["mount"], places=["start", "finish", "cycleway", "rental1"], nfeat=(1, 1))
kind("powerbank", "electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源"], "充电宝", "power bank", "个",
     ["anker", "xiaomi", "romoss"], ["white", "black", "pink", "blue"], ["cable", "capacity"], nfeat=(1, 2))
kind("ereader", "electronics", ["电子书", "阅读器", "Kindle"], ["电子阅读器", "电子书阅读器"], "电子产品", "e-reader", "台",
     ["kindle", "ireader"], ["black", "white", "green"], ["cover"], ids=[("sn", 0.2, 0.1)], places=["library", "waiting", "hall3", "m_college"], nfeat=(1, 1))

kind("long_wallet", "wallet", ["长款钱包", "长钱包", "钱包"], ["长款钱包", "钱包"], "钱包", "long wallet", "个",
     ["coach", "mk", "septwolves", "goldlion", "lumo", None, None], ["black", "brown", "red", "pink", "beige", "navy"],
     ["material", "closure", "wear", "cards"], dyn=["idname", "cash", "bankcard"], nfeat=(1, 3))
kind("short_wallet", "wallet", ["短款钱包", "钱包", "皮夹"], ["短款钱包", "钱夹", "钱包"], "钱包", "bifold wallet", "个",
     ["septwolves", "goldlion", "coach", "lumo", None, None], ["black", "brown", "navy", "grey"],
     ["material", "closure", "wear", "cards"], dyn=["idname", "cash", "bankcard"], nfeat=(1, 3))
kind("card_holder", "wallet", ["卡包", "卡套", "证件包"], ["卡包", "卡夹"], "卡包", "card holder", "个",
     ["lumo", "coach", None, None], ["black", "brown", "green", "pink", "blue"], ["material", "wear", "cards"], dyn=["idname", "bankcard"], nfeat=(1, 2))
kind("coin_purse", "wallet", ["零钱包", "小钱包"], ["零钱包", "小钱包"], "钱包", "coin purse", "个",
     [None, None, "lumo"], ["red", "yellow", "pink", "green", "purple"], ["material", "closure"], dyn=["cash"], nfeat=(1, 2))

kind("idcard", "id_doc", ["身份证"], ["身份证", "居民身份证"], "证件", "ID card", "张", [None], [], ["sleeve"],
     dyn=["docname"], ids=[("idno", 0.6, 0.75)], nfeat=(0, 1))
kind("student", "id_doc", ["学生证", "校园卡", "饭卡"], ["学生证", "校园卡"], "证件", "student card", "张", [None], [],
     ["sleeve", "lanyard"], dyn=["docname", "school"], ids=[("student", 0.5, 0.7)], places=["college", "canteen", "library", "dorm", "training", "m_college"], nfeat=(0, 1))
kind("license", "id_doc", ["驾驶证", "驾照"], ["驾驶证", "机动车驾驶证"], "证件", "driving licence", "本", [None], [],
     ["sleeve"], dyn=["docname"], ids=[("idno", 0.5, 0.7)], nfeat=(0, 1))
kind("passport", "id_doc", ["护照"], ["护照"], "证件", "passport", "本", [None], [], ["sleeve"],
     dyn=["docname"], ids=[("passport", 0.6, 0.8)], places=["coach", "waiting", "expo", "bagdrop", "hall3", "m_ao"], nfeat=(0, 1))
kind("social", "id_doc", ["社保卡", "医保卡"], ["社保卡", "社会保障卡"], "卡", "social security card", "张", [None], [], ["sleeve"],
     dyn=["docname"], ids=[("idno", 0.4, 0.6)], places=["village", "vmarket", "wetland", "square", "aobus"], nfeat=(0, 1))
kind("volpass", "id_doc", ["志愿者证", "工作证", "证件牌"], ["志愿者证件", "工作证"], "证件", "volunteer pass", "张", [None], [],
     ["lanyard"], dyn=["docname"], ids=[("volno", 0.5, 0.8)], places=["start", "finish", "bagdrop", "expo", "stadium"], nfeat=(0, 1))

kind("envelope", "cash", ["一个信封装的现金", "信封里的钱"], ["装有现金的信封"], "现金", "an envelope of cash", "个", [None],
     ["brown", "white"], ["denom"], dyn=["amount", "envtext"], nfeat=(0, 1))
kind("redpacket", "cash", ["红包"], ["红包", "装钱的红包"], "现金", "a red envelope of cash", "个", [None], ["red"],
     ["denom"], dyn=["amount", "envtext"], nfeat=(0, 1))
kind("cashroll", "cash", ["一卷现金", "一沓钱"], ["一沓现金", "用皮筋扎着的现金"], "现金", "a roll of cash", "沓", [None], [],
     ["denom"], dyn=["amount"], places=["garmentA", "garmentB", "logistics", "vmarket", "coach"], nfeat=(1, 1))
