"""Shared wording helpers for set95: object phrases, serial phrases, typos."""
from set95_ids import write_imei, write_id, write_tail, write_code, brand_form, brand_en, color_form, COLORS

TYPOS = [("手机", "手几"), ("钱包", "钱保"), ("钥匙", "要匙"), ("身份证", "身分证"), ("码头", "马头"), ("沙滩", "沙摊"),
         ("黑色", "黑涩"), ("电动车", "电动扯"), ("丢了", "丢勒"), ("耳机", "耳鸡"), ("帮忙", "帮芒"), ("谢谢", "xiexie"),
         ("自行车", "自形车"), ("项链", "项练"), ("充电宝", "冲电宝"), ("双肩包", "双间包")]


def typo(rng, s):
    opts = [p for p in TYPOS if p[0] in s]
    if not opts:
        return s
    a, b = rng.choice(opts)
    return s.replace(a, b, 1)


SER_LABEL = {"imei": "串号", "id": "证件号", "student": "学号", "code": "证号", "plate": "车牌", "fleet": "车身编号",
             "frame": "车架号", "sn": "序列号", "tail": "卡号"}
SER_LABEL_EN = {"imei": "IMEI", "id": "ID no.", "student": "student no.", "code": "no.", "plate": "plate", "fleet": "bike no.",
                "frame": "frame no.", "sn": "serial", "tail": "card ending"}


def serial_phrase(rng, s, owner, en=False):
    """-> (text for the body, value for the serial field)"""
    k, v = s["kind"], s["value"]
    if k == "imei":
        w = write_imei(rng, v, owner)
    elif k == "id":
        w = write_id(rng, v, 0.3 if owner else 0.6)
    elif k == "tail":
        w = write_tail(rng, s["prefix"], v)
        if en:
            return "bank card ending " + v, w
        return s["bank"] + "卡" + (w if w.startswith(("尾号", "卡号")) else "，卡号" + w), w
    elif k in ("plate", "fleet", "frame", "code", "sn"):
        w = write_code(rng, v)
    else:
        w = v
    if k == "student":
        w = rng.choice([v, "学号" + v, v[:4] + " " + v[4:]])
    if en:
        return "%s %s" % (SER_LABEL_EN[k], w), w
    lab = SER_LABEL[k]
    if w.startswith(("IMEI", "串号", "尾号", "学号")):
        return w, w
    if k == "sn" and s.get("where") and not owner:
        return "%s印着%s号%s" % (s["where"] if s["where"] != "lid" else "盒盖里面", rng.choice(["序列", "SN", "S/N"]), w), w
    return "%s%s" % (lab, w), w


def obj_phrase(rng, o, st, p_color, p_brand, p_model, en=False, seen_color=None):
    """colour + brand + model + noun; records what was said in st"""
    parts = []
    col = seen_color or o["color"]
    if col and rng.random() < p_color:
        parts.append(color_form(rng, col, en))
        st["color"] = col
    if o["brand"] and rng.random() < p_brand:
        bf = brand_en(o["brand"]) if en else brand_form(rng, o["brand"])
        if o["brand"] == "apple" and o["cat"] == "phone" and rng.random() < 0.4:
            bf = "iPhone"
        parts.append(bf)
        st["brand"] = o["brand"]
        if o["model"] and rng.random() < p_model:
            parts.append(o["model"])
            st["model"] = o["model"]
    parts.append(o["noun_en"] if en else o["noun"])
    sep = " " if en else ("" if len(parts) < 3 else " ")
    if not en and len(parts) >= 2 and parts[0] in COLORS.get(col or "", ([], ""))[0] and not parts[0].endswith("色"):
        parts[0] += "色"
    return sep.join(parts) if en else _join_zh(parts)


def _join_zh(parts):
    out = ""
    for p in parts:
        if out and (out[-1].isascii() or p[0].isascii()):
            out += " "
        out += p
    return out


def choose_feats(rng, feats, p, must=(), finder=False):
    out = []
    for f in feats:
        if finder and not f["vis"]:
            continue
        if f["tag"] in must or rng.random() < p:
            out.append(f)
    return out


def fields_put(rng, rec, p, color=None, brand=None, model=None, serial=None, marks=None, en=False):
    if color and rng.random() < p:
        rec["color"] = color_form(rng, color, en)
    if brand and rng.random() < p:
        rec["brand"] = brand_form(rng, brand, typo_ok=False)
    if model and rng.random() < p:
        rec["model"] = model
    if serial and rng.random() < min(1.0, p + 0.2):
        rec["serial"] = serial[:60]
    if marks and rng.random() < p:
        rec["marks"] = marks[:500]
