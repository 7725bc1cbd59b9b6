"""CIA World Factbook (factbook/<region>/<gec>.json, one JSON file per
profile): loading, field access and the parsing of its text fields (demonyms,
capitals, dates, the executive branch's office holders, forces)."""

import glob
import html
import json
import os
import re

from ..casing import name_case
from ..report import report
from ..tables import PARTICLES, TITLE_PATTERNS, TITLE_WORDS
from ..text import ROMAN, clean_text, is_latin, remove_parens, split_or, split_top


def load(root, fips):
    """(ISO alpha-2 -> profile for the profiles whose GEC/FIPS file stem maps
    to a country through `fips`, [(stem, profile)] for every profile)."""
    by_a2 = {}
    every = []
    for fn in sorted(glob.glob(os.path.join(root, "factbook", "*", "*.json"))):
        with open(fn, encoding="utf-8") as f:
            d = json.load(f)
        stem = os.path.basename(fn)[:-5]
        every.append((stem, d))
        if stem in fips:
            by_a2[fips[stem]] = d
    return by_a2, every


def fb_get(profile, *path):
    d = profile
    for k in path:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def fb_items(raw):
    t = raw.get("text", "") if isinstance(raw, dict) else (raw or "")
    t = html.unescape(t).replace("\u00a0", " ")
    parts = re.split(r"<br\s*/?>", t)
    out = []
    for p in parts:
        p = re.sub(r"<[^>]+>", " ", p)
        p = " ".join(p.split())
        if p:
            out.append(p)
    return out


def parse_demonym_field(t):
    """Factbook nationality noun/adjective text -> list of forms."""
    t = clean_text(t)
    if not t or t.lower() in ("none", "na"):
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    t = t.replace("(US nationals)", "").replace("(US citizens)", "")
    t = re.sub(r"\((?:singular|plural|singular and plural|collective plural|colloquial)\)", "", t)
    out = []
    for part in re.split(r",|;|/|\bor\b", t):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(.+?)man\s*\((?:men)\)", part)
        if m:
            out += [m.group(1) + "man", m.group(1) + "men"]
            continue
        m = re.fullmatch(r"(.+?)woman\s*\((?:women)\)", part)
        if m:
            out += [m.group(1) + "woman", m.group(1) + "women"]
            continue
        m = re.fullmatch(r"(.+?)\(s\)", part)
        if m:
            base = m.group(1).strip()
            out += [base, base + "s"]
            continue
        part = remove_parens(part)
        if part:
            out.append(part)
    return [x.strip() for x in out if x.strip() and x.strip()[0].isupper()]


def parse_factbook_capitals(text):
    t = clean_text(text)
    if not t:
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    out = []
    for part in split_top(t, ";,"):
        part = remove_parens(part)
        part = re.sub(r"\s+in [A-Z][a-z]+$", "", part)
        part = re.sub(r"\s+is the administrative capital$", "", part)
        part = part.strip(" .")
        if not part or not part[0].isupper():
            continue
        if len(part.split()) > 4:
            continue
        out.append(part)
    return out


MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: v for m, v in list(MONTHS.items())})
MONTHS["sept"] = 9


def parse_date(s):
    s = s.strip()
    m = re.match(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.match(r"([A-Za-z]+)\.?\s+(\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%s-%02d" % (m.group(2), MONTHS[m.group(1).lower()])
    m = re.match(r"(\d{4})", s)
    if m:
        return m.group(1)
    return None


def is_caps_token(tok):
    core = re.sub(r"^(?:al-|el-|Al-)", "", tok)
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or "." in tok:
        return False
    return all(c.isupper() for c in letters)


def has_caps_part(tok):
    """Token like 'al-MANFI' or 'Hoseini-KHAMENEI' or 'OSMANI-Sadriu'."""
    if "." in tok:
        return False
    parts = tok.split("-")
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts) or \
        any(len(re.sub(r"[^A-Za-z]", "", p)) >= 2 and re.sub(r"[^A-Za-z\u00c0-\u024f]", "", p).isupper() for p in parts)


def title_of(title_text, field):
    """Pick the canonical title from the title text."""
    found = []
    for pat, canon, typ in TITLE_PATTERNS:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(pat) + r"(?![A-Za-z])", title_text):
            found.append((m.start(), -len(pat), canon, typ))
    if not found:
        return None
    found.sort()
    # remove matches nested in longer ones
    picked = []
    for st, nl, canon, typ in found:
        end = st - nl
        if any(ps <= st and end <= pe for ps, pe, _, _ in picked):
            continue
        picked.append((st, end, canon, typ))
    want = "gov" if field == "head of government" else "state"
    for st, end, canon, typ in picked:
        if typ == want:
            return canon
    return picked[0][2]


