"""Unit tests of the QIDs countries-states-cities-database gives our
locations and states (gen/places.py), of its extract's reader
(gen/sources/countries_states_cities.py) and of West Germany as a state of
its own (gen/states.py), on small hand-made inputs. None needs the source
data or PyYAML."""

import copy
import os
import tempfile
import unittest
from types import SimpleNamespace

from gen import places, states
from gen.sources import countries_states_cities, geonames_cities
from gen.wikidata import LOG

SRC = places.SOURCE


def country(iso2, iso3, name, qid):
    return {"iso2": iso2, "iso3": iso3, "name": name, "capital": "", "wikidata": qid,
            "lat": None, "lon": None}


def state(sid, cc, name, qid, type_="province", parent=None, lat=None, lon=None):
    return {"id": sid, "country": cc, "iso3166_2": "", "name": name, "type": type_, "level": "",
            "parent_id": parent, "wikidata": qid, "lat": lat, "lon": lon}


def city(cid, cc, name, qid, type_="city", lat=None, lon=None):
    return {"id": cid, "country": cc, "state_code": "", "name": name, "type": type_,
            "population": None, "wikidata": qid, "lat": lat, "lon": lon}


def csc(cities=(), states_=(), countries=()):
    countries = list(countries) or [country("FR", "FRA", "France", "Q142"),
                                    country("DK", "DNK", "Denmark", "Q35"),
                                    country("UA", "UKR", "Ukraine", "Q212"),
                                    country("CN", "CHN", "China", "Q148"),
                                    country("RU", "RUS", "Russia", "Q159")]
    return SimpleNamespace(countries=countries, states=list(states_), cities=list(cities),
                           alpha3={c["iso2"]: c["iso3"] for c in countries})


def loc(lid, name, country_, category="city", aliases=()):
    e = {"id": lid, "kind": "location", "name": name, "country": country_, "category": category,
         "sources": ["curated"]}
    if aliases:
        e["aliases"] = list(aliases)
    return e


NO_CAPITALS = SimpleNamespace(iso1_by_a3={}, gn_capitals={})


def link(locs, data, src=NO_CAPITALS, state_ents=()):
    LOG.reset()
    locs = copy.deepcopy(locs)
    places.link_locations(locs, list(state_ents), places.SourceIndex(data), src)
    return {e["id"]: e.get("wikidata") for e in locs}, dict(LOG.counts.get(SRC, {}))


