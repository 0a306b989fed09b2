#!/usr/bin/env python3
"""Write tests/lostfound/set50.json: a blind labelled lost-and-found set.

World: the central business district of the invented city 临江市 on weekdays.
Every record is written from a hidden truth object; the lost report in the
owner's voice, the found registration in the finder's or desk's voice.
Python 3 standard library only, one random.Random(5050); deterministic.
"""
import json
import math
import os
import random

SEED = 5050
PFX = "S50"
R = random.Random(SEED)

N_PAIRS = 150
N_NEVER = 90
N_FILL_DECOY = 15   # near-duplicates of objects of true pairs
N_FILL_OTHER = 15   # unclaimed ordinary objects

# ---------------------------------------------------------------- places
LAT0, LON0 = 27.8210, 114.9330   # invented city centre (江滨广场站)


def ll(x, y):
    lat = LAT0 + y / 111000.0
    lon = LON0 + x / (111000.0 * math.cos(math.radians(LAT0)))
    return round(lat, 6), round(lon, 6)


# key: (names..., x metres east, y metres north, type)
PLACES = {
    "m_wangjiangmen": (["1号线望江门站", "望江门地铁站", "望江门站"], -3000, 40, "metro1"),
    "m_jiangbin": (["江滨广场站", "地铁江滨广场站", "江滨广场地铁站(1/4号线换乘)"], 0, 0, "metro14"),
    "m_jinronggang": (["1号线金融港站", "金融港地铁站", "金融港站"], 1200, 10, "metro1"),
    "m_huizhan": (["1号线会展中心站", "会展中心地铁站", "会展中心站"], 2500, -20, "metro1"),
    "m_xinghe": (["1号线星河路站", "星河路地铁站", "星河路站"], 3800, 30, "metro1"),
    "m_nanzhan": (["4号线临江南站", "地铁临江南站", "临江南站地铁口"], 60, -4150, "metro4"),
    "m_yunjin": (["4号线云锦路站", "云锦路地铁站", "云锦路站"], 20, -2000, "metro4"),
    "m_kechuang": (["4号线科创园站", "科创园地铁站", "科创园站"], -30, 1300, "metro4"),
    "m_beihu": (["4号线北湖公园站", "北湖公园地铁站", "北湖公园站"], 10, 2600, "metro4"),
    "t_ljifc": (["临江国际金融中心A座", "LJIFC A座", "国金中心A座", "临江国金A座"], 1320, 210, "tower"),
    "t_ljifc_b": (["临江国际金融中心B座", "LJIFC B座", "国金中心B座"], 1400, 260, "tower"),
    "t_huichuan": (["汇川大厦", "汇川大厦写字楼", "汇川大厦(金融港)"], 1010, -260, "tower"),
    "t_mingtai": (["铭泰中心", "铭泰中心写字楼", "铭泰中心T1"], 2420, 310, "tower"),
    "t_yunjin": (["云锦广场T2", "云锦广场2号楼", "云锦广场T2写字楼"], 160, -1880, "tower"),
    "t_kechuang": (["科创园3号楼", "科创园三号楼", "临江科创园3栋"], -110, 1420, "tower"),
    "mall": (["江滨天汇购物中心", "天汇购物中心", "天汇广场商场", "江滨天汇"], 260, 180, "mall"),
    "hosp": (["临江市第二人民医院", "市二医院", "二院门诊楼", "临江二院"], 620, 910, "hospital"),
    "gym": (["力行健身(金融港店)", "力行健身金融港店", "汇川大厦B1力行健身"], 1030, -240, "gym"),
    "cafe_shiguang": (["拾光咖啡(国金店)", "拾光咖啡国金店", "国金一楼拾光咖啡"], 1300, 190, "cafe"),
    "cafe_maisui": (["麦穗咖啡(江滨广场店)", "麦穗咖啡江滨店", "江滨广场麦穗咖啡"], 70, 90, "cafe"),
    "cafe_bandao": (["半岛咖啡(铭泰店)", "半岛咖啡铭泰中心店", "铭泰一楼半岛咖啡"], 2440, 290, "cafe"),
    "rail": (["临江南站", "临江南高铁站", "高铁临江南站", "临江南站候车大厅"], 40, -4300, "rail"),
    "bike_jrg": (["金融港站C口单车停放点", "金融港C出口共享单车停车区"], 1230, -60, "bike"),
    "bike_mt": (["铭泰中心西侧非机动车停放区", "铭泰中心西门单车点"], 2340, 300, "bike"),
    "bike_yj": (["云锦路站A口单车停放点", "云锦路A口单车区"], -20, -1950, "bike"),
    "food_huichuan": (["汇川大厦北门外卖取餐点", "汇川大厦北门外卖柜"], 1000, -200, "street"),
    "food_mall": (["天汇购物中心B1美食广场", "天汇B1美食街"], 255, 170, "mall"),
    "street_xinghe": (["星河路与金融大道交叉口", "星河路金融大道路口"], 3700, 150, "street"),
    "street_yunjin": (["云锦路辅路", "云锦路与滨江东路路口"], 120, -1700, "street"),
}
PLACE_KEYS = sorted(PLACES)
LINE1 = ["m_wangjiangmen", "m_jiangbin", "m_jinronggang", "m_huizhan", "m_xinghe"]
LINE4 = ["m_nanzhan", "m_yunjin", "m_jiangbin", "m_kechuang", "m_beihu"]


def pname(k, i=None):
    names = PLACES[k][0]
    return names[0] if i == 0 else R.choice(names)


def pxy(k):
    return PLACES[k][1], PLACES[k][2]


def dist(a, b):
    (x1, y1), (x2, y2) = pxy(a), pxy(b)
    return math.hypot(x1 - x2, y1 - y2)


# ---------------------------------------------------------------- people
SURN = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
        "彭", "曾", "萧", "田", "董", "潘", "袁", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "苏"]
GIVEN = ["子涵", "雨桐", "浩然", "思远", "欣怡", "俊杰", "梓萱", "一鸣", "晓雯", "志强", "婧", "静",
         "文博", "嘉怡", "宇航", "诗琪", "明轩", "佳宁", "海峰", "晨曦", "立新", "秀英", "振华",
         "若溪", "国栋", "雅琴", "天佑", "可欣", "建军", "慧敏", "锦程", "梦瑶", "泽宇", "一帆",
         "亚楠", "少东", "婉清", "博文", "芷若", "凯"]


def person():
    return R.choice(SURN) + R.choice(GIVEN)


COMPANIES = ["汇川科技", "铭泰资本", "云锦数据", "临江智联", "星河律师事务所", "北湖传媒",
             "江滨证券", "科创芯微", "国金保险经纪", "望江设计院"]
BANKS = ["临江银行", "江汇银行", "工商银行", "建设银行", "招商银行", "临江农商银行"]
BINS = ["6222", "6217", "6230", "6214", "6228", "6259"]


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    body = R.choice(["86", "35"]) + "".join(str(R.randrange(10)) for _ in range(12))
    return body + luhn_digit(body)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def idnum():
    area = R.choice(["3609", "3601", "4301", "4201", "3611", "3604"]) + "%02d" % R.randint(1, 29)
    y = R.randint(1968, 2003)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = "%03d" % R.randint(1, 999)
    b = area + "%04d%02d%02d" % (y, m, d) + seq
    return b + ID_C[sum(int(c) * w for c, w in zip(b, ID_W)) % 11]


def alnum(n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alpha) for _ in range(n))


# ---------------------------------------------------------------- colours, brands
COLOR = {
    "black": (["黑色", "黑", "哑光黑", "曜石黑"], ["黑色", "深色", "黑"]),
    "white": (["白色", "白", "珍珠白", "奶白色"], ["白色", "白", "米白"]),
    "silver": (["银色", "银白色", "银灰"], ["银色", "银白"]),
    "grey": (["灰色", "深空灰", "深灰色", "浅灰"], ["灰色", "深灰", "灰"]),
    "blue": (["蓝色", "深蓝色", "藏青色", "宝蓝"], ["蓝色", "深蓝", "深色"]),
    "red": (["红色", "酒红色", "大红色"], ["红色", "暗红"]),
    "pink": (["粉色", "樱花粉", "粉红色"], ["粉色", "粉红"]),
    "green": (["绿色", "墨绿色", "薄荷绿"], ["绿色", "墨绿"]),
    "gold": (["金色", "香槟金"], ["金色", "香槟色"]),
    "purple": (["紫色", "淡紫色", "薰衣草紫"], ["紫色", "浅紫"]),
    "brown": (["棕色", "咖啡色", "焦糖色"], ["棕色", "咖啡色"]),
    "yellow": (["黄色", "明黄色"], ["黄色"]),
    "orange": (["橙色", "橘色"], ["橙色", "橘黄色"]),
    "beige": (["米色", "卡其色", "杏色"], ["米色", "卡其"]),
}