def parse_person_segment(seg, field, inherited_title=None, country=None):
    """Parse 'Title Given FAMILY trailing (since D Month YYYY)' -> dict or None."""
    raw = seg
    start = end = None
    for m in re.finditer(r"\(([^()]*)\)", seg):
        inner = m.group(1)
        if start is None:
            mp = re.search(r"for the period\s+(.+?)\s+-\s+(.+)$", inner)
            if mp:
                start, end = parse_date(mp.group(1)), parse_date(mp.group(2))
                continue
            ms = re.search(r"since\s+([^;,)]+)", inner)
            if ms:
                start = parse_date(ms.group(1))
                continue
            if re.fullmatch(r"\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*", inner):
                start = parse_date(inner)
    nick = None
    mp2 = re.search(r"\(([A-Z][a-z]+)\)\s+(?=[A-Z]{2})", seg)
    if mp2:
        nick = mp2.group(1)
    mq = re.search(r'"([^"]+)"', seg)
    if mq:
        nick = mq.group(1)
        seg = seg.replace(mq.group(0), " ")
    seg = remove_parens(seg)
    seg = re.sub(r"\s+was overthrown.*$", "", seg)
    seg = re.sub(r",\s+(?:RN|the officer)\b.*$", "", seg)
    seg = re.sub(r"(?<=[A-Z]{2})\s+of\s+(?:the\s+)?[A-Z][a-z]+$", "", seg)
    suffix = None
    ms = re.search(r",?\s+(Jr\.|Sr\.)\s*$", seg)
    if ms:
        suffix = ms.group(1)
        seg = seg[:ms.start()]
    seg = seg.strip(" ,;")
    toks = seg.split()
    if not toks:
        return None
    # locate the family-name run: the last run of upper-case tokens
    caps_idx = [i for i, t in enumerate(toks) if is_caps_token(t) or
                (("-" in t or "'" in t) and has_caps_part(t))]
    # ignore acronyms inside the title (GNU, CNSP, UK) when a later run exists
    if not caps_idx:
        return None
    # runs
    runs, cur = [], [caps_idx[0]]
    for i in caps_idx[1:]:
        if i == cur[-1] + 1 or (ROMAN.match(toks[i]) and i == cur[-1] + 1):
            cur.append(i)
        elif i == cur[-1] + 2 and toks[cur[-1] + 1].lower() in PARTICLES and toks[cur[-1] + 1].islower() is False:
            cur += [cur[-1] + 1, i]
        else:
            runs.append(cur)
            cur = [i]
    runs.append(cur)
    # choose the last run that is not a title acronym; a run made only of a
    # roman numeral is a regnal number unless it starts the name ("XI Jinping")
    run = None
    for r in reversed(runs):
        words = [toks[i] for i in r]
        if all(w.lower().strip(",.") in TITLE_WORDS for w in words):
            continue
        if all(ROMAN.match(w) for w in words):
            prev = toks[r[0] - 1] if r[0] > 0 else ""
            nxt = toks[r[-1] + 1] if r[-1] + 1 < len(toks) else ""
            if not (nxt[:1].isupper() and not nxt.isupper() and (prev == "" or prev.lower() in TITLE_WORDS)):
                continue
            return _finish_person(toks, r, field, inherited_title, start, end, nick, suffix, raw, country, name_first=True)
        run = r
        break
    if run is None:
        return None
    return _finish_person(toks, run, field, inherited_title, start, end, nick, suffix, raw, country)


