"""Owner and finder registrations for set121, each written from the truth record in its own voice."""
from set121_render import (color_word, brand_word, serial_owner, serial_finder, when_cn, when_en, maybe_typo,
                           place_text, coords)
from set121_world import COLORS, BR

LOST_VOICES = ["grandparent", "graduate", "parent", "rider", "foreign", "plain"]
FOUND_VOICES = ["guard", "subway", "fleet", "graduate", "grandparent", "rider", "foreign", "plain"]
STAFF = {"guard", "subway", "fleet"}


def _cut(s, n):
    return s if len(s) <= n else s[:n]


def render_lost(rng, o, place, lf, lt, voice, force=()):
    level = rng.choices([0, 1, 2], [3, 4, 3])[0]
    said = {}
    cw = color_word(rng, o["color"]) if o["color"] and (rng.random() < 0.85 or "color" in force) else ""
    bw = brand_word(rng, o["brand"]) if o["brand"] and (rng.random() < 0.75 or "brand" in force) else ""
    mw = o["model"] if o["model"] and (rng.random() < 0.45 or "model" in force) else ""
    sv, st = serial_owner(rng, o)
    if "serial" in force and not sv and o["serial"]:
        sv, st = o["serial"], "号码" + o["serial"]
    vis = list(o["vis"][:rng.randint(0, len(o["vis"]))])
    for f in force:
        if f.startswith("vis:") and f[4:] not in vis:
            vis.append(f[4:])
    hid = o["hid"] if rng.random() < 0.6 else ""
    nm = o["name"] if o["cat"] == "id_doc" else ""
    said.update(color=bool(cw), brand=bool(bw), model=bool(mw), serial=bool(sv), vis=list(vis), name=bool(nm))
    pt = place_text(rng, place)
    span = lf - lt
    if voice == "foreign":
        en_c = COLORS[o["color"]][1] if cw else ""
        en_b = BR[o["brand"]][1] if bw else ""
        bits = " ".join(x for x in [en_c, en_b, mw, o["it"]["en"]] if x)
        body = "Hi, I lost my %s near %s, %s. " % (bits, place[4], when_en(lt))
        if vis:
            body += "It has: %s. " % "；".join(vis)
        if sv:
            body += "Number: %s. " % sv
        if nm:
            body += "Name on it: %s. " % nm
        body += "I am an exchange student at the university, please help, thank you!"
    else:
        desc = "".join(x for x in [cw, bw, mw] if x)
        noun = o["noun"]
        extra = "，".join([x for x in vis + ([hid] if hid else []) + ([st] if st else []) + (["名字是" + nm] if nm else []) if x])
        tw = when_cn(rng, lt) if span < 240 else "%s到%s之间" % (when_cn(rng, lf), when_cn(rng, lt))
        if voice == "grandparent":
            body = "俺%s在%s那块把%s%s搞丢咯，%s。伢子给买的，麻烦同志帮忙找哈嘛，谢谢了。" % (tw, pt, desc + "的" if desc else "", noun, extra or "就记得这么多")
        elif voice == "graduate":
            body = "家人们谁懂啊😭 高考完%s在%s嗨过头了，%s%s丢了，%s。裂开，求好心人捡到联系我，yyds🙏" % (tw, pt, desc, noun, extra or "别的想不起来了")
        elif voice == "parent":
            body = "急！带孩子看病%s在%s丢了%s%s，%s。当时手忙脚乱没注意，麻烦尽快联系。" % (tw, pt, desc, noun, extra or "其他记不清了")
        elif voice == "rider":
            body = "送外卖%s路过%s，%s%s掉了，%s。跑单急用，有消息请打电话。" % (tw, pt, desc, noun, extra or "具体记不清")
        else:
            body = "本人于%s在%s附近遗失%s%s一个，%s。" % (tw, pt, desc, noun, extra or "其他特征不详")
        body = maybe_typo(rng, body)
    r = {"category": o["cat"], "body": _cut(body, 600)}
    if level >= 1:
        if cw:
            r["color"] = cw if voice != "foreign" else COLORS[o["color"]][1]
        if bw:
            r["brand"] = bw
        if level == 2 and mw:
            r["model"] = _cut(mw, 60)
        if sv and rng.random() < 0.8:
            r["serial"] = sv
        if rng.random() < 0.6:
            r["address"] = _cut(pt, 60)
    if level == 2:
        mk = "；".join(vis + ([hid] if hid else []))
        if mk:
            r["marks"] = _cut(mk, 500)
        if rng.random() < 0.7:
            r["lat"], r["lon"] = coords(rng, place)
    r["lost_from_min"], r["lost_to_min"] = lf, lt
    return r, said


