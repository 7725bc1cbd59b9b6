"""Office holders from every-politician-scrapers (gazetteers/sources/
everypolitician, Wikidata data, CC0): links people to their Wikidata QIDs
and adds the holders of national offices and the members of national
legislatures and of the European Parliament that no other source has.

The source gives, per person (a QID), the labels and the terms: a position
of a state (its country), or an international office, with start and end as
Wikidata dates them. Every term becomes a role of source `everypolitician`:
its title is the source's (tables/role_everypolitician_titles.tsv gives the
titles of heads of state and government, foreign and defence ministers the
names the other sources use), an open term is last seen on the date of its
repository's data, a seat in an assembly has `"office": false`.

1. **Linking** (link_people; a person of ours gets the QID): a source
   person's label agrees with a name or alias of ours, by `fold`: as
   written, or with its words in another order, or without middle names
   (the same first and last word, the shorter name's words in the longer
   one; not for names with a patronymic or "al" chain, nor in the
   family-name-first countries), or as a spelling (gen/dedupe.py
   similar_names) of the name of our holder of the same single-holder
   office at the same time; a country of ours (of the entry or a role) is a
   country of the source's terms; and an office of ours with the same
   meaning (the same single-holder office, or the same title) is in that
   country, or a dated role of ours there overlaps a term. The closest
   agreement with candidates decides, except that our curated or Factbook
   holder of the same office at the same time under a spelling of the name
   wins over an entry found by name (its duplicate). Two candidates of ours
   for one source person, or two source persons for one person of ours,
   are ambiguous: nothing is linked. A linked person takes the source's
   roles that no role of another source already records (the same office
   in the same country at an overlapping time).
2. **Adding** (link_people): a source person not linked and not ambiguous
   becomes a person of ours when one of the labels is a usable full name
   (Latin script, two name words or more, capitalised, not common English
   words nor the name of a state, no comma, brackets or digits) that no
   person of ours already has. When several source people share a name,
   the one with the highest office (offices before seats, then the latest
   term) is added. The short form is the family name (gen/people.py
   family_shorts) when it is safe: three letters or more, not a common
   English word, a first name, a particle, a title or the name of a state.
   An added person that the duplicate finder (gen/dedupe.py) would merge
   with a person of ours is not added: that person takes the QID and roles
   (the merge would keep the added entry when its name is longer, and the
   id of ours would go); when that person has another QID, or several
   added people would join it, none of them is added (ambiguous).
   ADD_LEGISLATORS false leaves out those who only have seats.
3. **Conflicts** (settle_roles, after gen/roles.py finalize_roles): a role
   of this source that another person's role holds in a single-holder
   office (tables/role_offices.tsv) on the same days is settled: a handover
   of up to HANDOVER_DAYS on which the dates disagree ends the
   predecessor's role of this source on the successor's start (or starts
   the successor's on the predecessor's end), `approximate`; any other such
   role of this source is left out (a curated or Factbook role stands; of
   two roles of this source in a dispute both go, an acting term inside
   another's goes). Each case is reported (section
   "everypolitician-role-conflicts") and counted.

Terms of local offices (district and municipal bodies), of positions that
are no office ("First Lady"), of the `world` repository's permanent
representatives (no country) and terms without a valid date are left out;
world-leaders-2021 is read only for the states that no country repository
covers."""

import collections
import re

from .dedupe import (HONORIFICS, PATRONYMIC, check_inside, check_same_office_day, check_same_words, country_of,
                     decide, inside_shape, keep_rank, name_tokens, significant, similar_names, union_find,
                     word_counts)
from .filters import all_common
from .fold import fold
from .merge import entity_surface_folds
from .people import NameStats, family_shorts
from .report import report
from .roles import day_hi, day_lo, office_of, ordered, shared_allowed, sure_span, valid_date
from .sources import everypolitician
from .tables import (COMMON_WORDS, FAMILY_FIRST, FIRST_NAMES, KIND_DECISIONS, NOT_FAMILY_NAMES, PARTICLES, TITLE_WORDS,
                     TableError, rows)
