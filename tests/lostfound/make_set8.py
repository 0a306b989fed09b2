#!/usr/bin/env python3
"""Write tests/lostfound/set8.json: the eighth labelled lost-and-found set.

Written blind (without reading the matcher or the earlier sets). The world is an
airport police station (机场派出所) and the district around it: the terminal, the
airport bus and taxi rank, a mall with a cinema and a children's play area, a
stadium after a concert, and hotels. Every name, number and place detail is
invented. Deterministic: the same seed gives the same file.

Usage: python3 tests/lostfound/make_set8.py [out.json]
"""
import json
import math
import os
import random
import re
import sys

SEED = 20261208
N_TRUE = 150
N_NEVER = 60
N_TEMPT = 26           # never-found reports that get a tempting found item
N_TWIN = 50
N_BEFORE = 32
N_DECOY = 26
N_UNCLAIMED = 44
MAX_MIN = 90 * 24 * 60  # every time within the last 90 days
CENTER = (30.230, 120.430)

# --------------------------------------------------------------------- places
# (canonical id, [names as people say them], lat, lon)
PLACES = {
    "sec": (["T3航站楼国内出发安检口", "T3安检", "安检3号通道", "国内安检口", "过安检的地方"], 30.2335, 120.4335),
    "bag": (["T3到达行李提取大厅", "行李转盘7号", "到达层行李提取处", "拿行李的转盘边上"], 30.2322, 120.4352),
    "gate": (["T3候机区B区登机口", "B21登机口", "B区候机厅", "登机口座位上"], 30.2362, 120.4308),
    "intl": (["T4国际出发大厅", "国际出发值机柜台", "国际安检通道", "国际出发那边"], 30.2346, 120.4402),
    "bus": (["机场大巴上车点", "空港大巴站台", "机场大巴候车区", "大巴站"], 30.2300, 120.4386),
    "taxi": (["T3出租车候车区", "出租车排队的地方", "的士站", "到达层出租车上客点"], 30.2306, 120.4366),
    "metro": (["机场地铁站", "地铁7号线机场站", "机场站站厅"], 30.2289, 120.4329),
    "cin": (["空港天街购物中心4楼星光影城", "天街电影院", "星光影城5号厅", "商场四楼电影院"], 30.2152, 120.4478),
    "kids": (["空港天街3楼儿童乐园", "天街淘气堡", "商场三楼儿童游乐区", "儿童乐园门口"], 30.2149, 120.4484),
    "food": (["空港天街负一楼美食广场", "天街B1美食城", "商场地下一层吃饭的地方"], 30.2146, 120.4475),
    "mallp": (["空港天街地下停车场", "天街B2停车场", "商场停车库"], 30.2143, 120.4470),
    "stad": (["空港体育中心体育场看台C区", "体育场C区看台", "体育中心看台", "体育场内场"], 30.2498, 120.4122),
    "stadg": (["空港体育中心南门", "体育场南门出口", "体育中心南广场"], 30.2480, 120.4130),
    "hot1": (["空港维景酒店", "维景酒店大堂", "维景酒店"], 30.2252, 120.4558),
    "hot2": (["航城路如家快捷酒店", "航城路快捷酒店", "如家(航城路店)"], 30.2401, 120.4502),
    "hot3": (["航城大酒店", "航城大酒店宴会厅", "航城大酒店前台"], 30.2199, 120.4201),
    "stn": (["机场派出所门口", "机场派出所", "派出所服务台"], 30.2311, 120.4318),
}
# far places for decoys: same district edge, 4-8 km from the terminal
FAR = {
    "far1": (["靖江街道农贸市场", "靖江菜场门口"], 30.2010, 120.3980),
    "far2": (["瓜沥镇公交总站", "瓜沥汽车站"], 30.2620, 120.4640),
    "far3": (["南阳街道文化广场", "南阳广场"], 30.2590, 120.3960),
    "far4": (["党湾镇卫生院", "党湾卫生院门口"], 30.1990, 120.4660),
}
ALLP = dict(PLACES)
ALLP.update(FAR)

# where each category tends to be lost
CAT_PLACES = {
    "phone": ["sec", "sec", "gate", "bag", "taxi", "bus", "stad", "stad", "stadg", "cin", "food", "metro", "hot1"],
    "wallet": ["sec", "bag", "taxi", "bus", "food", "cin", "mallp", "stadg", "hot2", "metro", "gate"],
    "id_doc": ["sec", "sec", "intl", "intl", "gate", "bag", "hot1", "hot3", "bus", "taxi", "stn"],
    "keys": ["mallp", "food", "stadg", "taxi", "bus", "hot2", "kids", "sec", "metro"],
    "bag": ["bag", "bag", "intl", "taxi", "bus", "gate", "hot1", "hot3", "food", "stad", "cin"],
    "electronics": ["sec", "sec", "gate", "stad", "stad", "kids", "cin", "hot1", "bus", "taxi", "intl"],
    "ebike": ["mallp", "stadg", "metro", "hot2", "food"],
    "bicycle": ["kids", "stadg", "metro", "hot2"],
    "cash": ["food", "taxi", "hot3", "bag", "stadg", "sec"],
    "jewelry": ["sec", "hot1", "hot3", "kids", "cin", "food", "stad"],
    "other": ["kids", "kids", "stad", "stad", "cin", "gate", "bus", "food", "stadg", "sec"],
}

# --------------------------------------------------------------------- words
COLORS = {  # canonical -> (owner words, finder words)
    "黑": (["黑色", "黑的", "哑光黑", "曜石黑", "深色", "黑"], ["黑色", "深色", "黑", "墨色"]),
    "白": (["白色", "白的", "珍珠白", "象牙白", "白"], ["白色", "米白色", "白", "乳白色"]),
    "银": (["银色", "银白色", "银的", "星光色"], ["银色", "银灰色", "金属银", "浅灰色"]),
    "灰": (["深空灰", "灰色", "灰的", "铁灰色"], ["灰色", "深灰色", "灰"]),
    "蓝": (["蓝色", "深蓝色", "藏青色", "宝蓝", "蓝的"], ["蓝色", "深蓝", "藏蓝色", "蓝"]),
    "红": (["红色", "大红色", "酒红色", "红的"], ["红色", "暗红色", "枣红色", "红"]),
    "粉": (["粉色", "粉红色", "樱花粉", "粉的"], ["粉色", "浅粉色", "粉红", "粉"]),
    "金": (["金色", "香槟金", "土豪金"], ["金色", "香槟色", "浅金色"]),
    "绿": (["绿色", "墨绿色", "薄荷绿", "军绿色"], ["绿色", "深绿色", "浅绿", "绿"]),
    "紫": (["紫色", "浅紫色", "薰衣草紫"], ["紫色", "淡紫色", "紫"]),
    "棕": (["棕色", "咖啡色", "驼色", "焦糖色"], ["棕色", "褐色", "咖啡色", "棕"]),
    "黄": (["黄色", "明黄色", "柠檬黄"], ["黄色", "浅黄色", "黄"]),
}
COLOR_EN = {"黑": "black", "白": "white", "银": "silver", "灰": "grey", "蓝": "blue", "红": "red",
            "粉": "pink", "金": "gold", "绿": "green", "紫": "purple", "棕": "brown", "黄": "yellow"}

# brand: canonical -> (owner spellings, finder spellings incl. misreads)
BRANDS = {
    "苹果": (["苹果", "iPhone", "Apple", "苹果牌", "平果"], ["苹果", "APPLE", "背面有苹果标志", "iphone"]),
    "华为": (["华为", "HUAWEI", "华伟", "huawei"], ["华为", "HUAWEI", "HUAWE1", "花为"]),
    "小米": (["小米", "Xiaomi", "红米"], ["小米", "MI", "xiaomi"]),
    "OPPO": (["OPPO", "oppo", "欧珀"], ["OPPO", "0PPO", "oppo"]),
    "vivo": (["vivo", "VIVO", "维沃"], ["vivo", "VIV0", "Vivo"]),
    "荣耀": (["荣耀", "HONOR", "容耀"], ["荣耀", "HONOR", "honor"]),
    "三星": (["三星", "Samsung", "三興"], ["SAMSUNG", "三星", "samsung"]),
    "蔻驰": (["蔻驰", "COACH", "Coach", "寇驰"], ["COACH", "蔻驰", "C0ACH"]),
    "古驰": (["古驰", "GUCCI", "古奇"], ["GUCCI", "古驰", "双G标志"]),
    "七匹狼": (["七匹狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES", "七匹浪"]),
    "金利来": (["金利来", "Goldlion"], ["金利来", "GOLDLION", "金利莱"]),
    "路易威登": (["LV", "路易威登", "驴牌"], ["LV", "LOUIS VUITTON", "路易威登"]),
    "无印良品": (["无印良品", "MUJI"], ["MUJI", "无印良品"]),
    "大众": (["大众", "VW", "大众车"], ["大众", "VW", "大中"]),
    "丰田": (["丰田", "TOYOTA", "凯美瑞的"], ["丰田", "TOYOTA"]),
    "宝马": (["宝马", "BMW"], ["BMW", "宝马"]),
    "比亚迪": (["比亚迪", "BYD", "比亚迪汉的"], ["BYD", "比亚迪"]),
    "特斯拉": (["特斯拉", "Tesla"], ["TESLA", "特斯拉"]),
    "雅迪": (["雅迪", "Yadea", "亚迪"], ["雅迪", "YADEA"]),
    "爱玛": (["爱玛", "AIMA", "艾玛"], ["爱玛", "AIMA"]),
    "台铃": (["台铃", "TAILG", "台玲"], ["台铃", "TAILG"]),
    "捷安特": (["捷安特", "GIANT", "杰安特"], ["GIANT", "捷安特"]),
    "美利达": (["美利达", "MERIDA"], ["MERIDA", "美利达"]),
    "新秀丽": (["新秀丽", "Samsonite", "萨姆森奈特"], ["Samsonite", "新秀丽", "SAMS0NITE"]),
    "日默瓦": (["日默瓦", "RIMOWA"], ["RIMOWA", "日默瓦", "RIM0WA"]),
    "北面": (["北面", "The North Face", "TNF"], ["THE NORTH FACE", "北面"]),
    "耐克": (["耐克", "Nike", "NIKE", "奈克"], ["NIKE", "耐克", "对勾标志"]),
    "迈克高仕": (["MK", "迈克高仕", "Michael Kors"], ["MICHAEL KORS", "MK"]),
    "联想": (["联想", "Lenovo", "ThinkPad", "联响"], ["Lenovo", "ThinkPad", "联想"]),
    "索尼": (["索尼", "SONY", "Sony"], ["SONY", "索尼"]),
    "罗马仕": (["罗马仕", "ROMOSS", "罗马士"], ["ROMOSS", "罗马仕"]),
    "安克": (["安克", "Anker"], ["ANKER", "安克"]),
    "佳能": (["佳能", "Canon"], ["Canon", "佳能"]),
    "富士": (["富士", "Fujifilm", "FUJI"], ["FUJIFILM", "富士"]),
    "小天才": (["小天才", "imoo", "小天财"], ["小天才", "imoo"]),
    "任天堂": (["任天堂", "Switch", "Nintendo"], ["Nintendo", "任天堂", "SWITCH"]),
    "周大福": (["周大福", "Chow Tai Fook", "周大富"], ["周大福", "CTF", "周大富"]),
    "潘多拉": (["潘多拉", "Pandora", "PANDORA"], ["PANDORA", "潘多拉"]),
    "老凤祥": (["老凤祥", "老凤翔"], ["老凤祥"]),
    "施华洛世奇": (["施华洛世奇", "Swarovski", "施华洛"], ["SWAROVSKI", "施华洛世奇", "天鹅标志"]),
    "天堂": (["天堂伞", "天堂"], ["天堂", "天堂伞"]),
    "膳魔师": (["膳魔师", "THERMOS", "膳魔狮"], ["THERMOS", "膳魔师"]),
    "象印": (["象印", "ZOJIRUSHI"], ["ZOJIRUSHI", "象印"]),
    "好孩子": (["好孩子", "gb", "Goodbaby"], ["gb好孩子", "好孩子", "GB"]),
    "雷朋": (["雷朋", "Ray-Ban", "RayBan"], ["Ray-Ban", "雷朋"]),
    "优衣库": (["优衣库", "UNIQLO"], ["UNIQLO", "优衣库"]),
    "迪卡侬": (["迪卡侬", "Decathlon"], ["DECATHLON", "迪卡侬"]),
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢傅钟"
GIVEN = "晓明丽华伟芳敏静强磊洋勇艳杰娟涛超霞平刚桂英军玲浩宇欣怡子涵梓轩雨桐思源佳琪文博俊熙诗琪若曦一诺沐辰嘉懿"
PINYIN_SUR = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "黄": "HUANG",
              "赵": "ZHAO", "吴": "WU", "周": "ZHOU", "徐": "XU", "孙": "SUN", "马": "MA", "朱": "ZHU", "胡": "HU",
              "郭": "GUO", "何": "HE", "林": "LIN", "罗": "LUO", "高": "GAO", "郑": "ZHENG", "梁": "LIANG",
              "谢": "XIE", "宋": "SONG", "唐": "TANG", "许": "XU", "韩": "HAN", "冯": "FENG", "邓": "DENG",
              "曹": "CAO", "彭": "PENG", "曾": "ZENG", "萧": "XIAO", "田": "TIAN", "董": "DONG", "潘": "PAN",
              "袁": "YUAN", "蔡": "CAI", "蒋": "JIANG", "余": "YU", "杜": "DU", "叶": "YE", "程": "CHENG",
              "魏": "WEI", "苏": "SU", "吕": "LV", "丁": "DING", "沈": "SHEN", "任": "REN", "姚": "YAO",
              "卢": "LU", "傅": "FU", "钟": "ZHONG"}
