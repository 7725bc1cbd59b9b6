"""Towns: the GeoNames cities of 15,000 inhabitants or more
(gazetteers/sources/geonames-cities, CC BY 4.0) that no other list has, as
locations of their own ("Coventry", "Beverly Hills", "Ujjain"), so that news
names the reader knows as places are found even where no curated list
reaches. Each carries its GeoNames coordinates until gen/places.py
(link_towns) has looked for its QID near them. Their category is "town":
the extractor finds a town only where
the words around it show a place ("in Coventry", "Beverly Hills, Calif.",
README.md, "Gazetteer format"), for many share their name with a company
(Toyota, Nokia), a club (Ajax) or a person (Radcliffe, Kanye).

A city is added, under its GeoNames name, matched capitalised, when

- it has at least MIN_POPULATION inhabitants (every city of the extract: the
  threshold was chosen on the dev corpora of ../shared/eval, where the
  smaller cities of cities5000 added little recall for more false
  positives);
- its name is Latin script, at least four letters, starts with a capital,
  and passes the alias filters every builder uses (gen/filters.py: no
  comma or parenthesis, no date or number, not too ambiguous, not made only
  of common words);
- no entry of any kind has a form that folds like it (the capitals, cities
  and regions we have, "Georgia" the state, "Howard" the short name of a
  person, "Kyoto" of a treaty);
- the name is not a common English word (tables/common_words.tsv, or for a
  one-word name, a lower-case word of SCOWL's list: "Summit", "Reading",
  "Along"), a first name (tables/first_names.tsv, the census first names,
  the first names of politicians that gen/given_names.py reads, the first
  word of a person's name of ours: "Florence", "Beverly", "Vladimir",
  "Vittoria") or one of the SURNAMES most frequent census surnames
  ("Harrison", "Jackson");
- it is not in tables/town_drop.tsv (names news uses for something else:
  "Olympic", "Toyota");
- of the cities of that name in other countries, it has at least
  HOMONYM_RATIO times the population of the next (Hyderabad, India before
  Hyderabad, Pakistan); otherwise the name is left out.

Every city left out is counted by reason in the report ("towns" lines)."""

from .filters import all_common, basic_alias_problem
from .fold import fold
from .report import report
from .given_names import politician_first_names
from .merge import entity_surface_folds
from .places import TOWN, TOWN_POINT
from .sources import census_names, english_words, everypolitician, geonames_cities
from .tables import COMMON_WORDS, FIRST_NAMES, TOWN_DROP
from .text import alias_text, is_latin, slugify

MIN_POPULATION = 15000
SURNAMES = 5000
HOMONYM_RATIO = 2
SOURCE = "geonames-cities"


def forms(entity_lists):
    """The folded forms (name, aliases, short names, demonyms) of every
    entry of `entity_lists`."""
    out = set()
    for entities in entity_lists:
        for e in entities:
            out |= entity_surface_folds(e)
            out.update(fold(alias_text(a)) for field in ("short", "demonyms") for a in e.get(field) or [])
    out.discard("")
    return out


def problem(name, taken, words, people_names):
    """Why a city's name cannot be a location of its own, or None."""
    f = fold(name)
    if not is_latin(name) or not name[:1].isupper():
        return "not a capitalised Latin name"
    if sum(c.isalpha() for c in name) < 4:
        return "fewer than four letters"
    p = basic_alias_problem(name)
    if p:
        return p
    if f in taken:
        return "a form of another entry"
    if f in TOWN_DROP:
        return "tables/town_drop.tsv: " + TOWN_DROP[f]
    if f in COMMON_WORDS or all_common(name) or (f.isalpha() and f in words):
        return "an English word"
    if f in FIRST_NAMES or f in people_names:
        return "a first name or a common surname"
    return None


def build_towns(src, files):
    """The towns to add (see the module's documentation), given every entry
    built so far: `files` maps each output file to its entries."""
    local = src.local
    census = census_names.load(local)
    people_names = {n.lower() for names in census.values() for n in names}
    people_names |= {n.lower() for n in census_names.surnames(local)[:SURNAMES]}
    people_names |= {fold(e["name"]).split()[0] for e in files["people.jsonl"] if fold(e["name"])}
    people_names |= politician_first_names(everypolitician.load_names(local))
    alpha3 = {c["iso"]: c["iso3"] for c in src.gn_countries.values()}
    return select(geonames_cities.load(local), files, english_words.load(local), people_names, alpha3)


def select(cities, files, words, people_names, alpha3):
    """The towns of `cities` (gen/sources/geonames_cities.py) to add, given
    the entries built so far (`files`: output file -> entries), the English
    words (gen/sources/english_words.py), the first names and surnames
    (folded), and the alpha-3 code of each alpha-2 country code."""
    entity_lists = list(files.values())
    states = {e["country"] for e in files["states.jsonl"] if e.get("country")}
    cities = [c for c in cities if c["population"] >= MIN_POPULATION]
    taken = forms(entity_lists)
    by_name = {}
    for c in cities:
        why = problem(c["name"], taken, words, people_names)
        if why:
            report("towns", "%s (%s): %s" % (c["name"], c["country"], why))
            continue
        by_name.setdefault(fold(c["name"]), []).append(c)
    ids = {e["id"] for entities in entity_lists for e in entities}
    out = []
    for f, cs in sorted(by_name.items()):
        cs.sort(key=lambda c: (-c["population"], c["geonameid"]))
        top = cs[0]
        # The most populous of the name; another country's city of the
        # name close to it in size makes the name ambiguous.
        rival = next((c for c in cs[1:] if c["country"] != top["country"]), None)
        if rival and top["population"] < HOMONYM_RATIO * rival["population"]:
            report("towns", "%s (%s): shared with %s (%s) of similar size" % (
                top["name"], top["country"], rival["name"], rival["country"]))
            continue
        a3 = alpha3.get(top["country"])
        if a3 not in states:
            report("towns", "%s (%s): country not one of our states" % (top["name"], top["country"]))
            continue
        e = {"id": "loc:" + slugify(top["name"]), "kind": "location", "name": top["name"],
             "country": a3, "category": TOWN, "case": "capitalized", "sources": [SOURCE]}
        if top["lat"] is not None and top["lon"] is not None:
            e[TOWN_POINT] = (top["lat"], top["lon"])
        if e["id"] in ids:
            e["id"] += "-" + a3.lower()
        if e["id"] in ids:
            report("towns", "%s (%s): id %s taken" % (top["name"], top["country"], e["id"]))
            continue
        ids.add(e["id"])
        out.append(e)
    report("towns", "%d towns added of %d GeoNames cities of %d inhabitants or more" % (
        len(out), len(cities), MIN_POPULATION))
    return out
