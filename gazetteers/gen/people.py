"""People: factbook heads of state and government, Phoenix leaders and
ministers."""

import re

from .casing import phx_person_name
from .filters import all_common
from .fold import fold
from .merge import disambiguate_slugs, entity_surface_folds
from .report import report
from .sources.factbook import fb_get, parse_exec_text
from .sources.phoenix import parse_phoenix, phoenix_file, phx_code_country, phx_tokens
from .tables import (
    CAPITALIZED_SHORTS,
    COMMON_WORDS,
    FAMILY_FIRST,
    FIRST_NAMES,
    FULL_NAME_COUNTRIES,
    ORG_WORDS,
    PHX_LEADING_TITLES,
    PARTICLES,
    PHX_QUALIFYING,
    PHX_ROOT_TITLE_WORDS,
    PHX_SECTOR_TITLES,
    PHX_TITLE_WORDS,
    SAME_PERSON)
from .text import alias_obj, alias_text, clean_text, sig_tokens, slugify


def build_people(states, src):
    people = []  # dicts
    index = {}   # fold(name or alias) -> person
    order = sorted(states.items(), key=lambda kv: (kv[1]["category"] == "territory", kv[0]))
    for stem, st in order:
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        ex = fb_get(st["fb"], "Government", "Executive branch") or {}
        for field in ("chief of state", "head of government"):
            realm = "represented by" in clean_text(ex.get(field))
            for p, represented in parse_exec_text(ex.get(field), field, st["country"]):
                represented = represented or realm
                if st["country"] in FULL_NAME_COUNTRIES and p["aliases"] and not p["single"]:
                    full = p["aliases"][0]
                    p["aliases"] = [p["canonical"]] + p["aliases"][1:]
                    p["canonical"] = full
                key_forms = [p["canonical"]] + p["aliases"]
                person = None
                for kf in key_forms:
                    person = index.get(fold(kf))
                    if person:
                        break
                if person is None:
                    person = {"name": p["canonical"], "aliases": [], "short": [], "roles": [],
                              "primary": None, "single": p["single"], "title0": p["title"]}
                    people.append(person)
                for a in p["aliases"]:
                    if fold(a) != fold(person["name"]) and a not in person["aliases"]:
                        person["aliases"].append(a)
                for s in p["short"]:
                    if s not in person["short"]:
                        person["short"].append(s)
                for kf in key_forms:
                    index.setdefault(fold(kf), person)
                # a territory whose chief of state is the head of another state: no extra role
                if st["category"] == "territory" and any(r["title"] == p["title"] for r in person["roles"]):
                    continue
                existing = [r for r in person["roles"] if r["title"] == p["title"] and r["country"] == st["country"]]
                if existing:
                    r = existing[0]
                    if p["start"] and (not r.get("start") or p["start"] < r["start"]):
                        r["start"] = p["start"]
                    continue
                role = {"title": p["title"], "country": st["country"]}
                if p["start"]:
                    role["start"] = p["start"]
                if p["end"]:
                    role["end"] = p["end"]
                person["roles"].append(role)
                if person["primary"] is None and not represented:
                    person["primary"] = st["country"]
    out = []
    for person in people:
        if not person["roles"]:
            continue
        name = person["name"]
        short = list(person["short"])
        aliases = list(person["aliases"])
        if person["single"]:
            # a single-word name (monarch) is too ambiguous alone: use the title form
            short = [name] + [s for s in short if s != name]
            aliases = [a for a in aliases if fold(a) != fold(name)]
            name = person["roles"][0]["title"] + " " + name
        country = person["primary"] or person["roles"][0]["country"]
        seen = {fold(name)}
        al = []
        for a in aliases:
            if fold(a) in seen or not a.strip():
                continue
            seen.add(fold(a))
            al.append(a)
        sh, sseen = [], set()
        for s in short:
            if fold(s) in sseen or fold(s) == fold(name):
                continue
            sseen.add(fold(s))
            if s in CAPITALIZED_SHORTS or len(s) <= 3:
                sh.append(alias_obj(s, "capitalized"))
                report("person-short-capitalized", "%s: short %r" % (name, s))
            else:
                sh.append(s)
        e = {"id": "person:" + slugify(name), "kind": "person", "name": name}
        if al:
            e["aliases"] = al
        if sh:
            e["short"] = sh
        e["country"] = country
        e["roles"] = [dict(sorted(r.items(), key=lambda kv: ["title", "country", "start", "end"].index(kv[0])))
                      for r in sorted(person["roles"], key=lambda r: (r["country"] != country, r.get("start") or "", r["title"], r["country"]))]
        e["sources"] = ["factbook"]
        out.append(e)
    return disambiguate_slugs(out)


