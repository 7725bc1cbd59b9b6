"""One entry per person: the duplicate finder over the merged people.

The sources spell one person in several ways (Phoenix lists a minister under
each cabinet's spelling, the factbook and the curated lists have their own),
so after the curated merge the same person can still have two or more
entries. Three checks find the candidate pairs:

- **same words**: one entry's name (or alias) is another's in another order
  ("Goh Chok Tong" / "Chok Tong Goh") or with other punctuation;
- **name inside name**: one entry's name is inside another's, in order, in
  the same country ("Mariano Rajoy" / "Mariano Rajoy Brey", "Ivy Dumont" /
  "Dame Ivy Dumont");
- **same office, same day**: two entries of one country have roles that
  start on the same day, one of them a named office, and every word of the
  shorter name is, give or take a vowel or a letter, a word of the other
  ("Abdallah II" and "Abdullah II of Jordan", King from 1999-02-07).

A candidate pair is kept apart when the reviewed table
`tables/not_same_person.tsv` says so, or when the evidence speaks against
it (decide()): two Wikidata QIDs; both curated; names with "bin"/"ibn" whose order makes each
the other's son; a name inside the patronymic chain of the other; two
countries; a full form of one that the other contradicts; for a name
inside another, no first or last word in common, no dated roles, roles
more than four years apart (one year for names written family name
first), a shorter name inside several longer ones that name different
people, or a two-word name of words common in the country. Everything else
is merged: the kept entry is the curated one, else the factbook one, else
the one with more name words (keep_rank); it takes the other names as
aliases, and their short forms (not those of a reordered name), roles and
sources, and its Wikidata QID when it has none.

The pairs merged and kept apart (and, from gen/kinds.py, gen/people.py and
gen/organizations.py, the kind decisions, the country corrections, the
parties merged and the doubts left) are
reported to stderr and collected in `DEDUPE_REPORT`, which the pipeline
writes to `gazetteers/reports/dedupe.json`."""

import collections
import json
import os
import re

from .fold import fold
from .merge import entity_countries, merge_entity_into
from .report import report
from .tables import (FAMILY_FIRST, NOT_FAMILY_NAMES, NOT_SAME_PERSON, PARTICLES, PHX_SECTOR_TITLES,
                     TITLE_WORDS)
from .text import alias_text

# Particles that name a father: in names with one of them the order of the
# words says who is whose son ("Hamad bin Khalifa" / "Khalifa bin Hamad").
PATRONYMIC = frozenset(["bin", "ibn", "bint", "ben", "ould", "ag", "wad", "walad"])
# Role titles that name no office (Phoenix's sectors).
SECTOR_TITLES = frozenset(PHX_SECTOR_TITLES.values())
ROMAN = re.compile(r"^[ivx]+$")
# Honorifics and titles inside source names ("Sheikh Hamad ...", "Dame Ivy
# Dumont"): not compared when two full names are checked for disagreement.
HONORIFICS = frozenset(["sheikh", "shaikh", "sheik", "king", "queen", "prince", "princess",
                        "emir", "amir", "sultan", "hajji", "haji", "alhaji", "hadja", "dato",
                        "datuk", "seri", "syed", "sayyed", "sayyid", "makhdoom", "lyonpo",
                        "dasho", "maitre", "daw", "dr", "sir", "dame", "lord", "lady",
                        "hojatolislam", "hojjat", "ol", "eslam", "ayatollah", "u", "samdech",
                        "bishop", "commodore", "rear", "admiral", "maulana", "mian", "hajia",
                        "alhaji", "hadj", "cpp", "kpa", "f", "of", "the"]) | TITLE_WORDS
# Roles of two entries that end and start within this many days of each
# other are "adjacent": Phoenix lists a minister under a new spelling in a
# later cabinet list, sometimes after a few years out of office. Names
# written family name first are short and shared by many: there the roles
# must overlap or follow within a year.
ADJACENT_DAYS = 4 * 372
ADJACENT_DAYS_FAMILY_FIRST = 372

# What the step did, for gazetteers/reports/dedupe.json (gen/pipeline.py
# writes it; the generator's report reads it).
DEDUPE_REPORT = {}


def reset_report():
    DEDUPE_REPORT.clear()
    for k in ("kinds", "people_merged", "people_kept_apart", "parties_merged", "countries",
              "doubts"):
        DEDUPE_REPORT[k] = []


