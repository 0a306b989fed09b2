#!/usr/bin/env python3
"""Blind labelled set 22 for the lost-and-found matcher.

World: 东临大学 (an invented large university) and the 学府路 town around it, in
September (new-student week).  Each object is first drawn as a hidden truth record;
the owner's report and the finder's registration are then written separately from it.
Standard library only; one seeded random.Random; deterministic.
"""
import json
import os

import random

SEED = 20261222
R = random.Random(SEED)
MAXMIN = 172800

# ---------------------------------------------------------------- places
BASE_LAT, BASE_LON = 30.61874, 112.40931  # invented campus, 临江市
PLACES = [
    # (formal name, casual names, street address, dlat, dlon)
    ("北区1号宿舍楼", ["北苑1栋", "北区一号楼楼下", "1号楼"], "学府路1号东临大学北区1栋", 0.0061, -0.0012),
    ("南区7号宿舍楼", ["南7", "南区七栋女生楼", "7号楼门口"], "学府路1号东临大学南区7栋", -0.0058, 0.0009),
    ("西区第二食堂", ["二食堂", "西苑餐厅", "二食堂二楼"], "学府路1号东临大学西区", 0.0012, -0.0047),
    ("东区第一食堂", ["一食堂", "东苑食堂", "一食堂麻辣烫窗口"], "学府路1号东临大学东区", -0.0009, 0.0051),
    ("逸夫图书馆", ["图书馆", "图书馆三楼自习区", "lib"], "学府路1号东临大学图书馆", 0.0004, 0.0002),
    ("第三教学楼", ["三教", "三教A302", "三教一楼大厅"], "学府路1号东临大学第三教学楼", 0.0021, 0.0018),
    ("实验楼B座", ["实验楼", "B座lab", "实验楼B座四楼"], "学府路1号东临大学实验楼B座", 0.0030, 0.0033),
    ("东操场看台", ["东操场", "田径场", "体育场看台", "军训场地"], "学府路1号东临大学体育场", -0.0031, 0.0062),
    ("校车图书馆站", ["校车", "校园巴士", "图书馆站站牌"], "东临大学校内环线图书馆站", 0.0007, -0.0004),
    ("南门菜鸟驿站", ["菜鸟驿站", "快递点", "南门驿站"], "学府路3号菜鸟驿站", -0.0072, -0.0018),
    ("学生服务中心", ["一站式服务大厅", "学服中心", "服务大厅"], "学府路1号东临大学行政楼一楼", 0.0001, 0.0027),
    ("南门迎新点", ["迎新点", "南门报到处", "南门帐篷那边"], "学府路1号东临大学南门", -0.0079, 0.0003),
    ("北门共享单车停放点", ["北门单车点", "北门", "北门电动车棚"], "学府路1号东临大学北门", 0.0083, -0.0005),
    ("后门小吃街", ["后街", "后门美食街", "小吃街烤冷面摊"], "学府路后街", 0.0052, 0.0094),
    ("星际网咖", ["网吧", "学府路网咖", "星际网吧"], "学府路66号星际网咖", 0.0061, 0.0118),
    ("麦乐迪KTV", ["KTV", "学府路KTV", "麦乐迪"], "学府路88号麦乐迪KTV", 0.0069, 0.0131),
    ("大学生活动中心", ["活动中心", "大活", "大活剧场"], "学府路1号东临大学活动中心", -0.0018, -0.0029),
    ("校园警务室", ["警务室", "南门警务室"], "学府路1号东临大学南门东侧", -0.0075, 0.0012),
]


def place_coords(p):
    return (round(BASE_LAT + p[3] + R.uniform(-0.0004, 0.0004), 6),
            round(BASE_LON + p[4] + R.uniform(-0.0004, 0.0004), 6))


# ---------------------------------------------------------------- names, numbers
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("子涵浩宇欣怡梓轩雨桐思远嘉怡俊杰佳琪一诺明轩诗雨博文晨曦若彤天佑可馨泽宇紫萱皓然雅婷锦程语嫣")


def name():
    g = R.choice(GIV) + (R.choice(GIV) if R.random() < 0.7 else "")
    return R.choice(SUR) + g


def id_number():
    area = R.choice(["420503", "420106", "330106", "510104", "370202", "410105", "430102", "360102", "450103", "612301"])
    y = R.randint(2005, 2008)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    seq = "%03d" % R.randint(1, 999)
    body = "%s%04d%02d%02d%s" % (area, y, m, d, seq)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def imei():
    d = [int(c) for c in R.choice(["35", "86", "35", "86"]) + "".join(str(R.randint(0, 9)) for _ in range(12))]
    tot = 0
    for i, x in enumerate(d):  # positions from left, the check digit will be at 14 (0-based)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    d.append((10 - tot % 10) % 10)
    return "".join(map(str, d))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def student_no():
    return "2025" + "%06d" % R.randint(10000, 999999)


def phone_no():
    return R.choice(["138", "139", "152", "157", "181", "187", "199"]) + "%08d" % R.randint(0, 99999999)


# ---------------------------------------------------------------- colours
COLORS = {
    "black": ["黑色", "黑的", "纯黑", "曜石黑", "black", "深黑色"],
    "white": ["白色", "白的", "米白", "象牙白", "white", "奶白色"],
    "blue": ["蓝色", "深蓝", "藏青色", "宝蓝", "天蓝色", "蓝的"],
    "red": ["红色", "大红", "酒红色", "暗红", "红的"],
    "pink": ["粉色", "粉红", "樱花粉", "淡粉色", "pink"],
    "gray": ["灰色", "深灰", "银灰", "灰的", "太空灰"],
    "silver": ["银色", "银白色", "银的"],
    "green": ["绿色", "墨绿", "军绿色", "浅绿", "薄荷绿"],
    "yellow": ["黄色", "明黄", "姜黄色", "黄的"],
    "purple": ["紫色", "浅紫", "香芋紫", "紫的"],
    "brown": ["棕色", "咖啡色", "驼色", "褐色"],
    "gold": ["金色", "金的", "香槟金"],
}


