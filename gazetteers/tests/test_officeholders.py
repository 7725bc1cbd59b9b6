"""Unit tests of the every-politician-scrapers step (gen/officeholders.py)
and its reader (gen/sources/everypolitician.py), on a small hand-made
extract; one test checks the counts of the extract kept in
gazetteers/sources/everypolitician against its SOURCE.md. None needs the
source data or PyYAML."""

import copy
import os
import re
import tempfile
import types
import unittest

from gen import officeholders
from gen.officeholders import (
    leader_title, link_people, name_keys, role_title, safe_short, settle_roles, usable_name,
    without_middle_names)
from gen.sources import everypolitician
from gen.sources.everypolitician import EveryPolitician, Position, Term
from gen.validate import role_problems
from gen.wikidata import LOG

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRACT = os.path.join(os.path.dirname(HERE), "sources", "everypolitician")

STATES = [
    {"id": "Q1", "kind": "state", "name": "Xland", "country": "XLD", "demonyms": ["Xlandish"]},
    {"id": "Q2", "kind": "state", "name": "Yland", "aliases": ["Republic of Yland"], "country": "YLD"},
]
DATE = "2022-08-02"


def extract(rows, names=None, date=DATE):
    """An extract from rows (person, name, title, country, start, end, list,
    repository); positions are numbered in order of first use."""
    positions, terms, labels = {}, [], {}
    for person, name, title, country, start, end, lst, repo in rows:
        k = (title, country, lst, repo)
        if k not in positions:
            positions[k] = Position(str(len(positions) + 1), "Q%d" % (900 + len(positions)), title, country,
                                    lst, repo, date)
        terms.append(Term(person, positions[k], start, end))
        labels.setdefault(person, [])
        if name not in labels[person]:
            labels[person].append(name)
    labels.update(names or {})
    repos = {p.repository: {"repository": p.repository, "data_date": date} for p in positions.values()}
    return EveryPolitician(repos, {p.key: p for p in positions.values()}, labels, terms)


def person(pid, name, country, *roles_, sources=("phoenix",), aliases=()):
    e = {"id": pid, "kind": "person", "name": name, "country": country, "roles": list(roles_),
         "sources": list(sources)}
    if aliases:
        e["aliases"] = list(aliases)
    return e


def role(title, country, start=None, end=None, source="phoenix", **kw):
    r = {"title": title, "country": country, "source": source}
    if start:
        r["start"] = start
    if end:
        r["end"] = end
    r.update(kw)
    return r


def run(people, rows, names=None):
    LOG.reset()
    out = link_people(copy.deepcopy(people), STATES, None, extract(rows, names))
    return {e["id"]: e for e in out}, dict(LOG.counts.get("everypolitician", {}))


class Titles(unittest.TestCase):
    def test_table_and_default(self):
        titles = {("Minister of Foreign Affairs", None): "Foreign Minister",
                  ("Secretary of State", "AUT"): "State Secretary",
                  ("monarch", None): "Monarch"}
        self.assertEqual(role_title("Minister of Foreign Affairs", "XLD", titles), "Foreign Minister")
        self.assertEqual(role_title("Secretary of State", "AUT", titles), "State Secretary")
        self.assertEqual(role_title("Secretary of State", "USA", titles), "Secretary of State")
        self.assertEqual(role_title("ambassador to France", "XLD", titles), "Ambassador to France")
        self.assertEqual(role_title("monarch", "XLD", titles), "Monarch")

    def test_the_committed_table(self):
        self.assertEqual(role_title("Minister of Defence", "RUS"), "Defence Minister")
        self.assertEqual(role_title("Chancellor", "CHE"), "Federal Chancellor")
        self.assertEqual(role_title("Chancellor", "DEU"), "Chancellor")
        self.assertEqual(role_title("Minister of Foreign Affairs", "IND"), "Foreign Secretary")

    def test_leader_title(self):
        names = {"YLD": ["Yland", "Republic of Yland"]}
        self.assertEqual(leader_title("President of Yland", "YLD", names), "President")
        self.assertEqual(leader_title("Prime Minister of the Republic of Yland", "YLD", names), "Prime Minister")
        self.assertEqual(leader_title("President of Xland", "YLD", names), "President of Xland")


