"""What the upstream received, so tests can ask which key, headers and body each call carried.

Keys are stored as their fingerprints only: tests compare `fingerprint(key)`, and the record (which
`GET /_control/received` serves) can never become one more place a canary leaks from.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from llmvpn.keys import fingerprint

_KEY_HEADERS = (b"authorization", b"x-api-key")


@dataclass(slots=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]          # lower-case names; key headers hold fingerprints
    key_fingerprint: str | None      # from `Authorization: Bearer` or `x-api-key`
    json: Any                        # parsed body, None if absent or not JSON
    body_size: int
    time: float                      # wall clock, when the request was complete
    monotonic: float                 # same instant on time.monotonic(), for latency arithmetic
    fault: dict[str, Any] | None = None   # the scripted fault it took, if any
    status: int | None = None        # status answered (None: reset before headers)
    # Monotonic time the client went away mid-answer; noticed while the answer waits (latency,
    # pacing, a stall), since an unpaced answer is gone before a disconnect could be seen.
    disconnected_at: float | None = None
    events_sent: int | None = None   # SSE events written, for streams (counted once sent)
    http_version: str = "1.1"        # as the ASGI server saw it ("2" over HTTP/2)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def key_from_headers(raw_headers: list[tuple[bytes, bytes]]) -> str | None:
    """The API key a request carries: OpenAI's bearer token or Anthropic's x-api-key."""
    for name, value in raw_headers:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
        elif name == b"x-api-key" and value.strip():
            return value.decode("latin-1").strip()
    return None


def masked_headers(raw_headers: list[tuple[bytes, bytes]], key: str | None = None,
                   key_fp: str | None = None) -> dict[str, str]:
    """Headers as str, with every key-carrying value replaced by its fingerprint.

    `key`/`key_fp` is the request's key already fingerprinted, to hash it once per request.
    """
    headers: dict[str, str] = {}
    for raw_name, raw_value in raw_headers:
        name, value = raw_name.decode("latin-1"), raw_value.decode("latin-1")
        if raw_name in _KEY_HEADERS:
            scheme, sep, token = value.partition(" ")
            if sep and raw_name == b"authorization":
                token = token.strip()
                value = f"{scheme} {key_fp if token == key else fingerprint(token)}"
            else:
                value = key_fp if value.strip() == key else fingerprint(value)
        # Repeated headers join like HTTP folding does, so nothing the gateway sent is lost.
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


class Recorder:
    def __init__(self, max_records: int) -> None:
        self._lock = threading.Lock()
        self._records: deque[ReceivedRequest] = deque(maxlen=max_records)

    def add(self, method: str, path: str, raw_headers: list[tuple[bytes, bytes]], key: str | None,
            body: Any, body_size: int, http_version: str = "1.1") -> ReceivedRequest:
        key_fp = fingerprint(key) if key is not None else None
        record = ReceivedRequest(
            method=method, path=path, headers=masked_headers(raw_headers, key, key_fp),
            key_fingerprint=key_fp,
            json=body, body_size=body_size, time=time.time(), monotonic=time.monotonic(),
            http_version=http_version,
        )
        with self._lock:
            self._records.append(record)
        return record

    def snapshot(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
