"""Set 94 rendering: which facts a person states, how they word them, which form
fields get filled.  Every rendering returns what it stated, so the honesty
checks compare what the two texts actually say, not the hidden truth."""
from set94_ids import serial_text
from set94_facts import approx, CUR

LEVEL_MULT = {"full": 1.2, "partial": 0.9, "body": 0.9, "hurried": 0.0}
HURRY_ORDER = ["brand", "color", "noun", "name", "cash", "plate", "nkeys", "material", "fob", "container"]


def choose(obj, side, level, rng, force=()):
    facts = obj["facts"]
    out = []
    for k in sorted(facts):
        f = facts[k]
        if (side == "own" and f["who"] == "finder") or (side == "fnd" and f["who"] == "owner"):
            continue
        p = f["po"] if side == "own" else f["pf"]
        if k in force or p >= 1.0 or rng.random() < p * LEVEL_MULT[level]:
            out.append(k)
    if level == "hurried":
        pri = [k for k in HURRY_ORDER if k in facts and facts[k]["who"] != ("finder" if side == "own" else "owner")]
        out = pri[:rng.choice([1, 2, 2])] + [k for k in sorted(force) if k in facts]
        out += [k for k in sorted(facts) if (facts[k]["po"] if side == "own" else facts[k]["pf"]) >= 1.0]
        out = sorted(set(out))
    return out


def _word(f, side, lang, rng):
    if lang == "en" and f.get("is_name") and side == "fnd":
        return rng.choice(f["fnd"])
    if lang == "en" and f["en"]:
        return rng.choice(f["en"])
    return rng.choice(f["own"] if side == "own" else f["fnd"])


def _tmpl(f, side, lang, rng):
    if lang == "en":
        return rng.choice(f["tmpl_en"])
    return rng.choice(f["tmpl_own"] if side == "own" else f["tmpl_fnd"])


def _cash(f, side, lang, rng, full=False):
    items = list(f["v"])
    if side == "own" and len(items) > 1 and rng.random() < 0.3 and not full:
        items = items[:1]
    parts, stated = [], []
    for cur, amt in items:
        zh_own, zh_fnd, en = CUR[cur]
        if side == "own":
            a = approx(amt, rng)
            stated.append((cur, a))
            if lang == "en":
                parts.append("%d %s" % (a, rng.choice(en)))
            else:
                parts.append(rng.choice(["%d%s左右", "大概%d%s", "%d多%s", "%d%s"]) % (a, rng.choice(zh_own)))
        else:
            stated.append((cur, amt))
            parts.append(("%d " + en[0]) % amt if lang == "en" else
                         rng.choice(["%s%d元" % ("人民币" if cur == "cny" else "", amt) if cur == "cny" else "%s%d" % (zh_fnd[0], amt),
                                     "%d%s" % (amt, zh_fnd[0])]))
    sep = " and " if lang == "en" else rng.choice(["和", "、", "，另有"])
    return sep.join(p.strip() for p in parts), tuple(sorted(stated))


def _set(f, side, lang, rng, full=False):
    keys = list(f["v"])
    if side == "own" and not full:
        n = max(1, min(len(keys), rng.choice([1, 1, 2, 2, 3])))
        keys = sorted(sorted(keys, key=lambda k: rng.random())[:n])
    words = []
    for k in keys:
        o, fn, e = f["elems"][k]
        words.append(rng.choice(e if lang == "en" else (o if side == "own" else fn)))
    sep = ", " if lang == "en" else rng.choice(["、", "，", "和"] if side == "own" else ["、", "；", "，"])
    return sep.join(words), tuple(keys)


def render_fact(f, side, lang, rng, full=False):
    """-> dict(text=clause, adj=word for the noun phrase or None, stated=value or None, field=form value)."""
    cmp = f["cmp"]
    adj, stated = None, f["v"]
    if cmp == "serial":
        word = serial_text(f["serial_kind"], f["v"], side, rng)
        stated = word
    elif cmp == "set":
        word, stated = _set(f, side, lang, rng, full)
    elif cmp == "cash":
        word, stated = _cash(f, side, lang, rng, full)
    else:
        word = _word(f, side, lang, rng)
        if cmp == "color" and side == "fnd" and f.get("vague") and not full and rng.random() < 0.15:
            word, stated = f["vague"], None
        if cmp == "none":
            stated = None
    text = _tmpl(f, side, lang, rng).format(x=word)
    if cmp in ("color", "brand") and f.get("in_noun", True):
        adj = word
    return {"text": text, "word": word, "adj": adj, "stated": stated, "field": f["field"]}


def render_all(obj, keys, side, lang, rng, force=()):
    if lang == "en":
        keys = [k for k in keys if obj["facts"][k]["cmp"] != "none"]
    return {k: render_fact(obj["facts"][k], side, lang, rng, k in force) for k in keys}


def noun_phrase(obj, r, side, lang, rng):
    if "noun" in r:
        noun = r["noun"]["word"]
    elif lang == "en":
        noun = rng.choice(obj["gen_en"])
    else:
        noun = rng.choice(obj["gen_own"] if side == "own" else obj["gen_fnd"])
    col = r["color"]["adj"] if "color" in r else None
    br = r["brand"]["adj"] if "brand" in r else None
    if lang == "en":
        return " ".join(x for x in (col, br, noun) if x)
    if col and br:
        return rng.choice(["%s%s%s" % (col, br, noun), "%s的%s%s" % (col, br, noun), "%s%s（%s）" % (br, noun, col),
                           "%s%s，%s的" % (br, noun, col)])
    if col:
        return rng.choice(["%s%s" % (col, noun), "%s的%s" % (col, noun)])
    if br:
        return rng.choice(["%s%s" % (br, noun), "%s牌%s" % (br, noun) if br[0] > "~" and not br.endswith("牌") else "%s %s" % (br, noun)])
    return noun


def clauses(r, lang, rng, skip=("color", "brand", "noun")):
    """The remaining statements as clauses, in a shuffled but deterministic order."""
    out = []
    for k in sorted(r):
        if k in skip and r[k]["adj"] is not None or k == "noun":
            continue
        out.append(r[k]["text"])
    rng.shuffle(out)
    return out


def fill_fields(r, level, rng):
    """Form fields a registration fills from what it stated."""
    if level in ("body", "hurried"):
        return {}
    p = 0.95 if level == "full" else 0.5
    out, marks = {}, []
    for k in sorted(r):
        x = r[k]
        fld = x["field"]
        if fld is None or rng.random() > p:
            continue
        if fld == "marks":
            marks.append(x["text"])
        elif fld not in out:
            out[fld] = x["word"]
    if marks:
        out["marks"] = "；".join(marks)
    return out


def stated(r):
    return {k: x["stated"] for k, x in sorted(r.items()) if x["stated"] is not None}


def join_zh(parts):
    return "，".join(p for p in parts if p)
