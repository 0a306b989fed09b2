"""set98 objects: the hidden truth record of each object, independent of who describes it.

A feature is {"t": type, "zh": Chinese phrase, "en": English phrase or None, "vis": where it shows}
with vis "out" (anyone can see it), "in" (seen once it is opened or turned over: a finder who
registers it carefully sees it) or "hidden" (only the owner knows it).
"""
from set98_world import person, gb11643, imei, digits, LOCAL_REGIONS, COUNTRY_REGIONS, FOREIGN

BANKS = [
    {"name": "工商银行", "en": "ICBC", "prefix": "6222"},
    {"name": "建设银行", "en": "CCB", "prefix": "6217"},
    {"name": "农业银行", "en": "ABC", "prefix": "6228"},
    {"name": "招商银行", "en": "CMB", "prefix": "6214"},
    {"name": "农村信用社", "en": "rural credit union", "prefix": "6230"},
    {"name": "邮政储蓄", "en": "Postal Savings", "prefix": "6210"},
]

# pools of features: type -> [(zh, en), ...]
POOLS = {
    "phone_case": [("透明软壳", "clear soft case"), ("黑色硅胶壳", "black silicone case"),
                   ("印着小熊图案的卡通壳", "case with a cartoon bear"), ("棕色翻盖皮套", "brown flip leather cover"),
                   ("带指环扣的手机壳", "case with a ring holder"), ("带挂绳的手机壳", "case with a lanyard"),
                   ("印着小黄鸭的壳", "case with a yellow duck print"), ("碎花图案的壳", "floral print case"),
                   ("四角加厚的防摔壳", "bumper case with thick corners"), ("没有壳", "no case")],
    "phone_wear": [("屏幕右上角有裂痕", "crack in the top right corner of the screen"),
                   ("后盖有一道划痕", "a scratch on the back"), ("钢化膜碎了", "cracked screen protector"),
                   ("摄像头旁边掉了点漆", "chipped paint beside the camera"), ("屏幕左下角有个小裂纹", "small crack bottom left"),
                   ("边框磕花了", "dented frame")],
    "phone_tuck": [("壳里夹着一张地铁卡", "a metro card tucked in the case"),
                   ("壳里夹着一张50元", "a 50-yuan note tucked in the case"),
                   ("背面贴着小朋友的大头贴", "a child's photo sticker on the back"),
                   ("壳里夹着医院的就诊条", "a hospital queue slip in the case"),
                   ("背面贴着一张\"平安\"贴纸", "a 'ping an' sticker on the back")],
    "lockscreen": [("锁屏是孙女的照片", "lock screen is my granddaughter"), ("锁屏是一只橘猫", "lock screen is an orange cat"),
                   ("壁纸是全家福", "wallpaper is a family photo"), ("锁屏是海边风景", "lock screen is a beach"),
                   ("锁屏是儿子穿校服的照片", "lock screen is my son in school uniform"),
                   ("锁屏是一朵荷花", "lock screen is a lotus flower"), ("锁屏是我老婆和女儿", "lock screen is my wife and daughter")],
    "wallet_out": [("表面有压花", "embossed pattern"), ("拉链头坏了", "broken zip pull"),
                   ("边角磨白了", "worn white corners"), ("金属扣有点生锈", "slightly rusty clasp"),
                   ("挂着一个小铃铛", "a little bell attached"), ("对折款", "bifold"), ("长款带拉链", "long zip-around")],
    "wallet_in": [("一张全家福照片", "a family photo"), ("几张停车票", "some parking tickets"),
                  ("一个平安符", "a paper charm"), ("超市会员卡", "a supermarket card"),
                  ("儿子的小学生证复印件", "a copy of my son's pupil card"), ("一张药店小票", "a pharmacy receipt"),
                  ("几张公交卡充值小票", "transit top-up receipts")],
    "keychain": [("红绳平安扣", "a red cord with a jade ring"), ("粉色小猪公仔", "a pink pig toy"),
                 ("开瓶器", "a bottle opener"), ("指甲钳", "nail clippers"), ("蓝色门禁扣", "a blue door fob"),
                 ("写着\"3栋\"的塑料牌", "a plastic tag saying '3栋'"), ("毛绒小熊", "a plush bear"),
                 ("篮球挂件", "a little basketball"), ("黄铜小葫芦", "a small brass gourd"),
                 ("红色门禁卡", "a red access card"), ("小手电筒", "a mini torch")],
    "keys_n": [("3把钥匙", "3 keys"), ("4把钥匙", "4 keys"), ("5把钥匙", "5 keys"), ("2把钥匙", "2 keys"),
               ("6把钥匙", "6 keys")],
    "keys_use": [("开家门和楼下铁闸的", "for my flat and the downstairs gate"), ("有一把是信箱钥匙", "one is the mailbox key"),
                 ("有一把是档口卷闸的", "one opens my stall shutter"), ("有一把电动车钥匙", "one e-bike key"),
                 ("有一把是单位抽屉的", "one is for my office drawer")],
    "ebike_out": [("后面装了黄色外卖箱", "a yellow delivery box on the back"), ("后面装了蓝色外卖箱", "a blue delivery box on the back"),
                  ("车头有挡风被", "a windshield quilt on the handlebar"), ("车头装了手机支架", "a phone mount on the handlebar"),
                  ("后视镜断了一边", "one mirror broken off"), ("座垫破了用胶布缠着", "seat torn and taped"),
                  ("前面装了儿童座椅", "a child seat in front"), ("踏板上有个泡沫箱", "a foam box on the footboard"),
                  ("车头挂着一件雨衣", "a raincoat hanging on the front")],
    "ebike_hidden": [("电池是48V的", "48V battery"), ("电池是60V的", "60V battery"), ("刚换了后轮胎", "new rear tyre"),
                     ("车里有我的驾驶证复印件", "a copy of my licence under the seat"), ("喇叭不响", "horn does not work")],
    "bike_out": [("前面有车筐", "front basket"), ("后面有儿童座椅", "a child seat on the back"), ("车铃是小鸭子的", "a duck-shaped bell"),
                 ("后挡泥板歪了", "bent rear mudguard"), ("锁着一把U型锁", "locked with a U-lock"), ("车把缠了白色把带", "white bar tape"),
                 ("有两个辅助轮", "two training wheels"), ("座垫套着碎花套", "a floral seat cover")],
    "bag_out": [("挂着一个小熊挂件", "a little bear charm"), ("侧袋插着一个水杯", "a cup in the side pocket"),
                ("包带打了个结", "a knot in the strap"), ("拉链坏了用别针别着", "broken zip held with a safety pin"),
                ("包上别着一个校徽", "a school badge pinned on"), ("包底有点脏", "dirty at the bottom"),
                ("贴着一个反光条", "a reflective strip")],
    "bag_in": [("病历本和CT片", "medical records and CT films"), ("奶瓶和尿不湿", "a feeding bottle and nappies"),
               ("小朋友的换洗衣服", "a child's change of clothes"), ("一个粉色水壶", "a pink water bottle"),
               ("暑假作业", "summer homework"), ("手机充电器", "a phone charger"), ("一把折叠伞", "a folding umbrella"),
               ("降压药", "blood pressure pills"), ("一袋青菜和豆腐", "a bag of greens and tofu"),
               ("几件换洗衣服和毛巾", "clothes and a towel"), ("一个饭盒", "a lunch box"), ("笔记本电脑", "a laptop")],
    "cash_out": [("信封上写着\"住院费\"", "envelope marked 'hospital fee'"), ("红包上印着\"恭喜发财\"", "red packet with 'gong xi fa cai'"),
                 ("用黄色橡皮筋扎着", "held with a yellow rubber band"), ("装在银行的白信封里", "in a white bank envelope"),
                 ("信封上写着\"外婆\"", "envelope marked 'grandma'"), ("装在一个透明胶袋里", "in a clear plastic bag")],
    "cash_notes": [("都是100元的", "all 100s"), ("有100也有50的", "100s and 50s"), ("有几张20和10块", "some 20s and 10s")],
    "jewel_out": [("吊坠是一个观音", "a Guanyin pendant"), ("吊坠是心形的", "a heart pendant"), ("吊坠是貔貅", "a pixiu pendant"),
                  ("挂着两个小铃铛", "two little bells"), ("有一个小葫芦吊坠", "a gourd pendant"), ("链子是麻花款的", "a twisted rope chain"),
                  ("镶着一颗小珍珠", "set with a small pearl")],
    "engrave": [("内圈刻着\"LY\"", "'LY' engraved inside"), ("背面刻着\"长命百岁\"", "'chang ming bai sui' on the back"),
                ("内圈刻着\"平安\"", "'ping an' engraved inside"), ("刻着一个\"福\"字", "a 'fu' character engraved"),
                ("刻着\"2019.5.20\"", "'2019.5.20' engraved")],
    "jewel_hidden": [("大概12克", "about 12 grams"), ("大概20克", "about 20 grams"), ("大概8克", "about 8 grams"),
                     ("是结婚时买的", "bought for our wedding"), ("是外婆留下的", "my grandmother's"),
                     ("发票还在家里", "I still have the receipt")],
    "ear_out": [("盒子上贴了一个小恐龙贴纸", "a dinosaur sticker on the case"), ("盒子有划痕", "scratched case"),
                ("套着一个硅胶保护套", "in a silicone cover"), ("保护套上挂着小钥匙扣", "a tiny keyring on the cover"),
                ("左耳那只有点发黄", "the left bud is yellowed")],
    "watch_out": [("表带是蓝色的", "blue strap"), ("表带是粉色的", "pink strap"), ("屏幕贴了膜", "screen protector"),
                  ("表带上贴了名字贴", "a name sticker on the strap"), ("表壳有磕痕", "a dent on the case")],
    "watch_hidden": [("绑定的是妈妈的号码", "paired to mum's number"), ("通讯录里只有家人", "only family in contacts"),
                     ("表盘是一只恐龙", "a dinosaur watch face"), ("设置了上课禁用", "class mode set")],
    "dev_out": [("装在一个灰色收纳袋里", "in a grey pouch"), ("套着透明保护壳", "in a clear case"), ("带着一根白色数据线", "with a white cable"),
                ("外壳有磕碰", "dinged casing"), ("贴着一张姓名贴", "a name label on it"), ("背面有一道划痕", "a scratch on the back")],
    "dev_hidden": [("开机密码是孩子生日", "password is my kid's birthday"), ("里面有很多孩子的照片", "full of my kids' photos"),
                   ("电量不多了", "nearly flat"), ("登录的是我女儿的账号", "logged in to my daughter's account")],
    "other_out": [("上面贴着名字贴", "a name sticker on it"), ("有一点掉漆", "a bit of chipped paint"),
                  ("挂着一根绳子", "a cord attached"), ("有点旧了", "quite old"), ("装在一个布袋里", "in a cloth bag"),
                  ("上面画了一朵小花", "a little flower drawn on it")],
}


