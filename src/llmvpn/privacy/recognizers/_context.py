"""Small text helpers the recognizers share: context words near a match, entropy, the cells of a table's rows."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple, TypeVar

try:  # `re`'s internals, to read a pattern's opening words (see `_cue_heads`); CPython 3.11-3.13 have them
    from re import _constants as _op  # the parse tree's opcodes
    from re import _parser as _sre_parser
    from re._casefix import _EXTRA_CASES  # the letters `re` folds beyond their lower case
except ImportError:  # another Python: every pattern runs as it is, only slower
    _op: Any = None
    _sre_parser: Any = None
    _EXTRA_CASES: Any = {}


T = TypeVar("T")

# A letter or figure of a script that parts its words with spaces: what must not touch a whole word on either side.
# Chinese, Japanese, Korean and Thai write the next word or a particle right against a Latin one ("我的SSN", "SSN을",
# "電話番号はTel"), so their characters part words as a space does.
SPACED_WORD_CHAR = r"[^\W_\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]"


def keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of `words` as whole words (longest first)."""
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(rf"(?<!{SPACED_WORD_CHAR})(?:" + "|".join(alternatives) + rf")(?!{SPACED_WORD_CHAR})", re.IGNORECASE)


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


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Every position where `needle` starts in `text`, ascending, overlapping ones too ("---" holds "--" twice)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def before_spaces(text: str, at: int, floor: int = 0) -> int:
    """Where the run of spaces and tabs that ends at `at` begins (not before `floor`): `at` when there is none."""
    while at > floor and text[at - 1] in " \t":
        at -= 1
    return at


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
# `re`'s IGNORECASE folds some letters together that str.lower() leaves apart. "İ" lowers to two characters,
# and "ı", "ſ" and the combining "ͅ" match i, s and ι: a text holding one of them is "not simple" and passes
# every pre-check, so the rules still see exactly what they saw without them. The other odd forms are each a
# common letter's rare twin (the micro sign for Greek mu, "ϐ" for beta, "ᲀ" for Cyrillic в): the lower-cased
# text holds the common letter in their place, as `re` reads them, so that a cue word with the common letter
# ("μετακομ", "рейс") can be looked up in it. (Final sigma is Greek's everyday letter: `_safe_prefix` stops
# at either sigma instead.)
_FOLD_ODD = re.compile("[\u0130\u0131\u017f\u0345]")
_NOT_INDEXED = "\u0131\u017f\u0345"  # (and "σς": see `_safe_prefix`)


def _twins() -> dict[int, str]:
    table: dict[int, str] = {}
    for key, others in _EXTRA_CASES.items():
        chars = sorted({chr(key), *map(chr, others)} - set(_NOT_INDEXED))
        if len(chars) < 2 or "σ" in chars:
            continue
        common = next((c for c in chars if c.upper().lower() == c), chars[0])
        table.update((ord(c), common) for c in chars if c != common)
    return table


_TWINS = _twins()
_HAS_TWIN = re.compile("[" + "".join(map(chr, sorted(_TWINS))) + "]") if _TWINS else None
_WORDS = re.compile(r"\w+")


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """`text.lower()`, computed once per text for all the families; None when case-folding is not simple."""
    if _FOLD_ODD.search(text):
        return None
    low = text.lower()
    if _HAS_TWIN is not None and not low.isascii() and _HAS_TWIN.search(low):
        low = low.translate(_TWINS)
    return low


_ASCII_DIGIT = re.compile(r"[0-9]")


