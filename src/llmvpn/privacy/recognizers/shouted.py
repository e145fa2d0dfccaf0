"""Names in text typed in capitals ("PLEASE HELP. MY NAME IS CHLOÉ GAGNON, ACCOUNT EMAIL ...", "YO, JORDI PUIG,
CON PASAPORTE ...", "ICH, ANDREAS HUBER, GEBOREN AM ...").

The name rules take a run of capitalised words for a name and an upper-case word for an acronym, so in a
shouted prompt they find nothing. Here the text is read again with each word in title case (same length,
same offsets), and the cue rules of `names` and `addressees` run on that copy: the cue still says what
follows it. Only text that is mostly capitals is read twice.

Also the surname a form, a passport or a tax slip writes in capitals before the given name ("issued to NAKASHIMA
Desmond", "TIN 123 for OYELARAN Siobhan."): after a word that says whose it is, an upper-case word then a capitalised one;
and a CV's or a letter's name line in capitals above its street line ("ANA LIMA\n12 Kauri Street, ...").
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers import addressees, names
from llmvpn.privacy.recognizers._context import finditer_words
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.recognizers.negatives import FAMOUS
from llmvpn.privacy.spans import EntityType, Span

_LETTERS = re.compile(r"[^\W\d_]")
# Lower-case letters: Latin (with Latin-1 and Latin Extended-A, whose lower-case letters alternate with capitals: a
# few count twice, which does not matter here), Greek and Cyrillic.
_LOWER = re.compile(r"[a-zß-öø-ÿ\u0101-\u017f\u03ac-\u03ce\u0430-\u045f]")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 20


_SURNAME_FIRST = re.compile(
    r"(?i:\b(?:for|of|by|to|from|named|holder|issued[ \t]+to|payee|name)[ \t]*:?[ \t]+)"
    r"(?P<family>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{3,})[ \t]+(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,})(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+[a-z])"
)
_FAMOUS_NAMES = FAMOUS[EntityType.ORGANIZATION] | FAMOUS[EntityType.PERSON]
# The word a firm's name ends with, after its capitals: "ACME Corp", "NORDVIK Group".
_FIRM_WORDS = frozenset("corp corporation inc ltd llc plc gmbh co company group holdings bank labs studio studios systems "
                        "solutions services partners consulting industries international global media tech software".split())
# The headings a CV, an invoice or a label puts above a street line instead of a name.
_HEADINGS = frozenset(
    """work experience education skills profile contact personal details objective billing shipping delivery address
    invoice bill ship sold to from customer company office head registered postal mailing home current previous new
    old main site location venue return sender recipient""".split()
)
_NAME_ABOVE_STREET = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,2})[ \t]*\n[ \t]*"
    r"(?=(?:(?i:flat|unit|apt)[ \t]*[0-9]+[A-Za-z]?,?[ \t]+)?[0-9]{1,5}[A-Za-z]?(?:/[0-9]+)?[ \t]+[^\W\d_][^\n]{0,40}?"
    r"(?i:street|st|road|rd|avenue|ave|court|ct|lane|ln|drive|dr|way|close|crescent|place|terrace|boulevard|blvd)\b)"
)


def find(text: str) -> list[Span]:
    """PERSON spans found by the cue rules in a title-cased copy of a text typed (mostly) in capitals, and surnames
    written in capitals before a given name."""
    spans = _surnames_first(text) if any(w.isupper() and len(w) >= 4 for w in text.split()) else []
    if "\n" in text:
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _NAME_ABOVE_STREET.finditer(text)
                     if not any(is_common(w) or w.lower() in _HEADINGS for w in m.group("name").split()))
    titled = _title_cased(text)
    if titled is None:
        return spans
    return spans + [s for s in (*names.find_names(titled), *addressees.find(titled)) if s.type is EntityType.PERSON]


def _surnames_first(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_SURNAME_FIRST, text):
        family, given = m.group("family"), m.group("given")
        if is_common(family) or is_common(given) or family.lower() in _FAMOUS_NAMES \
                or f"{family} {given}".lower() in _FAMOUS_NAMES or given.lower() in _FIRM_WORDS:
            continue  # "for ERROR Handling", "by NASA Goddard", "Bill to: ACME Corp"
        spans.append(Span(m.start("family"), m.end("family"), EntityType.PERSON, 0.7))
        spans.append(Span(m.start("given"), m.end("given"), EntityType.PERSON, 0.7))
    return spans


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
