#!/usr/bin/env python3
"""make_set3.py — the third labelled lost-and-found set (第三标注集), tests/lostfound/set3.json.

Written blind to the matcher (its code, tables and misses were not read) and apart from the two
earlier generators, as a judge nobody tunes on. Deterministic: the same seed writes the same file.

Every object is drawn once as the truth: category, kind, brand, model, a colour shade, a serial
where such a thing has one, a holder's name for documents, the contents of a wallet or bag, and
its identifying marks as *slots* (a phone's case, its screen, a sticker, a lanyard ...: one value
per slot). Two objects of one kind differ in at least one slot, so a look-alike can always be told
apart when both sides say that slot. The owner's lost report and the desk's found registration
are then written from the truth independently, each by a writer with habits of its own:

  lost side   citizen on the phone (口语, one run-on sentence, fields left empty),
              desk officer taking it down (fields and a standard sentence), or
              one sentence only;
  found side  quick officer (abbreviations: 苹果13PM, 华为mate60, 小米14u, 黑色皮夹, 身份证一张),
              the finder's words taken down, or one sentence only.

Then, on a part of the records: traditional characters, full-width digits and letters, serials
with dashes, dots, spaces or only their middle, models without their brand, colours by
comparison, contents counted differently, loose times, another landmark nearby.

Usage: python3 tests/lostfound/make_set3.py   (rewrites tests/lostfound/set3.json)
"""
import json
import os
import random

SEED = 20261202
rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Places: a 兰溪-like town. Each cluster is one spot with several landmark names close together;
# each side names it by one of them. Coordinates near the county seat (29.21 N, 119.46 E).

PLACES = [
    ("兰溪站出站口", "火车站站前广场", "火车站公交首末站", 29.2231, 119.4772),
    ("汽车客运站候车厅", "客运站门口", "汽车站对面早餐店", 29.2154, 119.4698),
    ("中洲公园南门", "中洲大桥桥头", "兰江亲水平台", 29.2046, 119.4605),
    ("人民路步行街", "步行街中段奶茶店", "天福山路口", 29.2101, 119.4631),
    ("市人民医院门诊大厅", "人民医院住院部", "医院门口公交站", 29.2183, 119.4587),
    ("丹溪广场一楼", "丹溪广场负一楼超市", "丹溪广场东门", 29.2129, 119.4742),
    ("兰溪一中校门口", "一中对面文具店", "一中门口公交站", 29.2262, 119.4561),
    ("城西菜市场", "菜场二楼", "菜场门口水果摊", 29.2072, 119.4493),
    ("市体育馆", "体育场跑道", "体育馆停车场", 29.2195, 119.4823),
    ("行政服务中心大厅", "市民中心停车场", "行政服务中心门口", 29.2017, 119.4761),
    ("古城墙水门", "兰阴山脚", "老街牌坊", 29.2088, 119.4557),
    ("李渔路美食街", "夜市烧烤摊", "李渔路口", 29.2139, 119.4674),
    ("江滨公园健身步道", "兰江大桥下", "江边绿道", 29.1992, 119.4648),
    ("开发区职工食堂", "开发区公交站", "开发区厂门口", 29.2312, 119.4917),
    ("影城5号厅", "影城售票处", "影城门口", 29.2116, 119.4711),
    ("丹溪大道加油站", "加油站便利店", "丹溪大道公交站", 29.1968, 119.4811),
    ("工商银行人民路支行", "银行ATM机旁", "银行门口台阶", 29.2097, 119.4616),
    ("兰江花园小区门口", "兰江花园快递柜", "小区北门", 29.2228, 119.4678),
    ("联华超市收银台", "联华超市停车场", "超市门口", 29.2055, 119.4725),
    ("职业技术学校操场", "职校宿舍楼", "职校门口", 29.2287, 119.4452),
    ("市中医院挂号处", "中医院门口", "中医院停车场", 29.2162, 119.4512),
    ("市民广场音乐喷泉", "广场舞那块空地", "市民广场西侧", 29.2036, 119.4686),
    ("3路公交车上", "公交总站", "3路公交末班车", 29.2249, 119.4861),
]
TAXI = ("出租车上", "出租车公司", 29.2181, 119.4799)
VAGUE_PLACES = ["城区，具体地点不清楚", "从家到单位的路上", "不记得在哪掉的，可能在步行街或者丹溪广场",
                "回家路上", "城里转了一圈，不知道掉哪了"]

# ---------------------------------------------------------------------------------------------
# Colours: family and shade; the owner's and the officer's words for one shade. Comparisons only
# on the owner's side.

COLOURS = {
    "black": (["黑的", "黑色", "纯黑", "跟墨一样黑", "黑黑的"], ["黑", "黑色", "亮黑"]),
    "white": (["白的", "白色", "跟雪一样白", "雪白"], ["白", "白色"]),
    "skyblue": (["跟天空一样的蓝", "天蓝色", "浅蓝的", "淡蓝"], ["浅蓝", "天蓝", "蓝色（浅）"]),
    "navy": (["深蓝的", "藏蓝", "藏青色"], ["深蓝", "藏蓝色"]),
    "gold": (["土豪金", "金色", "金灿灿的"], ["金色", "金", "香槟金"]),
    "silver": (["银色", "银白的", "亮银色"], ["银色", "银"]),
    "red": (["大红", "红的", "跟消防车一样红", "中国红"], ["红", "红色"]),
    "pink": (["粉粉的", "粉色", "粉红的", "樱花粉"], ["粉", "粉色", "粉红"]),
    "purple": (["紫的", "淡紫色", "薰衣草那种紫"], ["紫色", "浅紫"]),
    "green": (["绿的", "军绿色", "橄榄绿"], ["绿色", "军绿"]),
    "brown": (["咖啡色", "像咖啡那种颜色", "棕的", "驼色"], ["棕色", "咖啡色", "褐色"]),
    "grey": (["灰的", "灰色", "深空灰"], ["灰", "灰色", "深灰"]),
    "yellow": (["黄的", "鹅黄色", "柠檬黄"], ["黄色", "黄"]),
    "jade": (["翠绿的", "绿莹莹的"], ["翠绿", "绿色"]),
}

# ---------------------------------------------------------------------------------------------
# Brands: canonical name → (owner's spellings, officer's spellings). Traditional forms come from
# the character table below when a record is written in traditional characters.

