"""The client side of the Leases stream: ops out in batches, replies matched back by id.

`KeyServerClient` keeps one `LeaseStream` per channel and opens a new one when the last broke. The
stream runs over a wire: the lease socket's frames (lease_socket.SocketWire), or gRPC's Leases call
(`GrpcWire`) when the key server has no lease socket. Either way a call ends with its `pb.LeaseReply`,
or raises a `grpc.RpcError` (the stream's own end, or a `StreamStatus` standing for a deadline or a
broken socket); `client.map_grpc_errors()` turns those into ApiErrors as it does for unary calls.

    op ──▶ outbox ──(writer: whatever is queued, one message)──▶ key server
    caller awaits its future ◀──(reader: by id)── replies, several per message

A caller that stops waiting (its deadline, or cancellation) leaves nothing behind: a lease that is
granted for it anyway is released as soon as its reply arrives.

A release nobody needs to wait for (`post`: a lease that ended well, whose release only records
usage) lingers up to LINGER_SECONDS and rides with the next op: one request then costs one message
each way instead of two, which is most of the stream's cost when requests come one at a time. When the stream breaks (the key
server stopped or was killed), every op still waiting fails at once with the stream's status.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Sequence
from typing import Protocol

import grpc
import grpc.aio

from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver._proto import keyserver_pb2_grpc as pb_grpc

log = logging.getLogger(__name__)

_CODES = {code.value[0]: code for code in grpc.StatusCode}

# How long a posted op may wait for company. Short enough that the key server's view of a key's load
# and usage is at most this stale; long enough to span the gap between two requests of one client.
LINGER_SECONDS = 0.01


class StreamStatus(grpc.RpcError):
    """A gRPC status that is not the end of a call: a failed op, a deadline, a stream that ended."""

    def __init__(self, code: grpc.StatusCode, details: str = "",
                 metadata: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(code, details)
        self._code, self._details, self._metadata = code, details, tuple(metadata)

    @classmethod
    def of(cls, error: pb.LeaseError) -> StreamStatus:
        return cls(_CODES.get(error.code, grpc.StatusCode.UNKNOWN), error.details, tuple(error.metadata.items()))

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details

    def trailing_metadata(self) -> tuple[tuple[str, str], ...]:
        return self._metadata


class StreamUnsupported(Exception):
    """The key server has no Leases method (an older one): nothing was done; use the unary calls."""


class Wire(Protocol):
    """What carries a stream's messages: write ops, read replies (None at the end), cancel."""

    async def write(self, ops: pb.LeaseOps) -> None: ...

    async def read(self) -> pb.LeaseReplies | None: ...

    def cancel(self) -> None: ...


class GrpcWire:
    """The Leases call of the gRPC service."""

    def __init__(self, stub: pb_grpc.KeyServerStub) -> None:
        # wait_for_ready=False: while the key server is down, the stream (and its ops) fail at once.
        self._call = stub.Leases(wait_for_ready=False)

    async def write(self, ops: pb.LeaseOps) -> None:
        await self._call.write(ops)

    async def read(self) -> pb.LeaseReplies | None:
        message = await self._call.read()
        return None if message is grpc.aio.EOF else message

    def cancel(self) -> None:
        self._call.cancel()


