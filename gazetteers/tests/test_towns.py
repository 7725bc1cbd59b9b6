"""Unit tests of the towns added from GeoNames (gen/towns.py) and of the
readers of the extracts they use (gen/sources/english_words.py, the census
surnames of gen/sources/census_names.py), on small hand-made inputs and on
the extracts kept in gazetteers/sources."""

import os
import tempfile
import unittest

from gen import towns
from gen.sources import census_names, english_words

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(os.path.dirname(HERE), "sources")


def city(gid, cc, name, population):
    return {"geonameid": gid, "country": cc, "name": name, "names": [name],
            "population": population, "lat": None, "lon": None}


def files(locations=(), people=()):
    return {"states.jsonl": [{"id": "Q1", "name": "Ostria", "country": "OST",
                              "demonyms": ["Ostrian"]},
                             {"id": "Q2", "name": "Brenland", "country": "BRE"}],
            "locations.jsonl": list(locations), "people.jsonl": list(people)}


ALPHA3 = {"OS": "OST", "BR": "BRE", "XX": "XXX"}


class TownsTest(unittest.TestCase):
    def select(self, cities, fs=None, words=(), people=()):
        return towns.select(cities, fs or files(), set(words), set(people), ALPHA3)

    def test_a_town_of_its_own(self):
        out = self.select([city(1, "OS", "Coreford", 40000)])
        self.assertEqual(out, [{"id": "loc:coreford", "kind": "location", "name": "Coreford",
                                "country": "OST", "category": "town", "case": "capitalized",
                                "sources": ["geonames-cities"]}])

    def test_left_out(self):
        cities = [
            city(1, "OS", "Smallford", towns.MIN_POPULATION - 1),  # too small
            city(2, "OS", "Ostrian", 90000),  # a form of a state
            city(3, "OS", "Summit", 90000),  # an English word
            city(4, "OS", "Harrison", 90000),  # a surname
            city(5, "OS", "Ely", 90000),  # fewer than four letters
            city(6, "XX", "Nowhere Bay", 90000),  # no state of ours
            city(7, "OS", "Olympic", 90000),  # tables/town_drop.tsv
            city(8, "OS", "Oldport", 90000),  # a location we have
        ]
        fs = files(locations=[{"id": "loc:oldport", "name": "Oldport"}])
        self.assertEqual(self.select(cities, fs, words={"summit"}, people={"harrison"}), [])

    def test_homonyms(self):
        # Twice the next one's population in another country: the larger.
        out = self.select([city(1, "OS", "Velmar", 200000), city(2, "BR", "Velmar", 90000)])
        self.assertEqual([(e["name"], e["country"]) for e in out], [("Velmar", "OST")])
        # Of similar size: neither.
        self.assertEqual(self.select([city(1, "OS", "Velmar", 100000),
                                      city(2, "BR", "Velmar", 90000)]), [])
        # In one country: the larger.
        out = self.select([city(1, "OS", "Velmar", 100000), city(2, "OS", "Velmar", 90000)])
        self.assertEqual(len(out), 1)

    def test_ids_stay_apart(self):
        fs = files(locations=[{"id": "loc:tarnow", "name": "Tarnow Castle"}])
        out = self.select([city(1, "OS", "Tarnow", 50000)], fs)
        self.assertEqual(out[0]["id"], "loc:tarnow-ost")


class ExtractsTest(unittest.TestCase):
    def test_english_words(self):
        words = english_words.load(SOURCES)
        self.assertEqual(len(words), 400)
        self.assertIn("summit", words)
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "english-words"))
            with open(os.path.join(d, "english-words", "words.txt"), "w") as f:
                f.write("summit\nSummit\n")
            with self.assertRaisesRegex(ValueError, "line 2"):
                english_words.load(d)

    def test_census_surnames(self):
        names = census_names.surnames(SOURCES)
        self.assertEqual(len(names), 5000)
        self.assertEqual(names[:3], ["SMITH", "JOHNSON", "WILLIAMS"])
        self.assertEqual(names[-1], "HOFMANN")


if __name__ == "__main__":
    unittest.main()
