"""The upstream HTTP client, and the one place where its failures become ours.

One `UpstreamClient` per worker (`open_client`, opened and closed by the web app's lifespan) keeps
pooled keep-alive connections to every provider. It is httpx's client with no cookie jar: a cookie an
upstream sets (a CDN's visitor id) would otherwise go back with every later request of every user,
tying them together. A failed attempt becomes an `UpstreamFailure`:

    UpstreamFailure ·········· what went wrong with one attempt on one key
        .outcome, .http_status, .retry_after    what the key server is told on release
        .retryable                              whether another key may be tried (nothing was sent
                                                to the client yet, and the fault is the key's or the
                                                upstream's, not the request's)
        .error                                  the ApiError the client sees if no attempt succeeds

    map_upstream_errors() ···· httpx errors, the request deadline and a connect-time URL refusal
                               → UpstreamFailure; nothing else on the chat path catches httpx.HTTPError
    failure_for_status() ····· a non-2xx answer → UpstreamFailure; the upstream's body is never
                               relayed as it is (a 401 body may echo the key)
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import ssl
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx
import orjson

from llmvpn.config import WebSettings
from llmvpn.errors import (
    ApiError, ConfigError, InvalidRequest, NotFound, PayloadTooLarge, RateLimited, UnsafeUrl, UpstreamError,
    UpstreamTimeout,
)
from llmvpn.keyserver.client import Outcome
from llmvpn.logging import mask_secrets
from llmvpn.providers.urls import UrlPolicy, guarded_transport

log = logging.getLogger(__name__)

# Enough for any provider's error message; a bigger error body is cut, not buffered.
ERROR_BODY_LIMIT = 64 * 1024
_MAX_MESSAGE = 500
# A 429 without a usable Retry-After: the key server applies its own default cooldown.
_MAX_RETRY_AFTER = 24 * 3600.0


@dataclass(slots=True)
class Usage:
    """Tokens an answer used, from the upstream's own count (estimated when it sent none)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0


class UpstreamFailure(Exception):
    """One failed attempt: the outcome to report on release and the error a client would see."""

    def __init__(self, outcome: Outcome, error: ApiError, *, retryable: bool, http_status: int = 0,
                 retry_after: float = 0.0) -> None:
        super().__init__(error.message)
        self.outcome = outcome
        self.error = error
        self.retryable = retryable
        self.http_status = http_status
        self.retry_after = retry_after


# httpcore pools per worker for HTTP/2 (urls.guarded_transport): enough that each holds a handful of
# the requests in flight at high concurrency, few enough that a low-traffic worker reuses its connections.
POOL_SHARDS = 8


class UpstreamClient(httpx.AsyncClient):
    """httpx's client that keeps no cookies, with a short way in for chat calls (`open_post`)."""

    def __init__(self, **kwargs: Any) -> None:
        # A policy that accepts no domain: Set-Cookie is read and dropped, nothing is ever sent back.
        super().__init__(cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=())), **kwargs)
        self._default_headers = list(self.headers.raw)
        # Parsed once per endpoint: httpx parses a URL string (host, IP, path) on every request.
        self._urls: dict[str, httpx.URL] = {}

    async def open_post(self, url: str, headers: Mapping[str, str], content: bytes, *,
                        timeout: httpx.Timeout) -> httpx.Response:
        """POST to the transport directly and return the open response; the caller closes it.

        What `send(build_request(...), stream=True)` does for a client without cookies, redirects,
        auth, event hooks or mounts, without its layers: they cost more CPU per chat request than our
        HTTP/1.1 transport does (bench/README.md). The request carries the client's default headers,
        so the upstream sees exactly what the client would have sent."""
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) >= 1024:  # endpoints come from the registry: few, but never unbounded
                self._urls.clear()
            parsed = self._urls[url] = httpx.URL(url)
        request = httpx.Request("POST", parsed, headers=[*self._default_headers, *headers.items()], content=content,
                                extensions={"timeout": timeout.as_dict()})
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response


