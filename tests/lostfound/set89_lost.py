"""Set 89: lost reports (失物登记), each in its owner's voice, from the truth record."""
import datetime

from set89_ids import OLD_F
from set89_kinds import K
from set89_render import choose, contact, details, head, join_feats, place_name
from set89_text import when_cn, when_en, typo
from set89_world import MAXMIN, NOW, PLACE, mins_before, near, place_ll

HURRY = ("runner_hurry", "hurry")   # one hurried line, often with a typo
STALLS = ["卖手工皮具的", "做陶瓷杯的", "做银饰的", "卖咖啡豆的", "卖手绘明信片的", "做扎染的"]
SHOPS = ["女装档口", "童装批发", "牛仔裤档口", "内衣袜子批发"]
VOL_POSTS = ["存包", "补给站", "终点引导", "起点检录", "医疗", "博览会咨询"]
FLAVOUR = {
    "runner": ["跑完全马人都懵了", "完赛以后在草地上拉伸", "领完奖牌拍照的时候"],
    "runner_am": ["赛前热身的时候脱外套", "存包的时候还在", "起跑前上厕所的时候还在"],
    "retired": ["去跳广场舞", "去买菜", "去看老厂房改的文创园", "去江边散步", "带孙子去玩"],
    "tourist": ["后天就要回去了", "我们是专门来看马拉松的", "第一次来漾川", "跟团来的"],
    "student": ["五一没回家", "去做兼职", "和室友出去玩", "去图书馆自习"],
}


