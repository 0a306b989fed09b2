#!/usr/bin/env python3
"""Blind labelled set 29 for the lost-and-found matcher.

World: 澄溪古镇 (an invented Jiangnan water town) during 国庆 Golden Week and the weeks
around it.  Every object is first drawn as a hidden truth record; the owner's report
and the finder's registration are then written separately from that record.
Standard library only; one seeded random.Random; deterministic.
"""
import datetime
import json
import os
import random

SEED = 20261229
R = random.Random(SEED)
P = "D3"
NOW = datetime.datetime(2026, 10, 24, 10, 0)   # the "now" the minutes count back from

# ---------------------------------------------------------------- places
# name, vague owner phrases, street address, lat, lon, cluster
PLACES = [
    ("通济桥", ["那座石拱桥上", "通济桥那边", "有个大拱的那座桥上拍照的时候", "桥上"], "澄溪镇西栅街118号旁", 30.81532, 120.56214, "W"),
    ("望仙桥", ["望仙桥附近", "那座带亭子的桥", "桥上拍合照的时候"], "澄溪镇西栅街86号对面", 30.81488, 120.56102, "W"),
    ("双燕桥", ["双燕桥", "两座连在一起的桥那里", "好像是在那座桥上拍照的时候"], "澄溪镇中市街31号", 30.81391, 120.56377, "W"),
    ("西栅码头", ["码头那边", "坐船的地方", "西边那个码头", "排队上船的时候"], "澄溪镇西栅街2号码头", 30.81610, 120.55930, "W"),
    ("东市河码头", ["东边码头", "下船的地方", "东市河那个码头"], "澄溪镇东市河路9号", 30.81202, 120.56841, "E"),
    ("摇橹船上", ["船上", "坐摇橹船的时候", "在船上拍视频的时候"], "澄溪镇市河航线", 30.81433, 120.56405, "W"),
    ("廊棚长街", ["长廊那边", "有顶棚的那条老街", "廊棚下面"], "澄溪镇廊棚街40号", 30.81300, 120.56520, "E"),
    ("南门检票口", ["检票口", "进景区刷身份证的地方", "南门进门那里"], "澄溪古镇南门检票口", 30.81020, 120.56310, "G"),
    ("北门游客服务中心", ["游客中心", "北门那边", "买票的地方"], "澄溪镇北环路1号游客服务中心", 30.81790, 120.56280, "G"),
    ("水上戏台", ["戏台那边", "看戏的地方", "水上戏台下面"], "澄溪镇中市街58号", 30.81355, 120.56450, "E"),
    ("宵月台观景台", ["看灯光秀的地方", "晚上看灯的那个台子", "观景台"], "澄溪镇西栅街200号观景台", 30.81575, 120.56020, "W"),
    ("旅游集散中心停车场", ["大巴停车场", "停车场", "下大巴的地方"], "澄溪镇迎宾大道88号", 30.80810, 120.56020, "T"),
    ("高铁接驳车站", ["接驳车上", "坐接驳大巴的时候", "高铁站接驳车那"], "澄溪镇迎宾大道高铁接驳站", 30.80655, 120.55710, "T"),
    ("枕河路民宿街", ["住的民宿附近", "民宿那条街", "枕河路"], "澄溪镇枕河路16号", 30.81460, 120.56690, "E"),
    ("观澜茶楼", ["茶楼", "喝茶的地方", "观澜茶楼二楼"], "澄溪镇东大街73号", 30.81266, 120.56615, "E"),
    ("蓝印花布坊", ["染布那个作坊", "晒蓝布的院子", "染坊里"], "澄溪镇东大街102号", 30.81240, 120.56705, "E"),
    ("南栅美食街", ["小吃街", "吃东西那条街", "美食街"], "澄溪镇南栅街12号", 30.81105, 120.56480, "G"),
    ("澄酿酒坊", ["酒坊", "买酒的店", "那个酿酒的作坊"], "澄溪镇西栅街150号", 30.81520, 120.56150, "W"),
]
CLUSTERS = ["W", "E", "G", "T"]

# ---------------------------------------------------------------- colours
COLORS = {
    "黑": ["黑色", "黑的", "纯黑", "曜石黑", "炭黑色", "黑"],
    "白": ["白色", "米白", "白的", "象牙白", "乳白色", "珍珠白"],
    "银灰": ["银色", "灰色", "深空灰", "银灰色", "浅灰", "铁灰"],
    "蓝": ["蓝色", "深蓝", "藏青色", "宝蓝", "天蓝色", "雾蓝"],
    "红": ["红色", "酒红", "大红", "枣红色", "红的"],
    "粉": ["粉色", "浅粉", "樱花粉", "粉红色", "藕粉"],
    "绿": ["绿色", "墨绿", "军绿色", "薄荷绿", "橄榄绿"],
    "黄": ["黄色", "鹅黄", "明黄", "土黄色"],
    "棕": ["棕色", "咖啡色", "卡其色", "驼色", "焦糖色"],
    "紫": ["紫色", "香芋紫", "淡紫色", "葡萄紫"],
    "金": ["金色", "香槟金", "玫瑰金", "金的"],
}

BRANDS = {
    "佳能": ["佳能", "Canon", "canon", "佳能Canon", "佳鲁"],
    "索尼": ["索尼", "SONY", "Sony", "索尼sony", "索泥"],
    "富士": ["富士", "FUJIFILM", "Fuji", "富仕", "fujifilm"],
    "GoPro": ["GoPro", "gopro", "GOPRO", "狗pro"],
    "大疆": ["大疆", "DJI", "dji", "大江", "DJI大疆"],
    "苹果": ["苹果", "iPhone", "Apple", "apple", "平果"],
    "华为": ["华为", "HUAWEI", "Huawei", "华卫"],
    "荣耀": ["荣耀", "HONOR", "honor", "荣耀honor"],
    "小米": ["小米", "Xiaomi", "MI", "xiaomi"],
    "红米": ["红米", "Redmi", "redmi", "小米红米"],
    "OPPO": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "罗马仕": ["罗马仕", "ROMOSS", "romoss", "罗马士"],
    "安克": ["安克", "Anker", "anker"],
    "小天才": ["小天才", "imoo", "小天财"],
    "品胜": ["品胜", "PISEN", "pisen"],
    "新秀丽": ["新秀丽", "Samsonite", "samsonite", "新秀力"],
    "小米有品": ["小米", "90分", "小米90分"],
    "北面": ["北面", "The North Face", "TNF", "北脸"],
    "耐克": ["耐克", "Nike", "NIKE", "奈克"],
    "迪卡侬": ["迪卡侬", "Decathlon", "迪卡农"],
    "蔻驰": ["蔻驰", "COACH", "coach"],
    "七匹狼": ["七匹狼", "SEPTWOLVES", "七批狼"],
    "老凤祥": ["老凤祥", "老凤翔"],
    "周大福": ["周大福", "CHOW TAI FOOK", "周大幅"],
    "天堂": ["天堂伞", "天堂", "天棠"],
    "好孩子": ["好孩子", "gb", "goodbaby"],
    "膳魔师": ["膳魔师", "THERMOS", "thermos"],
    "象印": ["象印", "ZOJIRUSHI"],
    "大众": ["大众", "VW", "Volkswagen"],
    "丰田": ["丰田", "TOYOTA", "toyota"],
    "比亚迪": ["比亚迪", "BYD", "byd"],
    "雅迪": ["雅迪", "Yadea", "亚迪"],
    "爱玛": ["爱玛", "AIMA", "艾玛"],
    "小牛": ["小牛", "NIU", "niu"],
    "捷安特": ["捷安特", "GIANT", "giant"],
}

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽浩宇轩然子墨梓涵一诺")
REGIONS = ["370102", "410105", "420106", "510107", "320106", "440106", "610113", "130104",
           "350203", "430103", "210202", "500103", "340104", "360102", "110105", "310115",
           "120101", "530102", "450103", "140105"]
