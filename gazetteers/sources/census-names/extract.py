"""Rebuilds the US Census 1990 name lists of this folder (see SOURCE.md)
from the source distribution of the PyPI package `names` 0.3.0:

    pip download names==0.3.0 --no-deps --no-binary :all: -d DIR
    python3 gazetteers/sources/census-names/extract.py DIR/names-0.3.0.tar.gz

dist.male.first and dist.female.first are the files names/dist.male.first
and names/dist.female.first of the archive, copied byte for byte;
dist.all.last is the first SURNAME_ROWS rows of names/dist.all.last (the
most frequent surnames), byte for byte. The archive's SHA-256 is checked
first (the one SOURCE.md gives), then the number of rows of each file and
the shape of every row (a name in capitals, its frequency and cumulative
frequency in percent, its rank: 1, 2, 3, ...)."""

import hashlib
import os
import re
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
SDIST_SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
FILES = {"dist.male.first": 1219, "dist.female.first": 4275, "dist.all.last": 88799}  # file -> rows
# The rows of dist.all.last kept: the most frequent surnames.
SURNAME_ROWS = 5000
ROW = re.compile(r"([A-Z]+) +(\d+\.\d{3}) +(\d+\.\d{3}) +(\d+)")


def check(name, data, rows):
    lines = data.decode("ascii").split("\n")
    if lines[-1] != "":
        sys.exit("%s: no newline at the end" % name)
    lines = lines[:-1]
    if len(lines) != rows:
        sys.exit("%s: %d rows, expected %d" % (name, len(lines), rows))
    for n, line in enumerate(lines, 1):
        m = ROW.fullmatch(line.rstrip(" "))
        if not m or int(m.group(4)) != n:
            sys.exit("%s line %d: not a row of the census list: %r" % (name, n, line))


def main(sdist):
    with open(sdist, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != SDIST_SHA256:
        sys.exit("%s: SHA-256 %s, expected %s (names 0.3.0)" % (sdist, digest, SDIST_SHA256))
    with tarfile.open(sdist, "r:gz") as tar:
        for name, rows in FILES.items():
            data = tar.extractfile("names-0.3.0/names/" + name).read()
            check(name, data, rows)
            if name == "dist.all.last":
                data = b"".join(data.splitlines(keepends=True)[:SURNAME_ROWS])
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main(*sys.argv[1:2])
