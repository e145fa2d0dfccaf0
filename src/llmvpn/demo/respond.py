"""Writing answers: whole, streamed, huge, scripted errors, and the scripted ways to break them."""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from types import ModuleType

import orjson

from llmvpn.demo.asgi import JSON, SSE, Exchange, end_connection, headers_for, send_bytes
from llmvpn.demo.script import Fault

# Placeholder for the huge answer's text: the completion is serialised once around it, then the
# filler is streamed where it stood.
MARK = "\x00huge\x00"


async def reply(ex: Exchange, status: int, body: bytes, extra: Iterable[tuple[str, str]] = ()) -> None:
    ex.record.status = status
    await send_bytes(ex.send, status, body, JSON, extra)


async def scripted(ex: Exchange, shape: ModuleType, fault: Fault, key: str) -> None:
    status = fault.status if fault.status is not None else 200
    if fault.body is not None:
        body = fault.body.encode()
    elif status == 401:
        body = shape.bad_key(key)
    else:
        body = shape.error(status)
    extra = list(fault.headers.items())
    if fault.gzip:
        body = gzip.compress(body)
        extra.append(("content-encoding", "gzip"))
    if fault.retry_after is not None:
        value = fault.retry_after
        extra.append(("retry-after", str(int(value)) if float(value).is_integer() else str(value)))
    await reply(ex, status, body, extra)


async def drop(ex: Exchange, *, reset: bool) -> None:
    if not end_connection(ex.send, reset=reset):
        raise ConnectionAbortedError("scripted connection drop")  # any server then drops it
    await ex.closed()


async def send_whole(ex: Exchange, body: bytes, fault: Fault | None) -> None:
    """A non-stream 200; a fault may stall after the headers or cut the body after N bytes."""
    ex.record.status = 200
    send = ex.send
    if fault is None or (fault.stall_after is None and fault.truncate_after is None
                         and fault.reset_after is None):
        if fault is not None and fault.gzip:
            await send_bytes(send, 200, gzip.compress(body), JSON, [("content-encoding", "gzip")])
        else:
            await send_bytes(send, 200, body)
        return
    await send({"type": "http.response.start", "status": 200, "headers": headers_for(JSON, (), len(body))})
    if fault.stall_after is not None and not await ex.pause(_seconds(fault.stall_ms)):
        return
    for cut_at, reset in ((fault.reset_after, True), (fault.truncate_after, False)):
        if cut_at is not None and cut_at < len(body):
            # The promised Content-Length is never reached: the client sees a short body.
            await send({"type": "http.response.body", "body": body[:cut_at], "more_body": True})
            await drop(ex, reset=reset)
            return
    await send({"type": "http.response.body", "body": body})


async def send_stream(ex: Exchange, events: Iterator[bytes], fault: Fault | None, pace: float) -> None:
    ex.record.status = 200
    send = ex.send
    await send({"type": "http.response.start", "status": 200, "headers": headers_for(SSE)})
    ex.record.events_sent = 0  # ground truth for "usage of the tokens actually streamed"
    for sent, event in enumerate(events):
        if fault is not None:
            if sent == fault.reset_after:
                await drop(ex, reset=True)
                return
            if sent == fault.truncate_after:
                # Half an event, then a clean end: no [DONE], and a line the parser must not trust.
                await send({"type": "http.response.body", "body": event[: len(event) // 2]})
                return
            if sent == fault.stall_after and not await ex.pause(_seconds(fault.stall_ms)):
                return
        if pace and sent and not await ex.pause(pace):
            return
        if ex.gone:
            return
        await send({"type": "http.response.body", "body": event, "more_body": True})
        ex.record.events_sent = sent + 1
    await send({"type": "http.response.body", "body": b""})


async def send_huge(ex: Exchange, completion: dict, deltas: Iterable[str]) -> None:
    """A valid completion of N MB, written piece by piece with no Content-Length, so the gateway
    has to cap it while reading and this process never holds it whole."""
    ex.record.status = 200
    head, tail = orjson.dumps(completion).split(orjson.dumps(MARK)[1:-1])
    await ex.send({"type": "http.response.start", "status": 200, "headers": headers_for(JSON)})
    await ex.send({"type": "http.response.body", "body": head, "more_body": True})
    for delta in deltas:
        if ex.gone:
            return
        await ex.send({"type": "http.response.body", "body": delta.encode(), "more_body": True})
    await ex.send({"type": "http.response.body", "body": tail})


def with_broken(events: Iterator[bytes], broken: bytes) -> Iterator[bytes]:
    yield next(events)
    yield broken
    yield from events


def _seconds(ms: float | None) -> float | None:
    return None if ms is None else ms / 1000
