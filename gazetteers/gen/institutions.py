"""National institutions of every sovereign state: central banks, national
news agencies, ministries of foreign affairs and of defence, legislatures
(and their chambers) and armed forces.

The bodies come from the hand list `curated/institutions.jsonl` (names and
aliases written by hand and reviewed like code; one entry per body). An
entry of the list extends the organization that already is that body (the
same `id`, else the same folded name or alias in the same country): it adds
its aliases and generic forms. Any other entry is added as a new
organization. An alias that another organization already has is left out
(it names another body, or is ambiguous). Wikidata QIDs are never written
in the list: they come from the source extracts read by
`gen/sources/institution_qids.py`, attached when the row's name and country
agree with exactly one entry of the same kind of body.

The step logs (REPORT.md, "Wikidata links", source "institutions") how
many bodies it added and extended, the aliases it left out, and for each
kind of body how many sovereign states have one and how many of those have
a QID; the states still lacking one are listed in the notes."""

import os
import re
import sys

from .fold import fold
from .merge import entity_surface_folds, load_jsonl
from .report import report
from .sources import institution_qids
from .text import alias_text
from .wikidata import LOG

SOURCE = "institutions"
LIST_FILE = "institutions.jsonl"
CATEGORIES = ("central-bank", "news-agency", "ministry", "legislature", "military")
# The six kinds of body every sovereign state is expected to have.
KINDS = ("central-bank", "news-agency", "foreign-ministry", "defence-ministry", "legislature", "military")

FOREIGN = re.compile(r"\b(?:foreign|external (?:affairs|relations)|international (?:relations|affairs)|"
                     r"global affairs|state department|department of state)\b")
DEFENCE = re.compile(r"\b(?:defen[cs]e|armed forces|war department|department of war)\b")


def institution_kind(e):
    """The kind of national body an organization is (one of KINDS), or None.
    Ministries are told apart by their names: a foreign ministry names
    foreign, external or international affairs (or is a department of
    state), a defence ministry names defence or the armed forces."""
    cat = e.get("category")
    if cat in ("central-bank", "news-agency", "legislature", "military"):
        return cat
    if cat != "ministry":
        return None
    texts = " | ".join(fold(t) for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []])
    name = fold(e["name"])
    if FOREIGN.search(name) or not DEFENCE.search(name) and FOREIGN.search(texts):
        return "foreign-ministry"
    if DEFENCE.search(name) or DEFENCE.search(texts):
        return "defence-ministry"
    return None


def load_list(path):
    """The hand list: organization entries with a country and one of
    CATEGORIES. Stops the generator on a malformed entry."""
    return load_jsonl(path, entry_problem)


def entry_problem(e):
    """Why an entry of the hand list is malformed, or None."""
    if e.get("kind") != "organization":
        return "%s: kind must be organization" % e.get("id")
    if not str(e.get("id", "")).startswith("org:") or not e.get("name"):
        return "%r: needs an org: id and a name" % e.get("id")
    if e.get("category") not in CATEGORIES:
        return "%s: category %r is not one of %s" % (e["id"], e.get("category"), ", ".join(CATEGORIES))
    if not e.get("country"):
        return "%s: no country" % e["id"]
    if "wikidata" in e:
        return "%s: a QID comes from a source extract, never from the hand list" % e["id"]
    if "curated" not in (e.get("sources") or []):
        return "%s: sources must name curated" % e["id"]
    return None


class Claims:
    """Which organization has each folded name or alias."""

    def __init__(self, orgs):
        self.owner = {}
        for e in orgs:
            self.add(e)

    def add(self, e):
        for f in entity_surface_folds(e):
            self.owner.setdefault(f, e)

    def other(self, f, e):
        """The organization other than `e` that has the folded string `f`, or None."""
        o = self.owner.get(f)
        return o if o is not None and o is not e else None


def find_target(c, by_id, claims):
    """The organization the list entry `c` is: the same id; else, in the
    same country (or with none), the one with the entry's name as its name
    or alias, else the one whose name is an alias of the entry. Two bodies
    that merely share an alias ("Polish parliament" of the Sejm and of the
    Parliament of Poland) stay apart: the alias goes to the first."""
    if c["id"] in by_id:
        return by_id[c["id"]]
    same_country = lambda o: o is not None and o.get("country") in (c["country"], None)
    o = claims.owner.get(fold(c["name"]))
    if same_country(o):
        return o
    for a in c.get("aliases") or []:
        o = claims.owner.get(fold(alias_text(a)))
        if same_country(o) and fold(o["name"]) == fold(alias_text(a)):
            return o
    return None


def _own_forms(e):
    return entity_surface_folds(e) | {fold(alias_text(a)) for k in ("short", "demonyms") for a in e.get(k) or []}


def merge_institutions(orgs, listed):
    """`orgs` with the hand list merged in (see the module docstring)."""
    orgs = list(orgs)
    by_id = {e["id"]: e for e in orgs}
    claims = Claims(orgs)
    for c in listed:
        target = find_target(c, by_id, claims)
        if target is None:
            e = {k: v for k, v in c.items() if k not in ("aliases", "generic")}
            e["sources"] = sorted(set(c.get("sources") or []) | {"curated"})
            if e["id"] in by_id:
                sys.exit("error: %s: the id of a listed institution is taken" % e["id"])
            if claims.other(fold(e["name"]), None):
                LOG.count(SOURCE, "dropped: name of another organization")
                LOG.note(SOURCE, "%s left out: its name %r is %s's" % (
                    c["id"], c["name"], claims.owner[fold(c["name"])]["id"]))
                continue
            orgs.append(e)
            by_id[e["id"]] = e
            LOG.count(SOURCE, "added")
            target = e
        else:
            LOG.count(SOURCE, "extended")
            if c["id"] != target["id"]:
                report("institutions", "%s is %s (same name or alias, same country)" % (c["id"], target["id"]))
            if not target.get("country"):
                target["country"] = c["country"]
                LOG.note(SOURCE, "%s: country %s from the hand list" % (target["id"], c["country"]))
            target["sources"] = sorted(set(target.get("sources") or []) | {"curated"})
        _add_forms(target, c, claims)
        claims.add(target)
    return orgs


