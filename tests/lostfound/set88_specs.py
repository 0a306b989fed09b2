"""set88 kinds of object: words, brands with invented models, colours, features, numbers.

K(kind, category, specific words, generic words, classifier, {brand: "model|model"}, colours,
  [(feature type, how often present, "allowed values" or "")], options)
A brand "" means no brand.  idents are (type, owner knows it, finder can read it)."""

SPECS = {}


def K(kind, cat, words, generic, cls, brands, colors, feats, **kw):
    spec = {"kind": kind, "cat": cat, "words": words.split("|"), "generic": generic.split("|") if generic else [],
            "cls": cls, "brands": brands, "colors": colors.split(), "feats": feats,
            "logo": 0.7, "model_vis": 0.0, "owner_brand": 0.9, "owner_model": 0.5, "idents": [], "hook": None,
            "hide_color": None}
    spec.update(kw)
    SPECS[kind] = spec


# ---- phone
K("smartphone", "phone", "手机|智能手机", "", "部",
  {"huawei": "Mate 72|Mate 72 Pro|nova 15|畅享 80", "apple": "iPhone 19|iPhone 19 Pro|iPhone 18 Plus",
   "xiaomi": "小米 17|小米 17 Ultra", "redmi": "K90|Note 16", "oppo": "Reno 19|Find X11", "vivo": "X300|S27",
   "honor": "Magic 9|X70"},
  "black white blue purple green gold silver pink",
  [("case", 1.0, ""), ("crack", 0.4, ""), ("extra", 0.5, ""), ("lock", 0.85, "")],
  logo=0.75, owner_brand=0.97, owner_model=0.55, idents=[("imei", 0.3, 0.0)],
  hide_color=("case", "black_sil ring camel leather rugged"))
K("oldphone", "phone", "老人机|老年机|按键手机", "手机", "部", {"nokia": "1088|2660", "": ""},
  "black red blue grey", [("oldmark", 0.8, "")], owner_model=0.2, logo=0.8)
# ---- wallet
WB = {"septwolves": "", "goldlion": "", "coach": "", "mexican": "", "": ""}
K("wallet_long", "wallet", "长款钱包|长钱包|长夹", "钱包", "个", WB, "black brown red pink navy beige grey",
  [("material", 0.7, ""), ("wear", 0.5, ""), ("deco", 0.4, "")], hook="wallet")
K("wallet_short", "wallet", "短款钱包|折叠钱包|短钱包|皮夹", "钱包", "个", WB, "black brown navy grey darkgreen",
  [("material", 0.7, ""), ("wear", 0.5, ""), ("deco", 0.35, "")], hook="wallet")
K("card_holder", "wallet", "卡包|证件卡包|卡夹", "", "个", {"coach": "", "muji": "", "": ""}, "black brown pink blue grey",
  [("material", 0.6, "leather pu canvas"), ("deco", 0.4, "")], hook="wallet")
K("coin_purse", "wallet", "零钱包|小零钱包", "", "个", {"": ""}, "red pink purple yellow green",
  [("material", 0.7, "canvas embroid pu"), ("deco", 0.5, "bell camelpatch")], hook="wallet")
# ---- documents
K("idcard", "id_doc", "身份证|二代身份证|居民身份证", "证件", "张", {"": ""}, "", [("holder", 0.5, "")], hook="iddoc")
K("student", "id_doc", "学生证|校园卡|学生卡", "证件", "张", {"": ""}, "", [("holder", 0.5, ""), ("faculty", 1.0, "")],
  hook="iddoc")
