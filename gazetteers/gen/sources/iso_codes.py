"""iso-codes (iso-codes/): ISO 3166-1 countries and ISO 3166-3 withdrawn codes."""

import json
import os
import re

from ..text import strip_article


def load(root):
    """(ISO 3166-1 entries, ISO 3166-3 entries)."""
    with open(os.path.join(root, "iso-codes", "iso_3166-1.json"), encoding="utf-8") as f:
        iso1 = json.load(f)["3166-1"]
    with open(os.path.join(root, "iso-codes", "iso_3166-3.json"), encoding="utf-8") as f:
        iso3 = json.load(f)["3166-3"]
    return iso1, iso3


def iso_name_variants(name, withdrawn=False):
    """ISO names like 'Korea, Republic of' -> 'Republic of Korea'."""
    if "," not in name:
        return [name]
    first, _, rest = name.partition(", ")
    if re.search(r"\bof(?: the)?$", rest, re.I) and "(" not in rest:
        return [strip_article(rest[0].upper() + rest[1:] + " " + first)]
    if withdrawn:
        return [x.strip() for x in name.split(",") if "(" not in x]
    return []
