"""Replace detected spans by surrogates, placeholders or a mask, as the policy says."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from llmvpn.privacy.mapping import SurrogateMap, TextView
from llmvpn.privacy.spans import EntityType, Policy, Span

REDACTED = "[REDACTED]"


@dataclass(frozen=True, slots=True)
class PseudonymizedText:
    """The text to send upstream, and what replaced each span (offsets into the original text)."""

    text: str
    replacements: list[tuple[Span, str]]


def pseudonymize(text: str, spans: Iterable[Span], mapping: SurrogateMap, *, policy: Policy,
                 entities: frozenset[EntityType] | None = None) -> PseudonymizedText:
    """Replace each span of a type in `entities` (None: every type) according to `policy`:

    - `pseudonymize`: a surrogate of the same type and shape from `mapping` (restorable);
    - `placeholder`: a typed placeholder such as "[PERSON_1]" (restorable);
    - `redact`: "[REDACTED]" (not restorable);
    - `off`: nothing changes.

    Overlapping spans are merged into one (their union, typed by the most confident, then longest,
    of them) so no character of any span is sent; spaces at a span's edges stay as they are. The
    replacements name the spans acted on. Raises ValueError for a span outside the text.
    """
    policy = Policy(policy)
    if policy is Policy.OFF:
        return PseudonymizedText(text, [])
    chosen = _merge(spans, text, entities)
    if not chosen:
        return PseudonymizedText(text, [])
    values: list[str] = [REDACTED] * len(chosen)
    if policy is not Policy.REDACT:
        view = TextView(text, (text[s.start:s.end] for s in chosen))
        # Persons first: their names then shape emails and URLs ("jane.smith@" -> "maria.keller@").
        for i in sorted(range(len(chosen)), key=lambda i: chosen[i].type is not EntityType.PERSON):
            span = chosen[i]
            original = text[span.start:span.end]
            if policy is Policy.PLACEHOLDER:
                values[i] = mapping.placeholder(span.type, original, view)
            else:
                values[i] = mapping.surrogate(span.type, original, view)
    # One pass of joins: slicing right to left would copy the text once per span.
    parts, pos = [], 0
    for span, value in zip(chosen, values, strict=True):
        parts += (text[pos:span.start], value)
        pos = span.end
    parts.append(text[pos:])
    return PseudonymizedText("".join(parts), list(zip(chosen, values, strict=True)))


def _merge(spans: Iterable[Span], text: str, entities: frozenset[EntityType] | None) -> list[Span]:
    """The spans to act on, sorted, overlaps merged, spaces at their edges left out."""
    wanted = sorted((s for s in spans if entities is None or s.type in entities), key=lambda s: s.start)
    merged: list[Span] = []
    group: list[Span] = []
    end = -1
    for span in wanted:
        if span.end > len(text):
            raise ValueError(f"span {span.start}..{span.end} is outside a text of {len(text)} characters")
        span = _trimmed(span, text)
        if span is None:
            continue
        if group and span.start < end:
            group.append(span)
            end = max(end, span.end)
            continue
        if group:
            merged.append(_union(group, end))
        group, end = [span], span.end
    if group:
        merged.append(_union(group, end))
    return merged


def _trimmed(span: Span, text: str) -> Span | None:
    # A surrogate starting or ending with a space could not be told apart from the text around it.
    value = text[span.start:span.end]
    lead, body = len(value) - len(value.lstrip()), value.strip()
    if not body:
        return None
    if len(body) == len(value):
        return span
    return Span(span.start + lead, span.start + lead + len(body), span.type, span.score)


def _union(group: list[Span], end: int) -> Span:
    if len(group) == 1:
        return group[0]
    lead = max(group, key=lambda s: (s.score, s.end - s.start))
    return Span(group[0].start, end, lead.type, lead.score)
