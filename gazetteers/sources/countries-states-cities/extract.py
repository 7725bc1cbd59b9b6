"""Rebuilds the extract of this folder (see SOURCE.md) from the git
directories of github.com/dr5hn/countries-states-cities-database (countries
and states) and github.com/dr5hn/countrystatecity-npm (cities: the same
database, release v3.2-export.7, split by state; the database repository's
own city files of the largest countries are over the size a snapshot keeps):

    python3 gazetteers/sources/countries-states-cities/extract.py \\
        DATABASE_GIT_DIR DATABASE_COMMIT NPM_GIT_DIR NPM_COMMIT

countries.tsv: every row of json/countries.json; states.tsv: every row of
csv/states.csv; cities.tsv: the rows of
packages/countries-browser/src/data/cities/*.json whose name folds (gen/fold.py)
like the name or an alias of an entry of the repository's location lists
(builtin/locations.jsonl, curated/{locations,subdivisions,cities}.jsonl) or
like the name of a state (a place named like a province may be its
capital), plus every city row that carries the QID of such a row or of a state, so
that a QID the source gives to two places can be seen. Only the columns of
COLUMNS are kept, unchanged; rows are sorted by id."""

import csv
import io
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, GAZ)

from gen.fold import fold  # noqa: E402

CITIES_DIR = "packages/countries-browser/src/data/cities"
COLUMNS = {
    "countries.tsv": ["iso2", "iso3", "name", "capital", "wikiDataId", "latitude", "longitude"],
    "states.tsv": ["id", "country_code", "iso3166_2", "name", "type", "level", "parent_id",
                   "wikiDataId", "latitude", "longitude"],
    "cities.tsv": ["id", "country_code", "state_code", "name", "type", "population", "wikiDataId",
                   "latitude", "longitude"],
}
LOCATION_LISTS = ["builtin/locations.jsonl", "curated/locations.jsonl",
                  "curated/subdivisions.jsonl", "curated/cities.jsonl"]


def show(git_dir, commit, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", "%s:%s" % (commit, path)],
                          check=True, capture_output=True).stdout.decode("utf-8")


def ls(git_dir, commit, path):
    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit, path + "/"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return sorted(out.split())


def our_name_folds():
    out = set()
    for rel in LOCATION_LISTS:
        with open(os.path.join(GAZ, rel), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                e = json.loads(line)
                for a in [e["name"]] + (e.get("aliases") or []):
                    out.add(fold(a if isinstance(a, str) else a["text"]))
    return out


def write(name, rows):
    """Tab-separated, with a header line; a value with a tab, a newline or a
    double quote is written in double quotes (csv's excel-tab dialect), an
    absent value (null) as an empty cell."""
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, dialect="excel-tab", lineterminator="\n")
        w.writerow(COLUMNS[name])
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in COLUMNS[name]])


def main(db_git, db_commit, npm_git, npm_commit):
    countries = json.loads(show(db_git, db_commit, "json/countries.json"))
    write("countries.tsv", sorted(countries, key=lambda r: r["id"]))
    states = list(csv.DictReader(io.StringIO(show(db_git, db_commit, "csv/states.csv"))))
    write("states.tsv", sorted(states, key=lambda r: int(r["id"])))
    names = our_name_folds() | {fold(s["name"]) for s in states}
    cities = []
    for path in ls(npm_git, npm_commit, CITIES_DIR):
        cities += json.loads(show(npm_git, npm_commit, path))
    kept = [c for c in cities if fold(c["name"]) in names]
    qids = {c.get("wikiDataId") for c in kept} | {s["wikiDataId"] for s in states}
    qids.discard(None)
    qids.discard("")
    kept_ids = {c["id"] for c in kept}
    kept += [c for c in cities if c["id"] not in kept_ids and c.get("wikiDataId") in qids]
    write("cities.tsv", sorted(kept, key=lambda r: r["id"]))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:5])