BRAND = {  # canonical -> (owner spellings, finder spellings)
    "huawei": (["华为", "HUAWEI", "Huawei", "huawei", "华伟", "HUAWEl"], ["华为", "HUAWEI", "华为(HUAWEI)"]),
    "apple": (["苹果", "Apple", "apple", "平果", "pingguo"], ["苹果", "Apple", "苹果(Apple)"]),
    "xiaomi": (["小米", "Xiaomi", "xiaomi", "MI", "小咪"], ["小米", "Xiaomi", "MI"]),
    "oppo": (["OPPO", "oppo", "欧珀", "0PPO"], ["OPPO", "oppo"]),
    "vivo": (["vivo", "VIVO", "维沃", "Vivo"], ["vivo", "VIVO"]),
    "honor": (["荣耀", "HONOR", "Honor", "rongyao", "荣曜"], ["荣耀", "HONOR"]),
    "lenovo": (["联想", "Lenovo", "lenovo", "lianxiang", "联想ThinkPad"], ["联想", "Lenovo", "ThinkPad"]),
    "dell": (["戴尔", "DELL", "Dell", "dell", "带尔"], ["戴尔", "DELL"]),
    "sony": (["索尼", "SONY", "Sony", "suoni"], ["索尼", "SONY"]),
    "anker": (["安克", "Anker", "ANKER", "anke"], ["安克", "Anker"]),
    "romoss": (["罗马仕", "ROMOSS", "romoss", "罗马士"], ["罗马仕", "ROMOSS"]),
    "thermos": (["膳魔师", "THERMOS", "Thermos", "善魔师"], ["膳魔师", "THERMOS"]),
    "zojirushi": (["象印", "ZOJIRUSHI", "象印zojirushi", "像印"], ["象印", "ZOJIRUSHI"]),
    "tiger": (["虎牌", "TIGER", "tiger"], ["虎牌", "TIGER"]),
    "muji": (["无印良品", "MUJI", "muji", "无印"], ["无印良品", "MUJI"]),
    "tiantang": (["天堂伞", "天堂", "tiantang"], ["天堂伞", "天堂"]),
    "jiaoxia": (["蕉下", "Beneunder", "焦下", "jiaoxia"], ["蕉下", "BENEUNDER"]),
    "bolon": (["暴龙", "BOLON", "bolon", "爆龙"], ["暴龙", "BOLON"]),
    "samsonite": (["新秀丽", "Samsonite", "samsonite", "新秀莉"], ["新秀丽", "Samsonite"]),
    "tnf": (["北面", "The North Face", "TNF", "北脸"], ["北面", "THE NORTH FACE"]),
    "coach": (["蔻驰", "COACH", "coach", "寇驰"], ["蔻驰", "COACH"]),
    "mk": (["MK", "Michael Kors", "迈克高仕", "mk包"], ["MK", "MICHAEL KORS"]),
    "ck": (["小CK", "Charles & Keith", "charles keith", "CK"], ["小CK", "CHARLES & KEITH"]),
    "vw": (["大众", "Volkswagen", "VW", "dazhong"], ["大众", "VW", "大众(Volkswagen)"]),
    "toyota": (["丰田", "TOYOTA", "Toyota", "丰天"], ["丰田", "TOYOTA"]),
    "byd": (["比亚迪", "BYD", "byd", "比亚笛"], ["比亚迪", "BYD"]),
    "bmw": (["宝马", "BMW", "bmw", "baoma"], ["宝马", "BMW"]),
    "honda": (["本田", "HONDA", "Honda"], ["本田", "HONDA"]),
    "tissot": (["天梭", "TISSOT", "Tissot", "天俊"], ["天梭", "TISSOT"]),
    "casio": (["卡西欧", "CASIO", "casio", "卡西鸥"], ["卡西欧", "CASIO"]),
    "citizen": (["西铁城", "CITIZEN", "Citizen"], ["西铁城", "CITIZEN"]),
    "tianneng": (["天能", "TIANNENG", "tianneng", "天能牌"], ["天能", "TIANNENG"]),
    "chilwee": (["超威", "CHILWEE", "chaowei", "超为"], ["超威", "CHILWEE"]),
    "yadea": (["雅迪", "Yadea", "yadi", "YADEA", "亚迪"], ["雅迪", "Yadea"]),
    "aima": (["爱玛", "AIMA", "aima", "艾玛"], ["爱玛", "AIMA"]),
    "tailg": (["台铃", "TAILG", "tailing", "台玲"], ["台铃", "TAILG"]),
    "chengyi": (["橙意外卖", "橙意", "chengyi"], ["橙意外卖", "橙意"]),
    "suda": (["速达配送", "速达", "suda"], ["速达配送", "速达"]),
}


def brand_txt(b, voice):
    if b is None:
        return None
    o, f = BRAND[b]
    if voice == "owner":
        return R.choice(o) if R.random() < 0.55 else o[0]
    return R.choice(f)


def color_txt(c, voice):
    if c is None:
        return None
    o, f = COLOR[c]
    return R.choice(o if voice == "owner" else f)


# ---------------------------------------------------------------- object kinds
# slot options: (owner phrase, finder phrase)
def S(*pairs):
    return list(pairs)


PHONE_SLOTS = {
    "case": S(("透明手机壳", "透明软壳"), ("黑色硅胶壳", "黑色硅胶保护壳"), ("棕色皮质翻盖壳", "棕色皮套(翻盖)"),
              ("没戴壳，裸机", "无保护壳"), ("卡通壳，上面是一只小熊", "卡通壳(小熊图案)"),
              ("蓝色磨砂壳", "蓝色磨砂保护壳"), ("壳背面印着星空图案", "星空图案手机壳")),
    "screen": S(("屏幕右上角有一道裂痕", "屏幕右上角有裂纹"), ("屏幕完好贴了钢化膜", "屏幕完好，有贴膜"),
                ("屏幕左下角磕掉一小块", "屏幕左下角破损"), ("屏幕中间有一条长裂缝", "屏幕中部一道长裂痕")),
    "wall": S(("锁屏是一只柴犬的照片", "锁屏壁纸为柴犬"), ("锁屏壁纸是海边日落", "锁屏为海边日落风景"),
              ("锁屏是我家小孩的照片", "锁屏为一儿童照片"), ("锁屏是默认壁纸", "锁屏为系统默认壁纸"),
              ("锁屏是一张樱花图", "锁屏壁纸为樱花")),
    "extra": S(("挂着一个小铃铛挂件", "带铃铛挂件"), ("挂了一根红色挂绳", "带红色挂绳"),
               ("背面有个指环支架", "背面有指环扣"), ("摄像头旁边贴了一个星星贴纸", "摄像头旁有星星贴纸")),
}
PHONE_HIDDEN = ["手机号尾号{n4}", "微信名叫{nick}", "锁屏密码我可以当场解开", "里面有很多工作群和客户资料，很着急",
                "开机密码是六位数，我能现场解锁", "手机里装了两张卡，另一张尾号{n4}"]
NICKS = ["阿楠", "向日葵", "Leo", "小鱼儿", "老周", "Mia", "晴天", "一只猫", "Kevin", "木木"]

