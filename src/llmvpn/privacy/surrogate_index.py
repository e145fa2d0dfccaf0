"""Every form of a mapping's surrogates, indexed for scanning answers: what restore.py searches with.

The forms (each surrogate as emitted, other spellings, a first name alone, a placeholder without its
brackets...) are folded to lower case and filed under their first word ("maria" for "maria.keller@
example.org") or, when they start with punctuation, their first character. A scan reads the text
word by word with one fixed regex and looks each word up: the cost grows with the text, not with
the number of forms, and nothing is compiled per mapping (a regex of all forms, even shaped as a
trie, took milliseconds to compile for 20 entities, more than restoring several kilobytes). A form
counts where it stands as whole words; at each position the longest one wins. Numbers (phones,
cards, IBANs, SSNs) are also found re-punctuated, by a walk over their characters from the places
a small pattern points at.

Built once per mapping version and kept on the map (`SurrogateMap.restore_cache`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from llmvpn.privacy import surrogates as sg
from llmvpn.privacy.mapping import SurrogateMap

SEPARATORS = frozenset(" .-()/")  # what a model may put, up to 3 in a row, between a number's digits
NOTHING, SCAN, HOLD = 0, 1, 2  # what may_start() says of a position
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Hangul jamo, CJK, kana, Hangul
# syllables, half-width kana): "携帯は017-7763-1706です", "김민수에게" have no edge but the change of script, so each
# such character is a word edge of its own, like punctuation, and a surrogate glued to one is still found.
_SPACELESS = "\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff" \
             "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
_SPACELESS_CHAR = re.compile(f"[{_SPACELESS}]")
# A word (a run of word characters of spaced scripts), or one character that is neither such a word's nor a space.
_TOKENS = re.compile(rf"[^\W{_SPACELESS}]+|[^\s]")
# A word character of a spaced script, for the number pattern's edge test (and without "_", as there).
WORDISH = rf"[^\W_{_SPACELESS}]"


def is_word(c: str) -> bool:
    """The regex's \\w for one character, but a character of a script without spaces is an edge of its own."""
    return (c.isalnum() or c == "_") and (c < "\u0e00" or _SPACELESS_CHAR.match(c) is None)


@dataclass(frozen=True, slots=True)
class SurrogateIndex:
    version: int
    exact: dict[str, str]                # surrogate as emitted -> original as written
    folded: dict[str, tuple[str, bool]]  # folded form -> (original, restore in the model's case?)
    numbers: dict[str, str]              # letters+digits of a number surrogate -> original
    by_head: dict[str, tuple[str, ...]]  # first word (or first character) -> folded forms, longest first
    number_starts: re.Pattern[str] | None
    forms: list[str]                     # folded forms, sorted: "can a form start with this?"
    number_prefixes: frozenset[str]
    starts: frozenset[str]               # first characters of forms and numbers, and "+"

    @property
    def empty(self) -> bool:
        return not self.forms and not self.numbers

    def matches(self, low: str, pos: int, limit: int) -> list[tuple[int, int]]:
        """(start, end) of the longest form standing at each position of low[pos:limit] where one
        does, in order (they may overlap; the scan takes them left to right)."""
        # Two ways to the same answer. A C search per form wins while forms are few and the text
        # long; a lookup per word wins for a short piece of stream, or for a large mapping.
        if limit - pos > 128 and len(self.forms) <= 64:
            return self._matches_by_search(low, pos, limit)
        return self._matches_by_word(low, pos, limit)

    def _matches_by_word(self, low: str, pos: int, limit: int) -> list[tuple[int, int]]:
        found = []
        size, heads = len(low), self.by_head
        for m in _TOKENS.finditer(low, pos):
            start = m.start()
            if start >= limit:
                break
            forms = heads.get(m.group())
            if forms is None or (start and is_word(low[start - 1]) and is_word(low[start])):
                continue  # no form starts so, or a word cut short by `pos`: no edge before it
            for form in forms:  # longest first
                end = start + len(form)
                if low.startswith(form, start) and (end == size or not is_word(form[-1])
                                                    or not is_word(low[end])):
                    found.append((start, end))
                    break
        return found

    def _matches_by_search(self, low: str, pos: int, limit: int) -> list[tuple[int, int]]:
        found: dict[int, int] = {}
        size = len(low)
        for forms in self.by_head.values():
            for form in forms:
                n = len(form)
                head, tail = is_word(form[0]), is_word(form[-1])
                i = low.find(form, pos, limit + n - 1)
                while i >= 0:
                    end = i + n
                    if (not head or i == 0 or not is_word(low[i - 1])) and (
                            not tail or end == size or not is_word(low[end])) and found.get(i, 0) < end:
                        found[i] = end
                    i = low.find(form, i + 1, limit + n - 1)
        return sorted(found.items())

    def original(self, written: str, folded: str, number: str | None) -> str:
        """What a match restores to: exact spelling first, then a number in the model's layout, then
        the folded form in the model's case (ALL CAPS or all lower)."""
        hit = self.exact.get(written)
        if hit is not None:
            return hit
        if number is not None:
            return sg.relayout(self.numbers[number], written)
        original, cased = self.folded[folded]
        if cased and written.isupper():
            return original.upper()
        if cased and written.islower():
            return original.lower()
        return original

    def next_number(self, low: str, pos: int, bound: int) -> tuple[int, int, str] | None:
        """The first number surrogate starting in low[pos:bound]: (start, end, key)."""
        see = min(bound + 2, len(low))  # a start just before `bound` is read with what follows it
        while (m := self.number_starts.search(low, pos, see)) is not None and m.start() < bound:
            found = self._number_at(low, m.start())
            if found is not None:
                return m.start(), *found
            pos = m.start() + 1
        return None

    def _number_at(self, low: str, start: int) -> tuple[int, str] | None:
        best, key, seps = None, "", 0
        for j in range(start + (low[start] == "+"), len(low)):
            c = low[j]
            if is_word(c) and c != "_":
                key, seps = key + c, 0
                if key not in self.number_prefixes:
                    break
                if key in self.numbers and not (j + 1 < len(low) and is_word(low[j + 1])):
                    best = (j + 1, key)  # walk on: a longer number may match too
            elif c in SEPARATORS and key and seps < 3:
                seps += 1
            else:
                break
        return best

    def may_start(self, low: str, i: int, prev: str) -> int:
        """What can stand at low[i] (prev: the character before it): HOLD, a form or number may
        start there and needs more text to tell; SCAN, a complete one may stand there; NOTHING."""
        c = low[i]
        if c not in self.starts:
            return NOTHING
        after_word = is_word(prev)
        verdict = NOTHING
        if not after_word or not is_word(c):  # a form starting with a letter needs an edge
            rest = low[i:]
            j = bisect_left(self.forms, rest)
            if j < len(self.forms) and self.forms[j].startswith(rest):
                return HOLD
            verdict = SCAN
        if self.numbers and not (after_word and prev != "_"):
            key, seps = "", 0
            for j in range(i + (c == "+"), len(low)):
                ch = low[j]
                if is_word(ch) and ch != "_":
                    if key + ch not in self.number_prefixes:  # a whole number may end before it
                        return SCAN if key in self.numbers else verdict
                    key, seps = key + ch, 0
                elif ch in SEPARATORS and key and seps < 3:
                    seps += 1
                else:
                    return SCAN  # the number ended here: the text at hand decides it
            return HOLD
        return verdict


