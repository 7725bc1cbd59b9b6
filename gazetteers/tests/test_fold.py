"""The generator's fold gives what the crate's fold_str gives, on the cases
of tests/data/fold_parity.tsv (which src/fold.rs checks fold_str against)."""

import os
import re
import unittest

from gen.fold import fold

PARITY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data",
                      "fold_parity.tsv")
_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|(.))")
_SIMPLE = {"t": "\t", "n": "\n", "\\": "\\"}


def unescape(s):
    """A column of the parity file as the string it stands for."""
    def one(m):
        if m.group(1):
            return chr(int(m.group(1), 16))
        if m.group(2) not in _SIMPLE:
            raise ValueError("unknown escape \\%s in %r" % (m.group(2), s))
        return _SIMPLE[m.group(2)]
    return _ESCAPE.sub(one, s)


def parity_cases(path=PARITY):
    """(line number, input, expected) of every case of the parity file."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2:
                raise ValueError("%s line %d: %d tab-separated columns, expected 2" % (path, n, len(cols)))
            yield n, unescape(cols[0]), unescape(cols[1])


class FoldParity(unittest.TestCase):
    def test_parity_file(self):
        cases = list(parity_cases())
        self.assertGreaterEqual(len(cases), 40)
        for n, text, want in cases:
            with self.subTest(line=n, text=text):
                self.assertEqual(fold(text), want)

    def test_unescape(self):
        self.assertEqual(unescape(r"a\tb\nc\\d\u{a0}e\u{1F600}"), "a\tb\nc\\d\u00a0e\U0001f600")
        with self.assertRaises(ValueError):
            unescape(r"\x41")

    def test_the_six_cases_of_the_bug(self):
        # Where the generator's earlier fold (NFKD, casefold, a few quotes)
        # differed from fold_str.
        self.assertEqual(fold("Russia\u2013Ukraine"), "russia-ukraine")
        self.assertEqual(fold("\u00deór"), "thor")
        self.assertEqual(fold("\ufb01nance"), "\ufb01nance")
        self.assertEqual(fold("\u00abYes\u00bb"), '"yes"')
        self.assertEqual(fold("\u0126amrun"), "hamrun")
        self.assertEqual(fold("Rus\u00adsia"), "russia")

    def test_ascii_fast_path_agrees(self):
        # Pure ASCII strings take a shortcut; it must give what the
        # character-by-character fold gives.
        for s in ["  New \t\r\n  START ", "A\x1fB", "U.S.", "", " ", "a\x0b\x0cb", "`x`"]:
            self.assertEqual(fold(s), fold(s + "\u200b"), repr(s))


if __name__ == "__main__":
    unittest.main()