PROVINCES = {"37": "山东", "41": "河南", "42": "湖北", "51": "四川", "32": "江苏", "44": "广东",
             "61": "陕西", "13": "河北", "35": "福建", "43": "湖南", "21": "辽宁", "50": "重庆",
             "34": "安徽", "36": "江西", "11": "北京", "31": "上海", "12": "天津", "53": "云南",
             "45": "广西", "14": "山西"}


def pick(xs):
    return xs[R.randrange(len(xs))]


def name():
    g = pick(GIVEN) + (pick(GIVEN) if R.random() < 0.7 else "")
    return pick(SURN) + g


def id_number(region=None, y0=1950, span=60):
    region = region or pick(REGIONS)
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randrange(0, 365 * span))
    body = region + d.strftime("%Y%m%d") + "%03d" % R.randrange(1, 1000)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def imei():
    tac = pick(["35391110", "86753104", "35467811", "86012305", "35208911", "86895604"])
    body = tac + "%06d" % R.randrange(1000000)
    total = 0
    for i, c in enumerate(body):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(pick(alpha) for _ in range(n))


def serial_for(kind):
    t = kind.get("serial")
    if t == "imei":
        return imei()
    if t == "cam":
        return "%08d" % R.randrange(10 ** 8)
    if t == "gopro":
        return "C3" + alnum(12)
    if t == "dji":
        return pick(["5XP", "9KF", "3QD"]) + alnum(11)
    if t == "apple":
        return alnum(10)
    if t == "plate":
        return "浙F" + alnum(5, "0123456789") if R.random() < 0.5 else "澄溪" + alnum(6, "0123456789")
    if t == "bike":
        return "CX-%05d" % R.randrange(100000)
    if t == "passport":
        return "E" + "%08d" % R.randrange(10 ** 8)
    if t == "drv":
        return None
    return None


# ---------------------------------------------------------------- kinds
# cat, kind, owner words, finder words, brands->models(list of spellings), colour families,
# visible facts (a|b = two ways of saying it), hidden facts (owner only), serial type,
# serial printed/visible probability, brand visible probability
def K(cat, kind, ow, fw, brands, cols, vis, hid, serial=None, sv=0.0, bv=0.8, weight=1):
    return dict(cat=cat, kind=kind, ow=ow, fw=fw, brands=brands, cols=cols, vis=vis, hid=hid,
                serial=serial, sv=sv, bv=bv, weight=weight)


CASE = ["透明手机壳|透明壳", "手机壳背面夹着一张高铁票|壳里夹了张火车票", "屏幕右上角碎了|屏幕右上角有裂纹",
        "挂着一根红绳挂件|挂了根红色挂绳", "手机壳上有小熊图案|壳子上印着卡通熊", "贴了钢化膜边角翘起|钢化膜边上翘了",
        "手机壳是毛绒的|毛茸茸的手机壳", "背面贴着一张拍立得照片|背壳里有张拍立得", "锁屏是一只柯基|锁屏壁纸是柯基狗",
        "壳上有指环支架|带指环扣", "锁屏是两个人在桥上的合照|锁屏是情侣合影"]
CAM = ["背带是红白条纹的|红白条纹背带", "镜头盖不见了|没有镜头盖", "机身贴着小鹿贴纸|贴了个小鹿贴纸",
       "热靴上插着一个小麦克风|顶上装了个小话筒", "背带上挂着一个平安符|挂着平安符", "装着L型快装板|底部有快装板",
       "肩带是棕色皮的|棕色皮肩带", "机身侧面掉了一块漆|侧面有磕碰掉漆", "镜头上有UV镜|带UV镜",
       "用皮质半套包着|套着皮套"]
SMALLCAM = ["装在防水壳里|套着防水壳", "接着一根自拍杆|连着自拍杆", "贴了一张蓝色贴纸|蓝色贴纸",
            "挂着黑色挂绳|带黑挂绳", "装在一个小收纳包里|放在收纳包里", "屏幕保护膜有划痕|屏幕膜划花了"]
BAGV = ["拉链上挂着一只小熊|拉链挂着熊挂件", "侧袋插着一把折叠伞|侧边有把折叠伞", "背带上绑着一条丝巾|绑了条丝巾",
        "包上别着一个熊猫徽章|有熊猫胸章", "挂着行李牌|系着行李吊牌", "角上磨破了一块|边角有磨损",
        "贴满了旅行贴纸|贴了很多贴纸", "挂着团队的小黄帽|挂了一顶黄色旅游帽"]
KEYV = ["挂着一个小葫芦|葫芦挂件", "钥匙圈是蓝色的|蓝色钥匙圈", "套着红色钥匙套|红色硅胶套",
        "串着门禁卡|带一张门禁扣", "挂着一只小猫玩偶|小猫挂件", "有个开瓶器挂件|带开瓶器"]
JEWV = ["缀着珍珠流苏|有珍珠流苏", "簪头是一只蝴蝶|蝴蝶造型", "刻着平安两个字|内圈刻平安", "坠子是一片银杏叶|银杏叶吊坠",
        "带一颗转运珠|串了颗转运珠", "有两串小铃铛|挂着小铃铛", "簪头是一朵玉兰花|玉兰花造型"]
UMBV = ["伞柄是木头的|木质伞柄", "伞面印着小猫|印卡通猫图案", "有一根伞骨断了|伞骨断一根", "伞套不见了|没有伞套"]
PRAMV = ["把手上挂着小铃铛|挂着铃铛", "车篮里放着一个奥特曼|车兜里有个奥特曼玩具", "挂着一串鱼形挂饰|鱼形挂件", "遮阳棚破了个口|遮阳篷有破洞"]
CUPV = ["杯身贴着名字贴|杯子贴了名字贴纸", "有一处凹痕|磕瘪了一块", "杯盖是粉色的|粉色杯盖", "挂着一根提绳|带提绳"]
GENERIC = ["沾了水渍|有水渍", "表面有泥点|沾了泥", "装在一个塑料袋里|套着塑料袋", "用橡皮筋绕着|绕了根皮筋"]
CONFLICT = [{"透明手机壳", "手机壳上有小熊图案", "手机壳是毛绒的"}, {"锁屏是一只柯基", "锁屏是两个人在桥上的合照"},
            {"背带是红白条纹的", "肩带是棕色皮的"}, {"钥匙圈是蓝色的", "套着红色钥匙套"}]
EBV = ["后座绑着儿童座椅|后面装了儿童座", "车篮是黑色塑料的|黑色车筐", "挡风被是迷彩的|迷彩挡风被",
       "车头贴着一张外卖贴纸|车头有外卖贴纸", "左后视镜断了|少一个后视镜"]