@functools.lru_cache(maxsize=8)
def has_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`, once per text for the families that ask (a scan in C for an ASCII text,
    where `isdigit` is [0-9]; a Unicode text keeps the loop, as "²" and "١" are digits too)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


@functools.lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str] | None:
    """The lower-cased words (runs of \\w) of `text`; None when case-folding is not simple."""
    index = word_index(text)
    return None if index is None else frozenset(index.starts)


class WordIndex(NamedTuple):
    """Where each lower-cased word (run of \\w) of a text starts, and its distinct words by first character."""

    starts: dict[str, list[int]]
    by_initial: dict[str, list[str]]


@functools.lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex | None:
    """The words of the lower-cased text, read once for all the rules; None when case-folding is not simple."""
    low = lowered(text)
    if low is None:
        return None
    starts: dict[str, list[int]] = {}
    at = 0
    for word in _WORDS.findall(low):
        at = low.find(word, at)  # (the next word's start: the characters between words are no word's)
        if word in starts:
            starts[word].append(at)
        else:
            starts[word] = [at]
        at += len(word)
    by_initial: dict[str, list[str]] = {}
    for word in starts:
        by_initial.setdefault(word[0], []).append(word)
    return WordIndex(starts, by_initial)


def finditer_cued(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, with `pattern` tried only where `cue` matches the lower-cased text.

    The same matches, as long as every match of `pattern` starts where `cue` matches; `cue` should be a
    zero-width lookahead over the pattern's cue words (every candidate start is then found, even inside
    another). Where the cue's words can be read off it (see `_cue_heads`), the cue itself is tried only at
    the words of the text that start like one of them, found in the text's word index; otherwise a
    case-sensitive scan of the lower-cased text skips the positions that cannot start a cue, far faster
    than a case-insensitive alternation tried at every character."""
    if lowered(text) is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, cue_starts(cue, text))


def cue_starts(cue: re.Pattern[str], text: str) -> Iterator[int]:
    """The positions where the zero-width `cue` matches the lower-cased text, ascending (for a text
    `lowered` takes)."""
    low = lowered(text)
    assert low is not None
    heads = _cue_heads(cue)
    if heads is None:
        return (m.start() for m in cue.finditer(low))
    return (i for i in _starts_like(text, heads) if cue.match(low, i))


def word_starts(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """Where a match of `pattern` can start, ascending, when it opens with cue words after a word boundary
    (see `finditer_words`); None when that is not known."""
    heads = _cue_heads(pattern)
    if heads is None or lowered(text) is None:
        return None
    return _starts_like(text, heads)


def finditer_words(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with its cue words after a word boundary
    ("\\b(?:my name is|call me|...)..."): it is tried only where a word of the text starts like one of them.
    Any other pattern is run as it is."""
    starts = word_starts(pattern, text)
    return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)


def search_words(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where `finditer_words` would try it."""
    return next(finditer_words(pattern, text), None)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` at `starts` (ascending) that `finditer` would give, none inside the last one:
    all of `pattern.finditer(text)` when its matches can only start at `starts`."""
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the last match, as finditer would have skipped it
        found = pattern.match(text, start)
        if found is not None:
            end = max(found.end(), found.start() + 1)
            yield found


# --- The word index: where a cue can start -------------------------------------------------------------
#
# Most cue alternations open with a word after a word boundary. A match of such an alternation starts where
# a word of the lower-cased text starts with one of its opening words, so the text's words (a set, computed
# once per text for all the rules) tell where it can start; `_cue_heads` reads those opening words off the
# pattern, or gives up (None) when the pattern has any other shape, and the pattern is then run as it is.


class Heads(NamedTuple):
    """The words a pattern's matches open with: whole words, and prefixes of words by their first character."""

    words: frozenset[str]
    prefixes: dict[str, tuple[str, ...]]
    symbols: tuple[str, ...]  # openings that are no word ("==", ">="): found anywhere


def _starts_like(text: str, heads: Heads) -> list[int]:
    """Ascending starts of the words of the lower-cased text that are one of `heads.words` or begin with one
    of `heads.prefixes`."""
    index = word_index(text)
    assert index is not None
    starts = []
    # the set intersection runs in C over the smaller of the two (a rule's words or the text's): ~2x faster than
    # a lookup per word in Python, and it is done by some 25 rules per text
    for word in heads.words & words_of(text):
        starts.extend(index.starts[word])
    by_initial = index.by_initial
    for initial, prefixes in heads.prefixes.items():
        if initial in by_initial:
            for word in by_initial[initial]:
                if word.startswith(prefixes):
                    starts.extend(index.starts[word])
    if heads.symbols:
        low = lowered(text)
        assert low is not None
        for symbol in heads.symbols:
            starts.extend(occurrences(low, symbol))
    return sorted(set(starts))