def cw(fam):
    return R.choice(COLORS[fam])


# ---------------------------------------------------------------- catalogue
# brand: (canonical, [spellings])
B = {
    "apple": ["苹果", "Apple", "iPhone", "apple", "平果"],
    "huawei": ["华为", "HUAWEI", "huawei", "花为"],
    "xiaomi": ["小米", "Xiaomi", "MI", "xiaomi", "小米Redmi"],
    "oppo": ["OPPO", "oppo", "欧珀"],
    "vivo": ["vivo", "VIVO", "维沃"],
    "honor": ["荣耀", "HONOR", "honor"],
    "lenovo": ["联想", "Lenovo", "lenovo", "ThinkPad"],
    "casio": ["卡西欧", "CASIO", "casio", "卡西鸥"],
    "anker": ["安克", "Anker", "anker"],
    "coach": ["蔻驰", "COACH", "coach"],
    "muji": ["无印良品", "MUJI", "muji"],
    "septwolves": ["七匹狼", "SEPTWOLVES"],
    "yadea": ["雅迪", "Yadea", "YADEA", "雅迪电动车"],
    "aima": ["爱玛", "AIMA", "爱马"],
    "niu": ["小牛", "NIU", "小牛电动"],
    "tailg": ["台铃", "TAILG"],
    "giant": ["捷安特", "GIANT", "giant", "捷安特Giant"],
    "forever": ["永久", "FOREVER", "上海永久"],
    "phoenix": ["凤凰", "PHOENIX", "飞鸽"],  # never used as phoenix spelling for 飞鸽; see below
    "decathlon": ["迪卡侬", "DECATHLON", "decathlon", "迪卡龙"],
    "jansport": ["杰斯伯", "JanSport", "jansport"],
    "samsonite": ["新秀丽", "Samsonite", "samsonite"],
    "chowtaifook": ["周大福", "CTF", "周大福珠宝"],
    "pandora": ["潘多拉", "Pandora", "PANDORA"],
    "swarovski": ["施华洛世奇", "Swarovski", "施华洛"],
    "laofengxiang": ["老凤祥", "老凤翔"],
    "zojirushi": ["象印", "ZOJIRUSHI", "zojirushi"],
    "thermos": ["膳魔师", "THERMOS", "thermos"],
    "spalding": ["斯伯丁", "Spalding", "SPALDING"],
    "nike": ["耐克", "Nike", "NIKE"],
    "xtc": ["小天才", "imoo", "小天才电话手表"],
}
B["phoenix"] = ["凤凰", "PHOENIX", "凤凰牌"]

# visible fact generators: each returns (owner phrasing list, finder phrasing list)


def vf_case():
    c = R.choice([("透明壳", ["透明壳", "透明的手机壳", "透明软壳"]),
                  ("卡通壳", ["卡通壳，上面是小熊", "小熊图案的壳", "壳上印着一只熊"]),
                  ("支架壳", ["带支架的壳", "壳背面有个指环支架", "有指环扣"]),
                  ("皮质壳", ["皮套", "翻盖皮套", "皮质手机壳"])])
    return c[1], c[1]


def vf_crack():
    w = R.choice(["右上角", "左下角", "屏幕中间", "右下角"])
    return ["屏幕%s碎了" % w, "%s屏幕有裂纹" % w], ["屏幕%s有裂痕" % w, "%s碎屏" % w]


def vf_sticker():
    s = R.choice(["早八人", "拒绝内卷", "干饭人", "皮卡丘", "蜡笔小新", "线条小狗", "东临大学校徽", "Hello Kitty"])
    return ["贴了个“%s”贴纸" % s, "上面有%s的贴纸" % s], ["贴有“%s”贴纸" % s, "表面贴着%s贴纸" % s]


def vf_wallpaper():
    s = R.choice(["一只橘猫", "五月天演唱会", "海边日落", "我和室友的合照", "柯基", "原神角色", "一张全家福"])
    return ["锁屏是%s" % s, "壁纸是%s" % s], ["锁屏画面为%s" % s, "亮屏能看到%s的锁屏" % s]


def vf_cardincase():
    n = name()
    return (["壳里夹了张校园卡，名字是%s" % n, "手机壳后面夹着我的校园卡（%s）" % n],
            ["壳内夹校园卡一张，姓名%s" % n, "背后夹着一张校园卡写着%s" % n])


def vf_lanyard():
    c = R.choice(["红色", "蓝色", "黑色", "彩虹"])
    return ["挂着%s挂绳" % c, "有根%s的挂绳" % c], ["带%s挂绳" % c, "系%s挂绳" % c]


def vf_keychain():
    s = R.choice(["皮卡丘挂件", "小黄鸭", "一个铃铛", "Kitty猫挂件", "篮球挂件", "东临大学纪念徽章", "毛绒兔子"])
    return ["挂着%s" % s, "钥匙扣是%s" % s], ["带%s" % s, "挂有%s" % s]


def vf_dormtag():
    t = "%d-%d" % (R.randint(1, 12), R.randint(1, 6) * 100 + R.randint(1, 30))
    return ["上面有个小牌子写着%s" % t, "挂了个%s的门牌" % t], ["小塑料牌写着“%s”" % t, "钥匙牌%s" % t]


def vf_accesscard():
    c = R.choice(["蓝色", "白色", "绿色"])
    return ["串着一张%s门禁卡" % c, "带%s门禁扣" % c], ["串有%s门禁卡" % c, "一个%s门禁扣" % c]


