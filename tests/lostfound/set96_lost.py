"""Lost reports for set96, written from the owner's side only."""
from set96_world import when, when_en, BY_ID, near
from set96_catalog import BRANDS
import set96_say as say

EN_KIND = {"手机": "phone", "身份证": "ID card", "工牌": "staff badge", "驾驶证": "driving licence", "护照": "passport",
           "就诊卡": "hospital card", "长款钱包": "long wallet", "短款钱包": "wallet", "卡包": "card holder",
           "钥匙串": "keys", "车钥匙": "car key", "储物柜钥匙": "gym locker key", "电动车": "e-bike", "自行车": "bike",
           "折叠自行车": "folding bike", "双肩包": "backpack", "托特包": "tote bag", "电脑包": "laptop bag",
           "斜挎包": "crossbody bag", "现金": "cash", "戒指": "ring", "项链": "necklace", "手链": "bracelet",
           "无线耳机": "earbuds", "笔记本电脑": "laptop", "平板电脑": "tablet", "智能手表": "smartwatch", "相机": "camera",
           "头戴耳机": "headphones", "游戏机": "game console", "长柄伞": "umbrella", "折叠伞": "folding umbrella",
           "羽绒服": "down jacket", "应援灯牌": "light board", "快递包裹": "parcel", "毛绒玩具": "plush toy", "保温杯": "thermos"}

HIDDEN = {"phone": ["手机号尾号{d4}", "锁屏密码是孩子生日", "里面有很多工作资料", "电量应该快没了", "刚双十一抢完单"],
          "wallet": ["现金{amt}", "身份证也在里面", "里面有张购物小票"], "bag": ["里面还有{c}"],
          "electronics": ["登录的是我的账号，能定位到大概在这附近", "电量不多了", "里面有重要文件没备份"],
          "keys": ["家里门钥匙，进不了家了", "公司的钥匙"], "jewelry": ["是结婚戒指，很有纪念意义", "妈妈送的"]}

OPENERS = {"office": ["急！", "", "麻烦帮忙找下：", "", "在线等，"], "rider": ["我是送外卖的，", "跑单的时候", "骑手，"],
           "driver": ["网约车司机，", "我开网约车的，"], "parent": ["带孩子来看病，", "孩子发烧来儿童医院，", "陪娃输液的时候"],
           "fan": ["看演唱会的时候", "周六看演出", "散场太挤了，"], "expo": ["逛车展的时候", "我是车展参展商工作人员，", "周末来看车展，"],
           "elder": ["帮我妈登记：", "替我爸挂失，老人说不清楚，", "我奶奶丢的，帮她登记，"], "plain": ["", "本人", ""]}
CLOSERS = ["有捡到的请联系我，必有酬谢！", "谢谢！", "拜托了", "", "急用，感谢", "里面的东西对我很重要", "麻烦了，好人一生平安"]


def voice_for(rng, t):
    k = BY_ID[t["place"]]["kind"]
    if t["foreign"]:
        return "expat"
    pool = {"office": ["office", "office", "plain"], "metro": ["office", "elder", "rider", "plain"], "mall": ["plain", "elder", "office"],
            "hospital": ["parent", "parent", "elder"], "arena": ["fan"], "expo": ["expo"], "ridehail": ["office", "plain", "expo"],
            "parcel": ["rider", "plain"], "street": ["rider", "office", "driver", "plain"], "store": ["office", "driver", "rider"],
            "cowork": ["office", "plain"]}[k]
    return rng.choice(pool)


def write_lost(rng, t, key, lf, lt):
    v = voice_for(rng, t)
    st = {"kind": t["kind"], "color": None, "brand": None, "model": None, "serial": None, "name": None, "mark": None, "amount": None}
    rec = {"key": key, "category": t["cat"]}
    level = rng.choice(["full", "partial", "partial", "body", "body"])
    cw, cf = say.color_word(rng, t["color"]) if rng.random() < 0.85 else (None, None)
    bw = say.brand_word(rng, t["brand"]) if t["brand"] and rng.random() < 0.9 else None
    model = t["model"] if t["model"] and rng.random() < 0.55 else None
    ser = say.serial_text(rng, t) if t["serial"] and rng.random() < _pser(t["stype"]) else None
    name = t["name"] if t["name"] and rng.random() < 0.85 else None
    mark = t["mark"] if t["mark"] and rng.random() < 0.7 else None
    exact = t["amount"] is not None and rng.random() < 0.6
    st.update(color=cf, brand=t["brand"] if bw else None, model=model, name=name,
              serial=say.serial_key(t) if ser else None, mark=mark[0] if mark else None, amount=t["amount"] if exact else None)
    place = t["place"]
    if v == "expat":
        body = _english(rng, t, cf, bw, model, ser, name, mark, lf, lt)
    else:
        body = _chinese(rng, t, v, cw, bw, model, ser, name, mark, exact, lf, lt)
    rec["body"] = body[:600]
    if level != "body":
        if cw and rng.random() < 0.8:
            rec["color"] = cw if v != "expat" else say.color_en(cf)
        if bw and rng.random() < 0.8:
            rec["brand"] = bw
        if model and level == "full":
            rec["model"] = model
        if ser and rng.random() < 0.75:
            rec["serial"] = ser[:60]
        if mark and level == "full":
            rec["marks"] = mark[1]
        if rng.random() < 0.7:
            rec["address"] = say.place_word(rng, place, rng.choice([0, 1, 3]))
    if rng.random() < 0.45:
        rec["lat"], rec["lon"] = say.latlon(rng, place, 0.004)
    rec["lost_from_min"], rec["lost_to_min"] = lf, lt
    return rec, st


