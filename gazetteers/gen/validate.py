"""Validation of the output before it is written, including the gazetteer
hygiene rule (gazetteers/README.md, "Hygiene")."""

import re

from .fold import fold
from .merge import entity_surface_folds
from .report import report
from .roles import ROLE_SOURCES, day_hi, day_lo, office_of, shared_allowed, sure_span, valid_date
from .tables import COMMON_WORDS, HYGIENE_NUMBER_WORDS
from .text import alias_text, is_acronym


# The rule (see gazetteers/README.md, "Hygiene"): no matchable form of an
# entry (its name, aliases, demonyms, short forms and generic forms) may be
#   1. a date: "21 June", "4th of July", "May 15", "June 4th", "15 May 2003",
#      "May 98", "June 2003", "2003-05-15", "1990s", "'98";
#   2. a number: digits with or without separators ("2003", "1,000", "21st")
#      or number words only (tables/number_words.tsv: "Eleven", "Twenty-One",
#      "Five Hundred", "Third");
#   3. a month or weekday name alone ("May", "March", "Sunday"), or its
#      abbreviation with a period ("Sept.", "Jan.", "Mon.") or "Sept". A
#      person's short form is exempt: it is active only after the person's
#      full name appeared in the document, so a surname that is a month or a
#      weekday ("May" for Theresa May, "Friday") is allowed there;
#   4. one common English word (tables/common_words.tsv) that would match in lower
#      case. It is acceptable only when its case policy makes it safe:
#      `exact`; `auto` or `capitalized` when the word is written in capitals
#      with at most five letters (the crate then requires the capitals:
#      "AID"); `capitalized` when the word is capitalised ("Congress").
# A form with more words that merely contains a date or a month is fine
# ("April 19 Movement", "May Day Movement", "Revolutionary Organization 17
# November"). Abbreviations without a period ("Jan", "Sun", "Mon", "Sat")
# are also names and words and are left to rule 4.

HYGIENE_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
                  "august", "september", "october", "november", "december"]
HYGIENE_MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                      "oct", "nov", "dec"]
HYGIENE_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"]
HYGIENE_WEEKDAY_ABBR = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                        "sat", "sun"]
_H_MONTH = r"(?:%s)\.?" % "|".join(HYGIENE_MONTHS + HYGIENE_MONTH_ABBR)
_H_WEEKDAY = r"(?:(?:%s)\.?,? )?" % "|".join(HYGIENE_WEEKDAYS + HYGIENE_WEEKDAY_ABBR)
_H_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_H_YEAR = r"(?:\d{4}|'?\d{2})"
HYGIENE_DATE = re.compile(
    r"^%s(?:%s (?:of )?%s(?:,? %s)?"          # 21 June, 4th of July, 15 May 2003
    r"|%s %s(?:,? %s)?"                        # May 15, June 4th, July 4, 1776
    r"|%s,? %s"                                # May 98, June 2003
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"        # 2003-05-15, 15/05/2003
    r"|'?\d{2}s|\d{4}s"                        # '90s, 1990s
    r"|'\d{2})$" % (_H_WEEKDAY, _H_DAY, _H_MONTH, _H_YEAR, _H_MONTH, _H_DAY, _H_YEAR,
                    _H_MONTH, _H_YEAR))
HYGIENE_DIGITS = re.compile(r"^[+-]?\d+(?:[.,' \u2009\u202f]\d+)*(?:st|nd|rd|th)?$")


def hygiene_problem(text, role="aliases", case=None):
    """Why `text` may not be a matchable form of an entry, or None: the
    gazetteer hygiene rule above. `role` is the field the form comes from
    ("name", "aliases", "demonyms", "short" or "generic"); `case` is the
    policy the crate applies to it ("auto", "fold", "exact", "capitalized"),
    or None while it is not decided yet (then rule 4 is not checked)."""
    f = fold(text)
    g = f[4:] if f.startswith("the ") else f
    if HYGIENE_DATE.match(g):
        return "a date"
    if HYGIENE_DIGITS.match(g):
        return "a year-like number" if re.fullmatch(r"1\d{3}|20\d{2}", g) else "a number"
    words = [w for w in re.split(r"[\s\-]+", g) if w]
    if words and all(w in HYGIENE_NUMBER_WORDS or w == "and" for w in words) and \
            any(w != "and" for w in words):
        return "a number"
    bare = g[:-1] if g.endswith(".") else g
    named = bare in HYGIENE_MONTHS or bare == "sept" or g.endswith(".") and bare in HYGIENE_MONTH_ABBR
    day = bare in HYGIENE_WEEKDAYS or g.endswith(".") and bare in HYGIENE_WEEKDAY_ABBR
    if (named or day) and role != "short":
        return "a month name alone" if named else "a weekday name alone"
    if case is not None and f in COMMON_WORDS:
        caps = is_acronym(text, 5)
        if not (case == "exact" or case in ("auto", "capitalized") and caps
                or case == "capitalized" and text[:1].isupper()):
            return "a common English word that would match in lower case (case %r)" % case
    return None