class LeaseStream:
    """One open stream, shared by every task of the client's event loop."""

    def __init__(self, wire: Wire) -> None:
        self._loop = asyncio.get_running_loop()
        self._call = wire
        self._pending: dict[int, asyncio.Future[pb.LeaseReply]] = {}
        self._outbox: list[pb.LeaseOp] = []
        self._lingering: list[pb.LeaseOp] = []  # posted ops, waiting for the next message
        self._linger: asyncio.TimerHandle | None = None
        self._writing = False
        self._ids = itertools.count(1)
        self._wake = asyncio.Event()
        self.error: grpc.RpcError | None = None  # why it broke; then it takes no more ops
        self._unsupported = False
        self._writer = self._loop.create_task(self._write())
        self._reader = self._loop.create_task(self._read())

    @property
    def broken(self) -> bool:
        return self.error is not None

    async def call(self, op: pb.LeaseOp, timeout: float) -> pb.LeaseReply:
        """Send `op` and wait for its reply, at most `timeout` seconds."""
        self._raise_if_broken()
        op.id = op_id = next(self._ids)
        future = self._loop.create_future()
        self._pending[op_id] = future
        self._send(op)
        timer = self._loop.call_later(timeout, self._expire, op_id)
        try:
            return await future
        finally:
            timer.cancel()
            self._pending.pop(op_id, None)  # cancelled: a late lease is released when it comes

    def post(self, op: pb.LeaseOp) -> bool:
        """Queue `op` without waiting for its reply: it goes out with the next op's message, or on its
        own after LINGER_SECONDS. False if the stream is broken (nothing was queued)."""
        if self.error is not None or self._unsupported:
            return False
        op.id = next(self._ids)
        self._lingering.append(op)
        if self._linger is None:
            self._linger = self._loop.call_later(LINGER_SECONDS, self._flush)
        return True

    async def aclose(self) -> None:
        if self.error is None and (self._lingering or self._outbox):
            # Posted releases still go out before the stream closes: the key server would otherwise
            # hold those leases until their TTL.
            self._flush()
            deadline = self._loop.time() + 1.0
            while (self._outbox or self._writing) and self.error is None and self._loop.time() < deadline:
                await asyncio.sleep(0.005)
        self._break(StreamStatus(grpc.StatusCode.CANCELLED, "lease stream closed by the client"))
        await asyncio.gather(self._reader, self._writer, return_exceptions=True)

    # -- inside -----------------------------------------------------------------------------------

    def _raise_if_broken(self) -> None:
        if self._unsupported:
            raise StreamUnsupported
        if self.error is not None:
            raise self.error

    def _send(self, op: pb.LeaseOp) -> None:
        if self._lingering:
            self._take_lingering()  # first, so a release frees its key before this op picks one
        self._outbox.append(op)
        self._wake.set()

    def _flush(self) -> None:
        if self._lingering:
            self._take_lingering()
            self._wake.set()
        self._linger = None

    def _take_lingering(self) -> None:
        self._outbox.extend(self._lingering)
        self._lingering = []
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None

    def _expire(self, op_id: int) -> None:
        future = self._pending.pop(op_id, None)
        if future is not None and not future.done():
            future.set_exception(StreamStatus(grpc.StatusCode.DEADLINE_EXCEEDED, "deadline exceeded"))

    async def _write(self) -> None:
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._outbox:
                    # Every op queued since the last message goes in this one.
                    ops, self._outbox = self._outbox, []
                    self._writing = True
                    try:
                        await self._call.write(pb.LeaseOps(ops=ops))
                    finally:
                        self._writing = False
        except grpc.RpcError as exc:
            self._break(exc)
        except asyncio.InvalidStateError:  # written after the call ended; the reader knows why
            self._break(StreamStatus(grpc.StatusCode.UNAVAILABLE, "lease stream ended"))

    async def _read(self) -> None:
        try:
            while True:
                message = await self._call.read()
                if message is None:
                    # The key server ended the stream (it is stopping); ops sent since are lost.
                    self._break(StreamStatus(grpc.StatusCode.UNAVAILABLE, "lease stream closed by the key server"))
                    return
                for reply in message.replies:
                    future = self._pending.pop(reply.id, None)
                    if future is not None and not future.done():
                        future.set_result(reply)
                    elif reply.HasField("lease"):
                        self._give_back(reply.lease.lease_id)
                    elif reply.HasField("error"):  # a posted release that failed: its lease expires by TTL
                        log.debug("a posted lease op failed: %s", reply.error.details)
        except grpc.RpcError as exc:
            self._break(exc)

    def _give_back(self, lease_id: str) -> None:
        # Its caller gave up before the lease came; nobody waits for this release's reply.
        log.debug("releasing a lease whose caller stopped waiting")
        op = pb.LeaseOp(id=next(self._ids), release=pb.ReleaseRequest(lease_id=lease_id, outcome=pb.CANCELLED))
        self._send(op)

    def _break(self, error: grpc.RpcError) -> None:
        if self.error is not None:
            return
        self.error = error
        code = error.code() if hasattr(error, "code") else None
        self._unsupported = code is grpc.StatusCode.UNIMPLEMENTED
        if self._linger is not None:
            self._linger.cancel()
        if self._lingering:
            log.info("%d lease release(s) not sent before the stream ended; they expire by TTL", len(self._lingering))
            self._lingering = []
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(StreamUnsupported() if self._unsupported else error)
        self._call.cancel()
        current = asyncio.current_task()
        for task in (self._writer, self._reader):
            if task is not current:
                task.cancel()
