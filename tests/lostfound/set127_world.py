"""World data for set127: 拉康错县 (invented), a county town on the Sichuan-Tibet highway
at 3,800 m during its early-August horse-racing festival.  Every person, place, brand,
model number and serial here is invented.  Pure data, no randomness."""

# ---------------------------------------------------------------- places
# key: (canonical, [ways people write it], lat, lon, [spots inside / next to it])
PLACES = {
    "monastery": ("拉康错县曲登寺", ["曲登寺", "曲登寺大殿", "曲登寺门口", "寺庙", "曲灯寺", "大寺", "Qudeng monastery"],
                  30.0062, 100.2718, ["大殿台阶", "酥油灯房外", "山门边", "佛塔下", "经堂门口", "放鞋的地方"]),
    "kora": ("曲登寺转经道", ["转经道", "转经路", "曲登寺转经道", "转山路", "转经筒长廊", "kora path", "zhuanjing dao"],
             30.0078, 100.2695, ["转经筒长廊中段", "玛尼堆旁", "煨桑炉边", "经幡那里", "后山坡", "第二个休息亭"]),
    "service": ("G318拉康错服务区", ["318服务区", "G318服务区", "拉康错服务区", "国道服务区", "服务区", "318 service area"],
                29.9935, 100.2912, ["停车场", "厕所门口", "超市收银台", "充电桩旁", "骑行驿站", "打卡石碑那里"]),
    "racing": ("拉康错县赛马场", ["赛马场", "县赛马场", "跑马场", "赛马节会场", "赛马场看台", "horse racing ground", "saima chang"],
               30.0150, 100.2850, ["看台东侧", "主席台下面", "跑道边栏杆", "入口安检处", "马队休息区", "锅庄舞场地"]),
    "tents": ("赛马场帐篷区", ["帐篷区", "赛马场帐篷", "帐篷营地", "赛马场后面帐篷", "tent area", "zhangpeng"],
              30.0168, 100.2878, ["白帐篷旁", "藏式帐篷里", "卖酸奶的帐篷", "甜茶帐篷", "帐篷区厕所", "停摩托车那里"]),
    "hospital": ("拉康错县人民医院", ["县人民医院", "县医院", "人民医院急诊", "县医院高反门诊", "医院", "county hospital"],
                 29.9998, 100.2785, ["急诊室", "输液室", "吸氧室", "挂号窗口", "住院部二楼", "药房门口"]),
    "market": ("格桑路牦牛肉市场", ["格桑路牦牛肉市场", "牦牛肉一条街", "肉市场", "格桑路", "牦牛肉市场", "yak meat market"],
               30.0021, 100.2760, ["风干肉摊子", "酥油摊", "市场口", "虫草摊旁", "卖藏刀的店", "奶渣摊"]),
    "xuelian": ("雪莲花客栈", ["雪莲花客栈", "雪莲客栈", "雪莲花", "雪连花客栈", "Xuelianhua inn"],
                30.0035, 100.2742, ["前台", "203房", "公共厨房", "院子晾衣处", "楼顶阳光房", "停车院坝"]),
    "hostel": ("措姆青年旅舍", ["措姆青旅", "措姆青年旅舍", "青旅", "措木青旅", "Cuomu hostel", "Cuomu qinglv"],
               30.0009, 100.2731, ["六人间", "公共休息区", "淋浴间", "前台", "自行车棚", "露台"]),
    "meiduo": ("格桑梅朵客栈", ["格桑梅朵客栈", "梅朵客栈", "格桑客栈", "梅朵", "Meiduo guesthouse"],
               30.0048, 100.2801, ["大堂沙发", "二楼走廊", "停车场", "早餐厅", "308房", "门口台阶"]),
    "petrol": ("城东加油站", ["城东加油站", "县加油站", "318加油站", "加油站", "东头加油站", "gas station"],
               29.9962, 100.2868, ["加油机旁", "便利店", "洗车位", "厕所", "出口", "打气泵那里"]),
    "lake": ("拉康错观景台", ["拉康错观景台", "湖边观景台", "观景台", "拉康错湖边", "lake viewpoint", "guanjingtai"],
             30.0405, 100.3150, ["栈道", "观景台栏杆", "停车场", "经幡墙", "湖边石滩", "玛尼石堆"]),
    "bus": ("拉康错县汽车客运站", ["县汽车站", "客运站", "汽车客运站", "车站", "汽车站", "bus station", "keyunzhan"],
            29.9975, 100.2702, ["候车厅", "售票窗口", "3号检票口", "出站口", "行李寄存", "班车上"]),
    "square": ("团结广场", ["团结广场", "广场", "县城广场", "团结广场舞台", "Tuanjie square"],
               30.0012, 100.2770, ["舞台旁", "长椅", "转经筒亭子", "公厕", "小吃摊", "旗杆下"]),
}
# far-away places, used for "same brand elsewhere" negatives and the odd long trip
FAR_PLACES = {
    "pass": ("卓玛拉山垭口", ["卓玛拉垭口", "卓玛拉山口", "垭口观景点", "卓玛拉山垭口"], 29.9320, 100.0450, ["垭口经幡", "停车带", "石碑"]),
    "reguo": ("热果乡", ["热果乡", "热果乡政府", "热果", "热果乡街上"], 30.1200, 100.5100, ["乡政府门口", "小卖部", "路口"]),
    "dojiba": ("多吉坝露营地", ["多吉坝", "多吉坝露营地", "多吉坝营地"], 29.8800, 100.4200, ["营地入口", "河边", "烧烤区"]),
    "bacuo": ("巴措县汽车站", ["巴措县", "巴措县城汽车站", "巴措县客运站", "巴措"], 30.2500, 99.8000, ["候车室", "出站口"]),
}
TOWN_PLACES = sorted(PLACES)
FAR_KEYS = sorted(FAR_PLACES)
# which town places are "nearby" to which (a thing lost here is sometimes found there)
NEAR = {
    "monastery": ["kora", "square", "market"], "kora": ["monastery", "square"],
    "service": ["petrol", "bus"], "racing": ["tents", "square"], "tents": ["racing"],
    "hospital": ["square", "market"], "market": ["square", "hospital", "xuelian"],
    "xuelian": ["market", "hostel"], "hostel": ["bus", "xuelian"], "meiduo": ["petrol", "hospital"],
    "petrol": ["service", "meiduo"], "lake": ["service"], "bus": ["hostel", "service"],
    "square": ["market", "monastery", "hospital"],
}

