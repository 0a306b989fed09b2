"""Set 94 lost reports: the owner's side, in the owner's voice, knowing what the owner knows."""
from set94_world import place_name, latlon, window_zh, window_en, when_zh, when_en
from set94_render import choose, render_all, noun_phrase, clauses, fill_fields, stated
from set94_names import name_as_owner, typo_zh, typo_en

# voice: nationality, languages (zh, zh_simple, en, desk) weights, place tags, intros per language
VOICES = {
    "ru_trader": ("ru", {"desk": 4, "zh_simple": 4, "en": 2}, "market hotel port food truck"),
    "ru_tourist": ("ru", {"en": 4, "desk": 3, "zh_simple": 3}, "tourist shop port food hotel grassland"),
    "mn_trader": ("mn", {"desk": 5, "zh_simple": 4, "en": 1}, "market transport hotel truck"),
    "mn_student": ("mn", {"zh": 7, "zh_simple": 3}, "campus transport shop food"),
    "south_group": ("cn", {"zh": 10}, "grassland tourist shop port hotel food"),
    "driver": ("cn", {"zh": 10}, "truck port transport food hotel"),
    "staff": ("cn", {"zh": 10}, "port shop market"),
    "herder": ("cn_mn", {"zh": 6, "desk": 4}, "grassland local hospital"),
    "engineer": ("cn", {"zh": 10}, "wind hotel transport food"),
    "cleaner": ("cn", {"zh": 10}, "hotel hospital local"),
    "student": ("cn", {"zh": 10}, "campus transport shop food"),
    "elderly": ("cn", {"zh": 10}, "hospital local market tourist"),
    "local": ("cn", {"zh": 10}, "local shop food market transport"),
}
INTRO = {
    "ru_trader": {"desk": ["俄罗斯籍商人{n}（经翻译）报称：", "俄罗斯客商{n}来所报失，经翻译软件沟通："], "zh_simple": ["我是俄罗斯人，做生意。", "你好，我俄罗斯来，市场卖东西。"],
                  "en": ["I am trader from Russia. ", "Hello. Russian businessman here. "]},
    "ru_tourist": {"desk": ["俄罗斯游客{n}报称：", "俄籍游客{n}（持旅游签证）称："], "zh_simple": ["你好！我是俄罗斯游客。", "我俄罗斯人，来旅游。"],
                   "en": ["Hi, I'm a tourist from Russia. ", "Hello, Russian tourist, sorry my Chinese is bad. "]},
    "mn_trader": {"desk": ["蒙古国客商{n}经翻译报称：", "蒙古国公民{n}（乘国际大巴入境）称："], "zh_simple": ["我是蒙古国来的。", "你好，蒙古人，来买货。"],
                  "en": ["I am from Mongolia. "]},
    "mn_student": {"zh": ["我是锡尔嘎学院的蒙古国留学生{n}，", "蒙古国留学生，"], "zh_simple": ["我是留学生，蒙古国的。"]},
    "south_group": {"zh": ["我们是广州来的旅游团，", "跟团从福建过来玩的，", "我系佛山嚟旅游嘅，", "浙江旅游团的游客，"]},
    "driver": {"zh": ["我是跑口岸的货车司机，", "大车司机，拉货过关的，", "开国际大巴的司机，", "货车司机{n}，"]},
    "staff": {"zh": ["我在口岸旅检大厅上班，", "我是免税店店员，", "在俄货市场看摊的，", "口岸海关工作人员{n}，"]},
    "herder": {"zh": ["我是敖登嘎查的牧民，", "草原上带马队的向导{n}，", "牧民{n}，"], "desk": ["牧民{n}（由导游代为登记）称：", "敖登嘎查牧民{n}（汉语不熟，由其子翻译）称："]},
    "engineer": {"zh": ["我是北山风电的运维工程师，", "风电场检修的，", "风电运维{n}，"]},
    "cleaner": {"zh": ["我在酒店做保洁，", "保洁员{n}，"]},
    "student": {"zh": ["锡尔嘎学院大二学生，", "学生{n}，", "我是学院的研究生，"]},
    "elderly": {"zh": ["替我父亲登记：", "帮我妈妈报失，老人家记不太清，", "我奶奶（七十多岁）", "代老人{n}报失："]},
    "local": {"zh": ["", "", "本地人，", "市民{n}，"]},
}
CLOSE_ZH = ["麻烦帮忙留意，谢谢", "有消息请联系我", "急！", "必有重谢", "里面的东西对我很重要", "谢谢警察同志", "", ""]
CLOSE_FOREIGN = ["明天就要回国了，很着急", "请帮助，谢谢！", "我住在{hotel}", "谢谢", ""]
CLOSE_EN = ["Please help me, thank you!", "I leave China in two days.", "Thank you very much.", "I stay at {hotel}.", ""]
NOUN_RU = {"phone": "телефон", "id_doc": "паспорт", "wallet": "кошелёк", "keys": "ключи", "bag": "сумка", "cash": "деньги",
           "jewelry": "украшение", "electronics": "техника", "other": "вещь", "ebike": "электроскутер", "bicycle": "велосипед"}
NOUN_MN = {"phone": "утас", "id_doc": "паспорт", "wallet": "түрийвч", "keys": "түлхүүр", "bag": "цүнх", "cash": "мөнгө"}
LOSE = ["丢了", "弄丢了", "遗失了", "不见了", "掉了"]
YUE = [("钱包", "银包"), ("钥匙", "锁匙"), ("自行车", "单车"), ("不见了", "唔见咗"), ("丢了", "唔见咗"), ("东西", "嘢")]


