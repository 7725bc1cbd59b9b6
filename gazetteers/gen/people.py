"""People: factbook heads of state and government, Phoenix leaders and
ministers."""

import collections
import re

from .casing import phx_person_name
from .filters import all_common
from .fold import fold
from .dedupe import DEDUPE_REPORT
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
    NOT_FAMILY_NAMES,
    ORG_WORDS,
    PHX_LEADING_TITLES,
    PARTICLES,
    PERSON_COUNTRIES,
    PHX_QUALIFYING,
    PHX_ROOT_TITLE_WORDS,
    PHX_SECTOR_TITLES,
    PHX_TITLE_WORDS,
    SAME_PERSON,
    TWO_SURNAMES,
    TableError)
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


NAME_PARTICLES_ES = frozenset(["de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos",
                               "di", "van", "von"])
INITIAL = re.compile(r"(?:[A-Z]\.)+")


class NameStats:
    """Where words stand in the Phoenix people's names, to tell given names
    from family names: how often a word begins a name (outside the
    family-name-first countries), how often
    it stands later in a name of a country with two surnames, which words
    follow a pair of words there ("Juan Carlos" is followed by many
    surnames, "Carlos Romero" by few), and how often a word begins a name of
    a family-name-first country."""

    def __init__(self, cores, countries):
        self.first = collections.Counter()
        self.later = collections.Counter()
        self.follow = collections.defaultdict(set)
        self.family_first = collections.Counter()
        for core, c in zip(cores, countries):
            t = [fold(x) for x in core]
            if len(t) < 2:
                continue
            if c not in FAMILY_FIRST:
                self.first[t[0]] += 1
            if c in TWO_SURNAMES:
                for x in t[1:]:
                    self.later[x] += 1
                for i in range(len(t) - 2):
                    self.follow[(t[i], t[i + 1])].add(t[i + 2])
            if c in FAMILY_FIRST:
                self.family_first[t[0]] += 1

    def given_after(self, prev, word):
        """Is `word`, after the given name `prev`, a second given name?"""
        return (len(self.follow[(prev, word)]) >= 2 and 2 * self.first[word] >= self.later[word]) or \
            (self.first[word] >= 3 and self.first[word] > self.later[word])


def paternal_surnames(core, stats):
    """The short forms of a name with two surnames (tables/person_two_
    surnames.tsv): the first surname and, for exactly two, both ("Adán
    Chávez Frías" -> ["Chávez", "Chávez Frías"]); None when the name has
    particles ("de", "del", "y": left as they are, except "X y Y" -> X) or
    fewer than three words."""
    n = len(core)
    f = [fold(x) for x in core]
    if n < 3:
        return None
    if set(f) & NAME_PARTICLES_ES:
        if n >= 4 and f[-2] in ("y", "e") and f[-3] not in NAME_PARTICLES_ES:
            return [core[-3]]
        return None
    if n >= 4:
        k = n - 2  # given names, then the two surnames
    else:
        k = 2 if stats.given_after(f[0], f[1]) else 1
    sur = core[k:]
    if len(sur) == 1:
        return [sur[0]]
    return [sur[0], " ".join(sur)]


def family_shorts(core, country, stats):
    """The family-name short forms of a Phoenix person: the last word; for
    family-name-first countries the first word that is neither an initial
    nor a word of tables/person_not_family_names.tsv (after a Western
    given name: the next word, or the last one when it begins more names
    of those countries); for countries with two surnames the father's
    surname (paternal_surnames). Initials are never short forms; "al-X"
    also gives "X"."""
    if not core:
        return []
    if country in FAMILY_FIRST:
        i = 0
        while i < len(core) - 1 and (INITIAL.fullmatch(core[i]) or fold(core[i]) in NOT_FAMILY_NAMES):
            i += 1
        fam = core[i]
        if i > 0 and NOT_FAMILY_NAMES.get(fold(core[i - 1])) == "western-given-name" and i < len(core) - 1 and \
                stats.family_first[fold(core[-1])] > stats.family_first[fold(fam)]:
            fam = core[-1]
        out = [fam]
    elif country in TWO_SURNAMES and paternal_surnames(core, stats) is not None:
        out = paternal_surnames(core, stats)
    else:
        out = [core[-1]]
    res = []
    for fam in out:
        if INITIAL.fullmatch(fam) or fold(fam) in NOT_FAMILY_NAMES and country in FAMILY_FIRST:
            continue
        res.append(fam)
        m = re.match(r"^(?:al|el|ad|as|ash|at|az|an|ar)-(.+)$", fam)
        if m:
            res.append(m.group(1))
    return res


def fix_countries(people):
    """The reviewed corrections of tables/person_countries.tsv, keyed by the
    id the Phoenix person gets ("person:" + the slug of its name): its
    country and its roles in the old country change."""
    byid = {}
    for key, p in people.items():
        byid.setdefault("person:" + slugify(p["name"]), []).append(p)
    for pid, (new, reason) in sorted(PERSON_COUNTRIES.items()):
        lst = byid.get(pid) or []
        if len(lst) != 1:
            raise TableError("tables/person_countries.tsv: %s: %d Phoenix people with this id"
                             % (pid, len(lst)))
        p = lst[0]
        old = p["country"]
        if old == new:
            raise TableError("tables/person_countries.tsv: %s already has country %s" % (pid, new))
        p["country"] = new
        p["roles"] = [dict(r, country=new) if r.get("country") == old else r for r in p["roles"]]
        report("person-country", "%s (%s): %s -> %s: %s" % (pid, p["name"], old, new, reason))
        DEDUPE_REPORT["countries"].append({"id": pid, "name": p["name"], "from": old, "to": new,
                                           "reason": reason})


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
        # the family name is added after the loop (family_shorts)
        core = [t for t in name.split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
        p = {"name": name, "aliases": aliases, "short": short, "country": country,
             "roles": roles, "line": b["line"], "qual_end": q[-1].get("end") or "9999",
             "_core": core}
        key = (fold(name), country)
        if key in people:
            o = people[key]
            p.pop("_core")
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
    name_stats = NameStats([p["_core"] for p in people.values()], [p["country"] for p in people.values()])
    for key in sorted(people, key=lambda k: (people[k]["line"], k)):
        p = people[key]
        fam = family_shorts(p.pop("_core"), p["country"], name_stats)
        p["short"] = fam + [x for x in p["short"] if x not in fam and not (
            p["country"] in FAMILY_FIRST and fold(x) in NOT_FAMILY_NAMES)]
    fix_countries(people)
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
