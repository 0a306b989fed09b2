"""Object catalogue of set83, part 1: brands, and phones, wallets, documents, keys, e-bikes, bicycles.

Part of the generator for set83. Brand names are the common ones a desk sees (the issue itself
quotes 华为/HUAWEI and 苹果/iPhone); every model name here is invented for this set.

A mark value is V("owner words|alt##finder words|alt", english, pinyin); without "##" both sides
use the same words. vis: "out" = seen from outside, "in" = seen when opened / switched on,
"owner" = only the owner knows it.
"""


def V(zh, en=None, py=None):
    if "##" in zh:
        o, f = zh.split("##")
    else:
        o = f = zh
    return {"o": o.split("|"), "f": f.split("|"), "en": en, "py": py}


# key: (chinese, [latin spellings], pinyin, [typos seen on real forms])
BRANDS = {
    "huawei": ("华为", ["HUAWEI", "Huawei"], "huawei", ["华伟", "花为"]),
    "apple": ("苹果", ["Apple", "APPLE"], "pingguo", ["平果", "苹果牌"]),
    "xiaomi": ("小米", ["Xiaomi", "MI"], "xiaomi", ["小咪"]),
    "redmi": ("红米", ["Redmi"], "hongmi", ["洪米"]),
    "oppo": ("OPPO", ["OPPO", "oppo"], "oppo", ["欧泊", "欧珀"]),
    "vivo": ("vivo", ["VIVO", "vivo"], "vivo", ["维沃", "步步高vivo"]),
    "honor": ("荣耀", ["HONOR", "Honor"], "rongyao", ["荣躍", "荣曜"]),
    "samsung": ("三星", ["Samsung", "SAMSUNG"], "sanxing", ["三心"]),
    "septwolves": ("七匹狼", ["SEPTWOLVES"], "qipilang", ["七匹郎"]),
    "goldlion": ("金利来", ["Goldlion"], "jinlilai", ["金力来"]),
    "coach": ("蔻驰", ["COACH", "Coach"], "kouchi", ["寇驰", "扣驰"]),
    "woodpecker": ("啄木鸟", ["woodpecker"], "zhuomuniao", ["琢木鸟"]),
    "yadea": ("雅迪", ["Yadea", "YADEA"], "yadi", ["亚迪", "雅迪牌"]),
    "aima": ("爱玛", ["AIMA", "Aima"], "aima", ["艾玛", "爱马"]),
    "tailg": ("台铃", ["TAILG", "Tailg"], "tailing", ["台玲", "台零"]),
    "luyuan": ("绿源", ["LUYUAN", "Luyuan"], "lvyuan", ["绿园"]),
    "sunra": ("新日", ["SUNRA", "Sunra"], "xinri", ["新日牌"]),
    "niu": ("小牛", ["NIU", "niu"], "xiaoniu", ["小牛电动"]),
    "jinpeng": ("金彭", ["JINPENG"], "jinpeng", ["金鹏", "金朋"]),
    "zongshen": ("宗申", ["ZONGSHEN"], "zongshen", ["宗深"]),
    "giant": ("捷安特", ["GIANT", "Giant"], "jieante", ["捷安持", "杰安特"]),
    "merida": ("美利达", ["MERIDA", "Merida"], "meilida", ["美力达"]),
    "forever": ("永久", ["FOREVER", "Forever"], "yongjiu", ["永久牌"]),
    "phoenix": ("凤凰", ["PHOENIX", "Phoenix"], "fenghuang", ["凤凰牌"]),
    "xds": ("喜德盛", ["XDS"], "xidesheng", ["喜得盛"]),
    "goodbaby": ("好孩子", ["gb", "goodbaby"], "haohaizi", ["好孩纸"]),
    "vw": ("大众", ["VW", "Volkswagen"], "dazhong", ["大众牌"]),
    "byd": ("比亚迪", ["BYD"], "biyadi", ["比亚笛"]),
    "wuling": ("五菱", ["Wuling", "WULING"], "wuling", ["五凌"]),
    "toyota": ("丰田", ["Toyota", "TOYOTA"], "fengtian", ["丰天"]),
}

