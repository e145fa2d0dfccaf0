"""The few ASGI moves the upstream needs, kept off the hot path's way: no framework, no middleware."""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from llmvpn.demo.record import ReceivedRequest

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

JSON = b"application/json"
SSE = b"text/event-stream"


async def read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None if the client left before sending it."""
    message = await receive()
    if message["type"] != "http.request":
        return None
    body = message.get("body", b"")
    if not message.get("more_body"):
        return body  # the common case: one message, no copy
    parts = [body]
    while message.get("more_body"):
        message = await receive()
        if message["type"] != "http.request":
            return None
        parts.append(message.get("body", b""))
    return b"".join(parts)


def headers_for(content_type: bytes, extra: Iterable[tuple[str, str]] = (),
                length: int | None = None) -> list[tuple[bytes, bytes]]:
    headers = [(b"content-type", content_type)]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    if content_type == SSE:
        headers.append((b"cache-control", b"no-cache"))
    headers.extend((name.lower().encode("latin-1"), str(value).encode("latin-1")) for name, value in extra)
    return headers


async def send_bytes(send: Send, status: int, body: bytes, content_type: bytes = JSON,
                     extra: Iterable[tuple[str, str]] = ()) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": headers_for(content_type, extra, len(body))})
    await send({"type": "http.response.body", "body": body})


def end_connection(send: Send, *, reset: bool) -> bool:
    """Close the client's connection now: with a TCP RST (`reset`) or a plain FIN.

    ASGI has no message for this, so we reach the transport through uvicorn's cycle object (`send`
    is its bound method). Returns False on a server without one; the caller then raises, which
    makes any server drop the connection.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        return False
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # Linger on with a zero timeout turns close() into an RST instead of a FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    return True


class Exchange:
    """One request's answer in progress: pauses that notice a client leaving or a release.

    The watcher tasks start on the first pause only, so an unpaced answer costs nothing extra.
    """

    __slots__ = ("send", "record", "_receive", "_gate", "_gone", "_released", "_gone_at")

    def __init__(self, receive: Receive, send: Send, record: ReceivedRequest,
                 gate: Callable[[], asyncio.Event]) -> None:
        self._receive, self.send, self.record, self._gate = receive, send, record, gate
        self._gone: asyncio.Future | None = None
        self._released: asyncio.Future | None = None
        self._gone_at: float | None = None

    async def _watch(self) -> None:
        while (await self._receive())["type"] != "http.disconnect":
            pass
        self._gone_at = time.monotonic()

    async def pause(self, seconds: float | None) -> bool:
        """Wait `seconds` (None: until released); False if the client disconnected meanwhile."""
        if self._gone is None:
            self._gone = asyncio.ensure_future(self._watch())
            self._released = asyncio.ensure_future(self._gate().wait())
        if not self._released.done():
            await asyncio.wait((self._gone, self._released), timeout=seconds,
                               return_when=asyncio.FIRST_COMPLETED)
        if self._gone.done():
            # Before the answer completes, a finished watcher means the client went away.
            self.record.disconnected_at = self._gone_at
            return False
        return True

    async def closed(self, timeout: float = 1.0) -> None:
        """Wait until the server has seen the connection end (after we dropped it ourselves), so
        it does not log "returned without completing response" for a drop that was the point."""
        if self._gone is None:
            self._gone = asyncio.ensure_future(self._watch())
        await asyncio.wait((self._gone,), timeout=timeout)

    @property
    def gone(self) -> bool:
        if self._gone is not None and self._gone.done():
            self.record.disconnected_at = self._gone_at
            return True
        return False

    def close(self) -> None:
        for task in (self._gone, self._released):
            if task is not None and not task.done():
                task.cancel()