def feat(rng, t, vis, exclude=()):
    pool = [p for p in POOLS[t] if p[0] not in exclude]
    zh, en = rng.choice(pool)
    return {"t": t, "zh": zh, "en": en, "vis": vis}


def _name(rng, voice):
    if voice == "foreign":
        return rng.choice(FOREIGN)
    if voice == "parent":
        return person(rng, "kid")
    return person(rng)


PHONE_MODELS = {
    "华为": ["nova 11 Lite", "畅享 60X", "Mate 50E", "nova 10", "麦芒 12"],
    "苹果": ["iPhone 13", "iPhone 14 Plus", "iPhone 12 mini", "iPhone 15", "iPhone 11"],
    "小米": ["Redmi Note 12T", "红米 K60", "小米 13", "Redmi 12C"],
    "OPPO": ["Reno 10", "A58", "A1 Pro", "Reno 8T"],
    "vivo": ["Y78", "S17e", "iQOO Z7", "Y36"],
    "荣耀": ["X50", "Play 7T", "90 GT", "X40i"],
    "三星": ["Galaxy A54", "Galaxy S22", "Galaxy A34"],
}


def new_phone(rng, voice, brand=None, color=None):
    if voice == "elderly" and rng.random() < 0.35:
        b = brand or rng.choice(["华为", "小米", "vivo"])
        kind, kind_en, model = "老人机", "basic phone", None
    else:
        b = brand or rng.choice(sorted(PHONE_MODELS))
        kind, kind_en, model = "手机", "phone", rng.choice(PHONE_MODELS[b])
    c = color or rng.choice(["黑", "黑", "白", "银", "蓝", "金", "紫", "绿", "灰", "粉"])
    f = [feat(rng, "phone_case", "out")]
    if rng.random() < 0.6:
        f.append(feat(rng, "phone_wear", "out"))
    if rng.random() < 0.45:
        tuck = feat(rng, "phone_tuck", "in")
        if "贴" in tuck["zh"]:
            tuck["vis"] = "out"
        f.append(tuck)
    f.append(feat(rng, "lockscreen", "hidden"))
    return {"cat": "phone", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": model,
            "serial": {"t": "imei", "v": imei(rng)}, "feats": f, "name": None, "printed": False, "cash": None}


