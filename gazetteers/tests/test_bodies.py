"""Unit tests of the supraverden reader (gen/sources/supraverden.py) and of
the international bodies step (gen/bodies.py): matching, the safeguards on
names and abbreviations, and the move of the share-alike entries to
international_bodies.jsonl; on small hand-made inputs, and the reader and the
decision tables on the extract kept in the repository. None needs the
shared source data or PyYAML."""

import json
import os
import tempfile
import unittest

from gen import bodies
from gen.fold import fold
from gen.sources import supraverden
from gen.text import alias_text
from gen.validate import hygiene_violations
from gen.wikidata import LOG, qid_problems

LOCAL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sources")


def row(name, qid, abbr=None, key=None, languages=0, **fields):
    r = {"key": key or name, "SPRVD_id": "SPRVD" + str(abs(hash(key or name)) % 10 ** 7),
         "Wikidata_code": qid, "Entity_type": "International organisation",
         "Org_family": fields.pop("family", "none"), "Country": fields.pop("country", "ZZ"),
         "Name_en": name, "name_languages": languages}
    if abbr is not None:
        r["Abbreviation_en"] = abbr
    r.update(fields)
    return r


def org(oid, name, aliases=(), category="igo", sources=("curated",), **fields):
    e = {"id": oid, "kind": "organization", "name": name, "category": category,
         "sources": list(sources)}
    if aliases:
        e["aliases"] = list(aliases)
    e.update(fields)
    return e


def forms(e):
    return {alias_text(a) for a in e.get("aliases") or []}


class Src:
    def __init__(self, local):
        self.local = local