reset_report()


class DedupeError(Exception):
    pass


# ---------------------------------------------------------------- names

def name_tokens(text):
    """The words of a name as compared here: folded, with hyphens, periods
    and apostrophes taken as word breaks or dropped ("al-Zawahiri" ->
    ["al", "zawahiri"], "A." -> ["a"])."""
    f = fold(text).replace(".", " ").replace("'", "").replace("\u2019", "")
    return [t for t in re.split(r"[\s\-]+", f) if t]


def forms(e):
    return [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]


def skeleton(tok):
    """A word without vowels, doubled letters and a final h, for comparing
    transliterations ("Muhammad", "Mohammed" -> "mhmd")."""
    if ROMAN.match(tok):
        return tok
    s = re.sub(r"[aeiouy]", "", tok)
    s = re.sub(r"(.)\1+", r"\1", s)
    if len(s) > 3 and s.endswith("h"):
        s = s[:-1]  # "Khalifah", "Khalifa"
    return s if len(s) >= 2 else tok


def _edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def similar_word(a, b):
    """Are two name words spellings of one name? Equal skeletons; or, for
    skeletons of five letters or more, one letter apart (two for seven or
    more: "Sarkisyan"/"Sargsyan", "Berdymukhammedov"/"Berdimuhamedow");
    or, for three or four, one letter replaced, the first kept
    ("Rafiq"/"Rafic", not "Muhammad"/"Ahmad")."""
    if a == b:
        return True
    if ROMAN.match(a) or ROMAN.match(b):
        return False
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    n = min(len(sa), len(sb))
    if n < 3:
        return False
    if n < 5:
        return len(sa) == len(sb) and sa[0] == sb[0] and sum(x != y for x, y in zip(sa, sb)) == 1
    return _edit_distance(sa, sb) <= (2 if n >= 7 else 1)


def significant(tokens):
    return [t for t in tokens if t not in PARTICLES]


def similar_names(a, b):
    """Is every significant word of the shorter name a spelling of a word
    of the longer one?"""
    ta, tb = significant(name_tokens(a)), significant(name_tokens(b))
    if len(ta) > len(tb):
        ta, tb = tb, ta
    return bool(ta) and all(any(similar_word(x, y) for y in tb) for x in ta)


def father_links(tokens):
    """The (son, father) pairs a name states with its patronymic particles
    ("Hamad bin Khalifa" -> {("hamad", "khalifa")})."""
    out = set()
    for k in range(1, len(tokens) - 1):
        if tokens[k] in PATRONYMIC and tokens[k - 1] not in PATRONYMIC:
            out.add((tokens[k - 1], tokens[k + 1]))
    return out


def compatible_names(x, y):
    """Two names that do not disagree: not both have a word the other
    lacks (honorifics aside)."""
    tx, ty = name_tokens(x), name_tokens(y)
    return not (_unmatched(tx, ty) and _unmatched(ty, tx))


def alignments(short, long):
    """The start positions in `long` of every in-order match of the words of
    `short` (a multiset subsequence)."""
    out = []

    def rec(i, j, first):
        if i == len(short):
            out.append(first)
            return
        for k in range(j, len(long)):
            if long[k] == short[i]:
                rec(i + 1, k + 1, k if first is None else first)
    rec(0, 0, None)
    return sorted(set(out))


# ---------------------------------------------------------------- dates

def _day(d, hi=False):
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a day number, the first
    or (hi) the last day it can mean."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d or "")
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if hi else 1)
    dd = int(m.group(3)) if m.group(3) else (28 if hi else 1)
    return y * 372 + (mo - 1) * 31 + (dd - 1)


def spans(e):
    out = []
    for r in e.get("roles") or []:
        s, t = r.get("start"), r.get("end")
        if not s and not t:
            continue
        out.append((_day(s) if s else -10 ** 9, _day(t, True) if t else 10 ** 9))
    return out


def role_gap(a, b):
    """The days between the nearest dated roles of two entries (0 when they
    overlap); None when one has no dated role."""
    sa, sb = spans(a), spans(b)
    if not sa or not sb:
        return None
    best = None
    for x0, x1 in sa:
        for y0, y1 in sb:
            g = max(0, max(x0, y0) - min(x1, y1))
            best = g if best is None else min(best, g)
    return best