KINDS = {
    "phone": dict(cat="phone", noun=["手机"], brands={
        "apple": ["iPhone 21 Pro", "iPhone 21", "iPhone 20 Plus"], "huawei": ["Mate 90 Pro", "nova 19", "Pura 95"],
        "xiaomi": ["小米 19 Ultra", "Redmi K95"], "oppo": ["Find X12", "Reno 19"], "vivo": ["X400s", "S31"],
        "honor": ["Magic 11", "荣耀 X90"]},
        colors=["black", "white", "silver", "blue", "purple", "green", "gold", "pink"],
        slots=PHONE_SLOTS, hidden=PHONE_HIDDEN, serial="imei", n=34),
    "laptop": dict(cat="electronics", noun=["笔记本电脑", "笔记本", "电脑"], brands={
        "lenovo": ["ThinkPad X15 Carbon", "小新Pro 19"], "dell": ["XPS 17s", "Latitude 9650"],
        "apple": ["MacBook Air 17", "MacBook Pro 18"], "huawei": ["MateBook X Pro 2030", "MateBook 16s"]},
        colors=["silver", "grey", "black"],
        slots={"sticker": S(("盖子上贴了一张宇航员贴纸", "A面贴有宇航员贴纸"), ("盖子上什么都没贴", "外壳无贴纸"),
                            ("盖子上贴满了各种贴纸", "A面贴满贴纸"), ("盖子上贴着一个公司logo贴纸", "A面有公司logo贴纸")),
               "sleeve": S(("装在灰色毛毡内胆包里", "灰色毛毡内胆包"), ("装在黑色电脑包里", "黑色电脑包"),
                           ("没装包，直接拿着的", "无包")),
               "dent": S(("右前角有个磕痕", "右前角有磕碰痕迹"), ("外壳没有磕碰", "外观完好"),
                         ("键盘上W键掉了", "键盘W键缺失"))},
        hidden=["开机用户名是{pinyin}", "桌面上有{company}的项目文件夹", "开机密码我知道", "里面有没备份的报表，很重要"],
        serial="sn", n=9),
    "tablet": dict(cat="electronics", noun=["平板电脑", "平板", "iPad"], brands={
        "apple": ["iPad Air 9", "iPad Pro 15"], "huawei": ["MatePad Pro 16", "MatePad 13"], "xiaomi": ["小米平板 10 Pro"]},
        colors=["grey", "silver", "blue", "pink"],
        slots={"case": S(("带一个黑色键盘保护套", "配黑色键盘保护套"), ("套着粉色三折皮套", "粉色折叠皮套"),
                         ("套着透明壳", "透明保护壳"), ("没带套", "无保护套")),
               "pen": S(("上面吸着一支手写笔", "附手写笔一支"), ("没有手写笔", "未见手写笔")),
               "sticker": S(("背面贴了一张小猫贴纸", "背面有小猫贴纸"), ("背面刻了英文字母LY", "背面镌刻字母LY"))},
        hidden=["锁屏密码是四位数", "里面下载了很多动画片给孩子看", "登录的是{nick}的账号"], serial="sn", n=6),
    "earbuds": dict(cat="electronics", noun=["蓝牙耳机", "无线耳机", "耳机"], brands={
        "apple": ["AirPods Pro 5", "AirPods 6"], "huawei": ["FreeBuds Pro 7", "FreeBuds 8i"],
        "xiaomi": ["Buds 9 Pro"], "sony": ["WF-2000XM8"]},
        colors=["white", "black", "silver"],
        slots={"part": S(("整套(两只耳机加充电盒)", "充电盒及两只耳机"), ("只有充电盒，耳机在我这", "仅充电盒，盒内无耳机"),
                         ("只丢了左耳那一只", "单只耳机(左耳)"), ("只丢了右耳那一只", "单只耳机(右耳)")),
               "cover": S(("充电盒套着蓝色硅胶套", "充电盒带蓝色硅胶套"), ("充电盒套着一个小恐龙造型的套子", "充电盒带恐龙造型保护套"),
                          ("充电盒没有套", "充电盒无保护套"), ("充电盒套着透明壳挂着钥匙扣", "透明保护壳，挂钥匙扣")),
               "mark": S(("盒子上有一道划痕", "盒体有划痕"), ("盒子上刻了字'Z&Y'", "盒体刻字Z&Y"), ("盒子发黄了", "盒体发黄"))},
        hidden=["手机上能看到连接记录", "买的时候发票还在", "是{company}年会奖品"], serial="sn", n=16),
    "powerbank": dict(cat="electronics", noun=["充电宝", "移动电源"], brands={
        "xiaomi": ["20000mAh 33W", "10000mAh 磁吸版"], "anker": ["PowerCore 20K", "MagGo 10K"], "romoss": ["PHP30", "Sense 6"]},
        colors=["white", "black", "blue", "grey"],
        slots={"cable": S(("插着一根白色Type-C短线", "带白色Type-C短线"), ("没带线", "无数据线"),
                          ("缠着一根编织线", "附编织数据线")),
               "mark": S(("贴了公司资产标签", "贴有资产标签"), ("背面有咖啡渍", "表面有污渍"),
                         ("侧面用记号笔写了名字", "侧面手写姓名"))},
        hidden=["买了两年了", "是公司发的"], serial=None, n=7),
    "watchsmart": dict(cat="electronics", noun=["智能手表", "手环", "运动手表"], brands={
        "huawei": ["Watch GT 9", "手环 12"], "xiaomi": ["小米手环 11", "Watch S6"], "apple": ["Apple Watch S14"]},
        colors=["black", "pink", "green", "white", "blue"],
        slots={"strap": S(("表带是硅胶的", "硅胶表带"), ("换了一条编织表带", "编织表带"), ("米兰尼斯钢表带", "金属网状表带")),
               "face": S(("表盘显示一只猫", "表盘为猫图案"), ("表盘是数字大字体", "数字表盘"), ("表盘屏幕有划痕", "屏幕有划痕"))},
        hidden=["绑定的手机号尾号{n4}", "里面有我的跑步记录"], serial="sn", n=8),
    "idcard": dict(cat="id_doc", noun=["身份证"], brands={None: [None]}, colors=[None],
                   slots={"holder": S(("装在一个蓝色卡套里", "蓝色卡套"), ("没套卡套", "无卡套"),
                                      ("和一张门禁卡套在一起", "与门禁卡一起装在卡套内"), ("卡套是透明的带挂绳", "透明卡套带挂绳"))},
                   hidden=["我可以报出完整身份证号", "照片上是短发"], serial="id", n=14),
    "badge": dict(cat="id_doc", noun=["工牌", "工卡", "门禁卡"], brands={None: [None]},
                  colors=["blue", "red", "black", "green", "orange"],
                  slots={"holder": S(("卡套是硬塑料的", "硬质卡套"), ("卡套是皮的", "皮质卡套"), ("卡套上贴了个小黄鸭贴纸", "卡套有小黄鸭贴纸")),
                         "back": S(("背面还塞了一张食堂饭卡", "背面夹食堂饭卡一张"), ("背面夹着一张停车卡", "背面夹停车卡一张"),
                                   ("背面什么都没有", "背面无他物"))},
                  hidden=["我是{company}{dept}的", "门禁能刷{floor}楼"], serial="emp", n=14),
    "cardholder": dict(cat="wallet", noun=["卡包", "卡套", "钱包"], brands={
        "coach": [None], "muji": [None], "ck": [None], None: [None]},
        colors=["black", "brown", "red", "blue", "beige", "pink"],
        slots={"style": S(("是风琴款的卡包", "风琴式卡包"), ("是对折的小钱包", "对折短款钱包"), ("是薄的单层卡套", "单层薄卡套")),
               "extra": S(("里面还有一张身份证", "内有身份证一张"), ("里面有一张健身卡", "内有力行健身会员卡一张"),
                          ("里面夹着一张合照", "内夹照片一张"), ("里面有几张名片", "内有名片数张"))},
        hidden=["现金大概有{cash}元", "有一张信用卡额度挺高的", "卡都是我本人名字"], serial="bank", n=16),
    "carkey": dict(cat="keys", noun=["车钥匙", "汽车钥匙"], brands={
        "vw": [None], "toyota": [None], "byd": [None], "bmw": [None], "honda": [None]},
        colors=["black", "silver", "white"],
        slots={"chain": S(("挂着一个小黄鸭钥匙扣", "钥匙扣为小黄鸭"), ("挂着红色编织绳", "红色编织挂绳"),
                          ("挂着一个写着'平安'的木牌", "挂'平安'木牌"), ("挂着一个皮质钥匙包", "套皮质钥匙包")),
               "more": S(("还串着两把家门钥匙", "另串钥匙两把"), ("还有一张白色小区门禁卡", "串白色门禁扣一个"),
                         ("只有车钥匙一把", "仅车钥匙一把"))},
        hidden=["车停在{place}地库", "车是{color}的"], serial=None, n=10),
    "housekey": dict(cat="keys", noun=["钥匙", "一串钥匙", "家门钥匙"], brands={None: [None]},
                     colors=["silver", "gold", "blue", "red"],
                     slots={"count": S(("一共三把钥匙", "钥匙三把"), ("一共五把钥匙", "钥匙五把"), ("两把钥匙", "钥匙两把")),
                            "chain": S(("挂了一个毛绒兔子", "挂毛绒兔子挂件"), ("挂着一个开瓶器", "串开瓶器一个"),
                                       ("有个蓝色的门禁扣", "蓝色门禁扣一个"), ("挂着一个铜葫芦", "挂铜葫芦挂件"))},
                     hidden=["有一把是公司抽屉的", "防盗门钥匙上有贴胶布"], serial=None, n=10),
    "umbrella": dict(cat="other", noun=["雨伞", "伞"], brands={"tiantang": [None], "jiaoxia": [None], None: [None]},
                     colors=["black", "black", "black", "blue", "grey", "red", "beige", "green"],
                     slots={"type": S(("长柄直杆伞", "长柄伞"), ("三折折叠伞", "折叠伞(三折)"), ("自动开合的折叠伞", "自动折叠伞")),
                            "handle": S(("木纹弯柄", "弯柄木纹手柄"), ("黑色塑料直柄", "黑色直柄"), ("手柄上缠了胶布", "手柄缠胶布")),
                            "mark": S(("有一根伞骨断了", "一根伞骨折断"), ("伞面有白色波点", "伞面白色圆点图案"),
                                      ("伞套上写了'陈'字", "伞套上写有'陈'字"), ("伞面是格子图案", "格子伞面"), ("纯色没图案", "纯色伞面"))},
                     hidden=["用了三四年了", "是公司年会发的"], serial=None, n=20),
    "thermos": dict(cat="other", noun=["保温杯", "水杯", "保温壶"], brands={
        "thermos": ["JNL-500", "JNL-350"], "zojirushi": ["SM-SF48"], "tiger": ["MMZ-A50"], "muji": [None]},
        colors=["white", "black", "pink", "blue", "green", "silver"],
        slots={"sticker": S(("杯身贴了一张熊猫贴纸", "杯身有熊猫贴纸"), ("杯身刻了名字缩写WJ", "杯身刻字WJ"),
                            ("杯身什么都没有", "杯身无贴纸"), ("杯底有个凹坑", "杯底有凹陷")),
               "inside": S(("里面泡着枸杞", "杯内有枸杞水"), ("里面是咖啡", "杯内残留咖啡"), ("杯子是空的", "杯内无液体"))},
        hidden=["用了一年多", "杯套是我自己织的"], serial=None, n=10),
    "glasses": dict(cat="other", noun=["眼镜", "近视眼镜", "墨镜"], brands={"bolon": [None], None: [None]},
                    colors=["black", "gold", "silver", "brown"],
                    slots={"frame": S(("全框的", "全框镜架"), ("半框的", "半框镜架"), ("圆框的", "圆形镜框")),
                           "case": S(("装在黑色硬壳眼镜盒里", "黑色硬质眼镜盒"), ("装在棕色皮眼镜袋里", "棕色眼镜袋"),
                                     ("没有眼镜盒", "无眼镜盒"))},
                    hidden=["左眼{deg1}度右眼{deg2}度", "镜片是防蓝光的"], serial=None, n=8),
    "documents": dict(cat="other", noun=["文件袋", "资料", "文件夹"], brands={None: [None]},
                      colors=["blue", "black", "white", "red"],
                      slots={"content": S(("里面是{company}的合同原件", "内有{company}合同"), ("里面是体检报告和病历", "内有体检报告、病历"),
                                          ("里面是投标文件", "内有投标书一份"), ("里面是房产证复印件", "内有房产证复印件")),
                             "mark": S(("文件袋上写了'急件'", "袋面手写'急件'"), ("袋子是按扣的", "按扣式文件袋"),
                                       ("袋子是拉链的", "拉链文件袋"))},
                      hidden=["文件右上角有编号{contract}", "上面有我的签名"], serial="contract", n=8),
    "helmet": dict(cat="other", noun=["头盔", "骑手头盔", "外卖头盔"], brands={"chengyi": [None], "suda": [None]},
                   colors=["yellow", "blue", "orange"],
                   slots={"mark": S(("头盔侧面有一道划痕", "侧面有划痕"), ("头盔上贴了兔子耳朵", "顶部有兔耳装饰"),
                                    ("头盔后面贴了骑手编号", "后部贴骑手编号"), ("面罩有裂纹", "面罩有裂纹")),
                          "strap": S(("扣带是新换的黑色", "黑色扣带"), ("扣带断了用绳子系着", "扣带断裂，以绳代替"))},
                   hidden=["头盔里垫了毛巾"], serial="rider", n=6),
    "backpack": dict(cat="bag", noun=["双肩包", "背包", "书包"], brands={
        "samsonite": [None], "tnf": [None], "xiaomi": ["极简都市"], None: [None]},
        colors=["black", "grey", "blue", "green"],
        slots={"content": S(("里面有电脑充电器和饭盒", "内有电脑充电器、饭盒"), ("里面有一件运动服和水杯", "内有运动服、水杯"),
                            ("里面有一叠文件和笔记本", "内有文件、笔记本"), ("里面有雨伞和充电宝", "内有雨伞、充电宝")),
               "mark": S(("侧面挂着一个小熊挂件", "侧挂小熊挂件"), ("肩带有点磨破了", "肩带磨损"),
                         ("包上别了一个工会徽章", "包上有徽章"), ("拉链头换成了红色绳子", "拉链头为红绳"))},
        hidden=["夹层里有{cash}元现金", "有一本写了我名字的笔记本"], serial=None, n=12),
    "handbag": dict(cat="bag", noun=["手提包", "包", "斜挎包"], brands={
        "coach": [None], "mk": [None], "ck": [None], None: [None]},
        colors=["black", "brown", "beige", "red", "white", "pink"],
        slots={"style": S(("托特包", "托特款"), ("链条斜挎包", "链条斜挎款"), ("水桶包", "水桶包款")),
               "content": S(("里面有口红、钥匙和纸巾", "内有口红、钥匙、纸巾"), ("里面有化妆包和一把折叠伞", "内有化妆包、折叠伞"),
                            ("里面有耳机和工牌", "内有耳机、工牌"), ("里面只有几包纸巾和湿巾", "内有纸巾、湿巾"))},
        hidden=["内袋里有{cash}元现金", "包是去年生日礼物"], serial=None, n=8),
    "watch": dict(cat="jewelry", noun=["手表", "机械表"], brands={
        "tissot": ["力洛克T-60", "杜鲁尔T-41"], "casio": ["EDF-900"], "citizen": ["光动能AW-210"]},
        colors=["silver", "gold", "black", "brown"],
        slots={"strap": S(("钢带", "钢制表带"), ("棕色皮表带", "棕色皮带"), ("黑色皮表带", "黑色皮带")),
               "dial": S(("白色表盘", "白色表盘"), ("蓝色表盘", "蓝色表盘"), ("黑色表盘", "黑色表盘"))},
        hidden=["表背面刻了'{initials} 2019'", "保修卡还在家里"], serial="sn", n=8),
    "battery": dict(cat="ebike", noun=["电动车电瓶", "电瓶", "锂电池"], brands={"tianneng": ["48V20Ah", "60V24Ah"],
                                                                          "chilwee": ["48V24Ah", "60V20Ah"]},
                    colors=["black", "grey"],
                    slots={"mark": S(("电池上用马克笔写了'阿强'", "电池表面手写'阿强'"), ("提手缠了黑胶布", "提手缠黑胶布"),
                                      ("侧面贴了个二维码", "侧面贴二维码"), ("外壳有裂缝", "外壳开裂"))},
                    hidden=["是换电柜换不了的自购电池", "买了三个月"], serial="bat", n=8),
    "ebike": dict(cat="ebike", noun=["电动车", "电瓶车", "电动自行车"], brands={"yadea": [None], "aima": [None], "tailg": [None]},
                  colors=["white", "black", "blue", "red"],
                  slots={"box": S(("后面装着橙意外卖的外卖箱", "车尾装橙意外卖保温箱"), ("后面装着速达配送的箱子", "车尾装速达配送箱"),
                                  ("后面没装箱子", "无后箱")),
                         "cover": S(("挂着蓝色挡风被", "蓝色挡风被"), ("车把上有个手机支架", "车把装手机支架"),
                                    ("前面挂了个菜篮子", "前部有车篮"))},
                  hidden=["钥匙在我这", "车是分期买的"], serial="frame", n=4),
    "cash": dict(cat="cash", noun=["现金", "钱"], brands={None: [None]}, colors=[None],
                 slots={"wrap": S(("装在一个白色信封里", "白色信封装"), ("用橡皮筋扎着", "橡皮筋捆扎"),
                                   ("装在临江银行的红色纸袋里", "装于临江银行红色纸袋"))},
                 hidden=["是要交的房租"], serial="cash", n=4),
}

