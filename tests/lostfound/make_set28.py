#!/usr/bin/env python3
"""Blind labelled set 28 for the lost-and-found matcher: 青禾县, 高考 days in early June.
Standard library only; one seeded Random; deterministic regardless of PYTHONHASHSEED."""
import json, os, random, datetime

SEED = 20261228
R = random.Random(SEED)
NOW = datetime.datetime(2026, 6, 21, 20, 0)   # only for writing dates in words
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set28.json")
MAXM = 172800

def ch(x): return R.choice(x)
def maybe(p): return R.random() < p

# ---------- numbers ----------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(year):
    reg = ch(["430426", "430481", "431023", "430522", "430421", "431121"])
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
    body = reg + d.strftime("%Y%m%d") + "%03d" % R.randrange(1, 999)
    s = sum(int(c) * w for c, w in zip(body, W))
    return body + "10X98765432"[s % 11]
def luhn_digit(body):
    t = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        t += v
    return str((10 - t % 10) % 10)
def imei():
    b = "86" + "".join(str(R.randrange(10)) for _ in range(12))
    return b + luhn_digit(b)
def digits(n): return "".join(str(R.randrange(10)) for _ in range(n))
SUR = list("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIV = ["子涵", "雨桐", "梓轩", "浩然", "欣怡", "宇航", "思琪", "俊杰", "佳怡", "一诺", "嘉豪", "诗雨", "明轩", "可馨", "志远", "雅琴", "文博", "若曦", "天宇", "晓彤", "锦程", "静怡", "泽宇", "梦瑶", "家乐", "婉清", "博文", "紫萱", "晨阳", "芷若", "宏伟", "秀兰", "建国", "桂英", "春生", "淑芬", "德胜", "玉梅"]
def name(): return ch(SUR) + ch(GIV)
def mask_id(n): return ch([n[:4] + "*" * 10 + n[-4:], n[:6] + "********" + n[-4:], n[:3] + "***********" + n[-4:]])
def own_id(n):
    return ch([n, n.lower(), "尾号" + n[-4:].lower(), n[:6] + " " + n[6:14] + " " + n[14:], "后四位" + n[-4:]])

# ---------- places (invented, 青禾县) ----------
P = [
 dict(id="yz", tag="school", lat=27.6412, lon=112.9034, own=["一中门口", "一中考点那边", "学府路一中", "一中校门口存包那里", "一中附近"],
      fnd=["青禾县第一中学考点东门存包处", "一中考点南门警戒线外", "县一中校门口执勤点", "一中考点门口隔离带旁"], addr=["学府路18号", "学府路18号(一中东门)", "学府路与文昌街交叉口"]),
 dict(id="ez", tag="school", lat=27.6338, lon=112.9171, own=["二中门口", "二中考点", "东风路二中那里", "二中对面"],
      fnd=["青禾县第二中学考点正门", "二中考点存包处", "二中校门口爱心送考点", "二中西侧公交站台"], addr=["东风路66号", "东风路66号(二中)", "东风路与新华路口"]),
 dict(id="xf", tag="hotel", lat=27.6420, lon=112.9051, own=["学府宾馆", "一中对面那个宾馆", "住的宾馆房间里", "学府路的宾馆"],
      fnd=["学府宾馆前台", "学府宾馆三楼走廊", "学府宾馆大堂沙发", "学府宾馆308房(退房后)"], addr=["学府路25号", "学府路25号学府宾馆"]),
 dict(id="jc", tag="hotel", lat=27.6331, lon=112.9189, own=["锦程酒店", "二中旁边的酒店", "陪考住的酒店", "东风路那个酒店"],
      fnd=["锦程酒店前台", "锦程酒店早餐厅", "锦程酒店停车场", "锦程酒店电梯内"], addr=["东风路81号", "东风路81号锦程酒店"]),
 dict(id="zf", tag="rent", lat=27.6405, lon=112.9012, own=["租的陪读房楼下", "文昌街出租屋那边", "陪读租的房子附近", "文昌街巷子里"],
      fnd=["文昌街12巷楼道口", "文昌街巷口快递柜旁", "文昌街出租屋门口台阶"], addr=["文昌街12巷3号", "文昌街12巷"]),
 dict(id="cz", tag="station", lat=27.6279, lon=112.9102, own=["汽车站", "车站候车室", "坐班车的时候", "县客运站", "班车上"],
      fnd=["青禾县汽车站候车大厅", "汽车站3号检票口", "青禾—石桥班车车厢内", "汽车站售票窗口", "青禾—枫林班车后排座位"], addr=["站前路1号", "站前路1号汽车站"]),
 dict(id="gc", tag="square", lat=27.6361, lon=112.9248, own=["河边广场", "滨江广场跳舞那里", "沿河广场", "广场上"],
      fnd=["滨江广场音乐喷泉旁", "滨江广场东侧石凳", "河堤步道", "滨江广场舞台边"], addr=["滨江路中段", "滨江路滨江广场"]),
 dict(id="sc", tag="market", lat=27.6302, lon=112.9065, own=["菜市场", "人民路菜场", "买菜的时候", "新街菜市场"],
      fnd=["青禾县农贸市场肉类区", "农贸市场南门", "菜市场东门水果摊旁", "农贸市场管理处"], addr=["人民路102号", "人民路农贸市场"]),
 dict(id="sq", tag="road", lat=27.5874, lon=112.8791, own=["去石桥镇的路上", "石桥那条路", "乡道上", "回石桥的路上"],
      fnd=["X036县道石桥镇路段", "石桥镇加油站旁", "石桥镇三岔路口"], addr=["X036县道石桥段", "石桥镇"]),
 dict(id="fl", tag="road", lat=27.6817, lon=112.9533, own=["枫林乡路口", "回枫林的路上", "枫林那边"],
      fnd=["枫林乡集镇路口", "枫林乡卫生院对面", "枫林乡三轮车停靠点"], addr=["枫林乡集镇", "枫林乡"]),
 dict(id="jj", tag="street", lat=27.6355, lon=112.9099, own=["人民路那个红绿灯", "十字路口", "人民路东风路口"],
      fnd=["人民路东风路口交警岗亭", "人民路与东风路交叉口", "人民路公交站"], addr=["人民路与东风路交叉口", "人民路"]),
]
PBY = {p["id"]: p for p in P}
NEAR = {"yz": ["xf", "zf"], "ez": ["jc", "jj"], "xf": ["yz"], "jc": ["ez"], "zf": ["yz"], "cz": ["jj"], "gc": ["jj"], "sc": ["jj"], "sq": ["fl"], "fl": ["sq"], "jj": ["sc", "ez"]}

# ---------- colours ----------
COL = {
 "black": ["黑色", "黑的", "纯黑", "曜石黑", "亮黑色", "深黑"], "white": ["白色", "米白", "白的", "珍珠白", "象牙白"],
 "blue": ["蓝色", "深蓝", "藏青色", "天蓝色", "宝石蓝", "蓝的"], "red": ["红色", "大红", "酒红", "枣红色", "红的"],
 "pink": ["粉色", "粉红", "樱花粉", "浅粉"], "green": ["绿色", "墨绿", "浅绿", "翠绿"], "grey": ["灰色", "深空灰", "银灰", "铁灰"],
 "silver": ["银色", "亮银", "银白色"], "gold": ["金色", "香槟金", "黄金色"], "clear": ["透明", "无色透明", "透明磨砂", "全透明"],
 "brown": ["棕色", "咖啡色", "褐色", "深棕"], "purple": ["紫色", "浅紫", "梦幻紫"], "yellow": ["黄色", "明黄", "柠檬黄"],
}
def col(fam): return (fam, list(COL[fam]), list(COL[fam]))

# ---------- object records ----------
def B(o, f=None): return (o[0], o, f if f is not None else o[:2])
BR = {
 "华为": B(["华为", "HUAWEI", "huawei", "花为"], ["华为", "HUAWEI"]), "荣耀": B(["荣耀", "华为荣耀", "honor"], ["荣耀", "HONOR"]),
 "OPPO": B(["OPPO", "oppo", "欧珀"], ["OPPO"]), "vivo": B(["vivo", "VIVO", "维沃"], ["vivo"]),
 "小米": B(["红米", "小米", "Redmi", "redmi"], ["Redmi", "红米"]), "苹果": B(["苹果", "iPhone", "苹果手机", "爱疯"], ["苹果", "Apple"]),
 "七匹狼": B(["七匹狼", "七批狼", "SEPTWOLVES"], ["七匹狼", "SEPTWOLVES"]), "金利来": B(["金利来", "goldlion", "金力来"], ["金利来", "Goldlion"]),
 "啄木鸟": B(["啄木鸟", "TUCANO", "啄木鸟牌"], ["啄木鸟"]),
 "雅迪": B(["雅迪", "yadea", "雅迪的"], ["雅迪", "Yadea"]), "爱玛": B(["爱玛", "AIMA", "艾玛"], ["爱玛", "AIMA"]),
 "台铃": B(["台铃", "TAILG", "台玲"], ["台铃"]), "新日": B(["新日", "SUNRA", "新曰"], ["新日"]),
 "永久": B(["永久", "永久牌", "FOREVER"], ["永久"]), "凤凰": B(["凤凰", "凤凰牌", "PHOENIX"], ["凤凰"]),
 "捷安特": B(["捷安特", "GIANT", "giant", "捷安特的"], ["捷安特", "GIANT"]), "喜德盛": B(["喜德盛", "XDS", "喜得盛"], ["喜德盛", "XDS"]),
 "安踏": B(["安踏", "ANTA", "anta"], ["安踏", "ANTA"]), "李宁": B(["李宁", "LI-NING", "lining"], ["李宁"]),
 "361度": B(["361度", "361", "三六一"], ["361°", "361度"]), "耐克": B(["耐克", "NIKE", "nike"], ["NIKE", "耐克"]),
 "爱华仕": B(["爱华仕", "OIWAS", "爱华士"], ["爱华仕"]),
 "周大福": B(["周大福", "周大福的", "CTF"], ["周大福"]), "老凤祥": B(["老凤祥", "老凤翔"], ["老凤祥"]), "周生生": B(["周生生"], ["周生生"]),
 "卡西欧": B(["卡西欧", "CASIO", "casio", "卡西鸥"], ["CASIO", "卡西欧"]), "天王": B(["天王", "天王表", "TIANWANG"], ["天王"]),
 "得力": B(["得力", "deli", "得力牌"], ["得力", "deli"]), "晨光": B(["晨光", "M&G", "晨光文具"], ["晨光", "M&G"]),
 "小天才": B(["小天才", "小天才电话手表", "imoo"], ["小天才", "imoo"]), "罗马仕": B(["罗马仕", "ROMOSS", "罗马士"], ["罗马仕", "ROMOSS"]),
 "天堂": B(["天堂伞", "天堂", "天堂牌"], ["天堂", "天堂牌"]), "蕉下": B(["蕉下", "BENEUNDER", "焦下"], ["蕉下"]),
 "富光": B(["富光", "FGA", "富光的"], ["富光"]), "膳魔师": B(["膳魔师", "THERMOS", "善魔师"], ["THERMOS", "膳魔师"]),
 "比亚迪": B(["比亚迪", "BYD", "byd"], ["比亚迪", "BYD"]), "五菱": B(["五菱", "五菱宏光", "wuling"], ["五菱"]),
}
BR = {k: (k, v[1], v[2]) for k, v in BR.items()}
def V(g, v, o, f): return (g, v, o, f)

def pick(fix, k, opts):
    if fix and k in fix: return fix[k]
    return ch(opts)

def pickf(fix, opts):
    if fix and fix.get("fam") in opts: return fix["fam"]
    return ch(opts)

def rec(cat, kind, brand, model, color, vis, hid, serial, fcat=None):
    return dict(cat=cat, fcat=fcat or cat, kind=kind, brand=brand, model=model, color=color, vis=vis, hid=hid, serial=serial)

def person_role():
    return ch(["kid", "kid", "self", "grand"])

def g_id_doc(fix):
    k = pick(fix, "kind", ["sfz", "sfz", "zkz", "zkzsfz", "xsz", "jsz"])
    nm = name(); vis = []; hid = []; ser = None
    if k in ("sfz", "zkzsfz", "jsz"):
        n = id_number(ch([2007, 2008]) if k != "jsz" else R.randrange(1972, 1990))
        ser = dict(val=n, o=own_id(n), f=ch([mask_id(n), mask_id(n), n]))
    if k == "sfz":
        kind = ("sfz", ["身份证", "二代身份证", "身份证件"], ["居民身份证", "二代身份证", "身份证"])
        vis.append(V("name", nm, [f"名字是{nm}", f"上面名字{nm}", f"姓名{nm}"], [f"姓名{nm}", f"持证人{nm}"]))
        if maybe(0.4): vis.append(V("cover", "套", ["套了个透明卡套", "装在透明卡套里"], ["外有透明卡套"]))
        hid.append(ch(["是孩子高考要用的", "明天还要考试要用", "刚办的临时身份证过期了才补的这张"]))
    elif k == "zkz":
        kh = digits(10); kc = R.randrange(1, 40); site = ch(["一中", "二中"])
        kind = ("zkz", ["准考证", "高考准考证", "准考正"], ["高考准考证", "准考证"])
        vis += [V("name", nm, [f"考生{nm}", f"名字{nm}", f"我孩子{nm}的"], [f"考生姓名{nm}", f"姓名：{nm}"]),
                V("kh", kh, [f"考号{kh}", f"考号尾数{kh[-4:]}"], [f"考号{kh}", f"准考证号{kh}"]),
                V("kc", kc, [f"在{site}第{kc}考场", f"{kc}考场"], [f"青禾县{'第一' if site=='一中' else '第二'}中学考点第{kc:02d}考场", f"考场号{kc:02d}"])]
        ser = None
    elif k == "zkzsfz":
        kh = digits(10)
        kind = ("zkzsfz", ["准考证和身份证", "身份证跟准考证", "准考证加身份证"], ["准考证及身份证", "身份证与高考准考证", "准考证和身份证"])
        vis += [V("name", nm, [f"都是{nm}的", f"名字叫{nm}"], [f"姓名均为{nm}", f"考生{nm}"]),
                V("kh", kh, [f"考号{kh}", f"考号后几位{kh[-4:]}"], [f"考号{kh}"])]
        if maybe(0.5): vis.append(V("bag", "clip", ["夹在一个透明文件袋里", "用透明袋子装着"], ["装于透明文件袋内", "透明拉链袋装"]))
    elif k == "xsz":
        cls = f"高三{R.randrange(1,20)}班"
        kind = ("xsz", ["学生证", "校卡", "一卡通"], ["学生证", "校园一卡通", "学生卡"])
        vis += [V("name", nm, [f"名字{nm}", f"{nm}的"], [f"姓名{nm}"]), V("cls", cls, [cls], [f"{ch(['青禾一中', '青禾二中'])}{cls}"])]
    else:
        kind = ("jsz", ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"])
        vis.append(V("name", nm, [f"名字{nm}", f"我的，{nm}"], [f"姓名{nm}"]))
        ser["f"] = "证号" + ser["f"]
        vis.append(V("cover", "皮套", ["黑色皮套", "带个皮套子"], ["外有黑色证件皮套"]))
    return rec("id_doc", kind, None, None, None, vis, hid, ser)

PHONES = [("华为", ["nova 11", "nova11"], ["black", "green", "white"]), ("华为", ["Mate 60", "mate60", "M60"], ["black", "white", "green"]),
          ("荣耀", ["X50", "x50"], ["black", "green", "silver"]), ("OPPO", ["Reno10", "reno 10"], ["silver", "blue", "black"]),
          ("vivo", ["Y36", "y36"], ["black", "purple", "gold"]), ("小米", ["Note 12", "note12", "Note12 Pro"], ["black", "blue", "white"]),
          ("苹果", ["iPhone 13", "13", "苹果13"], ["pink", "black", "white", "blue"]), ("苹果", ["iPhone 11", "11"], ["purple", "black", "red"])]
def g_phone(fix):
    mi = pick(fix, "model", list(range(len(PHONES))))
    b, ms, fams = PHONES[mi]; fam = pickf(fix, fams)
    vis = []
    case = ch([("透明壳", ["透明手机壳", "套的透明壳"], ["透明软壳", "透明保护壳"]), ("卡通壳", ["壳子上有个小熊", "卡通小熊的壳"], ["卡通小熊图案手机壳"]),
               ("支架壳", ["带支架的黑壳", "壳子后面有个支架"], ["手机壳带指环支架"]), ("皮套", ["翻盖皮套", "皮套子"], ["翻盖式皮套"]),
               ("无壳", ["没套壳", "裸机没壳"], ["无保护壳"])])
    vis.append(V("case", case[0], case[1], case[2]))
    if maybe(0.5):
        c = ch([("屏裂", ["屏幕左上角裂了", "屏碎了一个角"], ["屏幕左上角有裂痕", "屏幕有碎裂"]), ("壁纸", ["锁屏是全家福", "锁屏是我们一家人照片"], ["锁屏壁纸为家庭合影"]),
                ("壁纸猫", ["锁屏是只橘猫", "屏保是猫"], ["锁屏为橘猫照片"]), ("挂绳", ["挂了根红绳子", "挂着挂绳"], ["挂有红色挂绳"]),
                ("贴", ["背面贴了张'必胜'贴纸", "后面贴了个必胜贴"], ["背面贴有'必胜'字样贴纸"])])
        vis.append(V(c[0], c[0], c[1], c[2]))
    hid = []
    if maybe(0.5): hid.append(ch(["开机密码是孩子生日", "里面有孩子的复习资料照片", "卡是移动的", "号码尾号" + digits(4)]))
    im = imei()
    ser = dict(val=im, o=ch([im, f"{im[:4]} {im[4:8]} {im[8:12]} {im[12:]}", "IMEI尾号" + im[-4:], "串号" + im, "IMEI:" + im[:8] + "…" + im[-3:]]), f=None)
    return rec("phone", ("phone", ["手机", "手机", "电话"], ["手机", "智能手机", "移动电话"]), BR[b], (ms, ms[:1]), col(fam), vis, hid, ser)

def g_wallet(fix):
    kid = pick(fix, "kind", ["long", "short", "card", "coin"])
    kind = {"long": ("long", ["长钱包", "长款钱包", "钱夹子"], ["长款钱包", "长款皮夹"]), "short": ("short", ["钱包", "短钱包", "皮夹子"], ["短款钱包", "折叠钱包"]),
            "card": ("card", ["卡包", "卡套"], ["卡包", "小卡包"]), "coin": ("coin", ["零钱包", "小钱包", "布钱包"], ["零钱包", "布艺零钱包"])}[kid]
    b = pick(fix, "brand", ["七匹狼", "金利来", "啄木鸟", None, None])
    fam = pickf(fix, ["black", "brown", "red", "pink"])
    vis = []; nm = name(); amt = R.choice([56, 120, 230, 317, 480, 600, 85, 1050])
    vis.append(V("cash", amt, [f"里面有{amt}块左右现金" if amt < 100 else f"现金{amt//100*100}多块", f"有{amt}元钱"], [f"内有现金{amt}元", f"现金人民币{amt}元"]))
    if maybe(0.6):
        n = id_number(R.randrange(1960, 1990))
        vis.append(V("id", nm, [f"有身份证，名字{nm}", f"身份证是{nm}的"], [f"身份证一张(姓名{nm}，{mask_id(n)})", f"{nm}的身份证"]))
    if maybe(0.6):
        t = digits(4); bk = ch(["农业银行", "农行", "邮政储蓄", "建设银行", "农商银行"])
        vis.append(V("card", t, [f"{bk}卡尾号{t}", f"一张{bk}的卡"], [f"{bk}卡一张(尾号{t})", f"银行卡1张，卡号****{t}"]))
    if maybe(0.3): vis.append(V("photo", "孩子照片", ["夹了张孩子小时候的照片", "有孩子照片"], ["夹有儿童照片一张"]))
    return rec("wallet", kind, BR[b] if b else None, None, col(fam), vis, [], None)

def g_keys(fix):
    kid = pick(fix, "kind", ["home", "ebkey", "car"])
    vis = []; b = None; fam = None; hid = []
    if kid == "home":
        n = R.randrange(2, 7)
        kind = ("home", ["钥匙", "一串钥匙", "家里钥匙"], ["钥匙串", "钥匙", "挂件钥匙"])
        vis.append(V("n", n, [f"{n}把钥匙", f"大概{n}把"], [f"共{n}把钥匙", f"{n}把钥匙"]))
        pd = ch([("平安扣", ["挂了个平安扣", "串着玉平安扣"], ["挂玉质平安扣"], "green"), ("小熊", ["挂个小熊公仔", "有个熊挂件"], ["挂毛绒小熊挂件"], "brown"),
                 ("门禁", ["带个蓝色门禁卡", "有张门禁扣"], ["附蓝色门禁扣"], "blue"), ("红绳", ["红绳子穿着", "系着红绳"], ["系红色编织绳"], "red")])
        vis.append(V("pend", pd[0], pd[1], pd[2])); fam = pickf(fix, [pd[3]])
    elif kid == "ebkey":
        b = pick(fix, "brand", ["雅迪", "爱玛", "台铃", "新日"])
        kind = ("ebkey", ["电动车钥匙", "电瓶车钥匙", "电驴钥匙"], ["电动车钥匙", "电动自行车钥匙"])
        fam = pickf(fix, ["black", "red", "blue"])
        vis.append(V("rc", "遥控", ["带遥控的", "有个遥控器"], ["附防盗遥控器"]))
        if maybe(0.6): vis.append(V("tag", "名牌", ["挂了个写着'出入平安'的牌", "有个出入平安的牌子"], ["挂'出入平安'金属牌"]))
    else:
        b = pick(fix, "brand", ["比亚迪", "五菱"])
        kind = ("car", ["车钥匙", "汽车钥匙", "遥控钥匙"], ["汽车遥控钥匙", "车钥匙"])
        fam = pickf(fix, ["black", "silver"])
        vis.append(V("cov", "套", ["有个皮钥匙套", "套了皮套"], ["外有皮质钥匙套"]))
    return rec("keys", kind, BR[b] if b else None, None, col(fam) if fam else None, vis, hid, None)

def plate(): return ch(["禾A", "禾B", "青禾"]) + digits(5)
def g_ebike(fix):
    b = pick(fix, "brand", ["雅迪", "爱玛", "台铃", "新日"])
    fam = pickf(fix, ["white", "black", "blue", "red", "grey"])
    pl = plate(); vis = [V("plate", pl, [f"车牌{pl}", f"牌照{pl}", f"牌子是{pl[:-3]}{pl[-3:]}"], [f"车牌号{pl}", f"号牌{pl}"])]
    e = ch([("筐", ["前面有个车筐", "有菜篮子"], ["前有车筐"]), ("座椅", ["后面装了儿童座椅", "后座有小孩座位"], ["后座加装儿童座椅"]),
            ("雨篷", ["装了挡雨的篷子", "有雨棚"], ["加装遮阳雨篷"]), ("护膝", ["挂了挡风被", "有挡风护膝"], ["把手挂挡风护膝"])])
    vis.append(V(e[0], e[0], e[1], e[2]))
    fr = {"雅迪": "YD", "爱玛": "AM", "台铃": "TL", "新日": "XR"}[b] + digits(2) + ch("ABCDEK") + digits(6)
    ser = dict(val=fr, o=ch([f"车架号{fr}", f"车架号后六位{fr[-6:]}", f"车架号{fr.lower()}"]), f=ch([None, None, f"车架号{fr}"]))
    hid = [ch(["电池是48V的", "电池上个月刚换", "锁在学府路边上的", "车是去年买的"])] if maybe(0.5) else []
    return rec("ebike", ("eb", ["电动车", "电瓶车", "电驴子", "电动自行车"], ["电动自行车", "电动车", "二轮电动车"]), BR[b], None, col(fam), vis, hid, ser)

def g_bicycle(fix):
    b = pick(fix, "brand", ["永久", "凤凰", "捷安特", "喜德盛"])
    kid = pick(fix, "kind", ["mtb", "city"])
    kind = ("mtb", ["山地车", "山地自行车", "变速车"], ["山地自行车", "山地车"]) if kid == "mtb" else ("city", ["自行车", "单车", "脚踏车"], ["自行车", "城市自行车"])
    fam = pickf(fix, ["black", "blue", "white", "red"])
    vis = []; n = digits(3)
    vis.append(V("sticker", n, [f"车上贴了学校停车证{n}号", f"有一中的停车贴，编号{n}"], [f"车尾贴有停车证编号{n}", f"贴停车证No.{n}"]))
    if maybe(0.5): vis.append(V("lock", "U锁", ["挂着U型锁", "车上有把U形锁"], ["车把挂U型锁"]))
    return rec("bicycle", kind, BR[b], None, col(fam), vis, [], None)

def g_bag(fix):
    kid = pick(fix, "kind", ["pack", "pack", "canvas", "cross", "case"])
    nm = name(); vis = []; hid = []
    if kid == "pack":
        b = pick(fix, "brand", ["安踏", "李宁", "361度", "耐克", None]); fam = pickf(fix, ["black", "blue", "grey"])
        kind = ("pack", ["书包", "双肩包", "背包"], ["双肩背包", "书包", "双肩包"])
        sub = ch(["数学", "物理", "英语", "文综", "理综"])
        vis.append(V("book", nm, [f"里面是{sub}复习资料，封面写了{nm}", f"书上都写了名字{nm}"], [f"内有{sub}复习资料，封面署名{nm}", f"资料署名'{nm}'"]))
        if maybe(0.5): vis.append(V("cup", "水杯", ["还有个水杯", "侧袋插着保温杯"], ["侧袋有保温杯一个"]))
    elif kid == "canvas":
        b = None; fam = pickf(fix, ["white", "yellow", "green"])
        kind = ("canvas", ["帆布袋", "布袋子", "环保袋"], ["帆布手提袋", "布袋"])
        c = ch([("菜", ["装了刚买的菜和两斤肉", "里面有菜"], ["内有蔬菜及猪肉若干"]), ("衣", ["装了孩子换洗衣服", "有几件衣服"], ["内装衣物数件"]),
                ("饭", ["装着给孩子送的饭盒", "有个饭盒"], ["内有不锈钢饭盒"])])
        vis.append(V("cont", c[0], c[1], c[2]))
        vis.append(V("print", "印字", ["上面印了'金榜题名'", "印着金榜题名四个字"], ["袋身印'金榜题名'"]))
    elif kid == "cross":
        b = pick(fix, "brand", [None, "金利来", "七匹狼"]); fam = pickf(fix, ["black", "brown", "red"])
        kind = ("cross", ["挎包", "斜挎包", "小包"], ["斜挎包", "单肩包"])
        vis.append(V("cont", nm, [f"里面有老花镜和{nm}的医保卡", "有老花镜和药"], [f"内有老花镜一副、医保卡一张(姓名{nm})", "内有老花镜及药品"]))
    else:
        b = pick(fix, "brand", ["爱华仕", None]); fam = pickf(fix, ["black", "silver", "pink"])
        kind = ("case", ["行李箱", "拉杆箱", "箱子"], ["拉杆行李箱", "行李箱"])
        vis.append(V("tag", nm, [f"拉杆上挂了名牌写{nm}", f"有行李牌{nm}"], [f"挂行李牌，写有'{nm}'"]))
        hid.append(ch(["24寸的", "密码锁密码000", "里面是孩子的被子和书"]))
    return rec("bag", kind, BR[b] if b else None, None, col(fam), vis, hid, None)

def g_cash(fix):
    kid = pick(fix, "kind", ["hb", "hb", "roll", "env"])
    vis = []
    if kid == "hb":
        txt = pick(fix, "txt", ["金榜题名", "旗开得胜", "状元及第", "一举高中"])
        amt = ch([200, 600, 666, 800, 888, 1000, 1666, 1888, 2000])
        kind = ("hb", ["红包", "利是", "红包封"], ["红包", "红包封"])
        vis += [V("txt", txt, [f"上面印着'{txt}'", f"写了{txt}的"], [f"红包印'{txt}'字样", f"封面'{txt}'"]),
                V("amt", amt, [f"里面{amt}块", f"包了{amt}"], [f"内有人民币{amt}元", f"内装现金{amt}元"])]
        fam = "red"
    elif kid == "roll":
        amt = ch([500, 1200, 1500, 2300, 3000, 800]); fam = pickf(fix, ["red"])
        kind = ("roll", ["现金", "一沓钱", "钱"], ["现金", "人民币现金"])
        vis += [V("amt", amt, [f"{amt}块钱", f"大概{amt}元"], [f"共{amt}元", f"现金{amt}元"]),
                V("band", "皮筋", ["用橡皮筋扎着", "皮筋捆的"], ["以橡皮筋捆扎", "用皮筋扎好"])]
    else:
        amt = ch([1000, 2000, 2600, 3500]); fam = pickf(fix, ["brown", "white"])
        kind = ("env", ["信封装的钱", "信封", "牛皮纸信封"], ["信封(内有现金)", "牛皮纸信封"])
        vis += [V("amt", amt, [f"里面{amt}块", f"{amt}元房租钱"], [f"内有现金{amt}元"]),
                V("w", "字", ["信封上写了'房租'两个字", "写着房租"], ["信封手写'房租'"])]
    return rec("cash", kind, None, None, col(fam), vis, [ch(["是陪考租房的钱", "给孩子考完吃饭的", "卖菜攒的"])] if maybe(0.5) else [], None)

def g_jewelry(fix):
    kid = pick(fix, "kind", ["pak", "jade", "gbr", "gneck", "sbang", "ring"])
    vis = []; hid = []; b = None
    if kid in ("pak", "jade"):
        fam = pickf(fix, ["green", "white"])
        kind = ("pak", ["平安扣", "玉平安扣", "平安扣吊坠"], ["平安扣", "玉质平安扣吊坠"]) if kid == "pak" else ("jade", ["玉坠", "玉吊坠", "玉佩"], ["玉石吊坠", "玉坠"])
        sh = ch([("红绳", ["红绳穿的", "系的红绳"], ["配红色编织绳"]), ("黑绳", ["黑绳子挂着", "黑色绳"], ["配黑色绳"])])
        vis.append(V("rope", sh[0], sh[1], sh[2]))
        if kid == "jade":
            f = ch([("观音", ["雕的观音", "是个观音像"], ["观音造型"]), ("葫芦", ["葫芦形状", "小葫芦"], ["葫芦造型"]), ("貔貅", ["是个貔貅", "貔貅的"], ["貔貅造型"])])
            vis.append(V("shape", f[0], f[1], f[2]))
        hid.append(ch(["奶奶开过光的", "去年在庙里求的", "给孩子考试保平安的", "买成八百多"]))
    else:
        b = pick(fix, "brand", ["周大福", "老凤祥", "周生生", None])
        kind = {"gbr": ("gbr", ["金手链", "黄金手链", "金链子"], ["黄色金属手链", "金色手链"]), "gneck": ("gneck", ["金项链", "黄金项链"], ["金色项链", "黄色金属项链"]),
                "sbang": ("sbang", ["银镯子", "银手镯"], ["银色手镯", "白色金属手镯"]), "ring": ("ring", ["金戒指", "戒子", "戒指"], ["金色戒指", "戒指"])}[kid]
        fam = pickf(fix, ["silver"] if kid == "sbang" else ["gold"])
        eng = ch(["平安", "LOVE", "福", "顺", "JY"])
        vis.append(V("eng", eng, [f"刻了'{eng}'字", f"上面有{eng}的字"], [f"刻有'{eng}'", f"内圈刻'{eng}'"]))
        if kid in ("gbr", "gneck"): vis.append(V("pend", "转运珠", ["带颗转运珠", "中间有个转运珠"], ["带转运珠"]))
        hid.append(ch([f"{R.randrange(3, 19)}克左右", "有发票和证书", "结婚时候买的"]))
    return rec("jewelry", kind, BR[b] if b else None, None, col(fam), vis, hid, None)

def g_electronics(fix):
    kid = pick(fix, "kind", ["watch", "watch", "watch", "ear", "pb", "pwatch"])
    vis = []; hid = []; ser = None; model = None; fcat = None
    if kid == "watch":
        b = pick(fix, "brand", ["卡西欧", "天王", "得力", None])
        fam = pickf(fix, ["black", "white", "silver"])
        kind = ("watch", ["手表", "指针手表", "考试用的表", "表"], ["指针式手表", "石英手表", "手表"])
        if b == "卡西欧": model = (["MQ-24", "mq24", "MQ24"], ["MQ-24"])
        strap = ch([("皮", ["皮表带", "表带是皮的"], ["皮质表带"]), ("胶", ["硅胶带子", "塑胶表带"], ["硅胶表带"]), ("钢", ["钢带", "钢表带"], ["金属表带"])])
        vis.append(V("strap", strap[0], strap[1], strap[2]))
        if maybe(0.6):
            nm = name(); vis.append(V("nm", nm, [f"表背面贴了名字贴'{nm}'", f"贴着{nm}的名字"], [f"表背贴有姓名贴'{nm}'"]))
        hid.append(ch(["考试专门买的静音表", "快了两分钟", "几十块钱的"]))
    elif kid == "pwatch":
        b = "小天才"; fam = pickf(fix, ["blue", "pink", "black"])
        kind = ("pwatch", ["电话手表", "小天才手表", "儿童手表"], ["儿童电话手表", "智能手表"])
        model = (["Z8", "z8"], ["Z8"])
        vis.append(V("face", "表盘", ["表盘是奥特曼", "屏幕是奥特曼的"], ["表盘显示奥特曼图案"]))
        im = imei(); ser = dict(val=im, o=ch([f"IMEI {im}", "IMEI后四位" + im[-4:]]), f=None)
        fcat = "phone"
    elif kid == "ear":
        b = pick(fix, "brand", ["华为", "苹果"]); fam = pickf(fix, ["white", "black"])
        kind = ("ear", ["蓝牙耳机", "耳机", "无线耳机"], ["蓝牙耳机", "无线耳机(含充电仓)"])
        model = (["FreeBuds 5i", "freebuds"], ["FreeBuds"]) if b == "华为" else (["AirPods", "airpods 2"], ["AirPods"])
        vis.append(V("cov", "套", ["充电仓套了个卡通套", "套着小猪套子"], ["充电仓有卡通保护套"]))
    else:
        b = pick(fix, "brand", ["罗马仕", "小米"]); fam = pickf(fix, ["white", "black"])
        kind = ("pb", ["充电宝", "移动电源"], ["移动电源", "充电宝"])
        vis.append(V("cap", "10000", ["10000毫安的", "一万毫安"], ["标10000mAh"]))
        if maybe(0.6): vis.append(V("st", "贴纸", ["贴了个奥利给贴纸", "贴着卡通贴纸"], ["表面贴有卡通贴纸"]))
    return rec("electronics", kind, BR[b] if b else None, model, col(fam), vis, hid, ser, fcat)

def g_other(fix):
    kid = pick(fix, "kind", ["umb", "umb", "pencil", "pencil", "glasses", "cup"])
    vis = []; hid = []; b = None; fcat = None
    if kid == "umb":
        b = pick(fix, "brand", ["天堂", "蕉下", None]); fam = pickf(fix, ["black", "black", "blue", "clear"])
        kind = ("umb", ["雨伞", "伞", "折叠伞"], ["雨伞", "折叠雨伞", "伞"])
        m = ch([("名字", None), ("绳", ["伞柄挂了个红绳", "把手系红绳"], ["伞柄系红绳"]), ("骨断", ["有根伞骨断了", "一根骨子折了"], ["一根伞骨折断"]),
                ("长柄", ["长柄的", "直杆长伞"], ["长柄直杆伞"]), ("格", ["伞面有白色格子", "带格子花纹"], ["伞面白色格纹"])])
        if m[0] == "名字":
            nm = name(); m = ("名字", [f"伞套上写了{nm}", f"写了名字{nm}"], [f"伞套写有'{nm}'"])
        vis.append(V("m", m[0] + ("" if m[0] != "名字" else m[1][0]), m[1], m[2]))
    elif kid == "pencil":
        b = pick(fix, "brand", ["得力", "晨光", None]); fam = pickf(fix, ["clear"])
        kind = ("pencil", ["透明笔袋", "文具袋", "笔袋", "考试笔袋"], ["透明笔袋", "透明文具袋", "考试专用笔袋"])
        n = ch([2, 3, 4]); pen = ch(["0.5黑色签字笔", "黑色中性笔"]); pn = ch([2, 3])
        vis.append(V("c", f"{n}-{pn}", [f"里面{n}支2B铅笔、{pn}支黑笔、橡皮、尺子", f"有{n}根2B铅笔和{pn}支{pen}"], [f"内有2B铅笔{n}支、{pen}{pn}支、橡皮1块、直尺1把", f"2B铅笔×{n}，{pen}×{pn}，橡皮、直尺"]))
        if maybe(0.6):
            nm = name(); vis.append(V("nm", nm, [f"笔袋上贴了名字{nm}", f"写了{nm}"], [f"笔袋贴姓名贴'{nm}'"]))
        else:
            x = ch(["圆规", "三角板", "卷笔刀", "涂卡尺"]); vis.append(V("x", x, [f"还有{x}", f"放了个{x}"], [f"另有{x}"]))
    elif kid == "glasses":
        fam = pickf(fix, ["black", "silver", "brown"])
        shop = ch(["宝岛眼镜", "明月眼镜", "视康眼镜店"])
        kind = ("glasses", ["眼镜", "近视眼镜", "眼镜跟盒子"], ["近视眼镜", "眼镜(带盒)", "框架眼镜"])
        vis.append(V("shop", shop, [f"眼镜盒是{shop}的", f"盒子印着{shop}"], [f"镜盒印'{shop}'", f"眼镜盒上有'{shop}'字样"]))
        f = ch([("半框", ["半框的", "下面没框"], ["半框镜架"]), ("全框", ["全框", "方框的"], ["全框镜架"]), ("圆", ["圆框", "圆形镜片"], ["圆形镜框"])])
        vis.append(V("frame", f[0], f[1], f[2]))
        hid.append(ch([f"左眼{R.randrange(3,8)}00度右眼{R.randrange(2,7)}50度", "有散光", "孩子离了眼镜看不清黑板"]))
    else:
        b = pick(fix, "brand", ["富光", "膳魔师", None]); fam = pickf(fix, ["pink", "blue", "black", "white"])
        kind = ("cup", ["保温杯", "水杯", "杯子"], ["保温杯", "不锈钢保温杯"])
        vis.append(V("st", "贴", ["杯子上贴了'加油'贴纸", "贴了加油两个字"], ["杯身贴'加油'贴纸"]))
        if maybe(0.5): vis.append(V("dent", "凹", ["底下磕瘪了一块", "杯底有个凹"], ["杯底有凹痕"]))
    return rec("other", kind, BR[b] if b else None, None, col(fam), vis, hid, None, fcat)

GEN = {"id_doc": g_id_doc, "phone": g_phone, "wallet": g_wallet, "keys": g_keys, "ebike": g_ebike, "bicycle": g_bicycle,
       "bag": g_bag, "cash": g_cash, "jewelry": g_jewelry, "electronics": g_electronics, "other": g_other}
def fixof(r, keep_brand=True, keep_kind=True):
    fx = {}
    if keep_kind: fx["kind"] = r["kind"][0]
    if r["color"]: fx["fam"] = r["color"][0]
    if keep_brand: fx["brand"] = r["brand"][0] if r["brand"] else None
    if r["cat"] == "phone":
        for i, p in enumerate(PHONES):
            if p[1] == r["model"][0]: fx["model"] = i
    if r["cat"] == "cash":
        for v in r["vis"]:
            if v[0] == "txt": fx["txt"] = v[1]
    return fx
def vkey(r): return [(v[0], str(v[1])) for v in r["vis"]] + [str(r["serial"]["val"]) if r["serial"] else ""]

# ---------- times ----------
def at(dback, hh, mm=0):
    m = dback * 1440 + (20 * 60 - hh * 60 - mm)
    return max(m, 5)
def when(m):
    return NOW - datetime.timedelta(minutes=m)
def part(h): return "凌晨" if h < 6 else "早上" if h < 9 else "上午" if h < 12 else "中午" if h < 14 else "下午" if h < 18 else "晚上"
def own_time(m):
    t = when(m)
    s = ch([f"{t.month}月{t.day}号{part(t.hour)}", f"{t.day}号{part(t.hour)}", f"{t.month}月{t.day}日{part(t.hour)}{t.hour % 12 or 12}点多"])
    if t.month == 6 and 7 <= t.day <= 9 and maybe(0.5):
        subj = {(7, 0): "考语文", (7, 1): "考数学", (8, 0): "考物理", (8, 1): "考英语", (9, 0): "考化学", (9, 1): "考生物"}[(t.day, 0 if t.hour < 13 else 1)]
        s = ch([f"{t.day}号{subj}那场", f"{t.day}号上午送考" if t.hour < 13 else f"{t.day}号下午{subj}的时候", f"高考{subj}那天"])
    return s
def fnd_time(m):
    t = when(m)
    return ch([f"{t.month}月{t.day}日{t.hour}时{t.minute}分许", f"{t.month}月{t.day}日{part(t.hour)}", f"{t.month}.{t.day} {t.hour}:{t.minute:02d}"])

def daytime(m):
    h = when(m).hour
    if h < 6 and m > (6 - h) * 60 + 60:
        m -= (6 - h) * 60 + R.randrange(0, 50)
    return m

def scen_time(p, wide=False):
    tag = p["tag"]
    if tag == "school": d = ch([12, 13, 14, 14, 13, 12, 15, 19, 26])
    elif tag in ("hotel", "rent"): d = ch([11, 12, 13, 14, 15, 16])
    elif tag == "station": d = ch([9, 10, 11, 12, 16, 20, 30])
    else: d = R.randrange(1, 60 if not wide else 110)
    h = ch([7, 8, 11, 12, 15, 17]) if tag == "school" else R.randrange(6, 22)
    return at(d, h, R.randrange(60))

# ---------- writing ----------
def objphrase(r, side, pb=0.8, pm=0.5, pc=0.85):
    i = 1 if side == "o" else 2
    s = ""
    if r["color"] and maybe(pc): s += ch(r["color"][i])
    if r["brand"] and maybe(pb) and r["brand"][i]: s += ch(r["brand"][i])
    if r["model"] and maybe(pm) and r["model"][i - 1 if side == "o" else 1]: s += ch(r["model"][0 if side == "o" else 1])
    if r["brand"] and s and not s.endswith(("的",)) and maybe(0.3) and side == "o": s += "的"
    return s + ch(r["kind"][i])

OPEN = {"kid": ["孩子高考，", "我家孩子参加高考，", "送娃考试，", "陪孩子考试，"], "self": ["", "本人", "我是考生，", "我是高三学生，"],
        "grand": ["俺孙女考试，", "我陪孙子考试嘞，", "老人家陪考，", "我是孩子外婆，"], "teacher": ["我是一中带考老师，", "送考老师，"],
        "guest": ["住店陪考的，", "外地来陪考的家长，"], "plain": ["", "本人", "我"],
        "kidx": ["帮孩子登记，", "我家女儿", "我儿子"], "grandx": ["老人家，", "我是个老人，", "俺"]}
LOSE = ["丢了", "搞丢了", "落了", "不见了", "掉了", "搞掉哒", "冇看到了"]
END = ["麻烦帮忙找找，谢谢！", "有捡到的请联系我，必有重谢", "急！！", "孩子急得哭，拜托了", "谢谢警察同志", "请帮忙留意", "", "拾到者请打我电话138****" + "{}"]

def owner_write(r, m, p, plain=False, field_p=0.35):
    if p["tag"] in ("school", "hotel", "rent", "station") and 9 <= m // 1440 <= 16:
        voice = ch(["kid", "kid", "self", "grand", "kid", "teacher", "guest"])
    else:
        voice = ch(["kidx", "self", "grandx", "plain", "plain"])
    place = ch(p["own"]); tt = own_time(m)
    obj = objphrase(r, "o", pc=1.0 if plain else 0.85)
    out = {}
    if plain:
        body = ch([f"{tt}在{place}{ch(LOSE)}{obj}", f"{obj}，{place}，{tt}", f"{place}丢{obj}一个"])
        if maybe(0.3): body += ch(["，急", "，谢谢", "！"])
        return body, out
    vs = list(r["vis"]); R.shuffle(vs)
    said = vs[:max(1, R.randrange(1, len(vs) + 1))]
    det = [ch(v[2]) for v in said]
    if r["hid"] and maybe(0.6): det.append(ch(r["hid"]))
    ser = r["serial"]
    use_fields = maybe(field_p)
    body = f"{ch(OPEN[voice])}{tt}在{place}{ch(LOSE)}{'一个' if maybe(0.3) else ''}{obj}。" + "，".join(det) + "。"
    if ser and maybe(0.7):
        if use_fields and maybe(0.6): out["serial"] = ser["o"]
        else: body += ser["o"] + "。"
    body += ch(END).format(digits(4))
    if use_fields:
        if r["color"] and maybe(0.8): out["color"] = ch(r["color"][1])
        if r["brand"] and maybe(0.8): out["brand"] = ch(r["brand"][1])
        if r["model"] and maybe(0.5): out["model"] = ch(r["model"][0])
        if maybe(0.4): out["marks"] = "；".join(ch(v[2]) for v in said)
        if maybe(0.5): out["address"] = "青禾县" + ch(p["own"])
    if maybe(0.15):
        out["lat"] = round(p["lat"] + R.uniform(-0.004, 0.004), 6); out["lon"] = round(p["lon"] + R.uniform(-0.004, 0.004), 6)
    return body[:600], {"_said": [v[0] for v in said], **out}

MW = {"id_doc": ["份", "张"], "phone": ["部", "台"], "wallet": ["个"], "keys": ["串", "套"], "ebike": ["辆"], "bicycle": ["辆"], "bag": ["个", "件"],
      "cash": ["个", "笔"], "jewelry": ["件", "条", "个"], "electronics": ["个", "件"], "other": ["个", "件"]}
FOPEN = {"school": ["考务工作人员清理存包处时在{pl}发现", "执勤辅警于{t}在{pl}拾得", "志愿者{t}在{pl}捡到", "考点保安在{pl}发现"],
         "hotel": ["保洁退房查房时在{pl}发现", "前台{t}登记：{pl}拾得", "酒店员工于{t}在{pl}捡到"],
         "rent": ["房东{t}在{pl}捡到", "邻居在{pl}拾得后交来", "快递员{t}在{pl}发现", "陪读家长在{pl}捡到"],
         "station": ["班车司机收车时在{pl}发现", "车站工作人员{t}于{pl}拾得", "乘客交到{pl}"],
         "square": ["跳广场舞的阿姨{t}在{pl}捡到", "市民在{pl}拾得后交来", "巡逻队员{t}于{pl}拾得"],
         "market": ["摊主在{pl}捡到后交管理处：", "市场管理员{t}于{pl}拾得", "环卫工在{pl}扫到"],
         "road": ["三轮车师傅在{pl}捡到送来", "村民{t}在{pl}拾得", "交警巡逻时在{pl}路边发现"],
         "street": ["执勤交警{t}在{pl}拾得", "辅警在{pl}捡到", "路人交至{pl}"]}

def finder_write(r, m, p, must=None, field_p=0.45):
    pl = ch(p["fnd"]); t = fnd_time(m)
    tpl = ch(FOPEN[p["tag"]])
    op = tpl.format(pl=pl, t=t)
    if "{t}" not in tpl and maybe(0.7): op = t + "，" + op
    obj = objphrase(r, "f", pb=0.85, pm=0.6)
    vs = list(r["vis"]); R.shuffle(vs)
    chosen = vs[:R.randrange(1, len(vs) + 1)]
    if must:
        if not any(v[0] in must for v in chosen):
            chosen.append([v for v in r["vis"] if v[0] in must][0])
    det = [ch(v[3]) for v in chosen]
    body = f"{op}{obj}一{ch(MW[r['cat']])}，" + "，".join(det) + "。"
    out = {}
    ser = r["serial"]
    if ser and ser.get("f"):
        if maybe(field_p): out["serial"] = ser["f"]
        else: body += ser["f"] + "。"
    body += ch(["已登记暂存。", "现存放派出所。", "待失主认领。", "", "请失主带有效证件认领。"])
    if maybe(field_p):
        if r["color"]: out["color"] = ch(r["color"][2])
        if r["brand"] and r["brand"][2] and maybe(0.7): out["brand"] = ch(r["brand"][2])
        if r["model"] and r["model"][1] and maybe(0.5): out["model"] = ch(r["model"][1])
        if maybe(0.5): out["marks"] = "；".join(ch(v[3]) for v in chosen)
    if maybe(0.6): out["address"] = "青禾县" + ch(p["addr"])
    if maybe(0.4):
        out["lat"] = round(p["lat"] + R.uniform(-0.0008, 0.0008), 6); out["lon"] = round(p["lon"] + R.uniform(-0.0008, 0.0008), 6)
    return body[:600], out

# ---------- build ----------
CATW = ["id_doc"] * 5 + ["phone"] * 4 + ["wallet"] * 3 + ["keys"] * 3 + ["ebike"] * 2 + ["bicycle"] + ["bag"] * 3 + ["cash"] * 3 + ["jewelry"] * 3 + ["electronics"] * 4 + ["other"] * 6
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]
def place_for(cat):
    if cat in ("id_doc", "other", "electronics"): return PBY[ch(["yz", "yz", "ez", "ez", "xf", "jc", "cz", "zf", "jj"])]
    if cat == "ebike": return PBY[ch(["yz", "ez", "sc", "jj", "zf", "gc"])]
    if cat == "cash": return PBY[ch(["yz", "ez", "sc", "gc", "cz", "xf"])]
    return ch(P)

lost = []; found = []
cross = 0
for i in range(210):
    truth = i < 150
    cat = CATW[R.randrange(len(CATW))]
    r = GEN[cat](None)
    if r["fcat"] != r["cat"]:
        if cross >= 4 or not truth: r["fcat"] = r["cat"]
        else: cross += 1
    p = place_for(cat)
    start = scen_time(p)
    width = ch([20, 45, 90, 180, 300, 600, 1440, 2880])
    lf = min(start, MAXM); lt = max(0, lf - width)
    plain = (not truth) and maybe(0.45)
    body, ext = owner_write(r, lf, p, plain=plain)
    said = ext.pop("_said", []) if ext else []
    L = dict(category=cat, body=body, lost_from_min=lf, lost_to_min=lt, **ext)
    L["_r"] = r; L["_p"] = p; L["_truth"] = truth
    lost.append(L)
    if truth:
        fp = p if maybe(0.6) else PBY[ch(NEAR[p["id"]])]
        fa = lf - R.randrange(5, max(10, width)) if maybe(0.5) else lf - width - R.randrange(10, 4320)
        fa = max(1, min(daytime(fa), lf))
        fb, fext = finder_write(r, fa, fp, must=said)
        F = dict(category=r["fcat"], body=fb, found_at_min=fa, **fext)
        L["_F"] = F
        found.append(F)

def twin_of(r):
    for _ in range(30):
        t = GEN[r["cat"]](fixof(r))
        if t["kind"][0] != r["kind"][0]: continue
        if (t["color"] and t["color"][0]) != (r["color"] and r["color"][0]): continue
        if set(map(str, vkey(t))) != set(map(str, vkey(r))) and [v for v in t["vis"] if (v[0], v[1]) not in [(w[0], w[1]) for w in r["vis"]]]:
            return t
    return t
def decoy_of(r):
    for _ in range(60):
        fx = {"fam": r["color"][0]} if r["color"] else {}
        t = GEN[r["cat"]](fx)
        if t["color"] and r["color"] and t["color"][0] != r["color"][0]: continue
        kb = (t["kind"][0], t["brand"][0] if t["brand"] else None)
        if kb[0] != r["kind"][0] or kb[1] != (r["brand"][0] if r["brand"] else None):
            if t["kind"][0] == r["kind"][0] and t["brand"] is None and r["brand"] is None: continue
            return t
    return GEN[r["cat"]]({})

def neg(label, t, m, p):
    m = daytime(m)
    fb, fext = finder_write(t, m, p)
    F = dict(category=t["cat"], body=fb, found_at_min=max(1, min(m, MAXM)), negative=label, **fext)
    found.append(F)

never = [L for L in lost if not L["_truth"]]; trues = [L for L in lost if L["_truth"]]
def near_time(L):
    return max(1, L["lost_from_min"] - R.randrange(-120, max(180, L["lost_from_min"] - L["lost_to_min"] + 720)))
cnt = {"twin": 0, "decoy": 0}
for L in never:
    labs = ch([["twin"], ["decoy"], ["twin", "decoy"], ["twin", "twin"]])
    for lab in labs:
        if cnt[lab] >= 50: continue
        t = twin_of(L["_r"]) if lab == "twin" else decoy_of(L["_r"])
        neg(lab, t, near_time(L), L["_p"] if maybe(0.7) else PBY[ch(NEAR[L["_p"]["id"]])]); cnt[lab] += 1
near_never = cnt["twin"] + cnt["decoy"]
tr = list(trues); R.shuffle(tr)
k = 0
while cnt["twin"] < 50 or cnt["decoy"] < 50:
    L = tr[k % len(tr)]; k += 1
    lab = "twin" if cnt["twin"] < 50 and (cnt["decoy"] >= 50 or maybe(0.5)) else "decoy"
    t = twin_of(L["_r"]) if lab == "twin" else decoy_of(L["_r"])
    neg(lab, t, near_time(L), L["_p"] if maybe(0.6) else PBY[ch(NEAR[L["_p"]["id"]])]); cnt[lab] += 1
for j in range(18):
    L = ch(lost)
    t = twin_of(L["_r"]) if maybe(0.6) else GEN[L["_r"]["cat"]](fixof(L["_r"], keep_brand=False))
    m = L["lost_from_min"] + R.randrange(1440, 20 * 1440)
    neg("before_loss", t, min(m, MAXM), L["_p"] if maybe(0.6) else ch(P))
branded = [L for L in lost if L["_r"]["brand"]]
for j in range(16):
    L = ch(branded); r = L["_r"]
    for _ in range(40):
        t = GEN[r["cat"]]({"brand": r["brand"][0]})
        if t["brand"] and t["brand"][0] == r["brand"][0]: break
    far = [p for p in P if p["id"] != L["_p"]["id"] and p["id"] not in NEAR[L["_p"]["id"]] and p["tag"] != L["_p"]["tag"]]
    m = L["lost_from_min"] + ch([-1, 1]) * R.randrange(7 * 1440, 40 * 1440)
    if m < 60: m = L["lost_from_min"] + R.randrange(7 * 1440, 40 * 1440)
    neg("brand_elsewhere", t, min(m, MAXM), ch(far))
for j in range(16):
    cat = CATW[R.randrange(len(CATW))]
    p = place_for(cat)
    neg("unclaimed", GEN[cat](None), scen_time(p, wide=True), p)

# keys
R.shuffle(found); R.shuffle(lost)
for i, F in enumerate(found): F["key"] = "C3-F%04d" % (i + 1)
def clean(d, first):
    o = {"key": d["key"], "category": d["category"], "body": d["body"]}
    for k in first: o[k] = d[k]
    for k in ["color", "brand", "model", "serial", "marks", "address", "lat", "lon"]:
        if k in d: o[k] = d[k]
    return o
outL = []
for i, L in enumerate(lost):
    L["key"] = "C3-L%04d" % (i + 1)
    o = clean(L, ["lost_from_min", "lost_to_min"])
    o["truth"] = L["_F"]["key"] if L["_truth"] else None
    outL.append(o)
outF = []
for F in found:
    o = clean(F, ["found_at_min"])
    if "negative" in F: o["negative"] = F["negative"]
    outF.append(o)
outF.sort(key=lambda x: x["key"]); outL.sort(key=lambda x: x["key"])
doc = {"seed": SEED, "made_by": "tests/lostfound/make_set28.py", "parts": {"set28": {"found": outF, "lost": outL}}}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", OUT, len(outF), "found,", len(outL), "lost;", near_never, "twins/decoys placed near never-found reports,", 100 - near_never, "near true ones;", cross, "cross-category pairs")
