"""International bodies from supraverden (gazetteers/sources/supraverden, CC
BY-SA 4.0): each body with a QID is linked to the organization entry that
names it, or added as an entry of its own; then every entry derived from the
source moves to builtin/international_bodies.jsonl, a file of its own under
that licence (share-alike), while organizations.jsonl stays free of it.

Matching. A body is the entry that already carries its QID, else the entry
one of whose names or aliases is one of the body's English names under the
organization key (`org_key`: folded, minor words and "the" left out, British
and American spellings alike), provided the entry is of a kind of body that
can be an international one (not a party, armed group, ministry...). An
entry whose name is one of the body's abbreviations ("CEMAC", "BEAC": Phoenix
knows some bodies only so) is the body too when the body has no entry by
name; when it has one, that acronym entry, if generated, is a duplicate and
is merged into it, as are generated entries whose name is the linked one's
under the organization key. A match that is not sure is left out and
counted: several entries for one body, an entry that already has another
QID (a conflict: the entry keeps its QID), a QID an organization of another
file has. When several bodies fall on one entry, the body whose name is the
entry's name links to it; the others become entries of their own and take
with them the aliases of the entry that are their names (the source says
they are other bodies: the Nordic Council of Ministers is not the Nordic
Council). The same holds for the few bodies whose name is only an alias of
an entry that names another body (BODY_NOT_ENTRY).

Safeguards on the names and abbreviations a body brings (see
gazetteers/README.md, "Hygiene", and the house filters of
gen/organizations.py): a form is left out when it is generic ("Council of
ministers"), an ordinary phrase other bodies bear too (NAMES_LEFT_OUT), one
common word, a state, capital or city, a name or alias of another entry of
any kind or a generic form (the other entry keeps it), or shared by two
bodies. An abbreviation also when it has one or two characters (but UN, EU,
AU), is a common English word in capitals, or was left out after review on
news (ABBREVIATIONS_LEFT_OUT). An abbreviation two bodies share stays with
the one the source shows as clearly the more prominent (at least twice as
many names in other languages, read by the source from Wikidata), else with
neither. New entries match capitalised; an abbreviation in mixed case
("CoR") only as written. Every decision is counted (LOG, source
"supraverden") and reported (section "supraverden")."""

from .filters import Filters, all_common
from .fold import fold
from .merge import entity_rank, merge_entity_into
from .organizations import org_alias_problem, org_key
from .report import report
from .sources import supraverden
from .tables import COMMON_WORDS, ORG_TWO_LETTER
from .text import alias_obj, alias_text, is_acronym, slugify
from .wikidata import LOG

SOURCE = "supraverden"
ORGS_FILE = "organizations.jsonl"
BODIES_FILE = "international_bodies.jsonl"
SECTION = "supraverden"

# Categories of organizations that are never an international body: a body
# of the source never links to an entry of these.
NOT_A_BODY = frozenset({"party", "armed-group", "military", "police", "intelligence", "ministry",
                        "seat-of-power", "news-agency", "media", "criminal-group", "cyber-group",
                        "government"})

# Records of the source whose Wikidata_code is another record's, by SPRVD_id,
# with the evidence from the source itself; their QID is not used.
QID_NOT_THEIRS = {
    # LifeWatch ERIC has the QID and the website (which the source's
    # enrichment script reads from Wikidata, P856, for the record's QID) of
    # the Joint Institute for Very Long Baseline Interferometry: jive.eu.
    "SPRVD0166187": "its QID and website (jive.eu, read by the source from Wikidata for that QID) "
                    "are those of the Joint Institute for Very Long Baseline Interferometry",
}

# Bodies whose English name is only an alias of an existing entry that names
# another body (reviewed): they become entries of their own and take that
# alias with them: {source key: reason}.
BODY_NOT_ENTRY = {
    "Commonwealth Secretariat": "the Commonwealth of Nations (org:commonwealth-of-nations) has "
                                "the Secretariat, its intergovernmental body, as an alias",
}