def _finish_person(toks, run, field, inherited_title, start, end, nick, suffix, raw, country=None, name_first=False):
    if "former" in [t.lower() for t in toks[:run[0]]]:
        return None
    a, b = run[0], run[-1]
    family_toks = toks[a:b + 1]
    trail = toks[b + 1:]
    # trailing roman numerals (regnal numbers) belong to the name run
    # given names: walk back over non-title words
    j = a - 1
    given = []
    particles_before = []
    while j >= 0 and toks[j].lower() in PARTICLES and (toks[j].islower() or len(toks[j]) <= 3):
        particles_before.insert(0, toks[j])
        j -= 1
    while j >= 0:
        w = toks[j]
        wl = w.lower().rstrip(",")
        if wl in TITLE_WORDS or w.endswith(","):
            break
        if not (w[0].isupper() or w[0] == "'" or w.startswith("d'")):
            break
        given.insert(0, w)
        j -= 1
    title_text = " ".join(toks[:j + 1])
    title = title_of(title_text, field) or inherited_title
    if title is None:
        title = "Head of Government" if field == "head of government" else "Head of State"

    fam = [name_case(t, k == 0) for k, t in enumerate(family_toks)]
    if name_first:
        fam = [family_toks[0][0] + family_toks[0][1:].lower()]
    fam = particles_before + fam
    # a family token like 'Hoseini-KHAMENEI': the upper-case part is the known name
    core_family = " ".join(fam)
    alt_family = None
    if len(family_toks) == 1 and "-" in family_toks[0]:
        parts = family_toks[0].split("-")
        up = [p for p in parts if p.isupper() and len(p) >= 2]
        if len(up) == 1 and len(parts) == 2 and parts[0] not in ("al", "el", "Al") and parts[1] == up[0]:
            alt_family = name_case(up[0])
    trail_c = [t if not t.isupper() or len(t) < 2 else name_case(t) for t in trail]
    sfx = [suffix] if suffix else []
    roman_tail = []
    while fam and ROMAN.match(fam[-1]) and len(fam) > 1 and not name_first:
        roman_tail.insert(0, fam.pop())
    fam_str = " ".join(fam)

    full = " ".join(given + fam + roman_tail + trail_c + sfx)
    if roman_tail:
        canonical = " ".join(fam + roman_tail + trail_c)
    elif given and not trail:
        canonical = " ".join([given[0]] + ([alt_family] if alt_family else fam) + sfx)
    elif given:
        canonical = " ".join([given[0]] + ([alt_family] if alt_family else fam) + sfx)
    else:
        canonical = " ".join(fam + trail_c + sfx)
    if given and len(given) > 1 and given[0] in ("Abdel", "Abdul", "Abd", "Abu", "Abdal") and not roman_tail:
        canonical = " ".join(given[:2] + ([alt_family] if alt_family else fam) + sfx)
    if country == "ESP" and given and len(fam) == 2 and not any(t.lower() in PARTICLES for t in fam):
        canonical = " ".join([given[0], fam[0]])
        extra_short = fam[0]
    else:
        extra_short = None
    aliases = []
    if full != canonical:
        aliases.append(full)
    if alt_family:
        aliases.append(" ".join([given[0]] + fam + sfx) if given else " ".join(fam + trail_c + sfx))
    if given:
        for g in given[1:]:
            if "." in g or len(g) < 3:
                continue
            aliases.append(" ".join([g, alt_family or fam_str]))
        if trail and trail[0].lower() in PARTICLES:
            aliases.append(" ".join(fam + trail_c))
    elif len(trail_c) >= 2 and trail_c[1].lower() not in PARTICLES and trail_c[0].lower() not in PARTICLES \
            and not (len(trail_c) == 2 and len(fam) == 1 and len(fam[0]) <= 4):
        aliases.append(" ".join(fam + trail_c[:1]))
    if nick:
        aliases.append(" ".join([name_case(nick)] + ([alt_family] if alt_family else fam) + sfx))
    short = []
    if roman_tail:
        short.append(fam_str)
    else:
        short.append(alt_family or fam_str)
        if fam and fam[0].lower() in ("al", "el") and len(fam) > 1:
            short.append(" ".join(fam[1:]))
        m = re.match(r"^(?:al|el)-(.+)$", fam_str)
        if m:
            short.append(m.group(1))
        if alt_family and fam_str != alt_family:
            short.append(fam_str)
    if extra_short:
        short.insert(0, extra_short)
    if len(family_toks) == 1 and "-" in family_toks[0] and given:
        hp = family_toks[0].split("-")
        if len(hp) == 2 and hp[0].isupper() and len(hp[0]) >= 2 and not hp[1].isupper():
            aliases.append(given[0] + " " + name_case(hp[0]))
            short.append(name_case(hp[0]))
    single = len(canonical.split()) == 1
    return {"canonical": canonical, "aliases": aliases, "short": short, "title": title,
            "start": start, "end": end, "single": single, "raw": raw}


