"""set88 describing an object in one person's voice, and noting in 'said' exactly what was stated.

who is "owner" (knows everything, remembers some) or "finder" (sees only what is visible)."""
import set88_people as P
from set88_feats import feat_phrase, cont_phrase, FINDER_SEES
from set88_specs import SPECS
from set88_words import say_color, say_brand, say_model, approx_money, count_words

LEVEL_P = {"hurried": 0.25, "low": 0.45, "mid": 0.7, "high": 0.9, "full": 1.0}
# what anybody describing the thing mentions first: a phone's case, a key ring's charm, ...
SALIENT = {"case": 0.9, "charm": 0.85, "bcharm": 0.6, "count": 0.85, "access": 0.8, "carkey": 0.85, "tag": 0.6,
           "writing": 0.8, "denom": 0.6, "metal": 0.9, "wrap": 0.9, "animal": 0.95,
           "icase": 0.9, "frame": 0.8, "embroid": 0.8, "spattern": 0.8, "band": 0.7, "holder": 0.5, "material": 0.6,
           "pendant": 0.8, "oldmark": 0.6, "cover": 0.7, "seat": 0.6, "front": 0.5, "canopy": 0.6, "skin": 0.6,
           "crack": 0.6, "faculty": 0.7, "weight": 0.6}


class Desc:
    """Collects what one registration says about the object."""

    def __init__(self, rng, obj, said, who, level, force=()):
        self.rng, self.o, self.s, self.who, self.level = rng, obj, said, who, level
        self.p = LEVEL_P[level]
        self.force = set(force)

    def chance(self, key, p):
        return key in self.force or self.rng.random() < p

    def kind_word(self):
        spec = SPECS[self.o["kind"]]
        specific = self.o["alt"] is not None or not spec["generic"] or self.chance("kind", 0.85 if self.p < 1 else 1.0)
        if specific:
            self.s["kind"] = self.o["kind"]
            return self.rng.choice(spec["words"])
        return self.rng.choice(spec["generic"])

    def color_word(self):
        o = self.o
        if o["color"] is None or (self.who == "finder" and not o["color_vis"]):
            return None
        p = (0.7 if self.level == "hurried" else 0.9) if self.who == "owner" else self.p + 0.15
        if not self.chance("color", p):
            return None
        word, fam = say_color(self.rng, o["color"], self.who, o["cat"] in ("phone", "electronics", "ebike"))
        self.s["color"] = fam
        return word

    def brand_word(self):
        o = self.o
        known = o["owner_brand"] if self.who == "owner" else o["brand_vis"]
        if o["brand"] is None or not known or not self.chance("brand", self.p + 0.1):
            return None
        self.s["brand"] = o["brand"]
        return say_brand(self.rng, o["brand"], o["kind"])

    def model_word(self):
        o = self.o
        known = o["owner_model"] if self.who == "owner" else o["model_vis"]
        if o["model"] is None or not known or not self.chance("model", self.p * 0.7 if self.p < 1 else 1.0):
            return None
        self.s["model"] = o["model"]
        return say_model(self.rng, o["model"])

    def feat_clauses(self):
        out = []
        items = list(self.o["feats"].items())
        self.rng.shuffle(items)
        items.sort(key=lambda x: -SALIENT.get(x[0], 0))
        limit = 1 if self.level == "hurried" else 99
        for ft, v in items:
            key = "feat:" + ft
            if self.who == "finder" and key not in self.force and self.rng.random() >= FINDER_SEES.get(ft, 1.0):
                continue
            p = max(self.p, SALIENT.get(ft, 0) * (0.7 if self.level == "hurried" else 1.0))
            if key in self.force or (len(out) < limit and self.rng.random() < p):
                self.s["feats"][ft] = v
                text = feat_phrase(self.rng, ft, v, self.who)
                if ft == "count":     # several keys: plainly a key ring, whatever word was used
                    text = text.replace(v, count_words(self.rng, int(v)), 1)
                    self.s["kind"] = self.o["kind"]
                out.append(text)
        return out

    def ident_texts(self):
        """[(label, written, ident)] for numbers this person states."""
        out, per_type = [], {}
        for idt in self.o["idents"]:
            known = idt["ok"] if self.who == "owner" else idt["fv"]
            key = "ident:" + idt["t"]
            if self.who == "finder":     # a finder lists every card of a kind or none of them
                if idt["t"] not in per_type:
                    per_type[idt["t"]] = known and (key in self.force or self.rng.random() < self.p + 0.1)
                go = per_type[idt["t"]]
            else:
                go = known and (key in self.force or self.rng.random() < self.p + 0.1)
            if go:
                text, shown = P.write_ident(self.rng, idt, self.who)
                self.s["idents"].append((idt["t"], idt["v"], shown))
                out.append((P.ident_label(idt), text, idt))
        return out

    def name_text(self):
        o = self.o
        if o["name"] is None:
            return None
        if not (o["cat"] == "id_doc" or self.chance("name", self.p + 0.2)):
            return None
        self.s["name"] = o["name"]["key"]
        if o["kind"] == "passport" and self.who == "finder" and self.rng.random() < 0.6:
            return P.name_latin(o["name"], upper=True)
        text = P.name_zh(o["name"], self.rng, vary=(self.who == "finder" or self.rng.random() < 0.2))
        if self.who == "owner" and o["name"]["group"] in ("uy", "kz") and self.rng.random() < 0.2:
            text += "（%s）" % P.name_latin(o["name"])
        return text

    def amount_text(self):
        o = self.o
        if o["amount"] is None:
            return None
        if not (o["cat"] == "cash" or o["kind"] == "coin_purse" or self.chance("amount", self.p)):
            return None
        if self.who == "owner":
            words, lo, hi = approx_money(self.rng, o["amount"])
        else:
            words, lo, hi = "%d元" % o["amount"], o["amount"], o["amount"]
        self.s["amount"] = (lo, hi)
        return words

    def content_phrases(self):
        o = self.o
        if not o["contents"]:
            return []
        if self.who == "finder":
            if not self.chance("contents", self.p + 0.1):
                return []
            self.s["contents"] = list(o["contents"])
            return [cont_phrase(self.rng, c, "finder") for c in o["contents"]]
        chosen = [c for c in o["contents"] if "contents" in self.force or self.rng.random() < self.p]
        self.s["contents"] = chosen
        return [cont_phrase(self.rng, c, "owner") for c in chosen]

    def hidden(self):
        if self.who != "owner" or self.rng.random() >= self.p * 0.6:
            return []
        return list(self.o["hidden"])


def said_force(s):
    """Everything a registration stated, as a force set, so a fuller rewrite never says less."""
    out = {"feat:" + ft for ft in s["feats"]} | {"ident:" + x[0] for x in s["idents"]}
    for k in ("kind", "color", "brand", "model", "name", "amount", "contents"):
        if s[k]:
            out.add(k)
    return out


def card_list(rng, cards, who):
    """Bank cards named with their tails."""
    parts = []
    for label, text, idt in cards:
        bank = rng.choice(idt["bank"])
        card = "卡" if bank.endswith("银行") else "银行卡"
        parts.append(rng.choice(["%s卡（%s）" % (bank, text), "%s%s%s" % (bank, card, text), "%s的卡，%s" % (bank, text)]))
    return "、".join(parts)


def join(parts, sep="，"):
    return sep.join(p for p in parts if p)


def latlon_ok(lat, lon):
    return 18.0 < lat < 54.0 and 73.0 < lon < 135.0
