"""Http1Transport (providers/http1.py) against real servers on 127.0.0.1.

Most servers here are raw `asyncio.start_server` handlers that write their answers byte by byte, so
each edge (a chunked body, a reset mid-body, a stall, an idle close, a slow reader) is exactly what
the transport sees; one test runs the project's demo upstream, one a TLS server with a CA of its own.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from llmvpn.demo import UpstreamServer
from llmvpn.providers.http1 import Http1Transport, connect_tcp
from tests.fixtures.tls import make_tls_files

pytestmark = pytest.mark.timeout(30)


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    """One request off the wire (content-length or chunked body); None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    line, *lines = head.decode("latin-1").split("\r\n")[:-2]
    method, target, _ = line.split(" ")
    headers = {}
    for header in lines:
        name, _, value = header.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = b""
    if headers.get("transfer-encoding") == "chunked":
        while size := int((await reader.readline()).strip(), 16):
            body += await reader.readexactly(size + 2)
            body = body[:-2]
        await reader.readline()
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    return Request(method, target, headers, body)


def answer(body: bytes = b"ok", *, status: str = "200 OK", headers: str = "") -> bytes:
    return f"HTTP/1.1 {status}\r\ncontent-length: {len(body)}\r\n{headers}\r\n".encode() + body


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.005)


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


Reader, Writer = asyncio.StreamReader, asyncio.StreamWriter
Handler = Callable[[Reader, Writer, "Server"], Awaitable[None]]


@dataclass
class Server:
    """A raw server: `handler` runs per connection; what it saw is kept for the test to check."""

    handler: Handler
    connections: int = 0
    requests: list[Request] = field(default_factory=list)
    closed_by_client: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0
    scheme: str = "http"

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    async def serve(self, reader: Reader, writer: Writer) -> None:
        self.connections += 1
        try:
            await self.handler(reader, writer, self)
        except (ConnectionError, ssl.SSLError):
            self.closed_by_client.set()
        finally:
            writer.close()


Serve = Callable[..., Awaitable[Server]]


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    servers: list[asyncio.Server] = []
    tasks: set[asyncio.Task[None]] = set()

    async def start(handler: Handler, *, ssl_context: ssl.SSLContext | None = None) -> Server:
        server = Server(handler, scheme="https" if ssl_context else "http")

        def on_connect(reader: Reader, writer: Writer) -> None:
            task = asyncio.ensure_future(server.serve(reader, writer))
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        listener = await asyncio.start_server(on_connect, "127.0.0.1", 0, ssl=ssl_context)
        servers.append(listener)
        server.port = listener.sockets[0].getsockname()[1]
        return server

    yield start
    for listener in servers:
        listener.close()
    for task in list(tasks):
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def keep_alive(reader: Reader, writer: Writer, server: Server) -> None:
    """Answers every request on the connection with its own target as the body."""
    while (request := await read_request(reader)) is not None:
        server.requests.append(request)
        writer.write(answer(request.target.encode()))
        await writer.drain()


def client(**limits: float | int | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=Http1Transport(limits=httpx.Limits(**limits)))


# --- keep-alive and framing ---------------------------------------------------------------------


async def test_sequential_requests_share_one_connection(serve: Serve) -> None:
    server = await serve(keep_alive)
    async with client() as http:
        bodies = [(await http.get(f"{server.url}/{n}?q=a%20b")).text for n in range(5)]
    assert bodies == [f"/{n}?q=a%20b" for n in range(5)]
    assert server.connections == 1
    assert server.requests[0].headers["host"] == f"127.0.0.1:{server.port}"


