"""Phoenix/PETRARCH2 dictionaries (phoenix-dictionaries/): the actors files
(blocks of a root name, synonyms and dated CAMEO codes) and the agents file."""

import os
import re

from ..report import report
from ..tables import PHX_CODE_MAP, PHX_SECTOR_TITLES


def phoenix_file(root, name):
    """The path of the dictionary file `name` ("Phoenix.Countries.actors.txt")."""
    return os.path.join(root, "phoenix-dictionaries", name)


def agent_nouns(root):
    """(noun, code) of every plain entry of the agents dictionary
    ("PRIME_MINISTER_ [~GOV]" -> ("PRIME_MINISTER", "GOV")); entries with
    "!" or "{" (patterns, plurals) are left out."""
    with open(phoenix_file(root, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#")[0].strip()
            m = re.match(r"^([A-Z_]+)\s*\[~([A-Z]+)\]", line)
            if not m or "!" in line or "{" in line:
                continue
            yield m.group(1).strip("_"), m.group(2)


def phx_date(d, where):
    """YYMMDD or YYYYMMDD -> 'YYYY-MM-DD' (None if unusable)."""
    raw = d
    if len(d) == 10 and d.startswith("19"):
        d = d[2:]
    elif len(d) == 9:
        d = d[:8]
    elif len(d) == 7:
        d = d[:6]
    if d != raw:
        report("phoenix-dates", "%s: date %r read as %r (malformed in the source)" % (where, raw, d))
    if len(d) == 6:
        yy = int(d[:2])
        y = 2000 + yy if yy < 30 else 1900 + yy
        m, dd = int(d[2:4]), int(d[4:6])
    elif len(d) == 8:
        y, m, dd = int(d[:4]), int(d[4:6]), int(d[6:8])
    else:
        report("phoenix-dates", "%s: date %r not understood: ignored" % (where, raw))
        return None
    if not (1 <= m <= 12 and 1 <= dd <= 31):
        report("phoenix-dates", "%s: date %r out of range: ignored" % (where, raw))
        return None
    return "%04d-%02d-%02d" % (y, m, dd)


def phx_role(text, where):
    """'RUSGOV 000507-080507' -> (code, start, end, dated)."""
    t = text.strip()
    m = re.match(r"^([A-Z\-]*)\s*(.*)$", t)
    code, spec = m.group(1), m.group(2).replace(" ", "")
    start = end = None
    dated = bool(spec)
    if not spec:
        pass
    elif re.fullmatch(r">\d+", spec):
        start = phx_date(spec[1:], where)
    elif re.fullmatch(r"<\d+", spec):
        end = phx_date(spec[1:], where)
    elif re.fullmatch(r"\d+-\d+", spec):
        a, b = spec.split("-")
        start, end = phx_date(a, where), phx_date(b, where)
    elif re.fullmatch(r"\d+", spec):
        start = phx_date(spec, where)
        report("phoenix-dates", "%s: single date %r without '>'/'<': read as a start date" % (where, spec))
    else:
        report("phoenix-dates", "%s: role %r not understood: ignored" % (where, text))
        return None
    return (code, start, end, dated)


def parse_phoenix(path):
    """Parse a TABARI/PETRARCH .actors file into blocks."""
    blocks = []
    cur = None
    fname = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            s = line.rstrip("\n")
            if "#" in s:
                s = s[:s.index("#")]
            if not s.strip():
                continue
            where = "%s:%d" % (fname, n)
            st = s.lstrip()
            if st.startswith("+"):
                if cur is None:
                    continue
                body = st[1:]
                codes = re.findall(r"\[([^\]]*)\]", body)
                body = body.split("[")[0].strip()
                cur["syn"].append(body)
                for c in codes:
                    r = phx_role(c, where)
                    if r:
                        cur["roles"].append(r)
                continue
            if st.startswith("["):
                if cur is None:
                    continue
                for c in re.findall(r"\[([^\]]*)\]", st):
                    r = phx_role(c, where)
                    if r:
                        cur["roles"].append(r)
                continue
            name = s.split("[")[0].strip()
            codes = re.findall(r"\[([^\]]*)\]", s)
            cur = {"name": name, "syn": [], "roles": [], "line": n, "inline": bool(codes)}
            for c in codes:
                r = phx_role(c, where)
                if r:
                    cur["roles"].append(r)
            blocks.append(cur)
    return blocks


def phx_tokens(name):
    name = name.replace(" ", "_").strip("_ \t")
    return [t for t in name.split("_") if t]


def phx_code_country(code, known):
    """CAMEO code -> (alpha-3 or None, sector string)."""
    c3 = code[:3]
    a3 = PHX_CODE_MAP.get(c3, c3)
    rest = code[3:]
    # territory sub-code (GBRVGBGOV -> VGB)
    if len(rest) >= 3 and rest[:3] in known and rest[:3] not in PHX_SECTOR_TITLES and \
            rest[:3] not in ("BUS", "MED", "EDU", "HLH", "AGR", "DEV", "LAB", "ENV", "HRI", "REF", "REL", "CVL", "MUS", "CHR", "JEW"):
        a3, rest = rest[:3], rest[3:]
    if a3 not in known:
        return None, rest
    return a3, rest


def phx_org_names(b):
    """Root and synonym strings of a block, with acronyms in parentheses split off."""
    out = []
    for s in [b["name"]] + b["syn"]:
        if "+" in s or ":" in s:
            continue
        s = s.replace(" ", "_")
        acrs = re.findall(r"\(([A-Z0-9][A-Z0-9\-]{1,9})\)", s)
        s = re.sub(r"_?\([^()]*\)_?", "_", s)
        s = re.sub(r",_?(?:INC|LTD)\.?_?$", "", s.strip("_"))
        toks = phx_tokens(s)
        if toks and toks[0] == "THE" and len(toks) > 1:
            toks = toks[1:]
        if toks:
            out.append(toks)
        for a in acrs:
            out.append([a])
    return out
