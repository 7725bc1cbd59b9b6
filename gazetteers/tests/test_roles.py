"""Unit tests of the role step (gen/roles.py), the role consistency checks
(gen/validate.py role_problems) and the role measures of the report, on small
hand-made inputs. No source data or PyYAML needed (the source dates are read
from a temporary folder with the two header lines they come from)."""

import os
import shutil
import tempfile
import unittest

from gen import roles
from gen.report import role_measures
from gen.roles import (
    RoleLog, apply_successions, day_hi, day_lo, finalize_roles, office_of, parse_changes,
    parse_decision_key, shared_allowed, sure_span, tag_roles, valid_date)
from gen.tables import TableError
from gen.validate import role_problems


OFFICES = {
    "President": ("head of state", {"VAT": "head of government"}),
    "King": ("head of state", {}),
    "Co-prince": ("head of state", {}),
    "Prime Minister": ("head of government", {}),
    "Foreign Secretary": ("foreign minister", {"IND": "-"}),
    "Secretary General of NATO": ("organization: NATO secretary general", {}),
}
SHARED = {"AND head of state": (None, "two co-princes", "factbook"),
          "CIV head of state": ({"person:a", "person:b"}, "disputed", "factbook")}


def person(pid, *roles_, **kw):
    e = {"id": pid, "kind": "person", "name": kw.get("name", pid.split(":")[1].replace("-", " ").title()),
         "roles": list(roles_), "sources": kw.get("sources", ["curated"])}
    if "short" in kw:
        e["short"] = kw["short"]
    return e


def role(title, country="XYZ", start=None, end=None, source="curated", **kw):
    r = {"title": title, "country": country, "source": source}
    if start:
        r["start"] = start
    if end:
        r["end"] = end
    r.update(kw)
    return r


def problems(people):
    return role_problems(people, OFFICES, SHARED)


class Dates(unittest.TestCase):
    def test_valid(self):
        for d in ("2003", "2003-02", "2003-02-28", "2004-02-29"):
            self.assertTrue(valid_date(d), d)
        for d in ("2003-13", "2003-02-30", "2003-2-1", "03", "", None, "2003-02-28T00"):
            self.assertFalse(valid_date(d), d)

    def test_ranges(self):
        self.assertEqual((day_lo("1948"), day_hi("1948")), ("1948-01-01", "1948-12-31"))
        self.assertEqual((day_lo("2024-02"), day_hi("2024-02")), ("2024-02-01", "2024-02-29"))
        self.assertEqual(day_hi("2024-02-03"), "2024-02-03")

    def test_sure_span(self):
        # a year-only start is surely held only from its last day
        self.assertEqual(sure_span({"start": "1948", "end": "1950"}), ("1948-12-31", "1950-01-01"))
        self.assertEqual(sure_span({"start": "2001-05-01", "last_seen": "2014-01-30"}),
                         ("2001-05-01", "2014-01-30"))
        self.assertEqual(sure_span({}), (None, None))


class Offices(unittest.TestCase):
    def test_office_of(self):
        self.assertEqual(office_of(role("President", "RUS"), OFFICES), "RUS head of state")
        self.assertEqual(office_of(role("President", "VAT"), OFFICES), "VAT head of government")
        self.assertIsNone(office_of(role("Foreign Secretary", "IND"), OFFICES))
        self.assertEqual(office_of(role("Foreign Secretary", "GBR"), OFFICES), "GBR foreign minister")
        self.assertIsNone(office_of(role("Government official", "RUS"), OFFICES))
        self.assertIsNone(office_of(role("President", "RUS", office=False), OFFICES))
        self.assertIsNone(office_of(role("President", None), OFFICES))
        nato = role("Secretary General of NATO", None)
        self.assertEqual(office_of(nato, OFFICES), "organization: NATO secretary general")
        self.assertEqual(office_of(role("Secretary General of NATO", "NOR"), OFFICES),
                         "organization: NATO secretary general")

    def test_shared(self):
        self.assertTrue(shared_allowed("AND head of state", "person:x", "person:y", SHARED))
        self.assertTrue(shared_allowed("CIV head of state", "person:b", "person:a", SHARED))
        self.assertFalse(shared_allowed("CIV head of state", "person:a", "person:c", SHARED))
        self.assertFalse(shared_allowed("RUS head of state", "person:a", "person:b", SHARED))

    def test_builtin_tables_read(self):
        self.assertEqual(roles.OFFICES["Secretary of State"][0], "foreign minister")
        self.assertIn("AND head of state", roles.SHARED_OFFICES)
        for k in roles.DECISIONS:
            self.assertTrue(k[0].startswith("person:"))