from .text import alias_text, is_latin, slugify
from .wikidata import LOG, is_qid

SOURCE = "everypolitician"
# The lists of the extract whose terms are seats in an assembly, not
# offices: national legislatures (legislators) and the European Parliament
# (members).
MEMBERS_LISTS = frozenset(["legislators", "members"])
# Whether members of assemblies who hold no office in the source are added
# as people. They would be the larger part of the people added (36,749):
# they raise person recall on the gold corpora (CrossNER politics +0.026,
# WikiGold +0.038) but take the crate's start-up from about 18 to 31 ms,
# over its 20 ms budget, and bring common names that match the wrong
# person in sports news ("Matt Williams", "Stephen Jones"). Left out.
ADD_LEGISLATORS = False
# Titles of positions that are no office.
NOT_OFFICES = frozenset(["First Lady", "First Gentleman"])
# Local offices: district and municipal bodies, provincial executives.
LOCAL = re.compile(r"(?i)\b(district|raion|municipal|municipality|executive committee|"
                   r"provincial executive|county council)\b")
# International offices of the `world` repository that belong to a state.
NO_COUNTRY = re.compile(r"^Permanent Representative\b")
# How names of the two sides may agree, closest first.
LEVELS = ("the same name", "the same words in another order", "the same name without middle names",
          "a spelling of the name in the same office at the same time")
# Words that make a chain of names (a father's, a family's): the first and
# last word of such a name say little.
CHAIN_WORDS = PATRONYMIC | {"al", "el", "ul", "bin", "ibn", "oglu", "oghlu", "ogly", "uulu"}
# Lower-case words a name may have besides particles.
CONNECTORS = frozenset(["of", "the", "las", "los", "oglu", "oghlu", "ogly", "qizi", "kyzy", "uulu"])
ROMAN_NUMBER = re.compile(r"^[IVXL]+$")


def _load_titles(name="role_everypolitician_titles.tsv"):
    """{(source title, ISO3 or None): role title}."""
    out = {}
    for r in rows(name, 2, 3):
        countries = r[2].split(", ") if len(r) > 2 else [None]
        for c in countries:
            if c is not None and not re.fullmatch(r"[A-Z]{3}", c):
                raise TableError("%s: %r: bad country %r" % (name, r[0], c))
            if (r[0], c) in out:
                raise TableError("%s: %r is listed twice%s" % (name, r[0], " for " + c if c else ""))
            out[(r[0], c)] = r[1]
    return out


TITLES = _load_titles()


# ---------------------------------------------------------------- roles

def role_title(title, country, titles=None):
    """Our role title for a source title in a country."""
    titles = TITLES if titles is None else titles
    t = titles.get((title, country)) or titles.get((title, None))
    if t:
        return t
    return title[:1].upper() + title[1:]


def leader_title(label, country, state_names):
    """A world-leaders-2021 position label without " of <state>" ("President
    of Albania" -> "President"), when it ends with a name of the state."""
    for n in sorted(state_names.get(country, ()), key=len, reverse=True):
        for art in ("", "the "):
            tail = " of " + art + n
            if label.endswith(tail) and len(label) > len(tail):
                return label[:-len(tail)]
    return label


def source_roles(ep, state_names, counts):
    """{person QID: [role]} from the terms of the extract (see the module
    doc for what is left out). A role carries `_position` (the position's
    QID, for the reports) besides the role fields."""
    covered = {p.country for p in ep.positions.values() if p.list in ("holders", "legislators") and p.country}
    out = collections.defaultdict(list)
    for t in ep.terms:
        p = t.position
        if p.list == "leaders" and p.country in covered:
            counts["term of world-leaders-2021 in a state with a repository"] += 1
            continue
        title = leader_title(p.title, p.country, state_names) if p.list == "leaders" else p.title
        if title in NOT_OFFICES or LOCAL.search(title):
            counts["dropped: no office or a local one"] += 1
            continue
        if p.country is None and NO_COUNTRY.search(title):
            counts["dropped: a state's office without its state"] += 1
            continue
        start = t.start if t.start and valid_date(t.start) else None
        end = t.end if t.end and valid_date(t.end) else None
        if (t.start and not start) or (t.end and not end):
            counts["term dates that are no dates (decades) left out"] += 1
        if not start and not end and p.list not in MEMBERS_LISTS:
            counts["dropped: term without a date"] += 1
            continue
        if start and end and day_lo(start) > day_hi(end):
            counts["dropped: term ending before it starts"] += 1
            continue
        r = {"title": role_title(title, p.country), "country": p.country, "start": start, "end": end}
        if not end and not t.end:
            r["last_seen"] = max(p.data_date, start or "")
        if p.list in MEMBERS_LISTS:
            r["office"] = False
        r["source"] = SOURCE
        r["_position"] = p.qid
        r["_list"] = p.list
        r = {k: v for k, v in r.items() if v is not None}
        if r not in out[t.person]:
            out[t.person].append(r)
    return out


