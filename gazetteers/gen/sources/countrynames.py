"""countrynames (countrynames/data.yaml): only its negative `FAIL` list is used."""

import os

import yaml

from ..fold import fold


def load_fail(root):
    """The folded strings of the FAIL list: never a state's alias."""
    with open(os.path.join(root, "countrynames", "data.yaml"), encoding="utf-8") as f:
        cn = yaml.safe_load(f)
    return {fold(x) for x in cn.get("FAIL", []) if isinstance(x, str)}