def vf_namebook():
    n = name()
    b = R.choice(["高等数学", "大学英语", "线性代数", "C语言程序设计", "思修"])
    return (["里面有本《%s》，写着%s" % (b, n), "装着%s课本，扉页名字%s" % (b, n)],
            ["内有《%s》一本，扉页署名%s" % (b, n), "包内课本写着名字%s" % n])


def vf_bottle():
    c = R.choice(["粉色保温杯", "蓝色水杯", "透明塑料杯", "星巴克杯子"])
    return ["里面还有个%s" % c, "有个%s" % c], ["内有%s一个" % c, "还装了%s" % c]


def vf_tag_luggage():
    n = name()
    return (["拉杆上挂着行李牌写着%s" % n, "行李牌上是%s的名字" % n], ["挂有行李牌，姓名%s" % n, "行李牌写%s" % n])


def vf_scratch():
    w = R.choice(["左边", "右边", "背面", "底部"])
    return ["%s有道划痕" % w, "%s磕掉了一点漆" % w], ["%s有划痕" % w, "%s有磕碰掉漆" % w]


def vf_plate():
    p = "临江%s%05d" % (R.choice("ABCDE"), R.randint(0, 99999))
    return ["车牌%s" % p, "牌照%s" % p], ["车牌号%s" % p, "挂%s号牌" % p]


def vf_campuspass():
    n = "DL%04d" % R.randint(1, 9999)
    return ["车上贴着校园通行证%s" % n, "有学校的通行证贴纸%s" % n], ["贴校园通行证编号%s" % n, "车身贴有通行证%s" % n]


def vf_basket():
    c = R.choice(["车筐", "后座", "儿童座椅", "挡风被"])
    return ["有%s" % c, "装了%s" % c], ["带%s" % c, "有%s" % c]


def vf_engrave():
    s = R.choice(["LOVE", "Y&Z", "2025.09.01", "平安", "Forever", "ZXY"])
    return ["内侧刻了“%s”" % s, "刻着%s" % s], ["内圈刻字“%s”" % s, "刻有%s字样" % s]


def vf_pendant():
    s = R.choice(["小兔子吊坠", "四叶草吊坠", "爱心吊坠", "星星吊坠", "小金豆"])
    return ["有个%s" % s, "上面挂%s" % s], ["带%s" % s, "串着%s" % s]


def vf_idcard_in():
    n = name()
    return (["里面有我的校园卡（%s）" % n, "校园卡名字是%s" % n], ["内有校园卡一张，姓名%s" % n, "夹层有校园卡写着%s" % n])


def vf_bankcard():
    t = "%04d" % R.randint(0, 9999)
    bank = R.choice(["工行", "建行", "农行", "招行", "中国银行"])
    return (["还有张%s卡尾号%s" % (bank, t), "一张%s银行卡，卡号后四位%s" % (bank, t)],
            ["%s银行卡一张（尾号%s）" % (bank, t), "银行卡尾号%s" % t])


def vf_cashin():
    a = R.choice([50, 100, 150, 200, 260, 300, 500, 35, 80])
    return (["大概有%d块钱现金" % a, "现金%d左右" % a], ["内有现金%d元" % a, "现金%d元" % a])


def vf_envelope():
    s = R.choice(["红包", "牛皮纸信封", "白色信封"])
    w = R.choice(["", "上面写着“生活费”", "写着“学费”两个字", "印着福字"])
    return (["装在%s里%s" % (s, w), "用%s装的%s" % (s, w)], ["装于%s内%s" % (s, w), "%s装着%s" % (s, w)])


def vf_amount():
    a = R.choice([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])
    return (["一共%d元" % a, "%d块" % a, "%d元整" % a], ["经清点共%d元" % a, "金额%d元" % a, "现金%d元" % a])


def vf_glasses():
    c = R.choice(["黑框", "金属细框", "圆框", "半框"])
    return ["%s眼镜" % c, "是副%s的" % c], ["%s眼镜" % c, "%s款" % c]