class Decisions(unittest.TestCase):
    def test_key(self):
        self.assertEqual(parse_decision_key("person:x|Prime Minister|ROU|2005-06-23"),
                         ("person:x", "Prime Minister", "ROU", "2005-06-23"))
        self.assertEqual(parse_decision_key("person:x|Head of State|MDG|-"),
                         ("person:x", "Head of State", "MDG", None))
        with self.assertRaises(TableError):
            parse_decision_key("x|Prime Minister|ROU")

    def test_changes(self):
        self.assertEqual(parse_changes("keep"), [])
        self.assertEqual(parse_changes("start=-, term_start=false, end=2020-01"),
                         [("start", None), ("term_start", False), ("end", "2020-01")])
        for bad in ("title=King", "start=soon", "approximate=yes", "start"):
            with self.assertRaises(TableError):
                parse_changes(bad)


class Checks(unittest.TestCase):
    def test_clean_succession(self):
        people = [person("person:a", role("President", "RUS", "2000-05-07", "2008-05-07")),
                  person("person:b", role("President", "RUS", "2008-05-07", "2012-05-07")),
                  person("person:c", role("President", "RUS", "2012-05-07"))]
        self.assertEqual(problems(people), [])

    def test_overlap(self):
        people = [person("person:a", role("Prime Minister", "POL", "2017-12-11", "2023-12-13")),
                  person("person:b", role("Prime Minister", "POL", "2023-12-11", "2024-01-01"))]
        p = problems(people)
        self.assertEqual([k for k, _ in p], ["overlap"])
        self.assertIn("person:a", p[0][1])
        self.assertIn("person:b", p[0][1])
        self.assertIn("POL head of government", p[0][1])

    def test_successor(self):
        people = [person("person:maduro", role("President", "VEN", "2013-04-19")),
                  person("person:rodriguez", role("President", "VEN", "2026-01-05", source="factbook",
                                                  last_seen="2026-01-22"))]
        p = problems(people)
        self.assertEqual(len(p), 1)
        self.assertEqual(p[0][0], "successor")
        self.assertTrue(p[0][1].startswith("VEN head of state: person:maduro"))

    def test_last_seen_closes_a_role(self):
        people = [person("person:a", role("King", "JOR", "1999-02-07", source="phoenix", last_seen="2014-01-30")),
                  person("person:b", role("King", "JOR", "2015-01-01"))]
        self.assertEqual(problems(people), [])
        people[0]["roles"][0]["last_seen"] = "2016-01-01"
        self.assertEqual([k for k, _ in problems(people)], ["overlap"])

    def test_same_day_and_partial_dates(self):
        # a handover on one day, or within a year given only as "1948", is no overlap
        people = [person("person:a", role("President", "VEN", "1945", "1948")),
                  person("person:b", role("President", "VEN", "1948", "1950")),
                  person("person:c", role("President", "VEN", "1950-01-01", "1950-06-01")),
                  person("person:d", role("President", "VEN", "1950-06-01", "1951"))]
        self.assertEqual(problems(people), [])

    def test_no_dates_overlap_everything(self):
        people = [person("person:a", role("King", "THA")),
                  person("person:b", role("King", "THA", "1946", "2016-10-13"))]
        self.assertEqual(len(problems(people)), 1)

    def test_only_offices_count(self):
        people = [person("person:a", role("Government official", "RUS", "2000", source="phoenix", office=False)),
                  person("person:b", role("Government official", "RUS", "2000", source="phoenix", office=False)),
                  person("person:c", role("Vice President", "USA", "2001")),
                  person("person:d", role("Vice President", "USA", "2001")),
                  person("person:e", role("President", "RUS", "2000", office=False)),
                  person("person:f", role("President", "RUS", "2000"))]
        self.assertEqual(problems(people), [])

    def test_shared_offices(self):
        people = [person("person:macron", role("Co-prince", "AND", "2017-05-14")),
                  person("person:vives", role("Co-prince", "AND", "2003-05-12")),
                  person("person:a", role("President", "CIV", "2010-12-04")),
                  person("person:b", role("President", "CIV", "2000-10-26", "2011-04-11"))]
        self.assertEqual(problems(people), [])
        people.append(person("person:c", role("President", "CIV", "2011-01-01", "2011-02-01")))
        self.assertEqual(len(problems(people)), 2)

    def test_same_person_twice_is_not_an_overlap(self):
        people = [person("person:a", role("Prime Minister", "RUS", "1999-08-16", "2000-05-07"),
                         role("Prime Minister", "RUS", "2000-01-01", "2000-05-07", source="factbook"))]
        self.assertEqual(problems(people), [])

    def test_organization_office(self):
        people = [person("person:a", role("Secretary General of NATO", None, "2014-10-01", "2024-10-01")),
                  person("person:b", role("Secretary General of NATO", "NLD", "2024-10-01"))]
        self.assertEqual(problems(people), [])
        people[1]["roles"][0]["start"] = "2024-09-01"
        self.assertEqual([k for k, _ in problems(people)], ["overlap"])

    def test_role_dates(self):
        people = [person("person:a", role("Government official", "EGY", "2012-12-07", "2012-08-02",
                                          source="phoenix", office=False),
                         role("King", "JOR", "2020", last_seen="2019-05-01"),
                         role("King", "ESP", "2012-13"),
                         role("King", "NOR", "2000", "2001", last_seen="2001"),
                         role("Queen", "GBR", source="memory"),
                         role("Queen", "DNK", approximate="yes", office=True))]
        p = problems(people)
        kinds = sorted(k for k, _ in p)
        self.assertEqual(kinds, ["dates", "dates", "dates", "dates", "fields", "fields", "source"])
        self.assertTrue(any("person:a: roles[0] Government official EGY: starts 2012-12-07 after it ends" in m
                            for _, m in p))


