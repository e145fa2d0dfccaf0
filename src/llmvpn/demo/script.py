"""Scripted faults: which requests they hit and what they do to the answer.

A script is an ordered list of faults. Each request takes the first fault that matches it (key, path,
model) and has uses left; `times=1` (the default) makes a queue entry, `times=None` a standing rule
such as "key K always answers 429 with Retry-After 30".
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from llmvpn.keys import fingerprint


@dataclass(frozen=True, slots=True)
class Fault:
    """One scripted misbehaviour. Counts of `*_after` are SSE events for streams.

    Match (all optional): `key` (raw, compared by fingerprint) or `key_fingerprint`, `path`, `model`.
    Effect, in the order applied: `delay_ms` before anything; `reset_after=0` resets the connection
    before any byte; `status` answers an error in the provider's shape (with `retry_after`, `headers`,
    `body`); `invalid_json` / `huge_mb` send a broken or oversized 200; otherwise a normal answer
    (`text` replaces it) that may stall (`stall_after` events, for `stall_ms` or until released),
    end early (`truncate_after`: half an event, then a clean end with no [DONE]) or with a TCP reset
    (`reset_after`). Non-stream answers count `truncate_after`/`reset_after` in body bytes (the
    Content-Length is never reached), and any `stall_after` stalls right after the headers.
    A missing or refused key is answered 401 before any `status` fault; a scripted 401 echoes the key.
    """

    key: str | None = field(default=None, repr=False)
    key_fingerprint: str | None = None
    path: str | None = None
    model: str | None = None
    times: int | None = 1
    status: int | None = None
    retry_after: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None
    delay_ms: float = 0.0
    reset_after: int | None = None
    invalid_json: bool = False
    huge_mb: float | None = None
    text: str | None = None
    chunk_chars: int | None = None
    tokens_per_second: float | None = None  # pacing of this answer, e.g. a slow stream to walk away from
    stall_after: int | None = None
    stall_ms: float | None = None  # None: until the client leaves, or reset()/stop() releases it
    truncate_after: int | None = None
    gzip: bool = False  # a whole answer (200 or `status`) sent gzip-encoded, as a compressing proxy would

    def __post_init__(self) -> None:
        # JSON from the control API arrives untyped; a wrong type here is a 400, not a 500 mid-request.
        for name, kinds in _TYPES.items():
            value = getattr(self, name)
            if value is not None and not _is(value, kinds):
                raise TypeError(f"fault field {name!r} has the wrong type: {value!r}")
        if self.key is not None and self.key_fingerprint is None:
            object.__setattr__(self, "key_fingerprint", fingerprint(self.key))
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1, or null for a standing rule")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError("status must be an HTTP status code")
        if self.chunk_chars is not None and self.chunk_chars < 1:
            raise ValueError("chunk_chars must be at least 1")
        if self.tokens_per_second is not None and self.tokens_per_second <= 0:
            raise ValueError("tokens_per_second must be positive")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """Build from control-API JSON; unknown fields are refused so a typo can't script nothing."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(unknown)}")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        """JSON form without the raw key (the fingerprint names it)."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "key"}
        out["headers"] = dict(self.headers)
        return out

    def matches(self, path: str, key_fp: str | None, model: Any) -> bool:
        return (
            (self.path is None or self.path == path)
            and (self.key_fingerprint is None or self.key_fingerprint == key_fp)
            and (self.model is None or self.model == model)
        )


_NUMBER = (int, float)
_TYPES: dict[str, type | tuple[type, ...]] = {
    "key": str, "key_fingerprint": str, "path": str, "model": str, "body": str, "text": str,
    "headers": Mapping, "invalid_json": bool, "gzip": bool,
    "times": int, "status": int, "chunk_chars": int, "reset_after": int, "stall_after": int,
    "truncate_after": int,
    "retry_after": _NUMBER, "delay_ms": _NUMBER, "huge_mb": _NUMBER, "stall_ms": _NUMBER,
    "tokens_per_second": _NUMBER,
}


def _is(value: Any, kinds: type | tuple[type, ...]) -> bool:
    # bool is an int to isinstance(); a JSON `true` must not pass for a status or a count.
    return isinstance(value, kinds) and (isinstance(value, bool) == (kinds is bool))


def as_fault(item: Fault | Mapping[str, Any]) -> Fault:
    return item if isinstance(item, Fault) else Fault.from_dict(item)


class Script:
    """The pending faults of one server. Thread-safe: tests script it from outside the server's loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[list[Any]] = []  # [fault, uses left or None]

    def add(self, faults: Iterable[Fault | Mapping[str, Any]]) -> int:
        new = [[fault, fault.times] for fault in map(as_fault, faults)]
        with self._lock:
            self._entries.extend(new)
        return len(new)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{**fault.to_dict(), "left": left} for fault, left in self._entries]

    def take(self, path: str, key_fp: str | None, model: Any) -> Fault | None:
        if not self._entries:  # the unscripted fast path: no lock per request in benchmarks
            return None
        with self._lock:
            for index, entry in enumerate(self._entries):
                fault, left = entry
                if fault.matches(path, key_fp, model):
                    if left is not None:
                        if left <= 1:
                            del self._entries[index]
                        else:
                            entry[1] = left - 1
                    return fault
        return None
