"""The pipeline: sources -> states, places, people, organizations, treaties ->
curated merge -> validation -> output (with the given names) and report."""

import os
import sys

from .locations import build_factbook_cities, build_locations, location_entities
from .merge import load_jsonl, merge_curated, precision_pass, resolve_kind_conflicts
from .organizations import (
    build_factbook_forces, build_factbook_parties, build_factbook_terrorist_groups,
    build_phoenix_country_orgs, build_phoenix_intl_orgs, build_phoenix_milnonstate, fb_adjectives,
    merge_curated_orgs, merge_org_list)
from .bodies import split_bodies
from .institutions import national_institutions
from .officeholders import link_people, settle_roles
from .offices import check as check_offices, office_phrases_as_titles, write_offices, PHRASE_ROWS, TITLE_ROWS
from .output import write
from .parties import finish_parties, link_parties
from .places import link_places, link_towns
from .people import build_people, build_phoenix_people, merge_phoenix_people, same_person_ids
from .filters import Filters
from . import given_names
from .dedupe import write_report as write_dedupe_report
from .fold import fold
from .kinds import one_entry_each
from .report import markdown_report, print_report, write_markdown
from .roles import LOG as ROLE_LOG, finalize_roles, tag_roles
from .sources.loader import Sources
from .states import (build_demonyms, build_states, demonym_folds, finalize_state_aliases,
                     state_entities)
from .titles import build_titles
from .towns import build_towns
from .treaties import build_env_treaties, drop_curated
from .wikidata import qid_problems
from .validate import ROLE_CHECKS_FAIL, hygiene_violations, role_problems, validate


def build(src, curated_dir):
    """Everything the generator writes: ({file name: entities}, titles,
    state entities, {file name: count generated before the curated merge})."""
    states = build_states(src)
    # demonym and capital strings, to keep them out of state aliases
    pre_dem = demonym_folds(states)
    locs = build_locations(states, src)
    cap_folds = {fold(t) for l in locs for t in l["texts"]}
    finalize_state_aliases(states, src, pre_dem, cap_folds)
    dem = build_demonyms(states, src)
    state_ents = state_entities(states, dem)
    loc_ents = location_entities(locs, states, src)
    filt = Filters(state_ents, loc_ents)
    adjectives = fb_adjectives(states)
    people = tag_roles(build_people(states, src), "factbook")
    people = merge_phoenix_people(people, tag_roles(build_phoenix_people(src, filt), "phoenix"))
    people = resolve_kind_conflicts(people, "person")
    loc_ents = loc_ents + build_factbook_cities(states, src, filt, loc_ents)
    orgs = (build_factbook_parties(states, src, filt, adjectives) +
            build_factbook_forces(states, src, filt, adjectives) +
            build_factbook_terrorist_groups(src, filt) +
            build_phoenix_intl_orgs(src, filt) + build_phoenix_milnonstate(src, filt) +
            build_phoenix_country_orgs(src, filt, adjectives))
    orgs = merge_org_list(orgs)
    orgs = link_parties(orgs, src, filt)
    orgs = resolve_kind_conflicts(orgs, "organization")
    treaties = build_env_treaties(src)
    generated_counts = {"locations.jsonl": len(loc_ents), "people.jsonl": len(people),
                        "organizations.jsonl": len(orgs), "treaties.jsonl": len(treaties)}

    people, orgs, loc_ents = precision_pass(same_person_ids(people), orgs, loc_ents)
    for e in people:  # compared with the curated roles that replace them (gen/roles.py)
        e["_factbook_roles"] = [dict(r) for r in e.get("roles") or [] if r.get("source") == "factbook"]
    cur = lambda n: load_jsonl(os.path.join(curated_dir, n))
    groups = cur("groups.jsonl")
    for g in groups:
        g["sources"] = sorted(set(g.get("sources") or []) | {"curated"})
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("locations.jsonl"), "location"), "location")
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("subdivisions.jsonl"), "location", match_by_name=False), "location")
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("cities.jsonl"), "location", match_by_name=False), "location")
    people = resolve_kind_conflicts(merge_curated(people, tag_roles(cur("people.jsonl"), "curated"), "person"), "person")
    people = resolve_kind_conflicts(merge_curated(people, tag_roles(cur("people_historical.jsonl"), "curated"), "person"), "person")
    orgs = resolve_kind_conflicts(merge_curated_orgs(orgs, cur("organizations.jsonl"), filt), "organization")
    orgs = finish_parties(orgs, src, filt)  # curated parties, abbreviations (gen/parties.py)
    # after the curated merge and the precision pass, so that the hand list of
    # national institutions keeps its acronyms and one-word names (gen/institutions.py)
    orgs = national_institutions(orgs, state_ents, src, filt, curated_dir)
    people = link_people(people, state_ents, src)
    loc_ents = link_places(loc_ents, state_ents, src)
    people, orgs = one_entry_each(people, orgs)  # gen/kinds.py, gen/dedupe.py
    for lst in (people, orgs, loc_ents):
        for e in lst:
            e.pop("_rank", None)
    people = finalize_roles(people, src.root)
    people = settle_roles(people)  # gen/officeholders.py: this source's roles in conflict
    cur_tr = cur("treaties.jsonl")
    treaties = merge_curated(drop_curated(treaties, cur_tr), cur_tr, "treaty", match_by_name=False)

    files = {
        "states.jsonl": state_ents,
        "groups.jsonl": groups,
        "locations.jsonl": loc_ents,
        "people.jsonl": people,
        "organizations.jsonl": orgs,
        "treaties.jsonl": treaties,
    }
    files = split_bodies(files, src)
    # the cities of GeoNames that no list above has (gen/towns.py)
    towns = link_towns(build_towns(src, files), files["locations.jsonl"], state_ents, src)
    files["locations.jsonl"] = files["locations.jsonl"] + towns
    titles = build_titles(src)
    known = {t.lower() for t in titles}
    titles = sorted(set(titles) | {p for p in office_phrases_as_titles(PHRASE_ROWS) if p not in known},
                    key=lambda t: (t.lower(), t))
    return files, titles, state_ents, generated_counts


