"""The privacy pipeline over a chat conversation: every text of every message is scanned and replaced
before anything leaves the web server, and a report says what was done (types and counts, never values).

    pipeline = Pipeline(detector)                 # once per worker (the detector holds the NER model)
    protected = pipeline.protect(messages, mapping, choice)
    protected.messages                            # what the upstream receives
    protected.report.as_dict()                    # {"pii": "pseudonymize", "found": {"EMAIL": 1}, ...}

The texts of a conversation are scanned as one document, message after message, so a name introduced
in one message ("I'm Maria Keller") is also found where a later one mentions it alone ("Maria"), and
one mapping replaces it the same way everywhere. Texts are: string contents, the `text` of content
parts, and the arguments of tool calls; other fields (roles, ids, image parts) pass as they are.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from llmvpn.errors import PayloadTooLarge
from llmvpn.messages import text_slots
from llmvpn.privacy.detect import ALL_TYPES, Detector
from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.policy import PrivacyChoice
from llmvpn.privacy.pseudonymize import pseudonymize
from llmvpn.privacy.restore import restore
from llmvpn.privacy.spans import EntityType, Policy, Span

# Between two texts of a conversation when they are scanned together: a paragraph break, so context
# rules and the NER model see them as separate paragraphs.
_SEPARATOR = "\n\n"


@dataclass(slots=True)
class Report:
    """What the pipeline did to one request; safe to show the caller and to log (no values)."""

    choice: PrivacyChoice
    ner: bool
    found: Counter[EntityType] = field(default_factory=Counter)
    messages_changed: int = 0
    sent_messages: list[dict[str, Any]] | None = None  # only when the request asked (show_sent)

    @property
    def replaced(self) -> int:
        return sum(self.found.values())

    def as_dict(self, *, with_sent: bool = True) -> dict[str, Any]:
        choice = self.choice
        out: dict[str, Any] = {
            "pii": choice.pii.value,
            "entities": "all" if choice.entities == ALL_TYPES else sorted(choice.entities),
            "restore": choice.restore and choice.pii in (Policy.PSEUDONYMIZE, Policy.PLACEHOLDER),
            "ner": self.ner,
            "found": {t.value: n for t, n in sorted(self.found.items())},
            "replaced": self.replaced,
            "messages_changed": self.messages_changed,
        }
        if with_sent and self.sent_messages is not None:
            out["sent_messages"] = self.sent_messages
        return out


@dataclass(frozen=True, slots=True)
class Protected:
    messages: list[dict[str, Any]]
    report: Report


class Pipeline:
    """Detection and replacement for whole conversations; one per worker, shared by its requests."""

    def __init__(self, detector: Detector, *, max_chars: int | None = None) -> None:
        self.detector = detector
        self.max_chars = max_chars if max_chars is not None else detector.max_chars

    @property
    def ner(self) -> bool:
        return self.detector.ner is not None

    def scan_size(self, messages: list[Any]) -> int:
        """The characters `protect` would scan: to decide whether it is worth a thread."""
        return sum(len(holder[key]) for holder, key, _ in text_slots(messages))

    def protect(self, messages: list[Any], mapping: SurrogateMap, choice: PrivacyChoice) -> Protected:
        """`messages` with their PII replaced as `choice` says (a changed deep copy; the input is left
        as it is), with the report. `mapping` gains what restoration needs. 413 above max_chars."""
        report = Report(choice, self.ner)
        if not choice.active:
            return self._done(messages, report)
        values = [holder[key] for holder, key, _ in text_slots(messages)]
        size = sum(map(len, values)) + len(_SEPARATOR) * max(0, len(values) - 1)
        if size > self.max_chars:
            raise PayloadTooLarge(f"messages: {size} characters of text are over the privacy pipeline's limit "
                                  f"of {self.max_chars} per request", param="messages", code="privacy_text_too_long")
        if not values:
            return self._done(messages, report)
        document = _SEPARATOR.join(values)
        spans = _within_texts(self.detector.detect(document, entities=choice.entities), values)
        if not spans:
            return self._done(messages, report)
        done = pseudonymize(document, spans, mapping, policy=choice.pii, entities=choice.entities)
        if not done.replacements:
            return self._done(messages, report)
        report.found.update(span.type for span, _ in done.replacements)
        changed_texts = _split(document, values, done.replacements)
        out = copy.deepcopy(messages)
        changed_messages = set()
        for (holder, key, index), old, new in zip(text_slots(out), values, changed_texts, strict=True):
            if new != old:
                holder[key] = new
                changed_messages.add(index)
        report.messages_changed = len(changed_messages)
        return self._done(out, report)

    @staticmethod
    def _done(messages: list[Any], report: Report) -> Protected:
        if report.choice.show_sent:
            report.sent_messages = messages
        return Protected(messages, report)


def _within_texts(spans: list[Span], values: list[str]) -> list[Span]:
    """Spans cut at the separators between texts: nothing of a span may fall between two texts."""
    bounds, pos = [], 0
    for value in values:
        bounds.append((pos, pos + len(value)))
        pos += len(value) + len(_SEPARATOR)
    out = []
    for span in spans:
        for start, end in bounds:
            lo, hi = max(span.start, start), min(span.end, end)
            if lo < hi:
                out.append(span if (lo, hi) == (span.start, span.end) else Span(lo, hi, span.type, span.score))
    return out


def _split(document: str, values: list[str], replacements: list[tuple[Span, str]]) -> list[str]:
    """The texts of `document` after `replacements` (sorted, none crossing a separator)."""
    out, k, pos = [], 0, 0
    for value in values:
        start, end = pos, pos + len(value)
        parts, at = [], start
        while k < len(replacements) and replacements[k][0].start < end:
            span, new = replacements[k]
            parts += (document[at:span.start], new)
            at = span.end
            k += 1
        parts.append(document[at:end])
        out.append("".join(parts))
        pos = end + len(_SEPARATOR)
    return out


def restore_messages(messages: list[Any], mapping: SurrogateMap) -> list[Any]:
    """A copy of `messages` with the surrogates of `mapping` in their texts put back (a session's
    history, shown to its owner)."""
    if not len(mapping):
        return messages
    out = copy.deepcopy(messages)
    for holder, key, _ in text_slots(out):
        holder[key] = restore(holder[key], mapping)
    return out
