"""The connectivity test of a provider: `GET {base_url}/models` through its own API, once per key.

Each key is leased from the key server pinned to that key, used for one request and released with
the outcome it earned (a rejected key is taken out of rotation, a 429 cools it down), so the test
also keeps the pool honest. What comes back is a status, a code, a latency and a count of models;
never the upstream's body, which may echo the key (FAULTS 15, 20).

Statuses, per key and overall:

    online ········ 2xx with a model list
    unauthorized ·· 401/403 (key rejected) or 402 (no credit on the key)
    offline ······· no connection, or no answer within the timeout
    error ········· anything else: 3xx (redirects are never followed), 404, 429, 5xx, a body that is
                    not a model list, a URL refused by the URL rules
    skipped ······· (per key) not testable: the key is disabled or the provider inactive

Overall: "online" when at least one key is; otherwise the most telling key status, in the order
unauthorized, error, offline. A provider without keys is tested with one request without a key.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from llmvpn.errors import ApiError, NotFound, RateLimited, UnsafeUrl
from llmvpn.keys import ProviderKey
from llmvpn.keyserver.client import KeyServerClient, Outcome, ProviderInfo
from llmvpn.logging import register_secret
from llmvpn.providers.upstream import UpstreamClient
from llmvpn.providers.urls import UrlPolicy, check_url, guarded_transport

log = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"
# A model list is small; a bigger answer is not one, and is not read further.
MAX_BODY_BYTES = 1024 * 1024
# Keys probed at once: enough for a pool to finish in about one timeout, few enough not to look like a burst.
CONCURRENCY = 8


@dataclass(frozen=True, slots=True)
class Result:
    """One request's result; `outcome` is what the key server is told when the lease goes back."""

    status: str
    status_code: int | None
    latency_ms: float | None
    detail: str
    model_count: int | None = None
    outcome: Outcome = Outcome.OK
    retry_after: float = 0.0


@dataclass(frozen=True, slots=True)
class KeyReport:
    fingerprint: str
    result: Result


@dataclass(frozen=True, slots=True)
class Report:
    status: str
    status_code: int | None
    latency_ms: float | None
    detail: str
    model_count: int | None
    keys: tuple[KeyReport, ...] = field(default=())
    tested: bool = True  # False when no request went out (nothing worth recording)


def _headers(kind: str, key: ProviderKey | None) -> dict[str, str]:
    headers = {"accept": "application/json", "user-agent": "llmvpn-provider-test"}
    if kind == "anthropic":
        headers["anthropic-version"] = ANTHROPIC_VERSION
        if key is not None:
            headers["x-api-key"] = key.reveal()
    elif key is not None:
        headers["authorization"] = f"Bearer {key.reveal()}"
    return headers


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return 0.0


def _judge(response: httpx.Response, body: bytes | None, latency_ms: float) -> Result:
    """What an answer means; only the status code and our own words go into `detail`."""
    code = response.status_code
    if 200 <= code < 300:
        if body is None:
            return Result("error", code, latency_ms, f"the model list is larger than {MAX_BODY_BYTES} bytes",
                          outcome=Outcome.UPSTREAM_ERROR)
        try:
            data = json.loads(body).get("data")
        except (ValueError, AttributeError):
            data = None
        if not isinstance(data, list):
            return Result("error", code, latency_ms, "answered, but not with a model list",
                          outcome=Outcome.UPSTREAM_ERROR)
        return Result("online", code, latency_ms, f"{len(data)} model(s) listed", len(data))
    if 300 <= code < 400:
        return Result("error", code, latency_ms, f"answered a redirect ({code}); redirects are not followed, "
                      "check the base URL", outcome=Outcome.CLIENT_ERROR)
    if code in (401, 403):
        return Result("unauthorized", code, latency_ms, f"the key was rejected ({code})",
                      outcome=Outcome.AUTH_FAILED)
    if code == 402:
        return Result("unauthorized", code, latency_ms, "the key has no credit left (402)",
                      outcome=Outcome.PAYMENT_REQUIRED)
    if code == 429:
        wait = _retry_after(response)
        return Result("error", code, latency_ms, "rate limited (429)", outcome=Outcome.RATE_LIMITED,
                      retry_after=wait)
    if code == 404:
        return Result("error", code, latency_ms, "no model list under the base URL (404); check the base URL",
                      outcome=Outcome.CLIENT_ERROR)
    if code >= 500:
        return Result("error", code, latency_ms, f"the provider failed ({code})",
                      outcome=Outcome.UPSTREAM_ERROR)
    return Result("error", code, latency_ms, f"unexpected answer ({code})", outcome=Outcome.CLIENT_ERROR)