class FailingMode(unittest.TestCase):
    def test_validate_stops_on_a_role_problem(self):
        from gen import validate as v

        class Src:
            known_alpha3 = {"JOR"}
        people = [person("person:abdallah-ii", role("King", "JOR", "1999-02-07", source="factbook")),
                  person("person:abdullah-ii-of-jordan", role("King", "JOR", "1999-02-07"))]
        self.assertTrue(v.ROLE_CHECKS_FAIL)
        errors = v.validate({"people.jsonl": people}, Src())
        self.assertEqual(len(errors), 1)
        self.assertIn("roles (overlap): JOR head of state: person:abdallah-ii", errors[0])
        self.assertIn("person:abdullah-ii-of-jordan", errors[0])


class Successions(unittest.TestCase):
    def run_it(self, people):
        log = RoleLog()
        apply_successions(people, "2026-01-22", log, shared=SHARED, offices=OFFICES)
        return log

    def test_factbook_holder_ends_predecessor(self):
        maduro = person("person:nicolas-maduro", role("President", "VEN", "2013-04-19"), short=["Maduro"])
        delcy = person("person:delcy-rodriguez", role("President", "VEN", "2026-01-05", source="factbook",
                                                      term_start=True, last_seen="2026-01-22"),
                       short=["Rodríguez"])
        log = self.run_it([maduro, delcy])
        self.assertEqual(maduro["roles"][0]["end"], "2026-01-05")
        self.assertTrue(maduro["roles"][0]["approximate"])
        self.assertEqual(len(log.successions), 1)
        self.assertEqual(problems([maduro, delcy]), [])

    def test_later_or_closed_roles_untouched(self):
        old = person("person:a", role("President", "VEN", "2001", "2005"))
        seen = person("person:b", role("President", "VEN", "2005", source="phoenix", last_seen="2014-01-30"))
        fb = person("person:c", role("President", "VEN", "2020-01-01", source="factbook"))
        self.run_it([old, seen, fb])
        self.assertEqual(old["roles"][0]["end"], "2005")
        self.assertNotIn("end", seen["roles"][0])

    def test_possible_duplicate_is_left(self):
        # same start day or a shared short form: maybe one person twice
        a = person("person:abdallah-ii", role("King", "JOR", "1999-02-07", source="factbook"), short=["Abdallah"])
        b = person("person:abdullah-ii-of-jordan", role("King", "JOR", "1999-02-07"), short=["Abdullah"])
        c = person("person:mbz", role("President", "ARE", "2022-05-14", source="factbook"), short=["Zayed"])
        d = person("person:mohammed-bin-zayed", role("President", "ARE", "2019-01-01"), short=["Zayed"])
        log = self.run_it([a, b, c, d])
        self.assertNotIn("end", b["roles"][0])
        self.assertNotIn("end", d["roles"][0])
        self.assertEqual(len(log.doubts), 1)
        self.assertEqual(log.successions, [])

    def test_shared_office_is_no_succession(self):
        a = person("person:a", role("President", "CIV", "2010-12-04", source="factbook"))
        b = person("person:b", role("President", "CIV", "2000-10-26"))
        self.run_it([a, b])
        self.assertNotIn("end", b["roles"][0])


