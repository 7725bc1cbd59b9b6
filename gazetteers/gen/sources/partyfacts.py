"""Party Facts (gazetteers/sources/partyfacts, see its SOURCE.md): the core
parties (country, names, short names, years) and their Wikidata QIDs, read
into one record per Party Facts party."""

import csv
import html
import os
import re

FOLDER = "partyfacts"


def split_names(text, bare_slash=True):
    """The names of a Party Facts name field: alternatives are separated by
    " / " or " // " ("Finns Party / True Finns"), or, when `bare_slash`, by a
    bare "/" between names of two words or more, one of them of three words
    or more ("National Revolutionary Party/Party of the Mexican
    Revolution"); a bare "/" inside a shorter name stays ("Alliance 90/The
    Greens", "GUE/NGL"). Entities and no-break spaces are decoded, the
    words in brackets removed ("Mongolian People's [Revolutionary] Party":
    words the name had for a time), a language's name with no name after it
    left out ("Basque:"), quotes and spaces trimmed; parentheses
    stay ("People's Alliance (Sri Lanka)", "Indian National Congress
    (Organisation)")."""
    text = html.unescape(text or "").replace("\u00a0", " ").replace("\u200e", "")
    out = []
    for part in re.split(r"\s+/{1,2}\s+", text):
        pieces = part.split("/")
        if bare_slash and len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces) \
                and any(len(p.split()) >= 3 for p in pieces):
            parts = pieces
        else:
            parts = [part]
        for p in parts:
            prev = None
            while prev != p:
                prev = p
                p = re.sub(r"\s*\[[^\[\]]*\]\s*", " ", p)
            if p.strip().endswith(":"):
                continue  # a language's name before a name that is missing ("Basque:")
            p = " ".join(p.replace('"', " ").replace(" -- ", " – ").split()).strip(" -–,;:")
            if p and p not in out:
                out.append(p)
    return out


def split_shorts(text):
    """The short names of a Party Facts short-name field: alternatives are
    separated by " / " ("UL / PLA"); a bare "/" stays inside one short name
    ("GUE/NGL")."""
    text = html.unescape(text or "").replace("\u00a0", " ")
    out = []
    for p in re.split(r"\s+/{1,2}\s+", text):
        p = p.strip()
        if p and p not in out:
            out.append(p)
    return out


def year(text):
    return int(text) if re.fullmatch(r"\d{4}", text or "") else None


def load(local):
    """Every Party Facts party of the extract in `local`/partyfacts, in the
    order of its id: a dict with `id` (int), `country` (Party Facts' code,
    ISO alpha-3 for most), `wikidata` (a QID or None), `english` (English
    names, the Wikipedia name first when there is one), `native` (names in
    the party's language, as Party Facts writes them in Latin script or not),
    `short` (short names and abbreviations), `year_first`, `year_last`,
    `no_party` (Party Facts marks the English name "[no-party]": a grouping
    that is no party, "Opposition Queensland [no-party]"), `wikipedia` (the
    names wikidata.csv gives: the English Wikipedia name and the native
    name of its infobox).
    The Wikipedia name is one name ("Latvia's First Party/Latvian Way"),
    never split at a bare slash. The core parties come from
    core-parties.csv; a party that only
    wikidata.csv lists (added to Party Facts after the core file was taken)
    gets its country and names from there."""
    folder = os.path.join(local, FOLDER)
    with open(os.path.join(folder, "core-parties.csv"), encoding="utf-8", newline="") as f:
        core = list(csv.DictReader(f))
    with open(os.path.join(folder, "wikidata.csv"), encoding="utf-8", newline="") as f:
        wd = {r["partyfacts_id"]: r for r in csv.DictReader(f)}
    parties = {}
    for r in core:
        w = wd.get(r["partyfacts_id"], {})
        # "LDP/CGP", "Liberal Democratic Party/Clean Government Party": a
        # coalition, whose name is not split at its bare slash
        slash = "/" not in re.sub(r"\s+/{1,2}\s+", " ", r["name_short"])
        parties[int(r["partyfacts_id"])] = {
            "id": int(r["partyfacts_id"]),
            "country": r["country"],
            "wikidata": w.get("wikidata_id") or None,
            "english": unique(split_names(w.get("name"), False) + split_names(r["name_english"], slash)),
            "native": unique(split_names(r["name"], slash) + split_names(w.get("name_native"))),
            "short": unique(split_shorts(r["name_short"]) + split_shorts(w.get("name_short"))),
            "year_first": year(r["year_first"]),
            "year_last": year(r["year_last"]),
            "no_party": "[no-party]" in r["name_english"],
            "wikipedia": unique(split_names(w.get("name"), False) + split_names(w.get("name_native"))),
        }
    for k, w in wd.items():
        if int(k) in parties:
            continue
        parties[int(k)] = {
            "id": int(k),
            "country": w["country"],
            "wikidata": w["wikidata_id"] or None,
            "english": split_names(w["name"], False),
            "native": split_names(w["name_native"]),
            "short": split_shorts(w["name_short"]),
            "year_first": None,
            "year_last": None,
            "no_party": False,
            "wikipedia": unique(split_names(w["name"], False) + split_names(w["name_native"])),
        }
    return [parties[k] for k in sorted(parties)]


def unique(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