K("driver", "id_doc", "驾驶证|驾照", "证件", "本", {"": ""}, "", [("holder", 0.3, "clear blue")], hook="iddoc")
K("passport", "id_doc", "护照", "证件", "本", {"": ""}, "", [("holder", 0.3, "clear blue")], hook="iddoc")
K("social", "id_doc", "社保卡|社会保障卡", "卡", "张", {"": ""}, "", [("holder", 0.4, "")], hook="iddoc")
K("vehlic", "id_doc", "行驶证", "证件", "本", {"": ""}, "", [("holder", 0.3, "clear blue")], hook="iddoc")
# ---- keys
K("keyring", "keys", "钥匙串|一串钥匙", "钥匙", "串", {"": ""}, "",
  [("count", 1.0, ""), ("charm", 0.85, ""), ("access", 0.5, ""), ("carkey", 0.35, "")], hook="keys")
K("carkey", "keys", "车钥匙|汽车钥匙|遥控车钥匙", "钥匙", "把", {"byd": "", "vw": "", "toyota": "", "haval": ""}, "black",
  [("cover", 0.6, ""), ("tag", 0.5, ""), ("charm", 0.3, "")], logo=0.95)
# ---- e-bike and bicycle
K("ebike", "ebike", "电动车|电瓶车|电动自行车|小电驴", "", "辆",
  {"yadea": "冠能Q7|DE3", "aima": "A500|麦6", "tailg": "超能T3", "niu": "NQi|UQi+", "luyuan": "S30"},
  "white black red blue grey pink green yellow",
  [("seat", 0.5, ""), ("mirror", 0.35, ""), ("front", 0.5, ""), ("helmet", 0.3, "")],
  logo=0.95, model_vis=0.5, owner_model=0.4, idents=[("plate", 0.95, 0.95), ("frame", 0.5, 0.5)])
BIKES = {"giant": "ATX 860|Escape 3|FR 8", "merida": "勇士 500|挑战者 300", "forever": "F18", "phoenix": "Z6",
         "xds": "英雄 300", "decathlon": "RC 520|Rockrider 340"}
BF = [("bar", 0.5, ""), ("rear", 0.5, ""), ("bfront", 0.5, ""), ("lockon", 0.4, "")]
BC = "black white red blue grey green yellow orange"
BOPT = dict(logo=0.9, model_vis=0.6, owner_model=0.4, idents=[("frame", 0.4, 0.5)])
K("mtb", "bicycle", "山地车|山地自行车", "自行车|单车", "辆", BIKES, BC, BF, **BOPT)
K("road", "bicycle", "公路车|公路自行车", "自行车|单车", "辆", BIKES, BC, BF, **BOPT)
K("folding", "bicycle", "折叠车|折叠自行车", "自行车|单车", "辆", BIKES, BC, BF, **BOPT)
K("citybike", "bicycle", "女式自行车|城市自行车|通勤自行车", "自行车|单车", "辆", BIKES, BC, BF, **BOPT)
# ---- bags
BGF = [("side", 0.3, ""), ("bcharm", 0.45, ""), ("btag", 0.3, ""), ("damage", 0.35, "pin zip stain")]
BGC = "black grey navy blue red pink green beige brown white purple"
K("backpack", "bag", "双肩包|双肩背包|背包|书包", "包", "个",
  {"nike": "", "adidas": "", "decathlon": "", "xiaomi": "", "camel": "", "tnf": "", "": ""}, BGC, BGF, hook="bag")
K("crossbody", "bag", "斜挎包|挎包|单肩包", "包", "个", {"coach": "", "nike": "", "camel": "", "": ""}, BGC,
  BGF, hook="bag")
K("handbag", "bag", "手提包|女士手提包|拎包", "包", "个", {"coach": "", "": ""}, BGC, BGF, hook="bag")
K("waist", "bag", "腰包|胸包|腰挎包", "包", "个", {"nike": "", "decathlon": "", "camel": "", "": ""}, BGC, BGF,
  hook="bag")
K("duffel", "bag", "旅行包|旅行袋|行李包", "包", "个", {"nike": "", "adidas": "", "decathlon": "", "camel": ""}, BGC,
  BGF, hook="bag")
K("suitcase", "bag", "行李箱|拉杆箱|旅行箱", "箱子", "个", {"samsonite": "", "xiaomi": "", "decathlon": "", "": ""},
  "black grey silver navy pink white green",
  [("bcharm", 0.3, ""), ("btag", 0.5, "airline ribbon"), ("damage", 0.4, "wheel stain")], hook="bag")
