"""Rebuilds the Party Facts extract of this folder from a clone of
github.com/hdigital/partyfactsdata (see SOURCE.md):

    python3 gazetteers/sources/partyfacts/extract.py PATH/TO/partyfactsdata [COMMIT]

core-parties.csv: the rows of import/elecglob/partyfacts-core-parties.csv
that are parties (the column `technical` empty), with the columns country,
partyfacts_id, name_short, name, name_english, year_first, year_last;
wikidata.csv: import/wikipedia/wikidata.csv as published. With COMMIT the
files are read from that commit of the clone (git show), otherwise from its
work tree."""

import csv
import io
import os
import subprocess
import sys

CORE = "import/elecglob/partyfacts-core-parties.csv"
WIKIDATA = "import/wikipedia/wikidata.csv"
CORE_COLUMNS = ["country", "partyfacts_id", "name_short", "name", "name_english", "year_first", "year_last"]


def read(repo, path, commit):
    if commit:
        return subprocess.run(["git", "-C", repo, "show", "%s:%s" % (commit, path)], check=True,
                              capture_output=True).stdout.decode("utf-8")
    with open(os.path.join(repo, path), encoding="utf-8") as f:
        return f.read()


def main(repo, commit=None):
    here = os.path.dirname(os.path.abspath(__file__))
    rows = [r for r in csv.DictReader(io.StringIO(read(repo, CORE, commit))) if not r["technical"]]
    with open(os.path.join(here, "core-parties.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CORE_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(here, "wikidata.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(read(repo, WIKIDATA, commit))


if __name__ == "__main__":
    main(*sys.argv[1:3])