# ---------------------------------------------------------------- checks

def country_of(e):
    return e.get("country")


def compatible_countries(a, b):
    ca, cb = entity_countries(a), entity_countries(b)
    return bool(ca & cb)


def check_same_words(people):
    """Pairs whose forms have the same words in another order (or with other
    punctuation)."""
    by = collections.defaultdict(set)
    for i, e in enumerate(people):
        for f in forms(e):
            t = name_tokens(f)
            if len(t) >= 2:
                by[tuple(sorted(t))].add(i)
    out = {}
    for key, idx in sorted(by.items()):
        idx = sorted(idx)
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                out.setdefault((idx[x], idx[y]), " ".join(key))
    return [(i, j, "same-words", d) for (i, j), d in sorted(out.items())]


def contiguous(short, long):
    n = len(short)
    return any(long[k:k + n] == short for k in range(len(long) - n + 1))


def inside_shape(ta, tb, country):
    """Does the shorter name stand in the longer one as the same person's
    name would: sharing its first or last word, and for names written family
    name first as one run of words ("Aung Kyi" is not "Aung San Suu Kyi")?"""
    if not (ta[0] == tb[0] or ta[-1] == tb[-1]):
        return False
    return country not in FAMILY_FIRST or contiguous(ta, tb)


def check_inside(people):
    """Pairs where one name is inside the other, in order, in the same
    country (decide() keeps apart those that share neither the first nor
    the last word, and for names written family name first those that are
    not one run of words)."""
    index = collections.defaultdict(list)
    toks = [name_tokens(e["name"]) for e in people]
    for i, e in enumerate(people):
        for t in set(toks[i]):
            index[(country_of(e), t)].append(i)
    out = []
    for i, e in enumerate(people):
        ta = toks[i]
        if len(ta) < 2 or country_of(e) is None:
            continue
        cands = None
        for t in set(ta):
            lst = index[(country_of(e), t)]
            if cands is None or len(lst) < len(cands):
                cands = lst
        for j in cands:
            tb = toks[j]
            if j == i or len(tb) <= len(ta):
                continue
            if not alignments(ta, tb):
                continue
            out.append((i, j, "name-inside", "%r inside %r" % (e["name"], people[j]["name"])))
    return out


def check_same_office_day(people):
    """Pairs of one country with roles starting on the same day, one of them
    a named office, whose names are spellings of each other."""
    by = collections.defaultdict(list)
    for i, e in enumerate(people):
        for r in e.get("roles") or []:
            s = r.get("start") or ""
            # a role that names no office (a legislature's members start on one day)
            if len(s) != 10 or s.endswith("-01-01") or r.get("office") is False:
                continue
            by[(r.get("country") or "", s)].append((i, r["title"]))
    out = {}
    for (c, s), lst in sorted(by.items()):
        seen = {}
        for i, t in lst:
            if t not in SECTOR_TITLES or i not in seen:
                seen[i] = t
        items = sorted(seen.items())
        for x in range(len(items)):
            for y in range(x + 1, len(items)):
                (i, ti), (j, tj) = items[x], items[y]
                if ti in SECTOR_TITLES and tj in SECTOR_TITLES:
                    continue
                if not similar_names(people[i]["name"], people[j]["name"]):
                    continue
                out.setdefault((i, j), "%s %s from %s" % (ti if ti not in SECTOR_TITLES else tj, c, s))
    return [(i, j, "same-office-day", d) for (i, j), d in sorted(out.items())]


# ---------------------------------------------------------------- decisions

def _unmatched(ta, tb):
    """The significant words of `ta` with no spelling in `tb` (an initial
    matches a word with that first letter)."""
    out = []
    for x in significant(ta):
        if x in HONORIFICS:
            continue
        if len(x) == 1:
            if not any(y.startswith(x) for y in tb):
                out.append(x)
        elif not any(similar_word(x, y) for y in tb):
            out.append(x)
    return out


def _full_form_conflict(short_e, long_e):
    """A longer full form of `short_e` (an alias) and the name of `long_e`
    that both have words the other lacks: the two names disagree ("Jigme
    Wangchuck", alias "Jigme Khesar Namgyel Wangchuck", is not "Jigme Singye
    Wangchuck")."""
    tl = name_tokens(long_e["name"])
    ts = name_tokens(short_e["name"])
    for f in forms(short_e)[1:]:
        tf = name_tokens(f)
        if len(tf) <= len(ts) or _unmatched(ts, tf):
            continue
        if _unmatched(tf, tl) and _unmatched(tl, tf):
            return f
    return None