def render_found(rng, o, place, fa, voice, force=()):
    staff = voice in STAFF
    level = rng.choices([0, 1, 2], [2, 4, 4] if staff else [4, 4, 2])[0]
    cw = color_word(rng, o["color"]) if o["color"] and (rng.random() < 0.9 or "color" in force) else ""
    bw = brand_word(rng, o["brand"]) if o["brand"] and (rng.random() < 0.7 or "brand" in force) else ""
    mw = o["model"] if o["model"] and (rng.random() < 0.25 or "model" in force) else ""
    sv, st = serial_finder(rng, o, staff)
    if "serial" in force and not sv and o["serial"]:
        sv, st = o["serial"], "编号" + o["serial"]
    k = rng.randint(1, len(o["vis"]))
    vis = list(o["vis"][-k:])
    for f in force:
        if f.startswith("vis:") and f[4:] not in vis:
            vis.append(f[4:])
    nm = o["name"] if o["cat"] == "id_doc" and (rng.random() < 0.8 or "name" in force) else ""
    pt = place_text(rng, place)
    tw = when_cn(rng, fa)
    desc = "".join(x for x in [cw, bw, mw] if x)
    noun = o["noun"]
    extra = "，".join([x for x in vis + ([st] if st else []) + (["姓名" + nm] if nm else []) if x])
    if voice == "guard":
        body = "医院保安巡逻时于%s在%s拾到%s%s，%s。已登记交所。" % (tw, pt, desc, noun, extra or "无其他特征")
    elif voice == "subway":
        body = "站务员%s在%s拾得%s%s一件，%s。乘客遗留，转交派出所。" % (tw, pt, desc, noun, extra or "无明显特征")
    elif voice == "fleet":
        body = "夜间滑板车运维收车时（%s）在%s发现%s%s，%s。" % (tw, pt, desc, noun, extra or "放在车筐里")
    elif voice == "graduate":
        body = "刚考完出来在%s捡到个%s%s（%s），%s，失主速来认领哈～" % (pt, desc, noun, tw, extra or "别的没看")
    elif voice == "grandparent":
        body = "俺%s在%s捡到个%s%s，%s，给你们送过来咯。" % (tw, pt, desc, noun, extra or "俺也看不懂")
    elif voice == "rider":
        body = "外卖小哥%s在%s路边捡到%s%s，%s，顺路送来。" % (tw, pt, desc, noun, extra or "")
    elif voice == "foreign":
        en_c = COLORS[o["color"]][1] if cw else ""
        en_b = BR[o["brand"]][1] if bw else ""
        body = "Found a %s at %s, %s. %s" % (" ".join(x for x in [en_c, en_b, o["it"]["en"]] if x), place[4], when_en(fa), extra)
    else:
        body = "群众%s在%s拾得%s%s，%s。" % (tw, pt, desc, noun, extra or "特征不详")
    if voice != "foreign":
        body = maybe_typo(rng, body, 0.12)
    r = {"category": o["cat"], "body": _cut(body, 600)}
    if level >= 1:
        if cw:
            r["color"] = cw
        if bw:
            r["brand"] = bw
        if mw:
            r["model"] = _cut(mw, 60)
        if sv:
            r["serial"] = sv
        r["address"] = _cut(pt, 60)
    if level == 2:
        mk = "；".join(vis + (["姓名" + nm] if nm else []))
        if mk:
            r["marks"] = _cut(mk, 500)
        r["lat"], r["lon"] = coords(rng, place)
    r["found_at_min"] = fa
    return r