def public(role):
    """A role without the fields used here only."""
    return {k: v for k, v in role.items() if not k.startswith("_")}


def loose_span(r):
    """(first, last) day a role may be held: from the first day its start
    may mean to the last day its end (or last_seen) may mean; "0000"/"9999"
    for an unknown side."""
    s, e = r.get("start"), r.get("end") or r.get("last_seen")
    return (day_lo(s) if s and valid_date(s) else "0000", day_hi(e) if e and valid_date(e) else "9999")


def dated(r):
    return any(r.get(k) and valid_date(r[k]) for k in ("start", "end", "last_seen"))


def overlap(a, b):
    (a0, a1), (b0, b1) = loose_span(a), loose_span(b)
    return a0 <= b1 and b0 <= a1


def office_key(r):
    """What office a role names, for comparing roles: the single-holder
    office, else the folded title with its country."""
    return office_of(r) or "%s %s" % (r.get("country"), fold(r["title"]))


# ---------------------------------------------------------------- names

def name_words(text):
    """The words of a name that count for comparing: folded, particles and
    honorifics left out."""
    return [t for t in significant(name_tokens(text)) if t not in HONORIFICS]


def name_keys(text):
    """{(level, key)}: the ways a name is compared (LEVELS). The first and
    last word are a key only for names without a patronymic or "al" chain
    ("Khalid bin Abdullah Al Khalifa" is not "Khalid bin Ahmad Al
    Khalifa")."""
    out = {(0, fold(text))}
    toks = name_words(text)
    if len(toks) >= 2:
        out.add((1, " ".join(sorted(toks))))
        if not set(name_tokens(text)) & CHAIN_WORDS:
            out.add((2, toks[0] + " " + toks[-1]))
    return out


def without_middle_names(a, b):
    """Is one name the other without some of its middle words (the same
    first and last word, the shorter one's words in the longer one in
    order: "George W. Bush" / "George Bush")?"""
    ta, tb = name_words(a), name_words(b)
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if len(ta) < 2 or ta[0] != tb[0] or ta[-1] != tb[-1]:
        return False
    it = iter(tb)
    return all(t in it for t in ta)


def entry_names(e):
    return [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]


def countries_of(e):
    return ({e.get("country")} | {r.get("country") for r in e.get("roles") or []}) - {None}


def agreement(e, roles):
    """How a person of ours agrees with a source person's roles ("office",
    "dates") or None: a role of ours in a country of the source with the
    same office, or dated and overlapping a term there."""
    how = None
    for r in e.get("roles") or []:
        for t in roles:
            if r.get("country") != t.get("country"):
                continue
            if r.get("office") is not False and t.get("office") is not False and office_key(r) == office_key(t):
                return "office"
            if dated(r) and overlap(r, t):
                how = "dates"
    return how


# ---------------------------------------------------------------- names we may add

# A word of a name: capitalised, after an optional particle joined by a
# hyphen or an apostrophe ("al-Maliki", "d'Alema") or a leading okina
# ("‘Akosita"); or a particle alone ("de", "bin").
JOINED_PARTICLE = re.compile("^(?:[a-z]{1,3}[-'\u2019])+(?=\\w)")
ODD = re.compile("[^\\w'\u2019\u2018.\\-]")