# which scenarios each kind can happen in
SCEN_BY_KIND = {
    "phone": ["metro_train", "metro_station", "tower", "mall", "cafe", "ride", "bike", "hospital", "gym", "rail"],
    "laptop": ["metro_train", "cafe", "ride", "rail", "tower"],
    "tablet": ["metro_train", "cafe", "ride", "rail", "hospital"],
    "earbuds": ["metro_train", "metro_station", "gym", "cafe", "bike", "mall", "tower"],
    "powerbank": ["cafe", "metro_train", "rail", "tower", "ride"],
    "watchsmart": ["gym", "metro_train", "mall", "tower"],
    "idcard": ["metro_station", "hospital", "rail", "tower", "mall"],
    "badge": ["metro_train", "metro_station", "tower", "cafe", "bike"],
    "cardholder": ["metro_station", "mall", "cafe", "ride", "hospital", "tower"],
    "carkey": ["gym", "mall", "cafe", "tower", "hospital"],
    "housekey": ["metro_train", "bike", "gym", "tower", "cafe"],
    "umbrella": ["metro_train", "metro_station", "tower", "cafe", "mall", "hospital", "ride"],
    "thermos": ["metro_train", "tower", "gym", "hospital", "ride", "bike"],
    "glasses": ["metro_train", "cafe", "gym", "hospital", "tower"],
    "documents": ["ride", "metro_train", "cafe", "tower", "rail"],
    "helmet": ["delivery"],
    "backpack": ["metro_train", "ride", "rail", "cafe", "gym"],
    "handbag": ["mall", "ride", "cafe", "hospital"],
    "watch": ["gym", "hospital", "tower", "rail"],
    "battery": ["delivery"],
    "ebike": ["delivery_park"],
    "cash": ["ride", "hospital", "metro_station"],
}

PLACES_BY_TYPE = {}
for _k in PLACE_KEYS:
    PLACES_BY_TYPE.setdefault(PLACES[_k][3], []).append(_k)

DEPTS = ["财务部", "法务部", "研发中心", "市场部", "行政部", "风控部"]
PINY = ["zhangyu", "lihua", "chenjie", "wangmin", "liuyang", "zhaolei", "sunqian"]


def fill(t, ctx):
    return t.format(**ctx)