async def test_the_response_carries_status_headers_reason_and_version(serve: Serve) -> None:
    async def teapot(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(answer(b"{}", status="418 I'm a teapot", headers="X-Twice: 1\r\nx-twice: 2\r\n"))

    server = await serve(teapot)
    async with client() as http:
        response = await http.get(server.url)
    assert response.status_code == 418
    assert (response.reason_phrase, response.http_version) == ("I'm a teapot", "HTTP/1.1")
    assert response.headers.get_list("x-twice") == ["1", "2"]


async def test_request_bodies_arrive_whole(serve: Serve) -> None:
    async def parts() -> AsyncIterator[bytes]:
        for part in (b"streamed ", b"", b"in parts"):
            yield part

    server = await serve(keep_alive)
    async with client() as http:
        await http.post(f"{server.url}/bytes", content=b'{"a": 1}')
        await http.post(f"{server.url}/stream", content=parts())
    assert [(r.headers.get("content-length"), r.body) for r in server.requests] == [
        ("8", b'{"a": 1}'), (None, b"streamed in parts")]
    assert server.requests[1].headers["transfer-encoding"] == "chunked"
    assert server.connections == 1


async def test_a_chunked_body_is_reassembled(serve: Serve) -> None:
    async def chunked(reader: Reader, writer: Writer, server: Server) -> None:
        while await read_request(reader):
            writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
            writer.write(chunk(b"hello, ") + chunk(b"chunked ") + chunk(b"world") + b"0\r\n\r\n")

    server = await serve(chunked)
    async with client() as http:
        assert [(await http.get(server.url)).text for _ in range(2)] == ["hello, chunked world"] * 2
    assert server.connections == 1


async def test_a_body_delimited_by_close_ends_with_the_connection(serve: Serve) -> None:
    async def until_close(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nuntil ")
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(b"the end")

    server = await serve(until_close)
    async with client() as http:
        assert [(await http.get(server.url)).text for _ in range(2)] == ["until the end"] * 2
    assert server.connections == 2


async def test_a_connection_close_answer_is_not_reused(serve: Serve) -> None:
    async def closing(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(answer(headers="connection: close\r\n"))
        await reader.read()  # the client closes first

    async def http10(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok")
        await reader.read()

    for handler in (closing, http10):
        server = await serve(handler)
        async with client() as http:
            responses = [await http.get(server.url) for _ in range(2)]
        assert [r.text for r in responses] == ["ok", "ok"]
        assert server.connections == 2


async def test_answers_without_a_body(serve: Serve) -> None:
    async def bodiless(reader: Reader, writer: Writer, server: Server) -> None:
        while (request := await read_request(reader)) is not None:
            if request.method == "HEAD":
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 1234\r\n\r\n")
            elif request.target == "/continue":
                writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + answer(b"after 100"))
            elif request.target == "/cached":  # a 304's content-length is the cached body's, not its own
                writer.write(b"HTTP/1.1 304 Not Modified\r\ncontent-length: 500\r\n\r\n")
            else:
                writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")

    server = await serve(bodiless)
    async with client() as http:
        assert (await http.get(f"{server.url}/empty")).content == b""
        assert (await http.get(f"{server.url}/cached")).content == b""
        assert (await http.get(f"{server.url}/continue")).text == "after 100"
        head = await http.head(server.url)
        assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", "1234")
        assert (await http.get(f"{server.url}/empty")).status_code == 204
    assert server.connections == 2  # a HEAD answer's connection is not reused: see _Connection.head


async def test_a_stream_of_small_chunks_arrives_in_order_as_it_is_sent(serve: Serve) -> None:
    first_read = asyncio.Event()

    async def events(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
        writer.write(chunk(b"data: 0\n\n"))
        await first_read.wait()  # the client has the first event before the rest exists
        for n in range(1, 500):
            writer.write(chunk(b"data: %d\n\n" % n))
            if n % 7 == 0:
                await writer.drain()
                await asyncio.sleep(0)
        writer.write(b"0\r\n\r\n")

    server = await serve(events)
    async with client() as http, http.stream("GET", server.url) as response:
        received = b""
        async for part in response.aiter_bytes():
            received += part
            first_read.set()
    assert received == b"".join(b"data: %d\n\n" % n for n in range(500))


# --- connections that go away -------------------------------------------------------------------


async def test_an_idle_connection_the_server_closed_is_replaced(serve: Serve) -> None:
    async def one_then_close(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(answer())
        await writer.drain()
        await asyncio.sleep(0.05)  # then closes, as servers do after their keep-alive timeout

    async def streamed() -> AsyncIterator[bytes]:
        yield b"a body sent as it comes can't be sent twice"

    server = await serve(one_then_close)
    async with client() as http:
        assert (await http.get(server.url)).text == "ok"
        await asyncio.sleep(0.2)
        # No retry could save a streamed body: the dead connection must not have been picked at all.
        assert (await http.post(server.url, content=streamed())).text == "ok"
    assert server.connections == 2


async def test_a_reused_connection_closed_under_the_request_is_retried_once(serve: Serve) -> None:
    async def stale(reader: Reader, writer: Writer, server: Server) -> None:
        if server.connections == 1:
            await read_request(reader)
            writer.write(answer(b"first"))
            await writer.drain()
            await read_request(reader)  # the second request meets a server that just closed
            return
        await keep_alive(reader, writer, server)

    server = await serve(stale)
    async with client() as http:
        assert (await http.post(server.url, content=b"one")).text == "first"
        assert (await http.post(f"{server.url}/second", content=b"two")).text == "/second"
    assert server.connections == 2


async def test_no_retry_once_the_answer_has_begun(serve: Serve) -> None:
    async def cut(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(answer())
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-le")  # and gone

    server = await serve(cut)
    async with client() as http:
        await http.get(server.url)
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(server.url)
    assert server.connections == 1


async def test_a_new_connection_closed_without_an_answer_is_an_error(serve: Serve) -> None:
    async def mute(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)

    server = await serve(mute)
    async with client() as http:
        with pytest.raises((httpx.RemoteProtocolError, httpx.WriteError)):
            await http.get(server.url)
    assert server.connections == 1


@pytest.mark.parametrize("reset", [False, True], ids=["close", "reset"])
async def test_a_connection_lost_mid_body_is_an_error_not_a_hang(serve: Serve, reset: bool) -> None:
    async def half(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n" + b"x" * 10)
        await writer.drain()
        await asyncio.sleep(0.05)
        if reset:  # RST instead of FIN
            linger = b"\x01\0\0\0\0\0\0\0"  # on, 0 seconds
            writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)

    server = await serve(half)
    async with client() as http, http.stream("GET", server.url) as response:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await response.aread()


async def test_a_malformed_answer_is_a_protocol_error(serve: Serve) -> None:
    async def garbage(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: nope\r\n\r\n")
        await reader.read()

    server = await serve(garbage)
    async with client() as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get(server.url)


async def test_a_header_value_cannot_smuggle_a_line(serve: Serve) -> None:
    server = await serve(keep_alive)
    async with client() as http:
        with pytest.raises(httpx.LocalProtocolError):
            await http.get(server.url, headers={"x-key": "sk-1\r\nx-injected: yes"})
    assert server.connections == 0


async def test_aclose_closes_every_connection(serve: Serve) -> None:
    eofs: list[str] = []

    async def count_eofs(reader: Reader, writer: Writer, server: Server) -> None:
        while (request := await read_request(reader)) is not None:
            if request.target == "/open":
                writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
                writer.write(chunk(b"more to come"))
            else:
                writer.write(answer())
        eofs.append("eof")

    server = await serve(count_eofs)
    http = client()
    streaming = await http.send(http.build_request("GET", f"{server.url}/open"), stream=True)
    await http.get(server.url)  # on a second connection, then idle in the pool
    await http.aclose()
    await asyncio.wait_for(until(lambda: len(eofs) == 2), 2)  # both connections, busy and idle, closed
    assert server.connections == 2
    with pytest.raises(httpx.HTTPError):
        await streaming.aread()


# --- timeouts and the pool ----------------------------------------------------------------------


async def test_read_timeouts_before_and_during_the_body(serve: Serve) -> None:
    async def stall(reader: Reader, writer: Writer, server: Server) -> None:
        request = await read_request(reader)
        if request and request.target == "/mid-body":
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nsome")
        await asyncio.sleep(10)

    server = await serve(stall)
    timeout = httpx.Timeout(5, read=0.2)
    async with client() as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(server.url, timeout=timeout)
        async with http.stream("GET", f"{server.url}/mid-body", timeout=timeout) as response:
            with pytest.raises(httpx.ReadTimeout):
                await response.aread()


async def test_a_server_that_stops_reading_is_a_write_timeout(serve: Serve) -> None:
    async def deaf(reader: Reader, writer: Writer, server: Server) -> None:
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
        await reader.readuntil(b"\r\n\r\n")
        await asyncio.sleep(10)  # never reads the body

    server = await serve(deaf)
    async with client() as http:
        with pytest.raises(httpx.WriteTimeout):
            await http.post(server.url, content=bytes(32 * 1024 * 1024), timeout=httpx.Timeout(5, write=0.3))


async def test_a_full_pool_makes_the_next_request_wait_then_time_out(serve: Serve) -> None:
    release = asyncio.Event()

    async def slow_stream(reader: Reader, writer: Writer, server: Server) -> None:
        while (request := await read_request(reader)) is not None:
            writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
            writer.write(chunk(request.target.encode()))
            await release.wait()
            writer.write(b"0\r\n\r\n")

    server = await serve(slow_stream)
    async with client(max_connections=1) as http:
        first = await http.send(http.build_request("GET", f"{server.url}/first"), stream=True)
        with pytest.raises(httpx.PoolTimeout):
            await http.get(server.url, timeout=httpx.Timeout(5, pool=0.2))
        waiting = asyncio.ensure_future(http.get(f"{server.url}/waiting", timeout=httpx.Timeout(5, pool=5)))
        await asyncio.sleep(0.05)
        release.set()
        assert (await first.aread()) == b"/first"
        assert (await waiting).text == "/waiting"  # the freed connection went to the one waiting
    assert server.connections == 1


async def test_an_expired_idle_connection_is_not_reused(serve: Serve) -> None:
    server = await serve(keep_alive)
    async with client(keepalive_expiry=0.1) as http:
        await http.get(server.url)
        await asyncio.sleep(0.2)
        await http.get(server.url)
    assert server.connections == 2


async def test_cancelling_at_any_point_leaves_the_pool_usable(serve: Serve) -> None:
    async def stall_or_answer(reader: Reader, writer: Writer, server: Server) -> None:
        while (request := await read_request(reader)) is not None:
            server.requests.append(request)
            if request.target == "/stall":
                await asyncio.sleep(10)
            elif request.target == "/stall-mid-body":
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nhalf")
                await asyncio.sleep(10)
            writer.write(answer())

    server = await serve(stall_or_answer)
    async with client(max_connections=1) as http:
        async def stream_all(path: str) -> bytes:
            async with http.stream("GET", server.url + path) as response:
                return await response.aread()

        # Cancelled while waiting for the answer, or mid-body; the request queued behind it cancelled
        # while it waits for the pool, or just after it was handed the slot and before it could run.
        for path, queued_first in [("/stall", True), ("/stall-mid-body", True), ("/stall", False)]:
            seen = len(server.requests)
            holder = asyncio.ensure_future(stream_all(path))
            await until(lambda: len(server.requests) > seen)
            queued = asyncio.ensure_future(http.get(server.url))
            await asyncio.sleep(0.02)
            if queued_first:
                queued.cancel()
                holder.cancel()
            else:
                holder.cancel()
                await asyncio.sleep(0)  # the holder gives its slot to the queued request...
                queued.cancel()         # ...which is cancelled before it gets to use it
            for task in (holder, queued):
                with pytest.raises(asyncio.CancelledError):
                    await task
            assert (await http.get(server.url, timeout=httpx.Timeout(5, pool=1))).text == "ok"
    # Each connection cancelled mid-request was closed, not reused; the answered ones were.
    assert server.connections == 4


# --- closing early, flow control ----------------------------------------------------------------


async def test_closing_a_response_early_closes_its_connection(serve: Serve) -> None:
    async def endless(reader: Reader, writer: Writer, server: Server) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
        for _ in range(1000):
            writer.write(chunk(b"data: token\n\n"))
            await writer.drain()
            await asyncio.sleep(0.01)
            if reader.at_eof():
                break
        server.closed_by_client.set()

    server = await serve(endless)
    async with client() as http:
        async with http.stream("GET", server.url) as response:
            async for _ in response.aiter_bytes():
                break
        await asyncio.wait_for(server.closed_by_client.wait(), 2)  # the upstream saw the client leave
        server.handler = keep_alive
        assert (await http.get(server.url)).text == "/"
    assert server.connections == 2


async def test_a_slow_reader_holds_back_a_large_body(serve: Serve) -> None:
    size = 5 * 1024 * 1024
    sent = 0

    async def large(reader: Reader, writer: Writer, server: Server) -> None:
        nonlocal sent
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 64 * 1024)
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % size)
        block = bytes(range(256)) * 64
        for _ in range(size // len(block)):
            writer.write(block)
            await writer.drain()
            sent += len(block)

    async def small_window(host: str, port: int, timeout: float | None) -> socket.socket:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)  # before connect: sets the window
        sock.setblocking(False)
        await asyncio.get_running_loop().sock_connect(sock, (host, port))
        return sock

    server = await serve(large)
    async with httpx.AsyncClient(transport=Http1Transport(connect=small_window)) as http:
        async with http.stream("GET", server.url) as response:
            parts = response.aiter_bytes()
            received = len(await anext(parts))
            await asyncio.sleep(0.5)  # a reader that does not read: the socket must stop being read
            assert sent < 1024 * 1024, f"{sent} bytes left the server while the client read {received}"
            async for part in parts:
                received += len(part)
    assert received == size


# --- TLS, and the demo upstream -----------------------------------------------------------------


async def test_tls_with_a_trusted_ca_and_refused_without(serve: Serve, tmp_path: Path) -> None:
    tls = make_tls_files(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(tls.cert, tls.key)
    server_context.set_alpn_protocols(["h2", "http/1.1"])
    protocols: list[str | None] = []

    async def alpn(reader: Reader, writer: Writer, server: Server) -> None:
        protocols.append(writer.get_extra_info("ssl_object").selected_alpn_protocol())
        await keep_alive(reader, writer, server)

    server = await serve(alpn, ssl_context=server_context)
    trusting = ssl.create_default_context(cafile=str(tls.ca))
    async with httpx.AsyncClient(transport=Http1Transport(ssl_context=trusting)) as http:
        assert [(await http.get(f"{server.url}/{n}")).text for n in range(3)] == ["/0", "/1", "/2"]
    assert protocols == ["http/1.1"]  # offered alone, though the server prefers h2

    async with httpx.AsyncClient(transport=Http1Transport()) as http:  # the public CAs only
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await http.get(server.url)
    assert not server.requests[3:]


async def test_the_demo_upstream_whole_and_streamed(upstream: UpstreamServer) -> None:
    body = {"model": "demo-model", "messages": [{"role": "user", "content": "hello"}], "max_tokens": 16}
    headers = {"authorization": "Bearer sk-demo-key"}
    async with httpx.AsyncClient(transport=Http1Transport(connect=connect_tcp)) as http:
        whole = await http.post(f"{upstream.url}/chat/completions", json=body, headers=headers)
        async with http.stream("POST", f"{upstream.url}/chat/completions", json={**body, "stream": True},
                               headers=headers) as response:
            streamed = b"".join([part async for part in response.aiter_bytes()])
    assert whole.json()["choices"][0]["message"]["content"].startswith("You said:")
    assert streamed.endswith(b"data: [DONE]\n\n")
    assert [r.path for r in upstream.received()] == ["/v1/chat/completions"] * 2