KINDS = [
    # phones
    K("phone", "手机", ["手机"], ["手机", "智能手机", "手机一部"],
      {"苹果": [["iPhone 15 Pro", "15pro", "苹果15Pro", "iphone15 pro"], ["iPhone 13", "13", "苹果13", "iphone13"], ["iPhone 14 Plus", "14plus", "14 Plus"]],
       "华为": [["Mate 60 Pro", "mate60pro", "Mate60 Pro", "M60Pro"], ["nova 12", "nova12", "诺娃12"], ["P60", "p60", "P60 Art"]],
       "荣耀": [["Magic6", "magic6", "魔术6"], ["X50", "x50"]],
       "小米": [["小米14", "14", "Xiaomi 14", "mi14"]],
       "红米": [["K70", "k70", "红米K70"], ["Note 13", "note13"]],
       "OPPO": [["Reno11", "reno11", "Reno 11"], ["Find X7", "findx7"]],
       "vivo": [["X100", "x100", "X100 Pro"], ["S18", "s18"]]},
      ["黑", "白", "银灰", "蓝", "紫", "绿", "金", "粉"], CASE,
      ["手机里有孩子照片", "没设密码是指纹解锁", "里面有支付宝", "刚买了三个月", "开着定位但是没电了", "SIM卡是移动的"],
      serial="imei", sv=0.08, bv=0.45, weight=6),
    # electronics
    K("electronics", "相机", ["相机", "微单", "单反", "照相机"], ["相机", "数码相机", "微单相机一台", "照相机"],
      {"佳能": [["EOS R6", "R6", "r6", "佳能R6"], ["EOS R50", "R50", "r50"], ["200D II", "200D二代", "200d2"]],
       "索尼": [["A7M4", "a7m4", "A7 IV", "α7 IV", "A7四代"], ["ZV-E10", "zve10", "ZV E10"], ["A6400", "a6400"]],
       "富士": [["X-T30", "XT30", "xt30"], ["X100V", "x100v", "X100五代"], ["X-S20", "XS20"]]},
      ["黑", "银灰"], CAM, ["里面的卡有这几天拍的照片", "SD卡是闪迪128G的", "电池是副厂的", "买的时候在京东", "机身序列号在盒子上记着"],
      serial="cam", sv=0.5, bv=0.95, weight=4),
    K("electronics", "镜头", ["镜头"], ["相机镜头", "镜头一只", "单反镜头"],
      {"索尼": [["FE 24-70 GM", "24-70GM", "2470gm"], ["FE 85 1.8", "85定", "85mm 1.8"]],
       "佳能": [["RF 24-105", "24-105", "RF24105"], ["EF 50 1.8", "小痰盂", "50定焦"]],
       "富士": [["XF 35 1.4", "35 1.4", "xf35"]]},
      ["黑"], ["镜头盖上写着名字缩写|镜头盖有字母", "遮光罩反扣着|遮光罩倒扣", "装在灰色镜头袋里|灰色镜头袋"],
      ["后盖也在", "是二手买的"], serial="cam", sv=0.4, bv=0.95),
    K("electronics", "运动相机", ["运动相机", "GoPro", "小相机"], ["运动相机", "小型摄像机", "运动摄像机"],
      {"GoPro": [["HERO12", "hero12", "12代", "Hero 12 Black"], ["HERO11", "11", "hero11"]]},
      ["黑"], SMALLCAM, ["卡里有小孩的视频", "配了两块电池"], serial="gopro", sv=0.3, bv=0.9, weight=2),
    K("electronics", "云台相机", ["口袋相机", "Pocket", "云台相机", "大疆口袋"], ["手持云台相机", "口袋云台", "小型云台摄像机"],
      {"大疆": [["Pocket 3", "pocket3", "口袋3", "Osmo Pocket 3"], ["Pocket 2", "pocket2", "口袋2"]]},
      ["黑", "银灰"], SMALLCAM, ["配了广角镜", "里面有vlog素材"], serial="dji", sv=0.35, bv=0.9, weight=2),
    K("electronics", "充电宝", ["充电宝", "移动电源"], ["充电宝", "移动电源一个", "充电宝一只"],
      {"小米": [["10000mAh", "一万毫安", "10000毫安"], ["20000mAh", "两万毫安"]],
       "罗马仕": [["sense6", "20000毫安", "两万的"]], "安克": [["能量棒", "自带线"]]},
      ["白", "黑", "粉", "蓝"], ["连着一根白色数据线|带白色线", "贴着卡通贴纸|贴了卡通贴纸", "外壳有划痕|表面划花了", "写着手机号后四位|写了几个数字"],
      ["大概还有一半电", "上面贴过名字"], serial=None, bv=0.7, weight=2),
    K("electronics", "耳机", ["耳机", "蓝牙耳机"], ["蓝牙耳机", "无线耳机一副", "耳机盒"],
      {"苹果": [["AirPods Pro 2", "airpods pro", "AirPods二代"], ["AirPods 3", "airpods3"]],
       "华为": [["FreeBuds Pro 3", "freebuds pro3"], ["FreeBuds 5i", "5i"]]},
      ["白", "黑", "银灰"], ["套着小恐龙硅胶套|恐龙保护套", "盒子上刻了字母|盒身有刻字", "挂着登山扣|带挂扣"],
      ["只有一只左耳在盒子里", "绑了我的Apple ID"], serial="apple", sv=0.1, bv=0.6),
    K("electronics", "电话手表", ["电话手表", "儿童手表", "孩子的手表"], ["儿童电话手表", "小孩手表", "电话手表一块"],
      {"小天才": [["Z8", "z8", "Z8少年版"], ["Q2", "q2"]], "华为": [["儿童手表5", "儿童手表5X"]]},
      ["蓝", "粉", "黑"], ["表带上有恐龙图案|恐龙表带", "屏幕有划痕|表盘划了", "表带是夜光的|夜光表带"],
      ["孩子叫它小天", "有定位但是关机了"], serial=None, bv=0.8),
    # id documents
    K("id_doc", "身份证", ["身份证"], ["居民身份证", "身份证一张", "二代身份证"], {None: [[]]}, ["白"],
      ["装在透明卡套里|透明卡套", "卡套上挂着一条蓝色挂绳|蓝色挂绳"], ["下午还要用它入住民宿"], serial="id", sv=1.0, bv=0, weight=4),
    K("id_doc", "驾驶证", ["驾驶证", "驾照"], ["机动车驾驶证", "驾驶证一本"], {None: [[]]}, ["棕", "黑"],
      ["皮套是棕色的|棕色皮套", "里面夹着行驶证|夹着行驶证"], ["是C1的"], serial="id", sv=1.0, bv=0),
    K("id_doc", "护照", ["护照"], ["护照一本", "中国护照"], {None: [[]]}, ["红"],
      ["套着透明护照套|透明护照夹", "里面夹着登机牌|夹着登机牌"], ["下个月要出国用"], serial="passport", sv=1.0, bv=0),
    K("id_doc", "老年证", ["老年证", "老年优待证"], ["老年优待证", "老年人优待证"], {None: [[]]}, ["红", "绿"],
      ["用皮筋捆着一张公交卡|皮筋绑着公交卡"], ["是我父亲的"], serial="id", sv=1.0, bv=0),
    K("id_doc", "学生证", ["学生证"], ["学生证一本", "学生证"], {None: [[]]}, ["蓝", "红"],
      ["里面夹着一张校园卡|夹着校园卡", "封面有贴纸|贴了贴纸"], ["学号我记得"], serial="id", sv=1.0, bv=0),
    # wallets
    K("wallet", "钱包", ["钱包", "皮夹", "钱夹"], ["钱包一个", "皮夹", "男士钱包", "女式钱包"],
      {"蔻驰": [["长款", "长款钱包"], ["短款", "小短款"]], "七匹狼": [["对折款", "短款"]],
       "小米有品": [["卡包", "薄款"]], None: [[]]},
      ["黑", "棕", "红", "粉", "蓝"], ["拉链头断了|拉链坏了", "角上有磨损|边角磨白", "扣子是金色的|金色搭扣", "上面压着格子纹|格纹"],
      ["里面有张我女儿的照片", "还有几张会员卡", "医保卡也在里面"], serial="wallet", sv=1.0, bv=0.6, weight=3),
    # bags
    K("bag", "双肩包", ["双肩包", "背包", "书包"], ["双肩背包", "背包一个", "双肩包"],
      {"北面": [["Borealis", "大号", "28L"]], "耐克": [["运动款", "大容量"]], "迪卡侬": [["20L", "登山包", "小号登山包"]], None: [[]]},
      ["黑", "蓝", "灰" if False else "银灰", "绿", "粉"], BAGV, ["里面有孩子的换洗衣服", "有一个保温杯", "有药", "夹层有两百块钱"],
      serial="bag", sv=1.0, bv=0.7, weight=3),
    K("bag", "拉杆箱", ["拉杆箱", "行李箱", "箱子"], ["拉杆箱", "行李箱一只", "旅行箱"],
      {"新秀丽": [["20寸", "登机箱"], ["24寸"]], "小米有品": [["20寸", "登机箱"]], None: [[]]},
      ["黑", "银灰", "白", "粉", "蓝"], ["拉杆上系着红丝带|系着红色丝带", "贴满了旅行贴纸|贴了很多贴纸", "一个轮子坏了|少一个轮子", "挂着行李牌|系着吊牌"],
      ["密码是我生日", "里面都是衣服"], serial="bag", sv=1.0, bv=0.8, weight=2),
    K("bag", "斜挎包", ["斜挎包", "小包", "包包", "挎包"], ["斜挎包一个", "女士小包", "挎包"],
      {"蔻驰": [["马鞍包", "小号"]], None: [[]]}, ["黑", "棕", "白", "红", "粉"],
      ["包带上挂着珍珠挂件|珍珠挂饰", "金属链条包带|链条肩带", "侧面有一处墨水印|有墨点"], ["里面有口红和纸巾", "还有一把伞"],
      serial="bag", sv=1.0, bv=0.6, weight=2),
    # keys
    K("keys", "房卡", ["房卡", "民宿房卡", "房间卡"], ["房卡一张", "酒店房卡", "门卡"], {None: [[]]}, ["白", "黑", "棕", "蓝"],
      ["印着民宿名字|卡面有店名", "套着一个小纸套|装在纸卡套里"], ["押金交了一百", "退房要还"], serial="room", sv=1.0, bv=0, weight=2),
    K("keys", "车钥匙", ["车钥匙", "汽车钥匙"], ["汽车钥匙一把", "车钥匙", "遥控钥匙"],
      {"大众": [["折叠钥匙"]], "丰田": [["智能钥匙"]], "比亚迪": [["卡片钥匙", "智能钥匙"]]},
      ["黑"], KEYV, ["车停在停车场B区", "家里还有备用的"], serial=None, bv=0.95, weight=2),
    K("keys", "钥匙串", ["钥匙", "一串钥匙", "家门钥匙"], ["钥匙一串", "钥匙若干把", "一串钥匙"], {None: [[]]},
      ["银灰", "金"], KEYV, ["有三把", "其中一把是防盗门的"], serial="keys", sv=1.0, bv=0, weight=2),
    # cash
    K("cash", "红包", ["红包", "钱"], ["红包一个", "现金", "装钱的红包"], {None: [[]]}, ["红", "金"],
      ["红包上印着福字|印福字", "封口用胶带贴着|胶带封口", "红包上写着名字|写有名字"], ["是给孙子的压岁钱先备着"], serial="cash", sv=1.0, bv=0, weight=2),
    K("cash", "现金", ["现金", "钱", "一沓钱"], ["现金若干", "人民币现金", "一沓钞票"], {None: [[]]}, ["红"],
      ["用银行纸条捆着|银行扎条", "夹在一个信封里|装在信封里"], ["是准备付民宿尾款的"], serial="cash", sv=1.0, bv=0),
    # jewelry
    K("jewelry", "发簪", ["发簪", "簪子", "汉服簪子", "步摇"], ["发簪一支", "古风发簪", "簪子"], {None: [[]]},
      ["金", "银灰", "白", "粉"], ["缀着珍珠流苏|有珍珠流苏", "簪头是一只蝴蝶|蝴蝶造型", "有两串小铃铛|挂着小铃铛", "簪头是一朵玉兰花|玉兰花造型", "有一根流苏断了|流苏少了一根"], ["是租汉服送的", "网上买的两百多"], serial=None, bv=0, weight=2),
    K("jewelry", "手镯", ["手镯", "镯子"], ["手镯一只", "镯子"], {"老凤祥": [["足银", "古法"]], "周大福": [["足金", "古法"]], None: [[]]},
      ["银灰", "金", "绿"], ["内圈刻着平安两个字|内圈刻平安", "外面雕着祥云|祥云花纹", "有一处小磕痕|边上有磕痕", "是开口的|开口款"], ["是结婚时买的", "有发票"], serial=None, bv=0.5),
    K("jewelry", "项链", ["项链", "链子"], ["项链一条", "吊坠项链"], {"周大福": [["足金", "999"]], "老凤祥": [["足金"]], None: [[]]},
      ["金", "银灰"], ["坠子是一片银杏叶|银杏叶吊坠", "带一颗转运珠|串了颗转运珠", "坠子是个小葫芦|葫芦吊坠", "链子是麻花链|麻花纹链条"], ["扣子有点松", "大概五克"], serial=None, bv=0.5),
    # other
    K("other", "雨伞", ["伞", "雨伞", "遮阳伞"], ["雨伞一把", "折叠伞", "长柄伞"], {"天堂": [["三折", "晴雨伞"]], None: [[]]},
      ["黑", "蓝", "粉", "绿", "黄"], UMBV, ["是昨天在镇上买的"], serial=None, bv=0.6, weight=2),
    K("other", "儿童推车", ["婴儿车", "推车", "童车"], ["儿童推车一辆", "婴儿车", "伞车"], {"好孩子": [["口袋车", "伞车"]], None: [[]]},
      ["蓝", "银灰", "粉"], PRAMV, ["下面的篮子里有尿不湿"], serial=None, bv=0.9),
    K("other", "保温杯", ["保温杯", "水杯", "杯子"], ["保温杯一个", "水杯", "不锈钢保温杯"], {"膳魔师": [["500ml"]], "象印": [["480ml"]], None: [[]]},
      ["银灰", "白", "粉", "蓝", "黑"], CUPV, ["里面泡着枸杞"], serial=None, bv=0.8),
    K("other", "自拍杆", ["自拍杆", "三脚架自拍杆"], ["自拍杆一根", "手机自拍杆"], {"品胜": [["蓝牙款"]], "小米": [["三脚架款"]], None: [[]]},
      ["黑", "白"], ["带蓝牙遥控器|有遥控器", "夹子上有划痕|夹头磨损"], ["遥控器没电了"], serial=None, bv=0.6),
    K("other", "押金单", ["押金收据", "押金单", "收据"], ["押金收据一张", "收据", "民宿押金单"], {None: [[]]}, ["白", "黄"],
      ["盖着民宿的章|有店章", "写着房间号|有房号"], ["退房的时候要用"], serial="receipt", sv=1.0, bv=0),
    # ebike / bicycle
    K("ebike", "电动车", ["电瓶车", "电动车", "电驴"], ["电动自行车一辆", "电动车", "电瓶车"],
      {"雅迪": [["冠能", "DE2"]], "爱玛": [["小金鹿"]], "小牛": [["NQi", "N系列"]]}, ["白", "黑", "红", "蓝"], EBV,
      ["钥匙还插在上面", "电池是新换的"], serial="plate", sv=1.0, bv=0.9, weight=1),
    K("bicycle", "自行车", ["自行车", "单车"], ["自行车一辆", "公共自行车", "单车"], {"捷安特": [["ATX", "山地车"]], None: [[]]},
      ["黑", "蓝", "绿", "白"], ["车筐里有瓶水|车篮有矿泉水瓶", "后座绑着坐垫|后座有软垫", "铃铛坏了|没有车铃"],
      ["是租的公共自行车", "车锁是密码锁"], serial="bike", sv=1.0, bv=0.7, weight=1),
]
KIND_INDEX = {k["kind"]: k for k in KINDS}
CAT_KINDS = {}
for k in KINDS:
    CAT_KINDS.setdefault(k["cat"], []).append(k)