BRANDS = {
    "苹果": (["苹果", "苹果的", "iPhone", "Apple", "爱疯"], ["苹果", "iPhone", "APPLE"]),
    "华为": (["华为", "华为的", "HUAWEI", "Huawei"], ["华为", "HUAWEI", "HW华为"]),
    "小米": (["小米", "小米的", "xiaomi", "MI"], ["小米", "MI", "XIAOMI"]),
    "OPPO": (["OPPO", "oppo", "欧珀"], ["OPPO", "oppo"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIVO"]),
    "荣耀": (["荣耀", "HONOR", "荣耀的"], ["荣耀", "HONOR"]),
    "三星": (["三星", "Samsung", "三星的"], ["三星", "SAMSUNG"]),
}

# phones: brand, full model, owner's variants, officer's variants (the officer's may drop the
# brand because the model names it: Mate60, Reno11, iPhone15)
PHONE_MODELS = [
    ("苹果", "iPhone 13 Pro Max", ["13 Pro Max", "13promax", "十三Pro Max"], ["13PM", "iPhone13PM", "13ProMax"]),
    ("苹果", "iPhone 15", ["15", "iPhone15", "15代"], ["iPhone15", "15"]),
    ("苹果", "iPhone 14 Plus", ["14plus", "14 Plus"], ["14Plus", "iPhone14plus"]),
    ("苹果", "iPhone 12", ["12", "iPhone12"], ["iPhone12", "12"]),
    ("华为", "Mate 60 Pro", ["mate60pro", "Mate60 Pro", "mate60"], ["mate60p", "Mate60Pro"]),
    ("华为", "P60", ["P60", "p60"], ["P60"]),
    ("华为", "nova 11", ["nova11", "诺瓦11"], ["nova11", "Nova 11"]),
    ("小米", "14 Ultra", ["14 Ultra", "14u", "小米14至尊版"], ["14u", "14U"]),
    ("小米", "13", ["13", "小米13"], ["13", "M13"]),
    ("OPPO", "Reno 11", ["reno11", "Reno 11"], ["Reno11"]),
    ("OPPO", "Find X7", ["find x7", "FindX7"], ["FindX7", "Find X7"]),
    ("vivo", "X100", ["x100", "X100"], ["X100"]),
    ("vivo", "S18", ["s18", "S18"], ["S18"]),
    ("荣耀", "Magic 6", ["magic6", "Magic6"], ["Magic6", "magic 6"]),
    ("荣耀", "X50", ["x50", "X50"], ["X50"]),
    ("三星", "Galaxy S23", ["S23", "盖乐世S23"], ["S23", "Galaxy S23"]),
]
PHONE_BRAND_IN_MODEL = {"iPhone15", "iPhone13PM", "iPhone14plus", "iPhone12", "Mate60Pro", "mate60p", "M13"}

PHONE_SLOTS = {
    "case": [("壳子上有个小熊", "小熊图案手机壳"), ("透明壳，壳里夹了张照片", "透明壳内夹照片一张"),
             ("套着个皮套，翻盖的", "翻盖皮套"), ("壳子是蜡笔小新的", "蜡笔小新手机壳"),
             ("手机壳背面有个支架", "壳背带指环支架"), ("没套壳", "无保护壳"),
             ("绿色的硅胶壳", "绿色硅胶壳"), ("壳子上印着一只橘猫", "橘猫图案壳")],
    "screen": [("屏幕右上角碎了", "屏右上角碎裂"), ("屏幕有条裂缝，从中间斜下来", "屏幕中部斜向裂纹"),
               ("屏幕好好的，贴了钢化膜", "屏完好，有钢化膜"), ("屏幕左下角有个小坑", "屏左下角小凹坑"),
               ("贴了防窥膜", "贴防窥膜")],
    "charm": [("挂了根红绳", "挂红色挂绳"), ("挂着个小铃铛", "挂小铃铛"), ("没有挂绳", "无挂件"),
              ("挂了个毛绒兔子", "挂毛绒兔挂件"), ("挂着一串珠子", "挂串珠")],
    "back": [("背面贴了张奥特曼贴纸", "背贴奥特曼贴纸"), ("后面摄像头那里磕掉了一点漆", "摄像头边缘掉漆"),
             ("背面有刻字LZ", "背面刻字“LZ”"), ("背面贴了张公交卡", "背贴公交卡一张")],
}

WALLET_KINDS = [("钱包", "钱包"), ("皮夹", "皮夹"), ("长款钱包", "长钱包"), ("卡包", "卡包"), ("零钱包", "零钱包")]
WALLET_BRANDS = ["七匹狼", "金利来", "啄木鸟", "花花公子", "蔻驰", None, None]
WALLET_SLOTS = {
    "clasp": [("扣子是磁铁的", "磁吸扣"), ("拉链坏了", "拉链损坏"), ("有个按扣", "按扣式"), ("折叠的，没扣子", "对折无扣")],
    "wear": [("边上磨破了", "边角磨损"), ("还挺新的", "较新"), ("上面沾了点油漆", "表面有油漆点"),
             ("有个烫金的字母M", "烫金字母M")],
    "extra": [("夹着一张全家福", "内夹合影照片一张"), ("里面有张超市小票", "内有超市小票"),
              ("塞了个护身符", "内有护身符一个"), ("有张名片", "内有名片一张"), ("没放别的", "无其他物品")],
}
BANKS = [("建行卡", "建设银行卡", "621700"), ("工行卡", "工商银行卡", "622202"), ("农行卡", "农业银行卡", "622848"),
         ("中行卡", "中国银行卡", "621785"), ("邮储卡", "邮政储蓄卡", "621799"), ("农商银行卡", "兰溪农商银行卡", "623091")]
OTHER_CARDS = [("身份证", "身份证"), ("驾驶证", "驾驶证"), ("社保卡", "社保卡"), ("公交卡", "公交卡"),
               ("超市购物卡", "购物卡"), ("会员卡", "会员卡")]

BAG_KINDS = [("双肩包", "双肩背包"), ("书包", "学生书包"), ("斜挎包", "斜挎包"), ("手提包", "女式手提包"),
             ("帆布袋", "帆布包"), ("行李箱", "拉杆箱")]
BAG_BRANDS = ["耐克", "阿迪达斯", "小米", "新秀丽", "迪卡侬", None, None]
BAG_CONTENTS = [("笔记本电脑", "笔记本电脑", "台"), ("充电宝", "充电宝", "个"), ("雨伞", "雨伞", "把"),
                ("保温杯", "保温杯", "个"), ("作业本", "作业本", "本"), ("外套", "外套", "件"),
                ("药", "药品", "盒"), ("文件", "文件", "份"), ("化妆包", "化妆包", "个"), ("耳机", "耳机", "副"),
                ("课本", "课本", "本"), ("衣服", "衣物", "件")]
BAG_SLOTS = {
    "tag": [("挂着个工牌", "挂工牌一个"), ("拉链上挂了个小熊", "拉链挂小熊"), ("侧袋有个水杯", "侧袋插水杯"),
            ("包带断了一根", "一侧背带断"), ("上面绣了名字", "绣有名字")],
    "wear": [("包底有点脏", "包底污渍"), ("新买的", "较新"), ("拉链头掉了一个", "缺一个拉链头"),
             ("有一块补过", "有补丁")],
}

KEY_CAR = ["大众", "丰田", "本田", "比亚迪", "五菱", "吉利"]
KEY_SLOTS = {
    "pendant": [("挂了个小黄鸭", "小黄鸭挂件"), ("挂着平安扣", "平安扣挂件"), ("挂了个皮卡丘", "皮卡丘挂件"),
                ("有个葫芦挂件", "葫芦挂件"), ("挂了个指甲剪", "带指甲剪"), ("有个开瓶器", "带开瓶器")],
    "fob": [("有张蓝色门禁卡", "蓝色门禁卡一张"), ("有个圆的门禁扣", "圆形门禁扣"), ("没门禁卡", "无门禁卡"),
            ("有张红色门禁卡", "红色门禁卡一张")],
}

EBIKES = [("雅迪", "YD"), ("爱玛", "AM"), ("台铃", "TL"), ("绿源", "LY"), ("新日", "XR"), ("小刀", "XD"), ("小牛", "NQ")]
EBIKE_SLOTS = {
    "seat": [("座垫套是豹纹的", "豹纹座套"), ("座垫破了个洞", "座垫破损"), ("座垫套是卡通的", "卡通座套")],
    "rear": [("后面装了儿童座椅", "后座加装儿童座椅"), ("后面有个货架", "后带货架"), ("后座绑了个箱子", "后置尾箱")],
    "front": [("车筐歪了", "车筐变形"), ("挂着挡风被", "装挡风被"), ("左边后视镜断了", "左后视镜断"),
              ("前面挂了把伞", "装遮阳伞")],
}
BIKES = [("捷安特", "山地车"), ("美利达", "山地车"), ("永久", "自行车"), ("凤凰", "自行车"), ("喜德盛", "公路车"),
         ("迪卡侬", "折叠车"), ("好孩子", "儿童自行车")]
BIKE_SLOTS = {
    "basket": [("前面有车篮", "带车篮"), ("没车篮", "无车篮"), ("车篮是白色塑料的", "白色塑料车篮")],
    "rear": [("后座绑着个垫子", "后座有软垫"), ("有个水壶架", "带水壶架"), ("装了个车铃铛", "车铃完好")],
    "lock": [("锁是U型锁", "U型锁"), ("挂着一把密码锁", "密码锁"), ("没上锁", "未上锁")],
}

JEWELRY = [("金项链", "黄金项链", "gold", "条"), ("金手镯", "黄金手镯", "gold", "只"), ("金戒指", "黄金戒指", "gold", "枚"),
           ("银手链", "银手链", "silver", "条"), ("玉镯子", "玉镯", "jade", "只"), ("耳环", "耳环", "gold", "对"),
           ("钻戒", "钻石戒指", "silver", "枚")]
JEWELRY_BRANDS = ["周大福", "老凤祥", "周生生", "六福", "潮宏基", None]
JEWELRY_SLOTS = {
    "engrave": [("内圈刻了LOVE", "内刻“LOVE”"), ("刻着2016.05.20", "刻字2016.05.20"), ("刻了名字缩写ZW", "刻“ZW”"),
                ("没刻字", "无刻字")],
    "pendant": [("坠子是个小葫芦", "葫芦吊坠"), ("挂了个平安扣", "平安扣吊坠"), ("坠子是观音", "观音吊坠"),
                ("上面有个小钻", "镶小钻一颗"), ("有一处压扁了", "有一处变形")],
}

ELECTRONICS = [  # kind owner/officer, brand, model owner/officer, has SN
    ("蓝牙耳机", "无线耳机", "苹果", "AirPods Pro", ["airpods pro", "AirPods Pro2"], ["AirPods Pro"]),
    ("蓝牙耳机", "无线耳机", "华为", "FreeBuds 5", ["freebuds5", "FreeBuds"], ["FreeBuds5"]),
    ("平板", "平板电脑", "苹果", "iPad Air", ["ipad air", "iPad"], ["iPad Air", "iPad"]),
    ("平板", "平板电脑", "华为", "MatePad 11", ["matepad", "MatePad11"], ["MatePad11"]),
    ("笔记本电脑", "笔记本电脑", "联想", "小新Pro 14", ["小新", "小新Pro14"], ["小新Pro14"]),
    ("笔记本电脑", "笔记本电脑", "华为", "MateBook 14", ["matebook", "MateBook14"], ["MateBook14"]),
    ("电话手表", "儿童电话手表", "小天才", "Z9", ["z9", "Z9"], ["Z9"]),
    ("相机", "数码相机", "索尼", "ZV-1", ["zv1", "ZV-1"], ["ZV-1", "ZV1"]),
    ("充电宝", "移动电源", "小米", "20000mAh", ["两万毫安的", "20000毫安"], ["20000mAh"]),
    ("智能手表", "智能手表", "华为", "Watch GT4", ["gt4", "Watch GT4"], ["GT4"]),
]
ELEC_SLOTS = {
    "mark": [("上面贴了名字贴", "贴姓名贴"), ("外壳有划痕", "外壳划痕"), ("套了个粉色的套", "粉色保护套"),
             ("表带是蓝色的", "蓝色表带"), ("有个小熊贴纸", "小熊贴纸"), ("边角磕掉一块", "边角缺损")],
    "extra": [("带着充电线", "附充电线"), ("盒子也在一起", "连同包装盒"), ("就光机器", "仅本机")],
}
OTHERS = [("保温杯", "保温杯", ["膳魔师", "象印", "富光", "哈尔斯"], "个"), ("雨伞", "雨伞", ["天堂伞", None], "把"),
          ("眼镜", "近视眼镜", [None], "副"), ("羽绒服", "羽绒服", ["波司登", "雪中飞"], "件"),
          ("奥特曼玩具", "玩具", [None], "个"), ("帽子", "帽子", [None, "耐克"], "顶")]
OTHER_SLOTS = {
    "mark": [("杯底贴着名字", "底部贴名字"), ("有个缺口", "有缺口"), ("上面印了卡通图案", "卡通图案"),
             ("柄是木头的", "木柄"), ("镜腿松了", "镜腿松动"), ("口袋里有钥匙", "口袋内有钥匙"), ("有点褪色", "褪色"),
             ("伞骨断了一根", "伞骨断一根"), ("镜片有划痕", "镜片划痕"), ("装在蓝色眼镜盒里", "蓝色眼镜盒"),
             ("袖口有点脏", "袖口污渍"), ("帽子上有毛领", "毛领帽"), ("一只手臂掉了", "缺一只手臂"),
             ("帽檐上有个签名", "帽檐有签名")],
}
# which values of a slot fit which kind (a jade bangle has no pendant, glasses no wooden handle)
ALLOWED = {
    ("other", "mark"): {"保温杯": [0, 1, 2, 6], "雨伞": [2, 3, 6, 7], "眼镜": [4, 8, 9], "羽绒服": [5, 6, 10, 11],
                        "奥特曼玩具": [1, 2, 6, 12], "帽子": [2, 6, 13]},
    ("jewelry", "pendant"): {"金手镯": [3, 4], "金戒指": [3, 4], "银手链": [3, 4], "玉镯子": [4], "耳环": [3, 4],
                             "钻戒": [4]},
    ("jewelry", "engrave"): {"玉镯子": [3], "耳环": [3]},
    ("electronics", "mark"): {k: [0, 1, 2, 4, 5] for k in ("蓝牙耳机", "平板", "笔记本电脑", "相机", "充电宝")},
}


def allowed(o, slot):
    table = SLOT_TABLE[o["cat"]][slot]
    return ALLOWED.get((o["cat"], slot), {}).get(o["kind"][0], list(range(len(table))))


CASH_CONTAINERS = [("银行的纸袋装着", "装于银行纸袋"), ("用橡皮筋捆着", "橡皮筋捆扎"), ("装在红包里", "装于红包内"),
                   ("用塑料袋包着", "塑料袋包裹"), ("装在信封里", "装于信封"), ("就散着", "散装")]

SURNAMES = "陈王李张刘吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["晓东", "丽娟", "建国", "子涵", "浩然", "雨婷", "志强", "秀英", "俊杰", "欣怡", "国平", "美玲", "一帆",
         "思远", "海燕", "伟", "芳", "敏", "静", "磊", "洋", "婷婷", "嘉怡", "宇航", "梓轩", "春花", "福根", "金娣"]
SCHOOLS = [("兰溪一中", "LX1Z"), ("兰溪职业技术学校", "LXZJ"), ("兰溪三中", "LX3Z")]

# traditional forms for a record written on a phone set to 繁體 (only what the templates use)
TRAD = dict(zip("华为苹机钱钥证银张个里丢车电动门带红蓝绿黄现边开后东广场号过这还没时间书学笔记脑护壳挂饰链镯头贴纸双请帮寻医院桥园区联们见说对图样买单点块几两圆线儿认该刚丝乐码总饭厅馆观扣划亮钢软终级续获规则转无损坏库术须递惯宝灭闪湾纪卫骑罗币铃锁杂团坠侧腿镜钻缩写绍识别丰亿蓝锈备盖黑",
                "華為蘋機錢鑰證銀張個裏丟車電動門帶紅藍綠黃現邊開後東廣場號過這還沒時間書學筆記腦護殼掛飾鏈鐲頭貼紙雙請幫尋醫院橋園區聯們見說對圖樣買單點塊幾兩圓線兒認該剛絲樂碼總飯廳館觀釦劃亮鋼軟終級續獲規則轉無損壞庫術須遞慣寶滅閃灣紀衛騎羅幣鈴鎖雜團墜側腿鏡鑽縮寫紹識別豐億藍鏽備蓋黑"))


def trad(s):
    return "".join(TRAD.get(c, c) for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if (c.isascii() and c.isalnum()) else c for c in s)


# ---------------------------------------------------------------------------------------------
# Serials

def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def new_imei():
    body = "86" + "".join(rng.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def new_id(tail4=None):
    while True:
        y = rng.randint(1955, 2008)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        body = "330781%04d%02d%02d%03d" % (y, m, d, rng.randint(1, 999))
        n = body + id_check(body)
        if tail4 is None or n[-4:] == tail4:
            return n
        if tail4 is not None:  # pick a sequence whose check digit gives the wanted tail
            for seq in range(1000):
                b = body[:14] + "%03d" % seq
                if (b + id_check(b))[-4:] == tail4:
                    return b + id_check(b)


def new_card(prefix, tail4=None, memorable=False):
    n = 19 if rng.random() < 0.6 else 16
    mid_len = n - len(prefix) - 4
    if memorable:  # a run the owner remembers (中间有一串8888)
        run = rng.choice(["8888", "6666", "1314", "5200", "9999"])
        pad = "".join(rng.choice("0123456789") for _ in range(mid_len - 4))
        k = rng.randint(0, len(pad))
        mid = pad[:k] + run + pad[k:]
    else:
        mid = "".join(rng.choice("0123456789") for _ in range(mid_len))
    tail = tail4 or "".join(rng.choice("0123456789") for _ in range(4))
    return prefix + mid + tail


def new_frame(prefix):
    return prefix + "%02d%02d" % (rng.randint(20, 24), rng.randint(1, 12)) + rng.choice("ABHKMX") + \
        "".join(rng.choice("0123456789") for _ in range(7))


def new_sn():
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))


