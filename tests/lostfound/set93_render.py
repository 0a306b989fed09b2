"""Set 93 rendering: turn a registration (what one person states) into the JSON record."""
from set93_world import place, latlon, T0
from set93_nums import typo
from set93_voices import (LOST_ZH, LOST_EN, RAIN_ZH, RAIN_EN, CLOSE_ZH, CLOSE_EN, FOUND_ZH, FOUND_CLOSE,
                          HURRIED_FOUND, HURRIED_LOST, HURRIED_EN, VEH_FOUND, EVT)


def lost_template(rng, reg):
    v = reg["voice"]
    h = (reg["tl"] % 1440) // 60
    if v == "spectator" and not 7 <= h < 18:
        v = "resident"
    cl = place(reg["pid"])["cluster"]
    ok = []
    for t in LOST_ZH[v]:
        if t.startswith("@"):
            need, t = t[1:].split("|", 1)
            if cl not in need.split(","):
                continue
        ok.append(t)
    return rng.choice(ok)

DAYSP = {2: ["端午前一天"], 3: ["端午当天", "端午那天", "端午节"], 4: ["端午第二天"]}


def day_zh(rng, d, special=True):
    opts = ["6月%d日" % (16 + d), "%d号" % (16 + d), "6月%d号" % (16 + d)]
    if special and d in DAYSP and rng.random() < 0.4:
        return rng.choice(DAYSP[d])
    return rng.choice(opts)


def hour_zh(m):
    h, mm = divmod(m % 1440, 60)
    per = "凌晨" if h < 6 else "上午" if h < 12 else "中午" if h == 12 else "下午" if h < 18 else "晚上"
    hh = h if h <= 12 else h - 12
    return per, "%d点" % hh + ("半" if mm == 30 else "" if mm == 0 else "%02d" % mm)


def hour_en(m):
    h, mm = divmod(m % 1440, 60)
    s = "%d" % (h % 12 or 12) + (":%02d" % mm if mm else "")
    return s + ("am" if h < 12 else "pm")


