"""set90 verification used by check_set90.py: run the generator again, compare the
bytes, and confirm that every fact a record "says" (the facts the honesty check used
to tell a found item from the wrong lost reports) is really written in its text."""
import contextlib
import io
import re

import make_set90 as M
import set90_nums as N
from set90_brands import COLORS, VAGUE, BRANDS, MODELS
from set90_cat_b import ABSENT, BRANDLESS
from set90_objects import ALL_SLOTS, spec


def _text(d):
    s = " ".join(str(d.get(f, "")) for f in ("body", "marks", "color", "brand", "model", "serial", "address"))
    for good, bad in N.TYPOS:          # undo the deliberate typos before looking
        s = s.replace(bad, good)
    return s


def _flat(s):
    return re.sub(r"[ \-·*]", "", s)


def _brand_forms(b, cat):
    if b is None:
        return BRANDLESS.get(cat, BRANDLESS[""])
    zh, en, py, typo = BRANDS[b]
    return [zh] + en + py + typo


def _slot_forms(t, k):
    v = t["slots"][k]
    if v in ("none", 0):
        a = ABSENT[k]
        return a if isinstance(a, list) else a[t["cat"]]
    if k == "name":
        return [v]
    if k == "bank_tail":
        return [v]
    return [f for c, fs in ALL_SLOTS[k][1] if c == v for f in fs]


def facts_missing(rec):
    t, say = rec["t"], rec["say"]
    text = _text(rec["out"])
    low = text.lower()
    miss = []
    for k, form in sorted(say.items(), key=lambda kv: kv[0]):
        if k == "sub":
            sp = spec(t)
            forms = sp["own"] + sp["fnd"] + sp["gen"]
            ok = t["cat"] == "jewelry" or any(f in text for f in forms)
        elif k == "color":
            forms = COLORS[t["color"]] + VAGUE.get(t["color"], [])
            ok = any(f in text for f in forms)
        elif k == "brand":
            ok = any(f.lower() in low for f in _brand_forms(t["brand"], t["cat"]))
        elif k == "model":
            ok = any(f.lower() in low for m, fs in MODELS[t["brand"]] if m == t["model"] for f in fs)
        elif k == "serial":
            v = t["serial"]["value"]
            ok = v[-4:] in _flat(text)
        elif k in ("amount", "count") and t["slots"][k]:
            ok = form[2] in text
        else:
            ok = any(f in text for f in _slot_forms(t, k))
        if not ok:
            miss.append(k)
    return miss


def verify(raw):
    with contextlib.redirect_stdout(io.StringIO()):
        doc, lost, allf = M.build()
    problems = []
    if M.dump(doc) != raw:
        problems.append("regenerating gives different bytes")
    n = 0
    for rec in lost + allf:
        n += len(rec["say"])
        for k in facts_missing(rec):
            problems.append("%s: stated fact %s not written in its text" % (rec["key"], k))
    return n, problems
