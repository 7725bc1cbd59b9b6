"""Treaties: the factbook's environmental agreements."""

from .merge import entity_surface_folds
from .report import report
from .sources.factbook import fb_get
from .tables import ENV_LABEL_FIXES, ENV_TREATIES
from .text import clean_text, slugify


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


def drop_curated(treaties, curated):
    """The factbook treaties that no curated treaty already names."""
    cfolds = set()
    for c in curated:
        cfolds |= entity_surface_folds(c)
    kept_tr = []
    for t in treaties:
        if entity_surface_folds(t) & cfolds:
            report("treaties", "factbook treaty %r already curated: skipped" % t["name"])
            continue
        kept_tr.append(t)
    return kept_tr