def make_serial(kind, brand):
    st = KINDS[kind]["serial"]
    if st == "imei":
        return imei()
    if st == "sn":
        if brand == "apple":
            return alnum(10)
        return R.choice(["PF", "SN", "CN", "HW"]) + alnum(8)
    if st == "id":
        return idnum()
    if st == "emp":
        return "%s%05d" % (R.choice(["LJ", "HC", "MT", "YJ", ""]), R.randint(1000, 99999))
    if st == "bank":
        return R.choice(BINS) + "".join(str(R.randrange(10)) for _ in range(8)) + "%04d" % R.randint(0, 9999)
    if st == "contract":
        return "%s-2026-%04d" % (R.choice(["HC", "MT", "YJ", "XH"]), R.randint(1, 9999))
    if st == "rider":
        return "%d" % R.randint(100000, 999999)
    if st == "bat":
        return "%s%04d%05d" % (R.choice(["TN", "CW"]), R.randint(2301, 2612), R.randint(0, 99999))
    if st == "frame":
        return "%s%s%06d" % (R.choice(["LYD", "AMA", "TLG"]), alnum(4), R.randint(0, 999999))
    if st == "cash":
        return None
    return None


def new_object(kind):
    spec = KINDS[kind]
    brands = sorted(spec["brands"], key=lambda b: (b is None, b or ""))
    brand = R.choice(brands)
    model = R.choice(spec["brands"][brand])
    color = R.choice(spec["colors"])
    slots = {s: R.randrange(len(opts)) for s, opts in sorted(spec["slots"].items())}
    ctx = dict(n4="%04d" % R.randint(0, 9999), nick=R.choice(NICKS), company=R.choice(COMPANIES),
               dept=R.choice(DEPTS), floor=R.randint(6, 48), pinyin=R.choice(PINY),
               cash=R.choice([80, 150, 200, 300, 500, 1200]), deg1=R.choice([250, 300, 400, 550]),
               deg2=R.choice([275, 350, 450, 600]), place=pname(R.choice(["t_ljifc", "t_huichuan", "mall", "t_mingtai"]), 0),
               color=color_txt(R.choice(["white", "black", "grey", "red"]), "owner"),
               contract="", initials=R.choice(["L&W", "ZY", "C.H.", "M&J"]))
    obj = dict(kind=kind, cat=spec["cat"], brand=brand, model=model, color=color, slots=slots, ctx=ctx,
               serial=make_serial(kind, brand), name=person(), company=R.choice(COMPANIES))
    if kind == "documents":
        ctx["contract"] = obj["serial"]
    if kind == "cardholder":
        obj["bank"] = R.choice(BANKS)
    if kind == "cash":
        obj["amount"] = R.choice([1500, 2000, 2600, 3000, 4800, 5000])
    if kind == "ebike":
        obj["plate"] = "临江%s%05d" % (R.choice("ABCDE"), R.randint(0, 99999))
    obj["hidden"] = sorted(R.sample(range(len(spec["hidden"])), min(2, len(spec["hidden"]))))
    return obj


# ---------------------------------------------------------------- time
NOW_TOD = 21 * 60   # registration moment: a Friday, 21:00; day 0 = that Friday
WEEK = "一二三四五六日"


def weekday(day):  # day <= 0
    return (4 + day) % 7


def day_of(m):
    return math.floor((NOW_TOD - m) / 1440.0)


def tod_of(m):
    return (NOW_TOD - m) % 1440


def day_word(day):
    if day == 0:
        return R.choice(["今天", "今天", "今日"])
    if day == -1:
        return "昨天"
    if day == -2:
        return R.choice(["前天", "周" + WEEK[weekday(day)]])
    if day >= -4:
        return R.choice(["周", "本周", "这周"]) + WEEK[weekday(day)]
    if day >= -11:
        return "上周" + WEEK[weekday(day)]
    return R.choice(["两周前的周", "上上周"]) + WEEK[weekday(day)]


def clock(m, style=None):
    t = tod_of(m)
    h, mi = divmod(t, 60)
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return "%d:%02d" % (h, mi)
    if style == 1:
        seg = "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "晚上"
        hh = h if h <= 12 else h - 12
        return "%s%d点%s" % (seg, hh, "" if mi < 8 else "半" if 25 < mi < 35 else "%d分" % mi if mi % 5 == 0 else "多")
    if style == 2:
        return "%02d%02d" % (h, mi)
    hh = h if h <= 12 else h - 12
    seg = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h < 13 else "下午" if h < 18 else "晚上"
    return "%s%d点左右" % (seg, hh)


def when(m):
    return day_word(day_of(m)) + clock(m)


def pick_loss_time():
    while True:
        day = -R.randint(0, 15)
        if weekday(day) >= 5:
            continue
        tod = R.randint(7 * 60 + 20, 20 * 60 + 30)
        m = NOW_TOD - tod - day * 1440
        if m > 40:
            return m


# ---------------------------------------------------------------- scenarios
def scenario(kind):
    sc = R.choice(SCEN_BY_KIND[kind])
    d = dict(sc=sc)
    if sc == "metro_train":
        line = R.choice([("1号线", LINE1), ("4号线", LINE4)])
        st = line[1]
        i, j = sorted(R.sample(range(len(st)), 2))
        if R.random() < 0.5:
            i, j = j, i
        d.update(line=line[0], a=st[i], b=st[j])
        ends = [st[0], st[-1]]
        d["lost_place"] = st[j]
        d["found_place"] = R.choice([st[j], st[j], ends[0] if j < i else ends[1]])
    elif sc == "metro_station":
        s = R.choice(LINE1 + LINE4)
        d.update(lost_place=s, found_place=s, spot=R.choice(["安检机", "进站闸机", "自动售票机旁", "换乘通道", "站厅卫生间", "电梯口"]))
    elif sc == "tower":
        t = R.choice(PLACES_BY_TYPE["tower"])
        d.update(lost_place=t, found_place=t, spot=R.choice(["一楼大堂", "电梯里", "%d楼茶水间" % R.randint(6, 40), "会议室",
                                                             "%d楼卫生间" % R.randint(6, 40), "闸机口", "前台沙发"]))
    elif sc == "mall":
        m = R.choice(PLACES_BY_TYPE["mall"])
        d.update(lost_place=m, found_place=m, spot=R.choice(["%d楼女装区" % R.randint(1, 4), "试衣间", "B1超市收银台",
                                                             "%d楼洗手间" % R.randint(1, 5), "扶梯旁休息椅", "奶茶店门口"]))
    elif sc == "cafe":
        c = R.choice(PLACES_BY_TYPE["cafe"])
        d.update(lost_place=c, found_place=c, spot=R.choice(["靠窗座位", "吧台", "门口的高脚凳", "二楼沙发区", "充电桌"]))
    elif sc == "gym":
        d.update(lost_place="gym", found_place="gym", spot=R.choice(["更衣室", "跑步机旁", "淋浴间", "器械区", "储物柜上"]))
    elif sc == "hospital":
        d.update(lost_place="hosp", found_place="hosp", spot=R.choice(["门诊二楼候诊区", "缴费窗口", "抽血室门口", "住院部电梯",
                                                                       "CT室外面的椅子", "自助挂号机"]))
    elif sc == "rail":
        d.update(lost_place="rail", found_place="rail", spot=R.choice(["候车厅", "进站安检口", "出站口", "候车室充电桩",
                                                                       "网约车上客区", "售票厅"]))
    elif sc == "ride":
        a, b = R.sample([k for k in PLACE_KEYS if PLACES[k][3] in ("tower", "mall", "rail", "hospital")], 2)
        d.update(a=a, b=b, lost_place=b, found_place=b, tail="%d%s%d" % (R.randint(1, 9), R.choice("DFKMQ"), R.randint(10, 99)),
                 app=R.choice(["快驰出行", "快驰", "江城约车", "出租车"]))
    elif sc == "bike":
        a, b = R.sample(PLACES_BY_TYPE["bike"], 2)
        d.update(a=a, lost_place=a, found_place=b)
    elif sc == "delivery":
        p = R.choice(["food_huichuan", "food_mall", "street_xinghe", "street_yunjin", "t_mingtai"])
        d.update(lost_place=p, found_place=R.choice([p, p, "street_xinghe" if p != "street_xinghe" else "street_yunjin"]))
    elif sc == "delivery_park":
        p = R.choice(["food_huichuan", "food_mall", "t_mingtai", "t_ljifc"])
        d.update(lost_place=p, found_place=R.choice(["street_xinghe", "street_yunjin", "bike_yj", "bike_mt"]))
    return d


