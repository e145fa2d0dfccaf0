"""The Direct API through real processes: stateless queries spread over the pool, stateful sessions keep
their key and their history, sessions are their owner's alone and expire, bad input costs nothing."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from llmvpn.demo import Fault, UpstreamServer
from llmvpn.keys import fingerprint
from tests.fixtures.processes import short_socket_dir, start_keyserver, start_web
from tests.integration.gateway import WEB_ENV, Gateway, Pool, gateway, make_pool  # noqa: F401

SYSTEM = {"role": "system", "content": "Be brief."}


def query(gateway: Gateway, route: str, body: object, *, sub: str = "alice", base: str | None = None,
          **kwargs: object) -> httpx.Response:
    headers = {"Authorization": f"Bearer {gateway.token(sub)}"}
    url = f"{base or gateway.web.url}/api/v1/{route}"
    if isinstance(body, bytes):
        headers["content-type"] = "application/json"
        return gateway.http.post(url, content=body, headers=headers, **kwargs)  # type: ignore[arg-type]
    return gateway.http.post(url, json=body, headers=headers, **kwargs)  # type: ignore[arg-type]


def user(text: str) -> dict:
    return {"role": "user", "content": text}


def answer_to(text: str) -> dict:
    return {"role": "assistant", "content": f"You said: {text}"}


def sse_chunks(text: str) -> list[dict]:
    events = [e.removeprefix("data: ") for e in text.split("\n\n") if e]
    assert events[-1] == "[DONE]"
    return [json.loads(e) for e in events[:-1]]


# -- stateless ----------------------------------------------------------------------------------


def test_consecutive_stateless_queries_never_reuse_the_previous_key(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=4)
    for i in range(20):
        response = query(gateway, "stateless-query", {"model": pool.model, "messages": [user(f"q{i}")]})
        assert response.status_code == 200, response.text
        assert response.json()["choices"][0]["message"]["content"] == f"You said: q{i}"
        assert "session_id" not in response.json() and "x-session-id" not in response.headers
    keys = [r.key_fingerprint for r in upstream.received()]
    assert len(keys) == 20 and set(keys) <= {fingerprint(k) for k in pool.keys}
    assert all(a != b for a, b in zip(keys, keys[1:], strict=False)), keys
    assert len(set(keys)) == 4  # the load spreads over the whole pool
    # Nothing of the conversation is kept: each query went up alone.
    assert all(len(r.json["messages"]) == 1 for r in upstream.received())
    gateway.wait_for_no_leases()


def test_a_stateless_stream_is_a_chat_completion_stream(gateway: Gateway, make_pool: Callable[..., Pool]) -> None:
    pool = make_pool()
    response = query(gateway, "stateless-query", {"model": pool.model, "messages": [user("hi")], "stream": True})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    chunks = sse_chunks(response.text)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]) == "You said: hi"
    gateway.wait_for_no_leases()


# -- stateful -----------------------------------------------------------------------------------


def test_a_session_keeps_its_key_and_sends_the_whole_history(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=4)
    first = query(gateway, "stateful-query", {"model": pool.model, "messages": [SYSTEM, user("turn 0")]})
    assert first.status_code == 200, first.text
    session_id = first.json()["session_id"]
    assert first.headers["x-session-id"] == session_id
    assert first.json()["choices"][0]["message"]["content"] == "You said: turn 0"
    expected = [SYSTEM, user("turn 0"), answer_to("turn 0")]
    for turn in range(1, 5):
        response = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id,
                                                     "messages": [user(f"turn {turn}")]})
        assert response.status_code == 200, response.text
        assert response.json()["session_id"] == session_id
        expected += [user(f"turn {turn}")]
        assert upstream.received()[-1].json["messages"] == expected
        expected += [answer_to(f"turn {turn}")]
    assert len({r.key_fingerprint for r in upstream.received()}) == 1
    # Other people's stateless queries in between don't move the binding.
    query(gateway, "stateless-query", {"model": pool.model, "messages": [user("x")]}, sub="bob")
    query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id, "messages": [user("again")]})
    calls = upstream.received()
    assert calls[-1].key_fingerprint == calls[0].key_fingerprint
    gateway.wait_for_no_leases()


def test_a_streamed_turn_is_recorded_whole_and_every_chunk_names_the_session(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool()
    text = "A longer question, so that the answer comes back in several chunks of a stream."
    first = query(gateway, "stateful-query", {"model": pool.model, "messages": [user(text)], "stream": True})
    assert first.status_code == 200, first.text
    session_id = first.headers["x-session-id"]
    chunks = sse_chunks(first.text)
    assert len(chunks) > 3 and all(c["session_id"] == session_id for c in chunks)
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]) == \
        f"You said: {text}"
    second = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id,
                                               "messages": [user("and then?")]})
    assert second.status_code == 200
    assert upstream.received()[-1].json["messages"] == [user(text), answer_to(text), user("and then?")]
    gateway.wait_for_no_leases()


def test_a_session_on_an_anthropic_upstream_sends_its_history_translated(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(kind="anthropic")
    first = query(gateway, "stateful-query", {"model": pool.model, "messages": [SYSTEM, user("one")],
                                              "stream": True, "max_tokens": 100})
    assert first.status_code == 200
    session_id = first.headers["x-session-id"]
    second = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id,
                                               "messages": [user("two")], "max_tokens": 100})
    assert second.json()["choices"][0]["message"]["content"] == "You said: two"
    call = upstream.received()[-1]
    assert call.path == "/v1/messages" and call.json["system"] == "Be brief."
    assert [(m["role"], m["content"] if isinstance(m["content"], str) else m["content"][0]["text"])
            for m in call.json["messages"]] == [("user", "one"), ("assistant", "You said: one"), ("user", "two")]


def test_a_session_moves_to_another_key_when_its_key_fails(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=3)
    first = query(gateway, "stateful-query", {"model": pool.model, "messages": [user("one")]})
    session_id = first.json()["session_id"]
    bound = upstream.received()[-1].key_fingerprint
    upstream.script(Fault(key_fingerprint=bound, status=429, retry_after=60, times=None))
    for word in ("two", "three", "four"):
        response = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id,
                                                     "messages": [user(word)]})
        assert response.status_code == 200, response.text
    served = [r.key_fingerprint for r in upstream.received() if r.status == 200]
    assert served[0] == bound and len(set(served[1:])) == 1 and served[1] != bound
    assert len(upstream.received()) == 5  # one 429 on the old key, then the new one holds
    assert upstream.received()[-1].json["messages"][-1] == user("four")
    assert len(upstream.received()[-1].json["messages"]) == 7
    gateway.wait_for_no_leases()


def test_a_first_turn_that_fails_leaves_no_session_behind(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=2)
    upstream.script(Fault(status=500, times=None))
    deletes = gateway.keyserver.log().count("rpc DeleteSession ok")
    response = query(gateway, "stateful-query", {"model": pool.model, "messages": [user("hi")]})
    assert response.status_code == 502 and "x-session-id" not in response.headers
    # The session made for it is gone again (the key server logs each call at DEBUG).
    deadline = time.monotonic() + 3
    while gateway.keyserver.log().count("rpc DeleteSession ok") == deletes:
        assert time.monotonic() < deadline, "the failed first turn's session was not deleted"
        time.sleep(0.05)
    gateway.wait_for_no_leases()


# -- sessions are their owner's -----------------------------------------------------------------


def _comparable(response: httpx.Response) -> tuple[int, bytes, dict[str, str]]:
    headers = {k: v for k, v in response.headers.items() if k not in ("date", "x-request-id")}
    return response.status_code, response.content, headers


def test_another_users_session_is_404_exactly_like_a_missing_one(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool()
    first = query(gateway, "stateful-query", {"model": pool.model, "messages": [user("alice's secret")]})
    session_id = first.json()["session_id"]
    upstream.reset()
    for stream in (False, True):
        theirs = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id, "stream": stream,
                                                   "messages": [user("hijack")]}, sub="mallory")
        missing = query(gateway, "stateful-query", {"model": pool.model, "session_id": "x" * len(session_id),
                                                    "stream": stream, "messages": [user("hijack")]}, sub="mallory")
        assert theirs.status_code == 404
        assert _comparable(theirs) == _comparable(missing)
        assert theirs.json()["error"]["code"] == "session_not_found"
    assert upstream.received() == []
    # Alice's conversation is as she left it.
    again = query(gateway, "stateful-query", {"model": pool.model, "session_id": session_id, "messages": [user("me")]})
    assert upstream.received()[-1].json["messages"] == [user("alice's secret"), answer_to("alice's secret"), user("me")]
    assert again.status_code == 200


# -- expiry -------------------------------------------------------------------------------------


def test_a_session_expires_after_its_ttl(tmp_path: Path, make_upstream: Callable[..., UpstreamServer]) -> None:
    upstream = make_upstream()
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(tmp_path / "home", sock_dir / "ks.sock", KEY_SERVER_SESSION_TTL_SECONDS="1") as ks, \
                start_web(tmp_path / "web", ks.socket_path, **WEB_ENV) as web, httpx.Client(timeout=10) as http:
            gateway = Gateway(ks, web, http)
            gateway.run(lambda c: c.create_provider(name="ttl", kind="openai", base_url=upstream.url,
                                                    models=["m"], keys=[_key()]))
            first = query(gateway, "stateful-query", {"model": "m", "messages": [user("hi")]})
            session_id = first.json()["session_id"]
            # Each turn counts the TTL again: used within it, the session lives on.
            time.sleep(0.6)
            assert query(gateway, "stateful-query", {"model": "m", "session_id": session_id,
                                                     "messages": [user("still there?")]}).status_code == 200
            time.sleep(1.5)
            gone = query(gateway, "stateful-query", {"model": "m", "session_id": session_id,
                                                     "messages": [user("and now?")]})
            assert gone.status_code == 404 and gone.json()["error"]["code"] == "session_not_found"
            assert len(upstream.received()) == 2
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


def _key():  # noqa: ANN202 - a NewKey
    from llmvpn.keys import ProviderKey
    from llmvpn.keyserver.client import NewKey
    return NewKey(ProviderKey("sk-ttl-" + "z" * 32))


# -- bad input ----------------------------------------------------------------------------------

BAD = {
    "missing messages (stateful)": ("stateful-query", {"model": "{model}"}, 400, "messages"),
    "missing messages (stateless)": ("stateless-query", {"model": "{model}"}, 400, "messages"),
    "empty messages": ("stateful-query", {"model": "{model}", "messages": []}, 400, "messages"),
    "session_id not a string": ("stateful-query", {"model": "{model}", "session_id": 5,
                                                   "messages": [{"role": "user", "content": "hi"}]}, 400, "session_id"),
    "session_id on a stateless query": ("stateless-query", {"model": "{model}", "session_id": "abc",
                                                            "messages": [{"role": "user", "content": "hi"}]},
                                        400, "session_id"),
    "unknown session": ("stateful-query", {"model": "{model}", "session_id": "no-such-session",
                                           "messages": [{"role": "user", "content": "hi"}]}, 404, "session_id"),
    "invalid JSON": ("stateful-query", b'{"model": "m", "messages": [', 400, None),
    "unknown model": ("stateless-query", {"model": "no-such-model",
                                          "messages": [{"role": "user", "content": "hi"}]}, 404, "model"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_refused_before_any_call(
    case: str, gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=1)
    route, body, status, param = BAD[case]
    if isinstance(body, dict):
        body = json.loads(json.dumps(body).replace("{model}", pool.model))
    response = query(gateway, route, body)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == ("invalid_request_error" if status == 400 else "not_found_error")
    if param is not None:
        assert error["param"] == param
    assert upstream.received() == []
    gateway.wait_for_no_leases()


def test_the_direct_api_needs_a_token(gateway: Gateway, make_pool: Callable[..., Pool],
                                      upstream: UpstreamServer) -> None:
    pool = make_pool(keys=1)
    for route in ("stateless-query", "stateful-query"):
        response = gateway.http.post(f"{gateway.web.url}/api/v1/{route}",
                                     json={"model": pool.model, "messages": [user("hi")]})
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert upstream.received() == []
