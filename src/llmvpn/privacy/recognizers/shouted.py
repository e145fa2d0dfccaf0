"""Names in text typed in capitals ("PLEASE HELP. MY NAME IS CHLOÉ GAGNON, ACCOUNT EMAIL ...", "YO, JORDI PUIG,
CON PASAPORTE ...", "ICH, ANDREAS HUBER, GEBOREN AM ...").

The name rules take a run of capitalised words for a name and an upper-case word for an acronym, so in a
shouted prompt they find nothing. Here the text is read again with each word in title case (same length,
same offsets), and the cue rules of `names` and `addressees` run on that copy: the cue still says what
follows it. Only text that is mostly capitals is read twice.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers import addressees, names
from llmvpn.privacy.spans import EntityType, Span

_LETTERS = re.compile(r"[^\W\d_]")
# Lower-case letters: Latin (with Latin-1 and Latin Extended-A, whose lower-case letters alternate with capitals: a
# few count twice, which does not matter here), Greek and Cyrillic.
_LOWER = re.compile(r"[a-zß-öø-ÿ\u0101-\u017f\u03ac-\u03ce\u0430-\u045f]")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 20


def find(text: str) -> list[Span]:
    """PERSON spans found by the cue rules in a title-cased copy of a text typed (mostly) in capitals."""
    titled = _title_cased(text)
    if titled is None:
        return []
    return [s for s in (*names.find_names(titled), *addressees.find(titled)) if s.type is EntityType.PERSON]


def _title_cased(text: str) -> str | None:
    """`text` with every word as "Word", when three quarters of its letters are capitals; else None."""
    if len(_LOWER.findall(text, 0, 120)) > 30:
        return None  # (most texts are let go here: their first words are in lower case)
    lower = len(_LOWER.findall(text))
    letters = len(_LETTERS.findall(text))
    if letters - lower < _MIN_LETTERS or lower * 4 > letters:
        return None
    titled = _WORD.sub(lambda m: m.group()[0] + m.group()[1:].lower(), text)
    return titled if len(titled) == len(text) else None  # ("İ".lower() is two characters: offsets would move)
