"""Roles with honest dates: a step on the merged people, before validation.

Every role says where it comes from (`source`: phoenix, factbook, curated)
and how far its dates can be trusted:

- a role with no `end` from a source that stopped being updated gets
  `last_seen`, the last date its holder is known to have held it: the date of
  the Phoenix dictionary (its "Generated at" header) or of the Factbook's last
  edition (its SOURCE.md); such a role is never taken as held after that day;
- a role whose title names no office (Phoenix's sectors: "Government
  official", "Elite", "Military", ...) has `"office": false`;
- Phoenix's start 2003-01-01 is where the cabinet lists it was built from
  begin (CountryInfo's <Government> block: "a '<' indicates that the
  individual was in office in Jan-03"), not a start: it is dropped; Phoenix's
  "Elite" dates are computed from birth years and office changes: the role
  is `"approximate": true`;
- a Factbook "since" is the start of the current term: `"term_start": true`;
- where the Factbook gives the holder of a single-holder office
  (tables/role_offices.tsv) with a start later than an open role of another
  person in that office, that role ends on that start (`"approximate": true`:
  the successor may have taken office earlier, in a term before the one the
  Factbook dates);
- where two sources disagree on a date, the generator reports it, and
  tables/role_decisions.tsv settles it (each row with its reason and source).

The Factbook's roles that the curated merge replaced (same title and
country) are compared with the curated ones: the pipeline keeps them on the
entry as `_factbook_roles` until this step. Factbook starts before 2012 are
also compared with the leader lists of CountryInfo (CC-BY-SA: read only for
this check, nothing of it is written)."""

import calendar
import os
import re
import sys

from .fold import fold
from .report import report
from .tables import PHX_SECTOR_TITLES, TableError, rows
from .text import alias_text


ROLE_KEYS = ["title", "country", "start", "end", "last_seen", "term_start", "approximate",
             "office", "source"]
ROLE_SOURCES = ("phoenix", "factbook", "curated", "everypolitician")
# Where the cabinet lists of CountryInfo, and so Phoenix's government roles,
# begin: a role "in office in Jan-03" starts on this day in Phoenix.
PHOENIX_COVERAGE_START = "2003-01-01"
# CountryInfo's <Leaders> run "from roughly 1960 to around 2009"; the copy
# read here is of January 2012: Factbook starts before this are compared.
COUNTRYINFO_LEADERS_UNTIL = "2012-01-01"
NO_OFFICE_TITLES = frozenset(PHX_SECTOR_TITLES.values())
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# ---------------------------------------------------------------- tables

def _load_offices(name="role_offices.tsv"):
    """title -> (office, {ISO3: office}); see tables/role_offices.tsv."""
    out = {}
    for r in rows(name, 2, 3):
        if r[0] in out:
            raise TableError("%s: %r is listed twice" % (name, r[0]))
        exc = {}
        if len(r) > 2:
            for part in r[2].split(", "):
                m = re.fullmatch(r"([A-Z]{3})=(.+)", part)
                if not m:
                    raise TableError("%s: %s: bad exception %r (expected ISO3=office)" % (name, r[0], part))
                exc[m.group(1)] = m.group(2)
        out[r[0]] = (r[1], exc)
    return out


def _load_shared(name="role_shared_offices.tsv"):
    """office -> (set of person ids or None for any, reason, source)."""
    out = {}
    for r in rows(name, 4, 4):
        if r[0] in out:
            raise TableError("%s: %r is listed twice" % (name, r[0]))
        out[r[0]] = (None if r[1] == "*" else set(r[1].split(", ")), r[2], r[3])
    return out


DECISION_FIELDS = ("start", "end", "last_seen", "term_start", "approximate")


def parse_decision_key(key):
    """'person:x|Prime Minister|ROU|2005-06-23' -> (person, title, country or
    None, start as given or None); '-' stands for no country or no start."""
    parts = key.split("|")
    if len(parts) != 4 or not parts[0].startswith("person:"):
        raise TableError("role_decisions.tsv: bad role %r (expected person id|title|country|start)" % key)
    return tuple(None if p == "-" else p for p in parts)


