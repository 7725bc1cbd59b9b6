"""mledoze/countries (mledoze-countries/countries.json): names, alternative
spellings, demonyms, capitals and independence of each country."""

import json
import os


def load(root):
    """ISO alpha-3 (cca3) -> the country's record."""
    with open(os.path.join(root, "mledoze-countries", "countries.json"), encoding="utf-8") as f:
        return {c["cca3"]: c for c in json.load(f)}