# The fewest characters a match of a pattern takes (look-behinds and look-aheads take none), by the pattern's id
# as in `_HEADS`; 0 when it cannot be read.
_WIDTHS: dict[int, tuple[re.Pattern[str], int]] = {}


def min_width(pattern: re.Pattern[str]) -> int:
    """The length of the shortest match `pattern` can have: a window shorter than that holds none."""
    return _read_once(_WIDTHS, pattern, lambda p: int(_sre_parser.parse(p.pattern, p.flags).getwidth()[0]), 0)


# Whether every match of a pattern starts at a line's start, by the pattern's id as in `_HEADS`.
_ANCHORED: dict[int, tuple[re.Pattern[str], bool]] = {}


def _line_anchored(pattern: re.Pattern[str]) -> bool:
    """True when every match of `pattern` starts at a line's start: it opens with a multi-line `^` outside any
    alternation ("(?m)^[ \t]*..."), so that trying it at the text's line starts finds what `finditer` finds."""
    return _read_once(_ANCHORED, pattern, _opens_at_line_start, False)


def _opens_at_line_start(pattern: re.Pattern[str]) -> bool:
    if not pattern.flags & re.MULTILINE:
        return False
    items = list(_sre_parser.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0] == (_op.AT, _op.AT_BEGINNING)


def line_starts(text: str) -> Iterator[int]:
    """0 and the position after each line break, ascending (found with str.find: a few per line)."""
    yield 0
    for at in occurrences(text, "\n"):
        yield at + 1