# ---------------------------------------------------------------- colours
COLORS = {
    "black": ["黑色", "黑", "深色", "哑光黑", "纯黑", "black"],
    "white": ["白色", "白", "米白", "象牙白", "white"],
    "red": ["红色", "红", "酒红", "大红", "枣红", "red"],
    "blue": ["蓝色", "蓝", "深蓝", "宝蓝", "藏蓝", "blue"],
    "green": ["绿色", "绿", "军绿", "墨绿", "green"],
    "gray": ["灰色", "灰", "深灰", "太空灰", "grey"],
    "silver": ["银色", "银", "银白", "silver"],
    "gold": ["金色", "香槟金", "土豪金", "gold"],
    "orange": ["橙色", "橘色", "橘红", "荧光橙", "orange"],
    "yellow": ["黄色", "黄", "明黄", "yellow"],
    "purple": ["紫色", "紫", "浅紫", "purple"],
    "brown": ["棕色", "咖啡色", "褐色", "棕", "brown"],
    "turq": ["松石蓝", "蓝绿色", "绿松石色", "天蓝", "turquoise"],
    "pink": ["粉色", "粉", "浅粉", "pink"],
}

# ---------------------------------------------------------------- brands
# key: [canonical Chinese, English/pinyin spellings..., a typo]
BRANDS = {
    # phones
    "xuebao": ["雪豹", "XUEBAO", "Xuebao", "SnowLeo", "雪报"],
    "jiguang": ["极光", "JIGUANG", "Aurorix", "极光手机", "机光"],
    "yunling": ["云岭", "YUNLING", "Yunling", "云领"],
    "ruitu": ["锐途", "RUITU", "Ruitoo", "瑞途"],
    "xinghe": ["星河", "XINGHE", "Xinghe", "星合"],
    # electronics
    "xingzhe": ["行者", "XINGZHE", "GoRider", "形者"],
    "xiangying": ["翔鹰", "XIANGYING", "SkyHawk", "翔英"],
    "dianlifang": ["电立方", "DIANLIFANG", "PowerCube", "电力方"],
    "guangying": ["光影", "GUANGYING", "Lumio", "光映"],
    # bicycles / e-bikes
    "jiechi": ["捷驰", "JIECHI", "Jiechi", "捷池"],
    "shanmao": ["山猫", "SHANMAO", "Lynxa", "山毛"],
    "lvju": ["绿驹", "LVJU", "Lvju", "绿居"],
    "benlei": ["奔雷", "BENLEI", "Benlei", "奔蕾"],
    # bags, wallets, clothes
    "shanye": ["山野", "SHANYE", "Wildmont", "山冶"],
    "tuofeng": ["驼峰", "TUOFENG", "Camelpeak", "陀峰"],
    "jinniu": ["金牛皮具", "JINNIU", "Jinniu", "金牛"],
    "xueji": ["雪脊", "XUEJI", "Snowridge", "雪迹"],
    "qiji": ["骑迹", "QIJI", "Ridetrace", "骑记"],
    "hengwen": ["恒温", "HENGWEN", "Thermax", "衡温"],
    "zheguang": ["遮光", "ZHEGUANG", "Shadeo", "遮光镜"],
    # hire-car makes (key fobs)
    "yuanchi": ["远驰", "YUANCHI", "Yuanchi", "远池"],
    "fengxing": ["峰行", "FENGXING", "Fengxing", "风行"],
}
MODELS = {
    "xuebao": ["SL-9 Pro", "SL-9", "SL-11 Max"], "jiguang": ["A7", "A7s", "Nova X2"],
    "yunling": ["YL20", "YL20 Plus", "YL30"], "ruitu": ["R5 Note", "R6", "R6 Pro"],
    "xinghe": ["Galax 8", "Galax 9 Lite", "XH-12"],
    "xingzhe": ["R5", "R7 Max", "R7 Mini"], "xiangying": ["Mini 3", "Air S2", "Mini 4K"],
    "dianlifang": ["PC-20000", "PC-10000", "PC-30K"], "guangying": ["Z50", "Z6 II", "ZF-3"],
    "jiechi": ["XC700", "TR-29", "Road R3"], "shanmao": ["LX-26", "LX-29 Pro", "Trail 5"],
    "lvju": ["TDR-60", "TDR-48", "LJ-Q3"], "benlei": ["BL-Q5", "BL-M8", "BL-Q6"],
    "shanye": ["Trek 45L", "Day 25", "Alp 60L"], "tuofeng": ["TF-30", "TF-55", "TF-Hip"],
    "jinniu": ["JN-805", "JN-612"], "xueji": ["SR-800", "SR-650"], "qiji": ["QJ-M3", "QJ-R1"],
    "hengwen": ["HW-500", "HW-750"], "zheguang": ["ZG-Polar 2", "ZG-Peak"],
    "yuanchi": ["YC-X5", "YC-V7"], "fengxing": ["FX-T70", "FX-S50"],
}