def _pser(stype):
    return {"imei": 0.35, "id": 0.6, "badge": 0.55, "passport": 0.7, "hospcard": 0.5, "card": 0.55, "locker": 0.8,
            "plate": 0.8, "frame": 0.3, "sn": 0.35, "waybill": 0.75}.get(stype, 0)


def _where(rng, t, v):
    p = t["place"]
    r = rng.random()
    if r < 0.55:
        return "在" + say.place_word(rng, p)
    if r < 0.75:
        others = near(BY_ID[p], 1.5)
        o = rng.choice(others) if others else p
        a, b = (p, o) if rng.random() < 0.5 else (o, p)
        return "可能在%s，也可能在%s" % (say.place_word(rng, a), say.place_word(rng, b))
    if r < 0.9:
        return say.place_word(rng, p, 2) + "附近"
    return "不记得具体在哪，今天去过" + say.place_word(rng, p)


def _chinese(rng, t, v, cw, bw, model, ser, name, mark, exact, lf, lt):
    word = rng.choice(t["words"])
    desc = (cw or "") + (bw + " " if bw and rng.random() < 0.5 else bw or "") + (model + " " if model else "") + word
    parts = [rng.choice(OPENERS[v]) + _where(rng, t, v) + rng.choice(["丢了", "掉了", "弄丢了", "落下了"]) + desc]
    if rng.random() < 0.7:
        parts.insert(0 if rng.random() < 0.4 else 1, "时间大概%s到%s之间" % (when(lf, rng), when(lt, rng)) if rng.random() < 0.6
                     else when(lf, rng) + "左右")
    if name:
        parts.append(rng.choice(["上面名字是", "名字：", "持有人"]) + name)
    if t["company"] and rng.random() < 0.7:
        parts.append(t["company"] + "的")
    if ser:
        parts.append(ser)
    if mark:
        parts.append(mark[1])
    if t["contents"] and rng.random() < 0.75:
        parts.append("里面有" + "、".join(t["contents"]))
    if t["amount"] is not None:
        parts.append("现金" + say.cn_amount(rng, t["amount"], exact))
    hid = HIDDEN.get(t["cat"])
    if hid and rng.random() < 0.6:
        h = rng.choice(hid)
        parts.append(h.format(d4="".join(str(rng.randint(0, 9)) for _ in range(4)), amt="若干", c="一些私人物品"))
    parts.append(rng.choice(CLOSERS))
    sep = rng.choice(["，", "，", "。", " ", "；"])
    body = sep.join(p for p in parts if p)
    if v in ("office", "rider") and rng.random() < 0.5:
        body = say.typo(rng, body, 0.8).replace("，", " ", 2)
    return body


def _english(rng, t, cf, bw, model, ser, name, mark, lf, lt):
    col = say.color_en(cf) + " " if cf else ""
    b = bw + " " if bw and bw.isascii() else (BRANDS[t["brand"]][0][1] + " " if bw else "")
    s = "Hi, I lost my %s%s%s%s " % (col, b, model + " " if model else "", EN_KIND[t["kind"]])
    s += "at %s " % say.place_word(rng, t["place"], 3)
    s += "between %s and %s. " % (when_en(lf), when_en(lt)) if rng.random() < 0.6 else "on %s. " % when_en(lf)
    if name:
        s += "Name on it: %s. " % name
    if ser:
        s += "Number %s. " % ser
    if mark:
        s += "(%s) " % mark[1]
    if t["contents"]:
        s += "Inside: %s. " % "、".join(t["contents"])
    if t["amount"] is not None:
        s += "About %d RMB cash. " % t["amount"]
    return s + rng.choice(["Please contact me, thanks!", "Many thanks.", "My Chinese is not good, sorry. Thank you!"])
