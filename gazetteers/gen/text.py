"""Text helpers: slugs, scripts, factbook text cleaning, splitting, alias
objects, acronyms and significant words."""

import html
import re
import unicodedata

from .fold import fold
from .tables import ORG_MINOR


def slugify(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def is_latin(s):
    """True if every letter of s is in the Latin script."""
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def clean_text(t):
    """Unescape HTML entities and drop tags from a factbook text."""
    if t is None:
        return ""
    if isinstance(t, dict):
        t = t.get("text", "")
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = t.replace("\u00a0", " ")
    return " ".join(t.split())


def remove_parens(s):
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\([^()]*\)", " ", s)
        s = re.sub(r"\[[^\[\]]*\]", " ", s)
    return " ".join(s.split())


def split_top(s, seps=";"):
    """Split on separator characters that are not inside parentheses."""
    out, depth, cur = [], 0, []
    for c in s:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        if c in seps and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return [x.strip() for x in out if x.strip()]


def split_or(s):
    return [x.strip() for x in re.split(r"\s+or\s+", s) if x.strip()]


def alias_text(a):
    return a["text"] if isinstance(a, dict) else a


def alias_obj(text, case=None):
    return {"text": text, "case": case} if case else text


def strip_article(text):
    for art in ("the ", "The "):
        if text.startswith(art) and len(text) > len(art) + 2:
            return text[len(art):]
    return text


ROMAN = re.compile(r"^(?:[IVX]+)$")


def letters(text):
    """The number of letters of `text`."""
    return sum(1 for c in text if c.isalpha())


def is_acronym(text, max_letters=8):
    """Whether `text` is written as an acronym: one word (no space between two
    of its letters or digits), at least one letter and at most `max_letters`
    (None: any number), none of them in lower case: "NATO", "U.S.", "G7",
    "AT&T". The single test of the generator: the alias filters, the
    organization builders and the hygiene rule ("AID" in capitals is safe)
    all use it, with the letter limit that fits them (five for the crate's
    capitals rule)."""
    n = letters(text)
    return (n >= 1 and (max_letters is None or n <= max_letters)
            and not any(c.islower() for c in text)
            and not re.search(r"[^\W_]\s+[^\W_]", text))


def sig_tokens(s):
    f = fold(s).replace("-", " ").replace(".", "")
    f = f.replace("defence", "defense").replace("organisation", "organization") \
        .replace("programme", "program").replace("labour", "labor").replace("centre", "center")
    toks = re.findall(r"[a-z0-9']+", f)
    return [t.replace("'", "") for t in toks if t not in ORG_MINOR and t not in ("s",)]