def word_counts(people):
    """(country, word) -> the number of entries of the country whose name
    has the word. The people only every-politician-scrapers gives (its
    office holders and legislators, gen/officeholders.py) are not counted:
    the threshold below was set on the other sources' names."""
    c = collections.Counter()
    for e in people:
        if e.get("sources") == ["everypolitician"]:
            continue
        for t in set(significant(name_tokens(e["name"]))):
            c[(country_of(e), t)] += 1
    return c


# A two-word name inside a longer one is taken as the same person only if
# one of its words is this rare in its country (in at most this many
# names), or if it is curated or from the factbook: "Amadou Ba" inside
# "Amadou Tidiane Ba" says nothing in Senegal.
RARE_WORD_NAMES = 3


def _attested(e):
    """Curated or factbook entries, whose roles are a few major offices (so
    their dates say little about other roles)."""
    srcs = e.get("sources") or []
    return "curated" in srcs or "factbook" in srcs


def decide(people, i, j, check, inside_of, counts):
    """("merge" or "keep", reason) for a candidate pair."""
    a, b = people[i], people[j]
    row = NOT_SAME_PERSON.get(frozenset((a["id"], b["id"])))
    if row is not None:
        return "keep", "tables/not_same_person.tsv: " + row
    if a.get("wikidata") and b.get("wikidata") and a["wikidata"] != b["wikidata"]:
        return "keep", "two Wikidata QIDs (%s, %s): two people" % (a["wikidata"], b["wikidata"])
    if "curated" in (a.get("sources") or []) and "curated" in (b.get("sources") or []):
        return "keep", "both curated: two curated entries are two people unless curated/ says otherwise"
    ca, cb = country_of(a), country_of(b)
    if check == "same-words":
        if ca is None and cb is None:
            ta = [name_tokens(f) for f in forms(a)]
            tb = [name_tokens(f) for f in forms(b)]
            if any(x == y for x in ta for y in tb):
                return "merge", "the same name, no country"
            return "keep", "no country to compare"
        if ca is None or cb is None:
            return "keep", "only one of them has a country"
        if not compatible_countries(a, b):
            return "keep", "different countries (%s, %s)" % (ca, cb)
        la = set().union(*[father_links(name_tokens(f)) for f in forms(a)])
        lb = set().union(*[father_links(name_tokens(f)) for f in forms(b)])
        swapped = {(x, y) for x, y in la if (y, x) in lb}
        if swapped:
            x, y = sorted(swapped)[0]
            return "keep", "one name says %s is the son of %s, the other the reverse: father and son" % (x, y)
        g = role_gap(a, b)
        if g is not None and g > ADJACENT_DAYS and not _attested(a) and not _attested(b):
            return "keep", "roles %d years apart" % round(g / 372)
        return "merge", "the same words"
    if check == "name-inside":
        ta, tb = name_tokens(a["name"]), name_tokens(b["name"])
        if not inside_shape(ta, tb, ca):
            return "keep", ("the names share neither the first nor the last word"
                            if not (ta[0] == tb[0] or ta[-1] == tb[-1]) else
                            "a name written family name first inside another, but not as one run of words")
        starts = alignments(ta, tb)
        if all(s > 0 and tb[s - 1] in PATRONYMIC for s in starts):
            return "keep", "%r is in the patronymic chain of %r (a father or forebear)" % (a["name"], b["name"])
        f = _full_form_conflict(a, b)
        if f:
            return "keep", "the full form %r of %s is not %r" % (f, a["id"], b["name"])
        words = [t for t in significant(ta) if t not in HONORIFICS]
        if len(words) < 3 and not _attested(a) and \
                not any(counts[(ca, t)] <= RARE_WORD_NAMES for t in words):
            return "keep", "%r: two words, both common in names of %s" % (a["name"], ca)
        others = inside_of[i]
        if any(not compatible_names(people[x]["name"], people[y]["name"])
               for x in others for y in others if x < y):
            return "keep", "%r is inside %d longer names of %s that name different people" % (
                a["name"], len(others), ca)
        g = role_gap(a, b)
        if g is None:
            return "keep", "no dated roles to compare"
        limit = ADJACENT_DAYS_FAMILY_FIRST if ca in FAMILY_FIRST else ADJACENT_DAYS
        if g > limit:
            return "keep", "roles %d years apart" % round(g / 372)
        return "merge", "same country, roles %s" % ("overlapping" if g == 0 else "adjacent")
    if check == "same-office-day":
        if not compatible_countries(a, b):
            return "keep", "different countries"
        f = _full_form_conflict(a, b) or _full_form_conflict(b, a)
        if f:
            return "keep", "the full form %r disagrees with the other name" % f
        return "merge", "same office on the same day, names are spellings of each other"
    raise DedupeError("unknown check " + check)


