"""Tests of gen/institutions.py: the kinds of national body, the merge of the
hand list into the organizations, the QID attachment and the coverage; and
the shape of curated/institutions.jsonl itself."""

import json
import os
import unittest

from gen import institutions
from gen.fold import fold
from gen.institutions import (attach_qids, coverage, entry_problem, institution_kind, load_list,
                              merge_institutions)
from gen.merge import entity_surface_folds
from gen.sources import institution_qids
from gen.text import alias_text, is_acronym
from gen.validate import hygiene_problem
from gen.wikidata import LOG

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "..", "curated", "institutions.jsonl")


def org(i, name, country, category, aliases=(), **kw):
    e = {"id": "org:" + i, "kind": "organization", "name": name, "country": country,
         "category": category, "sources": kw.pop("sources", ["curated"])}
    if aliases:
        e["aliases"] = list(aliases)
    e.update(kw)
    return e


class KindTest(unittest.TestCase):
    def test_ministries_are_told_apart_by_name(self):
        self.assertEqual(institution_kind(org("a", "Ministry of Foreign Affairs of Kenya", "KEN", "ministry")),
                         "foreign-ministry")
        self.assertEqual(institution_kind(org("b", "Ministry of External Affairs", "IND", "ministry")),
                         "foreign-ministry")
        self.assertEqual(institution_kind(org("c", "United States Department of State", "USA", "ministry")),
                         "foreign-ministry")
        self.assertEqual(institution_kind(org("d", "Ministry of National Defence of Poland", "POL", "ministry")),
                         "defence-ministry")
        self.assertEqual(institution_kind(org("e", "Ministry of the Armed Forces", "FRA", "ministry")),
                         "defence-ministry")
        self.assertIsNone(institution_kind(org("f", "Ministry of Interior", "KEN", "ministry")))

    def test_other_categories(self):
        self.assertEqual(institution_kind(org("a", "Bank of Ghana", "GHA", "central-bank")), "central-bank")
        self.assertIsNone(institution_kind(org("b", "Awami League", "BGD", "party")))


class MergeTest(unittest.TestCase):
    def setUp(self):
        LOG.reset()

    def test_same_id_extends_with_aliases_and_generic(self):
        orgs = [org("bundestag", "Bundestag", "DEU", "legislature", ["German Bundestag"])]
        listed = [org("bundestag", "Bundestag", "DEU", "legislature", ["German Bundestag", "German parliament"],
                      generic=[{"text": "Parliament", "case": "capitalized"}])]
        out = merge_institutions(orgs, listed)
        self.assertEqual(len(out), 1)
        self.assertEqual(out[0]["aliases"], ["German Bundestag", "German parliament"])
        self.assertEqual(out[0]["generic"], [{"text": "Parliament", "case": "capitalized"}])
        self.assertEqual(LOG.counts["institutions"]["extended"], 1)

    def test_same_name_same_country_extends_other_country_does_not(self):
        orgs = [org("ghana-armed-forces", "Ghana Armed Forces", "GHA", "military", sources=["factbook"])]
        listed = [org("gaf", "Ghana Armed Forces", "GHA", "military", ["Ghanaian military"])]
        out = merge_institutions(orgs, listed)
        self.assertEqual([e["id"] for e in out], ["org:ghana-armed-forces"])
        self.assertIn("Ghanaian military", out[0]["aliases"])
        self.assertEqual(out[0]["sources"], ["curated", "factbook"])
        # the same name in another country is another body: the new entry is left out
        LOG.reset()
        out = merge_institutions([org("x", "National Assembly", "FRA", "legislature")],
                                 [org("y", "National Assembly", "KEN", "legislature")])
        self.assertEqual([e["id"] for e in out], ["org:x"])
        self.assertEqual(LOG.counts["institutions"]["dropped: name of another organization"], 1)

    def test_new_entry_added_without_aliases_of_other_bodies(self):
        orgs = [org("sejm", "Sejm", "POL", "legislature", ["Polish parliament"])]
        listed = [org("parliament-of-poland", "Parliament of Poland", "POL", "legislature",
                      ["Polish parliament", "Poland's parliament"])]
        out = merge_institutions(orgs, listed)
        new = [e for e in out if e["id"] == "org:parliament-of-poland"][0]
        self.assertEqual(new["aliases"], ["Poland's parliament"])
        self.assertEqual(LOG.counts["institutions"]["dropped: alias of another organization"], 1)
        self.assertEqual(LOG.counts["institutions"]["added"], 1)

    def test_generic_forms_never_repeat_own_forms(self):
        listed = [org("senate-of-kenya", "Senate of Kenya", "KEN", "legislature", ["Kenyan Senate"],
                      generic=[{"text": "Senate", "case": "capitalized"},
                               {"text": "Kenyan Senate", "case": "capitalized"}])]
        out = merge_institutions([], listed)
        self.assertEqual([alias_text(g) for g in out[0]["generic"]], ["Senate"])


