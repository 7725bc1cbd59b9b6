"""Casing: source names written in capitals turned into news capitalisation."""

import re

from .tables import MAC_NAMES, ORG_ACRONYMS, ORG_MINOR, PARTICLES
from .text import ROMAN


def name_case(tok, first_in_family=True):
    """Convert an upper-case factbook name part to news capitalisation."""
    if ROMAN.match(tok):
        return tok
    low = tok.lower()
    if low in PARTICLES and not first_in_family:
        return low
    out = []
    for part in tok.split("-"):
        if not part:
            out.append(part)
            continue
        if part.isupper() or part.islower():
            p = part.lower()
            if p in ("al", "el") and len(out) == 0 and "-" in tok:
                out.append(p)
                continue
            p = p[0].upper() + p[1:]
            m = re.match(r"^([A-Za-z])'([a-z])(.*)$", p)
            if m and m.group(1).upper() in "ODL":
                p = m.group(1) + "'" + m.group(2).upper() + m.group(3)
            out.append(p)
        else:
            out.append(part)
    return "-".join(out)


def person_case_token(tok, first, country):
    if re.fullmatch(r"(?:[A-Z]\.)+", tok):
        return tok
    if tok in ("JR.", "JR"):
        return "Jr."
    if tok in ("SR.", "SR"):
        return "Sr."
    if not first and tok in ("I", "II", "III", "IV"):
        return tok
    low = tok.lower()
    if not first and low in PARTICLES:
        return low
    if tok in MAC_NAMES:
        return MAC_NAMES[tok]
    parts = tok.split("-")
    out = []
    for k, p in enumerate(parts):
        if not p:
            out.append(p)
            continue
        pl = p.lower()
        if k == 0 and len(parts) > 1 and pl in ("al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ul") and not first:
            out.append(pl)
            continue
        if k > 0 and country in ("KOR", "PRK"):
            out.append(pl)
            continue
        if pl.startswith("mc") and len(pl) > 3:
            out.append("Mc" + pl[2].upper() + pl[3:])
            continue
        q = pl
        i = 0
        while i < len(q) and not q[i].isalpha():
            i += 1
        q = q[:i] + q[i:i + 1].upper() + q[i + 1:]
        m = re.match(r"^([od])'([a-z])(.*)$", q, re.I)
        if m:
            q = m.group(1).upper() + "'" + m.group(2).upper() + m.group(3)
        out.append(q)
    return "-".join(out)


def phx_person_name(tokens, country):
    return " ".join(person_case_token(t, i == 0, country) for i, t in enumerate(tokens))


def org_case(tokens, acronyms=()):
    out = []
    for i, t in enumerate(tokens):
        up = t.upper()
        if up in ORG_ACRONYMS or up in acronyms or re.fullmatch(r"(?:[A-Z]\.){2,}", up):
            out.append(up)
            continue
        if re.fullmatch(r"G-?\d+", up):
            out.append(up.replace("-", ""))
            continue
        low = t.lower()
        if i > 0 and low in ORG_MINOR:
            out.append(low)
            continue
        if t[:1].isdigit():
            out.append(low)
            continue
        parts = []
        for p in t.split("-"):
            pl = p.lower()
            if parts and pl in ORG_MINOR:
                parts.append(pl)
                continue
            if p.upper() in ORG_ACRONYMS:
                parts.append(p.upper())
                continue
            j = 0
            while j < len(pl) and not pl[j].isalpha():
                j += 1
            parts.append(pl[:j] + pl[j:j + 1].upper() + pl[j + 1:])
        w = "-".join(parts)
        w = re.sub(r"'S\b", "'s", w)
        out.append(w)
    s = " ".join(out)
    s = re.sub(r"\s+,", ",", s)
    return s