def new_id_doc(rng, voice, name=None, sub=None, color=None, brand=None):
    if voice == "foreign":
        sub = sub or "passport"
    if voice == "parent":
        sub = sub or rng.choice(["camp", "medcard", "id", "medcard"])
    if voice == "visitor":
        sub = sub or rng.choice(["id", "id", "medcard", "social"])
    if voice == "elderly":
        sub = sub or rng.choice(["id", "social", "social"])
    sub = sub or rng.choice(["id", "id", "driver", "social"])
    f = []
    nm = name or _name(rng, voice if sub != "id" or voice != "parent" else "adult")
    holder = {"t": "holder", "vis": "out"}
    want_color = color
    holder_pool = [("装在透明卡套里", "in a clear card sleeve"), ("套着蓝色卡套", "in a blue card holder"),
                   ("挂着一根黄色挂绳", "on a yellow lanyard"), ("没有套", "no cover")]
    hz, he = rng.choice(holder_pool)
    holder.update({"zh": hz, "en": he})
    color = None
    if sub == "id":
        region = rng.choice(COUNTRY_REGIONS if voice == "visitor" else LOCAL_REGIONS + COUNTRY_REGIONS[:2])
        yl, yh = (1945, 1975) if voice in ("elderly", "visitor") else (1975, 2003)
        ser = {"t": "id", "v": gb11643(rng, region, yl, yh)}
        kind, kind_en = "身份证", "ID card"
    elif sub == "passport":
        ser = {"t": "passport", "v": rng.choice("PKXC") + digits(rng, 8)}
        kind, kind_en = "护照", "passport"
        color = rng.choice(["深蓝", "红", "绿", "黑"])
    elif sub == "camp":
        ser = {"t": "student", "v": rng.choice(["DX", "GX"]) + "2025" + digits(rng, 4)}
        kind, kind_en = "夏令营营员证", "day-camp pass"
        color = rng.choice(["黄", "蓝", "绿"])
        f.append({"t": "camp", "zh": "背面写着家长电话", "en": "parent's phone on the back", "vis": "in"})
    elif sub == "medcard":
        ser = {"t": "medcard", "v": "JZ" + digits(rng, 8)}
        kind, kind_en = "儿童医院就诊卡", "hospital patient card"
        color = "蓝"
    elif sub == "social":
        region = rng.choice(COUNTRY_REGIONS if voice == "visitor" else LOCAL_REGIONS)
        ser = {"t": "id", "v": gb11643(rng, region, 1940, 1970)}
        kind, kind_en = "社保卡", "social security card"
    else:
        region = rng.choice(LOCAL_REGIONS)
        ser = {"t": "id", "v": gb11643(rng, region, 1970, 2000)}
        kind, kind_en = "驾驶证", "driving licence"
        color = "黑"
    f.insert(0, holder)
    if want_color:
        color = want_color
    return {"cat": "id_doc", "kind": kind, "kind_en": kind_en, "color": color, "brand": None, "model": None,
            "serial": ser, "feats": f, "name": nm, "printed": True, "cash": None, "sub": sub}