def open_client(settings: WebSettings) -> UpstreamClient:
    """The worker's pooled client: timeouts and pool size from settings, no redirects, no env proxies,
    and every new connection checked against the URL policy where it connects (urls.py)."""
    limits = httpx.Limits(max_connections=settings.upstream_max_connections,
                          max_keepalive_connections=settings.upstream_max_keepalive_connections,
                          keepalive_expiry=30.0)
    policy = UrlPolicy(allow_private=settings.allow_private_upstreams,
                       allow_link_local=settings.allow_link_local_upstreams)

    def ssl_context() -> ssl.SSLContext:
        context = httpx.create_ssl_context(trust_env=False)
        if settings.upstream_ca_bundle is not None:
            try:
                context.load_verify_locations(cafile=settings.upstream_ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                raise ConfigError(f"WEB_SERVER_UPSTREAM_CA_BUNDLE {settings.upstream_ca_bundle}: {exc}"
                                  ) from None
        return context

    return UpstreamClient(
        transport=guarded_transport(policy, limits=limits, http2=settings.upstream_http2, ssl_context=ssl_context,
                                    shards=POOL_SHARDS),
        timeout=attempt_timeout(settings, settings.request_timeout_seconds),
        # A redirect could send the key to a host nobody vetted (FAULTS 15); the environment's proxy
        # and .netrc settings are not this gateway's to pick up silently.
        follow_redirects=False, trust_env=False,
    )


def attempt_timeout(settings: WebSettings, remaining: float) -> httpx.Timeout:
    """Per-phase timeouts of one attempt, none past what is left of the request's deadline."""
    remaining = max(remaining, 0.001)
    connect = min(settings.upstream_connect_timeout_seconds, remaining)
    return httpx.Timeout(connect=connect, pool=connect, read=settings.upstream_read_timeout_seconds,
                         write=settings.upstream_read_timeout_seconds)


@contextlib.contextmanager
def map_upstream_errors() -> Iterator[None]:
    """Turn transport errors and the deadline (TimeoutError) raised inside into UpstreamFailure."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise _timeout(type(exc).__name__) from None
    except TimeoutError:
        raise _timeout("deadline") from None
    except httpx.ConnectError:
        raise UpstreamFailure(Outcome.CONNECTION_ERROR, UpstreamError(
            "could not connect to the upstream provider", code="upstream_connection_error"),
            retryable=True) from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError, httpx.CloseError) as exc:
        log.info("upstream connection broke: %s", type(exc).__name__)
        raise UpstreamFailure(Outcome.CONNECTION_ERROR, UpstreamError(
            "the upstream provider closed the connection before its answer was complete",
            code="upstream_connection_error"), retryable=True) from None
    except UnsafeUrl:
        # The provider's address resolves somewhere the policy refuses (DNS changed since it was
        # stored): nothing was sent; another provider may serve.
        log.warning("upstream address refused by the URL policy at connect time")
        raise UpstreamFailure(Outcome.CONNECTION_ERROR, UpstreamError(
            "the upstream provider's address is refused by this gateway's URL policy",
            code="upstream_address_refused"), retryable=True) from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        # Decoding errors, unsupported protocols, bad URLs: the upstream's or its configuration's fault.
        log.warning("upstream call failed: %s", type(exc).__name__)
        raise UpstreamFailure(Outcome.UPSTREAM_ERROR, UpstreamError(
            f"the upstream call failed ({type(exc).__name__})"), retryable=True) from None


def _timeout(what: str) -> UpstreamFailure:
    log.info("upstream timeout: %s", what)
    return UpstreamFailure(Outcome.TIMEOUT, UpstreamTimeout("the upstream provider did not answer in time"),
                           retryable=True)


def failure_for_status(status: int, headers: Mapping[str, str], body: bytes, secret: str) -> UpstreamFailure:
    """The failure a non-2xx answer stands for (see the table in the module docstring)."""
    if status == 429:
        retry_after = retry_after_seconds(headers)
        return UpstreamFailure(Outcome.RATE_LIMITED, RateLimited(
            "the upstream provider is rate limiting every key tried for this model",
            retry_after=retry_after or 1.0, code="upstream_rate_limited"),
            retryable=True, http_status=status, retry_after=retry_after)
    if status in (401, 403):
        # Our key's problem, not the caller's: never a 401 to the client, never the body (it may
        # echo the key).
        return UpstreamFailure(Outcome.AUTH_FAILED, UpstreamError(
            f"the upstream provider rejected the gateway's key (HTTP {status})", code="upstream_auth_failed"),
            retryable=True, http_status=status)
    if status == 402:
        return UpstreamFailure(Outcome.PAYMENT_REQUIRED, UpstreamError(
            "the upstream provider requires payment for the gateway's key (HTTP 402)",
            code="upstream_payment_required"), retryable=True, http_status=status)
    if 400 <= status < 500 and status != 408:
        return UpstreamFailure(Outcome.CLIENT_ERROR, _client_error(status, body, secret),
                               retryable=False, http_status=status)
    return UpstreamFailure(Outcome.UPSTREAM_ERROR, UpstreamError(
        f"the upstream provider failed (HTTP {status})", code="upstream_error"),
        retryable=True, http_status=status)


def _client_error(status: int, body: bytes, secret: str) -> ApiError:
    """The upstream's complaint about the request itself, passed on with its status, its message
    cut short and scrubbed of the key and anything secret-shaped."""
    message = upstream_message(body)
    if secret:
        message = message.replace(secret, "[REDACTED]")
    message = mask_secrets(message)[:_MAX_MESSAGE] or f"the provider refused the request (HTTP {status})"
    message = f"upstream: {message}"
    error: ApiError
    if status == 404:
        error = NotFound(message, code="upstream_not_found")
    elif status == 413:
        error = PayloadTooLarge(message, code="upstream_payload_too_large")
    else:
        error = InvalidRequest(message, code="upstream_invalid_request")
        if status in (409, 422):
            error.status_code = status
    return error


def upstream_message(body: bytes) -> str:
    """The human message in an OpenAI-, Anthropic- or FastAPI-style error body ("" if none)."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return ""
    if isinstance(data, dict):
        inner = data.get("error", data)
        if isinstance(inner, str):
            return inner
        if isinstance(inner, dict):
            for name in ("message", "detail"):
                if isinstance(inner.get(name), str):
                    return inner[name]
    return ""


def retry_after_seconds(headers: Mapping[str, str]) -> float:
    """Seconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date); 0 when absent."""
    raw_ms = headers.get("retry-after-ms")
    raw = headers.get("retry-after")
    try:
        if raw_ms is not None:
            seconds = float(raw_ms) / 1000
        elif raw is None:
            return 0.0
        elif raw.strip().replace(".", "", 1).isdigit():
            seconds = float(raw)
        else:
            when = email.utils.parsedate_to_datetime(raw)
            seconds = when.timestamp() - time.time()
    except (ValueError, TypeError, OverflowError, AttributeError):  # unparseable dates included
        return 0.0
    return min(max(seconds, 0.0), _MAX_RETRY_AFTER)


async def send(client: UpstreamClient, url: str, headers: Mapping[str, str], content: bytes, *,
               timeout: httpx.Timeout, secret: str) -> httpx.Response:
    """POST and return the open (streaming) response; a non-2xx answer raises UpstreamFailure.

    Call inside map_upstream_errors(); the caller closes the response.
    """
    response = await client.open_post(url, headers, content, timeout=timeout)
    if 200 <= response.status_code < 300:
        return response
    try:
        body = await read_capped(response, ERROR_BODY_LIMIT, cut=True)
    finally:
        await response.aclose()
    raise failure_for_status(response.status_code, response.headers, body, secret)


async def read_capped(response: httpx.Response, limit: int, *, cut: bool = False) -> bytes:
    """The whole body, or UpstreamFailure once it passes `limit` bytes (`cut`: the first `limit`)."""
    headers = response.headers
    declared = headers.get("content-length")
    if not cut and declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    # An answer that is not content-encoded (most are) is read off the transport's stream as it
    # arrives: httpx's decoder and chunker layers would pass it through unchanged, at a cost per answer.
    # (The caller closes the response, which closes the stream and gives the connection back.)
    chunks = response.aiter_bytes() if "content-encoding" in headers else response.stream
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:  # type: ignore[union-attr]
        size += len(chunk)
        if size > limit:
            if cut:
                parts.append(chunk[: len(chunk) - (size - limit)])
                break
            raise too_large(limit)
        parts.append(chunk)
    return b"".join(parts)


def too_large(limit: int) -> UpstreamFailure:
    """The failure of an answer past the size cap; another key would get the same answer."""
    return UpstreamFailure(Outcome.UPSTREAM_ERROR, UpstreamError(
        f"the upstream answer exceeds the limit of {limit} bytes", code="upstream_response_too_large"),
        retryable=False)


def invalid_answer(what: str) -> UpstreamFailure:
    """The failure of a 2xx answer that can't be read (invalid JSON, a stream cut short)."""
    return UpstreamFailure(Outcome.UPSTREAM_ERROR, UpstreamError(
        f"the upstream provider sent {what}", code="upstream_invalid_response"), retryable=True)
