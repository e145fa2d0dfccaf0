"""Where someone lives or works: towns after "I live in" / "moved to", employers after "I work at",
in any case (a model can't read "i work at oakmont consulting in bhopal", a rule can)."""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import mentions
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.spans import EntityType, Span


def find(text: str) -> list[Span]:
    """LOCATION and ORGANIZATION spans from "I live in" / "I work at"-style rules."""
    return [*find_places(text), *find_employers(text)]


# "I work at Brightpath Logistics in Dayton", "my bank (Northgate Credit Union)", typed in any case.
_EMPLOYER = re.compile(
    r"(?i:\b(?:work|works|worked|working|employed|job|intern|interning|student|teacher|nurse|engineer|manager|"
    r"volunteer|volunteering)\s+(?:at|for|with|by)\s+|\b(?:my|our|the)\s+(?:company|employer|firm|bank|school|"
    r"university|clinic|business|bakery|shop|store|startup|practice|agency|restaurant|cafe|café|hospital|"
    r"merchant|landlord)\s*(?:,|\(|is|was|called|named)\s*)"
    r"(?P<org>(?:(?!(?:the|a|an|my|our|home|work|school|night|the weekend|weekends|least|all|once|first|last|"
    r"and|in|on|for|to|from|as|is|was|but|so|which|where|who|because|until|since|with|by)\b)"
    r"[^\W\d_][\w'’&.-]*(?:[ \t]+|(?=[,.;:!?)\n]|$))){1,4}?)"
    r"(?=[,.;:!?)\n]|$|(?i:in|and|for|on|since|until|as|who|which|where|but|to|from|near|with|says|said)\b)"
    r"(?:(?i:in)[ \t]+(?P<town>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[A-Z][^\W\d_'’.-]*)?)(?=[,.;:!?)\n]|$|[ \t]))?"
)


def find_employers(text: str) -> list[Span]:
    """Employers, schools and banks named as the writer's (or someone's they know), and their town."""
    spans = []
    for m in _EMPLOYER.finditer(text):
        value = m.group("org").rstrip(" \t.")
        words = value.split()
        if not words or all(is_common(w) for w in words) or len(words) == 1 and words[0].islower():
            continue  # "works at night", "works at home": one lower-case word is rarely a firm's name
        spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.65))
        town = m.group("town")
        if town and not is_common(town.split()[0]) and town.split()[0].lower() not in _PLACE_WORDS:
            spans.append(Span(m.start("town"), m.start("town") + len(town.rstrip(".")), EntityType.LOCATION, 0.65))
    return spans


# "I live in Leeds", "moved from Nantes to Rennes", "lives near Bolton": where a person is.
_PLACE = re.compile(
    r"(?i:\b(?:live|lives|living|lived|moved|moving|move|based|born|grew up|staying|stay|arrive|arriving|"
    r"relocating|relocate|flying|fly|commute|commuting|wohne|lebe|habite|vis|vivo|serai|suis)\s+(?:(?:here\s+)?"
    r"(?:in|to|near|from|at|outside|around|à|en|a)\s+))(?P<place>[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
    r"(?:(?i:\s+to\s+)(?P<place2>[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}))?"
)

_PLACE_CUES = frozenset(  # the verbs of _PLACE, one of which a text must hold to be scanned
    """live lives living lived moved moving move based born grew staying stay arrive arriving relocating relocate
    flying fly commute commuting wohne lebe habite vis vivo serai suis""".split()
)


def find_places(text: str) -> list[Span]:
    """Towns and cities named as where someone lives, moves or travels to."""
    if not mentions(text, _PLACE_CUES):
        return []
    spans = []
    for m in _PLACE.finditer(text):
        for group in ("place", "place2"):
            if m.group(group) is None:
                continue
            value = m.group(group).rstrip(".'’")
            first = value.split()[0]
            if is_common(first) or first.lower() in _PLACE_WORDS:
                continue
            score = 0.75 if first[0].isupper() else 0.6
            spans.append(Span(m.start(group), m.start(group) + len(value), EntityType.LOCATION, score))
    return spans


_PLACE_WORDS = frozenset(
    """the a an my our his her their this that town city country area house home flat apartment place
    village suburb neighborhood neighbourhood region state abroad there here work school college campus
    hospital office downtown together alone with since last next year years month months week weeks
    bed fear peace touch line time mind love debt pain hope sync order style shape contact charge
    production prod staging memory cache disk""".split()
)


