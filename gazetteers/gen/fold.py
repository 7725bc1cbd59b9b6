"""Folding: the key under which the matcher compares strings."""

import unicodedata


QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}


def strip_diacritics(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    """Case- and diacritic-insensitive key, as the matcher compares strings."""
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    s = strip_diacritics(s).casefold()
    s = s.replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ı", "i")
    return " ".join(s.split())