def groups(s, k):
    return " ".join(s[i:i + k] for i in range(0, len(s), k))


def write_serial(kind, value, side, memorable=None):
    """One way a person writes the serial. side: 'lost' or 'found'."""
    r = rng.random()
    if kind == "imei":
        forms = [value, groups(value, 4), value[:2] + "-" + value[2:8] + "-" + value[8:14] + "-" + value[14:],
                 value[:6] + "." + value[6:12] + "." + value[12:], "IMEI:" + value, "ＩＭＥＩ：" + fullwidth(value)]
        if side == "lost":
            forms += ["串号" + value, "串号后四位" + value[-4:], "串号中间几位是" + value[5:11]]
        return rng.choice(forms)
    if kind == "bank":
        if side == "lost":
            forms = ["尾号" + value[-4:], "卡号后四位" + value[-4:], groups(value, 4), "卡号" + value]
            if memorable:
                forms += ["卡号中间有一串" + memorable] * 3
            return rng.choice(forms)
        return rng.choice([value, value[:6] + "*" * (len(value) - 10) + value[-4:], "尾号" + value[-4:],
                           groups(value, 4), "卡号末四位" + fullwidth(value[-4:])])
    if kind == "id":
        if side == "lost":
            return rng.choice([value, value[:6] + " " + value[6:14] + " " + value[14:], "身份证后四位" + value[-4:],
                               "号码" + value])
        return rng.choice([value, value[:6] + "********" + value[-4:], value[:4] + "**********" + value[-4:],
                           fullwidth(value), "尾号" + value[-4:]])
    if kind == "frame":
        if side == "lost":
            return rng.choice(["车架号" + value, "车架号" + value[:4] + "-" + value[4:9] + "-" + value[9:],
                               "车架号后六位" + value[-6:], "车架号中间有一段是" + value[4:9]])
        return rng.choice([value, "车架号:" + value, value.lower(), value[:4] + " " + value[4:9] + " " + value[9:]])
    if kind == "sn":
        return rng.choice(["SN:" + value, "S/N " + value, value, value[:4] + "-" + value[4:8] + "-" + value[8:],
                           "序列号" + value.lower()])
    if kind == "student":
        return rng.choice(["学号" + value, value, "学号:" + fullwidth(value)])
    if kind == "plate":
        return rng.choice([value, value[2:], "牌照" + value, "车牌" + value[:2] + " " + value[2:]])
    if kind == "passport":
        if side == "lost":
            return rng.choice(["护照号" + value, "护照号码" + value.lower()])
        return rng.choice([value, value[:3] + "****" + value[-2:], "护照号:" + value])
    if kind == "social":
        return rng.choice(["社保卡号" + value, value, "尾号" + value[-4:]])
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# Objects