def owner_story(o, sc, lt):
    n = noun_of(o)
    s = sc["sc"]
    w = when(lt)
    if s == "metro_train":
        return R.choice([
            "%s坐%s从%s到%s，下车才发现%s落车上了" % (w, sc["line"], pname(sc["a"]), pname(sc["b"]), n),
            "%s在地铁%s上，%s方向，可能放座位上忘拿了，在%s下的车" % (w, sc["line"], pname(sc["b"]), pname(sc["b"])),
            "%s上班路上丢了%s，坐的%s %s→%s" % (w, n, sc["line"], pname(sc["a"]), pname(sc["b"])),
        ])
    if s in ("metro_station", "tower", "mall", "cafe", "gym", "hospital", "rail"):
        p = pname(sc["lost_place"])
        return R.choice([
            "%s在%s%s那里，%s忘拿了" % (w, p, sc["spot"], n),
            "%s去了趟%s，应该是落在%s了" % (w, p, sc["spot"]),
            "%s %s %s 丢了%s" % (w, p, sc["spot"], n),
            "大概%s在%s的%s附近弄丢的" % (w, p, sc["spot"]),
        ])
    if s == "ride":
        return R.choice([
            "%s打%s从%s到%s，%s落在车后座了，车牌尾号%s" % (w, sc["app"], pname(sc["a"]), pname(sc["b"]), n, sc["tail"]),
            "%s坐网约车去%s，下车时%s没拿" % (w, pname(sc["b"]), n),
            "%s从%s打车到%s，东西丢在车上，司机电话打不通" % (w, pname(sc["a"]), pname(sc["b"])),
        ])
    if s == "bike":
        return R.choice([
            "%s骑青橙单车，%s放车筐里，停在%s后忘了拿" % (w, n, pname(sc["a"])),
            "%s在%s还车时%s忘在单车篮子里了" % (w, pname(sc["a"]), n),
        ])
    if s == "delivery":
        return R.choice([
            "%s在%s送单，%s放车上一转身就没了" % (w, pname(sc["lost_place"]), n),
            "我是送外卖的，%s在%s取餐，%s丢了" % (w, pname(sc["lost_place"]), n),
        ])
    if s == "delivery_park":
        return R.choice([
            "%s把车停在%s送餐，出来车就不见了" % (w, pname(sc["lost_place"])),
            "外卖骑手，%s电动车停%s门口，回来没了" % (w, pname(sc["lost_place"])),
        ])
    return w


def finder_story(o, sc, ft):
    s = sc["sc"]
    w = when(ft)
    fp = pname(sc["found_place"])
    if s == "metro_train":
        return R.choice([
            "%s %s工作人员清客时在%s列车车厢座椅上拾得" % (w, fp, sc["line"]),
            "乘客%s在%s车厢内捡到，交%s客服中心" % (w, sc["line"], fp),
            "%s于%s终到列车上发现" % (w, fp),
        ])
    if s == "metro_station":
        return R.choice(["%s %s%s处拾得" % (w, fp, sc["spot"]), "%s站务员在%s%s附近捡到" % (w, fp, sc["spot"])])
    if s in ("tower", "mall"):
        return R.choice(["%s %s前台：保洁在%s捡到送来" % (w, fp, sc["spot"]), "%s%s物业在%s拾得" % (w, fp, sc["spot"]),
                         "%s 访客在%s%s发现，交前台" % (w, fp, sc["spot"])])
    if s in ("cafe", "gym"):
        return R.choice(["%s %s店员收拾%s时发现" % (w, fp, sc["spot"]), "%s%s前台送来，说是在%s发现的" % (w, fp, sc["spot"])])
    if s in ("hospital", "rail"):
        return R.choice(["%s %s%s拾得，交服务台" % (w, fp, sc["spot"]), "%s在%s%s发现，无人认领" % (w, fp, sc["spot"])])
    if s == "ride":
        return R.choice(["%s网约车司机送来，说是在%s下车的乘客落在后座的" % (w, fp),
                         "%s出租车司机在%s附近发现后座有遗留物品" % (w, fp),
                         "司机%s送到，称乘客在%s下车" % (w, fp)])
    if s == "bike":
        return R.choice(["%s在%s扫了辆青橙单车，车筐里发现的" % (w, fp), "市民%s在%s单车车筐内捡到" % (w, fp)])
    if s == "delivery":
        return R.choice(["%s在%s路边捡到" % (w, fp), "%s %s附近巡逻发现，无人看管" % (w, fp)])
    if s == "delivery_park":
        return R.choice(["%s巡逻在%s发现一辆无人看管的电动车" % (w, fp), "群众反映%s有辆电动车停了很久，%s拖回" % (fp, w)])
    return w


# ---------------------------------------------------------------- serial writers
def serial_owner(o):
    k, s = o["kind"], o["serial"]
    if s is None:
        return None
    st = KINDS[k]["serial"]
    r = R.random()
    if st == "imei":
        if r < 0.35:
            return s
        if r < 0.55:
            return "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
        if r < 0.7:
            return "-".join([s[:4], s[4:8], s[8:12], s[12:]])
        if r < 0.85:
            return "IMEI:" + s
        return "尾号" + s[-4:]
    if st == "id":
        if r < 0.5:
            return s
        if r < 0.7:
            return s[:6] + " " + s[6:14] + " " + s[14:]
        return s[:6] + "********" + s[-4:]
    if st == "bank":
        return R.choice(["尾号" + s[-4:], s[-4:], "卡号后四位" + s[-4:], s[:4] + "****" + s[-4:]])
    if st == "emp":
        return R.choice([s, "工号" + s, s.lstrip("LJHCMTY") or s])
    if st == "frame":
        return R.choice([s, s.lower(), s[:3] + "-" + s[3:], "车架号" + s])
    if st == "sn":
        return R.choice([s, "S/N " + s, s.lower(), s[:5] + " " + s[5:], "SN:" + s])
    if st == "contract":
        return R.choice([s, s.replace("-", ""), "合同号" + s])
    return R.choice([s, s, s[:4] + " " + s[4:]])


def serial_finder(o):
    k, s = o["kind"], o["serial"]
    if s is None:
        return None
    st = KINDS[k]["serial"]
    if st == "imei":
        return R.choice([s, "IMEI " + s, "%s %s" % (s[:8], s[8:]), "IMEI1:" + s])
    if st == "id":
        return R.choice([s[:6] + "********" + s[-4:], s[:4] + "**********" + s[-4:], s, s[:3] + "*" * 11 + s[-4:]])
    if st == "bank":
        return R.choice([s[:4] + "****" + s[-4:], s[:6] + "******" + s[-4:], "尾号" + s[-4:], "**** **** **** " + s[-4:]])
    if st == "sn":
        return R.choice([s, "S/N:" + s, s[:4] + "-" + s[4:], s.upper()])
    if st == "frame":
        return R.choice([s, s[:6] + " " + s[6:]])
    return s


def mask_name(n):
    return n[0] + "*" + (n[2:] if len(n) > 2 else "")


# ---------------------------------------------------------------- writers
TYPO = [("的", "得"), ("在", "再"), ("已经", "以经"), ("钥匙", "钥是"), ("里面", "里边"), ("耳机", "耳击"),
        ("手机", "手几"), ("充电宝", "冲电宝"), ("眼镜", "眼睛"), ("保温杯", "保温被"), ("电脑", "电恼")]


def typo(s, p):
    if R.random() < p:
        cands = [t for t in TYPO if t[0] in s]
        if cands:
            a, b = R.choice(cands)
            s = s.replace(a, b, 1)
    return s


def slot_phrase(o, slot, voice, value=None):
    opts = KINDS[o["kind"]]["slots"][slot]
    v = o["slots"][slot] if value is None else value
    ph = opts[v][0 if voice == "owner" else 1]
    return fill(ph, dict(o["ctx"], company=o["company"]))