FORM_FIELDS = ("aliases", "short", "demonyms", "generic")


def matched_forms(e):
    """The forms of an entry as the crate compiles them: one per folded text,
    in the order name, aliases, short, demonyms, generic; of the forms that
    fold alike, the first gives the role, and the policy is the one the crate
    keeps (an explicit policy wins over the default; between equals the more
    permissive one). Demonyms default to `capitalized`, other forms to the
    entry's `case`, else `auto`. Yields (text, role, case)."""
    order = {"exact": 0, "capitalized": 1, "auto": 2, "fold": 3}
    forms = [(e["name"], "name", None)]
    for field in FORM_FIELDS:
        for a in e.get(field) or []:
            forms.append((alias_text(a), field, a.get("case") if isinstance(a, dict) else None))
    chosen = {}
    for text, role, own in forms:
        case = own or e.get("case") or ("capitalized" if role == "demonyms" else "auto")
        k = fold(text)
        cur = chosen.get(k)
        if cur is None:
            chosen[k] = [text, role, case, own is not None]
            continue
        explicit = own is not None
        if explicit != cur[3] and explicit or explicit == cur[3] and order[case] > order[cur[2]]:
            chosen[k] = [text, cur[1], case, explicit]
    return [(t, r, c) for t, r, c, _ in chosen.values()]


def hygiene_violations(files):
    """Every form that breaks the hygiene rule, as messages; empty if none.
    Rules 1-3 are checked on each form as written, rule 4 on the forms as the
    crate compiles them (matched_forms)."""
    out = []
    for fn, ents in files.items():
        for e in ents:
            forms = [(e["name"], "name")] + [(alias_text(a), field) for field in FORM_FIELDS
                                            for a in e.get(field) or []]
            seen = set()
            for text, role in forms:
                p = hygiene_problem(text, role)
                if p and (text, role) not in seen:
                    seen.add((text, role))
                    out.append("%s: %s: %s %r is %s" % (fn, e["id"], role, text, p))
            for text, role, case in matched_forms(e):
                p = hygiene_problem(text, role, case)
                if p and (text, role) not in seen:
                    seen.add((text, role))
                    out.append("%s: %s: %s %r is %s" % (fn, e["id"], role, text, p))
    return out


KINDS = ["state", "nationality", "location", "person", "organization", "treaty"]


# The consistency checks of roles (role_problems) stop the generator when
# this is true, naming the entries; while false they are only reported
# (REPORT.md and stderr), as while duplicate people were still being merged.
ROLE_CHECKS_FAIL = True


def _role_date_problems(e, i, r):
    """Problems of one role of entry `e` taken alone."""
    out = []
    where = "%s: roles[%d] %s %s" % (e["id"], i, r.get("title"), r.get("country") or "")
    if r.get("source") not in ROLE_SOURCES:
        out.append(("source", "%s: source %r is not one of %s" % (where, r.get("source"), ", ".join(ROLE_SOURCES))))
    for k in ("start", "end", "last_seen"):
        if r.get(k) is not None and not valid_date(r[k]):
            out.append(("dates", "%s: %s %r is not a date (YYYY, YYYY-MM or YYYY-MM-DD)" % (where, k, r[k])))
    ok = lambda k: r.get(k) and valid_date(r[k])
    if ok("start") and ok("end") and day_lo(r["start"]) > day_hi(r["end"]):
        out.append(("dates", "%s: starts %s after it ends %s" % (where, r["start"], r["end"])))
    if ok("start") and ok("last_seen") and day_lo(r["start"]) > day_hi(r["last_seen"]):
        out.append(("dates", "%s: starts %s after it was last seen %s" % (where, r["start"], r["last_seen"])))
    if r.get("end") and r.get("last_seen"):
        out.append(("dates", "%s: has both an end and a last_seen" % where))
    for k in ("term_start", "approximate"):
        if k in r and r[k] is not True:
            out.append(("fields", "%s: %s must be true or absent" % (where, k)))
    if "office" in r and r["office"] is not False:
        out.append(("fields", "%s: office must be false or absent" % where))
    return out