def index_of(mapping: SurrogateMap) -> SurrogateIndex:
    """The index of `mapping`, built once per mapping version."""
    cached = mapping.restore_cache
    if cached is not None and cached.version == mapping.version:
        return cached
    exact: dict[str, str] = {}
    folded: dict[str, tuple[str, bool]] = {}
    numbers: dict[str, str] = {}
    for e in mapping.entries():
        cased = e.kind == "s" and sg.case_transfer(e.type)
        pairs = [(e.surrogate, e.original), *e.variants.items()]
        if e.kind == "p":
            pairs.append((e.surrogate[1:-1], e.original))  # PERSON_1 without its brackets
        else:
            pairs += sg.partial_forms(e.type, e.surrogate, e.original)
            squeezed = sg.compact(e.surrogate)
            if sg.flexible(e.type) and len(squeezed) == len(sg.compact(e.original)) > 1:
                numbers.setdefault(squeezed, e.original)
        for form, original in pairs:
            exact.setdefault(form, original)
            folded.setdefault(sg.fold(form), (original, cased))
    forms = sorted(f for f in folded if f and not f[0].isspace())
    by_head: dict[str, list[str]] = {}
    for form in forms:
        by_head.setdefault(_head(form), []).append(form)
    heads = {key[:2] if key[0].isalpha() else key[0] for key in numbers}  # IBAN country, first digit
    built = SurrogateIndex(
        mapping.version, exact, folded, numbers,
        {h: tuple(sorted(fs, key=len, reverse=True)) for h, fs in by_head.items()},
        _number_starts(heads) if heads else None,
        forms, frozenset(n[:i] for n in numbers for i in range(1, len(n) + 1)),
        frozenset({f[0] for f in forms} | {h[0] for h in heads} | ({"+"} if heads else set())))
    mapping.restore_cache = built
    return built


def _head(form: str) -> str:
    """What a scan looks a form up by: its first word, whole, or its first character if not a letter
    or digit ("[person_1]" -> "[")."""
    m = _TOKENS.match(form)
    return m.group() if m else form[0]


def _number_starts(heads: set[str]) -> re.Pattern[str]:
    # Every alternative starts with a literal, so the regex engine skips to those characters; the
    # edge test comes after it ((?<!x) before one character is (?<!x.) after it). The pattern
    # repeats across mappings, so re's own cache mostly spares the compile.
    alts = [re.escape(h) + r"(?<!" + WORDISH + "." * len(h) + ")" for h in sorted(heads)]
    digits = "".join(sorted(h for h in heads if h.isdigit()))
    if digits:
        alts.append(r"\+(?<!" + WORDISH + r".)(?=[" + digits + "])")
    return re.compile("|".join(alts))
