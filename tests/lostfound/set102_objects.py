"""set102 objects: the hidden truth record of each object.

An object is a dict:
  cat, kind, noun (zh), en, color, brand, model, serial {type, value} | None,
  name (a name printed on or inside it, or None), cash (amount inside, or None),
  tail (bank card tail inside, or None),
  feats: list of {slot, zh, en, who} where who is
     'vis'   - anyone holding it can see it,
     'inner' - seen by whoever opens it,
     'hid'   - only the owner knows it.
The lost and found writers each read this record and say what their person would know.
"""
from set102_world import make_id, make_imei, digits

COLORS = ["black", "white", "red", "blue", "gray", "silver", "gold", "pink", "green", "purple",
          "brown", "yellow", "orange"]

PHONES = {
    "huawei": (["nova 15 Ultra", "Pura 80 Air", "畅享 90 Plus", "Mate 70 Lite", "nova 13 青春版"],
               ["black", "white", "green", "purple", "silver"]),
    "apple": (["iPhone 16 Pro", "iPhone 15", "iPhone 16 Plus", "iPhone 14", "iPhone 15 Pro Max"],
              ["black", "white", "blue", "pink", "gray", "gold"]),
    "xiaomi": (["Redmi K90", "小米 15S", "Redmi Note 15 Turbo", "小米 Civi 6"],
               ["black", "white", "blue", "green"]),
    "oppo": (["Reno 14 Pro", "A3 活力版", "Find X8s"], ["black", "pink", "purple", "white"]),
    "vivo": (["X300 mini", "S21 Pro", "Y39 畅享"], ["black", "blue", "white", "gold"]),
    "honor": (["Magic 8 Lite", "X70 青春版", "荣耀 400"], ["black", "silver", "green", "blue"]),
}