class LocationLinks(unittest.TestCase):
    def test_name_and_country_agree(self):
        data = csc(cities=[city(1, "FR", "Marseille", "Q23482")])
        got, counts = link([loc("loc:marseille", "Marseille", "FRA"),
                            loc("loc:marseille-dnk", "Marseille", "DNK")], data)
        self.assertEqual(got, {"loc:marseille": "Q23482", "loc:marseille-dnk": None})
        self.assertEqual(counts, {"linked": 1, "unmatched": 1})

    def test_source_tag_added(self):
        data = csc(cities=[city(1, "FR", "Marseille", "Q23482")])
        locs = [loc("loc:marseille", "Marseille", "FRA")]
        places.link_locations(locs, [], places.SourceIndex(data), NO_CAPITALS)
        self.assertEqual(locs[0]["sources"], ["countries-states-cities", "curated"])

    def test_alias_and_diacritics_match(self):
        data = csc(cities=[city(1, "UA", "Odesa", "Q1874")])
        got, _ = link([loc("loc:odessa", "Odessa", "UKR", aliases=["Odésa"])], data)
        self.assertEqual(got["loc:odessa"], "Q1874")

    def test_two_places_of_one_name_are_ambiguous(self):
        data = csc(cities=[city(1, "FR", "Valence", "Q1", lat=44.9, lon=4.9),
                           city(2, "FR", "Valence", "Q2", lat=44.1, lon=0.9)])
        got, counts = link([loc("loc:valence", "Valence", "FRA")], data)
        self.assertIsNone(got["loc:valence"])
        self.assertEqual(counts, {"ambiguous": 1})

    def test_rows_of_one_place_count_once(self):
        data = csc(cities=[city(1, "FR", "Nice", "Q33959", lat=43.70, lon=7.27),
                           city(2, "FR", "Nice", "Q33959", lat=43.9, lon=7.3)])
        got, _ = link([loc("loc:nice", "Nice", "FRA")], data)
        self.assertEqual(got["loc:nice"], "Q33959")

    def test_one_place_with_two_qids_is_ambiguous(self):
        data = csc(cities=[city(1, "FR", "Nice", "Q1", lat=43.70, lon=7.27),
                           city(2, "FR", "Nice", "Q2", lat=43.71, lon=7.26)])
        got, counts = link([loc("loc:nice", "Nice", "FRA")], data)
        self.assertIsNone(got["loc:nice"])
        self.assertEqual(counts, {"ambiguous": 1})

    def test_qid_copied_forward_is_trusted_on_the_first_row_only(self):
        data = csc(cities=[city(10, "FR", "Agde", "Q191396"), city(11, "FR", "Agen", "Q191396"),
                           city(12, "FR", "Agnetz", "Q191396")])
        got, counts = link([loc("loc:agde", "Agde", "FRA"), loc("loc:agen", "Agen", "FRA"),
                            loc("loc:agnetz", "Agnetz", "FRA")], data)
        self.assertEqual(got, {"loc:agde": "Q191396", "loc:agen": None, "loc:agnetz": None})
        self.assertEqual(counts["dropped: the source gives the QID to another place too"], 2)

    def test_qid_shared_with_a_place_not_after_it_is_not_trusted(self):
        data = csc(cities=[city(10, "FR", "Agde", "Q5"), city(40, "FR", "Brest", "Q5")])
        got, _ = link([loc("loc:agde", "Agde", "FRA"), loc("loc:brest", "Brest", "FRA")], data)
        self.assertEqual(got, {"loc:agde": None, "loc:brest": None})

    def test_qid_shared_with_a_state_of_another_name_is_not_trusted(self):
        data = csc(states_=[state(1, "FR", "Aragon", "Q4040"), state(2, "FR", "Huesca", "Q4040")])
        got, _ = link([loc("loc:aragon", "Aragon", "FRA", "region")], data)
        self.assertIsNone(got["loc:aragon"])

    def test_a_city_matches_settlements_only(self):
        data = csc(cities=[city(1, "FR", "Paris", "Q90", type_="county")])
        got, counts = link([loc("loc:paris", "Paris", "FRA")], data)
        self.assertIsNone(got["loc:paris"])
        self.assertEqual(counts, {"unmatched": 1})

    def test_chinese_prefecture_level_cities_are_cities(self):
        data = csc(cities=[city(1, "CN", "Hangzhou", "Q4970", type_="prefecture")])
        got, _ = link([loc("loc:hangzhou", "Hangzhou", "CHN")], data)
        self.assertEqual(got["loc:hangzhou"], "Q4970")

    def test_region_without_its_generic_word(self):
        data = csc(states_=[state(1, "RU", "Magadan", "Q1", "administrative region")],
                   cities=[city(2, "RU", "Magadan", "Q2")])
        got, _ = link([loc("loc:magadan-oblast", "Magadan Oblast", "RUS", "region"),
                       loc("loc:magadan", "Magadan", "RUS")], data)
        self.assertEqual(got, {"loc:magadan-oblast": "Q1", "loc:magadan": "Q2"})

    def test_a_region_never_takes_a_state_typed_as_a_city(self):
        data = csc(states_=[state(1, "UA", "Kyiv", "Q1899", "city")])
        got, _ = link([loc("loc:kyiv-oblast", "Kyiv Oblast", "UKR", "region")], data)
        self.assertIsNone(got["loc:kyiv-oblast"])

    def test_state_typed_as_a_city_when_the_cities_give_no_trusted_qid(self):
        data = csc(cities=[city(5, "UA", "Kruty", "Q7"), city(6, "UA", "Kyiv", "Q7")],
                   states_=[state(1, "UA", "Kyiv", "Q1899", "city")])
        got, _ = link([loc("loc:kyiv", "Kyiv", "UKR", "capital")], data)
        self.assertEqual(got["loc:kyiv"], "Q1899")

    def test_the_cities_come_first(self):
        data = csc(cities=[city(6, "UA", "Kyiv", "Q1899")],
                   states_=[state(1, "UA", "Kyiv", "Q9", "city")])
        got, _ = link([loc("loc:kyiv", "Kyiv", "UKR", "capital")], data)
        self.assertEqual(got["loc:kyiv"], "Q1899")

    def test_capital_confirmed_by_geonames_coordinates(self):
        src = SimpleNamespace(iso1_by_a3={"DNK": {"alpha_2": "DK"}},
                              gn_capitals={"DK": {"name": "Copenhagen", "latitude": 55.68,
                                                  "longitude": 12.57}})
        far = csc(cities=[city(1, "DK", "Copenhagen", "Q1748", lat=56.5, lon=9.0)])
        got, counts = link([loc("loc:copenhagen", "Copenhagen", "DNK", "capital")], far, src)
        self.assertIsNone(got["loc:copenhagen"])
        self.assertEqual(counts, {"dropped: capital far from its GeoNames coordinates": 1})
        two = csc(cities=[city(1, "DK", "Copenhagen", "Q1748", lat=55.67, lon=12.56),
                          city(2, "DK", "Copenhagen", "Q99", lat=56.5, lon=9.0)])
        got, _ = link([loc("loc:copenhagen", "Copenhagen", "DNK", "capital")], two, src)
        self.assertEqual(got["loc:copenhagen"], "Q1748")

    def test_town_confirmed_by_its_own_geonames_coordinates(self):
        town = dict(loc("loc:aarhus", "Aarhus", "DNK", places.TOWN), **{places.TOWN_POINT: (56.16, 10.2)})
        far = csc(cities=[city(1, "DK", "Aarhus", "Q25319", lat=55.68, lon=12.57)])
        got, counts = link([town], far)
        self.assertIsNone(got["loc:aarhus"])
        self.assertEqual(counts, {"dropped: town far from its GeoNames coordinates": 1})
        two = csc(cities=[city(1, "DK", "Aarhus", "Q25319", lat=56.15, lon=10.21),
                          city(2, "DK", "Aarhus", "Q99", lat=55.68, lon=12.57)])
        got, _ = link([town], two)
        self.assertEqual(got["loc:aarhus"], "Q25319")

    def test_a_town_never_takes_a_qid_of_other_locations(self):
        town = dict(loc("loc:aarhus", "Aarhus", "DNK", places.TOWN), **{places.TOWN_POINT: (56.16, 10.2)})
        data = csc(cities=[city(1, "DK", "Aarhus", "Q25319", lat=56.15, lon=10.21)])
        LOG.reset()
        places.link_locations([town], [], places.SourceIndex(data), NO_CAPITALS, {"Q25319"})
        self.assertIsNone(town.get("wikidata"))
        self.assertEqual(dict(LOG.counts[SRC]), {"dropped: the QID of another location of ours": 1})

    def test_homonym_resolved_by_geonames_population(self):
        def gn(gid, name, pop, lat, lon, cc="FR"):
            return {"geonameid": gid, "country": cc, "name": name, "names": [name],
                    "population": pop, "lat": lat, "lon": lon}
        rows = csc(cities=[city(1, "FR", "Valence", "Q1", lat=44.93, lon=4.89),
                           city(2, "FR", "Valence", "Q2", lat=44.11, lon=0.89)])
        locs = [loc("loc:valence", "Valence", "FRA")]

        def run(gn_cities):
            LOG.reset()
            es = copy.deepcopy(locs)
            places.link_locations(es, [], places.SourceIndex(rows, gn_cities), NO_CAPITALS)
            return es[0].get("wikidata"), dict(LOG.counts.get(SRC, {}))
        got, counts = run([gn(10, "Valence", 60000, 44.92, 4.88), gn(11, "Valence", 5000, 44.1, 0.9)])
        self.assertEqual(got, "Q1")
        self.assertEqual(counts, {"linked": 1, places.HOMONYM_RESOLVED: 1})
        # the next GeoNames city of the name is more than half as large
        got, counts = run([gn(10, "Valence", 60000, 44.92, 4.88), gn(11, "Valence", 40000, 44.1, 0.9)])
        self.assertEqual((got, counts), (None, {"ambiguous": 1}))
        # a GeoNames city of the name in another country does not count
        got, _ = run([gn(10, "Valence", 60000, 44.92, 4.88), gn(11, "Valence", 90000, 39.47, -0.38, "ES")])
        self.assertEqual(got, "Q1")
        # no source row within 25 km of the GeoNames city
        got, counts = run([gn(10, "Valence", 60000, 45.5, 6.0)])
        self.assertEqual((got, counts), (None, {"ambiguous": 1}))
        # two source rows within 25 km of it
        near_two = csc(cities=rows.cities + [city(3, "FR", "Valence", "Q3", lat=44.8, lon=4.9)])
        LOG.reset()
        es = copy.deepcopy(locs)
        places.link_locations(es, [], places.SourceIndex(
            near_two, [gn(10, "Valence", 60000, 44.92, 4.88)]), NO_CAPITALS)
        self.assertIsNone(es[0].get("wikidata"))
        # without GeoNames data the homonyms stay ambiguous
        got, counts = run([])
        self.assertEqual((got, counts), (None, {"ambiguous": 1}))

    def test_geonames_cities_reader(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, geonames_cities.FOLDER))
            with open(os.path.join(tmp, geonames_cities.FOLDER, "cities.tsv"), "w", encoding="utf-8") as f:
                f.write("geonameid\tcountrycode\tname\tpopulation\tlatitude\tlongitude\talternatenames\n"
                        "1\tUS\tSpringfield\t160000\t39.8\t-89.6\tSpringfield|Springfeld\n")
            got = geonames_cities.load(tmp)
        self.assertEqual(got, [{"geonameid": 1, "country": "US", "name": "Springfield",
                                "names": ["Springfield", "Springfield", "Springfeld"],
                                "population": 160000, "lat": 39.8, "lon": -89.6}])

    def test_a_row_without_qid(self):
        data = csc(cities=[city(1, "FR", "Lyon", None)])
        got, counts = link([loc("loc:lyon", "Lyon", "FRA")], data)
        self.assertIsNone(got["loc:lyon"])
        self.assertEqual(counts, {"dropped: the source's place has no QID": 1})

    def test_one_qid_for_two_entries_links_neither(self):
        data = csc(cities=[city(1, "FR", "Lyon", "Q456")])
        got, counts = link([loc("loc:lyon", "Lyon", "FRA"),
                            loc("loc:lyon-city", "Lyon City", "FRA", aliases=["Lyon"])], data)
        self.assertEqual(got, {"loc:lyon": None, "loc:lyon-city": None})
        self.assertEqual(counts, {"ambiguous": 2})

    def test_a_qid_another_location_has_is_not_given_again(self):
        data = csc(cities=[city(1, "FR", "Lyon", "Q456")])
        had = dict(loc("loc:lyon-metropolis", "Lyon Metropolis", "FRA", "region"), wikidata="Q456")
        got, counts = link([loc("loc:lyon", "Lyon", "FRA"), had], data)
        self.assertEqual(got, {"loc:lyon": None, "loc:lyon-metropolis": "Q456"})
        self.assertEqual(counts["dropped: the QID of another location of ours"], 1)

    def test_qid_of_a_state_or_country_is_not_a_location_qid(self):
        data = csc(cities=[city(1, "FR", "Monaco", "Q235"), city(2, "FR", "France", "Q142")])
        got, counts = link([loc("loc:monaco", "Monaco", "FRA"), loc("loc:france", "France", "FRA")],
                           data, state_ents=[{"id": "Q235", "kind": "state", "name": "Monaco"}])
        self.assertEqual(got, {"loc:monaco": None, "loc:france": None})
        self.assertEqual(counts, {"dropped: the QID of a state": 1, "dropped: the QID of a country": 1})

    def test_other_kinds_and_entries_without_country_are_left_alone(self):
        data = csc(cities=[city(1, "FR", "Corsica", "Q14112")])
        got, counts = link([loc("loc:corsica", "Corsica", "FRA", "island"),
                            loc("loc:corsica-x", "Corsica", None)], data)
        self.assertEqual(got, {"loc:corsica": None, "loc:corsica-x": None})
        self.assertEqual(counts, {})