def new_wallet(rng, voice, brand=None, color=None):
    kinds = [("钱包", "wallet"), ("长款钱包", "long wallet"), ("短款钱包", "short wallet"), ("卡包", "card holder"),
             ("零钱包", "coin purse")]
    kind, kind_en = rng.choice(kinds)
    b = brand if brand is not None else (rng.choice(["七匹狼", "金利来", "蔻驰", None, None]))
    c = color or rng.choice(["黑", "黑", "棕", "红", "粉", "深蓝", "灰"])
    cash = rng.choice([0, 35, 120, 260, 480, 650, 1300, 86, 2000]) if kind != "卡包" else 0
    bank = rng.choice(BANKS)
    f = [feat(rng, "wallet_out", "out")]
    f.append({"t": "card", "zh": "一张%s卡" % bank["name"], "en": "a %s card" % bank["en"], "vis": "in", "bank": bank})
    if rng.random() < 0.55:
        f.append(feat(rng, "wallet_in", "in"))
    nm = person(rng) if voice != "foreign" else rng.choice(FOREIGN)
    has_id = voice not in ("foreign",) and rng.random() < 0.45
    obj = {"cat": "wallet", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": None,
           "serial": {"t": "card", "v": digits(rng, 4), "bank": bank}, "feats": f, "name": nm,
           "printed": has_id, "cash": cash}
    if has_id:
        obj["id_in"] = gb11643(rng, rng.choice(LOCAL_REGIONS + COUNTRY_REGIONS), 1950, 2000)
    return obj