# models that belong to one kind of a brand that makes several kinds of things
KIND_MODELS = {
    ("shanye", "cardholder"): ["SY-C2", "SY-C5"], ("shanye", "handlebar"): ["SY-Bar 8L", "SY-Bar 5L"],
    ("tuofeng", "wallet"): ["TF-W1", "TF-W3"], ("tuofeng", "handbag"): ["TF-Lady 2", "TF-S8"],
    ("jinniu", "cardholder"): ["JN-C01", "JN-C03"], ("jinniu", "handbag"): ["JN-B20", "JN-B22"],
    ("qiji", "helmet"): ["QJ-H1", "QJ-H3 Aero"], ("qiji", "gloves"): ["QJ-G2", "QJ-G5"],
    ("qiji", "handlebar"): ["QJ-B6", "QJ-B9"],
}


def models_for(brand, kind_name):
    return KIND_MODELS.get((brand, kind_name)) or MODELS[brand]

# ---------------------------------------------------------------- kinds of objects
# A mark: o = how the owner says it, f = how a finder says it (None: finder cannot see it),
# a = the options filled into {a} (and, by a finder, into {b} through FMAP when present).
K = {}


def kind(cat, name, o, f, en, colors, brands=None, serial=None, marks=(), alt=None):
    K.setdefault(cat, []).append(dict(cat=cat, name=name, o=o, f=f, en=en, colors=colors,
                                      brands=brands or [], serial=serial, marks=list(marks), alt=alt))