def keep_rank(e, order_score):
    """Which entry of a group to keep: the curated one, else the factbook
    one, else the one with the most name words (honorifics, titles and
    party prefixes of source names not counted, and the fewer of them the
    better: "Ivy Dumont", not "Dame Ivy Dumont"), else one that does not
    begin with a particle ("Bin Alawi bin Abdallah Yusuf" is the source's
    rotation of "Yusuf bin Alawi bin Abdallah"), else the usual order of
    the words, else the most roles."""
    srcs = e.get("sources") or []
    t = name_tokens(e["name"])
    real = [x for x in t if x not in HONORIFICS]
    return ("curated" in srcs, "factbook" in srcs, len(real), -(len(t) - len(real)),
            bool(t) and t[0] not in PARTICLES, order_score(e), len(e.get("roles") or []),
            len(e.get("aliases") or []), e["id"])


def _order_scorer(people):
    """Which of two orders of the same words to keep: for names written
    family name first, the entry with the latest role (Phoenix's earlier
    cabinet lists put the family name last: "Chok Tong Goh" in 2003,
    "Goh Chok Tong" later); elsewhere the one whose first word most often
    starts a name (a given name: "Emilia Boncodin", not "Boncodin
    Emilia")."""
    first = collections.Counter()
    for e in people:
        t = significant(name_tokens(e["name"]))
        if len(t) >= 2:
            first[t[0]] += 1

    def score(e):
        if e.get("country") in FAMILY_FIRST:
            days = [_day(r.get("end"), True) if r.get("end") else
                    (10 ** 9 if r.get("start") else None) for r in e.get("roles") or []]
            days = [d for d in days if d is not None]
            return max(days) if days else 0
        t = significant(name_tokens(e["name"]))
        return first[t[0]] if t else 0
    return score


def union_find(n, pairs):
    """The root finder of the partition of range(n) that joins each pair."""
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for i, j in pairs:
        parent[find(i)] = find(j)
    return find


def merge_into(target, e, keep_shorts=True):
    shorts = e.get("short")
    if not keep_shorts:
        e = dict(e)
        e.pop("short", None)
    merge_entity_into(target, e)
    if not target.get("country") and e.get("country"):
        target["country"] = e["country"]
    if not target.get("category") and e.get("category"):
        target["category"] = e["category"]
    if not target.get("wikidata") and e.get("wikidata"):
        target["wikidata"] = e["wikidata"]
    for k, v in e.items():
        if k.startswith("_") and isinstance(v, list):
            lst = list(target.get(k) or [])
            for x in v:
                if x not in lst:
                    lst.append(x)
            target[k] = lst
    return shorts


# ---------------------------------------------------------------- the step

