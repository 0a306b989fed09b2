"""set103 neg: found items that are nobody's truth, written from a twin of some report's object."""
from set103_world import PLACES, PLACE, NEAR, ZONE_OF, make_person
from set103_objects import twin
from set103_found import write_found

KINDS = [("near_twin", 26), ("one_detail", 22), ("found_before_loss", 20), ("same_brand_elsewhere", 20),
         ("same_cat_colour", 20), ("namesake", 12)]


def _near(rng, place):
    return rng.choice([place, place] + NEAR.get(place, []))


def _far(rng, place):
    z = ZONE_OF[place]
    return rng.choice([p[0] for p in PLACES if p[5] != z])


def make_negatives(rng, cases):
    """cases: list of dicts with t, place, t_loss, lf (lost_from_min). Returns list of (found_rec, kind)."""
    out = []
    named = [c for c in cases if c["t"]["holder"]]
    branded = [c for c in cases if c["t"]["brand"]]
    coloured = [c for c in cases if c["t"]["color"]]
    for kind, n in KINDS:
        for _ in range(n):
            if kind == "namesake":
                c = rng.choice(named)
            elif kind == "same_brand_elsewhere":
                c = rng.choice(branded)
            elif kind in ("same_cat_colour", "near_twin"):
                c = rng.choice(coloured)
            else:
                c = rng.choice(cases)
            t, place, t_loss, lf = c["t"], c["place"], c["t_loss"], c["lf"]
            other = make_person(rng, overseas=rng.random() < 0.08)
            if kind == "near_twin":
                u = twin(rng, t, "near_twin", other)
                pl = _near(rng, place)
                f = max(0, t_loss - rng.randint(10, 2880))
            elif kind == "one_detail":
                u = twin(rng, t, "one_detail", other)
                pl = _near(rng, place)
                f = max(0, t_loss - rng.randint(10, 2880))
            elif kind == "found_before_loss":
                u = twin(rng, t, rng.choice(["near_twin", "one_detail"]), other)
                pl = _near(rng, place)
                f = lf + rng.randint(60, 4320)
            elif kind == "same_brand_elsewhere":
                u = twin(rng, t, "same_brand", other)
                pl = _far(rng, place)
                f = lf + rng.randint(1440, 10080) if rng.random() < 0.5 or t_loss < 4000 else rng.randint(0, max(1, t_loss - 2880))
            elif kind == "same_cat_colour":
                u = twin(rng, t, "same_cat_colour", other)
                pl = rng.choice([_near(rng, place), _far(rng, place)])
                f = max(0, t_loss - rng.randint(-1440, 4320))
            else:
                u = twin(rng, t, "namesake", other)
                pl = rng.choice([_near(rng, place), _far(rng, place), _far(rng, place)])
                f = max(0, t_loss - rng.randint(-2880, 4320))
            f = min(f, 172800)
            rec = write_found(rng, u, pl, f)
            rec["negative"] = kind
            out.append(rec)
    return out