def describe_id_owner(o):
    k = o["kind"]
    s = o["serial"]
    if k == "idcard":
        return R.choice(["本人身份证，姓名%s" % o["name"], "身份证，名字%s" % o["name"], "我的身份证(%s)" % o["name"]])
    if k == "badge":
        return R.choice(["%s的工牌，名字%s" % (o["company"], o["name"]), "公司工卡，%s，%s" % (o["company"], o["name"]),
                         "工牌+门禁卡，%s员工%s" % (o["company"], o["name"])])
    if k == "cardholder":
        return R.choice(["里面有%s的银行卡，尾号%s" % (o["bank"], s[-4:]), "有张%s卡%s结尾" % (o["bank"], s[-4:]),
                         "银行卡是%s的" % o["bank"]])
    if k == "cash":
        return R.choice(["一共%d元，都是一百的" % o["amount"], "%d块钱现金" % o["amount"], ("大概%d多块" % (o["amount"] // 1000 * 1000)) if o["amount"] % 1000 else "%d块左右" % o["amount"]])
    if k == "ebike":
        return R.choice(["车牌%s" % o["plate"], "牌照是%s" % o["plate"][2:], "车牌号%s" % o["plate"]])
    if k == "helmet":
        return R.choice(["骑手编号%s" % s, "头盔上有我的骑手号%s" % s[-4:]])
    return ""


def describe_id_finder(o):
    k = o["kind"]
    s = o["serial"]
    if k == "idcard":
        return R.choice(["身份证一张，姓名%s" % o["name"], "居民身份证，姓名：%s" % mask_name(o["name"]), "身份证(%s)" % o["name"]])
    if k == "badge":
        return R.choice(["%s工牌，姓名%s" % (o["company"], o["name"]), "工卡一张，印%s字样，持卡人%s" % (o["company"], mask_name(o["name"])),
                         "门禁工牌(%s)" % o["company"]])
    if k == "cardholder":
        return R.choice(["内有%s银行卡一张" % o["bank"], "内有%s卡，卡号尾号%s" % (o["bank"], s[-4:]),
                         "内有银行卡%s" % (s[:4] + "****" + s[-4:])])
    if k == "cash":
        return R.choice(["清点现金共%d元" % o["amount"], "人民币%d元" % o["amount"]])
    if k == "ebike":
        return R.choice(["号牌%s" % o["plate"], "车牌%s" % o["plate"]])
    if k == "helmet":
        return R.choice(["后部贴有编号%s" % s, "贴骑手编号%s" % s])
    return ""


def noun_of(o):
    ns = [n for n in KINDS[o["kind"]]["noun"] if not (n == "iPad" and o["brand"] != "apple")]
    return R.choice(ns)


def noun_brand(o, voice, with_brand=True):
    n = noun_of(o)
    parts = []
    if o["color"] and R.random() < 0.8:
        parts.append(color_txt(o["color"], voice))
    if with_brand and o["brand"] and R.random() < 0.75:
        parts.append(brand_txt(o["brand"], voice))
    if with_brand and o["model"] and R.random() < 0.5:
        parts.append(model_txt(o["model"], voice))
    return "".join(p for p in parts if p) + n if voice == "finder" else "".join(p for p in parts if p) + ("的" if parts and R.random() < 0.4 else "") + n


def model_txt(m, voice):
    if m is None:
        return None
    r = R.random()
    if voice == "owner":
        if r < 0.25:
            return m.replace(" ", "")
        if r < 0.4:
            return m.lower()
        return m
    return m if r < 0.7 else m.upper()


def cut(s, n):
    return s if len(s) <= n else s[:n]


def write_lost(o, sc, lf, lt, must_slots=(), tier=None, t_act=None):
    spec = KINDS[o["kind"]]
    tier = tier if tier is not None else R.choice([0, 1, 1, 2, 2, 2])
    rec = dict(category=spec["cat"])
    slots = sorted(spec["slots"])
    k = 1 if tier == 0 else R.randint(1, len(slots))
    said = set(R.sample(slots, k)) | set(must_slots)
    said = sorted(said)
    vis = [slot_phrase(o, s, "owner") for s in said]
    hid = [fill(spec["hidden"][h], dict(o["ctx"], company=o["company"])) for h in o["hidden"]]
    idp = describe_id_owner(o)
    t_say = t_act if t_act is not None else R.randint(lt, lf)
    if R.random() < 0.5:   # people round the time they say, but stay inside their own window
        t_say = min(lf, max(lt, t_say + R.randint(-15, 15)))
    story = owner_story(o, sc, t_say)
    desc = noun_brand(o, "owner")
    if tier == 0:
        body = "%s，%s，%s%s" % (desc, story, "，".join(vis), ("，" + idp) if idp else "")
        body = typo(body, 0.6)
        if R.random() < 0.5:
            body = body.replace("，", " ")
    else:
        extra = hid[:R.randint(0, len(hid))] if hid else []
        tails = R.choice(["麻烦帮忙留意一下，谢谢！", "拾到请联系我，必有重谢", "急！！", "谢谢警察同志", "", "有消息请电话联系"])
        body = "%s。丢的是%s，%s。%s%s%s" % (story, desc, "，".join(vis), (idp + "。") if idp else "",
                                         ("。".join(extra) + "。") if extra else "", tails)
        if o["serial"] and KINDS[o["kind"]]["serial"] in ("imei", "sn", "id", "frame") and R.random() < 0.3:
            lab = {"imei": "IMEI：", "sn": "序列号", "id": "身份证号", "frame": "车架号"}[KINDS[o["kind"]]["serial"]]
            body += ("" if body[-1] in "。！!，" else "。") + lab + serial_owner(o)
        body = typo(body, 0.15)
    rec["body"] = cut(body, 600)
    pf = {0: 0.1, 1: 0.45, 2: 0.85}[tier]
    if o["color"] and R.random() < pf:
        rec["color"] = color_txt(o["color"], "owner")
    if o["brand"] and R.random() < pf:
        rec["brand"] = brand_txt(o["brand"], "owner")
    if o["model"] and R.random() < pf * 0.8:
        rec["model"] = model_txt(o["model"], "owner")
    ser = serial_owner(o)
    if ser and R.random() < (0.25 if spec["serial"] == "imei" else 0.6) * (1.2 if tier == 2 else 0.7):
        rec["serial"] = ser
    if tier >= 1 and R.random() < pf:
        m = vis + (hid if R.random() < 0.5 else [])
        if m:
            rec["marks"] = cut("；".join(m), 500)
    if R.random() < pf:
        if sc["sc"] == "metro_train":
            rec["address"] = R.choice(["地铁%s上" % sc["line"], "%s %s-%s" % (sc["line"], pname(sc["a"]).replace(sc["line"], ""),
                                                                          pname(sc["b"]).replace(sc["line"], "")),
                                       pname(sc["b"])])
        elif sc["sc"] == "ride":
            rec["address"] = R.choice(["网约车上", "%s到%s的车上" % (pname(sc["a"]), pname(sc["b"])), pname(sc["b"])])
        else:
            rec["address"] = pname(sc["lost_place"])
        rec["address"] = cut(rec["address"], 60)
    if R.random() < 0.35:
        x, y = pxy(sc["lost_place"])
        la, lo = ll(x + R.uniform(-80, 80), y + R.uniform(-80, 80))
        rec["lat"], rec["lon"] = la, lo
    rec["lost_from_min"] = lf
    rec["lost_to_min"] = lt
    rec["_said"] = said
    return rec


def write_found(o, sc, ft, must_slots=(), override=None):
    spec = KINDS[o["kind"]]
    rec = dict(category=spec["cat"])
    slots = sorted(spec["slots"])
    k = R.randint(1, len(slots))
    said = sorted(set(R.sample(slots, k)) | set(must_slots))
    override = override or {}
    vis = [slot_phrase(o, s, "finder", override.get(s)) for s in said]
    if o["kind"] == "earbuds" and "part" not in said:
        vis.insert(0, slot_phrase(o, "part", "finder"))
    idp = describe_id_finder(o)
    terse = R.random() < 0.45
    desc = noun_brand(o, "finder")
    story = finder_story(o, sc, ft)
    if terse:
        body = "拾得%s一%s，%s。%s%s" % (desc, R.choice(["个", "件", "部", "只"]) if o["kind"] != "housekey" else "串",
                                     "，".join(vis), (idp + "。") if idp else "", story)
    else:
        body = "%s。物品：%s；特征：%s。%s%s" % (story, desc, "，".join(vis), (idp + "。") if idp else "",
                                         R.choice(["暂存阳光坐席。", "已登记待认领。", "", "请失主带有效证件认领。"]))
    if o["kind"] == "phone" and R.random() < 0.5:
        body += R.choice(["手机已关机。", "屏幕锁定，有未接来电。", "电量低。", "无SIM卡。"])
    rec["body"] = cut(typo(body, 0.08), 600)
    pf = R.choice([0.2, 0.6, 0.9])
    if o["color"] and R.random() < pf:
        rec["color"] = color_txt(o["color"], "finder")
    if o["brand"] and R.random() < pf:
        rec["brand"] = brand_txt(o["brand"], "finder")
    if o["model"] and R.random() < pf * 0.6:
        rec["model"] = model_txt(o["model"], "finder")
    st = spec["serial"]
    p_ser = {"imei": 0.3, "sn": 0.45, "id": 0.9, "emp": 0.6, "bank": 0.7, "contract": 0.5, "rider": 0.6,
             "bat": 0.7, "frame": 0.8}.get(st, 0)
    if o["serial"] and R.random() < p_ser:
        rec["serial"] = serial_finder(o)
    if R.random() < pf:
        rec["marks"] = cut("；".join(vis), 500)
    if R.random() < 0.8:
        rec["address"] = cut(pname(sc["found_place"]) + (R.choice(["", "", sc.get("spot", "")]) if "spot" in sc else ""), 60)
    if R.random() < 0.45:
        x, y = pxy(sc["found_place"])
        la, lo = ll(x + R.uniform(-60, 60), y + R.uniform(-60, 60))
        rec["lat"], rec["lon"] = la, lo
    rec["found_at_min"] = ft
    return rec


# ---------------------------------------------------------------- build
def loss_window(t_actual):
    r = R.random()
    if r < 0.35:
        a, b = R.randint(5, 40), R.randint(5, 60)
    elif r < 0.8:
        a, b = R.randint(30, 240), R.randint(20, 300)
    else:
        a, b = R.randint(120, 1800), R.randint(60, 2400)
    lf = t_actual + a
    lt = max(0, t_actual - b)
    return lf, lt


def daytime(ft):
    """Nobody hands things in between midnight and 06:30: move such a moment to the next morning."""
    t = tod_of(ft)
    if t < 390:
        ft -= (390 - t) + R.randint(0, 120)
    # the district is a weekday world: what turns up at a weekend is registered on Monday morning
    while weekday(day_of(ft)) >= 5 and ft > 0:
        ft -= 1440 - tod_of(ft) + 390 + R.randint(0, 120)
    return max(0, ft)


def found_delay(t_actual):
    r = R.random()
    if r < 0.6:
        d = R.randint(3, 180)
    elif r < 0.9:
        d = R.randint(180, 1440)
    else:
        d = R.randint(1440, 4320)
    return daytime(max(0, t_actual - d))


def kinds_plan():
    out = []
    for k in sorted(KINDS):
        out += [k] * KINDS[k]["n"]
    assert len(out) == N_PAIRS + N_NEVER, len(out)
    R.shuffle(out)
    return out


# objects with a cross-category filing: (kind, lost category, found category)
CROSS = {"badge": ("id_doc", "other"), "battery": ("ebike", "electronics"), "watch": ("jewelry", "other"),
         "earbuds": ("electronics", "other")}


def far_place(p):
    cands = [k for k in PLACE_KEYS if dist(k, p) > 2500]
    return R.choice(sorted(cands))


def main():
    plan = kinds_plan()
    lost, found, pairs = [], [], []
    cross_left = dict((k, 1) for k in CROSS)
    # --- true pairs
    for i in range(N_PAIRS):
        kind = plan[i]
        o = new_object(kind)
        sc = scenario(kind)
        t = pick_loss_time()
        lf, lt = loss_window(t)
        ft = found_delay(t)
        lr = write_lost(o, sc, lf, lt, t_act=t)
        fr = write_found(o, sc, ft)
        if kind in cross_left and cross_left[kind] > 0 and R.random() < 0.5:
            cross_left[kind] -= 1
            lr["category"], fr["category"] = CROSS[kind]
            fr["_cross"] = True
        lr["_fid"] = len(found)
        pairs.append((o, sc, lr))
        found.append(fr)
        lost.append(lr)
    # --- never found, each with one tempting hard negative
    neg_kinds = ["fact_differs", "other_serial", "found_before_loss", "same_model_elsewhere"]
    for i in range(N_NEVER):
        kind = plan[N_PAIRS + i]
        o = new_object(kind)
        sc = scenario(kind)
        t = pick_loss_time()
        lf, lt = loss_window(t)
        spec = KINDS[kind]
        choices = ["fact_differs", "found_before_loss", "same_model_elsewhere"]
        if spec["serial"] in ("imei", "sn", "id", "emp", "bank", "frame", "bat", "rider"):
            choices += ["other_serial", "other_serial"]
        nk = R.choice(choices)
        slot = R.choice(sorted(spec["slots"]))
        must = ()
        neg = dict(o)
        neg["slots"] = dict(o["slots"])
        nsc = dict(sc)
        if nk == "fact_differs":
            opts = spec["slots"][slot]
            neg["slots"][slot] = R.choice([v for v in range(len(opts)) if v != o["slots"][slot]])
            neg["serial"] = make_serial(kind, o["brand"]) if o["serial"] else None
            must = (slot,)
            ft = max(0, t - R.randint(5, 600))
        elif nk == "other_serial":
            neg["serial"] = make_serial(kind, o["brand"])
            neg["name"] = person() if R.random() < 0.6 else o["name"][0] + R.choice(GIVEN)
            if neg["name"] == o["name"]:
                neg["name"] = o["name"][0] + "某某"
            if kind == "cardholder":
                neg["bank"] = R.choice(BANKS)
            if kind == "ebike":
                neg["plate"] = "临江%s%05d" % (R.choice("ABCDE"), R.randint(0, 99999))
            ft = max(0, t - R.randint(5, 600))
        elif nk == "found_before_loss":
            ft = daytime(lf + R.randint(60, 4000))
            while ft <= lf:
                ft = daytime(lf + R.randint(60, 4000))
            neg["serial"] = make_serial(kind, o["brand"]) if o["serial"] else None
        else:  # same brand/model/colour, other place, other time, and one visible fact differs
            fp = far_place(sc["lost_place"])
            nsc = dict(sc="tower" if PLACES[fp][3] == "tower" else "rail" if fp == "rail" else "metro_station"
                       if PLACES[fp][3].startswith("metro") else "delivery", lost_place=fp, found_place=fp,
                       spot=R.choice(["大厅", "服务台附近", "门口"]), line="")
            if R.random() < 0.5:
                ft = daytime(lf + R.randint(600, 6000))
                while ft <= lf:
                    ft = daytime(lf + R.randint(600, 6000))
            else:
                ft = max(0, lt - R.randint(1500, 4000))
            opts = spec["slots"][slot]
            neg["slots"][slot] = R.choice([v for v in range(len(opts)) if v != o["slots"][slot]])
            neg["serial"] = make_serial(kind, o["brand"]) if o["serial"] else None
            must = (slot,)
        if kind in ("idcard", "badge") and nk != "other_serial":
            neg["name"] = person()
            if neg["name"] == o["name"]:
                neg["name"] = o["name"][0] + "某某"
            neg["serial"] = make_serial(kind, None)
        if kind == "ebike" and nk != "other_serial":
            neg["plate"] = "临江%s%05d" % (R.choice("ABCDE"), R.randint(0, 99999))
        if kind == "cash":
            neg["amount"] = o["amount"] + R.choice([-500, 300, 1000, -1000])
        if kind == "cardholder" and nk != "other_serial":
            neg["serial"] = make_serial(kind, None)
        ft = min(daytime(ft), 172800)
        if nk == "found_before_loss":
            assert ft > lf
        # the owner must state what the negative contradicts
        if nk in ("fact_differs", "same_model_elsewhere"):
            lr = write_lost(o, sc, lf, lt, must_slots=must, tier=R.choice([1, 2, 2]), t_act=t)
        elif nk == "other_serial":
            lr = write_lost(o, sc, lf, lt, tier=2, t_act=t)
            if "serial" not in lr and o["serial"]:
                lr["serial"] = serial_owner(o)
            if spec["serial"] == "imei" and "serial" in lr and lr["serial"].startswith("尾号"):
                lr["serial"] = o["serial"]
        else:
            lr = write_lost(o, sc, lf, lt, t_act=t)
        fr = write_found(neg, nsc, ft, must_slots=must)
        if nk == "other_serial":
            if "serial" not in fr and neg["serial"]:
                fr["serial"] = serial_finder(neg)
            if kind in ("idcard", "badge") and neg["name"] not in fr["body"] and mask_name(neg["name"]) not in fr["body"]:
                fr["body"] += "姓名%s。" % neg["name"]
        fr["negative"] = nk
        lr["_fid"] = None
        lr["_neg"] = len(found)
        found.append(fr)
        lost.append(lr)
    # --- decoys near true pairs, and unclaimed others
    true_idx = list(range(N_PAIRS))
    R.shuffle(true_idx)
    decoy_targets = []
    for i in range(N_FILL_DECOY):
        o, sc, lr = pairs[true_idx[i]]
        kind = o["kind"]
        spec = KINDS[kind]
        decoy_targets.append(true_idx[i])
        d = dict(o)
        d["slots"] = dict(o["slots"])
        said = lr["_said"]
        slot = R.choice(said)
        opts = spec["slots"][slot]
        d["slots"][slot] = R.choice([v for v in range(len(opts)) if v != o["slots"][slot]])
        d["serial"] = make_serial(kind, o["brand"]) if o["serial"] else None
        if kind in ("idcard", "badge"):
            d["name"] = person()
        if kind == "ebike":
            d["plate"] = "临江%s%05d" % (R.choice("ABCDE"), R.randint(0, 99999))
        if kind == "cash":
            d["amount"] = o["amount"] + 700
        ft = max(0, lr["lost_to_min"] - R.randint(0, 200))
        ft = min(daytime(ft), lr["lost_from_min"])
        fr = write_found(d, sc, ft, must_slots=(slot,))
        fr["category"] = lr["category"]
        fr["negative"] = "near_true_pair_one_fact_differs"
        found.append(fr)
    other_kinds = ["umbrella", "thermos", "powerbank", "housekey", "glasses", "earbuds", "badge", "backpack"]
    for i in range(N_FILL_OTHER):
        kind = R.choice(other_kinds)
        o = new_object(kind)
        sc = scenario(kind)
        ft = found_delay(pick_loss_time())
        fr = write_found(o, sc, ft)
        fr["negative"] = "unclaimed"
        found.append(fr)
    # --- keys, shuffled so that order tells nothing
    forder = list(range(len(found)))
    R.shuffle(forder)
    fkey = {}
    found_out = []
    for n, idx in enumerate(forder):
        rec = found[idx]
        key = "%s-F%04d" % (PFX, n + 1)
        fkey[idx] = key
        rec.pop("_cross", None)
        out = {"key": key}
        out.update(rec)
        found_out.append(out)
    lorder = list(range(len(lost)))
    R.shuffle(lorder)
    lost_out = []
    for n, idx in enumerate(lorder):
        rec = dict(lost[idx])
        fid = rec.pop("_fid")
        rec.pop("_neg", None)
        rec.pop("_said", None)
        out = {"key": "%s-L%04d" % (PFX, n + 1)}
        out.update(rec)
        out["truth"] = fkey[fid] if fid is not None else None
        lost_out.append(out)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set50.py",
           "parts": {"set50": {"found": found_out, "lost": lost_out}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set50.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    print("wrote", path, "lost", len(lost_out), "found", len(found_out))


if __name__ == "__main__":
    main()
