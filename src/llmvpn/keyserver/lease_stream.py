"""The server side of the Leases stream: acquire and release ops in, replies out, many per message.

The stream comes over gRPC (`serve`, the Leases method) or over the lease socket (`serve_frames`,
lease_socket.py); what follows is the same for both.

Each op runs as its own task (a lease that waits for a resting key, or a Redis round trip, must not
hold up the ops behind it), and its reply joins the next outgoing message: whatever replies are ready
when the writer gets its turn go out together. A failed op answers with the status, details and
trailing metadata its unary call would have ended with (`interceptors.failed`), so the client maps
both paths to the same ApiError.

A lease whose reply can no longer be delivered (the client went away, or the key server is stopping)
is released at once instead of waiting for its TTL.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

import grpc

from llmvpn.errors import InvalidRequest, LlmvpnError
from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver.interceptors import failed

if TYPE_CHECKING:
    from llmvpn.keyserver.service import KeyServerService

log = logging.getLogger("llmvpn.keyserver.rpc")

_RELEASED = pb.ReleaseResponse()


class LeaseStreams:
    """The open Leases streams of one key server, so that shutdown can end them cleanly."""

    def __init__(self, service: KeyServerService) -> None:
        self.service = service
        self._open: set[_Stream] = set()
        self._closed = False

    async def serve(self, requests: AsyncIterator[pb.LeaseOps], context: grpc.aio.ServicerContext) -> None:
        await self.serve_frames(requests, context.write)

    async def serve_frames(self, requests: AsyncIterator[pb.LeaseOps],
                           write: Callable[[pb.LeaseReplies], Awaitable[None]]) -> None:
        """Serve one stream: `requests` until it ends, each reply message through `write`."""
        if self._closed:
            return  # stopping: the client sees the stream end and its ops fail as unavailable
        stream = _Stream(self.service, write)
        self._open.add(stream)
        try:
            await stream.serve(requests)
        finally:
            self._open.discard(stream)

    async def close(self, timeout: float) -> None:
        """Answer what is in flight, then end every stream (its clients reopen on their next op)."""
        self._closed = True
        for stream in list(self._open):
            stream.stopping.set()
        if self._open:
            await asyncio.wait([asyncio.ensure_future(s.finished.wait()) for s in self._open], timeout=timeout)


class _Stream:
    def __init__(self, service: KeyServerService, write: Callable[[pb.LeaseReplies], Awaitable[None]]) -> None:
        self._service = service
        self._send = write
        self._outbox: list[pb.LeaseReply] = []
        self._wake = asyncio.Event()
        self._ops: set[asyncio.Task] = set()
        self._draining = False  # no more ops come in: the writer ends once the outbox is empty
        self._dead = False  # replies can no longer be sent
        self.stopping = asyncio.Event()
        self.finished = asyncio.Event()

    async def serve(self, requests: AsyncIterator[pb.LeaseOps]) -> None:
        writer = asyncio.create_task(self._write())
        reader = asyncio.create_task(self._read(requests))
        stopping = asyncio.create_task(self.stopping.wait())
        try:
            # Until the client closes its side (or goes away), or the key server stops.
            await asyncio.wait({reader, writer, stopping}, return_when=asyncio.FIRST_COMPLETED)
            reader.cancel()
            while self._ops and not writer.done():
                await asyncio.wait(set(self._ops))
            self._draining = True
            self._wake.set()
            await asyncio.wait({writer})
        finally:
            # Also when the RPC is cancelled: from here on, a lease granted to this stream goes back.
            self._dead = True
            for task in (reader, writer, stopping):
                task.cancel()
            self._release_unsent(self._outbox)
            self._outbox = []
            self.finished.set()
        for task in (reader, writer):
            if not task.cancelled() and task.exception() is not None:
                # The client went away mid-stream; what it was owed has been given back above.
                log.debug("lease stream ended: %r", task.exception())

    async def _read(self, requests: AsyncIterator[pb.LeaseOps]) -> None:
        async for batch in requests:
            for op in batch.ops:
                self._track(self._run(op))

    def _track(self, coro) -> None:
        task = asyncio.create_task(coro)
        self._ops.add(task)  # a reference until done, and what serve() waits for
        task.add_done_callback(self._ops.discard)

    async def _run(self, op: pb.LeaseOp) -> None:
        started = time.perf_counter()
        kind = op.WhichOneof("op")
        try:
            if kind == "acquire":
                reply = pb.LeaseReply(id=op.id, lease=await self._service.acquire(op.acquire))
            elif kind == "release":
                await self._service.release(op.release)
                reply = pb.LeaseReply(id=op.id, released=_RELEASED)
            else:
                raise InvalidRequest("a lease op is an acquire or a release", param="op")
        except Exception as exc:  # every op gets an answer; a bug costs one op, as it would a unary call
            code, details, metadata = failed(f"Leases/{kind}", exc, started)
            reply = pb.LeaseReply(id=op.id, error=pb.LeaseError(code=code.value[0], details=details,
                                                                 metadata=dict(metadata)))
        if self._dead:
            self._release_unsent([reply])
            return
        self._outbox.append(reply)
        self._wake.set()

    async def _write(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._outbox:
                # Whatever is ready goes out in one message; more gathers while this one is written.
                replies, self._outbox = self._outbox, []
                try:
                    await self._send(pb.LeaseReplies(replies=replies))
                except BaseException:
                    self._dead = True
                    self._release_unsent(replies)
                    raise
            if self._draining:
                return

    def _release_unsent(self, replies: list[pb.LeaseReply]) -> None:
        for reply in replies:
            if reply.HasField("lease"):
                self._track(self._give_back(reply.lease.lease_id))

    async def _give_back(self, lease_id: str) -> None:
        try:
            await self._service.release(pb.ReleaseRequest(lease_id=lease_id, outcome=pb.CANCELLED))
        except LlmvpnError as exc:  # it still expires by its TTL
            log.warning("a lease whose reply was not delivered could not be released: %s", exc.message)
        else:
            log.info("released a lease whose reply could not be delivered")