POOLS = {
    "phone": {
        "case": [("透明壳，壳都有点发黄了", "a clear case gone a bit yellow"),
                 ("黑色硅胶壳", "a black silicone case"),
                 ("粉色库洛米卡通壳", "a pink cartoon case"),
                 ("棕色皮质翻盖手机套", "a brown leather flip cover"),
                 ("壳背面带个指环扣", "a ring holder on the back of the case"),
                 ("没戴壳，裸机", "no case"),
                 ("壳里夹着一张公交卡", "a bus card tucked in the case"),
                 ("壳上贴着一个小兔子贴纸", "a little rabbit sticker on the case"),
                 ("绿色磨砂壳，边上有挂绳", "a frosted green case with a lanyard"),
                 ("带支架的军绿色防摔壳", "an olive rugged case with a kickstand")],
        "screen": [("屏幕右上角有裂纹", "a crack at the top right of the screen"),
                   ("贴了防窥膜", "a privacy screen protector"),
                   ("屏幕好好的", "screen fine"),
                   ("屏幕碎成蜘蛛网了", "screen shattered"),
                   ("钢化膜左下角翘边", "protector peeling at bottom left")],
        "wall": [("锁屏是孩子的照片", "the lock screen is a photo of a kid"),
                 ("锁屏是一只橘猫", "the lock screen is an orange cat"),
                 ("锁屏是冰灯的照片", "the lock screen is a photo of ice lanterns"),
                 ("锁屏是默认的壁纸", "default lock screen"),
                 ("锁屏是一对情侣合影", "the lock screen is a couple's photo"),
                 ("锁屏是哈士奇", "the lock screen is a husky")],
        "secret": [("锁屏密码我能说出来", "I can tell the passcode"),
                   ("微信里有我和我闺女的聊天记录", "my chats with my daughter are on it"),
                   ("手机号尾号{p4}", "the number ends {p4}"),
                   ("相册里全是孩子看灯的照片", "the photo album is full of lantern photos"),
                   ("里面插着两张卡，一张联通一张移动", "two SIM cards in it")],
    },
    "id_doc": {
        "holder": [("装在粉色卡套里", "in a pink card sleeve"),
                   ("套着透明卡套", "in a clear sleeve"),
                   ("没有套", "no sleeve"),
                   ("卡套上挂着一个小铃铛", "a little bell on the sleeve"),
                   ("和一张公交卡套在一起", "together with a bus card")],
        "wear": [("边角有点磨损", "worn corners"), ("照片是高中时候照的", "the photo is an old one"),
                 ("背面贴着一张小贴纸", "a sticker on the back"), ("挺新的", "fairly new")],
    },
    "wallet": {
        "look": [("拉链的", "zip-around"), ("对折的", "bifold"), ("三折的", "trifold"),
                 ("带按扣的", "with a snap"), ("上面有个金属小标", "with a small metal badge")],
        "wear": [("边上磨得起毛了", "frayed at the edges"), ("挺新的，过年刚买的", "new, bought for the new year"),
                 ("有一块油渍", "an oil stain on it"), ("拉链头掉了，拴了根红绳", "the zip pull is a red string")],
        "extra": [("里面有张公交卡", "a bus card inside"), ("有一张孩子的一寸照", "a passport photo of a child inside"),
                  ("夹着几张超市小票", "some supermarket receipts"), ("有张万汇城会员卡", "a mall membership card"),
                  ("有一张医保卡", "a medical insurance card"), ("里面有张澡堂子的次卡", "a bathhouse punch card"),
                  ("夹着一张全家福", "a family photo")],
    },
    "keys": {
        "pend": [("挂着个毛绒小熊", "a plush bear charm"), ("拴着个红色平安扣", "a red jade-style charm"),
                 ("带个指甲刀", "a nail clipper on it"), ("挂着开瓶器", "a bottle opener on it"),
                 ("拴着一根红绳", "tied with red string"), ("挂了个小铃铛", "a small bell"),
                 ("挂着一个冰墩墩似的小熊猫", "a little panda charm"), ("挂个塑料小葫芦", "a plastic gourd charm"),
                 ("挂着个迷你手电", "a mini torch")],
        "card": [("带一个蓝色门禁卡", "with a blue door fob"), ("带一个黄色门禁扣", "with a yellow door fob"),
                 ("没有门禁卡", "no fob"), ("带一个红色门禁卡", "with a red door fob"),
                 ("带一张小区门禁卡，上面写着3-2-301", "with a fob marked 3-2-301")],
        "use": [("家门钥匙和单位抽屉钥匙", "home and desk keys"), ("家里防盗门和楼道门的", "flat and building door"),
                ("电动车钥匙和家门钥匙", "e-bike and home keys"), ("我妈家和我家的", "my mum's and mine"),
                ("仓房和地下室的", "shed and basement keys")],
    },
    "ebike": {
        "cover": [("车上绑着黑色挡风被", "a black wind quilt on the handlebars"),
                  ("挡风被是迷彩的", "a camouflage wind quilt"),
                  ("挡风被是碎花的", "a floral wind quilt"),
                  ("没装挡风被", "no wind quilt")],
        "box": [("后面有个黄色外卖箱", "a yellow delivery box on the back"),
                ("后面有个蓝色外卖箱", "a blue delivery box on the back"),
                ("前面车筐有点变形", "the front basket is bent"),
                ("后座加了个儿童座椅", "a child seat on the back"),
                ("车身贴了一条龙的贴纸", "a dragon sticker on the body")],
    },
    "bicycle": {
        "look": [("带前车筐", "with a front basket"), ("后座绑着块海绵垫", "sponge pad on the rack"),
                 ("车把缠着黑胶带", "black tape on the bars"), ("没有挡泥板", "no mudguards"),
                 ("车座是后换的黑色宽座", "a replaced wide black saddle")],
        "lock": [("锁着一把U型锁", "a U-lock"), ("绕着一根钢缆锁", "a cable lock"), ("没锁", "unlocked")],
    },
    "bag": {
        "look": [("拉链上挂着一个毛绒挂件", "a plush charm on the zip"), ("侧兜插着一把折叠伞", "an umbrella in the side pocket"),
                 ("背带有点开线", "a strap coming unstitched"), ("上面别着几个徽章", "some badges pinned on it"),
                 ("挂着一个行李牌", "a luggage tag on it"), ("有个反光条", "a reflective strip"),
                 ("表面有块蹭脏的地方", "a scuffed dirty patch")],
        "inner": [("里面有笔记本电脑和充电器", "a laptop and charger inside"),
                  ("装着几本专业课课本", "some textbooks inside"),
                  ("有换洗衣服和洗漱包", "clothes and a toiletry bag"),
                  ("装着保温杯和一袋红肠", "a flask and a pack of sausage"),
                  ("有一沓复习资料", "a stack of revision notes"),
                  ("有孩子的寒假作业", "a child's winter homework"),
                  ("装着病历本和片子", "medical records and scans"),
                  ("装着冻梨冻柿子", "frozen pears and persimmons"),
                  ("有一个黑色钱包", "a black wallet inside"),
                  ("装着两盒月饼似的点心", "two boxes of pastries")],
    },
    "cash": {
        "wrap": [("红包，上面印着“福”字", "a red envelope printed 福"),
                 ("红包，上面印着“恭喜发财”", "a red envelope printed 恭喜发财"),
                 ("牛皮纸信封装着", "a brown paper envelope"),
                 ("银行的白信封装着", "a white bank envelope"),
                 ("用皮筋捆着，没装东西", "rolled with a rubber band"),
                 ("用塑料袋包着", "wrapped in a plastic bag")],
        "denom": [("都是一百的", "all hundreds"), ("一百的和五十的混着", "hundreds and fifties"),
                  ("全是新票子，连号的", "new sequential notes"), ("有零有整", "mixed notes")],
    },
    "jewelry": {
        "carve": [("内侧刻着字母", "letters engraved inside"), ("没刻字", "no engraving"),
                  ("刻着一个“福”字", "engraved with 福"), ("刻着出生日期", "engraved with a birth date")],
        "wear": [("戴了好多年，有划痕", "worn for years, scratched"), ("新的，还挺亮", "new and shiny"),
                 ("有一处小瘪", "a small dent"), ("搭扣有点松", "a loose clasp")],
        "weight": [("大概{g}克", "about {g} g"), ("发票上写的{g}克", "{g} g on the receipt")],
    },
    "electronics": {
        "skin": [("套着透明保护套", "in a clear case"), ("外壳贴了一张卡通贴纸", "a cartoon sticker on it"),
                 ("外壳有掉漆", "paint chipped"), ("装在一个灰色布袋里", "in a grey cloth pouch"),
                 ("挂着一根蓝色挂绳", "a blue lanyard"), ("背面用马克笔写了个“王”字", "marker writing on the back")],
        "state": [("没电了开不了机", "battery flat"), ("能开机", "switches on"),
                  ("有一道明显划痕", "a visible scratch"), ("九成新", "almost new")],
    },
    "other": {
        "look": [("上面有一块污渍", "a stain on it"), ("挺新的", "fairly new"), ("旧的，用了好几年", "old, used for years"),
                 ("上面缝着一个名字的布条", "a name tag sewn on"), ("挂着个小吊牌", "a little tag on it"),
                 ("边上有个破洞", "a small hole at the edge"), ("上面有卡通图案", "a cartoon pattern")],
    },
}

