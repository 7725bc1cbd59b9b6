"""English words that are also the name of a GeoNames city of one word
(gazetteers/sources/english-words, from SCOWL's American English list; see
its SOURCE.md)."""

import os
import re

FOLDER = "english-words"


def load(local):
    """The words of the folder `local`/english-words, as a set. Every line is
    one word of lower-case letters (ValueError otherwise)."""
    path = os.path.join(local, FOLDER, "words.txt")
    out = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            w = line.rstrip("\n")
            if not re.fullmatch(r"[a-z]+", w):
                raise ValueError("%s line %d: not a lower-case word: %r" % (path, n, line))
            out.add(w)
    return out
