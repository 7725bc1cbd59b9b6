"""OpenSanctions rigour territories (rigour-territories/territories/*.yml): one
YAML file per territory, keyed by its file stem (lower-case ISO alpha-2 or a
special code such as `suhh`, `cy_trnc`)."""

import glob
import os

import yaml


def load(root):
    """stem -> the territory's fields (qid, alpha3, name, names_strong, ...)."""
    out = {}
    for fn in sorted(glob.glob(os.path.join(root, "rigour-territories", "territories", "*.yml"))):
        with open(fn, encoding="utf-8") as f:
            out[os.path.basename(fn)[:-4]] = yaml.safe_load(f)
    return out
