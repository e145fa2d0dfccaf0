"""One chat request, from admission to answer: the flow every chat route shares (OpenAI-compatible,
Direct API, Web API), stateless or stateful, with failover to another key.

    hooks.outgoing(body) ─ admit ─┬─ attempt: acquire(mode, session, exclude tried keys) ── upstream
     (messages final)             │     ├─ answer ── hooks.answer / hooks.event ── release(OK, tokens)
                                  │     │            hooks.finish, then the client's last byte; settle
                                  │     └─ UpstreamFailure ── release(outcome)
                                  │           ├─ retryable and budget left: next attempt
                                  │           └─ otherwise: its error (502/504/429/4xx)
                                  └─ no answer: refund the reservation, hooks.abort

The privacy seam is `ChatCall.hooks` (web/hooks.py): `_attempts` below receives the body exactly as
it goes upstream, and every answer byte passes the hooks on its way back.

When the hooks scan the prompt (and no admission counts requests), the first attempt's lease is fetched
while the scan runs; a request that fails before its first attempt gives it back unused.

Stateless: a fresh lease per attempt, and the key server passes over the caller's previous key.
Stateful: the lease comes from the session (`session_id`), which keeps its key per model until the
key fails; then the binding moves with the session.

A stream commits (sends its 200) only once the upstream's first event is in hand, so a failure before
it fails over like any other; after it there is no replay, and an SSE error event ends the stream
(web/relay.py). Every lease is released exactly once, whatever happens, with the outcome the key
server needs to cool down (429) or retire (401/402/403) a key.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import anyio
from starlette.background import BackgroundTask
from starlette.responses import Response
from starlette.types import Receive

from llmvpn.config import WebSettings
from llmvpn.errors import ApiError, NoCapacity, NotFound
from llmvpn.keyserver.client import KeyServerClient, Lease, Mode, Outcome
from llmvpn.logging import register_secret
from llmvpn.providers import anthropic, openai_compat
from llmvpn.providers.sse import EventSplitter
from llmvpn.providers.tokens import TokenCounter
from llmvpn.providers.upstream import (
    UpstreamClient, Usage, UpstreamFailure, attempt_timeout, invalid_answer, map_upstream_errors, read_capped, send,
    too_large,
)
from llmvpn.web.admission import NOT_COUNTED, Reservation, admit, limits_configured
from llmvpn.web.hooks import PASS_THROUGH, ChatHooks, FinishingRelayResponse, HookedRelay
from llmvpn.web.metrics import Metrics
from llmvpn.web.relay import ClientWatch, RelayResponse, Stream
from llmvpn.web.schemas_openai import ChatRequest

log = logging.getLogger(__name__)

DIALECTS: dict[str, ModuleType] = {"openai": openai_compat, "anthropic": anthropic}


@dataclass(frozen=True, slots=True)
class ChatCall:
    """Everything one chat request needs: the cleaned body, its checked view, who asks, how (stateless,
    or within a session), its hooks, and the clients."""

    body: dict[str, Any]
    request: ChatRequest
    owner: str
    request_id: str
    keyserver: KeyServerClient
    client: UpstreamClient
    settings: WebSettings
    mode: Mode = Mode.STATELESS
    session_id: str = ""  # stateful: the session whose key binding the lease follows
    hooks: ChatHooks = PASS_THROUGH
    metrics: Metrics | None = None
    headers: Mapping[str, str] = field(default_factory=dict)  # added to a successful answer
    tokens: TokenCounter | None = None  # counts what an upstream did not (web/app.py: one per worker)
    # The request's ASGI receive, once its body is read: a non-streamed request watches it so that a
    # client who leaves cancels the upstream call (a stream's response watches it itself: relay.py).
    receive: Receive | None = None


async def release(call: ChatCall, lease: Lease, outcome: Outcome, *, started: float, http_status: int = 0,
                  retry_after: float = 0.0, usage: Usage | None = None) -> None:
    """Give the lease back and count the attempt; shielded from cancellation, and never failing the
    request it served."""
    usage = usage or Usage()
    if call.metrics is not None:
        call.metrics.child(call.metrics.attempts, lease.provider_name, outcome.value).inc()
        call.metrics.count_tokens(lease.provider_name, usage.prompt_tokens, usage.completion_tokens)
    latency_ms = (time.perf_counter() - started) * 1000
    if outcome is Outcome.OK and call.keyserver.post_release(
            lease.lease_id, outcome, http_status=http_status, prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens, latency_ms=latency_ms):
        return  # a key that did its job has nothing to wait for: the release rides with the next op
    with anyio.CancelScope(shield=True):
        try:
            await call.keyserver.release(
                lease.lease_id, outcome, http_status=http_status, retry_after_seconds=retry_after,
                prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
                latency_ms=latency_ms,
            )
        except ApiError as exc:
            # The answer is out (or failing anyway); the lease expires by its TTL on the key server.
            log.warning("could not release lease of key %s (%s): %s", lease.key_fingerprint, outcome,
                        exc.message)


# nginx's status for "the client closed the request": nobody receives it, but logs and metrics show it.
CLIENT_CLOSED = 499


async def chat_completion(call: ChatCall) -> Response:
    """Answer `call`, trying up to 1 + upstream_max_retries keys; raises the ApiError of the last failure."""
    if call.request.stream or call.receive is None:
        return await _chat(call)
    # The upstream call stops when the client leaves; its lease goes back as CANCELLED.
    answer = None
    with ClientWatch(call.receive):
        answer = await _chat(call)
    if answer is None:  # cancelled by the watch: the client left
        log.info("the client left before its answer; the upstream call was cancelled")
        return Response(status_code=CLIENT_CLOSED)
    return answer


async def _chat(call: ChatCall) -> Response:
    reservation = NOT_COUNTED
    early: asyncio.Task[Lease] | None = None
    try:
        if call.hooks.scans and not limits_configured(call.settings):
            # The first lease's round trip to the key server runs while the prompt is scanned, off the
            # client's latency. (Where admission counts requests, it goes first, and the lease after it.)
            early = asyncio.ensure_future(_acquire(call, [], None))
        # The privacy seam, outgoing: from here on, body["messages"] is what the upstream receives.
        body = await call.hooks.outgoing(call.body)
        reservation = await admit(call.keyserver, call.settings, call.owner, body)
        first, early = early, None  # from here, `_attempts` owns it
        return await _attempts(call, body, reservation, first)
    except BaseException:
        with anyio.CancelScope(shield=True):
            if early is not None:
                await _give_back(call, early)
            await reservation.refund()
            try:
                await call.hooks.abort()
            except ApiError as exc:  # the request's own error is what the client must see
                log.warning("cleaning up after a failed chat request failed: %s", exc.message)
        raise


async def _give_back(call: ChatCall, early: asyncio.Task[Lease]) -> None:
    """Release a lease taken beside the scan for a request that failed before using it (or forget the
    acquire's own failure: the request's error is what the client must see)."""
    try:
        lease = await early
    except (Exception, asyncio.CancelledError):
        return
    try:
        await call.keyserver.release(lease.lease_id, Outcome.CANCELLED)
    except ApiError as exc:
        log.warning("could not release unused lease of key %s: %s", lease.key_fingerprint, exc.message)


async def _attempts(call: ChatCall, body: dict[str, Any], reservation: Reservation,
                    first: asyncio.Task[Lease] | None = None) -> Response:
    settings = call.settings
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.request_timeout_seconds
    excluded: list[str] = []
    failure: UpstreamFailure | None = None
    for attempt in range(settings.upstream_max_retries + 1):
        if first is not None:
            lease, first = await first, None
        else:
            lease = await _acquire(call, excluded, failure)
        register_secret(lease.api_key.reveal())  # this worker's logs now mask it, whatever prints it
        started = time.perf_counter()
        try:
            if call.request.stream:
                return await _stream(call, body, lease, deadline, started, reservation)
            answer, usage = await _complete(call, body, lease, deadline, started)
        except UpstreamFailure as exc:
            failure = exc
            await release(call, lease, exc.outcome, started=started, http_status=exc.http_status,
                          retry_after=exc.retry_after)
            log.info("attempt %d on key %s failed (%s, HTTP %s)", attempt + 1, lease.key_fingerprint,
                     exc.outcome, exc.http_status or "-")
            if not exc.retryable or loop.time() >= deadline:
                raise exc.error from None
            if call.metrics is not None and attempt < settings.upstream_max_retries:
                call.metrics.child(call.metrics.failovers, lease.provider_name).inc()
            excluded.append(lease.key_id)
        except ApiError:  # the request can't be put in this provider's shape (e.g. n > 1 for Anthropic)
            await release(call, lease, Outcome.CLIENT_ERROR, started=started, http_status=400)
            raise
        except BaseException:
            await release(call, lease, Outcome.CANCELLED, started=started)
            raise
        else:
            return await _answer(call, lease, started, answer, usage, reservation)
    assert failure is not None
    raise failure.error


async def _acquire(call: ChatCall, excluded: list[str], failure: UpstreamFailure | None) -> Lease:
    try:
        return await call.keyserver.acquire(call.request.model, owner=call.owner, mode=call.mode,
                                            session_id=call.session_id, exclude_key_ids=excluded,
                                            request_id=call.request_id)
    except (NoCapacity, NotFound) as exc:
        if failure is None or getattr(exc, "code", None) == "session_not_found":
            raise
        # No other key left to fail over to: what the client learns is why the tried ones failed.
        raise failure.error from None


async def _complete(call: ChatCall, body: dict[str, Any], lease: Lease, deadline: float,
                    started: float) -> tuple[bytes, Usage]:
    dialect = DIALECTS[lease.kind]
    secret = lease.api_key.reveal()
    payload = dialect.request_body(body, lease.model, False)
    loop = asyncio.get_running_loop()
    with map_upstream_errors():
        async with asyncio.timeout_at(deadline):
            timeout = attempt_timeout(call.settings, deadline - loop.time())
            response = await send(call.client, dialect.url(lease.base_url), dialect.headers(secret), payload,
                                  timeout=timeout, secret=secret)
            try:
                raw = await read_capped(response, call.settings.upstream_max_response_bytes)
            finally:
                await response.aclose()
    if call.metrics is not None:
        call.metrics.child(call.metrics.upstream_latency, lease.provider_name).observe(time.perf_counter() - started)
    answer, usage = dialect.completion(raw)
    if not (usage.prompt_tokens and usage.completion_tokens) and call.tokens is not None:
        usage = await _counted(call.tokens, usage, lease.model, body, lambda: call.tokens.completion(answer, lease.model))
    return answer, usage


async def _counted(tokens: TokenCounter, usage: Usage, model: str, body: dict[str, Any],
                   completion: Any) -> Usage:
    """`usage` with what the upstream left out counted with tiktoken (in a thread: the first count
    loads an encoding), the upstream's own figures kept where it gave them."""
    def count() -> Usage:
        try:
            return Usage(usage.prompt_tokens or tokens.messages(body.get("messages"), model),
                         usage.completion_tokens or completion())
        except Exception as exc:  # noqa: BLE001 - a count is an estimate; it must never fail the request
            # The type only: the exception's text or traceback could quote the messages it was counting.
            log.warning("counting tokens failed (%s); the upstream's usage is kept as it was", type(exc).__name__)
            return usage
    return await anyio.to_thread.run_sync(count)


