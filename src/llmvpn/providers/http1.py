"""HTTP/1.1 to upstreams under `httpx.AsyncClient`: connections are `asyncio.Protocol`s, responses are
parsed by httptools (llhttp, in C).

httpx's own stack for HTTP/1.1 (httpcore's pool, h11's pure-Python parser, a stream backend) cost
the web worker ~0.75 ms of CPU per upstream call and ~3 ms per 128-event stream; its pool also looks at
every connection on every request (encode/httpcore#1035). Here a connection parses what arrives as it
arrives, a body chunk goes from `data_received` to the reader with no copy, and picking a connection
is a pop from a deque.

    Http1Transport ···· handle_async_request(): the origin's pool, a connection from it, one exchange
      _Pool ··········· one origin: idle connections (newest last), slots in use, requests waiting
      _Connection ····· the protocol: writes a request, parses its response, buffers the body
      _Body ··········· the response's stream; its end or aclose() gives the connection back

Limits are httpx.Limits, applied per origin. Only httpx exceptions leave (ConnectError/ConnectTimeout,
PoolTimeout, WriteError/WriteTimeout, ReadError/ReadTimeout, RemoteProtocolError, LocalProtocolError),
plus whatever the `connect` callable raises of its own (urls.py's UnsafeUrl).
"""

from __future__ import annotations

import asyncio
import collections
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httptools
import httpx

# A connected non-blocking TCP socket to (host, port) within the timeout; ConnectError/ConnectTimeout.
Connect = Callable[[str, int, float | None], Awaitable[socket.socket]]

# Body bytes received and not yet read before the socket stops being read: a slow reader then holds
# this much (plus one socket read) per connection, not the whole answer.
READ_HIGH_WATER = 64 * 1024

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own

_PORTS = {b"http": 80, b"https": 443}
_FRAMED = (b"content-length", b"transfer-encoding")