STICKER = ["熊猫", "牦牛", "雪山", "小猪", "骑行318", "火锅", "重庆解放碑", "藏羚羊"]
LOCK = ["女儿", "儿子", "老婆", "老公", "狗", "猫", "雪山"]
LOCK_F = {"女儿": "一个小女孩的", "儿子": "一个小男孩的", "老婆": "一个女的的", "老公": "一个男的的",
          "狗": "一只狗的", "猫": "一只猫的", "雪山": "雪山风景"}

kind("phone", "phone", ["手机", "手机", "电话"], ["手机", "手机一部", "智能手机"], "phone",
     ["black", "white", "blue", "green", "gold", "purple", "silver"],
     ["xuebao", "jiguang", "yunling", "ruitu", "xinghe"], "imei",
     [dict(o="手机壳上贴了个{a}贴纸", f="手机壳上有{a}贴纸", a=STICKER),
      dict(o="锁屏是我{a}的照片", f="锁屏是{b}照片", a=LOCK, fmap=LOCK_F),
      dict(o="屏幕{a}有裂纹", f="屏幕{a}碎了", a=["左上角", "右下角", "正中间", "底部"]),
      dict(o="透明壳里夹了一张{a}", f="透明手机壳里夹着一张{a}", a=["赛马节门票", "身份证复印件", "二十块钱", "寺庙门票", "全家福小照片"]),
      dict(o="挂了一根{a}挂绳", f="有一根{a}挂绳", a=["红色", "彩色编织", "黑色皮", "蓝色"]),
      dict(o="手机里有我的{a}，很重要", f=None, a=["机票", "电子驾照", "工作资料", "娃娃的照片"])])
kind("id_doc", "idcard", ["身份证", "身份证", "二代身份证"], ["身份证", "居民身份证", "身份证一张"], "ID card",
     ["white"], [], "idnum", [dict(o="装在一个{a}卡套里", f="有{a}卡套", a=["透明", "蓝色", "红色皮"])])
kind("id_doc", "licence", ["驾驶证", "驾照", "驾驶证"], ["驾驶证", "机动车驾驶证", "驾驶证（带皮套）"], "driving licence",
     ["brown", "black"], [], "licence", [dict(o="皮套里还夹着{a}", f="皮套里夹着{a}", a=["行驶证", "一张加油卡", "两张名片", "租车合同"])])
kind("id_doc", "passport", ["护照", "passport"], ["护照", "外国护照一本"], "passport",
     ["red", "blue", "green"], [], "passport", [dict(o="里面夹着{a}", f="里面夹着{a}", a=["一张登机牌", "青旅房卡", "一张狗的照片", "两张美元"])])
kind("id_doc", "student", ["学生证", "学生证"], ["学生证", "大学学生证"], "student card",
     ["red", "blue"], [], "student", [dict(o="学生证里夹了{a}", f="里面有{a}", a=["火车票优惠卡", "一寸照片", "饭卡"])])
kind("id_doc", "bankcard", ["银行卡", "银行卡", "储蓄卡"], ["银行卡一张", "银行卡", "储蓄卡"], "bank card",
     ["gold", "blue", "silver"], [], "card", [dict(o="卡背面签了名", f="背面有签名", a=["x"])], alt="wallet")