# kinds: (cat, kind words owner, kind words finder, brands, colour families, visible fact makers, serial kind, alt category)
KINDS = [
    ("phone", "手机", ["手机", "phone"], ["手机", "智能手机"], ["apple", "huawei", "xiaomi", "oppo", "vivo", "honor"],
     ["black", "white", "blue", "purple", "green", "gray"], [vf_case, vf_crack, vf_sticker, vf_wallpaper, vf_cardincase, vf_lanyard], "imei", None),
    ("electronics", "耳机", ["耳机", "蓝牙耳机", "AirPods", "耳机盒"], ["蓝牙耳机", "耳机及充电盒", "无线耳机"], ["apple", "huawei", "xiaomi"],
     ["white", "black"], [vf_sticker, vf_scratch], "sn_hidden", None),
    ("electronics", "笔记本电脑", ["笔记本", "电脑", "laptop", "笔记本电脑"], ["笔记本电脑", "手提电脑"], ["lenovo", "apple", "huawei", "xiaomi"],
     ["silver", "gray", "black"], [vf_sticker, vf_scratch], "sn_printed", None),
    ("electronics", "平板", ["iPad", "平板", "pad"], ["平板电脑", "平板"], ["apple", "huawei", "xiaomi"],
     ["silver", "gray", "pink", "blue"], [vf_case, vf_sticker, vf_crack], "sn_hidden", None),
    ("electronics", "计算器", ["计算器", "函数计算器"], ["计算器", "科学计算器"], ["casio"],
     ["black", "white", "blue"], [vf_sticker, vf_scratch], None, None),
    ("electronics", "充电宝", ["充电宝", "移动电源"], ["充电宝", "移动电源"], ["xiaomi", "anker"],
     ["white", "black", "blue"], [vf_sticker, vf_scratch], None, None),
    ("electronics", "电话手表", ["电话手表", "手表"], ["儿童电话手表", "智能手表"], ["xtc", "huawei"],
     ["blue", "pink", "black"], [vf_scratch, vf_sticker], "imei", "phone"),
    ("wallet", "钱包", ["钱包", "钱夹", "皮夹"], ["钱包", "钱夹"], ["coach", "muji", "septwolves", None],
     ["black", "brown", "pink", "red"], [vf_idcard_in, vf_bankcard, vf_cashin], None, None),
    ("wallet", "卡包", ["卡包", "卡套", "小卡包"], ["卡包", "卡套"], ["muji", None],
     ["black", "blue", "pink"], [vf_idcard_in, vf_bankcard], None, None),
    ("id_doc", "身份证", ["身份证"], ["居民身份证", "身份证"], [None],
     ["white"], [], "idno", None),
    ("id_doc", "校园卡", ["校园卡", "一卡通", "饭卡"], ["校园卡", "校园一卡通"], [None],
     ["blue", "white"], [vf_sticker], "stuno", "other"),
    ("id_doc", "学生证", ["学生证"], ["学生证"], [None],
     ["red", "blue"], [], "stuno", None),
    ("keys", "钥匙", ["钥匙", "宿舍钥匙", "一串钥匙"], ["钥匙一串", "钥匙"], [None],
     ["silver", "gold"], [vf_keychain, vf_dormtag, vf_accesscard], None, None),
    ("keys", "电动车钥匙", ["电动车钥匙", "电瓶车钥匙", "车钥匙"], ["电动车钥匙", "车钥匙"], ["yadea", "aima", "niu", "tailg"],
     ["black", "blue"], [vf_keychain, vf_accesscard], None, None),
    ("ebike", "电动车", ["电动车", "电瓶车", "小电驴"], ["电动自行车", "电动车"], ["yadea", "aima", "niu", "tailg"],
     ["white", "black", "blue", "pink", "gray"], [vf_plate, vf_campuspass, vf_basket, vf_scratch], "frame", None),
    ("ebike", "电动滑板车", ["电动滑板车", "滑板车", "电滑"], ["电动滑板车", "滑板车"], ["xiaomi", "niu"],
     ["black", "white", "gray"], [vf_sticker, vf_scratch], "sn_printed", "other"),
    ("bicycle", "自行车", ["自行车", "单车", "山地车", "车子"], ["自行车", "单车"], ["giant", "forever", "phoenix", "decathlon"],
     ["black", "white", "blue", "red", "green", "yellow"], [vf_basket, vf_campuspass, vf_sticker, vf_scratch], "frame", None),
    ("bag", "双肩包", ["书包", "双肩包", "背包"], ["双肩背包", "书包"], ["jansport", "xiaomi", "decathlon", "nike", None],
     ["black", "gray", "blue", "pink"], [vf_namebook, vf_bottle, vf_keychain], None, None),
    ("bag", "帆布袋", ["帆布包", "帆布袋", "tote"], ["帆布袋", "布袋"], [None, "muji"],
     ["white", "yellow", "green"], [vf_namebook, vf_bottle, vf_sticker], None, None),
    ("bag", "行李箱", ["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"], ["samsonite", "xiaomi", None],
     ["silver", "black", "pink", "blue"], [vf_tag_luggage, vf_sticker, vf_scratch], None, None),
    ("cash", "现金", ["钱", "现金", "一沓钱"], ["现金", "人民币"], [None],
     ["red"], [vf_envelope, vf_amount], None, None),
    ("jewelry", "项链", ["项链", "链子"], ["项链", "颈链"], ["chowtaifook", "pandora", "swarovski", "laofengxiang", None],
     ["gold", "silver"], [vf_pendant, vf_engrave], None, None),
    ("jewelry", "手链", ["手链", "手串"], ["手链"], ["pandora", "chowtaifook", "swarovski", None],
     ["silver", "gold", "pink"], [vf_pendant, vf_engrave], None, None),
    ("jewelry", "戒指", ["戒指", "对戒"], ["戒指", "指环"], ["chowtaifook", "laofengxiang", None],
     ["gold", "silver"], [vf_engrave], None, None),
    ("other", "保温杯", ["保温杯", "水杯", "杯子"], ["保温杯", "水杯"], ["zojirushi", "thermos", None],
     ["pink", "blue", "white", "black", "green"], [vf_sticker, vf_scratch], None, None),
    ("other", "雨伞", ["伞", "雨伞", "折叠伞"], ["雨伞", "折叠伞"], [None],
     ["black", "blue", "purple", "yellow"], [vf_sticker], None, None),
    ("other", "篮球", ["篮球", "球"], ["篮球"], ["spalding", "nike"],
     ["brown", "black"], [vf_sticker], None, None),
    ("other", "眼镜", ["眼镜", "近视眼镜"], ["眼镜", "眼镜一副"], [None],
     ["black", "silver", "gold"], [vf_glasses], None, None),
    ("other", "军训服", ["军训服", "迷彩服"], ["迷彩服", "军训服装"], [None],
     ["green"], [vf_namebook], None, None),
]

# how often each kind turns up at a campus desk (phones, cards, keys, earphones most)
KIND_W = {"手机": 6, "耳机": 3, "校园卡": 3, "钥匙": 3, "钱包": 2, "身份证": 2, "双肩包": 2, "自行车": 2,
          "电动车": 2, "保温杯": 2, "雨伞": 2, "笔记本电脑": 1, "电动滑板车": 1, "电话手表": 1}