async def connect_tcp(host: str, port: int, timeout: float | None) -> socket.socket:
    """The default `connect`: a TCP socket to `host`, no questions asked (urls.py asks them)."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        async with asyncio.timeout(timeout):
            await loop.sock_connect(sock, (host, port))
    except TimeoutError:
        sock.close()
        raise httpx.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
    except OSError as exc:
        sock.close()
        raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
    except BaseException:
        sock.close()
        raise
    return sock


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_result(False)


async def _wait(waiter: asyncio.Future[Any], timeout: float | None) -> Any:
    """What `waiter` is set to, or False after `timeout`: a timer handle is cheaper than asyncio.timeout()."""
    if timeout is None:
        return await waiter
    timer = asyncio.get_running_loop().call_later(timeout, _expire, waiter)
    try:
        return await waiter
    finally:
        timer.cancel()


class _Connection(asyncio.Protocol):
    """One connection to an origin; what the parser sees becomes the current response's state."""

    def __init__(self, pool: _Pool) -> None:
        self.pool = pool
        self.transport: asyncio.Transport = None  # type: ignore[assignment]  # until connection_made
        self.parser = httptools.HttpResponseParser(self)
        self.lost = False         # EOF, reset or closed: never used again
        self.active = False       # a request holds it (from exchange() to the pool's release())
        self.requests = 0
        self.expires_at = 0.0
        self._reader: asyncio.Future[bool] | None = None
        self._writable: asyncio.Future[bool] | None = None
        self._paused = False
        self.body: collections.deque[bytes] = collections.deque()
        self._reset(False, False)

    def _reset(self, keep_alive: bool, head: bool) -> None:
        self.keep_alive = keep_alive
        self.head = head          # HEAD: llhttp can't know there's no body, so the message ends here
        self.received = False     # a byte of the response came: a failure now is never retried
        self.error: httpx.TransportError | None = None
        self.status = 0
        self.reason = b""
        self.version = b"HTTP/1.1"
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_done = False
        self.interim = False
        self.complete = False
        self.body.clear()
        self.buffered = 0

    # -- asyncio.Protocol --

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        if not self.active or self.complete:
            # Bytes nobody asked for (a late 408, garbage): nothing after them can be trusted.
            self.close()
            return
        self.received = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(httpx.RemoteProtocolError("the upstream switched protocols"))
        except httptools.HttpParserError as exc:
            # Past a complete answer (a second one nobody asked for), that answer still stands.
            self._fail(None if self.complete else httpx.RemoteProtocolError(f"malformed response: {exc}"))
        if self.buffered > READ_HIGH_WATER and not self._paused and not self.lost:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool | None:
        self.lost = True  # an idle connection is now known dead without a syscall; connection_lost follows
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.active and not self.complete and self.error is None:
            if self.head_done and not any(name.lower() in _FRAMED for name, _ in self.headers):
                self.complete = True  # a body delimited by the end of the connection
            elif exc is not None:
                self.error = httpx.ReadError(str(exc) or type(exc).__name__)
            elif self.head_done:
                self.error = httpx.RemoteProtocolError("the upstream closed the connection mid-body")
            else:
                self.error = httpx.RemoteProtocolError("the upstream closed the connection before answering")
        self._wake()
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(True)

    def pause_writing(self) -> None:
        self._writable = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(True)

    # -- httptools callbacks --

    def on_message_begin(self) -> None:
        if self.head_done:
            raise httptools.HttpParserError("a second response to one request")

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        parser = self.parser
        status = parser.get_status_code()
        if status < 200:  # 100 Continue and the like: the real answer follows
            self.interim = True
            self.headers, self.reason = [], b""
            return
        self.status = status
        self.head_done = True
        self.keep_alive = self.keep_alive and parser.should_keep_alive()
        if parser.get_http_version() == "1.0":
            self.version = b"HTTP/1.0"
        if self.head:
            self.complete = True
            self.keep_alive = False  # the parser would take the next response for this one's body

    def on_body(self, chunk: bytes) -> None:
        if not self.complete:
            self.body.append(chunk)
            self.buffered += len(chunk)

    def on_message_complete(self) -> None:
        if self.interim:
            self.interim = False
        else:
            self.complete = True

    # -- used by the transport and the body --

    def _fail(self, error: httpx.TransportError | None) -> None:
        if self.error is None:
            self.error = error
        self.close()

    def _wake(self) -> None:
        if self._reader is not None and not self._reader.done():
            self._reader.set_result(True)

    async def wait_readable(self, timeout: float | None) -> bool:
        self._reader = asyncio.get_running_loop().create_future()
        try:
            return await _wait(self._reader, timeout)
        finally:
            self._reader = None

    def take(self) -> bytes:
        """Everything buffered; reading resumes if it was paused for it."""
        body = self.body
        chunk = body.popleft() if len(body) == 1 else b"".join(body)
        body.clear()
        self.buffered = 0
        if self._paused and not self.lost:
            self._paused = False
            self.transport.resume_reading()
        return chunk

    async def exchange(self, request: httpx.Request, head: bytes, content: bytes | None,
                       keep_alive: bool, timeouts: dict[str, float | None]) -> None:
        """Send the request; return once the response's status and headers are in."""
        self._reset(keep_alive, request.method == "HEAD")
        self.active = True
        self.requests += 1
        if self.lost:
            raise httpx.WriteError("the upstream closed the connection", request=request)
        write_timeout = timeouts.get("write")
        if content is None:
            await self._send_stream(request, head, write_timeout)
        else:
            if len(content) < 65536:  # the usual JSON body: one write, one segment with the head
                self.transport.write(head + content)
            else:
                self.transport.writelines((head, content))
            await self._drain(request, write_timeout)
        read_timeout = timeouts.get("read")
        while not self.head_done:
            if self.error is not None:
                raise self.error
            if not await self.wait_readable(read_timeout):
                raise httpx.ReadTimeout("timed out waiting for the upstream's response", request=request)

    async def _send_stream(self, request: httpx.Request, head: bytes, timeout: float | None) -> None:
        # httpx sets Transfer-Encoding: chunked for a body of unknown length; the framing is ours.
        chunked = "chunked" in request.headers.get("transfer-encoding", "").lower()
        self.transport.write(head)
        async for part in request.stream:  # type: ignore[union-attr]
            if part:
                self.transport.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
                await self._drain(request, timeout)
        if chunked:
            self.transport.write(b"0\r\n\r\n")
        await self._drain(request, timeout)

    async def _drain(self, request: httpx.Request, timeout: float | None) -> None:
        writable = self._writable
        if writable is not None and not writable.done() and not await _wait(writable, timeout):
            raise httpx.WriteTimeout("timed out writing to the upstream", request=request)
        if self.lost and not self.received:
            raise httpx.WriteError("the upstream closed the connection", request=request)

    def close(self) -> None:
        self.lost = True
        self.pool.connections.discard(self)
        transport = self.transport
        if transport is not None:  # None: the TLS handshake failed
            if self.active and not self.complete:
                transport.abort()  # mid-answer: no TLS goodbye, the upstream sees us leave now
            elif not transport.is_closing():
                transport.close()


