"""uvicorn's httptools protocol with an answer's head and the start of its body in one socket write.

uvicorn writes an answer's head when the app sends `http.response.start` and its body when the app
sends `http.response.body`: two `transport.write` calls, so two system calls, and on loopback two
wake-ups of the reader, for every JSON answer and for the head and first event of every stream. The
transport below holds a head (a write that starts with "HTTP/") until the next write, which takes it
along, or until the end of the loop turn if none comes in it. Every other write goes out at once: a
body is never held, so nothing the app does after sending it (releasing its lease, counting) delays it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class CoalescingTransport:
    """A transport that sends a response head together with the write after it."""

    __slots__ = ("_transport", "_loop", "_head")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._head: bytes | None = None

    def write(self, data: bytes) -> None:
        if self._head is not None:
            data, self._head = self._head + data, None
        elif data[:5] == b"HTTP/":
            self._head = data
            self._loop.call_soon(self._flush)  # a head with no body in this turn goes out at its end
            return
        self._transport.write(data)

    def writelines(self, lines: Any) -> None:
        for data in lines:
            self.write(data)

    def _flush(self) -> None:
        head, self._head = self._head, None
        if head is not None and not self._transport.is_closing():  # the client may have left meanwhile
            self._transport.write(head)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + len(self._head or b"")

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def close(self) -> None:
        self._flush()  # what was written before close() is sent, as by a plain transport
        self._transport.close()

    def abort(self) -> None:
        self._head = None
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:
        # Reading control, extra info, is_closing, set_protocol...: the socket's own transport.
        return getattr(self._transport, name)


class HttpProtocol(HttpToolsProtocol):
    """`uvicorn.Config(http=HttpProtocol)`: httptools, with each head sent along with its body."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(CoalescingTransport(transport, self.loop))  # type: ignore[arg-type]
