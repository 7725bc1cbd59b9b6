"""Speed of geopol from Python on the BBC corpus, against the Rust library
and two dictionary matchers loaded with the same aliases.

    python python/bench.py [--corpus PATH] [--rounds N] [--skip flashtext,spacy]

Measured, each the fastest of N rounds over the whole corpus, one core
unless said:

- geopol's ``Extractor.extract_batch`` on 1 and 2 threads, and
  ``Extractor.extract`` in a loop, results as Python objects;
- the Rust library in the same process with no ``Mention`` made
  (``Extractor._count_batch``), and through the ``extract`` example
  (``--jsonl``, one thread, output to /dev/null: extraction plus JSON
  writing and the process's start);
- flashtext's ``KeywordProcessor`` and spaCy's ``EntityRuler`` (phrase
  patterns on a blank English pipeline), loaded with every name, alias,
  demonym and short form of geopol's built-in gazetteer, as the Rust
  bench's raw Aho-Corasick reference is.

The corpus defaults to ../shared/corpora/bbc_news_2225.jsonl beside the
checkout. flashtext and spaCy are skipped, with a note, when not installed.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

# Run as a script, this directory comes first on the path, and its geopol/
# is the package's source without the compiled part: import the installed
# package instead.
HERE = pathlib.Path(__file__).resolve().parent
sys.path = [p for p in sys.path if pathlib.Path(p or ".").resolve() != HERE]

import geopol  # noqa: E402

ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_news_2225.jsonl"


def best(rounds, f):
    """The fastest of `rounds` timings of f(), in seconds, and its result."""
    times, result = [], None
    for _ in range(rounds):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return min(times), result


def rust_extract():
    """The path of the release build of the `extract` example, built now."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--example", "extract"],
        cwd=ROOT,
        check=True,
    )
    return ROOT / "target" / "release" / "examples" / "extract"


def aliases(extract):
    """Every surface form of the built-in gazetteer, as the Rust bench takes
    them: names, aliases, demonyms and short forms."""
    dump = subprocess.run(
        [str(extract), "--dump-gazetteer"], check=True, capture_output=True, text=True
    ).stdout
    forms = []
    for line in dump.splitlines():
        e = json.loads(line)
        forms.append(e["name"])
        for field in ("aliases", "demonyms", "short"):
            for a in e.get(field, []):
                forms.append(a if isinstance(a, str) else a["text"])
    return forms


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, default=CORPUS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--skip", default="", help="comma-separated: flashtext,spacy")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (give one with --corpus)")
    texts = [json.loads(line)["text"] for line in args.corpus.open(encoding="utf-8")]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} texts, {mb:.1f} MB; fastest of {args.rounds} rounds\n")
    rows = []

    def row(what, seconds, load=None):
        rows.append((what, mb / seconds, load))
        loaded = "" if load is None else f"  (loaded in {load:.2f} s)"
        print(f"{what:<44} {mb / seconds:7.1f} MB/s{loaded}", flush=True)

    t = time.perf_counter()
    ex = geopol.Extractor()
    load = time.perf_counter() - t
    for threads in (1, 2):
        secs, found = best(args.rounds, lambda: ex.extract_batch(texts, threads=threads))
        row(f"geopol extract_batch, {threads} thread(s)", secs, load if threads == 1 else None)
    n_geopol = sum(len(ms) for ms in found)
    secs, _ = best(args.rounds, lambda: [ex.extract(t) for t in texts])
    row("geopol extract, one text at a time", secs)
    # The same extraction with no Python object made: the Rust library.
    secs, _ = best(args.rounds, lambda: ex._count_batch(texts, threads=1))
    row("Rust library, 1 thread (no Mention objects)", secs)
    rust = mb / secs
    python = rows[0][1]
    print(f"Python batch / Rust library, 1 thread: {python / rust:.2f}")
    print(f"2 threads / 1 thread: {rows[1][1] / python:.2f}")

    extract = rust_extract()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    try:
        cmd = [str(extract), "--threads", "1", "--jsonl", f.name]
        secs, _ = best(
            args.rounds,
            lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL),
        )
        row("extract example (Rust; JSON out, process start)", secs)
    finally:
        os.unlink(f.name)

    forms = aliases(extract)
    print(f"\n{len(forms)} aliases for the dictionary matchers")
    if "flashtext" not in skip:
        try:
            from flashtext import KeywordProcessor
        except ImportError:
            print("flashtext: not installed (pip install flashtext), skipped")
        else:
            t = time.perf_counter()
            kp = KeywordProcessor(case_sensitive=True)
            for form in forms:
                kp.add_keyword(form)
            load = time.perf_counter() - t
            secs, _ = best(args.rounds, lambda: [kp.extract_keywords(t, span_info=True) for t in texts])
            row("flashtext KeywordProcessor", secs, load)
    if "spacy" not in skip:
        try:
            import spacy
        except ImportError:
            print("spaCy: not installed (pip install spacy), skipped")
        else:
            t = time.perf_counter()
            nlp = spacy.blank("en")
            ruler = nlp.add_pipe("entity_ruler")
            ruler.add_patterns([{"label": "GEO", "pattern": form} for form in forms])
            load = time.perf_counter() - t
            secs, _ = best(args.rounds, lambda: [d.ents for d in nlp.pipe(texts)])
            row("spaCy EntityRuler (blank English)", secs, load)
    print(f"\ngeopol found {n_geopol} mentions")


if __name__ == "__main__":
    main()
