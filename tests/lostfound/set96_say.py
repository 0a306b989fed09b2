"""Shared wording for set96: colours, brands, serials and places as people write them."""
from set96_world import COLORS, COLOR_EN, BY_ID
from set96_catalog import BRANDS, EXTRA_COLORS
import set96_ids as ids

TYPO = {"钱包": "钱抱", "手机": "手几", "钥匙": "钥是", "身份证": "身分证", "耳机": "耳几", "电脑": "电恼",
        "丢了": "丢le", "捡到": "捡道", "黑色": "嘿色", "包": "苞"}


def color_word(rng, c, finder=False):
    if c is None:
        return None, None
    words = COLORS.get(c) or EXTRA_COLORS.get(c)
    if finder and c in ("黑", "蓝", "灰") and rng.random() < 0.15:
        return "深色", None  # vague: says nothing checkable
    return rng.choice(words), c


def brand_word(rng, b):
    return rng.choice(BRANDS[b][0]) if b else None


def serial_text(rng, t, finder=False):
    s, st = t["serial"], t["stype"]
    if st == "imei":
        return ids.fmt_imei(rng, s)
    if st in ("id",):
        return ("身份证号" if rng.random() < 0.5 else "") + ids.fmt_id(rng, s, finder)
    if st == "badge":
        return rng.choice(["工号", "工号：", "No."]) + rng.choice([s, s.replace("-", ""), s.lower()])
    if st == "passport":
        return rng.choice(["护照号", "passport no. ", "No."]) + (s if finder or rng.random() < 0.6 else s[:3] + "***" + s[-4:])
    if st == "hospcard":
        return rng.choice(["就诊卡号", "卡号"]) + (s if rng.random() < 0.6 else "尾号" + s[-4:])
    if st == "card":
        return rng.choice(["银行卡", "工行卡", "招行卡", "信用卡"]) + ids.fmt_card(rng, s)
    if st == "locker":
        return rng.choice(["手牌号", "柜号", "储物柜"]) + s
    if st == "plate":
        return rng.choice(["车牌", "牌照", "车牌号"]) + rng.choice([s, s[:3] + " " + s[3:], s[2:]])
    if st == "frame":
        return rng.choice(["车架号", "钢印号", "frame no."]) + ids.fmt_generic(rng, s)
    if st == "sn":
        return rng.choice(["SN:", "序列号", "S/N "]) + ids.fmt_generic(rng, s)
    if st == "waybill":
        return rng.choice(["运单号", "单号", "快递单号"]) + (s if rng.random() < 0.6 else "尾号" + s[-4:])
    return None


def serial_key(t):
    """The part of a serial that every written form keeps (its tail)."""
    s = t["serial"]
    if s is None:
        return None
    if t["stype"] == "locker":
        return s.rstrip("号")
    return ids.tail4(s)


def place_word(rng, pid, style=None):
    names = BY_ID[pid]["names"]
    return names[style] if style is not None else rng.choice(names[:3])


def latlon(rng, pid, spread=0.0015):
    p = BY_ID[pid]
    return round(p["lat"] + rng.uniform(-spread, spread), 6), round(p["lon"] + rng.uniform(-spread, spread), 6)


def typo(rng, text, p=0.35):
    if rng.random() >= p:
        return text
    keys = sorted(k for k in TYPO if k in text)
    if not keys:
        return text
    k = rng.choice(keys)
    return text.replace(k, TYPO[k], 1)


def cn_amount(rng, a, exact=True):
    if exact:
        return "%d元" % a
    h = a // 100
    if h == 0:
        return "几十块"
    return rng.choice(["%d百多" % h if h < 10 else "%d多块" % (h * 100), "大概%d左右" % (h * 100)])


def color_en(c):
    return COLOR_EN.get(c, {"橙": "orange", "透明": "clear"}.get(c, ""))
