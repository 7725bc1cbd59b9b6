"""The generator's report: every alias dropped, restricted or resolved, with
the reason, printed to stderr by section."""

import os
import collections
import datetime
import re
import sys

from .wikidata import LOG as LINK_LOG, link_counts


REPORT = []  # (section, message)


def report(section, msg):
    if (section, msg) not in REPORT:
        REPORT.append((section, msg))


def print_report(files, state_ents, generated_counts, err=None):
    """Prints the counts per file and kind, the state categories and every
    reported message, by section in the order the sections first appeared."""
    err = err or sys.stderr
    print("geopol gazetteer generator report", file=err)
    for fn, ents in files.items():
        kinds = {}
        for e in ents:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
        gen = generated_counts.get(fn)
        print("  %-20s %5d  %s%s" % (fn, len(ents), ", ".join("%s=%d" % kv for kv in sorted(kinds.items())),
                                     "" if gen is None else "  (%d generated before curated merge)" % gen), file=err)
    cats = {}
    for e in state_ents:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    print("  state categories: " + ", ".join("%s=%d" % kv for kv in sorted(cats.items())), file=err)
    sections = []
    for sec, _ in REPORT:
        if sec not in sections:
            sections.append(sec)
    for sec in sections:
        msgs = [m for s, m in REPORT if s == sec]
        print("[%s] %d" % (sec, len(msgs)), file=err)
        for m in msgs:
            print("  " + m, file=err)


# ---------------------------------------------------------------- REPORT.md
#
# gazetteers/REPORT.md, written by the generator (deterministic: no time
# stamps, every list sorted): what the built-in data holds and how far its
# roles can be trusted. The role step (gen/roles.py) and the checks
# (gen/validate.py) give what they found through roles.LOG and role_problems.

# Names of the files under gazetteers/ that list the duplicates merged and the
# entries reclassified by the generator (written by its dedupe step); the
# report includes those that exist.
MERGE_LIST_WORDS = ("dedup", "duplicate", "merged", "reclassif")


def role_measures(people):
    """The measures of issue 19 on a list of people (works on data written
    before roles had `source` and `office`: both are then inferred). A
    Phoenix role counts here unless it is "Elite" (Phoenix's former or
    future elite, most of them undated)."""
    from .roles import NO_OFFICE_TITLES, day_hi, infer_source, valid_date
    m = {"people": len(people), "roles": 0, "open phoenix no last_seen": 0,
         "open phoenix incl. elite no last_seen": 0,
         "own ended, open phoenix": 0, "own ended, phoenix seen after": 0,
         "only office-less": 0, "start 2003-01-01": 0}
    own_ended_after = []
    for e in people:
        roles = e.get("roles") or []
        m["roles"] += len(roles)
        src = lambda r: r.get("source") or infer_source(r, e)
        no_office = lambda r: r.get("office") is False or ("office" not in r and r["title"] in NO_OFFICE_TITLES and src(r) == "phoenix")
        phx_open_all = [r for r in roles if src(r) == "phoenix" and not r.get("end")]
        phx_open = [r for r in phx_open_all if r["title"] != "Elite"]
        if any(not r.get("last_seen") for r in phx_open):
            m["open phoenix no last_seen"] += 1
        if any(not r.get("last_seen") for r in phx_open_all):
            m["open phoenix incl. elite no last_seen"] += 1
        own = [r for r in roles if src(r) in ("curated", "factbook")]
        if own and all(r.get("end") for r in own) and phx_open:
            last = max(day_hi(r["end"]) if valid_date(r["end"]) else r["end"] for r in own)
            if any(not r.get("last_seen") for r in phx_open):
                m["own ended, open phoenix"] += 1
            seen = [r["last_seen"] for r in phx_open if r.get("last_seen") and r["last_seen"] > last]
            if seen:
                m["own ended, phoenix seen after"] += 1
                own_ended_after.append((e["id"], last, max(seen)))
        if roles and all(no_office(r) for r in roles):
            m["only office-less"] += 1
        m["start 2003-01-01"] += sum(1 for r in roles if r.get("start") == "2003-01-01")
    m["_own_ended_after"] = sorted(own_ended_after)
    return m


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return out


