"""Small text helpers the recognizers share: context words near a match, entropy."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator


def keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of `words` as whole words (longest first)."""
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")(?![^\W_])", re.IGNORECASE)


def has_context(text: str, start: int, end: int, pattern: re.Pattern[str], before: int = 40, after: int = 0) -> bool:
    """True when `pattern` occurs within `before` characters ahead of the match (or `after` behind it)."""
    window = text[max(0, start - before) : start]
    if pattern.search(window):
        return True
    return after > 0 and bool(pattern.search(text[end : end + after]))


def shannon_entropy(value: str) -> float:
    """Bits per character: random keys score above ~3.5, words and placeholders well below."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint union of (start, end) ranges: lookups in it are a bisection, not a scan."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def within(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one range of a `merge_ranges` result."""
    i = bisect.bisect_right(merged, (start, float("inf"))) - 1
    return i >= 0 and merged[i][0] <= start and end <= merged[i][1]


# Pre-checks. Most rules hang on a cue word ("attendees", "passport", "me and"); a text without any of
# a rule's cue words cannot match it, and looking the words up in a set is far cheaper than letting the
# regex engine try its alternation at every character (IGNORECASE alternations get no prefix scan).
# `re`'s IGNORECASE matches "İ", "ı" and "ſ" to i and s, which str.lower() does not do: a text holding
# one of them passes every pre-check, so the rules still see exactly what they saw without them.
_FOLD_ODD = re.compile("[\u0130\u0131\u017f]")
_WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """`text.lower()`, computed once per text for all the families; None when case-folding is not simple."""
    return None if _FOLD_ODD.search(text) else text.lower()


@functools.lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str] | None:
    """The lower-cased words (runs of \\w) of `text`; None when case-folding is not simple."""
    low = lowered(text)
    return None if low is None else frozenset(_WORDS.findall(low))


def finditer_cued(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, with `pattern` tried only where `cue` matches the lower-cased text.

    The same matches, as long as every match of `pattern` starts where `cue` matches; `cue` should be a
    zero-width lookahead over the pattern's cue words (every candidate start is then found, even inside
    another). A case-sensitive scan of lower-cased text skips the positions that cannot start a cue far
    faster than a case-insensitive alternation tried at every character."""
    low = lowered(text)
    if low is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for candidate in cue.finditer(low):
        if candidate.start() < end:
            continue  # inside the last match, as finditer would have skipped it
        found = pattern.match(text, candidate.start())
        if found is not None:
            end = max(found.end(), found.start() + 1)
            yield found


def forget() -> None:
    """Drop the cached texts, so that a prompt is not kept in memory past its detection."""
    lowered.cache_clear()
    words_of.cache_clear()


def mentions(text: str, words: frozenset[str]) -> bool:
    """False only when none of the lower-case `words` occurs as a whole word in `text`, in any case: a
    pre-check for a case-insensitive `\\b(?:word|...)\\b` pattern, which cannot match then."""
    found = words_of(text)
    return found is None or not words.isdisjoint(found)


def contains(text: str, needles: Iterable[str]) -> bool:
    """False only when none of the lower-case `needles` occurs in `text`, in any case (anywhere, not
    only as whole words): a pre-check for case-insensitive patterns without word boundaries."""
    low = lowered(text)
    return low is None or any(n in low for n in needles)