KIND_WEIGHTS = [KIND_W.get(k[1], 1) for k in KINDS]

HIDDEN = {
    "phone": ["密码是我生日", "里面有很多军训照片", "电量应该不多了", "买了才两个月"],
    "electronics": ["里面有我的毕设文件", "开机密码是学号", "刚买不到一个月", "右耳那只有点杂音"],
    "wallet": ["还有几张奶茶店积分卡", "一张理发店会员卡", "夹层里有张照片"],
    "keys": ["其中一把是柜子钥匙", "还有一把小挂锁钥匙", "一共四把"],
    "ebike": ["电池是去年换的", "后视镜松了", "锁是U型锁"],
    "bicycle": ["链条有点松", "刹车不太灵", "后胎刚补过"],
    "bag": ["夹层里有充电线", "还有一把伞", "里面有宿舍钥匙"],
    "cash": ["都是一百的", "有几张五十的", "是爸妈刚给的生活费"],
    "jewelry": ["是男朋友送的", "是奶奶给的", "买的时候两千多"],
    "id_doc": ["刚办下来没多久", "后天要用来办银行卡"],
    "other": ["是室友送的", "用了一年多了", "刚在超市买的"],
}


def make_serial(kind):
    sk = kind[7]
    if sk == "imei":
        return imei(), False
    if sk == "sn_hidden":
        return alnum(R.choice([10, 12])), False
    if sk == "sn_printed":
        return alnum(R.choice([10, 12, 15]), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), True
    if sk == "frame":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "%07d" % R.randint(0, 9999999), R.random() < 0.4
    if sk == "idno":
        return id_number(), True
    if sk == "stuno":
        return student_no(), True
    return None, False


def fix_sn_digits(s):
    # a printed SN must never be a run of 15 or 18 bare digits (checker treats those as IMEI/ID)
    if s and s.isdigit() and len(s) in (15, 18):
        return "S" + s[1:]
    return s


def draw_record(kind=None, brand=None, color=None, place=None):
    if kind is None:
        kind = R.choices(KINDS, weights=KIND_WEIGHTS)[0]
    if brand is None:
        brand = R.choice(kind[4])
    if color is None:
        color = R.choice(kind[5])
    vfs = []
    makers = list(kind[6])
    R.shuffle(makers)
    for mk in makers[:R.randint(1, min(3, len(makers)))] if makers else []:
        vfs.append(mk())
    serial, printed = make_serial(kind)
    if kind[7] in ("sn_hidden", "sn_printed", "frame"):
        serial = fix_sn_digits(serial)
    owner_name = name()
    if kind[1] in ("身份证", "校园卡", "学生证"):
        vfs.append(([owner_name], [owner_name]))  # the name is printed on the card
    hidden = R.sample(HIDDEN[kind[0]], min(2, len(HIDDEN[kind[0]])))
    return {"kind": kind, "cat": kind[0], "brand": brand, "color": color, "vfs": vfs,
            "hidden": hidden, "serial": serial, "printed": printed, "owner": owner_name,
            "place": place if place is not None else R.choice(PLACES),
            "model": pick_model(kind, brand)}


MODELS = {
    ("手机", "apple"): ["iPhone 13", "iPhone 14", "iPhone 15 Pro", "iPhone 12"],
    ("手机", "huawei"): ["Mate 60", "nova 11", "P60", "nova 12"],
    ("手机", "xiaomi"): ["小米14", "Redmi K70", "Redmi Note 13"],
    ("手机", "oppo"): ["Reno 11", "Find X7", "A2"],
    ("手机", "vivo"): ["X100", "S18", "iQOO Neo9"],
    ("手机", "honor"): ["Magic6", "荣耀90", "X50"],
    ("耳机", "apple"): ["AirPods Pro 2", "AirPods 3"],
    ("耳机", "huawei"): ["FreeBuds Pro 3", "FreeBuds 5i"],
    ("耳机", "xiaomi"): ["Buds 4 Pro", "Redmi Buds 5"],
    ("笔记本电脑", "lenovo"): ["ThinkPad E14", "小新Pro 14", "拯救者Y7000P"],
    ("笔记本电脑", "apple"): ["MacBook Air M2", "MacBook Pro 14"],
    ("笔记本电脑", "huawei"): ["MateBook 14", "MateBook D16"],
    ("笔记本电脑", "xiaomi"): ["Redmi Book 16", "小米笔记本Pro"],
    ("平板", "apple"): ["iPad Air 5", "iPad 10", "iPad mini 6"],
    ("平板", "huawei"): ["MatePad 11", "MatePad Air"],
    ("平板", "xiaomi"): ["小米平板6", "Redmi Pad"],
    ("计算器", "casio"): ["fx-991CN X", "fx-82ES"],
    ("电动车", "yadea"): ["冠能DE8", "G5"],
    ("电动车", "aima"): ["A500", "小蛮腰"],
    ("电动车", "niu"): ["G2", "UQi+", "F0"],
    ("电动车", "tailg"): ["超能S", "狮子王"],
    ("电动滑板车", "xiaomi"): ["米家滑板车Pro 2", "米家滑板车1S"],
    ("电动滑板车", "niu"): ["KQi2", "KQi3"],
    ("自行车", "giant"): ["ATX 660", "Escape 2", "XTC 800"],
    ("自行车", "decathlon"): ["RC100", "Riverside 120"],
}


def pick_model(kind, brand):
    ms = MODELS.get((kind[1], brand))
    return R.choice(ms) if ms else None