def parse_exec_text(text, field, country=None):
    """Return list of (person dict, represented flag)."""
    t = clean_text(text)
    if not t:
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    if re.fullmatch(r".*\(vacant\)\s*", t) or t.lower().startswith(("none", "vacant")):
        return []
    t = re.sub(r"\),\s*represented by", "); represented by", t)
    out = []
    prev_title = None
    for seg in split_top(t, ";"):
        represented = False
        s = seg
        m = re.search(r"\b(?:is|are) represented by\b", s)
        if m:
            s = s[m.end():]
            represented = True
        if s.lower().startswith("represented by"):
            s = s[len("represented by"):].strip()
            represented = True
        if s.lower().startswith("and "):
            s = s[4:]
        if s.lower().startswith("also spelled") and out:
            alt = s[len("also spelled"):].strip()
            if alt and is_latin(alt) and len(alt.split()) <= 3:
                out[-1][0]["aliases"].append(alt)
            continue
        if "was overthrown" in s or s.lower().startswith("former"):
            report("people-unparsed", "%s: %r (former office holder)" % (field, seg))
            continue
        # "Captains Regent Matteo ROSSI and Lorenzo BUGLI (...)"
        subsegs = [s]
        mm = re.match(r"^(.*?[A-Z]{2,}\S*)\s+and\s+([A-Z][a-z].*)$", s)
        if mm and "Prime Minister" not in mm.group(2)[:20]:
            tail_paren = re.search(r"\([^()]*\)\s*$", mm.group(2))
            first = mm.group(1) + (" " + tail_paren.group(0) if tail_paren else "")
            subsegs = [first, mm.group(2)]
        for k, ss in enumerate(subsegs):
            p = parse_person_segment(ss, field, inherited_title=prev_title if k > 0 else None, country=country)
            if p is None:
                report("people-unparsed", "%s: %r" % (field, seg))
                continue
            prev_title = p["title"]
            out.append((p, represented))
    return out


def parse_force_item(s):
    """'Navy (PLAN, includes Marine Corps (PLANMC))' -> (name, [aliases])."""
    s = s.strip(" .;,")
    inner = []
    m = re.match(r"^([^()]*?)\s*\((.*)\)\s*(.*)$", s)
    if m:
        base, par, tail = m.group(1), m.group(2), m.group(3)
        for x in split_top(par, ",;"):
            for y in split_or(x):
                y = y.strip()
                if re.match(r"^(?:includes|including|commonly|subordinate|under|also|formerly|a |an |the |part|see|note|as |in )", y, re.I):
                    continue
                y = remove_parens(y)
                if y and y[0].isupper() and len(y.split()) <= 6 and not re.search(r"\d", y):
                    inner.append(y)
        s = base + ((" " + tail) if tail and not tail.startswith(("(", ",")) else "")
    forms = split_or(remove_parens(s))
    if not forms:
        return None, []
    return forms[0], forms[1:] + inner