class _Body(httpx.AsyncByteStream):
    """A response body as it arrives; its end, an error or aclose() gives the connection back."""

    def __init__(self, conn: _Connection, request: httpx.Request, timeout: float | None) -> None:
        self._conn = conn
        self._request = request
        self._timeout = timeout
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        try:
            while True:
                if self._done:  # closed by aclose() from elsewhere while we waited
                    raise httpx.StreamClosed()
                if conn.body:
                    yield conn.take()
                elif conn.complete:
                    break
                elif conn.error is not None:
                    raise conn.error
                elif not await conn.wait_readable(self._timeout):
                    raise httpx.ReadTimeout("timed out reading the upstream's answer", request=self._request)
        finally:  # also on an error, on cancellation, and when the reader stops early (GeneratorExit)
            self._finish()

    async def aclose(self) -> None:
        self._finish()

    def _finish(self) -> None:
        if not self._done:
            self._done = True
            conn = self._conn
            # Complete means all of it is in our buffer, read or not: the connection is free.
            conn.pool.release(conn, conn.complete and conn.keep_alive and not conn.lost)


class _Pool:
    """One origin's connections: `busy` slots are lent out, `idle` wait for reuse (newest last)."""

    def __init__(self, host: str, port: int, tls: bool, limits: httpx.Limits) -> None:
        self.host, self.port, self.tls = host, port, tls
        self.max_connections = limits.max_connections
        self.max_idle = limits.max_keepalive_connections
        self.expiry = limits.keepalive_expiry
        self.idle: collections.deque[_Connection] = collections.deque()
        self.busy = 0
        self.waiters: collections.deque[asyncio.Future[Any]] = collections.deque()
        self.connections: set[_Connection] = set()

    def prune(self, now: float) -> None:
        """Close idle connections past their expiry; the oldest are on the left."""
        idle = self.idle
        while idle and idle[0].expires_at <= now:
            idle.popleft().close()

    async def acquire(self, timeout: float | None, request: httpx.Request) -> _Connection | None:
        """A slot: an idle connection to reuse, or None to open a new one in."""
        idle = self.idle
        while idle:
            conn = idle.pop()
            # Both facts come from the protocol's own state: no syscall to ask the socket.
            if not conn.lost and conn.expires_at > asyncio.get_running_loop().time():
                self.busy += 1
                return conn
            conn.close()
        if self.max_connections is None or self.busy < self.max_connections:
            self.busy += 1
            return None
        # Set by release() to the slot handed over (a connection, or None), or False by the timeout.
        waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            got = await _wait(waiter, timeout)
        except BaseException:
            self._forget(waiter)
            if waiter.done() and not waiter.cancelled() and waiter.result() is not False:
                self.release(waiter.result(), True)  # handed a slot just as we were cancelled: pass it on
            raise
        if got is False:
            self._forget(waiter)
            raise httpx.PoolTimeout("no upstream connection came free in time", request=request)
        if got is not None and got.lost:
            got.close()
            return None
        return got

    def _forget(self, waiter: asyncio.Future[Any]) -> None:
        try:
            self.waiters.remove(waiter)
        except ValueError:
            pass

    def release(self, conn: _Connection | None, reusable: bool) -> None:
        """Give a slot back: its connection (None: none was opened) is kept, handed on, or closed."""
        if conn is not None:
            if not reusable:
                conn.close()
            conn.active = False
        keep = conn if reusable else None
        waiters = self.waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(keep)  # the slot goes to the first in line, connection or not
                return
        self.busy -= 1
        if keep is not None:
            if self.max_idle is None or len(self.idle) < self.max_idle:
                keep.expires_at = (asyncio.get_running_loop().time() + self.expiry
                                   if self.expiry is not None else float("inf"))
                self.idle.append(keep)
            else:
                keep.close()


