"""every-politician-scrapers (gazetteers/sources/everypolitician/, Wikidata
data, CC0): the office holders and legislators of its country repositories,
the international office holders of its `world` repository, the heads of
state and government of `world-leaders-2021` and the members of the
European Parliament, as extract.py of that folder wrote them (see its
SOURCE.md).

Tables read: `repositories.tsv` (per repository the date of its data),
`positions.tsv` (key, position QID, title, country, list, repository),
`people.tsv` (person QID, name; several rows for a person with several
labels, the most frequent first) and `terms.tsv` (person QID, position key,
start, end)."""

import os

FOLDER = "everypolitician"


class Position:
    """A position as a repository lists it."""

    __slots__ = ("key", "qid", "title", "country", "list", "repository", "data_date")

    def __init__(self, key, qid, title, country, lst, repository, data_date):
        self.key, self.qid, self.title, self.country = key, qid or None, title, country or None
        self.list, self.repository, self.data_date = lst, repository, data_date


class Term:
    """One term of a person in a position: start and end as the source
    writes them (None when empty)."""

    __slots__ = ("person", "position", "start", "end")

    def __init__(self, person, position, start, end):
        self.person, self.position, self.start, self.end = person, position, start or None, end or None


class EveryPolitician:
    """The extract: `repositories` {name: {column: value}}, `positions`
    {key: Position}, `names` {person QID: [names]} and `terms` [Term], in
    file order."""

    def __init__(self, repositories, positions, names, terms):
        self.repositories, self.positions, self.names, self.terms = repositories, positions, names, terms


def _table(path):
    """The rows of a tab-separated table with a header line, as dicts."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        out = []
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != len(header):
                raise ValueError("%s line %d: %d columns, expected %d" % (path, n, len(cols), len(header)))
            out.append(dict(zip(header, cols)))
    return out


def load_names(local):
    """{person QID: [names]} of `people.tsv` in the folder
    `local`/everypolitician, in file order (the most frequent label first)."""
    names = {}
    for r in _table(os.path.join(local, FOLDER, "people.tsv")):
        names.setdefault(r["person"], []).append(r["name"])
    return names


def load(local):
    """The extract in the folder `local`/everypolitician."""
    d = os.path.join(local, FOLDER)
    repos = {r["repository"]: r for r in _table(os.path.join(d, "repositories.tsv"))}
    positions = {}
    for r in _table(os.path.join(d, "positions.tsv")):
        positions[r["key"]] = Position(r["key"], r["position"], r["title"], r["country"], r["list"],
                                       r["repository"], repos[r["repository"]]["data_date"])
    names = load_names(local)
    terms = [Term(r["person"], positions[r["position"]], r["start"], r["end"])
             for r in _table(os.path.join(d, "terms.tsv"))]
    return EveryPolitician(repos, positions, names, terms)