class BodiesTest(unittest.TestCase):
    def setUp(self):
        LOG.reset()
        self.tmp = tempfile.TemporaryDirectory()
        os.makedirs(os.path.join(self.tmp.name, "supraverden"))

    def tearDown(self):
        self.tmp.cleanup()

    def run_step(self, rows, orgs, **other):
        with open(os.path.join(self.tmp.name, "supraverden", "bodies.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
        files = {"states.jsonl": other.get("states", []), "locations.jsonl": other.get("locations", []),
                 "organizations.jsonl": orgs, "treaties.jsonl": other.get("treaties", [])}
        out = bodies.split_bodies(files, Src(self.tmp.name))
        self.by_id = {e["id"]: e for fn in (bodies.ORGS_FILE, bodies.BODIES_FILE) for e in out[fn]}
        return out

    def counts(self):
        return LOG.counts.get(bodies.SOURCE, {})

    def test_reader(self):
        b = supraverden.Body(row("Council of the European Union", "Q8896", key="Council",
                                 Name_other_2_en="Council of ministers", Name_other_en="Council of the EU",
                                 Abbreviation_other_en=None, Name_former_en="  Council   of   Ministers "))
        self.assertEqual(b.qid, "Q8896")
        self.assertEqual(b.names, ["Council of the European Union", "Council of the EU",
                                   "Council of ministers", "Council of Ministers"])
        self.assertEqual(b.abbreviations, [])
        self.assertIsNone(supraverden.Body(row("X Y Z", "[No code found.]")).qid)
        self.assertIsNone(supraverden.Body(row("X Y Z", "Q0")).qid)

    def test_link_by_name_moves_entry_to_bodies_file(self):
        eu = org("org:european-union", "European Union", ["EU", "E.U."], sources=("curated", "phoenix"))
        other = org("org:world-wildlife-fund", "World Wildlife Fund", category="ngo")
        out = self.run_step([row("European Union", "Q458", "EU")], [eu, other])
        self.assertEqual([e["id"] for e in out[bodies.BODIES_FILE]], ["org:european-union"])
        self.assertEqual([e["id"] for e in out[bodies.ORGS_FILE]], ["org:world-wildlife-fund"])
        e = out[bodies.BODIES_FILE][0]
        self.assertEqual(e["wikidata"], "Q458")
        self.assertEqual(e["sources"], ["curated", "phoenix", "supraverden"])
        self.assertEqual(e["aliases"], ["EU", "E.U."])
        self.assertEqual(self.counts().get("linked"), 1)

    def test_spelling_and_article_variants_match(self):
        ctbto = org("org:comprehensive-nuclear-test-ban-treaty-organization",
                    "Comprehensive Nuclear-Test-Ban Treaty Organization", ["CTBTO"])
        beac = org("org:bank-of-central-african-states", "Bank of Central African States",
                   sources=("phoenix",), case="capitalized")
        self.run_step([row("Comprehensive Nuclear-Test-Ban Treaty Organisation", "Q356694", "CTBTO"),
                       row("Bank of the Central African States", "Q189972")], [ctbto, beac])
        self.assertEqual(self.by_id[ctbto["id"]]["wikidata"], "Q356694")
        self.assertIn("Comprehensive Nuclear-Test-Ban Treaty Organisation", forms(self.by_id[ctbto["id"]]))
        self.assertEqual(self.by_id[beac["id"]]["wikidata"], "Q189972")

    def test_existing_qid_is_kept_and_conflict_counted(self):
        e = org("org:x-development-bank", "X Development Bank", wikidata="Q1")
        out = self.run_step([row("X Development Bank", "Q2", "XDB")], [e])
        self.assertEqual(self.by_id[e["id"]]["wikidata"], "Q1")
        self.assertNotIn("supraverden", self.by_id[e["id"]]["sources"])
        self.assertEqual(out[bodies.BODIES_FILE], [])
        self.assertEqual(self.counts().get("conflict: the entry has another QID"), 1)

    def test_same_qid_links_whatever_the_name(self):
        e = org("org:x-bank", "X Bank", wikidata="Q5")
        self.run_step([row("Bank of X", "Q5")], [e])
        self.assertIn("Bank of X", forms(self.by_id["org:x-bank"]))
        self.assertIn("supraverden", self.by_id["org:x-bank"]["sources"])

    def test_new_entry(self):
        out = self.run_step([row("European Environment Agency", "Q632988", "EEA",
                                 Type="EU decentralised agency", country="EU"),
                             row("Caribbean Court of Justice", "Q1035930", "CCJ"),
                             row("United Nations Volunteers", "Q488065", "UNV", family="UN and affiliates",
                                 Name_other_en="UN Volunteers")], [])
        eea = self.by_id["org:european-environment-agency"]
        self.assertEqual(eea, {"id": "org:european-environment-agency", "kind": "organization",
                               "name": "European Environment Agency", "wikidata": "Q632988",
                               "category": "igo", "case": "capitalized", "sources": ["supraverden"]})
        self.assertEqual(self.by_id["org:caribbean-court-of-justice"]["category"], "court")
        self.assertEqual(self.by_id["org:caribbean-court-of-justice"]["aliases"], ["CCJ"])
        unv = self.by_id["org:united-nations-volunteers"]
        self.assertEqual((unv["category"], unv["aliases"]), ("un-body", ["UN Volunteers", "UNV"]))
        self.assertEqual(len(out[bodies.BODIES_FILE]), 3)
        self.assertEqual(self.counts().get("added"), 3)

    def test_no_link_to_a_party_of_the_same_name(self):
        party = org("org:arab-union", "Arab Union", category="party", country="EGY")
        out = self.run_step([row("Arab Union", "Q9")], [party])
        self.assertNotIn("wikidata", self.by_id["org:arab-union"])
        self.assertEqual(out[bodies.BODIES_FILE], [])
        self.assertEqual(self.counts().get("dropped: no usable name of its own"), 1)

    def test_shared_abbreviation_goes_to_the_clearly_more_prominent_or_nobody(self):
        self.run_step([row("International Seabed Authority", "Q1", "ISX", languages=7),
                       row("International Solar Alliance", "Q2", "ISX", languages=4),
                       row("European Court of Auditors", "Q3", "EKA", languages=27),
                       row("Economic Commission for Africa", "Q4", "EKA", languages=7)], [])
        self.assertNotIn("ISX", forms(self.by_id["org:international-seabed-authority"]))
        self.assertNotIn("ISX", forms(self.by_id["org:international-solar-alliance"]))
        self.assertEqual(forms(self.by_id["org:european-court-of-auditors"]), {"EKA"})
        self.assertEqual(forms(self.by_id["org:economic-commission-for-africa"]), set())
        self.assertEqual(self.by_id["org:european-court-of-auditors"]["category"], "igo")

    def test_forms_of_other_entries_and_kinds_are_left_out(self):
        idb = org("org:inter-american-development-bank", "Inter-American Development Bank", ["IDB"])
        iasi = {"id": "loc:iasi", "kind": "location", "name": "Iasi", "country": "ROU"}
        treaty = {"id": "treaty:unfccc", "kind": "treaty",
                  "name": "United Nations Framework Convention on Climate Change"}
        self.run_step([row("Inter-American Defense Board", "Q1", "IDB"),
                       row("Inter-American Statistical Institute", "Q2", "IASI"),
                       row("Climate Change Secretariat", "Q3",
                           Name_other_en="United Nations Framework Convention on Climate Change")],
                      [idb], locations=[iasi], treaties=[treaty])
        self.assertEqual(forms(self.by_id["org:inter-american-defense-board"]), set())
        self.assertEqual(forms(self.by_id["org:inter-american-statistical-institute"]), set())
        self.assertEqual(forms(self.by_id["org:climate-change-secretariat"]), set())
        self.assertEqual(forms(self.by_id[idb["id"]]), {"IDB"})

    def test_generic_short_common_and_reviewed_forms_are_left_out(self):
        self.run_step([row("Council of the European Union", "Q8896", key="C",
                           Name_other_en="Council of ministers"),
                       row("European Parliament", "Q8889", "EP"),
                       row("International Institute for Democracy and Electoral Assistance", "Q3", "IDEA"),
                       row("Lake Tanganyika Authority", "Q4", "LTA"),
                       row("Statistical Commission", "Q5", Name_other_en="United Nations Statistical Commission")],
                      [])
        self.assertEqual(forms(self.by_id["org:council-of-the-european-union"]), set())
        self.assertEqual(forms(self.by_id["org:european-parliament"]), set())
        self.assertEqual(forms(self.by_id["org:international-institute-for-democracy-and-electoral-assistance"]), set())
        self.assertEqual(forms(self.by_id["org:lake-tanganyika-authority"]), set())
        self.assertIn("org:united-nations-statistical-commission", self.by_id)
        self.assertNotIn("org:statistical-commission", self.by_id)

    def test_abbreviation_not_in_capitals_matches_only_as_written(self):
        self.run_step([row("European Committee of the Regions", "Q205203", "CoR")], [])
        self.assertEqual(self.by_id["org:european-committee-of-the-regions"]["aliases"],
                         [{"text": "CoR", "case": "exact"}])

    def test_second_body_on_an_entry_takes_its_alias(self):
        nc = org("org:nordic-council", "Nordic Council", ["Nordic Council of Ministers"])
        out = self.run_step([row("Nordic Council", "Q146165"), row("Nordic Council of Ministers", "Q182379")],
                            [nc])
        self.assertEqual(self.by_id["org:nordic-council"]["wikidata"], "Q146165")
        self.assertNotIn("aliases", self.by_id["org:nordic-council"])
        self.assertEqual(self.by_id["org:nordic-council-of-ministers"]["wikidata"], "Q182379")
        self.assertEqual(len(out[bodies.BODIES_FILE]), 2)
        self.assertEqual(self.counts().get("alias moved to its own body"), 1)

    def test_reviewed_body_is_not_the_entry_with_its_name_as_alias(self):
        cw = org("org:commonwealth-of-nations", "Commonwealth of Nations", ["Commonwealth Secretariat", "CHOGM"])
        self.run_step([row("Commonwealth Secretariat", "Q3954348")], [cw])
        self.assertNotIn("wikidata", self.by_id["org:commonwealth-of-nations"])
        self.assertEqual(forms(self.by_id["org:commonwealth-of-nations"]), {"CHOGM"})
        self.assertEqual(self.by_id["org:commonwealth-secretariat"]["wikidata"], "Q3954348")

    def test_generated_duplicates_merge_into_the_linked_entry(self):
        curated = org("org:inter-american-development-bank", "Inter-American Development Bank", ["IDB"])
        gen = org("org:inter-american-development-bank-gen", "Inter American Development Bank",
                  sources=("phoenix",), case="capitalized")
        acronym = org("org:beac", "BEAC", sources=("phoenix",), case="capitalized")
        bank = org("org:bank-of-central-african-states", "Bank of Central African States", sources=("phoenix",))
        out = self.run_step([row("Inter-American Development Bank", "Q1153087", "IADB"),
                             row("Bank of the Central African States", "Q189972", "BEAC")],
                            [curated, gen, acronym, bank])
        ids = sorted(e["id"] for fn in out for e in out[fn])
        self.assertEqual(ids, ["org:bank-of-central-african-states", "org:inter-american-development-bank"])
        self.assertIn("BEAC", forms(self.by_id["org:bank-of-central-african-states"]))
        self.assertIn("Inter American Development Bank", forms(self.by_id["org:inter-american-development-bank"]))
        self.assertEqual(self.counts().get("merged: duplicate entry into the body's entry"), 2)

    def test_acronym_entry_is_the_body_when_no_entry_has_its_name(self):
        cemac = org("org:cemac", "CEMAC", sources=("phoenix",), case="capitalized")
        self.run_step([row("Central African Economic and Monetary Community", "Q1940250", "CEMAC")], [cemac])
        self.assertEqual(self.by_id["org:cemac"]["wikidata"], "Q1940250")
        self.assertIn("Central African Economic and Monetary Community", forms(self.by_id["org:cemac"]))

    def test_ambiguous_matches_stay_unlinked(self):
        # two curated entries with one name under the organization key
        a = org("org:a", "Commission of Joint Fisheries", country="NOR")
        b = org("org:b", "Commission for Joint Fisheries", country="RUS")
        out = self.run_step([row("Commission on Joint Fisheries", "Q7")], [a, b])
        self.assertEqual(out[bodies.BODIES_FILE], [])
        self.assertEqual(self.counts().get("ambiguous"), 1)
        # two bodies that each name the entry by one of its aliases only
        LOG.reset()
        c = org("org:c", "Gamma Union", ["Alpha Union", "Beta Union"])
        out = self.run_step([row("Alpha Union", "Q8"), row("Beta Union", "Q9")], [c])
        self.assertEqual(out[bodies.BODIES_FILE], [])
        self.assertEqual(forms(self.by_id["org:c"]), {"Alpha Union", "Beta Union"})
        self.assertEqual(self.counts().get("ambiguous"), 2)

    def test_organizations_of_other_files_keep_their_forms_and_qids(self):
        other = {"id": "org:union-for-the-mediterranean", "kind": "organization",
                 "name": "Union for the Mediterranean", "wikidata": "Q3", "aliases": ["UfM"]}
        with open(os.path.join(self.tmp.name, "supraverden", "bodies.jsonl"), "w", encoding="utf-8") as f:
            for r in (row("Mediterranean Union", "Q1", "UfM"), row("Union of the Mediterranean", "Q3")):
                f.write(json.dumps(r) + "\n")
        files = {"states.jsonl": [], "locations.jsonl": [], "organizations.jsonl": [],
                 "other_orgs.jsonl": [other]}
        out = bodies.split_bodies(files, Src(self.tmp.name))
        self.assertEqual([(e["id"], e.get("aliases")) for e in out[bodies.BODIES_FILE]],
                         [("org:mediterranean-union", None)])
        self.assertEqual(self.counts().get("conflict: the QID of an entry of another file"), 1)

    def test_qid_shared_by_two_records(self):
        out = self.run_step([row("Alpha Observatory", "Q77"), row("Beta Observatory", "Q77")], [])
        self.assertEqual(out[bodies.BODIES_FILE], [])
        self.assertEqual(self.counts().get("ambiguous"), 2)


class ExtractTest(unittest.TestCase):
    """The extract kept in the repository, its reader and the decision
    tables that name its records."""

    @classmethod
    def setUpClass(cls):
        cls.bodies = supraverden.load(LOCAL)

    def test_counts(self):
        self.assertEqual(len(self.bodies), 617)
        qids = [b.qid for b in self.bodies if b.qid]
        self.assertEqual((len(qids), len(set(qids))), (551, 550))
        self.assertTrue(all(b.name for b in self.bodies))

    def test_decision_tables_name_records_of_the_extract(self):
        by_id = {b.sprvd_id: b for b in self.bodies}
        for sid in bodies.QID_NOT_THEIRS:
            self.assertIn(sid, by_id)
            self.assertEqual(sum(1 for b in self.bodies if b.qid == by_id[sid].qid), 2)
        keys = {b.key for b in self.bodies}
        self.assertTrue(set(bodies.BODY_NOT_ENTRY) <= keys)
        abbreviations = {a for b in self.bodies for a in b.abbreviations + b.names}
        self.assertEqual(set(bodies.ABBREVIATIONS_LEFT_OUT) - abbreviations, set())
        self.assertEqual(set(bodies.NAMES_LEFT_OUT) - {n for b in self.bodies for n in b.names}, set())

    def test_whole_extract_alone_gives_clean_entries(self):
        LOG.reset()
        files = {"states.jsonl": [], "locations.jsonl": [], "organizations.jsonl": []}
        out = bodies.split(files, self.bodies)
        ents = out[bodies.BODIES_FILE]
        self.assertGreaterEqual(len(ents), 550)
        self.assertTrue(all(e.get("wikidata") and e["sources"] == ["supraverden"] for e in ents))
        self.assertEqual(qid_problems(out), [])
        self.assertEqual(hygiene_violations(out), [])
        self.assertEqual(len({e["id"] for e in ents}), len(ents))
        seen = {}
        for e in ents:
            for f in {fold(e["name"])} | {fold(alias_text(a)) for a in e.get("aliases") or []}:
                self.assertNotIn(f, seen, "%s and %s share %r" % (seen.get(f), e["id"], f))
                seen[f] = e["id"]


if __name__ == "__main__":
    unittest.main()
