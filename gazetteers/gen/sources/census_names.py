"""US Census 1990 names (gazetteers/sources/census-names, public domain, see
its SOURCE.md): the male and female first-name lists and the 5,000 most
frequent surnames, as the PyPI package `names` 0.3.0 ships them. Each row is
a name in capitals, its frequency and cumulative frequency in percent, and
its rank; only the names are read."""

import os

FOLDER = "census-names"
FILES = ("dist.male.first", "dist.female.first")
SURNAMES = "dist.all.last"


def read_list(path):
    """The names of one list, in rank order. Every row has four fields, the
    rank counting 1, 2, 3, ... (ValueError otherwise)."""
    out = []
    with open(path, encoding="ascii") as f:
        for n, line in enumerate(f, 1):
            cols = line.split()
            if len(cols) != 4 or not cols[0].isalpha() or cols[3] != str(n):
                raise ValueError("%s line %d: not a row of the census list: %r" % (path, n, line))
            out.append(cols[0])
    return out


def load(local):
    """{file name: [names]} of the folder `local`/census-names."""
    return {fn: read_list(os.path.join(local, FOLDER, fn)) for fn in FILES}


def surnames(local):
    """The surnames of the folder `local`/census-names, most frequent first."""
    return read_list(os.path.join(local, FOLDER, SURNAMES))
