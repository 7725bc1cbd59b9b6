"""Kinds: entries a source files under the wrong kind, moved or dropped by
the reviewed table tables/kind_decisions.tsv.

Phoenix lists individuals among its non-state armed groups (Osama bin
Laden, Khalid Sheikh Mohammed, Hafiz Saeed, ...) and a few institutions
among its people (Lok Sabha, Shin Bet, the Federal Reserve); it also has a
few fictional characters and common phrases as armed groups. Each row of
the table moves one generated entry to the other kind, into an existing
entry of that kind (the same person or body: its id stays, the moved
names become aliases) or as a new entry, or drops it. A moved institution
keeps no short forms and no roles (a new one takes its category from the
Phoenix sector of its first role); a moved individual is a person with the
organization's names (in the casing of people's names), its country, no
short forms and the category "militant"."""

from .casing import phx_person_name
from .dedupe import DEDUPE_REPORT, dedupe_people, merge_into
from .merge import merge_entity_into, resolve_kind_conflicts
from .report import report
from .tables import KIND_DECISIONS
from .text import alias_obj, alias_text, slugify


class KindError(Exception):
    pass


def person_case(text):
    """An organization's rendering of a person's name in the casing of
    people's names ("Osama Bin Laden" -> "Osama bin Laden")."""
    return phx_person_name(text.upper().split(), None)


def org_to_person(e):
    name = person_case(e["name"])
    p = {"id": "person:" + slugify(name), "kind": "person", "name": name}
    aliases, seen = [], {name.casefold()}
    for a in e.get("aliases") or []:
        t = person_case(alias_text(a))
        if t.casefold() in seen:
            continue
        seen.add(t.casefold())
        aliases.append(alias_obj(t, a.get("case")) if isinstance(a, dict) else t)
    if aliases:
        p["aliases"] = aliases
    if e.get("country"):
        p["country"] = e["country"]
    p["category"] = "militant"
    if e.get("case"):
        p["case"] = e["case"]
    p["sources"] = list(e.get("sources") or [])
    return p


# The category of a new organization made of a person entry, from the
# Phoenix sector of its first role.
SECTOR_CATEGORIES = {"Military": "military", "Intelligence": "intelligence", "Police": "police",
                     "Legislator": "legislature", "Judiciary": "court", "Rebel": "armed-group",
                     "Party": "party", "Opposition": "party"}


def person_to_org(e):
    o = {"id": "org:" + slugify(e["name"]), "kind": "organization", "name": e["name"]}
    if e.get("aliases"):
        o["aliases"] = list(e["aliases"])
    if e.get("country"):
        o["country"] = e["country"]
    roles = e.get("roles") or [{}]
    o["category"] = SECTOR_CATEGORIES.get(roles[0].get("title"), "government")
    if e.get("case"):
        o["case"] = e["case"]
    o["sources"] = list(e.get("sources") or [])
    return o


def apply_kind_decisions(people, orgs):
    """Applies tables/kind_decisions.tsv; returns (people, orgs)."""
    pid = {e["id"]: e for e in people}
    oid = {e["id"]: e for e in orgs}
    gone = set()
    pending = []  # (new entry, into id, row)
    for key, decision, into, reason in KIND_DECISIONS:
        src = oid if key.startswith("org:") else pid
        e = src.get(key)
        if e is None:
            raise KindError("tables/kind_decisions.tsv: %s: no such generated entry" % key)
        if any("curated" == s for s in e.get("sources") or []):
            raise KindError("tables/kind_decisions.tsv: %s is curated: fix curated/ instead" % key)
        gone.add(key)
        rec = {"id": key, "name": e["name"], "decision": decision, "into": None, "reason": reason}
        DEDUPE_REPORT["kinds"].append(rec)
        if decision == "drop":
            report("kind-decisions", "%s (%s) dropped: %s" % (key, e["name"], reason))
            continue
        if decision == "person" and e["kind"] == "organization":
            new = org_to_person(e)
        elif decision == "organization" and e["kind"] == "person":
            new = person_to_org(e)
        else:
            raise KindError("tables/kind_decisions.tsv: %s: cannot make a %s a %s" % (
                key, e["kind"], decision))
        pending.append((new, into, rec))
    people = [e for e in people if e["id"] not in gone]
    orgs = [e for e in orgs if e["id"] not in gone]
    # new entries first, so that others can join them
    for new, into, rec in pending:
        if into != "-":
            continue
        lst = people if new["kind"] == "person" else orgs
        ids = {e["id"] for e in lst}
        if new["id"] in ids:
            raise KindError("tables/kind_decisions.tsv: %s: the new id %s is taken; give it as "
                            "the entry to join or change the table" % (rec["id"], new["id"]))
        lst.append(new)
        rec["into"] = new["id"]
        report("kind-decisions", "%s (%s) is a %s: %s (%s)" % (rec["id"], rec["name"], new["kind"],
                                                              new["id"], rec["reason"]))
    pid = {e["id"]: e for e in people}
    oid = {e["id"]: e for e in orgs}
    for new, into, rec in pending:
        if into == "-":
            continue
        target = (pid if new["kind"] == "person" else oid).get(into)
        if target is None:
            raise KindError("tables/kind_decisions.tsv: %s: no %s %s to join" % (
                rec["id"], new["kind"], into))
        if new["kind"] == "person":
            merge_into(target, new)
        else:
            merge_entity_into(target, new)
        rec["into"] = into
        report("kind-decisions", "%s (%s) is a %s: merged into %s (%s)" % (
            rec["id"], rec["name"], new["kind"], into, rec["reason"]))
    return people, orgs


def one_entry_each(people, orgs):
    """The step after the curated merge: the kind decisions, the duplicate
    people, then the alias conflicts the merges leave (gen/merge.py)."""
    people, orgs = apply_kind_decisions(people, orgs)
    people = dedupe_people(people)
    return resolve_kind_conflicts(people, "person"), resolve_kind_conflicts(orgs, "organization")
