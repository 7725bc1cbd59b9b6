"""Unit tests of the kind decisions (gen/kinds.py), the duplicate finder
(gen/dedupe.py), the family-name short forms and country corrections of
Phoenix people (gen/people.py) and the merge of country-qualified factbook
parties (gen/organizations.py), on small hand-made inputs. None needs the
source data or PyYAML."""

import copy
import unittest
from unittest import mock

from gen import dedupe, kinds, organizations, people


def person(pid, name, country=None, roles=(), sources=("phoenix",), aliases=(), short=()):
    e = {"id": pid, "kind": "person", "name": name, "sources": list(sources)}
    if aliases:
        e["aliases"] = list(aliases)
    if short:
        e["short"] = list(short)
    if country:
        e["country"] = country
    if roles:
        e["roles"] = [dict(r) for r in roles]
    return e


def role(start=None, end=None, title="Government official", country="XXX"):
    r = {"title": title, "country": country}
    if start:
        r["start"] = start
    if end:
        r["end"] = end
    return r


def run(lst, not_same=None):
    dedupe.reset_report()
    with mock.patch.object(dedupe, "NOT_SAME_PERSON", not_same or {}):
        out = dedupe.dedupe_people(copy.deepcopy(lst))
    return {e["id"]: e for e in out}, dedupe.DEDUPE_REPORT


class Words(unittest.TestCase):
    def test_spellings(self):
        for a, b in (("muhammad", "mohammed"), ("rafiq", "rafic"), ("khalifah", "khalifa"),
                     ("sarkisyan", "sargsyan"), ("berdymukhammedov", "berdimuhamedow"),
                     ("nahyan", "nuhayyan"), ("ii", "ii")):
            self.assertTrue(dedupe.similar_word(a, b), (a, b))
        for a, b in (("muhammad", "ahmad"), ("ii", "iii"), ("lambrecht", "lindner"), ("manmohan", "natwar")):
            self.assertFalse(dedupe.similar_word(a, b), (a, b))

    def test_names(self):
        self.assertTrue(dedupe.similar_names("Abdallah II", "Abdullah II of Jordan"))
        self.assertTrue(dedupe.similar_names("Mohammed bin Zayed", "Muhammad bin Zayid Al Nuhayyan"))
        self.assertFalse(dedupe.similar_names("Manmohan Singh", "Natwar Singh"))
        self.assertFalse(dedupe.similar_names("Lorenzo Bugli", "Matteo Rossi"))

    def test_father_links(self):
        self.assertEqual(dedupe.father_links(dedupe.name_tokens("Hamad bin Khalifa al Thani")),
                         {("hamad", "khalifa")})
        self.assertEqual(dedupe.father_links(dedupe.name_tokens("Bin Alawi bin Abdallah Yusuf")),
                         {("alawi", "abdallah")})