CATS = [("phone", 26), ("wallet", 16), ("id_doc", 14), ("keys", 9), ("bag", 8), ("electronics", 8),
        ("ebike", 5), ("jewelry", 4), ("cash", 3), ("bicycle", 3), ("other", 4)]


def pick_cat():
    total = sum(w for _, w in CATS)
    x = rng.uniform(0, total)
    for c, w in CATS:
        x -= w
        if x <= 0:
            return c
    return CATS[-1][0]


def draw_slots(table):
    return {k: rng.randrange(len(v)) for k, v in table.items()}


def name():
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


SLOT_TABLE = {"phone": PHONE_SLOTS, "wallet": WALLET_SLOTS, "bag": BAG_SLOTS, "keys": KEY_SLOTS, "ebike": EBIKE_SLOTS,
              "bicycle": BIKE_SLOTS, "jewelry": JEWELRY_SLOTS, "electronics": ELEC_SLOTS, "other": OTHER_SLOTS}


def new_object(cat=None):
    cat = cat or pick_cat()
    o = {"cat": cat, "slots": {}, "serials": [], "brand": None, "model": None, "colour": None, "contents": [],
         "cash": None, "holder": None}
    if cat in SLOT_TABLE:
        o["slots"] = draw_slots(SLOT_TABLE[cat])
    if cat == "phone":
        m = rng.choice(PHONE_MODELS)
        o.update(kind=("手机", "手机"), unit="部", brand=m[0], model=m, colour=rng.choice(
            ["black", "black", "white", "skyblue", "gold", "silver", "purple", "grey", "green", "pink"]))
        o["serials"] = [("imei", new_imei())]
    elif cat == "wallet":
        k = rng.choice(WALLET_KINDS)
        o.update(kind=k, unit="个", brand=rng.choice(WALLET_BRANDS), colour=rng.choice(
            ["black", "black", "brown", "red", "pink", "navy", "white"]))
        banks = rng.sample(BANKS, rng.choice([0, 1, 2, 2, 3]))
        others = rng.sample(OTHER_CARDS, rng.choice([0, 1, 1, 2]))
        o["contents"] = [("bank", b) for b in banks] + [("card", c) for c in others]
        if rng.random() < 0.75:
            o["cash"] = rng.choice([35, 80, 120, 200, 260, 300, 450, 500, 800, 1200, 1500])
        for typ, c in o["contents"]:
            if typ == "bank":
                mem = rng.choice(["8888", None, None]) and True
                card = new_card(c[2], memorable=bool(mem))
                o["serials"].append(("bank", card, c[0]))
            elif c[0] in ("身份证", "驾驶证"):
                o["holder"] = o["holder"] or name()
                if c[0] == "身份证":
                    o["serials"].append(("id", new_id(), "身份证"))
    elif cat == "id_doc":
        kind = rng.choice(["身份证", "身份证", "身份证", "驾驶证", "学生证", "银行卡", "银行卡", "社保卡", "护照"])
        o.update(kind=(kind, kind), unit="张" if kind != "护照" else "本", holder=name(),
                 colour={"身份证": None, "驾驶证": None, "学生证": rng.choice(["red", "navy"]),
                         "银行卡": None, "社保卡": None, "护照": "red"}[kind])
        if kind in ("身份证", "驾驶证"):
            o["serials"] = [("id", new_id(), kind)]
        elif kind == "学生证":
            sch = rng.choice(SCHOOLS)
            o["school"] = sch[0]
            o["serials"] = [("student", "20%02d%04d" % (rng.randint(21, 25), rng.randint(1, 9999)), kind)]
        elif kind == "银行卡":
            b = rng.choice(BANKS)
            o["kind"] = (b[0], b[1])
            o["serials"] = [("bank", new_card(b[2], memorable=rng.random() < 0.3), b[0])]
        elif kind == "社保卡":
            o["serials"] = [("social", new_id(), kind)]
        else:
            o["serials"] = [("passport", "E" + "".join(rng.choice("0123456789") for _ in range(8)), kind)]
    elif cat == "keys":
        n = rng.randint(2, 6)
        car = rng.choice(KEY_CAR + [None, None, None])
        o.update(kind=("钥匙", "钥匙"), unit="串", nkeys=n, car=car, colour=None)
    elif cat == "bag":
        k = rng.choice(BAG_KINDS)
        o.update(kind=k, unit="个", brand=rng.choice(BAG_BRANDS), colour=rng.choice(
            ["black", "black", "grey", "navy", "pink", "green", "brown", "white"]))
        o["contents"] = [("item", c, rng.randint(1, 3) if c[2] in ("本", "件") else 1)
                         for c in rng.sample(BAG_CONTENTS, rng.randint(1, 4))]
    elif cat == "electronics":
        e = rng.choice(ELECTRONICS)
        o.update(kind=(e[0], e[1]), unit="个" if e[0] not in ("笔记本电脑", "平板") else "台", brand=e[2],
                 model=(e[2], e[3], e[4], e[5]), colour=rng.choice(["white", "black", "grey", "silver", "pink", "skyblue"]))
        if rng.random() < 0.5 and e[0] in ("平板", "笔记本电脑", "相机", "蓝牙耳机"):
            o["serials"] = [("sn", new_sn())]
    elif cat == "ebike":
        b = rng.choice(EBIKES)
        o.update(kind=("电动车", "电动自行车"), unit="辆", brand=b[0], colour=rng.choice(
            ["white", "black", "red", "skyblue", "grey", "pink", "green"]))
        o["serials"] = [("frame", new_frame(b[1])), ("plate", "兰溪" + rng.choice("ABCDE") + "%05d" % rng.randint(1, 99999))]
    elif cat == "bicycle":
        b = rng.choice(BIKES)
        o.update(kind=(b[1], b[1]), unit="辆", brand=b[0], colour=rng.choice(["black", "white", "red", "skyblue", "yellow", "green"]))
        if rng.random() < 0.3:
            o["serials"] = [("frame", new_frame("B" + rng.choice("GMY")))]
    elif cat == "jewelry":
        j = rng.choice(JEWELRY)
        o.update(kind=(j[0], j[1]), unit=j[3], brand=rng.choice(JEWELRY_BRANDS), colour=j[2],
                 grams=rng.choice([3, 5, 8, 10, 12, 15, 20, 25, 30]))
    elif cat == "cash":
        o.update(kind=("现金", "现金"), unit="笔", cash=rng.choice([300, 500, 800, 1000, 1500, 2000, 3000, 5000, 1200,
                                                                 2600, 650, 4000, 1800, 350]),
                 container=rng.randrange(len(CASH_CONTAINERS)))
    else:
        t = rng.choice(OTHERS)
        o.update(kind=(t[0], t[1]), unit=t[3], brand=rng.choice(t[2]), colour=rng.choice(
            ["black", "navy", "red", "pink", "white", "green", "yellow"]))
    for k in sorted(o["slots"]):
        o["slots"][k] = rng.choice(allowed(o, k))
    return o


