"""Parties from Party Facts (gazetteers/sources/partyfacts): links the
generated and curated parties to their Wikidata QIDs and adds the parties no
other source has.

A Party Facts *unit* is one party as we emit it: the Party Facts parties that
share a QID (Party Facts lists some parties once per country or once per
period: Sinn Féin in Ireland and in Northern Ireland, the Czech Social
Democratic Party before and after 1948), and a party without a QID that has
one English name joined to the unit of its country that bears it (or, with
no such unit, to the other parties without a QID of its country and that
one name). The groupings Party Facts marks "[no-party]" ("Opposition
Queensland") are left out.

Two steps of the pipeline use them:
- `link_parties`, on the generated organizations: a generated party of one
  of a unit's countries that shares a name (or an abbreviation of four
  letters or more) with units is linked to the one `pick_unit` finds; a
  unit linked to one party takes the party (its QID, `"partyfacts"` in its
  sources, its names under the safeguards below); a unit that could be
  several parties, or that shares a name with a party no unit is sure for,
  is left alone (ambiguous). Every other unit becomes a new entry.
- `finish_parties`, after the curated merge: a curated party that no unit
  reached through the merge takes the QID of the unit of its country it
  matches the same way (the entry added for that unit, if any, merges into
  it), and the entries of the units get their abbreviations, now that the
  curated organizations are known.

Safeguards, for names news text is full of:
- a name made only of the words of party names ("Labour", "Greens", "Liberal
  Party", "People's Party": tables/generic_party_words.tsv), one that
  parties of several countries bear ("Constitutional Party", "Partido
  Liberal") and one of the reviewed phrases of tables/party_phrases.tsv
  ("Formula One", "Rule of Law") are never plain aliases: they go to
  `generic` (the entry's name only in a document about its country) when
  the party is the first of its country to bear it and no other party of
  the country that bears it is still active, and no other body of the
  country bears it; a new entry whose English names are all such is named
  with its country's adjective ("Honduran Liberal Party", as the factbook
  parties are);
- a one-word name that is not an abbreviation is only generic, and only
  when it is a native name of the party that Wikipedia gives too ("Likud",
  "Venstre"), not a common word, first name or state name (the precision
  pass keeps no one-word organization name or alias; an English rendering,
  "Apple" for Yabluko, "Growth" for Izaugsme, or a word of the short-name
  field, "Czech", is dropped); a new entry of a party still active with no
  other name is named with the country's adjective ("Portuguese Chega");
- an abbreviation (four letters or more, in capitals or with a capital
  inside, "MoDem") is only generic: it stands for the party in a document
  about its country, where another party of the country may not use it;
  it is dropped when it is a common word or first name, when another
  organization bears it, or when it joins two ("LDP/CGP");
- a phrase of common words capitalised only at its start ("It is time")
  is dropped, and a preposition and a word ("For Europe") is only generic;
- a name two units of a country bear goes to the first by rank (a QID, then
  still active, then the later end);
- names that the alias filters refuse (commas, parentheses, non-Latin
  script, more than 60 characters, dates, state names, capitals...) are
  dropped.
Every link, addition, ambiguity and drop is counted in the link log (`LOG`,
REPORT.md "Wikidata links") and reported with its reason."""

import re

from .filters import all_common, basic_alias_problem
from .fold import fold
from .merge import entity_surface_folds
from .organizations import fb_adjectives, org_alias_problem
from .report import report
from .sources import partyfacts
from .tables import COMMON_WORDS, FIRST_NAMES, GENERIC_PARTY_WORDS, ORG_MINOR, PARTY_PHRASES
from .text import alias_obj, alias_text, is_acronym, is_latin, letters, slugify, strip_article
from .wikidata import LOG

SOURCE = "partyfacts"