async def _read_capped(response: httpx.Response) -> bytes | None:
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def request_models(client: httpx.AsyncClient, base_url: str, kind: str, key: ProviderKey | None,
                         timeout: float) -> Result:
    """One `GET {base_url}/models` within `timeout` seconds, judged.

    This is a boundary like `map_upstream_errors()`: a test reports a failure instead of raising it, so
    httpx's errors are read here, into a status.
    """
    started = time.perf_counter()

    def elapsed() -> float:
        return round((time.perf_counter() - started) * 1000, 1)

    try:
        async with asyncio.timeout(timeout):
            request = client.build_request("GET", f"{base_url}/models", headers=_headers(kind, key))
            response = await client.send(request, stream=True, follow_redirects=False)
            try:
                body = await _read_capped(response) if response.is_success else None
            finally:
                await response.aclose()
    except TimeoutError:
        return Result("offline", None, elapsed(), f"no answer within {timeout:g} s", outcome=Outcome.TIMEOUT)
    except UnsafeUrl as exc:
        # Refused at connect time (e.g. the name now resolves to a refused address): nothing was sent.
        return Result("error", None, elapsed(), exc.message, outcome=Outcome.CLIENT_ERROR)
    except httpx.TimeoutException:
        return Result("offline", None, elapsed(), f"no answer within {timeout:g} s", outcome=Outcome.TIMEOUT)
    except httpx.ConnectError:
        return Result("offline", None, elapsed(), "connection failed", outcome=Outcome.CONNECTION_ERROR)
    except httpx.HTTPError as exc:
        return Result("error", None, elapsed(), f"broken answer ({type(exc).__name__})",
                      outcome=Outcome.UPSTREAM_ERROR)
    return _judge(response, body, elapsed())


async def _probe_key(keyserver: KeyServerClient, client: httpx.AsyncClient, provider: ProviderInfo,
                     key_id: str, fingerprint: str, owner: str, timeout: float) -> KeyReport:
    try:
        lease = await keyserver.acquire("", owner=owner, provider_id=provider.id, key_id=key_id)
    except NotFound:
        # Removed or disabled since the provider was read: nothing to test.
        return KeyReport(fingerprint, Result("skipped", None, None, "the key is no longer in the pool"))
    except RateLimited as exc:
        # No request goes to a key inside its cooldown, not even a test.
        return KeyReport(fingerprint, Result("skipped", None, None,
                                             f"the key is resting after a rate limit (about {exc.retry_after:.0f} s left)"))
    register_secret(lease.api_key.reveal())  # the log filter masks it from here on, whatever happens
    result: Result | None = None
    try:
        result = await request_models(client, lease.base_url, lease.kind, lease.api_key, timeout)
    finally:
        # An interrupted test (cancelled, key server gone) says so; the key is not blamed for it.
        outcome = result.outcome if result is not None else Outcome.CANCELLED
        await keyserver.release(
            lease.lease_id, outcome, http_status=(result.status_code or 0) if result else 0,
            retry_after_seconds=result.retry_after if result else 0.0,
            latency_ms=(result.latency_ms or 0.0) if result else 0.0,
        )
    return KeyReport(lease.key_fingerprint, result)


def _skip_reason(provider: ProviderInfo, status: str, disabled_reason: str) -> str | None:
    if not provider.is_active:
        return "the provider is inactive; its keys can't be leased until it is activated"
    if status == "disabled":
        return f"the key is disabled: {disabled_reason}" if disabled_reason else "the key is disabled"
    return None


_PRIORITY = ("online", "unauthorized", "error", "offline")


def summarize(keys: Sequence[KeyReport]) -> Report:
    """The overall result: "online" if any key is, else the most telling status (see module doc)."""
    tested = [k for k in keys if k.result.status != "skipped"]
    if not tested:
        reasons = sorted({k.result.detail for k in keys}) or ["the provider has no key"]
        return Report("error", None, None, f"no key could be tested: {'; '.join(reasons)}", None, tuple(keys),
                      tested=False)
    status = next(s for s in _PRIORITY if any(k.result.status == s for k in tested))
    first = next(k.result for k in tested if k.result.status == status)
    counts: dict[str, int] = {}
    for k in keys:
        counts[k.result.status] = counts.get(k.result.status, 0) + 1
    tally = ", ".join(f"{n} {s}" for s, n in counts.items())
    detail = first.detail if len(keys) == 1 else f"{first.detail}; keys: {tally}"
    return Report(status, first.status_code, first.latency_ms, detail, first.model_count, tuple(keys))


async def probe_provider(keyserver: KeyServerClient, provider: ProviderInfo, policy: UrlPolicy, *,
                         owner: str, timeout: float) -> Report:
    """Test every key of `provider`.

    UnsafeUrl (before any lease or request) if its base URL breaks a URL rule; any other ApiError if
    the key server fails mid-way, after the leases already taken have gone back.
    """
    await check_url(provider.base_url, policy)
    limit = asyncio.Semaphore(CONCURRENCY)
    # Keys are tested one after another: a cookie kept from one test would go out with the next.
    async with UpstreamClient(transport=guarded_transport(policy), trust_env=False,
                              timeout=httpx.Timeout(timeout), follow_redirects=False) as client:
        if not provider.keys:
            r = await request_models(client, provider.base_url, provider.kind, None, timeout)
            return Report(r.status, r.status_code, r.latency_ms, f"{r.detail} (the provider has no key; "
                          "tested without one)", r.model_count)

        async def one(key_id: str, fingerprint: str, skip: str | None) -> KeyReport:
            if skip is not None:
                return KeyReport(fingerprint, Result("skipped", None, None, skip))
            async with limit:
                return await _probe_key(keyserver, client, provider, key_id, fingerprint, owner, timeout)

        try:
            # A TaskGroup, not gather: when one key's lease fails, the others are cancelled and waited
            # for, so their leases are back before the route answers.
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(one(k.id, k.fingerprint, _skip_reason(provider, k.status,
                                                                                  k.disabled_reason)))
                         for k in provider.keys]
        except BaseExceptionGroup as failed:
            first = next((e for e in failed.exceptions if isinstance(e, ApiError)), None)
            if first is None:
                raise
            log.warning("provider test of %s stopped: %s", provider.id, first.message)
            raise first from None
    return summarize([task.result() for task in tasks])