def finditer_lines(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match at a line's start (see `_line_anchored`): it is
    tried at the line starts only, not at every character, where `re` would check its `^` and fail (~5 µs a pattern
    on the benchmark's 1 KB prompt of two lines, ~45 µs for one that opens with "[^\n]*"). Any other pattern is run
    as it is."""
    if _line_anchored(pattern):
        return matches_at(pattern, text, line_starts(text))
    return pattern.finditer(text)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `re` takes for \w in a str pattern


# By the pattern's id: hashing a compiled pattern hashes its whole program, on every lookup. (The patterns
# are the modules' constants, kept alive here with their heads, so an id is never reused for another.)
_HEADS: dict[int, tuple[re.Pattern[str], Heads | None]] = {}
_MAX_HEADS = 4096


def _cue_heads(pattern: re.Pattern[str]) -> Heads | None:
    """The lower-cased words every match of `pattern` opens with, when the pattern reads: zero-width checks
    of which one puts a word boundary before the match (\\b, ^, (?<![\\w...]), (?<=[ \\t...])), then literal
    words, directly or in a lookahead; None for any other pattern."""
    return _read_once(_HEADS, pattern, _read_heads, None)


def _read_once(table: dict[int, tuple[re.Pattern[str], T]], pattern: re.Pattern[str],
               read: Callable[[re.Pattern[str]], T], unread: T) -> T:
    """What `read` finds in `pattern`'s parse tree, read once and kept in `table` by the pattern's id (see `_HEADS`);
    `unread` when the tree cannot be read (another Python's `re` internals): the pattern then runs as it is."""
    known = table.get(id(pattern))
    if known is None:
        try:
            value = read(pattern) if _sre_parser is not None else unread
        except (AttributeError, IndexError, KeyError, TypeError, ValueError, re.error):
            value = unread
        known = (pattern, value)
        if len(table) < _MAX_HEADS:  # the rules' constants fit many times over; a pattern made per text would not
            table[id(pattern)] = known
    return known[1]


def _read_heads(pattern: re.Pattern[str]) -> Heads | None:
    if pattern.flags & re.ASCII or "(?a" in pattern.pattern:
        return None  # an ASCII \\b does not stop at the text's words
    openings = _openings(list(_sre_parser.parse(pattern.pattern, pattern.flags)), False, False)
    if not openings:
        return None
    read, symbols = [], set()
    for literal, bounded, closed in openings:
        prefix, whole = _safe_prefix(literal)
        whole = whole or closed and len(prefix) == len(literal)  # the whole literal, and no word character after it
        if prefix and bounded:
            read.append((prefix, whole))
            continue
        if prefix or _is_word_char(literal[0]):
            return None  # a word that may start inside another: not in the index
        symbol = ""  # "==", ">=": found where they are in the lower-cased text
        for ch in literal:
            low = ch.lower()
            if len(low) != 1 or _is_word_char(low) or ord(low) in _EXTRA_CASES:
                break
            symbol += low
        if not symbol:
            return None
        symbols.add(symbol)
    by_initial: dict[str, list[str]] = {}
    for prefix in sorted(prefix for prefix, whole in read if not whole):
        if not prefix.startswith(tuple(by_initial.get(prefix[0], ()))):  # ("a" covers "account")
            by_initial.setdefault(prefix[0], []).append(prefix)
    prefixes = {initial: tuple(found) for initial, found in by_initial.items()}
    words = frozenset(prefix for prefix, whole in read if whole and not prefix.startswith(prefixes.get(prefix[0], ())))
    return Heads(words, prefixes, tuple(sorted(symbols)))


def _openings(items: list, bounded: bool, closed: bool) -> list[tuple[str, bool, bool]] | None:
    """(literal, bounded, closed) triples for the sequence `items`: each of its matches opens with one of the
    literals, after a word boundary where `bounded` says so, and with no word character after it where
    `closed` says so (`closed` as given: what follows `items`); None when that cannot be read off."""
    for i, (op, av) in enumerate(items):
        if op is _op.LITERAL:
            run = ""
            for next_op, next_av in items[i:]:
                if next_op is not _op.LITERAL:
                    break
                run += chr(next_av)
            return [(run, bounded, _closes(items[i + len(run) :], closed))]
        if op is _op.SUBPATTERN:
            return _openings(list(av[3]), bounded, _closes(items[i + 1 :], closed))
        if op is _op.ASSERT and av[0] == 1:  # the cue words in a lookahead
            return _openings(list(av[1]), bounded, False)
        if _zero_width(op, av):
            bounded = bounded or _bounds_word(op, av)
            continue
        if op is _op.BRANCH:
            after = _closes(items[i + 1 :], closed)
            found = []
            for alternative in av[1]:
                opening = _openings(list(alternative), bounded, after)
                if not opening:
                    return None
                found.extend(opening)
            return found
        if op is _op.IN and all(kind is _op.LITERAL for kind, _ in av):
            return [(chr(value), bounded, _closes(items[i + 1 :], closed)) for _, value in av]
        if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1:
            # an optional opening ("(?:kranken)?versichertennummer"): the match opens with it or with what follows
            rest = items[i + 1 :]
            with_it, without = _openings(list(av[2]) + rest, bounded, closed), _openings(rest, bounded, closed)
            return with_it + without if with_it and without else None
        return None
    return None


def _closes(items: list, closed: bool) -> bool:
    """True when a match of the sequence `items` (followed by what `closed` says) opens with no word character."""
    if not items:
        return closed
    op, av = items[0]
    if op is _op.AT:
        return av is _op.AT_BOUNDARY  # (after a word character: none follows)
    if op is _op.LITERAL:
        return not _is_word_char(chr(av))
    if op is _op.IN:
        return _no_word_chars(av)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _closes(list(av[2]), False)
    if op is _op.SUBPATTERN:
        return _closes(list(av[3]) + items[1:], closed)
    return False


def _no_word_chars(members: list) -> bool:
    """True for a character class that holds no word character: "[ \\t,]", "\\s"."""
    return all(
        kind is _op.LITERAL and not _is_word_char(chr(value))
        or kind is _op.CATEGORY and value in (_op.CATEGORY_SPACE, _op.CATEGORY_NOT_WORD)
        for kind, value in members
    )


def _zero_width(op: object, av: object) -> bool:
    if op is _op.BRANCH:
        return all(len(alt) == 1 and _zero_width(*alt[0]) for alt in av[1])
    return op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT) and not (op is _op.ASSERT and av[0] == 1)


def _bounds_word(op: object, av: object) -> bool:
    """True when the check guarantees that no word character comes just before the position."""
    if op is _op.AT:
        return av in (_op.AT_BOUNDARY, _op.AT_BEGINNING, _op.AT_BEGINNING_LINE, _op.AT_BEGINNING_STRING)
    if op is _op.BRANCH:
        return all(_bounds_word(*alt[0]) for alt in av[1])
    direction, sub = av
    if direction != -1 or len(sub) != 1:
        return False
    sub_op, sub_av = sub[0]
    if op is _op.ASSERT_NOT:  # (?<![\w-]): no word character before
        return sub_op is _op.IN and (_op.CATEGORY, _op.CATEGORY_WORD) in sub_av and (_op.NEGATE, None) not in sub_av
    # (?<=[ \t,.]): one of these before, none of them a word character
    members = [(sub_op, sub_av)] if sub_op is _op.LITERAL else sub_av if sub_op is _op.IN else None
    return members is not None and _no_word_chars(members)


def _safe_prefix(literal: str) -> tuple[str, bool]:
    """The leading word characters of `literal`, lower-cased, up to the first whose case `re` folds in
    ways str.lower() does not follow (Greek sigma and the like): what the lower-cased text must hold there;
    and whether they are a whole word (a character that is no word's follows them in `literal`)."""
    prefix = ""
    for ch in literal:
        low = ch.lower()
        if len(low) == 1 and not _is_word_char(low):
            return prefix, True
        low = _TWINS.get(ord(low), low) if len(low) == 1 else low  # (as `lowered` writes it)
        # "i" and "s" fold with "ı" and "ſ" too, but a text holding one of those is never indexed (`lowered`)
        if len(low) != 1 or low in _NOT_INDEXED or low in "σς":
            break
        prefix += low
    return prefix, False


def forget() -> None:
    """Drop the cached texts, so that a prompt is not kept in memory past its detection."""
    lowered.cache_clear()
    words_of.cache_clear()
    word_index.cache_clear()
    has_digit.cache_clear()


def mentions(text: str, words: frozenset[str]) -> bool:
    """False only when none of the lower-case `words` occurs as a whole word in `text`, in any case: a
    pre-check for a case-insensitive `\\b(?:word|...)\\b` pattern, which cannot match then."""
    found = words_of(text)
    return found is None or not words.isdisjoint(found)


def holds(text: str, needles: Iterable[str]) -> bool:
    """True when one of `needles` occurs in `text` as it is written: `any(n in text for n in needles)` as a loop,
    without a generator's frame per call (the families run some 300 such checks per text)."""
    for needle in needles:
        if needle in text:
            return True
    return False


def contains(text: str, needles: Iterable[str]) -> bool:
    """False only when none of the lower-case `needles` occurs in `text`, in any case (anywhere, not
    only as whole words): a pre-check for case-insensitive patterns without word boundaries."""
    low = lowered(text)
    return low is None or holds(low, needles)


def line_offsets(lines: list[str]) -> list[int]:
    """Where each of `lines` (a text split at "\\n") starts in the text."""
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    return offsets


def split_row(line: str, delimiter: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a table's row, quotes and a Markdown row's outer pipes left out."""
    cells, start = [], 0
    if delimiter == "|":
        body = line.strip()
        start = line.index(body) if body else 0
        if body.startswith("|"):
            start += 1
    end_limit = len(line.rstrip().rstrip("|")) if delimiter == "|" else len(line)
    while start <= end_limit:
        end = line.find(delimiter, start, end_limit)
        end = end_limit if end < 0 else end
        cell = line[start:end]
        inner = cell.strip().strip("\"'")
        s = start + cell.find(inner) if inner else start
        cells.append((s, s + len(inner), inner))
        start = end + 1
    return cells


# What separates a table's cells in pasted text: CSV, semicolon CSV, TSV, Markdown.
CELL_SEPARATORS = (",", ";", "\t", "|")


def column_cells(text: str, is_header: Callable[[str], object]) -> Iterator[tuple[int, int, str, bool]]:
    """The cells below each header cell `is_header` accepts, in the tables of `text` (one separator per table, up to
    200 rows, until a row has fewer separators than the header): (start, end, value, last) with offsets in `text`,
    `last` when the cell is the last of both its row and the header (so prose may follow it on the line)."""
    lines = text.split("\n")
    offsets = line_offsets(lines)
    for index, line in enumerate(lines):
        sep = next((c for c in CELL_SEPARATORS if c in line), None)
        if sep is None:
            continue
        header = split_row(line, sep)
        columns = [i for i, (_, _, cell) in enumerate(header) if cell and is_header(cell)]
        if not columns or len(header) < 2:
            continue
        for row_index in range(index + 1, min(len(lines), index + 200)):
            row = lines[row_index]
            stripped = row.strip()
            if stripped.startswith("|") and set(stripped) <= set("|-: "):
                continue  # a Markdown table's rule
            if row.count(sep) < line.count(sep):
                break  # the table is over (a row may go on with prose after its last cell)
            cells = split_row(row, sep)
            for col in columns:
                if col < len(cells):
                    start, end, value = cells[col]
                    yield offsets[row_index] + start, offsets[row_index] + end, value, col == len(header) - 1 == len(cells) - 1


# An SQL insert's column list and its rows of values: "INSERT INTO ansatte (navn, fnr, epost) VALUES ('Kari Strand',
# '101054 01332', ...), (...);".
_INSERT = re.compile(r"(?is)\binsert\s+into\s+[\w.`\"\[\]]+\s*\((?P<columns>[^()]{1,400})\)\s*values\s*")
_SQL_ROW = re.compile(r"\((?P<row>(?:'(?:[^'\\]|\\.|'')*'|[^()'])*)\)")
_SQL_CELL = re.compile(r"'(?:[^'\\]|\\.|'')*'|[^,]+")
_SQL_ROW_SEP = re.compile(r"\s*,\s*")


def insert_cells(text: str, is_column: Callable[[str], object]) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of each value, quotes and spaces left out, at the place of a column `is_column` accepts
    in the column list of each SQL insert of `text` (the caller looks for "VALUES" first: most texts hold none)."""
    for insert in _INSERT.finditer(text):
        columns = [c.strip(" \t\n`\"[]") for c in insert.group("columns").split(",")]
        wanted = [i for i, c in enumerate(columns) if is_column(c)]
        if not wanted:
            continue
        at = insert.end()
        while (row := _SQL_ROW.match(text, at)) is not None:
            cells = list(_SQL_CELL.finditer(text, row.start("row"), row.end("row")))
            for i in wanted:
                if i < len(cells):
                    start, end = cells[i].start(), cells[i].end()
                    while start < end and text[start] in " \t'":
                        start += 1
                    while end > start and text[end - 1] in " \t'":
                        end -= 1
                    yield start, end, text[start:end]
            after = _SQL_ROW_SEP.match(text, row.end())
            if after is None:
                break
            at = after.end()


def fixed_width_rows(text: str, header: re.Pattern[str]) -> Iterator[tuple[int, str, int]]:
    """The rows of the fixed-width tables whose header line `header` matches, its match ending on a column's name
    ("ID   LAST   FIRST   SSN   DOB"): (where the row starts in `text`, the row, the column where that name starts),
    up to the first blank line; only rows with a space before that column, so the cell there starts a value."""
    for found in header.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        column = found.end() - line_start - len(found.group().split()[-1])
        at = text.find("\n", found.end())
        while at >= 0:
            line_end = text.find("\n", at + 1)
            line = text[at + 1 : line_end if line_end >= 0 else len(text)]
            if not line.strip():
                break
            if len(line) > column and (column == 0 or line[column - 1] in " \t"):
                yield at + 1, line, column
            at = line_end