def pick_lang(rng, weights):
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def pick_level(rng):
    return rng.choices(["full", "partial", "body", "hurried"], [28, 34, 28, 10])[0]


def _where(ev, style, rng):
    if ev.get("route"):
        a, b = ev["route"]
        if style == "en":
            return "in a taxi from %s to %s" % (place_name(a, "en", rng), place_name(b, "en", rng))
        if style == "en_short":
            return "in a taxi"
        return rng.choice(["出租车上（从%s到%s）", "从%s到%s的出租车上", "%s打车去%s的出租车上"]) % (
            place_name(a, style, rng), place_name(b, "short", rng))
    if style == "en":
        return rng.choice(["at ", "at ", "near ", "in "]) + place_name(ev["place"], "en", rng)
    return place_name(ev["place"], "en" if style == "en_short" else style, rng)


def write_lost(ev, rng, force=(), level=None):
    obj, owner, voice = ev["obj"], ev["owner"], ev["voice"]
    nat, langs, _tags = VOICES[voice]
    lang = ev.setdefault("lang", pick_lang(rng, langs))
    level = level or ev.setdefault("level", pick_level(rng))
    keys = choose(obj, "own", level, rng, force)
    side_lang = "en" if lang == "en" else "zh"
    r = render_all(obj, keys, "own", side_lang, rng, force)
    np_ = noun_phrase(obj, r, "own", side_lang, rng)
    cl = clauses(r, side_lang, rng)
    nm = name_as_owner(owner, rng)
    a, b = ev["t_from"], ev["t_to"]
    pstyle = "zh" if nat in ("cn", "cn_mn") or lang == "desk" else "fx"
    hotel = place_name(rng.choice(["hotel_druzhba", "hotel_baikal", "hotel_trade", "hotel_pearl", "inn_north"]), pstyle, rng)
    if level == "hurried":
        where = _where(ev, "en_short" if lang == "en" else "short", rng)
        if lang == "en":
            body = typo_en("lost %s %s %s" % (np_, where, when_en(a, rng)), rng)
        else:
            body = typo_zh(rng.choice(["%s%s%s" % (where, rng.choice(LOSE), np_), "%s %s在%s丢的" % (np_, when_zh(a, rng), where),
                                       "%s，%s，%s" % (np_, where, rng.choice(LOSE))]), rng)
        if cl:  # everything it counts as stated must be in the text
            body += ("; " if lang == "en" else "，") + ("; ".join(cl) if lang == "en" else "，".join(cl))
    elif lang == "en":
        intro = rng.choice(INTRO[voice].get("en", ["Hello. "]))
        body = "%sI lost my %s %s, %s." % (intro, np_, _where(ev, "en", rng), window_en(a, b, rng))
        if cl:
            body += " " + "; ".join(cl) + "."
        body += " " + rng.choice(CLOSE_EN).format(hotel=place_name("hotel_baikal", "en", rng))
        if rng.random() < 0.12:
            body = typo_en(body, rng)
    else:
        intro = rng.choice(INTRO[voice].get(lang, INTRO[voice].get("zh", [""]))).format(n=nm)
        where = _where(ev, pstyle, rng)
        win = window_zh(a, b, rng)
        if lang == "zh_simple":
            word = {"ru": NOUN_RU, "mn": NOUN_MN}.get(nat, {}).get(obj["cat"])
            extra = "（%s）" % word if word and rng.random() < 0.6 else ""
            parts = [intro, "我的%s%s%s。" % (np_, extra, rng.choice(["丢了", "没有了", "找不到"])), "在%s。" % where, win + "。"]
            parts += [c + "。" for c in cl]
            body = "".join(parts) + rng.choice(CLOSE_FOREIGN).format(hotel=hotel)
        elif lang == "desk":
            body = "%s其于%s在%s遗失%s一%s。%s。%s" % (intro, win, where, np_, obj["cl"], "，".join(cl) if cl else "其他特征记不清",
                                                rng.choice(["请协助查找。", "报失人留有联系方式。", "报失人称次日离境。", ""]))
        else:
            lose = rng.choice(LOSE)
            form = rng.randrange(3)
            if form == 0:
                body = "%s%s在%s%s%s" % (intro, win, where, lose, np_)
            elif form == 1:
                body = "%s%s，%s在%s%s的" % (intro, np_, win, where, lose)
            else:
                body = "%s%s，我在%s，后来发现%s%s" % (intro, win, where, np_, lose)
            body += ("。" + "，".join(cl)) if cl else ""
            body += "。" + rng.choice(CLOSE_ZH).format(hotel=hotel)
            if voice == "south_group" and ("佛山" in intro or "广州" in intro or rng.random() < 0.15):
                for w, y in YUE:
                    if rng.random() < 0.6:
                        body = body.replace(w, y)
            if rng.random() < 0.1:
                body = typo_zh(body, rng)
    rec = {"category": ev.get("file_cat", obj["cat"]), "body": body.strip()[:600]}
    rec.update(fill_fields(r, level, rng))
    if level != "hurried" and not ev.get("route") and rng.random() < 0.6:
        rec["address"] = place_name(ev["place"], "en" if lang == "en" else pstyle, rng)[:60]
        if rng.random() < 0.7:
            rec["lat"], rec["lon"] = latlon(ev["place"], rng)
    elif ev.get("route") and level == "full" and rng.random() < 0.5:
        rec["address"] = ("出租车上（%s—%s）" % (place_name(ev["route"][0], "short", rng), place_name(ev["route"][1], "short", rng)))[:60]
    return rec, stated(r), len(body) <= 600
