"""The lease socket: the Leases stream's messages in plain frames on a second Unix socket.

A request's lease is one `pb.LeaseOps` message out and one `pb.LeaseReplies` back. Over gRPC each of
those is handed between gRPC's poller thread and the event loop on both sides, which made the lease
most of what a request added at concurrency 1 (bench/README.md). Here the same messages go as

    frame = 4-byte big-endian length + the serialized protobuf message

on `<KEY_SERVER_SOCKET>.leases`, a Unix socket made and guarded like the gRPC one (owner-only, in a
private folder; socket.py). Everything else (ops, replies, errors, batching, lingering releases, what
a broken stream does) is the Leases stream's, unchanged: lease_stream.py serves both, and
lease_stream_client.py speaks to either. A client finds no lease socket when the key server could not
make one (a path too long for a Unix socket) and then uses the gRPC stream.

    key server:  LeaseSocketServer(streams, path).start() ... .close()
    client:      SocketWire(path): write(pb.LeaseOps), read() -> pb.LeaseReplies | None at the end
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import grpc
from google.protobuf.message import DecodeError

from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver.lease_stream_client import StreamStatus
from llmvpn.keyserver.socket import binding_privately

if TYPE_CHECKING:
    from llmvpn.keyserver.lease_stream import LeaseStreams

log = logging.getLogger("llmvpn.keyserver.rpc")

# Lease ops and replies are a few hundred bytes each; a frame this large is not one of ours.
MAX_FRAME_BYTES = 4 * 1024 * 1024
# sun_path holds 108 bytes with its terminating NUL on Linux.
_MAX_PATH_BYTES = 107
_HEADER = 4


def lease_socket_path(socket_path: str | os.PathLike[str]) -> Path:
    """Where the key server whose gRPC socket is `socket_path` takes lease ops in frames."""
    path = Path(socket_path)
    return path.with_name(path.name + ".leases")


def _frame(message: pb.LeaseOps | pb.LeaseReplies) -> bytes:
    data = message.SerializeToString()
    return len(data).to_bytes(_HEADER, "big") + data


async def _read_frame(reader: asyncio.StreamReader) -> bytes | None:
    """The next frame's body; None when the peer closed between frames. Raises ValueError for a
    frame over MAX_FRAME_BYTES and asyncio.IncompleteReadError for one cut short."""
    try:
        header = await reader.readexactly(_HEADER)
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise
        return None
    size = int.from_bytes(header, "big")
    if size > MAX_FRAME_BYTES:
        raise ValueError(f"a frame of {size} bytes is over the lease socket's limit of {MAX_FRAME_BYTES}")
    return await reader.readexactly(size)


class LeaseSocketServer:
    """The key server's side: every connection is one Leases stream (lease_stream.LeaseStreams)."""

    def __init__(self, streams: LeaseStreams, path: Path) -> None:
        self.streams = streams
        self.path = path
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> bool:
        """Listen; False (and a warning) when the path can't be a Unix socket: clients then use gRPC."""
        if len(os.fsencode(self.path)) > _MAX_PATH_BYTES:
            log.warning("lease socket path %s is too long for a Unix socket; leases go over gRPC", self.path)
            return False
        with binding_privately(self.path):
            self._server = await asyncio.start_unix_server(self._serve, path=str(self.path))
        return True

    async def close(self) -> None:
        """Stop taking connections and remove the file; the streams are ended by LeaseStreams.close."""
        if self._server is None:
            return
        self._server.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        async def write(replies: pb.LeaseReplies) -> None:
            writer.write(_frame(replies))
            await writer.drain()

        try:
            await self.streams.serve_frames(_ops(reader), write)
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def _ops(reader: asyncio.StreamReader) -> AsyncIterator[pb.LeaseOps]:
    """The client's messages until it closes; a frame that is not ours ends the connection."""
    while True:
        try:
            body = await _read_frame(reader)
        except (ValueError, asyncio.IncompleteReadError, ConnectionError) as exc:
            log.info("lease socket: connection dropped (%s)", _why(exc))
            return
        if body is None:
            return
        try:
            yield pb.LeaseOps.FromString(body)
        except DecodeError:
            log.info("lease socket: connection dropped (a frame that is not a LeaseOps message)")
            return


def _why(exc: BaseException) -> str:
    if isinstance(exc, asyncio.IncompleteReadError):
        return "the peer closed inside a frame"
    return str(exc) or type(exc).__name__


class SocketWire:
    """The client's side of one connection, with the gRPC call's surface that LeaseStream uses.

    Connecting starts at once and is awaited by the first read or write; any failure of the socket
    is a `StreamStatus` UNAVAILABLE, as a gRPC stream whose server went away would end.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connected = asyncio.ensure_future(asyncio.open_unix_connection(str(path)))
        self._open: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def _streams(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self._open is not None:
            return self._open
        try:
            # Shielded: a reader or writer task cancelled while connecting must not cancel the other's wait.
            self._open = await asyncio.shield(self._connected)
        except OSError as exc:
            raise StreamStatus(grpc.StatusCode.UNAVAILABLE, f"key server lease socket: {exc.strerror or exc}") from None
        return self._open

    async def write(self, ops: pb.LeaseOps) -> None:
        _, writer = await self._streams()
        try:
            writer.write(_frame(ops))
            await writer.drain()
        except (ConnectionError, RuntimeError) as exc:  # RuntimeError: the transport is closing
            raise StreamStatus(grpc.StatusCode.UNAVAILABLE, f"key server lease socket: {exc}") from None

    async def read(self) -> pb.LeaseReplies | None:
        reader, _ = await self._streams()
        try:
            body = await _read_frame(reader)
        except (ValueError, asyncio.IncompleteReadError, ConnectionError) as exc:
            raise StreamStatus(grpc.StatusCode.UNAVAILABLE, f"key server lease socket: {_why(exc)}") from None
        if body is None:
            return None
        try:
            return pb.LeaseReplies.FromString(body)
        except DecodeError:
            raise StreamStatus(grpc.StatusCode.INTERNAL, "key server lease socket: a reply that is not a LeaseReplies message") from None

    def cancel(self) -> None:
        if not self._connected.done():
            self._connected.cancel()
        elif not self._connected.cancelled() and self._connected.exception() is None:
            self._connected.result()[1].close()