def new_keys(rng, voice, brand=None, color=None):
    r = rng.random()
    f = []
    if r < 0.25 or brand in ("丰田", "比亚迪", "本田"):
        b = brand or rng.choice(["丰田", "比亚迪", "本田"])
        kind, kind_en = "车钥匙", "car key"
        c = color or "黑"
        f.append(feat(rng, "keychain", "out"))
    elif r < 0.4 or brand in ("雅迪", "爱玛", "台铃"):
        b = brand or rng.choice(["雅迪", "爱玛", "台铃"])
        kind, kind_en = "电动车钥匙", "e-bike key"
        c = color or rng.choice(["黑", "红", "蓝"])
        f.append(feat(rng, "keychain", "out"))
    else:
        b = None
        kind, kind_en = "钥匙", "bunch of keys"
        c = color or rng.choice(["银", "金", "银", "红"])
        f.append(feat(rng, "keys_n", "out"))
        f.append(feat(rng, "keychain", "out"))
        if rng.random() < 0.5:
            f.append(feat(rng, "keychain", "out", exclude=[f[-1]["zh"]]))
    f.append(feat(rng, "keys_use", "hidden"))
    ser = None
    if rng.random() < 0.2:
        ser = {"t": "fob", "v": "门禁卡号" + digits(rng, 6)}
    return {"cat": "keys", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": None,
            "serial": ser, "feats": f, "name": None, "printed": False, "cash": None}


EBIKE_MODELS = {"雅迪": ["冠能E8", "欧睿M5", "DE3"], "爱玛": ["麦MA", "小蜜豆", "A500"], "台铃": ["超能S", "狮子王"],
                "小牛": ["G2", "UQi+", "F0"], "新日": ["XC3", "Q7"]}


def new_ebike(rng, voice, brand=None, color=None):
    b = brand or rng.choice(sorted(EBIKE_MODELS))
    model = rng.choice(EBIKE_MODELS[b]) if rng.random() < 0.7 else None
    c = color or rng.choice(["黑", "白", "灰", "蓝", "红", "黄", "绿"])
    f = [feat(rng, "ebike_out", "out")]
    if rng.random() < 0.6:
        f.append(feat(rng, "ebike_out", "out", exclude=[f[0]["zh"]]))
    f.append(feat(rng, "ebike_hidden", "hidden"))
    plate = "湾" + rng.choice("ABCD") + digits(rng, 5)
    frame = rng.choice(["YD", "AM", "TL", "NU", "XR"]) + digits(rng, 2) + rng.choice("ABCKM") + digits(rng, 6)
    f.append({"t": "frame", "zh": "车架号" + frame, "en": "frame no. " + frame, "vis": "in", "v": frame})
    kind = "电动车" if rng.random() < 0.7 else "电瓶车"
    return {"cat": "ebike", "kind": kind, "kind_en": "e-bike", "color": c, "brand": b, "model": model,
            "serial": {"t": "plate", "v": plate}, "feats": f, "name": None, "printed": False, "cash": None}