class Step(unittest.TestCase):
    """finalize_roles on a temporary source folder holding only the lines
    the source dates are read from."""

    def setUp(self):
        self.root = tempfile.mkdtemp()
        os.makedirs(os.path.join(self.root, "phoenix-dictionaries"))
        os.makedirs(os.path.join(self.root, "factbook"))
        with open(os.path.join(self.root, "phoenix-dictionaries", "Phoenix.Countries.actors.txt"), "w") as f:
            f.write("# TABARI-formatted .actor file produced by translate.countryinfo.pl from CountryInfo.140130.txt\n"
                    "# Generated at: Thu Jan 30 16:06:18 2014\n")
        with open(os.path.join(self.root, "factbook", "SOURCE.md"), "w") as f:
            f.write("- **Freshness:** last data auto-update \"week 4\" 2026-01-22. The CIA discontinued it.\n")

    def tearDown(self):
        shutil.rmtree(self.root)

    def test_source_dates(self):
        self.assertEqual(roles.phoenix_dictionary_date(self.root)[0], "2014-01-30")
        self.assertEqual(roles.factbook_edition_date(self.root)[0], "2026-01-22")

    def test_fields_and_order(self):
        people = [
            person("person:p", {"title": "Government official", "country": "AFG", "start": "2003-01-01"},
                   {"title": "Elite", "country": "AFG", "start": "1970-01-01", "end": "2003-01-01"},
                   {"title": "Government official", "country": "AFG", "start": "2015-01-26"},
                   sources=["phoenix"]),
            person("person:f", {"title": "President", "country": "GMB", "start": "2022-01-19"},
                   sources=["factbook"]),
            person("person:c", {"title": "President", "country": "RUS", "start": "2012-05-07", "end": None},
                   sources=["curated"]),
        ]
        tag_roles(people[:1], "phoenix")
        tag_roles(people[1:2], "factbook")
        tag_roles(people[2:], "curated")
        log = RoleLog()
        finalize_roles(people, self.root, decisions={}, log=log)
        p, f, c = (e["roles"] for e in people)
        self.assertEqual(p[0], {"title": "Government official", "country": "AFG", "last_seen": "2014-01-30",
                                "office": False, "source": "phoenix"})
        self.assertEqual(list(p[1]), ["title", "country", "start", "end", "approximate", "office", "source"])
        # a role edited in after the dictionary's date is last seen on its start
        self.assertEqual(p[2]["last_seen"], "2015-01-26")
        self.assertEqual(f[0], {"title": "President", "country": "GMB", "start": "2022-01-19",
                                "last_seen": "2026-01-22", "term_start": True, "source": "factbook"})
        self.assertEqual(c[0], {"title": "President", "country": "RUS", "start": "2012-05-07", "source": "curated"})
        self.assertEqual(log.counts["phoenix coverage start dropped"], 1)

    def test_phoenix_role_of_an_ended_office(self):
        e = person("person:clinton", {"title": "Secretary of State", "country": "USA", "start": "2009-01-21",
                                      "end": "2013-02-01", "source": "curated"},
                   {"title": "Government official", "country": "USA", "start": "2009-02-01", "source": "phoenix"},
                   {"title": "Government official", "country": "USA", "start": "2005-01-01", "source": "phoenix"},
                   sources=["curated", "phoenix"])
        finalize_roles([e], self.root, decisions={}, log=RoleLog())
        self.assertEqual(e["roles"][1]["last_seen"], "2013-02-01")
        self.assertEqual(e["roles"][2]["last_seen"], "2014-01-30")

    def test_decisions_and_conflicts(self):
        e = person("person:bolojan", {"title": "Prime Minister", "country": "ROU", "start": "2005-06-23",
                                      "source": "factbook"}, sources=["factbook"])
        e2 = person("person:rama", {"title": "Prime Minister", "country": "ALB", "start": "2013-09-15",
                                    "source": "curated"}, sources=["curated", "factbook"])
        e2["_factbook_roles"] = [{"title": "Prime Minister", "country": "ALB", "start": "2013-09-10",
                                  "source": "factbook"}]
        decisions = {("person:bolojan", "Prime Minister", "ROU", "2005-06-23"):
                     ([("start", None), ("term_start", False)], "typo", "factbook"),
                     ("person:gone", "King", "XYZ", None): ([], "stale", "none")}
        log = RoleLog()
        finalize_roles([e, e2], self.root, decisions=decisions, log=log)
        self.assertEqual(e["roles"][0], {"title": "Prime Minister", "country": "ROU", "last_seen": "2026-01-22",
                                         "source": "factbook"})
        self.assertNotIn("_factbook_roles", e2)
        self.assertEqual([c[0] for c in log.conflicts], ["start"])
        self.assertIsNone(log.conflicts[0][2])  # not settled
        self.assertEqual(log.decisions_unused, ["person:gone|King|XYZ|-"])

    def test_ended_but_listed(self):
        e = person("person:deby", {"title": "President", "country": "TCD", "start": "1990-12-02",
                                   "end": "2021-04-20", "source": "curated"}, sources=["curated", "factbook"])
        e["_factbook_roles"] = [{"title": "President", "country": "TCD", "start": "2024-05-06", "source": "factbook"}]
        log = RoleLog()
        finalize_roles([e], self.root, decisions={}, log=log)
        self.assertEqual([c[0] for c in log.conflicts], ["ended-but-listed"])