def twin_of(o):
    """A look-alike: same kind, brand, model and colour, other marks, other serials, other holder."""
    t = json.loads(json.dumps(o))
    t["serials"] = [tuple(s) for s in t["serials"]]
    table = SLOT_TABLE.get(o["cat"])
    if table:
        ks = [k for k in sorted(table) if len(allowed(o, k)) > 1]
        for k in rng.sample(ks, max(1, len(ks) - 1)) if ks else []:
            opts = [i for i in allowed(o, k) if i != o["slots"][k]]
            t["slots"][k] = rng.choice(opts)
    fresh = new_object(o["cat"])
    if o["cat"] in ("wallet", "bag"):
        # other contents, told apart in the owner's summary too: another number of bank cards or
        # other cards named (a wallet), other things inside (a bag)
        while True:
            fresh = new_object(o["cat"])
            if o["cat"] == "bag" and set(c[1][0] for c in fresh["contents"]) != set(c[1][0] for c in o["contents"]):
                break
            if o["cat"] == "wallet":
                nb = lambda w: sum(1 for t_, _ in w["contents"] if t_ == "bank")
                cs = lambda w: sorted(c[0] for t_, c in w["contents"] if t_ == "card")
                if nb(fresh) != nb(o) and cs(fresh) != cs(o):
                    break
        t["contents"] = fresh["contents"]
        t["serials"] = fresh["serials"]
        t["cash"] = fresh["cash"] if fresh["cash"] != o["cash"] else (o["cash"] or 0) + 150
        t["holder"] = fresh["holder"]
    elif o["cat"] == "cash":
        t["cash"] = rng.choice([a for a in (300, 500, 800, 1000, 1500, 2000, 3000, 5000) if abs(a - o["cash"]) > 300])
        t["container"] = rng.choice([i for i in range(len(CASH_CONTAINERS)) if i != o["container"]])
    elif o["cat"] == "id_doc":
        t["holder"] = name()
        t["serials"] = [(s[0], new_id() if s[0] in ("id", "social") else s[1][:-5] + "%05d" % rng.randint(0, 99999),
                         *s[2:]) for s in o["serials"]]
    elif o["cat"] == "keys":
        t["nkeys"] = o["nkeys"] - 2 if o["nkeys"] > 3 else o["nkeys"] + 2
        t["car"] = rng.choice([c for c in KEY_CAR + [None] if c != o["car"]])
    elif o["cat"] == "jewelry":
        t["grams"] = rng.choice([g for g in (3, 5, 8, 10, 12, 15, 20, 25, 30) if abs(g - o["grams"]) >= 5])
    else:
        t["serials"] = [(s[0], new_imei() if s[0] == "imei" else new_frame(s[1][:2]) if s[0] == "frame"
                         else new_sn() if s[0] == "sn" else "兰溪" + rng.choice("ABCDE") + "%05d" % rng.randint(1, 99999),
                         *s[2:]) for s in o["serials"]]
    return t


# ---------------------------------------------------------------------------------------------
# Writing

def colour_word(o, side):
    if not o["colour"]:
        return None
    owner, officer = COLOURS[o["colour"]]
    return rng.choice(owner if side == "lost" else officer)


def brand_word(o, side):
    b = o["brand"]
    if not b:
        return None
    if b in BRANDS:
        owner, officer = BRANDS[b]
        return rng.choice(owner if side == "lost" else officer)
    return b


def model_word(o, side):
    m = o["model"]
    if not m:
        return None
    return rng.choice(m[2] if side == "lost" else m[3])


def slot_phrases(o, side, which):
    table = SLOT_TABLE.get(o["cat"], {})
    return [table[k][o["slots"][k]][0 if side == "lost" else 1] for k in which]


CN_NUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}