def _add_forms(target, c, claims):
    """Adds the aliases and generic forms of the list entry `c` to `target`,
    leaving out the aliases another organization has."""
    own = _own_forms(target)
    aliases = list(target.get("aliases") or [])
    for a in c.get("aliases") or []:
        f = fold(alias_text(a))
        if f in own:
            continue
        o = claims.other(f, target)
        if o is not None:
            LOG.count(SOURCE, "dropped: alias of another organization")
            report("institutions", "%s: alias %r left out: it is %s's" % (target["id"], alias_text(a), o["id"]))
            continue
        own.add(f)
        aliases.append(a)
    if aliases:
        target["aliases"] = aliases
    generic = list(target.get("generic") or [])
    have = {fold(alias_text(g)) for g in generic}
    own = _own_forms(target)
    for g in c.get("generic") or []:
        f = fold(alias_text(g))
        if f in have or f in own:
            continue
        have.add(f)
        generic.append(g)
    if generic:
        target["generic"] = generic


def attach_qids(orgs, rows, source):
    """Sets `wikidata` on the organization each source row names: a row is
    {"qid", "name", "country", "kind"}; it links when exactly one
    organization of that kind and country has the row's name as its name or
    alias. Ambiguous and unmatched rows, and rows whose QID another entry
    already has, are counted and left alone."""
    index = {}
    for e in orgs:
        k = institution_kind(e)
        if k is None or not e.get("country"):
            continue
        for f in entity_surface_folds(e):
            index.setdefault((e["country"], k, f), []).append(e)
    qids = {e["wikidata"]: e["id"] for e in orgs if e.get("wikidata")}
    for r in rows:
        names = [r["name"]] + list(r.get("aliases") or [])
        hits = []
        for n in names:
            for e in index.get((r["country"], r["kind"], fold(n)), []):
                if e not in hits:
                    hits.append(e)
        if not hits:
            LOG.count(source, "unmatched")
            continue
        if len(hits) > 1:
            LOG.count(source, "ambiguous")
            LOG.note(source, "%s %r (%s): %s" % (r["qid"], r["name"], r["country"], ", ".join(e["id"] for e in hits)))
            continue
        e = hits[0]
        if e.get("wikidata") == r["qid"]:
            continue
        if e.get("wikidata"):
            LOG.count(source, "dropped: entry has another QID")
            LOG.note(source, "%s keeps %s; %r says %s" % (e["id"], e["wikidata"], r["name"], r["qid"]))
            continue
        if r["qid"] in qids:
            LOG.count(source, "dropped: QID of another entry")
            LOG.note(source, "%s %r: already the QID of %s" % (r["qid"], r["name"], qids[r["qid"]]))
            continue
        e["wikidata"] = r["qid"]
        qids[r["qid"]] = e["id"]
        e["sources"] = sorted(set(e.get("sources") or []) | {source})
        LOG.count(source, "linked")


def coverage(orgs, state_ents):
    """{kind: (sovereign states with such a body, states of those with a QID
    on one)}, each a sorted list of alpha-3 codes."""
    sovereign = {e["country"] for e in state_ents if e.get("category") == "sovereign" and e.get("country")}
    has = {k: set() for k in KINDS}
    linked = {k: set() for k in KINDS}
    for e in orgs:
        k = institution_kind(e)
        c = e.get("country")
        if k is None or c not in sovereign:
            continue
        has[k].add(c)
        if e.get("wikidata"):
            linked[k].add(c)
    return {k: (sorted(has[k]), sorted(linked[k])) for k in KINDS}, sorted(sovereign)


def log_coverage(orgs, state_ents):
    cov, sovereign = coverage(orgs, state_ents)
    for k in KINDS:
        has, linked = cov[k]
        LOG.count(SOURCE, "%s: sovereign states with one" % k, len(has))
        LOG.count(SOURCE, "%s: sovereign states with one linked to Wikidata" % k, len(linked))
        missing = [c for c in sovereign if c not in has]
        LOG.count(SOURCE, "%s: sovereign states without one" % k, len(missing))
        if missing:
            LOG.note(SOURCE, "no %s: %s" % (k, " ".join(missing)))
    for cat in CATEGORIES:
        n = sum(1 for e in orgs if e.get("category") == cat and "curated" in (e.get("sources") or []))
        LOG.count(SOURCE, "%s: curated entries" % cat, n)


def national_institutions(orgs, state_ents, src, filt, curated_dir=None):
    """The organizations with the national institutions of the hand list
    merged in, their QIDs attached from the source extracts, and the
    coverage logged."""
    if curated_dir is None:
        curated_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "curated")
    listed = load_list(os.path.join(curated_dir, LIST_FILE))
    orgs = merge_institutions(orgs, listed)
    for source, rows in institution_qids.load(src.local):
        attach_qids(orgs, rows, source)
    log_coverage(orgs, state_ents)
    return orgs