class Names(unittest.TestCase):
    def test_keys(self):
        self.assertIn((0, "george w. bush"), name_keys("George W. Bush"))
        self.assertIn((1, "jinping xi"), name_keys("Xi Jinping"))
        self.assertIn((1, "jinping xi"), name_keys("Jinping Xi"))
        self.assertIn((2, "george bush"), name_keys("George Walker Bush"))
        # no first-and-last key for a chain of names
        self.assertFalse(any(lv == 2 for lv, _ in name_keys("Khalid bin Abdullah Al Khalifa")))

    def test_middle_names(self):
        self.assertTrue(without_middle_names("George W. Bush", "George Bush"))
        self.assertTrue(without_middle_names("Mariano Rajoy", "Mariano Rajoy Brey") is False)
        self.assertFalse(without_middle_names("Ana Maria Silva", "Ana Paula Silva"))

    def test_usable_names(self):
        for n in ("Nouri al-Maliki", "Massimo D'Alema", "Ursula von der Leyen", "Charles III",
                  "AKM Mozammel Haque", "Šarūnas Birutis", "\u2018Akosita Lavulavu"):
            self.assertIsNone(usable_name(n, set()), n)
        for n, why in (("Роман Лябихов", "Latin"), ("Naruhito", "two"), ("M. A. Mannan", "two"),
                       ("Hans-Adam II, Prince of Liechtenstein", "comma"), ("Joseph NOUTSA", "capitals"),
                       ("ahmed ali", "capitalised"), ("Mark Green", "common"), ("Liu Qiang (born 1964)", "brackets")):
            self.assertIn(why, usable_name(n, set()) or "", n)
        self.assertIn("state", usable_name("Yland Republic", {"yland republic"}))

    def test_short_forms(self):
        self.assertTrue(safe_short("Zelenskyy", set()))
        for s in ("Li", "Green", "John", "al", "Yland", "King"):
            self.assertFalse(safe_short(s, {"yland"}), s)


