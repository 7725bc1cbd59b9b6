"""The generator's report: every alias dropped, restricted or resolved, with
the reason, printed to stderr by section."""

import sys


REPORT = []  # (section, message)


def report(section, msg):
    if (section, msg) not in REPORT:
        REPORT.append((section, msg))


def print_report(files, state_ents, generated_counts, err=None):
    """Prints the counts per file and kind, the state categories and every
    reported message, by section in the order the sections first appeared."""
    err = err or sys.stderr
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
