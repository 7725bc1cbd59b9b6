#!/usr/bin/env python3
"""Rebuilds the extract of this folder from local clones of the
every-politician-scrapers repositories (see SOURCE.md).

    python3 gazetteers/sources/everypolitician/extract.py [--mirror DIR]

DIR holds one bare clone per repository, `every-politician-scrapers+<name>/repo`
(default /work/.mirror); `repositories.txt` names the repositories read. The
script reads, at each clone's HEAD, only files that are results of Wikidata
queries (made by the PCB step of every-politician-scrapers/shared,
pcb/generate-html.sh with pcb/holders.js, and by world-leaders-2021's
bin/scraper/wikidata.rb):

- `meta.json`: the jurisdiction (Wikidata QID) of a country repository;
- `wikidata/*-positions.csv`: the positions (QID, title) whose holders the
  repository lists; the title is what the holders files write;
- `html/holders21.csv`: holders of those positions whose term ends in 2000
  or later (legislative positions excepted);
- `html/legislators.csv`: holders of the legislative positions, likewise;
- `data/wikidata.csv` of `world-leaders-2021`: the holders of the head of
  state and head of government positions of every state, in office in 2021
  or 2022 (start and end years);
- `data/wikidata.csv` of `european-parliament`: the members of the European
  Parliament's 9th term in office at the date of the data, with the member
  state that elected them (no term dates).

It writes, next to itself, three tab-separated tables with a header line:

- `positions.tsv`: key (a number), position (Wikidata QID; empty when the
  title names several positions of the repository), title (as the source
  writes it), country (ISO alpha-3 of the repository's jurisdiction; empty
  for the international offices of the `world` repository), list
  (`holders`, `legislators`, `leaders` or `members`: the file read) and
  repository;
- `people.tsv`: person (QID) and name (the label the source gives; a
  person with several labels has several rows, the most frequent first);
- `terms.tsv`: person (QID), position key, start and end as the source
  writes them (YYYY, YYYY-MM, YYYY-MM-DD; empty end: no end known at the
  date of the data);

and `repositories.tsv`: per repository its commit, the date of its data (the
last commit that changed a file read), its jurisdiction and country, the
terms kept and those left out (with the reason).

Terms are kept as the source gives them, except:
- terms of positions that only the regional position lists of a repository
  name (`wikidata/<region>-positions.csv`: Australian states, Quebec,
  Flanders, Valencia, Southern Sudan), or whose title names both a regional
  and a national position: a title alone does not tell which;
- terms of legislatures not listed in `legislatures.tsv` (the reviewed list
  of national legislatures);
- the terms of a person in a legislature when none of them ends in
  LEGISLATORS_SINCE or later (or is open): the extract stays small;
- terms of a person with no QID, and repositories whose jurisdiction is no
  state of the generator (Artsakh, the Luhansk People's Republic, South
  Ossetia, Somaliland are not in repositories.txt).

The country of a jurisdiction is read from gazetteers/builtin/states.jsonl
(the state entry whose id is the jurisdiction's QID: Scotland, Wales and
Northern Ireland give GBR), or from the `other_qids` of the rigour territory
of such a state (`--sources`, default ../shared/sources from the repository
root: Q35 is Denmark, Q55 the Netherlands)."""

import argparse
import collections
import csv
import glob
import io
import json
import os
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
STATES = os.path.join(HERE, "..", "..", "builtin", "states.jsonl")
ORG = "every-politician-scrapers"
# Position lists of regional governments inside a national repository.
REGIONAL_LISTS = {"act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa", "quebec", "flemish",
                  "valencia", "southern-sudan"}
# A legislator's terms in one legislature are kept when one of them ends in
# this year or later, or is open.
LEGISLATORS_SINCE = "2015"


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir] + list(args), check=True,
                          capture_output=True).stdout.decode("utf-8")


def show(gitdir, path):
    """The text of `path` at HEAD, or None when the file is absent."""
    r = subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + path], capture_output=True)
    return r.stdout.decode("utf-8") if r.returncode == 0 else None


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text))) if text else []


