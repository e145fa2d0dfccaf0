"""Failover and upstream faults through real processes (FAULTS 6-9, 20, 22): which keys were called,
what the client saw, and that every lease came back."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import httpx
import openai
import pytest

from llmvpn.demo import Fault, UpstreamServer
from llmvpn.keys import fingerprint
from tests.integration.gateway import (  # noqa: F401
    READ_TIMEOUT, REQUEST_TIMEOUT, Gateway, Pool, chat_body, gateway, make_pool, post_chat,
)


def sse_events(text: str) -> list[str]:
    return [event for event in text.split("\n\n") if event]


def keys_called(upstream: UpstreamServer) -> list[str | None]:
    return [r.key_fingerprint for r in upstream.received()]


# -- 429: cool down the key, fail over, or 429 when every key rests ----------------------------


def test_a_rate_limited_key_is_skipped_during_its_cooldown(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    limited = pool.keys[0]
    upstream.script(Fault(key=limited, status=429, retry_after=30, times=None))
    for i in range(8):
        response = post_chat(gateway, chat_body(pool.model), token=gateway.token(f"user-{i % 2}"))
        assert response.status_code == 200, response.text
    # Called at most once: after its 429 the key rests for the Retry-After given.
    assert len(upstream.received(key=limited)) <= 1
    assert len(upstream.received()) <= 9
    gateway.wait_for_no_leases()


def test_every_key_rate_limited_is_429_with_retry_after(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    upstream.script(Fault(status=429, retry_after=20, times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 429
    assert 1 <= int(response.headers["retry-after"]) <= 20
    assert response.json()["error"]["type"] == "rate_limit_error"
    assert len(upstream.received()) == 3  # one attempt and two retries, each on its own key
    assert len(set(keys_called(upstream))) == 3
    # Now every key rests: the key server answers 429 itself, and nothing goes upstream.
    again = post_chat(gateway, chat_body(pool.model))
    assert again.status_code == 429 and 1 <= int(again.headers["retry-after"]) <= 20
    assert len(upstream.received()) == 3
    with pytest.raises(openai.RateLimitError):
        openai.OpenAI(base_url=gateway.base_url, api_key=gateway.token(), max_retries=0).chat.completions.create(
            model=pool.model, messages=[{"role": "user", "content": "hi"}])
    gateway.wait_for_no_leases()


# -- 5xx, 4xx, 401/402 ---------------------------------------------------------------------------


def test_a_500_is_retried_on_another_key(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    upstream.script(Fault(status=500, times=1))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 200
    first, second = keys_called(upstream)
    assert first != second


def test_500s_past_the_retry_budget_are_502_without_the_upstream_body(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=4)
    upstream.script(Fault(status=503, body='{"error": {"message": "secret upstream internals"}}', times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 502
    error = response.json()["error"]
    assert error["type"] == "upstream_error" and "503" in error["message"]
    assert "internals" not in response.text
    assert len(upstream.received()) == 3 and len(set(keys_called(upstream))) == 3
    gateway.wait_for_no_leases()


def test_a_single_key_that_fails_answers_the_failure_not_no_capacity(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=1)
    upstream.script(Fault(status=500, times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 502 and len(upstream.received()) == 1


def test_a_400_from_upstream_is_passed_on_without_retry(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    upstream.script(Fault(status=400, body='{"error": {"message": "max_tokens is too large for this model"}}',
                          times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and "max_tokens is too large" in error["message"]
    assert len(upstream.received()) == 1
    gateway.wait_for_no_leases()


def test_a_401_echoing_the_key_never_reaches_the_client_and_retires_the_key(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    bad = pool.keys[0]
    upstream.script(Fault(key=bad, status=401, times=None))
    responses = [post_chat(gateway, chat_body(pool.model, stream=stream)) for stream in (False, True, False)]
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert len(upstream.received(key=bad)) == 1
    status = {k.fingerprint: k.status for k in gateway.provider(pool.name).keys}
    assert status[fingerprint(bad)] == "disabled"

    # With no key left, the client gets a 502 that names the reason: never a 401, never the key.
    single = make_pool(keys=1)
    upstream.script(Fault(key=single.keys[0], status=401, times=None))
    for stream in (False, True):
        response = post_chat(gateway, chat_body(single.model, stream=stream))
        responses.append(response)
    assert responses[3].status_code == 502
    assert responses[3].json()["error"]["code"] == "upstream_auth_failed"
    # The key was retired by the first: the model has no key left, so the key server knows it no more.
    assert responses[4].status_code == 404
    for response in responses:
        for key in (bad, single.keys[0]):
            assert key not in response.text and key[-8:] not in response.text
            assert all(key not in value for value in response.headers.values())
    logs = gateway.web.log() + gateway.keyserver.log()
    assert bad not in logs and single.keys[0] not in logs
    gateway.wait_for_no_leases()


def test_a_402_takes_the_key_out_and_fails_over(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(key=pool.keys[1], status=402, times=None))
    for _ in range(3):
        assert post_chat(gateway, chat_body(pool.model)).status_code == 200
    # Three queries of one user over two keys: the owner rotation reaches the unpaid key at least once.
    assert len(upstream.received(key=pool.keys[1])) == 1
    status = {k.fingerprint: k.status for k in gateway.provider(pool.name).keys}
    assert status[fingerprint(pool.keys[1])] == "disabled"


# -- connection faults, garbage, size ----------------------------------------------------------


def test_a_reset_before_the_answer_fails_over(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(reset_after=0, times=1))
    assert post_chat(gateway, chat_body(pool.model)).status_code == 200
    assert len(upstream.received()) == 2


def test_an_unreachable_provider_is_502(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool(keys=2, base_url="http://127.0.0.1:9/v1")  # the discard port: nobody listens
    started = time.monotonic()
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_connection_error"
    assert time.monotonic() - started < REQUEST_TIMEOUT
    gateway.wait_for_no_leases()


def test_invalid_json_is_retried_then_502(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    upstream.script(Fault(invalid_json=True, times=1))
    assert post_chat(gateway, chat_body(pool.model)).status_code == 200
    upstream.reset()
    upstream.script(Fault(invalid_json=True, times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 502 and "not valid JSON" in response.json()["error"]["message"]


def test_an_answer_over_the_size_cap_is_502(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(huge_mb=3, times=None))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "upstream_response_too_large"
    assert len(upstream.received()) == 1  # another key would get the same answer
    # A stream past the cap ends with an error event.
    response = post_chat(gateway, chat_body(pool.model, stream=True))
    assert response.status_code == 200
    assert json.loads(sse_events(response.text)[-1][6:])["error"]["code"] == "upstream_response_too_large"
    # The lease goes back once the megabyte sent is counted: tiktoken reads this filler (one endless
    # word) at ~0.7 s per MB on one free core, several seconds on a busy machine.
    gateway.wait_for_no_leases(timeout=15)


# -- timeouts and stalls (FAULTS 8) --------------------------------------------------------------


def test_a_slow_key_fails_over_within_the_read_timeout(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(delay_ms=10_000, times=1))
    started = time.monotonic()
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 200
    assert time.monotonic() - started < READ_TIMEOUT + 0.5


@pytest.mark.parametrize("stream", [False, True])
def test_every_key_slow_is_504_within_the_request_timeout(
    stream: bool, gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=4)
    upstream.script(Fault(delay_ms=10_000, times=None))
    started = time.monotonic()
    response = post_chat(gateway, chat_body(pool.model, stream=stream))
    elapsed = time.monotonic() - started
    assert response.status_code == 504
    assert response.json()["error"]["type"] == "timeout_error"
    assert elapsed < REQUEST_TIMEOUT + 0.5
    gateway.wait_for_no_leases()


def test_a_stream_that_stalls_ends_with_an_error_event(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(stall_after=3, times=None))  # stalls until released or the client leaves
    started = time.monotonic()
    response = post_chat(gateway, chat_body(pool.model, stream=True))
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    events = sse_events(response.text)
    error = json.loads(events[-1][len("data: "):])["error"]
    assert error["type"] == "timeout_error"
    assert "[DONE]" not in response.text and len(events) == 3 + 1
    assert elapsed < READ_TIMEOUT + 0.5 + 0.5
    assert len(upstream.received()) == 1  # no replay after the first byte
    with pytest.raises(openai.APIError):
        list(openai.OpenAI(base_url=gateway.base_url, api_key=gateway.token(), max_retries=0)
             .chat.completions.create(model=pool.model, messages=[{"role": "user", "content": "hi"}], stream=True))
    gateway.wait_for_no_leases()


def test_a_truncated_stream_ends_with_an_error_event(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(truncate_after=4, times=None))
    response = post_chat(gateway, chat_body(pool.model, stream=True))
    events = sse_events(response.text)
    assert json.loads(events[-1][6:])["error"]["code"] == "upstream_invalid_response"
    assert all(json.loads(e[6:]) for e in events)  # the half event was never forwarded
    gateway.wait_for_no_leases()


def test_a_client_leaving_mid_stream_cancels_the_upstream_and_releases(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(text="word " * 400, tokens_per_second=20, times=None))
    with httpx.Client(timeout=5) as client, client.stream(
        "POST", f"{gateway.base_url}/chat/completions", json=chat_body(pool.model, stream=True),
        headers={"Authorization": f"Bearer {gateway.token()}"},
    ) as response:
        assert response.status_code == 200
        lines = response.iter_lines()
        assert next(lines).startswith("data: ")
        assert gateway.leases_in_flight() == 1
        left = time.monotonic()
    # Leaving the block closed the connection mid-stream.
    released = gateway.wait_for_no_leases(timeout=2.0)
    deadline = time.monotonic() + 2
    while upstream.received()[0].disconnected_at is None and time.monotonic() < deadline:
        time.sleep(0.02)
    record = upstream.received()[0]
    assert record.disconnected_at is not None, "the upstream never saw the gateway leave"
    assert record.events_sent is not None and record.events_sent < 100
    assert released < 1.0 and record.disconnected_at - left < 1.0


# -- stateless rotation ------------------------------------------------------------------------


def test_twenty_stateless_queries_never_reuse_the_previous_key(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=4)
    client = openai.OpenAI(base_url=gateway.base_url, api_key=gateway.token("rotating-user"), max_retries=0)
    for i in range(20):
        client.chat.completions.create(model=pool.model, messages=[{"role": "user", "content": f"q{i}"}],
                                       stream=i % 2 == 1)
    used = keys_called(upstream)
    assert len(used) == 20
    assert all(a != b for a, b in zip(used, used[1:], strict=False))
    assert set(used) == {fingerprint(k) for k in pool.keys}


def test_concurrent_requests_all_come_back(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool(keys=4)
    results: list[int] = []

    def one(i: int) -> None:
        results.append(post_chat(gateway, chat_body(pool.model, stream=i % 2 == 0)).status_code)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 16
    gateway.wait_for_no_leases()


def test_a_client_leaving_before_a_whole_answer_cancels_the_upstream_and_releases(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(delay_ms=2500, times=None))  # an answer that takes 2.5 s (the limit is 3 s)
    with httpx.Client(timeout=0.5) as client, pytest.raises(httpx.ReadTimeout):
        client.post(f"{gateway.base_url}/chat/completions", json=chat_body(pool.model),
                    headers={"Authorization": f"Bearer {gateway.token()}"})
    left = time.monotonic()  # the client closed its connection on the timeout
    released = gateway.wait_for_no_leases(timeout=2.0)
    deadline = time.monotonic() + 2
    while upstream.received()[0].disconnected_at is None and time.monotonic() < deadline:
        time.sleep(0.02)
    record = upstream.received()[0]
    assert record.disconnected_at is not None, "the upstream never saw the gateway leave"
    assert released < 1.0 and record.disconnected_at - left < 1.0
    assert record.status is None, "the upstream was left before it answered"
