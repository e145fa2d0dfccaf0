"""The mapping of one scope (a request, or a session): each original value to its surrogate.

The same original always gets the same surrogate; no surrogate equals another surrogate of the scope,
an original of the scope, or any text of the prompt it is made for, so restoration cannot turn a real
value into someone else's. A map is plain data: one per scope, used by one task at a time, shared with
nothing; a stateful session keeps `to_dict()` in the key server's state under the session's TTL.
Its values are personal data: `repr` shows counts only, and nothing here logs.
"""

from __future__ import annotations

import random
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from llmvpn.privacy import surrogates as sg
from llmvpn.privacy.folding import fold_forms
from llmvpn.privacy.spans import EntityType
from llmvpn.privacy.surrogates import dates, names
from llmvpn.privacy.surrogates._shape import made_up_word

_ATTEMPTS = 40  # candidates tried before falling back to a typed placeholder (never seen in practice)
_FORMAT = 1
_NOT_DIGIT = re.compile(r"\D+")
_WORD = re.compile(r"[^\W_]+")
_RUN = re.compile(r"\w+")
_URL_HOST = re.compile(r"^[a-z][a-z0-9+.\-]*://[^/?#]*")
_WORDY = frozenset({EntityType.PERSON, EntityType.EMAIL, EntityType.URL, EntityType.LOCATION,
                    EntityType.ORGANIZATION, EntityType.ADDRESS})


@dataclass(slots=True, repr=False)
class Entry:
    """One original value and what it became. `variants`: other spellings of the same value seen in
    the scope ("JANE", "(415) 555-0100") -> the surrogate written that way, so each restores exactly."""

    kind: str  # "s" surrogate | "p" placeholder
    type: EntityType
    original: str
    surrogate: str
    variants: dict[str, str] = field(default_factory=dict)  # emitted spelling -> original spelling


class TextView:
    """The prompt a surrogate is made for, folded and projected once, to check candidates against,
    with the values about to be replaced in it (`originals`)."""

    __slots__ = ("_alnum", "_digits", "_folded", "_words", "originals", "text")

    def __init__(self, text: str, originals: Iterable[str] = ()) -> None:
        self.text = text
        self.originals = {sg.fold(o) for o in originals}
        self._folded: str | None = None
        self._words: set[str] | None = None
        self._digits: str | None = None
        self._alnum: str | None = None

    def has(self, folded_form: str) -> bool:
        """Whether the text holds `folded_form`: anywhere in a short text, as whole words (where
        restoration would find it) in a long one, whose words are looked up instead of searched."""
        if self._folded is None:
            self._folded = sg.fold(self.text)
        if len(self._folded) <= 4096:
            return folded_form in self._folded
        if self._words is None:
            self._words = set(_RUN.findall(self._folded))
        runs = _RUN.findall(folded_form)
        if not all(r in self._words for r in runs):
            return False
        return (len(runs) == 1 and runs[0] == folded_form) or folded_form in self._folded

    def has_compact(self, compact_form: str) -> bool:
        # Digits alone for phone-like values: "415 555" and "415-555" both hide "415555".
        if compact_form.isdigit():
            if self._digits is None:
                self._digits = _NOT_DIGIT.sub("", self.text)
            return compact_form in self._digits
        if self._alnum is None:
            self._alnum = sg.compact(self.text)
        return compact_form in self._alnum