# Party Facts codes that are not ISO 3166 codes but name a part of one state:
# Northern Ireland (Party Facts' import scripts recode it GBR since 2021,
# "remove Northern Ireland (#44)", and the curated Democratic Unionist Party
# is GBR) and Zanzibar (its parties are "the Zanzibarian part of" the
# Tanzanian ones, in Party Facts' comments).
# Other codes that are not ISO (Austria-Hungary, the European Parliament's
# groups, Newfoundland, South Vietnam, Transnistria, Somaliland, ...) give
# no country.
PART_OF_STATE = {"NIR": "GBR", "ZZB": "TZA"}

# The private key of an entry this module linked or added: the first Party
# Facts id of its unit, read and removed by finish_parties.
MARK = "_partyfacts"


def party_country(code, known_alpha3):
    """Our ISO alpha-3 for a Party Facts country code, or None."""
    if code in known_alpha3:
        return code
    return PART_OF_STATE.get(code)


def ordinary(text):
    """Is `text` made only of the words of party names (and minor words):
    "Labour", "The Left", "Liberal Party", "People's Party"?"""
    toks = [t for t in re.findall(r"[a-z'\-]+", fold(text)) if t]
    return bool(toks) and all(t in GENERIC_PARTY_WORDS or t in ORG_MINOR for t in toks)


def one_word(text):
    """One word and not an acronym: "Jobbik", "Fidesz–KDNP"."""
    return len(text.split()) == 1 and not is_acronym(text, None)


def abbreviation(text):
    """An abbreviation of four letters or more, one word: in capitals
    ("PASOK", "UNITA") or with a capital inside ("MoDem", "PDeCAT"), not
    two joined by "/", "|" or "+" ("LDP/CGP", "PSD+PUR": two parties)."""
    return len(text.split()) == 1 and not re.search(r"[/|+]", text) and letters(text) >= 4 and \
        (is_acronym(text) or bool(re.match(r"[A-Z].*[a-z].*[A-Z]", text)))


def sentence_start(text):
    """A phrase of common words whose words after the first are in lower case
    ("It is time"): capitalised at the start of a sentence, it is a name
    only for the capital of its first word."""
    words = text.split()
    return len(words) > 1 and all_common(text) and all(w[:1].islower() for w in words[1:])


def plain_name(text, state_folds):
    """`text` without a parenthesis that only tells it apart from namesakes
    elsewhere or in other times, as Wikipedia's titles do ("People's
    Alliance (Sri Lanka)", "Liberal Party (Japan, 1950)", "Forza Italia
    (2013)", "... (political party)"); any other parenthesis, which names a
    wing or a faction ("Indian National Congress (Organisation)", "Sinn Féin
    (Anti-Treaty)"), stays, and the alias filters refuse the name."""
    def disambiguator(m):
        parts = [fold(x.strip()) for x in m.group(1).split(",")]
        if all(re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{4})?", x) or x in state_folds
               or x in ("political party", "party", "historical") for x in parts):
            return " "
        return m.group(0)
    return " ".join(re.sub(r"\s*\(([^()]*)\)\s*", disambiguator, text).split())


