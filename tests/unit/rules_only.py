"""What the patterns and rules alone find (no NER model, no tagger): the helpers the round-by-round rule tests share."""

from __future__ import annotations

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType

detector = Detector(ner=None)


def found(text: str) -> list[tuple[str, EntityType]]:
    """(value, type) of every span the rules report in `text`."""
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def of_type(text: str, etype: EntityType) -> list[str]:
    """The values of the spans of one type."""
    return [value for value, t in found(text) if t is etype]