def role_problems(people, offices=None, shared=None):
    """The consistency checks of the people's roles, as (check, message):
    - "source", "dates", "fields": a role without a known source, with a
      date that is not one, that starts after it ends (or after it was last
      seen), or with a field of the wrong type;
    - "overlap": two people hold one single-holder office
      (tables/role_offices.tsv) on the same day, unless
      tables/role_shared_offices.tsv allows it;
    - "successor": a role with no end (and no last_seen before) of a person
      whose successor in that office has started.
    Only roles with `office` not false count; the days are those the role is
    surely held (gen/roles.py sure_span: a date "1948" may mean any day of
    1948, so a change of holder during 1948 is no overlap, nor is one on the
    same day)."""
    out = []
    holders = {}
    for e in people:
        for i, r in enumerate(e.get("roles") or []):
            out.extend(_role_date_problems(e, i, r))
            o = office_of(r, offices)
            if o:
                holders.setdefault(o, []).append((e, r, sure_span(r)))
    for o in sorted(holders):
        lst = holders[o]
        for a in range(len(lst)):
            for b in range(a + 1, len(lst)):
                (ea, ra, sa), (eb, rb, sb) = lst[a], lst[b]
                if ea["id"] == eb["id"] or shared_allowed(o, ea["id"], eb["id"], shared):
                    continue
                lo = max(sa[0], sb[0]) if sa[0] and sb[0] else sa[0] or sb[0]
                hi = min(sa[1], sb[1]) if sa[1] and sb[1] else sa[1] or sb[1]
                if lo and hi and lo >= hi:
                    continue
                out.append(_overlap_message(o, ea, ra, eb, rb))
    return out


def _role_text(e, r):
    span = "%s to %s" % (r.get("start") or "?", r.get("end") or ("last seen " + r["last_seen"] if r.get("last_seen") else "open"))
    return "%s (%s, %s, %s)" % (e["id"], r["title"], span, r.get("source"))


def _overlap_message(o, ea, ra, eb, rb):
    opened = lambda r: not r.get("end") and not r.get("last_seen")
    for (e1, r1), (e2, r2) in (((ea, ra), (eb, rb)), ((eb, rb), (ea, ra))):
        s1, s2 = r1.get("start"), r2.get("start")
        if opened(r1) and s2 and valid_date(s2) and (not s1 or not valid_date(s1) or day_lo(s2) > day_hi(s1)):
            return ("successor", "%s: %s has no end, but %s started %s" % (o, _role_text(e1, r1), _role_text(e2, r2), s2))
    return ("overlap", "%s: %s and %s hold it on the same days" % (o, _role_text(ea, ra), _role_text(eb, rb)))


# (kind, folded alias) pairs that may legitimately be shared by two entities.
ALLOWED_SHARED = set()


def validate(files, src):
    errors = []
    ids = {}
    for fn, ents in files.items():
        for e in ents:
            for k in ("id", "kind", "name"):
                if not e.get(k):
                    errors.append("%s: entry without %s: %r" % (fn, k, e))
            if e.get("id") in ids:
                errors.append("duplicate id %s (%s and %s)" % (e["id"], ids[e["id"]], fn))
            ids[e.get("id")] = fn
            if e.get("kind") not in KINDS:
                errors.append("%s: %s: unknown kind %r" % (fn, e.get("id"), e.get("kind")))
            cs = [e.get("country")] + [r.get("country") for r in e.get("roles") or []]
            for c in cs:
                if c is not None and c not in src.known_alpha3:
                    errors.append("%s: %s: unknown country code %r" % (fn, e["id"], c))
            for field in ("aliases", "demonyms", "short", "generic"):
                for a in e.get(field) or []:
                    t = alias_text(a)
                    if not t or not t.strip():
                        errors.append("%s: %s: empty %s entry" % (fn, e["id"], field))
                    if isinstance(a, dict) and a.get("case") not in (None, "auto", "fold", "exact", "capitalized"):
                        errors.append("%s: %s: bad case %r" % (fn, e["id"], a.get("case")))
            # Generic forms ("Congress", "Parliament") stand for the entry only
            # in a document about its country: they need one, may be shared
            # with other entries (the clash check below ignores them), but
            # must not repeat the entry's own name, aliases or short forms.
            if e.get("generic"):
                if not e.get("country"):
                    errors.append("%s: %s: generic forms without a country" % (fn, e["id"]))
                own = entity_surface_folds(e) | {fold(alias_text(a)) for k in ("short", "demonyms")
                                                 for a in e.get(k) or []}
                for a in e["generic"]:
                    if fold(alias_text(a)) in own:
                        errors.append("%s: %s: generic form %r repeats one of its own forms" % (fn, e["id"], alias_text(a)))
    # alias clashes within a kind
    for fn, ents in files.items():
        seen = {}
        for e in ents:
            surf = entity_surface_folds(e)
            if e.get("kind") == "state":
                surf |= {fold(alias_text(a)) for a in e.get("demonyms") or []}
            for f in sorted(surf):
                if f in seen and seen[f] != e["id"]:
                    if (e["kind"], f) in ALLOWED_SHARED:
                        report("validation", "allowed shared alias %r (%s, %s)" % (f, seen[f], e["id"]))
                    else:
                        errors.append("%s: alias %r attached to both %s and %s" % (fn, f, seen[f], e["id"]))
                else:
                    seen[f] = e["id"]
    for check, msg in role_problems([e for ents in files.values() for e in ents if e.get("kind") == "person"]):
        if ROLE_CHECKS_FAIL:
            errors.append("roles (%s): %s" % (check, msg))
        else:
            report("role-checks (warnings)", "%s: %s" % (check, msg))
    return errors