class Linking(unittest.TestCase):
    def test_link_by_name_country_and_dates(self):
        people = [person("person:ana-silva", "Ana Silva", "XLD",
                         role("Government official", "XLD", "2010-01-01", "2012-01-01"))]
        rows = [("Q10", "Ana Silva", "Minister of Health", "XLD", "2011-03-01", "2013-05-02", "holders", "x")]
        out, counts = run(people, rows)
        e = out["person:ana-silva"]
        self.assertEqual(e["wikidata"], "Q10")
        self.assertIn("everypolitician", e["sources"])
        self.assertEqual(e["roles"][-1], {"title": "Minister of Health", "country": "XLD", "start": "2011-03-01",
                                          "end": "2013-05-02", "source": "everypolitician"})
        self.assertEqual(len(out), 1)
        self.assertEqual(counts["linked by the same name, dates agreeing"], 1)

    def test_no_link_without_country_or_agreement(self):
        people = [person("person:ana-silva", "Ana Silva", "YLD",
                         role("Government official", "YLD", "2010-01-01", "2012-01-01")),
                  person("person:bo-lind", "Bo Lind", "XLD", role("Government official", "XLD", "1990", "1991"))]
        rows = [("Q10", "Ana Silva", "Minister of Health", "XLD", "2011-03-01", "2013-05-02", "holders", "x"),
                ("Q11", "Bo Lind", "Minister of Health", "XLD", "2014-03-01", "2015-05-02", "holders", "x")]
        out, counts = run(people, rows)
        self.assertNotIn("wikidata", out["person:ana-silva"])
        self.assertNotIn("wikidata", out["person:bo-lind"])
        # their names are taken: not added either
        self.assertEqual(len(out), 2)
        self.assertEqual(counts["unmatched: the name of a person of ours whom country and dates do not confirm"], 2)

    def test_office_agreement_reordered_and_middle_names(self):
        people = [person("person:xi-jinping", "Xi Jinping", "XLD", role("President", "XLD", "2013-03-14",
                                                                          source="curated"), sources=("curated",)),
                  person("person:george-bush", "George Bush", "YLD",
                         role("President", "YLD", "2001-01-20", "2009-01-20", source="curated"), sources=("curated",))]
        rows = [("Q15031", "Jinping Xi", "President", "XLD", "2013-03-14", "", "holders", "x"),
                ("Q207", "George W. Bush", "President", "YLD", "2001-01-20", "2009-01-20", "holders", "y")]
        out, counts = run(people, rows)
        self.assertEqual(out["person:xi-jinping"]["wikidata"], "Q15031")
        self.assertEqual(out["person:george-bush"]["wikidata"], "Q207")
        # the curated office is already recorded: no second President role
        self.assertEqual([r["source"] for r in out["person:george-bush"]["roles"]], ["curated"])

    def test_spelling_in_the_same_office(self):
        people = [person("person:mahmoud-ali-youssouf", "Mahmoud Ali Youssouf", "XLD",
                         role("Foreign Minister", "XLD", "2005", "2025-02", source="curated"),
                         sources=("curated",)),
                  person("person:mahamoud-ali-youssouf", "Mahamoud Ali Youssouf", "XLD",
                         role("Government official", "XLD", "2005-06-01", "2011-02-01"))]
        rows = [("Q80", "Mahamoud Ali Youssouf", "Minister of Foreign Affairs", "XLD", "2005-05-22", "2022-03-19",
                 "holders", "x")]
        out, counts = run(people, rows)
        # the curated holder of the office, not its duplicate found by name
        self.assertEqual(out["person:mahmoud-ali-youssouf"]["wikidata"], "Q80")
        self.assertNotIn("wikidata", out["person:mahamoud-ali-youssouf"])
        out, counts = run(people[:1], rows)
        self.assertEqual(out["person:mahmoud-ali-youssouf"]["wikidata"], "Q80")
        self.assertEqual(counts["linked by a spelling of the name in the same office at the same time, office agreeing"], 1)

    def test_no_country_no_link(self):
        people = [person("person:ana-silva", "Ana Silva", "XLD",
                         role("Secretary-General of the United Nations", None, "2017-01-01", source="curated"),
                         sources=("curated",))]
        rows = [("Q90", "Ana Silva", "Secretary-General of the United Nations", None, "2017-01-01", "", "holders",
                 "world")]
        out, counts = run(people, rows)
        self.assertNotIn("wikidata", out["person:ana-silva"])

    def test_ambiguous(self):
        people = [person("person:ana-silva", "Ana Silva", "XLD", role("Government official", "XLD", "2010", "2012")),
                  person("person:ana-silva-2", "Ana Maria Silva", "XLD",
                         role("Government official", "XLD", "2010", "2012"), aliases=["Ana Silva"])]
        rows = [("Q10", "Ana Silva", "Minister of Health", "XLD", "2011", "2013", "holders", "x")]
        out, counts = run(people, rows)
        self.assertFalse(any(e.get("wikidata") for e in out.values()))
        self.assertEqual(counts["ambiguous"], 1)
        # two source people for one of ours
        people = [person("person:bo-lind", "Bo Lind", "XLD", role("Government official", "XLD", "2010", "2012"))]
        rows = [("Q20", "Bo Lind", "Minister of Health", "XLD", "2011", "2013", "holders", "x"),
                ("Q21", "Bo Lind", "Minister of Trade", "XLD", "2011", "2012", "holders", "x")]
        out, counts = run(people, rows)
        self.assertNotIn("wikidata", out["person:bo-lind"])
        self.assertEqual(counts["ambiguous"], 1)


def run_with_legislators(add, rows):
    """`run([], rows)` with officeholders.ADD_LEGISLATORS set to `add`."""
    before = officeholders.ADD_LEGISLATORS
    officeholders.ADD_LEGISLATORS = add
    try:
        return run([], rows)
    finally:
        officeholders.ADD_LEGISLATORS = before