def name_word_problem(w):
    if fold(w) in PARTICLES or fold(w) in CONNECTORS or ROMAN_NUMBER.match(w):
        return None
    if ODD.search(w):
        return "odd characters"
    core = JOINED_PARTICLE.sub("", w).lstrip("\u2018\u2019'")
    if not core[:1].isupper():
        return "a word that is not capitalised"
    if len(core.replace(".", "")) > 3 and core.isupper():
        return "a word in capitals"
    return None


def usable_name(text, state_folds):
    """Why a source label cannot be the name of a person we add, or None."""
    if not text or not is_latin(text):
        return "not in Latin script"
    if re.search(r"[,()\[\]/\d\"]", text):
        return "a comma, brackets, digits or quotes"
    words = text.split()
    toks = [t for t in significant(name_tokens(text)) if len(t) > 1 and t not in CONNECTORS]
    if len(words) < 2 or len(toks) < 2:
        return "fewer than two name words"
    for w in words:
        why = name_word_problem(w)
        if why:
            return why
    if all_common(text, first_names=False):
        return "common English words"
    if fold(text) in state_folds:
        return "the name of a state"
    return None


def safe_short(s, state_folds):
    f = fold(s)
    if len(f) < 3 or not s[:1].isupper() or f in COMMON_WORDS or f in FIRST_NAMES or f in PARTICLES \
            or f in HONORIFICS or f in TITLE_WORDS or f in NOT_FAMILY_NAMES or f in state_folds \
            or re.search(r"[^\w'\u2019\-]", s):
        return False
    return True


def rank(roles):
    """Which of several source people sharing a name to add: office holders
    before legislators, then the latest term."""
    holder = any(r["_list"] not in MEMBERS_LISTS for r in roles)
    last = max(r.get("end") or r.get("last_seen") or r.get("start") or "" for r in roles)
    return (holder, last)


def primary_country(roles):
    """The country of the latest office (legislatures after offices)."""
    best = None
    for r in roles:
        if not r.get("country"):
            continue
        k = (r["_list"] not in MEMBERS_LISTS, r.get("end") or r.get("last_seen") or r.get("start") or "")
        if best is None or k > best[0]:
            best = (k, r["country"])
    return best[1] if best else None


# ---------------------------------------------------------------- the step

def state_tables(state_ents):
    """({ISO3: [names]}, {folded name, alias or demonym of a state})."""
    names, folds = {}, set()
    for s in state_ents:
        forms = [s["name"]] + [alias_text(a) for a in s.get("aliases") or []]
        if s.get("country"):
            names.setdefault(s["country"], []).extend(forms)
        folds |= {fold(t) for t in forms + [alias_text(d) for d in s.get("demonyms") or []]}
    return names, folds


def same_office_spellings(people, offices, roles, names):
    """Entries of ours holding a single-holder office of the source's roles
    at an overlapping time whose name is a spelling of a source label
    (gen/dedupe.py similar_names: "Kang Kyung-wha" / "Kang Kyung-hwa")."""
    out = set()
    for t in roles:
        o = office_of(t)
        if not o:
            continue
        for i, r in offices.get(o, ()):
            if dated(r) and overlap(r, t) and any(similar_names(a, b) for a in entry_names(people[i])
                                                  for b in names):
                out.add(i)
    return out