class StateWikidata(unittest.TestCase):
    RIGOUR = {"dk": {"qid": "Q756617", "other_qids": ["Q35"]},
              "fr": {"qid": "Q142"},
              "ua": {"qid": "Q212", "other_qids": ["Q1"]}}

    def run_states(self, data):
        LOG.reset()
        ents = [{"id": "Q756617", "kind": "state", "name": "Denmark", "country": "DNK",
                 "sources": ["rigour"]},
                {"id": "Q142", "kind": "state", "name": "France", "country": "FRA", "sources": ["rigour"]},
                {"id": "Q212", "kind": "state", "name": "Ukraine", "country": "UKR", "sources": ["rigour"]},
                {"id": "state:west-germany", "kind": "state", "name": "West Germany",
                 "sources": ["curated"]}]
        places.link_states(ents, self.RIGOUR, data)
        return {e["name"]: (e.get("wikidata"), e["sources"]) for e in ents}

    def test_country_article_when_the_sources_agree(self):
        got = self.run_states(csc())
        self.assertEqual(got["Denmark"], ("Q35", ["countries-states-cities", "rigour"]))
        self.assertEqual(got["France"], ("Q142", ["rigour"]))

    def test_rigour_qid_when_the_sources_disagree(self):
        got = self.run_states(csc(countries=[country("UA", "UKR", "Ukraine", "Q99")]))
        self.assertEqual(got["Ukraine"], ("Q212", ["rigour"]))
        self.assertEqual(got["Denmark"], ("Q756617", ["rigour"]))

    def test_state_unknown_to_rigour_has_none(self):
        got = self.run_states(csc())
        self.assertEqual(got["West Germany"], (None, ["curated"]))
        self.assertEqual(LOG.counts[SRC]["states: not in rigour, no QID"], 1)