class Adding(unittest.TestCase):
    def test_added_person(self):
        rows = [("Q30", "Olena Kovalenko", "Minister of Culture", "XLD", "2019-08-29", "", "holders", "x"),
                ("Q30", "Olena Kovalenko", "member of the Parliament", "XLD", "2014-11-27", "2019-08-29",
                 "legislators", "x")]
        out, counts = run([], rows)
        e = out["person:olena-kovalenko"]
        self.assertEqual(e["wikidata"], "Q30")
        self.assertEqual(e["short"], ["Kovalenko"])
        self.assertEqual((e["country"], e["case"], e["sources"]), ("XLD", "capitalized", ["everypolitician"]))
        self.assertEqual(e["roles"], [
            {"title": "Member of the Parliament", "country": "XLD", "start": "2014-11-27", "end": "2019-08-29",
             "office": False, "source": "everypolitician"},
            {"title": "Minister of Culture", "country": "XLD", "start": "2019-08-29", "last_seen": DATE,
             "source": "everypolitician"}])
        self.assertEqual(counts["added"], 1)

    def test_a_duplicate_of_ours_takes_the_qid(self):
        # "Ahmed" and "Ahmad" are one name to the duplicate finder (gen/dedupe.py),
        # which would merge the two and keep neither id for sure: ours takes the QID
        people = [person("person:ahmad-chalabi", "Ahmad Chalabi", "XLD",
                         role("Government official", "XLD", "2005-05-03", "2006-05-20"))]
        rows = [("Q100", "Ahmed Chalabi", "Deputy Prime Minister", "XLD", "2005-05-03", "2006-05-20", "holders", "x")]
        out, counts = run(people, rows)
        self.assertEqual(list(out), ["person:ahmad-chalabi"])
        self.assertEqual(out["person:ahmad-chalabi"]["wikidata"], "Q100")
        self.assertEqual(out["person:ahmad-chalabi"]["roles"][-1]["title"], "Deputy Prime Minister")
        self.assertEqual(counts["linked as the duplicate gen/dedupe.py finds"], 1)
        self.assertEqual(counts.get("added"), 0)

    def test_names_not_added(self):
        rows = [("Q40", "Роман Лябихов", "Minister of Culture", "XLD", "2019", "", "holders", "x"),
                ("Q41", "Naruhito", "Emperor", "XLD", "2019", "", "holders", "x"),
                ("Q42", "Pat Lee", "First Lady", "XLD", "2019", "", "holders", "x"),
                ("Q43", "Kim Sun", "Minister of Culture", "XLD", "", "", "holders", "x")]
        out, counts = run([], rows)
        self.assertEqual(out, {})
        self.assertEqual(counts["dropped: no usable name (not in Latin script)"], 1)
        self.assertEqual(counts["dropped: no office or a local one"], 1)
        self.assertEqual(counts["dropped: term without a date"], 1)

    def test_shared_name_keeps_the_higher_office(self):
        rows = [("Q50", "Wang Yong", "member of the Congress", "XLD", "2018", "2023", "legislators", "x"),
                ("Q51", "Wang Yong", "Minister of Trade", "XLD", "2016", "2018", "holders", "x")]
        out, counts = run_with_legislators(True, rows)
        self.assertEqual(out["person:wang-yong"]["wikidata"], "Q51")
        self.assertEqual(counts["dropped: a name another person of the source has"], 1)

    def test_members_only_switch(self):
        rows = [("Q60", "Ilse Aigner", "Member of the European Parliament", "XLD", "", "", "members", "ep")]
        out, _ = run_with_legislators(True, rows)
        self.assertEqual(out["person:ilse-aigner"]["roles"], [
            {"title": "Member of the European Parliament", "country": "XLD", "last_seen": DATE, "office": False,
             "source": "everypolitician"}])
        out, _ = run_with_legislators(False, rows)
        self.assertEqual(out, {})

    def test_leaders_only_where_no_repository(self):
        rows = [("Q70", "Ana Silva", "Minister of Health", "XLD", "2011", "2013", "holders", "x"),
                ("Q71", "Bo Lind", "President of Xland", "XLD", "2020", "", "leaders", "world-leaders-2021"),
                ("Q72", "Eva Berg", "President of Yland", "YLD", "2020", "", "leaders", "world-leaders-2021")]
        out, counts = run([], rows)
        self.assertNotIn("person:bo-lind", out)
        self.assertEqual(out["person:eva-berg"]["roles"][0]["title"], "President")


