"""The examples of python/README.md and of the package's docstring run as
written."""

import doctest
import pathlib

import geopol

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def test_readme_examples():
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10
    assert result.failed == 0


def test_package_docstring_examples():
    result = doctest.testmod(geopol)
    assert result.attempted > 0
    assert result.failed == 0