def new_bicycle(rng, voice, brand=None, color=None):
    kid = voice == "parent" and rng.random() < 0.6
    b = brand or rng.choice(["捷安特", "永久", "凤凰", "迪卡侬", None])
    model = None
    if b == "捷安特" and rng.random() < 0.5:
        model = rng.choice(["ATX 660", "Escape 2", "FCR 3300"])
    c = color or rng.choice(["黑", "白", "蓝", "红", "绿", "粉" if kid else "灰"])
    f = [feat(rng, "bike_out", "out")]
    if kid:
        f.append({"t": "kidbike", "zh": "16寸儿童车", "en": "16-inch kids' bike", "vis": "out"})
    if rng.random() < 0.5:
        f.append(feat(rng, "bike_out", "out", exclude=[f[0]["zh"]]))
    frame = rng.choice(["WB", "GT", "FJ", "YJ"]) + digits(rng, 2) + rng.choice("KMHT") + digits(rng, 5)
    return {"cat": "bicycle", "kind": "儿童自行车" if kid else "自行车", "kind_en": "kids' bike" if kid else "bicycle",
            "color": c, "brand": b, "model": model, "serial": {"t": "frame", "v": frame}, "feats": f,
            "name": None, "printed": False, "cash": None}


def new_bag(rng, voice, brand=None, color=None):
    opts = {"parent": [("书包", "school bag"), ("妈咪包", "nappy bag"), ("双肩包", "backpack")],
            "rider": [("腰包", "waist bag"), ("斜挎包", "crossbody bag")],
            "elderly": [("买菜的环保袋", "shopping bag"), ("手提包", "handbag"), ("布袋", "cloth bag")],
            "visitor": [("编织袋", "woven sack"), ("双肩包", "backpack"), ("手提包", "handbag")],
            "diner": [("斜挎包", "crossbody bag"), ("双肩包", "backpack"), ("手提包", "handbag")],
            "foreign": [("双肩包", "backpack"), ("帆布袋", "tote bag"), ("斜挎包", "crossbody bag")]}
    kind, kind_en = rng.choice(opts.get(voice, opts["diner"]))
    b = brand if brand is not None else (rng.choice(["迪卡侬", "耐克", "小米", None, None]) if kind in ("双肩包", "书包", "斜挎包", "腰包") else None)
    c = color or rng.choice(["黑", "蓝", "灰", "粉", "红", "绿", "黄", "深蓝", "白"])
    f = [feat(rng, "bag_out", "out")]
    incont = {"parent": ["奶瓶和尿不湿", "小朋友的换洗衣服", "暑假作业", "一个粉色水壶", "一个饭盒"],
              "visitor": ["病历本和CT片", "几件换洗衣服和毛巾", "降压药", "手机充电器"],
              "elderly": ["一袋青菜和豆腐", "降压药", "一把折叠伞"],
              "rider": ["手机充电器", "一把折叠伞"]}.get(voice)
    pool = [p for p in POOLS["bag_in"] if incont is None or p[0] in incont]
    zh, en = rng.choice(pool)
    f.append({"t": "bag_in", "zh": zh, "en": en, "vis": "in"})
    if rng.random() < 0.5:
        zh2, en2 = rng.choice([p for p in POOLS["bag_in"] if p[0] != zh and (incont is None or p[0] in incont)] or [(zh, en)])
        if zh2 != zh:
            f.append({"t": "bag_in", "zh": zh2, "en": en2, "vis": "in"})
    nm = None
    printed = False
    if kind == "书包" or (voice == "parent" and rng.random() < 0.4):
        nm = person(rng, "kid")
        printed = True
        f.append({"t": "nametag", "zh": "包上缝着写了名字的布标", "en": "a name label sewn on", "vis": "out"})
    return {"cat": "bag", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": None,
            "serial": None, "feats": f, "name": nm, "printed": printed, "cash": None}


def new_cash(rng, voice, color=None, **_):
    kinds = [("红包", "red packet", "红"), ("牛皮纸信封", "brown envelope", "棕"), ("一叠现金", "roll of cash", None),
             ("银行信封", "bank envelope", "白")]
    if color:
        kinds = [k for k in kinds if k[2] == color] or kinds
    kind, kind_en, c = rng.choice(kinds)
    amount = rng.choice([200, 500, 600, 800, 1000, 1200, 1500, 2000, 3000, 3600, 5000])
    f = [feat(rng, "cash_out", "out"), feat(rng, "cash_notes", "in")]
    return {"cat": "cash", "kind": kind, "kind_en": kind_en, "color": c, "brand": None, "model": None,
            "serial": None, "feats": f, "name": None, "printed": False, "cash": amount}


