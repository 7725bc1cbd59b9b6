"""Quick unit tests of the generator package: the hand tables, the text
helpers, the casing of source names, the hygiene rule and the Phoenix date
and role fields. None needs the source data or PyYAML."""

import os
import unittest

from gen import offices, tables
from gen.casing import name_case, org_case, phx_person_name
from gen.sources.phoenix import phx_date, phx_role
from gen.text import is_acronym, slugify, split_top, strip_article
from gen.validate import hygiene_problem


class Tables(unittest.TestCase):
    def test_every_table_file_is_read(self):
        present = sorted(f for f in os.listdir(tables.TABLES_DIR) if f.endswith(".tsv"))
        self.assertEqual(sorted(set(tables.FILES_READ)), present)

    def test_shapes(self):
        self.assertIn("america", tables.COMMON_WORDS)
        self.assertEqual(tables.STATE_NAME_OVERRIDES["tr"], "Turkey")
        self.assertEqual(tables.HAND_CAPITAL_ALIASES["Kuwait City"], [])
        name, aliases, category = tables.ENV_TREATIES["Climate Change-Paris Agreement"]
        self.assertEqual((name, category), ("Paris Agreement", "environment"))
        self.assertIn("Paris Accord", aliases)
        self.assertTrue(all(len(t) == 3 for t in tables.TITLE_PATTERNS))
        self.assertIn(("foreign minister", "foreign minister", ""), offices.PHRASE_ROWS)

    def test_one_particle_list(self):
        for p in ("al", "bin", "ibni", "van", "von", "zu", "ag", "wa"):
            self.assertIn(p, tables.PARTICLES)


class Text(unittest.TestCase):
    def test_acronyms(self):
        for t in ("NATO", "U.S.", "G7", "AT&T", "UNHCR", "FA -", "СССР"):
            self.assertTrue(is_acronym(t), t)
        for t in ("Nato", "the CCP", "NEW START", "1990", "", "ABCDEFGHI"):
            self.assertFalse(is_acronym(t), t)
        self.assertTrue(is_acronym("ABCDEFGHI", None))
        self.assertTrue(is_acronym("AID", 5))
        self.assertFalse(is_acronym("ABCDEF", 5))

    def test_slugs(self):
        self.assertEqual(slugify("Côte d’Ivoire"), "cote-d-ivoire")
        self.assertEqual(slugify("Kim Jong Un"), "kim-jong-un")
        self.assertEqual(slugify("Þór Ħamrun"), "thor-hamrun")

    def test_split_and_articles(self):
        self.assertEqual(split_top("a (b; c); d", ";"), ["a (b; c)", "d"])
        self.assertEqual(strip_article("The Gambia"), "Gambia")
        self.assertEqual(strip_article("The UK"), "The UK")


class Casing(unittest.TestCase):
    def test_phoenix_names(self):
        self.assertEqual(phx_person_name(["JUAN", "CARLOS", "I"], "ESP"), "Juan Carlos I")
        self.assertEqual(phx_person_name(["BINGU", "WA", "MUTHARIKA"], "MWI"), "Bingu wa Mutharika")
        self.assertEqual(phx_person_name(["JOHN", "MCCAIN"], "USA"), "John McCain")
        self.assertEqual(phx_person_name(["DAVID", "O'NEILL"], "IRL"), "David O'Neill")
        self.assertEqual(phx_person_name(["BAN", "KI-MOON"], "KOR"), "Ban Ki-moon")

    def test_factbook_names(self):
        self.assertEqual(name_case("PUTIN"), "Putin")
        self.assertEqual(name_case("al-SISI"), "al-Sisi")
        self.assertEqual(name_case("VON", first_in_family=False), "von")
        self.assertEqual(name_case("II"), "II")

    def test_organizations(self):
        self.assertEqual(org_case(["UNITED", "NATIONS", "SECURITY", "COUNCIL"]),
                         "United Nations Security Council")
        self.assertEqual(org_case(["UN", "SECURITY", "COUNCIL"]), "UN Security Council")
        self.assertEqual(org_case(["G-20", "SUMMIT"]), "G20 Summit")
        self.assertEqual(org_case(["PEOPLE'S", "ARMY"]), "People's Army")
        self.assertEqual(org_case(["BANK", "OF", "ENGLAND"]), "Bank of England")


class Hygiene(unittest.TestCase):
    def test_dates_numbers_and_months(self):
        for form in ("21 June", "4th of July", "May 15", "June 4th", "15 May 2003", "May 98",
                     "June 2003", "2003-05-15", "1990s"):
            self.assertEqual(hygiene_problem(form), "a date", form)
        self.assertEqual(hygiene_problem("2003"), "a year-like number")
        for form in ("1,000", "21st", "Eleven", "Twenty-One", "Five Hundred", "Third"):
            self.assertEqual(hygiene_problem(form), "a number", form)
        self.assertEqual(hygiene_problem("May"), "a month name alone")
        self.assertEqual(hygiene_problem("Sept."), "a month name alone")
        self.assertEqual(hygiene_problem("Sunday"), "a weekday name alone")
        self.assertIsNone(hygiene_problem("May", role="short"))
        for form in ("April 19 Movement", "May Day Movement", "Group of 77",
                     "Revolutionary Organization 17 November"):
            self.assertIsNone(hygiene_problem(form), form)

    def test_common_words_need_a_safe_case(self):
        self.assertIsNotNone(hygiene_problem("aid", case="auto"))
        self.assertIsNone(hygiene_problem("AID", case="auto"))
        self.assertIsNone(hygiene_problem("Congress", case="capitalized"))
        self.assertIsNotNone(hygiene_problem("Congress", case="auto"))
        self.assertIsNone(hygiene_problem("Congress", case="exact"))
        self.assertIsNone(hygiene_problem("Congress"))  # policy not decided yet


class Phoenix(unittest.TestCase):
    def test_dates(self):
        self.assertEqual(phx_date("000507", "t"), "2000-05-07")
        self.assertEqual(phx_date("750101", "t"), "1975-01-01")
        self.assertEqual(phx_date("20080507", "t"), "2008-05-07")
        self.assertIsNone(phx_date("001332", "t"))

    def test_roles(self):
        self.assertEqual(phx_role("RUSGOV 000507-080507", "t"),
                         ("RUSGOV", "2000-05-07", "2008-05-07", True))
        self.assertEqual(phx_role("USAGOV >090120", "t"), ("USAGOV", "2009-01-20", None, True))
        self.assertEqual(phx_role("IGOUNO", "t"), ("IGOUNO", None, None, False))


if __name__ == "__main__":
    unittest.main()


class CuratedMerge(unittest.TestCase):
    def test_an_id_claimed_by_a_curated_entry_is_not_taken_by_name(self):
        from gen.merge import merge_curated

        generated = [{"id": "person:son", "kind": "person", "name": "Son Father",
                      "aliases": ["Ann Father"], "country": "TCD", "sources": ["factbook"]}]
        curated = [
            {"id": "person:father", "kind": "person", "name": "Ann Father", "country": "TCD"},
            {"id": "person:son", "kind": "person", "name": "Son Father", "country": "TCD"},
        ]
        out = {e["id"]: e for e in merge_curated(generated, curated, "person")}
        self.assertEqual(sorted(out), ["person:father", "person:son"])
        self.assertEqual(out["person:father"]["sources"], ["curated"])