class NewSubdivisions(unittest.TestCase):
    def add(self, rows, locs=(), state_ents=(), cities=()):
        LOG.reset()
        data = csc(states_=rows, cities=cities)
        ents = [{"id": "Q142", "kind": "state", "name": "France", "country": "FRA"},
                {"id": "Q159", "kind": "state", "name": "Russia", "country": "RUS"}] + list(state_ents)
        out = places.add_subdivisions(list(locs), ents, places.SourceIndex(data))
        return {e["name"]: e for e in out}, dict(LOG.counts.get(SRC, {}))

    def test_a_safe_first_level_subdivision_is_added(self):
        got, counts = self.add([state(1, "FR", "Bretagne", "Q12130", "metropolitan region"),
                                state(2, "FR", "Normandie", "Q18677875", "region")])
        self.assertEqual(got["Normandie"], {
            "id": "loc:normandie", "kind": "location", "name": "Normandie", "wikidata": "Q18677875",
            "country": "FRA", "category": "region", "case": "capitalized",
            "sources": ["countries-states-cities"]})
        self.assertNotIn("Bretagne", got)  # not a kind in ADDED_TYPES
        self.assertEqual(counts, {"added": 1})

    def test_unsafe_names_are_not_added(self):
        rows = [state(1, "FR", "Centre-Est", "Q1", "region"),
                state(2, "FR", "Oise", "Q2", "region"),
                state(3, "FR", "Volta", "Q3", "region"),
                state(4, "FR", "Orleanais", "Q4", "region"),
                state(5, "FR", "Lorraine", "Q5", "region"),
                state(6, "FR", "Limousin", "Q6", "region", parent=99),
                state(7, "FR", "Picardie", "Q7", "region"),
                state(8, "RU", "Picardie", "Q8", "region")]
        got, counts = self.add(rows, locs=[loc("loc:lorraine", "Lorraine", "FRA", "city")],
                               cities=[city(1, "FR", "Orleanais", "Q70")])
        self.assertEqual(got, {})
        self.assertEqual(counts, {
            "not added: generic words only": 1, "not added: four letters or fewer": 1,
            "not added: reviewed": 1, "not added: also the name of a settlement": 1,
            "not added: a form of a state or of another location": 1,
            "not added: also a subdivision of another country": 2})

    def test_nothing_added_where_a_region_of_ours_has_no_qid(self):
        got, counts = self.add([state(1, "FR", "Normandie", "Q18677875", "region")],
                               locs=[loc("loc:brittany", "Brittany", "FRA", "region")])
        self.assertEqual(got, {})
        self.assertEqual(counts, {"not added: the country has regions of ours without a QID": 1})

    def test_a_qid_already_taken_adds_nothing(self):
        linked = dict(loc("loc:normandy", "Normandy", "FRA", "region"), wikidata="Q18677875")
        got, _ = self.add([state(1, "FR", "Normandie", "Q18677875", "region")], locs=[linked])
        self.assertEqual(got, {})