# Abbreviations left out after review (their matches on BBC news,
# /work/shared/corpora/bbc_news_2225.jsonl, and what else news means by
# them): {abbreviation: reason}. The capitals rule of the crate keeps the
# common words in lower case out already; these collide in capitals.
ABBREVIATIONS_LEFT_OUT = {
    "ACS": "American Cancer Society, American Chemical Society",
    "AMA": "American Medical Association (BBC: Assistive Mouse Adapter)",
    "AMF": "France's Autorité des marchés financiers (BBC: the Vivendi inquiry)",
    "APT": "advanced persistent threat, the name of hacking groups",
    "ATU": "Amalgamated Transit Union",
    "BIC": "bank identifier code, the Bic company",
    "BIS": "the US Bureau of Industry and Security, the UK Department for Business, Innovation and Skills",
    "CBD": "cannabidiol, central business district, the Convention on Biological Diversity",
    "CCA": "many bodies (CoreCivic's former name Corrections Corporation of America)",
    "CFC": "chlorofluorocarbon",
    "CIM": "many bodies and terms",
    "CIP": "many bodies and terms",
    "CLE": "continuing legal education",
    "CND": "the Campaign for Nuclear Disarmament in British news",
    "COE": "US Army Corps of Engineers; the Council of Europe is written CoE",
    "CPD": "continuing professional development",
    "CSW": "Christian Solidarity Worldwide",
    "CTU": "counter-terrorism units, the Chicago Teachers Union",
    "ECA": "also the UN Economic Commission for Africa, and export credit agencies",
    "ECCC": "the Extraordinary Chambers in the Courts of Cambodia",
    "ECE": "early childhood education",
    "EEA": "the European Economic Area in news, not the European Environment Agency",
    "ELA": "the ECB's emergency liquidity assistance",
    "ELI": "a given name in capitals",
    "EPOS": "electronic point of sale",
    "ERA": "earned run average, the Equal Rights Amendment, the word era in capitals",
    "ESA": "the European Space Agency, not the Euratom Supply Agency",
    "ESS": "also the European Spallation Source and other bodies",
    "ETF": "exchange-traded fund",
    "ETI": "the Ethical Trading Initiative",
    "FRA": "France's sports code, the US Federal Railroad Administration",
    "IBEC": "Ibec, the Irish employers' confederation",
    "IMC": "the International Medical Corps, independent media centres",
    "INL": "the Idaho National Laboratory, the US State Department's INL bureau",
    "ITC": "the US International Trade Commission, ITC Ltd",
    "LTA": "the Lawn Tennis Association in British news (BBC: 11 matches, all tennis)",
    "MRC": "the UK Medical Research Council",
    "MSG": "monosodium glutamate, Madison Square Garden",
    "NDF": "the National Democratic Front of the Philippines, national defence forces",
    "PBC": "the People's Bank of China and other bodies",
    "PCB": "polychlorinated biphenyls, printed circuit boards, the Pakistan Cricket Board",
    "SAU": "Saudi Arabia's ISO code",
    "SRB": "Serbia's ISO code",
    "SHARE": "the word share in capitals",
    "UPC": "the Union of Congolese Patriots, the Universal Product Code, UPC the cable company",
    "VPI": "Virginia Polytechnic Institute",
    "CLARIN": "six letters, so matched in any case: Clarín, the Argentine newspaper (BBC)",
    "SESAME": "six letters, so matched in any case: the word sesame, Sesame Street",
}

# English names of bodies that are ordinary phrases news uses for other
# bodies too (reviewed): {name: reason}.
NAMES_LEFT_OUT = {
    "Statistical Commission": "national statistical commissions; the body keeps "
                              "United Nations Statistical Commission",
    "Commission for Social Development": "national commissions for social development; the body "
                                         "keeps United Nations Commission for Social Development",
    "Court of Conciliation and Arbitration": "national labour courts of that name; the body keeps "
                                             "OSCE Court of Conciliation and Arbitration",
    "Council of Legal Education": "the national councils of legal education (Kenya, Nigeria...); "
                                  "the body keeps Caribbean Council of Legal Education",
}

# A body keeps an abbreviation another body shares only with at least this
# many times the other's names in other languages.
PROMINENCE_RATIO = 2


