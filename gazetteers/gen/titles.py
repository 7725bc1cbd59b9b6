"""Office titles (builtin/titles.txt): the hand list and Phoenix agent nouns."""

import re

from .sources.phoenix import agent_nouns
from .tables import HAND_TITLES


# Phoenix agent codes whose nouns are offices of state.
TITLE_CODES = ("GOV", "MIL", "SPY", "JUD", "LEG", "ELI")
# Words of an agent noun that make it an office title.
TITLE_WORDS_RE = re.compile(
    r"\b(MINISTER|PRESIDENT|SECRETARY|SPOKES\w*|AMBASSADOR|ENVOY|CHANCELLOR|PREMIER|"
    r"GOVERNOR|SENATOR|GENERAL|ADMIRAL|COMMANDER|CHIEF|DIRECTOR|CHAIRMAN|KING|QUEEN|"
    r"PRINCE|EMIR|SULTAN|MAYOR|SPEAKER|COLONEL|MARSHAL|PROSECUTOR|ATTORNEY)\b")


def build_titles(src):
    """Office titles: the hand list plus Phoenix agent nouns of offices."""
    titles = set(HAND_TITLES)
    for noun, code in agent_nouns(src.root):
        if not any(c in code for c in TITLE_CODES) or not TITLE_WORDS_RE.search(noun.replace("_", " ")):
            continue
        if noun.startswith("FORMER_") or noun.endswith(("S", "MINISTRY")) and not noun.endswith("ESS"):
            continue
        words = noun.split("_")
        titles.add(" ".join(w.capitalize() if w not in ("OF", "AND", "FOR", "THE") else w.lower() for w in words))
    return sorted(titles, key=lambda t: (t.lower(), t))
