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


def is_acronym_text(t):
    letters = re.sub(r"[^A-Za-z]", "", t)
    return bool(letters) and t.upper() == t and len(t.split()) == 1 and len(letters) <= 8


def is_acronym_like(text):
    return not any(c.islower() for c in text) and any(c.isalpha() for c in text)


def letters(text):
    return sum(1 for c in text if c.isalpha())


def sig_tokens(s):
    f = fold(s).replace("-", " ").replace(".", "")
    f = f.replace("defence", "defense").replace("organisation", "organization") \
        .replace("programme", "program").replace("labour", "labor").replace("centre", "center")
    toks = re.findall(r"[a-z0-9']+", f)
    return [t.replace("'", "") for t in toks if t not in ORG_MINOR and t not in ("s",)]
