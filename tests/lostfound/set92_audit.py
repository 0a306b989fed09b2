"""set92 audit: what a careful desk officer can see when reading one found registration next
to one lost report. Used while writing the set to keep the labels honest:

* a true pair must show no contradiction and enough in common to be matched by a person;
* every other (found, lost) combination must show at least one contradiction in the texts,
  in time (found before the loss began) or in place (more than FAR_KM apart).

Only facts the two texts actually state are compared ("said" records from set92_say)."""
from set92_catalog import colours_clash, groups_compatible
from set92_world import km

FAR_KM = 15.0
# marks that can only have one value on one object (a phone has one lock screen, a red envelope
# one inscription); two different values of these are a contradiction, of other marks not
CASH = {"hongbao", "cash_roll", "envelope"}
SINGLE = {"lock", "write", "team", "uni", "init", "pend", "quilt", "sleeve", "lany", "scarf", "case", "bell", "pouch"}


def contradictions(fs, ls):
    out = []
    if not groups_compatible(fs["group"], ls["group"]):
        return ["kind"]
    if fs["colours"] and ls["colours"] and colours_clash(fs["colours"], ls["colours"]):
        out.append("colour")
    elif fs["case"] and ls["case"] and colours_clash(fs["case"], ls["case"]):
        out.append("colour")
    if fs["brand"] and ls["brand"] and fs["brand"] != ls["brand"]:
        out.append("brand")
    if fs["model"] and ls["model"] and fs["model"] != ls["model"]:
        out.append("model")
    # a wallet may hold several bank cards: another card's tail does not rule it out
    if fs["serial"] and ls["serial"] and fs["serial"][0] == ls["serial"][0] != "card" \
            and fs["serial"][1] != ls["serial"][1]:
        out.append("serial")
    if fs["name"] and ls["name"] and fs["name"] != ls["name"]:
        out.append("name")
    # money can go missing from a found wallet, but none appears in it; loose cash (a red
    # envelope, a roll of notes) is handed in whole, so there any clear difference counts
    if fs["amount"] and ls["amount"]:
        a, b = fs["amount"], ls["amount"]
        if a > 1.2 * b or (fs["group"] in CASH and ls["group"] in CASH and b > 1.2 * a):
            out.append("amount")
    for slot in sorted(fs["marks"]):
        if slot in SINGLE and slot in ls["marks"] and ls["marks"][slot] != fs["marks"][slot]:
            out.append("mark")
            break
    if min(km(p, q) for p in ls["places"] for q in fs["places"]) > FAR_KM:
        out.append("place")
    if fs["found_at"] > ls["win"][0]:
        out.append("time")
    return out


def support(fs, ls):
    """(strong, medium) facts both texts state alike."""
    strong = medium = 0
    if fs["serial"] and ls["serial"] and fs["serial"] == ls["serial"]:
        strong += 1
    if fs["name"] and ls["name"] and fs["name"] == ls["name"]:
        strong += 1
    if fs["amount"] and ls["amount"] and abs(fs["amount"] - ls["amount"]) <= 0.1 * max(fs["amount"], ls["amount"]):
        strong += 1
    if fs["colours"] and ls["colours"] and not colours_clash(fs["colours"], ls["colours"]):
        medium += 1
    elif fs["case"] and ls["case"] and not colours_clash(fs["case"], ls["case"]):
        medium += 1
    if fs["brand"] and fs["brand"] == ls["brand"]:
        medium += 1
    if fs["model"] and fs["model"] == ls["model"]:
        medium += 1
    for slot in sorted(fs["marks"]):
        if ls["marks"].get(slot) == fs["marks"][slot]:
            medium += 1
    return strong, medium


def linked(fs, ls):
    strong, medium = support(fs, ls)
    return strong >= 1 or medium >= 2


class Book:
    """All registrations written so far, for checking a new one against the other side."""

    def __init__(self):
        self.lost = []    # said records with "win", "id"
        self.found = []   # said records with "found_at", "id"

    def lost_clashes_all(self, ls, except_found=None):
        return all(contradictions(f, ls) for f in self.found if f["id"] != except_found)

    def found_clashes_all(self, fs, except_lost=None):
        return all(contradictions(fs, l) for l in self.lost if l["id"] != except_lost)