def unique_list(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def party_units(parties, known_alpha3, state_folds=frozenset()):
    """The units of a list of Party Facts parties (gen.sources.partyfacts),
    in the order of their first Party Facts id: dicts with `ids`, `qid`,
    `country` (the mapped country of the lowest id that has one), `countries`
    (every mapped country), `english` (the English names), `native` (the
    native names in Latin script), `names` (the English names, then the
    native ones: the first spelling of each folded form), `short`, `active`
    (a member has a first year and no last one) and `rank` (for a name two units of a country bear: a QID
    first, then still active, then the later end, then the lower id).
    `state_folds` are the folded state names that a parenthesis of a name
    may hold and that plain_name removes."""
    units, by_qid = [], {}
    parties = [dict(p, mapped=party_country(p["country"], known_alpha3),
                    **{k: unique_list([plain_name(t, state_folds) for t in p[k]])
                       for k in ("english", "native")}) for p in parties]
    for p in parties:
        if p["wikidata"]:
            u = by_qid.get(p["wikidata"])
            if u is None:
                u = by_qid[p["wikidata"]] = {"members": [], "qid": p["wikidata"]}
                units.append(u)
            u["members"].append(p)
    by_name = {}
    for u in units:
        for p in u["members"]:
            for n in p["english"] + p["native"]:
                if p["mapped"] and u not in by_name.setdefault((p["mapped"], fold(n)), []):
                    by_name[(p["mapped"], fold(n))].append(u)
    plain = {}
    for p in parties:
        if p["wikidata"] or not p["english"]:
            continue
        key = (p["mapped"], fold(p["english"][0]))
        if len(p["english"]) > 1:  # an alliance, or several names: its own unit
            key = (p["mapped"], p["id"])
        hits = by_name.get(key, [])
        if len(hits) == 1 and p["mapped"]:
            hits[0]["members"].append(p)
        elif key in plain:
            plain[key]["members"].append(p)
        else:
            u = plain[key] = {"members": [p], "qid": None}
            units.append(u)
    out = []
    for u in units:
        ms = sorted(u["members"], key=lambda p: p["id"])
        mapped = [p["mapped"] for p in ms if p["mapped"]]
        english = unique_list([n for p in ms for n in p["english"]])
        names, seen = [], set()
        for n in english + [n for p in ms for n in p["native"] if is_latin(n)]:
            if fold(n) not in seen:
                seen.add(fold(n))
                names.append(n)
        active = any(p["year_last"] is None and p["year_first"] is not None for p in ms)
        out.append({
            "ids": [p["id"] for p in ms], "qid": u["qid"], "country": mapped[0] if mapped else None,
            "countries": set(mapped), "english": english, "names": names,
            "native": unique_list([n for p in ms for n in p["native"] if is_latin(n)]),
            "wikipedia": {fold(plain_name(n, state_folds)) for p in ms for n in p["wikipedia"]},
            "short": unique_list([s for p in ms for s in p["short"]]), "active": active,
            "rank": (u["qid"] is not None, active, max(p["year_last"] or 0 for p in ms), -ms[0]["id"]),
        })
    out.sort(key=lambda u: u["ids"][0])
    drop_alliance_names(out)
    return out


def drop_alliance_names(units):
    """A unit whose names are names of two or more other units of its country
    is their alliance ("CDU/CSU": "Christian Democratic Union / Christian
    Social Union"): those names are theirs, and it loses them."""
    bearers = {}
    for i, u in enumerate(units):
        for t in u["names"]:
            for c in u["countries"]:
                bearers.setdefault((c, fold(t)), set()).add(i)
    for i, u in enumerate(units):
        shared = {}
        for t in u["names"]:
            others = set()
            for c in u["countries"]:
                others |= bearers[(c, fold(t))] - {i}
            if others:
                shared[t] = others
        if len(set().union(*shared.values()) if shared else ()) >= 2 and \
                len({min(o) for o in shared.values()}) >= 2:
            for k in ("names", "english", "native"):
                u[k] = [t for t in u[k] if t not in shared]


def adjectives_of(src):
    """ISO alpha-3 -> the adjective that qualifies a generic party name
    (gen/organizations.py fb_adjectives, from the factbook profiles)."""
    a2 = {e["alpha_2"]: e["alpha_3"] for e in src.iso1}
    a2["XK"] = "XKX"  # Kosovo's user-assigned code, as in gen/sources/loader.py
    return fb_adjectives({a2[k]: {"country": a2[k], "fb": v}
                          for k, v in sorted(src.factbook.items()) if k in a2})


def org_folds(e):
    """Every folded form of an organization: name, aliases, generic forms and
    a factbook party's bare name (its name without the country's adjective)."""
    fs = entity_surface_folds(e)
    fs |= {fold(alias_text(a)) for a in e.get("generic") or []}
    if e.get("_bare"):
        fs.add(fold(e["_bare"]))
    return fs


class Claims:
    """Who bears each folded form: the units (by index) and the
    organizations."""

    def __init__(self, units, orgs):
        self.unit_list = units
        self.units = {}
        for i, u in enumerate(units):
            for t in u["names"] + u["short"]:
                self.units.setdefault(fold(t), set()).add(i)
        self.orgs = {}
        for e in orgs:
            self.add(e)

    def add(self, e):
        for f in org_folds(e):
            if not any(x is e for x in self.orgs.get(f, ())):
                self.orgs.setdefault(f, []).append(e)

    def units_in(self, f, country):
        """The units of `country` bearing the form `f`."""
        return {i for i in self.units.get(f, ()) if country in self.unit_list[i]["countries"]}

    def countries(self, f):
        """The countries of the units bearing `f` (None for a unit without)."""
        return {self.unit_list[i]["country"] for i in self.units.get(f, ())}

    def first_in_country(self, text, i):
        """Is unit `i` the first by rank of the units of its country that
        bear `text`?"""
        u = self.unit_list[i]
        rivals = self.units_in(fold(text), u["country"]) - {i}
        return not rivals or max(self.unit_list[j]["rank"] for j in rivals) < u["rank"]

    def others(self, text, owner):
        """The organizations other than `owner` that bear `text`."""
        return [e for e in self.orgs.get(fold(text), ()) if e is not owner]


def match_forms(u):
    """The forms of unit `u` that match an entry: its names and its
    abbreviations of four letters or more."""
    return u["names"] + [s for s in u["short"] if abbreviation(s)]


def pick_unit(e, us, units, today):
    """The unit of the set `us` (indexes of units sharing a form with the
    entry `e`) that is `e`'s party, or None: the only one; else the only
    one bearing `e`'s own name; else, when `e` comes from a list of today's
    parties (`today`: the factbook, the curated list), the only one of those
    (or of all) still active."""
    if len(us) == 1:
        return next(iter(us))
    own = {i for i in us if fold(e["name"]) in {fold(t) for t in units[i]["names"]}}
    if len(own) == 1:
        return next(iter(own))
    us = own or us
    active = [i for i in us if units[i]["active"]]
    if today and len(active) == 1:
        return active[0]
    return None


def match_units(units, claims):
    """({unit index: generated party}, {unit index: ids of the parties it
    could be}): the sure links and the units left alone. A generated party
    of one of a unit's countries that shares a form (match_forms) with units
    is the one pick_unit finds (factbook parties are today's); a unit is
    linked when it is the unit of exactly one party (and that party has no
    other QID). A unit chosen by several parties, or sharing a form with a
    party no unit is sure for, is left alone; a unit that only shares forms
    with parties linked to other units is not (it is added under the names
    still free)."""
    touching = {}  # entry id -> (entry, {unit index})
    for i, u in enumerate(units):
        for t in match_forms(u):
            for e in claims.orgs.get(fold(t), ()):
                if e.get("category") == "party" and e.get("country") in u["countries"]:
                    touching.setdefault(e["id"], (e, set()))[1].add(i)
    chosen, unsure = {}, set()
    for eid, (e, us) in sorted(touching.items()):
        i = pick_unit(e, us, units, today="factbook" in (e.get("sources") or []))
        if i is None:
            unsure.add(eid)
        else:
            chosen[eid] = i
    near, mine = {}, {}
    for eid, (e, us) in touching.items():
        for i in us:
            near.setdefault(i, []).append(eid)
    for eid, i in chosen.items():
        mine.setdefault(i, []).append(eid)
    linked, ambiguous = {}, {}
    for i in sorted(near):
        es = [touching[eid][0] for eid in mine.get(i, [])]
        if len(es) == 1 and es[0].get("wikidata") in (None, units[i]["qid"]):
            linked[i] = es[0]
        elif es or set(near[i]) & unsure:
            ambiguous[i] = sorted(near[i])
    return linked, ambiguous


def ids_text(u):
    return "/".join(str(i) for i in u["ids"]) + (" " + u["qid"] if u["qid"] else "")


def drop(u, what, text, reason):
    """Counts and reports a name of unit `u` left out (what: "form") or the
    whole unit (what: "party"); the count is by the reason without what
    follows " -- " and without a parenthesis (the entry in question)."""
    LOG.count(SOURCE, "dropped: %s: %s" % (what, re.sub(r" \(.*\)$", "", reason.split(" -- ")[0])))
    report("partyfacts-dropped", "Party Facts %s (%s): %s %r dropped: %s" % (
        ids_text(u), u["country"], what, text, reason))


def name_problem(text, i, claims, filt, owner):
    """Why the name `text` of unit `i` may not be a plain alias of the entry
    `owner` (None for a new entry), or None; a reason that starts with
    "generic" sends the name to `generic` instead. One word that is not an
    abbreviation is a name only as generic, and only when it is one of the
    party's native names and a name wikidata.csv gives (the English
    Wikipedia name or the native one: a notable party's own word, "Likud",
    "Venstre"; not an English rendering, "Apple" for Yabluko or "Growth" for
    Izaugsme, nor a word of the short-name field, "Czech")."""
    u = claims.unit_list[i]
    if text in u["short"] and text not in u["names"]:
        return "short name that is not an abbreviation"
    if is_acronym(text) and letters(text) <= 3:
        return "abbreviation of three letters or fewer"
    if fold(text) in PARTY_PHRASES:
        return "generic: a common phrase (tables/party_phrases.tsv)"
    if one_word(text):
        if "/" in text:
            return "names joined by a slash"
        if ordinary(text):
            return "generic: a name of parties in general"
        if fold(text) not in {fold(n) for n in u["native"]} or fold(text) not in u["wikipedia"] or \
                letters(text) < 4:
            return "one word, not a native name that Wikipedia gives"
        p = org_alias_problem(text, filt, text)
        return p or "generic: one word"
    if sentence_start(text):
        return "common words, capitalised only at the start"
    words = fold(text).split()
    if len(words) == 2 and words[0] in ("for", "in", "with", "to", "by", "on", "at", "from"):
        return "generic: a preposition and a word, as a sentence may start"
    p = org_alias_problem(text, filt, text)
    if p == "generic name without a country" or ordinary(text):
        return "generic: a name of parties in general"
    if p:
        return p
    if len(claims.countries(fold(text))) > 1:
        return "generic: a name of parties of several countries"
    if not claims.first_in_country(text, i):
        return "name of another party of the country"
    others = claims.others(text, owner)
    if others:
        return "name of another organization -- " + others[0]["id"]
    return None


def generic_problem(text, i, claims, owner):
    """Why `text` may not be a generic form of the entry `owner` of unit
    `i`, or None: of the units of its country that bear it, unit `i` must
    be the first by rank and the only one still active, no other
    organization of the country (or of none) may bear it, and it must pass
    the basic alias filter and, as one word, not be a common word or first
    name."""
    u = claims.unit_list[i]
    f = fold(text)
    if u["country"] is None:
        return "generic name and no country"
    p = basic_alias_problem(text)
    if p:
        return p
    if one_word(text) and (f in COMMON_WORDS or f in FIRST_NAMES):
        return "one common word or first name"
    rivals = claims.units_in(f, u["country"]) - {i}
    if not claims.first_in_country(text, i) or any(claims.unit_list[j]["active"] for j in rivals):
        return "generic name of another party of the country"
    if any(e.get("country") in (u["country"], None) for e in claims.others(text, owner)):
        return "generic name of another organization of the country"
    return None


def abbreviation_problem(text, i, claims, filt, owner):
    """Why the short name `text` of unit `i` may not be a generic form of
    the entry `owner`, or None: it must be an abbreviation (of four letters
    or more, not a common word or first name) that no other unit of its
    country and no other organization bears."""
    f = fold(text)
    if not abbreviation(text):
        if is_acronym(text) and letters(text) <= 3:
            return "abbreviation of three letters or fewer"
        if re.search(r"[/|+]", text):
            return "two abbreviations joined by a slash"
        return "short name that is not an abbreviation"
    if f in COMMON_WORDS or f in FIRST_NAMES:
        return "abbreviation that is a common word or first name"
    if claims.units_in(f, claims.unit_list[i]["country"]) - {i}:
        return "abbreviation of several parties of the country"
    others = claims.others(text, owner)
    if others:
        return "abbreviation of another organization -- " + others[0]["id"]
    p = basic_alias_problem(text)
    return p and "abbreviation: " + p


def add_names(e, i, claims, filt):
    """Adds to the entry `e` of unit `i` its names that are safe as aliases,
    and as generic forms those that are safe there (abbreviations wait for
    finish_parties)."""
    u = claims.unit_list[i]
    have = org_folds(e)
    aliases = list(e.get("aliases") or [])
    generic = list(e.get("generic") or [])
    for t in u["names"]:
        if fold(t) in have or abbreviation(t):
            continue
        p = name_problem(t, i, claims, filt, e)
        if p and p.startswith("generic"):
            g = generic_problem(t, i, claims, e)
            if g:
                drop(u, "form", t, g)
                continue
            generic.append(t)
        elif p:
            drop(u, "form", t, p)
            continue
        else:
            aliases.append(t)
        have.add(fold(t))
    if aliases:
        e["aliases"] = aliases
    if generic:
        e["generic"] = generic


def add_abbreviations(e, i, claims, filt):
    """Adds to the entry `e` of unit `i` its abbreviations that are safe, as
    generic forms: they stand for the party only in a document about its
    country (a party's "PINU" or "OFDM" elsewhere is another thing). An
    abbreviation in capitals keeps the crate's capitals rule; one with a
    capital inside ("MoDem") matches only as written."""
    u = claims.unit_list[i]
    have = org_folds(e)
    generic = list(e.get("generic") or [])
    for t in u["short"] + [n for n in u["names"] if abbreviation(n)]:
        if fold(t) in have:
            continue
        if u["country"] is None:
            drop(u, "form", t, "abbreviation and no country")
            continue
        p = abbreviation_problem(t, i, claims, filt, e)
        if p:
            drop(u, "form", t, p)
            continue
        generic.append(t if is_acronym(t) else alias_obj(t, "exact"))
        have.add(fold(t))
    if generic:
        e["generic"] = generic


def entry_name(i, claims, filt, adjectives):
    """(name, generic bare name or None) of a new entry for unit `i`, or
    None: its first English name that can be an alias; else its first
    English name of several words that is generic for being a name of
    parties in general or of several countries, qualified with its
    country's adjective (without a leading "The": "Greek Liberals"), when
    the unit is the first of its country to bear it; else its first native
    name that can be an alias; else, for a party still active, its first
    one-word native name that can be generic, qualified the same way
    ("Portuguese Chega"; the precision pass keeps no one-word name; not for
    a party of the past: "British Tories" would be today's Conservatives)."""
    u = claims.unit_list[i]
    adj = adjectives.get(u["country"])

    def qualified(t):
        q = adj + " " + strip_article(t)
        if fold(q) not in claims.orgs and org_alias_problem(q, filt, q) is None:
            return q, (t if generic_problem(t, i, claims, None) is None else None)
        return None

    for t in u["english"]:
        if not is_acronym(t) and name_problem(t, i, claims, filt, None) is None:
            return t, None
    for t in u["english"]:
        p = name_problem(t, i, claims, filt, None) or ""
        if adj and not is_acronym(t) and not one_word(t) and claims.first_in_country(t, i) and \
                p.startswith(("generic: a name of parties", "generic: a name of parties of several")):
            q = qualified(t)
            if q:
                return q
    for t in u["names"]:
        if not is_acronym(t) and name_problem(t, i, claims, filt, None) is None:
            return t, None
    native = {fold(n) for n in u["native"]}
    for t in [n for n in u["names"] if fold(n) in native]:  # the first spelling of each
        if adj and u["active"] and name_problem(t, i, claims, filt, None) == "generic: one word" and \
                generic_problem(t, i, claims, None) is None:
            q = qualified(t)
            if q and q[1]:
                return q
    return None


def new_entry(i, claims, filt, adjectives, ids):
    """The organization entry of unit `i`, or None (reported) when none of
    its names can name it or its id is taken."""
    u = claims.unit_list[i]
    named = entry_name(i, claims, filt, adjectives)
    if named is None:
        first = (u["english"] + u["names"] + [""])[0]
        p = name_problem(first, i, claims, filt, None) if first else None
        drop(u, "party", first, "no usable name, the first: " + (p or "no name"))
        return None
    name, bare = named
    slug = "org:" + slugify(name)
    if slug in ids:
        slug += "-" + (u["country"] or "pf").lower()
    if slug in ids:
        drop(u, "party", name, "its id is taken -- " + slug)
        return None
    e = {"id": slug, "kind": "organization", "name": name}
    if u["qid"]:
        e["wikidata"] = u["qid"]
    if bare:
        e["generic"] = [bare]
    if u["country"]:
        e["country"] = u["country"]
    e["category"] = "party"
    e["case"] = "capitalized"
    e["sources"] = [SOURCE]
    add_names(e, i, claims, filt)
    return e


def load_units(src, filt):
    """The units of the Party Facts extract of `src.local`, without the
    groupings Party Facts marks as no party."""
    return party_units([p for p in partyfacts.load(src.local) if not p["no_party"]],
                       src.known_alpha3, set(filt.state))


def link_parties(orgs, src, filt):
    """`orgs` (the generated organizations, before the precision pass and the
    curated merge) with the generated parties linked to their Party Facts
    units and an entry added for every other unit (see the module's
    docstring); the entries keep a mark for finish_parties."""
    units = load_units(src, filt)
    unmapped = {}
    for p in partyfacts.load(src.local):
        if p["no_party"]:
            LOG.count(SOURCE, "dropped: party: no party (Party Facts: [no-party])")
        elif party_country(p["country"], src.known_alpha3) is None:
            unmapped.setdefault(p["country"], []).append(p["id"])
    for code, ids in sorted(unmapped.items()):
        LOG.count(SOURCE, "country code not ISO: %s" % code, len(ids))
        report("partyfacts-countries", "Party Facts country code %s (%d parties) is no ISO 3166 code: "
               "no country" % (code, len(ids)))
    claims = Claims(units, orgs)
    linked, ambiguous = match_units(units, claims)
    for i, near in sorted(ambiguous.items()):
        LOG.count(SOURCE, "ambiguous")
        report("partyfacts-ambiguous", "Party Facts %s (%s, %s): could be %s" % (
            ids_text(units[i]), units[i]["country"], units[i]["names"][0], ", ".join(near)))
    adjectives = adjectives_of(src)
    ids = {e["id"] for e in orgs}
    added = []
    for i, u in enumerate(units):
        if i in linked:
            e = linked[i]
            if u["qid"]:
                e["wikidata"] = u["qid"]
            e["sources"] = sorted(set(e["sources"]) | {SOURCE})
            LOG.count(SOURCE, "linked" if u["qid"] else "linked (no QID)")
        elif i in ambiguous:
            continue
        else:
            e = new_entry(i, claims, filt, adjectives, ids)
            if e is None:
                continue
            ids.add(e["id"])
            added.append(e)
            LOG.count(SOURCE, "added" if u["qid"] else "added (no QID)")
        if i in linked:
            add_names(e, i, claims, filt)
        e[MARK] = u["ids"][0]
        claims.add(e)
    return orgs + added


def finish_parties(orgs, src, filt):
    """`orgs` after the curated merge, with the curated parties linked and
    the abbreviations added (see the module's docstring), and without the
    marks of link_parties.

    A curated party (with a country) sharing a form with units of its
    country takes the one pick_unit finds (the curated list holds today's
    parties) when no other curated party takes it: its QID and
    `"partyfacts"` in its sources. The entry added for that unit, if it is
    still there ("Minjin-dang" for the curated Democratic Progressive
    Party), merges into it; a QID on another entry leaves the curated party
    alone (ambiguous: two of our entries would be one party)."""
    units = load_units(src, filt)
    forms = {}
    for i, u in enumerate(units):
        for t in match_forms(u):
            for c in u["countries"]:
                forms.setdefault((c, fold(t)), set()).add(i)
    chosen = {}  # curated entry id -> unit index
    for e in orgs:
        if "curated" not in (e.get("sources") or []) or e.get("category") != "party" or not e.get("country"):
            continue
        us = set()
        for f in entity_surface_folds(e):
            us |= forms.get((e["country"], f), set())
        i = pick_unit(e, us, units, today=True) if us else None
        if i is not None:
            chosen[e["id"]] = i
        elif us:
            LOG.count(SOURCE, "curated: ambiguous")
            report("partyfacts-ambiguous", "curated %s could be Party Facts %s" % (
                e["id"], "; ".join(ids_text(units[i]) for i in sorted(us))))
    by_unit = {}
    for eid, i in chosen.items():
        by_unit.setdefault(i, []).append(eid)
    holders = {e["wikidata"]: e for e in orgs if e.get("wikidata")}
    byid = {e["id"]: e for e in orgs}
    gone = set()
    for i, eids in sorted(by_unit.items()):
        u = units[i]
        c = byid[eids[0]]
        holder = holders.get(u["qid"]) if u["qid"] else None
        if len(eids) > 1:
            LOG.count(SOURCE, "curated: ambiguous", len(eids))
            report("partyfacts-ambiguous", "Party Facts %s is the party of several curated entries: %s" % (
                ids_text(u), ", ".join(sorted(eids))))
            continue
        if c.get("wikidata") == u["qid"] and SOURCE in c["sources"]:
            continue  # reached through the curated merge
        added = holder is not None and holder is not c and MARK in holder and holder["sources"] == [SOURCE]
        if c.get("wikidata") and c["wikidata"] != u["qid"] or \
                holder is not None and holder is not c and not added:
            other = c if c.get("wikidata") else holder
            LOG.count(SOURCE, "curated: ambiguous")
            report("partyfacts-ambiguous", "curated %s is Party Facts %s, but %s has the QID %s" % (
                c["id"], ids_text(u), other["id"], other["wikidata"]))
            continue
        if added:
            merge_added(c, holder)
            gone.add(holder["id"])
            LOG.count(SOURCE, "curated: merged with the entry added")
            report("partyfacts-curated", "curated %s is Party Facts %s: the entry added for it, %s, is "
                   "merged into it" % (c["id"], ids_text(u), holder["id"]))
        else:
            LOG.count(SOURCE, "curated: linked" if u["qid"] else "curated: linked (no QID)")
        if u["qid"]:
            c["wikidata"] = u["qid"]
        c["sources"] = sorted(set(c["sources"]) | {SOURCE})
    orgs = [e for e in orgs if e["id"] not in gone]
    claims = Claims(units, orgs)
    index = {u["ids"][0]: i for i, u in enumerate(units)}
    for e in orgs:
        if MARK in e:
            add_abbreviations(e, index[e.pop(MARK)], claims, filt)
            claims.add(e)
    return orgs


def merge_added(c, e):
    """Merges the entry `e` link_parties added into the curated entry `c`:
    its name and aliases become aliases, its generic forms generic forms,
    when `c` has no form folded alike."""
    have = org_folds(c)
    for field, texts in (("aliases", [e["name"]] + list(e.get("aliases") or [])),
                         ("generic", list(e.get("generic") or []))):
        add = []
        for a in texts:
            if fold(alias_text(a)) not in have:
                have.add(fold(alias_text(a)))
                add.append(a)
        if add:
            c[field] = list(c.get(field) or []) + add
