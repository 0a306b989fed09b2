"""Set 87: a registration is first planned (which attributes are stated, in which words,
in which field), then written.  Planning draws from the random stream; writing does not,
so a plan can later be told to state one more thing without changing anything else."""
from set87_say import available, say
from set87_kinds import KINDS

FIELD_OF = {"color": "color", "brand": "brand", "model": "model", "serial": "serial", "plate": "serial"}

# probability that an owner / a finder states an attribute unprompted
P_LOST = {"color": 0.85, "brand": 0.8, "model": 0.5, "plate": 0.85, "name": 0.9, "cash": 0.9}
P_FOUND = {"color": 0.9, "brand": 0.65, "model": 0.5, "plate": 0.9, "name": 0.85, "cash": 0.95}
SER_LOST = {"imei": 0.3, "idno": 0.65, "passport": 0.45, "fpassport": 0.5, "staffno": 0.45, "card": 0.55,
            "frame": 0.2, "bframe": 0.1, "sn": 0.3}
SER_FOUND = {"imei": 0.25, "idno": 0.9, "passport": 0.9, "fpassport": 0.85, "staffno": 0.8, "card": 0.6,
             "frame": 0.6, "bframe": 0.45, "sn": 0.55}


def new_plan(side, o, voice, style):
    return {"side": side, "obj": o, "voice": voice, "style": style, "attrs": {}, "order": [],
            "misc": {}, "banned": set()}


def _where(rng, plan, attr):
    st = plan["style"]
    used_fields = {a["where"] for a in plan["attrs"].values()}
    fld = FIELD_OF.get(attr)
    if fld and fld in used_fields:
        fld = None
    r = rng.random()
    if st == "form":
        if fld:
            return fld
        return "marks" if r < 0.75 else "body"
    if st == "mixed":
        if fld and r < 0.5:
            return fld
        return "marks" if (not fld and r < 0.35) else "body"
    if st == "hurried":
        return fld if (fld in ("color", "brand") and r < 0.2) else "body"
    if st == "en":
        return fld if (fld and r < 0.3) else "body"
    return "body"


def add_attr(rng, plan, attr, strict=False):
    if attr in plan["attrs"] or attr in plan["banned"]:
        return False
    o = plan["obj"]
    surf, val = say(rng, o, attr, plan["side"], plan["voice"], plan["style"] == "hurried", strict)
    plan["attrs"][attr] = {"surf": surf, "val": val, "where": _where(rng, plan, attr)}
    plan["order"].append(attr)
    return True


def choose_attrs(rng, plan):
    o, side = plan["obj"], plan["side"]
    hurried = plan["style"] == "hurried"
    ser = KINDS[o["kind"]]["serial"]
    base = P_LOST if side == "lost" else P_FOUND
    for a in available(o, side):
        if a == "serial":
            p = (SER_LOST if side == "lost" else SER_FOUND)[ser]
        elif a == "model" and side == "found":
            p = KINDS[o["kind"]]["mvis"]
        elif a.startswith("f:"):
            from set87_feats import FEATS
            vis = FEATS[a[2:]]["vis"]
            if side == "lost":
                p = 0.55
            else:
                p = 0.55 if vis == "v" else 0.3
        else:
            p = base.get(a, 0.5)
        if hurried:
            p *= 0.5
        if rng.random() < p:
            add_attr(rng, plan, a)


def said(plan):
    return {a: plan["attrs"][a]["val"] for a in plan["order"]}


def body_attrs(plan, kinds=None):
    return [a for a in plan["order"] if plan["attrs"][a]["where"] == "body"
            and (kinds is None or a in kinds or (a.startswith("f:") and "f:" in kinds))]


def fields_of(plan):
    out = {}
    marks = []
    for a in plan["order"]:
        d = plan["attrs"][a]
        if d["where"] == "marks":
            marks.append(mark_text(plan, a))
        elif d["where"] != "body":
            out[d["where"]] = d["surf"]
    if marks:
        out["marks"] = "；".join(marks)
    return out


def mark_text(plan, a):
    s = plan["attrs"][a]["surf"]
    if a == "name":
        return "姓名：" + s
    if a == "cash" and "现金" not in s:
        return "现金" + s
    if a == "serial" and plan["side"] == "lost" and s[:1].isdigit():
        return "号码" + s
    return s


def cat_join(parts):
    """Join words; a space only between two Latin words (华为Mate 88 / Huawei Mate 88);
    a brand word already inside the next word (iPhone / iPhone 21) is not repeated."""
    out = ""
    for i, w in enumerate(parts):
        if i + 1 < len(parts) and w and w.lower() in parts[i + 1].lower():
            continue
        if out and w and out[-1].isascii() and out[-1].isalnum() and w[0].isascii() and w[0].isalnum():
            out += " "
        out += w
    return out
