"""Alias filters shared by the builders."""

import re

from .fold import fold
from .tables import COMMON_WORDS, FIRST_NAMES, ORG_MINOR, TOO_AMBIGUOUS
from .text import alias_text, is_acronym, is_latin
from .validate import hygiene_problem


def basic_alias_problem(text, own_codes=()):
    """Return a reason if text cannot be an alias at all, else None."""
    if not text or not text.strip():
        return "empty"
    if "," in text or "(" in text or ")" in text or "[" in text or ";" in text:
        return "contains comma/parenthesis"
    if len(text) > 60:
        return "longer than 60 characters"
    if not is_latin(text):
        return "non-Latin script"
    f = fold(text)
    if f in TOO_AMBIGUOUS and not (is_acronym(text, 5) and len(text) > 2 or text in ("US", "UK")):
        return "too ambiguous: " + TOO_AMBIGUOUS[f]
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 2 and text.lower() == text:
        return "one- or two-letter lower-case string"
    if len(letters) == 1:
        return "single letter"
    if re.fullmatch(r"[A-Z]{2}", text) and text not in ("US", "UK"):
        return "two-letter code"
    if text[0].islower() and not text.startswith("mainland"):
        return "starts lower-case (not a proper name)"
    h = hygiene_problem(text)
    if h:
        return h + " (hygiene rule)"
    return None


class Filters:
    """Strings that may not be used as person/organisation/location names."""

    def __init__(self, state_ents, loc_ents):
        self.state = {}
        for e in state_ents:
            self.state[fold(e["name"])] = e["name"]
            for a in e.get("aliases") or []:
                self.state[fold(alias_text(a))] = e["name"]
            for a in e.get("demonyms") or []:
                self.state[fold(alias_text(a))] = e["name"] + " (demonym)"
        self.capital = {}
        for e in loc_ents:
            for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]:
                self.capital[fold(t)] = e["name"]
        self.adjective = {}  # alpha3 -> demonym adjective
        self.state_name = {}
        for e in state_ents:
            if e.get("country"):
                self.state_name[e["country"]] = e["name"]

    def problem(self, text, allow_capital=False):
        f = fold(text)
        if f in self.state:
            return "equals a state name/alias/demonym (%s)" % self.state[f]
        if not allow_capital and f in self.capital:
            return "equals a capital (%s)" % self.capital[f]
        return None


def all_common(text, first_names=True):
    toks = re.findall(r"[a-z']+", fold(text).replace("-", " "))
    toks = [t for t in toks if t not in ORG_MINOR]
    return bool(toks) and all(t.strip("'") in COMMON_WORDS or (first_names and t.strip("'") in FIRST_NAMES) for t in toks)
