"""Organizations: Phoenix international actors, armed groups and national
institutions; factbook parties, forces and terrorist groups."""

import re
import sys

from .casing import org_case
from .dedupe import DEDUPE_REPORT
from .filters import all_common, basic_alias_problem
from .fold import fold
from .merge import entity_surface_folds
from .report import report
from .sources.factbook import fb_get, fb_items, parse_demonym_field, parse_force_item
from .sources.phoenix import parse_phoenix, phoenix_file, phx_code_country, phx_org_names, phx_tokens
from .tables import (
    ARMED_GROUP_WORDS,
    BODY_ADJECTIVE,
    COMMON_WORDS,
    FIRST_NAMES,
    GENERIC_BODY_WORDS,
    GENERIC_PARTY_WORDS,
    IGO_JUNK,
    NGO_NAME_WORDS,
    ORG_ACRONYMS,
    ORG_GENERIC_ALLOWED,
    ORG_MINOR,
    ORG_NAME_FIXES,
    ORG_TWO_LETTER,
    ORG_WORDS,
    PHX_CODE_MAP,
    PHX_MEDIA,
    PHX_TITLE_WORDS)
from .text import (
    alias_obj,
    alias_text,
    clean_text,
    is_acronym,
    remove_parens,
    sig_tokens,
    slugify,
    split_or,
    split_top)


def org_key(s):
    t = sig_tokens(s)
    if t and t[0] == "the":
        t = t[1:]
    return " ".join(t)