K("tote", "bag", "帆布袋|帆布包|环保袋", "包", "个", {"": ""}, "beige white black green",
  [("bcharm", 0.3, ""), ("damage", 0.3, "stain")], hook="bag")
# ---- cash
K("cash", "cash", "现金|人民币现金", "钱", "笔", {"": ""}, "",
  [("wrap", 1.0, ""), ("writing", 0.35, ""), ("denom", 0.7, "")], hook="cash")
# ---- jewellery
JB = {"ctf": "", "lfx": "", "css": "", "lukfook": "", "": ""}
JF = [("metal", 1.0, ""), ("pattern", 0.6, ""), ("engrave", 0.4, ""), ("box", 0.25, "")]
K("bangle", "jewelry", "手镯|镯子", "首饰", "只", JB, "", JF, hook="jewel")
K("necklace", "jewelry", "项链", "首饰", "条", JB, "", [("metal", 1.0, "gold silver rosegold"), ("pendant", 0.9, ""),
                                                        ("box", 0.25, "")], hook="jewel")
K("earring", "jewelry", "耳环|耳坠", "首饰", "只", JB, "", [("metal", 1.0, "gold silver rosegold jade_white"),
                                                         ("pattern", 0.5, "")], hook="jewel")
K("ring", "jewelry", "戒指", "首饰", "枚", JB, "", [("metal", 1.0, "gold silver rosegold"), ("engrave", 0.6, ""),
                                                   ("pattern", 0.3, "")], hook="jewel")
K("bracelet", "jewelry", "手链", "首饰", "条", JB, "", JF, hook="jewel")
# ---- electronics
K("earbuds", "electronics", "无线耳机|蓝牙耳机", "耳机", "副",
  {"apple": "AirPods 6|AirPods Pro 4", "huawei": "FreeBuds 9|FreeBuds Pro 6", "xiaomi": "Buds 7"}, "white black blue",
  [("skin", 0.5, "cartoon clearcase")], model_vis=0.3, logo=0.8)
K("tablet", "electronics", "平板电脑|平板", "", "台",
  {"apple": "iPad Air 9|iPad 13", "huawei": "MatePad 14|MatePad Air 3", "xiaomi": "小米平板 9"},
  "grey silver gold blue purple", [("skin", 0.7, ""), ("acc", 0.3, "pen")], idents=[("sn", 0.5, 0.2)], logo=0.8)
K("laptop", "electronics", "笔记本电脑|手提电脑|笔记本", "电脑", "台",
  {"lenovo": "小新 Pro 18|ThinkPad X19", "huawei": "MateBook 18", "apple": "MacBook Air 17"}, "silver grey black",
  [("skin", 0.7, ""), ("acc", 0.3, "tape")], idents=[("sn", 0.5, 0.6)], model_vis=0.4, logo=0.9)
K("camera", "electronics", "相机|数码相机|微单相机", "", "台",
  {"canon": "EOS R9|EOS M70", "sony": "A7 VII|ZV-E30", "fujifilm": "X-S30|X100 VII"}, "black silver",
  [("acc", 0.6, "strap nocap"), ("skin", 0.3, "scratch"), ("photos", 0.8, "")], idents=[("sn", 0.4, 0.6)],
  model_vis=0.9, logo=0.95)
K("actioncam", "electronics", "运动相机", "相机", "台", {"dji": "Osmo Action 8", "insta360": "X7|GO 5"}, "black grey",
  [("skin", 0.5, "clearcase scratch"), ("photos", 0.7, "")], idents=[("sn", 0.4, 0.3)], model_vis=0.7, logo=0.9)
K("drone", "electronics", "无人机|航拍无人机", "", "架", {"dji": "Mini 7|Air 5"}, "grey white",
  [("skin", 0.5, "astronaut scratch"), ("photos", 0.5, "camels grapes kids")], idents=[("sn", 0.6, 0.7)],
  model_vis=0.8, logo=0.95)