def check(files, src):
    """Stops the generator, writing nothing, when validation or the hygiene
    rule fails."""
    errors = validate(files, src) + qid_problems(files) + check_offices(TITLE_ROWS, PHRASE_ROWS, files)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        sys.exit("error: validation failed (%d problems); nothing written" % len(errors))
    violations = hygiene_violations(files)
    if violations:
        for v in violations:
            print("error: hygiene: " + v, file=sys.stderr)
        sys.exit("error: gazetteer hygiene check failed: %d forms are dates, numbers, month or "
                 "weekday names, or common words that would match in lower case (see "
                 "gazetteers/README.md, \"Hygiene\"); nothing written. Drop the form or restrict "
                 "its case policy where it comes from (a filter of this script or a curated "
                 "list)" % len(violations))


def run(sources, out, curated, report_md=None):
    """Generates the gazetteers from the source folder `sources` and the
    curated folder `curated` into the folder `out`, prints the report and,
    when `report_md` is a path, writes the data report (REPORT.md) there."""
    src = Sources(os.path.normpath(sources))
    files, titles, state_ents, generated_counts = build(src, curated)
    check(files, src)
    write(files, titles, out)
    write_offices(out, TITLE_ROWS, PHRASE_ROWS)
    # builtin/given_names.txt, from the entries and titles just written (gen/given_names.py)
    given = given_names.run(src.local, files, titles, out)
    print_report(files, state_ents, generated_counts)
    if report_md:
        write_dedupe_report(os.path.join(os.path.dirname(os.path.abspath(report_md)), "reports", "dedupe.json"))
        problems = role_problems(files["people.jsonl"])
        gazetteers_dir = os.path.dirname(os.path.abspath(report_md))  # its lists of merged entries
        write_markdown(report_md, markdown_report(files, state_ents, generated_counts, ROLE_LOG, problems,
                                                  ROLE_CHECKS_FAIL, gazetteers_dir, given))
