"""Wikidata QIDs of national institutions from the source extracts kept in
the repository (gazetteers/sources/<folder>/, each with its SOURCE.md and
licence). Each extract is a tab-separated file `institutions.tsv` with a
header and the columns `qid`, `name`, `country` (ISO alpha-3) and `kind`
(one of gen/institutions.py KINDS); it is read into rows
{"qid", "name", "country", "kind"}. Folders without such a file are not
institution sources."""

import csv
import os

FILE = "institutions.tsv"
COLUMNS = ("qid", "name", "country", "kind")


def read_rows(path):
    """The rows of one extract; stops on a file without the columns."""
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f, delimiter="\t")
        missing = [c for c in COLUMNS if c not in (rd.fieldnames or [])]
        if missing:
            raise SystemExit("error: %s: no column %s" % (path, ", ".join(missing)))
        return [{c: (r[c] or "").strip() for c in COLUMNS} for r in rd]


def load(local):
    """[(source name, rows)] for every extract folder under `local` that has
    an institutions.tsv, in folder order; the source name is the folder's."""
    out = []
    if not local or not os.path.isdir(local):
        return out
    for name in sorted(os.listdir(local)):
        path = os.path.join(local, name, FILE)
        if os.path.isfile(path):
            out.append((name, read_rows(path)))
    return out
