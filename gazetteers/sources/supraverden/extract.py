"""Rebuilds bodies.jsonl from supraverden's data/general_list.yaml (read on
standard input): one line per body, in the source's order, with the fields
the generator reads, their values unchanged, and the number of non-English
names the source gives the body (see SOURCE.md).

    git --git-dir=/path/to/supraverden/.git show <commit>:data/general_list.yaml \
        | python3 gazetteers/sources/supraverden/extract.py > gazetteers/sources/supraverden/bodies.jsonl
"""

import json
import re
import sys

import yaml

# Fields kept as they are; the English names and abbreviations (Name_en,
# Name_other_en, Name_other_2_en, Name_former_en, Abbreviation_en,
# Abbreviation_other_en, ...) are kept whatever their index.
KEPT = ("SPRVD_id", "Wikidata_code", "Entity_type", "Org_family", "Type", "Country", "Website")
ENGLISH_FORM = re.compile(r"^(?:Name|Name_other|Name_former|Abbreviation|Abbreviation_other|"
                          r"Abbreviation_former)(?:_\d+)?_en$")
OTHER_LANGUAGE_NAME = re.compile(r"^Name_[a-z]{2}$")


def extract(data):
    """The rows of bodies.jsonl for the parsed general_list.yaml `data`."""
    rows = []
    for key, rec in data.items():
        row = {"key": key}
        for field, value in rec.items():
            if field in KEPT or ENGLISH_FORM.match(field):
                row[field] = value
        row["name_languages"] = sum(1 for f, v in rec.items()
                                    if OTHER_LANGUAGE_NAME.match(f) and f != "Name_en" and v)
        rows.append(row)
    return rows


def main():
    for row in extract(yaml.safe_load(sys.stdin)):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
