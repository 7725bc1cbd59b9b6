"""Folding: the key under which the crate's matcher compares strings.

`fold` gives exactly what `fold_str` of src/fold.rs gives, so that the
generator's checks (one entity per folded alias of a kind, the hygiene rule,
stop lists compared folded) see the strings as the matcher will. The parity
is tested on tests/data/fold_parity.tsv by both sides (gazetteers/tests/
test_fold.py and the `parity_tests` of src/fold.rs); a change here or there
must keep that file passing on both.

The rules, character by character, as the Rust code applies them:

- ASCII: the whitespace characters space, tab, LF, CR, VT and FF fold to one
  space a run; every other ASCII character to its lower case (so "`" stays).
- Invisible characters vanish and leave a run of spaces unbroken: soft
  hyphen, zero-width space, zero-width non-joiner and joiner, word joiner,
  byte-order mark.
- Other whitespace (Unicode White_Space: NBSP, the U+2000 spaces, ideographic
  space, line and paragraph separators, NEL...) folds like a space.
- Quotes, primes and dashes fold to ASCII (TYPOGRAPHY); a few letters with no
  decomposition to ASCII letters (LETTERS: ø, ł, đ, ð, ħ, ı, ß, æ, œ, þ).
- Any other character: its full lower case (Rust `char::to_lowercase`, no
  context: a final capital sigma gives "σ"), canonically decomposed, without
  the combining marks (general category M). Compatibility forms are kept:
  the ligature "ﬁ" stays "ﬁ", a superscript stays a superscript.

The result is trimmed of spaces. Python's `unicodedata` gives the lower
case, the decompositions and the categories; characters assigned after its
Unicode version (14.0 in Python 3.11) may fold differently from the Rust
side, which has newer tables; no form of the gazetteers uses one.
"""

import functools
import re
import unicodedata

# The ASCII whitespace of the Rust fold (its ASCII_CLASS SPACE bit).
ASCII_SPACE = " \t\n\r\x0b\x0c"
_ASCII_SPACE_RUN = re.compile("[ \t\n\r\x0b\x0c]+")

# Characters that vanish in folding (src/fold.rs `classify`, Class::Ignore).
IGNORED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

# Non-ASCII Unicode White_Space characters (Rust `char::is_whitespace`).
WHITE_SPACE = frozenset("\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                        "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

# Typography folded to ASCII (src/fold.rs `classify`, Class::Ascii).
TYPOGRAPHY = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-",
}

# Letters without a canonical decomposition to ASCII, folded to ASCII.
LETTERS = {
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ħ": "h", "Ħ": "h", "ı": "i", "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th",
}

_SPACE = " "


@functools.lru_cache(maxsize=None)
def _fold_char(c):
    """The fold of one non-ASCII character: "" when it vanishes, _SPACE
    (the same object) when it is whitespace, else its folded text."""
    if c in IGNORED:
        return ""
    if c in WHITE_SPACE:
        return _SPACE
    a = TYPOGRAPHY.get(c) or LETTERS.get(c)
    if a is not None:
        return a
    out = []
    for lc in c.lower():
        for d in unicodedata.normalize("NFD", lc):
            if unicodedata.category(d)[0] != "M":
                out.append(d)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 20)
def fold(s):
    """Case-, diacritic- and typography-insensitive key: `fold_str` of
    src/fold.rs."""
    if s.isascii():
        return _ASCII_SPACE_RUN.sub(" ", s.lower()).strip(" ")
    out = []
    last_space = False
    for c in s:
        if c < "\x80":
            if c in ASCII_SPACE:
                if not last_space:
                    out.append(" ")
                    last_space = True
            else:
                out.append(c.lower())
                last_space = False
            continue
        f = _fold_char(c)
        if f is _SPACE:
            if not last_space:
                out.append(" ")
                last_space = True
        elif f:
            out.append(f)
            last_space = False
        elif c not in IGNORED:
            # a character that folds to nothing (a lone combining mark)
            # still ends a run of spaces, as in the Rust cursor
            last_space = False
    return "".join(out).strip(" ")