REGIONS = ["330109", "330106", "330102", "330681", "440305", "110105", "510107", "320102", "430102",
           "350203", "420106", "610113", "370202", "330302"]
FOREIGN = [("Jonas", "MUELLER", "德国"), ("Emily", "CLARKE", "英国"), ("Kenji", "TANAKA", "日本"),
           ("Minho", "PARK", "韩国"), ("Lucas", "MARTIN", "法国"), ("Olivia", "SMITH", "美国"),
           ("Anan", "SRISUK", "泰国"), ("Mateo", "GARCIA", "西班牙"), ("Sofia", "ROSSI", "意大利"),
           ("Nguyen", "VAN AN", "越南")]

# idols and groups of the concert (invented)
IDOLS = [("周屿白", "YUBAI", "冰蓝色"), ("洛小柒", "LUO7", "樱花粉"), ("NOVA九", "NOVA9", "星空紫"),
         ("江燃", "JIANGRAN", "橙色"), ("银河少年团", "GALAXY BOYS", "银白色")]
STICKERS = [  # (owner words, finder words) for the same picture
    (["哆啦A梦", "机器猫"], ["机器猫", "蓝色卡通猫", "叮当猫"]),
    (["小黄人"], ["小黄人", "黄色卡通人(戴眼镜)"]),
    (["皮卡丘"], ["皮卡丘", "黄色电气鼠卡通"]),
    (["Hello Kitty", "凯蒂猫"], ["KT猫", "白色猫咪卡通(戴蝴蝶结)"]),
    (["小熊维尼", "维尼熊"], ["维尼熊", "黄色小熊卡通"]),
    (["蜡笔小新"], ["小新", "蜡笔小新"]),
    (["史努比"], ["Snoopy", "白色小狗卡通"]),
    (["海绵宝宝"], ["SpongeBob", "黄色方块卡通"]),
    (["玲娜贝儿"], ["粉色狐狸卡通", "玲娜贝尔"]),
    (["库洛米"], ["Kuromi", "黑色小兔卡通(骷髅)"]),
    (["柯基"], ["小狗(柯基)", "短腿小狗图案"]),
    (["熊猫"], ["大熊猫图案", "熊猫"]),
]
WALLPAPERS = [
    (["我女儿的照片", "我闺女的照片"], ["一个小女孩的照片"]),
    (["我家猫(橘猫)", "我家橘猫"], ["一只橘色的猫"]),
    (["西湖断桥的风景照"], ["湖边石桥风景"]),
    (["我和老婆的合照"], ["一男一女合照"]),
    (["雪山", "日照金山的雪山照片"], ["雪山风景"]),
    (["我家狗狗(金毛)"], ["一只金毛犬"]),
    (["一张全黑的壁纸"], ["纯黑色背景"]),
    (["海边日落"], ["海边夕阳"]),
]
TAXI = ["浙A·T3K92", "浙A·D8J51", "浙A·T0Q67", "浙A·D2M88", "浙A·T7F30", "浙A·D5L14"]

TRAD = str.maketrans({
    "机": "機", "场": "場", "丢": "丟", "钱": "錢", "个": "個", "护": "護", "说": "說", "里": "裡", "们": "們",
    "边": "邊", "门": "門", "车": "車", "时": "時", "后": "後", "买": "買", "银": "銀", "话": "話", "电": "電",
    "这": "這", "钥": "鑰", "证": "證", "华": "華", "为": "為", "苹": "蘋", "发": "發", "现": "現", "应": "應",
    "间": "間", "号": "號", "带": "帶", "张": "張", "红": "紅", "蓝": "藍", "绿": "綠", "贴": "貼", "纸": "紙",
    "壳": "殼", "见": "見", "过": "過", "给": "給", "还": "還", "对": "對", "从": "從", "检": "檢", "东": "東",
    "区": "區", "楼": "樓", "乐": "樂", "儿": "兒", "饭": "飯", "图": "圖", "头": "頭", "层": "層", "长": "長",
    "开": "開", "来": "來", "没": "沒", "钟": "鐘", "点": "點", "几": "幾", "块": "塊", "线": "線", "运": "運",
    "动": "動", "馆": "館", "体": "體", "无": "無", "宝": "寶", "记": "記", "黄": "黃", "粉": "粉", "灰": "灰",
    "请": "請", "谢": "謝", "帮": "幫", "忙": "忙", "联": "聯", "系": "繫", "刚": "剛", "才": "才", "处": "處",
    "李": "李", "袋": "袋", "卡": "卡", "壁": "壁", "盘": "盤", "转": "轉", "台": "臺", "湾": "灣", "总": "總",
    "该": "該", "觉": "覺", "条": "條", "换": "換", "边": "邊", "计": "計", "态": "態",
})
HOMOPHONE = [("登机口", "登记口"), ("行李", "行礼"), ("眼镜", "眼睛"), ("钱包", "钱宝"), ("身份证", "身分证"),
             ("充电宝", "冲电宝"), ("蓝色", "篮色"), ("钥匙", "钥是"), ("护照", "户照"), ("安检", "安监"),
             ("驾驶证", "驾使证"), ("雨伞", "雨散"), ("保温杯", "保温被"), ("耳机", "耳几"), ("丢了", "丢乐")]


def homophone(r, body):
    """One slip of pinyin input: a word replaced by its sound-alike."""
    for a, b in r.sample(HOMOPHONE, len(HOMOPHONE)):
        if a in body:
            return body.replace(a, b, 1)
    return body


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z") else c
                   for c in s)


def id_number(r, region=None, female=None):
    region = region or r.choice(REGIONS)
    y = r.randint(1962, 2008)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    seq = r.randint(10, 99)
    if female is None:
        female = r.random() < 0.5
    g = r.choice([0, 2, 4, 6, 8]) if female else r.choice([1, 3, 5, 7, 9])
    body = "%s%04d%02d%02d%02d%d" % (region, y, m, d, seq, g)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def luhn_digit(digits):
    tot = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def imei(r):
    b = "86" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return b + luhn_digit(b)


def bank_card(r):
    pre = r.choice([("招商银行", "招行", "621483"), ("工商银行", "工行", "622202"), ("建设银行", "建行", "621700"),
                    ("农业银行", "农行", "622848"), ("中国银行", "中行", "621661"), ("杭州银行", "杭银", "621268")])
    b = pre[2] + "".join(str(r.randint(0, 9)) for _ in range(9))
    return pre, b + luhn_digit(b)


def alnum(r, n, letters="ABCDEFGHJKLMNPQRSTUVWXYZ"):
    return "".join(r.choice(letters + "0123456789") for _ in range(n))


def person(r):
    s = r.choice(SURNAMES)
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
    return s + g, s


# --------------------------------------------------------------------- facts
# A fact is a dict: key, val (what makes it this object), o (owner phrases),
# f (finder phrases, None when the finder cannot see it), field (marks/serial/body)

def F(key, val, o, f, field="marks"):
    # id: what makes two facts the same fact. A value with digits or Latin letters, or a
    # longer one, is itself; a short generic label ("纹", "盒") is told by the owner's words.
    sval = str(val) if val is not None else ""
    if isinstance(val, int) or re.search(r"[0-9A-Za-z]", sval) or len(sval) > 4:
        ident = val
    else:
        ident = o[0]
    return {"key": key, "val": val, "id": ident, "o": o, "f": f, "field": field}


def PF(r, key, pairs, field="marks"):
    """One of several marks, said by the owner and the finder each in their own words."""
    o, f = r.choice(pairs)
    return F(key, o, [o], [f], field)


def fact_sticker(r, where="手机壳上"):
    s = r.choice(STICKERS)
    return F("sticker", s[0][0], ["%s贴了个%s的贴纸" % (where, w) for w in s[0]] + ["有%s贴纸" % s[0][-1]],
             ["%s有%s贴纸" % (where, w) for w in s[1]] + ["贴有%s图案" % s[1][0]])


def fact_idol(r):
    i = r.choice(IDOLS)
    return F("idol", i[0], ["贴了%s的小卡" % i[0], "背面有%s的贴纸(%s应援色)" % (i[0], i[2]), "贴的是%s的拍立得" % i[0]],
             ["贴有明星照片贴纸,印有%s字样" % i[1], "有一张男生/女生明星小卡(%s)" % i[1], "背面贴艺人照片,英文%s" % i[1]])


def fact_case(r):
    c = r.choice([("透明壳", "透明手机壳", "透明软壳"), ("皮质翻盖壳", "翻盖皮套", "翻盖保护套"),
                  ("粉色硅胶壳", "粉色软壳", "粉色手机壳"), ("磨砂黑壳", "黑色磨砂壳", "深色磨砂保护壳"),
                  ("带支架的壳", "壳后面有个支架", "带指环支架的手机壳"), ("卡包壳", "壳后面能插卡", "手机壳背面带卡槽"),
                  ("绿色液态硅胶壳", "绿色硅胶壳", "墨绿色软壳"), ("斜挎挂绳壳", "带挂绳的手机壳", "手机壳带一根斜挎绳")])
    return F("case", c[0], [c[0], c[1], "套着" + c[1]], ["套" + c[2], c[2]])


def fact_crack(r):
    c = r.choice([("屏幕右上角碎了", "屏幕右上角有裂纹", "右上角屏幕裂"), ("屏幕左下角摔裂了", "左下角碎屏", "屏幕左下角有碎裂"),
                  ("后盖有一道裂", "背面玻璃裂了一条", "后盖玻璃有裂痕"), ("摄像头那块磕掉漆了", "摄像头边上掉漆", "镜头旁有磕碰掉漆")])
    return F("crack", c[0], [c[0], c[1]], [c[2], "可见" + c[2]])


def fact_wallpaper(r):
    w = r.choice(WALLPAPERS)
    return F("wallpaper", w[0][0], ["屏保是" + x for x in w[0]] + ["锁屏是" + w[0][0]],
             ["锁屏壁纸为" + x for x in w[1]] + ["亮屏显示" + w[1][0]])


def fact_caller(r, sur):
    rel = r.choice(["老婆", "老公", "妈妈", "女儿", "儿子", "同事"])
    return F("caller", sur, ["我姓%s,手机号打过去是通的" % sur, "我姓%s,我%s一直在打这个号码" % (sur, rel)],
             ["期间有来电,来电人称机主姓%s" % sur, "拾得后有人来电,称机主为%s先生/女士" % sur])