def _head(request: httpx.Request) -> bytes:
    url = request.url
    raw = request.headers.raw
    if (not raw or raw[0][0].lower() != b"host") and "host" not in request.headers:
        raw = [(b"Host", url.netloc), *raw]
    head = b"".join([b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), url.raw_path),
                     *[b"%s: %s\r\n" % pair for pair in raw], b"\r\n"])
    # One CR LF per line and no NUL, or a header value is smuggling a header (or a request) of its own.
    lines = len(raw) + 2
    if head.count(b"\n") != lines or head.count(b"\r") != lines or b"\0" in head:
        raise httpx.LocalProtocolError("a request header contains CR, LF or NUL", request=request)
    return head


class Http1Transport(httpx.AsyncBaseTransport):
    """HTTP/1.1 with a keep-alive pool per origin (scheme, host, port), each with `limits`.

    `connect` opens the TCP connections (urls.py's checks it against the URL policy);
    `ssl_context` is ours from here on: its ALPN is set to http/1.1.
    """

    def __init__(self, *, connect: Connect = connect_tcp, ssl_context: ssl.SSLContext | None = None,
                 limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._connect = connect
        self._ssl_context = ssl_context or httpx.create_ssl_context(trust_env=False)
        self._ssl_context.set_alpn_protocols(["http/1.1"])
        self._limits = limits
        self._pools: dict[tuple[bytes, bytes, int], _Pool] = {}
        self._next_sweep = 0.0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin = (url.raw_scheme, url.raw_host, url.port or _PORTS.get(url.raw_scheme, 0))
        pool = self._pools.get(origin)
        if pool is None:
            if url.raw_scheme not in _PORTS:
                raise httpx.UnsupportedProtocol(f"{url.scheme!r} is not http or https", request=request)
            pool = self._pools[origin] = _Pool(url.raw_host.decode("ascii"), origin[2],
                                               url.raw_scheme == b"https", self._limits)
        self._sweep()
        timeouts = request.extensions.get("timeout", {})
        head = _head(request)
        try:
            content: bytes | None = request.content
        except httpx.RequestNotRead:
            content = None  # a streamed body: sent as it comes, so never retried
        keep_alive = request.headers.get("connection", "").lower() != "close"

        conn = await pool.acquire(timeouts.get("pool"), request)
        try:
            if conn is None:
                conn = await self._open(pool, timeouts.get("connect"))
            try:
                await conn.exchange(request, head, content, keep_alive, timeouts)
            except (httpx.WriteError, httpx.ReadError, httpx.RemoteProtocolError):
                if conn.requests == 1 or conn.received or content is None:
                    raise
                # A kept-alive connection the server closed just as we reused it: it saw nothing
                # of this request, so one more try on a new connection is safe.
                conn.close()
                conn.active = False
                conn = None
                conn = await self._open(pool, timeouts.get("connect"))
                await conn.exchange(request, head, content, keep_alive, timeouts)
        except BaseException:
            pool.release(conn, False)
            raise
        body = _Body(conn, request, timeouts.get("read"))
        return httpx.Response(conn.status, headers=conn.headers, stream=body,
                              extensions={"http_version": conn.version, "reason_phrase": conn.reason})

    async def _open(self, pool: _Pool, timeout: float | None) -> _Connection:
        loop = asyncio.get_running_loop()
        sock = await self._connect(pool.host, pool.port, timeout)
        conn = _Connection(pool)
        try:
            async with asyncio.timeout(timeout):
                if pool.tls:
                    await loop.create_connection(lambda: conn, sock=sock, ssl=self._ssl_context,
                                                 server_hostname=pool.host)
                else:
                    await loop.create_connection(lambda: conn, sock=sock)
        except TimeoutError:
            sock.close()
            raise httpx.ConnectTimeout(f"timed out connecting to {pool.host}:{pool.port}") from None
        except (OSError, ssl.SSLError) as exc:  # certificate errors included
            sock.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from None
        except BaseException:
            sock.close()
            raise
        pool.connections.add(conn)
        return conn

    def _sweep(self) -> None:
        # Idle connections of origins no longer called would otherwise stay open until the server
        # closes them; pools are few (one per provider host), so a look at each, once a second, is cheap.
        now = asyncio.get_running_loop().time()
        if now >= self._next_sweep and self._limits.keepalive_expiry is not None:
            self._next_sweep = now + 1.0
            for pool in self._pools.values():
                pool.prune(now)

    async def aclose(self) -> None:
        for pool in self._pools.values():
            for conn in list(pool.connections):
                conn.close()
            pool.idle.clear()