def rough_cash(a):
    """How an owner remembers an amount: near, never exact unless round."""
    if a < 100:
        return rng.choice(["几十块钱", "一点零钱", "五六十块"]) if a < 70 else rng.choice(["八九十块", "差不多一百"])
    if a < 1000:
        h = a // 100
        if a % 100 == 0:
            return rng.choice(["%s百块" % CN_NUM.get(h, str(h)), "大概%d块" % a, "%d来块" % a])
        return rng.choice(["%s百多块" % CN_NUM.get(h, str(h)), "%d多" % (h * 100)])
    if a % 1000 == 0:
        return rng.choice(["%s千块" % CN_NUM.get(a // 1000, str(a // 1000)), "%d元左右" % a, "整整%d" % a])
    return rng.choice(["一千多", "%d左右" % a, "一千五百来块" if a == 1500 else "%d块" % a])


def contents_lost(o):
    """The owner's summary: counts bank cards together, cash vague."""
    parts = []
    banks = [c for t, c in o["contents"] if t == "bank"]
    cards = [c for t, c in o["contents"] if t == "card"]
    if banks:
        if rng.random() < 0.5:
            parts.append("%s张银行卡" % CN_NUM[len(banks)])
        else:
            parts.append("和".join(b[0] for b in banks))
    for c in cards:
        parts.append(c[0])
    if o["cash"]:
        parts.append(rng.choice(["一些现金", "还有" + rough_cash(o["cash"]) + "现金", rough_cash(o["cash"])]))
    return parts


def contents_found(o):
    """The officer's count: each card named, cash to the yuan."""
    parts = []
    banks = [c for t, c in o["contents"] if t == "bank"]
    if len(banks) >= 2 and rng.random() < 0.6:
        parts.append("、".join(b[0] for b in banks) + "各一张")
    else:
        parts += [b[rng.choice([0, 1])] + "一张" for b in banks]
    for t, c in o["contents"]:
        if t == "card":
            part = c[1] + "一张"
            if c[0] in ("身份证", "驾驶证") and o["holder"] and rng.random() < 0.7:
                part += "（%s）" % o["holder"]
            parts.append(part)
    if o["cash"]:
        parts.append(rng.choice(["现金%d元" % o["cash"], "现金约%d元" % o["cash"], "人民币%d元" % o["cash"]]))
    return parts


def bag_lost(o):
    return [rng.choice([c[0], c[0]]) if n == 1 else "几%s%s" % (c[2], c[0]) for _, c, n in o["contents"]]


def bag_found(o):
    return ["%s%d%s" % (c[1], n, c[2]) for _, c, n in o["contents"]]


def keys_lost(o):
    s = ["%s把钥匙" % rng.choice([CN_NUM.get(o["nkeys"], "好几"), "%s%s" % (CN_NUM.get(o["nkeys"] - 1, ""), CN_NUM.get(o["nkeys"], "")) if o["nkeys"] > 2 else "两"])]
    if o["car"]:
        s.append("有个%s的车钥匙" % o["car"])
    return s


def keys_found(o):
    s = ["钥匙%d把" % o["nkeys"]]
    if o["car"]:
        s.append(rng.choice(["%s车钥匙1把" % o["car"], "含%s汽车遥控钥匙" % o["car"]]))
    return s


def contents_canon(o):
    if o["cat"] == "wallet":
        return (tuple(sorted(c[0] for t, c in o["contents"] if t == "bank")),
                tuple(sorted(c[0] for t, c in o["contents"] if t == "card")))
    if o["cat"] == "bag":
        return tuple(sorted(c[0] for _, c, _ in o["contents"]))
    if o["cat"] == "keys":
        return (o["nkeys"], o["car"])
    return None


def facts(o, side):
    """The things one side can say about the object, as (key, phrase, canonical value)."""
    f = []
    cw = colour_word(o, side)
    if cw:
        f.append(("colour", cw, o["colour"]))
    bw = brand_word(o, side)
    if bw:
        f.append(("brand", bw, o["brand"]))
    mw = model_word(o, side)
    if mw:
        f.append(("model", mw, o["model"][1]))
    table = SLOT_TABLE.get(o["cat"], {})
    for k in sorted(table):
        f.append(("slot:" + k, table[k][o["slots"][k]][0 if side == "lost" else 1], o["slots"][k]))
    cc = contents_canon(o)
    if o["cat"] == "wallet":
        for p in (contents_lost(o) if side == "lost" else contents_found(o)):
            f.append(("contents", p, cc))
    if o["cat"] == "bag":
        for p in (bag_lost(o) if side == "lost" else bag_found(o)):
            f.append(("contents", p, cc))
    if o["cat"] == "keys":
        for p in (keys_lost(o) if side == "lost" else keys_found(o)):
            f.append(("contents", p, cc))
    if o["cat"] == "jewelry":
        f.append(("weight", ("大概%d克" % o["grams"]) if side == "lost" else rng.choice(["约%dg" % o["grams"], "约%d克" % o["grams"]]), o["grams"]))
    if o["cat"] == "cash":
        f.append(("amount", rough_cash(o["cash"]) if side == "lost" else "%d元" % o["cash"], o["cash"]))
        f.append(("container", CASH_CONTAINERS[o["container"]][0 if side == "lost" else 1], o["container"]))
    if o.get("holder") and o["cat"] == "id_doc":
        f.append(("holder", ("名字是" if side == "lost" else "姓名") + o["holder"], o["holder"]))
    if o.get("school"):
        f.append(("school", o["school"], o["school"]))
    return f


DISTINCT = ("contents", "holder", "amount", "container", "weight", "serial")


def choose(fs, must, p):
    """The facts one writer says: every must key, the rest by chance, at least one distinctive one;
    the must ones first (a one-sentence writer keeps only the first)."""
    keep = [x for x in fs if x[0] in must or rng.random() < p]
    if not any(k.startswith("slot:") or k in DISTINCT for k, _, _ in keep):
        extra = [x for x in fs if x[0].startswith("slot:") or x[0] in DISTINCT]
        if extra:
            keep.append(rng.choice(extra))
    keep.sort(key=lambda x: x[0] not in must)
    return keep


def hour_words(t_min):
    # nominal clock: the set is written as if "now" were noon
    h = (12 * 60 - t_min) // 60 % 24
    day = (t_min - 12 * 60) // 1440 + 1 if t_min > 12 * 60 else 0
    d = {0: "今天", 1: "昨天", 2: "前天"}.get(day, "%d天前" % day if day < 7 else "上周" if day < 14
                                          else "半个多月前" if day <= 25 else "上个月")
    part = "早上" if 5 <= h < 9 else "上午" if h < 12 and h >= 9 else "中午" if h < 14 and h >= 12 else \
        "下午" if 14 <= h < 18 else "晚上" if 18 <= h < 23 else "半夜"
    return d + part


def lost_window(t):
    """The owner's window around the true moment t (minutes ago): loose on purpose."""
    style = rng.choice(["hour", "hour", "halfday", "halfday", "day", "days"])
    if style == "hour":
        a, b = rng.randint(20, 90), rng.randint(10, 60)
    elif style == "halfday":
        a, b = rng.randint(120, 360), rng.randint(60, 300)
    elif style == "day":
        a, b = rng.randint(600, 1200), rng.randint(120, 600)
    else:
        a, b = rng.randint(1440, 4320), rng.randint(60, 1440)
    frm = t + a
    to = max(5, t - b)
    return frm, to


def place_for(cluster, side, vague_ok):
    if cluster == "taxi":
        if side == "lost":   # the owner cannot say where the taxi was
            return rng.choice(["出租车上（车牌没记住）", "出租车上"]), None, None
        return rng.choice(["出租车司机交来", "出租车后座"]), TAXI[2], TAXI[3]
    p = PLACES[cluster]
    if side == "lost" and vague_ok and rng.random() < 0.1:
        return rng.choice(VAGUE_PLACES), None, None
    return rng.choice(p[:3]), p[3], p[4]


def jitter(lat, lon):
    return round(lat + rng.uniform(-0.0018, 0.0018), 6), round(lon + rng.uniform(-0.0018, 0.0018), 6)


def finish(rec, style):
    """Traditional characters or full-width on a part of the records (a phone's input method)."""
    if style == "trad":
        for k in ("body", "marks", "color", "brand", "address"):
            if k in rec:
                rec[k] = trad(rec[k])
    elif style == "full":
        for k in ("body", "serial", "model"):
            if k in rec:
                rec[k] = fullwidth(rec[k])
    return rec


def serial_phrase(o, side, s):
    mem = None
    if s[0] == "bank":
        for run in ("8888", "6666", "1314", "5200", "9999"):
            if run in s[1][6:-4]:
                mem = run
    return write_serial(s[0], s[1], side, mem)


def serial_key(sv):
    """Serials are compared within one kind (and one card: a wallet's 建行卡 against its 建行卡)."""
    return "serial:" + sv[0] + (":" + sv[2] if len(sv) > 2 else "")


def stated(keep, o, ser_said):
    """What a record says, as canonical (key, value) pairs: the kind always, a serial when given."""
    st = {("kind", o["kind"][0])}
    for k, _, c in keep:
        st.add((k, json.dumps(c, ensure_ascii=False)))
    if ser_said:
        st.add((serial_key(ser_said), ser_said[1]))
    return st


def write_lost(o, t, win, cluster, must=(), writer=None):
    """The owner's lost report of an object lost t minutes ago, reported with the window win.
    must: fact keys it has to say (a look-alike nearby is told apart by them)."""
    writer = writer or rng.choice(["phone", "phone", "desk", "desk", "desk", "one"])
    keep = choose(facts(o, "lost"), must, {"phone": 0.6, "desk": 0.65, "one": 0.3}[writer])
    ser = ser_val = None
    if o["serials"] and (rng.random() < 0.55 or "serial" in must):
        sv = o["serials"][0] if "serial" in must or o["cat"] == "wallet" or rng.random() < 0.7 else rng.choice(o["serials"])
        ser, ser_val = serial_phrase(o, "lost", sv), sv
    frm, to = win
    addr, lat, lon = place_for(cluster, "lost", writer != "one")
    kind = o["kind"][0]
    when = hour_words(t)
    rec = {"category": o["cat"]}
    get = lambda key: [p for k, p, _ in keep if k == key]
    marks = [p for k, p, _ in keep if k.startswith("slot:") or k in ("contents", "weight", "container", "school")]
    if writer == "phone":
        opener = rng.choice(["我", "我", "我家孩子的", "我老婆的", "我爸的", "帮我妈问下，她"])
        bits = []
        for key in ("colour", "brand", "model"):
            for p in get(key):
                bits.append(p + ("的" if key == "brand" and not p.endswith("的") and rng.random() < 0.3 else ""))
        bits += marks + get("amount") + get("holder")
        if ser:
            bits.append(ser)
        verb = rng.choice(["掉了", "丢了", "不见了", "找不到了"])
        where = ("在%s那边" % addr) if addr not in VAGUE_PLACES and not addr.startswith("出租车") else ""
        tail = "" if where else "，" + (addr if not addr.startswith("出租车") else "打车的时候落在出租车上了")
        body = "%s%s%s，%s。%s%s%s的%s，%s" % (
            opener, kind, verb, "，".join(bits) if bits else "就是普通的那种", when, where,
            rng.choice(["掉", "丢", "弄丢"]), tail, rng.choice(["麻烦帮忙找找。", "有人捡到的话联系我。", "急用，谢谢！", ""]))
        rec["body"] = body
        # the officer fills a field or two from the call
        if get("colour") and rng.random() < 0.4:
            rec["color"] = get("colour")[0]
        if get("brand") and rng.random() < 0.4:
            rec["brand"] = get("brand")[0].rstrip("的")
    elif writer == "desk":
        rec["body"] = "失主称%s在%s遗失%s一%s。" % (when, addr, kind, o["unit"])
        if addr in VAGUE_PLACES or addr.startswith("出租车"):
            rec["body"] = "失主称%s遗失%s一%s（%s）。" % (when, kind, o["unit"], addr)
        for key, field in (("colour", "color"), ("brand", "brand"), ("model", "model")):
            v = get(key)
            if v:
                rec[field] = v[0].rstrip("的") if key == "brand" else v[0]
        rest = marks + get("amount") + get("holder")
        if rest:
            rec["marks"] = "；".join(rest)
        if ser:
            if rng.random() < 0.75:
                rec["serial"] = ser
            else:
                rec["body"] += ser + "。"
    else:
        said = [p for k, p, _ in keep if k in ("colour", "brand")][:2]
        detail = [p for k, p, _ in keep if k.startswith("slot:") or k in DISTINCT or k == "school"][:1]
        keep = [x for x in keep if x[0] in ("colour", "brand") and x[1] in said or x[1] in detail]
        place = addr if addr not in VAGUE_PLACES else ""
        if addr.startswith("出租车"):
            place = "坐出租车"
        rec["body"] = "%s丢%s%s%s%s" % (place, "了" if rng.random() < 0.5 else "失", "".join(said), kind,
                                        "，" + detail[0] if detail else "")
        if ser and (rng.random() < 0.6 or "serial" in must):
            rec["body"] += "，" + ser
        elif ser:
            ser = ser_val = None
    rec["address"] = addr
    if lat is not None and rng.random() < 0.55:
        rec["lat"], rec["lon"] = jitter(lat, lon)
    rec["lost_from_min"], rec["lost_to_min"] = frm, to
    style = rng.choices(["plain", "trad", "full"], [84, 8, 8])[0]
    rec["_stated"] = stated(keep, o, ser_val)
    if addr not in VAGUE_PLACES:
        rec["_stated"].add(("place", str(cluster)))
    return finish(rec, style)


def write_found(o, at, cluster, must=(), writer=None):
    """The desk's found registration at at minutes ago."""
    writer = writer or rng.choice(["quick", "quick", "quick", "finder", "finder", "one"])
    keep = choose(facts(o, "found"), must, {"quick": 0.7, "finder": 0.55, "one": 0.3}[writer])
    ser = ser_val = None
    p_serial = {"phone": 0.3, "ebike": 0.6, "bicycle": 0.5, "id_doc": 0.9, "wallet": 0.35, "electronics": 0.5}.get(o["cat"], 0.5)
    if o["serials"] and (rng.random() < p_serial or "serial" in must):
        sv = o["serials"][0] if "serial" in must or o["cat"] == "wallet" or rng.random() < 0.7 else rng.choice(o["serials"])
        ser, ser_val = serial_phrase(o, "found", sv), sv
    addr, lat, lon = place_for(cluster, "found", False)
    kind = o["kind"][1] if writer != "quick" or rng.random() < 0.5 else o["kind"][0]
    get = lambda key: [p for k, p, _ in keep if k == key]
    marks = [p for k, p, _ in keep if k.startswith("slot:") or k in ("contents", "weight", "container", "school")]
    rec = {"category": o["cat"]}
    if writer == "quick":
        b = get("brand")
        m = get("model")
        if m and (m[0] in PHONE_BRAND_IN_MODEL or rng.random() < 0.3):
            head = m[0]  # the model names the brand: Mate60 without 华为
            b = []
            keep = [x for x in keep if x[0] != "brand"]
        else:
            head = (b[0] if b else "") + (m[0] if m else "")
        c = get("colour")
        body = "%s%s一%s%s%s" % (head, kind, o["unit"], " " + c[0] if c else "", " " + " ".join(marks[:2]) if marks else "")
        rec["body"] = body.strip()
        if b and rng.random() < 0.7:
            rec["brand"] = b[0]
        if m and head != m[0] and rng.random() < 0.7:
            rec["model"] = m[0]
        if c and rng.random() < 0.6:
            rec["color"] = c[0]
        if marks[2:] or (marks and rng.random() < 0.5):
            rec["marks"] = "；".join(marks + get("holder") + get("amount"))
        elif get("holder") or get("amount"):
            rec["body"] += " " + " ".join(get("holder") + get("amount"))
        if ser:
            rec["serial"] = ser
    elif writer == "finder":
        who = rng.choice(["拾得人称", "市民送来，称", "环卫工称", "保安交来，称", "学生交来，说", "司机交来，说"])
        verb = rng.choice(["捡到", "看到地上有", "发现"])
        said = [p for k, p, _ in keep if k in ("colour", "brand", "model")]
        rec["body"] = "%s在%s%s%s%s一%s%s。" % (who, addr, verb, "".join(said[:2]), kind, o["unit"],
                                          "，" + "，".join(marks[:2]) if marks else "")
        keep = [x for x in keep if x[0] not in ("colour", "brand", "model") or x[1] in said[:2]]
        rest = marks[2:] + get("holder") + get("amount")
        if rest:
            rec["marks"] = "；".join(rest)
        if ser:
            if rng.random() < 0.5:
                rec["serial"] = ser
            else:
                rec["body"] += ser + "。"
        if get("colour") and rng.random() < 0.5:
            rec["color"] = get("colour")[0]
    else:
        said = [p for k, p, _ in keep if k in ("colour", "brand", "model")][:2]
        detail = [p for k, p, _ in keep if k.startswith("slot:") or k in DISTINCT or k == "school"][:1]
        keep = [x for x in keep if x[0] in ("colour", "brand", "model") and x[1] in said or x[1] in detail]
        rec["body"] = "%s拾得%s%s一%s%s" % (addr, "".join(said), kind, o["unit"], "，" + detail[0] if detail else "")
        if ser:
            rec["serial"] = ser
    rec["address"] = addr
    if lat is not None and rng.random() < 0.7:
        rec["lat"], rec["lon"] = jitter(lat, lon)
    rec["found_at_min"] = max(1, at)
    style = rng.choices(["plain", "trad", "full"], [86, 7, 7])[0]
    rec["_stated"] = stated(keep, o, ser_val)
    rec["_stated"].add(("place", str(cluster)))
    return finish(rec, style)


# ---------------------------------------------------------------------------------------------
# The world

DAY = 1440
N_TRUE, N_NEVER = 150, 50
N_TWIN, N_BEFORE, N_CARD_TRUE, N_CARD_NEVER, N_DECOY, N_UNCLAIMED = 35, 20, 5, 6, 30, 55
SHARED_KEYS = ("slot:", "serial", "contents", "holder", "amount", "weight", "container")
WEIGHTS = {"holder": 10, "contents": 3, "amount": 3, "container": 1, "weight": 2, "model": 1.5, "brand": 1,
           "colour": 1, "school": 1}
SURE = 3.5      # evidence a true pair always has (an officer would say: this is it)
UNSURE = 3.0    # evidence no other candidate may have without a contradiction


def evidence(l, f):
    """How strongly a lost report and a found item say "the same object": a serial or a holder's
    name decides; a mark (one value of a slot, shared by about one object in five of its kind)
    counts 1.5; contents, amounts, weights, model, brand and colour by the table above; the same
    spot named, and the finding within three days of the loss, 1.5."""
    a, b = l["_stated"], f["_stated"]
    total = 0.0
    for k, v in a:
        if k == "place":
            if (k, v) in b and f["found_at_min"] >= l["lost_to_min"] - 3 * DAY:
                total += 1.5
        elif (k, v) in b:
            total += 10 if k.startswith("serial") else 1.5 if k.startswith("slot:") else WEIGHTS.get(k, 0)
    return total


def distinguishing_keys(o, t):
    """The fact keys on which another object t differs from o (stated on both sides, they tell them apart)."""
    keys = []
    for k in sorted(o["slots"]):
        if o["slots"][k] != t["slots"].get(k):
            keys.append("slot:" + k)
    if o["serials"] and t["serials"] and serial_key(o["serials"][0]) == serial_key(t["serials"][0]) \
            and o["serials"][0][1] != t["serials"][0][1]:
        keys.append("serial")
    if contents_canon(o) is not None and contents_canon(o) != contents_canon(t):
        keys.append("contents")
    if o.get("holder") and t.get("holder") and o["holder"] != t["holder"] and o["cat"] == "id_doc":
        keys.append("holder")
    if o["cat"] == "cash" and t["cat"] == "cash":
        if o["cash"] != t["cash"]:
            keys.append("amount")
        if o["container"] != t["container"]:
            keys.append("container")
    if o["cat"] == "jewelry" and t["cat"] == "jewelry" and o["grams"] != t["grams"]:
        keys.append("weight")
    for k in ("brand", "colour"):
        if o.get(k) and t.get(k) and o[k] != t[k]:
            keys.append(k)
    if o.get("model") and t.get("model") and o["model"][1] != t["model"][1]:
        keys.append("model")
    return keys


def conflict(a, b):
    """Two records' canonical statements disagree on something both say."""
    da, db = {}, {}
    for k, v in a:
        da.setdefault(k, set()).add(v)
    for k, v in b:
        db.setdefault(k, set()).add(v)
    for k in da:
        if k != "place" and k in db and not (da[k] & db[k]):
            return True
    return False


def shared_keys(o):
    """Distinctive facts both sides of a true pair will say: a serial, a name, or two others."""
    if o["serials"] and rng.random() < 0.35:
        return {"serial"}
    if o.get("holder") and o["cat"] == "id_doc" and rng.random() < 0.5:
        return {"holder"}
    ks = ["slot:" + k for k in sorted(o["slots"])]
    if contents_canon(o) is not None and (o["cat"] != "keys" or o["car"]):
        ks += ["contents"] * 2
    if o["cat"] == "cash":
        ks += ["amount", "container"]
    if o["cat"] == "jewelry":
        ks.append("weight")
    if o["serials"]:
        ks.append("serial")
    first = rng.choice(ks)
    ks += [k for k in ("brand", "colour") if o.get(k)] + (["model"] if o.get("model") else [])
    return {first, rng.choice([k for k in ks if k != first] or [first])}


def main():
    lost, found = [], []
    objs = []
    # true pairs and never-found reports
    for i in range(N_TRUE + N_NEVER):
        o = new_object()
        t = rng.randint(DAY // 2, 58 * DAY)
        cluster = "taxi" if rng.random() < 0.03 else rng.randrange(len(PLACES))
        x = {"o": o, "t": t, "win": lost_window(t), "cluster": cluster, "true": i < N_TRUE,
             "must_l": set(), "must_f": set(), "negs": []}
        if x["true"]:
            ks = shared_keys(o)
            x["must_l"] |= ks
            x["must_f"] |= ks
        objs.append(x)
    twins = rng.sample(range(N_TRUE), N_TWIN)
    befores = rng.sample(range(N_TRUE + N_NEVER), N_BEFORE)
    decoys = [N_TRUE + (i % N_NEVER) for i in range(N_DECOY)]
    for i in twins + decoys:
        x = objs[i]
        tw = twin_of(x["o"])
        diff = [k for k in distinguishing_keys(x["o"], tw) if k not in ("brand", "colour", "model")]
        k = rng.choice(diff)
        x["must_l"].add(k)
        if x["true"]:
            x["must_f"].add(k)  # the true item says it too, so an officer can tell the two apart
        x["negs"].append(("twin" if i in twins else "decoy", tw, {k}))
    for i in befores:
        x = objs[i]
        x["negs"].append(("before", twin_of(x["o"]), set()))
    # a card of another kind with the same last four digits, beside lost bank cards and ID cards
    card_objs = [i for i, x in enumerate(objs) if x["o"]["cat"] == "id_doc" and x["o"]["serials"]
                 and x["o"]["serials"][0][0] in ("bank", "id")]
    rng.shuffle(card_objs)
    ct = [i for i in card_objs if objs[i]["true"]][:N_CARD_TRUE]
    cn = [i for i in card_objs if not objs[i]["true"]][:N_CARD_NEVER]
    for i in ct + cn:
        x = objs[i]
        tail = x["o"]["serials"][0][1][-4:]
        other = new_object("id_doc")
        other.update(colour=None, unit="张")
        other.pop("school", None)
        if x["o"]["serials"][0][0] == "bank":
            other.update(kind=("社保卡", "社保卡"), serials=[("social", new_id(tail), "社保卡")])
        else:
            b = rng.choice(BANKS)
            other.update(kind=(b[0], b[1]), serials=[("bank", new_card(b[2], tail4=tail.replace("X", "0")), b[0])])
        x["must_l"].add("serial")
        x["negs"].append(("card_tail", other, {"serial"}))
    # write the records
    for x in objs:
        o = x["o"]
        x["lost"] = lrec = write_lost(o, x["t"], x["win"], x["cluster"], must=x["must_l"])
        lrec["_x"] = x
        x["found"] = None
        if x["true"]:
            d = rng.choice([rng.randint(5, 180), rng.randint(60, DAY), rng.randint(DAY, 3 * DAY)])
            if o["cat"] in ("ebike", "bicycle") and rng.random() < 0.5:
                d = rng.randint(DAY, 6 * DAY)
            x["found_at"] = max(1, x["t"] - d)
            x["found"] = frec = write_found(o, x["found_at"], x["cluster"], must=x["must_f"])
            frec["_x"] = x
            frec["_obj"] = o
            found.append(frec)
        for kind, tw, must in x["negs"]:
            frm, to = x["win"]
            if kind == "before":   # the same kind of thing, found before the loss began
                at = frm + rng.randint(60, 4 * DAY)
            elif kind == "twin":   # a look-alike found near the true one, within two days
                at = max(1, x["t"] - rng.randint(5, 2 * DAY))
            else:                  # a decoy or another card, after the window opened
                at = rng.randint(max(1, to - 2 * DAY), frm - 10)
            cl = x["cluster"] if rng.random() < 0.85 else rng.randrange(len(PLACES))
            frec = write_found(tw, at, cl, must=must)
            frec.update(negative=kind, _obj=tw, _must=set(must), _cl=cl)
            found.append(frec)
        lost.append(lrec)
    for _ in range(N_UNCLAIMED):
        o = new_object()
        cl = rng.randrange(len(PLACES))
        frec = write_found(o, rng.randint(30, 60 * DAY), cl)
        frec.update(negative="unclaimed", _obj=o, _must=set(), _cl=cl)
        found.append(frec)
    # Labels. A true pair says enough alike (SURE) and nothing unlike. No other found item after
    # the window opened may say UNSURE alike without something unlike, or an officer could not
    # tell and the label would be a guess: such a negative is written again saying what tells it
    # apart; a lost report that another report's true item could be is written again the same way.
    for rnd in range(20):
        changed = 0
        for l in lost:
            x = l["_x"]
            tr = x["found"]
            if tr is not None:
                assert tr["found_at_min"] < l["lost_from_min"]
                if conflict(l["_stated"], tr["_stated"]):
                    raise AssertionError(l)
                if evidence(l, tr) < SURE or not any(k.startswith(SHARED_KEYS) for k, _ in l["_stated"] & tr["_stated"]):
                    extra = rng.choice([k for k in sorted(shared_keys(x["o"])) if k not in x["must_f"]] or ["serial"]
                                       if x["o"]["serials"] else sorted(shared_keys(x["o"])))
                    x["must_l"].add(extra)
                    x["must_f"].add(extra)
                    i = found.index(tr)
                    x["found"] = found[i] = write_found(x["o"], x["found_at"], x["cluster"], must=x["must_f"])
                    found[i].update(_x=x, _obj=x["o"])
                    x["lost"] = lost[lost.index(l)] = write_lost(x["o"], x["t"], x["win"], x["cluster"], must=x["must_l"])
                    x["lost"]["_x"] = x
                    changed += 1
                    continue
            for j, f in enumerate(found):
                if f is tr or f["category"] != l["category"] or f["found_at_min"] >= l["lost_from_min"]:
                    continue
                fcl = f["_x"]["cluster"] if "_x" in f else f["_cl"]
                if l["lost_to_min"] - f["found_at_min"] > 7 * DAY and fcl != x["cluster"]:
                    continue   # handed in a week after, across town: an officer would not take it for this
                if evidence(l, f) >= UNSURE and not conflict(l["_stated"], f["_stated"]):
                    diff = distinguishing_keys(x["o"], f["_obj"])
                    if not diff:
                        raise AssertionError(("the same object twice", l, f))
                    k = rng.choice(diff)
                    if "_x" in f:   # another report's true item: this report says more
                        x["must_l"].add(k)
                        x["lost"] = lost[lost.index(l)] = write_lost(x["o"], x["t"], x["win"], x["cluster"], must=x["must_l"])
                        x["lost"]["_x"] = x
                    else:           # a negative: it says what tells it apart
                        x["must_l"].add(k)
                        f["_must"].add(k)
                        nf = write_found(f["_obj"], f["found_at_min"], f["_cl"], must=f["_must"])
                        nf.update(negative=f["negative"], _obj=f["_obj"], _must=f["_must"], _cl=f["_cl"])
                        found[j] = nf
                        x["lost"] = lost[lost.index(l)] = write_lost(x["o"], x["t"], x["win"], x["cluster"], must=x["must_l"])
                        x["lost"]["_x"] = x
                    changed += 1
                    break
        if not changed:
            break
    else:
        raise AssertionError("labels did not settle")
    for l in lost:
        l["truth"] = l["_x"]["found"]
    for r in lost + found:
        for k in ("_stated", "_x", "_obj", "_must", "_cl"):
            r.pop(k, None)
    # keys after shuffling, so the order says nothing
    rng.shuffle(lost)
    rng.shuffle(found)
    for i, f in enumerate(found):
        f["key"] = "Z-F%04d" % (i + 1)
    for i, l in enumerate(lost):
        l["key"] = ("Z-L%04d" if l["truth"] is not None else "Z-N%04d") % (i + 1)
        if l["truth"] is not None:
            l["truth"] = l["truth"]["key"]
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set3.py", "parts": {"set3": {"found": found, "lost": lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set3.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0)
        fh.write("\n")
    nt = sum(1 for l in lost if l["truth"])
    neg = {}
    for f in found:
        neg[f.get("negative", "true")] = neg.get(f.get("negative", "true"), 0) + 1
    print("set3: %d lost reports (%d with a true found item, %d never found), %d found items %s (%d rounds) -> %s"
          % (len(lost), nt, len(lost) - nt, len(found), neg, rnd + 1, path))


if __name__ == "__main__":
    main()
