#!/usr/bin/env python3
"""Generate the built-in gazetteers of `geopol` from the raw source data.

Usage (from the repository root):

    python3 gazetteers/generate.py [--sources DIR] [--out DIR] [--curated DIR] [--report FILE]

`--sources` defaults to `../shared/sources` relative to the repository root,
`--out` to `gazetteers/builtin`, `--curated` to `gazetteers/curated`. The
script writes `states.jsonl`, `groups.jsonl`, `locations.jsonl`,
`people.jsonl`, `organizations.jsonl`, `treaties.jsonl` (one JSON object per
line, sorted by id, fixed key order), `titles.txt` and `given_names.txt`
(one per line), and prints a report to
stderr: counts per kind and every alias that was dropped or restricted, with
the reason. The data report `gazetteers/REPORT.md` is written when `--out` is
the default, or to the file given with `--report`. The output is
deterministic: running the script twice gives byte-identical files.

This file only reads the options; the work is done by the package
`gazetteers/gen/` (pipeline in `gen/pipeline.py`), with the hand-written
tables in `gazetteers/tables/`.  Only the Python standard library and PyYAML
are used.  See gazetteers/README.md for the layout, the format, the
provenance of each file and the licences.
"""

import argparse
import os

from gen.pipeline import run


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", default=os.path.join(repo, "..", "shared", "sources"))
    ap.add_argument("--out", default=os.path.join(repo, "gazetteers", "builtin"))
    ap.add_argument("--curated", default=os.path.join(here, "curated"))
    ap.add_argument("--report", default=None,
                    help="where to write the data report (default: gazetteers/REPORT.md when --out "
                         "is the default, else none)")
    args = ap.parse_args()
    report_md = args.report
    if report_md is None and os.path.abspath(args.out) == os.path.abspath(os.path.join(repo, "gazetteers", "builtin")):
        report_md = os.path.join(here, "REPORT.md")
    run(args.sources, args.out, args.curated, report_md)


if __name__ == "__main__":
    main()