# --- phones ------------------------------------------------------------------
PHONE_MODELS = {
    "huawei": ["Mate 58 RS", "nova 13 Sea", "畅享 T8 Plus"], "apple": ["iPhone 13 Lite", "iPhone 15 Mini", "iPhone 12 Max"],
    "xiaomi": ["小米 14 Tide", "Civi 5 Sea"], "redmi": ["Redmi Note 12 Tide", "Redmi K80 Sea"],
    "oppo": ["Reno 13 Sea", "A2 Tide"], "vivo": ["Y78 Sea", "X200 Tide"], "honor": ["荣耀 Play 9 Sea", "X60 Tide"],
    "samsung": ["Galaxy A58 Sea"],
}

SLOTS = {
    "case": ("out", [
        V("套着透明软壳|透明手机壳", "in a clear soft case", "tou ming ke"),
        V("黑色硅胶壳|套的黑硅胶壳", "black silicone case", "hei se gui jiao ke"),
        V("手机壳是蜡笔小新的|蜡笔小新卡通壳##卡通手机壳（蜡笔小新图案）", "Crayon Shin-chan cartoon case", "la bi xiao xin ke"),
        V("带翻盖的皮套|翻盖皮套", "flip leather cover", "fan gai pi tao"),
        V("防摔壳，背面带指环扣|防摔壳带指环支架", "rugged case with a ring holder", "zhi huan kou"),
        V("装在防水手机袋里，带挂绳|套着透明防水袋", "in a waterproof pouch with lanyard", "fang shui dai"),
        V("磨砂蓝色壳|蓝色磨砂手机壳", "frosted blue case", "lan se mo sha ke"),
        V("没带壳，裸机##无手机壳", "no case", "mei tao ke"),
    ]),
    "screen": ("out", [
        V("屏幕左上角碎了|左上角屏幕摔裂了", "screen cracked at top left", "ping mu zuo shang jiao sui le"),
        V("屏幕有一道裂纹从中间斜过去|屏幕中间有条斜裂纹", "a crack across the middle of the screen", "ping mu you lie wen"),
        V("贴了钢化膜，膜边上翘起来了|钢化膜边缘翘起", "screen protector peeling at the edge", None),
        V("后盖摔花了|后盖有摔痕", "back scuffed from a fall", "hou gai shuai hua le"),
        V("右下角磕掉一块漆|右下角掉漆", "paint chipped at bottom right", None),
    ]),
    "sticker": ("out", [
        V("背面贴着海绵宝宝贴纸|后面有个海绵宝宝贴画", "SpongeBob sticker on the back", "hai mian bao bao tie zhi"),
        V("壳后面贴了个船锚贴纸|背面有船锚贴纸", "an anchor sticker on the back", "chuan mao tie zhi"),
        V("后面夹着一张公交卡|壳里夹着公交卡", "a bus card tucked behind the case", "jia zhe gong jiao ka"),
        V("壳背后贴着小孩的大头贴##背面贴有儿童大头贴", "a child's photo sticker on the back", "da tou tie"),
        V("背面贴着“开海大吉”红贴纸|后面有开海大吉的贴纸", "a red 'good catch' sticker on the back", None),
        V("背面贴着小猪佩奇贴纸|有个佩奇贴纸", "a Peppa Pig sticker on the back", "pei qi tie zhi"),
    ]),
    "lock": ("in", [
        V("锁屏是我闺女的照片|锁屏是我女儿照片##锁屏是一个小女孩的照片|锁屏壁纸为小女孩照片",
          "lock screen: a photo of a little girl", "suo ping shi nv er zhao pian"),
        V("锁屏是我儿子照片|锁屏是俺孙子##锁屏是一个小男孩照片|锁屏壁纸为男童照片",
          "lock screen: a little boy", "suo ping shi er zi"),
        V("锁屏是俺家的船|屏保是我家渔船的照片##锁屏是一条渔船的照片|锁屏为渔船图片",
          "lock screen: a fishing boat", "suo ping shi yu chuan"),
        V("锁屏是海上日落|锁屏是夕阳海景", "lock screen: sunset over the sea", "suo ping shi ri luo"),
        V("锁屏是我家大黄，一条黄狗##锁屏是一条黄狗|锁屏壁纸为黄色土狗", "lock screen: a yellow dog", "suo ping shi huang gou"),
        V("锁屏是我们全家福##锁屏是一张全家福", "lock screen: a family photo", "suo ping quan jia fu"),
        V("锁屏是海贼王路飞|锁屏是动漫人物##锁屏为动漫人物（海贼王）", "lock screen: One Piece anime", "suo ping hai zei wang"),
        V("锁屏是我和老公的结婚照##锁屏是一对新人的婚纱照", "lock screen: a wedding photo", "suo ping jie hun zhao"),
    ]),
    "phone_own": ("owner", [
        V("手机号尾号{d4}|我的号码后四位{d4}", "my number ends in {d4}", "shou ji hao wei hao {d4}"),
        V("开机密码是我生日", "passcode is my birthday", None),
        V("里面有卖鱼的账|微信里有鱼市的货款记录", "it has my sales records", None),
        V("刚买了不到一个月", "bought less than a month ago", "gang mai de"),
        V("电量不多了，估计已经关机了", "battery was low, probably off now", "mei dian le"),
    ]),
    # wallets
    "wwear": ("out", [
        V("边角磨白了|边上皮磨破了##边角有磨损", "worn corners", "bian jiao mo po le"),
        V("拉链头掉了|拉链头坏了##拉链头缺失", "zip pull missing", "la lian huai le"),
        V("正面有一道划痕|正面划了一道", "a scratch on the front", None),
        V("按扣松了合不严|扣子松了", "press stud loose", "kou zi song le"),
        V("皮子沾了鱼腥味|有股鱼腥味", "smells of fish", "you yu xing wei"),
    ]),
    "wphoto": ("in", [
        V("里面有一张我儿子的一寸照##内有一张男孩一寸照片", "a passport photo of a boy inside", "er zi zhao pian"),
        V("夹层里有张结婚照##夹层有一张婚纱照", "a wedding photo in the fold", "jie hun zhao"),
        V("里面有张俺娘的老照片##内有一张老年妇女黑白照片", "an old black-and-white photo of a woman", "lao zhao pian"),
        V("透明窗里是小孩的照片##透明插袋内有儿童照片", "a child's photo in the window", "xiao hai zhao pian"),
    ]),
    "wpaper": ("in", [
        V("有几张鱼市收购单|夹着鱼市的收购单##内有鱼市场收购单数张", "some fish market receipts", "yu shi shou gou dan"),
        V("有张加油站小票##内有加油站小票一张", "a petrol station receipt", None),
        V("有一张渔家乐名片##内有渔家乐名片", "a homestay business card", "yu jia le ming pian"),
        V("有两张去大鹭岛的船票票根##内有大鹭岛船票票根两张", "two ferry ticket stubs", "chuan piao piao gen"),
        V("夹着一个叠成三角的平安符##内有三角形黄纸符一个", "a folded paper charm", "ping an fu"),
        V("有张超市会员卡|还有海港超市的会员卡##内有海港超市会员卡", "a supermarket member card", "hui yuan ka"),
    ]),
    # documents
    "sleeve": ("out", [
        V("装在透明卡套里|套着透明卡套", "in a clear card sleeve", "tou ming ka tao"),
        V("套着蓝色卡套，挂绳是红的##蓝色卡套，红色挂绳", "blue sleeve on a red lanyard", "lan ka tao hong gua sheng"),
        V("跟一把钥匙用皮筋绑着##与一把钥匙用橡皮筋捆在一起", "tied to a key with a rubber band", "gen yao shi bang zhe"),
        V("卡面有点磨花了|卡面磨损", "the card surface is worn", None),
        V("装在一个小塑料袋里|用小自封袋装着", "in a small zip bag", "su liao dai li"),
    ]),
    # keys
    "float": ("out", [
        V("拴着个泡沫浮球，防掉海里那种|挂着一个泡沫浮球##系有泡沫浮球一个", "tied to a foam float", "shuan zhe fu qiu"),
        V("挂着一个渔网上拆下来的塑料浮子##挂有渔网塑料浮子一个", "a net float from a fishing net", "yu wang fu zi"),
        V("带个软木浮漂|挂着软木塞浮漂##挂有软木浮漂", "a cork float", "ruan mu fu piao"),
    ]),
    "fob": ("out", [
        V("挂着一个小海豚挂件|有个海豚挂件", "a little dolphin charm", "hai tun gua jian"),
        V("挂着平安符|拴着个平安符", "a good-luck charm", "ping an fu"),
        V("拴着红绳|钥匙圈上系着红绳", "a red string", "hong sheng"),
        V("带个开瓶器|挂着开瓶器", "a bottle opener", "kai ping qi"),
        V("挂着指甲刀|还有一把指甲刀", "a nail clipper", "zhi jia dao"),
        V("挂件是个小铜鱼|挂着个铜鱼", "a small brass fish", "tong yu"),
        V("挂着一个奥特曼小公仔|有个奥特曼挂件", "a little Ultraman figure", "ao te man"),
        V("带一个迷你手电筒|挂着小手电", "a mini torch", "xiao shou dian"),
    ]),
    "kcount": ("out", [V("一共{k}把钥匙|{k}把钥匙##钥匙{k}把", "{k} keys", "{k} ba yao shi")]),
    "ktag": ("out", [
        V("钥匙上贴着胶布写着“{nick}”##胶布上写“{nick}”", "tape on it reading '{nick}'", None),
        V("挂着小木牌写着“{nick}”##木牌上写“{nick}”", "a wooden tag reading '{nick}'", None),
        V("还有一张蓝色门禁卡|带一个蓝色门禁扣##附蓝色门禁卡一张", "a blue access fob", "men jin ka"),
    ]),
    "kown": ("owner", [
        V("是船上驾驶室的钥匙|开船用的", "it starts the boat", "kai chuan yong de"),
        V("有家门和仓库的钥匙", "house and storeroom keys", None),
        V("备用钥匙也找不着了", "the spare is missing too", None),
    ]),
    # e-bikes and bicycles
    "basket": ("out", [
        V("前面有个黑色车筐|车筐是黑的##前有黑色车筐", "black front basket", "hei che kuang"),
        V("车筐里塞着一件雨衣##车筐内有雨衣一件", "a raincoat in the basket", "che kuang li you yu yi"),
        V("车筐坏了一个角|车筐缺个角##车筐破损", "basket broken at a corner", None),
    ]),
    "rear": ("out", [
        V("后面装了白色后备箱|有个白色尾箱##后装白色尾箱", "white top box", "bai se hou bei xiang"),
        V("后座绑着个泡沫箱##后座捆有泡沫箱", "a foam box tied on the back", "pao mo xiang"),
        V("后面装了个黑色尾箱##后装黑色尾箱", "black top box", "hei se wei xiang"),
    ]),
    "tray": ("out", [
        V("车斗里有两个塑料鱼筐##车斗内有塑料鱼筐两个", "two plastic fish crates in the tray", "yu kuang"),
        V("车斗上铺着一块蓝篷布##车斗铺蓝色篷布", "blue tarp over the tray", "lan peng bu"),
        V("车斗里放着一个白泡沫箱##车斗内有白色泡沫箱", "a white foam box in the tray", "pao mo xiang"),
    ]),
    "seat": ("out", [
        V("座套是红格子的|红格子座套##红色格子座套", "red checked seat cover", "hong ge zi zuo tao"),
        V("坐垫破了个口子用胶布粘着##座垫破损有胶布", "torn seat patched with tape", None),
        V("后面装了儿童座椅|后座有小孩座椅##后架装儿童座椅", "child seat on the back", "er tong zuo yi"),
        V("车座是加厚软座|换了个厚座垫", "a thick soft saddle", None),
    ]),
    "ebx": ("out", [
        V("左边后视镜断了|少一个后视镜##左后视镜断裂", "left mirror broken", "hou shi jing duan le"),
        V("车把上挂着一个粉色头盔##车把挂粉色头盔", "a pink helmet on the handlebar", "fen se tou kui"),
        V("挡风被是迷彩的|有迷彩挡风被##迷彩挡风被", "camouflage wind apron", "mi cai dang feng bei"),
        V("车头贴着“平安”贴纸##车头有“平安”贴纸", "a 'safe journey' sticker on the front", None),
        V("后轮没气了|后胎瘪了##后轮胎无气", "rear tyre flat", "hou lun mei qi"),
    ]),
    "bkx": ("out", [
        V("锁着一把黑色U型锁##车上有黑色U型锁", "locked with a black U-lock", "U xing suo"),
        V("车把上有个小铃铛|带铃铛##车把有铃铛", "a bell on the handlebar", "ling dang"),
        V("后轮没气了|后胎瘪了##后轮胎无气", "rear tyre flat", "hou lun mei qi"),
        V("装了水壶架|有个水壶架##装有水壶架", "a bottle cage", "shui hu jia"),
        V("车梁上贴着反光贴##车架贴有反光贴", "reflective tape on the frame", "fan guang tie"),
    ]),
    "kidx": ("out", [
        V("两边有辅助轮|带辅助轮##装有辅助轮", "training wheels", "fu zhu lun"),
        V("车把上挂着小彩带##车把有彩带", "streamers on the handlebar", "cai dai"),
        V("前面有个小塑料车筐##前有塑料小车筐", "a little plastic basket", "xiao che kuang"),
    ]),
    "vown": ("owner", [
        V("钥匙还在我手里", "I still have the key", "yao shi hai zai"),
        V("电池是去年新换的", "battery replaced last year", None),
        V("买了两年多了|骑了好几年了", "had it a couple of years", None),
    ]),
}

