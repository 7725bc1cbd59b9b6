"""The examples of python/README.md and of the package's docstring run as
written: every section's, the spaCy and Spark sections' when those are
installed."""

import doctest
import importlib.util
import pathlib
import re

import geopol

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"

# The sections that need optional packages, by their titles.
NEEDS = {"spaCy": ["spacy"], "Spark": ["pyspark", "pandas", "pyarrow"]}


def test_readme_examples():
    text = README.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs = {}
    ran = 0
    for section in re.split(r"\n(?=## )", text):
        title = section.splitlines()[0].lstrip("# ").strip()
        needs = NEEDS.get(title, [])
        if any(importlib.util.find_spec(n) is None for n in needs):
            continue
        test = parser.get_doctest(section, globs, title, str(README), 0)
        # Later sections use what earlier ones defined ("ex").
        runner.run(test, clear_globs=False)
        globs = test.globs
        ran += len(test.examples)
    assert ran > 10
    assert runner.failures == 0, f"{runner.failures} README examples failed"


def test_package_docstring_examples():
    result = doctest.testmod(geopol)
    assert result.attempted > 0
    assert result.failed == 0