kind("wallet", "wallet", ["钱包", "钱夹", "皮夹子"], ["钱包", "皮夹", "钱包一个"], "wallet",
     ["black", "brown", "red", "pink", "blue"], ["jinniu", "tuofeng"], "card",
     [dict(o="里面大概有{a}块钱现金", f="内有现金{a}元", a=["300", "520", "800", "1200", "150", "2000"]),
      dict(o="夹着一张{a}的照片", f="夹着一张{a}照片", a=["全家福", "小孩", "喇嘛", "结婚"]),
      dict(o="有张{a}", f="有{a}一张", a=["社保卡", "会员卡", "加油卡", "公交卡"]),
      dict(o="边上{a}", f="边上{a}", a=["磨破了", "有点掉皮", "开线了"])])
kind("wallet", "cardholder", ["卡包", "零钱包"], ["卡包", "零钱包", "小钱包"], "card holder",
     ["black", "green", "gray"], ["jinniu", "shanye"], "card",
     [dict(o="里面有{a}", f="内有{a}", a=["三张银行卡", "几张名片", "门禁卡和饭卡"]),
      dict(o="拉链上挂了{a}", f="拉链上有{a}", a=["小铃铛", "一颗珊瑚珠", "红绳"])])
kind("keys", "carkey", ["车钥匙", "租车钥匙", "汽车钥匙"], ["汽车钥匙", "车钥匙一把", "遥控车钥匙"], "car key",
     ["black", "silver"], ["yuanchi", "fengxing"], "plate",
     [dict(o="钥匙扣是{a}", f="钥匙扣是{a}", a=["一个小牦牛", "红色中国结", "开瓶器", "小熊猫公仔"]),
      dict(o="挂着租车公司的牌子", f="挂着'{a}'的牌子", a=["高原快租", "雪山租车", "蓉城自驾租车"])])
kind("keys", "keybunch", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙一串", "钥匙", "一串钥匙"], "keys",
     ["silver", "gold"], [], "room",
     [dict(o="一共{a}把", f="共{a}把", a=["3", "4", "5", "6"]),
      dict(o="挂着一个{a}", f="挂有{a}", a=["绿松石吊坠", "小转经筒挂件", "哈达布条", "门禁卡"])])
kind("ebike", "ebike", ["电瓶车", "电动车", "电驴"], ["电动车", "电动自行车", "电瓶车一辆"], "e-bike",
     ["red", "white", "blue", "black", "yellow"], ["lvju", "benlei"], "ebike",
     [dict(o="后座绑着{a}", f="后座绑着{a}", a=["一个纸箱", "酥油桶", "编织袋"]),
      dict(o="车把上挂着{a}", f="车把上挂有{a}", a=["哈达", "经幡布条", "头盔"]),
      dict(o="座垫{a}", f="座垫{a}", a=["破了个口子", "用胶带缠着", "套了虎皮纹套子"])])
kind("bicycle", "bicycle", ["自行车", "单车", "山地车", "公路车"], ["自行车", "山地自行车", "单车一辆"], "bicycle",
     ["black", "white", "orange", "blue", "gray", "green"], ["jiechi", "shanmao"], "frame",
     [dict(o="后面驮架上绑着{a}", f="后货架上有{a}", a=["驮包两个", "防潮垫", "一面小国旗", "'骑行318'的旗子"]),
      dict(o="车架上贴着{a}", f="车架贴有{a}", a=["成都车友会贴纸", "'川藏线'字样贴纸", "反光条"]),
      dict(o="车把装了{a}", f="车把上有{a}", a=["手机支架", "码表", "车铃"])])
kind("bag", "backpack", ["背包", "双肩包", "包包"], ["背包", "双肩背包", "登山包"], "backpack",
     ["black", "blue", "red", "green", "orange", "gray"], ["shanye", "tuofeng"], None,
     [dict(o="包里有{a}", f="包内有{a}", a=["两件换洗衣服和洗漱包", "药（红景天、布洛芬）", "一件冲锋衣", "充电器和数据线"]),
      dict(o="外面挂着{a}", f="包外挂有{a}", a=["一个保温杯", "一双拖鞋", "一顶遮阳帽", "小哈达"]),
      dict(o="侧兜里有{a}", f="侧袋有{a}", a=["两罐氧气", "一瓶矿泉水", "防晒霜"])])
