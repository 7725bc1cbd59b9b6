"""countries-states-cities-database (gazetteers/sources/countries-states-cities,
see its SOURCE.md; ODbL-1.0): its countries, first- and lower-level
subdivisions ("states") and the cities that may join our locations, each with
the Wikidata QID the source gives (`wikidata`, None when it gives none or
something that is not a QID) and its coordinates."""

import csv
import os

from ..wikidata import is_qid

FOLDER = "countries-states-cities"


def _rows(local, name):
    with open(os.path.join(local, FOLDER, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, dialect="excel-tab"))


def _float(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _common(r):
    """The fields every table shares: the name with the spaces around it
    trimmed, the QID (None unless one), latitude and longitude (floats or
    None)."""
    q = (r.get("wikiDataId") or "").strip()
    return {"name": " ".join(r["name"].split()), "wikidata": q if is_qid(q) else None,
            "lat": _float(r.get("latitude")), "lon": _float(r.get("longitude"))}


class CountriesStatesCities:
    """The extract: `countries` (dicts with iso2, iso3, name, capital,
    wikidata, lat, lon), `states` (id, country: the ISO alpha-2 of its
    country, iso3166_2, name, type, level, parent_id: the id of the state it
    lies in or None, wikidata, lat, lon) and `cities`
    (id, country: alpha-2, state_code, name, type, population, wikidata,
    lat, lon);
    `alpha3` maps the source's alpha-2 codes to alpha-3."""

    def __init__(self, local):
        self.countries = []
        for r in _rows(local, "countries.tsv"):
            c = _common(r)
            c.update(iso2=r["iso2"], iso3=r["iso3"], capital=r["capital"])
            self.countries.append(c)
        self.alpha3 = {c["iso2"]: c["iso3"] for c in self.countries}
        self.states = []
        for r in _rows(local, "states.tsv"):
            s = _common(r)
            s.update(id=int(r["id"]), country=r["country_code"], iso3166_2=r["iso3166_2"],
                     type=r["type"], level=r["level"],
                     parent_id=int(r["parent_id"]) if r["parent_id"].isdigit() else None)
            self.states.append(s)
        self.cities = []
        for r in _rows(local, "cities.tsv"):
            c = _common(r)
            c.update(id=int(r["id"]), country=r["country_code"], state_code=r["state_code"],
                     type=r["type"] or None,
                     population=int(r["population"]) if r["population"].isdigit() else None)
            self.cities.append(c)


def load(local):
    """The extract in the folder `local`/countries-states-cities."""
    return CountriesStatesCities(local)