def dedupe_people(people):
    """Finds and merges duplicate people; returns the new list."""
    cands = check_same_words(people) + check_inside(people) + check_same_office_day(people)
    counts = word_counts(people)
    inside_of = collections.defaultdict(list)
    for i, j, c, d in cands:
        if c == "name-inside" and inside_shape(name_tokens(people[i]["name"]),
                                               name_tokens(people[j]["name"]), country_of(people[i])):
            inside_of[i].append(j)
    seen_pairs = set()
    merges = []
    used_rows = set()
    for i, j, check, detail in cands:
        key = frozenset((people[i]["id"], people[j]["id"]))
        if key in seen_pairs:
            continue
        seen_pairs.add(key)
        verdict, reason = decide(people, i, j, check, inside_of, counts)
        if key in NOT_SAME_PERSON:
            used_rows.add(key)
        pair = {"a": people[i]["id"], "b": people[j]["id"], "names": [people[i]["name"], people[j]["name"]],
                "check": check, "detail": detail, "reason": reason}
        if verdict == "merge":
            merges.append((i, j, check, pair))
        else:
            report("people-kept-apart", "%s / %s (%s): %s" % (pair["a"], pair["b"], check, reason))
            DEDUPE_REPORT["people_kept_apart"].append(pair)
    unused = sorted(" / ".join(sorted(k)) for k in set(NOT_SAME_PERSON) - used_rows)
    if unused:
        raise DedupeError("tables/not_same_person.tsv: rows that no check finds (remove them): "
                          + "; ".join(unused))
    # groups of entries that are one person
    find = union_find(len(people), ((i, j) for i, j, check, pair in merges))
    groups = collections.defaultdict(list)
    for i, j, check, pair in merges:
        groups[find(i)].append((i, j, check, pair))
    order_score = _order_scorer(people)
    dropped = set()
    for root, lst in sorted(groups.items()):
        members = sorted({k for i, j, c, p in lst for k in (i, j)})
        keep = max(members, key=lambda k: keep_rank(people[k], order_score))
        target = people[keep]
        curated = [k for k in members if "curated" in (people[k].get("sources") or [])]
        if len(curated) > 1:
            raise DedupeError("people %s would merge two curated entries; list the pair in "
                              "tables/not_same_person.tsv or fix curated/" %
                              ", ".join(people[k]["id"] for k in members))
        reordered = {k for i, j, c, p in lst if c == "same-words" for k in (i, j)}
        for k in members:
            if k == keep:
                continue
            e = people[k]
            merge_into(target, e, keep_shorts=k not in reordered)
            dropped.add(k)
        for i, j, check, pair in lst:
            pair = dict(pair, kept=target["id"])
            report("people-merged", "%s / %s (%s: %s): kept %s" % (pair["a"], pair["b"], check,
                                                                  pair["reason"], target["id"]))
            DEDUPE_REPORT["people_merged"].append(pair)
    out = [e for k, e in enumerate(people) if k not in dropped]
    country_doubts(out)
    return out


# Portuguese-speaking countries, for the doubt below.
LUSOPHONE = frozenset(["PRT", "BRA", "AGO", "MOZ", "CPV", "STP", "GNB", "TLS"])


def country_doubts(people):
    """Doubts left about countries, reported (not changed: no second source
    gives the country): people coded Guinea (GIN) with a Portuguese name (a
    word found among the people's names only in Portuguese-speaking
    countries, or da/dos/das): CountryInfo's Guinea cabinet list, which
    Phoenix copies, also holds Guinea-Bissau's ministers; and people coded
    China whose name begins with a Western given name of
    tables/person_not_family_names.tsv, as Hong Kong's and Macau's officials
    (CountryInfo lists them under China) do."""
    where = collections.defaultdict(set)
    for e in people:
        for t in set(name_tokens(e["name"])):
            where[t].add(e.get("country"))
    out = []
    for e in sorted(people, key=lambda e: e["id"]):
        t = name_tokens(e["name"])
        if e.get("country") == "GIN":
            port = [w for w in t if w in ("da", "dos", "das") or
                    (where[w] & LUSOPHONE and not where[w] - LUSOPHONE - {"GIN"})]
            if port:
                out.append({"id": e["id"], "name": e["name"], "country": "GIN", "maybe": "GNB",
                            "why": "a Portuguese name (%s) among Guinea's ministers; no second source "
                                   "names the country" % ", ".join(sorted(set(port)))})
        elif e.get("country") == "CHN" and t and NOT_FAMILY_NAMES.get(t[0]) == "western-given-name":
            out.append({"id": e["id"], "name": e["name"], "country": "CHN", "maybe": "HKG or MAC",
                        "why": "a name that begins with a Western given name, as Hong Kong's and "
                               "Macau's officials do; no second source names the territory"})
    for d in out:
        report("country-doubts", "%s (%s) coded %s, maybe %s: %s" % (
            d["id"], d["name"], d["country"], d["maybe"], d["why"]))
    DEDUPE_REPORT["doubts"].extend(out)
    return out


def write_report(path):
    """Writes DEDUPE_REPORT as JSON (sorted, one file, deterministic)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(DEDUPE_REPORT, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