def usable_bodies(bodies):
    """The bodies with a QID of their own: records without one, and records
    sharing one that no decision settles, are left out and counted."""
    by_qid = {}
    for b in bodies:
        if b.qid:
            by_qid.setdefault(b.qid, []).append(b)
    out = []
    for b in bodies:
        if not b.qid:
            LOG.count(SOURCE, "dropped: no QID in the source")
            continue
        if b.sprvd_id in QID_NOT_THEIRS:
            LOG.count(SOURCE, "dropped: QID of another record of the source")
            LOG.note(SOURCE, "%s: QID %s not used: %s" % (b.name, b.qid, QID_NOT_THEIRS[b.sprvd_id]))
            continue
        sharing = [x for x in by_qid[b.qid] if x.sprvd_id not in QID_NOT_THEIRS]
        if len(sharing) > 1:
            LOG.count(SOURCE, "ambiguous")
            LOG.note(SOURCE, "%s: QID %s is also %s's in the source; not used" % (
                b.name, b.qid, ", ".join(x.name for x in sharing if x is not b)))
            continue
        out.append(b)
    return out


class FormIndex:
    """The matchable forms of the data: organization entries by organization
    key (for matching) and by folded form (for clashes), and the folded forms
    of every other kind and every generic form (never a body's alias)."""

    def __init__(self, files, orgs):
        self.by_key = {}    # org_key -> {entry id: True if the entry's name}
        self.by_fold = {}   # folded form -> entry id (organizations)
        self.by_id = {e["id"]: e for e in orgs}
        self.by_qid = {}    # QID -> [entry ids]
        for e in orgs:
            if e.get("wikidata"):
                self.by_qid.setdefault(e["wikidata"], []).append(e["id"])
        for e in orgs:
            self.add(e)
        self.other = {}         # folded form -> "kind id"
        self.other_qids = {}    # QID -> id, organizations of other files
        for fn, ents in files.items():
            for e in ents:
                forms = [alias_text(a) for a in e.get("generic") or []]
                if e["kind"] != "organization" or fn != ORGS_FILE:
                    forms += [e["name"]] + [alias_text(a) for k in ("aliases", "demonyms")
                                            for a in e.get(k) or []]
                if e["kind"] == "organization" and fn != ORGS_FILE and e.get("wikidata"):
                    self.other_qids[e["wikidata"]] = e["id"]
                for t in forms:
                    self.other.setdefault(fold(t), "%s %s" % (e["kind"], e["id"]))

    def add(self, e):
        """Indexes the name and aliases of organization entry `e`."""
        for i, t in enumerate([e["name"]] + [alias_text(a) for a in e.get("aliases") or []]):
            hits = self.by_key.setdefault(org_key(t), {})
            hits[e["id"]] = hits.get(e["id"], False) or i == 0
            self.by_fold.setdefault(fold(t), e["id"])

    def remove_alias(self, e, text):
        """Takes the alias `text` (folded alike) away from entry `e`."""
        f, k = fold(text), org_key(text)
        e["aliases"] = [a for a in e.get("aliases") or [] if fold(alias_text(a)) != f]
        if not e["aliases"]:
            del e["aliases"]
        if self.by_fold.get(f) == e["id"]:
            del self.by_fold[f]
        hits = self.by_key.get(k) or {}
        if org_key(e["name"]) != k and not any(org_key(alias_text(a)) == k for a in e.get("aliases") or []):
            hits.pop(e["id"], None)


def match_names(body):
    """The body's names and those of its abbreviations that are not written
    as acronyms ("UNFCCC secretariat", "UN Tourism", "AfDB")."""
    return body.names + [a for a in body.abbreviations if a not in body.names and not is_acronym(a)]


def can_be_body(e):
    """Whether entry `e` is of a kind of body an international one can be."""
    return e.get("category") not in NOT_A_BODY


def candidates(body, index):
    """{entry id: how the body names it} for the entries that may be the
    body: "qid", "name" (one of the body's names is the entry's name),
    "alias" (only its aliases) or "acronym" (the entry's name is one of the
    body's abbreviations)."""
    out = {}
    for i in index.by_qid.get(body.qid) or []:
        out[i] = "qid"
    for t in match_names(body):
        for i, is_name in (index.by_key.get(org_key(t)) or {}).items():
            if not can_be_body(index.by_id[i]) or out.get(i) in ("qid", "name"):
                continue
            out[i] = "name" if is_name else "alias"
    for t in body.abbreviations:
        i = index.by_fold.get(fold(t))
        if i and i not in out and index.by_id[i]["name"] == t and is_acronym(t) \
                and can_be_body(index.by_id[i]):
            out[i] = "acronym"
    return out


RANK = {"qid": 0, "name": 1, "alias": 2, "acronym": 3}


def is_generated(e):
    """Neither curated nor linked to Wikidata: an entry a merge may remove."""
    return "curated" not in (e.get("sources") or []) and not e.get("wikidata")