def state_names():
    """{lower-case name or alias of a state: ISO alpha-3} from the generated
    states."""
    out = {}
    with open(STATES, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e.get("country"):
                for t in [e["name"]] + [a["text"] if isinstance(a, dict) else a for a in e.get("aliases") or []]:
                    out.setdefault(t.lower(), e["country"])
    return out


def state_countries(sources):
    """{state QID: ISO alpha-3} from the generated states, and from the
    other QIDs rigour gives a state (Q35 Denmark beside Q756617, the Kingdom
    of Denmark, the id of our state)."""
    out = {}
    with open(STATES, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if e.get("country"):
                out[e["id"]] = e["country"]
    for path in sorted(glob.glob(os.path.join(sources, "rigour-territories", "territories", "*.yml"))):
        with open(path, encoding="utf-8") as f:
            t = yaml.safe_load(f)
        country = out.get(t.get("qid"))
        for q in t.get("other_qids") or []:
            if country and q not in out:
                out[q] = country
    return out


def legislatures():
    """{(repository, position QID)} of the reviewed national legislatures."""
    out = set()
    with open(os.path.join(HERE, "legislatures.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            repo, qid = line.rstrip("\n").split("\t")[:2]
            out.add((repo, qid))
    return out


def positions(gitdir):
    """{title: [(position QID, list name)]} of a repository's position lists."""
    out = {}
    names = [p for p in git(gitdir, "ls-tree", "--name-only", "HEAD", "wikidata/").split("\n")
             if p.endswith("-positions.csv")]
    for p in sorted(names):
        lst = os.path.basename(p)[:-len("-positions.csv")]
        for r in read_csv(show(gitdir, p)):
            if r.get("position") and r.get("title"):
                out.setdefault(r["title"], []).append((r["position"], lst))
    return out


def data_date(gitdir, paths):
    """The date (YYYY-MM-DD) of the last commit that changed one of `paths`."""
    return git(gitdir, "log", "-1", "--format=%cs", "HEAD", "--", *paths).strip()


class Terms:
    """The terms read, with their position and the counts of a repository."""

    def __init__(self):
        self.rows = []      # (person, name, position QID, title, country, start, end, list, repository)
        self.counts = collections.Counter()

    def add(self, person, name, qid, title, country, start, end, lst, repo):
        self.rows.append((person, name, qid, title, country, start, end, lst, repo))
        self.counts[(repo, lst)] += 1

    def drop(self, repo, why):
        self.counts[(repo, "dropped: " + why)] += 1


def read_repository(name, gitdir, countries, national, terms):
    """The holders and legislators of a country repository, or of the
    `world` repository (international offices: no country). Returns the
    jurisdiction and its country."""
    if name == "world":
        jur = country = ""
    else:
        jur = json.loads(show(gitdir, "meta.json"))["jurisdiction"]["id"]
        country = countries.get(jur)
        if country is None:
            sys.exit("error: %s: jurisdiction %s is no state of the generator" % (name, jur))
    pos = positions(gitdir)
    for lst, path in (("holders", "html/holders21.csv"), ("legislators", "html/legislators.csv")):
        for r in read_csv(show(gitdir, path)):
            if not r.get("personID", "").startswith("Q"):
                terms.drop(name, "no person QID")
                continue
            cands = pos.get(r["position"], [])
            qids = sorted({q for q, _ in cands})
            if lst == "legislators":
                qids = sorted({q for q, l in cands if l == "legislative" and (name, q) in national})
                if not qids:
                    terms.drop(name, "not a national legislature")
                    continue
            elif any(l in REGIONAL_LISTS for _, l in cands):
                terms.drop(name, "regional position")
                continue
            terms.add(r["personID"], r["person"], qids[0] if len(qids) == 1 else "", r["position"],
                      country, r["start"], r["end"], lst, name)
    return jur, country


def read_leaders(gitdir, countries, terms):
    for r in read_csv(show(gitdir, "data/wikidata.csv")):
        country = countries.get(r["countryid"])
        if country is None:
            terms.drop("world-leaders-2021", "country is no state of the generator")
            continue
        terms.add(r["officeholder"], r["officeholderLabel"], r["position"], r["positionLabel"], country,
                  r["start_year"], r["end_year"], "leaders", "world-leaders-2021")


# The position of the European Parliament's query (its bin/scraper/wikidata.rb:
# "ps:P39 wd:Q27169", members of the 9th term, "pq:P2937 wd:Q64038205").
EP_POSITION = ("Q27169", "Member of the European Parliament")


def read_european_parliament(gitdir, names, terms):
    """The members of the European Parliament in office at the date of the
    data (no term dates: the query gives none), with the member state
    they were elected in."""
    for r in read_csv(show(gitdir, "data/wikidata.csv")):
        country = names.get(r["country"].lower())
        if not r["item"].startswith("Q") or country is None:
            terms.drop("european-parliament", "no QID or no member state")
            continue
        terms.add(r["item"], r["name"], EP_POSITION[0], EP_POSITION[1], country, "", "", "members",
                  "european-parliament")


def recent_legislators(rows, counts):
    """The rows without the terms of a person in a legislature none of which
    ends in LEGISLATORS_SINCE or later or is open."""
    last = {}
    for r in rows:
        if r[7] == "legislators":
            k = (r[0], r[2], r[3], r[8])
            last[k] = max(last.get(k, ""), r[6] or "9999")
    out = []
    for r in rows:
        if r[7] == "legislators" and last[(r[0], r[2], r[3], r[8])] < LEGISLATORS_SINCE:
            counts[(r[8], "legislators")] -= 1
            counts[(r[8], "dropped: legislator before %s" % LEGISLATORS_SINCE)] += 1
            continue
        out.append(r)
    return out


def write_tsv(path, columns, rows):
    """Tab-separated, a header line, no quoting (no value holds a tab or a
    line break)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(columns) + "\n")
        for r in rows:
            vals = [str(v) for v in r]
            if any("\t" in v or "\n" in v for v in vals):
                sys.exit("error: a tab or a line break in %r" % (r,))
            f.write("\t".join(vals) + "\n")


def write_extract(rows):
    """positions.tsv, people.tsv and terms.tsv (see the module doc)."""
    keys = {}
    names = collections.defaultdict(collections.Counter)
    terms = []
    for person, name, qid, title, country, start, end, lst, repo in rows:
        k = keys.setdefault((qid, title, country, lst, repo), len(keys) + 1)
        names[person][name] += 1
        terms.append((person, k, start, end))
    write_tsv(os.path.join(HERE, "positions.tsv"), ["key", "position", "title", "country", "list", "repository"],
              [(k,) + p for p, k in keys.items()])
    write_tsv(os.path.join(HERE, "people.tsv"), ["person", "name"],
              [(p, n) for p in names for n, _ in sorted(names[p].items(), key=lambda kv: (-kv[1], kv[0]))])
    write_tsv(os.path.join(HERE, "terms.tsv"), ["person", "position", "start", "end"], terms)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--sources", default=os.path.join(HERE, "..", "..", "..", "..", "shared", "sources"),
                    help="the generator's source folder (rigour territories)")
    args = ap.parse_args()
    countries = state_countries(args.sources)
    national = legislatures()
    with open(os.path.join(HERE, "repositories.txt"), encoding="utf-8") as f:
        names = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    terms = Terms()
    repos = []
    for name in names:
        gitdir = os.path.join(args.mirror, "%s+%s" % (ORG, name), "repo")
        if not os.path.isdir(gitdir):
            sys.exit("error: no clone of %s/%s in %s" % (ORG, name, args.mirror))
        if name == "world-leaders-2021":
            jur = country = ""
            read_leaders(gitdir, countries, terms)
            files = ["data/wikidata.csv"]
        elif name == "european-parliament":
            jur = country = ""
            read_european_parliament(gitdir, state_names(), terms)
            files = ["data/wikidata.csv"]
        else:
            jur, country = read_repository(name, gitdir, countries, national, terms)
            files = ["meta.json", "html/holders21.csv", "html/legislators.csv"]
        repos.append([name, git(gitdir, "rev-parse", "HEAD").strip(), data_date(gitdir, files), jur, country])
    rows = recent_legislators(terms.rows, terms.counts)
    write_extract(rows)
    c = terms.counts
    write_tsv(os.path.join(HERE, "repositories.tsv"),
              ["repository", "commit", "data_date", "jurisdiction", "country", "holders", "legislators",
               "leaders", "members", "left_out"],
              [r + [c[(r[0], "holders")], c[(r[0], "legislators")], c[(r[0], "leaders")], c[(r[0], "members")],
                    "; ".join("%s %d" % (k[1][len("dropped: "):], v) for k, v in sorted(c.items())
                              if k[0] == r[0] and k[1].startswith("dropped: ") and v)]
               for r in repos])
    print("%d terms of %d repositories" % (len(rows), len(repos)), file=sys.stderr)


if __name__ == "__main__":
    main()
