"""supraverden (gazetteers/sources/supraverden/bodies.jsonl, CC BY-SA 4.0):
international organisations with privileges and immunities, with their
Wikidata QIDs and English names and abbreviations."""

import json
import os
import re

from ..wikidata import is_qid

FOLDER = "supraverden"
FILE = "bodies.jsonl"

# The English forms of a record: the name, other and former names, and the
# abbreviations, in this order; each field may carry an index ("Name_other_2_en").
_FORM = re.compile(r"^(Name|Name_other|Name_former|Abbreviation|Abbreviation_other|"
                   r"Abbreviation_former)(?:_(\d+))?_en$")
NAME_FIELDS = ("Name", "Name_other", "Name_former")
ABBREVIATION_FIELDS = ("Abbreviation", "Abbreviation_other", "Abbreviation_former")
_FIELD_ORDER = NAME_FIELDS + ABBREVIATION_FIELDS


class Body:
    """One record of the source: `key` (its heading in general_list.yaml),
    `qid` (None where the source has "[No code found.]" or nothing), `name`
    (Name_en), `names` (Name_en, then the other and the former English names),
    `abbreviations` (the English abbreviations, other and former ones
    included), `family` (Org_family, None for "none"), `type` (Type, often
    absent), `country` ("EU" for bodies of the European Union, "ZZ" for every
    other), `website` (read by the source from Wikidata, P856, for its QID)
    and `name_languages` (how many non-English names the source gives)."""

    __slots__ = ("key", "sprvd_id", "qid", "raw_qid", "name", "names", "abbreviations", "family",
                 "type", "country", "website", "name_languages")

    def __init__(self, row):
        self.key = row["key"]
        self.sprvd_id = row.get("SPRVD_id")
        self.raw_qid = row.get("Wikidata_code")
        self.qid = self.raw_qid if is_qid(self.raw_qid) else None
        self.name = " ".join(str(row["Name_en"]).split())
        forms = []
        for field, value in row.items():
            m = _FORM.match(field)
            if m and value is not None and str(value).strip():
                forms.append((_FIELD_ORDER.index(m.group(1)), int(m.group(2) or 0), field,
                              " ".join(str(value).split())))
        forms.sort()
        self.names = _unique([t for o, _, _, t in forms if _FIELD_ORDER[o] in NAME_FIELDS])
        self.abbreviations = _unique([t for o, _, _, t in forms if _FIELD_ORDER[o] in ABBREVIATION_FIELDS])
        family = row.get("Org_family")
        self.family = None if family in (None, "none") else family
        self.type = row.get("Type")
        self.country = row.get("Country")
        self.website = row.get("Website")
        self.name_languages = row.get("name_languages", 0)

    def __repr__(self):
        return "Body(%r, %r)" % (self.name, self.qid)


def _unique(texts):
    out = []
    for t in texts:
        if t not in out:
            out.append(t)
    return out


def load(local):
    """The bodies of the extract in the folder `local` (gazetteers/sources),
    in the source's order."""
    with open(os.path.join(local, FOLDER, FILE), encoding="utf-8") as f:
        return [Body(json.loads(line)) for line in f if line.strip()]
