"""set88 feature phrases.  FEAT[ftype][value] = "owner forms || finder forms" ('|' between forms;
without '||' both sides use the same forms).  A value "{}" is a template filled with the value.
CONT are contents (several per object), each "owner || finder" the same way."""

FEAT = {
    # phones
    "case": {"clear": "套着透明软壳|透明手机壳|外面是个透明壳", "black_sil": "套着黑色硅胶壳|黑色软胶壳",
             "ring": "壳背面有个指环支架|带指环扣的手机壳", "camel": "印着骆驼图案的卡通壳|卡通骆驼手机壳",
             "leather": "棕色皮质翻盖壳|翻盖的棕色皮套", "rugged": "蓝色防摔壳|四个角加厚的蓝色防摔壳",
             "bare": "没套壳|裸机没有壳"},
    "crack": {"corner": "屏幕右上角碎了|右上角屏幕有裂", "line": "屏幕中间一道斜裂纹|屏幕有一条斜着的裂痕",
              "back": "后盖摔裂了|背面玻璃碎了"},
    "extra": {"sticker": "壳背面贴着葡萄贴纸|背面贴了个葡萄的贴纸", "bus_card": "壳里夹着一张公交卡|手机壳里夹着公交卡",
              "photo": "壳里夹着一张小照片|壳里面夹着一张合影", "cash20": "壳里夹着20块钱|手机壳里有一张20元",
              "lanyard": "挂着一根红色挂绳|系着红色手机挂绳", "silk": "挂着艾德莱斯绸的手机链|挂着彩色丝绸挂链"},
    "lock": {"kid": "锁屏是我孩子的照片||锁屏是一个小孩的照片", "cat": "锁屏是我家的猫||锁屏图片是一只猫",
             "desert": "锁屏是沙漠日落||锁屏是沙漠的风景照", "couple": "锁屏是我和爱人的合影||锁屏是一男一女的合照",
             "default": "锁屏就是系统自带的壁纸||锁屏是系统默认壁纸"},
    "oldmark": {"worn": "按键磨得看不清数字|按键上的数字都磨掉了", "tape": "背面贴着一张写电话的胶布|背面贴着胶布，上面写着电话",
                "rope": "挂着一根红绳|系着红绳"},
    # wallets
    "material": {"leather": "真皮的|牛皮的", "pu": "人造革的|皮革的", "canvas": "帆布的|帆布面的",
                 "embroid": "带民族刺绣花纹的|上面绣着民族花纹"},
    "wear": {"worn": "边角都磨白了|边角磨损严重", "zipclip": "拉链头掉了，用回形针代替|拉链头是个回形针",
             "button": "按扣坏了合不上|扣子坏了", "new": "很新，刚买没几天|看着很新"},
    "deco": {"bell": "拉链上挂着个小铃铛|挂着一个小铃铛", "initial": "正面烫着金色字母L|正面有个烫金的L字母",
             "camelpatch": "背面缝了个小骆驼布贴|背面有骆驼图案的布贴"},
    # documents
    "holder": {"clear": "装在透明卡套里|套着透明卡套", "blue": "套着蓝色卡套|蓝色卡套",
               "lanyard": "卡套挂在一根红色挂绳上|连着红色挂绳", "sticker": "背面贴着一张小熊贴纸|背面贴了个小熊贴纸"},
    "faculty": {"info": "信息工程学院", "med": "医学院", "agri": "农学院", "tour": "旅游管理学院", "art": "艺术学院"},
    # keys
    "count": {"{}": "{}把钥匙|一共{}把钥匙"},
    "charm": {"camel": "挂着小骆驼挂件|有个小骆驼挂件", "grape": "挂着毛绒葡萄挂件|一个紫色葡萄毛绒挂件",
              "bell": "挂着一个铜铃铛|带个铜铃铛", "braid": "拴着皮质编织挂绳|挂着编织皮绳",
              "ball": "挂着篮球挂件|一个小篮球挂件", "panda": "挂着熊猫公仔|熊猫挂件",
              "doppa": "挂着花帽造型的钥匙扣|民族花帽样子的钥匙扣", "clipper": "串着一个指甲刀|上面有个指甲刀",
              "opener": "串着一个开瓶器|带个开瓶器"},
    "access": {"blue": "一张蓝色门禁卡|蓝色门禁卡一张", "red": "红色水滴形门禁扣|红色水滴门禁扣",
               "white": "白色圆形门禁卡|白色圆门禁卡"},
    "carkey": {"byd": "还有一把比亚迪车钥匙|带一个比亚迪车钥匙", "vw": "还有大众车钥匙|带一把大众车钥匙",
               "toyota": "还有丰田车钥匙|带丰田车钥匙", "ebike": "还有一把电动车钥匙|一把电动车钥匙"},
    "cover": {"pink": "套着粉色硅胶套|粉色钥匙套", "leather": "套着黑色皮套|黑色皮质钥匙包", "none": "没有套子|光的没套"},
    "tag": {"rental": "挂着租车公司的号码牌|挂着租车公司的塑料牌", "plain": "只挂了个铁圈|就一个铁圈"},
    # e-bikes and bicycles
    "seat": {"child": "后座装了儿童座椅|后面有个儿童座椅", "leopard": "座垫套着豹纹座套|豹纹坐垫套",
             "box": "后座绑着一个泡沫箱|后面绑了个泡沫箱"},
    "mirror": {"left": "左边后视镜断了|缺左后视镜", "none": "两个后视镜都拆了|没有后视镜"},
    "front": {"basket": "前面加装了黑色车筐|车头有黑色车筐", "shield": "装了透明挡风板|前面有透明挡风板",
              "holder": "车把上装了手机支架|有手机支架"},
    "helmet": {"yellow": "车把上挂着黄色头盔|挂着一个黄色头盔", "white": "挂着白色头盔|挂了个白色头盔"},
    "bar": {"red_tape": "车把缠着红色把带|红色把带", "worn": "车把套都磨破了|把套磨坏了",
            "camel_bell": "车把上有个骆驼造型的铃铛|骆驼铃铛"},
    "rear": {"no_fender": "后挡泥板掉了|没有后挡泥板", "rack": "后面有货架，绑着弹力绳|后货架上有弹力绳",
             "kid_seat": "后座装了儿童座椅|后面有儿童座"},
    "bfront": {"basket": "前面有白色车筐|白色车筐", "lamp": "车头装了个充电车灯|有车前灯", "holder": "车把上有手机支架|带手机支架"},
    "lockon": {"u": "车上挂着一把U型锁|U型锁挂在车架上", "chain": "链条锁缠在座管上|座管上缠着链条锁"},
    # bags
    "side": {"umbrella": "侧袋插着一把折叠伞|侧面口袋有把折叠伞", "bottle": "侧袋插着一个水杯|侧袋里有水杯"},
    "bcharm": {"bear": "拉链上挂着小熊挂件|挂着小熊挂件", "camel": "挂着一个小骆驼挂件|挂了个骆驼挂件",
               "grape": "挂着葡萄毛绒挂件|葡萄挂件", "tassel": "挂着一串彩色流苏|彩色流苏挂饰"},
    "btag": {"airline": "背后贴着航空托运条|贴着托运行李条", "badge": "别着绿洲学院的校徽|有绿洲学院校徽",
             "ribbon": "提手上系着一根黄丝带|提手系着黄丝带"},
    "damage": {"pin": "包带断了，用别针别着|肩带用别针别着", "zip": "主拉链坏了|拉链坏了拉不上",
               "stain": "正面有一块油渍|前面有一块污渍", "wheel": "一个轮子掉了|少一个轮子"},
    # cash
    "wrap": {"kraft": "装在牛皮纸信封里|牛皮纸信封装着", "redpacket": "装在红包里|红包装着",
             "bankbag": "装在银行的纸袋里|银行纸袋装着", "band": "用橡皮筋捆着|橡皮筋扎着",
             "plastic": "装在一个黑色塑料袋里|黑色塑料袋装着", "folded": "对折着，没装东西|对折的一沓钱"},
    "writing": {"goods": "上面写着“货款”|外面写着“货款”两个字", "rent": "上面写着“房租”|外面写着“房租”",
                "fee": "上面写着“学费”|外面写着“学费”"},
    "denom": {"all100": "全是一百的|都是100元面额", "mixed": "一百和五十的都有|100元和50元混装",
              "small": "有不少二十、十块的零钱|有20元、10元零钞"},
    # jewellery
    "metal": {"gold": "黄金的|足金", "silver": "银的|银质", "jade_white": "和田玉的|白玉", "jade_green": "碧玉的|绿色玉石",
              "rosegold": "玫瑰金的|玫瑰金"},
    "pattern": {"badam": "巴旦木花纹|刻着巴旦木花纹", "vine": "葡萄藤花纹|葡萄藤图案", "plain": "素面的，没花纹|光面没有花纹",
                "twist": "麻花纹|麻花样式"},
    "pendant": {"gourd": "挂着小葫芦吊坠|小葫芦吊坠", "pingan": "挂着平安扣|平安扣吊坠", "camel": "挂着小骆驼吊坠|骆驼吊坠",
                "moon": "挂着月牙形吊坠|月牙吊坠", "heart": "挂着心形吊坠|心形吊坠"},
    "engrave": {"{}": "内圈刻着“{}”|刻着“{}”|上面刻了“{}”"},
    "box": {"velvet": "装在红色丝绒小盒里|红色丝绒首饰盒装着", "pouch": "装在一个小布袋里|小布袋装着"},
    # electronics
    "skin": {"astronaut": "贴着宇航员贴纸|背面贴着宇航员贴纸", "sleeve": "装在灰色内胆包里|灰色内胆包装着",
             "clearcase": "套着透明保护套|透明保护壳", "scratch": "外壳有明显划痕|外壳划痕较多",
             "cartoon": "套着卡通硅胶套|卡通保护套"},
    "acc": {"strap": "挂着民族花纹的背带|民族花纹背带", "nocap": "镜头盖丢了|没有镜头盖",
            "tape": "带一根缠着胶布的数据线|数据线缠着胶布", "pen": "带一支手写笔|有一支手写笔"},
    "capacity": {"{}": "{}毫安的|容量{}mAh|印着{}mAh"},
    "photos": {"camels": "里面有很多骑骆驼的照片||存储卡里是沙漠和骆驼的照片", "grapes": "拍的都是葡萄谷||照片都是葡萄谷的风景",
               "wedding": "里面是我们的婚纱照||相机里是婚纱照", "kids": "拍的都是我家孩子||里面是小孩的照片"},
    "band": {"orange": "表带是橙色硅胶的|橙色表带", "leather": "黑色皮表带|黑色皮表带", "mesh": "米兰尼斯钢带|金属网状表带",
             "blue": "蓝色表带|蓝色硅胶表带"},
    # other things
    "dent": {"dent": "杯身有个凹坑|有一处凹痕", "strap": "带一根编织提绳|有编织提绳", "lid": "盖子是后配的黑色盖|盖子是黑的，颜色不一样",
             "sticker": "贴着小熊贴纸|杯身贴着小熊贴纸"},
    "frame": {"thin": "金属细框|细金属框", "thick": "黑色粗框|粗黑框", "rimless": "无框的|无框"},
    "gcase": {"brown": "装在棕色眼镜盒里|棕色眼镜盒", "cloth": "装在绒布袋里|绒布眼镜袋"},
    "gmark": {"tape": "一条镜腿缠了透明胶|镜腿缠着胶布", "scratch": "左镜片有划痕|镜片有划痕"},
    "embroid": {"badam": "绣着巴旦木花纹|巴旦木花纹刺绣", "whiteflower": "黑底白花|黑底白色刺绣", "beads": "缀着亮片珠子|缀有亮片"},
    "size": {"kid": "小孩戴的尺寸|儿童尺寸", "adult": "大人戴的|成人尺寸"},
    "spattern": {"atlas": "艾德莱斯绸的扎染纹|艾德莱斯绸图案", "floral": "印着小碎花|碎花图案", "plain": "纯色的|纯色"},
    "sshape": {"long": "长条的|长款", "square": "方巾|方形的"},
    "icase": {"black": "装在黑色软琴包里|黑色琴包", "hard": "装在棕色硬琴盒里|棕色硬琴盒"},
    "imark": {"cloth": "琴头系着红布条|琴头有红布条", "scratch": "琴身有一道划痕|琴身有划痕"},
    "maker": {"{}": "琴箱里贴着“{}乐器作坊”的标签|里面标签写着“{}乐器作坊”"},
    "animal": {"camel": "是只骆驼|骆驼造型", "bear": "是只小熊|熊造型", "rabbit": "是只兔子|兔子造型", "leopard": "是只雪豹|雪豹造型"},
    "psize": {"small": "巴掌大|小号的", "big": "半人高|很大一个"},
    "bow": {"bow": "脖子上系着蝴蝶结|系着蝴蝶结", "scarf": "脖子上围着小围巾|围着一条小围巾"},
    "canopy": {"blackcoat": "内层是黑胶涂层|黑胶内里", "lace": "边上有蕾丝花边|蕾丝边", "cartoon": "印着卡通图案|卡通图案"},
    "handle": {"wood": "木头手柄|木手柄", "hook": "弯钩手柄|弯把", "straight": "直柄|直手柄"},
    "hang": {"toy": "扶手上挂着一个摇铃|挂着摇铃玩具", "net": "下面网兜里有纸尿裤|网兜里有纸尿裤", "cover": "带着防风罩|有个防风罩"},
    "weight": {"{}": "{}公斤装|{}kg装"},
    "gbag": {"red": "装在红色手提袋里|红色手提袋", "kraft": "装在牛皮纸手提袋里|牛皮纸袋"},
}