# ---------------------------------------------------------------- time helpers
def fmt_hm(minutes_ago):
    # rough, vague human time words from a minutes-before-now value (no clock: words only)
    d = minutes_ago // 1440
    if d == 0:
        return R.choice(["今天", "刚才", "今天下午", "今天早上"])
    if d == 1:
        return R.choice(["昨天", "昨天晚上", "昨天中午"])
    if d == 2:
        return "前天"
    if d < 7:
        return R.choice(["%d天前" % d, "这周", "前几天"])
    return R.choice(["上周", "半个多月前", "开学那几天", "报到那天"]) if d < 30 else R.choice(["暑假前", "上个月", "好久之前"])


# ---------------------------------------------------------------- owner's voice
VOICES_OWNER = ["freshman", "parent", "senior", "ta", "staff", "rushed", "wall"]


def owner_serial_text(rec):
    s = rec["serial"]
    sk = rec["kind"][7]
    if not s:
        return None, None
    r = R.random()
    if sk == "imei":
        if r < 0.35:
            return "IMEI：%s" % s, s
        if r < 0.55:
            g = "%s %s %s %s" % (s[:2], s[2:8], s[8:14], s[14])
            return "IMEI %s" % g, g
        if r < 0.8:
            return "IMEI尾号%s" % s[-4:], "尾号" + s[-4:]
        return None, None
    if sk == "idno":
        if r < 0.3:
            x = s if R.random() < 0.6 else s.lower()
            return "身份证号%s" % x, x
        if r < 0.6:
            return "身份证尾号%s" % s[-4:].lower(), "尾号" + s[-4:]
        if r < 0.75:
            m = s[:4] + "*" * 10 + s[-4:]
            return "号码%s" % m, m
        return None, None
    if sk == "stuno":
        if r < 0.6:
            return "学号%s" % s, s
        return None, None
    if sk in ("sn_hidden", "sn_printed"):
        if r < 0.3:
            return "SN：%s" % s, s
        if r < 0.5:
            return "序列号%s" % s.lower(), s.lower()
        if r < 0.7:
            return "SN后四位%s" % s[-4:], "后四位" + s[-4:]
        return None, None
    if sk == "frame":
        if r < 0.3:
            return "车架号%s" % s, s
        if r < 0.45:
            return "车架号后几位是%s" % s[-5:], "后五位" + s[-5:]
        return None, None
    return None, None


def brand_word(brand):
    return R.choice(B[brand]) if brand else None


def write_lost(rec, key, lf, lt, truth, plain=False):
    kind = rec["kind"]
    voice = "rushed" if plain else R.choice(VOICES_OWNER)
    kw = R.choice(kind[2])
    col = "" if kind[1] in ("现金", "身份证") else cw(rec["color"])
    p = rec["place"]
    where = R.choice(p[1] + [p[0]])
    when = fmt_hm(lf)
    bw = brand_word(rec["brand"]) if (rec["brand"] and R.random() < 0.8) else None
    model = rec["model"] if (rec["model"] and bw and R.random() < 0.6) else None
    vfs = list(rec["vfs"])
    R.shuffle(vfs)
    n_vis = 0 if plain else R.randint(1 if (not bw or R.random() < 0.8) else 0, len(vfs))
    if vfs and n_vis == 0 and not bw and not plain:
        n_vis = 1
    stated = vfs[:n_vis]
    vis_txt = "，".join(R.choice(v[0]) for v in stated)
    hid = "" if plain else ("，" + R.choice(rec["hidden"]) if rec["hidden"] and R.random() < 0.5 else "")
    st, st_field = (None, None) if plain else owner_serial_text(rec)
    obj = "%s%s%s%s" % (col, bw or "", " " + model + " " if model else "", kw)
    phone = phone_no()
    if voice == "rushed":
        body = R.choice(["丢了%s %s %s" % (kw, col, where), "%s 丢%s%s" % (where, col, kw),
                         "%s %s 在%s附近丢的" % (col, kw, where)])
        if not plain and vis_txt:
            body += "，" + vis_txt
    elif voice == "freshman":
        body = "救命！！%s在%s把%s弄丢了😭%s%s%s 有捡到的宝子麻烦私我 %s 感谢感谢🙏" % (
            when, where, obj, ("，" + vis_txt) if vis_txt else "", hid, ("，" + st) if st else "", phone)
    elif voice == "parent":
        body = "您好，我是新生家长，%s送孩子报到，在%s附近丢了一个%s。%s%s%s请好心人联系我%s，必有重谢！" % (
            when, where, obj, (vis_txt + "。") if vis_txt else "", (hid.strip("，") + "。") if hid else "",
            (st + "。") if st else "", phone)
    elif voice == "senior":
        body = "求扩！%s %s 丢了%s%s%s%s。dd我或者直接送学服中心 thx" % (
            when, where, obj, ("，" + vis_txt) if vis_txt else "", hid, ("，" + st) if st else "")
    elif voice == "ta":
        body = "各位同学好，本人（助教%s）%s在%s遗失%s一个/台%s%s%s，如有拾到 pls contact me：%s，非常感谢。" % (
            rec["owner"][0] + "老师" if R.random() < 0.3 else "", when, where, obj,
            ("，" + vis_txt) if vis_txt else "", hid, ("，" + st) if st else "", phone)
    elif voice == "staff":
        role = R.choice(["食堂师傅", "宿管", "保洁", "保安", "快递小哥", "驿站的"])
        body = "我是%s，%s上班时在%s丢了%s%s%s%s，谁捡到了打我电话%s" % (
            role, when, where, obj, ("，" + vis_txt) if vis_txt else "", hid, ("，" + st) if st else "", phone)
    else:  # wall
        body = "【表白墙代发】寻物：%s %s 丢失%s%s%s%s，有线索请联系墙墙转达～" % (
            when, where, obj, ("，" + vis_txt) if vis_txt else "", hid, ("，" + st) if st else "")
    item = {"key": key, "category": rec.get("lost_cat", rec["cat"]), "body": body[:600],
            "lost_from_min": lf, "lost_to_min": lt}
    if not plain:
        if col and R.random() < 0.35:
            item["color"] = col
        if bw and R.random() < 0.35:
            item["brand"] = bw
        if model and R.random() < 0.25:
            item["model"] = model
        if st_field and R.random() < 0.4:
            item["serial"] = st_field
        if stated and R.random() < 0.2:
            item["marks"] = vis_txt[:500]
        if R.random() < 0.2:
            item["address"] = R.choice([p[2], p[0]])
        if R.random() < 0.15:
            item["lat"], item["lon"] = place_coords(p)
    item["truth"] = truth
    return item, stated


