"""States (rigour, iso-codes, mledoze, factbook, countrynames, hand tables) and
their demonyms."""

import re

from .filters import basic_alias_problem
from .fold import fold
from .report import report
from .sources.factbook import fb_get, parse_demonym_field
from .sources.iso_codes import iso_name_variants
from .tables import (
    CAPITALIZED_DEMONYMS,
    CAPITALIZED_STATE_ALIASES,
    DEMONYM_STOP,
    EXTRA_STATES,
    HAND_DEMONYMS,
    HAND_STATE_ALIASES,
    OBSERVERS,
    PARTIALLY_RECOGNISED,
    STATE_ALIAS_STOP,
    STATE_NAME_OVERRIDES)
from .text import alias_obj, alias_text, clean_text, is_latin, remove_parens, strip_article

# Historical states rigour has no territory for, named by hand: stem -> (id,
# name, demonyms). West Germany, the Federal Republic of 1949-1990, which
# rigour counts as today's Germany (de.yml lists other QIDs, unlabelled); no
# source kept here labels a QID for it, so its id is a slug and it has no
# `wikidata`. "FRG" and "Federal Republic of Germany" stay with Germany.
STATES_WITHOUT_QID = {
    "west-germany": ("state:west-germany", "West Germany", ["West German", "West Germans"]),
}


def build_states(src):
    selected = {}  # stem -> category
    for stem, d in src.rigour.items():
        a3 = (d.get("alpha3") or "").upper()
        if "_" not in stem and a3 in src.iso1_by_a3 and d.get("qid"):
            selected[stem] = None
        elif d.get("is_historical") and d.get("is_country") and d.get("qid"):
            selected[stem] = "historical"
    for stem, cat in EXTRA_STATES.items():
        if stem in src.rigour:
            selected[stem] = cat
        else:
            report("states", "extra state stem %s not in rigour: skipped" % stem)
    if "xk" in src.rigour:
        selected["xk"] = None

    states = {}
    for stem in sorted(selected):
        d = src.rigour[stem]
        qid = d.get("qid")
        if not qid:
            report("states", "no QID in rigour for %s: skipped" % stem)
            continue
        a3 = (d.get("alpha3") or "").upper()
        country = a3 if a3 in src.known_alpha3 else None
        if stem.startswith("gb_"):
            country = "GBR"
        ml = src.mledoze.get(a3) or (src.mledoze_by_a2.get("XK") if stem == "xk" else None)
        a2 = stem.upper() if "_" not in stem else None
        fb = src.factbook.get(a2) if a2 else None

        cat = selected[stem]
        if cat is None:
            if stem in OBSERVERS:
                cat = "observer"
            elif stem in PARTIALLY_RECOGNISED:
                cat = "partially-recognised"
            elif d.get("is_historical"):
                cat = "historical"
            elif d.get("is_country") and ml and (ml.get("independent") or ml.get("unMember")):
                cat = "sovereign"
            elif d.get("is_country") and ml is None:
                cat = "sovereign"
            else:
                cat = "territory"
        if stem in PARTIALLY_RECOGNISED:
            cat = "partially-recognised"
        if stem in OBSERVERS:
            cat = "observer"

        name = STATE_NAME_OVERRIDES.get(stem, d.get("name"))
        cands = []  # (text, source, priority)
        srcs = {"rigour"}
        add = lambda t, s, pr=1: cands.append((t, s, pr))

        add(d.get("name"), "rigour")
        if d.get("full_name"):
            add(d["full_name"], "rigour")
        for n in d.get("names_strong") or []:
            if isinstance(n, str) and n != n.lower():
                add(n, "rigour")
        iso = src.iso1_by_a3.get(a3)
        if iso:
            for k in ("name", "official_name", "common_name"):
                if iso.get(k):
                    for v in iso_name_variants(iso[k]):
                        add(v, "iso-codes")
        elif a3 in src.iso3_by_a3:
            for v in iso_name_variants(src.iso3_by_a3[a3]["name"], withdrawn=True):
                add(v, "iso-codes")
        if ml:
            add(ml["name"]["common"], "mledoze")
            add(ml["name"]["official"], "mledoze")
            for s in ml.get("altSpellings", []):
                if s == ml["cca2"]:
                    continue
                add(s, "mledoze")
        if fb:
            cn = fb_get(fb, "Government", "Country name") or {}
            for k in ("conventional long form", "conventional short form"):
                t = clean_text(cn.get(k))
                t = t.split(";")[0].strip()
                if t and t.lower() != "none":
                    add(t, "factbook")
            ab = clean_text(cn.get("abbreviation"))
            if ab:
                ab = remove_parens(ab)
                for part in re.split(r"\bor\b|/|,", ab):
                    part = part.strip()
                    if part and part.lower() != "none":
                        add(part, "factbook")
            former = clean_text(cn.get("former"))
            if former and not former.lower().startswith("sometimes"):
                former = remove_parens(former)
                for part in re.split(r"[,;]", former):
                    part = part.strip()
                    if part and " is the former name" not in part and " and " not in part.lower()[:0]:
                        add(part, "factbook")
        for h in HAND_STATE_ALIASES.get(stem, []):
            add(h, "hand", 2)

        states[stem] = {
            "stem": stem, "qid": qid, "country": country, "category": cat,
            "name": name, "cands": cands, "srcs": srcs, "ml": ml, "fb": fb,
            "rigour": d,
        }
    for stem, (sid, name, dems) in STATES_WITHOUT_QID.items():
        states[stem] = {
            "stem": stem, "qid": sid, "country": None, "category": "historical", "name": name,
            "cands": [(name, "hand", 2)], "srcs": {"curated"}, "ml": None, "fb": None,
            "rigour": None, "hand_demonyms": dems,
        }
    return states


