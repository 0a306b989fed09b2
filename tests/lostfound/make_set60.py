#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Write tests/lostfound/set60.json: a blind labelled lost-and-found set.

World: the invented mountain resort town 雾凇岭镇 of the invented 长白县 over the New Year and
winter holidays (22 Dec 2025 - 16 Feb 2026).  Every record is registered at one common moment
(2026-02-18 10:00); all times are minutes before that moment.

Each object is first drawn as a hidden truth record; the owner's report and the finder's
registration are then written from it separately, each knowing only what that person would know.
Standard library only, one random.Random(SEED), no iteration over unordered sets, so the output is
the same on every run and under any PYTHONHASHSEED.
"""

import copy
import datetime
import json
import os
import re

import random

SEED = 6060
PFX = "S60"
PART = "set60"
N_TRUE, N_UNFOUND = 150, 90
NEG_PLAN = [("twin_one_fact", 22), ("same_category_colour", 24), ("found_before_loss", 22),
            ("same_make_elsewhere", 22)]
N_UNCLAIMED = 30

R = random.Random(SEED)


def ch(seq):
    seq = list(seq)
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


def shuffled(seq):
    seq = list(seq)
    R.shuffle(seq)
    return seq


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ----------------------------------------------------------------------------------------------
# time: absolute minutes from 2025-12-22 00:00; NOW is the registration moment
BASE = datetime.datetime(2025, 12, 22)
NOW = 58 * 1440 + 10 * 60
WK = "一二三四五六日"
CNUM = ["十二", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dtm(t):
    return BASE + datetime.timedelta(minutes=t)


def before(t):
    return NOW - t


def date_zh(t, style=None):
    d = dtm(t)
    if style is None:
        style = R.randrange(9)
    if style >= 7:
        if d.month == 1 and d.day == 1:
            return ch(["元旦", "元旦那天", "1月1号元旦"])
        if d.month == 12 and d.day == 31:
            return ch(["跨年那天", "12月31号跨年", "31号"])
        if d.month == 12 and d.day in (24, 25):
            return ["平安夜", "圣诞节"][d.day - 24]
        style = R.randrange(7)
    return [f"{d.month}月{d.day}日", f"{d.month}月{d.day}号", f"{d.month}.{d.day}", f"{d.day}号",
            f"{d.month}月{d.day}日（周{WK[d.weekday()]}）", f"{d.month}/{d.day}",
            f"{d.month}月{d.day}日"][style]


def period(h):
    if h < 5:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 14:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def clock_zh(t, style="c"):
    d = dtm(t)
    h, m = d.hour, d.minute
    if style == "police":
        return f"{h}时{m:02d}分许" if m % 15 else f"{h}时许"
    if style == "digit":
        return f"{h}:{m:02d}"
    if m >= 45:
        h2 = (h + 1) % 24
        return f"{period(h2)}快{CNUM[h2 % 12]}点"
    tail = "" if m < 10 else ("多" if m < 28 else ("半" if m < 38 else "多"))
    return f"{period(h)}{CNUM[h % 12]}点{tail}"


def window_zh(a, b):
    da, db = dtm(a), dtm(b)
    s = R.randrange(7)
    if da.date() == db.date():
        if s == 0 and clock_zh(a) != clock_zh(b):
            return f"{date_zh(a)}{clock_zh(a)}到{clock_zh(b)}之间"
        if s <= 1:
            return f"{date_zh(a)} {clock_zh(a, 'digit')}-{clock_zh(b, 'digit')}"
        if s == 2 and period(da.hour) == period(db.hour):
            return f"{date_zh(a)}{period(da.hour)}"
        if s == 3:
            return f"{date_zh(a)}{clock_zh(a)}左右"
        if s == 5 and clock_zh(a) != clock_zh(b):
            return f"{date_zh(a)}大概{clock_zh(a)}到{clock_zh(b)}"
        return f"{date_zh(a)} {clock_zh(a, 'digit')}到{clock_zh(b, 'digit')}"
    if s < 3:
        return f"{date_zh(a)}{clock_zh(a)}到{date_zh(b, ch([0, 1, 3]))}{clock_zh(b)}"
    if s < 5 and (db.date() - da.date()).days == 1:
        return f"{date_zh(a)}{period(da.hour)}到第二天{period(db.hour)}"
    return ch([f"{date_zh(a)}{clock_zh(a)}以后", f"{date_zh(a)}{clock_zh(a)}之后，{date_zh(b, ch([0, 1, 3]))}早上发现没了"])


def clock_en(t):
    d = dtm(t)
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    if d.minute < 10:
        return f"{h}{ap}"
    return f"{h}:{d.minute:02d}{ap}"


def date_en(t):
    d = dtm(t)
    return ch([f"{MON[d.month]} {d.day}", f"{d.day} {MON[d.month]}", f"{d.month}/{d.day}",
               f"{MON[d.month]} {d.day}th" if d.day not in (1, 2, 3, 21, 22, 23, 31) else f"{MON[d.month]} {d.day}"])


def window_en(a, b):
    da, db = dtm(a), dtm(b)
    if da.date() == db.date():
        return ch([f"on {date_en(a)} between {clock_en(a)} and {clock_en(b)}",
                   f"{date_en(a)}, around {clock_en(a)}",
                   f"on {date_en(a)} from {clock_en(a)} to {clock_en(b)}"])
    return f"sometime between {date_en(a)} {clock_en(a)} and {date_en(b)} {clock_en(b)}"


def found_time_zh(t):
    s = R.randrange(5)
    if s < 2:
        return f"{date_zh(t, ch([0, 6]))}{clock_zh(t, 'police')}"
    if s == 2:
        return f"{date_zh(t, 1)}{clock_zh(t)}"
    if s == 3:
        return f"{date_zh(t, 2)} {clock_zh(t, 'digit')}"
    return f"{date_zh(t, 0)}{clock_zh(t)}左右"


# ----------------------------------------------------------------------------------------------
# simplified -> traditional, character by character (a traveller's phone IME; gaps stay simplified)
_ST = ("丢丟钱錢机機证證遗遺蓝藍银銀红紅车車场場时時间間门門个個为為这這们們说說现現发發东東来來还還后後"
       "钥鑰电電话話号號码碼镜鏡头頭温溫缆纜铁鐵广廣灯燈节節谢謝联聯请請帮幫块塊张張学學护護宝寶运運"
       "动動绒絨项項链鏈环環单單边邊过過几幾么麼吗嗎记記该該岭嶺镇鎮县縣长長乐樂农農庄莊宾賓馆館厅廳"
       "楼樓层層柜櫃锁鎖换換壳殼贴貼划劃装裝约約两兩万萬给給让讓对對开開关關买買卖賣亲親见見觉覺没沒"
       "离離经經问問题題当當会會点點钟鐘从從标標签簽图圖钢鋼质質夹夾绿綠浅淺紧緊写寫贵貴饰飾镯鐲坠墜"
       "带帶挂掛绳繩轮輪胶膠热熱视視线線员員务務达達转轉里裡儿兒孙孫妈媽爷爺乡鄉饭飯卫衛报報认認领領"
       "处處办辦杂雜龙龍马馬鱼魚鸟鳥猫貓贝貝黄黃样樣变變顺順颜顏纸紙笔筆书書录錄阳陽风風飞飛厢廂顶頂"
       "级級戏戲伞傘钮鈕摄攝汤湯练練队隊区區丝絲织織针針围圍脸臉钞鈔币幣圆圓叠疊压壓岁歲双雙侧側杆桿"
       "储儲医醫驾駕驶駛导導游遊辆輛骑騎铃鈴挡擋脚腳网網数數实實际際细細识識别別属屬归歸获獲捡撿并並"
       "与與义義业業尔爾谁誰进進远遠丽麗爱愛梦夢欢歡韩韓刘劉陈陳杨楊赵趙吴吳郑鄭罗羅许許冯馮邓鄧叶葉"
       "苏蘇卢盧钟鍾谭譚陆陸龚龔邹鄒贺賀顾顧韦韋蒋蔣吕呂萧蕭伦倫伟偉强強军軍华華杰傑涛濤鹏鵬辉輝颖穎"
       "洁潔锦錦荣榮宁寧静靜诗詩晓曉凯凱乔喬岚嵐维維财財颗顆枚枚坏壞烂爛旧舊黑黑里裡边邊吧吧钩鉤脏髒"
       "试試机機台臺码碼应應闪閃灵靈厘釐纪紀块塊戴戴拍拍剧劇图圖条條双雙纹紋复複够夠团團圈圈")
_ST2 = ("烧燒 药藥 冻凍 气氣 软軟 饮飲 鸭鴨 兰蘭 执執 总總 虑慮 袜襪 镀鍍 盖蓋 类類 众眾 宠寵 险險 须須 续續 锅鍋 炖燉 绑綁 "
        "荧熒 极極 帅帥 冲沖 弹彈 饼餅 仓倉 壶壺 兑兌 麦麥 闸閘 档檔 页頁 铅鉛 错錯 钻鑽 锈鏽 铜銅 铂鉑 赛賽 输輸 验驗 狮獅 猪豬 "
        "虾蝦 鸡雞 伤傷 疗療 扫掃 挤擠 损損 摆擺 历歷 园園 垫墊 墙牆 声聲 备備 岛島 帘簾 师師 庆慶 库庫 异異 弃棄 弯彎 彻徹 忆憶 怀懷 "
        "态態 恋戀 惊驚 惯慣 战戰 户戶 扩擴 扬揚 扰擾 抢搶 担擔 拣揀 挥揮 据據 断斷 无無 显顯 暂暫 术術 杀殺 权權 构構 枪槍 栏欄 树樹 "
        "桥橋 检檢 毕畢 汇匯 沟溝 泪淚 泽澤 测測 浓濃 湿濕 满滿 滚滾 灭滅 炉爐 烟煙 牵牽 状狀 独獨 猎獵 献獻 玛瑪 画畫 畅暢 盏盞 盐鹽 "
        "监監 盘盤 确確 礼禮 种種 称稱 积積 稳穩 穷窮 窝窩 竞競 笼籠 简簡 纠糾 纤纖 纯純 纱紗 纳納 纷紛 组組 终終 结結 绕繞 绘繪 络絡 "
        "绝絕 统統 继繼 绩績 绵綿 绸綢 综綜 缓緩 编編 缘緣 缩縮 罚罰 罢罷 习習 职職 聪聰 肠腸 肤膚 肿腫 胜勝 脱脫 舰艦 艺藝 芦蘆 苍蒼 "
        "苹蘋 范範 荐薦 荡蕩 莱萊 莲蓮 虫蟲 虽雖 蚁蟻 补補 袭襲 观觀 规規 览覽 订訂 讨討 训訓 议議 讲講 论論 设設 访訪 评評 诉訴 词詞 "
        "译譯 诚誠 询詢 详詳 语語 误誤 读讀 课課 调調 谈談 负負 责責 败敗 货貨 购購 费費 资資 赏賞 赔賠 赚賺 赶趕 跃躍 踪蹤 轨軌 软軟 "
        "轻輕 载載 较較 辅輔 迁遷 违違 连連 迟遲 适適 选選 递遞 邮郵 邻鄰 酱醬 释釋 钉釘 钓釣 销銷 键鍵 闭閉 闯闖 闹鬧 闻聞 阅閱 阵陣 "
        "阶階 随隨 隐隱 难難 雾霧 顽頑 顿頓 预預 颈頸 飘飄 饱飽 驰馳 驻駐 骗騙 鹅鵝 齐齊 龟龜 鸮鴞 驹駒 骏駿 码碼 装裝 丰豐 执執 "
        "队隊 东東 盒盒 仅僅 内內 双雙 单單 鲨鯊 鹰鷹 熊熊 爪爪 樱櫻 莓莓 脸臉 罩罩 膏膏 烟煙 贴貼 汉漢 梨梨 粘黏 卖賣 饺餃 鞋鞋 "
        "营營 纪紀 绳繩 涂塗 鸦鴉 几幾 厘釐 麻麻 历歷 备備")
TRAD = {}
for _i in range(0, len(_ST) - 1, 2):
    if _ST[_i] != _ST[_i + 1]:
        TRAD[_ST[_i]] = _ST[_i + 1]
for _pair in _ST2.split():
    if _pair[0] != _pair[1]:
        TRAD[_pair[0]] = _pair[1]


def to_trad(s):
    return "".join(TRAD.get(c, c) for c in s)


# one-line typos people make on a phone keyboard (homophones, pinyin slips)
TYPO = [("钱包", "钱保"), ("身份证", "身分证"), ("手机", "手几"), ("钥匙", "钥是"), ("钥匙", "要匙"),
        ("耳机", "耳几"), ("充电宝", "冲电宝"), ("滑雪镜", "滑雪竟"), ("头盔", "头亏"), ("羽绒服", "羽绒福"),
        ("电动车", "电懂车"), ("项链", "项连"), ("戒指", "戒子"), ("索道", "锁道"), ("缆车", "揽车"),
        ("雪板", "雪版"), ("相机", "像机"), ("背包", "被包"), ("行李箱", "行理箱"), ("黑色", "黑涩"),
        ("丢了", "丢啦"), ("丢了", "丢拉"), ("手套", "手涛"), ("红包", "红保"), ("驾驶证", "驾使证"),
        ("自行车", "自行扯"), ("雪具大厅", "雪具大听"), ("更衣室", "更衣是"), ("储物柜", "储物贵"),
        ("电瓶车", "电平车"), ("银行卡", "银航卡"), ("学生证", "学生正"), ("高铁站", "高贴站"),
        ("客运站", "客运占"), ("温泉", "温全"), ("民宿", "名宿"), ("蓝牙", "兰牙"), ("平板", "瓶板")]


def typo(s, n=1):
    hits = [(a, b) for a, b in TYPO if a in s]
    R.shuffle(hits)
    for a, b in hits[:n]:
        s = s.replace(a, b, 1)
    return s


# ----------------------------------------------------------------------------------------------
# people (all invented)
SURN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
        "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
        "郭": "Guo", "何": "He", "林": "Lin", "罗": "Luo", "高": "Gao", "梁": "Liang", "郑": "Zheng",
        "谢": "Xie", "宋": "Song", "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng",
        "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "潘": "Pan",
        "袁": "Yuan", "蔡": "Cai", "蒋": "Jiang", "余": "Yu", "叶": "Ye", "程": "Cheng", "魏": "Wei",
        "苏": "Su", "丁": "Ding", "沈": "Shen", "卢": "Lu", "崔": "Cui", "钟": "Zhong", "谭": "Tan",
        "陆": "Lu", "范": "Fan", "金": "Jin", "石": "Shi", "廖": "Liao", "邹": "Zou", "孟": "Meng",
        "秦": "Qin", "邱": "Qiu", "薛": "Xue", "雷": "Lei", "侯": "Hou", "龙": "Long", "黎": "Li",
        "贺": "He", "顾": "Gu", "龚": "Gong", "关": "Guan", "麦": "Mai", "区": "Ou", "岑": "Cen"}
GIVEN = {"伟": "wei", "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "强": "qiang",
         "磊": "lei", "军": "jun", "洋": "yang", "勇": "yong", "艳": "yan", "杰": "jie", "涛": "tao",
         "明": "ming", "超": "chao", "秀": "xiu", "霞": "xia", "平": "ping", "刚": "gang", "桂": "gui",
         "英": "ying", "华": "hua", "玉": "yu", "萍": "ping", "红": "hong", "鹏": "peng", "辉": "hui",
         "颖": "ying", "婷": "ting", "欣": "xin", "怡": "yi", "晨": "chen", "宇": "yu", "浩": "hao",
         "轩": "xuan", "梓": "zi", "涵": "han", "嘉": "jia", "琪": "qi", "子": "zi", "睿": "rui",
         "一": "yi", "诺": "nuo", "思": "si", "雨": "yu", "博": "bo", "文": "wen", "俊": "jun",
         "锦": "jin", "荣": "rong", "淑": "shu", "凤": "feng", "宝": "bao", "山": "shan", "春": "chun",
         "海": "hai", "晓": "xiao", "岚": "lan", "志": "zhi", "国": "guo", "建": "jian", "玲": "ling",
         "慧": "hui", "佳": "jia", "铭": "ming", "泽": "ze", "卓": "zhuo", "彤": "tong", "悦": "yue"}
_SURN = list(SURN)
_GIVEN = list(GIVEN)
USED_NAMES = []


def person():
    while True:
        s = ch(_SURN)
        g = "".join(ch(_GIVEN) for _ in range(1 if p(0.35) else 2))
        n = s + g
        if n not in USED_NAMES:
            USED_NAMES.append(n)
            py = SURN[s] + " " + "".join(GIVEN[c] for c in g).capitalize()
            return {"name": n, "py": py}


def masked_mobile():
    return "1" + ch("35789") + str(R.randrange(10)) + "****" + digits(4)


# region codes are invented six-digit prefixes; only the check digit is computed properly
REGION = {"local": ["220688", "220689", "220621"], "south": ["440158", "440397", "441987", "350262",
          "430129", "450138", "460127", "440683"], "north": ["110187", "120196", "210129", "230181",
          "370297", "130188", "150176"], "hk": []}
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W_ID)) % 11]


def make_id(origin, age_lo=18, age_hi=70):
    reg = ch(REGION[origin] or REGION["south"])
    year = 2025 - R.randrange(age_lo, age_hi)
    d = datetime.date(year, 1, 1) + datetime.timedelta(days=R.randrange(365))
    s17 = reg + d.strftime("%Y%m%d") + digits(3)
    return s17 + id_check(s17)


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        k = int(c)
        if i % 2 == 0:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return str((10 - tot % 10) % 10)


def make_imei():
    s14 = ch(["86", "35", "86", "86"]) + digits(12)
    return s14 + luhn_digit(s14)


BANKS = [("工商银行", "工行", "ICBC", "622202"), ("建设银行", "建行", "CCB", "621700"),
         ("农业银行", "农行", "ABC", "622848"), ("中国银行", "中行", "BOC", "621661"),
         ("招商银行", "招行", "CMB", "622588"), ("邮储银行", "邮政", "PSBC", "621799"),
         ("吉林银行", "吉林银行", "Bank of Jilin", "622865"), ("广发银行", "广发", "CGB", "622568")]


# ----------------------------------------------------------------------------------------------
# colours: what an owner says, what a finder says, English, and which neighbour a finder may see
COLORS = {
    "black": (["黑色", "黑的", "黑", "纯黑"], ["黑色", "黑", "深色", "哑光黑", "哑光黑色"], "black", ["grey", "navy"]),
    "white": (["白色", "白的", "奶白", "纯白"], ["白色", "白", "米白色", "象牙白", "浅色"], "white", ["beige", "silver"]),
    "grey": (["灰色", "深灰", "灰的"], ["灰色", "深灰色", "铁灰", "灰黑色", "银灰"], "grey", ["black", "silver"]),
    "silver": (["银色", "银的", "亮银"], ["银色", "银白", "银灰色"], "silver", ["grey", "white"]),
    "red": (["红色", "大红", "红的", "中国红"], ["红色", "红", "酒红", "枣红色"], "red", ["pink", "orange"]),
    "pink": (["粉色", "粉红", "粉的", "樱花粉"], ["粉色", "浅粉", "粉红色", "淡粉"], "pink", ["red", "purple"]),
    "blue": (["蓝色", "天蓝", "浅蓝", "蓝的"], ["蓝色", "浅蓝色", "天蓝色", "冰蓝"], "blue", ["navy"]),
    "navy": (["藏青", "深蓝", "藏蓝", "海军蓝"], ["深蓝色", "藏青色", "藏蓝", "深色", "黑蓝色"], "navy", ["black", "blue"]),
    "green": (["绿色", "墨绿", "军绿", "绿的"], ["绿色", "墨绿色", "军绿色", "橄榄绿"], "green", ["grey"]),
    "yellow": (["黄色", "荧光黄", "明黄"], ["黄色", "柠檬黄", "亮黄色", "荧光黄"], "yellow", ["orange"]),
    "orange": (["橙色", "橘色", "荧光橙"], ["橙色", "橘黄色", "橘红", "荧光橙"], "orange", ["red", "yellow"]),
    "purple": (["紫色", "浅紫", "香芋紫"], ["紫色", "淡紫色", "薰衣草紫", "紫"], "purple", ["pink"]),
    "gold": (["金色", "香槟金", "土豪金"], ["金色", "金黄色", "香槟色", "黄色"], "gold", ["yellow"]),
    "rosegold": (["玫瑰金", "粉金"], ["玫瑰金", "粉色", "金粉色"], "rose gold", ["gold", "pink"]),
    "brown": (["棕色", "咖啡色", "驼色"], ["棕色", "咖啡色", "褐色", "驼色"], "brown", ["beige"]),
    "beige": (["米色", "杏色", "燕麦色", "卡其"], ["米色", "米黄色", "浅卡其", "米白色"], "beige", ["white", "brown"]),
    "camo": (["迷彩", "迷彩的"], ["迷彩", "迷彩色", "绿色迷彩"], "camouflage", ["green"]),
    "multi": (["彩色", "花的", "拼色"], ["多色", "彩色", "花色", "拼色"], "multicoloured", []),
}


def col_own(c):
    return ch(COLORS[c][0])


def col_find(c, drift=0.14):
    if COLORS[c][3] and p(drift):
        return ch(COLORS[ch(COLORS[c][3])][1])
    return ch(COLORS[c][1])


# ----------------------------------------------------------------------------------------------
# brands: canonical Chinese, English, other spellings, typos.  Phone makers are real (models are
# invented); nearly every other maker is invented.
BRANDS = {
    "huawei": ("华为", "HUAWEI", ["Huawei", "huawei", "華為"], ["华伟", "化为", "hauwei", "HUAWE1"]),
    "apple": ("苹果", "Apple", ["iPhone", "apple", "蘋果", "爱疯"], ["平果", "appel", "iphnoe"]),
    "xiaomi": ("小米", "Xiaomi", ["MI", "xiaomi", "Redmi"], ["小咪", "xiaomj", "xiao mi"]),
    "oppo": ("OPPO", "OPPO", ["oppo", "欧珀", "Oppo"], ["OPP0", "opoo"]),
    "vivo": ("vivo", "vivo", ["VIVO", "维沃", "步步高vivo"], ["viv0", "vivio"]),
    "honor": ("荣耀", "HONOR", ["Honor", "榮耀", "honor"], ["荣曜", "honer", "容耀"]),
    "samsung": ("三星", "Samsung", ["SAMSUNG", "samsung", "Galaxy"], ["三生", "samsumg", "sumsung"]),
    "xuexiao": ("雪鸮", "Snowlet", ["XUEXIAO", "xuexiao", "SNOWLET"], ["雪枭", "雪肖", "snowlit", "xuexao"]),
    "fengchi": ("峰驰", "Peakrush", ["FENGCHI", "fengchi", "PEAKRUSH"], ["锋驰", "峰弛", "peakrash", "fengci"]),
    "beilu": ("北麓", "Northfoot", ["BEILU", "beilu", "NORTHFOOT"], ["北路", "北鹿", "northfot"]),
    "lingban": ("凌板", "Lingboard", ["LINGBAN", "lingban", "LINGBOARD"], ["灵板", "凌版", "lingbord"]),
    "bingjia": ("冰岬", "Icecape", ["BINGJIA", "bingjia", "ICECAPE"], ["冰甲", "冰夹", "icecap", "bingjai"]),
    "jizhou": ("极昼", "Polarday", ["JIZHOU", "jizhou", "POLARDAY"], ["极州", "极宙", "polarday", "jizou"]),
    "xuehu": ("雪狐", "Snowfox", ["XUEHU", "xuehu", "SNOWFOX"], ["雪湖", "雪虎", "snowfx"]),
    "beineng": ("倍能", "Beneng", ["BEINENG", "beineng", "BENENG"], ["备能", "倍嫩", "beinen"]),
    "yingchike": ("影驰客", "Vidgo", ["VIDGO", "vidgo", "YINGCHIKE"], ["影驰克", "影迟客", "vidg0", "vidoge"]),
    "shengyue": ("声悦", "Soundjoy", ["SOUNDJOY", "soundjoy", "SHENGYUE"], ["声越", "声乐", "soundjay"]),
    "guanglan": ("光岚", "Lumiran", ["GUANGLAN", "LUMIRAN", "lumiran"], ["光蓝", "光兰", "lumiron"]),
    "shiyi": ("时驿", "Tempost", ["SHIYI", "TEMPOST", "tempost"], ["时易", "时亿", "tempst"]),
    "mengbao": ("萌宝", "Mengbao", ["MENGBAO", "mengbao"], ["萌保", "盟宝", "mengbo"]),
    "xiaonuan": ("小暖", "Xiaonuan", ["XIAONUAN", "xiaonuan"], ["小软", "晓暖", "xiaonaun"]),
    "tuan": ("途岸", "Trushore", ["TUAN", "tuan", "TRUSHORE"], ["途安", "图岸", "trushor"]),
    "xinglv": ("行旅", "Xinglv", ["XINGLV", "xinglv", "XINGLU"], ["行侣", "形旅", "xinglu"]),
    "laiqi": ("莱绮", "Laiqi", ["LAIQI", "laiqi"], ["来绮", "莱琦", "laiqui"]),
    "pijiang": ("皮匠坊", "Pijiangfang", ["PIJIANGFANG", "pijiangfang"], ["皮匠房", "皮将坊", "pijangfang"]),
    "lvju": ("绿驹", "Greenpony", ["LVJU", "lvju", "GREENPONY"], ["绿居", "绿俱", "lvjv", "luju"]),
    "yachi": ("雅驰", "Yachi", ["YACHI", "yachi"], ["亚驰", "雅迟", "yachie"]),
    "feiyan": ("飞燕", "Feiyan", ["FEIYAN", "feiyan"], ["飞雁", "非燕", "feiyang"]),
    "hengjun": ("恒骏", "Hengjun", ["HENGJUN", "hengjun"], ["恒俊", "横骏", "hengjn"]),
    "ruijin": ("瑞金坊", "Ruijinfang", ["RUIJINFANG", "ruijinfang"], ["瑞金方", "瑞锦坊", "ruijinfan"]),
    "jinmantang": ("金满堂", "Jinmantang", ["JINMANTANG", "jinmantang"], ["金满棠", "金曼堂", "jinmantan"]),
    "yuejie": ("阅界", "Readfield", ["YUEJIE", "READFIELD"], ["阅届", "越界"]),
    "volkswagen": ("大众", "Volkswagen", ["VW", "一汽大众", "大众汽车"], ["大重", "volkswagon"]),
    "toyota": ("丰田", "TOYOTA", ["Toyota", "一汽丰田"], ["丰天", "toyata", "TOYOYA"]),
    "byd": ("比亚迪", "BYD", ["byd", "比亚迪汽车"], ["比亚弟", "BDY"]),
    "haval": ("哈弗", "HAVAL", ["Haval", "长城哈弗"], ["哈佛", "havel"]),
}
TRAD_BRAND = {"华为": "華為", "苹果": "蘋果", "荣耀": "榮耀", "雪鸮": "雪鴞", "峰驰": "峰馳", "凌板": "凌板",
              "极昼": "極晝", "倍能": "倍能", "影驰客": "影馳客", "声悦": "聲悅", "途岸": "途岸",
              "行旅": "行旅", "绿驹": "綠駒", "瑞金坊": "瑞金坊", "金满堂": "金滿堂", "光岚": "光嵐"}


def brand_own(b, voice):
    zh, en, alt, ty = BRANDS[b]
    if voice == "en":
        return ch([en, en, en.lower(), ch(alt + [en])] if not en.isupper() else [en, en.capitalize(), en.lower()])
    if voice == "hk":
        return ch([TRAD_BRAND.get(zh, zh), en, en, ch(alt)])
    r = R.random()
    if r < 0.45:
        return zh
    if r < 0.65:
        return en
    if r < 0.85:
        return ch(alt)
    return ch(ty)


def brand_find(b):
    zh, en, alt, ty = BRANDS[b]
    r = R.random()
    if r < 0.35:
        return en.upper() if R.random() < 0.5 else en
    if r < 0.7:
        return zh
    if r < 0.88:
        return ch(alt)
    return ch(ty)


PHONE_MODELS = {
    "huawei": [("Mate 90 Air", ["mate90air", "Mate90 Air", "M90 Air"]), ("nova 17 Lite", ["nova17青春版", "nova 17 lite", "Nova17Lite"]),
               ("畅享 88 Max", ["畅享88max", "畅享88 MAX"]), ("Pura 95e", ["P95e", "pura95e"])],
    "apple": [("iPhone 19 Pro", ["19pro", "iphone19 pro", "苹果19Pro"]), ("iPhone 18 Mini", ["18mini", "iPhone18mini"]),
              ("iPhone 18 Plus", ["18plus", "iphone 18+"]), ("iPhone 19", ["19", "iphone19"])],
    "xiaomi": [("Civi 9 Lite", ["civi9", "Civi9 lite"]), ("Redmi K95 Turbo", ["红米K95", "k95turbo", "Redmi k95"]),
               ("小米 19 Ultra", ["19ultra", "小米19U"])],
    "oppo": [("Reno 19 Z", ["reno19z", "Reno19Z"]), ("Find X11 mini", ["findx11mini", "Find X11迷你"]),
             ("A98 Go", ["a98go", "A98"])],
    "vivo": [("S32e", ["s32e", "S32 e"]), ("X310 Lite", ["x310lite", "X310青春"]), ("Y88t", ["y88t", "Y88T"])],
    "honor": [("Magic 9 Flip", ["magic9flip", "Magic9 折叠"]), ("X80 Go", ["x80go", "X80GO"]), ("数字 500e", ["数字500e", "500e"])],
    "samsung": [("Galaxy S31 FE", ["S31FE", "s31 fe"]), ("Galaxy A77", ["A77", "a77"]), ("Galaxy Z Flip 9 Lite", ["Flip9lite", "zflip9"])],
}


# ----------------------------------------------------------------------------------------------
# places: canonical name, names people use, English, traditional/Cantonese names, lat, lon
PL = {
    "hall": ("雾凇岭滑雪场雪具大厅", ["雪具大厅", "滑雪场服务大厅", "雪具大厅一楼", "雪场大厅", "雪具厅"], "the ski lodge", ["雪具大廳", "雪場大廳"], 42.3050, 127.9420),
    "rental": ("雪具大厅租赁处", ["租赁处", "租赁店", "租板的地方", "雪具大厅租赁柜台", "租雪具那里"], "the rental shop", ["租雪具嗰度", "租賃處"], 42.3053, 127.9427),
    "locker": ("雪具大厅二楼更衣室", ["更衣室", "储物柜那", "二楼更衣室", "换鞋区", "二楼储物柜"], "the locker room", ["更衣室", "儲物櫃"], 42.3048, 127.9416),
    "cable_low": ("1号索道下站", ["缆车下站", "索道下站", "1号缆车站", "吊厢下站", "坐缆车排队的地方"], "the gondola bottom station", ["纜車下站", "索道下站"], 42.3038, 127.9441),
    "cable_car": ("1号索道吊厢", ["缆车上", "缆车里", "吊厢里", "索道车厢", "1号索道吊箱"], "the gondola cabin", ["纜車上", "纜車入面"], 42.2995, 127.9500),
    "cable_top": ("1号索道上站", ["索道上站", "山顶缆车站", "缆车上站", "山顶站", "上站出口"], "the gondola top station", ["山頂纜車站"], 42.2951, 127.9562),
    "chair": ("2号吊椅索道", ["2号吊椅", "吊椅", "2号索道", "吊椅缆车", "中级道吊椅"], "chairlift no.2", ["吊椅", "2號吊椅"], 42.2982, 127.9497),
    "beginner": ("初级道魔毯区", ["初级道", "魔毯", "新手区", "魔毯那", "初级雪道"], "the beginner slope / magic carpet", ["初級道", "魔毯"], 42.3044, 127.9404),
    "kids": ("儿童戏雪区", ["儿童戏雪区", "戏雪乐园", "雪圈那", "小孩玩雪的地方"], "the kids' snow park", ["兒童戲雪區"], 42.3057, 127.9398),
    "mid": ("2号中级道", ["中级道", "蓝道", "中级雪道", "2号雪道"], "the blue run", ["中級道"], 42.2988, 127.9478),
    "adv": ("高级道", ["高级道", "黑道", "高级雪道", "野雪区边上"], "the black run", ["高級道"], 42.2962, 127.9521),
    "school": ("滑雪学校集合点", ["滑雪学校", "教练集合点", "滑雪学校门口", "教学区"], "the ski school meeting point", ["滑雪學校"], 42.3047, 127.9411),
    "canteen": ("雪具大厅三楼餐厅", ["雪场餐厅", "大厅三楼餐厅", "雪场食堂", "三楼自助餐"], "the lodge restaurant", ["雪場餐廳"], 42.3051, 127.9422),
    "cafe": ("山顶咖啡屋", ["山顶咖啡屋", "山顶咖啡厅", "山上的咖啡馆", "上站旁边咖啡店"], "the mountaintop cafe", ["山頂咖啡室"], 42.2948, 127.9566),
    "park1": ("雪场P1停车场", ["P1停车场", "雪场停车场", "大厅门口停车场", "1号停车场"], "the resort car park", ["停車場"], 42.3062, 127.9433),
    "park2": ("雪场P2停车场", ["P2停车场", "2号停车场", "下面那个停车场", "远端停车场"], "car park P2", ["2號停車場"], 42.3075, 127.9455),
    "shuttle": ("雪场接驳车", ["接驳车", "雪场摆渡车", "摆渡车上", "免费班车"], "the resort shuttle bus", ["接駁車"], 42.3150, 127.9600),
    "hotel1": ("雾凇岭温泉酒店", ["雾凇岭温泉酒店", "温泉酒店", "雾凇温泉", "雾凇岭温泉大酒店"], "Wusongling Hot Spring Hotel", ["霧凇嶺溫泉酒店"], 42.3212, 127.9648),
    "pool": ("雾凇岭温泉酒店露天汤池", ["露天温泉", "汤池", "温泉池边", "室外温泉", "泡温泉的地方"], "the outdoor hot-spring pool", ["露天溫泉"], 42.3215, 127.9652),
    "hotel2": ("松涛温泉度假酒店", ["松涛温泉", "松涛度假酒店", "松涛酒店", "松涛温泉酒店大堂"], "Songtao Hot Spring Resort", ["松濤溫泉"], 42.3183, 127.9712),
    "bnb1": ("林海雪居民宿", ["林海雪居", "林海雪居民宿", "雪居民宿"], "Linhai Xueju guesthouse", ["林海雪居民宿"], 42.3231, 127.9702),
    "bnb2": ("暖炕人家民宿", ["暖炕人家", "暖炕民宿", "暖炕人家农家乐"], "Nuankang homestay", ["暖炕人家"], 42.3245, 127.9733),
    "bnb3": ("松间小院民宿", ["松间小院", "松间民宿", "小院民宿"], "Songjian courtyard homestay", ["松間小院"], 42.3199, 127.9678),
    "bnb4": ("雪窝子民宿", ["雪窝子", "雪窝子民宿", "雪窝子客栈"], "Xuewozi inn", ["雪窩子"], 42.3266, 127.9758),
    "village": ("二道沟屯", ["二道沟屯", "二道沟", "二道沟村", "屯子里"], "Erdaogou village", ["二道溝"], 42.3402, 127.9105),
    "farm": ("二道沟老赵家农家院", ["老赵家农家院", "老赵家", "二道沟农家院", "赵家大院"], "the Zhao family farm-stay", ["老趙家"], 42.3409, 127.9118),
    "village2": ("三道沟屯", ["三道沟屯", "三道沟", "三道沟村"], "Sandaogou village", ["三道溝"], 42.3520, 127.8960),
    "bus": ("雾凇岭镇客运站", ["客运站", "镇客运站", "汽车站", "雾凇岭客运站", "镇上汽车站"], "the town bus station", ["客運站", "車站"], 42.3262, 127.9801),
    "coach": ("客运站至高铁站接驳大巴", ["大巴上", "接驳大巴", "去高铁站的大巴", "客车上", "班车上"], "the coach to the railway station", ["大巴上", "旅遊巴"], 42.4600, 127.8000),
    "square": ("镇中心广场冰灯节", ["冰灯节", "冰灯广场", "镇广场", "冰雕园", "冰灯节现场"], "the ice-lantern festival in the town square", ["冰燈節", "廣場"], 42.3281, 127.9772),
    "gate": ("冰灯节南门入口", ["冰灯节入口", "冰灯节南门", "广场南门", "检票口"], "the festival south gate", ["冰燈節入口"], 42.3274, 127.9769),
    "street": ("雾凇岭镇步行街", ["步行街", "镇上步行街", "小吃街", "夜市"], "the pedestrian street", ["步行街", "小食街"], 42.3270, 127.9785),
    "market": ("雾凇岭大集", ["大集", "镇上大集", "赶集的地方", "早市"], "the town market", ["大集"], 42.3255, 127.9790),
    "shop": ("万家福超市", ["万家福超市", "镇上超市", "万家福", "超市门口"], "Wanjiafu supermarket", ["萬家福超市"], 42.3268, 127.9778),
    "police": ("雾凇岭派出所", ["派出所", "派出所门口", "派出所大厅"], "the police station", ["派出所"], 42.3290, 127.9792),
    "hsr": ("长白西站（高铁）", ["高铁站", "长白西站", "高铁站候车室", "长白西高铁站", "进站口"], "the high-speed railway station", ["高鐵站"], 42.6105, 127.6230),
    "hsr_pick": ("长白西站网约车上客区", ["高铁站停车场", "网约车上车点", "高铁站出站口", "出租车排队那"], "the pick-up area at the railway station", ["高鐵站落車位"], 42.6098, 127.6241),
    "charter": ("包车车内", ["包车上", "包的车上", "师傅的车上", "拼车上", "接站的车上"], "a chartered car", ["包車上"], 42.4700, 127.7900),
    "county": ("长白县城", ["县城", "长白县城", "县里"], "the county town", ["縣城"], 42.5530, 127.7010),
    "road": ("雾凇岭至二道沟乡道", ["去二道沟的路上", "公路边", "通屯子的路", "乡道边"], "the road to Erdaogou", ["公路邊"], 42.3345, 127.9450),
}
# where a thing lost at one place tends to be picked up (the place itself, or next to it)
NEAR = {
    "hall": ["hall", "rental", "locker", "canteen", "park1", "school", "cable_low"],
    "rental": ["rental", "hall", "locker"], "locker": ["locker", "hall", "rental"],
    "cable_low": ["cable_low", "hall", "cable_car"], "cable_car": ["cable_car", "cable_top", "cable_low"],
    "cable_top": ["cable_top", "cafe", "cable_car", "adv"], "chair": ["chair", "mid", "adv"],
    "beginner": ["beginner", "kids", "school", "hall"], "kids": ["kids", "beginner", "hall"],
    "mid": ["mid", "chair", "beginner"], "adv": ["adv", "mid", "cable_top"],
    "school": ["school", "beginner", "hall"], "canteen": ["canteen", "hall", "locker"],
    "cafe": ["cafe", "cable_top"], "park1": ["park1", "hall", "park2"], "park2": ["park2", "park1", "shuttle"],
    "shuttle": ["shuttle", "park1", "hotel1", "bus"], "hotel1": ["hotel1", "pool", "shuttle"],
    "pool": ["pool", "hotel1"], "hotel2": ["hotel2", "shuttle"],
    "bnb1": ["bnb1", "street", "charter"], "bnb2": ["bnb2", "street"], "bnb3": ["bnb3", "hotel1"],
    "bnb4": ["bnb4", "square", "street"], "village": ["village", "farm", "road", "village2"],
    "farm": ["farm", "village"], "village2": ["village2", "village", "road"],
    "bus": ["bus", "coach", "square", "street"], "coach": ["coach", "hsr", "bus"],
    "square": ["square", "gate", "street", "bnb4"], "gate": ["gate", "square"],
    "street": ["street", "square", "market", "shop"], "market": ["market", "street", "shop"],
    "shop": ["shop", "market", "street"], "police": ["police", "square"],
    "hsr": ["hsr", "hsr_pick", "coach"], "hsr_pick": ["hsr_pick", "hsr", "charter"],
    "charter": ["charter", "hsr_pick", "hsr", "village"], "county": ["county", "coach"],
    "road": ["road", "village", "village2"],
}
RESORT = ["hall", "rental", "locker", "cable_low", "cable_car", "cable_top", "chair", "beginner", "kids",
          "mid", "adv", "school", "canteen", "cafe", "park1", "park2"]
# far away, for "same make elsewhere": name, English, lat, lon
FAR = [("哈尔滨冰雪大世界", "Harbin Ice and Snow World", 45.7790, 126.5620),
       ("沈阳北站", "Shenyang North railway station", 41.8170, 123.4380),
       ("长春龙嘉机场", "Changchun airport", 43.9960, 125.6850),
       ("广州南站", "Guangzhou South station", 22.9890, 113.2690),
       ("深圳北站", "Shenzhen North station", 22.6100, 114.0290),
       ("北京朝阳站", "Beijing Chaoyang station", 39.9440, 116.5010),
       ("延吉西站", "Yanji West station", 42.8880, 129.4400),
       ("亚布力滑雪场", "Yabuli ski resort", 44.9280, 128.4710),
       ("吉林北大湖滑雪场", "Beidahu ski resort", 43.4190, 126.6170),
       ("张家口崇礼太舞小镇", "Chongli, Zhangjiakou", 40.9700, 115.2800),
       ("大连北站", "Dalian North station", 38.9640, 121.5990),
       ("哈尔滨西站", "Harbin West station", 45.7080, 126.5670)]


def place_name(pk, voice, exact=False):
    canon, names, en, hk, _, _ = PL[pk]
    if voice == "en":
        return en
    if voice == "hk":
        return ch(hk)
    if exact:
        return canon if p(0.5) else ch(names)
    return ch(names)


def ll(pk, spread=0.0012):
    _, _, _, _, la, lo = PL[pk]
    return round(la + R.uniform(-spread, spread), 6), round(lo + R.uniform(-spread, spread), 6)


# ----------------------------------------------------------------------------------------------
# marks: each is what the owner may say ("o"), what a finder may write ("f"), and English ("en").
# A mark with o=None is visible only to a finder; f=None means only the owner knows it.
MF = {}


def factory(name, pool):
    def deco(fn):
        MF[name] = (pool, fn)
        return fn
    return deco


def mark(name, param=None, ctx=None, exclude=None):
    pool, fn = MF[name]
    if param is None:
        if callable(pool):
            param = pool()
            while param == exclude:
                param = pool()
        else:
            param = ch([x for x in pool if x != exclude])
    d = fn(param, ctx)
    d.update(key=name, param=param, ctx=ctx)
    return d


def M(o, f, en):
    return {"o": o, "f": f, "en": en}


STICKERS = [("熊猫", "panda"), ("柯基", "corgi"), ("小黄鸭", "yellow duck"), ("樱桃", "cherry"),
            ("恐龙", "dinosaur"), ("雪人", "snowman"), ("兔子", "rabbit"), ("草莓", "strawberry"),
            ("骷髅头", "skull"), ("猫爪", "cat paw"), ("火箭", "rocket"), ("向日葵", "sunflower"),
            ("彩虹", "rainbow"), ("鲨鱼", "shark"), ("企鹅", "penguin"), ("五角星", "star")]


@factory("sticker", STICKERS)
def _f_sticker(pm, ctx):
    zh, en = pm
    w, wen = ctx or ("", "")
    return M([f"{w}贴了个{zh}贴纸", f"{w}有{zh}的贴纸", f"贴着{zh}贴纸"],
             [f"{w}有{zh}图案贴纸", f"贴有{zh}贴纸", f"{w}贴{zh}贴画"], f"a {en} sticker {wen}".strip())


LOCKS = [("柯基", "a corgi"), ("橘猫", "a ginger cat"), ("全家福", "a family photo"), ("小孩照片", "my kid"),
         ("雪山", "a snowy mountain"), ("冰灯", "ice lanterns"), ("海边日落", "a beach sunset"),
         ("动漫人物", "an anime character"), ("情侣合照", "a couple photo"), ("一只哈士奇", "a husky")]


@factory("lockscreen", LOCKS)
def _f_lock(pm, ctx):
    zh, en = pm
    return M([f"锁屏是{zh}", f"锁屏壁纸是{zh}", f"屏保是{zh}的照片"],
             [f"锁屏壁纸为{zh}", f"屏幕亮起显示{zh}图片", f"锁屏图片：{zh}"], f"lock screen shows {en}")


CASES = [("透明", "clear"), ("粉色硅胶", "pink silicone"), ("黑色防摔", "black rugged"),
         ("卡通蜡笔小新", "cartoon"), ("牛油果绿", "avocado green"), ("棕色翻盖皮", "brown flip leather"),
         ("紫色亮片", "purple glitter"), ("黄色小熊", "yellow teddy-bear"), ("白色磨砂", "frosted white"),
         ("迷彩", "camo")]


@factory("case", CASES)
def _f_case(pm, ctx):
    zh, en = pm
    return M([f"带{zh}手机壳", f"{zh}的壳", f"套着{zh}壳"], [f"{zh}手机壳", f"外有{zh}保护壳", f"带{zh}保护套"],
             f"in a {en} case")


LANYARD = [("橙色", "orange"), ("黑色", "black"), ("荧光绿", "neon green"), ("红色", "red"), ("彩虹", "rainbow"),
           ("蓝白条纹", "blue-and-white")]


@factory("lanyard", LANYARD)
def _f_lanyard(pm, ctx):
    zh, en = pm
    return M([f"挂着一根{zh}挂绳", f"有根{zh}的手机挂绳"], [f"带{zh}挂绳", f"挂有{zh}挂绳一根"],
             f"with a {en} lanyard")


CRACK = [("右下角", "bottom-right corner"), ("左上角", "top-left corner"), ("正中间", "middle"),
         ("背板", "back glass")]


@factory("crack", CRACK)
def _f_crack(pm, ctx):
    zh, en = pm
    return M([f"{zh}屏幕碎了", f"{zh}有裂痕", f"{zh}摔裂了"], [f"{zh}有裂痕", f"{zh}碎裂", f"{zh}破损"],
             f"cracked at the {en}")


CHARMS = [("小熊", "teddy bear"), ("红色福字", "red 福 charm"), ("葫芦", "gourd"), ("铃铛", "bell"),
          ("毛绒球", "pompom"), ("迷你滑雪板", "mini snowboard"), ("平安扣", "jade disc"), ("小老虎", "little tiger"),
          ("奥特曼", "Ultraman"), ("小马", "little horse"), ("开瓶器", "bottle opener"), ("小企鹅", "penguin")]


@factory("charm", CHARMS)
def _f_charm(pm, ctx):
    zh, en = pm
    return M([f"挂着个{zh}挂件", f"有个{zh}的挂坠", f"钥匙扣是{zh}"], [f"挂有{zh}挂件", f"带{zh}挂饰", f"系有{zh}饰物"],
             f"a {en} charm on it")


def _initials():
    a = ch("LWZCYHXGMJSTQ")
    b = ch("LWZCYHXGMJSTQ")
    return ch([f"{a}{ch('YXMJHL')}♥{b}{ch('ZQLWH')}", f"{a}&{b}", f"20{R.randrange(10, 25)}.{R.randrange(1, 13)}.{R.randrange(1, 29)}",
               ch(["永结同心", "平安", "一生一世", "爱你"]), f"{a}{b}{R.randrange(10, 99)}"])


@factory("engrave", _initials)
def _f_engrave(pm, ctx):
    return M([f"内圈刻着“{pm}”", f"里面刻了字{pm}", f"刻有{pm}"], [f"内圈刻有“{pm}”字样", f"内侧刻字{pm}", f"刻字：{pm}"],
             f"engraved \"{pm}\" inside")


PENDANT = [("生肖马", "zodiac horse"), ("平安扣", "jade peace disc"), ("貔貅", "pixiu"), ("观音", "Guanyin"),
           ("葫芦", "gourd"), ("四叶草", "four-leaf clover"), ("字母Y", "letter Y"), ("小金猪", "little gold pig")]


@factory("pendant", PENDANT)
def _f_pendant(pm, ctx):
    zh, en = pm
    return M([f"吊坠是{zh}", f"坠子是个{zh}", f"带个{zh}吊坠"], [f"带{zh}吊坠", f"吊坠为{zh}", f"坠{zh}形饰物"],
             f"with a {en} pendant")


@factory("nametag", lambda: person()["name"])
def _f_nametag(pm, ctx):
    w, wen = ctx or ("里面", "inside")
    return M([f"{w}写着名字{pm}", f"{w}有{pm}的名字", f"{w}缝了名字贴“{pm}”"], [f"{w}写有“{pm}”字样", f"{w}标签写{pm}", f"{w}名字贴：{pm}"],
             f"name {NAME_PY.get(pm, pm)} written {wen}")


STRAPS = [("白色字母", "white letters"), ("迷彩", "camo"), ("彩虹条纹", "rainbow stripes"), ("黑白格子", "black-and-white check"),
          ("雪花图案", "snowflakes"), ("荧光绿", "neon green")]


@factory("strap", STRAPS)
def _f_strap(pm, ctx):
    zh, en = pm
    return M([f"绑带是{zh}的", f"带子上是{zh}"], [f"绑带{zh}", f"松紧带为{zh}"], f"{en} strap")


LENS = [("彩色反光", "rainbow mirrored"), ("蓝色镀膜", "blue mirrored"), ("金色镀膜", "gold mirrored"),
        ("透明黄色", "clear yellow"), ("粉色镀膜", "pink mirrored"), ("银色反光", "silver mirrored")]


@factory("lens", LENS)
def _f_lens(pm, ctx):
    zh, en = pm
    return M([f"镜片是{zh}的", f"{zh}镜片"], [f"镜片{zh}", f"{zh}镜面"], f"{en} lens")


SCRATCH = [("侧面有道划痕", "侧面有明显划痕", "a scratch on the side"), ("边上磕掉一块漆", "边缘掉漆", "chipped paint on the edge"),
           ("有一处凹痕", "有凹陷痕迹", "a dent"), ("背面磨花了", "背面磨损", "worn back")]


@factory("scratch", SCRATCH)
def _f_scratch(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


QUILT = [("军绿色", "army-green"), ("黑色", "black"), ("碎花", "flowery"), ("红格子", "red-check"), ("迷彩", "camo"),
         ("藏蓝", "navy")]


@factory("quilt", QUILT)
def _f_quilt(pm, ctx):
    zh, en = pm
    return M([f"挂着{zh}的挡风被", f"车把上有{zh}棉挡风", f"有个{zh}挡风被子"], [f"装有{zh}挡风被", f"车头挂{zh}棉挡风罩"],
             f"a {en} windshield quilt")


BASKET = [("一袋冻梨", "a bag of frozen pears"), ("一捆大葱", "a bundle of leeks"), ("一个黄色安全帽", "a yellow hard hat"),
          ("两袋粘豆包", "two bags of sticky buns"), ("一把铁锹", "a shovel"), ("一箱啤酒", "a case of beer")]


@factory("basket", BASKET)
def _f_basket(pm, ctx):
    zh, en = pm
    return M([f"车筐里有{zh}", f"筐里装着{zh}"], [f"车筐内有{zh}", f"车筐内放{zh}"], f"{en} in the basket")


@factory("mirror", [("右边", "right"), ("左边", "left")])
def _f_mirror(pm, ctx):
    zh, en = pm
    return M([f"{zh}后视镜断了", f"{zh}反光镜没了"], [f"{zh}后视镜缺失", f"{zh}后视镜损坏"], f"{en} mirror broken off")


LOCKTYPE = [("U型锁", "a U-lock"), ("链条锁", "a chain lock"), ("黄色钢缆锁", "a yellow cable lock")]


@factory("bikelock", LOCKTYPE)
def _f_bikelock(pm, ctx):
    zh, en = pm
    return M([f"车上挂着{zh}", f"有把{zh}"], [f"挂有{zh}", f"车上带{zh}"], f"{en} on it")


@factory("childseat", [("红色", "red"), ("蓝色", "blue"), ("黄色", "yellow")])
def _f_childseat(pm, ctx):
    zh, en = pm
    return M([f"后座装了个{zh}儿童座椅", f"后面有{zh}的小孩座"], [f"后座有{zh}儿童座椅", f"后架装{zh}儿童座"], f"a {en} child seat")


ITEMS = [("充电宝", "充电宝一个", "a power bank"), ("一包暖宝宝", "暖宝宝若干", "hand warmers"),
         ("保温杯", "保温杯一个", "a thermos"), ("换洗衣服", "衣物若干", "clothes"), ("化妆包", "化妆包一个", "a make-up bag"),
         ("孩子的退烧药", "儿童药品", "kids' medicine"), ("笔记本电脑", "笔记本电脑一台", "a laptop"),
         ("零食", "零食若干", "snacks"), ("滑雪袜", "袜子若干", "ski socks"), ("充电器和数据线", "充电器一个", "chargers"),
         ("一本书", "书一本", "a book"), ("雪场手环", "雪场手环", "the resort wristband"),
         ("护脸面罩", "面罩一个", "a face mask"), ("一袋松子", "松子一袋", "a bag of pine nuts"),
         ("单反镜头", "相机镜头一个", "a camera lens"), ("儿童滑雪手套", "儿童手套一副", "kids' gloves")]


@factory("contents", lambda: tuple(sorted(R.sample(range(len(ITEMS)), R.randrange(2, 4)))))
def _f_contents(pm, ctx):
    its = [ITEMS[i] for i in pm]
    return M(["里面有" + "、".join(x[0] for x in its), "包里装着" + "、".join(x[0] for x in its)],
             ["内有" + "、".join(x[1] for x in its), "经查看，内有" + "、".join(x[1] for x in its)],
             "inside: " + ", ".join(x[2] for x in its))


@factory("bagcharm", CHARMS)
def _f_bagcharm(pm, ctx):
    zh, en = pm
    return M([f"拉链上挂着{zh}挂件", f"包上挂了个{zh}"], [f"包上挂有{zh}挂件", f"拉链挂{zh}饰物"], f"a {en} charm on the zip")


AIRTAG = [("广州", "Guangzhou"), ("深圳", "Shenzhen"), ("厦门", "Xiamen"), ("长沙", "Changsha"), ("南宁", "Nanning"),
          ("海口", "Haikou"), ("上海", "Shanghai")]


@factory("airtag", AIRTAG)
def _f_airtag(pm, ctx):
    zh, en = pm
    return M([f"把手上还有{zh}飞长春的托运条", f"有航空托运标签（{zh}—长春）"], [f"把手系有航空行李条（{zh}—长春）", f"带托运行李牌，始发{zh}"],
             f"airline tag {en}-Changchun on the handle")


@factory("damage", [("拉链头坏了一个", "拉链头缺失一个", "one zip pull missing"), ("肩带有点开线", "肩带开线", "a fraying strap"),
                    ("底部磨破了个小洞", "底部有破洞", "a small hole at the bottom"), ("有个轮子不太好使", "一个轮子损坏", "one wheel broken")])
def _f_damage(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


ENVTEXT = [("房费", "room money"), ("给妈妈", "for mum"), ("压岁钱", "lucky money"), ("马年大吉", "Happy Year of the Horse"),
           ("福", "福"), ("租车押金", "car deposit"), ("工资", "wages")]


@factory("envtext", ENVTEXT)
def _f_envtext(pm, ctx):
    zh, en = pm
    return M([f"上面写着“{zh}”", f"封面有“{zh}”两个字" if len(zh) == 2 else f"上面印着“{zh}”"],
             [f"封面有“{zh}”字样", f"上书“{zh}”"], f"with \"{zh}\" ({en}) on it")


@factory("rubber", [("红色", "red"), ("黄色", "yellow"), ("黑色", "black")])
def _f_rubber(pm, ctx):
    zh, en = pm
    return M([f"用{zh}皮筋扎着", f"拿{zh}皮套捆的"], [f"{zh}橡皮筋捆扎", f"扎{zh}皮筋"], f"held with a {en} rubber band")


@factory("photo", [("孩子的一寸照", "儿童证件照一张", "a passport photo of my kid"), ("我和我老婆的合影", "合影照片一张", "a photo of me and my wife"),
                   ("老人的照片", "老年人照片一张", "a photo of an old lady"), ("狗的照片", "宠物狗照片一张", "a dog photo")])
def _f_photo(pm, ctx):
    return M([f"里面有张{pm[0]}", f"夹着{pm[0]}"], [f"内有{pm[1]}", f"夹有{pm[1]}"], f"{pm[2]} inside")


@factory("receipt", [("林海雪居", "Linhai Xueju"), ("暖炕人家", "Nuankang"), ("雪窝子", "Xuewozi"), ("松间小院", "Songjian"),
                     ("雪途租车", "Xuetu car rental"), ("雾凇岭滑雪场", "the ski resort")])
def _f_receipt(pm, ctx):
    zh, en = pm
    return M([f"有张{zh}的押金条", f"夹着{zh}的收据"], [f"内有{zh}押金收据一张", f"有{zh}收据一张"], f"a {en} deposit slip inside")


@factory("pocket", [("暖宝宝和纸巾", "暖宝宝、纸巾", "hand warmers and tissues"), ("一副黑手套", "手套一副", "a pair of black gloves"),
                    ("雪场手环", "滑雪场手环", "the resort wristband"), ("口罩和润唇膏", "口罩、唇膏", "a mask and lip balm"),
                    ("半包烟和打火机", "香烟、打火机", "cigarettes and a lighter"), ("几颗糖", "糖果若干", "some candy")])
def _f_pocket(pm, ctx):
    return M([f"兜里有{pm[0]}", f"口袋里装着{pm[0]}"], [f"口袋内有{pm[1]}", f"兜内：{pm[1]}"], f"{pm[2]} in the pocket")


@factory("fur", [("毛领", "fur collar"), ("帽子上有毛边", "fur-trimmed hood")])
def _f_fur(pm, ctx):
    return M([f"{pm[0]}" if pm[0] != "毛领" else "带毛领"], ["帽檐有毛边" if "帽" in pm[0] else "带毛领"], pm[1])


@factory("length", [("长款", "long"), ("短款", "short"), ("中长款", "mid-length")])
def _f_length(pm, ctx):
    return M([pm[0]], [pm[0]], pm[1])


@factory("size", ["S", "M", "L", "XL", "XXL", "150", "154", "158", "120", "130"])
def _f_size(pm, ctx):
    if pm.isdigit():
        return M([f"{pm}cm的", f"长度{pm}"], [f"长约{pm}cm", f"板长{pm}"], f"{pm} cm")
    return M([f"{pm}码", f"尺码{pm}"], [f"{pm}号", f"标签尺码{pm}"], f"size {pm}")


@factory("capacity", ["10000", "20000", "5000", "30000"])
def _f_cap(pm, ctx):
    return M([f"{pm}毫安的", f"{int(pm) // 10000 or '五千'}{'万' if int(pm) >= 10000 else ''}毫安" if pm != "5000" else "5000毫安"],
             [f"标称{pm}mAh", f"容量{pm}mAh"], f"{pm} mAh")


@factory("cable", [("白色", "white"), ("黑色", "black"), ("粉色", "pink")])
def _f_cable(pm, ctx):
    zh, en = pm
    return M([f"插着一根{zh}数据线", f"连着{zh}的线"], [f"附{zh}数据线一根", f"连有{zh}充电线"], f"a {en} cable attached")


@factory("mount", [("头盔支架", "on a helmet mount"), ("自拍杆", "on a selfie stick"), ("胸前绑带", "with a chest strap"),
                   ("手腕带", "with a wrist strap")])
def _f_mount(pm, ctx):
    return M([f"装在{pm[0]}上", f"带着{pm[0]}"], [f"连{pm[0]}", f"带{pm[0]}一个"], pm[1])


@factory("earcase", [("小恐龙硅胶套", "a dinosaur silicone cover"), ("透明壳", "a clear cover"), ("皮卡丘套", "a Pikachu cover"),
                     ("黑色皮套", "a black leather cover"), ("小熊套子", "a bear cover")])
def _f_earcase(pm, ctx):
    return M([f"充电仓套着{pm[0]}", f"盒子外面有个{pm[0]}"], [f"充电盒带{pm[0]}", f"外套{pm[0]}"], f"case in {pm[1]}")


@factory("oneside", [("左", "left"), ("右", "right")])
def _f_oneside(pm, ctx):
    zh, en = pm
    w, wen = ctx or ("只", "one")
    return M([f"只丢了{zh}手那{w}", f"就{zh}手那一{w}"], [f"仅{zh}手一{w}", f"{zh}手单{w}"], f"only the {en} {wen}")


@factory("holes", [("食指磨破了", "食指处有破损", "a worn index finger"), ("手腕处有魔术贴", "腕部有魔术贴", "velcro at the wrist"),
                   ("里面是抓绒的", "内衬抓绒", "fleece lining")])
def _f_holes(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("binding", [("黑色", "black"), ("白色", "white"), ("红色", "red"), ("荧光绿", "neon green")])
def _f_binding(pm, ctx):
    zh, en = pm
    return M([f"固定器是{zh}的", f"{zh}固定器"], [f"配{zh}固定器", f"固定器{zh}"], f"{en} bindings")


@factory("boardart", [("山峰", "mountains"), ("水墨龙", "an ink dragon"), ("几何色块", "geometric blocks"),
                      ("大熊猫", "a giant panda"), ("星空", "a starry sky"), ("涂鸦字母", "graffiti letters")])
def _f_boardart(pm, ctx):
    zh, en = pm
    return M([f"板面是{zh}图案", f"图案是{zh}"], [f"板面印{zh}图案", f"{zh}图案"], f"{en} graphic")


@factory("kidname", lambda: person()["name"])
def _f_kidname(pm, ctx):
    return M([f"上面贴了孩子名字{pm}", f"有名字贴写着{pm}"], [f"贴有姓名贴“{pm}”", f"写有儿童姓名{pm}"], f"kid's name {NAME_PY.get(pm, pm)} on it")


@factory("watchstrap", [("黑色硅胶", "black silicone"), ("橙色尼龙", "orange nylon"), ("白色", "white"), ("粉色", "pink"),
                        ("棕色皮", "brown leather")])
def _f_watchstrap(pm, ctx):
    zh, en = pm
    return M([f"表带是{zh}的", f"{zh}表带"], [f"{zh}表带", f"表带为{zh}"], f"{en} strap")


@factory("material", [("足金999", "999 gold"), ("S925银", "925 silver"), ("18K金", "18K gold"), ("Pt950铂金", "platinum"),
                      ("足金", "pure gold")])
def _f_material(pm, ctx):
    zh, en = pm
    return M([f"{zh}的", f"是{zh}"], [f"内侧印“{zh}”", f"有{zh}字样印记"], f"{en}")


@factory("weight", lambda: R.randrange(3, 40))
def _f_weight(pm, ctx):
    return M([f"大概{pm}克", f"{pm}克左右", f"有{pm}克多"], None, f"about {pm} g")


@factory("hotelname", [("雾凇岭温泉酒店", "Wusongling Hot Spring Hotel"), ("松涛温泉度假酒店", "Songtao Resort")])
def _f_hotelname(pm, ctx):
    zh, en = pm
    return M([f"是{zh}的房卡", f"{zh}的"], [f"卡面印“{zh}”", f"{zh}房卡"], f"{en} card")


@factory("roomname", [("梅花间", "Plum room"), ("松涛间", "Pine room"), ("东屋", "East room"), ("雪松阁", "Cedar room"),
                      ("二号房", "Room 2"), ("观山房", "Mountain-view room")])
def _f_roomname(pm, ctx):
    zh, en = pm
    return M([f"钥匙上挂着木牌写着{zh}", f"木头牌子是{zh}"], [f"挂木牌，刻“{zh}”", f"木质钥匙牌写{zh}"], f"wooden tag \"{zh}\" ({en})")


@factory("nkeys", [2, 3, 4, 5, 6])
def _f_nkeys(pm, ctx):
    return M([f"一共{pm}把钥匙", f"{CNUM[pm]}把钥匙"], [f"钥匙{pm}把", f"共{pm}把"], f"{pm} keys")


@factory("fob", [("蓝色门禁扣", "a blue fob"), ("红色门禁卡", "a red access tag"), ("黑色遥控器", "a black remote")])
def _f_fob(pm, ctx):
    return M([f"还有个{pm[0]}", f"带一个{pm[0]}"], [f"附{pm[0]}", f"带{pm[0]}一个"], f"{pm[1]}")


@factory("rentco", [("雪途租车", "Xuetu Car Rental"), ("白山行租车", "Baishanxing rentals"), ("一路顺租车", "Yilushun rentals")])
def _f_rentco(pm, ctx):
    zh, en = pm
    return M([f"是{zh}的车", f"租的{zh}"], [f"挂{zh}号牌", f"钥匙牌印“{zh}”"], f"rental from {en}")


@factory("school", [("岭南理工学院", "Lingnan Institute of Technology"), ("南粤师范学院", "Nanyue Normal College"),
                    ("闽江工商学院", "Minjiang Business College"), ("湘楚医学院", "Xiangchu Medical College"),
                    ("吉东大学", "Jidong University")])
def _f_school(pm, ctx):
    zh, en = pm
    return M([f"{zh}的", f"学校是{zh}"], [f"{zh}学生证", f"校名{zh}"], f"from {en}")


@factory("cover", [("透明卡套", "a clear sleeve"), ("黑色皮套", "a black leather cover"), ("红色外皮", "a red cover"),
                   ("卡通卡套", "a cartoon sleeve")])
def _f_cover(pm, ctx):
    return M([f"装在{pm[0]}里", f"套着{pm[0]}"], [f"外有{pm[0]}", f"装于{pm[0]}内"], f"in {pm[1]}")


@factory("thermos_text", [("保温杯上刻着“爸爸”", "杯身刻有“爸爸”字样", "\"Dad\" engraved"), ("杯盖是红的", "杯盖红色", "red lid"),
                          ("杯上贴着幼儿园名字贴", "贴有幼儿园姓名贴", "a kindergarten name label")])
def _f_tt(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("toy", [("粉色兔子", "pink rabbit"), ("小恐龙", "dinosaur"), ("奥特曼", "Ultraman"), ("大白熊", "white bear"),
                 ("小狐狸", "fox")])
def _f_toy(pm, ctx):
    return M([f"是个{pm[0]}玩偶", f"{pm[0]}毛绒玩具"], [f"{pm[0]}造型毛绒玩具", f"{pm[0]}玩偶一个"], f"a {pm[1]} plush")


@factory("pompom", [("有个大毛球", "顶部有毛球", "a big pompom"), ("带护耳", "带护耳", "ear flaps"), ("上面织着雪花", "织雪花图案", "knitted snowflakes")])
def _f_pompom(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


HIDDEN = {
    "phone_num": lambda: (lambda m: M([f"手机号{m}", f"号码是{m}"], None, f"my number is {m}"))(masked_mobile()),
    "dead": lambda: M(["丢的时候快没电了，打过去关机", "打电话已经关机了", "打过去一直没人接"], None, "it was almost out of battery"),
    "photos": lambda: M(["里面有很多孩子的照片，很重要", "里面有工作资料", "里面照片都没备份"], None, "lots of photos I never backed up"),
    "memcard": lambda: M(["卡里都是我们这几天滑雪的视频", "内存卡里有孩子第一次滑雪的视频"], None, "all our ski videos are on the card"),
    "gift": lambda: M(["是我妈给我的", "结婚时候买的，很有纪念意义", "男朋友送的生日礼物", "老人留下的，很重要"], None, "a gift, means a lot to me"),
    "cert": lambda: M([f"有证书，编号{ch('ABCDGHJ')}{digits(9)}", "发票还在"], None, "I still have the certificate"),
    "price": lambda: M([f"买的时候{R.randrange(3, 30) * 100}多块", "刚买没多久"], None, "bought it recently"),
}


# ----------------------------------------------------------------------------------------------
# kinds of object: category, measure word, owner's words, finder's words, English, traditional,
# colours, makers, serial type, and the other category a few people file it under
def K(cat, meas, own, find, en, hk, colors=None, brands=None, stype=None, alt=None, pbrand=0.6):
    return dict(cat=cat, meas=meas, own=own, find=find, en=en, hk=hk, colors=colors, brands=brands,
                stype=stype, alt=alt, pbrand=pbrand)


KINDS = {
    "idcard": K("id_doc", "张", ["身份证", "二代身份证", "身份证件"], ["居民身份证", "身份证"], "ID card", ["身份證", "內地身份證"], stype="id"),
    "license": K("id_doc", "本", ["驾驶证", "驾照", "驾驶本"], ["机动车驾驶证", "驾驶证"], "driving licence", ["駕駛證", "車牌"], ["black", "brown"], stype="id"),
    "student": K("id_doc", "本", ["学生证"], ["学生证"], "student card", ["學生證"], ["red", "blue"], stype="stu"),
    "permit": K("id_doc", "本", ["回乡证", "港澳居民来往内地通行证"], ["港澳居民来往内地通行证", "回乡证"], "home return permit", ["回鄉證"], stype="permit"),
    "passport": K("id_doc", "本", ["护照"], ["护照"], "passport", ["護照"], ["navy", "red"], stype="passport"),
    "sscard": K("id_doc", "张", ["社保卡", "医保卡"], ["社会保障卡", "社保卡"], "social security card", ["社保卡"], stype="id"),
    "bankcard": K("id_doc", "张", ["银行卡", "储蓄卡", "信用卡"], ["银行卡"], "bank card", ["銀行卡"], stype="bank"),
    "staffcard": K("id_doc", "张", ["工作证", "员工卡", "教练证"], ["工作证", "员工证"], "staff card", ["工作證"], stype="staff"),
    "phone": K("phone", "部", ["手机"], ["手机"], "phone", ["手機", "電話"],
               ["black", "white", "silver", "blue", "purple", "green", "gold", "pink", "grey"],
               ["huawei", "apple", "xiaomi", "oppo", "vivo", "honor", "samsung"], "imei", pbrand=1.0),
    "longwallet": K("wallet", "个", ["钱包", "长款钱包", "长钱包"], ["钱包", "长款钱包", "皮夹"], "long wallet", ["銀包", "長銀包"],
                    ["black", "brown", "red", "pink", "beige", "navy"], ["laiqi", "pijiang"], "bank"),
    "shortwallet": K("wallet", "个", ["钱包", "短款钱包", "小钱包", "皮夹子"], ["钱包", "短款钱包", "折叠钱包"], "wallet", ["銀包"],
                     ["black", "brown", "navy", "grey"], ["laiqi", "pijiang"], "bank"),
    "cardholder": K("wallet", "个", ["卡包", "卡套", "证件包"], ["卡包", "卡夹"], "card holder", ["卡套", "咭套"],
                    ["black", "pink", "brown", "green"], ["laiqi", "pijiang"], "bank"),
    "coinpurse": K("wallet", "个", ["零钱包", "小零钱包"], ["零钱包", "小包"], "coin purse", ["散紙包"], ["pink", "yellow", "multi", "red"]),
    "carkey": K("keys", "把", ["车钥匙", "汽车钥匙", "租的车的钥匙"], ["汽车钥匙", "车钥匙", "遥控钥匙"], "car key", ["車匙"],
                ["black", "grey", "silver"], ["volkswagen", "toyota", "byd", "haval"], "carplate", pbrand=0.9),
    "roomcard": K("keys", "张", ["房卡", "酒店房卡"], ["房卡", "酒店门卡"], "room key card", ["房卡"], ["white", "black", "blue", "gold"], stype="room"),
    "bnbkey": K("keys", "把", ["民宿钥匙", "房间钥匙"], ["带木牌的钥匙", "钥匙"], "guesthouse key", ["民宿鎖匙"]),
    "homekeys": K("keys", "串", ["钥匙", "一串钥匙", "家里钥匙"], ["钥匙", "门钥匙"], "bunch of keys", ["鎖匙", "一串鎖匙"]),
    "lockerband": K("keys", "个", ["储物柜手环", "手牌", "柜子钥匙"], ["储物柜手牌", "手环钥匙"], "locker wristband", ["儲物櫃手帶"],
                    ["blue", "orange", "red", "black"], stype="locker"),
    "ebikekey": K("keys", "把", ["电动车钥匙", "电瓶车钥匙"], ["电动车钥匙"], "e-bike key", ["電單車匙"], ["black"], ["lvju", "yachi"], pbrand=0.7),
    "ebike": K("ebike", "辆", ["电动车", "电瓶车", "电驴子", "电动自行车"], ["电动自行车", "电动车", "电瓶车"], "e-bike", ["電動車"],
               ["white", "red", "blue", "black", "grey", "green", "pink"], ["lvju", "yachi"], "plate", pbrand=0.8),
    "etrike": K("ebike", "辆", ["电动三轮", "三轮车", "电三轮"], ["电动三轮车"], "electric tricycle", ["電動三輪車"],
                ["red", "blue", "green"], ["lvju", "yachi"], "frame"),
    "mtb": K("bicycle", "辆", ["山地车", "自行车"], ["山地自行车", "自行车"], "mountain bike", ["單車", "山地車"],
             ["black", "red", "blue", "white", "grey", "yellow"], ["feiyan", "hengjun"], "frame"),
    "oldbike": K("bicycle", "辆", ["自行车", "二八自行车", "老式自行车", "洋车子"], ["自行车", "老式自行车", "二八大杠"], "old bicycle", ["單車"],
                 ["black", "green", "blue"], ["feiyan", "hengjun"], "frame", pbrand=0.4),
    "kidbike": K("bicycle", "辆", ["儿童自行车", "孩子的自行车", "小自行车"], ["儿童自行车"], "kid's bike", ["兒童單車"],
                 ["pink", "blue", "red", "yellow"], ["feiyan", "hengjun"], "frame"),
    "foldbike": K("bicycle", "辆", ["折叠车", "折叠自行车"], ["折叠自行车"], "folding bike", ["摺合單車"],
                  ["white", "black", "green", "orange"], ["feiyan", "hengjun"], "frame"),
    "backpack": K("bag", "个", ["双肩包", "背包", "书包"], ["双肩背包", "背包"], "backpack", ["背囊", "背包"],
                  ["black", "grey", "navy", "red", "green", "pink", "camo", "beige"], ["tuan", "jizhou", "beilu"]),
    "bootbag": K("bag", "个", ["雪鞋包", "雪具包", "雪靴包"], ["雪具包", "鞋包"], "ski boot bag", ["雪靴袋"],
                 ["black", "navy", "red", "camo", "grey"], ["lingban", "fengchi", "tuan"], alt="other"),
    "boardbag": K("bag", "个", ["雪板包", "板包"], ["雪板包", "长条包"], "snowboard bag", ["雪板袋"],
                  ["black", "navy", "camo", "grey"], ["lingban", "fengchi"], alt="other"),
    "suitcase": K("bag", "个", ["行李箱", "拉杆箱", "箱子"], ["拉杆箱", "行李箱"], "suitcase", ["行李箱", "喼"],
                  ["silver", "black", "pink", "white", "blue", "green"], ["xinglv", "tuan"]),
    "handbag": K("bag", "个", ["手提包", "包包", "女士包", "挎包"], ["女士挎包", "手提包"], "handbag", ["手袋"],
                 ["black", "beige", "brown", "red", "white"], ["laiqi", "pijiang"]),
    "waistbag": K("bag", "个", ["腰包", "胸包", "斜挎包"], ["腰包", "斜挎小包"], "bum bag", ["腰包"],
                  ["black", "grey", "orange", "green"], ["tuan", "jizhou"]),
    "tote": K("bag", "个", ["帆布袋", "购物袋", "布袋子"], ["帆布袋", "袋子"], "tote bag", ["帆布袋"], ["beige", "white", "black"]),
    "redenv": K("cash", "个", ["红包", "压岁钱红包"], ["红包", "装有现金的红包"], "red envelope", ["利是", "紅包"], ["red"], alt="other"),
    "envelope": K("cash", "个", ["信封装的钱", "一个信封", "装钱的信封"], ["装现金的信封", "信封"], "envelope of cash", ["信封", "現金"], ["white", "brown"]),
    "roll": K("cash", "沓", ["一卷钱", "现金", "一沓钱"], ["现金", "人民币现金", "成沓现金"], "roll of cash", ["一疊錢", "現金"]),
    "bagcash": K("cash", "袋", ["塑料袋装的钱", "一袋子钱"], ["塑料袋装的现金", "装钱的塑料袋"], "cash in a plastic bag", ["現金"], ["red", "black", "white"]),
    "ring": K("jewelry", "枚", ["戒指", "金戒指", "婚戒", "对戒"], ["戒指", "金属戒指"], "ring", ["戒指", "介指"],
              ["gold", "silver", "rosegold"], ["ruijin", "jinmantang"], pbrand=0.4),
    "necklace": K("jewelry", "条", ["项链", "金项链", "吊坠项链"], ["项链", "金属项链"], "necklace", ["頸鏈", "項鏈"],
                  ["gold", "silver", "rosegold"], ["ruijin", "jinmantang"], pbrand=0.4),
    "bracelet": K("jewelry", "只", ["手镯", "手链", "镯子"], ["手镯", "手链"], "bracelet", ["手鐲", "手鏈"], ["silver", "gold"],
                  ["ruijin", "jinmantang"], pbrand=0.4),
    "earring": K("jewelry", "只", ["耳环", "耳钉"], ["耳环", "耳饰"], "earring", ["耳環"], ["gold", "silver"], ["ruijin", "jinmantang"], pbrand=0.3),
    "jade": K("jewelry", "只", ["玉镯子", "翡翠手镯", "玉手镯"], ["玉镯", "手镯"], "jade bangle", ["玉鐲"], ["green", "white"]),
    "watch": K("jewelry", "块", ["手表", "机械表"], ["手表"], "watch", ["手錶"], ["silver", "gold", "black"], ["shiyi"], "sn", pbrand=0.8),
    "powerbank": K("electronics", "个", ["充电宝", "移动电源"], ["充电宝", "移动电源"], "power bank", ["尿袋", "充電寶"],
                   ["white", "black", "pink", "grey", "blue"], ["beineng", "xiaomi", "huawei"], "sn", pbrand=0.85),
    "actioncam": K("electronics", "个", ["运动相机", "运动摄像机", "小相机"], ["运动相机", "小型摄像机"], "action camera", ["運動相機"],
                   ["black", "silver", "grey"], ["yingchike"], "sn", alt="other", pbrand=0.9),
    "earbuds": K("electronics", "副", ["蓝牙耳机", "耳机", "无线耳机"], ["无线耳机", "蓝牙耳机", "带充电仓的蓝牙耳机"], "wireless earbuds", ["耳筒", "藍牙耳機"],
                 ["white", "black", "pink", "green"], ["huawei", "apple", "xiaomi", "shengyue"], "sn", pbrand=0.85),
    "tablet": K("electronics", "台", ["平板", "平板电脑", "iPad"], ["平板电脑"], "tablet", ["平板"], ["grey", "silver", "gold", "purple"],
                ["huawei", "apple", "xiaomi", "honor"], "sn", pbrand=0.95),
    "camera": K("electronics", "台", ["相机", "微单", "微单相机"], ["数码相机", "相机"], "camera", ["相機"], ["black", "silver"], ["guanglan"], "sn", pbrand=0.9),
    "smartwatch": K("electronics", "块", ["智能手表", "运动手表"], ["智能手表", "运动手表"], "smartwatch", ["智能手錶"],
                    ["black", "silver", "grey"], ["huawei", "apple", "xiaomi", "shiyi"], "sn", pbrand=0.9),
    "kidwatch": K("electronics", "块", ["电话手表", "儿童手表", "儿童电话手表"], ["儿童电话手表"], "kids' phone watch", ["兒童電話手錶"],
                  ["pink", "blue", "purple", "green"], ["mengbao", "huawei", "xiaomi"], "imei", alt="phone", pbrand=0.8),
    "handwarmer": K("electronics", "个", ["充电暖手宝", "暖手宝"], ["暖手宝", "充电暖手宝"], "rechargeable hand warmer", ["暖手寶"],
                    ["pink", "white", "yellow", "blue"], ["xiaonuan"], alt="other", pbrand=0.6),
    "goggles": K("other", "副", ["滑雪镜", "雪镜", "护目镜"], ["滑雪镜", "雪镜"], "ski goggles", ["雪鏡", "滑雪眼鏡"],
                 ["black", "white", "pink", "blue", "orange", "purple"], ["xuexiao", "fengchi"]),
    "helmet": K("other", "个", ["头盔", "滑雪头盔"], ["滑雪头盔", "头盔"], "ski helmet", ["頭盔"],
                ["white", "black", "red", "pink", "blue", "yellow", "grey"], ["fengchi", "xuexiao"], "rental"),
    "gloves": K("other", "副", ["手套", "滑雪手套", "连指手套"], ["滑雪手套", "手套"], "ski gloves", ["手襪", "手套"],
                ["black", "red", "grey", "pink", "navy", "orange"], ["beilu", "xuehu", "xuexiao"]),
    "snowboard": K("other", "块", ["单板", "雪板", "滑雪板"], ["单板滑雪板", "滑雪板"], "snowboard", ["滑雪板", "單板"],
                   ["multi", "black", "white", "blue", "green"], ["lingban", "fengchi"], "rental", pbrand=0.8),
    "skis": K("other", "副", ["双板", "雪板", "滑雪板"], ["双板滑雪板", "滑雪板"], "skis", ["雙板"], ["red", "white", "black", "blue"],
              ["lingban", "fengchi"], "rental", pbrand=0.8),
    "pads": K("other", "个", ["护具", "护臀", "乌龟护具", "小乌龟"], ["护臀垫", "护具"], "protective pads", ["護具"],
              ["green", "pink", "yellow", "grey", "black"], ["xuehu", "fengchi"]),
    "downjacket": K("other", "件", ["羽绒服", "棉服", "外套"], ["羽绒服", "棉外套"], "down jacket", ["羽絨", "羽絨服"],
                    ["black", "white", "red", "navy", "green", "beige", "orange", "yellow", "purple"], ["bingjia", "jizhou", "beilu"]),
    "skisuit": K("other", "套", ["滑雪服", "孩子的滑雪服"], ["儿童滑雪服"], "kids' ski suit", ["滑雪衫"], ["pink", "blue", "yellow", "red", "purple"], ["xuehu"]),
    "hat": K("other", "顶", ["帽子", "毛线帽"], ["毛线帽", "帽子"], "beanie", ["冷帽"], ["red", "grey", "beige", "pink", "black", "white"], ["beilu"], pbrand=0.3),
    "scarf": K("other", "条", ["围巾", "护脸", "围脖"], ["围巾"], "scarf", ["頸巾"], ["red", "grey", "black", "multi"], pbrand=0.0),
    "thermos": K("other", "个", ["保温杯", "水杯"], ["保温杯"], "thermos", ["保溫杯"], ["white", "pink", "black", "blue", "green", "silver"], pbrand=0.0),
    "poles": K("other", "副", ["雪杖"], ["雪杖"], "ski poles", ["雪杖"], ["black", "silver", "red"], ["fengchi"], "rental"),
    "skipass": K("other", "张", ["雪票", "季卡", "滑雪卡"], ["雪场季卡", "滑雪卡"], "ski season pass", ["季票"], stype="pass", alt="id_doc"),
    "toy": K("other", "个", ["玩偶", "毛绒玩具", "娃娃"], ["毛绒玩具"], "plush toy", ["公仔"]),
}

CAT_KINDS = {
    "id_doc": ["idcard"] * 10 + ["license"] * 3 + ["student"] * 2 + ["permit"] * 2 + ["passport"] * 1 + ["sscard"] * 2 + ["bankcard"] * 2 + ["staffcard"] * 2,
    "phone": ["phone"] * 28,
    "wallet": ["longwallet"] * 8 + ["shortwallet"] * 8 + ["cardholder"] * 4 + ["coinpurse"] * 2,
    "keys": ["carkey"] * 7 + ["roomcard"] * 5 + ["bnbkey"] * 3 + ["homekeys"] * 4 + ["lockerband"] * 3 + ["ebikekey"] * 2,
    "ebike": ["ebike"] * 12 + ["etrike"] * 2,
    "bicycle": ["mtb"] * 3 + ["oldbike"] * 5 + ["kidbike"] * 2 + ["foldbike"] * 2,
    "bag": ["backpack"] * 8 + ["bootbag"] * 3 + ["boardbag"] * 2 + ["suitcase"] * 4 + ["handbag"] * 4 + ["waistbag"] * 3 + ["tote"] * 2,
    "cash": ["redenv"] * 5 + ["envelope"] * 4 + ["roll"] * 3 + ["bagcash"] * 2,
    "jewelry": ["ring"] * 5 + ["necklace"] * 5 + ["bracelet"] * 3 + ["earring"] * 2 + ["jade"] * 2 + ["watch"] * 1,
    "electronics": ["powerbank"] * 7 + ["actioncam"] * 6 + ["earbuds"] * 6 + ["tablet"] * 2 + ["camera"] * 2 + ["smartwatch"] * 2 + ["kidwatch"] * 2 + ["handwarmer"] * 1,
    "other": ["goggles"] * 5 + ["helmet"] * 4 + ["gloves"] * 4 + ["snowboard"] * 3 + ["skis"] * 2 + ["pads"] * 2 + ["downjacket"] * 3
             + ["skisuit", "hat", "scarf", "thermos", "poles", "skipass", "toy"],
}
CATS = ["id_doc", "phone", "wallet", "keys", "ebike", "bicycle", "bag", "cash", "jewelry", "electronics", "other"]

# where things of a kind get lost (place key, weight)
LOSS_PLACES = {
    "id_doc": [("rental", 4), ("hall", 3), ("locker", 2), ("hotel1", 2), ("bnb1", 1), ("bnb3", 1), ("bus", 2), ("hsr", 3),
               ("square", 2), ("charter", 2), ("cable_car", 1), ("coach", 1), ("hotel2", 1)],
    "phone": [("cable_car", 3), ("chair", 4), ("mid", 3), ("adv", 2), ("beginner", 2), ("hall", 2), ("canteen", 2), ("square", 3),
              ("charter", 2), ("coach", 1), ("pool", 1), ("cafe", 1), ("kids", 1), ("street", 1)],
    "wallet": [("hall", 2), ("canteen", 2), ("street", 3), ("market", 2), ("square", 3), ("bus", 2), ("charter", 2), ("hotel1", 1),
               ("shop", 2), ("hsr", 2), ("rental", 1)],
    "keys": [("park1", 3), ("park2", 2), ("hall", 2), ("locker", 3), ("pool", 2), ("bnb2", 1), ("bnb4", 1), ("square", 2),
             ("village", 2), ("market", 1), ("hotel1", 1), ("hotel2", 1), ("street", 1)],
    "ebike": [("village", 3), ("village2", 2), ("market", 3), ("shop", 2), ("bus", 2), ("road", 1), ("street", 1), ("farm", 1)],
    "bicycle": [("village", 3), ("village2", 2), ("market", 2), ("shop", 2), ("road", 1), ("bus", 1), ("farm", 1)],
    "bag": [("shuttle", 2), ("coach", 3), ("charter", 3), ("hsr", 3), ("hall", 2), ("locker", 2), ("canteen", 1), ("hotel1", 1),
            ("bnb1", 1), ("square", 1), ("bus", 2), ("hsr_pick", 1), ("rental", 1)],
    "cash": [("market", 3), ("street", 2), ("shop", 2), ("bus", 2), ("square", 2), ("hall", 1), ("village", 2), ("hotel1", 1), ("farm", 1)],
    "jewelry": [("pool", 4), ("hotel2", 2), ("locker", 2), ("bnb1", 1), ("bnb2", 1), ("square", 2), ("hall", 1), ("beginner", 1),
                ("kids", 1), ("hotel1", 1)],
    "electronics": [("cable_car", 3), ("chair", 3), ("mid", 2), ("adv", 2), ("hall", 2), ("canteen", 2), ("cafe", 1), ("coach", 2),
                    ("hsr", 2), ("charter", 2), ("hotel1", 1), ("kids", 1), ("square", 1), ("beginner", 1)],
    "other": [("chair", 3), ("cable_car", 2), ("cable_top", 2), ("mid", 3), ("adv", 2), ("beginner", 3), ("kids", 2), ("hall", 2),
              ("locker", 2), ("rental", 2), ("school", 2), ("canteen", 1), ("shuttle", 1), ("cafe", 1)],
}
KIND_PLACES = {"carkey": [("park1", 4), ("park2", 3), ("hall", 1), ("locker", 1), ("square", 1), ("hotel1", 1)],
               "roomcard": [("pool", 3), ("hotel1", 2), ("hotel2", 2), ("shuttle", 1), ("hall", 1)],
               "bnbkey": [("bnb1", 1), ("bnb2", 1), ("bnb3", 1), ("bnb4", 1), ("street", 1), ("square", 1)],
               "homekeys": [("village", 3), ("market", 2), ("village2", 1), ("shop", 1), ("bus", 1)],
               "lockerband": [("locker", 3), ("pool", 2), ("hall", 1), ("canteen", 1)],
               "ebikekey": [("market", 1), ("shop", 1), ("village", 1)],
               "permit": [("hsr", 1), ("hotel1", 1), ("square", 1), ("charter", 1)],
               "passport": [("hotel2", 1), ("hsr", 1), ("rental", 1)],
               "staffcard": [("hall", 1), ("school", 1), ("canteen", 1), ("bus", 1)],
               "redenv": [("market", 1), ("street", 1), ("village", 2), ("square", 1), ("bus", 1), ("farm", 1)]}


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------
# serial numbers
def make_serial(stype, o):
    if stype == "id":
        return make_id(o["origin"] if o["origin"] in ("local", "south", "north") else "south")
    if stype == "imei":
        return make_imei()
    if stype == "bank":
        b = ch(BANKS)
        return (b[0], b[1], b[2], b[3], digits(4))
    if stype == "stu":
        return "20" + str(R.randrange(19, 25)) + digits(6)
    if stype == "permit":
        return ch("HHM") + digits(8)
    if stype == "passport":
        if o["voice"] == "en":
            return ch(["", "", "P"]) + ch("CFGKXY") + ch("0123456789ABCDEFHJK") + digits(7)
        return "E" + ch("ABCDEGHJK") + digits(7)
    if stype == "frame":
        if o["cat"] == "ebike":
            return "L" + ch(["JY", "YC", "GP"]) + digits(2) + ch("ABCDE") + digits(2) + ch("KMNPR") + digits(6)
        return ch(["FY", "HJ", "FY", "HJ"]) + digits(2) + ch("ABKMNW") + digits(7)
    if stype == "plate":
        return "长白" + ch("ABCDE") + digits(4)
    if stype == "carplate":
        return "吉F" + "".join(ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    if stype == "sn":
        pre = {"beineng": "BN", "xiaomi": "MI", "huawei": "HW", "yingchike": "VG", "apple": "F9", "shengyue": "SJ",
               "guanglan": "GL", "shiyi": "SY", "honor": "HN", None: "SN"}.get(o.get("brand"), "SN")
        return pre + digits(2) + ch("ABCDEFGHJKLMNPRSTX") + digits(2) + ch("ABCDEFGHJKLMNPRSTX") + digits(5)
    if stype == "rental":
        return ch(["R-", "R", "XZ", "ZL-"]) + digits(4)
    if stype == "locker":
        return ch("ABCDM") + str(R.randrange(1, 4)) + digits(2)
    if stype == "room":
        return str(R.randrange(2, 9)) + "%02d" % R.randrange(1, 30)
    if stype == "pass":
        return "WSL25" + digits(5)
    if stype == "staff":
        return "XS-" + digits(4)
    raise ValueError(stype)


def spaced(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return out


def ser_own(stype, v):
    """(field value, phrase for the body) the way an owner writes it down from memory or a box."""
    if stype in ("id",):
        f = ch([v, v, " ".join(spaced(v, [6, 8, 4])), v[:6] + "********" + v[14:], v[:4] + "**********" + v[14:],
                v[:3] + "*" * 11 + v[14:], "尾号" + v[-4:], v.replace("X", "x")])
        return f, ch([f"证件号{f}", f"号码{f}", f"身份证号{f}", f"证号后四位{v[-4:]}"])
    if stype == "imei":
        f = ch([v, " ".join(spaced(v, [2, 6, 6, 1])), "-".join(spaced(v, [8, 6, 1])), " ".join(spaced(v, [4, 4, 4])),
                "IMEI:" + v, "后六位" + v[-6:], "串号" + v])
        return f, ch([f"IMEI {f}", f"串号{f}（包装盒上抄的）", f"IMEI号：{f}", f"手机串码{f}"])
    if stype == "bank":
        bank, short, _, bin6, tail = v
        f = ch([f"尾号{tail}", f"{bin6[:4]}****{tail}", f"{bin6[:4]} **** **** {tail}", f"{short}卡尾号{tail}",
                f"卡号后四位{tail}", f"*{tail}"])
        return f, ch([f"里面有张{bank}的卡，{f}", f"{short}的卡 {f}", f"银行卡{f}"])
    if stype == "stu":
        f = ch([v, "学号" + v, "学号后四位" + v[-4:]])
        return f, ch([f"学号{v}", f"学号是{v}", f"学号尾号{v[-4:]}"])
    if stype == "permit":
        f = ch([v, v[0] + " " + v[1:5] + " " + v[5:], v.lower(), v[:5] + "***" + v[-1:]])
        return f, ch([f"號碼{f}", f"證件號{f}", f"回鄉證號{f}"])
    if stype == "passport":
        return v, ch([f"护照号{v}", f"号码{v}"])
    if stype == "frame":
        f = ch([v, "-".join(spaced(v, [4, 4, 4])), v.lower(), "后六位" + v[-6:], v[:6] + "…" + v[-4:]])
        return f, ch([f"车架号{f}", f"发票上车架号是{f}", f"车架号码{f}"])
    if stype == "plate":
        t = v[2:]
        f = ch([v, t, "长白 " + t, t[1:], "牌照" + t])
        return f, ch([f"车牌{f}", f"牌子是{f}", f"挂的牌照{f}"])
    if stype == "carplate":
        f = ch([v, v[:2] + "·" + v[2:], v[2:], v[:2] + " " + v[2:]])
        return f, ch([f"车牌{f}", f"车是{f}的", f"车牌号{f}"])
    if stype == "sn":
        f = ch([v, " ".join(spaced(v, [4, 4, 4])), "SN后四位" + v[-4:], v.lower(), "SN:" + v])
        return f, ch([f"序列号{f}", f"盒子上SN是{f}", f"SN码{f}"])
    if stype == "rental":
        t = v.replace("-", "").lstrip("RXZL")
        f = ch([v, v.replace("-", ""), t, str(int(t)) + "号"])
        return f, ch([f"租赁编号{f}", f"是租的，编号{f}", f"租的，押金条上写的{f}"])
    if stype == "locker":
        f = ch([v, v[0] + "区" + v[1:], v[1:] + "号柜", v[0] + "-" + v[1:]])
        return f, ch([f"柜号{f}", f"手牌号{f}", f"储物柜{f}"])
    if stype == "room":
        f = ch([v, v + "房", v + "号房间"])
        return f, ch([f"房间号{f}", f"住{f}", f"{f}的房卡"])
    if stype == "pass":
        f = ch([v, v[-5:], "WSL-25-" + v[-5:], "卡号" + v[-5:]])
        return f, ch([f"季卡号{f}", f"卡号{f}"])
    if stype == "staff":
        f = ch([v, v.replace("-", ""), "工号" + v[-4:]])
        return f, ch([f"工号{f}", f"编号{f}"])
    raise ValueError(stype)


def ser_find(stype, v):
    """(field value, phrase) the way a finder or the desk copies it off the object."""
    if stype == "id":
        f = ch([v, v, v[:6] + "********" + v[-4:], v[:6] + "****" + v[10:], v[:3] + "***********" + v[-4:], v[:10] + "****" + v[-4:]])
        return f, ch([f"证号{f}", f"号码{f}", f"公民身份号码{f}"])
    if stype == "imei":
        g = ch([v, " ".join(spaced(v, [2, 6, 6, 1])), v[:8] + " " + v[8:]])
        f = ch([g, g, "IMEI1:" + v])
        return f, ch([f"经查卡托，IMEI {g}", f"拆卡托见IMEI：{g}", f"卡托上印IMEI {g}"])
    if stype == "bank":
        bank, short, _, bin6, tail = v
        f = ch([f"{bin6}******{tail}", f"尾号{tail}", f"{bin6[:4]}********{tail}", f"{bin6}****{tail}"])
        return f, ch([f"{bank}卡一张（{f}）", f"{short}卡{f}", f"银行卡一张，卡号{f}"])
    if stype == "stu":
        return v, ch([f"学号{v}", f"学号：{v}"])
    if stype == "permit":
        f = ch([v, v[:3] + "****" + v[-2:]])
        return f, ch([f"证件号码{f}", f"号码{f}"])
    if stype == "passport":
        return v, ch([f"护照号码{v}", f"号码{v}"])
    if stype == "frame":
        w = v
        if p(0.25):
            w = v.replace("0", "O", 1)
        f = ch([w, w, "…" + v[-7:], "尾号" + v[-6:]])
        return f, ch([f"车架钢印{f}", f"车架号{f}", f"车架上打的号{f}（部分锈蚀）"])
    if stype == "plate":
        f = ch([v, v[:2] + " " + v[2:], v[:2] + v[2] + "·" + v[3:]])
        return f, ch([f"号牌{f}", f"车牌{f}", f"挂{f}号牌"])
    if stype == "carplate":
        f = ch([v[:2] + " " + v[2:], v, v[:2] + "-" + v[2:]])
        return f, ch([f"钥匙牌写车牌{f}", f"挂牌{f}", f"吊牌上有车牌{f}"])
    if stype == "sn":
        f = ch([v, v, " ".join(spaced(v, [4, 4, 4])), v.lower()])
        return f, ch([f"底部印SN：{f}", f"序列号{f}", f"标签SN {f}"])
    if stype == "rental":
        pre = v.rstrip("0123456789").rstrip("-")
        f = ch([v, v.replace("-", "") if "-" in v else pre + "-" + v[len(pre):]])
        return f, ch([f"贴有租赁编号{f}", f"贴着雪场租赁标签{f}", f"租赁贴纸编号{f}"])
    if stype == "locker":
        f = ch([v, v[0] + "-" + v[1:], "手牌" + v])
        return f, ch([f"手牌号{f}", f"编号{f}"])
    if stype == "room":
        f = ch([v, "卡套写" + v])
        return f, ch([f"卡套上手写{v}", f"卡套写房号{v}"])
    if stype == "pass":
        return v, ch([f"卡号{v}", f"季卡号{v}"])
    if stype == "staff":
        return v, ch([f"编号{v}", f"工号{v}"])
    raise ValueError(stype)


def ser_en(stype, v):
    if stype == "bank":
        return f"card ending {v[4]}"
    if stype == "imei":
        return f"IMEI {v}"
    if stype == "passport":
        return f"passport no. {v}"
    if stype == "rental":
        return f"rental number {v}"
    if stype == "sn":
        return f"serial {v}"
    if stype == "locker":
        return f"locker {v}"
    if stype == "room":
        return f"room {v}"
    return f"number {v}" if stype != "id" else f"ID number {v[:6]}********{v[-4:]}"


# Owner/finder probability of knowing and writing the serial
SER_OWN = {"id": 0.5, "imei": 0.3, "bank": 0.55, "stu": 0.6, "permit": 0.55, "passport": 0.7, "frame": 0.35, "plate": 0.85,
           "carplate": 0.85, "sn": 0.3, "rental": 0.5, "locker": 0.8, "room": 0.85, "pass": 0.45, "staff": 0.6}
SER_FIND = {"id": 0.95, "imei": 0.25, "bank": 0.55, "stu": 0.9, "permit": 0.9, "passport": 0.95, "frame": 0.55, "plate": 0.9,
            "carplate": 0.75, "sn": 0.6, "rental": 0.9, "locker": 0.95, "room": 0.45, "pass": 0.85, "staff": 0.9}


def gen_model(o):
    b, kind = o["brand"], o["kind"]
    if kind == "phone":
        return ch(PHONE_MODELS[b])
    tables = {
        "earbuds": {"huawei": [("FreeBuds 9i", ["freebuds9i", "FreeBuds9i"])], "apple": [("AirPods 5 Lite", ["airpods5lite", "AirPods5"])],
                    "xiaomi": [("Buds 8 Pro", ["buds8pro", "Buds8"])], "shengyue": [("S3 Air", ["s3air", "S3"])]},
        "tablet": {"huawei": [("MatePad 15 SE", ["matepad15se"])], "apple": [("iPad mini 9", ["ipadmini9", "mini9"])],
                   "xiaomi": [("Pad 9 Lite", ["pad9lite"])], "honor": [("平板 X12", ["X12", "平板x12"])]},
        "smartwatch": {"huawei": [("WATCH GT 8 Lite", ["gt8lite", "GT8"])], "apple": [("Watch SE 5", ["watchse5", "SE5"])],
                       "xiaomi": [("Watch S6 Go", ["s6go", "Watch S6"])], "shiyi": [("T2 Sport", ["t2", "T2运动版"])]},
        "kidwatch": {"mengbao": [("Q7 4G", ["q7", "Q7"])], "huawei": [("儿童手表 6X", ["6x", "6X"])], "xiaomi": [("米兔 8", ["米兔8"])]},
        "powerbank": {"beineng": [("P20 Pro", ["p20pro", "P20"]), ("Mini 5", ["mini5"])], "xiaomi": [("PB10 Lite", ["pb10"])],
                      "huawei": [("SuperCharge 12K", ["12K"])]},
        "actioncam": {"yingchike": [("V5", ["v5"]), ("V5 Max", ["v5max", "V5MAX"]), ("Go 3", ["go3", "GO3"])]},
        "camera": {"guanglan": [("Z30 II", ["z30ii", "Z30二代"]), ("X-M5", ["xm5", "XM5"])]},
        "watch": {"shiyi": [("经典 1908", ["1908"]), ("GMT 42", ["gmt42"])]},
        "goggles": {"xuexiao": [("G3 Pro", ["g3pro", "G3"])], "fengchi": [("Vision 7", ["vision7", "V7"])]},
        "helmet": {"fengchi": [("H200", ["h200"])], "xuexiao": [("Dome 2", ["dome2"])]},
        "snowboard": {"lingban": [("Ridge 154", ["ridge"])], "fengchi": [("Park Pro", ["parkpro"])]},
        "ebike": {"lvju": [("小龟王 3", ["小龟王", "龟王3"]), ("Q5", ["q5"])], "yachi": [("冠能 T6", ["T6", "冠能"])]},
        "carkey": {"volkswagen": [("朗逸", ["朗逸"]), ("探岳", ["探岳"])], "toyota": [("卡罗拉", ["卡罗拉"]), ("RAV4", ["rav4", "荣放"])],
                   "byd": [("宋PLUS", ["宋plus", "宋"]), ("秦L", ["秦"])], "haval": [("H6", ["h6", "哈弗H6"])]},
        "mtb": {"feiyan": [("越野 7", ["越野7"])], "hengjun": [("山猫 26", ["山猫"])]},
        "downjacket": {"bingjia": [("极寒系列", ["极寒"])], "jizhou": [("户外 800", ["800"])], "beilu": [("鹅绒 90", ["90鹅绒"])]},
    }
    t = tables.get(kind, {}).get(b)
    return ch(t) if t else None


def model_own(m, voice):
    name, alts = m
    if voice == "en":
        return name
    return ch([name, name] + alts)


def model_find(m):
    name, alts = m
    return ch([name, name, ch(alts)])


def num_zh(n):
    """1260 -> 一千二百六, 800 -> 八百, 2000 -> 两千 (how people say sums)."""
    d = "零一二三四五六七八九"
    if n >= 10000:
        w, r = divmod(n, 10000)
        return (num_zh(w) if w > 1 else "一") + "万" + (num_zh(r) if r else "")
    out = ""
    th, r = divmod(n, 1000)
    hu, r = divmod(r, 100)
    te, un = divmod(r, 10)
    if th:
        out += ("两" if th == 2 else d[th]) + "千"
    if hu:
        out += ("两" if hu == 2 and not th else d[hu]) + "百"
    elif th and (te or un):
        out += "零"
    if te:
        out += d[te] + "十"
    elif (th or hu) and un:
        out += "零"
    if un:
        out += d[un]
    return out or "零"


def approx_own(a):
    r = R.random()
    if r < 0.3:
        return ch([f"{a}元", f"{a}块"])
    if r < 0.55:
        lo = (a // 100) * 100 if a >= 200 else (a // 10) * 10
        return f"{num_zh(lo)}多块" if lo != a else f"{num_zh(a)}块"
    if r < 0.8:
        return ch([f"大概{num_zh(round(a, -2) or a)}", f"{num_zh(round(a, -2) or a)}左右", f"差不多{round(a, -2) or a}块"])
    return f"{num_zh(a)}块钱"


def exact_find(a):
    hund, rest = divmod(a, 100)
    parts = []
    if hund:
        parts.append(f"百元{hund}张")
    fif, rest = divmod(rest, 50)
    if fif:
        parts.append(f"五十元{fif}张")
    ten, rest = divmod(rest, 10)
    if ten:
        parts.append(f"十元{ten}张")
    if rest:
        parts.append(f"零钱{rest}元")
    return ch([f"现金人民币{a}元", f"现金{a}元（{'、'.join(parts)}）", f"现金共计{a}元", f"人民币{num_zh(a)}元整" if a % 10 == 0 else f"人民币{a}元"])


@factory("amount", lambda: ch([200, 300, 500, 600, 800, 1000, 1200, 1500, 2000, 2600, 3000, 5000]) + ch([0, 0, 0, 50, 60, 20, 30, 70]))
def _f_amount(pm, ctx):
    return M(None, None, f"about {pm} yuan")   # worded at render time (approx_own / exact_find)


@factory("holder", lambda: person()["name"])
def _f_holder(pm, ctx):
    return M([f"名字是{pm}", f"{pm}的", f"姓名{pm}", f"上面名字{pm}"], [f"姓名{pm}", f"持证人{pm}", f"证件姓名：{pm}", f"姓名为{pm}"],
             f"name: {NAME_PY.get(pm, pm)}")


@factory("idin", lambda: person()["name"])
def _f_idin(pm, ctx):
    return M([f"身份证也在里面，名字{pm}", f"还有{pm}的身份证", f"里面有身份证（{pm}）"], [f"内有{pm}的身份证一张", f"内有居民身份证（姓名{pm}）"],
             f"my ID card ({NAME_PY.get(pm, pm)}) is inside")


@factory("stone", [("镶了颗小钻", "镶有白色小石", "a small diamond"), ("嵌了块红宝石", "镶红色宝石", "a small ruby"),
                   ("是个麻花纹的", "麻花纹样式", "a twisted rope pattern"), ("表面是磨砂的", "磨砂表面", "a brushed finish")])
def _f_stone(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("earstyle", [("小珍珠的", "珍珠款", "a small pearl"), ("大圆圈的", "圆环形", "a large hoop"), ("流苏款", "流苏款式", "tassel style"),
                      ("小星星形状", "星形", "a little star")])
def _f_earstyle(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("jadestyle", [("飘绿花的", "带绿色飘花", "green flecks"), ("白底带点绿", "白色带绿斑", "white with green spots"),
                       ("圈口58", "内径约58mm", "58 mm inner size"), ("有一道小裂纹", "有细小裂纹", "a hairline crack")])
def _f_jadestyle(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("warmshape", [("小熊形状", "小熊造型", "bear-shaped"), ("圆饼形的", "圆形", "round"), ("胶囊形", "胶囊造型", "capsule-shaped"),
                       ("猫爪形状", "猫爪造型", "cat-paw shaped")])
def _f_warmshape(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("bootinside", [("里面是双黑色雪鞋，42码", "内有黑色雪鞋一双（42码）", "black ski boots size 42 inside"),
                        ("装着一双白色雪鞋 38码", "内有白色雪鞋一双，38码", "white boots size 38 inside"),
                        ("里面有雪鞋和头盔", "内装雪鞋一双、头盔一个", "boots and a helmet inside"),
                        ("里面是孩子的雪鞋，33码", "内有儿童雪鞋（33码）", "kid's boots size 33 inside")])
def _f_bootinside(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("scarfpat", [("格子的", "格纹", "check pattern"), ("带流苏", "两端流苏", "tassels"), ("针织粗线的", "粗针织", "chunky knit"),
                      ("印着小鹿", "鹿图案", "deer print")])
def _f_scarfpat(pm, ctx):
    return M([pm[0]], [pm[1]], pm[2])


@factory("role", [("滑雪学校教练", "滑雪学校", "ski school instructor"), ("索道运维", "索道部", "cable-car crew"),
                  ("雪场安保", "安保部", "resort security")])
def _f_role(pm, ctx):
    return M([f"我是{pm[0]}", f"部门{pm[1]}"], [f"部门：{pm[1]}", f"{pm[1]}员工"], pm[2])


@factory("tote_print", [("冰灯节", "冰灯节纪念", "the ice-lantern festival logo"), ("东北大花", "东北大花布", "a northeast big-flower print"),
                        ("雾凇岭", "“雾凇岭”字样", "the word Wusongling")])
def _f_tote_print(pm, ctx):
    return M([f"印着{pm[0]}图案", f"上面是{pm[0]}"], [f"印有{pm[1]}图案", f"袋面{pm[1]}"], f"with {pm[2]}")


NAME_PY = {}
_person0 = person


def person():
    d = _person0()
    NAME_PY[d["name"]] = d["py"]
    return d


def hmark(name):
    d = HIDDEN[name]()
    d.update(key="h_" + name, param=None, ctx=None)
    return d


PRICED = ["phone", "powerbank", "actioncam", "earbuds", "tablet", "camera", "smartwatch", "kidwatch", "goggles", "helmet",
          "snowboard", "skis", "downjacket", "skisuit", "backpack", "suitcase", "handbag", "mtb", "foldbike"]
GIFTED = ["longwallet", "shortwallet", "cardholder", "handbag", "watch", "smartwatch", "scarf", "thermos", "toy", "hat", "gloves"]
RENTED = {"helmet": 0.55, "snowboard": 0.55, "skis": 0.75, "poles": 0.8}


def build(kind, voice, origin):
    k = KINDS[kind]
    o = dict(cat=k["cat"], kind=kind, voice=voice, origin=origin, color=None, brand=None, model=None, serial=None,
             marks=[], hidden=[], idnum=None, amount=None)
    if k["colors"]:
        o["color"] = ch(k["colors"])
    if k["brands"] and p(k["pbrand"]):
        o["brand"] = ch(k["brands"])
        if p(1.0 if kind == "phone" else 0.55):
            o["model"] = gen_model(o)
    st = k["stype"]
    if st == "rental" and not p(RENTED[kind]):
        st = None
    if st in ("bank",) and kind != "bankcard" and p(0.3):
        st = None
    if st in ("imei", "sn", "frame") and p(0.2):
        st = None
    if kind == "carkey" and p(0.15):
        st = None
    if st:
        o["serial"] = (st, make_serial(st, o))
    if st == "rental":
        o["brand"] = ch(k["brands"])
    A = o["marks"].append
    H = o["hidden"].append

    def maybe(prob, name, ctx=None):
        if p(prob):
            A(mark(name, ctx=ctx))

    if o["cat"] == "id_doc" or kind == "skipass":
        if kind not in ("bankcard",) or p(0.5):
            A(mark("holder"))
        maybe(0.35, "cover")
        if kind == "student":
            A(mark("school"))
        if kind == "staffcard":
            A(mark("role"))
    elif kind == "phone":
        maybe(0.7, "case")
        maybe(0.5, "lockscreen")
        maybe(0.25, "sticker", ("背面", "on the back"))
        maybe(0.3, "lanyard")
        maybe(0.25, "crack")
        if p(0.5):
            H(hmark("phone_num"))
        if p(0.3):
            H(hmark("dead"))
        if p(0.25):
            H(hmark("photos"))
    elif o["cat"] == "wallet":
        if p(0.85):
            A(mark("amount", param=ch([60, 120, 200, 350, 500, 680, 800, 1100, 1500]) if kind != "coinpurse" else ch([23, 40, 65, 88, 150])))
        if kind != "coinpurse" and p(0.45):
            A(mark("idin"))
            o["idnum"] = make_id(origin if origin in ("local", "south", "north") else "south")
        maybe(0.2, "photo")
        maybe(0.25, "receipt")
        maybe(0.3, "scratch")
        if kind == "coinpurse":
            maybe(0.5, "charm")
        if p(0.3):
            H(hmark("gift"))
    elif kind == "carkey":
        if o["serial"]:
            A(mark("rentco"))
        maybe(0.35, "charm")
    elif kind == "roomcard":
        A(mark("hotelname"))
        if not o["serial"]:
            o["serial"] = ("room", make_serial("room", o))
    elif kind == "bnbkey":
        A(mark("roomname"))
        maybe(0.3, "charm")
    elif kind == "homekeys":
        A(mark("nkeys"))
        maybe(0.75, "charm")
        maybe(0.4, "fob")
    elif kind == "lockerband":
        o["serial"] = ("locker", make_serial("locker", o))
    elif kind == "ebikekey":
        maybe(0.7, "charm")
    elif kind in ("ebike", "etrike"):
        if kind == "ebike" and not o["serial"]:
            o["serial"] = ("plate", make_serial("plate", o))
        maybe(0.6, "quilt")
        maybe(0.35, "basket")
        maybe(0.25, "mirror")
        maybe(0.3, "scratch")
        if p(0.3):
            H(hmark("price"))
    elif o["cat"] == "bicycle":
        maybe(0.4, "bikelock")
        if kind == "oldbike":
            maybe(0.35, "childseat")
        if kind == "kidbike":
            maybe(0.5, "kidname")
        maybe(0.3, "sticker", ("车架上", "on the frame"))
        if p(0.3):
            A(mark("scratch", param=ch(MF["scratch"][0][:3])))
    elif o["cat"] == "bag":
        if kind == "bootbag":
            A(mark("bootinside"))
        elif kind == "boardbag":
            A(mark("boardart"))
        else:
            maybe(0.85, "contents")
        maybe(0.35, "bagcharm")
        if kind == "suitcase":
            maybe(0.5, "airtag")
            maybe(0.4, "sticker", ("箱子上", "on the shell"))
        if kind == "tote":
            A(mark("tote_print"))
        maybe(0.2, "nametag", ("行李牌上" if kind == "suitcase" else "包里侧", "on the tag"))
        if p(0.2):
            dm = MF["damage"][0]
            A(mark("damage", param=ch([d for d in dm if ("轮子" in d[0]) == (kind == "suitcase")])))
        if kind == "handbag" and p(0.3):
            A(mark("amount", param=ch([300, 500, 800, 1200])))
    elif o["cat"] == "cash":
        A(mark("amount"))
        if kind in ("redenv", "envelope"):
            maybe(0.7, "envtext")
        if kind == "roll":
            maybe(0.7, "rubber")
    elif o["cat"] == "jewelry":
        if kind in ("ring", "necklace", "bracelet", "earring"):
            if p(0.6):
                mats = {"gold": [("足金999", "999 gold"), ("足金", "pure gold"), ("18K金", "18K gold")],
                        "silver": [("S925银", "925 silver"), ("Pt950铂金", "platinum")],
                        "rosegold": [("18K金", "18K gold")]}[o["color"]]
                A(mark("material", param=ch(mats)))
        if kind == "ring":
            maybe(0.5, "engrave")
            maybe(0.3, "stone")
        if kind == "necklace":
            maybe(0.75, "pendant")
        if kind == "bracelet":
            maybe(0.35, "engrave")
        if kind == "earring":
            A(mark("earstyle"))
        if kind == "jade":
            A(mark("jadestyle"))
        if kind == "watch":
            maybe(0.8, "watchstrap")
        if kind != "watch" and p(0.5):
            lo, hi = {"ring": (2, 9), "earring": (1, 4), "necklace": (4, 30), "bracelet": (8, 40), "jade": (35, 80)}[kind]
            H(dict(mark("weight", param=R.randrange(lo, hi)), key="h_weight"))
        if p(0.45):
            H(hmark("gift"))
        if p(0.2):
            H(hmark("cert"))
    elif kind == "powerbank":
        maybe(0.7, "capacity")
        maybe(0.4, "sticker", ("正面", "on the front"))
        maybe(0.4, "cable")
        maybe(0.3, "scratch")
    elif kind == "actioncam":
        maybe(0.65, "mount")
        maybe(0.4, "sticker", ("机身上", "on the body"))
        if p(0.6):
            H(hmark("memcard"))
    elif kind == "earbuds":
        maybe(0.6, "earcase")
        maybe(0.2, "sticker", ("充电盒上", "on the case"))
    elif kind == "tablet":
        maybe(0.5, "sticker", ("背面", "on the back"))
        maybe(0.4, "scratch")
        if p(0.4):
            H(hmark("photos"))
    elif kind == "camera":
        maybe(0.5, "nametag", ("背带上", "on the strap"))
        maybe(0.4, "scratch")
        if p(0.5):
            H(hmark("memcard"))
    elif kind == "smartwatch":
        A(mark("watchstrap"))
        maybe(0.3, "scratch")
    elif kind == "kidwatch":
        maybe(0.6, "kidname")
        maybe(0.4, "watchstrap")
        if p(0.6):
            H(hmark("phone_num"))
    elif kind == "handwarmer":
        A(mark("warmshape"))
        maybe(0.3, "sticker", ("表面", "on it"))
    elif kind == "goggles":
        maybe(0.8, "lens")
        maybe(0.5, "strap")
        maybe(0.3, "sticker", ("镜框上", "on the frame"))
    elif kind == "helmet":
        maybe(0.5, "sticker", ("侧面", "on the side"))
        if p(0.4):
            A(mark("size", param=ch(["S", "M", "L", "XL"])))
        maybe(0.2, "nametag", ("头盔里", "inside"))
        maybe(0.3, "scratch")
    elif kind == "gloves":
        maybe(0.4, "oneside", ("只", "glove"))
        maybe(0.5, "holes")
        maybe(0.2, "nametag", ("手腕内侧", "inside the cuff"))
    elif kind == "snowboard":
        maybe(0.8, "boardart")
        maybe(0.6, "binding")
        if p(0.5):
            A(mark("size", param=ch(["150", "154", "158"])))
        maybe(0.3, "sticker", ("板头", "on the nose"))
    elif kind == "skis":
        if p(0.5):
            A(mark("size", param=ch(["150", "158"])))
        maybe(0.3, "sticker", ("板尾", "on the tail"))
    elif kind == "poles":
        maybe(0.4, "sticker", ("握把上", "on the grip"))
    elif kind == "pads":
        maybe(0.45, "kidname")
        if p(0.3):
            A(mark("size", param=ch(["S", "M", "L"])))
    elif kind == "downjacket":
        maybe(0.6, "length")
        maybe(0.4, "fur")
        maybe(0.7, "pocket")
        if p(0.4):
            A(mark("size", param=ch(["M", "L", "XL", "XXL"])))
    elif kind == "skisuit":
        maybe(0.6, "kidname")
        if p(0.6):
            A(mark("size", param=ch(["120", "130"])))
        maybe(0.3, "pocket")
    elif kind == "hat":
        A(mark("pompom"))
    elif kind == "scarf":
        A(mark("scarfpat"))
    elif kind == "thermos":
        A(mark("thermos_text"))
        maybe(0.3, "sticker", ("杯身", "on it"))
    elif kind == "toy":
        A(mark("toy"))
        maybe(0.3, "kidname")
    if kind in PRICED and p(0.15):
        H(hmark("price"))
    elif kind in GIFTED and p(0.12):
        H(hmark("gift"))
    return o


# ----------------------------------------------------------------------------------------------
# the owner's side
CTX = {
    "hall": ["在{p}换雪鞋的时候", "在{p}休息的时候", "在{p}排队买票的时候"],
    "rental": ["在{p}租雪具的时候", "还雪具的时候在{p}", "在{p}押证件租板子"],
    "locker": ["在{p}换衣服", "在{p}存东西的时候", "从{p}出来"],
    "cable_low": ["在{p}排队的时候", "在{p}刷卡进闸机"],
    "cable_car": ["坐缆车上山的时候", "在{p}拍照的时候", "下缆车的时候"],
    "cable_top": ["在{p}下来的时候", "在{p}穿板子"],
    "chair": ["坐{p}的时候", "在{p}上掏东西", "下{p}的时候摔了一跤"],
    "beginner": ["在{p}练的时候摔了几跤", "在{p}学刹车"],
    "kids": ["带孩子在{p}玩", "孩子在{p}玩雪圈"],
    "mid": ["从{p}滑下来的时候摔了", "在{p}上摔了一跤"],
    "adv": ["在{p}摔了个大跟头", "滑{p}的时候"],
    "school": ["孩子在{p}上课", "在{p}等教练"],
    "canteen": ["在{p}吃饭", "在{p}吃东西"],
    "cafe": ["在{p}喝咖啡", "在{p}歇脚"],
    "park1": ["在{p}往车上搬雪具", "停车下来在{p}"],
    "park2": ["在{p}停车", "从{p}走去大厅"],
    "shuttle": ["坐{p}回酒店", "在{p}上"],
    "hotel1": ["住{p}", "在{p}大堂等车", "退房的时候在{p}"],
    "pool": ["在{p}泡温泉", "泡温泉的时候放在{p}", "在{p}换衣服"],
    "hotel2": ["住{p}", "在{p}办入住"],
    "bnb1": ["住在{p}", "退房收拾东西，{p}"], "bnb2": ["住在{p}", "在{p}吃饭"], "bnb3": ["住{p}", "从{p}出来"],
    "bnb4": ["住{p}", "从{p}出门"],
    "village": ["在{p}", "从{p}出来"], "farm": ["在{p}吃铁锅炖", "住{p}"], "village2": ["在{p}串门", "去{p}"],
    "bus": ["在{p}候车", "在{p}买票"], "coach": ["坐{p}", "在{p}睡着了"],
    "square": ["在{p}看冰灯", "在{p}拍照", "逛{p}"], "gate": ["在{p}排队", "在{p}检票"],
    "street": ["逛{p}", "在{p}买吃的"], "market": ["在{p}买东西", "在{p}买冻梨"], "shop": ["在{p}买东西", "在{p}结账"],
    "police": ["在{p}办事"], "hsr": ["在{p}候车", "进{p}安检"], "hsr_pick": ["在{p}上车", "在{p}等车"],
    "charter": ["坐{p}去高铁站", "从雪场坐{p}回来"], "county": ["在{p}"], "road": ["走{p}", "在{p}"],
}
CTX_HK = ["喺{p}嗰陣", "喺{p}玩緊", "喺{p}"]
OPEN = {
    "south": ["", "你好，", "第一次来东北滑雪，", "我们从广州过来玩的，", "南方游客，", "麻烦了，", "您好！", "从深圳来的，"],
    "north": ["", "你好，", "同志你好，", "报个失，", "", "您好，"],
    "family": ["带孩子来玩，", "我是孩子家长，", "一家人来滑雪，", "陪老人孩子来泡温泉，", ""],
    "instructor": ["我是雪场滑雪学校的教练，帮学员登记：", "教练代学员报失：", "我是雪场教练，", "滑雪学校教练，"],
    "villager": ["俺是二道沟的，", "我是本地人，", "", "俺是三道沟的，", "本屯村民，"],
    "driver": ["我是跑包车的司机，", "跑高铁站接送的，", "包车师傅，", ""],
    "student": ["学生，寒假来滑雪，", "我们几个同学来玩的，", "大学生，", ""],
}
PLEA = ["捡到请联系我，必有重谢！", "麻烦帮忙留意一下，谢谢", "谢谢民警同志",
        "我后天就回去了，着急", "有消息请打我电话", "谢谢！", "", "", "拜托了"]
PLEA_V = {"villager": ["谁捡着了给俺送回来，谢谢了", "麻烦给看着点", "俺就指着它出门呢", ""],
          "south": ["好着急，谢谢大家！", "第一次来就遇到这事，拜托了", "捡到的好心人请联系，红包感谢"],
          "driver": ["跑活儿离不了，谢谢", "有信儿给我打电话"]}
HK_PLEA = ["如有人執到請聯絡我，唔該晒！", "唔該幫手留意下，多謝！", "好急，拜託！", "多謝晒！"]


def join_cn(parts, sep="，"):
    return sep.join(x for x in parts if x)


def mark_own_text(m, o):
    if m["key"] == "amount":
        a = m["param"]
        if o["cat"] == "cash":
            return ch([f"一共{approx_own(a)}", f"里面{approx_own(a)}", f"{approx_own(a)}现金"])
        return ch([f"里面有现金{approx_own(a)}", f"钱包里大概有{approx_own(a)}", f"有{approx_own(a)}现金"])
    return ch(m["o"])


def mark_find_text(m, o):
    if m["key"] == "amount":
        if o["cat"] == "cash":
            return ch(["经清点，", "内装", "", "清点后为"]) + exact_find(m["param"])
        return ch(["内有", "内装"]) + exact_find(m["param"])
    return ch(m["f"])


def cat2(a, b):
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return (a or "") + (b or "")


def desc_own(meas, col, br, mdl, name, kind):
    num = ch(["一" + meas, "", "一" + meas, "我的", "我"]) if meas else ""
    if num == "我":
        num = "我的"
    bm = join_cn([br, mdl], " ") if br or mdl else ""
    if kind == "phone" and bm and p(0.5):
        core = f"{bm}手机" if not (bm.endswith("手机")) else bm
        return f"{num}{col + ('' if col.endswith('的') else '的') if col else ''}{core}"
    r = R.random()
    if r < 0.55:
        return f"{num}{col or ''}{'的' if col and p(0.4) and not col.endswith('的') else ''}{cat2(bm, name)}"
    if r < 0.8 or not bm:
        return f"{num}{cat2(bm, name)}" + (f"（{col}）" if col else "")
    return f"{num}{col or ''}{name}（{bm}）"


def hk_desc(meas, col, br, mdl, name):
    bm = join_cn([br, mdl], " ")
    m = {"部": "部", "个": "個", "张": "張", "本": "本", "副": "對", "把": "條", "串": "串", "件": "件", "枚": "隻", "条": "條",
         "只": "隻", "块": "隻", "辆": "架", "台": "部", "顶": "頂", "沓": "疊", "袋": "袋", "套": "套"}.get(meas, "個")
    return f"{m}{col or ''}{'色' if col and not col.endswith('色') and len(col) == 1 else ''}{bm}{name}"


def choose_marks(o, force, n_lo, n_hi, side):
    if side == "own":
        pool = [m for m in o["marks"] if m["o"] or m["key"] == "amount"] + o["hidden"]
    else:
        pool = [m for m in o["marks"] if m["f"] or m["key"] == "amount"]
    must = [m for m in pool if m["key"] in force or (m["key"] == "amount" and o["cat"] == "cash")]
    rest = [m for m in pool if m not in must]
    R.shuffle(rest)
    n = R.randrange(n_lo, n_hi + 1)
    return must + rest[:max(0, n - len(must))]


def render_lost(o, force):
    if o["voice"] == "en":
        return render_lost_en(o, force)
    k = KINDS[o["kind"]]
    voice, mode, hk = o["voice"], o["mode"], o["voice"] == "hk"
    name = ch(k["hk"]) if hk else ch(k["own"])
    if name.startswith("金") and o["color"] != "gold":
        name = name[1:]
    col = col_own(o["color"]) if o["color"] and ("color" in force or p(0.75)) else None
    br = brand_own(o["brand"], voice) if o["brand"] and ("brand" in force or p(0.8)) else None
    mdl = model_own(o["model"], voice) if o["model"] and br and ("model" in force or p(0.55)) else None
    ser = None
    if o["serial"] and ("serial" in force or p(SER_OWN[o["serial"][0]])):
        ser = ser_own(*o["serial"])
    elif o["idnum"] and p(0.25):
        ser = ser_own("id", o["idnum"])
    pk = o["place"]
    pn = place_name(pk, voice)
    rec = {}
    if mode == "oneliner":
        ms = choose_marks(o, force, 0, 1, "own")
        bits = [col or "", br or "", name]
        what = "".join(bits) if p(0.6) else name
        extra = "，".join(mark_own_text(m, o) for m in ms)
        d = dtm(o["t_from"])
        tword = ch(["", f"{d.month}.{d.day}", f"{d.day}号", f"{period(d.hour)}", f"{d.month}月{d.day}号{period(d.hour)}"])
        forms = [f"{pn}丢了{what}", f"{what}丢了 {pn} {tword}", f"{tword}在{pn}丢{what}", f"{what}掉{pn}了",
                 f"丢{what}，{pn}附近，{tword}", f"{pn} {what} 丢了 急"]
        body = ch(forms)
        if extra:
            body += "，" + extra
        if ser and p(0.7):
            body += " " + ser[0]
        if hk:
            body = to_trad(ch([f"{pn}唔見咗{what}", f"{what}跌咗喺{pn}", f"{tword}喺{pn}唔見{what}"]) + (("，" + extra) if extra else ""))
            if ser:
                body += " " + ser[0]
        else:
            body = typo(body, 1 if p(0.7) else 2)
        body = tidy(body)
        if p(0.3) and col:
            rec["color"] = col if not hk else to_trad(col)
        if p(0.25):
            rec["address"] = to_trad(pn) if hk else pn
        return body.strip(), rec
    ms = choose_marks(o, force, 1, 3, "own")
    mtexts = [mark_own_text(m, o) for m in ms]
    infield = {}
    fp = {"full": 0.9, "partial": 0.5, "body": 0.0}[mode]
    if col and p(fp):
        infield["color"] = col
    if br and p(fp):
        infield["brand"] = br
    if mdl and p(fp):
        infield["model"] = mdl
    if ser and p(fp + 0.05):
        infield["serial"] = ser[0]
    if mtexts and p(fp * 0.8):
        infield["marks"] = "；".join(mtexts)
    # the body still says what it is; in full mode fields carry the details, the body may repeat some
    bcol = col if ("color" not in infield or p(0.4)) else None
    bbr = br if ("brand" not in infield or p(0.35)) else None
    bmdl = mdl if ("model" not in infield or p(0.3)) else None
    bmarks = mtexts if ("marks" not in infield or p(0.25)) else []
    bser = ser[1] if ser and ("serial" not in infield or p(0.2)) else ""
    when = window_zh(o["t_from"], o["t_to"])
    if hk:
        ctx = ch(CTX_HK if pk in RESORT else CTX_HK[::2]).format(p=pn)
        desc = hk_desc(k["meas"], bcol, bbr, bmdl, name)
        t = R.randrange(3)
        if t == 0:
            body = f"唔該幫手，我{when}{ctx}唔見咗{desc}。{join_cn(bmarks)}。{bser}。{ch(HK_PLEA)}"
        elif t == 1:
            body = f"{when}{ctx}跌咗{desc}，{join_cn(bmarks)}。{bser}。我哋係香港嚟玩嘅遊客，{ch(HK_PLEA)}"
        else:
            body = f"你好，想報失{desc}。時間：{when}；地點：{pn}。{join_cn(bmarks)}。{bser}。{ch(HK_PLEA)}"
        body = to_trad(body)
        infield = {a: to_trad(b) if a in ("color", "marks") else b for a, b in infield.items()}
    else:
        ctx = ch(CTX.get(pk, ["在{p}"])).format(p=pn)
        desc = desc_own(k["meas"], bcol, bbr, bmdl, name, o["kind"])
        op = ch(OPEN[voice])
        plea = ch(PLEA + PLEA_V.get(voice, []) + (["里面东西对我很重要，求好心人归还"] if o["cat"] in ("wallet", "bag", "phone") else []))
        mk = join_cn(bmarks)
        t = R.randrange(6)
        if voice == "villager":
            tv = R.randrange(3)
            if tv == 0:
                body = f"{op}{when}{ctx}，{desc}没了。{mk}。{bser}。{plea}"
            elif tv == 1:
                body = f"{op}俺{desc}找不着了，{when}{ctx}，{mk}。{bser}{plea}"
            else:
                body = f"{op}{when}在{pn}，{desc}丢了，{mk}。{bser}。{plea}"
        elif t == 0:
            body = f"{op}{when}，{ctx}，丢了{desc}。{mk}。{bser}。{plea}"
        elif t == 1:
            body = f"{op}{desc}丢了。时间：{when}。地点：{pn}。{mk}。{bser}。{plea}"
        elif t == 2:
            body = f"{op}我{when}{ctx}，把{desc}弄丢了，{mk}，{bser}。{plea}"
        elif t == 3:
            body = f"丢失物品：{desc}\n丢失时间：{when}\n丢失地点：{pn}\n特征：{mk or '无'}\n{bser}\n{plea}"
        elif t == 4:
            nxt = ch(["回到住的地方", "到了晚上", "准备走的时候", "上车以后", "掏东西的时候"])
            body = f"{op}{when}{ctx}，{nxt}才发现{desc}不见了。{mk}。{bser}。{plea}"
        else:
            body = f"{op}报失{desc}，{ctx}（{when}）丢的，{mk}。{bser}。{plea}"
    body = tidy(body)
    rec.update(infield)
    if p({"full": 0.95, "partial": 0.7, "body": 0.3}[mode]):
        a = ch([pn, PL[pk][0], pn + "附近", pn]) if not hk else to_trad(pn)
        if pk == "charter":
            a = ch(["雪场到高铁站的包车上", "包车（雾凇岭—长白西站）", "包的车上"])
        rec["address"] = a
    return body, rec


def tidy(s):
    for a, b in [("，，", "，"), (" ，", "，"), ("， ", "，"), ("。。", "。"), ("，。", "。"), ("。，", "。"), ("，，", "，"), ("\n\n", "\n"), ("。\n", "\n"), ("，\n", "\n"),
                 ("  ", " "), ("\n。", "\n"), ("：。", "："), ("；。", "。"), ("。 。", "。")]:
        while a in s:
            s = s.replace(a, b)
    s = s.strip("，。 \n") + ("" if s.rstrip().endswith(("！", "!", "？", "急")) else "")
    if s.startswith("。"):
        s = s[1:]
    return s


def en_fix(s):
    s = s.replace(" .", ".").replace("..", ".").replace("  ", " ").strip()
    return re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", s)


def render_lost_en(o, force):
    k = KINDS[o["kind"]]
    col = COLORS[o["color"]][2] if o["color"] and ("color" in force or p(0.8)) else None
    br = brand_own(o["brand"], "en") if o["brand"] and ("brand" in force or p(0.8)) else None
    mdl = o["model"][0] if o["model"] and br and ("model" in force or p(0.6)) else None
    ser = None
    if o["serial"] and ("serial" in force or p(SER_OWN[o["serial"][0]] + 0.1)):
        ser = ser_en(*o["serial"])
    ms = choose_marks(o, force, 1, 3, "own")
    mt = []
    for m in ms:
        mt.append(f"about {m['param']} yuan inside" if m["key"] == "amount" else m["en"])
    pn = PL[o["place"]][2]
    what = " ".join(x for x in [col, br, mdl, k["en"]] if x)
    rec = {}
    if o["mode"] == "oneliner":
        d = dtm(o["t_from"])
        body = ch([f"lost {what} at {pn} {MON[d.month]} {d.day}, pls help", f"{what} lost near {pn}!! {MON[d.month]}{d.day} afternoon",
                   f"Lost my {k['en']} at {pn}"])
        if mt and p(0.5):
            body += ", " + mt[0]
        return body, rec
    when = window_en(o["t_from"], o["t_to"])
    t = R.randrange(3)
    det = ". ".join(x[0].upper() + x[1:] for x in mt)
    if t == 0:
        body = f"Hi, I lost my {what} at {pn} {when}. " + (f"{det}. " if det else "") + (f"{ser}. " if ser else "") + "Please contact me if anyone hands it in, thank you so much!"
    elif t == 1:
        body = f"Lost item: {what}. Where: {pn}. When: {when}." + (f" Details: {det}." if det else "") + (f" {ser}." if ser else "")
    else:
        body = (f"Hello, we are visitors on our first snow trip. My {k['en']} went missing {when}, I think at {pn}. "
                + (f"They are {what}. " if k["en"].endswith("s") else f"It is {'an' if what[0] in 'aeiou' else 'a'} {what}. ")
                + (f"{det}. " if det else "") + (f"The {ser}. " if ser else "") + "Thanks!")
    if p(0.6) and col:
        rec["color"] = col
    if p(0.6) and br:
        rec["brand"] = br
    if p(0.5) and ser:
        rec["serial"] = ser.split(" ")[-1]
    if p(0.5):
        rec["address"] = pn
    return en_fix(body), rec


# ----------------------------------------------------------------------------------------------
# the finder's side
def fname():
    return person()["name"]


def fsur():
    return ch(_SURN)


FINDERS = {
    "cable": (lambda: ch(["索道工作人员", "1号索道下站值班员", f"缆车站工作人员小{fsur()}", "索道运维班组"]),
              ["在吊厢内拾得", "清理吊厢时发现", "巡检时捡到", "在座椅下发现"]),
    "chair": (lambda: ch(["2号吊椅值班员", "吊椅站工作人员", f"索道工作人员小{fsur()}"]),
              ["在吊椅下方雪地里捡到", "巡检时捡到", "在下车区捡到"]),
    "coach": (lambda: ch(["接驳大巴司机", f"大巴司机{fsur()}师傅", "客运站工作人员"]),
              ["收车时在座位底下发现", "在行李架上发现", "清扫车厢时发现"]),
    "shuttle": (lambda: ch(["雪场摆渡车司机", "班车司机", f"摆渡车司机{fsur()}师傅"]),
                ["收车时在座位底下发现", "在车厢里发现", "清扫车厢时发现"]),
    "patrol": (lambda: ch(["雪场巡逻队", "雪场救护巡逻员", f"巡逻员{fname()}", "压雪车司机"]),
               ["在雪道边捡到", "巡查时发现", "在雪堆里扒出", "在护网边捡到"]),
    "rental": (lambda: ch(["租赁处员工", "雪具租赁柜台", f"租赁处{fsur()}姐"]), ["归还雪具时发现", "在柜台上发现", "整理雪具时发现"]),
    "cleaner": (lambda: ch(["保洁员", "保洁阿姨", f"保洁员{fname()}"]), ["打扫时发现", "收拾时发现", "清扫时拾得"]),
    "instructor": (lambda: ch([f"滑雪教练{fname()}", "雪场教练", "滑雪学校教练员"]), ["带课时捡到", "在集合点捡到", "滑下来时在道边捡到"]),
    "tourist": (lambda: ch([f"游客{fname()}", "一名游客", "外地游客", f"游客{fsur()}女士", f"游客{fsur()}先生"]), ["捡到后交来", "路过时捡到", "拾得后送来"]),
    "hall_desk": (lambda: ch(["雪具大厅服务台", "雪场客服中心", "雪场失物招领处"]), ["收到游客交来的", "收到清洁工交来的"]),
    "hotel_desk": (lambda: ch(["酒店前台", "酒店大堂经理", f"酒店客房部{fsur()}经理"]), ["在大堂沙发上发现", "客房清扫时发现", "在更衣区发现"]),
    "bnb_owner": (lambda: ch(["民宿老板", "民宿老板娘", f"民宿店主{fname()}"]), ["客人退房后在房间发现", "在炕上发现", "打扫房间时在床底下发现"]),
    "villager": (lambda: ch([f"村民{fname()}", "二道沟村民", f"屯里的老{fsur()}头", f"村民{fsur()}大姐"]), ["在路边捡到", "在自家门口发现", "赶集回来在道边发现"]),
    "bus_staff": (lambda: ch(["客运站工作人员", "客运站值班员", "客运站售票员"]), ["在候车厅座椅上发现", "在售票窗口发现", "在进站口捡到"]),
    "driver": (lambda: ch([f"包车司机{fsur()}师傅", "网约车司机", "跑高铁站的出租车师傅", f"司机{fname()}"]), ["送完客人发现后座上有", "在车里发现", "收车时在后备箱发现"]),
    "hsr_staff": (lambda: ch(["长白西站工作人员", "高铁站安检员", "车站客运员"]), ["在候车室发现", "在安检口发现", "在出站口捡到"]),
    "volunteer": (lambda: ch(["冰灯节志愿者", "冰灯节工作人员", f"志愿者{fname()}"]), ["在冰灯园内捡到", "在入口处捡到", "在冰滑梯旁边捡到"]),
    "police": (lambda: ch(["巡逻民警", f"辅警{fname()}", "派出所巡逻组"]), ["巡逻时发现", "在路边发现", "巡查时拾得"]),
    "shop": (lambda: ch(["万家福超市收银员", "小吃摊摊主", f"集市摊主{fname()}", "超市店员"]), ["在店内发现", "在门口发现", "收摊时发现"]),
}
PLACE_FINDERS = {
    "hall": ["hall_desk", "cleaner", "tourist"], "rental": ["rental"], "locker": ["cleaner", "hall_desk"],
    "cable_low": ["cable"], "cable_car": ["cable"], "cable_top": ["cable", "patrol"], "chair": ["chair", "patrol"],
    "beginner": ["instructor", "patrol", "tourist"], "kids": ["instructor", "cleaner", "tourist"], "mid": ["patrol", "instructor", "tourist"],
    "adv": ["patrol"], "school": ["instructor"], "canteen": ["cleaner", "hall_desk"], "cafe": ["cleaner", "tourist"],
    "park1": ["patrol", "tourist"], "park2": ["patrol", "tourist"], "shuttle": ["shuttle"], "hotel1": ["hotel_desk"],
    "pool": ["hotel_desk", "cleaner"], "hotel2": ["hotel_desk"], "bnb1": ["bnb_owner"], "bnb2": ["bnb_owner"], "bnb3": ["bnb_owner"],
    "bnb4": ["bnb_owner"], "village": ["villager"], "farm": ["villager", "bnb_owner"], "village2": ["villager"],
    "bus": ["bus_staff"], "coach": ["coach"], "square": ["volunteer", "police", "tourist"], "gate": ["volunteer"],
    "street": ["shop", "police", "tourist"], "market": ["shop", "villager"], "shop": ["shop"], "police": ["police"],
    "hsr": ["hsr_staff"], "hsr_pick": ["driver", "hsr_staff"], "charter": ["driver"], "county": ["police", "tourist"],
    "road": ["villager", "police"],
}
DISPO = ["已送派出所。", "暂存雪具大厅失物招领处。", "现存阳光坐席，失主请带身份证认领。", "", "", "已登记入库。",
         "请失主携有效证件到派出所认领。", "交派出所保管。"]


def render_found(fd):
    """fd: dict(o, place | far, t, mode, force, hide_serial, voice)."""
    o, force = fd["o"], fd["force"]
    if fd.get("voice") == "en":
        return render_found_en(fd)
    k = KINDS[o["kind"]]
    name = ch(k["find"])
    col = col_find(o["color"], 0.0 if fd.get("neg") == "twin_one_fact" or len(k["colors"]) < 3 or o["cat"] == "cash" else 0.14) if o["color"] and ("color" in force or p(0.8)) else None
    if col and "color" in force:
        col = ch(COLORS[o["color"]][1][:2])
    if name.startswith("金属") and o["color"] in ("gold", "silver", "rosegold") and "color" not in force:
        name = {"gold": "黄色", "silver": "白色", "rosegold": "浅黄色"}[o["color"]] + name
        col = None
    br = brand_find(o["brand"]) if o["brand"] and ("brand" in force or p(0.7)) else None
    mdl = model_find(o["model"]) if o["model"] and br and ("model" in force or p(0.25)) else None
    ser = None
    if o["serial"] and not fd.get("hide_serial") and ("serial" in force or p(SER_FIND[o["serial"][0]])):
        ser = ser_find(*o["serial"])
    elif o["idnum"] and not fd.get("hide_serial") and p(0.5):
        ser = ser_find("id", o["idnum"])
    if fd.get("far"):
        fzh, _, _, _ = fd["far"]
        pn = fzh
        finder = ch([f"{fzh}派出所", f"{fzh}失物招领处", f"{fzh}工作人员"])
        verb = ch(["拾得", "发现", "收到"])
    else:
        pk = fd["place"]
        pn = place_name(pk, "zh", exact=True)
        fk = ch(PLACE_FINDERS[pk])
        finder = FINDERS[fk][0]()
        verb = ch(FINDERS[fk][1])
        if fk == "bnb_owner" and pk.startswith("bnb"):
            finder = PL[pk][1][0] + ch(["老板", "老板娘", "店主"])
    if o["cat"] in ("ebike", "bicycle"):
        verb = ch(["发现无人看管的", "发现停放多时的", "在路边发现", "发现"])
    at = f"在{pn}{verb[1:]}" if verb.startswith("在") else f"在{pn}{verb}"
    t = fd["t"]
    tt = found_time_zh(t)
    rec = {}
    mode = fd["mode"]
    if mode == "oneliner":
        ms = choose_marks(o, force, 0, 1, "find")
        what = f"{col or ''}{name}" if not (col and len(col.rstrip("色")) == 1 and name.startswith(col[0])) else name
        body = ch([f"{pn}拾得{what}一{k['meas']}", f"{tt}{pn}捡到{what}", f"{what}，{pn}，{finder}交", f"{finder}交来{what}（{pn}）"])
        if ms:
            body += "，" + mark_find_text(ms[0], o)
        if ser and p(0.6):
            body += "，" + ser[1]
        if p(0.4):
            body = typo(body)
        body = tidy(body)
        if p(0.5) and not fd.get("far"):
            rec["address"] = pn
        return body, rec
    ms = choose_marks(o, force, 1, 4, "find")
    mtexts = [mark_find_text(m, o) for m in ms]
    if o["kind"] == "phone" and p(0.4):
        mtexts.append(ch(["手机已锁屏，无法查看机主信息", "有未接来电多个", "已关机", "电量低", "屏幕锁定"]))
    fp = {"full": 0.9, "partial": 0.5, "body": 0.0}[mode]
    infield = {}
    if col and p(fp):
        infield["color"] = col
    if br and p(fp):
        infield["brand"] = br
    if mdl and p(fp):
        infield["model"] = mdl
    if ser and p(fp + 0.05):
        infield["serial"] = ser[0]
    if mtexts and p(fp * 0.85):
        infield["marks"] = "；".join(mtexts)
    bcol = col if ("color" not in infield or p(0.5)) else None
    bbr = br if ("brand" not in infield or p(0.4)) else None
    bmdl = mdl if ("model" not in infield or p(0.3)) else None
    det = join_cn(mtexts if ("marks" not in infield or p(0.3)) else [])
    bser = ser[1] if ser and ("serial" not in infield or p(0.25)) else ""
    bm = join_cn([bbr, bmdl], " ")
    if bcol and len(bcol.rstrip("色")) == 1 and name.startswith(bcol[0]):
        bcol = None
    desc = ch([f"{bcol or ''}{cat2(bm, name)}", cat2(bm, name) + (f"（{bcol}）" if bcol else ""), f"{name}（{join_cn([bcol, bm])}）" if (bcol or bm) else name])
    dispo = ch(DISPO)
    tpl = R.randrange(5)
    if tpl == 0:
        body = f"{finder}于{tt}在{pn}拾得{desc}一{k['meas']}，{det}，{bser}。{dispo}"
    elif tpl == 1:
        body = f"{tt}，{finder}{at}{desc}。{det}。{bser}。{dispo}"
    elif tpl == 2:
        body = f"拾得物品：{desc}\n拾得时间：{tt}\n拾得地点：{pn}\n拾得人：{finder}\n物品特征：{det or '无明显特征'}\n{bser}\n{dispo}"
    elif tpl == 3:
        body = f"{finder}交来{desc}一{k['meas']}，称于{tt}在{pn}{ch(['捡到', '拾得', '发现'])}。{det}。{bser}。{dispo}"
    else:
        if not fd.get("far") and fd["place"].startswith("bnb"):
            body = f"我是{finder}，{date_zh(t)}客人退房后收拾屋子，在{ch(['炕上', '床底下', '沙发缝里', '门口鞋柜上'])}发现{desc}，{det}。{bser}。不知道是哪位客人的，先送派出所。"
        elif not fd.get("far") and fd["place"] in ("charter", "hsr_pick"):
            body = f"{finder}：{date_zh(t)}{clock_zh(t)}送客人到高铁站，回来发现后座上落了{desc}，{det}。{bser}。客人电话没存，送到所里。"
        elif not fd.get("far") and fd["place"] in ("village", "village2", "road", "farm"):
            body = f"{finder}{date_zh(t)}{period(dtm(t).hour)}在{pn}{ch(['道边', '柴火垛旁边', '雪堆里', '小卖店门口'])}发现{desc}，{det}，{bser}，送来派出所。"
        else:
            body = f"{tt}{finder}{at}{desc}，{det}。{bser}。{dispo}"
    body = tidy(body)
    rec.update(infield)
    if fd.get("far"):
        if p(0.85):
            rec["address"] = fd["far"][0]
    elif p({"full": 0.98, "partial": 0.85, "body": 0.5}[mode]):
        rec["address"] = ch([pn, PL[fd["place"]][0], pn])
    return body, rec


def render_found_en(fd):
    o = fd["o"]
    k = KINDS[o["kind"]]
    col = COLORS[o["color"]][2] if o["color"] else None
    br = BRANDS[o["brand"]][1] if o["brand"] and p(0.6) else None
    ms = choose_marks(o, fd["force"], 1, 2, "find")
    mt = [(f"{m['param']} yuan in cash inside" if m["key"] == "amount" else m["en"]) for m in ms]
    pn = PL[fd["place"]][2]
    d = dtm(fd["t"])
    what = " ".join(x for x in [col, br, k["en"]] if x)
    body = (f"Found a {what} at {pn} on {MON[d.month]} {d.day} around {clock_en(fd['t'])}. {'. '.join(x[0].upper() + x[1:] for x in mt)}. "
            f"Handed in by a ski instructor (foreign staff) to the lodge desk.")
    rec = {"address": pn}
    if col:
        rec["color"] = col
    return en_fix(body), rec


# ----------------------------------------------------------------------------------------------
# assembly
VILLAGE_PLACES = ["village", "village2", "farm", "road", "market", "shop", "bus", "street"]
HOURS = {"resort": (9, 16), "pool": (18, 23), "hotel1": (7, 22), "hotel2": (7, 22), "square": (16, 21), "gate": (16, 20),
         "street": (17, 22), "market": (6, 10), "shop": (8, 20), "village": (6, 19), "village2": (6, 19), "farm": (11, 20),
         "road": (7, 18), "bus": (7, 17), "coach": (8, 18), "hsr": (8, 19), "hsr_pick": (8, 20), "charter": (8, 19),
         "shuttle": (8, 18), "bnb1": (8, 11), "bnb2": (8, 11), "bnb3": (8, 11), "bnb4": (8, 11), "police": (9, 16), "county": (9, 17)}
UNIQUE_KEYS = {"holder", "idin", "kidname", "nametag", "engrave", "sticker", "lockscreen", "contents", "amount", "receipt",
               "photo", "airtag", "envtext", "roomname", "bootinside", "crack", "scratch", "charm", "bagcharm", "basket",
               "mirror", "pocket", "rentco", "damage", "holes", "oneside", "jadestyle"}
TWIN_MARKS = ["sticker", "lockscreen", "case", "charm", "bagcharm", "engrave", "pendant", "quilt", "lens", "boardart",
              "envtext", "earcase", "watchstrap", "strap", "roomname", "hotelname", "school", "pompom", "toy", "airtag",
              "warmshape", "earstyle", "tote_print", "childseat", "bikelock", "binding", "contents", "receipt", "photo"]


FOUND_HOURS = {"resort": (8, 17), "pool": (6, 24), "hotel1": (6, 24), "hotel2": (6, 24), "square": (9, 23), "gate": (9, 22),
               "street": (9, 23), "village": (6, 20), "village2": (6, 20), "farm": (6, 22), "road": (6, 19), "bus": (6, 19),
               "coach": (6, 19), "hsr": (6, 22), "hsr_pick": (6, 23), "charter": (6, 23), "shop": (7, 21), "market": (5, 20)}


def fix_hours(t, pk, back=False):
    """Move a finding time into the hours when someone is there to find it."""
    if pk is None:
        lo, hi = 7, 22
    else:
        lo, hi = FOUND_HOURS.get(pk, FOUND_HOURS["resort"] if pk in RESORT else (7, 22))
    d = dtm(t)
    h = d.hour + d.minute / 60
    if lo <= h < hi:
        return t
    day0 = t - t % 1440
    if not back:
        if h >= hi:
            day0 += 1440
        return day0 + lo * 60 + R.randrange(5, 90)
    if h < lo:
        day0 -= 1440
    return day0 + hi * 60 - R.randrange(10, 120)


def pick_day():
    # busier around New Year's Day and on weekends
    while True:
        d = R.randrange(0, 56)
        wd = dtm(d * 1440).weekday()
        w = 1.0 + (0.8 if 8 <= d <= 12 else 0) + (0.5 if wd >= 5 else 0)
        if R.random() < w / 2.3:
            return d


def loss_window(pk, kind):
    lo, hi = HOURS.get(pk, HOURS["resort"] if pk in RESORT else (8, 18))
    d = pick_day()
    t0 = d * 1440 + R.randrange(lo, hi + 1) * 60 + ch([0, 0, 10, 15, 20, 30, 40, 45, 50])
    if KINDS[kind]["cat"] in ("ebike", "bicycle") and p(0.5):
        ln = R.randrange(300, 900)
    elif pk.startswith("bnb") or p(0.08):
        # noticed only the next morning
        t1 = (t0 // 1440 + 1) * 1440 + R.randrange(7 * 60, 10 * 60)
        ln = t1 - t0
    else:
        ln = ch([15, 20, 30, 40, 60, 90, 120, 150, 180, 240, 300, 360])
    t1 = t0 + ln
    if t1 > NOW - 180:
        t1 = NOW - 180
        t0 = min(t0, t1 - 30)
    return t0, t1


def pick_voice(kind, pk):
    cat = KINDS[kind]["cat"]
    if cat in ("ebike", "bicycle") or kind in ("homekeys", "ebikekey") or pk in ("village", "village2", "road"):
        return "villager" if p(0.8) else ch(["north", "family"])
    if pk in ("market",) and p(0.5):
        return "villager"
    if pk in ("charter", "hsr_pick") and p(0.2):
        return "driver"
    if pk in RESORT and p(0.1):
        return "instructor"
    return ch(["south"] * 6 + ["north"] * 4 + ["family"] * 4 + ["student"] * 2)


def origin_of(voice):
    return {"south": "south", "hk": "hk", "en": "foreign", "north": "north", "villager": "local", "driver": "local",
            "instructor": "local"}.get(voice) or ch(["south", "north", "south"])


def alloc(total, weights):
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def main(out_path=None):
    lost = []
    for cat in CATS:
        for kind in CAT_KINDS[cat]:
            lost.append({"kind": kind, "cat": cat})
    R.shuffle(lost)
    ntrue = alloc(N_TRUE, {c: len(CAT_KINDS[c]) for c in CATS})
    seen = {c: 0 for c in CATS}
    for L in lost:
        c = L["cat"]
        L["has_truth"] = seen[c] < ntrue[c]
        seen[c] += 1
    # voices: ten English reports, a dozen in traditional characters with Cantonese words
    en_ok = [i for i, L in enumerate(lost) if L["cat"] in ("phone", "electronics", "other", "bag", "wallet", "jewelry")
             or L["kind"] == "passport"]
    en_idx = set(R.sample(en_ok, 9))
    en_idx.update(i for i, L in enumerate(lost) if L["kind"] == "passport")
    hk_ok = [i for i, L in enumerate(lost) if i not in en_idx and (L["cat"] in ("phone", "wallet", "electronics", "other", "bag", "jewelry")
             or L["kind"] == "permit")]
    hk_idx = set(R.sample(hk_ok, 10))
    hk_idx.update(i for i, L in enumerate(lost) if L["kind"] == "permit")
    objs = []
    for i, L in enumerate(lost):
        kind = L["kind"]
        pk = wpick(KIND_PLACES.get(kind) or LOSS_PLACES[L["cat"]])
        if i in en_idx:
            voice = "en"
            if pk in VILLAGE_PLACES[:4]:
                pk = "hall"
        elif i in hk_idx:
            voice = "hk"
        else:
            voice = pick_voice(kind, pk)
        if voice == "villager" and pk not in VILLAGE_PLACES:
            pk = ch(VILLAGE_PLACES)
        o = build(kind, voice, origin_of(voice))
        o["place"] = pk
        o["t_from"], o["t_to"] = loss_window(pk, kind)
        o["has_truth"] = L["has_truth"]
        o["force"] = []
        o["negs"] = []
        objs.append(o)
    # how each report is written: at least 30 hurried one-liners
    modes = ["oneliner"] * 36 + ["body"] * 70 + ["partial"] * 78 + ["full"] * 56
    R.shuffle(modes)
    for o, m in zip(objs, modes):
        o["mode"] = m
    # ---- true found items
    founds = []
    for o in objs:
        if not o["has_truth"]:
            continue
        fpk = o["place"] if p(0.45) else ch(NEAR[o["place"]])
        span = max(10, o["t_to"] - o["t_from"])
        t = o["t_from"] + R.randrange(5, span + 1)
        r = R.random()
        if r > 0.6:
            t += R.randrange(0, 600) if r < 0.9 else R.randrange(600, 2880)
        t = min(fix_hours(t, fpk), NOW - 15)
        fd = {"o": o, "place": fpk, "t": t, "cat": o["cat"], "truth_of": o, "neg": None, "force": o["force"],
              "mode": ch(["oneliner"] * 2 + ["body"] * 5 + ["partial"] * 7 + ["full"] * 6)}
        founds.append(fd)
        o["found"] = fd
    # a few objects filed under another category by the finder
    alts = [fd for fd in founds if KINDS[fd["o"]["kind"]]["alt"]]
    for fd in R.sample(alts, 4):
        fd["cat"] = KINDS[fd["o"]["kind"]]["alt"]
    # two found registrations written in English by foreign instructors
    en_f = [fd for fd in founds if fd["place"] in RESORT and fd["mode"] != "oneliner"]
    for fd in R.sample(en_f, 2):
        fd["voice"] = "en"
    # ---- hard negatives
    used = {}

    def bases(pred, n_unf, n_true):
        out = []
        for want, flag in ((n_unf, False), (n_true, True)):
            cand = [o for o in objs if o["has_truth"] == flag and pred(o) and used.get(id(o), 0) == 0]
            if len(cand) < want:
                cand += [o for o in objs if o["has_truth"] == flag and pred(o) and used.get(id(o), 0) == 1]
            R.shuffle(cand)
            out += cand[:want]
        for o in out:
            used[id(o)] = used.get(id(o), 0) + 1
        return out

    def twin_facts(o):
        f = []
        ks = [m["key"] for m in o["marks"]]
        if o["cat"] == "id_doc" or o["kind"] == "skipass":
            return ["holder"] if "holder" in ks else (["serial"] if o["serial"] else [])
        if o["serial"] and o["serial"][0] not in ("id", "room") and not (o["kind"] == "bankcard" and "holder" in ks):
            f += ["serial"] * 2
        if "amount" in ks:
            f += ["amount"] * 2
        for key in ("idin", "kidname", "nametag"):
            if key in ks:
                f.append(key)
        if o["color"] and len(KINDS[o["kind"]]["colors"]) > 2:
            f.append("color")
        if o["brand"] and len(KINDS[o["kind"]]["brands"]) > 1 and not (o["serial"] and o["serial"][0] == "rental"):
            f.append("brand")
        f += [k for k in ks if k in TWIN_MARKS]
        return f

    negs = []
    # 1. twins that differ in one stated fact
    for b in bases(lambda o: o["mode"] != "oneliner" and o["voice"] != "en" and twin_facts(o), 12, 10):
        fact = ch(twin_facts(b))
        tw = copy.deepcopy({k: v for k, v in b.items() if k not in ("found", "negs")})
        if fact == "serial":
            tw["serial"] = (b["serial"][0], make_serial(b["serial"][0], b))
        elif fact == "amount":
            for m in tw["marks"]:
                if m["key"] == "amount":
                    a = m["param"]
                    m["param"] = a * 2 + ch([0, 100, 200]) if a < 800 else max(50, a // 3 - a // 3 % 10)
        elif fact == "color":
            k = KINDS[b["kind"]]
            tw["color"] = ch([c for c in k["colors"] if c != b["color"] and c not in COLORS[b["color"]][3]
                              and b["color"] not in COLORS[c][3]] or [c for c in k["colors"] if c != b["color"]])
        elif fact == "brand":
            tw["brand"] = ch([x for x in KINDS[b["kind"]]["brands"] if x != b["brand"]])
            tw["model"] = gen_model(tw) if b["model"] else None
        else:
            for i, m in enumerate(tw["marks"]):
                if m["key"] == fact:
                    tw["marks"][i] = mark(fact, ctx=m["ctx"], exclude=m["param"])
            if fact == "holder" and tw["serial"]:
                tw["serial"] = (tw["serial"][0], make_serial(tw["serial"][0], tw))
        if fact not in ("serial", "holder") and tw["serial"]:
            tw["serial"] = (tw["serial"][0], make_serial(tw["serial"][0], tw))
        if fact == "idin":
            tw["idnum"] = make_id("south")
        force = [fact]
        b["force"].append(fact)
        if b.get("found"):
            b["found"]["force"] = b["force"]
        tw["hidden"] = []
        tw["marks"] = [m for m in tw["marks"] if m["key"] == fact or m["key"] not in UNIQUE_KEYS]
        pk = ch(NEAR[b["place"]])
        t = min(NOW - 20, fix_hours(b["t_from"] + R.randrange(20, max(40, b["t_to"] - b["t_from"]) + 1440), pk))
        negs.append({"o": tw, "place": pk, "t": t, "cat": b["cat"], "neg": "twin_one_fact", "force": force, "base": b, "fact": fact,
                     "hide_serial": fact not in ("serial", "holder"), "mode": ch(["body", "partial", "full"])})
    # 2. same category and colour, another object
    for b in bases(lambda o: o["color"] is not None, 14, 10):
        k0 = KINDS[b["kind"]]
        kinds = sorted(set(CAT_KINDS[b["cat"]]))
        others = [x for x in kinds if x != b["kind"] and KINDS[x]["colors"] and b["color"] in KINDS[x]["colors"]]
        kind = ch(others) if others and p(0.6) else b["kind"]
        nw = build(kind, b["voice"], b["origin"])
        nw["color"] = b["color"]
        if kind == b["kind"] and b["brand"] and KINDS[kind]["brands"]:
            alts_b = [x for x in KINDS[kind]["brands"] if x != b["brand"]]
            nw["brand"] = ch(alts_b) if alts_b and p(0.8) else None
            nw["model"] = gen_model(nw) if nw["brand"] and p(0.4) else None
        pk = ch(NEAR[b["place"]])
        t = min(NOW - 20, fix_hours(b["t_from"] + R.randrange(10, max(40, b["t_to"] - b["t_from"]) + 720), pk))
        negs.append({"o": nw, "place": pk, "t": t, "cat": b["cat"], "neg": "same_category_colour", "force": [], "base": b,
                     "mode": ch(["oneliner", "body", "partial", "partial", "full"])})
    # 3. the same sort of thing found before the loss began
    generic = lambda o: (o["cat"] not in ("id_doc", "cash") and o["kind"] not in ("skipass",) and o["t_from"] > 5 * 1440)
    for b in bases(generic, 14, 8):
        nw = copy.deepcopy({k: v for k, v in b.items() if k not in ("found", "negs")})
        nw["marks"] = [m for m in nw["marks"] if m["key"] not in UNIQUE_KEYS]
        nw["hidden"] = []
        if nw["serial"]:
            nw["serial"] = (nw["serial"][0], make_serial(nw["serial"][0], nw))
        nw["idnum"] = None
        pk = b["place"] if p(0.5) else ch(NEAR[b["place"]])
        t = fix_hours(b["t_from"] - R.randrange(90, 6 * 1440), pk, back=True)
        negs.append({"o": nw, "place": pk, "t": t, "cat": b["cat"], "neg": "found_before_loss", "force": [], "base": b,
                     "hide_serial": True, "mode": ch(["oneliner", "body", "partial", "full"])})
    # 4. same maker (and often model) far away or at another time
    far_left = 16
    for b in bases(lambda o: o["brand"] is not None, 12, 10):
        nw = build(b["kind"], b["voice"], b["origin"])
        nw["brand"] = b["brand"]
        nw["model"] = b["model"] if p(0.6) else gen_model(nw)
        if p(0.5):
            nw["color"] = b["color"]
        fd = {"o": nw, "cat": b["cat"], "neg": "same_make_elsewhere", "force": [], "base": b, "mode": ch(["body", "partial", "full"])}
        if far_left > 0:
            far_left -= 1
            fz = ch(FAR)
            fd["far"] = fz
            fd["place"] = None
            fd["t"] = min(NOW - 20, fix_hours(b["t_from"] + R.randrange(-1440, 3 * 1440), None))
        else:
            fd["place"] = ch(RESORT + ["square", "bus", "hsr", "hotel1"])
            if b["t_from"] > 14 * 1440:
                fd["t"] = fix_hours(b["t_from"] - R.randrange(12 * 1440, min(b["t_from"], 30 * 1440)), fd["place"], back=True)
            else:
                fd["t"] = min(NOW - 20, fix_hours(b["t_to"] + R.randrange(20 * 1440, 34 * 1440), fd["place"]))
        negs.append(fd)
    # 5. other things handed in that nobody here reports
    allk = [k for c in CATS for k in sorted(set(CAT_KINDS[c]))]
    for _ in range(N_UNCLAIMED):
        kind = ch(allk)
        pk = wpick(KIND_PLACES.get(kind) or LOSS_PLACES[KINDS[kind]["cat"]])
        nw = build(kind, "north", ch(["south", "north", "local"]))
        t0, _ = loss_window(pk, kind)
        negs.append({"o": nw, "place": pk, "t": min(NOW - 20, fix_hours(t0 + R.randrange(30, 1440), pk)), "cat": KINDS[kind]["cat"],
                     "neg": "unclaimed", "force": [], "mode": ch(["oneliner", "body", "partial", "full", "full"])})
    for fd in negs:
        fd["truth_of"] = None
    # ---- write the records
    lost_recs = []
    for o in objs:
        body, rec = render_lost(o, o["force"])
        r = {"category": o["cat"], "body": body[:600]}
        for f in ("color", "brand", "model", "serial", "address"):
            if rec.get(f):
                r[f] = str(rec[f])[:60]
        if rec.get("marks"):
            r["marks"] = rec["marks"][:500]
        if p(0.35 if o["mode"] != "oneliner" else 0.1):
            r["lat"], r["lon"] = ll(o["place"], 0.003)
        r["lost_from_min"] = before(o["t_from"])
        r["lost_to_min"] = before(o["t_to"])
        o["rec"] = r
        lost_recs.append(r)
    found_all = founds + negs
    for fd in found_all:
        body, rec = render_found(fd)
        r = {"category": fd["cat"], "body": body[:600]}
        for f in ("color", "brand", "model", "serial", "address"):
            if rec.get(f):
                r[f] = str(rec[f])[:60]
        if rec.get("marks"):
            r["marks"] = rec["marks"][:500]
        if fd.get("far"):
            if p(0.7):
                r["lat"], r["lon"] = round(fd["far"][2] + R.uniform(-0.002, 0.002), 6), round(fd["far"][3] + R.uniform(-0.002, 0.002), 6)
        elif p(0.65 if fd["mode"] != "oneliner" else 0.3):
            r["lat"], r["lon"] = ll(fd["place"], 0.0012)
        r["found_at_min"] = before(fd["t"])
        if fd["neg"]:
            r["negative"] = fd["neg"]
        fd["rec"] = r
    # keys in shuffled order
    lo = shuffled(objs)
    for i, o in enumerate(lo):
        o["rec"]["key"] = f"{PFX}-L{i + 1:04d}"
    fo = shuffled(found_all)
    for i, fd in enumerate(fo):
        fd["rec"]["key"] = f"{PFX}-F{i + 1:04d}"
    for o in objs:
        o["rec"]["truth"] = o["found"]["rec"]["key"] if o["has_truth"] else None
    order_l = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "lost_from_min", "lost_to_min", "truth"]
    order_f = ["key", "category", "body", "color", "brand", "model", "serial", "marks", "address", "lat", "lon",
               "found_at_min", "negative"]
    out_l = [{k: o["rec"][k] for k in order_l if k in o["rec"]} for o in lo]
    out_f = [{k: fd["rec"][k] for k in order_f if k in fd["rec"]} for fd in fo]
    dbg = os.environ.get("SET60_DEBUG")
    if dbg:   # for the writer's own review only; not part of the set
        with open(dbg, "w", encoding="utf-8") as fh:
            for fd in negs:
                if fd.get("base"):
                    fh.write(f"{fd['rec']['key']}\t{fd['neg']}\t{fd['base']['rec']['key']}\t{fd.get('fact', '')}\n")
    assert len(out_l) == N_TRUE + N_UNFOUND and sum(1 for x in out_l if x["truth"]) == N_TRUE
    plan = dict(NEG_PLAN + [("unclaimed", N_UNCLAIMED)])
    got = {}
    for x in out_f:
        if "negative" in x:
            got[x["negative"]] = got.get(x["negative"], 0) + 1
    assert got == plan, got
    doc = {"seed": SEED, "made_by": "tests/lostfound/make_set60.py", "parts": {PART: {"found": out_f, "lost": out_l}}}
    path = out_path or os.path.join(os.path.dirname(os.path.abspath(__file__)), "set60.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {path}: {len(out_l)} lost ({sum(1 for x in out_l if x['truth'])} with a true found item), {len(out_f)} found")


if __name__ == "__main__":
    import sys
    main(sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None)
