"""A closed-loop HTTP/1.1 load generator cheap enough not to be the bottleneck.

httpx.AsyncClient costs about 2-5 ms of CPU per request here, more than the gateways it would
measure, so this is a raw `asyncio.Protocol` on uvloop with httptools' C parser: one keep-alive
connection per concurrent worker, the request bytes built once, nothing parsed but the status line,
the framing and (for streams) the first content event. Its own CPU per request is reported with every
cell, so its ceiling is known: `python -m bench.loadgen URL` measures it against a server alone.

Each worker sends its next request as soon as the previous answer ended (closed loop), so
`concurrency` is the number of requests in flight and throughput is what the server sustains.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httptools
import orjson
import uvloop

# The first streamed event carrying text (the role event before it has "content":"").
_CONTENT = re.compile(rb'"content":\s*"(?!")')
_DONE = b"data: [DONE]"
_SCAN_CARRY = 24  # bytes kept from the previous read, so a pattern split across reads is still seen
# A connection idle for longer is replaced before use (untimed): servers close idle keep-alive
# connections (uvicorn after 5 s), and a request racing that close would count as an error.
_MAX_IDLE = 2.0


@dataclass(frozen=True)
class Target:
    """One kind of request, sent again and again: where, with which headers and body."""

    url: str                      # full URL of the endpoint
    body: bytes
    stream: bool
    headers: tuple[tuple[str, str], ...] = ()
    expect: bytes | None = None   # must occur in every answer's text (checked on a sample of streams)

    def host_port(self) -> tuple[str, int]:
        parts = urlsplit(self.url)
        return parts.hostname or "127.0.0.1", parts.port or 80

    def request_bytes(self) -> bytes:
        parts = urlsplit(self.url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"POST {path} HTTP/1.1", f"Host: {parts.netloc}", "Content-Type: application/json",
                 f"Content-Length: {len(self.body)}", "Accept: */*"]
        lines += [f"{name}: {value}" for name, value in self.headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + self.body


@dataclass
class CellResult:
    """What one measured run of a cell saw. Latencies and TTFTs are in seconds, of successes only."""

    latencies: list[float] = field(default_factory=list)
    ttfts: list[float] = field(default_factory=list)
    errors: collections.Counter = field(default_factory=collections.Counter)
    error_sample: str = ""
    elapsed: float = 0.0
    started: int = 0
    checked: int = 0              # answers whose text was checked against Target.expect

    @property
    def ok(self) -> int:
        return len(self.latencies)

    @property
    def failed(self) -> int:
        return sum(self.errors.values())


class RequestFailed(Exception):
    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind, self.detail = kind, detail


class _Connection(asyncio.Protocol):
    """One keep-alive connection; `exchange()` sends a request and waits for the whole answer."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.closed = False
        self._waiter: asyncio.Future | None = None
        self._status = 0
        self._keep = False
        self._parts: list[bytes] = []
        self._tail = b""
        self._scan = False
        self._first = 0.0
        self._keep_alive = True
        self.last_used = time.monotonic()

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(RequestFailed("bad_http", str(exc)))
            self.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail(RequestFailed("connection_lost", str(exc or "closed by server")))

    # httptools callbacks
    def on_headers_complete(self) -> None:
        self._status = self.parser.get_status_code()
        self._keep_alive = self.parser.should_keep_alive()

    def on_body(self, body: bytes) -> None:
        if self._scan and _CONTENT.search(self._tail + body):
            self._first = time.perf_counter()
            self._scan = False
        if self._keep:
            self._parts.append(body)
        self._tail = body[-_SCAN_CARRY:] if len(body) >= _SCAN_CARRY else (self._tail + body)[-_SCAN_CARRY:]

    def on_message_complete(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if not self._keep_alive:
            self.close()

    # ours
    def _fail(self, exc: Exception) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    async def exchange(self, data: bytes, *, stream: bool, keep_body: bool,
                       timeout: float) -> tuple[int, bytes, float]:
        """(status, body or its last bytes, time of the first content event or 0)."""
        loop = asyncio.get_running_loop()
        self._waiter = waiter = loop.create_future()
        self._status, self._keep, self._parts, self._tail = 0, keep_body, [], b""
        self._scan, self._first = stream, 0.0
        assert self.transport is not None
        self.transport.write(data)
        timer = loop.call_later(timeout, self._timed_out, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self.last_used = time.monotonic()
        body = b"".join(self._parts) if keep_body else self._tail
        return self._status, body, self._first

    def _timed_out(self, waiter: asyncio.Future) -> None:
        if not waiter.done():
            waiter.set_exception(RequestFailed("timeout"))
        self.close()  # the answer may still arrive; this connection can't be reused


async def _connect(host: str, port: int) -> _Connection:
    loop = asyncio.get_running_loop()
    _, protocol = await loop.create_connection(_Connection, host, port)
    return protocol


def stream_text(body: bytes) -> str:
    """The answer text of an OpenAI SSE stream (the concatenated content deltas)."""
    out = []
    for event in body.split(b"\n\n"):
        event = event.strip()
        if not event.startswith(b"data:") or event.endswith(b"[DONE]"):
            continue
        payload = orjson.loads(event[5:])
        for choice in payload.get("choices") or ():
            content = (choice.get("delta") or {}).get("content")
            if content:
                out.append(content)
    return "".join(out)


class _Run:
    """Shared state of the workers of one phase: the request budget and what they saw."""

    def __init__(self, max_requests: int, seconds: float, result: CellResult) -> None:
        self.left = max_requests
        self.deadline = time.perf_counter() + seconds
        self.result = result

    def take(self) -> bool:
        if self.left <= 0 or time.perf_counter() >= self.deadline:
            return False
        self.left -= 1
        self.result.started += 1
        return True


_CHECK_EVERY = 16  # streams whose whole text is reassembled and checked (1 in N, and the first)


async def _worker(conn: _Connection | None, target: Target, data: bytes, run: _Run,
                  timeout: float, host: str, port: int) -> _Connection | None:
    result = run.result
    n = 0
    while run.take():
        n += 1
        try:
            if conn is not None and (conn.closed or time.monotonic() - conn.last_used > _MAX_IDLE):
                conn.close()
                conn = None
            if conn is None:
                conn = await _connect(host, port)
            check = target.expect is not None and (not target.stream or n % _CHECK_EVERY == 1)
            t0 = time.perf_counter()
            status, body, first = await conn.exchange(data, stream=target.stream,
                                                       keep_body=check or not target.stream, timeout=timeout)
            t1 = time.perf_counter()
            if status != 200:
                raise RequestFailed(f"http_{status}", body[:300].decode(errors="replace"))
            if target.stream:
                if not body.rstrip().endswith(_DONE):
                    raise RequestFailed("stream_unfinished", body[-120:].decode(errors="replace"))
                if first == 0.0:
                    raise RequestFailed("stream_without_content")
            if check:
                try:
                    text = stream_text(body).encode() if target.stream else body
                except ValueError as exc:  # orjson's decode error: an event that is not JSON
                    raise RequestFailed("bad_stream_event", str(exc)) from None
                if target.expect not in text:  # type: ignore[operator]
                    raise RequestFailed("answer_mismatch", text[:300].decode(errors="replace"))
                result.checked += 1
        except RequestFailed as exc:
            result.errors[exc.kind] += 1
            result.error_sample = result.error_sample or f"{exc.kind}: {exc.detail}"[:400]
            if conn is not None and conn.closed:
                conn = None
            await asyncio.sleep(0.005)  # a failing server must not turn this into a busy loop
            continue
        except OSError as exc:
            result.errors["connect_failed"] += 1
            result.error_sample = result.error_sample or f"connect_failed: {exc}"[:400]
            conn = None
            await asyncio.sleep(0.02)
            continue
        result.latencies.append(t1 - t0)
        if target.stream:
            result.ttfts.append(first - t0)
    return conn


async def run_cell(target: Target, concurrency: int, *, max_requests: int, max_seconds: float,
                   warmup_requests: int, warmup_seconds: float, timeout: float = 30.0,
                   on_measure: Callable[[str], None] | None = None) -> CellResult:
    """Warm up (results dropped), then measure until `max_requests` were sent or `max_seconds`
    passed, whichever comes first. `on_measure("start" | "end")` runs with no request in flight."""
    host, port = target.host_port()
    data = target.request_bytes()
    conns: list[_Connection | None] = [None] * concurrency

    async def phase(max_n: int, seconds: float, result: CellResult) -> None:
        run = _Run(max_n, seconds, result)
        done = await asyncio.gather(*(_worker(conns[i], target, data, run, timeout, host, port)
                                      for i in range(concurrency)))
        conns[:] = done

    try:
        if warmup_requests > 0 and warmup_seconds > 0:
            await phase(warmup_requests, warmup_seconds, CellResult())
        if on_measure:
            on_measure("start")
        result = CellResult()
        t0 = time.perf_counter()
        await phase(max_requests, max_seconds, result)
        result.elapsed = time.perf_counter() - t0
        if on_measure:
            on_measure("end")
        return result
    finally:
        for conn in conns:
            if conn is not None:
                conn.close()


def percentile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of an ascending list."""
    if not sorted_values:
        return float("nan")
    pos = (len(sorted_values) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


def main(argv: list[str] | None = None) -> int:
    """Measure this generator's ceiling: hammer one URL, print req/s and own CPU µs per request."""
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=main.__doc__)
    parser.add_argument("url", help="e.g. http://127.0.0.1:8900/v1/chat/completions")
    parser.add_argument("-c", "--concurrency", type=int, default=50)
    parser.add_argument("-n", "--requests", type=int, default=50_000)
    parser.add_argument("-t", "--seconds", type=float, default=5.0)
    parser.add_argument("--stream", action="store_true")
    parser.add_argument("--model", default="demo-model")
    parser.add_argument("--token", default="sk-bench")
    parser.add_argument("--warmup", type=int, default=200, help="requests (at most 1 s) before measuring")
    parser.add_argument("--pii", choices=("off", "redact", "placeholder", "pseudonymize"),
                        help="send llmvpn's per-request privacy choice, {\"pii\": PII}, with every request")
    args = parser.parse_args(argv)

    from bench.prompt import EXPECTED, chat_body

    privacy = {"pii": args.pii} if args.pii else None
    target = Target(args.url, chat_body(args.model, stream=args.stream, privacy=privacy), args.stream,
                    (("Authorization", f"Bearer {args.token}"),), EXPECTED)
    cpu: dict[str, float] = {}

    def mark(what: str) -> None:
        cpu[what] = time.process_time()

    result = uvloop.run(run_cell(target, args.concurrency, max_requests=args.requests,
                                 max_seconds=args.seconds, warmup_requests=args.warmup, warmup_seconds=1.0,
                                 on_measure=mark))
    lat = sorted(result.latencies)
    own = (cpu["end"] - cpu["start"]) / max(result.started, 1)
    print(f"{result.ok} ok, {result.failed} failed {dict(result.errors)} in {result.elapsed:.2f} s: "
          f"{result.ok / result.elapsed:.0f} req/s, p50 {percentile(lat, 50) * 1e3:.2f} ms, "
          f"p99 {percentile(lat, 99) * 1e3:.2f} ms; load generator CPU {own * 1e6:.0f} µs/request "
          f"(ceiling ≈ {1 / own if own else float('inf'):.0f} req/s on one core)")
    if result.error_sample:
        print("first error:", result.error_sample, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