# ---------------------------------------------------------------- finder's voice
FINDERS = [("宿管阿姨", "在{w}值班时捡到"), ("保安", "巡逻时于{w}拾得"), ("保洁阿姨", "打扫{w}时发现"),
           ("学生", "在{w}捡到"), ("快递员", "在{w}门口有人落下"), ("食堂员工", "收餐盘时在{w}发现"),
           ("校车司机", "收车时在{w}座位上发现"), ("网管", "在{w}包间里发现"), ("服务员", "在{w}清场时发现")]


def pick_finder(p):
    if p[0] in ("星际网咖", "麦乐迪KTV"):
        pool = [f for f in FINDERS if f[0] in ("网管", "服务员", "学生")]
    elif p[0] == "校车图书馆站":
        pool = [f for f in FINDERS if f[0] in ("校车司机", "学生", "保安")]
    elif p[0] == "南门菜鸟驿站":
        pool = [f for f in FINDERS if f[0] in ("快递员", "学生", "保安")]
    elif "食堂" in p[0]:
        pool = [f for f in FINDERS if f[0] in ("食堂员工", "保洁阿姨", "学生")]
    elif "宿舍" in p[0]:
        pool = [f for f in FINDERS if f[0] in ("宿管阿姨", "保洁阿姨", "学生")]
    else:
        pool = [f for f in FINDERS if f[0] in ("保安", "保洁阿姨", "学生")]
    return R.choice(pool)


def write_found(rec, key, fa, must_state=None, negative=None, must_brand=False):
    kind = rec["kind"]
    kw = R.choice(kind[3])
    col = "" if kind[1] in ("现金", "身份证") else cw(rec["color"])
    p = rec["place"]
    where = R.choice(p[1] + [p[0]])
    role, act = pick_finder(p)
    bw = brand_word(rec["brand"]) if (rec["brand"] and (R.random() < 0.85 or negative == "brand_elsewhere" or must_brand)) else None
    model = rec["model"] if (rec["model"] and bw and R.random() < 0.35) else None
    vfs = [v for v in rec["vfs"]]
    R.shuffle(vfs)
    chosen = vfs[:R.randint(1, len(vfs))] if vfs else []
    if must_state:
        for v in must_state:
            if v in rec["vfs"] and v not in chosen:
                chosen.append(v)
                break
    vis = "，".join(R.choice(v[1]) for v in chosen)
    ser_txt = None
    ser_field = None
    if rec["serial"] and rec["printed"]:
        s = rec["serial"]
        sk = kind[7]
        if sk == "idno":
            ser_field = s[:4] + "*" * 10 + s[-4:] if R.random() < 0.8 else s[:6] + "********" + s[-4:]
            ser_txt = "证号%s" % ser_field
        elif sk == "stuno":
            ser_field = s if R.random() < 0.7 else s[:4] + "***" + s[-3:]
            ser_txt = "学号%s" % ser_field
        elif sk == "frame":
            ser_field = s
            ser_txt = "车架号%s" % s
        else:
            ser_field = s
            ser_txt = "底部SN %s" % s
    obj = "%s%s%s%s" % (col, bw or "", " " + model + " " if model else "", kw)
    style = R.random()
    if style < 0.35:
        body = "%s%s%s一%s：%s%s。已交学生服务中心失物招领处。" % (role, act.format(w=where), "", "辆" if kind[0] in ("ebike", "bicycle") else "件",
                                                   obj, ("，" + vis) if vis else "")
    elif style < 0.6:
        body = "拾得%s：%s%s%s。拾得地点%s，拾得人%s（%s）。" % (kw, obj, ("，" + vis) if vis else "",
                                                ("，" + ser_txt) if ser_txt else "", where, name(), role)
    elif style < 0.8:
        body = "【失物招领】有人在%s捡到%s%s，失主带证明来警务室认领～" % (where, obj, ("，" + vis) if vis else "")
    else:
        body = "%s %s %s" % (where, obj, vis)
    if ser_txt and ser_txt not in body and R.random() < 0.5:
        body += " " + ser_txt
    item = {"key": key, "category": rec.get("found_cat", rec["cat"]), "body": body[:600], "found_at_min": fa}
    if col and R.random() < 0.6:
        item["color"] = col
    if bw and R.random() < 0.5:
        item["brand"] = bw
    if model and R.random() < 0.5:
        item["model"] = model
    if ser_field and R.random() < 0.6:
        item["serial"] = ser_field
    if vis and R.random() < 0.3:
        item["marks"] = vis[:500]
    if R.random() < 0.45:
        item["address"] = R.choice([p[2], p[0]])
    if R.random() < 0.4:
        item["lat"], item["lon"] = place_coords(p)
    if negative:
        item["negative"] = negative
    return item


# ---------------------------------------------------------------- build
def loss_window():
    lt = R.choice([R.randint(0, 1440), R.randint(0, 7200), R.randint(0, 30000), R.randint(0, 80000)])
    span = R.choice([R.randint(10, 120), R.randint(60, 600), R.randint(300, 2880)])
    lf = min(lt + span, MAXMIN - 10)
    return lf, lt


