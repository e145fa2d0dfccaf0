"""One chat request, from lease to answer, with failover to another key.

    attempt ── acquire(exclude tried keys) ── upstream ──┬─ answer ──────── release(OK, tokens)
                                                          └─ UpstreamFailure ── release(outcome)
                                                               ├─ retryable and budget left: next attempt
                                                               └─ otherwise: its error (502/504/429/4xx)

A stream commits (sends its 200) only once the upstream's first event is in hand, so a failure before
it fails over like any other; after it there is no replay, and an SSE error event ends the stream
(web/relay.py). Every lease is released exactly once, whatever happens, with the outcome the key
server needs to cool down (429) or retire (401/402/403) a key.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import anyio
import httpx
from starlette.background import BackgroundTask
from starlette.responses import Response

from llmvpn.config import WebSettings
from llmvpn.errors import ApiError, NoCapacity, NotFound
from llmvpn.keyserver.client import KeyServerClient, Lease, Mode, Outcome
from llmvpn.logging import register_secret
from llmvpn.providers import anthropic, openai_compat
from llmvpn.providers.sse import EventSplitter
from llmvpn.providers.upstream import (
    Usage, UpstreamFailure, attempt_timeout, invalid_answer, map_upstream_errors, read_capped, send,
    too_large,
)
from llmvpn.web.relay import RelayResponse, Stream
from llmvpn.web.schemas_openai import ChatRequest

log = logging.getLogger(__name__)

DIALECTS: dict[str, ModuleType] = {"openai": openai_compat, "anthropic": anthropic}


@dataclass(frozen=True, slots=True)
class ChatCall:
    """Everything one chat request needs: the cleaned body, its checked view, who asks, and the clients."""

    body: dict[str, Any]
    request: ChatRequest
    owner: str
    request_id: str
    keyserver: KeyServerClient
    client: httpx.AsyncClient
    settings: WebSettings


async def release(keyserver: KeyServerClient, lease: Lease, outcome: Outcome, *, started: float,
                  http_status: int = 0, retry_after: float = 0.0, usage: Usage | None = None) -> None:
    """Give the lease back; shielded from cancellation, and never failing the request it served."""
    usage = usage or Usage()
    with anyio.CancelScope(shield=True):
        try:
            await keyserver.release(
                lease.lease_id, outcome, http_status=http_status, retry_after_seconds=retry_after,
                prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
                latency_ms=(time.perf_counter() - started) * 1000,
            )
        except ApiError as exc:
            # The answer is out (or failing anyway); the lease expires by its TTL on the key server.
            log.warning("could not release lease of key %s (%s): %s", lease.key_fingerprint, outcome,
                        exc.message)


async def chat_completion(call: ChatCall) -> Response:
    """Answer `call`, trying up to 1 + upstream_max_retries keys; raises the ApiError of the last failure."""
    settings = call.settings
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.request_timeout_seconds
    excluded: list[str] = []
    failure: UpstreamFailure | None = None
    for attempt in range(settings.upstream_max_retries + 1):
        lease = await _acquire(call, excluded, failure)
        register_secret(lease.api_key.reveal())  # this worker's logs now mask it, whatever prints it
        started = time.perf_counter()
        try:
            if call.request.stream:
                return await _stream(call, lease, deadline, started)
            return await _complete(call, lease, deadline, started)
        except UpstreamFailure as exc:
            failure = exc
            await release(call.keyserver, lease, exc.outcome, started=started, http_status=exc.http_status,
                          retry_after=exc.retry_after)
            log.info("attempt %d on key %s failed (%s, HTTP %s)", attempt + 1, lease.key_fingerprint,
                     exc.outcome, exc.http_status or "-")
            if not exc.retryable or loop.time() >= deadline:
                raise exc.error from None
            excluded.append(lease.key_id)
        except ApiError:  # the request can't be put in this provider's shape (e.g. n > 1 for Anthropic)
            await release(call.keyserver, lease, Outcome.CLIENT_ERROR, started=started, http_status=400)
            raise
        except BaseException:
            await release(call.keyserver, lease, Outcome.CANCELLED, started=started)
            raise
    assert failure is not None
    raise failure.error


async def _acquire(call: ChatCall, excluded: list[str], failure: UpstreamFailure | None) -> Lease:
    try:
        return await call.keyserver.acquire(call.request.model, owner=call.owner, mode=Mode.STATELESS,
                                            exclude_key_ids=excluded, request_id=call.request_id)
    except (NoCapacity, NotFound):
        if failure is None:
            raise
        # No other key left to fail over to: what the client learns is why the tried ones failed.
        raise failure.error from None


async def _complete(call: ChatCall, lease: Lease, deadline: float, started: float) -> Response:
    dialect = DIALECTS[lease.kind]
    secret = lease.api_key.reveal()
    payload = dialect.request_body(call.body, lease.model, False)
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
    answer, usage = dialect.completion(raw)
    # Released after the answer is sent: the key server's round trip stays off the client's latency.
    return Response(answer, media_type="application/json", background=BackgroundTask(
        release, call.keyserver, lease, Outcome.OK, started=started, http_status=200, usage=usage))


async def _stream(call: ChatCall, lease: Lease, deadline: float, started: float) -> Response:
    dialect = DIALECTS[lease.kind]
    secret = lease.api_key.reveal()
    options = call.request.stream_options
    relay = dialect.StreamRelay(bool(options and options.include_usage), lease.model)
    payload = dialect.request_body(call.body, lease.model, True)
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

    async def finish(outcome: Outcome, usage: Usage) -> None:
        await release(call.keyserver, lease, outcome, started=started, http_status=200, usage=usage)

    return RelayResponse(stream, first, finish)


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