def link(people, persons, ep, counts):
    """Links people of ours to source persons; returns {QID: entry}."""
    index = collections.defaultdict(set)
    for i, e in enumerate(people):
        for t in entry_names(e):
            for k in name_keys(t):
                index[k].add(i)
    offices = collections.defaultdict(list)     # single-holder office -> [(entry index, role)]
    for i, e in enumerate(people):
        for r in e.get("roles") or []:
            o = office_of(r)
            if o:
                offices[o].append((i, r))
    proposals = collections.defaultdict(list)   # entry index -> [(qid, level, how)]
    for q in sorted(persons):
        roles = persons[q]
        if not roles:
            continue
        keys = set()
        for n in ep.names.get(q, []):
            keys |= name_keys(n)
        src_countries = {r.get("country") for r in roles} - {None}
        found = None
        for level in range(len(LEVELS)):
            cands = set()
            if level == 3:
                cands = same_office_spellings(people, offices, roles, ep.names.get(q, []))
            for lv, k in keys:
                if lv == level:
                    cands |= index.get((lv, k), set())
            passing = []
            for i in sorted(cands):
                e = people[i]
                if not countries_of(e) & src_countries:
                    continue
                if level == 2 and (countries_of(e) & FAMILY_FIRST or not any(
                        without_middle_names(a, b) for a in entry_names(e) for b in ep.names.get(q, []))):
                    continue
                how = agreement(e, roles)
                if how:
                    passing.append((i, how))
            if passing:
                found = (level, passing)
                break
        if found is None:
            continue
        level, passing = found
        if level < 3 and len(passing) == 1:
            # the curated or Factbook holder of the same office at the same
            # time, under a spelling of the name, is the person of ours that
            # takes the QID (the entry found by name is its duplicate)
            attested = [i for i in sorted(same_office_spellings(people, offices, roles, ep.names.get(q, [])))
                        if {"curated", "factbook"} & set(people[i].get("sources") or [])
                        and countries_of(people[i]) & src_countries]
            if len(attested) == 1 and attested[0] != passing[0][0]:
                LOG.note(SOURCE, "%s (%s): the %s holder %s rather than %s" % (
                    q, ep.names[q][0], "curated" if "curated" in people[attested[0]]["sources"] else "Factbook",
                    people[attested[0]]["id"], people[passing[0][0]]["id"]))
                level, passing = 3, [(attested[0], "office")]
        if len(passing) > 1:
            counts["ambiguous"] += 1
            LOG.note(SOURCE, "ambiguous: %s (%s) is %s of %s" % (
                q, ep.names[q][0], LEVELS[level], ", ".join(people[i]["id"] for i, _ in passing)))
            persons[q] = None
            continue
        i, how = passing[0]
        proposals[i].append((q, level, how))
    linked = {}
    for i, lst in sorted(proposals.items()):
        e = people[i]
        if len(lst) > 1:
            counts["ambiguous"] += 1
            LOG.note(SOURCE, "ambiguous: %s agrees with %s" % (
                e["id"], ", ".join("%s (%s)" % (q, ep.names[q][0]) for q, _, _ in lst)))
            for q, _, _ in lst:
                persons[q] = None
            continue
        q, level, how = lst[0]
        if e.get("wikidata") and e["wikidata"] != q:
            counts["dropped: the person of ours has another QID"] += 1
            LOG.note(SOURCE, "%s keeps %s; the source says %s (%s)" % (e["id"], e["wikidata"], q, ep.names[q][0]))
            persons[q] = None
            continue
        linked[q] = e
        counts["linked by %s, %s agreeing" % (LEVELS[level], "office" if how == "office" else "dates")] += 1
    return linked


def take_roles(e, roles):
    """Adds to a linked person the source's roles that no role of another
    source records (same office, same country, overlapping or undated)."""
    own = [r for r in e.get("roles") or [] if r.get("source") != SOURCE]
    for t in roles:
        if any(r.get("country") == t.get("country") and office_key(r) == office_key(t)
               and (not dated(r) or overlap(r, t)) for r in own):
            continue
        e.setdefault("roles", []).append(t)


def new_person(q, name, aliases, roles, country, shorts):
    e = {"id": "person:" + slugify(name), "kind": "person", "name": name, "wikidata": q}
    if aliases:
        e["aliases"] = aliases
    if shorts:
        e["short"] = shorts
    if country:
        e["country"] = country
    e["case"] = "capitalized"
    e["roles"] = sorted(roles, key=lambda r: (r.get("start") or r.get("end") or "", r["title"]))
    e["sources"] = [SOURCE]
    return e