class SameWords(unittest.TestCase):
    def test_reordered_names_merge_and_the_later_order_is_kept(self):
        a = person("person:chok-tong-goh", "Chok Tong Goh", "SGP", [role(None, "2004-04-30", country="SGP")],
                   short=["Chok"])
        b = person("person:goh-chok-tong", "Goh Chok Tong", "SGP", [role("1990-11-28", None, country="SGP")],
                   short=["Goh"])
        out, rep = run([a, b])
        self.assertEqual(list(out), ["person:goh-chok-tong"])
        e = out["person:goh-chok-tong"]
        self.assertIn("Chok Tong Goh", e["aliases"])
        self.assertEqual(e["short"], ["Goh"])  # the reordered entry's short forms are not taken
        self.assertEqual(len(e["roles"]), 2)
        self.assertEqual(rep["people_merged"][0]["check"], "same-words")

    def test_father_and_son(self):
        a = person("person:a", "Sheikh Hamad ibn Khalifah al Thani", "QAT", [role("1995-06-27", country="QAT")])
        b = person("person:b", "Sheikh Khalifah ibn Hamad al Thani", "QAT", [role("1972-02-22", "1995-06-27", country="QAT")])
        out, rep = run([a, b])
        self.assertEqual(len(out), 2)
        self.assertIn("father and son", rep["people_kept_apart"][0]["reason"])

    def test_a_rotated_name_with_bin_is_one_person(self):
        a = person("person:a", "Yusuf bin Alawi bin Abdallah", "OMN", [role("2003-01-01", country="OMN")])
        b = person("person:b", "Bin Alawi bin Abdallah Yusuf", "OMN", [role("2004-10-01", "2004-11-30", country="OMN")])
        out, _ = run([a, b])
        self.assertEqual(list(out), ["person:a"])

    def test_other_countries_and_far_apart_roles(self):
        a = person("person:a", "Ana Maria", "ESP", [role("2003-01-01", country="ESP")])
        b = person("person:b", "Maria Ana", "PRT", [role("2003-01-01", country="PRT")])
        c = person("person:c", "Said Ali Mohamed", "COM", [role("1993-05-26", "1993-06-19", country="COM")])
        d = person("person:d", "Mohamed Ali Said", "COM", [role("2007-09-01", country="COM")])
        out, rep = run([a, b, c, d])
        self.assertEqual(len(out), 4)
        reasons = sorted(p["reason"] for p in rep["people_kept_apart"])
        self.assertTrue(reasons[0].startswith("different countries"))
        self.assertTrue(reasons[1].startswith("roles 14 years apart"))

    def test_the_exceptions_table(self):
        a = person("person:aung-kyi", "Aung Kyi", "MMR", [role("2007-11-01", country="MMR")])
        b = person("person:kyi-aung", "Kyi Aung", "MMR", [role(None, "2006-06-30", country="MMR")])
        out, rep = run([a, b], {frozenset(("person:aung-kyi", "person:kyi-aung")): "Burmese names"})
        self.assertEqual(len(out), 2)
        self.assertIn("not_same_person.tsv", rep["people_kept_apart"][0]["reason"])

    def test_an_unused_exception_is_an_error(self):
        a = person("person:a", "Aung Kyi", "MMR")
        with self.assertRaises(dedupe.DedupeError):
            run([a], {frozenset(("person:a", "person:z")): "stale"})


