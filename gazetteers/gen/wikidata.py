"""Wikidata identity shared by every linking step: the QID format, the log
of what each source linked, added, left ambiguous or dropped (rendered in
REPORT.md, "Wikidata links"), and the final checks on `wikidata` fields."""

import re

QID = re.compile(r"^Q[1-9][0-9]*$")


class LinkLog:
    """Counts and notes per source: `count(source, what)` adds one to a
    counter ("linked", "added", "ambiguous", "unmatched", "dropped: <reason>"),
    `note(source, text)` keeps an example or a doubt for the report."""

    def __init__(self):
        self.counts = {}
        self.notes = {}

    def count(self, source, what, n=1):
        c = self.counts.setdefault(source, {})
        c[what] = c.get(what, 0) + n

    def note(self, source, text):
        self.notes.setdefault(source, []).append(text)

    def reset(self):
        self.counts.clear()
        self.notes.clear()


LOG = LinkLog()


def is_qid(v):
    return isinstance(v, str) and bool(QID.match(v))


def qid_problems(files):
    """Every `wikidata` value that is not a QID, and every QID two entries
    of the same kind share, as messages; empty if none."""
    out, seen = [], {}
    for fn, ents in sorted(files.items()):
        for e in ents:
            q = e.get("wikidata")
            if q is None:
                continue
            if not is_qid(q):
                out.append("%s: %s: wikidata %r is not a QID (Q and digits)" % (fn, e["id"], q))
                continue
            k = (e["kind"], q)
            if k in seen:
                out.append("%s: %s: wikidata %s is also the QID of %s" % (fn, e["id"], q, seen[k]))
            else:
                seen[k] = e["id"]
    return out


def link_counts(files):
    """{kind: (entries, entries with a QID)} over every file."""
    out = {}
    for ents in files.values():
        for e in ents:
            n, q = out.get(e["kind"], (0, 0))
            out[e["kind"]] = (n + 1, q + (1 if e.get("wikidata") else 0))
    return out