# per kind for bag/electronics/other/jewelry: (kind key, zh noun, en noun, brands, colors, alt nouns)
KINDS = {
    "id_doc": [
        ("idcard", "身份证", "ID card", [], [], ["身份证", "二代身份证", "居民身份证", "身份证件"]),
        ("student", "学生证", "student card", [], ["red", "blue"], ["学生证", "学生证本"]),
        ("campuscard", "校园卡", "campus card", [], ["blue", "white"], ["校园卡", "饭卡", "一卡通"]),
        ("driver", "驾驶证", "driving licence", [], ["black", "brown"], ["驾驶证", "驾照", "驾驶本"]),
        ("social", "社保卡", "social security card", [], ["blue", "white"], ["社保卡", "医保卡", "社会保障卡"]),
        ("passport", "护照", "passport", [], ["blue", "red", "green"], ["护照"]),
    ],
    "wallet": [
        ("long", "长款钱包", "long wallet", ["七匹狼", "金利来", "coach", "无"], ["black", "brown", "red", "pink", "blue"], ["钱包", "长款钱包", "长钱夹", "皮夹"]),
        ("short", "短款钱包", "wallet", ["七匹狼", "金利来", "无"], ["black", "brown", "gray"], ["钱包", "短款钱包", "皮夹子", "钱夹"]),
        ("cardbag", "卡包", "card holder", ["无", "coach"], ["black", "pink", "white"], ["卡包", "卡套", "小卡包"]),
        ("coin", "零钱包", "coin purse", ["无"], ["red", "yellow", "purple", "pink"], ["零钱包", "小钱包", "零钱袋"]),
    ],
    "keys": [
        ("ring", "钥匙串", "bunch of keys", ["无"], ["silver", "red", "blue", "black"], ["钥匙", "一串钥匙", "钥匙串", "钥匙链"]),
        ("car", "车钥匙", "car key", ["大众", "丰田", "比亚迪", "别克"], ["black", "silver"], ["车钥匙", "汽车钥匙", "遥控钥匙"]),
    ],
    "ebike": [
        ("ebike", "电动车", "e-bike", ["雅迪", "爱玛", "台铃", "小牛", "绿源"], ["black", "white", "red", "blue", "gray"], ["电动车", "电瓶车", "电驴", "电动自行车"]),
    ],
    "bicycle": [
        ("bike", "自行车", "bicycle", ["捷安特", "美利达", "永久", "凤凰", "喜德盛"], ["black", "white", "blue", "gray", "red"], ["自行车", "单车", "山地车", "车子"]),
    ],
    "bag": [
        ("backpack", "双肩包", "backpack", ["北面", "耐克", "阿迪达斯", "迪卡侬", "小米", "无"], ["black", "gray", "blue", "green", "pink"], ["双肩包", "背包", "书包", "双肩背包"]),
        ("schoolbag", "书包", "school bag", ["无", "迪卡侬"], ["blue", "pink", "red", "yellow", "purple"], ["书包", "小书包", "孩子书包"]),
        ("cross", "斜挎包", "shoulder bag", ["coach", "无", "耐克"], ["black", "brown", "white", "red"], ["斜挎包", "挎包", "小包", "单肩包"]),
        ("suitcase", "行李箱", "suitcase", ["新秀丽", "小米", "无"], ["silver", "black", "blue", "pink", "white"], ["行李箱", "拉杆箱", "箱子"]),
        ("tote", "手提袋", "tote bag", ["无"], ["white", "brown", "red"], ["手提袋", "帆布袋", "布兜子", "兜子"]),
        ("laptopbag", "电脑包", "laptop bag", ["联想", "新秀丽", "无"], ["black", "gray"], ["电脑包", "公文包", "笔记本包"]),
    ],
    "cash": [
        ("cash", "现金", "cash", [], ["red", "brown", "white"], ["现金", "钱", "红包", "一沓钱"]),
    ],
    "jewelry": [
        ("bangle", "金手镯", "gold bangle", ["周大福", "老凤祥", "周生生", "无"], ["gold"], ["金手镯", "金镯子", "手镯"]),
        ("necklace", "金项链", "gold necklace", ["周大福", "六福", "无"], ["gold"], ["金项链", "项链", "金链子"]),
        ("babyset", "银手镯", "baby silver bracelet", ["老凤祥", "无"], ["silver"], ["银手镯", "银镯子", "小银镯"]),
        ("jade", "玉镯子", "jade bangle", ["无"], ["green", "white"], ["玉镯子", "玉镯", "翡翠镯子"]),
        ("pendant", "吊坠", "pendant", ["周大福", "无"], ["green", "gold", "white"], ["吊坠", "坠子", "玉坠", "挂坠"]),
        ("ring", "戒指", "ring", ["周大福", "周生生", "六福", "无"], ["gold", "silver"], ["戒指", "婚戒", "对戒"]),
        ("watch", "手表", "watch", ["天梭", "卡西欧", "浪琴", "无"], ["silver", "gold", "black"], ["手表", "表", "腕表"]),
        ("lock", "长命锁", "baby longevity lock", ["老凤祥", "无"], ["silver", "gold"], ["长命锁", "银锁", "长命百岁锁"]),
    ],
    "electronics": [
        ("buds", "蓝牙耳机", "earbuds", ["apple", "huawei", "xiaomi", "索尼"], ["white", "black"], ["蓝牙耳机", "耳机", "无线耳机", "耳机盒"]),
        ("tablet", "平板电脑", "tablet", ["apple", "huawei", "xiaomi"], ["gray", "silver", "blue", "pink"], ["平板", "平板电脑", "pad"]),
        ("laptop", "笔记本电脑", "laptop", ["联想", "huawei", "apple", "戴尔"], ["gray", "silver", "black"], ["笔记本电脑", "笔记本", "电脑"]),
        ("reader", "电子书阅读器", "e-reader", ["kindle", "掌阅"], ["black", "white"], ["电子书", "阅读器", "kindle"]),
        ("camera", "相机", "camera", ["佳能", "索尼", "富士"], ["black", "silver"], ["相机", "照相机", "微单"]),
        ("powerbank", "充电宝", "power bank", ["xiaomi", "罗马仕", "anker"], ["white", "black", "blue"], ["充电宝", "移动电源"]),
        ("watch", "智能手表", "smart watch", ["huawei", "apple", "xiaomi"], ["black", "pink", "silver"], ["智能手表", "手表", "运动手环"]),
        ("console", "游戏机", "game console", ["任天堂"], ["red", "blue", "gray"], ["游戏机", "switch", "掌机"]),
    ],
    "other": [
        ("flask", "保温杯", "thermos flask", ["膳魔师", "象印", "哈尔斯", "无"], ["black", "white", "pink", "blue", "green"], ["保温杯", "水杯", "杯子"]),
        ("glasses", "眼镜", "glasses", ["无", "暴龙"], ["black", "gold", "brown"], ["眼镜", "近视镜", "老花镜", "眼镜盒"]),
        ("scarf", "围巾", "scarf", ["无", "优衣库"], ["red", "gray", "brown", "blue", "purple"], ["围巾", "羊绒围巾", "围脖"]),
        ("gloves", "手套", "gloves", ["无", "迪卡侬"], ["black", "brown", "red", "gray"], ["手套", "棉手套", "一副手套"]),
        ("hat", "毛线帽", "knit hat", ["无"], ["red", "white", "yellow", "gray", "pink"], ["帽子", "毛线帽", "棉帽"]),
        ("coat", "羽绒服", "down coat", ["波司登", "无", "北面"], ["black", "red", "white", "blue", "green"], ["羽绒服", "棉袄", "大衣"]),
        ("cane", "拐杖", "walking stick", ["无"], ["black", "brown"], ["拐杖", "拐棍", "手杖"]),
        ("lantern", "兔子灯", "rabbit lantern", ["无"], ["red", "white", "pink"], ["兔子灯", "花灯", "灯笼"]),
        ("skates", "冰刀鞋", "ice skates", ["无", "迪卡侬"], ["black", "white"], ["冰刀", "冰刀鞋", "滑冰鞋"]),
        ("xray", "CT片子袋", "scan envelope", ["无"], ["white"], ["片子", "CT片", "病历袋"]),
        ("toy", "毛绒玩具", "plush toy", ["无"], ["brown", "white", "pink", "yellow"], ["毛绒玩具", "布娃娃", "玩偶"]),
        ("hearing", "助听器", "hearing aid", ["无", "锐听"], ["brown", "silver"], ["助听器"]),
    ],
}