kind("bag", "handlebar", ["车把包", "驮包", "前包"], ["车把包", "自行车包", "驮包"], "handlebar bag",
     ["black", "yellow", "red", "gray"], ["qiji", "shanye"], None,
     [dict(o="里面有{a}", f="内有{a}", a=["补胎工具和打气筒", "路书和几张地图", "头灯和手套"]),
      dict(o="包上写着'{a}'", f="包上写有'{a}'", a=["骑行318", "成都-拉萨", "Day 9"])])
kind("bag", "handbag", ["挎包", "斜挎包", "手提包", "包"], ["挎包", "斜挎包", "女士包"], "shoulder bag",
     ["black", "brown", "red", "white", "pink"], ["tuofeng", "jinniu"], None,
     [dict(o="里面有{a}", f="内有{a}", a=["口红、纸巾和一包酥油糖", "一本病历和住院押金条", "化妆包", "墨镜和充电宝"]),
      dict(o="包带{a}", f="包带{a}", a=["断了一边", "是彩色民族风的", "上面系了丝巾"])])
kind("cash", "envelope", ["现金", "一个信封装的钱", "钱"], ["现金（装在信封里）", "信封一个，内有现金", "现金"], "cash",
     ["white", "brown", "red"], [], None,
     [dict(o="信封上写着'{a}'", f="信封上写有'{a}'", a=["赛马节奖金", "还格桑的钱", "房费", "供养金", "车费"]),
      dict(o="一共{a}元", f="清点共{a}元", a=["1500", "2600", "3000", "5000", "800", "4200"])])
kind("cash", "roll", ["一卷现金", "现金", "钱"], ["一卷现金", "现金", "橡皮筋捆着的现金"], "cash",
     ["red"], [], None,
     [dict(o="用{a}捆着", f="用{a}捆着", a=["橡皮筋", "红绳", "发圈"]),
      dict(o="一共{a}块左右", f="共{a}元", a=["600", "1000", "1800", "2400"])])
kind("jewelry", "beads", ["佛珠", "念珠", "手串"], ["佛珠一串", "念珠", "手串"], "prayer beads",
     ["brown", "red", "black", "turq"], [], None,
     [dict(o="{a}的，108颗", f="{a}材质，108颗", a=["菩提子", "牦牛骨", "金刚", "星月菩提"],
           bycolor={"brown": ["菩提子", "金刚", "星月菩提"], "black": ["牦牛骨", "黑檀木"], "red": ["红珊瑚", "朱砂"],
                    "turq": ["绿松石", "松石"]}),
      dict(o="中间有{a}隔珠", f="有{a}隔珠", a=["绿松石", "红珊瑚", "蜜蜡", "银"]),
      dict(o="上师开过光的，{a}", f=None, a=["对我很重要", "戴了十几年"])], alt="other")
kind("jewelry", "ring", ["戒指", "戒子"], ["戒指一枚", "戒指"], "ring",
     ["silver", "turq", "red", "gold"], [], None,
     [dict(o="是{a}的", f="{a}", a=["银镶绿松石", "银镶红珊瑚", "纯银", "镀金"],
           bycolor={"silver": ["纯银", "银的素圈"], "turq": ["银镶绿松石", "铜镶绿松石"], "red": ["银镶红珊瑚", "铜镶红珊瑚"],
                    "gold": ["镀金", "黄铜"]}),
      dict(o="内圈刻着'{a}'", f="内圈刻有'{a}'", a=["LS", "ZX", "扎西", "永远", "0806"])])
kind("jewelry", "necklace", ["项链", "挂坠", "嘎乌盒"], ["项链", "项坠", "吊坠项链"], "necklace",
     ["turq", "red", "silver", "gold"], [], None,
     [dict(o="{a}的", f="{a}", a=["绿松石珠串", "红珊瑚串", "银嘎乌盒", "天珠吊坠"],
           bycolor={"turq": ["绿松石珠串", "绿松石配银珠"], "red": ["红珊瑚串", "南红珠串"], "silver": ["银嘎乌盒", "银链子配小佛像"],
                    "gold": ["镀金嘎乌盒", "铜嘎乌盒"]}),
      dict(o="搭扣{a}", f="搭扣{a}", a=["坏了", "是银的", "用线缠过"])])
