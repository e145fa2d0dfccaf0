"""Settling overlaps between candidate spans: one answer per character, the most trustworthy one."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from llmvpn.privacy.recognizers.negatives import never_names_only
from llmvpn.privacy.spans import EntityType, Span

E = EntityType

# Who wins an overlap: a checksum-validated or unmistakable match beats a statistical guess.
PRIORITY: dict[EntityType, int] = {
    E.SECRET: 100, E.CREDIT_CARD: 95, E.IBAN: 95, E.URL: 92, E.US_SSN: 90, E.EMAIL: 90, E.NATIONAL_ID: 80,
    E.IP_ADDRESS: 80, E.PHONE: 75, E.DATE_OF_BIRTH: 70, E.ADDRESS: 65, E.DATE: 60, E.PERSON: 50,
    E.ORGANIZATION: 40, E.LOCATION: 40,
}


def resolve_overlaps(spans: Iterable[Span], text: str = "", *, guesses_up_to: float | None = None) -> list[Span]:
    """Non-overlapping spans sorted by start.

    Spans of one type that overlap (or, for names, touch across a space) are merged first, so that
    "Maria" from a greeting and "Maria Gonzalez" from the model become one name. Then the best span
    wins each overlap (priority, then score, then length); a losing name, place, organisation or
    address keeps whatever part of it no winner covers, so that it does not leak whole.

    Spans scored at most `guesses_up_to` (a trained tagger's: learned.py, token_tagger.py) come after all others
    whatever their type: a guessed SECRET or URL must not displace a checksum-validated IBAN or a
    matched email, only fill what the rules left. Where a guess reaches past a rule's span of its type,
    only the part past it is a guess: it does not lend the rule's rank to what it runs into (a phone
    guessed on over a tab into the next cell's "2024-01-24" must not take the date). A name cut so is
    joined again once settled ("Maria" by a rule, "Maria Gonzalez" by the tagger: one name).
    """
    def rank(s: Span) -> tuple:
        guess = guesses_up_to is not None and s.score <= guesses_up_to
        return (guess, -PRIORITY[s.type], -s.score, -(s.end - s.start), s.start)

    spans = list(spans)
    if guesses_up_to is not None:
        rules = _merge_same_type([s for s in spans if s.score > guesses_up_to], text)
        guesses = _merge_same_type([s for s in spans if s.score <= guesses_up_to], text)
        candidates = rules + [piece for guess in guesses for piece in _outside(guess, rules)]
    else:
        candidates = _merge_same_type(spans, text)
    ranked = sorted(candidates, key=rank)
    starts: list[int] = []  # kept spans, as parallel sorted lists of starts and spans
    kept: list[Span] = []
    for span in ranked:
        for piece in _uncovered(span, starts, kept, text):
            i = bisect.bisect(starts, piece.start)
            starts.insert(i, piece.start)
            kept.insert(i, piece)
    return _join_names(kept, text) if guesses_up_to is not None else kept


def _outside(guess: Span, rules: list[Span]) -> list[Span]:
    """The parts of a guess that no rule's span of its type covers."""
    pieces, cursor = [], guess.start
    for rule in sorted((r for r in rules if r.type is guess.type and r.start < guess.end and guess.start < r.end),
                       key=lambda r: r.start):
        if rule.start > cursor:
            pieces.append(Span(cursor, rule.start, guess.type, guess.score))
        cursor = max(cursor, rule.end)
    if cursor < guess.end:
        pieces.append(Span(cursor, guess.end, guess.type, guess.score))
    return [p for p in pieces if p.end - p.start >= 1]


def _join_names(kept: list[Span], text: str) -> list[Span]:
    """Names next to each other across one space, or touching, are one name again (a rule's part and a guess's)."""
    joined: list[Span] = []
    for span in kept:
        last = joined[-1] if joined else None
        if (last is not None and span.type is E.PERSON and last.type is E.PERSON
                and (span.start == last.end or _one_space_apart(last, span, text))):
            joined[-1] = Span(last.start, span.end, E.PERSON, max(last.score, span.score))
        else:
            joined.append(span)
    return joined


def _merge_same_type(spans: Iterable[Span], text: str) -> list[Span]:
    by_type: dict[EntityType, list[Span]] = {}
    for span in spans:
        by_type.setdefault(span.type, []).append(span)
    merged: list[Span] = []
    for etype, group in by_type.items():
        group.sort(key=lambda s: s.start)
        current = group[0]
        for span in group[1:]:
            touching = etype is E.PERSON and _one_space_apart(current, span, text)
            if span.start < current.end or touching:
                current = Span(current.start, max(current.end, span.end), etype, max(current.score, span.score))
            else:
                merged.append(current)
                current = span
        merged.append(current)
    return merged


def _one_space_apart(left: Span, right: Span, text: str) -> bool:
    return right.start == left.end + 1 and text[left.end : right.start] == " "


def _uncovered(span: Span, starts: list[int], kept: list[Span], text: str) -> list[Span]:
    """`span`, or for soft types the parts of it that no kept span covers, or nothing."""
    i = bisect.bisect_left(starts, span.start)
    # The kept span just before may reach into this one; kept spans don't overlap each other.
    lo = i - 1 if i > 0 and kept[i - 1].end > span.start else i
    overlapping = []
    while lo < len(kept) and kept[lo].start < span.end:
        if kept[lo].end > span.start:
            overlapping.append(kept[lo])
        lo += 1
    if not overlapping:
        return [span]
    if span.type not in _SOFT or not text:
        return []
    pieces, cursor = [], span.start
    for other in overlapping + [Span(span.end, span.end + 1, span.type)]:
        if other.start > cursor:
            start, end = cursor, other.start
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum():
                end -= 1
            # (what an address keeps must hold its house number, its postcode or a capitalised name: "ημερομηνία
            # γέννησης" or "DOB" left of the birth date that won its "7 Μαΐου" is the field's label, not an address;
            # "în Sibiu" left of "8 februarie 2025" is the town)
            if end - start >= 2 and (span.type is not E.ADDRESS or _address_left(text[start:end])) \
                    and not never_names_only(text[start:end]):
                # (not "Mr" left of "Mr Åberg" once the name is a person's: a title or a label alone is no one)
                pieces.append(Span(start, end, span.type, span.score))
        cursor = max(cursor, other.end)
    return pieces


_SOFT = frozenset({E.PERSON, E.ORGANIZATION, E.LOCATION, E.ADDRESS})


def _address_left(value: str) -> bool:
    """True for what may stand as an address's remainder: with a digit, or a word in title case (a town)."""
    return any(ch.isdigit() for ch in value) or any(
        all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) for word in value.split())