def new_jewelry(rng, voice, brand=None, color=None):
    kinds = [("金项链", "gold necklace", "金"), ("金手镯", "gold bangle", "金"), ("玉镯", "jade bangle", "绿"),
             ("宝宝银手镯", "baby's silver bangle", "银"), ("金戒指", "gold ring", "金"), ("珍珠耳环", "pearl earrings", "白"),
             ("长命锁", "longevity lock pendant", "金"), ("银手链", "silver bracelet", "银")]
    kind, kind_en, c = rng.choice(kinds)
    if color:
        c = color
    b = brand if brand is not None else rng.choice(["周大福", "老凤祥", "六福", "周生生", None])
    allowed = {"金项链": ["吊坠是一个观音", "吊坠是心形的", "吊坠是貔貅", "链子是麻花款的", "有一个小葫芦吊坠"],
               "长命锁": ["挂着两个小铃铛", "链子是麻花款的"],
               "金手镯": ["挂着两个小铃铛", "有一个小葫芦吊坠", "镶着一颗小珍珠"],
               "玉镯": ["镶着一颗小珍珠", "有一个小葫芦吊坠"],
               "宝宝银手镯": ["挂着两个小铃铛", "有一个小葫芦吊坠"],
               "银手链": ["挂着两个小铃铛", "有一个小葫芦吊坠", "链子是麻花款的", "吊坠是心形的"],
               "金戒指": ["镶着一颗小珍珠"], "珍珠耳环": ["镶着一颗小珍珠"]}[kind]
    f = [feat(rng, "jewel_out", "out", exclude=[z for z, _ in POOLS["jewel_out"] if z not in allowed])]
    if kind in ("金戒指", "长命锁", "金手镯", "宝宝银手镯") and rng.random() < 0.7:
        f.append(feat(rng, "engrave", "in"))
    hid_ex = [] if c == "金" else ["大概12克", "大概20克", "大概8克"]
    f.append(feat(rng, "jewel_hidden", "hidden", exclude=hid_ex))
    return {"cat": "jewelry", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": None,
            "serial": None, "feats": f, "name": None, "printed": False, "cash": None}


ELEC = [
    ("蓝牙耳机", "earbuds", ["苹果", "华为", "小米"], {"苹果": ["AirPods Pro 2", "AirPods 3"], "华为": ["FreeBuds 5i", "FreeBuds SE 2"], "小米": ["Redmi Buds 4"]}, ["白", "黑"], "ear_out"),
    ("充电宝", "power bank", ["小米", "罗马仕", "安克"], {"小米": ["20000mAh 快充版"], "罗马仕": ["PSW20", "Sense 6F"], "安克": ["PowerCore 10000"]}, ["白", "黑", "蓝"], "dev_out"),
    ("儿童电话手表", "kids' smartwatch", ["小天才", "华为"], {"小天才": ["Z9", "Q2A", "D3"], "华为": ["儿童手表 5X"]}, ["蓝", "粉", "黑"], "watch_out"),
    ("平板电脑", "tablet", ["苹果", "华为", "小米"], {"苹果": ["iPad 第9代", "iPad Air"], "华为": ["MatePad 11", "MatePad SE"], "小米": ["Pad 6"]}, ["灰", "银", "金"], "dev_out"),
    ("相机", "camera", ["佳能", "索尼"], {"佳能": ["EOS M50", "PowerShot G7X"], "索尼": ["ZV-1", "A6400"]}, ["黑", "银"], "dev_out"),
    ("学习机", "learning tablet", ["步步高"], {"步步高": ["S6", "家教机 S5"]}, ["白", "蓝"], "dev_out"),
    ("游戏机", "game console", ["任天堂"], {"任天堂": ["Switch", "Switch Lite"]}, ["红", "灰", "黄"], "dev_out"),
]