kind("jewelry", "bracelet", ["手镯", "银镯子", "镯子"], ["手镯", "银手镯", "镯子一只"], "bracelet",
     ["silver", "turq"], [], None,
     [dict(o="上面刻着{a}", f="刻有{a}", a=["六字真言", "吉祥八宝", "龙纹", "莲花"]),
      dict(o="{a}", f="{a}", a=["有点发黑", "有一处凹痕", "内侧有一道划痕"])])
kind("electronics", "actioncam", ["运动相机", "行车记录仪相机", "运动摄像机"], ["运动相机", "小型摄像机", "运动相机一台"], "action camera",
     ["black", "gray"], ["xingzhe"], "sn",
     [dict(o="装在{a}上", f="带着{a}", a=["头盔支架", "自拍杆", "车把夹"]),
      dict(o="镜头盖{a}", f="镜头{a}", a=["有划痕", "贴了保护膜", "有一道裂纹"]),
      dict(o="里面的卡有我骑318一路的视频", f=None, a=["x"])], alt="other")
kind("electronics", "drone", ["无人机", "航拍飞机"], ["无人机", "航拍无人机", "无人机一台"], "drone",
     ["gray", "white", "orange"], ["xiangying"], "sn",
     [dict(o="桨叶{a}", f="桨叶{a}", a=["断了一片", "是橙色的", "缺一个"]),
      dict(o="机身贴了{a}", f="机身贴有{a}", a=["电话号码", "名字缩写", "雪山贴纸"])])
kind("electronics", "powerbank", ["充电宝", "移动电源"], ["充电宝", "移动电源一个"], "power bank",
     ["white", "black", "blue"], ["dianlifang"], "sn",
     [dict(o="上面贴了{a}", f="上面有{a}", a=["胶布写着名字", "青旅的标签", "贴纸"]),
      dict(o="插着{a}", f="连着{a}", a=["一根白色数据线", "一根编织线", "转接头"])])
kind("electronics", "camera", ["相机", "单反", "微单"], ["相机", "照相机", "数码相机"], "camera",
     ["black", "silver"], ["guangying"], "sn",
     [dict(o="背带是{a}", f="背带是{a}", a=["彩色民族风", "黑色原装", "红色"]),
      dict(o="镜头上{a}", f="镜头{a}", a=["有UV镜", "有遮光罩", "盖子丢了"]),
      dict(o="卡里有赛马节的照片", f=None, a=["x"])])
kind("other", "thermos", ["保温杯", "保温壶", "水杯"], ["保温杯", "保温壶", "杯子"], "thermos",
     ["black", "silver", "red", "blue", "pink"], ["hengwen"], None,
     [dict(o="里面装的{a}", f="里面有{a}", a=["酥油茶", "甜茶", "红景天泡的水", "热水"]),
      dict(o="杯身{a}", f="杯身{a}", a=["有一块掉漆", "贴了名字贴", "有凹痕"])])
kind("other", "sunglasses", ["墨镜", "太阳镜", "眼镜"], ["墨镜", "太阳眼镜", "墨镜一副"], "sunglasses",
     ["black", "brown", "silver"], ["zheguang"], None,
     [dict(o="装在{a}里", f="带{a}", a=["黑色眼镜盒", "布袋子", "硬壳盒"]),
      dict(o="镜腿{a}", f="镜腿{a}", a=["有点歪", "缠了胶布", "断了一边"])])
kind("other", "downjacket", ["羽绒服", "冲锋衣", "外套"], ["羽绒服", "外套一件", "冲锋衣"], "down jacket",
     ["black", "red", "blue", "orange", "yellow", "green"], ["xueji"], None,
     [dict(o="兜里有{a}", f="口袋里有{a}", a=["一罐氧气", "打火机和纸巾", "车票", "润唇膏"]),
      dict(o="袖子上{a}", f="袖子{a}", a=["有个破洞", "有油渍", "贴了补丁"])])
kind("other", "helmet", ["头盔", "骑行头盔", "摩托车头盔"], ["头盔", "骑行头盔", "头盔一顶"], "helmet",
     ["white", "black", "red", "yellow"], ["qiji"], None,
     [dict(o="后面贴着{a}", f="后面有{a}", a=["'川藏线'贴纸", "反光贴", "名字贴"]),
      dict(o="挂着{a}", f="挂有{a}", a=["一副手套", "一个风镜", "小铃铛"])])
