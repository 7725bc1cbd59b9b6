"""Unit tests of the given-name list (gen/given_names.py) and of the reader
of the census extract (gen/sources/census_names.py), on small hand-made
inputs; two tests check the extract kept in gazetteers/sources/census-names
and the stop table. None needs the source data or PyYAML."""

import os
import tempfile
import unittest

from gen import given_names, tables
from gen.fold import fold
from gen.sources import census_names

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(os.path.dirname(HERE), "sources")


def census_row(name, rank):
    return "%-15s0.010 50.000 %6d\n" % (name, rank)


class Census(unittest.TestCase):
    def test_reader_and_folding(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "census-names"))
            for fn, names in (("dist.male.first", ["JAMES", "AL", "JOSE"]),
                              ("dist.female.first", ["MARY", "JAMES"])):
                with open(os.path.join(d, "census-names", fn), "w", encoding="ascii") as f:
                    f.writelines(census_row(n, i) for i, n in enumerate(names, 1))
            lists = census_names.load(d)
        self.assertEqual(lists["dist.male.first"], ["JAMES", "AL", "JOSE"])
        # folded, once each
        self.assertEqual(given_names.census_first_names(lists), {"james", "al", "jose", "mary"})

    def test_a_row_out_of_shape_stops(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "dist.male.first")
            with open(path, "w", encoding="ascii") as f:
                f.write(census_row("JAMES", 1) + census_row("JOHN", 3))  # rank 3 on row 2
            with self.assertRaises(ValueError):
                census_names.read_list(path)

    def test_the_extract(self):
        lists = census_names.load(EXTRACT)
        self.assertEqual({fn: len(v) for fn, v in lists.items()},
                         {"dist.male.first": 1219, "dist.female.first": 4275})
        self.assertEqual(lists["dist.male.first"][0], "JAMES")
        self.assertEqual(lists["dist.female.first"][0], "MARY")
        self.assertEqual(len(given_names.census_first_names(lists)), 5163)


class Politicians(unittest.TestCase):
    def test_first_word(self):
        for name, word in (("Achille Occhetto", "Achille"), ("José María Aznar", "José"),
                           ("Zoë Smith", "Zoë")):
            self.assertEqual(given_names.first_word(name), word)
        for name in ("Occhetto",          # one word
                     "Al Gore",           # shorter than 3 characters
                     "JOHN SMITH",        # all capitals
                     "de Gaulle Charles",  # not capitalised
                     "Jean-Claude Juncker", "Dr. No Name", "O'Neill Tip", "3rd Baron X"):
            self.assertIsNone(given_names.first_word(name), name)

    def test_three_people(self):
        names = {
            # "Achille" begins the names of two people only (Q1 has two labels)
            "Q1": ["Achille Occhetto", "Achille Occhetto Jr"], "Q2": ["Achille Lauro"],
            # "José" and "Jose" fold alike: three people
            "Q3": ["José Blanco"], "Q4": ["Jose Rizal"], "Q5": ["JOSE SMITH", "José Smith"],
            # a person's other label counts for its own first word
            "Q6": ["Dianne Feinstein", "Di Feinstein"], "Q7": ["Dianne Abbott"], "Q8": ["Dianne Watts"],
            # one-word names do not count
            "Q9": ["Mario"], "Q10": ["Mario"], "Q11": ["Mario Monti"],
        }
        self.assertEqual(given_names.politician_first_names(names), {"jose", "dianne"})
        self.assertEqual(given_names.politician_first_names(names, min_people=2),
                         {"achille", "jose", "dianne"})