def phr(rec):
    out = set()
    for o, f in rec["vfs"]:
        out.update(o)
        out.update(f)
    return out


def differs(t, r):
    if phr(t) & phr(r):
        return False
    if t["serial"] and t["serial"] == r["serial"]:
        return False
    return True


def redraw(src, **kw):
    for _ in range(50):
        t = draw_record(**kw)
        if differs(t, src):
            return t
    raise SystemExit("could not draw a differing negative")


def main():
    found_true = []
    lost = []
    recs = []
    n_true, n_never = 150, 60
    cross_left = 4
    order = [True] * n_true + [False] * n_never
    R.shuffle(order)
    for has in order:
        rec = draw_record()
        if has and cross_left > 0 and rec["kind"][8] and R.random() < 0.5:
            cross_left -= 1
            if R.random() < 0.5:
                rec["found_cat"] = rec["kind"][8]
            else:
                rec["lost_cat"] = rec["kind"][8]
        lf, lt = loss_window()
        recs.append((rec, lf, lt, has))
    # true/never keys
    fk = []
    negs = []
    for i, (rec, lf, lt, has) in enumerate(recs):
        lkey = "W2-L%04d" % (i + 1)
        if has:
            plain = False
            item, stated = write_lost(rec, lkey, lf, lt, "?", plain)
            fa = max(0, lf - R.choice([R.randint(5, 180), R.randint(60, 1440), R.randint(600, 5760)]))
            fitem = write_found(rec, None, fa, must_state=stated, must_brand=not stated)
            found_true.append((fitem, item))
        else:
            plain = R.random() < 0.35
            item, stated = write_lost(rec, lkey, lf, lt, None, plain)
        lost.append(item)
    # negatives
    never = [(r, lf, lt) for (r, lf, lt, h) in recs if not h]
    withtrue = [(r, lf, lt) for (r, lf, lt, h) in recs if h]

    def near_time(lf, lt):
        return max(0, min(MAXMIN, R.randint(max(0, lt - 2880), lf)))

    def near_place(p):
        if R.random() < 0.6:
            return p
        i = PLACES.index(p)
        return PLACES[(i + R.choice([-1, 1])) % len(PLACES)]

    def twin(src):
        r, lf, lt = src
        t = redraw(r, kind=r["kind"], brand=r["brand"], color=r["color"], place=near_place(r["place"]))
        t["model"] = r["model"]
        return write_found(t, None, near_time(lf, lt), negative="twin")

    def decoy(src):
        r, lf, lt = src
        same_cat = [k for k in KINDS if k[0] == r["cat"] and r["color"] in k[5]]
        k = R.choice(same_cat)
        brands = [b for b in k[4] if b != r["brand"]]
        if k is r["kind"] and not brands:
            others = [x for x in same_cat if x is not r["kind"]]
            k = R.choice(others) if others else k
            brands = [b for b in k[4] if b != r["brand"]] or k[4]
        if not brands:
            brands = k[4]
        t = redraw(r, kind=k, brand=R.choice(brands), color=r["color"], place=near_place(r["place"]))
        if k is r["kind"] and t["brand"] == r["brand"]:
            t["brand"] = None
        return write_found(t, None, near_time(lf, lt), negative="decoy")

    def before(src):
        r, lf, lt = src
        t = draw_record(kind=r["kind"], brand=r["brand"] if R.random() < 0.5 else None, color=r["color"],
                        place=near_place(r["place"]))
        fa = min(MAXMIN, lf + R.randint(60, 20000))
        if fa <= lf:
            fa = lf + 1
        return write_found(t, None, fa, negative="before_loss")

    def elsewhere(src):
        r, lf, lt = src
        if not r["brand"]:
            cands = [x for x in never + withtrue if x[0]["brand"]]
            r, lf, lt = R.choice(cands)
        far = [p for p in PLACES if abs(p[3] - r["place"][3]) + abs(p[4] - r["place"][4]) > 0.008] or PLACES
        t = draw_record(kind=r["kind"], brand=r["brand"], place=R.choice(far))
        fa = R.choice([min(MAXMIN, lf + R.randint(20000, 60000)), max(0, lt - R.randint(20000, 40000))])
        if fa <= lf and fa >= lt - 2880:
            fa = min(MAXMIN, lf + 30000)
        return write_found(t, None, fa, negative="brand_elsewhere")

    def unclaimed():
        t = draw_record()
        return write_found(t, None, R.randint(0, 120000), negative="unclaimed")

    for i in range(40):
        negs.append(twin(R.choice(never) if i < 28 else R.choice(withtrue)))
    for i in range(40):
        negs.append(decoy(R.choice(never) if i < 28 else R.choice(withtrue)))
    for i in range(25):
        negs.append(before(R.choice(never + withtrue)))
    for i in range(20):
        negs.append(elsewhere(R.choice(never + withtrue)))
    for i in range(25):
        negs.append(unclaimed())
    allf = [f for f, _ in found_true] + negs
    R.shuffle(allf)
    for i, f in enumerate(allf):
        f["key"] = "W2-F%04d" % (i + 1)
    for f, l in found_true:
        l["truth"] = f["key"]
    # rebuild dicts with key first
    found_out = []
    for f in allf:
        d = {"key": f["key"]}
        for k, v in f.items():
            if k != "key":
                d[k] = v
        found_out.append(d)
    out = {"seed": SEED, "made_by": "tests/lostfound/make_set22.py",
           "parts": {"set22": {"found": found_out, "lost": lost}}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set22.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %s: %d found, %d lost" % (path, len(found_out), len(lost)))


if __name__ == "__main__":
    main()