class QidTest(unittest.TestCase):
    def setUp(self):
        LOG.reset()
        self.orgs = [org("bank-of-ghana", "Bank of Ghana", "GHA", "central-bank"),
                     org("senate-of-kenya", "Senate of Kenya", "KEN", "legislature", ["Kenyan Senate"]),
                     org("national-assembly-of-kenya", "National Assembly of Kenya", "KEN", "legislature",
                         ["Kenyan Senate"])]

    def test_links_only_on_name_country_and_kind(self):
        rows = [{"qid": "Q1", "name": "Bank of Ghana", "country": "GHA", "kind": "central-bank"},
                {"qid": "Q2", "name": "Bank of Ghana", "country": "KEN", "kind": "central-bank"},
                {"qid": "Q3", "name": "Bank of Ghana", "country": "GHA", "kind": "legislature"},
                {"qid": "Q4", "name": "Kenyan Senate", "country": "KEN", "kind": "legislature"}]
        attach_qids(self.orgs, rows, "test")
        self.assertEqual(self.orgs[0].get("wikidata"), "Q1")
        self.assertIn("test", self.orgs[0]["sources"])
        self.assertNotIn("wikidata", self.orgs[1])
        self.assertNotIn("wikidata", self.orgs[2])
        c = LOG.counts["test"]
        self.assertEqual((c["linked"], c["unmatched"], c["ambiguous"]), (1, 2, 1))

    def test_a_qid_is_never_given_twice(self):
        rows = [{"qid": "Q1", "name": "Bank of Ghana", "country": "GHA", "kind": "central-bank"},
                {"qid": "Q1", "name": "Senate of Kenya", "country": "KEN", "kind": "legislature"}]
        attach_qids(self.orgs, rows, "test")
        self.assertNotIn("wikidata", self.orgs[1])
        self.assertEqual(LOG.counts["test"]["dropped: QID of another entry"], 1)

    def test_extract_reader(self):
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "src1"))
            os.makedirs(os.path.join(d, "other"))
            with open(os.path.join(d, "src1", "institutions.tsv"), "w", encoding="utf-8") as f:
                f.write("qid\tname\tcountry\tkind\nQ7\tBank of Ghana\tGHA\tcentral-bank\n")
            self.assertEqual(institution_qids.load(d), [("src1", [
                {"qid": "Q7", "name": "Bank of Ghana", "country": "GHA", "kind": "central-bank"}])])


class CoverageTest(unittest.TestCase):
    def test_counts_sovereign_states_only(self):
        states = [{"id": "Q117", "kind": "state", "name": "Ghana", "country": "GHA", "category": "sovereign"},
                  {"id": "Q865", "kind": "state", "name": "Taiwan", "country": "TWN",
                   "category": "partially-recognised"}]
        orgs = [org("bank-of-ghana", "Bank of Ghana", "GHA", "central-bank", wikidata="Q1"),
                org("central-bank-of-taiwan", "Central Bank of Taiwan", "TWN", "central-bank")]
        cov, sovereign = coverage(orgs, states)
        self.assertEqual(sovereign, ["GHA"])
        self.assertEqual(cov["central-bank"], (["GHA"], ["GHA"]))
        self.assertEqual(cov["legislature"], ([], []))


class HandListTest(unittest.TestCase):
    """The committed hand list: well formed, one entry per body, no bare
    generic name or short acronym among the aliases, every form clean."""

    @classmethod
    def setUpClass(cls):
        cls.entries = load_list(LIST)

    def test_entries_are_well_formed(self):
        self.assertGreater(len(self.entries), 900)
        for e in self.entries:
            self.assertIsNone(entry_problem(e), e["id"])
        ids = [e["id"] for e in self.entries]
        self.assertEqual(len(ids), len(set(ids)))

    def test_an_alias_names_one_body(self):
        seen = {}
        for e in self.entries:
            for f in entity_surface_folds(e):
                self.assertNotIn(f, seen, "%r: %s and %s" % (f, seen.get(f), e["id"]))
                seen[f] = e["id"]

    def test_generic_names_and_short_acronyms_are_not_aliases(self):
        bare = {"parliament", "national assembly", "foreign ministry", "ministry of foreign affairs",
                "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
                "central bank", "the central bank", "armed forces", "congress", "senate", "mfa", "mod", "na"}
        for e in self.entries:
            for a in e.get("aliases") or []:
                t = alias_text(a)
                self.assertNotIn(fold(t), bare, e["id"])
                self.assertFalse(is_acronym(t) and sum(c.isalpha() for c in t) <= 3, (e["id"], t))

    def test_generic_forms_are_capitalized_or_acronyms(self):
        for e in self.entries:
            for g in e.get("generic") or []:
                if isinstance(g, dict):
                    self.assertEqual(g["case"], "capitalized", e["id"])
                else:
                    self.assertTrue(is_acronym(g), (e["id"], g))

    def test_forms_pass_the_hygiene_rule(self):
        for e in self.entries:
            for field in ("aliases", "generic"):
                for a in e.get(field) or []:
                    case = a.get("case") if isinstance(a, dict) else e.get("case", "auto")
                    self.assertIsNone(hygiene_problem(alias_text(a), field, case), (e["id"], a))

    def test_every_sovereign_state_has_a_legislature_and_a_foreign_ministry(self):
        states = os.path.join(HERE, "..", "builtin", "states.jsonl")
        if not os.path.exists(states):
            self.skipTest("no builtin states")
        with open(states, encoding="utf-8") as f:
            sovereign = {json.loads(l)["country"] for l in f if '"sovereign"' in l}
        kinds = {}
        for e in self.entries:
            kinds.setdefault(institutions.institution_kind(e), set()).add(e["country"])
        self.assertEqual(sovereign - kinds["legislature"], set())
        self.assertEqual(sovereign - kinds["foreign-ministry"], set())


if __name__ == "__main__":
    unittest.main()
