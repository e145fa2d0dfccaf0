"""A committed stream: upstream events relayed to the client as they come, until the end, a failure,
or the client leaving; and `ClientWatch`, which notices that last.

Whole events go out as soon as they are read, one send per upstream read (no buffering beyond an
event cut by a read boundary). A failure after the 200 ends the stream with an SSE error event (no
replay). A client that goes away cancels the upstream read; the upstream connection is closed, so
the provider stops generating, and the lease is released with CANCELLED and the tokens streamed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from llmvpn.keyserver.client import Outcome
from llmvpn.providers.sse import EventSplitter, error_event
from llmvpn.providers.upstream import Usage, UpstreamFailure, invalid_answer, map_upstream_errors, too_large

_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),  # a reverse proxy in front must not hold events back
]


@dataclass(slots=True)
class Stream:
    """An upstream stream in progress: its response, its byte iterator, and how its events are read."""

    response: httpx.Response
    chunks: AsyncIterator[bytes]
    splitter: EventSplitter
    relay: Any  # a dialect's StreamRelay: feed(event) -> bytes, .done, .usage, .events
    limit: int
    size: int = 0
    # What went to the client, kept (as references) for counting tokens when the upstream does not.
    sent: list[bytes] = field(default_factory=list)


class ClientWatch:
    """`with ClientWatch(receive):` cancels its block when the client disconnects (the scope catches
    its own cancellation, so the code after the block sees only that the work did not finish).

    The block is the request's own work (a JSON answer being made, a stream being relayed), so the
    upstream call it is in stops at once. The watcher is a plain asyncio task and the block an anyio
    cancel scope, not an anyio task group around both: this runs for every request, and spawning into
    a group costs more than the rest of the watching. The scope keeps anyio's shields working inside
    (a lease release or a history save that must finish still does).
    """

    def __init__(self, receive: Receive) -> None:
        self._scope = anyio.CancelScope()
        self._receive = receive
        self._watcher: asyncio.Task[None] | None = None

    async def _watch(self) -> None:
        await _disconnected(self._receive)
        self._scope.cancel()

    def __enter__(self) -> ClientWatch:
        self._scope.__enter__()
        self._watcher = asyncio.create_task(self._watch())
        self._watcher.add_done_callback(self._watched)
        return self

    def _watched(self, done: asyncio.Task[None]) -> None:
        # A receive that fails is the server's business, not this request's: retrieved, so never
        # logged as a task exception nobody looked at.
        if not done.cancelled():
            done.exception()
        # The cancelled task keeps its CancelledError, whose traceback holds _watch's frame, which holds
        # this watch: with this reference back to the task, every request left a cycle of ~60 objects
        # (frames, closures, the request's cycle) that only the full collections freed, ~100 ms each.
        self._watcher = None

    def __exit__(self, *exc_info: Any) -> bool:
        if self._watcher is not None:
            self._watcher.cancel()
        return self._scope.__exit__(*exc_info)


class RelayResponse(Response):
    """The client's side of a stream whose first output is already read (`first`)."""

    def __init__(self, stream: Stream, first: bytes,
                 finish: Callable[[Outcome, Usage], Awaitable[None]]) -> None:
        self.stream, self.first, self.finish = stream, first, finish
        self.status_code = 200
        self.background = None
        self.raw_headers = list(_HEADERS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        outcome = Outcome.CANCELLED  # unless the relay gets to decide otherwise
        try:
            # The relay runs in this task, so the first event goes out now, not after a task switch.
            with ClientWatch(receive):
                outcome = await self._relay(send)
        finally:
            # Without the upstream's count (cut short, or it sends none), `finish` counts what was sent.
            usage = self.stream.relay.usage or Usage()
            with anyio.CancelScope(shield=True):
                # Closing an unfinished response drops its connection: the upstream sees us leave.
                await self.stream.response.aclose()
                await self.finish(outcome, usage)

    async def _relay(self, send: Send) -> Outcome:
        stream = self.stream
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        if self.first:
            stream.sent.append(self.first)
            await send({"type": "http.response.body", "body": self.first, "more_body": True})
        outcome = Outcome.OK
        try:
            with map_upstream_errors():
                if not stream.relay.done:
                    await self._pump(send)
        except UpstreamFailure as failure:
            error = failure.error
            event = error_event(error.message, error.type, error.code)
            await send({"type": "http.response.body", "body": event, "more_body": True})
            outcome = failure.outcome
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        if outcome is Outcome.OK:
            await self._drain()
        return outcome

    async def _pump(self, send: Send) -> None:
        stream = self.stream
        async for chunk in stream.chunks:
            stream.size += len(chunk)
            if stream.size > stream.limit:
                raise too_large(stream.limit)
            out = b"".join(stream.relay.feed(event) for event in stream.splitter.feed(chunk))
            if out:
                stream.sent.append(out)
                await send({"type": "http.response.body", "body": out, "more_body": True})
            if stream.relay.done:
                return
        raise invalid_answer("a stream that ended before it was complete")

    async def _drain(self) -> None:
        # After [DONE] the upstream only has its end of body to send; reading it lets the connection
        # go back to the pool instead of being closed.
        try:
            with map_upstream_errors():
                async for _ in self.stream.chunks:
                    pass
        except UpstreamFailure:
            pass  # the answer is complete; a connection that fails now is simply not reused


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