def new_electronics(rng, voice, brand=None, color=None, sub=None):
    cands = ELEC
    if voice == "parent":
        cands = [e for e in ELEC if e[0] in ("儿童电话手表", "学习机", "平板电脑", "游戏机", "蓝牙耳机")]
    elif voice in ("rider", "elderly", "visitor"):
        cands = [e for e in ELEC if e[0] in ("充电宝", "蓝牙耳机", "平板电脑")]
    if sub:
        cands = [e for e in ELEC if e[0] == sub]
    if brand:
        cands = [e for e in cands if brand in e[2]] or [e for e in ELEC if brand in e[2]]
    kind, kind_en, brands, models, colors, outpool = rng.choice(cands)
    b = brand if brand in brands else rng.choice(brands)
    model = rng.choice(models[b]) if rng.random() < 0.75 else None
    c = color or rng.choice(colors)
    f = [feat(rng, outpool, "out")]
    ser = None
    if kind == "儿童电话手表":
        f.append(feat(rng, "watch_hidden", "hidden"))
    elif kind in ("平板电脑", "学习机", "游戏机", "相机"):
        f.append(feat(rng, "dev_hidden", "hidden"))
        if rng.random() < 0.6:
            ser = {"t": "sn", "v": rng.choice(["SN", "S/N "]) + rng.choice("DFGHK") + digits(rng, 3) + rng.choice("ABCXYZ") + digits(rng, 6)}
    elif kind == "蓝牙耳机" and rng.random() < 0.4:
        ser = {"t": "sn", "v": "SN " + rng.choice("GHJ") + digits(rng, 2) + rng.choice("KLMN") + digits(rng, 7)}
    nm = None
    printed = False
    if kind in ("儿童电话手表", "学习机") and voice == "parent":
        nm = person(rng, "kid")
        printed = rng.random() < 0.5
    return {"cat": "electronics", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": model,
            "serial": ser, "feats": f, "name": nm, "printed": printed, "cash": None}


OTHER = [
    ("雨伞", "umbrella", ["天堂伞", None], ["黑", "蓝", "红", "紫"], "voice_any"),
    ("保温杯", "thermos flask", ["膳魔师", "象印", None], ["黑", "白", "粉", "蓝", "银"], "voice_any"),
    ("儿童水壶", "kids' water bottle", ["膳魔师", "象印", None], ["粉", "蓝", "黄", "绿"], "parent"),
    ("老花镜", "reading glasses", [None], ["棕", "黑", "金"], "elderly"),
    ("外卖头盔", "delivery helmet", [None], ["黄", "蓝", "白"], "rider"),
    ("舞蹈扇", "pair of dance fans", [None], ["红", "粉"], "elderly"),
    ("拐杖", "walking stick", [None], ["棕", "黑", "银"], "elderly"),
    ("玩具机器人", "toy robot", [None], ["蓝", "红", "黄"], "parent"),
    ("X光片袋", "bag of X-ray films", [None], ["白", "蓝"], "visitor"),
    ("手表", "wristwatch", ["卡西欧", None], ["黑", "银", "金"], "voice_any"),
    ("鸭舌帽", "cap", ["耐克", None], ["黑", "白", "深蓝"], "voice_any"),
]


def new_other(rng, voice, brand=None, color=None, sub=None):
    cands = [o for o in OTHER if o[4] in (voice, "voice_any")]
    if sub:
        cands = [o for o in OTHER if o[0] == sub]
    if brand:
        cands = [o for o in cands if brand in o[2]] or [o for o in OTHER if brand in o[2]]
    kind, kind_en, brands, colors, _ = rng.choice(cands)
    b = brand if brand in brands else rng.choice(brands)
    c = color or rng.choice(colors)
    f = [feat(rng, "other_out", "out")]
    nm = None
    printed = False
    if f[0]["zh"] == "上面贴着名字贴" or kind in ("儿童水壶", "X光片袋"):
        nm = person(rng, "kid" if voice == "parent" or kind == "儿童水壶" else "adult")
        printed = True
    if kind == "X光片袋":
        f.append({"t": "xray", "zh": "袋上印着\"南湾市儿童医院放射科\"", "en": "printed with the hospital radiology name", "vis": "out"})
    return {"cat": "other", "kind": kind, "kind_en": kind_en, "color": c, "brand": b, "model": None,
            "serial": None, "feats": f, "name": nm, "printed": printed, "cash": None}


MAKERS = {"phone": new_phone, "id_doc": new_id_doc, "wallet": new_wallet, "keys": new_keys, "ebike": new_ebike,
          "bicycle": new_bicycle, "bag": new_bag, "cash": new_cash, "jewelry": new_jewelry,
          "electronics": new_electronics, "other": new_other}


def new_object(rng, cat, voice, **kw):
    return MAKERS[cat](rng, voice, **kw)