OTHER_DETAIL = {
    "flask": [("杯身有个小熊贴纸", "a bear sticker"), ("杯盖有点磕瘪了", "a dented lid"), ("杯底刻着名字", "a name on the bottom")],
    "glasses": [("装在一个蓝色眼镜盒里", "in a blue case"), ("镜腿缠着胶布", "taped arm"), ("镜片有点花", "scratched lenses")],
    "scarf": [("格子的", "checked"), ("带流苏", "with tassels"), ("织的麻花纹", "cable knit")],
    "gloves": [("只有一只，左手的", "just the left one"), ("里面是羊羔绒", "fleece lined"), ("是连指的", "mittens")],
    "hat": [("顶上有个毛球", "a pompom on top"), ("带护耳的", "with ear flaps"), ("帽檐有个小熊标", "a bear badge")],
    "coat": [("兜里有一包纸巾和车钥匙", "tissues and keys in the pocket"), ("帽子上有毛领", "a fur-trimmed hood"), ("长款过膝的", "knee length")],
    "cane": [("四脚的", "four-footed"), ("手柄缠着红布", "red cloth on the handle"), ("可以折叠的", "folding")],
    "lantern": [("带轮子能拉着走", "on wheels"), ("灯里是电池的小灯泡", "battery bulb inside"), ("耳朵上贴着孩子名字", "the child's name on an ear")],
    "skates": [("鞋带是粉色的", "pink laces"), ("装在网兜里", "in a mesh bag"), ("刀刃套着红色刀套", "red blade guards")],
    "xray": [("袋子上写着名字和科室", "name and department on the bag"), ("里面有三张片子", "three scans inside"), ("夹着一张挂号单", "a registration slip")],
    "toy": [("是一只小兔子", "a bunny"), ("是一只小熊，耳朵掉了一只", "a bear missing one ear"), ("是个小狗，脖子系着红丝带", "a puppy with a red ribbon")],
    "hearing": [("装在一个小圆盒里", "in a small round case"), ("是右耳的", "the right ear one"), ("一对两只", "a pair")],
}