def add_people(people, persons, ep, state_folds, counts):
    """The source persons not linked and not ambiguous, as new people."""
    taken = set()
    for e in people:
        taken |= entity_surface_folds(e)
    ids = {e["id"] for e in people}
    # individuals that gen/kinds.py moves from the organizations to the
    # people later (tables/kind_decisions.tsv): their ids and names stay free
    moved = {key[len("org:"):] for key, decision, into, _ in KIND_DECISIONS
             if decision == "person" and into == "-" and key.startswith("org:")}
    ids |= {"person:" + m for m in moved}
    cands = collections.defaultdict(list)     # folded name -> [(qid, name)]
    for q in sorted(persons):
        if persons[q] is None or not persons[q]:
            continue
        if not ADD_LEGISLATORS and all(r["_list"] in MEMBERS_LISTS for r in persons[q]):
            counts["not added: members of assemblies only (ADD_LEGISLATORS is false)"] += 1
            continue
        why = None
        for n in ep.names.get(q, []):
            why = usable_name(n, state_folds)
            if why is None:
                cands[fold(n)].append((q, n))
                break
        else:
            counts["dropped: no usable name (%s)" % (why or "no label")] += 1
    chosen = []
    for f, lst in sorted(cands.items()):
        if slugify(f) in moved:
            counts["unmatched: the name of an individual Phoenix files as an armed group"] += 1
            continue
        if f in taken:
            counts["unmatched: the name of a person of ours whom country and dates do not confirm"] += 1
            if len(lst) == 1 and counts["_noted name taken"] < 20:
                counts["_noted name taken"] += 1
                LOG.note(SOURCE, "not added: %s (%s), the name of a person of ours" % (lst[0][0], lst[0][1]))
            continue
        if len(lst) > 1:
            lst.sort(key=lambda x: (rank(persons[x[0]]), x[0]), reverse=True)
            counts["dropped: a name another person of the source has"] += len(lst) - 1
        chosen.append(lst[0])
    stats = NameStats([n.split() for _, n in chosen], [primary_country(persons[q]) for q, _ in chosen])
    added = []
    for q, name in chosen:
        roles = persons[q]
        country = primary_country(roles)
        aliases = []
        for n in ep.names[q][1:]:
            if fold(n) != fold(name) and fold(n) not in taken and usable_name(n, state_folds) is None:
                aliases.append(n)
        taken |= {fold(name)} | {fold(a) for a in aliases}
        core = [w for w in name.split() if w not in ("Jr.", "Sr.", "II", "III", "IV")]
        shorts = []
        for s in family_shorts(core, country, stats):
            if safe_short(s, state_folds) and s not in shorts and fold(s) != fold(name):
                shorts.append(s)
            elif s not in shorts:
                counts["short forms left out (unsafe)"] += 1
        e = new_person(q, name, aliases, [r for r in roles], country, shorts)
        base = e["id"]
        if base in ids:
            e["id"] = base + "-" + (country or "int").lower()
        n = 2
        while e["id"] in ids:
            e["id"] = "%s-%s-%d" % (base, (country or "int").lower(), n)
            n += 1
        ids.add(e["id"])
        added.append(e)
        counts["added"] += 1
    return added


def duplicate_groups(people):
    """The groups of entries (lists of indexes) the duplicate finder of
    gen/dedupe.py would merge: its candidate pairs, its decisions."""
    cands = check_same_words(people) + check_inside(people) + check_same_office_day(people)
    wc = word_counts(people)
    inside_of = collections.defaultdict(list)
    for i, j, c, d in cands:
        if c == "name-inside" and inside_shape(name_tokens(people[i]["name"]), name_tokens(people[j]["name"]),
                                               country_of(people[i])):
            inside_of[i].append(j)
    seen = set()
    merged = []
    for i, j, c, d in cands:
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if decide(people, i, j, c, inside_of, wc)[0] == "merge":
            merged.append((i, j))
    find = union_find(len(people), merged)
    groups = collections.defaultdict(list)
    for i in range(len(people)):
        groups[find(i)].append(i)
    return [g for g in groups.values() if len(g) > 1]