class Inside(unittest.TestCase):
    def test_adjacent_roles_merge_into_the_longer_name(self):
        a = person("person:albert-houngbo", "Albert Houngbo", "BEN", [role("2006-05-01", "2007-06-30", country="BEN")],
                   short=["Houngbo"])
        b = person("person:albert-segbegnon-houngbo", "Albert Segbegnon Houngbo", "BEN",
                   [role("2007-07-01", "2008-11-30", country="BEN")], short=["Houngbo"])
        out, _ = run([a, b])
        self.assertEqual(list(out), ["person:albert-segbegnon-houngbo"])
        self.assertEqual(out["person:albert-segbegnon-houngbo"]["aliases"], ["Albert Houngbo"])

    def test_curated_entry_is_kept_and_honorifics_are_not_counted(self):
        a = person("person:mariano-rajoy", "Mariano Rajoy", "ESP", [role("2011-12-21", "2018-06-02", "Prime Minister", "ESP")],
                   sources=["curated"])
        b = person("person:mariano-rajoy-brey", "Mariano Rajoy Brey", "ESP", [role("2010-01-01", "2011-01-31", country="ESP")])
        c = person("person:ivy-dumont", "Ivy Dumont", "BHS", [role("2003-01-01", "2004-03-31", country="BHS")])
        d = person("person:dame-ivy-dumont", "Dame Ivy Dumont", "BHS", [role("2001-11-13", "2005-11-30", country="BHS")])
        out, _ = run([a, b, c, d])
        self.assertEqual(sorted(out), ["person:ivy-dumont", "person:mariano-rajoy"])

    def test_patronymic_chain(self):
        a = person("person:a", "Khalifa bin Salman al Khalifa", "BHR", [role("2003-01-01", country="BHR")])
        b = person("person:b", "Ali bin Khalifa bin Salman al Khalifa", "BHR", [role("2003-01-01", "2004-07-31", country="BHR")])
        out, rep = run([a, b])
        self.assertEqual(len(out), 2)
        self.assertIn("patronymic chain", rep["people_kept_apart"][0]["reason"])

    def test_roles_years_apart_and_no_dates(self):
        a = person("person:a", "Seretse Khama", "BWA", [role("1966-09-30", "1980-07-13", "President", "BWA")])
        b = person("person:b", "Seretse Ian Khama", "BWA", [role("2003-01-01", country="BWA")])
        c = person("person:c", "Tiger Memon", "IND")
        d = person("person:d", "Tiger Ibrahim Memon", "IND")
        out, rep = run([a, b, c, d])
        self.assertEqual(len(out), 4)
        reasons = sorted(p["reason"] for p in rep["people_kept_apart"])
        self.assertEqual(reasons, ["no dated roles to compare", "roles 22 years apart"])

    def test_inside_several_names_of_different_people(self):
        a = person("person:a", "Mohamed Hussain", "MDV", [role("2005-01-01", country="MDV")])
        b = person("person:b", "Mohamed Hussain Maniku", "MDV", [role("2005-01-01", country="MDV")])
        c = person("person:c", "Mohamed Zahir Hussain", "MDV", [role("2005-01-01", country="MDV")])
        out, rep = run([a, b, c])
        self.assertEqual(len(out), 3)

    def test_a_two_word_name_of_common_words(self):
        lst = [person("person:amadou-ba", "Amadou Ba", "SEN", [role("2004-03-01", country="SEN")]),
               person("person:amadou-tidiane-ba", "Amadou Tidiane Ba", "SEN", [role("2009-06-01", country="SEN")])]
        lst += [person("person:x%d" % k, "Amadou X%d Ba" % k, "SEN") for k in range(2)]
        lst += [person("person:y%d" % k, "Amadou Ba Y%d" % k, "SEN") for k in range(2)]
        out, rep = run(lst)
        self.assertIn("person:amadou-ba", out)
        self.assertTrue(any("both common" in p["reason"] for p in rep["people_kept_apart"]))

    def test_a_full_form_that_disagrees(self):
        a = person("person:jigme-wangchuck", "Jigme Wangchuck", "BTN", [role("2006-12-14", None, "King", "BTN")],
                   aliases=["Jigme Khesar Namgyel Wangchuck"], sources=["factbook"])
        b = person("person:jigme-singye-wangchuck", "Jigme Singye Wangchuck", "BTN",
                   [role("2003-01-01", "2007-01-31", country="BTN")])
        out, rep = run([a, b])
        self.assertEqual(len(out), 2)
        self.assertIn("full form", rep["people_kept_apart"][0]["reason"])

    def test_family_name_first_needs_a_run_of_words(self):
        a = person("person:aung-kyi", "Aung Kyi", "MMR", [role("2007-11-01", country="MMR")])
        b = person("person:aung-san-suu-kyi", "Aung San Suu Kyi", "MMR", [role("2016-04-06", country="MMR")])
        out, rep = run([a, b])
        self.assertEqual(len(out), 2)
        self.assertIn("not as one run of words", rep["people_kept_apart"][0]["reason"])


class SameOffice(unittest.TestCase):
    def test_one_office_one_day(self):
        a = person("person:abdallah-ii", "Abdallah II", "JOR", [role("1999-02-07", None, "King", "JOR")],
                   sources=["factbook"])
        b = person("person:abdullah-ii-of-jordan", "Abdullah II of Jordan", "JOR",
                   [role("1999-02-07", None, "King", "JOR")], sources=["curated"])
        out, rep = run([a, b])
        self.assertEqual(list(out), ["person:abdullah-ii-of-jordan"])
        self.assertEqual(rep["people_merged"][0]["check"], "same-office-day")
        self.assertIn("Abdallah II", out["person:abdullah-ii-of-jordan"]["aliases"])

    def test_joint_offices_are_not_one_person(self):
        a = person("person:lorenzo-bugli", "Lorenzo Bugli", "SMR", [role("2025-10-01", None, "Captain Regent", "SMR")])
        b = person("person:matteo-rossi", "Matteo Rossi", "SMR", [role("2025-10-01", None, "Captain Regent", "SMR")])
        out, _ = run([a, b])
        self.assertEqual(len(out), 2)


class Doubts(unittest.TestCase):
    def test_portuguese_names_in_guinea_and_western_names_in_china(self):
        lst = [person("person:a", "Joao Monteiro", "GIN"), person("person:b", "Mamadou Camara", "GIN"),
               person("person:c", "Joao Silva", "PRT"), person("person:d", "Mamadou Diallo", "SEN"),
               person("person:e", "Regina Ip", "CHN"), person("person:f", "Wang Yi", "CHN")]
        dedupe.reset_report()
        found = dedupe.country_doubts(lst)
        self.assertEqual([d["id"] for d in found], ["person:a", "person:e"])