def _merge_lists(gazetteers_dir):
    """The files in the report's folder (gazetteers/) or its `reports/`
    subfolder whose names say they list merged duplicates or reclassified
    entries."""
    found = []
    for sub in ("", "reports"):
        d = os.path.join(gazetteers_dir, sub)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f != "REPORT.md" and os.path.isfile(os.path.join(d, f)) and \
                    any(w in f.lower() for w in MERGE_LIST_WORDS):
                found.append(os.path.join(sub, f) if sub else f)
    return found


def markdown_report(files, state_ents, generated_counts, log, problems, checks_fail, gazetteers_dir, given=None):
    """The text of gazetteers/REPORT.md; `given`, the Summary of the given-name
    list (gen/given_names.py), gives its section."""
    people = files.get("people.jsonl", [])
    L = ["# Gazetteer data report", "",
         "Written by `python3 gazetteers/generate.py` from the source data (`../shared/sources`) and "
         "the curated lists; regenerate rather than edit. It says what the built-in data holds, where "
         "it comes from and how far the dates of people's roles can be trusted (issue 19). The "
         "generator's full log (every alias dropped, with the reason) is printed to stderr.", ""]

    L += ["## Sources and their dates", ""]
    L += ["- **Phoenix** dictionaries: %s, from %s. A Phoenix role with no end is `last_seen` then "
          "and never taken as held afterwards." % (log.phoenix_date, log.phoenix_how),
          "- **Factbook**: last edition %s, from %s (the Factbook was discontinued). Its roles with no "
          "end are `last_seen` then; its \"since\" dates are starts of the current term "
          "(`term_start`)." % (log.factbook_date, log.factbook_how),
          "- **Curated** lists (`gazetteers/curated/`): kept by hand; their open roles have no `last_seen`.", ""]
    years = {}
    for e in people:
        for r in e.get("roles") or []:
            if r.get("source") == "phoenix":
                for k in ("start", "end"):
                    d = r.get(k)
                    if d and "2008" <= d[:4] <= "2015":
                        years.setdefault(d[:4], [0, 0])[0 if k == "start" else 1] += 1
    L += ["Phoenix's government roles come from the cabinet lists of CountryInfo, which run from "
          "January 2003 to February 2011; after that its role changes thin out (below: the Phoenix "
          "role dates per year in the people file). An open Phoenix role is therefore known to be "
          "held in early 2011 for most ministers, and only its leaders were followed to 2014: its "
          "`last_seen` is the dictionary's date, an upper bound.", ""]
    L += _table(["year", "Phoenix role starts", "Phoenix role ends"],
                [(y, years[y][0], years[y][1]) for y in sorted(years)])
    L += [""]

    L += ["## Entries per kind and source", ""]
    rows = []
    for fn, ents in files.items():
        kinds = {}
        for e in ents:
            k = kinds.setdefault(e["kind"], {"n": 0})
            k["n"] += 1
            for s in e.get("sources") or ["(none)"]:
                k[s] = k.get(s, 0) + 1
        for kind in sorted(kinds):
            k = kinds[kind]
            srcs = ", ".join("%s %d" % (s, k[s]) for s in sorted(k) if s != "n")
            gen = generated_counts.get(fn)
            rows.append((fn, kind, k["n"], "" if gen is None else gen, srcs))
    L += _table(["file", "kind", "entries", "generated before the curated merge", "entries per source (an entry may have several)"], rows)
    cats = {}
    for e in state_ents:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    L += ["", "State categories: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())) + ".", ""]

    from .roles import office_of
    L += ["## Roles", ""]
    per = {}
    for e in people:
        for r in e.get("roles") or []:
            p = per.setdefault(r.get("source"), {"roles": 0, "office": 0, "no office": 0, "last_seen": 0,
                                                 "approximate": 0, "term_start": 0, "single-holder": 0})
            p["roles"] += 1
            p["no office" if r.get("office") is False else "office"] += 1
            for k in ("last_seen", "approximate", "term_start"):
                if r.get(k):
                    p[k] += 1
            if office_of(r):
                p["single-holder"] += 1
    cols = ["roles", "office", "no office", "single-holder", "last_seen", "term_start", "approximate"]
    L += _table(["source"] + cols, [(s,) + tuple(per[s][c] for c in cols) for s in sorted(per, key=str)])
    L += ["", "\"office\": the title names an office; \"no office\": `\"office\": false` (Phoenix's "
          "sectors: Government official, Elite, Military, ...); \"single-holder\": an office of "
          "`tables/role_offices.tsv` (heads of state and government, foreign and defence ministers, "
          "heads of international organizations), which the checks compare.", ""]
    L += _dated_terms(people)
    titles = {}
    for e in people:
        for r in e.get("roles") or []:
            if r.get("office") is not False:
                titles[r["title"]] = titles.get(r["title"], 0) + 1
    top = sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))[:30]
    L += ["Roles by office (the 30 most frequent titles of %d; office-less roles left out):" % len(titles), ""]
    L += _table(["title", "roles"], top)
    L += [""]

    L += ["## Open roles by source and age", "",
          "Roles with no `end`, by source and by the decade of their start; `last_seen` is the last "
          "day such a role is taken as held.", ""]
    buckets = ["no start", "before 1990", "1990s", "2000s", "2010s", "2020s"]
    opened = {}
    for e in people:
        for r in e.get("roles") or []:
            if r.get("end"):
                continue
            s = r.get("start")
            b = "no start" if not s else "before 1990" if s < "1990" else s[:3] + "0s"
            o = opened.setdefault(r.get("source"), {"n": 0, "seen": {}})
            o["n"] += 1
            o[b] = o.get(b, 0) + 1
            ls = r.get("last_seen") or "none"
            o["seen"][ls] = o["seen"].get(ls, 0) + 1
    rows = []
    for s in sorted(opened, key=str):
        o = opened[s]
        seen = ", ".join("%s %d" % kv for kv in sorted(o["seen"].items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        rows.append((s, o["n"]) + tuple(o.get(b, 0) for b in buckets) + (seen,))
    L += _table(["source", "open roles"] + buckets + ["last_seen (most frequent)"], rows)
    L += [""]

    m = role_measures(people)
    L += ["## Measures", ""]
    L += _table(["measure", "now"], [
        ("people", m["people"]),
        ("people with an open Phoenix role (other than Elite) and no last_seen", m["open phoenix no last_seen"]),
        ("people with an open Phoenix role (Elite included) and no last_seen", m["open phoenix incl. elite no last_seen"]),
        ("curated or Factbook people whose own roles all ended and who keep an open Phoenix role (other than Elite) with no last_seen", m["own ended, open phoenix"]),
        ("... whose open Phoenix role is last seen after their own last end", m["own ended, phoenix seen after"]),
        ("people with only office-less roles", m["only office-less"]),
        ("roles starting 2003-01-01", m["start 2003-01-01"]),
        ("role check problems (overlaps, open roles after a successor, bad dates)", len(problems)),
    ])
    L += ["", "Phoenix's 2003-01-01 starts (the start of its cabinet lists, \"in office in Jan-03\") "
          "are dropped: %d roles. Elite dates (computed from birth years and office changes) are "
          "`approximate`: %d roles." % (log.counts.get("phoenix coverage start dropped", 0),
                                         log.counts.get("phoenix elite dates approximate", 0)), ""]
    if m["_own_ended_after"]:
        L += ["Curated or Factbook people whose own roles all ended but whose open Phoenix role is last "
              "seen later (Phoenix's \"Government official\" covers any post; a doubt, not an error):", ""]
        L += ["<details><summary>%d people</summary>" % len(m["_own_ended_after"]), ""]
        L += _table(["person", "own last end", "Phoenix last seen"], m["_own_ended_after"])
        L += ["", "</details>", ""]

    L += ["## Consistency checks", "",
          "The generator checks every person's roles (`gen/validate.py`, `role_problems`): a known "
          "source, real dates, no role that starts after it ends; no two people in one single-holder "
          "office on the same day unless `tables/role_shared_offices.tsv` allows it; no open role of a "
          "person whose successor in that office has started. Only roles with `office` not false "
          "count. These checks %s." % ("stop the generator" if checks_fail else
                                     "are only reported for now (warning mode)"), ""]
    if problems:
        L += ["Problems (%d):" % len(problems), ""]
        L += ["- %s: %s" % p for p in sorted(problems)]
    else:
        L += ["No problems."]
    L += ["", "Offices the checks allow several holders of (`tables/role_shared_offices.tsv`):", ""]
    from .roles import SHARED_OFFICES
    L += _table(["office", "holders", "reason", "source"],
                [(o, "any" if s[0] is None else ", ".join(sorted(s[0])), s[1], s[2]) for o, s in sorted(SHARED_OFFICES.items())])
    L += [""]

    L += ["## Conflicts between sources and how they were settled", "",
          "Dates on which two sources disagree (`gen/roles.py`): a curated role against the "
          "Factbook's role it replaced, a Factbook start against CountryInfo's leader lists (read only "
          "for this check). A row of `tables/role_decisions.tsv` settles each.", ""]
    if log.conflicts:
        L += _table(["role", "conflict", "settled"],
                    [(k, t, s or "**not settled**") for _, t, s, k in sorted(log.conflicts, key=lambda c: c[3])])
    else:
        L += ["None."]
    L += [""]
    from .roles import DECISIONS, changes_text, decision_key_text
    used = sorted(decision_key_text(k) for k in log.decisions_used)
    L += ["Every decision of `tables/role_decisions.tsv` applied (the conflicts above, and the "
          "check findings in one source's own dates):", ""]
    rows = []
    for k, (changes, reason, source) in sorted(DECISIONS.items(), key=lambda kv: decision_key_text(kv[0])):
        if decision_key_text(k) in used:
            rows.append((decision_key_text(k), changes_text(changes), reason, source))
    L += _table(["role", "change", "reason", "source"], rows) if rows else ["None."]
    L += [""]
    L += ["## Successions the Factbook records", "",
          "An open role in a single-holder office whose Factbook holder started later ends on that "
          "start (`approximate`: the successor may have taken office before the term the Factbook "
          "dates).", ""]
    if log.successions:
        L += _table(["office", "role ended", "title", "start", "Factbook holder", "end (holder's since)"],
                    sorted(log.successions))
    else:
        L += ["None."]
    L += [""]
    L += ["## Doubts", ""]
    doubts = sorted(log.doubts) + [("unused decision", "%s: no such role in the data" % k) for k in log.decisions_unused]
    if doubts:
        L += ["- %s: %s" % d for d in doubts]
    else:
        L += ["None besides the unsettled conflicts and the check problems above."]
    L += [""]

    L += wikidata_section(files)
    if given is not None:
        L += given_names_section(given)
    L += ["## Duplicates merged and reclassified entries", ""]
    lists = _merge_lists(gazetteers_dir)
    if not lists:
        L += ["No list of merged duplicates or reclassified entries exists in `gazetteers/` or "
              "`gazetteers/reports/` yet (a file whose name contains \"dedup\", \"duplicate\", "
              "\"merged\" or \"reclassif\")."]
    for rel in lists:
        L += _merge_list_section(os.path.join(gazetteers_dir, rel), rel.replace(os.sep, "/"))
    return "\n".join(L).rstrip("\n") + "\n"


def wikidata_section(files):
    """The "Wikidata links" section: entries with a QID per kind, and what
    each linking source linked, added, left ambiguous or dropped."""
    L = ["## Wikidata links", "",
         "Entries with a Wikidata QID, per kind. Every QID comes from a source file (the entry's "
         "`sources` says which); a match that is not sure stays unlinked and is counted below.", ""]
    counts = link_counts(files)
    L += _table(["kind", "entries", "with a QID"],
                [(k, counts[k][0], counts[k][1]) for k in sorted(counts)])
    for source in sorted(LINK_LOG.counts):
        L += ["", "**%s**" % source, ""]
        L += _table(["what", "count"], sorted(LINK_LOG.counts[source].items()))
        notes = LINK_LOG.notes.get(source) or []
        if notes:
            L += [""] + ["- %s" % n for n in sorted(notes)[:40]]
            if len(notes) > 40:
                L += ["- ... and %d more" % (len(notes) - 40)]
    return L + [""]


def given_names_section(given):
    """The "Given names" section: where the words of builtin/given_names.txt
    come from and why the others were left out (a Summary of
    gen/given_names.py)."""
    from .given_names import MIN_PEOPLE
    L = ["## Given names", "",
         "`builtin/given_names.txt` (`gen/given_names.py`): the US Census 1990 first names "
         "(`sources/census-names`, public domain) and the first words of the every-politician "
         "names (`sources/everypolitician/people.tsv`, CC0) that begin the names of %d people or "
         "more, folded, less the words the rules leave out. A word left out for several reasons "
         "is counted under each." % MIN_PEOPLE, ""]
    L += _table(["what", "words"], given.counts())
    if given.stop_unused:
        L += ["", "Words of `tables/given_name_stop.tsv` in neither source (listed for the rule, "
              "not needed now): " + ", ".join(given.stop_unused) + "."]
    return L + [""]


def _cell(v):
    if isinstance(v, (list, tuple)):
        return " / ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return "; ".join("%s: %s" % (k, _cell(x)) for k, x in v.items())
    return str(v).replace("\n", " ")


def _merge_list_section(path, rel):
    """A list of merged or reclassified entries, as the generator's dedupe step
    writes it: a JSON object of named lists of records (each list becomes a
    table, the key order of its first record giving the columns), or any
    other text, shown as it is."""
    import json
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        data = json.loads(text) if rel.endswith(".json") else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        lines = [l for l in text.splitlines() if l.strip() and not l.startswith("#")]
        return ["From `gazetteers/%s` (%d lines):" % (rel, len(lines)), "",
                "<details><summary>the list</summary>", "", "```"] + lines + ["```", "", "</details>", ""]
    out = ["From `gazetteers/%s`, written by the generator's dedupe step:" % rel, ""]
    out += _table(["list", "entries"], [(k, len(v) if isinstance(v, (list, dict)) else v) for k, v in data.items()])
    out += [""]
    for k, v in data.items():
        if not isinstance(v, list) or not v:
            continue
        cols = []
        for r in v:
            for c in (r if isinstance(r, dict) else {"value": r}):
                if c not in cols:
                    cols.append(c)
        rows = [tuple(_cell(r.get(c, "")) if isinstance(r, dict) else _cell(r) for c in cols) for r in v]
        out += ["<details><summary>%s (%d)</summary>" % (k.replace("_", " "), len(v)), ""]
        out += _table(cols, rows)
        out += ["", "</details>", ""]
    return out


def write_markdown(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


COVERAGE_FROM, COVERAGE_TO = datetime.date(2000, 1, 1), datetime.date(2025, 12, 31)
STATE_OFFICES = ("head of state", "head of government", "foreign minister", "defence minister",
                 "finance minister")


def _bounds(text):
    """The first and last day a date of the data ("2003", "2003-03",
    "2003-03-12") can be, or None."""
    try:
        if len(text) == 4:
            y = int(text)
            return datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:])
            nxt = datetime.date(y + (m == 12), m % 12 + 1, 1)
            return datetime.date(y, m, 1), nxt - datetime.timedelta(days=1)
        d = datetime.date.fromisoformat(text)
        return d, d
    except (TypeError, ValueError):
        return None


def sure_days(role):
    """The days on which a role's holder surely held it, as the extractor
    reads them (src/term.rs): from the last day its start can be to the
    first day its end (or else its last_seen) can be, or to COVERAGE_TO
    with neither; an approximate role loses HANDOVER_DAYS (the longest
    handover the generator settles) at each dated end. None without a start
    or without such a day."""
    from .officeholders import HANDOVER_DAYS
    start = _bounds(role.get("start") or "")
    if start is None:
        return None
    end_text = role.get("end") or role.get("last_seen")
    a = start[1]
    if end_text:
        end = _bounds(end_text)
        if end is None:
            return None
        b = end[0]
    else:
        b = COVERAGE_TO
    if role.get("approximate"):
        a += datetime.timedelta(days=HANDOVER_DAYS)
        if end_text:
            b -= datetime.timedelta(days=HANDOVER_DAYS)
    return (a, b) if a <= b else None


def _dated_terms(people):
    """The dated terms the extractor answers "who held the office" with:
    roles of a single-holder office (tables/role_offices.tsv) with sure
    days (see sure_days) in 2000 or later; those dated to the day at both
    ends (or open), and the approximate ones, are counted apart."""
    from .officeholders import HANDOVER_DAYS
    from .roles import office_of
    day = re.compile(r"\d{4}-\d{2}-\d{2}")
    terms = []
    for e in people:
        for r in e.get("roles") or []:
            o = office_of(r)
            sure = sure_days(r) if o else None
            if sure is not None and sure[1] >= COVERAGE_FROM:
                terms.append((o, r, sure))
    per, exact, approximate = {}, {}, {}
    for o, r, _ in terms:
        key = o if o.startswith("organization") else "state: " + o.split(" ", 1)[1]
        per[key] = per.get(key, 0) + 1
        end = r.get("end") or r.get("last_seen")
        if day.fullmatch(r.get("start") or "") and (not end or day.fullmatch(end)):
            exact[key] = exact.get(key, 0) + 1
        if r.get("approximate"):
            approximate[key] = approximate.get(key, 0) + 1
    L = ["Dated terms of the single-holder offices, which name the person of a role phrase on a date "
         "(\"the Chinese foreign minister\"): terms with days on which the holder surely held the "
         "office (from the last day the start can be to the first day the end, or the last day seen "
         "in office, can be) in 2000 or later: %d in all, %d of them dated to the day, %d approximate "
         "(%d days left out at each dated end)." % (
             sum(per.values()), sum(exact.values()), sum(approximate.values()), HANDOVER_DAYS), ""]
    L += _table(["office", "terms", "to the day", "approximate"],
                sorted(((k, v, exact.get(k, 0), approximate.get(k, 0)) for k, v in per.items()),
                       key=lambda kv: (-kv[1], kv[0])))
    return L + [""] + _office_coverage(terms)


def _office_coverage(terms):
    """How much of 2000-2025 the sure days of each state office's terms
    (office, role, sure days, as _dated_terms finds them) cover: the share
    of the days on which the extractor can name a holder, per state, and
    the states covered 90% or more."""
    spans = collections.defaultdict(list)
    for o, _, (a, b) in terms:
        a, b = max(a, COVERAGE_FROM), min(b, COVERAGE_TO)
        if not o.startswith("organization") and a <= b:
            spans[o].append((a, b))
    total = (COVERAGE_TO - COVERAGE_FROM).days + 1
    share = {}
    for o, lst in spans.items():
        covered, until = 0, None
        for a, b in sorted(lst):
            if until is not None and a <= until:
                a = until + datetime.timedelta(days=1)
            if a <= b:
                covered += (b - a).days + 1
                until = b if until is None else max(until, b)
        share[o] = covered / total
    states = sorted({o.split(" ", 1)[0] for o in share})
    rows = []
    for office in STATE_OFFICES:
        got = [share.get("%s %s" % (c, office), 0.0) for c in states]
        rows.append((office, sum(1 for x in got if x >= 0.9), sum(1 for x in got if x >= 0.5)))
    # Every state has a head of state, a foreign and a defence minister; a
    # head of government apart from the head of state, not every one.
    three = ["head of state", "foreign minister", "defence minister"]
    full = [c for c in states if all(share.get("%s %s" % (c, o), 0.0) >= 0.9 for o in three)]
    L = ["Coverage of 2000-2025 by those terms (the share of the days on which a role phrase names a "
         "holder): %d states have their head of state, foreign minister and defence minister each "
         "covered on 90%% of the days or more: %s." % (len(full), ", ".join(full)), ""]
    L += _table(["office", "states covered 90% or more", "states covered 50% or more"], rows)
    return L + [""]