class MergeLists(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_absent(self):
        from gen.report import _merge_lists
        self.assertEqual(_merge_lists(self.dir), [])

    def test_json_and_text(self):
        import json
        from gen.report import _merge_list_section, _merge_lists
        os.makedirs(os.path.join(self.dir, "reports"))
        with open(os.path.join(self.dir, "reports", "dedupe.json"), "w") as f:
            json.dump({"people_merged": [{"a": "person:x", "b": "person:y", "reason": "same | day"}],
                       "doubts": []}, f)
        with open(os.path.join(self.dir, "reclassified.txt"), "w") as f:
            f.write("# header\norg:a -> person:a\n")
        with open(os.path.join(self.dir, "other.json"), "w") as f:
            f.write("{}")
        self.assertEqual(_merge_lists(self.dir), ["reclassified.txt", os.path.join("reports", "dedupe.json")])
        text = "\n".join(_merge_list_section(os.path.join(self.dir, "reports", "dedupe.json"), "reports/dedupe.json"))
        self.assertIn("| people_merged | 1 |", text)
        self.assertIn("| person:x | person:y | same \\| day |", text)
        text = "\n".join(_merge_list_section(os.path.join(self.dir, "reclassified.txt"), "reclassified.txt"))
        self.assertIn("org:a -> person:a", text)
        self.assertNotIn("# header", text)


class Measures(unittest.TestCase):
    def test_before_and_after(self):
        before = [person("person:a", {"title": "Government official", "country": "AFG", "start": "2003-01-01"},
                         sources=["phoenix"]),
                  person("person:b", {"title": "Foreign Minister", "country": "FRA", "start": "2010", "end": "2012"},
                         {"title": "Government official", "country": "FRA", "start": "2010-12-01"},
                         sources=["curated", "phoenix"])]
        m = role_measures(before)
        self.assertEqual((m["open phoenix no last_seen"], m["own ended, open phoenix"], m["only office-less"],
                          m["start 2003-01-01"]), (2, 1, 1, 1))
        after = [person("person:a", {"title": "Government official", "country": "AFG", "last_seen": "2014-01-30",
                                     "office": False, "source": "phoenix"}, sources=["phoenix"])]
        m = role_measures(after)
        self.assertEqual((m["open phoenix no last_seen"], m["only office-less"], m["start 2003-01-01"]), (0, 1, 0))


if __name__ == "__main__":
    unittest.main()