def same_org(a, b):
    """Is string b a name of the same organisation as string a?"""
    if org_key(a) == org_key(b):
        return True
    if is_acronym(b) and initials_match(b, a):
        return True
    if is_acronym(a) and initials_match(a, b):
        return True
    ta, tb = set(sig_tokens(a)), set(sig_tokens(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.5 and not (is_acronym(a) or is_acronym(b))


def initials_match(acr, name):
    """True if `acr` (letters only) can be read off the words of `name`: each
    used word gives a prefix, in order, the first word is used, and at most one
    significant word is skipped."""
    acr = re.sub(r"[^A-Z0-9]", "", acr.upper())
    words = []
    for w in re.split(r"[\s\-]+", name):
        w2 = re.sub(r"[^A-Za-z0-9]", "", w)
        if not w2:
            continue
        if w2.upper() in ORG_ACRONYMS or (w2.isupper() and len(w2) <= 5 and name != name.upper()):
            words.append((w2.upper(), True, False))
        else:
            words.append((w2.upper(), False, w2.lower() in ORG_MINOR))
    if len(acr) < 2 or len(words) < 2:
        return False

    def rec(i, j, skipped):
        if i == len(acr):
            rest = [w for w in words[j:] if not w[2]]
            return not rest
        if j == len(words):
            return False
        w, is_acr, minor = words[j]
        if is_acr:
            if acr.startswith(w, i) and rec(i + len(w), j + 1, skipped):
                return True
        else:
            for k in range(min(3, len(w)), 0, -1):
                if acr[i:i + k] == w[:k] and rec(i + k, j + 1, skipped):
                    return True
        if minor:
            return rec(i, j + 1, skipped)
        if j > 0 and skipped < 1:
            return rec(i, j + 1, skipped + 1)
        return False
    return rec(0, 0, 0)


def org_alias_problem(text, filt, owner):
    if fold(text) in ORG_GENERIC_ALLOWED and ORG_GENERIC_ALLOWED[fold(text)] == owner:
        return None
    if text in ORG_TWO_LETTER:
        return None
    if "," in text and len(text.split()) > 3 and not re.search(r",\s*(?:Inc|Ltd)\b", text):
        text2 = text.replace(",", "")
    else:
        text2 = text
    prob = basic_alias_problem(text2)
    if prob:
        return prob
    f = fold(text)
    if len(text.split()) == 1 and not is_acronym(text) and (f in COMMON_WORDS or f in FIRST_NAMES):
        return "single common English word"
    if len(text.split()) == 1 and is_acronym(text, 5) \
            and f in ("us", "it", "am", "is", "an", "as", "at", "be", "by", "do", "go", "he", "if",
                      "in", "me", "my", "no", "of", "on", "or", "so", "to", "up", "we"):
        return "acronym equal to a function word"
    p = filt.problem(text)
    if p:
        return p
    toks = [t for t in re.findall(r"[a-z'\-]+", fold(text)) if t]
    if toks and all(t in GENERIC_BODY_WORDS or t in ORG_MINOR for t in toks):
        return "generic name without a country"
    return None


def make_org(name, aliases, category, country, source, filt, section):
    """Build an organisation entity, filtering the aliases; None if the name is unusable."""
    name = ORG_NAME_FIXES.get(name, name)
    name = " ".join(name.split())
    prob = org_alias_problem(name, filt, name)
    if prob and not (prob.startswith("contains comma") and "," in name):
        report(section, "%r dropped: %s" % (name, prob))
        return None
    e = {"id": "org:" + slugify(name), "kind": "organization", "name": name}
    al, seen = [], {fold(name)}
    for a in aliases:
        a = " ".join(a.split())
        if not a or fold(a) in seen:
            continue
        p = org_alias_problem(a, filt, name)
        if p:
            report(section, "%s: alias %r dropped: %s" % (name, a, p))
            continue
        seen.add(fold(a))
        al.append(a)
    if len(name.split()) == 1 and not is_acronym(name) or \
            (all_common(name) and len(name.split()) <= 3):
        al.insert(0, alias_obj(name, "capitalized"))
        report("organization-capitalized", "%s: %r matches only capitalised (%s)" % (
            e["id"], name, "one word" if len(name.split()) == 1 else "made of common words"))
    for i, a in enumerate(al):
        if isinstance(a, str) and all_common(a) and len(a.split()) <= 3 and not is_acronym(a):
            al[i] = alias_obj(a, "capitalized")
            report("organization-capitalized", "%s: alias %r matches only capitalised (common words)" % (e["id"], a))
    if al:
        e["aliases"] = al
    if country:
        e["country"] = country
    e["category"] = category
    e["sources"] = [source]
    return e


def build_phoenix_intl_orgs(src, filt):
    path = phoenix_file(src.root, "Phoenix.International.actors.txt")
    blocks = parse_phoenix(path)
    cands = []  # (key code, category, [token lists], line)
    skipped = {}
    for b in blocks:
        codes = [r[0] for r in b["roles"] if r[0] and r[0] != "---"]
        if any(r[1] or r[2] for r in b["roles"]):
            skipped["person (dated roles)"] = skipped.get("person (dated roles)", 0) + 1
            continue
        if not codes:
            skipped["no code"] = skipped.get("no code", 0) + 1
            continue
        code = codes[0]
        nm = b["name"].replace(" ", "_").strip("_")
        if nm in PHX_MEDIA:
            cands.append((code, PHX_MEDIA[nm][1], [phx_tokens(nm)] + [phx_tokens(s) for s in b["syn"]], b["line"], PHX_MEDIA[nm][0]))
            continue
        if code.startswith("IGO"):
            cat = "un-body" if code.startswith("IGOUNO") else "igo"
        elif code.startswith("NGO"):
            cat = "ngo"
        else:
            k = "MNC" if code.startswith("MNC") else ("media" if "MED" in code[:3] else "other code")
            skipped[k] = skipped.get(k, 0) + 1
            continue
        names = phx_org_names(b)
        if not names:
            continue
        root = names[0]
        up = {t.upper() for t in root}
        if up & IGO_JUNK:
            report("phoenix-orgs-skipped", "%s: generic/role description" % b["name"])
            continue
        if len(root) > 1 and not (up & ORG_WORDS or up & NGO_NAME_WORDS or len(root) >= 4):
            report("phoenix-orgs-skipped", "%s: not recognisably an organisation name (possibly a person)" % b["name"])
            continue
        cands.append((code, cat, names, b["line"], None))
    for k, v in sorted(skipped.items()):
        report("phoenix-orgs-skipped", "International file: %d blocks skipped: %s" % (v, k))
    # group candidates naming the same organisation
    groups = []  # dict: codes, cat, names (token lists, ordered), line, fixed
    def ident(code):
        return code[-3:] if len(code) >= 6 else code
    for code, cat, names, line, fixed in cands:
        texts = [" ".join(t) for t in names]
        hit = None
        for g in groups:
            if fixed and g["fixed"] == fixed:
                hit = g
                break
            if fixed or g["fixed"]:
                continue
            if not ({ident(c) for c in g["codes"]} & {ident(code)}) and org_key(texts[0]) not in g["keys"]:
                continue
            gtexts = [" ".join(t) for t in g["names"]]
            if org_key(texts[0]) in g["keys"] or any(
                    (is_acronym(a) and initials_match(a, b2)) or (is_acronym(b2) and initials_match(b2, a))
                    for a in texts[:1] for b2 in gtexts):
                hit = g
                break
        if hit is None:
            hit = {"codes": [], "cat": cat, "names": [], "keys": set(), "line": line, "fixed": fixed}
            groups.append(hit)
            # synonyms of the root: only those naming the same organisation
            keep = [names[0]]
            for t in names[1:]:
                if fixed or same_org(texts[0], " ".join(t)):
                    keep.append(t)
                else:
                    report("phoenix-orgs-synonym-dropped", "%s: %r does not name the same organisation" % (texts[0], " ".join(t)))
            names = keep
        if code not in hit["codes"]:
            hit["codes"].append(code)
        for t in names:
            if " ".join(t) not in [" ".join(x) for x in hit["names"]]:
                hit["names"].append(t)
                hit["keys"].add(org_key(" ".join(t)))
    out = []
    for g in groups:
        texts = [" ".join(t) for t in g["names"]]
        acr_set = set()
        for t in texts:
            if is_acronym(t) and any(initials_match(t, o) for o in texts if o != t):
                acr_set.add(t)
        rendered = []
        for toks in g["names"]:
            t = " ".join(toks)
            if len(toks) == 1 and (t in acr_set or len(re.sub(r"[^A-Z]", "", t)) <= 5):
                rendered.append(t if "." in t else t.replace("-", ""))
            else:
                rendered.append(org_case(toks, acr_set))
        if g["fixed"]:
            name = g["fixed"]
        else:
            full = [r for r in rendered if not is_acronym(r)]
            name = full[0] if full else rendered[0]
        e = make_org(name, [r for r in rendered if r != name], g["cat"], None, "phoenix", filt, "phoenix-orgs-dropped")
        if e is None:
            continue
        if e["name"] == "United Nations":
            e["category"] = "igo"
        out.append(e)
    return out


def build_phoenix_milnonstate(src, filt):
    path = phoenix_file(src.root, "Phoenix.MilNonState.actors.txt")
    out = []
    for b in parse_phoenix(path):
        codes = [r[0] for r in b["roles"] if r[0]]
        country = None
        if codes:
            a3 = PHX_CODE_MAP.get(codes[0][:3], codes[0][:3])
            if a3 in src.known_alpha3:
                country = a3
        names = phx_org_names(b)
        if not names:
            continue
        rendered = [n[0] if len(n) == 1 and len(n[0]) <= 6 and n[0].isupper() else org_case(n) for n in names]
        keep = [rendered[0]]
        root_sig = set(sig_tokens(rendered[0]))
        for r, n in zip(rendered[1:], names[1:]):
            up = {t.upper() for t in n}
            if is_acronym(r) or set(sig_tokens(r)) & root_sig or up & ORG_WORDS or \
                    up & ARMED_GROUP_WORDS or len(n) >= 4:
                keep.append(r)
            else:
                report("phoenix-armed-groups-synonym-dropped", "%s: %r may be a person or another body" % (rendered[0], r))
        e = make_org(rendered[0], keep[1:], "armed-group", country, "phoenix", filt, "phoenix-armed-groups-dropped")
        if e:
            out.append(e)
    return out


def build_phoenix_country_orgs(src, filt, adjectives):
    """National institutions listed in the Phoenix country file."""
    path = phoenix_file(src.root, "Phoenix.Countries.actors.txt")
    out = []
    for b in parse_phoenix(path):
        if any(r[1] or r[2] for r in b["roles"]) or not b["roles"]:
            continue
        toks = phx_tokens(b["name"])
        up = {t.upper() for t in toks}
        if b["inline"] and len(b["roles"]) == 1 and re.fullmatch(r"[A-Z]{3}", b["roles"][0][0]):
            continue  # a country entry
        a3, rest = phx_code_country(b["roles"][0][0], src.known_alpha3)
        if a3 is None:
            continue
        if not (up & ORG_WORDS) and not (len(toks) == 1 and fold(toks[0]) not in COMMON_WORDS):
            continue
        if up & PHX_TITLE_WORDS - {"GOVERNMENT"}:
            report("phoenix-institutions-skipped", "%s: an office holder's title, not an organisation" % b["name"])
            continue
        sector = rest[:3]
        cat = {"MIL": "military", "SPY": "intelligence", "COP": "police", "LEG": "legislature",
               "OPP": "opposition", "REB": "armed-group", "PTY": "party"}.get(sector, "government")
        if "LEG" in rest:
            cat = "legislature"
        elif "JUD" in rest:
            cat = "court"
        elif sector == "GOV" and ("PALACE" in up or "HOUSE" in up or "KREMLIN" in up or "STREET" in up):
            cat = "seat-of-power"
        elif sector == "GOV" and ("MINISTRY" in up or "DEPARTMENT" in up):
            cat = "ministry"
        if cat in ("opposition",) or "UNIVERSITY" in up or "THINK" in up:
            continue
        names = phx_org_names(b)
        texts = [" ".join(t) for t in names]
        keep = [names[0]]
        for t, tx in zip(names[1:], texts[1:]):
            if same_org(texts[0], tx):
                keep.append(t)
            else:
                report("phoenix-institutions-synonym-dropped", "%s: %r does not name the same body" % (texts[0], tx))
        acr = {" ".join(t) for t in keep if len(t) == 1 and any(initials_match(t[0], " ".join(o)) for o in keep if o is not t)}
        rendered = [(" ".join(t) if " ".join(t) in acr or (len(t) == 1 and len(t[0]) <= 4) else org_case(t, acr)) for t in keep]
        name = rendered[0]
        generic = all(x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in re.findall(r"[a-z'\-]+", fold(name)))
        if generic:
            adj = adjectives.get(a3)
            if not adj:
                report("phoenix-institutions-skipped", "%s: generic name and no adjective for %s" % (name, a3))
                continue
            report("phoenix-institutions", "%s: generic name qualified as %r" % (name, adj + " " + name))
            rendered = [adj + " " + r if not is_acronym(r) else r for r in rendered]
            name = rendered[0]
        e = make_org(name, rendered[1:], cat, a3, "phoenix", filt, "phoenix-institutions-dropped")
        if e:
            out.append(e)
    return out


def fb_adjectives(states):
    """alpha3 -> adjective used to qualify generic national body names."""
    out = {}
    for stem, st in sorted(states.items()):
        if not st["country"] or not st["fb"]:
            continue
        nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
        adj = parse_demonym_field(nat.get("adjective"))
        if adj:
            out[st["country"]] = BODY_ADJECTIVE.get(st["country"], adj[0])
    for a3, adj in BODY_ADJECTIVE.items():
        out[a3] = adj
    return out


def build_factbook_parties(states, src, filt, adjectives):
    out = []
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        raw = fb_get(st["fb"], "Government", "Political parties")
        if not raw:
            continue
        items = fb_items(raw)
        if len(items) == 1 and ";" in items[0]:
            items = split_top(items[0], ";")
        for it in items:
            it = re.sub(r"\[[^\]]*\]", " ", it).strip(" .;")
            if not it or not it[0].isupper() or it.lower().startswith(("none", "note", "na ")):
                continue
            it = " ".join(it.split())
            m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", it)
            extra = []
            if m:
                inner = m.group(2)
                it = m.group(1)
                if re.fullmatch(r"[A-Z][A-Za-z\-]{1,9}", inner) and sum(c.isupper() for c in inner) >= 2:
                    extra.append(inner)
            it = remove_parens(it)
            forms = split_or(it) + extra
            if not forms:
                continue
            name = forms[0]
            if len(name.split()) > 10 or re.search(r"\d", name):
                report("factbook-parties-dropped", "%s: %r: not a party name" % (st["country"], name))
                continue
            toks = [x for x in re.findall(r"[a-z'\-]+", fold(name)) if x]
            generic = toks and all(x in GENERIC_PARTY_WORDS for x in toks)
            aliases = forms[1:]
            if generic:
                adj = adjectives.get(st["country"])
                if not adj:
                    report("factbook-parties-dropped", "%s: %r: generic party name, no adjective" % (st["country"], name))
                    continue
                report("factbook-parties-qualified", "%s: generic party name %r emitted as %r" % (st["country"], name, adj + " " + name))
                aliases = [a for a in aliases if is_acronym(a)]
                bare = name
                name = adj + " " + name
            if len(name.split()) == 1 and (fold(name) in COMMON_WORDS or fold(name) in FIRST_NAMES):
                report("factbook-parties-dropped", "%s: %r: single common word / first name" % (st["country"], name))
                continue
            e = make_org(name, aliases, "party", st["country"], "factbook", filt, "factbook-parties-dropped")
            if e:
                if generic:
                    e["_bare"] = bare  # the factbook's own name, for the curated merge
                out.append(e)
    return out


def build_factbook_forces(states, src, filt, adjectives):
    out = []
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        raw = fb_get(st["fb"], "Military and Security", "Military and security forces")
        if not raw:
            continue
        a3 = st["country"]
        for blk in fb_items(raw):
            blk = re.sub(r"\(\d{4}\)\s*$", "", blk).strip()
            if blk.lower().startswith(("note", "none", "no regular", "the ")):
                continue
            for seg in split_top(blk, ";"):
                heads, items = [], []
                if ":" in seg and seg.index(":") < 90:
                    h, rest = seg.split(":", 1)
                    heads = [h]
                    items = split_top(rest, ",")
                else:
                    items = split_top(seg, ",")
                for raw_item, is_head in [(h, True) for h in heads] + [(i, False) for i in items]:
                    if not raw_item or not raw_item.strip()[:1].isupper():
                        continue
                    name, aliases = parse_force_item(raw_item)
                    if not name or len(name.split()) > 9 or re.search(r"\d", name):
                        continue
                    low = fold(name)
                    cat = "military"
                    if low.startswith(("ministry", "department", "secretariat", "office")):
                        cat = "ministry"
                    elif "police" in low or "gendarmerie" in low or "carabinier" in low:
                        cat = "police"
                    elif "intelligence" in low:
                        cat = "intelligence"
                    toks = [x for x in re.findall(r"[a-z'\-]+", low) if x]
                    generic = all(x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in toks)
                    if generic:
                        adj = adjectives.get(a3)
                        if not adj:
                            continue
                        report("factbook-forces-qualified", "%s: generic name %r emitted as %r" % (a3, name, adj + " " + name))
                        name = adj + " " + name
                        aliases = [a for a in aliases if is_acronym(a) or not all(
                            x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in re.findall(r"[a-z'\-]+", fold(a)))]
                    e = make_org(name, aliases, cat, a3, "factbook", filt, "factbook-forces-dropped")
                    if e:
                        out.append(e)
    return out


def build_factbook_terrorist_groups(src, filt):
    out = []
    for stem, d in src.factbook_all:
        raw = fb_get(d, "Terrorism", "Terrorist group(s)")
        if not raw:
            continue
        t = clean_text(raw)
        for seg in split_top(t, ";"):
            seg = seg.strip(" .")
            if not seg or not seg[0].isupper() and not seg.startswith("al-"):
                continue
            name, aliases = parse_force_item(seg)
            if not name:
                continue
            if "/" in name:
                parts = [p.strip() for p in name.split("/")]
                name = parts[0]
            name = name.replace("\u2019", "'")
            aliases = [a.replace("\u2019", "'") for a in aliases if "/" not in a]
            if name.startswith("al-"):
                name = "Al-" + name[3:] if False else name
            e = make_org(name, aliases, "armed-group", None, "factbook", filt, "factbook-terrorist-groups-dropped")
            if e:
                out.append(e)
    return out


def merge_org_list(orgs):
    """Merge generated organisations naming the same body (same folded name, or
    the name of one is an alias of the other, with compatible countries)."""
    out = []
    byfold = {}
    for e in orgs:
        target = None
        for f in [fold(e["name"])] + [fold(alias_text(a)) for a in e.get("aliases") or []]:
            for o in byfold.get(f, []):
                if (o.get("country") == e.get("country") or not o.get("country") or not e.get("country")) and \
                        (f == fold(o["name"]) or f == fold(e["name"])):
                    target = o
                    break
            if target:
                break
        if target is None:
            out.append(e)
            for f in entity_surface_folds(e):
                byfold.setdefault(f, []).append(e)
            continue
        report("organization-merged", "%s (%s) merged into %s" % (e["name"], ",".join(e["sources"]), target["id"]))
        al = list(target.get("aliases") or [])
        seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
        for a in ([e["name"]] + list(e.get("aliases") or [])):
            if fold(alias_text(a)) not in seen:
                seen.add(fold(alias_text(a)))
                al.append(a)
        if al:
            target["aliases"] = al
        if not target.get("country") and e.get("country"):
            target["country"] = e["country"]
        target["sources"] = sorted(set(target["sources"]) | set(e["sources"]))
        for f in entity_surface_folds(target):
            if target not in byfold.setdefault(f, []):
                byfold[f].append(target)
    # slug collisions
    byid = {}
    for e in out:
        byid.setdefault(e["id"], []).append(e)
    for i, lst in sorted(byid.items()):
        if len(lst) > 1:
            for k, e in enumerate(lst):
                if e.get("country"):
                    e["id"] = i + "-" + e["country"].lower()
            ids = [e["id"] for e in lst]
            for k, e in enumerate(lst):
                if ids.count(e["id"]) > 1:
                    e["id"] = "%s-%d" % (e["id"], k + 1)
    return out


def merge_curated_orgs(generated, curated, filt):
    """Curated organisations win: a generated entry sharing a folded name/alias
    with a curated one (and a compatible country) is merged into it."""
    cur = []
    for c in curated:
        if c.get("kind") != "organization":
            sys.exit("error: curated organization entry %r has kind %r" % (c.get("id"), c.get("kind")))
        m = dict(c)
        m["sources"] = sorted(set(m.get("sources") or []) | {"curated"})
        cur.append(m)
    cfold = {}
    for c in cur:
        for f in entity_surface_folds(c):
            cfold.setdefault(f, c)
    cids = {c["id"] for c in cur}
    out = list(cur)
    for g in generated:
        target = None
        for f in sorted(entity_surface_folds(g)):
            c = cfold.get(f)
            if c and (not c.get("country") or not g.get("country") or c["country"] == g["country"]):
                target = c
                break
        if target is None and g.get("_bare"):
            # a factbook party qualified with its country's adjective
            # ("Turkish Nationalist Movement Party") that a curated entry of
            # the same country names without it
            c = cfold.get(fold(g["_bare"]))
            if c and c.get("country") == g.get("country"):
                target = c
                report("curated-merge", "organization: generated %s (%s) is curated %s (%r) with its "
                       "country's adjective" % (g["id"], g["name"], c["id"], g["_bare"]))
                DEDUPE_REPORT["parties_merged"].append({"id": g["id"], "name": g["name"],
                                                        "into": c["id"], "bare": g["_bare"]})
        if target is None and g["id"] in cids:
            g["id"] += "-" + (g.get("country") or "gen").lower()
            report("curated-merge", "organization: generated id clashes with a curated one: renamed %s" % g["id"])
        if target is None:
            out.append(g)
            continue
        report("curated-merge", "organization: generated %s (%s) merged into curated %s" % (g["id"], g["name"], target["id"]))
        al = list(target.get("aliases") or [])
        seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
        for a in [g["name"]] + list(g.get("aliases") or []):
            f = fold(alias_text(a))
            if f in seen or (f in cfold and cfold[f] is not target):
                continue
            seen.add(f)
            al.append(a)
        if al:
            target["aliases"] = al
        target["sources"] = sorted(set(target["sources"]) | set(g["sources"]))
        if g.get("wikidata") and not target.get("wikidata") and g.get("category") == target.get("category"):
            target["wikidata"] = g["wikidata"]  # the QID a source gave the generated entry
        elif g.get("wikidata") and target.get("wikidata") != g["wikidata"]:
            report("curated-merge", "organization: QID %s of generated %s left out: curated %s has %s or "
                   "another category" % (g["wikidata"], g["id"], target["id"], target.get("wikidata")))
    for e in out:
        e.pop("_bare", None)
    return out