def parse_changes(text):
    """'start=-, approximate=true' -> [("start", None), ("approximate", True)];
    'keep' -> [] (the role stays as it is: the disagreement was reviewed)."""
    if text == "keep":
        return []
    out = []
    for part in text.split(", "):
        m = re.fullmatch(r"(\w+)=(.+)", part)
        if not m or m.group(1) not in DECISION_FIELDS:
            raise TableError("role_decisions.tsv: bad change %r (fields: %s, or keep)" % (part, ", ".join(DECISION_FIELDS)))
        field, value = m.group(1), m.group(2)
        if field in ("term_start", "approximate"):
            if value not in ("true", "false"):
                raise TableError("role_decisions.tsv: %s must be true or false, not %r" % (field, value))
            out.append((field, value == "true"))
        elif value == "-":
            out.append((field, None))
        elif DATE_RE.match(value):
            out.append((field, value))
        else:
            raise TableError("role_decisions.tsv: %s=%r is not a date" % (field, value))
    return out


def _load_decisions(name="role_decisions.tsv"):
    """(person, title, country, start) -> (changes, reason, source)."""
    out = {}
    for r in rows(name, 4, 4):
        k = parse_decision_key(r[0])
        if k in out:
            raise TableError("%s: %r is listed twice" % (name, r[0]))
        out[k] = (parse_changes(r[1]), r[2], r[3])
    return out


def _load_countryinfo_positions(name="role_countryinfo_positions.tsv"):
    out = {}
    for r in rows(name, 2, 2):
        if r[0] in out:
            raise TableError("%s: %r is listed twice" % (name, r[0]))
        out[r[0]] = r[1]
    return out


OFFICES = _load_offices()
SHARED_OFFICES = _load_shared()
DECISIONS = _load_decisions()
COUNTRYINFO_POSITIONS = _load_countryinfo_positions()


# ---------------------------------------------------------------- dates

def valid_date(d):
    m = DATE_RE.match(d or "")
    if not m:
        return False
    if m.group(2) and not 1 <= int(m.group(2)) <= 12:
        return False
    if m.group(3):
        y, mo, dd = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return 1 <= dd <= calendar.monthrange(y, mo)[1]
    return True


def day_lo(d):
    """The first day of a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    m = DATE_RE.match(d)
    return "%s-%s-%s" % (m.group(1), m.group(2) or "01", m.group(3) or "01")


def day_hi(d):
    """The last day of a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    m = DATE_RE.match(d)
    y = m.group(1)
    if m.group(3):
        return d
    if m.group(2):
        return "%s-%s-%02d" % (y, m.group(2), calendar.monthrange(int(y), int(m.group(2)))[1])
    return y + "-12-31"


def sure_span(role):
    """The days the role was surely held, (first, last), ISO strings: from the
    last day its start may mean to the first day its end (or, without one,
    its last_seen) may mean; None for an unknown side. A role with no dates
    is held on every day, as the crate reads it."""
    s, e = role.get("start"), role.get("end") or role.get("last_seen")
    return (day_hi(s) if s and valid_date(s) else None,
            day_lo(e) if e and valid_date(e) else None)


def _month_number(name):
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"].index(name[:3].lower()) + 1