def build_phoenix_people(src, filt):
    path = phoenix_file(src.root, "Phoenix.Countries.actors.txt")
    blocks = parse_phoenix(path)
    known = src.known_alpha3
    people = {}
    stats = {"blocks": 0, "country-entries": 0, "no-role": 0, "not-qualifying": 0}
    unknown_codes = {}
    for b in blocks:
        stats["blocks"] += 1
        if b["inline"] and not b["roles"][1:] and all(not r[3] for r in b["roles"]):
            # country entry "AFGHANISTAN_ [AFG]" or institution with its code inline
            stats["country-entries"] += 1
            continue
        toks = phx_tokens(b["name"])
        if any(t.upper() in ORG_WORDS for t in toks) or not toks:
            continue  # institutions: see build_phoenix_country_orgs
        roles = []
        qualifying = []
        for code, start, end, dated in b["roles"]:
            if not code or code == "---":
                continue
            a3, rest = phx_code_country(code, known)
            if a3 is None:
                unknown_codes.setdefault(code[:3], []).append(b["name"])
                continue
            sector = rest[:3]
            title = PHX_SECTOR_TITLES.get(sector)
            if title is None:
                continue
            r = {"title": title, "country": a3}
            if start:
                r["start"] = start
            if end:
                r["end"] = end
            if r not in roles:
                roles.append(r)
            if sector in PHX_QUALIFYING and (end is None or end >= "1990"):
                qualifying.append(r)
        if not roles:
            stats["no-role"] += 1
            continue
        if not qualifying:
            stats["not-qualifying"] += 1
            continue
        # primary country: the latest qualifying role
        q = sorted(qualifying, key=lambda r: (r.get("end") or "9999", r.get("start") or ""))
        country = q[-1]["country"]
        # name: strip leading honorifics
        t2 = list(toks)
        while t2 and t2[0].upper() in PHX_LEADING_TITLES:
            t2 = t2[1:]
        if t2 != toks:
            report("phoenix-people", "%s: leading title stripped from the name" % b["name"])
        name_toks = [t for t in t2 if t not in ("JR.", "SR.", "JR", "SR")]
        if any(t.upper() in PHX_ROOT_TITLE_WORDS for t in t2):
            report("phoenix-people-skipped", "%s: name contains a title word" % b["name"])
            continue
        if re.search(r"[^A-Za-z'\-.\u00c0-\u024f]", "".join(t2)):
            report("phoenix-people-skipped", "%s: name contains digits or odd characters" % b["name"])
            continue
        if len(name_toks) < 2 or all(re.fullmatch(r"(?:[A-Z]\.)+", t) for t in name_toks[1:]):
            report("phoenix-people-skipped", "%s: single-word name" % b["name"])
            continue
        name = phx_person_name(t2, country)
        prob = filt.problem(name)
        if prob:
            report("phoenix-people-skipped", "%s: %s" % (name, prob))
            continue
        if all_common(name, first_names=False):
            report("phoenix-people-skipped", "%s: made only of common English words" % name)
            continue
        # synonyms
        name_sig = {t for t in sig_tokens(name) if len(t) >= 3 and t not in PARTICLES}
        aliases, short = [], []
        for s in b["syn"]:
            stoks = phx_tokens(s)
            if not stoks or "+" in s:
                continue
            if any(t.upper() in PHX_TITLE_WORDS and t.upper() not in t2 for t in stoks) or \
                    any(fold(t) in filt.state for t in stoks):
                report("phoenix-synonym-dropped", "%s: %r is a role description" % (name, s))
                continue
            sname = phx_person_name(stoks, country)
            if re.search(r"[^A-Za-z'\-. \u00c0-\u024f]", sname):
                report("phoenix-synonym-dropped", "%s: %r has odd characters" % (name, s))
                continue
            if not ({t for t in sig_tokens(sname)} & name_sig):
                report("phoenix-synonym-dropped", "%s: %r shares no name with the actor" % (name, s))
                continue
            if len(stoks) == 1:
                short.append(sname)
                continue
            if fold(sname) != fold(name):
                aliases.append(sname)
        # family name
        core = [t for t in name.split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
        fam = core[0] if country in FAMILY_FIRST else core[-1]
        if not re.fullmatch(r"(?:[A-Z]\.)+", fam):
            short.insert(0, fam)
            m = re.match(r"^(?:al|el|ad|as|ash|at|az|an|ar)-(.+)$", fam)
            if m:
                short.append(m.group(1))
        p = {"name": name, "aliases": aliases, "short": short, "country": country,
             "roles": roles, "line": b["line"], "qual_end": q[-1].get("end") or "9999"}
        key = (fold(name), country)
        if key in people:
            o = people[key]
            for a in aliases:
                if a not in o["aliases"]:
                    o["aliases"].append(a)
            for s in short:
                if s not in o["short"]:
                    o["short"].append(s)
            for r in roles:
                if r not in o["roles"]:
                    o["roles"].append(r)
            o["qual_end"] = max(o["qual_end"], p["qual_end"])
        else:
            people[key] = p
    for c, names in sorted(unknown_codes.items()):
        report("phoenix-unknown-codes", "country code %r (not ISO alpha-3): %d role lines skipped, e.g. %s" % (c, len(names), names[0]))
    report("phoenix-people", "country file: %d blocks, %d country entries, %d without usable role, %d without a GOV/MIL/OPP/PTY/LEG/SPY role ending 1990 or later" % (
        stats["blocks"], stats["country-entries"], stats["no-role"], stats["not-qualifying"]))
    return [people[k] for k in sorted(people, key=lambda k: (people[k]["line"], k))]


def short_entry(s, name):
    if s in CAPITALIZED_SHORTS or len(s) <= 3 or fold(s) in COMMON_WORDS or fold(s) in FIRST_NAMES:
        report("person-short-capitalized", "%s: short %r" % (name, s))
        return alias_obj(s, "capitalized")
    return s


def merge_phoenix_people(fb_people, phx):
    """Merge Phoenix people into the factbook people; return the full list."""
    out = list(fb_people)
    index = {}
    for e in out:
        for f in entity_surface_folds(e):
            index.setdefault(f, e)
            index.setdefault("slug:" + slugify(f), e)
    ids = {e["id"] for e in out}
    added = []
    for p in phx:
        cands = [index.get(fold(t)) for t in [p["name"]] + p["aliases"]] + [index.get("slug:" + slugify(p["name"]))]
        target = None
        for c in cands:
            if c is None:
                continue
            ccs = {c.get("country")} | {r["country"] for r in c.get("roles") or []}
            pcs = {r["country"] for r in p["roles"]}
            if ccs & pcs:
                target = c
                break
        if target is not None:
            report("phoenix-people-merged", "%s (%s) merged into %s" % (p["name"], p["country"], target["id"]))
            al = list(target.get("aliases") or [])
            seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
            for a in p["aliases"]:
                if fold(a) not in seen:
                    seen.add(fold(a))
                    al.append(a)
            if fold(p["name"]) not in seen:
                al.append(p["name"])
            if al:
                target["aliases"] = al
            sh = list(target.get("short") or [])
            sseen = {fold(alias_text(s)) for s in sh}
            for s in p["short"]:
                if fold(s) not in sseen and fold(s) != fold(target["name"]):
                    sseen.add(fold(s))
                    sh.append(short_entry(s, target["name"]))
            if sh:
                target["short"] = sh
            for r in p["roles"]:
                if r not in target["roles"]:
                    target["roles"].append(r)
            target["sources"] = sorted(set(target.get("sources") or []) | {"phoenix"})
            continue
        e = {"id": "person:" + slugify(p["name"]), "kind": "person", "name": p["name"]}
        if e["id"] in ids:
            e["id"] += "-" + p["country"].lower()
            report("phoenix-people", "%s (%s): id taken by another person: %s" % (p["name"], p["country"], e["id"]))
        n = 2
        base = e["id"]
        while e["id"] in ids:
            e["id"] = "%s-%d" % (base, n)
            n += 1
        ids.add(e["id"])
        seen = {fold(p["name"])}
        al = []
        for a in p["aliases"]:
            if fold(a) not in seen:
                seen.add(fold(a))
                al.append(a)
        if al:
            e["aliases"] = al
        sh, sseen = [], set()
        for s in p["short"]:
            if fold(s) in sseen or fold(s) == fold(p["name"]) or len(s) < 2:
                continue
            sseen.add(fold(s))
            sh.append(short_entry(s, p["name"]))
        if sh:
            e["short"] = sh
        e["country"] = p["country"]
        e["roles"] = sorted(p["roles"], key=lambda r: (r.get("start") or "", r.get("end") or "9999", r["title"], r["country"]))
        e["sources"] = ["phoenix"]
        e["_rank"] = p["qual_end"]
        out.append(e)
        added.append(e)
        for f in entity_surface_folds(e):
            index.setdefault(f, e)
            index.setdefault("slug:" + slugify(f), e)
    return out


def same_person_ids(people):
    """Renames generated people to their curated id (the generated name
    becomes an alias), so that the curated merge unites them."""
    for e in people:
        new = SAME_PERSON.get(e["id"])
        if new:
            report("same-person", "%s is %s: merged" % (e["id"], new))
            e["aliases"] = [e["name"]] + list(e.get("aliases") or [])
            e["id"] = new
    return people
