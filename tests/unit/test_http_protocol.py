"""The web server's client transport: an answer's head leaves with its body, in one write."""

from __future__ import annotations

import asyncio
import socket

import pytest

from llmvpn.web.http_protocol import CoalescingTransport

HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class Recorder(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport


@pytest.fixture
def pair():
    ours, peer = socket.socketpair()
    peer.settimeout(2)
    yield ours, peer
    ours.close()
    peer.close()


async def coalescing(sock: socket.socket) -> CoalescingTransport:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.connect_accepted_socket(Recorder, sock)
    return CoalescingTransport(transport, loop)


async def test_a_head_waits_for_its_body_and_both_leave_in_one_write(pair) -> None:
    ours, peer = pair
    transport = await coalescing(ours)
    transport.write(HEAD)
    assert transport.get_write_buffer_size() == len(HEAD)  # held, not on the socket yet
    peer.setblocking(False)
    with pytest.raises(BlockingIOError):
        peer.recv(4096)
    transport.write(b"{}")
    assert transport.get_write_buffer_size() == 0  # the body took it along, at once
    peer.setblocking(True)
    assert peer.recv(4096) == HEAD + b"{}"


async def test_a_head_alone_goes_out_at_the_end_of_the_turn(pair) -> None:
    ours, peer = pair
    transport = await coalescing(ours)
    transport.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
    await asyncio.sleep(0.01)  # a stream whose first event is not there yet
    assert peer.recv(4096) == b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"


async def test_body_writes_are_never_held(pair) -> None:
    ours, peer = pair
    transport = await coalescing(ours)
    transport.write(HEAD + b"{}")  # starts as a head: held to the end of the turn like one
    await asyncio.sleep(0.01)
    assert peer.recv(4096) == HEAD + b"{}"
    for event in (b"data: 1\n\n", b"data: 2\n\n", b"data: [DONE]\n\n"):
        transport.write(event)
        assert transport.get_write_buffer_size() == 0
        assert peer.recv(4096) == event


async def test_close_sends_a_held_head_first(pair) -> None:
    ours, peer = pair
    transport = await coalescing(ours)
    transport.write(b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n")
    transport.close()
    await asyncio.sleep(0.01)
    data = b""
    while chunk := peer.recv(4096):
        data += chunk
    assert data == b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n"


async def test_abort_drops_a_held_head_and_a_write_after_the_peer_left_is_harmless(pair) -> None:
    ours, peer = pair
    transport = await coalescing(ours)
    transport.write(HEAD)
    transport.abort()
    await asyncio.sleep(0.01)
    assert peer.recv(4096) == b""
    assert transport.is_closing()
    transport.write(b"HTTP/1.1 200 OK\r\n\r\n")  # a late head: its flush finds the transport closing
    await asyncio.sleep(0.01)