# category -> kind -> (zh words, english, pinyin, unit, brands, colours, slots, serial types)
KINDS = {
    "phone": {
        "phone": ("手机|手机|电话|机子|智能手机", "phone", "shou ji", "部",
                  ["huawei", "apple", "xiaomi", "redmi", "oppo", "vivo", "honor", "samsung"],
                  ["black", "white", "blue", "green", "purple", "gold", "silver", "grey", "pink"],
                  ["case", "screen", "sticker", "lock", "phone_own"], ["imei"]),
    },
    "wallet": {
        "long": ("长款钱包|长钱包|长钱夹", "long wallet", "chang qian bao", "个", ["septwolves", "goldlion", "coach", None],
                 ["black", "brown", "red", "pink", "blue"], ["wwear", "wphoto", "wpaper"], []),
        "bifold": ("短款钱包|对折钱包|短钱包|钱夹子", "bifold wallet", "duan qian bao", "个",
                   ["septwolves", "goldlion", "woodpecker", None], ["black", "brown", "grey"], ["wwear", "wphoto", "wpaper"], []),
        "cardholder": ("卡包|卡套|证件卡包", "card holder", "ka bao", "个", ["coach", "woodpecker", None],
                       ["black", "brown", "pink", "blue"], ["wwear", "wpaper"], []),
        "coin": ("零钱包|小钱包", "coin purse", "ling qian bao", "个", [None], ["red", "pink", "yellow", "green", "blue"],
                 ["wwear", "wpaper"], []),
    },
    "id_doc": {
        "idcard": ("身份证|二代身份证|身份证件", "ID card", "shen fen zheng", "张", [None], [None], ["sleeve"], ["id"]),
        "driving": ("驾驶证|驾照|机动车驾驶证", "driving licence", "jia zhao", "本", [None], [None], ["sleeve"], ["id"]),
        "seaman": ("渔业船员证书|船员证|渔船船员证", "fishing crew certificate", "chuan yuan zheng", "本", [None], [None],
                   ["sleeve"], ["id"]),
        "student": ("学生证|学生卡", "student card", "xue sheng zheng", "张", [None], [None], ["sleeve"], ["student"]),
        "bankcard": ("银行卡|储蓄卡|借记卡", "bank card", "yin hang ka", "张", [None], ["gold", "blue", "green", "red"],
                     ["sleeve"], ["card"]),
        "social": ("社保卡|社会保障卡", "social security card", "she bao ka", "张", [None], [None], ["sleeve"], ["id"]),
    },
    "keys": {
        "boatkey": ("船钥匙|渔船钥匙|船上的钥匙", "boat key", "chuan yao shi", "把", [None],
                    ["orange", "yellow", "red", "white"], ["float", "fob", "kcount"], ["boat"]),
        "ebikekey": ("电动车钥匙|电瓶车钥匙|电车钥匙", "e-bike key", "dian che yao shi", "把",
                     ["yadea", "aima", "tailg", "luyuan"], ["black", "blue", "red"], ["fob", "kcount", "kown"], []),
        "carkey": ("汽车钥匙|车钥匙|遥控车钥匙", "car key fob", "qi che yao shi", "把", ["vw", "byd", "wuling", "toyota"],
                   ["black", "silver"], ["fob", "ktag", "kown"], []),
        "house": ("一串钥匙|家门钥匙|钥匙串", "bunch of keys", "yao shi chuan", "串", [None],
                  ["silver", "red", "blue", "yellow", "pink"], ["fob", "kcount", "ktag", "kown"], []),
        "locker": ("更衣柜钥匙|柜子钥匙|储物柜钥匙", "locker key", "gui zi yao shi", "把", [None],
                   ["yellow", "red", "blue"], ["fob", "kcount"], ["locker"]),
        "room": ("房门钥匙|渔家乐房间钥匙|房间钥匙", "room key", "fang jian yao shi", "把", [None],
                 ["brown", "red"], ["fob"], ["room"]),
    },
    "ebike": {
        "ebike": ("电动车|电瓶车|电驴子|电动自行车", "e-bike", "dian dong che", "辆",
                  ["yadea", "aima", "tailg", "luyuan", "sunra", "niu"], ["white", "black", "red", "blue", "grey", "green"],
                  ["basket", "rear", "seat", "ebx", "vown"], ["plate", "frame"]),
        "trike": ("电动三轮车|三轮车|电三轮", "electric tricycle", "dian san lun", "辆", ["jinpeng", "zongshen"],
                  ["red", "blue", "grey", "green"], ["tray", "seat", "ebx", "vown"], ["plate", "frame"]),
    },
    "bicycle": {
        "bike": ("自行车|单车|车子", "bicycle", "zi xing che", "辆", ["giant", "forever", "phoenix"],
                 ["black", "white", "blue", "red", "green"], ["basket", "seat", "bkx"], ["frame"]),
        "mtb": ("山地车|山地自行车|变速车", "mountain bike", "shan di che", "辆", ["giant", "merida", "xds"],
                ["black", "white", "blue", "red", "orange", "grey"], ["seat", "bkx"], ["frame"]),
        "kids": ("儿童自行车|小孩自行车|童车", "kids' bike", "tong che", "辆", ["goodbaby", "phoenix", "xds"],
                 ["pink", "blue", "red", "yellow"], ["kidx", "bkx"], ["frame"]),
        "folding": ("折叠自行车|折叠车", "folding bike", "zhe die che", "辆", ["phoenix", "forever", "xds"],
                    ["white", "black", "yellow", "green"], ["seat", "bkx"], ["frame"]),
    },
}

MODELS = {
    ("ebike", "yadea"): ["冠翼 DE5", "海鸥 S3"], ("ebike", "aima"): ["麦岸 A7", "小蓝 E9"], ("ebike", "tailg"): ["风暴 T90"],
    ("ebike", "luyuan"): ["液冷 MX6"], ("ebike", "sunra"): ["海风 R3"], ("ebike", "niu"): ["G5 Sea", "U3 Tide"],
    ("ebike", "jinpeng"): ["运鱼王 J50"], ("ebike", "zongshen"): ["货运 ZS-1.3"],
    ("bicycle", "giant"): ["ATX 770", "Escape 9"], ("bicycle", "merida"): ["勇士 560"], ("bicycle", "xds"): ["逐浪 300"],
    ("bicycle", "goodbaby"): ["小海豚 16寸"], ("bicycle", "phoenix"): ["轻风 26"], ("bicycle", "forever"): ["飞燕 24"],
    ("keys", "vw"): ["海岸 V3"], ("keys", "byd"): ["潮汐 E2"], ("keys", "wuling"): ["远洋 S9"], ("keys", "toyota"): ["鲸跃 T"],
}