def fold_duplicates(people, added, counts):
    """The added people that the duplicate finder (gen/dedupe.py) would merge
    with people of ours: the merge would keep the added entry when its name
    has more words, and the id of ours would go. Instead, the person of
    ours it would be merged with (the one the finder would keep among ours)
    takes its QID and roles, when none of them has a QID; when they have
    another QID, or several added people fall in one group, none of those
    is added. Returns the added people that stay."""
    everyone = people + added
    first_added = len(people)
    drop = set()
    for g in duplicate_groups(everyone):
        new = [i for i in g if i >= first_added]
        ours = [i for i in g if i < first_added]
        if not new or not ours:
            continue
        drop |= set(new)
        qids = {everyone[i].get("wikidata") for i in ours} - {None}
        if len(new) > 1 or qids:
            counts["ambiguous"] += 1
            LOG.note(SOURCE, "ambiguous: the duplicate finder would merge %s with %s" % (
                ", ".join("%s (%s)" % (everyone[i]["name"], everyone[i]["wikidata"]) for i in new),
                ", ".join(everyone[i]["id"] for i in ours)))
            continue
        a = everyone[new[0]]
        e = max((everyone[i] for i in ours), key=lambda x: keep_rank(x, lambda y: 0))
        e["wikidata"] = a["wikidata"]
        e["sources"] = sorted(set(e.get("sources") or []) | {SOURCE})
        take_roles(e, a["roles"])
        counts["added"] -= 1
        counts["linked as the duplicate gen/dedupe.py finds"] += 1
    return [a for k, a in enumerate(added) if first_added + k not in drop]


# A boundary overlap of two holders of a single-holder office up to this
# many days is a handover the dates disagree on (a caretaker government, a
# successor appointed before the predecessor left): the predecessor's role
# ends on the successor's start, as gen/roles.py ends an open role on the
# start of the Factbook's holder. A longer one is a dispute or an error.
HANDOVER_DAYS = 92


def _days(a, b):
    import datetime
    f = lambda d: datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
    return (f(b) - f(a)).days


def _span_text(r):
    return "%s to %s" % (r.get("start") or "?", r.get("end") or ("last seen " + r["last_seen"] if r.get("last_seen") else "open"))


def _overlap(ra, rb):
    """The days two roles are surely both held, (first, last), or None (as
    gen/validate.py role_problems compares them)."""
    sa, sb = sure_span(ra), sure_span(rb)
    lo = max(sa[0], sb[0]) if sa[0] and sb[0] else sa[0] or sb[0]
    hi = min(sa[1], sb[1]) if sa[1] and sb[1] else sa[1] or sb[1]
    if lo and hi and lo >= hi:
        return None
    return lo, hi


def _settle_pair(o, ea, ra, eb, rb, span, counts):
    """What to do with two roles that overlap in office `o`: a list of
    (role, "end"/"start", day) changes or (role, "drop", None)."""
    ours = [r for r in (ra, rb) if r.get("source") == SOURCE]
    a0, b0 = sure_span(ra)[0], sure_span(rb)[0]
    first, second = (ra, rb) if (a0 or "") <= (b0 or "") else (rb, ra)
    f_end, s_end = sure_span(first)[1], sure_span(second)[1]
    s_start = sure_span(second)[0]
    boundary = s_start and f_end and (s_end is None or f_end < s_end) and (sure_span(first)[0] or "") < s_start
    short = boundary and span[0] and span[1] and _days(span[0], span[1]) <= HANDOVER_DAYS
    if short and first.get("source") == SOURCE:
        return [(first, "end", second["start"])]
    if short and second.get("source") == SOURCE and (first.get("end") or first.get("last_seen")):
        return [(second, "start", first.get("end") or first["last_seen"])]
    inside = not boundary and len(ours) == 2 and s_start and (f_end is None or (s_end and s_end <= f_end))
    if inside:
        return [(second, "drop", None)]   # a term inside another holder's (an acting or rival holder)
    return [(r, "drop", None) for r in ours]