def when_lost(rng, f, t, en):
    df, dt = f // 1440, t // 1440
    if en:
        if t - f <= 60:
            return "around %s on June %d" % (hour_en((f + t) // 2), 16 + df)
        if df == dt:
            return "on June %d between %s and %s" % (16 + df, hour_en(f), hour_en(t))
        return "between June %d %s and June %d %s" % (16 + df, hour_en(f), 16 + dt, hour_en(t))
    if t - f <= 60:
        p, h = hour_zh((f + t) // 2)
        return day_zh(rng, df) + p + h + "左右"
    p1, h1 = hour_zh(f)
    p2, h2 = hour_zh(t)
    if df == dt:
        return day_zh(rng, df) + p1 + h1 + "到" + ("" if p1 == p2 else p2) + h2 + "之间"
    if dt == df + 1 and t % 1440 < 360:
        return day_zh(rng, df, False) + p1 + h1 + "到后半夜" + h2 + "之间"
    return day_zh(rng, df, False) + p1 + h1 + "到" + day_zh(rng, dt, False) + p2 + h2 + "之间"


def when_found(rng, t):
    d = t // 1440
    h, mm = divmod(t % 1440, 60)
    r = rng.random()
    if r < 0.45:
        return "6月%d日%02d:%02d" % (16 + d, h, mm)
    p, hz = hour_zh(t)
    if r < 0.8:
        return day_zh(rng, d) + p + hz
    return day_zh(rng, d) + p + "%d点多" % (h if h <= 12 else h - 12)


def place_name(rng, pid, en, plain=False):
    """Full name, short form or what locals say; now and then the pinyin/English on the sign."""
    ns = place(pid)["names"]
    if en:
        return ns[-1] if rng.random() < 0.8 else ns[1]
    return rng.choice(ns[:3]) if plain or rng.random() < 0.93 else ns[-1]


def core_phrase(rng, reg, side):
    o, st = reg["obj"], reg["stated"]
    en = reg["en"]
    noun = rng.choice(o["noun_own"] if side == "own" else reg.get("noun_alt") or o["noun_fnd"])
    col = st["color"][0] if "color" in st else ""
    ks = [k for k in ("brand", "model") if k in st and st[k][1][1] != "nobrand"]
    if len(ks) == 2 and st["brand"][0].lower() in st["model"][0].lower():
        ks = ["model"]
    bm = " ".join(st[k][0] for k in ks) if en else \
        "".join(st[k][0] + ("" if st[k][0][-1:] > "\u4e00" else " ") for k in ks).strip()
    if en:
        return " ".join(x for x in (col, bm, noun) if x)
    if "，" in noun or noun.startswith("一") or noun.endswith("）") or (col and rng.random() < 0.25):
        parts = [x for x in (col, bm) if x]
        if parts and noun.endswith("）"):
            return noun[:-1] + "，" + "，".join(parts) + "）"
        return noun + ("（%s）" % "，".join(parts) if parts else "")
    return col + ("的" if col and bm and rng.random() < 0.3 else "") + bm + noun


def details(rng, reg, side, include):
    """Texts for the non-core stated slots, in a shuffled but seeded order."""
    out = []
    for k in include:
        text = reg["stated"][k][0]
        s = reg["obj"]["slots"][k]
        if s["k"] == "serial":
            labs = (s["lo"] if side == "own" else s["lf"]) or [""]
            if reg["en"] and side == "own":
                labs = [x for x in labs if x.isascii()] or ["No."]
            lab = rng.choice(labs)
            if text.startswith(("后", "尾", "末", "卡号", "ending", "SN后")):
                lab = "" if text.startswith("SN") else lab
                sep = ""
            elif lab and lab[-1:].isascii() and text[:1].isascii():
                sep = rng.choice(["：", " ", ": "])
            else:
                sep = rng.choice(["：", " ", ""]) if lab else ""
            if reg["en"]:
                sep = ": " if lab else ""
            text = lab + sep + text
        out.append(text)
    rng.shuffle(out)
    return out


def split_fields(rng, reg):
    """Decide which stated slots go to structured fields; returns (fields, marks list, body slots)."""
    st, sl = reg["stated"], reg["obj"]["slots"]
    fill = reg["fill"]
    extra = [k for k in st if sl[k]["k"] not in ("color", "brand", "model") or st[k][1][1] == "nobrand"]
    fields, marks = {}, []
    if fill in ("body", "hurried"):
        return fields, marks, extra
    p = 1.0 if fill == "full" else 0.5
    for k in ("color", "brand", "model"):
        if k in st and k not in extra and rng.random() < p:
            fields[k] = st[k][0]
    sers = [k for k in extra if sl[k]["k"] == "serial"]
    if sers and rng.random() < p:
        fields["serial"] = st[sers[0]][0]
    in_field = sers[0] if "serial" in fields else None
    body_keys = list(extra)
    if fill == "full" and rng.random() < 0.5:
        marks = [k for k in extra if k != in_field]
        body_keys = []
    elif rng.random() < p:
        marks = [k for k in extra if sl[k]["field"] == "marks" and rng.random() < 0.6]
    return fields, marks, body_keys


def render(rng, reg):
    side = reg["side"]
    en = reg["en"] and side == "own"
    fields, mark_keys, body_keys = split_fields(rng, reg)
    noun = core_phrase(rng, reg, side)
    pids = reg["places"]
    plain = side == "fnd" or reg["voice"] == "pilgrim"
    where = (" to " if en else "到").join(place_name(rng, p, en, plain) for p in pids)
    pname = where
    if side == "fnd" and reg.get("spot"):
        where += reg["spot"]
    if side == "own":
        when = when_lost(rng, reg["f"], reg["t"], en)
        if reg["fill"] == "hurried":
            tpl = rng.choice(HURRIED_EN if en else HURRIED_LOST)
        else:
            tpl = rng.choice(LOST_EN) if en else lost_template(rng, reg)
        if len(pids) == 2 and not en:
            where = "从%s到%s的路上" % tuple(place_name(rng, p, False, plain) for p in pids)
            tpl = tpl.replace("{where}附近", "{where}").replace("{where}一带", "{where}").replace("{where}那一带", "{where}")
            tpl = tpl.replace("在{where}", "{where}").replace("去{where}", "{where}").replace("路过{where}", "{where}")
        head = tpl.format(when=when, where=where, noun=noun, team=reg.get("team", ""))
        if reg.get("rain") and reg["fill"] != "hurried":
            head += (" " + rng.choice(RAIN_EN)) if en else rng.choice(RAIN_ZH)
        close = rng.choice(CLOSE_EN if en else CLOSE_ZH).format(phone=reg.get("phone", ""))
    else:
        when = when_found(rng, reg["tf"])
        if reg["fill"] == "hurried":
            tpl = rng.choice(HURRIED_FOUND)
        elif reg["obj"]["cat"] in ("ebike", "bicycle"):
            tpl = rng.choice(VEH_FOUND)
        else:
            tpl = rng.choice(FOUND_ZH[reg["voice"]])
        head = tpl.format(when=when, where=where, noun=noun, who=reg.get("who", ""), team=reg.get("team", ""),
                          boat=reg.get("boat", 3), place=pname, spot=reg.get("spot") or "附近",
                          evt=EVT.get(place(pids[-1])["cluster"], ""))
        close = rng.choice(FOUND_CLOSE)
    det = details(rng, reg, side, body_keys)
    if reg["fill"] == "hurried":
        body = head + ("，" if not en else ", ").join([""] + det)
        body = typo(rng, body, en)
    else:
        if det:
            if en:
                lead = rng.choice(["Details: ", "", "It has ", "Identifying: "])
                det_s = lead + "; ".join(det) + "."
            else:
                lead = rng.choice(["特征：", "", "认得出来的地方：", "", "具体："] if side == "own" else
                                  ["特征：", "经查看，", "", "物品情况：", ""])
                det_s = lead + "，".join(det) + "。"
            body = head + (" " if en else "") + det_s
        else:
            body = head
        if close:
            body += (" " if en else "") + close
        if rng.random() < 0.05:
            body = typo(rng, body, en)
    rec = {"category": reg["cat"], "body": body}
    rec.update(fields)
    if mark_keys:
        mk = details(rng, reg, side, mark_keys)
        rec["marks"] = ("; " if en else "；").join(mk)
    if reg.get("addr"):
        a = place_name(rng, pids[-1], en, plain) + (reg.get("spot") or "" if side == "fnd" else "")
        rec["address"] = a[:60]
    if reg.get("geo"):
        rec["lat"], rec["lon"] = latlon(rng, pids[-1] if side == "fnd" else rng.choice(pids))
    if side == "own":
        rec["lost_from_min"] = T0 - reg["f"]
        rec["lost_to_min"] = T0 - reg["t"]
    else:
        rec["found_at_min"] = T0 - reg["tf"]
    return rec