def _feat(slot, pair, who):
    return {"slot": slot, "zh": pair[0], "en": pair[1], "who": who}


def pick_kind(rng, cat, fix_kind=None):
    ks = KINDS[cat]
    if fix_kind:
        for k in ks:
            if k[0] == fix_kind:
                return k
    return rng.choice(ks)


def new_object(rng, cat, owner_name, fix=None):
    """fix may pin kind, color, brand, model, name"""
    fix = fix or {}
    o = {"cat": cat, "serial": None, "name": None, "cash": None, "tail": None, "model": None,
         "brand": None, "feats": []}
    if cat == "phone":
        brand = fix.get("brand") or rng.choice(sorted(PHONES))
        models, cols = PHONES[brand]
        o.update(kind="phone", noun="手机", en="phone", nouns=["手机", "手机", "电话", "机子"],
                 brand=brand, model=fix.get("model") or rng.choice(models),
                 color=fix.get("color") or rng.choice(cols))
        o["serial"] = {"type": "imei", "value": make_imei(rng)}
        P = POOLS["phone"]
        o["feats"] = [_feat("case", rng.choice(P["case"]), "vis"), _feat("screen", rng.choice(P["screen"]), "vis"),
                      _feat("wall", rng.choice(P["wall"]), "vis")]
        sec = rng.choice(P["secret"])
        p4 = digits(rng, 4)
        o["feats"].append(_feat("secret", (sec[0].replace("{p4}", p4), sec[1].replace("{p4}", p4)), "hid"))
        return o
    k = pick_kind(rng, cat, fix.get("kind"))
    kind, noun, en, brands, cols, nouns = k
    o.update(kind=kind, noun=noun, en=en, nouns=nouns)
    o["color"] = fix.get("color") or (rng.choice(cols) if cols else None)
    b = fix.get("brand") or (rng.choice(brands) if brands else "无")
    o["brand"] = None if b == "无" else b
    P = POOLS.get(cat, {})
    if cat == "id_doc":
        o["name"] = fix.get("name") or owner_name
        if kind in ("idcard", "driver", "social"):
            o["serial"] = {"type": "id", "value": fix.get("idno") or make_id(rng)}
        elif kind in ("student", "campuscard"):
            o["serial"] = {"type": "student", "value": "20" + str(rng.randint(19, 24)) + digits(rng, 6)}
        else:
            o["serial"] = {"type": "passport", "value": rng.choice("EPKG") + digits(rng, 8)}
        o["feats"] = [_feat("holder", rng.choice(P["holder"]), "vis"), _feat("wear", rng.choice(P["wear"]), "vis")]
        if kind == "student":
            o["feats"].append(_feat("school", ("凇河理工大学的", "from the university"), "vis"))
    elif cat == "wallet":
        o["cash"] = rng.choice([0, 35, 80, 120, 200, 260, 300, 450, 500, 600, 800, 1200, 1500])
        o["tail"] = digits(rng, 4)
        o["feats"] = [_feat("look", rng.choice(P["look"]), "vis"), _feat("wear", rng.choice(P["wear"]), "vis"),
                      _feat("extra", rng.choice(P["extra"]), "inner")]
        if rng.random() < 0.55:
            o["name"] = owner_name
            o["feats"].append(_feat("idin", ("里面有身份证", "my ID card inside"), "inner"))
            o["serial"] = {"type": "id", "value": make_id(rng)}
        else:
            o["serial"] = {"type": "card", "value": o["tail"], "bank": rng.choice(["6222", "6217", "6228", "6230"])}
    elif cat == "keys":
        n = rng.randint(2, 6)
        o["feats"] = [_feat("num", ("一共%d把钥匙" % n, "%d keys" % n), "vis"), _feat("pend", rng.choice(P["pend"]), "vis"),
                      _feat("card", rng.choice(P["card"]), "vis"), _feat("use", rng.choice(P["use"]), "hid")]
        if kind == "car":
            o["feats"][0] = _feat("num", ("遥控钥匙带一把机械钥匙", "remote key plus a blade"), "vis")
    elif cat in ("ebike", "bicycle"):
        o["model"] = fix.get("model") or rng.choice(["风驰X5", "冠越T3", "灵锐M6", "北极星S", "锐途200", "雪豹Q7"])
        if cat == "ebike":
            o["serial"] = {"type": "frame", "value": rng.choice(["YD", "AM", "TL", "NU"]) + digits(rng, 2) + "C" + digits(rng, 7)}
            o["plate"] = "凇A·" + rng.choice("DEFH") + digits(rng, 4)
            o["feats"] = [_feat("cover", rng.choice(P["cover"]), "vis"), _feat("box", rng.choice(P["box"]), "vis"),
                          _feat("plate", ("车牌%s" % o["plate"], "plate %s" % o["plate"]), "vis")]
        else:
            o["serial"] = {"type": "frame", "value": rng.choice(["GT", "MD", "YJ", "FH"]) + digits(rng, 8)}
            o["feats"] = [_feat("look", rng.choice(P["look"]), "vis"), _feat("lock", rng.choice(P["lock"]), "vis")]
    elif cat == "bag":
        o["feats"] = [_feat("look", rng.choice(P["look"]), "vis"), _feat("inner", rng.choice(P["inner"]), "inner")]
        if rng.random() < 0.45:
            o["name"] = owner_name
            o["feats"].append(_feat("namein", ("里面东西上写着名字", "my name on things inside"), "inner"))
        if kind == "suitcase":
            o["feats"].append(_feat("tag", ("箱子上贴着托运条", "an old baggage sticker"), "vis"))
    elif cat == "cash":
        o["cash"] = rng.choice([200, 500, 600, 800, 1000, 1200, 1600, 2000, 3000, 5000])
        wrap = rng.choice(P["wrap"])
        if "红包" in wrap[0]:
            o["color"] = "red"
        elif "牛皮纸" in wrap[0]:
            o["color"] = "brown"
        elif "白信封" in wrap[0]:
            o["color"] = "white"
        else:
            o["color"] = None
        o["feats"] = [_feat("wrap", wrap, "vis"), _feat("denom", rng.choice(P["denom"]), "inner")]
    elif cat == "jewelry":
        g = rng.choice([3, 5, 8, 12, 18, 25, 30, 42])
        w = rng.choice(P["weight"])
        o["feats"] = [_feat("carve", rng.choice(P["carve"]), "vis"), _feat("wear", rng.choice(P["wear"]), "vis"),
                      _feat("weight", (w[0].replace("{g}", str(g)), w[1].replace("{g}", str(g))), "hid")]
        if kind == "watch":
            o["model"] = fix.get("model") or rng.choice(["力洛克", "海霸", "小方块", "恒意"])
            o["feats"][0] = _feat("carve", rng.choice([("表带是棕色皮的", "brown leather strap"), ("钢带的", "steel bracelet"), ("表盘是白的", "white dial")]), "vis")
    elif cat == "electronics":
        brand = o["brand"]
        models = {"buds": ["Pro 2", "FreeBuds 6i", "Buds 5", "WF-1000X6"], "tablet": ["Air 6", "MatePad 11.5", "Pad 7"],
                  "laptop": ["小新Pro 14", "MateBook D16", "MacBook Air 13", "灵越 14"], "reader": ["Paperwhite 5", "Smart 4"],
                  "camera": ["R50", "ZV-E10", "X-S20"], "powerbank": ["20000mAh", "10000mAh磁吸", "PowerCore 10K"],
                  "watch": ["GT 5", "Watch S9", "手环 9"], "console": ["Switch OLED", "Switch Lite"]}[kind]
        o["model"] = fix.get("model") or (rng.choice(models) if rng.random() < 0.8 else None)
        if kind in ("laptop", "tablet", "camera", "console", "buds", "reader"):
            o["serial"] = {"type": "sn", "value": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.choice([10, 12])))}
        o["feats"] = [_feat("skin", rng.choice(P["skin"]), "vis"), _feat("state", rng.choice(P["state"]), "vis")]
        if kind == "laptop" and rng.random() < 0.5:
            o["name"] = owner_name
            o["feats"].append(_feat("login", ("开机登录名是我的名字拼音", "the login name is mine"), "hid"))
    elif cat == "other":
        o["feats"] = [_feat("look", rng.choice(P["look"]), "vis"), _feat("detail", rng.choice(OTHER_DETAIL[kind]), "vis")]
        if kind == "xray":
            o["name"] = owner_name
        if kind == "coat":
            o["feats"].append(_feat("pocket", ("兜里还有一百来块钱", "about 100 yuan in the pocket"), "hid"))
    if "name" in fix and cat != "id_doc":
        o["name"] = fix["name"]
    return o


def redraw_slot(rng, o, slot):
    """return a copy of o with one feature changed to a different value from the same pool"""
    import copy
    t = copy.deepcopy(o)
    for f in t["feats"]:
        if f["slot"] != slot:
            continue
        pool = POOLS.get(t["cat"], {}).get(slot)
        if t["cat"] == "other" and slot == "detail":
            pool = OTHER_DETAIL[t["kind"]]
        if not pool:
            return None
        choices = [p for p in pool if p[0] != f["zh"]]
        if not choices:
            return None
        p = rng.choice(choices)
        f["zh"], f["en"] = p[0], p[1]
        return t
    return None