kind("other", "oxygen", ["氧气瓶", "一袋氧气罐", "便携氧气"], ["氧气瓶", "氧气罐（一袋）", "便携式氧气"], "oxygen cans",
     ["blue", "white"], [], None,
     [dict(o="一共{a}罐，装在塑料袋里", f="共{a}罐", a=["3", "4", "5", "6"]),
      dict(o="袋子里还有{a}", f="袋内还有{a}", a=["葡萄糖", "红景天口服液", "血氧仪"])])
kind("other", "gloves", ["手套", "骑行手套"], ["手套一副", "骑行手套"], "gloves",
     ["black", "red", "gray"], ["qiji"], None,
     [dict(o="{a}", f="{a}", a=["半指的", "全指加绒", "掌心有硅胶"]),
      dict(o="手背上{a}", f="手背{a}", a=["有反光条", "磨破了", "写了名字"])])

CATS = sorted(K)
CAT_ZH = {"id_doc": "证件", "phone": "手机", "wallet": "钱包", "keys": "钥匙", "ebike": "电动车",
          "bicycle": "自行车", "bag": "包", "cash": "现金", "jewelry": "首饰", "electronics": "电子产品",
          "other": "其他"}

# ---------------------------------------------------------------- people
TIB_SYL = ["扎西", "次仁", "卓玛", "央金", "洛桑", "格桑", "尼玛", "达瓦", "拉姆", "多吉", "白玛", "泽仁",
           "降措", "曲珍", "旺姆", "仁青", "益西", "贡布", "德吉", "索朗"]
HAN_SUR = ["张", "李", "王", "刘", "陈", "杨", "黄", "周", "吴", "罗", "何", "唐", "邓", "彭", "曾", "蒋", "谢", "冉"]
HAN_GIV = ["建军", "晓燕", "磊", "婷", "俊", "丽娟", "浩", "雪梅", "志强", "倩", "杰", "欣怡", "勇", "小红", "鑫", "静"]
FOREIGN_FIRST = ["Lukas", "Emma", "Tom", "Sofia", "Jonas", "Chloe", "Mateo", "Hannah", "Pieter", "Lea", "Noah", "Ines"]
FOREIGN_LAST = ["Berger", "Lindqvist", "Moreau", "Kowal", "Hart", "Vos", "Rinaldi", "Okafor", "Sato", "Keller"]
# birthplace codes (6 digits, invented county codes inside the right provinces)
REGION = {"tib": ["513361", "513362", "513365", "540427"], "cd": ["510104", "510107", "510124", "510181"],
          "cq": ["500103", "500106", "500112", "500236"], "other": ["440305", "330106", "610113", "420102"]}

# what a local was doing at each place when something went missing
DOING = {"monastery": ["磕头", "拜佛", "供酥油灯"], "kora": ["转经", "转经", "转山"], "service": ["买东西", "等人", "上厕所"],
         "racing": ["看赛马", "跳锅庄", "看比赛"], "tents": ["喝甜茶", "坐帐篷", "卖酸奶"], "hospital": ["看病", "陪家里人看病", "吸氧"],
         "market": ["卖肉", "买酥油", "摆摊"], "xuelian": ["送货", "找人"], "hostel": ["送货", "住宿"], "meiduo": ["送货", "吃饭"],
         "petrol": ["加油", "打气"], "lake": ["转湖", "挂经幡"], "bus": ["等车", "坐车", "接人"], "square": ["跳锅庄", "晒太阳", "转经筒"]}
BIG_SPOTS = ["门口", "路边", "停车的地方", "墙边", "外面空地"]

# voices of people who lose things, and of people who hand things in
LOST_VOICES = ["herder", "herder", "sichuan", "sichuan", "sichuan", "cyclist", "cyclist", "foreign", "desk"]
FOUND_VOICES = ["herder", "vendor", "inn", "inn", "volunteer", "hospital", "police", "police", "tourist",
                "cyclist", "busstaff", "petrol", "foreign"]
