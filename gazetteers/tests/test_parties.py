"""Unit tests of the Party Facts step (gen/parties.py), its reader
(gen/sources/partyfacts.py) and the QID a curated organization takes in the
curated merge (gen/organizations.py), on a small hand-made extract; one test
checks the counts of the extract kept in gazetteers/sources/partyfacts. None
needs the source data or PyYAML."""

import copy
import csv
import os
import tempfile
import types
import unittest

from gen import organizations, parties
from gen.filters import Filters
from gen.sources import partyfacts
from gen.wikidata import LOG

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(os.path.dirname(HERE), "sources")

CORE = ["country", "partyfacts_id", "name_short", "name", "name_english", "year_first", "year_last"]
WIKIDATA = ["country", "partyfacts_id", "wikidata_id", "name", "name_short", "name_native"]


def write_extract(folder, core, wikidata):
    os.makedirs(os.path.join(folder, "partyfacts"))
    for fn, cols, rows in (("core-parties.csv", CORE, core), ("wikidata.csv", WIKIDATA, wikidata)):
        with open(os.path.join(folder, "partyfacts", fn), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(cols)
            w.writerows(rows)


def fake_sources(local):
    """What the step reads of `Sources`: the extract folder, the known
    codes, ISO alpha-2 to alpha-3 and the factbook's nationality adjectives."""
    codes = {"HN": "HND", "GB": "GBR", "IE": "IRL", "DE": "DEU", "JP": "JPN", "UA": "UKR", "ES": "ESP",
             "FR": "FRA"}
    adjectives = {"HN": "Honduran", "GB": "British", "IE": "Irish", "DE": "German", "JP": "Japanese",
                  "UA": "Ukrainian", "ES": "Spanish", "FR": "French"}
    return types.SimpleNamespace(
        local=local, known_alpha3=set(codes.values()),
        iso1=[{"alpha_2": a2, "alpha_3": a3} for a2, a3 in codes.items()],
        factbook={a2: {"People and Society": {"Nationality": {"adjective": adj}}}
                  for a2, adj in adjectives.items()})


def party(pid, name, country, sources=("factbook",), aliases=(), bare=None):
    e = {"id": pid, "kind": "organization", "name": name, "country": country, "category": "party",
         "sources": list(sources)}
    if aliases:
        e["aliases"] = list(aliases)
    if bare:
        e["_bare"] = bare
    return e


# A small Party Facts: Honduras' Liberal Party twice (today's and one of the
# 19th century), the Democratic Unionist Party under NIR, Sinn Féin in
# Ireland and Northern Ireland with one QID, a German party whose
# abbreviation is a curated body's, a Japanese party of one word.
CORE_ROWS = [
    ["HND", "10", "PLH", "Partido Liberal de Honduras", "Liberal Party", "1891", ""],
    ["HND", "11", "PL", "Partido Liberal", "Liberal Party", "1850", "1880"],
    ["HND", "12", "PINU", "Partido Innovación y Unidad", "Innovation and Unity Party", "1970", ""],
    ["NIR", "20", "DUP", "Democratic Unionist Party", "Democratic Unionist Party", "1971", ""],
    ["IRL", "30", "SF", "Sinn Féin", "Sinn Fein", "1970", ""],
    ["NIR", "31", "SF", "Sinn Féin", "Sinn Fein", "1970", ""],
    ["DEU", "40", "UNDP", "Unabhängige Demokratische Partei", "Independent Democratic Union of Germans",
     "1990", ""],
    ["JPN", "50", "K", "Kōmeitō", "Komeito", "1964", ""],
    ["AUH", "60", "JR", "Jungruthenen", "Young Ruthenians Party", "1900", "1914"],
]
WIKIDATA_ROWS = [
    ["HND", "10", "Q10", "Liberal Party of Honduras", "", ""],
    ["HND", "11", "Q11", "Liberal Party", "", ""],
    ["IRL", "30", "Q30", "Sinn Féin", "", ""],
    ["NIR", "31", "Q30", "Sinn Féin", "", ""],
    ["DEU", "40", "Q40", "Independent Democratic Union of Germans", "", ""],
    ["JPN", "50", "Q50", "Komeito", "", ""],
    ["HND", "70", "Q70", "Honduran Anti-Corruption Party", "PAC", ""],  # only in wikidata.csv
]


class PartyFactsTest(unittest.TestCase):

    def setUp(self):
        LOG.reset()
        self.tmp = tempfile.TemporaryDirectory()
        write_extract(self.tmp.name, CORE_ROWS, WIKIDATA_ROWS)
        self.src = fake_sources(self.tmp.name)
        states = [{"id": "Q1", "kind": "state", "name": n, "country": c, "demonyms": [d]}
                  for n, c, d in (("Honduras", "HND", "Honduran"), ("United Kingdom", "GBR", "British"),
                                  ("Ireland", "IRL", "Irish"), ("Germany", "DEU", "German"),
                                  ("Japan", "JPN", "Japanese"), ("Sri Lanka", "LKA", "Sri Lankan"),
                                  ("Ukraine", "UKR", "Ukrainian"), ("Spain", "ESP", "Spanish"),
                                  ("France", "FRA", "French"))]
        self.filt = Filters(states, [])

    def tearDown(self):
        self.tmp.cleanup()

    def link(self, orgs):
        out = parties.link_parties(copy.deepcopy(orgs), self.src, self.filt)
        return {e["id"]: e for e in out}

    # the reader

    def test_split_names(self):
        self.assertEqual(partyfacts.split_names("Finns Party / True Finns"), ["Finns Party", "True Finns"])
        self.assertEqual(partyfacts.split_names("Alliance 90/The Greens"), ["Alliance 90/The Greens"])
        self.assertEqual(partyfacts.split_names(
            "National Revolutionary Party/Party of the Mexican Revolution/Institutional Revolutionary Party"),
            ["National Revolutionary Party", "Party of the Mexican Revolution", "Institutional Revolutionary Party"])
        self.assertEqual(partyfacts.split_names("Liberal Democratic Party/Clean Government Party", False),
                         ["Liberal Democratic Party/Clean Government Party"])
        self.assertEqual(partyfacts.split_names("Mongolian People's [Revolutionary] Party"),
                         ["Mongolian People's Party"])
        self.assertEqual(partyfacts.split_names("Fianna Fáil&nbsp;– An Páirtí Poblachtánach"),
                         ["Fianna Fáil – An Páirtí Poblachtánach"])
        self.assertEqual(partyfacts.split_names("Basque:"), [])
        self.assertEqual(partyfacts.split_shorts("UL / PLA"), ["UL", "PLA"])
        self.assertEqual(partyfacts.split_shorts("GUE/NGL"), ["GUE/NGL"])

    def test_load_joins_the_two_files(self):
        ps = {p["id"]: p for p in partyfacts.load(self.tmp.name)}
        self.assertEqual(len(ps), 10)
        self.assertEqual(ps[10]["english"], ["Liberal Party of Honduras", "Liberal Party"])
        self.assertEqual(ps[10]["wikidata"], "Q10")
        self.assertEqual((ps[11]["year_first"], ps[11]["year_last"]), (1850, 1880))
        self.assertEqual((ps[70]["country"], ps[70]["short"], ps[70]["year_first"]), ("HND", ["PAC"], None))

    def test_extract_counts(self):
        ps = partyfacts.load(EXTRACT)
        self.assertEqual(len(ps), 5772)
        self.assertEqual(sum(1 for p in ps if p["wikidata"]), 4227)
        self.assertEqual(len({p["wikidata"] for p in ps if p["wikidata"]}), 4115)

    # units

    def test_plain_name(self):
        states = {"sri lanka", "japan"}
        self.assertEqual(parties.plain_name("People's Alliance (Sri Lanka)", states), "People's Alliance")
        self.assertEqual(parties.plain_name("Liberal Party (Japan, 1950)", states), "Liberal Party")
        self.assertEqual(parties.plain_name("Forza Italia (2013)", states), "Forza Italia")
        self.assertEqual(parties.plain_name("Indian National Congress (Organisation)", states),
                         "Indian National Congress (Organisation)")

    def test_units(self):
        units = parties.party_units(partyfacts.load(self.tmp.name), self.src.known_alpha3)
        by_id = {u["ids"][0]: u for u in units}
        sf = by_id[30]
        self.assertEqual((sf["ids"], sf["qid"], sf["country"], sf["countries"]), ([30, 31], "Q30", "IRL", {"IRL", "GBR"}))
        self.assertEqual(by_id[20]["country"], "GBR")  # NIR
        self.assertIsNone(by_id[60]["country"])  # AUH
        self.assertGreater(by_id[10]["rank"], by_id[11]["rank"])  # active first
        self.assertTrue(by_id[10]["active"] and not by_id[11]["active"])

    def test_ordinary(self):
        for t in ("Labour", "Greens", "The Left", "People's Party", "Liberal Party", "Green Party"):
            self.assertTrue(parties.ordinary(t), t)
        for t in ("Law and Justice Party", "Sinn Féin", "Honduran Liberal Party"):
            self.assertFalse(parties.ordinary(t), t)

    # link_parties

    def test_links_a_factbook_party_by_its_bare_name(self):
        fb = party("org:honduran-liberal-party", "Honduran Liberal Party", "HND", bare="Liberal Party")
        out = self.link([fb])
        e = out["org:honduran-liberal-party"]
        self.assertEqual(e["wikidata"], "Q10")  # the active one of the two Liberal Parties
        self.assertEqual(e["sources"], ["factbook", "partyfacts"])
        self.assertIn("Liberal Party of Honduras", e["aliases"])
        self.assertIn("Partido Liberal de Honduras", e["aliases"])
        self.assertNotIn("Liberal Party", e.get("aliases", []))
        self.assertNotIn("PLH", e.get("aliases", []))  # three letters
        self.assertEqual(LOG.counts["partyfacts"]["linked"], 1)

    def test_a_phoenix_party_two_units_could_be_stays_unlinked(self):
        phx = party("org:liberal-party-hnd", "Liberal Party", "HND", sources=("phoenix",))
        out = self.link([phx])
        self.assertNotIn("wikidata", out["org:liberal-party-hnd"])
        self.assertEqual(LOG.counts["partyfacts"]["ambiguous"], 2)
        self.assertFalse(any("Q10" == e.get("wikidata") for e in out.values()))

    def test_adds_the_others_with_safe_names(self):
        out = self.link([])
        by_qid = {e.get("wikidata"): e for e in out.values()}
        hn = by_qid["Q10"]
        self.assertEqual(hn["name"], "Liberal Party of Honduras")
        self.assertEqual((hn["country"], hn["category"], hn["case"], hn["sources"]),
                         ("HND", "party", "capitalized", ["partyfacts"]))
        # its bare name, in documents about Honduras: the active one of the
        # two Liberal Parties takes it
        self.assertEqual(hn["generic"], ["Liberal Party"])
        self.assertNotIn("Liberal Party", hn.get("aliases", []))
        # the 19th-century one: "Liberal Party" is the other's; its native
        # name is free here (no other country has a "Partido Liberal")
        self.assertEqual(by_qid["Q11"]["name"], "Partido Liberal")
        self.assertNotIn("generic", by_qid["Q11"])
        dup = [e for e in out.values() if e["name"] == "Democratic Unionist Party"][0]
        self.assertEqual(dup["country"], "GBR")
        sf = by_qid["Q30"]
        self.assertEqual((sf["name"], sf["country"]), ("Sinn Féin", "IRL"))
        yr = [e for e in out.values() if e["name"] == "Young Ruthenians Party"][0]
        self.assertNotIn("country", yr)
        self.assertNotIn("generic", yr)
        self.assertEqual(LOG.counts["partyfacts"]["country code not ISO: AUH"], 1)
        for e in out.values():
            self.assertIn(parties.MARK, e)

    def test_one_word_names_are_generic_only(self):
        out = self.link([])
        # Komeito has only one-word names: the precision pass keeps no
        # one-word organization name, so its entry is named with the
        # adjective, and "Komeito" stands for it in documents about Japan
        k = [e for e in out.values() if e.get("wikidata") == "Q50"][0]
        self.assertEqual((k["name"], k["generic"]), ("Japanese Komeito", ["Komeito"]))
        self.assertNotIn("aliases", k)

    def test_a_generic_name_is_qualified_with_the_adjective(self):
        rows = [["JPN", "80", "LP", "Jiyūtō", "Liberal Party", "1998", "2003"]]
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        write_extract(tmp.name, rows, [["JPN", "80", "Q80", "Liberal Party", "", "Jiyūtō"]])
        self.src.local = tmp.name
        out = list(self.link([]).values())
        self.assertEqual(len(out), 1)
        self.assertEqual((out[0]["name"], out[0]["id"], out[0]["generic"]),
                         ("Japanese Liberal Party", "org:japanese-liberal-party", ["Liberal Party", "Jiyūtō"]))

    def test_a_name_of_several_countries_is_qualified(self):
        rows = [["HND", "81", "MK", "Movimiento Kolina", "Kolina Movement", "2000", ""],
                ["DEU", "82", "BK", "Bewegung Kolina", "Kolina Movement", "2001", ""]]
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        write_extract(tmp.name, rows, [])
        self.src.local = tmp.name
        out = sorted(self.link([]).values(), key=lambda e: e["id"])
        self.assertEqual([(e["name"], e["generic"], e.get("aliases")) for e in out], [
            ("German Kolina Movement", ["Kolina Movement"], ["Bewegung Kolina"]),
            ("Honduran Kolina Movement", ["Kolina Movement"], ["Movimiento Kolina"])])
        self.assertEqual(LOG.counts["partyfacts"]["added (no QID)"], 2)

    def test_words_that_are_no_names(self):
        rows = [["UKR", "91", "Y", "Yabluko", "Apple / Party of Free Democrats", "1999", ""],
                ["ESP", "92", "EEM", "És el moment", "It is time", "2015", "2016"],
                ["FRA", "93", "MoDem", "Mouvement démocrate", "Democratic Movement", "2007", ""],
                ["DEU", "94", "CDU", "Christlich Demokratische Union", "Christian Democratic Union", "1949", ""],
                ["DEU", "95", "CSU", "Christlich Soziale Union", "Christian Social Union", "1949", ""],
                ["DEU", "96", "CDU/CSU", "Christlich Demokratische Union / Christlich Soziale Union",
                 "Christian Democratic Union / Christian Social Union", "1949", ""]]
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        write_extract(tmp.name, rows, [["UKR", "91", "Q91", "Yabluko", "", ""],
                                       ["ESP", "92", "Q92", "És el moment", "", ""],
                                       ["FRA", "93", "Q93", "Democratic Movement", "", ""]])
        self.src.local = tmp.name
        units = {u["ids"][0]: u for u in parties.load_units(self.src, self.filt)}
        self.assertEqual(units[96]["names"], [])  # the alliance's names are its members'
        out = {e.get("wikidata"): e for e in self.link([]).values()}
        yab = out["Q91"]
        self.assertEqual((yab["name"], yab["generic"]),
                         ("Ukrainian Party of Free Democrats", ["Party of Free Democrats", "Yabluko"]))
        self.assertNotIn("Apple", yab.get("aliases", []) + yab.get("generic", []))
        # a one-word name Party Facts writes in its name field but Wikipedia
        # does not give is dropped: "Yabluko" stays because wikidata.csv has it
        self.assertNotIn("It is time", out["Q92"].get("aliases", []))
        self.assertEqual(parties.name_problem("For Europe", 0, parties.Claims([dict(
            ids=[1], qid=None, country="ESP", countries={"ESP"}, english=["For Europe"], native=[],
            names=["For Europe"], short=[], active=True, rank=(False, True, 0, -1), wikipedia=set())], []),
            self.filt, None), "generic: a preposition and a word, as a sentence may start")
        modem = out["Q93"]
        self.assertEqual((modem["name"], modem["generic"]), ("French Democratic Movement", ["Democratic Movement"]))
        out = {e.get("wikidata"): e for e in parties.finish_parties(list(out.values()), self.src, self.filt)}
        self.assertEqual(out["Q93"]["generic"], ["Democratic Movement", {"text": "MoDem", "case": "exact"}])
        self.assertEqual(out["Q91"]["generic"], ["Party of Free Democrats", "Yabluko"])  # not "Y"

    # finish_parties and the curated merge

    def test_curated_party_takes_the_qid_and_abbreviations_wait_for_curated_bodies(self):
        orgs = list(self.link([]).values())
        curated = [
            {"id": "org:undp", "kind": "organization", "name": "United Nations Development Programme",
             "aliases": ["UNDP"], "category": "un-body"},
            {"id": "org:komeito", "kind": "organization", "name": "Komeito", "country": "JPN",
             "category": "party"},
            {"id": "org:sinn-fein", "kind": "organization", "name": "Sinn Féin", "country": "IRL",
             "category": "party"},
        ]
        merged = organizations.merge_curated_orgs(orgs, curated, self.filt)
        byid = {e["id"]: e for e in merged}
        # the added Sinn Féin merged into the curated one with its QID
        self.assertEqual(byid["org:sinn-fein"]["wikidata"], "Q30")
        out = {e["id"]: e for e in parties.finish_parties(merged, self.src, self.filt)}
        self.assertEqual(out["org:komeito"]["wikidata"], "Q50")
        self.assertIn("partyfacts", out["org:komeito"]["sources"])
        self.assertEqual(out["org:undp"]["aliases"], ["UNDP"])
        german = [e for e in out.values() if e.get("wikidata") == "Q40"][0]
        self.assertNotIn("UNDP", german.get("aliases", []))
        innov = [e for e in out.values() if e["name"] == "Innovation and Unity Party"][0]
        self.assertIn("PINU", innov["generic"])  # only in documents about Honduras
        self.assertNotIn("PINU", innov.get("aliases", []))
        self.assertFalse(any(parties.MARK in e for e in out.values()))
        qids = [e["wikidata"] for e in out.values() if e.get("wikidata")]
        self.assertEqual(len(qids), len(set(qids)))

    def test_an_added_entry_merges_into_the_curated_party_it_is(self):
        rows = [["TWN", "90", "KMT", "Zhongguo Guomindang", "Kuomintang", "1919", ""]]
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        write_extract(tmp.name, rows, [["TWN", "90", "Q90", "Kuomintang", "", ""]])
        self.src.local = tmp.name
        self.src.known_alpha3.add("TWN")
        orgs = list(self.link([]).values())
        self.assertEqual([e["name"] for e in orgs], ["Zhongguo Guomindang"])
        curated = [{"id": "org:kuomintang", "kind": "organization", "name": "Kuomintang", "country": "TWN",
                    "category": "party", "aliases": ["KMT"]}]
        merged = organizations.merge_curated_orgs(orgs, curated, self.filt)
        self.assertEqual(len(merged), 2)  # no shared form: the merge leaves them apart
        out = parties.finish_parties(merged, self.src, self.filt)
        self.assertEqual(len(out), 1)
        self.assertEqual((out[0]["id"], out[0]["wikidata"]), ("org:kuomintang", "Q90"))
        self.assertIn("Zhongguo Guomindang", out[0]["aliases"])

    def test_curated_merge_keeps_the_qid_of_its_category_only(self):
        g = party("org:x-party", "X Party", "HND", sources=("partyfacts",))
        g["wikidata"] = "Q99"
        body = {"id": "org:x", "kind": "organization", "name": "X", "aliases": ["X Party"], "category": "igo"}
        out = organizations.merge_curated_orgs([dict(g)], [body], self.filt)
        self.assertNotIn("wikidata", out[0])
        same = {"id": "org:x", "kind": "organization", "name": "X Party", "country": "HND", "category": "party"}
        out = organizations.merge_curated_orgs([dict(g)], [same], self.filt)
        self.assertEqual(out[0]["wikidata"], "Q99")


if __name__ == "__main__":
    unittest.main()