class Conflicts(unittest.TestCase):
    def test_handover_and_overlaps(self):
        a = person("person:a", "Ana Silva", "XLD", role("Prime Minister", "XLD", "2010-01-01", "2014-02-10",
                                                        source="everypolitician"))
        b = person("person:b", "Bo Lind", "XLD", role("Prime Minister", "XLD", "2014-01-20", source="curated"))
        c = person("person:c", "Eva Berg", "XLD", role("Prime Minister", "XLD", "2016-05-01", "2016-05-20",
                                                       source="everypolitician"))
        d = person("person:d", "Ole Dahl", "YLD", role("Foreign Minister", "YLD", "2000-01-01", "2005-01-01",
                                                       source="everypolitician"))
        f = person("person:f", "Per Holm", "YLD", role("Foreign Minister", "YLD", "2002-01-01", "2002-02-01",
                                                       source="everypolitician"))
        people = [a, b, c, d, f]
        self.assertEqual(len(role_problems(people)), 3)
        LOG.reset()
        out = {e["id"]: e for e in settle_roles(copy.deepcopy(people))}
        self.assertEqual(role_problems(list(out.values())), [])
        self.assertEqual(out["person:a"]["roles"], [{"title": "Prime Minister", "country": "XLD", "start": "2010-01-01",
                                                     "end": "2014-01-20", "approximate": True,
                                                     "source": "everypolitician"}])
        self.assertEqual(out["person:b"]["roles"], b["roles"])
        self.assertEqual(out["person:c"]["roles"], [])     # inside the curated holder's term
        self.assertEqual(out["person:f"]["roles"], [])     # an acting term inside another's
        self.assertEqual(len(out["person:d"]["roles"]), 1)


class Reader(unittest.TestCase):
    def test_load(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "everypolitician"))
            files = {
                "repositories.tsv": "repository\tcommit\tdata_date\njapan\tabc\t2022-07-01\n",
                "positions.tsv": "key\tposition\ttitle\tcountry\tlist\trepository\n1\tQ9\tPrime Minister\tJPN\tholders\tjapan\n",
                "people.tsv": "person\tname\nQ1\tFumio Kishida\n",
                "terms.tsv": "person\tposition\tstart\tend\nQ1\t1\t2021-10-04\t\n"}
            for fn, text in files.items():
                with open(os.path.join(d, "everypolitician", fn), "w", encoding="utf-8") as f:
                    f.write(text)
            ep = everypolitician.load(d)
        t = ep.terms[0]
        self.assertEqual((t.person, t.start, t.end), ("Q1", "2021-10-04", None))
        self.assertEqual((t.position.title, t.position.country, t.position.data_date),
                         ("Prime Minister", "JPN", "2022-07-01"))
        self.assertEqual(ep.names, {"Q1": ["Fumio Kishida"]})


class CommittedExtract(unittest.TestCase):
    """The extract kept in the repository holds what its SOURCE.md says."""

    def test_counts(self):
        ep = everypolitician.load(os.path.dirname(EXTRACT))
        with open(os.path.join(EXTRACT, "SOURCE.md"), encoding="utf-8") as f:
            text = f.read()
        self.assertEqual(len(ep.repositories), 186)
        self.assertIn("%s terms" % format(len(ep.terms), ","), text)
        self.assertIn("%s positions" % format(len(ep.positions), ","), text)
        self.assertIn("%s persons" % format(len(ep.names), ","), text)
        qid = re.compile(r"^Q[1-9][0-9]*$")
        self.assertTrue(all(qid.match(t.person) for t in ep.terms))
        self.assertTrue(all(p.qid is None or qid.match(p.qid) for p in ep.positions.values()))
        self.assertEqual(set(ep.names), {t.person for t in ep.terms})


if __name__ == "__main__":
    unittest.main()