def window(rng, t):
    """Owner's remembered window (lo, hi datetimes) around the true moment t."""
    r = rng.random()
    if r < 0.45:
        lo = t - datetime.timedelta(minutes=rng.randint(10, 120))
        hi = t + datetime.timedelta(minutes=rng.randint(10, 150))
        lo = lo.replace(minute=(lo.minute // 10) * 10)
        hi = hi.replace(minute=(hi.minute // 10) * 10) + datetime.timedelta(minutes=10)
    elif r < 0.75:
        lo = t.replace(minute=0) - datetime.timedelta(hours=rng.randint(1, 3))
        hi = t.replace(minute=0) + datetime.timedelta(hours=rng.randint(1, 4))
    elif r < 0.9:
        lo = datetime.datetime(t.year, t.month, t.day, min(t.hour, rng.choice([6, 7, 8])))
        hi = datetime.datetime(t.year, t.month, t.day, min(23, max(t.hour + 1, rng.choice([18, 20, 22]))))
        if hi <= t:
            hi = t + datetime.timedelta(minutes=30)
    else:
        lo = t - datetime.timedelta(hours=rng.randint(12, 60))
        lo = lo.replace(minute=0)
        hi = t + datetime.timedelta(hours=rng.randint(2, 20))
        hi = hi.replace(minute=0)
    if hi > NOW:
        hi = NOW
    oldest = NOW - datetime.timedelta(minutes=MAXMIN)
    if lo < oldest:
        lo = oldest.replace(minute=0) + datetime.timedelta(hours=1)
    return lo, hi


def where(rng, obj, en):
    """Where the owner thinks it was lost.  Returns (phrase, place key named or None, other place)."""
    p = obj["place"]
    pn = place_name(rng, p, en)
    r = rng.random()
    if en:
        return ("at " if r < 0.6 else "near ") + pn, p, None
    if r < 0.62:
        return rng.choice(["在", "在", "在", ""]) + pn + rng.choice(["", "", "附近", "那边"]), p, None
    nb = near(p)
    if r < 0.82 and nb:
        q = rng.choice(nb)
        a, b = (pn, place_name(rng, q)) if rng.random() < 0.5 else (place_name(rng, q), pn)
        return "从%s到%s的路上" % (a, b), p, q
    if r < 0.95:
        return "可能是在%s，也可能是路上掉的" % pn, p, None
    return "不记得丢在哪了，那天去过" + pn, p, None


def flavour(rng, v, P):
    if v == "tourist" and not P["holiday"]:
        return rng.choice(["后天就要回去了", "第一次来漾川", "跟团来的"])
    if v == "student" and not P["holiday"]:
        return rng.choice(["去做兼职", "和室友出去玩", "去图书馆自习"])
    if v == "runner" and not P["raceday"]:
        return rng.choice(["来博览会领参赛包的时候", "逛博览会的时候", "赛前一天来踩点"])
    if v == "runner" and P["early"]:
        return rng.choice(FLAVOUR["runner_am"])
    return rng.choice(FLAVOUR[v])


def body_zh(rng, v, P):
    w, wh, what, fs, ids, ct = P["when"], P["where"], P["what"], P["feats"], P["ids"], P["contact"]
    idp = ("，" + "，".join(ids)) if ids else ""
    fsp = ("，" + fs) if fs else ""
    lose = rng.choice(["丢了", "弄丢了", "遗失了", "掉了", "搞丢了"])
    if v == "runner":
        fl = flavour(rng, "runner", P)
        return "%s%s%s%s%s%s。%s，麻烦捡到的好心人联系我%s" % (w, wh, lose, what, fsp, idp, fl, ct)
    if v in HURRY:
        s = "%s%s%s%s%s 急！！%s" % (wh, lose, what, ("，" + P["feats_list"][0]) if P["feats_list"] else "", idp, ct)
        return typo(rng, s, rng.randint(1, 2))
    if v == "student":
        fl = flavour(rng, "student", P)
        more = (fs + idp).lstrip("，")
        return "【求助】%s，%s%s%s%s！%s捡到的同学麻烦联系我，必有重谢～%s" % (
            fl, w, wh, lose, what, (more + "。") if more else "", ct)
    if v == "stall":
        return "我是1号厂房市集摆摊的（%s），%s%s%s%s%s。收摊才发现，有线索请告诉我%s" % (
            rng.choice(STALLS), w, wh, lose, what, fsp + idp, ct)
    if v == "porter":
        return "俺是服装城拉货的，%s卸货，%s，%s不晓得掉哪了%s%s。%s" % (w, wh, what, fsp, idp, ct)
    if v == "shop":
        return "我在服装城开%s，%s%s%s%s%s%s。%s" % (rng.choice(SHOPS), w, wh, lose, what, fsp, idp, ct)
    if v == "rider":
        return "外卖骑手，%s送单，%s，%s%s%s%s，影响跑单，麻烦帮忙%s" % (w, wh, what, lose, fsp, idp, ct)
    if v == "retired":
        if rng.random() < 0.5:
            who = "奶奶" if P["name"][1:] in OLD_F else "爷爷"
            return "（孙女代写）我%s%s是棉纺厂退休的老职工，%s%s%s，把%s弄丢了%s%s。老人家耳朵不好，有消息请联系家属%s" % (
                who, P["name"], w, rng.choice(FLAVOUR["retired"]), wh, what, fsp, idp, ct or "（电话见登记表）")
        return "棉纺新村社区网格员代为登记：辖区居民%s（%d岁）反映，%s%s遗失%s%s%s。联系人：社区%s%s" % (
            P["name"], rng.randint(68, 86), w, wh, what, fsp, idp, P["helper"], ct)
    if v == "tourist":
        fl = flavour(rng, "tourist", P)
        return "我们是从外地来漾川玩的，%s%s%s%s%s%s。%s，麻烦帮忙留意%s" % (w, wh, lose, what, fsp, idp, fl, ct)
    if v == "volunteer":
        return "我是马拉松志愿者（%s组），%s执勤，%s，%s不见了%s%s。%s" % (rng.choice(VOL_POSTS), w, wh, what, fsp, idp, ct)
    if v == "officer":
        return "报失人%s称：%s%s遗失%s%s%s。" % (P["name"], w, wh, what, fsp, idp)
    return "%s%s把%s%s%s%s。有捡到的请联系%s，谢谢！" % (w, wh, what, lose, fsp, idp, ct or "我")


def body_en(rng, P):
    fs = ("; ".join(P["feats_list"]) + ". ") if P["feats_list"] else ""
    ids = (", ".join(P["ids"]) + ". ") if P["ids"] else ""
    return "Lost my %s %s, %s. %s%sI came for the %s. Please contact %s. Thanks!" % (
        P["what"], P["where"], P["when"], fs[:1].upper() + fs[1:], ids,
        rng.choice(["Yangchuan Marathon", "half marathon", "race weekend"]), P["contact"] or "me via the desk")


def render_lost(rng, obj, key):
    v = obj["owner"]["voice"]
    en = v == "runner_en"
    t = obj["t_loss_dt"]
    lo, hi = window(rng, t)
    level = "line" if v in HURRY else ("full" if v in ("officer", "retired") else
                                                 rng.choice(["some", "some", "full"]))
    facts = choose(rng, obj, "own", level)
    stated = {}
    what, (col, bw, mw) = head(rng, obj, facts, "own", stated, en)
    feats, ids, serial = details(rng, obj, facts, "own", stated, en)
    wh, pkey, other = where(rng, obj, en)
    P = {"when": when_en(lo, hi) if en else when_cn(rng, lo, hi), "where": wh, "what": what,
         "feats": join_feats(rng, feats), "feats_list": feats, "ids": ids,
         "contact": contact(rng, None, en), "name": obj["owner"]["name"],
         "helper": "小" + rng.choice("王李张刘陈杨周吴"),
         "holiday": datetime.date(2025, 5, 1) <= t.date() <= datetime.date(2025, 5, 5),
         "raceday": t.date() == datetime.date(2025, 5, 4), "early": t.hour < 9 or lo.hour < 9}
    body = body_en(rng, P) if en else body_zh(rng, v, P)
    rec = {"key": key, "category": obj["cat"], "body": body[:600]}
    mode = "body" if v in HURRY + ("runner_en",) else rng.choice(["body", "mixed", "form", "form"])
    if mode != "body":
        full = mode == "form"
        if col and (full or rng.random() < 0.5):
            rec["color"] = col
        if bw and (full or rng.random() < 0.5):
            rec["brand"] = bw
        if mw and (full or rng.random() < 0.6):
            rec["model"] = mw
        if serial and (full or rng.random() < 0.6):
            rec["serial"] = serial[:60]
        mk = [f for f in feats if f]
        if mk and (full or rng.random() < 0.5):
            rec["marks"] = "；".join(mk)[:500]
        if full or rng.random() < 0.6:
            rec["address"] = place_name(rng, pkey, form=rng.choice([0, 1]))[:60]
    if rng.random() < 0.4 and v not in HURRY:
        rec["lat"], rec["lon"] = place_ll(rng, pkey, jitter_m=300)
    rec["lost_from_min"] = mins_before(lo)
    rec["lost_to_min"] = mins_before(hi)
    meta = {"stated": stated, "places": [pkey] + ([other] if other else []), "voice": v}
    return rec, meta


def pick_voice(rng, place_key, kind_key):
    cat = K[kind_key]["cat"]
    if kind_key in ("ebike", "ebikekey") and rng.random() < 0.45:
        return "rider"
    if kind_key in ("dropbag", "bib", "medal", "waistpack", "watch") and PLACE[place_key]["group"] in ("marathon", "sport", "metro"):
        return rng.choice(["runner", "runner", "runner_hurry", "runner_en"])
    vs = list(PLACE[place_key]["voices"]) * 2
    if "shop" in vs:
        vs += ["porter", "porter"]
    vs += ["local", "officer"]
    v = rng.choice(vs)
    if v == "runner" and rng.random() < 0.25:
        v = "runner_hurry"
    elif v in ("local", "student", "tourist", "rider", "porter", "shop") and rng.random() < 0.12:
        v = "hurry"
    if cat == "cash" and v in ("student", "runner_en"):
        v = "local"
    return v
