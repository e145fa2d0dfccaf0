"""The OpenAI-compatible API through real processes: the official SDK, /v1/models, Anthropic upstreams,
and bad input that must reach neither the key server nor the upstream (FAULTS 10, 12, 15)."""

from __future__ import annotations

import json
from collections.abc import Callable

import openai
import pytest

from llmvpn.demo import UpstreamServer
from llmvpn.keys import fingerprint
from tests.integration.gateway import Gateway, Pool, chat_body, gateway, make_pool, post_chat  # noqa: F401

QUESTION = "My name is Alice and I like tea."
ANSWER = f"You said: {QUESTION}"


def sdk(gateway: Gateway, sub: str = "alice") -> openai.OpenAI:
    # max_retries=0: the gateway does the failing over; the SDK's own retries would hide it.
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.token(sub), max_retries=0, timeout=10)


def async_sdk(gateway: Gateway) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=gateway.base_url, api_key=gateway.token(), max_retries=0, timeout=10)


def messages(text: str = QUESTION) -> list[dict]:
    return [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}]


# -- the official SDK, unchanged ----------------------------------------------------------------


def test_sdk_completion(gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    answer = sdk(gateway).chat.completions.create(model=pool.model, messages=messages())
    assert answer.choices[0].message.content == ANSWER
    assert answer.choices[0].finish_reason == "stop"
    assert answer.usage is not None and answer.usage.prompt_tokens > 0 and answer.usage.completion_tokens > 0
    [call] = upstream.received()
    assert call.path == "/v1/chat/completions" and call.key_fingerprint in {fingerprint(k) for k in pool.keys}
    gateway.wait_for_no_leases()


def test_sdk_stream_with_and_without_usage(gateway: Gateway, make_pool: Callable[..., Pool],
                                           upstream: UpstreamServer) -> None:
    pool = make_pool()
    client = sdk(gateway)
    chunks = list(client.chat.completions.create(model=pool.model, messages=messages(), stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER
    assert all(c.choices for c in chunks), "a usage chunk the client did not ask for was passed on"
    assert chunks[-1].choices[0].finish_reason == "stop"
    # The gateway asks for usage upstream anyway, for the key server's accounting.
    assert upstream.received()[-1].json["stream_options"] == {"include_usage": True}

    chunks = list(client.chat.completions.create(model=pool.model, messages=messages(), stream=True,
                                                 stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0
    gateway.wait_for_no_leases()


async def test_async_sdk(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool()
    async with async_sdk(gateway) as client:
        answer = await client.chat.completions.create(model=pool.qualified, messages=messages())
        assert answer.choices[0].message.content == ANSWER
        stream = await client.chat.completions.create(model=pool.qualified, messages=messages(), stream=True)
        text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == ANSWER


def test_raw_stream_ends_with_done(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool()
    response = post_chat(gateway, chat_body(pool.model, stream=True))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.text.endswith("data: [DONE]\n\n")
    events = [e for e in response.text.split("\n\n") if e]
    assert all(e.startswith("data: ") for e in events)


def test_provider_model_name_goes_upstream_as_the_plain_model(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool()
    sdk(gateway).chat.completions.create(model=pool.qualified, messages=messages())
    assert upstream.received()[-1].json["model"] == pool.model


def test_identifying_and_redirecting_fields_are_stripped_others_pass(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool()
    body = chat_body(pool.model, user="alice@example.com", safety_identifier="alice",
                     base_url="http://169.254.169.254/", api_key="sk-mine", metadata={"team": "x"},
                     seed=7, temperature=0.2, response_format={"type": "text"})
    assert post_chat(gateway, body, headers={"OpenAI-Organization": "org-alice"}).status_code == 200
    [call] = upstream.received()
    assert call.json["seed"] == 7 and call.json["temperature"] == 0.2
    assert call.json["response_format"] == {"type": "text"}
    for name in ("user", "safety_identifier", "base_url", "api_key", "metadata"):
        assert name not in call.json
    assert "openai-organization" not in call.headers
    assert call.headers["authorization"].removeprefix("Bearer ") in {fingerprint(k) for k in pool.keys}


def test_an_unknown_model_is_404_naming_the_models(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool()
    with pytest.raises(openai.NotFoundError) as caught:
        sdk(gateway).chat.completions.create(model="no-such-model", messages=messages())
    # (The key server's error contract carries class, message and param; not yet the code.)
    assert caught.value.body["param"] == "model" and "no-such-model" in caught.value.body["message"]
    assert pool.model in caught.value.body["message"]


# -- /v1/models ---------------------------------------------------------------------------------


def test_models_lists_provider_model_and_unique_plain_names(
    gateway: Gateway, make_pool: Callable[..., Pool],
) -> None:
    first, second = make_pool(), make_pool()
    shared_a, shared_b = make_pool(model="shared-model"), make_pool(model="shared-model")
    client = sdk(gateway)
    ids = {m.id for m in client.models.list()}
    assert {first.model, first.qualified, second.model, second.qualified} <= ids
    assert {shared_a.qualified, shared_b.qualified} <= ids
    assert "shared-model" not in ids  # served by two providers: only their qualified names are unique
    model = client.models.retrieve(first.qualified)
    assert model.owned_by == first.name and model.object == "model"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("no-such-model")


def test_models_needs_a_token(gateway: Gateway) -> None:
    response = gateway.http.get(f"{gateway.base_url}/models")
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert response.json()["error"]["type"] == "authentication_error"


# -- Anthropic upstreams, translated both ways --------------------------------------------------


def test_anthropic_completion(gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool(kind="anthropic")
    answer = sdk(gateway).chat.completions.create(model=pool.model, messages=messages(), max_tokens=100,
                                                  temperature=1.5, stop=["\n\n"])
    assert answer.object == "chat.completion"
    assert answer.choices[0].message.content == ANSWER and answer.choices[0].finish_reason == "stop"
    assert answer.usage is not None and answer.usage.total_tokens > 0
    [call] = upstream.received()
    assert call.path == "/v1/messages"
    assert call.headers["x-api-key"] in {fingerprint(k) for k in pool.keys}
    assert call.headers["anthropic-version"] == "2023-06-01" and "authorization" not in call.headers
    assert call.json["system"] == "Be brief." and call.json["max_tokens"] == 100
    assert call.json["temperature"] == 1.0 and call.json["stop_sequences"] == ["\n\n"]
    assert [m["role"] for m in call.json["messages"]] == ["user"]


def test_anthropic_stream(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool(kind="anthropic")
    chunks = list(sdk(gateway).chat.completions.create(
        model=pool.model, messages=messages(), stream=True, max_tokens=3,
        stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER[:12]
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 3
    gateway.wait_for_no_leases()


def test_anthropic_refuses_n_above_one_without_a_call(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(kind="anthropic")
    response = post_chat(gateway, chat_body(pool.model, n=2))
    assert response.status_code == 400 and response.json()["error"]["param"] == "n"
    assert upstream.received() == []
    gateway.wait_for_no_leases()


# -- bad input: 400/413/415 naming the field or limit, nothing sent upstream --------------------


def _nested(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


BAD_INPUT = {
    "invalid JSON": (b'{"model": "m", "messages": [', 400, None),
    "invalid UTF-8": (b'{"model": "m", "messages": [{"role": "user", "content": "\xff\xfe"}]}', 400, None),
    "not an object": (b"[1, 2]", 400, None),
    "missing messages": ({"model": "{model}"}, 400, "messages"),
    "empty messages": ({"model": "{model}", "messages": []}, 400, "messages"),
    "bad role": ({"model": "{model}", "messages": [{"role": "wizard", "content": "hi"}]}, 400, "messages[0].role"),
    "content of a wrong type": ({"model": "{model}", "messages": [{"role": "user", "content": 5}]}, 400,
                                "messages[0].content"),
    "user without content": ({"model": "{model}", "messages": [{"role": "user"}]}, 400, "messages[0]"),
    "text part without text": ({"model": "{model}", "messages": [{"role": "user", "content": [{"type": "text"}]}]},
                               400, "messages[0].content[0]"),
    "model of a wrong type": ({"model": 5, "messages": [{"role": "user", "content": "hi"}]}, 400, "model"),
    "stream not a boolean": ({"model": "{model}", "stream": "yes",
                              "messages": [{"role": "user", "content": "hi"}]}, 400, "stream"),
    "too many messages": ({"model": "{model}", "messages": [{"role": "user", "content": "hi"}] * 51}, 400,
                          "messages"),
    "message too long": ({"model": "{model}", "messages": [{"role": "user", "content": "x" * 10_001}]}, 400,
                         "messages[0].content"),
    "n too large": ({"model": "{model}", "n": 1000, "messages": [{"role": "user", "content": "hi"}]}, 400, "n"),
    "max_tokens too large": ({"model": "{model}", "max_tokens": 10**9,
                              "messages": [{"role": "user", "content": "hi"}]}, 400, "max_tokens"),
    "nested too deep": ({"model": "{model}", "extra": _nested(100),
                         "messages": [{"role": "user", "content": "hi"}]}, 400, None),
}


@pytest.mark.parametrize("case", list(BAD_INPUT))
def test_bad_input_is_refused_before_any_call(
    case: str, gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=1)
    body, status, param = BAD_INPUT[case]
    if isinstance(body, dict):
        body = json.loads(json.dumps(body).replace("{model}", pool.model))
    response = post_chat(gateway, body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    if param is not None:
        assert error["param"] == param and param.split("[")[0] in error["message"]
    if "limit" in case or "too" in case:
        assert "limit" in error["message"]
    assert upstream.received() == []


def test_wrong_content_type_is_415(gateway: Gateway, make_pool: Callable[..., Pool],
                                   upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"content-type": content_type} if content_type else {}
        response = post_chat(gateway, json.dumps(chat_body(pool.model)).encode(), headers=headers)
        assert response.status_code == 415, content_type
        assert response.json()["error"]["code"] == "unsupported_media_type"
    assert upstream.received() == []


def test_a_body_over_the_limit_is_413(gateway: Gateway, make_pool: Callable[..., Pool],
                                      upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    body = json.dumps(chat_body(pool.model, text="x" * (3 * 1024 * 1024))).encode()
    response = post_chat(gateway, body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert upstream.received() == []


def test_no_token_no_call(gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    response = gateway.http.post(f"{gateway.base_url}/chat/completions", json=chat_body(pool.model))
    assert response.status_code == 401
    response = post_chat(gateway, chat_body(pool.model), token="not-a-jwt")
    assert response.status_code == 401
    assert upstream.received() == []


def test_the_token_must_come_as_a_bearer_token(gateway: Gateway, make_pool: Callable[..., Pool],
                                               upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    basic = post_chat(gateway, chat_body(pool.model), headers={"Authorization": f"Basic {gateway.token()}"})
    assert basic.status_code == 401 and basic.headers["www-authenticate"] == "Bearer"
    assert basic.json()["error"]["code"] == "missing_token"
    assert upstream.received() == []
    # The scheme's name is case-insensitive (RFC 9110 section 11.1).
    lower = post_chat(gateway, chat_body(pool.model), headers={"Authorization": f"bearer {gateway.token()}"})
    assert lower.status_code == 200, lower.text