# how often a finder can see a feature at all (default 1)
FINDER_SEES = {"lock": 0.3, "photos": 0.4, "engrave": 0.6, "faculty": 1.0}

CONT = {
    "bus_card": "一张公交卡|公交卡", "member_card": "一张友好超市会员卡|友好超市会员卡一张",
    "family_photo": "一张全家福||一张全家福合影", "ticket": "一张高铁报销凭证|高铁报销凭证一张",
    "small_key": "一把小钥匙", "receipts": "几张小票", "clinic_card": "人民医院就诊卡|医院就诊卡一张",
    "laptop": "一台笔记本电脑|笔记本电脑一台", "powerbank": "充电宝|一个充电宝", "clothes": "几件衣服|衣物若干",
    "raisins": "两盒葡萄干|葡萄干两盒", "medicine": "降压药|一些药品", "textbook": "几本课本|课本几本",
    "thermos": "一个保温杯|保温杯一个", "camera": "一台相机|相机一台", "sunscreen": "防晒霜|防晒霜一支",
    "charger": "充电器和数据线|充电线", "toys": "孩子的玩具|儿童玩具几个", "scarf": "一条丝巾|丝巾一条",
    "naan": "几个馕|馕几个", "insulin": "一支胰岛素笔|胰岛素笔一支", "syrup": "止咳糖浆|咳嗽药水一瓶",
    "bp_pills": "降压药几盒|几盒降压药",
}
MAJOR = {"laptop", "camera", "insulin"}


def forms(table_entry, who, value=None):
    owner, _, finder = table_entry.partition("||")
    text = finder if (who == "finder" and finder) else owner
    out = text.split("|")
    if value is not None:
        out = [f.replace("{}", str(value)) for f in out]
    return out


def feat_phrase(rng, ftype, value, who):
    table = FEAT[ftype]
    if "{}" in table:
        return rng.choice(forms(table["{}"], who, value))
    return rng.choice(forms(table[value], who))


def cont_phrase(rng, cid, who):
    return rng.choice(forms(CONT[cid], who))


def values(ftype):
    return [v for v in FEAT[ftype] if v != "{}"]