K("powerbank", "electronics", "充电宝|移动电源", "", "个", {"xiaomi": "", "anker": "", "romoss": ""},
  "white black blue pink", [("capacity", 1.0, ""), ("skin", 0.5, "astronaut cartoon scratch"), ("acc", 0.3, "tape")],
  hook="capacity", logo=0.85)
K("watch", "electronics", "智能手表|运动手表", "手表", "块",
  {"huawei": "Watch GT 8|Watch 7", "apple": "Watch S12", "xiaomi": "Watch S6"}, "black silver gold",
  [("band", 1.0, "orange leather mesh"), ("skin", 0.3, "scratch")], logo=0.6)
K("kids_watch", "electronics", "儿童电话手表|电话手表|儿童手表", "手表", "块", {"xtc": "Z12|Q5"}, "blue pink",
  [("band", 0.8, "blue orange"), ("skin", 0.4, "cartoon")], hook="named", logo=0.9)
K("ereader", "electronics", "电子书阅读器|电纸书", "", "台", {"kindle": "Paperwhite 7", "ireader": "Ocean 5"},
  "black white green", [("skin", 0.7, "cartoon clearcase astronaut")], logo=0.7)
# ---- other
K("thermos", "other", "保温杯|保温壶", "杯子|水杯", "个", {"thermos": "", "fuguang": "", "haers": "", "": ""},
  "black white pink blue green silver", [("dent", 0.8, "")])
K("glasses", "other", "近视眼镜", "眼镜", "副", {"bolon": "", "": ""}, "black gold silver brown",
  [("frame", 1.0, ""), ("gcase", 0.6, ""), ("gmark", 0.4, "")])
K("sunglasses", "other", "墨镜|太阳镜", "眼镜", "副", {"rayban": "RB 4199", "bolon": "BL 3088", "": ""},
  "black brown gold", [("frame", 0.8, "thin thick"), ("gcase", 0.6, ""), ("gmark", 0.3, "")], model_vis=0.5)
K("doppa", "other", "花帽|民族花帽|小花帽", "帽子", "顶", {"": ""}, "green red black purple",
  [("embroid", 1.0, ""), ("size", 0.6, "")])
K("scarf", "other", "丝巾|纱巾", "围巾", "条", {"": ""}, "multi red blue purple green yellow",
  [("spattern", 1.0, ""), ("sshape", 0.6, "")])
K("dutar", "other", "都塔尔|都塔尔琴|都塔尔（乐器）", "乐器", "把", {"": ""}, "brown",
  [("icase", 1.0, ""), ("imark", 0.6, ""), ("maker", 0.5, "")], hook="maker")
K("plush", "other", "毛绒玩具|毛绒公仔|玩偶", "玩具", "个", {"": ""}, "brown white beige pink yellow",
  [("animal", 1.0, ""), ("psize", 0.7, ""), ("bow", 0.5, "")])
K("umbrella", "other", "遮阳伞|太阳伞|晴雨伞", "伞", "把", {"beneunder": "", "paradise": "", "": ""},
  "black pink blue purple white", [("canopy", 0.8, ""), ("handle", 0.6, "")])
K("stroller", "other", "婴儿推车|宝宝推车|童车", "", "辆", {"goodbaby": "D850", "": ""}, "grey pink blue black",
  [("hang", 0.7, "")], model_vis=0.5)
K("raisin_box", "other", "葡萄干礼盒|干果礼盒", "礼盒", "盒", {"ayijia": "", "silkfruit": ""}, "red green gold",
  [("weight", 1.0, ""), ("gbag", 0.7, "")], hook="weight", logo=1.0)
K("medicine", "other", "药袋|药品袋", "一袋药", "袋", {"": ""}, "white", [], hook="named")

CAT_KINDS = {}
for _k, _s in SPECS.items():
    CAT_KINDS.setdefault(_s["cat"], []).append(_k)
