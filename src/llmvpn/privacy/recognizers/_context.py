"""Small text helpers the recognizers share: context words near a match, entropy."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable


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