def finalize_state_aliases(states, src, demonym_folds, capital_folds):
    # 1. normalise candidates, per state
    claims = {}  # fold -> {stem: (priority, text)}
    for stem, st in states.items():
        per = {}
        for text, s, pr in st["cands"]:
            if not text:
                continue
            text = " ".join(text.split())
            t2 = strip_article(text)
            own = fold(st["name"])
            if fold(text) == own or fold(t2) == own:
                cands_ok = True
            elif t2 != text:
                if fold(t2) in STATE_ALIAS_STOP or fold(text) in STATE_ALIAS_STOP:
                    report("state-alias-dropped", "%s (%s): %r: %s" % (st["name"], stem, text, STATE_ALIAS_STOP.get(fold(text)) or STATE_ALIAS_STOP.get(fold(t2))))
                    continue
                text = t2
            f = fold(text)
            if re.search(r"\b(?:nutome|Emetab)\b", text):
                report("state-alias-dropped", "%s (%s): %r from %s: noisy form ('country' in another language)" % (st["name"], stem, text, s))
                continue
            if s == "rigour" and is_latin(text) and text.isupper() and len([c for c in text if c.isalpha()]) > 5:
                report("state-alias-dropped", "%s (%s): %r from rigour: upper-case register form" % (st["name"], stem, text))
                continue
            if f in STATE_ALIAS_STOP and f != own:
                report("state-alias-dropped", "%s (%s): %r: %s" % (st["name"], stem, text, STATE_ALIAS_STOP[f]))
                continue
            prob = basic_alias_problem(text)
            if prob:
                if prob not in ("non-Latin script",):
                    report("state-alias-dropped", "%s (%s): %r from %s: %s" % (st["name"], stem, text, s, prob))
                continue
            if f in src.fail:
                report("state-alias-dropped", "%s (%s): %r: in countrynames FAIL list" % (st["name"], stem, text))
                continue
            if f in demonym_folds and s != "hand":
                report("state-alias-dropped", "%s (%s): %r: is a demonym" % (st["name"], stem, text))
                continue
            if f in capital_folds and s != "hand" and f != fold(st["name"]):
                report("state-alias-dropped", "%s (%s): %r: is a capital city name" % (st["name"], stem, text))
                continue
            pr = 3 if f == fold(st["name"]) else pr
            if f not in per or per[f][0] < pr:
                per[f] = (pr, text, s)
        st["per"] = per
        for f, (pr, text, s) in per.items():
            claims.setdefault(f, {})[stem] = pr
    # 2. resolve conflicts between states
    for f, owners in sorted(claims.items()):
        if len(owners) < 2:
            continue
        best = max(owners.values())
        top = sorted(s for s, p in owners.items() if p == best)
        names = ", ".join("%s" % states[s]["name"] for s in sorted(owners))
        if len(top) == 1:
            keep = top[0]
            for s in owners:
                if s != keep:
                    del states[s]["per"][f]
            report("state-alias-conflict", "%r claimed by %s: kept for %s (higher priority)" % (f, names, states[keep]["name"]))
        else:
            for s in owners:
                del states[s]["per"][f]
            report("state-alias-conflict", "%r claimed by %s: dropped from all" % (f, names))
    # 3. build alias lists
    for stem, st in states.items():
        used = set()
        aliases = []
        srcs = set(st["srcs"])
        name_f = fold(st["name"])
        for f, (pr, text, s) in sorted(st["per"].items(), key=lambda kv: (-kv[1][0], kv[0])):
            if s != "hand":
                srcs.add(s)
            if f == name_f or f in used:
                continue
            used.add(f)
            aliases.append(text)
        aliases.sort(key=lambda t: (fold(t), t))
        out = []
        for text in aliases:
            if text in CAPITALIZED_STATE_ALIASES:
                out.append(alias_obj(text, "capitalized"))
                report("state-alias-capitalized", "%s: %r: %s" % (st["name"], text, CAPITALIZED_STATE_ALIASES[text]))
            else:
                out.append(text)
        st["aliases"] = out
        st["srcs"] = srcs
        if st["name"] in CAPITALIZED_STATE_ALIASES:
            # the canonical name needs the case restriction too: repeat it as an alias object
            st["aliases"].insert(0, alias_obj(st["name"], "capitalized"))
            report("state-alias-capitalized", "%s: canonical name %r: %s" % (st["name"], st["name"], CAPITALIZED_STATE_ALIASES[st["name"]]))