def phoenix_dictionary_date(root):
    """(ISO date, how it was found) of the Phoenix country dictionary: the
    "Generated at" line of its header, checked against the CountryInfo file
    it names ("CountryInfo.140130.txt", YYMMDD)."""
    path = os.path.join(root, "phoenix-dictionaries", "Phoenix.Countries.actors.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        head = "".join(line for _, line in zip(range(10), f))
    m = re.search(r"Generated at:\s+\w{3}\s+(\w{3})\s+(\d{1,2})\s+[\d:]+\s+(\d{4})", head)
    if not m:
        sys.exit("error: %s: no 'Generated at' date in the header: the date of the Phoenix "
                 "dictionary (the last_seen of its open roles) is unknown" % path)
    date = "%s-%02d-%02d" % (m.group(3), _month_number(m.group(1)), int(m.group(2)))
    how = "Phoenix.Countries.actors.txt, header line \"# Generated at: %s\"" % m.group(0)[len("Generated at:"):].strip()
    m2 = re.search(r"CountryInfo\.(\d{2})(\d{2})(\d{2})\.txt", head)
    if m2:
        ci = "20%s-%s-%s" % m2.groups()
        if ci != date:
            report("roles-sources", "Phoenix dictionary generated %s from CountryInfo of %s: the earlier date is used" % (date, ci))
            date = min(date, ci)
        how += ", from CountryInfo.%s%s%s.txt (header line 1)" % m2.groups()
    return date, how


def factbook_edition_date(root):
    """(ISO date, how it was found) of the Factbook's last edition: the date of
    its last data update given in factbook/SOURCE.md."""
    path = os.path.join(root, "factbook", "SOURCE.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"last data auto-update[^\n]*?(\d{4}-\d{2}-\d{2})", text)
    if not m:
        sys.exit("error: %s: no 'last data auto-update' date: the date of the Factbook's last "
                 "edition (the last_seen of its roles) is unknown" % path)
    return m.group(1), "factbook/SOURCE.md, \"last data auto-update ... %s\"" % m.group(1)


# ---------------------------------------------------------------- offices

def office_of(role, offices=None):
    """The single-holder office a role names ("RUS head of state",
    "organization: NATO secretary general"), or None: titles of
    tables/role_offices.tsv, roles with `office` not false."""
    offices = OFFICES if offices is None else offices
    if role.get("office") is False:
        return None
    spec = offices.get(role.get("title"))
    if spec is None:
        return None
    office, exc = spec
    c = role.get("country")
    office = exc.get(c, office)
    if office == "-":
        return None
    if office.startswith("organization: "):
        return office
    if not c:
        return None
    return "%s %s" % (c, office)


def shared_allowed(office, a, b, shared=None):
    """Whether people `a` and `b` may hold `office` on the same day
    (tables/role_shared_offices.tsv)."""
    shared = SHARED_OFFICES if shared is None else shared
    spec = shared.get(office)
    if spec is None:
        return False
    holders = spec[0]
    return holders is None or (a in holders and b in holders)


def name_keys(e):
    """Folded name words (4 letters or more) and short forms of a person:
    two holders of one office who share one may be one person twice."""
    keys = set()
    for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]:
        keys |= {w for w in re.split(r"[\s\-.,']+", fold(t)) if len(w) >= 4}
    keys |= {fold(alias_text(s)) for s in e.get("short") or []}
    return keys


# ---------------------------------------------------------------- the step

def infer_source(role, entry):
    """The source of a role that was built without one."""
    if role["title"] in NO_OFFICE_TITLES and "phoenix" in (entry.get("sources") or []):
        return "phoenix"
    if "curated" in (entry.get("sources") or []):
        return "curated"
    if "factbook" in (entry.get("sources") or []):
        return "factbook"
    return (entry.get("sources") or ["curated"])[0]


def tag_roles(entries, source):
    """Marks every role of `entries` that has no source as coming from
    `source`; returns `entries` (the pipeline calls it where roles are read)."""
    for e in entries:
        for r in e.get("roles") or []:
            if not r.get("source"):
                r["source"] = source
    return entries


def ordered(role):
    out = {}
    for k in ROLE_KEYS:
        v = role.get(k)
        if v is None or (k in ("term_start", "approximate") and v is False) or (k == "office" and v is True):
            continue
        out[k] = v
    for k in sorted(role):
        if k not in out and k not in ROLE_KEYS and role[k] is not None:
            out[k] = role[k]
    return out


def changes_text(changes):
    """The changes of a decision as the table writes them."""
    return ", ".join("%s=%s" % (f, "-" if v is None else str(v).lower() if isinstance(v, bool) else v)
                     for f, v in changes) or "keep"


def decision_key(person_id, role):
    return (person_id, role["title"], role.get("country"), role.get("start"))


def decision_key_text(k):
    return "|".join("-" if p is None else p for p in k)


class RoleLog:
    """What the step did, for the report (gen/report.py writes REPORT.md from it)."""

    def __init__(self):
        self.phoenix_date = self.phoenix_how = None
        self.factbook_date = self.factbook_how = None
        self.counts = {}
        self.successions = []   # (office, predecessor id, role, successor id, start)
        self.conflicts = []     # (kind, text, settled: decision text or None)
        self.doubts = []        # (kind, text)
        self.decisions_used = set()
        self.decisions_unused = []

    def count(self, k, n=1):
        self.counts[k] = self.counts.get(k, 0) + n


LOG = RoleLog()


def apply_source_rules(role, phx_date, fb_date, log):
    """The fields a role gets from its source (see the module doc)."""
    if role["title"] in NO_OFFICE_TITLES:
        role["office"] = False
    src = role["source"]
    if src == "phoenix":
        if role.get("start") == PHOENIX_COVERAGE_START:
            del role["start"]
            log.count("phoenix coverage start dropped")
        if role["title"] == "Elite" and (role.get("start") or role.get("end")):
            role["approximate"] = True
            log.count("phoenix elite dates approximate")
        if not role.get("end"):
            role["last_seen"] = max(phx_date, role.get("start") or "")
            log.count("phoenix last_seen")
            if role["last_seen"] != phx_date:
                report("roles", "Phoenix role %s %s started %s, after the dictionary's date: last seen on its start"
                       % (role["title"], role.get("country"), role["start"]))
    elif src == "factbook":
        if role.get("start"):
            role["term_start"] = True
        if not role.get("end"):
            role["last_seen"] = max(fb_date, role.get("start") or "")
            log.count("factbook last_seen")


# A Phoenix role that starts this close to the start of a curated or Factbook
# role of the same person and country records that office (Phoenix's cabinet
# lists are monthly: a minister appears on the day or on the first of a
# following month).
SAME_OFFICE_DAYS_BEFORE = 7
SAME_OFFICE_DAYS_AFTER = 62


def _days(a, b):
    """Days from ISO day a to ISO day b."""
    import datetime
    f = lambda d: datetime.date(int(d[:4]), int(d[5:7]), int(d[8:10]))
    return (f(b) - f(a)).days


def phoenix_same_office(e, log):
    """An open Phoenix role that records a curated or Factbook office of the
    person (it starts with it) and that office ended before the Phoenix
    date: the role is last seen on that end."""
    own = [r for r in e["roles"] if r["source"] in ("curated", "factbook") and r.get("end")
           and r.get("start") and valid_date(r["start"]) and valid_date(r["end"])]
    for r in e["roles"]:
        if r["source"] != "phoenix" or r.get("end") or not r.get("start") or not r.get("last_seen") \
                or not valid_date(r["start"]) or r["title"] == "Elite":
            continue
        for o in own:
            if o.get("country") != r.get("country"):
                continue
            d = _days(day_lo(o["start"]), day_lo(r["start"]))
            if -SAME_OFFICE_DAYS_BEFORE <= d <= SAME_OFFICE_DAYS_AFTER and day_lo(o["end"]) < r["last_seen"]:
                report("roles", "%s: Phoenix %s %s (from %s) starts with %s %s (%s to %s): last seen %s"
                       % (e["id"], r["title"], r["country"], r["start"], o["source"], o["title"], o["start"],
                          o["end"], day_lo(o["end"])))
                r["last_seen"] = day_lo(o["end"])
                log.count("phoenix last_seen at the end of the office it records")
                break


def apply_decision(e, role, decisions, log):
    k = decision_key(e["id"], role)
    d = decisions.get(k)
    if d is None:
        return
    changes, reason, source = d
    log.decisions_used.add(k)
    for field, value in changes:
        if value is None or value is False:
            role.pop(field, None)
        else:
            role[field] = value
    report("role-decisions", "%s: %s (%s; %s)" % (decision_key_text(k), changes_text(changes), reason, source))


def compare_factbook_curated(e, fb_roles, fb_date, decisions, log):
    """The Factbook's roles of a person that the curated merge replaced,
    against the curated roles of the same title and country."""
    for f in fb_roles:
        same = [r for r in e.get("roles") or [] if r["title"] == f["title"] and
                r.get("country") == f.get("country") and r.get("source") == "curated"]
        if not same or any(r.get("source") == "factbook" and r.get("start") == f.get("start")
                           for r in e["roles"]):
            continue
        s = f.get("start")
        holding = [r for r in same if not r.get("end") or day_hi(r["end"]) >= fb_date]
        what = "%s %s %s" % (e["id"], f["title"], f.get("country"))
        if not holding:
            last = max(r["end"] for r in same)
            conflict(log, decisions, e, same[-1], "ended-but-listed",
                     "%s: the curated role ends %s, but the Factbook (to %s) lists the person in office since %s"
                     % (what, last, fb_date, s or "an unknown date"))
            continue
        if s and valid_date(s):
            late = [r for r in holding if r.get("start") and valid_date(r["start"]) and day_lo(r["start"]) > day_hi(s)]
            if len(late) == len(holding):
                conflict(log, decisions, e, late[0], "start",
                         "%s: curated start %s, Factbook since %s (the Factbook's date is the start of the "
                         "current term, so the time in office cannot start later)" % (what, late[0]["start"], s))
                continue
        log.count("factbook dates agreeing with curated roles")


def conflict(log, decisions, e, role, kind, text):
    k = decision_key(e["id"], role)
    d = decisions.get(k)
    settled = None
    if d is not None:
        settled = "%s: %s (source: %s)" % (changes_text(d[0]), d[1], d[2])
        log.decisions_used.add(k)
    log.conflicts.append((kind, text, settled, decision_key_text(k)))
    report("role-conflicts", "%s%s" % (text, "; settled: " + settled if settled else "; NOT SETTLED (tables/role_decisions.tsv)"))


def apply_successions(people, fb_date, log, shared=None, offices=None):
    """Ends the open roles of predecessors of the Factbook's office holders."""
    holders = {}
    for e in people:
        for r in e.get("roles") or []:
            o = office_of(r, offices)
            if o:
                holders.setdefault(o, []).append((e, r))
    for o in sorted(holders):
        fb = [(e, r) for e, r in holders[o] if r.get("source") == "factbook" and not r.get("end")
              and r.get("start") and valid_date(r["start"])]
        for x, f in fb:
            s = f["start"]
            for y, r in holders[o]:
                if y is x or r.get("end") or r.get("source") == "factbook":
                    continue
                if r.get("last_seen") and day_lo(r["last_seen"]) < day_lo(s):
                    continue
                if r.get("start") and valid_date(r["start"]) and day_hi(r["start"]) >= day_lo(s):
                    continue
                if shared_allowed(o, x["id"], y["id"], shared):
                    continue
                common = name_keys(x) & name_keys(y)
                if common or r.get("start") == s:
                    log.doubts.append(("possible duplicate", "%s and %s both hold %s (the Factbook's holder since %s; "
                                       "they share %s): not taken as a succession" % (
                                           y["id"], x["id"], o, s, ", ".join(sorted(common)) or "the start date")))
                    report("role-successions", "%s / %s (%s): possible duplicate, no succession" % (y["id"], x["id"], o))
                    continue
                r["end"] = s
                r["approximate"] = True
                r.pop("last_seen", None)
                log.successions.append((o, y["id"], r["title"], r.get("start"), x["id"], s))
                report("role-successions", "%s: %s %s (since %s) ends %s: the Factbook gives %s in this office since then"
                       % (o, y["id"], r["title"], r.get("start") or "?", s, x["id"]))


def countryinfo_leaders(root, positions=None):
    """{ISO3: [(office, folded name words, start, end or None)]} from the
    <Leaders> blocks of CountryInfo (for the quality check only)."""
    positions = COUNTRYINFO_POSITIONS if positions is None else positions
    path = os.path.join(root, "countryinfo-txt", "CountryInfo.120116.txt")
    out = {}
    if not os.path.exists(path):
        return out
    country = office = None
    inside = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.split("#")[0].rstrip()
            m = re.match(r"<CountryCode>([A-Z]{3})</CountryCode>", s)
            if m:
                country = m.group(1)
                continue
            if s.strip() == "<Leaders>":
                inside = True
                continue
            if s.strip() == "</Leaders>":
                inside = False
                continue
            if not inside:
                continue
            m = re.match(r"^\s*<([^/][^>]*)>\s*$", s)
            if m:
                office = positions.get(m.group(1).strip())
                continue
            if office is None or not s.startswith("\t\t"):
                continue
            m = re.match(r"^\s*(\S+)\s+\[(>?)(\d{8})?(?:\s*-\s*(\d{8}))?\]", s)
            if not m:
                continue
            names = re.findall(r"[A-Z][A-Z'\-]+", m.group(1).replace("_", " "))
            words = {fold(w) for n in names for w in re.split(r"[\s\-]+", n) if len(w) >= 4}
            if m.group(2) == ">":
                start, end = m.group(3), None
            else:
                start, end = m.group(3), m.group(4)
            iso = lambda d: d and "%s-%s-%s" % (d[:4], d[4:6], d[6:])
            out.setdefault(country, []).append((office, words, iso(start), iso(end)))
    return out


def check_factbook_against_countryinfo(people, root, decisions, log):
    """A Factbook start before 2012 on which CountryInfo's leader list gives
    another person in the same office (and not the Factbook's holder)."""
    leaders = countryinfo_leaders(root)
    if not leaders:
        log.doubts.append(("no check", "CountryInfo is absent: Factbook starts not compared"))
        return
    for e in people:
        for r in e.get("roles") or []:
            if r.get("source") != "factbook" or not r.get("start") or not valid_date(r["start"]):
                continue
            s = day_lo(r["start"])
            if s >= COUNTRYINFO_LEADERS_UNTIL:
                continue
            o = office_of(r)
            if not o or o.startswith("organization: "):
                continue
            office = o.split(" ", 1)[1]
            lst = [l for l in leaders.get(r["country"], []) if l[0] == office]
            if not lst:
                continue
            words = name_keys(e)
            on_day = [l for l in lst if l[2] and l[2] <= s and (l[3] is None or l[3] > s)]
            if not on_day or any(l[1] & words for l in on_day):
                log.count("factbook starts agreeing with CountryInfo")
                continue
            others = ", ".join(sorted("%s (%s-%s)" % (" ".join(sorted(l[1])), l[2], l[3] or "")
                                      for l in on_day))
            conflict(log, decisions, e, r, "factbook-start",
                     "%s %s %s: Factbook since %s, but CountryInfo lists %s in this office on that day"
                     % (e["id"], r["title"], r["country"], r["start"], others))


def finalize_roles(people, root, decisions=None, log=None):
    """The step: returns `people` with every role completed (see the module
    doc) and in the field order of ROLE_KEYS; `log` (default LOG) records
    what was done for the report."""
    decisions = DECISIONS if decisions is None else decisions
    log = LOG if log is None else log
    log.phoenix_date, log.phoenix_how = phoenix_dictionary_date(root)
    log.factbook_date, log.factbook_how = factbook_edition_date(root)
    fb_prior = {}
    for e in people:
        prior = e.pop("_factbook_roles", None)
        if not e.get("roles"):
            continue
        roles = []
        for r in e["roles"]:
            r = {k: v for k, v in r.items() if v is not None}
            if not r.get("source"):
                r["source"] = infer_source(r, e)
                report("roles", "%s: role %s without a source: %s" % (e["id"], r["title"], r["source"]))
                log.count("roles without a source (inferred)")
            apply_source_rules(r, log.phoenix_date, log.factbook_date, log)
            if r not in roles:
                roles.append(r)
        e["roles"] = roles
        phoenix_same_office(e, log)
        if prior:
            fb_prior[e["id"]] = prior
    for e in people:
        if e["id"] in fb_prior:
            compare_factbook_curated(e, fb_prior[e["id"]], log.factbook_date, decisions, log)
    check_factbook_against_countryinfo(people, root, decisions, log)
    for e in people:
        for r in e.get("roles") or []:
            if r.get("source") == "factbook" and r.get("start") and valid_date(r["start"]) \
                    and day_lo(r["start"]) > log.factbook_date:
                log.doubts.append(("factbook start after its date", "%s %s %s since %s, after the Factbook's date %s"
                                   % (e["id"], r["title"], r.get("country"), r["start"], log.factbook_date)))
            apply_decision(e, r, decisions, log)
    apply_successions(people, log.factbook_date, log)
    for e in people:
        for r in e.get("roles") or []:
            if not r.get("start"):
                r.pop("term_start", None)
        if e.get("roles"):
            e["roles"] = [ordered(r) for r in e["roles"]]
    log.decisions_unused = [decision_key_text(k) for k in decisions if k not in log.decisions_used]
    for k in log.decisions_unused:
        report("role-decisions", "%s: no such role: the decision is not used" % k)
    return people
