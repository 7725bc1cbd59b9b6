"""The hand-written tables of the generator, read from gazetteers/tables/*.tsv
(see gazetteers/tables/README.md for the format and what each table is).

The tables are data reviewed like code: word lists, stop lists, alias,
demonym and title tables. Each file says in its header what it is and what
its columns are; this module only reads them, checks their shape and gives
them the Python type the builders use."""

import os

TABLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tables")


# The names of the files read, in order (a test checks that every file of
# the folder is read).
FILES_READ = []


class TableError(Exception):
    pass


def rows(name, min_cols=1, max_cols=None):
    """The rows of a table: lines split at tabs, without the comment lines
    (starting with "#") and the blank ones. Every row has min_cols to max_cols
    columns (None: any number), none empty or with space at either end."""
    path = os.path.join(TABLES_DIR, name)
    FILES_READ.append(name)
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < min_cols or max_cols is not None and len(cols) > max_cols:
                raise TableError("%s line %d: %d columns, expected %d to %s"
                                 % (path, n, len(cols), min_cols, max_cols or "any"))
            for c in cols:
                if not c or c != c.strip():
                    raise TableError("%s line %d: empty column or space around %r" % (path, n, c))
            out.append(cols)
    return out


def _unique(name, keys):
    seen = set()
    for k in keys:
        if k in seen:
            raise TableError("%s: %r is listed twice" % (os.path.join(TABLES_DIR, name), k))
        seen.add(k)


def word_list(name):
    """A one-column table, in file order."""
    out = [r[0] for r in rows(name, 1, 1)]
    _unique(name, out)
    return out


def words(name):
    """A one-column table as a set."""
    return set(word_list(name))


def mapping(name, note=False):
    """A two-column table (key, value) as a dict in file order; with `note`, a
    third column may follow, a note for reviewers that is not read."""
    rs = rows(name, 2, 3 if note else 2)
    _unique(name, [r[0] for r in rs])
    return {r[0]: r[1] for r in rs}


def keyed_rows(name, min_cols, max_cols=None):
    """The rows of a table whose first column is a key that may not repeat."""
    rs = rows(name, min_cols, max_cols)
    _unique(name, [r[0] for r in rs])
    return rs


def pair_table(name):
    """A table of two keys (either order) and a reason as a dict
    frozenset({key, key}) -> reason; a pair may not repeat."""
    out = {}
    for r in rows(name, 3, 3):
        k = frozenset(r[:2])
        if len(k) != 2 or k in out:
            raise TableError("%s: the pair %s / %s is listed twice or names one entry twice"
                             % (os.path.join(TABLES_DIR, name), r[0], r[1]))
        out[k] = r[2]
    return out


def multimap(name):
    """A table of a key and any number of values as a dict key -> list."""
    rs = rows(name, 1)
    _unique(name, [r[0] for r in rs])
    return {r[0]: r[1:] for r in rs}


# States
STATE_NAME_OVERRIDES = mapping("state_names.tsv", note=True)
EXTRA_STATES = mapping("state_extra.tsv")
OBSERVERS = words("state_observers.tsv")
PARTIALLY_RECOGNISED = words("state_partially_recognised.tsv")
HAND_STATE_ALIASES = multimap("state_aliases.tsv")
STATE_ALIAS_STOP = mapping("state_alias_stop.tsv")
CAPITALIZED_STATE_ALIASES = mapping("state_aliases_capitalized.tsv")
TOO_AMBIGUOUS = mapping("aliases_too_ambiguous.tsv")
HAND_DEMONYMS = multimap("demonyms.tsv")
DEMONYM_STOP = mapping("demonym_stop.tsv")
CAPITALIZED_DEMONYMS = mapping("demonyms_capitalized.tsv")

# Capitals and cities
HAND_CAPITAL_ALIASES = multimap("capital_aliases.tsv")
CAPITALIZED_CAPITALS = mapping("capitals_capitalized.tsv")
CAPITAL_DROP = mapping("capital_drop.tsv")
TOWN_DROP = mapping("town_drop.tsv")

# People
CAPITALIZED_SHORTS = words("person_shorts_capitalized.tsv")
FULL_NAME_COUNTRIES = words("person_full_name_countries.tsv")
FAMILY_FIRST = words("person_family_first.tsv")
NOT_FAMILY_NAMES = {r[0]: r[1] for r in keyed_rows("person_not_family_names.tsv", 3, 3)}
TWO_SURNAMES = mapping("person_two_surnames.tsv")
TITLE_PATTERNS = [tuple(r) for r in keyed_rows("factbook_titles.tsv", 3, 3)]
TITLE_WORDS = words("factbook_title_words.tsv")
PARTICLES = words("particles.tsv")
SAME_PERSON = mapping("same_person.tsv")
PERSON_COUNTRIES = {r[0]: (r[1], r[2]) for r in keyed_rows("person_countries.tsv", 3, 3)}
NOT_SAME_PERSON = pair_table("not_same_person.tsv")
KIND_DECISIONS = [tuple(r) for r in keyed_rows("kind_decisions.tsv", 4, 4)]

# Treaties
ENV_TREATIES = {r[0]: (r[1], r[3:], r[2]) for r in keyed_rows("factbook_treaties.tsv", 3)}
ENV_LABEL_FIXES = mapping("factbook_treaty_label_fixes.tsv")

# Word lists
COMMON_WORDS = words("common_words.tsv")
FIRST_NAMES = words("first_names.tsv")
HYGIENE_NUMBER_WORDS = words("number_words.tsv")
GIVEN_NAME_STOP = words("given_name_stop.tsv")  # gen/given_names.py

# Phoenix
PHX_TITLE_WORDS = words("phoenix_title_words.tsv")
PHX_ROOT_TITLE_WORDS = words("phoenix_root_title_words.tsv")
PHX_LEADING_TITLES = words("phoenix_leading_titles.tsv")
PHX_CODE_MAP = mapping("phoenix_country_codes.tsv")
PHX_SECTOR_TITLES = mapping("phoenix_sectors.tsv")
PHX_QUALIFYING = words("phoenix_qualifying_sectors.tsv")
MAC_NAMES = mapping("phoenix_mac_names.tsv")
PHX_MEDIA = {r[0]: (r[1], r[2]) for r in keyed_rows("phoenix_media.tsv", 3, 3)}
IGO_JUNK = words("phoenix_igo_junk.tsv")
NGO_NAME_WORDS = words("phoenix_ngo_name_words.tsv")

# Organizations
ORG_WORDS = words("organization_words.tsv")
GENERIC_BODY_WORDS = words("generic_body_words.tsv")
GENERIC_PARTY_WORDS = words("generic_party_words.tsv")
PARTY_PHRASES = mapping("party_phrases.tsv")
ORG_MINOR = words("organization_minor_words.tsv")
ORG_ACRONYMS = words("organization_acronyms.tsv")
ORG_TWO_LETTER = words("organization_two_letter.tsv")
ARMED_GROUP_WORDS = words("armed_group_words.tsv")
ORG_GENERIC_ALLOWED = mapping("organization_generic_allowed.tsv")
ORG_NAME_FIXES = mapping("organization_name_fixes.tsv")
BODY_ADJECTIVE = mapping("body_adjectives.tsv")

# Office titles
HAND_TITLES = word_list("titles.tsv")