class ShortForms(unittest.TestCase):
    def stats(self, names):
        return people.NameStats([n.split() for n, c in names], [c for n, c in names])

    def test_paternal_surname(self):
        st = self.stats([("Juan Carlos Varela", "PAN"), ("Juan Carlos Navarro", "PAN"),
                         ("Carlos Ruiz", "ESP"), ("Carlos Lopez", "ESP"), ("Carlos Perez", "ESP"),
                         ("Adán Chávez Frías", "VEN"), ("Hugo Chávez", "VEN")])
        self.assertEqual(people.paternal_surnames("Adán Chávez Frías".split(), st), ["Chávez", "Chávez Frías"])
        self.assertEqual(people.paternal_surnames("Juan Carlos Varela".split(), st), ["Varela"])
        self.assertEqual(people.paternal_surnames("Luis Alfredo Torcatt Zanabria".split(), st),
                         ["Torcatt", "Torcatt Zanabria"])
        self.assertEqual(people.paternal_surnames("José Ortega y Gasset".split(), st), ["Ortega"])
        self.assertIsNone(people.paternal_surnames("Teofilo de la Torre".split(), st))
        self.assertIsNone(people.paternal_surnames("Hugo Chávez".split(), st))
        self.assertEqual(people.family_shorts("Adán Chávez Frías".split(), "VEN", st), ["Chávez", "Chávez Frías"])
        self.assertEqual(people.family_shorts("Adán Chávez Frías".split(), "BRA", st), ["Frías"])

    def test_family_name_first(self):
        st = self.stats([("Lim Boon Heng", "SGP"), ("Lim Hng Kiang", "SGP"), ("Lee Kuan Yew", "SGP")])
        f = people.family_shorts
        self.assertEqual(f("Carrie Lam Cheng Yuet Ngor".split(), "HKG", st), ["Lam"])
        self.assertEqual(f("David Tik En Lim".split(), "SGP", st), ["Lim"])
        self.assertEqual(f("Chris Patten".split(), "HKG", st), ["Patten"])
        self.assertEqual(f("Prince Norodom Sihanouk".split(), "KHM", st), ["Norodom"])
        self.assertEqual(f("K. C. Chan Ka Keung".split(), "CHN", st), ["Chan"])
        self.assertEqual(f("Kpa Kim Jong Gak".split(), "PRK", st), ["Kim"])
        self.assertEqual(f("Kim Jong Un".split(), "PRK", st), ["Kim"])
        self.assertEqual(f("Ayman al-Zawahiri".split(), "EGY", st), ["al-Zawahiri", "Zawahiri"])

    def test_country_corrections(self):
        ppl = {("jose mario vaz", "GIN"): {"name": "Jose Mario Vaz", "country": "GIN",
                                          "roles": [role("2009-11-01", country="GIN"), role(country="SEN")]}}
        dedupe.reset_report()
        with mock.patch.object(people, "PERSON_COUNTRIES", {"person:jose-mario-vaz": ("GNB", "factbook")}):
            people.fix_countries(ppl)
        p = ppl[("jose mario vaz", "GIN")]
        self.assertEqual(p["country"], "GNB")
        self.assertEqual([r["country"] for r in p["roles"]], ["GNB", "SEN"])
        self.assertEqual(dedupe.DEDUPE_REPORT["countries"][0]["to"], "GNB")
        with mock.patch.object(people, "PERSON_COUNTRIES", {"person:nobody": ("GNB", "x")}):
            with self.assertRaises(Exception):
                people.fix_countries(ppl)