INNS = ["枕河居", "听橹小筑", "水岸人家", "澄心民宿", "桥头客栈", "半窗月", "拾光里", "橹声客舍"]


def half(fact):
    parts = fact.split("|")
    return pick(parts)


def fact_core(fact):
    return fact.split("|")[0]


# ---------------------------------------------------------------- truth records
def draw_record(kind=None, cat=None, brand="any", color_fam=None, avoid_facts=()):
    if kind is None:
        ks = CAT_KINDS[cat] if cat else KINDS
        pool = []
        for k in ks:
            pool += [k] * k["weight"]
        kind = pick(pool)
    blist = list(kind["brands"].keys())
    if brand == "any":
        brand = pick(blist)
    models = kind["brands"].get(brand) or [[]]
    model = pick(models)
    fam = color_fam if color_fam else pick(kind["cols"])
    vis_pool = [f for f in kind["vis"] if fact_core(f) not in avoid_facts]
    if not vis_pool:
        vis_pool = [f for f in GENERIC if fact_core(f) not in avoid_facts]
    R.shuffle(vis_pool)
    nvis = min(len(vis_pool), R.choice([1, 2, 2, 3]))
    chosen = []
    for f in vis_pool:
        if any(fact_core(f) in g and any(fact_core(c) in g for c in chosen) for g in CONFLICT):
            continue
        chosen.append(f)
    vis_pool = chosen
    rec = dict(cat=kind["cat"], kind=kind["kind"], K=kind, brand=brand, model=model, fam=fam,
               vis=vis_pool[:nvis], hid=[pick(kind["hid"])] if kind["hid"] else [],
               owner=name(), serial=None, serial_visible=False, brand_visible=(brand is not None and R.random() < kind["bv"]))
    st = kind["serial"]
    if st == "id":
        reg = pick(REGIONS)
        yr = {"老年证": (1940, 22), "学生证": (2003, 6)}.get(kind["kind"], (1955, 50))
        rec["serial"] = id_number(reg, yr[0], yr[1])
        rec["serial_visible"] = True
    elif st in ("wallet",):
        rec["idno"] = id_number()
        rec["bank_tail"] = "%04d" % R.randrange(10000)
        rec["cash"] = pick([0, 50, 120, 200, 300, 460, 500, 800, 1000, 1300])
        rec["serial_visible"] = True
    elif st == "bag":
        rec["tag_name"] = rec["owner"] if R.random() < 0.5 else None
        rec["contents"] = R.sample(["充电宝", "保温杯", "纸巾", "雨衣", "零食", "衣服", "湿巾", "儿童水壶", "防晒霜", "汉服披风"], 3)
    elif st == "room":
        rec["inn"] = pick(INNS)
        rec["room"] = "%d%02d" % (R.randrange(1, 4), R.randrange(1, 12))
    elif st == "keys":
        rec["count"] = R.randrange(2, 6)
    elif st == "cash":
        rec["amount"] = pick([200, 288, 500, 600, 666, 800, 888, 1000, 1200, 1600, 2000, 3000])
    elif st == "receipt":
        rec["inn"] = pick(INNS)
        rec["room"] = "%d%02d" % (R.randrange(1, 4), R.randrange(1, 12))
        rec["amount"] = pick([100, 200, 300, 500])
    else:
        s = serial_for(kind)
        if s:
            rec["serial"] = s
            rec["serial_visible"] = R.random() < kind["sv"]
    return rec