def _plain(text: str) -> str:
    """`text` without case or accents: a surrogate equal to its original in this form changes nothing a reader sees,
    and an email or a link made from it ASCII-folds back to the original name."""
    decomposed = unicodedata.normalize("NFKD", fold_forms(text))  # "٠٥٠" is "050", "ＭＡＲＩＡ" "MARIA"
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class SurrogateMap:
    """Original <-> surrogate for one scope. `seed` makes the surrogates reproducible (tests)."""

    __slots__ = ("_counters", "_entries", "_memo", "_originals", "_rng", "_shift", "_taken",
                 "_taken_compact", "_version", "restore_cache")

    def __init__(self, *, seed: int | None = None, date_shift_days: int | None = None) -> None:
        self._rng = random.Random(secrets.randbits(64) if seed is None else seed)
        self._shift = dates.random_shift(self._rng) if date_shift_days is None else date_shift_days
        self._entries: dict[tuple[str, EntityType, str], Entry] = {}
        self._taken: set[str] = set()          # folded: every surrogate form and original in scope
        self._originals: set[str] = set()      # folded originals alone
        self._taken_compact: set[str] = set()  # letters+digits of phone-like surrogates and originals
        self._counters: dict[EntityType, int] = {}
        self._memo: dict[tuple[EntityType, str], str] = {}  # exact original -> its surrogate, fixed once made
        self._version = 0
        self.restore_cache: Any = None  # restore.py's index of this map, tagged with its version

    @property
    def version(self) -> int:
        """Grows whenever a form restoration must know is added."""
        return self._version

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        placeholders = sum(1 for e in self._entries.values() if e.kind == "p")
        return f"<SurrogateMap entries={len(self._entries)} placeholders={placeholders} v{self._version}>"

    def entries(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def surrogate(self, type_: EntityType, original: str, view: TextView) -> str:
        """The surrogate for `original` written like it, created on first sight."""
        done = self._memo.get((type_, original))
        if done is not None:
            return done
        out = None
        if type_ is EntityType.PERSON:
            out = names.person(original, lambda *a: self._name(view, *a), self._rng)
        if out is None:
            k = sg.key(type_, original)
            entry = self._entries.get(("s", type_, k))
            if entry is None:
                make = (lambda _: names.first_name(self._rng, "en", self._rng.choice("fm"))) \
                    if type_ is EntityType.PERSON else self._generator(type_, original)
                entry = self._create("s", type_, k, original, view, make)
            out = self._emit(entry, original)
        self._memo[(type_, original)] = out
        return out

    def placeholder(self, type_: EntityType, original: str, view: TextView) -> str:
        """A typed placeholder ("[PERSON_1]"), the same one for the same original."""
        k = sg.key(type_, original)
        entry = self._entries.get(("p", type_, k))
        if entry is None:
            entry = Entry("p", type_, original, self._next_placeholder(type_, view))
            self._add(("p", type_, k), entry, [])
        return entry.surrogate

    def _generator(self, type_: EntityType, original: str) -> Callable[[int], str]:
        def lookup(word: str) -> str | None:
            hit = self._entries.get(("s", EntityType.PERSON, sg.key(EntityType.PERSON, word)))
            return hit.surrogate if hit else None
        return lambda attempt: sg.generate(type_, original, self._rng, attempt,
                                           shift_days=self._shift, lookup=lookup)

    def _name(self, view: TextView, token: str, role: str, locale: str, gender: str) -> str:
        k = sg.key(EntityType.PERSON, token)
        entry = self._entries.get(("s", EntityType.PERSON, k))
        if entry is None:
            pick = names.first_name if role == "first" else names.surname
            entry = self._create("s", EntityType.PERSON, k, token, view, lambda attempt: (
                pick(self._rng, locale, gender) if attempt < _ATTEMPTS // 2 else made_up_word(self._rng)))
        return self._emit(entry, token)

    def _create(self, kind: str, type_: EntityType, k: str, original: str, view: TextView,
                make: Callable[[int], str]) -> Entry:
        candidate, unchanged = None, 0
        plain_original = _plain(original)
        for attempt in range(_ATTEMPTS):
            made = make(attempt)
            if _plain(made) == plain_original:  # ("María" for "Maria" hides nothing)
                unchanged += 1
                if unchanged == 3:
                    break  # the generator cannot change this one ("yesterday" as a DATE)
                continue
            unchanged = 0
            forms = self._forms(type_, made, original)
            squeezed = sg.compact(made) if sg.flexible(type_) else ""
            if self._free(type_, forms, squeezed, view):
                candidate = made
                break
        if candidate is None:  # a placeholder is always free, and restores like any surrogate
            candidate = self._next_placeholder(type_, view)
            forms, squeezed = [sg.fold(candidate)], ""
        entry = Entry(kind, type_, original, candidate)
        self._add((kind, type_, k), entry, forms, squeezed)
        return entry

    def _emit(self, entry: Entry, occurrence: str) -> str:
        # The entry keeps the surrogate as generated ("Maria"); "JANE" gets it as "MARIA".
        emitted = sg.reshape(entry.type, entry.surrogate, occurrence)
        if emitted != entry.surrogate and emitted not in entry.variants:
            entry.variants[emitted] = occurrence
            self._version += 1
        return emitted

    @staticmethod
    def _forms(type_: EntityType, candidate: str, original: str) -> list[str]:
        return [sg.fold(candidate)] + [sg.fold(s) for s, _ in sg.partial_forms(type_, candidate, original)]

    def _free(self, type_: EntityType, forms: list[str], squeezed: str, view: TextView) -> bool:
        if any(f in self._taken or view.has(f) for f in forms):
            return False
        if squeezed and (squeezed in self._taken_compact or view.has_compact(squeezed)):
            return False
        # Nor may a real value show inside a surrogate made of words ("smith" in
        # "maria.smith@example.com"): it would read as a leak. (Numbers, keys and dates are drawn
        # at random or shifted, and a shifted date keeps its year on purpose.)
        if type_ not in _WORDY:
            return True
        # A URL keeps a platform's host ("linkedin.com") whatever the prompt says about LinkedIn.
        made = _URL_HOST.sub("", forms[0]) if type_ is EntityType.URL else forms[0]
        return not any(w in self._originals or w in view.originals for w in _word_runs(made))

    def _next_placeholder(self, type_: EntityType, view: TextView) -> str:
        while True:  # skip numbers the user's own text already holds ("[PERSON_1]" in a template)
            self._counters[type_] = number = self._counters.get(type_, 0) + 1
            full, bare = sg.placeholder(type_, number)
            if not any(f in self._taken or view.has(f) for f in (sg.fold(full), sg.fold(bare))):
                return full

    def _add(self, k: tuple[str, EntityType, str], entry: Entry, forms: list[str],
             squeezed: str = "") -> None:
        self._entries[k] = entry
        if entry.kind == "p":
            forms = [sg.fold(entry.surrogate), sg.fold(entry.surrogate[1:-1])]
        self._taken.update(forms)
        self._taken.add(sg.fold(entry.original))
        self._originals.add(sg.fold(entry.original))
        if squeezed:
            self._taken_compact.update((squeezed, sg.compact(entry.original)))
        self._version += 1

    def to_dict(self) -> dict[str, Any]:
        """A compact JSON-able form, for a session's state (never for logs)."""
        rows = []
        for e in self._entries.values():
            row: list[Any] = [e.kind, e.type.value, e.original, e.surrogate]
            if e.variants:
                row.append(e.variants)
            rows.append(row)
        return {"v": _FORMAT, "shift": self._shift, "n": {t.value: n for t, n in self._counters.items()},
                "e": rows}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, seed: int | None = None) -> SurrogateMap:
        """The map `to_dict` wrote; new values get fresh surrogates that avoid all the stored ones."""
        if not isinstance(data, dict) or data.get("v") != _FORMAT:
            raise ValueError("not a surrogate map of a known format")
        try:
            new = cls(seed=seed, date_shift_days=int(data["shift"]))
            new._counters = {EntityType(t): int(n) for t, n in data.get("n", {}).items()}
            for row in data["e"]:
                kind, type_, original, surrogate = row[0], EntityType(row[1]), str(row[2]), str(row[3])
                if kind not in ("s", "p") or not surrogate:
                    raise ValueError(kind)
                entry = Entry(kind, type_, original, surrogate, dict(row[4]) if len(row) > 4 else {})
                k = sg.key(type_, original)
                squeezed = sg.compact(surrogate) if kind == "s" and sg.flexible(type_) else ""
                new._add((kind, type_, k), entry, cls._forms(type_, surrogate, original), squeezed)
        except (KeyError, IndexError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed surrogate map: {type(exc).__name__}") from None
        return new


def _word_runs(text: str, most: int = 6) -> Iterator[str]:
    """Every run of up to `most` consecutive whole words of `text`, with what lies between them."""
    words = [m.span() for m in _WORD.finditer(text)]
    for i, (start, _) in enumerate(words):
        for _, end in words[i:i + most]:
            yield text[start:end]