def fact_hidden_phone(r):
    h = r.choice(["相册里有很多小孩的照片", "微信头像是一只猫", "手机里装了两张卡", "密码是六位数",
                  "开机要指纹", "里面有工作的资料很重要", "手机是上个月刚买的"])
    return F("hidden", h, [h], None, "body")


def fact_cash(r, vague_owner=True):
    amt = r.choice([50, 86, 120, 200, 235, 300, 350, 420, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])
    return F("cash", amt, owner_amount(r, amt, vague_owner), finder_amount(r, amt))


CN_NUM = "零一二三四五六七八九"
CAP_NUM = "零壹贰叁肆伍陆柒捌玖"


def cn_amount(n, cap=False):
    digs = CAP_NUM if cap else CN_NUM
    units = [("仟" if cap else "千", 1000), ("佰" if cap else "百", 100), ("拾" if cap else "十", 10)]
    out = ""
    zero = False
    for u, v in units:
        d = n // v
        n %= v
        if d:
            if zero:
                out += digs[0]
                zero = False
            out += digs[d] + u
        elif out:
            zero = True
    if n:
        if zero:
            out += digs[0]
        out += digs[n]
    if not cap and out.startswith("一十"):
        out = out[1:]
    return out


def owner_amount(r, amt, vague):
    opts = ["现金%d元" % amt, "%s块钱现金" % cn_amount(amt), "里面有%d多块钱" % (amt // 100 * 100) if amt >= 200 else "几十块零钱",
            "大概%s块钱" % cn_amount(amt)]
    if vague and amt >= 200:
        return [opts[2], "现金%d左右" % amt, opts[1]]
    return opts[:2] + [opts[3]]


def finder_amount(r, amt):
    return ["内有现金人民币%d元" % amt, "现金%s元整" % cn_amount(amt, True), "现金¥%d.00" % amt,
            "点验现金%d元" % amt]


# --------------------------------------------------------------------- objects
class Obj:
    def __init__(self, cat, kind_o, kind_f, color=None, brand=None, model=None, facts=None, serial=None,
                 place=None):
        self.cat = cat
        self.kind_o = kind_o      # list of owner nouns
        self.kind_f = kind_f      # list of finder nouns
        self.color = color
        self.brand = brand
        self.model = model        # (owner forms, finder forms) or None
        self.facts = facts or []
        self.serial = serial      # (owner forms, finder forms) or None
        self.place = place
        self.short_f = None       # a very short finder registration
        self.foreign = None
        self.trad = False
        self.sur = None
        self.sub = kind_f[0]      # the kind of thing inside the category (passport, luggage, ...)


def pick_color(r, allowed):
    return r.choice(allowed)


def gen_phone(r):
    b = r.choice(["苹果"] * 4 + ["华为"] * 3 + ["小米", "OPPO", "vivo", "荣耀", "三星"])
    models = {
        "苹果": [(["iPhone 15 Pro", "15pro", "苹果15Pro"], ["三摄像头", "背面三个镜头"]),
                 (["iPhone 13", "苹果13", "13"], ["双摄像头", "背面两个镜头斜排"]),
                 (["iPhone 14 Pro Max", "14promax", "十四pro max"], ["三摄大屏"]),
                 (["iPhone 12 mini", "12mini"], ["小屏双摄"])],
        "华为": [(["Mate 60 Pro", "mate60pro", "麦特60"], ["背面圆形镜头模组", "Mate系列"]),
                 (["P60", "P60 Pro"], ["P系列", "背面两个圆圈镜头"]),
                 (["nova 11", "nova11"], ["nova"])],
        "小米": [(["小米14", "Xiaomi 14"], ["方形镜头"]), (["红米K70", "Redmi K70"], ["Redmi"])],
        "OPPO": [(["Reno 10", "reno10"], ["Reno"]), (["Find X6"], ["FIND"])],
        "vivo": [(["X100", "vivo X100"], ["大圆镜头"]), (["S18"], ["S系列"])],
        "荣耀": [(["荣耀90", "magic5"], ["荣耀"])],
        "三星": [(["Galaxy S23", "S23"], ["Galaxy"]), (["Galaxy Z Flip5", "折叠屏Flip"], ["折叠屏", "小折叠"])],
    }
    m = r.choice(models[b])
    col = r.choice(["黑", "黑", "白", "蓝", "紫", "银", "金", "绿", "粉", "灰"])
    o = Obj("phone", ["手机", "手机", "电话"], ["手机", "手机", "移动电话"], col, b, m)
    sur = r.choice(SURNAMES)
    o.sur = sur
    pool = [fact_case(r), fact_sticker(r), fact_crack(r), fact_wallpaper(r), fact_caller(r, sur), fact_hidden_phone(r)]
    if r.random() < 0.3:
        pool.append(fact_idol(r))
    r.shuffle(pool)
    o.facts = pool[:r.randint(3, 5)]
    im = imei(r)
    if r.random() < 0.45:
        o.serial = (["IMEI %s" % im, "串号后六位%s" % im[-6:], "IMEI尾号%s" % im[-4:],
                     "%s %s %s %s" % (im[:2], im[2:8], im[8:14], im[14:])],
                    ["卡槽处IMEI %s" % im, "IMEI:%s-%s" % (im[:8], im[8:])] if r.random() < 0.35 else None)
    return o


def gen_wallet(r):
    b = r.choice(["蔻驰", "古驰", "七匹狼", "金利来", "路易威登", "无印良品", None, None])
    kind = r.choice([(["钱包", "皮夹"], ["钱包", "皮夹"]), (["长款钱包", "长钱包"], ["长款钱包", "钱夹"]),
                     (["卡包", "小卡包"], ["卡包", "卡套"]), (["零钱包"], ["零钱包", "小钱袋"])])
    col = r.choice(["黑", "黑", "棕", "红", "粉", "蓝", "白"])
    o = Obj("wallet", kind[0], kind[1], col, b)
    name, sur = person(r)
    o.sur = sur
    pre, card = bank_card(r)
    pool = [fact_cash(r),
            F("card", card[-4:], ["%s卡一张尾号%s" % (pre[0], card[-4:]), "%s的银行卡(尾号%s)" % (pre[1], card[-4:])],
              ["%s银行卡一张 %s****%s" % (pre[1], card[:4], card[-4:]), "%s卡号%s **** **** %s" % (pre[0], card[:4], card[-4:])],
              "serial"),
            F("idname", name, ["身份证也在里面,名字%s" % name, "有我的身份证(%s)" % name],
              ["内有身份证一张,姓名%s" % name, "夹层有%s的身份证" % name]),
            F("extra", None, [r.choice(["会员卡好几张", "一张全家福照片", "几张停车小票", "地铁卡一张", "驾驶证也在里面"])], None, "body")]
    vis = r.choice([("拉链头掉了", "拉链头缺失"), ("边角磨白了", "边角磨损发白"), ("上面有烫印字母%s" % "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)), None)])
    if vis[1] is None:
        pool.append(F("mark", vis[0], [vis[0]], ["表面压印字母" + vis[0][-2:]]))
    else:
        pool.append(F("mark", vis[0], [vis[0]], [vis[1]]))
    r.shuffle(pool)
    o.facts = pool[:r.randint(3, 4)]
    if not any(f["key"] in ("cash", "card", "idname") for f in o.facts):
        o.facts[0] = pool[[f["key"] for f in pool].index("cash")]
    return o


def gen_id(r):
    kind = r.choice(["身份证"] * 4 + ["护照"] * 5 + ["驾驶证"] * 2 + ["学生证", "社保卡", "银行卡", "工作证", "港澳通行证", "台胞证"])
    name, sur = person(r)
    female = r.random() < 0.5
    idn = id_number(r, female=female)
    o = Obj("id_doc", [kind], [kind], None, None)
    o.sur = sur
    facts = []
    if kind == "身份证":
        o.kind_o = ["身份证", "二代身份证", "身份证件"]
        o.kind_f = ["居民身份证", "身份证", "二代证"]
        o.serial = ([idn, "身份证号后四位%s" % idn[-4:], idn],
                    ["%s********%s" % (idn[:6], idn[-4:]), idn, "%s**********%s" % (idn[:4], idn[-4:])])
        facts.append(F("name", name, ["名字叫%s" % name, "本人%s" % name, "姓名:%s" % name], ["姓名%s" % name, "证上姓名%s" % name]))
        if r.random() < 0.4:
            facts.append(F("holder", "卡套", ["装在一个透明卡套里", "套了个卡通卡套"], ["外有透明卡套", "带卡套"]))
    elif kind == "护照":
        if r.random() < 0.35:
            fn, ln, nat = r.choice(FOREIGN)
            o.foreign = (fn, ln, nat)
            pno = r.choice("CKPXYZ") + "".join(str(r.randint(0, 9)) for _ in range(8))
            o.kind_o = ["passport", "护照", "Passport"]
            o.kind_f = ["外国护照", "护照(%s)" % nat, "%s籍护照" % nat]
            o.serial = (["passport no. %s" % pno, "No.%s" % pno], ["护照号%s" % pno, "证号%s" % pno])
            facts.append(F("name", ln, ["my name is %s %s" % (fn, ln), "name %s %s" % (ln, fn)],
                           ["持照人%s %s" % (ln, fn), "英文姓名%s,%s" % (ln, fn)]))
            facts.append(F("nat", nat, ["%s passport" % nat, "%s护照" % nat], ["%s护照" % nat]))
        else:
            pno = "E" + alnum(r, 1, "ABCDEFGHJ") + "".join(str(r.randint(0, 9)) for _ in range(7))
            o.kind_o = ["护照", "因私护照", "中国护照"]
            o.kind_f = ["中华人民共和国护照", "护照", "因私普通护照"]
            o.serial = (["护照号%s" % pno, "护照号码后四位%s" % pno[-4:]], ["护照号%s" % pno, "证件号%s****%s" % (pno[:2], pno[-3:])])
            py = PINYIN_SUR.get(sur, "WANG")
            facts.append(F("name", name, ["我叫%s" % name, "名字%s" % name], ["持照人%s" % name, "姓名%s(%s)" % (name, py)]))
        if r.random() < 0.5:
            bp = r.choice(["MU", "CA", "CZ", "HO", "ZH", "3U"]) + str(r.randint(1000, 9999))
            facts.append(F("bp", bp, ["里面夹着%s航班的登机牌" % bp, "护照里夹了登机牌,航班%s" % bp],
                           ["内夹登机牌一张(航班%s)" % bp, "夹有%s登机牌" % bp]))
        if r.random() < 0.4:
            facts.append(F("cover", "护照套", ["外面有个%s护照套" % r.choice(["红色", "皮质", "透明", "印花"]), "套了护照夹"], ["带护照套", "外有护照夹"]))
    elif kind == "驾驶证":
        o.kind_o = ["驾驶证", "驾照", "机动车驾驶证"]
        o.kind_f = ["机动车驾驶证", "驾驶证"]
        o.serial = (["证号就是身份证号%s" % idn, "证号后四位%s" % idn[-4:]], ["证号%s********%s" % (idn[:6], idn[-4:]), "档案编号" + str(r.randint(330100000000, 330199999999))])
        facts.append(F("name", name, ["名字%s" % name, "是%s的驾照" % name], ["姓名%s" % name, "持证人%s" % name]))
        facts.append(F("cls", "C1", ["C1的", "准驾车型C1"], ["准驾车型C1"]))
        if r.random() < 0.5:
            facts.append(F("xsz", "行驶证", ["和行驶证放在一起,车牌浙A%s" % alnum(r, 5), "行驶证也在"], ["同本内有行驶证一本", "附行驶证"]))
    elif kind in ("学生证", "工作证", "社保卡", "银行卡", "港澳通行证", "台胞证"):
        if kind == "学生证":
            school = r.choice(["航城实验中学", "空港职业技术学院", "浙江某大学(萧山校区)", "航城二小"])
            sno = str(r.randint(20210000, 20249999))
            o.kind_o = ["学生证", "学生卡", "校园卡"]
            o.kind_f = ["学生证", "校园一卡通"]
            o.serial = (["学号%s" % sno], ["学号%s" % sno, "卡号尾号%s" % sno[-4:]])
            facts.append(F("school", school, ["%s的" % school, "学校是%s" % school], ["%s" % school, "印有%s字样" % school]))
        elif kind == "工作证":
            co = r.choice(["东航地服", "机场安检站", "空港天街物业", "航城大酒店", "顺丰空港中转场"])
            o.kind_o = ["工作证", "工牌", "员工卡"]
            o.kind_f = ["工作证", "胸牌", "工作牌(带挂绳)"]
            eno = str(r.randint(10000, 99999))
            o.serial = (["工号%s" % eno], ["工号%s" % eno, "编号%s" % eno])
            facts.append(F("co", co, ["%s的工作证" % co, "单位%s" % co], ["%s工作证" % co, "单位:%s" % co]))
        elif kind == "社保卡":
            o.kind_o = ["社保卡", "医保卡", "市民卡"]
            o.kind_f = ["社会保障卡", "社保卡"]
            o.serial = (["卡上身份证号%s" % idn], ["社会保障号码%s****%s" % (idn[:6], idn[-4:])])
        elif kind == "银行卡":
            pre, card = bank_card(r)
            o.kind_o = ["银行卡", pre[1] + "卡", "储蓄卡"]
            o.kind_f = ["银行卡", pre[0] + "借记卡"]
            o.serial = (["卡号尾号%s" % card[-4:], "尾号%s的%s卡" % (card[-4:], pre[1])],
                        ["卡号%s****%s" % (card[:6], card[-4:]), "%s **** %s" % (card[:4], card[-4:])])
            facts.append(F("bank", pre[0], [pre[0]], [pre[0]]))
        else:
            cno = ("C" if kind == "港澳通行证" else "") + "".join(str(r.randint(0, 9)) for _ in range(8))
            o.kind_o = [kind, "通行证" if kind == "港澳通行证" else "台胞证", kind]
            o.kind_f = [kind, "往来港澳通行证" if kind == "港澳通行证" else "台湾居民来往大陆通行证"]
            o.serial = (["证号%s" % cno], ["证件号码%s" % cno, "编号尾号%s" % cno[-4:]])
            if kind == "台胞证":
                o.trad = True
        facts.append(F("name", name, ["名字%s" % name, "是%s的" % name], ["姓名%s" % name, "持证人%s" % name]))
    o.facts = facts
    return o


def gen_keys(r):
    car = r.choice(["大众", "丰田", "宝马", "比亚迪", "特斯拉", None, None, None])
    n = r.randint(1, 5)
    kinds = (["钥匙", "一串钥匙", "车钥匙"] if car else ["钥匙", "一串钥匙", "家里钥匙"],
             ["钥匙", "钥匙串", "钥匙"])
    o = Obj("keys", kinds[0], kinds[1], None, car)
    pend = r.choice([("小熊挂件", "小熊挂件", "毛绒熊挂饰"), ("蓝色门禁卡", "蓝色门禁扣", "蓝色感应扣"),
                     ("红色绳子", "红绳", "红色编织绳"), ("指甲刀", "指甲剪", "指甲钳"),
                     ("开瓶器", "开瓶器", "开瓶器挂件"), ("乐高小人", "乐高人仔", "积木小人挂件"),
                     ("一个小铃铛", "铃铛", "小铜铃"), ("迷你手电筒", "小手电", "小电筒")])
    facts = [F("count", n, ["%s把钥匙" % ("两" if n == 2 else (CN_NUM[n] if n > 1 else "一")), "%d把门钥匙" % n],
               ["共%d把钥匙" % n, "钥匙%d枚" % n]),
             F("pend", pend[0], ["挂了个" + pend[1], "有一个" + pend[0], "上面挂着" + pend[1]], ["带" + pend[2], "挂有" + pend[2]])]
    if car:
        facts.append(F("fob", car, ["%s的车钥匙" % car, "%s遥控钥匙" % car], ["含%s汽车遥控钥匙一把" % car, "有%s车标遥控器" % car]))
    if r.random() < 0.4:
        lock = r.choice(["防盗门", "电动车", "信箱", "公司抽屉"])
        facts.append(F("hk", lock, ["其中一把是%s的" % lock], None, "body"))
    o.facts = facts
    o.color = r.choice([None, None, "黑", "银"]) if car else None
    return o


def gen_ebike(r):
    b = r.choice(["雅迪", "爱玛", "台铃", "雅迪"])
    col = r.choice(["白", "黑", "蓝", "红", "灰", "粉"])
    o = Obj("ebike", ["电动车", "电瓶车", "电驴"], ["电动自行车", "电动车", "两轮电动车"], col, b)
    plate = "%s%05d" % (r.choice(["杭州A", "杭州B", "杭州D", "萧山"]), r.randint(1, 99999))
    frame = alnum(r, 4) + "".join(str(r.randint(0, 9)) for _ in range(8))
    o.serial = (["车牌%s" % plate, "车架号%s" % frame, "车牌%s 车架号尾号%s" % (plate, frame[-6:])],
                ["号牌%s" % plate, "车架号%s" % frame, "号牌%s,车架%s-%s" % (plate[-5:], frame[:6], frame[6:])])
    o.facts = [F("plate", plate, ["牌照%s" % plate, "车牌号%s" % plate[-5:]], ["车牌%s" % plate, "号牌" + plate[-5:]], "serial"),
               PF(r, "box", [("后面装了个黑色后备箱", "后部加装黑色尾箱"), ("后座装了个儿童座椅", "后座加装儿童座椅"), ("前面挂了挡风被", "车头装挡风被")]),
               F("mirror", "左后视镜", ["左边后视镜断了", "左后视镜坏了"], ["左侧后视镜缺失", "左镜断"])]
    return o


def gen_bicycle(r):
    b = r.choice(["捷安特", "美利达", "迪卡侬", None])
    col = r.choice(["黑", "白", "蓝", "红", "绿", "黄"])
    kid = r.random() < 0.5
    o = Obj("bicycle", ["儿童自行车", "小孩的自行车", "童车"] if kid else ["自行车", "山地车", "单车"],
            ["儿童自行车", "童车(带辅助轮)"] if kid else ["自行车", "山地自行车"], col, b)
    o.facts = [PF(r, "bell", [("车把上有个小猪佩奇的铃铛", "车把有粉色卡通猪铃铛"), ("车把上绑了彩带", "车把系彩带")]),
               F("basket", "车筐", ["前面有个白色车筐", "带车筐"], ["前置车篮", "带篮子"])]
    if not kid:
        fr = alnum(r, 3) + str(r.randint(100000, 999999))
        o.serial = (["车架号%s" % fr], ["车架钢印%s" % fr, "车架号尾号%s" % fr[-4:]])
    return o


def gen_bag(r):
    kind = r.choice(["luggage", "luggage", "backpack", "backpack", "handbag", "dutyfree", "tote"])
    if kind == "luggage":
        b = r.choice(["新秀丽", "日默瓦", None, "新秀丽"])
        size = r.choice(["20寸", "24寸", "28寸"])
        o = Obj("bag", ["行李箱", "%s拉杆箱" % size, "旅行箱"], ["拉杆箱", "行李箱", "%s拉杆箱" % size], r.choice(["黑", "银", "蓝", "粉", "白", "灰", "绿"]), b)
        tag = r.choice(["MU", "CA", "CZ", "HO", "ZH", "CX", "BR"]) + str(r.randint(100000, 999999))
        name, sur = person(r)
        o.facts = [F("tag", tag, ["托运行李牌号%s" % tag, "行李条号码%s" % tag], ["挂有行李牌%s" % tag, "托运牌号%s %s" % (tag[:2], tag[2:])], "serial"),
                   PF(r, "lock", [("密码锁是TSA锁", "箱体有TSA海关锁"), ("箱子上绑了一根彩色打包带", "箱子捆绑彩色打包带"),
                                  ("把手上系了红丝带", "拉杆处系红色丝带"), ("箱子上贴满了旅行贴纸", "箱体贴有多张旅游贴纸")]),
                   F("cont", None, [r.choice(["里面是衣服和化妆品", "有一台笔记本电脑和衣服", "里面有给孩子带的玩具"])], None, "body"),
                   F("name", name, ["箱子上有名牌写着%s" % name], ["名牌姓名%s" % name])]
    elif kind == "backpack":
        b = r.choice(["北面", "耐克", "小米", "迪卡侬", None])
        o = Obj("bag", ["双肩包", "背包", "书包"], ["双肩背包", "背包", "双肩包"], r.choice(["黑", "黑", "灰", "蓝", "绿", "红"]), b)
        o.facts = [PF(r, "cont1", [("里面有笔记本电脑", "内有笔记本电脑一台"), ("包里有一个平板和充电器", "内有平板电脑及充电器"),
                                   ("里面有一台相机", "内有相机一台")]),
                   PF(r, "keyc", [("拉链上挂了个恐龙公仔", "拉链挂恐龙玩偶"), ("侧袋插着一个保温杯", "侧袋有水杯"),
                                  ("包上别了好几个徽章", "包面别有多枚徽章")]),
                   F("doc", "资料", ["有一沓工作资料", "还有一本笔记本写满了字"], ["文件若干", "笔记本一本"])]
    elif kind == "handbag":
        b = r.choice(["迈克高仕", "蔻驰", "古驰", None])
        o = Obj("bag", ["手提包", "女包", "挎包"], ["女士手提包", "挎包", "单肩包"], r.choice(["黑", "棕", "白", "红", "粉"]), b)
        o.facts = [fact_cash(r), F("lip", "口红", ["包里有口红和气垫", "有化妆包"], ["内有化妆品若干", "口红一支"]),
                   F("scarf", "丝巾", ["包带上绑了一条丝巾"], ["提手系丝巾"])]
    elif kind == "dutyfree":
        o = Obj("bag", ["免税店袋子", "免税店购物袋", "duty free袋子"], ["免税购物袋", "中免购物袋", "免税店手提袋"], r.choice(["白", "红", "黑"]), None)
        item = r.choice(["两瓶香水和一条烟", "雅诗兰黛精华两瓶", "一盒巧克力和两瓶酒", "一个新买的手表盒"])
        o.facts = [F("cont", item, ["里面有" + item, "买的" + item], ["内有" + item.replace("两", "2").replace("一", "1"), "装有" + item]),
                   F("rcpt", "小票", ["小票还在袋子里", "有购物小票"], ["袋内有购物小票", "附小票"])]
    else:
        o = Obj("bag", ["帆布袋", "环保袋", "布袋子"], ["帆布包", "布袋"], r.choice(["白", "绿", "黄"]), None)
        it = r.choice(["%s应援周边" % r.choice(IDOLS)[0], "两本书和一件外套", "宝宝的尿不湿和奶瓶"])
        o.facts = [F("cont", it, ["里面有" + it], ["内有" + it]),
                   PF(r, "print", [("袋子上印了一只猫", "印猫咪图案"), ("印了'Hangzhou'字样", "印英文HANGZHOU")])]
    r.shuffle(o.facts)
    return o


def gen_electronics(r):
    kind = r.choice(["laptop", "tablet", "tablet", "ear", "ear", "ear", "pb", "pb", "watch", "cam", "game"])
    if kind == "laptop":
        b, m = r.choice([("苹果", (["MacBook Air", "macbook air 13寸"], ["MacBook"])),
                         ("联想", (["ThinkPad X1", "thinkpad"], ["ThinkPad"])),
                         ("华为", (["MateBook 14", "matebook"], ["MateBook"]))])
        o = Obj("electronics", ["笔记本电脑", "电脑", "laptop"], ["笔记本电脑", "手提电脑"], r.choice(["银", "灰", "黑"]), b, m)
        sn = alnum(r, 10)
        o.serial = (["序列号%s" % sn, "S/N尾号%s" % sn[-4:]], ["底部S/N:%s" % sn, "SN %s %s" % (sn[:5], sn[5:])])
        o.facts = [fact_sticker(r, "电脑盖上"), F("tray", "托盘", ["过安检放托盘里忘拿了", "安检的时候拿出来放筐里"], ["安检托盘内遗留", "安检框内遗留"])]
    elif kind == "tablet":
        o = Obj("electronics", ["iPad", "平板", "平板电脑"], ["平板电脑", "iPad"], r.choice(["灰", "银", "粉", "紫", "蓝"]), "苹果",
                (["iPad Air", "iPad Pro 11寸", "ipad mini"], ["平板"]))
        o.facts = [PF(r, "cover", [("带键盘的保护套", "带键盘保护套"), ("三折的皮套", "三折皮套"), ("透明保护壳", "透明外壳")]),
                   F("pencil", "笔", ["上面吸着一支笔", "有apple pencil"], ["附触控笔一支", "吸附电容笔"]),
                   F("engrave", "刻字", ["背面刻了'%s'" % r.choice(["Lucky", "小满", "To Mia", "加油"])], None)]
        e = o.facts[2]["o"][0]
        o.facts[2]["f"] = ["背面刻字" + e[e.index("'"):], "背部激光刻字" + e[e.index("'"):]]
    elif kind == "ear":
        b, m = r.choice([("苹果", (["AirPods Pro", "airpods pro2", "苹果无线耳机"], ["AirPods"])),
                         ("华为", (["FreeBuds Pro", "华为蓝牙耳机"], ["FreeBuds"])),
                         ("索尼", (["WH-1000XM5头戴式", "索尼降噪耳机"], ["头戴式耳机"])),
                         ("小米", (["小米蓝牙耳机", "Redmi Buds"], ["蓝牙耳机"]))])
        o = Obj("electronics", ["耳机", "蓝牙耳机", "无线耳机"], ["蓝牙耳机", "耳机", "耳机盒"], r.choice(["白", "白", "黑", "银"]), b, m)
        o.facts = [F("shell", "耳机套", [r.choice(["外面套了个%s的耳机套" % s for s in ["小恐龙", "草莓", "蜡笔小新", "库洛米"]])], None),
                   F("miss", "少一只", ["只有盒子和左耳", "右边那只之前就丢了"], ["仅有左耳", "盒内仅一只(左)"])]
        sh = o.facts[0]["o"][0]
        o.facts[0]["f"] = ["耳机盒套有" + sh[sh.index("的") - 3 if False else 5:].replace("的耳机套", "") + "造型保护套", "外有卡通硅胶套(" + sh[5:].replace("的耳机套", "") + ")"]
        if r.random() < 0.5:
            o.facts.pop()
    elif kind == "pb":
        b = r.choice(["小米", "罗马仕", "安克", "罗马仕"])
        cap = r.choice(["10000", "20000"])
        o = Obj("electronics", ["充电宝", "移动电源", "充电宝"], ["移动电源", "充电宝"], r.choice(["白", "黑", "粉", "蓝"]), b,
                (["%s毫安" % cap, "%smAh" % cap, "一万毫安" if cap == "10000" else "两万毫安"], ["%smAh" % cap]))
        o.facts = [F("idol", "贴纸", [r.choice(["贴了%s的贴纸" % i[0] for i in IDOLS])], None),
                   F("cable", "线", ["自带一根线", "上面缠着一根数据线"], ["带数据线", "缠有充电线"])]
        idol = [i for i in IDOLS if i[0] in o.facts[0]["o"][0]][0]
        o.facts[0]["f"] = ["贴明星贴纸(%s)" % idol[1], "表面贴有艺人贴纸,英文%s" % idol[1]]
    elif kind == "watch":
        o = Obj("electronics", ["儿童手表", "电话手表", "小天才手表"], ["儿童电话手表", "儿童手表"], r.choice(["蓝", "粉", "黑", "紫"]), "小天才",
                (["Z9", "Z8", "Q2"], ["Z系列"]))
        name, sur = person(r)
        o.facts = [F("kid", name, ["我儿子/女儿的,表里联系人有妈妈爸爸", "孩子名字%s" % name], ["表内显示名字%s" % name, "开机显示宝贝名%s" % name]),
                   PF(r, "strap", [("表带上有小星星图案", "表带星星图案"), ("表带换过,是彩虹色的", "彩虹色表带")])]
    elif kind == "cam":
        b = r.choice(["佳能", "富士", "索尼"])
        o = Obj("electronics", ["相机", "照相机", "微单"], ["数码相机", "照相机"], r.choice(["黑", "银"]), b,
                (["R50", "X-T30", "A7C"], ["微单"]))
        sn = str(r.randint(10000000, 99999999))
        o.serial = (["机身号%s" % sn], ["机身编号%s" % sn, "序号尾号%s" % sn[-4:]])
        o.facts = [PF(r, "strap", [("背带是彩色民族风的", "彩色民族风背带"), ("挂了一条红色相机带", "红色背带")]),
                   F("lens", "镜头盖", ["镜头盖丢了", "没镜头盖"], ["无镜头盖"])]
    else:
        o = Obj("electronics", ["Switch游戏机", "switch", "游戏机"], ["游戏机", "掌上游戏机(SWITCH)"], r.choice(["红", "蓝", "白", "黑"]), "任天堂",
                (["Switch OLED", "switch lite"], ["SWITCH"]))
        o.facts = [F("grip", "手柄", ["左边手柄是红色右边是蓝色", "手柄一红一蓝"], ["红蓝两色手柄", "手柄左红右蓝"]),
                   F("card", "卡带", ["里面插着塞尔达的卡带"], ["内插游戏卡一张"])]
    return o


def gen_cash(r):
    amt = r.choice([300, 500, 800, 1000, 1600, 2000, 2600, 3000, 5000, 6000])
    wrap = r.choice([("红包", "红包里", "红色红包一个"), ("白色信封", "信封里", "白色信封一个"), ("银行的纸袋子", "银行取款袋里", "银行现金袋"),
                     ("橡皮筋扎着", "用橡皮筋扎成一卷", "皮筋捆扎")])
    o = Obj("cash", ["现金", "钱", "一沓钱"], ["现金", "现金", "钱款"], None, None)
    note = r.choice([("都是一百的", "均为100元面额"), ("有一百的也有五十的", "100元及50元面额混合"), ("崭新的连号", "新钞连号")])
    o.facts = [F("amt", amt, ["%d块钱" % amt, "%s元" % cn_amount(amt), "大概%d" % amt], ["人民币%d元" % amt, "现金%s元整" % cn_amount(amt, True), "¥%d" % amt]),
               F("wrap", wrap[0], ["装在" + wrap[0] + "里" if "橡皮筋" not in wrap[0] else wrap[1], "放在" + wrap[1]], [wrap[2], "外包装:" + wrap[2]]),
               F("note", note[0], [note[0]], [note[1]])]
    return o


def gen_jewelry(r):
    kind = r.choice(["ring", "bracelet", "necklace", "jade", "earring"])
    if kind == "ring":
        b = r.choice(["周大福", "老凤祥", None])
        eng = r.choice(["L&W 2019.5.20", "ZY❤LM", "520", "Forever Q"])
        col = r.choice(["金", "银", "白"])
        o = Obj("jewelry", ["戒指", "婚戒", "金戒指" if col == "金" else "铂金戒指"],
                ["戒指", "%s金属戒指" % ("黄色" if col == "金" else "白色"), "指环"], col, b)
        o.facts = [F("eng", eng, ["戒指内圈刻了'%s'" % eng, "里面刻字%s" % eng], ["内圈刻有'%s'" % eng, "指环内侧刻'%s'" % eng]),
                   F("stone", "钻", [r.choice(["镶了一颗小钻", "没有钻,素圈"])], None)]
        o.facts[1]["f"] = ["镶白色透明石一颗" if "钻" in o.facts[1]["o"][0] and "没" not in o.facts[1]["o"][0] else "光面无镶嵌"]
    elif kind == "bracelet":
        b = r.choice(["潘多拉", "周大福", "施华洛世奇"])
        o = Obj("jewelry", ["手链", "手串"], ["手链", "金属手链"], r.choice(["银", "金", "粉"]), b)
        ch = r.choice(["小猫", "字母M", "埃菲尔铁塔", "四叶草"])
        o.facts = [F("charm", ch, ["有个%s的串珠" % ch, "挂了%s吊坠" % ch], ["带%s造型吊饰" % ch, "挂件为%s" % ch])]
    elif kind == "necklace":
        b = r.choice(["施华洛世奇", "周大福", None])
        o = Obj("jewelry", ["项链", "吊坠项链"], ["项链", "颈链", "项链一条"], r.choice(["银", "金"]), b)
        p = r.choice(["天鹅", "心形", "平安扣", "生肖兔"])
        o.facts = [F("pend", p, ["吊坠是%s" % p, "%s的坠子" % p], ["%s造型吊坠" % p, "坠子为%s" % p]),
                   F("clasp", "扣坏", ["扣子有点松", "链子扣坏了"], ["链扣损坏", "搭扣松脱"])]
    elif kind == "jade":
        o = Obj("jewelry", ["玉镯", "翡翠手镯", "镯子"], ["手镯", "玉石手镯", "绿色石质手镯"], "绿", None)
        o.facts = [PF(r, "line", [("里面有一道白色棉絮纹", "镯身有白色絮状纹"), ("镯子上有一条细纹", "有一道细纹"), ("有一块黑点", "镯身有黑色斑点"),
                                  ("之前摔过用金包了一段", "有一段包金修补")]),
                   PF(r, "box", [("装在一个红色绒布盒子里", "红色首饰盒装"), ("没盒子,用手帕包着", "手帕包裹"), ("装在一个小布袋里", "小布袋装")])]
    else:
        o = Obj("jewelry", ["耳环", "耳钉", "一对耳环"], ["耳环", "耳饰"], r.choice(["金", "银"]), r.choice(["潘多拉", "施华洛世奇", None]))
        o.facts = [F("shape", "形状", [r.choice(["星星形状的", "珍珠耳环", "流苏的"])], None),
                   F("only1", "一只", ["只丢了一只,左耳的", "一对都丢了"], None)]
        sh = o.facts[0]["o"][0]
        o.facts[0]["f"] = ["星形" if "星" in sh else ("珍珠" if "珍珠" in sh else "流苏款")]
        o.facts[1]["f"] = ["仅一只" if "一只" in o.facts[1]["o"][0] else "一对(2只)"]
    return o


def gen_other(r):
    kind = r.choice(["stick", "stick", "umb", "umb", "bottle", "stroller", "toy", "glasses", "coat", "ticket"])
    if kind == "stick":
        i = r.choice(IDOLS)
        o = Obj("other", ["应援棒", "灯牌", "荧光棒"], ["应援棒", "发光棒", "演唱会灯棒"], None, None)
        ini = "".join(r.choice("ABCDEFGHJKLMNPQRSTWXYZ") for _ in range(3))
        o.facts = [F("idol", i[0], ["%s的官方应援棒" % i[0], "是%s演唱会的应援棒" % i[0]], ["印有%s字样" % i[1], "灯头有%s标志" % i[1]]),
                   F("ini", ini, ["灯柱上贴了我的名字缩写%s" % ini, "手柄上写了%s" % ini], ["手柄贴纸字母%s" % ini, "握把写有%s" % ini]),
                   F("col", i[2], ["灯是%s的" % i[2]], ["发%s光" % i[2]])]
    elif kind == "umb":
        b = r.choice(["天堂", None, None])
        o = Obj("other", ["雨伞", "伞", "折叠伞"], ["雨伞", "折叠伞", "长柄伞"], r.choice(["黑", "蓝", "粉", "黄"]), b)
        o.facts = [F("pat", "图案", [r.choice(["伞面上有小雏菊", "格子图案", "内面是星空图案"])], None),
                   F("handle", "柄", [r.choice(["木头伞柄", "伞柄上绑了一个毛球"])], None)]
        o.facts[0]["f"] = [o.facts[0]["o"][0].replace("伞面上有", "伞面印").replace("内面是", "伞内印").replace("图案", "") + "图案"]
        o.facts[1]["f"] = ["木质手柄" if "木" in o.facts[1]["o"][0] else "伞柄系毛球"]
    elif kind == "bottle":
        b = r.choice(["膳魔师", "象印", None])
        o = Obj("other", ["保温杯", "水杯", "儿童水壶"], ["保温杯", "水杯", "水壶"], r.choice(["粉", "蓝", "白", "黄", "绿"]), b)
        nm, _ = person(r)
        o.facts = [F("name", nm, ["杯子上贴了名字贴'%s'" % nm, "杯底写了孩子名字%s" % nm], ["贴有姓名贴'%s'" % nm, "杯身写'%s'" % nm]),
                   F("strap", "背带", ["有一根斜挎带", "带吸管的"], ["带背带", "吸管盖"])]
    elif kind == "stroller":
        b = r.choice(["好孩子", None])
        o = Obj("other", ["婴儿车", "推车", "宝宝推车"], ["婴儿推车", "童车(推车)"], r.choice(["灰", "黑", "蓝", "粉"]), b)
        o.facts = [PF(r, "hang", [("扶手上挂着一个奶瓶袋", "扶手挂奶瓶包"), ("车篮里有一条小毯子", "底篮有婴儿毯")]),
                   F("wheel", "轮", ["前轮有点歪", "一个轮子吱吱响"], ["前轮变形", "轮子异响"])]
    elif kind == "toy":
        o = Obj("other", ["毛绒玩具", "玩偶", "公仔"], ["毛绒玩偶", "布偶", "玩具"], r.choice(["棕", "白", "粉", "黄"]), None)
        a = r.choice(["兔子", "小熊", "恐龙", "小狗"])
        o.facts = [F("animal", a, ["一只%s" % a, "是个%s玩偶" % a], ["%s造型" % a, "%s玩偶" % a]),
                   F("cloth", "衣", [r.choice(["穿着红色小衣服", "耳朵缝过一次", "脖子上系蝴蝶结"])], None)]
        c = o.facts[1]["o"][0]
        o.facts[1]["f"] = ["着红色衣服" if "红" in c else ("耳部有缝补" if "缝" in c else "颈部系蝴蝶结")]
    elif kind == "glasses":
        b = r.choice(["雷朋", None])
        o = Obj("other", ["眼镜", "墨镜", "太阳镜"], ["眼镜", "太阳镜", "墨镜"], r.choice(["黑", "棕", "金"]), b)
        o.facts = [F("case", "盒", [r.choice(["装在一个棕色皮眼镜盒里", "没有盒子"])], None),
                   F("deg", "度数", ["近视墨镜,带度数的", "左边镜腿有点松"], ["疑似带度数", "左镜腿松动"])]
        o.facts[0]["f"] = ["有棕色眼镜盒" if "皮" in o.facts[0]["o"][0] else "无镜盒"]
    elif kind == "coat":
        b = r.choice(["优衣库", "北面", "耐克", None])
        o = Obj("other", ["外套", "羽绒服", "冲锋衣"], ["外套", "衣服一件", "上衣"], r.choice(["黑", "蓝", "绿", "白", "红"]), b)
        o.facts = [F("size", "码", [r.choice(["L码", "XL码", "M码"])], None),
                   F("pocket", "兜里", [r.choice(["口袋里有一副手套", "兜里有一包纸巾和几张停车票", "兜里有耳机线"])], None)]
        o.facts[0]["f"] = ["尺码" + o.facts[0]["o"][0]]
        p = o.facts[1]["o"][0]
        o.facts[1]["f"] = ["口袋内有手套一副" if "手套" in p else ("口袋有纸巾、停车票" if "纸巾" in p else "口袋有耳机线")]
    else:
        i = r.choice(IDOLS)
        seat = "%s区%d排%d座" % (r.choice("ABCDEF"), r.randint(1, 40), r.randint(1, 30))
        o = Obj("other", ["演唱会门票", "纸质票", "门票和手幅"], ["门票", "纸质门票", "演出票"], None, None)
        o.facts = [F("idol", i[0], ["%s演唱会的票" % i[0]], ["%s演唱会门票" % i[1]]),
                   F("seat", seat, ["座位%s" % seat, "是%s的票" % seat], ["座位号%s" % seat, "%s" % seat], "serial"),
                   F("badge", "吧唧", ["票夹里还有几个吧唧", "还有两个徽章"], ["附徽章若干", "夹有吧唧(徽章)"])]
    return o


GEN = {"phone": gen_phone, "wallet": gen_wallet, "id_doc": gen_id, "keys": gen_keys, "ebike": gen_ebike,
       "bicycle": gen_bicycle, "bag": gen_bag, "electronics": gen_electronics, "cash": gen_cash,
       "jewelry": gen_jewelry, "other": gen_other}
# a busy town desk: phones, wallets, documents, keys, bags first
CAT_WEIGHTS = [("phone", 30), ("wallet", 22), ("id_doc", 24), ("keys", 14), ("bag", 18), ("electronics", 17),
               ("ebike", 4), ("bicycle", 3), ("cash", 6), ("jewelry", 6), ("other", 12)]


# --------------------------------------------------------------------- rendering
def jitter(r, lat, lon, m):
    d = m / 111000.0
    return round(lat + r.uniform(-d, d), 5), round(lon + r.uniform(-d, d) * 1.15, 5)


OWNER_OPEN = ["我", "本人", "", "你好,我", "麻烦帮忙找一下,我", "您好,"]
FILLERS = ["那个", "就是", "然后", "嗯", "呃", "反正"]
WHO_F = {
    "sec": ["安检站%d号通道安检员" % n for n in (2, 3, 5, 7)] + ["安检护卫部"],
    "bag": ["行李查询柜台工作人员", "到达层保洁员", "地服行李员"],
    "gate": ["东航地服", "B区登机口地勤", "候机区保洁"],
    "intl": ["国际值机柜台", "边检旁保洁员", "国际出发地服"],
    "bus": ["机场大巴驾驶员", "大巴站调度员"],
    "taxi": ["出租车调度员", "出租车司机"],
    "metro": ["地铁站务员", "地铁机场站工作人员"],
    "cin": ["影城保洁", "星光影城工作人员"], "kids": ["儿童乐园店员", "商场保安"], "food": ["美食广场保洁", "商场客服中心"],
    "mallp": ["停车场保安", "商场保安"], "stad": ["场馆保洁", "演唱会安保人员", "体育中心工作人员"],
    "stadg": ["体育中心保安", "散场执勤民警", "路过群众"], "hot1": ["维景酒店前台", "酒店客房部"],
    "hot2": ["酒店前台", "如家店长"], "hot3": ["航城大酒店大堂经理", "宴会厅服务员"], "stn": ["群众", "热心市民", "路人"],
    "far1": ["群众", "菜场管理员"], "far2": ["公交驾驶员", "车站工作人员"], "far3": ["广场保安", "群众"], "far4": ["卫生院保安", "群众"],
}


def owner_color(r, o, hard):
    if not o.color:
        return None
    return r.choice(COLORS[o.color][0])


def finder_color(r, o):
    if not o.color:
        return None
    return r.choice(COLORS[o.color][1])


def place_owner(r, pid, hard, cat=None):
    names = ALLP[pid][0]
    if cat in ("ebike", "bicycle"):      # parked there, not carried on board
        n = r.choice(names)
        return r.choice(["停在%s" % n, "在%s停的车,回来就没了" % n, "%s门口停着的" % n]), n, True
    if pid == "taxi" and r.random() < 0.5:
        return "打车从机场去%s,下车后发现落在出租车上了" % r.choice(["维景酒店", "城站", "市区", "滨江"]), "出租车上", False
    if pid == "bus" and r.random() < 0.5:
        return "坐机场大巴往城站方向,应该是丢在车上了", "机场大巴(往城站方向)车上", False
    if pid == "metro" and r.random() < 0.6:
        return "在地铁7号线往市区方向的车厢里丢的", "地铁7号线往市区方向车厢", False
    if pid == "stad" and r.random() < 0.5:
        return "昨晚看演唱会的时候在看台上丢的" if r.random() < 0.5 else "演唱会散场人太挤了,在看台那边掉的", "体育场看台", True
    n = r.choice(names)
    return r.choice(["在%s丢的" % n, "%s附近丢了" % n, "可能落在%s了" % n, "在%s那边不见了" % n]), n, True


def time_word(mins):
    if mins < 180:
        return r_choice(["刚才", "刚刚"])
    if mins < 600:
        return "今天"
    if mins < 2880:
        return "昨天"
    if mins < 10080:
        return "前几天"
    return ""


_tw = random.Random(7)


def r_choice(x):
    return _tw.choice(x)


MEASURE = {"phone": ["部", "台", "只"], "wallet": ["个", "只"], "id_doc": ["张", "本", "份"], "keys": ["串", "套"],
           "ebike": ["辆"], "bicycle": ["辆"], "bag": ["个", "件", "只"], "cash": ["笔", "份"],
           "jewelry": ["件", "个"], "electronics": ["台", "个", "件"], "other": ["个", "件"]}


def measure(r, o):
    if o.cat == "id_doc":   # booklets are 本, cards are 张
        return "本" if any(w in o.sub for w in ("护照", "驾驶证", "通行证")) else "张"
    return r.choice(MEASURE[o.cat])


def noun(r, o, side, col, brand, model):
    kinds = o.kind_o if side == "o" else o.kind_f
    k = r.choice(kinds)
    s = ""
    for p in (col, brand, model):
        if p:
            s = join_words(s, p)
    if (brand and brand in k) or (s and (k in s or s.endswith(k[-2:]))):
        return s
    sep = "的" if side == "o" and s and not s.endswith("的") and r.random() < 0.3 else ""
    return join_words(s + sep, k)


def join_words(a, b):
    """Latin words typed next to each other get a space, as people type them."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def render_owner(r, o, facts, pid, lost_to, hard, style, give_serial):
    col = owner_color(r, o, hard)
    brand = r.choice(BRANDS[o.brand][0]) if o.brand and r.random() < (0.55 if hard else 0.9) else None
    model = r.choice(o.model[0]) if o.model and r.random() < (0.4 if hard else 0.75) else None
    serial = r.choice(o.serial[0]) if (o.serial and give_serial) else None
    fact_txt = [r.choice(f["o"]) for f in facts]
    pl_txt, addr, has_coord = place_owner(r, pid, hard, o.cat)
    tw = time_word(lost_to)
    rec = {"category": o.cat}
    if o.foreign and style not in ("plain", "en"):
        style = "en"
    if style == "en":
        fn = o.foreign
        words = [w for w in (COLOR_EN.get(o.color), brand, r.choice(o.kind_o)) if w]
        body = "Hello, I lost my %s. I think at %s. %s" % (" ".join(words), addr, " ".join(fact_txt))
        body += " " + r.choice(["Please call me, my flight is tomorrow.", "麻烦帮我找一下,谢谢!", "Thank you!"])
        if fn:
            body = body.replace("Hello,", "Hello, I am %s %s," % (fn[0], fn[1]))
    elif style == "short":
        body = "%s%s" % (tw, noun(r, o, "o", col, brand, model)) + r.choice(["丢了", "一个,丢失", "遗失"]) + "," + pl_txt
    elif style == "voice":
        fl = r.choice(FILLERS)
        body = "%s我%s那个%s%s %s %s 就是%s %s" % (fl, tw, noun(r, o, "o", col, brand, model), r.choice(["不见了", "丢了", "找不到了"]),
                                            pl_txt, " ".join(fact_txt), r.choice(FILLERS), r.choice(["你们帮我看看有没有人交上来", "能不能帮我调一下监控", "谢谢啊"]))
        body = body.replace(",", " ").replace("。", " ")
    elif style == "long":
        body = ("%s%s。%s,等反应过来已经找不到了。是一个%s,%s。%s%s我已经回去找过一圈了,问了工作人员也说没看到,"
                "这个东西对我很重要,麻烦你们有消息一定第一时间通知我,电话一直开着。") % (
            r.choice(["我真是太倒霉了,", "事情是这样的,", "不好意思打扰了,"]), pl_txt,
            r.choice(["当时赶飞机特别着急", "人特别多挤来挤去", "带着孩子手忙脚乱的", "当时在打电话没注意"]),
            noun(r, o, "o", col, brand, model), ",".join(fact_txt) if fact_txt else "没什么特别的",
            ("%s。" % serial) if serial and r.random() < 0.5 else "", "")
    else:
        body = "%s%s%s%s,%s。" % (r.choice(OWNER_OPEN), tw, pl_txt, "",
                                 noun(r, o, "o", col, brand, model)) + ("," .join(fact_txt) + "。" if fact_txt else "")
    if serial and serial not in body and r.random() < 0.5 and style != "short":
        body += serial + "。"
    # structured fields: what the person said, as typed at the desk
    struct = r.random() < (0.5 if hard else 0.85)
    if style == "short":
        struct = False
        if col:
            rec["color"] = col
    if struct:
        if col and r.random() < 0.9:
            rec["color"] = col
        if brand and r.random() < 0.85:
            rec["brand"] = brand
        if model and r.random() < 0.7:
            rec["model"] = model
        if serial:
            rec["serial"] = serial
        mk = [t for f, t in zip(facts, fact_txt) if f["field"] != "body"]
        if mk and r.random() < 0.8:
            rec["marks"] = ";".join(mk)
        rec["address"] = addr
    elif serial and r.random() < 0.5:
        rec["serial"] = serial
    if o.trad or (style in ("plain", "long") and r.random() < 0.09):
        body = body.translate(TRAD)
        for k in ("marks", "address"):
            if k in rec:
                rec[k] = rec[k].translate(TRAD)
    if style in ("plain", "voice", "long") and r.random() < 0.3:
        body = homophone(r, body)
    if r.random() < 0.06:
        body = fullwidth(body)
    rec["body"] = body
    remember(rec, o, facts, serial, brand, model)
    return rec, has_coord


def render_finder(r, o, facts, pid, hard, style, give_serial):
    col = finder_color(r, o)
    brand = r.choice(BRANDS[o.brand][1]) if o.brand and r.random() < (0.45 if hard else 0.85) else None
    model = r.choice(o.model[1]) if o.model and o.serial is not None and r.random() < 0.25 else (
        r.choice(o.model[1]) if o.model and r.random() < 0.3 else None)
    serial = r.choice(o.serial[1]) if (o.serial and o.serial[1] and give_serial) else None
    fact_txt = [r.choice(f["f"]) for f in facts]
    names = ALLP[pid][0]
    addr = r.choice(names[:-1] if len(names) > 2 else names)   # desk staff write the formal names
    who = r.choice(WHO_F[pid])
    rec = {"category": o.cat}
    if style == "short":
        body = "%s%s一%s" % (col or "", r.choice(o.kind_f), measure(r, o))
        if o.cat in ("cash",):
            body = r.choice(fact_txt) if fact_txt else "现金若干"
    elif style == "tray":
        body = "%s移交:旅客在%s第%d号托盘遗留%s,%s。" % (who, addr, r.randint(1, 60), noun(r, o, "f", col, brand, model),
                                              ",".join(fact_txt) if fact_txt else "无其他特征")
    elif style == "taxi":
        plate = r.choice(TAXI)
        body = "%s车辆%s送交:乘客遗落在后座%s一%s,%s。暂存本所。" % (r.choice(["出租车司机", "网约车司机"]), plate,
                                                  noun(r, o, "f", col, brand, model), measure(r, o), ",".join(fact_txt))
        addr = r.choice(PLACES["stn"][0])
        pid = "stn"
    else:
        body = "%s于%s拾得%s一%s%s%s。%s" % (who, addr, noun(r, o, "f", col, brand, model), measure(r, o),
                                        "," if fact_txt else "", ",".join(fact_txt),
                                        r.choice(["已入库保管。", "暂存前台。", "存物品柜%d号。" % r.randint(1, 40), ""]))
    if serial and r.random() < 0.6:
        body += serial + "。"
    struct = r.random() < (0.55 if hard else 0.85) and style != "short"
    if struct:
        if col:
            rec["color"] = col
        if brand and r.random() < 0.8:
            rec["brand"] = brand
        if model and r.random() < 0.6:
            rec["model"] = model
        if serial:
            rec["serial"] = serial
        mk = fact_txt
        if mk and r.random() < 0.85:
            rec["marks"] = ";".join(mk)
    elif style == "short" and col:
        rec["color"] = col
    rec["address"] = addr
    rec["body"] = body
    rec["_cc"], rec["_pid"] = o.color, pid
    remember(rec, o, facts, serial, brand, model)
    return rec, pid


def remember(rec, o, facts, serial, brand, model):
    """What this registration tells a reader (kept aside, never written out)."""
    rec["_obj"] = o
    rec["_fk"] = {f["key"]: f["id"] for f in facts}
    rec["_ser"] = o.serial[0][0] if (serial and o.serial) else None
    rec["_br"] = o.brand if brand else None
    rec["_md"] = o.model[0][0] if (model and o.model) else None


def add_coords(r, rec, pid, spread=80):
    lat, lon = ALLP[pid][1], ALLP[pid][2]
    rec["lat"], rec["lon"] = jitter(r, lat, lon, spread)


# --------------------------------------------------------------------- assembly
DAY = 1440


def weighted_cat(r):
    tot = sum(w for _, w in CAT_WEIGHTS)
    x = r.uniform(0, tot)
    for c, w in CAT_WEIGHTS:
        x -= w
        if x <= 0:
            return c
    return CAT_WEIGHTS[-1][0]


def new_obj(r, cat):
    o = GEN[cat](r)
    o.place = r.choice(CAT_PLACES[cat])
    return o


def mutate(r, o, keys):
    """A near twin of o: same category, colour, brand and place, but one concrete fact
    (one of keys, something the owner said) differs, and its serial is another one."""
    import copy
    t = copy.deepcopy(o)
    for _ in range(400):
        fresh = GEN[o.cat](r)
        if fresh.brand != o.brand or fresh.sub != o.sub or bool(fresh.foreign) != bool(o.foreign):
            continue
        fk = {f["key"]: f for f in fresh.facts if f["f"]}
        hit = [k for k in keys if k in fk and fk[k]["id"] != next(f["id"] for f in o.facts if f["key"] == k)]
        if not hit:
            continue
        k = r.choice(hit)
        t.facts = [fk[k] if f["key"] == k else f for f in t.facts]
        t.serial = fresh.serial if o.serial else None
        if o.cat == "id_doc":     # another person's document: every personal fact differs
            t.facts = [fk.get(f["key"], f) if f["key"] in ("name", "bp", "school", "co") else f for f in t.facts]
            t.serial = fresh.serial
            t.foreign = fresh.foreign if o.foreign and fresh.foreign else o.foreign
        if o.cat == "ebike":   # another bike: plate and frame number go together
            t.serial = fresh.serial
            t.facts = [fk["plate"] if f["key"] == "plate" else f for f in t.facts]
        return t, k
    return None, None


def lost_window(r, pid, min_from=0, max_from=None):
    max_from = max_from or MAX_MIN - 12 * DAY
    if pid in ("stad", "stadg"):
        fr = r.randint(1290, 1500)
        return fr, fr - r.randint(30, 200)
    for _ in range(100):
        to = r.randint(40, max_from - 60)
        ln = r.choice([20, 30, 45, 60, 90, 120, 180, 300, 600, DAY, 2 * DAY])
        fr = to + ln
        if min_from <= fr <= max_from:
            return fr, to
    return max_from, max_from - 60


def owner_style(r, o, hard):
    if o.foreign:
        return r.choice(["en", "en", "plain"])
    x = r.random()
    if x < 0.08:
        return "voice"
    if x < 0.16:
        return "long"
    if x < 0.20 and not hard and o.cat != "cash":
        return "short"
    if x < 0.25 and o.cat in ("phone", "bag", "electronics", "wallet"):
        return "en"       # a traveller from abroad, writing partly in English
    return "plain"


def build():
    r = random.Random(SEED)
    found = []   # (rec, meta)
    lost = []
    pairs = []   # (lost_idx, found_idx)
    notes = {"hard": 0, "short_f": 0}
    true_objs = []
    # ---- true pairs
    cats = []
    while len(cats) < N_TRUE:
        cats.append(weighted_cat(r))
    for i, cat in enumerate(cats):
        o = new_obj(r, cat)
        hard = (i % 3 == 0)     # a third: only one fact in common beyond kind, colour, place and time
        notes["hard"] += hard
        vis = [f for f in o.facts if f["f"]]
        n_sh = 1 if hard else min(len(vis), r.randint(1, 3))
        shared = r.sample(vis, min(n_sh, len(vis)))
        if cat == "cash" and not any(f["key"] == "amt" for f in shared):
            shared.append(next(f for f in vis if f["key"] == "amt"))   # cash is known by its amount
        rest = [f for f in o.facts if f not in shared]
        o_facts = shared + r.sample(rest, r.randint(0, len(rest)))
        r.shuffle(o_facts)
        f_extra = [f for f in vis if f not in shared and r.random() < (0.2 if hard else 0.5)]
        f_facts = shared + f_extra
        r.shuffle(f_facts)
        # serial: both sides when not hard (often), one side only when hard
        if o.serial:
            if hard:
                so, sf = (r.random() < 0.5), False
                if not shared and not so:
                    so = True
                sf = not so and o.serial[1] is not None and r.random() < 0.5
            else:
                so, sf = r.random() < 0.7, r.random() < 0.7
        else:
            so = sf = False
        fr, to = lost_window(r, o.place)
        found_at = max(0, fr - r.randint(5, max(30, (fr - to) + 2 * DAY)))
        found_at = min(found_at, fr)
        if o.place in ("stad", "stadg"):
            found_at = r.randint(500, to)
        st = owner_style(r, o, hard)
        lrec, lcoord = render_owner(r, o, o_facts, o.place, to, hard, st, so)
        lrec["lost_from_min"], lrec["lost_to_min"] = fr, to
        if lcoord and r.random() < 0.6:
            add_coords(r, lrec, o.place, 250 if hard else 120)
        fst = "plain"
        if not hard and st != "short" and r.random() < 0.08:
            fst = "short"
            notes["short_f"] += 1
        elif o.place == "sec" and r.random() < 0.6:
            fst = "tray"
        elif o.place == "taxi" and r.random() < 0.6:
            fst = "taxi"
        frec, fpid = render_finder(r, o, f_facts, o.place, hard, fst, sf)
        frec["found_at_min"] = found_at
        if r.random() < 0.7:
            add_coords(r, frec, fpid, 60)
        lrec["_cc"], lrec["_pid"] = o.color, o.place
        if st == "short":
            lrec["_extra"] = [r.choice(f["o"]) for f in shared]
        if fst == "short":
            frec["_extra"] = [r.choice(f["f"]) for f in shared]
        lost.append(lrec)
        found.append(frec)
        pairs.append((len(lost) - 1, len(found) - 1))
        true_objs.append((o, shared, o_facts, lrec, frec, hard, f_facts))
    # ---- twins of true pairs
    idx = list(range(N_TRUE))
    r.shuffle(idx)
    made = 0
    for i in idx:
        if made >= N_TWIN:
            break
        o, shared, o_facts, lrec, frec, hard, f_facts = true_objs[i]
        keys = [f["key"] for f in o_facts if f["f"]]
        if not keys:
            continue
        t, k = mutate(r, o, keys)
        if t is None:
            continue
        tf = [f for f in t.facts if f["key"] == k] + [f for f in t.facts if f["f"] and f["key"] != k and r.random() < 0.4]
        rec, fpid = render_finder(r, t, tf, o.place, False, "tray" if o.place == "sec" and r.random() < 0.5 else "plain", True)
        fr = lrec["lost_from_min"]
        rec["found_at_min"] = max(0, min(fr, frec["found_at_min"] + r.randint(-DAY, DAY)))
        if r.random() < 0.7:
            add_coords(r, rec, fpid, 80)
        rec["negative"] = "twin"
        found.append(rec)
        made += 1
    # ---- found before the loss began (same kind, colour, brand, place)
    r.shuffle(idx)
    made = 0
    for i in idx:
        if made >= N_BEFORE:
            break
        o, shared, o_facts, lrec, frec, hard, f_facts = true_objs[i]
        fr = lrec["lost_from_min"]
        if fr > MAX_MIN - 11 * DAY:
            continue
        keys = [f["key"] for f in o.facts if f["f"]]
        t, k = mutate(r, o, keys) if keys else (None, None)
        if t is None:
            continue          # a copy that differs in nothing would only test the clock
        tf = [f for f in t.facts if f["f"] and r.random() < 0.6]
        rec, fpid = render_finder(r, t, tf, o.place, False, "plain", r.random() < 0.5)
        rec["found_at_min"] = fr + r.randint(120, 10 * DAY)
        if r.random() < 0.7:
            add_coords(r, rec, fpid, 80)
        rec["negative"] = "before"
        found.append(rec)
        made += 1
    # ---- same brand and kind, far away and weeks apart
    r.shuffle(idx)
    made = 0
    for i in idx:
        if made >= N_DECOY:
            break
        o, shared, o_facts, lrec, frec, hard, f_facts = true_objs[i]
        if not o.brand:
            continue
        t = None
        for _ in range(200):
            c = GEN[o.cat](r)
            if c.brand == o.brand and c.sub == o.sub:
                t = c
                break
        if t is None:
            continue
        fpid = r.choice(list(FAR))
        rec, fpid = render_finder(r, t, [f for f in t.facts if f["f"] and r.random() < 0.6], fpid, False, "plain", True)
        fr = lrec["lost_from_min"]
        if fr > 45 * DAY:
            rec["found_at_min"] = fr - r.randint(21 * DAY, 40 * DAY)
        else:
            rec["found_at_min"] = min(MAX_MIN, fr + r.randint(21 * DAY, 40 * DAY))
        add_coords(r, rec, fpid, 150)
        rec["negative"] = "decoy"
        found.append(rec)
        made += 1
    # ---- lost reports whose object never turns up
    never = []
    for j in range(N_NEVER):
        cat = weighted_cat(r)
        o = new_obj(r, cat)
        vis = [f for f in o.facts if f["f"]]
        o_facts = vis[:max(1, min(len(vis), r.randint(1, 3)))] + [f for f in o.facts if not f["f"] and r.random() < 0.5]
        tempt = j < N_TEMPT and vis
        fr, to = lost_window(r, o.place, min_from=6 * DAY if tempt else 0)
        st = owner_style(r, o, False)
        if st == "short" and tempt:
            st = "plain"
        lrec, lcoord = render_owner(r, o, o_facts, o.place, to, False, st, r.random() < 0.5)
        lrec["lost_from_min"], lrec["lost_to_min"] = fr, to
        if lcoord and r.random() < 0.6:
            add_coords(r, lrec, o.place, 120)
        lrec["_cc"], lrec["_pid"] = o.color, o.place
        if st == "short":
            lrec["_extra"] = [r.choice(f["o"]) for f in o_facts]
        lost.append(lrec)
        never.append(len(lost) - 1)
        if tempt:
            keys = [f["key"] for f in o_facts if f["f"]]
            t, k = mutate(r, o, keys)
            if t is None:
                continue
            tf = [f for f in t.facts if f["key"] == k] + [f for f in t.facts if f["f"] and f["key"] != k and r.random() < 0.5]
            rec, fpid = render_finder(r, t, tf, o.place, False, "plain", True)
            rec["found_at_min"] = max(0, fr - r.randint(DAY, 4 * DAY))
            if r.random() < 0.7:
                add_coords(r, rec, fpid, 80)
            rec["negative"] = "tempt"
            found.append(rec)
    # ---- unclaimed things of every category
    cats = [c for c, _ in CAT_WEIGHTS]
    for j in range(N_UNCLAIMED):
        cat = cats[j] if j < len(cats) else weighted_cat(r)
        o = new_obj(r, cat)
        tf = [f for f in o.facts if f["f"] and r.random() < 0.7]
        if not tf and [f for f in o.facts if f["f"]]:
            tf = [f for f in o.facts if f["f"]][:1]
        rec, fpid = render_finder(r, o, tf, o.place, False, "plain", True)
        rec["found_at_min"] = r.randint(60, MAX_MIN)
        if r.random() < 0.7:
            add_coords(r, rec, fpid, 80)
        rec["negative"] = "unclaimed"
        found.append(rec)
    settle_short(found, lost, pairs)
    notes["ambiguous_fixed"], _ = settle_ambiguous(found, lost, pairs, r)
    more, notes["ambiguous_left"] = settle_ambiguous(found, lost, pairs, r)   # moved windows are read again
    notes["ambiguous_fixed"] += more
    return r, found, lost, pairs, notes


def tells_apart(l, g):
    """Does a careful officer reading lost report l and found item g see a fact that
    rules g out? (another kind, colour, brand, place, a mark said differently, another
    serial, or found before the loss began)"""
    if l["category"] != g["category"] or l["_obj"].sub != g["_obj"].sub or l.get("_cc") != g.get("_cc"):
        return True
    if l["_br"] and g["_br"] and l["_br"] != g["_br"]:
        return True
    if g["found_at_min"] > l["lost_from_min"] or not near(l["_pid"], g["_pid"], 2.5):
        return True
    if l["_ser"] and g["_ser"] and l["_ser"] != g["_ser"]:
        return True
    if l["_md"] and g["_md"] and l["_md"] != g["_md"]:
        return True
    return any(k in g["_fk"] and g["_fk"][k] != v for k, v in l["_fk"].items())


def add_sentence(body, text):
    if body and body[-1] in "。.!?！？":
        return body + text + "。"
    return body + "," + text


def settle_ambiguous(found, lost, pairs, r):
    """Where a report could as well be another found item, the finder of that item
    is made to write down the mark that differs (as a desk officer would ask)."""
    truth_of = {li: fi for li, fi in pairs}
    fixed = left = 0
    drop = set()
    for li, l in enumerate(lost):
        for fi, g in enumerate(found):
            if truth_of.get(li) == fi or tells_apart(l, g):
                continue
            go = g["_obj"]
            extra = [f for f in go.facts if f["f"] and f["key"] in l["_fk"] and f["id"] != l["_fk"][f["key"]]]
            if extra:
                f = extra[0]
                g["body"] = add_sentence(g["body"], r.choice(f["f"]))
                g["_fk"][f["key"]] = f["id"]
                fixed += 1
                continue
            lo = l["_obj"]
            extra = [f for f in lo.facts if f["key"] in {x["key"] for x in go.facts if x["f"]}
                     and f["id"] != next(x["id"] for x in go.facts if x["key"] == f["key"])]
            if extra:
                f = extra[0]
                if f["key"] not in l["_fk"]:
                    l["body"] = add_sentence(l["body"], r.choice(f["o"]))
                    l["_fk"][f["key"]] = f["id"]
                gf = next(x for x in go.facts if x["key"] == f["key"])
                if gf["key"] not in g["_fk"]:
                    g["body"] = add_sentence(g["body"], r.choice(gf["f"]))
                    g["_fk"][gf["key"]] = gf["id"]
                fixed += 1
            elif l["_br"] and go.brand and go.brand != l["_br"]:
                g["body"] = add_sentence(g["body"], "品牌" + r.choice([b for b in BRANDS[go.brand][1] if "标志" not in b] or [go.brand]))
                g["_br"] = go.brand
                fixed += 1
            elif "negative" in g:
                drop.add(fi)      # a negative nobody could tell apart is no negative: leave it out
            elif li not in truth_of and g["found_at_min"] > 2 * DAY:
                # a report whose thing never turns up, against another owner's look-alike:
                # this report was lost later, after that one had been handed in
                span = l["lost_from_min"] - l["lost_to_min"]
                l["lost_from_min"] = g["found_at_min"] - r.randint(60, DAY)
                l["lost_to_min"] = max(0, l["lost_from_min"] - span)
                fixed += 1
            else:
                left += 1
    assert all(fi > max(truth_of.values()) for fi in drop)
    found[:] = [g for fi, g in enumerate(found) if fi not in drop]
    return fixed, left


def near(p1, p2, km=1.5):
    a, b = ALLP[p1], ALLP[p2]
    return math.hypot((a[1] - b[1]) * 111.0, (a[2] - b[2]) * 96.2) <= km


def could_be(lrec, frec, slack=MAX_MIN):
    """Could a human not tell these apart from kind, colour, place and time alone?"""
    return (lrec["category"] == frec["category"] and lrec.get("_cc") == frec.get("_cc")
            and near(lrec["_pid"], frec["_pid"], 2.5) and frec["found_at_min"] <= lrec["lost_from_min"]
            and frec["found_at_min"] >= lrec["lost_to_min"] - slack)


def settle_short(found, lost, pairs):
    """A very short registration stays short only where a careful officer could still
    tell which one it is; otherwise the person is asked one more thing (a shared fact)."""
    truth_of = {li: fi for li, fi in pairs}
    owner_of = {fi: li for li, fi in pairs}
    for fi, f in enumerate(found):
        if "_extra" not in f:
            continue
        clash = any(could_be(l, f) for li, l in enumerate(lost) if owner_of.get(fi) != li)
        clash = clash or any(g is not f and g["category"] == f["category"] and g.get("_cc") == f.get("_cc")
                             and near(g["_pid"], f["_pid"], 2.5) and abs(g["found_at_min"] - f["found_at_min"]) <= 3 * DAY
                             for g in found)
        extra = [t for t in f["_extra"] if not any(w in f["body"] for w in re.findall(r"[0-9A-Z]{4,}", t))]
        if clash and extra:
            f["body"] = add_sentence(f["body"], ",".join(extra))
    for li, l in enumerate(lost):
        if "_extra" not in l:
            continue
        clash = any(could_be(l, f) for fi, f in enumerate(found) if truth_of.get(li) != fi)
        if clash and l["_extra"]:
            l["body"] = add_sentence(l["body"], ",".join(l["_extra"]))


def dist_km(a, b):
    la1, lo1 = ALLP_COORD(a)
    la2, lo2 = ALLP_COORD(b)
    return math.hypot((la1 - la2) * 111.0, (lo1 - lo2) * 96.0)


def ALLP_COORD(rec):
    if "lat" in rec:
        return rec["lat"], rec["lon"]
    return None


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "set8.json")
    r, found, lost, pairs, notes = build()
    # keys in shuffled order so that nothing can be read from the position
    fo = list(range(len(found)))
    lo = list(range(len(lost)))
    r.shuffle(fo)
    r.shuffle(lo)
    fkey = {}
    for n, i in enumerate(fo):
        fkey[i] = "U-F%04d" % (n + 1)
    lkey = {}
    for n, i in enumerate(lo):
        lkey[i] = "U-L%04d" % (n + 1)
    truth = {li: fkey[fi] for li, fi in pairs}
    F_ORDER = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon"]
    fitems = []
    for i in fo:
        rec = found[i]
        d = {"key": fkey[i]}
        for k in F_ORDER[1:]:
            if k in rec:
                d[k] = rec[k]
        d["found_at_min"] = rec["found_at_min"]
        if "negative" in rec:
            d["negative"] = rec["negative"]
        fitems.append(d)
    litems = []
    for i in lo:
        rec = lost[i]
        d = {"key": lkey[i]}
        for k in F_ORDER[1:]:
            if k in rec:
                d[k] = rec[k]
        d["lost_from_min"] = rec["lost_from_min"]
        d["lost_to_min"] = rec["lost_to_min"]
        d["truth"] = truth.get(i)
        litems.append(d)
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set8.py",
           "parts": {"set8": {"found": fitems, "lost": litems}}}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost (%d true pairs, %d hard, %d short finder notes; "
          "%d look-alikes given a telling mark, %d left)" % (
              out, len(fitems), len(litems), len(pairs), notes["hard"], notes["short_f"],
              notes["ambiguous_fixed"], notes["ambiguous_left"]))


if __name__ == "__main__":
    main()
