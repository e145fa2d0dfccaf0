"""Server-sent events at the byte level: cutting a stream into whole events, and writing events.

The gateway forwards whole events only. A chunk boundary may fall anywhere in an upstream stream; an
event that is cut off at the end (a truncated stream) is never forwarded, so a client (and, later, the
restore step) never sees half of one.
"""

from __future__ import annotations

from typing import Any

import orjson

DONE = b"data: [DONE]\n\n"
_SEPARATORS = (b"\n\n", b"\r\n\r\n", b"\r\r")


class EventSplitter:
    """Feed bytes as they arrive; get back the complete events (without their blank-line terminator)."""

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk if self._pending else chunk
        events: list[bytes] = []
        start = 0
        while True:
            end, width = _next_separator(data, start)
            if end < 0:
                break
            if end > start:
                events.append(data[start:end])
            start = end + width
        self._pending = data[start:]
        return events

    @property
    def pending(self) -> bytes:
        """Bytes of an event not yet terminated (a truncated stream leaves them here)."""
        return self._pending


def _next_separator(data: bytes, start: int) -> tuple[int, int]:
    # "\n\n" is what every provider sends; the other two are rare, so look for them only when there
    # is a carriage return at all.
    end = data.find(b"\n\n", start)
    if b"\r" not in data:
        return end, 2
    best, width = end, 2
    for separator in _SEPARATORS[1:]:
        found = data.find(separator, start)
        if found >= 0 and (best < 0 or found < best):
            best, width = found, len(separator)
    return best, width


def fields(event: bytes) -> tuple[bytes, bytes]:
    """The event's name (b"" when unnamed) and its data (lines joined by "\\n"); comments dropped."""
    if event.startswith(b"data: ") and event.find(b"\n") == len(event) - 2 and event.endswith(b"\n\n") \
            and b"\r" not in event:
        return b"", event[6:-2]  # one "data: " line, as every chunk of an OpenAI stream is: no line to split
    name = b""
    data: list[bytes] = []
    for line in event.splitlines():
        if line.startswith(b"data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(b" ") else value)
        elif line.startswith(b"event:"):
            name = line[6:].strip()
    return name, b"\n".join(data)


def data_event(payload: Any) -> bytes:
    """One `data:` event holding `payload` as JSON."""
    return b"data: " + orjson.dumps(payload) + b"\n\n"


def error_event(message: str, type_: str, code: str | None) -> bytes:
    """The event that ends a stream that failed after it started (OpenAI's SDK raises on it)."""
    return data_event({"error": {"message": message, "type": type_, "param": None, "code": code}})