def duplicates(ids, index):
    """Of entries that name a body equally well, those that are generated
    duplicates of another: all have one name under the organization key, and
    all but the best ranked (curated first, gen/merge.py `entity_rank`) are
    generated. Empty when they are not all one entry."""
    if len(ids) < 2 or len({org_key(index.by_id[i]["name"]) for i in ids}) > 1:
        return []
    keep = max(ids, key=lambda i: entity_rank(index.by_id[i]))
    rest = [i for i in ids if i != keep]
    return rest if all(is_generated(index.by_id[i]) for i in rest) else []


def match_bodies(bodies, index):
    """Matches the bodies to the organization entries of `index`: (links,
    merges, separate, unmatched). `links` {source key: entry id} are the sure
    matches; `merges` {source key: [entry ids]} the generated duplicates of
    a linked entry, to merge into it; `separate` {source key: [entry ids]}
    the entries that have a body's name as an alias but are another body;
    `unmatched` the bodies to add as entries of their own. The ambiguous and
    conflicting bodies are counted and in none of them."""
    wanted = {}  # entry id -> [(rank, body, candidates)]
    merges, separate, unmatched = {}, {}, []
    for b in bodies:
        if b.qid in index.other_qids:
            LOG.count(SOURCE, "conflict: the QID of an entry of another file")
            LOG.note(SOURCE, "%s: %s is %s" % (b.name, b.qid, index.other_qids[b.qid]))
            continue
        c = candidates(b, index)
        if b.key in BODY_NOT_ENTRY:
            separate[b.key] = sorted(i for i, how in c.items() if how == "alias")
            c = {i: how for i, how in c.items() if how != "alias"}
        if not c:
            unmatched.append(b)
            continue
        best = min(RANK[h] for h in c.values())
        top = sorted(i for i, h in c.items() if RANK[h] == best)
        dups = duplicates(top, index)
        if dups:
            top = [i for i in top if i not in dups]
            for j in dups:
                c[j] = "duplicate"
        if len(top) > 1:
            LOG.count(SOURCE, "ambiguous")
            LOG.note(SOURCE, "%s (%s): names several entries: %s" % (b.name, b.qid, ", ".join(top)))
            continue
        i = top[0]
        e = index.by_id[i]
        if e.get("wikidata") and e["wikidata"] != b.qid:
            LOG.count(SOURCE, "conflict: the entry has another QID")
            LOG.note(SOURCE, "%s: %s keeps %s; the source says %s" % (b.name, i, e["wikidata"], b.qid))
            continue
        wanted.setdefault(i, []).append((RANK[c[i]], b, c))
    links = {}
    for i, claims in sorted(wanted.items()):
        e = index.by_id[i]
        if len(claims) == 1:
            winner = claims[0][1]
        else:
            own = [b for _, b, _ in claims if org_key(b.name) == org_key(e["name"])] or \
                [b for r, b, _ in claims if r <= RANK["name"]]
            winner = own[0] if len(own) == 1 else None
        if winner is None:
            for _, b, _ in claims:
                LOG.count(SOURCE, "ambiguous")
                LOG.note(SOURCE, "%s (%s): one of %s that name %s" % (
                    b.name, b.qid, ", ".join(x.name for _, x, _ in claims), i))
            continue
        for r, b, c in claims:
            if b is winner:
                links[b.key] = i
                merges[b.key] = sorted(j for j, h in c.items() if j != i and (
                    h == "duplicate" or h == "acronym" and is_generated(index.by_id[j])))
                continue
            unmatched.append(b)
            if r == RANK["alias"]:
                separate.setdefault(b.key, []).append(i)
            LOG.note(SOURCE, "%s: another body than %s (%s), which is %s" % (
                b.name, i, e["name"], winner.name))
    return links, merges, separate, unmatched


def merge_duplicates(links, merges, index):
    """Merges the generated duplicates of each linked entry into it
    (`merges`: {source key: [entry ids]}); they leave the index."""
    for key, dup_ids in sorted(merges.items()):
        target = index.by_id[links[key]]
        for j in dup_ids:
            dup = index.by_id.pop(j, None)
            if dup is None:
                continue
            merge_entity_into(target, dup)
            for f in [fold(dup["name"])] + [fold(alias_text(a)) for a in dup.get("aliases") or []]:
                if index.by_fold.get(f) == j:
                    index.by_fold[f] = target["id"]
            LOG.count(SOURCE, "merged: duplicate entry into the body's entry")
            report(SECTION, "%s merged into %s (%s)" % (j, target["id"], target["name"]))