class Kinds(unittest.TestCase):
    def setUp(self):
        dedupe.reset_report()
        self.orgs = [
            {"id": "org:osama-bin-laden", "kind": "organization", "name": "Osama Bin Laden",
             "aliases": ["Usama Bin Laden", "Bin Laden"], "category": "armed-group", "case": "capitalized",
             "sources": ["phoenix"]},
            {"id": "org:tiger-memon", "kind": "organization", "name": "Tiger Memon", "category": "armed-group",
             "case": "capitalized", "sources": ["phoenix"]},
            {"id": "org:black-friday", "kind": "organization", "name": "Black Friday", "category": "armed-group",
             "country": "TUR", "sources": ["phoenix"]},
            {"id": "org:lok-sabha", "kind": "organization", "name": "Lok Sabha", "country": "IND",
             "category": "legislature", "sources": ["curated"]}]
        self.people = [
            person("person:osama-bin-laden", "Osama bin Laden", "SAU", sources=["curated"],
                   aliases=["Usama bin Laden"]),
            person("person:lok-sabha", "Lok Sabha", "IND", [role(country="IND")], short=["Sabha"],
                   aliases=["Rajya Sabha"])]

    def decide(self, rows):
        with mock.patch.object(kinds, "KIND_DECISIONS", rows):
            return kinds.apply_kind_decisions(copy.deepcopy(self.people), copy.deepcopy(self.orgs))

    def test_moves_merges_and_drops(self):
        ppl, orgs = self.decide([
            ("org:osama-bin-laden", "person", "person:osama-bin-laden", "an individual"),
            ("org:tiger-memon", "person", "-", "an individual"),
            ("org:black-friday", "drop", "-", "a common phrase"),
            ("person:lok-sabha", "organization", "org:lok-sabha", "a legislature")])
        p = {e["id"]: e for e in ppl}
        o = {e["id"]: e for e in orgs}
        self.assertEqual(sorted(p), ["person:osama-bin-laden", "person:tiger-memon"])
        self.assertEqual(sorted(o), ["org:lok-sabha"])
        self.assertIn("Bin Laden", p["person:osama-bin-laden"]["aliases"])
        self.assertNotIn("Usama Bin Laden", p["person:osama-bin-laden"]["aliases"])  # same folded form
        self.assertEqual(p["person:tiger-memon"]["category"], "militant")
        self.assertNotIn("short", o["org:lok-sabha"])
        self.assertNotIn("roles", o["org:lok-sabha"])
        self.assertIn("Rajya Sabha", o["org:lok-sabha"]["aliases"])
        self.assertEqual(len(dedupe.DEDUPE_REPORT["kinds"]), 4)

    def test_errors(self):
        for rows in ([("org:nobody", "drop", "-", "x")],
                     [("org:lok-sabha", "drop", "-", "curated")],
                     [("org:tiger-memon", "organization", "-", "x")],
                     [("org:tiger-memon", "person", "person:nobody", "x")]):
            with self.assertRaises(kinds.KindError, msg=rows):
                self.decide(rows)

    def test_person_case(self):
        self.assertEqual(kinds.person_case("Osama Bin Mohammed Bin Awad Bin Laden"),
                         "Osama bin Mohammed bin Awad bin Laden")
        self.assertEqual(kinds.person_case("Abu Al-Walid"), "Abu al-Walid")


class Parties(unittest.TestCase):
    def test_country_qualified_party_joins_the_curated_one(self):
        dedupe.reset_report()
        gen = [{"id": "org:turkish-nationalist-movement-party", "kind": "organization",
                "name": "Turkish Nationalist Movement Party", "country": "TUR", "category": "party",
                "sources": ["factbook"], "_bare": "Nationalist Movement Party"},
               {"id": "org:french-socialist-party", "kind": "organization", "name": "French Socialist Party",
                "country": "FRA", "category": "party", "sources": ["factbook"], "_bare": "Nationalist Movement Party"}]
        cur = [{"id": "org:nationalist-movement-party", "kind": "organization", "name": "Nationalist Movement Party",
                "aliases": ["MHP"], "country": "TUR", "category": "party"}]
        out = {e["id"]: e for e in organizations.merge_curated_orgs(gen, cur, None)}
        self.assertEqual(sorted(out), ["org:french-socialist-party", "org:nationalist-movement-party"])
        self.assertIn("Turkish Nationalist Movement Party", out["org:nationalist-movement-party"]["aliases"])
        self.assertTrue(all("_bare" not in e for e in out.values()))
        self.assertEqual(dedupe.DEDUPE_REPORT["parties_merged"][0]["into"], "org:nationalist-movement-party")


if __name__ == "__main__":
    unittest.main()