async def _answer(call: ChatCall, lease: Lease, started: float, answer: bytes, usage: Usage,
                  reservation: Reservation) -> Response:
    try:
        # The privacy seam, incoming: the whole answer, in OpenAI's shape.
        answer = call.hooks.answer(answer)
        await call.hooks.finish()
    except BaseException:
        # The upstream answered: the key did its job, and the tokens are spent.
        await release(call, lease, Outcome.OK, started=started, http_status=200, usage=usage)
        await reservation.settle(usage)
        raise
    # Settled before the answer leaves (a no-op without budgets), so the caller's next request is
    # admitted against what this one really used, not against its estimate.
    await reservation.settle(usage)
    # Released after the answer is sent: the key server's round trip stays off the client's latency.
    return Response(answer, media_type="application/json", headers={**call.headers, **call.hooks.response_headers()},
                    background=BackgroundTask(release, call, lease, Outcome.OK, started=started, http_status=200,
                                              usage=usage))


async def _stream(call: ChatCall, body: dict[str, Any], lease: Lease, deadline: float, started: float,
                  reservation: Reservation) -> Response:
    dialect = DIALECTS[lease.kind]
    secret = lease.api_key.reveal()
    options = call.request.stream_options
    relay: Any = dialect.StreamRelay(bool(options and options.include_usage), lease.model)
    hooked = call.hooks.changes_answer
    if hooked:
        relay = HookedRelay(relay, call.hooks)  # the privacy seam, incoming: each event of the stream
    payload = dialect.request_body(body, lease.model, True)
    loop = asyncio.get_running_loop()
    with map_upstream_errors():
        async with asyncio.timeout_at(deadline):
            timeout = attempt_timeout(call.settings, deadline - loop.time())
            response = await send(call.client, dialect.url(lease.base_url), dialect.headers(secret), payload,
                                  timeout=timeout, secret=secret)
            stream = Stream(response, response.aiter_bytes(), EventSplitter(), relay,
                            call.settings.upstream_max_response_bytes)
            try:
                first = await _first_output(stream)
            except BaseException:
                await response.aclose()
                raise
    if call.metrics is not None:
        call.metrics.child(call.metrics.upstream_latency, lease.provider_name).observe(time.perf_counter() - started)

    async def finish(outcome: Outcome, usage: Usage) -> None:
        if not (usage.prompt_tokens and usage.completion_tokens):
            if call.tokens is not None:
                usage = await _counted(call.tokens, usage, lease.model, body,
                                       lambda: call.tokens.stream(stream.sent, lease.model))
            elif not usage.completion_tokens:
                usage = Usage(usage.prompt_tokens, stream.relay.events)  # one event is about one token
        await release(call, lease, outcome, started=started, http_status=200, usage=usage)
        if outcome is Outcome.OK or usage.completion_tokens:
            await reservation.settle(usage)
        else:
            await reservation.refund()  # nothing came of it: cut off before its first token

    relayed = FinishingRelayResponse(stream, first, finish, call.hooks) if hooked else \
        RelayResponse(stream, first, finish)
    headers = {**call.headers, **call.hooks.response_headers()}
    relayed.raw_headers += [(name.lower().encode("latin-1"), value.encode("latin-1"))
                            for name, value in headers.items()]
    return relayed


async def _first_output(stream: Stream) -> bytes:
    """Read until the relay has something for the client (the role chunk, usually the first event)."""
    chunks: AsyncIterator[bytes] = stream.chunks
    while True:
        try:
            chunk = await anext(chunks)
        except StopAsyncIteration:
            raise invalid_answer("a stream that ended before its first event") from None
        stream.size += len(chunk)
        if stream.size > stream.limit:
            raise too_large(stream.limit)
        out = b"".join(stream.relay.feed(event) for event in stream.splitter.feed(chunk))
        if out or stream.relay.done:
            return out