def build_demonyms(states, src):
    claims = {}  # fold -> list of (stem, text)
    for stem, st in states.items():
        forms = []
        if st["fb"]:
            nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
            for k in ("noun", "adjective"):
                for x in parse_demonym_field(nat.get(k)):
                    forms.append((x, "factbook"))
        if st["ml"]:
            dem = (st["ml"].get("demonyms") or {}).get("eng") or {}
            for k in ("m", "f"):
                if dem.get(k):
                    for x in parse_demonym_field(dem[k]):
                        forms.append((x, "mledoze"))
        for h in HAND_DEMONYMS.get(stem, []) + st.get("hand_demonyms", []):
            forms.append((h, "hand"))
        seen = set()
        for text, s in forms:
            text = " ".join(text.split())
            f = fold(text)
            if f in seen:
                continue
            seen.add(f)
            if f in DEMONYM_STOP:
                report("demonym-dropped", "%s: %r: %s" % (st["name"], text, DEMONYM_STOP[f]))
                continue
            prob = basic_alias_problem(text)
            if prob:
                report("demonym-dropped", "%s: %r: %s" % (st["name"], text, prob))
                continue
            claims.setdefault(f, []).append((stem, text, s))
    pop = {}
    for stem, st in states.items():
        a2 = stem.upper()
        g = src.gn_countries.get(a2)
        pop[stem] = g["population"] if g else 0
    result = {stem: [] for stem in states}
    for f, lst in sorted(claims.items()):
        stems = sorted({x[0] for x in lst})
        if len(stems) > 1:
            hand = [x for x in lst if x[2] == "hand"]
            if len({x[0] for x in hand}) == 1:
                win = hand[0][0]
                rule = "hand table"
            else:
                rank = lambda s: (states[s]["category"] in ("sovereign", "observer", "partially-recognised"),
                                  states[s]["category"] != "historical", pop[s], s)
                win = max(stems, key=rank)
                rule = "larger population among current states"
            report("demonym-shared", "%r shared by %s: given to %s (%s)" % (
                lst[0][1], ", ".join(states[s]["name"] for s in stems), states[win]["name"], rule))
            lst = [x for x in lst if x[0] == win]
        stem, text, s = lst[0]
        result[stem].append((text, s))
    return result


def state_entities(states, demonyms):
    out = []
    alias_owner = {}
    for stem, st in states.items():
        alias_owner[fold(st["name"])] = stem
        for a in st["aliases"]:
            alias_owner[fold(alias_text(a))] = stem
    for stem, st in sorted(states.items()):
        dems = []
        srcs = set(st["srcs"])
        for text, s in sorted(demonyms.get(stem, []), key=lambda x: (fold(x[0]), x[0])):
            f = fold(text)
            if f in alias_owner:
                report("demonym-dropped", "%s: %r: equals a state name/alias (%s)" % (
                    st["name"], text, states[alias_owner[f]]["name"]))
                continue
            if s != "hand":
                srcs.add(s)
            if text in CAPITALIZED_DEMONYMS:
                dems.append(alias_obj(text, "capitalized"))
                report("demonym-capitalized", "%s: %r: %s" % (st["name"], text, CAPITALIZED_DEMONYMS[text]))
            else:
                dems.append(text)
        e = {"id": st["qid"], "kind": "state", "name": st["name"]}
        if st["aliases"]:
            e["aliases"] = st["aliases"]
        if dems:
            e["demonyms"] = dems
        if st["country"]:
            e["country"] = st["country"]
        e["category"] = st["category"]
        e["sources"] = sorted(srcs)
        out.append(e)
    return out


def demonym_folds(states):
    """The folded demonyms of the factbook and mledoze (other than a state's
    own name), to keep them out of state aliases."""
    pre_dem = set()
    for stem, st in states.items():
        if st["fb"]:
            nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
            for k in ("noun", "adjective"):
                for x in parse_demonym_field(nat.get(k)):
                    if fold(x) != fold(st["name"]):
                        pre_dem.add(fold(x))
        if st["ml"]:
            for v in ((st["ml"].get("demonyms") or {}).get("eng") or {}).values():
                if fold(v) != fold(st["name"]):
                    pre_dem.add(fold(v))
    return pre_dem