ENTITIES = {
    "states.jsonl": [{"id": "Q810", "kind": "state", "name": "Jordan", "aliases": ["Hashemite Kingdom"],
                      "demonyms": ["Jordanian", {"text": "Jordanians", "case": "capitalized"}]}],
    "groups.jsonl": [{"id": "group:christians", "kind": "nationality", "name": "Christians",
                      "aliases": ["Christian"]}],
    "locations.jsonl": [{"id": "loc:paris", "kind": "location", "name": "Paris"},
                        {"id": "loc:florence", "kind": "location", "name": "Florence",
                         "aliases": [{"text": "Firenze", "case": "capitalized"}]}],
    "organizations.jsonl": [{"id": "org:amal", "kind": "organization", "name": "Amal Movement",
                             "aliases": ["Amal"], "generic": ["Harakat"]}],
    "treaties.jsonl": [{"id": "treaty:alena", "kind": "treaty", "name": "North American Free Trade Agreement",
                        "aliases": ["ALENA"]}],
    # people are not entities whose names a given name may not be
    "people.jsonl": [{"id": "person:dianne", "kind": "person", "name": "Dianne", "short": ["Feinstein"]}],
}


class Select(unittest.TestCase):
    def test_entity_words(self):
        # "ALENA", an acronym the crate matches only in capitals, is no
        # obstacle to a given name "Alena".
        self.assertEqual(given_names.entity_words(ENTITIES),
                         {"jordan", "jordanian", "jordanians", "christians", "christian", "paris",
                          "florence", "firenze", "amal", "harakat"})

    def test_title_words(self):
        self.assertEqual(given_names.title_words(["President", "Prime Minister", "Sheikh", "Gen."]),
                         {"president", "sheikh", "gen."})

    def test_each_exclusion(self):
        census = {"james", "al", "jordan", "june", "king", "grace", "lord", "florence", "mary"}
        politicians = {"james", "christian", "sunday", "sheikh", "amal", "achille", "prime"}
        names, excluded = given_names.select(
            census, politicians, given_names.entity_words(ENTITIES),
            given_names.title_words(["King", "Sheikh", "Prime Minister"]),
            common={"grace", "king"}, stop={"lord", "sheikh"})
        self.assertEqual(names, ["achille", "james", "mary", "prime"])
        self.assertEqual(excluded, {
            "short": {"al"},
            "entity": {"jordan", "florence", "christian", "amal"},
            "date": {"june", "sunday"},
            "title": {"king", "sheikh"},
            "common": {"grace", "king"},
            "stop": {"lord", "sheikh"},
        })

    def test_summary_counts(self):
        census, politicians = {"james", "al", "mary"}, {"james", "achille", "lord"}
        names, excluded = given_names.select(census, politicians, set(), set(), common=set(), stop={"lord"})
        s = given_names.Summary(census, politicians, names, excluded, {"dist.male.first": 2}, ["sir"])
        counts = dict(s.counts())
        self.assertEqual(counts["in both sources"], 1)
        self.assertEqual(counts["in either source"], 5)
        self.assertEqual(counts["excluded (any reason)"], 2)
        self.assertEqual(counts["written"], 3)
        self.assertEqual(counts["written from the census only"], 1)
        self.assertEqual(counts["written from every-politician only"], 1)
        self.assertEqual(counts["written from both"], 1)
        self.assertEqual(counts["stop-table words in neither source"], 1)

    def test_file(self):
        with tempfile.TemporaryDirectory() as d:
            given_names.write(d, ["achille", "dianne", "jose"])
            with open(os.path.join(d, given_names.FILE), encoding="utf-8") as f:
                lines = f.read().splitlines()
        header = given_names.HEADER.splitlines()
        # the comment header first, then one name per line and nothing else
        self.assertEqual(lines, header + ["achille", "dianne", "jose"])
        self.assertTrue(all(l.startswith("# ") or l == "#" for l in header))
        self.assertTrue(any("do not edit by hand" in l for l in header))


class StopTable(unittest.TestCase):
    def test_folded_single_words(self):
        for w in tables.GIVEN_NAME_STOP:
            self.assertEqual(fold(w), w)
            self.assertNotIn(" ", w)
        for w in ("sir", "sheikh", "santa", "major", "christian", "hong"):
            self.assertIn(w, tables.GIVEN_NAME_STOP)


if __name__ == "__main__":
    unittest.main()