class ExtractReader(unittest.TestCase):
    def test_reads_the_tables(self):
        with tempfile.TemporaryDirectory() as d:
            os.mkdir(os.path.join(d, countries_states_cities.FOLDER))
            files = {
                "countries.tsv": "iso2\tiso3\tname\tcapital\twikiDataId\tlatitude\tlongitude\n"
                                 "DK\tDNK\tDenmark\tCopenhagen\tQ35\t56.0\t10.0\n",
                "states.tsv": "id\tcountry_code\tiso3166_2\tname\ttype\tlevel\tparent_id\twikiDataId\t"
                              "latitude\tlongitude\n"
                              "7\tDK\tDK-84\t\"Hovedstaden\t\"\tregion\t1\t\tNULL\t55.6\t12.5\n",
                "cities.tsv": "id\tcountry_code\tstate_code\tname\ttype\tpopulation\twikiDataId\t"
                              "latitude\tlongitude\n"
                              "9\tDK\t84\tCopenhagen\t\t1153615\tQ1748\t55.67\t12.56\n",
            }
            for name, text in files.items():
                with open(os.path.join(d, countries_states_cities.FOLDER, name), "w", encoding="utf-8") as f:
                    f.write(text)
            data = countries_states_cities.load(d)
        self.assertEqual(data.alpha3, {"DK": "DNK"})
        self.assertEqual(data.states[0]["name"], "Hovedstaden")
        self.assertIsNone(data.states[0]["wikidata"])
        self.assertIsNone(data.states[0]["parent_id"])
        self.assertEqual((data.cities[0]["wikidata"], data.cities[0]["type"], data.cities[0]["population"]),
                         ("Q1748", None, 1153615))
        self.assertEqual((data.cities[0]["lat"], data.cities[0]["lon"]), (55.67, 12.56))


class WestGermany(unittest.TestCase):
    def test_a_historical_state_of_its_own_without_qid(self):
        src = SimpleNamespace(rigour={}, iso1_by_a3={}, iso3_by_a3={}, known_alpha3=set(), mledoze={},
                              mledoze_by_a2={}, factbook={}, fail=set(), gn_countries={})
        sts = states.build_states(src)
        states.finalize_state_aliases(sts, src, set(), set())
        ents = states.state_entities(sts, states.build_demonyms(sts, src))
        wg = [e for e in ents if e["name"] == "West Germany"]
        self.assertEqual(wg, [{"id": "state:west-germany", "kind": "state", "name": "West Germany",
                               "demonyms": ["West German", "West Germans"], "category": "historical",
                               "sources": ["curated"]}])


if __name__ == "__main__":
    unittest.main()