def move_aliases(separate, by_key, index):
    """A body that is another body than an entry having its name as an alias
    (`separate`: {source key: [entry ids]}) takes that alias from the entry."""
    for key, entry_ids in sorted(separate.items()):
        b = by_key[key]
        for i in entry_ids:
            e = index.by_id[i]
            for t in b.names:
                if fold(t) != fold(e["name"]) and index.by_fold.get(fold(t)) == i:
                    index.remove_alias(e, t)
                    LOG.count(SOURCE, "alias moved to its own body")
                    report(SECTION, "%r moved from %s to the body %s (%s)" % (t, i, b.name, b.qid))


def form_problem(text, is_name, filt):
    """Why `text`, a name (is_name) or an abbreviation of a body, may not be
    one of its forms: (reason, detail), or None."""
    check = text
    if is_name and len(text) > 60:
        check = text[:60]  # full official names may be long
    if is_name and "," in text:
        check = check.replace(",", "")  # "Educational, Scientific and Cultural"
    p = org_alias_problem(check, filt, text)
    if p:
        return p.split(" (")[0].split(":")[0], p
    if text in NAMES_LEFT_OUT:
        return "an ordinary phrase", NAMES_LEFT_OUT[text]
    if not is_name or is_acronym(text):
        if len(text) <= 2 and text not in ORG_TWO_LETTER:
            return "abbreviation of one or two characters", text
        if fold(text) in COMMON_WORDS:
            return "abbreviation that is a common English word", text
        if text in ABBREVIATIONS_LEFT_OUT:
            return "abbreviation left out after review", ABBREVIATIONS_LEFT_OUT[text]
    return None


def claims_by_form(bodies):
    """{folded form: [bodies]} over the names and abbreviations of `bodies`."""
    out = {}
    for b in bodies:
        for t in b.names + b.abbreviations:
            lst = out.setdefault(fold(t), [])
            if b not in lst:
                lst.append(b)
    return out


def shared_form_owner(t, claimants):
    """The body that keeps a form several bodies share, or None: only an
    abbreviation not left out for its own sake, and only for a body clearly
    more prominent than the others (PROMINENCE_RATIO)."""
    if not any(t in b.abbreviations for b in claimants) or t in ABBREVIATIONS_LEFT_OUT:
        return None
    top = max(claimants, key=lambda b: b.name_languages)
    if all(top.name_languages >= PROMINENCE_RATIO * max(1, b.name_languages)
           for b in claimants if b is not top):
        return top
    return None


def form_clash(b, t, index, claims):
    """Why form `t` of body `b` belongs to another entry or body: (reason,
    detail), or None."""
    f = fold(t)
    owner = index.by_fold.get(f)
    if owner:
        return "another entry's name or alias", owner
    if f in index.other:
        return "a name of an entry of another kind, or a generic form", index.other[f]
    if len(claims.get(f, [])) > 1:
        keeper = shared_form_owner(t, claims[f])
        if keeper is not b:
            return "shared by several bodies of the source", "with %s; %s" % (
                ", ".join(x.name for x in claims[f] if x is not b),
                "the more prominent %s keeps it" % keeper.name if keeper else "kept by none")
    return None


def body_forms(b, entry_id, index, claims, filt):
    """The forms of body `b` that may name it (its entry is `entry_id`, None
    for a new entry): (text, is_name) in the source's order; the others are
    counted and reported. `claims`: claims_by_form of all the bodies."""
    out = []
    for t in b.names + [a for a in b.abbreviations if a not in b.names]:
        is_name = t in b.names
        if entry_id is not None and index.by_fold.get(fold(t)) == entry_id:
            out.append((t, is_name))  # already one of its entry's forms
            continue
        why = form_clash(b, t, index, claims) or form_problem(t, is_name, filt)
        if why:
            LOG.count(SOURCE, "form dropped: " + why[0])
            reason = why[0] if why[1] in (None, t, why[0]) or why[1].startswith(why[0]) \
                else "%s (%s)" % why
            report(SECTION, "%s (%s): %r left out: %s" % (b.name, b.qid, t, reason))
            if not is_name:
                LOG.note(SOURCE, "abbreviation %r of %s left out: %s" % (t, b.name, reason))
            continue
        out.append((t, is_name))
    return out