# ---------------------------------------------------------------- time
def mins_to_dt(m):
    return NOW - datetime.timedelta(minutes=m)


def day_phrase(m):
    d = mins_to_dt(m)
    h = d.hour
    part = "凌晨" if h < 6 else "上午" if h < 11 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    if datetime.date(2026, 10, 1) <= d.date() <= datetime.date(2026, 10, 7):
        day = pick(["%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day), "国庆第%d天" % d.day, "%d号" % d.day])
    else:
        day = pick(["%d月%d号" % (d.month, d.day), "%d月%d日" % (d.month, d.day), "%d号" % d.day])
    return day + part


def exact_time(m):
    d = mins_to_dt(m)
    return pick([d.strftime("%m月%d日%H:%M"), d.strftime("%m-%d %H:%M"), "%d日%d时%d分" % (d.day, d.hour, d.minute)])


def loss_window():
    if R.random() < 0.72:
        start = datetime.datetime(2026, 10, 1, 7, 0) + datetime.timedelta(minutes=R.randrange(0, 7 * 24 * 60 - 600))
    else:
        start = datetime.datetime(2026, 9, 12, 7, 0) + datetime.timedelta(minutes=R.randrange(0, 40 * 24 * 60))
        if start > NOW - datetime.timedelta(hours=30):
            start = NOW - datetime.timedelta(hours=30)
    if 0 <= start.hour < 7:
        start += datetime.timedelta(hours=8)
    span = pick([30, 60, 90, 120, 180, 240, 360, 600, 1440, 2880])
    lf = int((NOW - start).total_seconds() // 60)
    lt = max(0, lf - span)
    return lf, lt


# ---------------------------------------------------------------- serial phrasing
def mask_id(s):
    r = R.random()
    if r < 0.5:
        return s[:4] + "*" * 10 + s[-4:]
    if r < 0.8:
        return s[:6] + "********" + s[-4:]
    return s[:3] + "*" * 11 + s[-4:]


def owner_serial(s, kindname):
    r = R.random()
    low = s.replace("X", "x") if R.random() < 0.4 else s
    if kindname in ("手机",):
        if r < 0.35:
            return "IMEI号" + s
        if r < 0.55:
            return "IMEI " + " ".join([s[:2], s[2:8], s[8:14], s[14:]])
        return "IMEI尾号" + s[-4:]
    if kindname in ("身份证", "老年证", "学生证", "驾驶证"):
        if r < 0.4:
            return "身份证号" + low
        if r < 0.6:
            return "号码是" + " ".join([low[:6], low[6:14], low[14:]])
        if r < 0.85:
            return "身份证尾号" + low[-4:]
        return "号码" + mask_id(s)
    if r < 0.4:
        return "序列号" + s
    if r < 0.6:
        return "SN:" + s.lower() if s.isascii() else "编号" + s
    if r < 0.8:
        return "序列号尾号" + s[-4:]
    return "编号" + s[:3] + "…" + s[-3:]


def finder_serial(s, kindname):
    if kindname in ("身份证", "老年证", "学生证", "驾驶证"):
        if R.random() < 0.65:
            return "证号" + mask_id(s)
        return "证件号码" + s
    if kindname == "手机":
        return "卡托上印IMEI:" + s
    return pick(["机身序列号", "S/N", "底部编号", "序列号"]) + s


# ---------------------------------------------------------------- voices
OWNER_INTRO = {
    "tourist": ["您好，我是从{prov}来旅游的，", "你好，我们是{prov}来的游客，", "我是外地游客，", "你好警察同志，我是{prov}的，", ""],
    "guide": ["我是{prov}来的旅行团导游，帮团里一位阿姨登记：", "导游代报：我们团游客", "你好，我是带团的导游，团里客人"],
    "couple": ["我和男朋友来玩的，", "和女朋友来拍照，", "我们两个来旅游的，"],
    "family": ["带孩子来玩的，", "一家人自驾过来玩，", "带老人孩子出来玩，"],
    "elder": ["我们是老年团的，", "老年大学组织来玩的，", ""],
    "phone": ["（电话登记）客人已离开景区，在{prov}家中来电称：", "（电话）游客从民宿打来电话，称", "电话报失：来电人自述"],
    "resident": ["阿拉是镇上开店的，", "我是东大街卖酱鸭的，", "侬好，我是摇船的，"],
}
FINDER_INTRO = {
    "boatman": ["船工{n}交来，称在{w}一带船舱里向拾着", "摇橹船船工{n}在{w}附近船上座位下发现", "船工老{s}收船时在船舱捡到"],
    "inn": ["{inn}民宿老板娘{n}送来，客人退房后在房间发现", "{inn}店主交来，在店门口（{w}）捡到", "{inn}前台在大堂沙发上拾得"],
    "cleaner": ["保洁员{n}在{w}打扫时捡到", "环卫工{n}在{w}垃圾桶旁发现", "保洁阿姨交来，{w}拾得"],
    "gate": ["检票口工作人员{n}在闸机旁拾得", "检票员在排队通道捡到", "检票口值班员交来，称在{w}捡到"],
    "guide": ["导游{n}交来，说是带团时在{w}路边捡到", "某旅行团导游送来，在{w}集合点拾得"],
    "tourist": ["游客{n}（{prov}）交至游客服务中心，称在{w}捡到", "一名游客交来，说在{w}地上看到", "热心游客{n}送至警务室，称{w}拾得"],
    "police": ["警务室巡逻时在{w}拾得", "民警巡查时于{w}发现", "辅警{n}巡逻时在{w}拾得"],
    "driver": ["接驳车司机{n}收车时在座位上发现", "大巴司机交来，在车厢最后一排捡到"],
}


def color_word(fam):
    return pick(COLORS[fam])


def brand_word(b):
    return pick(BRANDS[b]) if b else ""


def place_near(pl):
    """another place in the same cluster (nearby), sometimes the same one"""
    if R.random() < 0.45:
        return pl
    same = [p for p in PLACES if p[5] == pl[5]]
    return pick(same)


def place_elsewhere(pl):
    other = [p for p in PLACES if p[5] != pl[5]]
    return pick(other)


def jitter(v):
    return round(v + R.uniform(-0.0006, 0.0006), 6)


def owner_text(rec, pl, lf, lt, plain=False):
    k = rec["K"]
    prov = PROVINCES[pick(REGIONS)[:2]]
    voice = pick(["tourist", "tourist", "tourist", "guide", "couple", "family", "elder", "phone", "phone", "resident"])
    fields = {}
    kw = pick(k["ow"])
    cw = color_word(rec["fam"])
    if plain:
        body = pick(["{c}{k}，丢在{p}。", "{p}丢了{c}{k}", "{c}{k}一个 {p} 丢失", "丢{k}，{c}的，在{p}附近"]).format(
            c=cw, k=kw, p=pick(pl[1]) if R.random() < 0.5 else pl[0])
        return body, fields, voice
    parts = []
    intro = pick(OWNER_INTRO[voice]).format(prov=prov)
    when = day_phrase(lf)
    where = pick(pl[1]) if R.random() < 0.75 else pl[0]
    lead = pick(["{w}在{p}把{x}弄丢了。", "{w}{p}丢了{x}。", "{w}，{p}，{x}找不到了。", "{x}丢了，{w}，{p}。", "{w}在{p}附近遗失{x}。"])
    b = brand_word(rec["brand"]) if rec["brand"] and R.random() < 0.9 else ""
    m = pick(rec["model"]) if rec["model"] and R.random() < 0.6 else ""
    x = pick(["一个", "", ""]) + cw + ("的" if R.random() < 0.3 and not cw.endswith("的") else "") + b + (" " if b and m and (R.random() < 0.5 or (b[-1].isascii() and m[0].isascii())) else "") + m + kw
    if voice == "resident":
        x = "搿只" + x
    parts.append(intro + lead.format(w=when, p=where, x=x))
    st = rec["K"]["serial"]
    # visible facts: owner always states the first one
    vis = rec["vis"]
    said = [vis[0]] + [v for v in vis[1:] if R.random() < 0.5]
    rec["owner_said"] = [fact_core(v) for v in said]
    for v in said:
        parts.append(pick(["{f}。", "上面{f}。", "特征：{f}。", "{f}的。", "记得{f}。"]).format(f=half(v)))
    if rec["hid"] and R.random() < 0.7:
        parts.append(rec["hid"][0] + "。")
    if st == "id":
        nm = rec["owner"]
        parts.append(pick(["名字是{n}。", "证上名字{n}。", "姓名：{n}。", "本人{n}。"]).format(n=nm))
        if R.random() < 0.8:
            parts.append(owner_serial(rec["serial"], rec["kind"]) + "。")
    elif st == "passport":
        parts.append("持照人{n}，护照号{s}。".format(n=rec["owner"], s=rec["serial"] if R.random() < 0.6 else "尾号" + rec["serial"][-4:]))
    elif st == "wallet":
        parts.append(pick(["里面有身份证，名字{n}", "有我的身份证{n}", "证件都在里面，{n}的"]).format(n=rec["owner"]) + "，")
        if rec["cash"]:
            parts.append(pick(["现金大概{a}块", "钱不多{a}左右", "现金{a}元左右", "有{a}多块钱"]).format(a=rec["cash"]) + "，")
        parts.append(pick(["还有一张尾号{t}的银行卡。", "农行卡尾号{t}。", "银行卡后四位{t}。"]).format(t=rec["bank_tail"]))
    elif st == "bag":
        parts.append("里面有" + "、".join(rec["contents"][:R.randrange(1, 4)]) + "。")
        if rec.get("tag_name") and R.random() < 0.7:
            parts.append("行李牌上写的{n}。".format(n=rec["tag_name"]))
    elif st == "room":
        parts.append(pick(["是{i}的房卡，{r}房。", "住{i}{r}。", "{i}民宿，房间{r}。"]).format(i=rec["inn"], r=rec["room"]))
    elif st == "keys":
        parts.append(pick(["一共{c}把钥匙。", "{c}把。", "大概{c}把左右。"]).format(c=rec["count"]))
    elif st == "cash":
        a = rec["amount"]
        parts.append(pick(["里面{a}块。", "大概{a}元。", "一共{a}。", "{a}块钱左右，都是一百的。"]).format(a=a))
    elif st == "receipt":
        parts.append("是{i}的押金单，{r}房，押金{a}元。".format(i=rec["inn"], r=rec["room"], a=rec["amount"]))
    elif st == "plate":
        parts.append(pick(["车牌{s}。", "牌照{s}。", "牌子是{s}。"]).format(s=rec["serial"]))
    elif st == "bike":
        parts.append(pick(["车上编号{s}。", "车身号{s}。"]).format(s=rec["serial"].replace("-", "") if R.random() < 0.4 else rec["serial"]))
    elif rec["serial"] and R.random() < 0.55:
        parts.append(owner_serial(rec["serial"], rec["kind"]) + "。")
    if voice in ("phone", "tourist") and R.random() < 0.4:
        parts.append(pick(["已经回{p}了，找到了麻烦寄给我。".format(p=prov), "人还在镇上住到后天。", "电话138****%04d。" % R.randrange(10000)]))
    if voice == "resident":
        parts.append(pick(["弗晓得啥人拿去了。", "老早就放在那里的。", "麻烦侬帮忙寻寻看。"]))
    body = "".join(parts)
    # structured fields: only where that owner's form has them
    form = R.random()
    if form < 0.35 and voice not in ("phone", "elder"):
        fields["color"] = cw
        if rec["brand"] and b:
            fields["brand"] = b
        if rec["model"] and m:
            fields["model"] = m
        if R.random() < 0.4:
            fields["marks"] = "；".join(half(v) for v in said)
        if rec["serial"] and st not in ("id", "passport") and R.random() < 0.5:
            fields["serial"] = rec["serial"] if R.random() < 0.6 else rec["serial"][-6:]
    if voice != "phone" and R.random() < 0.4:
        fields["address"] = pl[2] if R.random() < 0.5 else pl[0]
    return body, fields, voice


def finder_text(rec, pl, fm, include_fact=None):
    k = rec["K"]
    who = pick(list(FINDER_INTRO.keys()))
    fields = {}
    cw = color_word(rec["fam"])
    kw = pick(k["fw"])
    b = brand_word(rec["brand"]) if rec["brand"] and rec["brand_visible"] else ""
    mdl = ""
    if rec["model"] and rec["brand_visible"] and rec["cat"] in ("electronics",) and R.random() < 0.5:
        mdl = pick(rec["model"])
    where = pl[0] if R.random() < 0.6 else pl[2]
    if pl[0] in ("高铁接驳车站", "旅游集散中心停车场"):
        who = pick(["driver", "cleaner", "police", "tourist"])
    elif pl[0] == "南门检票口":
        who = pick(["gate", "gate", "cleaner", "police"])
    elif pl[0] in ("摇橹船上", "西栅码头", "东市河码头"):
        who = pick(["boatman", "boatman", "tourist", "cleaner"])
    if rec["cat"] in ("ebike", "bicycle") or rec["kind"] in ("拉杆箱", "儿童推车"):
        who = pick(["police", "cleaner", "tourist", "inn", "gate" if pl[0] == "南门检票口" else "police"])
    head = pick(FINDER_INTRO[who]).format(n=name(), s=pick(SURN), inn=pick(INNS), prov=PROVINCES[pick(REGIONS)[:2]], w=where)
    sep = "，" if head.endswith(("称", "说")) else ""
    parts = [head + sep + cw + b + (" " if b and mdl and (R.random() < 0.5 or (b[-1].isascii() and mdl[0].isascii())) else "") + mdl + kw + "。"]
    vis = list(rec["vis"])
    shown = []
    if include_fact:
        shown.append(include_fact)
    for v in vis:
        if v not in shown and R.random() < 0.55:
            shown.append(v)
    if not shown:
        shown.append(vis[0])
    for v in shown:
        parts.append(pick(["{f}。", "特征：{f}。", "{f}，", "可见{f}。"]).format(f=half(v)))
    st = k["serial"]
    if st == "id":
        parts.append("姓名{n}，{s}。".format(n=rec["owner"], s=finder_serial(rec["serial"], rec["kind"])))
    elif st == "passport":
        parts.append("持照人{n}，护照号{s}。".format(n=rec["owner"], s=rec["serial"] if R.random() < 0.5 else rec["serial"][:2] + "****" + rec["serial"][-3:]))
    elif st == "wallet":
        parts.append("内有身份证一张（{n}，{m}）".format(n=rec["owner"], m=mask_id(rec["idno"])))
        parts.append("、银行卡一张（尾号{t}）".format(t=rec["bank_tail"]))
        parts.append("、现金{a}元。".format(a=rec["cash"]) if rec["cash"] else "，无现金。")
    elif st == "bag":
        parts.append("内有" + "、".join(rec["contents"]) + "等物品。")
        if rec.get("tag_name"):
            parts.append("行李牌写有“{n}”。".format(n=rec["tag_name"]))
    elif st == "room":
        parts.append(pick(["卡面印“{i}”", "房卡上有{i}字样"]).format(i=rec["inn"]) + ("，卡套写{r}。".format(r=rec["room"]) if R.random() < 0.6 else "。"))
    elif st == "keys":
        parts.append("共{c}把。".format(c=rec["count"]))
    elif st == "cash":
        parts.append(pick(["经清点共人民币{a}元。", "内有现金{a}元。", "当面点清{a}元。"]).format(a=rec["amount"]))
    elif st == "receipt":
        parts.append("{i}押金收据，房号{r}，金额{a}元，付款人{n}。".format(i=rec["inn"], r=rec["room"], a=rec["amount"], n=rec["owner"]))
    elif st == "plate":
        parts.append("车牌{s}。".format(s=rec["serial"]))
    elif st == "bike":
        parts.append("车身编号{s}。".format(s=rec["serial"]))
    elif rec["serial"] and rec["serial_visible"]:
        parts.append(finder_serial(rec["serial"], rec["kind"]) + "。")
    if rec["cat"] == "phone":
        parts.append(pick(["手机已锁屏。", "关机状态。", "有电，有未接来电。", "屏幕锁着，电量低。"]))
    parts.append(pick(["现存游客服务中心。", "已交警务室保管。", "存放于北门游客中心失物柜。", "暂存警务室。", ""]))
    if who == "boatman":
        parts.append(pick(["伊讲是下午最后一班船。", "船老大讲弗晓得啥人落下的。", ""]))
    body = "".join(parts)
    r = R.random()
    if r < 0.5:
        fields["color"] = cw
        if b:
            fields["brand"] = b
        if mdl:
            fields["model"] = mdl
        if R.random() < 0.4:
            fields["marks"] = "，".join(half(v) for v in shown)
        if rec["serial"] and rec["serial_visible"] and st in ("cam", "gopro", "dji", "plate", "bike") and R.random() < 0.6:
            fields["serial"] = rec["serial"]
    if R.random() < 0.45:
        fields["address"] = pl[2] if R.random() < 0.6 else pl[0]
    if R.random() < 0.35:
        fields["lat"] = jitter(pl[3])
        fields["lon"] = jitter(pl[4])
    return body, fields


# ---------------------------------------------------------------- build
def main():
    found, lost = [], []
    cat_plan = (["phone"] * 30 + ["electronics"] * 36 + ["id_doc"] * 25 + ["wallet"] * 20 + ["bag"] * 22 +
                ["keys"] * 18 + ["cash"] * 12 + ["jewelry"] * 14 + ["other"] * 21 + ["ebike"] * 6 + ["bicycle"] * 6)
    assert len(cat_plan) == 210
    R.shuffle(cat_plan)
    truth_flags = [True] * 150 + [False] * 60
    R.shuffle(truth_flags)
    reports = []
    for i in range(210):
        rec = draw_record(cat=cat_plan[i])
        pl = pick(PLACES)
        lf, lt = loss_window()
        reports.append(dict(rec=rec, pl=pl, lf=lf, lt=lt, true=truth_flags[i]))
    # a few true pairs are registered under another category by one desk (≤5)
    cross = 0
    never = [r for r in reports if not r["true"]]
    plain_n = 0
    for r in never:
        if plain_n < 16 and R.random() < 0.35:
            r["plain"] = True
            plain_n += 1
    lost_items = []
    found_items = []
    for i, r in enumerate(reports):
        rec, pl = r["rec"], r["pl"]
        body, f, voice = owner_text(rec, pl, r["lf"], r["lt"], plain=r.get("plain", False))
        lk = "%s-L%04d" % (P, i + 1)
        item = {"key": lk, "category": rec["cat"], "body": body, "lost_from_min": r["lf"], "lost_to_min": r["lt"]}
        item.update(f)
        if voice != "phone" and R.random() < 0.2 and not r.get("plain"):
            opl = place_near(pl)
            item["lat"] = jitter(opl[3])
            item["lon"] = jitter(opl[4])
        r["lost"] = item
        lost_items.append(item)
        if r["true"]:
            fpl = place_near(pl)
            delay = pick([0, 20, 45, 90, 180, 300, 600, 1200, 2000, 3000, 4500])
            fm = r["lf"] - R.randrange(0, max(1, r["lf"] - r["lt"] + 1)) if R.random() < 0.5 else r["lt"] - delay
            fm = max(0, min(fm, r["lf"]))
            fbody, ff = finder_text(rec, fpl, fm, include_fact=rec["vis"][0])
            fitem = {"key": None, "category": rec["cat"], "body": fbody, "found_at_min": fm}
            fitem.update(ff)
            if cross < 4 and rec["kind"] in ("电话手表", "发簪", "充电宝", "自拍杆"):
                alt = {"电话手表": "phone", "发簪": "other", "充电宝": "other", "自拍杆": "electronics"}[rec["kind"]]
                if R.random() < 0.5:
                    fitem["category"] = alt
                else:
                    item["category"] = alt
                cross += 1
            found_items.append((fitem, r))
    # negatives
    negs = []
    never_r = [r for r in reports if not r["true"]]
    true_r = [r for r in reports if r["true"]]

    def near_time(r):
        # during the window or up to a couple of days after
        lo, hi = max(0, r["lt"] - 2880), r["lf"]
        return R.randrange(lo, hi + 1)

    def nearby(r, rec):
        pl = place_near(r["pl"])
        body, ff = finder_text(rec, pl, 0)
        return pl, body, ff

    anchored = {}

    def anchor(prob_never, lab):
        r = pick(never_r) if R.random() < prob_never else pick(true_r)
        key = (lab, "near never-found" if not r["true"] else "near true")
        anchored[key] = anchored.get(key, 0) + 1
        return r

    for _ in range(40):  # twins: same kind/brand/model/colour, another object
        r = anchor(0.7, "twin")
        a = r["rec"]
        rec = draw_record(kind=a["K"], brand=a["brand"], color_fam=a["fam"], avoid_facts=[fact_core(v) for v in a["vis"]])
        rec["model"] = a["model"]
        rec["brand_visible"] = a["brand_visible"] or R.random() < 0.5
        if a.get("amount") and rec.get("amount") == a["amount"]:
            rec["amount"] = a["amount"] + pick([100, 200, -100 if a["amount"] > 200 else 300])
        if a.get("cash") is not None and rec.get("cash") == a.get("cash"):
            rec["cash"] = a["cash"] + 70
        if a.get("count") and rec.get("count") == a["count"]:
            rec["count"] = a["count"] + 1
        if a.get("room") and rec.get("room") == a["room"]:
            rec["room"] = str(int(a["room"]) + 1)
        pl, body, ff = nearby(r, rec)
        negs.append(({"category": rec["cat"], "body": body, "found_at_min": near_time(r), **ff}, "twin"))
    for _ in range(40):  # decoys: same category & colour family, other brand or kind
        r = anchor(0.7, "decoy")
        a = r["rec"]
        kinds = [k for k in CAT_KINDS[a["cat"]] if a["fam"] in k["cols"]]
        other_kinds = [k for k in kinds if k["kind"] != a["kind"]]
        other_brands = [b for b in a["K"]["brands"] if b != a["brand"]]
        if other_brands and (R.random() < 0.6 or not other_kinds):
            rec = draw_record(kind=a["K"], brand=pick(other_brands), color_fam=a["fam"], avoid_facts=[fact_core(v) for v in a["vis"]])
            if rec["brand"] is not None:
                rec["brand_visible"] = True
        elif other_kinds:
            rec = draw_record(kind=pick(other_kinds), color_fam=a["fam"], avoid_facts=[fact_core(v) for v in a["vis"]])
        else:
            rec = draw_record(kind=a["K"], brand=a["brand"], color_fam=a["fam"], avoid_facts=[fact_core(v) for v in a["vis"]])
            rec["model"] = [m for m in a["K"]["brands"][a["brand"]] if m != a["model"]][0] if len(a["K"]["brands"][a["brand"]]) > 1 else rec["model"]
        pl, body, ff = nearby(r, rec)
        negs.append(({"category": rec["cat"], "body": body, "found_at_min": near_time(r), **ff}, "decoy"))
    for _ in range(25):  # before_loss: same kind found before the window began
        r = anchor(0.5, "before_loss")
        a = r["rec"]
        rec = draw_record(kind=a["K"], brand=a["brand"], color_fam=a["fam"], avoid_facts=[fact_core(v) for v in a["vis"]])
        pl, body, ff = nearby(r, rec)
        fm = r["lf"] + pick([60, 180, 600, 1440, 2880, 4320, 8640])
        fm = min(fm, 172800)
        negs.append(({"category": rec["cat"], "body": body, "found_at_min": fm, **ff}, "before_loss"))
    branded = [r for r in reports if r["rec"]["brand"]]
    for _ in range(20):  # brand_elsewhere
        r = pick(branded)
        a = r["rec"]
        kinds = [k for k in CAT_KINDS[a["cat"]] if a["brand"] in k["brands"]]
        rec = draw_record(kind=pick(kinds), brand=a["brand"], avoid_facts=[fact_core(v) for v in a["vis"]])
        rec["brand_visible"] = True
        pl = place_elsewhere(r["pl"])
        body, ff = finder_text(rec, pl, 0)
        if R.random() < 0.5:
            fm = r["lf"] + R.randrange(7 * 1440, 20 * 1440)
        else:
            fm = max(0, r["lt"] - R.randrange(6 * 1440, 12 * 1440))
        fm = min(fm, 172800)
        negs.append(({"category": rec["cat"], "body": body, "found_at_min": fm, **ff}, "brand_elsewhere"))
    for _ in range(25):  # unclaimed ordinary finds
        rec = draw_record()
        pl = pick(PLACES)
        body, ff = finder_text(rec, pl, 0)
        fm = R.randrange(60, 50 * 1440)
        negs.append(({"category": rec["cat"], "body": body, "found_at_min": fm, **ff}, "unclaimed"))
    # interleave found items, assign keys
    allf = [(f, r, None) for f, r in found_items] + [(f, None, lab) for f, lab in negs]
    R.shuffle(allf)
    out_found = []
    for j, (f, r, lab) in enumerate(allf):
        key = "%s-F%04d" % (P, j + 1)
        f["key"] = key
        if lab:
            f["negative"] = lab
        else:
            r["lost"]["truth"] = key
        out_found.append(f)
    for it in lost_items:
        it.setdefault("truth", None)
    # fixed key order per record
    order_f = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "negative"]
    order_l = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon", "truth"]
    out_found = [{k: f[k] for k in order_f if k in f} for f in out_found]
    out_lost = [{k: l[k] for k in order_l if k in l} for l in lost_items]
    data = {"seed": SEED, "made_by": "tests/lostfound/make_set29.py",
            "parts": {"set29": {"found": out_found, "lost": out_lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set29.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(out_found), len(out_lost)))
    for k in sorted(anchored):
        print("  %s %s: %d" % (k[0], k[1], anchored[k]))


if __name__ == "__main__":
    main()
