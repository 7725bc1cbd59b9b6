"""Merging: entities of a kind that claim the same string, curated entries
over generated ones, and the precision pass over generated entries."""

import json
import os
import sys

from .fold import fold
from .report import report
from .tables import PARTICLES
from .text import alias_text, is_acronym, letters


def load_jsonl(path, problem=None):
    """The entries of a JSON Lines file (none if it does not exist). Stops
    the generator, naming the file and line, on invalid JSON or on an entry
    for which `problem(entry)` gives a reason."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as ex:
                sys.exit("error: %s line %d: invalid JSON: %s" % (path, n, ex))
            why = problem(e) if problem else None
            if why:
                sys.exit("error: %s line %d: %s" % (path, n, why))
            out.append(e)
    return out


def entity_surface_folds(e):
    fs = {fold(e["name"])}
    for a in e.get("aliases") or []:
        fs.add(fold(alias_text(a)))
    return fs


def merge_alias_lists(curated, generated, exclude):
    out, seen = [], set(exclude)
    for a in (curated or []) + (generated or []):
        f = fold(alias_text(a))
        if f in seen:
            continue
        seen.add(f)
        out.append(a)
    return out


def disambiguate_slugs(entries):
    """Entries whose slug ids collide get "-<alpha3 lower>" appended."""
    byid = {}
    for e in entries:
        byid.setdefault(e["id"], []).append(e)
    for i, lst in byid.items():
        if len(lst) > 1:
            for e in lst:
                e["id"] = i + "-" + e["country"].lower()
    return entries


def entity_rank(e):
    """Priority when two entities of a kind claim the same string."""
    srcs = e.get("sources") or []
    return ("curated" in srcs, "factbook" in srcs, e.get("_rank") or "", len(e.get("roles") or []),
            len(e.get("aliases") or []), e["id"])


def entity_countries(e):
    return {e.get("country")} | {r.get("country") for r in e.get("roles") or []} - {None}


def merge_entity_into(target, e):
    seen = {fold(alias_text(a)) for a in target.get("aliases") or []} | {fold(target["name"])}
    al = list(target.get("aliases") or [])
    for a in [e["name"]] + list(e.get("aliases") or []):
        if fold(alias_text(a)) not in seen:
            seen.add(fold(alias_text(a)))
            al.append(a)
    if al:
        target["aliases"] = al
    for k in ("short", "generic"):
        if e.get(k):
            sh = list(target.get(k) or [])
            ss = {fold(alias_text(x)) for x in sh}
            for x in e[k]:
                if fold(alias_text(x)) not in ss:
                    ss.add(fold(alias_text(x)))
                    sh.append(x)
            target[k] = sh
    if e.get("roles"):
        roles = list(target.get("roles") or [])
        for r in e["roles"]:
            if r not in roles:
                roles.append(r)
        target["roles"] = roles
    target["sources"] = sorted(set(target.get("sources") or []) | set(e.get("sources") or []))


def resolve_kind_conflicts(ents, kind, depth=0):
    """Make every folded name/alias belong to one entity of the kind.  A curated
    entity keeps its strings; otherwise the entity whose canonical name it is.
    An entity whose canonical name is taken is merged into the owner when they
    are compatible (same country), else dropped; an alias shared by entities
    none of which is curated or has it as name is dropped from all."""
    claims = {}
    for e in ents:
        for f in sorted(entity_surface_folds(e)):
            claims.setdefault(f, []).append(e)
    drop_alias = {}
    drop_ent = set()
    merged = False
    for f, lst in sorted(claims.items()):
        lst = [e for e in lst if e["id"] not in drop_ent]
        if len({e["id"] for e in lst}) < 2:
            continue
        cur = [e for e in lst if "curated" in (e.get("sources") or [])]
        names = [e for e in lst if fold(e["name"]) == f]
        if cur:
            best = max(cur, key=lambda e: (fold(e["name"]) == f, entity_rank(e)))
        elif names:
            best = max(names, key=entity_rank)
        elif kind == "organization" and len([e for e in lst if e.get("category") in ("igo", "un-body")]) == 1:
            best = [e for e in lst if e.get("category") in ("igo", "un-body")][0]
        else:
            best = None
            report(kind + "-conflict", "%r: alias of %s: ambiguous, dropped from all" % (f, ", ".join(sorted(e["id"] for e in lst))))
        for e in lst:
            if e is best:
                continue
            if fold(e["name"]) == f:
                if "curated" in (e.get("sources") or []):
                    continue  # two curated entries: left to validation
                ca, cb = entity_countries(best), entity_countries(e)
                if (ca & cb) or (kind == "organization" and (not ca or not cb)):
                    merge_entity_into(best, e)
                    merged = True
                    report(kind + "-conflict", "%r: %s merged into %s (same name, compatible country)" % (f, e["id"], best["id"]))
                else:
                    report(kind + "-conflict", "%r: %s and %s share the name: kept %s, dropped %s" % (
                        f, best["id"], e["id"], best["id"], e["id"]))
                drop_ent.add(e["id"])
            else:
                drop_alias.setdefault(e["id"], set()).add(f)
                if best is not None:
                    report(kind + "-conflict", "%r: claimed by %s and %s: kept for %s" % (f, best["id"], e["id"], best["id"]))
    out = []
    for e in ents:
        if e["id"] in drop_ent:
            continue
        d = drop_alias.get(e["id"])
        if d and e.get("aliases"):
            e["aliases"] = [a for a in e["aliases"] if fold(alias_text(a)) not in d]
            if not e["aliases"]:
                del e["aliases"]
        out.append(e)
    if merged and depth < 5:
        return resolve_kind_conflicts(out, kind, depth + 1)
    return out


def merge_curated(generated, curated, kind, match_by_name=True):
    """Merge curated entries into generated ones (curated fields win)."""
    byid = {e["id"]: e for e in generated}
    byfold = {}
    for e in generated:
        for f in entity_surface_folds(e):
            byfold.setdefault(f, e)
    result = {e["id"]: e for e in generated}
    # A generated entry that a curated entry claims by id is that entry's:
    # another curated entry never takes it by a shared name (a son named
    # after his father).
    claimed = {c["id"] for c in curated}
    for c in curated:
        if c.get("kind") != kind:
            sys.exit("error: curated %s entry %r has kind %r" % (kind, c.get("id"), c.get("kind")))
        g = byid.get(c["id"])
        if g is None and match_by_name:
            for f in sorted(entity_surface_folds(c)):
                if f in byfold and byfold[f]["id"] not in claimed:
                    g = byfold[f]
                    report("curated-merge", "%s: curated %s matches generated %s by name/alias %r: merged under the curated id" % (kind, c["id"], g["id"], f))
                    break
        if g is None:
            m = dict(c)
            srcs = set(m.get("sources") or [])
            srcs.add("curated")
            m["sources"] = sorted(srcs)
            result[m["id"]] = m
            continue
        if g["id"] in result and g["id"] != c["id"]:
            del result[g["id"]]
        m = dict(g)
        for k, v in c.items():
            if k in ("aliases", "short", "demonyms", "generic"):
                continue
            m[k] = v
        m["id"] = c["id"]
        for k in ("aliases", "short", "demonyms", "generic"):
            if k in c or k in g:
                excl = {fold(m["name"])} if k == "aliases" else set()
                lst = merge_alias_lists(c.get(k), g.get(k), excl)
                if lst:
                    m[k] = lst
        if kind == "person" and "roles" in g and "roles" in c:
            roles = list(c["roles"])
            keys = {(r.get("title"), r.get("country")) for r in roles}
            for r in g["roles"]:
                if (r.get("title"), r.get("country")) not in keys:
                    roles.append(r)
            m["roles"] = roles
        srcs = set(g.get("sources") or []) | set(c.get("sources") or []) | {"curated"}
        m["sources"] = sorted(srcs)
        result[m["id"]] = m
    # generated aliases that a curated entity claims: curated wins
    curated_ids = {c["id"] for c in curated} | {e["id"] for e in result.values() if "curated" in (e.get("sources") or [])}
    cfolds = {}
    for i in sorted(curated_ids):
        if i in result:
            for f in entity_surface_folds(result[i]):
                cfolds.setdefault(f, i)
    for i, e in sorted(result.items()):
        if i in curated_ids or not e.get("aliases"):
            continue
        keep = []
        for a in e["aliases"]:
            f = fold(alias_text(a))
            if f in cfolds and cfolds[f] != i:
                report("curated-merge", "%s: alias %r of %s dropped: claimed by curated %s" % (kind, alias_text(a), i, cfolds[f]))
                continue
            keep.append(a)
        e["aliases"] = keep
        if not keep:
            del e["aliases"]
    return list(result.values())


def precision_pass(people, orgs, locs):
    """Safeguards for generated (not curated) entries, which come from
    upper-case or loosely edited sources:
    - people, organizations and generated places match only with their
      capitalised words capitalised (entry-level "case": "capitalized");
    - person names must consist of capitalised words and name particles;
    - organizations lose acronyms of three letters or fewer (shared by
      many bodies and by everyday abbreviations: ABC, MEP, MPC, DTT) and
      one-word aliases that are not acronyms; an organization whose own
      name is a single word is dropped."""
    kept_people = []
    for e in people:
        bad = [w for w in e["name"].split()
               if w[:1].islower()
               and w.split("-")[0].lower().strip(".'") not in PARTICLES
               or w.lower() in ("of", "the", "and", "for", "states", "republic")]
        if bad:
            report("precision", "person %s dropped: lower-case word(s) %r in the name" % (e["id"], bad))
            continue
        e["case"] = "capitalized"
        kept_people.append(e)
    kept_orgs = []
    for e in orgs:
        name = e["name"]
        single = len(name.split()) == 1
        if single and not (is_acronym(name, 5) and letters(name) >= 4):
            report("precision", "organization %s dropped: one-word name %r" % (e["id"], name))
            continue
        aliases = []
        for a in e.get("aliases") or []:
            t = alias_text(a)
            if is_acronym(t, 3):
                report("precision", "organization %s: acronym %r dropped (three letters or fewer)" % (e["id"], t))
                continue
            if len(t.split()) == 1 and not is_acronym(t, None):
                report("precision", "organization %s: one-word alias %r dropped" % (e["id"], t))
                continue
            aliases.append(a)
        if "aliases" in e:
            e["aliases"] = aliases
            if not aliases:
                del e["aliases"]
        e["case"] = "capitalized"
        kept_orgs.append(e)
    for e in locs:
        e["case"] = "capitalized"
    return kept_people, kept_orgs, locs
