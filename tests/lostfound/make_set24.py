#!/usr/bin/env python3
"""Blind labelled set 24 for the lost-and-found matcher (豫中市, New Year and after).

Each object is first drawn as a hidden truth record; the owner's report and the
finder's registration are then written separately from it.  Standard library
only, one seeded random.Random, deterministic whatever PYTHONHASHSEED.
"""
import datetime
import json
import os

import random

SEED = 20261224
R = random.Random(SEED)
NOW = datetime.datetime(2026, 2, 28, 18, 0)
P = "Y2"

# ---------------------------------------------------------------- helpers
def ch(xs):
    return xs[R.randrange(len(xs))]


def chance(p):
    return R.random() < p


def mins_before(dt):
    return int((NOW - dt).total_seconds() // 60)


def dt_of(m):
    return NOW - datetime.timedelta(minutes=m)


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number():
    area = ch(["411702", "411721", "411722", "411723", "411724", "411726", "411728", "411729"])
    y = R.randint(1938, 2008)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randrange(365))
    body = area + d.strftime("%Y%m%d") + "%03d" % R.randrange(1000)
    s = sum(int(c) * w for c, w in zip(body, W)) % 11
    return body + "10X98765432"[s]


def luhn_digit(s14):
    tot = 0
    for i, c in enumerate(reversed(s14)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    s = ch(["86", "35", "86"]) + "".join(str(R.randrange(10)) for _ in range(12))
    return s + luhn_digit(s)


def phone_no():
    return ch(["138", "139", "150", "151", "155", "158", "176", "183", "187", "199"]) + "".join(
        str(R.randrange(10)) for _ in range(8))


SUR = list("王李张刘陈杨赵黄周吴孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆范汪廖石金贾夏付方")
GIV_OLD = ["秀英", "桂兰", "玉梅", "建国", "长松", "春花", "根生", "书云", "凤琴", "德福", "金锁", "素珍", "玉兰",
           "保国", "新民", "爱莲", "拴柱", "翠萍", "国强", "梅香", "留成", "改花", "铁牛", "二妮", "满仓", "巧云"]
GIV_YOUNG = ["浩然", "梓涵", "一鸣", "欣怡", "子轩", "佳琪", "俊杰", "思雨", "宇航", "雨桐", "晨曦", "博文", "嘉豪", "诗琪"]


def pname(old=True):
    return ch(SUR) + ch(GIV_OLD if old else GIV_YOUNG)


COLORS = {
    "black": (["黑", "黑色", "黑的", "黑乎乎的"], ["黑色", "黑", "深黑色"]),
    "grey": (["灰", "灰色", "灰不溜秋的", "浅灰"], ["灰色", "深灰色", "浅灰色"]),
    "white": (["白", "白色", "白的", "米白"], ["白色", "乳白色", "米白色"]),
    "red": (["红", "红色", "大红", "枣红"], ["红色", "酒红色", "大红色"]),
    "blue": (["蓝", "蓝色", "深蓝", "天蓝"], ["蓝色", "深蓝色", "藏青色", "宝蓝色"]),
    "gold": (["金色", "金的", "土豪金", "黄金色"], ["金色", "香槟金", "金黄色"]),
    "silver": (["银色", "银的", "银白"], ["银色", "银白色"]),
    "brown": (["棕色", "咖啡色", "褐色", "黄褐色"], ["棕色", "咖啡色", "深棕色"]),
    "green": (["绿", "绿色", "墨绿", "军绿"], ["绿色", "墨绿色", "军绿色"]),
    "pink": (["粉", "粉色", "粉红"], ["粉色", "粉红色", "浅粉色"]),
    "yellow": (["黄", "黄色", "鹅黄"], ["黄色", "明黄色"]),
    "purple": (["紫", "紫色", "浅紫"], ["紫色", "淡紫色"]),
}

# ---------------------------------------------------------------- places
# (area, owner words, finder words, address, lat, lon, hospital?)
PLACES = []


def place(key, ow, fw, addr, lat, lon, cats, roles):
    PLACES.append(dict(key=key, ow=ow, fw=fw, addr=addr, lat=lat, lon=lon, cats=cats, roles=roles))


HOSP = "豫中市中心医院"
place("opd1", ["医院门诊楼", "门诊大厅", "挂号那儿", "中心医院门诊"], ["门诊楼一楼挂号大厅", "门诊楼1楼自助挂号机旁", "门诊一楼大厅候诊椅"],
      "健康路88号中心医院门诊楼1楼", 33.96121, 113.72305, "all", ["security", "cleaner", "nurse", "citizen"])
place("pay", ["交钱的窗口", "缴费窗口", "收费处", "门诊楼交费那"], ["门诊楼二楼缴费窗口", "门诊2楼收费处5号窗口前", "门诊楼2楼缴费区"],
      "健康路88号门诊楼2楼收费处", 33.96125, 113.72298, "all", ["security", "cleaner", "staff"])
place("er", ["急诊", "急诊科", "急诊那边"], ["急诊大厅", "急诊科分诊台旁", "急诊留观室"],
      "健康路88号中心医院急诊楼", 33.96088, 113.72352, "all", ["security", "nurse", "cleaner"])
place("park", ["医院地下停车场", "停车场", "地下车库"], ["地下停车场B1层", "地下车库B2区", "地下停车场电动车区"],
      "健康路88号中心医院地下停车场", 33.96102, 113.72260, "all", ["security", "staff"])
place("lift", ["住院部电梯", "电梯里", "住院楼电梯"], ["住院部3号电梯内", "住院部1号电梯轿厢", "住院部电梯厅"],
      "健康路88号住院部", 33.96170, 113.72330, "all", ["security", "cleaner", "nurse"])
for fl, dept in [(3, "骨科"), (5, "神经内科"), (7, "心内科"), (9, "肿瘤科"), (11, "呼吸内科")]:
    place("ward%d" % fl, ["住院部%d楼" % fl, "%s病房" % dept, "住院楼%d楼%s" % (fl, dept)],
          ["住院部%d楼%s护士站" % (fl, dept), "住院部%d楼%s走廊" % (fl, dept), "住院部%d楼%s病房开水间" % (fl, dept)],
          "健康路88号住院部%d楼" % fl, 33.96172, 113.72336, "all", ["nurse", "cleaner", "security"])
place("bus", ["汽车站", "长途汽车站", "车站候车室", "医院对过的汽车站"], ["长途汽车站候车厅", "长途汽车站售票厅", "汽车站进站安检口"],
      "健康路91号长途汽车站", 33.96205, 113.72452, "all", ["staff", "security", "cleaner", "citizen"])
place("coach", ["班车上", "回县里的大巴车上", "坐的客车上"], ["豫中—西平班车车厢", "豫中—上蔡班车最后一排", "到站班车行李架"],
      "长途汽车站发车场", 33.96230, 113.72480, "all", ["driver"])
place("mkt", ["服装批发市场", "批发城", "衣服市场"], ["服装批发城A区一楼", "服装批发城B区二楼通道", "服装批发城东门"],
      "解放路服装批发城", 33.97052, 113.70796, "all", ["stall", "security", "citizen"])
place("fzc", ["纺织厂家属院", "纺织厂院里", "俺家院里车棚"], ["纺织厂家属院3号楼电动车棚", "纺织厂家属院门口", "纺织厂家属院东边车棚"],
      "建设路纺织厂家属院", 33.95503, 113.73102, "all", ["citizen", "rider", "guard"])
place("mm", ["棉麻公司家属院", "棉麻院", "老小区车棚"], ["棉麻公司家属院2号楼下", "棉麻公司家属院电动车棚", "棉麻院大门口"],
      "人民路棉麻公司家属院", 33.94880, 113.71503, "all", ["citizen", "rider", "guard"])
place("ji", ["王桥集上", "赶集那地方", "王桥镇集市", "集上卖菜那条街"], ["王桥镇集市南头", "王桥镇集市十字路口", "王桥集卖菜区"],
      "王桥镇集市（逢三逢八）", 33.90205, 113.66498, "all", ["stall", "citizen"])
place("road", ["健康路上", "医院门口公交站", "去医院那条路"], ["健康路与建设路交叉口", "中心医院南门公交站台", "健康路88号门前人行道"],
      "健康路", 33.96050, 113.72300, "all", ["rider", "citizen", "guard"])
PK = {p["key"]: p for p in PLACES}

FINDER = {
    "security": ["医院保安", "保安", "安保科"], "cleaner": ["保洁员", "保洁阿姨"], "nurse": ["护士", "值班护士"],
    "staff": ["车站工作人员", "收费员", "客服"], "driver": ["班车司机", "驾驶员"], "stall": ["摊主", "商户"],
    "citizen": ["群众", "路人", "热心市民"], "rider": ["外卖骑手", "美团骑手", "饿了么骑手"], "guard": ["门卫", "小区门卫"],
}

# ---------------------------------------------------------------- kinds
# Each kind: cat, kind id, owner words, finder words, brands [(canonical, variants, models)], colours,
# visible facts [(owner template, finder template)], hidden owner facts, serial type
K = {}


def kind(kid, cat, ow, fw, brands, colors, vis, hid, serial=None, svis=0.0, sgive=0.0):
    K[kid] = dict(kid=kid, cat=cat, ow=ow, fw=fw, brands=brands, colors=colors, vis=vis, hid=hid,
                  serial=serial, svis=svis, sgive=sgive)


kind("oldphone", "phone", ["老人机", "老年机", "按键手机", "老人手机"], ["老人机", "老年手机", "直板按键手机", "功能机"],
     [("守护宝", ["守护宝", "上海中兴守护宝", "守护宝牌"], ["K9", "L580", "T1"]),
      ("中兴", ["中兴", "ZTE", "中兴牌"], ["L588", "K288"]),
      ("金立", ["金立", "GIONEE", "金立牌"], ["L9", "V19"]),
      ("天语", ["天语", "K-Touch"], ["S9", "N1"]), None, None],
     ["black", "black", "red", "gold", "blue"],
     [("背后贴着胶布写着{rel}的电话{phone}", "机身背面贴胶布手写号码{phone}"),
      ("挂着根红绳", "挂红色挂绳"), ("屏幕有道裂纹", "屏幕有裂痕"), ("按键上的字都磨没了", "按键字迹磨损"),
      ("后盖用皮筋缠着", "后盖用橡皮筋缠住"), ("套着透明塑料套", "带透明软套"), ("后盖上贴着{name}的名字", "后盖贴纸写“{name}”")],
     ["通讯录头一个是“{rel}”", "没设密码", "里面就存了几个号", "话费是腊月刚充的", "铃声是豫剧"],
     "IMEI", 0.2, 0.15)
kind("smart", "phone", ["手机", "智能手机", "手机"], ["手机", "智能手机", "触屏手机"],
     [("华为", ["华为", "HUAWEI", "Huawei", "华为手机"], ["畅享70", "nova 11", "Mate 40"]),
      ("OPPO", ["OPPO", "oppo", "欧珀"], ["A2", "Reno8"]), ("vivo", ["vivo", "VIVO", "维沃"], ["Y100", "Y35"]),
      ("荣耀", ["荣耀", "HONOR", "Honor"], ["X50", "Play7T"]), ("小米", ["红米", "Redmi", "小米"], ["Redmi Note 12", "Redmi 13C"]),
      ("苹果", ["苹果", "iPhone", "Apple", "爱疯"], ["iPhone 12", "iPhone 13"])],
     ["black", "white", "blue", "gold", "green", "purple"],
     [("壳里夹着张就诊卡，名字{name}", "手机壳内夹就诊卡一张（姓名{name}）"), ("手机壳是带花的", "花朵图案手机壳"),
      ("屏幕碎了个角", "屏幕一角碎裂"), ("背后贴着卡通贴纸", "背面有卡通贴纸"), ("带个指环扣", "背面有指环支架"),
      ("锁屏是俺孙子的照片", "锁屏壁纸为儿童照片"), ("壳里夹了张一百块钱", "手机壳内夹百元现金一张"), ("壳是皮套翻盖的", "翻盖皮套")],
     ["密码是俺生日", "微信名叫“{name}”", "电量不多了", "里面有俺爹的检查报告照片"],
     "IMEI", 0.0, 0.35)
kind("watch", "electronics", ["电话手表", "儿童手表", "小孩手表"], ["儿童电话手表", "智能手表", "电话手表"],
     [("小天才", ["小天才", "小天财", "imoo"], ["Z8", "Q2A", "Z7"]), ("华为", ["华为", "HUAWEI"], ["儿童手表5X"]),
      ("米兔", ["米兔", "小米米兔"], ["6C"])],
     ["blue", "pink", "black"],
     [("表带里面写着{child}的名字", "表带内侧写有“{child}”"), ("表盘有划痕", "表盘有划痕"), ("表带是后换的", "表带非原装"),
      ("贴着奥特曼贴纸", "表身贴奥特曼贴纸")],
     ["能打俺的电话", "开机密码没设", "充电线还在家里"], "SN", 0.1, 0.1)
kind("idcard", "id_doc", ["身份证", "身份证", "二代身份证"], ["居民身份证", "身份证", "第二代居民身份证"], [None], [None],
     [("名字是{name}", "姓名{name}"), ("是{village}的", "住址{village}")],
     ["证是前年才换的", "照片照得不像"], "ID", 0.9, 0.55)
kind("cardset", "id_doc", ["证件", "卡套里的证", "几张卡"], ["证件一套", "卡套（内有证件）", "证件卡套"], [None],
     ["red", "blue", "black", None],
     [("里面有{name}的身份证", "内有身份证（姓名{name}）"), ("还有医保卡", "社保卡一张"), ("有中心医院的就诊卡", "中心医院就诊卡一张"),
      ("卡套是塑料的，透明的", "透明塑料卡套"), ("还夹着张住院押金条", "住院押金收据一张")],
     ["就诊卡里还有两百多块钱没用完", "医保卡是农合的"], "ID", 0.6, 0.4)
kind("hukou", "id_doc", ["户口本", "户口簿"], ["户口簿", "户口本"], [None], ["red", None],
     [("户主是{name}", "户主姓名{name}"), ("是{village}的", "住址{village}"), ("用塑料袋包着", "装于塑料袋内")],
     ["里面一共五口人", "来办住院证明用的"], None)
kind("passbook", "id_doc", ["存折", "折子", "存款折"], ["存折", "储蓄存折"],
     [("农信社", ["农信社", "信用社", "农村信用社"], [""]), ("邮储", ["邮政", "邮储银行", "邮政储蓄"], [""])], ["green", "red"],
     [("户名{name}", "户名{name}"), ("折子里夹着张纸条", "内夹手写纸条"), ("用手绢包着", "用手帕包裹")],
     ["账号尾号{tail}", "里面是俺的养老钱"], None)
kind("wallet_m", "wallet", ["钱包", "皮夹子", "钱夹"], ["男士钱包", "皮夹", "短款钱包"],
     [("七匹狼", ["七匹狼", "SEPTWOLVES"], [""]), ("金利来", ["金利来", "Goldlion"], [""]), ("啄木鸟", ["啄木鸟"], [""]), None],
     ["black", "brown"],
     [("里面有{amt_o}", "内有现金{amt}元"), ("有{name}的身份证", "内有身份证（姓名{name}）"), ("边上皮子磨破了", "边角磨损"),
      ("夹着张全家福", "内夹合影照片一张"), ("有张尾号{tail}的农行卡", "农业银行卡一张（尾号{tail}）")],
     ["是闺女给买的", "用了好几年了"], None)
kind("wallet_f", "wallet", ["钱包", "长钱包", "女式钱包", "零钱包"], ["女士长款钱包", "钱包", "零钱包"],
     [None, None, ("迪士尼", ["迪士尼", "Disney"], [""])], ["red", "pink", "black", "purple"],
     [("里面有{amt_o}", "内有现金{amt}元"), ("有{name}的医保卡", "内有社保卡（姓名{name}）"), ("拉链头坏了", "拉链头缺失"),
      ("绣着花", "表面有绣花"), ("有张尾号{tail}的银行卡", "银行卡一张（尾号{tail}）")],
     ["零钱有好些钢镚", "里面还有张挂号单"], None)
kind("keys", "keys", ["钥匙", "一串钥匙", "钥匙串"], ["钥匙串", "钥匙一串", "钥匙"],
     [("雅迪", ["雅迪", "Yadea"], [""]), ("爱玛", ["爱玛", "AIMA"], [""]), ("五菱", ["五菱", "五菱车"], [""]), None, None],
     ["red", "black", "silver", "yellow"],
     [("一共{nk}把", "共{nk}把钥匙"), ("挂着个平安扣", "挂件为平安扣"), ("拴着红绳", "红绳拴着"), ("有个蓝色门禁卡", "带蓝色门禁扣"),
      ("挂着个小葫芦", "挂件为小葫芦"), ("有个指甲刀", "挂指甲刀一个"), ("有个毛绒小熊", "挂毛绒小熊")],
     ["有一把是大门的", "电动车钥匙是备用的"], None)
kind("ebike", "ebike", ["电动车", "电车", "电瓶车"], ["电动自行车", "电动车", "电瓶车"],
     [("雅迪", ["雅迪", "Yadea", "雅迪牌"], ["冠能", "DE2"]), ("爱玛", ["爱玛", "AIMA", "艾玛"], ["小金豹", "麦"]),
      ("台铃", ["台铃", "TAILG", "台玲"], ["超能", "战速"]), ("新日", ["新日", "SUNRA"], ["XC1"]),
      ("绿源", ["绿源", "LUYUAN", "绿园"], ["MODA2"])],
     ["white", "black", "red", "blue", "grey", "green"],
     [("牌子是{plate}", "车牌{plate}"), ("后面绑着外卖箱", "后座装外卖箱"), ("挂着挡风被", "车把挂挡风被"), ("前头车筐瘪了", "车筐变形"),
      ("后视镜断了一个", "缺一侧后视镜"), ("座子套着{c2}座套", "座垫有座套"), ("车把上挂着个头盔", "车把挂头盔一个")],
     ["电瓶是天能的", "车是去年秋里买的", "钥匙还在俺手里"], "FRAME", 0.25, 0.4)
kind("bike", "bicycle", ["自行车", "洋车子", "车子"], ["自行车", "单车"],
     [("凤凰", ["凤凰", "凤凰牌"], ["二八"]), ("永久", ["永久", "永久牌"], ["二八"]), ("捷安特", ["捷安特", "GIANT"], ["ATX"]), None],
     ["black", "blue", "red", "silver"],
     [("前头有个车筐", "前有车筐"), ("后座绑着绳子", "后座绑有绳子"), ("车把缠着胶布", "车把缠胶布"), ("车铃没了", "无车铃"),
      ("后座放着个棉垫子", "后座有棉坐垫")], ["是俺爹骑了十来年的", "锁是坏的"], "FRAME", 0.1, 0.05)
kind("clothbag", "bag", ["布包", "包", "布兜", "手提袋"], ["布袋", "布包", "手提布袋"], [None, None, None],
     ["grey", "blue", "black", "red"],
     [("里面是{name}的病历", "内有病历本（姓名{name}）"), ("有CT片子", "内有中心医院CT片袋"), ("有几盒药", "内有药品若干"),
      ("装着换洗衣服", "内有衣物"), ("有{name}的出院小结", "内有出院记录（患者{name}）"), ("包上缝着块补丁", "包身有补丁")],
     ["药是刚拿的，降压的", "包是俺自己缝的"], None)
kind("backpack", "bag", ["双肩包", "书包", "背包"], ["双肩背包", "背包"],
     [("耐克", ["耐克", "NIKE", "Nike"], [""]), ("361度", ["361", "361度"], [""]), ("小米", ["小米", "MI"], [""]), None],
     ["black", "grey", "blue"],
     [("里面有充电器", "内有充电器"), ("拉链上挂着个小熊", "拉链挂小熊挂件"), ("有{name}的学生证", "内有学生证（{name}）"),
      ("侧兜有个保温杯", "侧袋有保温杯")], ["包里还有作业", "回家过年背的"], None)
kind("woven", "bag", ["编织袋", "蛇皮袋", "化肥袋子"], ["编织袋", "蛇皮袋"], [None], ["white", "blue", "green"],
     [("装着被子", "内装被褥"), ("口用绳扎着", "袋口绳扎"), ("外头写着“{name}”", "袋身写有“{name}”"), ("有几件棉衣", "内有棉衣数件")],
     ["是来陪床带的"], None)
kind("cash", "cash", ["钱", "现金", "现钱"], ["现金", "人民币现金"], [None], [None],
     [("{amt_o}", "现金{amt}元"), ("用{wrap_o}包着", "用{wrap_f}包裹")], ["是准备交住院押金的", "是卖粮食的钱"], None)
kind("ring", "jewelry", ["金戒指", "戒指", "金箍子"], ["黄金戒指", "戒指", "金色戒指"],
     [("老凤祥", ["老凤祥"], [""]), ("周大福", ["周大福", "周大幅"], [""]), ("周六福", ["周六福"], [""]), None],
     ["gold"],
     [("上头有个福字", "戒面有福字"), ("是个素圈", "素圈款式"), ("里头刻着“{eng}”", "内壁刻字“{eng}”"), ("有点变形", "戒圈略变形")],
     ["有五六克重", "是结婚时候买的"], None)
kind("bangle", "jewelry", ["镯子", "手镯", "银镯子"], ["手镯", "手环"],
     [None, ("老庙", ["老庙"], [""])], ["silver", "green"],
     [("是个{jade}", "材质{jade}"), ("上面刻着花", "表面雕花"), ("有个小豁口", "有缺口一处")], ["是俺娘留下的"], None)
kind("earbuds", "electronics", ["蓝牙耳机", "耳机"], ["无线耳机", "蓝牙耳机（含充电仓）"],
     [("华为", ["华为", "HUAWEI"], ["FreeBuds 5i", "FreeBuds SE"]), ("苹果", ["苹果", "AirPods", "Apple"], ["AirPods 3"]),
      ("小米", ["小米", "Redmi"], ["Buds 4"]), ("漫步者", ["漫步者", "EDIFIER"], ["X2"])],
     ["white", "black"],
     [("充电仓上有划痕", "充电仓有划痕"), ("套着{c2}硅胶套", "充电仓带硅胶保护套"), ("仓上贴着名字{name}", "仓盖贴名字“{name}”")],
     ["只剩一边能响"], "SN", 0.2, 0.2)
kind("powerbank", "electronics", ["充电宝", "移动电源"], ["充电宝", "移动电源"],
     [("小米", ["小米", "MI"], ["10000mAh"]), ("罗马仕", ["罗马仕", "ROMOSS"], ["20000mAh"]), None], ["white", "black"],
     [("连着根线", "附数据线一根"), ("边上掉漆了", "外壳掉漆"), ("贴着胶布写着{name}", "贴胶布写“{name}”")], ["还有一半电"], None)
kind("bpm", "electronics", ["血压计", "量血压的机子"], ["电子血压计", "血压计"],
     [("鱼跃", ["鱼跃", "YUWELL"], ["YE660"]), ("欧姆龙", ["欧姆龙", "OMRON"], ["U10"])], ["white", "grey"],
     [("装在个布袋里", "装于布袋内"), ("袖带是蓝的", "蓝色袖带"), ("盒子上写着床号{bed}", "外包装写有“{bed}床”")],
     ["刚买没几天"], "SN", 0.3, 0.1)
kind("radio", "electronics", ["收音机", "唱戏机", "小喇叭"], ["收音机", "插卡音箱"],
     [("熊猫", ["熊猫", "PANDA"], [""]), ("不见不散", ["不见不散"], [""]), ("山水", ["山水"], [""]), None],
     ["red", "black", "gold"],
     [("里头有豫剧的卡", "内插存储卡"), ("天线断了", "天线折断"), ("背带是红绳", "带红色背绳")], ["是俺儿给买的"], None)
kind("cup", "other", ["保温杯", "杯子", "水杯"], ["保温杯", "水杯"],
     [("富光", ["富光", "FUGUANG"], [""]), ("膳魔师", ["膳魔师", "THERMOS"], [""]), None], ["black", "pink", "blue", "silver"],
     [("杯子上刻着{name}", "杯身刻“{name}”"), ("里面泡着枸杞", "内有枸杞茶"), ("盖子有个坑", "杯盖有凹痕"), ("套着个杯套", "有布杯套")],
     ["是单位发的"], None)
kind("helmet", "other", ["头盔", "安全帽"], ["头盔", "骑行头盔"],
     [("美团", ["美团"], [""]), ("饿了么", ["饿了么", "蜂鸟"], [""]), None], ["yellow", "blue", "white"],
     [("上面贴着小猪佩奇", "贴小猪佩奇贴纸"), ("镜片裂了", "护目镜片有裂纹"), ("带个耳朵", "头盔带装饰耳朵"), ("扣带写着{name}", "扣带写“{name}”")],
     ["是站点发的"], None)
kind("coat", "other", ["大衣", "棉袄", "羽绒服"], ["羽绒服", "棉大衣", "外套"],
     [("波司登", ["波司登", "BOSIDENG"], [""]), ("雪中飞", ["雪中飞"], [""]), None], ["black", "red", "green", "blue"],
     [("兜里有{name}的挂号单", "口袋内有挂号单（{name}）"), ("袖口磨毛了", "袖口磨损"), ("兜里有串钥匙", "口袋内有钥匙"),
      ("帽子上有毛领", "帽子带毛领")], ["是孩子过年给买的"], None)
kind("cane", "other", ["拐棍", "拐杖"], ["拐杖", "手杖"], [None], ["brown", "silver", "black"],
     [("把上缠着布", "手柄缠布条"), ("是四个脚的", "四脚拐杖"), ("上面写着{name}", "杖身写“{name}”")], ["是村里人送的"], None)
KIDS = list(K.keys())

VILLAGES = ["西平县五沟营镇", "上蔡县邵店镇", "遂平县石寨铺乡", "汝南县三桥镇", "平舆县郭楼乡", "正阳县兰青乡",
            "豫中市王桥镇李庄村", "确山县竹沟镇", "新蔡县练村镇"]
RELS = ["俺儿", "闺女", "老伴", "大儿", "孙子", "二妮儿"]
WRAPS = [("手绢", ["蓝格子手绢", "手绢", "花手帕"], ["蓝白格手帕", "手帕", "碎花手绢"]),
         ("塑料袋", ["塑料袋", "黑塑料袋"], ["黑色塑料袋", "塑料袋"]),
         ("信封", ["信封", "牛皮纸信封"], ["黄色牛皮纸信封", "信封"]),
         ("红包", ["红包", "红纸包"], ["红包", "红色利是封"]),
         ("皮筋", ["皮筋扎着", "橡皮筋"], ["橡皮筋捆扎", "橡皮筋"])]
PLATE_L = list("ABCDEFGHJKLMNPQRSU")


def cn_amount(a):
    w = "零一二三四五六七八九"
    th, rest = divmod(a, 1000)
    hu, rest = divmod(rest, 100)
    te = rest // 10
    s = ""
    if th:
        s += ("两" if th == 2 else w[th]) + "千"
    if hu:
        s += ("两" if hu == 2 and not th else w[hu]) + "百"
    elif th and te:
        s += "零"
    if te:
        s += w[te] + ("十" if not (th or hu) else "")
    return s + ("块" if chance(0.6) else "块钱")


def vague_amount(a):
    r = R.random()
    if r < 0.35:
        return cn_amount(a)
    if r < 0.6:
        return "%d块钱" % a
    if r < 0.8:
        return (cn_amount(a // 100 * 100).replace("块钱", "").replace("块", "") or "几十") + "多块钱"
    return "%d元左右" % (a // 10 * 10)


# ---------------------------------------------------------------- truth records
def frame_no(brand):
    pre = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "新日": "XR", "绿源": "LY"}.get(brand, "ZX")
    return pre + "%02d" % R.randint(21, 25) + ch("ABCDEFGH") + "%07d" % R.randrange(10 ** 7)


def sn_no():
    return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.randint(10, 14)))


def new_vars():
    return dict(name=pname(chance(0.75)), rel=ch(RELS), phone=phone_no(), child=pname(False)[1:] if chance(0.5) else pname(False),
                village=ch(VILLAGES), tail="%04d" % R.randrange(10000), nk=R.randint(2, 7),
                amt=R.choice([R.randint(3, 60) * 50, R.randint(10, 900)]), c2=ch(["黑", "花", "灰", "红"]),
                eng=ch(["爱", "LOVE", "平安", "福", "520"]) + ch(["", "永恒", ""]), jade=ch(["银的", "玉的", "银镯子", "玉镯子"]),
                bed=str(R.randint(1, 48)), wrap=R.randrange(len(WRAPS)),
                plate="豫%s·%05d" % (ch(PLATE_L), R.randrange(100000)) if chance(0.75) else None)


def new_record(kid, brand="?", model="?", color="?", vars_=None):
    k = K[kid]
    if brand == "?":
        b = ch(k["brands"])
    else:
        b = next((x for x in k["brands"] if (x and x[0]) == brand), None) if brand else None
        if brand and b is None:
            b = (brand, [brand], [""])
    if model == "?":
        model = ch(b[2]) if b else ""
    col = ch(k["colors"]) if color == "?" else color
    v = vars_ or new_vars()
    if kid == "cash":
        v["amt"] = R.randint(6, 80) * 50
    vis = list(range(len(k["vis"])))
    R.shuffle(vis)
    vis = vis[:R.randint(2, min(4, len(vis)))]
    if kid == "cash":
        vis = [0, 1]
    if kid == "ebike" and v["plate"] is None:
        vis = [i for i in vis if i != 0] or [1]
    hid = list(range(len(k["hid"])))
    R.shuffle(hid)
    ser = None
    if k["serial"] == "IMEI":
        ser = imei()
    elif k["serial"] == "ID":
        ser = id_number()
    elif k["serial"] == "FRAME":
        ser = frame_no(b[0] if b else "")
    elif k["serial"] == "SN":
        ser = sn_no()
    return dict(kid=kid, cat=k["cat"], brand=b, model=model or "", color=col, v=v, vis=vis, hid=hid[:2],
                serial=ser, svis=chance(k["svis"]))


def fmt(t, v):
    d = dict(v)
    d["amt_o"] = vague_amount(v["amt"])
    w = WRAPS[v["wrap"]]
    d["wrap_o"] = ch(w[1])
    d["wrap_f"] = ch(w[2])
    return t.format(**d)


def mask_id(s):
    r = R.random()
    if r < 0.5:
        return s[:4] + "*" * 10 + s[14:]
    if r < 0.8:
        return s[:6] + "********" + s[14:]
    return "****" + s[-4:]


def owner_serial(rec):
    s = rec["serial"]
    t = K[rec["kid"]]["serial"]
    r = R.random()
    if t == "IMEI":
        if r < 0.4:
            return "IMEI：" + s, s
        if r < 0.65:
            g = s[:4] + " " + s[4:8] + " " + s[8:12] + " " + s[12:]
            return "串号" + g, g
        return "串号尾号" + s[-4:], "尾号" + s[-4:]
    if t == "ID":
        x = s.lower() if s[-1] == "X" and chance(0.5) else s
        if r < 0.55:
            return "身份证号" + x, x
        if r < 0.75:
            g = x[:6] + " " + x[6:14] + " " + x[14:]
            return "号码" + g, g
        return "号码尾号" + x[-4:], "尾号" + x[-4:]
    if t == "FRAME":
        if r < 0.6:
            return "车架号" + s, s
        if r < 0.8:
            return "车架号" + s.lower(), s.lower()
        return "车架号后六位" + s[-6:], "后六位" + s[-6:]
    if r < 0.6:
        return "序列号" + s, s
    return "序列号后几位是" + s[-5:], "尾号" + s[-5:]


# ---------------------------------------------------------------- time
def hour_ok(pk):
    if pk == "ji":
        return R.randint(6, 11)
    if pk in ("fzc", "mm", "road"):
        return R.randint(6, 21)
    return R.randint(6, 19)


def make_window(pk, day_lo=1, day_hi=68):
    day = NOW.date() - datetime.timedelta(days=R.randint(day_lo, day_hi))
    start = datetime.datetime.combine(day, datetime.time(hour_ok(pk), R.choice([0, 10, 20, 30, 40, 50])))
    r = R.random()
    if r < 0.4:
        dur = R.randint(10, 60)
    elif r < 0.85:
        dur = R.randint(60, 360)
    else:
        dur = R.randint(360, 1800)
    end = start + datetime.timedelta(minutes=dur)
    if end > NOW - datetime.timedelta(minutes=30):
        end = NOW - datetime.timedelta(minutes=30)
    return mins_before(start), mins_before(end)


def found_after(lost_from):
    r = R.random()
    if r < 0.6:
        d = R.randint(5, 240)
    elif r < 0.9:
        d = R.randint(240, 2880)
    else:
        d = R.randint(2880, 8640)
    return max(lost_from - d, R.randint(0, 20))


def day_phrase(dt):
    d = dt.date()
    if d == datetime.date(2026, 1, 1):
        return "元旦那天"
    if d == datetime.date(2026, 2, 16):
        return "大年三十"
    if datetime.date(2026, 2, 17) <= d <= datetime.date(2026, 2, 26):
        return "正月初" + "一二三四五六七八九十"[(d - datetime.date(2026, 2, 17)).days]
    return "%d月%d号" % (d.month, d.day)


def tod(h):
    if h < 9:
        return ch(["早上", "一大早", "清早"])
    if h < 12:
        return ch(["上午", "晌午前"])
    if h < 14:
        return ch(["中午", "晌午"])
    if h < 18:
        return ch(["下午", "后晌"])
    return ch(["晚上", "黑了"])


# ---------------------------------------------------------------- writers
OPEN = ["俺是乡下来给老伴看病的，", "俺娘住院，俺来陪床，", "", "", "我是送外卖的，", "俺从县里坐车来看病，", "俺在批发城卖衣服，",
        "孩子放寒假回来，", "俺是住院病人家属，", "帮俺爹登记一下，", "老人打电话说的，"]
CLOSE = ["麻烦帮忙找找。", "谁捡着了给俺打个电话。", "", "着急用，谢谢了。", "中不中帮着问问。", "拾到的好心人请联系我。", ""]


def color_o(rec):
    return ch(COLORS[rec["color"]][0]) if rec["color"] else ""


def color_f(rec):
    return ch(COLORS[rec["color"]][1]) if rec["color"] else ""


def owner_text(rec, pk, lf, lt, rushed=False, must=None):
    k = K[rec["kid"]]
    p = PK[pk]
    out = {}
    start = dt_of(lf)
    pl = ch(p["ow"])
    kw = ch(k["ow"])
    col = color_o(rec)
    if rushed:
        body = ch(["%s丢了个%s%s", "%s%s%s丢了", "在%s丢了%s%s"])
        if "%s丢了个" in body:
            body = body % (pl, col, kw)
        elif body.startswith("在"):
            body = body % (pl, col, kw)
        else:
            body = body % (pl, col, kw)
        if chance(0.5):
            out["color"] = col or None
        out["body"] = body
        return out
    bstr = ""
    if rec["brand"] and chance(0.7):
        bstr = ch(rec["brand"][1])
        if rec["model"] and chance(0.4):
            bstr += ("" if chance(0.5) else " ") + rec["model"]
    said = [i for i in rec["vis"] if chance(0.55)]
    if must is not None and must not in said:
        said.append(must)
    if not said:
        said = [ch(rec["vis"])]
    R.shuffle(said)
    facts = [fmt(k["vis"][i][0], rec["v"]) for i in said]
    hid = [fmt(k["hid"][i], rec["v"]) for i in rec["hid"] if chance(0.5)]
    tp = ""
    if chance(0.8):
        tp = (day_phrase(start) if chance(0.6) else "") + tod(start.hour)
        if chance(0.4):
            tp += "%d点来钟" % (start.hour if start.hour <= 12 else start.hour - 12)
    verb = ch(["丢了", "落下了", "找不着了", "弄丢了", "不见了", "丢哪了也不知道，反正没了"])
    desc = "%s%s%s" % (col, bstr, kw)
    if rec["kid"] == "cash":
        desc = kw
        verb = verb.replace("了一个", "了")
    body = ch(OPEN) + "%s在%s%s%s，%s。" % (tp, pl, verb, ("一个" if chance(0.5) and rec["kid"] != "cash" else "") + desc, "，".join(facts + hid))
    if rec["serial"] and chance(K[rec["kid"]]["sgive"]):
        st, sv = owner_serial(rec)
        body += st + "。"
        if chance(0.5):
            out["serial"] = sv
    if chance(0.35):
        body += "电话" + rec["v"]["phone"] + "。" if chance(0.4) else ""
    body += ch(CLOSE)
    out["body"] = body[:600]
    if chance(0.45) and col:
        out["color"] = col
    if bstr and chance(0.5):
        out["brand"] = ch(rec["brand"][1])
    if rec["model"] and bstr and chance(0.3):
        out["model"] = rec["model"]
    if chance(0.3):
        out["address"] = pl if chance(0.5) else p["addr"]
    if chance(0.25):
        out["marks"] = "；".join(facts)[:500]
    if chance(0.3):
        out["lat"] = round(p["lat"] + R.uniform(-0.004, 0.004), 5)
        out["lon"] = round(p["lon"] + R.uniform(-0.004, 0.004), 5)
    return out


def finder_text(rec, pk, fat, must=None, avoid=None, force_brand=False):
    k = K[rec["kid"]]
    p = PK[pk]
    role = ch(p["roles"])
    who = ch(FINDER[role])
    fpl = ch(p["fw"])
    col = color_f(rec)
    out = {}
    shown = [i for i in rec["vis"] if chance(0.6)]
    if must is not None and must not in shown:
        shown.append(must)
    if avoid is not None and not any(i not in avoid or "{" in k["vis"][i][1] for i in shown):
        extra = [i for i in rec["vis"] if i not in avoid or "{" in k["vis"][i][1]]
        shown.extend(extra[:1])
    if not shown:
        shown = [ch(rec["vis"])]
    if rec["kid"] == "cash" and 0 not in shown:
        shown.insert(0, 0)  # a finder always counts the money
    facts = [fmt(k["vis"][i][1], rec["v"]) for i in shown]
    bstr = ""
    if rec["brand"] and (chance(0.8) or force_brand):
        bstr = ch(rec["brand"][1])
        if rec["model"] and chance(0.35):
            bstr += rec["model"]
    kw = ch(k["fw"])
    t = dt_of(fat)
    ser = ""
    if rec["serial"] and rec["svis"]:
        s = rec["serial"]
        st = k["serial"]
        if st == "ID":
            s = mask_id(s) if chance(0.7) else s
            ser = "证件号" + s
        elif st == "IMEI":
            ser = "电池仓标签IMEI " + s
        elif st == "FRAME":
            ser = "车架号" + s
        else:
            ser = "SN:" + s
    if role in ("nurse", "security", "staff", "guard"):
        body = "%s%s于%s拾得%s%s%s一%s，%s。" % (
            "%d日%02d:%02d，" % (t.day, t.hour, t.minute) if chance(0.6) else "", who, fpl, col, bstr, kw,
            ch(["件", "个", "份"]), "，".join(facts))
        if ser:
            body += ser + "。"
        body += ch({"nurse": ["已登记，暂存护士站。", "暂存科室护士站。"], "security": ["已交安保科保管。", "暂存保卫科。"],
                    "staff": ["暂存车站服务台。", "已交失物招领处。"], "guard": ["放门卫室了。", "暂存门卫室。"]}[role]
                   + ["", "待失主认领。", "请失主携有效证件认领。"])
    elif role == "driver":
        body = "收车时在%s发现%s%s%s，%s。%s交车站失物招领处。" % (fpl, col, bstr, kw, "，".join(facts), ser + "，" if ser else "")
    elif role == "stall" and rec["cat"] in ("ebike", "bicycle"):
        body = "俺摊子边上停了辆%s%s%s，一天没人骑走，%s。%s" % (col, bstr, kw, "，".join(facts), ser + "。" if ser else "")
    elif role == "stall":
        body = "有人落在俺摊子上一个%s%s%s，%s。%s" % (col, bstr, kw, "，".join(facts), ser + "。" if ser else "")
    elif role == "rider":
        body = "送餐路过%s捡到%s%s%s，%s。%s" % (fpl, col, bstr, kw, "，".join(facts), ser + "。" if ser else "")
    else:
        body = "在%s捡到%s%s%s，%s。%s" % (fpl, col, bstr, kw, "，".join(facts), ser + "。" if ser else "")
    out["body"] = body[:600]
    tidy = role in ("nurse", "security", "staff", "guard")
    if chance(0.7 if tidy else 0.25):
        out["address"] = (p["addr"] if chance(0.5) else fpl)[:60]
    if col and chance(0.55 if tidy else 0.2):
        out["color"] = col
    if bstr and chance(0.5):
        out["brand"] = ch(rec["brand"][1])
    if rec["model"] and bstr and chance(0.25):
        out["model"] = rec["model"]
    if ser and chance(0.6):
        out["serial"] = ser.split("IMEI ")[-1].replace("证件号", "").replace("车架号", "").replace("SN:", "")
    if chance(0.5 if tidy else 0.15):
        out["marks"] = "；".join(facts)[:500]
    if chance(0.4):
        out["lat"] = round(p["lat"] + R.uniform(-0.0008, 0.0008), 5)
        out["lon"] = round(p["lon"] + R.uniform(-0.0008, 0.0008), 5)
    return out


# ---------------------------------------------------------------- assemble
CAT_WEIGHT = [("oldphone", 14), ("smart", 12), ("watch", 3), ("idcard", 10), ("cardset", 10), ("hukou", 3), ("passbook", 4),
              ("wallet_m", 9), ("wallet_f", 7), ("keys", 9), ("ebike", 10), ("bike", 4), ("clothbag", 12), ("backpack", 5),
              ("woven", 3), ("cash", 9), ("ring", 5), ("bangle", 3), ("earbuds", 4), ("powerbank", 3), ("bpm", 3),
              ("radio", 3), ("cup", 4), ("helmet", 4), ("coat", 4), ("cane", 3)]
POOL = [k for k, w in CAT_WEIGHT for _ in range(w)]
PLACE_FOR = {"ebike": ["park", "fzc", "mm", "bus", "road", "ji"], "bike": ["fzc", "mm", "ji", "road", "park"],
             "helmet": ["road", "fzc", "mm", "park", "bus"]}
ALLP = [p["key"] for p in PLACES]


def pick_place(kid):
    return ch(PLACE_FOR.get(kid, ALLP + ["ward5", "ward7", "bus", "coach", "opd1", "pay"]))


def other_category(rec):
    kid = rec["kid"]
    if kid == "watch":
        return "phone"
    if kid == "cardset":
        return "wallet"
    if kid == "passbook":
        return "other"
    if kid == "bpm":
        return "other"
    return None


lost, found, negs = [], [], []
true_items = []   # (report dict, found dict)
anchors_true, anchors_nf = [], []

# 150 true pairs
n_cross = 0
for i in range(150):
    kid = ch(POOL)
    rec = new_record(kid)
    pk = pick_place(kid)
    lf, lt = make_window(pk)
    fat = found_after(lf)
    must = ch(rec["vis"])
    o = owner_text(rec, pk, lf, lt, rushed=False, must=must)
    f = finder_text(rec, pk, fat, must=must)
    ocat = fcat = rec["cat"]
    alt = other_category(rec)
    if alt and n_cross < 4 and chance(0.5):
        fcat = alt
        n_cross += 1
    o.update(category=ocat, lost_from_min=lf, lost_to_min=lt)
    f.update(category=fcat, found_at_min=fat)
    true_items.append((o, f))
    anchors_true.append((rec, pk, lf, lt))

# 60 never found (about a third rushed)
nf_reports = []
for i in range(60):
    kid = ch(POOL)
    rec = new_record(kid)
    pk = pick_place(kid)
    lf, lt = make_window(pk)
    o = owner_text(rec, pk, lf, lt, rushed=chance(0.33))
    o.update(category=rec["cat"], lost_from_min=lf, lost_to_min=lt)
    nf_reports.append(o)
    anchors_nf.append((rec, pk, lf, lt))


def twin_of(rec):
    for _ in range(50):
        t = new_record(rec["kid"], brand=rec["brand"][0] if rec["brand"] else None, model=rec["model"], color=rec["color"])
        if t["v"]["name"] == rec["v"]["name"] or t["v"]["amt"] // 100 == rec["v"]["amt"] // 100:
            continue
        kv = K[rec["kid"]]["vis"]
        if rec["kid"] == "cash" or any(i not in rec["vis"] or "{" in kv[i][1] for i in t["vis"]):
            return t
    return None  # nothing visible would tell them apart: no twin for this one


def decoy_of(rec):
    cands = [k for k in KIDS if K[k]["cat"] == rec["cat"]]
    for _ in range(80):
        kid = ch(cands)
        k = K[kid]
        if rec["color"] not in k["colors"]:
            continue
        t = new_record(kid, color=rec["color"])
        tb = t["brand"][0] if t["brand"] else None
        rb = rec["brand"][0] if rec["brand"] else None
        if kid != rec["kid"] or (tb != rb and tb is not None):
            return t
    t = new_record(rec["kid"], color=rec["color"])
    t["kid"] = rec["kid"]
    return t


def near_found(rec, pk, lf, lt, label, avoid_rec=None):
    fat = max(0, lf - R.randint(-60, 600)) if label != "before_loss" else lf + R.randint(120, 8000)
    fat = min(fat, 172800)
    if label in ("twin", "decoy"):
        fat = max(0, min(lf + R.randint(-90, 60), lf + 30) - R.randint(0, 300))
    same = avoid_rec and avoid_rec["kid"] == rec["kid"] and rec["kid"] != "cash"
    f = finder_text(rec, pk, fat, avoid=avoid_rec["vis"] if same else None, force_brand=(label == "decoy"))
    f.update(category=rec["cat"], found_at_min=fat, negative=label)
    return f


# negatives: 48 twins, 46 decoys, 20 before_loss, 16 brand_elsewhere, 20 unclaimed
plan = [("twin", 34, "nf"), ("twin", 14, "t"), ("decoy", 32, "nf"), ("decoy", 14, "t"), ("before_loss", 12, "nf"),
        ("before_loss", 8, "t")]
for label, n, side in plan:
    anchors = anchors_nf if side == "nf" else anchors_true
    order = list(range(len(anchors)))
    R.shuffle(order)
    made = 0
    j = 0
    while made < n:
        rec, pk, lf, lt = anchors[order[j % len(anchors)]]
        j += 1
        if label == "twin":
            t = twin_of(rec)
            if t is None:
                continue
            pk2 = pk if chance(0.7) else pick_place(rec["kid"])
            negs.append(near_found(t, pk2, lf, lt, "twin", rec))
        elif label == "decoy":
            t = decoy_of(rec)
            negs.append(near_found(t, pk, lf, lt, "decoy", rec))
        else:
            t = twin_of(rec) if chance(0.5) else None
            if t is None:
                t = new_record(rec["kid"], brand=rec["brand"][0] if rec["brand"] else None, model=rec["model"], color=rec["color"])
            if t["v"]["name"] == rec["v"]["name"]:
                t["v"]["name"] = pname()
            negs.append(near_found(t, pk, lf, lt, "before_loss", rec))
        made += 1

branded = [a for a in anchors_nf + anchors_true if a[0]["brand"]]
for j in range(16):
    rec, pk, lf, lt = branded[R.randrange(len(branded))]
    t = new_record(rec["kid"], brand=rec["brand"][0])
    if t["v"]["name"] == rec["v"]["name"]:
        t["v"]["name"] = pname()
    farp = [p for p in ALLP if p[:4] != pk[:4] and PK[p]["addr"][:3] != PK[pk]["addr"][:3]] or ALLP
    pk2 = ch(farp)
    fat = lf + ch([-1, 1]) * R.randint(8000, 40000)
    fat = max(60, min(fat, 170000))
    f = finder_text(t, pk2, fat)
    f.update(category=t["cat"], found_at_min=fat, negative="brand_elsewhere")
    negs.append(f)

for j in range(20):
    kid = ch(POOL)
    t = new_record(kid)
    pk = pick_place(kid)
    fat = R.randint(200, 100000)
    f = finder_text(t, pk, fat)
    f.update(category=t["cat"], found_at_min=fat, negative="unclaimed")
    negs.append(f)

# ---------------------------------------------------------------- keys and output
reports = [(o, f) for o, f in true_items] + [(o, None) for o in nf_reports]
R.shuffle(reports)
found_all = [f for _, f in true_items] + negs
R.shuffle(found_all)
FIELDS_F = ["key", "category", "body", "found_at_min", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
            "negative"]
FIELDS_L = ["key", "category", "body", "lost_from_min", "lost_to_min", "color", "brand", "model", "serial", "marks", "address",
            "lat", "lon", "truth"]


def clean(d, fields):
    out = {}
    for k in fields:
        if k in d and d[k] is not None and d[k] != "":
            v = d[k]
            if isinstance(v, str) and k in ("color", "brand", "model", "serial", "address"):
                v = v[:60]
            out[k] = v
    return out


fkey = {}
F = []
for i, f in enumerate(found_all):
    f["key"] = "%s-F%04d" % (P, i + 1)
    fkey[id(f)] = f["key"]
    F.append(clean(f, FIELDS_F))
L = []
for i, (o, f) in enumerate(reports):
    o["key"] = "%s-L%04d" % (P, i + 1)
    d = clean(o, FIELDS_L)
    d["truth"] = fkey[id(f)] if f is not None else None
    L.append(d)

doc = {"seed": SEED, "made_by": "tests/lostfound/make_set24.py", "parts": {"set24": {"found": F, "lost": L}}}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "set24.json"), "w", encoding="utf-8") as fh:
    json.dump(doc, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("set24.json: %d found (%d negatives), %d lost (%d with truth)" % (
    len(F), sum(1 for x in F if "negative" in x), len(L), sum(1 for x in L if x["truth"])))