def add_forms(e, forms):
    """Adds the forms ((text, is_name)) to entry `e` as aliases, not its
    name and not twice: an abbreviation of one word not written in capitals
    ("CoR", "AfDB") matches only as written, and a name of common words only
    capitalised (new entries are capitalised as a whole)."""
    seen = {fold(e["name"])} | {fold(alias_text(a)) for a in e.get("aliases") or []}
    al = list(e.get("aliases") or [])
    for t, is_name in forms:
        if fold(t) in seen:
            continue
        seen.add(fold(t))
        if not is_name and len(t.split()) == 1 and not is_acronym(t, None):
            al.append(alias_obj(t, "exact"))  # "CoR", "AfDB": not "Cor", "afdb"
        elif not is_acronym(t) and all_common(t) and len(t.split()) <= 3 and e.get("case") != "capitalized":
            al.append(alias_obj(t, "capitalized"))
        else:
            al.append(t)
    if al:
        e["aliases"] = al


def body_category(b):
    """The category of a new entry, from what the source says of the body."""
    t = (b.type or "").lower()
    words = b.name.lower().split()
    if "court" in t or ("court" in words or "tribunal" in words) and "auditors" not in words:
        return "court"  # the European Court of Auditors audits
    if "central bank" in b.name.lower():
        return "central-bank"
    if b.family == "UN and affiliates" or t.startswith("un "):
        return "un-body"
    return "igo"


def new_entry(b, forms):
    """A new organization entry for body `b`, named by the first of its
    usable `forms` that is a name; None when none is."""
    names = [t for t, is_name in forms if is_name]
    if not names:
        return None
    e = {"id": "org:" + slugify(names[0]), "kind": "organization", "name": names[0],
         "wikidata": b.qid, "category": body_category(b), "case": "capitalized",
         "sources": [SOURCE]}
    add_forms(e, [(t, n) for t, n in forms if t != names[0]])
    return e


def link_bodies(files, bodies, filt):
    """Links or adds every body of `bodies` to the organizations of `files`
    ({file name: entries}); returns the organizations."""
    orgs = files[ORGS_FILE]
    index = FormIndex(files, orgs)
    bodies = usable_bodies(bodies)
    links, merges, separate, unmatched = match_bodies(bodies, index)
    merge_duplicates(links, merges, index)
    move_aliases(separate, {b.key: b for b in bodies}, index)
    claims = claims_by_form(bodies)
    ids = {e["id"] for ents in files.values() for e in ents} | set(index.by_id)
    added = []
    to_add = {b.key for b in unmatched}
    for b in bodies:
        i = links.get(b.key)
        if i is None and b.key not in to_add:
            continue  # ambiguous or in conflict: counted by match_bodies
        forms = body_forms(b, i, index, claims, filt)
        if i:
            e = index.by_id[i]
            e["wikidata"] = b.qid
            e["sources"] = sorted(set(e.get("sources") or []) | {SOURCE})
            add_forms(e, forms)
            LOG.count(SOURCE, "linked")
        else:
            e = new_entry(b, forms)
            if e is None or e["id"] in ids:
                why = "no usable name of its own" if e is None else "its id is taken"
                LOG.count(SOURCE, "dropped: " + why)
                report(SECTION, "%s (%s) left out: %s" % (b.name, b.qid, why))
                continue
            ids.add(e["id"])
            added.append(e)
            LOG.count(SOURCE, "added")
    return list(index.by_id.values()) + added


def split(files, bodies):
    """Links and adds `bodies` (supraverden.Body) to the organizations of
    `files` ({file name: entries}), then moves every entry with
    "supraverden" in its sources from organizations.jsonl to
    international_bodies.jsonl; returns the files."""
    filt = Filters(files["states.jsonl"], files["locations.jsonl"])
    orgs = link_bodies(files, bodies, filt)
    out = dict(files)
    out[ORGS_FILE] = [e for e in orgs if SOURCE not in (e.get("sources") or [])]
    out[BODIES_FILE] = [e for e in orgs if SOURCE in (e.get("sources") or [])]
    return out


def split_bodies(files, src):
    """`split` with the bodies of the extract in the folder `src.local`
    (gazetteers/sources/supraverden)."""
    return split(files, supraverden.load(src.local))