def settle_roles(people, counts=None):
    """The step after gen/roles.py finalize_roles: settles the roles of
    this source that the role checks find in conflict in a single-holder
    office (tables/role_offices.tsv) with a role of another person: a
    handover of up to HANDOVER_DAYS on which the dates disagree ends the
    predecessor's role of this source on the successor's start (or starts
    the successor's role of this source on the predecessor's end), marked
    `approximate`; any other overlap drops the roles of this source (the
    other source stands: curated and Factbook roles are reviewed). Every
    case is reported (section "everypolitician-role-conflicts") and
    counted; returns `people`."""
    counts = collections.Counter() if counts is None else counts
    for _ in range(10):
        holders = collections.defaultdict(list)
        for e in people:
            for r in e.get("roles") or []:
                o = office_of(r)
                if o:
                    holders[o].append((e, r))
        changes = []
        touched = set()
        for o in sorted(holders):
            lst = holders[o]
            for x in range(len(lst)):
                for y in range(x + 1, len(lst)):
                    (ea, ra), (eb, rb) = lst[x], lst[y]
                    if ea["id"] == eb["id"] or SOURCE not in (ra.get("source"), rb.get("source")) \
                            or id(ra) in touched or id(rb) in touched or shared_allowed(o, ea["id"], eb["id"]):
                        continue
                    span = _overlap(ra, rb)
                    if span is None:
                        continue
                    acts = _settle_pair(o, ea, ra, eb, rb, span, counts)
                    for r, what, day in acts:
                        touched.add(id(r))
                        changes.append((r, what, day))
                    report("everypolitician-role-conflicts", "%s: %s %s (%s, %s) and %s %s (%s, %s): %s" % (
                        o, ea["id"], ra["title"], _span_text(ra), ra["source"], eb["id"], rb["title"],
                        _span_text(rb), rb["source"], "; ".join(
                            "the %s role is left out" % r["source"] if w == "drop" else
                            "the %s role %ss on %s (approximate)" % (r["source"], w, d) for r, w, d in acts)))
        if not changes:
            break
        drop = set()
        for r, what, day in changes:
            if what == "drop":
                drop.add(id(r))
                counts["dropped: role in conflict in a single-holder office"] += 1
                continue
            r[what] = day
            if what == "end":
                r.pop("last_seen", None)
            r["approximate"] = True
            if r.get("start") and r.get("end") and day_lo(r["start"]) > day_hi(r["end"]):
                drop.add(id(r))
                counts["dropped: role in conflict in a single-holder office"] += 1
            else:
                counts["roles dated to a handover with another holder (approximate)"] += 1
        for e in people:
            if e.get("roles") and any(id(r) in drop for r in e["roles"]):
                e["roles"] = [r for r in e["roles"] if id(r) not in drop]
    for e in people:
        if e.get("roles"):
            e["roles"] = [ordered(r) for r in e["roles"]]
    for k, v in sorted(counts.items()):
        LOG.count(SOURCE, k, v)
    return people


def link_people(people, state_ents, src, ep=None):
    """The step (see the module doc): returns `people` with the linked
    entries completed and the added ones at the end. `ep` (default: the
    extract of src.local) is the source, for tests."""
    ep = everypolitician.load(src.local) if ep is None else ep
    counts = collections.Counter()
    state_names, state_folds = state_tables(state_ents)
    persons = source_roles(ep, state_names, counts)
    for q in persons:
        if not is_qid(q):
            raise ValueError("everypolitician: %r is not a QID" % q)
    have = {e["wikidata"]: e for e in people if e.get("wikidata")}
    for q in list(persons):
        if q in have:
            persons[q] = None
            counts["already linked by another source"] += 1
    linked = link(people, persons, ep, counts)
    for q, e in linked.items():
        e["wikidata"] = q
        e["sources"] = sorted(set(e.get("sources") or []) | {SOURCE})
        take_roles(e, persons[q])
        persons[q] = None
    added = add_people(people, persons, ep, state_folds, counts)
    people = people + fold_duplicates(people, added, counts)
    for e in people:
        if e.get("roles"):
            e["roles"] = [public(r) for r in e["roles"]]
    for k, v in sorted(counts.items()):
        if not k.startswith("_"):
            LOG.count(SOURCE, k, v)
    return people
